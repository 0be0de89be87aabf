"""CloudFormation: a template becomes a stack of resources; layered stacks share outputs."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2AutoScaling
from diagrams.aws.database import RDS
from diagrams.aws.management import (
    Cloudformation,
    CloudformationChangeSet,
    CloudformationTemplate,
)
from diagrams.aws.network import VPC, ElbApplicationLoadBalancer, PublicSubnet

DIRECTION = "LR"
GRAPH_ATTR = {"splines": "spline"}
CAPTION = {
    "ko": "CloudFormation: 템플릿 → 스택 → 리소스, 계층별 스택과 변경 세트",
    "en": "CloudFormation: template → stack → resources, with layered stacks and a change set",
}
ALT = {
    "ko": (
        "YAML 또는 JSON으로 쓴 네트워크 템플릿과 애플리케이션 템플릿을 CloudFormation에 제출합니다. "
        "CloudFormation은 네트워크 템플릿으로 VPC와 서브넷이 들어 있는 네트워크 스택을 만들고, 이 스택은 VPC ID를 출력으로 내보냅니다. "
        "애플리케이션 스택은 그 값을 가져와 로드 밸런서, Auto Scaling 그룹, RDS 데이터베이스를 만듭니다. "
        "수정한 템플릿은 먼저 변경 세트로 어떤 리소스가 바뀌는지 확인한 뒤 애플리케이션 스택에 적용합니다."
    ),
    "en": (
        "A network template and an application template, written in YAML or JSON, are submitted to CloudFormation. "
        "From the network template CloudFormation builds a network stack containing a VPC and subnets, and that stack exports the VPC ID as an output. "
        "The application stack imports that value and creates a load balancer, an Auto Scaling group and an RDS database. "
        "An edited template is first turned into a change set that shows which resources will change, and only then applied to the application stack."
    ),
}
LABELS = {
    "tpl_net": {"ko": "network.yaml\n(네트워크 템플릿)", "en": "network.yaml\n(network template)"},
    "tpl_app": {"ko": "app.yaml\n(애플리케이션 템플릿)", "en": "app.yaml\n(application template)"},
    "cfn": {"ko": "AWS CloudFormation", "en": "AWS CloudFormation"},
    "cs": {"ko": "변경 세트\n(바뀔 리소스 미리 보기)", "en": "Change set\n(preview of changes)"},
    "net": {"ko": "네트워크 스택", "en": "Network stack"},
    "app": {"ko": "애플리케이션 스택", "en": "Application stack"},
    "vpc": {"ko": "VPC", "en": "VPC"},
    "subnet": {"ko": "서브넷", "en": "Subnets"},
    "alb": {"ko": "로드 밸런서", "en": "Load balancer"},
    "asg": {"ko": "Auto Scaling 그룹", "en": "Auto Scaling group"},
    "rds": {"ko": "RDS 데이터베이스", "en": "RDS database"},
    "e_create": {"ko": "스택 생성", "en": "create stack"},
    "e_update": {"ko": "업데이트 실행", "en": "execute update"},
    "e_export": {
        "ko": "출력 내보내기: VpcId →\nFn::ImportValue",
        "en": "Export: VpcId →\nFn::ImportValue",
    },
}


def draw(t):
    tpl_net = CloudformationTemplate(t("tpl_net"))
    tpl_app = CloudformationTemplate(t("tpl_app"))
    cfn = Cloudformation(t("cfn"))
    cs = CloudformationChangeSet(t("cs"))
    with Cluster(t("net")):
        vpc = VPC(t("vpc"))
        subnet = PublicSubnet(t("subnet"))
    with Cluster(t("app")):
        alb = ElbApplicationLoadBalancer(t("alb"))
        asg = EC2AutoScaling(t("asg"))
        rds = RDS(t("rds"))
    tpl_net >> cfn
    tpl_app >> cfn
    cfn >> Edge(label=t("e_create")) >> vpc
    vpc - subnet
    cfn >> cs
    cs >> Edge(label=t("e_update"), color="darkblue") >> alb
    alb - asg - rds
    vpc >> Edge(label=t("e_export"), style="dashed", color="darkgreen") >> alb
