"""Blind rounds 23 and 24's period misses (tests/gold/heldout/README.md), a class of phrasing
per test, each on short texts written for it in the genre's manner: a bond issue's results (the
year in a bond's name, the issue's day, a paragraph after it), a year so far up to an as-of day
with the place before it, an event named with its year, a day opening a sentence with a clock
time, a span since an event's day."""

from datetime import date

from tests.domain.metrics.support import document_by_number as _by_quote
from tests.domain.metrics.support import period_dates as _dates

UNDATED = (None, None)
ISSUE_DAY = (date(2024, 6, 12), date(2024, 6, 12))
BOND_RESULTS = (
    "湖南省地方政府债券发行结果公告\n\n"
    "湖南省财政厅于2024年6月12日通过财政部政府债券发行系统招标发行了2024年湖南省政府专项债券"
    "（八期）至（九期），发行规模合计156.40亿元。本次债券全场平均投标倍数为22.31倍。\n\n"
    "一、2024年湖南省政府专项债券（八期）\n"
    "发行规模：96.40亿元；票面利率：2.21%；投标倍数：23.65倍。\n\n"
    "二、2024年湖南省政府专项债券（九期）\n"
    "发行规模：60.00亿元；票面利率：2.35%；投标倍数：20.17倍。\n\n"
    "本次发行的专项债券资金主要用于市政基础设施52.60亿元，较上年同期增加4.1亿元；"
    "用于保障性安居工程38.20亿元。\n\n"
    "截至2024年6月14日，全省今年累计发行地方政府债券1865.32亿元。\n"
)


def test_a_bonds_year_and_number_name_it_and_date_nothing():
    """2024年湖南省政府专项债券（八期）: the year names the bond (a heading over its results, or
    the bond issued in the lead); its results are undated, not the whole year's (nor the report
    period of the text before them)."""
    m = _by_quote(BOND_RESULTS, date(2024, 6, 14))
    for quote in ("96.40亿元", "2.21%", "23.65倍", "60.00亿元", "2.35%", "20.17倍"):
        assert _dates(m[quote]) == UNDATED, quote


def test_an_issues_day_dates_its_results_and_not_the_paragraphs_after():
    """财政厅于2024年6月12日…招标发行了…: the issue's day dates its totals (and the lead's next
    sentence); a later paragraph on the money's uses, compared with a year before, is not dated
    by that day (a release's as-of day would date it)."""
    m = _by_quote(BOND_RESULTS, date(2024, 6, 14))
    assert _dates(m["156.40亿元"]) == ISSUE_DAY
    assert _dates(m["22.31倍"]) == ISSUE_DAY
    for quote in ("52.60亿元", "4.1亿元", "38.20亿元"):
        assert _dates(m[quote]) == UNDATED, quote


def test_this_year_after_an_as_of_day_and_the_whole_place_runs_to_that_day():
    """截至2024年6月14日，全省今年累计发行…: the year so far, as 截至9月底，今年… is, with the place
    (全省, 全市) between the day and the year."""
    m = _by_quote(BOND_RESULTS, date(2024, 6, 14))
    assert _dates(m["1865.32亿元"]) == (date(2024, 1, 1), date(2024, 6, 14))


def test_an_events_year_leaves_the_day_of_a_match_with_its_clock_time():
    """6月14日20:00，2024年浙江省城市篮球联赛…比赛在…开赛，现场观众达1.8万人: the year names the
    league, the day (with its clock time: the moment of what is reported) dates the crowd."""
    raw = ("城市篮球联赛观众创新高\n\n"
           "6月14日20:00，2024年浙江省城市篮球联赛第3轮杭州队对阵宁波队的比赛在杭州开赛，"
           "现场观众达1.8万人，刷新联赛纪录。\n")
    m = _by_quote(raw, date(2024, 6, 16))
    assert _dates(m["1.8万人"]) == (date(2024, 6, 14), date(2024, 6, 14))


def test_a_span_since_an_events_day_starts_on_that_day():
    """4月20日开赛以来: from that day (not the month's first) to the reference date."""
    raw = ("城市篮球联赛持续升温\n\n"
           "据省体育局统计，4月20日开赛以来，联赛共进行36场比赛，现场观赛人次达到52.4万。\n")
    m = _by_quote(raw, date(2024, 6, 16))
    assert _dates(m["52.4万"]) == (date(2024, 4, 20), date(2024, 6, 16))


