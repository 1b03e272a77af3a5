"""Speed of reading PDF files (``pipelines.domain.pdffiles.read_pdf``), in CPU time.

A PDF of ``--pages`` A4 pages set like a report (40 lines of 36 characters of the seed pages a
page, a page number under each, a four-column table every fifth page) is read ``--runs`` times;
the median CPU seconds, pages and characters per second are printed.

    python -m benchmarks.bench_pdffiles                # 100 pages, 5 runs
    python -m benchmarks.bench_pdffiles --pages 300 --runs 3
"""

from __future__ import annotations

import argparse
import statistics
import time
from itertools import islice

from benchmarks.corpus import seed_paragraphs
from pipelines.domain.pdffiles import read_pdf
from tests.support.pdffiles import pdf

LINES, WIDTH = 40, 36


def report_pages(n: int) -> list[list[str | tuple[str, ...]]]:
    """``n`` pages of the seed pages' text, wrapped as print; a table on every fifth page."""
    text = "".join(p for page in seed_paragraphs() for p in page).replace("\n", "")
    lines = (text[i % len(text):i % len(text) + WIDTH] or text[:WIDTH]
             for i in range(0, LINES * WIDTH * n, WIDTH))
    pages: list[list[str | tuple[str, ...]]] = []
    for k in range(n):
        page: list[str | tuple[str, ...]] = list(islice(lines, LINES))
        if k % 5 == 4:
            page[-6:] = [("指标", "单位", "1-6月", "增长%")] + [
                (f"指标{j}", "亿元", f"{1000 + 37.5 * j:.1f}", f"{j * 0.7:.1f}") for j in range(5)]
        pages.append(page)
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    data = pdf(*report_pages(args.pages), footer="- {n} -")
    times, chars = [], 0
    for _ in range(args.runs):
        start = time.process_time()
        chars = len(read_pdf(data).text)
        times.append(time.process_time() - start)
    best = statistics.median(times)
    print(f".pdf {len(data) / 1e6:.2f} MB, {args.pages} pages, {chars:,} characters: median "
          f"{best:.3f} s CPU ({args.pages / best:.0f} pages/s, {chars / best / 1e6:.2f} M "
          f"characters/s; runs {', '.join(f'{t:.3f}' for t in times)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
