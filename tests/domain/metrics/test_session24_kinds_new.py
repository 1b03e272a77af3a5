"""Kinds and qualifiers of the genres blind rounds 38-39 brought (a procuratorate's work report, a
province's statistics release, a city's talent measures, a climate and disaster bulletin, an
exchange's monthly statistics) and of the 累计 rows session 24 relabelled. Short sentences written
for each class in the genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number

PROCURATORATE = """某省人民检察院工作报告

一、2024年主要工作
（一）依法惩治犯罪。批准逮捕各类犯罪嫌疑人2.35万人，提起公诉5.12万人，同比分别下降3.1%和1.6%。对涉罪未成年人附条件不起诉412人。
（二）锻造过硬队伍。遴选员额检察官128名。
"""


def test_a_procuratorates_casework_counts_of_people_are_flows_of_its_year() -> None:
    """批准逮捕…人, 提起公诉…人, 附条件不起诉…人, 遴选…名: people arrested, charged, spared or
    selected in the year, counted as the casework is (起诉 was known; 逮捕, 公诉, 遴选 were not)."""
    found = document_by_number(PROCURATORATE, date(2025, 1, 20))
    for flow in ("2.35万人", "5.12万人", "412人", "128名"):
        assert found[flow].kind == "actual", flow


EXCHANGE_MONTH = """深交所2025年9月市场统计月报

截至9月末，深市上市公司2880家。9月份，深市新上市公司7家，首发募集资金51.2亿元。
当月发行公司债券（含企业债券）241只，发行金额1980亿元；发行资产支持证券96只。
当月新上市ETF 11只。
截至9月末，深市挂牌基金670只，ETF规模1.36万亿元。
"""


def test_an_exchanges_new_listings_and_issues_of_a_month_are_flows() -> None:
    """新上市公司7家, 发行公司债券241只, 新上市ETF 11只: listed or issued in the month, flows; the
    listed firms at the month's end stay a stock."""
    found = document_by_number(EXCHANGE_MONTH, date(2025, 10, 10))
    assert found["2880家"].kind == "count_total"
    for flow in ("7家", "241只", "96只", "11只"):
        assert found[flow].kind == "actual", flow


HONOURED = """某市人民检察院工作报告

一、2024年主要工作
（六）锻造过硬队伍。全市8个集体、21名个人受到最高人民检察院表彰。
"""


def test_those_honoured_in_the_year_are_a_flow_also_the_lists_earlier_count() -> None:
    """8个集体、21名个人受到…表彰: bodies and people honoured in the year, as 被评为 counts them;
    the list's first count shares the verb after its last."""
    found = document_by_number(HONOURED, date(2025, 1, 20))
    for flow in ("8个", "21名"):
        assert found[flow].kind == "actual", flow


FLOOD_SEASON = """某省2025年汛期气候通报

2025年汛期（6月1日至9月30日），全省降水偏多、气温偏高，现通报如下。
一、降水偏多三成
汛期全省平均降水量486.2毫米，较常年同期（402.5毫米）偏多2成。甲、乙两市降水偏多4成以上；丙市降水偏少1成。
五、后期展望
预计10月全省平均降水量10至20毫米，较常年同期偏少1至2成；平均气温较常年同期偏高1.5℃左右。
"""


def test_departures_from_the_normal_in_tenths_are_no_growth() -> None:
    """偏多三成, 较常年同期（402.5毫米）偏多2成, 降水偏多4成以上: a departure from the normal in 成
    is other, as one in % is, also with the normal's value in brackets or with no base named."""
    found = document_by_number(FLOOD_SEASON, date(2025, 10, 15))
    for gap in ("三成", "2成", "4成以上", "1成"):
        assert found[gap].kind == "other", gap


def test_an_outlooks_items_after_a_semicolon_are_its_forecast() -> None:
    """预计10月…偏少1至2成；平均气温较常年同期偏高1.5℃左右: the forecast goes on past ；."""
    found = document_by_number(FLOOD_SEASON, date(2025, 10, 15))
    assert found["1.5℃左右"].kind == "target"


REVISION = """2025年第三季本地生产总值

本局同时修订了第二季的数字。第二季本地生产总值实质增长率由早前公布的3.9%修订为4.3%，主要由于货物出口的增幅由5.2%向上修订至6.1%。
"""


def test_a_growth_rate_revised_stays_a_growth_rate() -> None:
    """由早前公布的3.9%修订为4.3%, 增幅由5.2%向上修订至6.1%: the revised figure replaces the first
    estimate, a growth rate as it was, no share."""
    found = document_by_number(REVISION, date(2025, 11, 28))
    for rate in ("4.3%", "6.1%"):
        assert found[rate].kind == "growth_rate", rate


PROVINCE_RELEASE = """前三季度全区经济运行情况

前三季度，全区规模以上工业增加值同比增长6.1%。12个设区市中，有9个市规上工业增加值实现增长。每100名员工中有0.6人被裁退。
"""


