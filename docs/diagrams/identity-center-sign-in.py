"""Workforce sign-in through IAM Identity Center to several accounts of an organization."""

from diagrams import Cluster, Edge
from diagrams.aws.general import OfficeBuilding, User
from diagrams.aws.security import IdentityAndAccessManagementIamRole, SingleSignOn

DIRECTION = "LR"
# Curved edges keep the multi-line step labels beside their arrows instead of on top of them.
GRAPH_ATTR = {"splines": "spline", "ranksep": "1.1"}
CAPTION = {
    "ko": "IAM Identity Center로 한 번 로그인해 조직의 여러 계정에 들어가기",
    "en": "Signing in once through IAM Identity Center to several accounts of an organization",
}
ALT = {
    "ko": (
        "직원이 조직의 AWS 액세스 포털에 접속합니다(1). "
        "IAM Identity Center는 로그인을 자격 증명 소스로 보냅니다. 자격 증명 소스는 회사의 외부 IdP(SAML 2.0으로 인증하고 사용자와 그룹은 SCIM으로 동기화)나 Active Directory이며, 직원은 회사 자격 증명으로 인증합니다(2). "
        "인증이 끝나면 포털이 그 직원에게 할당된 계정과 권한 세트를 보여 줍니다(3). "
        "직원이 개발 계정의 Developer 권한 세트를 고르면, Identity Center가 그 계정에 만들어 둔 역할의 임시 자격 증명으로 콘솔이나 CLI에 들어갑니다(4). "
        "같은 직원이 운영 계정에서는 ReadOnly 권한 세트만 받았다면 그 계정에는 읽기 전용 역할로만 들어갑니다(5). "
        "IAM Identity Center는 AWS Organizations의 관리 계정(또는 위임된 관리자 계정)에서 설정하고, 권한 세트를 할당하면 각 멤버 계정에 IAM 역할이 만들어집니다."
    ),
    "en": (
        "An employee opens the organization's AWS access portal (1). "
        "IAM Identity Center sends the sign-in to the identity source, the company's external IdP (authenticating over SAML 2.0, with users and groups synchronized through SCIM) or Active Directory, and the employee authenticates with company credentials (2). "
        "After authentication, the portal lists the accounts and permission sets assigned to that employee (3). "
        "The employee picks the Developer permission set in the development account and enters the console or CLI with temporary credentials of the role Identity Center created in that account (4). "
        "If the same employee was given only the ReadOnly permission set in the production account, that read-only role is the only way in there (5). "
        "IAM Identity Center is set up in the AWS Organizations management account (or a delegated administrator account); assigning a permission set creates an IAM role in each member account."
    ),
}
LABELS = {
    "company": {"ko": "회사", "en": "Company"},
    "user": {"ko": "직원", "en": "Employee"},
    "idp": {
        "ko": "자격 증명 소스\n(외부 IdP 또는\nActive Directory)",
        "en": "Identity source\n(external IdP or\nActive Directory)",
    },
    "org": {"ko": "AWS Organizations 조직", "en": "AWS Organizations organization"},
    "mgmt": {
        "ko": "관리 계정(또는 위임된 관리자)",
        "en": "Management account (or delegated admin)",
    },
    "idc": {
        "ko": "IAM Identity Center\nAWS 액세스 포털",
        "en": "IAM Identity Center\nAWS access portal",
    },
    "dev": {"ko": "개발 계정 111111111111", "en": "Development account 111111111111"},
    "prod": {"ko": "운영 계정 222222222222", "en": "Production account 222222222222"},
    "dev_role": {
        "ko": "역할 AWSReservedSSO_\nDeveloper_…",
        "en": "Role AWSReservedSSO_\nDeveloper_…",
    },
    "prod_role": {
        "ko": "역할 AWSReservedSSO_\nReadOnly_…",
        "en": "Role AWSReservedSSO_\nReadOnly_…",
    },
    "s1": {"ko": "1. 포털 접속", "en": "1. Open the portal"},
    "s2": {
        "ko": "2. 회사 자격 증명으로 인증\n(SAML 2.0 또는 AD)",
        "en": "2. Authenticate with company\ncredentials (SAML 2.0 or AD)",
    },
    "s3": {
        "ko": "3. 할당된 계정과\n권한 세트 목록",
        "en": "3. Assigned accounts\nand permission sets",
    },
    "s4": {
        "ko": "4. Developer 권한 세트\n(임시 자격 증명)",
        "en": "4. Developer permission set\n(temporary credentials)",
    },
    "s5": {
        "ko": "5. ReadOnly 권한 세트\n(임시 자격 증명)",
        "en": "5. ReadOnly permission set\n(temporary credentials)",
    },
}


def draw(t):
    with Cluster(t("company")):
        user = User(t("user"))
        idp = OfficeBuilding(t("idp"))
    with Cluster(t("org")):
        with Cluster(t("mgmt")):
            idc = SingleSignOn(t("idc"))
        with Cluster(t("dev")):
            dev_role = IdentityAndAccessManagementIamRole(t("dev_role"))
        with Cluster(t("prod")):
            prod_role = IdentityAndAccessManagementIamRole(t("prod_role"))
    user >> Edge(label=t("s1")) >> idc
    idp - Edge(label=t("s2"), style="dashed", forward=True, reverse=True) - idc
    idc >> Edge(label=t("s3"), color="darkblue", style="dashed", constraint="false") >> user
    idc >> Edge(label=t("s4"), color="darkgreen") >> dev_role
    idc >> Edge(label=t("s5"), color="darkgreen") >> prod_role
