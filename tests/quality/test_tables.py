"""Data tables name their cells: every cell of a large table has a header (axe-core's table
rules), so a screen reader reads each count with its domain and each value with its column."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

TABLE_RULES = ["td-has-header", "th-has-data-cells", "td-headers-attr"]


@pytest.mark.parametrize(
    "page_type", ["topic-ko", "topic-en", "exam-tips-ko", "exam-tips-en"], indirect=True
)
def test_every_cell_of_a_data_table_has_a_header(page, page_type, open_page, axe):
    open_page(page, page_type)
    result = axe.run(page, TABLE_RULES)
    assert not result["violations"], axe.describe(result["violations"])
    checked = [target for rule in result["passes"] for target in rule["targets"]]
    assert checked, "no data table was checked"
    if page_type.key.startswith("exam-tips"):
        counts = axe.run(page, TABLE_RULES, context=".exam-tips-counts")
        assert [rule["id"] for rule in counts["passes"]], "the table of counts was not checked"
