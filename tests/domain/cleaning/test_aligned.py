"""Block text and its offsets: the shared offset tuple gives the same maps as fresh ranges."""

from __future__ import annotations

from pipelines.domain.cleaning import aligned, clean_document


def test_offsets_hold_every_index_asked_for(monkeypatch):
    monkeypatch.setattr(aligned, "_shared", ())
    monkeypatch.setattr(aligned, "SHARED_OFFSETS", 1000)
    small = aligned.offsets(10)
    assert small[:10] == tuple(range(10))
    grown = aligned.offsets(300)
    assert len(grown) >= 300 and grown[:300] == tuple(range(300))
    huge = aligned.offsets(5000)  # beyond the shared size: made for this text only
    assert huge == tuple(range(5000))
    assert len(aligned._shared) <= 1000


def test_cleaning_is_the_same_whatever_the_shared_size(monkeypatch, seed_docs):
    name = sorted(seed_docs)[0]
    raw, expected = seed_docs[name]
    monkeypatch.setattr(aligned, "_shared", ())
    monkeypatch.setattr(aligned, "SHARED_OFFSETS", 64)  # every page longer: fresh tuples
    assert clean_document(raw) == expected
    monkeypatch.setattr(aligned, "SHARED_OFFSETS", 1 << 20)
    monkeypatch.setattr(aligned, "_shared", tuple(range(7)))  # grown from a small one
    assert clean_document(raw) == expected
