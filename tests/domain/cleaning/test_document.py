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


def _kinds(raw: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in clean_document(raw).blocks]


def test_a_date_or_source_line_under_a_title_is_not_merged_into_the_heading():
    doc = clean_document("杭州市2024年国民经济和社会发展统计公报（摘要）\n"
                         "杭州市统计局  2025年3月10日\n\n"
                         "2024年，全市实现地区生产总值21860亿元。")
    assert doc.blocks[0].text == "杭州市2024年国民经济和社会发展统计公报（摘要）"
    assert doc.blocks[1].kind == "masthead_date"
    assert doc.masthead_date_text is not None and "2025年3月10日" in doc.masthead_date_text
    assert doc.source_hint == "杭州市统计局"
    doc = clean_document("南京市2024年上半年经济运行情况\n2024年7月25日  来源：南京市统计局\n\n"
                         "上半年，全市增长5.3%。")
    assert doc.blocks[0].text == "南京市2024年上半年经济运行情况"
    assert doc.source_hint == "南京市统计局"
    doc = clean_document("臺北市113年觀光統計摘要\n中央社記者林小明台北2025年1月15日電\n\n"
                         "臺北市政府今天公布。")
    assert doc.blocks[0].text == "台北市113年观光统计摘要"
    assert doc.source_hint == "中央社"
    assert "2025年1月15日" in (doc.masthead_date_text or "")


def test_an_issuer_under_a_long_title_is_not_merged_into_it():
    # a title wider than any heading would be a paragraph's first line by width alone; the
    # line of issuers' names under it ends it
    doc = clean_document("中华人民共和国2024年国民经济和社会发展统计公报\n国家统计局\n"
                         "2025年2月28日\n\n"
                         "　　初步核算，全年国内生产总值1349084亿元，比上年增长5.0%。其中，"
                         "第一产业增加值91414亿元，比上年增长3.5%；第二产业增加值492087亿元。\n")
    assert doc.blocks[0].text == "中华人民共和国2024年国民经济和社会发展统计公报"
    assert doc.blocks[1].text == "国家统计局"
    assert doc.source_hint == "国家统计局"
    # a wrapped sentence is no title: its line before an issuer's name keeps running on
    doc = clean_document("　　据介绍，今年前三季度全市规模以上工业增加值同比增长6.2%，数据由\n"
                         "市统计局\n发布，增速高于全省平均水平。\n")
    assert doc.blocks[0].text.endswith("数据由市统计局")


def test_a_web_page_header_is_furniture_and_gives_date_and_source():
    doc = clean_document("2025年上半年全市经济运行情况\n\n"
                         "发布日期：2025-07-22 09:30    来源：潍坊市统计局    "
                         "浏览次数：2136    【字体：大 中 小】\n\n"
                         "上半年，全市上下认真落实各项决策部署。")
    assert [b.kind for b in doc.blocks] == ["heading", "furniture", "paragraph"]
    assert "2025-07-22" in (doc.masthead_date_text or "")
    assert doc.source_hint == "潍坊市统计局"
    assert all("浏览次数" not in s.text for s in doc.sentences)
    doc = clean_document("首页 > 新闻中心 > 财经要闻\n\n一季度经济开门稳\n\n全省增长5.6%。")
    assert doc.blocks[0].kind == "furniture" and doc.blocks[1].kind == "heading"


def test_a_dated_link_of_a_related_reading_list_at_the_foot_gives_no_date():
    """■相关阅读 ·…　2025-09-22 after the body: a link's date, not the page's (a header line
    above the body gives the page's date, as in the test before)."""
    doc = clean_document("台风“青鸾”登陆阳江　我省紧急转移46.8万人\n\n"
                         "本报讯 据中央气象台消息，台风于9月24日登陆，全省紧急转移46.8万人。\n\n"
                         "■相关阅读\n·我省启动防风IV级应急响应　2025-09-22\n"
                         "·台风“青鸾”加强为强台风级　2025-09-23\n")
    assert "2025-09-22" not in (doc.masthead_date_text or "")


def test_a_markdown_table_is_rows_of_text_not_a_heading():
    doc = clean_document("## 二、主要指标表\n\n"
                         "| 指标 | 单位 | 2024年实际 | 2025年目标 |\n|---|---|---|---|\n"
                         "| 地区生产总值增速 | % | 6.0 | 5.5 |\n"
                         "| 新增高新技术企业 | 家 | 2100 | 2000 |\n\n"
                         "全年实施重大项目500个。")
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "furniture", "paragraph", "paragraph", "paragraph"]
    rows = [s.text for s in doc.sentences if not s.is_heading]
    assert any("2100" in r and "2000" in r and "新增高新技术企业" in r for r in rows)
    assert all("|---" not in r for r in rows)


def test_an_ocr_title_with_its_subtitle_and_a_spaced_marker_stay_headings():
    raw = ("洛阳市政府工作报告\n——2024年1月8日在洛阳市第十六届人民代表大会第四次会议上\n\n"
           "一 、 2023 年工作回顾\n\n"
           "过去一年，全市生产总值达到5482.1亿元，增长3.8%；一般公共预算收入完成\n"
           "413.2亿元，增长5.1%，税收占比69.3%。\n")
    blocks = clean_document(raw).blocks
    assert blocks[0].kind == "heading"
    assert blocks[0].text.startswith("洛阳市政府工作报告 ——2024年1月8日")
    assert blocks[1].kind == "heading" and blocks[1].text.replace(" ", "") == "一、2023年工作回顾"
    assert blocks[2].kind == "paragraph" and blocks[2].text.startswith("过去一年")


def test_an_editor_line_without_a_colon_is_furniture():
    doc = clean_document("全市增长5.5%左右。\n\n（编辑 张敏 电话：029-87654321）")
    assert [b.kind for b in doc.blocks] == ["paragraph", "editor_line"]


def test_single_asterisk_emphasis_is_markup_but_a_multiplication_stays():
    doc = clean_document("**重点项目**：全年实施重大项目**500个**，完成投资*2000亿元*以上。")
    assert [s.text for s in doc.sentences] == [
        "重点项目：全年实施重大项目500个，完成投资2000亿元以上。"]
    assert clean_document("面积为3*4平方米。").sentences[0].text == "面积为3*4平方米。"


def test_a_page_of_one_line_paragraphs_sets_its_section_headings_on_lines_of_their_own():
    # (no blank lines: a short line without punctuation after a sentence's end, a paragraph over
    # twice as long right under it, is a section's heading, never the title's)
    raw = ("二零二六至二七年度财政预算案\n\n经济概况\n2025年本港经济增长3.2%，较2024年的2.5%加快，"
           "整体出口货值全年上升12.8%。\n财政状况\n2025-26年度的综合赤字修订预算为670亿元，较原来预算"
           "少200亿元。\n")
    blocks = [(b.kind, b.level, b.text) for b in clean_document(raw).blocks]
    assert ("heading", 2, "经济概况") in blocks and ("heading", 2, "财政状况") in blocks
    # a short last line of a paragraph that does not end a sentence is no heading
    raw = ("全年地区生产总值增长5.6%，\n比上年加快\n0.3个百分点。第一产业增加值229.85亿元，"
           "增长4.1%。\n")
    assert all(b.kind != "heading" for b in clean_document(raw).blocks)
