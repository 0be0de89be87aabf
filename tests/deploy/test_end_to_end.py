"""The deploy tool against S3 servers on 127.0.0.1: moto (with CloudFront invalidations) and
SeaweedFS. Each test publishes small sites and checks what happened to the bucket."""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import boto3
import pytest

from scripts.deploy import apply, cli

pytestmark = pytest.mark.deploy

ROOT = Path(__file__).resolve().parents[2]
_buckets = itertools.count()

SITE = {
    "index.html": "<h1>홈</h1>",
    "about/index.html": "<h1>소개</h1>",
    "en/index.html": "<h1>Home</h1>",
    "en/about/index.html": "<h1>About</h1>",
    "assets/stylesheets/main.57a0d79d.min.css": "body{}",
    "assets/site.css": ":root{}",
    "search/search_index.json": '{"docs": []}',
    "sitemap.xml": "<urlset/>",
    "404.html": "<h1>404</h1>",
}


def make_site(root: Path, files: dict[str, str] = SITE) -> Path:
    shutil.rmtree(root, ignore_errors=True)
    for key, text in files.items():
        path = root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(params=["moto", "seaweedfs"])
def target(request):
    endpoint = request.getfixturevalue(f"{request.param}_endpoint")
    s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1")
    bucket = f"site-{request.param}-{next(_buckets)}"
    s3.create_bucket(Bucket=bucket)
    distribution = None
    if request.param == "moto":
        cloudfront = boto3.client("cloudfront", endpoint_url=endpoint, region_name="us-east-1")
        distribution = cloudfront.create_distribution(
            DistributionConfig=_distribution_config(bucket)
        )["Distribution"]["Id"]
    return {"endpoint": endpoint, "bucket": bucket, "distribution": distribution, "s3": s3}


def _distribution_config(bucket: str) -> dict:
    return {
        "CallerReference": bucket,
        "Comment": "test",
        "Enabled": True,
        "Origins": {
            "Quantity": 1,
            "Items": [
                {
                    "Id": "s3",
                    "DomainName": f"{bucket}.s3.amazonaws.com",
                    "S3OriginConfig": {"OriginAccessIdentity": ""},
                }
            ],
        },
        "DefaultCacheBehavior": {
            "TargetOriginId": "s3",
            "ViewerProtocolPolicy": "redirect-to-https",
        },
    }


def run(target, site: Path, *extra: str) -> tuple[int, dict | None, str]:
    """The real command line, in a subprocess, with --json."""
    command = [
        sys.executable, "-m", "scripts", "deploy", "--site-dir", str(site),
        "--bucket", target["bucket"], "--endpoint-url", target["endpoint"],
        "--region", "us-east-1", "--json", *extra,
    ]  # fmt: skip
    if target["distribution"]:
        command += ["--distribution-id", target["distribution"]]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    summary = json.loads(result.stdout) if result.returncode == 0 else None
    return result.returncode, summary, result.stderr


def objects(target) -> dict[str, dict]:
    s3, bucket = target["s3"], target["bucket"]
    listing = s3.list_objects_v2(Bucket=bucket).get("Contents", [])
    return {item["Key"]: s3.head_object(Bucket=bucket, Key=item["Key"]) for item in listing}


def test_first_deploy_uploads_everything_with_headers(target, tmp_path):
    site = make_site(tmp_path / "site")
    code, summary, err = run(target, site)
    assert code == 0, err
    assert sorted(summary["uploaded"]) == sorted(SITE)
    assert summary["deleted"] == [] and summary["dry_run"] is False
    assert summary["bytes_uploaded"] == sum(len(t.encode()) for t in SITE.values())
    stored = objects(target)
    assert set(stored) == set(SITE)
    assert stored["index.html"]["ContentType"] == "text/html; charset=utf-8"
    assert stored["index.html"]["CacheControl"] == "public, max-age=300, must-revalidate"
    css = stored["assets/stylesheets/main.57a0d79d.min.css"]
    assert css["CacheControl"] == "public, max-age=31536000, immutable"
    assert (
        target["s3"]
        .get_object(Bucket=target["bucket"], Key="about/index.html")["Body"]
        .read()
        .decode()
        == "<h1>소개</h1>"
    )
    if target["distribution"]:
        assert (
            "/" in summary["invalidation_paths"]
            and "/about/index.html" in summary["invalidation_paths"]
        )


def test_redeploy_of_an_identical_fresh_build_changes_nothing(target, tmp_path):
    run(target, make_site(tmp_path / "first"))
    code, summary, err = run(target, make_site(tmp_path / "rebuilt"))  # new files, new mtimes
    assert code == 0, err
    assert summary["uploaded"] == [] and summary["deleted"] == []
    assert summary["unchanged"] == len(SITE)
    assert summary["invalidation_paths"] == []


def test_one_changed_page_is_the_only_upload_and_invalidation(target, tmp_path):
    run(target, make_site(tmp_path / "first"))
    changed = dict(SITE, **{"en/about/index.html": "<h1>About us</h1>"})
    code, summary, err = run(target, make_site(tmp_path / "second", changed))
    assert code == 0, err
    assert summary["uploaded"] == ["en/about/index.html"]
    if target["distribution"]:
        assert summary["invalidation_paths"] == ["/en/about/", "/en/about/index.html"]


