"""Who can reach objects in a private S3 bucket: CloudFront with origin access control, IAM principals, and the blocked public path."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2Instance
from diagrams.aws.general import Users
from diagrams.aws.network import CloudFront
from diagrams.aws.security import (
    IdentityAndAccessManagementIamPermissions,
    IdentityAndAccessManagementIamRole,
)
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
CAPTION = {
    "ko": "비공개 S3 버킷에 이르는 접근 경로: CloudFront(OAC), IAM, 차단된 퍼블릭 경로",
    "en": "Access paths to a private S3 bucket: CloudFront with OAC, IAM, and the blocked public path",
}
ALT = {
    "ko": (
        "S3 버킷은 퍼블릭 액세스 차단이 켜져 있고 ACL이 비활성화된 비공개 버킷입니다. "
        "인터넷 사용자는 버킷에 직접 접근할 수 없고(차단), CloudFront 배포로 요청합니다. CloudFront는 오리진 액세스 제어(OAC)로 서명한 요청을 버킷에 보내며, "
        "버킷 정책은 해당 CloudFront 배포만 객체를 읽도록 허용합니다. "
        "같은 계정의 EC2 애플리케이션은 IAM 역할의 자격 증명 기반 정책으로 버킷에 접근합니다."
    ),
    "en": (
        "The S3 bucket is private: Block Public Access is on and ACLs are disabled. "
        "Internet users cannot reach the bucket directly (blocked); they send requests to a CloudFront distribution, which signs its requests to the bucket with origin access control (OAC). "
        "The bucket policy allows only that CloudFront distribution to read objects. "
        "An application on EC2 in the same account reaches the bucket through the identity-based policy of its IAM role."
    ),
}
LABELS = {
    "users": {"ko": "인터넷 사용자", "en": "Internet users"},
    "cf": {
        "ko": "Amazon CloudFront 배포\n(OAC로 요청 서명)",
        "en": "Amazon CloudFront distribution\n(signs requests with OAC)",
    },
    "acct": {"ko": "AWS 계정", "en": "AWS account"},
    "bpa": {
        "ko": "퍼블릭 액세스 차단: 켜짐 · ACL 비활성화",
        "en": "Block Public Access: on · ACLs disabled",
    },
    "bucket": {"ko": "비공개 S3 버킷", "en": "Private S3 bucket"},
    "policy": {
        "ko": "버킷 정책:\nCloudFront 배포에만 s3:GetObject 허용",
        "en": "Bucket policy:\nallow s3:GetObject to this distribution only",
    },
    "app": {"ko": "EC2 애플리케이션", "en": "Application on EC2"},
    "role": {"ko": "IAM 역할\n(자격 증명 기반 정책)", "en": "IAM role\n(identity-based policy)"},
    "e1": {"ko": "1. HTTPS 요청", "en": "1. HTTPS request"},
    "e2": {"ko": "2. OAC 서명 요청", "en": "2. OAC-signed request"},
    "e3": {"ko": "직접 접근: 거부", "en": "Direct access: denied"},
    "e4": {"ko": "역할 자격 증명으로 접근", "en": "Access with role credentials"},
    "e5": {"ko": "평가", "en": "Evaluated"},
}


def draw(t):
    users = Users(t("users"))
    cf = CloudFront(t("cf"))
    with Cluster(t("acct")):
        with Cluster(t("bpa")):
            bucket = SimpleStorageServiceS3Bucket(t("bucket"))
        policy = IdentityAndAccessManagementIamPermissions(t("policy"))
        app = EC2Instance(t("app"))
        role = IdentityAndAccessManagementIamRole(t("role"))
    users >> Edge(label=t("e1")) >> cf
    cf >> Edge(label=t("e2"), color="darkgreen", style="bold") >> bucket
    users >> Edge(label=t("e3"), color="firebrick", style="dashed") >> bucket
    policy >> Edge(label=t("e5"), style="dotted") >> bucket
    app - Edge(style="dotted") - role
    role >> Edge(label=t("e4")) >> bucket
