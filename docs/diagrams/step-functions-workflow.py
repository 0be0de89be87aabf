"""An order-processing workflow as an AWS Step Functions state machine."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import Dynamodb
from diagrams.aws.integration import SimpleNotificationServiceSnsTopic, StepFunctions

DIRECTION = "TB"
CAPTION = {
    "ko": "Step Functions 워크플로: 주문 처리 상태 머신",
    "en": "A Step Functions workflow: an order-processing state machine",
}
ALT = {
    "ko": (
        "Step Functions 상태 머신이 주문 하나를 처리합니다. 먼저 Task 상태가 Lambda 함수로 주문을 검증합니다. "
        "Choice 상태가 재고가 있으면 결제 단계로, 없으면 실패 알림 단계로 보냅니다. "
        "결제 Lambda가 성공하면 Parallel 상태가 DynamoDB 재고 갱신과 SNS 고객 알림을 동시에 실행하고, "
        "결제 Lambda는 실패하면 정해진 횟수만큼 재시도(Retry)한 뒤 그래도 실패하면 Catch로 실패 알림 단계로 넘어갑니다."
    ),
    "en": (
        "A Step Functions state machine processes one order. First a Task state validates the order with a Lambda function. "
        "A Choice state sends it to payment if the item is in stock, or to a failure notification if not. "
        "When the payment Lambda succeeds, a Parallel state updates inventory in DynamoDB and notifies the customer through SNS at the same time; "
        "if payment fails, the state retries a set number of times (Retry) and then moves to the failure notification (Catch)."
    ),
}
LABELS = {
    "sm": {
        "ko": "상태 머신(Amazon States Language로 정의)",
        "en": "State machine (defined in Amazon States Language)",
    },
    "start": {
        "ko": "실행 시작\n(API Gateway, EventBridge 등)",
        "en": "Execution starts\n(API Gateway, EventBridge, …)",
    },
    "validate": {"ko": "Task: 주문 검증\n(Lambda)", "en": "Task: validate order\n(Lambda)"},
    "pay": {
        "ko": "Task: 결제\n(Lambda, Retry/Catch)",
        "en": "Task: charge payment\n(Lambda, Retry/Catch)",
    },
    "parallel": {"ko": "Parallel 상태", "en": "Parallel state"},
    "inv": {
        "ko": "재고 갱신\n(DynamoDB 직접 통합)",
        "en": "Update inventory\n(DynamoDB direct integration)",
    },
    "notify": {"ko": "고객 알림\n(SNS 게시)", "en": "Notify customer\n(SNS publish)"},
    "fail": {"ko": "실패 알림\n(SNS 게시)", "en": "Failure notice\n(SNS publish)"},
    "c_yes": {"ko": "Choice: 재고 있음", "en": "Choice: in stock"},
    "c_no": {"ko": "Choice: 재고 없음", "en": "Choice: out of stock"},
    "ok": {"ko": "성공", "en": "Success"},
    "catch": {"ko": "재시도 후에도 실패(Catch)", "en": "Still failing after retries (Catch)"},
}


def draw(t):
    start = StepFunctions(t("start"))
    with Cluster(t("sm")):
        validate = Lambda(t("validate"))
        pay = Lambda(t("pay"))
        with Cluster(t("parallel")):
            inv = Dynamodb(t("inv"))
            notify = SimpleNotificationServiceSnsTopic(t("notify"))
        fail = SimpleNotificationServiceSnsTopic(t("fail"))
    start >> validate
    validate >> Edge(label=t("c_yes")) >> pay
    validate >> Edge(label=t("c_no"), color="firebrick", style="dashed") >> fail
    pay >> Edge(label=t("ok")) >> inv
    pay >> notify
    pay >> Edge(label=t("catch"), color="firebrick", style="dashed") >> fail
