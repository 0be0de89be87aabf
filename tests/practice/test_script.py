"""The questions' script (plugins/practice/practice.js): its pure part under `node --test`;
the browser tests (tests/browser/test_practice.py) drive the rest."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

TESTS = Path(__file__).with_name("practice.test.js")


def test_the_script_marks_answers():
    node = shutil.which("node")
    assert node, "node is needed for the unit lane (README: Tests)"
    run = subprocess.run(
        [node, "--test", str(TESTS)], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "# pass 6" in run.stdout, run.stdout
