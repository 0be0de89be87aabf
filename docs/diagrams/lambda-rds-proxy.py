"""Lambda functions reach Aurora through RDS Proxy, which takes its credentials from Secrets Manager."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import RDS, Aurora
from diagrams.aws.security import IAM, SecretsManager

DIRECTION = "LR"
CAPTION = {
    "ko": "Lambda → RDS 프록시 → Aurora: 연결 풀링과 Secrets Manager 자격 증명",
    "en": "Lambda → RDS Proxy → Aurora: connection pooling and Secrets Manager credentials",
}
ALT = {
    "ko": (
        "VPC 안에 Lambda 함수의 동시 실행 환경 여러 개, RDS 프록시, Aurora DB 클러스터가 있습니다. "
        "1. 각 Lambda 실행 환경은 IAM 인증으로 RDS 프록시에 연결합니다. 함수 코드에는 데이터베이스 암호가 없습니다. "
        "2. RDS 프록시는 AWS Secrets Manager의 보안 암호에서 데이터베이스 자격 증명을 읽습니다. "
        "3. 프록시는 Aurora에 대한 적은 수의 연결을 풀로 유지하며 수많은 Lambda 연결이 이를 나눠 씁니다. "
        "4. Aurora가 장애 조치되면 프록시가 새 쓰기 인스턴스로 연결을 옮기고, 애플리케이션 쪽 연결은 유지됩니다."
    ),
    "en": (
        "Inside a VPC sit many concurrent execution environments of a Lambda function, an RDS Proxy, and an Aurora DB cluster. "
        "1. Each Lambda execution environment connects to RDS Proxy with IAM authentication; the function code holds no database password. "
        "2. RDS Proxy reads the database credentials from a secret in AWS Secrets Manager. "
        "3. The proxy keeps a small pool of connections to Aurora that the many Lambda connections share. "
        "4. When Aurora fails over, the proxy moves its connections to the new writer while the application's connections stay open."
    ),
}
LABELS = {
    "vpc": {"ko": "VPC", "en": "VPC"},
    "fns": {
        "ko": "Lambda 함수\n(동시 실행 수백 개)",
        "en": "Lambda function\n(hundreds concurrent)",
    },
    "proxy": {"ko": "RDS 프록시", "en": "RDS Proxy"},
    "aurora": {"ko": "Aurora DB 클러스터", "en": "Aurora DB cluster"},
    "secret": {"ko": "Secrets Manager\n보안 암호", "en": "Secrets Manager\nsecret"},
    "iam": {"ko": "IAM 실행 역할", "en": "IAM execution role"},
    "s1": {"ko": "1. IAM 인증으로 연결", "en": "1. Connect with IAM authentication"},
    "s2": {"ko": "2. 자격 증명 읽기", "en": "2. Read credentials"},
    "s3": {"ko": "3. 공유하는 연결 풀", "en": "3. Shared connection pool"},
}


def draw(t):
    role = IAM(t("iam"))
    secret = SecretsManager(t("secret"))
    with Cluster(t("vpc")):
        fns = Lambda(t("fns"))
        proxy = RDS(t("proxy"))
        db = Aurora(t("aurora"))
    role - Edge(style="dotted") - fns
    fns >> Edge(label=t("s1")) >> proxy
    proxy >> Edge(label=t("s2"), style="dashed") >> secret
    proxy >> Edge(label=t("s3"), color="darkgreen") >> db
