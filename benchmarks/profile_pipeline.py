"""cProfile of one full pipeline run (through Dagster, into DuckDB) on a generated corpus.

The run uses one worker (PIPELINES_WORKERS=1), so every stage's batches are computed in-process
and the profile sees the domain code, not the worker pool's waits (with the default two workers
even a single batch goes to a worker). Prints the top functions by own time and the pipeline's
own functions by cumulative time, and per-module own time.

    python -m benchmarks.profile_pipeline --mb 5 [--out prof.pstats]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from benchmarks.corpus import MB, generate, write_corpus


def by_module(stats: pstats.Stats, top: int = 25) -> list[tuple[str, float]]:
    """Own time summed per source file (site-packages path shortened)."""
    totals: dict[str, float] = defaultdict(float)
    for (filename, _line, _func), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        short = filename.split("site-packages/")[-1].split("/work/main/")[-1]
        totals[short] += tottime
    return sorted(totals.items(), key=lambda kv: -kv[1])[:top]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=None, help="write the raw pstats file here")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="pipelines-profile-"))
    source = work / "corpus"
    write_corpus(source, generate(int(args.mb * MB), args.seed), seed=args.seed)
    (work / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    os.environ.update(PIPELINES_SOURCE_DIR=str(source), DAGSTER_HOME=str(work),
                      PIPELINES_WAREHOUSE=str(work / "warehouse.duckdb"), PIPELINES_WORKERS="1")

    import dagster as dg

    from pipelines.orchestration.runner import run_pipeline

    profiler = cProfile.Profile()
    profiler.enable()
    outcome = run_pipeline(progress=None, instance=dg.DagsterInstance.get())
    profiler.disable()
    print(f"run success={outcome.success} error={outcome.error} counts={outcome.counts}")
    if args.out:
        profiler.dump_stats(args.out)
    shutil.rmtree(work, ignore_errors=True)
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())
    print(f"\n== total profiled own time {total:.1f}s; own time per module ==")
    for module, seconds in by_module(stats):
        print(f"{seconds:8.2f}s {100 * seconds / total:5.1f}%  {module}")
    print("\n== top functions by own time ==")
    stats.sort_stats("tottime").print_stats(args.top)
    print("\n== pipeline functions by cumulative time ==")
    stats.sort_stats("cumulative").print_stats(r"pipelines/", args.top)
    return 0 if outcome.success else 1


if __name__ == "__main__":
    sys.exit(main())
