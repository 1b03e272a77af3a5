"""Blind rounds 25 and 26's period misses (tests/gold/heldout/README.md), a class of phrasing
per test, each on short texts written for it in the genre's manner: a day opening a sentence
(with or without its time of day), an ordinal of the year's events, a quarterly or weekly
report's own period words, a weekly table's columns of the week before and the same week a year
before, an earlier figure in brackets, a day a plan names (将于…), parts of a month and rolling
windows."""

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import document_by_number as _by_quote
from tests.domain.metrics.support import period_dates as _dates


def _day(y: int, mo: int, d: int) -> tuple[date, date]:
    return date(y, mo, d), date(y, mo, d)


AUCTION = (
    "南京土拍：5宗地块揽金62.4亿元\n\n"
    "10月15日上午9时，南京市规划和自然资源局组织今年第9场国有建设用地使用权拍卖，共推出5宗"
    "地块，总成交价62.4亿元，平均溢价率8.6%。本场共有18家企业报名参与竞买。\n"
)


def test_a_day_opening_a_sentence_with_its_time_of_day_dates_its_figures():
    """10月15日上午9时，…组织今年第9场…拍卖，共推出5宗地块: the day (its time of day written in
    时/分) dates the auction's results and the paragraph's next sentence; 今年 there counts the
    year's auctions (第9场), it dates none of them."""
    m = _by_quote(AUCTION, date(2025, 10, 15))
    for quote in ("5宗", "62.4亿元", "8.6%", "18家"):
        assert _dates(m[quote]) == _day(2025, 10, 15), quote


CASES = (
    "武汉市12345热线2025年第二季度运行情况通报\n\n"
    "一、总体情况\n\n"
    "2025年第二季度，热线共受理市民诉求52.3万件，同比增长8.1%。\n\n"
    "二、典型案例\n\n"
    "5月6日20时15分，市民李先生来电反映，江汉区某小区停电已超过4小时。"
    "6月9日，洪山区一位市民反映某健身房拒退会员费8600元，经调解全额退还。\n"
)


def test_a_case_opening_with_its_day_is_of_that_day():
    """A hotline report's cases (5月6日20时15分，市民…反映; 6月9日，…一位市民反映): the day
    a case opens with dates its figures, not the report's quarter."""
    m = _by_quote(CASES, date(2025, 7, 12))
    assert _dates(m["4小时"]) == _day(2025, 5, 6)
    assert _dates(m["8600元"]) == _day(2025, 6, 9)
    assert _dates(m["52.3万件"]) == (date(2025, 4, 1), date(2025, 6, 30))


WEEKLY = (
    "2025年第12周农产品批发市场价格周报\n\n"
    "一、总体情况\n\n"
    "2025年第12周（3月17日—23日），“农产品批发价格200指数”为118.42，比前一周下降0.36个点。"
    "200指数较年内高点（1月第3周的126.05）低7.63个点。本周重点监测的20个品种中，价格上涨的8个。\n\n"
    "二、主要品种批发价格\n\n"
    "单位：元/公斤\n"
    "品种　　本周　　前一周　　环比（%）　　去年同期　　同比（%）\n"
    "土豆　　3.06　　3.11　　-1.6　　3.42　　-10.5\n"
    "黄瓜　　6.85　　6.40　　7.0　　7.22　　-5.1\n"
)
WEEK_12 = (date(2025, 3, 17), date(2025, 3, 23))


def test_a_week_numbered_in_its_year_or_month():
    """2025年第12周 is the ISO week (17-23 March); 1月第3周 the month's third week, the first
    being the one whose Thursday falls in January (13-19 January 2025)."""
    m = _by_quote(WEEKLY, date(2025, 3, 25))
    assert _dates(m["118.42"]) == WEEK_12
    (week,) = find_periods("较年内高点（1月第3周的", date(2025, 3, 25))[1:]
    assert (week.period.start, week.period.end) == (date(2025, 1, 13), date(2025, 1, 19))
    (fifth,) = find_periods("2月第5周", date(2025, 3, 25))  # (February 2025 has four)
    assert (fifth.period.start, fifth.period.end) == (None, None)


