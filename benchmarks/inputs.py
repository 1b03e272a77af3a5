"""The documents a per-stage benchmark times: the seed pages copied, or a generated corpus."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from benchmarks.corpus import MB, generate

ROOT = Path(__file__).resolve().parents[1]
Doc = tuple[str, str, date | None]  # doc_id, raw text, publication date if known


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--copies", type=int, default=4, help="copies of the seed pages")
    parser.add_argument("--mb", type=float, default=None, help="use a generated corpus instead")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=5)


def input_documents(args: argparse.Namespace) -> list[Doc]:
    """A generated corpus of ``--mb`` MB, else every seed page ``--copies`` times (distinct ids,
    no known date)."""
    if args.mb:
        generated = generate(int(args.mb * MB), args.seed)
        return [(d.rel_path, d.text, d.published_on) for d in generated]
    pages = sorted((ROOT / "seeds").glob("*.txt"))
    return [(f"{p.stem}#{k}", p.read_text(encoding="utf-8"), None)
            for k in range(args.copies) for p in pages]


def raw_mb(docs: list[Doc]) -> float:
    return sum(len(raw.encode()) for _, raw, _ in docs) / MB
