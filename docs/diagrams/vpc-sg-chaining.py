"""Security group chaining across web, application and database tiers."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import RDSInstance
from diagrams.aws.general import Users
from diagrams.aws.network import ElbApplicationLoadBalancer

DIRECTION = "LR"
CAPTION = {
    "ko": "웹 → 애플리케이션 → 데이터베이스 계층의 보안 그룹 체이닝",
    "en": "Security group chaining across the web, application and database tiers",
}
ALT = {
    "ko": (
        "세 계층이 각자의 보안 그룹 안에 있습니다. 웹 계층 보안 그룹은 인터넷(0.0.0.0/0)에서 오는 HTTPS 443만 로드 밸런서로 허용합니다. "
        "애플리케이션 계층 보안 그룹은 웹 계층 보안 그룹에서 오는 8080 포트 트래픽만 애플리케이션 서버 두 대로 허용합니다. "
        "데이터베이스 계층 보안 그룹은 애플리케이션 계층 보안 그룹에서 오는 MySQL 3306 포트 연결만 RDS로 허용합니다. 각 규칙의 소스는 IP 범위가 아니라 앞 계층의 보안 그룹 ID입니다."
    ),
    "en": (
        "Each of three tiers sits in its own security group. The web tier group allows only HTTPS 443 from the internet (0.0.0.0/0) to the load balancer. "
        "The application tier group allows only port 8080 traffic from the web tier group to two application servers. "
        "The database tier group allows only MySQL 3306 connections from the application tier group to RDS. Each rule's source is the previous tier's security group ID, not an IP range."
    ),
}
LABELS = {
    "users": {"ko": "인터넷 사용자", "en": "Internet users"},
    "web_sg": {"ko": "web-sg: 443 ← 0.0.0.0/0", "en": "web-sg: 443 from 0.0.0.0/0"},
    "app_sg": {"ko": "app-sg: 8080 ← web-sg", "en": "app-sg: 8080 from web-sg"},
    "db_sg": {"ko": "db-sg: 3306 ← app-sg", "en": "db-sg: 3306 from app-sg"},
    "alb": {"ko": "로드 밸런서", "en": "Load balancer"},
    "app1": {"ko": "앱 서버 1", "en": "App server 1"},
    "app2": {"ko": "앱 서버 2", "en": "App server 2"},
    "db": {"ko": "RDS DB 인스턴스", "en": "RDS DB instance"},
    "https": {"ko": "HTTPS 443", "en": "HTTPS 443"},
    "http": {"ko": "8080", "en": "8080"},
    "mysql": {"ko": "3306", "en": "3306"},
}


def draw(t):
    users = Users(t("users"))
    with Cluster(t("web_sg")):
        alb = ElbApplicationLoadBalancer(t("alb"))
    with Cluster(t("app_sg")):
        apps = [EC2(t("app1")), EC2(t("app2"))]
    with Cluster(t("db_sg")):
        db = RDSInstance(t("db"))
    users >> Edge(label=t("https")) >> alb
    alb >> Edge(label=t("http")) >> apps
    apps >> Edge(label=t("mysql")) >> db
