"""Round 16's blind misses on detection, units, subjects and names (h50-h52: a ministry's
monthly revenue release, an industry association's car sales release, a listed power company's
annual results), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2026, 3, 28)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


# units: a price per a prefixed unit (元/千千瓦时: its 千 is no numeral)


def test_a_price_per_thousand_kwh_keeps_its_denominator():
    found = _found(["集团平均售电价格为398.2元/千千瓦时，比上年上涨6.4元/千千瓦时。",
                    "工商业平均电价0.62元/千瓦时，燃煤基准价为380元/兆瓦时。"])
    assert [(q, m.unit, m.value) for q, m in found.items()] == [
        ("398.2元/千千瓦时", "元/千千瓦时", 398.2), ("6.4元/千千瓦时", "元/千千瓦时", 6.4),
        ("0.62元/千瓦时", "元/千瓦时", 0.62), ("380元/兆瓦时", "元/兆瓦时", 380)]


def test_a_retail_price_per_kilogram_keeps_its_denominator():
    found = _found(["全市猪肉平均零售价格为24.8元/千克，鸡蛋为10.2元/公斤。"])
    assert {q: m.unit for q, m in found.items()} == {"24.8元/千克": "元/千克",
                                                     "10.2元/公斤": "元/千克"}
