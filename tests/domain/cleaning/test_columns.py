"""Pages set in two or three columns side by side (``pdftotext -layout`` of a newspaper page):
read column by column (columns.py), with the document saying so, and text tables untouched."""

from __future__ import annotations

import unicodedata

import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.cleaning.document import clean_document
from pipelines.domain.cleaning.normalize import normalize_chars


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    """Hard-wrap paragraphs at a display width (a Han character 2, a digit 1)."""
    lines = []
    for p in paragraphs:
        line = ""
        for ch in p:
            if _width(line + ch) > width:
                lines.append(line)
                line = ""
            line += ch
        if line:
            lines.append(line)
    return lines


def set_in_columns(columns: list[list[str]], width: int, gap: int,
                   by_chars: bool = False) -> list[str]:
    """Rows of columns side by side, each column's lines padded to ``width`` + ``gap`` display
    units as pdftotext -layout does (``by_chars``: padded by character count, as some tools)."""
    wrapped = [_wrap(c, width) for c in columns]
    rows = []
    for i in range(max(map(len, wrapped))):
        row = ""
        for k, lines in enumerate(wrapped):
            piece = lines[i] if i < len(lines) else ""
            if k and piece:
                used = len(row) if by_chars else _width(row)
                row += " " * (k * (width + gap) - used)
            row += piece
        rows.append(row.rstrip())
    return rows


HEADLINE = ["", "            全省上半年外贸进出口增长6.1%", ""]
LEFT = [
    "　　本报讯 记者从省商务厅获悉，上半年全省货物贸易进出口总值4821.6亿元，同比增长6.1%，"
    "增速高于全国2.3个百分点。其中出口3015.2亿元，增长8.4%；进口1806.4亿元，增长2.5%。",
    "　　从贸易方式看，一般贸易进出口3120.7亿元，增长7.9%，占全省外贸总值的64.7%，"
    "比去年同期提升1.1个百分点。",
]
RIGHT = [
    "　　民营企业活力持续释放。上半年，全省有进出口实绩的民营企业达1.86万家，比去年同期"
    "增加1240家；民营企业进出口2950.3亿元，增长9.6%。",
    "　　下一步，全省将力争全年外贸进出口总值突破1万亿元，新培育外贸综合服务企业20家以上。",
]
FOOTER = ["", "", "    本版编辑：陈 敏      校对：吴 军"]


def two_columns(by_chars: bool = False) -> str:
    rows = ["2025年7月16日 星期三", *HEADLINE,
            *set_in_columns([LEFT, RIGHT], 44, 4, by_chars), *FOOTER]
    return "\n".join(rows) + "\n"


def three_columns() -> str:
    cols = [
        ["　　今年以来，全市规模以上工业增加值增长7.2%，其中高技术制造业增长12.5%，"
         "占规模以上工业的比重达到18.3%。"],
        ["　　1—6月，全市固定资产投资增长5.4%，工业投资增长11.6%，民间投资占全部投资的"
         "比重为52.1%。"],
        ["　　社会消费品零售总额达到1296.4亿元，增长4.9%；网上零售额386.5亿元，增长"
         "15.2%。"],
    ]
    rows = ["上半年全市经济运行稳中有进", "", *set_in_columns(cols, 28, 3)]
    return "\n".join(rows) + "\n"


def right_starts_mid_sentence() -> str:
    left = ["　　记者从市统计局了解到，前三季度全市实现地区生产总值3862.5亿元，按不变价格计算，"
            "同比增长5.8%。分产业看，第一产业增加值215.3亿元，增长3.6%；第二产业增加值1530.2亿元，"
            "增长6.4%；第三产业增加值2117.0亿"]
    right = ["元，增长5.6%，比上半年加快0.3个百分点。",
             "　　前三季度，全市居民人均可支配收入达到41026元，同比增长5.1%。"]
    rows = ["前三季度全市地区生产总值增长5.8%", "", *set_in_columns([left, right], 40, 4)]
    return "\n".join(rows) + "\n"


def _body(raw: str) -> list[str]:
    return [s.text for s in clean_document(raw).sentences if not s.is_heading]


def _offsets_exact(raw: str) -> None:
    """Every clean character is the (normalised) raw character at its offset, and every
    sentence's span lies inside the text, its start before its end."""
    norm = normalize_chars(raw)
    for s in clean_document(raw).sentences:
        assert len(s.raw_index) == len(s.text)
        assert all(ch == " " or norm[at] == ch for ch, at in zip(s.text, s.raw_index,
                                                                  strict=True))
        assert 0 <= s.raw_start < s.raw_end <= len(raw)


