"""A trade partner (对美国出口, 自日本进口, 东盟进出口) is part of what is measured: it stays in the
figure's name and is not its subject; a place that opens a name otherwise is taken off as before."""
import pytest

from pipelines.domain.metrics.indicator import phrase_text, trim_phrase
from tests.domain.metrics.support import toks


def _trimmed(text: str, home: str | None = None) -> tuple[str, list[str]]:
    kept, places = trim_phrase(toks(text), (), home)
    return phrase_text(kept, text), places


@pytest.mark.parametrize(("text", "name"), [
    ("对香港出口", "香港出口"),  # after 对: the partner stays, its 对 goes
    ("自新加坡进口", "新加坡进口"),
    ("向马来西亚出口", "马来西亚出口"),
    ("对中国进出口", "中国进出口"),
    ("马来西亚进出口", "马来西亚进出口"),  # right before a trade word
    ("香港贸易", "香港贸易"),
])
def test_a_trade_partner_stays_in_the_name_and_is_no_place_of_the_figure(text, name):
    assert _trimmed(text, "四川省") == (name, [])


def test_a_place_opening_a_name_that_trades_nothing_is_still_taken_off():
    assert _trimmed("成都地区生产总值") == ("地区生产总值", ["成都"])
