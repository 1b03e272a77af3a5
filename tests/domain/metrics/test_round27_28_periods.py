"""Blind rounds 27 and 28's period misses (tests/gold/heldout/README.md), a class of phrasing
per test, each on short texts written for it in the genre's manner: a table's number run into
the Minguo year of its title."""

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import document_by_number as _by_quote
from tests.domain.metrics.support import period_dates as _dates

ORDERS = (
    "經濟部統計處新聞稿\n\n"
    "114年9月外銷訂單統計\n\n"
    "一、外銷訂單：9月外銷訂單金額為612.4億美元，較上年同月增20.7%。\n\n"
    "表1　114年1至9月外銷訂單—按主要貨品別\n"
    "貨品別　金額（億美元）　年增率（%）\n"
    "資訊通信產品　2,076.6　36.2\n"
    "電子產品　1,756.0　22.8\n\n"
    "六、動向指數：9月外銷訂單動向指數為52.4，較上月上升1.3點。\n\n"
    "七、展望：根據受訪廠商預估，10月外銷訂單金額介於600億至640億美元。\n"
)


def test_a_table_number_run_into_a_minguo_year_is_no_year_of_its_own():
    """表1　114年1至9月 loses its space in cleaning (表1114年1至9月): the table's number is not
    part of the year, so the title names 2025 (114 + 1911) as the text's other 114年 do, and the
    later sections' 9月 / 10月 stay in 2025 (they were read in the year 1114)."""
    (span,) = find_periods("表1114年1至9月外销订单", date(2025, 10, 20))
    assert (span.period.start, span.period.end) == (date(2025, 1, 1), date(2025, 9, 30))
    (year,) = find_periods("图32024年各月", date(2025, 10, 20))  # (a year of 19xx / 20xx)
    assert year.period.start == date(2024, 1, 1)
    m = _by_quote(ORDERS, date(2025, 10, 20))
    assert _dates(m["52.4"]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert _dates(m["1.3點"]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert _dates(m["600億至640億美元"]) == (date(2025, 10, 1), date(2025, 10, 31))
