"""Fan-out: one SNS topic delivering every message to several SQS queues."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2, Lambda
from diagrams.aws.integration import SimpleNotificationServiceSnsTopic, SimpleQueueServiceSqsQueue

DIRECTION = "LR"
CAPTION = {
    "ko": "SNS 주제에서 여러 SQS 대기열로 팬아웃",
    "en": "Fan-out from an SNS topic to several SQS queues",
}
ALT = {
    "ko": (
        "주문 서비스가 '주문 생성됨' 메시지를 SNS 주제에 한 번 게시합니다. "
        "주제를 구독한 세 개의 SQS 대기열(결제, 재고, 분석)이 각각 같은 메시지의 사본을 받습니다. "
        "각 대기열 뒤의 소비자(Lambda 함수 또는 EC2 작업자)는 자기 속도로 메시지를 가져가 처리하므로, "
        "한 소비자가 느리거나 멈춰도 다른 소비자와 주문 서비스에는 영향이 없습니다."
    ),
    "en": (
        "An order service publishes one 'order created' message to an SNS topic. "
        "Three SQS queues subscribed to the topic (payments, inventory, analytics) each receive their own copy of the message. "
        "The consumer behind each queue, a Lambda function or EC2 workers, takes messages at its own pace, "
        "so one slow or stopped consumer does not affect the others or the order service."
    ),
}
LABELS = {
    "producer": {"ko": "주문 서비스(게시자)", "en": "Order service (publisher)"},
    "topic": {"ko": "SNS 주제\n'주문 생성됨'", "en": "SNS topic\n'order created'"},
    "subs": {"ko": "구독(SQS 대기열)", "en": "Subscriptions (SQS queues)"},
    "q1": {"ko": "결제 대기열", "en": "Payments queue"},
    "q2": {"ko": "재고 대기열", "en": "Inventory queue"},
    "q3": {"ko": "분석 대기열", "en": "Analytics queue"},
    "c1": {"ko": "결제 처리 Lambda", "en": "Payments Lambda"},
    "c2": {"ko": "재고 갱신 작업자", "en": "Inventory workers"},
    "c3": {"ko": "분석 Lambda", "en": "Analytics Lambda"},
    "pub": {"ko": "1. Publish(한 번)", "en": "1. Publish (once)"},
    "copy": {"ko": "2. 구독마다 사본 전달", "en": "2. A copy per subscription"},
    "poll": {"ko": "3. 각자 폴링·처리", "en": "3. Each polls and processes"},
}


def draw(t):
    producer = EC2(t("producer"))
    topic = SimpleNotificationServiceSnsTopic(t("topic"))
    producer >> Edge(label=t("pub")) >> topic
    with Cluster(t("subs")):
        q1 = SimpleQueueServiceSqsQueue(t("q1"))
        q2 = SimpleQueueServiceSqsQueue(t("q2"))
        q3 = SimpleQueueServiceSqsQueue(t("q3"))
    topic >> Edge(label=t("copy")) >> q1
    topic >> q2
    topic >> q3
    q1 >> Edge(label=t("poll")) >> Lambda(t("c1"))
    q2 >> EC2(t("c2"))
    q3 >> Lambda(t("c3"))
