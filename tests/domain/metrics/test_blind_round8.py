"""The eighth blind round (tests/gold/heldout h25–h27: a city's industrial support policy, news on
a holiday's tourism, a city's health statistics bulletin) and the seventh round's leftovers: each
test states a general rule with a sentence of its kind (none of them is a sentence of h25–h27)."""

from datetime import date

import rjieba

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics import extract_metrics
from pipelines.domain.records import Sentence

_JIEBA = rjieba.Jieba()


def _run(texts, doc=date(2025, 6, 1), home=None, block_per_sentence=False):
    sents = [Sentence(sent_no=i, block_no=i if block_per_sentence else 0, text=t, raw_start=0,
                      raw_end=len(t), heading_path=()) for i, t in enumerate(texts)]
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in sents}
    return extract_metrics(sents, tags, doc, home)


def _fields(ms, *names):
    return [tuple(getattr(m, n) for n in names) for m in ms]


# a rule's grants and conditions


def test_what_a_rule_grants_is_a_parameter_named_by_the_grant():
    """给予一次性奖励30万元, 按投资额的8%给予补助, 最高不超过…, 给予每人每月…的补贴: kind other, no
    period (the rule's frame, not an amount paid in a period), named by what is granted."""
    ms = _run(["对新认定的国家级企业技术中心，给予一次性奖励30万元。",
               "对智能化改造项目，按项目投资额的8%给予补助，单个项目最高不超过800万元。",
               "对引进的全职院士，给予每人每月5000元的生活补贴。"], home="苏州市",
              block_per_sentence=True)
    assert _fields(ms, "quote", "indicator", "kind", "qualifier", "period_start") == [
        ("30万元", "一次性奖励", "other", "none", None),
        ("8%", "补助", "other", "none", None),
        ("不超过800万元", "单个项目", "other", "at_most", None),
        ("5000元", "生活补贴", "other", "none", None)]


def test_a_grant_already_paid_stays_a_result():
    (m,) = _run(["2025年共给予企业研发奖励3.2亿元。"], doc=date(2026, 3, 1), home="苏州市")
    assert (m.kind, m.period_start) == ("actual", date(2025, 1, 1))


def test_a_bound_in_the_phrase_naming_who_qualifies_is_a_condition():
    """对年营业收入首次突破5亿元的企业, 对研发投入占比4%以上的企业: eligibility, no metric; a count
    in a 对 phrase without a bound (对1200户困难家庭…) stays."""
    ms = _run(["对年营业收入首次突破5亿元、20亿元的企业，分别给予奖励30万元、80万元。",
               "对研发投入占比4%以上、且增长15%以上的企业，给予奖励。",
               "对1200户困难家庭发放救助资金300万元。"], block_per_sentence=True)
    assert [m.quote for m in ms] == ["30万元", "80万元", "1200户", "300万元"]


def test_the_length_of_a_holiday_is_no_metric():
    ms = _run(["今年春节假期共9天，比去年春节假期多1天，全市接待游客320万人次。"])
    assert [m.quote for m in ms] == ["320万人次"]


# a holiday's days


_HOLIDAY_NEWS = """五一假期我市接待游客856万人次

本报讯　今年五一假期（5月1日至5日），全市接待游客856万人次，同比增长9.1%。

假期全市重点商贸企业实现销售额12.6亿元，同比增长5.2%。其中5月1日接待游客210万人次。

住宿业回暖。星级饭店平均客房出租率为72.5%。
"""


def test_a_holiday_with_its_dates_dates_the_figures_of_a_report_on_it():
    """五一假期（5月1日至5日）: the run of days is the period; 假期 later in the text stands for it;
    a paragraph naming no period takes the holiday the title names (its flows and shares); a day
    after 其中 dates its own figure."""
    ms = analyse_document(_HOLIDAY_NEWS, published_on=date(2025, 5, 6)).metrics
    days = (date(2025, 5, 1), date(2025, 5, 5))
    assert [(m.quote, m.kind, (m.period_start, m.period_end)) for m in ms] == [
        ("856万人次", "actual", days), ("856万人次", "actual", days),
        ("9.1%", "growth_rate", days), ("12.6亿元", "actual", days), ("5.2%", "growth_rate", days),
        ("210万人次", "actual", (date(2025, 5, 1), date(2025, 5, 1))),
        ("72.5%", "share", days)]
    assert ms[3].indicator == "重点商贸企业销售额"  # (实现 between the words of a name)


def test_a_day_marked_as_a_single_day_dates_its_figure():
    (m,) = _run(["10月2日单日接待游客达到6.3万人次，创历史新高。"], doc=date(2025, 10, 9))
    assert (m.period_start, m.period_end, m.indicator) == (
        date(2025, 10, 2), date(2025, 10, 2), "接待游客")


def test_a_quoted_season_is_a_period_without_dates():
    """“双抢”期间 names when, but not which days: no dates, and not the paragraph's 全年."""
    ms = _run(["全年粮食播种面积320万亩。", "“双抢”期间，全县投入收割机1200台。"])
    assert [(m.period_text, m.period_start) for m in ms] == [
        ("全年", date(2025, 1, 1)), ("“双抢”期间", None)]


