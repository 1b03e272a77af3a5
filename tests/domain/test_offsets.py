from hypothesis import given
from hypothesis import strategies as st

from pipelines.domain.offsets import decode_runs, encode_runs


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
