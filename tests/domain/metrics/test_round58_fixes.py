"""Rules found on blind round 58 (a steel association's 旬 release, a listed company's buy-back
result announcement, a newspaper's report of a typhoon's landfall): each test states a general
rule with a text of its kind, through the real extractor."""

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import by_quote, document_by_number, metrics, period_dates

NEWS = date(2025, 9, 26)


def _period(text: str, doc: date) -> list[tuple[str, date | None, date | None]]:
    return [(p.text, p.period.start, p.period.end) for p in find_periods(text, doc)]


# days given to the hour, and days of the text's own month


def test_a_run_of_days_given_to_the_hour_is_the_days():
    """9月23日8时至25日8时 (a storm's rain, a bulletin's span) runs over the days it names."""
    found = by_quote(metrics(["受台风影响，9月23日8时至25日8时，全省平均降雨量68.4毫米。"],
                             NEWS, "广东"))
    assert period_dates(found["68.4毫米"]) == (date(2025, 9, 23), date(2025, 9, 25))


def test_days_of_the_month_with_no_month_are_the_texts_month():
    """23日至25日, 截至25日20时 in news of 26 September: days of September (the month before
    when the day is later than the text's)."""
    found = by_quote(metrics([
        "交通方面，23日至25日，各机场累计取消进出港航班1126班次。",
        "截至25日20时，台风造成全省累计停电用户138.5万户。",
    ], NEWS, "广东"))
    assert period_dates(found["1126班次"]) == (date(2025, 9, 23), date(2025, 9, 25))
    assert period_dates(found["138.5万户"]) == (date(2025, 9, 25), date(2025, 9, 25))
    assert _period("28日至30日，", date(2025, 10, 2))[0][1:] == (
        date(2025, 9, 28), date(2025, 9, 30))


def test_a_bare_day_alone_or_a_numbered_line_is_no_period():
    """15日内 is a length, 1号至3号线 lines of a metro: no days without a clock or a run."""
    assert _period("须在15日内办结", NEWS) == []
    assert _period("地铁1号至3号线客流", NEWS) == []


def test_a_storms_readings_at_landfall_are_of_its_day_and_its_year_names_it():
    """2025年第18号台风…于9月24日10时30分前后在…登陆，登陆时…中心最低气压955百帕: the storm's
    year and number are its name; the reading is of the landfall's day, a result."""
    found = by_quote(metrics([
        "据中央气象台消息，2025年第18号台风“青鸾”于9月24日10时30分前后在我省阳江市沿海登陆，"
        "登陆时中心最低气压955百帕。"], NEWS, "广东"))
    m = found["955百帕"]
    assert period_dates(m) == (date(2025, 9, 24), date(2025, 9, 24))
    assert m.kind == "actual"


# 旬 (a month's thirds) in a 旬 release


TEN_DAYS_RELEASE = """2025年11月上旬重点统计钢铁企业生产和库存情况

2025年11月上旬，重点统计钢铁企业共生产粗钢2031.48万吨。本旬全国日产粗钢248.96万吨，环比下降1.97%。

2025年11月上旬末，重点统计钢铁企业钢材库存量1527.64万吨。分品种看，旬末板材库存856.42万吨。

从累计看，2025年1月1日至11月上旬，重点统计钢铁企业累计生产粗钢6.38亿吨。

表2　2025年11月上旬末重点统计钢铁企业钢材库存
单位：万吨
项目　　本旬末　　上一旬末　　去年同旬末
钢材库存量　　1527.64　　1466.39　　1553.35
"""


def test_the_ten_days_words_of_a_release_are_its_titles_ten_days():
    """本旬 is the 旬 the title names (not the one the publication day falls in), 上旬末 / 旬末 /
    本旬末 its last day, 上一旬末 the last of the one before, 去年同旬末 a year before; a run of
    days ending in a 旬 ends on its last day."""
    found = document_by_number(TEN_DAYS_RELEASE, date(2025, 11, 14))
    assert period_dates(found["248.96万吨"]) == (date(2025, 11, 1), date(2025, 11, 10))
    for quote in ("1527.64万吨", "856.42万吨", "1527.64"):
        assert period_dates(found[quote]) == (date(2025, 11, 10), date(2025, 11, 10)), quote
    assert period_dates(found["1466.39"]) == (date(2025, 10, 31), date(2025, 10, 31))
    assert period_dates(found["1553.35"]) == (date(2024, 11, 10), date(2024, 11, 10))
    assert period_dates(found["6.38亿吨"]) == (date(2025, 1, 1), date(2025, 11, 10))


