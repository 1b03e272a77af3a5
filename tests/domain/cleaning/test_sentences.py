"""Sentence splitting: the one-pass forms equal the definition (cut after each end match)."""

from __future__ import annotations

from pipelines.domain.cleaning.sentences import _end_pattern, sentence_spans, sentences

TEXTS = [
    "", "。", "全年增长5%。", "好。”他说……对！？", "……", "没有句号", "“好。”", "一；二;三!四?",
    "目标明确。” 市委强调， 要落实。 ", " 前有空格。后面", "数据2.5%；其中……（完）", "。。。",
]


def _reference(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
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


def test_spans_and_sentences_equal_the_reference():
    for text in TEXTS:
        assert sentence_spans(text) == _reference(text), text
        assert sentences(text) == [(a, b, text[a:b]) for a, b in _reference(text)], text
