"""Hooks of the glossary plugin. Each hook is short; the work is in model.py (data),
matcher.py and linker.py (finding and linking terms) and render.py (page and exports)."""

from __future__ import annotations

import fnmatch
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from plugins import generated_pages as pages
from plugins.languages import build_language, built_languages, default_language, language_root

from .config import GlossaryConfig
from .linker import DEFINITION_ID, GlossaryExtension, PageLinks
from .matcher import TermMatcher
from .model import Glossary, load_glossary
from .render import (
    Usage,
    backlinks_data,
    backlinks_file,
    definitions_html,
    export_json,
    glossary_deck,
    index_context,
    page_markdown,
)

log = logging.getLogger("mkdocs.plugins.glossary")
TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class LanguageState:
    """What one language's build collects. static-i18n builds each language in turn with the
    same plugin instance, and `mkdocs serve` rebuilds: a fresh state per build and language."""

    glossary_file: object = None
    # term id -> the sections using it, in the order met (a dict as an ordered set).
    uses: dict[str, dict[Usage, None]] = field(default_factory=dict)
    # page URL -> the hidden definitions its term links name, from its conversion until
    # search has read the page and they are added.
    linked_pages: dict[str, str] = field(default_factory=dict)
    # The glossary page's backlinks file: (its path in the site, its bytes).
    backlinks: tuple[str, bytes] | None = None


