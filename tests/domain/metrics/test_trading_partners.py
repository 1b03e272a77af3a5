"""A trade partner (对美国出口, 自日本进口, 东盟进出口) is part of what is measured: it stays in the
figure's name and is not its subject; a place that opens a name otherwise is taken off as before."""
import pytest

from pipelines.domain.metrics.indicator import trim_phrase
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.metrics.subjects import named_subject
from tests.domain.metrics.support import metrics, toks


def _trimmed(text: str, home: str | None = None) -> tuple[str, list[str]]:
    kept, places = trim_phrase(toks(text), (), home)
    return phrase_text(kept, text), places


@pytest.mark.parametrize(("text", "name"), [
    ("对香港出口", "香港出口"),  # after 对: the partner stays, its 对 goes
    ("自新加坡进口", "自新加坡进口"),  # 自 is a word of the name (自美国进口)
    ("对马来西亚的出口", "马来西亚的出口"),
    ("对中国进出口", "中国进出口"),
    ("马来西亚进出口", "马来西亚进出口"),  # right before a trade word
    ("香港贸易", "香港贸易"),
])
def test_a_trade_partner_stays_in_the_name_and_is_no_place_of_the_figure(text, name):
    assert _trimmed(text, "四川省") == (name, [])


@pytest.mark.parametrize(("text", "name"), [
    ("对美国出口", "美国出口"),
    ("自日本进口", "自日本进口"),
    ("对东盟进出口", "东盟进出口"),
    ("对欧盟出超", "欧盟出超"),
])
def test_countries_and_blocs_abroad_are_trade_partners(text, name):
    assert _trimmed(text, "安徽省") == (name, [])


def test_a_place_opening_a_name_that_trades_nothing_is_still_taken_off():
    assert _trimmed("成都地区生产总值") == ("地区生产总值", ["成都"])
    assert _trimmed("美国国内生产总值") == ("国内生产总值", ["美国"])


def _subject(text: str, home: str | None = "四川省") -> str | None:
    number = text.index("7.8")
    return named_subject(toks(text), text, 0, number, home)


def test_a_partner_named_with_its_examples_is_no_subject():
    assert _subject("对香港、澳门、新加坡和马来西亚等市场的出口合计增加7.8%") is None


def test_source_markets_with_their_figures_in_brackets_are_no_subject():
    listed = "以香港（12.1万人次）、新加坡（7.8万人次）及马来西亚（4.6万人次）旅客较多"
    assert _subject(listed) is None
    assert _subject("香港经济增长7.8%") == "香港"  # a place whose figure it is, still


def test_a_place_before_its_bracketed_figure_is_the_figure_s_item():
    text = "入境旅客主要来自香港（8.2万人次）、新加坡（5.1万人次）。"
    found = {m.quote: m for m in metrics([text], home="澳门")}
    assert (found["5.1万人次"].indicator, found["5.1万人次"].subject) == ("新加坡", None)
