"""A packet's path through a network ACL (subnet) and a security group (ENI), and back."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import Client
from diagrams.aws.network import InternetGateway, Nacl

DIRECTION = "LR"
CAPTION = {
    "ko": "패킷이 지나는 길: 네트워크 ACL(서브넷)과 보안 그룹(ENI)",
    "en": "A packet's path: the network ACL (subnet) and the security group (ENI)",
}
ALT = {
    "ko": (
        "인터넷의 클라이언트가 보낸 요청은 인터넷 게이트웨이를 지나 서브넷 경계의 네트워크 ACL에서 인바운드 규칙 검사를 받고, "
        "이어서 인스턴스의 네트워크 인터페이스에 붙은 보안 그룹에서 인바운드 규칙 검사를 받은 뒤 EC2 인스턴스에 닿습니다. "
        "응답은 상태 저장인 보안 그룹을 자동으로 통과하지만, 상태 비저장인 네트워크 ACL에서는 임시 포트를 허용하는 아웃바운드 규칙 검사를 다시 받아야 클라이언트로 돌아갑니다."
    ),
    "en": (
        "A request from a client on the internet passes the internet gateway, is checked against the inbound rules of the network ACL at the subnet boundary, "
        "then against the inbound rules of the security group on the instance's network interface, and reaches the EC2 instance. "
        "The response passes the stateful security group automatically, but must pass the stateless network ACL's outbound rules, which must allow the ephemeral ports, before it returns to the client."
    ),
}
LABELS = {
    "client": {"ko": "인터넷의 클라이언트", "en": "Client on the internet"},
    "vpc": {"ko": "VPC", "en": "VPC"},
    "igw": {"ko": "인터넷 게이트웨이", "en": "Internet gateway"},
    "subnet": {"ko": "퍼블릭 서브넷", "en": "Public subnet"},
    "nacl": {"ko": "네트워크 ACL\n(상태 비저장)", "en": "Network ACL\n(stateless)"},
    "sg": {"ko": "보안 그룹(상태 저장)", "en": "Security group (stateful)"},
    "ec2": {"ko": "EC2 인스턴스", "en": "EC2 instance"},
    "s1": {"ko": "1. 요청 443", "en": "1. Request to 443"},
    "s2": {"ko": "2. 인바운드 규칙 검사", "en": "2. Inbound rules checked"},
    "s3": {"ko": "3. 인바운드 규칙 검사", "en": "3. Inbound rules checked"},
    "s4": {"ko": "4. 응답: 자동 허용", "en": "4. Response: allowed automatically"},
    "s5": {
        "ko": "5. 아웃바운드 규칙 검사\n(임시 포트 1024-65535)",
        "en": "5. Outbound rules checked\n(ephemeral ports 1024-65535)",
    },
}


def draw(t):
    client = Client(t("client"))
    with Cluster(t("vpc")):
        igw = InternetGateway(t("igw"))
        with Cluster(t("subnet")):
            nacl = Nacl(t("nacl"))
            with Cluster(t("sg")):
                ec2 = EC2(t("ec2"))
    (
        client
        >> Edge(label=t("s1"))
        >> igw
        >> Edge(label=t("s2"))
        >> nacl
        >> Edge(label=t("s3"))
        >> ec2
    )
    # The response path runs back the same way; dashed edges keep it apart from the request.
    nacl << Edge(label=t("s4"), style="dashed", color="darkgreen") << ec2
    igw << Edge(label=t("s5"), style="dashed", color="darkorange") << nacl
    client << Edge(style="dashed", color="darkorange") << igw
