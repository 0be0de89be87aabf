"""CloudWatch metrics and logs feeding an alarm and its actions, with CloudTrail and EventBridge beside."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2, EC2AutoScaling, Lambda
from diagrams.aws.integration import EventbridgeRule, SimpleNotificationServiceSns
from diagrams.aws.management import (
    Cloudtrail,
    Cloudwatch,
    CloudwatchAlarm,
    CloudwatchLogs,
)
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
# Curved edges keep the edge labels next to their arrows.
GRAPH_ATTR = {"splines": "spline"}
CAPTION = {
    "ko": "CloudWatch 지표 → 경보 → 작업, 그리고 옆에서 일하는 CloudTrail과 EventBridge",
    "en": "CloudWatch metrics → alarm → actions, with CloudTrail and EventBridge alongside",
}
ALT = {
    "ko": (
        "EC2 인스턴스는 CPU 같은 기본 지표를 CloudWatch로 보내고, 인스턴스에 설치한 CloudWatch 에이전트는 메모리 지표와 로그 파일을 보냅니다. "
        "CloudWatch Logs의 지표 필터는 로그의 404 같은 패턴을 지표로 바꿉니다. CloudWatch 경보는 지표를 지켜보다 임계값을 넘으면 "
        "SNS 알림을 보내고, Auto Scaling 그룹의 조정 정책을 실행합니다. "
        "옆에서 CloudTrail은 계정의 API 호출을 기록해 추적으로 S3 버킷에 저장하고, EventBridge 규칙은 AWS 이벤트나 일정에 따라 Lambda 함수를 실행합니다."
    ),
    "en": (
        "EC2 instances send built-in metrics such as CPU to CloudWatch, and the CloudWatch agent installed on them sends memory metrics and log files. "
        "A metric filter in CloudWatch Logs turns a pattern in the logs, such as 404 responses, into a metric. A CloudWatch alarm watches the metrics and, when a threshold is crossed, "
        "sends an SNS notification and runs the Auto Scaling group's scaling policy. "
        "Alongside, CloudTrail records the account's API calls and stores them in an S3 bucket through a trail, and an EventBridge rule runs a Lambda function on AWS events or on a schedule."
    ),
}
LABELS = {
    "ec2": {
        "ko": "EC2 인스턴스\n(+ CloudWatch 에이전트)",
        "en": "EC2 instances\n(+ CloudWatch agent)",
    },
    "cw": {"ko": "Amazon CloudWatch", "en": "Amazon CloudWatch"},
    "metrics": {"ko": "지표\n(CPU, 메모리 …)", "en": "Metrics\n(CPU, memory, …)"},
    "logs": {
        "ko": "CloudWatch Logs\n지표 필터: 404 개수",
        "en": "CloudWatch Logs\nmetric filter: 404 count",
    },
    "alarm": {"ko": "경보\n(임계값 초과 시 ALARM)", "en": "Alarm\n(ALARM above threshold)"},
    "sns": {"ko": "SNS 알림\n(이메일 등)", "en": "SNS notification\n(email, …)"},
    "asg": {"ko": "Auto Scaling\n조정 정책", "en": "Auto Scaling\nscaling policy"},
    "audit": {"ko": "감사: AWS CloudTrail", "en": "Audit: AWS CloudTrail"},
    "trail": {"ko": "CloudTrail\n(API 호출 기록)", "en": "CloudTrail\n(API call records)"},
    "bucket": {"ko": "S3 버킷(추적)", "en": "S3 bucket (trail)"},
    "events": {"ko": "이벤트: Amazon EventBridge", "en": "Events: Amazon EventBridge"},
    "rule": {
        "ko": "EventBridge 규칙\n(이벤트 패턴·일정)",
        "en": "EventBridge rule\n(event pattern, schedule)",
    },
    "fn": {"ko": "Lambda 함수", "en": "Lambda function"},
    "e_metric": {"ko": "기본·사용자 지정 지표", "en": "built-in and custom metrics"},
    "e_logs": {"ko": "로그 파일", "en": "log files"},
    "e_filter": {"ko": "지표로 변환", "en": "becomes a metric"},
    "e_watch": {"ko": "감시", "en": "watched by"},
    "e_api": {"ko": "API 호출", "en": "API calls"},
}


def draw(t):
    ec2 = EC2(t("ec2"))
    with Cluster(t("cw")):
        metrics = Cloudwatch(t("metrics"))
        logs = CloudwatchLogs(t("logs"))
        alarm = CloudwatchAlarm(t("alarm"))
    sns = SimpleNotificationServiceSns(t("sns"))
    asg = EC2AutoScaling(t("asg"))
    ec2 >> Edge(label=t("e_metric")) >> metrics
    ec2 >> Edge(label=t("e_logs")) >> logs
    logs >> Edge(label=t("e_filter"), style="dashed") >> metrics
    metrics >> Edge(label=t("e_watch")) >> alarm
    alarm >> Edge(color="firebrick") >> sns
    alarm >> Edge(color="firebrick") >> asg
    with Cluster(t("audit")):
        trail = Cloudtrail(t("trail"))
        bucket = SimpleStorageServiceS3Bucket(t("bucket"))
    with Cluster(t("events")):
        rule = EventbridgeRule(t("rule"))
        fn = Lambda(t("fn"))
    ec2 >> Edge(label=t("e_api"), style="dotted", color="gray") >> trail
    trail >> bucket
    rule >> fn
