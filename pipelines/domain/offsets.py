"""Compact storage of a clean-to-raw offset map.

Cleaning mostly deletes a few characters (line breaks, stray spaces), so the map from clean
character to raw offset is a handful of straight runs. We store the start of each run as a flat
``[clean_0, raw_0, clean_1, raw_1, ...]`` list and expand it on demand.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def encode_runs(raw_index: Sequence[int]) -> list[int]:
    """Run starts of ``raw_index`` (raw offset of each clean char) as a flat pair list."""
    if not raw_index:
        return []
    idx = np.asarray(raw_index, dtype=np.int64)
    breaks = np.flatnonzero(np.diff(idx) != 1) + 1
    starts = np.concatenate(([0], breaks))
    return np.column_stack((starts, idx[starts])).ravel().tolist()


def decode_runs(runs: Sequence[int], length: int) -> list[int]:
    """Inverse of :func:`encode_runs` for a clean text of ``length`` characters."""
    if length == 0:
        return []
    pairs = np.asarray(runs, dtype=np.int64).reshape(-1, 2)
    positions = np.arange(length, dtype=np.int64)
    k = np.searchsorted(pairs[:, 0], positions, side="right") - 1
    return (pairs[k, 1] + positions - pairs[k, 0]).tolist()
