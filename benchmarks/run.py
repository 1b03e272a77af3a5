"""The throughput benchmark: the real pipeline (Dagster -> DuckDB) on generated corpora.

For every size (default 10 and 100 MB; ``--quick``: 2 MB) it generates a corpus, runs a full
build in a fresh warehouse in a subprocess (``pipelines run`` equivalent, so interpreter start-up
and imports are counted, as a user pays them), and records wall time, Dagster step durations,
rows per stage and peak memory. On the largest corpus it then measures the incremental costs:
adding ``--add-docs`` new documents, a run with nothing new, and Dagster's own floor (a run of four
no-op assets: ``benchmarks/dagster_floor.py``), medians of ``--repeat``.
Finally it times ``jieba.cut`` and ``rjieba.cut`` alone on the same text (a sample of the
largest corpus, ``--jieba-sample-mb``) so the pipeline's throughput can be read as a ratio.

Peak memory is reported two ways: the largest single process (``ru_maxrss`` of the run process and
of its worker processes, from ``getrusage``) and the whole process tree at once (the sum of
``VmRSS`` over the run's process tree, sampled from /proc every 0.2 s; Linux only). CPU time is
that of the whole tree from the same samples (workers come from a fork server, so ``getrusage``
of the run process does not see them); CPU / wall says how many cores were busy on average.

    python -m benchmarks.run                 # 10 MB and 100 MB (about 10 minutes on 2 cores)
    python -m benchmarks.run --quick         # 2 MB
    python -m benchmarks.run --sizes 5 20 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

from benchmarks.corpus import MB, corpus_size, generate, make_document, write_corpus

PROJECT_DIR = Path(__file__).resolve().parents[1]
TARGETS = {
    "jieba_ratio": 5.0,         # end-to-end MB/s >= 5 x jieba.cut MB/s
    "growth": 11.0,             # cost(10 N MB) <= 11 x cost(N MB)
    "add_docs_pct": 5.0,        # + 10 documents < 5 % of the full build
    "nothing_new_pct": 2.0,     # a run with nothing new < 2 % of the full build
    "peak_rss_mb": 2048.0,      # peak RSS < 2 GB
}


# ---------------------------------------------------------------- child: one pipeline run


def child_main(args: argparse.Namespace) -> int:
    """Run the pipeline once in this process and write what Dagster recorded as JSON."""
    started = time.monotonic()
    os.environ.update(PIPELINES_SOURCE_DIR=args.source, PIPELINES_WAREHOUSE=args.warehouse,
                      DAGSTER_HOME=args.dagster_home)
    from pipelines.orchestration import settings
    from pipelines.warehouse import stages

    if args.start_method:  # what-if measurement, see --start-method
        import multiprocessing

        stages.get_context = lambda _method: multiprocessing.get_context(args.start_method)
    stages.start_worker_pool(settings.workers())  # as `pipelines run` does
    import dagster as dg

    from pipelines.orchestration.runner import run_pipeline

    imported = time.monotonic()
    instance = dg.DagsterInstance.get()
    outcome = run_pipeline(progress=None, instance=instance)
    finished = time.monotonic()
    steps = []
    for st in sorted(instance.get_run_step_stats(outcome.run_id),
                     key=lambda s: s.start_time or 0):
        metadata = {}
        for entry in st.materialization_events or []:
            mat = getattr(entry, "asset_materialization", None) or entry
            for key, value in (getattr(mat, "metadata", None) or {}).items():
                raw = getattr(value, "value", value)
                if isinstance(raw, (int, float, bool, str)):
                    metadata[key] = raw
        steps.append({"step": st.step_key, "status": str(st.status.value if st.status else None),
                      "seconds": (st.end_time or 0) - (st.start_time or 0), "metadata": metadata})
    run_stats = instance.get_run_stats(outcome.run_id)
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    import pipelines

    report = {
        "code": str(Path(pipelines.__file__).parent),
        "success": outcome.success, "error": outcome.error, "counts": outcome.counts,
        "failed_files": len(outcome.failed_files),
        "import_seconds": imported - started, "pipeline_seconds": finished - imported,
        "dagster_run_seconds": (run_stats.end_time or 0) - (run_stats.start_time or 0),
        "steps": steps,
        "maxrss_self_mb": own.ru_maxrss / 1024, "maxrss_workers_mb": workers.ru_maxrss / 1024,
        "cpu_seconds": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
    }
    Path(args.json_out).write_text(json.dumps(report, indent=1, ensure_ascii=False))
    return 0 if outcome.success else 1


# ---------------------------------------------------------------- parent: measure runs


def _tree_sample(root_pid: int) -> tuple[int, dict[int, int]]:
    """Summed VmRSS (kB) of ``root_pid`` and its descendants, and each one's CPU time so far in
    clock ticks (utime + stime); (0, {}) where /proc is not available."""
    parents: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                fields = dict(line.split(":", 1) for line in fh if ":" in line)
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        parents.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
        ticks[pid] = int(stat[11]) + int(stat[12])  # fields 14 and 15 of /proc/<pid>/stat
    total, tree, stack = 0, {}, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        tree[pid] = ticks.get(pid, 0)
        stack.extend(parents.get(pid, ()))
    return total, tree


def run_once(source: Path, warehouse: Path, dagster_home: Path, label: str,
             workers: int | None = None, timeout: float | None = None,
             start_method: str | None = None, code_dir: Path = PROJECT_DIR) -> dict:
    """One pipeline run in a subprocess; wall time and peak tree RSS measured from outside.

    A run that exceeds ``timeout`` is killed (its whole process group) and reported as failed.
    """
    out = dagster_home / f"{label}.json"
    cmd = [sys.executable, "-m", "benchmarks.run", "--child", "--source", str(source),
           "--warehouse", str(warehouse), "--dagster-home", str(dagster_home),
           "--json-out", str(out)] + (["--start-method", start_method] if start_method else [])
    env = dict(os.environ)
    if workers:
        env["PIPELINES_WORKERS"] = str(workers)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=code_dir, stdout=subprocess.PIPE, env=env,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    peak = [0]
    cpu_ticks: dict[int, int] = {}  # last CPU time seen of every process of the tree
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            rss, ticks = _tree_sample(proc.pid)
            peak[0] = max(peak[0], rss)
            for pid, n in ticks.items():
                cpu_ticks[pid] = max(cpu_ticks.get(pid, 0), n)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        output, _ = proc.communicate()
        done.set()
        print(f"  {label}: killed after {timeout:.0f}s (hung or too slow)", flush=True)
        return {"label": label, "success": False, "error": f"timeout after {timeout:.0f}s",
                "wall_seconds": time.monotonic() - started, "peak_tree_rss_mb": peak[0] / 1024,
                "steps": [], "exit_code": None, "log_tail": output[-3000:]}
    wall = time.monotonic() - started
    done.set()
    sampler.join()
    if not out.exists():
        raise RuntimeError(f"{label}: the run process wrote no report:\n{output[-3000:]}")
    report = json.loads(out.read_text())
    tree_cpu = sum(cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")
    report.update(label=label, wall_seconds=wall, peak_tree_rss_mb=peak[0] / 1024,
                  exit_code=proc.returncode, tree_cpu_seconds=tree_cpu)
    status = "ok" if report["success"] else f"FAILED ({report['error']})"
    print(f"  {label}: {wall:.1f}s wall, {status}", flush=True)
    return report


def cli_once(source: Path, warehouse: Path, dagster_home: Path, label: str,
             code_dir: Path = PROJECT_DIR) -> dict:
    """``pipelines run`` as a user types it, timed from outside (it starts no Dagster run when
    the published warehouse already holds the folder)."""
    cmd = [sys.executable, "-m", "pipelines.cli", "run", "--quiet", "--source", str(source),
           "--warehouse", str(warehouse)]
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home)}
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=code_dir, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    said = (proc.stdout + proc.stderr).strip().splitlines()
    skipped = any(line.startswith("nothing new") for line in said)
    print(f"  {label}: {wall:.1f}s wall, exit {proc.returncode}, "
          f"{'no Dagster run' if skipped else 'ran through Dagster'}", flush=True)
    return {"label": label, "wall_seconds": wall, "success": proc.returncode == 0,
            "skipped_dagster": skipped, "output": said[-3:]}


def floor_once(dagster_home: Path, label: str, code_dir: Path = PROJECT_DIR) -> dict:
    """Dagster's own fixed cost (benchmarks/dagster_floor.py), timed from outside."""
    cmd = [sys.executable, "-m", "benchmarks.dagster_floor"]
    env = {**os.environ, "DAGSTER_HOME": str(dagster_home)}
    started = time.monotonic()
    proc = subprocess.run(cmd, cwd=code_dir, env=env, capture_output=True, text=True)
    wall = time.monotonic() - started
    lines = proc.stdout.strip().splitlines()
    report = json.loads(lines[-1]) if proc.returncode == 0 and lines else {"success": False}
    print(f"  {label}: {wall:.1f}s wall, {'ok' if report['success'] else 'FAILED'}", flush=True)
    return {**report, "label": label, "wall_seconds": wall}


