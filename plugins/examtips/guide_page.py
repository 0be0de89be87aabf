"""The exam-guide page and the guide's accounting. Pure code, no MkDocs objects.

``guide_context`` is the template context of /exam-guide/ in one language;
``account`` lists what the site does not yet account for (run once every page of a language
is converted, since a section's anchor exists only in the built table of contents);
``pending_lines`` summarises the pending entries by issue for the build output;
``page_tasks`` names the task statements a topic page teaches.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping

from .guide import Guide, Section, Service, Task

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "title": "시험 안내서 지도",
        "description": (
            "SAA-C03 시험 안내서의 과제 설명과 서비스를 이 사이트의 어느 절이 가르치는지 "
            "보여 줍니다."
        ),
        "intro": (
            "AWS Certified Solutions Architect – Associate({code}) 시험 안내서의 도메인, 과제 "
            "설명, 범위 안의 서비스를 이 사이트의 어느 절이 가르치는지 정리했습니다."
        ),
        "source": (
            "AWS 시험 안내서 {version}판({date})을 따릅니다. 도메인과 과제 제목은 AWS의 "
            "표현이고, 요약은 이 사이트가 쓴 것입니다. 안내서 원문은 "
        ),
        "source_link": "AWS 문서",
        "source_after": "에서 읽을 수 있습니다.",
        "checked": "확인한 날: {date}",
        "domain": "도메인 {number}",
        "weight": "채점 문항의 {weight}%",
        "taught_in": "다루는 절",
        "tips": "시험 팁 {count}개",
        "tips_one": "시험 팁 {count}개",
        "tips_link": "시험 팁 보기",
        "questions": "확인 문제 {count}개",
        "questions_one": "확인 문제 {count}개",
        "questions_none": "확인 문제: 준비 중",
        "pending": "준비 중: 이슈 #{issue}",
        "pending_page": " ({page})",
        "pending_unplanned": "아직 다룰 이슈가 없습니다",
        "services": "범위 안의 서비스",
        "services_intro": "시험 안내서 부록의 서비스를 분류별로 나열했습니다.",
        "services_count": (
            "범위 안의 서비스 {total}개 가운데 {covered}개를 이 사이트가 다루고, {pending}개는 "
            "준비 중입니다. {gone}개는 신규 가입이 중단되었거나 서비스가 종료되었습니다."
        ),
        "glossary": "용어집",
        "no_glossary": "용어집 항목 없음",
        "covered": "다룸",
        "not_covered": "준비 중",
        "available": "제공 중",
        "closed": "신규 가입 중단",
        "retired": "서비스 종료",
        "since": "{since}부터",
        "replacement": "대안: {replacement}",
        "out_of_scope": "범위 밖",
        "out_of_scope_intro": "시험 안내서가 범위 밖이라고 밝힌 서비스 분류입니다.",
        "progress": "학습 진도",
        "progress_intro": (
            "과제와 서비스 옆의 확인란은 이 브라우저에만(localStorage) 저장되며 어디로도 "
            "보내지 않습니다. 다른 기기로 옮기려면 내보내고 가져오세요."
        ),
        "progress_count": "확인한 항목 {done}/{total}개",
        "export": "내보내기(JSON)",
        "import": "가져오기",
        "reset": "모두 지우기",
        "reset_confirm": "확인 표시를 모두 지우시겠습니까?",
        "import_failed": "이 파일은 읽을 수 없습니다.",
        "studied": "학습 완료",
        "permalink": "이 절로 바로 가는 링크",
        "page_tasks": "시험 안내서",
        "practice": "도메인 비중대로 뽑은 문제로 시험처럼 풀어 보려면:",
        "practice_link": "연습 문제",
    },
    "en": {
        "title": "Exam guide map",
        "description": "Which sections of this site teach each SAA-C03 task statement and service.",
        "intro": (
            "The domains, task statements and in-scope services of the AWS Certified Solutions "
            "Architect – Associate ({code}) exam guide, and the sections of this site that teach "
            "them."
        ),
        "source": (
            "Follows AWS's exam guide, version {version} ({date}). Domain and task titles are "
            "AWS's wording; the summaries are ours. Read the guide itself in "
        ),
        "source_link": "AWS's documentation",
        "source_after": ".",
        "checked": "Checked: {date}",
        "domain": "Domain {number}",
        "weight": "{weight}% of scored questions",
        "taught_in": "Taught in",
        "tips": "{count} exam tips",
        "tips_one": "{count} exam tip",
        "tips_link": "See the tips",
        "questions": "{count} practice questions",
        "questions_one": "{count} practice question",
        "questions_none": "Practice questions: coming",
        "pending": "Pending: issue #{issue}",
        "pending_page": " ({page})",
        "pending_unplanned": "No issue plans it yet",
        "services": "In-scope services",
        "services_intro": "The services of the exam guide's appendix, by category.",
        "services_count": (
            "Of {total} in-scope services, this site covers {covered}; {pending} are pending. "
            "{gone} are closed to new customers or retired."
        ),
        "glossary": "Glossary",
        "no_glossary": "No glossary entry",
        "covered": "Covered",
        "not_covered": "Pending",
        "available": "Available",
        "closed": "Closed to new customers",
        "retired": "Retired",
        "since": "since {since}",
        "replacement": "Instead: {replacement}",
        "out_of_scope": "Out of scope",
        "out_of_scope_intro": "Service categories the exam guide says are out of scope.",
        "progress": "Your progress",
        "progress_intro": (
            "The tick boxes beside tasks and services are kept in this browser only "
            "(localStorage) and sent nowhere. Export and import them to move to another device."
        ),
        "progress_count": "{done} of {total} ticked",
        "export": "Export (JSON)",
        "import": "Import",
        "reset": "Clear all",
        "reset_confirm": "Clear every tick?",
        "import_failed": "This file cannot be read.",
        "studied": "Studied",
        "permalink": "Link to this section",
        "page_tasks": "Exam guide",
        "practice": "To practise with questions drawn by these domain weights:",
        "practice_link": "Practice questions",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def page_markdown(lang: str) -> str:
    """Title and description of the generated page; its body comes once every page is
    known. Unlike the tip and glossary indexes, it stays in search: its task statements and
    service names are found nowhere else."""
    text = labels(lang)
    return f"---\ndescription: {text['description']}\n---\n\n# {text['title']}\n"


SectionLink = Callable[[Section], str]


def _pending(pending, lang: str) -> dict | None:
    if pending is None:
        return None
    text = labels(lang)
    if pending.issue is None:
        label = text["pending_unplanned"]
    else:
        label = text["pending"].format(issue=pending.issue)
    if pending.page:
        label += text["pending_page"].format(page=pending.page)
    return {"issue": pending.issue, "page": pending.page, "label": label}


def _task(
    task: Task, lang: str, section_link, section_title, tip_counts, tips_link, question_counts
) -> dict:
    return {
        "tips_href": tips_link(task.anchor),
        "id": task.id,
        "anchor": task.anchor,
        "title": task.title[lang],
        "summary": task.summary[lang],
        "sections": [
            {"href": section_link(section), "title": section_title(section)}
            for section in task.sections
        ],
        "tips": tip_counts.get(task.id, 0),
        # None without a question bank; else how many of its questions test this task.
        "questions": None if question_counts is None else question_counts.get(task.id, 0),
        "pending": _pending(task.pending, lang),
    }


def _service(service: Service, lang: str, section_link, section_title, glossary_link) -> dict:
    text = labels(lang)
    return {
        "name": service.name,
        "anchor": service.anchor,
        "glossary": glossary_link(service.glossary) if service.glossary else None,
        "covered": service.coverage == "covered",
        "coverage_label": text["covered" if service.coverage == "covered" else "not_covered"],
        "sections": [
            {"href": section_link(section), "title": section_title(section)}
            for section in service.sections
        ],
        "pending": _pending(service.pending, lang),
        "availability": service.availability,
        "availability_label": text[service.availability],
        "since": text["since"].format(since=service.since) if service.since else "",
        "replacement": (
            text["replacement"].format(replacement=service.replacement[lang])
            if service.replacement
            else ""
        ),
    }


def guide_context(
    guide: Guide,
    lang: str,
    section_link: SectionLink,
    section_title: Callable[[Section], str],
    glossary_link: Callable[[str], str],
    tips_link: Callable[[str], str],  # an anchor on the exam-tips page → its link
    tip_counts: Mapping[str, int],
    storage_key: str,
    question_counts: Mapping[str, int] | None = None,  # by task; None: no question bank
    practice_href: str | None = None,  # the practice page, when the site has one
) -> dict:
    """The template context of /exam-guide/ in ``lang``."""
    text = labels(lang)
    exam = guide.exam
    domains = [
        {
            "id": domain.id,
            "anchor": f"domain-{domain.id}",
            "number": domain.number,
            "weight": domain.weight,
            "title": domain.title[lang],
            "tasks": [
                _task(
                    task,
                    lang,
                    section_link,
                    section_title,
                    tip_counts,
                    tips_link,
                    question_counts,
                )
                for task in domain.tasks
            ],
        }
        for domain in guide.domains
    ]
    categories = [
        {
            "title": category.title[lang],
            "services": [
                _service(service, lang, section_link, section_title, glossary_link)
                for service in category.services
            ],
        }
        for category in guide.categories
    ]
    return {
        "lang": lang,
        "labels": text,
        "intro": text["intro"].format(code=exam.get("code", "")),
        "source": text["source"].format(
            version=exam.get("guide_version", ""), date=exam.get("guide_date", "")
        ),
        "source_url": exam["guide_url"][lang],
        "checked": text["checked"].format(date=exam["checked"]) if exam.get("checked") else "",
        "domains": domains,
        "categories": categories,
        "out_of_scope": [entry[lang] for entry in guide.out_of_scope],
        "services_count": _services_count(guide, text),
        "storage_key": storage_key,
        "practice_href": practice_href,
        "total": len(guide.tasks) + len(guide.unique_services),
    }


def _services_count(guide: Guide, text: dict[str, str]) -> str:
    services = guide.unique_services
    covered = sum(service.coverage == "covered" for service in services)
    return text["services_count"].format(
        total=len(services),
        covered=covered,
        pending=len(services) - covered,
        gone=sum(service.availability != "available" for service in services),
    )


def headings(context: dict) -> list[tuple[str, str]]:
    """(anchor, title) of the page's level-2 headings, for its table of contents."""
    text = context["labels"]
    found = [("progress", text["progress"])]
    found += [
        (domain["anchor"], f"{text['domain'].format(number=domain['number'])}: {domain['title']}")
        for domain in context["domains"]
    ]
    found.append(("services", text["services"]))
    if context["out_of_scope"]:
        found.append(("out-of-scope", text["out_of_scope"]))
    return found


