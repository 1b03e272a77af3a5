"""Scoring extracted metrics and themes against the hand-built gold sets in tests/gold/.

Pure functions over polars frames: no dagster, no duckdb. The metric scorer answers two separate
questions: did the extractor find the quantitative statements (detection precision / recall /
F1, matched one-to-one on file + overlapping raw span + equal value), and, for the ones it found,
did it read them correctly (per-field accuracy). Gold rows flagged ``borderline`` are
"don't care": finding them is not rewarded, missing them is not punished.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path

import polars as pl
from pydantic import BaseModel, ConfigDict

from pipelines.domain.records import Metric
from pipelines.domain.yamlfiles import load_yaml

REL_TOL = 1e-6

GOLD_SCHEMA: dict[str, pl.DataType] = {
    "file": pl.String(),
    "quote": pl.String(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "sentence": pl.String(),
    "value": pl.Float64(),
    "value_high": pl.Float64(),
    "value_normalized": pl.Float64(),
    "unit_raw": pl.String(),
    "unit": pl.String(),
    "indicator": pl.String(),
    "subject": pl.String(),
    "kind": pl.String(),
    "qualifier": pl.String(),
    "qualifier_text": pl.String(),
    "period_text": pl.String(),
    "period_start": pl.Date(),
    "period_end": pl.Date(),
    "notes": pl.String(),
    "borderline": pl.Boolean(),
}

# Fields compared on matched pairs, in report order.
FIELDS = (
    "value",
    "value_normalized",
    "value_high",
    "unit",
    "indicator",
    "indicator_lenient",
    "subject",
    "kind",
    "qualifier",
    "period",
)

_PUNCT = re.compile(r"[\s\"'“”‘’《》〈〉「」『』()（）\[\]【】·・,，、。:：;；!！?？<>]+")
# dashes of ranges written every way (0—4岁, 1–10月; cleaning writes them all as 0-4岁)
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


# ----------------------------------------------------------------------------------------------
# Loading and shaping frames


def load_gold(path: str | Path) -> pl.DataFrame:
    """Read a gold JSONL file into a frame with the gold schema (dates parsed, flags filled)."""
    rows = [
        json.loads(line)
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return conform(pl.DataFrame(rows, infer_schema_length=None))


def conform(frame: pl.DataFrame) -> pl.DataFrame:
    """Give ``frame`` every gold column with the gold dtype; missing columns become null.

    Dates may come as ``date`` objects or ISO strings. Extra columns are kept at the end.
    """
    exprs = []
    for name, dtype in GOLD_SCHEMA.items():
        if name not in frame.columns:
            default = False if name == "borderline" else None
            exprs.append(pl.lit(default, dtype=dtype).alias(name))
            continue
        col = pl.col(name)
        if isinstance(dtype, pl.Date) and frame.schema[name] == pl.String:
            exprs.append(col.str.to_date("%Y-%m-%d", strict=False).alias(name))
        elif name == "borderline":
            exprs.append(col.cast(pl.Boolean).fill_null(False).alias(name))
        else:
            exprs.append(col.cast(dtype).alias(name))
    extra = [c for c in frame.columns if c not in GOLD_SCHEMA]
    return frame.select([*exprs, *[pl.col(c) for c in extra]])


def metrics_frame(
    metrics: Iterable[Metric], file: str, sentences: Mapping[int, str] | None = None
) -> pl.DataFrame:
    """Turn extractor output (records.Metric) for one file into a frame the scorer accepts."""
    rows = []
    for m in metrics:
        row = m.model_dump(exclude={"sent_no"})
        row["file"] = file
        row["sentence"] = (sentences or {}).get(m.sent_no)
        rows.append(row)
    if not rows:
        return conform(pl.DataFrame(schema={"file": pl.String}))
    return conform(pl.DataFrame(rows, infer_schema_length=None))


def canonical_text(text: str | None) -> str | None:
    """Compare-form of a label: NFKC, lower-case, one dash, no whitespace, quotes or brackets."""
    if text is None:
        return None
    out = _PUNCT.sub("", unicodedata.normalize("NFKC", text).translate(_DASHES)).lower()
    return out or None


# ----------------------------------------------------------------------------------------------
# Metric scoring


class FieldAccuracy(_Model):
    field: str
    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


class MetricExample(_Model):
    """A missed gold row or an unmatched prediction, for reading the errors."""

    file: str
    quote: str | None
    char_start: int | None
    char_end: int | None
    value: float | None
    sentence: str | None


class FileCounts(_Model):
    file: str
    gold: int
    predicted: int
    matched: int


class MetricScores(_Model):
    gold_count: int  # gold rows that count (borderline rows excluded)
    predicted_count: int  # predictions that count (matches to borderline rows excluded)
    matched: int
    borderline_matched: int
    precision: float
    recall: float
    f1: float
    fields: tuple[FieldAccuracy, ...]
    per_file: tuple[FileCounts, ...]
    false_negatives: tuple[MetricExample, ...]
    false_positives: tuple[MetricExample, ...]

    def accuracy(self, field: str) -> float | None:
        """Accuracy of ``field`` on matched pairs (None when nothing matched)."""
        for f in self.fields:
            if f.field == field:
                return f.accuracy
        raise KeyError(field)

    def format(self, max_examples: int = 25) -> str:
        """A plain-text report: detection scores, field accuracies, per file, then errors."""
        lines = [
            "Metric detection",
            f"  gold {self.gold_count}  predicted {self.predicted_count}  matched {self.matched}"
            f"  (borderline matched, not counted: {self.borderline_matched})",
            f"  precision {self.precision:.3f}  recall {self.recall:.3f}  f1 {self.f1:.3f}",
            "Field accuracy on matched pairs",
        ]
        for f in self.fields:
            acc = "  n/a" if f.accuracy is None else f"{f.accuracy:.3f}"
            lines.append(f"  {f.field:<18} {acc}  ({f.correct}/{f.total})")
        lines.append("Per file (gold / predicted / matched)")
        for c in self.per_file:
            lines.append(f"  {c.file:<28} {c.gold:>4} {c.predicted:>4} {c.matched:>4}")
        for title, examples in (
            ("Missed (false negatives)", self.false_negatives),
            ("Spurious (false positives)", self.false_positives),
        ):
            lines.append(f"{title}: {len(examples)}")
            for ex in examples[:max_examples]:
                sentence = (ex.sentence or "")[:80]
                doc = ex.file.split("_")[0]
                lines.append(f"  {doc} @{ex.char_start} {ex.quote!r:<18} | {sentence}")
            if len(examples) > max_examples:
                lines.append(f"  ... {len(examples) - max_examples} more")
        return "\n".join(lines)


def _close(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Equal within REL_TOL relative tolerance; two nulls are equal, null vs value is not."""
    tol = pl.max_horizontal(a.abs(), b.abs()) * REL_TOL
    both_null = a.is_null() & b.is_null()
    return both_null | ((a - b).abs() <= tol).fill_null(False)


