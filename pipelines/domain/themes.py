"""Policy-theme scoring: which themes each sentence and document talks about, with the evidence.

The taxonomy lives in ``pipelines/data/themes.yaml`` (themes, sub-themes, weighted evidence
terms). Matching works on tokens, not substrings: a term counts when one token or a run of
consecutive tokens in a sentence spells it exactly, so ``创新`` inside the token ``科技创新`` never
counts, and ``低空经济`` is found whether the segmenter emits one token or ``低空`` + ``经济``.
Overlapping matches are resolved longest-first, so ``科技创新`` is not also counted as ``创新``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa

from pipelines.domain.records import DocumentTheme, Sentence
from pipelines.domain.yamlfiles import load_yaml

THEMES_PATH = Path(__file__).resolve().parent.parent / "data" / "themes.yaml"
MAX_TERM_TOKENS = 8  # longest token run tried when matching a term

HITS_SCHEMA = {
    "sent_no": pl.Int64,
    "theme": pl.String,
    "score": pl.Float64,
    "terms": pl.List(pl.String),
}
DOC_HITS_SCHEMA = {"doc_id": pl.String, **HITS_SCHEMA}
DOCUMENT_THEMES_SCHEMA = {
    "doc_id": pl.String,
    "theme": pl.String,
    "score": pl.Float64,
    "rank": pl.Int32,
    "n_mentions": pl.Int32,
}
SENTENCE_THEMES_SCHEMA = {"doc_id": pl.String, "sent_no": pl.Int64, "themes": pl.List(pl.String)}


@dataclass(frozen=True)
class Theme:
    """One taxonomy entry; ``id`` is ``name`` for top-level themes, ``parent/name`` otherwise."""

    id: str
    name: str
    parent: str | None
    en: str
    definition_zh: str
    definition_en: str
    terms: tuple[tuple[str, float], ...]

    @property
    def is_top_level(self) -> bool:
        return self.parent is None


def _normalize_term(term: object) -> str:
    """Terms may be written as space-separated token sequences; matching ignores the spaces."""
    return "".join(str(term).split())


@dataclass(frozen=True)
class Taxonomy:
    """Themes plus the affixes a segmenter may glue onto a term (see themes.yaml)."""

    themes: tuple[Theme, ...]
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


def parse_taxonomy(data: dict) -> Taxonomy:
    """Validate the YAML structure and build the taxonomy; raise ``ValueError`` if malformed."""
    entries = data.get("themes") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError("taxonomy must have a non-empty 'themes' list")
    top_names = {e.get("name") for e in entries if isinstance(e, dict) and not e.get("parent")}
    themes: list[Theme] = []
    seen: set[str] = set()
    for entry in entries:
        name, parent = entry.get("name"), entry.get("parent")
        if not name or not isinstance(entry.get("terms"), dict) or not entry["terms"]:
            raise ValueError(f"theme {name!r} needs a name and a non-empty terms mapping")
        if parent is not None and parent not in top_names:
            raise ValueError(f"theme {name!r}: parent {parent!r} is not a top-level theme")
        theme_id = f"{parent}/{name}" if parent else str(name)
        if theme_id in seen:
            raise ValueError(f"duplicate theme {theme_id!r}")
        seen.add(theme_id)
        terms: dict[str, float] = {}
        for term, weight in entry["terms"].items():
            key = _normalize_term(term)
            if not key or not isinstance(weight, (int, float)) or weight <= 0:
                raise ValueError(f"theme {theme_id!r}: bad term/weight {term!r}: {weight!r}")
            terms[key] = max(float(weight), terms.get(key, 0.0))
        themes.append(
            Theme(
                id=theme_id,
                name=str(name),
                parent=str(parent) if parent else None,
                en=str(entry.get("en", "")),
                definition_zh=str(entry.get("definition_zh", "")),
                definition_en=str(entry.get("definition_en", "")),
                terms=tuple(terms.items()),
            )
        )
    affixes = data.get("affixes") or {}
    return Taxonomy(
        themes=tuple(themes),
        prefixes=tuple(_normalize_term(a) for a in affixes.get("prefixes", ()) if a),
        suffixes=tuple(_normalize_term(a) for a in affixes.get("suffixes", ()) if a),
    )


def load_taxonomy(path: Path = THEMES_PATH) -> Taxonomy:
    """The taxonomy from YAML (cached: read once per process)."""
    return _read_taxonomy(Path(path))


@cache
def _read_taxonomy(path: Path) -> Taxonomy:
    # one cache entry per file however the path is passed
    with open(path, encoding="utf-8") as fh:
        return parse_taxonomy(load_yaml(fh))


def load_themes(path: Path = THEMES_PATH) -> tuple[Theme, ...]:
    """All themes and sub-themes of the taxonomy, in file order."""
    return load_taxonomy(path).themes


def term_table(themes: Sequence[Theme]) -> pl.DataFrame:
    """Rows (term, theme, weight); a sub-theme's terms are also rows of its parent (max weight)."""
    rows: dict[tuple[str, str], float] = {}
    for theme in themes:
        for term, weight in theme.terms:
            targets = [theme.id] + ([theme.parent] if theme.parent else [])
            for target in targets:
                rows[(term, target)] = max(weight, rows.get((term, target), 0.0))
    return pl.DataFrame(
        {
            "term": [t for t, _ in rows],
            "theme": [th for _, th in rows],
            "weight": list(rows.values()),
        },
        schema={"term": pl.String, "theme": pl.String, "weight": pl.Float64},
    )


@cache
def _default_term_table() -> pl.DataFrame:
    return term_table(load_themes())


def all_terms(themes: Sequence[Theme] | None = None) -> list[str]:
    """Every evidence term (e.g. to add to a segmenter's user dictionary), longest first."""
    table = term_table(themes) if themes is not None else _default_term_table()
    terms = table.get_column("term").unique().to_list()
    return sorted(terms, key=lambda t: (-len(t), t))


# Two odd 64-bit bases for polynomial string hashes (arithmetic wraps modulo 2**64): a token run
# is looked up by the first hash, and a hit must also agree on the second hash and the length.
_HASH_BASES = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)
_FILTER_BITS = 22  # tables indexed by the low bits of the first hash reject most runs at once


def _hash(text: str, base: int) -> int:
    """Sum of code point * base**i over the characters (mod 2**64)."""
    value, power = 0, 1
    for char in text:
        value = (value + ord(char) * power) % 2**64
        power = power * base % 2**64
    return value