def anchors(guide: Guide) -> list[str]:
    """Every anchor of the page besides its headings: tasks and services."""
    return [task.anchor for task in guide.tasks.values()] + [
        service.anchor for service in guide.services
    ]


# ----------------------------------------------------------------------------- accounting


def account(
    guide: Guide,
    toc_anchors: Mapping[str, Mapping[str, Collection[str]]],
    glossary_ids: Collection[str] | None,
) -> list[str]:
    """What the site does not account for: ``toc_anchors`` is, per language, each page's
    (docs folder's) table-of-contents anchors; ``glossary_ids`` None skips the glossary
    checks (one language's build makes them for all). Every message names the guide's line."""
    problems = []

    def where(item) -> str:
        return f"{guide.source}:{item.line}"

    def check_sections(item, name: str) -> None:
        for section in item.sections:
            for lang, pages in toc_anchors.items():
                if section.page not in pages:
                    problems.append(
                        f"{where(section)}: {name}: page '{section.page}' does not exist in {lang}"
                    )
                elif section.anchor(lang) not in pages[section.page]:
                    problems.append(
                        f"{where(section)}: {name}: no heading '#{section.anchor(lang)}' on "
                        f"'{section.page}' in {lang}"
                    )

    for task in guide.tasks.values():
        name = f"task {task.id}"
        check_sections(task, name)
        if not task.sections and (task.pending is None or task.pending.issue is None):
            problems.append(
                f"{where(task)}: {name} has no section that teaches it and no pending entry "
                "naming the issue that will"
            )
    for service in guide.services:
        name = f"service '{service.name}'"
        check_sections(service, name)
        # A closed or retired service is still asked about: it needs its entry even if pending.
        needs_entry = service.coverage == "covered" or service.availability != "available"
        if glossary_ids is None:
            pass
        elif service.glossary is None and needs_entry:
            state = "covered" if service.coverage == "covered" else service.availability
            problems.append(f"{where(service)}: {name} is {state} but has no glossary entry")
        elif service.glossary is not None and service.glossary not in glossary_ids:
            problems.append(
                f"{where(service)}: {name}: no glossary entry '{service.glossary}' "
                "(in both languages) under glossary/"
            )
        if service.coverage not in ("covered", "pending"):
            problems.append(f"{where(service)}: {name} is neither covered nor pending")
    return problems


