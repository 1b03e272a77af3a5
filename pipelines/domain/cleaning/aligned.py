"""Clean text of one block with the raw offset of every character, as offset runs.

The block's lines are concatenated with a junction marker standing for the raw line break;
then spaces, line breaks and markdown emphasis (``**``, a single ``*``) are deleted (or one
space is kept) by a single regex pass. Every kept character keeps the raw offset it came from,
so the map is exact and strictly increasing. A printed line is one straight run of raw offsets,
so the map is built and returned as runs (:mod:`pipelines.domain.offsets`), never one offset per
character.
"""

from __future__ import annotations

import re
from itertools import accumulate
from string import ascii_letters, digits

from pipelines.domain.cleaning.lexicon import CJK_PUNCT, HAN, HAN_CHAR
from pipelines.domain.cleaning.page import Plan
from pipelines.domain.offsets import split_runs

# What normalisation turns invisible characters into (punctuation.yaml: zero-width space, BOM,
# soft hyphen...): deleted from blocks with no space left; whitespace to str.strip, so never at
# a line's ends.
INVISIBLE = "\x1e"
JOIN = "\n"  # junction deleted (unless it separates two Latin words)
SPACE = "\x1f"  # junction kept as one space (multi-line headings, byline name lists)
# Runs to decide: markup, spaces (with SPACE junctions) and JOIN junctions between Latin words
# or numbers. Line texts never start or end with a space, so a JOIN is never part of a space
# run; every other JOIN is deleted.
# (Every branch starts with one literal character, so the engine skips ahead to those.)
# A single * is emphasis (完成投资*2000亿元*以上) unless it stands between two Latin characters
# (3*4, a multiplication, is kept). Invisible characters (INVISIBLE) are always deleted.
# Invisible characters among spaces belong to the space run (1055  \ufeff  1086.5: one gap).
_DECIDED_RUN = re.compile(r"\*\*|\*(?<![A-Za-z0-9]\*)|\*(?![A-Za-z0-9])| [ \x1f\x1e]*"
                          r"|\x1f[ \x1f\x1e]*|\n(?<=[A-Za-z0-9]\n)(?=[A-Za-z0-9])"
                          r"|\x1e+(?: [ \x1f\x1e]*)?")
_RUN_CHAR = re.compile(r"[ *\n\x1f\x1e]")  # lines without these have runs only at junctions
_DELETED = re.compile(r"[ \x1e]")  # what a body line whose spaces all go loses
_DROPPED_RUN = "*" + INVISIBLE  # runs that start with these are deleted, never a space
# (a run of invisible characters only; one that goes on with spaces is a space run)
_DECIMAL_TAIL = re.compile(r"\d{1,3}(?![\d年])")
# ``_LATIN`` characters on both sides of a line break (searched from the break: a literal prefix).
_LATIN_JUNCTION = re.compile(r"\n(?<=[A-Za-z0-9]\n)(?=[A-Za-z0-9])")
# A space run that ``_keep_space`` may keep in body text: next to a Latin letter, or between two
# Latin characters (a line without one loses all its spaces).
_MAYBE_KEPT = re.compile(r"[A-Za-z0-9][ \x1e]* [ \x1e]*[A-Za-z0-9]|[A-Za-z] +| +[A-Za-z]"
                         r"|[,;:.!?] +[0-9]")
