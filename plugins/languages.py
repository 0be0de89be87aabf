"""Which language: of the build under way, of a file, the languages built, the default.

Every plugin asks here, so there is one answer and one fallback. mkdocs-static-i18n (the
``i18n`` plugin) decides when it is enabled: it builds the site once per language and says
which language it is building. Without it (a fixture site, a one-language site) the site
has one language, the theme's, else ``FALLBACK``.

static-i18n builds the other languages inside the default language's on_post_build (at its
priority -100) and leaves ``current_language`` at the last one built; a plugin that needs its
own build's language after that keeps the answer it got in on_pre_build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

FALLBACK = "en"


def _i18n(config: MkDocsConfig):
    return config.plugins.get("i18n")


def default_language(config: MkDocsConfig) -> str:
    """The language served at the site's root."""
    i18n = _i18n(config)
    if i18n is not None:
        return i18n.default_language or built_languages(config)[0]
    return config.theme.get("language") or FALLBACK


def built_languages(config: MkDocsConfig) -> list[str]:
    """Every language this site builds, in the order static-i18n lists them."""
    i18n = _i18n(config)
    if i18n is not None:
        return list(i18n.build_languages) or [FALLBACK]
    return [default_language(config)]


def all_languages(config: MkDocsConfig) -> list[str]:
    """Every language the site is written in (built or not): what every text must have."""
    i18n = _i18n(config)
    if i18n is not None:
        return list(i18n.all_languages) or [FALLBACK]
    return [default_language(config)]


def build_language(config: MkDocsConfig) -> str:
    """The language of the build under way (see the module's note on on_post_build)."""
    i18n = _i18n(config)
    if i18n is not None and i18n.current_language:
        return i18n.current_language
    return default_language(config)


def file_language(file, config: MkDocsConfig) -> str:
    """The language of a file: static-i18n's ``locale`` on it, else the build's."""
    return getattr(file, "locale", None) or build_language(config)


def language_root(lang: str, default: str) -> str:
    """The site-relative folder of a language: "" for the default, "en/" for English."""
    return "" if lang == default else f"{lang}/"
