"""Hooks of the practice plugin. Each hook is short; the work is in model.py (the bank, its
checks, where a page's section goes) and render.py (the section, the exports)."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File

from plugins import generated_pages as pages
from plugins.assets.bundle import hashed_name
from plugins.examtips.endings import topic_pages

from . import page as practice_page
from .config import PracticeConfig
from .model import (
    PlacementError,
    Question,
    check_sections,
    exam_guide,
    insert_section,
    load_bank,
    tasks_of,
)
from .render import export_json, practice_deck, section_context, section_markdown
from .targets import Targets, check_targets, summary

_INDEX = re.compile(r"/?index(?:\.[a-z]{2})?\.md$")
log = logging.getLogger("mkdocs.plugins.practice")
TEMPLATES = Path(__file__).parent / "templates"
SCRIPT = Path(__file__).parent / "practice.js"
SCRIPT_PATH = "assets/practice.js"
# The practice page's scripts, in the order it loads them: the logic, then the DOM.
PAGE_SCRIPTS = {
    "trainer": Path(__file__).parent / "trainer.js",
    "page": Path(__file__).parent / "practice-page.js",
}


class PracticePlugin(BasePlugin[PracticeConfig]):
    def __init__(self):
        self.questions: list[Question] = []
        self.by_page: dict[str, list[Question]] = {}
        self.lang = ""
        self.script_name = ""
        self.page_scripts: dict[str, str] = {}
        self.page_file = None
        self.outline: list[practice_page.OutlineDomain] = []
        self.env = None

    def on_pre_build(self, config):
        if not self.config.enabled:
            return
        self.lang = pages.build_language(config)
        base = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        guide = exam_guide(base / self.config.practice_exam_guide)
        self.outline = practice_page.outline_of(guide)
        files = sorted((base / self.config.practice_questions_dir).glob("*.yml"))
        self.questions, problems = load_bank(files, tasks_of(guide), base)
        # Both languages' builds read the same bank: report on it once.
        if self.lang == pages.site_languages(config)[1][0]:
            for problem in problems:
                log.error(str(problem))
            if not problems:
                self._check_targets(config, guide)
        self.env = None  # the theme's environment of this language's build
        self.by_page = {}
        for question in self.questions:
            self.by_page.setdefault(question.section.page, []).append(question)

    # After static-i18n's on_files (-100), which rebuilds the file list for each language.
    @event_priority(-110)
    def on_files(self, files, config):
        if self.config.enabled:
            data = SCRIPT.read_bytes()
            self.script_name = hashed_name(SCRIPT_PATH, data)
            if files.get_file_from_path(self.script_name) is None:
                files.append(File.generated(config, self.script_name, content=data))
            self.page_file = None
            # No bank, no page (a site without questions, or a fixture).
            if self.config.practice_page and self.questions:
                for key, path in PAGE_SCRIPTS.items():
                    data = path.read_bytes()
                    name = hashed_name(f"assets/{path.name}", data)
                    self.page_scripts[key] = name
                    if files.get_file_from_path(name) is None:
                        files.append(File.generated(config, name, content=data))
                self.page_file = pages.add_generated_page(
                    files,
                    config,
                    self.config.practice_page,
                    self.lang,
                    practice_page.page_markdown(self.lang),
                )
        return files

    def on_page_markdown(self, markdown, page, config, files):
        if not self.config.enabled or page.file.generated_by is not None:
            return markdown
        questions = self.by_page.get(_page_key(page.file.src_uri))
        if not questions:
            return markdown
        section = section_markdown(self.lang, self._render(questions, page, config))
        try:
            return insert_section(
                markdown,
                section,
                self.config.practice_after.get(self.lang, ""),
                self.config.practice_before.get(self.lang, []),
            )
        except PlacementError as error:
            raise PluginError(
                f"practice: page '{page.file.src_uri}' has {len(questions)} questions "
                f"({', '.join(q.id for q in questions)}) but {error}"
            ) from error

    # Every page is converted by now, so every table of contents is known.
    @event_priority(50)
    def on_env(self, env, config, files):
        if self.config.enabled:
            self._check_anchors(files)
            if self.page_file is not None and self.page_file.page is not None:
                self._fill_page(config, files, self.page_file.page)
        return env

    # After Material's search (priority 0) has read the page: its controls are not content.
    @event_priority(-10)
    def on_page_context(self, context, page, config, nav):
        if self.config.enabled:
            pages.add_generated_html(page)
        return context

    def on_post_build(self, config):
        if not self.config.enabled:
            return
        self._write_exports(config)

    # ------------------------------------------------------------------ helpers

    def _render(self, questions, page, config) -> str:
        default, languages = pages.site_languages(config)
        other = next((lang for lang in languages if lang != self.lang), self.lang)
        context = section_context(
            questions,
            self.lang,
            other,
            other_json=pages.relative_link(
                pages.language_root(other, default) + self.config.practice_json, page.url
            ),
            script=pages.relative_link(self.script_name, page.url),
            practice_href=self._page_link(config, page.url),
        )
        return self._templates(config).get_template("practice/section.html").render(context)

    def _page_link(self, config, from_url: str) -> str | None:
        if self.page_file is None:
            return None
        default, _languages = pages.site_languages(config)
        url = pages.page_url(self.config.practice_page, self.lang, default)
        return pages.relative_link(url, from_url)

    def _fill_page(self, config, files, page) -> None:
        """The practice page, once every page's title is known (for the page filter)."""
        default, languages = pages.site_languages(config)
        other = next((lang for lang in languages if lang != self.lang), self.lang)
        root = pages.language_root(self.lang, default)
        titles = {
            _page_key(file.src_uri): file.page.title or ""
            for file in files.documentation_pages()
            if file.page is not None
        }
        question_pages = []
        for folder in dict.fromkeys(q.section.page for q in self.questions):
            url = f"{root}{folder}/" if folder else root
            question_pages.append((pages.site_path(config, url), titles.get(folder, folder)))
        tips = config.plugins.get("exam-tips")
        guide_href = None
        if tips is not None and tips.config.enabled:
            guide_url = pages.page_url(tips.config.guide_page, self.lang, default)
            guide_href = pages.relative_link(guide_url, page.url)

        def json_link(lang: str) -> str:
            return pages.relative_link(
                pages.language_root(lang, default) + self.config.practice_json, page.url
            )

        context = practice_page.page_context(
            self.lang,
            other,
            self.outline,
            question_pages,
            count=len(self.questions),
            own_json=json_link(self.lang),
            other_json=json_link(other),
            scripts=[pages.relative_link(name, page.url) for name in self.page_scripts.values()],
            guide_href=guide_href,
        )
        html = self._templates(config).get_template("practice/page.html").render(context)
        pages.fill_generated_page(page, html, practice_page.headings(self.lang))

    def _templates(self, config):
        if self.env is None:
            # on_page_markdown runs before on_env: build the theme's environment here.
            self.env = pages.template_environment(config.theme.get_env(), TEMPLATES)
        return self.env

    def _check_targets(self, config, guide) -> None:
        targets = Targets(**dict(self.config.practice_targets))
        weights = {domain.id: domain.weight for domain in self.outline}
        # Without the exam guide map, no task statement is known to be taught on the site.
        taught = [] if guide is None else [t.id for t in guide.tasks.values() if t.sections]
        exam_tips = config.plugins.get("exam-tips")
        exempt = exam_tips.config.endings_exempt_sections if exam_tips is not None else []
        topics = [_page_key(path) for path in topic_pages(config.nav or [], exempt)]
        for problem in check_targets(self.questions, targets, topics, taught, weights):
            log.error(str(problem))
        log.info("practice: %s", summary(self.questions, weights))

    def _check_anchors(self, files) -> None:
        anchors_of = {}
        for file in files.documentation_pages():
            if file.page is not None and file.page.toc is not None:
                anchors_of[_page_key(file.src_uri)] = set(_toc_ids(file.page.toc))
        for problem in check_sections(self.questions, self.lang, anchors_of):
            log.error(str(problem))

    def _write_exports(self, config) -> None:
        default, _languages = pages.site_languages(config)
        root = pages.language_root(self.lang, default)
        site_root = (config.site_url or "").rstrip("/")

        def section_path(question: Question) -> str:
            url = f"{root}{question.section.page}/" if question.section.page else root
            return pages.site_path(config, url, question.section.anchors[self.lang])

        folder = Path(config.site_dir) / root
        folder.mkdir(parents=True, exist_ok=True)
        if self.config.practice_json:
            data = export_json(self.questions, self.lang, section_path)
            (folder / self.config.practice_json).write_text(
                json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
        if self.config.practice_anki:
            deck = practice_deck(self.questions, self.lang, lambda q: site_root + section_path(q))
            (folder / self.config.practice_anki).write_text(deck, encoding="utf-8")


def _page_key(src_uri: str) -> str:
    """``storage/s3/index.en.md`` → ``storage/s3``: a page in every language."""
    return _INDEX.sub("", src_uri)


def _toc_ids(items):
    for item in items:
        yield item.id
        yield from _toc_ids(item.children)
