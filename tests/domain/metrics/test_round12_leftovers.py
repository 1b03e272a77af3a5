"""Leftovers of earlier rounds mended in the twelfth (each stated on a short text written for it):
a holiday's dates read through OCR damage, ordinal sectors listed with one 第, and a count of
counties whose noun carries a bracket of the kinds it covers."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote


def _doc(text, doc):
    return by_quote(analyse_document(text, published_on=doc).metrics)


def test_a_holiday_whose_dates_are_ocr_damaged_still_dates_the_figures_of_the_holiday():
    # 曰 for 日 after a day's digits (tests/support/damage.py han_confusions): the characters are
    # read as normalized, with the raw page's offsets
    m = _doc("国庆中秋假期全省旅游市场综述\n\n国庆中秋假期（10月1曰至8曰），全省旅游市场平稳"
             "有序。\n\n假期全省铁路发送旅客612.4万人次，同比增长8.1%。", doc=date(2025, 10, 9))
    holiday = (date(2025, 10, 1), date(2025, 10, 8))
    assert (m["612.4万人次"].period_start, m["612.4万人次"].period_end) == holiday
    assert (m["8.1%"].period_start, m["8.1%"].period_end) == holiday


def test_ordinal_sectors_listed_with_one_di_are_named_each_in_full():
    m = _doc("2024年，第一、二、三产业增加值分别增长3.1%、5.2%和6.0%。", doc=date(2025, 3, 1))
    assert m["3.1%"].indicator == "第一产业增加值"
    assert m["5.2%"].indicator == "第二产业增加值"
    assert m["6.0%"].indicator == "第三产业增加值"


def test_a_count_of_counties_keeps_the_bracket_of_kinds_it_covers():
    m = _doc("2024年末，全市12个县（市、区）中，城镇化率超过70%的有5个。", doc=date(2025, 3, 1))
    assert m["12个"].indicator == "县（市、区）"


def test_ordinal_sectors_before_a_last_item_that_names_the_measure_share_its_head():
    m = _doc("2024年，第一、二、三产业和城乡居民生活用电量占全社会用电量的比重分别为1.9%、"
             "63.2%、18.4%和16.5%。", doc=date(2025, 2, 20))
    assert m["1.9%"].indicator == "第一产业用电量占全社会用电量的比重"
    assert m["18.4%"].indicator == "第三产业用电量占全社会用电量的比重"
    assert m["16.5%"].indicator == "城乡居民生活用电量占全社会用电量的比重"
