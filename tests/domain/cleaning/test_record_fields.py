"""Pages printed as records (a notice's particulars, a form): ``label：value`` lines, each a
field of its own, and pages whose every line is indented (a Word page, a site's 　　)."""

from __future__ import annotations

import re

from pipelines.domain.cleaning import clean_document

NOTICE = """某县人民医院住院楼维修工程成交结果公告

一、项目编号：XZ-2025-0412
二、采购人信息
名称：某县人民医院
地址：某县城关镇人民路12号3幢
三、成交信息
成交供应商：某某建设工程有限公司
供应商地址：某市经开区长江路58号1栋6层
成交金额：￥2,386,400.00元
优惠率：5.2%
工期：90日历天
评审得分：88.6分
本项目成交金额较预算节约资金21.4万元，节约率8.2%。
"""


def _texts(raw: str) -> list[tuple[str, bool]]:
    return [(s.text, s.is_heading) for s in clean_document(raw).sentences]


def test_each_field_is_a_sentence_of_its_own():
    found = _texts(NOTICE)
    for field in ("名称：某县人民医院", "地址：某县城关镇人民路12号3幢",
                  "供应商地址：某市经开区长江路58号1栋6层", "成交金额：￥2,386,400.00元",
                  "优惠率：5.2%", "工期：90日历天", "评审得分：88.6分"):
        assert (field, False) in found, found  # a paragraph, not a heading


def test_running_text_after_the_fields_is_not_joined_to_the_last():
    assert ("本项目成交金额较预算节约资金21.4万元，节约率8.2%。", False) in _texts(NOTICE)


def test_a_headline_with_a_colon_stays_the_title():
    raw = ("国家统计局：10月份国民经济运行总体平稳\n\n"
           "10月份，规模以上工业增加值同比增长4.9%，比上月回落1.6个百分点。\n")
    assert _texts(raw)[0] == ("国家统计局：10月份国民经济运行总体平稳", True)


def test_a_field_cut_mid_clause_goes_on():
    raw = "说明：本表数据为初步统计数，\n最终数据以年报为准。\n地址：某市某区\n"
    assert _texts(raw)[0][0] == "说明：本表数据为初步统计数，最终数据以年报为准。"


PLAN = """某市国民经济和社会发展
第十五个五年规划纲要

    一、发展基础
    “十四五”时期，全市地区生产总值年均增长6.1%，
经济实力迈上新台阶。
    主要目标是：
    ——经济实力迈上新台阶。
"""


def _indented(raw: str) -> str:
    return re.sub(r"(?m)^(?=.)", "\u3000\u3000", raw)


def test_a_page_indented_line_by_line_reads_as_the_page():
    assert _texts(_indented(PLAN)) == _texts(PLAN)
    assert _texts(PLAN)[0] == ("某市国民经济和社会发展第十五个五年规划纲要", True)


SOURCE_LINE = """沪深两市小幅收涨　成交额超万亿元

2025-06-10 16:35　来源：某某财经网　作者
：李明

某某财经讯　6月10日，A股三大指数小幅收涨。截至收盘，沪指涨0.3%。
"""


def test_a_source_line_in_figures_is_furniture_with_its_wrapped_value():
    blocks = [(b.kind, b.text) for b in clean_document(SOURCE_LINE).blocks]
    assert ("masthead_date", "2025-06-10 16:35 来源：某某财经网 作者：李明") in blocks, blocks
    assert all(kind != "heading" or text.startswith("沪深") for kind, text in blocks), blocks


BROKEN = """　　始终把党的政治建设摆在首位，坚持
不懈用党的创新理论凝心铸魂，把坚定
拥护“两个确立”作为最高政治原

　　则和根本政治责任，把讲政治落实到
行动上、体现到工作中。

　　二是加快建设现代化产业体系。
"""


def test_an_indent_after_a_full_line_cut_mid_clause_goes_on_the_paragraph():
    found = [text for text, _ in _texts(BROKEN)]
    assert found[0] == ("始终把党的政治建设摆在首位，坚持不懈用党的创新理论凝心铸魂，把坚定拥护"
                        "“两个确立”作为最高政治原则和根本政治责任，把讲政治落实到行动上、体现到工作中。")
    assert found[1] == "二是加快建设现代化产业体系。"


def test_a_field_the_column_cut_keeps_its_tail_and_the_next_field_apart():
    raw = ("三、成交信息\n成交供应商：某某建设工程有限公司\n供应商地址：某市经开区长江路58号1\n"
           "栋6层\n成交金额：￥2,386,400.00元（大写：贰佰叁拾捌万\n陆仟肆佰元整）\n优惠率：5.2%\n")
    found = [text for text, _ in _texts(raw)]
    assert "供应商地址：某市经开区长江路58号1栋6层" in found, found
    assert "成交金额：￥2,386,400.00元（大写：贰佰叁拾捌万陆仟肆佰元整）" in found, found


def test_a_title_set_in_as_its_paragraphs_keeps_its_two_lines_apart_by_a_space():
    raw = ("前三季度某市经济运行稳中有进\nGDP同比增长4.8%\n\n"
           "本报讯（记者 王某）10月21日，记者从市统计局获悉，前三季度，某市实现地区生产总值"
           "9112.5亿元，按不变价格计算，同比增长4.8%，比上半年加快0.3个百分点。\n")
    indented = re.sub(r"(?:\A|(?<=\n\n))(?=\S)", "\u3000\u3000", raw)
    title = ("前三季度某市经济运行稳中有进 GDP同比增长4.8%", True)
    assert _texts(indented)[0] == _texts(raw)[0] == title
