"""Rules QA round 14 (ten documents about one province: work reports, a statistics bulletin, a
quarter's news, a plan-execution report, a budget report with a table) showed missing, each
stated on short sentences written for it, not taken from those documents."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.canonical import canonical_indicator, series_key
from pipelines.domain.metrics.home import home_from_masthead, home_from_source
from pipelines.domain.units import normalize_unit
from tests.domain.metrics.support import by_quote, metrics


def _found(texts, doc=date(2025, 3, 20), home="湖南省"):
    return by_quote(metrics(texts if isinstance(texts, list) else [texts], doc=doc, home=home))


def _key(m):
    return series_key(m.indicator, m.unit, m.basis)


# finding 1: keys that kept a target from its result
def test_a_yearly_average_of_a_rate_is_the_rates_key():
    m = _found("全年城镇调查失业率平均值为5.1%。")
    assert _key(m["5.1%"]) == canonical_indicator("城镇调查失业率", "%")


def test_energy_per_ten_thousand_yuan_of_output_is_per_unit_of_output():
    m = _found("全年万元地区生产总值能耗比上年下降2.9%。")
    assert _key(m["2.9%"]) == canonical_indicator("单位地区生产总值能耗", "%")
    assert canonical_indicator("万元GDP能耗", "%") == canonical_indicator("单位GDP能耗", "%")
    assert (canonical_indicator("万元工业增加值用水量", "立方米")
            == canonical_indicator("单位工业增加值用水量", "立方米"))


def test_a_harvest_in_jin_compares_with_one_in_tonnes_under_one_key():
    goal = _found("2025年主要预期目标：粮食产量稳定在610亿斤以上。", doc=date(2025, 1, 20))
    result = _found("全年粮食总产量3068.5万吨，比上年增长0.8%。", doc=date(2026, 3, 1))
    target, actual = goal["610亿斤以上"], result["3068.5万吨"]
    assert target.kind == "target" and actual.kind == "actual"
    assert _key(target) == _key(actual)
    assert target.unit == actual.unit == "吨"
    assert target.value_normalized == 30_500_000.0  # 610亿斤 = 3050万吨
    assert target.value == 610 and target.unit_raw == "亿斤"


def test_a_bare_jin_is_half_a_kilogram():
    assert (normalize_unit("斤").base, normalize_unit("斤").multiplier) == ("千克", 0.5)
    assert (normalize_unit("万斤").base, normalize_unit("万斤").multiplier) == ("吨", 5.0)
    m = _found("全县粮食平均亩产900.2斤，比上年增加10.4斤。")
    assert (m["900.2斤"].unit, m["900.2斤"].value_normalized) == ("千克", 450.1)


# finding 2: 年初 of a goal's date is not the period of the figures
def test_the_start_of_the_year_a_goal_was_set_dates_no_figure():
    m = _found("2024年，全省地区生产总值增长5.3%，高于年初预期目标0.3个百分点；"
               "规模以上工业增加值增长6.1%，低于预期目标0.4个百分点。", doc=date(2025, 1, 15))
    for quote in ("5.3%", "0.3个百分点", "6.1%", "0.4个百分点"):
        assert (m[quote].period_start, m[quote].period_end) == (
            date(2024, 1, 1), date(2024, 12, 31)), quote
    m = _found("2024年，全省固定资产投资增长2.2%，低于年初确定的目标2.8个百分点。",
               doc=date(2025, 1, 15))
    assert m["2.2%"].period_end == date(2024, 12, 31)


# finding 3: goals restated beside results are targets, never results
def test_a_number_named_as_the_goal_is_a_target():
    m = _found(["2024年，居民消费价格上涨0.4%，低于3%左右的调控目标。",
                "单位地区生产总值能耗下降3.6%，超额完成下降2.5%左右的年度目标。"],
               doc=date(2025, 1, 15))
    assert m["0.4%"].kind == "growth_rate"
    assert m["低于3%左右"].kind == "target"
    assert m["2.5%左右"].kind == "target"
    assert m["2.5%左右"].indicator == "单位地区生产总值能耗"  # 超额 names nothing
    assert m["3.6%"].kind == "growth_rate"


def test_a_bound_held_on_the_figure_just_given_restates_its_goal():
    m = _found(["2024年，城镇调查失业率平均为5.2%，控制在5.5%以内。",
                "粮食总产量612.5亿斤，稳定在600亿斤以上。"], doc=date(2025, 1, 15))
    assert (m["5.2%"].kind, m["5.5%以内"].kind) == ("share", "target")
    assert m["5.5%以内"].indicator == "城镇调查失业率"
    assert (m["612.5亿斤"].kind, m["600亿斤以上"].kind) == ("actual", "target")
    # a bound with no figure of its own before it stays the result (held-out h16, h24)
    m = _found("2024年，城镇新增就业17.3万人，城镇调查失业率控制在5%以内。",
               doc=date(2025, 1, 15))
    assert m["5%以内"].kind == "share"


# finding 4: a unit in a column's head
def test_a_unit_in_a_column_head_is_its_cells_and_the_kinds_of_a_column_agree():
    raw = ("二、2024年预算执行情况\n"
           "项目\t预算数（亿元）\t执行数（亿元）\t增长（%）\n"
           "一般公共预算收入\t2960.0\t2937.4\t1.6\n"
           "一般公共预算支出\t6980.0\t7012.8\t2.4\n")
    m = by_quote(analyse_document(raw, published_on=date(2025, 1, 16)).metrics)
    assert (m["2937.4"].unit, m["2937.4"].value_normalized) == ("元", 293_740_000_000.0)
    assert (m["6980.0"].unit, m["6980.0"].kind) == ("元", "target")
    assert (m["2937.4"].kind, m["7012.8"].kind) == ("actual", "actual")
    assert m["1.6"].unit == "%"


def test_spending_with_no_unit_is_a_flow_as_income_is():
    raw = ("一、2024年预算执行情况\n主要收支情况见下表：\n项目\t预算数\t执行数\t增长（%）\n"
           "一般公共预算收入\t2960.0\t2937.4\t1.6\n"
           "一般公共预算支出\t6980.0\t7012.8\t2.4\n")
    m = by_quote(analyse_document(raw, published_on=date(2025, 1, 16)).metrics)
    assert m["2937.4"].kind == m["7012.8"].kind == "actual"


# finding 5: 为预算的 is a share of the plan
def test_a_share_of_the_budget_written_with_wei_is_of_plan():
    m = _found("2024年，全省一般公共预算收入2937.4亿元，为预算的99.2%，增长1.6%。",
               doc=date(2025, 1, 16))
    assert (m["99.2%"].kind, m["99.2%"].basis) == ("share", "of_plan")
    assert _key(m["99.2%"]) != _key(m["1.6%"])
    # a share of another base stays plain (为正常保有量的103.6%, 恢复至疫情前的八成)
    m = _found("年末能繁母猪存栏40.2万头，为正常保有量的103.6%。")
    assert m["103.6%"].basis is None


# finding 6: a budget's draft for next year holds goals
def test_a_draft_budgets_amounts_are_targets_under_a_title_reviewing_the_year():
    raw = ("关于某省2024年预算执行情况和2025年预算草案的报告\n"
           "一、2024年预算执行情况\n"
           "2024年，全省一般公共预算收入2937.4亿元，增长1.6%。\n"
           "二、2025年预算草案\n"
           "2025年，全省一般公共预算收入安排2990.0亿元；一般公共预算支出安排7100.0亿元。\n")
    m = by_quote(analyse_document(raw, published_on=date(2025, 1, 16)).metrics)
    assert m["2937.4亿元"].kind == "actual"
    assert m["2990.0亿元"].kind == m["7100.0亿元"].kind == "target"
    # a section on final accounts (决算草案) reports results
    raw = ("关于2024年度市级预算执行和其他财政收支的审计工作报告\n"
           "一、市级预算执行和决算草案审计情况\n"
           "2024年，市级一般公共预算收入98.6亿元，增长3.4%。\n")
    m = by_quote(analyse_document(raw, published_on=date(2025, 8, 26)).metrics)
    assert m["98.6亿元"].kind == "actual"


# finding 7: a paper named after its place
def test_a_paper_named_after_its_place_gives_the_pages_home():
    assert home_from_source("江西日报") == "江西省"
    assert home_from_source("成都日报") == "成都市"
    assert home_from_source("人民日报") is None and home_from_source("新华社") is None
    raw = ("一季度全省经济稳中有进\n湖南日报  2024年4月20日\n\n"
           "本报讯 记者从省统计局获悉：一季度，全省地区生产总值12532.5亿元，同比增长4.9%。\n")
    assert home_from_masthead(raw) == "湖南省"


# finding 8: a streak's floor is of the thing named before
def test_a_streaks_floor_takes_the_name_before_it():
    m = _found("2023年，粮食产量612.1亿斤，连续10年稳定在600亿斤以上。", doc=date(2024, 1, 22))
    assert m["600亿斤以上"].indicator == "粮食产量"
    assert m["600亿斤以上"].kind == "actual"  # a streak's floor: no goal restated (borderline)
    m = _found("2025年全县粮食总产量18.2万吨，总产量连续8年稳定在3亿斤以上。",
               doc=date(2026, 1, 22))
    assert m["3亿斤以上"].indicator == "总产量"


# finding 9 (the lead's): a table of a period's figures against the same period a year before
def test_an_undated_table_against_the_same_period_last_year_holds_results():
    raw = ("2025年上半年全市主要经济指标\n"
           "指标\t单位\t1-6月\t比上年同期增长%\n"
           "地区生产总值\t亿元\t2456.3\t5.6\n"
           "社会消费品零售总额\t亿元\t980.4\t4.9\n")
    for published in (None, date(2025, 3, 1)):
        m = by_quote(analyse_document(raw, published_on=published).metrics)
        assert (m["2456.3"].kind, m["5.6"].kind) == ("actual", "growth_rate"), published
        assert m["2456.3"].period_end == date(2025, 6, 30)
    # a goal column stays a goal's
    raw = ("2025年主要经济指标\n"
           "指标\t单位\t2025年目标\t比上年同期增长%\n"
           "地区生产总值\t亿元\t5200.0\t5.5\n"
           "社会消费品零售总额\t亿元\t2100.0\t5.0\n")
    m = by_quote(analyse_document(raw, published_on=date(2025, 2, 1)).metrics)
    assert m["5200.0"].kind == "target"
