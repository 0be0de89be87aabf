"""The Markdown side of the glossary: a tree processor that links terms in a page.

It works on Python-Markdown's element tree after inline processing, so code spans, code
blocks, links, headings and admonition titles are elements it can skip, rather than
patterns to guess in HTML. The first use of each term in each section (an h2 or h3 and what
follows it) becomes a link to the glossary, described (aria-describedby) by the term's
definition. The plugin writes each definition once per page, in a hidden block at its end
(render.definitions_html), however many links name it; docs/assets/study-index.js shows it
as a tooltip on hover, keyboard focus and tap.

Why not a title on each link, which Material's content tooltips would show: a topic page
has about 250 term links, and Material sets up a tooltip for each as the page loads, which on
a phone blocked the page for about 150 ms; the titles also repeated each definition in every
section, a fifth of a topic page's HTML.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .matcher import TermMatcher

# Elements whose text is never linked: code, links, headings, titles of admonitions and
# details, keyboard keys, abbreviations, maths and anything marked `.no-glossary`.
SKIP_TAGS = frozenset(
    {"a", "code", "pre", "kbd", "abbr", "script", "style", "svg", "math", "summary", "button"}
    | {f"h{level}" for level in range(1, 7)}
)
SKIP_CLASSES = frozenset({"admonition-title", "no-glossary", "glossary-term", "headerlink"})
SECTION_TAGS = ("h2", "h3")
# A definition's id is this and the term id (render.definitions_html writes them).
DEFINITION_ID = "glossary-tip-"
# Python-Markdown keeps raw HTML and code blocks as \x02…\x03 placeholders until the end;
# an inline tag is stashed on its own, so text between "<a href=…>" and "</a>" placeholders
# is in a link in the final page.
_PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03|\x02[^\x03]*\x03")
_RAW_OPEN = re.compile(r"<(a|code|kbd|pre|abbr|script|style|h[1-6])\b[^>]*(?<!/)>\s*$", re.I)
_RAW_CLOSE = re.compile(r"^\s*</(a|code|kbd|pre|abbr|script|style|h[1-6])\s*>", re.I)


@dataclass
class PageLinks:
    """What the linker needs for one page, and what it found there."""

    matcher: TermMatcher
    href: Callable[[str], str]  # term id -> link to its glossary entry
    link_class: str = "glossary-term"
    # (term id, section anchor, section title); anchor "" is the top of the page.
    uses: list[tuple[str, str, str]] = field(default_factory=list)


def heading_text(element: etree.Element) -> str:
    """A heading's text without the permalink that the toc extension adds."""
    parts = [element.text or ""]
    for child in element:
        if "headerlink" not in (child.get("class") or "").split():
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _skipped(element: etree.Element) -> bool:
    if not isinstance(element.tag, str) or element.tag in SKIP_TAGS:
        return True
    classes = element.get("class")
    return bool(classes) and not SKIP_CLASSES.isdisjoint(classes.split())


class GlossaryLinker(Treeprocessor):
    def __init__(self, md: Markdown, current: Callable[[], PageLinks | None]):
        super().__init__(md)
        self.current = current

    def run(self, root: etree.Element) -> None:
        links = self.current()
        if links is None:
            return
        self._links = links
        self._section = ("", "")
        self._seen: set[str] = set()
        self._raw_depth = 0  # how many raw-HTML links or code spans the text is inside
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        if element.tag in SECTION_TAGS:
            self._section = (element.get("id") or "", heading_text(element))
            self._seen = set()
        if _skipped(element):
            return
        # element.text comes before the first child; each child's tail follows that child.
        index = self._link_text(element, 0, element.text, None)
        while index < len(element):
            child = element[index]
            self._walk(child)
            index = self._link_text(element, index + 1, child.tail, child)

    def _link_text(self, parent: etree.Element, insert_at: int, text, owner) -> int:
        """Link the terms of ``text`` (``parent.text`` when ``owner`` is None, else the tail
        of ``owner``), inserting links into ``parent`` from ``insert_at``. Returns the index
        of the first child after them."""
        if not text or isinstance(text, AtomicString) or text.isspace():
            return insert_at
        masked = self._mask(text) if "\x02" in text or self._raw_depth else text
        links: list[etree.Element] = []
        lead, last = text, 0
        for start, end, term_id in self._links.matcher.find(masked):
            if term_id in self._seen:
                continue
            self._seen.add(term_id)
            self._links.uses.append((term_id, *self._section))
            shown = text[start:end]
            link = etree.Element(
                "a",
                {
                    "href": self._links.href(term_id),
                    "class": self._links.link_class,
                    "aria-describedby": DEFINITION_ID + term_id,
                },
            )
            link.text = AtomicString(shown)
            if links:
                links[-1].tail = text[last:start]
            else:
                lead = text[:start]
            links.append(link)
            last = end
        if not links:
            return insert_at
        links[-1].tail = text[last:]
        if owner is None:
            parent.text = lead
        else:
            owner.tail = lead
        for offset, link in enumerate(links):
            parent.insert(insert_at + offset, link)
        return insert_at + len(links)

    def _mask(self, text: str) -> str:
        """``text`` with placeholders, and text inside raw-HTML links or code, blanked out
        (same length) so that nothing there is matched."""
        out, last = [], 0
        for match in _PLACEHOLDER.finditer(text):
            out.append(self._visible(text[last : match.start()]))
            out.append("\x00" * (match.end() - match.start()))
            if match.group(1) is not None:
                self._follow_raw(int(match.group(1)))
            last = match.end()
        out.append(self._visible(text[last:]))
        return "".join(out)

    def _visible(self, segment: str) -> str:
        return segment if self._raw_depth == 0 else "\x00" * len(segment)

    def _follow_raw(self, index: int) -> None:
        stash = self.md.htmlStash.rawHtmlBlocks
        raw = stash[index] if index < len(stash) else ""
        if not isinstance(raw, str):
            return
        if _RAW_OPEN.search(raw):
            self._raw_depth += 1
        elif _RAW_CLOSE.match(raw) and self._raw_depth:
            self._raw_depth -= 1


class GlossaryExtension(Extension):
    """Registered by the glossary plugin; ``current`` returns the page being converted."""

    def __init__(self, current: Callable[[], PageLinks | None]):
        super().__init__()
        self.current = current

    def extendMarkdown(self, md: Markdown) -> None:
        # After MkDocs' relpath (0), which would otherwise treat our links as unresolved
        # links to documents; after toc (5), so headings already carry their ids.
        md.treeprocessors.register(GlossaryLinker(md, self.current), "glossary", -10)
