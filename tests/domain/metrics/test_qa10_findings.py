"""QA round 10: faults of the metric extractor found on a corpus about two places over three
years (work reports with targets and the next year's results, statistics bulletins, quarterly
releases, a revision notice). Each test states the general rule with short sentences written
for it."""

from datetime import date

from pipelines.domain.cleaning.title import document_title, is_masthead
from pipelines.domain.metrics import extract_metrics
from pipelines.domain.metrics.canonical import canonical_indicator, series_key
from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import default_segmenter


def _run(texts, doc=date(2026, 1, 20), home="合肥市"):
    """One paragraph of sentences, tagged by the shared segmenter."""
    sents = [Sentence(sent_no=i, block_no=0, text=t, raw_start=0, raw_end=len(t),
                      heading_path=()) for i, t in enumerate(texts)]
    seg = default_segmenter()
    return extract_metrics(sents, {s.sent_no: seg.tag(s.text) for s in sents}, doc, home)


def _periods(found):
    return [(m.quote, m.period_start, m.period_end) for m in found]


Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


# finding 1: which year of a plan a year is names that year, not the plan's span


def test_a_year_named_as_a_year_of_the_plan_keeps_its_own_dates():
    for opening in ("2025年是“十四五”收官之年。", "2025年是“十四五”规划收官之年。",
                    "2025年是十四五的最后一年。"):
        found = _run([opening, "全市地区生产总值增长5.6%，城镇新增就业16.2万人。"])
        assert [(m.period_start, m.period_end) for m in found] == [Y2025, Y2025], opening
    # in the same sentence as the figures, too
    (m,) = _run(["2025年是“十四五”收官之年，全市地区生产总值增长5.6%。"])
    assert (m.period_start, m.period_end) == Y2025
    # the first year of the next plan, read a year later: its results, not the plan's span
    (m,) = _run(["2026年是“十五五”开局之年。", "全市地区生产总值增长5.6%。"], doc=date(2027, 1, 18))
    assert (m.kind, m.period_start, m.period_end) == (
        "growth_rate", date(2026, 1, 1), date(2026, 12, 31))