def _same(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Exact equality where two nulls count as equal."""
    return a.eq_missing(b)


def _candidates(gold: pl.DataFrame, pred: pl.DataFrame) -> pl.DataFrame:
    """All (gold, prediction) pairs in the same file with overlapping spans and equal values."""
    g = gold.select(
        "_gi", "file", "char_start", "char_end", "value", "value_normalized", "borderline"
    )
    p = pred.select("_pi", "file", "char_start", "char_end", "value", "value_normalized")
    pairs = g.join(p, on="file", suffix="_p")
    overlap = pl.min_horizontal("char_end", "char_end_p") - pl.max_horizontal(
        "char_start", "char_start_p"
    )
    value_ok = _close(pl.col("value"), pl.col("value_p")) | (
        pl.col("value_normalized").is_not_null()
        & _close(pl.col("value_normalized"), pl.col("value_normalized_p"))
    )
    return (
        pairs.with_columns(overlap.alias("_overlap"))
        .filter((pl.col("_overlap") > 0) & value_ok)
        .with_columns((pl.col("char_start") - pl.col("char_start_p")).abs().alias("_offset"))
        .sort(
            ["borderline", "_overlap", "_offset", "_gi", "_pi"],
            descending=[False, True, False, False, False],
        )
    )


def _greedy(candidates: pl.DataFrame) -> list[tuple[int, int]]:
    """One-to-one matching, taking candidate pairs in order (best overlap first)."""
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for gi, pi in candidates.select("_gi", "_pi").iter_rows():
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _field_checks(matched: pl.DataFrame) -> pl.DataFrame:
    """One boolean column per field, computed on the joined matched pairs."""
    g, p = pl.col, lambda name: pl.col(f"{name}_p")
    ind_g, ind_p = g("_ind"), p("_ind")
    lenient = (
        (ind_g.is_null() & ind_p.is_null())
        | ind_g.str.contains(ind_p, literal=True).fill_null(False)
        | ind_p.str.contains(ind_g, literal=True).fill_null(False)
    )
    return matched.select(
        _close(g("value"), p("value")).alias("value"),
        _close(g("value_normalized"), p("value_normalized")).alias("value_normalized"),
        _close(g("value_high"), p("value_high")).alias("value_high"),
        _same(g("_unit"), p("_unit")).alias("unit"),
        _same(ind_g, ind_p).alias("indicator"),
        lenient.alias("indicator_lenient"),
        _same(g("_subject"), p("_subject")).alias("subject"),
        _same(g("kind"), p("kind")).alias("kind"),
        _same(g("qualifier").fill_null("none"), p("qualifier").fill_null("none")).alias(
            "qualifier"
        ),
        (
            _same(g("period_start"), p("period_start")) & _same(g("period_end"), p("period_end"))
        ).alias("period"),
    )


def _canon_columns(frame: pl.DataFrame) -> pl.DataFrame:
    canon = {"_ind": "indicator", "_unit": "unit", "_subject": "subject"}
    return frame.with_columns(
        pl.col(src).map_elements(canonical_text, return_dtype=pl.String).alias(dst)
        for dst, src in canon.items()
    )


def _examples(frame: pl.DataFrame) -> tuple[MetricExample, ...]:
    rows = frame.sort("file", "char_start").select(
        "file", "quote", "char_start", "char_end", "value", "sentence"
    )
    return tuple(MetricExample(**row) for row in rows.iter_rows(named=True))


def score_metrics(gold: pl.DataFrame, predicted: pl.DataFrame) -> MetricScores:
    """Score predicted metric rows against gold rows (both with the gold columns)."""
    gold = _canon_columns(conform(gold)).with_row_index("_gi")
    pred = _canon_columns(conform(predicted)).with_row_index("_pi")
    pairs = _greedy(_candidates(gold, pred))
    pair_frame = pl.DataFrame(pairs, schema={"_gi": pl.UInt32, "_pi": pl.UInt32}, orient="row")
    matched = pair_frame.join(gold, on="_gi").join(pred, on="_pi", suffix="_p")
    counted = matched.filter(~pl.col("borderline"))
    borderline_matched = matched.height - counted.height

    checks = _field_checks(counted)
    fields = tuple(
        FieldAccuracy(field=name, correct=int(checks[name].sum()), total=counted.height)
        for name in FIELDS
    )

    missed = gold.filter(~pl.col("_gi").is_in(pair_frame["_gi"].implode()) & ~pl.col("borderline"))
    spurious = pred.filter(~pl.col("_pi").is_in(pair_frame["_pi"].implode()))
    gold_count = gold.height - int(gold["borderline"].sum())
    predicted_count = pred.height - borderline_matched
    tp = counted.height
    precision = tp / predicted_count if predicted_count else 0.0
    recall = tp / gold_count if gold_count else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    return MetricScores(
        gold_count=gold_count,
        predicted_count=predicted_count,
        matched=tp,
        borderline_matched=borderline_matched,
        precision=precision,
        recall=recall,
        f1=f1,
        fields=fields,
        per_file=_per_file(gold, pred, counted, matched),
        false_negatives=_examples(missed),
        false_positives=_examples(spurious),
    )


def _per_file(
    gold: pl.DataFrame, pred: pl.DataFrame, counted: pl.DataFrame, matched: pl.DataFrame
) -> tuple[FileCounts, ...]:
    g = gold.filter(~pl.col("borderline")).group_by("file").len("gold")
    p = pred.group_by("file").len("predicted")
    ignored = matched.filter(pl.col("borderline")).group_by("file").len("ignored")
    m = counted.group_by("file").len("matched")
    table = (
        g.join(p, on="file", how="full", coalesce=True)
        .join(ignored, on="file", how="left")
        .join(m, on="file", how="left")
        .fill_null(0)
        .with_columns((pl.col("predicted") - pl.col("ignored")).alias("predicted"))
        .sort("file")
    )
    return tuple(
        FileCounts(file=r["file"], gold=r["gold"], predicted=r["predicted"], matched=r["matched"])
        for r in table.iter_rows(named=True)
    )


# ----------------------------------------------------------------------------------------------
# Theme scoring


class ThemeUnitScore(_Model):
    unit: str
    labelled: tuple[str, ...]
    predicted: tuple[str, ...]  # the top-k considered
    found: tuple[str, ...]
    missing: tuple[str, ...]


class ThemeScores(_Model):
    k: int
    units: int
    labelled: int  # labelled themes over all units
    found: int  # of those, how many are in the unit's top-k
    recall_at_k: float  # found / labelled (micro)
    mean_unit_recall: float  # mean over units of the per-unit share (macro)
    top1_accuracy: float  # share of units whose first predicted theme is labelled
    per_unit: tuple[ThemeUnitScore, ...]

    def format(self) -> str:
        """A plain-text report with the per-unit misses."""
        lines = [
            f"Themes (top-{self.k}) over {self.units} units",
            f"  recall@{self.k} {self.recall_at_k:.3f} ({self.found}/{self.labelled})"
            f"  mean unit recall {self.mean_unit_recall:.3f}  top-1 accuracy"
            f" {self.top1_accuracy:.3f}",
        ]
        for u in self.per_unit:
            if u.missing:
                missing, predicted = "、".join(u.missing), "、".join(u.predicted)
                lines.append(f"  {u.unit}: missing {missing}; predicted {predicted}")
        return "\n".join(lines)


def score_themes(
    labels: Mapping[str, Sequence[str]], predicted_topk: Mapping[str, Sequence[str]], k: int
) -> ThemeScores:
    """Share of labelled themes that appear among each unit's top-k predicted themes.

    ``labels`` maps a unit id (a document or section) to its gold themes; ``predicted_topk`` maps
    the same ids to predicted themes, best first. A unit with no prediction finds nothing.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    per_unit = []
    for unit, gold in labels.items():
        top = tuple(dict.fromkeys(predicted_topk.get(unit, ())))[:k]
        gold_set = tuple(dict.fromkeys(gold))
        found = tuple(t for t in gold_set if t in top)
        missing = tuple(t for t in gold_set if t not in top)
        per_unit.append(
            ThemeUnitScore(
                unit=unit, labelled=gold_set, predicted=top, found=found, missing=missing
            )
        )
    labelled = sum(len(u.labelled) for u in per_unit)
    found = sum(len(u.found) for u in per_unit)
    scored = [u for u in per_unit if u.labelled]
    return ThemeScores(
        k=k,
        units=len(per_unit),
        labelled=labelled,
        found=found,
        recall_at_k=found / labelled if labelled else 0.0,
        mean_unit_recall=(
            sum(len(u.found) / len(u.labelled) for u in scored) / len(scored) if scored else 0.0
        ),
        top1_accuracy=(
            sum(1 for u in scored if u.predicted and u.predicted[0] in u.labelled) / len(scored)
            if scored
            else 0.0
        ),
        per_unit=tuple(per_unit),
    )


class ThemeLabel(_Model):
    """Gold themes of a whole document (no span) or of one of its sections."""

    file: str
    heading: str | None = None
    raw_start: int | None = None
    raw_end: int | None = None
    themes: tuple[str, ...]

    @property
    def unit(self) -> str:
        return self.file if self.heading is None else f"{self.file}#{self.heading}"


def load_theme_gold(path: str | Path) -> tuple[ThemeLabel, ...]:
    """Read themes_gold.yaml: one label per document, then one per labelled section."""
    data = load_yaml(Path(path).read_text(encoding="utf-8"))
    out: list[ThemeLabel] = []
    for doc in data["documents"]:
        out.append(ThemeLabel(file=doc["file"], themes=tuple(doc["themes"])))
        for sec in doc.get("sections", ()):
            out.append(
                ThemeLabel(
                    file=doc["file"],
                    heading=sec["heading"],
                    raw_start=sec["raw_start"],
                    raw_end=sec["raw_end"],
                    themes=tuple(sec["themes"]),
                )
            )
    return tuple(out)


def load_reference_dates(path: str | Path) -> dict[str, date]:
    """Read documents.yaml: file name -> reference date used to resolve relative periods."""
    data = load_yaml(Path(path).read_text(encoding="utf-8"))
    return {d["file"]: d["reference_date"] for d in data["documents"]}
