"""The ninth blind round (tests/gold/heldout h28–h31: a city's mid-term review of its five-year
plan with an indicator table, a customs office's foreign-trade release, a Hong Kong labour-force
release, a county's human-resources and social-security bulletin): each test states a general
rule with text of its kind (none of it is text of h28–h31)."""

from datetime import date

from pipelines.domain.analysis import analyse_document


def _metrics(text, doc=date(2025, 6, 1)):
    return analyse_document(text, published_on=doc).metrics


def _fields(ms, *names):
    return [tuple(getattr(m, n) for n in names) for m in ms]


# periods and page furniture


def test_a_span_of_months_is_a_period_not_a_count():
    """前8个月, 近3个月: a period (前8个月 = January–August), never a count of 月."""
    ms = _metrics("据海关统计，今年前8个月，全省进出口总值4120.5亿元，同比增长6.1%。",
                  date(2025, 9, 18))
    assert _fields(ms, "quote", "period_start", "period_end") == [
        ("4120.5亿元", date(2025, 1, 1), date(2025, 8, 31)),
        ("6.1%", date(2025, 1, 1), date(2025, 8, 31))]


def test_a_number_of_measures_names_a_policy():
    ms = _metrics("今年以来，海关出台支持外贸稳增长12条措施，全年监管进出口货物2.3亿吨。",
                  date(2025, 9, 18))
    assert [m.quote for m in ms] == ["2.3亿吨"]


def test_a_bare_cumulative_dates_no_year_for_what_follows():
    """年末累计结存…: 累计 (the text's day) does not make the bulletin's later 全年 and 年末 the
    year of publication (targets of 2025 in a bulletin on 2024)."""
    text = ("某县2024年人力资源和社会保障事业发展统计公报\n\n"
            "三、社会保险\n\n"
            "全年基金收入6.1亿元，年末累计结存12.4亿元。全年认定工伤418件。")
    ms = _metrics(text, date(2025, 4, 20))
    assert _fields(ms, "quote", "kind", "period_start") == [
        ("6.1亿元", "actual", date(2024, 1, 1)),
        ("12.4亿元", "count_total", date(2024, 12, 31)),
        ("418件", "actual", date(2024, 1, 1))]


# a release on a rolling window


_RELEASE = (
    "最新勞動人口統計數字\n\n"
    "　　經季節性調整的失業率由2025年5月至7月的3.6%上升至2025年6月至8月的3.7%。\n\n"
    "　　與上一個三個月比較，製造業的失業率上升0.4個百分點至4.2%。\n\n"
    "　　經季節性調整的勞動人口由上一個三個月的3 861 200人下跌至最新的3 858 900人。\n")


def test_a_release_dates_its_compared_figures_by_its_lead():
    """Figures with no time expression, in a paragraph comparing them with an earlier time: the
    period the lead reports on; 上一个三个月的X and 由X in such a paragraph: the window before."""
    ms = _metrics(_RELEASE, date(2025, 9, 16))
    got = {m.quote: (m.period_start, m.period_end) for m in ms}
    assert got["0.4個百分點"] == got["4.2%"] == (date(2025, 6, 1), date(2025, 8, 31))
    assert got["3 861 200人"] == (date(2025, 5, 1), date(2025, 7, 31))
    assert got["3 858 900人"] == (date(2025, 6, 1), date(2025, 8, 31))


def test_a_table_under_a_head_of_periods_alone():
    text = ("表1　勞動人口統計數字\n\n"
            "                 2025年4月至6月   2025年5月至7月   2025年6月至8月\n"
            "失業率（%）      3.5              3.6              3.7\n")
    ms = _metrics(text, date(2025, 9, 16))
    assert _fields(ms, "value", "unit", "indicator", "kind", "period_start") == [
        (3.5, "%", "失业率", "share", date(2025, 4, 1)),
        (3.6, "%", "失业率", "share", date(2025, 5, 1)),
        (3.7, "%", "失业率", "share", date(2025, 6, 1))]


def test_slight_changes_are_changes():
    ms = _metrics("金融業的失業率為2.9%，較上一個三個月微升0.2個百分點。", date(2025, 9, 16))
    assert _fields(ms, "quote", "kind")[-1] == ("0.2個百分點", "growth_rate")


# a plan's mid-term review


_REVIEW = (
    "某市“十四五”规划纲要实施中期评估报告\n\n"
    "2023年，全市常住人口城镇化率达到61.2%，距64%的目标尚有差距；研发经费投入强度距目标"
    "还差0.4个百分点。2021—2023年，地区生产总值年均增长6.8%，高于《纲要》确定的年均增长6%的"
    "目标。\n\n"
    "指标                      单位    2020年基数    2025年目标    2023年完成值    属性\n"
    "地区生产总值年均增长      %       —             6             6.8             预期性\n"
    "城镇新增就业              万人    —             〔40〕        〔25.3〕        预期性\n"
    "城镇调查失业率            %       5.4           <5.5          5.2             预期性\n")


