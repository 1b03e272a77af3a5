"""Part-of-speech tags on demand: only the sentences (and clauses) the extractor reads are tagged.

Tagging is the costliest step of metric extraction, yet most sentences hold no number at all and
are read only for their text (periods, years). :class:`LazyTags` tags a sentence the first time
its tags are asked for. Inferring the document's own place reads only the words that can name a
place; :meth:`LazyTags.place_tags` tags just the clauses that hold such a word.

Why tagging a clause alone gives the same words as tagging its sentence: jieba cuts a text into
blocks at every character outside its word alphabet (CJK ideographs, Latin letters, digits and a
few symbols) and segments each block on its own. The clause cuts here are made only at characters
no jieba word alphabet contains (whitespace, CJK and full-width punctuation, quotes), so every
block lies inside one clause and is cut the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.records import Sentence

Tags = list[tuple[str, str]]
Columns = tuple[list[str], list[str]]  # a text's words and their tags


def split_pairs(tags: Sequence[tuple[str, str]]) -> Columns:
    """(word, pos) pairs as a word list and a tag list."""
    return [w for w, _ in tags], [p for _, p in tags]

# Never part of a jieba word: whitespace (spelt out: Python's and Rust's \s differ), CJK symbols
# and punctuation (U+3000-U+303F), general punctuation (U+2000-U+206F: quotes, dashes, ellipsis)
# and full-width punctuation. Written for both Python's re and polars' (Rust) regex.
_CUT_CHARS = (r"\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u206f\u3000-\u303f"
              r"\uff01-\uff0f\uff1a-\uff20")
_JOIN = "\n"  # whitespace: a block boundary for jieba, never inside a word


@cache
def _hint_parts() -> tuple[str, list[str]]:
    """A word that can name a place ends with a place suffix's last character (德阳市, 阿坝州)
    or is a bare name of ``places.txt`` (四川): a clause without either holds no place."""
    lex = metric_lexicon()
    last_chars = "".join(sorted({s[-1] for s in lex.place_suffixes if s}))
    # (全国 / 我国: how a national text names its own place, counted for the home)
    # (本港, 访港: words naming a place as the text's own, counted for the home too)
    # (公司, 本公司: a company's text speaking of itself, which weighs against 全国 as its home)
    # (中国人民银行, 国务院国资委: a body named after the country, whose release speaks for it)
    names = sorted(lex.place_names | set(lex.level_aliases.get("国", ())) | set(lex.place_words)
                   | lex.company_self | set(lex.country_body_openings), key=lambda w: (-len(w), w))
    alternatives = [f"[{re.escape(last_chars)}]"] if last_chars else []
    return last_chars, alternatives + [re.escape(n) for n in names]


@cache
def _place_hint() -> re.Pattern[str]:
    last_chars, alternatives = _hint_parts()
    if not alternatives:
        return re.compile(r"(?!)")
    firsts = "".join(sorted(set(last_chars) | {a[0] for a in alternatives[1:]}))
    # the lookahead lets the engine skip positions that cannot start a hint
    return re.compile(f"(?=[{re.escape(firsts)}])(?:{'|'.join(alternatives)})")


@cache
def place_clause_pattern() -> str:
    """A regex (for polars: no lookaround) matching each whole clause that holds a place hint.

    The leftmost match can start at its clause's first character, so a match is always the
    whole clause; polars runs it over a batch's sentences at once (:func:`place_clauses` is
    the same in Python, one text at a time)."""
    _, alternatives = _hint_parts()
    hint = "|".join(alternatives) or "[^\\s\\S]"
    return f"[^{_CUT_CHARS}]*(?:{hint})[^{_CUT_CHARS}]*"


_CUT = re.compile(f"[{_CUT_CHARS}]")


def place_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that may hold a place name, in order.

    From each hint to the cuts on either side; the cut before it is found by searching the
    reversed text, so only the (few) hints are visited, not every clause.
    """
    out: list[str] = []
    end = -1
    n = len(text)
    rev = ""
    for hit in _place_hint().finditer(text):
        at = hit.start()
        if at < end:
            continue  # in the clause just taken
        if not rev:
            rev = text[::-1]
        cut = _CUT.search(rev, n - at)
        start = n - cut.start() if cut else 0
        cut = _CUT.search(text, at)
        end = cut.start() if cut else n
        out.append(text[start:end])
    return out


