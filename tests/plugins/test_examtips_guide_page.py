"""plugins/examtips/guide_page.py: the exam-guide page's context, the accounting that needs
every page's headings, the pending summary, and which tasks a topic page teaches."""

from __future__ import annotations

from pathlib import Path

import pytest

from plugins.examtips import guide_page
from plugins.examtips.guide import read_guide

pytestmark = pytest.mark.unit

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "study-index" / "exam-guide.yml"
TEXT = FIXTURE.read_text(encoding="utf-8")
GUIDE = read_guide(TEXT, "g.yml")
TOC = {"storage/s3": {"storage-classes": "Storage classes", "security": "Security"}}
GLOSSARY = {"s3", "vpc"}


def guide(old: str = "", new: str = ""):
    assert old in TEXT
    return read_guide(TEXT.replace(old, new, 1), "g.yml")


def test_a_complete_site_accounts_for_everything():
    assert guide_page.account(GUIDE, {"en": TOC}, GLOSSARY) == []


def test_a_section_must_exist_in_each_language():
    problems = guide_page.account(GUIDE, {"ko": TOC, "en": TOC}, GLOSSARY)
    assert problems == [
        "g.yml:76: task 4.1: no heading '#스토리지-클래스' on 'storage/s3' in ko",
        "g.yml:95: service 'Amazon S3': no heading '#스토리지-클래스' on 'storage/s3' in ko",
    ]
    assert guide_page.account(GUIDE, {"en": {}}, GLOSSARY)[0] == (
        "g.yml:76: task 4.1: page 'storage/s3' does not exist in en"
    )


def test_glossary_entries():
    assert guide_page.account(GUIDE, {"en": TOC}, {"vpc"}) == [
        "g.yml:92: service 'Amazon S3': no glossary entry 's3' (in both languages) under glossary/"
    ]
    # A retired service is still asked about: it needs its entry even while pending.
    retired = guide("        glossary: vpc\n", "        glossary: null\n")
    assert guide_page.account(retired, {"en": TOC}, GLOSSARY) == [
        "g.yml:98: service 'EC2-Classic' is retired but has no glossary entry"
    ]
    covered = guide("        glossary: s3\n", "        glossary: null\n")
    assert guide_page.account(covered, {"en": TOC}, GLOSSARY) == [
        "g.yml:92: service 'Amazon S3' is covered but has no glossary entry"
    ]
    # Without the glossary (the other language's build), nothing about it.
    assert guide_page.account(covered, {"en": TOC}, None) == []


def test_a_task_needs_a_section_or_an_issue():
    section = "          - {page: storage/s3, ko: 스토리지-클래스, en: storage-classes}\n"
    untaught = guide("        sections:\n" + section, "")
    assert guide_page.account(untaught, {"en": TOC}, GLOSSARY) == [
        "g.yml:72: task 4.1 has no section that teaches it and no pending entry naming the "
        "issue that will"
    ]


def test_pending_lines_one_per_issue():
    lines = guide_page.pending_lines(GUIDE)
    assert lines[0] == (
        "exam guide: pending, issue #31: tasks 1.1, 1.2, 1.3, 2.1, 2.2, 3.1, 3.2, 3.3, 3.4, 3.5, "
        "4.2, 4.3, 4.4"
    )
    assert lines[1] == "exam guide: pending, no issue yet: 1 services (EC2-Classic)"


def test_page_tasks_and_folders():
    assert [task.id for task in guide_page.page_tasks(GUIDE, "storage/s3")] == ["4.1"]
    assert guide_page.page_tasks(GUIDE, "compute/ec2") == []
    assert guide_page.page_folder("storage/s3/index.en.md") == "storage/s3"
    assert guide_page.page_folder("storage/s3/index.md") == "storage/s3"
    assert guide_page.page_folder("index.md") == ""
    assert guide_page.page_folder("faq.md") is None


def test_context_in_both_languages():
    for lang in ("ko", "en"):
        context = guide_page.guide_context(
            GUIDE,
            lang,
            section_link=lambda s, lang=lang: f"../{s.page}/#{s.anchor(lang)}",
            section_title=lambda s, lang=lang: s.anchor(lang),
            glossary_link=lambda term: f"../glossary/#{term}",
            tips_link=lambda anchor: f"../exam-tips/#{anchor}",
            tip_counts={"4.1": 3},
            storage_key="exam-guide:SAA-C03",
        )
        cost = context["domains"][3]
        assert (cost["number"], cost["weight"]) == (4, 20)
        task = cost["tasks"][0]
        assert task["tips"] == 3 and task["tips_href"] == "../exam-tips/#task-4-1"
        assert task["sections"][0]["href"].startswith("../storage/s3/#")
        pending = context["domains"][0]["tasks"][1]["pending"]
        assert pending["issue"] == 31
        assert pending["label"] == {"ko": "준비 중: 이슈 #31", "en": "Pending: issue #31"}[lang]
        s3, classic = (service for c in context["categories"] for service in c["services"])
        assert s3["glossary"] == "../glossary/#s3" and s3["covered"]
        assert classic["availability_label"] == {"ko": "서비스 종료", "en": "Retired"}[lang]
        assert context["total"] == 16
        assert (
            context["services_count"]
            == {
                "ko": "범위 안의 서비스 2개 가운데 1개를 이 사이트가 다루고, 1개는 준비 중입니다. "
                "1개는 신규 가입이 중단되었거나 서비스가 종료되었습니다.",
                "en": "Of 2 in-scope services, this site covers 1; 1 are pending. "
                "1 are closed to new customers or retired.",
            }[lang]
        )
        assert [a for a, _t in guide_page.headings(context)][:2] == ["progress", "domain-secure"]
