"""Round 83's fixes (h251-h253: 国家电影局's news on the year's film market, a province's
population sample survey bulletin, 联合早报's news on the HDB resale market's quarter), each class
tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_fewer_than_an_earlier_times_figure_written_after_it_is_a_fall():
    text = ("上月全市二手住宅成交1320套，比前月的1580套少16.5%；新房成交860套，"
            "较去年的1.2万套多3.4%。")
    found = document_by_number(text, date(2025, 11, 5))
    assert found["16.5%"].kind == "growth_rate"
    assert found["16.5%"].value == -16.5
    assert found["3.4%"].kind == "growth_rate"
    assert found["3.4%"].value == 3.4
    # the base's own figure stays positive
    assert found["1580套"].value == 1580


def test_a_quarter_on_quarter_rate_written_jibi_names_no_measure():
    text = ("私宅价格指数从第二季的210.4点上升至第三季的213.1点，季比上涨1.3%。")
    found = document_by_number(text, date(2025, 10, 24))
    rate = found["1.3%"]
    assert rate.kind == "growth_rate"
    assert rate.indicator == "私宅价格指数"
    assert (rate.period_start, rate.period_end) == (date(2025, 7, 1), date(2025, 9, 30))


def test_a_singapore_papers_bare_yuan_are_singapore_dollars():
    text = ("【新加坡讯】新加坡私宅租金上季微跌。新加坡市区重建局昨天公布的数据显示，"
            "第三季私宅租金中位数为每月4850元，一间位于乌节路的公寓单位以328万元成交。")
    found = document_by_number(text, date(2025, 10, 25))
    assert found["328万元"].unit == "新元"
