"""How an Amazon CloudFront request is served on a cache hit and on a cache miss."""

from diagrams import Cluster, Edge
from diagrams.aws.general import Users
from diagrams.aws.network import CloudFront, CloudFrontEdgeLocation
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
CAPTION = {
    "ko": "CloudFront 요청 흐름: 캐시 적중과 캐시 누락",
    "en": "A CloudFront request: cache hit and cache miss",
}
ALT = {
    "ko": (
        "전 세계의 최종 사용자가 가장 가까운 CloudFront 엣지 로케이션에 객체를 요청합니다. "
        "엣지 로케이션 캐시에 객체가 있으면(캐시 적중) 그 자리에서 바로 응답합니다. "
        "없으면(캐시 누락) 요청이 리전 엣지 캐시로 가고, 거기에도 없으면 서울 리전의 S3 버킷인 오리진에서 객체를 가져옵니다. "
        "돌아오는 객체는 리전 엣지 캐시와 엣지 로케이션에 TTL 동안 저장된 뒤 사용자에게 전달됩니다."
    ),
    "en": (
        "Viewers around the world request an object from the nearest CloudFront edge location. "
        "If the edge location has the object in its cache (a cache hit), it answers straight away. "
        "If not (a cache miss), the request goes to a regional edge cache and, if that misses too, to the origin, an S3 bucket in the Seoul Region. "
        "On the way back the object is stored in the regional edge cache and the edge location for its TTL and then delivered to the viewer."
    ),
}
LABELS = {
    "viewers": {"ko": "최종 사용자(뷰어)", "en": "Viewers"},
    "cf": {"ko": "Amazon CloudFront", "en": "Amazon CloudFront"},
    "edge": {"ko": "엣지 로케이션(POP)\n캐시 확인", "en": "Edge location (POP)\nchecks its cache"},
    "rec": {"ko": "리전 엣지 캐시", "en": "Regional edge cache"},
    "region": {"ko": "아시아 태평양(서울) 리전", "en": "Asia Pacific (Seoul) Region"},
    "origin": {"ko": "오리진: S3 버킷", "en": "Origin: S3 bucket"},
    "e1": {
        "ko": "1. 요청\n2a. 캐시 적중: 바로 응답",
        "en": "1. Request\n2a. Cache hit: answered at once",
    },
    "e2": {
        "ko": "2b. 캐시 누락: 전달\n5. 응답을 캐시에 저장(TTL 동안)",
        "en": "2b. Cache miss: forwarded\n5. Response cached for its TTL",
    },
    "e3": {
        "ko": "3. 여기도 누락: 오리진에 요청\n4. 객체 반환",
        "en": "3. Miss here too: ask the origin\n4. Object returned",
    },
}


def draw(t):
    viewers = Users(t("viewers"))
    with Cluster(t("cf")):
        edge = CloudFrontEdgeLocation(t("edge"))
        rec = CloudFront(t("rec"))
    with Cluster(t("region")):
        origin = SimpleStorageServiceS3Bucket(t("origin"))
    viewers - Edge(label=t("e1"), forward=True, reverse=True, color="darkgreen") - edge
    edge - Edge(label=t("e2"), forward=True, reverse=True, color="firebrick", style="dashed") - rec
    (
        rec
        - Edge(label=t("e3"), forward=True, reverse=True, color="firebrick", style="dashed")
        - origin
    )
