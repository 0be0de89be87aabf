"""VPC peering is not transitive: A-B and B-C do not give A-C."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2

DIRECTION = "LR"
CAPTION = {
    "ko": "VPC 피어링은 전이적이지 않다",
    "en": "VPC peering is not transitive",
}
ALT = {
    "ko": (
        "VPC A(10.0.0.0/16)와 VPC B(10.1.0.0/16) 사이, VPC B와 VPC C(10.2.0.0/16) 사이에 각각 피어링 연결이 있습니다. "
        "A와 B, B와 C는 서로 통신할 수 있지만, A와 C는 B를 거쳐 통신할 수 없습니다. A와 C가 통신하려면 A–C 피어링 연결을 따로 만들어야 하며, 점선은 그 빠진 연결을 나타냅니다."
    ),
    "en": (
        "There is a peering connection between VPC A (10.0.0.0/16) and VPC B (10.1.0.0/16), and another between VPC B and VPC C (10.2.0.0/16). "
        "A and B can talk, and B and C can talk, but A and C cannot talk through B. They need their own A–C peering connection, shown as the dashed missing link."
    ),
}
LABELS = {
    "vpc_a": {"ko": "VPC A 10.0.0.0/16", "en": "VPC A 10.0.0.0/16"},
    "vpc_b": {"ko": "VPC B 10.1.0.0/16", "en": "VPC B 10.1.0.0/16"},
    "vpc_c": {"ko": "VPC C 10.2.0.0/16", "en": "VPC C 10.2.0.0/16"},
    "inst_a": {"ko": "인스턴스 A", "en": "Instance A"},
    "inst_b": {"ko": "인스턴스 B", "en": "Instance B"},
    "inst_c": {"ko": "인스턴스 C", "en": "Instance C"},
    "pcx_ab": {"ko": "피어링 A–B: 통신 가능", "en": "Peering A–B: works"},
    "pcx_bc": {"ko": "피어링 B–C: 통신 가능", "en": "Peering B–C: works"},
    "no_ac": {
        "ko": "A–C: B를 거쳐 갈 수 없음\n(별도 피어링 필요)",
        "en": "A–C: cannot go through B\n(needs its own peering)",
    },
}


def draw(t):
    with Cluster(t("vpc_a")):
        a = EC2(t("inst_a"))
    with Cluster(t("vpc_b")):
        b = EC2(t("inst_b"))
    with Cluster(t("vpc_c")):
        c = EC2(t("inst_c"))
    a - Edge(label=t("pcx_ab"), color="darkgreen") - b
    b - Edge(label=t("pcx_bc"), color="darkgreen") - c
    a - Edge(label=t("no_ac"), style="dashed", color="firebrick") - c
