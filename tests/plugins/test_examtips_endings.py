"""plugins/examtips/endings.py: how a topic page ends, and which pages are topic pages."""

from __future__ import annotations

import pytest

from plugins.examtips.endings import check_ending, scan_sections, source_path, topic_pages

pytestmark = pytest.mark.unit

BULLETS = "".join(f"- Fact {n}.\n" for n in range(1, 6))


def page(*sections: str, front_matter: bool = True) -> str:
    head = "---\ndescription: x\n---\n\n" if front_matter else ""
    return head + "# Title\n\nIntro.\n\n" + "\n".join(sections)


def problems(markdown: str, lang: str = "en") -> list[str]:
    return [str(p) for p in check_ending(scan_sections(markdown), lang, "docs/p.md")]


GOOD = page(
    "## Body\n\n- a list that is not counted\n",
    "## The exam angle\n\n" + BULLETS + '\n!!! exam-tip cost "t"\n    - not a bullet\n',
    "## Further reading\n\n- [x](https://docs.aws.amazon.com/)\n",
)


def test_scan_sections_counts_top_level_bullets_outside_code():
    source = page(
        "## A\n\n- one\n    - nested\n* two\n\n```md\n## Not a heading\n- not a bullet\n```\n",
        "### Deeper\n\n- three\n",
        "## B {#custom}\n",
    )
    sections = scan_sections(source)
    assert [(s.heading.text, s.heading.line, s.bullets) for s in sections] == [
        ("A", 9, 3),  # "- three" under "### Deeper" is still in section A
        ("B", 24, 0),
    ]


def test_a_page_that_ends_well_has_no_problems():
    assert problems(GOOD) == []
    with_check = GOOD.replace("## Further reading", "## Check yourself\n\nQ?\n\n## Further reading")
    assert problems(with_check) == []
    korean = page("## 시험에서는\n\n" + BULLETS, "## 확인 문제\n\nQ\n", "## 더 읽을거리\n\n- x\n")
    assert problems(korean, "ko") == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            page("## Body\n", "## Further reading\n"),
            ["docs/p.md:11: topic page without '## The exam angle'"],
        ),
        (
            page("## The exam angle\n\n" + BULLETS),
            ["docs/p.md:9: topic page whose last section is not '## Further reading'"],
        ),
        (
            page("## The exam angle\n\n" + BULLETS, "## Further reading\n", "## Extra\n"),
            [
                "docs/p.md:19: topic page whose last section is not '## Further reading'",
                "docs/p.md:19: '## Extra' is out of place",
            ],
        ),
        (
            page("## The exam angle\n\n" + BULLETS, "## Extra\n", "## Further reading\n"),
            ["docs/p.md:17: '## Extra' is out of place"],
        ),
        (
            page("## The exam angle\n\n" + BULLETS, "## Further reading\n", "## Check yourself\n"),
            [
                "docs/p.md:19: topic page whose last section is not '## Further reading'",
                "docs/p.md:19: '## Check yourself' is out of place",
            ],
        ),
        (
            page("## Check yourself\n", "## The exam angle\n\n" + BULLETS, "## Further reading\n"),
            ["docs/p.md:9: '## Check yourself' comes before the exam angle"],
        ),
        (
            page("## The exam angle\n\n- one\n- two\n", "## Further reading\n"),
            ["docs/p.md:9: '## The exam angle' has 2 bullets: write 5 to 7"],
        ),
        (
            page("## The exam angle\n\n" + BULLETS + "- 6\n- 7\n- 8\n", "## Further reading\n"),
            ["docs/p.md:9: '## The exam angle' has 8 bullets"],
        ),
        (
            # A Korean heading on an English page is not the English one.
            page("## 시험에서는\n\n" + BULLETS, "## Further reading\n"),
            ["docs/p.md:17: topic page without '## The exam angle'"],
        ),
    ],
)
def test_problems_name_the_line(source, expected):
    found = problems(source)
    assert len(found) == len(expected), found
    for problem, start in zip(found, expected, strict=True):
        assert problem.startswith(start)


def test_korean_names_in_korean():
    (problem,) = problems(page("## 시험 포인트\n\n" + BULLETS, "## 더 읽을거리\n"), "ko")
    assert "topic page without '## 시험에서는'" in problem
    assert "'## 확인 문제' (optional), then '## 더 읽을거리'" in problem
    assert problem.endswith("then '## 더 읽을거리'")


def test_lines_count_without_front_matter_too():
    source = page("## Body\n", "## Further reading\n", front_matter=False)
    assert problems(source)[0].startswith("docs/p.md:7: ")


NAV = [
    {"시작하기": ["index.md", "about/index.md"]},
    {"스토리지": ["storage/s3/index.md", {"S3 deep dive": "storage/s3-deep/index.md"}]},
    {"새 섹션": ["new/page/index.md"]},
    {"학습 도구": ["glossary/index.md", "review/index.md"]},
    "loose/index.md",
]


def test_topic_pages_are_the_pages_of_every_section_not_exempt():
    assert topic_pages(NAV, ["시작하기", "학습 도구"]) == [
        "storage/s3/index.md",
        "storage/s3-deep/index.md",
        "new/page/index.md",  # a new section is held to the rule without a change
    ]
    assert topic_pages(None, []) == []


def test_source_path_drops_the_language_suffix():
    assert source_path("storage/s3/index.en.md") == "storage/s3/index.md"
    assert source_path("storage/s3/index.md") == "storage/s3/index.md"
