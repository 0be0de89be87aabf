"""Route 53 latency-based routing between two Regions."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer, Route53

DIRECTION = "LR"
CAPTION = {
    "ko": "Route 53 지연 시간 라우팅: 사용자마다 지연 시간이 가장 짧은 리전으로 안내",
    "en": "Route 53 latency-based routing: each user is sent to the Region with the lowest latency",
}
ALT = {
    "ko": (
        "같은 이름 app.example.com에 대해 서울 리전과 프랑크푸르트 리전의 Application Load Balancer를 가리키는 지연 시간 레코드가 두 개 있습니다. "
        "서울 근처 사용자가 조회하면 Route 53은 지연 시간이 더 짧은 서울 리전의 ALB 주소를, 유럽 사용자가 조회하면 프랑크푸르트 리전의 ALB 주소를 돌려줍니다. "
        "각 레코드에 상태 확인을 연결하면 한 리전이 비정상일 때 다른 리전으로 응답합니다."
    ),
    "en": (
        "The name app.example.com has two latency records, one pointing to an Application Load Balancer in the Seoul Region and one to an ALB in the Frankfurt Region. "
        "For a user near Seoul, Route 53 returns the Seoul ALB because it has the lower latency for that user; for a user in Europe it returns the Frankfurt ALB. "
        "With a health check attached to each record, Route 53 answers with the other Region when one Region is unhealthy."
    ),
}
LABELS = {
    "asia": {"ko": "서울 근처 사용자", "en": "Users near Seoul"},
    "europe": {"ko": "유럽 사용자", "en": "Users in Europe"},
    "r53": {"ko": "Route 53\n지연 시간 레코드 2개", "en": "Route 53\ntwo latency records"},
    "seoul": {"ko": "ap-northeast-2 (서울)", "en": "ap-northeast-2 (Seoul)"},
    "fra": {"ko": "eu-central-1 (프랑크푸르트)", "en": "eu-central-1 (Frankfurt)"},
    "alb": {"ko": "ALB", "en": "ALB"},
    "web": {"ko": "웹 서버", "en": "Web servers"},
    "to_seoul": {"ko": "서울 ALB 주소 응답", "en": "answers with the Seoul ALB"},
    "to_fra": {"ko": "프랑크푸르트 ALB 주소 응답", "en": "answers with the Frankfurt ALB"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    asia = Users(t("asia"))
    europe = Users(t("europe"))
    r53 = Route53(t("r53"))
    with Cluster(t("seoul")):
        alb_seoul = ElbApplicationLoadBalancer(t("alb"))
        alb_seoul >> EC2(t("web"))
    with Cluster(t("fra")):
        alb_fra = ElbApplicationLoadBalancer(t("alb"))
        alb_fra >> EC2(t("web"))
    asia >> r53
    europe >> r53
    r53 >> Edge(label=t("to_seoul")) >> alb_seoul
    r53 >> Edge(label=t("to_fra")) >> alb_fra
