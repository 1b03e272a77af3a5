"""Numbering the distinct values of a column by their sorted rank, for numpy grouping."""

from __future__ import annotations

import numpy as np
import polars as pl


def run_ranks(values: pl.Series) -> tuple[np.ndarray, list]:
    """Per row the rank of its value among the distinct values (sorted, null first), and the
    distinct values in that order; found over runs of equal values (rows of a value come in
    a few runs, as a document's rows do)."""
    runs = values.rle().struct.unnest()
    run_values = runs.get_column("value").to_list()
    distinct = sorted(set(run_values), key=lambda v: (v is not None, v))
    rank = {v: n for n, v in enumerate(distinct)}
    return np.repeat(np.array([rank[v] for v in run_values], dtype=np.int64),
                     runs.get_column("len").to_numpy()), distinct


def category_ranks(values: pl.Series) -> tuple[np.ndarray, list]:
    """:func:`run_ranks` for a column of a few values in any order (theme names), over the
    values' category ids."""
    if values.has_nulls():
        return run_ranks(values)
    ids = values.cast(pl.String).cast(pl.Categorical()).to_physical().to_numpy()
    _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    names = values.gather(pl.Series(first)).to_list()
    order = sorted(range(len(names)), key=names.__getitem__)
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    return rank[inverse.reshape(-1)], [names[i] for i in order]
