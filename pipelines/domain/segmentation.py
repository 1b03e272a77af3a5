"""Word segmentation: rjieba (a fast jieba port) plus the project's domain dictionary and stopwords.

The domain dictionary (``pipelines/data/segmentation/dict.txt``, jieba user-dict format) keeps
policy terms, institutions and place names whole; the stopword list marks function words so
downstream keyword/theme stages can skip them without dropping tokens from the table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, pairwise
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import rjieba

from pipelines.domain.records import Sentence
from pipelines.domain.wordlists import read_word_list
from pipelines.domain.yamlfiles import load_yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "segmentation"
DICT_PATH = DATA_DIR / "dict.txt"
STOPWORDS_PATH = DATA_DIR / "stopwords.txt"
PLACE_NAMES_PATH = DATA_DIR / "place_names.yaml"
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
        anchors = _place_anchors(codes, vocab, rules, self._known_place)
        shown = set(np.searchsorted(ends, anchors).tolist())
        titles = _title_indices(documents)
        shown.update(i for i in titles if places.opens_with_name(texts[i]))
        if not shown:
            return {}, {}
        cuts: dict[int, _Cut] = {}

        def cut_of(i: int) -> _Cut:
            if i not in cuts:
                cuts[i] = _Cut(texts[i], words[ends[i - 1] + 1 if i else 0:ends[i]])
            return cuts[i]

        names: dict[Hashable, set[str]] = {}
        for i in sorted(shown):
            key = i if documents is None else documents[i]
            names.setdefault(key, set()).update(places.names(cut_of(i), i in titles))
        recut: dict[int, list[str]] = {}
        tags: dict[str, str] = {}
        for key, indices in _document_texts(documents, [k for k, v in names.items() if v]):
            pattern = re.compile(_alternation(names[key]))
            for i in indices:
                if pattern.search(texts[i]):
                    found = places.occurrences(cut_of(i), pattern)
                    if found:
                        recut[i] = self._spliced(cut_of(i), found, tags)
        return recut, tags

    def _known_place(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` (ending in a level) as a place: two characters
        or more before its level (安徽省), or tagged as one (广州; not 集镇)."""
        return self.has_word(word) and (len(word) > 2 or self._tag_of(word) == _KNOWN_PLACE_TAG)

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

    def _spliced(self, cut: _Cut, names: list[tuple[int, int]], tags: dict[str, str]
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
        return self._tag_of(name) or _KNOWN_PLACE_TAG


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

def _title_indices(documents: Sequence[Hashable] | None) -> set[int]:
    """The index of each document's first text (its title; none without documents)."""
    if documents is None:
        return set()
    n = len(documents)
    return set(dict(zip(reversed(documents), range(n - 1, -1, -1), strict=True)).values())


def _document_texts(documents: Sequence[Hashable] | None, keys: list[Hashable]
                    ) -> list[tuple[Hashable, list[int]]]:
    """The indices of the texts of each of the documents ``keys``."""
    if documents is None:  # each text a document, keyed by its index
        return [(key, [key]) for key in keys]  # type: ignore[list-item]
    wanted: dict[Hashable, list[int]] = {key: [] for key in keys}
    for i in [i for i, key in enumerate(documents) if key in wanted]:
        wanted[documents[i]].append(i)
    return list(wanted.items())

def _place_anchors(codes: np.ndarray, vocab: _Vocabulary, rules: PlaceNameRules,
                   known: Callable[[str], bool]) -> np.ndarray:
    """The indices of the words (numbered in ``codes``) that may end a name shown as one: a
    word ending in a level (阳县, 集镇, or a level alone after an ideograph: 枫坳|镇; not 城市 of
    not_names) before a list mark (、) not between two known places (合肥市、芜湖市), or before
    a word opening an organ's name (人民政府, 第十七届, 中心 of 中心卫生院) unless the dictionary
    knows it as a place (安徽省, 广州: no name of the cut ends there; 集镇 may: 白|集镇中心卫生院),
    or a word holding a level before a list mark (村至岭). Per word number, kept in the
    vocabulary's memo and extended with it."""
    done = vocab.memo.get("place_flags")
    if done is None or len(done[0]) != len(vocab.tag_list):
        new = vocab.words.slice(0 if done is None else len(done[0]))
        level_end = (new.str.contains(rules.level_end.pattern) & ~new.is_in(
            sorted(rules.not_names))).to_numpy()  # 城市, 地区: no name ends with them
        known_place = np.zeros(len(new), dtype=bool)
        at = np.flatnonzero(level_end)  # the words ending in a level: a few
        known_place[at] = [known(w) for w in new.gather(at).to_list()]
        flags = (level_end, known_place,
                 new.str.contains(f"^[{_HAN}]+$").to_numpy(),
                 new.str.contains(rules.level_word.pattern).to_numpy(),
                 new.str.contains(rules.inner_anchor.pattern).to_numpy(),
                 new.str.contains(rules.list_mark.pattern).to_numpy(),
                 (new.str.contains(rules.organ_start.pattern)
                  | new.is_in(sorted(rules.organ_prefixes))).to_numpy())
        done = vocab.memo["place_flags"] = flags if done is None else tuple(
            np.concatenate(pair) for pair in zip(done, flags, strict=True))
    level_end, known_place, han, level_only, inner, mark, organ = done
    ends_level = np.flatnonzero(level_end[codes[:-1]])  # a few: the rest read there only
    k = ends_level[(ends_level > 0) | ~level_only[codes[0]]]
    word, after = codes[k], codes[k + 1]
    named = ~level_only[word] | han[codes[k - 1]]  # (k - 1 is never -1 for a level alone)
    then = codes[np.minimum(k + 2, len(codes) - 1)]
    listed = mark[after] & ~(known_place[word] & known_place[then])  # 合肥市、芜湖市: no name
    found = k[named & (listed | (organ[after] & ~known_place[word]))]
    return np.union1d(found, np.flatnonzero(inner[codes[:-1]]))


# -- place names the dictionary does not know ------------------------------------------------------
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN_ONLY = re.compile(f"[{_HAN}]+")
_DATE_END = re.compile(r"[0-9０-９〇零一二三四五六七八九十][年月日号]$")
# tags (prefixes) of the words a name may be made of: nouns and names (n, nr, ns, nz), morphemes
# (g), unknown (x), abbreviations (j); of its single characters, any but a function word's
_NAME_TAGS = ("n", "g", "x", "j")
_FUNCTION_TAGS = ("p", "c", "u", "r", "d", "f")
_KNOWN_PLACE_TAG = "ns"  # a word the dictionary knows as a place (襄阳): its cut 襄阳|市 stays
_NAME_CHARS = (2, 4)  # characters of a name before its level
_LEFT_CHARS = 8  # characters read before a name for a word or a date it follows


@dataclass(frozen=True)
class PlaceNameRules:
    """When a document shows a run of characters before an administrative level as a place's
    name (PLACE_NAMES_PATH): the lists of that file and the patterns made from them."""

    rank: dict[str, int]  # level -> its rank (levels of one rank may be listed together)
    left_words: tuple[str, ...]
    not_names: frozenset[str]
    anchored: re.Pattern[str]  # a level, then an organ's name or a list mark
    name: re.Pattern[str]  # a name and its level (after a list mark, opening a title)
    level_end: re.Pattern[str]  # the level a name ends with
    level_word: re.Pattern[str]  # a word that is a level alone
    inner_anchor: re.Pattern[str]  # a level, then a list mark (in a guessed word: 村至岭)
    organ_start: re.Pattern[str]  # a word opening with an organ's name
    list_mark: re.Pattern[str]  # a word that is a list mark
    organ_prefixes: frozenset[str]  # the starts (2 characters or more) of organs' names

    @classmethod
    def load(cls, path: Path) -> PlaceNameRules:
        data = load_yaml(path.read_text(encoding="utf-8"))
        rank = {level: n for n, levels in enumerate(data["levels"]) for level in levels}
        level = _alternation(rank)
        organs, marks = _alternation(data["institutions"]), _alternation(data["list_marks"])
        name = f"[{_HAN}]{{{_NAME_CHARS[0]},{_NAME_CHARS[1]}}}?(?:{level})"
        return cls(
            rank=rank,
            left_words=_longest_first(data["left_words"]),
            not_names=frozenset(data["not_names"]),
            anchored=re.compile(f"(?:{level})(?=({organs})|({marks}))"),
            name=re.compile(name),
            level_end=re.compile(f"(?:{level})$"),
            level_word=re.compile(f"^(?:{level})$"),
            inner_anchor=re.compile(f"(?:{level})(?:{marks})"),
            organ_start=re.compile(f"^(?:{organs})"),
            list_mark=re.compile(f"^(?:{marks})$"),
            organ_prefixes=frozenset(w[:n] for w in data["institutions"]
                                     for n in range(2, len(w))),
        )

    def level_of(self, name: str) -> str:
        """The level ``name`` ends with (the longest)."""
        return self.level_end.search(name).group()  # type: ignore[union-attr]


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=lambda w: (-len(w), w)))


