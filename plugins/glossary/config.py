from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class GlossaryConfig(Config):
    enabled = c.Type(bool, default=True)
    # Folder of glossary/*.yml files, relative to mkdocs.yml (or absolute).
    glossary_dir = c.Type(str, default="glossary")
    # Folder of the generated glossary page, in the nav as "<glossary_page>/index.md".
    glossary_page = c.Type(str, default="glossary")
    # Exports written at each language's root.
    glossary_json = c.Type(str, default="glossary.json")
    glossary_anki = c.Type(str, default="glossary-anki.tsv")
    # Pages (src paths, glob patterns) whose text is never linked to the glossary.
    glossary_exclude = c.Type(list, default=[])
    # Class of the term links (styled in docs/assets/study-index.css).
    glossary_link_class = c.Type(str, default="glossary-term")

    def validate(self):
        failed, warnings = super().validate()
        page = (self.glossary_page or "").strip("/")
        if not page or page.endswith(".md"):
            failed.append(
                ("glossary_page", ValidationError(f"must be a folder name, got {page!r}"))
            )
        if self.glossary_json and not self.glossary_json.endswith(".json"):
            failed.append(
                ("glossary_json", ValidationError(f"must end in .json, got {self.glossary_json!r}"))
            )
        if self.glossary_anki and not self.glossary_anki.endswith((".tsv", ".txt", ".csv")):
            failed.append(
                (
                    "glossary_anki",
                    ValidationError(f"must end in .tsv, .txt or .csv, got {self.glossary_anki!r}"),
                )
            )
        return failed, warnings