MAX_KNOWN_WORDS = 200_000  # a corpus vocabulary is far smaller


class WordTags:
    """``tag(text)`` as the segmenter's cut plus a word -> part-of-speech table.

    The tagger gives a word its dictionary tag, or else one by its characters (x / m / eng),
    never one by context; so a word's tag is learnt once, from the word tagged alone, and a text
    is cut (three times faster than tagging it: no pair per word) and looked up. A word that
    is cut differently when alone is learnt from tagging the whole text.
    """

    def __init__(self, cut: Callable[[str], list[str]], tag: Callable[[str], Tags]) -> None:
        self._cut = cut
        self._tag = tag
        self._pos: dict[str, str] = {}

    def __call__(self, text: str) -> Tags:
        words = self._cut(text)
        tags = self.tags_of(words)
        return self._tag(text) if tags is None else list(zip(words, tags, strict=True))

    def columns(self, text: str) -> Columns:
        """:meth:`__call__` as two lists, words and tags (no pair made per word)."""
        words = self._cut(text)
        tags = self.tags_of(words)
        return split_pairs(self._tag(text)) if tags is None else (words, tags)

    def picked(self, text: str, pick: Callable[[list[str]], list[str]]) -> Tags:
        """Tags of the words ``pick`` keeps of the text's words (in order): the others are
        never looked up."""
        words = pick(self._cut(text))
        tags = self.tags_of(words)
        if tags is None:
            table = dict(self._tag(text))
            return [(w, table[w]) for w in words]
        return list(zip(words, tags, strict=True))

    def tags_of(self, words: list[str]) -> list[str] | None:
        """The tag of each word as :meth:`__call__` gives it; None when a word is cut
        differently when alone (its tag is then read from tagging its text)."""
        tags = list(map(self._pos.get, words))
        if None in tags:
            learned = self._learn({w for w, t in zip(words, tags, strict=True) if t is None})
            if learned is None:
                return None
            tags = list(map(learned.get, words, tags))  # learned now, else known before
        return tags

    def _learn(self, words: set[str]) -> dict[str, str] | None:
        """Tags of words, each tagged alone; None when one does not come back whole."""
        learned = {}
        for word in words:
            alone = self._tag(word)
            if len(alone) != 1 or alone[0][0] != word:
                return None
            learned[word] = alone[0][1]
        if len(self._pos) + len(learned) > MAX_KNOWN_WORDS:
            self._pos.clear()
        self._pos.update(learned)
        return learned


@cache
def word_tags() -> WordTags:
    """The default segmenter's tagging through a word table (one per process)."""
    from pipelines.domain.segmentation import default_segmenter

    seg = default_segmenter()
    return WordTags(seg.cut, seg.tag)


