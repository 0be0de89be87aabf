"""The Markdown side of exam tips, corrections and updates: a tree processor that gives each
box its anchor, puts the domain badge in a tip's title, and collects the boxes of a page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .model import DOMAINS, KINDS, MODIFIERS, TIP, Box, Span, plain_text, text_for

# Raw HTML that Python-Markdown keeps aside until the end, in the text as a placeholder:
# inline code highlighted by pymdownx.inlinehilite, entities, inline HTML.
_STASHED = re.compile(r"\x02wzxhzdk:(\d+)\x03")
_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")


@dataclass
class PageContext:
    """What the processor needs for one page, and the boxes it found there."""

    lang: str
    badge_class: str = "exam-tip-domain"
    boxes: list[Box] = field(default_factory=list)


def box_kind(element: etree.Element) -> str | None:
    """The kind of an admonition (div) or collapsible block (details), if it is ours."""
    if element.tag not in ("div", "details"):
        return None
    classes = (element.get("class") or "").split()
    if element.tag == "div" and "admonition" not in classes:
        return None
    return next((kind for kind in KINDS if kind in classes), None)


def box_domain(element: etree.Element, kind: str) -> str | None:
    words = [
        word
        for word in (element.get("class") or "").split()
        if word not in {"admonition", kind} and word not in MODIFIERS
    ]
    return words[0] if len(words) == 1 and words[0] in DOMAINS else None


def _title_element(element: etree.Element) -> etree.Element | None:
    for child in element:
        if child.tag == "summary" or "admonition-title" in (child.get("class") or "").split():
            return child
    return None


class _FragmentSpans(HTMLParser):
    """The text of a stashed HTML fragment, inline code (<code>) told from prose; a code
    block (<pre>) is left out, as it always was: it does not read as a sentence."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.spans: list[Span] = []
        self.open = {"code": 0, "pre": 0}

    def handle_starttag(self, tag, attrs):
        if tag in self.open:
            self.open[tag] += 1

    def handle_endtag(self, tag):
        if self.open.get(tag):
            self.open[tag] -= 1

    def handle_data(self, data):
        if not self.open["pre"]:
            self.spans.append(Span(data, code=self.open["code"] > 0))


def _resolve(text: str, stash: list, code: bool) -> Iterator[Span]:
    """Text with its stash placeholders replaced by what they stand for."""
    start = 0
    for match in _STASHED.finditer(text):
        yield Span(text[start : match.start()], code)
        start = match.end()
        index = int(match.group(1))
        block = stash[index] if index < len(stash) else ""
        if isinstance(block, etree.Element):
            yield from _spans(block, stash, code)
        else:
            parser = _FragmentSpans()
            parser.feed(str(block))
            parser.close()
            yield from (Span(s.text, s.code or code) for s in parser.spans)
    # Any other placeholder (an inline one left unresolved) separates words, as before.
    yield Span(_PLACEHOLDER.sub(" ", text[start:]), code)


def _spans(element: etree.Element, stash: list, code: bool = False) -> Iterator[Span]:
    code = code or element.tag == "code"
    yield from _resolve(element.text or "", stash, code)
    for child in element:
        yield from _spans(child, stash, code)
        yield from _resolve(child.tail or "", stash, code)


def _text_spans(elements, stash: list) -> list[Span]:
    """The text of elements as spans; a space between elements, as a reader sees blocks."""
    spans: list[Span] = []
    for element in elements:
        spans.extend(_spans(element, stash))
        spans.append(Span(" "))
    return spans


def _heading_text(element: etree.Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if "headerlink" not in (child.get("class") or "").split():
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return plain_text("".join(parts))


class BoxCollector(Treeprocessor):
    def __init__(self, md: Markdown, current: Callable[[], PageContext | None]):
        super().__init__(md)
        self.current = current

    def run(self, root: etree.Element) -> None:
        context = self.current()
        if context is None:
            return
        counts: Counter[str] = Counter()
        section = ("", "")
        for element in root.iter():
            if element.tag in ("h2", "h3"):
                section = (element.get("id") or "", _heading_text(element))
                continue
            kind = box_kind(element)
            if kind is None:
                continue
            counts[kind] += 1
            title = _title_element(element)
            body = [child for child in element if child is not title]
            stash = self.md.htmlStash.rawHtmlBlocks
            box = Box.from_spans(
                _text_spans([title] if title is not None else [], stash),
                _text_spans(body, stash),
                kind=kind,
                ordinal=counts[kind],
                domain=box_domain(element, kind) if kind == TIP else None,
                anchor=element.get("id") or "",
                section_anchor=section[0],
                section_title=section[1],
            )
            element.set("id", box.anchor)
            if box.domain and title is not None:
                badge = etree.SubElement(
                    title,
                    "span",
                    # The badge repeats the domain for readers; search would glue it to the
                    # title ("DLQ복원력"), so the index leaves it out.
                    {
                        "class": context.badge_class,
                        "data-domain": box.domain,
                        "data-search-exclude": "",
                    },
                )
                badge.text = text_for(DOMAINS[box.domain].badges, context.lang)
            context.boxes.append(box)


class BoxesExtension(Extension):
    """Registered by the exam-tips plugin; ``current`` returns the page being converted."""

    def __init__(self, current: Callable[[], PageContext | None]):
        super().__init__()
        self.current = current

    def extendMarkdown(self, md: Markdown) -> None:
        # After toc (5), so that headings carry the ids a box's section is known by.
        md.treeprocessors.register(BoxCollector(md, self.current), "exam_tips", 4)