_LETTERS = frozenset(ascii_letters)
_LATIN = frozenset(ascii_letters + digits)  # ASCII letters and digits: Latin words, numbers
# ASCII punctuation and symbols that stand in English text next to a word (a space between one
# and a Latin letter is the space of an English sentence: "In 2025, output", "39.8% year").
_ASCII_MARKS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_CLAUSE_MARKS = frozenset(",;:.!?")
_SPACED_MARKS = frozenset("、，。；：")  # CJK clause marks: no separator space after them
# A number cut by a hard line break inside Chinese text (地区生产总值1⏎3698亿元, 8⏎0%以上,
# （2026—202⏎8年）): the digits before the break follow a Han character, CJK punctuation or a
# range's dash after a number, the digits after it do not
# end the line or stand before a space.
_WRAPPED_NUMBER_HEAD = re.compile(rf"(?:[{HAN}{CJK_PUNCT}]|[0-9]-)[0-9][0-9.,]*$")
_WRAPPED_NUMBER_TAIL = re.compile(r"[0-9][0-9.,]*(?:[^0-9.,\sA-Za-z]|$)")
# A number of Chinese text that OCR spaced out (增长1 2.5 %, 达到13 00亿元, 新 增 1 2 万 人,
# 一、20 24年, 202 3年江西省…, 1-1 0月, 1,6 58億美元): groups of digits (and points, thousands
# separators) one space apart, at the block's start, after a range's dash or after a Han
# character or CJK punctuation (a space between them allowed), and before one of those or %. A
# table's row of figures stands between wider gaps or at a line's end, and a list of years is
# refused (``_one_number``). A line may break between the number and what ends it (3.1 2⏎万人:
# the junction, deleted, stands before the end), or right after its decimal point (2.⏎6 5万元).
# (An invisible character inside a group is part of it, or before the number: 3 845 60\ufeff0人,
# 访问了\u00ad26 000个.)
# (also at a line's start after a line ending in a Han character, or before a line break and
# the unit on the next line: 地区生产总值⏎1 2 5 6.8 3亿元, 人均地区生产总值80 216⏎元)
_SPACED_NUMBER = re.compile(rf"(?:(?<=[{HAN}{CJK_PUNCT}\x1e])|(?<=[{HAN}{CJK_PUNCT}] )"
                            rf"|(?<=[{HAN}{CJK_PUNCT}]\n)"
                            rf"|(?<=[0-9]-)|^)[0-9][0-9.,\x1e]*(?:(?<=[0-9]\.)\n[0-9][0-9\x1e]*)?"
                            rf"(?: [0-9.,\x1e]+)+ ?"
                            rf"(?=\n?[{HAN}{CJK_PUNCT}%‰])")
_YEAR_GROUP = re.compile(r"(?:19|20)[0-9]{2}")
_THOUSANDS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


def latin_break(before: str, after: str) -> bool:
    """Does a line break between ``before`` and ``after`` (two lines of a block) stand for a
    space? Between two Latin words or numbers it does, unless it cuts one number of Chinese
    text in two."""
    if before[-1:] not in _LATIN or after[:1] not in _LATIN:
        return False
    return not (before[-1].isdigit() and after[0].isdigit()
                and _WRAPPED_NUMBER_HEAD.search(before[-24:])
                and _WRAPPED_NUMBER_TAIL.match(after))


def _han(ch: str) -> bool:
    return bool(HAN_CHAR.match(ch))


def _keep_space(s: str, a: int, b: int, spaced: bool, row: bool = False) -> bool:
    """Keep one space for the whitespace run s[a:b]? ``spaced``: headings and furniture;
    ``row``: a row of a table printed as text (its figures are cells, never one number)."""
    if a == 0 or b == len(s):
        return False
    run = s[a:b]
    if SPACE in run:
        return True
    left, right = s[a - 1], s[b]
    if left == "." and a >= 2 and s[a - 2].isdigit() and _DECIMAL_TAIL.match(s, b):
        return False  # "2. 2万亿元": a decimal point followed by a stray space
    if left in _LATIN and right in _LATIN:
        if (JOIN not in run and not row and left.isdigit() and right.isdigit()
                and _spaced_number(s, a, b)):
            return False  # a space OCR put inside a number
        # between Latin words or numbers; a wrapped line becomes one space, unless it cuts a
        # number of Chinese text in two
        return JOIN not in run or latin_break(s[max(0, a - 24):a], s[b:b + 24])
    if JOIN in run:
        return False
    if (left in _LETTERS and right in _ASCII_MARKS) or (right in _LETTERS and left in _ASCII_MARKS):
        return True  # English text: "2025, output", "39.8% year", "end-June, dense"
    if left in _CLAUSE_MARKS and right in _LATIN and s[a - 2:a - 1] in _LETTERS:
        return True  # "Industry: 2025", "In H1, 2025"
    if spaced:
        # Keep a separator between phrases ("明方向 定目标", "记者 白洋"), not the spaces of
        # spaced-out characters ("五 个聚焦") nor those after a clause mark, which is spacing
        # enough (一、\t2024年预算执行情况: a tab stop after a heading's marker).
        if left in _SPACED_MARKS:
            return False
        lo = s.rfind(" ", 0, a - 1) + 1
        hi = s.find(" ", b)
        hi = len(s) if hi < 0 else hi
        return a - lo >= 2 and hi - b >= 2
    return (left in _LETTERS and _han(right)) or (right in _LETTERS and _han(left))


