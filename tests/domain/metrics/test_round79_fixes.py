"""Round 79's fixes (h239-h241: a provincial climate bulletin, a provincial emergency
department's news on a typhoon's losses and relief, a city's water resources bulletin), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number

_RESERVOIRS = (
    "2025年某市水资源公报\n\n"
    "表2　2025年某市主要水库蓄水情况　　单位：万立方米\n"
    "水库名称\t总库容\t年初蓄水量\t年末蓄水量\t增减\n"
    "白沙水库\t2740\t1212\t1308\t96\n"
    "红石水库\t5150\t2467\t2392\t-75\n"
)


def test_a_forms_title_unit_gives_every_cell_its_unit():
    found = document_by_number(_RESERVOIRS, date(2026, 6, 1))
    for quote in ("2740", "1212", "1308", "96", "-75"):
        assert (found[quote].unit_raw, found[quote].unit) == ("万立方米", "立方米"), quote


def test_a_forms_capacity_and_change_columns_keep_its_cells_named_row_then_column():
    found = document_by_number(_RESERVOIRS, date(2026, 6, 1))
    assert found["2740"].indicator == "白沙水库总库容"
    assert found["1212"].indicator == "白沙水库年初蓄水量"
    assert found["1308"].indicator == "白沙水库年末蓄水量"
    # 增减: the change of the measure before it, at its day, no stock
    assert found["96"].indicator == "白沙水库年末蓄水量"
    assert found["-75"].kind == "actual"
    assert (found["-75"].period_start, found["-75"].period_end) == (
        date(2025, 12, 31), date(2025, 12, 31))


def test_a_stock_under_a_year_start_column_is_at_the_years_first_day():
    found = document_by_number(_RESERVOIRS, date(2026, 6, 1))
    assert found["1212"].kind == "count_total"
    assert (found["1212"].period_start, found["1212"].period_end) == (
        date(2025, 1, 1), date(2025, 1, 1))


def test_the_year_a_record_is_second_to_dates_nothing_after_it():
    text = ("2024年，全市年平均气温17.2℃，为有气象记录以来第二高（仅次于2023年）；年降水量"
            "1320.5毫米，较常年偏多8.4%。")
    found = document_by_number(text, date(2025, 1, 15))
    assert (found["1320.5毫米"].period_start, found["1320.5毫米"].period_end) == (
        date(2024, 1, 1), date(2024, 12, 31))
    # the year's own figure after it stays that year's
    own = document_by_number("2024年全市年平均气温为17.2℃，僅次於2019年的17.6℃。",
                             date(2025, 1, 15))
    assert own["17.6℃"].period_start == date(2019, 1, 1)


def test_a_plans_goal_met_names_no_span_for_what_follows():
    text = ("2025年，全市万元地区生产总值用水量12.6立方米，较2020年下降20.1%，"
            "完成“十四五”控制目标。城镇居民人均生活用水量131升/日。")
    found = document_by_number(text, date(2026, 6, 1))
    assert (found["131升/日"].period_start, found["131升/日"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))


def test_a_day_opening_a_sentence_before_the_homes_whole_dates_its_figures():
    text = ("18日以来，全市累计转移群众2.6万人。受台风影响，9月19日全市停运公交线路86条，"
            "取消航班126架次。")
    found = document_by_number(text, date(2025, 9, 21))
    for quote in ("86条", "126架次"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 9, 19), date(2025, 9, 19)), quote
    assert found["86条"].indicator == "停运公交线路"


def test_later_departures_of_a_list_take_the_figures_period():
    text = ("2025年某市气候公报\n\n　　一、气温\n\n　　东部、西部年平均气温分别为16.2℃和17.4℃，"
            "分别较常年偏高0.8℃和0.6℃。")
    found = document_by_number(text, date(2026, 1, 20))
    for quote in ("0.8℃", "0.6℃"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 1, 1), date(2025, 12, 31)), quote


def test_the_plum_rain_season_is_one_period_word():
    text = "2025年某省气候公报\n\n　　梅汛期（6月15日—7月10日）全省平均梅雨量312.4毫米。"
    found = document_by_number(text, date(2026, 1, 20))
    assert found["312.4毫米"].indicator == "平均梅雨量"
    assert (found["312.4毫米"].period_start, found["312.4毫米"].period_end) == (
        date(2025, 6, 15), date(2025, 7, 10))


def test_a_rank_after_the_records_scope_alone_ranks_the_figure_before():
    text = ("2024年，全市年平均气温17.6℃，为1961年有气象记录以来历史第三高；全市平均高温日数"
            "28.4天，为历史同期第二多。")
    found = document_by_number(text, date(2025, 1, 15))
    assert found["第三"].indicator == "年平均气温"
    assert found["第二"].indicator == "平均高温日数"
    assert (found["第二"].period_start, found["第二"].period_end) == (
        date(2024, 1, 1), date(2024, 12, 31))


def test_a_tolls_cause_and_the_homes_whole_are_no_part_of_its_name():
    found = document_by_number("2024年，全年气象灾害共造成全市直接经济损失12.4亿元。",
                               date(2025, 1, 15))
    assert found["12.4亿元"].indicator == "直接经济损失"
    found = document_by_number("截至20日18时，台风造成全市停电用户18.6万户。",
                               date(2025, 9, 21))
    assert found["18.6万户"].indicator == "停电用户"
    found = document_by_number("2024年共有4个台风影响我市。", date(2025, 1, 15))
    assert found["4个"].indicator == "台风影响"


def test_a_since_span_opening_a_later_task_dates_that_task_alone():
    text = ("2025年某市水资源公报\n\n　　一、水资源量\n　　全年引江工程向我市供水3.12亿立方米，"
            "较上年增加0.21亿立方米；自2016年6月通水以来累计供水26.4亿立方米。全市引黄水量"
            "4.05亿立方米。")
    found = document_by_number(text, date(2026, 6, 18))
    assert found["26.4亿立方米"].indicator == "供水"  # (自 opens the since-span)
    assert found["26.4亿立方米"].period_start == date(2016, 6, 1)
    assert (found["4.05亿立方米"].period_start, found["4.05亿立方米"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))


def test_shares_of_a_yearly_flow_the_sentence_gave_are_of_the_reports_year():
    text = ("2025年某市水资源公报\n\n　　三、供用水\n　　全市供水总量18.32亿立方米，其中地表水"
            "供水量9.60亿立方米，地下水供水量8.72亿立方米，分别占供水总量的52.4%和47.6%。")
    found = document_by_number(text, date(2026, 6, 18))
    for quote in ("52.4%", "47.6%"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 1, 1), date(2025, 12, 31)), quote


def test_frame_words_a_name_opens_with_or_holds_are_no_part_of_it():
    text = ("截至21日8时，沿海各地累计转移渔民2.2万人；全市消防救援队伍共出动指战员1260人次；"
            "估损金额1.2亿元，已预赔付1800万元。")
    found = document_by_number(text, date(2025, 9, 21))
    assert found["2.2万人"].indicator == "转移渔民"
    assert found["1260人次"].indicator == "消防救援队伍出动指战员"
    assert found["1800万元"].indicator == "预赔付"
    found = document_by_number(
        "2025年，引江工程向我市供水2.4亿立方米，主要是生态补水增加0.3亿立方米。", date(2026, 6, 1))
    assert found["2.4亿立方米"].indicator == "引江工程供水"
    assert found["0.3亿立方米"].indicator == "生态补水"


def test_a_day_opening_a_later_clause_before_the_homes_whole_dates_it():
    text = "7月10日至8月10日，全市出现持续高温天气，8月2日全市高温范围达12个区县。"
    found = document_by_number(text, date(2026, 1, 16))
    assert (found["12个"].period_start, found["12个"].period_end) == (
        date(2025, 8, 2), date(2025, 8, 2))
