"""Hooks of the diagrams plugin. Each hook is short; the work is in manager.py and render.py."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin, event_priority

from plugins import languages

from .config import DiagramsConfig
from .manager import DiagramManager


class DiagramsPlugin(BasePlugin[DiagramsConfig]):
    def __init__(self):
        self.manager: DiagramManager | None = None
        self.lang = ""

    def on_config(self, config):
        if not self.config.enabled:
            return config
        if self.manager is None:
            self.manager = DiagramManager(self.config)
        self.manager.configure(config)
        return config

    # After static-i18n's on_files (-100), which rebuilds the file list per language and
    # would not know what to do with generated files.
    @event_priority(-110)
    def on_files(self, files, config):
        if not self.config.enabled:
            return files
        self.lang = languages.build_language(config)
        self.manager.render(self.lang)
        self.manager.use_theme(config.theme)
        return self.manager.add_files(files, config)

    def on_page_markdown(self, markdown, page, config, files):
        if self.config.enabled:
            # The fence formatter runs while this page's Markdown is converted, just after.
            self.manager.begin_page(page, languages.file_language(page.file, config))
        return markdown

    def on_page_content(self, html, page, config, files):
        if self.config.enabled:
            self.manager.end_page()
        return html

    def on_post_build(self, config):
        if self.config.enabled:
            self.manager.report_unused_failures(self.lang)
