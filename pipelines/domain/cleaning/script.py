"""Script detection and Traditional-to-Simplified conversion that keeps character alignment.

Analysis runs on Simplified text; raw stays as written, so every clean character must still map
to one raw character. OpenCC's phrase conversion almost always maps one-to-one; where a line
changes length we fall back to converting that line character by character.
"""

from __future__ import annotations

import re
from functools import cache
from operator import ne

import opencc

from pipelines.domain.cleaning.lexicon import HAN
from pipelines.domain.records import Script

_HAN_RUN = re.compile(f"[{HAN}]+")
# Share of Han characters that t2s changes above which a text counts as Traditional.
TRADITIONAL_SHARE = 0.02
TRADITIONAL_MIN_CHARS = 2


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


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
    with ``to_simplified_aligned``, other text unchanged. One OpenCC pass serves both."""
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