SNAPSHOT_PARTS = ("pipelines", "sql", "benchmarks", "seeds", "pyproject.toml", "dagster.yaml")


def snapshot(dest: Path) -> Path:
    """A copy of the project's code as it is now; runs started from it (``python -m`` puts the
    working folder first on sys.path, ahead of the editable install) do not see later edits."""
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for part in SNAPSHOT_PARTS:
        src = PROJECT_DIR / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def _fresh_home(work: Path, name: str) -> Path:
    home = work / name
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True, exist_ok=True)
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    return home


def segmenter_baseline(root: Path, sample_bytes: int) -> dict:
    """``jieba.cut`` and ``rjieba.cut`` alone (dictionaries loaded first) on the same files."""
    import jieba
    import rjieba

    from pipelines.domain.decoding import decode_document

    texts, size = [], 0
    for path in sorted(root.rglob("*.txt")):
        data = path.read_bytes()
        texts.append(decode_document(data).text)
        size += len(data)
        if size >= sample_bytes:
            break
    jieba.setLogLevel(60)
    jieba.initialize()
    rjieba.cut("预热")
    result = {"sample_mb": size / MB, "documents": len(texts)}
    for name, cut in (("jieba", lambda t: list(jieba.cut(t))), ("rjieba", rjieba.cut)):
        started = time.monotonic()
        n_tokens = sum(len(cut(t)) for t in texts)
        seconds = time.monotonic() - started
        result[name] = {"seconds": seconds, "mb_per_s": size / MB / seconds, "tokens": n_tokens}
        print(f"  {name}.cut: {size / MB:.1f} MB in {seconds:.1f}s", flush=True)
    return result


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    mem_kb = next((int(line.split()[1]) for line in
                   Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0) if Path("/proc/meminfo").exists() else 0
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_DIR,
                            capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                           cwd=PROJECT_DIR, capture_output=True, text=True).stdout.strip()
    return {"nproc": os.cpu_count(), "memory_gb": round(mem_kb / 1024 / 1024, 1), "cpu": cpu,
            "python": platform.python_version(), "date": datetime.now().isoformat(" ", "minutes"),
            "commit": commit + (" (+ uncommitted changes)" if dirty else "")}


