"""Sections numbered by their chapter (3.1 温室气体排放, 2.3.1 …): headings, never the first line
of a wrapped sentence; decimals opening a wrapped line and numbered list items as before."""

from __future__ import annotations

import pytest

from pipelines.domain.cleaning import clean_document

# Headings as wide as each other, with no blank row between a heading and its paragraph (a
# report's PDF text layer): a heading's neighbours of comparable width are headings, so it
# "fills its column" and the paragraph under it was joined to it.
REPORT = """第二章　环境：绿色运营

2.1 大气污染物排放管理
本年度，集团二氧化硫排放量126.4吨，同比下降8.2%；氮氧化物排放量352.7吨，同比下降5.6%。

2.2 水资源与固体废物
年内总取水量85.3万立方米，单位产值取水量同比下降6.9%；危险废物合规处置率100%。

2.2.1 循环水系统改造
完成冷却循环水系统改造3项，年节水12.6万立方米。

2.3 能源使用与管理
报告期内，集团综合能源消费量4.72万吨标准煤，同比增长2.1%。
"""


def blocks(raw: str) -> list[tuple[str, int | None, str]]:
    return [(b.kind, b.level, b.text) for b in clean_document(raw).blocks]


def test_a_numbered_section_title_is_a_heading_apart_from_its_paragraph():
    got = blocks(REPORT)
    assert [(kind, level) for kind, level, _ in got] == [
        ("heading", 1), ("heading", 2), ("paragraph", None), ("heading", 2),
        ("paragraph", None), ("heading", 3), ("paragraph", None), ("heading", 2),
        ("paragraph", None)], got
    assert got[3][2] == "2.2 水资源与固体废物"
    assert got[4][2].startswith("年内总取水量85.3万立方米")


def test_its_sentences_stand_under_the_section_in_the_heading_path():
    sentences = clean_document(REPORT).sentences
    water = next(s for s in sentences if s.text.startswith("年内总取水量"))
    assert water.heading_path == ("第二章 环境：绿色运营", "2.2 水资源与固体废物")
    saved = next(s for s in sentences if s.text.startswith("完成冷却循环水"))
    assert saved.heading_path[-2:] == ("2.2 水资源与固体废物", "2.2.1 循环水系统改造")
    energy = next(s for s in sentences if s.text.startswith("报告期内"))
    assert energy.heading_path == ("第二章 环境：绿色运营", "2.3 能源使用与管理")


@pytest.mark.parametrize(("markers", "level"), [(("（一）", "（二）", "（三）"), 3),
                                                (("第一节 ", "第二节 ", "第三节 "), 2)])
def test_other_numbered_section_titles_as_wide_stay_apart_too(markers: tuple[str, ...],
                                                              level: int):
    raw = REPORT.replace("2.2.1 ", "")
    for number, marker in zip(("2.1 ", "2.2 ", "2.3 "), markers, strict=True):
        raw = raw.replace(number, marker)
    got = blocks(raw)
    assert got[3] == ("heading", level, markers[1] + "水资源与固体废物")
    assert got[4][2].startswith("年内总取水量85.3万立方米")


@pytest.mark.parametrize("line", ["3.3亿元，同比增长12.6%。", "3.3 亿元", "2.5倍", "12.8万吨"])
def test_a_decimal_opening_a_wrapped_line_goes_on_the_sentence(line: str):
    raw = f"公司坚持绿色发展，全年固定资产投资完成\n{line}\n"
    assert blocks(raw) == [
        ("paragraph", None, "公司坚持绿色发展，全年固定资产投资完成" + line.replace(" ", ""))]


def test_a_decimal_opening_a_full_line_inside_a_paragraph_goes_on():
    raw = ("公司坚持绿色发展，全年实现营业收入86.4亿元，同比增长12.6%，研发投入\n"
           "4.37亿元，占营业收入的比重为5.06%，较上年提高0.4个百分点，专利授权\n"
           "126项。\n")
    assert [kind for kind, _, _ in blocks(raw)] == ["paragraph"]


def test_numbered_list_items_are_as_before():
    raw = "主要任务如下：\n1.做强特色产业。\n2.壮大市场主体。\n"
    assert blocks(raw)[1:] == [("list_item", None, "1.做强特色产业。"),
                               ("list_item", None, "2.壮大市场主体。")]


def test_a_section_title_opening_with_a_year_after_its_number():
    raw = REPORT.replace("2.3 能源使用与管理", "2.3 2025年节能目标")
    got = blocks(raw)
    assert got[-2] == ("heading", 2, "2.3 2025年节能目标")
    assert got[-1][2].startswith("报告期内，集团综合能源消费量")


def test_a_numbered_row_of_figures_is_no_section_title():
    raw = ("主要指标如下。\n1.1 营业收入 86.42亿元 12.6%\n1.2 净利润 9.1亿元 3.2%\n"
           "1.3 研发投入 4.37亿元 8.8%\n")
    assert "heading" not in [kind for kind, _, _ in blocks(raw)]
