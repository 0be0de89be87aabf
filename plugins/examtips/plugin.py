"""Hooks of the exam-tips plugin. Each hook is short; the work is in model.py (syntax,
checks, ids), boxes.py (the converted boxes) and render.py (pages and exports)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from plugins import generated_pages as pages
from plugins.glossary.model import load_glossary
from plugins.site.model import insert_after_title

from . import guide_page
from .boxes import BoxesExtension, PageContext, rebase
from .config import ExamTipsConfig
from .endings import EXAM, HEADINGS, check_ending, scan_sections, source_path, topic_pages
from .guide import GuideError, load_guide
from .model import (
    TIP,
    PageBoxes,
    Problem,
    check_boxes,
    check_marks,
    page_key,
    scan_boxes,
    text_for,
)
from .render import (
    corrections_context,
    export_json,
    page_markdown,
    tips_context,
    tips_deck,
)
from .review import review_context, review_markdown
from .tags import check_tip_marks, legacy_anchors, task_words, tip_ids

log = logging.getLogger("mkdocs.plugins.exam-tips")
TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class LanguageState:
    """What one language's build collects; static-i18n builds each language in turn with the
    same plugin instance, and `mkdocs serve` rebuilds, so a fresh state per build."""

    tips_file: object = None
    corrections_file: object = None
    guide_file: object = None
    review_file: object = None
    topics: list[str] = field(default_factory=list)  # topic pages' nav paths, in nav order
    endings: dict[str, dict] = field(default_factory=dict)  # nav path → {title, url, ending}
    nav_order: list[str] = field(default_factory=list)
    pages: dict[str, PageBoxes] = field(default_factory=dict)
    page_keys: set[str] = field(default_factory=set)  # every page built, boxes or not
    # docs folder → {anchor: heading} of its table of contents, once the page is converted
    toc_anchors: dict[str, dict[str, str]] = field(default_factory=dict)
    page_titles: dict[str, str] = field(default_factory=dict)  # docs folder → page title
    tip_sites: dict[str, str] = field(default_factory=dict)  # tip id → "file:line"
    page_tips: dict[str, list[str]] = field(default_factory=dict)  # page key → "file:line"s

    def ordered(self) -> list[PageBoxes]:
        """Pages with boxes, in nav order, then any others by path."""
        rank = {src: index for index, src in enumerate(self.nav_order)}
        return sorted(
            self.pages.values(), key=lambda p: (rank.get(p.src_uri, len(rank)), p.src_uri)
        )


class ExamTipsPlugin(BasePlugin[ExamTipsConfig]):
    def __init__(self):
        self.states: dict[str, LanguageState] = {}
        self.lang = ""
        self.current: PageContext | None = None
        self.marks: list = []
        self.extension = BoxesExtension(lambda: self.current)
        self.guide = None
        self.legacy: dict[str, dict[str, str]] = {}
        self.templates = None

    def on_config(self, config):
        if not self.config.enabled:
            return config
        project = Path(config.config_file_path or ".").resolve().parent
        try:
            self.guide = load_guide(project / self.config.guide_file, project)
        except (GuideError, OSError) as error:
            problems = getattr(error, "problems", None) or [str(error)]
            raise PluginError("exam guide:\n" + "\n".join(problems)) from None
        legacy = project / self.config.legacy_anchors
        self.legacy = legacy_anchors(legacy.read_text(encoding="utf-8")) if legacy.is_file() else {}
        # static-i18n calls on_config again for every language, on the same config object.
        if self.extension not in config.markdown_extensions:
            config.markdown_extensions.append(self.extension)
        return config

    def on_pre_build(self, config):
        if self.config.enabled:
            self.lang = pages.build_language(config)
            self.states[self.lang] = LanguageState()
            self.templates = pages.template_environment(config.theme.get_env(), TEMPLATES)

    # After static-i18n's on_files (-100), which rebuilds the file list for each language.
    @event_priority(-110)
    def on_files(self, files, config):
        if not self.config.enabled:
            return files
        state = self.states[self.lang]
        state.tips_file = pages.add_generated_page(
            files, config, self.config.tips_page, self.lang, page_markdown(self.lang, "tips")
        )
        state.corrections_file = pages.add_generated_page(
            files,
            config,
            self.config.corrections_page,
            self.lang,
            page_markdown(self.lang, "corrections"),
        )
        state.guide_file = pages.add_generated_page(
            files, config, self.config.guide_page, self.lang, guide_page.page_markdown(self.lang)
        )
        state.review_file = pages.add_generated_page(
            files, config, self.config.review_page, self.lang, review_markdown(self.lang)
        )
        return files

    def on_nav(self, nav, config, files):
        if self.config.enabled:
            state = self.states[self.lang]
            state.nav_order = [page.file.src_uri for page in nav.pages]
            state.topics = topic_pages(config.nav, self.config.endings_exempt_sections)
        return nav

    # Before the site plugin's (0), which puts the checked date right under the title: the
    # line naming the page's task statements then comes under the date.
    @event_priority(10)
    def on_page_markdown(self, markdown, page, config, files):
        self.current = None
        if self.config.enabled and page.file.generated_by is None:
            self.states[self.lang].page_keys.add(page_key(page.file.src_uri))
            self.marks = scan_boxes(page.file.content_string)
            where = self._where(config, page)
            self._report(check_marks(self.marks, where))
            self._report(check_tip_marks(self.marks, where, self.guide))
            self._check_unique_ids(where)
            state = self.states[self.lang]
            state.page_tips[page_key(page.file.src_uri)] = [
                f"{where}:{mark.line}" for mark in self.marks if mark.kind == TIP
            ]
            folder = guide_page.page_folder(page.file.src_uri)
            self.current = PageContext(self.lang, legacy_anchors=self.legacy.get(folder, {}))
            if source_path(page.file.src_uri) in state.topics:
                self._report(
                    check_ending(scan_sections(page.file.content_string), self.lang, where)
                )
                self.current.exam_heading = text_for(HEADINGS[EXAM], self.lang)
                self.current.relink = self._relink_for_review(page.url, state.review_file.url)
            markdown = self._with_page_tasks(task_words(markdown), folder, page, config)
        return markdown

    def on_page_content(self, html, page, config, files):
        if self.current is None:
            return html
        folder = guide_page.page_folder(page.file.src_uri)
        if folder is not None:
            self.states[self.lang].toc_anchors[folder] = _toc_anchors(page.toc)
            self.states[self.lang].page_titles[folder] = page.title or ""
        boxes = self.current.boxes
        if self.current.ending is not None:
            self.states[self.lang].endings[source_path(page.file.src_uri)] = {
                "title": page.title or "",
                "url": page.url,
                "ending": self.current.ending,
            }
        self._report(check_boxes(self.marks, boxes, self._where(config, page)))
        if boxes:
            self.states[self.lang].pages[page.file.src_uri] = PageBoxes(
                page.file.src_uri, page.url, page.title or "", boxes
            )
            # Links written by hand to a box (…/#exam-tip-2) pass MkDocs' anchor checks.
            page.present_anchor_ids = (
                set(page.present_anchor_ids or ())
                | {box.anchor for box in boxes}
                | set(self.current.legacy_anchors.values())
            )
        self.current = None
        return html

    # Every page is converted by now; before search reads page contents (on_page_context).
    @event_priority(50)
    def on_env(self, env, config, files):
        if not self.config.enabled:
            return env
        state = self.states[self.lang]
        templates = pages.template_environment(env, TEMPLATES)
        ordered = state.ordered()
        tips_page = state.tips_file.page
        if tips_page is not None:
            context = tips_context(
                ordered,
                self.lang,
                lambda url, anchor: pages.relative_link(url, tips_page.url, anchor),
                {
                    "json": self._export_link(config, tips_page, self.config.tips_json),
                    "anki": self._export_link(config, tips_page, self.config.tips_anki),
                },
                self.guide,
            )
            html = templates.get_template("examtips/index.html").render(context)
            headings = [(d["anchor"], d["name"]) for d in context["domains"]]
            tasks = [task["anchor"] for d in context["domains"] for task in d["tasks"]]
            pages.fill_generated_page(tips_page, html, headings, tasks)
        corrections_page = state.corrections_file.page
        if corrections_page is not None:
            context = corrections_context(
                ordered,
                self.lang,
                lambda url, anchor: pages.relative_link(url, corrections_page.url, anchor),
            )
            html = templates.get_template("examtips/corrections.html").render(context)
            headings = [(group["anchor"], group["title"]) for group in context["pages"]]
            pages.fill_generated_page(corrections_page, html, headings)
        self._fill_guide_page(config, templates, state)
        review_page = state.review_file.page
        if review_page is not None:
            context = review_context(
                [state.endings[path] for path in state.topics if path in state.endings],
                self.lang,
                lambda path: pages.relative_link(
                    path.partition("#")[0], review_page.url, path.partition("#")[2]
                ),
            )
            html = templates.get_template("examtips/review.html").render(context)
            headings = [(item["anchor"], item["title"]) for item in context["pages"]]
            pages.fill_generated_page(review_page, html, headings, in_toc=False)
        return env

    # After Material's search (priority 0) has read the pages; these two are left out of it.
    @event_priority(-10)
    def on_page_context(self, context, page, config, nav):
        if self.config.enabled:
            pages.add_generated_html(page)
        return context

    def on_post_build(self, config):
        if not self.config.enabled:
            return
        state = self.states[self.lang]
        root = Path(config.site_dir) / self._root_url(config)
        root.mkdir(parents=True, exist_ok=True)
        ordered = state.ordered()
        if self.config.tips_json:
            data = export_json(ordered, lambda url, anchor: pages.site_path(config, url, anchor))
            (root / self.config.tips_json).write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        if self.config.tips_anki:
            site_root = (config.site_url or "").rstrip("/")
            deck = tips_deck(
                ordered,
                self.lang,
                lambda url, anchor: site_root + pages.site_path(config, url, anchor),
            )
            (root / self.config.tips_anki).write_text(deck, encoding="utf-8")
        self._compare_languages(config)

    # ------------------------------------------------------------------ helpers

    def _check_unique_ids(self, where: str) -> None:
        """A tip id names one tip on the whole site (the JSON and Anki decks key on it)."""
        sites = self.states[self.lang].tip_sites
        for tip_id, line in tip_ids(self.marks):
            here = f"{where}:{line}"
            if tip_id in sites and not sites[tip_id].startswith(f"{where}:"):
                log.error(f"{here}: exam tip id '{tip_id}' is already used at {sites[tip_id]}")
            sites.setdefault(tip_id, here)

    def _with_page_tasks(self, markdown: str, folder: str | None, page, config) -> str:
        """A quiet line under a topic page's title naming the task statements it teaches."""
        tasks = guide_page.page_tasks(self.guide, folder) if folder is not None else []
        if not tasks:
            return markdown
        default, _languages = pages.site_languages(config)
        guide_url = pages.page_url(self.config.guide_page, self.lang, default)
        html = self.templates.get_template("examtips/page-tasks.html").render(
            labels=guide_page.labels(self.lang),
            tasks=[
                {
                    "id": task.id,
                    "title": task.title[self.lang],
                    "href": pages.relative_link(guide_url, page.url, task.anchor),
                }
                for task in tasks
            ],
        )
        return insert_after_title(markdown, html)

    def _fill_guide_page(self, config, templates, state: LanguageState) -> None:
        """The exam-guide page, and the accounting that needs every page's headings."""
        page = state.guide_file.page
        if page is None:
            return
        default, _languages = pages.site_languages(config)
        glossary = self._glossary_page(config)
        tips_url = pages.page_url(self.config.tips_page, self.lang, default)
        counts: dict[str, int] = {}
        for boxes in state.pages.values():
            for box in boxes.of_kind(TIP):
                counts[box.task] = counts.get(box.task, 0) + 1
        context = guide_page.guide_context(
            self.guide,
            self.lang,
            section_link=lambda section: pages.relative_link(
                pages.page_url(section.page, self.lang, default),
                page.url,
                section.anchor(self.lang),
            ),
            section_title=lambda section: self._section_title(state, section),
            glossary_link=lambda term: pages.relative_link(glossary, page.url, term),
            tips_link=lambda anchor: pages.relative_link(tips_url, page.url, anchor),
            tip_counts=counts,
            storage_key=f"exam-guide:{self.guide.exam.get('code', '')}",
            question_counts=_question_counts(config),
            practice_href=_practice_link(config, self.lang, page.url),
        )
        html = templates.get_template("examtips/guide.html").render(context)
        pages.fill_generated_page(
            page, html, guide_page.headings(context), guide_page.anchors(self.guide)
        )
        # Searchable, unlike the other generated pages: into the content before search reads it.
        pages.add_generated_html(page)
        glossary_ids = self._glossary_ids(config) if self.lang == default else None
        for problem in guide_page.account(self.guide, {self.lang: state.toc_anchors}, glossary_ids):
            log.error(problem)

    def _section_title(self, state: LanguageState, section) -> str:
        """The page, then the heading: "IAM › Policy evaluation logic"."""
        heading = state.toc_anchors.get(section.page, {}).get(section.anchor(self.lang), "")
        page = state.page_titles.get(section.page, section.page)
        return f"{page} › {heading}" if heading and heading != page else page

    def _glossary_page(self, config) -> str:
        default, _languages = pages.site_languages(config)
        glossary = config.plugins.get("glossary")
        folder = glossary.config.glossary_page if glossary is not None else "glossary"
        return pages.page_url(folder, self.lang, default)

    def _glossary_ids(self, config) -> set[str]:
        """Ids of the glossary entries, read with the glossary's own model (which drops an
        entry that lacks a language)."""
        plugin = config.plugins.get("glossary")
        folder = Path(plugin.config.glossary_dir if plugin is not None else "glossary")
        if not folder.is_absolute():
            folder = Path(config.config_file_path or ".").resolve().parent / folder
        files = sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))
        glossary, _problems = load_glossary(files, pages.site_languages(config)[1])
        return set(glossary.entries)

    def _compare_languages(self, config) -> None:
        """Once every language is built: a page built in several languages carries the same
        tips (same count, same domains, in the same order) in each, or their ids would not
        match. A page missing in a language is the language-parity check's business."""
        _default, languages = pages.site_languages(config)
        if any(lang not in self.states for lang in languages) or len(languages) < 2:
            return
        first = languages[0]

        def domains(lang):
            return {
                page_key(p.src_uri): [b.tip_id or b.domain for b in p.of_kind(TIP)]
                for p in self.states[lang].pages.values()
            }

        reference = domains(first)
        for lang in languages[1:]:
            other = domains(lang)
            both = self.states[first].page_keys & self.states[lang].page_keys
            for key in sorted(both):
                if reference.get(key, []) != other.get(key, []):
                    at = self._first_difference(
                        key, reference.get(key, []), other.get(key, []), (first, lang)
                    )
                    log.error(
                        f"{at}page '{key}': exam tips differ between '{first}' "
                        f"({', '.join(map(str, reference.get(key, []))) or 'none'}) and '{lang}' "
                        f"({', '.join(map(str, other.get(key, []))) or 'none'}): give both "
                        "languages the same tips, with the same ids, in the same order"
                    )
        # Once per build of every language: what the site still leaves to later issues.
        for line in guide_page.pending_lines(self.guide):
            log.info(line)

    def _first_difference(self, key: str, ours: list, theirs: list, langs: tuple) -> str:
        """Where the message points: the first tip that differs, in the other language's file
        (or in the first language's, when the other has fewer tips), as "file:line: "."""
        shorter = min(len(ours), len(theirs))
        index = next((i for i in range(shorter) if ours[i] != theirs[i]), shorter)
        first, other = langs
        for lang in (other, first):
            sites = self.states[lang].page_tips.get(key, [])
            if index < len(sites):
                return f"{sites[index]}: "
        return ""

    @staticmethod
    def _relink_for_review(page_url: str, review_url: str):
        """A link of the page at ``page_url``, as MkDocs wrote it, rewritten for the review page."""

        def relink(href: str) -> str:
            if not href or "://" in href or href.startswith(("mailto:", "/")):
                return href
            path, _hash, anchor = rebase(href, page_url).partition("#")
            return pages.relative_link(path, review_url, anchor)

        return relink

    def _report(self, problems: list[Problem]) -> None:
        # Errors, not warnings: `--strict` fails the build on either, but `-q` drops warnings.
        for problem in problems:
            log.error(str(problem))

    def _where(self, config, page) -> str:
        return f"{_docs_prefix(config.docs_dir, config.config_file_path)}/{page.file.src_uri}"

    def _root_url(self, config) -> str:
        default, _languages = pages.site_languages(config)
        return pages.language_root(self.lang, default)

    def _export_link(self, config, page, name: str) -> str:
        return pages.relative_link(self._root_url(config) + name, page.url)


