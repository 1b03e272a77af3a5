"""Compact storage of a clean-to-raw offset map.

Cleaning mostly deletes a few characters (line breaks, stray spaces), so the map from clean
character to raw offset is a handful of straight runs. We store the start of each run as a flat
``[clean_0, raw_0, clean_1, raw_1, ...]`` list and expand it on demand. Sentences are short, so
plain Python over runs beats array libraries' per-call overhead here.
"""

from __future__ import annotations

from collections.abc import Sequence


def encode_runs(raw_index: Sequence[int]) -> list[int]:
    """Run starts of ``raw_index`` (raw offset of each clean char) as a flat pair list."""
    if not raw_index:
        return []
    first = raw_index[0]
    if all(map(int.__eq__, raw_index, range(first, first + len(raw_index)))):
        return [0, first]  # the usual case: one straight run, checked at C speed
    runs = [0, first]
    prev = first
    for i, value in enumerate(raw_index):
        if value != prev + 1 and i:
            runs += (i, value)
        prev = value
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
