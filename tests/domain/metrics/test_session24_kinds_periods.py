"""Kinds and periods of classes of phrasing the held-out set still missed after its rounds 33-37
(session 24). Short sentences written for each class in the genre's manner, not the set's
documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

HOLIDAY_TRAFFIC = """春节假期交通运行情况

据测算，春节假期8天，全社会跨区域人员流动量累计21.6亿人次，日均2.7亿人次，比上年同期日均增长5.1%。其中，铁路客运量1.12亿人次，日均1400万人次，2月2日当天发送旅客1650.3万人次；公路人员流动量20.1亿人次；民航客运量1730.5万人次。
"""


def test_the_parts_of_a_running_total_after_its_mean_per_day_are_running_totals() -> None:
    """…累计21.6亿人次，日均2.7亿人次，比上年同期日均增长5.1%。其中，铁路客运量…；公路…；民航…:
    the total's daily mean and its change stand between it and its parts, which are counted as
    the total they break down; the parts' own daily means and a day's figure stay flows."""
    found = document_by_number(HOLIDAY_TRAFFIC, date(2025, 2, 5))
    assert found["21.6亿人次"].kind == "count_total"
    for part in ("1.12亿人次", "20.1亿人次", "1730.5万人次"):
        assert found[part].kind == "count_total", part
    for own in ("1400万人次", "1650.3万人次", "2.7亿人次"):
        assert found[own].kind == "actual", own


GDP_NEWS = """第三季经济增长5.0%

统计局今日公布，第三季国内生产总值按年增长5.0%，低于第二季的5.6%，也低于此前预估的5.3%；经季节性调整后，按季增长1.2%。
"""


def test_a_rate_of_an_earlier_quarter_named_after_higher_or_lower_than_is_its_growth() -> None:
    """低于第二季的5.6%: the rate of the quarter compared with is the growth then (not a share),
    and that quarter, a comparison's base, dates none of the figures after it (the forecast and
    the quarter-on-quarter rate stay the third quarter's)."""
    found = document_by_number(GDP_NEWS, date(2025, 11, 14))
    assert found["5.6%"].kind == "growth_rate"
    assert period_dates(found["5.6%"]) == (date(2025, 4, 1), date(2025, 6, 30))
    third = (date(2025, 7, 1), date(2025, 9, 30))
    for rate in ("5.0%", "5.3%", "1.2%"):
        assert period_dates(found[rate]) == third, rate


MARKET_NEWS = """汇市收盘

汇市方面，新元兑美元汇率今日收在1.2980，今年以来累计升值4.8%；日元兑美元本月贬值2.6%。
"""


def test_a_currency_that_gained_or_lost_value_grew_by_its_rate() -> None:
    """今年以来累计升值4.8%, 本月贬值2.6%: a currency's change (升值 / 贬值, as 上涨 / 下跌), not a
    share; a loss of value is a fall."""
    found = document_by_number(MARKET_NEWS, date(2025, 11, 14))
    assert found["4.8%"].kind == "growth_rate"
    assert found["2.6%"].kind == "growth_rate"
    assert found["2.6%"].value == -2.6


YEARLY_REVIEW = """县政府工作报告

一、2024年工作回顾

过去一年，我们持续优化营商环境。政务服务事项“一网通办”率达到100%，企业开办平均时间由5个工作日压缩至1个工作日。
"""


def test_the_level_a_done_change_starts_from_is_undated() -> None:
    """由5个工作日压缩至1个工作日 in a report on the year: the new level is the year's, the old
    one (after 由) of no period the text names, not a flow of the report's year."""
    found = document_by_number(YEARLY_REVIEW, date(2025, 1, 15))
    assert period_dates(found["5个工作日"]) == (None, None)
    assert period_dates(found["1个工作日"]) == (date(2024, 1, 1), date(2024, 12, 31))


PLAN = """某市国民经济和社会发展第十五个五年规划纲要

第三章 构建现代化产业体系

到2030年，装备制造产业规模达到三千亿元。实施智能化改造工程，累计推动两千家企业完成智能化改造，建设智能工厂800个。每年引进青年人才一万人，新增高技能人才十万人。
"""


def test_the_deeds_of_a_task_summed_over_the_plan_are_of_its_years() -> None:
    """累计推动…完成智能化改造，建设智能工厂800个; 每年引进…，新增高技能人才十万人: a deed of a
    later clause goes on over the plan's years its task's first clause sums or spreads over,
    not the last year an earlier sentence named (到2030年); a level stays that year's."""
    found = document_by_number(PLAN, date(2026, 1, 20))
    plan = (date(2026, 1, 1), date(2030, 12, 31))
    for deed in ("800个", "十万人"):
        assert period_dates(found[deed]) == plan, deed
    assert period_dates(found["三千亿元"]) == (date(2030, 1, 1), date(2030, 12, 31))


