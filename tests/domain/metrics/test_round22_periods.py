"""Blind round 22's period misses (tests/gold/heldout/README.md), a class of phrasing per test,
each on short sentences written for it in the genre's manner: a Hong Kong-listed company's
results dated by the day their months close (截至…止十個月, 於…止九個月, 截至…止年度)."""

import re
from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.records import Metric


def _by_quote(raw: str, published_on: date) -> dict[str, Metric]:
    """The metrics by their number and unit (the words before the number, 約人民幣, left off)."""
    found = analyse_document(raw, published_on=published_on).metrics
    return {_NUMBER_ON.search(m.quote).group(): m for m in found}  # type: ignore[union-attr]


_NUMBER_ON = re.compile(r"[\d.,]+.*$")


def _dates(m: Metric) -> tuple[date | None, date | None]:
    return m.period_start, m.period_end


OPERATING_UPDATE = (
    "自願公告\n2025年7月未經審核經營數據\n\n"
    "一、合約銷售\n"
    "截至2025年7月31日止七個月，本集團共實現合約銷售金額約人民幣65.2億元，同比減少11.4%；"
    "合約銷售建築面積約30.8萬平方米。\n"
    "本集團於2025年6月30日止六個月的收入為人民幣48.1億元。\n"
    "截至2024年12月31日止年度，本集團共交付住宅單位2.3萬套。\n"
    "截至2025年7月31日，本集團現金及現金等價物約人民幣88.6億元。\n"
)


def test_a_span_named_by_the_day_it_closes_is_its_months():
    """截至2025年7月31日止七個月 / 於2025年6月30日止六個月 / 截至2024年12月31日止年度: the months
    (the year) ending that day, how Hong Kong's listed companies date their results; 截至 a day
    alone stays that day (a stock)."""
    m = _by_quote(OPERATING_UPDATE, date(2025, 8, 8))
    for quote in ("65.2億元", "11.4%", "30.8萬平方米"):
        assert _dates(m[quote]) == (date(2025, 1, 1), date(2025, 7, 31)), quote
    assert _dates(m["48.1億元"]) == (date(2025, 1, 1), date(2025, 6, 30))
    assert _dates(m["2.3萬套"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _dates(m["88.6億元"]) == (date(2025, 7, 31), date(2025, 7, 31))
