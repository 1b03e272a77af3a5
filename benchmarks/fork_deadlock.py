"""Minimal reproduction of the worker-pool hang: a process pool started with ``fork`` after the
parent has used polars' thread pool hangs on the first parallel polars operation in the child;
``forkserver`` and ``spawn`` do not. (`pipelines/warehouse/stages.py` forks after load_inputs has
built polars frames.)

    python -m benchmarks.fork_deadlock      # prints: fork HUNG, forkserver ok, spawn ok
"""

from __future__ import annotations

import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, TimeoutError

import polars as pl


def _work(frame: pl.DataFrame) -> int:
    return len(frame.partition_by("k"))


def main(timeout: float = 15.0) -> None:
    frame = pl.DataFrame({"k": [str(i % 1000) for i in range(200_000)], "v": range(200_000)})
    frame.partition_by("k")  # the parent has used polars' thread pool
    for method in ("fork", "forkserver", "spawn"):
        pool = ProcessPoolExecutor(1, mp_context=mp.get_context(method))
        try:
            print(method, "ok", pool.submit(_work, frame).result(timeout=timeout), flush=True)
        except TimeoutError:
            print(method, f"HUNG (no result after {timeout:g} s)", flush=True)
            for proc in pool._processes.values():
                proc.kill()
        pool.shutdown(wait=False, cancel_futures=True)


if __name__ == "__main__":
    main()
