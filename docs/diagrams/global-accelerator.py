"""AWS Global Accelerator: two static anycast IP addresses announced from many edge locations, then the AWS global network to Regional endpoints."""

from diagrams import Cluster, Edge
from diagrams.aws.general import Users
from diagrams.aws.network import CloudFrontEdgeLocation, ElbNetworkLoadBalancer, GlobalAccelerator

DIRECTION = "LR"
CAPTION = {
    "ko": "AWS Global Accelerator: 애니캐스트 고정 IP로 가장 가까운 엣지에 들어와 AWS 글로벌 네트워크로 이동",
    "en": "AWS Global Accelerator: users enter at the nearest edge through static anycast IP addresses and ride the AWS global network",
}
ALT = {
    "ko": (
        "가속기에는 고정 IPv4 주소 두 개가 있고, 이 주소는 여러 엣지 로케이션에서 동시에 애니캐스트로 광고됩니다. "
        "서울과 런던의 사용자는 같은 두 IP 주소로 접속하지만 각자 가장 가까운 엣지 로케이션으로 들어옵니다. "
        "그 뒤 트래픽은 공용 인터넷 대신 AWS 글로벌 네트워크를 타고, 상태가 정상이고 가장 가까운 리전의 엔드포인트 그룹(여기서는 서울과 아일랜드의 Network Load Balancer)으로 전달됩니다."
    ),
    "en": (
        "The accelerator has two static IPv4 addresses, announced by anycast from many edge locations at once. "
        "Users in Seoul and in London connect to the same two IP addresses but enter at the edge location nearest to each of them. "
        "From there traffic travels over the AWS global network instead of the public internet to the nearest healthy endpoint group, here Network Load Balancers in Seoul and Ireland."
    ),
}
LABELS = {
    "seoul_users": {"ko": "서울 사용자", "en": "Users in Seoul"},
    "london_users": {"ko": "런던 사용자", "en": "Users in London"},
    "ga": {
        "ko": "Global Accelerator\n고정 애니캐스트 IP 2개",
        "en": "Global Accelerator\ntwo static anycast IPs",
    },
    "edge_asia": {"ko": "엣지 로케이션 (아시아)", "en": "Edge location (Asia)"},
    "edge_eu": {"ko": "엣지 로케이션 (유럽)", "en": "Edge location (Europe)"},
    "backbone": {"ko": "AWS 글로벌 네트워크", "en": "AWS global network"},
    "ep_seoul": {"ko": "엔드포인트 그룹: 서울", "en": "Endpoint group: Seoul"},
    "ep_ireland": {"ko": "엔드포인트 그룹: 아일랜드", "en": "Endpoint group: Ireland"},
    "nlb": {"ko": "NLB", "en": "NLB"},
    "same_ip": {"ko": "같은 IP로 접속", "en": "same IP addresses"},
    "announce": {"ko": "같은 IP 광고", "en": "announces the same IPs"},
    "nearest": {"ko": "가장 가까운 정상 엔드포인트", "en": "nearest healthy endpoint"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    seoul_users = Users(t("seoul_users"))
    london_users = Users(t("london_users"))
    with Cluster(t("backbone")):
        ga = GlobalAccelerator(t("ga"))
        edge_asia = CloudFrontEdgeLocation(t("edge_asia"))
        edge_eu = CloudFrontEdgeLocation(t("edge_eu"))
        with Cluster(t("ep_seoul")):
            nlb_seoul = ElbNetworkLoadBalancer(t("nlb"))
        with Cluster(t("ep_ireland")):
            nlb_ireland = ElbNetworkLoadBalancer(t("nlb"))
    seoul_users >> Edge(label=t("same_ip")) >> edge_asia
    london_users >> Edge(label=t("same_ip")) >> edge_eu
    ga >> Edge(label=t("announce"), style="dotted") >> edge_asia
    ga >> Edge(label=t("announce"), style="dotted") >> edge_eu
    edge_asia >> Edge(label=t("nearest")) >> nlb_seoul
    edge_eu >> Edge(label=t("nearest")) >> nlb_ireland