@pytest.mark.parametrize("by_chars", [False, True])
def test_two_columns_are_read_one_after_the_other(by_chars: bool) -> None:
    raw = two_columns(by_chars)
    body = _body(raw)
    assert "其中出口3015.2亿元，增长8.4%；" in body
    assert "民营企业活力持续释放。" in body
    assert "上半年，全省有进出口实绩的民营企业达1.86万家，比去年同期增加1240家；" in body
    # the left column's paragraphs come first, then the right column's
    assert body.index("其中出口3015.2亿元，增长8.4%；") < body.index("民营企业活力持续释放。")
    _offsets_exact(raw)


def test_two_column_metrics() -> None:
    found = {(m.value, m.unit, m.indicator, m.kind, m.period_text)
             for m in analyse_document(two_columns()).metrics}
    assert (4821.6, "元", "货物贸易进出口总值", "actual", "上半年") in found
    assert (3015.2, "元", "出口", "actual", "上半年") in found
    assert (2950.3, "元", "民营企业进出口", "actual", "上半年") in found
    assert (1240.0, "家", "进出口实绩的民营企业", "actual", "上半年") in found
    assert (20.0, "家", "新培育外贸综合服务企业", "target", "全年") in found


def test_three_columns() -> None:
    raw = three_columns()
    body = _body(raw)
    assert ("今年以来，全市规模以上工业增加值增长7.2%，其中高技术制造业增长12.5%，"
            "占规模以上工业的比重达到18.3%。") in body
    assert ("1-6月，全市固定资产投资增长5.4%，工业投资增长11.6%，"
            "民间投资占全部投资的比重为52.1%。") in body
    assert "社会消费品零售总额达到1296.4亿元，增长4.9%；" in body
    assert clean_document(raw).layout_warning == "read as 3 columns (lines 3-6)"
    _offsets_exact(raw)


def test_right_column_going_on_mid_sentence() -> None:
    raw = right_starts_mid_sentence()
    body = _body(raw)
    assert "第三产业增加值2117.0亿元，增长5.6%，比上半年加快0.3个百分点。" in body
    assert "前三季度，全市居民人均可支配收入达到41026元，同比增长5.1%。" in body
    _offsets_exact(raw)
    metrics = analyse_document(raw).metrics
    tertiary = next(m for m in metrics if m.value == 2117.0)
    assert tertiary.unit == "元" and tertiary.period_text == "前三季度"
    # its 元 heads the next column, above it in the raw text: the quote is the part before
    assert tertiary.quote == "2117.0亿" == raw[tertiary.char_start:tertiary.char_end]


def test_warning_names_the_lines() -> None:
    raw = two_columns()
    n = raw.count("\n")
    first = raw.split("\n").index(next(r for r in raw.split("\n") if "本报讯" in r)) + 1
    assert clean_document(raw).layout_warning == f"read as 2 columns (lines {first}-{n - 3})"
    assert clean_document("　　一段普通的正文。\n").layout_warning is None


TABLE = """表1  2024年主要经济指标

指标名称                  单位        绝对数      比上年增长（%）
地区生产总值              亿元        5123.4          5.6
  第一产业增加值          亿元         412.8          3.4
  第二产业增加值          亿元        2098.1          6.2
  第三产业增加值          亿元        2612.5          5.3
一般公共预算收入          亿元         398.7          4.1
"""


def test_a_text_table_is_no_column_stretch() -> None:
    cleaned = clean_document(TABLE)
    assert cleaned.layout_warning is None
    assert any("地区生产总值" in s.text and "5123.4" in s.text for s in cleaned.sentences)


def test_the_clean_stage_reports_the_layout() -> None:
    """The doc_info frame the clean stage returns carries the warning (core.documents.
    layout_warning, shown in marts.documents.warning)."""
    from pipelines.domain.batches import clean_batch

    result = clean_batch([("a", three_columns()), ("b", "　　一段普通的正文。\n")])
    warnings = dict(result.frames["doc_info"].select("doc_id", "layout_warning").iter_rows())
    assert warnings == {"a": "read as 3 columns (lines 3-6)", "b": None}


