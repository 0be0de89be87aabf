"""AWS global infrastructure: Regions made of Availability Zones, joined by the AWS global network, with edge locations near users."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import LocalZones
from diagrams.aws.general import Users
from diagrams.aws.network import CloudFront, CloudFrontEdgeLocation
from diagrams.generic.place import Datacenter

DIRECTION = "LR"
CAPTION = {
    "ko": "리전, 가용 영역, 엣지 로케이션의 관계",
    "en": "How Regions, Availability Zones and edge locations fit together",
}
ALT = {
    "ko": (
        "두 개의 리전(서울과 도쿄)이 있고, 각 리전은 세 개의 가용 영역으로 이루어집니다. "
        "가용 영역마다 하나 이상의 데이터 센터가 있으며, 같은 리전의 가용 영역끼리는 이중화된 전용 메트로 광섬유로 연결됩니다. "
        "두 리전은 인터넷이 아닌 AWS 글로벌 네트워크(백본)로 연결됩니다. "
        "사용자는 가장 가까운 엣지 로케이션에 접속하고, 엣지 로케이션은 리전 엣지 캐시를 거쳐 리전의 오리진에 닿습니다. 서울 리전에는 리전을 대도시로 확장한 Local Zone도 붙어 있습니다."
    ),
    "en": (
        "There are two Regions, Seoul and Tokyo, and each is made of three Availability Zones. "
        "Each Availability Zone holds one or more data centers, and the zones of one Region are joined by redundant, dedicated metro fiber. "
        "The two Regions are connected by the AWS global network (the backbone), not by the public internet. "
        "Users connect to the nearest edge location, which reaches the origin in a Region through a regional edge cache; a Local Zone extends the Seoul Region into a metro area."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "edge": {"ko": "엣지 로케이션(POP)", "en": "Edge location (PoP)"},
    "rec": {"ko": "리전 엣지 캐시", "en": "Regional edge cache"},
    "seoul": {
        "ko": "아시아 태평양(서울) 리전 ap-northeast-2",
        "en": "Asia Pacific (Seoul) Region ap-northeast-2",
    },
    "tokyo": {
        "ko": "아시아 태평양(도쿄) 리전 ap-northeast-1",
        "en": "Asia Pacific (Tokyo) Region ap-northeast-1",
    },
    "az_a": {"ko": "가용 영역 a", "en": "Availability Zone a"},
    "az_b": {"ko": "가용 영역 b", "en": "Availability Zone b"},
    "az_c": {"ko": "가용 영역 c", "en": "Availability Zone c"},
    "dc": {"ko": "데이터 센터", "en": "Data center"},
    "lz": {"ko": "Local Zone\n(대도시 확장)", "en": "Local Zone\n(metro extension)"},
    "metro": {
        "ko": "이중화된 전용 메트로 광섬유\n(한 자릿수 ms 지연 시간)",
        "en": "Redundant dedicated metro fiber\n(single-digit ms latency)",
    },
    "backbone": {"ko": "AWS 글로벌 네트워크(백본)", "en": "AWS global network (backbone)"},
    "near": {"ko": "가장 가까운 곳에 접속", "en": "Connect to the nearest"},
    "miss": {"ko": "캐시에 없으면", "en": "On a cache miss"},
    "origin": {"ko": "오리진 요청", "en": "Fetch from origin"},
}


def _region(t, key):
    with Cluster(t(key)):
        zones = []
        for az in ("az_a", "az_b", "az_c"):
            with Cluster(t(az)):
                zones.append(Datacenter(t("dc")))
    return zones


def draw(t):
    users = Users(t("users"))
    edge = CloudFrontEdgeLocation(t("edge"))
    rec = CloudFront(t("rec"))
    seoul = _region(t, "seoul")
    lz = LocalZones(t("lz"))
    tokyo = _region(t, "tokyo")

    users >> Edge(label=t("near")) >> edge
    edge >> Edge(label=t("miss")) >> rec
    rec >> Edge(label=t("origin")) >> seoul[0]
    seoul[0] - Edge(label=t("metro"), style="bold", color="darkgreen") - seoul[1]
    seoul[1] - Edge(style="bold", color="darkgreen") - seoul[2]
    tokyo[0] - Edge(style="bold", color="darkgreen") - tokyo[1]
    tokyo[1] - Edge(style="bold", color="darkgreen") - tokyo[2]
    seoul[2] - Edge(label=t("backbone"), style="dashed", color="navy") - tokyo[0]
    seoul[1] - Edge(style="dotted") - lz
