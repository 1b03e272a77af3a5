"""Session 24: rounds 38 and 39's blind misses on detection, units and text tables (h116-h121: a
procuratorate's work report, a province's release with a text table, a city's talent measures,
Macau's GDP release with a quarter table, a flood season's climate bulletin, an exchange's
monthly statistics), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.records import Metric
from tests.domain.metrics.support import by_quote, cand, candidate_quotes, metrics

_DOC = date(2025, 11, 14)


def _found(texts):
    return by_quote(metrics(texts, doc=_DOC, home=None))


# a weather network's counts summed over its stations


def test_station_days_and_station_reports_are_units():
    text = "全市共出现大雨58站日，较常年偏多12站日；雷暴大风46站次，共有15站次日最高气温突破38℃。"
    assert {q: (cand(text, q).unit, cand(text, q).value) for q in candidate_quotes(text)
            if "站" in q} == {"58站日": ("站日", 58), "12站日": ("站日", 12),
                              "46站次": ("站次", 46), "15站次": ("站次", 15)}


def test_a_station_before_a_daily_word_is_no_unit():
    assert candidate_quotes("地铁5站日均客流为2万人次。") == ["2万人次"]


def test_reports_at_stations_are_flows_of_the_span():
    found = _found(["汛期全省共出现冰雹天气27站次。"])
    assert found["27站次"].kind == "actual"


# a small Chinese count of events after a verb of occurrence


def test_events_that_occurred_are_counted_in_chinese_numerals():
    assert candidate_quotes("7月上旬出现三次区域性强降雨过程，全省发生两场沙尘天气。") == [
        "三次", "两场"]


def test_a_small_chinese_count_of_sessions_still_names_a_meeting():
    assert candidate_quotes("会议审议了三次会议的决议。") == []


# a rate of change, then the level reached after 至


def test_a_rate_then_the_level_it_reached_are_two_figures():
    text = "访港旅客按年上升8.6%至2,350.2万人次。"
    assert candidate_quotes(text) == ["8.6%", "2,350.2万人次"]
    assert (cand(text, "8.6%").unit, cand(text, "2,350.2万人次").value) == ("%", 2350.2)


def test_a_range_of_rates_still_ends_in_percent():
    assert cand("预计增速为4.5%至5%。", "4.5%至5%").value_high == 5


# lengths of time that measure nothing


def test_the_days_a_named_period_holds_are_no_figure():
    assert candidate_quotes("9月份共有21个交易日（中秋节休市1天）。本月共20个工作日。") == []


def test_days_counted_by_what_happened_on_them_stay_figures():
    assert candidate_quotes("全年共有28个交易日成交额超过1万亿元。") == ["28个", "超过1万亿元"]
    assert candidate_quotes("全年职工人均休假5天。") == ["5天"]  # (a mean taken, no break)


def test_a_rule_s_longest_term_after_a_grant_is_no_figure():
    assert candidate_quotes("对青年人才按每月1500元给予生活补贴，最长24个月。") == ["1500元"]


def test_a_measured_maximum_beside_its_mean_stays_a_figure():
    assert candidate_quotes("商品住宅平均去化周期为18个月，最长30个月。") == ["18个月", "30个月"]


# text tables: a title naming rates of change in %, a monthly table's columns, a row's note


def _table_rows(raw: str, doc: date) -> list[Metric]:
    start = raw.index("\n", raw.index("\t")) + 1  # (the first row after the head)
    found = analyse_document(raw, published_on=doc).metrics
    return sorted((m for m in found if m.char_start >= start), key=lambda m: m.char_start)


_QUARTERS = ("　　第三季入境旅客按年上升5.2%。\n\n"
             "表二：主要開支組成部分實質變動率（按年，%）\n"
             "項目\t2024年第三季\t2024年第四季\t2025年第一季\n"
             "私人消費支出\t1.5\t-0.8\t2.2\n"
             "貨物出口\t-3.1\t4.0\t6.6\n\n")


def test_a_title_of_rates_of_change_in_percent_makes_period_columns_growth_rates():
    rows = _table_rows(_QUARTERS, date(2025, 5, 30))
    assert [(m.quote, m.unit, m.indicator, m.kind, m.period_text) for m in rows] == [
        ("1.5", "%", "私人消费支出", "growth_rate", "2024年第三季"),
        ("-0.8", "%", "私人消费支出", "growth_rate", "2024年第四季"),
        ("2.2", "%", "私人消费支出", "growth_rate", "2025年第一季"),
        ("-3.1", "%", "货物出口", "growth_rate", "2024年第三季"),
        ("4.0", "%", "货物出口", "growth_rate", "2024年第四季"),
        ("6.6", "%", "货物出口", "growth_rate", "2025年第一季"),
    ]


_MONTHLY = ("　　9月份市场运行平稳。\n\n"
            "　　附表：主要统计指标（2025年9月）\n\n"
            "指标\t本月\t本年累计\t本年累计同比增长（%）\n"
            "首发募集资金（亿元）\t41.2\t402.7\t18.5\n"
            "债券发行金额（亿元）\t2310\t21750\t9.4\n\n")


def test_a_monthly_table_dates_this_month_and_the_year_to_its_end():
    rows = _table_rows(_MONTHLY, date(2025, 10, 10))
    sep = (date(2025, 9, 1), date(2025, 9, 30))
    to_sep = (date(2025, 1, 1), date(2025, 9, 30))
    assert [(m.quote, m.period_text, (m.period_start, m.period_end)) for m in rows] == [
        ("41.2", "本月", sep), ("402.7", "本年累计", to_sep), ("18.5", "本年累计", to_sep),
        ("2310", "本月", sep), ("21750", "本年累计", to_sep), ("9.4", "本年累计", to_sep)]


def test_a_row_s_note_of_what_it_leaves_out_is_no_part_of_its_name():
    raw = ("2025年1-6月主要经济指标\n\n"
           "指标\t单位\t绝对数\t比上年同期增长(%)\n"
           "固定资产投资（不含农户）\t—\t—\t-1.8\n"
           "社会消费品零售总额\t亿元\t4120.5\t3.9\n\n")
    rows = _table_rows(raw, date(2025, 7, 20))
    assert [m.indicator for m in rows] == [
        "固定资产投资", "社会消费品零售总额", "社会消费品零售总额"]


# a 分别 list of a grant's amounts per class: named by what is granted


def test_a_grant_per_class_is_named_by_what_it_grants():
    found = _found(["对入选的领军人才，按甲、乙、丙三类分别给予300万元、200万元、80万元创业资助。",
                    "经认定的国家级、省级平台，分别给予100万元、50万元资助。"])
    assert {q: m.indicator for q, m in found.items()} == {
        "300万元": "创业资助", "200万元": "创业资助", "80万元": "创业资助",
        "100万元": "资助", "50万元": "资助"}


def test_a_list_of_results_still_names_its_items():
    found = _found(["甲市、乙市分别实现地区生产总值300亿元、200亿元。"])
    assert found["300亿元"].indicator.endswith("地区生产总值")


def test_items_of_one_kind_share_the_measure_the_last_runs_on_into():
    found = _found(["白马湖、青龙湖年末蓄水量分别为2.16亿立方米和1.35亿立方米。"])
    assert [found[q].indicator for q in ("2.16亿立方米", "1.35亿立方米")] == [
        "白马湖蓄水量", "青龙湖蓄水量"]


def test_a_last_item_that_goes_on_with_a_conjunction_is_no_shared_measure():
    found = _found(["其中货物贸易、服务贸易及其他经常项目分别为1.02万亿元、0.33万亿元。"])
    assert found["1.02万亿元"].indicator == "货物贸易"


def test_rates_per_class_after_an_by_are_named_by_the_grant_after_them():
    found = _found(["对新引进的青年人才，按博士每月3000元、硕士每月1500元给予生活补贴。"])
    assert [found[q].indicator for q in ("3000元", "1500元")] == ["生活补贴", "生活补贴"]


def test_amounts_of_a_clause_not_opening_with_an_by_keep_their_names():
    found = _found(["一般公共预算收入1200亿元、政府性基金收入800亿元给予保障。"])
    assert found["1200亿元"].indicator != "保障"


def test_items_opening_alike_share_the_measure_the_last_runs_on_into():
    found = _found(["线上消费提速，在线文娱、在线教育网络零售额分别增长15.2%和9.6%。"])
    assert [found[q].indicator for q in ("15.2%", "9.6%")] == [
        "在线文娱网络零售额", "在线教育网络零售额"]


def test_ranks_in_turn_go_with_items_that_are_no_places():
    found = _found(["华润置地、保利发展销售额分别为412.6亿元和398.1亿元，分列第一、第二位。"])
    assert found["第一"].indicator.startswith("华润置地")
    assert found["第二位"].indicator.startswith("保利发展")


def test_a_measure_already_shared_is_not_shared_again():
    found = _found(["农业用水量、工业用水量、生态环境补水量分别为127.4亿立方米、27.7亿立方米"
                    "和9.2亿立方米。"])
    assert found["127.4亿立方米"].indicator == "农业用水量"


def test_a_monthly_table_s_year_budget_column_is_the_whole_year():
    raw = ("　　10月份财政收支平稳。\n\n"
           "　　附表：财政收支情况（2025年9月）\n\n"
           "指标\t本月\t本年预算数\t本年累计\t本年累计同比增长（%）\n"
           "一般公共预算收入（亿元）\t52.1\t720.0\t531.6\t3.2\n\n")
    rows = _table_rows(raw, date(2025, 10, 15))
    assert [(m.quote, m.period_end) for m in rows] == [
        ("52.1", date(2025, 9, 30)), ("720.0", date(2025, 12, 31)), ("531.6", date(2025, 9, 30)),
        ("3.2", date(2025, 9, 30))]


# rounds 40-41: a decimal place, a class of households by size, a rule's step per one more head


def test_a_decimal_place_is_no_rank():
    assert candidate_quotes("各项指数均按四舍五入取至小数点第一位。") == []


def test_households_of_a_size_and_a_step_per_one_more_head_are_no_counts():
    text = "户籍人口4人及以上的家庭，每增加1人，年用水量基数增加30立方米。"
    assert candidate_quotes(text) == ["30立方米"]
    assert candidate_quotes("全市新增就业1人以上的企业有320家。") == ["1人以上", "320家"]


# rounds 40-41: ratios and index levels with no unit


def test_a_ratio_value_and_its_change_are_figures():
    assert candidate_quotes("城乡居民人均收入比值为2.41，比上年缩小0.06。") == ["2.41", "0.06"]


def test_a_rate_moved_between_two_dated_levels_is_read_at_both():
    text = "亿元地区生产总值生产安全事故死亡率由2020年的0.041下降至2024年的0.022。"
    assert candidate_quotes(text) == ["0.041", "0.022"]


def test_an_index_level_by_its_latin_name_is_a_figure():
    assert candidate_quotes("9月份PPI为98.12，较上月跌0.2%。") == ["98.12", "0.2%"]
