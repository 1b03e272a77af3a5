"""Round 16's kind, period and qualifier misses, each a class of phrasing stated on short
sentences written for it (in the manner of a listed company's results news and an industry
association's monthly release): a proposal after 拟, a year naming a plan, the base a sum is
computed on."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

DOC = date(2026, 4, 18)  # a results report of the year before, published in April


def _read(texts, doc=DOC, home=None):
    """Each quote's (kind, period start, period end), for one paragraph of ``texts``."""
    return {q: (m.kind, m.period_start, m.period_end)
            for q, m in by_quote(metrics(texts, doc, home)).items()}


# 1. 拟 opens a plan not yet carried out, also when the segmenter glues it to the preposition
# after it (拟向, 拟将, 拟以); the base the payout is computed on (以总股本…计算) is no part of
# the plan, and the year naming the plan (2025年度利润分配方案) dates none of its figures


def test_a_proposal_after_ni_is_a_plan_undated_by_the_year_naming_it():
    found = _read(["经董事会审议，公司2025年度利润分配方案为：拟向全体股东每10股派发现金红利"
                   "1.60元（含税），以总股本12.5亿股计算，合计拟派发现金红利2.0亿元。"])
    assert found["1.60元"] == ("target", None, None)
    assert found["2.0亿元"] == ("target", None, None)
    assert found["12.5亿股"] == ("count_total", None, None)


def test_a_proposal_glued_to_its_preposition_is_still_a_plan():
    found = _read(["公司拟将募集资金中的3.5亿元用于新建生产线。"])
    assert found["3.5亿元"][0] == "target"


def test_a_cue_character_inside_a_verb_is_no_plan():
    found = _read(["2025年，公司积极应对市场变化，实现营业收入86.2亿元。"])
    assert found["86.2亿元"][0] == "actual"  # (应对 "cope with" is no 应 "should")


def test_a_headline_proposal_after_the_years_results_is_not_dated_by_that_year():
    found = _read(["某某科技：2025年净利润同比增长21.3% 拟每10股派1.5元"])
    assert found["21.3%"] == ("growth_rate", date(2025, 1, 1), date(2025, 12, 31))
    assert found["1.5元"] == ("target", None, None)


def test_a_proposal_is_not_read_into_results_without_ni():
    found = _read(["2025年，公司向全体股东每10股派发现金红利1.2元，合计派发现金红利1.5亿元。"])
    assert found["1.2元"] == ("actual", date(2025, 1, 1), date(2025, 12, 31))


def test_the_year_in_a_shares_base_does_not_date_the_next_clause():
    found = _read(["公司拟派发现金红利约3.1亿元，占当年归母净利润的35.0%，分红比例较上年提高"
                   "2.5个百分点。"])
    assert found["2.5个百分点"] == ("target", None, None)


# 2. 累计 before sales, output or trade (累计销售, 累计生产, 累计出口) in a paragraph of a year to
# date totals the months so far: the flow of 1-10月, not a stock at the text's date


RELEASE = date(2025, 11, 12)
JAN_OCT = (date(2025, 1, 1), date(2025, 10, 31))


def test_sales_totalled_by_leiji_are_a_running_total_of_the_year_to_date():
    found = _read(["1-10月，排名前五位的企业集团共销售汽车1680.2万辆，同比增长9.1%。",
                   "长安汽车累计销售汽车230.1万辆，同比增长8.2%。"], RELEASE)
    assert found["230.1万辆"] == ("count_total", *JAN_OCT)


def test_a_stock_after_leiji_stays_a_stock_at_its_date():
    found = _read(["1-10月，全省新能源汽车销量12.3万辆。", "全省新能源汽车累计推广应用45.6万辆。"],
                  RELEASE)
    assert found["45.6万辆"] == ("count_total", RELEASE, RELEASE)


# 3. 截至 a day makes an amount a sum to date (count_total), but not the change of a balance
# (较年初减少…亿元: a flow, actual) nor what a market quotes at that day (股价, 总市值: levels)


