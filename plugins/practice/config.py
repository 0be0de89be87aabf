from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class TargetsConfig(Config):
    """What the bank as a whole must hold (plugins/practice/targets.py); 0 is not checked."""

    per_topic_page = c.Type(int, default=0)
    total = c.Type(int, default=0)
    # Every task statement with a section on the exam guide map.
    per_task = c.Type(int, default=0)
    multiple_share = c.Type(float, default=0.0)
    # Points each domain's share may stray from its exam weight.
    domain_tolerance = c.Optional(c.Type((int, float)))


class PracticeConfig(Config):
    enabled = c.Type(bool, default=True)
    # The bank: every *.yml file in this folder (relative to mkdocs.yml).
    practice_questions_dir = c.Type(str, default="questions")
    # The exam guide map's data, for the task statements (SAA-C03's own list without it).
    practice_exam_guide = c.Type(str, default="exam-guide/saa-c03.yml")
    # The section a page's questions follow, and the references section they come before
    # (the page ending that "Every page ends the same way" fixes), per language.
    practice_after = c.Type(dict, default={"ko": "시험에서는", "en": "The exam angle"})
    practice_before = c.Type(dict, default={"ko": ["더 읽을거리"], "en": ["Further reading"]})
    # What the whole bank must hold; topic pages are those the exam-tips plugin's page-ending
    # rule covers (every nav section but its endings_exempt_sections).
    practice_targets = c.SubConfig(TargetsConfig)
    # The practice page's folder (/practice/, /en/practice/): exam, study and review modes over
    # the whole bank. Empty: no page.
    practice_page = c.Type(str, default="practice")
    # Exports written at each language's root.
    practice_json = c.Type(str, default="practice.json")
    practice_anki = c.Type(str, default="practice-anki.tsv")

    def validate(self):
        failed, warnings = super().validate()
        if self.practice_json and not self.practice_json.endswith(".json"):
            failed.append(
                ("practice_json", ValidationError(f"must end in .json, got {self.practice_json!r}"))
            )
        folder = self.practice_page
        if folder and (folder.strip("/") != folder or folder.endswith(".md")):
            failed.append(
                (
                    "practice_page",
                    ValidationError(f"must be a folder name, got {self.practice_page!r}"),
                )
            )
        if self.practice_page and not self.practice_json:
            failed.append(("practice_json", ValidationError("the practice page reads it")))
        for lang, names in (self.practice_before or {}).items():
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                failed.append(
                    ("practice_before", ValidationError(f"'{lang}' must be a list of headings"))
                )
        return failed, warnings
