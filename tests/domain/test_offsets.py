
from hypothesis import given
from hypothesis import strategies as st

from pipelines.domain.offsets import decode_runs, encode_runs, split_runs


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



@given(st.lists(st.integers(min_value=1, max_value=4), min_size=1, max_size=200),
       st.lists(st.integers(min_value=0, max_value=6), max_size=60))
def test_split_runs_equals_encoding_each_slice(gaps, cuts):
    raw_index, pos = [], 0
    for gap in gaps:
        pos += gap
        raw_index.append(pos)
    spans, a = [], 0
    for k, cut in enumerate(cuts):  # ascending, non-empty spans with gaps between some
        b = min(a + cut + 1, len(raw_index))
        if a >= b:
            break
        spans.append((a, b))
        a = b + k % 2
    got = split_runs(encode_runs(raw_index), spans)
    assert got == [(encode_runs(raw_index[a:b]), raw_index[a], raw_index[b - 1] + 1)
                   for a, b in spans]


def test_split_runs_of_a_block_with_breaks():
    runs = encode_runs([3, 4, 5, 9, 10, 20, 21, 22])
    assert runs == [0, 3, 3, 9, 5, 20]
    assert split_runs(runs, [(0, 2), (2, 5), (6, 8)]) == [
        ([0, 3], 3, 5), ([0, 5, 1, 9], 5, 11), ([0, 21], 21, 23)]
