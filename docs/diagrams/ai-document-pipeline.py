"""An event-driven document-processing pipeline: S3 → Textract → Comprehend → DynamoDB."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import Dynamodb
from diagrams.aws.integration import SimpleNotificationServiceSnsTopic, SimpleQueueServiceSqsQueue
from diagrams.aws.ml import Comprehend, Textract
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
CAPTION = {
    "ko": "이벤트로 움직이는 문서 처리 파이프라인: S3 → Textract → Comprehend → DynamoDB",
    "en": "An event-driven document-processing pipeline: S3 → Textract → Comprehend → DynamoDB",
}
ALT = {
    "ko": (
        "1. 스캔한 문서(PDF, 이미지)가 S3 버킷에 업로드되면 S3 이벤트 알림이 첫 번째 Lambda 함수를 호출합니다. "
        "2. 이 함수는 Amazon Textract에 비동기 문서 분석 작업을 시작하고 바로 끝납니다. "
        "3. Textract는 분석이 끝나면 완료 상태를 Amazon SNS 주제에 게시하고, 주제를 구독한 SQS 대기열에 메시지가 쌓입니다. "
        "4. 두 번째 Lambda 함수가 대기열에서 메시지를 받아 Textract에서 추출 결과(텍스트, 양식의 키-값 쌍, 표)를 가져옵니다. "
        "5. 함수는 추출한 텍스트를 Amazon Comprehend에 보내 엔터티와 감정을 찾고, "
        "6. 문서 ID, 추출한 필드, 엔터티를 DynamoDB 테이블에 저장합니다. 어느 단계에도 사용자가 관리하는 서버가 없습니다."
    ),
    "en": (
        "1. When a scanned document (PDF or image) is uploaded to an S3 bucket, an S3 event notification invokes a first Lambda function. "
        "2. That function starts an asynchronous document analysis job in Amazon Textract and returns at once. "
        "3. When the analysis is done, Textract publishes the completion status to an Amazon SNS topic, and an SQS queue subscribed to the topic holds the message. "
        "4. A second Lambda function receives the message from the queue and gets the results from Textract (text, key-value pairs from forms, tables). "
        "5. The function sends the extracted text to Amazon Comprehend to find entities and sentiment, "
        "6. then stores the document ID, the extracted fields and the entities in a DynamoDB table. No step has a server for you to manage."
    ),
}
LABELS = {
    "s3": {"ko": "S3 버킷\n(스캔한 문서)", "en": "S3 bucket\n(scanned documents)"},
    "start": {"ko": "Lambda 함수\n(분석 시작)", "en": "Lambda function\n(start analysis)"},
    "ai": {"ko": "AI 서비스", "en": "AI services"},
    "textract": {
        "ko": "Amazon Textract\n(텍스트·양식·표)",
        "en": "Amazon Textract\n(text, forms, tables)",
    },
    "comprehend": {
        "ko": "Amazon Comprehend\n(엔터티·감정)",
        "en": "Amazon Comprehend\n(entities, sentiment)",
    },
    "notify": {"ko": "완료 알림", "en": "Completion notice"},
    "sns": {"ko": "SNS 주제", "en": "SNS topic"},
    "sqs": {"ko": "SQS 대기열", "en": "SQS queue"},
    "process": {"ko": "Lambda 함수\n(결과 처리)", "en": "Lambda function\n(process results)"},
    "ddb": {"ko": "DynamoDB 테이블", "en": "DynamoDB table"},
    "e1": {"ko": "1. 객체 생성 이벤트", "en": "1. Object created event"},
    "e2": {"ko": "2. 비동기 분석 시작", "en": "2. Start async analysis"},
    "e3": {"ko": "3. 완료 상태 게시", "en": "3. Publish completion"},
    "e3b": {"ko": "구독", "en": "Subscription"},
    "e4": {"ko": "4. 메시지 받고\n결과 가져오기", "en": "4. Receive, then\nget results"},
    "e5": {"ko": "5. 엔터티·감정 분석", "en": "5. Detect entities\nand sentiment"},
    "e6": {"ko": "6. 결과 저장", "en": "6. Store results"},
}


def draw(t):
    s3 = SimpleStorageServiceS3Bucket(t("s3"))
    start = Lambda(t("start"))
    with Cluster(t("ai")):
        textract = Textract(t("textract"))
        comprehend = Comprehend(t("comprehend"))
    with Cluster(t("notify")):
        sns = SimpleNotificationServiceSnsTopic(t("sns"))
        sqs = SimpleQueueServiceSqsQueue(t("sqs"))
    process = Lambda(t("process"))
    ddb = Dynamodb(t("ddb"))
    s3 >> Edge(label=t("e1")) >> start
    start >> Edge(label=t("e2")) >> textract
    textract >> Edge(label=t("e3")) >> sns
    sns >> Edge(label=t("e3b")) >> sqs
    sqs >> Edge(label=t("e4")) >> process
    process >> Edge(label=t("e5")) >> comprehend
    process >> Edge(label=t("e6")) >> ddb
