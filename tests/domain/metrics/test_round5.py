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


def test_trillions_and_the_currency_of_a_minguo_text():
    """27兆4,190億元 is one amount (兆 = 10^12); in a text counting Minguo years plain 元 are
    新台币 (人民币 named stays 元) and 全國 is the home country."""
    ms = _metrics("114年1至10月全國賦稅收入新臺幣3兆1,246億元，較上年同期增加8.3%。"
                  "零售業營業額4兆3,520億元，年增2.1%；大陸捐贈人民幣2億元。", date(2025, 11, 28))
    amounts = [(m.value, m.value_normalized, m.unit) for m in ms if m.unit != "%"]
    assert amounts == [(31246, 3.1246e12, "新台币"), (43520, 4.352e12, "新台币"), (2, 2e8, "元")]
    assert all(m.subject is None for m in ms)
    growth = [m for m in ms if m.unit == "%"]
    assert [(m.value, m.kind, m.indicator) for m in growth] == [
        (8.3, "growth_rate", "赋税收入"), (2.1, "growth_rate", "零售业营业额")]


def test_taiwanese_change_words_and_a_price_base():
    ms = _by_quote("114年第3季國內生產毛額（GDP）按2021年價格計算，實質成長7.64%，"
                   "較8月預測上修0.35個百分點。營建工程投資衰退2.4%。", date(2025, 11, 28))
    growth = ms["7.64%"]
    assert growth.kind == "growth_rate"
    assert (growth.period_start, growth.period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    revision = ms["0.35個百分點"]
    assert revision.kind == "other" and revision.value == 0.35  # a revision, not a goal
    assert ms["2.4%"].value == -2.4 and ms["2.4%"].indicator == "营建工程投资"


def test_a_share_of_the_plan_names_the_indicator_before_it():
    """完成年度计划的103%: the last indicator against its plan; the plan's 全年 is no period."""
    ms = _by_quote("1-10月，全省城镇新增就业98.6万人，完成全年目标任务的109.6%。",
                   date(2025, 11, 18))
    m = ms["109.6%"]
    assert (m.indicator, m.kind) == ("城镇新增就业", "share")
    assert (m.period_start, m.period_end) == (date(2025, 1, 1), date(2025, 10, 31))


def test_points_after_a_growth_rate_compare_the_rate():
    ms = _metrics("1-10月，全省规模以上工业增加值同比增长7.1%，比1-9月加快0.2个百分点，"
                  "两年平均增长6.4%。", date(2025, 11, 18))
    assert [m.indicator for m in ms] == ["规模以上工业增加值", "规模以上工业增加值增速",
                                         "规模以上工业增加值"]


def test_two_listed_items_share_the_head_of_the_last():
    ms = _metrics("高技术制造业、装备制造业增加值分别增长10.4%和9.2%，"
                  "占规模以上工业的比重分别为17.8%和45.6%。", date(2025, 11, 18))
    assert [m.indicator for m in ms] == ["高技术制造业增加值", "装备制造业增加值",
                                         "占规模以上工业的比重", "占规模以上工业的比重"]


def test_a_table_with_plan_and_result_columns():
    """Columns 2025年计划 / 2025年完成 / 2026年预期; a row named …增长 or …下降 in % is the rate of
    change of what it names (下降: negative)."""
    raw = ("主要指标表\n\n指标                单位   2025年计划   2025年完成   2026年预期\n"
           "地区生产总值增长    %      5.5          5.6          5.5\n"
           "单位GDP能耗下降     %      2.5          2.8          2.5\n")
    found = [(m.quote, m.indicator, m.value, m.kind, m.period_start.year)
             for m in _metrics(raw, date(2026, 1, 20))]
    assert found == [("5.5", "地区生产总值", 5.5, "target", 2025),
                     ("5.6", "地区生产总值", 5.6, "growth_rate", 2025),
                     ("5.5", "地区生产总值", 5.5, "target", 2026),
                     ("2.5", "单位GDP能耗", -2.5, "target", 2025),
                     ("2.8", "单位GDP能耗", -2.8, "growth_rate", 2025),
                     ("2.5", "单位GDP能耗", -2.5, "target", 2026)]


def test_a_table_of_minguo_year_columns_with_units_in_the_row_heads():
    raw = ("附表　主要經濟指標預測\n\n項目\t113年（實績）\t114年（預測）\n"
           "經濟成長率（%）\t4.84\t4.45\n國內生產毛額（億元新臺幣）\t244,075\t262,408\n")
    found = [(m.indicator, m.value_normalized, m.unit, m.kind, m.period_start.year)
             for m in _metrics(raw, date(2025, 11, 28))]
    assert found == [("经济成长率", 4.84, "%", "growth_rate", 2024),
                     ("经济成长率", 4.45, "%", "target", 2025),
                     ("国内生产毛额", 2.44075e13, "新台币", "actual", 2024),
                     ("国内生产毛额", 2.62408e13, "新台币", "target", 2025)]


def test_the_mainland_is_no_numeral():
    from pipelines.domain.metrics.candidate_pass import find_candidates

    assert [c.value for c in find_candidates("大陸人民幣2億元，大陆6亿元")] == [2, 6]
