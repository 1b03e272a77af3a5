"""Throughput of metric extraction (``batches.metrics_batch``), in MB/s of raw text per core.

Cleaning runs once, before timing; ``metrics_batch`` (tagging, candidates, periods, indicators,
rows; what a worker process runs) is then timed over the whole batch, median of ``--runs`` runs
after a warm-up, in CPU seconds of this process (``time.process_time``): the per-core cost, and
less disturbed than wall time by other load on a shared machine. MB = 10**6 bytes of UTF-8 raw
text. Document dates are the generated corpus's publication dates (the seeds': none, so the date
printed in the text), as the pipeline passes them.

``--tokens``: metrics_batch is also given the words the tokens stage cut (what a worker passes
when both stages run in one job: the documents' places are read from them, not cut again); the
tokens are made before timing.

``--dump FILE`` pickles the metric rows, ``--compare FILE`` checks the current rows against such
a dump: optimisations must leave the output identical.

    python -m benchmarks.bench_metrics                     # the seed pages x4
    python -m benchmarks.bench_metrics --mb 5              # a generated 5 MB corpus instead
    python -m benchmarks.bench_metrics --mb 5 --dump /tmp/metrics.pkl   # later: --compare
    python -m benchmarks.bench_metrics --mb 5 --tokens     # as in a worker job with tokens
"""

from __future__ import annotations

import argparse
import pickle
import statistics
import time
from pathlib import Path

import polars as pl

from benchmarks.inputs import Doc, add_input_arguments, input_documents, raw_mb
from pipelines.domain import batches


def prepare(docs: list[Doc]) -> tuple[list[Doc], pl.DataFrame]:
    """Clean once; a document without a date gets the one found in its text (as the pipeline)."""
    cleaned = batches.clean_batch([(d, raw) for d, raw, _ in docs])
    found = dict(cleaned.frames["doc_info"].select("doc_id", "detected_date").iter_rows())
    return ([(d, raw, day or found.get(d)) for d, raw, day in docs],
            cleaned.frames["sentences"])


def place_tokens(sentences: pl.DataFrame) -> pl.DataFrame:
    """What a worker keeps of the tokens stage's output for metrics, slice by slice."""
    from pipelines.domain.metrics.token_homes import place_tokens

    parts = [place_tokens(batches.tokenize_batch(
        sentences.slice(at, batches.MAX_SLICE_SENTENCES)).frames["tokens"])
        for at in range(0, sentences.height, batches.MAX_SLICE_SENTENCES)]
    return pl.concat(parts) if parts else None


def cpu_seconds(docs: list[Doc], sentences: pl.DataFrame, runs: int,
                tokens: pl.DataFrame | None = None) -> tuple[float, pl.DataFrame]:
    """Median CPU seconds of ``runs`` calls of ``metrics_batch`` and its metric rows (the
    cyclic GC paused, as in a worker job)."""
    from pipelines.domain.cleaning.construct import paused_gc

    batches.warm_worker()
    result = batches.metrics_batch(docs, sentences, "bench", tokens)
    times = []
    for _ in range(runs):
        with paused_gc():
            start = time.process_time()
            batches.metrics_batch(docs, sentences, "bench", tokens)
            times.append(time.process_time() - start)
    if result.failures:
        raise SystemExit(f"extraction failed: {result.failures[:3]}")
    return statistics.median(times), result.frames["metrics"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    parser.add_argument("--tokens", action="store_true", help="give it the tokens stage's words")
    args = parser.parse_args(argv)

    docs, sentences = prepare(input_documents(args))
    size = raw_mb(docs)
    tokens = place_tokens(sentences) if args.tokens else None
    cpu, metrics = cpu_seconds(docs, sentences, args.runs, tokens)
    print(f"{len(docs)} documents, {size:.2f} MB raw, {sentences.height} sentences, "
          f"{metrics.height} metrics; median of {args.runs} runs")
    print(f"metrics_batch{' (tokens given)' if args.tokens else ''}  cpu {cpu:7.2f} s  "
          f"{size / cpu:6.2f} MB/s per core")
    if args.dump:
        args.dump.write_bytes(pickle.dumps(metrics))
        print(f"rows written to {args.dump}")
    if args.compare:
        before = pickle.loads(args.compare.read_bytes())
        same = before.equals(metrics)
        print("output identical" if same else "OUTPUT DIFFERS")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
