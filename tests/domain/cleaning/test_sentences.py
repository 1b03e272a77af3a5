"""Sentence splitting: the one-pass forms equal the definition (cut after each end match)."""

from __future__ import annotations

from pipelines.domain.cleaning.sentences import sentence_spans, sentences, spans_by_ends

TEXTS = [
    "", "。", "全年增长5%。", "好。”他说……对！？", "……", "没有句号", "“好。”", "一；二;三!四?",
    "目标明确。” 市委强调， 要落实。 ", " 前有空格。后面", "数据2.5%；其中……（完）", "。。。",
]


def test_spans_and_sentences_equal_the_reference():
    for text in TEXTS:
        assert sentence_spans(text) == spans_by_ends(text), text
        assert sentences(text) == [(a, b, text[a:b]) for a, b in spans_by_ends(text)], text
