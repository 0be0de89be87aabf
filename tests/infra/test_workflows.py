"""The GitHub Actions workflows: pinned actions, least permissions, the documented commands."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_by_full_sha(path):
    for job in load(path)["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_read_only_by_default_in_a_debian_container(path):
    workflow = load(path)
    assert workflow["permissions"] == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert job["container"] == "python:3.11-bookworm"


def test_ci_runs_make_test_on_pushes_and_pull_requests():
    workflow = load(ROOT / ".github/workflows/ci.yml")
    assert "pull_request" in workflow["on"] and workflow["on"]["push"]["branches"] == ["main"]
    (job,) = workflow["jobs"].values()
    assert [step["run"] for step in job["steps"] if "run" in step] == ["make test"]


def test_deploy_uses_oidc_in_production_without_overlap():
    workflow = load(ROOT / ".github/workflows/deploy.yml")
    assert workflow["concurrency"]["cancel-in-progress"] is False
    (job,) = workflow["jobs"].values()
    assert job["environment"] == "production"
    assert job["permissions"] == {"contents": "read", "id-token": "write"}
    credentials = next(s for s in job["steps"] if "configure-aws-credentials" in s.get("uses", ""))
    assert (
        "role-to-assume" in credentials["with"] and "aws-access-key-id" not in credentials["with"]
    )
    environments = yaml.safe_load((ROOT / "infra/environments.yml").read_text(encoding="utf-8"))
    assert credentials["with"]["aws-region"] == environments["production"]["region"]
    assert job["steps"][-1]["run"] == "make deploy ENV=production"
