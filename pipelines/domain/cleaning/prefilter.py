"""A whole-page first test for line patterns: which lines could match any of them?

Furniture patterns (furniture.yaml) are searched in every line of a page. One line at a time,
the regex engine tries every pattern at every position, and that was most of the cleaning
stage's cost, although few lines are furniture. Here each pattern is *loosened* into one that
matches at least wherever the original does, and all are searched at once in the page's lines
joined by line breaks; the engine skips ahead to the literal each loosened pattern starts with
(a pattern anchored at the line start is searched as a line break followed by the rest). Only
lines where a loosened pattern matches are tested again with the exact patterns.

Loosening keeps every match: lookaround assertions and word boundaries are dropped (they only
restrict), ``\\A``/``\\Z`` become line anchors, and a leading run of optional or character-class
items (``^[（(]?\\s*``, ``^\\S{2,20}``) is dropped so that the search starts at a literal
("版", "供图"). Searching the joined text with ``re.MULTILINE`` can only add matches that cross
a line break; those lines are filtered out by the exact test. A pattern whose structure is not
understood is searched the old way, line by line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

import numpy as np

_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")
_CLASS_ESCAPES = frozenset("dDsSwW")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_SEP = "\n"  # joins the lines; never inside a line
# The first atom of a branch that starts with a literal: an escape or one character.
_FIRST_ATOM = re.compile(r"\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|.", re.DOTALL)


class _Unsafe(Exception):
    """The pattern uses a construct this module does not rewrite."""


def _group_end(p: str, i: int) -> int:
    """Index after the group opened at ``p[i]`` (escapes and character classes respected)."""
    depth = 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(p, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise _Unsafe("unbalanced group")


def _class_end(p: str, i: int) -> int:
    """Index after the character class opened at ``p[i]``."""
    j = i + 1
    if p[j : j + 1] == "^":
        j += 1
    if p[j : j + 1] == "]":
        j += 1
    while j < len(p):
        if p[j] == "\\":
            j += 2
        elif p[j] == "]":
            return j + 1
        else:
            j += 1
    raise _Unsafe("unterminated class")


def _items(p: str) -> list[tuple[str, str, str]]:
    """Top-level items of ``p``: (kind, atom, quantifier); kind is literal/class/group/anchor."""
    items: list[tuple[str, str, str]] = []
    i = 0
    while i < len(p):
        ch = p[i]
        if ch == "\\":
            esc = p[i + 1 : i + 2]
            if not esc or esc.isdigit() or esc in "gNpP":
                raise _Unsafe(f"escape \\{esc}")
            n = {"x": 4, "u": 6, "U": 10}.get(esc, 2)
            atom = p[i : i + n]
            if esc in "bB":
                kind, atom = "drop", ""
            elif esc in "AZ":
                kind, atom = "anchor", "^" if esc == "A" else "$"
            else:
                kind = "class" if esc in _CLASS_ESCAPES else "literal"
            i += n
        elif ch == "[":
            j = _class_end(p, i)
            kind, atom, i = "class", p[i:j], j
        elif ch == "(":
            j = _group_end(p, i)
            if p.startswith(_LOOKAROUND, i):
                kind, atom = "drop", ""  # an assertion only restricts: dropped
            elif p.startswith("(?", i) and not p.startswith(("(?:", "(?P<"), i):
                raise _Unsafe("flags, comment, conditional or atomic group")
            else:
                kind, atom = "group", p[i:j]
            i = j
        elif ch in "^$":
            kind, atom, i = "anchor", ch, i + 1
        elif ch == ".":
            kind, atom, i = "class", ch, i + 1
        elif ch == "|":
            kind, atom, i = "or", ch, i + 1
        elif ch in "*+?{)":
            if ch == "{" and not _QUANTIFIER.match(p, i):
                kind, atom, i = "literal", ch, i + 1
            else:
                raise _Unsafe(f"unexpected {ch!r}")
        else:
            kind, atom, i = "literal", ch, i + 1
        m = _QUANTIFIER.match(p, i)
        quant = m.group() if m else ""
        i = m.end() if m else i
        items.append((kind, atom, quant))
    return items


def _required(quant: str) -> bool:
    """Does an item with this quantifier occur at least once?"""
    if not quant or quant[0] == "+":
        return True
    return quant[0] == "{" and quant[1:2] not in ("0", ",", "}")


def _alternatives(group: str) -> list[list[tuple[str, str, str]]]:
    """The top-level alternatives of the group ``(…)``, as item lists."""
    head = 3 if group.startswith("(?:") else group.index(">") + 1 if group.startswith("(?P<") else 1
    alternative: list[tuple[str, str, str]] = []
    alternatives = [alternative]
    for item in _items(group[head:-1]):
        if item[0] == "or":
            alternative = []
            alternatives.append(alternative)
        elif item[0] != "drop":
            alternative.append(item)
    return alternatives


def _literal_led(group: str) -> bool:
    """Does every alternative of the group ``(…)`` start with a required literal character?"""
    return all(
        alt and alt[0][0] == "literal" and _required(alt[0][2]) for alt in _alternatives(group)
    )


def literal_branches(loose: str) -> list[str] | None:
    """``loose`` as alternatives that each start with a literal character, or None.

    A leading group of literal alternatives is distributed (``(记者|通讯员)\\s*X`` becomes
    ``记者\\s*X`` and ``通讯员\\s*X``), so that the union of many patterns starts with a literal
    in every branch and the regex engine can skip to the positions where one of them occurs.
    """
    try:
        items = _items(loose)
    except _Unsafe:
        return None
    if not items or any(kind == "or" for kind, _, _ in items) or not _required(items[0][2]):
        return None
    kind, atom, quant = items[0]
    rest = "".join(a + q for _, a, q in items[1:])
    if kind == "literal":
        return [loose]
    if kind == "group" and quant == "" and _literal_led(atom) and "(?P" not in loose:
        return ["".join(a + q for _, a, q in alt) + rest for alt in _alternatives(atom)]
    return None


def loosen(p: str, drop_prefix: bool = True) -> str:
    """A pattern matching (at least) wherever ``p`` matches, starting at a literal if possible
    (``drop_prefix``; else only assertions are dropped).

    Raises ``ValueError`` when ``p`` has constructs that are not rewritten.
    """
    try:
        items = [it for it in _items(p) if it[0] != "drop"]
        if not drop_prefix or any(kind == "or" for kind, _, _ in items):
            return "".join(atom + quant for _, atom, quant in items)
        # Drop what precedes the first required literal (or group of literal alternatives):
        # a match of the rest starts inside every match of the whole.
        for k, (kind, atom, quant) in enumerate(items):
            if _required(quant) and (
                kind == "literal" or (kind == "group" and _literal_led(atom))
            ):
                items = items[k:]
                break
    except _Unsafe as e:
        raise ValueError(str(e)) from None
    return "".join(atom + quant for _, atom, quant in items)


def _by_first_literal(branches: list[str]) -> str:
    """One alternation of ``branches`` (each starting with a literal), grouped by that literal:
    ``上接X|上图Y|下转Z`` becomes ``上(?:接X|图Y)|下(?:转Z)``, so that at a position the engine
    tries one group instead of every branch."""
    groups: dict[str, list[str]] = {}
    for branch in branches:
        n = len(branch) - len(_FIRST_ATOM.sub("", branch, count=1))
        if _QUANTIFIER.match(branch, n):  # the literal is repeated: keep the branch whole
            n = len(branch)
        groups.setdefault(branch[:n], []).append(branch[n:])
    return "|".join(
        head + (f"(?:{'|'.join(rests)})" if rests != [""] else "") for head, rests in groups.items()
    )


class LinePrefilter:
    """``candidates(lines)[i]`` is False only when no pattern can match ``lines[i]``.

    ``keep_anchors``: patterns anchored at the line start stay anchored (best when what follows
    the anchor is common text, e.g. heading markers); else they too start at a literal.
    """

    def __init__(self, patterns: Sequence[str], keep_anchors: bool = False) -> None:
        page: list[re.Pattern[str]] = []
        branches: list[str] = []
        per_line: list[str] = []
        for p in patterns:
            try:
                loose = loosen(p, drop_prefix=not (keep_anchors and p.startswith("^")))
                compiled = re.compile(loose, re.MULTILINE)
            except (ValueError, re.error):
                per_line.append(p)
                continue
            if not loose:
                per_line.append(p)
            elif loose.startswith("^"):
                # Tried only where a line starts: after the line break that precedes every line.
                branches.append(_SEP + loose[1:])
            elif (led := literal_branches(loose)) is not None:
                branches += led
            else:
                page.append(compiled)
        # the branches tried at every line start searched on their own: a line start then
        # costs the engine those, not a look at each of the others' first literals (a search
        # finds the lines where any pattern matches, so several searches find the same lines)
        at_line_start = [b for b in branches if b.startswith(_SEP)]
        inside = [b for b in branches if not b.startswith(_SEP)]
        page[:0] = [re.compile(_by_first_literal(group), re.MULTILINE)
                    for group in (at_line_start, inside) if group]
        self.page = tuple(page)
        self.per_line = _union(per_line)

    def candidates(self, lines: Sequence[str]) -> list[bool]:
        hits = [False] * len(lines)
        for k in self.candidate_lines(JoinedLines(lines)):
            hits[k] = True
        return hits

    def candidate_lines(self, page: JoinedLines) -> list[int]:
        """The numbers of the lines of ``page`` where a pattern may match, ascending."""
        lines, joined, starts = page.lines, page.text, page.starts
        found: set[int] = set()
        for pattern in self.page:
            search = pattern.search
            pos = 0
            while (m := search(joined, pos)) is not None:
                k = bisect_right(starts, m.start()) - 1
                found.add(k)
                if k + 1 == len(lines):
                    break
                pos = starts[k + 1]
        for pattern, anchored in self.per_line:
            test = pattern.match if anchored else pattern.search
            found.update(k for k, t in enumerate(lines) if test(t) is not None)
        return sorted(found)


class JoinedLines:
    """The lines of a page joined for a page-wide search, each preceded by a line break (a
    match there belongs to the line): built once, searched by several prefilters."""

    __slots__ = ("lines", "starts", "text")

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = lines
        self.text = _SEP + _SEP.join(lines)
        # Line k is preceded by a line break at starts[k].
        ends = np.fromiter(map(len, lines), dtype=np.int64, count=len(lines)) + 1
        starts = np.zeros(len(lines), dtype=np.int64)
        np.cumsum(ends[:-1], out=starts[1:])
        self.starts: list[int] = starts.tolist()


def _union(patterns: list[str]) -> list[tuple[re.Pattern[str], bool]]:
    """(pattern, anchored at the line start) pairs testing ``patterns`` in as few calls as
    possible: one union of the ``^`` patterns (used with ``match``), one of the others; each
    pattern on its own when a union does not compile (inline global flags)."""
    out: list[tuple[re.Pattern[str], bool]] = []
    starts = [p[1:] for p in patterns if p.startswith("^")]
    inside = [p for p in patterns if not p.startswith("^")]
    for group, anchored in ((starts, True), (inside, False)):
        if not group:
            continue
        try:
            out.append((re.compile("|".join(f"(?:{p})" for p in group)), anchored))
        except re.error:
            out += [(re.compile("^" + p if anchored else p), False) for p in group]
    return out
