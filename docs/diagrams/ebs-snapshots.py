"""EBS snapshots: incremental backups kept in Amazon S3, restored in any zone or copied to another Region."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2Instance
from diagrams.aws.storage import ElasticBlockStoreEBSSnapshot, ElasticBlockStoreEBSVolume

DIRECTION = "LR"
CAPTION = {
    "ko": "EBS 스냅샷: Amazon S3에 증분으로 저장하고, 같은 리전의 다른 가용 영역이나 다른 리전에서 볼륨으로 복원합니다",
    "en": "EBS snapshots: stored incrementally in Amazon S3, restored as volumes in another zone or, after a copy, in another Region",
}
ALT = {
    "ko": (
        "리전 A의 가용 영역 A에서 인스턴스에 연결된 EBS 볼륨의 특정 시점 스냅샷을 만듭니다. "
        "스냅샷은 AWS가 관리하는 Amazon S3 저장소에 리전 단위로 보관되며, 첫 스냅샷 이후에는 바뀐 블록만 증분으로 저장합니다. "
        "이 스냅샷으로 같은 리전의 가용 영역 B에 새 볼륨을 만들어 다른 인스턴스에 연결할 수 있습니다. "
        "스냅샷을 리전 B로 복사하면 그 리전의 가용 영역에서도 볼륨을 만들 수 있어 재해 복구나 이전에 쓸 수 있습니다."
    ),
    "en": (
        "In Availability Zone A of Region A, a point-in-time snapshot is taken of an EBS volume attached to an instance. "
        "The snapshot is kept at the Region level in AWS-managed Amazon S3 storage; after the first snapshot, only changed blocks are stored. "
        "From the snapshot, a new volume can be created in Availability Zone B of the same Region and attached to another instance. "
        "Copying the snapshot to Region B lets you create volumes in that Region's zones too, for disaster recovery or migration."
    ),
}
LABELS = {
    "region_a": {"ko": "리전 A", "en": "Region A"},
    "region_b": {"ko": "리전 B", "en": "Region B"},
    "az_a": {"ko": "가용 영역 A", "en": "Availability Zone A"},
    "az_b": {"ko": "가용 영역 B", "en": "Availability Zone B"},
    "az_b2": {"ko": "리전 B의 가용 영역", "en": "An Availability Zone in Region B"},
    "src_inst": {"ko": "인스턴스", "en": "Instance"},
    "src_vol": {"ko": "원본 EBS 볼륨", "en": "Source EBS volume"},
    "snap": {
        "ko": "스냅샷\n(Amazon S3에 증분 저장)",
        "en": "Snapshot\n(incremental, in Amazon S3)",
    },
    "take": {"ko": "① 스냅샷 생성", "en": "① Create snapshot"},
    "restore": {"ko": "② 다른 AZ에 볼륨 생성", "en": "② Create a volume in another AZ"},
    "new_vol": {"ko": "새 EBS 볼륨", "en": "New EBS volume"},
    "new_inst": {"ko": "인스턴스", "en": "Instance"},
    "copy": {"ko": "③ 다른 리전으로 복사", "en": "③ Copy to another Region"},
    "snap_copy": {"ko": "스냅샷 사본", "en": "Snapshot copy"},
    "restore2": {"ko": "④ 볼륨 생성", "en": "④ Create a volume"},
    "dr_vol": {"ko": "EBS 볼륨", "en": "EBS volume"},
    "attach": {"ko": "연결", "en": "attach"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    with Cluster(t("region_a")):
        with Cluster(t("az_a")):
            src_inst = EC2Instance(t("src_inst"))
            src_vol = ElasticBlockStoreEBSVolume(t("src_vol"))
        snap = ElasticBlockStoreEBSSnapshot(t("snap"))
        with Cluster(t("az_b")):
            new_vol = ElasticBlockStoreEBSVolume(t("new_vol"))
            new_inst = EC2Instance(t("new_inst"))
    with Cluster(t("region_b")):
        snap_copy = ElasticBlockStoreEBSSnapshot(t("snap_copy"))
        with Cluster(t("az_b2")):
            dr_vol = ElasticBlockStoreEBSVolume(t("dr_vol"))
    src_inst - src_vol
    src_vol >> Edge(label=t("take")) >> snap
    snap >> Edge(label=t("restore")) >> new_vol
    new_vol >> Edge(label=t("attach")) >> new_inst
    snap >> Edge(label=t("copy")) >> snap_copy
    snap_copy >> Edge(label=t("restore2")) >> dr_vol
