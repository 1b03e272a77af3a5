"""The offset contract, as a property over every seed page."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.domain.cleaning.normalize import normalize_chars
from tests.domain.cleaning.conftest import SEED_FILES

_DROPPED = re.compile(r"[\s*]")


def test_raw_index_is_exact_and_strictly_increasing(seed_docs):
    for raw, doc in seed_docs.values():
        norm = normalize_chars(raw)
        for s in doc.sentences:
            idx = s.raw_index
            assert len(idx) == len(s.text) > 0
            assert all(a < b for a, b in pairwise(idx))
            assert s.raw_start == idx[0] and s.raw_end == idx[-1] + 1
            for ch, i in zip(s.text, idx, strict=True):
                # one clean char from one raw char: same char after normalisation, or a space
                # standing for a whitespace char
                assert ch == norm[i] or (ch == " " and norm[i].isspace())


def test_blocks_have_valid_raw_ranges(seed_docs):
    for raw, doc in seed_docs.values():
        assert [b.block_no for b in doc.blocks] == list(range(len(doc.blocks)))
        for b in doc.blocks:
            assert 0 <= b.raw_start < b.raw_end <= len(raw)
            assert not raw[b.raw_start].isspace() and not raw[b.raw_end - 1].isspace()
            assert b.text and b.text == b.text.strip()


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_random_clean_spans_map_back_to_the_same_words(seed_docs, data):
    name = data.draw(st.sampled_from([f.name for f in SEED_FILES]))
    raw, doc = seed_docs[name]
    norm = normalize_chars(raw)
    sent = data.draw(st.sampled_from(doc.sentences))
    i = data.draw(st.integers(0, len(sent.text) - 1))
    j = data.draw(st.integers(i + 1, len(sent.text)))
    lo, hi = sent.raw_span(i, j)
    inner = [b for b in doc.blocks if b.block_no != sent.block_no and lo <= b.raw_start < hi]
    if inner:  # a caption printed inside the paragraph: skip it, like cleaning does
        parts, pos = [], lo
        for b in inner:
            parts.append(norm[pos : b.raw_start])
            pos = b.raw_end
        parts.append(norm[pos:hi])
        recleaned = "".join(parts)
    else:
        recleaned = norm[lo:hi]
    assert _DROPPED.sub("", recleaned) == _DROPPED.sub("", sent.text[i:j])


def test_cleaning_keeps_every_digit(seed_docs):
    for raw, doc in seed_docs.values():
        digits_raw = Counter(ch for ch in normalize_chars(raw) if ch.isdigit())
        digits_clean = Counter(ch for b in doc.blocks for ch in b.text if ch.isdigit())
        assert digits_clean == digits_raw


def test_body_digits_are_in_sentences(seed_docs):
    for _, doc in seed_docs.values():
        for b in doc.blocks:
            if b.kind in ("paragraph", "list_item", "heading"):
                in_sents = "".join(s.text for s in doc.sentences if s.block_no == b.block_no)
                assert [c for c in b.text if c.isdigit()] == [c for c in in_sents if c.isdigit()]
