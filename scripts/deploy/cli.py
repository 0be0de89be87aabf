"""`python -m scripts deploy`: the stages wired together, with clear errors."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import apply, invalidate, local, plan, remote

ENVIRONMENTS = Path("infra/environments.yml")


class DeployError(Exception):
    """A problem the user can fix; the message says how, in one line."""


@dataclass
class Summary:
    uploaded: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0
    bytes_uploaded: int = 0
    invalidation_paths: list[str] = field(default_factory=list)
    dry_run: bool = False

    def as_json(self) -> dict:
        return {
            "uploaded": self.uploaded,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "bytes_uploaded": self.bytes_uploaded,
            "invalidation_paths": self.invalidation_paths,
            "dry_run": self.dry_run,
        }

    def line(self) -> str:
        verb = "would upload" if self.dry_run else "uploaded"
        return (
            f"{verb} {len(self.uploaded)} ({self.bytes_uploaded:,} bytes), "
            f"{'would delete' if self.dry_run else 'deleted'} {len(self.deleted)}, "
            f"unchanged {self.unchanged}, invalidation paths {len(self.invalidation_paths)}"
        )


def load_environment(root: Path, name: str) -> dict:
    environments = yaml.safe_load((root / ENVIRONMENTS).read_text(encoding="utf-8")) or {}
    if name not in environments:
        raise DeployError(
            f"no environment '{name}' in {ENVIRONMENTS}; known: {', '.join(environments)}"
        )
    return environments[name]


def _session(region: str | None):
    import boto3

    return boto3.session.Session(region_name=region)


def _client(session, service: str, endpoint_url: str | None):
    from botocore.config import Config

    config = Config(
        retries={"max_attempts": 10, "mode": "adaptive"}, connect_timeout=10, read_timeout=60
    )
    return session.client(service, endpoint_url=endpoint_url, config=config)


def stack_outputs(session, stack: str, endpoint_url: str | None) -> dict[str, str]:
    client = _client(session, "cloudformation", endpoint_url)
    stacks = client.describe_stacks(StackName=stack)["Stacks"]
    return {o["OutputKey"]: o["OutputValue"] for o in stacks[0].get("Outputs", [])}


def explain(error: Exception, bucket: str) -> DeployError:
    """Turn boto errors into one line with the fix."""
    from botocore.exceptions import (
        ClientError,
        EndpointConnectionError,
        NoCredentialsError,
        NoRegionError,
    )

    if isinstance(error, NoCredentialsError):
        return DeployError(
            "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY "
            "(in GitHub Actions, the deploy role is assumed through OIDC)"
        )
    if isinstance(error, NoRegionError):
        return DeployError("no AWS Region: pass --region, set AWS_REGION, or use --env")
    if isinstance(error, EndpointConnectionError):
        return DeployError(
            f"cannot reach {error.kwargs.get('endpoint_url')}: check --endpoint-url and --region"
        )
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        if code in ("NoSuchBucket", "404"):
            return DeployError(
                f"bucket '{bucket}' does not exist: check --bucket or the stack's BucketName output"
            )
        if code in ("AccessDenied", "403", "InvalidAccessKeyId", "SignatureDoesNotMatch"):
            return DeployError(
                f"access denied on bucket '{bucket}' ({code}): the credentials need "
                "s3:ListBucket, s3:GetObject, s3:PutObject and s3:DeleteObject on it "
                "(see DeployRole in infra/site.yaml)"
            )
        if code == "ValidationError":
            return DeployError(f"CloudFormation: {error.response['Error'].get('Message')}")
    return DeployError(f"{type(error).__name__}: {error}")


def print_plan(deploy_plan: plan.Plan, stream) -> None:
    for upload in deploy_plan.uploads:
        print(f"upload  {upload.key}  ({upload.reason})", file=stream)
    for key in deploy_plan.deletes:
        print(f"delete  {key}", file=stream)


def deploy(args, root: Path, out=sys.stdout, err=sys.stderr) -> Summary:
    site = local.walk_local(args.site_dir)
    session = _session(args.region)
    bucket, distribution = args.bucket, args.distribution_id
    try:
        if args.stack:
            outputs = stack_outputs(session, args.stack, args.endpoint_url)
            bucket, distribution = outputs["BucketName"], outputs.get("DistributionId")
        s3 = _client(session, "s3", args.endpoint_url)
        listing = remote.list_remote(s3, bucket)
        details = remote.describe(
            s3, bucket, plan.keys_needing_details(site, listing), args.workers
        )
    except Exception as error:
        raise explain(error, bucket) from error

    deploy_plan = plan.find_changes(site, listing, details)
    plan.guard_deletes(deploy_plan, args.max_deletes, args.force)
    summary = Summary(
        uploaded=deploy_plan.changed_keys,
        deleted=list(deploy_plan.deletes),
        unchanged=len(deploy_plan.unchanged),
        bytes_uploaded=sum(u.size for u in deploy_plan.uploads),
        invalidation_paths=invalidate.invalidation_paths(
            deploy_plan.changed_keys + deploy_plan.deletes
        )
        if not deploy_plan.is_empty
        else [],
        dry_run=args.dry_run,
    )
    if args.dry_run:
        print_plan(deploy_plan, out if not args.json else err)
        return summary

    progress = _progress(len(deploy_plan.uploads), err)
    try:
        apply.apply_uploads(
            s3, bucket, site, deploy_plan, args.workers, on_done=lambda u: progress.update(1)
        )
        progress.close()
        apply.apply_deletes(s3, bucket, deploy_plan.deletes)
        if summary.invalidation_paths and distribution:
            cloudfront = _client(session, "cloudfront", args.endpoint_url)
            invalidate.create_invalidation(
                cloudfront, distribution, summary.invalidation_paths, args.wait
            )
    except apply.DeleteError as error:
        raise DeployError(str(error)) from error
    except Exception as error:
        raise explain(error, bucket) from error
    if not distribution:
        summary.invalidation_paths = []
    return summary


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress(total: int, stream):
    if not stream.isatty() or total == 0:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=stream, desc="uploading")


def run_deploy(args, root: Path) -> int:
    if args.env:
        environment = load_environment(root, args.env)
        args.stack = args.stack or environment["stack"]
        args.region = args.region or environment["region"]
    if not args.stack and not args.bucket:
        print("deploy: give --bucket NAME or --stack NAME (or --env)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        summary = deploy(args, root)
    except (DeployError, local.SiteError, plan.TooManyDeletes) as error:
        print(f"deploy: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
    else:
        print(f"deploy: {summary.line()} in {time.perf_counter() - started:.1f}s")
    return 0


def run_site_url(args, root: Path) -> int:
    environment = load_environment(root, args.env)
    try:
        outputs = stack_outputs(
            _session(environment["region"]), environment["stack"], args.endpoint_url
        )
    except Exception as error:
        print(f"site-url: {explain(error, '-')}", file=sys.stderr)
        return 1
    print(outputs["SiteUrl"])
    return 0
