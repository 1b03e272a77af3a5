"""Policy-term quality against hand labels (tests/gold/policy_terms_gold.yaml).

Each gold document carries ``gold`` terms (the formulas, slogans, campaigns and titles an analyst
would want listed for it) and optionally ``also`` (acceptable, not required). Predicted terms
(doc_id, term, as ``policy_terms.policy_terms_frame`` and ``marts.policy_terms`` give them) are
scored per document and overall:

- precision: share of the extracted terms that are gold or also;
- recall: share of the gold terms extracted;
- F1 of the two; and the misses (gold terms not extracted) and false terms (extracted terms that
  are neither) listed.

Terms are compared as written, but for the 《》 of a title, which either side may leave off
(《成渝地区双城经济圈建设规划纲要》 matches 成渝地区双城经济圈建设规划纲要), dashes (the clean
text writes ``-``) and surrounding space. Overall figures pool the documents (micro: true terms
over all extracted terms, found over all gold terms). No Dagster, no DuckDB.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from pipelines.domain.yamlfiles import load_yaml


@dataclass(frozen=True)
class PolicyTermLabel:
    """The hand labels of one document."""

    file: str
    gold: tuple[str, ...]
    also: tuple[str, ...] = ()


def load_policy_term_gold(path: str | Path) -> tuple[PolicyTermLabel, ...]:
    """Read policy_terms_gold.yaml: one label per document (``file`` = its doc_id)."""
    data = load_yaml(Path(path).read_text(encoding="utf-8"))
    return tuple(
        PolicyTermLabel(file=str(doc["file"]), gold=tuple(str(t) for t in doc.get("gold") or ()),
                        also=tuple(str(t) for t in doc.get("also") or ()))
        for doc in data["documents"]
    )


_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "―": "-"})


def normalize_term(term: str) -> str:
    """The form terms are compared in: without surrounding space and a title's 《》, dashes as
    ``-`` (the cleaning stage writes a date range's ``—`` so: （2024—2026年）)."""
    term = term.strip().translate(_DASHES)
    if term.startswith("《") and term.endswith("》"):
        term = term[1:-1].strip()
    return term


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class DocumentPolicyTermScore:
    doc_id: str
    extracted: tuple[str, ...]
    n_true: int  # extracted terms that are gold or also
    n_gold: int
    found: tuple[str, ...]  # gold terms extracted
    missed: tuple[str, ...]  # gold terms not extracted
    false: tuple[str, ...]  # extracted terms that are neither gold nor also

    @property
    def precision(self) -> float:
        """Share of the extracted terms that are right; 1.0 when nothing was extracted."""
        return self.n_true / len(self.extracted) if self.extracted else 1.0

    @property
    def recall(self) -> float:
        """Share of the gold terms found; 1.0 for a document without gold terms."""
        return len(self.found) / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass(frozen=True)
class PolicyTermScores:
    documents: tuple[DocumentPolicyTermScore, ...]

    @property
    def n_extracted(self) -> int:
        return sum(len(d.extracted) for d in self.documents)

    @property
    def n_true(self) -> int:
        return sum(d.n_true for d in self.documents)

    @property
    def n_gold(self) -> int:
        return sum(d.n_gold for d in self.documents)

    @property
    def n_found(self) -> int:
        return sum(len(d.found) for d in self.documents)

    @property
    def precision(self) -> float:
        return self.n_true / self.n_extracted if self.n_extracted else 1.0

    @property
    def recall(self) -> float:
        return self.n_found / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    def format(self, per_document: bool = True) -> str:
        lines = [
            f"policy terms: {len(self.documents)} documents, {self.n_gold} gold terms, "
            f"{self.n_extracted} extracted",
            f"  precision {self.precision:.3f} ({self.n_true}/{self.n_extracted})  "
            f"recall {self.recall:.3f} ({self.n_found}/{self.n_gold})  F1 {self.f1:.3f}",
        ]
        if per_document:
            for d in self.documents:
                lines.append(f"  {d.doc_id[:40]:40s} P {d.precision:.2f} R {d.recall:.2f} "
                             f"F1 {d.f1:.2f}  ({len(d.extracted)} extracted, {d.n_gold} gold)")
                if d.missed:
                    lines.append("      missed: " + " | ".join(d.missed))
                if d.false:
                    lines.append("      false: " + " | ".join(d.false))
        return "\n".join(lines)


def score_policy_terms(gold: Iterable[PolicyTermLabel],
                       predicted: pl.DataFrame) -> PolicyTermScores:
    """Score ``predicted`` (doc_id, term) against ``gold``. A gold document without
    predictions has recall 0 where it has gold terms; predictions for documents not in the gold
    set are ignored."""
    terms: dict[str, list[str]] = {}
    if predicted.height:
        rows = predicted.select(pl.col("doc_id").cast(pl.String), pl.col("term").cast(pl.String))
        for doc_id, term in rows.iter_rows():
            terms.setdefault(doc_id, []).append(term)
    docs: list[DocumentPolicyTermScore] = []
    for label in gold:
        extracted = tuple(dict.fromkeys(terms.get(label.file, [])))
        got = {normalize_term(t) for t in extracted}
        gold_terms = list(dict.fromkeys(label.gold))
        good = {normalize_term(t) for t in (*gold_terms, *label.also)}
        docs.append(DocumentPolicyTermScore(
            doc_id=label.file,
            extracted=extracted,
            n_true=sum(1 for t in extracted if normalize_term(t) in good),
            n_gold=len(gold_terms),
            found=tuple(t for t in gold_terms if normalize_term(t) in got),
            missed=tuple(t for t in gold_terms if normalize_term(t) not in got),
            false=tuple(t for t in extracted if normalize_term(t) not in good),
        ))
    return PolicyTermScores(tuple(docs))
