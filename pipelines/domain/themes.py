"""Policy-theme scoring: which themes each sentence and document talks about, with the evidence.

The taxonomy lives in ``pipelines/data/themes.yaml`` (themes, sub-themes, weighted evidence
terms). Matching works on tokens, not substrings: a term counts when one token or a run of
consecutive tokens in a sentence spells it exactly, so ``创新`` inside the token ``科技创新`` never
counts, and ``低空经济`` is found whether the segmenter emits one token or ``低空`` + ``经济``.
Overlapping matches are resolved longest-first, so ``科技创新`` is not also counted as ``创新``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl
import yaml

from pipelines.domain.records import DocumentTheme, Sentence

THEMES_PATH = Path(__file__).resolve().parent.parent / "data" / "themes.yaml"
MAX_TERM_TOKENS = 8  # longest token run tried when matching a term

HITS_SCHEMA = {
    "sent_no": pl.Int64,
    "theme": pl.String,
    "score": pl.Float64,
    "terms": pl.List(pl.String),
}


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


@cache
def load_taxonomy(path: Path = THEMES_PATH) -> Taxonomy:
    """The taxonomy from YAML (cached: read once per process)."""
    with open(path, encoding="utf-8") as fh:
        return parse_taxonomy(yaml.safe_load(fh))


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


def _affix_pattern(affixes: Sequence[str], *, at_start: bool) -> str | None:
    if not affixes:
        return None
    alternation = "|".join(sorted((re.escape(a) for a in affixes), key=len, reverse=True))
    return f"^(?:{alternation})" if at_start else f"(?:{alternation})$"


def _token_runs(tokens: pl.DataFrame, max_len: int) -> pl.DataFrame:
    """Every run of 1..max_len consecutive tokens of a sentence: (sent_no, start, end, text)."""
    base = (
        tokens.select(
            pl.col("sent_no").cast(pl.Int64),
            pl.col("position").cast(pl.Int64),
            pl.col("word").cast(pl.String).str.strip_chars(),
            pl.col("is_stopword").cast(pl.Boolean).fill_null(False),
        )
        .filter(pl.col("word").str.len_chars() > 0)
        .sort("sent_no", "position")
    )
    runs = []
    for n in range(1, max_len + 1):
        words = [pl.col("word").shift(-k).over("sent_no") for k in range(n)]
        last = pl.col("position").shift(-(n - 1)).over("sent_no")
        run = base.with_columns(pl.concat_str(words).alias("text"), last.alias("last")).filter(
            # n consecutive positions; a lone stopword is never evidence
            (pl.col("last") - pl.col("position") == n - 1)
            & ((pl.lit(n) > 1) | ~pl.col("is_stopword"))
        )
        runs.append(
            run.select(
                "sent_no",
                pl.col("position").alias("start"),
                (pl.col("last") + 1).alias("end"),
                "text",
            )
        )
    return pl.concat(runs)


def _term_matches(tokens: pl.DataFrame, table: pl.DataFrame, taxonomy: Taxonomy) -> pl.DataFrame:
    """Token runs that spell a term: (sent_no, start, end, term), longest-first, no overlaps."""
    longest = int(table.get_column("term").str.len_chars().max() or 1)
    affix_room = max((len(a) for a in taxonomy.prefixes + taxonomy.suffixes), default=0)
    runs = _token_runs(tokens, min(MAX_TERM_TOKENS, longest + affix_room))
    terms = table.select(pl.col("term").unique())
    exact = runs.join(terms, left_on="text", right_on="term", how="inner").with_columns(
        pl.col("text").alias("term")
    )
    stripped = pl.col("text")
    for pattern in (
        _affix_pattern(taxonomy.prefixes, at_start=True),
        _affix_pattern(taxonomy.suffixes, at_start=False),
    ):
        if pattern:
            stripped = stripped.str.replace(pattern, "")
    glued = (
        runs.join(
            exact.select("sent_no", "start", "end"), on=["sent_no", "start", "end"], how="anti"
        )
        .with_columns(stripped.alias("term"))
        .filter((pl.col("term") != pl.col("text")) & (pl.col("term").str.len_chars() >= 2))
        .join(terms, on="term", how="inner")
    )
    candidates = pl.concat([exact, glued]).select("sent_no", "start", "end", "term")
    if candidates.is_empty():
        return candidates
    # drop a match that lies inside a strictly longer match in the same sentence
    covered = (
        candidates.join(candidates, on="sent_no", suffix="_o")
        .filter(
            (pl.col("start_o") <= pl.col("start"))
            & (pl.col("end_o") >= pl.col("end"))
            & ((pl.col("end_o") - pl.col("start_o")) > (pl.col("end") - pl.col("start")))
        )
        .select("sent_no", "start", "end")
        .unique()
    )
    kept = candidates.join(covered, on=["sent_no", "start", "end"], how="anti").sort(
        ["sent_no", "start", "end"], descending=[False, False, True]
    )
    # partial overlaps (A B C with terms AB and BC): the earlier-starting match wins
    prev_end = pl.col("end").cum_max().shift(1).over("sent_no").fill_null(-1)
    return kept.filter(pl.col("start") >= prev_end)


def score_sentences(
    tokens: pl.DataFrame,
    table: pl.DataFrame | None = None,
    taxonomy: Taxonomy | None = None,
) -> pl.DataFrame:
    """Theme evidence per sentence of one document.

    ``tokens`` has columns sent_no, position, word, pos, is_stopword. Returns sent_no, theme,
    score (sum of matched term weights, each occurrence counted) and terms (distinct matched
    terms in order of first appearance), sorted by sent_no then score descending. ``table`` /
    ``taxonomy`` default to the shipped themes.yaml.
    """
    taxonomy = load_taxonomy() if taxonomy is None else taxonomy
    if table is None:
        table = (
            _default_term_table() if taxonomy is load_taxonomy() else term_table(taxonomy.themes)
        )
    if tokens.is_empty():
        return pl.DataFrame(schema=HITS_SCHEMA)
    matches = _term_matches(tokens, table, taxonomy)
    if matches.is_empty():
        return pl.DataFrame(schema=HITS_SCHEMA)
    return (
        matches.join(table, on="term", how="inner")
        .sort("sent_no", "start")
        .group_by("sent_no", "theme", maintain_order=True)
        .agg(
            pl.col("weight").sum().alias("score"),
            pl.col("term").unique(maintain_order=True).alias("terms"),
        )
        .sort(["sent_no", "score", "theme"], descending=[False, True, False])
        .select(list(HITS_SCHEMA))
        .cast(HITS_SCHEMA)
    )


def _top_level_ids(themes: Iterable[Theme]) -> set[str]:
    return {t.id for t in themes if t.is_top_level}


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
    themes = load_themes() if themes is None else themes
    top = _top_level_ids(themes)
    if hits.is_empty():
        return []
    min_sentences = max(1.0, min_sentence_share * max(n_sentences, 0))
    per_theme = (
        hits.with_columns(pl.col("score").clip(upper_bound=sentence_cap).alias("capped"))
        .group_by("theme")
        .agg(pl.col("capped").sum().alias("weight"), pl.col("sent_no").n_unique().alias("n"))
        .with_columns(pl.col("theme").is_in(list(top)).alias("top"))
    )
    total = per_theme.filter(pl.col("top")).get_column("weight").sum()
    if not total:
        total = per_theme.get_column("weight").sum()
    ranked = (
        per_theme.filter(pl.col("n") >= min_sentences)
        .with_columns((pl.col("weight") / total).alias("score"))
        .sort(["top", "score", "theme"], descending=[True, True, False])
    )
    return [
        DocumentTheme(theme=row["theme"], score=round(row["score"], 6), rank=i)
        for i, row in enumerate(ranked.iter_rows(named=True), start=1)
    ]


def sentence_themes(
    hits: pl.DataFrame,
    sentences: Sequence[Sentence],
    *,
    relative_cutoff: float = 0.5,
) -> dict[int, tuple[str, ...]]:
    """Themes of every sentence, falling back to its nearest heading's themes when it has none.

    A sentence keeps the themes whose score is at least ``relative_cutoff`` times its best theme's
    score (strongest first; sub-themes listed with their parent). A sentence with no evidence
    takes the themes of the innermost enclosing heading (``heading_path``) that has any.
    """
    if hits.is_empty():
        own: dict[int, tuple[str, ...]] = {}
    else:
        kept = (
            hits.with_columns(pl.col("score").max().over("sent_no").alias("best"))
            .filter(pl.col("score") >= relative_cutoff * pl.col("best"))
            .sort(["sent_no", "score", "theme"], descending=[False, True, False])
            .group_by("sent_no", maintain_order=True)
            .agg(pl.col("theme"))
        )
        own = {row[0]: tuple(row[1]) for row in kept.iter_rows()}

    result: dict[int, tuple[str, ...]] = {}
    heading_no: dict[str, int] = {}  # heading text -> sent_no of the latest heading so far
    for sentence in sorted(sentences, key=lambda s: s.sent_no):
        if sentence.is_heading:
            heading_no[sentence.text.strip()] = sentence.sent_no
        themes_here = own.get(sentence.sent_no, ())
        if not themes_here:
            for heading in reversed(sentence.heading_path):
                themes_here = own.get(heading_no.get(heading.strip(), -1), ())
                if themes_here:
                    break
        result[sentence.sent_no] = themes_here
    return result