def test_an_earlier_level_in_brackets_dates_only_its_own_figure():
    """200指数较年内高点（1月第3周的126.05）低7.63个点: the bracket's week dates the level in
    it, not the gap after the bracket nor the paragraph's next sentence (the release's week)."""
    m = _by_quote(WEEKLY, date(2025, 3, 25))
    (gap,) = (x for q, x in m.items() if q.startswith("7.63"))  # (个点 or 个 as its unit)
    assert _dates(gap) == WEEK_12
    assert _dates(m["8个"]) == WEEK_12


def test_a_weekly_tables_columns_of_the_week_before_and_the_year_before():
    """品种  本周  前一周  环比（%）  去年同期  同比（%）: 前一周 is the week before the table's
    (10-16 March), 去年同期 the same numbered week a year before (2024's 12th: 18-24 March);
    本周 and the changes are the table's week."""
    m = _by_quote(WEEKLY, date(2025, 3, 25))
    for quote in ("3.06", "-1.6", "6.85", "-5.1"):
        assert _dates(m[quote]) == WEEK_12, quote
    for quote in ("3.11", "6.40"):
        assert _dates(m[quote]) == (date(2025, 3, 10), date(2025, 3, 16)), quote
    for quote in ("3.42", "7.22"):
        assert _dates(m[quote]) == (date(2024, 3, 18), date(2024, 3, 24)), quote


QUARTERLY = (
    "南昌市12345热线2025年第二季度运行情况通报\n\n"
    "2025年第二季度，热线共受理市民诉求38.6万件，同比增长6.2%。5月20日单日受理量达6800件，"
    "为本季度峰值。本季度受理企业诉求1.4万件，办结率98.8%。\n\n"
    "本季度共形成转办工单20.5万件，知识库新增条目3200条，累计达到5.1万条。\n"
)


def test_a_quarterly_reports_own_quarter_is_its_titles():
    """本季度 in 2025年第二季度运行情况通报, published in July: the title's quarter (not the
    one the date falls in), and the sentence's own, over the day the sentence before gave
    (5月20日单日…); a total the quarter's additions bring a count to (新增…，累计达到…)
    stands at the text's date, as 累计 alone does."""
    m = _by_quote(QUARTERLY, date(2025, 7, 12))
    q2 = (date(2025, 4, 1), date(2025, 6, 30))
    for quote in ("1.4万件", "98.8%", "20.5万件", "3200条"):
        assert _dates(m[quote]) == q2, quote
    assert _dates(m["5.1万条"]) == _day(2025, 7, 12)


YEARLY = (
    "某县人民政府2024年政府信息公开工作年度报告\n\n"
    "发布日期：2025-01-20\n\n"
    "全年共受理政府信息公开申请86件。本年度未收取信息处理费，收取信息处理费0元。\n"
)


