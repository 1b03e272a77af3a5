"""Shared fixtures: the seed pages and their cleaned form (cleaned once per test session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.domain.cleaning import CleanedDocument, clean_document

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, tuple[str, CleanedDocument]]:
    return {f.name: (raw := f.read_text(encoding="utf-8"), clean_document(raw)) for f in SEED_FILES}