def _spaced_number(s: str, a: int, b: int) -> bool:
    """Is the space run s[a:b], between two digits, inside one number OCR spaced out?"""
    for m in _SPACED_NUMBER.finditer(s, max(0, a - 40), min(len(s), b + 40)):
        if m.start() < a and b < m.end():
            return not _labels(s, m.start()) and _one_number(m.group().split())
        if m.start() >= b:
            break
    return False


# a table's or figure's label before its number (表1, 附表2, 图3, 圖1; not 发表): the number is
# the label's, apart from the figure after it (表1　114年1至10月…: a Minguo year, not 1114年)
_LABEL = re.compile(rf"(?:^|[^{HAN}]|附)[表图圖]$")


def _labels(s: str, start: int) -> bool:
    """Is the number at ``start`` a table's or figure's label number (表1 114年)?"""
    return _LABEL.search(s, max(0, start - 2), start) is not None


def _one_number(groups: list[str]) -> bool:
    """Do the space-separated ``groups`` read as one number (at most one point, not at either
    end, thousands separators three digits apart, and no later group a year of its own: 图1
    2024年, 2023 2024年 stay apart)?"""
    groups = [g.replace(INVISIBLE, "") for g in groups]
    joined = "".join(groups)
    if joined.count(".") > 1 or joined[-1] == ".":
        return False
    if "," in joined and not _THOUSANDS.fullmatch(joined):
        return False  # (separators three digits apart: 1,6 58 is 1,658; 1, 2 are two numbers)
    return not any(len(g) == 4 and _YEAR_GROUP.match(g) for g in groups[1:])


def block_runs(plan: Plan, spaced: bool) -> tuple[str, list[int]]:
    """(clean text, offset runs of its characters) for the lines of ``plan``.

    The runs are :mod:`pipelines.domain.offsets` pairs ``[clean_0, raw_0, clean_1, raw_1, ...]``:
    a line is one straight run of raw offsets (normalisation keeps every offset), so a block
    costs a step per line (plain lines) or per decided run of spaces and markup, not per
    character.
    """
    lines = plan.lines
    if len(lines) == 1:
        line = lines[0]
        text = plan.page.text[line]
        if not _RUN_CHAR.search(text):
            return text, [0, plan.page.start[line]]
    elif not _RUN_CHAR.search(plan.text()):
        return _plain_block_runs(plan)
    if not spaced and _spaces_dropped(plan) and not _gapped(plan):
        return _unspaced_runs(plan)
    return _decided_runs(plan, spaced)


def _gapped(plan: Plan) -> bool:
    """Is ``plan`` a row of a table printed as text with column gaps to keep (``Page.gaps``)?"""
    page = plan.page
    return bool(page.gaps) and bool(page.table) and page.table[plan.lines[0]]


def _spaces_dropped(plan: Plan) -> bool:
    """Does the body block ``plan`` lose every space of its lines, each junction being a line
    break? (no markup or SPACE character, no space run next to a Latin letter or between two
    Latin characters, so ``_keep_space`` keeps none. Spaces never start or end a line, so each
    run lies inside one line and the lines' concatenation tells.)"""
    text = plan.text()
    return not ("*" in text or SPACE in text or " " in plan.seps or _MAYBE_KEPT.search(text))