def test_pairs_of_columns_one_below_the_other() -> None:
    """Two pairs of columns, the second below the first after a blank row: each pair is read
    left then right before the next pair, and no row is read twice."""
    upper = set_in_columns([
        ["　　一季度，全县完成农林牧渔业总产值18.6亿元，同比增长4.1%。其中，粮食播种面积"
         "稳定在52.3万亩，蔬菜产量达到12.8万吨。"],
        ["　　全县新建高标准农田3.5万亩，新增设施农业面积1.2万亩，农业机械化率提高到"
         "76.4%，比上年末提高1.8个百分点。"]], 36, 4)
    lower = set_in_columns([
        ["　　农村居民人均可支配收入达到6825元，同比增长6.9%，增速快于城镇居民1.7个百分点。"],
        ["　　下一步，全县将力争全年粮食总产量稳定在48万吨以上，新建高标准农田8万亩。"]], 36, 4)
    raw = "\n".join(["一季度全县农业农村经济稳中向好", "", *upper, "", *lower]) + "\n"
    body = _body(raw)
    order = ["其中，粮食播种面积稳定在52.3万亩，蔬菜产量达到12.8万吨。",
             "全县新建高标准农田3.5万亩，新增设施农业面积1.2万亩，农业机械化率提高到76.4%，"
             "比上年末提高1.8个百分点。",
             "农村居民人均可支配收入达到6825元，同比增长6.9%，增速快于城镇居民1.7个百分点。",
             "下一步，全县将力争全年粮食总产量稳定在48万吨以上，新建高标准农田8万亩。"]
    assert [body.index(s) for s in order] == sorted(body.index(s) for s in order)
    used = [at for s in clean_document(raw).sentences for at in s.raw_index]
    assert len(used) == len(set(used))
    _offsets_exact(raw)


def test_a_header_row_across_the_columns_is_not_read_into_them() -> None:
    """A header row whose fields stand apart by wide gaps, one of them where the right column
    starts, stays a row of its own above the columns."""
    rows = set_in_columns([LEFT, RIGHT], 44, 4)
    header = "来源：省商务厅　　作者：记者 王晓　　" + " " * 12 + "2025-07-16 08:30　　浏览：1.2万"
    raw = "\n".join(["全省上半年外贸进出口增长6.1%", "", header, *rows]) + "\n"
    body = _body(raw)
    assert "民营企业活力持续释放。" in body
    assert not any("2025-07-16" in s and "民营" in s for s in body)
    _offsets_exact(raw)


def _pair(left: list[str], right: list[str], width: int = 36, gap: int = 4) -> list[str]:
    """Two columns side by side, paragraphs apart by a blank line in each column (as many
    web-born reports are set), the left column's lines first in the flow."""
    def column(paragraphs: list[str]) -> list[str]:
        out: list[str] = []
        for p in paragraphs:
            out += [*_wrap([p], width), ""]
        return out[:-1]
    return _side_by_side(column(left), column(right), width, gap)


# one column of a statistics release cut into two side by side: the right column opens
# mid-sentence (车零售额…), the left's paragraphs end on the same row as one of the right's
RELEASE_LEFT = [
    "上半年，面对复杂严峻的外部环境，全市上下认真落实各项决策部署，经济运行稳中向好。",
    "根据地区生产总值统一核算结果，上半年全市实现地区生产总值3875.6亿元，同比增长5.9%。",
    "消费市场平稳恢复。上半年，全市社会消费品零售总额1693.8亿元，同比增长5.1%。限额以上"
    "单位商品零售额中，新能源汽",
]
RELEASE_RIGHT = [
    "车零售额增长31.6%，通讯器材类增长24.9%。外贸进出口较快增长，进出口总额1205.3亿元。",
    "居民收入稳步增加。上半年，全市居民人均可支配收入23156元，同比增长5.3%。",
    "金融存贷款平稳增长。6月末，全市金融机构本外币各项存款余额12684.5亿元。",
]


def test_a_blank_row_in_both_columns_of_one_pair_is_two_paragraph_breaks() -> None:
    """A blank row across the page where each column ends a paragraph (a short last line)
    does not end the pair: the left column goes on below it, then the right column is read
    (it was read as two pairs, and the right column's opening `车零售额…` followed the upper
    left column, `新能源汽` the lower right column's end)."""
    rows = _pair(RELEASE_LEFT, RELEASE_RIGHT)
    assert sum(not r.strip() for r in rows) >= 1
    raw = "\n".join(["2025年上半年全市经济运行情况", "", *rows]) + "\n"
    body = _body(raw)
    assert "限额以上单位商品零售额中，新能源汽车零售额增长31.6%，通讯器材类增长24.9%。" in body
    assert "上半年，全市居民人均可支配收入23156元，同比增长5.3%。" in body
    _offsets_exact(raw)


