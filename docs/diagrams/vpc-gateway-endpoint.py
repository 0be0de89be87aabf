"""Reaching S3 from a private subnet: through a NAT gateway versus through a gateway endpoint."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.network import Endpoint, InternetGateway, NATGateway
from diagrams.aws.storage import S3

DIRECTION = "LR"
CAPTION = {
    "ko": "프라이빗 서브넷에서 S3로: NAT 게이트웨이 경로와 게이트웨이 엔드포인트 경로",
    "en": "From a private subnet to S3: the NAT gateway path and the gateway endpoint path",
}
ALT = {
    "ko": (
        "VPC의 프라이빗 서브넷에 EC2 인스턴스가 있고, 같은 리전의 Amazon S3에 접근하는 두 경로가 그려져 있습니다. "
        "위쪽 경로는 엔드포인트가 없을 때로, 인스턴스의 트래픽이 퍼블릭 서브넷의 NAT 게이트웨이와 인터넷 게이트웨이를 거쳐 S3의 퍼블릭 엔드포인트로 가며 NAT 데이터 처리 요금이 붙습니다. "
        "아래쪽 경로는 게이트웨이 엔드포인트를 쓸 때로, 라우팅 테이블의 S3 접두사 목록 경로를 따라 트래픽이 엔드포인트를 통해 바로 S3로 가며 추가 요금이 없고 인터넷으로 나가는 경로가 필요 없습니다."
    ),
    "en": (
        "An EC2 instance sits in a private subnet of a VPC, and two paths lead to Amazon S3 in the same Region. "
        "The upper path is without an endpoint: traffic goes through a NAT gateway in the public subnet and the internet gateway to S3's public endpoint, and NAT data processing charges apply. "
        "The lower path uses a gateway endpoint: following the S3 prefix-list route in the route table, traffic goes straight to S3 through the endpoint, at no extra charge and with no path to the internet needed."
    ),
}
LABELS = {
    "vpc": {"ko": "VPC", "en": "VPC"},
    "public": {"ko": "퍼블릭 서브넷", "en": "Public subnet"},
    "private": {"ko": "프라이빗 서브넷", "en": "Private subnet"},
    "ec2": {"ko": "EC2 인스턴스", "en": "EC2 instance"},
    "nat": {"ko": "NAT 게이트웨이", "en": "NAT gateway"},
    "igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},
    "gwe": {"ko": "게이트웨이 엔드포인트\n(S3)", "en": "Gateway endpoint\n(S3)"},
    "s3": {"ko": "Amazon S3", "en": "Amazon S3"},
    "via_nat": {
        "ko": "엔드포인트 없이: 0.0.0.0/0 → NAT\n(GB당 처리 요금)",
        "en": "Without an endpoint: 0.0.0.0/0 → NAT\n(per-GB processing charge)",
    },
    "via_gwe": {
        "ko": "S3 접두사 목록 → 엔드포인트\n(추가 요금 없음)",
        "en": "S3 prefix list → endpoint\n(no extra charge)",
    },
    "public_ep": {"ko": "퍼블릭 엔드포인트", "en": "Public endpoint"},
}


def draw(t):
    s3 = S3(t("s3"))
    with Cluster(t("vpc")):
        igw = InternetGateway(t("igw"))
        gwe = Endpoint(t("gwe"))
        with Cluster(t("public")):
            nat = NATGateway(t("nat"))
        with Cluster(t("private")):
            ec2 = EC2(t("ec2"))
    ec2 >> Edge(label=t("via_nat"), style="dashed", color="firebrick") >> nat
    nat >> Edge(style="dashed", color="firebrick") >> igw
    igw >> Edge(label=t("public_ep"), style="dashed", color="firebrick") >> s3
    ec2 >> Edge(label=t("via_gwe"), color="darkgreen") >> gwe >> Edge(color="darkgreen") >> s3
