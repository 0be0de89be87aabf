"""How a request path maps to a file of the built site: the same rules as the CloudFront
Function in front of the S3 bucket, so `make preview` and the tests behave like production.

- `/dir/` → `/dir/index.html`
- `/dir` (last segment without a dot) → 301 to `/dir/`, keeping the query string, because
  MkDocs' relative links only work from the slash form
- `/file.ext` → itself
- anything that does not exist → `/404.html` with status 404
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

NOT_FOUND_PAGE = "/404.html"


@dataclass(frozen=True)
class Route:
    status: int
    key: str | None = None  # the file to serve, as a site path starting with '/'
    location: str | None = None  # for redirects


def object_key(path: str) -> str | None:
    """The file a path names, or None when the path must be redirected to its slash form."""
    if path.endswith("/"):
        return path + "index.html"
    last_segment = path.rsplit("/", 1)[-1]
    if "." in last_segment:
        return path
    return None


def route(path: str, query: str, exists: Callable[[str], bool]) -> Route:
    if not path.startswith("/") or "/../" in path + "/" or "\\" in path:
        return Route(404, NOT_FOUND_PAGE)
    key = object_key(path)
    if key is None:
        location = path + "/" + (f"?{query}" if query else "")
        return Route(301, location=location)
    if exists(key):
        return Route(200, key)
    return Route(404, NOT_FOUND_PAGE)
