"""`pipelines` command line: run the graph through Dagster, open the UI, evaluate, export."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pipelines.orchestration import settings

EXIT_OK, EXIT_RUN_FAILED, EXIT_USAGE, EXIT_FILES_FAILED = 0, 1, 2, 3


def _dagster_home() -> Path:
    """DAGSTER_HOME, defaulting to the project's .dagster_home seeded with dagster.yaml."""
    home = Path(os.environ.get("DAGSTER_HOME") or settings.PROJECT_DIR / ".dagster_home")
    home.mkdir(parents=True, exist_ok=True)
    src, dest = settings.PROJECT_DIR / "dagster.yaml", home / "dagster.yaml"
    if src.exists() and (not dest.exists() or dest.read_bytes() != src.read_bytes()):
        shutil.copyfile(src, dest)  # the repository's dagster.yaml is the source of truth
    os.environ["DAGSTER_HOME"] = str(home.resolve())
    return home


def _configure(args: argparse.Namespace) -> None:
    if getattr(args, "source", None):
        os.environ[settings.SOURCE_ENV] = str(Path(args.source).expanduser().resolve())
    if getattr(args, "warehouse", None):
        from pipelines.warehouse.lake import absolute_location, is_lake

        os.environ[settings.WAREHOUSE_ENV] = (
            absolute_location(args.warehouse) if is_lake(args.warehouse)
            else str(Path(args.warehouse).expanduser().resolve()))
    if getattr(args, "allow_removals", False):
        os.environ[settings.ALLOW_REMOVALS_ENV] = "1"


def cmd_run(args: argparse.Namespace) -> int:
    _configure(args)
    source = Path(settings.source_dir())
    if not source.is_dir():
        print(f"error: source folder {source} does not exist or is not a folder", file=sys.stderr)
        return EXIT_USAGE
    from pipelines.warehouse import WarehouseError, open_warehouse

    try:
        problem = open_warehouse(settings.warehouse_path()).problem()
    except WarehouseError as exc:  # a location that names no usable warehouse
        problem = str(exc)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    started = time.monotonic()
    if not args.force and _nothing_new(source):
        print(f"nothing new: {settings.warehouse_path()} already holds every file of {source} "
              f"as this version of the pipeline makes it (checked in "
              f"{time.monotonic() - started:.2f}s; --force runs anyway)")
        return _report_problems(*_file_reports(), _manifest_problems(source))
    _dagster_home()
    # the first worker loads the domain library while Dagster is imported and starts the run
    from pipelines.warehouse.stages import start_worker_pool

    start_worker_pool(settings.workers())
    from pipelines.orchestration.runner import run_pipeline

    outcome = run_pipeline(progress=None if args.quiet else print)
    if not outcome.success:
        print(f"error: run {outcome.run_id[:8]} failed: {outcome.error}", file=sys.stderr)
        return EXIT_RUN_FAILED
    print(outcome.summary_text(time.monotonic() - started))
    return _report_problems(outcome.failed_files, outcome.repaired_files,
                            _manifest_problems(source))


def _report_problems(failed: list[tuple[str, str]], repaired: list[tuple[str, str]],
                     manifest: list[str]) -> int:
    """Files that could not be used, files read with repairs, and manifest.csv rows that could
    not (all) be used, on stderr; exit status 3 when a file or a manifest row was not used."""
    if repaired:
        print(f"note: {len(repaired)} file(s) were read with repairs or assumptions "
              "(see marts.documents warning):", file=sys.stderr)
        for name, warning in repaired:
            print(f"  {name}: {warning}", file=sys.stderr)
    if failed:
        print(f"warning: {len(failed)} file(s) could not be processed "
              "(see marts.documents status/error):", file=sys.stderr)
        for name, error in failed:
            print(f"  {name}: {error}", file=sys.stderr)
    if manifest:
        print(f"warning: {len(manifest)} problem(s) in manifest.csv:", file=sys.stderr)
        for problem in manifest:
            print(f"  {problem}", file=sys.stderr)
    return EXIT_FILES_FAILED if failed or manifest else EXIT_OK


def _manifest_problems(source: Path) -> list[str]:
    from pipelines.sources import manifest_problems, read_manifest, scan_source

    return manifest_problems(read_manifest(source), {f.rel_path for f in scan_source(source)[0]})


def _nothing_new(source: Path) -> bool:
    """Whether the published warehouse already holds this folder at this code version (then a
    Dagster run would only re-read the folder and find nothing to do)."""
    from pipelines.warehouse import open_warehouse
    from pipelines.warehouse.freshness import is_current

    return is_current(open_warehouse(settings.warehouse_path()), source)


