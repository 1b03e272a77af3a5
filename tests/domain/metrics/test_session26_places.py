"""Session 26's places: trade partners in brackets and after 输往, a text's region by its marks,
a 中国X company's name, a county-level city under the home."""

from tests.domain.metrics.support import by_quote, metrics


def test_a_destination_after_shuwang_is_part_of_the_name_not_the_subject():
    found = by_quote(metrics(["输往韩国的整体出口货值下降5.6%。"], home="香港"))
    assert found["5.6%"].subject is None


def test_partners_listed_with_their_rates_in_brackets_are_no_subjects():
    found = by_quote(metrics([
        "输往区内主要市场的出口货值上升，尤其是泰国（上升12.4%）、韩国（上升8.1%）及马来西亚"
        "（上升3.3%）。"], home="香港"))
    assert [found[q].subject for q in ("12.4%", "8.1%", "3.3%")] == [None, None, None]


def test_a_partner_list_does_not_carry_its_place_to_the_clause_after():
    found = by_quote(metrics([
        "来自区内主要供应地的进口货值上升，尤其是韩国（上升9.2%）及泰国（上升4.4%），来自菲律宾"
        "的进口货值则下跌2.7%。"], home="香港"))
    assert [found[q].subject for q in ("9.2%", "4.4%", "2.7%")] == [None, None, None]


def test_provinces_with_bracketed_rates_outside_trade_stay_subjects():
    found = by_quote(metrics(["多数省份用电量增长，其中湖北（增长9.3%）、江西（增长7.2%）较快。"],
                             home="全国"))
    assert found["9.3%"].subject == "湖北"
