"""Sentence marks and Han characters that OCR or a PDF's text layer gives back half-width or
misread (tests/support/DAMAGE.md, kinds j and m), put back where the context settles it; the
text keeps its length (one character for one), so offsets stay raw offsets."""

from __future__ import annotations

import pytest

from pipelines.domain.cleaning.normalize import normalize_chars


@pytest.mark.parametrize(("raw", "want"), [
    # a point after a Han character, % or a closing mark, before Han or a line's end: 。
    ("迈上新台阶.具体目标如下：", "迈上新台阶。具体目标如下："),
    ("增长8.5%.全市", "增长8.5%。全市"),
    ("请予审议.\n一、", "请予审议。\n一、"),
    ("（2024年）.其中", "（2024年）。其中"),
    ("全年增长12.6%.\n全市", "全年增长12.6%。\n全市"),
    # an o / O read for 。 between two Han characters (not inside a Chinese-numeral year)
    ("取得阶段性成效o到2028年", "取得阶段性成效。到2028年"),
    ("基本同步O完成省下达", "基本同步。完成省下达"),
])
def test_a_sentence_end_read_as_a_point(raw: str, want: str):
    assert normalize_chars(raw) == want


@pytest.mark.parametrize("raw", [
    "增长8.5%，PM2.5浓度", "www.gov.cn", "注：1.本公报", "等等...", "报告.pdf",
    "排名第4.2023年以来", "below 60%.\n\n四、展望", "卡拉OK厅", "O2O模式", "Mr.王", "1.总体要求",
])
def test_points_and_letters_that_stay(raw: str):
    assert normalize_chars(raw) == raw


@pytest.mark.parametrize(("raw", "want"), [
    ("二O二四年", "二〇二四年"), ("二0二五年工作", "二〇二五年工作"), ("二o二o年", "二〇二〇年"),
    ("国庆假期（10月1曰至8曰）", "国庆假期（10月1日至8日）"),
    ("2025年4月18曰\n", "2025年4月18日\n"),
    ("截至年未，全市", "截至年末，全市"), ("上年未增加", "上年末增加"),
    ("三季度未，贷款", "三季度末，贷款"), ("2024年未常住人口", "2024年末常住人口"),
    ("年未全市卫生人员", "年末全市卫生人员"), ("比上年未下降1.5%", "比上年末下降1.5%"),
    ("比上年未提高0.82个百分点", "比上年末提高0.82个百分点"),
    ("装机1200万干瓦", "装机1200万千瓦"), ("公路1.2万干米", "公路1.2万千米"),
    ("就业91.2万入，", "就业91.2万人，"), ("接待游客8.6万入次", "接待游客8.6万人次"),
    ("培训1200入以上", "培训1200人以上"),
    ("报告\n一 , 2023 年工作回顾", "报告\n一 、 2023 年工作回顾"), ("\n十二，加强", "\n十二、加强"),
    ("报告\n一,“十三五”发展成就", "报告\n一、“十三五”发展成就"),
    ("\n三，《纲要》实施", "\n三、《纲要》实施"),
    ("己经建成", "已经建成"), ("巳完成投资", "已完成投资"), ("累计己达", "累计已达"),
])
def test_han_read_for_one_of_the_same_shape(raw: str, want: str):
    assert normalize_chars(raw) == want


@pytest.mark.parametrize("raw", [
    "今年未完成的任务", "近年未出现", "当月未达到", "今年未全面完成", "比上年未提高",
    "子曰：学而时习之", "自己的工作",
    "知己知彼", "己亥年", "乙巳年", "巳时", "收入增长", "5家企业入库", "万人入选",
    "干部队伍", "若干万元", "严于律己", "统一，全市", "第一，全市", "\n第一，全市",
])
def test_han_that_stay(raw: str):
    assert normalize_chars(raw) == raw
