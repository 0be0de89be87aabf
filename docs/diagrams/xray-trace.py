"""One request through API Gateway, Lambda and DynamoDB as AWS X-Ray records and shows it."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import Dynamodb
from diagrams.aws.devtools import XRay
from diagrams.aws.general import Users
from diagrams.aws.network import APIGateway

DIRECTION = "LR"
CAPTION = {
    "ko": "X-Ray가 보여 주는 요청 하나의 추적: API Gateway → Lambda → DynamoDB",
    "en": "One request traced by X-Ray: API Gateway → Lambda → DynamoDB",
}
ALT = {
    "ko": (
        "1. 클라이언트가 API Gateway로 요청을 보냅니다. 추적이 켜진 API Gateway 스테이지가 추적 ID를 정하고, 자기 구간을 세그먼트로 기록합니다. "
        "2. API Gateway가 추적 ID 헤더를 붙여 Lambda 함수를 호출합니다. Lambda는 함수 세그먼트를 기록하고, 그 안에 초기화와 호출 시간을 나눠 남깁니다. "
        "3. 함수 코드가 DynamoDB를 호출하면 그 호출은 하위 세그먼트로 기록되어, DynamoDB에서 걸린 시간과 오류가 따로 보입니다. "
        "4. 모든 세그먼트가 같은 추적 ID로 X-Ray에 모이고, X-Ray는 이를 이어 트레이스 맵(서비스 사이의 연결과 지연 시간, 오류율)과 요청 하나의 타임라인으로 보여 줍니다. "
        "어느 구간이 느린지, 어디서 오류가 났는지를 한눈에 찾을 수 있습니다."
    ),
    "en": (
        "1. A client sends a request to API Gateway. The API Gateway stage, with tracing on, sets a trace ID and records its own part as a segment. "
        "2. API Gateway invokes the Lambda function with the trace ID header. Lambda records a function segment, split into initialization and invocation time. "
        "3. When the function code calls DynamoDB, that call is recorded as a subsegment, so the time spent in DynamoDB and its errors show up separately. "
        "4. Every segment reaches X-Ray under the same trace ID, and X-Ray joins them into a trace map (the connections between services, with latency and error rates) and a timeline of the one request. "
        "You can see at a glance which part is slow and where an error happened."
    ),
}
LABELS = {
    "client": {"ko": "클라이언트", "en": "Client"},
    "trace": {"ko": "추적 ID 하나로 이어진 요청", "en": "One request, one trace ID"},
    "apigw": {"ko": "API Gateway\n세그먼트", "en": "API Gateway\nsegment"},
    "fn": {
        "ko": "Lambda 함수\n세그먼트\n(초기화, 호출)",
        "en": "Lambda function\nsegment\n(init, invocation)",
    },
    "ddb": {"ko": "DynamoDB\n하위 세그먼트", "en": "DynamoDB\nsubsegment"},
    "xray": {"ko": "AWS X-Ray\n트레이스 맵과 타임라인", "en": "AWS X-Ray\ntrace map and timeline"},
    "s1": {"ko": "1. 요청", "en": "1. request"},
    "s2": {"ko": "2. 추적 ID 헤더와 함께 호출", "en": "2. invoke with trace header"},
    "s3": {"ko": "3. GetItem", "en": "3. GetItem"},
    "s4": {"ko": "4. 세그먼트 전송", "en": "4. segments sent"},
}


def draw(t):
    client = Users(t("client"))
    with Cluster(t("trace")):
        apigw = APIGateway(t("apigw"))
        fn = Lambda(t("fn"))
        ddb = Dynamodb(t("ddb"))
    xray = XRay(t("xray"))
    client >> Edge(label=t("s1")) >> apigw
    apigw >> Edge(label=t("s2")) >> fn
    fn >> Edge(label=t("s3")) >> ddb
    [apigw, fn] >> Edge(label=t("s4"), style="dashed", color="darkorange") >> xray
