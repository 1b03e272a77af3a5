"""Polynomial string hashes of words and token runs."""

from __future__ import annotations

import numpy as np

from pipelines.domain.themes import hashing


def test_word_hashes_by_numpy_equal_the_plain_hash():
    words = ["", "创新", "a", "x" * 300, "\ud800孤", "𠀀𠀁", " 产业 ", "", "5G"]
    n_chars = np.array([len(w) for w in words], dtype=np.int64)
    for base in hashing.HASH_BASES:
        hashes, powers = hashing.text_hashes(words, n_chars, base)
        assert hashes.tolist() == [hashing.hash_text(w, base) for w in words]
        assert powers.tolist() == [pow(base, len(w), 2**64) for w in words]
