"""A centralized inspection VPC: spoke VPCs behind a transit gateway, with AWS Network Firewall inspecting east-west and internet traffic."""

from diagrams import Cluster, Edge
from diagrams.aws.general import InternetAlt1
from diagrams.aws.network import VPC, InternetGateway, NATGateway, NetworkFirewall, TransitGateway

DIRECTION = "LR"
GRAPH_ATTR = {"nodesep": "0.6", "ranksep": "0.9"}
CAPTION = {
    "ko": "Transit Gateway와 AWS Network Firewall로 모든 VPC 트래픽을 검사하는 중앙 집중식 검사 VPC",
    "en": "A centralized inspection VPC: AWS Network Firewall inspects all VPC traffic behind a transit gateway",
}
ALT = {
    "ko": (
        "왼쪽에 스포크 VPC 두 개(운영 VPC, 개발 VPC)가 있고, 둘 다 가운데의 Transit Gateway에 연결되어 있습니다. "
        "1. 스포크 VPC에서 나온 트래픽은 Transit Gateway 라우팅 테이블의 기본 경로를 따라 검사 VPC로 갑니다. 검사 VPC의 Transit Gateway 연결에는 어플라이언스 모드가 켜져 있습니다. "
        "2. 검사 VPC 안에서 트래픽은 방화벽 서브넷의 Network Firewall 엔드포인트를 지나며 상태 저장 규칙, 도메인 목록, IPS 서명으로 검사됩니다. "
        "3. 다른 VPC로 가는 트래픽(동-서)은 검사 후 Transit Gateway로 돌아가 목적지 VPC로 갑니다. "
        "4. 인터넷으로 가는 트래픽(남-북)은 검사 후 퍼블릭 서브넷의 NAT 게이트웨이와 인터넷 게이트웨이를 거쳐 인터넷으로 나갑니다."
    ),
    "en": (
        "Two spoke VPCs (production and development) on the left are both attached to a transit gateway in the middle. "
        "1. Traffic from a spoke VPC follows the default route in the transit gateway route table to the inspection VPC, whose transit gateway attachment has appliance mode turned on. "
        "2. Inside the inspection VPC, traffic crosses a Network Firewall endpoint in a firewall subnet and is inspected with stateful rules, domain lists and IPS signatures. "
        "3. Traffic for another VPC (east-west) returns to the transit gateway after inspection and goes on to the destination VPC. "
        "4. Traffic for the internet (north-south) leaves after inspection through a NAT gateway in a public subnet and the internet gateway."
    ),
}
LABELS = {
    "spokes": {"ko": "스포크 VPC", "en": "Spoke VPCs"},
    "prod": {"ko": "운영 VPC", "en": "Production VPC"},
    "dev": {"ko": "개발 VPC", "en": "Development VPC"},
    "tgw": {"ko": "Transit Gateway", "en": "Transit gateway"},
    "inspection": {"ko": "검사 VPC", "en": "Inspection VPC"},
    "fw_subnet": {"ko": "방화벽 서브넷", "en": "Firewall subnet"},
    "firewall": {
        "ko": "2. 검사\nNetwork Firewall\n엔드포인트",
        "en": "2. inspect\nNetwork Firewall\nendpoint",
    },
    "public": {"ko": "퍼블릭 서브넷", "en": "Public subnet"},
    "nat": {"ko": "NAT 게이트웨이", "en": "NAT gateway"},
    "igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},
    "internet": {"ko": "인터넷", "en": "Internet"},
    "step1": {
        "ko": "1. 기본 경로\n(어플라이언스 모드)",
        "en": "1. default route\n(appliance mode)",
    },
    "step3": {"ko": "3. 동-서", "en": "3. east-west"},
    "step4": {"ko": "4. 남-북", "en": "4. north-south"},
}


def draw(t):
    with Cluster(t("spokes")):
        prod = VPC(t("prod"))
        dev = VPC(t("dev"))
    tgw = TransitGateway(t("tgw"))
    with Cluster(t("inspection")):
        with Cluster(t("fw_subnet")):
            fw = NetworkFirewall(t("firewall"))
        with Cluster(t("public")):
            nat = NATGateway(t("nat"))
        igw = InternetGateway(t("igw"))
    internet = InternetAlt1(t("internet"))
    [prod, dev] >> tgw
    tgw >> Edge(label=t("step1")) >> fw
    fw >> Edge(label=t("step3"), style="dashed") >> tgw
    fw >> Edge(label=t("step4")) >> nat
    nat >> igw >> internet