def _hashes(texts: list[str], n_chars: np.ndarray, base: int) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_hash` of each of ``texts`` (``n_chars`` long) and ``base ** n_chars`` (mod
    2**64), by numpy over their code points (uint64 arithmetic wraps as the hash does)."""
    points = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    longest = int(n_chars.max(initial=0))
    powers = np.ones(longest + 1, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for n in range(1, longest + 1):
            powers[n] = powers[n - 1] * np.uint64(base)
        starts = np.cumsum(n_chars) - n_chars
        within = np.arange(len(points)) - np.repeat(starts, n_chars)
        terms = points.astype(np.uint64) * powers[within]
        sums = np.zeros(len(texts), dtype=np.uint64)
        filled = np.flatnonzero(n_chars > 0)
        if len(filled):
            sums[filled] = np.add.reduceat(terms, starts[filled])
    return sums, powers[n_chars]


@dataclass(frozen=True, eq=False)
class _Matcher:
    """What term matching needs, built once per (term table, taxonomy).

    A token run can only count if its text is a "spelling": a term with or without one of the
    taxonomy's prefixes before it and/or suffixes after it. Spellings are identified by a key
    (prefix number, term number, suffix number; number 0 = none) and kept as sorted hashes;
    ``spelled`` holds, per key, the term it counts as (-1: none, -2: not worked out yet).
    """

    terms: tuple[str, ...]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    max_tokens: int  # longest token run that may spell a term
    max_chars: int  # longest spelling
    table: pl.DataFrame  # term_id, term, theme, weight
    term_arrow: pa.Array  # term text by term id
    theme_names: pl.Series  # theme by theme id, ids in name order
    theme_start: np.ndarray  # term id -> start of its rows in theme_of / weight_of (CSR)
    theme_of: np.ndarray  # theme id of each (term, theme) row, grouped by term id
    weight_of: np.ndarray
    hashes: np.ndarray  # first hash of each distinct spelling, sorted
    keys: np.ndarray  # spelling key, second hash and length, in the order of ``hashes``
    second_hashes: np.ndarray
    lengths: np.ndarray
    slots: np.ndarray  # low bits of a first hash -> its index in hashes (-1 none, -2 several)
    prefix_bitmap: np.ndarray  # low bits of the first hashes of the spellings' beginnings
    spelled: np.ndarray
    words: _WordTable  # the words met so far, numbered
    powers: np.ndarray  # first hash base ** n for n up to max_chars


def _spelling_hashes(
    prefixes: tuple[str, ...], terms: tuple[str, ...], suffixes: tuple[str, ...], base: int
) -> tuple[np.ndarray, np.ndarray]:
    """Hash and length of every prefix+term+suffix, indexed by key (as in ``_spelled_terms``)."""
    longest = max((len(x) for x in prefixes + terms + suffixes), default=0)
    powers = np.array([pow(base, n, 2**64) for n in range(2 * longest + 1)], dtype=np.uint64)

    def hashes(items: tuple[str, ...], optional: bool) -> tuple[np.ndarray, np.ndarray]:
        items = ("",) * optional + items
        return (
            np.array([_hash(x, base) for x in items], dtype=np.uint64),
            np.array([len(x) for x in items], dtype=np.int64),
        )

    hp, lp = hashes(prefixes, True)
    ht, lt = hashes(terms, False)
    hs, ls = hashes(suffixes, True)
    hp, lp = hp[:, None, None], lp[:, None, None]
    ht, lt = ht[None, :, None], lt[None, :, None]
    hs, ls = hs[None, None, :], ls[None, None, :]
    with np.errstate(over="ignore"):
        value = hp + powers[lp] * ht + powers[lp + lt] * hs
    return value.reshape(-1), (lp + lt + ls).reshape(-1)


def _beginning_hashes(
    prefixes: tuple[str, ...], terms: tuple[str, ...], suffixes: tuple[str, ...], base: int
) -> np.ndarray:
    """Hashes of the beginnings of spellings: texts a token run may still grow into a spelling.

    Part or all of a prefix; a prefix (or none) + part or all of a term; a prefix (or none) +
    term + part of a suffix. Spellings themselves are among them, which only costs some runs an
    extra step.
    """

    def parts(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(x[:n] for x in items for n in range(1, len(x)))

    found = [np.array([_hash(x, base) for x in prefixes + parts(prefixes)], dtype=np.uint64)]
    found.append(_spelling_hashes(prefixes, terms + parts(terms), (), base)[0])
    found.append(_spelling_hashes(prefixes, terms, parts(suffixes), base)[0])
    return np.concatenate(found)


def _low_bits(hashes: np.ndarray) -> np.ndarray:
    return (hashes & np.uint64((1 << _FILTER_BITS) - 1)).astype(np.int64)


def _low_bits_bitmap(hashes: np.ndarray) -> np.ndarray:
    bitmap = np.zeros(1 << _FILTER_BITS, dtype=bool)
    bitmap[_low_bits(hashes)] = True
    return bitmap


def _slot_table(hashes: np.ndarray) -> np.ndarray:
    """Low bits -> index of the one hash with those low bits, -1 for none, -2 for several."""
    slots = _low_bits(hashes)
    table = np.full(1 << _FILTER_BITS, -1, dtype=np.int32)
    table[slots] = np.arange(len(hashes), dtype=np.int32)
    table[slots[np.bincount(slots, minlength=1 << _FILTER_BITS)[slots] > 1]] = -2
    return table


class _WordTable:
    """Every distinct word met so far (per matcher), numbered, with per number what matching
    needs: the polynomial hashes and length of the word without surrounding whitespace, and
    whether it alone spells a term (``slot`` in the matcher's slot table, -1 if not) or may
    begin a spelling (``begins``).

    A token column is numbered without a Python step per token: polars hashes the words, two
    slot tables (low and high half of the hash) give a candidate number, and the candidate's
    word must equal the token's. Only words not met before go through Python. The shipped
    taxonomy's matcher (and so its table) lasts the process; past ``MAX_WORDS`` words the
    table starts again.
    """

    MAX_WORDS = 1 << 18  # the slot tables stay within 2 x 1M int32 (8 MB)
    _SEED = 0x5EED

    def __init__(self, slots: np.ndarray, prefix_bitmap: np.ndarray, max_chars: int) -> None:
        self._slots, self._prefix_bitmap, self._max_chars = slots, prefix_bitmap, max_chars
        self._reset(16)

    def _reset(self, bits: int) -> None:
        self._bits = bits
        self._first = np.full(1 << bits, -1, dtype=np.int32)  # low hash bits -> number
        self._second = np.full(1 << bits, -1, dtype=np.int32)  # high hash bits -> number
        self._numbers: dict[str | None, int] = {}  # all words (some have no free slot)
        self.hashes = np.zeros(0, dtype=np.uint64)  # polars hash of each word
        self.words = pl.Series("word", [], dtype=pl.String)
        self.first_hash = np.zeros(0, dtype=np.uint64)
        self.second_hash = np.zeros(0, dtype=np.uint64)
        self.second_power = np.zeros(0, dtype=np.uint64)  # second hash base ** n_chars
        self.n_chars = np.zeros(0, dtype=np.int64)
        self.slot = np.zeros(0, dtype=np.int64)
        self.begins = np.zeros(0, dtype=bool)
        # words met in Categorical columns of polars' shared categories: category id -> number
        # (-1 unknown), with those words held as a Categorical column of their own, so that
        # their ids stay theirs (polars gives an id to another string only once it is dropped)
        self._by_category = np.zeros(0, dtype=np.int64)
        self._categories = pl.Series("word", [], dtype=pl.Categorical())

    def numbers(self, words: pl.Series) -> np.ndarray:
        """The number of each word of ``words`` (new words are added).

        A Categorical column is numbered by its category ids: only its distinct words are
        looked up as strings."""
        if len(self.hashes) > self.MAX_WORDS:
            self._reset(16)
        if words.dtype == pl.Categorical and not words.has_nulls():
            return self._category_numbers(words)
        return self._string_numbers(words.cast(pl.String))

    def _category_numbers(self, words: pl.Series) -> np.ndarray:
        ids = words.to_physical().to_numpy().astype(np.int64)
        if not len(ids):
            return ids
        if words.dtype == pl.Categorical():  # the shared categories: ids known from before
            return self._shared_category_numbers(words, ids)
        # ids of another categories object: valid within this column only;
        # the distinct ones by a table over ids (polars' unique() on a Categorical costs more)
        at = np.full(int(ids.max()) + 1, -1, dtype=np.int64)
        at[ids[::-1]] = np.arange(len(ids) - 1, -1, -1)  # each id's first row
        present = np.flatnonzero(at >= 0)
        distinct = words.gather(pl.Series(at[present])).cast(pl.String)
        at[present] = self._string_numbers(distinct)
        return at[ids]

    def _shared_category_numbers(self, words: pl.Series, ids: np.ndarray) -> np.ndarray:
        """Numbers of a column of the shared categories by its ids: words met before in such
        a column by a table lookup, the others (distinct ones) as strings, then remembered."""
        table = self._by_category
        if int(ids.max()) >= len(table):
            table = self._by_category = np.concatenate(
                [table, np.full(int(ids.max()) + 1 - len(table), -1, dtype=np.int64)])
        numbers = table[ids]
        unknown = np.flatnonzero(numbers < 0)
        if not len(unknown):
            return numbers
        new_ids, first, inverse = np.unique(ids[unknown], return_index=True, return_inverse=True)
        distinct = words.gather(pl.Series(unknown[first]))
        found = self._string_numbers(distinct.cast(pl.String))
        numbers[unknown] = found[inverse]
        self._categories = self._categories.append(distinct.alias("word"))  # holds their ids
        table[new_ids] = found
        return numbers

    def _string_numbers(self, words: pl.Series) -> np.ndarray:
        hashes = words.hash(self._SEED).to_numpy()
        if not len(self.hashes):
            ids = np.full(len(hashes), -1, dtype=np.int64)
            missing = np.arange(len(hashes))
        else:
            mask = np.uint64((1 << self._bits) - 1)
            first = self._first[(hashes & mask).astype(np.int64)]
            second = self._second[((hashes >> np.uint64(32)) & mask).astype(np.int64)]
            first_fits = (first >= 0) & (self.hashes[np.maximum(first, 0)] == hashes)
            ids = np.where(first_fits, first, second)
            same = (self.words.gather(pl.Series(np.maximum(ids, 0))) == words).fill_null(False)
            missing = np.flatnonzero(~same.to_numpy() | (ids < 0))
        if len(missing):
            ids[missing] = self._add(words.gather(pl.Series(missing)).to_list(),
                                     hashes[missing].tolist())
        return ids

    def _add(self, words: list[str | None], hashes: list[int]) -> list[int]:
        """Numbers of words the slot tables did not give (new ones added; a word whose two
        slots are taken is always found here)."""
        numbers, new, new_hashes = self._numbers, [], []
        out = []
        for word, value in zip(words, hashes, strict=True):
            number = numbers.get(word)
            if number is None:
                number = numbers[word] = len(numbers)
                new.append(word)
                new_hashes.append(value)
            out.append(number)
        if new:
            self._extend(new, new_hashes)
        return out

    def _extend(self, new: list[str | None], new_hashes: list[int]) -> None:
        stripped = pl.Series(new, dtype=pl.String).str.strip_chars().fill_null("").to_list()
        n_chars = np.fromiter(map(len, stripped), np.int64, len(stripped))
        (first_hash, _), (second_hash, second_power) = (
            _hashes(stripped, n_chars, base) for base in _HASH_BASES)
        usable = (n_chars > 0) & (n_chars <= self._max_chars)
        low = _low_bits(first_hash)
        self.hashes = np.concatenate([self.hashes, np.array(new_hashes, dtype=np.uint64)])
        self.words = self.words.append(pl.Series("word", new, dtype=pl.String)).rechunk()
        self.first_hash = np.concatenate([self.first_hash, first_hash])
        self.second_hash = np.concatenate([self.second_hash, second_hash])
        self.second_power = np.concatenate([self.second_power, second_power])
        self.n_chars = np.concatenate([self.n_chars, n_chars])
        self.slot = np.concatenate([self.slot, np.where(usable, self._slots[low], -1)])
        self.begins = np.concatenate([self.begins, usable & self._prefix_bitmap[low]])
        if 4 * len(self.hashes) > (1 << self._bits):  # keep the slot tables sparse
            self._place(range(len(self.hashes)), self._bits + 2)
        else:
            self._place(range(len(self.hashes) - len(new), len(self.hashes)), self._bits)

    def _place(self, numbers: range, bits: int) -> None:
        if bits != self._bits:
            self._bits = bits
            self._first = np.full(1 << bits, -1, dtype=np.int32)
            self._second = np.full(1 << bits, -1, dtype=np.int32)
        mask = (1 << bits) - 1
        first, second = self._first, self._second
        for number, value in zip(numbers, self.hashes[numbers.start:numbers.stop].tolist(),
                                 strict=True):
            if first[value & mask] < 0:
                first[value & mask] = number
            elif second[(value >> 32) & mask] < 0:
                second[(value >> 32) & mask] = number


def _build_matcher(table: pl.DataFrame, taxonomy: Taxonomy) -> _Matcher:
    terms = tuple(table.get_column("term").unique(maintain_order=True).to_list())
    prefixes = tuple(dict.fromkeys(taxonomy.prefixes))
    suffixes = tuple(dict.fromkeys(taxonomy.suffixes))
    longest = max((len(t) for t in terms), default=1)
    affix_room = max((len(a) for a in prefixes + suffixes), default=0)
    ids = pl.DataFrame(
        {"term": terms, "term_id": range(len(terms))},
        schema={"term": pl.String, "term_id": pl.Int64},
    )
    first, lengths = _spelling_hashes(prefixes, terms, suffixes, _HASH_BASES[0])
    second, _ = _spelling_hashes(prefixes, terms, suffixes, _HASH_BASES[1])
    # the same text can be spelled several ways (a prefix + term that is itself a term): keep one
    hashes, where = np.unique(first, return_index=True)
    rows = table.select("term", "theme", "weight").join(ids, on="term")
    slots = _slot_table(hashes)
    prefix_bitmap = _low_bits_bitmap(_beginning_hashes(prefixes, terms, suffixes, _HASH_BASES[0]))
    max_chars = int(lengths.max(initial=0))
    theme_names = rows.get_column("theme").unique().sort()
    by_term = rows.with_columns(
        pl.col("theme").replace_strict(theme_names, range(len(theme_names))).alias("theme_id")
    ).sort("term_id", maintain_order=True)
    theme_start = np.zeros(len(terms) + 1, dtype=np.int64)
    np.cumsum(np.bincount(by_term.get_column("term_id").to_numpy(), minlength=len(terms)),
              out=theme_start[1:])
    return _Matcher(
        terms=terms,
        prefixes=prefixes,
        suffixes=suffixes,
        max_tokens=min(MAX_TERM_TOKENS, longest + affix_room),
        max_chars=max_chars,
        table=rows,
        term_arrow=pa.array(terms, pa.large_string()),
        theme_names=theme_names.alias("theme"),
        theme_start=theme_start,
        theme_of=by_term.get_column("theme_id").to_numpy().astype(np.int64),
        weight_of=by_term.get_column("weight").cast(pl.Float64).to_numpy(),
        hashes=hashes,
        keys=where.astype(np.int64),
        second_hashes=second[where],
        lengths=lengths[where],
        slots=slots,
        prefix_bitmap=prefix_bitmap,
        spelled=np.full(len(first), -2, dtype=np.int64),
        words=_WordTable(slots, prefix_bitmap, max_chars),
        powers=np.array([pow(_HASH_BASES[0], n, 2**64) for n in range(max_chars + 1)],
                        dtype=np.uint64),
    )


@cache
def _default_matcher() -> _Matcher:
    return _build_matcher(_default_term_table(), load_taxonomy())


def _resolve(
    table: pl.DataFrame | None, taxonomy: Taxonomy | None
) -> tuple[pl.DataFrame, _Matcher]:
    """The term table and matcher to use; the shipped themes.yaml unless others are given."""
    default = load_taxonomy()
    if table is None and (taxonomy is None or taxonomy is default):
        return _default_term_table(), _default_matcher()
    taxonomy = default if taxonomy is None else taxonomy
    table = term_table(taxonomy.themes) if table is None else table
    return table, _build_matcher(table, taxonomy)


def _strip_affixes(text: str, matcher: _Matcher) -> str:
    """``text`` without its longest taxonomy prefix, then without its longest suffix."""
    for prefix in sorted(matcher.prefixes, key=len, reverse=True):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    for suffix in sorted(matcher.suffixes, key=len, reverse=True):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _spelled_term(text: str, matcher: _Matcher, term_ids: dict[str, int]) -> int:
    """The term a token run with this text counts as (its id), or -1.

    The text itself when it is a term; otherwise the term left once a prefix and/or suffix
    the segmenter glued on is cut off (推进改革 -> 改革).
    """
    if text in term_ids:
        return term_ids[text]
    stripped = _strip_affixes(text, matcher)
    if stripped != text and len(stripped) >= 2:
        return term_ids.get(stripped, -1)
    return -1


def _spelled_terms(keys: np.ndarray, matcher: _Matcher) -> np.ndarray:
    """Term id (or -1) for each spelling key; each key is worked out once per process."""
    n_terms, n_suffixes = len(matcher.terms), len(matcher.suffixes) + 1
    memo = matcher.spelled
    unknown = np.unique(keys[memo[keys] == -2])
    if len(unknown):
        term_ids = {t: n for n, t in enumerate(matcher.terms)}
        for key in unknown.tolist():
            prefix, rest = divmod(key, n_terms * n_suffixes)
            term, suffix = divmod(rest, n_suffixes)
            text = (
                (matcher.prefixes[prefix - 1] if prefix else "")
                + matcher.terms[term]
                + (matcher.suffixes[suffix - 1] if suffix else "")
            )
            memo[key] = _spelled_term(text, matcher, term_ids)
    return memo[keys]


def _document_runs(doc_ids: pl.Series) -> tuple[np.ndarray, int]:
    """Per row the number of its run of equal doc_id, and the number of distinct doc_ids."""
    if doc_ids.dtype == pl.Categorical and not doc_ids.has_nulls():  # by category ids
        ids = doc_ids.to_physical().to_numpy()
        if not len(ids):
            return np.zeros(0, dtype=np.int64), 0
        starts = np.r_[True, ids[1:] != ids[:-1]]
        return np.cumsum(starts) - 1, len(np.unique(ids[starts]))
    runs = doc_ids.rle().struct.unnest()
    lengths = runs.get_column("len").to_numpy()
    return np.repeat(np.arange(len(lengths)), lengths), runs.get_column("value").n_unique()


def _prepared_tokens(tokens: pl.DataFrame, words: _WordTable
                     ) -> tuple[pl.DataFrame, np.ndarray, _TokenSpans]:
    """Tokens in reading order (those whose word is empty once stripped left out), the number
    of each one's word in ``words``, and per token its segment, document run and sentence.

    A segment is a run of consecutive positions in one sentence: a term may only be spelled by
    tokens of one segment (a dropped token such as punctuation breaks a run).
    """
    if "doc_id" not in tokens.columns:
        doc_id = pl.lit("", pl.String)
    elif tokens.schema["doc_id"] == pl.Categorical:  # cast where strings are needed
        doc_id = pl.col("doc_id")
    else:
        doc_id = pl.col("doc_id").cast(pl.String)
    base = tokens.select(
        doc_id.alias("doc_id"),
        pl.col("sent_no").cast(pl.Int64),
        pl.col("position").cast(pl.Int64),
        pl.col("is_stopword").cast(pl.Boolean).fill_null(False),
    )
    ids = words.numbers(tokens.get_column("word"))
    empty = words.n_chars[ids] == 0
    if empty.any():
        base = base.filter(pl.Series(~empty))
        ids = ids[~empty]
    doc, n_docs = _document_runs(base.get_column("doc_id"))
    sent = base.get_column("sent_no").to_numpy()
    position = base.get_column("position").to_numpy()
    same_sent = (doc[1:] == doc[:-1]) & (sent[1:] == sent[:-1])
    ordered = bool(
        np.all(
            (doc[1:] != doc[:-1])
            | (sent[1:] > sent[:-1])
            | (same_sent & (position[1:] > position[:-1]))
        )
    )
    n_runs = int(doc[-1]) + 1 if len(doc) else 0
    if not (ordered and n_runs == n_docs):  # documents interleaved or rows out of order
        base = base.with_columns(pl.col("doc_id").cast(pl.String), _id=pl.Series(ids)).sort(
            "doc_id", "sent_no", "position")
        ids, base = base.get_column("_id").to_numpy(), base.drop("_id")
        doc, _ = _document_runs(base.get_column("doc_id"))
        sent = base.get_column("sent_no").to_numpy()
        position = base.get_column("position").to_numpy()
        same_sent = (doc[1:] == doc[:-1]) & (sent[1:] == sent[:-1])
    new_run = np.ones(base.height, dtype=bool)
    new_run[1:] = ~(same_sent & (position[1:] == position[:-1] + 1))
    new_sentence = np.ones(base.height, dtype=bool)
    new_sentence[1:] = ~same_sent
    return base, ids, _TokenSpans(np.cumsum(new_run), doc, np.cumsum(new_sentence) - 1)


@dataclass(frozen=True)
class _TokenSpans:
    """Per token (in reading order): segment, document run and sentence number (counted from
    the start)."""

    segment: np.ndarray
    doc: np.ndarray
    sentence: np.ndarray


def _run_hashes(first: np.ndarray, last: np.ndarray, ids: np.ndarray, words: _WordTable
                ) -> np.ndarray:
    """Second hash of the text of each token run [first, last] (for a few short runs)."""
    value = np.zeros(len(first), dtype=np.uint64)
    power = np.ones(len(first), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(int((last - first).max(initial=-1)) + 1):
            inside = np.flatnonzero(first + offset <= last)
            word = ids[first[inside] + offset]
            value[inside] += words.second_hash[word] * power[inside]
            power[inside] *= words.second_power[word]
    return value


def _term_matches(
    tokens: pl.DataFrame, matcher: _Matcher
) -> tuple[pl.DataFrame, _TokenSpans, np.ndarray, np.ndarray]:
    """Token runs that spell a term: the prepared tokens, and per run its first token's row
    there and the term id, longest first, no overlaps.

    A run counts when its text is a term, or becomes one once a prefix/suffix of the taxonomy
    is cut off; at most ``max_tokens`` tokens of one run of consecutive positions; a lone
    stopword is never evidence. Runs grow token by token while their text may still become a
    spelling, their hash built from the words' hashes (hash(ab) = hash(a) + base**len(a) *
    hash(b)), and are looked up among the spellings' hashes.
    """
    words = matcher.words
    base, ids, spans = _prepared_tokens(tokens, words)
    seg = spans.segment
    none = np.zeros(0, dtype=np.int64)
    if base.is_empty():
        return base, spans, none, none
    stop = base.get_column("is_stopword").to_numpy()
    n = base.height
    n_chars, word_hash = words.n_chars[ids], words.first_hash[ids]
    # one token: what its word alone gives
    slot = words.slot[ids]
    hit = np.flatnonzero(slot != -1)
    firsts, lasts, hashes, found = [hit], [hit], [word_hash[hit]], [slot[hit]]
    lengths = [n_chars[hit]]
    alive = np.flatnonzero(words.begins[ids])
    run_hash, run_chars = word_hash[alive], n_chars[alive]
    for extra in range(1, matcher.max_tokens):
        inside = alive + extra < n
        alive, run_hash, run_chars = alive[inside], run_hash[inside], run_chars[inside]
        last = alive + extra
        chars = run_chars + n_chars[last]
        inside = (seg[last] == seg[alive]) & (chars <= matcher.max_chars)
        alive, last, run_hash = alive[inside], last[inside], run_hash[inside]
        run_chars, chars = run_chars[inside], chars[inside]
        with np.errstate(over="ignore"):
            h = run_hash + matcher.powers[run_chars] * word_hash[last]
        low = _low_bits(h)
        slot = matcher.slots[low]
        hit = slot != -1
        firsts.append(alive[hit])
        lasts.append(last[hit])
        hashes.append(h[hit])
        found.append(slot[hit])
        lengths.append(chars[hit])
        grows = matcher.prefix_bitmap[low]
        alive, run_hash, run_chars = alive[grows], h[grows], chars[grows]
        if not len(alive):
            break
    first, last, h = np.concatenate(firsts), np.concatenate(lasts), np.concatenate(hashes)
    if not len(first):
        return base, spans, none, none
    where = np.concatenate(found).astype(np.int64)
    several = where == -2  # low bits shared by several spellings: look the hash up
    where[several] = np.searchsorted(matcher.hashes, h[several])
    where = np.minimum(where, len(matcher.hashes) - 1)
    hit = (matcher.hashes[where] == h) & (matcher.lengths[where] == np.concatenate(lengths))
    first, last, where = first[hit], last[hit], where[hit]
    hit = _run_hashes(first, last, ids, words) == matcher.second_hashes[where]
    hit &= (last > first) | ~stop[first]  # a lone stopword is never evidence
    first, last = first[hit], last[hit]
    term = _spelled_terms(matcher.keys[where[hit]], matcher)
    first, last, term = first[term >= 0], last[term >= 0], term[term >= 0]
    # per start the longest run; a run is kept when it starts at or after the end of every run
    # starting before it (drops runs inside longer ones, and the later of partial overlaps)
    order = np.lexsort((-last, first))
    first, last, term = first[order], last[order], term[order]
    longest = np.ones(len(first), dtype=bool)
    longest[1:] = first[1:] != first[:-1]
    first, last, term = first[longest], last[longest], term[longest]
    reach = np.maximum.accumulate(last + 1)
    kept = np.ones(len(first), dtype=bool)
    kept[1:] = first[1:] >= reach[:-1]
    return base, spans, first[kept], term[kept]


def score_documents(
    tokens: pl.DataFrame,
    table: pl.DataFrame | None = None,
    taxonomy: Taxonomy | None = None,
) -> pl.DataFrame:
    """Theme evidence per sentence of many documents at once.

    ``tokens`` has columns doc_id, sent_no, position, word, pos, is_stopword. Returns doc_id,
    sent_no, theme, score (sum of matched term weights, each occurrence counted) and terms
    (distinct matched terms in order of first appearance), sorted by doc_id, sent_no, then score
    descending. ``table`` / ``taxonomy`` default to the shipped themes.yaml.
    """
    matcher = _resolve(table, taxonomy)[1]
    if tokens.is_empty() or not matcher.terms:
        return pl.DataFrame(schema=DOC_HITS_SCHEMA)
    base, spans, rows, terms = _term_matches(tokens, matcher)
    if not len(rows):
        return pl.DataFrame(schema=DOC_HITS_SCHEMA)
    return _hit_rows(base, spans, rows, terms, matcher)


def _hit_rows(base: pl.DataFrame, spans: _TokenSpans, rows: np.ndarray, terms: np.ndarray,
              matcher: _Matcher) -> pl.DataFrame:
    """Matches (first row, term id; in row order) -> one row per sentence and theme.

    Each match counts for every theme of its term; a (sentence, theme) group sums the weights
    and lists its distinct terms in order of first match. Done with numpy on integer keys
    (sentence number, theme id in name order), strings gathered only for the output rows.
    """
    n_themes = len(matcher.theme_names)
    per_match = matcher.theme_start[terms + 1] - matcher.theme_start[terms]
    pair_match = np.repeat(np.arange(len(rows)), per_match)
    offset_in_match = np.arange(len(pair_match)) - np.repeat(np.cumsum(per_match) - per_match,
                                                             per_match)
    pair = np.repeat(matcher.theme_start[terms], per_match) + offset_in_match
    pair_row, pair_term, pair_theme = rows[pair_match], terms[pair_match], matcher.theme_of[pair]
    # group by (sentence, theme), matches in row order inside a group (a stable sort)
    order = np.argsort(spans.sentence[pair_row] * n_themes + pair_theme, kind="stable")
    pair_row, pair_term, pair_theme = pair_row[order], pair_term[order], pair_theme[order]
    key = spans.sentence[pair_row] * n_themes + pair_theme
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    group = np.cumsum(np.r_[True, key[1:] != key[:-1]]) - 1
    score = np.add.reduceat(matcher.weight_of[pair[order]], starts)
    # output order: doc_id, sent_no, score descending, theme; one integer key (the sentences
    # are numbered in reading order, which is doc_id order unless documents came unsorted)
    row, theme = pair_row[starts], pair_theme[starts]
    sentence = spans.sentence[row]
    doc_ids = base.get_column("doc_id")
    run_first = np.flatnonzero(np.r_[True, spans.doc[1:] != spans.doc[:-1]])
    run_ids = doc_ids.gather(pl.Series(run_first)).to_list()
    in_order = sorted(range(len(run_ids)), key=lambda n: (run_ids[n] is not None, run_ids[n]))
    if in_order != list(range(len(run_ids))):  # documents not in doc_id order (nulls first)
        rank = np.empty(len(run_ids), dtype=np.int64)
        rank[in_order] = np.arange(len(run_ids))
        sentence = rank[spans.doc[row]] * (int(spans.sentence[-1]) + 1) + sentence
    levels, score_rank = np.unique(-score, return_inverse=True)
    final = np.argsort((sentence * len(levels) + score_rank) * n_themes + theme)
    # distinct terms of each group, in order of first match, groups in output order
    _, firsts = np.unique(group * len(matcher.terms) + pair_term, return_index=True)
    firsts.sort()
    n_terms = np.bincount(group[firsts], minlength=len(starts))
    begin = np.cumsum(n_terms) - n_terms
    lengths = n_terms[final]
    offsets = np.zeros(len(final) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    flat = np.repeat(begin[final] - offsets[:-1], lengths) + np.arange(offsets[-1])
    names = matcher.term_arrow.take(pa.array(pair_term[firsts][flat]))
    terms_column = pl.Series("terms", pa.LargeListArray.from_arrays(pa.array(offsets), names))
    return pl.DataFrame(
        [
            # strings picked by numpy from the runs' doc ids and the theme names (few)
            pl.Series("doc_id", np.array(run_ids, dtype=object)[spans.doc[row[final]]],
                      pl.String),
            pl.Series("sent_no", base.get_column("sent_no").to_numpy()[row[final]], pl.Int64),
            pl.Series("theme", matcher.theme_names.to_numpy()[theme[final]], pl.String),
            pl.Series("score", score[final], pl.Float64),
            terms_column.cast(pl.List(pl.String)),
        ]
    )


def score_sentences(
    tokens: pl.DataFrame,
    table: pl.DataFrame | None = None,
    taxonomy: Taxonomy | None = None,
) -> pl.DataFrame:
    """Theme evidence per sentence of one document (``score_documents`` without doc_id).

    ``tokens`` has columns sent_no, position, word, pos, is_stopword; any doc_id is ignored.
    """
    one_doc = tokens.drop("doc_id", strict=False)
    return score_documents(one_doc, table, taxonomy).drop("doc_id")


def _top_level_ids(themes: Iterable[Theme]) -> set[str]:
    return {t.id for t in themes if t.is_top_level}


def _ranked_themes(
    hits: pl.DataFrame,
    n_sentences: pl.DataFrame,
    *,
    sentence_cap: float,
    min_sentence_share: float,
    themes: Sequence[Theme] | None,
) -> pl.DataFrame:
    """Document themes of every doc_id in ``hits``; ``n_sentences`` maps doc_id -> count.

    Grouped with numpy on the ranks of doc_id and theme (one polars call numbers them):
    a batch's hits are a few thousand rows, where each polars group-by, window or join costs
    more in its fixed overhead than in the work."""
    themes = load_themes() if themes is None else themes
    if hits.is_empty():
        return pl.DataFrame(schema=DOCUMENT_THEMES_SCHEMA)
    # numbered by the rank of their values; documents come in runs, themes in any order
    doc, doc_names = _run_ranks(hits.get_column("doc_id").cast(pl.String))
    theme, theme_names = _category_ranks(hits.get_column("theme"))
    sent = hits.get_column("sent_no").cast(pl.Int64).fill_null(-(2**62)).to_numpy()
    score = hits.get_column("score").cast(pl.Float64).to_numpy()
    # groups (doc, theme): capped evidence, sentences with evidence, mentions
    span = int(sent.max()) - int(sent.min()) + 1
    if (int(doc.max()) + 1) * len(theme_names) * span < 2**62:  # one integer key
        order = np.argsort((doc * len(theme_names) + theme) * span + (sent - sent.min()))
    else:
        order = np.lexsort((sent, theme, doc))
    doc, theme, sent = doc[order], theme[order], sent[order]
    new_group = np.r_[True, (doc[1:] != doc[:-1]) | (theme[1:] != theme[:-1])]
    starts = np.flatnonzero(new_group)
    weight = np.add.reduceat(np.minimum(score[order], sentence_cap), starts)
    n_mentions = np.diff(np.r_[starts, len(order)])
    n = np.add.reduceat((new_group | np.r_[True, sent[1:] != sent[:-1]]).astype(np.int64),
                        starts)
    doc, theme = doc[starts], theme[starts]
    top_ids = _top_level_ids(themes)
    top = np.array([t in top_ids for t in theme_names], dtype=bool)[theme]
    # per document: total evidence of its top-level themes (of all, if none), sentence count
    doc_starts = np.flatnonzero(np.r_[True, doc[1:] != doc[:-1]])
    top_total = np.add.reduceat(np.where(top, weight, 0.0), doc_starts)
    total = np.where(top_total != 0, top_total, np.add.reduceat(weight, doc_starts))
    known = dict(zip(n_sentences.get_column("doc_id").cast(pl.String).to_list(),
                     n_sentences.get_column("n_sentences").to_list(), strict=True))
    counts = np.array([(known.get(d) or 0) if d is not None else 0 for d in doc_names],
                      dtype=np.float64)[doc[doc_starts]]
    min_sentences = np.maximum(1.0, min_sentence_share * np.maximum(counts, 0))
    per_doc = np.repeat(np.arange(len(doc_starts)), np.diff(np.r_[doc_starts, len(doc)]))
    share = weight / total[per_doc]
    kept = np.flatnonzero(n >= min_sentences[per_doc])
    # by doc_id, top-level first, score descending, theme; ranks from 1 in each document
    final = kept[np.lexsort((theme[kept], -share[kept], ~top[kept], doc[kept]))]
    doc_of = doc[final]
    firsts = np.flatnonzero(np.r_[True, doc_of[1:] != doc_of[:-1]])
    rank = np.arange(len(final)) - np.repeat(firsts, np.diff(np.r_[firsts, len(final)])) + 1
    return pl.DataFrame([
        pl.Series("doc_id", np.array(doc_names, dtype=object)[doc_of], pl.String),
        pl.Series("theme", np.array(theme_names, dtype=object)[theme[final]], pl.String),
        # Python's round (correctly rounded), as the per-document records always had
        pl.Series("score", [round(x, 6) for x in share[final].tolist()], pl.Float64),
        pl.Series("rank", rank.astype(np.int32)),
        pl.Series("n_mentions", n_mentions[final].astype(np.int32)),
    ])


def _body_sentence_counts(sentences: pl.DataFrame) -> pl.DataFrame:
    """doc_id -> its number of non-heading sentences (summed over runs of rows of a document)."""
    runs = sentences.get_column("doc_id").cast(pl.String).rle().struct.unnest()
    lengths = runs.get_column("len").to_numpy().astype(np.int64)
    body = ~sentences.get_column("is_heading").fill_null(False).to_numpy().astype(bool)
    per_run = np.add.reduceat(body.astype(np.int64), np.cumsum(lengths) - lengths) if len(
        lengths) else np.zeros(0, dtype=np.int64)
    counts: dict[str | None, int] = {}
    for doc_id, n in zip(runs.get_column("value").to_list(), per_run.tolist(), strict=True):
        counts[doc_id] = counts.get(doc_id, 0) + n
    return pl.DataFrame({"doc_id": list(counts), "n_sentences": list(counts.values())},
                        schema={"doc_id": pl.String, "n_sentences": pl.Int64})


def document_themes_frame(
    hits: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    sentence_cap: float = 6.0,
    min_sentence_share: float = 0.01,
    themes: Sequence[Theme] | None = None,
) -> pl.DataFrame:
    """``document_themes`` of many documents: doc_id, theme, score, rank, n_mentions.

    ``hits`` is ``score_documents`` output; ``sentences`` has doc_id and is_heading (a
    document's sentence count is its non-heading sentences). n_mentions = sentences with
    evidence for the theme.
    """
    n_sentences = _body_sentence_counts(sentences)
    return _ranked_themes(
        hits,
        n_sentences,
        sentence_cap=sentence_cap,
        min_sentence_share=min_sentence_share,
        themes=themes,
    )


def document_themes(
    hits: pl.DataFrame,
    n_sentences: int,
    *,
    sentence_cap: float = 6.0,
    min_sentence_share: float = 0.01,
    themes: Sequence[Theme] | None = None,
) -> list[DocumentTheme]:
    """Rank a document's themes by their share of its theme evidence.

    Score = the theme's evidence weight divided by the total evidence of all top-level themes in
    the document, so top-level scores sum to 1 and are comparable across documents of any length
    (a sub-theme's score is on the same scale: the share of the document's evidence it carries).
    Each sentence contributes at most ``sentence_cap`` to one theme, so a single list-like
    sentence cannot dominate. A theme needs evidence in at least
    ``max(1, min_sentence_share * n_sentences)`` sentences. Top-level themes are ranked 1..n
    first, then sub-themes continue the ranking (rank n+1...), each group by score.
    """
    one_doc = hits.drop("doc_id", strict=False).with_columns(pl.lit("").alias("doc_id"))
    ranked = _ranked_themes(
        one_doc,
        pl.DataFrame({"doc_id": [""], "n_sentences": [n_sentences]}),
        sentence_cap=sentence_cap,
        min_sentence_share=min_sentence_share,
        themes=themes,
    )
    return [
        DocumentTheme(theme=theme, score=score, rank=rank)
        for theme, score, rank in ranked.select("theme", "score", "rank").iter_rows()
    ]


def sentence_themes_frame(
    hits: pl.DataFrame,
    sentences: pl.DataFrame,
    *,
    relative_cutoff: float = 0.5,
) -> pl.DataFrame:
    """Themes of every sentence of many documents, falling back to the nearest heading's.

    ``sentences`` has doc_id, sent_no, is_heading, heading_path and text. A sentence keeps the
    themes whose score is at least ``relative_cutoff`` times its best theme's score (strongest
    first; sub-themes listed with their parent). A sentence with no evidence takes the themes of
    the innermost enclosing heading (``heading_path``) that has any; the heading is the latest
    one so far with that text. Returns doc_id, sent_no, themes for sentences with any theme.

    Hits are placed on sentence rows by one join; the rest is numpy on row numbers, and Python
    only walks the headings and the sentences that may inherit from one.
    """
    sents = sentences.select(
        pl.col("doc_id").cast(pl.String),
        pl.col("sent_no").cast(pl.Int64),
        pl.col("is_heading").cast(pl.Boolean).fill_null(False),
        pl.col("heading_path").cast(pl.List(pl.String)),
        pl.col("text").cast(pl.String),
    )
    doc_rank, doc_names = _run_ranks(sents.get_column("doc_id"))
    matched, row = _sentence_rows(hits, sents, doc_rank, doc_names)
    if not len(row):
        return pl.DataFrame(schema=SENTENCE_THEMES_SCHEMA)
    # own themes: per sentence row, strongest first (ties by theme), within the cutoff
    score = hits.get_column("score").cast(pl.Float64).to_numpy()[matched]
    theme = hits.get_column("theme")
    theme = theme if len(matched) == len(theme) else theme[matched]
    order = _strongest_first(row, score, theme)
    row, score = row[order], score[order]
    first = np.r_[True, row[1:] != row[:-1]]
    best = score[np.flatnonzero(first)][np.cumsum(first) - 1]
    within = score >= relative_cutoff * best
    n_own = np.bincount(row[within], minlength=sents.height)
    offsets = np.zeros(sents.height + 1, dtype=np.int64)
    np.cumsum(n_own, out=offsets[1:])
    names = theme.gather(pl.Series(order[within])).to_arrow()
    own = pl.Series("themes", pa.LargeListArray.from_arrays(pa.array(offsets), names)).cast(
        pl.List(pl.String))
    # sentences without evidence inherit from a heading; both in (doc_id, sent_no) order
    sent_no = sents.get_column("sent_no").to_numpy()
    reading = doc_rank * (int(np.ptp(sent_no)) + 1) + (sent_no - sent_no.min())
    has_own = n_own > 0
    is_heading = sents.get_column("is_heading").to_numpy()
    may_inherit = ~has_own & (sents.get_column("heading_path").list.len().fill_null(0)
                              .to_numpy() > 0)
    source = np.flatnonzero(has_own)
    out = source
    walk = np.flatnonzero(is_heading | may_inherit)
    if np.any(may_inherit):
        walk = walk[np.argsort(reading[walk])]
        inheriting, sources = _inherited(walk, sents, doc_rank, has_own, is_heading,
                                         may_inherit)
        out = np.concatenate([out, inheriting])
        source = np.concatenate([source, sources])
    final = np.argsort(reading[out])
    out, source = pl.Series(out[final]), pl.Series(source[final])
    return pl.DataFrame(
        [sents.get_column("doc_id").gather(out), sents.get_column("sent_no").gather(out),
         own.gather(source)]
    ).cast(SENTENCE_THEMES_SCHEMA)


def _sentence_rows(hits: pl.DataFrame, sents: pl.DataFrame, doc_rank: np.ndarray,
                   doc_names: list) -> tuple[np.ndarray, np.ndarray]:
    """The hits that fall on a row of ``sents`` (same doc_id and sent_no; in hits' order)
    and that row: by numpy on document ranks (``doc_rank``, :func:`_run_ranks` of sents'
    doc_id) and sentence numbers when the keys are plain (no nulls, each sentence once), else
    by a polars join (the batch's hits and sentences are small: a join's fixed cost counts)."""
    hit_doc = hits.get_column("doc_id").cast(pl.String)
    hit_no = hits.get_column("sent_no").cast(pl.Int64)
    sent_no = sents.get_column("sent_no").to_numpy()
    plain = not (hit_doc.has_nulls() or hit_no.has_nulls() or None in doc_names
                 or sents.get_column("sent_no").has_nulls())
    if plain and len(sent_no):
        low = int(sent_no.min())
        span = int(sent_no.max()) - low + 1
        keys = doc_rank * span + (sent_no - low)
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        if len(doc_names) * span < 2**62 and bool(np.all(keys[1:] != keys[:-1])):
            runs, names = _run_ranks(hit_doc)
            index = {name: n for n, name in enumerate(doc_names)}
            doc = np.array([index.get(name, -1) for name in names], dtype=np.int64)[runs]
            number = hit_no.to_numpy()
            inside = (doc >= 0) & (number >= low) & (number < low + span)
            wanted = np.where(inside, doc * span + (number - low), -1)
            at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
            matched = np.flatnonzero(inside & (keys[at] == wanted))
            return matched, order[at[matched]]
    placed = hits.select(
        pl.col("doc_id").cast(pl.String), pl.col("sent_no").cast(pl.Int64)
    ).with_row_index("hit").join(sents.select("doc_id", "sent_no").with_row_index("row"),
                                 on=["doc_id", "sent_no"], maintain_order="left")
    return (placed.get_column("hit").to_numpy().astype(np.int64),
            placed.get_column("row").to_numpy().astype(np.int64))


def _strongest_first(row: np.ndarray, score: np.ndarray, theme: pl.Series) -> np.ndarray:
    """Order of hits by sentence row, then score descending, then theme. Hits from
    ``score_documents`` are already so within a sentence: then a stable sort by row does."""
    order = np.argsort(row, kind="stable")
    row, score = row[order], score[order]
    ordered = (row[1:] != row[:-1]) | (score[1:] < score[:-1])
    tied = np.flatnonzero(~ordered & (score[1:] == score[:-1]))
    if len(tied):  # same sentence and score: the themes must ascend (compared only there)
        pairs = theme.gather(pl.Series(order[np.r_[tied, tied + 1]]))
        after = pairs.slice(len(tied)) > pairs.slice(0, len(tied))
        ordered[tied] = after.fill_null(False).to_numpy() if after.has_nulls() else after.to_numpy()
    if bool(np.all(ordered)):
        return order
    theme_rank = theme.rank("dense").to_numpy()[order]
    return order[np.lexsort((theme_rank, -score, row))]


def _run_ranks(values: pl.Series) -> tuple[np.ndarray, list]:
    """Per row the rank of its value among the distinct values (sorted, null first), and the
    distinct values in that order; found over runs of equal values (rows of a value come in
    a few runs, as a document's rows do)."""
    runs = values.rle().struct.unnest()
    run_values = runs.get_column("value").to_list()
    distinct = sorted(set(run_values), key=lambda v: (v is not None, v))
    rank = {v: n for n, v in enumerate(distinct)}
    return np.repeat(np.array([rank[v] for v in run_values], dtype=np.int64),
                     runs.get_column("len").to_numpy()), distinct


def _category_ranks(values: pl.Series) -> tuple[np.ndarray, list]:
    """:func:`_run_ranks` for a column of a few values in any order (theme names), over the
    values' category ids."""
    if values.has_nulls():
        return _run_ranks(values)
    ids = values.cast(pl.String).cast(pl.Categorical()).to_physical().to_numpy()
    _, first, inverse = np.unique(ids, return_index=True, return_inverse=True)
    names = values.gather(pl.Series(first)).to_list()
    order = sorted(range(len(names)), key=names.__getitem__)
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(len(names))
    return rank[inverse.reshape(-1)], [names[i] for i in order]


def _inherited(walk: np.ndarray, sents: pl.DataFrame, doc_rank: np.ndarray, has_own: np.ndarray,
               is_heading: np.ndarray, may_inherit: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows that inherit a heading's themes and that heading's row, walking the headings and
    the inheriting rows ``walk`` in reading order: a path entry names the latest heading so
    far with that text (stripped).

    A row whose path is the previous inheriting row's, with no heading or document between
    them, inherits as that row did: only the rows where the path changes are read as lists
    (most rows of a section share one path)."""
    headings, inheriting_rows = walk[is_heading[walk]], walk[may_inherit[walk]]
    texts = iter(sents.get_column("text").gather(pl.Series(headings)).to_list())
    paths = sents.get_column("heading_path").gather(pl.Series(inheriting_rows))
    n = len(paths)
    repeats = np.zeros(n, dtype=bool)
    if n > 1:
        same = paths.slice(1) == paths.slice(0, n - 1)
        repeats[1:] = same.fill_null(False).to_numpy() if same.has_nulls() else same.to_numpy()
    changed = iter(paths.filter(pl.Series(~repeats)).to_list())
    repeats_of = iter(repeats.tolist())
    inheriting: list[int] = []
    sources: list[int] = []
    heading_row: dict[str, int] = {}
    current_doc = None
    path: list[str] = []
    source: int | None = -1  # what the last inheriting row found, while nothing changed
    for row, doc, heading, inherits in zip(
        walk.tolist(), doc_rank[walk].tolist(), is_heading[walk].tolist(),
        may_inherit[walk].tolist(), strict=True
    ):
        if doc != current_doc:
            current_doc, heading_row, source = doc, {}, None
        if heading:
            heading_row[next(texts).strip()] = row
            source = None
        if not inherits:
            continue
        if not next(repeats_of):
            path, source = next(changed), None
        if source is None:
            source = -1
            for entry in reversed(path):
                found = heading_row.get(entry.strip(), -1)
                if found >= 0 and has_own[found]:
                    source = found
                    break
        if source >= 0:
            inheriting.append(row)
            sources.append(source)
    return np.array(inheriting, dtype=np.int64), np.array(sources, dtype=np.int64)


def _sentence_frame(sentences: Sequence[Sentence]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "doc_id": [""] * len(sentences),
            "sent_no": [s.sent_no for s in sentences],
            "is_heading": [s.is_heading for s in sentences],
            "heading_path": [list(s.heading_path) for s in sentences],
            "text": [s.text for s in sentences],
        },
        schema={
            "doc_id": pl.String,
            "sent_no": pl.Int64,
            "is_heading": pl.Boolean,
            "heading_path": pl.List(pl.String),
            "text": pl.String,
        },
    )


def sentence_themes(
    hits: pl.DataFrame,
    sentences: Sequence[Sentence],
    *,
    relative_cutoff: float = 0.5,
) -> dict[int, tuple[str, ...]]:
    """Themes of every sentence of one document (``sentence_themes_frame``), () for none."""
    one_doc = hits.drop("doc_id", strict=False).with_columns(pl.lit("").alias("doc_id"))
    found = sentence_themes_frame(
        one_doc, _sentence_frame(sentences), relative_cutoff=relative_cutoff
    )
    result: dict[int, tuple[str, ...]] = {
        s.sent_no: () for s in sorted(sentences, key=lambda s: s.sent_no)
    }
    for sent_no, themes_here in found.select("sent_no", "themes").iter_rows():
        result[sent_no] = tuple(themes_here)
    return result
