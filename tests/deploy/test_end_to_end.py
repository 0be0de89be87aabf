"""The deploy tool against S3 servers on 127.0.0.1: moto (with CloudFront invalidations) and
SeaweedFS. Each test publishes small sites and checks what happened to the bucket."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.__main__ import build_parser
from scripts.deploy import apply, cli

pytestmark = pytest.mark.deploy


def test_first_deploy_uploads_everything_with_headers(target, tmp_path):
    site = target.site("site")
    code, summary, err = target.run(site)
    assert code == 0, err
    assert sorted(summary["uploaded"]) == sorted(target.SITE)
    assert summary["deleted"] == [] and summary["dry_run"] is False
    assert summary["bytes_uploaded"] == sum(len(t.encode()) for t in target.SITE.values())
    stored = target.objects()
    assert set(stored) == set(target.SITE)
    assert stored["index.html"]["ContentType"] == "text/html; charset=utf-8"
    assert stored["index.html"]["CacheControl"] == "public, max-age=300, must-revalidate"
    css = stored["assets/stylesheets/main.57a0d79d.min.css"]
    assert css["CacheControl"] == "public, max-age=31536000, immutable"
    assert (
        target.s3.get_object(Bucket=target.bucket, Key="about/index.html")["Body"].read().decode()
        == "<h1>소개</h1>"
    )
    if target.distribution:
        assert (
            "/" in summary["invalidation_paths"]
            and "/about/index.html" in summary["invalidation_paths"]
        )


def test_redeploy_of_an_identical_fresh_build_changes_nothing(target, tmp_path):
    target.run(target.site("first"))
    code, summary, err = target.run(target.site("rebuilt"))  # new files, new mtimes
    assert code == 0, err
    assert summary["uploaded"] == [] and summary["deleted"] == []
    assert summary["unchanged"] == len(target.SITE)
    assert summary["invalidation_paths"] == []


def test_one_changed_page_is_the_only_upload_and_invalidation(target, tmp_path):
    target.run(target.site("first"))
    changed = dict(target.SITE, **{"en/about/index.html": "<h1>About us</h1>"})
    code, summary, err = target.run(target.site("second", changed))
    assert code == 0, err
    assert summary["uploaded"] == ["en/about/index.html"]
    if target.distribution:
        assert summary["invalidation_paths"] == ["/en/about/", "/en/about/index.html"]


def test_same_size_edit_is_caught(target, tmp_path):
    target.run(target.site("first"))
    same_size = dict(target.SITE, **{"sitemap.xml": "<urlsat/>"})  # same length, other bytes
    assert len(same_size["sitemap.xml"]) == len(target.SITE["sitemap.xml"])
    code, summary, _ = target.run(target.site("second", same_size))
    assert code == 0 and summary["uploaded"] == ["sitemap.xml"]


def test_deleted_page_is_removed_after_uploads(target, tmp_path):
    target.run(target.site("first"))
    smaller = {k: v for k, v in target.SITE.items() if k != "about/index.html"}
    code, summary, err = target.run(target.site("second", smaller))
    assert code == 0, err
    assert summary["deleted"] == ["about/index.html"] and summary["uploaded"] == []
    assert "about/index.html" not in target.objects()
    if target.distribution:
        assert summary["invalidation_paths"] == ["/about/", "/about/index.html"]


def test_max_deletes_guard_stops_before_changing_anything(target, tmp_path):
    target.run(target.site("first"))
    before = target.objects()
    only_home = {"index.html": "<h1>새 홈</h1>"}
    code, summary, err = target.run(target.site("second", only_home), "--max-deletes", "3")
    assert code == 1 and summary is None
    # Seven: the hashed stylesheet is not deleted now but kept for cached pages (retired).
    assert (
        "7 objects would be deleted, more than --max-deletes 3" in err
        and "en/about/index.html" in err
    )
    after = target.objects()
    assert {k: v["ETag"] for k, v in after.items()} == {k: v["ETag"] for k, v in before.items()}
    code, summary, err = target.run(
        target.site("third", only_home), "--max-deletes", "3", "--force"
    )
    assert code == 0, err
    hashed = "assets/stylesheets/main.57a0d79d.min.css"
    assert set(target.objects()) == {"index.html", hashed} and summary["retired"] == [hashed]


def test_dry_run_prints_the_plan_and_changes_nothing(target, tmp_path):
    site = target.site("site")
    code, summary, err = target.run(site, "--dry-run")
    assert code == 0 and summary["dry_run"] is True
    assert sorted(summary["uploaded"]) == sorted(target.SITE)
    assert "upload  index.html  (new)" in err
    assert target.objects() == {}


def test_header_change_is_a_copy_in_place(target, tmp_path):
    site = target.site("site")
    target.run(site)
    s3, bucket = target.s3, target.bucket
    s3.copy_object(
        Bucket=bucket, Key="assets/site.css",
        CopySource={"Bucket": bucket, "Key": "assets/site.css"},
        MetadataDirective="REPLACE", ContentType="text/plain", Metadata={"md5": "stale"},
    )  # fmt: skip
    code, summary, err = target.run(site)
    assert code == 0, err
    assert summary["uploaded"] == ["assets/site.css"] and summary["bytes_uploaded"] == 0
    assert target.objects()["assets/site.css"]["ContentType"] == "text/css; charset=utf-8"


def test_crash_halfway_then_rerun_converges_without_reuploading(target, tmp_path, monkeypatch):
    site = target.site("site")
    done = []
    real_upload = apply.upload_one

    def flaky(client, bucket, file, reason):
        if len(done) == 4:
            raise ConnectionError("network dropped")
        real_upload(client, bucket, file, reason)
        done.append(file.key)

    monkeypatch.setattr(apply, "upload_one", flaky)
    args = build_parser().parse_args(target.arguments(site, "--workers", "1"))
    with pytest.raises(cli.DeployError, match="network dropped"):
        cli.deploy(args, Path(cli.__file__).parents[2])
    assert len(done) == 4
    monkeypatch.setattr(apply, "upload_one", real_upload)
    code, summary, err = target.run(site)
    assert code == 0, err
    assert not set(summary["uploaded"]) & set(done), (
        "files finished before the crash were uploaded again"
    )
    assert set(target.objects()) == set(target.SITE)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "does not exist: build the site first"),
        ("empty", "has no index.html"),
    ],
)
def test_refuses_a_missing_or_empty_site(target, tmp_path, setup, message):
    site = tmp_path / "site"
    if setup == "empty":
        site.mkdir()
    code, _, err = target.run(site)
    assert code == 1 and message in err


def test_unknown_bucket_is_named(target, tmp_path):
    target.bucket, target.distribution = "no-such-bucket-here", None
    code, _, err = target.run(target.site("site"))
    assert code == 1 and "bucket 'no-such-bucket-here' does not exist" in err


def test_invalidation_is_created_on_moto(moto_target):
    code, summary, err = moto_target.run(moto_target.site("site"), "--wait")
    assert code == 0, err
    assert moto_target.invalidations() == [summary["invalidation_paths"]]
