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
