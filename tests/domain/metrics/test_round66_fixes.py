"""Round 66's fixes (h200-h202: Macau's monthly gaming revenue release with a table by month, the
emergency ministry's release on the work-safety situation, the statistics bureau's industrial
profits with tables by ownership and industry), each class tested on text of its own through the
whole extractor."""

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import document_by_number, period_dates


def test_ten_thousand_cases_counted_after_the_events():
    found = document_by_number(
        "前三季度，全市接报警情3.6万起，同比下降5.2%；查处各类案件1.2万起。\n",
        date(2025, 10, 20))
    assert (found["3.6万起"].value, found["3.6万起"].unit) == (3.6, "起")
    assert found["3.6万起"].indicator == "接报警情"
    assert found["1.2万起"].value_normalized == 12_000
    # a price's lower end stays no count
    assert "1.5万起" not in document_by_number("岗位月薪1.5万起，另有补贴。\n", date(2025, 10, 20))


def test_a_lone_hundred_glued_into_a_word_is_no_count():
    found = document_by_number("10月份，百家乐收入为96.5亿元，同比上升8.1%。\n",
                               date(2025, 11, 3))
    assert "百家" not in found
    assert found["96.5亿元"].indicator == "百家乐收入"


PROFITS_BY_OWNERSHIP = (
    "2025年1—8月份规模以上工业企业主要财务指标（分经济类型）\n\n"
    "指标\t营业收入（亿元）\t比上年同期增长（%）\t利润总额（亿元）\t比上年同期增长（%）\n"
    "总计\t880000.0\t2.0\t46000.0\t1.5\n"
    "其中：集体企业\t12000.5\t-1.1\t650.2\t3.3\n"
)


def test_an_indicator_head_over_measures_in_units_names_things():
    found = document_by_number(PROFITS_BY_OWNERSHIP, date(2025, 9, 27))
    assert found["12000.5"].indicator == "集体企业营业收入"
    assert found["-1.1"].indicator == "集体企业营业收入"
    assert found["650.2"].indicator == "集体企业利润总额"
    assert found["880000.0"].indicator == "营业收入"  # the total row: the measure alone
    # a head of versions (绝对数) leaves the rows the indicators
    found = document_by_number(
        "2025年1—8月份主要指标\n\n指标\t绝对数（亿元）\t比上年同期增长（%）\n"
        "营业收入\t880000.0\t2.0\n", date(2025, 9, 27))
    assert found["880000.0"].indicator == "营业收入"


MONTHLY = (
    "2025年每月客运收入（单位：百万元）\n\n"
    "月份\t客运收入\t按年变动（%）\t累计客运收入\t累计按年变动（%）\n"
    "1月\t1,200\t+3.0\t1,200\t+3.0\n"
    "2月\t1,350\t+4.1\t2,550\t+3.6\n"
)


def test_a_running_total_column_under_month_rows_runs_from_january():
    found = document_by_number(MONTHLY, date(2025, 3, 5))
    total = found["2,550"]
    assert total.indicator == "客运收入"
    assert total.kind == "count_total"
    assert period_dates(total) == (date(2025, 1, 1), date(2025, 2, 28))
    assert period_dates(found["+3.6"]) == (date(2025, 1, 1), date(2025, 2, 28))
    assert period_dates(found["1,350"]) == (date(2025, 2, 1), date(2025, 2, 28))


def test_the_first_eleven_months_are_a_period():
    spans = find_periods("今年首十一个月累计收入为120亿元", date(2025, 12, 5))
    assert (spans[0].text, spans[0].period.end) == ("今年首十一个月", date(2025, 11, 30))
    found = document_by_number("2025年首十一个月累计毛收入为120.5亿元，按年上升6%。\n",
                               date(2025, 12, 5))
    assert found["120.5亿元"].indicator == "毛收入"
    assert period_dates(found["120.5亿元"]) == (date(2025, 1, 1), date(2025, 11, 30))


def test_a_hong_kong_sum_word_opens_no_name_and_two_months_summed_are_a_span():
    found = document_by_number("本年9月及10月合共出口货值为88.6亿元。\n", date(2025, 11, 20))
    assert found["88.6亿元"].indicator == "出口货值"
    assert period_dates(found["88.6亿元"]) == (date(2025, 9, 1), date(2025, 10, 31))
    # a pair of months 分别 stays two months
    spans = find_periods("10月和11月分别增长5%和6%", date(2025, 12, 1))
    assert [s.text for s in spans] == ["10月", "11月"]


def test_last_years_same_month_with_its_own_figure():
    found = document_by_number(
        "2025年10月份客运收入为12.4亿元，较去年同月的11.2亿元按年上升10.7%。\n",
        date(2025, 11, 3))
    assert period_dates(found["11.2亿元"]) == (date(2024, 10, 1), date(2024, 10, 31))
    assert period_dates(found["12.4亿元"]) == (date(2025, 10, 1), date(2025, 10, 31))


def test_a_day_after_a_scope_dates_its_member():
    found = document_by_number(
        "前三季度，全省共发生较大事故12起。\n\n"
        "12起较大事故中，8月3日，某县一建筑工地发生坍塌事故，造成4人死亡、2人受伤。\n",
        date(2025, 10, 20))
    assert period_dates(found["4人"]) == (date(2025, 8, 3), date(2025, 8, 3))
    assert period_dates(found["2人"]) == (date(2025, 8, 3), date(2025, 8, 3))


def test_items_respectively_keep_the_verb_of_events():
    found = document_by_number(
        "前三季度，铁路交通、民航运输分别发生事故21起和3起。\n", date(2025, 10, 20))
    assert found["21起"].indicator == "铁路交通发生事故"
    assert found["3起"].indicator == "民航运输发生事故"


def test_at_present_in_hong_kong_words_is_the_texts_day():
    found = document_by_number(
        "截至2025年第3季末，全澳共有酒店144间。现时共有5间机构经营相关业务。\n",
        date(2025, 12, 1))
    assert period_dates(found["5间"]) == (date(2025, 12, 1), date(2025, 12, 1))


def test_one_unit_converted_is_a_base():
    found = document_by_number("注：1澳门元约折合0.97港元。全年收入为20亿元。\n",
                               date(2025, 12, 1))
    assert "1澳门元" not in found


def test_a_month_ranked_among_the_years_months():
    found = document_by_number(
        "2025年9月份客运收入为12.4亿元，按年上升6.2%，为今年单月第三高。\n", date(2025, 10, 3))
    rank = found["第三"]
    assert (rank.value, rank.kind, rank.indicator) == (3, "rank", "客运收入")
    assert period_dates(rank) == (date(2025, 9, 1), date(2025, 9, 30))