def test_a_table_below_the_columns_does_not_move_their_edge() -> None:
    """A text table under the columns whose cells stand a few places left of the right
    column's edge: the edge is the columns' rows' (the table's cells counted as much, and the
    edge went to the table's second cell: every row of the columns then ran across it and none
    was read as columns)."""
    rows = set_in_columns([LEFT, RIGHT], 44, 4)
    table = ["指标名称" + " " * 36 + "单位          绝对数      增长（%）",
             "货物贸易进出口总值" + " " * 26 + "亿元          4821.6      6.1",
             "  出口" + " " * 34 + "亿元          3015.2      8.4",
             "  进口" + " " * 34 + "亿元          1806.4      2.5",
             "民营企业进出口" + " " * 30 + "亿元          2950.3      9.6",
             "一般贸易进出口" + " " * 30 + "亿元          3120.7      7.9"]
    raw = "\n".join(["全省上半年外贸进出口增长6.1%", "", *rows, "", *table]) + "\n"
    body = _body(raw)
    assert "民营企业活力持续释放。" in body
    assert "其中出口3015.2亿元，增长8.4%；" in body
    assert clean_document(raw).layout_warning is not None
    _offsets_exact(raw)


def test_the_left_column_going_on_below_the_right_ones_end() -> None:
    """The right column ends first (the article's end), the left goes on below a blank row:
    the left column's paragraphs below are read before the right column, not after it (the
    right column's figures, read after the left's last heading, took its year)."""
    left = ["各位代表：现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
            "一、2024年工作回顾",
            "过去一年，全省经济运行稳中有进。全省地区生产总值达到6.0万亿元，增长5.8%，"
            "高于全国0.8个百分点。",
            "二、2025年主要预期目标",
            "综合考虑各方面因素，今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；"
            "一般公共预算收入增长3%；城镇新增就业70万人以上，城镇调查失业"]
    right = ["率控制在5.5%左右；居民消费价格涨幅2%左右；粮食产量稳定在550亿斤以上。"
             "实现上述目标，要重点抓好以下工作。"]
    rows = _pair(left, right)
    raw = "\n".join(["政府工作报告", "", *rows]) + "\n"
    body = _body(raw)
    order = ["过去一年，全省经济运行稳中有进。",
             "一般公共预算收入增长3%；",
             "城镇新增就业70万人以上，城镇调查失业率控制在5.5%左右；"]
    assert _width(rows[-1]) >= 34  # the left column's last line fills it: it goes on
    assert all(s in body for s in order)
    assert [body.index(s) for s in order] == sorted(body.index(s) for s in order)
    _offsets_exact(raw)


def test_columns_of_a_release_dense_with_figures() -> None:
    """A statistics release whose columns are one figure in four characters or more (dates in
    figures, rates to two places, amounts with separators) is still body text: each piece one
    run of Han text, none a table's cell (it was left row by row, every sentence across both)."""
    left = ["消费者物价指数（CPI）前10月平均年增1.75%，预测全年上涨1.82%，明年上涨1.69%；"
            "核心CPI预测今年上涨1.63%。",
            "前10月失业率平均为3.33%，较上年同期下降0.06个百分点；10月失业率3.36%，"
            "就业人数1,162万人，年增0.4%。"]
    right = ["前10月工业生产指数年增9.85%，其中制造业年增10.21%；外销订单累计5,436亿美元，"
             "年增22.4%。",
             "前10月全国赋税收入新台币3兆1,246亿元，较上年同期增加8.3%，达全年预算数的"
             "97.6%。"]
    rows = set_in_columns([left, right], 40, 4)
    text = "".join(left + right)
    assert sum(c.isdigit() for c in text) > 0.25 * len(text)
    raw = "\n".join(["主计总处新闻稿", "", *rows]) + "\n"
    body = _body(raw)
    assert "10月失业率3.36%，就业人数1,162万人，年增0.4%。" in body
    assert "前10月工业生产指数年增9.85%，其中制造业年增10.21%；" in body
    assert clean_document(raw).layout_warning is not None
    _offsets_exact(raw)



def _side_by_side(left: list[str], right: list[str], width: int = 36, gap: int = 4
                  ) -> list[str]:
    """Column lines (already wrapped; "" a blank line) set side by side."""
    rows = []
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        if b:
            a += " " * (width + gap - _width(a))
        rows.append((a + b).rstrip())
    return rows


