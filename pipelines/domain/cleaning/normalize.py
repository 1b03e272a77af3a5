"""Character-level normalisation that never changes text length (one char in, one char out).

Width (full-width digits/letters), punctuation variants, ranges, ratios and decimal points are
repaired here on the whole document with compiled regexes, so offsets into the result are raw
offsets. Deletions (spaces, line breaks) happen later, per block, with an explicit index map.

Every pattern starts with the character it replaces (context is checked by lookarounds after
it), so the regex engine scans for that character instead of trying the context at every
position; the char table is applied only to the characters that need it.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.cleaning.lexicon import CJK_PUNCT, HAN, punctuation


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    p = punctuation()
    table = "".join(re.escape(chr(cp)) for cp in sorted(p.translate))
    mapped = re.compile(f"[{table}]")
    marks = re.escape("".join(p.cjk_context))
    # Half-width punctuation touching a Han character or CJK punctuation.
    context = re.compile(rf"[{marks}](?:(?<=[{HAN}{CJK_PUNCT}][{marks}])|(?=[{HAN}“‘（《]))")
    # A range dash or a ratio colon between digits (one pass for both: the same context, and
    # what one replaces is never part of the other's context).
    between = re.escape(p.range_dashes + p.ratio_colons)
    between_digits = re.compile(rf"[{between}](?<=\d[{between}])(?=\d)")
    # A decimal point written as 。: digits on both sides, at most three after it and not a year
    # (so "排名第4。2023年" stays two sentences).
    points = re.escape(p.decimal_points)
    decimals = re.compile(rf"[{points}](?<=\d[{points}])(?=\d{{1,3}}(?![\d年]))")
    return mapped, context, between_digits, decimals


@cache
def _char_map() -> dict[str, str]:
    return {chr(cp): ch for cp, ch in punctuation().translate.items()}


def normalize_chars(text: str) -> str:
    """Width/punctuation normalisation of ``text``; the result has the same length."""
    mapped, context, between_digits, decimals = _patterns()
    chars = _char_map()
    out = mapped.sub(lambda m: chars[m.group()], text)
    p = punctuation()
    cjk = p.cjk_context
    out = context.sub(lambda m: cjk[m.group()], out)
    dashes = p.range_dashes  # a dash first: a character listed as both is a dash
    out = between_digits.sub(lambda m: "-" if m.group() in dashes else ":", out)
    out = decimals.sub(".", out)
    if len(out) != len(text):  # a data-file entry broke the 1:1 contract
        raise ValueError("character normalisation changed the text length")
    return out
