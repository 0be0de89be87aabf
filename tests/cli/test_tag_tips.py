"""scripts/tag_tips.py: the one-off that writes exam-guide/tip-tags.yml into the pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.tag_tips import run_tag_tips

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
KO = (
    '# S3\n\n!!! exam-tip cost "클래스 고르기"\n    본문.\n\n'
    '```md\n!!! exam-tip cost "예시"\n```\n\n'
    '??? exam-tip secure inline "암호화"\n    본문.\n'
)
EN = (
    '# S3\n\n!!! exam-tip cost "Pick a class"\n    Body.\n\n'
    '??? exam-tip secure inline "Encryption"\n    Body.\n'
)
TAGS = """\
storage/s3:
  - {n: 1, task: "4.1", domain: cost, id: storage-class, ko: "클래스 고르기"}
  - {n: 2, task: "1.3", domain: secure, id: s3-encryption, ko: "예전 제목"}
"""


def tree(tmp_path: Path, ko: str = KO, en: str = EN, tags: str = TAGS) -> Path:
    page = tmp_path / "docs" / "storage" / "s3"
    page.mkdir(parents=True)
    (page / "index.md").write_text(ko, encoding="utf-8")
    (page / "index.en.md").write_text(en, encoding="utf-8")
    (tmp_path / "tags.yml").write_text(tags, encoding="utf-8")
    return tmp_path


def run(root: Path) -> int:
    return run_tag_tips(
        root / "tags.yml", ROOT / "tests" / "fixtures" / "exam-guide.yml", root / "docs"
    )


def test_tags_both_languages_by_position_and_says_when_a_title_changed(tmp_path, capsys):
    root = tree(tmp_path)
    assert run(root) == 0
    ko = (root / "docs/storage/s3/index.md").read_text(encoding="utf-8").split("\n")
    en = (root / "docs/storage/s3/index.en.md").read_text(encoding="utf-8").split("\n")
    assert ko[2] == '!!! exam-tip cost 4.1 storage-class "클래스 고르기"'
    assert ko[6] == '!!! exam-tip cost "예시"'  # in code: an example, left alone
    assert ko[9] == '??? exam-tip secure 1.3 s3-encryption inline "암호화"'
    assert en[2] == '!!! exam-tip cost 4.1 storage-class "Pick a class"'
    assert en[5] == '??? exam-tip secure 1.3 s3-encryption inline "Encryption"'
    out = capsys.readouterr().out
    assert 'tip 2 is now titled "암호화" (was "예전 제목")' in out
    # Running it again changes nothing.
    assert run(root) == 0
    assert "0 files changed" in capsys.readouterr().out


def test_refuses_when_the_languages_disagree(tmp_path, capsys):
    root = tree(tmp_path, en=EN.split("??? ")[0])
    assert run(root) == 1
    assert "2 tips in Korean, 1 in English" in capsys.readouterr().err
    assert "4.1" not in (root / "docs/storage/s3/index.md").read_text(encoding="utf-8")


def test_refuses_a_domain_that_is_not_the_task_s(tmp_path, capsys):
    root = tree(tmp_path, tags=TAGS.replace("domain: cost", "domain: secure"))
    assert run(root) == 1
    assert "task 4.1 is cost, not secure" in capsys.readouterr().err


def test_refuses_untagged_pages_and_repeated_ids(tmp_path, capsys):
    root = tree(tmp_path, tags=TAGS.replace("s3-encryption", "storage-class"))
    assert run(root) == 1
    assert "ids used twice: storage-class" in capsys.readouterr().err
    other = tmp_path / "other"
    root = tree(other, tags="{}\n")
    assert run(root) == 1
    assert "pages with tips but no tags: storage/s3" in capsys.readouterr().err
