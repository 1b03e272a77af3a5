"""The theme taxonomy: themes, sub-themes and their weighted evidence terms, read from
``pipelines/data/themes.yaml`` (a user extends it there, not in code)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

from pipelines.domain.yamlfiles import load_yaml

THEMES_PATH = Path(__file__).resolve().parents[2] / "data" / "themes.yaml"


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
    """Themes plus the affixes a segmenter may glue onto a term, and the phrases that hold a
    term without being its evidence (``not_evidence``: 每万人口 holds 人口; see themes.yaml)."""

    themes: tuple[Theme, ...]
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    not_evidence: tuple[str, ...] = ()


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
        prefixes=_phrases(affixes.get("prefixes")),
        suffixes=_phrases(affixes.get("suffixes")),
        not_evidence=_phrases(data.get("not_evidence")),
    )


def _phrases(entries: object) -> tuple[str, ...]:
    """A YAML list of phrases, spaces ignored as in terms (none when absent)."""
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise ValueError(f"expected a list of phrases, got {entries!r}")
    return tuple(_normalize_term(e) for e in entries if e)


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
def default_term_table() -> pl.DataFrame:
    return term_table(load_themes())


def all_terms(themes: Sequence[Theme] | None = None) -> list[str]:
    """Every evidence term (e.g. to add to a segmenter's user dictionary), longest first."""
    table = term_table(themes) if themes is not None else default_term_table()
    terms = table.get_column("term").unique().to_list()
    return sorted(terms, key=lambda t: (-len(t), t))
