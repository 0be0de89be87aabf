"""Amazon RDS Multi-AZ DB instance deployment with a read replica."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import RDSInstance

DIRECTION = "LR"
CAPTION = {
    "ko": "RDS 다중 AZ DB 인스턴스 배포와 읽기 전용 복제본",
    "en": "An RDS Multi-AZ DB instance deployment with a read replica",
}
ALT = {
    "ko": (
        "한 리전의 세 가용 영역에 걸친 Amazon RDS 구성입니다. 애플리케이션 서버는 DB 엔드포인트로 가용 영역 A의 주 DB 인스턴스에 읽기와 쓰기를 보냅니다. "
        "주 인스턴스는 가용 영역 B의 대기 인스턴스로 데이터를 동기식으로 복제하며, 대기 인스턴스는 읽기를 처리하지 않고 장애 조치 때 새 주 인스턴스가 됩니다. "
        "주 인스턴스는 가용 영역 C의 읽기 전용 복제본으로도 비동기식으로 복제하고, 애플리케이션은 복제본의 별도 엔드포인트로 읽기 쿼리만 보냅니다."
    ),
    "en": (
        "An Amazon RDS setup across three Availability Zones of one Region. The application server sends reads and writes through the DB endpoint to the primary DB instance in AZ A. "
        "The primary replicates synchronously to a standby in AZ B, which serves no reads and becomes the new primary on failover. "
        "The primary also replicates asynchronously to a read replica in AZ C, and the application sends read-only queries to the replica's own endpoint."
    ),
}
LABELS = {
    "region": {"ko": "리전", "en": "Region"},
    "az_a": {"ko": "가용 영역 A", "en": "Availability Zone A"},
    "az_b": {"ko": "가용 영역 B", "en": "Availability Zone B"},
    "az_c": {"ko": "가용 영역 C", "en": "Availability Zone C"},
    "app": {"ko": "애플리케이션 서버", "en": "Application server"},
    "primary": {"ko": "주 DB 인스턴스", "en": "Primary DB instance"},
    "standby": {"ko": "대기 DB 인스턴스\n(읽기 불가)", "en": "Standby DB instance\n(no reads)"},
    "replica": {"ko": "읽기 전용 복제본", "en": "Read replica"},
    "rw": {"ko": "읽기·쓰기\n(DB 엔드포인트)", "en": "Reads and writes\n(DB endpoint)"},
    "read": {"ko": "읽기만\n(복제본 엔드포인트)", "en": "Reads only\n(replica endpoint)"},
    "sync": {"ko": "동기식 복제", "en": "Synchronous replication"},
    "async": {"ko": "비동기식 복제", "en": "Asynchronous replication"},
}


def draw(t):
    with Cluster(t("region")):
        app = EC2(t("app"))
        with Cluster(t("az_a")):
            primary = RDSInstance(t("primary"))
        with Cluster(t("az_b")):
            standby = RDSInstance(t("standby"))
        with Cluster(t("az_c")):
            replica = RDSInstance(t("replica"))
    app >> Edge(label=t("rw")) >> primary
    app >> Edge(label=t("read"), style="dashed") >> replica
    primary >> Edge(label=t("sync"), color="darkgreen") >> standby
    primary >> Edge(label=t("async"), style="dashed", color="darkorange") >> replica
