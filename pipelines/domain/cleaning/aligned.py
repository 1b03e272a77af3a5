"""Clean text of one block with the raw offset of every character.

The block's lines are concatenated with a junction marker mapped to the raw line break; then
spaces, line breaks and markdown emphasis are deleted (or one space is kept) by a single regex
pass. Every kept character keeps the raw offset it came from, so the map is exact and strictly
increasing.
"""

from __future__ import annotations

import re

from pipelines.domain.cleaning.lexicon import HAN
from pipelines.domain.cleaning.lines import Plan
from pipelines.domain.offsets import decode_runs, encode_runs

JOIN = "\n"  # junction deleted (unless it separates two Latin words)
SPACE = "\x1f"  # junction kept as one space (multi-line headings, byline name lists)
# Runs to decide: markup, spaces (with SPACE junctions) and JOIN junctions between Latin words
# or numbers. Line texts never start or end with a space, so a JOIN is never part of a space
# run; every other JOIN is deleted.
# (Every branch starts with one literal character, so the engine skips ahead to those.)
_DECIDED_RUN = re.compile(r"\*\*| [ \x1f]*|\x1f[ \x1f]*|\n(?<=[A-Za-z0-9]\n)(?=[A-Za-z0-9])")
_RUN_CHAR = re.compile(r"[ *\n\x1f]")  # lines without these have runs only at junctions
_HAN_RE = re.compile(f"[{HAN}]")
_DECIMAL_TAIL = re.compile(r"\d{1,3}(?![\d年])")
# ``_latin`` on both sides of a line break (searched from the break: a literal prefix).
_LATIN_JUNCTION = re.compile(r"\n(?<=[A-Za-z0-9]\n)(?=[A-Za-z0-9])")
# Offsets up to this many are kept as one shared tuple of int objects (about 36 bytes each).
SHARED_OFFSETS = 1 << 20
_shared: tuple[int, ...] = ()


def offsets(n: int) -> tuple[int, ...]:
    """A tuple holding 0..m-1 for some m >= n, to slice the raw offsets of a line from.

    Every clean character carries its raw offset as an int object; most are above the small
    ints Python keeps, so building them afresh per line (``range`` into a list) cost more than
    cutting the lines. Slices of one shared tuple reuse the same objects for every document.
    """
    global _shared
    shared = _shared  # the caller gets this tuple, long enough whatever other threads do
    if n > len(shared):
        if n > SHARED_OFFSETS:
            return tuple(range(n))  # a huge text: not kept
        shared = _shared = tuple(range(max(n, min(2 * len(shared), SHARED_OFFSETS))))
    return shared


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _han(ch: str) -> bool:
    return bool(_HAN_RE.match(ch))


def _keep_space(s: str, a: int, b: int, spaced: bool) -> bool:
    """Keep one space for the whitespace run s[a:b]? ``spaced``: headings and furniture."""
    if a == 0 or b == len(s):
        return False
    run = s[a:b]
    if SPACE in run:
        return True
    left, right = s[a - 1], s[b]
    if left == "." and a >= 2 and s[a - 2].isdigit() and _DECIMAL_TAIL.match(s, b):
        return False  # "2. 2万亿元": a decimal point followed by a stray space
    if _latin(left) and _latin(right):
        return True  # between Latin words or numbers; a wrapped line becomes one space
    if JOIN in run:
        return False
    if spaced:
        # Keep a separator between phrases ("明方向 定目标", "记者 白洋"), not the spaces of
        # spaced-out characters ("五 个聚焦").
        lo = s.rfind(" ", 0, a - 1) + 1
        hi = s.find(" ", b)
        hi = len(s) if hi < 0 else hi
        return a - lo >= 2 and hi - b >= 2
    return (_letter(left) and _han(right)) or (_han(left) and _letter(right))


