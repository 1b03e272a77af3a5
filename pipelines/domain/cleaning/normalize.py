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
from itertools import pairwise

from pipelines.domain.cleaning.lexicon import CJK_PUNCT, HAN, punctuation


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    p = punctuation()
    table = "".join(re.escape(chr(cp)) for cp in sorted(p.translate))
    # (with the characters footnote marks open with, mapped to themselves: the same pass finds
    # whether the text holds any)
    mapped = re.compile(f"[{table}{re.escape(''.join(_footnote_firsts()))}]")
    marks = re.escape("".join(p.cjk_context))
    # Half-width punctuation touching a Han character or CJK punctuation.
    context = re.compile(rf"[{marks}](?:(?<=[{HAN}{CJK_PUNCT}][{marks}])|(?=[{HAN}“‘（《]))")
    # A range dash or a ratio colon between digits (one pass for both: the same context, and
    # what one replaces is never part of the other's context).
    between = re.escape(p.range_dashes + p.ratio_colons)
    between_digits = re.compile(rf"[{between}](?<=\d[{between}])(?=\d)")
    # A decimal point written as 。: digits on both sides, at most three after it and neither a
    # year nor the number of a list's next item (so "排名第4。2023年" and a note's "…:2018。3.折标
    # 系数…" stay two sentences).
    points = re.escape(p.decimal_points)
    decimals = re.compile(rf"[{points}](?<=\d[{points}])(?=\d{{1,3}}(?![\d年]|[.．][{HAN}]))")
    return (mapped, context, between_digits, decimals, _ocr_letters(), _misreads(),
            _footnote_marks())


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


@cache
def _footnote_marks() -> tuple[re.Pattern[str], ...]:
    """Footnote marks run into the text (``punctuation.yaml``: ``footnote_marks``), one pattern
    per character of the set that opens one (see ``_misreads``)."""
    out = []
    for pattern in punctuation().footnote_marks:
        first = _FIRST_SET.match(pattern)
        if first is None:
            out.append(re.compile(pattern))
        else:
            rest = pattern[first.end():]
            out += [re.compile(re.escape(ch) + rest) for ch in first.group(1)]
    return tuple(out)


def _footnote_firsts() -> frozenset[str]:
    """The characters a footnote mark's pattern opens with (superscript digits, circled
    numbers, a bracket)."""
    return frozenset(p.pattern[1] if p.pattern[0] == "\\" else p.pattern[0]
                     for p in _footnote_marks())


_FIRST_SET = re.compile(r"\[([^\]\\^-]+)\]")  # a set of plain characters opening a pattern
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
_SENTENCE_ENDS = frozenset("。！？!?\n")
_ITEM_SEPARATORS = frozenset("、，,；;：: \u3000\t")


@cache
def _between_words() -> re.Pattern[str] | None:
    """A circled number between two Han characters (``footnote_marks_between_words``)."""
    pattern = punctuation().footnote_marks_between_words
    return re.compile(pattern) if pattern else None


def _circled_list(text: str) -> bool:
    """Does ``text`` number a list with circled numbers: one followed by the next in the same
    sentence, after an item's separator (包括①…、②…, 目标是：①…；②…; not 总值①达到…，同比②增长:
    two footnote marks in one sentence)?"""
    at = {}
    for k, ch in enumerate(text):
        if ch in _CIRCLED:
            at.setdefault(ch, []).append(k)
    for ch, places in at.items():
        nxt = at.get(chr(ord(ch) + 1))
        if not nxt:
            continue
        for a in places:
            b = next((b for b in nxt if b > a), None)
            if (b is not None and text[b - 1] in _ITEM_SEPARATORS
                    and not _SENTENCE_ENDS.intersection(text[a:b])):
                return True
    return False


@cache
def _inline_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    p = punctuation()
    if not (p.inline_footnote_mark and p.footnote_note_line and p.footnote_note_number):
        return None
    return (re.compile(p.inline_footnote_mark), re.compile(p.footnote_note_line),
            re.compile(p.footnote_note_number))


def _inline_marks(text: str) -> str:
    """``text`` with the footnote marks a text layer set inline as plain numbers deleted (each
    character invisible): a number right after a percent sign, before a clause mark
    (``inline_footnote_mark``: 增长5.8%1，), whose number a line of notes of the text gives
    (``footnote_note_line``, ``footnote_note_number``: 注：1.…；2.…). A number no note gives
    stays: the evidence is the pair, and no digit of a figure is ever taken."""
    patterns = _inline_patterns()
    if patterns is None:
        return text
    mark, line, number = patterns
    found = list(mark.finditer(text))
    if not found:
        return text
    numbers = {n.group(1) for m in line.finditer(text) for n in number.finditer(m.group())}
    spans = [m.span(1) for m in found if m.group(1) in numbers]
    if not spans:
        return text
    pieces, at = [], 0
    for a, b in spans:
        pieces += [text[at:a], INVISIBLE * (b - a)]
        at = b
    return "".join(pieces) + text[at:]


