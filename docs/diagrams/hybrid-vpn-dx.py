"""Hybrid connectivity: AWS Direct Connect as the primary path with a Site-to-Site VPN backup."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.network import DirectConnect, VPCCustomerGateway, VpnGateway
from diagrams.onprem.network import Internet

DIRECTION = "LR"
CAPTION = {
    "ko": "Direct Connect 주 경로와 Site-to-Site VPN 백업",
    "en": "Direct Connect as the primary path, with a Site-to-Site VPN backup",
}
ALT = {
    "ko": (
        "왼쪽은 온프레미스 데이터 센터의 고객 게이트웨이 라우터, 오른쪽은 AWS 리전의 VPC와 그 VPC에 연결된 가상 프라이빗 게이트웨이입니다. "
        "주 경로는 데이터 센터에서 Direct Connect 로케이션을 거쳐 AWS로 들어가는 전용 프라이빗 연결입니다. "
        "백업 경로는 같은 라우터에서 인터넷을 거쳐 가상 프라이빗 게이트웨이로 가는 IPsec Site-to-Site VPN 터널 두 개이며, Direct Connect에 장애가 나면 BGP 경로에 따라 트래픽이 VPN으로 넘어갑니다."
    ),
    "en": (
        "On the left is the customer gateway router in an on-premises data center; on the right, a VPC in an AWS Region with a virtual private gateway attached. "
        "The primary path is a dedicated private connection from the data center through a Direct Connect location into AWS. "
        "The backup path is two IPsec Site-to-Site VPN tunnels from the same router over the internet to the virtual private gateway; if Direct Connect fails, BGP routing moves the traffic to the VPN."
    ),
}
LABELS = {
    "dc": {"ko": "온프레미스 데이터 센터", "en": "On-premises data center"},
    "cgw": {"ko": "고객 게이트웨이\n(라우터)", "en": "Customer gateway\n(router)"},
    "dx": {"ko": "Direct Connect\n로케이션", "en": "Direct Connect\nlocation"},
    "internet": {"ko": "인터넷", "en": "Internet"},
    "region": {"ko": "AWS 리전", "en": "AWS Region"},
    "vpc": {"ko": "VPC", "en": "VPC"},
    "vgw": {"ko": "가상 프라이빗\n게이트웨이", "en": "Virtual private\ngateway"},
    "app": {"ko": "애플리케이션 서버", "en": "Application servers"},
    "primary": {"ko": "주 경로: 전용 연결", "en": "Primary: dedicated connection"},
    "private_vif": {"ko": "프라이빗 VIF", "en": "Private VIF"},
    "backup": {"ko": "백업: IPsec VPN 터널 2개", "en": "Backup: 2 IPsec VPN tunnels"},
}


def draw(t):
    with Cluster(t("dc")):
        cgw = VPCCustomerGateway(t("cgw"))
    dx = DirectConnect(t("dx"))
    internet = Internet(t("internet"))
    with Cluster(t("region")), Cluster(t("vpc")):
        vgw = VpnGateway(t("vgw"))
        app = EC2(t("app"))
    cgw >> Edge(label=t("primary"), color="darkgreen", penwidth="2") >> dx
    dx >> Edge(label=t("private_vif"), color="darkgreen", penwidth="2") >> vgw
    cgw >> Edge(label=t("backup"), style="dashed", color="darkorange") >> internet
    internet >> Edge(style="dashed", color="darkorange") >> vgw
    vgw >> app
