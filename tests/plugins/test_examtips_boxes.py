"""plugins/examtips/boxes.py on real Python-Markdown output: anchors, badges, sections."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup
from pymdownx.slugs import slugify

from plugins.examtips.boxes import BoxesExtension, PageContext, rebase

pytestmark = pytest.mark.unit

SOURCE = """\
# Page

Intro.

!!! exam-tip cost "Before any section"
    Cheap.

## Storage classes

!!! exam-tip resilient "Versioning"
    Turn it on. `code` stays in the text.

    ```python
    print("code blocks are left out")
    ```

!!! correction "정정"
    The notes were wrong.

### Deeper

??? update "Collapsible"
    Changed since.

!!! exam-tip nonsense "Unknown domain"
    Body.

!!! note "Not ours"
    Left alone.
"""


def convert(source: str, lang: str = "ko"):
    context = PageContext(lang)
    md = markdown.Markdown(
        extensions=[
            "toc",
            "admonition",
            "pymdownx.details",
            "pymdownx.superfences",
            BoxesExtension(lambda: context),
        ]
    )
    return BeautifulSoup(md.convert(source), "html.parser"), context


def test_boxes_are_collected_in_page_order():
    _soup, context = convert(SOURCE)
    assert [
        (b.kind, b.ordinal, b.domain, b.title, b.anchor, b.section_anchor) for b in context.boxes
    ] == [
        ("exam-tip", 1, "cost", "Before any section", "exam-tip-1", ""),
        ("exam-tip", 2, "resilient", "Versioning", "exam-tip-2", "storage-classes"),
        ("correction", 1, None, "정정", "correction-1", "storage-classes"),
        ("update", 1, None, "Collapsible", "update-1", "deeper"),
        ("exam-tip", 3, None, "Unknown domain", "exam-tip-3", "deeper"),
    ]
    versioning = context.boxes[1]
    assert versioning.text == "Turn it on. code stays in the text."
    assert versioning.section_title == "Storage classes"


def test_boxes_get_their_anchor_and_tips_their_badge():
    soup, _context = convert(SOURCE)
    tip = soup.find(id="exam-tip-2")
    assert tip["class"] == ["admonition", "exam-tip", "resilient"]
    badge = tip.select_one(".admonition-title .exam-tip-domain")
    assert badge["data-domain"] == "resilient"
    assert badge.get_text() == "복원력"
    assert soup.find(id="update-1").name == "details"
    assert soup.find(id="update-1").summary.select(".exam-tip-domain") == []
    assert soup.find(id="exam-tip-3").select(".exam-tip-domain") == []  # unknown domain
    assert soup.select_one(".admonition.note").get("id") is None


def test_badge_in_the_reader_s_language():
    soup, _context = convert(SOURCE, lang="en")
    assert soup.find(id="exam-tip-2").select_one(".exam-tip-domain").get_text() == "Resilient"
    assert soup.find(id="exam-tip-1").select_one(".exam-tip-domain").get_text() == "Cost-optimized"


def test_empty_body():
    _soup, context = convert('!!! correction "t"\n\nNot in the box.\n')
    assert context.boxes[0].text == ""


def test_no_page_means_nothing_changes():
    md = markdown.Markdown(extensions=["admonition", BoxesExtension(lambda: None)])
    assert "id=" not in md.convert('!!! exam-tip cost "t"\n    b\n')


def test_corrections_and_updates_are_collapsed_under_their_title():
    soup, context = convert(SOURCE + '\n!!! update "A title that says what changed"\n    Body.\n')
    correction = soup.find(id="correction-1")
    assert correction.name == "details" and not correction.has_attr("open")
    assert correction["class"] == ["correction"]
    assert correction.summary.get_text() == "정정"
    assert correction.p.get_text() == "The notes were wrong."
    update = soup.find(id="update-2")
    assert (
        update.name == "details" and update.summary.get_text() == "A title that says what changed"
    )
    assert update.summary.get("class") is None
    # What the box says is collected the same as before.
    assert context.boxes[-1].title == "A title that says what changed"
    assert context.boxes[-1].text == "Body."
    # Exam tips and other admonitions stay open.
    assert soup.find(id="exam-tip-2").name == "div"
    assert soup.select_one(".admonition.note").name == "div"


def test_an_open_collapsible_box_stays_open():
    soup, _context = convert('???+ correction "t"\n    b\n')
    assert soup.find(id="correction-1").has_attr("open")


ENDING = """\
# Page

## Body

Text with `code`.

## 시험에서는

- One with `aws:SecureTransport` and <sup>2</sup>.
- A [link](../other/#anchor) and an [AWS link](https://docs.aws.amazon.com/x.html).

!!! exam-tip cost "A tip after the bullets"
    Body.

## 더 읽을거리

- Not these.
"""


def convert_ending(source: str, heading: str = "시험에서는"):
    context = PageContext("ko", exam_heading=heading, relink=lambda href: f"[{href}]")
    md = markdown.Markdown(
        extensions=["toc", "admonition", BoxesExtension(lambda: context)],
        extension_configs={"toc": {"slugify": slugify(case="lower")}},
    )
    md.convert(source)
    return context


def test_the_exam_angle_s_bullets_are_copied_with_their_links_rewritten():
    ending = convert_ending(ENDING).ending
    assert ending.anchor == "시험에서는"
    soup = BeautifulSoup(ending.html, "html.parser")
    assert [li.get_text() for li in soup.select("li")] == [
        "One with aws:SecureTransport and 2.",
        "A link and an AWS link.",
    ]
    # The stashed inline code and raw HTML are put back.
    assert str(soup.code) == "<code>aws:SecureTransport</code>" and soup.sup is not None
    assert [a["href"] for a in soup.select("a")] == [
        "[../other/#anchor]",
        "[https://docs.aws.amazon.com/x.html]",
    ]


def test_no_exam_angle_means_no_ending():
    assert convert_ending(ENDING, heading="").ending is None
    assert convert_ending(ENDING.replace("## 시험에서는", "## 요약")).ending is None
    # A heading without a list before the next section has no bullets to copy.
    assert convert_ending("## 시험에서는\n\nText.\n\n## 더 읽을거리\n\n- x\n").ending is None


@pytest.mark.parametrize(
    ("href", "page_url", "expected"),
    [
        ("../../networking/vpc/#x", "storage/s3/", "networking/vpc/#x"),
        ("../vpc/", "networking/dns/", "networking/vpc/"),
        ("#a", "storage/s3/", "storage/s3/#a"),
        ("../../", "storage/s3/", ""),
        ("../#top", "en/storage/", "en/#top"),
        ("../../#top", "en/storage/", "#top"),
        ("https://docs.aws.amazon.com/x", "storage/s3/", "https://docs.aws.amazon.com/x"),
    ],
)
def test_rebase_writes_a_link_from_the_site_root(href, page_url, expected):
    assert rebase(href, page_url) == expected
