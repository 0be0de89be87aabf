from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class KoreanSearchConfig(Config):
    enabled = c.Type(bool, default=True)
    # Glossary files (every *.yml) whose names expand queries, relative to the project.
    glossary_dir = c.Type(str, default="glossary")
    # Search-only synonyms, relative to the project; the plugin's own file by default.
    synonyms_file = c.Optional(c.Type(str))
    # kiwipiepy's analyses, relative to the project (the folder holding mkdocs.yml).
    cache_dir = c.Type(str, default=".cache/search")
    # False indexes with the particle rules only (no kiwipiepy): for quick fixture builds.
    segment = c.Type(bool, default=True)
    # Relative weight of a match in a heading against one in the text.
    title_boost = c.Type((int, float), default=8.0)

    def validate(self):
        failed, warnings = super().validate()
        if self.title_boost is not None and not 1 <= self.title_boost <= 1000:
            failed.append(
                ("title_boost", ValidationError(f"must be 1 to 1000, got {self.title_boost}"))
            )
        return failed, warnings
