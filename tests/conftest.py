"""Shared fixtures: the seed corpus on disk, copied so tests can damage it freely."""

import shutil
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
# Child processes started by tests (fork server, spawn) import test support code by module name.
if str(PROJECT) not in sys.path:
    sys.path.insert(0, str(PROJECT))


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A temporary copy of seeds/ (texts and manifest)."""
    dest = tmp_path / "source"
    shutil.copytree(SEEDS, dest)
    return dest
