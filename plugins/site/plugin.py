"""Hooks of the bilingual plugin. Each hook is short; the work is in model.py."""

from __future__ import annotations

import logging
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from mkdocs import utils as mkdocs_utils
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from plugins import languages

from .config import BilingualConfig
from .model import (
    Crumb,
    SitemapEntry,
    absolute_url,
    alternates_for,
    breadcrumb_list,
    breadcrumb_trail,
    checked_label,
    insert_after_title,
    own_url,
    parse_checked,
)

log = logging.getLogger("mkdocs.plugins.bilingual")
TEMPLATES = Path(__file__).parent / "templates"
# static-i18n replaces mkdocs.utils.clean_directory with a no-op while it builds the other
# languages, and puts it back only when they all succeed. After a failed build (a rebuild of
# `mkdocs serve`, or builds in one test process) the site folder would never be emptied
# again and a stale file (an old stylesheet bundle) would be served: on_build_error restores it.
_CLEAN_DIRECTORY = mkdocs_utils.clean_directory


def restore_site_cleaning() -> None:
    mkdocs_utils.clean_directory = _CLEAN_DIRECTORY


class BilingualPlugin(BasePlugin[BilingualConfig]):
    def __init__(self):
        self.site_root = ""
        # The language at the root; its pages are also the hreflang x-default.
        self.default_locale = ""
        # Pages per language: static-i18n builds each language in turn, inside the default
        # language's on_post_build, so state must not be shared across languages.
        self.pages: dict[str, list] = {}
        # Languages whose build has started and not finished: builds nest, so a stack.
        self.building: list[str] = []
        self.templates = Environment(
            loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["xml", "html"])
        )

    # Run before static-i18n rewrites the config for a language, so the root stays the root.
    @event_priority(100)
    def on_config(self, config):
        if not self.config.enabled:
            return
        self.site_root = config.site_url or "http://127.0.0.1:8000/"
        if not self.site_root.endswith("/"):
            self.site_root += "/"
        # The theme's sitemap would be written once per language to the same /sitemap.xml,
        # the last language winning; on_post_build writes one per language instead.
        config.theme.static_templates.discard("sitemap.xml")

    def on_pre_build(self, config):
        self.building.append(languages.build_language(config))
        self.default_locale = languages.default_language(config)
        self.pages[self.building[-1]] = []
        # MkDocs makes a Markdown instance per page from mdx_configs, so this language's
        # build renders its own permalink title.
        title = self.config.permalink_titles.get(self.building[-1])
        if self.config.enabled and title and "toc" in config.mdx_configs:
            config.mdx_configs["toc"]["permalink_title"] = title

    def on_page_markdown(self, markdown, page, config, files):
        if not self.config.enabled or "checked" not in page.meta:
            return markdown
        try:
            date = parse_checked(page.meta["checked"])
        except ValueError as error:
            raise PluginError(f"{page.file.src_uri}: front matter: {error}") from error
        locale = languages.file_language(page.file, config)
        html = self.templates.get_template("checked.html").render(
            date=date.isoformat(), label=checked_label(date, locale)
        )
        return insert_after_title(markdown, html)

    def on_page_context(self, context, page, config, nav):
        if not self.config.enabled:
            return context
        alternates = getattr(page.file, "alternates", None) or {}
        urls = {locale: file.url for locale, file in alternates.items()}
        # hreflang lives in the sitemaps only: Material's bundle fetches sitemap.xml beside
        # every <link rel="alternate"> in a page's head (to map the page across languages,
        # which our language selector does already), so head links would need a sitemap
        # in every page folder, three requests on every page view.
        alternates = alternates_for(self.site_root, urls, self.default_locale)
        self.pages[self.building[-1]].append((page, alternates))
        # Structured data for search engines; overrides/partials/structured-data.html renders it.
        context["breadcrumbs"] = breadcrumb_list(self._trail(page, config, nav))
        return context

    def _trail(self, page, config, nav) -> list[Crumb]:
        home_url = nav.homepage.url if nav and nav.homepage else ""
        home = Crumb(config.site_name, absolute_url(self.site_root, home_url))
        sections = [
            Crumb(section.title, absolute_url(self.site_root, _section_url(section)))
            for section in reversed(page.ancestors)
            if _section_url(section) is not None
        ]
        return breadcrumb_trail(
            home, sections, Crumb(page.title, absolute_url(self.site_root, page.url))
        )

    def on_build_error(self, error):
        restore_site_cleaning()

    # After static-i18n's own on_post_build (-100), which builds the other languages: every
    # language build copies theme files into the same site_dir, so write sitemaps last.
    @event_priority(-200)
    def on_post_build(self, config):
        if not self.config.enabled:
            return
        locale = self.building.pop()
        site_dir = Path(config.site_dir)
        sitemap = self.templates.get_template("sitemap.xml")
        pages = self.pages.get(locale, [])
        entries = [
            SitemapEntry(own_url(alternates, page.url), alternates) for page, alternates in pages
        ]
        # One per language, at its root, every page with its hreflang alternates (robots.txt
        # names both): search engines read the language pairs here, not in the pages.
        target = site_dir / languages.language_root(locale, self.default_locale) / "sitemap.xml"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(sitemap.render(entries=entries))
        if locale == self.default_locale:
            robots = self.templates.get_template("robots.txt").render(site_root=self.site_root)
            (site_dir / "robots.txt").write_text(robots)


def _section_url(section) -> str | None:
    """Where the nav links a section (Material with navigation.indexes and tabs): its index
    page, else its first page."""
    children = list(section.children or [])
    for child in children:
        if child.is_page and child.is_index:
            return child.url
    for child in children:
        if child.is_page:
            return child.url
        if child.is_section and (url := _section_url(child)) is not None:
            return url
    return None
