"""Amazon Cognito: sign in with a user pool, then exchange the token for AWS credentials."""

from diagrams import Cluster, Edge
from diagrams.aws.general import MobileClient
from diagrams.aws.security import Cognito, IdentityAndAccessManagementIamAWSSts
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
# Curved edges keep the multi-line step labels beside their arrows instead of on top of them.
GRAPH_ATTR = {"splines": "spline"}
CAPTION = {
    "ko": "Cognito 사용자 풀로 로그인하고 자격 증명 풀에서 AWS 자격 증명 받기",
    "en": "Signing in with a Cognito user pool, then getting AWS credentials from an identity pool",
}
ALT = {
    "ko": (
        "모바일 앱이 사용자 이름과 암호로 Cognito 사용자 풀에 로그인하면(1), 사용자 풀이 ID 토큰, 액세스 토큰, 새로 고침 토큰을 돌려줍니다(2). "
        "앱은 ID 토큰을 Cognito 자격 증명 풀에 보냅니다(3). 자격 증명 풀은 AWS STS로 인증된 사용자용 IAM 역할을 수임해(4) "
        "임시 AWS 자격 증명을 앱에 돌려줍니다(5). 앱은 그 자격 증명으로 S3 버킷에 직접 업로드하며(6), 역할의 권한 정책이 허용하는 범위에서만 접근합니다."
    ),
    "en": (
        "A mobile app signs in to a Cognito user pool with a user name and password (1), and the user pool returns an ID token, an access token and a refresh token (2). "
        "The app sends the ID token to a Cognito identity pool (3). The identity pool uses AWS STS to assume the IAM role for authenticated users (4) "
        "and returns temporary AWS credentials to the app (5). The app then uploads directly to an S3 bucket with those credentials (6), limited to what the role's permissions policy allows."
    ),
}
LABELS = {
    "app": {"ko": "모바일 앱 사용자", "en": "Mobile app user"},
    "cognito": {"ko": "Amazon Cognito", "en": "Amazon Cognito"},
    "userpool": {"ko": "사용자 풀\n(인증)", "en": "User pool\n(authentication)"},
    "idpool": {"ko": "자격 증명 풀\n(AWS 자격 증명)", "en": "Identity pool\n(AWS credentials)"},
    "sts": {
        "ko": "AWS STS\n(인증된 사용자용 역할)",
        "en": "AWS STS\n(role for authenticated users)",
    },
    "bucket": {"ko": "S3 버킷", "en": "S3 bucket"},
    "s12": {
        "ko": "1. 로그인 →\n← 2. JWT 토큰\n(ID, 액세스, 새로 고침)",
        "en": "1. Sign in →\n← 2. JWT tokens\n(ID, access, refresh)",
    },
    "s35": {
        "ko": "3. ID 토큰 전달 →\n← 5. 임시 AWS 자격 증명",
        "en": "3. Send the ID token →\n← 5. Temporary AWS credentials",
    },
    "s4": {"ko": "4. AssumeRoleWithWebIdentity", "en": "4. AssumeRoleWithWebIdentity"},
    "s6": {
        "ko": "6. 임시 자격 증명으로 PutObject",
        "en": "6. PutObject with the temporary credentials",
    },
}


def draw(t):
    app = MobileClient(t("app"))
    with Cluster(t("cognito")):
        userpool = Cognito(t("userpool"))
        idpool = Cognito(t("idpool"))
    sts = IdentityAndAccessManagementIamAWSSts(t("sts"))
    bucket = SimpleStorageServiceS3Bucket(t("bucket"))
    app - Edge(label=t("s12"), forward=True, reverse=True) - userpool
    app - Edge(label=t("s35"), forward=True, reverse=True) - idpool
    idpool >> Edge(label=t("s4"), style="dashed") >> sts
    app >> Edge(label=t("s6"), color="darkgreen") >> bucket
