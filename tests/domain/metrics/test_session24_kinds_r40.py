"""Kinds and signs of the genres blind rounds 40-41 brought (a statistical communiqué, a city's
projects plan, a ministry's trade-in news, Taiwan's price release in Traditional script, a city's
water-price hearing notice, an inspection report). Short sentences written for each class in the
genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number

PRICE_RELEASE = """某地114年9月物價指數

二、七大類指數年增率：與上年同月比較，醫藥類漲1.44%，通訊費跌2.31%；其中燃料費跌3.7%，菸酒漲0.56%。
"""


def test_a_one_character_move_glued_to_its_noun_still_makes_a_signed_growth() -> None:
    """醫藥類漲 / 通訊費跌: the segmenter guesses 類漲 / 費跌 into one word; the move is the rate's,
    a growth, and 跌 a fall (negative), as 燃料費跌 standing apart is no different."""
    found = document_by_number(PRICE_RELEASE, date(2025, 10, 7))
    expected = {"1.44%": 1.44, "2.31%": -2.31, "3.7%": -3.7, "0.56%": 0.56}
    for quote, value in expected.items():
        assert found[quote].kind == "growth_rate", quote
        assert found[quote].value == value, quote
