"""Throughput of the cleaning and segmentation stages alone, in MB/s per core.

MB = 10**6 bytes of UTF-8 raw text; each figure is the median of ``--runs`` runs (default 5),
timed in CPU seconds of this process (``time.process_time``), so other work on the machine does
not lower the per-core figure much.
Corpora: the seed pages repeated (``seeds x4``, separate documents), the same in Traditional
script (converted with OpenCC s2t), and one large document of the seeds concatenated ``--big``
times (default 60, about 5 MB), which shows whether cost grows faster than the text.
``tokenize`` is timed per document (as the pipeline calls it) on the sentences that
``clean_document`` produced, per raw MB. ``clean_batch`` is the cleaning stage as a worker runs
it: documents in batches of about ``BATCH_CHARS`` characters, with the block and sentence frames
(offset runs included) and each document's date. ``--corpus DIR`` adds the ``*.txt``
documents under a folder, e.g. one made by ``python -m benchmarks.corpus --mb 5 --out /tmp/c5``
(hard line breaks, spaced characters, page furniture and Traditional pages like real input).

    python -m benchmarks.bench_cleaning [--runs 5] [--big 60] [--corpus /tmp/c5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"
BATCH_CHARS = 300_000  # as pipelines.warehouse.stages batches documents for a worker


def _median_seconds(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return statistics.median(times)


def corpora(big: int, corpus: Path | None = None) -> dict[str, list[str]]:
    """Name -> documents."""
    import opencc

    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]
    s2t = opencc.OpenCC("s2t")
    out = {
        "seeds x4": seeds * 4,
        "seeds x4 Traditional": [s2t.convert(t) for t in seeds] * 4,
        f"seeds concatenated x{big} (one doc)": ["\n\n".join(seeds * big)],
    }
    if corpus is not None:
        docs = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
        out[f"{corpus} ({len(docs)} docs)"] = docs
    return out


def batches(docs: list[str], limit: int = BATCH_CHARS) -> list[list[tuple[str, str]]]:
    """(doc_id, text) batches of about ``limit`` characters, in order."""
    out: list[list[tuple[str, str]]] = [[]]
    size = 0
    for i, doc in enumerate(docs):
        if size >= limit:
            out.append([])
            size = 0
        out[-1].append((f"d{i}", doc))
        size += len(doc)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--big", type=int, default=60)
    parser.add_argument("--corpus", type=Path, default=None, help="folder of .txt documents")
    args = parser.parse_args(argv)

    from pipelines.domain.batches import clean_batch
    from pipelines.domain.cleaning import clean_document
    from pipelines.domain.segmentation import default_segmenter

    seg = default_segmenter()
    clean_document("预热：加载词典。\n", seg)  # dictionaries and OpenCC loaded before timing
    print(f"{'corpus':<36} {'MB':>6} {'clean_document':>15} {'clean_batch':>12} {'tokenize':>10}")
    for name, docs in corpora(args.big, args.corpus).items():
        size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
        cleaned = [clean_document(d, seg) for d in docs]
        t_clean = _median_seconds(lambda docs=docs: [clean_document(d, seg) for d in docs],
                                  args.runs)
        parts = batches(docs)
        t_batch = _median_seconds(lambda b=parts: [clean_batch(x) for x in b], args.runs)
        t_tok = _median_seconds(lambda c=cleaned: [seg.tokenize(d.sentences) for d in c], args.runs)
        print(f"{name:<36} {size:>6.2f} {size / t_clean:>10.2f} MB/s {size / t_batch:>7.2f} MB/s"
              f" {size / t_tok:>5.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
