"""Anki decks: tab-separated text with the file headers Anki (2.1.54 and later) reads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable


def anki_deck(rows: Iterable[tuple[str, str, str]], deck: str) -> str:
    """A tab-separated deck with the file headers Anki (2.1.54+) reads: fields are HTML,
    the third column holds tags."""
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n#notetype:Basic\n")
    out.write(f"#deck:{deck}\n#tags column:3\n#columns:Front\tBack\tTags\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()
