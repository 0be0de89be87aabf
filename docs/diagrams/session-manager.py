"""Session Manager: shell access to a private instance with no SSH, no bastion and no inbound ports."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import User
from diagrams.aws.management import Cloudtrail, CloudwatchLogs, SystemsManager
from diagrams.aws.network import Endpoint
from diagrams.aws.security import IdentityAndAccessManagementIam

DIRECTION = "LR"
# Curved edges keep the edge labels next to their arrows.
GRAPH_ATTR = {"splines": "spline"}
CAPTION = {
    "ko": "Session Manager: SSH 키, 배스천 호스트, 인바운드 포트 없이 프라이빗 인스턴스에 접속",
    "en": "Session Manager: reaching a private instance with no SSH keys, bastion host or inbound ports",
}
ALT = {
    "ko": (
        "관리자는 콘솔이나 CLI에서 세션을 시작하고, IAM 정책이 이 관리자가 이 인스턴스에 세션을 열 수 있는지 확인합니다(1). "
        "프라이빗 서브넷의 EC2 인스턴스에서 실행 중인 SSM Agent는 Systems Manager용 VPC 인터페이스 엔드포인트를 통해 Systems Manager에 나가는 HTTPS(443) 연결을 미리 맺어 두며(2), "
        "세션은 이 연결을 따라 인스턴스에 전달됩니다(3). 인스턴스의 보안 그룹에는 인바운드 규칙이 없고, SSH 22번 포트나 배스천 호스트를 통한 직접 접속 경로도 없습니다. "
        "세션 기록은 CloudWatch Logs(또는 S3)에, 세션 시작 API 호출은 CloudTrail에 남습니다(4)."
    ),
    "en": (
        "An administrator starts a session from the console or CLI, and IAM policies check whether this administrator may open a session on this instance (1). "
        "The SSM Agent on an EC2 instance in a private subnet has already opened an outbound HTTPS (443) connection to Systems Manager through a VPC interface endpoint for Systems Manager (2), "
        "and the session travels to the instance over that connection (3). The instance's security group has no inbound rules, and there is no direct path through SSH port 22 or a bastion host. "
        "Session logs go to CloudWatch Logs (or S3), and the API call that started the session is recorded in CloudTrail (4)."
    ),
}
LABELS = {
    "admin": {"ko": "관리자\n(콘솔 또는 CLI)", "en": "Administrator\n(console or CLI)"},
    "iam": {
        "ko": "IAM 정책\n(ssm:StartSession 허용)",
        "en": "IAM policy\n(allows ssm:StartSession)",
    },
    "ssm": {
        "ko": "AWS Systems Manager\nSession Manager",
        "en": "AWS Systems Manager\nSession Manager",
    },
    "vpc": {"ko": "VPC", "en": "VPC"},
    "private": {
        "ko": "프라이빗 서브넷\n(보안 그룹: 인바운드 규칙 없음)",
        "en": "Private subnet\n(security group: no inbound rules)",
    },
    "ep": {
        "ko": "VPC 인터페이스 엔드포인트\n(ssm, ssmmessages)",
        "en": "VPC interface endpoints\n(ssm, ssmmessages)",
    },
    "ec2": {"ko": "EC2 인스턴스\n(SSM Agent)", "en": "EC2 instance\n(SSM Agent)"},
    "logs": {"ko": "CloudWatch Logs\n(세션 기록)", "en": "CloudWatch Logs\n(session logs)"},
    "trail": {"ko": "CloudTrail\n(StartSession 기록)", "en": "CloudTrail\n(StartSession record)"},
    "s1": {
        "ko": "1. 세션 시작\n(IAM 권한 확인)",
        "en": "1. Start session\n(IAM permissions checked)",
    },
    "s2": {"ko": "2. 아웃바운드 HTTPS 443", "en": "2. Outbound HTTPS 443"},
    "s3": {"ko": "3. 세션 전달", "en": "3. Session delivered"},
    "s4": {"ko": "4. 감사", "en": "4. Audit"},
    "noslash": {"ko": "✕ SSH 22번 포트·배스천 없음", "en": "✕ no SSH port 22, no bastion"},
}


def draw(t):
    admin = User(t("admin"))
    iam = IdentityAndAccessManagementIam(t("iam"))
    ssm = SystemsManager(t("ssm"))
    logs = CloudwatchLogs(t("logs"))
    trail = Cloudtrail(t("trail"))
    with Cluster(t("vpc")), Cluster(t("private")):
        ec2 = EC2(t("ec2"))
        ep = Endpoint(t("ep"))
    admin >> Edge(label=t("s1")) >> ssm
    iam >> Edge(style="dotted", color="gray") >> ssm
    ec2 >> Edge(label=t("s2"), color="darkgreen") >> ep
    ep >> Edge(color="darkgreen") >> ssm
    ssm >> Edge(label=t("s3"), color="darkblue", style="dashed") >> ec2
    ssm >> Edge(label=t("s4"), style="dotted") >> logs
    ssm >> Edge(style="dotted") >> trail
    admin >> Edge(label=t("noslash"), color="firebrick", style="dashed", arrowhead="tee") >> ec2
