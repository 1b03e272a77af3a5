"""Rows of a table printed as text keep their cells apart (round 17, h53: a ranking table whose
rows ran together, `1盐城19-9.5`: the rank, the city and two figures read as one run). Each
row is a sentence of its own and each column gap (a run of 2+ spaces, a tab, an ideographic
space) one space, mapped to the gap's first raw character; a line of running text (clause or
sentence marks) keeps no gaps."""

from __future__ import annotations

import pytest

from pipelines.domain.cleaning import clean_document

_ROWS = [("名次", "区县", "降水量（毫米）", "较常年偏多（%）"), ("1", "西湖区", "182.5", "35.2"),
         ("2", "上城区", "176.0", "-4.1"), ("2", "拱墅区", "176.0", "12.8"),
         ("4", "余杭区", "150.3", "-20.6")]
_BODY = "全市平均降水量为171.2毫米，较常年偏多9.8%。\n"


def _page(sep: str) -> str:
    lines = [sep.join(r) for r in _ROWS]
    return "5月份各区县降水量排名\n" + "\n".join(lines) + "\n注：并列时按区县代码排序。\n\n" + _BODY


@pytest.mark.parametrize("sep", ["  ", "    ", "\t", "\u3000\u3000", " \u3000"])
def test_each_row_is_a_sentence_with_its_cells_one_space_apart(sep):
    raw = _page(sep)
    texts = [s.text for s in clean_document(raw).sentences]
    assert texts == ["5月份各区县降水量排名", "名次 区县 降水量（毫米） 较常年偏多（%）",
                     "1 西湖区 182.5 35.2", "2 上城区 176.0 -4.1", "2 拱墅区 176.0 12.8",
                     "4 余杭区 150.3 -20.6", "注：并列时按区县代码排序。", _BODY.strip()]


@pytest.mark.parametrize("sep", ["  ", "\t", "\u3000\u3000"])
def test_a_rows_offsets_stay_exact(sep):
    raw = _page(sep)
    for s in clean_document(raw).sentences:
        assert len(s.raw_index) == len(s.text)
        for ch, at in zip(s.text, s.raw_index, strict=True):
            if ch == " ":
                assert raw[at] in " \t\u3000" and raw[at - 1] not in " \t\u3000"  # a gap's start
            else:
                assert raw[at] == ch
        assert raw[s.raw_start : s.raw_end].replace(sep, " ") == s.text or " " not in s.text


def test_running_text_with_wide_spaces_keeps_no_gaps():
    raw = ("今年以来，  全市经济  运行稳中有进，  工业生产较快增长。\n"
           "一季度，  全市地区生产总值  增长5.5%，  高于全省。\n")
    texts = [s.text for s in clean_document(raw).sentences]
    assert all("  " not in t and "， " not in t for t in texts), texts
    assert "".join(texts) == raw.replace(" ", "").replace("\n", "")