def block_runs(norm: str, plan: Plan, spaced: bool) -> tuple[str, list[int]]:
    """(clean text, offset runs of its characters) for the lines of ``plan``.

    The runs are :mod:`pipelines.domain.offsets` pairs ``[clean_0, raw_0, clean_1, raw_1, ...]``:
    a line is one straight run of raw offsets (normalisation keeps every offset), so blocks of
    plain lines never need a per-character map; only blocks with spaces or markup inside a line
    are decided character by character (and their map encoded as runs).
    """
    lines = plan.lines
    if len(lines) == 1:
        line = lines[0]
        if not _RUN_CHAR.search(line.text):
            return line.text, [0, line.start]
    elif not _RUN_CHAR.search(plan.text()):
        return _plain_block_runs(plan)
    text, idx = _decided_text(norm, plan, spaced)
    return text, encode_runs(idx)


def block_text(norm: str, plan: Plan, spaced: bool) -> tuple[str, list[int]]:
    """(clean text, raw offset of each clean char) for the lines of ``plan``."""
    text, runs = block_runs(norm, plan, spaced)
    return text, decode_runs(runs, len(text)) if text else []


def _decided_text(norm: str, plan: Plan, spaced: bool) -> tuple[str, list[int]]:
    """The general path of ``block_runs``: spaces and markup decided run by run, with the raw
    offset of every character."""
    lines = plan.lines
    shared = offsets(len(norm))
    # Junctions: SPACE (kept as one space) or JOIN (deleted unless between Latin words). A
    # deleted JOIN is simply left out at the end (its offset is stored as -1 - offset); only
    # the other runs are decided one by one.
    parts: list[str] = [lines[0].text]
    idx: list[int] = list(shared[lines[0].start : lines[0].end])
    for prev, line, sep in zip(lines, lines[1:], plan.seps, strict=False):
        if sep == " ":
            parts.append(SPACE)
            idx.append(prev.end)
        else:
            parts.append(JOIN)
            idx.append(-1 - prev.end)
        parts.append(line.text)
        idx += shared[line.start : line.end]
    s = "".join(parts)
    out: list[str] = []
    out_idx: list[int] = []
    pos = 0
    for m in _DECIDED_RUN.finditer(s):
        a, b = m.span()
        out.append(s[pos:a])
        out_idx += idx[pos:a]
        if s[a] == JOIN:  # one line break between Latin words: one space
            out.append(" ")
            out_idx.append(-1 - idx[a])
        elif s[a] != "*" and _keep_space(s, a, b, spaced):
            out.append(" ")
            out_idx.append(idx[a])
        pos = b
    out.append(s[pos:])
    out_idx += idx[pos:]
    text = "".join(out)
    if len(lines) > 1:
        text = text.replace(JOIN, "")
        out_idx = [i for i in out_idx if i >= 0]
    lo, hi = len(text) - len(text.lstrip(" ")), len(text.rstrip(" "))
    return text[lo:hi], out_idx[lo:hi]


def _plain_block_runs(plan: Plan) -> tuple[str, list[int]]:
    """``block_runs`` of lines without spaces or markup: only the junctions need a decision.

    A line break is dropped unless it separates two Latin words or numbers (or the plan keeps
    a space there), exactly as ``_keep_space`` decides for a run that is one junction. A kept
    space has the raw offset of the line break.
    """
    lines = plan.lines
    first = lines[0]
    runs = [0, first.start]
    pos = len(first.text)
    if " " not in plan.seps and not _LATIN_JUNCTION.search("\n".join(
            [line.text for line in lines])):
        for line in lines[1:]:
            runs += (pos, line.start)
            pos += len(line.text)
        return plan.text(), _merged(runs)
    parts = [first.text]
    for prev, line, sep in zip(lines, lines[1:], plan.seps, strict=False):
        if sep == " " or (_latin(prev.text[-1]) and _latin(line.text[0])):
            parts.append(" ")
            runs += (pos, prev.end)
            pos += 1
        parts.append(line.text)
        runs += (pos, line.start)
        pos += len(line.text)
    return "".join(parts), _merged(runs)


def _merged(runs: list[int]) -> list[int]:
    """``runs`` with each run that continues the previous one's raw offsets folded into it
    (the canonical form ``encode_runs`` gives)."""
    out = runs[:2]
    for k in range(2, len(runs), 2):
        if runs[k + 1] != out[-1] + runs[k] - out[-2]:
            out += (runs[k], runs[k + 1])
    return out