def _file_reports() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The files the published warehouse records as unusable, and as read with repairs (the
    same lists a run reports)."""
    from pipelines.warehouse import open_warehouse
    from pipelines.warehouse.sqlfiles import query

    with open_warehouse(settings.warehouse_path()).reader() as conn:
        return (conn.execute(query("failed_files")).fetchall(),
                conn.execute(query("repaired_files")).fetchall())


def cmd_ui(args: argparse.Namespace) -> int:
    _configure(args)
    home = _dagster_home()
    exe = Path(sys.executable).with_name("dagster")
    cmd = [str(exe), "dev", "-m", "pipelines.orchestration.definitions",
           "--host", args.host, "--port", str(args.port)]
    return subprocess.call(cmd, cwd=home)  # run where dagster.yaml and DAGSTER_HOME agree


def cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.evaluate import evaluate_metrics

    scores = evaluate_metrics()
    print(scores.format())
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    _configure(args)
    from pipelines.warehouse import WarehouseError, open_warehouse
    from pipelines.warehouse.export import export_parquet

    try:
        written = export_parquet(open_warehouse(settings.warehouse_path()), args.out_dir)
    except WarehouseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for view, path in written.items():
        print(f"marts.{view} -> {path}")
    return EXIT_OK


def cmd_maintain(args: argparse.Namespace) -> int:
    _configure(args)
    from datetime import timedelta

    from pipelines.warehouse import WarehouseError, open_warehouse

    try:
        done = open_warehouse(settings.warehouse_path(), lock_timeout=args.wait).maintain(
            keep=timedelta(days=args.keep_days), grace=timedelta(hours=args.grace_hours))
    except WarehouseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"maintained {settings.warehouse_path()}: {done.summary()}")
    return EXIT_OK


def cmd_clean_report(args: argparse.Namespace) -> int:
    from pipelines.domain.cleaning.report import main as report_main

    return report_main([args.folder])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pipelines", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run", help="materialize the whole graph through Dagster",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="exit status: 0 success; 1 the run failed (reason on stderr, nothing published;"
               "\nalso a run refused: a folder holding none of the warehouse's files, or one"
               "\nthat would remove more than half of its documents without --allow-removals);"
               "\n2 bad arguments; 3 the run completed but some files, or rows of manifest.csv,"
               "\ncould not be used (listed on stderr and in marts.documents / marts.source_files)")
    run.add_argument("--source", help="folder of .txt, .md and .html files, subfolders included "
                                      f"(default seeds/, or ${settings.SOURCE_ENV})")
    run.add_argument("--warehouse", help="DuckDB file readers open (default warehouse/"
                                         f"warehouse.duckdb, or ${settings.WAREHOUSE_ENV}), or "
                                         "a DuckLake catalog: ducklake:sqlite:<file>, "
                                         "ducklake:postgres:<dsn> (README, On DuckLake)")
    run.add_argument("--quiet", action="store_true", help="no progress lines")
    run.add_argument("--allow-removals", action="store_true",
                     help="let the run remove more than half of the warehouse's documents "
                          "when their files are gone from the folder (refused otherwise; "
                          f"or ${settings.ALLOW_REMOVALS_ENV}=1)")
    run.add_argument("--force", action="store_true",
                     help="start a Dagster run even if the published warehouse already holds "
                          "every file of the folder at this code version")
    run.set_defaults(func=cmd_run)

    ui = sub.add_parser("ui", help="start the Dagster UI for this project")
    ui.add_argument("--source", help="source folder the UI's runs read (as for run)")
    ui.add_argument("--warehouse", help="warehouse the UI's runs write (as for run)")
    ui.add_argument("--host", default="127.0.0.1", help="address to serve on (default %(default)s)")
    ui.add_argument("--port", type=int, default=3000, help="port (default %(default)s)")
    ui.set_defaults(func=cmd_ui)

    ev = sub.add_parser("eval", help="score metric extraction on the seeds against the gold set")
    ev.set_defaults(func=cmd_eval)

    cr = sub.add_parser("clean-report", help="what cleaning repaired and left, per document")
    cr.add_argument("folder", nargs="?", default=str(settings.PROJECT_DIR / "seeds"),
                    help="folder of text files (default seeds/)")
    cr.set_defaults(func=cmd_clean_report)

    ex = sub.add_parser("export", help="export the marts views as files")
    ex.add_argument("--format", choices=["parquet"], default="parquet")
    ex.add_argument("--warehouse", help="warehouse to read (as for run)")
    ex.add_argument("out_dir", help="folder to write <view>.parquet files into")
    ex.set_defaults(func=cmd_export)

    mt = sub.add_parser(
        "maintain", help="compact and prune a DuckLake warehouse (also a weekly Dagster job)",
        description="Merge a lake's small Parquet files, expire old snapshots (never the "
                    "published one) and delete files nothing refers to any more. Waits for a "
                    "run that holds the warehouse. A DuckDB file needs none.")
    mt.add_argument("--warehouse", help="warehouse to maintain (as for run)")
    mt.add_argument("--keep-days", type=float, default=7.0,
                    help="keep snapshots younger than this for time travel (default %(default)s)")
    mt.add_argument("--grace-hours", type=float, default=24.0,
                    help="delete replaced files only this long after they were replaced: a "
                         "query that started before may still read them (default %(default)s)")
    mt.add_argument("--wait", type=float, default=600.0,
                    help="seconds to wait for a run holding the warehouse (default %(default)s)")
    mt.set_defaults(func=cmd_maintain)

    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
