"""One-off: write each exam tip's task statement and stable id into the pages.

`python -m scripts tag-tips` reads exam-guide/tip-tags.yml and rewrites every tip's type line
in both languages, `!!! exam-tip resilient "…"` → `!!! exam-tip resilient 2.1 sqs-buffer "…"`,
matching tips by page and position. The domain comes from the task's number (the guide's
domains). It refuses to write when a page's two languages have different numbers of tips or
the data does not list every tip; a Korean title that differs from the one recorded is only
reported (someone may have renamed it). Running it twice changes nothing.

Delete this file and the data once the tags live in the pages for good.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

TAGS = Path("exam-guide/tip-tags.yml")
GUIDE = Path("exam-guide/saa-c03.yml")
DOCS = Path("docs")
# A tip's type line, with or without the task and id it may already carry.
_TIP = re.compile(
    r"^(?P<lead>[ \t]*(?:!!!|\?\?\?\+?)[ \t]*exam-tip)(?P<words>(?:[ \t]+[\w.-]+)*)"
    r'(?P<title>[ \t]+"[^"]*")?[ \t]*$'
)
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_MODIFIERS = {"inline", "end"}


def tip_lines(lines: list[str]) -> list[int]:
    """Indexes of the tip type lines, outside fenced code."""
    found, fence = [], None
    for index, line in enumerate(lines):
        if fence:
            if line.strip().startswith(fence):
                fence = None
            continue
        opened = _FENCE.match(line)
        if opened:
            fence = opened.group(1)
        elif _TIP.match(line):
            found.append(index)
    return found


def tag_line(line: str, domain: str, task: str, tip_id: str) -> str:
    match = _TIP.match(line)
    modifiers = [word for word in match.group("words").split() if word in _MODIFIERS]
    words = " ".join([domain, task, tip_id, *modifiers])
    return f"{match.group('lead')} {words}{match.group('title') or ''}"


def _title(line: str) -> str:
    title = _TIP.match(line).group("title") or ""
    return title.strip().strip('"')


def tag_page(
    page: str, tags: list[dict], domains: dict[str, str], docs: Path = DOCS
) -> tuple[dict[Path, str], list[str]]:
    """(new text by file, notes) for one page; raises ValueError when it cannot be tagged."""
    files = {lang: docs / page / name for lang, name in (("ko", "index.md"), ("en", "index.en.md"))}
    texts = {lang: path.read_text(encoding="utf-8") for lang, path in files.items()}
    found = {lang: tip_lines(text.split("\n")) for lang, text in texts.items()}
    if len(found["ko"]) != len(found["en"]):
        raise ValueError(
            f"{page}: {len(found['ko'])} tips in Korean, {len(found['en'])} in English: "
            "make them agree first"
        )
    if len(found["ko"]) != len(tags):
        raise ValueError(f"{page}: {len(found['ko'])} tips on the page, {len(tags)} in {TAGS}")
    notes, written = [], {}
    for lang, path in files.items():
        lines = texts[lang].split("\n")
        for index, tag in zip(found[lang], tags, strict=True):
            task = str(tag["task"])
            domain = domains[task.split(".")[0]]
            if tag.get("domain") and tag["domain"] != domain:
                raise ValueError(
                    f"{page} tip {tag['n']}: task {task} is {domain}, not {tag['domain']}"
                )
            if lang == "ko" and _title(lines[index]) != tag["ko"]:
                notes.append(
                    f"{path}:{index + 1}: tip {tag['n']} is now titled "
                    f'"{_title(lines[index])}" (was "{tag["ko"]}"): check its tag'
                )
            lines[index] = tag_line(lines[index], domain, task, tag["id"])
        text = "\n".join(lines)
        if text != texts[lang]:
            written[path] = text
    return written, notes


def run_tag_tips(tags_file: Path = TAGS, guide_file: Path = GUIDE, docs: Path = DOCS) -> int:
    tags = yaml.safe_load(tags_file.read_text(encoding="utf-8"))
    guide = yaml.safe_load(guide_file.read_text(encoding="utf-8"))
    domains = {str(domain["number"]): domain["id"] for domain in guide["domains"]}
    ids = [tag["id"] for page_tags in tags.values() for tag in page_tags]
    repeated = sorted({tip_id for tip_id in ids if ids.count(tip_id) > 1})
    if repeated:
        print(f"{tags_file}: ids used twice: {', '.join(repeated)}", file=sys.stderr)
        return 1
    tagged_pages = {
        path.parent.relative_to(docs).as_posix()
        for path in docs.rglob("index.md")
        if tip_lines(path.read_text(encoding="utf-8").split("\n"))
    }
    missing = sorted(tagged_pages - tags.keys())
    if missing:
        print(f"{tags_file}: pages with tips but no tags: {', '.join(missing)}", file=sys.stderr)
        return 1
    changes: dict[Path, str] = {}
    try:
        for page, page_tags in tags.items():
            written, notes = tag_page(page, page_tags, domains, docs)
            changes.update(written)
            for note in notes:
                print(note)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    for path, text in changes.items():
        path.write_text(text, encoding="utf-8")
    print(f"tagged {len(ids)} tips per language; {len(changes)} files changed")
    return 0
