"""Round 70's fixes (h212-h214: a city daily's review of the five-year plan, a city government's
report on state assets to the people's congress, a city's urban health check summary), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

CHECK = (
    "某市2025年城市体检报告（摘要）\n\n"
    "　　2024年，全市人均公园绿地面积为13.2平方米，较上年增加0.3平方米；城市道路网密度为5.9"
    "公里/平方公里，低于8公里/平方公里的标准值，距2027年达到7公里/平方公里的目标仍有差距；"
    "公园绿化活动场地服务半径覆盖率为86.4%。\n\n"
    "附表：城市体检主要指标\n\n"
    "序号\t维度\t指标名称\t单位\t2024年\t标准值\t是否达标\n"
    "1\t街区\t人均公园绿地面积\t平方米\t13.2\t≥12\t是\n"
    "2\t街区\t城市道路网密度\t公里/平方公里\t5.9\t≥8\t否\n"
    "3\t住房\t房价收入比\t—\t10.4\t≤6\t否\n"
)


def test_a_tables_rows_are_named_by_its_indicator_column_not_by_a_group_column_before_it():
    found = document_by_number(CHECK, date(2025, 12, 19))
    assert found["13.2"].indicator == "人均公园绿地面积"
    assert found["5.9"].indicator == "城市道路网密度"
    assert found["10.4"].indicator == "房价收入比"
    assert found["10.4"].kind == "share"


def test_a_standard_column_is_a_rules_bound_named_by_the_row_and_undated():
    found = document_by_number(CHECK, date(2025, 12, 19))
    cell = found["12"]  # (≥ its bound, left off the key)
    assert (cell.indicator, cell.kind, cell.qualifier) == ("人均公园绿地面积标准值", "other",
                                                           "at_least")
    assert period_dates(cell) == (None, None)
    assert found["6"].qualifier == "at_most"


def test_a_standard_a_level_falls_below_is_no_bound_and_is_named_the_standard():
    found = document_by_number(CHECK, date(2025, 12, 19))
    standard = found["低于8公里/平方公里"]
    assert standard.qualifier == "none"
    assert standard.indicator == "城市道路网密度标准值"
    assert standard.kind == "other"


def test_a_goals_year_dates_no_level_after_it():
    found = document_by_number(CHECK, date(2025, 12, 19))
    assert period_dates(found["7公里/平方公里"]) == (date(2027, 1, 1), date(2027, 12, 31))
    assert found["7公里/平方公里"].kind == "target"
    assert period_dates(found["86.4%"]) == (date(2024, 1, 1), date(2024, 12, 31))


REVIEW = (
    "发展能级全面提升\n"
    "——“十四五”某市发展成就综述\n\n"
    "2025-12-16 07:35　　来源：某市日报\n\n"
    "　　五年来，全市经济总量由2020年的8003亿元提高到2024年的9532亿元，预计全年突破1万亿元。"
    "五年累计新增城市绿地面积2860公顷。\n\n"
    "　　五年来，全市地铁运营里程由2020年的106公里增加到2025年的220公里。全市新增停车泊位"
    "11.6万个，改造老旧小区860个。\n"
)


def test_a_length_only_span_takes_the_years_of_the_plan_the_title_names():
    found = document_by_number(REVIEW, date(2025, 12, 16))
    for quote in ("2860公顷", "11.6万个", "860个"):
        assert period_dates(found[quote]) == (date(2021, 1, 1), date(2025, 12, 31)), quote


def test_a_forecast_year_after_a_year_long_over_is_the_texts_own():
    found = document_by_number(REVIEW, date(2025, 12, 16))
    forecast = found["1万亿元"]
    assert period_dates(forecast) == (date(2025, 1, 1), date(2025, 12, 31))
    assert forecast.kind == "target"
    assert period_dates(found["9532亿元"]) == (date(2024, 1, 1), date(2024, 12, 31))


ASSETS = (
    "　　2024年末，全市国土面积56.2万公顷，其中国有土地面积12.1万公顷；耕地面积208.4万亩，"
    "林地面积9.6万公顷，湿地面积6.3万公顷。2024年，市属国有企业完成战略性重组3组，"
    "处置资产账面原值12.6亿元，清理退出低效无效资产96.3亿元。\n"
)


def test_land_a_place_holds_at_a_day_is_a_stock():
    found = document_by_number(ASSETS, date(2025, 11, 4))
    for quote in ("56.2万公顷", "12.1万公顷", "208.4万亩", "9.6万公顷", "6.3万公顷"):
        assert found[quote].kind == "count_total", quote
        assert period_dates(found[quote]) == (date(2024, 12, 31), date(2024, 12, 31)), quote


def test_firms_restructured_are_counted_in_groups():
    found = document_by_number(ASSETS, date(2025, 11, 4))
    assert found["3组"].unit == "组"
    assert found["3组"].kind == "actual"


def test_assets_disposed_of_or_cleared_out_are_the_years_flow():
    found = document_by_number(ASSETS, date(2025, 11, 4))
    for quote in ("12.6亿元", "96.3亿元"):
        assert found[quote].kind == "actual", quote
        assert period_dates(found[quote]) == (date(2024, 1, 1), date(2024, 12, 31)), quote


def test_a_ranks_name_leaves_out_the_set_it_is_ranked_in():
    text = ("　　2024年，全市经济总量在全国城市中的排名由2020年的第21位升至2024年的第18位，"
            "进出口总额在中部城市中排名第3位。\n")
    found = document_by_number(text, date(2025, 12, 16))
    for quote in ("第21位", "第18位"):
        assert found[quote].indicator == "经济总量", quote
        assert found[quote].subject is None, quote


def test_still_having_is_no_part_of_a_stocks_name():
    text = "　　截至2024年底，全市尚有未加装电梯的多层老旧住宅2.3万户。\n"
    found = document_by_number(text, date(2025, 12, 19))
    assert found["2.3万户"].indicator == "未加装电梯的多层老旧住宅"


def test_problems_a_check_sorts_out_are_its_spans_flow():
    text = "　　经2025年4月至10月的体检，共梳理问题清单11条，提出整治建议38项。\n"
    found = document_by_number(text, date(2025, 12, 19))
    assert found["11条"].kind == "actual"
    assert period_dates(found["11条"]) == (date(2025, 4, 1), date(2025, 10, 31))


def test_a_bound_on_each_ones_value_names_a_class_no_figure():
    text = "　　其中，车辆0.86万辆，单价100万元以上的大型设备2415台（套）。\n"
    found = document_by_number(text, date(2025, 11, 4))
    assert "100万元" not in found and "100万元以上" not in found
    assert found["2415台"].indicator == "单价100万元以上的大型设备"


def test_members_a_scope_already_has_are_named_by_their_deed_and_the_scope():
    text = "　　截至目前，规划纲要确定的25项主要指标中，已有23项完成或提前完成。\n"
    found = document_by_number(text, date(2025, 12, 16))
    assert found["23项"].indicator == "完成或提前完成的主要指标"
    assert found["23项"].kind == "count_total"


def test_events_held_keep_their_verb():
    text = "　　据了解，后续还将围绕科技创新等主题举行3场发布会。\n"
    found = document_by_number(text, date(2025, 12, 16))
    assert found["3场"].indicator == "举行发布会"
    assert found["3场"].kind == "target"


REPORT = (
    "某市人民政府关于2024年度国有资产管理情况的综合报告\n\n"
    "　　2024年，全市开展国有企业专项检查31次。全市行政事业单位公物仓累计调剂资产1.2万件，"
    "节约财政资金1.8亿元。\n"
)


def test_a_clause_a_bodys_bare_running_total_governs_is_one_too_at_its_day():
    found = document_by_number(REPORT, date(2025, 11, 4))
    total, saved = found["1.2万件"], found["1.8亿元"]
    assert saved.kind == "count_total"
    assert period_dates(saved) == period_dates(total)
    assert period_dates(saved) == (date(2024, 12, 31), date(2024, 12, 31))


QUOTED_OUTLOOK = (
    "发展能级全面提升\n"
    "——“十四五”某市发展成就综述\n\n"
    "　　“预计全年地区生产总值增长5.2%左右，规模以上工业增加值增长6%以上，圆满完成目标任务。”"
    "市发展改革委主任表示。\n"
)


def test_a_quoted_forecast_goes_on_over_the_clauses_of_its_task():
    found = document_by_number(QUOTED_OUTLOOK, date(2025, 12, 16))
    assert found["5.2%左右"].kind == "target"
    assert found["6%以上"].kind == "target"


def test_a_forecast_of_a_year_over_stays_an_estimated_result_in_its_later_clauses():
    found = document_by_number(QUOTED_OUTLOOK, date(2026, 1, 26))
    assert found["6%以上"].kind != "target"
