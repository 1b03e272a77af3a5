"""Round 19's kind, period, qualifier and reading misses, each a class of phrasing stated on short
texts written for it (in the manner of a national office's yearly release of figures, a monthly
trade release in Traditional script and a company's ESG report)."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

RELEASE = date(2025, 11, 12)  # a monthly release on January to October 2025
YEARLY = date(2025, 1, 20)  # a yearly release on 2024, in January

_JAN_OCT = (date(2025, 1, 1), date(2025, 10, 31))
_Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
_Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


def _read(texts, doc=RELEASE, home=None):
    """Each quote's metric, for one paragraph of ``texts``."""
    return by_quote(metrics(texts, doc, home))


def _dated(m) -> tuple:
    return (m.kind, m.period_start, m.period_end)


# 1. a running total written 累计 / 累計 is count_total whatever its span; its period stays the
# span (the year, the months so far)


def test_a_running_total_over_a_year_or_the_months_so_far_is_a_count_total():
    found = _read(["2024年，全省软件业务收入累计完成2130亿元，比上年增长8.1%。"], YEARLY)
    assert _dated(found["2130亿元"]) == ("count_total", *_Y2024)
    found = _read(["1-10月，全市规模以上工业增加值同比增长5.2%。",
                   "长安汽车累计销售汽车230.1万辆，同比增长8.2%。",
                   "累计发生森林火灾12次，同比减少4次。"])
    assert _dated(found["230.1万辆"]) == ("count_total", *_JAN_OCT)
    assert _dated(found["12次"]) == ("count_total", *_JAN_OCT)
