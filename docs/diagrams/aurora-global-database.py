"""Aurora Global Database across two Regions, with failover to the secondary Region."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import Aurora, AuroraInstance

DIRECTION = "LR"
CAPTION = {
    "ko": "두 리전에 걸친 Aurora Global Database와 리전 장애 시의 장애 조치",
    "en": "An Aurora Global Database across two Regions, and failover when a Region fails",
}
ALT = {
    "ko": (
        "서울 리전에 기본 Aurora DB 클러스터(쓰기 인스턴스 하나와 Aurora 복제본)가 있고, 버지니아 북부 리전에 읽기 전용 보조 DB 클러스터가 있습니다. "
        "1. 두 리전의 애플리케이션 서버 가운데 서울의 서버는 기본 클러스터에 읽고 쓰며, 버지니아 북부의 서버는 보조 클러스터에서 읽기만 합니다. "
        "2. 기본 클러스터의 변경은 데이터베이스 엔진이 아니라 스토리지 계층에서 보조 클러스터로 비동기 복제되며, 지연은 보통 1초 미만입니다. "
        "3. 서울 리전에 장애가 나면 보조 클러스터를 새 기본 클러스터로 올리는 장애 조치를 하고, 버지니아 북부의 애플리케이션이 그곳에 쓰기 시작합니다. 복제되지 못한 몇 초 분량의 쓰기는 잃을 수 있습니다."
    ),
    "en": (
        "The primary Aurora DB cluster (a writer instance and an Aurora Replica) is in the Seoul Region, and a read-only secondary DB cluster is in the N. Virginia Region. "
        "1. The application servers in Seoul read and write the primary cluster; those in N. Virginia only read from the secondary cluster. "
        "2. Changes on the primary are replicated asynchronously to the secondary at the storage layer, not by the database engine, usually with less than a second of lag. "
        "3. If the Seoul Region fails, a failover promotes the secondary cluster to be the new primary, and the application in N. Virginia starts writing to it. The few seconds of writes not yet replicated can be lost."
    ),
}
LABELS = {
    "primary_region": {"ko": "서울 리전(기본)", "en": "Seoul Region (primary)"},
    "secondary_region": {"ko": "버지니아 북부 리전(보조)", "en": "N. Virginia Region (secondary)"},
    "app1": {"ko": "애플리케이션", "en": "Application"},
    "app2": {"ko": "애플리케이션", "en": "Application"},
    "primary": {"ko": "기본 DB 클러스터", "en": "Primary DB cluster"},
    "writer": {"ko": "쓰기 인스턴스", "en": "Writer instance"},
    "reader": {"ko": "Aurora 복제본", "en": "Aurora Replica"},
    "secondary": {"ko": "보조 DB 클러스터\n(읽기 전용)", "en": "Secondary DB cluster\n(read-only)"},
    "rw": {"ko": "읽기·쓰기", "en": "Read/write"},
    "ro": {"ko": "읽기", "en": "Reads"},
    "repl": {
        "ko": "2. 스토리지 복제(보통 1초 미만)",
        "en": "2. Storage replication (usually under 1 s)",
    },
    "failover": {
        "ko": "3. 장애 조치: 보조를 기본으로",
        "en": "3. Failover: secondary becomes primary",
    },
}


def draw(t):
    with Cluster(t("primary_region")):
        app1 = EC2(t("app1"))
        with Cluster(t("primary")):
            writer = Aurora(t("writer"))
            reader = AuroraInstance(t("reader"))
    with Cluster(t("secondary_region")):
        app2 = EC2(t("app2"))
        secondary = Aurora(t("secondary"))
    app1 >> Edge(label=t("rw")) >> writer
    writer - Edge(style="dotted") - reader
    writer >> Edge(label=t("repl"), style="dashed", color="darkorange") >> secondary
    app2 >> Edge(label=t("ro")) >> secondary
    secondary << Edge(label=t("failover"), color="firebrick", style="bold") << app2