def pending_lines(guide: Guide) -> list[str]:
    """One line per issue: the task statements and services it will teach."""
    by_issue: dict[int | None, dict[str, list[str]]] = defaultdict(
        lambda: {"tasks": [], "services": []}
    )
    for task in guide.tasks.values():
        if task.pending is not None:
            by_issue[task.pending.issue]["tasks"].append(task.id)
    for service in guide.unique_services:
        if service.coverage == "pending" and service.pending is not None:
            by_issue[service.pending.issue]["services"].append(service.name)
    lines = []
    for issue in sorted(by_issue, key=lambda i: (i is None, i or 0)):
        found = by_issue[issue]
        parts = []
        if found["tasks"]:
            parts.append(f"tasks {', '.join(found['tasks'])}")
        if found["services"]:
            parts.append(f"{len(found['services'])} services ({', '.join(found['services'])})")
        name = f"issue #{issue}" if issue is not None else "no issue yet"
        lines.append(f"exam guide: pending, {name}: {'; '.join(parts)}")
    return lines


def page_folder(src_uri: str) -> str | None:
    """The docs folder of a page as the guide names it (``security/iam/index.en.md`` →
    ``security/iam``); None for a page that is not a folder's index."""
    folder, _, name = src_uri.rpartition("/")
    if not re.fullmatch(r"index(?:\.[a-z]{2})?\.md", name):
        return None
    return folder


def page_tasks(guide: Guide, folder: str) -> list[Task]:
    """The task statements whose sections lie on the page in ``folder``, in guide order."""
    return [
        task
        for task in guide.tasks.values()
        if any(section.page == folder for section in task.sections)
    ]
