"""How instance store, Amazon EBS and Amazon EFS attach to EC2 instances."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2Instance
from diagrams.aws.general import Disk
from diagrams.aws.storage import ElasticBlockStoreEBSVolume, ElasticFileSystemEFSFileSystem

DIRECTION = "LR"
CAPTION = {
    "ko": "인스턴스 스토어, Amazon EBS, Amazon EFS가 인스턴스에 연결되는 방식",
    "en": "How instance store, Amazon EBS and Amazon EFS attach to instances",
}
ALT = {
    "ko": (
        "가용 영역 A의 물리 호스트 안에 인스턴스 A와 그 호스트의 로컬 디스크인 인스턴스 스토어가 있습니다. 인스턴스 스토어는 그 인스턴스에서만 쓰이며 인스턴스를 중지하거나 종료하면 데이터가 사라집니다. "
        "같은 가용 영역 A의 EBS 볼륨은 네트워크로 인스턴스 A에 연결되며, 인스턴스와 별개로 유지되고 같은 가용 영역의 인스턴스에만 연결할 수 있습니다. "
        "Amazon EFS 파일 시스템은 리전 단위로 여러 가용 영역에 데이터를 저장하며, 가용 영역 A의 인스턴스 A와 가용 영역 B의 인스턴스 B가 각 가용 영역의 탑재 대상을 통해 NFS로 동시에 탑재합니다."
    ),
    "en": (
        "In Availability Zone A, instance A runs on a physical host whose local disk is its instance store; only that instance uses it, and its data is lost when the instance stops or terminates. "
        "An EBS volume in the same Availability Zone A is attached to instance A over the network; it persists independently of the instance and can attach only to instances in its own zone. "
        "An Amazon EFS file system is Regional, storing data across Availability Zones; instance A in zone A and instance B in zone B mount it at the same time over NFS through a mount target in each zone."
    ),
}
LABELS = {
    "region": {"ko": "리전", "en": "Region"},
    "az_a": {"ko": "가용 영역 A", "en": "Availability Zone A"},
    "az_b": {"ko": "가용 영역 B", "en": "Availability Zone B"},
    "host": {"ko": "물리 호스트", "en": "Physical host"},
    "inst_a": {"ko": "인스턴스 A", "en": "Instance A"},
    "inst_b": {"ko": "인스턴스 B", "en": "Instance B"},
    "store": {
        "ko": "인스턴스 스토어\n(로컬 디스크, 임시)",
        "en": "Instance store\n(local disk, temporary)",
    },
    "local": {"ko": "호스트에 직접 연결", "en": "directly attached"},
    "ebs": {"ko": "EBS 볼륨\n(같은 AZ, 영구)", "en": "EBS volume\n(same AZ, persistent)"},
    "network": {"ko": "네트워크로 연결", "en": "attached over the network"},
    "efs": {
        "ko": "Amazon EFS 파일 시스템\n(리전 단위, 공유)",
        "en": "Amazon EFS file system\n(Regional, shared)",
    },
    "nfs": {"ko": "NFS 탑재", "en": "NFS mount"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    with Cluster(t("region")):
        with Cluster(t("az_a")):
            with Cluster(t("host")):
                inst_a = EC2Instance(t("inst_a"))
                store = Disk(t("store"))
            ebs = ElasticBlockStoreEBSVolume(t("ebs"))
        with Cluster(t("az_b")):
            inst_b = EC2Instance(t("inst_b"))
        efs = ElasticFileSystemEFSFileSystem(t("efs"))
    store >> Edge(label=t("local")) >> inst_a
    ebs >> Edge(label=t("network")) >> inst_a
    inst_a >> Edge(label=t("nfs")) >> efs
    inst_b >> Edge(label=t("nfs")) >> efs
