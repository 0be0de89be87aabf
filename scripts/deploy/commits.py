"""Which commit is deployed, and whether it may replace the live one.

The live commit is recorded in the bucket (state.py). A deploy goes ahead only with a commit that
is the live one or a descendant of it: when two pushes' tests finish out of order, the older
commit is skipped instead of replacing the newer. Going back (a rollback) or across (another
branch) needs --allow-rollback. `decide` is pure; the rest asks git.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

SAME, DESCENDANT, ANCESTOR, DIVERGED, UNKNOWN, FIRST = (
    "same", "descendant", "ancestor", "diverged", "unknown", "first",
)  # fmt: skip
DEPLOY, SKIP, REFUSE = "deploy", "skip", "refuse"


class GitError(Exception):
    """git could not answer; the message says why and what to do."""


@dataclass(frozen=True)
class Decision:
    action: str  # deploy | skip | refuse
    reason: str


def decide(live: str | None, commit: str, relation: str, allow_rollback: bool) -> Decision:
    short = commit[:12]
    if relation == FIRST:
        return Decision(DEPLOY, f"first recorded deploy: {short}")
    if relation == SAME:
        return Decision(DEPLOY, f"{short} is the live commit: deploying it again")
    if relation == DESCENDANT:
        return Decision(DEPLOY, f"{short} follows the live commit {live[:12]}")
    if allow_rollback:
        return Decision(DEPLOY, f"{short} replaces the live commit {live[:12]} (--allow-rollback)")
    if relation == ANCESTOR:
        return Decision(
            SKIP,
            f"{short} is older than the live commit {live[:12]}, which already contains it: "
            "nothing deployed (to roll back on purpose, pass --allow-rollback)",
        )
    if relation == DIVERGED:
        return Decision(
            REFUSE,
            f"{short} does not descend from the live commit {live[:12]} (another branch or a "
            "rewritten history); pass --allow-rollback to replace it anyway",
        )
    return Decision(
        REFUSE,
        f"the live commit {live[:12]} is not in this clone's history, so it is unknown whether "
        f"{short} is newer: fetch the full history (git fetch --unshallow; fetch-depth: 0 in "
        "actions/checkout) or pass --allow-rollback",
    )


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=False
        )
    except FileNotFoundError as error:
        raise GitError("git is not installed; pass --commit with the site's commit") from error


def _fail(repo: Path, result: subprocess.CompletedProcess) -> GitError:
    message = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "git failed"
    if "dubious ownership" in result.stderr:
        return GitError(
            f"git refuses to read {repo}, which another user owns: run "
            f"`git config --global --add safe.directory {repo}` (usual in containers)"
        )
    return GitError(f"git cannot read {repo}: {message}")


def resolve(repo: Path, revision: str) -> str:
    result = _git(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if result.returncode != 0:
        if result.stderr.strip():
            raise _fail(repo, result)
        raise GitError(f"{revision} is not a commit of {repo}")
    return result.stdout.strip()


def clean_head(repo: Path) -> str:
    """HEAD, refusing a work tree with changes: the site must be exactly that commit."""
    status = _git(repo, "status", "--porcelain", "--untracked-files=normal")
    if status.returncode != 0:
        raise _fail(repo, status)
    if status.stdout.strip():
        changed = ", ".join(line[3:] for line in status.stdout.splitlines()[:5])
        raise GitError(
            f"the work tree has uncommitted changes ({changed}); commit or stash them, so that "
            "what is deployed is a commit that can be found and redeployed"
        )
    return resolve(repo, "HEAD")


def relation(repo: Path, live: str | None, commit: str) -> str:
    if live is None:
        return FIRST
    if live == commit:
        return SAME
    known = _git(repo, "cat-file", "-e", f"{live}^{{commit}}")
    if known.returncode != 0:
        return UNKNOWN
    for older, newer, answer in ((live, commit, DESCENDANT), (commit, live, ANCESTOR)):
        result = _git(repo, "merge-base", "--is-ancestor", older, newer)
        if result.returncode == 0:
            return answer
        if result.returncode != 1:
            raise _fail(repo, result)
    return DIVERGED
