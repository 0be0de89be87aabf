"""An SQS queue between a web tier and a worker tier that scales on queue depth."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2, EC2AutoScaling
from diagrams.aws.database import Dynamodb
from diagrams.aws.general import Users
from diagrams.aws.integration import SimpleQueueServiceSqsQueue
from diagrams.aws.management import CloudwatchAlarm
from diagrams.aws.network import ElbApplicationLoadBalancer

DIRECTION = "LR"
CAPTION = {
    "ko": "웹 계층과 작업자 계층 사이의 SQS 대기열, 대기열 길이에 따른 작업자 확장",
    "en": "An SQS queue between the web tier and the worker tier, with workers scaled on queue depth",
}
ALT = {
    "ko": (
        "사용자 요청은 Application Load Balancer를 거쳐 웹 계층의 EC2 인스턴스로 갑니다. "
        "웹 계층은 오래 걸리는 작업을 직접 처리하지 않고 메시지로 만들어 SQS 대기열에 넣은 뒤 바로 응답합니다. "
        "작업자 계층의 EC2 인스턴스들은 대기열을 폴링해 메시지를 가져와 처리하고 결과를 DynamoDB에 저장합니다. "
        "CloudWatch 경보가 대기열에 쌓인 메시지 수를 지켜보다가 Auto Scaling으로 작업자 수를 늘리거나 줄이고, "
        "여러 번 처리에 실패한 메시지는 배달 못한 편지 대기열로 옮겨집니다."
    ),
    "en": (
        "User requests go through an Application Load Balancer to EC2 instances in the web tier. "
        "Instead of doing slow work itself, the web tier turns each job into a message, puts it on an SQS queue and answers at once. "
        "EC2 instances in the worker tier poll the queue, process the messages and store results in DynamoDB. "
        "A CloudWatch alarm watches how many messages are waiting and has Auto Scaling add or remove workers, "
        "and messages that fail processing too many times are moved to a dead-letter queue."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "alb": {"ko": "Application Load Balancer", "en": "Application Load Balancer"},
    "web": {"ko": "웹 계층 Auto Scaling 그룹", "en": "Web tier Auto Scaling group"},
    "web1": {"ko": "웹 서버", "en": "Web server"},
    "web2": {"ko": "웹 서버", "en": "Web server"},
    "queue": {"ko": "SQS 대기열(버퍼)", "en": "SQS queue (buffer)"},
    "dlq": {"ko": "배달 못한 편지 대기열", "en": "Dead-letter queue"},
    "worker": {"ko": "작업자 계층 Auto Scaling 그룹", "en": "Worker tier Auto Scaling group"},
    "w1": {"ko": "작업자", "en": "Worker"},
    "w2": {"ko": "작업자", "en": "Worker"},
    "w3": {"ko": "작업자(추가됨)", "en": "Worker (added)"},
    "db": {"ko": "DynamoDB(결과)", "en": "DynamoDB (results)"},
    "alarm": {
        "ko": "CloudWatch 경보\n(대기 중인 메시지 수)",
        "en": "CloudWatch alarm\n(messages waiting)",
    },
    "asg": {"ko": "조정 정책", "en": "Scaling policy"},
    "e_send": {"ko": "1. SendMessage", "en": "1. SendMessage"},
    "e_poll": {"ko": "2. ReceiveMessage(폴링)", "en": "2. ReceiveMessage (poll)"},
    "e_store": {"ko": "3. 결과 저장 후 DeleteMessage", "en": "3. Store result, then DeleteMessage"},
    "e_metric": {"ko": "대기열 길이 지표", "en": "Queue depth metric"},
    "e_scale": {"ko": "작업자 수 조정", "en": "Adjust worker count"},
    "e_dlq": {"ko": "maxReceiveCount 초과", "en": "Over maxReceiveCount"},
}


def draw(t):
    users = Users(t("users"))
    alb = ElbApplicationLoadBalancer(t("alb"))
    with Cluster(t("web")):
        web = [EC2(t("web1")), EC2(t("web2"))]
    queue = SimpleQueueServiceSqsQueue(t("queue"))
    dlq = SimpleQueueServiceSqsQueue(t("dlq"))
    with Cluster(t("worker")):
        workers = [EC2(t("w1")), EC2(t("w2")), EC2(t("w3"))]
    db = Dynamodb(t("db"))
    alarm = CloudwatchAlarm(t("alarm"))
    policy = EC2AutoScaling(t("asg"))

    users >> alb >> web
    web[0] >> Edge(label=t("e_send")) >> queue
    web[1] >> queue
    # Label one edge of each kind only, so the picture stays readable.
    queue << Edge(label=t("e_poll")) << workers[0]
    queue << workers[1:]
    workers[0] >> Edge(label=t("e_store")) >> db
    workers[1:] >> db
    queue >> Edge(label=t("e_metric"), style="dashed") >> alarm
    alarm >> policy
    policy >> Edge(label=t("e_scale"), style="dashed") >> workers[2]
    queue >> Edge(label=t("e_dlq"), color="firebrick", style="dashed") >> dlq
