"""The practice page (/practice/, /en/practice/): its words in both languages, its title and
description, and the template context (the exam's domains and task statements, the pages that
have questions, the scripts and the two languages' practice.json). Pure code, no MkDocs objects;
the page's behaviour is in trainer.js (logic) and practice-page.js (the DOM)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import DOMAIN_OF_NUMBER, SAA_C03_TASKS, exam_guide
from .targets import SAA_C03_WEIGHTS

# The exam as AWS runs it (exam guide, SAA-C03): questions, minutes, the extra minutes for a
# candidate taking it in a language that is not their own, the scaled score's pass mark.
EXAM = {"code": "SAA-C03", "questions": 65, "minutes": 130, "extra_minutes": 30, "pass": 720}
# Without the exam guide's data file: SAA-C03's domain weights.
# How many never-answered questions a review session adds after the due ones.
REVIEW_FRESH = 10
STORAGE_KEY = "practice:SAA-C03"

LABELS: dict[str, dict[str, str]] = {
    "ko": {
        "title": "연습 문제",
        "description": (
            "SAA-C03 연습 문제를 실제 시험처럼, 주제별로, 또는 간격을 둔 복습으로 풉니다."
        ),
        "intro": (
            "문제 은행의 문제 {count}개를 세 가지 방법으로 풉니다. 시험 모드는 실제 시험처럼 "
            "풀고 채점하며, 학습 모드는 고른 주제의 문제를 풀 때마다 해설을 보여 주고, 복습 "
            "모드는 틀린 문제를 더 자주 다시 냅니다."
        ),
        "privacy": (
            "진도는 이 브라우저(localStorage)에만 저장되며 어디로도 보내지 않습니다. 한국어와 "
            "영어 페이지가 같은 진도를 씁니다. 다른 기기로 옮기려면 파일로 내보낸 뒤 그 기기에서 "
            "가져오십시오."
        ),
        "noscript": (
            "이 페이지의 세 가지 모드에는 JavaScript가 필요합니다. 각 주제 페이지의 확인 문제는 "
            "JavaScript 없이도 풀 수 있습니다."
        ),
        "guide_link": "시험 안내서 지도",
        "guide_after": "에서 도메인과 과제 설명마다 가르치는 절을 찾을 수 있습니다.",
        "exam_heading": "시험 모드",
        "exam_intro": (
            "실제 시험처럼 도메인 비중(30%, 26%, 24%, 20%)에 따라 문제를 뽑습니다. 문제 사이를 "
            "자유롭게 오가고, 다시 볼 문제에 검토 표시를 하고, 다 풀면 제출합니다. 정답은 제출한 "
            "뒤에 보여 줍니다. 진행 중인 시험은 페이지를 다시 열어도 이어집니다."
        ),
        "count_label": "문제 수(1–65)",
        "timer_legend": "제한 시간",
        "timer_none": "없음",
        "timer_exam": "130분(시험 시간)",
        "timer_extra": "160분(모국어가 아닌 언어로 응시할 때 AWS가 주는 30분 추가 포함)",
        "start_exam": "시험 시작",
        "resume_exam": "진행 중인 시험 이어 풀기",
        "replace_confirm": "진행 중인 시험을 버리고 새 시험을 시작하시겠습니까?",
        "study_heading": "학습 모드",
        "study_intro": (
            "도메인, 과제 설명, 페이지로 문제를 골라 풉니다. 답할 때마다 맞았는지와 보기마다의 "
            "해설을 바로 보여 줍니다."
        ),
        "filter_domain": "도메인",
        "filter_task": "과제 설명",
        "filter_page": "페이지",
        "all": "전체",
        "start_study": "학습 시작",
        "review_heading": "복습 모드",
        "review_intro": (
            "라이트너 상자(Leitner box) 다섯 개로 간격을 두고 복습합니다. 어느 모드에서든 답한 "
            "문제는 상자에 들어갑니다. 틀린 문제는 1번 상자로 돌아가 다음 복습에 가장 먼저 "
            "나오고, 복습 중에 틀리면 그 복습이 끝나기 전에 한 번 더 나옵니다. 맞힌 문제는 한 "
            "상자씩 올라가며 1일(2번), 3일(3번), 7일(4번), 21일(5번) 뒤에 다시 나옵니다. "
            "복습할 문제 뒤에는 아직 풀지 않은 문제를 {fresh}개까지 냅니다."
        ),
        "start_review": "복습 시작",
        "progress_heading": "진도",
        "progress_summary": (
            "답한 문제 {seen}개, 지금 복습할 문제 {due}개. 상자 1–5의 문제 수: {boxes}."
        ),
        "progress_next": "다음 복습: {date}.",
        "export": "진도 내보내기(JSON)",
        "import": "진도 가져오기",
        "reset": "진도 모두 지우기",
        "reset_confirm": "이 브라우저의 진도와 진행 중인 시험을 모두 지우시겠습니까?",
        "reset_done": "진도를 지웠습니다.",
        "import_done": "진도를 가져왔습니다: 문제 {count}개.",
        "import_failed": "가져오지 못했습니다. {reason}",
        "error_json": "JSON 파일이 아닙니다.",
        "error_object": "JSON 객체가 아닙니다.",
        "error_format": 'format이 "aws-saa-practice"인 이 페이지의 진도 파일이 아닙니다.',
        "error_version": "version이 1 이상의 정수가 아닙니다.",
        "error_newer": "이 페이지보다 새 버전({version})이 만든 파일입니다.",
        "error_cards": "cards가 문제 id를 키로 하는 객체가 아닙니다.",
        "error_id": '"{id}"는 문제 id가 아닙니다.',
        "error_card": '문제 "{id}"의 {field} 값이 올바르지 않습니다.',
        "loading": "문제를 불러오는 중입니다.",
        "load_failed": "문제를 불러오지 못했습니다. 다시 시도하십시오.",
        "question_of": "문제 {n}/{total}",
        "mark": "검토 표시",
        "previous": "이전 문제",
        "next": "다음 문제",
        "finish": "끝내기",
        "navigator": "문제 목록",
        "nav_item": "문제 {n}",
        "nav_answered": "답함",
        "nav_unanswered": "답하지 않음",
        "nav_marked": "검토 표시",
        "time_left": "남은 시간 {time}",
        "time_up": "시간이 끝나 시험을 제출했습니다.",
        "to_submit": "제출 전 확인",
        "submit_summary": (
            "{total}문제 가운데 {answered}문제에 답했고, 검토 표시는 {marked}개입니다."
        ),
        "submit_warning": "답하지 않은 문제는 실제 시험처럼 오답으로 채점합니다.",
        "submit": "시험 제출",
        "keep_going": "계속 풀기",
        "leave": "모드 선택으로 돌아가기",
        "short_bank": (
            "문제 은행에 문제가 {available}개뿐이어서 {asked}문제 대신 {available}문제를 도메인 "
            "비중에 최대한 가깝게 뽑았습니다."
        ),
        "draw_summary": "도메인별 문제 수: {domains}.",
        "draw_item": "{domain} {count}문제",
        "results_heading": "결과",
        "score": "{total}문제 가운데 {right}문제 정답({percent}%)",
        "scaled_note": (
            "실제 시험의 합격선은 100~1,000점 환산 점수로 720점입니다. 여기의 백분율은 맞힌 "
            "문제의 비율일 뿐 AWS의 환산 점수가 아닙니다."
        ),
        "by_domain": "도메인별",
        "by_task": "과제 설명별",
        "col_domain": "도메인",
        "col_task": "과제 설명",
        "col_weight": "비중",
        "col_right": "정답",
        "col_percent": "비율",
        "review_questions": "문제별 검토",
        "your_answer": "내 답: {letters}",
        "no_answer": "답하지 않음",
        "key": "정답: {letters}",
        "right": "정답입니다.",
        "wrong": "오답입니다.",
        "correct": "정답",
        "incorrect": "오답",
        "section": "관련 본문 다시 읽기",
        "source": "근거: AWS 문서",
        "task": "과제 {task}",
        "new_exam": "새 시험",
        "check": "정답 확인",
        "choose": "{count}개를 고른 뒤 정답 확인을 누르십시오.",
        "study_done": "모두 풀었습니다: {total}문제 가운데 {right}문제 정답.",
        "nothing_matches": "조건에 맞는 문제가 없습니다.",
        "nothing_due": "지금 복습할 문제가 없습니다.",
        "other": "English로 보기",
        "other_hide": "영어 문제 숨기기",
        "other_failed": "영어 문제를 불러오지 못했습니다. 다시 눌러 보십시오.",
        "other_answer": "Answer and explanations",
        "other_correct": "Correct",
        "other_wrong": "Incorrect",
        "explanations": "정답과 해설",
        "domain": "도메인 {number}",
        "weight": "{weight}%",
        "permalink": "이 절로 바로 가는 링크",
        "last_results": "지난 시험 결과 보기",
    },
    "en": {
        "title": "Practice questions",
        "description": (
            "Practise SAA-C03 questions the way the exam runs, by topic, or as spaced review."
        ),
        "intro": (
            "Work through the {count} questions of the bank in three ways. Exam mode runs and "
            "scores them like the exam; study mode explains each answer as you give it, on the "
            "topics you choose; review mode brings back what you got wrong sooner."
        ),
        "privacy": (
            "Your progress is kept in this browser only (localStorage) and sent nowhere. The "
            "Korean and English pages share it. To move it to another device, export it to a "
            "file and import that file there."
        ),
        "noscript": (
            "The three modes of this page need JavaScript. The questions on each topic page "
            "work without it."
        ),
        "guide_link": "The exam guide map",
        "guide_after": " shows which sections teach each domain and task statement.",
        "exam_heading": "Exam mode",
        "exam_intro": (
            "Questions drawn by the exam's domain weights (30%, 26%, 24%, 20%). Move freely "
            "between them, mark the ones to come back to, and submit when you are done. The "
            "answers show after you submit. An exam in progress survives a reload."
        ),
        "count_label": "Number of questions (1–65)",
        "timer_legend": "Time limit",
        "timer_none": "None",
        "timer_exam": "130 minutes (the exam's time)",
        "timer_extra": (
            "160 minutes (with the 30 extra minutes AWS grants candidates taking the exam in a "
            "language that is not their native one)"
        ),
        "start_exam": "Start the exam",
        "resume_exam": "Resume the exam in progress",
        "replace_confirm": "Discard the exam in progress and start a new one?",
        "study_heading": "Study mode",
        "study_intro": (
            "Choose questions by domain, task statement or page. Each answer shows at once "
            "whether it is right and why each option is right or wrong."
        ),
        "filter_domain": "Domain",
        "filter_task": "Task statement",
        "filter_page": "Page",
        "all": "All",
        "start_study": "Start studying",
        "review_heading": "Review mode",
        "review_intro": (
            "Spaced review with five Leitner boxes. Every question you answer, in any mode, "
            "goes into a box. A wrong answer sends it back to box 1: it comes first in your "
            "next review, and once more before a review session ends if you miss it there. A "
            "right answer moves it up one box, and it comes back after 1 day (box 2), 3 days "
            "(box 3), 7 days (box 4) or 21 days (box 5). After the questions due, a review adds "
            "up to {fresh} you have not answered yet."
        ),
        "start_review": "Start reviewing",
        "progress_heading": "Your progress",
        "progress_summary": (
            "{seen} questions answered, {due} due for review now. Questions in boxes 1–5: {boxes}."
        ),
        "progress_next": "Next review: {date}.",
        "export": "Export progress (JSON)",
        "import": "Import progress",
        "reset": "Clear all progress",
        "reset_confirm": "Clear all progress in this browser, and any exam in progress?",
        "reset_done": "Progress cleared.",
        "import_done": "Progress imported: {count} questions.",
        "import_failed": "The file was not imported. {reason}",
        "error_json": "It is not JSON.",
        "error_object": "It is not a JSON object.",
        "error_format": (
            'It is not a progress file of this page ("format" is not "aws-saa-practice").'
        ),
        "error_version": '"version" is not a whole number from 1.',
        "error_newer": "A newer version ({version}) of this page wrote it.",
        "error_cards": '"cards" is not an object keyed by question ids.',
        "error_id": '"{id}" is not a question id.',
        "error_card": 'Question "{id}" has an invalid "{field}".',
        "loading": "Loading the questions.",
        "load_failed": "The questions could not be loaded. Try again.",
        "question_of": "Question {n} of {total}",
        "mark": "Mark for review",
        "previous": "Previous question",
        "next": "Next question",
        "finish": "Finish",
        "navigator": "Questions",
        "nav_item": "Question {n}",
        "nav_answered": "answered",
        "nav_unanswered": "not answered",
        "nav_marked": "marked for review",
        "time_left": "Time left {time}",
        "time_up": "Time is up: the exam was submitted.",
        "to_submit": "Review and submit",
        "submit_summary": (
            "You answered {answered} of {total} questions; {marked} marked for review."
        ),
        "submit_warning": "An unanswered question is scored as wrong, as on the exam.",
        "submit": "Submit the exam",
        "keep_going": "Keep going",
        "leave": "Back to the modes",
        "short_bank": (
            "The bank has only {available} questions, so this exam has {available} instead of "
            "{asked}, drawn as close to the domain weights as the bank allows."
        ),
        "draw_summary": "Questions per domain: {domains}.",
        "draw_item": "{domain}: {count}",
        "results_heading": "Results",
        "score": "{right} of {total} right ({percent}%)",
        "scaled_note": (
            "The exam's pass mark is 720 on AWS's scaled score of 100 to 1,000. The percentage "
            "here is the share of questions you got right; it is not AWS's scaled score."
        ),
        "by_domain": "By domain",
        "by_task": "By task statement",
        "col_domain": "Domain",
        "col_task": "Task statement",
        "col_weight": "Weight",
        "col_right": "Right",
        "col_percent": "Share",
        "review_questions": "Question by question",
        "your_answer": "Your answer: {letters}",
        "no_answer": "Not answered",
        "key": "Answer: {letters}",
        "right": "Correct.",
        "wrong": "Incorrect.",
        "correct": "Correct",
        "incorrect": "Incorrect",
        "section": "Re-read the section",
        "source": "Source: AWS documentation",
        "task": "Task {task}",
        "new_exam": "New exam",
        "check": "Check answer",
        "choose": "Choose {count}, then check your answer.",
        "study_done": "All done: {right} of {total} right.",
        "nothing_matches": "No question matches.",
        "nothing_due": "Nothing is due for review now.",
        "other": "Show in Korean",
        "other_hide": "Hide the Korean question",
        "other_failed": "The Korean question could not be loaded. Try again.",
        "other_answer": "정답과 해설",
        "other_correct": "정답",
        "other_wrong": "오답",
        "explanations": "Answer and explanations",
        "domain": "Domain {number}",
        "weight": "{weight}%",
        "permalink": "Link to this section",
        "last_results": "Show the last exam's results",
    },
}
# The page's level-2 headings: (anchor, label key).
HEADINGS = (
    ("exam-mode", "exam_heading"),
    ("study-mode", "study_heading"),
    ("review-mode", "review_heading"),
    ("progress", "progress_heading"),
)


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["en"])


def page_markdown(lang: str) -> str:
    """Title and description of the generated page; its body comes once every page is known."""
    text = labels(lang)
    return f"---\ndescription: {text['description']}\n---\n\n# {text['title']}\n"


def headings(lang: str) -> list[tuple[str, str]]:
    text = labels(lang)
    return [(anchor, text[key]) for anchor, key in HEADINGS]


@dataclass(frozen=True)
class OutlineTask:
    id: str
    title: Mapping[str, str]


@dataclass(frozen=True)
class OutlineDomain:
    id: str
    number: int
    weight: int
    title: Mapping[str, str]
    tasks: tuple[OutlineTask, ...]


def load_outline(path: Path) -> list[OutlineDomain]:
    """``outline_of`` the exam guide map's data file at ``path``."""
    return outline_of(exam_guide(path))


