"""Launching an EC2 instance: AMI, root volume, user data and the instance metadata endpoint."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2Ami, EC2Instance
from diagrams.aws.general import General, User
from diagrams.aws.storage import ElasticBlockStoreEBSSnapshot, ElasticBlockStoreEBSVolume
from diagrams.generic.os import LinuxGeneral

DIRECTION = "LR"
CAPTION = {
    "ko": "EC2 인스턴스 시작: AMI에서 루트 볼륨을 만들고, 첫 부팅 때 사용자 데이터를 실행하며, 메타데이터는 169.254.169.254에서 읽습니다",
    "en": "Launching an EC2 instance: the root volume comes from the AMI, user data runs at first boot, and metadata is read from 169.254.169.254",
}
ALT = {
    "ko": (
        "관리자가 AMI, 인스턴스 유형, 키 페어, 사용자 데이터를 지정해 인스턴스 시작을 요청합니다. "
        "AMI는 Amazon S3에 저장된 EBS 스냅샷을 가리키며, EC2는 블록 디바이스 매핑에 따라 그 스냅샷으로 새 루트 EBS 볼륨을 만들어 인스턴스에 연결합니다. "
        "인스턴스가 처음 부팅될 때 cloud-init(Windows는 EC2Launch)이 사용자 데이터 스크립트를 실행합니다. "
        "인스턴스 안의 프로그램은 링크 로컬 주소 169.254.169.254의 인스턴스 메타데이터 서비스에 IMDSv2 방식으로 PUT 요청해 세션 토큰을 받은 뒤, 그 토큰으로 GET 요청해 메타데이터를 읽습니다."
    ),
    "en": (
        "An administrator asks EC2 to launch an instance, naming an AMI, an instance type, a key pair and user data. "
        "The AMI points to an EBS snapshot stored in Amazon S3; following the block device mapping, EC2 creates a new root EBS volume from that snapshot and attaches it to the instance. "
        "On the instance's first boot, cloud-init (EC2Launch on Windows) runs the user data script. "
        "Software on the instance reads metadata from the instance metadata service at the link-local address 169.254.169.254: with IMDSv2 it first sends a PUT request for a session token, then GETs metadata with that token."
    ),
}
LABELS = {
    "admin": {"ko": "관리자", "en": "Administrator"},
    "launch": {
        "ko": "① 시작 요청: AMI, 인스턴스 유형,\n키 페어, 사용자 데이터",
        "en": "① Launch request: AMI, instance type,\nkey pair, user data",
    },
    "region": {"ko": "리전", "en": "Region"},
    "ami": {"ko": "AMI", "en": "AMI"},
    "snapshot": {
        "ko": "AMI의 EBS 스냅샷\n(Amazon S3에 저장)",
        "en": "The AMI's EBS snapshot\n(stored in Amazon S3)",
    },
    "refers": {"ko": "참조", "en": "refers to"},
    "az": {"ko": "가용 영역", "en": "Availability Zone"},
    "root": {"ko": "루트 EBS 볼륨", "en": "Root EBS volume"},
    "create": {
        "ko": "② 블록 디바이스 매핑에 따라\n스냅샷에서 볼륨 생성",
        "en": "② Volume created from the snapshot\n(block device mapping)",
    },
    "attach": {"ko": "연결", "en": "attached"},
    "instance": {"ko": "EC2 인스턴스", "en": "EC2 instance"},
    "cloudinit": {
        "ko": "cloud-init\n(사용자 데이터 스크립트)",
        "en": "cloud-init\n(user data script)",
    },
    "firstboot": {"ko": "③ 첫 부팅 때 1회 실행", "en": "③ Runs once, at first boot"},
    "imds": {
        "ko": "인스턴스 메타데이터 서비스\n169.254.169.254",
        "en": "Instance metadata service\n169.254.169.254",
    },
    "token": {
        "ko": "④ IMDSv2: PUT으로 토큰 받기,\n토큰을 붙여 GET",
        "en": "④ IMDSv2: PUT for a token,\nthen GET with the token",
    },
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    admin = User(t("admin"))
    with Cluster(t("region")):
        ami = EC2Ami(t("ami"))
        snapshot = ElasticBlockStoreEBSSnapshot(t("snapshot"))
        with Cluster(t("az")):
            instance = EC2Instance(t("instance"))
            root = ElasticBlockStoreEBSVolume(t("root"))
            cloudinit = LinuxGeneral(t("cloudinit"))
            imds = General(t("imds"))
    admin >> Edge(label=t("launch")) >> instance
    ami >> Edge(label=t("refers"), style="dashed") >> snapshot
    snapshot >> Edge(label=t("create")) >> root
    root >> Edge(label=t("attach")) >> instance
    instance >> Edge(label=t("firstboot")) >> cloudinit
    instance >> Edge(label=t("token")) >> imds
