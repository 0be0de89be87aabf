"""Clickstream ingestion: producers, Kinesis Data Streams, Lambda and Data Firehose, S3, Athena, QuickSight."""

from diagrams import Cluster, Edge
from diagrams.aws.analytics import Athena, KinesisDataFirehose, KinesisDataStreams, Quicksight
from diagrams.aws.compute import Lambda
from diagrams.aws.database import Dynamodb
from diagrams.aws.general import MobileClient, Users
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
CAPTION = {
    "ko": "클릭스트림 수집: Kinesis Data Streams에서 실시간 처리와 데이터 레이크로",
    "en": "Clickstream ingestion: Kinesis Data Streams feeding real-time processing and a data lake",
}
ALT = {
    "ko": (
        "웹 브라우저와 모바일 앱(생산자)이 클릭 이벤트를 사용자 ID를 파티션 키로 삼아 Kinesis Data Streams의 "
        "데이터 스트림에 씁니다. 같은 스트림을 두 소비자가 따로 읽습니다. 첫째, Lambda 함수가 이벤트 소스 매핑으로 "
        "레코드를 배치로 받아 실시간 집계(예: 지금 많이 본 상품)를 DynamoDB 테이블에 씁니다. 둘째, Amazon Data "
        "Firehose가 같은 레코드를 버퍼링해 Parquet 형식으로 바꾸고 날짜별 접두사로 나누어 S3 버킷에 파일로 전달합니다. "
        "분석가는 Athena로 S3의 데이터를 SQL로 조회하고, QuickSight 대시보드가 Athena를 데이터 원본으로 삼아 "
        "결과를 시각화합니다."
    ),
    "en": (
        "Web browsers and mobile apps (the producers) write click events to a Kinesis data stream, using the user ID "
        "as the partition key. Two consumers read the same stream independently. First, a Lambda function receives "
        "batches of records through an event source mapping and writes real-time aggregates (such as the most viewed "
        "products right now) to a DynamoDB table. Second, Amazon Data Firehose buffers the same records, converts "
        "them to Parquet and delivers them as files to an S3 bucket under date-based prefixes. Analysts query the data "
        "in S3 with SQL through Athena, and a QuickSight dashboard uses Athena as its data source to visualize the results."
    ),
}
LABELS = {
    "producers": {"ko": "생산자", "en": "Producers"},
    "web": {"ko": "웹 브라우저", "en": "Web browsers"},
    "app": {"ko": "모바일 앱", "en": "Mobile apps"},
    "kds": {
        "ko": "Kinesis Data Streams\n(샤드, 보존 기간)",
        "en": "Kinesis Data Streams\n(shards, retention)",
    },
    "put": {
        "ko": "1. PutRecords\n(파티션 키: 사용자 ID)",
        "en": "1. PutRecords\n(partition key: user ID)",
    },
    "realtime": {"ko": "실시간 경로", "en": "Real-time path"},
    "lambda": {"ko": "Lambda\n(실시간 집계)", "en": "Lambda\n(real-time aggregates)"},
    "ddb": {"ko": "DynamoDB\n(인기 상품)", "en": "DynamoDB\n(trending items)"},
    "batch": {"ko": "2a. 배치로 폴링", "en": "2a. Polls in batches"},
    "lake": {"ko": "데이터 레이크 경로", "en": "Data lake path"},
    "firehose": {
        "ko": "Data Firehose\n(버퍼링, Parquet 변환)",
        "en": "Data Firehose\n(buffering, Parquet)",
    },
    "read": {"ko": "2b. 같은 레코드를\n따로 읽음", "en": "2b. Reads the same\nrecords separately"},
    "s3": {"ko": "S3 버킷\nclicks/dt=…/", "en": "S3 bucket\nclicks/dt=…/"},
    "deliver": {"ko": "3. 파일로 전달", "en": "3. Delivers files"},
    "athena": {"ko": "Athena\n(SQL 조회)", "en": "Athena\n(SQL queries)"},
    "query": {"ko": "4. 스캔한 만큼 과금", "en": "4. Billed per data scanned"},
    "qs": {"ko": "QuickSight\n대시보드", "en": "QuickSight\ndashboard"},
    "users": {"ko": "분석가", "en": "Analysts"},
}


def draw(t):
    with Cluster(t("producers")):
        web = Users(t("web"))
        app = MobileClient(t("app"))
    kds = KinesisDataStreams(t("kds"))
    web >> Edge(label=t("put")) >> kds
    app >> kds
    with Cluster(t("realtime")):
        fn = Lambda(t("lambda"))
        table = Dynamodb(t("ddb"))
    kds >> Edge(label=t("batch")) >> fn >> table
    with Cluster(t("lake")):
        firehose = KinesisDataFirehose(t("firehose"))
        bucket = SimpleStorageServiceS3Bucket(t("s3"))
        athena = Athena(t("athena"))
        dashboard = Quicksight(t("qs"))
    kds >> Edge(label=t("read")) >> firehose
    firehose >> Edge(label=t("deliver")) >> bucket
    bucket >> Edge(label=t("query")) >> athena >> dashboard
    dashboard >> Users(t("users"))
