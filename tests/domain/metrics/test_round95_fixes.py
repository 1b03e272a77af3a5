"""Round 95's fixes (h287-h289: a province's 2025 统计公报 excerpt with a table in tabs, a
county-level city's 2026 work report, a 人民银行 provincial branch's 2025年11月 financial
statistics), each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_reports_own_length_after_benbaogao_is_no_metric():
    text = ("过去一年，全县地区生产总值增长5.9%。\n\n"
            "（本报告共2.1万字，此为摘要）\n\n"
            "本公报约6000字，数据均为初步统计数。\n")
    found = document_by_number(text, date(2026, 1, 12))
    assert not any("2.1万" in quote or "6000" in quote for quote in found)
    assert "5.9%" in found


def test_the_base_year_after_cong_dates_neither_the_new_level_nor_its_yearly_rate():
    text = ("“十四五”时期，全县地区生产总值从2020年的386.2亿元增加到512.7亿元，年均增长5.6%；"
            "一般公共预算收入年均增长3.8%。")
    found = document_by_number(text, date(2026, 1, 10))
    assert found["386.2亿元"].period_start == date(2020, 1, 1)
    assert found["512.7亿元"].period_start == date(2021, 1, 1)
    assert found["512.7亿元"].period_end == date(2025, 12, 31)
    assert found["5.6%"].period_start == date(2021, 1, 1)
    assert found["3.8%"].period_end == date(2025, 12, 31)


def test_a_shanty_town_or_subsidence_area_is_no_place():
    text = ("五年新建高标准农田12.4万亩，建成农村公路420公里，完成棚户区改造8600户。"
            "今年将治理采煤沉陷区3.2平方公里。")
    found = document_by_number(text, date(2026, 1, 10))
    assert found["8600户"].subject is None
    assert found["8600户"].indicator == "棚户区改造"
    assert found["3.2平方公里"].subject is None
