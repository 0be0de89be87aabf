"""The hosting template: valid, in step with the CloudFront Function file, least privilege."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.infra import FUNCTION, TEMPLATE, inline_code, load_template, response_headers

pytestmark = pytest.mark.infra

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def template() -> dict:
    return load_template(ROOT / TEMPLATE)


def test_inline_function_is_the_tested_file():
    text = (ROOT / TEMPLATE).read_text(encoding="utf-8")
    code = (ROOT / FUNCTION).read_text(encoding="utf-8")
    assert inline_code(text) == code.strip() + "\n", "run `python -m scripts infra --sync`"


def test_cfn_lint_is_clean():
    lint = Path(sys.executable).parent / "cfn-lint"
    result = subprocess.run([str(lint), str(ROOT / TEMPLATE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_function_node_tests_pass():
    node = shutil.which("node")
    assert node, "node is missing: `make test` installs Debian's nodejs"
    result = subprocess.run(
        [node, "--test", str(ROOT / "infra/tests")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_bucket_is_private_encrypted_versioned(template):
    bucket = template["Resources"]["SiteBucket"]["Properties"]
    assert all(bucket["PublicAccessBlockConfiguration"].values())
    assert bucket["OwnershipControls"]["Rules"][0]["ObjectOwnership"] == "BucketOwnerEnforced"
    encryption = bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]
    assert encryption["ServerSideEncryptionByDefault"]["SSEAlgorithm"] == "AES256"
    assert bucket["VersioningConfiguration"]["Status"] == "Enabled"
    rule = bucket["LifecycleConfiguration"]["Rules"][0]
    assert rule["NoncurrentVersionExpiration"]["NoncurrentDays"] == {"Ref": "NoncurrentVersionDays"}


def test_bucket_policy_reads_only_for_this_distribution_and_denies_plain_http(template):
    statements = template["Resources"]["SiteBucketPolicy"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    allow, deny = statements
    assert allow["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert allow["Action"] == "s3:GetObject"
    assert (
        "distribution/${Distribution}"
        in allow["Condition"]["StringEquals"]["AWS:SourceArn"]["Fn::Sub"]
    )
    assert deny["Effect"] == "Deny" and deny["Condition"] == {
        "Bool": {"aws:SecureTransport": "false"}
    }


def test_distribution_uses_oac_on_the_rest_endpoint(template):
    config = template["Resources"]["Distribution"]["Properties"]["DistributionConfig"]
    origin = config["Origins"][0]
    assert origin["DomainName"] == {"Fn::GetAtt": "SiteBucket.RegionalDomainName"}
    assert origin["S3OriginConfig"]["OriginAccessIdentity"] == ""
    oac = template["Resources"]["OriginAccessControl"]["Properties"]["OriginAccessControlConfig"]
    assert (oac["SigningBehavior"], oac["SigningProtocol"]) == ("always", "sigv4")
    behavior = config["DefaultCacheBehavior"]
    assert behavior["ViewerProtocolPolicy"] == "redirect-to-https"
    assert behavior["Compress"] is True
    assert config["HttpVersion"] == "http2and3" and config["IPV6Enabled"] is True
    errors = {
        e["ErrorCode"]: (e["ResponseCode"], e["ResponsePagePath"])
        for e in config["CustomErrorResponses"]
    }
    assert errors == {403: (404, "/404.html"), 404: (404, "/404.html")}
    function = template["Resources"]["DirectoryIndexFunction"]["Properties"]["FunctionConfig"]
    assert function["Runtime"] == "cloudfront-js-2.0"


def test_deploy_role_is_least_privilege(template):
    role = template["Resources"]["DeployRole"]["Properties"]
    condition = role["AssumeRolePolicyDocument"]["Statement"][0]["Condition"]["StringEquals"]
    assert condition["token.actions.githubusercontent.com:aud"] == "sts.amazonaws.com"
    assert condition["token.actions.githubusercontent.com:sub"] == {
        "Fn::Sub": "repo:${GitHubRepository}:environment:production"
    }
    statements = role["Policies"][0]["PolicyDocument"]["Statement"]
    for statement in statements:
        actions = (
            statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        )
        assert not any("*" in action for action in actions), statement
        assert statement["Resource"] != "*", statement
    all_actions = sorted(
        a
        for s in statements
        for a in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]])
    )
    assert all_actions == sorted(
        [
            "s3:ListBucket",
            "s3:GetObject",
            "s3:PutObject",
            "s3:DeleteObject",
            "cloudfront:CreateInvalidation",
            "cloudfront:GetInvalidation",
            "cloudformation:DescribeStacks",
        ]
    )


def test_security_headers(template):
    headers = response_headers(template)
    csp = headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in csp
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    assert headers["Strict-Transport-Security"].startswith("max-age=63072000; includeSubDomains")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]


def test_outputs_name_what_the_deploy_reads(template):
    assert {"BucketName", "DistributionId", "DistributionDomainName", "DeployRoleArn"} <= set(
        template["Outputs"]
    )
    json.dumps(template)  # the template is plain data once intrinsics are read


def test_checkov_is_clean_with_justified_skips_only():
    checkov = ROOT / ".venv-checkov/bin/checkov"
    assert checkov.exists(), "checkov's own venv is missing: `make test` creates .venv-checkov"
    result = subprocess.run(
        [str(checkov), "--framework", "cloudformation", "--skip-download", "--compact",
         "-o", "json", "-f", str(ROOT / TEMPLATE)],
        capture_output=True, text=True,
    )  # fmt: skip
    report = json.loads(result.stdout)
    summary = report["summary"]
    assert summary["failed"] == 0, [c["check_id"] for c in report["results"]["failed_checks"]]
    skipped_checks = report["results"]["skipped_checks"]
    assert {c["check_id"] for c in skipped_checks} <= {
        "CKV_AWS_18",
        "CKV_AWS_21",
        "CKV_AWS_68",
        "CKV_AWS_174",
    }
    for skipped in skipped_checks:
        assert len(skipped["check_result"].get("suppress_comment", "")) > 30, skipped["check_id"]
