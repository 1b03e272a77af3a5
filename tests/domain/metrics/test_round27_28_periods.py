"""Blind rounds 27 and 28's period misses (tests/gold/heldout/README.md), a class of phrasing
per test, each on short texts written for it in the genre's manner: a table's number run into
the Minguo year of its title, a day with a rough time of day, a news story's report period, a
market's day after a frame, a running total in a later clause of its sentence, a level of the
week before or of the same week a year before, a deadline, a survey's shares after a
since-span, a span of years counted back from late in a year."""

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import document_by_number as _by_quote
from tests.domain.metrics.support import period_dates as _dates

ORDERS = (
    "經濟部統計處新聞稿\n\n"
    "114年9月外銷訂單統計\n\n"
    "一、外銷訂單：9月外銷訂單金額為612.4億美元，較上年同月增20.7%。\n\n"
    "表1　114年1至9月外銷訂單—按主要貨品別\n"
    "貨品別　金額（億美元）　年增率（%）\n"
    "資訊通信產品　2,076.6　36.2\n"
    "電子產品　1,756.0　22.8\n\n"
    "六、動向指數：9月外銷訂單動向指數為52.4，較上月上升1.3點。\n\n"
    "七、展望：根據受訪廠商預估，10月外銷訂單金額介於600億至640億美元。\n"
)


