"""scripts/served.py: servers the benchmarks start are always stopped."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scripts.served import stop

pytestmark = pytest.mark.unit

IGNORES_TERM = (
    "import signal, sys, time\n"
    "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
    "print('ready', flush=True)\n"
    "time.sleep(60)\n"
)


def test_stop_ends_a_server_that_obeys():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    stop(process)
    assert process.returncode is not None


def test_stop_kills_a_server_that_ignores_the_request():
    process = subprocess.Popen([sys.executable, "-c", IGNORES_TERM], stdout=subprocess.PIPE)
    assert process.stdout.readline() == b"ready\n"  # the handler is in place
    stop(process, timeout_s=0.5)
    assert process.returncode == -9  # SIGKILL
    process.stdout.close()
