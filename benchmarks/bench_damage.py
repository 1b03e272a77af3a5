"""How metric extraction holds up under the damage of text pulled out of printed pages.

For every document (the seeds and the held-out gold documents) and every kind of damage of
``tests/support/damage.py`` (``DAMAGES``, and the layouts of ``LAYOUTS``: two_columns,
tables_in_columns), the
damaged page is analysed as the clean one is
(``analyse_document``, at the gold set's reference date) and its metrics compared with the clean
page's, as multisets of (value, value_high, unit, kind, period start, period end, indicator):

- recovered: share of the clean page's metrics found again;
- extra: damaged-page metrics with no clean counterpart, as a share of the clean metrics (for
  ``pasted_twice`` the repeated block's own metrics, stated twice, are expected and not extra);
- sentences: damaged / clean sentence count;
- date: share of documents whose detected date is unchanged.

    python -m benchmarks.bench_damage [--seeds 2] [--docs h01,h04,...]
"""

from __future__ import annotations

import argparse
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipelines.domain.analysis import analyse_document
from pipelines.domain.evaluation import load_reference_dates
from pipelines.domain.records import Metric
from tests.support.damage import DAMAGES, LAYOUTS, duplicated_span

PROJECT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT / "seeds"
GOLD = PROJECT / "tests" / "gold"
HELDOUT = GOLD / "heldout"

Key = tuple


def documents(names: Iterable[str] | None = None) -> list[tuple[str, str, date | None]]:
    """(name, text, reference date) of the seeds and held-out documents (``names``: the ids of
    those to keep, a file name's part before its first underscore, e.g. "000", "h04": "h10"
    keeps h10, not h100)."""
    out = []
    for folder, gold in ((SEEDS, GOLD), (HELDOUT, HELDOUT)):
        dates = load_reference_dates(gold / "documents.yaml")
        for path in sorted(folder.glob("*.txt")):
            if names is None or path.name.split("_")[0] in names:
                out.append((path.name, path.read_text(encoding="utf-8"), dates.get(path.name)))
    return out


def key(m: Metric) -> Key:
    return (round(m.value, 6), None if m.value_high is None else round(m.value_high, 6),
            m.unit, m.kind, m.period_start, m.period_end, m.indicator)


@dataclass
class Tally:
    clean: int = 0
    recovered: int = 0
    extra: int = 0
    clean_sentences: int = 0
    sentences: int = 0
    documents: int = 0
    same_date: int = 0
    worst: list[tuple[float, str]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for f in ("clean", "recovered", "extra", "clean_sentences", "sentences", "documents",
                  "same_date"):
            setattr(self, f, getattr(self, f) + getattr(other, f))
        self.worst += other.worst

    @property
    def recovered_share(self) -> float:
        return self.recovered / self.clean if self.clean else 1.0

    @property
    def extra_share(self) -> float:
        return self.extra / self.clean if self.clean else 0.0

    @property
    def sentence_ratio(self) -> float:
        return self.sentences / self.clean_sentences if self.clean_sentences else 1.0


# a layout drawn as another one is (tables_in_columns: two_columns' widths, gaps and heights),
# so that documents without a narrow table score as under that one and the difference is the
# tables'
SAME_DRAWS = {"tables_in_columns": "two_columns"}


def seed_of(name: str, kind: str, k: int) -> int:
    return zlib.crc32(f"{name}|{SAME_DRAWS.get(kind, kind)}|{k}".encode())


def compare(name: str, text: str, ref: date | None, kind: str, seed: int,
            clean: tuple[list[Metric], int, date | None] | None = None) -> Tally:
    """One document under one damage, compared with the clean page."""
    if clean is None:
        a = analyse_document(text, published_on=ref)
        clean = (a.metrics, len(a.cleaned.sentences), a.doc_date)
    metrics, n_sentences, doc_date = clean
    damage = DAMAGES.get(kind) or LAYOUTS[kind]
    damaged = analyse_document(damage(text, seed), published_on=ref)
    want = Counter(map(key, metrics))
    if kind == "pasted_twice":  # the repeated block's figures are stated twice
        lo, hi = duplicated_span(text, seed)
        want.update(key(m) for m in metrics if lo <= m.char_start < hi)
    got = Counter(map(key, damaged.metrics))
    found = sum((want & got).values())
    t = Tally(clean=sum(want.values()), recovered=found, extra=sum((got - want).values()),
              clean_sentences=n_sentences, sentences=len(damaged.cleaned.sentences),
              documents=1, same_date=int(damaged.doc_date == doc_date))
    t.worst.append((found / t.clean if t.clean else 1.0, name))
    return t


def measure(docs: list[tuple[str, str, date | None]], kinds: Iterable[str] = tuple(DAMAGES),
            seeds: int = 1) -> dict[str, Tally]:
    """Tally per damage kind over ``docs``, ``seeds`` damaged versions of each."""
    kinds = list(kinds)
    out = {kind: Tally() for kind in kinds}
    for name, text, ref in docs:
        a = analyse_document(text, published_on=ref)
        clean = (a.metrics, len(a.cleaned.sentences), a.doc_date)
        for kind in kinds:
            for k in range(seeds):
                out[kind].add(compare(name, text, ref, kind, seed_of(name, kind, k), clean))
    return out


def table(tallies: dict[str, Tally]) -> str:
    lines = ["| damage | clean metrics | recovered | extra | sentences (damaged/clean) "
             "| same date | worst documents (recovered) |",
             "|---|---:|---:|---:|---:|---:|---|"]
    total = Tally()
    for kind, t in tallies.items():
        total.add(t)
        worst = ", ".join(f"{n.split('_')[0]} {s:.2f}" for s, n in sorted(t.worst)[:3]
                          if s < 1.0)
        lines.append(f"| {kind} | {t.clean} | {t.recovered_share:.3f} | {t.extra_share:.3f} "
                     f"| {t.sentence_ratio:.3f} | {t.same_date}/{t.documents} | {worst} |")
    lines.append(f"| all kinds | {total.clean} | {total.recovered_share:.3f} "
                 f"| {total.extra_share:.3f} | {total.sentence_ratio:.3f} "
                 f"| {total.same_date}/{total.documents} | |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=2, help="damaged versions per document")
    parser.add_argument("--docs", help="comma-separated document ids: h01,h04 (default: all)")
    parser.add_argument("--kinds", help="comma-separated damage kinds (default: all)")
    args = parser.parse_args()
    docs = documents(args.docs.split(",") if args.docs else None)
    kinds = args.kinds.split(",") if args.kinds else [*DAMAGES, *LAYOUTS]
    print(f"{len(docs)} documents, {args.seeds} damaged version(s) of each per kind")
    print(table(measure(docs, kinds, args.seeds)))


if __name__ == "__main__":
    main()