def test_a_pair_ending_where_a_column_has_a_blank_line_stays_two_pairs() -> None:
    """Two pairs one below the other, the upper left column ending with a paragraph's blank
    line on the pair's last row (each column had closed a paragraph right above the blank row
    across the page): no paragraph break inside one pair, for the left column would be blank on
    two rows running. The upper pair is read before the lower one, whose right column goes on
    from its left column's last line."""
    upper_left = [*_wrap(["2025年是“十四五”规划收官之年。按照市人代会批准的计划，全市经济运行"
                          "稳中有进，主要指标总体符合预期。"], 36), "", "一、经济增长好于预期", ""]
    upper_right = _wrap(["全市地区生产总值达到14280亿元，增长5.6%，高于预期目标0.1个百分点。"
                         "一般公共预算收入完成1086.5亿元，增长4.2%，完成年度计划的103%。"
                         "社会消费品零售总额6015亿元，增长5.1%。固定资产投资增长3.5%，"
                         "其中工业投资增长12.1%。"], 36)
    lower_left = ["二、“十四五”规划目标圆满完成", "", *_wrap([
        "五年来，全市地区生产总值年均增长5.9%，累计完成固定资产投资2.9万亿元。“十五五”"
        "时期，每年新增城镇就业15万人以上，五年累计新增就业80万人；居民人均可支配收"], 36)]
    lower_right = _wrap(["入年均增长5.5%，研发经费投入年均增长10%以上，全社会研发投入强度达到"
                         "3%。单位地区生产总值能耗五年累计下降15.2%。"], 36)
    upper = _side_by_side(upper_left, upper_right)
    assert upper[-1].startswith(" ") and upper[-2].strip()  # left blank on the last row
    raw = "\n".join(["济南市计划执行情况的报告", "", *upper, "",
                     *_side_by_side(lower_left, lower_right)]) + "\n"
    body = _body(raw)
    order = ["全市地区生产总值达到14280亿元，增长5.6%，高于预期目标0.1个百分点。",
             "社会消费品零售总额6015亿元，增长5.1%。",
             "五年来，全市地区生产总值年均增长5.9%，累计完成固定资产投资2.9万亿元。",
             "居民人均可支配收入年均增长5.5%，研发经费投入年均增长10%以上，全社会研发投入强度达到3%。"]
    assert all(s in body for s in order)
    assert [body.index(s) for s in order] == sorted(body.index(s) for s in order)
    _offsets_exact(raw)


def test_a_row_set_wider_than_counted_does_not_indent_the_right_column():
    """A tool that sets `—` or `≤` two places wide pads the rows holding them less: their
    right piece starts left of the others. The column's lines start where most of its rows
    start, not at that leftmost row (every line of the right column then read as indented, a
    paragraph of its own, its sentences cut at each line's end)."""
    left = ["7—8月、8—9月和6—7月占汛期降水的41%、33%、26%，汛期（6—9月）全省平均降水量586.4"
            "毫米，占全年降水量的72.2%。全省地下水资源量（矿化度≤2克/升）186.92亿立方米。"]
    right = ["2024年，全省总供水量213.47亿立方米，比上年减少1.2%。按水源分，地表水源供水量"
             "126.43亿立方米，地下水源供水量72.58亿立方米，其他水源供水量14.46亿立方米。"]
    width, gap = 36, 4
    lines_l, lines_r = _wrap(left, width - 3), _wrap(right, width)
    rows = []
    for i in range(max(len(lines_l), len(lines_r))):
        a = lines_l[i] if i < len(lines_l) else ""
        b = lines_r[i] if i < len(lines_r) else ""
        wide = _width(a) + a.count("—") + a.count("≤")  # (as the tool counts them)
        rows.append((a + " " * (width + gap - wide) + b).rstrip() if b else a)
    starts = [_width(r[: r.rindex(" ") + 1]) for r in rows if "  " in r]
    assert max(starts) - min(starts) >= 3  # one row's right piece three places left of the rest
    raw = "\n".join(["2024年山东省水资源公报", "", *rows]) + "\n"
    body = _body(raw)
    assert "按水源分，地表水源供水量126.43亿立方米，地下水源供水量72.58亿立方米，" \
           "其他水源供水量14.46亿立方米。" in body
    _offsets_exact(raw)


# A newspaper page whose PDF draws each row's two column lines one after the other (some
# converters and OCR text layers do): PDFium gives one line per row, the two lines apart by a
# tab (pdffiles: a gap of two ems), not by padding.
PDF_LEFT = ["本报讯 上半年全省货物贸易进", "出口总值4821.6亿元，同比增",
            "长6.1%，增速高于全国2.3个百", "分点。其中出口3015.2亿元，增",
            "长8.4%；进口1806.4亿元。"]
PDF_RIGHT = ["民营企业活力持续释放。上半年", "，全省民营企业进出口2950.3亿",
             "元，增长9.6%。下一步，全省将", "力争全年外贸进出口总值突破1万", "亿元。"]


def test_a_pdf_drawing_the_columns_row_by_row():
    """Each row `left⇥right`: the right column starts at one tab stop, past the widest left
    line, and the page is read column by column (it was read row by row, every sentence
    across both columns, and said nothing)."""
    from pipelines.domain.pdffiles import read_pdf
    from tests.support.pdffiles import pdf

    rows = zip(PDF_LEFT, PDF_RIGHT, strict=True)
    text = read_pdf(pdf(["全省上半年外贸进出口增长6.1%", *rows])).text
    assert "\t" in text
    doc = clean_document(text)
    body = [s.text for s in doc.sentences]
    assert any(s.endswith("上半年全省货物贸易进出口总值4821.6亿元，同比增长6.1%，"
                          "增速高于全国2.3个百分点。") for s in body), body
    assert "民营企业进出口2950.3亿元，增长9.6%。" in "".join(body)
    assert doc.layout_warning is not None


