"""Session 31's fixes of known misses: each holiday word names its own holiday (清明档 and 端午档
in a report on 国庆档 are dated by their own days off), 五一 / 十一 before a holiday word are the
holiday's name (no 51, no 11), “十一”黄金周 is the national day's holiday, and a holiday named
as a cause (受国庆黄金周带动) dates nothing."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.text_events import holiday_name

OCT_9 = date(2025, 10, 9)


def found(text: str, published_on: date = OCT_9) -> dict[str, tuple]:
    return {m.quote: (m.value, m.indicator, m.period_start, m.period_end)
            for m in analyse_document(text, published_on=published_on).metrics}


def test_a_holiday_word_names_the_holiday_the_schedule_lists():
    assert holiday_name("国庆中秋假期") == "国庆"
    assert holiday_name("中秋国庆假期") == "国庆"  # a joined holiday by the one listed
    assert holiday_name("劳动节假期") == "五一"
    assert holiday_name("“十一”黄金周") == "国庆"
    assert holiday_name("清明档") == "清明"
    assert holiday_name("暑期档") == "暑期"
    assert holiday_name("档期内") is None


def test_other_holidays_named_in_a_report_on_one_are_dated_by_their_own_days():
    got = found("国庆档（10月1日至8日）全国电影票房52.6亿元。回顾今年各档期，清明档票房1.92亿元，"
                "五一档票房7.48亿元，端午档票房4.63亿元。")
    assert got["52.6亿元"][2:] == (date(2025, 10, 1), date(2025, 10, 8))
    assert got["1.92亿元"][2:] == (date(2025, 4, 4), date(2025, 4, 6))
    assert got["7.48亿元"][2:] == (date(2025, 5, 1), date(2025, 5, 5))
    assert got["4.63亿元"][2:] == (date(2025, 5, 31), date(2025, 6, 2))


def test_a_named_holiday_is_dated_without_a_holiday_of_the_text():
    got = found("今年端午假期，全市接待游客320万人次。清明档全市电影票房2100万元。")
    assert got["320万人次"][2:] == (date(2025, 5, 31), date(2025, 6, 2))
    assert got["2100万元"][2:] == (date(2025, 4, 4), date(2025, 4, 6))


def test_may_day_and_national_day_by_their_dates_are_names_not_numbers():
    got = found("五一档电影票房突破7亿元。“十一”黄金周全市接待游客1500万人次。"
                "十一长假期间，全市实现旅游收入120亿元。")
    assert set(got) == {"突破7亿元", "1500万人次", "120亿元"}
    assert got["突破7亿元"][2:] == (date(2025, 5, 1), date(2025, 5, 5))
    assert got["1500万人次"][1:] == ("接待游客", date(2025, 10, 1), date(2025, 10, 8))
    assert got["120亿元"][2:] == (date(2025, 10, 1), date(2025, 10, 8))


def test_numbers_that_only_look_like_a_holiday_stay_numbers():
    got = found("全市第二十一届运动会共设比赛项目31个。公司全年实现营业收入十一亿元。")
    assert got["31个"][2] is None  # (二十一 is no 十一 holiday)
    assert got["十一亿元"][0] == 11


def test_a_holiday_named_as_a_cause_dates_nothing():
    got = found("10月入境旅客320万人次，主要受国庆黄金周带动。不过夜旅客196万人次，上升14.2%。",
                date(2025, 11, 20))
    assert got["196万人次"][2:] == (date(2025, 10, 1), date(2025, 10, 31))


def test_the_schedule_lists_2026_and_the_new_year_and_mid_autumn_holidays():
    got = found("元旦假期，全市接待游客85万人次。中秋假期，全市接待游客120万人次。",
                date(2026, 10, 9))
    assert got["85万人次"][2:] == (date(2026, 1, 1), date(2026, 1, 3))
    assert got["120万人次"][2:] == (date(2026, 9, 25), date(2026, 9, 27))
    got = found("端午档全国电影票房4.1亿元。", date(2026, 6, 25))
    assert got["4.1亿元"][2:] == (date(2026, 6, 19), date(2026, 6, 21))


def test_a_threshold_crossed_is_named_by_what_crossed_it():
    # (跨越 / 迈上 a level, 先后 / 相继 over the years: the link, not the name; as 突破's 迈上)
    got = found("“十四五”时期，全市经济总量先后跨越5000亿元、6000亿元两个台阶。"
                "全省进出口总额相继迈过3000亿元大关。", date(2026, 1, 25))
    assert {q: v[1] for q, v in got.items()} == {
        "5000亿元": "经济总量", "6000亿元": "经济总量", "3000亿元": "进出口总额"}


def test_a_limit_named_as_the_base_is_the_limits_level_not_a_gap_below_it():
    got = found("截至9月底，全市政府债务率为36.2%，低于法定上限50%；增速低于预期目标0.5个百分点。")
    assert got["50%"][0] == 50 and got["0.5个百分点"][0] == -0.5
    kinds = {m.quote: m.kind for m in analyse_document(
        "全市政府债务率为36.2%，低於警戒線100%。", published_on=OCT_9).metrics}
    assert kinds == {"36.2%": "share", "100%": "other"}


def test_a_taiwanese_text_is_not_dated_by_the_mainlands_days_off():
    # (a text counting years by the Minguo calendar, in 新臺幣)
    got = found("中秋連假期間，本市主要景點遊客約182萬人次，觀光產值約新臺幣12億元。"
                "端午假期，遊客約95萬人次。", date(2025, 10, 15))
    assert all(v[2] != date(2025, 5, 31) and v[2] != date(2025, 10, 1) for v in got.values())


def test_a_plan_titled_by_this_year_reads_its_bare_whole_year_as_that_year_in_january():
    # (a January text's 全年 reports last year, unless its title names this year by number: a
    # list of this year's projects; a title's 全年 or 今年 names no year)
    text = ("2026年市级民生实事项目\n\n1.新建改扩建幼儿园15所，新增学位5400个。\n"
            "2.全年空气质量优良天数比例保持在85%以上，PM2.5平均浓度控制在30微克/立方米以内。\n")
    got = {m.quote: (m.kind, m.period_start) for m in analyse_document(
        text, published_on=date(2026, 1, 28)).metrics}
    assert got["85%以上"] == ("target", date(2026, 1, 1))
    assert got["30微克/立方米以内"] == ("target", date(2026, 1, 1))
    text = "全市旅游市场全年回暖\n\n全年接待游客8600万人次，增长8.2%。\n"
    got = {m.quote: (m.kind, m.period_start) for m in analyse_document(
        text, published_on=date(2026, 1, 20)).metrics}
    assert got["8600万人次"] == ("actual", date(2025, 1, 1))


def test_a_bare_proportion_after_a_share_is_that_share():
    # (比例 alone, as 比重 and 占比: the share just named; 补助比例 keeps its own name)
    got = found("其中新增劳动力占寻找工作失业人口的8.2%，比例按季上升1.1个百分点。"
                "补助比例提高到15%。")
    assert got["1.1个百分点"][1] == got["8.2%"][1] == "新增劳动力占寻找工作失业人口"
    assert got["15%"][1] == "补助比例"


def test_a_table_rows_long_name_reaching_into_the_unit_column_keeps_its_row():
    # (one space between a long name and its unit: the row's cells one short of the head's)
    text = ("表2　2025年1-10月全市主要经济指标\n\n"
            "指标名称              单位      1-10月      同比增长（%）\n"
            "社会消费品零售总额        亿元      812.6         4.9\n"
            "城镇居民人均可支配收入（前三季度） 元  38542        4.6\n")
    got = {m.quote: (m.indicator, m.period_end) for m in analyse_document(
        text, published_on=date(2025, 11, 20)).metrics}
    assert got["38542"] == ("城镇居民人均可支配收入", date(2025, 9, 30))
    assert got["812.6"] == ("社会消费品零售总额", date(2025, 10, 31))


def test_the_three_industries_listed_with_three_figures_are_each_named():
    got = found("2025年，全市三次产业增加值分别为215.3亿元、1562.8亿元和2350.5亿元，"
                "分别增长4.1%、6.2%和5.3%。", date(2026, 3, 18))
    assert [got[q][1] for q in ("215.3亿元", "1562.8亿元", "2350.5亿元")] == [
        "第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert got["5.3%"][1] == "第三产业增加值"


def test_a_release_naming_no_place_but_its_regions_own_office_is_that_regions():
    # (政府統計處: Hong Kong's; its bare 億元 are 港元; a currency's name alone is no such mark)
    text = ("政府統計處今日發表的零售業銷貨額臨時估計數字顯示，2025年10月的零售業總銷貨價值臨時估計"
            "為322億元，較2024年同月上升4.4%。")
    units = {m.quote: m.unit for m in analyse_document(
        text, published_on=date(2025, 12, 2)).metrics}
    assert units["322億元"] == "港元"
    units = {m.quote: m.unit for m in analyse_document(
        "人民币对港元汇率中间价为0.91。全国社会消费品零售总额4.2万亿元。",
        published_on=date(2025, 12, 2)).metrics}
    assert units["4.2万亿元"] == "元"
