"""Serverless inventory lab: S3 upload -> Lambda -> DynamoDB -> DynamoDB Streams -> Lambda -> SNS."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import LambdaFunction
from diagrams.aws.database import DynamodbStreams, DynamodbTable
from diagrams.aws.general import MobileClient, User
from diagrams.aws.integration import SimpleNotificationServiceSnsTopic
from diagrams.aws.management import CloudwatchLogs
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
CAPTION = {
    "ko": "서버리스 재고 관리 시스템의 흐름",
    "en": "The flow of the serverless inventory system",
}
ALT = {
    "ko": (
        "매장 직원이 재고 CSV 파일을 S3 버킷에 올리면, S3 이벤트 알림이 첫 번째 Lambda 함수(Load-Inventory)를 호출합니다. "
        "이 함수는 파일을 내려받아 한 줄씩 읽으며 DynamoDB의 Inventory 테이블에 항목을 씁니다. "
        "테이블의 DynamoDB Streams가 바뀐 항목을 기록하고, Lambda가 스트림을 폴링해 두 번째 함수(Check-Stock)에 레코드를 배치로 넘깁니다. "
        "두 번째 함수는 재고 수량이 0이 된 항목을 찾으면 SNS의 NoStock 주제에 메시지를 게시하고, 주제를 구독한 관리자가 이메일이나 SMS로 알림을 받습니다. "
        "두 함수의 로그는 CloudWatch Logs에 남습니다."
    ),
    "en": (
        "A store employee uploads an inventory CSV file to an S3 bucket, and an S3 event notification invokes the first Lambda function, Load-Inventory. "
        "That function downloads the file, reads it line by line and writes items to the Inventory table in DynamoDB. "
        "The table's DynamoDB stream records the changed items; Lambda polls the stream and passes the records in batches to the second function, Check-Stock. "
        "When the second function finds an item whose stock count has reached zero, it publishes a message to the NoStock SNS topic, and the managers subscribed to the topic get an email or SMS. "
        "Both functions write their logs to CloudWatch Logs."
    ),
}
LABELS = {
    "staff": {"ko": "매장 직원", "en": "Store employee"},
    "region": {"ko": "AWS 리전 (서버 없음)", "en": "AWS Region (no servers)"},
    "bucket": {"ko": "S3 버킷\n(재고 파일)", "en": "S3 bucket\n(inventory files)"},
    "load": {"ko": "Lambda #1\nLoad-Inventory", "en": "Lambda #1\nLoad-Inventory"},
    "table": {"ko": "DynamoDB\nInventory 테이블", "en": "DynamoDB\nInventory table"},
    "stream": {"ko": "DynamoDB Streams", "en": "DynamoDB Streams"},
    "check": {"ko": "Lambda #2\nCheck-Stock", "en": "Lambda #2\nCheck-Stock"},
    "topic": {"ko": "SNS 주제\nNoStock", "en": "SNS topic\nNoStock"},
    "logs": {"ko": "CloudWatch Logs", "en": "CloudWatch Logs"},
    "email": {"ko": "관리자 (이메일)", "en": "Manager (email)"},
    "sms": {"ko": "관리자 (SMS)", "en": "Manager (SMS)"},
    "s1": {"ko": "① CSV 업로드", "en": "① Upload CSV"},
    "s2": {
        "ko": "② 객체 생성 이벤트\n(비동기 호출)",
        "en": "② Object-created event\n(asynchronous invoke)",
    },
    "s3": {"ko": "③ 파일 내려받기", "en": "③ Download the file"},
    "s4": {"ko": "④ 줄마다 항목 쓰기", "en": "④ Write an item per line"},
    "s5": {"ko": "⑤ 변경 레코드", "en": "⑤ Change records"},
    "s6": {"ko": "⑥ 배치로 전달\n(이벤트 소스 매핑)", "en": "⑥ Batches\n(event source mapping)"},
    "s7": {"ko": "⑦ 재고 0이면 게시", "en": "⑦ Publish when stock is 0"},
    "s8": {"ko": "⑧ 알림", "en": "⑧ Notify"},
}


def draw(t):
    staff = User(t("staff"))
    with Cluster(t("region")):
        bucket = SimpleStorageServiceS3Bucket(t("bucket"))
        load = LambdaFunction(t("load"))
        table = DynamodbTable(t("table"))
        stream = DynamodbStreams(t("stream"))
        check = LambdaFunction(t("check"))
        topic = SimpleNotificationServiceSnsTopic(t("topic"))
        logs = CloudwatchLogs(t("logs"))
    email = User(t("email"))
    sms = MobileClient(t("sms"))
    staff >> Edge(label=t("s1")) >> bucket
    bucket >> Edge(label=t("s2"), color="darkorange") >> load
    load >> Edge(label=t("s3"), style="dashed") >> bucket
    load >> Edge(label=t("s4"), color="darkgreen") >> table
    table >> Edge(label=t("s5")) >> stream
    stream >> Edge(label=t("s6"), color="darkorange") >> check
    check >> Edge(label=t("s7"), color="firebrick") >> topic
    topic >> Edge(label=t("s8")) >> email
    topic >> Edge(label=t("s8")) >> sms
    load >> Edge(style="dotted", color="gray") >> logs
    check >> Edge(style="dotted", color="gray") >> logs
