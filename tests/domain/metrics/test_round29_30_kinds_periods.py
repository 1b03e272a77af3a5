"""Kinds and periods of blind rounds 29 and 30's genres: an exam's admissions news, central SOE
and insurance releases, a charging alliance's report, a gaming release. Short sentences written
for each class of phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import by_quote, document_by_number, metrics, period_dates

MID_JULY = date(2025, 7, 14)


def test_an_exam_held_already_reports_counts_not_goals_before_its_year_is_over() -> None:
    """报名人数…, 实际参考…, 选调监考人员…: an event done, its counts results though 2025年 is not
    over at the July date; 比上年增加 (segmented 比 / 上年) a change against last year."""
    found = by_quote(metrics(["2025年全市中考报名人数23150人，比上年增加506人，实际参考23011人，"
                              "参考率99.4%，选调监考人员1630人。"], MID_JULY))
    assert {q: m.kind for q, m in found.items()} == {
        "23150人": "actual", "506人": "actual", "23011人": "actual", "99.4%": "share",
        "1630人": "actual"}


def test_a_goal_of_the_year_seen_from_july_is_still_a_goal() -> None:
    """The rule above reads done events only: a year's amount with no such word stays a plan."""
    found = by_quote(metrics(["2025年全市普通高中招生规模扩大到2.1万人。"], MID_JULY))
    assert found["2.1万人"].kind == "target"


RELEASE = """全省国有企业经营总体平稳

来源：省国资委网站　发布日期：2025年11月20日

11月20日，省国资委召开新闻发布会，介绍1—10月全省国有企业经济运行情况。

一、主要指标

　　1—10月，全省国有企业累计实现营业收入5.2万亿元，同比增长2.1%。10月当月，实现利润总额312.6亿元，同比增长3.8%。

二、分行业情况

　　分行业看，能源企业实现利润总额268.4亿元，较上年同期增长9.6%。
"""


def test_a_release_section_with_no_time_word_is_on_the_lead_months_so_far() -> None:
    """A later section's figures compared with 上年同期 and no time word of their own: the
    months so far the lead names first (1—10月), not the 10月当月 it gives aside."""
    found = document_by_number(RELEASE, date(2025, 11, 20))
    assert period_dates(found["9.6%"]) == (date(2025, 1, 1), date(2025, 10, 31))
    assert period_dates(found["312.6亿元"]) == (date(2025, 10, 1), date(2025, 10, 31))


