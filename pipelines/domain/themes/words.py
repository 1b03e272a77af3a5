"""The words met so far, numbered, with what term matching needs to know about each."""

from __future__ import annotations

import numpy as np
import polars as pl

from pipelines.domain.themes.hashing import HASH_BASES, low_bits, text_hashes


class WordTable:
    """Every distinct word met so far (per matcher), numbered, with per number what matching
    needs: the polynomial hashes and length of the word without surrounding whitespace, and
    whether it alone spells a term (``slot`` in the matcher's slot table, -1 if not) or may
    begin a spelling (``begins``).

    A token column is numbered without a Python step per token: polars hashes the words, two
    slot tables (low and high half of the hash) give a candidate number, and the candidate's
    word must equal the token's. Only words not met before go through Python. The shipped
    taxonomy's matcher (and so its table) lasts the process; past ``MAX_WORDS`` words the
    table starts again.
    """

    MAX_WORDS = 1 << 18  # the slot tables stay within 2 x 1M int32 (8 MB)
    _SEED = 0x5EED

    def __init__(self, slots: np.ndarray, prefix_bitmap: np.ndarray, max_chars: int) -> None:
        self._slots, self._prefix_bitmap, self._max_chars = slots, prefix_bitmap, max_chars
        self._reset(16)

    def _reset(self, bits: int) -> None:
        self._bits = bits
        self._first = np.full(1 << bits, -1, dtype=np.int32)  # low hash bits -> number
        self._second = np.full(1 << bits, -1, dtype=np.int32)  # high hash bits -> number
        self._numbers: dict[str | None, int] = {}  # all words (some have no free slot)
        self.hashes = np.zeros(0, dtype=np.uint64)  # polars hash of each word
        self.words = pl.Series("word", [], dtype=pl.String)
        self.first_hash = np.zeros(0, dtype=np.uint64)
        self.second_hash = np.zeros(0, dtype=np.uint64)
        self.second_power = np.zeros(0, dtype=np.uint64)  # second hash base ** n_chars
        self.n_chars = np.zeros(0, dtype=np.int64)
        self.slot = np.zeros(0, dtype=np.int64)
        self.begins = np.zeros(0, dtype=bool)
        # words met in Categorical columns of polars' shared categories: category id -> number
        # (-1 unknown), with those words held as a Categorical column of their own, so that
        # their ids stay theirs (polars gives an id to another string only once it is dropped)
        self._by_category = np.zeros(0, dtype=np.int64)
        self._categories = pl.Series("word", [], dtype=pl.Categorical())

    def numbers(self, words: pl.Series) -> np.ndarray:
        """The number of each word of ``words`` (new words are added).

        A Categorical column is numbered by its category ids: only its distinct words are
        looked up as strings."""
        if len(self.hashes) > self.MAX_WORDS:
            self._reset(16)
        if words.dtype == pl.Categorical and not words.has_nulls():
            return self._category_numbers(words)
        return self._string_numbers(words.cast(pl.String))

    def _category_numbers(self, words: pl.Series) -> np.ndarray:
        ids = words.to_physical().to_numpy().astype(np.int64)
        if not len(ids):
            return ids
        if words.dtype == pl.Categorical():  # the shared categories: ids known from before
            return self._shared_category_numbers(words, ids)
        # ids of another categories object: valid within this column only
        at, present = _rows_of_ids(ids)
        distinct = words.gather(pl.Series(at[present])).cast(pl.String)
        at[present] = self._string_numbers(distinct)
        return at[ids]

    def _shared_category_numbers(self, words: pl.Series, ids: np.ndarray) -> np.ndarray:
        """Numbers of a column of the shared categories by its ids: words met before in such
        a column by a table lookup, the others (distinct ones) as strings, then remembered."""
        table = self._by_category
        if int(ids.max()) >= len(table):
            table = self._by_category = np.concatenate(
                [table, np.full(int(ids.max()) + 1 - len(table), -1, dtype=np.int64)])
        numbers = table[ids]
        unknown = np.flatnonzero(numbers < 0)
        if not len(unknown):
            return numbers
        at, new_ids = _rows_of_ids(ids, unknown)
        distinct = words.gather(pl.Series(at[new_ids]))
        found = self._string_numbers(distinct.cast(pl.String))
        at[new_ids] = found
        numbers[unknown] = at[ids[unknown]]
        self._categories = self._categories.append(distinct.alias("word"))  # holds their ids
        table[new_ids] = found
        return numbers

    def _string_numbers(self, words: pl.Series) -> np.ndarray:
        hashes = words.hash(self._SEED).to_numpy()
        if not len(self.hashes):
            ids = np.full(len(hashes), -1, dtype=np.int64)
            missing = np.arange(len(hashes))
        else:
            mask = np.uint64((1 << self._bits) - 1)
            first = self._first[(hashes & mask).astype(np.int64)]
            second = self._second[((hashes >> np.uint64(32)) & mask).astype(np.int64)]
            first_fits = (first >= 0) & (self.hashes[np.maximum(first, 0)] == hashes)
            ids = np.where(first_fits, first, second)
            same = (self.words.gather(pl.Series(np.maximum(ids, 0))) == words).fill_null(False)
            missing = np.flatnonzero(~same.to_numpy() | (ids < 0))
        if len(missing):
            ids[missing] = self._add(words.gather(pl.Series(missing)).to_list(),
                                     hashes[missing].tolist())
        return ids

    def _add(self, words: list[str | None], hashes: list[int]) -> list[int]:
        """Numbers of words the slot tables did not give (new ones added; a word whose two
        slots are taken is always found here)."""
        numbers, new, new_hashes = self._numbers, [], []
        out = []
        for word, value in zip(words, hashes, strict=True):
            number = numbers.get(word)
            if number is None:
                number = numbers[word] = len(numbers)
                new.append(word)
                new_hashes.append(value)
            out.append(number)
        if new:
            self._extend(new, new_hashes)
        return out

    def _extend(self, new: list[str | None], new_hashes: list[int]) -> None:
        stripped = pl.Series(new, dtype=pl.String).str.strip_chars().fill_null("").to_list()
        n_chars = np.fromiter(map(len, stripped), np.int64, len(stripped))
        (first_hash, _), (second_hash, second_power) = (
            text_hashes(stripped, n_chars, base) for base in HASH_BASES)
        usable = (n_chars > 0) & (n_chars <= self._max_chars)
        low = low_bits(first_hash)
        self.hashes = np.concatenate([self.hashes, np.array(new_hashes, dtype=np.uint64)])
        self.words = self.words.append(pl.Series("word", new, dtype=pl.String)).rechunk()
        self.first_hash = np.concatenate([self.first_hash, first_hash])
        self.second_hash = np.concatenate([self.second_hash, second_hash])
        self.second_power = np.concatenate([self.second_power, second_power])
        self.n_chars = np.concatenate([self.n_chars, n_chars])
        self.slot = np.concatenate([self.slot, np.where(usable, self._slots[low], -1)])
        self.begins = np.concatenate([self.begins, usable & self._prefix_bitmap[low]])
        if 4 * len(self.hashes) > (1 << self._bits):  # keep the slot tables sparse
            self._place(range(len(self.hashes)), self._bits + 2)
        else:
            self._place(range(len(self.hashes) - len(new), len(self.hashes)), self._bits)

    def _place(self, numbers: range, bits: int) -> None:
        if bits != self._bits:
            self._bits = bits
            self._first = np.full(1 << bits, -1, dtype=np.int32)
            self._second = np.full(1 << bits, -1, dtype=np.int32)
        mask = (1 << bits) - 1
        first, second = self._first, self._second
        for number, value in zip(numbers, self.hashes[numbers.start:numbers.stop].tolist(),
                                 strict=True):
            if first[value & mask] < 0:
                first[value & mask] = number
            elif second[(value >> 32) & mask] < 0:
                second[(value >> 32) & mask] = number


def _rows_of_ids(ids: np.ndarray, rows: np.ndarray | None = None
                 ) -> tuple[np.ndarray, np.ndarray]:
    """A table over category ids giving a row of ``rows`` (default: all) holding each id (-1
    for ids absent there), and those ids, ascending: the distinct ids without sorting the rows
    (``np.unique`` or polars' ``unique()`` on a Categorical cost more)."""
    if rows is None:
        rows = np.arange(len(ids))
    at = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
    at[ids[rows]] = rows
    return at, np.flatnonzero(at >= 0)
