"""The same page written another way must give the same metrics.

Not damage (``bench_damage``) but the forms one text legitimately takes: Traditional script
(OpenCC's s2t, and its Hong Kong and Taiwan character sets), Windows line ends, paragraphs
indented with two ideographic spaces as Word and many sites print them, half-width sentence
punctuation. For every seed and held-out document, each rewritten page is analysed as the page
itself is (``analyse_document``, at the gold set's reference date) and its metrics compared as
multisets of (value, value_high, unit, kind, period, indicator) plus subject and qualifier:
changed = metrics of the page not found on the rewritten one. Only character-for-character
rewrites are used, so every difference is the pipeline's, not the rewrite's wording (OpenCC's
phrase-level Taiwan conversion, s2twp, swaps words such as 项目 for 專案 and is left out).

    python -m benchmarks.bench_page_forms [--docs h05,h30,...] [--forms crlf,indent]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable
from functools import cache

import opencc

from benchmarks.bench_damage import documents, key
from pipelines.domain.analysis import analyse_document
from pipelines.domain.records import Metric


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


# a paragraph's first line: the text's first, or one after a blank line or a sentence's end
_PARAGRAPH_START = re.compile(r"(?:\A|(?<=\n\n)|(?<=[。！？：；]\n))(?=[^\s])")
_HALF_WIDTH = str.maketrans("，；：（）！？", ",;:()!?")

FORMS: dict[str, Callable[[str], str]] = {
    "traditional": lambda t: _converter("s2t").convert(t),
    "traditional_hk": lambda t: _converter("s2hk").convert(t),
    "traditional_tw": lambda t: _converter("s2tw").convert(t),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "indented": lambda t: _PARAGRAPH_START.sub("\u3000\u3000", t),
    "half_width_punctuation": lambda t: t.translate(_HALF_WIDTH),
}


def _full_key(m: Metric) -> tuple:
    return (*key(m), m.subject, m.qualifier)


def measure(forms: list[str], names: list[str] | None) -> dict[str, tuple[int, int, list[str]]]:
    """Per form: (metrics of the pages, of them changed, documents with a change)."""
    out: dict[str, tuple[int, int, list[str]]] = {f: (0, 0, []) for f in forms}
    for name, text, ref in documents(names):
        want = Counter(map(_full_key, analyse_document(text, published_on=ref).metrics))
        for form in forms:
            rewritten = FORMS[form](text)
            if rewritten == text:
                continue
            got = Counter(map(_full_key, analyse_document(rewritten, published_on=ref).metrics))
            changed = sum((want - got).values())
            total, lost, docs = out[form]
            out[form] = (total + sum(want.values()), lost + changed,
                         docs + ([f"{name.split('_')[0]} {changed}"] if changed else []))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", default=None, help="comma-separated file name prefixes")
    parser.add_argument("--forms", default=",".join(FORMS))
    args = parser.parse_args(argv)
    names = args.docs.split(",") if args.docs else None
    print("| form | metrics | changed | documents with a change |")
    print("|---|---:|---:|---|")
    for form, (total, lost, docs) in measure(args.forms.split(","), names).items():
        print(f"| {form} | {total} | {lost} | {', '.join(docs) or '-'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