def test_a_balances_change_to_a_date_is_a_flow_and_the_balance_a_stock():
    found = _read(["截至2025年末，公司应收账款余额为86.4亿元，较年初增加9.7亿元。"])
    assert found["86.4亿元"][0] == "count_total"
    assert found["9.7亿元"][0] == "actual"


def test_a_share_price_and_market_value_at_a_date_are_levels():
    found = _read(["截至2025年12月31日收盘，公司股价报12.35元，总市值约865亿元。"])
    assert found["12.35元"][0] == "actual"
    assert found["约865亿元"][0] == "actual"


# 4. a day named without its year is the latest such day up to the document's date, not a day of
# the year the text reports on (a results report on 2025 published in April 2026)


def test_a_day_without_its_year_is_the_latest_up_to_the_documents_date():
    found = _read(["2025年，公司实现营业收入312.5亿元。",
                   "截至4月16日收盘，公司股价报9.12元，总市值约410亿元。"])
    assert found["9.12元"] == ("actual", date(2026, 4, 16), date(2026, 4, 16))
    found = _read(["2025年，公司实现营业收入312.5亿元。",
                   "截至12月31日，公司员工总数1.52万人。"])
    assert found["1.52万人"][1:] == (date(2025, 12, 31), date(2025, 12, 31))


def test_a_day_after_a_year_named_in_its_sentence_stays_in_that_year():
    found = _read(["公司2024年实现营业收入298.1亿元，截至3月31日，员工总数1.48万人。"])
    assert found["1.48万人"][1:] == (date(2024, 3, 31), date(2024, 3, 31))


# 5. 达到 / 达 before the base of a share (达到…的N%) is the level the share reaches: qualifier
# reach, and the name is the figure before it; not the completion of a plan (达全年预算的97%)


def _qualified(texts, doc=RELEASE):
    return {q: (m.qualifier, m.indicator) for q, m in by_quote(metrics(texts, doc, None)).items()}


def test_a_share_that_reaches_its_level_of_a_whole():
    found = _qualified(["10月，插电式混合动力汽车销量达到新能源汽车总销量的38.2%。"])
    assert found["38.2%"] == ("reach", "插电式混合动力汽车销量")


def test_the_completion_of_a_budget_and_a_word_holding_da_are_no_reach():
    found = _qualified(["1-10月，全省税收收入完成412.6亿元，达全年预算的86.3%。",
                        "全省欠发达地区的62.5%位于山区。"])
    assert found["86.3%"][0] == "none"
    assert found["62.5%"][0] == "none"


# 6. (QA 17) 持平 against a base, in a clause naming what did not change and giving no number of
# its own, is that indicator's change: 0 (a percent; points for a rate)


def _changes(texts, doc=date(2025, 9, 20)):
    return {(m.quote, m.indicator, m.kind, m.value, m.unit, m.period_start)
            for m in metrics(texts, doc, None) if m.quote == "持平"}


def test_an_unchanged_price_index_is_a_growth_of_zero():
    assert _changes(["上半年，全市居民消费价格与上年同期持平，其中食品价格下降1.2%。"]) == {
        ("持平", "居民消费价格", "growth_rate", 0.0, "%", date(2025, 1, 1))}
    assert _changes(["8月份，工业生产者出厂价格同比持平。"]) == {
        ("持平", "工业生产者出厂价格", "growth_rate", 0.0, "%", date(2025, 8, 1))}


def test_an_unchanged_rate_is_a_change_of_zero_points():
    found = _changes(["8月份，全市城镇调查失业率同比持平。"])
    assert {(kind, value, unit) for _, _, kind, value, unit, _ in found} == {
        ("growth_rate", 0.0, "百分点")}


def test_unchanged_after_a_level_or_about_or_of_a_group_is_no_figure():
    assert not _changes(["8月份，全市城镇调查失业率为5.1%，与上月持平。",
                         "全市粮食播种面积与上年基本持平。",
                         "8月份，新建商品住宅价格环比下降的城市有5个，持平的有2个。",
                         "食品价格环比上涨0.4%；衣着价格持平。"])