# What a number of Chinese text may end with after its digits (a reader takes 2O2O年, 1O%, 5O万
# for digits there; the first characters of 公里 / 公顷 / 公斤, 平方米, 立方米, 千米 / 千瓦 / 千克:
# 新建防护栏l2.6公里; the measure words 条 / 张 / 名 / 场 and 微 of 微克: 航线l08条, 3O微克).
_NUMBER_END = "年月日%‰万亿元个家人次项座户吨米亩倍斤辆台件所公平立千克条张名场微"


@cache
def _ocr_letters() -> re.Pattern[str]:
    """A letter OCR read for a digit (O/o for 0, l/I for 1) inside a number, where nothing
    else can be meant: between two digits (2O24年, 1O0亿元); after a Han character or CJK
    punctuation, a line's start or a range's dash (1-l0月), before the rest of the number and
    what ends it (增长l2.5%, 增加O.61万人); opening a table's cell (after a space or a tab,
    up to the next, ⇥l03.1⇥) or a base after = (上月=l00）); after digits, or a decimal point
    after digits, and before what ends a number (202O年, 1O%, 3.O%) or its decimals and that
    end (8l.7万亩, 4O.3%); after a decimal point a space OCR put before the end may stand
    between (2.O %, 9 3.O %). A letter of a Latin word never has a digit on the side checked
    (O2O模式, IPv6, l0T stay)."""
    ends = re.escape(_NUMBER_END)
    return re.compile(
        # (two or three O for 00 after digits, before the end: 25OO亿元, 1OO%)
        rf"(?<=[0-9])[Oo]{{2,3}}(?=[0-9]*(?:\.[0-9]+)?[{ends}])(?<![A-Za-z][0-9][Oo]{{2}})"
        rf"|[OolI](?:(?<=[0-9][OolI])(?=[0-9])"
        rf"|(?<=[0-9][OolI])(?=[{ends}]|\.[0-9]+[{ends}])(?<![A-Za-z][0-9][OolI])"
        rf"|(?:(?<=[{HAN}{CJK_PUNCT}\n][OolI])|(?<=[0-9]-[OolI])|(?<![\s\S][OolI]))"
        rf"(?=(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)[{ends}])"
        rf"|(?<=[0-9]\.[OolI])(?<![A-Za-z][0-9]\.[OolI])(?=[0-9]* ?[{ends}])"
        # (a table's cell, or a base after =: ⇥l03.1⇥, 上月=l00）)
        rf"|(?<=[\t \u3000=＝][OolI])(?=[0-9]+(?:\.[0-9]+)?(?:[\s)）]|$)))")


@cache
def _char_map() -> dict[str, str]:
    """``punctuation.yaml``'s map, and each footnote mark's first character to itself."""
    chars = {chr(cp): ch for cp, ch in punctuation().translate.items()}
    for c in _footnote_firsts():
        chars.setdefault(c, c)
    return chars


# one bracket of a pair given back half-width where the other is full width, no bracket between
# (OCR or a PDF's text layer: 环比（上月=100), 定基(2020年=100）): the pair is full width
_HALF_CLOSE = re.compile(r"（[^（）()\n]{0,40}\)")
_HALF_OPEN = re.compile(r"\([^（）()\n]{0,40}）")

INVISIBLE = "\x1e"  # (aligned.INVISIBLE: a deleted character, its offset kept)


def _invisible(m: re.Match[str]) -> str:
    return INVISIBLE * (m.end() - m.start())


_LONE_CR = re.compile(r"\r(?!\n)")  # an old Mac line end (a CR of a CRLF becomes a space)


