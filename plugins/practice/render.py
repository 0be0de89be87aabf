"""What the practice plugin writes: the Markdown of a page's 확인 문제 / Check yourself
section (a heading and the questions' HTML from a template), practice.json and the Anki deck.
Pure functions."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from html import escape

from .model import MULTIPLE, Question, plain_text, split_code

LETTERS = "ABCDEFGH"

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "heading": "확인 문제",
        "intro": (
            "이 페이지의 내용을 시험 형식으로 확인해 보세요. 답을 고르면 맞았는지와 "
            "보기마다의 해설이 나옵니다."
        ),
        "question": "문제 {number}",
        "check": "정답 확인",
        "answer": "정답과 해설",
        "key": "정답: {letters}",
        "correct": "정답",
        "wrong": "오답",
        "source": "근거: AWS 문서",
        "section": "관련 본문",
        "task": "과제 {task}",
        "other": "English로 보기",
        "other_hide": "영어 문제 숨기기",
        "other_failed": "영어 문제를 불러오지 못했습니다. 다시 눌러 보세요.",
        "right": "정답입니다.",
        "not_right": "오답입니다.",
        "choose": "{count}개를 고른 뒤 정답 확인을 누르세요.",
        "deck": "AWS SAA-C03::확인 문제",
        "page": "이 주제의 페이지",
        "more": "문제 은행 전체로 시험을 보거나 틀린 문제를 복습하려면:",
        "more_link": "연습 문제",
    },
    "en": {
        "heading": "Check yourself",
        "intro": (
            "Check what this page covers, the way the exam asks. Choose an answer to see "
            "whether it is right and why each option is right or wrong."
        ),
        "question": "Question {number}",
        "check": "Check answer",
        "answer": "Answer and explanations",
        "key": "Answer: {letters}",
        "correct": "Correct",
        "wrong": "Incorrect",
        "source": "Source: AWS documentation",
        "section": "Read the section",
        "task": "Task {task}",
        "other": "Show in Korean",
        "other_hide": "Hide the Korean question",
        "other_failed": "The Korean question could not be loaded. Try again.",
        "right": "Correct.",
        "not_right": "Incorrect.",
        "choose": "Choose {count}, then check your answer.",
        "deck": "AWS SAA-C03::Check yourself",
        "page": "The page on this topic",
        "more": "A practice exam over the whole bank, and spaced review of what you missed:",
        "more_link": "Practice questions",
    },
}
HEADING_ANCHOR = {"ko": "확인-문제", "en": "check-yourself"}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def section_context(
    questions: Sequence[Question],
    lang: str,
    other_lang: str,
    *,
    other_json: str,
    script: str,
    source_link: Callable[[Question], str] | None = None,
    practice_href: str | None = None,
) -> dict:
    """The template context of a page's questions section."""
    text = labels(lang)
    items = []
    for number, question in enumerate(questions, 1):
        keys = question.correct_positions
        items.append(
            {
                "id": question.id,
                "number": text["question"].format(number=number),
                "type": question.type,
                "input": "checkbox" if question.type == MULTIPLE else "radio",
                "count": len(keys),
                "correct": " ".join(map(str, keys)),
                "stem": split_code(question.stem[lang]),
                "options": [
                    {
                        "letter": LETTERS[index],
                        "text": split_code(option.text[lang]),
                        "explanation": split_code(option.explanation[lang]),
                        "correct": option.correct,
                    }
                    for index, option in enumerate(question.options)
                ],
                "key": text["key"].format(letters=", ".join(LETTERS[k - 1] for k in keys)),
                "task": text["task"].format(task=question.task),
                "source": question.source[lang],
                "section": question.section.anchors[lang],
                "choose": text["choose"].format(count=len(keys)),
            }
        )
    return {
        "questions": items,
        "lang": lang,
        "other_lang": other_lang,
        "other_json": other_json,
        "script": script,
        "practice_href": practice_href,
        "labels": text,
        "other_labels": labels(other_lang),
    }


def section_markdown(lang: str, html: str) -> str:
    """The heading (left out of search, which then skips the whole section) and the HTML."""
    heading = labels(lang)["heading"]
    # One raw HTML block: no blank line inside, or Markdown would end the block there.
    body = "\n".join(line for line in html.split("\n") if line.strip())
    return f"## {heading} {{: #{HEADING_ANCHOR[lang]} data-search-exclude }}\n\n{body}\n"


def export_json(
    questions: Sequence[Question], lang: str, section_path: Callable[[Question], str]
) -> list[dict]:
    """practice.json: plain text, inline code kept as its words."""
    return [
        {
            "id": q.id,
            "task": q.task,
            "domain": q.domain,
            "type": q.type,
            "stem": plain_text(q.stem[lang]),
            "options": [
                {
                    "text": plain_text(option.text[lang]),
                    "correct": option.correct,
                    "explanation": plain_text(option.explanation[lang]),
                }
                for option in q.options
            ],
            "page": section_path(q),
            "source": q.source[lang],
        }
        for q in questions
    ]


def _html(text: str) -> str:
    return "".join(
        f"<code>{escape(piece)}</code>" if code else escape(piece)
        for piece, code in split_code(text)
    )


def note_guid(question_id: str, lang: str) -> str:
    """Anki's note id: from the stable id (and the language, whose decks are separate), so
    importing the deck again updates its notes instead of adding new ones."""
    return f"aws-saa-{lang}-{question_id}"


def practice_deck(
    questions: Sequence[Question], lang: str, section_url: Callable[[Question], str]
) -> str:
    """The Anki deck: the question and its lettered options in front; the key, every
    option's explanation and the links on the back. Headers as Anki 2.1.54+ reads them."""
    text = labels(lang)
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n#notetype:Basic\n")
    out.write(f"#deck:{text['deck']}\n#guid column:1\n#tags column:4\n")
    out.write("#columns:GUID\tFront\tBack\tTags\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for q in questions:
        options = "".join(
            f"<li>{LETTERS[i]}. {_html(option.text[lang])}</li>"
            for i, option in enumerate(q.options)
        )
        front = f'{_html(q.stem[lang])}<ol type="A" style="list-style:none">{options}</ol>'
        keys = ", ".join(LETTERS[k - 1] for k in q.correct_positions)
        explanations = "".join(
            f"<li><b>{LETTERS[i]}</b> ({text['correct'] if option.correct else text['wrong']}): "
            f"{_html(option.explanation[lang])}</li>"
            for i, option in enumerate(q.options)
        )
        back = (
            f"<b>{escape(text['key'].format(letters=keys))}</b><ul>{explanations}</ul>"
            f'<a href="{escape(q.source[lang])}">{escape(text["source"])}</a> · '
            f'<a href="{escape(section_url(q))}">{escape(text["page"])}</a>'
        )
        tags = f"saa-c03 practice domain::{q.domain} task::{q.task}"
        writer.writerow((note_guid(q.id, lang), front, back, tags))
    return out.getvalue()
