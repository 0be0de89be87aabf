"""Findings flowing from the detection services through Security Hub and EventBridge to remediation."""

from diagrams import Cluster, Edge
from diagrams.aws.compute import Lambda
from diagrams.aws.integration import Eventbridge, SimpleNotificationServiceSns
from diagrams.aws.management import Config, SystemsManagerAutomation
from diagrams.aws.security import Detective, Guardduty, Inspector, Macie, SecurityHub

DIRECTION = "LR"
CAPTION = {
    "ko": "탐지 서비스의 조사 결과가 Security Hub와 EventBridge를 거쳐 자동 수정으로 이어지는 흐름",
    "en": "Findings flowing from the detectors through Security Hub and EventBridge to remediation",
}
ALT = {
    "ko": (
        "왼쪽에 탐지 서비스 네 개가 있습니다. 위협을 찾는 GuardDuty, 취약성을 찾는 Inspector, S3의 민감한 데이터를 찾는 Macie, 구성 규칙을 평가하는 AWS Config입니다. "
        "1. 네 서비스의 조사 결과가 가운데의 AWS Security Hub(보안 표준 검사는 Security Hub CSPM)로 모입니다. "
        "2. 탐지 서비스와 Security Hub는 조사 결과를 이벤트로 Amazon EventBridge에 보냅니다. "
        "3. EventBridge 규칙이 이벤트 패턴으로 고른 조사 결과를 오른쪽의 대상으로 보냅니다. Lambda 함수가 인스턴스를 격리하고, Systems Manager Automation이 설정을 고치고, SNS가 보안 팀에 알립니다. "
        "4. Security Hub의 조사 결과는 Amazon Detective에서 원인과 범위를 조사할 수 있습니다. Config는 자체 수정 작업으로 Systems Manager Automation을 직접 실행할 수도 있습니다."
    ),
    "en": (
        "Four detection services sit on the left: GuardDuty for threats, Inspector for vulnerabilities, Macie for sensitive data in S3, and AWS Config for configuration rules. "
        "1. Their findings are collected in AWS Security Hub in the middle (Security Hub CSPM for security standard checks). "
        "2. The detectors and Security Hub send the findings as events to Amazon EventBridge. "
        "3. An EventBridge rule selects findings with an event pattern and sends them to targets on the right: a Lambda function isolates an instance, Systems Manager Automation fixes a setting, and SNS notifies the security team. "
        "4. Security Hub findings can be investigated in Amazon Detective for cause and scope. Config can also run Systems Manager Automation directly as its own remediation action."
    ),
}
LABELS = {
    "detectors": {"ko": "탐지", "en": "Detect"},
    "guardduty": {"ko": "GuardDuty\n위협", "en": "GuardDuty\nthreats"},
    "inspector": {"ko": "Inspector\n취약성", "en": "Inspector\nvulnerabilities"},
    "macie": {"ko": "Macie\n민감한 데이터", "en": "Macie\nsensitive data"},
    "config": {"ko": "AWS Config\n구성 규칙", "en": "AWS Config\nrules"},
    "hub": {
        "ko": "AWS Security Hub\n(+ Security Hub CSPM)",
        "en": "AWS Security Hub\n(+ Security Hub CSPM)",
    },
    "detective": {"ko": "Detective\n조사", "en": "Detective\ninvestigate"},
    "eventbridge": {"ko": "EventBridge\n규칙", "en": "EventBridge\nrule"},
    "respond": {"ko": "자동 대응", "en": "Respond"},
    "lambda": {"ko": "Lambda\n인스턴스 격리", "en": "Lambda\nisolate instance"},
    "ssm": {"ko": "Systems Manager\nAutomation", "en": "Systems Manager\nAutomation"},
    "sns": {"ko": "SNS\n보안 팀 알림", "en": "SNS\nnotify team"},
    "step1": {"ko": "1. 조사 결과", "en": "1. findings"},
    "step2": {"ko": "2. 이벤트", "en": "2. events"},
    "step3": {"ko": "3. 대상 실행", "en": "3. invoke targets"},
    "step4": {"ko": "4. 조사", "en": "4. investigate"},
    "remediate": {"ko": "수정 작업", "en": "remediation"},
}


def draw(t):
    with Cluster(t("detectors")):
        detectors = [
            Guardduty(t("guardduty")),
            Inspector(t("inspector")),
            Macie(t("macie")),
        ]
        config = Config(t("config"))
    hub = SecurityHub(t("hub"))
    bus = Eventbridge(t("eventbridge"))
    detective = Detective(t("detective"))
    with Cluster(t("respond")):
        fn = Lambda(t("lambda"))
        ssm = SystemsManagerAutomation(t("ssm"))
        sns = SimpleNotificationServiceSns(t("sns"))
    detectors >> Edge(label=t("step1")) >> hub
    config >> hub
    hub >> Edge(label=t("step2")) >> bus
    bus >> Edge(label=t("step3")) >> [fn, ssm, sns]
    hub >> Edge(label=t("step4"), style="dashed") >> detective
    config >> Edge(label=t("remediate"), style="dashed") >> ssm
