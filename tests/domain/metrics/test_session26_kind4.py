"""Figures of a period not over on the text's date, with no goal word of their own, in a text
that reports that period's results elsewhere (a harvest in, a year's grants paid so far): more
of those results, not goals. Invented sentences in the genre's manner."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number

RAPESEED_NEWS = """某县2025年油菜再获丰收 总产突破6万吨

6月20日，记者从县农业农村局获悉，2025年全县油菜再获丰收。全县油菜收获面积42.3万亩，比上年增加0.8万亩；总产6.1万吨，比上年增加0.2万吨，增长3.4%。其中，东坪镇油菜总产1.3万吨，居全县第1位。

今年全县油菜生产克服了播种期干旱影响。全县推广油菜机械化播种面积31万亩，油菜良种覆盖率稳定在95%以上。

下一步，全县将抓好秋粮生产，力争今年粮食总产达到45万吨。
"""


def test_a_harvest_reported_in_its_own_year_holds_its_uncued_figures_as_results() -> None:
    """The headline, the 其中 sentence and the next paragraph's figures read as results, as the
    year's comparison with last year does; a goal word keeps its own figure a goal."""
    found = document_by_number(RAPESEED_NEWS, date(2025, 6, 21))
    assert found["6.1万吨"].kind == "actual"
    assert found["6万吨"].kind == "actual"
    assert found["1.3万吨"].kind == "actual"
    assert found["第1位"].kind == "rank"
    assert found["31万亩"].kind == "actual"
    assert found["95%以上"].kind == "share"
    assert found["45万吨"].kind == "target"


COUNTY_REPORT = """某县县长施政报告

一、农业
2025年办理稻作补助，申请面积1.2万公顷，比上年增加3%。2025年度农业经费编列8.6亿元，占总预算12.5%。
"""


def test_a_budget_line_of_the_year_stays_a_plan_beside_its_results() -> None:
    found = document_by_number(COUNTY_REPORT, date(2025, 10, 20))
    assert found["8.6亿元"].kind == "target"
    assert found["12.5%"].kind == "target"


PLAN_NEWS = """某县2025年农田建设安排

2025年全县新建高标准农田5万亩，改造提升3万亩。
"""


def test_a_year_not_over_with_no_result_reported_keeps_its_figures_goals() -> None:
    found = document_by_number(PLAN_NEWS, date(2025, 2, 10))
    assert found["5万亩"].kind == "target"
    assert found["3万亩"].kind == "target"


ORCHARD_NEWS = """某县猕猴桃产业发展情况

2025年，全县猕猴桃种植面积稳定在9.4万亩，其中挂果园6.8万亩；鲜果产量12.6万吨，同比增长5.1%。
全县核桃种植面积达到3.2万亩，其中当年新植核桃园2100亩。
"""


def test_a_bare_part_of_a_standing_area_stands_too_a_new_one_is_a_flow() -> None:
    found = document_by_number(ORCHARD_NEWS, date(2025, 12, 10))
    assert found["9.4万亩"].kind == "count_total"
    assert found["6.8万亩"].kind == "count_total"
    assert found["2100亩"].kind == "actual"


def test_service_users_over_months_and_operations_counted_each_time_are_flows() -> None:
    text = """某县社会福利工作报告

2025年1至6月长期照护服务使用者3,215人，服务时数达42万小时。
上半年全县投入联合收割机3.2万台次，烘干设备1.1万台次。
"""
    found = document_by_number(text, date(2025, 7, 20))
    assert found["3,215人"].kind == "actual"
    assert found["3.2万台次"].kind == "actual"
    assert found["1.1万台次"].kind == "actual"


def test_a_part_of_a_subsidy_fund_given_reached_is_a_share_no_rule_rate() -> None:
    text = """某县乡村振兴工作总结

全年投入衔接推进乡村振兴补助资金2.45亿元，其中用于产业发展的比例达到58.1%。
对新建冷库按投资额的30%比例给予补助。
"""
    found = document_by_number(text, date(2025, 12, 20))
    assert found["58.1%"].kind == "share"
    assert found["30%"].kind == "other"


def test_a_bare_change_clause_after_a_level_is_its_change() -> None:
    text = """某市生态环境质量月报

1-9月，全市环境空气质量综合指数为3.85，同比改善5.1%。
"""
    found = document_by_number(text, date(2025, 10, 15))
    assert found["3.85"].kind == "actual"
    assert found["5.1%"].kind == "growth_rate"


def test_teams_formed_or_people_selected_over_months_are_a_flow_those_at_a_day_a_stock() -> None:
    text = """某县卫生健康工作报告

1-6月，全县医保系统组建政策宣讲服务队48个，开展宣讲320场次。
上半年，选派15名骨干外出进修，入选省级青年医学人才培养对象7人。
截至6月末，全县组建家庭医生团队86个。
"""
    found = document_by_number(text, date(2025, 7, 15))
    assert found["48个"].kind == "actual"
    assert found["7人"].kind == "actual"
    assert found["86个"].kind == "count_total"


def test_a_share_right_after_a_planned_payout_is_the_plans() -> None:
    text = """某科技股份有限公司2025年第三季度报告

公司董事会审议通过利润分配预案，拟向全体股东每10股派发现金红利0.80元（含税），合计派发现金红利2,416.3万元，占公司年初至报告期末归属于上市公司股东的净利润的21.35%。
"""
    found = document_by_number(text, date(2025, 10, 28))
    assert found["2,416.3万元"].kind == "target"
    assert found["21.35%"].kind == "target"
