"""`python -m scripts deploy`: the stages wired together, with clear errors.

Order of a deploy: check (the commit against the live one, the bucket, the distribution and the
permissions) → lock → plan → record the pending invalidation → upload → invalidate → delete →
record what is live → unlock. Nothing in the bucket changes before the checks have passed.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import socket
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from . import apply, commits, invalidate, local, plan, remote, retry, rules, state

ENVIRONMENTS = Path("infra/environments.yml")

# Exit codes: 0 done (or skipped as superseded), 1 refused or failed, 2 bad usage,
# 130 interrupted (Ctrl-C), as shells expect.
EXIT_INTERRUPTED = 130

CLOUDFRONT_OPERATIONS = {"CreateInvalidation", "GetInvalidation", "GetDistribution"}
# The IAM action each S3 call needs (see DeployRole in infra/site.yaml).
S3_PERMISSIONS = {
    "HeadBucket": "s3:ListBucket",
    "ListObjectsV2": "s3:ListBucket",
    "HeadObject": "s3:GetObject",
    "GetObject": "s3:GetObject",
    "PutObject": "s3:PutObject",
    "CopyObject": "s3:GetObject and s3:PutObject",
    "DeleteObject": "s3:DeleteObject",
    "DeleteObjects": "s3:DeleteObject",
    "CreateMultipartUpload": "s3:PutObject",
    "UploadPart": "s3:PutObject",
    "CompleteMultipartUpload": "s3:PutObject",
    "AbortMultipartUpload": "s3:AbortMultipartUpload",
}


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
    commit: str | None = None
    skipped: str | None = None  # why nothing was deployed (an older commit than the live one)
    retired: list[str] = field(default_factory=list)  # hashed assets kept for cached pages
    kept_changed: list[str] = field(default_factory=list)  # not deleted: changed meanwhile
    hidden: list[str] = field(default_factory=list)  # hidden local files left out

    def as_json(self) -> dict:
        return {
            "uploaded": self.uploaded,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
            "bytes_uploaded": self.bytes_uploaded,
            "invalidation_paths": self.invalidation_paths,
            "dry_run": self.dry_run,
            "commit": self.commit,
            "skipped": self.skipped,
            "retired": self.retired,
            "kept_changed": self.kept_changed,
            "hidden": self.hidden,
        }

    def line(self) -> str:
        if self.skipped:
            return f"skipped: {self.skipped}"
        verb = "would upload" if self.dry_run else "uploaded"
        return (
            f"{verb} {len(self.uploaded)} ({self.bytes_uploaded:,} bytes), "
            f"{'would delete' if self.dry_run else 'deleted'} {len(self.deleted)}, "
            f"unchanged {self.unchanged}, invalidation paths {len(self.invalidation_paths)}"
            + (f", retired assets kept {len(self.retired)}" if self.retired else "")
            + (f", commit {self.commit[:12]}" if self.commit else "")
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

    config = Config(retries=retry.BOTO_RETRIES, connect_timeout=10, read_timeout=60)
    return session.client(service, endpoint_url=endpoint_url, config=config)


def stack_outputs(session, stack: str, endpoint_url: str | None) -> dict[str, str]:
    client = _client(session, "cloudformation", endpoint_url)
    stacks = retry.call(client.describe_stacks, StackName=stack)["Stacks"]
    return {o["OutputKey"]: o["OutputValue"] for o in stacks[0].get("Outputs", [])}


@dataclass
class Progress:
    """How far a deploy got, for the message of a failure."""

    stage: str = "checking"
    uploads_total: int = 0
    uploads_done: int = 0
    changed_anything: bool = False

    def where(self) -> str:
        if self.stage == "uploading":
            uploaded = f"{self.uploads_done} of {self.uploads_total} files were uploaded"
            return f"{uploaded} and nothing was deleted"
        return f"it stopped while {self.stage}"


def explain(error: Exception, bucket: str, distribution: str | None, progress: Progress) -> str:
    """One line for a failure: what failed, what to do, how far the deploy got, and whether
    rerunning is safe (it is, once anything changed: the next run finishes the job)."""
    if isinstance(error, apply.UploadFailed):
        what = f"upload of {error.key} failed: {_describe(error.cause, bucket, distribution, True)}"
    else:
        what = _describe(error, bucket, distribution, progress.stage != "checking")
    if progress.changed_anything:
        return f"{what}; {progress.where()}; rerunning is safe"
    return what


def _describe(error: Exception, bucket: str, distribution: str | None, mid_run: bool) -> str:
    from botocore.exceptions import (
        ClientError,
        ConnectionError,
        HTTPClientError,
        NoCredentialsError,
        NoRegionError,
    )

    if isinstance(error, NoCredentialsError):
        return (
            "no AWS credentials found: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY "
            "(in GitHub Actions, the deploy role is assumed through OIDC)"
        )
    if isinstance(error, NoRegionError):
        return "no AWS Region: pass --region, set AWS_REGION, or use --env"
    if isinstance(error, ConnectionError | HTTPClientError):
        url = urlsplit(getattr(error, "kwargs", {}).get("endpoint_url") or "")
        # Some errors give the object's URL: name the server.
        endpoint = f"{url.scheme}://{url.netloc}" if url.netloc else "the endpoint"
        if mid_run:
            return f"the server at {endpoint} stopped answering (after about 20 s of retries)"
        return f"cannot reach {endpoint}: check --endpoint-url and --region"
    if isinstance(error, ClientError):
        code = error.response.get("Error", {}).get("Code", "")
        message = error.response.get("Error", {}).get("Message", "")
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
        operation = getattr(error, "operation_name", "")
        if operation in CLOUDFRONT_OPERATIONS:
            if code in ("AccessDenied", "403"):
                return (
                    f"CloudFront denied {operation} on distribution '{distribution}': the "
                    f"credentials need cloudfront:{operation} on it (see DeployRole in "
                    "infra/site.yaml)"
                )
            if code == "NoSuchDistribution":
                return (
                    f"CloudFront distribution '{distribution}' does not exist: check "
                    "--distribution-id or the stack's DistributionId output"
                )
            return f"CloudFront {operation} failed: {code} {message}".strip()
        if code == "NoSuchBucket" or (code in ("404", "NotFound") and operation == "HeadBucket"):
            return (
                f"bucket '{bucket}' does not exist: check --bucket or the stack's BucketName output"
            )
        if code in ("AccessDenied", "403", "InvalidAccessKeyId", "SignatureDoesNotMatch"):
            needed = S3_PERMISSIONS.get(operation, "s3:ListBucket, s3:GetObject, s3:PutObject")
            return (
                f"S3 denied {operation or 'the request'} on bucket '{bucket}' ({code}): the "
                f"credentials need {needed} on it (see DeployRole in infra/site.yaml)"
            )
        if code == "ValidationError":
            return f"CloudFormation: {message}"
        if status and status >= 500:
            return f"S3 kept answering {status} {code} to {operation} after about 20 s of retries"
    if isinstance(error, commits.GitError | state.StateError):
        return str(error)
    return f"{type(error).__name__}: {error}"


@contextmanager
def _explained(bucket: str, distribution: str | None, progress: Progress):
    try:
        yield
    except (DeployError, plan.TooManyDeletes, state.LockHeld):
        raise
    except Exception as error:
        raise DeployError(explain(error, bucket, distribution, progress)) from error


def print_plan(deploy_plan: plan.Plan, stream) -> None:
    for upload in deploy_plan.uploads:
        print(f"upload  {upload.key}  ({upload.reason})", file=stream)
    for key in deploy_plan.deletes:
        print(f"delete  {key}", file=stream)
    for key in sorted(deploy_plan.retired):
        print(f"keep    {key}  (retired asset, deleted by a later deploy)", file=stream)


def owner() -> str:
    """Who holds the lock and deployed what, for the messages that name them."""
    if os.environ.get("GITHUB_RUN_ID"):
        return (
            f"GitHub Actions run {os.environ['GITHUB_RUN_ID']} of "
            f"{os.environ.get('GITHUB_REPOSITORY', '?')}"
        )
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()} (pid {os.getpid()})"


_LOC = re.compile(rb"<loc>\s*([^<\s]+)\s*</loc>")


def check_site_url(site: local.LocalSite, site_url: str | None) -> None:
    """A site built for another address would publish canonical links and sitemaps that point
    elsewhere: refuse it when the stack says where the site is served."""
    sitemap = site.files.get("sitemap.xml")
    if not site_url or sitemap is None:
        return
    found = _LOC.search(sitemap.path.read_bytes())
    if found and not found.group(1).decode().startswith(site_url):
        raise DeployError(
            f"the site was built for {found.group(1).decode()}, but the stack serves it at "
            f"{site_url}: rebuild with SITE_URL={site_url}"
        )


def source_commit(args, root: Path) -> str:
    repo = Path(args.repo or root)
    try:
        if args.commit:
            return commits.resolve(repo, args.commit)
        return commits.clean_head(repo)
    except commits.GitError as error:
        raise DeployError(str(error)) from error


def deploy(args, root: Path, out=sys.stdout, err=sys.stderr) -> Summary:
    site = local.walk_local(args.site_dir)
    commit = source_commit(args, root)
    session = _session(args.region)
    bucket, distribution = args.bucket, args.distribution_id
    progress = Progress()
    with _explained(bucket, distribution, progress):
        if args.stack:
            outputs = stack_outputs(session, args.stack, args.endpoint_url)
            bucket, distribution = outputs["BucketName"], outputs.get("DistributionId")
            check_site_url(site, outputs.get("SiteUrl"))
    with _explained(bucket, distribution, progress):
        s3 = _client(session, "s3", args.endpoint_url)
        cloudfront = _client(session, "cloudfront", args.endpoint_url) if distribution else None
        # Read-only checks first: a wrong bucket or distribution, or a missing permission to
        # read either, is found before anything changes.
        retry.call(s3.head_bucket, Bucket=bucket)
        live = state.live_commit(s3, bucket)
        if cloudfront:
            retry.call(cloudfront.get_distribution, Id=distribution)
        relation = commits.relation(Path(args.repo or root), live, commit)
    decision = commits.decide(live, commit, relation, args.allow_rollback)
    if decision.action == commits.SKIP:
        return Summary(commit=commit, skipped=decision.reason, dry_run=args.dry_run)
    if decision.action == commits.REFUSE:
        raise DeployError(decision.reason)

    lock = None
    with _explained(bucket, distribution, progress):
        if args.dry_run:
            held = state.held_lock(s3, bucket)
            if held:
                print(f"note: a deploy is running now: {held.describe()}", file=err)
        else:
            if args.break_lock:
                broken = state.break_lock(s3, bucket)
                if broken:
                    print(f"deploy: removed the lock of {broken.get('owner')}", file=err)
            lock = state.acquire_lock(s3, bucket, owner())
    destination = Destination(s3, bucket, cloudfront, distribution)
    try:
        return _deploy_locked(args, site, commit, destination, progress, out, err)
    finally:
        if lock:
            _release(s3, bucket, lock, err)


def _release(s3, bucket: str, lock: state.Lock, err) -> None:
    """Remove our lock; if the server is gone too, say so without hiding why the deploy ended."""
    try:
        state.release_lock(s3, bucket, lock)
    except Exception as error:
        print(
            f"deploy: could not remove the lock ({type(error).__name__}); it expires by itself "
            f"at {time.strftime('%H:%M:%S UTC', time.gmtime(lock.expires))}, or rerun with "
            "--break-lock",
            file=err,
        )


@dataclass(frozen=True)
class Destination:
    s3: object
    bucket: str
    cloudfront: object | None  # None: no distribution to invalidate
    distribution: str | None


def _deploy_locked(
    args, site: local.LocalSite, commit: str, to: Destination, progress: Progress, out, err
) -> Summary:
    s3, bucket, cloudfront = to.s3, to.bucket, to.cloudfront
    with _explained(bucket, to.distribution, progress):
        if not args.dry_run:
            state.check_delete_permission(s3, bucket)
        progress.stage = "planning"
        listing = remote.list_remote(s3, bucket)
        details = remote.describe(
            s3, bucket, plan.keys_needing_details(site.files, listing), args.workers
        )
        retired = state.retired_assets(s3, bucket)
        pending = state.pending_paths(s3, bucket) if cloudfront else []
    deploy_plan = plan.find_changes(
        site.files, listing, details, retired, time.time(), args.keep_retired
    )
    plan.guard_deletes(deploy_plan, listing, args.max_deletes, args.max_delete_share, args.force)
    paths = (
        invalidate.invalidation_paths(deploy_plan.changed_keys + deploy_plan.deletes, pending)
        if cloudfront
        else []
    )
    summary = Summary(
        uploaded=deploy_plan.changed_keys,
        deleted=list(deploy_plan.deletes),
        unchanged=len(deploy_plan.unchanged),
        bytes_uploaded=sum(u.size for u in deploy_plan.uploads),
        invalidation_paths=paths,
        dry_run=args.dry_run,
        commit=commit,
        retired=sorted(deploy_plan.retired),
        hidden=site.hidden,
    )
    if args.dry_run:
        print_plan(deploy_plan, out if not args.json else err)
        return summary

    bar = _progress_bar(len(deploy_plan.uploads), err)
    progress.uploads_total = len(deploy_plan.uploads)

    def uploaded(_upload) -> None:
        progress.uploads_done += 1
        bar.update(1)

    with _explained(bucket, to.distribution, progress):
        progress.changed_anything = True
        if paths:
            # Before the first upload: a crash from here on leaves these paths for the next run.
            state.record_pending(s3, bucket, paths)
        progress.stage = "uploading"
        apply.apply_uploads(s3, bucket, site.files, deploy_plan, args.workers, on_done=uploaded)
        bar.close()
        if paths:
            # Invalidate before deleting: edges drop old pages while the assets they refer to
            # are still there.
            progress.stage = "invalidating"
            invalidate.create_invalidation(cloudfront, to.distribution, paths, args.wait)
            state.delete(s3, bucket, state.PENDING)
        progress.stage = "deleting"
        summary.deleted, summary.kept_changed = apply.apply_deletes(
            s3, bucket, deploy_plan.deletes, listing
        )
        if deploy_plan.retired != retired:
            state.record_retired(s3, bucket, deploy_plan.retired)
        progress.stage = "recording the live commit"
        state.record_live(s3, bucket, commit, owner())
    return summary


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def _progress_bar(total: int, stream):
    if not stream.isatty() or total == 0:
        return _NoProgress()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=stream, desc="uploading")


def run_deploy(args, root: Path) -> int:
    started = time.perf_counter()
    try:
        if args.env:
            environment = load_environment(root, args.env)
            args.stack = args.stack or environment["stack"]
            args.region = args.region or environment["region"]
        if not args.stack and not args.bucket:
            print("deploy: give --bucket NAME or --stack NAME (or --env)", file=sys.stderr)
            return 2
        if args.keep_retired < rules.HTML_MAX_AGE:
            print(
                f"deploy: --keep-retired must be at least {rules.HTML_MAX_AGE} seconds, the time "
                "a browser may keep a page that refers to the old assets",
                file=sys.stderr,
            )
            return 2
        summary = deploy(args, root)
    except KeyboardInterrupt:
        print(
            "deploy: interrupted; the bucket may hold part of the new site, which is safe to "
            "serve; rerun the deploy to finish it",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except (
        DeployError,
        local.SiteError,
        plan.TooManyDeletes,
        state.LockHeld,
        state.StateError,
    ) as error:
        print(f"deploy: {error}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False))
    else:
        print(f"deploy: {summary.line()} in {time.perf_counter() - started:.1f}s")
    return 0


def run_site_url(args, root: Path) -> int:
    try:
        environment = load_environment(root, args.env)
        outputs = stack_outputs(
            _session(environment["region"]), environment["stack"], args.endpoint_url
        )
    except DeployError as error:
        print(f"site-url: {error}", file=sys.stderr)
        return 1
    except Exception as error:
        print(f"site-url: {_describe(error, '-', None, False)}", file=sys.stderr)
        return 1
    print(outputs["SiteUrl"])
    return 0


def run_source_commit(args, root: Path) -> int:
    """The commit `make deploy` builds: HEAD, refusing a work tree with changes."""
    try:
        print(commits.clean_head(Path(args.repo or root)))
    except commits.GitError as error:
        print(f"deploy: {error}", file=sys.stderr)
        return 1
    return 0
