"""An S3 Lifecycle rule that moves objects to cheaper storage classes as they age, then expires them."""

from diagrams import Cluster, Edge
from diagrams.aws.storage import S3Glacier, SimpleStorageServiceS3, SimpleStorageServiceS3Object
from diagrams.generic.blank import Blank

DIRECTION = "LR"
CAPTION = {
    "ko": "수명 주기 규칙에 따라 스토리지 클래스를 옮겨 가는 객체",
    "en": "An object moving through storage classes under a Lifecycle rule",
}
ALT = {
    "ko": (
        "새로 업로드한 객체는 S3 Standard에 저장됩니다. 수명 주기 규칙의 예에 따라 생성 30일 후 S3 Standard-IA로, "
        "90일 후 S3 Glacier Flexible Retrieval로, 180일 후 S3 Glacier Deep Archive로 전환되고, 7년(2,555일) 후 만료되어 삭제됩니다. "
        "왼쪽의 클래스일수록 저장 요금이 비싸고 즉시 읽을 수 있으며, 오른쪽으로 갈수록 저장 요금은 싸지만 검색 요금과 복원 시간, 최소 보관 기간이 생깁니다. "
        "액세스 패턴을 알 수 없는 데이터는 규칙 대신 S3 Intelligent-Tiering에 두어 자동으로 계층을 옮기게 할 수 있습니다."
    ),
    "en": (
        "A newly uploaded object is stored in S3 Standard. Under this example Lifecycle rule it transitions to S3 Standard-IA 30 days after creation, "
        "to S3 Glacier Flexible Retrieval after 90 days and to S3 Glacier Deep Archive after 180 days, and it expires (is deleted) after seven years (2,555 days). "
        "Classes on the left cost more to store and are readable at once; towards the right storage gets cheaper but retrieval fees, restore times and minimum storage durations appear. "
        "Data with unknown access patterns can instead go to S3 Intelligent-Tiering, which moves objects between its tiers automatically."
    ),
}
LABELS = {
    "obj": {"ko": "새 객체 업로드", "en": "New object uploaded"},
    "hot": {"ko": "밀리초 액세스", "en": "Millisecond access"},
    "cold": {"ko": "아카이브(복원 필요)", "en": "Archive (restore first)"},
    "std": {"ko": "S3 Standard", "en": "S3 Standard"},
    "ia": {"ko": "S3 Standard-IA\n(최소 30일)", "en": "S3 Standard-IA\n(30-day minimum)"},
    "gfr": {
        "ko": "S3 Glacier Flexible Retrieval\n(최소 90일, 분~시간)",
        "en": "S3 Glacier Flexible Retrieval\n(90-day minimum, minutes to hours)",
    },
    "gda": {
        "ko": "S3 Glacier Deep Archive\n(최소 180일, 12~48시간)",
        "en": "S3 Glacier Deep Archive\n(180-day minimum, 12-48 hours)",
    },
    "del": {"ko": "만료(삭제)", "en": "Expired (deleted)"},
    "d0": {"ko": "0일", "en": "Day 0"},
    "d30": {"ko": "30일 후 전환", "en": "Transition after 30 days"},
    "d90": {"ko": "90일 후 전환", "en": "Transition after 90 days"},
    "d180": {"ko": "180일 후 전환", "en": "Transition after 180 days"},
    "d2555": {"ko": "2,555일(7년) 후 만료", "en": "Expire after 2,555 days (7 years)"},
}


def draw(t):
    obj = SimpleStorageServiceS3Object(t("obj"))
    with Cluster(t("hot")):
        std = SimpleStorageServiceS3(t("std"))
        ia = SimpleStorageServiceS3(t("ia"))
    with Cluster(t("cold")):
        gfr = S3Glacier(t("gfr"))
        gda = S3Glacier(t("gda"))
    gone = Blank(t("del"))
    obj >> Edge(label=t("d0")) >> std
    std >> Edge(label=t("d30")) >> ia
    ia >> Edge(label=t("d90")) >> gfr
    gfr >> Edge(label=t("d180")) >> gda
    gda >> Edge(label=t("d2555"), style="dashed", color="firebrick") >> gone
