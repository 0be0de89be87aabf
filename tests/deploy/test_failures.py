"""The deploy tool when things go wrong, against the local servers through a fault-injecting
proxy (scripts/faults.py): requests held, dropped, failed or answered with an error, the
deploy killed or interrupted, two deploys at once. Each test reproduces one way a deploy used
to end wrong."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from scripts.faults import (
    DROP,
    HOLD,
    RESPOND,
    cloudfront_error,
    is_cloudfront,
    is_put,
    s3_error,
)

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.deploy


def start(target, site, *extra, commit="C") -> subprocess.Popen:
    """The deploy command in the background, to hold, kill or interrupt mid-run."""
    return subprocess.Popen(
        target.command(site, *extra, commit=commit),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def arrive(rule, seconds: float = 60) -> None:
    assert rule.arrived.wait(seconds), "the deploy never sent the request the test waits for"


def finish(process: subprocess.Popen) -> tuple[int, dict | None, str]:
    out, err = process.communicate(timeout=120)
    summary = json.loads(out) if process.returncode == 0 else None
    return process.returncode, summary, err


def nth_listing(n: int):
    """The n-th ListObjectsV2 of the site (1: planning, 2: the re-list before deleting)."""
    seen = []

    def matches(r) -> bool:
        if r.method == "GET" and "list-type=2" in r.query and "prefix=" not in r.query:
            seen.append(r)
            return len(seen) == n
        return False

    return matches


# ---------------------------------------------------------------- two deploys at once


def test_a_second_deploy_is_refused_while_the_first_holds_the_lock(target, through_proxy):
    proxy = through_proxy(target)
    held = proxy.add(is_put("about/index.html"), HOLD, times=1)
    first = start(target, target.site("first"))
    arrive(held)
    code, _, err = target.run(target.site("second", dict(target.SITE, **{"index.html": "x"})))
    assert code == 1 and "another deploy holds the lock" in err and "--break-lock" in err
    held.release()
    code, _, err = finish(first)
    assert code == 0, err
    assert target.body("index.html") == target.SITE["index.html"], "the refused deploy wrote"
    assert target.record("lock") is None, "the lock outlived its deploy"


def test_an_expired_lock_is_taken_over_and_a_live_one_can_be_broken(target):
    stale = {"owner": "ci run 1", "token": "t1", "started": 0, "expires": time.time() - 1}
    target.s3.put_object(Bucket=target.bucket, Key=".deploy/lock.json", Body=json.dumps(stale))
    code, _, err = target.run(target.site("site"))
    assert code == 0, err
    live = dict(stale, expires=time.time() + 600)
    target.s3.put_object(Bucket=target.bucket, Key=".deploy/lock.json", Body=json.dumps(live))
    code, _, err = target.run(target.site("site"))
    assert code == 1 and "another deploy holds the lock: ci run 1" in err
    code, _, err = target.run(target.site("site"), "--break-lock")
    assert code == 0 and "removed the lock of ci run 1" in err
    assert target.record("lock") is None


def test_deletes_skip_objects_changed_after_the_listing(target, through_proxy):
    target.run(target.site("first"))
    proxy = through_proxy(target)
    relist = proxy.add(nth_listing(2), HOLD)
    smaller = {k: v for k, v in target.SITE.items() if k != "about/index.html"}
    process = start(target, target.site("second", smaller))
    arrive(relist)
    # Another deploy writes the page this one is about to delete.
    target.s3.put_object(Bucket=target.bucket, Key="about/index.html", Body=b"<h1>new</h1>")
    relist.release()
    code, summary, err = finish(process)
    assert code == 0, err
    assert summary["kept_changed"] == ["about/index.html"] and summary["deleted"] == []
    assert target.body("about/index.html") == "<h1>new</h1>"


# ---------------------------------------------------------------- crashes and the invalidation


def test_a_deploy_killed_before_its_invalidation_leaves_it_to_the_next(moto_target, through_proxy):
    target = moto_target
    target.run(target.site("first"))
    proxy = through_proxy(target)
    invalidation = proxy.add(lambda r: r.method == "POST" and is_cloudfront(r), HOLD)
    changed = dict(target.SITE, **{"en/about/index.html": "<h1>About us</h1>"})
    process = start(target, target.site("second", changed))
    arrive(invalidation)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert target.body("en/about/index.html") == "<h1>About us</h1>", "uploads were done"
    expected = ["/en/about/", "/en/about/index.html"]
    assert target.record("pending-invalidation") == {"paths": expected}
    proxy.clear()
    # The rerun finds nothing to upload, yet invalidates what the killed deploy could not.
    code, summary, err = target.run(target.site("again", changed), "--break-lock")
    assert code == 0, err
    assert summary["uploaded"] == [] and summary["invalidation_paths"] == expected
    assert target.invalidations()[-1] == expected
    assert target.record("pending-invalidation") is None


def test_a_refused_invalidation_is_named_and_kept_for_the_rerun(moto_target, through_proxy):
    target = moto_target
    proxy = through_proxy(target)
    denied = cloudfront_error("AccessDenied", "User is not authorized")
    proxy.add(lambda r: r.method == "POST" and is_cloudfront(r), RESPOND, status=403, body=denied)
    code, _, err = target.run(target.site("site"))
    assert code == 1
    assert "CloudFront denied CreateInvalidation" in err and "cloudfront:CreateInvalidation" in err
    assert "S3" not in err.split("CloudFront")[0] and "rerunning is safe" in err
    assert "/index.html" in target.record("pending-invalidation")["paths"]
    proxy.clear()
    code, summary, err = target.run(target.site("site"))
    assert code == 0, err
    assert summary["uploaded"] == [] and "/index.html" in summary["invalidation_paths"]


def test_hashed_assets_are_not_invalidated_kept_a_while_and_deleted_later(
    moto_target, through_proxy
):
    target = moto_target
    target.run(target.site("first"))
    proxy = through_proxy(target)
    old_css, new_css = (
        "assets/stylesheets/main.57a0d79d.min.css",
        "assets/stylesheets/main.0badcafe.min.css",
    )
    themed = {k: v for k, v in target.SITE.items() if k not in (old_css, "about/index.html")}
    themed.update({new_css: "body{color:red}", "index.html": "<h1>홈 2</h1>"})
    code, summary, err = target.run(target.site("themed", themed))
    assert code == 0, err
    assert summary["invalidation_paths"] == ["/", "/about/", "/about/index.html", "/index.html"]
    assert summary["retired"] == [old_css] and old_css in target.objects()
    assert old_css in target.record("retired-assets")
    # The invalidation is created before anything is deleted.
    order = [
        "invalidate" if is_cloudfront(r) else "delete"
        for r in proxy.log
        if r.method == "POST" and (is_cloudfront(r) or r.query.startswith("delete"))
    ]
    assert order == ["invalidate", "delete"]
    # A day later, the next deploy deletes the retired stylesheet.
    day_ago = {old_css: time.time() - 25 * 3600}
    target.s3.put_object(
        Bucket=target.bucket, Key=".deploy/retired-assets.json", Body=json.dumps(day_ago)
    )
    code, summary, err = target.run(target.site("themed", themed))
    assert code == 0, err
    assert summary["deleted"] == [old_css] and old_css not in target.objects()
    assert summary["invalidation_paths"] == [] and target.record("retired-assets") is None


# ---------------------------------------------------------------- the network


def test_a_blip_of_a_few_seconds_does_not_abort_the_deploy(target, through_proxy):
    """Every connection dropped for three seconds while sixteen workers upload."""
    site = {f"p{i}/index.html": f"<p>{i}</p>" for i in range(150)}
    site["index.html"] = "<h1>home</h1>"
    proxy = through_proxy(target)
    blip = {"until": None}

    def in_blip(r) -> bool:
        if blip["until"] is None and r.method == "PUT" and r.key.startswith("p"):
            blip["until"] = time.monotonic() + 3
        return blip["until"] is not None and time.monotonic() < blip["until"]

    dropped = proxy.add(in_blip, DROP)
    code, summary, err = target.run(target.site("many", site), "--workers", "16")
    assert code == 0, err
    assert len(summary["uploaded"]) == len(site) and set(target.objects()) == set(site)
    assert dropped.hits >= 16, "the blip dropped too little to test anything"


def test_a_server_error_that_persists_names_the_key_and_the_progress(moto_target, through_proxy):
    target = moto_target
    proxy = through_proxy(target)
    slow_down = s3_error("SlowDown", "Please reduce your request rate.")
    proxy.add(is_put("en/about/index.html"), RESPOND, status=503, body=slow_down)
    code, _, err = target.run(target.site("site"), "--workers", "1")
    assert code == 1 and "Traceback" not in err
    assert "upload of en/about/index.html failed: S3 kept answering 503 SlowDown" in err
    assert "of 9 files were uploaded and nothing was deleted; rerunning is safe" in err


def test_an_outage_mid_run_says_the_server_stopped_answering(moto_target, through_proxy):
    target = moto_target
    proxy = through_proxy(target)
    outage = {"on": False}

    def down(r) -> bool:
        outage["on"] = outage["on"] or (r.method == "PUT" and r.key.endswith(".html"))
        return outage["on"]

    proxy.add(down, DROP)
    code, _, err = target.run(target.site("site"))
    assert code == 1 and "Traceback" not in err
    assert "stopped answering" in err and "--endpoint-url" not in err
    assert "rerunning is safe" in err


def test_an_object_deleted_between_list_and_head_is_uploaded_again(target, through_proxy):
    target.run(target.site("first"))
    proxy = through_proxy(target)
    proxy.add(lambda r: r.method == "HEAD" and r.key == "about/index.html", RESPOND, status=404)
    code, summary, err = target.run(target.site("second"))
    assert code == 0, err
    assert summary["uploaded"] == ["about/index.html"]


# ---------------------------------------------------------------- checks before changes


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_wrong_distribution_is_found_before_the_bucket_changes(moto_target, dry_run):
    target = moto_target
    target.distribution = "E2WRONGWRONG"
    code, _, err = target.run(target.site("site"), *(["--dry-run"] if dry_run else []))
    assert code == 1 and "CloudFront distribution 'E2WRONGWRONG' does not exist" in err
    assert target.keys() == []


def test_a_missing_cloudfront_permission_is_found_before_the_bucket_changes(
    moto_target, through_proxy
):
    target = moto_target
    proxy = through_proxy(target)
    denied = cloudfront_error("AccessDenied", "not authorized")
    proxy.add(lambda r: r.method == "GET" and is_cloudfront(r), RESPOND, status=403, body=denied)
    code, _, err = target.run(target.site("site"))
    assert code == 1 and "cloudfront:GetDistribution" in err
    assert target.keys() == []


def test_a_missing_delete_permission_is_found_before_the_bucket_changes(target, through_proxy):
    proxy = through_proxy(target)
    denied = s3_error("AccessDenied", "Access Denied")
    proxy.add(lambda r: r.method == "DELETE" and "lock" not in r.key, RESPOND, status=403,
              body=denied)  # fmt: skip
    code, _, err = target.run(target.site("site"))
    assert code == 1 and "s3:DeleteObject" in err
    assert target.objects() == {}


def test_a_lost_site_is_refused_by_the_relative_guard(target):
    """Far fewer deletes than --max-deletes, and a fifth of the objects: but most pages."""
    images = {f"img/a{i}.png": str(i) for i in range(80)}
    pages = {f"p{i}/index.html": f"<p>{i}</p>" for i in range(20)}
    full = {"index.html": "<h1>home</h1>", **pages, **images}
    target.run(target.site("full", full))
    broken = {"index.html": "<h1>home</h1>", **images}
    code, _, err = target.run(target.site("broken", broken))
    assert code == 1 and "20 of the 21 pages in the bucket (95%)" in err and "--force" in err
    assert set(target.objects()) == set(full)


def test_new_pages_go_up_before_the_pages_that_link_to_them(target, through_proxy):
    target.run(target.site("first"))
    proxy = through_proxy(target)
    held = proxy.add(is_put("new/index.html"), HOLD, times=1)
    linked = dict(
        target.SITE, **{"new/index.html": "<h1>new</h1>", "index.html": '<a href="new/">'}
    )
    process = start(target, target.site("second", linked))
    arrive(held)
    time.sleep(1)  # time enough for any other upload to start
    assert target.body("index.html") == target.SITE["index.html"], "a link went up first"
    held.release()
    code, _, err = finish(process)
    assert code == 0, err
    assert target.body("index.html") == '<a href="new/">'


# ---------------------------------------------------------------- what the user sees


def test_ctrl_c_prints_one_line_exits_130_and_releases_the_lock(target, through_proxy):
    proxy = through_proxy(target)
    held = proxy.add(is_put("about/index.html"), HOLD, times=1)
    process = start(target, target.site("site"))
    arrive(held)
    process.send_signal(signal.SIGINT)
    time.sleep(1)
    held.release()
    code, _, err = finish(process)
    assert code == 130 and "Traceback" not in err
    assert "interrupted" in err and "rerun the deploy" in err
    assert target.record("lock") is None


def test_an_unknown_environment_is_one_line(target):
    result = subprocess.run(
        [*target.command(target.site("site"))[:3], "deploy", "--env", "staging"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no environment 'staging' in infra/environments.yml; known: production" in result.stderr


def test_an_unreadable_file_is_named(target):
    site = target.site("site")
    (site / "broken.html").symlink_to(site / "missing.html")
    code, _, err = target.run(site)
    assert code == 1 and "Traceback" not in err
    assert "cannot read" in err and "broken.html" in err


def test_links_out_of_the_site_are_refused(target, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("password", encoding="utf-8")
    site = target.site("site")
    (site / "leak.txt").symlink_to(secret)
    code, _, err = target.run(site)
    assert code == 1 and "leak.txt is a link to" in err and "outside" in err
    assert target.objects() == {}


def test_hidden_files_stay_behind_but_well_known_is_published(target):
    files = dict(target.SITE)
    files.update({".git/config": "[core]", ".DS_Store": "x", "en/.env": "KEY=1",
                  "en/.well-known/x.txt": "not at the root",
                  ".well-known/security.txt": "Contact: mailto:a@example.com"})  # fmt: skip
    code, summary, err = target.run(target.site("site", files))
    assert code == 0, err
    assert sorted(summary["hidden"]) == [
        ".DS_Store", ".git/config", "en/.env", "en/.well-known/x.txt",
    ]  # fmt: skip
    assert set(target.objects()) == set(target.SITE) | {".well-known/security.txt"}
