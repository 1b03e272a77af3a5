"""Round 67's fixes (h203-h205: an industry association's monthly car output and sales, a city's
monthly land market, the aviation authority's monthly transport figures), each class tested on
text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

SEASON = (
    "2024/2025年冬春航季国际航班计划\n\n"
    "2024/2025年冬春航季，各航空公司计划每周执行国际客运航班5200班，较上一冬春航季增长9.5%。\n"
)


def test_a_flight_season_written_with_both_its_years_is_the_one_opening_in_the_first():
    found = document_by_number(SEASON, date(2024, 11, 2))
    for quote in ("5200班", "9.5%"):
        assert period_dates(found[quote]) == (date(2024, 10, 27), date(2025, 3, 29)), quote


DEVELOPERS = (
    "郑州市10月土地市场简报\n\n"
    "10月，参与竞买的房企共18家，较上月增加5家。该宗地吸引9家房企参与竞买，最终以底价成交。\n"
)


def test_a_property_developer_by_its_short_name_is_one_word():
    found = document_by_number(DEVELOPERS, date(2025, 11, 5))
    assert found["18家"].indicator == "参与竞买的房企"
    assert found["9家"].indicator == "房企参与竞买"
