from datetime import date

from pipelines.domain.periods import (
    april_fiscal_year,
    find_periods,
    five_year_plan,
    may_hold_period,
    resolve_period,
    uses_roc_years,
)
from tests.conftest import SEEDS

DOC = date(2023, 7, 5)


def _dates(text, doc=DOC):
    p = resolve_period(text, doc)
    return p.start, p.end


def test_absolute_periods():
    assert _dates("2023年") == (date(2023, 1, 1), date(2023, 12, 31))
    assert _dates("2023年7月") == (date(2023, 7, 1), date(2023, 7, 31))
    assert _dates("2010年到2023年") == (date(2010, 1, 1), date(2023, 12, 31))
    assert _dates("2021—2025年") == (date(2021, 1, 1), date(2025, 12, 31))
    assert _dates("二〇二二年") == (date(2022, 1, 1), date(2022, 12, 31))
    assert _dates("2024年一季度") == (date(2024, 1, 1), date(2024, 3, 31))


def test_month_ranges_start_in_january():
    assert _dates("1—5月") == (date(2023, 1, 1), date(2023, 5, 31))
    assert _dates("1-5月") == (date(2023, 1, 1), date(2023, 5, 31))
    assert _dates("2022年1—11月") == (date(2022, 1, 1), date(2022, 11, 30))


def test_relative_to_document_date():
    assert _dates("今年") == (date(2023, 1, 1), date(2023, 12, 31))
    assert _dates("去年") == (date(2022, 1, 1), date(2022, 12, 31))
    assert _dates("全年") == (date(2023, 1, 1), date(2023, 12, 31))
    assert _dates("上半年") == (date(2023, 1, 1), date(2023, 6, 30))
    assert _dates("今年上半年") == (date(2023, 1, 1), date(2023, 6, 30))
    assert _dates("下半年") == (date(2023, 7, 1), date(2023, 12, 31))
    assert _dates("一季度") == (date(2023, 1, 1), date(2023, 3, 31))
    assert _dates("前三季度") == (date(2023, 1, 1), date(2023, 9, 30))
    assert _dates("去年11月") == (date(2022, 11, 1), date(2022, 11, 30))
    assert _dates("今年以来") == (date(2023, 1, 1), DOC)


def test_multi_year_spans():
    # a plenum in the second half of the year looks forward from next year
    assert _dates("未来五年") == (date(2024, 1, 1), date(2028, 12, 31))
    # a work report in March looks back on the five previous full years
    assert _dates("五年来", date(2023, 3, 5)) == (date(2018, 1, 1), date(2022, 12, 31))
    assert _dates("过去五年", date(2023, 3, 5)) == (date(2018, 1, 1), date(2022, 12, 31))


def test_plan_periods():
    assert five_year_plan(14) == (2021, 2025)
    assert five_year_plan(15) == (2026, 2030)
    assert _dates("“十四五”") == (date(2021, 1, 1), date(2025, 12, 31))
    assert _dates("十五五时期", None) == (date(2026, 1, 1), date(2030, 12, 31))
    assert _dates("十四五末") == (date(2025, 12, 31), date(2025, 12, 31))


def test_points_in_time():
    assert _dates("截至5月底") == (date(2023, 5, 31), date(2023, 5, 31))
    assert _dates("截至2022年底") == (date(2022, 12, 31), date(2022, 12, 31))
    assert _dates("目前") == (DOC, DOC)
    assert _dates("累计") == (DOC, DOC)


def test_unknown_year_is_not_guessed():
    assert _dates("今年", None) == (None, None)
    assert _dates("1—5月", None) == (None, None)
    assert _dates("下半年", None) == (None, None)
    assert _dates("近年来") == (None, None)
    assert resolve_period("上半年", None).text == "上半年"


def test_find_periods_marks_event_days():
    spans = find_periods("7月3日，全会召开。今年上半年，1—5月增长4.5%，5G基站6万个", DOC)
    texts = [(p.text, p.is_day) for p in spans]
    assert ("7月3日", True) in texts
    assert ("今年上半年", False) in texts
    assert ("1—5月", False) in texts
    assert all("5G" not in t for t, _ in texts)


def test_goal_year_and_start_of_year():
    assert _dates("到2027年") == (date(2027, 1, 1), date(2027, 12, 31))
    assert _dates("到2027年底") == (date(2027, 12, 31), date(2027, 12, 31))
    assert _dates("年初") == (date(2023, 1, 1), date(2023, 1, 31))


def test_since_an_event_of_a_year():
    (p,) = find_periods("2017年人才新政发布以来，", DOC)
    assert p.text == "2017年人才新政发布以来"
    assert (p.period.start, p.period.end) == (date(2017, 1, 1), DOC)
    (p,) = find_periods("2023年3月条例实施以来", DOC)
    assert p.period.start == date(2023, 3, 1)


def test_needs_year_marks_periods_that_name_no_year():
    from pipelines.domain.periods import needs_year

    assert all(needs_year(t) for t in ["全年", "年末", "前三季度", "1—9月", "9月末", "上半年"])
    named = ["今年", "去年全年", "2023年", "今年以来", "十四五", "目前"]
    assert not any(needs_year(t) for t in named)