# units


def test_rates_per_100000_and_their_points_and_days_of_stay_are_units():
    ms = _run(["全年孕产妇死亡率为9.6/10万，比上年下降0.8个十万分点。",
               "出院者平均住院日为9.1日，比上年缩短0.2日。",
               "高速公路车流量1200万辆次，平均房价380元/间夜，居民年均就诊6.2次。"],
              doc=date(2026, 3, 1))
    assert _fields(ms, "value", "unit", "kind") == [
        (9.6, "1/10万", "share"), (-0.8, "十万分点", "growth_rate"), (9.1, "天", "actual"),
        (-0.2, "天", "actual"), (1200.0, "辆次", "actual"), (380.0, "元/间夜", "actual"),
        (6.2, "次", "actual")]


def test_life_expectancy_is_no_goal():
    (m,) = _run(["2025年，居民人均预期寿命达到79.6岁。"], doc=date(2026, 3, 1))
    assert (m.kind, m.unit) == ("actual", "岁")


# names


def test_shares_of_a_list_without_items_pair_with_the_figures_before():
    """票房…，观影人次…，分别占全国的3.9%和4.1%: each share is of its own figure; after an earlier
    分别 list the shares keep their base (…分别增长…，占…的比重分别为…)."""
    ms = _run(["全市电影票房1.2亿元，观影人次310万，分别占全省的12.5%和13.1%。"])
    assert [m.indicator for m in ms[2:]] == ["电影票房占全省", "观影人次占全省"]
    ms = _run(["甲、乙产业增加值分别增长8%和9%，占规模以上工业的比重分别为20%和30%。"])
    assert [m.indicator for m in ms[2:]] == ["占规模以上工业的比重"] * 2


def test_examples_before_deng_are_neither_name_nor_place():
    (m,) = _run(["长沙橘子洲、岳阳楼等景区接待游客120万人次。"], home="湖南省")
    assert (m.indicator, m.subject) == ("景区接待游客", None)


def test_an_average_per_day_alone_is_of_the_last_thing_named():
    ms = _run(["全省高速公路车流量达到1500万辆次，日均300万辆次。"])
    assert [m.indicator for m in ms] == ["高速公路车流量", "日均高速公路车流量"]


def test_an_adverb_of_sum_inside_a_name_and_how_a_scope_is_compared_are_no_name():
    ms = _run(["全省重点景区共接待游客980万人次，按可比口径同比增长6.5%。"])
    assert [m.indicator for m in ms] == ["重点景区接待游客"] * 2


def test_a_list_shares_the_head_its_last_item_adds_after_the_word_the_item_before_ends_with():
    ms = _run(["医院、社区卫生机构、专业公共卫生机构床位分别为1.2万张、0.3万张和0.1万张。"])
    assert [m.indicator for m in ms] == ["医院床位", "社区卫生机构床位", "专业公共卫生机构床位"]


def test_a_total_after_new_ones_counts_the_things():
    """新增省级示范医院3家，累计达到12家: the total is of the hospitals, not of the new ones; in a
    yearly report a bare 累计 is the count at the end of the year reported."""
    text = ("2025年某市卫生健康事业发展统计公报\n\n全年住院分娩率99.9%。新增省级示范医院3家，"
            "累计达到12家。\n")
    ms = analyse_document(text, published_on=date(2026, 5, 10)).metrics
    assert [(m.indicator, m.period_start, m.period_end) for m in ms[1:]] == [
        ("新增省级示范医院", date(2025, 1, 1), date(2025, 12, 31)),
        ("省级示范医院", date(2025, 12, 31), date(2025, 12, 31))]
    ms = _run(["每年新增城镇就业7万人以上，累计新增城镇就业40万人。"])  # (its own name: kept)
    assert [m.indicator for m in ms] == ["新增城镇就业", "新增城镇就业"]


# the seventh round's leftovers


def test_members_of_a_group_are_named_by_what_they_are_and_the_group():
    ms = _run(["全省18个县级以上市中，CPI同比上涨的有10个，持平的有5个，下降的有3个。"])
    assert [m.indicator for m in ms] == [
        "县级以上市", "CPI同比上涨的县级以上市", "持平的县级以上市", "下降的县级以上市"]


def test_another_flow_verb_alone_counts_the_last_things_under_that_verb():
    ms = _run(["全年新建高标准农田10万亩、改造提升6.2万亩。"])
    assert [m.indicator for m in ms] == ["新建高标准农田", "改造提升高标准农田"]


def test_a_protected_area_is_a_stock():
    (m,) = _run(["截至2025年底，永久基本农田保护面积210.5万亩。"], doc=date(2026, 3, 1))
    assert m.kind == "count_total"


def test_in_closing_a_rate_and_by_opening_a_base_are_no_part_of_a_name():
    ms = _run(["9月份0.5%的同比涨幅中，翘尾影响约为0.1个百分点。", "以总股本8.6亿股为基数。"])
    assert ms[0].indicator == "同比涨幅"
    assert ms[-1].indicator == "总股本"
