"""Throughput of theme scoring, policy terms and keywords on cleaned, tokenised documents.

Cleaning and segmentation run once, before timing; each stage is then timed over the whole batch
(median of ``--runs`` runs) and reported as MB/s of the documents' raw UTF-8 text, the unit the
pipeline's throughput target is stated in. ``--dump DIR`` writes every stage's output as parquet
and ``--compare DIR`` checks the current output against such a dump (for refactors that must not
change results).

    python -m benchmarks.bench_themes                      # the seed pages x4
    python -m benchmarks.bench_themes --mb 2               # a generated 2 MB corpus instead
    python -m benchmarks.bench_themes --dump /tmp/before   # then later: --compare /tmp/before

Cleaning and segmentation change too: ``--inputs DIR`` keeps the prepared sentences and tokens
in DIR (made on first use) so that a comparison runs both versions on the same input.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from benchmarks.frames import dump_frames
from benchmarks.inputs import add_input_arguments, input_documents, raw_mb
from pipelines.domain import batches, keywords, policy_terms, themes


def prepare(docs: list[tuple[str, str]]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Sentence and token frames of ``docs`` (as the pipeline's earlier stages produce them)."""
    cleaned = batches.clean_batch(docs)
    sentences = cleaned.frames["sentences"]
    tokens = batches.tokenize_batch(sentences).frames["tokens"]
    return sentences, tokens


def stage_functions(
    sentences: pl.DataFrame, tokens: pl.DataFrame
) -> dict[str, Callable[[], dict[str, pl.DataFrame]]]:
    """Stage name -> a call producing that stage's output frames for the whole batch.

    The ``batches.py`` callers are what the pipeline runs; the domain batch APIs are timed too
    when this version of the library has them.
    """
    stages: dict[str, Callable[[], dict[str, pl.DataFrame]]] = {
        "themes_batch": lambda: batches.themes_batch(sentences, tokens).frames,
        "policy_terms_batch": lambda: batches.policy_terms_batch(sentences).frames,
        "keywords": lambda: {"keywords": keywords.keywords(tokens)},
    }
    if hasattr(themes, "score_documents"):

        def themes_api() -> dict[str, pl.DataFrame]:
            hits = themes.score_documents(tokens)
            return {
                "hits": hits,
                "documents": themes.document_themes_frame(hits, sentences),
                "sentences": themes.sentence_themes_frame(hits, sentences),
            }

        stages["themes API: score_documents"] = lambda: {"hits": themes.score_documents(tokens)}
        stages["themes API: all three"] = themes_api
    if hasattr(policy_terms, "policy_terms_frame"):
        stages["policy terms API"] = lambda: {"terms": policy_terms.policy_terms_frame(sentences)}
    return stages


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``runs`` calls (after one warm-up call).

    CPU time (all threads of the process) is the per-core cost: it is what the stage costs a
    worker process, and it is less disturbed than wall time by other load on the machine.
    """
    call()
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        call()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def _canonical(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows in a fixed order so two runs' outputs compare equal regardless of row order."""
    return frame.sort(frame.columns[:4] if "terms" not in frame.columns else
                      ["doc_id", "sent_no", "theme"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_arguments(parser)
    parser.add_argument("--only", default=None, help="time only stages containing this text")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    parser.add_argument("--inputs", type=Path, default=None, help="keep/reuse prepared input")
    args = parser.parse_args(argv)

    found = input_documents(args)
    size = raw_mb(found)
    docs = [(doc_id, raw) for doc_id, raw, _ in found]
    if args.inputs and (args.inputs / "tokens.parquet").exists():
        sentences = pl.read_parquet(args.inputs / "sentences.parquet")
        tokens = pl.read_parquet(args.inputs / "tokens.parquet")
    else:
        sentences, tokens = prepare(docs)
        if args.inputs:
            args.inputs.mkdir(parents=True, exist_ok=True)
            sentences.write_parquet(args.inputs / "sentences.parquet")
            tokens.write_parquet(args.inputs / "tokens.parquet")
    print(f"{len(docs)} documents, {size:.2f} MB raw, {sentences.height} sentences, "
          f"{tokens.height} tokens; median of {args.runs} runs")
    stages = stage_functions(sentences, tokens)
    for name, call in stages.items():
        if args.only and args.only not in name:
            continue
        wall, cpu = timed(call, args.runs)
        print(f"{name:30s} wall {wall * 1000:8.1f} ms {size / wall:7.2f} MB/s   "
              f"cpu {cpu * 1000:8.1f} ms {size / cpu:7.2f} MB/cpu-s")

    outputs: dict[str, pl.DataFrame] = {}
    for name, call in stages.items():
        if " API" in name:
            continue  # the callers' frames are what is dumped and compared
        outputs.update(call())
    if args.dump:
        dump_frames(args.dump, outputs)
    if args.compare:
        different = 0
        for name, frame in outputs.items():
            before = pl.read_parquet(args.compare / f"{name}.parquet")
            same = _canonical(before).equals(_canonical(frame))
            different += not same
            print(f"{name:20s} {'same' if same else 'DIFFERENT'} ({frame.height} rows)")
        return 1 if different else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