def normalize_chars(text: str) -> str:
    """Width/punctuation normalisation of ``text``; the result has the same length."""
    mapped, context, between_digits, decimals, letters, misreads, footnotes = _patterns()
    chars = _char_map()
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    marks = []  # footnote marks' first characters seen

    def put(m: re.Match[str]) -> str:
        c = m.group()
        to = chars[c]
        if to == c:  # (only a footnote mark's first character maps to itself)
            marks.append(c)
        return to

    out = mapped.sub(put, text)
    p = punctuation()
    cjk = p.cjk_context
    out = context.sub(lambda m: cjk[m.group()], out)
    if ")" in out or "(" in out:  # (a bracket pair read half one way: 环比（上月=100), a cell)
        out = _HALF_CLOSE.sub(lambda m: m.group()[:-1] + "）", out)
        out = _HALF_OPEN.sub(lambda m: "（" + m.group()[1:], out)
    for pattern, to in misreads:
        out = pattern.sub(to, out)
    if marks:  # (most texts have none)
        for pattern in footnotes:  # (deleted: each character invisible)
            out = pattern.sub(_invisible, out)
        if _CIRCLED.intersection(marks) and (between := _between_words()) is not None \
                and not _circled_list(out):
            out = between.sub(_invisible, out)
    if "%" in out or "‰" in out:
        out = _inline_marks(out)
    dashes = p.range_dashes  # a dash first: a character listed as both is a dash
    out = between_digits.sub(lambda m: "-" if m.group() in dashes else ":", out)
    out = decimals.sub(".", out)
    out = letters.sub(lambda m: "".join("0" if c in "Oo" else "1" for c in m.group()), out)
    if "," in text and "分别" in out:
        out = _enumeration_commas(text, out)
    if len(out) != len(text):  # a data-file entry broke the 1:1 contract
        raise ValueError("character normalisation changed the text length")
    return out


# An enumeration before 分别 whose 、 were given back as half-width commas (OCR, a PDF's text
# layer): the figures after 分别 count its items.
_CLAUSE_STOPS = frozenset("。；！？：;!?:\n，")  # (in the raw text: a full-width comma is real)
_FIGURE = re.compile(r"[0-9][0-9.]*[^0-9,，、。；;和及与\n]{0,8}")
_FIGURE_SEP = ",，、和及与"
MAX_ITEM_CHARS = 20  # an item of an enumeration (城镇, 其他用品及服务); a longer run is a clause
_LEADS = 8  # characters between 分别 and the first figure at most (分别增长, 分别为, 分别占比)


def _enumeration_commas(raw: str, out: str) -> str:
    """、 read as a half-width comma in an enumeration before 分别
    (``城镇,农村居民人均可支配收入分别增长4.5%,6.5%``): when the figures after 分别 (apart by
    commas, 、 or 和/及/与) are as many as the last items before it (apart by half-width
    commas; a 、 kept inside one counts one more, and so may a 和/及/与 in the last: when both
    readings fit, nothing changes), the commas between those items, and between the figures,
    are 、 again. The clause before the items (其中,…) keeps its comma; a full-width comma,
    or a sentence or clause mark, ends the search; an item longer than ``MAX_ITEM_CHARS`` or
    with a digit in it (今年1—9月) is a clause, not an item. Only half-width commas change: a
    clean text's commas are full width."""
    chars = None
    for m in _APART.finditer(out):
        p, k = m.start(), m.end()
        lead = k
        while lead < len(out) and lead - k <= _LEADS and not out[lead].isdigit():
            if raw[lead] in _CLAUSE_STOPS or raw[lead] == ",":
                break
            lead += 1
        if lead >= len(out) or not out[lead].isdigit():
            continue
        figures, seps = 0, []
        at = lead
        while (f := _FIGURE.match(out, at)) is not None:
            figures += 1
            at = f.end()
            if at < len(out) and out[at] in _FIGURE_SEP and out[at + 1 : at + 2].isdigit():
                if raw[at] == ",":
                    seps.append(at)
                at += 1
            else:
                break
        if figures < 2:
            continue
        start = p
        commas = []
        while start > 0 and raw[start - 1] not in _CLAUSE_STOPS:
            start -= 1
            if raw[start] == ",":
                commas.append(start)
        commas.reverse()
        if not commas:
            continue
        bounds = [start - 1, *commas, p]
        fits = {_segments(out, bounds, figures, joined) for joined in (False, True)} - {0}
        if len(fits) != 1:  # none, or two readings (外商及港澳台商投资企业: one item or two?)
            continue
        n = fits.pop()
        if n < 2:
            continue
        tail = bounds[-n - 1 :]
        if chars is None:
            chars = list(out)
        for c in (*tail[1:-1], *seps):
            chars[c] = "、"
    return out if chars is None else "".join(chars)


def _segments(out: str, bounds: list[int], figures: int, joined: bool) -> int:
    """How many of the last segments (``out`` between ``bounds``) name as many items as there
    are ``figures``, each segment one item or more (a 、 kept inside it; with ``joined``, a
    和/及/与 in the last one joins its last two), 0 if none do."""
    count = n = 0
    for a, b in reversed(list(pairwise(bounds))):
        item = out[a + 1 : b]
        if not 1 <= len(item) <= MAX_ITEM_CHARS or _DIGIT.search(item):
            return 0
        count += 1 + item.count("、") + (joined and b == bounds[-1]
                                         and any(c in item for c in "和及与"))
        n += 1
        if count >= figures:
            break
    return n if count == figures else 0


_APART = re.compile("分别")
_DIGIT = re.compile("[0-9]")  # (an item names a thing: 今年1—9月 opens a clause)
