"""The Markdown side of exam tips, corrections and updates: a tree processor that gives each
box its anchor, puts the domain badge in a tip's title, and collects the boxes of a page."""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .model import DOMAINS, KINDS, MODIFIERS, TIP, Box, plain_text, text_for
from .tags import TASK_CLASS

_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")


@dataclass
class PageContext:
    """What the processor needs for one page, and the boxes it found there."""

    lang: str
    badge_class: str = "exam-tip-domain"
    boxes: list[Box] = field(default_factory=list)
    # Anchors a tip had before it had an id (#exam-tip-3), by tip id: kept as link targets.
    legacy_anchors: dict[str, str] = field(default_factory=dict)


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


def _text(elements) -> str:
    return plain_text(_PLACEHOLDER.sub(" ", " ".join("".join(e.itertext()) for e in elements)))


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
            box = Box(
                kind=kind,
                ordinal=counts[kind],
                domain=box_domain(element, kind) if kind == TIP else None,
                title=_text([title]) if title is not None else "",
                text=_text(body),
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
            context.boxes.append(box)


class BoxesExtension(Extension):
    """Registered by the exam-tips plugin; ``current`` returns the page being converted."""

    def __init__(self, current: Callable[[], PageContext | None]):
        super().__init__()
        self.current = current

    def extendMarkdown(self, md: Markdown) -> None:
        # After toc (5), so that headings carry the ids a box's section is known by.
        md.treeprocessors.register(BoxCollector(md, self.current), "exam_tips", 4)
