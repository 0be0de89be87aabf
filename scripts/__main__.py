"""python -m scripts <check|bench|...>: the project's one CLI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    check = commands.add_parser("check", help="language parity and the notes map")
    check.add_argument("--root", type=Path, default=ROOT, help="project root (default: this repo)")

    bench = commands.add_parser("bench", help="build-time and size benchmarks → bench/results.*")
    bench.add_argument("--runs", type=int, default=3, help="runs per measurement (median kept)")
    bench.add_argument("--out", type=Path, default=ROOT / "bench")

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
    infra.add_argument(
        "--apply", action="store_true", help="run the deploy (needs AWS credentials)"
    )

    args = parser.parse_args(argv)
    if args.command == "check":
        from .check import run_checks

        return run_checks(args.root)
    if args.command == "bench":
        from .bench import run_bench

        return run_bench(ROOT, args.out, runs=args.runs)
    if args.command == "preview":
        from .preview import run_preview

        return run_preview(args.site_dir, args.port)
    if args.command == "screenshot":
        from .screenshot import take_screenshot

        return take_screenshot(args.site_dir, args.out, args.path)
    if args.command == "infra":
        from .infra import run_infra

        return run_infra(ROOT, args.sync, args.stack, args.region, args.repository, args.apply)
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
