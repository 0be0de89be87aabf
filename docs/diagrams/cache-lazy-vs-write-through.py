"""Two caching strategies side by side: lazy loading (cache-aside) and write-through."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import RDS, ElastiCache

DIRECTION = "LR"
CAPTION = {
    "ko": "지연 로딩(캐시 어사이드)과 라이트 스루 비교",
    "en": "Lazy loading (cache-aside) compared with write-through",
}
ALT = {
    "ko": (
        "왼쪽은 지연 로딩입니다. 애플리케이션이 먼저 ElastiCache에서 값을 찾고, 적중하면 그대로 씁니다. "
        "누락이면 RDS 데이터베이스에서 읽은 다음 그 값을 TTL과 함께 캐시에 써 둡니다. "
        "오른쪽은 라이트 스루입니다. 애플리케이션이 데이터를 쓸 때마다 데이터베이스와 캐시에 함께 쓰므로, "
        "읽기는 항상 최신 값이 든 캐시에서 처리됩니다."
    ),
    "en": (
        "On the left is lazy loading: the application first looks the value up in ElastiCache and uses it on a hit. "
        "On a miss it reads the RDS database and then writes the value into the cache with a TTL. "
        "On the right is write-through: every time the application writes data it writes to both the database and the cache, "
        "so reads are served from a cache that already holds the current value."
    ),
}
LABELS = {
    "lazy": {"ko": "지연 로딩(캐시 어사이드)", "en": "Lazy loading (cache-aside)"},
    "wt": {"ko": "라이트 스루(연속 쓰기)", "en": "Write-through"},
    "app1": {"ko": "애플리케이션", "en": "Application"},
    "app2": {"ko": "애플리케이션", "en": "Application"},
    "cache1": {"ko": "ElastiCache", "en": "ElastiCache"},
    "cache2": {"ko": "ElastiCache", "en": "ElastiCache"},
    "db1": {"ko": "RDS 데이터베이스", "en": "RDS database"},
    "db2": {"ko": "RDS 데이터베이스", "en": "RDS database"},
    "l1": {
        "ko": "1. 캐시 조회\n(적중이면 여기서 끝)",
        "en": "1. Look up the cache\n(a hit ends here)",
    },
    "l2": {"ko": "2. 누락이면 DB에서 읽기", "en": "2. On a miss, read the DB"},
    "l3": {"ko": "3. 읽은 값을 캐시에 쓰기(TTL)", "en": "3. Write the value to the cache (TTL)"},
    "w1": {"ko": "1. 데이터 쓰기", "en": "1. Write the data"},
    "w2": {"ko": "2. 같은 값을 캐시에도 쓰기", "en": "2. Write the same value to the cache"},
    "w3": {"ko": "읽기는 캐시에서", "en": "Reads come from the cache"},
}


def draw(t):
    # Graphviz stacks LR clusters bottom-up, so write-through is declared first to put lazy loading on top.
    with Cluster(t("wt")):
        app2 = EC2(t("app2"))
        cache2 = ElastiCache(t("cache2"))
        db2 = RDS(t("db2"))
        app2 >> Edge(label=t("w1"), color="darkblue") >> db2
        app2 >> Edge(label=t("w2"), color="darkblue") >> cache2
        app2 - Edge(label=t("w3"), forward=True, reverse=True, color="darkgreen") - cache2
    with Cluster(t("lazy")):
        app1 = EC2(t("app1"))
        cache1 = ElastiCache(t("cache1"))
        db1 = RDS(t("db1"))
        app1 - Edge(label=t("l1"), forward=True, reverse=True) - cache1
        (
            app1
            - Edge(label=t("l2"), forward=True, reverse=True, style="dashed", color="firebrick")
            - db1
        )
        app1 >> Edge(label=t("l3"), style="dashed", color="firebrick") >> cache1