def test_a_table_of_terms_parted_by_tabs_stays_rows():
    """A table of terms and their notes, one tab between (a PDF's or a spreadsheet's): its
    left cells are of any width, no column's lines; each row stays a row."""
    rows = ["地区生产总值\t指按市场价格计算的一个地区所有常住单位的生产成果",
            "规模以上工业\t指年主营业务收入2000万元及以上的工业法人单位",
            "社会消费品零售总额\t指企业售予个人和社会集团的非生产非经营用的实物商品金额",
            "城镇调查失业率\t指城镇调查失业人数占城镇调查从业人数与失业人数之和的比",
            "居民消费价格指数\t反映一定时期内城乡居民所购买的消费品和服务项目价格变动"]
    raw = "\n".join(["主要指标解释", "", *rows]) + "\n"
    doc = clean_document(raw)
    assert doc.layout_warning is None


def test_a_left_column_line_after_one_stray_space_is_no_indented_line() -> None:
    """A left column's line opening with one space (an OCR space where the wrap fell: 达到⏎
    46892元) is no paragraph's first line: an indent is ``INDENT`` wide or an ideographic
    space, as in the other columns."""
    left = ["城镇、农村居民人均可支配收入分别达到", " 46892元、20731元，分别增长4.6%和",
            " 7.5%。新增城镇就业7.2万人，失业率控", "制在5.5%以内。"]
    right = ["全年接待游客1.6亿人次，旅游收入130", "0亿元，比上年增长12.1%。全市新建",
             "高标准农田35.6万亩，粮食总产量51.6", "亿斤。"]
    body = _body("\n".join(_side_by_side(left, right)) + "\n")
    assert body[0] == ("城镇、农村居民人均可支配收入分别达到46892元、20731元，"
                       "分别增长4.6%和7.5%。"), body


TABLE_ROWS = ["10月份各市PM2.5浓度及排名",
              "排名  城市    PM2.5浓度（微克/立方米）",
              "1     盐城    19",
              "2     南通    21",
              "3     连云港  22",
              "4     苏州    24"]
BESIDE = ["　　各地要对照省空气质量持续改善行动计划实施方案，聚焦秋冬季大气污染防治攻坚，"
          "确保全年PM2.5平均浓度控制在30.5微克/立方米以内，优良天数比例达到80%以上。",
          "　　各设区市要强化4类重点行业企业错峰生产，对1000余家涉气企业开展帮扶检查。"]


def test_a_narrow_table_in_a_column_leaves_the_page_read_as_columns() -> None:
    """A newspaper's small table set in the left column, the right column's text beside its
    rows: the right column's sentences are read whole, after the table."""
    left = [LEFT[0], *TABLE_ROWS]
    rows = ["全省空气质量持续改善", "", *set_in_columns([left, BESIDE], 44, 4)]
    raw = "\n".join(rows) + "\n"
    body = _body(raw)
    assert any(s.startswith("各地要对照") and s.endswith("控制在30.5微克/立方米以内，优良天数比例"
                                                  "达到80%以上。") for s in body)
    assert "各设区市要强化4类重点行业企业错峰生产，对1000余家涉气企业开展帮扶检查。" in body
    assert body.index("其中出口3015.2亿元，增长8.4%；") < body.index(
        "各设区市要强化4类重点行业企业错峰生产，对1000余家涉气企业开展帮扶检查。")
    _offsets_exact(raw)


def _flow(paragraphs: list[str], width: int = 36) -> list[str]:
    """A column's lines: each paragraph opened by two ideographic spaces (as a Word page's
    paragraphs are indented), hard-wrapped at ``width``."""
    return _wrap(["\u3000\u3000" + p for p in paragraphs], width)