QUARTER = (date(2024, 7, 1), date(2024, 9, 30))
QUARTER_REPORT = (
    "某某股份有限公司\n2024年第三季度报告\n\n"
    "一、主要财务数据\n"
    "单位：元　币种：人民币\n"
    "项目　　本报告期　　年初至报告期末\n"
    "营业收入　　856,214,300.52　　2,413,975,118.06\n"
    "\n二、资产\n"
    "单位：元　币种：人民币\n"
    "项目　　本报告期末　　上年度末\n"
    "总资产　　6,521,307,442.18　　6,102,845,930.77\n"
    "归属于上市公司股东的所有者权益　　3,410,552,019.44　　3,288,106,735.20\n\n"
    "三、非经常性损益项目和金额\n"
    "单位：元　币种：人民币\n"
    "项目　　本期金额　　年初至报告期末金额\n"
    "政府补助　　3,215,800.00　　9,604,300.00\n"
    "其他营业外收入和支出　　-85,120.37　　-210,446.18\n\n"
    "四、其他提醒事项\n"
    "报告期内，公司研发投入0.86亿元。本报告期末，公司在手订单约18.2亿元。\n"
)


def test_a_periodic_reports_own_period_words_are_the_period_its_title_names():
    """2024年第三季度报告: 本报告期 (本期金额) is the quarter, 年初至报告期末 the year up to the
    quarter's end (not January), 本报告期末 that day and 上年度末 the last year's end, in its
    tables' columns as in its sentences."""
    m = _by_quote(QUARTER_REPORT, date(2024, 10, 25))
    for quote in ("856,214,300.52", "3,215,800.00", "0.86亿元"):
        assert _dates(m[quote]) == QUARTER, quote
    for quote in ("2,413,975,118.06", "9,604,300.00"):
        assert _dates(m[quote]) == (date(2024, 1, 1), date(2024, 9, 30)), quote
    for quote in ("6,521,307,442.18", "18.2亿元"):
        assert _dates(m[quote]) == (date(2024, 9, 30), date(2024, 9, 30)), quote
    assert _dates(m["6,102,845,930.77"]) == (date(2023, 12, 31), date(2023, 12, 31))


def test_an_index_level_with_last_month_takes_the_releases_month():
    """从业人员指数为48.4%，与上月持平: a paragraph comparing with the month before, as 比上月上升
    does, is of the month the release's lead reports on."""
    raw = ("2024年5月中国采购经理指数运行情况\n\n"
           "国家统计局服务业调查中心　中国物流与采购联合会\n\n"
           "一、中国制造业采购经理指数运行情况\n\n"
           "5月份，制造业采购经理指数（PMI）为49.5%，比上月下降0.9个百分点。\n\n"
           "生产指数为50.8%，比上月下降1.3个百分点。\n\n"
           "从业人员指数为48.1%，与上月持平，制造业企业用工景气度基本稳定。\n")
    m = _by_quote(raw, date(2024, 5, 31))
    may = (date(2024, 5, 1), date(2024, 5, 31))
    assert _dates(m["50.8%"]) == may
    assert _dates(m["48.1%"]) == may


def test_a_month_ends_state_does_not_date_the_flows_after_it_as_that_day():
    """截至6月底，全省实有企业…。新设企业12.3万户: the as-of day dates the stocks; a figure named
    by a flow word (新设, 注销) after it, in the paragraph, is of the year so far, not the day."""
    raw = ("上半年全省经营主体发展情况\n\n"
           "截至6月底，全省实有经营主体756.2万户，同比增长4.8%。"
           "新设企业12.3万户，同比增长7.5%。新设私营企业11.6万户，占新设企业总数的94.3%。\n")
    m = _by_quote(raw, date(2024, 7, 20))
    assert _dates(m["756.2万户"]) == (date(2024, 6, 30), date(2024, 6, 30))
    for quote in ("12.3万户", "7.5%", "94.3%"):  # (a share of new firms in their whole, 总数)
        assert _dates(m[quote]) == (date(2024, 1, 1), date(2024, 6, 30)), quote


LEAGUE_NEWS = (
    "城市篮球联赛带火消费 开赛以来拉动消费超12亿元\n\n"
    "据省体育局统计，4月20日开赛以来，联赛共进行36场比赛，现场观赛人次达到52.4万。\n\n"
    "据省商务厅测算，开赛以来联赛累计拉动全省文旅消费约12.6亿元。"
    "比赛日期间，主办城市酒店平均入住率达到78.3%，同比提高6.2个百分点。\n\n"
    "截至6月15日，联赛门票收入累计达960万元；第6轮5场比赛门票收入186万元，环比增长12.4%。"
    "不少场次开票即售罄。\n\n"
    "6月8日第5轮，宁波主场带动餐饮、住宿消费1.3亿元。温州在第4轮推出免费游活动，当天接待游客"
    "9.6万人次。\n"
)


