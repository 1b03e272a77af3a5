"""Word segmentation: rjieba (a fast jieba port) plus the project's domain dictionary and stopwords.

The domain dictionary (``pipelines/data/segmentation/dict.txt``, jieba user-dict format) keeps
policy terms, institutions and place names whole; the stopword list marks function words so
downstream keyword/theme stages can skip them without dropping tokens from the table.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import rjieba

from pipelines.domain.place_names import (
    KNOWN_PLACE_TAG,
    Cut,
    DocumentPlaces,
    alternation,
    document_texts,
    place_anchors,
    place_name_rules,
    title_indices,
)
from pipelines.domain.records import Sentence
from pipelines.domain.wordlists import read_word_list

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
MAX_CACHED_TAGS = 200_000  # words kept in the vocabulary; a corpus's is far smaller

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


class Segmenter:
    """jieba-compatible segmenter with a domain dictionary and a stopword list."""

    def __init__(
        self,
        user_dict: Iterable[tuple[str, int, str]] = (),
        stopwords: Iterable[str] = (),
    ) -> None:
        self._jieba = rjieba.Jieba()
        entries = list(user_dict)
        for word, freq, pos in entries:
            self._jieba.add_word(word, freq, pos)
        # rjieba keeps its own tag for a word its dictionary already has (就业 v): the domain
        # dictionary's tag wins (就业 vn: a verbal noun, the subject of 城镇新增就业)
        self._retag = {word: pos for word, _freq, pos in entries
                       if [(word, pos)] != (alone := self._jieba.tag(word, True))
                       and len(alone) == 1 and alone[0][0] == word}
        self._stopwords = frozenset(stopwords)
        self._vocab = _Vocabulary.of({}, self._stopwords)  # words met so far
        self._alone: dict[str, str] = {}  # word -> its tag alone (_tag_of)

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        """Words of ``text`` (like ``jieba.lcut``)."""
        return self._jieba.cut(text, hmm)

    def tag(self, text: str) -> list[tuple[str, str]]:
        """(word, pos) pairs like ``jieba.posseg.lcut``, with the domain dictionary's tags."""
        tags = self._jieba.tag(text, True)
        if self._retag:
            retag = self._retag.get
            return [(word, retag(word, pos)) for word, pos in tags]
        return tags

    def is_stopword(self, word: str) -> bool:
        return word in self._stopwords

    def has_word(self, word: str) -> bool:
        """Whether ``word`` is in the dictionary (jieba's and the domain's), not guessed."""
        return self._jieba.has_word(word)

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
        """One row per word of each sentence of one document (the first its title);
        punctuation/whitespace dropped.

        ``position`` and ``char_start`` refer to the full segmentation (dropped tokens still
        take a position), so they stay comparable with ``cut``/``tag`` output, except where a
        place name the document shows is one word that ``cut`` cuts (:class:`DocumentPlaces`).

        All sentences are cut in one call, joined by line breaks (jieba never joins words across
        a line break, so each sentence is cut as it would be alone), and every per-token column
        is built by C-level passes (``map``, ``compress``, ``accumulate``) rather than a Python
        loop over tokens; parts of speech come from :meth:`_tags`.
        """
        return self.tokenize_texts([s.text for s in sentences], [s.sent_no for s in sentences],
                                   [0] * len(sentences))

    def tokenize_texts(self, texts: Sequence[str], sent_nos: Sequence[int],
                       documents: Sequence[Hashable] | None = None) -> pl.DataFrame:
        """:meth:`tokenize` for plain texts, ``sent_no`` taken from ``sent_nos`` (any distinct
        integers: a batch of many documents can number its sentences by row)."""
        return self.tokenize_coded(texts, sent_nos, documents=documents).frame

    def tokenize_coded(self, texts: Sequence[str], sent_nos: Sequence[int],
                       categorical: bool = False, documents: Sequence[Hashable] | None = None
                       ) -> CodedTokens:
        """:meth:`tokenize_texts`, with each row's word number in the vocabulary and text index
        (so that callers can count words without grouping the string column again).
        ``categorical``: word and pos as Categorical columns (same values), made from the word
        numbers without touching a string; a Parquet writer then writes their dictionary as it
        is instead of hashing every value.

        The only per-token Python work is jieba's cut and one dictionary lookup turning each
        word into its number in the segmenter's vocabulary; every column is then built by numpy
        and polars from those numbers (the vocabulary holds each word's text, tag, length and
        stopword flag).

        ``documents``: per text, the key of its document (texts of one document need not be
        consecutive; None: each text is a document of its own). A place name a document shows
        as a name is one word wherever that document writes it (:class:`DocumentPlaces`).
        """
        if not texts:
            return CodedTokens(pl.DataFrame(schema=TOKEN_SCHEMA), np.zeros(0, dtype=np.int64),
                               np.zeros(0, dtype=np.int64), self._vocab)
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
        vocab, codes = self._encode(words, texts, {})
        # Per token: sentence, position in it, char offset in it. The separator token closing
        # each sentence has an entry too (it is dropped below with the punctuation).
        ends = self._sentence_ends(codes, vocab, sep, len(texts))
        recut, tags = self._place_name_cuts(texts, documents, words, codes, vocab, ends)
        if recut:
            vocab, codes = self._with_cuts(words, codes, ends, texts, recut, tags)
            ends = self._sentence_ends(codes, vocab, sep, len(texts))
        firsts = np.empty(len(ends), dtype=np.int64)
        firsts[0], firsts[1:] = 0, ends[:-1] + 1
        sentence = np.repeat(np.arange(len(ends)), ends - firsts + 1)
        lengths = vocab.lengths[codes]
        offset = np.cumsum(lengths) - lengths  # char offset in the joined texts
        first = firsts[sentence]
        kept = np.flatnonzero(vocab.kept[codes])
        kept_codes = codes[kept]
        kept_sentence = sentence[kept]
        if categorical:  # gathered from the vocabulary's own Categorical columns
            word, pos = vocab.word_categories[kept_codes], vocab.tag_categories[kept_codes]
        else:
            kept_series = pl.Series(kept_codes)
            word, pos = vocab.words.gather(kept_series), vocab.tags.gather(kept_series)
        sent_no = np.fromiter(sent_nos, dtype=np.int64, count=len(texts))
        kept_first = first[kept]
        frame = pl.DataFrame(  # int32 arrays: polars takes them as they are, no checked cast
            [
                pl.Series("sent_no", _int32(sent_no[kept_sentence])),
                pl.Series("position", (kept - kept_first).astype(np.int32)),
                word.alias("word"),
                pos.alias("pos"),
                pl.Series("char_start", (offset[kept] - offset[kept_first]).astype(np.int32)),
                pl.Series("is_stopword", vocab.stopword[kept_codes]),
            ]
        )
        return CodedTokens(frame, kept_codes, kept_sentence, vocab)

    @staticmethod
    def _sentence_ends(codes: np.ndarray, vocab: _Vocabulary, sep: str, n: int) -> np.ndarray:
        """The index of each text's closing separator among ``codes``."""
        ends = np.flatnonzero(codes == vocab.codes[sep])
        if len(ends) != n:  # jieba emitted or swallowed a separator
            raise RuntimeError(f"{len(ends)} sentence ends found for {n} sentences")
        return ends

    def _encode(self, words: list[str], texts: Sequence[str], tags: dict[str, str]
                ) -> tuple[_Vocabulary, np.ndarray]:
        """The vocabulary and each word's number in it, words new to it learnt first.

        rjieba (jieba-rs) tags a word by looking it up in its dictionary, or else by its
        characters (x / m / eng), never by context: so a word's tag is learnt once and kept.

        One C-level pass numbers every word: a word new to the vocabulary is numbered next on
        first sight (``_Numbering``), so the words new to it and their numbers, as the extended
        vocabulary gives them, come out of the same pass (a first batch meets mostly new words:
        a second pass over them cost more than the first). ``tags``: the tags of words made
        apart from the cut of ``texts`` (place names).
        """
        vocab = self._vocab
        numbering = _Numbering(vocab.codes)
        codes = np.fromiter(map(numbering.__getitem__, words), np.int64, len(words))
        if not numbering.new:
            return vocab, codes
        learned = self._learn_tags(set(numbering.new), texts, tags)
        # the new words first, in the order they were numbered (the tags of words met while
        # tagging a sentence after them)
        ordered = {word: learned[word] for word in numbering.new}
        ordered.update(learned)
        base = len(vocab.codes)
        if base + len(learned) <= MAX_CACHED_TAGS:
            vocab = self._vocab = vocab.extended(ordered, self._stopwords)
            if all(vocab.codes[w] == base + k for k, w in enumerate(numbering.new)):
                return vocab, codes
        else:  # too many words met: start again from this call's words
            known = {w: vocab.tag_list[c] for w, c in zip(words, codes.tolist(), strict=True)
                     if c < base}
            vocab = self._vocab = _Vocabulary.of({**known, **learned}, self._stopwords)
        return vocab, np.fromiter(map(vocab.codes.__getitem__, words), np.int64, len(words))

    def _learn_tags(self, missing: set[str], texts: Sequence[str], tags: dict[str, str]
                    ) -> dict[str, str]:
        """Tags of the ``missing`` words: as given in ``tags``, each tagged alone, or else in a
        sentence holding it."""
        learned: dict[str, str] = {}
        unresolved = []
        for word in missing:
            if word in tags:
                learned[word] = tags[word]
            elif _NON_WORD.match(word):
                learned[word] = ""
                continue
            alone = self.tag(word)
            if len(alone) == 1 and alone[0][0] == word:
                learned[word] = alone[0][1]
            else:  # cut differently when alone ("分好"): tag a sentence that contains it
                unresolved.append(word)
        for text in texts:
            if not unresolved:
                break
            if any(w in text for w in unresolved):
                for word, pos in self.tag(text):
                    learned[word] = "" if _NON_WORD.match(word) else pos
                unresolved = [w for w in unresolved if w not in learned]
        if unresolved:  # cut() and tag() disagree: this rjieba segments differently
            raise RuntimeError(f"no tag found for tokens {unresolved[:5]}")
        return learned

    def _place_name_cuts(self, texts: Sequence[str], documents: Sequence[Hashable] | None,
                         words: list[str], codes: np.ndarray, vocab: _Vocabulary,
                         ends: np.ndarray) -> tuple[dict[int, list[str]], dict[str, str]]:
        """Per text (its index) where a place name its document shows as a name is cut, the
        text's words with each such name one word (:class:`DocumentPlaces`); the tags of the
        words made anew. ``words``: the cut of the texts, each text's closed by a separator
        (its index at ``ends``), numbered by ``vocab`` in ``codes``. A document is read alone:
        its texts are those with the same key in ``documents`` (None: each text is one, and
        none a title), the first of them its title.

        The few texts that may show a name, where a word ending in a level is followed by one
        that may open an organ's name or is a list mark, are found from the word numbers in
        one vectorised pass; only those, the titles, and the texts of documents that show a
        name are read word by word.
        """
        rules = place_name_rules()
        places = DocumentPlaces(self, rules)
        anchors = place_anchors(codes, vocab, rules, self._known_place)
        shown = set(np.searchsorted(ends, anchors).tolist())
        titles = title_indices(documents)
        shown.update(i for i in titles if places.opens_with_name(texts[i]))
        if not shown:
            return {}, {}
        cuts: dict[int, Cut] = {}

        def cut_of(i: int) -> Cut:
            if i not in cuts:
                cuts[i] = Cut(texts[i], words[ends[i - 1] + 1 if i else 0:ends[i]])
            return cuts[i]

        names: dict[Hashable, set[str]] = {}
        for i in sorted(shown):
            key = i if documents is None else documents[i]
            names.setdefault(key, set()).update(places.names(cut_of(i), i in titles))
        recut: dict[int, list[str]] = {}
        tags: dict[str, str] = {}
        for key, indices in document_texts(documents, [k for k, v in names.items() if v]):
            pattern = re.compile(alternation(names[key]))
            for i in indices:
                if pattern.search(texts[i]):
                    found = places.occurrences(cut_of(i), pattern)
                    if found:
                        recut[i] = self._spliced(cut_of(i), found, tags)
        return recut, tags

    def _known_place(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` (ending in a level) as a place: two characters
        or more before its level (安徽省), or tagged as one (广州; not 集镇)."""
        return self.has_word(word) and (len(word) > 2 or self._tag_of(word) == KNOWN_PLACE_TAG)

    def _tag_of(self, word: str) -> str:
        """``word``'s tag when the segmenter tags it alone as one word, else '' (kept: a word's
        tag never depends on its context)."""
        tag = self._alone.get(word)
        if tag is None:
            tags = self.tag(word)
            tag = tags[0][1] if len(tags) == 1 else ""
            if len(self._alone) >= MAX_CACHED_TAGS:
                self._alone.clear()
            self._alone[word] = tag
        return tag

    def _spliced(self, cut: Cut, names: list[tuple[int, int]], tags: dict[str, str]
                 ) -> list[str]:
        """The cut's words with each of ``names`` (spans of its text, in order) one word, the
        rest of the words they cut into cut again; the new words' tags put in ``tags``."""
        regions: list[tuple[int, int, list[tuple[int, int]]]] = []
        for a, b in names:  # the words each name overlaps, overlapping runs as one region
            first, last = cut.index(a), cut.index(b - 1)
            if regions and regions[-1][1] >= first:
                regions[-1] = (regions[-1][0], last, [*regions[-1][2], (a, b)])
            else:
                regions.append((first, last, [(a, b)]))
        out: list[str] = []
        done = 0
        for first, last, spans in regions:
            out += cut.words[done:first]
            pos = cut.starts[first]
            for a, b in spans:
                out += self._gap_words(cut.text[pos:a], tags)
                name = cut.text[a:b]
                out.append(name)
                tags[name] = self._name_tag(name)
                pos = b
            out += self._gap_words(cut.text[pos:cut.starts[last + 1]], tags)
            done = last + 1
        return out + cut.words[done:]

    def _with_cuts(self, words: list[str], codes: np.ndarray, ends: np.ndarray,
                   texts: Sequence[str], recut: dict[int, list[str]], tags: dict[str, str]
                   ) -> tuple[_Vocabulary, np.ndarray]:
        """The vocabulary and word numbers with the words of each text of ``recut`` (its index)
        in place of its words among ``words`` (numbered in ``codes``, each text's closing
        separator at ``ends``): only the new words are numbered, unless numbering them starts
        the vocabulary again (MAX_CACHED_TAGS), when all are."""
        known = self._vocab
        order = sorted(recut)
        vocab, new_codes = self._encode([w for i in order for w in recut[i]],
                                        [texts[i] for i in order], tags)
        spans = [(ends[i - 1] + 1 if i else 0, ends[i]) for i in order]
        if vocab.memo is not known.memo:  # started again: the old numbers are void
            pieces = _spliced_runs(words, spans, [recut[i] for i in order])
            return self._encode([w for piece in pieces for w in piece], texts, tags)
        sizes = np.cumsum([0, *(len(recut[i]) for i in order)])
        parts = [new_codes[a:b] for a, b in pairwise(sizes)]
        return vocab, np.concatenate(_spliced_runs(codes, spans, parts))

    def _gap_words(self, text: str, tags: dict[str, str]) -> list[str]:
        """The words of what is left of the words a name cut into, cut alone (tags kept)."""
        if not text:
            return []
        tagged = self.tag(text)
        tags.update((w, "" if _NON_WORD.match(w) else t) for w, t in tagged)
        return [w for w, _ in tagged]

    def _name_tag(self, name: str) -> str:
        """A place name's tag: the dictionary's when it tags the name alone, else ns."""
        return self._tag_of(name) or KNOWN_PLACE_TAG


class _Numbering(dict):
    """Word -> number: the vocabulary's numbers, a word not in it numbered next on first sight
    (``new`` lists those words in that order)."""

    def __init__(self, known: dict[str, int]) -> None:
        super().__init__(known)
        self.new: list[str] = []

    def __missing__(self, word: str) -> int:
        number = self[word] = len(self)
        self.new.append(word)
        return number


def _int32(values: np.ndarray) -> np.ndarray:
    """``values`` as int32, refusing to wrap around (sentence numbers are the caller's)."""
    if len(values) and (values.min() < -(2**31) or values.max() >= 2**31):
        raise OverflowError("sentence number out of the Int32 range")
    return values.astype(np.int32)


@dataclass(frozen=True)
class CodedTokens:
    """Token rows with, per row, its word's number in ``vocabulary`` and its text's index."""

    frame: pl.DataFrame
    codes: np.ndarray
    texts: np.ndarray
    vocabulary: _Vocabulary


@dataclass(frozen=True)
class _Vocabulary:
    """Every word the segmenter has met, numbered, with per number its text, tag ('' for
    punctuation and whitespace, which tokens drop), length and stopword flag.

    Never changed in place: new words give a new vocabulary (the numbers of known words stay),
    so a tokenize call always reads one consistent set of arrays. ``memo`` holds what callers
    derive per word number (e.g. keyword candidates); an extended vocabulary shares it (numbers
    stay), a rebuilt one starts a new one.
    """

    codes: dict[str, int]
    tag_list: tuple[str, ...]
    words: pl.Series
    tags: pl.Series
    lengths: np.ndarray
    kept: np.ndarray
    stopword: np.ndarray
    word_categories: pl.Series  # words and tags as Categorical columns: a token column is
    tag_categories: pl.Series  # gathered from them, no string hashed per slice
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, tags: dict[str, str], stopwords: frozenset[str]) -> _Vocabulary:
        words = pl.Series(list(tags), dtype=pl.String)
        tag_values = pl.Series(list(tags.values()), dtype=pl.String)
        return cls(
            codes={word: n for n, word in enumerate(tags)},
            tag_list=tuple(tags.values()),
            words=words,
            tags=tag_values,
            word_categories=words.cast(pl.Categorical()),
            tag_categories=tag_values.cast(pl.Categorical()),
            lengths=np.fromiter(map(len, tags), np.int64, len(tags)),
            kept=np.array([bool(t) for t in tags.values()], dtype=bool),
            stopword=np.array([w in stopwords for w in tags], dtype=bool),
        )

    def extended(self, learned: dict[str, str], stopwords: frozenset[str]) -> _Vocabulary:
        """This vocabulary with the ``learned`` words added (or their tags replaced)."""
        retagged = {w: t for w, t in learned.items() if w in self.codes
                    and self.tag_list[self.codes[w]] != t}
        if retagged:  # tags are per word, so this never happens with rjieba; rebuild if it does
            known = dict(zip(self.codes, self.tag_list, strict=True))
            return _Vocabulary.of({**known, **learned}, stopwords)
        new = _Vocabulary.of({w: t for w, t in learned.items() if w not in self.codes},
                             stopwords)
        codes = dict(self.codes)
        codes.update((w, n + len(self.codes)) for w, n in new.codes.items())
        return _Vocabulary(
            codes=codes,
            tag_list=self.tag_list + new.tag_list,
            words=self.words.append(new.words).rechunk(),
            tags=self.tags.append(new.tags).rechunk(),
            lengths=np.concatenate([self.lengths, new.lengths]),
            kept=np.concatenate([self.kept, new.kept]),
            stopword=np.concatenate([self.stopword, new.stopword]),
            word_categories=self.word_categories.append(new.word_categories).rechunk(),
            tag_categories=self.tag_categories.append(new.tag_categories).rechunk(),
            memo=self.memo,
        )


def _spliced_runs(items: Sequence[Any], spans: list[tuple[int, int]],
                  parts: list[Sequence[Any]]) -> list[Sequence[Any]]:
    """The pieces of ``items`` (a list or an array) with each of ``spans`` (in order) replaced
    by its part, to be joined by the caller."""
    pieces: list[Sequence[Any]] = []
    done = 0
    for (start, end), part in zip(spans, parts, strict=True):
        pieces += [items[done:start], part]
        done = end
    pieces.append(items[done:])
    return pieces

@cache
def default_segmenter() -> Segmenter:
    """The shared segmenter: jieba's default dictionary + our dict.txt + stopwords.txt."""
    return Segmenter(read_user_dict(DICT_PATH), read_word_list(STOPWORDS_PATH))
