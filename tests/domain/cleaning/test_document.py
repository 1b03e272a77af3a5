"""Patterns of document.py against their plain definitions."""

from __future__ import annotations

import re

from pipelines.domain.cleaning.document import _SPACED_GAP, clean_document
from pipelines.domain.cleaning.lexicon import HAN

# The definition: a space inside a run of spaced-out Han characters, or leading/trailing spaces.
DEFINITION = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}] )|(?<=[{HAN}] [{HAN}]) (?=[{HAN}])|^ +| +$")


def test_spaced_gap_removal_equals_the_definition():
    texts = [
        "新 时 代 中 国 特 色", "  a b", "中 文 字", " 中 文 ", "中 文  ", "a  b  ", "   ", " ",
        "中 a 文", "一 二 三 四", "明方向 定目标", "记者 白洋", "聚焦 高质量发展 首要任务", "x",
    ]
    for text in texts:
        assert _SPACED_GAP.sub("", text) == DEFINITION.sub("", text), text
    assert _SPACED_GAP.sub("", " 新 时 代 ") == "新时代"
    assert _SPACED_GAP.sub("", "明方向 定目标") == "明方向 定目标"


def test_a_page_on_one_line_behind_a_markdown_marker_is_text_not_a_heading():
    """A whole page that lost its line breaks after `## title` must still split into sentences
    (a 400,000-character "heading" once carried 1,242 metrics and exhausted the model build)."""
    body = "如何让科技创新赋能产业发展？必须推进科技创新和产业创新深度融合。" * 30
    doc = clean_document("## 推进科技创新与产业转化融合 促进教育科技人才一体发展" + body)
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    assert len(doc.sentences) > 30 and max(len(s.text) for s in doc.sentences) < 100
    short = clean_document("## 推进科技创新与产业转化融合\n今年新建充电桩6万个。")
    assert [b.kind for b in short.blocks] == ["heading", "paragraph"]
