from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError


class DiagramsConfig(Config):
    enabled = c.Type(bool, default=True)
    # Diagram sources, relative to docs_dir (exclude them from the site with exclude_docs).
    sources_dir = c.Type(str, default="diagrams")
    # Rendered SVGs, relative to the project (the folder holding mkdocs.yml); outside site/.
    cache_dir = c.Type(str, default=".cache/diagrams")
    # Longest side of an embedded icon, in pixels (about its displayed size, sharp at 1x).
    icon_size = c.Type(int, default=96)
    # Diagrams rendered at the same time; 0 means one per CPU.
    workers = c.Type(int, default=0)

    def validate(self):
        failed, warnings = super().validate()
        if self.icon_size is not None and not 16 <= self.icon_size <= 512:
            failed.append(
                ("icon_size", ValidationError(f"must be 16 to 512, got {self.icon_size}"))
            )
        if self.workers is not None and self.workers < 0:
            failed.append(
                ("workers", ValidationError(f"must be 0 (one per CPU) or more, got {self.workers}"))
            )
        return failed, warnings