def test_an_appraisal_year_does_not_date_the_paragraph_after_it() -> None:
    """2024年度…信用评价: the year appraised dates the appraisal's counts; the 前三季度 after it
    are of the year the release is in."""
    found = by_quote(metrics(["全市2024年度纳税缴费信用评价A级纳税人共有3.2万户。",
                              "前三季度，办税缴费事项网上办理率达到97.1%。"], date(2025, 11, 18)))
    assert period_dates(found["3.2万户"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["达到97.1%"]) == (date(2025, 1, 1), date(2025, 9, 30))


def test_a_paragraph_referring_back_goes_on_at_the_time_of_the_one_before() -> None:
    """在公共充电设施中，…: a paragraph opening inside the one before's figures is at its time
    (截至2025年10月); one that does not stays undated."""
    text = ("截至2025年10月，全省充电设施总数达到86.4万台。\n\n"
            "在公共充电设施中，直流充电设施9.8万台，交流充电设施12.1万台。\n")
    found = document_by_number(text, date(2025, 11, 12))
    assert period_dates(found["9.8万台"]) == (date(2025, 10, 31), date(2025, 10, 31))
    text = text.replace("在公共充电设施中，", "")
    assert document_by_number(text, date(2025, 11, 12))["9.8万台"].period_end is None


def test_the_same_month_of_a_base_year_is_a_base_not_the_period() -> None:
    """恢复至2019年同月的108.4%: the month of the release, measured against 2019's; 2019 dates
    nothing after it either."""
    found = by_quote(metrics(["11月份，入境旅客数字恢复至2019年同月的104.2%。",
                              "其中，来自广东省的有98.35万人次。"], date(2025, 12, 22)))
    assert period_dates(found["104.2%"]) == (date(2025, 11, 1), date(2025, 11, 30))
    assert period_dates(found["98.35万人次"]) == (date(2025, 11, 1), date(2025, 11, 30))


def test_one_running_total_covers_the_clauses_that_repeat_its_verb() -> None:
    """…累计实现营业收入…；实现利润总额…: the clause after the semicolon repeats the verb that
    followed 累计, a running total too; a clause with another verb keeps its own kind."""
    text = ("1—10月，全省国有企业累计实现营业收入5.2万亿元，同比增长2.1%；实现利润总额3120.4亿元，"
            "同比增长1.6%；上缴税费1860.2亿元。\n")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["5.2万亿元"].kind == "count_total"
    assert found["3120.4亿元"].kind == "count_total"
    assert found["1860.2亿元"].kind == "actual"


def test_will_before_a_bound_is_a_forecast_in_a_section_reviewing_results() -> None:
    """“我们预计，全年…将超过40万亿元”: 将 before the bound word is "will", a forecast, though
    the section reviews the year so far (not 将 "把" before a number, 将1840万元衔接资金用于…)."""
    text = ("全省国有企业经营情况\n\n三、年度目标完成情况\n\n"
            "1—10月，全省国有企业实现营业收入3.6万亿元。“我们预计，全年全省国有企业营业收入将超过4.5万亿元。”\n")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["3.6万亿元"].kind != "target"
    assert found["4.5万亿元"].kind == "target"


def test_the_members_a_list_counts_in_all_are_a_total() -> None:
    """共有45户企业入选: how many qualified for the list, a total; 共有21个台风生成 stays events
    of the period."""
    found = by_quote(metrics(["省国资委公布第二批“科改企业”名单，共有36户企业入选。",
                              "今年汛期共有6个台风生成。"], date(2025, 11, 20)))
    assert found["36户"].kind == "count_total"
    assert found["6个"].kind != "count_total"


def test_every_item_of_a_list_under_a_running_total_is_one() -> None:
    """1至11月累計入境旅客有…；其中內地旅客有…，國際旅客有…: past the semicolon, each item of
    the 其中 list is a part of the running total (read in Simplified as cleaning reads it)."""
    text = ("1至11月累計入境旅客有1,204.56萬人次，按年上升9.8%；其中內地旅客有903.12萬人次，"
            "國際旅客有98.40萬人次。\n")
    found = document_by_number(text, date(2025, 12, 22))
    assert {q: found[q].kind for q in ("1,204.56萬人次", "903.12萬人次", "98.40萬人次")} == {
        "1,204.56萬人次": "count_total", "903.12萬人次": "count_total",
        "98.40萬人次": "count_total"}


def test_a_running_total_opened_by_its_months_goes_on_to_the_next_clause() -> None:
    """1—10月累计赔付6.85亿元，惠及参保群众28.3万人次: the months before 累计 do not stop the
    clause after it from counting on under it."""
    found = by_quote(metrics(["截至10月末，全省参保人数达到980万人；1—10月累计赔付5.12亿元，"
                              "惠及参保群众21.6万人次。"], date(2025, 11, 21)))
    assert found["5.12亿元"].kind == "count_total"
    assert found["21.6万人次"].kind == "count_total"


EXAM_NEWS = """某县2025年中考成绩公布

某县教育体育局　　2025-07-14 10:30

　　{heading}

　　今年全县考生平均分为471.2分。600分以上考生1408人。全县前100名考生中，城区学校占58名。

　　二、存在的主要问题及改进情况

　　今年，我县将力争中考报名服务线上办理率达到100%，考生满意度提升5%以上。
"""


def test_a_section_reporting_how_a_thing_went_holds_results_not_goals() -> None:
    """二、成绩情况: a heading naming what it reports on, 情况 at its end, reviews what was done,
    though the year is not over at the July date; a heading joining problems and improvements
    keeps its goals, as does a section with another heading."""
    found = document_by_number(EXAM_NEWS.format(heading="一、成绩情况"), MID_JULY)
    assert {q: found[q].kind for q in ("471.2分", "1408人", "58名")} == {
        "471.2分": "actual", "1408人": "count_total", "58名": "count_total"}
    assert found["5%以上"].kind == "target"
    assert document_by_number(EXAM_NEWS.format(heading="一、成绩"), MID_JULY)[
        "471.2分"].kind == "target"


ARRIVALS = """入境旅客数字公布

2025年11月20日

　　统计局资料显示，2025年10月份入境旅客共301.25万人次，按年上升8.1%。

　　按客源分析，内地旅客有221.40万人次，按年上升9.6%。

　　纳入监测的36间酒店中，客房收入按年上升4.2%。
"""


def test_a_count_its_own_change_follows_is_of_the_release_period() -> None:
    """内地旅客有221.40万人次，按年上升9.6%: a paragraph with no time word, the change right
    after the count being its own: the count is of the lead's month; a sample's size before
    another figure's change (纳入监测的36间) stays undated."""
    found = document_by_number(ARRIVALS, date(2025, 11, 20))
    assert period_dates(found["221.40万人次"]) == (date(2025, 10, 1), date(2025, 10, 31))
    assert found["36间"].period_start is None


def test_a_work_season_right_after_its_dates_is_dated_by_them() -> None:
    """8月下旬汛期，…支付赔款…: the season in the 旬 just named, those days (汛期 alone stays a
    period of its own with no dates)."""
    found = by_quote(metrics(["8月下旬汛期，农业保险共向受灾农户支付赔款2.46亿元。",
                              "汛期，农业保险共支付赔款3.1亿元。"], date(2025, 11, 21)))
    assert period_dates(found["2.46亿元"]) == (date(2025, 8, 21), date(2025, 8, 31))
    assert period_dates(found["3.1亿元"]) == (None, None)


def test_a_total_after_what_a_span_added_stands_at_the_text_date() -> None:
    """今年以来，新增…9个，累计覆盖41个: the span dates the additions; the total they bring the
    coverage to stands at the text's date, as a bare 累计 does. With no additions before it,
    今年以来，累计… is the span's running total."""
    found = by_quote(metrics(["今年以来，全省新增农险服务站点12个，累计覆盖38个县（市、区）。",
                              "今年以来，全省累计赔付3.2亿元。"], date(2025, 11, 21)))
    assert period_dates(found["38个"]) == (date(2025, 11, 21), date(2025, 11, 21))
    assert period_dates(found["12个"]) == (date(2025, 1, 1), date(2025, 11, 21))
    assert period_dates(found["3.2亿元"]) == (date(2025, 1, 1), date(2025, 11, 21))


def test_the_day_an_activity_began_or_ended_dates_its_figures_by_its_year() -> None:
    """体育考试于5月中旬完成，…平均成绩为…: when the exam was sat, not the span of its results,
    which are of that year, in the next sentence too; 补录工作将于7月20日开始，补录计划约为…: the
    quota of the year's round, not of its first day."""
    found = by_quote(metrics(["体育考试于5月中旬完成，全市考生体育平均成绩为53.1分。",
                              "语文学科平均分为88.2分。",
                              "补录工作将于7月20日开始，补录计划约为96人。"], MID_JULY))
    year = (date(2025, 1, 1), date(2025, 12, 31))
    assert period_dates(found["53.1分"]) == year
    assert period_dates(found["88.2分"]) == year
    assert period_dates(found["约为96人"]) == year


def test_an_amount_the_deals_involve_is_no_stock_held() -> None:
    """实施并购重组项目23个，涉及资产总额约860亿元: the size of the deals of the months, not
    assets held at a date, though 资产 names them; 资产总额 held stays a stock."""
    found = by_quote(metrics(["1—10月，省属企业实施并购重组项目23个，涉及资产总额约860亿元。",
                              "截至10月末，省属企业资产总额达到5.6万亿元。"], date(2025, 11, 20)))
    assert found["约860亿元"].kind == "actual"
    assert found["达到5.6万亿元"].kind == "count_total"


def test_those_who_drew_on_a_policy_are_its_beneficiaries_of_the_period() -> None:
    """享受…减征政策的纳税人达148.2万户: those who drew on the relief in the months, a flow (as
    惠及…), not a stock of taxpayers; 累计享受待遇人数 stays a running total."""
    found = by_quote(metrics(["1—10月，全市享受小规模纳税人减征增值税政策的纳税人达148.2万户。",
                              "截至10月底，累计享受待遇人数86万人。"], date(2025, 11, 18)))
    assert found["达148.2万户"].kind == "actual"
    assert found["86万人"].kind == "count_total"


TAX_RELIEF = """某市税务局：1—10月全市税费收入稳中有进 减税降费红利持续释放

二、税费优惠政策精准落地

1—10月，全市新增减税降费及退税缓费328.7亿元。

留抵退税方面，全市累计为1.06万户纳税人办理增值税留抵退税126.4亿元。

纳税服务方面，全市累计建成智能办税服务厅86个。
"""


def test_a_running_total_of_cases_handled_for_someone_is_of_the_months_so_far() -> None:
    """累计为1.06万户纳税人办理…留抵退税126.4亿元: refunds handled over the section's 1—10月,
    not a total standing at the text's day; 累计建成…服务厅 (things built) stays at that day."""
    found = document_by_number(TAX_RELIEF, date(2025, 11, 18))
    months = (date(2025, 1, 1), date(2025, 10, 31))
    assert period_dates(found["1.06万户"]) == months
    assert period_dates(found["126.4亿元"]) == months
    assert period_dates(found["86个"]) == (date(2025, 11, 18), date(2025, 11, 18))


def test_a_count_on_a_ranking_list_is_of_the_list_not_the_months() -> None:
    """1—10月，… then 在世界500强榜单中上榜企业达到12家，较上年增加2家: of the list's edition,
    which the text does not name, not of the paragraph's months; a list named with its year
    (“2024年全球银行1000强”榜单中) takes that year."""
    text = ("省属企业经营情况\n\n1—10月，省属企业实现营业收入5.2万亿元。\n\n"
            "省属企业已连续5年实现营业收入同步增长，在中国500强榜单中上榜企业达到12家，较上年增加2家。"
            "在“2024年全球银行1000强”榜单中，省属银行排名第227位。\n")
    found = document_by_number(text, date(2025, 11, 20))
    assert period_dates(found["12家"]) == (None, None)
    assert period_dates(found["2家"]) == (None, None)
    assert period_dates(found["第227位"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_notice_term_is_a_rule_of_the_procedure() -> None:
    """录取结果…公示，公示期不少于5个工作日: how long results are shown for objections, a
    parameter of the procedure (other, undated), not an amount of the year."""
    found = by_quote(metrics(["今年，各学校录取结果全部在学校网站公示，公示期不少于7个工作日。"],
                             MID_JULY))
    assert found["不少于7个工作日"].kind == "other"
    assert period_dates(found["不少于7个工作日"]) == (None, None)


def test_what_was_set_up_for_an_event_is_what_it_had() -> None:
    """全市共设考点18个、考场620个; 全市为15名残疾考生设置单独考场5个: set up for the exam held
    and those it served (actual); 共设有派出所120个 stands (a plan's 共设置…指标 is its
    design)."""
    found = by_quote(metrics(["2024年全市中考共设考点18个、考场620个。",
                              "全市为15名残疾考生设置单独考场5个。",
                              "2024年末全市共设有派出所120个。"], date(2025, 3, 10)))
    assert {q: found[q].kind for q in ("18个", "620个", "15名", "5个")} == {
        "18个": "actual", "620个": "actual", "15名": "actual", "5个": "actual"}
    assert found["120个"].kind == "count_total"


RANKED = """二、公共充电设施分布情况

山东、河南、四川前3个省份建设的公共充电设施占全国的31.2%，其中山东省以23.8万台位居首位。

附：公共充电设施数量排名前3的省份（截至2025年10月，单位：万台）

排名　省份　公共充电设施
1　山东　23.8
2　河南　17.2
3　四川　16.3
"""


def test_a_figure_in_words_repeating_a_dated_cell_takes_its_period() -> None:
    """山东省以23.8万台位居首位, no time word, above a table whose 山东 row gives 23.8 at its
    title's 截至2025年10月: the same figure, at the cell's day."""
    rows = analyse_document(RANKED, published_on=date(2025, 11, 12)).metrics
    words = next(m for m in rows if m.quote == "23.8万台")
    assert period_dates(words) == (date(2025, 10, 31), date(2025, 10, 31))


def test_a_stock_after_a_month_of_additions_stands_at_the_paragraph_day() -> None:
    """截至2025年10月，全省共有换电站612座。10月份，全省新增换电站12座。换电站数量排名前3的
    城市合计占全省的61.4%: the stock's share at the 截至 day, not over the month the additions
    are of (which keep it)."""
    found = by_quote(metrics(["截至2025年10月，全省共有换电站612座。",
                              "10月份，全省新增换电站12座。",
                              "换电站数量排名前3的城市为杭州、宁波、温州，合计占全省的61.4%。"],
                             date(2025, 11, 12)))
    assert period_dates(found["61.4%"]) == (date(2025, 10, 31), date(2025, 10, 31))
    assert period_dates(found["12座"]) == (date(2025, 10, 1), date(2025, 10, 31))
