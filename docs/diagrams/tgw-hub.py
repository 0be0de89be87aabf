"""AWS Transit Gateway as a Regional hub for VPCs, VPN, Direct Connect and another Region."""

from diagrams import Cluster, Edge
from diagrams.aws.general import GenericOfficeBuilding
from diagrams.aws.network import VPC, DirectConnect, SiteToSiteVpn, TransitGateway

DIRECTION = "LR"
CAPTION = {
    "ko": "VPC, VPN, Direct Connect, 다른 리전을 잇는 Transit Gateway 허브",
    "en": "A Transit Gateway hub connecting VPCs, a VPN, Direct Connect and another Region",
}
ALT = {
    "ko": (
        "한 리전의 Transit Gateway가 가운데 허브입니다. 운영, 개발, 공용 서비스 VPC 세 개가 각각 한 번씩 Transit Gateway에 연결되어 있습니다. "
        "본사 데이터 센터는 Site-to-Site VPN 연결로, 지사는 Direct Connect 게이트웨이를 통해 같은 허브에 연결됩니다. "
        "허브는 다른 리전의 Transit Gateway와 리전 간 피어링으로도 연결되어, 트래픽이 AWS 글로벌 네트워크로 리전 사이를 오갑니다. 어떤 연결끼리 통신할지는 Transit Gateway 라우팅 테이블이 정합니다."
    ),
    "en": (
        "A transit gateway in one Region is the hub in the middle. Three VPCs (production, development and shared services) are each attached to it once. "
        "The headquarters data center connects to the same hub through a Site-to-Site VPN, and a branch through a Direct Connect gateway. "
        "The hub is also peered with a transit gateway in another Region, so traffic crosses Regions over the AWS global network. Transit gateway route tables decide which attachments can reach each other."
    ),
}
LABELS = {
    "region": {"ko": "리전 A", "en": "Region A"},
    "region_b": {"ko": "리전 B", "en": "Region B"},
    "tgw": {"ko": "Transit Gateway", "en": "Transit gateway"},
    "tgw_b": {"ko": "Transit Gateway", "en": "Transit gateway"},
    "prod": {"ko": "운영 VPC", "en": "Production VPC"},
    "dev": {"ko": "개발 VPC", "en": "Development VPC"},
    "shared": {"ko": "공용 서비스 VPC", "en": "Shared services VPC"},
    "vpc_b": {"ko": "VPC", "en": "VPC"},
    "hq": {"ko": "본사 데이터 센터", "en": "Headquarters data center"},
    "branch": {"ko": "지사", "en": "Branch office"},
    "vpn": {"ko": "Site-to-Site VPN", "en": "Site-to-Site VPN"},
    "dx": {"ko": "Direct Connect\n게이트웨이", "en": "Direct Connect\ngateway"},
    "peering": {"ko": "리전 간 피어링", "en": "Inter-Region peering"},
}


def draw(t):
    hq = GenericOfficeBuilding(t("hq"))
    branch = GenericOfficeBuilding(t("branch"))
    with Cluster(t("region")):
        tgw = TransitGateway(t("tgw"))
        vpn = SiteToSiteVpn(t("vpn"))
        dx = DirectConnect(t("dx"))
        vpcs = [VPC(t("prod")), VPC(t("dev")), VPC(t("shared"))]
    with Cluster(t("region_b")):
        tgw_b = TransitGateway(t("tgw_b"))
        vpc_b = VPC(t("vpc_b"))
    hq - vpn - tgw
    branch - dx - tgw
    tgw - vpcs
    tgw - Edge(label=t("peering"), style="dashed", color="darkorange") - tgw_b
    tgw_b - vpc_b
