"""Worker processes end with the run that started them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

_POOL_CHILD = """
import os, sys, time
from pipelines.warehouse import stages
pool = stages.worker_pool(2)
pids = {pool.submit(os.getpid).result() for _ in range(20)}
parents = {pool.submit(os.getppid).result() for _ in range(4)}
print(" ".join(map(str, sorted(pids | parents))), flush=True)
time.sleep(600)
"""


def test_workers_and_their_fork_server_end_with_a_killed_run():
    # a run killed outright (SIGKILL, the OOM killer) cannot shut its pool down
    child = subprocess.Popen([sys.executable, "-c", _POOL_CHILD], stdout=subprocess.PIPE,
                             text=True, cwd=Path(__file__).resolve().parents[2])
    try:
        pids = [int(p) for p in child.stdout.readline().split()]
        assert len(pids) >= 2  # the workers and the fork server
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        deadline = time.monotonic() + 20
        alive = pids
        while alive and time.monotonic() < deadline:
            time.sleep(0.2)
            alive = [p for p in pids if _running(p)]
        assert alive == []
    finally:
        child.kill()


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False
