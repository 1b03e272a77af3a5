"""Subjects (the place a figure is about) of the classes of phrasing held-out rounds 42-43 missed:
trading partners paired with figures by a 分别 list, a funder named inside the name of the funds,
a group of markets counted by a numeral before its level, the field a rank is taken in. Short
documents written for each class in the genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.home import counts_places, infer_home_place
from pipelines.domain.metrics.tagging import word_tags
from tests.domain.metrics.support import document_by_number

CUSTOMS_RELEASE = """前三季度浙江省外贸进出口情况

前三季度，浙江省外贸进出口3.8万亿元，增长5.1%。对英国、法国分别出口862.4亿元、547.3亿元，分别增长3.2%、1.8%。
"""


def test_trading_partners_of_a_respectively_list_are_no_subjects() -> None:
    """对英国、法国分别出口…: the partners the province trades with, part of each figure's name,
    not the places the figures are about (before: 英国, 法国)."""
    found = document_by_number(CUSTOMS_RELEASE, date(2025, 10, 20))
    for quote in ("862.4亿元", "547.3亿元", "3.2%", "1.8%"):
        assert found[quote].subject is None, quote


def test_places_of_a_respectively_list_stay_its_subjects() -> None:
    """杭州、宁波分别进出口…: the places whose trade is counted stay the subjects (the partner
    rule reads only a place after 对 / 自 before the trade word)."""
    text = """前三季度浙江省外贸进出口情况

前三季度，杭州、宁波分别进出口6210.5亿元、9876.2亿元，分别增长4.3%、6.7%。
"""
    found = document_by_number(text, date(2025, 10, 20))
    assert [found[q].subject for q in ("6210.5亿元", "9876.2亿元", "4.3%", "6.7%")] == [
        "杭州", "宁波", "杭州", "宁波"]


COUNTY_REPORT = """和田县2025年对口支援工作总结

全年争取上海市对口援助资金2.36亿元，实施援建项目18个；通过消费帮扶销售特色农产品1.2亿元，同比增长9.6%。
"""


def test_a_funder_named_in_the_funds_is_no_subject() -> None:
    """争取上海市对口援助资金2.36亿元: the city paying for the county's work, part of the name of
    the funds, neither their place nor that of the figures after them (before: 上海 ×4)."""
    found = document_by_number(COUNTY_REPORT, date(2025, 12, 20))
    for quote in ("2.36亿元", "18个", "1.2亿元", "9.6%"):
        assert found[quote].subject is None, quote


def test_a_place_winning_funds_stays_the_subject() -> None:
    """疏附县争取广州市…资金: the county that won them, named before the verb, stays the subject
    of its figures in its city's report; only the funder after 争取 is left out (before: 广州,
    the last place named)."""
    text = """喀什市2025年对口支援工作总结

2025年，全市争取对口援助资金8.6亿元，全市实施援建项目96个。其中，疏附县争取广州市对口援助资金1.52亿元，实施援建项目11个。
"""
    found = document_by_number(text, date(2025, 12, 20))
    assert found["1.52亿元"].subject == "疏附县"
    assert found["11个"].subject == "疏附县"


MARKET_RELEASE = """中国证监会发布9月证券市场统计数据

9月份，全国新增投资者230万户，全国期货市场成交量6.1亿手。沪深北三市日均成交额1.96万亿元，环比增长6.2%。
"""


def test_markets_counted_before_their_level_are_no_place() -> None:
    """沪深北三市 (cut 沪|深北三市): the three exchanges a group's name counts, never a place
    (before: 深北三)."""
    found = document_by_number(MARKET_RELEASE, date(2025, 10, 15))
    for quote in ("1.96万亿元", "6.2%"):
        assert found[quote].subject is None, quote


def test_markets_counted_before_their_level_are_no_home() -> None:
    """A release naming only the markets by their count (沪深北三市) has no home place (before:
    深北三市, the only word it takes for a place)."""
    text = "9月，沪深北三市日均成交额1.96万亿元，沪深北三市融资融券余额2.4万亿元。"
    assert infer_home_place([word_tags()(text)]) is None
    assert counts_places("深北三市") and counts_places("苏锡常三市")
    assert not counts_places("三明市") and not counts_places("十堰市")


COURT_REPORT = """襄阳市中级人民法院关于审判执行工作情况的报告

2024年，全市两级法院共受理执行案件5.2万件，执结5.0万件。市中院审判质效主要指标位居全省前列，在2024年度全省法院审判质效评估中排名第2位。
"""


def test_the_scope_of_the_field_a_rank_is_taken_in_is_no_subject() -> None:
    """在…全省法院审判质效评估中排名第2位: the court's own rank; 全省 is the scope of the
    assessment it is ranked in, as in 居全省第2 (before: 全省)."""
    found = document_by_number(COURT_REPORT, date(2025, 10, 28))
    assert found["第2位"].subject is None


def test_a_place_ranked_in_a_field_stays_the_subject() -> None:
    """苏州在全省营商环境评价中位列第1: the city ranked stays the subject in its province's
    text; only the scope after 在 is left out (before: none, the province's 全省 named last)."""
    text = """江苏省营商环境评价结果发布

2025年，全省营商环境持续优化，全省新设经营主体120万户，全省经营主体总量达1500万户。苏州在全省营商环境评价中位列第1名。
"""
    found = document_by_number(text, date(2025, 10, 28))
    assert found["第1名"].subject == "苏州"
