"""Keyword quality against hand labels (tests/gold/keywords_gold.yaml).

Each gold document carries ``expected`` keywords (the words an analyst would search by to find
it) and optionally ``also`` (acceptable, not required). Predicted keywords (doc_id, keyword,
rank, as ``keywords.keywords`` and ``marts.keywords`` give them) are scored per document and
overall:

- P@10: share of the top 10 that are expected or also;
- R@10, R@20: share of the expected words found in the top 10 / top 20;
- noise: the top-10 words that are neither, by the kind that can be told mechanically, first
  match wins: ``digits`` (a digit or a numeral in the word), ``place`` (a name of the places
  list with or without its level, or a city/province/county by its form: keywords' place
  test), ``stoplist`` (listed in the keyword stoplist), ``single`` (one character); the rest is
  ``other``.

Overall figures pool the documents (micro: hits over all top-10 slots, found over all expected
words). No Dagster, no DuckDB.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from pipelines.domain.yamlfiles import load_yaml

NOISE_KINDS = ("digits", "place", "stoplist", "single", "other")
# a digit anywhere, or numerals with at most two characters after them (十四五, 万亿级, 两地)
_DIGITS = re.compile(r"[\d０-９]|^[〇零一二三四五六七八九十百千万亿两第]+.{0,2}$")


@dataclass(frozen=True)
class KeywordLabel:
    """The hand labels of one document."""

    file: str
    expected: tuple[str, ...]
    also: tuple[str, ...] = ()


def load_keyword_gold(path: str | Path, key: str = "documents") -> tuple[KeywordLabel, ...]:
    """Read keywords_gold.yaml: one label per document (``file`` = its doc_id). ``key`` names the
    set: ``documents`` (the 29 the rules were tuned on) or ``blind`` (labelled later, unseen)."""
    data = load_yaml(Path(path).read_text(encoding="utf-8"))
    return tuple(
        KeywordLabel(file=str(doc["file"]), expected=tuple(str(w) for w in doc["expected"]),
                     also=tuple(str(w) for w in doc.get("also") or ()))
        for doc in data.get(key) or ()
    )


def place_test() -> Callable[[str], bool]:
    """Whether a word is a place as the keyword filter tells one (keywords.PLACES_PATH: a listed
    name with or without its level, or a city, province or county by its form)."""
    from pipelines.domain.keywords import _NOT_A_PLACE, _place_pattern, load_places

    pattern = _place_pattern(load_places())

    def test(word: str) -> bool:
        return (not word.endswith(_NOT_A_PLACE)
                and bool(pl.Series([word], dtype=pl.String).str.contains(pattern).item()))

    return test


def noise_kind(word: str, places: Callable[[str], bool] | None = None,
               stoplist: Collection[str] = ()) -> str:
    """The kind of a top-10 word that is neither expected nor also (see NOISE_KINDS)."""
    if _DIGITS.search(word):
        return "digits"
    if places is not None and places(word):
        return "place"
    if word in stoplist:
        return "stoplist"
    if len(word) == 1:
        return "single"
    return "other"


@dataclass(frozen=True)
class DocumentKeywordScore:
    doc_id: str
    top10: tuple[str, ...]
    hits10: int  # top-10 words that are expected or also
    n_expected: int
    found10: tuple[str, ...]  # expected words in the top 10
    found20: tuple[str, ...]  # expected words in the top 20
    missed: tuple[str, ...]  # expected words not in the top 20
    noise: tuple[tuple[str, str], ...]  # (word, kind) of the top-10 words that are neither
    unreachable: tuple[str, ...] = ()  # expected words the segmenter cannot give as one token

    @property
    def p_at_10(self) -> float:
        return self.hits10 / len(self.top10) if self.top10 else 0.0

    @property
    def r_at_10(self) -> float:
        return len(self.found10) / self.n_expected if self.n_expected else 0.0

    @property
    def r_at_20(self) -> float:
        return len(self.found20) / self.n_expected if self.n_expected else 0.0


@dataclass(frozen=True)
class KeywordScores:
    documents: tuple[DocumentKeywordScore, ...]
    noise_by_kind: Mapping[str, int] = field(default_factory=dict)

    @property
    def p_at_10(self) -> float:
        slots = sum(len(d.top10) for d in self.documents)
        return sum(d.hits10 for d in self.documents) / slots if slots else 0.0

    def _recall(self, attr: str, reachable_only: bool = False) -> float:
        found = expected = 0
        for d in self.documents:
            out = set(d.unreachable) if reachable_only else set()
            found += sum(1 for w in getattr(d, attr) if w not in out)
            expected += d.n_expected - len(out)
        return found / expected if expected else 0.0

    @property
    def r_at_10(self) -> float:
        return self._recall("found10")

    @property
    def r_at_20(self) -> float:
        return self._recall("found20")

    @property
    def reachable_r_at_20(self) -> float:
        """R@20 over the expected words the segmenter can give as one token."""
        return self._recall("found20", reachable_only=True)

    @property
    def n_expected(self) -> int:
        return sum(d.n_expected for d in self.documents)

    @property
    def n_unreachable(self) -> int:
        return sum(len(d.unreachable) for d in self.documents)

    def format(self, per_document: bool = True) -> str:
        noise = ", ".join(f"{k} {self.noise_by_kind.get(k, 0)}" for k in NOISE_KINDS)
        lines = [
            f"keywords: {len(self.documents)} documents, {self.n_expected} expected words "
            f"({self.n_unreachable} not one segmenter token)",
            f"  P@10 {self.p_at_10:.3f}  R@10 {self.r_at_10:.3f}  R@20 {self.r_at_20:.3f}  "
            f"(R@20 of one-token words {self.reachable_r_at_20:.3f})",
            f"  noise in the top 10: {noise}",
        ]
        if per_document:
            for d in self.documents:
                lines.append(
                    f"  {d.doc_id[:40]:40s} P@10 {d.p_at_10:.2f} R@10 {d.r_at_10:.2f} "
                    f"R@20 {d.r_at_20:.2f}  top10: {' '.join(d.top10)}")
                if d.noise:
                    lines.append("      noise: " + " ".join(f"{w}({k})" for w, k in d.noise))
                if d.missed:
                    lines.append("      missed: " + " ".join(d.missed))
        return "\n".join(lines)


def score_keywords(
    gold: Iterable[KeywordLabel],
    predicted: pl.DataFrame,
    *,
    places: Callable[[str], bool] | None = None,
    stoplist: Collection[str] = (),
    reachable: Callable[[str], bool] | None = None,
) -> KeywordScores:
    """Score ``predicted`` (doc_id, keyword, rank; 1 = best) against ``gold``.

    ``places`` tells a place name and ``stoplist`` the stoplisted words (noise kinds);
    ``reachable`` whether the segmenter can give an expected word as one token (words that
    fail it are counted apart: a dictionary gap, not a ranking miss). A gold document without
    predictions scores 0.
    """
    ranked: dict[str, list[str]] = {}
    if predicted.height:
        rows = predicted.select(pl.col("doc_id").cast(pl.String), pl.col("keyword").cast(pl.String),
                                "rank").sort(["doc_id", "rank"])
        for doc_id, keyword in zip(rows.get_column("doc_id").to_list(),
                                   rows.get_column("keyword").to_list(), strict=True):
            ranked.setdefault(doc_id, []).append(keyword)
    stoplist = frozenset(stoplist)
    docs: list[DocumentKeywordScore] = []
    kinds: Counter[str] = Counter()
    for label in gold:
        words = ranked.get(label.file, [])
        top10, top20 = words[:10], set(words[:20])
        expected = list(dict.fromkeys(label.expected))
        good = set(expected) | set(label.also)
        noise = tuple((w, noise_kind(w, places, stoplist)) for w in top10 if w not in good)
        kinds.update(kind for _, kind in noise)
        docs.append(DocumentKeywordScore(
            doc_id=label.file,
            top10=tuple(top10),
            hits10=sum(1 for w in top10 if w in good),
            n_expected=len(expected),
            found10=tuple(w for w in expected if w in top10),
            found20=tuple(w for w in expected if w in top20),
            missed=tuple(w for w in expected if w not in top20),
            noise=noise,
            unreachable=tuple(w for w in expected if reachable is not None and not reachable(w)),
        ))
    return KeywordScores(tuple(docs), {k: kinds.get(k, 0) for k in NOISE_KINDS})
