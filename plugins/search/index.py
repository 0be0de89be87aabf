"""The per-language search index and the worker file. Pure functions, no MkDocs objects.

Material writes one index for the whole site (and mkdocs-static-i18n merges both languages
into it). Here each language gets its own, at its own root: ``search/search_index.json``
for Korean, ``en/search/search_index.json`` for English, with the documents Material
collected for that language (locations relative to the language root) and what the worker
needs for Korean in ``config.korean``, written in the compact form of compact.py
(``read_index`` reads it back).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from plugins import korean

from . import compact

# The worker reproduces this Material version's protocol and result shape.
MATERIAL_VERSION = "9.8.2"
ASSETS = Path(__file__).parent / "assets"
LUNR = ASSETS / "lunr-2.3.9.min.js"
WORKER = ASSETS / "search-worker.js"
WORKER_DIR = "assets/javascripts/workers"
# What Material's page-side highlighter splits the ?h= terms on.
SEPARATOR = r"[\s\-]+"
# Words that make a question but not its topic (S3 버킷을 복제하는 방법): they count a little
# and a section need not contain them.
WEAK_WORDS = (
    "방법",
    "이유",
    "무엇",
    "어떻게",
    "언제",
    "왜",
    "뭐",
    "무슨",
    "어떤",
    "의미",
    "뜻",
    "다른",
)
# Weight of a match in the headings above a section (its context).
CONTEXT_BOOST = 1.0


class LocationError(ValueError):
    """A document that does not belong to the language being indexed."""


def rebase(location: str, root: str) -> str:
    """A Material location relative to the language root: ``en/vpc/#x`` → ``vpc/#x``."""
    if not root:
        return location
    if not location.startswith(root):
        raise LocationError(f"search entry '{location}' is outside the language root '{root}'")
    return location[len(root) :]


def language_docs(entries: Iterable[Mapping], root: str) -> list[dict]:
    """Material's entries for one language, rebased, in Material's order."""
    docs = []
    for entry in entries:
        doc = dict(entry)
        doc["location"] = rebase(doc["location"], root)
        docs.append(doc)
    return docs


def section_context(toc: Iterable, page_title: str) -> dict[str, str]:
    """For each heading anchor of a page, the titles above it: the page title and the
    headings it sits under (``Read replicas`` under ``Amazon RDS``). The worker matches
    them weakly, so "read replica RDS" finds the section that never repeats "RDS".
    ``toc`` is MkDocs' table of contents (items with ``id``, ``title``, ``children``)."""
    context: dict[str, str] = {}

    def walk(items, above):
        for item in items:
            context[item.id] = compact.CONTEXT_SEPARATOR.join(above)
            walk(item.children, [*above, item.title])

    for top in toc:
        # The h1 is the page title itself; headings under it start from there.
        if top.level == 1:
            walk(top.children, [page_title])
        else:
            walk([top], [page_title])
    return context


def add_context(docs: list[dict], contexts: Mapping[str, Mapping[str, str]]) -> None:
    """Set ``context`` on section documents from ``{page location: section_context}``."""
    for doc in docs:
        path, _, anchor = doc["location"].partition("#")
        text = contexts.get(path, {}).get(anchor) if anchor else None
        if text:
            doc["context"] = text


def build_index(
    docs: list[dict],
    lang: str,
    segments: Mapping[str, list[int]],
    concepts: list[list[str]],
    title_boost: float,
) -> dict:
    """The index document: Material's ``config`` plus ``config.korean``, and ``docs`` in
    the compact form (compact.pack_index), which Material's page hands to the worker
    unread."""
    fields = {"title": {"boost": float(title_boost)}, "text": {"boost": 1.0}}
    if any("tags" in doc for doc in docs):
        fields["tags"] = {"boost": float(title_boost) * 10}
    packed_docs, packed_korean = compact.pack_index(
        docs,
        {
            "particles": sorted(korean.PARTICLES),
            "segments": dict(segments),
            "concepts": concepts,
            "weak": list(WEAK_WORDS),
            "context_boost": CONTEXT_BOOST,
        },
    )
    return {
        "config": {
            "lang": [lang],
            "separator": SEPARATOR,
            "pipeline": [],
            "fields": fields,
            "korean": packed_korean,
        },
        "docs": packed_docs,
    }


def read_index(data: Mapping) -> tuple[list[dict], dict]:
    """A written index's documents, as Material wrote them (with ``context``), and
    ``config.korean`` decoded: what the worker searches."""
    return compact.expand_index(data)


def dump_index(index: dict) -> bytes:
    return json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def worker_file() -> tuple[str, bytes]:
    """The worker (lunr, then ours) and its path under the site, named by its content."""
    body = LUNR.read_bytes().rstrip() + b"\n" + WORKER.read_bytes()
    digest = hashlib.sha256(body).hexdigest()[:8]
    return f"{WORKER_DIR}/korean-search.{digest}.js", body
