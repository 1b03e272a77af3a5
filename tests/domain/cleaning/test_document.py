"""Patterns of document.py against their plain definitions."""

from __future__ import annotations

import re

from pipelines.domain.cleaning.document import _SPACED_GAP
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
