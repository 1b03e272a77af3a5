"""Kinds, periods and subjects of classes of phrasing the held-out set still missed after its
rounds 29-32 (session 23). Short sentences written for each class in the genre's manner, not
the set's documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number, metrics, period_dates

POWER_RELEASE = """1-10月全国电力工业统计数据

1-10月，全国发电设备累计平均利用小时2410小时，比上年同期降低120小时。其中，水电2980小时，比上年同期降低85小时；核电6120小时，比上年同期增加40小时；风电1570小时，比上年同期降低96小时。
"""


def test_the_parts_of_a_running_total_after_its_change_are_running_totals() -> None:
    """累计平均利用小时2410小时，比上年同期降低120小时。其中，水电2980小时…；核电…；风电…: each
    part, past each ；, is counted as the total it breaks down; the changes stay changes."""
    found = document_by_number(POWER_RELEASE, date(2025, 11, 20))
    assert found["2410小时"].kind == "count_total"
    for part in ("2980小时", "6120小时", "1570小时"):
        assert found[part].kind == "count_total", part
    for change in ("85小时", "40小时", "96小时"):
        assert found[change].kind == "actual", change


REVIEW = """县政府工作报告

一、过去五年工作回顾

五年来，全县经济稳中有进。全县工业总产值从2018年的512亿元增加到2023年的736亿元，年均增长7.5%；税收收入突破60亿元，年均增长6.2%。
"""


def test_a_yearly_average_after_a_level_moved_between_two_years_runs_over_the_years_between(
) -> None:
    """从2018年的512亿元增加到2023年的736亿元，年均增长7.5%: the years it grew over (2019-2023),
    not 2023 alone; the next yearly average past the ； goes on with them; the levels keep their
    own years."""
    found = document_by_number(REVIEW, date(2024, 1, 15))
    grown = (date(2019, 1, 1), date(2023, 12, 31))
    assert period_dates(found["7.5%"]) == grown
    assert period_dates(found["6.2%"]) == grown
    assert period_dates(found["736亿元"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert period_dates(found["512亿元"]) == (date(2018, 1, 1), date(2018, 12, 31))


AUCTION_NEWS = """西安土拍：5宗地块揽金61.2亿元

2025-11-20 17:30　来源：华商网

11月20日，西安市自然资源和规划局组织国有建设用地使用权拍卖，共推出5宗地块，全部成交。

