"""Indicator names, session 24 (rounds 38-39 and the relabelled ranks): classes of phrasing the
held-out set still named wrong, on short sentences written for each class, not the documents."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_a_rank_after_a_level_and_its_bare_growth_ranks_the_level() -> None:
    """Level, then 增长 x% with no name of its own, then a rank: places are ranked by their levels
    (clauses with no figure may stand between); after a growth alone the growth is ranked."""
    names = _names(["日照港集装箱吞吐量完成680.2万标箱，同比增长9.3%，居全国沿海港口第9位。",
                    "农村低保平均保障标准为6120元/人·年，比上年增长3.8%，居中部地区第2位。",
                    "武汉GDP为15120.6亿元，增长5.2%，增速在十强城市中靠前，排名第八。",
                    "高新技术企业数增长了31%，排全国第三位。"])
    assert names["第9位"] == "日照港集装箱吞吐量"
    assert names["第2位"] == "农村低保平均保障标准"
    assert names["第八"] == "GDP"
    assert names["第三位"] == "高新技术企业数增速"


def _names_cleaned(text: str) -> dict[str, str | None]:
    """Names of a document's figures after cleaning (Traditional text written Simplified)."""
    from datetime import date

    from pipelines.evaluate import analyse_document

    found = analyse_document(text, published_on=date(2025, 11, 20)).metrics
    return {m.quote: m.indicator for m in found}


def test_the_words_of_a_revision_name_nothing() -> None:
    """由早前公布的X修订为Y, 由X向上修订至Y, 相应修订为Y, 修订为: the figure revised keeps the name
    it had; the revising words and the cause's 主要由于 are no part of it."""
    names = _names_cleaned("本局同時修訂了第二季的數字。第二季出口貨值由早前公佈的3.2%修訂為3.6%，"
                           "主要由於貨物出口的升幅由2.1%向上修訂至2.8%；第二季進口貨值修訂為512.3億澳門元。"
                           "上半年經濟實質增長相應修訂為4.1%。")
    assert names["3.2%"] == names["3.6%"] == "出口货值"
    assert names["2.1%"] == names["2.8%"] == "货物出口的升幅"
    assert names["512.3億澳門元"] == "进口货值"
    assert names["4.1%"] == "经济"


def test_a_level_against_its_own_past_is_of_the_thing() -> None:
    """相当于 + only a time (2019年同期, 疫情前) + 的 x%: the level of the thing named before (or of
    the last name) against its own level then; a base of another thing stays a share of it."""
    names = _names(["2025年前三季度全市旅游收入为812.4亿元，增长6.1%，相当于2019年同期的93.2%。",
                    "2025年第三季入境旅客人次相当于疫情前2019年同期的91.4%。",
                    "2025年能繁母猪存栏4035万头，相当于正常保有量3900万头的103.5%。"])
    assert names["93.2%"] == "旅游收入"
    assert names["91.4%"] == "入境旅客人次"
    assert names["103.5%"] == "能繁母猪存栏占正常保有量"