def test_members_of_a_counted_group_that_qualified_are_how_many_there_are() -> None:
    """12个设区市中，有9个市…实现增长: the cities of the group that grew, how many there are (not
    the flow 增加值 their name holds); a rate per base (每100名员工中有) stays as it was."""
    found = document_by_number(PROVINCE_RELEASE, date(2025, 10, 24))
    assert found["9个"].kind == "count_total"
    assert found["0.6人"].kind == "actual"


TALENT_MEASURES = """关于支持人才发展的若干措施

第二条　对入选的创新创业领军人才给予项目资助；其中创业类项目可再获得最高300万元的股权投资。
第四条　符合条件的青年人才可申请入住人才公寓，租金按同地段市场租金的60%收取。
第五条　支持高校学生来本市见习。每年提供就业见习岗位8000个以上。每年培养高技能人才不少于1万名。
第八条　每年评选引才育才成效显著的用人单位20家，每家给予10万元奖励。
"""


def test_a_capped_amount_a_rule_lets_one_obtain_is_its_parameter() -> None:
    """可再获得最高300万元的股权投资: the most a measure lets a project obtain, other."""
    found = document_by_number(TALENT_MEASURES, date(2025, 3, 28))
    assert found["300万元"].kind == "other"


def test_a_charge_set_as_a_share_of_a_base_is_a_rules_parameter() -> None:
    """租金按同地段市场租金的60%收取: the rate a rule charges, no share of a period."""
    found = document_by_number(TALENT_MEASURES, date(2025, 3, 28))
    assert found["60%"].kind == "other"


def test_a_policys_yearly_floors_are_goals() -> None:
    """每年提供…8000个以上, 每年培养…不少于1万名: floors a policy sets itself for every year."""
    found = document_by_number(TALENT_MEASURES, date(2025, 3, 28))
    for goal in ("8000个以上", "1万名"):
        assert found[goal].kind == "target", goal


def test_how_many_a_grant_goes_to_is_a_rules_parameter() -> None:
    """每年评选…用人单位20家，每家给予10万元奖励: how many the award goes to each year, other."""
    found = document_by_number(TALENT_MEASURES, date(2025, 3, 28))
    assert found["20家"].kind == "other"


LAND_MARKET = """成都土地市场

据该机构统计，今年1—10月，成都累计出让涉宅用地72宗，土地出让金约640亿元，宗数同比下降9%。今年以来，全市企业累计承担重大科技项目310项，新增发明专利授权1.2万件。
"""


def test_a_clause_after_a_running_total_scoped_by_a_place_counts_on_under_it() -> None:
    """成都累计出让涉宅用地72宗，土地出让金约640亿元: the one 累计 after the place governs the
    coordinated clause, a running total too; a clause with 新增 of its own stays a flow."""
    found = document_by_number(LAND_MARKET, date(2025, 11, 27))
    assert found["640亿元"].kind == "count_total"
    assert found["1.2万件"].kind == "actual"


JOBS_BRIEFING = """人社部新闻发布会

截至9月末，城乡居民基本养老保险领取待遇人数1.79亿人。1—9月，全国领取失业保险金人数为398万人。截至9月末，离校未就业高校毕业生实名登记271万人。
"""


def test_those_drawing_a_benefit_over_months_are_a_flow_and_registered_people_a_stock() -> None:
    """1—9月…领取失业保险金人数为398万人: those who drew it in the months, a flow (at a day, 领取
    待遇人数, the rolls, a stock); 截至9月末…未就业高校毕业生实名登记271万人: on the register at
    the day, a stock, though 登记 is a flow's verb elsewhere."""
    found = document_by_number(JOBS_BRIEFING, date(2025, 10, 28))
    assert found["398万人"].kind == "actual"
    assert found["1.79亿人"].kind == "count_total"
    assert found["271万人"].kind == "count_total"


def test_a_funds_size_at_a_day_is_a_level_as_a_market_value_is() -> None:
    """截至9月末…ETF规模1.36万亿元: the funds' holdings at market value, quoted at the day as 总市值
    is, no balance summed to it."""
    found = document_by_number(EXCHANGE_MONTH, date(2025, 10, 10))
    assert found["1.36万亿元"].kind == "actual"


BUYBACK = """关于回购公司股份的进展公告

2025年9月，公司通过集中竞价交易方式累计回购股份1,200,000股，占公司总股本360,000,000股的0.33%，支付总金额1,680.5万元（不含交易费用）。
"""


def test_a_clause_after_a_running_totals_share_counts_on_under_its_total() -> None:
    """…累计回购股份1,200,000股，占公司总股本…的0.33%，支付总金额1,680.5万元: the share is about
    the total; the payment, coordinated after it, is under the same 累计 (the doer and the means
    before 累计 are its scope)."""
    found = document_by_number(BUYBACK, date(2025, 10, 9))
    assert found["1,680.5万元"].kind == "count_total"
