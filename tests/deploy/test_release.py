"""Only a commit that descends from the live one deploys: the record in the bucket, the rule,
rollbacks, and the work-tree check of `make deploy`. The history fixture is main: A → B → C,
with D branching off A."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from scripts.deploy import commits

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.deploy


@pytest.mark.parametrize(
    ("live", "relation", "rollback", "action"),
    [
        (None, commits.FIRST, False, commits.DEPLOY),
        ("c" * 40, commits.SAME, False, commits.DEPLOY),
        ("a" * 40, commits.DESCENDANT, False, commits.DEPLOY),
        ("c" * 40, commits.ANCESTOR, False, commits.SKIP),
        ("c" * 40, commits.DIVERGED, False, commits.REFUSE),
        ("c" * 40, commits.UNKNOWN, False, commits.REFUSE),
        ("c" * 40, commits.ANCESTOR, True, commits.DEPLOY),
        ("c" * 40, commits.DIVERGED, True, commits.DEPLOY),
    ],
)
def test_decide(live, relation, rollback, action):
    assert commits.decide(live, "b" * 40, relation, rollback).action == action


def test_relation_reads_the_history(history):
    repo, a, b, c, d = (history[k] for k in ("repo", "A", "B", "C", "D"))
    assert commits.relation(repo, None, c) == commits.FIRST
    assert commits.relation(repo, c, c) == commits.SAME
    assert commits.relation(repo, a, c) == commits.DESCENDANT
    assert commits.relation(repo, c, b) == commits.ANCESTOR
    assert commits.relation(repo, c, d) == commits.DIVERGED
    assert commits.relation(repo, "f" * 40, c) == commits.UNKNOWN


def test_the_live_commit_is_recorded_and_an_older_one_is_skipped(target):
    code, summary, err = target.run(target.site("c"), commit="C")
    assert code == 0, err
    assert target.record("live")["commit"] == target.history["C"] == summary["commit"]
    # B's tests finished after C's: B must not replace C.
    older = dict(target.SITE, **{"index.html": "<h1>older</h1>"})
    code, summary, err = target.run(target.site("b", older), commit="B")
    assert code == 0, err
    assert summary["skipped"] and "older than the live commit" in summary["skipped"]
    assert summary["uploaded"] == [] and target.body("index.html") == target.SITE["index.html"]
    assert target.record("live")["commit"] == target.history["C"]


def test_another_branch_is_refused_and_a_rollback_needs_saying_so(target):
    target.run(target.site("c"), commit="C")
    other = dict(target.SITE, **{"index.html": "<h1>D</h1>"})
    code, _, err = target.run(target.site("d", other), commit="D")
    assert code == 1 and "does not descend from the live commit" in err
    assert target.body("index.html") == target.SITE["index.html"]
    # The documented rollback: redeploy an earlier green commit, on purpose.
    earlier = dict(target.SITE, **{"index.html": "<h1>B</h1>"})
    code, summary, err = target.run(target.site("b", earlier), "--allow-rollback", commit="B")
    assert code == 0, err
    assert summary["uploaded"] == ["index.html"] and target.body("index.html") == "<h1>B</h1>"
    assert target.record("live")["commit"] == target.history["B"]
    # From B, C is a descendant again: the next push deploys normally.
    code, summary, err = target.run(target.site("c"), commit="C")
    assert code == 0 and summary["uploaded"] == ["index.html"], err


def test_a_live_commit_unknown_to_this_clone_is_refused(target):
    target.s3.put_object(
        Bucket=target.bucket, Key=".deploy/live.json", Body=b'{"commit": "' + b"f" * 40 + b'"}'
    )
    code, _, err = target.run(target.site("c"))
    assert code == 1 and "not in this clone's history" in err and "fetch-depth: 0" in err
    assert target.objects() == {}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def source_commit(repo: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scripts", "source-commit", "--repo", str(repo)],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip


def test_make_deploy_refuses_a_dirty_work_tree(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "page.md").write_text("one", encoding="utf-8")
    git(repo, "add", "page.md")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "one")
    clean = source_commit(repo)
    assert clean.returncode == 0 and len(clean.stdout.strip()) == 40
    (repo / "page.md").write_text("two", encoding="utf-8")
    dirty = source_commit(repo)
    assert dirty.returncode == 1 and "uncommitted changes (page.md)" in dirty.stderr
    git(repo, "checkout", "page.md")
    (repo / "new.md").write_text("untracked", encoding="utf-8")
    assert source_commit(repo).returncode == 1, "an untracked file could be in the site too"


def test_the_makefile_checks_the_work_tree_before_building():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ndeploy:", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("scripts source-commit") < recipe.index("mkdocs build")
    assert "--commit" in recipe
