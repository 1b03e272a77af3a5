"""Peak memory of a whole pipeline run on the two inputs issue 7 bounds (target < 2 GB RSS):
one 50 MB file that is a single line (no line break at all, as a bad PDF export gives), and a
folder of 100 MB of ordinary documents.

Each run is the real pipeline in a subprocess (as ``benchmarks.run`` does it); peak RSS is the
sum over the run's whole process tree (run process, fork server, workers), sampled from /proc
every 0.2 s, next to the largest single process.

    python -m benchmarks.bench_memory [--single-mb 50] [--folder-mb 100] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

from benchmarks.corpus import MB, generate, write_corpus
from benchmarks.run import _fresh_home, run_once


def single_line_file(folder: Path, mb: float, seed: int = 0) -> Path:
    """Generated documents joined with their line breaks removed, cut at ``mb`` MB."""
    folder.mkdir(parents=True, exist_ok=True)
    target = int(mb * MB)
    parts: list[str] = []
    size = 0
    for doc in generate(target, seed=seed):
        text = doc.text.replace("\r", "").replace("\n", "")
        parts.append(text)
        size += len(text.encode("utf-8"))
        if size >= target:
            break
    path = folder / "single_line.txt"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def measure(label: str, source: Path, work: Path, timeout: float) -> dict:
    home = _fresh_home(work, f"home-{label}")
    warehouse = work / f"wh-{label}" / "warehouse.duckdb"
    shutil.rmtree(warehouse.parent, ignore_errors=True)
    report = run_once(source, warehouse, home, label, timeout=timeout)
    size = sum(p.stat().st_size for p in source.rglob("*.txt"))
    return {"label": label, "source_mb": size / MB, "success": report["success"],
            "wall_seconds": round(report["wall_seconds"], 1),
            "peak_tree_rss_mb": round(report["peak_tree_rss_mb"]),
            "largest_process_mb": round(max(report.get("maxrss_self_mb", 0),
                                          report.get("maxrss_workers_mb", 0)))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--single-mb", type=float, default=50.0)
    parser.add_argument("--folder-mb", type=float, default=100.0, help="0 to skip")
    parser.add_argument("--workdir", default=None)
    parser.add_argument("--timeout", type=float, default=3600.0)
    args = parser.parse_args(argv)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="bench-memory-"))
    results = []
    if args.single_mb:
        single_line_file(work / "single", args.single_mb)
        results.append(measure("single_line", work / "single", work, args.timeout))
    if args.folder_mb:
        folder = work / "folder"
        if not folder.exists():
            write_corpus(folder, generate(int(args.folder_mb * MB)))
        results.append(measure("folder", folder, work, args.timeout))
    print("| input | MB | ok | wall (s) | peak RSS tree (MB) | largest process (MB) | < 2 GB |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['label']} | {r['source_mb']:.1f} | {r['success']} | {r['wall_seconds']} | "
              f"{r['peak_tree_rss_mb']} | {r['largest_process_mb']} | "
              f"{'yes' if r['peak_tree_rss_mb'] < 2048 else 'NO'} |")
    print(json.dumps(results))
    return 0 if all(r["success"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
