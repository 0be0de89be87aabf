"""A rehost migration with AWS Application Migration Service: replicate, test, cut over."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.general import TraditionalServer
from diagrams.aws.migration import ServerMigrationService
from diagrams.aws.network import Route53
from diagrams.aws.storage import EBS

DIRECTION = "LR"
CAPTION = {
    "ko": "Application Migration Service로 리호스팅: 복제, 테스트, 전환",
    "en": "Rehosting with Application Migration Service: replicate, test, cut over",
}
ALT = {
    "ko": (
        "왼쪽은 온프레미스 데이터 센터의 원본 서버들이고, 각 서버에 AWS Replication Agent가 설치되어 있습니다. "
        "1단계: 에이전트가 디스크를 블록 수준으로 AWS 리전의 VPC 안 스테이징 영역 서브넷으로 계속 복제합니다. 스테이징 영역에는 작은 복제 서버와 저렴한 EBS 볼륨이 있고, Application Migration Service가 이 과정을 관리합니다. "
        "2단계: 복제된 디스크로 같은 VPC의 테스트 서브넷에 테스트 인스턴스를 시작해 동작을 확인하며, 그동안에도 복제는 계속됩니다. "
        "3단계: 전환 때 마지막 변경분이 복제되면 운영 서브넷에 전환 인스턴스를 시작하고, Route 53의 DNS 레코드를 새 인스턴스로 바꿔 사용자 트래픽을 옮깁니다."
    ),
    "en": (
        "On the left are the source servers in an on-premises data center, each with the AWS Replication Agent installed. "
        "Step 1: the agents continuously replicate their disks at the block level into a staging area subnet in a VPC in an AWS Region; the staging area holds small replication servers and low-cost EBS volumes, and Application Migration Service manages the process. "
        "Step 2: test instances are launched from the replicated disks in a test subnet of the same VPC to check that the application works, while replication continues. "
        "Step 3: at cutover, once the last changes have replicated, cutover instances are launched in the production subnet and the Route 53 DNS record is switched to them, moving user traffic."
    ),
}
LABELS = {
    "dc": {"ko": "온프레미스 데이터 센터", "en": "On-premises data center"},
    "src": {"ko": "원본 서버\n(Replication Agent)", "en": "Source servers\n(Replication Agent)"},
    "region": {"ko": "AWS 리전", "en": "AWS Region"},
    "mgn": {"ko": "Application\nMigration Service", "en": "Application\nMigration Service"},
    "vpc": {"ko": "VPC", "en": "VPC"},
    "staging": {"ko": "스테이징 영역 서브넷", "en": "Staging area subnet"},
    "repl": {"ko": "복제 서버", "en": "Replication servers"},
    "ebs": {"ko": "EBS 볼륨(복제본)", "en": "EBS volumes (replicas)"},
    "test": {"ko": "테스트 서브넷", "en": "Test subnet"},
    "test_i": {"ko": "테스트 인스턴스", "en": "Test instances"},
    "prod": {"ko": "운영 서브넷", "en": "Production subnet"},
    "cut_i": {"ko": "전환 인스턴스", "en": "Cutover instances"},
    "dns": {"ko": "Route 53\n(DNS 전환)", "en": "Route 53\n(DNS switch)"},
    "step1": {"ko": "1. 블록 수준 연속 복제", "en": "1. Continuous block-level replication"},
    "step2": {"ko": "2. 테스트 시작", "en": "2. Launch tests"},
    "step3": {"ko": "3. 전환", "en": "3. Cut over"},
    "manage": {"ko": "관리", "en": "Manages"},
}


def draw(t):
    with Cluster(t("dc")):
        src = TraditionalServer(t("src"))
    with Cluster(t("region")):
        mgn = ServerMigrationService(t("mgn"))
        with Cluster(t("vpc")):
            with Cluster(t("staging")):
                repl = EC2(t("repl"))
                ebs = EBS(t("ebs"))
            with Cluster(t("test")):
                test = EC2(t("test_i"))
            with Cluster(t("prod")):
                cut = EC2(t("cut_i"))
        dns = Route53(t("dns"))
    src >> Edge(label=t("step1"), color="darkgreen", penwidth="2") >> repl
    repl >> ebs
    mgn >> Edge(label=t("manage"), style="dotted") >> repl
    ebs >> Edge(label=t("step2"), style="dashed") >> test
    ebs >> Edge(label=t("step3"), color="darkorange", penwidth="2") >> cut
    dns >> cut
