"""Reading the word lists under pipelines/data/ (stopwords, surnames, place names ...).

One format for all of them, so that a user can extend any list the same way: words separated by
whitespace (one per line, or several), ``#`` starts a comment to the end of its line.
"""

from __future__ import annotations

from pathlib import Path


def read_word_list(path: Path) -> frozenset[str]:
    """The words of a list file."""
    return frozenset(word for line in path.read_text(encoding="utf-8").splitlines()
                     for word in line.split("#", 1)[0].split())
