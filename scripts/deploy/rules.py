"""Headers per file, in one place: Content-Type, Cache-Control, Content-Encoding."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

# Text types are served as UTF-8; the site is written in Korean and English.
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".map": "application/json; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
    ".tsv": "text/tab-separated-values; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".webmanifest": "application/manifest+json; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".ico": "image/x-icon",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".pdf": "application/pdf",
    ".gz": "application/gzip",
    ".zip": "application/zip",
    ".wasm": "application/wasm",
}
DEFAULT_CONTENT_TYPE = "application/octet-stream"

# A content hash in the file name (Material's main.57a0d79d.min.css, bundle.a5f9d56c.min.js,
# and our own hashed assets and diagrams, vpc-two-az-ko.d03718c5ac.svg) means the name
# changes whenever the bytes do.
_HASHED_NAME = re.compile(r"\.[0-9a-f]{8,64}(\.min)?\.[a-z0-9]+$")
IMMUTABLE = "public, max-age=31536000, immutable"
# Everything else may change at the same URL: short, and always revalidated.
HTML_MAX_AGE = 300  # seconds a browser may keep a page without asking again
REVALIDATE = f"public, max-age={HTML_MAX_AGE}, must-revalidate"

GZIP_MAGIC = b"\x1f\x8b"


def content_type(key: str) -> str:
    return CONTENT_TYPES.get(PurePosixPath(key).suffix.lower(), DEFAULT_CONTENT_TYPE)


def is_hashed(key: str) -> bool:
    return bool(_HASHED_NAME.search(PurePosixPath(key).name))


def cache_control(key: str) -> str:
    return IMMUTABLE if is_hashed(key) else REVALIDATE


def content_encoding(key: str, head: bytes) -> str | None:
    """gzip only when the bytes really are gzip and the file is not a .gz download itself."""
    if head.startswith(GZIP_MAGIC) and PurePosixPath(key).suffix.lower() not in {".gz", ".tgz"}:
        return "gzip"
    return None


# Upload order: assets first, then pages, then the files that point at everything else, so a
# reader never gets a page or an index that refers to something not uploaded yet (plan.py
# also puts new pages before changed ones).
ASSETS, PAGES, POINTERS = 0, 1, 2
_POINTER_NAMES = re.compile(
    r"(^|/)(sitemap\.xml(\.gz)?|robots\.txt|search_index\.json|[a-z0-9_-]*search[a-z0-9_-]*\.json"
    r"|glossary\.json|exam-tips\.json|404\.html)$"
)


def upload_stage(key: str) -> int:
    if _POINTER_NAMES.search(key):
        return POINTERS
    if key.endswith(".html"):
        return PAGES
    return ASSETS
