"""The local preview answers like the distribution: routing, 404, headers, compression."""

from __future__ import annotations

import gzip
import http.client
from urllib.parse import urlsplit

import brotli
import pytest

from scripts.preview import production_headers, serve_in_background

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    site = tmp_path_factory.mktemp("site")
    (site / "en").mkdir()
    (site / "index.html").write_text("<h1>홈</h1>" * 50, encoding="utf-8")
    (site / "en" / "index.html").write_text("<h1>Home</h1>" * 50, encoding="utf-8")
    (site / "404.html").write_text("<h1>404</h1>", encoding="utf-8")
    (site / "logo.png").write_bytes(b"\x89PNG fake")
    # The deploy tool keeps its state under .deploy/ in the bucket; it is never served.
    (site / ".deploy").mkdir()
    (site / ".deploy" / "lock.json").write_text('{"owner": "ci"}', encoding="utf-8")
    server, url = serve_in_background(site)
    yield urlsplit(url)
    server.shutdown()


def request(preview, path: str, encoding: str | None = None, method: str = "GET"):
    connection = http.client.HTTPConnection(preview.hostname, preview.port, timeout=5)
    headers = {"Accept-Encoding": encoding} if encoding else {}
    connection.request(method, path, headers=headers)
    response = connection.getresponse()
    return response, response.read()


def test_directory_index_and_slash_redirect_keep_the_query(preview):
    response, body = request(preview, "/en/")
    assert response.status == 200 and b"Home" in body
    response, _ = request(preview, "/en?q=vpc")
    assert response.status == 301 and response.getheader("Location") == "/en/?q=vpc"


@pytest.mark.parametrize(
    "path", ["/.deploy/lock.json", "/%2Edeploy/lock.json", "//2130706433", "/%5Cevil"]
)
def test_hidden_files_and_off_site_redirects_are_404(preview, path):
    response, body = request(preview, path)
    assert response.status == 404 and response.getheader("Location") is None
    assert b"owner" not in body


def test_missing_page_is_the_404_page_with_status_404(preview):
    response, body = request(preview, "/nothing/here/")
    assert response.status == 404 and b"404" in body


@pytest.mark.parametrize(
    ("accepted", "encoding"), [("br, gzip", "br"), ("gzip", "gzip"), (None, None)]
)
def test_compression_follows_accept_encoding(preview, accepted, encoding):
    response, body = request(preview, "/", accepted)
    assert response.getheader("Content-Encoding") == encoding
    if encoding == "br":
        body = brotli.decompress(body)
    elif encoding == "gzip":
        body = gzip.decompress(body)
    assert body.decode("utf-8").startswith("<h1>홈</h1>")


def test_images_are_not_recompressed(preview):
    response, body = request(preview, "/logo.png", "br, gzip")
    assert response.getheader("Content-Encoding") is None and body.startswith(b"\x89PNG")


def test_security_headers_are_the_distribution_s(preview):
    response, _ = request(preview, "/", method="HEAD")
    for name, value in production_headers().items():
        assert response.getheader(name) == value
    assert "default-src 'self'" in response.getheader("Content-Security-Policy")