def test_a_text_without_the_period_hint_holds_no_period():
    forms = ["2023年", "今年上半年", "1—5月", "前三季度", "一季度", "十四五", "“十五”时期", "目前",
             "当前", "累计", "近五年", "五年来", "年末", "截至2023年底", "2010年到2023年", "3月5日",
             "1-5月份", "未来五年", "２０２４年", "前5个月"]
    for text in forms:
        assert may_hold_period(text), text
        assert find_periods(f"全市{text}新建充电桩6万个", date(2024, 6, 1)), text
    assert not may_hold_period("新建充电桩6万个，同比增长5.3%")
    for path in sorted(SEEDS.glob("0*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if find_periods(line, date(2024, 6, 1)):
                assert may_hold_period(line), line


def test_hong_kong_and_macau_quarters_and_months():
    doc = date(2024, 11, 12)
    assert _dates("今年首三季", doc) == (date(2024, 1, 1), date(2024, 9, 30))
    assert _dates("第三季", doc) == (date(2024, 7, 1), date(2024, 9, 30))
    assert _dates("首十个月", doc) == (date(2024, 1, 1), date(2024, 10, 31))
    assert _dates("首季", doc) == (date(2024, 1, 1), date(2024, 3, 31))
    assert [p.text for p in find_periods("今年首三季，本地生产总值增长9.2%", doc)] == ["今年首三季"]


def test_years_summed_up():
    assert _dates("五年累计", date(2026, 1, 26)) == (date(2021, 1, 1), date(2025, 12, 31))


def test_plan_names_that_year_and_year_end():
    from pipelines.domain.periods import needs_year

    # “十四五”规划 names the plan document; “十四五”时期 and 十四五规划期 are its years
    assert [p.text for p in find_periods("2025年是“十四五”规划收官之年", None)] == ["2025年"]
    assert find_periods("“十四五”时期", None)[0].period.start == date(2021, 1, 1)
    # 当年 (that year) and 年终 (year end) take the year being talked about
    assert needs_year("当年") and needs_year("年终")
    assert resolve_period("年终", date(2024, 12, 31)).start == date(2024, 12, 31)
    assert resolve_period("当年", date(2024, 12, 31)).start == date(2024, 1, 1)


def test_two_years_listed_are_one_span():
    """2027年、2028年每年… (QA 8): the two years' span; a year and a part of another stay two."""
    assert [(p.text, p.period.start, p.period.end)
            for p in find_periods("2027年、2028年每年新建", DOC)] == [
        ("2027年、2028年", date(2027, 1, 1), date(2028, 12, 31))]
    assert _dates("2023年和2024年") == (date(2023, 1, 1), date(2024, 12, 31))
    assert [p.text for p in find_periods("2023年、上半年", DOC)] == ["2023年", "上半年"]


def test_hong_kong_financial_years_run_from_april():
    """年度 in a Hong Kong text: 1 April to 31 March; 本年度 is the year the date falls in."""
    doc = date(2024, 2, 28)  # the 2024-25 budget speech: 本年度 is 2023-24
    got = {p.text: (p.period.start, p.period.end) for p in find_periods(
        "本年度政府開支預計為7,478億元，下年度預算開支7,766億元。", doc, april_fiscal=True)}
    assert got == {"本年度": (date(2023, 4, 1), date(2024, 3, 31)),
                   "下年度": (date(2024, 4, 1), date(2025, 3, 31))}
    for text in ("2024-25年度", "2024/25年度", "二〇二四至二五年度", "2024-2025财政年度"):
        (p,) = find_periods(text + "的开支", doc, april_fiscal=True)
        assert (p.period.start, p.period.end) == (date(2024, 4, 1), date(2025, 3, 31)), text
    (p,) = find_periods("上年度", date(2024, 5, 2), april_fiscal=True)
    assert (p.period.start, p.period.end) == (date(2023, 4, 1), date(2024, 3, 31))


def test_financial_years_elsewhere_are_calendar_years():
    """Macau, Taiwan and the mainland count 年度 by the calendar year (and 2024至2026年度 is no
    financial year anywhere)."""
    assert april_fiscal_year("香港") and not april_fiscal_year("澳门")
    assert not april_fiscal_year("台湾") and not april_fiscal_year(None)
    (p,) = find_periods("2024年度预算", date(2024, 2, 28))
    assert (p.period.start, p.period.end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert all(p.period.start != date(2024, 4, 1) for p in find_periods(
        "2024至2026年度", date(2024, 2, 28), april_fiscal=True))


def test_a_season_after_its_year_is_that_years_season():
    november = date(2025, 11, 20)
    assert _dates("今年夏季", november) == (date(2025, 6, 1), date(2025, 8, 31))
    assert _dates("2024年春季", november) == (date(2024, 3, 1), date(2024, 5, 31))
    assert _dates("去年秋季", november) == (date(2024, 9, 1), date(2024, 11, 30))
    assert _dates("夏季", november) == (None, None)  # a campaign's season: its year unknown
    texts = [p.text for p in find_periods("今年夏季，2024年冬季，夏季运动会", november)]
    assert texts == ["今年夏季", "2024年"]  # (winter runs across two years: the year)


def test_a_month_of_a_three_digit_year_marks_a_minguo_text():
    """Taiwan's releases date themselves 114年10月 without writing 民国 or 新台币: their 元 are New
    Taiwan dollars and their years Minguo years; a day count (第120年) or a mainland year is no
    such mark."""
    assert uses_roc_years(["114年10月人口统计资料"])
    assert uses_roc_years(["今年起育儿津贴提高", "民国114年"])
    assert not uses_roc_years(["2025年10月人口统计资料", "建校第120年10月"])
