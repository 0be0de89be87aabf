"""Application Load Balancer listener rules: host-based and path-based routing to target groups."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2Instances, Lambda
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer

DIRECTION = "LR"
CAPTION = {
    "ko": "Application Load Balancer의 경로 기반·호스트 기반 라우팅",
    "en": "Path-based and host-based routing on an Application Load Balancer",
}
ALT = {
    "ko": (
        "사용자가 보낸 HTTPS 요청은 Application Load Balancer의 443 포트 리스너에 도착합니다. "
        "리스너 규칙은 경로가 /api/*이면 API 대상 그룹으로, /images/*이면 이미지 대상 그룹으로, 호스트 헤더가 admin.example.com이면 관리자 대상 그룹(Lambda 함수)으로 보냅니다. "
        "어느 규칙에도 맞지 않는 요청은 기본 작업에 따라 웹 대상 그룹으로 갑니다."
    ),
    "en": (
        "HTTPS requests from users reach the Application Load Balancer's listener on port 443. "
        "Listener rules send requests whose path matches /api/* to the API target group, /images/* to the images target group, and requests whose host header is admin.example.com to the admin target group, a Lambda function. "
        "Requests that match no rule follow the default action to the web target group."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "alb": {
        "ko": "Application Load Balancer\n리스너 HTTPS:443",
        "en": "Application Load Balancer\nlistener HTTPS:443",
    },
    "tg_api": {"ko": "대상 그룹: api", "en": "Target group: api"},
    "tg_img": {"ko": "대상 그룹: images", "en": "Target group: images"},
    "tg_admin": {"ko": "대상 그룹: admin", "en": "Target group: admin"},
    "tg_web": {"ko": "대상 그룹: web (기본)", "en": "Target group: web (default)"},
    "api": {"ko": "API 서버들", "en": "API servers"},
    "img": {"ko": "이미지 서버들", "en": "Image servers"},
    "admin": {"ko": "관리자 함수", "en": "Admin function"},
    "web": {"ko": "웹 서버들", "en": "Web servers"},
    "r_api": {"ko": "경로 /api/*", "en": "path /api/*"},
    "r_img": {"ko": "경로 /images/*", "en": "path /images/*"},
    "r_admin": {"ko": "호스트 admin.example.com", "en": "host admin.example.com"},
    "r_default": {"ko": "기본 작업", "en": "default action"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    users = Users(t("users"))
    alb = ElbApplicationLoadBalancer(t("alb"))
    with Cluster(t("tg_api")):
        api = EC2Instances(t("api"))
    with Cluster(t("tg_img")):
        img = EC2Instances(t("img"))
    with Cluster(t("tg_admin")):
        admin = Lambda(t("admin"))
    with Cluster(t("tg_web")):
        web = EC2Instances(t("web"))
    users >> alb
    alb >> Edge(label=t("r_api")) >> api
    alb >> Edge(label=t("r_img")) >> img
    alb >> Edge(label=t("r_admin")) >> admin
    alb >> Edge(label=t("r_default"), style="dashed") >> web
