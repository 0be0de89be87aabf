"""How this site is hosted: readers through CloudFront to a private S3 bucket; deploys from
GitHub Actions through OIDC and an IAM role."""

from diagrams import Cluster, Edge
from diagrams.aws.general import User
from diagrams.aws.network import CloudFront
from diagrams.aws.security import IAMRole, IdentityAndAccessManagementIamAWSSts
from diagrams.aws.storage import SimpleStorageServiceS3Bucket
from diagrams.onprem.ci import GithubActions
from diagrams.programming.language import Javascript

DIRECTION = "TB"
CAPTION = {
    "ko": "이 사이트의 호스팅: CloudFront와 비공개 S3 버킷, GitHub Actions에서 OIDC로 배포",
    "en": "How this site is hosted: CloudFront, a private S3 bucket, and deploys from GitHub Actions through OIDC",
}
ALT = {
    "ko": (
        "그림에는 두 경로가 있습니다. 먼저 독자가 페이지를 읽는 경로입니다. 독자의 브라우저가 HTTPS로 CloudFront 배포에 요청하면, "
        "뷰어 요청마다 CloudFront 함수가 실행되어 /hosting/ 같은 주소를 /hosting/index.html로 바꿉니다. "
        "엣지 캐시에 없는 객체만 CloudFront가 오리진 액세스 제어(OAC)로 서명한 요청으로 S3 버킷에서 가져옵니다. "
        "버킷은 퍼블릭 액세스가 차단되어 있고, 버킷 정책은 이 배포의 요청만 허용합니다. "
        "다음은 위에서 아래로 이어지는 배포 경로입니다. 테스트와 빌드가 통과한 뒤에만 실행되는 GitHub Actions 배포 작업이 GitHub의 OIDC 토큰을 AWS STS에 제시해 "
        "배포용 IAM 역할을 수임하고 임시 자격 증명을 받습니다. 그 자격 증명으로 빌드한 파일을 S3 버킷에 올린 뒤 "
        "CloudFront 캐시를 무효화합니다. 저장소에는 장기 액세스 키가 없습니다."
    ),
    "en": (
        "The diagram shows two paths. First, how a reader gets a page: the reader's browser sends an HTTPS request to the CloudFront "
        "distribution; on every viewer request a CloudFront Function rewrites an address such as /hosting/ to "
        "/hosting/index.html. Only objects missing from the edge cache are fetched from the S3 bucket, with "
        "requests that CloudFront signs through origin access control (OAC). The bucket blocks public access and "
        "its bucket policy allows requests from this distribution only. "
        "Second, running from top to bottom, how the site is deployed: a GitHub Actions deploy job, which runs only after the tests and the build have passed, presents GitHub's OIDC token to "
        "AWS STS, assumes the deploy IAM role and receives temporary credentials. With them it uploads the built "
        "files to the S3 bucket and then invalidates the CloudFront cache. No long-term access key is stored in "
        "the repository."
    ),
}
LABELS = {
    "reader": {"ko": "독자(브라우저)", "en": "Reader (browser)"},
    "account": {"ko": "AWS 계정", "en": "AWS account"},
    "github": {"ko": "GitHub", "en": "GitHub"},
    "cloudfront": {"ko": "CloudFront 배포", "en": "CloudFront distribution"},
    "function": {"ko": "CloudFront 함수\n(URL 재작성)", "en": "CloudFront Function\n(URL rewrite)"},
    "bucket": {"ko": "S3 버킷\n(퍼블릭 액세스 차단)", "en": "S3 bucket\n(public access blocked)"},
    "workflow": {"ko": "GitHub Actions\n배포 작업", "en": "GitHub Actions\ndeploy job"},
    "sts": {"ko": "AWS STS", "en": "AWS STS"},
    "role": {"ko": "배포용 IAM 역할", "en": "Deploy IAM role"},
    "https": {"ko": "HTTPS 요청", "en": "HTTPS request"},
    "rewrite": {"ko": "뷰어 요청마다 실행", "en": "runs on every\nviewer request"},
    "oac": {"ko": "캐시 누락 시\nOAC 서명 요청", "en": "on a cache miss:\nrequest signed by OAC"},
    "oidc": {
        "ko": "① OIDC 토큰으로\nAssumeRoleWithWebIdentity",
        "en": "① AssumeRoleWithWebIdentity\nwith the OIDC token",
    },
    "credentials": {"ko": "② 임시 자격 증명", "en": "② temporary credentials"},
    "upload": {"ko": "③ 파일 업로드", "en": "③ upload files"},
    "invalidate": {"ko": "④ 캐시 무효화", "en": "④ invalidate the cache"},
}


def draw(t):
    reader = User(t("reader"))
    with Cluster(t("github")):
        workflow = GithubActions(t("workflow"))
    with Cluster(t("account")):
        cloudfront = CloudFront(t("cloudfront"))
        function = Javascript(t("function"))
        bucket = SimpleStorageServiceS3Bucket(t("bucket"))
        sts = IdentityAndAccessManagementIamAWSSts(t("sts"))
        role = IAMRole(t("role"))
    reader >> Edge(label=t("https")) >> cloudfront
    cloudfront - Edge(label=t("rewrite"), style="dashed") - function
    cloudfront >> Edge(label=t("oac")) >> bucket
    workflow >> Edge(label=t("oidc")) >> sts
    sts >> Edge(label=t("credentials")) >> role
    role >> Edge(label=t("upload"), color="darkgreen") >> bucket
    role >> Edge(label=t("invalidate"), color="darkgreen", style="dashed") >> cloudfront