def test_an_events_since_without_its_day_runs_from_the_day_the_text_gives_it():
    """开赛以来 in a headline or a later paragraph: from the day the text names the event on
    (4月20日开赛以来) to the reference date, like that span; the paragraph's next sentence goes on
    with it."""
    m = _by_quote(LEAGUE_NEWS, date(2024, 6, 16))
    since = (date(2024, 4, 20), date(2024, 6, 16))
    for quote in ("12亿元", "12.6亿元", "78.3%"):
        assert _dates(m[quote]) == since, quote


def test_a_leagues_round_dates_by_its_day_or_not_at_all():
    """6月8日第5轮: the round's day dates its figures; a round named alone (第6轮5场比赛, 在第4轮…
    当天) dates nothing, not the as-of day or the paragraph's day before it."""
    m = _by_quote(LEAGUE_NEWS, date(2024, 6, 16))
    assert _dates(m["960万元"]) == (date(2024, 6, 15), date(2024, 6, 15))
    for quote in ("186万元", "12.4%", "9.6万人次"):
        assert _dates(m[quote]) == UNDATED, quote
    assert _dates(m["1.3亿元"]) == (date(2024, 6, 8), date(2024, 6, 8))


SUMMARY = (
    "某县农业农村局关于2024年工作总结及2025年工作打算的报告\n\n"
    "一、2024年工作完成情况\n"
    "全年新建高标准农田4.2万亩，累计建成高标准农田96.3万亩。\n"
    "二、存在的问题\n"
    "一是农产品加工转化率仅为61%，精深加工不足。\n"
    "三、2025年工作打算\n"
    "2025年，全县粮食播种面积稳定在120万亩以上。新建高标准农田5万亩，力争累计建成101万亩。\n"
)


def test_a_running_total_after_a_years_flow_stands_at_the_texts_date_in_a_year_not_over():
    """全年新建…，累计建成…96.3万亩 in a summary written on 18 December: the total at that date
    (累计 with no date), not at the year's end still ahead."""
    m = _by_quote(SUMMARY, date(2024, 12, 18))
    assert _dates(m["96.3万亩"]) == (date(2024, 12, 18), date(2024, 12, 18))


def test_a_goals_running_total_is_of_the_year_ahead_its_paragraph_names():
    """2025年，…。力争累计建成101万亩: the goal's total in the year the paragraph plans, not the
    text's date."""
    m = _by_quote(SUMMARY, date(2024, 12, 18))
    assert _dates(m["101万亩"]) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_title_naming_a_year_reviewed_and_a_year_planned_dates_no_section():
    """关于2024年工作总结及2025年工作打算的报告: a section naming no year of its own (存在的问题)
    is not dated by the plan's year the title names last."""
    m = _by_quote(SUMMARY, date(2024, 12, 18))
    assert m["61%"].period_start is None or m["61%"].period_start.year != 2025


def test_this_steps_figures_take_the_day_the_issues_schedule_names_for_the_step():
    """上述债券招标日为2024年6月12日，分销期为6月12日至6月13日…。本次招标共有承销团成员39家参与
    投标: the bids are of the 招标日, not of the 分销期 named last before them."""
    raw = ("湖南省地方政府债券发行结果公告\n\n"
           "上述债券招标日为2024年6月12日，分销期为6月12日至6月13日，缴款日为2024年6月14日。"
           "上述债券信用等级均为AAA级。本次招标共有承销团成员39家参与投标，有效投标总量3865.2亿元。\n")
    m = _by_quote(raw, date(2024, 6, 14))
    for quote in ("39家", "3865.2亿元"):
        assert _dates(m[quote]) == ISSUE_DAY, quote


HOLDINGS = (
    "某某科技股份有限公司\n2024年第三季度报告\n\n"
    "二、股东信息\n"
    "前10名股东持股情况\n"
    "股东名称　　股东性质　　持股数量（股）　　持股比例(%)\n"
    "某某投资控股有限公司　　境内非国有法人　　98,450,000　　31.26\n"
    "某某市产业投资基金有限公司　　国有法人　　15,730,000　　4.99\n"
)


def test_holdings_in_a_quarters_report_stand_at_the_quarters_end():
    """前10名股东持股情况 in a 2024年第三季度报告: the holdings and their shares, dated only by the
    title's quarter, stand at its last day."""
    m = _by_quote(HOLDINGS, date(2024, 10, 25))
    for quote in ("98,450,000", "31.26", "15,730,000", "4.99"):
        assert _dates(m[quote]) == (date(2024, 9, 30), date(2024, 9, 30)), quote
