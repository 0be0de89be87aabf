"""Disaster recovery, pilot light: data replicates live; servers in the recovery Region are off until failover."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2, EC2Ami, EC2AutoScaling
from diagrams.aws.database import RDS
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer, Route53
from diagrams.aws.storage import S3

DIRECTION = "LR"
CAPTION = {
    "ko": "재해 복구 전략 2: 파일럿 라이트",
    "en": "Disaster recovery strategy 2: pilot light",
}
ALT = {
    "ko": (
        "기본 리전에서는 Route 53이 사용자를 Application Load Balancer와 EC2 인스턴스로 보내고, 인스턴스는 RDS 기본 DB 인스턴스와 S3 버킷을 씁니다. "
        "데이터는 복구 리전으로 계속 복제됩니다. RDS는 교차 리전 읽기 전용 복제본으로, S3는 교차 리전 복제로 복사되므로 이 두 가지는 복구 리전에서 늘 켜져 있습니다. "
        "애플리케이션 계층은 AMI와 인스턴스 0대짜리 Auto Scaling 그룹으로 준비만 되어 있고 꺼져 있습니다. "
        "재해가 나면 읽기 전용 복제본을 승격하고 Auto Scaling 그룹을 운영 규모로 늘린 뒤, Route 53 장애 조치로 트래픽을 복구 리전으로 돌립니다."
    ),
    "en": (
        "In the primary Region, Route 53 sends users to an Application Load Balancer and EC2 instances, which use a primary RDS DB instance and an S3 bucket. "
        "Data replicates continuously to the recovery Region: RDS through a cross-Region read replica and S3 through Cross-Region Replication, so these two are always on there. "
        "The application tier is only prepared and switched off: an AMI and an Auto Scaling group with zero instances. "
        "In a disaster, the read replica is promoted, the Auto Scaling group is scaled out to production size, and Route 53 failover sends traffic to the recovery Region."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "r53": {"ko": "Route 53\n장애 조치 레코드", "en": "Route 53\nfailover records"},
    "primary": {"ko": "기본 리전: 운영 중", "en": "Primary Region: in production"},
    "recovery": {"ko": "복구 리전", "en": "Recovery Region"},
    "on": {"ko": "늘 켜져 있음: 데이터 계층", "en": "Always on: the data tier"},
    "off": {
        "ko": "꺼져 있음: 재해 때 켜고 늘림",
        "en": "Switched off: turned on and scaled in a disaster",
    },
    "alb": {"ko": "ALB", "en": "ALB"},
    "web": {"ko": "EC2 인스턴스", "en": "EC2 instances"},
    "db": {"ko": "RDS 기본 DB", "en": "RDS primary DB"},
    "bucket": {"ko": "S3 버킷", "en": "S3 bucket"},
    "replica": {"ko": "교차 리전\n읽기 전용 복제본", "en": "Cross-Region\nread replica"},
    "bucket_copy": {"ko": "복제된 S3 버킷", "en": "Replicated S3 bucket"},
    "alb_off": {"ko": "ALB", "en": "ALB"},
    "asg": {"ko": "Auto Scaling 그룹\n(인스턴스 0대)", "en": "Auto Scaling group\n(0 instances)"},
    "ami": {"ko": "AMI", "en": "AMI"},
    "traffic": {"ko": "평소 트래픽", "en": "Normal traffic"},
    "failover": {"ko": "장애 조치", "en": "Failover"},
    "async": {"ko": "비동기 복제", "en": "Asynchronous replication"},
    "crr": {"ko": "교차 리전 복제", "en": "Cross-Region Replication"},
    "launch": {"ko": "시작", "en": "Launch"},
}


def draw(t):
    users = Users(t("users"))
    r53 = Route53(t("r53"))
    with Cluster(t("primary")):
        alb = ElbApplicationLoadBalancer(t("alb"))
        web = EC2(t("web"))
        db = RDS(t("db"))
        bucket = S3(t("bucket"))
        alb >> web >> db
        web >> bucket
    with Cluster(t("recovery")):
        with Cluster(t("off"), graph_attr={"style": "dashed", "bgcolor": "white"}):
            alb_off = ElbApplicationLoadBalancer(t("alb_off"))
            asg = EC2AutoScaling(t("asg"))
            ami = EC2Ami(t("ami"))
            alb_off >> Edge(style="dashed") >> asg
            ami >> Edge(label=t("launch"), style="dashed") >> asg
        with Cluster(t("on")):
            replica = RDS(t("replica"))
            bucket_copy = S3(t("bucket_copy"))
    users >> r53
    r53 >> Edge(label=t("traffic"), color="darkgreen") >> alb
    r53 >> Edge(label=t("failover"), style="dashed", color="firebrick") >> alb_off
    db >> Edge(label=t("async"), color="darkorange") >> replica
    bucket >> Edge(label=t("crr"), color="darkorange") >> bucket_copy
    asg >> Edge(style="dashed") >> replica
