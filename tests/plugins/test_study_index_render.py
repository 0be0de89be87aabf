"""What the two plugins write, from their models: page contexts, JSON and Anki decks."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from plugins.anki import anki_deck
from plugins.examtips import render as tips
from plugins.examtips.guide import load_guide
from plugins.examtips.model import Box, PageBoxes
from plugins.generated_pages import relative_link
from plugins.glossary import render as glossary_render
from plugins.glossary.model import Glossary, GlossaryEntry, TermText

pytestmark = pytest.mark.unit
ROOT = Path(__file__).resolve().parents[2]

PAGES = [
    PageBoxes(
        "storage/s3/index.en.md",
        "en/storage/s3/",
        "Amazon S3",
        [
            Box(
                "exam-tip",
                1,
                "cost",
                "Lifecycle",
                "Move old objects.",
                section_title="Classes",
                task="4.1",
                tip_id="s3-lifecycle",
            ),
            Box("correction", 1, None, "Correction", "The notes were wrong."),
            Box("exam-tip", 2, "secure", "Bucket policy", "Deny.", task="1.1", tip_id="policy"),
            Box("exam-tip", 3, None, "Broken", "No domain."),
        ],
    ),
    PageBoxes(
        "compute/ec2/index.en.md",
        "en/compute/ec2/",
        "Amazon EC2",
        [
            Box("exam-tip", 1, "cost", "Spot", "Interruptible.", task="4.2", tip_id="spot"),
            Box("update", 1, None, "As of 2026", "Changed."),
        ],
    ),
]


def link_from(index_url):
    return lambda url, anchor: relative_link(url, index_url, anchor)


GUIDE = load_guide(ROOT / "tests" / "fixtures" / "exam-guide.yml")


def test_tips_context_groups_by_domain_then_task_then_page():
    downloads = {"json": "j", "anki": "a"}
    context = tips.tips_context(PAGES, "en", link_from("en/exam-tips/"), downloads, GUIDE)
    assert [d["key"] for d in context["domains"]] == ["secure", "resilient", "performance", "cost"]
    counts = {d["key"]: d["count"] for d in context["domains"]}
    assert counts == {"secure": 1, "resilient": 0, "performance": 0, "cost": 2}
    assert context["total"] == 3
    cost = context["domains"][3]
    assert [(t["id"], t["count"]) for t in cost["tasks"]] == [
        ("4.1", 1),
        ("4.2", 1),
        ("4.3", 0),
        ("4.4", 0),
    ]
    assert cost["tasks"][0]["anchor"] == "task-4-1"
    assert cost["tasks"][0]["title"] == "Design cost-optimized storage solutions"
    assert [p["title"] for p in cost["tasks"][0]["pages"]] == ["Amazon S3"]
    assert [p["title"] for p in cost["tasks"][1]["pages"]] == ["Amazon EC2"]
    first = cost["tasks"][0]["pages"][0]["tips"][0]
    assert first["href"] == "../storage/s3/#exam-tip-s3-lifecycle"
    assert first["id"] == "s3-lifecycle"
    assert first["section_title"] == "Classes"
    assert context["domains"][0]["name"] == "Design Secure Architectures"
    assert context["domains"][0]["badge"] == "Secure"


def test_tips_context_in_korean():
    context = tips.tips_context(PAGES, "ko", link_from("exam-tips/"), {}, GUIDE)
    assert context["domains"][1]["name"] == "복원력을 갖춘 아키텍처 설계"
    assert context["labels"]["tips_title"] == "시험 팁"


def test_corrections_context_groups_by_page():
    context = tips.corrections_context(PAGES, "en", link_from("en/corrections/"))
    assert [p["title"] for p in context["pages"]] == ["Amazon S3", "Amazon EC2"]
    assert [p["anchor"] for p in context["pages"]] == ["page-storage-s3", "page-compute-ec2"]
    assert [b["href"] for b in context["pages"][0]["boxes"]] == ["../storage/s3/#correction-1"]
    assert (context["corrections"], context["updates"]) == (1, 1)


def test_exam_tips_json():
    data = tips.export_json(PAGES, lambda url, anchor: f"/{url}#{anchor}")
    assert data[0] == {
        "id": "s3-lifecycle",
        "title": "Lifecycle",
        "text": "Move old objects.",
        "domain": "cost",
        "task": "4.1",
        "url": "/en/storage/s3/#exam-tip-s3-lifecycle",
    }
    assert [d["id"] for d in data] == [
        "s3-lifecycle",
        "policy",
        "spot",
    ]  # a tip without a valid domain is left out (the build reports it)


def read_deck(text: str):
    lines = text.splitlines()
    headers = [line for line in lines if line.startswith("#")]
    rows = list(csv.reader(io.StringIO("\n".join(lines[len(headers) :])), delimiter="\t"))
    return headers, rows


def test_anki_deck_headers_and_quoting():
    deck = anki_deck([("front\twith tab", 'back "quoted"\nnewline', "tag1 tag2")], "Deck::Sub")
    headers, rows = read_deck(deck)
    assert headers == [
        "#separator:tab",
        "#html:true",
        "#notetype:Basic",
        "#deck:Deck::Sub",
        "#tags column:3",
        "#columns:Front\tBack\tTags",
    ]
    assert rows == [["front\twith tab", 'back "quoted"\nnewline', "tag1 tag2"]]


def test_tips_deck():
    deck = tips.tips_deck(PAGES, "en", lambda url, anchor: f"https://x.test/{url}#{anchor}")
    _headers, rows = read_deck(deck)
    assert len(rows) == 3
    front, back, tags = rows[0]
    assert front == "Lifecycle<br><small>Cost-optimized</small>"
    assert 'href="https://x.test/en/storage/s3/#exam-tip-s3-lifecycle"' in back
    assert tags == "saa-c03 exam-tip domain::cost task::4.1"


GLOSSARY = Glossary(
    {
        "s3": GlossaryEntry(
            "s3",
            ("ec2",),
            {
                "ko": TermText("Amazon S3", ("S3",), "객체 스토리지 <안전>", "https://a.test/"),
                "en": TermText("Amazon S3", ("S3",), "Object storage.", None),
            },
        ),
        "ec2": GlossaryEntry(
            "ec2",
            (),
            {
                "ko": TermText("Amazon EC2", ("EC2",), "가상 서버.", None),
                "en": TermText("Amazon EC2", ("EC2",), "Virtual servers.", None),
            },
        ),
    }
)
USES = {
    "s3": [
        glossary_render.Usage("storage/s3/", "Amazon S3", "", "Amazon S3"),
        glossary_render.Usage("storage/s3/", "Amazon S3", "클래스", "클래스"),
        glossary_render.Usage("storage/s3/", "Amazon S3", "클래스", "클래스"),
    ]
}


def test_glossary_json():
    data = glossary_render.export_json(
        GLOSSARY, "ko", USES, lambda url, anchor: "/" + url + (f"#{anchor}" if anchor else "")
    )
    assert data == [
        {
            "id": "ec2",
            "term": "Amazon EC2",
            "aliases": ["EC2"],
            "definition": "가상 서버.",
            "pages": [],
        },
        {
            "id": "s3",
            "term": "Amazon S3",
            "aliases": ["S3"],
            "definition": "객체 스토리지 <안전>",
            "pages": ["/storage/s3/", "/storage/s3/#클래스"],
        },
    ]


def test_glossary_index_context():
    context = glossary_render.index_context(
        GLOSSARY, "ko", USES, link_from("glossary/"), {"json": "../glossary.json", "anki": "x"}
    )
    assert [g["letter"] for g in context["groups"]] == ["E", "S"]
    s3 = context["groups"][1]["entries"][0]
    assert s3["related"] == [{"id": "ec2", "term": "Amazon EC2"}]
    assert s3["uses"] == [
        {
            "title": "Amazon S3",
            "href": "../storage/s3/",
            "sections": [{"title": "클래스", "href": "../storage/s3/#클래스"}],
        }
    ]
    assert s3["uses_label"] == "쓰인 곳: 문서 1개"
    assert context["count"] == 2


def test_backlinks_list_each_page_once_and_each_terms_sections():
    uses = {
        **USES,
        "ec2": [
            glossary_render.Usage("compute/ec2/", "Amazon EC2", "요금", "요금"),
            glossary_render.Usage("storage/s3/", "Amazon S3", "", "Amazon S3"),
        ],
    }
    context = glossary_render.index_context(GLOSSARY, "ko", uses, link_from("glossary/"), {})
    data = glossary_render.backlinks_data(context["groups"])
    assert data == {
        # Numbered in the order the page meets them: EC2's group comes first.
        "pages": [["../compute/ec2/", "Amazon EC2"], ["../storage/s3/", "Amazon S3"]],
        "terms": {"ec2": [[0, [["요금", "요금"]]], [1, []]], "s3": [[1, [["클래스", "클래스"]]]]},
    }


def test_the_backlinks_file_is_named_by_its_contents():
    name, body = glossary_render.backlinks_file({"pages": [["../s3/", "S3"]], "terms": {}})
    assert re.fullmatch(r"backlinks\.[0-9a-f]{10}\.json", name)
    assert json.loads(body) == {"pages": [["../s3/", "S3"]], "terms": {}}
    assert body.decode() == '{"pages":[["../s3/","S3"]],"terms":{}}'  # no spaces to ship
    other, _ = glossary_render.backlinks_file({"pages": [["../s3/", "S3!"]], "terms": {}})
    assert other != name


@pytest.mark.parametrize(
    ("lang", "pages", "label"),
    [
        ("ko", 1, "쓰인 곳: 문서 1개"),
        ("ko", 25, "쓰인 곳: 문서 25개"),
        ("en", 1, "Used on 1 page"),
        ("en", 20, "Used on 20 pages"),
    ],
)
def test_the_backlinks_button_counts_pages(lang, pages, label):
    assert glossary_render.uses_label(lang, pages) == label


def test_glossary_deck_escapes_html():
    _headers, rows = read_deck(glossary_render.glossary_deck(GLOSSARY, "ko"))
    assert rows[1][0] == "Amazon S3"
    assert rows[1][1].startswith("객체 스토리지 &lt;안전&gt;")
    assert 'href="https://a.test/"' in rows[1][1]


def test_page_markdown_has_title_and_description():
    assert glossary_render.page_markdown("ko").endswith("# 용어집\n")
    assert "description: " in tips.page_markdown("en", "corrections")
    assert tips.page_markdown("en", "tips").endswith("# Exam tips\n")


def test_relative_links_from_index_pages():
    assert relative_link("", "exam-tips/", "exam-tip-1") == "../#exam-tip-1"
    assert relative_link("en/", "en/glossary/") == "../"
    assert (
        relative_link("en/storage/s3/", "en/glossary/", "가용-영역") == "../storage/s3/#가용-영역"
    )


def test_records_read_as_attributes_and_compare_as_dicts():
    from jinja2 import Environment

    from plugins.generated_pages import Record

    record = Record(term="Amazon S3", uses=[Record(title="S3", href="../s3/")])
    assert record == {"term": "Amazon S3", "uses": [{"title": "S3", "href": "../s3/"}]}
    assert record.term == "Amazon S3" and record.uses[0].href == "../s3/"
    template = Environment(autoescape=True).from_string(
        "{{ r.term }}|{% for u in r.uses %}{{ u.title }}{% endfor %}|{{ r.missing }}"
    )
    assert template.render(r=record) == "Amazon S3|S3|"


def test_definitions_once_each_hidden_and_escaped():
    html = glossary_render.definitions_html(
        [("ec2", "Amazon EC2", "Servers."), ("x", 'A <b> & "C"', "x < y & z")], "tip-"
    )
    soup = BeautifulSoup(html, "html.parser")
    block = soup.select_one("div.glossary-tips")
    assert block.has_attr("hidden")
    assert [(p["id"], p.strong.get_text(), p.get_text()) for p in block.select("p")] == [
        ("tip-ec2", "Amazon EC2", "Amazon EC2: Servers."),
        ("tip-x", 'A <b> & "C"', 'A <b> & "C": x < y & z'),
    ]
    assert glossary_render.definitions_html([], "tip-") == ""
