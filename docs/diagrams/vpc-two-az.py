"""A VPC across two Availability Zones: public and private subnets, an internet gateway, a NAT
gateway per zone and the route tables that make the difference between public and private."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import InternetAlt1
from diagrams.aws.network import InternetGateway, NATGateway, RouteTable

DIRECTION = "LR"
CAPTION = {
    "ko": "두 가용 영역에 걸친 VPC: 퍼블릭·프라이빗 서브넷, 인터넷 게이트웨이, 영역마다 NAT 게이트웨이",
    "en": "A VPC across two Availability Zones: public and private subnets, an internet gateway and a NAT gateway per zone",
}
ALT = {
    "ko": (
        "VPC 10.0.0.0/16 하나가 가용 영역 A와 B에 걸쳐 있고, 영역마다 퍼블릭 서브넷과 프라이빗 서브넷이 하나씩 있습니다. "
        "VPC에는 인터넷 게이트웨이가 하나 연결되어 인터넷과 통신합니다. "
        "두 퍼블릭 서브넷(10.0.1.0/24, 10.0.2.0/24)은 같은 퍼블릭 라우팅 테이블을 쓰며, 이 테이블에는 "
        "VPC 안 트래픽을 위한 local 경로와 0.0.0.0/0을 인터넷 게이트웨이로 보내는 경로가 있습니다. "
        "퍼블릭 서브넷마다 NAT 게이트웨이가 하나씩 있습니다. "
        "프라이빗 서브넷(10.0.11.0/24, 10.0.12.0/24)의 애플리케이션 서버는 퍼블릭 IP 주소가 없습니다. "
        "영역마다 따로 둔 프라이빗 라우팅 테이블이 0.0.0.0/0을 같은 영역의 NAT 게이트웨이로 보내므로, "
        "서버는 인터넷으로 나가는 연결을 시작할 수 있지만 인터넷에서 서버로 들어오는 연결은 시작할 수 없습니다. "
        "한 영역에 장애가 나도 다른 영역의 서버는 자기 영역의 NAT 게이트웨이로 계속 나갈 수 있습니다."
    ),
    "en": (
        "One VPC, 10.0.0.0/16, spans Availability Zones A and B, with one public and one private subnet in each zone. "
        "An internet gateway attached to the VPC connects it to the internet. "
        "Both public subnets (10.0.1.0/24 and 10.0.2.0/24) use the same public route table: a local route for "
        "traffic inside the VPC and a route sending 0.0.0.0/0 to the internet gateway. "
        "Each public subnet holds a NAT gateway. "
        "The application servers in the private subnets (10.0.11.0/24 and 10.0.12.0/24) have no public IP address. "
        "A private route table per zone sends 0.0.0.0/0 to the NAT gateway in the same zone, so the servers can "
        "open connections to the internet while the internet cannot open connections to them. "
        "If one zone fails, the servers in the other zone still reach the internet through their own zone's NAT gateway."
    ),
}
LABELS = {
    "internet": {"ko": "인터넷", "en": "Internet"},
    "vpc": {"ko": "VPC 10.0.0.0/16", "en": "VPC 10.0.0.0/16"},
    "igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},
    "az_a": {"ko": "가용 영역 A", "en": "Availability Zone A"},
    "az_b": {"ko": "가용 영역 B", "en": "Availability Zone B"},
    "public_a": {"ko": "퍼블릭 서브넷 10.0.1.0/24", "en": "Public subnet 10.0.1.0/24"},
    "public_b": {"ko": "퍼블릭 서브넷 10.0.2.0/24", "en": "Public subnet 10.0.2.0/24"},
    "private_a": {"ko": "프라이빗 서브넷 10.0.11.0/24", "en": "Private subnet 10.0.11.0/24"},
    "private_b": {"ko": "프라이빗 서브넷 10.0.12.0/24", "en": "Private subnet 10.0.12.0/24"},
    "nat_a": {"ko": "NAT 게이트웨이 A", "en": "NAT gateway A"},
    "nat_b": {"ko": "NAT 게이트웨이 B", "en": "NAT gateway B"},
    "app_a": {"ko": "애플리케이션 서버", "en": "Application server"},
    "app_b": {"ko": "애플리케이션 서버", "en": "Application server"},
    "rt_public": {
        "ko": "퍼블릭 라우팅 테이블\n(퍼블릭 서브넷 A·B)",
        "en": "Public route table\n(public subnets A and B)",
    },
    "rt_private_a": {"ko": "프라이빗\n라우팅 테이블 A", "en": "Private\nroute table A"},
    "rt_private_b": {"ko": "프라이빗\n라우팅 테이블 B", "en": "Private\nroute table B"},
    "default_route": {"ko": "0.0.0.0/0", "en": "0.0.0.0/0"},
    "outbound": {"ko": "나가는 연결만", "en": "outbound only"},
}


def draw(t):
    internet = InternetAlt1(t("internet"))
    with Cluster(t("vpc")):
        igw = InternetGateway(t("igw"))
        rt_public = RouteTable(t("rt_public"))
        zones = []
        # Drawn B first: Graphviz stacks clusters bottom-up here, so zone A ends on top.
        for zone, public, private, nat, app, table in (
            ("az_b", "public_b", "private_b", "nat_b", "app_b", "rt_private_b"),
            ("az_a", "public_a", "private_a", "nat_a", "app_a", "rt_private_a"),
        ):
            with Cluster(t(zone)):
                with Cluster(t(public)):
                    nat_gateway = NATGateway(t(nat))
                with Cluster(t(private)):
                    server = EC2(t(app))
                    route_table = RouteTable(t(table))
            zones.append((nat_gateway, server, route_table))
    internet - igw
    rt_public >> Edge(label=t("default_route"), style="dashed") >> igw
    for nat_gateway, server, route_table in zones:
        igw - nat_gateway
        nat_gateway << Edge(label=t("outbound")) << server
        nat_gateway << Edge(label=t("default_route"), style="dashed") << route_table
