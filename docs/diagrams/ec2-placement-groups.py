"""EC2 placement group strategies: cluster, spread and partition."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2Instance

DIRECTION = "TB"
CAPTION = {
    "ko": "배치 그룹의 세 가지 전략: 클러스터, 분산형, 파티션",
    "en": "The three placement group strategies: cluster, spread and partition",
}
ALT = {
    "ko": (
        "클러스터 배치 그룹은 인스턴스 네 개를 한 가용 영역 안에서 서로 가까운 하드웨어에 모아 두어, 지연 시간이 짧고 처리량이 높지만 같은 장애에 함께 영향받을 수 있습니다. "
        "분산형 배치 그룹은 두 가용 영역에 걸쳐 인스턴스마다 서로 다른 랙에 하나씩 두며, 가용 영역당 실행 중인 인스턴스는 최대 7개입니다. "
        "파티션 배치 그룹은 한 가용 영역 안에서 인스턴스를 파티션 1, 2, 3으로 나누고, 각 파티션은 다른 파티션과 랙을 공유하지 않아 한 파티션의 하드웨어 장애가 다른 파티션에 번지지 않습니다."
    ),
    "en": (
        "A cluster placement group packs four instances onto nearby hardware in one Availability Zone: low latency and high throughput, but they can share a failure. "
        "A spread placement group puts each instance on its own rack, here across two Availability Zones, with at most seven running instances per zone. "
        "A partition placement group divides instances in one Availability Zone into partitions 1, 2 and 3; partitions do not share racks, so a hardware failure in one partition does not reach the others."
    ),
}
LABELS = {
    "cluster_pg": {
        "ko": "클러스터 배치 그룹 (가용 영역 1개)",
        "en": "Cluster placement group (one AZ)",
    },
    "near": {"ko": "가까이 배치된 하드웨어", "en": "Hardware close together"},
    "spread_pg": {
        "ko": "분산형 배치 그룹 (AZ당 최대 7개)",
        "en": "Spread placement group (max 7 per AZ)",
    },
    "az_a": {"ko": "가용 영역 A", "en": "Availability Zone A"},
    "az_b": {"ko": "가용 영역 B", "en": "Availability Zone B"},
    "rack1": {"ko": "랙 1", "en": "Rack 1"},
    "rack2": {"ko": "랙 2", "en": "Rack 2"},
    "rack3": {"ko": "랙 3", "en": "Rack 3"},
    "rack4": {"ko": "랙 4", "en": "Rack 4"},
    "partition_pg": {
        "ko": "파티션 배치 그룹 (AZ당 최대 7개 파티션)",
        "en": "Partition placement group (max 7 partitions per AZ)",
    },
    "p1": {"ko": "파티션 1 (자체 랙)", "en": "Partition 1 (own racks)"},
    "p2": {"ko": "파티션 2 (자체 랙)", "en": "Partition 2 (own racks)"},
    "p3": {"ko": "파티션 3 (자체 랙)", "en": "Partition 3 (own racks)"},
    "node": {"ko": "인스턴스", "en": "Instance"},
}


def draw(t):
    """Called inside an open diagrams.Diagram; t(key) returns the label in the build language."""
    # Graphviz lays out siblings right to left here, so nodes are created in reverse order;
    # invisible edges stack the three strategies top to bottom.
    with Cluster(t("cluster_pg")), Cluster(t("near")):
        packed = [EC2Instance(t("node")) for _ in range(4)]
    spread = []
    with Cluster(t("spread_pg")):
        for az, racks in (("az_b", ("rack4", "rack3")), ("az_a", ("rack2", "rack1"))):
            with Cluster(t(az)):
                for rack in racks:
                    with Cluster(t(rack)):
                        spread.append(EC2Instance(t("node")))
    parts = []
    with Cluster(t("partition_pg")):
        for part in ("p3", "p2", "p1"):
            with Cluster(t(part)):
                parts.extend(EC2Instance(t("node")) for _ in range(2))
    packed[0] >> Edge(style="invis") >> spread[0]
    spread[0] >> Edge(style="invis") >> parts[0]
