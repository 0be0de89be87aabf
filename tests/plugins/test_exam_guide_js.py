"""docs/assets/exam-guide.js: its pure parts under node's test runner
(tests/plugins/exam_guide.test.js); the browser test drives the page itself."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

TESTS = Path(__file__).resolve().parent / "exam_guide.test.js"


def test_exam_guide_script_node_tests_pass():
    node = shutil.which("node")
    assert node, "node is missing: `make test` installs Debian's nodejs"
    result = subprocess.run([node, "--test", str(TESTS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
