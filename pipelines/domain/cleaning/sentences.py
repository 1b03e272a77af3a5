"""Sentence splitting of clean block text on Chinese sentence punctuation.

A sentence ends after 。！？；(and ASCII !?;) or an ellipsis, together with any closing quotes
or brackets that follow (“……目标明确。”市委… splits after the closing quote).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import accumulate

from pipelines.domain.cleaning.lexicon import punctuation


@cache
def _end_pattern() -> re.Pattern[str]:
    p = punctuation()
    ends = re.escape(p.sentence_end)
    return re.compile(
        rf"(?:[{ends}]+|[{re.escape(p.ellipsis)}]+)[{re.escape(p.closing)}]*"
    )


@cache
def _sentence_pattern() -> re.Pattern[str]:
    """A whole sentence: everything up to the first sentence-end or ellipsis character, then
    what ``_end_pattern`` matches there; or the rest of the text."""
    p = punctuation()
    stops = re.escape(p.sentence_end + p.ellipsis)
    return re.compile(f"(?s:[^{stops}]*(?:{_end_pattern().pattern})|.+)")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for the sentences of ``text`` (``sentence_spans`` with the text)."""
    if text and " " not in text:
        out = []
        a = 0
        for sentence in _sentence_pattern().findall(text):
            b = a + len(sentence)
            out.append((a, b, sentence))
            a = b
        return out
    return [(a, b, text[a:b]) for a, b in sentence_spans(text)]


def sentence_texts(text: str) -> list[str]:
    """The sentences of ``text`` without spaces (what ``sentences`` gives for it, texts only):
    they follow each other with nothing between."""
    return _sentence_pattern().findall(text)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, surrounding spaces excluded."""
    if not text:
        return []
    if " " not in text:
        ends = list(accumulate(map(len, _sentence_pattern().findall(text))))
        return list(zip([0, *ends[:-1]], ends, strict=True))
    return spans_by_ends(text)


def spans_by_ends(text: str) -> list[tuple[int, int]]:
    """The general path of ``sentence_spans`` (spaces around sentences trimmed); the fast path
    for text without spaces must give the same spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _end_pattern().finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        if b > a:
            out.append((a, b))
    return out
