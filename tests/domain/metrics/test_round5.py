"""Rules found on the fifth blind held-out round (a plan-execution report, a monthly statistics
release, a Taiwanese forecast release) and on two faults of targets_vs_actuals: each test states
a general rule with a text of its kind."""

from datetime import date

from pipelines.domain.analysis import analyse_document


def _metrics(raw: str, published_on: date):
    return analyse_document(raw, published_on=published_on).metrics


def _by_quote(raw: str, published_on: date):
    return {m.quote: m for m in _metrics(raw, published_on)}


def test_a_plan_heading_year_dates_and_makes_targets_of_its_full_year():
    """全年 under a title 苏州市2025年重点工作安排 published in February 2025 is the plan's year,
    a goal, not last year's result."""
    ms = _by_quote("苏州市2025年重点工作安排\n\n一、扩大有效投资\n\n"
                   "全年实施重大项目500个，完成投资2000亿元以上。\n", date(2025, 2, 10))
    for quote in ("500个", "2000亿元以上"):
        m = ms[quote]
        assert m.kind == "target", quote
        assert (m.period_start, m.period_end) == (date(2025, 1, 1), date(2025, 12, 31)), quote


def test_a_task_section_of_next_year_is_a_plan_beside_a_review():
    """一、2025年…执行情况 reviews, 三、2026年主要任务 plans: 全年 in each is its heading's year."""
    ms = _metrics("关于2025年计划执行情况与2026年计划草案的报告\n\n"
                  "一、2025年国民经济和社会发展计划执行情况\n\n全年实施市级重点项目820个。\n\n"
                  "三、2026年主要任务\n\n全年实施市级重点项目850个。\n", date(2026, 1, 20))
    review, plan = ms
    assert review.kind != "target" and review.period_start == date(2025, 1, 1)
    assert plan.kind == "target" and plan.period_start == date(2026, 1, 1)


def test_a_relative_year_of_another_clause_does_not_replace_the_headings_year():
    """二〇二四年施政回顧: …預計明年竣工，全年共完成… is 2024's result, not a plan for 明年."""
    raw = "二〇二四年施政回顧\n\n澳門大橋預計明年竣工，全年共完成路面重鋪工程約36萬平方米。\n"
    m = _metrics(raw, date(2024, 11, 12))[0]
    assert m.kind == "actual"
    assert (m.period_start, m.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_basis_per_year_or_cumulative_is_read_from_the_clause():
    ms = _by_quote("“十五五”时期，每年新增城镇就业15万人以上，五年累计新增就业80万人；"
                   "居民人均可支配收入年均增长5.5%。规模以上工业增加值两年平均增长6.4%。"
                   "2025年城镇新增就业36万人，合计投资3000亿元。", date(2026, 1, 20))
    assert ms["15万人以上"].basis == "per_year"
    assert ms["80万人"].basis == "cumulative"
    assert ms["5.5%"].basis == "per_year"
    assert ms["6.4%"].basis == "per_year"
    assert ms["36万人"].basis is None
    assert ms["3000亿元"].basis == "cumulative"


def test_a_length_of_years_takes_the_span_named_before_it():
    """“十五五”时期，…五年累计…: the five years are the plan's, not the five before the text."""
    ms = _by_quote("“十五五”时期，每年新增城镇就业15万人以上，五年累计新增就业80万人；"
                   "居民人均可支配收入年均增长5.5%。", date(2026, 1, 20))
    for quote in ("80万人", "5.5%"):
        m = ms[quote]
        assert (m.period_start, m.period_end) == (date(2026, 1, 1), date(2030, 12, 31)), quote
    # alone, 五年累计 in a review counts back from the text's date
    (m,) = _metrics("五年累计新增城镇就业82万人。", date(2026, 1, 20))
    assert (m.period_start, m.period_end) == (date(2021, 1, 1), date(2025, 12, 31))
