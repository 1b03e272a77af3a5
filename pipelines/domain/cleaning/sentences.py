"""Sentence splitting of clean block text on Chinese sentence punctuation.

A sentence ends after 。！？；(and ASCII !?;) or an ellipsis, together with any closing quotes
or brackets that follow (“……目标明确。”市委… splits after the closing quote).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.cleaning.lexicon import punctuation


@cache
def _end_pattern() -> re.Pattern[str]:
    p = punctuation()
    ends = re.escape(p.sentence_end)
    return re.compile(
        rf"(?:[{ends}]+|[{re.escape(p.ellipsis)}]+)[{re.escape(p.closing)}]*"
    )


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, surrounding spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _end_pattern().finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    if " " not in text:
        return [(a, b) for a, b in spans if b > a]
    out = []
    for a, b in spans:
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        if b > a:
            out.append((a, b))
    return out