def _unspaced_runs(plan: Plan) -> tuple[str, list[int]]:
    """``block_runs`` of a body block whose spaces all go (``_spaces_dropped``): each line cut
    at its spaces, a junction kept as one space only between two Latin characters (as
    ``_decided_runs`` does it, without deciding run by run)."""
    page = plan.page
    ends = page.end
    out: list[str] = []
    runs: list[int] = []
    size = 0  # clean characters so far
    last = ""  # the last character of the line before
    prev = -1
    for line, text, start in zip(plan.lines, plan.texts(), plan.column(page.start),
                                 strict=True):
        if last in _LATIN and text[0] in _LATIN and latin_break(page.text[prev], text):
            end = ends[prev]
            if end != runs[-1] + size - runs[-2]:
                runs += (size, end)
            out.append(" ")
            size += 1
        prev, last = line, text[-1]
        if " " not in text and INVISIBLE not in text:
            if not runs or start != runs[-1] + size - runs[-2]:
                runs += (size, start)
            out.append(text)
            size += len(text)
            continue
        size = _append_unspaced(text, start, out, runs, size)
    return "".join(out), runs


def _append_unspaced(text: str, start: int, out: list[str], runs: list[int], size: int) -> int:
    """Append ``text`` (raw offset ``start``) to ``out`` without its spaces, adding a run to
    ``runs`` wherever the raw offsets jump; the clean size after it. (Invisible characters go
    too: each deleted character is one raw character.)"""
    for piece in _DELETED.split(text) if INVISIBLE in text else text.split(" "):
        if piece:
            if not runs or start != runs[-1] + size - runs[-2]:
                runs += (size, start)
            out.append(piece)
            size += len(piece)
        start += len(piece) + 1
    return size


def _decided_runs(plan: Plan, spaced: bool) -> tuple[str, list[int]]:
    """The general path of ``block_runs``: spaces and markup decided run by run.

    Decided runs never cross a line end (line texts neither start nor end with whitespace,
    and a junction is one character), so the block is built line by line: a junction kept
    as a space or dropped, a line without spaces or markup copied whole, the others cut at
    their runs. Each run is decided on the lines joined with a junction character each
    (SPACE: kept as one space; JOIN: deleted unless between Latin words), as the context of
    a run may reach into the lines around it. A kept space has the raw offset of the
    character where its run starts (for a junction: the end of the line before it).
    """
    page = plan.page
    seps = plan.seps
    texts = plan.texts()
    row = bool(page.table) and page.table[plan.lines[0]]  # a table row: cells stay apart
    gaps = page.gaps if row else _NO_GAPS  # (its column gaps: one space each)
    joined: list[str] = [texts[0]]
    for text, sep in zip(texts[1:], seps, strict=False):
        joined.append(SPACE if sep == " " else JOIN)
        joined.append(text)
    s = "".join(joined)
    out: list[str] = []
    runs: list[int] = []
    size = 0  # clean characters so far
    at = 0  # where the line starts in ``s``
    prev = -1
    for line, text, sep in zip(plan.lines, texts, ["", *seps], strict=False):
        if prev >= 0:
            if sep == " " or latin_break(page.text[prev], text):
                end = page.end[prev]
                if not runs or end != runs[-1] + size - runs[-2]:
                    runs += (size, end)
                out.append(" ")
                size += 1
            at += 1
        prev = line
        start = page.start[line]
        if _RUN_CHAR.search(text):
            if not (spaced or gaps or "*" in text or SPACE in text
                    or _MAYBE_KEPT.search(text)):
                # body text whose every space run goes (``_keep_space`` keeps none: no run
                # touches a Latin letter or lies between two Latin characters)
                size = _append_unspaced(text, start, out, runs, size)
                at += len(text)
                continue
            pos = at
            for m in _DECIDED_RUN.finditer(s, at, at + len(text)):
                a, b = m.span()
                if a > pos:
                    raw = start + pos - at
                    if not runs or raw != runs[-1] + size - runs[-2]:
                        runs += (size, raw)
                    out.append(s[pos:a])
                    size += a - pos
                if (s[a] not in _DROPPED_RUN or " " in s[a:b]) and (
                        _holds_gap(gaps, start + a - at, start + b - at)
                        or _keep_space(s, a, b, spaced, row)):
                    raw = start + a - at
                    if not runs or raw != runs[-1] + size - runs[-2]:
                        runs += (size, raw)
                    out.append(" ")
                    size += 1
                pos = b
            at += len(text)
            if pos == at:
                continue
            start += pos - (at - len(text))
            text = s[pos:at]
        else:
            at += len(text)
        if not runs or start != runs[-1] + size - runs[-2]:
            runs += (size, start)
        out.append(text)
        size += len(text)
    text = "".join(out)
    if text[:1] == " " or text[-1:] == " ":  # a kept space at either end: dropped
        head = len(text) - len(text.lstrip(" "))
        text = text.strip(" ")
        runs = _cut(runs, head, head + len(text))
    return text, runs


