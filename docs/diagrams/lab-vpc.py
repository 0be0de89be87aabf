"""Lab 3: a VPC with one public and one private subnet in a single Availability Zone."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import Users
from diagrams.aws.network import InternetGateway, PrivateSubnet

DIRECTION = "LR"
CAPTION = {
    "ko": "실습 3에서 만드는 VPC",
    "en": "The VPC built in Lab 3",
}
ALT = {
    "ko": (
        "리전 안에 CIDR 10.0.0.0/16인 VPC가 있고, 가용 영역 A에 퍼블릭 서브넷 10.0.0.0/24와 프라이빗 서브넷 10.0.2.0/23이 있습니다. "
        "VPC에는 인터넷 게이트웨이가 연결되어 있고, 퍼블릭 라우팅 테이블의 0.0.0.0/0 경로가 인터넷 게이트웨이를 가리키며 이 테이블은 퍼블릭 서브넷에만 연결됩니다. "
        "퍼블릭 서브넷의 웹 서버 EC2 인스턴스는 보안 그룹에서 HTTP 80을 허용하여 인터넷 사용자가 접속하고, 프라이빗 서브넷은 로컬 경로만 있는 기본 라우팅 테이블을 써서 인터넷과 단절되어 있습니다."
    ),
    "en": (
        "Inside a Region is a VPC with CIDR 10.0.0.0/16, and in Availability Zone A a public subnet 10.0.0.0/24 and a private subnet 10.0.2.0/23. "
        "An internet gateway is attached to the VPC; the public route table's 0.0.0.0/0 route points to it, and that table is associated only with the public subnet. "
        "Internet users reach the web server EC2 instance in the public subnet, whose security group allows HTTP 80, while the private subnet uses the main route table with only the local route and is cut off from the internet."
    ),
}
LABELS = {
    "users": {"ko": "인터넷 사용자", "en": "Internet users"},
    "region": {"ko": "리전", "en": "Region"},
    "vpc": {"ko": "lab-vpc 10.0.0.0/16", "en": "lab-vpc 10.0.0.0/16"},
    "az": {"ko": "가용 영역 A", "en": "Availability Zone A"},
    "public": {
        "ko": "퍼블릭 서브넷 10.0.0.0/24 · lab-public-rt (0.0.0.0/0 → lab-igw)",
        "en": "Public subnet 10.0.0.0/24 · lab-public-rt (0.0.0.0/0 → lab-igw)",
    },
    "private": {
        "ko": "프라이빗 서브넷 10.0.2.0/23 · 기본 라우팅 테이블 (local만)",
        "en": "Private subnet 10.0.2.0/23 · main route table (local only)",
    },
    "sg": {"ko": "lab-web-sg: HTTP 80 허용", "en": "lab-web-sg: HTTP 80 allowed"},
    "igw": {"ko": "인터넷 게이트웨이\nlab-igw", "en": "Internet gateway\nlab-igw"},
    "web": {
        "ko": "웹 서버 lab-web\n(Amazon Linux 2023)",
        "en": "Web server lab-web\n(Amazon Linux 2023)",
    },
    "later": {"ko": "비어 있음\n(나중에 앱·DB 계층)", "en": "Empty\n(later: app and DB tiers)"},
    "http": {"ko": "HTTP 80", "en": "HTTP 80"},
}


def draw(t):
    users = Users(t("users"))
    with Cluster(t("region")), Cluster(t("vpc")):
        igw = InternetGateway(t("igw"))
        with Cluster(t("az")):
            with Cluster(t("public")), Cluster(t("sg")):
                web = EC2(t("web"))
            with Cluster(t("private")):
                later = PrivateSubnet(t("later"))
    users >> Edge(label=t("http")) >> igw >> web
    # Invisible edge: keeps the private subnet beside the public one instead of floating away.
    web - Edge(style="invis") - later
