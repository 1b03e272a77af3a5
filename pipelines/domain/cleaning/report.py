"""Measures how well cleaning repaired a document, and prints a table for a folder.

Counts per document:
- ``broken_words``: dictionary words that a hard line break cuts in the raw text (segmenting the
  text with all line breaks and spaces removed);
- ``split_words_left``: of those, words whose two halves are still not adjacent in clean text;
- ``cjk_spaces_body``: spaces left between two Han characters in body sentences;
- ``spaced_runs``: runs of spaced-out single characters (新 时 代) left anywhere;
- ``furniture_in_body``: body sentences that still look like page furniture.

    python -m pipelines.domain.cleaning.report [folder]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from itertools import pairwise
from pathlib import Path

from pipelines.domain.cleaning.document import CleanedDocument, clean_document
from pipelines.domain.cleaning.lexicon import HAN
from pipelines.domain.cleaning.normalize import normalize_chars
from pipelines.domain.decoding import READ_AS, DecodeError, is_text_document, read_document
from pipelines.domain.segmentation import Segmenter, default_segmenter

_CJK_SPACE = re.compile(f"[{HAN}] +(?=[{HAN}])")
_SPACED_RUN = re.compile(f"(?<![{HAN}])[{HAN}](?: [{HAN}]){{2,}}(?![{HAN}])")
# Deliberately independent of furniture.yaml: obvious page furniture a reader would spot.
_FURNITURE_LIKE = re.compile(
    r"图据|(?:责任)?编辑[：:]|美术编辑|联系电话|https?://|www\.|^[（(]?上接\S{0,3}\d+版|"
    r"下转\S{0,3}\d+版|星期[一二三四五六日天]$|^\d{1,3}$|^[（(]作者[：:]|记者\s*[\u4e00-\u9fff]{2,3}$"
)


def _adjacent_pairs(doc: CleanedDocument) -> set[tuple[int, int]]:
    """Raw offsets (a, b) whose characters follow each other in some block's clean text."""
    pairs: set[tuple[int, int]] = set()
    prev_block, prev_last = -1, -1
    for s in doc.sentences:
        idx = s.raw_index
        pairs.update(pairwise(idx))
        if s.block_no == prev_block and idx:
            pairs.add((prev_last, idx[0]))
        prev_block, prev_last = s.block_no, (idx[-1] if idx else -1)
    return pairs


def broken_words(raw: str, seg: Segmenter) -> list[tuple[str, int, int]]:
    """(word, raw offset before the break, raw offset after it) for words cut by line breaks."""
    norm = normalize_chars(raw)
    chars: list[str] = []
    offsets: list[int] = []
    after_break: list[bool] = []
    pending = False
    for m in re.finditer(r"\S+|\s+", norm):
        if m.group()[0].isspace():
            pending = pending or "\n" in m.group()
            continue
        for k, ch in enumerate(m.group()):
            chars.append(ch)
            offsets.append(m.start() + k)
            after_break.append(pending and k == 0)
        pending = False
    joined = "".join(chars)
    out: list[tuple[str, int, int]] = []
    pos = 0
    for word in seg.cut(joined, False):
        end = pos + len(word)
        if len(word) > 1 and re.match(r"\w", word):
            for k in range(pos + 1, end):
                if after_break[k]:
                    out.append((word, offsets[k - 1], offsets[k]))
        pos = end
    return out


def cleaning_report(raw: str, seg: Segmenter | None = None) -> dict[str, int]:
    """Repair counts for one document (see module docstring)."""
    seg = seg or default_segmenter()
    doc = clean_document(raw, seg)
    broken = broken_words(raw, seg)
    pairs = _adjacent_pairs(doc)
    left = [w for w in broken if (w[1], w[2]) not in pairs]
    body = [s for s in doc.sentences if not s.is_heading]
    return {
        "chars": len(raw),
        "blocks": len(doc.blocks),
        "furniture_blocks": sum(b.kind not in ("paragraph", "heading", "list_item")
                                for b in doc.blocks),
        "headings": sum(s.is_heading for s in doc.sentences),
        "sentences": len(body),
        "broken_words": len(broken),
        "split_words_left": len(left),
        "cjk_spaces_body": sum(len(_CJK_SPACE.findall(s.text)) for s in body),
        "spaced_runs": sum(len(_SPACED_RUN.findall(s.text)) for s in doc.sentences),
        "furniture_in_body": sum(bool(_FURNITURE_LIKE.search(s.text)) for s in body),
    }


def split_words_left(raw: str, seg: Segmenter | None = None) -> list[str]:
    """The words still cut by a line break after cleaning (for inspection)."""
    seg = seg or default_segmenter()
    pairs = _adjacent_pairs(clean_document(raw, seg))
    return [w for w, a, b in broken_words(raw, seg) if (a, b) not in pairs]


def throughput(texts: list[str], repeat: int = 3) -> float:
    """clean_document speed in MB/s (UTF-8 bytes of raw text), best of ``repeat`` runs."""
    seg = default_segmenter()
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            clean_document(t, seg)
        best = min(best, time.perf_counter() - t0)
    return size / best / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="seeds")
    args = parser.parse_args(argv)
    root = Path(args.folder)
    files = sorted(p for p in root.rglob("*") if is_text_document(p.name) and p.is_file())
    names, texts = [], []
    for f in files:  # decoded as the pipeline decodes them; what it cannot read is said
        try:
            texts.append(read_document(f.name, f.read_bytes()).text)
            names.append(str(f.relative_to(root)))
        except (OSError, DecodeError) as exc:
            print(f"skipped {f.relative_to(root)}: {exc}", file=sys.stderr)
    if not texts:
        print(f"no readable documents ({READ_AS}) in {args.folder}", file=sys.stderr)
        return 1
    seg = default_segmenter()
    rows = [(n, cleaning_report(t, seg)) for n, t in zip(names, texts, strict=True)]
    cols = list(rows[0][1])
    name_w = max(len(n) for n, _ in [*rows, ("total", {})])
    print(f"{'document':<{name_w}} " + " ".join(f"{c:>17}" for c in cols))
    for name, row in rows:
        print(f"{name:<{name_w}} " + " ".join(f"{row[c]:>17}" for c in cols))
    totals = {c: sum(r[c] for _, r in rows) for c in cols}
    print(f"{'total':<{name_w}} " + " ".join(f"{totals[c]:>17}" for c in cols))
    print(f"clean_document throughput: {throughput(texts):.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
