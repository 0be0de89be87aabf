"""How a request path maps to a file of the built site: the same rules as the CloudFront
Function in front of the S3 bucket (infra/viewer-request.js), so `make preview` and the tests
behave like production.

- `/dir/` → `/dir/index.html`
- `/dir` (last segment without a dot) → 301 to `/dir/`, keeping the query string, because
  MkDocs' relative links only work from the slash form
- `/file.ext` → itself
- hidden or off-site paths (see `is_refused`) → 404 before any file is looked up
- anything that does not exist → `/404.html` with status 404

Paths come in as the client sent them, percent-encoding kept, like the function's `uri`; keys
and locations go out the same way, and the caller decodes a key once to find the file, as S3
does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote

NOT_FOUND_PAGE = "/404.html"
# What JavaScript's decodeURIComponent accepts: every "%" starts a two-digit hex escape.
_BAD_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# A backslash (browsers read it as "/") and control characters (browsers drop tabs and
# newlines from URLs, so "/<tab>/host" becomes "//host").
_UNSAFE_CHARACTER = re.compile(r"[\\\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Route:
    status: int
    key: str | None = None  # the file to serve, as a site path starting with '/'
    location: str | None = None  # for redirects


def is_refused(path: str) -> bool:
    """True for paths answered 404 at the edge; infra/viewer-request.js's isRefused says why:
    a path that would make the slash redirect point at another host (`//x`, `/\\x`, a tab or
    newline), a hidden segment (`.deploy/`, `.git`, `..`; `/.well-known/` stays open), or
    percent-encoding that does not decode. The checks read the path decoded once, as S3 will."""
    if _BAD_ESCAPE.search(path):
        return True
    try:
        decoded = unquote(path, errors="strict")
    except UnicodeDecodeError:
        return True
    if not decoded.startswith("/") or decoded.startswith("//") or _UNSAFE_CHARACTER.search(decoded):
        return True
    segments = decoded.split("/")[1:]
    return any(
        segment.startswith(".") and not (i == 0 and segment == ".well-known")
        for i, segment in enumerate(segments)
    )


def object_key(path: str) -> str | None:
    """The file a path names, or None when the path must be redirected to its slash form."""
    if path.endswith("/"):
        return path + "index.html"
    last_segment = path.rsplit("/", 1)[-1]
    if "." in last_segment:
        return path
    return None


def route(path: str, query: str, exists: Callable[[str], bool]) -> Route:
    if is_refused(path):
        # The function answers with a short page of its own; locally the 404 page stands in.
        return Route(404, NOT_FOUND_PAGE)
    key = object_key(path)
    if key is None:
        location = path + "/" + (f"?{query}" if query else "")
        return Route(301, location=location)
    if exists(key):
        return Route(200, key)
    return Route(404, NOT_FOUND_PAGE)