def test_ten_days_words_alone_are_of_the_documents_ten_days():
    doc = date(2025, 11, 14)
    assert _period("本旬", doc)[0][1:] == (date(2025, 11, 11), date(2025, 11, 20))
    assert _period("2月1日至2月下旬", doc)[0][1:] == (date(2025, 2, 1), date(2025, 2, 28))
    assert _period("比上一旬增加", doc) == []  # (a comparison's base, no day)


# tables: a 环比 column is a growth, a 比例（%） column a share


def test_a_chain_growth_column_of_a_table_of_things_is_a_growth():
    raw = ("表1　2025年11月上旬重点统计钢铁企业生产情况\n"
           "品种　　产量（万吨）　　日产（万吨）　　日产环比（%）　　日产同比（%）\n"
           "粗钢　　2031.48　　203.15　　-2.36　　1.42\n"
           "生铁　　1826.90　　182.69　　-1.15　　-0.63\n")
    found = document_by_number(raw, date(2025, 11, 14))
    m = found["-2.36"]
    assert (m.kind, m.indicator) == ("growth_rate", "粗钢日产")


def test_a_proportion_column_is_a_share_named_by_its_word():
    """股份数量（股）  比例（%）: the % cells are each row's share, named X比例 (the
    column's word)."""
    raw = ("四、股份变动表\n"
           "股份类别　　本次回购前　　　　回购完成后\n"
           "　　股份数量（股）　比例（%）　股份数量（股）　比例（%）\n"
           "有限售条件流通股份　12,600,000　3.16　12,600,000　3.16\n"
           "无限售条件流通股份　385,960,000　96.84　385,960,000　96.84\n"
           "股份总数　398,560,000　100.00　398,560,000　100.00\n")
    found = document_by_number(raw, date(2025, 11, 20))
    m = found["96.84"]
    assert (m.kind, m.indicator) == ("share", "无限售条件流通股份比例")


def test_a_dividends_year_names_the_payout_not_the_figures():
    """因公司实施2024年年度权益分派（每股派发现金红利0.20元），…价格上限由22.00元/股调整为21.80元/股:
    the year names the distribution; it dates none of the figures."""
    found = by_quote(metrics([
        "因公司实施2024年年度权益分派（每股派发现金红利0.20元），本次回购股份价格上限由不超过"
        "22.00元/股（含）调整为不超过21.80元/股（含）。"], date(2025, 11, 20), None))
    for quote in ("0.20元", "不超过21.80元/股"):
        assert period_dates(found[quote]) == (None, None), quote


def test_a_daily_output_after_an_output_is_named_by_the_thing_produced():
    """共生产粗钢…、平均日产…，日产环比下降…: the mean and its change are the daily output of
    the thing produced (粗钢平均日产, the agent kept where its clause names it)."""
    found = by_quote(metrics([
        "2025年11月上旬，重点统计钢铁企业共生产粗钢2031.48万吨、平均日产203.15万吨，日产环比"
        "下降2.36%；生产生铁1826.90万吨、平均日产182.69万吨，日产环比下降1.15%。"],
        date(2025, 11, 14), "全国"))
    assert found["203.15万吨"].indicator == "重点统计钢铁企业粗钢平均日产"
    assert found["2.36%"].indicator == "重点统计钢铁企业粗钢平均日产"
    assert found["182.69万吨"].indicator == "生铁平均日产"
    assert found["1.15%"].indicator == "生铁平均日产"


def test_a_box_line_of_what_was_done_after_a_plans_lines_is_no_goal():
    """A notice's box of label and value lines: 实际回购股数　3,862,400股 after 预计回购金额 and the
    plan's dates is what was done (a result), while the plan's own line stays a goal."""
    raw = ("重要内容提示：\n"
           "回购方案实施期限　2025年5月19日~2026年5月18日\n"
           "预计回购金额　5,000万元~10,000万元\n"
           "实际回购股数　3,862,400股\n"
           "实际回购金额　67,418,236.50元\n")
    found = document_by_number(raw, date(2025, 11, 20))
    assert found["5,000万元~10,000万元"].kind == "target"
    assert found["3,862,400股"].kind != "target"
    assert found["67,418,236.50元"].kind != "target"