def test_this_year_in_a_yearly_report_published_the_next_year_is_the_reports():
    """本年度 in a report on 2024 published in January 2025: 2024 (the title's year), not
    the year of the date."""
    m = _by_quote(YEARLY, date(2025, 1, 20))
    assert _dates(m["0元"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_day_a_plan_names_dates_what_is_planned_for_it():
    """成都将于12月10日再次推出9宗地块 (in news of 26 November): the day ahead, of this year (not
    the latest such day before the text's date), dates the plan's figures; a clause reporting
    what is already done (…定于…开球，…已售出球票4500张) is not of that day."""
    m = _by_quote("记者获悉，西安将于12月18日再次推出6宗地块，起始总价约42亿元。\n",
                  date(2025, 11, 26))
    for quote in ("6宗", "42亿元"):
        assert _dates(m[quote]) == _day(2025, 12, 18), quote
    m = _by_quote("第9轮比赛定于7月19日19:30开球，主队已售出球票5200张。\n", date(2025, 7, 15))
    assert _dates(m["5200张"]) != _day(2025, 7, 19)


def test_a_months_thirds_and_a_window_up_to_a_month():
    """12月上旬 is the 1st to the 10th (下旬 the 21st to the month's end); 截至2025年10月的三个月内
    (a Hong Kong release's rolling window) is August to October, not the month's last day."""
    spans = find_periods("预计12月上旬菜价仍将上行，7月下旬持续高温。", date(2025, 11, 25))
    assert [(p.period.start, p.period.end) for p in spans] == [
        (date(2025, 12, 1), date(2025, 12, 10)), (date(2025, 7, 21), date(2025, 7, 31))]
    m = _by_quote("在截至2025年10月的三个月内，零售业总销货价值较对上三个月上升1.4%。\n",
                  date(2025, 12, 2))
    assert _dates(m["1.4%"]) == (date(2025, 8, 1), date(2025, 10, 31))


def test_a_carried_over_amounts_year_dates_its_own_clause_only():
    """全年共受理申请93件，…，上年结转4件，全部…答复，按时答复率100%: 上年 names where the 4件 are
    carried from; the rate after it is the year's."""
    m = _by_quote("2024年度报告\n\n全年共受理申请93件，上年结转4件，全部在法定期限内答复，"
                  "按时答复率100%。\n", date(2025, 1, 20))
    assert _dates(m["4件"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert _dates(m["100%"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_series_latest_figure_takes_no_period_of_its_paragraph():
    """10月份零售业销货价值…。发言人续称，…最新失业率为3.9%: the series' latest (its own window,
    which the text does not name), not the release's month."""
    m = _by_quote("10月份零售业总销货价值为310亿元。发言人续称，劳工市场大致稳定，"
                  "最新失业率为3.8%。\n", date(2025, 12, 2))
    assert _dates(m["3.8%"]) == (None, None)


def test_a_part_of_a_running_total_since_a_day_is_over_the_same_span():
    """今年以来，全市累计完成投资320亿元，其中新增项目投资86亿元: the 其中 part is summed over
    the total's span too (the 累计 is in the task before 其中, not in the part's clause)."""
    m = _by_quote("今年以来，全市累计完成投资320亿元，其中新增项目投资86亿元。\n",
                  date(2025, 9, 20))
    assert _dates(m["86亿元"]) == _dates(m["320亿元"]) == (date(2025, 1, 1), date(2025, 9, 20))


def test_a_whole_year_after_a_base_year_is_the_base():
    """今年1—10月，…平均溢价率为8.9%，较去年全年提高5.2个百分点。同期…成交面积1120万平方米: 全年
    after 较去年 is last year's, the base's, not this year's; the change and the next sentence are
    of the months so far."""
    m = _by_quote("据该机构统计，今年1—10月，全市涉宅用地平均溢价率为8.9%，较去年全年提高"
                  "5.2个百分点。同期新建商品住宅成交面积1120万平方米。\n", date(2025, 11, 26))
    so_far = (date(2025, 1, 1), date(2025, 10, 31))
    for quote in ("8.9%", "5.2个百分点", "1120万平方米"):
        assert _dates(m[quote]) == so_far, quote


def test_a_comparisons_base_figures_are_of_the_base_period():
    """与今年8月的上一场集中出让相比（5宗地块、成交41.7亿元），总成交价增加49%: the bracket after
    相比 gives the base's own figures, of August; 与去年10月那场平均溢价率仅2.3%的土拍相比: the
    figure inside the phrase is the base's too. The change stays the sentence's day."""
    m = _by_quote("10月28日上午9时，西安市组织国有建设用地使用权拍卖，总成交价62.1亿元。"
                  "与今年8月的上一场集中出让相比（5宗地块、成交41.7亿元），总成交价增加49%。"
                  "与去年10月那场平均溢价率仅2.3%的土拍相比，市场热度明显回升。\n",
                  date(2025, 10, 28))
    for quote in ("5宗", "41.7亿元"):
        assert _dates(m[quote]) == (date(2025, 8, 1), date(2025, 8, 31)), quote
    assert _dates(m["2.3%"]) == (date(2024, 10, 1), date(2024, 10, 31))
    assert _dates(m["49%"]) == _day(2025, 10, 28)


def test_a_stock_in_force_is_not_dated_by_what_is_done_to_it():
    """全年对现行有效的85件行政规范性文件进行了清理: the files in force are a stock, 全年 dates the
    clean-up (a goal's, 2025年底前完成对现行有效的…的清理, keeps its period)."""
    m = _by_quote("（三）政府信息管理。全年对现行有效的85件行政规范性文件进行了清理，"
                  "宣布失效或废止6件。\n", date(2025, 1, 20))
    assert _dates(m["85件"]) == (None, None)
    assert _dates(m["6件"]) != (None, None)
