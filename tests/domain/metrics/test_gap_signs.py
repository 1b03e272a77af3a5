"""A gap below another figure is negative, as a decline is: 低于 / 慢于 / 落后于 and its base
before the number (低于全国平均水平0.4个百分点), and a decline right after a comparison's base
(预计亏损0.8亿元，较上年度减少亏损0.3亿元); not a base's own change
(低于规划确定的年均提高1.1个百分点) nor a level the figure is of (低于全省平均的18.6%).
Sentences written for these tests, in the manner of a company's results news and a statistics
bulletin (round 16: h52, h48)."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

DOC = date(2026, 3, 20)


def _values(texts):
    return {q: m.value for q, m in by_quote(metrics(texts, DOC, None)).items()}


def test_a_gap_below_a_named_base_is_negative():
    found = _values(["2025年，全县规模以上工业增加值增速低于全市平均水平0.4个百分点，"
                     "固定资产投资增速慢于全省1.2个百分点。"])
    assert found["0.4个百分点"] == -0.4
    assert found["1.2个百分点"] == -1.2


def test_a_gap_above_stays_positive():
    found = _values(["2025年，全县地区生产总值增速高于全市平均水平0.6个百分点。"])
    assert found["0.6个百分点"] == 0.6


def test_a_decline_after_a_comparisons_base_is_negative():
    found = _values(["2025年，公交公司营业收入3.1亿元，预计亏损0.8亿元，较上年度减少亏损0.3亿元。"])
    assert found["0.8亿元"] == 0.8
    assert found["0.3亿元"] == -0.3


def test_a_bases_own_change_or_level_is_not_a_gap_below():
    found = _values(["2025年，全县研发经费投入强度为2.1%，低于规划确定的年均提高0.5个百分点。"])
    assert found["0.5个百分点"] == 0.5
