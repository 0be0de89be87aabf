"""The questions' scripts under `node --test`: the pure part of a page's section
(plugins/practice/practice.js) and the practice page's logic (plugins/practice/trainer.js:
the exam draw, scores, the review scheduler, stored progress). The browser tests
(tests/browser/test_practice.py, tests/browser/test_practice_page.py) drive the rest."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

HERE = Path(__file__).parent


def run_node_tests(name: str) -> str:
    node = shutil.which("node")
    assert node, "node is needed for the unit lane (README: Tests)"
    run = subprocess.run(
        [node, "--test", str(HERE / name)], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return run.stdout


def test_the_script_marks_answers():
    assert "# pass 6" in run_node_tests("practice.test.js")


def test_the_practice_page_logic():
    # Every test ran (a file that stopped loading would pass none).
    assert "# pass 19\n" in run_node_tests("trainer.test.js")
