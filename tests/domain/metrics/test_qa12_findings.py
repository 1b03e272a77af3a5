"""Rules QA round 12 (a State Council notice, a provincial 若干意见 on consumption, a national
statistics bulletin, two years of a city's work reports) showed missing, each stated on short
sentences written for it, not taken from those documents."""

from datetime import date

from pipelines.domain.metrics.canonical import canonical_indicator, series_key
from tests.domain.metrics.support import by_quote, metrics


def _found(texts, doc=date(2025, 6, 20), home="嘉兴市"):
    return by_quote(metrics(texts if isinstance(texts, list) else [texts], doc=doc, home=home))


def _key(m):
    return series_key(m.indicator, m.unit, m.basis)


# finding 1: a target's and a result's phrasing of one price index share a key
def test_a_price_target_and_the_next_years_rise_share_one_key():
    goal = _found("2024年主要预期目标是：居民消费价格涨幅3%左右。", doc=date(2024, 1, 20))
    result = _found("2024年，全市居民消费价格比上年上涨0.4%。", doc=date(2025, 1, 18))
    (target,), (actual,) = goal.values(), result.values()
    assert (target.kind, actual.kind) == ("target", "growth_rate")
    assert _key(target) == _key(actual) and target.unit == actual.unit == "%"


def test_the_names_of_consumer_prices_and_their_rise_are_one_key():
    cpi = canonical_indicator("居民消费价格", "%")
    for name in ("居民消费价格涨幅", "居民消费价格指数", "居民消费价格指数（CPI）", "CPI",
                 "CPI涨幅", "居民消费价格同比涨幅", "居民消费价格总水平", "消费者物价上涨率",
                 "消费者物价指数", "物价涨幅", "居民消费价格同比上涨幅度"):
        assert canonical_indicator(name, "%") == cpi, name
    ppi = canonical_indicator("工业生产者出厂价格", "%")
    assert canonical_indicator("工业生产者出厂价格指数（PPI）", "%") == ppi
    assert canonical_indicator("PPI", "%") == ppi
    # a fall stays apart (降幅), and a rate word alone keeps its name
    assert canonical_indicator("居民消费价格降幅", "%") != cpi
    assert canonical_indicator("同比涨幅", "%") == "同比涨幅"
    assert (canonical_indicator("城镇居民人均可支配收入增长幅度", "%")
            == canonical_indicator("城镇居民人均可支配收入", "%"))


# finding 2: 增产 / 减产 / 增收 / 减收 + a percentage
def test_more_or_less_output_in_percent_is_the_growth_of_the_output_named_before():
    m = _found(["2025年全年粮食产量70650万吨，比上年增加1109万吨，增产1.6%。",
                "其中夏粮产量14989万吨，减产0.5%。",
                "农村居民人均可支配收入23100元，比上年增收1250元，增收5.7%。"],
               doc=date(2026, 2, 28))
    assert (m["1.6%"].kind, m["1.6%"].indicator, m["1.6%"].value) == (
        "growth_rate", "粮食产量", 1.6)
    assert (m["0.5%"].kind, m["0.5%"].indicator, m["0.5%"].value) == (
        "growth_rate", "夏粮产量", -0.5)
    assert (m["5.7%"].kind, m["5.7%"].indicator) == ("growth_rate", "农村居民人均可支配收入")
    assert (m["1250元"].indicator, m["1250元"].basis) == ("农村居民人均可支配收入", "change")
    assert _key(m["1.6%"]) == series_key("粮食产量", "%", None)


# finding 3: a grant named by the grant, also after its amount and for a bare per-unit cap
def test_a_grant_after_its_amount_names_it():
    m = _found(["对个人消费者购买新能源汽车给予最高1.5万元补贴。",
                "对购买智能家居产品的，给予最高3000元购置补贴。"])
    assert (m["最高1.5万元"].indicator, m["最高1.5万元"].kind) == ("补贴", "other")
    assert m["最高1.5万元"].qualifier == "at_most"
    assert m["最高3000元"].indicator == "购置补贴"


def test_a_cap_per_unit_written_with_a_measure_word_alone_takes_the_grants_name():
    m = _found(["购买一级能效家电按售价的20%给予补贴，每件最高不超过2000元。",
                "对新建老年助餐点给予一次性补助，每个最高不超过10万元。"])
    assert (m["不超过2000元"].indicator, m["不超过2000元"].kind) == ("补贴", "other")
    assert m["不超过10万元"].indicator == "一次性补助"
    assert m["不超过10万元"].period_start is None
    # a unit named with its noun stays the cap's name (round 8: 单个企业, 每间企业)
    m = _found("按设备投资额的10%给予补助，单个企业每年最高不超过800万元。")
    assert m["不超过800万元"].indicator == "单个企业"


# finding 4: a fund committed is a goal; a contract's term is its parameter
def test_a_yearly_fund_a_treasury_commits_is_a_target():
    m = _found("省财政每年统筹安排促消费专项资金不少于20亿元，其中用于以旧换新的比例不低于50%。",
               home="浙江省")
    fund, share = m["不少于20亿元"], m["不低于50%"]
    assert (fund.kind, fund.qualifier, fund.indicator) == (
        "target", "at_least", "统筹安排促消费专项资金")
    assert fund.basis == "per_year"
    assert share.kind == "target"
    # an amount already spent stays a result
    (done,) = _found("2024年，市财政已安排专项资金不少于8亿元。", doc=date(2025, 3, 1)).values()
    assert done.kind == "actual"


def test_a_construction_period_is_a_contracts_parameter():
    m = _found(["计划工期：540日历天。", "本项目合同工期为365天。"], doc=date(2025, 3, 20))
    assert (m["540日历天"].kind, m["540日历天"].period_start) == ("other", None)
    assert (m["365天"].kind, m["365天"].unit) == ("other", "天")


# finding 5: round 9's leftovers
def test_a_bare_share_after_a_figure_is_that_figures_share():
    m = _found("前10个月，对东盟进出口1046.7亿元，增长9.2%，占31.5%，比去年同期提升1.3个百分点，"
               "拉动全省进出口增长2.8个百分点。", doc=date(2025, 11, 20), home="安徽省")
    assert (m["31.5%"].kind, m["31.5%"].indicator) == ("share", "东盟进出口占比")
    assert _key(m["31.5%"]) != _key(m["9.2%"])
    assert m["1.3个百分点"].indicator == "东盟进出口占比"
    assert m["2.8个百分点"].indicator == "东盟进出口拉动全省进出口"


def test_a_contribution_after_a_share_is_named_by_the_part():
    m = _found("民营企业进出口4580.3亿元，增长11.7%，占全省进出口总值的62.5%，"
               "拉动全省进出口增长7.1个百分点。", doc=date(2025, 11, 20), home="安徽省")
    assert m["7.1个百分点"].indicator == "民营企业进出口拉动全省进出口"


def test_a_cumulative_goal_of_a_reviewed_plan_runs_over_the_plans_years():
    from pipelines.domain.analysis import analyse_document
    raw = ("宁波市“十四五”规划纲要实施中期评估报告\n\n"
           "四、后两年推进规划实施的建议\n\n"
           "力争到2025年，常住人口城镇化率达到80%左右，单位地区生产总值能耗累计降低13.5%。\n")
    found = by_quote(analyse_document(raw, published_on=date(2024, 5, 10)).metrics)
    fall = found["13.5%"]
    assert (fall.kind, fall.value) == ("target", -13.5)
    assert (fall.period_start, fall.period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    level = found["达到80%左右"]
    assert (level.period_start, level.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
