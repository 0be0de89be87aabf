"""Cross-account access with STS AssumeRole: trust policy, temporary credentials, then the call."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.security import (
    IdentityAndAccessManagementIamAWSSts,
    IdentityAndAccessManagementIamRole,
)
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
# Curved edges keep the multi-line step labels beside their arrows instead of on top of them.
GRAPH_ATTR = {"splines": "spline"}
CAPTION = {
    "ko": "AWS STS AssumeRole로 다른 계정의 역할 수임하기",
    "en": "Assuming a role in another account with AWS STS AssumeRole",
}
ALT = {
    "ko": (
        "계정 A의 애플리케이션(자격 증명 기반 정책이 sts:AssumeRole을 허용)이 계정 B의 역할 ARN으로 AWS STS에 AssumeRole을 요청합니다(1). "
        "STS는 계정 B에 있는 역할의 신뢰 정책이 계정 A를 신뢰하는지 확인합니다(2). "
        "확인되면 STS가 액세스 키 ID, 보안 액세스 키, 세션 토큰과 만료 시각으로 된 임시 자격 증명을 돌려줍니다(3). "
        "애플리케이션은 그 자격 증명으로 계정 B의 S3 버킷을 호출하고(4), 역할의 권한 정책이 허용하는 작업만 할 수 있습니다."
    ),
    "en": (
        "An application in account A, whose identity-based policy allows sts:AssumeRole, asks AWS STS to assume a role in account B by its ARN (1). "
        "STS checks that the role's trust policy in account B trusts account A (2). "
        "If it does, STS returns temporary credentials: an access key ID, a secret access key, a session token and an expiration time (3). "
        "The application calls the S3 bucket in account B with those credentials (4) and can do only what the role's permissions policy allows."
    ),
}
LABELS = {
    "acct_a": {"ko": "계정 A (신뢰받는 계정)", "en": "Account A (trusted account)"},
    "acct_b": {
        "ko": "계정 B (리소스를 가진 계정)",
        "en": "Account B (account that owns the resource)",
    },
    "app": {
        "ko": "애플리케이션\n(정책: sts:AssumeRole 허용)",
        "en": "Application\n(policy allows sts:AssumeRole)",
    },
    "sts": {"ko": "AWS STS", "en": "AWS STS"},
    "role": {
        "ko": "IAM 역할\n신뢰 정책: 계정 A\n권한 정책: S3 읽기",
        "en": "IAM role\ntrust policy: account A\npermissions: S3 read",
    },
    "bucket": {"ko": "S3 버킷", "en": "S3 bucket"},
    "s13": {
        "ko": "1. AssumeRole(역할 ARN) →\n← 3. 임시 자격 증명\n(키 ID, 보안 키, 세션 토큰, 만료)",
        "en": "1. AssumeRole(role ARN) →\n← 3. Temporary credentials\n(key ID, secret key, session token, expiry)",
    },
    "s2": {"ko": "2. 신뢰 정책 확인", "en": "2. Check the trust policy"},
    "s4": {
        "ko": "4. 임시 자격 증명으로 GetObject",
        "en": "4. GetObject with the temporary credentials",
    },
}


def draw(t):
    with Cluster(t("acct_a")):
        app = EC2(t("app"))
    sts = IdentityAndAccessManagementIamAWSSts(t("sts"))
    with Cluster(t("acct_b")):
        role = IdentityAndAccessManagementIamRole(t("role"))
        bucket = SimpleStorageServiceS3Bucket(t("bucket"))
    app - Edge(label=t("s13"), forward=True, reverse=True) - sts
    sts >> Edge(label=t("s2"), style="dashed") >> role
    app >> Edge(label=t("s4"), color="darkblue") >> bucket
