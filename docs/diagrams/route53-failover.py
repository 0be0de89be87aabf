"""Route 53 failover routing: a primary Region checked by a health check, and a secondary that answers when it fails."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer, Route53
from diagrams.aws.storage import S3

DIRECTION = "LR"
CAPTION = {
    "ko": "Route 53 장애 조치 라우팅(액티브-패시브)",
    "en": "Route 53 failover routing (active-passive)",
}
ALT = {
    "ko": (
        "사용자가 www.example.com을 조회하면 Route 53의 장애 조치 레코드가 응답합니다. "
        "Route 53 상태 확인이 기본 리전의 Application Load Balancer를 주기적으로 검사하며, 정상이면 기본 레코드(ALB와 EC2 인스턴스)를 돌려줍니다. "
        "기본 엔드포인트가 비정상으로 판정되면 Route 53은 보조 레코드, 즉 다른 리전의 Amazon S3 정적 웹 사이트(점검 안내 페이지)를 돌려줍니다."
    ),
    "en": (
        "When users look up www.example.com, Route 53 answers from a failover record. "
        "A Route 53 health check probes the Application Load Balancer in the primary Region; while it is healthy, Route 53 returns the primary record, the ALB with its EC2 instances. "
        "When the primary endpoint is judged unhealthy, Route 53 returns the secondary record instead: an Amazon S3 static website with a maintenance page in another Region."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "r53": {"ko": "Route 53\n장애 조치 레코드", "en": "Route 53\nfailover records"},
    "primary": {"ko": "기본 리전 (서울)", "en": "Primary Region (Seoul)"},
    "secondary": {"ko": "보조 리전 (도쿄)", "en": "Secondary Region (Tokyo)"},
    "alb": {"ko": "ALB", "en": "ALB"},
    "web": {"ko": "웹 서버", "en": "Web server"},
    "s3": {"ko": "S3 정적 웹 사이트\n(점검 안내)", "en": "S3 static website\n(maintenance page)"},
    "dns": {"ko": "DNS 조회", "en": "DNS query"},
    "p": {"ko": "기본: 상태 확인 정상일 때", "en": "Primary: while its health check passes"},
    "s": {"ko": "보조 (기본이 비정상일 때)", "en": "Secondary (when primary is unhealthy)"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    users = Users(t("users"))
    r53 = Route53(t("r53"))
    with Cluster(t("primary")):
        alb = ElbApplicationLoadBalancer(t("alb"))
        web = [EC2(t("web")), EC2(t("web"))]
        alb >> web
    with Cluster(t("secondary")):
        site = S3(t("s3"))
    users >> Edge(label=t("dns")) >> r53
    r53 >> Edge(label=t("p"), color="darkgreen") >> alb
    r53 >> Edge(label=t("s"), style="dashed", color="firebrick") >> site
