"""Printed widths of lines and the width of the column each line stands in.

Text pulled out of print keeps the column's edge in its line breaks: a line that fills its
column was cut there, mid-sentence. A Han character is one unit wide, other characters half.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

import numpy as np

from pipelines.domain.cleaning.lexicon import HAN, HAN_RANGES

_HAN_RUN = re.compile(f"[{HAN}]+")
NEIGHBOURS = 4  # lines on each side used to estimate the column width
MIN_NEIGHBOUR_WIDTH = 4.0
# Paragraph-final lines are short, so the column is an upper quantile of nearby widths.
COLUMN_QUANTILE = 0.75
_WINDOW = np.arange(2 * NEIGHBOURS + 1)  # offsets of a line's neighbourhood in the padding


def width(text: str) -> float:
    """Printed width: a Han character is 1, punctuation/Latin/digits 1/2, spaces 0."""
    han = sum(map(len, _HAN_RUN.findall(text)))  # runs: far fewer objects than characters
    other = len(text) - han - text.count(" ")
    return han + 0.5 * other


@cache
def half_widths() -> np.ndarray:
    """Printed width in half units by code point over the BMP: Han 2, space 0, else 1 (one more
    entry, 1, for everything above: no Han range lies there)."""
    table = np.ones(0x10001, dtype=np.int8)
    for lo, hi in HAN_RANGES:
        table[lo : hi + 1] = 2
    table[ord(" ")] = 0
    return table


def widths(texts: list[str]) -> list[float]:
    """``width`` of every text, computed on their concatenation at once."""
    out: list[float] = widths_array(texts).tolist()
    return out


def widths_array(texts: list[str]) -> np.ndarray:
    """``widths`` as an array."""
    if not texts:
        return np.zeros(0)
    cps = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    halves = np.zeros(len(cps) + 1, dtype=np.int64)
    np.cumsum(half_widths().take(cps, mode="clip"), out=halves[1:])
    bounds = np.fromiter(accumulate(map(len, texts), initial=0), dtype=np.int64,
                         count=len(texts) + 1)
    at = halves[bounds]
    return 0.5 * (at[1:] - at[:-1])


def columns(line_widths: list[float]) -> list[float]:
    """Column width of each line of running text, from the widths of its neighbours.

    For each line: the widths of the ``NEIGHBOURS`` lines on each side that lie between
    ``max(MIN_NEIGHBOUR_WIDTH, own / 2)`` and ``2 * own``, and their ``COLUMN_QUANTILE``
    (the element at the rounded quantile index); the line's own width when there are none.
    """
    out: list[float] = columns_array(np.array(line_widths, dtype=np.float64)).tolist()
    return out


def columns_array(own: np.ndarray) -> np.ndarray:
    """``columns`` of an array of widths, as an array."""
    n = len(own)
    if n == 0:
        return own
    # (ufuncs and indexing only: a page is cleaned in well under a millisecond per hundred
    # lines, so numpy's Python-level helpers would cost as much as the work)
    padded = np.full(n + 2 * NEIGHBOURS, np.nan)
    padded[NEIGHBOURS : NEIGHBOURS + n] = own
    rows = np.arange(n)
    window = padded[rows[:, None] + _WINDOW]  # each line's neighbourhood (a copy)
    window[:, NEIGHBOURS] = np.nan  # the line itself does not count
    floor = np.maximum(MIN_NEIGHBOUR_WIDTH, 0.5 * own)[:, None]
    near = (window >= floor) & (window <= 2.0 * own[:, None])  # NaN compares False
    count = np.count_nonzero(near, axis=1)
    ranked = np.sort(np.where(near, window, np.inf), axis=1)
    k = np.rint(COLUMN_QUANTILE * (count - 1)).astype(np.int64)  # half to even, like round()
    picked = ranked[rows, np.maximum(k, 0)]
    return np.where(count > 0, picked, own)
