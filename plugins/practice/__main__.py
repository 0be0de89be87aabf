"""Check the question bank without building the site: every check but the section anchors,
which need the built pages (`mkdocs build --strict` checks those).

python -m plugins.practice                 # questions/*.yml; prints the counts, or the problems
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .model import load_bank, load_tasks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m plugins.practice", description=__doc__)
    parser.add_argument("--questions", type=Path, default=Path("questions"))
    parser.add_argument("--exam-guide", type=Path, default=Path("exam-guide/saa-c03.yml"))
    args = parser.parse_args(argv)
    files = sorted(args.questions.glob("*.yml"))
    questions, problems = load_bank(files, load_tasks(args.exam_guide), Path.cwd())
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    pages = Counter(q.section.page for q in questions)
    tasks = Counter(q.task for q in questions)
    print(f"{len(questions)} questions in {len(files)} files, no problems")
    for page, count in sorted(pages.items()):
        print(f"  {page}: {count}")
    print("  by task: " + ", ".join(f"{task} {count}" for task, count in sorted(tasks.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