def benchmark(args: argparse.Namespace) -> dict:
    work = Path(args.workdir or tempfile.mkdtemp(prefix="pipelines-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"work folder: {work}", flush=True)
    results: dict = {"machine": machine(), "full": [], "targets": TARGETS,
                     "workers": args.workers or "pipeline default",
                     "start_method": args.start_method or "pipeline default (fork server)"}
    source = warehouse = home = None
    code_dir = snapshot(work / "code") if args.snapshot else PROJECT_DIR
    n_docs = 0
    for mb in args.sizes:
        source = work / f"corpus_{mb:g}MB"
        shutil.rmtree(source, ignore_errors=True)  # incremental runs added files last time
        write_corpus(source, generate(int(mb * MB), args.seed), seed=args.seed)
        n_docs, n_bytes = corpus_size(source)
        print(f"{mb:g} MB corpus: {n_docs} documents, {n_bytes / MB:.2f} MB", flush=True)
        home = _fresh_home(work, f"dagster_{mb:g}MB")
        warehouse = work / f"warehouse_{mb:g}MB" / "warehouse.duckdb"
        shutil.rmtree(warehouse.parent, ignore_errors=True)  # a full build starts empty
        warehouse.parent.mkdir()
        report = run_once(source, warehouse, home, f"full_{mb:g}MB", args.workers, args.timeout,
                          args.start_method, code_dir)
        report.update(mb=n_bytes / MB, documents=n_docs,
                      mb_per_s=n_bytes / MB / report["wall_seconds"])
        results["full"].append(report)
        if not report["success"]:
            print(f"  run failed; stopping: {report['error']}", flush=True)
            return results

    adds, idles, cli_idles, floors = [], [], [], []
    for i in range(args.repeat):
        first = n_docs + i * args.add_docs
        docs = [make_document(first + k, args.seed) for k in range(args.add_docs)]
        write_corpus(source, docs, seed=args.seed)
        adds.append(run_once(source, warehouse, home, f"add{args.add_docs}_{i + 1}",
                             args.workers, args.timeout, args.start_method, code_dir))
        idles.append(run_once(source, warehouse, home, f"nothing_new_{i + 1}", args.workers,
                              args.timeout, args.start_method, code_dir))
        cli_idles.append(cli_once(source, warehouse, home, f"cli_nothing_new_{i + 1}", code_dir))
        floors.append(floor_once(home, f"dagster_floor_{i + 1}", code_dir))
    results["add_docs"] = {"n": args.add_docs, "runs": adds}
    results["nothing_new"] = {"runs": idles}
    results["cli_nothing_new"] = {"runs": cli_idles}
    results["dagster_floor"] = {"runs": floors}
    print("segmenter baseline:", flush=True)
    results["baseline"] = segmenter_baseline(source, int(args.jieba_sample_mb * MB))
    if not args.keep and not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    return results


# ---------------------------------------------------------------- report


def _mark(ok: bool) -> str:
    return "meets" if ok else "**misses**"


def summarize(results: dict) -> str:
    """The figures as Markdown (what goes into RESULTS.md)."""
    m = results["machine"]
    lines = [f"Machine: {m['nproc']} cores, {m['memory_gb']} GB RAM, {m['cpu']}; Python "
             f"{m['python']}; date {m['date']}; commit {m['commit']}.", ""]
    lines[0] += (f" Pipeline workers: {results.get('workers')}; worker start method: "
                 f"{results.get('start_method', 'pipeline default (fork)')}.")
    failed = [r for r in results["full"] if not r["success"]]
    for r in failed:
        lines.append(f"**{r['label']} failed: {r['error']}**")
    full = [r for r in results["full"] if r["success"]]
    if not full:
        return "\n".join(lines)
    lines += ["| corpus | documents | wall (s) | import (s) | Dagster run (s) | MB/s | "
              "CPU of the process tree (s) | cores busy | peak RSS tree (MB) | "
              "largest process (MB) |", "|---" * 10 + "|"]
    for r in full:
        largest = max(r.get("maxrss_self_mb", 0), r.get("maxrss_workers_mb", 0))
        lines.append(f"| {r['mb']:.1f} MB | {r['documents']} | {r['wall_seconds']:.1f} | "
                     f"{r['import_seconds']:.1f} | {r['dagster_run_seconds']:.1f} | "
                     f"{r['mb_per_s']:.3f} | {r['tree_cpu_seconds']:.0f} | "
                     f"{r['tree_cpu_seconds'] / r['wall_seconds']:.2f} | "
                     f"{r['peak_tree_rss_mb']:.0f} | {largest:.0f} |")
    lines += ["", "Time per Dagster step (s, share of the step total):", ""]
    header = "| step | " + " | ".join(f"{r['mb']:.0f} MB" for r in full) + " |"
    lines += [header, "|---" * (len(full) + 1) + "|"]
    step_names = [s["step"] for s in full[-1]["steps"]]
    for name in step_names:
        cells = []
        for r in full:
            total = sum(s["seconds"] for s in r["steps"]) or 1
            sec = next((s["seconds"] for s in r["steps"] if s["step"] == name), None)
            cells.append("-" if sec is None else f"{sec:.1f} ({100 * sec / total:.0f}%)")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "Rows written per asset (largest corpus): " + ", ".join(
        f"{s['step']} {s['metadata'].get('rows_written', s['metadata'].get('rows', '-'))}"
        for s in full[-1]["steps"] if s["metadata"]), ""]

    t = results["targets"]
    big = full[-1]
    lines.append("Against the targets:")
    lines.append("")
    base = results.get("baseline")
    if base:
        j, rj = base["jieba"]["mb_per_s"], base["rjieba"]["mb_per_s"]
        ratio = big["mb_per_s"] / j
        lines.append(f"- Segmenters alone on a {base['sample_mb']:.1f} MB sample of the same "
                     f"corpus: jieba.cut {j:.3f} MB/s, rjieba.cut {rj:.3f} MB/s. Pipeline "
                     f"end-to-end {big['mb_per_s']:.3f} MB/s = {ratio:.3f}x jieba.cut "
                     f"({big['mb_per_s'] / rj:.4f}x rjieba.cut); target >= "
                     f"{t['jieba_ratio']:g}x ({t['jieba_ratio'] * j:.2f} MB/s): "
                     f"{_mark(ratio >= t['jieba_ratio'])}.")
    if len(full) >= 2:
        small = full[0]
        growth = big["wall_seconds"] / small["wall_seconds"]
        size_ratio = big["mb"] / small["mb"]
        allowed = t["growth"] * size_ratio / 10
        cpu_growth = big["tree_cpu_seconds"] / small["tree_cpu_seconds"]
        lines.append(f"- Growth: {big['mb']:.0f} MB costs {growth:.1f}x the {small['mb']:.0f} MB "
                     f"build in wall time, {cpu_growth:.1f}x in CPU time (size ratio "
                     f"{size_ratio:.1f}x); target <= {allowed:.1f}x: {_mark(growth <= allowed)}.")
    for key, label, target in (("add_docs", f"+{results.get('add_docs', {}).get('n', 0)} new "
                                "documents", t["add_docs_pct"]),
                               ("nothing_new", "nothing new, Dagster run forced",
                                t["nothing_new_pct"])):
        runs = results.get(key, {}).get("runs") or []
        if not runs:
            continue
        wall = statistics.median(r["wall_seconds"] for r in runs)
        dag = statistics.median(r["dagster_run_seconds"] for r in runs)
        pct = 100 * wall / big["wall_seconds"]
        each = ", ".join(f"{r['wall_seconds']:.1f}" for r in runs)
        lines.append(f"- {label} on the {big['mb']:.0f} MB warehouse: median {wall:.1f}s wall "
                     f"(Dagster run {dag:.1f}s; runs: "
                     f"{each}) = {pct:.1f}% of "
                     f"the full build; target < {target:g}%: {_mark(pct < target)}.")
        slow = sorted(runs[len(runs) // 2]["steps"], key=lambda s: -s["seconds"])[:4]
        lines.append("  slowest steps: " + ", ".join(f"{s['step']} {s['seconds']:.1f}s"
                                                     for s in slow))
    cli_runs = results.get("cli_nothing_new", {}).get("runs") or []
    if cli_runs:
        wall = statistics.median(r["wall_seconds"] for r in cli_runs)
        pct = 100 * wall / big["wall_seconds"]
        how = ("no Dagster run started" if all(r["skipped_dagster"] for r in cli_runs)
               else "ran through Dagster")
        lines.append(f"- nothing new through `pipelines run` (what `make run` and a user get; "
                     f"{how}): median {wall:.1f}s wall = {pct:.1f}% of the full build; target "
                     f"< {t['nothing_new_pct']:g}%: {_mark(pct < t['nothing_new_pct'])}. The "
                     "line above is a Dagster run forced with nothing to do.")
    floors = [r for r in results.get("dagster_floor", {}).get("runs") or [] if r["success"]]
    if floors:
        wall = statistics.median(r["wall_seconds"] for r in floors)
        parts = {k: statistics.median(r[f"{k}_seconds"] for r in floors)
                 for k in ("import", "instance", "run")}
        lines.append(f"- Dagster's floor (interpreter, `import dagster`, the instance, a run of "
                     f"four no-op assets; `benchmarks/dagster_floor.py`, same DAGSTER_HOME): "
                     f"median {wall:.1f}s wall = {100 * wall / big['wall_seconds']:.1f}% of the "
                     f"full build (import {parts['import']:.1f}s, instance "
                     f"{parts['instance']:.1f}s, run {parts['run']:.1f}s). Any run through "
                     "Dagster pays it.")
    peak = max([r["peak_tree_rss_mb"] for r in results["full"]] + [
        r["peak_tree_rss_mb"] for k in ("add_docs", "nothing_new")
        for r in results.get(k, {}).get("runs", [])])
    lines.append(f"- Peak RSS of the whole process tree: {peak:.0f} MB; target < "
                 f"{t['peak_rss_mb']:g} MB: {_mark(peak < t['peak_rss_mb'])}.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[10.0, 100.0],
                        help="corpus sizes in MB (10**6 bytes), smallest first")
    parser.add_argument("--quick", action="store_true", help="one 2 MB corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--add-docs", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3, help="incremental runs (median)")
    parser.add_argument("--jieba-sample-mb", type=float, default=10.0)
    parser.add_argument("--workdir", help="where corpora and warehouses go (default: a temp dir)")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--snapshot", action="store_true",
                        help="run a copy of the code taken at start (the tree may change "
                             "while a long benchmark runs)")
    parser.add_argument("--workers", type=int, default=None,
                        help="PIPELINES_WORKERS for the runs (default: the pipeline's own)")
    parser.add_argument("--timeout", type=float, default=3600.0,
                        help="seconds before a run is killed and reported as failed")
    parser.add_argument("--json", help="also write the raw results here")
    parser.add_argument("--summarize", metavar="JSON",
                        help="only print the summary of a results file written by --json")
    parser.add_argument("--start-method", choices=["fork", "forkserver", "spawn"],
                        help="what-if: start the stages' worker processes this way (patches "
                             "pipelines.warehouse.stages in the run process; the pipeline "
                             "itself uses fork)")
    # internal: one measured run
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--source", help=argparse.SUPPRESS)
    parser.add_argument("--warehouse", help=argparse.SUPPRESS)
    parser.add_argument("--dagster-home", help=argparse.SUPPRESS)
    parser.add_argument("--json-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args)
    if args.summarize:
        print(summarize(json.loads(Path(args.summarize).read_text())))
        return 0
    if args.quick:
        args.sizes, args.repeat, args.jieba_sample_mb = [2.0], 1, 2.0
    results = benchmark(args)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False))
    print()
    print(summarize(results))
    return 0 if all(r["success"] for r in results["full"]) else 1


if __name__ == "__main__":
    sys.exit(main())