class LazyTags(Mapping[int, Tags]):
    """sent_no -> (word, pos) list of the given sentences, tagged when first asked for.

    Sentences read word by word are kept as :meth:`columns` (a word list and a tag list, what
    token offsets are computed from): no (word, pos) pair is made for them unless asked for.
    """

    def __init__(
        self,
        sentences: Sequence[Sentence],
        tag: Callable[[str], Tags],
        clauses: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """``clauses`` maps sentence texts to their :func:`place_clauses`, when found already
        (for a whole batch at once); other texts are searched here."""
        self._text = {s.sent_no: s.text for s in sentences}
        self._tag = tag
        self._clauses = clauses or {}
        self._done: dict[int, Tags] = {}
        self._cols: dict[int, Columns] = {}

    def __getitem__(self, sent_no: int) -> Tags:
        found = self._done.get(sent_no)
        if found is None:
            cols = self._cols.get(sent_no)
            found = self._done[sent_no] = (
                self._tag(self._text[sent_no]) if cols is None else list(zip(*cols, strict=True)))
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._text)

    def __len__(self) -> int:
        return len(self._text)

    def __contains__(self, sent_no: object) -> bool:
        return sent_no in self._text

    def with_texts(self, texts: Mapping[int, str]) -> LazyTags:
        """A copy that reads ``texts`` for those sentences (tagged anew when asked for), the
        others as this one has them (a phone article's mended lines, :mod:`.short_lines`)."""
        copy = LazyTags.__new__(LazyTags)
        copy._text = {**self._text, **texts}
        copy._tag, copy._clauses = self._tag, self._clauses
        copy._done = {k: v for k, v in self._done.items() if k not in texts}
        copy._cols = {k: v for k, v in self._cols.items() if k not in texts}
        return copy

    def columns(self, sent_no: int) -> Columns:
        """The sentence's words and their tags, as two lists (tagged now if not yet)."""
        found = self._cols.get(sent_no)
        if found is None:
            done = self._done.get(sent_no)
            found = self._cols[sent_no] = (
                split_pairs(done) if done is not None else self._tag_columns(
                    self._text[sent_no]))
        return found

    def _tag_columns(self, text: str) -> Columns:
        tag = self._tag
        return tag.columns(text) if isinstance(tag, WordTags) else split_pairs(tag(text))

    def prefetch(self, sent_nos: Iterable[int]) -> None:
        """Tag these sentences now, all in one tagger call (one call per sentence costs twice
        as much): their texts joined by line breaks, the tags split back at them.

        jieba never joins words across a line break and emits each whitespace character as a
        token of its own, so each text is tagged as it would be alone; texts holding a line
        break or a carriage return (which jieba pairs with a following line break) are tagged
        one by one instead.
        """
        done, cols = self._done, self._cols
        nos = [n for n in dict.fromkeys(sent_nos) if n not in done and n not in cols]
        texts = [self._text[n] for n in nos]
        joined = _JOIN.join(texts)
        if len(texts) < 2 or "\r" in joined or joined.count(_JOIN) != len(texts) - 1:
            for n in nos:
                self.columns(n)
            return
        words, tags = self._tag_columns(joined)
        a = 0
        last = nos[-1]
        index = words.index
        for n in nos:
            b = index(_JOIN, a) if n != last else len(words)
            cols[n] = (words[a:b], tags[a:b])
            a = b + 1

    def _tagged(self, sent_no: int) -> Tags | None:
        """The sentence's tags if it is tagged already, else None."""
        found = self._done.get(sent_no)
        if found is None:
            cols = self._cols.get(sent_no)
            if cols is not None:
                found = list(zip(*cols, strict=True))
        return found

    def place_tags(self, sentences: Sequence[Sentence]) -> Tags:
        """Tags of the words of ``sentences`` that may name a place, in text order (other words
        left out); sentences already tagged in full are read, the rest tagged clause-wise in one
        call."""
        out: Tags = []
        pending: list[str] = []
        for s in sentences:
            done = self._tagged(s.sent_no)
            if done is None:
                pending.append(s.text)
                continue
            out += self._place_tags(pending)
            pending = []
            out += done
        return out + self._place_tags(pending)

    def _place_tags(self, texts: list[str]) -> Tags:
        known = self._clauses
        clauses = [c for t in texts
                   for c in (known[t] if t in known else place_clauses(t))]
        return self._tag(_JOIN.join(clauses)) if clauses else []


@cache
def _fallback_tagger():  # type: ignore[no-untyped-def]
    import rjieba

    return rjieba.Jieba()


def tags_for(sent: Sentence, tags: Mapping[int, Sequence[tuple[str, str]]]):  # type: ignore[no-untyped-def]
    found = tags.get(sent.sent_no)
    if found is not None:
        return found
    return _fallback_tagger().tag(sent.text)


def columns_for(sent: Sentence, tags: Mapping[int, Sequence[tuple[str, str]]]) -> Columns:
    if isinstance(tags, LazyTags) and sent.sent_no in tags:
        return tags.columns(sent.sent_no)
    return split_pairs(tags_for(sent, tags))
