"""Character-level normalisation that never changes text length (one char in, one char out).

Width (full-width digits/letters), punctuation variants, ranges, ratios and decimal points are
repaired here on the whole document with compiled regexes, so offsets into the result are raw
offsets. Deletions (spaces, line breaks) happen later, per block, with an explicit index map.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.cleaning.lexicon import CJK_PUNCT, HAN, punctuation


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = punctuation()
    ascii_marks = re.escape("".join(p.cjk_context))
    # Half-width punctuation touching a Han character or CJK punctuation.
    context = re.compile(
        rf"(?<=[{HAN}{CJK_PUNCT}])[{ascii_marks}]|[{ascii_marks}](?=[{HAN}“‘（《])"
    )
    ranges = re.compile(rf"(?<=\d)[{re.escape(p.range_dashes)}](?=\d)")
    ratios = re.compile(rf"(?<=\d)[{re.escape(p.ratio_colons)}](?=\d)")
    # A decimal point written as 。: digits on both sides, at most three after it and not a year
    # (so "排名第4。2023年" stays two sentences).
    decimals = re.compile(rf"(?<=\d)[{re.escape(p.decimal_points)}](?=\d{{1,3}}(?![\d年]))")
    return context, ranges, ratios, decimals


def normalize_chars(text: str) -> str:
    """Width/punctuation normalisation of ``text``; the result has the same length."""
    p = punctuation()
    context, ranges, ratios, decimals = _patterns()
    out = text.translate(p.translate)
    cjk = p.cjk_context
    out = context.sub(lambda m: cjk[m.group()], out)
    out = ranges.sub("-", out)
    out = ratios.sub(":", out)
    out = decimals.sub(".", out)
    if len(out) != len(text):  # a data-file entry broke the 1:1 contract
        raise ValueError("character normalisation changed the text length")
    return out
