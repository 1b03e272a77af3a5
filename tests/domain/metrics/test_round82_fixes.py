"""Round 82's fixes (h248-h250: a city's yearly food safety sampling bulletin, Hong Kong's
monthly transport statistics in Traditional script, a county's school-year statistics as a
WeChat article), each class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import document_by_number


def test_a_school_year_runs_from_september_to_august():
    found = find_periods("2024-2025学年度，全区共有中小学52所", date(2025, 3, 1))
    assert [(p.period.start, p.period.end) for p in found] == [
        (date(2024, 9, 1), date(2025, 8, 31))]
    # two years that are no school year, and the year before as a base, are no span
    assert find_periods("比上学年增加3所", date(2025, 3, 1)) == []


def test_a_school_years_statistics_date_its_sections_with_no_time_of_their_own():
    text = ("2024—2025学年全区教育事业统计快报\n\n"
            "📌 学校\n\n2024—2025学年，全区共有各级各类学校64所，比上学年增加2所。\n\n"
            "📌 学生\n\n全区在校生共41,230人，其中小学在校生18,560人。小学生师比为16.2:1。\n")
    found = document_by_number(text, date(2024, 12, 2))
    for quote in ("64所", "41,230人", "18,560人", "16.2:1"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2024, 9, 1), date(2025, 8, 31)), quote
    # the school year under way is no goal: its stocks are counted at its start
    assert found["64所"].kind == "count_total"
    assert found["41,230人"].kind == "count_total"
    assert found["2所"].kind == "actual"
