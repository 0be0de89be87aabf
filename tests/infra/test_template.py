"""The hosting template: valid, in step with the CloudFront Function file, least privilege."""

from __future__ import annotations

import json
import re
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
    # Once a deleted file's last old version expires, its delete marker is all that is left;
    # S3 removes such markers only when asked, and not in a rule that also expires by date/days.
    assert rule["ExpiredObjectDeleteMarker"] is True
    assert not {"ExpirationInDays", "ExpirationDate"} & set(rule)


def test_log_bucket_takes_access_logs_from_the_site_bucket_only(template):
    statements = template["Resources"]["LogBucketPolicy"]["Properties"]["PolicyDocument"][
        "Statement"
    ]
    (logs,) = [s for s in statements if s.get("Sid") == "AllowS3ServerAccessLogs"]
    assert logs["Principal"] == {"Service": "logging.s3.amazonaws.com"}
    assert logs["Action"] == "s3:PutObject"
    assert logs["Condition"] == {
        "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}},
        "ArnEquals": {"aws:SourceArn": {"Fn::GetAtt": "SiteBucket.Arn"}},
    }


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
            "s3:AbortMultipartUpload",
            "cloudfront:GetDistribution",
            "cloudfront:CreateInvalidation",
            "cloudfront:GetInvalidation",
            "cloudformation:DescribeStacks",
        ]
    )
    by_action = {
        a: s["Resource"]
        for s in statements
        for a in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]])
    }
    # A failed multipart upload is aborted on the objects it was writing.
    assert by_action["s3:AbortMultipartUpload"] == {"Fn::Sub": "${SiteBucket.Arn}/*"}
    assert by_action["cloudfront:GetDistribution"] == by_action["cloudfront:CreateInvalidation"]
    assert "distribution/${Distribution}" in by_action["cloudfront:GetDistribution"]["Fn::Sub"]


def test_deploy_role_trusts_one_workflow_on_main_not_just_the_environment(template):
    """The environment alone relies on GitHub's deployment-branch setting, which the template
    cannot see; job_workflow_ref names the workflow file and the ref it ran from."""
    (trust,) = template["Resources"]["DeployRole"]["Properties"]["AssumeRolePolicyDocument"][
        "Statement"
    ]
    assert trust["Action"] == "sts:AssumeRoleWithWebIdentity"
    assert list(trust["Condition"]) == ["StringEquals"], "exact matches only, no wildcards"
    assert trust["Condition"]["StringEquals"] == {
        "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
        "token.actions.githubusercontent.com:sub": {
            "Fn::Sub": "repo:${GitHubRepository}:environment:production"
        },
        "token.actions.githubusercontent.com:job_workflow_ref": {
            "Fn::Sub": "${GitHubRepository}/${DeployWorkflowPath}@${DeployWorkflowRef}"
        },
    }
    parameters = template["Parameters"]
    path, ref = parameters["DeployWorkflowPath"], parameters["DeployWorkflowRef"]
    assert (path["Default"], ref["Default"]) == (".github/workflows/ci.yml", "refs/heads/main")
    # With the defaults the value reads like GitHub's claim: owner/repo/<path>@<ref>.
    value = f"octo-org/octo-repo/{path['Default']}@{ref['Default']}"
    assert value == "octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main"
    for parameter, good, bad in [
        (path, [".github/workflows/deploy.yml", ".github/workflows/ci.yaml"],
         ["ci.yml", ".github/workflows/*", ".github/workflows/a/b.yml"]),
        (ref, ["refs/heads/main", "refs/tags/v1.2"], ["main", "refs/heads/*", "refs/pull/1/merge"]),
    ]:  # fmt: skip
        assert all(re.fullmatch(parameter["AllowedPattern"], v) for v in good), good
        assert not any(re.fullmatch(parameter["AllowedPattern"], v) for v in bad), bad


def test_security_headers(template):
    headers = response_headers(template)
    csp = headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in csp
    assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp
    assert headers["Strict-Transport-Security"].startswith("max-age=63072000; includeSubDomains")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]


# CloudFront refuses these in a response headers policy's RemoveHeadersConfig (Amazon
# CloudFront Developer Guide, "Understand response headers policies", Remove headers).
CLOUDFRONT_KEEPS = re.compile(
    r"connection|content-encoding|content-length|expect|host|keep-alive|proxy-authenticate"
    r"|proxy-authorization|proxy-connection|trailer|transfer-encoding|upgrade|via|warning"
    r"|x-accel-.*|x-amz-cf-.*|x-amzn-.*|x-cache|x-edge-.*|x-forwarded-proto|x-real-ip",
    re.IGNORECASE,
)


def test_s3_headers_do_not_reach_viewers(template):
    config = template["Resources"]["SecurityHeadersPolicy"]["Properties"][
        "ResponseHeadersPolicyConfig"
    ]
    from scripts.deploy.remote import MD5_METADATA  # here: only this test needs the tool

    removed = [item["Header"].lower() for item in config["RemoveHeadersConfig"]["Items"]]
    assert len(removed) == len(set(removed))
    # What S3 sends on a GET of this bucket's objects: request ids, the version (versioning
    # is on), the encryption (SSE-S3), the deploy tool's MD5 metadata, and its own name.
    assert {
        "server",
        "x-amz-id-2",
        "x-amz-request-id",
        "x-amz-version-id",
        "x-amz-server-side-encryption",
        f"x-amz-meta-{MD5_METADATA}",
    } <= set(removed)
    assert not [name for name in removed if CLOUDFRONT_KEEPS.fullmatch(name)]
    assert not set(removed) & {name.lower() for name in response_headers(template)}


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
