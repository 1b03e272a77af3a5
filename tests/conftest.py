"""Shared fixtures: the seed corpus on disk, copied so tests can damage it freely."""

import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A temporary copy of seeds/ (texts and manifest)."""
    dest = tmp_path / "source"
    shutil.copytree(SEEDS, dest)
    return dest
