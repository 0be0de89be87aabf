"""IAM policy evaluation logic (simplified): explicit deny, guardrails, then an explicit allow."""

from diagrams import Edge, Node
from diagrams.aws.general import User

DIRECTION = "TB"
CAPTION = {
    "ko": "IAM 정책 평가 로직(단순화): 명시적 거부 → 가드레일 → 명시적 허용",
    "en": "IAM policy evaluation logic (simplified): explicit deny → guardrails → explicit allow",
}
ALT = {
    "ko": (
        "요청 하나(보안 주체, 작업, 리소스)가 위에서 아래로 다섯 단계의 질문을 거칩니다. "
        "먼저 적용되는 어느 정책에든 명시적 Deny가 있으면 바로 최종 거부입니다. "
        "없다면 SCP와 RCP, 권한 경계, 세션 정책이 각각 그 작업을 허용하는지 차례로 확인하고(설정되지 않은 것은 건너뜀), 하나라도 허용하지 않으면 묵시적 거부입니다. "
        "마지막으로 자격 증명 기반 정책이나 리소스 기반 정책이 명시적으로 허용하면 최종 허용이고, 허용이 없으면 묵시적 거부입니다."
    ),
    "en": (
        "One request (principal, action, resource) passes five questions from top to bottom. "
        "First, if any applicable policy has an explicit Deny, the final decision is deny. "
        "Otherwise the SCPs and RCPs, the permissions boundary and the session policy are each checked in turn for whether they allow the action (any that is not set is skipped); if one does not, the result is an implicit deny. "
        "Finally, if an identity-based or resource-based policy explicitly allows the action, the final decision is allow; if nothing allows it, it is an implicit deny."
    ),
}
LABELS = {
    "req": {"ko": "요청\n(주체, 작업, 리소스)", "en": "Request\n(principal, action, resource)"},
    "q1": {
        "ko": "1. 어느 정책에든\n명시적 Deny가 있나?",
        "en": "1. Is there an explicit\nDeny in any policy?",
    },
    "q2": {"ko": "2. SCP·RCP가\n허용하나?", "en": "2. Do the SCPs and\nRCPs allow it?"},
    "q3": {"ko": "3. 권한 경계가\n허용하나?", "en": "3. Does the permissions\nboundary allow it?"},
    "q4": {"ko": "4. 세션 정책이\n허용하나?", "en": "4. Does the session\npolicy allow it?"},
    "q5": {
        "ko": "5. 자격 증명 기반 또는\n리소스 기반 정책이\n명시적으로 허용하나?",
        "en": "5. Does an identity-based\nor resource-based policy\nexplicitly allow it?",
    },
    "deny": {"ko": "최종 거부\n(명시적 거부)", "en": "Final deny\n(explicit deny)"},
    "implicit": {"ko": "거부\n(묵시적 거부)", "en": "Deny\n(implicit deny)"},
    "allow": {"ko": "최종 허용", "en": "Final allow"},
    "yes": {"ko": "예", "en": "yes"},
    "no": {"ko": "아니요", "en": "no"},
    "yes_skip": {"ko": "예 / 설정 없음", "en": "yes / not set"},
}

QUESTION = {
    "shape": "box",
    "style": "rounded,filled",
    "fillcolor": "#EEF2FF",
    "fixedsize": "false",
    "width": "2.4",
    "height": "0.9",
    "labelloc": "c",
}


def outcome(color: str) -> dict:
    return {**QUESTION, "fillcolor": color, "width": "1.6"}


def draw(t):
    req = User(t("req"))
    q1 = Node(t("q1"), **QUESTION)
    q2 = Node(t("q2"), **QUESTION)
    q3 = Node(t("q3"), **QUESTION)
    q4 = Node(t("q4"), **QUESTION)
    q5 = Node(t("q5"), **QUESTION)
    deny = Node(t("deny"), **outcome("#FDE2E1"))
    implicit = Node(t("implicit"), **outcome("#FFF1D6"))
    allow = Node(t("allow"), **outcome("#DDF3E4"))

    req >> q1
    q1 >> Edge(label=t("yes"), color="firebrick") >> deny
    q1 >> Edge(label=t("no")) >> q2
    q2 >> Edge(label=t("yes_skip")) >> q3
    q3 >> Edge(label=t("yes_skip")) >> q4
    q4 >> Edge(label=t("yes_skip")) >> q5
    q5 >> Edge(label=t("yes"), color="darkgreen") >> allow
    for q in (q2, q3, q4, q5):
        q >> Edge(label=t("no"), color="darkorange", style="dashed") >> implicit
