"""What the glossary plugin writes: the glossary page's template context, glossary.json and
the Anki deck. Pure functions over the model; the HTML itself is a Jinja template."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from html import escape
from typing import NamedTuple

from plugins.anki import anki_deck
from plugins.generated_pages import Record

from .model import Glossary, group_entries

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "title": "용어집",
        "description": "이 사이트에 나오는 AWS 서비스와 개념을 가나다순으로 모은 용어집입니다.",
        "intro": (
            "이 사이트의 페이지에 나오는 AWS 서비스와 개념입니다. 본문에서 밑줄 친 용어에 "
            "마우스를 올리거나 키보드로 초점을 옮기거나 탭하면 정의가 보이고, 누르면 이곳의 "
            "항목으로 옵니다. 용어는 초성(영문은 첫 글자)별로 접혀 있습니다. 위의 글자나 묶음의 "
            "제목을 누르면 그 묶음이, ‘모두 펼치기’를 누르면 전부 펼쳐집니다."
        ),
        "count": "용어 {count}개",
        "group_count": "{count}개",
        "expand_all": "모두 펼치기",
        "collapse_all": "모두 접기",
        "jump": "초성별 바로 가기",
        "aliases": "다른 이름",
        "related": "관련 용어",
        "docs": "AWS 문서",
        "uses_one": "쓰인 곳: 문서 1개",
        "uses_many": "쓰인 곳: 문서 {count}개",
        "uses_failed": "쓰인 곳을 불러오지 못했습니다. 연결을 확인하고 다시 눌러 보세요.",
        "downloads": "내려받기",
        "anki": "Anki 덱(TSV)",
        "json": "JSON",
        "permalink": "이 항목의 링크",
        "deck": "AWS SAA-C03::용어집",
    },
    "en": {
        "title": "Glossary",
        "description": "The AWS services and concepts used on this site, from A to Z.",
        "intro": (
            "The AWS services and concepts used on the pages of this site. In the text, hover "
            "over an underlined term, move the keyboard focus to it or tap it to see its "
            "definition; follow it to come to its entry here. Terms are folded under their "
            "first letter: choose a letter above or a group's heading to unfold that group, "
            "or Expand all to unfold them all."
        ),
        "count": "{count} terms",
        "group_count": "{count}",
        "expand_all": "Expand all",
        "collapse_all": "Collapse all",
        "jump": "Jump to a letter",
        "aliases": "Also called",
        "related": "Related",
        "docs": "AWS documentation",
        "uses_one": "Used on 1 page",
        "uses_many": "Used on {count} pages",
        "uses_failed": "The pages could not be loaded. Check your connection and try again.",
        "downloads": "Downloads",
        "anki": "Anki deck (TSV)",
        "json": "JSON",
        "permalink": "Link to this entry",
        "deck": "AWS SAA-C03::Glossary",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def definitions_html(definitions: Iterable[tuple[str, str, str]], id_prefix: str) -> str:
    """The hidden block of a page's definitions, each ``(term id, term, definition)``, that
    its term links name (aria-describedby) and the tooltip shows. Written as a string rather
    than from a template: it is made for every page of every build, and holds only text."""
    items = "".join(
        f'<p id="{id_prefix}{escape(term_id)}"><strong>{escape(term, quote=False)}</strong>: '
        f"{escape(definition, quote=False)}</p>"
        for term_id, term, definition in definitions
    )
    return f'\n<div class="glossary-tips" hidden>{items}</div>' if items else ""


class Usage(NamedTuple):
    """A section of a page that uses a term. ``anchor`` "" is the top of the page. A named
    tuple rather than a dataclass: a build makes one per term link (thousands), and keeps
    them all until the glossary page is rendered."""

    page_url: str
    page_title: str
    anchor: str
    section_title: str


def page_markdown(lang: str) -> str:
    """The generated page's Markdown: its title and description; the list comes later."""
    text = labels(lang)
    # Left out of search: its hundreds of backlinks would make up a fifth of the index and
    # outrank the topic sections that explain each term (every term links here anyway).
    # No table of contents beside it (the plugin leaves it empty, and hides its column): the
    # letters at the top do that job, and Material's tracking of the reader's place measures
    # every heading of this long page again each time its height changes, which on a phone
    # blocked the page for about a second.
    return (
        f"---\ndescription: {text['description']}\nsearch:\n  exclude: true\n"
        f"hide:\n  - toc\n---\n\n# {text['title']}\n"
    )


