"""The text of a box as the exam-tips plugin collects it (plugins/examtips/boxes.py and
model.py), with the site's own Markdown extensions: inline code, which pymdownx.inlinehilite
keeps out of the tree until the end, must reach every copy of a tip or correction."""

from __future__ import annotations

import markdown
import pytest

from plugins.examtips.boxes import BoxesExtension, PageContext
from plugins.examtips.model import Box, PageBoxes, Span, spans_html, spans_text
from plugins.examtips.render import export_json, tips_deck

pytestmark = pytest.mark.unit

SOURCE = """\
## Route 53

!!! exam-tip resilient "Alias at the `example.com` apex"
    Point the zone apex (`example.com`) at an ALB; a subnet needs a `0.0.0.0/0 → igw`
    route. Plain `<b>` stays text &amp; entities too.

!!! correction
    `19.9.2.X` is a typo. `10.0.2.0/23` runs from `10.0.2.0` to `10.0.3.255`:
    512 addresses.
"""


def collect(source: str = SOURCE, lang: str = "en") -> list[Box]:
    context = PageContext(lang)
    md = markdown.Markdown(
        # What mkdocs.yml turns on that touches inline text.
        extensions=[
            "toc",
            "admonition",
            "attr_list",
            "pymdownx.details",
            "pymdownx.superfences",
            "pymdownx.highlight",
            "pymdownx.inlinehilite",
            "pymdownx.keys",
            BoxesExtension(lambda: context),
        ]
    )
    md.convert(source)
    return context.boxes


def test_inline_code_stays_in_the_plain_text():
    tip, correction = collect()
    assert tip.title == "Alias at the example.com apex"
    assert tip.text == (
        "Point the zone apex (example.com) at an ALB; a subnet needs a 0.0.0.0/0 → igw route. "
        "Plain <b> stays text & entities too."
    )
    assert correction.text == (
        "19.9.2.X is a typo. 10.0.2.0/23 runs from 10.0.2.0 to 10.0.3.255: 512 addresses."
    )


def test_inline_code_is_code_in_the_html():
    tip, correction = collect()
    assert tip.title_html == "Alias at the <code>example.com</code> apex"
    assert tip.text_html == (
        "Point the zone apex (<code>example.com</code>) at an ALB; a subnet needs a "
        "<code>0.0.0.0/0 → igw</code> route. Plain <code>&lt;b&gt;</code> stays text &amp; "
        "entities too."
    )
    assert correction.text_html.startswith("<code>19.9.2.X</code> is a typo. <code>10.0.2.0/23")


def test_korean_text_keeps_its_code():
    (tip,) = collect('!!! exam-tip secure "IAM"\n    `s3:GetObject`만 허용하는 정책을 붙입니다.\n')
    assert tip.text == "s3:GetObject만 허용하는 정책을 붙입니다."
    assert tip.text_html == "<code>s3:GetObject</code>만 허용하는 정책을 붙입니다."


def test_spans_escape_prose_and_code():
    spans = [Span("a < b "), Span("x && y", code=True), Span("\n  done")]
    assert spans_text(spans) == "a < b x && y done"
    assert spans_html(spans) == "a &lt; b <code>x &amp;&amp; y</code> done"


def test_exports_carry_code_as_plain_text():
    boxes = collect()
    page = PageBoxes("networking/dns/index.en.md", "en/networking/dns/", "DNS", boxes)
    (entry,) = export_json([page], lambda url, anchor: f"/{url}#{anchor}")
    assert "(example.com)" in entry["text"] and "0.0.0.0/0 → igw" in entry["text"]
    deck = tips_deck([page], "en", lambda url, anchor: f"http://x/{url}#{anchor}")
    assert "(example.com) at an ALB" in deck and "0.0.0.0/0 → igw route" in deck
    assert "<code>" not in deck
