"""Clause boundaries and token offsets inside one sentence.

Chinese policy sentences chain many clauses: ``；`` separates tasks (each often led by 要),
``，`` separates statements, ``、`` separates list items. Cue words act within these spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate, repeat
from operator import attrgetter
from typing import NamedTuple

# a numbered paragraph's run-in title, a sentence of its own (（一）定额调整。, 1．与缴费年限
# 挂钩。): a list number, a short name and a full stop, no figure, no clause (the paragraph's
# figures that name nothing are of it; Rust's regex reads the pattern too, in the batch's row
# filter)
RUN_IN_TITLE = ("\\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}\\s?[.．、])\\s*"
                "([\u4e00-\u9fff]{2,12})。")
TASK_MARKS = "；;。！？!?"
CLAUSE_MARKS = TASK_MARKS + "，,：:"
ITEM_MARKS = CLAUSE_MARKS + "、"


@lru_cache(maxsize=64)
def mark_positions(text: str, marks: str) -> list[int]:
    """Where the (single-character) marks stand in ``text``, in order; found once per text.
    A colon between digits is a ratio's or a time's (16.5:1, 15:00), no boundary."""
    found = [m.start() for m in _marks_regex(marks).finditer(text)]
    if (":" in text or "：" in text) and not _COLONS.isdisjoint(marks):
        found = [i for i in found if not _digit_colon(text, i)]
    if "," in marks and "," in text:  # (成交价在1,000万澳门元以上的有97个: a thousands comma)
        found = [i for i in found if not _thousands_comma(text, i)]
    return found


def _thousands_comma(text: str, i: int) -> bool:
    """A comma between a digit and three digits that end the number (1,000万, 12,345)."""
    return (text[i] == "," and i > 0 and text[i - 1].isdigit()
            and text[i + 1 : i + 4].isdigit() and len(text[i + 1 : i + 4]) == 3
            and not text[i + 4 : i + 5].isdigit())


_COLONS = frozenset(":：")


def _digit_colon(text: str, i: int) -> bool:
    return (text[i] in _COLONS and 0 < i < len(text) - 1 and text[i - 1].isdigit()
            and text[i + 1].isdigit())


@lru_cache(maxsize=16)
def _marks_regex(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


def clause_start(text: str, pos: int, marks: str) -> int:
    """Index just after the last boundary mark before ``pos``."""
    at = mark_positions(text, marks)
    i = bisect_left(at, pos)
    return at[i - 1] + 1 if i else 0


def clause_end(text: str, pos: int, marks: str) -> int:
    """Index of the first boundary mark at or after ``pos`` (or the text end)."""
    ends = [i for i in (text.find(m, pos) for m in marks) if i >= 0]
    return min(ends) if ends else len(text)


_SPACE = re.compile(r"\s")


class Tok(NamedTuple):
    """A tagged word placed in its sentence (a tuple: thousands are made per document)."""

    word: str
    pos: str
    start: int
    end: int


class Toks(list[Tok]):
    """A sentence's tokens in order, with their words, tags, start and end offsets as lists: the
    tokens of a span are found by two bisections (ends increase: tokens never overlap), and
    the words of a span are a slice."""

    words: list[str]
    tags: list[str]
    starts: list[int]
    ends: list[int]


def _toks(toks: list[Tok], words: list[str] | None = None, tags: list[str] | None = None,
          starts: list[int] | None = None, ends: list[int] | None = None) -> Toks:
    out = Toks(toks)
    out.words = words if words is not None else [t.word for t in toks]
    out.tags = tags if tags is not None else [t.pos for t in toks]
    out.starts = starts if starts is not None else [t.start for t in toks]
    out.ends = ends if ends is not None else [t.end for t in toks]
    return out


def span_of(toks: Toks, start: int, end: int) -> tuple[int, int]:
    """Indices [lo, hi) of the tokens lying completely inside [start, end)."""
    lo = bisect_left(toks.starts, start)
    return lo, bisect_right(toks.ends, end, lo)


def tokens_with_offsets(text: str, tags: Sequence[tuple[str, str]]) -> Toks:
    """Place each (word, pos) in ``text``; words not found from the cursor on are skipped."""
    return tokens_of(text, [w for w, _ in tags], [p for _, p in tags])


def tokens_of(text: str, words: list[str], tags: list[str]) -> Toks:
    """:func:`tokens_with_offsets` of a text's words and their tags given as two lists."""
    if _STOCK_CODE.search(text) is not None:
        words, tags = _listed_companies(words, tags)
    if _SPACE.search(text) is None and "".join(words) == text and "" not in words:
        # the tagger's words tile the text (the usual case): offsets are running lengths
        ends = list(accumulate(map(len, words)))
        starts = [0, *ends]
        starts.pop()
        rows = zip(words, tags, starts, ends, strict=True)
        return _toks(list(map(tuple.__new__, repeat(Tok), rows)), words, tags, starts, ends)
    out: list[Tok] = []
    append, find, new = out.append, text.find, tuple.__new__  # hot loop: thousands per document
    cursor = 0
    for word, pos in zip(words, tags, strict=True):
        if not word.strip():
            continue
        i = find(word, cursor)
        if i < 0 or i - cursor > 8:
            continue
        end = i + len(word)
        append(new(Tok, (word, pos, i, end)))
        cursor = end
    return _toks(out)


# a listed company's stock code in brackets after its name (贵州茅台（600519）, 云南白药(000538.SZ))
_STOCK_CODE = re.compile(r"[（(]\d{6}(?:\.[A-Z]{2})?[）)]")
_OPENING = frozenset("（(")
_COMPANY_TAG = "nt"


def _listed_companies(words: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """The words with a company's name that opens with a place (贵州|茅台 before its stock code)
    one word: the place is part of the name, not the figures' place."""
    words, tags = list(words), list(tags)
    i = len(words) - 3
    while i >= 1:
        if (words[i + 1] in _OPENING and _STOCK_CODE.match("".join(words[i + 1 : i + 4]))
                and tags[i - 1] == "ns" and tags[i] != "ns"):
            words[i - 1 : i + 1] = [words[i - 1] + words[i]]
            tags[i - 1 : i + 1] = [_COMPANY_TAG]
            i -= 1
        i -= 1
    return words, tags


_START = attrgetter("start")


def tokens_in(toks: Sequence[Tok], start: int, end: int) -> list[Tok]:
    """Tokens lying completely inside [start, end) (tokens are sorted by offset)."""
    if isinstance(toks, Toks):
        lo = bisect_left(toks.starts, start)
        return toks[lo : bisect_right(toks.ends, end, lo)]
    lo = bisect_left(toks, start, key=_START)
    out: list[Tok] = []
    for t in toks[lo:]:
        if t.end > end:
            break
        out.append(t)
    return out
