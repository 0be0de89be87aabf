"""Online versus offline data transfer: DataSync over Direct Connect or VPN, or a Snow device shipped to AWS."""

from diagrams import Cluster, Edge
from diagrams.aws.general import Disk
from diagrams.aws.migration import Datasync, DatasyncAgent, SnowballEdge
from diagrams.aws.network import DirectConnect, SiteToSiteVpn
from diagrams.aws.storage import EFS, S3

DIRECTION = "LR"
CAPTION = {
    "ko": "온라인 전송(DataSync)과 오프라인 전송(Snowball Edge)의 경로",
    "en": "Online transfer with DataSync and offline transfer with Snowball Edge",
}
ALT = {
    "ko": (
        "왼쪽은 온프레미스 데이터 센터의 NAS 파일 서버와, 같은 곳에 배포한 DataSync 에이전트입니다. 오른쪽은 AWS 리전의 AWS DataSync 서비스와 대상 스토리지인 Amazon S3 버킷과 Amazon EFS 파일 시스템입니다. "
        "위쪽의 온라인 경로: 에이전트가 NAS를 읽어 Direct Connect 연결 또는 Site-to-Site VPN을 거쳐 DataSync로 보내고, DataSync가 S3나 EFS에 씁니다. 일정에 따라 반복하며 바뀐 파일만 보냅니다. "
        "아래쪽의 오프라인 경로: NAS의 데이터를 현장에 배송된 Snowball Edge 장치에 복사하고, 장치를 AWS로 배송하면 AWS가 데이터를 S3 버킷에 적재합니다. 회선이 느리거나 없어서 네트워크로는 기한을 맞출 수 없을 때 쓰는 경로입니다."
    ),
    "en": (
        "On the left are a NAS file server in an on-premises data center and a DataSync agent deployed beside it. On the right are the AWS DataSync service in an AWS Region and the destinations, an Amazon S3 bucket and an Amazon EFS file system. "
        "The online path, at the top: the agent reads the NAS and sends the data over a Direct Connect connection or a Site-to-Site VPN to DataSync, which writes it to S3 or EFS; on a schedule it repeats and sends only changed files. "
        "The offline path, at the bottom: the NAS data is copied onto a Snowball Edge device shipped to the site, the device is shipped to AWS, and AWS loads the data into the S3 bucket. This path is for when the line is too slow, or missing, to meet the deadline over the network."
    ),
}
LABELS = {
    "dc": {"ko": "온프레미스 데이터 센터", "en": "On-premises data center"},
    "nas": {"ko": "NAS 파일 서버\n(NFS·SMB)", "en": "NAS file server\n(NFS, SMB)"},
    "agent": {"ko": "DataSync 에이전트", "en": "DataSync agent"},
    "snow": {"ko": "Snowball Edge 장치", "en": "Snowball Edge device"},
    "dx": {"ko": "Direct Connect", "en": "Direct Connect"},
    "vpn": {"ko": "Site-to-Site VPN\n(또는 인터넷)", "en": "Site-to-Site VPN\n(or internet)"},
    "region": {"ko": "AWS 리전", "en": "AWS Region"},
    "ds": {"ko": "AWS DataSync", "en": "AWS DataSync"},
    "s3": {"ko": "Amazon S3", "en": "Amazon S3"},
    "efs": {"ko": "Amazon EFS", "en": "Amazon EFS"},
    "online": {"ko": "온라인: 회선으로 전송", "en": "Online: over the line"},
    "copy": {"ko": "현장에서 복사", "en": "Copy on site"},
    "ship": {"ko": "오프라인: 장치 배송 후 적재", "en": "Offline: ship, then load"},
}


def draw(t):
    with Cluster(t("dc")):
        nas = Disk(t("nas"))
        agent = DatasyncAgent(t("agent"))
        snow = SnowballEdge(t("snow"))
    dx = DirectConnect(t("dx"))
    vpn = SiteToSiteVpn(t("vpn"))
    with Cluster(t("region")):
        ds = Datasync(t("ds"))
        s3 = S3(t("s3"))
        efs = EFS(t("efs"))
    nas >> agent
    (
        agent
        >> Edge(label=t("online"), color="darkgreen", penwidth="2")
        >> dx
        >> Edge(color="darkgreen", penwidth="2")
        >> ds
    )
    (
        agent
        >> Edge(style="dashed", color="darkgreen")
        >> vpn
        >> Edge(style="dashed", color="darkgreen")
        >> ds
    )
    ds >> s3
    ds >> efs
    nas >> Edge(label=t("copy"), color="darkorange") >> snow
    snow >> Edge(label=t("ship"), color="darkorange", penwidth="2", style="bold") >> s3