class GlossaryPlugin(BasePlugin[GlossaryConfig]):
    def __init__(self):
        self.glossary = Glossary()
        self._source_stamp: tuple = ()
        self.matchers: dict[str, TermMatcher] = {}
        self.texts: dict[str, dict] = {}  # language -> term id -> TermText
        self.states: dict[str, LanguageState] = {}
        self.lang = ""
        self.current: PageLinks | None = None
        self.extension = GlossaryExtension(lambda: self.current)

    def on_config(self, config):
        if not self.config.enabled:
            return config
        # static-i18n calls on_config again for every language, on the same config object.
        if self.extension not in config.markdown_extensions:
            config.markdown_extensions.append(self.extension)
        return config

    def on_pre_build(self, config):
        if not self.config.enabled:
            return
        self.lang = build_language(config)
        self.states[self.lang] = LanguageState()
        self._load(config)

    # After static-i18n's on_files (-100), which rebuilds the file list for each language.
    @event_priority(-110)
    def on_files(self, files, config):
        if not self.config.enabled:
            return files
        self.states[self.lang].glossary_file = pages.add_generated_page(
            files, config, self.config.glossary_page, self.lang, page_markdown(self.lang)
        )
        return files

    def on_page_markdown(self, markdown, page, config, files):
        self.current = None
        if self.config.enabled and not self._excluded(page):
            glossary_url = self.states[self.lang].glossary_file.url
            base = pages.relative_link(glossary_url, page.url)
            self.current = PageLinks(
                matcher=self.matchers[self.lang],
                href=lambda term_id: f"{base}#{term_id}",
                link_class=self.config.glossary_link_class,
            )
        return markdown

    def on_page_content(self, html, page, config, files):
        if self.current is not None:
            uses = self.states[self.lang].uses
            for term_id, anchor, section_title in self.current.uses:
                use = Usage(page.url, page.title or "", anchor, section_title or page.title or "")
                uses.setdefault(term_id, {})[use] = None
            if self.current.uses:
                self.states[self.lang].linked_pages[page.url] = self._definitions(self.current.uses)
            self.current = None
        return html

    def _definitions(self, uses: list[tuple[str, str, str]]) -> str:
        """The hidden definitions of the terms a page links, once each, in order of use."""
        texts = self.texts[self.lang]
        described = dict.fromkeys(term_id for term_id, _anchor, _title in uses)
        return definitions_html(
            ((term_id, texts[term_id].term, texts[term_id].definition) for term_id in described),
            DEFINITION_ID,
        )

    # After Material's search (priority 0) has read the page: the hidden definitions, and the
    # glossary page's HTML, are not the page's own text, so search never sees them.
    @event_priority(-10)
    def on_page_context(self, context, page, config, nav):
        definitions = self.states[self.lang].linked_pages.pop(page.url, "") if self.states else ""
        if definitions:
            page.content += definitions
        pages.add_generated_html(page)
        return context

    # Before other plugins read page contents in on_env or later (search indexes them in
    # on_page_context): every page has been converted, so every use of a term is known.
    @event_priority(50)
    def on_env(self, env, config, files):
        if not self.config.enabled:
            return env
        state = self.states[self.lang]
        page = state.glossary_file.page
        if page is None:
            return env
        templates = pages.template_environment(env, TEMPLATES)
        template = templates.get_template("glossary/index.html")
        downloads = {
            "json": self._export_link(config, page, self.config.glossary_json),
            "anki": self._export_link(config, page, self.config.glossary_anki),
        }
        context = index_context(
            self.glossary,
            self.lang,
            state.uses,
            lambda url, anchor: pages.relative_link(url, page.url, anchor),
            downloads,
        )
        backlinks_name, backlinks = backlinks_file(backlinks_data(context["groups"]))
        html = template.render(context, backlinks=backlinks_name)
        headings = [(group["anchor"], group["letter"]) for group in context["groups"]]
        folder = PurePosixPath(page.file.dest_uri).parent
        state.backlinks = (str(folder / backlinks_name), backlinks)
        # No table of contents (see render.page_markdown): Material would still track the
        # reader's place through a hidden one.
        pages.fill_generated_page(page, html, headings, self.glossary.entries, in_toc=False)
        return env

    def on_post_build(self, config):
        if not self.config.enabled:
            return
        state = self.states[self.lang]
        root = Path(config.site_dir) / self._root_url(config)
        root.mkdir(parents=True, exist_ok=True)
        exports = {}
        if self.config.glossary_json:
            data = export_json(
                self.glossary,
                self.lang,
                state.uses,
                lambda url, anchor: pages.site_path(config, url, anchor),
            )
            text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
            exports[self.config.glossary_json] = text.encode("utf-8")
        if self.config.glossary_anki:
            exports[self.config.glossary_anki] = glossary_deck(self.glossary, self.lang).encode()
        for name, data in exports.items():
            (root / name).write_bytes(data)
        if state.backlinks:
            path, data = state.backlinks
            (Path(config.site_dir) / path).write_bytes(data)

    def on_serve(self, server, config, builder):
        if self.config.enabled and self._glossary_dir(config).is_dir():
            server.watch(str(self._glossary_dir(config)))
        return server

    # ------------------------------------------------------------------ helpers

    def _excluded(self, page) -> bool:
        return page.file.generated_by is not None or any(
            fnmatch.fnmatch(page.file.src_uri, pattern) for pattern in self.config.glossary_exclude
        )

    def _root_url(self, config) -> str:
        return language_root(self.lang, default_language(config))

    def _export_link(self, config, page, name: str) -> str:
        return pages.relative_link(self._root_url(config) + name, page.url)

    def _glossary_dir(self, config) -> Path:
        return self._project_path(config, self.config.glossary_dir)

    @staticmethod
    def _project_path(config, setting: str) -> Path:
        path = Path(setting)
        if not path.is_absolute():
            path = Path(config.config_file_path or ".").resolve().parent / path
        return path

    def _load(self, config) -> None:
        """Read glossary/*.yml when it changed since the last build, and report problems once
        per change, as errors: `--strict` fails the build on them, and `-q` (which drops
        warnings) still shows them."""
        directory = self._glossary_dir(config)
        if not directory.is_dir():
            if self.config.glossary_dir != "glossary":
                raise PluginError(f"glossary_dir '{directory}' is not a folder")
            log.info(f"No glossary folder at '{directory}': the glossary is empty")
            files = []
        else:
            files = sorted(directory.glob("*.yml")) + sorted(directory.glob("*.yaml"))
        stamp = tuple((str(f), f.stat().st_mtime_ns) for f in files)
        languages = built_languages(config)
        if stamp != self._source_stamp or not self.matchers:
            base = Path(config.config_file_path or ".").resolve().parent
            self.glossary, problems = load_glossary(files, languages, base)
            for problem in problems:
                log.error(str(problem))
            self.matchers = {
                lang: TermMatcher(list(self.glossary.aliases(lang))) for lang in languages
            }
            self.texts = {
                lang: {
                    entry_id: entry.text(lang) for entry_id, entry in self.glossary.entries.items()
                }
                for lang in languages
            }
            self._source_stamp = stamp