REVIEW_OF_A_PLAN = """市政府工作报告

五年来，全市综合实力迈上新台阶。五年间，累计新增城镇就业12.1万人。全市科技型中小企业总数达到2360家，是“十三五”初期的2.8倍。
"""


def test_a_multiple_of_a_plans_early_years_is_not_dated_by_them() -> None:
    """是“十三五”初期的2.8倍: 初期 is the base the multiple is measured against (the span read
    stops at 初), so the paragraph's five years date it, not the plan's first day."""
    found = document_by_number(REVIEW_OF_A_PLAN, date(2021, 1, 20))
    assert period_dates(found["2.8倍"]) == (date(2016, 1, 1), date(2020, 12, 31))


GOALS_OF_A_PLAN = """市政府工作报告

今后五年，全市发展的主要目标是：地区生产总值年均增长5.5%左右，到2030年突破8000亿元；研发经费投入强度达到3.2%；常住人口城镇化率达到75%以上。
"""


def test_a_plans_last_year_in_a_later_clause_dates_that_clause_only() -> None:
    """今后五年，…主要目标是：…，到2030年突破8000亿元；…达到3.2%；…达到75%以上: 到2030年 is the
    goal year of its own clause; the goals after the ； are of the five years the sentence
    opens on."""
    found = document_by_number(GOALS_OF_A_PLAN, date(2026, 1, 20))
    years = (date(2026, 1, 1), date(2030, 12, 31))
    assert period_dates(found["8000亿元"]) == (date(2030, 1, 1), date(2030, 12, 31))
    for goal in ("3.2%", "达到75%以上"):
        assert period_dates(found[goal]) == years, goal


WAGE_NEWS = """大马经济

人力资源部宣布，最低工资将从明年3月1日起调高至每月1800令吉。
"""


def test_a_rate_per_month_a_change_sets_is_a_rules_level() -> None:
    """最低工资将从明年3月1日起调高至每月1800令吉: the new rate a rule sets per month, whenever it
    takes effect: no goal of next year, other and undated."""
    found = document_by_number(WAGE_NEWS, date(2025, 11, 14))
    assert found["1800令吉"].kind == "other"
    assert period_dates(found["1800令吉"]) == (None, None)


INVESTMENT_NEWS = """投资数据

投资方面，投资发展局数据显示，今年首9个月全国批准投资总额为1960亿令吉，按年增长8.2%，其中外国直接投资为1020亿令吉，占52.0%，涉及3150个项目，预计可创造约9万个就业机会。
"""


def test_what_a_flow_involves_and_may_bring_after_its_shares() -> None:
    """…批准投资总额为1960亿令吉，…占52.0%，涉及3150个项目，预计可创造约9万个就业机会: the projects
    the months' approvals involve are of the flow (past its share), and the jobs they may bring
    a forecast with no period of its own, not an estimate of the months."""
    found = document_by_number(INVESTMENT_NEWS, date(2025, 11, 14))
    assert found["3150个"].kind == "actual"
    assert found["9万个"].kind == "target"
    assert period_dates(found["9万个"]) == (None, None)


BANK_RELEASE = """2025年9月金融统计数据报告

9月末，人民币汇率为1美元兑7.1320元人民币。
"""


def test_a_currency_quoted_in_another_at_a_day_is_a_level() -> None:
    """9月末，人民币汇率为1美元兑7.1320元人民币: a currency's price in another at the month's end,
    a level (actual), no balance standing at that day."""
    found = document_by_number(BANK_RELEASE, date(2025, 10, 15))
    rate = next(m for key, m in found.items() if key.startswith("7.1320"))
    assert rate.kind == "actual"


SPRING_TRAVEL = """2025年春运铁路运输情况

售票组织方面，春运期间铁路12306共发售旅客车票4.9亿张。候补购票服务持续优化，累计成功兑现候补订单2150万张，兑现率为75.2%。
"""


def test_orders_filled_in_a_running_total_are_of_the_paragraphs_span() -> None:
    """春运期间…。…累计成功兑现候补订单2150万张: orders filled are summed over the season the
    paragraph names, as sales are, not a total standing at the text's day."""
    found = document_by_number(SPRING_TRAVEL, date(2025, 2, 23))
    assert period_dates(found["2150万张"]) == period_dates(found["4.9亿张"])
    assert found["2150万张"].period_start != found["2150万张"].period_end


