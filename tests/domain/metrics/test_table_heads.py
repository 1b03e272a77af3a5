"""table_heads.py: a head line found where a damaged page hides it: a narrow table set in one
column of a two-column page beside the other column's text, a table run into the text on one
line, a head of periods alone with OCR's spaces in its years."""

from __future__ import annotations

from pipelines.domain.metrics.tables import text_tables


def _cells(text: str) -> list[tuple[str, float]]:
    return [(c.name, c.value) for t in text_tables(text) for c in t.cells]


# A narrow table set in one column of a two-column page (pdftotext -layout), the other column's
# body text beside its rows
_RANKING = ["排名  城市    PM2.5浓度（微克/立方米）  同比变化（%）",
            "1     盐城    19                        -9.5",
            "2     南通    21                        -8.7",
            "3     连云港  22                        -4.3",
            "4     苏州    24                        -11.1"]
_BESIDE = ["各地要对照《江苏省空气质量持续改善行动计划实施方案》",
           "，聚焦秋冬季大气污染防治攻坚，确保全年PM2.5平均浓度控",
           "制在30.5微克/立方米以内，优良天数比例达到80%以上。排",
           "名后三位的城市要向省大气污染防治联席会议办公室报送整",
           "改方案。各设区市要强化4类重点行业企业错峰生产，对1000",
           "余家涉气企业开展帮扶检查。"]
_LEAD = ("江苏省2025年10月环境空气质量状况\n\n一、全省总体情况\n\n"
         "10月份，全省PM2.5平均浓度为26.4微克/立方米。\n\n")


def _two_columns(left: list[str], right: list[str], width: int = 60) -> str:
    """Rows of a left and a right column side by side, the right one at ``width`` (display)."""
    out = []
    for k in range(max(len(left), len(right))):
        a = left[k] if k < len(left) else ""
        b = right[k] if k < len(right) else ""
        pad = width - sum(2 if ord(c) > 0x2E80 else 1 for c in a)
        out.append((a + " " * pad + b).rstrip() if b else a)
    return "\n".join(out)


def test_a_table_in_the_left_column_leaves_the_body_text_beside_it():
    title = "10月份全省设区市PM2.5浓度及排名"
    clean = _cells(f"{_LEAD}{title}\n" + "\n".join(_RANKING) + "\n\n注：快报数。\n")
    assert len(clean) == 12
    for beside in (_BESIDE, _BESIDE[:3]):  # (the right column's paragraph ends beside it)
        page = _LEAD + _two_columns([title, *_RANKING], beside) + "\n\n注：快报数。\n"
        assert _cells(page) == clean, len(beside)


def test_a_table_in_the_right_column_leaves_the_body_text_beside_it():
    title = "10月份全省设区市PM2.5浓度及排名"
    clean = _cells(f"{_LEAD}{title}\n" + "\n".join(_RANKING) + "\n\n注：快报数。\n")
    page = _LEAD + _two_columns(_BESIDE, ["", title, *_RANKING]) + "\n\n注：快报数。\n"
    found = [c for t in text_tables(page) for c in t.cells]
    assert [(c.name, c.value) for c in found] == clean
    assert all(page[c.raw_start:c.raw_end] == c.quote for c in found)


# A release copied from a web page without its paragraph and row breaks: the text, the title,
# the head and the rows of a table whose cells one ideographic space parts, all on one line
_MARKETS = ["市場　金額（億美元）　年增率（%）　比重（%）", "美國　1,712.4　63.2　32.2",
            "中國大陸及香港　1,436.8　12.5　27.0", "東協　957.3　36.7　18.0"]
_BEFORE = "累計1-10月對美國出口1,712.4億美元，年增63.2%，規模已超越上年全年。"
_AFTER = "說明：比重係指占我國同期出口總額之比率。"


def test_a_spaced_table_run_into_the_text_keeps_its_rows():
    title = "表：114年1-10月主要出口市場"
    clean = _cells("\n\n".join([_BEFORE, "\n".join([title, *_MARKETS, _AFTER])]) + "\n")
    assert len(clean) == 9
    for sep in ("", " "):  # (paragraphs joined with nothing or one space)
        merged = sep.join([_BEFORE, title, "".join(_MARKETS), _AFTER]) + "\n"
        found = [c for t in text_tables(merged) for c in t.cells]
        assert [(c.name, c.value) for c in found] == clean, sep
        assert all(merged[c.raw_start:c.raw_end] == c.quote for c in found)


def test_a_head_run_into_its_title_without_the_kind_twice_is_no_table():
    """The title's end and the head's first cell cannot be told apart: nothing is read."""
    merged = _BEFORE + "表：114年1-10月出口統計" + "".join(_MARKETS) + _AFTER + "\n"
    assert _cells(merged) == []


def test_a_head_of_periods_alone_with_ocr_spaces_in_its_years():
    """A labour force table whose name column's head is blank (its head names periods only):
    202 5年8月至10月 is still a period."""
    head = "                     2025年6月至8月   2025年7月至9月   2025年8月至10月"
    rows = ["失業率（%）          3.9              3.9              3.8",
            "就業不足率（%）      1.5              1.6              1.6"]
    page = "表1　勞動人口統計數字（經季節性調整）\n\n{}\n\n注：以三個月移動平均計算。\n"
    clean = _cells(page.format("\n".join([head, *rows])))
    assert len(clean) == 6
    spaced = [head.replace("2025年8月", "202 5年8月"), rows[0].replace("3.8", "3. 8"), rows[1]]
    assert _cells(page.format("\n".join(spaced))) == clean
