"""Round 90's fixes (h272-h274: a province's 2026年政府工作报告 摘要, a Hong Kong retail sales
release in Traditional script, a city's 统计月报 OCR'd with a table in spaces), each class tested
on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number

_MONTHLY_TABLE = (
    "                    某市主要经济指标（2025年9月）\n"
    "\n"
    "指    标                     单位        本月        1-9月累计      同比增长%\n"
    "规模以上工业增加值增长         %          7.4           6.9             …\n"
    "社会消费品零售总额            亿元         1 2 6.3       1 0 8 4.5         5.2\n"
    "城镇新增就业                  万人         0.3 8         3.9 1            2.6\n"
    "居民消费价格指数\n"
    "（上年同期=100）                          1 0 0.2        9 9.8            …\n"
    "金融机构人民币各项存款\n"
    "余额（月末）                  亿元        4 2 1 5.6        …              6.9\n"
    "\n"
    "注：“…”表示该项无数据。\n")


def test_a_wrapped_row_named_by_a_bracketed_note_and_with_no_unit_cell_is_read():
    found = document_by_number(_MONTHLY_TABLE, date(2025, 10, 20))
    index = found["1 0 0.2"]
    assert index.value == 100.2
    assert index.indicator == "居民消费价格指数"
    assert index.period_start == date(2025, 9, 1)
    assert found["9 9.8"].value == 99.8


def test_an_index_level_under_a_running_total_column_is_no_count():
    found = document_by_number(_MONTHLY_TABLE, date(2025, 10, 20))
    assert found["9 9.8"].kind == "actual"
    assert found["9 9.8"].period_start == date(2025, 1, 1)
    assert found["1 0 8 4.5"].kind == "count_total"  # (a flow's 累计 cell still a total)


def test_a_row_noted_at_the_months_end_is_a_balance_at_that_day():
    found = document_by_number(_MONTHLY_TABLE, date(2025, 10, 20))
    balance = found["4 2 1 5.6"]
    assert balance.indicator == "金融机构人民币各项存款余额"
    assert balance.kind == "count_total"
    assert (balance.period_start, balance.period_end) == (date(2025, 9, 30), date(2025, 9, 30))
    assert found["6.9"].period_end == date(2025, 9, 30)


def test_industries_listed_before_one_measure_each_take_it():
    text = ("2025年，全市战略性新兴产业、高端装备制造业增加值分别增长9.6%、12.3%；"
            "规上工业中，新材料产业、生物医药产业营业收入分别增长8.1%和15.4%。")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["9.6%"].indicator == "战略性新兴产业增加值"
    assert found["12.3%"].indicator == "高端装备制造业增加值"
    assert found["8.1%"].indicator == "新材料产业营业收入"


def test_a_series_latest_figure_as_published_is_undated_and_named_without_the_release():
    text = ("　　11月份，訪港旅客人次按年增加14%。\n\n"
            "　　發言人續稱，勞工市場大致穩定，最新公布的經季節性調整失業率為3.8%，"
            "有助支持消費意欲。\n")
    found = document_by_number(text, date(2026, 1, 2))
    rate = found["3.8%"]
    assert rate.indicator == "经季节性调整失业率"
    assert rate.period_start is None
