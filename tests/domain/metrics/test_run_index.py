import random

import pytest

from pipelines.domain.metrics.run_index import RunIndex
from pipelines.domain.offsets import decode_runs, encode_runs


def _random_index(rng: random.Random, n: int) -> list[int]:
    out, raw = [], rng.randrange(50)
    for _ in range(n):
        raw += 1 + (rng.randrange(4) if rng.random() < 0.2 else 0)  # some characters deleted
        out.append(raw)
    return out


def test_run_index_reads_every_offset_as_the_expanded_map():
    rng = random.Random(3)
    for n in [1, 2, 5, 40, 300]:
        for _ in range(20):
            index = _random_index(rng, n)
            runs = encode_runs(index)
            lazy = RunIndex(runs, n)
            assert len(lazy) == n and bool(lazy)
            assert [lazy[i] for i in range(n)] == index == decode_runs(runs, n)
            assert lazy[-1] == index[-1] and lazy[-n] == index[0]
            assert list(lazy) == index and lazy == tuple(index)
            assert lazy[1:4] == tuple(index[1:4])
            tail = (7,)  # what joining a sentence to the next across a line break does
            assert lazy + tail == (*index, 7) and tail + lazy == (7, *index)
            with pytest.raises(IndexError):
                lazy[n]


def test_empty_run_index_is_false():
    assert not RunIndex([], 0) and list(RunIndex([], 0)) == []


def test_run_index_span_is_the_sentence_raw_span():
    rng = random.Random(5)
    for n in [1, 3, 60]:
        index = _random_index(rng, n)
        lazy = RunIndex(encode_runs(index), n)
        for a in range(n):
            for b in range(a + 1, n + 1):
                assert lazy.span(a, b) == (index[a], index[b - 1] + 1)
