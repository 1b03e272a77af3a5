"""What any run through Dagster costs before the pipeline does work: the interpreter, importing
dagster, the instance (its SQLite storage) and an in-process run of four assets that do nothing,
shaped like the pipeline's four steps. The benchmark runs it as a subprocess beside the
incremental runs (same DAGSTER_HOME), so their cost can be read against this floor.

    python -m benchmarks.dagster_floor          # prints the phases' seconds as JSON
"""

from __future__ import annotations

import json
import time

STARTED = time.monotonic()

import dagster as dg  # noqa: E402  (timed: importing it is part of the floor)

IMPORTED = time.monotonic()


@dg.asset
def first() -> dg.MaterializeResult:
    return dg.MaterializeResult()


@dg.asset(deps=[first])
def second() -> dg.MaterializeResult:
    return dg.MaterializeResult()


@dg.asset(deps=[second])
def third() -> dg.MaterializeResult:
    return dg.MaterializeResult()


@dg.asset(deps=[third])
def fourth() -> dg.MaterializeResult:
    return dg.MaterializeResult()


def main() -> int:
    instance = dg.DagsterInstance.get()
    ready = time.monotonic()
    job = dg.Definitions(assets=[first, second, third, fourth],
                         jobs=[dg.define_asset_job("floor")]).resolve_job_def("floor")
    result = job.execute_in_process(
        instance=instance, raise_on_error=False,
        run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}})
    done = time.monotonic()
    print(json.dumps({"success": result.success, "import_seconds": IMPORTED - STARTED,
                      "instance_seconds": ready - IMPORTED, "run_seconds": done - ready}))
    return 0 if result.success else 1


if __name__ == "__main__":
    raise SystemExit(main())
