"""Session 25's late pass on lists and table cells: a 分别 list whose numbers group their
thousands with a half-width comma (Macau, Hong Kong, statistics releases), and a share column
whose head names its whole (佔總數（%）)."""

from datetime import date

from tests.domain.metrics.support import metrics_after


def test_a_pair_of_numbers_with_thousands_commas_keeps_its_items_in_order() -> None:
    raw = ("本月入境旅客按年上升。\n"
           "過夜旅客及即日旅客分別有2,304,118人次及3,415,207人次。\n")
    found = metrics_after(raw, "過夜")
    assert [(m.value, m.indicator) for m in found][:2] == [
        (2304118, "过夜旅客"), (3415207, "即日旅客")]


def test_a_column_of_shares_of_the_total_is_a_share_column() -> None:
    raw = ("表三\u3000本月出境車次按口岸統計\n"
           "口岸\t車次\t按年變動（%）\t佔總數（%）\n"
           "甲口岸\t1,961,601\t15.0\t71.3\n"
           "乙口岸\t791,846\t-5.1\t28.7\n\n"
           "註：資料為初步統計。\n")
    shares = [m for m in metrics_after(raw, "口岸\t") if m.value in (71.3, 28.7)]
    assert [m.kind for m in shares] == ["share", "share"]
    assert all(m.indicator is not None and m.indicator.endswith("占总数") for m in shares)


def test_a_bracketed_level_after_each_item_is_no_part_of_its_name() -> None:
    raw = ("本月入境旅客按年上升。\n"
           "過夜旅客（1,204,316人次）及即日旅客（2,982,156人次）分別上升4.1%及6.2%。\n")
    found = [m for m in metrics_after(raw, "過夜") if m.unit == "%"]
    assert [(m.value, m.indicator) for m in found] == [(4.1, "过夜旅客"), (6.2, "即日旅客")]


def test_a_breakdowns_rows_are_named_with_the_measure_its_title_names() -> None:
    raw = ("表四\u30002025年9月出境車次按口岸統計\n"
           "口岸\t車次\t按年變動（%）\n"
           "甲口岸\t1,961,601\t15.0\n"
           "乙口岸\t791,846\t-5.1\n"
           "總數\t2,753,447\t8.2\n\n"
           "註：資料為初步統計。\n")
    found = metrics_after(raw, "口岸\t")
    assert [m.indicator for m in found] == [
        "甲口岸出境车次", "甲口岸出境车次", "乙口岸出境车次", "乙口岸出境车次", "出境车次",
        "出境车次"]


def test_an_estimate_column_of_a_year_already_over_is_its_result() -> None:
    raw = ("附表\u30002025年主要指标完成情况和2026年预期目标\n"
           "指标\t单位\t2025年计划\t2025年预计\t2026年目标\n"
           "税收收入\t亿元\t810\t826.5\t850\n"
           "新增城镇就业\t万人\t20\t21.3\t20以上\n\n"
           "注：预计数为初步统计。\n")
    found = metrics_after(raw, "指标\t", published_on=date(2026, 1, 20))
    assert [(m.value, m.kind) for m in found if m.value in (826.5, 21.3, 850.0)] == [
        (826.5, "actual"), (850.0, "target"), (21.3, "actual")]


def test_investment_done_keeps_its_verb_in_a_list() -> None:
    raw = ("全年重点项目进展顺利。其中，工业、农业、文旅项目分别完成投资326亿元、158亿元"
           "和97亿元。\n")
    found = metrics_after(raw, "其中")
    assert [m.indicator for m in found] == [
        "工业项目完成投资", "农业项目完成投资", "文旅项目完成投资"]


def test_a_new_area_the_segmenter_cuts_is_a_place_of_a_district_list() -> None:
    raw = "分区域看，临港新区、江北区、镇海区年度计划投资分别为186亿元、154亿元和113亿元。\n"
    found = metrics_after(raw, "分区域")
    assert [(m.indicator, m.subject) for m in found] == [
        ("年度计划投资", "临港新区"), ("年度计划投资", "江北区"), ("年度计划投资", "镇海区")]


def test_a_list_of_trading_partners_names_each_ones_trade() -> None:
    raw = ("对德国进出口312.5亿元，增长4.1%。"
           "对法国、英国分别出口88.6亿元、71.2亿元，分别增长3.3%、6.9%。\n")
    found = metrics_after(raw, "对法国")
    assert [(m.indicator, m.subject) for m in found] == [
        ("法国出口", None), ("英国出口", None), ("法国出口", None), ("英国出口", None)]


def test_completion_rates_go_with_the_named_figures_of_the_clause_before() -> None:
    raw = ("全年城镇新增就业8.2万人，创业带动就业2.4万人、农村劳动力转移就业1.7万人，"
           "分别完成年度目标的91.5%和88.0%。\n")
    found = [m for m in metrics_after(raw, "全年") if m.kind == "share"]
    assert [m.indicator for m in found] == ["创业带动就业", "农村劳动力转移就业"]


def test_a_change_named_after_a_list_is_of_each_items_whole_measure() -> None:
    raw = ("二线城市新建商品住宅和二手住宅销售价格环比分别下降0.3%和0.5%，"
           "降幅分别比上月收窄0.2个和0.1个百分点。\n")
    found = [m for m in metrics_after(raw, "二线") if m.unit == "百分点"]
    assert [m.indicator for m in found] == [
        "二线城市新建商品住宅销售价格降幅", "二线城市二手住宅销售价格降幅"]
