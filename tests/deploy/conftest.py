"""Local S3 servers for the deploy tool's end-to-end tests: moto's server (S3 and CloudFront
invalidations) and SeaweedFS (a real S3-compatible store). Both listen on 127.0.0.1 only;
nothing here reaches AWS."""

from __future__ import annotations

import itertools
import json
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import boto3
import pytest

from scripts.deploy_bench import local_s3
from scripts.faults import FaultProxy

ROOT = Path(__file__).resolve().parents[2]
_buckets = itertools.count()

SITE = {
    "index.html": "<h1>홈</h1>",
    "about/index.html": "<h1>소개</h1>",
    "en/index.html": "<h1>Home</h1>",
    "en/about/index.html": "<h1>About</h1>",
    "assets/stylesheets/main.57a0d79d.min.css": "body{}",
    "assets/site.css": ":root{}",
    "search/search_index.json": '{"docs": []}',
    "sitemap.xml": "<urlset/>",
    "404.html": "<h1>404</h1>",
}


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


def _distribution_config(bucket: str) -> dict:
    return {
        "CallerReference": bucket,
        "Comment": "test",
        "Enabled": True,
        "Origins": {
            "Quantity": 1,
            "Items": [
                {
                    "Id": "s3",
                    "DomainName": f"{bucket}.s3.amazonaws.com",
                    "S3OriginConfig": {"OriginAccessIdentity": ""},
                }
            ],
        },
        "DefaultCacheBehavior": {
            "TargetOriginId": "s3",
            "ViewerProtocolPolicy": "redirect-to-https",
        },
    }


@dataclass
class Target:
    """A fresh bucket on one local server (and, on moto, a distribution), with the deploy
    command pointed at it. `endpoint` is what the deploy tool talks to: a FaultProxy's when a
    test puts one in front (through_proxy); `s3` always talks to the server directly."""

    SITE = SITE
    server: str
    endpoint: str
    bucket: str
    distribution: str | None
    s3: object
    history: dict
    tmp_path: Path

    def site(self, name: str, files: dict[str, str] = SITE) -> Path:
        root = self.tmp_path / name
        shutil.rmtree(root, ignore_errors=True)
        for key, text in files.items():
            path = root / key
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    def arguments(self, site: Path, *extra: str, commit: str = "C") -> list[str]:
        """The deploy command's arguments, with --json; the site is said to be built from
        `commit` of the history fixture (main: A → B → C; D branches off A)."""
        arguments = [
            "deploy", "--site-dir", str(site), "--bucket", self.bucket,
            "--endpoint-url", self.endpoint, "--region", "us-east-1", "--json",
            "--repo", str(self.history["repo"]), "--commit", self.history[commit], *extra,
        ]  # fmt: skip
        if self.distribution:
            arguments += ["--distribution-id", self.distribution]
        return arguments

    def command(self, site: Path, *extra: str, commit: str = "C") -> list[str]:
        return [sys.executable, "-m", "scripts", *self.arguments(site, *extra, commit=commit)]

    def run(self, site: Path, *extra: str, commit: str = "C") -> tuple[int, dict | None, str]:
        """The real command line, in a subprocess: (exit code, JSON summary, stderr)."""
        result = subprocess.run(
            self.command(site, *extra, commit=commit), cwd=ROOT, capture_output=True, text=True
        )
        summary = json.loads(result.stdout) if result.returncode == 0 else None
        return result.returncode, summary, result.stderr

    def objects(self, prefix: str = "") -> dict[str, dict]:
        """The site's objects (without the deploy tool's records under .deploy/), or with a
        prefix, the objects under it."""
        listing = self.s3.list_objects_v2(Bucket=self.bucket, Prefix=prefix).get("Contents", [])
        return {
            item["Key"]: self.s3.head_object(Bucket=self.bucket, Key=item["Key"])
            for item in listing
            if prefix or not item["Key"].startswith(".deploy/")
        }

    def keys(self) -> list[str]:
        """Every key in the bucket, the deploy tool's records included."""
        listing = self.s3.list_objects_v2(Bucket=self.bucket).get("Contents", [])
        return sorted(item["Key"] for item in listing)

    def body(self, key: str) -> str:
        return self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read().decode()

    def record(self, name: str) -> dict | None:
        """One of the deploy tool's records, .deploy/<name>.json, or None."""
        try:
            return json.loads(self.body(f".deploy/{name}.json"))
        except self.s3.exceptions.NoSuchKey:
            return None

    def invalidations(self) -> list[list[str]]:
        """The paths of each invalidation created on the distribution, oldest first."""
        cloudfront = boto3.client("cloudfront", endpoint_url=self.server, region_name="us-east-1")
        items = cloudfront.list_invalidations(DistributionId=self.distribution)[
            "InvalidationList"
        ].get("Items", [])
        batches = [
            cloudfront.get_invalidation(DistributionId=self.distribution, Id=item["Id"])[
                "Invalidation"
            ]
            for item in items
        ]
        batches.sort(key=lambda invalidation: invalidation["CreateTime"])
        return [sorted(b["InvalidationBatch"]["Paths"]["Items"]) for b in batches]


def _make_target(server_name: str, endpoint: str, history: dict, tmp_path: Path) -> Target:
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    bucket = f"site-{server_name}-{next(_buckets)}"
    s3.create_bucket(Bucket=bucket)
    distribution = None
    if server_name == "moto":
        cloudfront = boto3.client("cloudfront", endpoint_url=endpoint, region_name="us-east-1")
        distribution = cloudfront.create_distribution(
            DistributionConfig=_distribution_config(bucket)
        )["Distribution"]["Id"]
    return Target(endpoint, endpoint, bucket, distribution, s3, history, tmp_path)


@pytest.fixture(params=["moto", "seaweedfs"])
def target(request, history, tmp_path) -> Target:
    endpoint = request.getfixturevalue(f"{request.param}_endpoint")
    return _make_target(request.param, endpoint, history, tmp_path)


@pytest.fixture
def moto_target(moto_endpoint, history, tmp_path) -> Target:
    """On moto only: the server that also answers CloudFront's API."""
    return _make_target("moto", moto_endpoint, history, tmp_path)


@pytest.fixture
def through_proxy():
    """Put a FaultProxy in front of a target: the deploy command then talks to the proxy."""
    proxies = []

    def start(target: Target) -> FaultProxy:
        proxy = FaultProxy(target.server).__enter__()
        proxies.append(proxy)
        target.endpoint = proxy.endpoint
        return proxy

    yield start
    for proxy in proxies:
        proxy.__exit__(None, None, None)
