"""A microservices application: independent services behind one API, each with its own data store."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Fargate, Lambda
from diagrams.aws.database import Aurora, Dynamodb, ElastiCache
from diagrams.aws.general import Users
from diagrams.aws.integration import SimpleNotificationServiceSnsTopic, SimpleQueueServiceSqsQueue
from diagrams.aws.network import APIGateway

DIRECTION = "LR"
CAPTION = {
    "ko": "마이크로서비스 아키텍처: 하나의 API 뒤의 독립 서비스들",
    "en": "A microservices architecture: independent services behind one API",
}
ALT = {
    "ko": (
        "사용자 요청은 Amazon API Gateway 한 곳으로 들어오고, 경로에 따라 각 서비스로 라우팅됩니다. "
        "사용자 서비스는 Lambda 함수와 자체 DynamoDB 테이블, 상품 카탈로그 서비스는 Fargate 컨테이너와 자체 ElastiCache, "
        "주문 서비스는 Fargate 컨테이너와 자체 Aurora 데이터베이스를 씁니다. 서비스끼리 데이터베이스를 공유하지 않고 API로만 통신합니다. "
        "주문이 생성되면 주문 서비스가 SNS 주제에 이벤트를 게시하고, 알림 서비스가 SQS 대기열을 통해 비동기로 받아 처리합니다."
    ),
    "en": (
        "User requests enter through one Amazon API Gateway, which routes each path to a service. "
        "The user service runs as a Lambda function with its own DynamoDB table, the product catalog service as Fargate containers with its own ElastiCache, "
        "and the order service as Fargate containers with its own Aurora database. Services never share a database; they talk only through APIs. "
        "When an order is created, the order service publishes an event to an SNS topic and the notification service picks it up asynchronously through an SQS queue."
    ),
}
LABELS = {
    "users": {"ko": "클라이언트(웹·모바일)", "en": "Clients (web, mobile)"},
    "api": {
        "ko": "API Gateway\n/users /products /orders",
        "en": "API Gateway\n/users /products /orders",
    },
    "svc_user": {"ko": "사용자 서비스", "en": "User service"},
    "svc_cat": {"ko": "상품 카탈로그 서비스", "en": "Catalog service"},
    "svc_order": {"ko": "주문 서비스", "en": "Order service"},
    "svc_notify": {"ko": "알림 서비스", "en": "Notification service"},
    "user_fn": {"ko": "Lambda", "en": "Lambda"},
    "user_db": {"ko": "DynamoDB", "en": "DynamoDB"},
    "cat_task": {"ko": "Fargate 태스크", "en": "Fargate tasks"},
    "cat_cache": {"ko": "ElastiCache", "en": "ElastiCache"},
    "order_task": {"ko": "Fargate 태스크", "en": "Fargate tasks"},
    "order_db": {"ko": "Aurora", "en": "Aurora"},
    "topic": {"ko": "SNS 주제\n'주문 생성됨'", "en": "SNS topic\n'order created'"},
    "queue": {"ko": "SQS 대기열", "en": "SQS queue"},
    "notify_fn": {"ko": "Lambda", "en": "Lambda"},
    "e_http": {"ko": "동기 API 호출(HTTPS)", "en": "Synchronous API calls (HTTPS)"},
    "e_event": {"ko": "비동기 이벤트", "en": "Asynchronous event"},
}


def draw(t):
    users = Users(t("users"))
    api = APIGateway(t("api"))
    users >> api
    with Cluster(t("svc_user")):
        user_fn = Lambda(t("user_fn"))
        user_fn >> Dynamodb(t("user_db"))
    with Cluster(t("svc_cat")):
        cat = Fargate(t("cat_task"))
        cat >> ElastiCache(t("cat_cache"))
    with Cluster(t("svc_order")):
        order = Fargate(t("order_task"))
        order >> Aurora(t("order_db"))
    api >> Edge(label=t("e_http")) >> user_fn
    api >> cat
    api >> order
    topic = SimpleNotificationServiceSnsTopic(t("topic"))
    order >> Edge(label=t("e_event"), style="dashed") >> topic
    with Cluster(t("svc_notify")):
        queue = SimpleQueueServiceSqsQueue(t("queue"))
        queue >> Lambda(t("notify_fn"))
    topic >> Edge(style="dashed") >> queue
