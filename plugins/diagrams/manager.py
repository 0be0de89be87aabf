"""Between MkDocs and the renderer: which diagrams exist, their files, and the ```diagram fence.

static-i18n builds the site once per language with the same plugin instance, so results are
kept per (diagram, language) and rendered results by cache key (the second language's build
finds them in memory).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from plugins.languages import all_languages, built_languages

from .config import DiagramsConfig
from .render import (
    RenderedDiagram,
    RenderReport,
    RenderSettings,
    Result,
    find_sources,
    render_all,
)
from .source import DiagramError, display_path

log = logging.getLogger("mkdocs.plugins.diagrams")

FENCE = "diagram"
TEMPLATE = "diagrams/figure.html"
TEMPLATES = Path(__file__).parent / "templates"
STYLESHEET = "assets/diagrams/diagrams.css"
STYLESHEET_SOURCE = Path(__file__).parent / "diagrams.css"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass
class PageState:
    src_uri: str
    file: File
    lang: str
    figures: int = 0


@dataclass
class DiagramManager:
    config: DiagramsConfig
    sources_dir: Path = Path("docs/diagrams")
    settings: RenderSettings | None = None
    languages: list[str] = field(default_factory=list)
    build_languages: list[str] = field(default_factory=list)
    # Rendered (or failed) diagrams by cache key, reused by the next language's build.
    known: dict[str, Result] = field(default_factory=dict)
    results: dict[tuple[str, str], Result] = field(default_factory=dict)
    files: dict[tuple[str, str], File] = field(default_factory=dict)
    used: set[tuple[str, str]] = field(default_factory=set)
    last_report: RenderReport | None = None
    env: Environment | None = None
    page: PageState | None = None

    # ------------------------------------------------------------------ config

    def configure(self, mkdocs_config) -> None:
        self.sources_dir = Path(mkdocs_config.docs_dir) / self.config.sources_dir
        config_file = mkdocs_config.config_file_path
        project = Path(config_file).resolve().parent if config_file else Path.cwd()
        self.settings = RenderSettings(
            cache_dir=project / self.config.cache_dir,
            icon_size=self.config.icon_size,
            workers=self.config.workers,
        )
        # Every language labels must have, and the languages built.
        self.languages = all_languages(mkdocs_config)
        self.build_languages = built_languages(mkdocs_config)
        self._register_fence(mkdocs_config)
        if STYLESHEET not in mkdocs_config.extra_css:
            mkdocs_config.extra_css.append(STYLESHEET)

    def _register_fence(self, mkdocs_config) -> None:
        if "pymdownx.superfences" not in mkdocs_config.markdown_extensions:
            raise PluginError(
                "diagrams: the ```diagram fence needs 'pymdownx.superfences' in markdown_extensions"
            )
        options = mkdocs_config.mdx_configs.setdefault("pymdownx.superfences", {})
        fences = options.setdefault("custom_fences", [])
        for fence in list(fences):
            if fence.get("name") == FENCE:
                if not isinstance(getattr(fence.get("format"), "__self__", None), DiagramManager):
                    raise PluginError(
                        "diagrams: a custom fence named 'diagram' is already configured in "
                        "pymdownx.superfences; remove it (the diagrams plugin provides it)"
                    )
                fences.remove(fence)  # ours, from this language's earlier on_config
        fences.append({"name": FENCE, "class": FENCE, "format": self.format_fence})

    # ------------------------------------------------------------------ render

    def render(self, lang: str) -> RenderReport:
        assert self.settings is not None, "configure() first"
        sources = find_sources(self.sources_dir)
        # The first language's build renders every language at once: more work to share
        # between the workers, and the other builds find everything in memory.
        languages = list(dict.fromkeys([lang, *self.build_languages]))
        results, self.known, report = render_all(
            sources, self.languages or [lang], languages, self.settings, self.known
        )
        self.results = results
        self.used = set()
        self.last_report = report
        log.info("diagrams (%s): %s", lang, report.summary())
        return report

    def add_files(self, files: Files, mkdocs_config) -> Files:
        # Every language's SVGs in every build: a page whose file falls back to another
        # language still finds its diagram (the same bytes are written twice, harmlessly).
        self.files = {}
        for (name, lang), result in sorted(self.results.items()):
            if not isinstance(result, RenderedDiagram):
                continue
            # Named by its content after a dot, like every other hashed asset of the site, so
            # the deploy tool's one rule gives it a year of caching (scripts/deploy/rules.py).
            uri = f"assets/diagrams/{name}-{lang}.{result.digest}.svg"
            self.files[(name, lang)] = file = File.generated(
                mkdocs_config, uri, content=result.svg.encode("utf-8")
            )
            files.append(file)
        files.append(
            File.generated(mkdocs_config, STYLESHEET, content=STYLESHEET_SOURCE.read_bytes())
        )
        return files

    # ------------------------------------------------------------------ pages

    def use_theme(self, theme) -> None:
        # The theme's template folders first, so overrides/diagrams/figure.html can replace
        # ours. (Pages are converted before on_env, hence an environment of our own.)
        env = theme.get_env()
        env.loader = ChoiceLoader([env.loader, FileSystemLoader(TEMPLATES)])
        self.env = env

    def begin_page(self, page, lang: str) -> None:
        """``lang``: the page's language (plugins.languages.file_language)."""
        self.page = PageState(page.file.src_uri, page.file, lang)

    def end_page(self) -> None:
        self.page = None

    def format_fence(self, src, language, class_name, options, md, **kwargs) -> str:
        """superfences formatter for ```diagram; never raises (superfences would swallow it)."""
        page = self.page
        name = src.strip()
        where = f"page '{page.src_uri}'" if page else "a page"
        if page is None or self.env is None:
            log.error("diagrams: a ```diagram fence outside a page build (%s)", where)
            return ""
        page.figures += 1
        if not _NAME.match(name):
            return self._failed(
                name, f"{where}: a ```diagram fence holds one diagram name, got {src.strip()!r}"
            )
        result = self.results.get((name, page.lang))
        if result is None:
            expected = display_path(self.sources_dir / f"{name}.py")
            return self._failed(name, f"{where}: no diagram named '{name}' (expected {expected})")
        self.used.add((name, page.lang))
        if isinstance(result, DiagramError):
            return self._failed(name, f"{result} (diagram '{name}' used on {where})")
        file = self.files[(name, page.lang)]
        return self.env.get_template(TEMPLATE).render(
            name=name,
            lang=page.lang,
            src=file.url_relative_to(page.file),
            caption=result.caption,
            alt=result.alt,
            width=result.width,
            height=result.height,
            # The first diagram is usually near the top of the page: do not delay it.
            lazy=page.figures > 1,
        )

    def _failed(self, name: str, message: str) -> str:
        # An error, not a warning: `--strict` fails on both, but `-q` hides (and so stops
        # counting) warnings, and a page with a missing figure must never pass unnoticed.
        log.error("diagrams: %s", message)
        assert self.env is not None
        lang = self.page.lang if self.page else ""
        return self.env.get_template(TEMPLATE).render(name=name, lang=lang, error=message)

    def report_unused_failures(self, lang: str) -> None:
        for (name, result_lang), result in sorted(self.results.items()):
            unused = (name, lang) not in self.used
            if result_lang == lang and unused and isinstance(result, DiagramError):
                log.error("diagrams: %s (diagram '%s', on no page)", result, name)
