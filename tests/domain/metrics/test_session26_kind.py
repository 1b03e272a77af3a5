"""Kinds of the classes blind rounds 48-50 missed (a broker's note on quarterly results, a
harvest report in its own year, a county's summary of last year, a hospital's yearly report).
Short sentences written for each class in the genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.goal_words import without_goal_terms
from tests.domain.metrics.support import document_by_number

BROKER_NOTE = """某证券研究报告·公司点评
某材料股份（600000.SH）半年报点评：业绩好于预期，新产能释放

基础数据（2025年8月20日）
收盘价（元）	21.40
目标价（元）	27.00

事件：公司发布2025年半年报。2025年上半年，公司实现营业收入31.26亿元，同比增长18.2%；归母净利润2.84亿元，同比增长24.6%。
上半年公司毛利率为19.7%，同比提升1.2个百分点。
新基地二期设计年产能8万吨，已于6月投产。
"""


def test_a_heading_of_results_against_expectations_or_a_target_price_sets_no_goal() -> None:
    """业绩好于预期 and a base-data row 目标价（元）: results measured against a forecast and an
    analyst's price, no section of goals; the half-year's results stay results (a designed
    capacity is still a goal)."""
    found = document_by_number(BROKER_NOTE, date(2025, 8, 21))
    assert found["31.26亿元"].kind == "actual"
    assert found["18.2%"].kind == "growth_rate"
    assert found["19.7%"].kind == "share"
    assert found["1.2个百分点"].kind == "growth_rate"
    assert found["8万吨"].kind == "target"


def test_goal_terms_are_cut_from_a_heading_and_goal_headings_kept() -> None:
    assert "预期" not in without_goal_terms("三季报点评：业绩超预期，订单放量")
    assert "目标" not in without_goal_terms("目标价（元） 27.00")
    assert without_goal_terms("2025年主要预期目标") == "2025年主要预期目标"


HARVEST_NEWS = """某县2025年油菜喜获丰收

6月20日，记者从县农业农村局获悉，2025年全县油菜再获丰收。全县油菜收获面积42.3万亩，比上年增加0.8万亩；总产6.1万吨，比上年增加0.2万吨，增长3.4%。
全县现有油菜烘干设备86台，日烘干能力达到1800吨，有效减少了霉变损失。
下一步，全县将抓好秋粮生产，力争今年粮食总产达到45万吨，增长2%。
"""


def test_figures_of_the_year_in_a_sentence_reporting_it_done_are_results() -> None:
    """In June a sentence held against last year (比上年增加…，增长3.4%) or marked done (减少了)
    reports results of the year not yet over; a sentence with a goal word stays a plan."""
    found = document_by_number(HARVEST_NEWS, date(2025, 6, 21))
    assert found["3.4%"].kind == "growth_rate"
    assert found["1800吨"].kind == "actual"
    assert found["45万吨"].kind == "target"
    assert found["2%"].kind == "target"


BUDGET_NEXT_YEAR = """某縣115年度總預算案

115年度歲入編列320.5億元。其中，統籌分配稅款編列110.2億元，較上年度增加6.1億元。
"""


def test_a_budget_for_a_year_not_begun_stays_a_plan_though_held_against_last_year() -> None:
    found = document_by_number(BUDGET_NEXT_YEAR, date(2025, 10, 20))
    assert found["110.2億元"].kind == "target"
    assert found["6.1億元"].kind == "target"


INSTITUTE_YEAR = """某市人民医院2024年度工作报告

三、科研教学。2024年，医院获批省级科研立项28项，发表核心期刊论文86篇，获市科学技术进步奖三等奖2项。
全年主持或参与制定行业标准6项。
"""


def test_a_bodys_projects_papers_prizes_and_standards_of_the_year_are_flows() -> None:
    """获批…立项, 发表…论文, 获…三等奖, 参与制定…标准: approved, published, won and drafted in the
    year, flows; a count of standards is no standard's level (other)."""
    found = document_by_number(INSTITUTE_YEAR, date(2025, 2, 10))
    for flow in ("28项", "86篇", "2项", "6项"):
        assert found[flow].kind == "actual", flow


TOWNSHIP_SUMMARY = """某镇人民政府关于2024年工作总结和2025年工作计划的报告

一、2024年工作总结
（一）基础设施。全年争取上级项目资金2650万元，实施项目21个。
二、2025年工作计划
新建村组道路8公里，改造农村户厕120户；争取上级项目资金3000万元以上。
"""


def test_a_summary_section_reports_results_and_a_plan_section_sets_goals() -> None:
    """二、…工作计划 after 一、…工作总结 (in a January text): the summary's 争取 is funds won, its
    项目 those carried out; the plan section's figures, with or without a goal word, are goals."""
    found = document_by_number(TOWNSHIP_SUMMARY, date(2025, 1, 15))
    assert found["2650万元"].kind == "actual"
    assert found["21个"].kind == "actual"
    for goal in ("8公里", "120户", "3000万元以上"):
        assert found[goal].kind == "target", goal


COUNTY_ADDRESS = """某縣縣長施政報告（民國114年）

推動契作計畫，114年契作小麥面積達1,870公頃，較113年增加9.4%。
"""

PLAN_IN_MARCH = """某省优化营商环境行动方案

2025年，全省企业开办时间压缩至1个工作日，较2024年减少50%。
"""


def test_a_years_figure_held_against_an_earlier_named_year_late_in_the_year_is_a_result() -> None:
    """In November, 114年…達1,870公頃，較113年增加9.4%: the year's contract farming so far (契作:
    a season's area, no standing one); in March a plan's cut against its base year stays a goal."""
    found = document_by_number(COUNTY_ADDRESS, date(2025, 11, 4))
    area = next(m for quote, m in found.items() if quote.endswith("1,870公頃"))
    assert area.kind == "actual"
    assert found["9.4%"].kind == "growth_rate"
    plan = document_by_number(PLAN_IN_MARCH, date(2025, 3, 20))
    assert plan["50%"].kind == "target"


