"""Issue 25's three search faults, each on a small index of its own: an unspaced compound
the pages never write unspaced, a word of one concept's name only, and a page that fills
the results on one word of its headings."""

import pytest

from plugins.search import index, segment

from .conftest import run_node

pytestmark = pytest.mark.unit

DOCS = [
    ("load-balancing/", "로드 밸런싱", "<p>부하를 나눕니다.</p>"),
    (
        "load-balancing/#유형",
        "로드 밸런서 유형",
        "<p>네트워크 로드 밸런서는 TCP를, ALB는 HTTP를 다룹니다.</p>",
    ),
    ("connectivity/", "연결", "<p>온프레미스와 VPC를 잇습니다.</p>"),
    ("connectivity/#direct-connect", "Direct Connect", "<p>Direct Connect는 전용 회선입니다.</p>"),
    ("recovery/", "재해 복구", "<p>백업과 복구입니다.</p>"),
    (
        "recovery/#storage-gateway",
        "하이브리드 스토리지",
        "<p>온프레미스의 백업 소프트웨어는 그대로 두고, Tape Gateway가 가상 테이프를 S3와 "
        "Glacier에 보관합니다. 테이프 장비를 사고 관리하는 비용이 사라집니다.</p>",
    ),
    ("labs/", "실습", "<p>실습 안내입니다.</p>"),
    ("labs/#비용", "비용", "<p>실습 비용은 거의 들지 않습니다.</p>"),
    ("labs/#비용-정리", "비용 정리", "<p>끝나면 리소스를 지워 비용을 막습니다.</p>"),
    ("labs/#비용-알림", "비용 알림", "<p>예산으로 비용 알림을 받습니다.</p>"),
    ("labs/#비용-확인", "비용 확인", "<p>청구서에서 비용을 확인합니다.</p>"),
    ("labs/#비용-태그", "비용 태그", "<p>태그로 비용을 나눠 봅니다.</p>"),
    ("networking/", "보안", "<p>보안 그룹과 Auto Scaling 그룹을 씁니다.</p>"),
]
CONCEPTS = [
    ["Network Load Balancer", "NLB", "네트워크 로드 밸런서"],
    ["Application Load Balancer", "ALB", "애플리케이션 로드 밸런서"],
    ["AWS Direct Connect", "Direct Connect", "다이렉트 커넥트"],
    ["Tape Gateway", "테이프 게이트웨이"],
    ["보안 그룹", "security group"],
    ["Auto Scaling 그룹", "오토 스케일링 그룹"],
]


@pytest.fixture(scope="module")
def engine():
    docs = [{"location": loc, "title": title, "text": text} for loc, title, text in DOCS]
    texts = [doc[field] for doc in docs for field in ("title", "text")]
    segments = segment.segment_texts(texts, segment.kiwi_analyser())
    data = index.build_index(docs, "ko", segments, CONCEPTS, 8)
    return lambda calls: run_node(calls, data)


def first(answer) -> str:
    return answer["ranked"][0]["location"]


def test_an_unspaced_compound_keeps_its_last_syllable_and_finds_its_concept(engine):
    # 서 of 밸런서 is also a particle (에서); the pages only write 네트워크 로드 밸런서.
    [plan, answer] = engine([["plan", "네트워크로드밸런서를"], ["search", "네트워크로드밸런서를"]])
    assert plan[0]["keys"] == ["네트워크로드밸런서"] and plan[0]["concept"]
    assert first(answer) == "load-balancing/#유형"


def test_a_concept_name_typed_unspaced_is_a_word_even_where_no_page_writes_it(engine):
    # The pages write ALB only: 애플리케이션 and 밸런서 alone do not make the word known.
    [plan] = engine([["plan", "애플리케이션로드밸런서"]])
    assert plan[0]["keys"] == ["애플리케이션로드밸런서"] and plan[0]["concept"]


def test_a_word_of_one_concepts_name_only_finds_that_concept(engine):
    [plan, answer] = engine([["plan", "커넥트"], ["search", "커넥트"]])
    assert plan[0]["concept"]
    assert first(answer) == "connectivity/#direct-connect"


def test_a_word_of_several_concepts_names_is_only_a_word(engine):
    # 그룹: 보안 그룹 and Auto Scaling 그룹; the pages use it anyway.
    [plan] = engine([["plan", "그룹"]])
    assert not plan[0]["concept"]


def test_a_heading_of_one_word_does_not_outrank_the_page_with_the_concept(engine):
    # The concept named in Korean, found in English on its page: a weaker match there.
    answer = engine([["search", "테이프 게이트웨이 비용"]])[0]
    assert first(answer) == "recovery/#storage-gateway"


def test_one_page_keeps_at_most_three_sections_when_another_page_matches(engine):
    answer = engine([["search", "비용"]])[0]
    labs = [item for group in answer["groups"] for item in group if item["score"] > 0]
    by_page = {}
    for item in labs:
        by_page.setdefault(item["location"].split("#")[0], []).append(item)
    assert len(by_page) > 1
    assert len(by_page["labs/"]) == 3
