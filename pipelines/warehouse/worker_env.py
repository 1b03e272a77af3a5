"""The worker processes' environment, set before anything imports polars: the fork server the
workers come from imports this module first (stages.worker_pool).

Two workers share the machine's cores, and a batch's frames are small: polars' own thread pool
in each worker only adds overhead (a worker job measured ~3% cheaper on one thread, the tokens
and themes part 4-7%), and every thread holds memory of its own.
"""

import os

os.environ.setdefault("POLARS_MAX_THREADS", "1")
