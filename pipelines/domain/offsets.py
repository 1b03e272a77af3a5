"""Compact storage of a clean-to-raw offset map.

Cleaning mostly deletes a few characters (line breaks, stray spaces), so the map from clean
character to raw offset is a handful of straight runs. We store the start of each run as a flat
``[clean_0, raw_0, clean_1, raw_1, ...]`` list and expand it on demand. Sentences are short, so
plain Python over runs beats array libraries' per-call overhead for one map; many maps are
encoded at once with numpy (``encode_runs_many``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

import numpy as np


def encode_runs(raw_index: Sequence[int]) -> list[int]:
    """Run starts of ``raw_index`` (raw offset of each clean char) as a flat pair list."""
    if not raw_index:
        return []
    runs = [0, raw_index[0]]
    prev = raw_index[0]
    for i, value in enumerate(raw_index):
        if value != prev + 1 and i:
            runs += (i, value)
        prev = value
    return runs


def encode_runs_many(maps: Sequence[Sequence[int]], shift: int = 0
                     ) -> tuple[np.ndarray, np.ndarray]:
    """``encode_runs`` of many maps at once, each raw offset plus ``shift``: (the pair lists
    concatenated, the length of each one's pair list), as int64 arrays.

    A page's sentences wrap at almost every printed line, so they hold several runs each; one
    vectorised pass over all their offsets replaces a Python pass per sentence.
    """
    lengths = np.fromiter(map(len, maps), dtype=np.int64, count=len(maps))
    starts = np.zeros(len(maps) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    flat = np.fromiter(chain.from_iterable(maps), dtype=np.int64, count=int(starts[-1]))
    opens = np.ones(len(flat), dtype=bool)  # a run starts here
    opens[1:] = flat[1:] != flat[:-1] + 1
    opens[starts[:-1][lengths > 0]] = True  # every map starts a run
    pos = np.flatnonzero(opens)
    owner = np.repeat(np.arange(len(maps)), lengths)[pos]
    pairs = np.empty(2 * len(pos), dtype=np.int64)
    pairs[0::2] = pos - starts[owner]
    pairs[1::2] = flat[pos] + shift
    return pairs, 2 * np.bincount(owner, minlength=len(maps))


def decode_runs(runs: Sequence[int], length: int) -> list[int]:
    """Inverse of :func:`encode_runs` for a clean text of ``length`` characters."""
    out: list[int] = []
    starts = runs[0::2]
    raws = runs[1::2]
    for k, (start, raw) in enumerate(zip(starts, raws, strict=True)):
        end = starts[k + 1] if k + 1 < len(starts) else length
        out.extend(range(raw, raw + end - start))
    return out
