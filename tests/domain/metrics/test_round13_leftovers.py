"""Leftovers of earlier rounds mended in round 13 (tests/gold/heldout/README.md), each stated on
short texts written for it."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote


def _doc(text, doc=date(2025, 1, 20)):
    return by_quote(analyse_document(text, published_on=doc).metrics)


def _span(m):
    return (m.period_start, m.period_end)


def test_about_wins_over_a_bound_before_the_number():
    m = _doc("今年主要预期目标是：居民消费价格涨幅低于3%左右，城镇调查失业率5.5%左右。")
    target = next(v for q, v in m.items() if q.startswith("低于3%") or q.startswith("3%"))
    assert target.qualifier == "about"


def test_the_first_item_of_a_list_sharing_a_head_after_its_own_word_keeps_its_name():
    m = _doc("2024年，全省风电、光伏发电装机分别达到3120万千瓦和4560万千瓦。")
    first = next(v for q, v in m.items() if "3120" in q)
    assert first.indicator == "风电装机"
    assert m["4560万千瓦"].indicator == "光伏发电装机"
    m = _doc("2024年，小学、初中生均教学仪器设备值分别为2836元和3912元。")
    assert m["2836元"].indicator == "小学生均教学仪器设备值"  # (教学 ends like 小学: not a word
    # of the item's)


def test_a_list_of_months_pairs_each_month_with_its_value():
    m = _doc("2024年1月、2月全市社会消费品零售总额分别为312.5亿元、298.7亿元。")
    assert _span(m["312.5亿元"]) == (date(2024, 1, 1), date(2024, 1, 31))
    assert _span(m["298.7亿元"]) == (date(2024, 2, 1), date(2024, 2, 29))


def test_a_day_opening_a_sentence_dates_its_reading():
    m = _doc("二〇二四年天气回顾\n\n年内共有8个热带气旋影响本港。7月21日，天文台录得气温34.9度。")
    assert _span(m["34.9度"]) == (date(2024, 7, 21), date(2024, 7, 21))


def test_a_news_lead_day_dates_no_figure():
    m = _doc("10月21日，记者从市气象局获悉，今年前三季度全市平均气温为18.2度。",
             doc=date(2024, 10, 22))
    assert _span(m["18.2度"]) == (date(2024, 1, 1), date(2024, 9, 30))
