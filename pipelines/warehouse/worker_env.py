"""The worker processes' environment, set before anything imports polars: the fork server the
workers come from imports this module first (stages.worker_pool).

Two workers share the machine's cores, and a batch's frames are small: polars' own thread pool
in each worker only adds overhead (a worker job measured ~3% cheaper on one thread, the tokens
and themes part 4-7%), and every thread holds memory of its own.
"""

import os
import select
import signal
import threading
import time
from contextlib import suppress

os.environ.setdefault("POLARS_MAX_THREADS", "1")


def start_worker(run_pid: int) -> None:
    """A worker's initializer: end with the run process, then load the domain library."""
    exit_with(run_pid)
    from pipelines.warehouse.worker import warm_up

    warm_up()


def exit_with(run_pid: int) -> None:
    """End this worker, and the fork server it came from, when the run process ``run_pid``
    ends. A run killed outright (SIGKILL, the OOM killer) cannot shut its pool down, and its
    workers would wait for their next job forever: each holds both ends of its job queue."""

    def watch() -> None:
        try:  # a descriptor that becomes readable when the process ends (Linux 5.3+)
            fd = os.pidfd_open(run_pid)
            select.select([fd], [], [])
        except (AttributeError, OSError):  # no pidfd here: look once a second
            while _alive(run_pid):
                time.sleep(1.0)
        parent = os.getppid()
        if parent not in (run_pid, 1):  # the fork server, which only served that run
            with suppress(OSError):
                os.kill(parent, signal.SIGTERM)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-run", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
