"""Serve a built site on 127.0.0.1 the way the CloudFront distribution serves it."""

from __future__ import annotations

import contextlib
import gzip
import mimetypes
import threading
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote

import brotli

from .infra import TEMPLATE, load_template, response_headers
from .routing import route

# CloudFront compresses these when the viewer accepts it (the managed CachingOptimized policy).
# Its Brotli level is AWS's and undocumented; this one is our stand-in (levels above are smaller).
BROTLI_QUALITY = 5
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv", ".tsv", ".map"}
TEXT_TYPES = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv", ".tsv", ".map"}


def content_type(key: str) -> str:
    suffix = Path(key).suffix.lower()
    guessed = mimetypes.guess_type(key)[0] or "application/octet-stream"
    if suffix == ".js":
        guessed = "text/javascript"
    return f"{guessed}; charset=utf-8" if suffix in TEXT_TYPES else guessed


class SiteHandler(BaseHTTPRequestHandler):
    server_version = "preview"
    protocol_version = "HTTP/1.1"

    def __init__(self, *args, site_dir: Path, headers: dict[str, str], **kwargs):
        self.site_dir = site_dir
        self.security_headers = headers
        super().__init__(*args, **kwargs)

    def _file(self, key: str) -> Path:
        # Keys keep the request's percent-encoding, as the function hands them to S3, which
        # decodes them once to find the object.
        return (self.site_dir / unquote(key).lstrip("/")).resolve()

    def _exists(self, key: str) -> bool:
        path = self._file(key)
        return path.is_file() and self.site_dir in path.parents

    def _respond(self, head_only: bool) -> None:
        # The target as the client sent it: self.path has "//x" cut to "/x" (Python's own
        # open-redirect guard, gh-87389), which CloudFront does not do. Split off the query by
        # hand: urlsplit would read "//x" as a host.
        path, _, query = self.requestline.split()[1].partition("?")
        result = route(path, query, self._exists)
        if result.location:
            self.send_response(result.status)
            self.send_header("Location", result.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = self._file(result.key).read_bytes()
        encoding = self._encoding(result.key)
        if encoding == "br":
            body = brotli.compress(body, quality=BROTLI_QUALITY)
        elif encoding == "gzip":
            body = gzip.compress(body, compresslevel=6)
        self.send_response(result.status)
        self.send_header("Content-Type", content_type(result.key))
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        for name, value in self.security_headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not head_only:
            self.wfile.write(body)

    def _encoding(self, key: str) -> str | None:
        # Like CloudFront with compression on: Brotli when the viewer takes it, else gzip.
        accepted = {
            part.split(";")[0].strip()
            for part in self.headers.get("Accept-Encoding", "").split(",")
        }
        if Path(key).suffix.lower() not in COMPRESSIBLE:
            return None
        if "br" in accepted:
            return "br"
        if "gzip" in accepted:
            return "gzip"
        return None

    def do_GET(self):
        self._respond(head_only=False)

    def do_HEAD(self):
        self._respond(head_only=True)

    def do_POST(self):
        self.send_error(HTTPStatus.METHOD_NOT_ALLOWED)

    def log_message(self, format, *args):  # quiet: tests and previews don't need access logs
        pass


def production_headers() -> dict[str, str]:
    """The response headers policy of infra/site.yaml: the preview sends what CloudFront sends."""
    return response_headers(load_template(Path(__file__).resolve().parent.parent / TEMPLATE))


def make_server(site_dir: Path, port: int = 8000) -> ThreadingHTTPServer:
    handler = partial(SiteHandler, site_dir=Path(site_dir).resolve(), headers=production_headers())
    return ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve_in_background(site_dir: Path, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    server = make_server(site_dir, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def run_preview(site_dir: Path, port: int) -> int:
    if not (site_dir / "index.html").is_file():
        print(f"preview: {site_dir}/index.html not found; run `make build` first")
        return 1
    server = make_server(site_dir, port)
    print(f"Serving {site_dir} on http://127.0.0.1:{port}/ (Ctrl+C stops)")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0
