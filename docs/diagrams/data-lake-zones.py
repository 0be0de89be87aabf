"""A data lake on S3: raw, processed and curated zones, the Glue Data Catalog, its query engines and Lake Formation."""

from diagrams import Cluster, Edge
from diagrams.aws.analytics import (
    EMR,
    Athena,
    Glue,
    GlueCrawlers,
    GlueDataCatalog,
    KinesisDataFirehose,
    LakeFormation,
    Redshift,
)
from diagrams.aws.database import RDS
from diagrams.aws.general import GenericOfficeBuilding
from diagrams.aws.storage import SimpleStorageServiceS3Bucket

DIRECTION = "LR"
GRAPH_ATTR = {"nodesep": "0.6", "ranksep": "1.0"}
CAPTION = {
    "ko": "S3 위의 데이터 레이크: 영역, Glue Data Catalog, 조회 엔진, Lake Formation 권한",
    "en": "A data lake on S3: zones, the Glue Data Catalog, query engines and Lake Formation permissions",
}
ALT = {
    "ko": (
        "왼쪽의 원본 데이터(운영 데이터베이스, Data Firehose로 들어오는 스트림, AppFlow로 가져오는 SaaS 데이터)가 "
        "S3의 원시 영역에 원래 형식 그대로 쌓입니다. AWS Glue ETL 작업이 원시 데이터를 정리해 Parquet으로 바꾸고 날짜로 "
        "파티션을 나누어 처리 영역에 쓰고, 다시 집계해 업무용 테이블로 큐레이션 영역에 씁니다. Glue 크롤러가 데이터 레이크를 "
        "훑어 스키마와 파티션을 AWS Glue Data Catalog에 테이블로 등록합니다. Athena, Redshift Spectrum, EMR은 모두 이 "
        "카탈로그로 테이블을 찾아 S3의 데이터를 직접 읽습니다. AWS Lake Formation은 카탈로그의 데이터베이스, 테이블, "
        "열 단위로 누가 무엇을 읽을 수 있는지 권한을 부여하고, 조회 엔진은 그 권한에 따라 데이터에 접근합니다."
    ),
    "en": (
        "On the left, the sources (operational databases, streams arriving through Data Firehose, SaaS data brought in "
        "with AppFlow) land in the raw zone of S3 in their original format. AWS Glue ETL jobs clean the raw data, convert "
        "it to Parquet partitioned by date and write it to the processed zone, then aggregate it into business tables in "
        "the curated zone. A Glue crawler scans the data lake and registers their schemas and partitions as tables in "
        "the AWS Glue Data Catalog. Athena, Redshift Spectrum and EMR all find tables through this catalog and read the "
        "data in S3 directly. AWS Lake Formation grants who may read what at the level of catalog databases, tables and "
        "columns, and the query engines access the data under those permissions."
    ),
}
LABELS = {
    "sources": {"ko": "원본", "en": "Sources"},
    "db": {"ko": "운영 DB\n(RDS)", "en": "Operational DB\n(RDS)"},
    "stream": {"ko": "스트림\n(Data Firehose)", "en": "Streams\n(Data Firehose)"},
    "saas": {"ko": "SaaS 데이터\n(AppFlow)", "en": "SaaS data\n(AppFlow)"},
    "lake": {"ko": "Amazon S3 데이터 레이크", "en": "Amazon S3 data lake"},
    "raw": {"ko": "원시 영역\n(원래 형식)", "en": "Raw zone\n(original format)"},
    "processed": {
        "ko": "처리 영역\n(Parquet, 파티션)",
        "en": "Processed zone\n(Parquet, partitioned)",
    },
    "curated": {"ko": "큐레이션 영역\n(업무용 테이블)", "en": "Curated zone\n(business tables)"},
    "etl": {"ko": "Glue ETL 작업", "en": "Glue ETL jobs"},
    "clean": {"ko": "정리·변환", "en": "Clean, convert"},
    "agg": {"ko": "집계", "en": "Aggregate"},
    "crawler": {"ko": "Glue 크롤러", "en": "Glue crawler"},
    "catalog": {
        "ko": "Glue Data Catalog\n(테이블, 파티션)",
        "en": "Glue Data Catalog\n(tables, partitions)",
    },
    "register": {"ko": "스키마 등록", "en": "Registers schemas"},
    "lf": {
        "ko": "Lake Formation\n(테이블·열 권한)",
        "en": "Lake Formation\n(table, column grants)",
    },
    "grants": {"ko": "권한 부여", "en": "Grants"},
    "engines": {"ko": "조회 엔진", "en": "Query engines"},
    "athena": {"ko": "Athena", "en": "Athena"},
    "spectrum": {"ko": "Redshift Spectrum", "en": "Redshift Spectrum"},
    "emr": {"ko": "EMR", "en": "EMR"},
    "lookup": {"ko": "테이블 찾기", "en": "Look up tables"},
    "read": {"ko": "S3를 직접 읽음", "en": "Read S3 directly"},
}


def draw(t):
    with Cluster(t("sources")):
        db = RDS(t("db"))
        stream = KinesisDataFirehose(t("stream"))
        saas = GenericOfficeBuilding(t("saas"))
    with Cluster(t("lake")):
        raw = SimpleStorageServiceS3Bucket(t("raw"))
        processed = SimpleStorageServiceS3Bucket(t("processed"))
        curated = SimpleStorageServiceS3Bucket(t("curated"))
    etl = Glue(t("etl"))
    db >> raw
    stream >> raw
    saas >> raw
    raw >> Edge(label=t("clean")) >> etl
    etl >> processed
    processed >> Edge(label=t("agg")) >> curated
    crawler = GlueCrawlers(t("crawler"))
    catalog = GlueDataCatalog(t("catalog"))
    curated >> crawler
    crawler >> Edge(label=t("register")) >> catalog
    lf = LakeFormation(t("lf"))
    with Cluster(t("engines")):
        athena = Athena(t("athena"))
        spectrum = Redshift(t("spectrum"))
        emr = EMR(t("emr"))
    catalog >> Edge(label=t("lookup")) >> athena
    catalog >> spectrum
    catalog >> emr
    lf >> Edge(label=t("grants"), style="dashed") >> catalog
    curated >> Edge(label=t("read"), style="dotted") >> spectrum