def outline_of(guide) -> list[OutlineDomain]:
    """The exam's domains (weights, titles) and task statements, from the exam guide map's
    data; without it, SAA-C03's weights and numbered titles."""
    if guide is not None:
        return [
            OutlineDomain(
                d.id,
                d.number,
                d.weight,
                dict(d.title),
                tuple(OutlineTask(t.id, dict(t.title)) for t in d.tasks),
            )
            for d in guide.domains
        ]
    domains = []
    for number, domain in sorted(DOMAIN_OF_NUMBER.items()):
        title = {lang: labels(lang)["domain"].format(number=number) for lang in LABELS}
        tasks = tuple(
            OutlineTask(task, {lang: labels(lang)["task"].format(task=task) for lang in LABELS})
            for task, of in SAA_C03_TASKS.items()
            if of == domain
        )
        domains.append(OutlineDomain(domain, int(number), SAA_C03_WEIGHTS[domain], title, tasks))
    return domains


def page_context(
    lang: str,
    other_lang: str,
    outline: Sequence[OutlineDomain],
    question_pages: Sequence[tuple[str, str]],  # (site path as practice.json has it, title)
    *,
    count: int,
    own_json: str,
    other_json: str,
    scripts: Sequence[str],
    guide_href: str | None,
) -> dict:
    """The template context of the practice page in ``lang``."""
    text = labels(lang)
    domains = [
        {
            "id": d.id,
            "number": d.number,
            "weight": d.weight,
            "title": d.title.get(lang, d.id),
            "label": f"{text['domain'].format(number=d.number)}: {d.title.get(lang, d.id)}",
        }
        for d in outline
    ]
    tasks = [
        {"id": t.id, "domain": d.id, "title": t.title.get(lang, t.id)}
        for d in outline
        for t in d.tasks
    ]
    data = {
        "lang": lang,
        "otherLang": other_lang,
        "json": own_json,
        "otherJson": other_json,
        "storageKey": STORAGE_KEY,
        "exam": EXAM,
        "fresh": REVIEW_FRESH,
        "domains": domains,
        "tasks": tasks,
        "labels": text,
    }
    return {
        "lang": lang,
        "labels": text,
        "intro": text["intro"].format(count=count),
        "review_intro": text["review_intro"].format(fresh=REVIEW_FRESH),
        "domains": domains,
        "tasks": tasks,
        "pages": [{"path": path, "title": title} for path, title in question_pages],
        "exam": EXAM,
        "scripts": list(scripts),
        "guide_href": guide_href,
        "headings": dict(headings(lang)),
        "data": data,
    }
