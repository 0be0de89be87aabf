"""The GitHub Actions workflow: pinned actions, least permissions, the documented commands, and
a release that waits for the tests: no deploy without a green test job for the same commit, no
deploy cancelled halfway, no AWS credential while the build runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github/workflows").glob("*.yml"))
CI = ROOT / ".github/workflows/ci.yml"

pytestmark = pytest.mark.unit


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def needs(job: dict) -> list[str]:
    value = job.get("needs", [])
    return [value] if isinstance(value, str) else list(value)


def upstream(jobs: dict, name: str) -> set[str]:
    """Every job that must succeed before `name` starts."""
    found, todo = set(), needs(jobs[name])
    while todo:
        job = todo.pop()
        if job not in found:
            found.add(job)
            todo += needs(jobs[job])
    return found


def publishing_jobs(workflow: dict) -> dict[str, dict]:
    """Jobs that can reach AWS: those given an OIDC token."""
    return {
        name: job
        for name, job in workflow["jobs"].items()
        if job.get("permissions", {}).get("id-token") == "write"
    }


def commands(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


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


def test_ci_runs_make_test_on_pushes_pull_requests_and_manual_runs():
    workflow = load(CI)
    assert "pull_request" in workflow["on"] and workflow["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in workflow["on"]
    test = workflow["jobs"]["test"]
    assert "if" not in test, "the tests run on every event, manual runs included"
    assert commands(test) == ["make test"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_that_can_deploy_waits_for_a_green_test_job_of_the_same_commit(path):
    workflow = load(path)
    for name, job in publishing_jobs(workflow).items():
        assert "workflow_run" not in workflow["on"], "a deploy in its own workflow is not gated"
        assert "test" in upstream(workflow["jobs"], name), f"{name} can start without the tests"
        # A condition with always(), failure() or cancelled() runs even when a needed job failed.
        condition = str(job.get("if", ""))
        assert not re.search(r"always\(|failure\(|cancelled\(", condition), condition
        for needed in upstream(workflow["jobs"], name):
            assert not re.search(r"always\(|failure\(|cancelled\(", str(workflow["jobs"][needed]))
        # The tests and the build check out the same commit, the one the deploy publishes.
        refs = {
            step["with"].get("ref")
            for job_name in ("test", "build")
            for step in workflow["jobs"][job_name]["steps"]
            if "actions/checkout" in step.get("uses", "")
        }
        assert refs == {"${{ env.COMMIT }}"}
        assert "make publish" in commands(job)[-1] and 'COMMIT="$COMMIT"' in commands(job)[-1]


def test_a_manual_run_deploys_only_from_main_and_rolls_back_only_when_asked():
    workflow = load(CI)
    assert workflow["env"]["COMMIT"] == "${{ inputs.commit || github.sha }}"
    deploy = workflow["jobs"]["deploy"]
    assert "github.ref == 'refs/heads/main'" in deploy["if"]
    assert "github.event_name != 'pull_request'" in deploy["if"]
    inputs = workflow["on"]["workflow_dispatch"]["inputs"]
    assert inputs["rollback"]["default"] is False
    publish = next(step for step in deploy["steps"] if step.get("name") == "Publish")
    assert publish["env"]["ROLLBACK"] == "${{ inputs.rollback && '1' || '' }}"


def test_no_push_to_main_can_cancel_a_deploy():
    workflow = load(CI)
    concurrency = workflow["concurrency"]
    # Only pull requests cancel their older runs; every other run is a group of its own.
    assert concurrency["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"
    assert "github.run_id" in concurrency["group"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["concurrency"] == {"group": "deploy-production", "cancel-in-progress": False}


def test_credentials_exist_only_where_nothing_but_the_deploy_tool_runs():
    workflow = load(CI)
    assert list(publishing_jobs(workflow)) == ["deploy"]
    deploy = workflow["jobs"]["deploy"]
    assert deploy["environment"] == "production"
    assert deploy["permissions"] == {"contents": "read", "id-token": "write"}
    steps = deploy["steps"]
    credentials = next(
        i for i, s in enumerate(steps) if "configure-aws-credentials" in s.get("uses", "")
    )
    assert "role-to-assume" in steps[credentials]["with"]
    assert "aws-access-key-id" not in steps[credentials]["with"]
    environments = yaml.safe_load((ROOT / "infra/environments.yml").read_text(encoding="utf-8"))
    assert steps[credentials]["with"]["aws-region"] == environments["production"]["region"]
    # Before the credentials: install; after them: only the deploy tool, on the built artifact.
    before = [s.get("run", "") for s in steps[:credentials]]
    after = [s.get("run", "") for s in steps[credentials + 1 :]]
    assert "make install" in before
    assert after == ['make publish ENV=production SITE_DIR=site COMMIT="$COMMIT"']
    assert not any("build" in command or "mkdocs" in command for command in before + after)
    checkout = next(s for s in steps if "actions/checkout" in s.get("uses", ""))
    assert checkout["with"]["fetch-depth"] == 0, "the live-commit check needs the history"
    # The build happens elsewhere, without a token, and hands over the site.
    build = workflow["jobs"]["build"]
    assert "permissions" not in build and commands(build) == ["make build"]
    upload = next(s for s in build["steps"] if "upload-artifact" in s.get("uses", ""))
    download = next(s for s in steps if "download-artifact" in s.get("uses", ""))
    assert upload["with"]["name"] == download["with"]["name"] == "site"


def test_ci_caches_pip_downloads_and_rendered_diagrams():
    workflow = load(CI)
    for name in ("test", "build"):
        cache = next(
            s for s in workflow["jobs"][name]["steps"] if "actions/cache" in s.get("uses", "")
        )
        assert set(cache["with"]["path"].split()) == {"~/.cache/pip", ".cache/diagrams"}
        assert "hashFiles('requirements.lock'" in cache["with"]["key"]
