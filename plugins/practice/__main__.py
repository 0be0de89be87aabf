"""Check the question bank without building the site: every check but the section anchors,
which need the built pages (`mkdocs build --strict` checks those), and the bank's targets,
which need the nav (the build checks those too).

python -m plugins.practice                    # questions/*.yml; prints the counts, or the problems
python -m plugins.practice --blind [FILE…]    # an answer sheet for a blind reader (no keys)
python -m plugins.practice --grade ANSWERS [FILE…]   # a blind reader's answers vs the keys
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from .blind import answer_sheet, grade, grade_report, read_answers
from .model import MULTIPLE, load_bank, load_tasks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m plugins.practice", description=__doc__)
    parser.add_argument("--questions", type=Path, default=Path("questions"))
    parser.add_argument("--exam-guide", type=Path, default=Path("exam-guide/saa-c03.yml"))
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--blind", action="store_true", help="print an answer sheet without keys")
    mode.add_argument("--grade", type=Path, metavar="ANSWERS", help="grade a blind reader")
    parser.add_argument("--lang", choices=("ko", "en"), default="en", help="the sheet's language")
    parser.add_argument("files", nargs="*", type=Path, help="only these question files")
    args = parser.parse_args(argv)
    bank = sorted(args.questions.glob("*.yml"))
    questions, problems = load_bank(bank, load_tasks(args.exam_guide), Path.cwd())
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    if args.files:
        chosen = {path.resolve() for path in args.files}
        questions = [q for q in questions if (Path.cwd() / q.where.split(":")[0]) in chosen]
    if args.blind:
        sys.stdout.write(answer_sheet(questions, args.lang))
        return 0
    if args.grade:
        answers, problems = read_answers(args.grade.read_text(encoding="utf-8"), str(args.grade))
        for problem in problems:
            print(problem, file=sys.stderr)
        print(grade_report(grade(questions, answers)))
        return 1 if problems else 0
    pages = Counter(q.section.page for q in questions)
    tasks = Counter(q.task for q in questions)
    domains = Counter(q.domain for q in questions)
    multiple = sum(q.type == MULTIPLE for q in questions)
    print(f"{len(questions)} questions in {len(bank)} files, no problems")
    for page, count in sorted(pages.items()):
        print(f"  {page}: {count}")
    print("  by task: " + ", ".join(f"{task} {count}" for task, count in sorted(tasks.items())))
    print("  by domain: " + ", ".join(f"{d} {n}" for d, n in domains.most_common()))
    print(f"  multiple response: {multiple} ({multiple / (len(questions) or 1):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
