"""The life of an SQS message: receive, visibility timeout, delete or redelivery, dead-letter queue."""

from diagrams import Edge
from diagrams.aws.compute import EC2
from diagrams.aws.integration import SimpleQueueServiceSqsQueue

DIRECTION = "LR"
CAPTION = {
    "ko": "SQS 가시성 제한 시간: 수신, 삭제, 재전달, 배달 못한 편지 대기열",
    "en": "SQS visibility timeout: receive, delete, redelivery and the dead-letter queue",
}
ALT = {
    "ko": (
        "생산자가 메시지를 SQS 대기열에 보냅니다(1). 소비자 A가 메시지를 받으면(2) 메시지는 대기열에 그대로 남지만 "
        "가시성 제한 시간(기본 30초) 동안 다른 소비자에게 보이지 않습니다. "
        "A가 그 시간 안에 처리를 마치고 메시지를 삭제하면 끝입니다(3a). "
        "삭제하지 못한 채 시간이 지나면 메시지가 다시 보이게 되어 소비자 B가 같은 메시지를 다시 받을 수 있습니다(3b). "
        "수신 횟수가 리드라이브 정책의 maxReceiveCount를 넘으면 메시지는 배달 못한 편지 대기열로 옮겨집니다(4)."
    ),
    "en": (
        "A producer sends a message to an SQS queue (1). When consumer A receives it (2), the message stays in the queue "
        "but is hidden from other consumers for the visibility timeout, 30 seconds by default. "
        "If A finishes within that time and deletes the message, it is gone (3a). "
        "If the timeout passes without a delete, the message becomes visible again and consumer B can receive the same message (3b). "
        "Once its receive count passes the redrive policy's maxReceiveCount, the message is moved to the dead-letter queue (4)."
    ),
}
LABELS = {
    "producer": {"ko": "생산자", "en": "Producer"},
    "queue": {"ko": "SQS 대기열", "en": "SQS queue"},
    "a": {"ko": "소비자 A", "en": "Consumer A"},
    "b": {"ko": "소비자 B", "en": "Consumer B"},
    "dlq": {"ko": "배달 못한 편지 대기열(DLQ)", "en": "Dead-letter queue (DLQ)"},
    "s1": {"ko": "1. SendMessage", "en": "1. SendMessage"},
    "s2": {
        "ko": "2. ReceiveMessage:\n메시지는 대기열에 남고\n가시성 제한 시간 동안 숨겨짐",
        "en": "2. ReceiveMessage:\nthe message stays in the queue,\nhidden for the visibility timeout",
    },
    "s3a": {
        "ko": "3a. 제한 시간 안에 처리 완료\n→ DeleteMessage(끝)",
        "en": "3a. Done within the timeout\n→ DeleteMessage (gone)",
    },
    "s3b": {
        "ko": "3b. 삭제 없이 시간 초과\n→ 다시 보임, B가 재수신",
        "en": "3b. Timeout, no delete\n→ visible again, B receives it",
    },
    "s4": {
        "ko": "4. 수신 횟수 > maxReceiveCount\n→ DLQ로 이동",
        "en": "4. Receive count > maxReceiveCount\n→ moved to the DLQ",
    },
}


def draw(t):
    producer = EC2(t("producer"))
    queue = SimpleQueueServiceSqsQueue(t("queue"))
    a = EC2(t("a"))
    b = EC2(t("b"))
    dlq = SimpleQueueServiceSqsQueue(t("dlq"))
    producer >> Edge(label=t("s1")) >> queue
    queue - Edge(label=t("s2"), forward=True, reverse=True) - a
    a >> Edge(label=t("s3a"), color="darkgreen") >> queue
    queue >> Edge(label=t("s3b"), color="darkorange", style="dashed") >> b
    queue >> Edge(label=t("s4"), color="firebrick", style="dashed") >> dlq
