from itertools import pairwise

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from pipelines.domain.offsets import decode_runs, encode_runs, encode_runs_many


@given(st.lists(st.integers(min_value=1, max_value=5), max_size=300))
def test_runs_round_trip(gaps):
    raw_index = []
    pos = 0
    for gap in gaps:
        pos += gap
        raw_index.append(pos)
    runs = encode_runs(raw_index)
    assert decode_runs(runs, len(raw_index)) == raw_index
    assert len(runs) <= 2 * max(len(raw_index), 1)


def test_straight_text_is_one_run():
    assert encode_runs(list(range(10, 60))) == [0, 10]



@given(st.lists(st.lists(st.integers(min_value=-3, max_value=5), max_size=40), max_size=30),
       st.integers(min_value=0, max_value=1000))
def test_encode_runs_many_equals_encode_runs_of_each(steps, shift):
    maps = []
    for gaps in steps:
        pos, raw_index = 100, []
        for gap in gaps:
            pos += gap
            raw_index.append(pos)
        maps.append(tuple(raw_index))
    pairs, lengths = encode_runs_many(maps, shift)
    bounds = [0, *np.cumsum(lengths).tolist()]
    got = [pairs[a:b].tolist() for a, b in pairwise(bounds)]
    expected = [encode_runs(m) for m in maps]
    assert got == [[x + shift if i % 2 else x for i, x in enumerate(r)] for r in expected]


def test_encode_runs_many_splits_at_breaks_and_map_starts():
    pairs, lengths = encode_runs_many([[3, 4, 5, 9, 10], [], [11, 12], [13]], 1)
    assert pairs.tolist() == [0, 4, 3, 10, 0, 12, 0, 14]
    assert lengths.tolist() == [4, 0, 2, 2]
