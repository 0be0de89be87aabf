"""The deploy benchmark: this repository's deploy tool against `aws s3 sync`, both publishing
the built site to a SeaweedFS S3 server on 127.0.0.1 (never AWS), in three scenarios:

- first deploy to an empty bucket;
- a no-op redeploy of a fresh copy of the same site (same bytes, new modification times, as
  after an identical rebuild);
- a one-page change (one HTML file edited, in a fresh copy).

For each: files and bytes uploaded, and wall time.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

from .served import stop

SCENARIOS = ("first deploy", "no-op redeploy of a fresh copy", "one page changed")


def _free_port_pair() -> int:
    # weed also listens on port + 10000 (gRPC)
    for _ in range(100):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1] % 20000 + 20000
        try:
            for candidate in (port, port + 10000):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair for SeaweedFS")


@contextmanager
def local_s3(workdir: Path):
    """A SeaweedFS S3 endpoint on 127.0.0.1 for the length of the block."""
    weed = Path(sys.executable).parent / "weed"
    data = workdir / "seaweedfs"
    data.mkdir()
    s3_port = _free_port_pair()
    ports = [_free_port_pair() for _ in range(3)]
    process = subprocess.Popen(
        [
            str(weed), "mini", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            f"-s3.port={s3_port}", f"-master.port={ports[0]}", f"-volume.port={ports[1]}",
            f"-filer.port={ports[2]}", "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
            # WebDAV would listen on the fixed port 7333, so a second server (another pytest-xdist
            # worker) failed to start; telemetry would send statistics off this machine.
            "-webdav=false", "-master.telemetry=false",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=data,
    )  # fmt: skip
    endpoint = f"http://127.0.0.1:{s3_port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urlopen(endpoint, timeout=1)
                break
            except HTTPError:
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("SeaweedFS did not start") from None
                time.sleep(0.3)
        yield endpoint
    finally:
        stop(process)


def _env(workdir: Path) -> dict:
    return dict(
        os.environ,
        AWS_ACCESS_KEY_ID="bench",
        AWS_SECRET_ACCESS_KEY="bench",
        AWS_DEFAULT_REGION="us-east-1",
        AWS_CONFIG_FILE=str(workdir / "no-config"),
        AWS_SHARED_CREDENTIALS_FILE=str(workdir / "no-credentials"),
    )


def fresh_copy(site: Path, target: Path) -> Path:
    """The same bytes with new modification times, like an identical rebuild."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(site, target, copy_function=shutil.copyfile)
    return target


def run_ours(site: Path, bucket: str, endpoint: str, env: dict, root: Path) -> dict:
    command = [
        sys.executable, "-m", "scripts", "deploy", "--site-dir", str(site), "--bucket", bucket,
        "--endpoint-url", endpoint, "--region", "us-east-1", "--json",
        # The benchmark's site is built from the work tree, committed or not: name HEAD.
        "--commit", "HEAD",
    ]  # fmt: skip
    started = time.perf_counter()
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"deploy failed: {result.stderr[-1000:]}")
    summary = json.loads(result.stdout)
    return {
        "files": len(summary["uploaded"]),
        "bytes": summary["bytes_uploaded"],
        "seconds": round(elapsed, 2),
    }


def run_sync(site: Path, bucket: str, endpoint: str, env: dict) -> dict:
    aws = Path(sys.executable).parent / "aws"
    command = [
        str(aws), "s3", "sync", str(site), f"s3://{bucket}", "--delete", "--no-progress",
        "--endpoint-url", endpoint,
    ]  # fmt: skip
    started = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"aws s3 sync failed: {result.stderr[-1000:]}")
    uploaded = [
        line.split(" to s3://", 1)[0].removeprefix("upload: ")
        for line in result.stdout.splitlines()
        if line.startswith("upload: ")
    ]
    size = sum(
        (Path(name) if Path(name).is_absolute() else Path.cwd() / name).stat().st_size
        for name in uploaded
    )
    return {"files": len(uploaded), "bytes": size, "seconds": round(elapsed, 2)}


def _make_bucket(endpoint: str, bucket: str, env: dict) -> None:
    aws = Path(sys.executable).parent / "aws"
    subprocess.run(
        [str(aws), "s3", "mb", f"s3://{bucket}", "--endpoint-url", endpoint],
        env=env, check=True, capture_output=True,
    )  # fmt: skip


def bench_deploy(root: Path, site: Path) -> dict:
    if not (site / "index.html").is_file():
        raise RuntimeError(f"{site} is not a built site: run `make build` first")
    page = next(p for p in sorted(site.rglob("index.html")) if p.parent != site)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="bench-deploy-") as tmp:
        workdir = Path(tmp)
        env = _env(workdir)
        with local_s3(workdir) as endpoint:
            for tool in ("ours", "aws s3 sync"):
                bucket = "bench-ours" if tool == "ours" else "bench-sync"
                _make_bucket(endpoint, bucket, env)

                def publish(copy: Path, tool=tool, bucket=bucket) -> dict:
                    if tool == "ours":
                        return run_ours(copy, bucket, endpoint, env, root)
                    return run_sync(copy, bucket, endpoint, env)

                first = publish(fresh_copy(site, workdir / "first"))
                again = publish(fresh_copy(site, workdir / "again"))
                changed_copy = fresh_copy(site, workdir / "changed")
                edited = changed_copy / page.relative_to(site)
                edited.write_text(
                    edited.read_text(encoding="utf-8") + "\n<!-- edited -->\n", encoding="utf-8"
                )
                changed = publish(changed_copy)
                results[tool] = dict(zip(SCENARIOS, (first, again, changed), strict=True))
    return {
        "site_files": sum(1 for p in site.rglob("*") if p.is_file()),
        "changed_page": str(page.relative_to(site)),
        "tools": results,
    }