def test_a_pair_ending_on_an_indented_line_that_goes_on_stays_two_pairs() -> None:
    """Two pairs one below the other, a blank row between them, where each column of the upper
    pair ends on a paragraph's first line (indented, its sentence not closed): with its indent
    that line fills the column, so the column goes on at the top of the next one and the upper
    pair ends there (the indent was not counted: the line read as a paragraph's short last
    line and the two pairs as one, `全年共接待游客村5个…` and `新增省级未来乡` alone)."""
    upper_left = [*_wrap(["全县地区生产总值达到612.5亿元，增长6.2%；一般公共预算收入48.6亿元，"
                          "增长5.1%，其中税收收入占比达到78.4%；城乡居民人均可支配收入分别增长4.6%"
                          "和6.5%，城乡收入比缩小到一点六。"], 36),
                  *_flow(["全域旅游亮点纷呈。全年共接待游客"])]
    upper_right = [*_wrap(["2186万人次，实现旅游总收入268.5亿元，分别增长8.6%和9.3%。全县新增省级"
                           "景区村庄12个，瑶琳仙境入选全省首批示范景区，乡村民宿营业收入增长两成以上，"
                           "带动就业三千余人。"], 36),
                   *_flow(["加快建设美丽县域。新增省级未来乡"])]
    lower_left = _wrap(["村5个，改造提升农村公路60公里。空气质量优良天数比率保持在90%以上，"
                        "县控以上断面水质达标率100%。"], 36)
    lower_right = _flow(["民生福祉持续增进。城镇新增就业6800人，城镇调查失业率控制在5%以内，"
                         "新改建幼儿园2所，新增普惠托位200个。"])
    for column in (upper_left, upper_right):
        assert column[-1].startswith("\u3000\u3000") and _width(column[-1]) == 36
    assert len(upper_left) == len(upper_right)
    raw = "\n".join(["桐庐县人民政府工作报告", "", *_side_by_side(upper_left, upper_right), "",
                     *_side_by_side(lower_left, lower_right)]) + "\n"
    body = _body(raw)
    assert "全年共接待游客2186万人次，实现旅游总收入268.5亿元，分别增长8.6%和9.3%。" in body
    assert "新增省级未来乡村5个，改造提升农村公路60公里。" in body
    assert "城镇新增就业6800人，城镇调查失业率控制在5%以内，新改建幼儿园2所，新增普惠托位200个。" \
        in body
    _offsets_exact(raw)


def test_columns_whose_paragraphs_stand_apart_by_blank_lines() -> None:
    """Two columns whose paragraphs stand apart by a blank line each, the blank lines of one
    column beside lines of the other: fewer than half of the rows hold text on both sides, but
    a row holding text right of the edge only (the right column's line beside the left one's
    blank line) is a row of the columns too (the page was read row by row, every sentence
    across both columns)."""
    left = ["初步核算，全年地区生产总值2108.6亿元，比上年增长5.2%。",
            "年末全区常住人口119.8万人，比上年末增加1.6万人。",
            "全年规模以上工业增加值增长6.8%，增速比上年回落1.1个百分点。",
            "全年出生人口0.9万人，人口出生率7.6‰。",
            "全年固定资产投资比上年下降3.8%，降幅比上年收窄2.1个百分点。"]
    right = ["今年以来，全区消费市场稳中有升。",
             "全年社会消费品零售总额1136.4亿元，增长4.6%。",
             "全年一般公共预算收入92.6亿元，增长2.3%。",
             "各项存款余额3860.2亿元，比年初增加215.4亿元。",
             "全年全体居民人均可支配收入68520元，增长4.9%。"]
    rows = _pair(left, right, width=40)
    both = [r for r in rows if r[:1].strip() and "    " in r]
    assert 2 * len(both) < sum(bool(r.strip()) for r in rows)
    assert sum(r.startswith(" ") for r in rows) >= len(both)
    raw = "\n".join(["雨花区2024年国民经济和社会发展统计公报", "", *rows]) + "\n"
    body = _body(raw)
    assert all(s in body for s in left + right)
    assert body.index(left[-1]) < body.index(right[0])
    _offsets_exact(raw)