MONTHLY_RELEASE = """2025年9月金融统计数据报告

一、广义货币增长8.4%

9月末，广义货币(M2)余额335.38万亿元，同比增长8.4%。

二、国家外汇储备余额为3.33万亿美元
"""


def test_a_stock_with_no_time_in_a_monthly_release_is_of_its_month() -> None:
    """二、国家外汇储备余额为3.33万亿美元 under 2025年9月金融统计数据报告: a stock with no time
    expression of its own takes the release's month, as the headings' rates do (the body's
    stocks keep their 9月末)."""
    found = document_by_number(MONTHLY_RELEASE, date(2025, 10, 15))
    assert period_dates(found["3.33万亿美元"]) == (date(2025, 9, 1), date(2025, 9, 30))


CAPACITY_RELEASE = """1-9月全国可再生能源发展情况

截至2025年9月底，全国可再生能源累计装机达到20.9亿千瓦，同比增长29.1%，约占我国电力总装机的59.1%，比去年同期提高3.2个百分点。其中，水电装机4.36亿千瓦，风电装机5.7亿千瓦，太阳能发电装机10.7亿千瓦。

春运期间，全国铁路累计发送旅客4.9亿人次，同比增长5.8%，日均发送旅客1225万人次。其中，动车组列车发送旅客3.5亿人次，占旅客发送总量的71.4%。
"""


def test_the_parts_of_a_running_total_after_its_rates_and_share_are_running_totals() -> None:
    """累计装机达到20.9亿千瓦，同比增长29.1%，约占…的59.1%，比去年同期提高3.2个百分点。其中，水电
    装机…: the total's rate, share and the share's change stand between it and its 其中 parts,
    which are counted as it is, at its day; so are those after a total's mean per day named
    by its verb alone (日均发送旅客 after 铁路累计发送旅客)."""
    found = document_by_number(CAPACITY_RELEASE, date(2025, 10, 28))
    for part in ("4.36亿千瓦", "5.7亿千瓦", "10.7亿千瓦", "3.5亿人次"):
        assert found[part].kind == "count_total", part
    assert found["1225万人次"].kind == "actual"


CAREER_SERVICES = """第五章 工作举措

学校全年举办校园招聘会396场，其中大型双选会5场，累计邀请用人单位4820家，提供岗位需求11.6万个，岗位供需比为10.8:1。
"""


def test_one_running_total_governs_the_coordinated_clause_after_it() -> None:
    """…，累计邀请用人单位4820家，提供岗位需求11.6万个: the same 累计 governs the next clause,
    a running total of the year too (the session-24 convention), though it opens a later
    clause of its task."""
    found = document_by_number(CAREER_SERVICES, date(2025, 12, 26))
    year = (date(2025, 1, 1), date(2025, 12, 31))
    for total in ("4820家", "11.6万个"):
        assert found[total].kind == "count_total", total
        assert period_dates(found[total]) == year, total


CIVIL_AFFAIRS_BULLETIN = """2024年全省民政事业发展统计公报

全年全省登记认定慈善组织118家，累计达到986家。
"""


def test_a_running_total_after_a_years_additions_with_their_scope_stands_at_its_end() -> None:
    """全年全省登记认定慈善组织118家，累计达到986家: 全年 dates the additions (the place's scope
    between it and their verb), the total stands at the year's end."""
    found = document_by_number(CIVIL_AFFAIRS_BULLETIN, date(2025, 6, 18))
    assert period_dates(found["118家"]) == (date(2024, 1, 1), date(2024, 12, 31))
    total = next(m for key, m in found.items() if "986家" in key)
    assert period_dates(total) == (date(2024, 12, 31), date(2024, 12, 31))


LAND_AND_ALLOWANCE_RULES = """若干措施

对亩均税收达到30万元以上的新建工业项目，土地出让起始价可按不低于所在地土地等别对应全国工业用地出让最低价标准的70%确定。今年起0至3岁育儿津贴每月最高提高至6,000元。
"""


def test_bounds_written_far_from_their_number() -> None:
    """按不低于…(a base of many words)…的70%确定: the floor bounds the share across its base; 每月
    最高提高至6,000元: a rate raised to a cap, at most."""
    found = document_by_number(LAND_AND_ALLOWANCE_RULES, date(2025, 3, 1))
    assert found["70%"].qualifier == "at_least"
    assert found["6,000元"].qualifier == "at_most"