def test_a_table_number_run_into_a_minguo_year_is_no_year_of_its_own():
    """表1　114年1至9月 loses its space in cleaning (表1114年1至9月): the table's number is not
    part of the year, so the title names 2025 (114 + 1911) as the text's other 114年 do, and the
    later sections' 9月 / 10月 stay in 2025 (they were read in the year 1114)."""
    (span,) = find_periods("表1114年1至9月外销订单", date(2025, 10, 20))
    assert (span.period.start, span.period.end) == (date(2025, 1, 1), date(2025, 9, 30))
    (year,) = find_periods("图32024年各月", date(2025, 10, 20))  # (a year of 19xx / 20xx)
    assert year.period.start == date(2024, 1, 1)
    m = _by_quote(ORDERS, date(2025, 10, 20))
    assert _dates(m["52.4"]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert _dates(m["1.3點"]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert _dates(m["600億至640億美元"]) == (date(2025, 10, 1), date(2025, 10, 31))


SAFETY = (
    "某市应急管理局关于2025年1—6月全市安全生产形势的通报\n\n"
    "一、总体情况\n\n"
    "1—6月，全市共发生各类生产安全事故98起、死亡71人，同比分别下降12.5%和9.0%。\n\n"
    "二、典型事故案例\n\n"
    "5月9日14时35分许，某区一家五金加工企业在吊装作业中发生一起起重伤害事故，造成2人死亡，"
    "直接经济损失约210万元。6月21日凌晨3时左右，某高速公路一辆货车追尾一辆大客车，造成4人受伤。\n"
)


def test_a_day_with_a_rough_time_of_day_dates_its_case():
    """5月9日14时35分许，…造成2人死亡: a case's time of day given roughly (许, 左右) still makes
    its day the moment of what the sentence reports (without 许 it already did): the losses are
    that day's, not the report's half-year."""
    m = _by_quote(SAFETY, date(2025, 7, 15))
    for quote in ("2人", "210万元"):
        assert _dates(m[quote]) == (date(2025, 5, 9), date(2025, 5, 9)), quote
    assert _dates(m["4人"]) == (date(2025, 6, 21), date(2025, 6, 21))
    assert _dates(m["98起"]) == (date(2025, 1, 1), date(2025, 6, 30))


RESULTS = (
    "某某银行上半年净利润增长6.1%\n\n"
    "8月29日晚间，某某银行披露2025年半年度报告。报告期内，该行实现营业收入132.6亿元，"
    "同比增长3.2%。\n\n"
    "资产质量方面，截至报告期末，该行不良贷款余额35.1亿元，不良贷款率1.15%；拨备覆盖率"
    "305.2%。\n"
)


def test_the_report_a_news_story_names_dates_its_report_period_words():
    """A news story on a company's results names the report in its body (披露2025年半年度报告),
    not in its title: 报告期内 is that report's half-year, 截至报告期末 its last day (they
    dated nothing, and the figures fell back on the year)."""
    m = _by_quote(RESULTS, date(2025, 8, 30))
    assert _dates(m["132.6亿元"]) == (date(2025, 1, 1), date(2025, 6, 30))
    for quote in ("35.1亿元", "1.15%", "305.2%"):
        assert _dates(m[quote]) == (date(2025, 6, 30), date(2025, 6, 30)), quote


MARKET = (
    "某某银行2024年净利润增长5.2%\n\n"
    "3月27日晚间，某某银行披露2024年年度报告，全年实现营业收入180.3亿元。\n\n"
    "二级市场上，3月27日某某银行股价收报7.35元/股，上涨1.24%，总市值295.1亿元，今年以来累计"
    "上涨8.3%，最新市净率约0.52倍。\n"
)


def test_a_market_day_after_a_frame_dates_its_close():
    """二级市场上，3月27日…股价收报…: the day opens its sentence after a frame (…上，…方面，) and
    its clause holds a market's close, so it dates the quote (no comma after the day needed),
    not the headline's year."""
    m = _by_quote(MARKET, date(2025, 3, 28))
    for quote in ("7.35元/股", "1.24%", "295.1亿元"):
        assert _dates(m[quote]) == (date(2025, 3, 27), date(2025, 3, 27)), quote
    assert _dates(m["180.3亿元"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_running_total_in_a_later_clause_dates_that_clause_only():
    """…收报7.35元/股，…，今年以来累计上涨8.3%，最新市净率约0.52倍: the running total's span dates
    its own clause; the level in the clause after it (no change of the total) is of the day the
    sentence opens with again."""
    m = _by_quote(MARKET, date(2025, 3, 28))
    assert _dates(m["8.3%"]) == (date(2025, 1, 1), date(2025, 3, 28))
    assert _dates(m["0.52倍"]) == (date(2025, 3, 27), date(2025, 3, 27))


FLU = (
    "某市2025年第40周流感监测周报\n\n"
    "第40周（9月29日—10月5日），全市哨点医院报告流感样病例占门急诊病例总数的百分比为4.2%，"
    "低于前一周的4.5%，高于去年同期的3.9%；共报告流感样病例3120例。\n\n"
    "9月，全市流感病毒核酸阳性率为12.3%，高于上月的10.6%。\n"
)


def test_a_level_after_the_week_before_is_of_that_week():
    """…为4.2%，低于前一周的4.5%，高于去年同期的3.9%: the levels after 前一周的 / 去年同期的 are
    of the week before and of the same (ISO) week a year before, worked out from the week the
    sentence reports, as a weekly table's columns are; 上月的 of a month's report the month
    before."""
    m = _by_quote(FLU, date(2025, 10, 9))
    assert _dates(m["4.2%"]) == (date(2025, 9, 29), date(2025, 10, 5))
    assert _dates(m["4.5%"]) == (date(2025, 9, 22), date(2025, 9, 28))
    assert _dates(m["3.9%"]) == (date(2024, 9, 30), date(2024, 10, 6))
    assert _dates(m["12.3%"]) == (date(2025, 9, 1), date(2025, 9, 30))
    assert _dates(m["10.6%"]) == (date(2025, 8, 1), date(2025, 8, 31))


NEXT_STEPS = (
    "某市应急管理局关于2025年1—9月全市安全生产形势的通报\n\n"
    "六、下一步工作\n\n"
    "各区要紧盯重点行业领域，力争全年生产安全事故起数同比下降10%以上。11月30日前，要完成对全市"
    "8000家重点企业的全覆盖检查。同时组织专家开展指导服务500场次。\n"
)


def test_a_deadline_a_sentence_opens_with_dates_its_goal():
    """11月30日前，要完成对全市8000家重点企业的全覆盖检查: a day named as a deadline (前, not
    前后) dates what is to be done by it, in the year ahead of the text (not the latest such
    day before it), and in its sentence only."""
    m = _by_quote(NEXT_STEPS, date(2025, 10, 20))
    assert _dates(m["8000家"]) == (date(2025, 11, 30), date(2025, 11, 30))
    assert _dates(m["500场次"]) != (date(2025, 11, 30), date(2025, 11, 30))
    assert _dates(m["10%以上"]) == (date(2025, 1, 1), date(2025, 12, 31))


SURVEY = (
    "让基层干部轻装上阵\n\n"
    "今年以来，各地清理规范政务应用程序，督查检查考核事项比上年压减超过三分之一。一项覆盖多个"
    "省份的问卷调查显示，68%的受访基层干部表示负担有所减轻。\n\n"
    "2018年以来，全市持续推进国土绿化行动，森林覆盖率达到45.2%。\n"
)


def test_a_surveys_shares_are_of_the_since_span_before_them():
    """今年以来，…。一项问卷调查显示，68%的受访基层干部表示…: a survey's finding (a share of its
    respondents) is of the span the paragraph names, not a level standing at a point that a
    since-span cannot date (a stock's share after 2018年以来 still takes none of it)."""
    m = _by_quote(SURVEY, date(2025, 11, 24))
    assert _dates(m["68%"]) == (date(2025, 1, 1), date(2025, 11, 24))
    assert _dates(m["45.2%"]) == (None, None)


LOOKING_BACK = (
    "让基层干部把更多精力用在抓落实上\n\n"
    "一些城区将人员、经费向一线倾斜，社区工作者队伍五年间增长了35%，近3年新增网格员1.2万人。\n\n"
    "“十四五”时期，全市经济总量稳步提升，五年累计新增城镇就业80万人。\n"
)


def test_years_counted_back_from_late_in_a_year_are_not_said():
    """五年间增长了35%, 近3年新增… in a text of November: which five (three) years is not said
    (the current one may or may not count), so they keep their words with no dates, as 近年来;
    a plan of that length named before (“十四五”时期，…五年累计…) still gives its years, and a
    text of the year's first half still looks back on the full years before it."""
    m = _by_quote(LOOKING_BACK, date(2025, 11, 24))
    assert _dates(m["35%"]) == (None, None)
    assert _dates(m["1.2万人"]) == (None, None)
    assert _dates(m["80万人"]) == (date(2021, 1, 1), date(2025, 12, 31))
    (span,) = find_periods("五年间", date(2025, 3, 5))
    assert (span.period.start, span.period.end) == (date(2020, 1, 1), date(2024, 12, 31))
