"""DynamoDB global tables: one table replicated across three Regions, multi-active."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.database import DynamodbTable
from diagrams.aws.general import Users

DIRECTION = "LR"
CAPTION = {
    "ko": "세 리전에 걸친 DynamoDB 글로벌 테이블(다중 활성)",
    "en": "A DynamoDB global table across three Regions (multi-active)",
}
ALT = {
    "ko": (
        "같은 DynamoDB 테이블의 복제본이 서울, 버지니아 북부, 아일랜드 세 리전에 있습니다. "
        "각 지역의 사용자는 가장 가까운 리전의 애플리케이션으로 요청을 보내고, 애플리케이션은 그 리전의 테이블 복제본에 직접 읽고 씁니다. "
        "한 리전에서 쓴 변경은 다른 두 리전의 복제본으로 자동 복제되며, 기본 모드에서는 보통 1초 안에 전달됩니다."
    ),
    "en": (
        "Replicas of the same DynamoDB table live in three Regions: Seoul, N. Virginia and Ireland. "
        "Users in each area send requests to the application in the nearest Region, which reads and writes that Region's replica directly. "
        "A change written in one Region is replicated automatically to the other two, usually within a second in the default mode."
    ),
}
LABELS = {
    "seoul": {"ko": "서울 리전", "en": "Seoul Region"},
    "virginia": {"ko": "버지니아 북부 리전", "en": "N. Virginia Region"},
    "ireland": {"ko": "아일랜드 리전", "en": "Ireland Region"},
    "users_kr": {"ko": "아시아 사용자", "en": "Users in Asia"},
    "users_us": {"ko": "미주 사용자", "en": "Users in the Americas"},
    "users_eu": {"ko": "유럽 사용자", "en": "Users in Europe"},
    "app": {"ko": "애플리케이션", "en": "Application"},
    "table": {"ko": "테이블 복제본", "en": "Table replica"},
    "rw": {"ko": "읽기·쓰기", "en": "Read/write"},
    "repl": {"ko": "자동 복제", "en": "Automatic replication"},
}


def draw(t):
    regions = [("seoul", "users_kr"), ("virginia", "users_us"), ("ireland", "users_eu")]
    tables = []
    for region, users in regions:
        people = Users(t(users))
        with Cluster(t(region)):
            app = Lambda(t("app"))
            table = DynamodbTable(t("table"))
        people >> app >> Edge(label=t("rw")) >> table
        tables.append(table)
    seoul, virginia, ireland = tables
    seoul - Edge(label=t("repl"), style="dashed", color="darkorange") - virginia
    virginia - Edge(label=t("repl"), style="dashed", color="darkorange") - ireland
    ireland - Edge(label=t("repl"), style="dashed", color="darkorange") - seoul
