"""Compact storage of a clean-to-raw offset map.

Cleaning mostly deletes a few characters (line breaks, stray spaces), so the map from clean
character to raw offset is a handful of straight runs. We store the start of each run as a flat
``[clean_0, raw_0, clean_1, raw_1, ...]`` list and expand it on demand. Cleaning builds block
maps as runs from the start (a printed line is one run) and cuts them into sentence maps
(``split_runs``) without expanding them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise


def encode_runs(raw_index: Sequence[int]) -> list[int]:
    """Run starts of ``raw_index`` (raw offset of each clean char) as a flat pair list."""
    if not raw_index:
        return []
    runs = [0, raw_index[0]]
    for k in [k for k, (a, b) in enumerate(pairwise(raw_index), 1) if b != a + 1]:
        runs += (k, raw_index[k])
    return runs


def decode_runs(runs: Sequence[int], length: int) -> list[int]:
    """Inverse of :func:`encode_runs` for a clean text of ``length`` characters."""
    out: list[int] = []
    starts = runs[0::2]
    raws = runs[1::2]
    for k, (start, raw) in enumerate(zip(starts, raws, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else length
        out.extend(range(raw, raw + end - start))
    return out


def split_runs(runs: Sequence[int], spans: Sequence[tuple[int, int]]
               ) -> list[tuple[list[int], int, int]]:
    """For each clean span [a, b) of a text whose map is ``runs`` (spans ascending, not
    overlapping, not empty): (its own runs, starting at clean 0; raw start; raw end).

    One pass over the runs for all spans: cutting a block's map into its sentences' maps
    without ever expanding it to one offset per character.
    """
    if len(runs) == 2:  # one straight run: the common case of a block
        r = runs[1]
        return [([0, r + a], r + a, r + b) for a, b in spans]
    out = []
    n = len(runs)
    k = 0  # the run holding the span's first character
    for a, b in spans:
        while k + 2 < n and runs[k + 2] <= a:
            k += 2
        start = runs[k + 1] + a - runs[k]
        own = [0, start]
        j = k + 2
        last_clean, last_raw = a, start
        while j < n and runs[j] < b:
            last_clean, last_raw = runs[j], runs[j + 1]
            own += (last_clean - a, last_raw)
            j += 2
        out.append((own, start, last_raw + b - last_clean))
    return out


def raw_span(raw_index: Sequence[int], raw_start: int, start: int, end: int) -> tuple[int, int]:
    """Raw [start, end) of the clean span [start, end) of a text whose clean characters sit at
    ``raw_index`` (empty: one straight run from ``raw_start``).

    A span whose last character sits before its first in the raw text (a number cut at a
    column's foot and finished at the next column's head: ``2117.0亿|元``) ends with the
    straight run it starts in, so the quote is never empty and stays the raw text there."""
    if not raw_index:
        return raw_start + start, raw_start + end
    first, last = raw_index[start], raw_index[end - 1] + 1
    if last > first:
        return first, last
    i = start
    while i + 1 < end and raw_index[i + 1] == raw_index[i] + 1:
        i += 1
    return first, raw_index[i] + 1
