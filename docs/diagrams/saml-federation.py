"""SAML 2.0 federation to the AWS Management Console, step by step."""

from diagrams import Cluster, Edge
from diagrams.aws.general import OfficeBuilding, User
from diagrams.aws.management import ManagementConsole
from diagrams.aws.security import (
    IdentityAndAccessManagementIam,
    IdentityAndAccessManagementIamAWSSts,
)

DIRECTION = "LR"
# Curved edges keep the multi-line step labels beside their arrows instead of on top of them.
GRAPH_ATTR = {"splines": "spline"}
CAPTION = {
    "ko": "SAML 2.0 페더레이션으로 AWS Management Console에 로그인하기",
    "en": "Signing in to the AWS Management Console with SAML 2.0 federation",
}
ALT = {
    "ko": (
        "사용자가 브라우저로 회사 IdP 포털에 접속해 회사 계정으로 로그인합니다(1). "
        "IdP는 사용자와 수임할 역할 정보를 담아 디지털 서명한 XML 문서인 SAML 어설션을 인증 응답으로 돌려줍니다(2). "
        "브라우저는 이 응답을 AWS 로그인 엔드포인트 signin.aws.amazon.com/saml로 POST합니다(3). "
        "AWS는 서명을 검증한 뒤 AWS STS의 AssumeRoleWithSAML로 임시 자격 증명을 받고(4, 5), "
        "그 자격 증명으로 만든 콘솔 로그인 URL로 브라우저를 리디렉션합니다(6). 사용자는 역할의 권한으로 콘솔에 들어갑니다(7)."
    ),
    "en": (
        "The user opens the company IdP portal in a browser and signs in with a company account (1). "
        "The IdP returns an authentication response containing a SAML assertion, an XML document it has digitally signed, that identifies the user and the role to assume (2). "
        "The browser POSTs that response to the AWS sign-in endpoint, signin.aws.amazon.com/saml (3). "
        "AWS validates the signature and gets temporary credentials from AWS STS with AssumeRoleWithSAML (4, 5), "
        "then redirects the browser to a console sign-in URL built from those credentials (6). The user enters the console with the role's permissions (7)."
    ),
}
LABELS = {
    "company": {"ko": "회사 네트워크", "en": "Company network"},
    "aws": {"ko": "AWS", "en": "AWS"},
    "user": {"ko": "사용자(브라우저)", "en": "User (browser)"},
    "idp": {
        "ko": "회사 IdP\n(AD FS, Okta, Entra ID 등)",
        "en": "Company IdP\n(AD FS, Okta, Entra ID, …)",
    },
    "signin": {
        "ko": "AWS 로그인 엔드포인트\nsignin.aws.amazon.com/saml",
        "en": "AWS sign-in endpoint\nsignin.aws.amazon.com/saml",
    },
    "sts": {"ko": "AWS STS", "en": "AWS STS"},
    "console": {"ko": "AWS Management Console", "en": "AWS Management Console"},
    "s12": {
        "ko": "1. 회사 계정으로 로그인 →\n← 2. SAML 응답\n(서명된 XML 어설션)",
        "en": "1. Sign in with company account →\n← 2. SAML response\n(signed XML assertion)",
    },
    "s3": {"ko": "3. 어설션을 POST", "en": "3. POST the assertion"},
    "s45": {
        "ko": "4. AssumeRoleWithSAML →\n← 5. 임시 자격 증명",
        "en": "4. AssumeRoleWithSAML →\n← 5. Temporary credentials",
    },
    "s6": {"ko": "6. 콘솔 로그인 URL로\n리디렉션", "en": "6. Redirect to the\nconsole sign-in URL"},
    "s7": {
        "ko": "7. 역할의 권한으로 콘솔 사용",
        "en": "7. Use the console with the role's permissions",
    },
}


def draw(t):
    with Cluster(t("company")):
        idp = OfficeBuilding(t("idp"))
    user = User(t("user"))
    with Cluster(t("aws")):
        signin = IdentityAndAccessManagementIam(t("signin"))
        sts = IdentityAndAccessManagementIamAWSSts(t("sts"))
        console = ManagementConsole(t("console"))
    idp - Edge(label=t("s12"), forward=True, reverse=True) - user
    user >> Edge(label=t("s3"), color="darkblue") >> signin
    signin - Edge(label=t("s45"), forward=True, reverse=True) - sts
    signin >> Edge(label=t("s6"), style="dashed") >> user
    user >> Edge(label=t("s7"), color="darkgreen") >> console