_NO_GAPS: frozenset[int] = frozenset()


def _holds_gap(gaps: set[int] | frozenset[int], lo: int, hi: int) -> bool:
    """Does a column gap start in raw [lo, hi) (a run of spaces, perhaps after an invisible
    character)?"""
    return bool(gaps) and any(at in gaps for at in range(lo, hi))


def _cut(runs: list[int], a: int, b: int) -> list[int]:
    """The runs of clean [a, b) (restarted at 0), [] when it is empty."""
    return split_runs(runs, [(a, b)])[0][0] if b > a else []


def _plain_block_runs(plan: Plan) -> tuple[str, list[int]]:
    """``block_runs`` of lines without spaces or markup: only the junctions need a decision.

    A line break is dropped unless it separates two Latin words or numbers (or the plan keeps
    a space there), exactly as ``_keep_space`` decides for a run that is one junction. A kept
    space has the raw offset of the line break.
    """
    page = plan.page
    lines = plan.lines
    texts = plan.texts()
    starts = plan.column(page.start)
    if " " not in plan.seps and not _latin_junction(plan, texts):
        # every line its own run: lines of a plan come from different raw lines, so a line
        # break (at least) lies between two of them
        runs = [0] * (2 * len(lines))
        runs[0::2] = accumulate(map(len, texts[:-1]), initial=0)
        runs[1::2] = starts
        return plan.text(), runs
    parts = [texts[0]]
    runs = [0, starts[0]]
    pos = len(texts[0])
    for k in range(1, len(lines)):
        text = texts[k]
        if plan.seps[k - 1] == " " or latin_break(texts[k - 1], text):
            parts.append(" ")
            runs += (pos, page.end[lines[k - 1]])
            pos += 1
        parts.append(text)
        runs += (pos, starts[k])
        pos += len(text)
    return "".join(parts), _merged(runs)


def _latin_junction(plan: Plan, texts: list[str]) -> bool:
    """Do two of the plan's lines meet with a Latin character on both sides?"""
    page, lines = plan.page, plan.lines
    lo = lines[0]
    if page.latin_after and lines[-1] - lo + 1 == len(lines):  # consecutive lines
        return True in page.latin_after[lo : lines[-1]]
    return bool(_LATIN_JUNCTION.search("\n".join(texts)))


def _merged(runs: list[int]) -> list[int]:
    """``runs`` with each run that continues the previous one's raw offsets folded into it
    (the canonical form ``encode_runs`` gives)."""
    out = runs[:2]
    for k in range(2, len(runs), 2):
        if runs[k + 1] != out[-1] + runs[k] - out[-2]:
            out += (runs[k], runs[k + 1])
    return out