def _toc_anchors(toc) -> dict[str, str]:
    """Anchor → title of every heading in a page's table of contents."""
    found = {}
    stack = list(toc or ())
    while stack:
        item = stack.pop()
        found[item.id] = item.title
        stack.extend(item.children)
    return found


@lru_cache(maxsize=8)
def _docs_prefix(docs_dir: str, config_file_path: str | None) -> str:
    """The docs folder as error messages name it: relative to the project when inside it.
    Worked out once per build, not per page: resolving paths asks the file system."""
    docs = Path(docs_dir)
    project = Path(config_file_path or ".").resolve().parent
    if docs.resolve().is_relative_to(project):
        docs = docs.resolve().relative_to(project)
    return docs.as_posix()


def _practice_link(config, lang: str, from_url: str) -> str | None:
    """The practice plugin's page (/practice/), linked from the map; None without one."""
    practice = config.plugins.get("practice")
    # The page is made in on_files, before this build's on_env, and only for a bank.
    if practice is None or not practice.config.enabled or practice.page_file is None:
        return None
    default, _languages = pages.site_languages(config)
    url = pages.page_url(practice.config.practice_page, lang, default)
    return pages.relative_link(url, from_url)


def _question_counts(config) -> dict[str, int] | None:
    """Questions per task statement in the practice plugin's bank, read for this build (its
    on_pre_build); None when the site has no question bank."""
    practice = config.plugins.get("practice")
    if practice is None or not practice.config.enabled:
        return None
    counts: dict[str, int] = {}
    for question in practice.questions:
        counts[question.task] = counts.get(question.task, 0) + 1
    return counts
