"""An AWS Organizations tree: root, OUs, accounts and where SCPs apply."""

from diagrams import Edge
from diagrams.aws.management import (
    Organizations,
    OrganizationsAccount,
    OrganizationsOrganizationalUnit,
)

DIRECTION = "TB"
CAPTION = {
    "ko": "AWS Organizations 트리와 SCP가 적용되는 범위",
    "en": "An AWS Organizations tree and where SCPs apply",
}
ALT = {
    "ko": (
        "조직의 최상위 컨테이너인 루트에는 모든 것을 허용하는 기본 SCP FullAWSAccess가 붙어 있고, 루트 바로 아래에 관리 계정이 있습니다. "
        "관리 계정은 SCP의 영향을 받지 않습니다. 루트 아래에는 보안 OU와 워크로드 OU가 있고, 보안 OU에는 로그 보관 계정과 보안 도구 계정이 있습니다. "
        "워크로드 OU에는 '승인된 리전 외 사용 거부' SCP가 붙어 있으며, 그 아래 운영 OU와 개발 OU가 이 제한을 함께 받습니다. "
        "운영 OU에는 'CloudTrail 중지 거부' SCP가 더 붙어 있어 운영 계정은 두 제한을 모두 받습니다. 멤버 계정에서는 루트 사용자도 SCP의 제한을 받습니다."
    ),
    "en": (
        "The organization's root, its top-level container, has the default FullAWSAccess SCP that allows everything, and the management account sits directly under the root. "
        "The management account is not affected by SCPs. Under the root are a Security OU and a Workloads OU; the Security OU holds a log archive account and a security tooling account. "
        "The Workloads OU has an SCP that denies Regions outside an approved list, and the Prod and Dev OUs beneath it inherit that limit. "
        "The Prod OU has one more SCP that denies stopping CloudTrail, so the production account is bound by both. In member accounts, even the root user is limited by SCPs."
    ),
}
LABELS = {
    "root": {
        "ko": "루트(조직 최상위)\nSCP: FullAWSAccess",
        "en": "Root (top of the organization)\nSCP: FullAWSAccess",
    },
    "mgmt": {"ko": "관리 계정\n(SCP 적용 안 됨)", "en": "Management account\n(SCPs do not apply)"},
    "sec": {"ko": "보안 OU", "en": "Security OU"},
    "wl": {
        "ko": "워크로드 OU\nSCP: 승인된 리전 외 거부",
        "en": "Workloads OU\nSCP: deny unapproved Regions",
    },
    "prod": {
        "ko": "운영 OU\nSCP: CloudTrail 중지 거부",
        "en": "Prod OU\nSCP: deny stopping CloudTrail",
    },
    "dev": {"ko": "개발 OU", "en": "Dev OU"},
    "log": {"ko": "로그 보관 계정", "en": "Log archive account"},
    "tool": {"ko": "보안 도구 계정", "en": "Security tooling account"},
    "p1": {
        "ko": "운영 계정\n(리전 제한 + CloudTrail 보호,\n루트 사용자 포함)",
        "en": "Production account\n(Region limit + CloudTrail guard,\nroot user included)",
    },
    "d1": {"ko": "개발 계정\n(리전 제한)", "en": "Development account\n(Region limit)"},
    "inherit": {"ko": "상속", "en": "inherits"},
}


def draw(t):
    root = Organizations(t("root"))
    mgmt = OrganizationsAccount(t("mgmt"))
    sec = OrganizationsOrganizationalUnit(t("sec"))
    wl = OrganizationsOrganizationalUnit(t("wl"))
    prod = OrganizationsOrganizationalUnit(t("prod"))
    dev = OrganizationsOrganizationalUnit(t("dev"))
    log = OrganizationsAccount(t("log"))
    tool = OrganizationsAccount(t("tool"))
    p1 = OrganizationsAccount(t("p1"))
    d1 = OrganizationsAccount(t("d1"))
    root >> Edge(style="dashed", color="gray") >> mgmt
    root >> sec
    root >> wl
    sec >> [log, tool]
    wl >> Edge(label=t("inherit"), color="firebrick") >> prod
    wl >> Edge(label=t("inherit"), color="firebrick") >> dev
    prod >> Edge(color="firebrick") >> p1
    dev >> Edge(color="firebrick") >> d1
