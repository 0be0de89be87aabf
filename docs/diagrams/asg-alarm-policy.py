"""A CloudWatch alarm on the group's CPU metric invokes a step scaling policy, which launches an instance."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2, EC2AutoScaling
from diagrams.aws.management import Cloudwatch, CloudwatchAlarm
from diagrams.aws.network import ElbApplicationLoadBalancer

DIRECTION = "LR"
CAPTION = {
    "ko": "CloudWatch 경보가 조정 정책을 실행해 인스턴스를 늘리는 흐름",
    "en": "A CloudWatch alarm invoking a scaling policy that adds an instance",
}
ALT = {
    "ko": (
        "Auto Scaling 그룹의 EC2 인스턴스가 CPU 사용률 지표를 Amazon CloudWatch로 보냅니다(1). "
        "그룹 평균 CPU 사용률이 정해진 기간 동안 70%를 넘으면 CloudWatch 경보가 ALARM 상태가 되어(2) 단계 조정 정책을 실행합니다(3). "
        "Auto Scaling 그룹은 원하는 용량을 늘려 시작 템플릿으로 새 인스턴스를 시작하고(4), 새 인스턴스는 로드 밸런서 대상 그룹에 등록되어 상태 확인을 통과하면 트래픽을 받습니다(5)."
    ),
    "en": (
        "The EC2 instances of an Auto Scaling group send their CPU utilization metric to Amazon CloudWatch (1). "
        "When the group's average CPU stays above 70% for the evaluation period, a CloudWatch alarm goes into the ALARM state (2) and invokes a step scaling policy (3). "
        "The Auto Scaling group raises its desired capacity and launches a new instance from its launch template (4); the new instance is registered with the load balancer's target group and receives traffic once it passes health checks (5)."
    ),
}
LABELS = {
    "asg": {"ko": "Auto Scaling 그룹", "en": "Auto Scaling group"},
    "ec2": {"ko": "EC2 인스턴스", "en": "EC2 instance"},
    "new": {"ko": "새 인스턴스", "en": "New instance"},
    "cw": {"ko": "CloudWatch 지표\nCPUUtilization", "en": "CloudWatch metric\nCPUUtilization"},
    "alarm": {"ko": "CloudWatch 경보\n평균 CPU > 70%", "en": "CloudWatch alarm\naverage CPU > 70%"},
    "policy": {"ko": "단계 조정 정책\n인스턴스 +1", "en": "Step scaling policy\nadd 1 instance"},
    "alb": {"ko": "ALB 대상 그룹", "en": "ALB target group"},
    "s1": {"ko": "1 지표 전송", "en": "1 publish metric"},
    "s2": {"ko": "2 임계값 초과", "en": "2 threshold breached"},
    "s3": {"ko": "3 정책 실행", "en": "3 invoke policy"},
    "s4": {"ko": "4 인스턴스 시작", "en": "4 launch instance"},
    "s5": {"ko": "5 등록·상태 확인", "en": "5 register, health check"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    with Cluster(t("asg")):
        running = EC2(t("ec2"))
        new = EC2(t("new"))
    metric = Cloudwatch(t("cw"))
    alarm = CloudwatchAlarm(t("alarm"))
    policy = EC2AutoScaling(t("policy"))
    alb = ElbApplicationLoadBalancer(t("alb"))
    running >> Edge(label=t("s1")) >> metric
    metric >> Edge(label=t("s2")) >> alarm
    alarm >> Edge(label=t("s3")) >> policy
    policy >> Edge(label=t("s4")) >> new
    new >> Edge(label=t("s5"), style="dashed") >> alb
