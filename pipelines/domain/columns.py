"""Column construction from Python values and numbers, for the few places records become frames.

polars builds one Series per row when a column holds lists, which made building the sentence
frame cost more than cleaning itself; an Arrow list array from flat values and offsets is one call.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate, chain

import numpy as np
import polars as pl
import pyarrow as pa

_ARROW = {pl.Int32: pa.int32(), pl.String: pa.large_string()}


def list_column(name: str, values: Sequence[Sequence], inner: type[pl.DataType]) -> pl.Series:
    """A ``List(inner)`` column of ``values`` (one sequence per row)."""
    return _list_series(name, [0, *accumulate(map(len, values))],
                        list(chain.from_iterable(values)), inner)


def flat_list_column(name: str, chunks: Sequence[tuple[np.ndarray, np.ndarray]],
                     inner: type[pl.DataType]) -> pl.Series:
    """A ``List(inner)`` column from chunks of (flat values, length of each row's list)."""
    values = np.concatenate([c[0] for c in chunks]) if chunks else np.zeros(0, np.int64)
    lengths = np.concatenate([c[1] for c in chunks]) if chunks else np.zeros(0, np.int64)
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return _list_series(name, offsets, values, inner)


def _list_series(name: str, offsets: Sequence[int] | np.ndarray,
                 values: Sequence | np.ndarray, inner: type[pl.DataType]) -> pl.Series:
    array = pa.LargeListArray.from_arrays(pa.array(offsets, pa.int64()),
                                          pa.array(values, _ARROW[inner]))
    return pl.Series(name, array).cast(pl.List(inner))


def used_codes(codes: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct numbers in ``codes`` (all below ``n``), sorted, and per number below ``n``
    its rank among them (its number in a table of the used ones only)."""
    seen = np.zeros(n, dtype=bool)
    seen[codes] = True
    used = np.flatnonzero(seen)
    renumber = np.zeros(n, dtype=np.int64)
    renumber[used] = np.arange(len(used))
    return used, renumber
