"""python -m scripts <check|bench|...>: the project's one CLI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scripts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser(
        "check", help="language parity, the notes map, and one set of words (scripts/voice.py)"
    )
    check.add_argument("--root", type=Path, default=ROOT, help="project root (default: this repo)")

    bench = commands.add_parser(
        "bench", help="build time, page weight, Lighthouse and search → bench/results.*"
    )
    bench.add_argument("--runs", type=int, default=3, help="runs per measurement (median kept)")
    bench.add_argument("--out", type=Path, default=ROOT / "bench")
    bench.add_argument(
        "--only",
        choices=["build", "weight", "lighthouse", "search", "deploy"],
        action="append",
        help="run only these sections (the others keep their last figures)",
    )

    preview = commands.add_parser("preview", help="serve a built site like CloudFront does")
    preview.add_argument("--site-dir", type=Path, default=ROOT / "site")
    preview.add_argument("--port", type=int, default=8000)

    shot = commands.add_parser("screenshot", help="the README's screenshot, from a built site")
    shot.add_argument("--site-dir", type=Path, default=ROOT / "site")
    shot.add_argument("--out", type=Path, default=ROOT / "docs/assets/readme-screenshot.png")
    shot.add_argument("--path", default="", help="page path, e.g. en/ (default: the Korean home)")

    infra = commands.add_parser("infra", help="sync, validate and print the hosting stack's deploy")
    infra.add_argument("--sync", action="store_true", help="copy infra/viewer-request.js inline")
    infra.add_argument("--stack", default="aws-arch-notes-site")
    infra.add_argument("--region", default="us-east-1")
    infra.add_argument("--repository", default="aws-arch-notes/aws-arch-notes")
    infra.add_argument("--domain", default="", help="optional custom domain (DomainName)")
    infra.add_argument("--certificate-arn", default="", help="ACM certificate in us-east-1")
    infra.add_argument("--hosted-zone-id", default="", help="Route 53 zone of the domain")
    infra.add_argument("--apply", action="store_true", help="run the deploy (AWS credentials)")

    deploy = commands.add_parser("deploy", help="publish the built site to S3 and CloudFront")
    deploy.add_argument("--site-dir", type=Path, default=ROOT / "site")
    target = deploy.add_mutually_exclusive_group()
    target.add_argument("--bucket", help="the S3 bucket to publish to")
    target.add_argument("--stack", help="read bucket and distribution from this stack's outputs")
    target.add_argument("--env", help="an environment of infra/environments.yml (stack and Region)")
    deploy.add_argument("--distribution-id", help="CloudFront distribution to invalidate")
    deploy.add_argument("--region")
    deploy.add_argument("--endpoint-url", help="S3/CloudFront endpoint (local test servers)")
    deploy.add_argument(
        "--commit",
        help="the commit the site was built from (default: HEAD, refusing uncommitted changes)",
    )
    deploy.add_argument(
        "--repo", type=Path, help="the git repository of --commit (default: this one)"
    )
    deploy.add_argument(
        "--allow-rollback",
        action="store_true",
        help="deploy a commit that does not descend from the live one (a rollback)",
    )
    deploy.add_argument("--dry-run", action="store_true", help="check and print the plan only")
    deploy.add_argument(
        "--force", action="store_true", help="allow more deletes than the two guards allow"
    )
    deploy.add_argument("--max-deletes", type=int, default=256, help="most objects to delete")
    deploy.add_argument(
        "--max-delete-share",
        type=float,
        default=0.25,
        help="most share of the bucket's objects, and of its pages, to delete (default 0.25)",
    )
    deploy.add_argument(
        "--keep-retired",
        type=float,
        default=24 * 3600,
        help="seconds to keep hashed assets the site no longer uses (default one day)",
    )
    deploy.add_argument(
        "--break-lock", action="store_true", help="remove another deploy's lock (it died)"
    )
    deploy.add_argument("--workers", type=int, default=8)
    deploy.add_argument("--wait", action="store_true", help="wait for the invalidation")
    deploy.add_argument("--json", action="store_true", help="print a JSON summary")

    source = commands.add_parser(
        "source-commit", help="HEAD, if the work tree has no changes (what make deploy builds)"
    )
    source.add_argument("--repo", type=Path)

    upstream = commands.add_parser(
        "upstream", help="check what we copy from Material or rely on in it (ARCHITECTURE.md)"
    )
    upstream.add_argument(
        "--refresh",
        action="store_true",
        help="store the installed Material's text of it (after re-checking our copies)",
    )

    site_url = commands.add_parser("site-url", help="the deployed site's address (stack output)")
    site_url.add_argument("--env", required=True)
    site_url.add_argument("--endpoint-url")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "check":
        from .check import run_checks

        return run_checks(args.root)
    if args.command == "bench":
        from .bench import SECTIONS, run_bench

        return run_bench(ROOT, args.out, runs=args.runs, sections=args.only or SECTIONS)
    if args.command == "preview":
        from .preview import run_preview

        return run_preview(args.site_dir, args.port)
    if args.command == "screenshot":
        from .screenshot import take_screenshot

        return take_screenshot(args.site_dir, args.out, args.path)
    if args.command == "infra":
        from .infra import run_infra

        domain = {
            "DomainName": args.domain,
            "CertificateArn": args.certificate_arn,
            "HostedZoneId": args.hosted_zone_id,
        }
        return run_infra(
            ROOT, args.sync, args.stack, args.region, args.repository, args.apply, domain
        )
    if args.command == "deploy":
        from .deploy.cli import run_deploy

        return run_deploy(args, ROOT)
    if args.command == "source-commit":
        from .deploy.cli import run_source_commit

        return run_source_commit(args, ROOT)
    if args.command == "upstream":
        from .upstream import main as run_upstream

        return run_upstream(args.refresh)
    if args.command == "site-url":
        from .deploy.cli import run_site_url

        return run_site_url(args, ROOT)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
