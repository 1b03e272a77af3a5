"""Write pipelines/data/keyword_general_weights.txt from jieba's IDF table.

jieba (MIT licence; a dev dependency, pinned) ships ``jieba/analyse/idf.txt``: the inverse document
frequency of ~270,000 words in a large general corpus. A word more common there than the median
word is generic Chinese prose (工作, 发展, 情况), whatever the documents of one warehouse say; its
factor is its IDF over that median (< 1), and the keywords step multiplies the word's TF-IDF by
it. Words at or above the median, single characters and ASCII-only words are not written (they
weigh 1).

    .venv/bin/python scripts/general_keyword_weights.py
"""

from __future__ import annotations

import re
import statistics
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "pipelines" / "data" / "keyword_general_weights.txt"
HEADER = """\
# How much a word weighs as a keyword beyond the warehouse's own corpus: its TF-IDF (IDF over the
# warehouse's documents) is multiplied by the factor listed here, so that words common in all
# Chinese prose (工作, 情况, 方面) do not rank as what a document is about, even in a warehouse of
# five documents whose own IDF cannot tell them apart. A word not listed weighs 1.
# Source: the IDF table of jieba {version} (jieba/analyse/idf.txt, MIT licence), words more
# common than its median word (IDF {median:.2f}); factor = the word's IDF / {median:.2f}.
# Written by scripts/general_keyword_weights.py. One word and its factor per line (a tab between);
# '#' starts a comment. Add a word with a factor below 1 to make it weigh less everywhere.
"""


def main() -> None:
    import jieba

    rows = []
    for line in (files("jieba.analyse") / "idf.txt").read_text(encoding="utf-8").splitlines():
        word, value = line.rsplit(" ", 1)
        rows.append((word, float(value)))
    median = statistics.median(v for _, v in rows)
    kept = [(w, v / median) for w, v in rows
            if v < median and len(w) >= 2 and not re.fullmatch(r"[\x00-\x7f]+", w)]
    kept.sort(key=lambda r: (r[1], r[0]))
    with OUT.open("w", encoding="utf-8") as f:
        f.write(HEADER.format(version=jieba.__version__, median=median))
        f.writelines(f"{w}\t{factor:.3f}\n" for w, factor in kept)
    print(f"{len(kept)} words -> {OUT}")


if __name__ == "__main__":
    main()
