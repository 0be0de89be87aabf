"""A multi-account landing zone set up by AWS Control Tower: management account, Security OU, workload OUs and their controls."""

from diagrams import Cluster, Edge
from diagrams.aws.management import ControlTower, OrganizationsAccount
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "TB"
GRAPH_ATTR = {"nodesep": "0.7", "ranksep": "0.9"}
CAPTION = {
    "ko": "AWS Control Tower가 만드는 다중 계정 랜딩 존",
    "en": "A multi-account landing zone set up by AWS Control Tower",
}
ALT = {
    "ko": (
        "맨 위에 관리 계정이 있고, 그 안에서 AWS Control Tower가 Organizations, IAM Identity Center, Account Factory를 함께 운영합니다. "
        "관리 계정 아래에는 세 OU가 있습니다. 보안 OU에는 로그 아카이브 계정과 감사 계정이 있고, 로그 아카이브 계정의 중앙 S3 버킷이 모든 계정의 CloudTrail 로그와 AWS Config 기록을 받습니다. "
        "감사 계정은 보안 팀이 모든 계정을 읽기 전용으로 살펴보고 알림을 받는 곳입니다. "
        "워크로드 OU 아래 운영 OU와 개발 OU에는 컨트롤이 붙어 있습니다. 예방 제어는 SCP로 금지된 작업을 막고, 탐지 제어는 AWS Config 규칙으로 위반을 찾아 알리며, 사전 예방적 제어는 CloudFormation 후크로 규정에 맞지 않는 리소스가 만들어지기 전에 막습니다. "
        "샌드박스 OU에는 실험용 계정이 있습니다. Account Factory로 만든 새 계정은 지정한 OU에 들어가 그 OU의 컨트롤을 곧바로 물려받습니다."
    ),
    "en": (
        "At the top is the management account, where AWS Control Tower runs Organizations, IAM Identity Center and Account Factory together. "
        "Below it are three OUs. The Security OU holds the log archive account and the audit account; a central S3 bucket in the log archive account receives CloudTrail logs and AWS Config records from every account. "
        "The audit account is where the security team gets read-only access to every account and receives notifications. "
        "Under the Workloads OU, the Prod and Dev OUs carry controls: preventive controls block forbidden actions with SCPs, detective controls find and report violations with AWS Config rules, and proactive controls use CloudFormation hooks to stop noncompliant resources before they are created. "
        "The Sandbox OU holds accounts for experiments. A new account made with Account Factory lands in the OU you choose and inherits that OU's controls at once."
    ),
}
LABELS = {
    "mgmt": {"ko": "관리 계정", "en": "Management account"},
    "ct": {
        "ko": "AWS Control Tower\n(Organizations, IAM Identity Center,\nAccount Factory)",
        "en": "AWS Control Tower\n(Organizations, IAM Identity Center,\nAccount Factory)",
    },
    "sec_ou": {"ko": "보안 OU", "en": "Security OU"},
    "log": {"ko": "로그 아카이브 계정", "en": "Log archive account"},
    "bucket": {
        "ko": "중앙 로그 버킷\n(CloudTrail, Config)",
        "en": "Central log bucket\n(CloudTrail, Config)",
    },
    "audit": {
        "ko": "감사 계정\n(보안 팀 읽기 전용 접근)",
        "en": "Audit account\n(security team, read-only)",
    },
    "wl_ou": {"ko": "워크로드 OU", "en": "Workloads OU"},
    "prod_ou": {
        "ko": "운영 OU\n예방: SCP\n탐지: Config 규칙\n사전 예방: CFN 후크",
        "en": "Prod OU\npreventive: SCPs\ndetective: Config rules\nproactive: CFN hooks",
    },
    "dev_ou": {"ko": "개발 OU\n예방·탐지 제어", "en": "Dev OU\npreventive, detective"},
    "prod": {"ko": "운영 계정", "en": "Production account"},
    "dev": {"ko": "개발 계정", "en": "Development account"},
    "sbx_ou": {"ko": "샌드박스 OU", "en": "Sandbox OU"},
    "sbx": {"ko": "실험용 계정", "en": "Experiment account"},
    "logs": {"ko": "로그", "en": "logs"},
}


def draw(t):
    with Cluster(t("mgmt")):
        ct = ControlTower(t("ct"))
    with Cluster(t("sec_ou")):
        with Cluster(t("log")):
            bucket = SimpleStorageServiceS3Bucket(t("bucket"))
        audit = OrganizationsAccount(t("audit"))
    with Cluster(t("wl_ou")):
        with Cluster(t("prod_ou")):
            prod = OrganizationsAccount(t("prod"))
        with Cluster(t("dev_ou")):
            dev = OrganizationsAccount(t("dev"))
    with Cluster(t("sbx_ou")):
        sbx = OrganizationsAccount(t("sbx"))
    ct >> [audit, bucket, prod, dev, sbx]
    logs = Edge(label=t("logs"), style="dotted", color="gray", constraint="false")
    prod >> logs >> bucket
    for account in (dev, sbx):
        account >> Edge(style="dotted", color="gray", constraint="false") >> bucket