def test_a_goal_of_a_statistic_named_with_its_realised_word_stays_a_goal():
    """力争…，实际到位资金增长10%左右: 实际 is the statistic's own word, the figure a goal."""
    found = by_quote(metrics(["东西湖区将力争全年新签约亿元以上项目130个以上，实际到位资金增长"
                              "10%左右。"], date(2026, 1, 10), "东西湖区"))
    assert found["10%左右"].kind == "target"


def test_a_plans_bounds_marked_inclusive_are_its_terms():
    """同意公司…回购…，回购资金总额不低于人民币5,000万元（含）且不超过人民币10,000万元（含）,
    and a cap 由不超过22.00元/股（含）调整为不超过21.80元/股（含）: the bounds a plan sets, goals,
    not results."""
    found = by_quote(metrics([
        "公司于2025年5月19日召开董事会，审议通过了《关于以集中竞价交易方式回购公司股份方案的议案》，"
        "同意公司回购公司股份，回购资金总额不低于人民币5,000万元（含）且不超过人民币10,000万元（含）。",
        "本次回购股份价格上限由不超过22.00元/股（含）调整为不超过21.80元/股（含）。"],
        date(2025, 11, 20), None))
    for quote in ("不低于人民币5,000万元", "不超过人民币10,000万元", "不超过21.80元/股"):
        assert found[quote].kind == "target", quote


def test_a_bound_of_a_result_stays_a_result():
    """全年完成投资不低于1300亿元 of a year over is a result; no plan's terms (（含）) there."""
    found = by_quote(metrics(["2024年，全区完成固定资产投资不低于1300亿元。"], date(2025, 2, 1),
                             "东西湖区"))
    assert found["不低于1300亿元"].kind != "target"


def test_a_superlatives_holder_before_da_is_the_place_of_the_figure():
    """累计降雨量最大的是阳西县溪头站，达512.7毫米: 达 after …最大的是X， as 为 is (年降水量最大的是
    临沂市，为1105.3毫米): the measure names the figure, the station's county is its place."""
    found = by_quote(metrics([
        "9月23日8时至25日8时，全省平均降雨量68.4毫米。累计降雨量最大的是阳西县溪头站，达512.7毫米。"],
        NEWS, "广东"))
    m = found["达512.7毫米"]
    assert (m.indicator, m.subject) == ("降雨量", "阳西县")


def test_a_day_opening_the_clause_after_a_news_lead_dates_its_figures():
    """记者从省财政厅获悉，9月24日，省财政紧急下拨救灾资金1.2亿元: the day is the deed's."""
    found = by_quote(metrics(["记者从省财政厅获悉，9月24日，省财政紧急下拨救灾资金1.2亿元，"
                              "支持受灾地区开展抢险救灾。"], NEWS, "广东"))
    assert period_dates(found["1.2亿元"]) == (date(2025, 9, 24), date(2025, 9, 24))


def test_a_year_naming_a_payout_is_no_period_a_table_below_reports_on():
    """因公司实施2024年年度权益分派 before a 股份变动表 with no period of its own: the year names
    the payout, the table's cells are not 2024's."""
    raw = ("因公司实施2024年年度权益分派（每股派发现金红利0.20元），回购价格上限调整为"
           "21.80元/股。\n\n"
           "四、股份变动表\n"
           "股份类别　　本次回购前　　　　回购完成后\n"
           "　　股份数量（股）　比例（%）　股份数量（股）　比例（%）\n"
           "有限售条件流通股份　12,600,000　3.16　12,600,000　3.16\n"
           "无限售条件流通股份　385,960,000　96.84　385,960,000　96.84\n"
           "股份总数　398,560,000　100.00　398,560,000　100.00\n")
    found = document_by_number(raw, date(2025, 11, 20))
    assert found["96.84"].kind == "share"
    assert period_dates(found["96.84"]) != (date(2024, 1, 1), date(2024, 12, 31))


def test_a_share_of_a_group_that_has_done_a_deed_is_named_by_both() -> None:
    """…，九成以上停电用户已恢复供电 (lead, session 27): the share of a group that has done the
    deed, named by the group and the deed (已 dropped), not by the clause before's 直接经济损失."""
    found = metrics(["台风登陆阳江，我省紧急转移46.8万人，直接经济损失约31.6亿元，"
                     "九成以上停电用户已恢复供电。"])
    shares = [m for m in found if m.quote == "九成以上"]
    assert [(m.indicator, m.kind) for m in shares] == [("停电用户恢复供电", "share")]
