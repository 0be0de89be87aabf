"""Disaster recovery, backup and restore: only backups live in the recovery Region until a disaster."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import EC2
from diagrams.aws.database import RDS
from diagrams.aws.general import Users
from diagrams.aws.management import Cloudformation
from diagrams.aws.network import ElbApplicationLoadBalancer, Route53
from diagrams.aws.storage import S3, Backup

DIRECTION = "LR"
CAPTION = {
    "ko": "재해 복구 전략 1: 백업 및 복원",
    "en": "Disaster recovery strategy 1: backup and restore",
}
ALT = {
    "ko": (
        "기본 리전에서는 Route 53이 사용자를 Application Load Balancer로 보내고, 그 뒤의 EC2 인스턴스가 RDS 데이터베이스와 S3 버킷을 씁니다. "
        "AWS Backup이 EC2와 RDS를 정기적으로 백업해 복구 리전의 백업 볼트로 복사하고, S3 버킷은 교차 리전 복제로 복구 리전의 버킷에 복사됩니다. "
        "평소 복구 리전에는 백업 사본, 복제된 버킷, CloudFormation 템플릿만 있고 실행 중인 서버는 없습니다. "
        "재해가 나면 템플릿으로 로드 밸런서와 EC2 인스턴스를 새로 만들고 백업에서 데이터베이스를 복원한 뒤, Route 53 레코드를 복구 리전으로 바꿉니다."
    ),
    "en": (
        "In the primary Region, Route 53 sends users to an Application Load Balancer, whose EC2 instances use an RDS database and an S3 bucket. "
        "AWS Backup backs up EC2 and RDS on a schedule and copies the backups to a backup vault in the recovery Region; the S3 bucket is copied to a bucket there by Cross-Region Replication. "
        "In normal times the recovery Region holds only the backup copies, the replicated bucket and CloudFormation templates; no servers run there. "
        "After a disaster, the templates create the load balancer and EC2 instances, the database is restored from a backup, and the Route 53 record is switched to the recovery Region."
    ),
}
LABELS = {
    "users": {"ko": "사용자", "en": "Users"},
    "r53": {"ko": "Route 53", "en": "Route 53"},
    "primary": {"ko": "기본 리전: 운영 중", "en": "Primary Region: in production"},
    "recovery": {"ko": "복구 리전", "en": "Recovery Region"},
    "always": {
        "ko": "평소에 있는 것: 데이터 사본뿐",
        "en": "Always there: copies of the data only",
    },
    "later": {
        "ko": "재해 뒤에 만들고 DNS를 이쪽으로 변경",
        "en": "Created after the disaster, then DNS points here",
    },
    "alb": {"ko": "ALB", "en": "ALB"},
    "web": {"ko": "EC2 인스턴스", "en": "EC2 instances"},
    "db": {"ko": "RDS DB 인스턴스", "en": "RDS DB instance"},
    "bucket": {"ko": "S3 버킷", "en": "S3 bucket"},
    "backup": {"ko": "AWS Backup\n(백업 계획)", "en": "AWS Backup\n(backup plan)"},
    "vault": {"ko": "백업 볼트\n(스냅샷 사본)", "en": "Backup vault\n(snapshot copies)"},
    "bucket_copy": {"ko": "복제된 S3 버킷", "en": "Replicated S3 bucket"},
    "cfn": {"ko": "CloudFormation\n템플릿", "en": "CloudFormation\ntemplates"},
    "alb_new": {"ko": "새 ALB", "en": "New ALB"},
    "web_new": {"ko": "새 EC2 인스턴스", "en": "New EC2 instances"},
    "db_new": {"ko": "복원한 DB", "en": "Restored DB"},
    "traffic": {"ko": "평소 트래픽", "en": "Normal traffic"},
    "snap": {"ko": "정기 백업", "en": "Scheduled backups"},
    "copy": {"ko": "교차 리전 복사", "en": "Cross-Region copy"},
    "crr": {"ko": "교차 리전 복제", "en": "Cross-Region Replication"},
    "restore": {"ko": "복원", "en": "Restore"},
    "deploy": {"ko": "배포", "en": "Deploy"},
}


def draw(t):
    users = Users(t("users"))
    r53 = Route53(t("r53"))
    with Cluster(t("primary")):
        alb = ElbApplicationLoadBalancer(t("alb"))
        web = EC2(t("web"))
        db = RDS(t("db"))
        bucket = S3(t("bucket"))
        backup = Backup(t("backup"))
        alb >> web >> db
        web >> bucket
    with Cluster(t("recovery")):
        with Cluster(t("always")):
            vault = Backup(t("vault"))
            bucket_copy = S3(t("bucket_copy"))
            cfn = Cloudformation(t("cfn"))
        with Cluster(t("later"), graph_attr={"style": "dashed", "bgcolor": "white"}):
            alb_new = ElbApplicationLoadBalancer(t("alb_new"))
            web_new = EC2(t("web_new"))
            db_new = RDS(t("db_new"))
            alb_new >> Edge(style="dashed") >> web_new >> Edge(style="dashed") >> db_new
    users >> r53
    r53 >> Edge(label=t("traffic"), color="darkgreen") >> alb
    r53 >> Edge(style="dashed", color="firebrick") >> alb_new
    db >> Edge(label=t("snap"), color="darkorange") >> backup
    web >> Edge(color="darkorange") >> backup
    backup >> Edge(label=t("copy"), color="darkorange") >> vault
    bucket >> Edge(label=t("crr"), color="darkorange") >> bucket_copy
    vault >> Edge(label=t("restore"), style="dashed", color="firebrick") >> db_new
    cfn >> Edge(label=t("deploy"), style="dashed", color="firebrick") >> alb_new
