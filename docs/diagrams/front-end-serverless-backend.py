"""A serverless web and mobile backend: Amplify Hosting, Cognito, AppSync or API Gateway, Lambda, DynamoDB."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import Dynamodb
from diagrams.aws.general import Users
from diagrams.aws.mobile import Amplify, APIGateway, Appsync
from diagrams.aws.security import Cognito

DIRECTION = "LR"
CAPTION = {
    "ko": "서버리스 웹·모바일 백엔드: Amplify Hosting, Cognito, AppSync 또는 API Gateway, Lambda, DynamoDB",
    "en": "A serverless web and mobile backend: Amplify Hosting, Cognito, AppSync or API Gateway, Lambda, DynamoDB",
}
ALT = {
    "ko": (
        "1. 브라우저는 Amplify Hosting에서 웹 앱의 정적 파일을 받습니다(모바일 앱은 앱 스토어로 설치합니다). "
        "2. 사용자는 Amazon Cognito 사용자 풀에 로그인해 토큰을 받습니다. "
        "3. 앱은 그 토큰을 붙여 백엔드 API를 호출합니다. GraphQL과 실시간 구독이 필요하면 AWS AppSync, "
        "REST나 WebSocket API가 필요하면 Amazon API Gateway이며, 둘 다 Cognito 토큰을 검증합니다. "
        "4. AppSync는 해석기로 DynamoDB 테이블을 직접 읽고 쓸 수 있고, 업무 로직이 필요한 요청은 Lambda 함수로 보냅니다. "
        "API Gateway는 Lambda 함수를 호출합니다. 5. Lambda 함수가 DynamoDB 테이블을 읽고 씁니다. "
        "6. AppSync는 데이터가 바뀌면 구독한 클라이언트에 WebSocket으로 변경을 밀어 줍니다. 어느 단계에도 사용자가 관리하는 서버가 없습니다."
    ),
    "en": (
        "1. The browser loads the web app's static files from Amplify Hosting (a mobile app is installed from an app store). "
        "2. Users sign in to an Amazon Cognito user pool and get tokens. "
        "3. The app calls the backend API with the token: AWS AppSync when it needs GraphQL and real-time subscriptions, "
        "Amazon API Gateway when it needs a REST or WebSocket API; both check the Cognito token. "
        "4. AppSync can read and write a DynamoDB table directly through a resolver and sends requests that need business logic to a Lambda function; "
        "API Gateway invokes a Lambda function. 5. The Lambda function reads and writes the DynamoDB table. "
        "6. When data changes, AppSync pushes the change over WebSockets to subscribed clients. No step has a server for you to manage."
    ),
}
LABELS = {
    "users": {"ko": "웹 브라우저·\n모바일 앱", "en": "Web browser or\nmobile app"},
    "amplify": {
        "ko": "Amplify Hosting\n(정적 파일, CI/CD)",
        "en": "Amplify Hosting\n(static files, CI/CD)",
    },
    "cognito": {"ko": "Cognito 사용자 풀", "en": "Cognito user pool"},
    "api": {"ko": "API 계층(둘 중 하나 또는 둘 다)", "en": "API layer (either or both)"},
    "appsync": {"ko": "AWS AppSync\n(GraphQL, 실시간)", "en": "AWS AppSync\n(GraphQL, real time)"},
    "apigw": {
        "ko": "Amazon API Gateway\n(REST, HTTP, WebSocket)",
        "en": "Amazon API Gateway\n(REST, HTTP, WebSocket)",
    },
    "fn": {"ko": "Lambda 함수", "en": "Lambda function"},
    "ddb": {"ko": "DynamoDB 테이블", "en": "DynamoDB table"},
    "e1": {"ko": "1. 웹 앱 받기", "en": "1. Load the web app"},
    "e2": {"ko": "2. 로그인, 토큰", "en": "2. Sign in, tokens"},
    "e3a": {"ko": "3. GraphQL + 토큰", "en": "3. GraphQL + token"},
    "e3b": {"ko": "3. REST + 토큰", "en": "3. REST + token"},
    "e4a": {"ko": "4. 해석기", "en": "4. Resolver"},
    "e4b": {"ko": "4. 함수 호출", "en": "4. Invoke"},
    "e5": {"ko": "5. 읽기·쓰기", "en": "5. Read and write"},
    "e6": {"ko": "6. 구독: 변경 푸시", "en": "6. Subscription:\npush changes"},
}


def draw(t):
    users = Users(t("users"))
    amplify = Amplify(t("amplify"))
    cognito = Cognito(t("cognito"))
    with Cluster(t("api")):
        appsync = Appsync(t("appsync"))
        apigw = APIGateway(t("apigw"))
    fn = Lambda(t("fn"))
    ddb = Dynamodb(t("ddb"))
    users >> Edge(label=t("e1")) >> amplify
    users >> Edge(label=t("e2")) >> cognito
    users >> Edge(label=t("e3a")) >> appsync
    users >> Edge(label=t("e3b")) >> apigw
    appsync >> Edge(label=t("e4a")) >> ddb
    appsync >> fn
    apigw >> Edge(label=t("e4b")) >> fn
    fn >> Edge(label=t("e5")) >> ddb
    appsync >> Edge(label=t("e6"), style="dashed") >> users
