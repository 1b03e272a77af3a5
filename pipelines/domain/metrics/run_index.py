"""A sentence's clean-to-raw offset map read straight from its offset runs.

A metric needs the raw offsets of two characters of its sentence (its quote's ends), yet
expanding the runs (:func:`..offsets.decode_runs`) makes one integer per character of every
sentence holding a number. :class:`RunIndex` answers ``index[i]`` by a bisection over the runs
and expands them only when a caller iterates, slices or concatenates it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import overload

from pipelines.domain.offsets import decode_runs


class RunIndex(Sequence[int]):
    """The raw offset of each clean character of a text of ``length`` characters, from its
    runs (flat ``[clean_0, raw_0, clean_1, raw_1, ...]``, clean starts ascending from 0)."""

    __slots__ = ("_len", "_raws", "_runs", "_starts")

    def __init__(self, runs: Sequence[int], length: int) -> None:
        self._runs = runs
        self._starts = runs[0::2]
        self._raws = runs[1::2]
        self._len = length

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[int, ...]: ...

    def __getitem__(self, i: int | slice) -> int | tuple[int, ...]:
        if i.__class__ is not int:
            if isinstance(i, slice):
                return self.expanded()[i]
            i = int(i)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("offset index out of range")
        starts = self._starts
        if len(starts) == 1:  # one straight run: most sentences
            return self._raws[0] + i
        k = bisect_right(starts, i) - 1
        return self._raws[k] + i - starts[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw [start, end) of the clean span [start, end) (``Sentence.raw_span``), both ends
        read at once."""
        if not 0 <= start < end <= self._len:
            return self[start], self[end - 1] + 1  # out of range: as indexing does
        starts, raws = self._starts, self._raws
        if len(starts) == 1:
            return raws[0] + start, raws[0] + end
        k = bisect_right(starts, start) - 1
        j = bisect_right(starts, end - 1, k) - 1
        first, last = raws[k] + start - starts[k], raws[j] + end - starts[j]
        if last <= first:  # ends before it starts (across columns): its first run's part
            last = raws[k] + min(end, starts[k + 1]) - starts[k]
        return first, last

    def __iter__(self) -> Iterator[int]:
        return iter(self.expanded())

    def expanded(self) -> tuple[int, ...]:
        """Every offset, as :func:`decode_runs` gives them."""
        return tuple(decode_runs(self._runs, self._len))

    def __add__(self, other: Sequence[int]) -> tuple[int, ...]:
        return self.expanded() + tuple(other)

    def __radd__(self, other: Sequence[int]) -> tuple[int, ...]:
        return tuple(other) + self.expanded()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RunIndex):
            other = other.expanded()
        return isinstance(other, tuple | list) and self.expanded() == tuple(other)

    def __hash__(self) -> int:
        return hash(self.expanded())
