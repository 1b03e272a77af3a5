"""Speed of reading Word .docx files (``pipelines.domain.wordfiles.read_docx``), in CPU time.

A .docx of about ``--mb`` MB that is all text (the seed pages' lines in Word's runs, a table every
40 paragraphs: about a million characters in 28 MB of XML at 2 MB) is read ``--runs`` times; the
median CPU seconds and the characters per second are printed. A report with pictures of the same
size holds a few per cent of that text and reads in milliseconds.

    python -m benchmarks.bench_wordfiles            # 2 MB, 5 runs
    python -m benchmarks.bench_wordfiles --mb 5 --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import time

from pipelines.domain.wordfiles import read_docx
from tests.support.wordfiles import large_docx


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the .docx")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    data = large_docx(int(args.mb * 1_000_000))
    times, chars = [], 0
    for _ in range(args.runs):
        start = time.process_time()
        chars = len(read_docx(data).text)
        times.append(time.process_time() - start)
    best = statistics.median(times)
    print(f".docx {len(data) / 1e6:.2f} MB, {chars:,} characters: median {best:.3f} s CPU "
          f"({chars / best / 1e6:.2f} M characters/s; runs {', '.join(f'{t:.3f}' for t in times)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