SOWING_SO_FAR = """某市夏种进展顺利

截至6月30日，全市夏播作物已播种356.2万亩，占计划面积的91.3%，其中玉米210.4万亩、大豆48.6万亩。
今年计划改造提升农田15万亩，目前已开工建设12.1万亩，开工率80.7%。
"""


def test_an_area_done_up_to_a_day_and_its_parts_are_running_totals() -> None:
    """截至…已播种 / 目前已开工建设: an area done so far, a running total at the day, and the 其中
    items with it; 占计划面积的: the plan is the share's base, no goal for the share."""
    found = document_by_number(SOWING_SO_FAR, date(2025, 7, 2))
    for total in ("356.2万亩", "210.4万亩", "48.6万亩", "12.1万亩"):
        assert found[total].kind == "count_total", total
    assert found["91.3%"].kind == "share"


def test_a_rate_after_a_clause_reporting_the_plans_work_done_is_no_goal() -> None:
    """计划…15万亩，目前已开工建设…，开工率80.7%: the goal word is the plan's, the rate after the
    work done is a share now; the plan's own figure stays a goal."""
    found = document_by_number(SOWING_SO_FAR, date(2025, 7, 2))
    assert found["80.7%"].kind == "share"
    assert found["15万亩"].kind == "target"


COUNTY_STOCKS = """某县施政报告

截至2025年9月底，本县公共债务未偿余额为86.2亿元，平均每位县民负担约1.3万元。
社区养老服务站由2023年底的41处增加至2024年底的57处。
"""


def test_a_mean_per_head_at_a_day_and_the_level_a_change_reached_are_read_as_such() -> None:
    """平均每位县民负担 at a 截至 day: a mean per head, no sum run up to the day; 由…41处增加至
    …的57处: the level reached at the year's end, a stock, not an amount added."""
    found = document_by_number(COUNTY_STOCKS, date(2025, 11, 4))
    assert found["1.3万元"].kind == "actual"
    assert found["57处"].kind == "count_total"


PRICE_NOW = """某市夏粮收购有序开展

目前，全市小麦主流收购价格为1.21—1.25元/斤，同比下降2.4%。
"""


def test_a_price_quoted_now_is_a_level_no_sum_to_date() -> None:
    found = document_by_number(PRICE_NOW, date(2025, 7, 8))
    price = next(m for quote, m in found.items() if quote.startswith("1.21"))
    assert price.kind == "actual"


HARVEST_MACHINES = """某县三夏生产顺利

“三夏”期间，全县共投入联合收割机4200台、拖拉机6100台，其中跨区作业收割机300余台。
"""


def test_a_round_part_of_a_flow_after_its_is_part_of_the_flow() -> None:
    """其中…300余台 under 投入…收割机: a part of the machines put in over the season, counted
    round (余), a flow as the whole is."""
    found = document_by_number(HARVEST_MACHINES, date(2025, 6, 20))
    assert found["300余台"].kind == "actual"


PURCHASE_SO_FAR = """某县夏粮收购有序开展

截至7月10日，全县累计收购小麦21.4万吨，同比增加2.6万吨，其中政策性收购1.9万吨。
"""


def test_a_part_after_a_running_totals_change_breaks_down_the_total() -> None:
    """累计…21.4万吨，同比增加2.6万吨，其中…1.9万吨: a part of the running total (not of its
    change), a running total too."""
    found = document_by_number(PURCHASE_SO_FAR, date(2025, 7, 12))
    assert found["1.9万吨"].kind == "count_total"
    assert found["2.6万吨"].kind == "actual"


HOLIDAY_TRAFFIC = """某市国庆假期交通运行平稳

国庆假期，全市地铁日均客运量182.6万乘次，较平日增长9.8%。
"""


def test_a_holidays_figure_against_an_ordinary_days_is_a_gap_no_change() -> None:
    found = document_by_number(HOLIDAY_TRAFFIC, date(2025, 10, 9))
    assert found["9.8%"].kind == "other"


RANK_MOVE = """某医院年度工作报告

在全国三级公立医院绩效考核中，医院排名第212位，较上一年度上升18位。
"""


def test_a_rank_move_against_the_year_before_written_out_is_a_change() -> None:
    found = document_by_number(RANK_MOVE, date(2025, 2, 18))
    assert found["18位"].kind == "growth_rate"


MARKET_MONTH = """某月证券市场融资统计

当月有3家公司因财务造假强制退市。证监会同意注册企业15家。再融资方面，定向增发27家，配股2家。
"""


def test_a_markets_delistings_approvals_and_issues_of_a_month_are_flows() -> None:
    found = document_by_number(MARKET_MONTH, date(2025, 11, 5))
    for flow in ("3家", "15家", "27家", "2家"):
        assert found[flow].kind == "actual", flow


COURT_ENFORCEMENT = """某市法院执行工作情况通报

专项行动期间，全市法院集中执结案件520件，司法拘留拒不履行的被执行人156人。通过网络查控系统查询冻结存款12.3亿元。
"""


def test_a_courts_detentions_and_money_frozen_are_flows() -> None:
    """司法拘留…的被执行人: 拘留 governs the name as after 依法; 冻结存款: money frozen, a flow
    though 存款 names a balance."""
    found = document_by_number(COURT_ENFORCEMENT, date(2025, 7, 10))
    assert found["156人"].kind == "actual"
    assert found["12.3亿元"].kind == "actual"