def index_context(
    glossary: Glossary,
    lang: str,
    uses: Mapping[str, Iterable[Usage]],
    link_from_index: Callable[[str, str], str],
    downloads: dict[str, str],
) -> dict:
    """The template context of the glossary page. ``link_from_index(page_url, anchor)`` is
    the relative link from the glossary page to a section."""
    link_from_index = _per_page(link_from_index)
    groups = []
    for group in group_entries(glossary.entries.values(), lang):
        entries = []
        for entry in group.entries:
            text = entry.text(lang)
            used = _uses_by_page(uses.get(entry.id, ()), link_from_index)
            entries.append(
                Record(
                    id=entry.id,
                    term=text.term,
                    aliases=list(text.aliases),
                    definition=text.definition,
                    link=text.link,
                    related=[
                        Record(id=other, term=glossary.entries[other].text(lang).term)
                        for other in entry.related
                    ],
                    uses=used,
                    uses_label=uses_label(lang, len(used)),
                )
            )
        groups.append(
            Record(
                letter=group.letter,
                anchor=group.anchor,
                entries=entries,
                count_label=labels(lang)["group_count"].format(count=len(entries)),
            )
        )
    return {
        "lang": lang,
        "labels": labels(lang),
        "count": len(glossary),
        "groups": groups,
        "downloads": downloads,
    }


def backlinks_data(groups: Iterable[Record]) -> dict:
    """The backlinks of the glossary page's terms, which its script loads when a reader first
    opens one (assets/study-index.js): written into the page, they were half its weight.
    ``pages`` lists each page once as ``[href, title]``; ``terms`` maps a term id to its
    pages in order, each ``[page number, [[anchor, section title], …]]``."""
    pages: dict[tuple[str, str], int] = {}
    terms = {}
    for group in groups:
        for entry in group["entries"]:
            if entry["uses"]:
                terms[entry["id"]] = [
                    [
                        pages.setdefault((use["href"], use["title"]), len(pages)),
                        [
                            [section["href"].partition("#")[2], section["title"]]
                            for section in use["sections"]
                        ],
                    ]
                    for use in entry["uses"]
                ]
    return {"pages": [list(page) for page in pages], "terms": terms}


def backlinks_file(data: dict) -> tuple[str, bytes]:
    """``backlinks.<digest>.json`` and its bytes: named by its contents, so browsers and
    CloudFront keep it as long as it does not change (scripts/deploy/rules.py)."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return f"backlinks.{hashlib.sha256(body).hexdigest()[:10]}.json", body


def uses_label(lang: str, pages: int) -> str:
    """The button that opens a term's backlinks: how many pages use it."""
    text = labels(lang)
    return text["uses_one"] if pages == 1 else text["uses_many"].format(count=pages)


def _uses_by_page(uses: Iterable[Usage], link: Callable[[str, str], str]) -> list[dict]:
    """A term's uses, one item per page (in the order first met) with its sections."""
    pages: dict[str, dict] = {}
    listed: set[tuple[str, str, str]] = set()
    for use in uses:
        page = pages.get(use.page_url)
        if page is None:
            page = pages[use.page_url] = Record(
                title=use.page_title, href=link(use.page_url, ""), sections=[]
            )
        key = (use.page_url, use.anchor, use.section_title)
        if use.anchor and key not in listed:
            listed.add(key)
            page["sections"].append(
                Record(title=use.section_title, href=link(use.page_url, use.anchor))
            )
    return list(pages.values())


def _per_page(link: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """``link`` worked out once per page: a section's link is its page's plus the anchor."""
    page_links: dict[str, str] = {}

    def linked(page_url: str, anchor: str) -> str:
        base = page_links.get(page_url)
        if base is None:
            base = page_links[page_url] = link(page_url, "")
        return f"{base}#{anchor}" if anchor else base

    return linked


def export_json(
    glossary: Glossary,
    lang: str,
    uses: Mapping[str, Iterable[Usage]],
    site_path: Callable[[str, str], str],
) -> list[dict]:
    """glossary.json: {id, term, aliases, definition, pages}, pages as absolute site paths."""
    site_path = _per_page(site_path)
    exported = []
    for entry in sorted(glossary.entries.values(), key=lambda e: e.id):
        text = entry.text(lang)
        pages = list(
            dict.fromkeys(site_path(use.page_url, use.anchor) for use in uses.get(entry.id, ()))
        )
        exported.append(
            {
                "id": entry.id,
                "term": text.term,
                "aliases": list(text.aliases),
                "definition": text.definition,
                "pages": pages,
            }
        )
    return exported


def glossary_deck(glossary: Glossary, lang: str) -> str:
    text_labels = labels(lang)
    rows = []
    for group in group_entries(glossary.entries.values(), lang):
        for entry in group.entries:
            text = entry.text(lang)
            back = escape(text.definition)
            if text.aliases:
                names = escape(", ".join(text.aliases))
                back += f"<br><br>{escape(text_labels['aliases'])}: {names}"
            if text.link:
                back += f'<br><a href="{escape(text.link)}">{escape(text_labels["docs"])}</a>'
            rows.append((escape(text.term), back, f"saa-c03 glossary glossary::{entry.id}"))
    return anki_deck(rows, text_labels["deck"])