def test_the_plan_as_a_period_still_dates_the_plan_span():
    (m,) = _run(["“十四五”时期，全市地区生产总值年均增长6.2%。"])
    assert (m.period_start, m.period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    (m,) = _run(["十四五以来累计新增城镇就业103万人。"])
    assert m.period_start == date(2021, 1, 1)


# finding 2: a share of the annual goal achieved is progress; its 全年 dates nothing after it


def test_a_share_of_the_years_goal_does_not_make_later_figures_targets():
    found = _run(["一季度，全市城镇新增就业5.1万人，完成全年目标的25.5%。",
                  "社会消费品零售总额1562亿元，增长4.8%。"], doc=date(2026, 4, 22))
    q1 = (date(2026, 1, 1), date(2026, 3, 31))
    assert [(m.quote, m.kind) for m in found] == [
        ("5.1万人", "actual"), ("25.5%", "share"), ("1562亿元", "actual"), ("4.8%", "growth_rate")]
    assert all((m.period_start, m.period_end) == q1 for m in found)
    # the share of the goal done is its own series, not a rate of employment
    done = found[1]
    assert (done.indicator, done.basis) == ("城镇新增就业", "of_plan")
    assert series_key(done.indicator, done.unit, done.basis) == "城镇新增就业目标完成率"
    # the same in one sentence, and with the plan's other names (年度计划, 全年预算数)
    found = _run(["1-9月，固定资产投资完成年度计划的76%，一般公共预算收入增长4.6%。"],
                 doc=date(2025, 10, 20))
    assert [m.kind for m in found] == ["share", "growth_rate"]
    assert all(m.period_end == date(2025, 9, 30) for m in found)


# finding 3: one concept, one key (data: lexicon.yaml canonical)


def test_rd_intensity_has_one_key_however_it_is_written():
    keys = {canonical_indicator(name, "%") for name in (
        "全社会研发投入强度", "研发投入强度", "研发经费投入强度", "研发经费支出占地区生产总值比重",
        "研发经费支出占生产总值比重", "研发经费支出占比")}
    assert keys == {"研发投入强度"}
    # a company's R&D share of its revenue is another statistic
    assert canonical_indicator("研发经费支出占营业收入比重", "%") != "研发投入强度"
    # R&D spending, 支出 or 投入, in any spelling
    assert {canonical_indicator(name, "元") for name in (
        "研究与试验发展（R&D）经费支出", "全社会研究与试验发展（R&D）经费投入", "研发经费支出",
        "研发经费投入")} == {"研发投入"}


def test_trade_income_and_retail_sales_have_one_key():
    assert canonical_indicator("货物进出口", "%") == canonical_indicator("进出口", "%")
    assert canonical_indicator("货物进出口总额", "元") == canonical_indicator("进出口总额", "元")
    assert canonical_indicator("服务贸易进出口", "%") != canonical_indicator("进出口", "%")
    assert (canonical_indicator("全体居民人均可支配收入", "%")
            == canonical_indicator("居民人均可支配收入", "%"))
    assert (canonical_indicator("社会消费品零售增速", "%")
            == canonical_indicator("社会消费品零售总额", "%") == "社会消费品零售总额")
    assert canonical_indicator("社会消费品零售额", "元") == "社会消费品零售总额"


def test_as_much_as_a_share_of_the_base_names_the_amount_before():
    found = _run(["研究与试验发展（R&D）经费支出2950亿元，相当于地区生产总值的3.27%。"])
    share = found[-1]
    assert (share.quote, share.kind) == ("3.27%", "share")
    assert share.indicator == "研究与试验发展（R&D）经费支出占地区生产总值比重"
    assert series_key(share.indicator, share.unit, share.basis) == "研发投入强度"
    # with nothing named before, the words stay as they are
    (m,) = _run(["相当于地区生产总值的3.27%。"])
    assert m.indicator.startswith("相当于")


# finding 5: a difference from a base is a change, not a level


def test_a_difference_after_a_comparison_is_its_own_series():
    level, change = _run(["2024年全市地区生产总值为13620.4亿元，比初步核算数增加112.7亿元。"])
    assert (level.basis, change.basis) == (None, "change")
    assert series_key(level.indicator, level.unit, level.basis) == "地区生产总值"
    assert series_key(change.indicator, change.unit, change.basis) == "地区生产总值增减"
    level, change = _run(["年末全市常住人口985.3万人，比上年末增加22.3万人。"])
    assert (level.kind, change.kind) == ("count_total", "actual")  # as the labels have them
    assert series_key(change.indicator, change.unit, change.basis) == "常住人口增减"
    # a rate after 比上年 is a growth rate, no difference of amounts
    (m,) = _run(["全市地区生产总值比上年增长5.8%。"])
    assert (m.kind, m.basis) == ("growth_rate", None)
    # an amount that is not after a comparison stays the indicator's
    (m,) = _run(["全年新增城镇就业21.3万人。"])
    assert m.basis is None


# finding 8: smaller faults


def test_a_real_rate_alone_stays_in_the_indicators_series():
    # GDP growth is real by definition: a bulletin's 实际增长 is the growth the targets speak of
    _level, growth = _run(["全市实现地区生产总值2003.2亿元，按可比价格计算，"
                           "比上年实际增长5.2%。"])
    assert growth.basis is None
    assert series_key(growth.indicator, growth.unit, growth.basis) == "地区生产总值"


def test_a_real_rate_has_its_own_key_beside_the_nominal_one():
    nominal, real = _run(["全体居民人均可支配收入比上年增长5.0%，扣除价格因素实际增长4.8%。"])
    assert (nominal.basis, real.basis) == (None, "real")
    keys = [series_key(m.indicator, m.unit, m.basis) for m in (nominal, real)]
    assert keys == ["居民人均可支配收入", "居民人均可支配收入实际"]


def test_a_total_alone_is_the_total_of_the_last_thing_named():
    flow, total = _run(["新增国家高新技术企业1800家，总数达到10300家。"])
    assert (flow.indicator, flow.kind) == ("新增国家高新技术企业", "actual")
    assert (total.indicator, total.kind) == ("国家高新技术企业总数", "count_total")


def test_a_ratio_named_bei_cha_is_read():
    (m,) = _run(["城乡居民收入倍差缩小到1.85以内。"])
    assert (m.value, m.unit, m.indicator, m.qualifier) == (
        1.85, None, "城乡居民收入倍差", "at_most")


def test_tai_jie_is_a_step_not_the_unit_tai():
    found = _run(["新能源汽车产业连跨4个千亿台阶。"])
    assert [m.quote for m in found] == ["4个"]
    assert all(m.indicator != "阶" for m in found)


# finding 9: a masthead is never the title


def _blocks(*rows):
    return [(i, kind, None, text) for i, (kind, text) in enumerate(rows)]


def test_a_newspapers_masthead_is_not_the_title():
    assert is_masthead("合肥日报")
    assert is_masthead("浙江日报 2025年1月21日 星期二 第1版")
    assert is_masthead("合肥发布 2024-10-25 09:12  来源：合肥市统计局")
    assert not is_masthead("政府工作报告")
    assert not is_masthead("人民日报评论：以钉钉子精神抓好落实")
    assert not is_masthead("前三季度合肥经济运行稳中有进")
    rows = _blocks(("heading", "合肥日报"), ("masthead_date", "2024年1月22日 星期一 第03版"),
                   ("heading", "政府工作报告 ——2024年1月15日在合肥市人民代表大会上"),
                   ("paragraph", "各位代表："))
    assert document_title(rows) == "政府工作报告"
    rows = _blocks(("heading", "合肥发布 2024-10-25 09:12 来源：合肥市统计局"),
                   ("heading", "前三季度合肥经济运行稳中有进"), ("paragraph", "记者获悉，……"))
    assert document_title(rows) == "前三季度合肥经济运行稳中有进"


def test_series_key_is_unchanged_for_plain_rates():
    assert series_key("地区生产总值", "%", None) == "地区生产总值"