高新区丈八片区的GX3-25-18地块竞争最为激烈。该地块面积48.6亩，起始价12.4亿元，9家企业参与竞买，经过31轮竞价，最终以15.2亿元成交，溢价率22.6%。
"""


def test_a_plot_introduced_in_a_bare_zone_takes_that_zone_through_its_anaphor() -> None:
    """高新区丈八片区的…地块竞争最为激烈。该地块面积48.6亩…: the zone the sentence before opens
    with (written bare: the city's own) is where the plot lies, its figures' subject."""
    found = document_by_number(AUCTION_NEWS, date(2025, 11, 20))
    for quote in ("48.6亩", "12.4亿元", "9家", "15.2亿元", "22.6%"):
        assert found[quote].subject == "高新区", quote


ZONE_REVIEW = """施政报告

前海深港现代服务业合作区建设稳步推进。合作区内港资企业累计达到3,200家，较去年底增加450家。
"""


def test_a_zone_written_bare_after_its_full_name_is_that_zone() -> None:
    """前海深港现代服务业合作区建设稳步推进。合作区内港资企业累计达到3,200家: the short form at the
    sentence's head stands for the zone the sentence before names in full."""
    found = document_by_number(ZONE_REVIEW, date(2025, 10, 15))
    for quote in ("3,200家", "450家"):
        assert found[quote].subject == "前海深港现代服务业合作区", quote


def test_a_nameless_figure_only_converted_into_another_unit_is_no_row() -> None:
    """注：…按月末金价折算，1盎司约合31.1035克，2264万盎司约合704吨: the reserve the text gave
    before, restated in tonnes; its ounces there are no second figure (a named figure converted,
    人均地区生产总值20.93万元，折合2.94万美元, keeps its row)."""
    found = metrics(["注：黄金储备按月末金价折算，1盎司约合31.1035克，2264万盎司约合704吨。",
                     "人均地区生产总值20.93万元，折合2.94万美元。"])
    quotes = [m.quote for m in found]
    assert "2264万盎司" not in quotes
    assert "20.93万元" in quotes


CIVIL_BULLETIN = """2024年某市民政事业发展统计公报

发布时间：2025-05-20　来源：市民政局

年末全市共有城市低保对象3.2万人，比上年末减少0.3万人；城市低保平均保障标准为850元/人·月，比上年增长5.0%。特困人员基本生活标准为1105元/人·月，比上年提高4.2%。
"""


def test_the_rise_of_a_standard_at_the_year_end_is_of_that_day() -> None:
    """年末…城市低保平均保障标准为850元/人·月，比上年增长5.0%: a standard in force at the year's
    end, a level; its rise is dated as the level is, the year's last day, not the year."""
    found = document_by_number(CIVIL_BULLETIN, date(2025, 5, 20))
    year_end = (date(2024, 12, 31), date(2024, 12, 31))
    assert period_dates(found["850元/人·月"]) == year_end
    assert period_dates(found["5.0%"]) == year_end


FARM_SUMMARY = """某县2025年农业农村工作总结

（2025年12月16日）

一、主要成效

全年新建高标准农田2.1万亩，累计建成高标准农田56.3万亩，占全县耕地面积的78.2%；新增高效节水灌溉面积0.6万亩。
"""


def test_a_share_of_a_running_stock_just_given_is_of_its_day() -> None:
    """累计建成高标准农田56.3万亩，占全县耕地面积的78.2%: the share of the stock built to date, at
    the stock's day (the bare 累计: the text's date), not the year of the flow opening the
    sentence."""
    found = document_by_number(FARM_SUMMARY, date(2025, 12, 16))
    stock = period_dates(found["56.3万亩"])
    assert stock == (date(2025, 12, 16), date(2025, 12, 16))
    assert period_dates(found["78.2%"]) == stock
    assert period_dates(found["2.1万亩"]) == (date(2025, 1, 1), date(2025, 12, 31))


METRO_NEWS = """某市地铁10月运营情况

发布时间：2025-11-06　来源：市地铁集团

2025年以来，全市新开通线路2条，新增运营里程31.5公里；无人驾驶线路达到3条，里程92.4公里。
"""


def test_a_measure_of_a_stock_given_bare_after_it_is_that_stock_s() -> None:
    """无人驾驶线路达到3条，里程92.4公里: the counted lines' length, a stock undated as the count,
    not a flow of the 以来 span the sentence opens with (新增运营里程31.5公里 stays one)."""
    found = document_by_number(METRO_NEWS, date(2025, 11, 6))
    lines, length = found["3条"], found["92.4公里"]
    assert (length.kind, period_dates(length)) == (lines.kind, period_dates(lines))
    assert length.kind == "count_total"
    assert found["31.5公里"].kind == "actual"


def test_a_running_total_of_counted_doers_goes_on_in_the_next_clause() -> None:
    """全省26个技能培训基地累计开展公益培训380余场次，培训新就业形态劳动者2.3万人次: the doers,
    counted, before 累计; the next clause counts on under it, a running total too."""
    found = {m.quote: m for m in metrics(
        ["全省26个技能培训基地累计开展公益培训380余场次，培训新就业形态劳动者2.3万人次。"],
        home="福建省")}
    assert found["380余场次"].kind == "count_total"
    assert found["2.3万人次"].kind == "count_total"


HOLIDAY_RIDERSHIP = """某市地铁国庆假期客流

发布时间：2025-10-09　来源：市地铁集团

国庆中秋假期8天，全市地铁累计运送乘客3862.4万乘次，日均482.8万乘次；其中10月3日客运量最高，达567.5万乘次。
"""


def test_a_part_of_a_running_total_with_a_day_of_its_own_is_that_day_s_flow() -> None:
    """累计运送乘客3862.4万乘次…；其中10月3日客运量最高，达567.5万乘次: the day after 其中 is the
    part's own period; its figure is that day's flow, no part of the running total."""
    found = document_by_number(HOLIDAY_RIDERSHIP, date(2025, 10, 9))
    assert found["3862.4万乘次"].kind == "count_total"
    day = found["567.5万乘次"]
    assert day.kind == "actual"
    assert period_dates(day) == (date(2025, 10, 3), date(2025, 10, 3))


RECORD_NEWS = """某市地铁客流创新高

发布时间：2025-11-05　来源：市地铁集团

10月24日，线网客运量达836.7万乘次，创历史新高，这也是今年以来线网客运量第3次刷新纪录，较此前纪录（9月30日的812.2万乘次）有所增加。
"""


def test_the_base_of_a_comparison_after_its_day_and_de_is_of_that_day() -> None:
    """较此前纪录（9月30日的812.2万乘次）: the record's own day, though a comparison's base is no
    period of the sentence (not the 今年以来 span the sentence names)."""
    found = document_by_number(RECORD_NEWS, date(2025, 11, 5))
    assert period_dates(found["812.2万乘次"]) == (date(2025, 9, 30), date(2025, 9, 30))


LABOUR_RELEASE = """最新勞動人口統計數字

2025年12月17日（星期三）

失業率在2025年9月至11月的整體水平，與一年前的3.1%比較，上升0.6個百分點。
"""


def test_a_level_a_year_before_is_of_the_same_span_a_year_earlier() -> None:
    """與一年前的3.1%比較: the same three months a year before (as 去年同期的), not the months the
    sentence reports."""
    found = document_by_number(LABOUR_RELEASE, date(2025, 12, 17))
    assert period_dates(found["3.1%"]) == (date(2024, 9, 1), date(2024, 11, 30))


HRSS_BULLETIN = """2024年某县人力资源和社会保障事业发展统计公报

发布时间：2025-04-10　来源：县人社局

年末全县农村劳动力转移就业28.4万人。新发放创业担保贷款1.52亿元，扶持创业912人。
"""


def test_loans_newly_made_after_a_year_end_sentence_are_the_year_s() -> None:
    """年末…转移就业28.4万人。新发放创业担保贷款1.52亿元: loans made in the year, a flow of the
    year, though 贷款 names a balance too; the stock before keeps the year's end."""
    found = document_by_number(HRSS_BULLETIN, date(2025, 4, 10))
    assert period_dates(found["1.52亿元"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["28.4万人"]) == (date(2024, 12, 31), date(2024, 12, 31))


IP_RELEASE = """省知识产权局发布2024年知识产权主要统计数据

来源：省知识产权局　发布时间：2025-01-20 10:00

2024年，全省发明专利授权量达到1.2万件。

从地域看，成都每万人口高价值发明专利拥有量为52.3件，居全省首位，绵阳、德阳分别为21.6件和18.2件。
"""


def test_a_density_of_things_held_in_a_yearly_release_stays_undated() -> None:
    """每万人口高价值发明专利拥有量为52.3件 in a release on a year, in a paragraph with no time of
    its own: a stock per head, left undated as the release's stocks are, not the year's flow
    (授权量达到1.2万件, the year's)."""
    found = document_by_number(IP_RELEASE, date(2025, 1, 20))
    for quote in ("52.3件", "21.6件", "18.2件"):
        assert period_dates(found[quote]) == (None, None), quote
    assert period_dates(found["1.2万件"]) == (date(2024, 1, 1), date(2024, 12, 31))


def _kinds_and_periods(texts: list[str], doc: date) -> dict[str, tuple[str, date | None]]:
    """Each number's kind and period start, by quote."""
    return {m.quote: (m.kind, m.period_start) for m in metrics(texts, doc, home="澳门")}


def test_a_benefit_set_per_head_is_a_rule_s_rate_whenever_it_took_effect() -> None:
    """向每名永久性居民发放8,000澳门元, 敬老金调升至每人每年9,500澳门元, 津贴调升至每班每年
    120万澳门元, 学员每月可获4,500澳门元津贴, 今年起育儿津贴每月最高提高至6,000元: a rate per
    head (per pupil, per class, per month), no amount of any span nor a goal: other, undated."""
    found = _kinds_and_periods([
        "特区政府继续推行现金分享计划，向每名永久性居民发放8,000澳门元。",
        "敬老金金额调升至每人每年9,500澳门元，受惠长者约12万名。",
        "特区政府将免费教育津贴调升至每班每年120万澳门元。",
        "明年提供不少于2,000个培训名额，学员每月可获4,500澳门元津贴。",
        "今年起0至6岁育儿津贴每月最高提高至6,000元。"], date(2025, 11, 14))
    for quote in ("8,000澳门元", "9,500澳门元", "120万澳门元", "4,500澳门元", "6,000元"):
        assert found[quote] == ("other", None), quote


def test_a_rule_s_rate_goes_on_for_the_next_class_but_not_to_the_sum_paid() -> None:
    """…发放8,000澳门元，非永久性居民4,000澳门元，涉及开支约60亿澳门元: the next class's rate
    (its bare name before it) is the same rule's; the scheme's spending a result. …标准为1900元/
    人·月，社会散居孤儿为1400元/人·月: the standard of another class."""
    found = _kinds_and_periods([
        "特区政府继续推行现金分享计划，向每名永久性居民发放8,000澳门元，非永久性居民4,000澳门元，"
        "涉及开支约60亿澳门元。",
        "集中养育孤儿基本生活最低养育标准为1900元/人·月，社会散居孤儿为1400元/人·月。"],
        date(2025, 11, 14))
    assert found["4,000澳门元"] == ("other", None)
    assert found["1400元/人·月"] == ("other", None)
    assert found["约60亿澳门元"][0] == "actual"


WEATHER_REVIEW = """二〇二四年天氣回顧

天文台今日發表二〇二四年天氣回顧。

全年總日照時數為1,850.2小時，較正常多約1%。

二〇二四年主要氣象數據（天文台總部）：
年平均氣溫：24.0°C（正常：23.5°C）
年總雨量：2,650.1毫米（正常：2,431.2毫米）
年平均相對濕度：79%（正常：78%）
"""


def test_a_share_named_as_the_year_s_mean_in_a_yearly_review_is_of_the_year() -> None:
    """年平均相對濕度：79% in a review of 二〇二四年: a mean over the year, the year's (the
    review's undated shares stay undated, not this one); the normal beside it stays none."""
    found = document_by_number(WEATHER_REVIEW, date(2025, 1, 6))
    assert period_dates(found["79%"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["78%"]) == (None, None)


def test_a_change_from_last_year_end_right_after_a_stock_is_up_to_the_stock_s_day() -> None:
    """合作区内港资企业累计达到3,200家，较去年底增加450家: the stock's change since the last
    balance day, up to the stock's day (the bare 累计: the text's), not a flow of the year."""
    found = document_by_number(ZONE_REVIEW, date(2025, 10, 15))
    stock = period_dates(found["3,200家"])
    assert stock == (date(2025, 10, 15), date(2025, 10, 15))
    assert period_dates(found["450家"]) == stock
