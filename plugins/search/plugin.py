"""Hooks of the korean-search plugin. Short; the work is in index.py and segment.py.

mkdocs-static-i18n builds the English site inside the Korean build's on_post_build, with
the same plugin objects, so state is kept per language on a stack of builds.
"""

from __future__ import annotations

import logging
from importlib.metadata import version
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority

from plugins import languages

from . import index, segment
from .concepts import ConceptError, for_index, load_concepts
from .config import KoreanSearchConfig

log = logging.getLogger("mkdocs.plugins.korean-search")
DEFAULT_SYNONYMS = Path(__file__).parent / "synonyms.yml"


class KoreanSearchPlugin(BasePlugin[KoreanSearchConfig]):
    def __init__(self):
        # (language, root) of the builds under way; the innermost last.
        self.building: list[tuple[str, str]] = []
        # Material's entries per language, taken before static-i18n merges them.
        self.entries: dict[str, list[dict]] = {}
        # Per language: page location → {anchor: the headings above it}.
        self.contexts: dict[str, dict[str, dict[str, str]]] = {}
        self.concepts: list[list[str]] = []
        self.concepts_signature: tuple = ()
        self.worker: tuple[str, bytes] | None = None

    def on_config(self, config):
        if not self.config.enabled:
            return
        found = version("mkdocs-material")
        if found != index.MATERIAL_VERSION:
            raise PluginError(
                f"korean-search: the search worker is written for Material "
                f"{index.MATERIAL_VERSION}, found {found}: check plugins/search/assets/"
                f"search-worker.js against the new version, then update MATERIAL_VERSION"
            )
        if _search_plugin(config) is None:
            raise PluginError("korean-search: Material's search plugin must be enabled too")
        project = Path(config.config_file_path).parent
        synonyms = (
            project / self.config.synonyms_file if self.config.synonyms_file else DEFAULT_SYNONYMS
        )
        glossary = project / self.config.glossary_dir
        sources = (*sorted(glossary.glob("*.yml")), synonyms)
        # static-i18n runs on_config once per language: read the files once if unchanged.
        signature = tuple((str(p), p.stat().st_mtime_ns) for p in sources if p.is_file())
        if signature != self.concepts_signature:
            try:
                self.concepts = load_concepts(glossary, synonyms)
            except ConceptError as error:
                raise PluginError(f"korean-search: {error}") from error
            self.concepts_signature = signature
        self.worker = index.worker_file()

    def on_pre_build(self, config):
        if self.config.enabled:
            self.building.append(_language(config))

    def on_page_context(self, context, page, config, nav):
        if self.config.enabled and self.building:
            lang, root = self.building[-1]
            if page.url.startswith(root):
                headings = index.section_context(page.toc, page.title or "")
                self.contexts.setdefault(lang, {})[page.url[len(root) :]] = headings
        return self._template_values(context)

    def on_template_context(self, context, template_name, config):
        context = self._template_values(context)
        # One 404.html serves every language: it picks the index by the requested path.
        if template_name == "404.html" and "korean_search" in context:
            context["korean_search"]["roots"] = _other_roots(config)
        return context

    def _template_values(self, context):
        if self.config.enabled and self.building and self.worker:
            context["korean_search"] = {"worker": self.worker[0], "root": self.building[-1][1]}
        return context

    # After Material's search (priority 0) has its entries for this language, before
    # static-i18n (-100) merges every language into them.
    @event_priority(-50)
    def _collect(self, config):
        if not self.config.enabled:
            return
        lang, _ = self.building[-1]
        self.entries[lang] = [dict(entry) for entry in _search_plugin(config).search_index.entries]

    # After static-i18n (-100) has written its merged index, which ours replaces.
    @event_priority(-110)
    def _write(self, config):
        if not self.config.enabled:
            return
        lang, root = self.building.pop()
        try:
            docs = index.language_docs(self.entries.pop(lang, []), root)
        except index.LocationError as error:
            raise PluginError(f"korean-search: {error}") from error
        index.add_context(docs, self.contexts.pop(lang, {}))
        segments = self._segments(config, lang, docs) if self.config.segment else {}
        texts = (doc.get(field, "") for doc in docs for field in ("title", "text"))
        concepts = for_index(self.concepts, lang, texts)
        data = index.build_index(docs, lang, segments, concepts, self.config.title_boost)
        site = Path(config.site_dir)
        target = site / root / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(index.dump_index(data))
        name, body = self.worker
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(body)
        log.debug(f"korean-search: {len(docs)} '{lang}' entries in {target}")

    on_post_build = CombinedEvent(_collect, _write)

    def _segments(self, config, lang: str, docs: list[dict]) -> dict[str, list[int]]:
        texts = [doc.get(field, "") for doc in docs for field in ("title", "text")]
        cache_dir = Path(config.config_file_path).parent / self.config.cache_dir
        cache = segment.SegmentCache(cache_dir / f"segments-{lang}.json")
        try:
            return segment.segment_texts(texts, segment.kiwi_analyser(), cache)
        except ImportError as error:
            raise PluginError(
                "korean-search: kiwipiepy is not installed (it is in requirements.lock); "
                "install it, or set `segment: false` to index with the particle rules only"
            ) from error


def _search_plugin(config):
    return config.plugins.get("material/search") or config.plugins.get("search")


def _other_roots(config) -> list[str]:
    """Root folders of the languages other than the default one (["en/"])."""
    default = languages.default_language(config)
    return [f"{lang}/" for lang in languages.built_languages(config) if lang != default]


def _language(config) -> tuple[str, str]:
    """The language being built and its root folder ("" for the default language)."""
    lang = languages.build_language(config)
    return lang, languages.language_root(lang, languages.default_language(config))
