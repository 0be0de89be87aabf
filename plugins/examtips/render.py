"""What the exam-tips plugin writes: the template contexts of the exam-tips and corrections
pages, exam-tips.json and the Anki deck. Pure functions; the HTML is Jinja templates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from plugins.anki import anki_deck

from .guide import Guide
from .model import CORRECTION, DOMAINS, TIP, UPDATE, PageBoxes, box_id, page_key, text_for

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "tips_title": "시험 팁",
        "tips_description": "SAA-C03 시험의 도메인과 과제별로 이 사이트의 시험 팁을 모았습니다.",
        "tips_intro": (
            "AWS Certified Solutions Architect – Associate(SAA-C03) 시험 안내서의 도메인과 과제 "
            "설명별로 이 사이트의 페이지에 있는 시험 팁을 모았습니다. 팁을 누르면 그 팁이 "
            "있는 곳으로 갑니다."
        ),
        "domain": "도메인 {number}",
        "weight": "채점 문항의 {weight}%",
        "count": "팁 {count}개",
        "count_one": "팁 {count}개",
        "total": "모두 {count}개",
        "no_tips": "아직 이 도메인의 팁이 없습니다.",
        "no_task_tips": "아직 이 과제의 팁이 없습니다.",
        "task": "과제 {id}",
        "corrections_title": "정정과 업데이트",
        "corrections_description": "과정 노트에서 고치거나 최신 정보로 바꾼 내용을 모았습니다.",
        "corrections_intro": (
            "과정 노트가 틀렸던 곳(정정)과, 과정 당시에는 맞았지만 그 뒤 바뀐 곳(업데이트)을 "
            "페이지별로 모았습니다. 항목을 누르면 그 상자로 갑니다."
        ),
        "correction": "정정",
        "update": "업데이트",
        "corrections_count": "정정 {corrections}개 · 업데이트 {updates}개",
        "no_corrections": "아직 정정이나 업데이트가 없습니다.",
        "downloads": "내려받기",
        "anki": "Anki 덱(TSV)",
        "json": "JSON",
        "permalink": "이 부분의 링크",
        "deck": "AWS SAA-C03::시험 팁",
    },
    "en": {
        "tips_title": "Exam tips",
        "tips_description": "Every exam tip on this site, by domain and task of the SAA-C03 exam.",
        "tips_intro": (
            "The exam tips on the pages of this site, by domain and task statement of the AWS "
            "Certified Solutions Architect – Associate (SAA-C03) exam guide. Follow a tip to "
            "where it stands."
        ),
        "domain": "Domain {number}",
        "weight": "{weight}% of scored questions",
        "count": "{count} tips",
        "count_one": "{count} tip",
        "total": "{count} in all",
        "no_tips": "No tips for this domain yet.",
        "no_task_tips": "No tips for this task statement yet.",
        "task": "Task {id}",
        "corrections_title": "Corrections and updates",
        "corrections_description": "What was corrected or updated from the course notes.",
        "corrections_intro": (
            "Where the course notes were wrong (corrections), and where they were right at the "
            "time but things have changed since (updates), page by page. Follow an item to its box."
        ),
        "correction": "Correction",
        "update": "Update",
        "corrections_count": "{corrections} corrections · {updates} updates",
        "no_corrections": "No corrections or updates yet.",
        "downloads": "Downloads",
        "anki": "Anki deck (TSV)",
        "json": "JSON",
        "permalink": "Link to this section",
        "deck": "AWS SAA-C03::Exam tips",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def page_markdown(lang: str, which: str) -> str:
    """The Markdown of a generated page (``tips`` or ``corrections``): title and
    description; the lists come when every page is known."""
    text = labels(lang)
    # These pages only repeat boxes that live on the topic pages: search finds each box in
    # its own section, so the index (fetched by every reader) leaves the copies out.
    return (
        f"---\ndescription: {text[which + '_description']}\nsearch:\n  exclude: true\n---\n\n"
        f"# {text[which + '_title']}\n"
    )


def _item(page: PageBoxes, box, link: Callable[[str, str], str], lang: str) -> dict:
    return {
        "id": box_id(page.src_uri, box),
        "kind": box.kind,
        "kind_label": labels(lang).get(box.kind, box.kind),
        "title": box.title,
        "text": box.text,
        # The same with code spans as <code>, for the pages: the model escaped the text, so
        # the templates mark it safe.
        "title_html": box.title_html,
        "text_html": box.text_html,
        "href": link(page.page_url, box.anchor),
        "anchor": f"{TIP}-{box.tip_id}" if box.tip_id else box_id(page.src_uri, box),
        # The item's id on this index before tips had ids (storage-s3-exam-tip-2).
        "legacy_anchor": (
            f"{page_key(page.src_uri)}-{box.legacy_anchor}" if box.legacy_anchor else ""
        ),
        "section_title": box.section_title,
    }


def tips_context(
    pages: Sequence[PageBoxes],
    lang: str,
    link: Callable[[str, str], str],
    downloads: dict[str, str],
    guide: Guide,
) -> dict:
    """Tips grouped by domain, then by task statement (in the exam guide's order), then by
    page in site order."""
    domains = []
    for domain in DOMAINS.values():
        tasks = []
        for task in guide.domain(domain.key).tasks:
            groups = []
            for page in pages:
                items = [
                    _item(page, box, link, lang) for box in page.of_kind(TIP) if box.task == task.id
                ]
                if items:
                    groups.append(
                        {"title": page.page_title, "href": link(page.page_url, ""), "tips": items}
                    )
            tasks.append(
                {
                    "id": task.id,
                    "anchor": task.anchor,
                    "title": task.title[lang],
                    "count": sum(len(group["tips"]) for group in groups),
                    "pages": groups,
                }
            )
        domains.append(
            {
                "key": domain.key,
                "anchor": f"domain-{domain.key}",
                "number": domain.number,
                "weight": domain.weight,
                "name": text_for(domain.names, lang),
                "badge": text_for(domain.badges, lang),
                "count": sum(task["count"] for task in tasks),
                "tasks": tasks,
            }
        )
    return {
        "lang": lang,
        "labels": labels(lang),
        "domains": domains,
        "total": sum(domain["count"] for domain in domains),
        "downloads": downloads,
    }


def corrections_context(
    pages: Sequence[PageBoxes], lang: str, link: Callable[[str, str], str]
) -> dict:
    """Corrections and updates grouped by page in site order."""
    groups = []
    for page in pages:
        items = [_item(page, box, link, lang) for box in page.of_kind(CORRECTION, UPDATE)]
        if items:
            groups.append(
                {
                    "title": page.page_title,
                    "anchor": "page-" + page_key(page.src_uri),
                    "href": link(page.page_url, ""),
                    "boxes": items,
                }
            )
    every = [item for group in groups for item in group["boxes"]]
    return {
        "lang": lang,
        "labels": labels(lang),
        "pages": groups,
        "corrections": sum(item["kind"] == CORRECTION for item in every),
        "updates": sum(item["kind"] == UPDATE for item in every),
    }


def export_json(pages: Sequence[PageBoxes], site_path: Callable[[str, str], str]) -> list[dict]:
    """exam-tips.json: {id, title, text, domain, task, url}: id the tip's stable id, task its
    task statement ("2.1"), url the absolute path of the tip."""
    return [
        {
            "id": box_id(page.src_uri, box),
            "title": box.title,
            "text": box.text,
            "domain": box.domain,
            "task": box.task,
            "url": site_path(page.page_url, box.anchor),
        }
        for page in pages
        for box in page.of_kind(TIP)
        if box.domain
    ]


def tips_deck(pages: Sequence[PageBoxes], lang: str, absolute_url: Callable[[str, str], str]):
    """The Anki deck of the tips: the question side is the tip's title and domain."""
    rows = []
    for page in pages:
        for box in page.of_kind(TIP):
            if not box.domain:
                continue
            badge = text_for(DOMAINS[box.domain].badges, lang)
            front = f"{escape(box.title)}<br><small>{escape(badge)}</small>"
            url = absolute_url(page.page_url, box.anchor)
            link = f'<a href="{escape(url)}">{escape(page.page_title)}</a>'
            back = f"{escape(box.text)}<br><br>{link}"
            tags = f"saa-c03 exam-tip domain::{box.domain} task::{box.task}"
            rows.append((front, back, tags))
    return anki_deck(rows, labels(lang)["deck"])
