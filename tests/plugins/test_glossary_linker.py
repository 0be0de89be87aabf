"""plugins/glossary/linker.py on real Python-Markdown output: what gets linked, and where."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from plugins.glossary.linker import GlossaryExtension, PageLinks
from plugins.glossary.matcher import TermMatcher

pytestmark = pytest.mark.unit

ALIASES = [
    ("EC2", "ec2"),
    ("S3", "s3"),
    ("VPC", "vpc"),
    ("보안 그룹", "security-group"),
    ("security group", "security-group"),
]


def convert(source: str, link: bool = True) -> tuple[BeautifulSoup, PageLinks]:
    """``source`` in HTML, with the glossary's links unless ``link`` is false."""
    links = PageLinks(
        matcher=TermMatcher(ALIASES),
        href=lambda term_id: f"../glossary/#{term_id}",
    )
    md = markdown.Markdown(
        extensions=[
            "toc",
            "admonition",
            "attr_list",
            "md_in_html",
            "abbr",
            "tables",
            "pymdownx.superfences",
            "pymdownx.details",
            GlossaryExtension(lambda: links if link else None),
        ],
        extension_configs={"toc": {"permalink": True}},
    )
    return BeautifulSoup(md.convert(source), "html.parser"), links


def linked(source: str) -> list[str]:
    soup, _links = convert(source)
    return [a.get_text() for a in soup.select("a.glossary-term")]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("EC2를 켜고 S3에서 읽습니다.", ["EC2", "S3"]),
        ("EC2, 그리고 다시 EC2.", ["EC2"]),  # first use per section only
        ("`EC2` 코드 안", []),
        ("```\nEC2 in a code block\n```", []),
        ("    EC2 indented code", []),
        ("[EC2 docs](https://example.com/) only", []),
        ("# EC2\n\n## S3를\n\n### VPC", []),  # headings
        ('!!! note "EC2 title"\n    S3 body', ["S3"]),  # admonition titles
        ('??? note "EC2 summary"\n    S3 body', ["S3"]),  # details summaries
        ("*EC2* and **S3**", ["EC2", "S3"]),  # inside emphasis
        ("보안 그룹은 VPC와 함께", ["보안 그룹", "VPC"]),
        ("No terms here.", []),
        ("EC2 here\n{: .no-glossary }", []),  # opt-out class set with attr_list
        ("<a href='x'>EC2</a> but S3", ["S3"]),
        ("<code>EC2</code> and <kbd>S3</kbd>, then VPC", ["VPC"]),
        ("<span>EC2</span> in a raw span", ["EC2"]),
        ("line<br/>EC2 after a void tag", ["EC2"]),
        ('<div markdown class="no-glossary">EC2</div>', []),
        ("<div markdown>EC2 inside md_in_html</div>", ["EC2"]),
        ("| EC2 | S3 |\n|---|---|\n| VPC | x |", ["EC2", "S3", "VPC"]),  # table cells
    ],
)
def test_what_is_linked(source, expected):
    assert linked(source) == expected


def test_first_use_per_section_resets_at_h2_and_h3():
    source = (
        "EC2 intro, EC2 again.\n\n## One\n\nEC2 once, EC2 twice.\n\n"
        "#### Deeper heading stays in section One\n\nEC2 three.\n\n### Two\n\nEC2 again."
    )
    soup, links = convert(source)
    assert len(soup.select("a.glossary-term")) == 3
    assert [(term, anchor) for term, anchor, _title in links.uses] == [
        ("ec2", ""),
        ("ec2", "one"),
        ("ec2", "two"),
    ]
    assert [title for _term, _anchor, title in links.uses] == ["", "One", "Two"]


def test_link_attributes_and_text_around_it():
    soup, _links = convert("먼저 EC2를 시작합니다.")
    paragraph = soup.p
    link = paragraph.a
    assert link["href"] == "../glossary/#ec2"
    assert link["aria-describedby"] == "glossary-tip-ec2"
    assert not link.has_attr("title")
    assert link["class"] == ["glossary-term"]
    assert paragraph.get_text() == "먼저 EC2를 시작합니다."
    assert str(link.next_sibling) == "를 시작합니다."


def test_several_links_in_one_text_and_tails():
    soup, _links = convert("EC2 and *x* then S3 and VPC.")
    assert soup.p.get_text() == "EC2 and x then S3 and VPC."
    assert [a.get_text() for a in soup.select("a.glossary-term")] == ["EC2", "S3", "VPC"]


def test_no_page_means_no_links():
    md = markdown.Markdown(extensions=[GlossaryExtension(lambda: None)])
    assert "<a" not in md.convert("EC2")


def test_each_link_is_described_by_its_terms_definition():
    soup, _links = convert("EC2 and S3.\n\n## Two\n\nEC2 again, and VPC.")
    described = [a["aria-describedby"] for a in soup.select("a.glossary-term")]
    assert described == [f"glossary-tip-{term}" for term in ("ec2", "s3", "ec2", "vpc")]
