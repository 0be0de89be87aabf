"""Local S3 servers for the deploy tool's end-to-end tests: moto's server (S3 and CloudFront
invalidations) and SeaweedFS (a real S3-compatible store). Both listen on 127.0.0.1 only;
nothing here reaches AWS."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from scripts.deploy_bench import local_s3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def offline_credentials(monkeypatch, tmp_path):
    # Fake keys, no user config: a test can never pick up real credentials or endpoints.
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-credentials"))
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)


@pytest.fixture(scope="session")
def moto_endpoint():
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture(scope="session")
def seaweedfs_endpoint(tmp_path_factory):
    # The same SeaweedFS set-up as the deploy benchmark (scripts/deploy_bench.py).
    with local_s3(tmp_path_factory.mktemp("weed")) as endpoint:
        yield endpoint


@pytest.fixture(scope="session")
def history(tmp_path_factory) -> dict:
    """A git repository to deploy commits of: main is A → B → C, and D branches off A.
    Returns the commits by name and the repository's path under "repo"."""
    repo = tmp_path_factory.mktemp("history")

    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.com",
             *args],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        return result.stdout.strip()

    git("init", "-q", "-b", "main")
    commits: dict = {"repo": repo}
    for name in "ABC":
        (repo / "page.md").write_text(name, encoding="utf-8")
        git("add", "page.md")
        git("commit", "-q", "-m", name)
        commits[name] = git("rev-parse", "HEAD")
    git("checkout", "-q", "-b", "other", commits["A"])
    Path(repo / "other.md").write_text("D", encoding="utf-8")
    git("add", "other.md")
    git("commit", "-q", "-m", "D")
    commits["D"] = git("rev-parse", "HEAD")
    git("checkout", "-q", "main")
    return commits
