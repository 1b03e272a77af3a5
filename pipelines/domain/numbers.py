"""Numeral parsing for Chinese text: Arabic, Chinese and mixed numerals, fractions, percents.

Policy texts write the same quantity many ways (``6``, ``1,234.5``, ``一千五百``, ``两``,
``三分之一``, ``百分之十``, ``二〇二三``). Everything here works on one already-located numeral
string; locating numbers in sentences is the job of :mod:`pipelines.domain.metrics.candidates`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
CN_SMALL_UNITS: dict[str, int] = {
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
}  # fmt: skip
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS)
"""Characters of a Chinese numeral without the big units 万/亿 (those act as multipliers)."""

# Full-width forms mapped one-to-one so offsets in the translated text stay valid. The Chinese
# comma and colon are clause punctuation, never thousands or ratio marks, so they stay.
_HALF_WIDTH = str.maketrans(
    "０１２３４５６７８９．％－＋～",
    "0123456789.%-+~",
)
_ARABIC_RE = re.compile(r"[-+−]?\d+(?:,\d{3})*(?:\.\d+)?|[-+−]?\.\d+")


_FULL_WIDTH_RE = re.compile("[０-９．％－＋～]")
_MIXED_RE = re.compile(r"([-+−]?\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿萬億]+)")


def to_half_width(text: str) -> str:
    """Map full-width digits and number punctuation to ASCII; keeps the length unchanged."""
    if _FULL_WIDTH_RE.search(text) is None:
        return text
    return text.translate(_HALF_WIDTH)


def parse_arabic(text: str) -> float | None:
    """Parse an Arabic numeral with optional sign, thousands commas and decimals."""
    s = to_half_width(text.strip()).replace("−", "-")
    if not _ARABIC_RE.fullmatch(s):
        return None
    return float(s.replace(",", ""))


def _parse_cn_section(text: str) -> int | None:
    """Parse a Chinese numeral below 万 (e.g. ``一千五百``, ``十二``, ``三百零五``)."""
    if not text:
        return 0
    if all(ch in CN_DIGITS for ch in text):
        if len(text) == 1:
            return CN_DIGITS[text]
        # positional digit string: 二〇二三 = 2023
        return int("".join(str(CN_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in CN_DIGITS:
            if digit is not None and CN_DIGITS[ch] != 0 and digit != 0:
                return None  # two digits in a row inside a unit numeral is not a number
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            total += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:
            return None
    if digit is not None:
        total += digit
    return total


def parse_chinese_integer(text: str) -> int | None:
    """Parse a Chinese integer numeral, including 万/亿 sections (``三万五千`` = 35000)."""
    text = text.strip()
    if not text:
        return None
    for big in ("亿", "億", "万", "萬"):
        left, sep, right = text.rpartition(big)
        if sep:
            high = parse_chinese_integer(left) if left else 1
            low = parse_chinese_integer(right) if right else 0
            if high is None or low is None:
                return None
            return high * CN_BIG_UNITS[big] + low
    return _parse_cn_section(text)


def parse_fraction(text: str) -> float | None:
    """Parse ``三分之一`` / ``3分之1`` as a plain fraction (0.333...)."""
    den, sep, num = text.partition("分之")
    if not sep:
        return None
    d, n = parse_numeral(den), parse_numeral(num)
    if d is None or n is None or d == 0:
        return None
    return n / d


@lru_cache(maxsize=16384)
def parse_numeral(text: str) -> float | None:
    """Parse one numeral as written: Arabic, Chinese, mixed (``2.6万`` = 26000) or fraction.

    Returns None when the text is not a numeral. ``百分之十`` parses as 0.1 (its mathematical
    value); the metric layer reports it as 10 with unit ``%``.
    """
    s = to_half_width(text.strip())
    if not s:
        return None
    if s.startswith("百分之"):
        inner = parse_numeral(s[3:])
        return None if inner is None else inner / 100
    if "分之" in s:
        return parse_fraction(s)
    negative = s[0] in "负-−"
    if s[0] == "负":
        s = s[1:]
    arabic = parse_arabic(s)
    if arabic is not None:
        return -arabic if negative and text.strip()[0] == "负" else arabic
    # mixed: Arabic digits followed by big units (1.35万亿, 6万)
    m = _MIXED_RE.fullmatch(s)
    if m:
        factor = multiplier_value(m.group(2))
        if factor is None:
            return None
        value = scaled(float(m.group(1).replace(",", "").replace("−", "-")), factor)
        return -value if text.strip()[0] == "负" else value
    whole, point, decimals = s.replace("點", "点").partition("点")
    if point:  # 五点六, 零点二, 四十六点三: a decimal read out (spoken numbers, transcripts)
        value = parse_chinese_integer(whole)
        if value is None or not decimals or any(ch not in CN_DIGITS for ch in decimals):
            return None
        digits = "".join(str(CN_DIGITS[ch]) for ch in decimals)
        number = float(f"{value}.{digits}")
        return -number if negative else number
    value = parse_chinese_integer(s)
    if value is None:
        return None
    return -float(value) if negative else float(value)


def multiplier_value(text: str) -> float | None:
    """Product of magnitude characters (``万亿`` = 1e12, ``千万`` = 1e7); None if not one."""
    factor = 1.0
    for ch in text:
        if ch in CN_BIG_UNITS:
            factor *= CN_BIG_UNITS[ch]
        elif ch in CN_SMALL_UNITS:
            factor *= CN_SMALL_UNITS[ch]
        else:
            return None
    return factor if text else None


@lru_cache(maxsize=16384)
def scaled(value: float, multiplier: float) -> float:
    """``value * multiplier`` as the nearest double to the exact product of the two numbers as
    written (609.3 x 1e8 = 60930000000.0, not the 60929999999.99999 of float multiplication).

    A parsed value's ``repr`` is its shortest round-trip form, which is the digits written
    (609.3); the product of two decimals is exact in ``Decimal`` and rounded to a double once."""
    if multiplier == 1.0 or value == 0.0 or value != value:
        return value * multiplier
    return float(Decimal(repr(value)) * Decimal(repr(multiplier)))
