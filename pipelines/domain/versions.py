"""Versions of each processing stage's logic. Bump one when its output would change: the
pipeline then reprocesses every document at that stage and the stages after it.

A stage's effective version also carries a hash of the domain data files it reads
(``with_data``): a user's edit of a word list under ``pipelines/data/`` is a new version of the
stages that read it, so every document is brought in line with the edited list, not only the
documents added after the edit."""

from __future__ import annotations

import hashlib
from pathlib import Path

CLEANING = "clean-2"
SEGMENTATION = "seg-1"
METRICS = "metrics-4"
THEMES = "themes-1"
POLICY_TERMS = "terms-1"
KEYWORDS = "keywords-1"

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def data_files(*parts: str) -> list[Path]:
    """The files of ``parts`` (files or folders under ``pipelines/data/``; ``""`` is all of it),
    sorted."""
    files: list[Path] = []
    for part in parts:
        path = DATA_DIR / part
        files += sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return files


def with_data(version: str, *parts: str) -> str:
    """``version`` with a short hash of the data files it reads (names and bytes)."""
    digest = hashlib.sha256()
    for path in data_files(*parts):
        digest.update(f"{path.relative_to(DATA_DIR)}\0".encode() + path.read_bytes())
    return f"{version}@{digest.hexdigest()[:12]}"
