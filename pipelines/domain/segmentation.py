"""Word segmentation: rjieba (a fast jieba port) plus the project's domain dictionary and stopwords.

The domain dictionary (``pipelines/data/segmentation/dict.txt``, jieba user-dict format) keeps
policy terms, institutions and place names whole; the stopword list marks function words so
downstream keyword/theme stages can skip them without dropping tokens from the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import accumulate, compress, repeat
from operator import is_
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
_SEP = "\n"  # joins sentences for one jieba call; always a token of its own
_NEVER_A_TOKEN = "\n\n"  # jieba emits whitespace one character at a time
MAX_CACHED_TAGS = 200_000  # words; a corpus vocabulary is far smaller

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
        self._tag_cache: dict[str, str] = {}  # word -> its tag, '' for punctuation/whitespace

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

        All sentences are cut in one call, joined by line breaks (jieba never joins words across
        a line break, so each sentence is cut as it would be alone), and every per-token column
        is built by C-level passes (``map``, ``compress``, ``accumulate``) rather than a Python
        loop over tokens; parts of speech come from :meth:`_tags`.
        """
        return self.tokenize_texts([s.text for s in sentences], [s.sent_no for s in sentences])

    def tokenize_texts(self, texts: Sequence[str], sent_nos: Sequence[int]) -> pl.DataFrame:
        """:meth:`tokenize` for plain texts, ``sent_no`` taken from ``sent_nos`` (any distinct
        integers: a batch of many documents can number its sentences by row)."""
        if not texts:
            return pl.DataFrame(schema=TOKEN_SCHEMA)
        joined = _SEP.join(texts)
        sep = _SEP
        if "\r" in joined or joined.count(_SEP) != len(texts) - 1:
            sep = _NEVER_A_TOKEN  # line breaks inside sentences: cut them one by one
            words: list[str] = []
            for t in texts:
                words += self._jieba.cut(t, True)
                words.append(sep)
        else:
            words = self._jieba.cut(joined, True)
            words.append(sep)
        # Per token: sentence, position in it, char offset in it. The separator token closing
        # each sentence has an entry too (it is dropped below with the punctuation).
        sent_no: list[int] = []
        position: list[int] = []
        starts: list[int] = []
        a = 0
        index = words.index
        for no in sent_nos:
            b = index(sep, a) + 1
            sent_no += repeat(no, b - a)
            position += range(b - a)
            starts += accumulate(map(len, words[a : b - 1]), initial=0)
            a = b
        tags = self._tags(words, texts)  # '' (false) for the tokens to drop
        kept = list(compress(words, tags))
        return pl.DataFrame(
            {
                "sent_no": list(compress(sent_no, tags)),
                "position": list(compress(position, tags)),
                "word": kept,
                "pos": list(compress(tags, tags)),
                "char_start": list(compress(starts, tags)),
                "is_stopword": list(map(self._stopwords.__contains__, kept)),
            },
            schema=TOKEN_SCHEMA,
        )

    def _tags(self, words: list[str], texts: list[str]) -> list[str]:
        """Part of speech of each token as ``tag`` gives it, '' for punctuation/whitespace.

        rjieba (jieba-rs) tags a word by looking it up in its dictionary, or else by its
        characters (x / m / eng), never by context: so a word's tag is learnt once and cached.
        """
        cache = self._tag_cache
        tags = list(map(cache.get, words))
        if None in tags:
            missing = set(compress(words, map(is_, tags, repeat(None))))
            learned = self._learn_tags(missing, texts)
            if len(cache) > MAX_CACHED_TAGS:
                cache.clear()
            cache.update(learned)
            tags = list(map(learned.get, words, tags))  # learned tag, else the cached one
        return tags

    def _learn_tags(self, missing: set[str], texts: list[str]) -> dict[str, str]:
        """Tags of the ``missing`` words: each tagged alone, or else in a sentence holding it."""
        learned: dict[str, str] = {}
        unresolved = []
        for word in missing:
            if _NON_WORD.match(word):
                learned[word] = ""
                continue
            alone = self._jieba.tag(word, True)
            if len(alone) == 1 and alone[0][0] == word:
                learned[word] = alone[0][1]
            else:  # cut differently when alone ("分好"): tag a sentence that contains it
                unresolved.append(word)
        for text in texts:
            if not unresolved:
                break
            if any(w in text for w in unresolved):
                for word, pos in self._jieba.tag(text, True):
                    learned[word] = "" if _NON_WORD.match(word) else pos
                unresolved = [w for w in unresolved if w not in learned]
        if unresolved:  # cut() and tag() disagree: this rjieba segments differently
            raise RuntimeError(f"no tag found for tokens {unresolved[:5]}")
        return learned


@cache
def default_segmenter() -> Segmenter:
    """The shared segmenter: jieba's default dictionary + our dict.txt + stopwords.txt."""
    return Segmenter(read_user_dict(DICT_PATH), read_word_list(STOPWORDS_PATH))