def _alternation(words: Iterable[str]) -> str:
    """A regex alternative of ``words``, longest first (a level ending another: 自治区, 区)."""
    return "|".join(map(re.escape, _longest_first(words)))


@cache
def place_name_rules() -> PlaceNameRules:
    return PlaceNameRules.load(PLACE_NAMES_PATH)


class _Cut:
    """A text and the segmenter's words of it, with each word's start offset, for the checks
    of a place name against the cut."""

    def __init__(self, text: str, words: list[str]) -> None:
        self.text = text
        self.words = words
        self.starts = list(accumulate(map(len, words), initial=0))

    def index(self, pos: int) -> int:
        """The index of the word holding character ``pos``."""
        return bisect_right(self.starts, pos) - 1

    def inside(self, pos: int) -> int | None:
        """The index of the word ``pos`` falls strictly inside (not at its start), if any."""
        i = self.index(pos)
        return None if self.starts[i] == pos else i

    def words_within(self, start: int, end: int) -> list[int]:
        """The indices of the words wholly inside ``start``..``end``."""
        return [i for i in range(self.index(start), self.index(end - 1) + 1)
                if start <= self.starts[i] and self.starts[i + 1] <= end]


class DocumentPlaces:
    """The place names a document shows as names, and where its texts write them cut.

    A name (2-4 characters before a level of PlaceNameRules) counts when the document writes it
    before an organ's name (枫坳镇人民政府, 泓阳县县长, 在泓阳县第十七届人民代表大会), in a list
    with another name of its rank (柳林镇、白集镇; 洋坑村至岭脚村), or opens its title, and the
    segmenter does not know it: the dictionary has no such word, and the cut crosses the name
    (泓|阳县, 白|集镇, 禾|坪|村, 枫坳|镇 with 枫坳 a guess) or, in a list, gives its part before the
    level as one common word (双庙|乡). Never a name: what has a word of its own the cut keeps
    (a verb, a pronoun, a kind of place: 我代表|县, 记者从|市, 示范|村, 节点|城市, 是|鹿城区), a
    place the dictionary knows before its level (襄阳|市), or what a dictionary word runs across
    the ends of (县城, 乡村). Only the document's own texts are read: a document always gives
    the same tokens, whatever is cut with it.
    """

    def __init__(self, segmenter: Segmenter, rules: PlaceNameRules) -> None:
        self._seg, self._rules = segmenter, rules

    def plausible(self, text: str, anchor: re.Match[str]) -> bool:
        """Whether an anchor (a level, then an organ's name or a list mark) may show a name,
        as far as the text alone tells: two ideographs before the level and, before an organ,
        no dictionary word made of them and the level (温州市人民政府; in a list a known place
        may vouch for its neighbour: 柳林镇、白集镇)."""
        level, end = anchor.span()
        return (level >= 2 and _HAN_ONLY.fullmatch(text, level - 2, level) is not None
                and not (anchor.group(1) and self._seg.has_word(text[level - 2:end])))

    def opens_with_name(self, text: str) -> bool:
        """Whether a text may open with a name and its level (a title: 泓阳县上半年…)."""
        m = self._rules.name.match(text)
        return m is not None and not self._seg.has_word(m.group())

    def names(self, cut: _Cut, title: bool) -> set[str]:
        """The names a text shows (``title``: it is its document's title)."""
        text, rules = cut.text, self._rules
        found: set[str] = set()
        for m in rules.anchored.finditer(text):
            if not self.plausible(text, m):
                continue
            if m.group(1):  # before an organ's name
                found.add(self._name_before(cut, m.start(), m.end()))
                continue
            after = rules.name.match(text, m.end() + len(m.group(2)))
            if not after or not self._same_rank(m.group(), after.group()):
                continue
            names = (self._name_before(cut, m.start(), m.end(), listed=True),
                     self._name_at(cut, after.start(), after.end(), listed=True))
            if ((names[0] or self._known_place(cut, m.end(), before=True))
                    and (names[1] or self._known_place(cut, after.start(), before=False))):
                found.update(names)  # a known place beside a name vouches for it
        opening = rules.name.match(text) if title else None
        if opening:  # 泓阳县上半年经济运行稳中向好
            found.add(self._name_at(cut, 0, opening.end()))
        found.discard("")
        return found

    def occurrences(self, cut: _Cut, names: re.Pattern[str]) -> list[tuple[int, int]]:
        """Where a text writes one of ``names`` and the cut does not give it as one word, no
        dictionary word running across its ends."""
        found = []
        for m in names.finditer(cut.text):
            a, b = m.span()
            i = cut.index(a)
            if (cut.starts[i] != a or cut.starts[i + 1] != b) and self._crossable(cut, a, b):
                found.append((a, b))
        return found

    def _known_place(self, cut: _Cut, pos: int, before: bool) -> str:
        """The place the dictionary knows that ends (``before``) or starts at ``pos``, if the
        cut gives it as a word with its level (柳林镇 beside 白集镇) or as a known place and its
        level (柳湾|村 beside 双河村), else ''."""
        i = cut.index(pos - 1) if before else cut.index(pos)
        if cut.starts[i + 1 if before else i] != pos:
            return ""
        word = cut.words[i]
        if (len(word) > 2 and self._seg.has_word(word)
                and any(word.endswith(level) for level in self._rules.rank)):
            return word
        j = i - 1 if before else i + 1  # a known place, then its level
        if not 0 <= j < len(cut.words):
            return ""
        place, level = (cut.words[j], word) if before else (word, cut.words[j])
        if (level in self._rules.rank and len(place) > 1
                and self._tag_of(place) == _KNOWN_PLACE_TAG):
            return place + level
        return ""

    def _same_rank(self, level: str, name: str) -> bool:
        rank = self._rules.rank
        return rank[level] == rank[self._rules.level_of(name)]

    def _name_before(self, cut: _Cut, level: int, end: int, listed: bool = False) -> str:
        """The shortest name ending with the level at ``level``..``end`` (a longer one only
        where the shorter one's start is no word's start: 三道|沟村), or ''."""
        for chars in range(_NAME_CHARS[0], min(_NAME_CHARS[1], level) + 1):
            start = level - chars
            if self._clear_left(cut, start):
                name = self._name_at(cut, start, end, listed)
                if name:
                    return name
        return ""

    def _clear_left(self, cut: _Cut, start: int) -> bool:
        """Whether a name may start at ``start``: the text's start, after a character that is
        no ideograph, a word names follow (关于, 在, 、), a date, or a dictionary word."""
        if start == 0 or not _HAN_ONLY.match(cut.text[start - 1]):
            return True
        before = cut.text[max(0, start - _LEFT_CHARS):start]
        if before.endswith(self._rules.left_words) or _DATE_END.search(before):
            return True
        i = cut.index(start - 1)
        word = cut.words[i]
        return cut.starts[i + 1] == start and len(word) > 1 and self._seg.has_word(word)

    def _name_at(self, cut: _Cut, start: int, end: int, listed: bool = False) -> str:
        """``text[start:end]`` if it may be a name with its level, else ''."""
        name = cut.text[start:end]
        if not _HAN_ONLY.fullmatch(name) or self._seg.has_word(name):
            return ""
        level = end - len(self._rules.level_of(name))
        inner = cut.words_within(start, level)
        head = cut.text[start:min(cut.starts[cut.index(start) + 1], level)]
        if ({name[:level - start], head} & self._rules.not_names
                or not self._crossable(cut, start, end)
                or not all(self._may_be_in_name(cut.words[i]) for i in inner)
                or not self._level_word_allowed(cut, level)):
            return ""
        if cut.inside(start) is None and cut.inside(level) is None and len(inner) == 1:
            # the part before the level one word of the cut: a guess is a name, a known place
            # keeps its cut (襄阳|市), a common word (双庙|乡) is a name only in a list
            word = cut.words[inner[0]]
            if self._seg.has_word(word) and (not listed
                                             or self._tag_of(word) == _KNOWN_PLACE_TAG):
                return ""
        return name

    def _may_be_in_name(self, word: str) -> bool:
        """Whether a word of the cut may be part of a name: a guess, a noun, a character that
        is no function word, never a word of not_names."""
        if word in self._rules.not_names:
            return False
        if len(word) == 1:
            return not self._tag_of(word).startswith(_FUNCTION_TAGS)
        return not self._seg.has_word(word) or self._tag_of(word).startswith(_NAME_TAGS)

    def _level_word_allowed(self, cut: _Cut, level: int) -> bool:
        """Whether the word of the cut the level begins inside (阳县, 集镇, 从市) may be cut: its
        characters before the level may be part of a name, and it is a guess or a dictionary
        word of one character before the level that is no kind of place (集镇, not 山区 or 城市,
        never a known place such as 鹿城区)."""
        i = cut.inside(level)
        if i is None:
            return True
        word = cut.words[i]
        if not self._may_be_in_name(word[:level - cut.starts[i]]):
            return False
        if not self._seg.has_word(word):
            return True
        return level - cut.starts[i] == 1 and word not in self._rules.not_names

    def _tag_of(self, word: str) -> str:
        return self._seg._tag_of(word)

    def _crossable(self, cut: _Cut, start: int, end: int) -> bool:
        """Whether no dictionary word of the cut runs across ``start`` or ``end`` (a guessed
        word may: 洋坑|村至岭|脚村)."""
        for pos in (start, end):
            i = cut.inside(pos)
            if i is not None and self._seg.has_word(cut.words[i]):
                return False
        return True

@cache
def default_segmenter() -> Segmenter:
    """The shared segmenter: jieba's default dictionary + our dict.txt + stopwords.txt."""
    return Segmenter(read_user_dict(DICT_PATH), read_word_list(STOPWORDS_PATH))
