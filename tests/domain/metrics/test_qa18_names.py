"""QA round 18's naming leftovers (a county's key projects), each a class of phrasing stated on
sentences written for it: a period word before an amount done is the figure's period, and the
levels a list of projects is of are no part of the key of what is counted."""

from datetime import date

from pipelines.domain.metrics.canonical import canonical_indicator
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2026, 2, 5)


def _names(text: str) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics([text], doc=_DOC, home="青禾县")).items()}


def test_a_period_word_before_an_amount_done_is_no_part_of_its_name():
    assert _names("开工建设市级重点项目85个，年度完成投资96亿元以上。")["96亿元以上"] == "完成投资"
    assert _names("全年完成产值42.5亿元，同比增长8.1%。")["42.5亿元"] == "完成产值"
    assert _names("当年完成投资额18.3亿元。")["18.3亿元"] == "完成投资额"


def test_a_period_word_before_another_name_stays():
    # (年度预算, 年度计划投资: the year's budget and plan are what is measured)
    assert _names("安排年度预算资金3.2亿元。")["3.2亿元"] == "安排年度预算资金"
    assert _names("年度计划投资45亿元。")["45亿元"] == "年度计划投资"


def test_the_levels_of_a_list_of_projects_are_no_part_of_the_counts_key():
    assert canonical_indicator("实施省市县重点项目", "个") == canonical_indicator(
        "实施重点项目", "个")
    assert canonical_indicator("新开工省市区重点项目", "个") == canonical_indicator(
        "新开工重点项目", "个")
    assert canonical_indicator("市级重点项目", "个") != canonical_indicator("重点项目", "个")
