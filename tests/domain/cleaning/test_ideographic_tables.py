"""Rows of a table whose cells one ideographic space parts keep their cells and rows apart
(round 19, h60: a Traditional-script release's table of markets ran into one line,
`美國1,712.463.232.2中國大陸及香港1,436.8…`). One such space also parts a masthead's fields,
a dateline's or a verse's halves: those lines are joined as before."""

from __future__ import annotations

import pytest

from pipelines.domain.cleaning import clean_document

_SEP = "\u3000"
_TRADITIONAL = [("市場", "金額（億美元）", "年增率（%）", "比重（%）"),
                ("美國", "1,712.4", "63.2", "32.2"), ("東協", "957.3", "36.7", "18.0"),
                ("日本", "261.5", "-5.4", "4.9")]
_SIMPLIFIED = [("行业", "增加值（亿元）", "增长（%）"), ("制造业", "2,345.6", "6.1"),
               ("建筑业", "812.0", "-2.3"), ("批发和零售业", "1,024.5", "5.0")]


def _page(title: str, rows: list[tuple[str, ...]], note: str) -> str:
    lines = [_SEP.join(r) for r in rows]
    return f"{title}\n" + "\n".join(lines) + f"\n{note}\n"


@pytest.mark.parametrize(("title", "rows", "note", "expected"), [
    ("表：114年1-10月主要出口市場", _TRADITIONAL, "說明：比重係指占我國同期出口總額之比率。",
     ["表：114年1-10月主要出口市场", "市场 金额（亿美元） 年增率（%） 比重（%）",
      "美国 1,712.4 63.2 32.2", "东协 957.3 36.7 18.0", "日本 261.5 -5.4 4.9",
      "说明：比重系指占我国同期出口总额之比率。"]),
    ("表2　2024年分行业增加值", _SIMPLIFIED, "注：按现价计算。",
     ["表2 2024年分行业增加值", "行业 增加值（亿元） 增长（%）", "制造业 2,345.6 6.1",
      "建筑业 812.0 -2.3", "批发和零售业 1,024.5 5.0", "注：按现价计算。"]),
])
def test_each_row_is_a_sentence_with_its_cells_one_space_apart(title, rows, note, expected):
    raw = _page(title, rows, note)
    doc = clean_document(raw)
    assert [s.text for s in doc.sentences] == expected
    for s in doc.sentences:  # a kept gap maps to its ideographic space, the rest to itself
        assert all(raw[at] == _SEP if ch == " " else True
                   for ch, at in zip(s.text, s.raw_index, strict=True))


def test_cells_of_figures_in_their_units_make_rows_too():
    raw = ("2024年各地区就业情况\n地区　2023年　2024年\n东部　12.5万人　13.1万人\n"
           "西部　8.2万人　8.9万人\n中部　7.7万人　8.0万人\n注：按常住地统计。\n")
    assert [s.text for s in clean_document(raw).sentences] == [
        "2024年各地区就业情况", "地区 2023年 2024年", "东部 12.5万人 13.1万人",
        "西部 8.2万人 8.9万人", "中部 7.7万人 8.0万人", "注：按常住地统计。"]


def test_a_number_with_thousands_separators_stays_whole():
    raw = _page("表：主要出口市場", _TRADITIONAL, "")
    texts = [s.text for s in clean_document(raw).sentences]
    assert "美国 1,712.4 63.2 32.2" in texts


@pytest.mark.parametrize(("raw", "expected"), [
    # a masthead and a dateline, fields parted by one ideographic space (furniture), then body
    ("大公报　2025年8月6日　星期三\n第12345号　今日16版　零售价5元\n本报记者　张三　李四\n"
     "全市经济运行总体平稳，\n稳中有进。\n",
     ["第12345号 今日16版 零售价5元", "全市经济运行总体平稳，稳中有进。"]),
    # verse halves: three lines of three cells each, but no figures
    ("春眠不觉晓　处处闻啼鸟　夜来风雨声\n花落知多少　白日依山尽　黄河入海流\n"
     "欲穷千里目　更上一层楼　千山鸟飞绝\n",
     ["春眠不觉晓处处闻啼鸟夜来风雨声花落知多少白日依山尽黄河入海流欲穷千里目更上一层楼千山鸟飞绝"]),
    # running text: clause marks around the ideographic spaces
    ("今年以来　全市经济运行稳中有进，　工业生产　较快增长。\n一季度，　地区生产总值　增长5.5%，"
     "　高于全省　0.3个百分点。\n二季度，　固定资产投资　增长4.1%，　民间投资　增长2.0%。\n",
     ["今年以来全市经济运行稳中有进，工业生产较快增长。",
      "一季度，地区生产总值增长5.5%，高于全省0.3个百分点。",
      "二季度，固定资产投资增长4.1%，民间投资增长2.0%。"]),
    # a list of people: a figure in each row, but beside words (男, 女)
    ("获奖名单\n姓名　年龄　性别\n张三　25岁　男\n李四　31岁　女\n王五　28岁　男\n",
     ["获奖名单 姓名 年龄 性别 张三 25岁 男 李四 31岁 女王五 28岁男"]),
    # one row of figures under two lines of words: no table (as cleaned before)
    ("项目　金额　比重\n其中　合计　全年\n制造业　2,345.6　6.1\n以上数据为初步统计数。\n",
     ["项目 金额 比重 其中 合计 全年 制造业 2,345.6 6.1", "以上数据为初步统计数。"]),
])
def test_prose_with_ideographic_spaces_is_cleaned_as_before(raw, expected):
    assert [s.text for s in clean_document(raw).sentences] == expected
