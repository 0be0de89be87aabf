"""Pure helpers of the assets plugin: no MkDocs objects, so they are unit-tested directly.

Paths are site-relative URLs as extra_css and extra_javascript hold them ("assets/site.css").
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit, urlunsplit

# As many hex digits as Material's own names (main.57a0d79d.min.css); the deploy tool's
# is_hashed() gives such names a year of immutable caching.
HASH_LENGTH = 8


class BundleError(ValueError):
    """A stylesheet that cannot be bundled or a name that cannot be hashed."""


@dataclass(frozen=True)
class Stylesheet:
    path: str  # site-relative, as listed in extra_css
    data: bytes


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:HASH_LENGTH]


def hashed_name(path: str, data: bytes) -> str:
    """The path with the content hash before its extension, where Material puts it:
    assets/site.css → assets/site.1a2b3c4d.css, x.min.js → x.1a2b3c4d.min.js."""
    pure = PurePosixPath(path)
    suffixes = ".min" + pure.suffix if pure.stem.endswith(".min") else pure.suffix
    stem = pure.name[: -len(suffixes)] if suffixes else ""
    if not suffixes or not stem:
        raise BundleError(f"'{path}' has no extension to put a content hash before")
    return str(pure.with_name(f"{stem}.{content_hash(data)}{suffixes}"))


def is_local(path: str) -> bool:
    """A file of the site, named relative to its root (not a URL, an absolute path, a path
    climbing out of the site, or a path with a query that would not name a file)."""
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or parts.query or parts.fragment or not parts.path:
        return False
    normal = posixpath.normpath(path)
    return not path.startswith("/") and normal != ".." and not normal.startswith("../")


def original_paths(paths: Iterable[str], emitted: Mapping[str, Sequence[str]]) -> list[str]:
    """The paths as configured: names this plugin gave files in an earlier build on the same
    config (static-i18n builds each language on it) turned back into the paths they replaced.
    A path listed twice (a plugin appending its file again) is kept once, where it came first."""
    restored: list[str] = []
    for path in paths:
        for source in emitted.get(path, (path,)):
            if source not in restored:
                restored.append(source)
    return restored


def with_bundle(paths: Sequence[str], bundled: Sequence[str], bundle: str) -> list[str]:
    """The list with the bundle where the first bundled path was and the others dropped."""
    result: list[str] = []
    for path in paths:
        if path not in bundled:
            result.append(path)
        elif bundle not in result:
            result.append(bundle)
    return result


_URL = re.compile(r"""url\(\s*(?P<quote>['"]?)(?P<ref>[^'")]*?)(?P=quote)\s*\)""", re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# Rules that are valid only before every other rule of a stylesheet.
_TOP_ONLY = re.compile(r"@(?P<rule>import|namespace)\b", re.IGNORECASE)
# Valid only as a stylesheet's first bytes, so not in the middle of a bundle; the bundle is
# UTF-8 and served as text/css; charset=utf-8.
_CHARSET = re.compile(r'\A@charset\s+"[^"]*"\s*;\s*', re.IGNORECASE)


def rebase_url(ref: str, source: str, target: str) -> str:
    """A url() reference of the stylesheet at `source`, written for one at `target`."""
    parts = urlsplit(ref)
    if not parts.path or parts.scheme or parts.netloc or ref.startswith(("/", "#")):
        return ref  # absolute, data:, or a fragment of the document: the same from anywhere
    source_dir, target_dir = posixpath.dirname(source), posixpath.dirname(target)
    if source_dir == target_dir:
        return ref
    resolved = posixpath.normpath(posixpath.join(source_dir, parts.path))
    if resolved == ".." or resolved.startswith("../"):
        raise BundleError(f"{source}: url({ref}) points outside the site")
    path = posixpath.relpath(resolved, target_dir or ".")
    return urlunsplit(("", "", path, parts.query, parts.fragment))


def rebase_urls(css: str, source: str, target: str) -> str:
    """Every relative url() of a stylesheet moved from `source` to `target` still naming the
    same file."""

    def rebased(match: re.Match) -> str:
        quote = match["quote"]
        return f"url({quote}{rebase_url(match['ref'].strip(), source, target)}{quote})"

    return _URL.sub(rebased, css)


def bundle_stylesheets(sheets: Sequence[Stylesheet], target: str) -> bytes:
    """The stylesheets in order as one UTF-8 file at `target`, each after a comment with its
    file name. Concatenation keeps the cascade: later rules win as with separate <link>s."""
    parts = []
    for sheet in sheets:
        try:
            css = sheet.data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise BundleError(f"{sheet.path}: not UTF-8 ({error})") from error
        if top_only := _TOP_ONLY.search(_COMMENT.sub("", css)):
            raise BundleError(
                f"{sheet.path}: @{top_only['rule'].lower()} is valid only at the top of a "
                f"stylesheet, so it cannot be bundled (list an imported file in extra_css)"
            )
        css = rebase_urls(_CHARSET.sub("", css), sheet.path, target)
        parts.append(f"/* {posixpath.basename(sheet.path)} */\n{css.strip()}\n")
    return "\n".join(parts).encode("utf-8")


# Material's bundle, named by its content hash: assets/javascripts/bundle.a5f9d56c.min.js.
_THEME_BUNDLE = re.compile(r"assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js")


def theme_bundle(paths: Iterable[str]) -> str | None:
    """The theme's script bundle among a site's file paths; None when there is not exactly
    one (a theme other than Material, or two versions installed side by side)."""
    found = [path for path in paths if _THEME_BUNDLE.fullmatch(path)]
    return found[0] if len(found) == 1 else None
