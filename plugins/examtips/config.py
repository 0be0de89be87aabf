from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class ExamTipsConfig(Config):
    enabled = c.Type(bool, default=True)
    # Folders of the generated pages, in the nav as "<folder>/index.md".
    tips_page = c.Type(str, default="exam-tips")
    corrections_page = c.Type(str, default="corrections")
    # The exam guide map (exam-guide/saa-c03.yml), and the anchors tips had before their ids.
    guide_page = c.Type(str, default="exam-guide")
    guide_file = c.Type(str, default="exam-guide/saa-c03.yml")
    legacy_anchors = c.Type(str, default="exam-guide/legacy-tip-anchors.yml")
    # Exports written at each language's root.
    tips_json = c.Type(str, default="exam-tips.json")
    tips_anki = c.Type(str, default="exam-tips-anki.tsv")

    def validate(self):
        failed, warnings = super().validate()
        for name in ("tips_page", "corrections_page", "guide_page"):
            value = (self[name] or "").strip("/")
            if not value or value.endswith(".md"):
                failed.append((name, ValidationError(f"must be a folder name, got {value!r}")))
        if self.tips_page and self.tips_page.strip("/") == (self.corrections_page or "").strip("/"):
            failed.append(("corrections_page", ValidationError("must differ from tips_page")))
        if self.tips_json and not self.tips_json.endswith(".json"):
            failed.append(
                ("tips_json", ValidationError(f"must end in .json, got {self.tips_json!r}"))
            )
        return failed, warnings
