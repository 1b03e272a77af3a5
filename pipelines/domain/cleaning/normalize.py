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
    return mapped, context, between_digits, decimals, _ocr_letters(), _misreads()


@cache
def _misreads() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Sentence marks and Han characters OCR gave back misread (``punctuation.yaml``:
    ``ocr_misreads``), each pattern with the character it writes, applied in the file's order
    (二O二四年's 〇 is put back before an o between Han reads as 。). One pattern each, and
    one per character of a set that opens one ([己巳]…): each starts with the character it
    replaces, so the engine searches for it (an alternation of them, or a set first, is tried
    at every position: ten times slower)."""
    out = []
    for to, pattern in punctuation().ocr_misreads:
        first = _FIRST_SET.match(pattern)
        if first is None:
            out.append((re.compile(pattern), to))
            continue
        rest = pattern[first.end():]
        out += [(re.compile(re.escape(ch) + rest), to) for ch in first.group(1)]
    return tuple(out)


_FIRST_SET = re.compile(r"\[([^\]\\^-]+)\]")  # a set of plain characters opening a pattern


# What a number of Chinese text may end with after its digits (a reader takes 2O2O年, 1O%, 5O万
# for digits there).
_NUMBER_END = "年月日%‰万亿元个家人次项座户吨米亩倍斤辆台件所"


@cache
def _ocr_letters() -> re.Pattern[str]:
    """A letter OCR read for a digit (O/o for 0, l/I for 1) inside a number, where nothing
    else can be meant: between two digits (2O24年, 1O0亿元); after a Han character or CJK
    punctuation, a line's start or a range's dash (1-l0月), before the rest of the number and
    what ends it (增长l2.5%, 增加O.61万人); after digits, or a decimal point after digits, and
    before what ends a number (202O年, 1O%, 3.O%). A letter of a Latin word never has a digit on the
    side checked (O2O模式, IPv6, l0T stay)."""
    ends = re.escape(_NUMBER_END)
    return re.compile(
        rf"[OolI](?:(?<=[0-9][OolI])(?=[0-9])"
        rf"|(?<=[0-9][OolI])(?=[{ends}])(?<![A-Za-z][0-9][OolI])"
        rf"|(?:(?<=[{HAN}{CJK_PUNCT}\n][OolI])|(?<=[0-9]-[OolI])|(?<![\s\S][OolI]))"
        rf"(?=(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[{ends}])"
        rf"|(?<=[0-9]\.[OolI])(?<![A-Za-z][0-9]\.[OolI])(?=[0-9]*[{ends}]))")


@cache
def _char_map() -> dict[str, str]:
    return {chr(cp): ch for cp, ch in punctuation().translate.items()}


_LONE_CR = re.compile(r"\r(?!\n)")  # an old Mac line end (a CR of a CRLF becomes a space)


def normalize_chars(text: str) -> str:
    """Width/punctuation normalisation of ``text``; the result has the same length."""
    mapped, context, between_digits, decimals, letters, misreads = _patterns()
    chars = _char_map()
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    out = mapped.sub(lambda m: chars[m.group()], text)
    p = punctuation()
    cjk = p.cjk_context
    out = context.sub(lambda m: cjk[m.group()], out)
    for pattern, to in misreads:
        out = pattern.sub(to, out)
    dashes = p.range_dashes  # a dash first: a character listed as both is a dash
    out = between_digits.sub(lambda m: "-" if m.group() in dashes else ":", out)
    out = decimals.sub(".", out)
    out = letters.sub(lambda m: "0" if m.group() in "Oo" else "1", out)
    if len(out) != len(text):  # a data-file entry broke the 1:1 contract
        raise ValueError("character normalisation changed the text length")
    return out
