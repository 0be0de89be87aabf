"""Disaster recovery, multi-site active/active: two Regions serve traffic at full capacity."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import DynamodbTable
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer, Route53

DIRECTION = "LR"
CAPTION = {
    "ko": "재해 복구 전략 4: 다중 사이트 액티브/액티브",
    "en": "Disaster recovery strategy 4: multi-site active/active",
}
ALT = {
    "ko": (
        "Route 53이 지연 시간 기반 라우팅과 상태 확인으로 사용자를 두 리전 중 가까운 쪽으로 보냅니다. "
        "리전 A와 리전 B 모두 Application Load Balancer 뒤에 운영 용량의 EC2 인스턴스가 늘 실행 중이고, 각 리전의 인스턴스는 그 리전의 DynamoDB 글로벌 테이블 복제본에 읽고 씁니다. "
        "두 복제본은 양방향으로 자동 복제됩니다. 한 리전에 재해가 나면 Route 53이 상태 확인에 실패한 리전을 응답에서 빼므로, 남은 리전이 모든 트래픽을 그대로 처리합니다."
    ),
    "en": (
        "Route 53 uses latency-based routing with health checks to send users to the nearer of two Regions. "
        "In both Region A and Region B, EC2 instances at production capacity run behind an Application Load Balancer at all times, and each Region's instances read and write that Region's replica of a DynamoDB global table. "
        "The two replicas replicate to each other automatically. If one Region suffers a disaster, Route 53 drops it from its answers because its health check fails, and the other Region carries all the traffic as it is."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "r53": {
        "ko": "Route 53\n지연 시간 라우팅 + 상태 확인",
        "en": "Route 53\nlatency routing + health checks",
    },
    "region_a": {
        "ko": "리전 A: 운영 용량, 트래픽 처리 중",
        "en": "Region A: full capacity, serving traffic",
    },
    "region_b": {
        "ko": "리전 B: 운영 용량, 트래픽 처리 중",
        "en": "Region B: full capacity, serving traffic",
    },
    "alb": {"ko": "ALB", "en": "ALB"},
    "web": {"ko": "EC2 인스턴스", "en": "EC2 instance"},
    "table": {"ko": "글로벌 테이블 복제본", "en": "Global table replica"},
    "share_a": {"ko": "가까운 사용자", "en": "Nearby users"},
    "share_b": {"ko": "가까운 사용자", "en": "Nearby users"},
    "rw": {"ko": "읽기·쓰기", "en": "Read/write"},
    "repl": {"ko": "양방향 자동 복제", "en": "Two-way automatic replication"},
}


def draw(t):
    users = Users(t("users"))
    r53 = Route53(t("r53"))
    tables = []
    albs = []
    for region in ("region_a", "region_b"):
        with Cluster(t(region)):
            alb = ElbApplicationLoadBalancer(t("alb"))
            web = [EC2(t("web")), EC2(t("web")), EC2(t("web"))]
            table = DynamodbTable(t("table"))
            alb >> web
            web[1] >> Edge(label=t("rw")) >> table
            web[0] >> table
            web[2] >> table
        tables.append(table)
        albs.append(alb)
    users >> r53
    r53 >> Edge(label=t("share_a"), color="darkgreen") >> albs[0]
    r53 >> Edge(label=t("share_b"), color="darkgreen") >> albs[1]
    tables[0] - Edge(label=t("repl"), style="dashed", color="darkorange") - tables[1]
