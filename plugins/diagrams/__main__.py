"""Render diagrams outside MkDocs: check one while writing it, or time the renderer.

python -m plugins.diagrams vpc-two-az --lang ko      # writes /tmp/diagrams/vpc-two-az.ko.svg
python -m plugins.diagrams --all --json              # every source, both languages, counters
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

from .render import RenderedDiagram, RenderSettings, find_sources, render_all


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m plugins.diagrams", description=__doc__)
    parser.add_argument("names", nargs="*", help="diagram names (docs/diagrams/<name>.py)")
    parser.add_argument("--all", action="store_true", help="every diagram source")
    parser.add_argument("--lang", default="all", help="ko, en or all (default)")
    parser.add_argument("--languages", default="ko,en", help="languages every text must have")
    parser.add_argument("--sources", type=Path, default=Path("docs/diagrams"))
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "diagrams")
    parser.add_argument("--cache-dir", type=Path, default=Path(".cache/diagrams"))
    parser.add_argument("--no-cache", action="store_true", help="render into an empty cache")
    parser.add_argument("--icon-size", type=int, default=96)
    parser.add_argument("--workers", type=int, default=0, help="0: one per CPU")
    parser.add_argument("--json", action="store_true", help="print the counters as JSON")
    args = parser.parse_args(argv)

    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    build = languages if args.lang == "all" else [args.lang]
    sources = find_sources(args.sources)
    if not args.all:
        if not args.names:
            parser.error("name a diagram, or pass --all")
        missing = [n for n in args.names if not (args.sources / f"{n}.py").is_file()]
        if missing:
            parser.error(f"no source for {', '.join(missing)} in {args.sources}")
        sources = [p for p in sources if p.stem in args.names]

    with tempfile.TemporaryDirectory(prefix="diagrams-cache-") as empty:
        cache_dir = Path(empty) if args.no_cache else args.cache_dir
        settings = RenderSettings(cache_dir, icon_size=args.icon_size, workers=args.workers)
        results, _known, report = render_all(sources, languages, build, settings)

    args.out.mkdir(parents=True, exist_ok=True)
    failed = False
    for (name, lang), result in sorted(results.items()):
        if not isinstance(result, RenderedDiagram):
            print(f"error: {result}", file=sys.stderr)
            failed = True
            continue
        data = result.svg.encode("utf-8")
        target = args.out / f"{name}.{lang}.svg"
        target.write_bytes(data)
        if not args.json:
            print(
                f"{target}  {result.width}x{result.height}  {len(data) / 1024:.1f} KB, "
                f"{len(gzip.compress(data, 9)) / 1024:.1f} KB gzip"
            )
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(report.summary())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
