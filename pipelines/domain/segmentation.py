"""Word segmentation: rjieba (a fast jieba port) plus the project's domain dictionary and stopwords.

The domain dictionary (``pipelines/data/segmentation/dict.txt``, jieba user-dict format) keeps
policy terms, institutions and place names whole; the stopword list marks function words so
downstream keyword/theme stages can skip them without dropping tokens from the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import polars as pl
import rjieba

from pipelines.domain.records import Sentence

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "segmentation"
DICT_PATH = DATA_DIR / "dict.txt"
STOPWORDS_PATH = DATA_DIR / "stopwords.txt"
DEFAULT_FREQ = 20000
DEFAULT_POS = "nz"

# A token made only of punctuation, symbols or whitespace (CJK ideographs, letters and digits are
# word characters for ``\w``).
_NON_WORD = re.compile(r"^[\W_]+$")

TOKEN_SCHEMA = {
    "sent_no": pl.Int32,
    "position": pl.Int32,
    "word": pl.String,
    "pos": pl.String,
    "char_start": pl.Int32,
    "is_stopword": pl.Boolean,
}


def read_user_dict(path: Path) -> list[tuple[str, int, str]]:
    """Entries of a jieba user dictionary: ``word [freq] [pos]`` per line, ``#`` comments."""
    entries: list[tuple[str, int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else DEFAULT_FREQ
        pos = parts[2] if len(parts) > 2 else DEFAULT_POS
        entries.append((word, freq, pos))
    return entries


def read_word_list(path: Path) -> frozenset[str]:
    """One word per line, ``#`` comments and blank lines ignored."""
    words = (ln.strip() for ln in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


class Segmenter:
    """jieba-compatible segmenter with a domain dictionary and a stopword list."""

    def __init__(
        self,
        user_dict: Iterable[tuple[str, int, str]] = (),
        stopwords: Iterable[str] = (),
    ) -> None:
        self._jieba = rjieba.Jieba()
        for word, freq, pos in user_dict:
            self._jieba.add_word(word, freq, pos)
        self._stopwords = frozenset(stopwords)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        """Words of ``text`` (like ``jieba.lcut``)."""
        return self._jieba.cut(text, hmm)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, pos) pairs like ``jieba.posseg.lcut``."""
        return self._jieba.tag(text, True)

    def is_stopword(self, word: str) -> bool:
        return word in self._stopwords

    def crosses(self, left: str, right: str, window: int = 4) -> bool:
        """True when a dictionary word spans the junction of ``left`` and ``right``.

        Used to tell a line broken inside a word from a real break; HMM is off so that only
        known words (not guessed ones) count as evidence.
        """
        a = left[-window:]
        b = right[:window]
        if not a or not b:
            return False
        pos = 0
        for word in self._jieba.cut(a + b, False):
            end = pos + len(word)
            if pos < len(a) < end:
                return True
            if end >= len(a):
                return False
            pos = end
        return False

    def tokenize(self, sentences: Sequence[Sentence]) -> pl.DataFrame:
        """One row per word of each sentence; punctuation/whitespace dropped.

        ``position`` and ``char_start`` refer to the full segmentation (dropped tokens still
        take a position), so they stay comparable with ``cut``/``tag`` output.
        """
        sent_no: list[int] = []
        position: list[int] = []
        words: list[str] = []
        tags: list[str] = []
        starts: list[int] = []
        stop: list[bool] = []
        stopwords = self._stopwords
        non_word = _NON_WORD.match
        for sent in sentences:
            offset = 0
            for i, (word, pos) in enumerate(self._jieba.tag(sent.text, True)):
                if not non_word(word):
                    sent_no.append(sent.sent_no)
                    position.append(i)
                    words.append(word)
                    tags.append(pos)
                    starts.append(offset)
                    stop.append(word in stopwords)
                offset += len(word)
        return pl.DataFrame(
            {
                "sent_no": sent_no,
                "position": position,
                "word": words,
                "pos": tags,
                "char_start": starts,
                "is_stopword": stop,
            },
            schema=TOKEN_SCHEMA,
        )


@cache
def default_segmenter() -> Segmenter:
    """The shared segmenter: jieba's default dictionary + our dict.txt + stopwords.txt."""
    return Segmenter(read_user_dict(DICT_PATH), read_word_list(STOPWORDS_PATH))
