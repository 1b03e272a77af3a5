"""Script detection and Traditional-to-Simplified conversion that keeps character alignment.

Analysis runs on Simplified text; raw stays as written, so every clean character must still map
to one raw character. OpenCC's phrase conversion almost always maps one-to-one; where a line
changes length we fall back to converting that line character by character.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from operator import ne

import numpy as np
import opencc

from pipelines.domain.cleaning.lexicon import DATA_DIR, HAN
from pipelines.domain.records import Script
from pipelines.domain.wordlists import read_word_list

_HAN_RUN = re.compile(f"[{HAN}]+")
# Share of Han characters that t2s changes above which a text counts as Traditional.
TRADITIONAL_SHARE = 0.02
TRADITIONAL_MIN_CHARS = 2
# Code points asked of OpenCC for the characters it converts on their own: the BMP and the
# supplementary ideographic planes (where its dictionaries have their keys).
_PLANES = ((0x0, 0xFFFF), (0x20000, 0x3FFFF))


class _ToSimplified:
    """OpenCC's Taiwan and Hong Kong conversions to Simplified, in turn: each also converts the
    other's and the standard Traditional characters, and their variants (衞生, 綫上, 裏, 着)
    come back as the Simplified words the lexicons hold (t2s alone keeps 衞, 綫)."""

    def __init__(self) -> None:
        self._steps = (opencc.OpenCC("tw2s"), opencc.OpenCC("hk2s"))

    def convert(self, text: str) -> str:
        for step in self._steps:
            text = step.convert(text)
        return text


@cache
def _t2s() -> _ToSimplified:
    return _ToSimplified()


# Entries of the code point table used by ``may_convert``.
_KEPT, _CHANGED, _ANCHOR = 0, 1, 2


@cache
def _code_points() -> tuple[np.ndarray, dict[str, list[tuple[int, str]]]]:
    """(table over code points: _CHANGED where t2s changes the character on its own, _ANCHOR
    where a context phrase has its anchor character, else _KEPT; anchor -> (its index in the
    phrase, phrase) for every context phrase).

    Characters changed alone are found by converting every code point of ``_PLANES`` once,
    separated by line breaks. Context phrases (t2s_context_phrases.txt) are anchored at a
    character that t2s changes in them, the one most of them share (覆, 沈, 藉...), chosen
    greedily.
    """
    cps = [cp for lo, hi in _PLANES for cp in range(lo, hi + 1)
           if cp not in (0x00, 0x0A) and not 0xD800 <= cp <= 0xDFFF]  # (NUL: dropped by hk2s)
    chars = list(map(chr, cps))
    converted = _t2s().convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # a conversion made or removed a line break: one by one
        converted = [_t2s().convert(ch) for ch in chars]
    table = np.zeros(_PLANES[-1][1] + 2, dtype=np.uint8)  # the last entry: code points beyond
    table[[cp for cp, ch, out in zip(cps, chars, converted, strict=True) if out != ch]] = _CHANGED
    phrases = read_word_list(DATA_DIR / "t2s_context_phrases.txt")
    left = {w: _changed_in(w) for w in phrases}
    anchored: dict[str, list[tuple[int, str]]] = {}
    while left:
        counts = Counter(ch for changed in left.values() for ch in changed)
        anchor = max(sorted(counts), key=counts.__getitem__)
        anchored[anchor] = [(w.index(anchor), w) for w in sorted(left) if anchor in w]
        left = {w: changed for w, changed in left.items() if anchor not in w}
        if table[ord(anchor)] == _KEPT:
            table[ord(anchor)] = _ANCHOR
    return table, anchored


def _changed_in(phrase: str) -> set[str]:
    """The characters t2s changes in ``phrase`` (all of them if its length changes)."""
    out = _t2s().convert(phrase)
    if len(out) != len(phrase):
        return set(phrase)
    return {a for a, b in zip(phrase, out, strict=True) if a != b} or set(phrase)


def may_convert(text: str) -> bool:
    """Could t2s change ``text``? False only when it holds no character t2s changes on its own
    and none of the phrases it changes: the text then converts to itself."""
    return _changes_at_most(text) > 0


def _changes_at_most(text: str) -> int:
    """How many characters t2s may change in ``text`` at most: those it changes on its own, and
    every character of each context phrase found (0: the text converts to itself)."""
    table, anchored = _code_points()
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    found = table.take(cps, mode="clip")  # code points beyond the table: its last entry, kept
    bound = int(np.count_nonzero(found == _CHANGED))
    for pos in np.flatnonzero(found == _ANCHOR).tolist():
        for k, phrase in anchored[text[pos]]:
            if pos >= k and text.startswith(phrase, pos - k):
                bound += len(phrase)
    return bound


def detect_script(text: str) -> Script:
    """'traditional' when a noticeable share of Han characters has a Simplified form."""
    return _script(text, _t2s().convert(text))


def _script(text: str, converted: str) -> Script:
    """The script of ``text`` given its t2s conversion ``converted``."""
    if converted == text:
        return "simplified"
    if len(converted) != len(text):
        converted = "".join(_t2s().convert(ch) for ch in text)
    changed = sum(map(ne, text, converted))
    han = sum(map(len, _HAN_RUN.findall(text)))
    if han == 0:
        return "simplified"
    share = changed / han
    return "traditional" if changed >= TRADITIONAL_MIN_CHARS and share >= TRADITIONAL_SHARE else (
        "simplified"
    )


def script_and_simplified(text: str) -> tuple[Script, str]:
    """(``detect_script(text)``, the text to analyse): Traditional text comes back converted
    with ``to_simplified_aligned``, other text unchanged. One OpenCC pass serves both, and
    none is needed for text with too few characters t2s may change to be Traditional (most
    input: a Simplified page holding a few)."""
    bound = _changes_at_most(text)
    if bound < TRADITIONAL_MIN_CHARS or (
            bound < TRADITIONAL_SHARE * sum(map(len, _HAN_RUN.findall(text)))):
        return "simplified", text  # (too few changes to count as Traditional, whatever they are)
    converted = _t2s().convert(text)
    script = _script(text, converted)
    if script == "simplified":
        return script, text
    return script, converted if len(converted) == len(text) else to_simplified_aligned(text)


def to_simplified_aligned(text: str) -> str:
    """Simplified form of ``text`` with exactly the same length (char i <- char i)."""
    cc = _t2s()
    out = cc.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv = cc.convert(line)
        if len(conv) != len(line):
            conv = "".join(c if len(c := cc.convert(ch)) == 1 else ch for ch in line)
        fixed.append(conv)
    return "\n".join(fixed)