def test_a_wide_tables_rows_above_a_pair_of_columns_are_no_rows_of_it() -> None:
    """A text table across the page, its last cell (a figure, or a dash for none) standing
    past the columns' edge, right above a pair of columns (no blank row between): its rows are
    a wide table's, not a narrow table's rows in the left column beside right-column text (they
    were taken into the pair below, whose pieces then read as no body text: the pair was read
    row by row, `截至24日8时…158.7亿为各站现行标准；`)."""
    left = ["截至24日8时，全省大中型水库蓄水总量158.7亿立方米，较多年同期均值偏多12.3%；共有"
            "46座大中型水库超汛限水位，其中柘林水库水位64.82米，超汛限水位0.32米。",
            "四、水文测报",
            "省水文监测中心于6月22日18时启动水文测报Ⅳ级应急响应，23日12时提升至Ⅲ级。"]
    right = ["请有关地方和部门加强巡查防守，做好防范工作。",
             "注：本通报水位均采用吴淞高程，警戒水位为各站现行标准，数据为报汛站实时数据。",
             "江西省水文监测中心"]
    table = ["站名    河名    水位    警戒水位  超警戒" + " " * 14 + "流量",
             "永修站  修河    22.36   21.50     0.86" + " " * 15 + "1920",
             "虬津站  修河    25.02   24.50     0.52" + " " * 15 + "2410",
             "星子站  鄱阳湖  18.92   19.00     -0.08" + " " * 14 + "—",
             "外洲站  赣江    21.35   24.00     -2.65" + " " * 14 + "8420"]
    upper = set_in_columns([LEFT, RIGHT], 44, 4)
    lower = set_in_columns([left, right], 44, 4)
    assert all(_width(r.rsplit(" ", 1)[0].rstrip()) < 46 < 48 <= _width(r.rsplit(" ", 1)[0])
               for r in table)  # (the last cell past the columns' edge, 44 + 4)
    raw = "\n".join(["汛情通报（第27期）", "", *upper, "", *table, *lower]) + "\n"
    body = _body(raw)
    assert "截至24日8时，全省大中型水库蓄水总量158.7亿立方米，较多年同期均值偏多12.3%；" in body
    assert "省水文监测中心于6月22日18时启动水文测报Ⅳ级应急响应，23日12时提升至Ⅲ级。" in body
    assert "请有关地方和部门加强巡查防守，做好防范工作。" in body
    _offsets_exact(raw)


def test_a_right_column_of_two_lines_ending_the_article() -> None:
    """The last pair of columns, its right column holding the article's last two lines only
    (a note and the issuer), beside a left column that goes on alone below them: read as
    columns like the pairs above it (two rows with text on both sides were too few, and the
    pair was read row by row: `按水注：部分数据因四舍五入…`)."""
    left = ["　　2024年，全省用水总量212.53亿立方米。按水源分，地表水源供水量126.43亿立方米，"
            "地下水源供水量72.58亿立方米，其他水源供水量13.52亿立方米。按用户分，农业用水量"
            "127.45亿立方米，占用水总量的59.7%；工业用水量27.76亿立方米，占13.0%。",
            "　　全省人均综合用水量210立方米，万元地区生产总值用水量22.3立方米，农田灌溉水"
            "有效利用系数0.652。"]
    right = ["注：部分数据因四舍五入，分项合计与总数不等。",
             "（山东省水利厅　2025年6月）"]
    upper = set_in_columns([LEFT, RIGHT], 44, 4)
    lower = set_in_columns([left, right], 44, 4)
    assert sum(_width(r) > 48 for r in lower) == 2 and len(lower) > 6
    raw = "\n".join(["2024年山东省水资源公报", "", *upper, "", *lower]) + "\n"
    body = _body(raw)
    assert "按水源分，地表水源供水量126.43亿立方米，地下水源供水量72.58亿立方米，" \
        "其他水源供水量13.52亿立方米。" in body
    assert "全省人均综合用水量210立方米，万元地区生产总值用水量22.3立方米，" \
        "农田灌溉水有效利用系数0.652。" in body
    assert body.index("民营企业活力持续释放。") < body.index(
        "全省人均综合用水量210立方米，万元地区生产总值用水量22.3立方米，农田灌溉水有效利用系数0.652。")
    _offsets_exact(raw)


def test_a_pair_whose_few_rows_of_both_sides_hold_short_pieces() -> None:
    """A pair of columns with few rows of text on both sides, two of their pieces short (a
    page number at the right column's top, a note's last line): the rows of one column above
    and below them say the pieces are body text too (the pair was read row by row:
    `五、劳动关系城镇新增就业指标…`)."""
    left = ["业形态劳动者职业伤害保障参保人数为1.12万人。",
            "五、劳动关系",
            "全年受理劳动人事争议案件426件，审结412件，结案率为96.7%，调解成功率为68.2%。"
            "劳动保障监察机构主动检查用人单位385户次，为1286名劳动者追发工资等待遇2136万元。"]
    right = ["— 3 —", "注：1.本公报部分数据为初步统计数；2.城镇新增就业指标统计口径为16至60周岁"
             "劳动年龄人口；3.政策咨询请拨打12333。"]
    lower = _side_by_side([*_wrap(left[:1], 36), "", left[1], "", *_wrap(left[2:], 36)],
                          [right[0], "", *_wrap(right[1:], 36)])
    raw = "\n".join(["舒城县2024年人力资源和社会保障事业发展统计公报", "",
                     *set_in_columns([LEFT, RIGHT], 36, 4), "", *lower]) + "\n"
    body = _body(raw)
    assert "全年受理劳动人事争议案件426件，审结412件，结案率为96.7%，调解成功率为68.2%。" in body
    assert "3.政策咨询请拨打12333。" in body
    _offsets_exact(raw)
