"""Amazon ECS with the EC2 launch type compared with the Fargate launch type."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import (
    EC2ContainerRegistry,
    ElasticContainerService,
    ElasticContainerServiceTask,
    Fargate,
)

DIRECTION = "LR"
CAPTION = {
    "ko": "Amazon ECS: EC2 시작 유형과 Fargate 시작 유형",
    "en": "Amazon ECS: the EC2 launch type and the Fargate launch type",
}
ALT = {
    "ko": (
        "Amazon ECS 스케줄러가 태스크 정의에 따라 Amazon ECR의 이미지로 태스크를 실행합니다. "
        "위쪽 EC2 시작 유형에서는 사용자가 클러스터에 EC2 인스턴스(컨테이너 인스턴스)를 직접 두고 패치와 확장을 관리하며, "
        "한 인스턴스에 여러 태스크가 배치됩니다. "
        "아래쪽 Fargate 시작 유형에서는 관리할 인스턴스가 없고, 태스크마다 AWS가 격리된 컴퓨팅 용량을 제공합니다."
    ),
    "en": (
        "The Amazon ECS scheduler runs tasks from a task definition, pulling images from Amazon ECR. "
        "With the EC2 launch type, at the top, you keep EC2 instances (container instances) in the cluster and patch and scale them yourself; "
        "several tasks are placed on one instance. "
        "With the Fargate launch type, at the bottom, there are no instances to manage: AWS provides isolated compute for each task."
    ),
}
LABELS = {
    "ecr": {"ko": "Amazon ECR\n(컨테이너 이미지)", "en": "Amazon ECR\n(container images)"},
    "ecs": {"ko": "Amazon ECS\n스케줄러(제어 영역)", "en": "Amazon ECS\nscheduler (control plane)"},
    "ec2_lt": {
        "ko": "EC2 시작 유형: 인스턴스는 사용자가 관리",
        "en": "EC2 launch type: you manage the instances",
    },
    "inst1": {"ko": "EC2 컨테이너 인스턴스 1", "en": "EC2 container instance 1"},
    "inst2": {"ko": "EC2 컨테이너 인스턴스 2", "en": "EC2 container instance 2"},
    "t1": {"ko": "태스크 A", "en": "Task A"},
    "t2": {"ko": "태스크 B", "en": "Task B"},
    "t3": {"ko": "태스크 C", "en": "Task C"},
    "fg_lt": {
        "ko": "Fargate 시작 유형: 관리할 서버 없음",
        "en": "Fargate launch type: no servers to manage",
    },
    "f1": {"ko": "태스크 A", "en": "Task A"},
    "f2": {"ko": "태스크 B", "en": "Task B"},
    "f3": {"ko": "태스크 C", "en": "Task C"},
    "pull": {"ko": "태스크 정의가 가리키는 이미지", "en": "Image named in the task definition"},
    "place_ec2": {"ko": "인스턴스에 태스크 배치", "en": "Place tasks on instances"},
    "place_fg": {"ko": "태스크마다 용량 할당", "en": "Capacity per task"},
}


def draw(t):
    ecr = EC2ContainerRegistry(t("ecr"))
    ecs = ElasticContainerService(t("ecs"))
    ecr >> Edge(label=t("pull"), style="dashed") >> ecs
    with Cluster(t("ec2_lt")):
        with Cluster(t("inst1")):
            t1 = ElasticContainerServiceTask(t("t1"))
            t2 = ElasticContainerServiceTask(t("t2"))
        with Cluster(t("inst2")):
            t3 = ElasticContainerServiceTask(t("t3"))
    with Cluster(t("fg_lt")):
        f1 = Fargate(t("f1"))
        f2 = Fargate(t("f2"))
        f3 = Fargate(t("f3"))
    ecs >> Edge(label=t("place_ec2")) >> t1
    ecs >> [t2, t3]
    ecs >> Edge(label=t("place_fg")) >> f1
    ecs >> [f2, f3]
