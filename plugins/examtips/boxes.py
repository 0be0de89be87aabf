"""The Markdown side of exam tips, corrections and updates: a tree processor that gives each
box its anchor, puts the domain badge in a tip's title, folds corrections and updates under
their titles and collects the boxes of a page; another copies the bullets of the page's exam
angle for the one-page review."""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from collections import Counter
from collections.abc import Callable, Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown import Extension, Markdown, util
from markdown.treeprocessors import Treeprocessor

from .model import (
    CORRECTION,
    DOMAINS,
    KINDS,
    MODIFIERS,
    TIP,
    UPDATE,
    Box,
    Span,
    plain_text,
    text_for,
)
from .tags import TASK_CLASS

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
    # Anchors a tip had before it had an id (#exam-tip-3), by tip id: kept as link targets.
    legacy_anchors: dict[str, str] = field(default_factory=dict)
    exam_heading: str = ""  # the exam angle's heading in this language, if the page has one
    # Rewrites a link of the page (as MkDocs wrote it) for the page the bullets are copied to.
    relink: Callable[[str], str] = lambda href: href
    ending: Ending | None = None


def box_kind(element: etree.Element) -> str | None:
    """The kind of an admonition (div) or collapsible block (details), if it is ours."""
    if element.tag not in ("div", "details"):
        return None
    classes = (element.get("class") or "").split()
    if element.tag == "div" and "admonition" not in classes:
        return None
    return next((kind for kind in KINDS if kind in classes), None)


def box_domain(element: etree.Element, kind: str) -> str | None:
    words = _words(element, kind)
    return words[0] if words and words[0] in DOMAINS else None


def _words(element: etree.Element, kind: str) -> list[str]:
    return [
        word
        for word in (element.get("class") or "").split()
        if word not in {"admonition", kind} and word not in MODIFIERS
    ]


def take_tip_words(element: etree.Element) -> tuple[str | None, str]:
    """(task, id) of a tip, from the class words ``task-2-1`` and the id after it, which
    leave the box's classes: they are data, not styles."""
    words = _words(element, TIP)
    if len(words) != 3 or not TASK_CLASS.match(words[1]):
        return None, ""
    task = ".".join(TASK_CLASS.match(words[1]).groups())
    classes = (element.get("class") or "").split()
    element.set("class", " ".join(word for word in classes if word not in words[1:]))
    return task, words[2]


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
            task, tip_id = take_tip_words(element) if kind == TIP else (None, "")
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
                task=task,
                tip_id=tip_id,
                legacy_anchor=context.legacy_anchors.get(tip_id, ""),
            )
            element.set("id", box.anchor)
            legacy = box.legacy_anchor
            if legacy:
                # The tip's anchor before it had an id, so that links published then still land.
                target = etree.Element("span", {"id": legacy, "class": "exam-tip-legacy-anchor"})
                # After the title: a details element's summary must stay its first child.
                element.insert(list(element).index(title) + 1 if title is not None else 0, target)
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
            if kind in (CORRECTION, UPDATE):
                fold(element, title)
            context.boxes.append(box)


def fold(element: etree.Element, title: etree.Element | None) -> None:
    """A correction or update shown collapsed under its title: the admonition becomes the
    collapsible block pymdownx.details writes for `???` (a <details> with a <summary>), which
    Material opens for a link to its anchor and for print, and the browser for find in page
    (docs/assets/study-index.js adds search results). Long lists of them read as padding to a
    learner who never saw the course notes; the corrections page lists them in full."""
    if element.tag == "details":
        return
    element.tag = "details"
    classes = [word for word in (element.get("class") or "").split() if word != "admonition"]
    element.set("class", " ".join(classes))
    if title is not None:
        title.tag = "summary"
        title.attrib.pop("class", None)


@dataclass
class Ending:
    """The exam-angle bullets of one page: the list's HTML, its links rewritten for the page
    it is copied to, and the anchor of the heading above it."""

    html: str
    anchor: str = ""


class EndingCollector(Treeprocessor):
    """Keeps a copy of the list under the page's exam-angle heading for the review page.
    After MkDocs' relpath (0), so links are already written as the page's URLs; before the
    glossary's linker (-10), so the copy carries no term links whose definitions live on the
    page."""

    def __init__(self, md: Markdown, current: Callable[[], PageContext | None]):
        super().__init__(md)
        self.current = current

    def run(self, root: etree.Element) -> None:
        context = self.current()
        if context is None or not context.exam_heading:
            return
        children = list(root)
        for index, element in enumerate(children):
            if element.tag == "h2" and _heading_text(element) == context.exam_heading:
                following = next((e for e in children[index + 1 :] if e.tag == "ul"), None)
                stop = next((e for e in children[index + 1 :] if e.tag in ("h1", "h2")), None)
                if following is None or (
                    stop is not None and children.index(stop) < children.index(following)
                ):
                    return
                copy = deepcopy(following)
                for link in copy.iter("a"):
                    link.set("href", context.relink(link.get("href") or ""))
                html = etree.tostring(copy, encoding="unicode", method="html")
                context.ending = Ending(self._unstash(html), element.get("id") or "")
                return

    def _unstash(self, html: str) -> str:
        """What Python-Markdown's raw HTML postprocessor does for the page: put back the
        HTML it stashed (inline code, raw tags) in place of its placeholders."""
        blocks = self.md.htmlStash.rawHtmlBlocks
        return util.HTML_PLACEHOLDER_RE.sub(lambda match: str(blocks[int(match.group(1))]), html)


def rebase(href: str, page_url: str) -> str:
    """A link written from the page at ``page_url`` as a path from the site root (no leading
    slash); addresses with a scheme and in-page anchors are kept as they are."""
    if not href or "://" in href or href.startswith(("mailto:", "/")):
        return href
    path, hash_, fragment = href.partition("#")
    if path:
        joined = posixpath.normpath(posixpath.join(page_url or ".", path))
        path = "" if joined == "." else joined + ("/" if path.endswith("/") else "")
    else:
        path = page_url
    return path + hash_ + fragment


class BoxesExtension(Extension):
    """Registered by the exam-tips plugin; ``current`` returns the page being converted."""

    def __init__(self, current: Callable[[], PageContext | None]):
        super().__init__()
        self.current = current

    def extendMarkdown(self, md: Markdown) -> None:
        # After toc (5), so that headings carry the ids a box's section is known by.
        md.treeprocessors.register(BoxCollector(md, self.current), "exam_tips", 4)
        md.treeprocessors.register(EndingCollector(md, self.current), "exam_endings", -1)
