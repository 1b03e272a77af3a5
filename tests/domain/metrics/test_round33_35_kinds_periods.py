"""Kinds and periods of blind rounds 33-35's genres: a travel season's news (an event named after
its year with its dates in brackets), a duty-free sales news published after the year it reports,
a Legco reply in financial years, a press conference, a new-home market's month, a childcare
plan. Short texts written for each class of phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics, period_dates

SEASON_NEWS = """2026年暑运全国民航运送旅客1.6亿人次 同比增长5.2%

发布时间：2026-09-02 09:00　　来源：民航局

记者9月2日获悉，2026年暑运（7月1日至8月31日，共62天）已圆满结束。暑运期间，全国民航累计运送旅客1.6亿人次，同比增长5.2%。其中，国内航线运送旅客1.4亿人次，占旅客运送总量的87.5%。

暑运首日（7月1日），全国民航运送旅客262.1万人次。开学前10天（8月22日至31日），全国民航累计运送旅客2860万人次。开学前在北京、上海等方向加开航班1200班。

暑运期间全国民航共售出机票1.9亿张，单日最高售出机票312.6万张（8月16日）。
"""
SEASON = (date(2026, 7, 1), date(2026, 8, 31))


def test_an_event_named_after_its_year_with_its_dates_is_its_days() -> None:
    """2026年暑运（7月1日至8月31日，共62天）: the bracketed dates, not the year (nor a year not
    over at the text's date: its flows are results, not goals); 暑运期间, the title's 2026年暑运
    and a share in the report on it take the same days."""
    found = document_by_number(SEASON_NEWS, date(2026, 9, 2))
    for quote in ("1.6亿人次", "5.2%", "1.4亿人次", "87.5%", "1.9亿张"):
        assert period_dates(found[quote]) == SEASON, quote
    assert found["1.6亿人次"].kind == "count_total"
    assert found["87.5%"].kind == "share"


def test_a_span_named_with_its_length_and_dates_dates_its_later_mentions() -> None:
    """开学前10天（8月22日至31日）: 开学前 alone later stands for those days; 暑运首日 is the
    event's first day."""
    found = document_by_number(SEASON_NEWS, date(2026, 9, 2))
    assert period_dates(found["1200班"]) == (date(2026, 8, 22), date(2026, 8, 31))
    assert period_dates(found["262.1万人次"]) == (date(2026, 7, 1), date(2026, 7, 1))


def test_a_day_in_brackets_right_after_a_figure_is_its_day() -> None:
    """单日最高售出机票312.6万张（8月16日）: that day's figure; the sentence's 暑运期间 dates the
    rest."""
    found = document_by_number(SEASON_NEWS, date(2026, 9, 2))
    assert period_dates(found["312.6万张"]) == (date(2026, 8, 16), date(2026, 8, 16))
    assert period_dates(found["1.9亿张"]) == SEASON


YEAR_REVIEW_NEWS = """2024年我市免税店销售额309.4亿元

发布时间：2025-01-04 10:00　　来源：市商务局

1月4日，记者从市商务局获悉，2024年全市免税店销售额309.4亿元，同比下降29.3%。

从月度看，受春节假期带动，2月份全市免税店销售额43.6亿元，为全年月度最高，购物人数达72.8万人次。7月份受暑期客流影响，销售额回落至18.9亿元。
"""


def test_a_holiday_word_names_no_year_for_the_months_after_it() -> None:
    """受春节假期带动，2月份…: a text of early 2025 on 2024; the holiday (dated by the calendar
    near the text's date) does not make its sentence's or paragraph's months 2025's (goals after
    the text's date): they are the reported year's, results."""
    found = document_by_number(YEAR_REVIEW_NEWS, date(2025, 1, 4))
    assert period_dates(found["43.6亿元"]) == (date(2024, 2, 1), date(2024, 2, 29))
    assert found["43.6亿元"].kind == "actual"
    assert period_dates(found["18.9亿元"]) == (date(2024, 7, 1), date(2024, 7, 31))
    assert found["18.9亿元"].kind == "actual"


def test_a_records_window_dates_no_later_clause() -> None:
    """…43.6亿元，为全年月度最高，购物人数达72.8万人次: 全年 is the window the record is ranked
    over; the next clause's figure is the month's."""
    found = document_by_number(YEAR_REVIEW_NEWS, date(2025, 1, 4))
    assert period_dates(found["72.8万人次"]) == (date(2024, 2, 1), date(2024, 2, 29))


SINCE_UNTIL = ["自2015年3月1日政策实施以来，截至2024年12月31日，全市累计发放创业贷款86.4亿元，"
               "贷款笔数1.2万笔，借款人员3.2万人。"]


def test_a_span_since_a_day_closed_by_a_day_is_one_span() -> None:
    """自…以来，截至2024年12月31日，…累计…: the running total runs from the first day to the
    second, not the closing day alone; a bare measure's clause after it is the same total's."""
    found = by_quote(metrics(SINCE_UNTIL, doc=date(2025, 1, 5)))
    for quote in ("86.4亿元", "1.2万笔", "3.2万人"):
        assert period_dates(found[quote]) == (date(2015, 3, 1), date(2024, 12, 31)), quote
    assert found["1.2万笔"].kind == found["3.2万人"].kind == "count_total"


def test_the_parts_of_a_total_summed_over_a_span_after_its_rate_are_running_totals() -> None:
    """…累计发送旅客1.6亿人次，同比增长5.2%。其中，国内航线…1.4亿人次: the parts a 其中 sentence
    gives of a running total over the event's days, its rate of change between, are summed over
    the same days."""
    parts = "其中，国内航线1.4亿人次，国际航线0.2亿人次。"
    text = SEASON_NEWS.replace("其中，国内航线运送旅客1.4亿人次，占旅客运送总量的87.5%。", parts)
    found = document_by_number(text, date(2026, 9, 2))
    assert found["1.4亿人次"].kind == found["0.2亿人次"].kind == "count_total"


HK_REPLY = "\n\n".join((
    "立法會五題：居屋供應",
    "以下是今日（十一月五日）在立法會會議上的提問和房屋局局長的書面答覆：",
    "（一）截至2025年9月底，香港居屋一般申請者的平均輪候時間為4.2年，較去年同期的4.6年縮短0.4年。",
    "（二）未來五年（即2025/26至2029/30年度）的資助出售房屋預計建屋量約為52 000個單位，"
    "當中約60%的單位將於後三年（即2027/28至2029/30年度）落成。",
    "2025/26年度上半年，資助出售房屋實際落成約2 100個單位，佔該年度預計落成量約6 800個的30.9%。",
    "第二批共三個項目將於2025/26年度內陸續落成。",
    "完",
    "2025年11月5日（星期三）\n香港時間12時30分\n",
))


def test_hong_kong_financial_years_runs_halves_and_that_year() -> None:
    """2025/26至2029/30年度 runs from April 2025 to March 2030 (not its last year alone);
    2025/26年度上半年 is April to September 2025 (not the calendar half); 該年度 the financial
    year named before it; 將於…年度…落成 after a figure dates it."""
    found = document_by_number(HK_REPLY, date(2025, 11, 5))
    assert period_dates(found["約為52 000個"]) == (date(2025, 4, 1), date(2030, 3, 31))
    assert period_dates(found["約60%"]) == (date(2027, 4, 1), date(2030, 3, 31))
    assert period_dates(found["約2 100個"]) == (date(2025, 4, 1), date(2025, 9, 30))
    assert period_dates(found["約6 800個"]) == (date(2025, 4, 1), date(2026, 3, 31))
    assert period_dates(found["三個"]) == (date(2025, 4, 1), date(2026, 3, 31))


def test_a_level_a_year_before_a_days_level_is_that_day() -> None:
    """截至2025年9月底，…較去年同期的4.6年: 30 September 2024, the same day a year before."""
    found = document_by_number(HK_REPLY, date(2025, 11, 5))
    assert period_dates(found["4.6年"]) == (date(2024, 9, 30), date(2024, 9, 30))


MONTH_MARKET = ["10月市区新房认购5320套，环比增长12.4%。",
                "10月市区共有19个楼盘开盘，推出房源2210套。",
                "10月市区新批准预售商品住宅3105套，供应面积35.2万平方米。",
                "10月，全市住房公积金个人住房贷款发放0.98万笔、金额61.2亿元。",
                "10月全市共出让涉宅用地4宗，总面积约236亩，成交总价41.5亿元。"]


def test_a_months_market_deeds_are_flows() -> None:
    """A month's subscriptions, openings, presale permits and land sold (认购, 开盘, 新批准预售,
    出让) are what was done in it; a measure named bare right after such a flow (、金额…,
    ，总面积约…) measures the same deeds: flows, not stocks."""
    found = by_quote(metrics(MONTH_MARKET, doc=date(2025, 11, 3)))
    for quote in ("5320套", "19个", "3105套", "61.2亿元", "约236亩"):
        assert found[quote].kind == "actual", quote


def test_a_bare_measure_after_a_flow_is_no_flow_when_it_is_another_population() -> None:
    """普通小学招生1612.4万人，在校生1.04亿人: the pupils enrolled are a stock, not a measure of the
    year's intake; 全镇油茶面积达到2.6万亩 after 改造3200亩: the whole's level reached."""
    found = by_quote(metrics(["普通小学招生1612.4万人，在校生1.04亿人。",
                              "低产油茶改造3200亩，全镇油茶面积达到2.6万亩。"],
                             doc=date(2025, 1, 10)))
    assert found["1.04亿人"].kind == "count_total"
    assert found["达到2.6万亩"].kind == "count_total"


PLAN_RULES = ["到2027年，新建居住区按照每千人口不少于8个托位的标准配建托育服务设施。",
              "普惠托育服务收费原则上不高于当地同类市场化托育机构平均收费的80%。",
              "到2030年，支持100个左右城市各建设2—3个托育综合服务中心。"]


def test_a_plans_rules_and_quotas_are_no_goals_of_a_year() -> None:
    """A level a rule sets for the thing it counts (不少于8个托位的标准), a bound set 原则上, and
    what each member is to build (各建设2—3个): other, undated, not the plan's goals."""
    found = by_quote(metrics(PLAN_RULES, doc=date(2025, 9, 26)))
    for quote in ("不少于8个", "80%", "2—3个"):
        assert (found[quote].kind, found[quote].period_start) == ("other", None), quote
    assert found["100个左右"].kind == "target"


YEAR_GOALS = """省人社厅举行2025年三季度新闻发布会

发布时间：2025-10-24

前三季度，全省城镇新增就业86.2万人，完成全年100万人目标任务的86.2%。

截至9月末，脱贫人口务工规模达到302万人，超过全年300万人以上的目标任务。
"""


def test_a_years_goal_and_the_share_of_it_done() -> None:
    """完成全年100万人目标任务的86.2%: the year's goal (target, the whole year) and the share of
    it done by the sentence's period (share, 前三季度); 超过全年300万人以上的目标任务: the year's
    goal, not the day the stock is at."""
    found = document_by_number(YEAR_GOALS, date(2025, 10, 24))
    whole_year = (date(2025, 1, 1), date(2025, 12, 31))
    assert (found["100万人"].kind, period_dates(found["100万人"])) == ("target", whole_year)
    assert (found["86.2%"].kind, period_dates(found["86.2%"])) == (
        "share", (date(2025, 1, 1), date(2025, 9, 30)))
    assert period_dates(found["300万人以上"]) == whole_year


GAPS = ["两市的差距由上半年的862.4亿元扩大到前三季度的1210.6亿元。",
        "甲市前三季度GDP为8570.8亿元，与乙市的差距缩小至345.5亿元。",
        "甲市前三季度GDP名义增长3.1%，比实际增速低1.6个百分点。"]


def test_gaps_between_two_figures_are_other() -> None:
    """差距 in the number's clause, and points lower than another figure (比实际增速低): gaps,
    neither a level nor a change in time; 扩大到前三季度的: 到 is the verb's, the period the
    quarters', no day."""
    found = by_quote(metrics(GAPS, doc=date(2025, 10, 31)))
    for quote in ("862.4亿元", "1210.6亿元", "345.5亿元", "1.6个百分点"):
        assert found[quote].kind == "other", quote
    assert period_dates(found["1210.6亿元"]) == (date(2025, 1, 1), date(2025, 9, 30))


def test_cases_on_hand_at_a_day_and_a_half_years_allocations() -> None:
    """截至…，居屋申請約有21 500宗: cases held at the day, a stock, and the parts 當中 gives of
    them; 編配了…個 / 實際落成約…個 in a financial half-year: what was done in it, flows."""
    text = HK_REPLY.replace(
        "（一）", "（一）截至2025年9月底，香港居屋申請約有21 500宗，較2024年9月底減少約1 200宗。"
        "當中一般申請約12 500宗，非長者一人申請約9 000宗。\n\n"
        "2025/26年度首六個月（即2025年4月至9月），房屋署共編配了3 624個居屋單位。\n\n（一）")
    found = document_by_number(text, date(2025, 11, 5))
    for quote in ("約有21 500宗", "約12 500宗", "約9 000宗"):
        assert found[quote].kind == "count_total", quote
    assert found["3 624個"].kind == found["約2 100個"].kind == "actual"


def test_a_quota_a_rule_sets_is_no_figure_of_a_period() -> None:
    """每人每年免税购物额度为8万元 and a loan quota's cap (最高额度上浮20%，最高可达120万元): a
    rule's parameters, other and undated; 最高可达 a cap (at most), not a level reached."""
    found = by_quote(metrics(["2021年7月1日起，离岛旅客每人每年免税购物额度为8万元，不限次数。",
                              "10月，多孩家庭住房公积金贷款最高额度上浮20%，最高可达120万元。"],
                             doc=date(2025, 11, 3)))
    assert (found["8万元"].kind, found["8万元"].period_start) == ("other", None)
    cap = found["达120万元"]
    assert (cap.kind, cap.period_start, cap.qualifier) == ("other", None, "at_most")


def test_a_running_total_set_for_a_later_year_is_a_goal() -> None:
    """到2030年，累计培养培训…80万人次 in a 2025 text: a goal, though 累计 sums from before the
    text's date; 到2024年底，累计建成… in 2025 is a result."""
    plan = ("某省托育服务体系建设实施方案（2025—2030年）\n\n"
            "到2024年底，累计建成托育服务中心320个。\n\n"
            "到2030年，累计培养培训托育专业人才80万人次。\n")
    found = document_by_number(plan, date(2025, 9, 26))
    assert found["80万人次"].kind == "target"
    assert found["320个"].kind == "count_total"


def test_tickets_sold_pilots_run_and_a_total_at_a_day() -> None:
    """共发售旅客车票 over a season is a flow (共 is no 累计); 全省共有36个县开展…试点: the counties
    that ran a pilot in the year, a flow; 截至…，提供托位总数61万个: the total there is at the
    day, a stock, whatever verb before it (not its change: …总数…比上年末净增35万户)."""
    found = by_quote(metrics(["暑运期间铁路12306共发售旅客车票1.68亿张。",
                              "2024年，全省共有36个县开展托育服务补助试点。",
                              "截至2024年底，全省共有托育服务机构1.3万个，提供托位总数61万个。",
                              "截至12月末，宽带接入用户总数达695万户，比上年末净增35万户。"],
                             doc=date(2025, 9, 26)))
    assert found["1.68亿张"].kind == found["36个"].kind == found["35万户"].kind == "actual"
    assert found["61万个"].kind == "count_total"


def test_a_figure_said_of_late_has_no_period() -> None:
    """近期…发布了第四批共19个新职业: a time with no dates; the paragraph's 前三季度 does not date
    it (the running total after it keeps its own 累计)."""
    found = by_quote(metrics(["前三季度，全国共开展补贴性职业技能培训1286万人次。",
                              "人社部近期会同有关部门发布了第四批共19个新职业，累计发布新职业93个。"],
                             doc=date(2025, 10, 24)))
    assert period_dates(found["19个"]) == (None, None)
    assert period_dates(found["93个"]) != (None, None)


def test_the_share_of_a_goal_a_running_total_reached_is_over_its_span() -> None:
    """10月，…筹集…，今年以来累计筹集5.8万套，完成年度目标的75%: the share of the year's goal the
    running total has reached, over 今年以来, not the month."""
    found = by_quote(metrics(["10月，全市筹集保障性租赁住房1.1万套，今年以来累计筹集5.8万套，"
                              "完成年度目标的75%。"], doc=date(2025, 11, 3)))
    assert period_dates(found["75%"]) == (date(2025, 1, 1), date(2025, 11, 3))


BULLETIN = """2024年全省教育事业发展统计公报

普通小学、初中生均教学仪器设备值分别为2936元和4012元，分别比上年增长5.1%和4.7%。
"""


def test_a_value_a_school_holds_per_pupil_is_undated_in_a_yearly_bulletin() -> None:
    """生均教学仪器设备值 in a 2024 bulletin: a stock per pupil, undated as the bulletin's stocks
    are; its rise over the year before stays the year's."""
    found = document_by_number(BULLETIN, date(2025, 6, 11))
    assert period_dates(found["2936元"]) == period_dates(found["4012元"]) == (None, None)
    assert period_dates(found["5.1%"]) == (date(2024, 1, 1), date(2024, 12, 31))
