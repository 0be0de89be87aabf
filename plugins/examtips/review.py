"""The one-page review (``/review/``): every topic page's exam-angle bullets, in nav order,
each page's list under its title, linking back. Pure code; the HTML is the template
``examtips/review.html``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .endings import EXAM, HEADINGS
from .model import text_for

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "title": "한 장 복습",
        "description": (
            "모든 주제 페이지의 '시험에서는' 요점을 차례대로 모은 "
            "시험 전날 복습용 한 장 정리입니다."
        ),
        "intro": (
            "주제 페이지마다 끝에 있는 '시험에서는' 요점을 사이트 순서대로 모았습니다. "
            "제목을 누르면 그 페이지의 요점으로 갑니다. A4 용지에 인쇄해 시험 전날 훑어보세요."
        ),
        "permalink": "이 절로 바로 가는 링크",
    },
    "en": {
        "title": "One-page review",
        "description": (
            "The exam-angle bullets of every topic page, in site order, to revise the night "
            "before the exam."
        ),
        "intro": (
            "The bullets that close every topic page under 'The exam angle', in site order. "
            "A page's title leads back to its bullets. Print it on A4 and read it the night "
            "before the exam."
        ),
        "permalink": "Link to this section",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def review_markdown(lang: str) -> str:
    """The review page's Markdown: title and description, left out of search (it repeats
    sections search finds on their own pages)."""
    text = labels(lang)
    return (
        f"---\ndescription: {text['description']}\nsearch:\n  exclude: true\n---\n\n"
        f"# {text['title']}\n"
    )


def review_context(endings: Sequence[dict], lang: str, link: Callable[[str], str]) -> dict:
    """``endings`` in nav order: {title, url, ending}, ending.html the list of the page's
    bullets with links already written for the review page (boxes.EndingCollector); ``link``
    makes a path from the site root relative to the review page."""
    items = []
    for number, entry in enumerate(endings, start=1):
        ending = entry["ending"]
        items.append(
            {
                "title": entry["title"],
                "anchor": f"review-{number}",
                "href": link(entry["url"] + (f"#{ending.anchor}" if ending.anchor else "")),
                "bullets": ending.html,  # HTML: the template marks it safe
            }
        )
    return {
        "lang": lang,
        "labels": labels(lang),
        "exam_heading": text_for(HEADINGS[EXAM], lang),
        "pages": items,
    }