def test_same_size_edit_is_caught(target, tmp_path):
    run(target, make_site(tmp_path / "first"))
    same_size = dict(SITE, **{"sitemap.xml": "<urlsat/>"})  # same length, other bytes
    assert len(same_size["sitemap.xml"]) == len(SITE["sitemap.xml"])
    code, summary, _ = run(target, make_site(tmp_path / "second", same_size))
    assert code == 0 and summary["uploaded"] == ["sitemap.xml"]


def test_deleted_page_is_removed_after_uploads(target, tmp_path):
    run(target, make_site(tmp_path / "first"))
    smaller = {k: v for k, v in SITE.items() if k != "about/index.html"}
    code, summary, err = run(target, make_site(tmp_path / "second", smaller))
    assert code == 0, err
    assert summary["deleted"] == ["about/index.html"] and summary["uploaded"] == []
    assert "about/index.html" not in objects(target)
    if target["distribution"]:
        assert summary["invalidation_paths"] == ["/about/", "/about/index.html"]


def test_max_deletes_guard_stops_before_changing_anything(target, tmp_path):
    run(target, make_site(tmp_path / "first"))
    before = objects(target)
    only_home = {"index.html": "<h1>새 홈</h1>"}
    code, summary, err = run(
        target, make_site(tmp_path / "second", only_home), "--max-deletes", "3"
    )
    assert code == 1 and summary is None
    assert (
        "8 objects would be deleted, more than --max-deletes 3" in err
        and "en/about/index.html" in err
    )
    after = objects(target)
    assert {k: v["ETag"] for k, v in after.items()} == {k: v["ETag"] for k, v in before.items()}
    code, summary, err = run(
        target, make_site(tmp_path / "third", only_home), "--max-deletes", "3", "--force"
    )
    assert code == 0, err
    assert set(objects(target)) == {"index.html"}


def test_dry_run_prints_the_plan_and_changes_nothing(target, tmp_path):
    site = make_site(tmp_path / "site")
    code, summary, err = run(target, site, "--dry-run")
    assert code == 0 and summary["dry_run"] is True
    assert sorted(summary["uploaded"]) == sorted(SITE)
    assert "upload  index.html  (new)" in err
    assert objects(target) == {}


def test_header_change_is_a_copy_in_place(target, tmp_path):
    site = make_site(tmp_path / "site")
    run(target, site)
    s3, bucket = target["s3"], target["bucket"]
    s3.copy_object(
        Bucket=bucket, Key="assets/site.css",
        CopySource={"Bucket": bucket, "Key": "assets/site.css"},
        MetadataDirective="REPLACE", ContentType="text/plain", Metadata={"md5": "stale"},
    )  # fmt: skip
    code, summary, err = run(target, site)
    assert code == 0, err
    assert summary["uploaded"] == ["assets/site.css"] and summary["bytes_uploaded"] == 0
    assert objects(target)["assets/site.css"]["ContentType"] == "text/css; charset=utf-8"


def test_crash_halfway_then_rerun_converges_without_reuploading(target, tmp_path, monkeypatch):
    site = make_site(tmp_path / "site")
    done = []
    real_upload = apply.upload_one

    def flaky(client, bucket, file, reason):
        if len(done) == 4:
            raise ConnectionError("network dropped")
        real_upload(client, bucket, file, reason)
        done.append(file.key)

    monkeypatch.setattr(apply, "upload_one", flaky)
    args = argparse.Namespace(
        site_dir=site, bucket=target["bucket"], stack=None, distribution_id=target["distribution"],
        region="us-east-1", endpoint_url=target["endpoint"], dry_run=False, force=False,
        max_deletes=256, workers=1, wait=False, json=True,
    )  # fmt: skip
    with pytest.raises(cli.DeployError, match="network dropped"):
        cli.deploy(args, ROOT)
    assert len(done) == 4
    monkeypatch.setattr(apply, "upload_one", real_upload)
    code, summary, err = run(target, site)
    assert code == 0, err
    assert not set(summary["uploaded"]) & set(done), (
        "files finished before the crash were uploaded again"
    )
    assert set(objects(target)) == set(SITE)


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
    code, _, err = run(target, site)
    assert code == 1 and message in err


def test_unknown_bucket_is_named(target, tmp_path):
    target = dict(target, bucket="no-such-bucket-here", distribution=None)
    code, _, err = run(target, make_site(tmp_path / "site"))
    assert code == 1 and "bucket 'no-such-bucket-here' does not exist" in err


def test_invalidation_is_created_on_moto(moto_endpoint, tmp_path):
    target = {"endpoint": moto_endpoint, "bucket": f"site-inval-{next(_buckets)}"}
    target["s3"] = boto3.client("s3", endpoint_url=moto_endpoint, region_name="us-east-1")
    target["s3"].create_bucket(Bucket=target["bucket"])
    cloudfront = boto3.client("cloudfront", endpoint_url=moto_endpoint, region_name="us-east-1")
    target["distribution"] = cloudfront.create_distribution(
        DistributionConfig=_distribution_config(target["bucket"])
    )["Distribution"]["Id"]
    code, summary, err = run(target, make_site(tmp_path / "site"), "--wait")
    assert code == 0, err
    invalidations = cloudfront.list_invalidations(DistributionId=target["distribution"])[
        "InvalidationList"
    ]
    assert invalidations["Quantity"] == 1
    created = cloudfront.get_invalidation(
        DistributionId=target["distribution"], Id=invalidations["Items"][0]["Id"]
    )
    assert sorted(created["Invalidation"]["InvalidationBatch"]["Paths"]["Items"]) == sorted(
        summary["invalidation_paths"]
    )
