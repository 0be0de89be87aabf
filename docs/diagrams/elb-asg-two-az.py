"""An internet-facing Application Load Balancer in front of an Auto Scaling group across two Availability Zones."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer, InternetGateway

DIRECTION = "TB"
CAPTION = {
    "ko": "두 가용 영역에 걸친 Auto Scaling 그룹과 그 앞의 인터넷 경계 Application Load Balancer",
    "en": "An internet-facing Application Load Balancer in front of an Auto Scaling group that spans two Availability Zones",
}
ALT = {
    "ko": (
        "사용자의 요청은 인터넷 게이트웨이를 거쳐 인터넷 경계 Application Load Balancer에 도착합니다. "
        "로드 밸런서는 두 가용 영역의 퍼블릭 서브넷에 노드를 두고, 상태 확인을 통과한 대상으로만 요청을 나눠 보냅니다. "
        "대상은 하나의 Auto Scaling 그룹에 속한 EC2 인스턴스로, 가용 영역 A와 B의 프라이빗 서브넷에 두 대씩 있으며 인터넷에서 직접 접근할 수 없습니다."
    ),
    "en": (
        "User requests pass through an internet gateway to an internet-facing Application Load Balancer. "
        "The load balancer has a node in a public subnet in each of two Availability Zones and forwards requests only to targets that pass its health checks. "
        "The targets are EC2 instances of one Auto Scaling group, two in a private subnet in Availability Zone A and two in Availability Zone B, with no direct path from the internet."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "region": {"ko": "리전", "en": "Region"},
    "vpc": {"ko": "VPC", "en": "VPC"},
    "igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},
    "alb": {
        "ko": "Application Load Balancer\n(인터넷 경계, 퍼블릭 서브넷 A·B)",
        "en": "Application Load Balancer\n(internet-facing, public subnets A and B)",
    },
    "asg": {
        "ko": "Auto Scaling 그룹 (최소 2 · 원하는 용량 4 · 최대 8)",
        "en": "Auto Scaling group (min 2, desired 4, max 8)",
    },
    "az_a": {"ko": "가용 영역 A · 프라이빗 서브넷", "en": "Availability Zone A, private subnet"},
    "az_b": {"ko": "가용 영역 B · 프라이빗 서브넷", "en": "Availability Zone B, private subnet"},
    "web": {"ko": "웹 서버", "en": "Web server"},
    "https": {"ko": "HTTPS", "en": "HTTPS"},
    "http": {"ko": "HTTP + 상태 확인", "en": "HTTP + health checks"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    users = Users(t("users"))
    with Cluster(t("region")), Cluster(t("vpc")):
        igw = InternetGateway(t("igw"))
        alb = ElbApplicationLoadBalancer(t("alb"))
        with Cluster(t("asg")):
            with Cluster(t("az_a")):
                a = [EC2(t("web")), EC2(t("web"))]
            with Cluster(t("az_b")):
                b = [EC2(t("web")), EC2(t("web"))]
    users >> Edge(label=t("https")) >> igw >> alb
    alb >> Edge(label=t("http")) >> a[0]
    alb >> a[1]
    alb >> Edge(label=t("http")) >> b[0]
    alb >> b[1]
