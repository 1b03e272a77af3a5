"""CPU cost of the stages that follow cleaning, called as a worker calls them.

A worker job (``pipelines/warehouse/worker.py``) cuts a batch's sentences into tokens a slice of
``MAX_SLICE_SENTENCES`` at a time (Categorical columns, with each document's keyword candidate
counts), scores each slice's theme hits, builds the theme tables of the batch from all its hits,
then counts its policy terms. This replays that on batches of about
300,000 characters of a generated corpus (cleaned once, before timing) and reports CPU seconds
and MB/s per stage (median of ``--runs``; MB = 10^6 bytes of raw UTF-8 text). ``--dump DIR``
writes every frame and the per-document counts, ``--compare DIR`` checks the current output
against such a dump, frame by frame (for refactors that must not change results); token frames
are kept as strings, so dumps compare across versions.

    python -m benchmarks.bench_tokens --mb 5 --inputs /tmp/bt5           # cleaned once, reused
    python -m benchmarks.bench_tokens --inputs /tmp/bt5 --dump /tmp/before
    python -m benchmarks.bench_tokens --inputs /tmp/bt5 --compare /tmp/before
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
from polars.testing import assert_frame_equal

from benchmarks.frames import dump_frames
from pipelines.domain import batches

MB = 1_000_000
BATCH_CHARS = 300_000  # the orchestration's default batch size
STAGES = ("tokenize_batch", "theme_hits", "themes_from_hits", "policy_terms_batch")


def prepared(mb: float, seed: int, inputs: Path | None) -> tuple[pl.DataFrame, float]:
    """Sentence rows of a generated corpus and its raw size in MB (kept in ``inputs``)."""
    if inputs and (inputs / "sentences.parquet").exists():
        return (pl.read_parquet(inputs / "sentences.parquet"),
                float((inputs / "raw_mb").read_text()))
    from benchmarks.corpus import generate

    docs = [(doc.rel_path, doc.text) for doc in generate(int(mb * MB), seed)]
    raw_mb = sum(len(raw.encode()) for _, raw in docs) / MB
    sentences = batches.clean_batch(docs).frames["sentences"]
    if inputs:
        inputs.mkdir(parents=True, exist_ok=True)
        sentences.write_parquet(inputs / "sentences.parquet")
        (inputs / "raw_mb").write_text(str(raw_mb))
    return sentences, raw_mb


def job_batches(sentences: pl.DataFrame) -> list[pl.DataFrame]:
    """The sentences of documents grouped as the orchestration batches them (by raw size)."""
    sizes = sentences.group_by("doc_id", maintain_order=True).agg(pl.col("raw_end").max())
    groups: list[list[str]] = [[]]
    size = 0
    for doc_id, n in sizes.iter_rows():
        groups[-1].append(doc_id)
        size += n
        if size >= BATCH_CHARS:
            groups.append([])
            size = 0
    return [sentences.filter(pl.col("doc_id").is_in(g)) for g in groups if g]


def run(parts: list[pl.DataFrame], clock: dict[str, float]) -> dict[str, pl.DataFrame]:
    """Every stage on every batch, as ``worker._tokens_and_themes`` and ``run_job`` call them;
    CPU seconds added to ``clock`` per stage, output frames returned by name."""

    def timed(stage: str, call: Callable, *args: object) -> Any:
        start = time.process_time()
        result = call(*args)
        clock[stage] = clock.get(stage, 0.0) + time.process_time() - start
        return result

    out: dict[str, pl.DataFrame] = {}
    for b, part in enumerate(parts):
        hits = []
        for s, start in enumerate(range(0, part.height, batches.MAX_SLICE_SENTENCES)):
            piece = part.slice(start, batches.MAX_SLICE_SENTENCES)
            tokens = timed("tokenize_batch", batches.tokenize_batch, piece, True)
            found, failures = timed("theme_hits", batches.theme_hits, tokens.frames["tokens"])
            hits.append(found)
            out[f"{b}-{s}-tokens"] = _strings(tokens.frames["tokens"])
            out[f"{b}-{s}-hits"] = found
            out[f"{b}-{s}-tokens-counts"] = _counts(tokens, failures)
        tables = timed("themes_from_hits", batches.themes_from_hits, pl.concat(hits), part)
        terms = timed("policy_terms_batch", batches.policy_terms_batch, part)
        for name, result in (("themes", tables), ("policy_terms", terms)):
            out.update({f"{b}-{name}-{k}": v for k, v in result.frames.items()})
            out[f"{b}-{name}-counts"] = _counts(result, [])
    return out


def _strings(frame: pl.DataFrame) -> pl.DataFrame:
    """Categorical columns (the worker's token frames) as the strings they hold."""
    return frame.with_columns(pl.col(pl.Categorical).cast(pl.String))


def _counts(result: batches.BatchResult, failures: list) -> pl.DataFrame:
    return pl.DataFrame({"n_rows": [repr(sorted(result.n_rows.items()))],
                         "failures": [repr(sorted(result.failures + failures))]})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the generated corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--inputs", type=Path, default=None, help="keep/reuse cleaned input")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    args = parser.parse_args(argv)

    sentences, raw_mb = prepared(args.mb, args.seed, args.inputs)
    parts = job_batches(sentences)
    print(f"{raw_mb:.2f} MB raw, {sentences.height} sentences, {len(parts)} batches; "
          f"CPU seconds, median of {args.runs} runs")
    run(parts[:1], {})  # warm-up: dictionaries, lexicons, caches
    clocks: dict[str, list[float]] = {stage: [] for stage in STAGES}
    for _ in range(args.runs):
        clock: dict[str, float] = {}
        outputs = run(parts, clock)
        for stage in STAGES:
            clocks[stage].append(clock[stage])
    totals = [sum(c) for c in zip(*clocks.values(), strict=True)]
    for name, values in [*clocks.items(), ("all four", totals)]:
        cpu = statistics.median(values)
        print(f"{name:20s} {cpu:7.3f} s {raw_mb / cpu:7.2f} MB/s")
    if args.dump:
        dump_frames(args.dump, outputs)
    if args.compare:
        stored = {p.stem for p in args.compare.glob("*.parquet")}
        different = sorted(stored ^ set(outputs))
        for name, frame in outputs.items():
            if name in stored:
                try:
                    assert_frame_equal(frame, pl.read_parquet(args.compare / f"{name}.parquet"))
                except AssertionError:
                    different.append(name)
        print("identical" if not different else f"DIFFERENT: {different[:10]}")
        return 1 if different else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