def test_a_review_quotes_the_plans_goals():
    """…的目标 after a number: the plan's goal (its last year; a yearly average over its years),
    named by the figure before; 距目标还差X: the gap (other); the review's own results stay
    results (the plan a review's title names frames no undated number as a goal)."""
    ms = _metrics(_REVIEW, date(2024, 4, 26))
    got = {m.quote: (m.indicator, m.kind, m.period_start, m.period_end) for m in ms}
    assert got["64%"] == ("常住人口城镇化率", "target", date(2025, 1, 1), date(2025, 12, 31))
    assert got["0.4个百分点"][:2] == ("研发经费投入强度", "other")
    assert got["6%"][1:] == ("target", date(2021, 1, 1), date(2025, 12, 31))
    assert got["6.8%"][1:] == ("growth_rate", date(2021, 1, 1), date(2023, 12, 31))


def test_a_review_table_reads_sums_bounds_and_yearly_averages():
    """〔40〕: a sum over the years after the base column's; <5.5: a bound; a row of yearly
    averages (…年均增长) over the same years."""
    ms = [m for m in _metrics(_REVIEW, date(2024, 4, 26)) if "\n" not in m.quote
          and m.char_start > _REVIEW.index("指标")]
    got = _fields(ms, "value", "indicator", "kind", "qualifier", "period_start", "period_end")
    assert got == [
        (6.0, "地区生产总值", "target", "none", date(2021, 1, 1), date(2025, 12, 31)),
        (6.8, "地区生产总值", "growth_rate", "none", date(2021, 1, 1), date(2023, 12, 31)),
        (40.0, "城镇新增就业", "target", "none", date(2021, 1, 1), date(2025, 12, 31)),
        (25.3, "城镇新增就业", "count_total", "none", date(2021, 1, 1), date(2023, 12, 31)),
        (5.4, "城镇调查失业率", "share", "none", date(2020, 1, 1), date(2020, 12, 31)),
        (5.5, "城镇调查失业率", "target", "at_most", date(2025, 1, 1), date(2025, 12, 31)),
        (5.2, "城镇调查失业率", "share", "none", date(2023, 1, 1), date(2023, 12, 31))]


# a bulletin's rules, casework and a customs release's lists


def test_a_standard_a_rule_sets_is_a_parameter():
    text = ("某县2024年人力资源和社会保障事业发展统计公报\n\n"
            "全县执行月最低工资标准2010元/月、小时最低工资标准20元/小时。全年发布企业工资指导线，"
            "基准线为5.5%，下线为2.5%。")
    ms = _metrics(text, date(2025, 4, 20))
    assert _fields(ms, "quote", "unit", "kind", "period_start") == [
        ("2010元/月", "元/月", "other", None), ("20元/小时", "元/小时", "other", None),
        ("5.5%", "%", "other", None), ("2.5%", "%", "other", None)]


def test_casework_of_a_year_is_a_flow():
    text = ("某县2024年人力资源和社会保障事业发展统计公报\n\n"
            "全年受理劳动人事争议案件512件，审结498件，检查用人单位403户次。")
    ms = _metrics(text, date(2025, 4, 20))
    assert _fields(ms, "quote", "indicator", "kind", "unit") == [
        ("512件", "受理劳动人事争议案件", "actual", "件"),
        ("498件", "审结劳动人事争议案件", "actual", "件"),
        ("403户次", "检查用人单位", "actual", "户次")]


def test_two_times_of_a_respectively_list_and_their_cut():
    ms = _metrics("前8个月，全省进口、出口整体通关时间分别为31.2小时和1.1小时，比2017年分别压缩"
                  "68.5%和91.4%。", date(2025, 9, 18))
    assert _fields(ms, "quote", "value", "indicator") == [
        ("31.2小时", 31.2, "进口整体通关时间"), ("1.1小时", 1.1, "出口整体通关时间"),
        ("68.5%", -68.5, "进口整体通关时间"), ("91.4%", -91.4, "出口整体通关时间")]


def test_a_change_after_a_count_is_no_counted_noun():
    """失业人数由…的152 400人下跌至…: 下跌 is what the count does, not what it counts; the name is
    the one before 由 (a name is cut before 由 + a period)."""
    ms = _metrics("失业人数由2025年5月至7月的151 200人下跌至2025年6月至8月的149 600人。",
                  date(2025, 9, 16))
    assert _fields(ms, "quote", "indicator") == [("151 200人", "失业人数"),
                                                 ("149 600人", "失业人数")]
