"""Disaster recovery, warm standby: a scaled-down but fully working copy runs in the recovery Region."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import RDS
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer, Route53
from diagrams.aws.storage import S3

DIRECTION = "LR"
CAPTION = {
    "ko": "재해 복구 전략 3: 웜 스탠바이",
    "en": "Disaster recovery strategy 3: warm standby",
}
ALT = {
    "ko": (
        "기본 리전에서는 Application Load Balancer 뒤의 EC2 인스턴스 여러 대가 운영 용량으로 트래픽을 처리하고, RDS 기본 DB 인스턴스와 S3 버킷을 씁니다. "
        "복구 리전에도 같은 구성이 작은 규모로 늘 실행 중입니다. 로드 밸런서와 작은 EC2 인스턴스 한 대가 켜져 있고, 데이터는 교차 리전 읽기 전용 복제본과 S3 교차 리전 복제로 계속 들어옵니다. "
        "재해가 나면 Route 53 장애 조치로 트래픽을 복구 리전으로 돌리고, 읽기 전용 복제본을 승격하고, Auto Scaling으로 인스턴스를 운영 용량까지 늘립니다."
    ),
    "en": (
        "In the primary Region, several EC2 instances behind an Application Load Balancer serve traffic at production capacity, using a primary RDS DB instance and an S3 bucket. "
        "The same stack runs in the recovery Region at all times, only smaller: a load balancer and one small EC2 instance are on, and data keeps arriving through a cross-Region read replica and S3 Cross-Region Replication. "
        "In a disaster, Route 53 failover sends traffic to the recovery Region, the read replica is promoted, and Auto Scaling grows the instances to production capacity."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "r53": {"ko": "Route 53\n장애 조치 레코드", "en": "Route 53\nfailover records"},
    "primary": {"ko": "기본 리전: 운영 용량", "en": "Primary Region: production capacity"},
    "recovery": {
        "ko": "복구 리전: 축소된 용량으로 늘 실행 중",
        "en": "Recovery Region: always running, scaled down",
    },
    "alb": {"ko": "ALB", "en": "ALB"},
    "web": {"ko": "EC2 인스턴스", "en": "EC2 instance"},
    "db": {"ko": "RDS 기본 DB", "en": "RDS primary DB"},
    "bucket": {"ko": "S3 버킷", "en": "S3 bucket"},
    "alb_dr": {"ko": "ALB", "en": "ALB"},
    "web_dr": {
        "ko": "작은 EC2 인스턴스 1대\n(재해 때 확장)",
        "en": "One small EC2 instance\n(scaled out in a disaster)",
    },
    "replica": {"ko": "교차 리전\n읽기 전용 복제본", "en": "Cross-Region\nread replica"},
    "bucket_copy": {"ko": "복제된 S3 버킷", "en": "Replicated S3 bucket"},
    "traffic": {"ko": "평소 트래픽", "en": "Normal traffic"},
    "failover": {"ko": "장애 조치", "en": "Failover"},
    "async": {"ko": "비동기 복제", "en": "Asynchronous replication"},
    "crr": {"ko": "교차 리전 복제", "en": "Cross-Region Replication"},
}


def draw(t):
    users = Users(t("users"))
    r53 = Route53(t("r53"))
    with Cluster(t("primary")):
        alb = ElbApplicationLoadBalancer(t("alb"))
        web = [EC2(t("web")), EC2(t("web")), EC2(t("web"))]
        db = RDS(t("db"))
        bucket = S3(t("bucket"))
        alb >> web
        web[1] >> db
        web[2] >> bucket
    with Cluster(t("recovery")):
        alb_dr = ElbApplicationLoadBalancer(t("alb_dr"))
        web_dr = EC2(t("web_dr"))
        replica = RDS(t("replica"))
        bucket_copy = S3(t("bucket_copy"))
        alb_dr >> web_dr >> replica
        web_dr >> bucket_copy
    users >> r53
    r53 >> Edge(label=t("traffic"), color="darkgreen") >> alb
    r53 >> Edge(label=t("failover"), style="dashed", color="firebrick") >> alb_dr
    db >> Edge(label=t("async"), color="darkorange") >> replica
    bucket >> Edge(label=t("crr"), color="darkorange") >> bucket_copy
