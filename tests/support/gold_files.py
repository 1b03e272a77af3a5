"""Where the documents of the gold sets live: the seeds and the held-out set, by file name."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold"
DOCUMENT_DIRS = (ROOT / "seeds", GOLD_DIR / "heldout")


def gold_document(file: str) -> Path:
    """The path of a gold set's document (file names are unique across the two folders)."""
    for folder in DOCUMENT_DIRS:
        if (folder / file).exists():
            return folder / file
    raise FileNotFoundError(file)
