"""A fault-injecting HTTP proxy for the deploy tests: it sits on 127.0.0.1 in front of a local
S3 server (moto or SeaweedFS) and, request by request, forwards, delays, holds, drops the
connection or answers with an error of its own. Every request it sees is logged, so a test can
assert on what the deploy tool asked for and in which order.

Rules are tried in order; the first whose `matches` returns true decides. A rule can be limited
to its first `times` matching requests.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

FORWARD, DROP, RESPOND, HOLD, DELAY = "forward", "drop", "respond", "hold", "delay"


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # decoded, without the query
    query: str
    headers: dict[str, str]

    @property
    def key(self) -> str:
        """The object key of a path-style S3 request (/bucket/key), or ''."""
        parts = self.path.lstrip("/").split("/", 1)
        return parts[1] if len(parts) == 2 else ""


@dataclass
class Rule:
    matches: Callable[[Request], bool]
    action: str
    status: int = 0
    body: bytes = b""
    seconds: float = 0.0
    times: int | None = None  # None: every matching request
    released: threading.Event = field(default_factory=threading.Event)
    arrived: threading.Event = field(default_factory=threading.Event)
    hits: int = 0

    def release(self) -> None:
        self.released.set()


def s3_error(code: str, message: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code>'
        f"<Message>{message}</Message></Error>"
    ).encode()


def cloudfront_error(code: str, message: str) -> bytes:
    return (
        '<?xml version="1.0"?>\n<ErrorResponse xmlns="http://cloudfront.amazonaws.com/doc/'
        f'2020-05-31/"><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}'
        "</Message></Error></ErrorResponse>"
    ).encode()


class FaultProxy:
    def __init__(self, upstream: str):
        target = urlsplit(upstream)
        self.upstream = (target.hostname, target.port)
        self.rules: list[Rule] = []
        self.log: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.endpoint = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        for rule in self.rules:
            rule.release()
        self._server.shutdown()
        self._server.server_close()

    def add(self, matches: Callable[[Request], bool], action: str, **options) -> Rule:
        rule = Rule(matches, action, **options)
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear(self) -> None:
        with self._lock:
            for rule in self.rules:
                rule.release()
            self.rules.clear()

    def _decide(self, request: Request) -> Rule | None:
        with self._lock:
            self.log.append(request)
            for rule in self.rules:
                if rule.times is not None and rule.hits >= rule.times:
                    continue
                if rule.matches(request):
                    rule.hits += 1
                    return rule
        return None

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                                pass
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _handle(self):
                split = urlsplit(self.path)
                request = Request(
                    self.command, unquote(split.path), split.query, dict(self.headers.items())
                )
                body = self._body()
                rule = proxy._decide(request)
                action = rule.action if rule else FORWARD
                if rule:
                    rule.arrived.set()
                if action == DROP:
                    # A connection that closes without an answer: what a network blip looks like.
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if action == RESPOND:
                    self.send_response(rule.status)
                    self.send_header("Content-Type", "application/xml")
                    self.send_header("Content-Length", str(len(rule.body)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(rule.body)
                    return
                if action == HOLD:
                    rule.released.wait(timeout=120)
                if action == DELAY:
                    time.sleep(rule.seconds)
                self._forward(body)

            def _forward(self, body: bytes):
                connection = http.client.HTTPConnection(*proxy.upstream, timeout=60)
                headers = {
                    name: value
                    for name, value in self.headers.items()
                    if name.lower() not in ("transfer-encoding", "content-length", "connection")
                }
                if body or self.command in ("PUT", "POST"):
                    headers["Content-Length"] = str(len(body))
                connection.request(self.command, self.path, body=body or None, headers=headers)
                response = connection.getresponse()
                data = response.read()
                self.send_response_only(response.status, response.reason)
                for name, value in response.getheaders():
                    if name.lower() in ("transfer-encoding", "connection", "content-length"):
                        continue
                    self.send_header(name, value)
                length = response.getheader("Content-Length")
                if self.command == "HEAD" and length is not None:
                    self.send_header("Content-Length", length)
                else:
                    self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)
                connection.close()

            do_GET = do_PUT = do_POST = do_DELETE = do_HEAD = _handle

        return Handler


def is_put(key: str) -> Callable[[Request], bool]:
    """A PUT of exactly this object key."""
    return lambda r: r.method == "PUT" and r.key == key


def is_cloudfront(r: Request) -> bool:
    return r.path.startswith("/2020-05-31/distribution")
