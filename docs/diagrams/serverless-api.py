"""A serverless web application: static content from S3 through CloudFront, dynamic API through API Gateway, Lambda and DynamoDB."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import Dynamodb
from diagrams.aws.general import Users
from diagrams.aws.network import APIGateway, CloudFront
from diagrams.aws.security import Cognito
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
CAPTION = {
    "ko": "서버리스 웹 애플리케이션: API Gateway + Lambda + DynamoDB",
    "en": "A serverless web application: API Gateway + Lambda + DynamoDB",
}
ALT = {
    "ko": (
        "브라우저는 HTML, CSS, JavaScript 같은 정적 콘텐츠를 CloudFront를 통해 S3 버킷에서 받습니다. "
        "사용자는 Amazon Cognito 사용자 풀에 로그인해 토큰을 받고, 동적 요청은 그 토큰과 함께 API Gateway로 보냅니다. "
        "API Gateway는 Cognito 사용자 풀 권한 부여자로 토큰을 검증한 뒤 Lambda 함수를 호출하고, "
        "Lambda 함수가 DynamoDB 테이블을 읽고 씁니다. 어느 단계에도 사용자가 관리하는 서버가 없습니다."
    ),
    "en": (
        "The browser loads static content such as HTML, CSS and JavaScript from an S3 bucket through CloudFront. "
        "Users sign in to an Amazon Cognito user pool to get a token and send dynamic requests with that token to API Gateway. "
        "API Gateway checks the token with a Cognito authorizer, then invokes a Lambda function, "
        "which reads and writes a DynamoDB table. No step has a server for you to manage."
    ),
}
LABELS = {
    "users": {"ko": "브라우저·모바일 앱", "en": "Browser or mobile app"},
    "static": {"ko": "정적 콘텐츠", "en": "Static content"},
    "cf": {"ko": "CloudFront", "en": "CloudFront"},
    "s3": {"ko": "S3 버킷\n(HTML, JS, 이미지)", "en": "S3 bucket\n(HTML, JS, images)"},
    "auth": {"ko": "인증", "en": "Sign-in"},
    "cognito": {"ko": "Cognito 사용자 풀", "en": "Cognito user pool"},
    "dynamic": {"ko": "동적 요청(API)", "en": "Dynamic requests (API)"},
    "apigw": {
        "ko": "API Gateway\n(Cognito 권한 부여자가\n토큰 검증, 요청 제한)",
        "en": "API Gateway\n(Cognito authorizer checks\nthe token; throttling)",
    },
    "fn": {"ko": "Lambda 함수", "en": "Lambda function"},
    "ddb": {"ko": "DynamoDB 테이블", "en": "DynamoDB table"},
    "e1": {"ko": "1. 정적 파일 요청", "en": "1. Get static files"},
    "e2": {"ko": "2. 로그인, 토큰 받기", "en": "2. Sign in, get a token"},
    "e3": {"ko": "3. API 호출 + 토큰", "en": "3. API call + token"},
    "e4": {"ko": "4. 함수 호출", "en": "4. Invoke"},
    "e5": {"ko": "5. 읽기·쓰기", "en": "5. Read and write"},
}


def draw(t):
    users = Users(t("users"))
    with Cluster(t("static")):
        cf = CloudFront(t("cf"))
        s3 = SimpleStorageServiceS3Bucket(t("s3"))
        cf >> s3
    with Cluster(t("auth")):
        cognito = Cognito(t("cognito"))
    with Cluster(t("dynamic")):
        apigw = APIGateway(t("apigw"))
        fn = Lambda(t("fn"))
        ddb = Dynamodb(t("ddb"))
    users >> Edge(label=t("e1")) >> cf
    users >> Edge(label=t("e2")) >> cognito
    users >> Edge(label=t("e3")) >> apigw
    apigw >> Edge(label=t("e4")) >> fn
    fn >> Edge(label=t("e5")) >> ddb
