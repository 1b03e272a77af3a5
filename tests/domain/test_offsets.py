
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


def test_a_span_ending_before_it_starts_keeps_its_first_straight_run():
    """A number cut at a column's foot and finished at the next column's head (2117.0亿|元):
    its last character sits before its first in the raw text; the quote is the part in its
    first run, never empty, whichever form the offset map has."""
    from pipelines.domain.metrics.run_index import RunIndex
    from pipelines.domain.offsets import encode_runs, raw_span

    index = [100, 101, 102, 103, 104, 105, 106, 20]  # "2117.0亿" at 100-106, "元" at 20
    assert raw_span(index, 0, 0, 8) == (100, 107)
    assert raw_span(index, 0, 0, 5) == (100, 105)
    assert raw_span([], 7, 2, 5) == (9, 12)
    runs = RunIndex(encode_runs(index), len(index))
    assert runs.span(0, 8) == (100, 107) and runs.span(2, 6) == (102, 106)
    forward = [5, 6, 50, 51]  # a span that jumps forward keeps both ends (raw text between)
    assert raw_span(forward, 0, 0, 4) == (5, 52) == RunIndex(encode_runs(forward), 4).span(0, 4)
