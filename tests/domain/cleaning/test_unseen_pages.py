"""Pages of kinds first seen in QA round 9 (written short for the tests): hard-wrapped numbers,
English sentences, running page headers, link lists and site furniture, translation lines."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.furniture import furniture_kind, issuer_line


def _texts(raw: str) -> list[str]:
    return [s.text for s in clean_document(raw).sentences]


def test_a_number_cut_by_a_hard_line_break_is_joined_without_a_space():
    raw = ("过去一年，全市经济社会发展取得新成效。预计全年实现地区生产总值1\n"
           "3698亿元，增长5.5%左右；民营经济贡献了全市70%以上的地区生产总值、8\n"
           "0%以上的税收，集装箱吞吐量达到2\n85万标箱，增长4.8%。\n")
    text = "".join(_texts(raw))
    assert "地区生产总值13698亿元" in text and "80%以上的税收" in text and "285万标箱" in text


def test_latin_words_and_numbers_across_a_line_break_keep_their_space():
    raw = "module output reached about\n288 GW in 2024 and about\n300 GW in 2025.\n"
    assert _texts(raw) == ["module output reached about 288 GW in 2024 and about 300 GW in 2025."]


def test_english_sentences_keep_the_space_after_punctuation():
    raw = ("中国光伏行业上半年产量继续增长。\n\n"
           "In H1 2025, polysilicon output was about 605,000 tonnes, down 39.8% year on year; "
           "by end-June, dense polysilicon averaged RMB 35,000/tonne. Prices fell.\n")
    text = " ".join(_texts(raw))
    for part in ("In H1 2025, polysilicon", "tonnes, down 39.8% year on year",
                 "end-June, dense", "35,000/tonne. Prices"):
        assert part in text, part
    # spaces inside Chinese text still go
    spaced = "全市 地区生产总值 增长 5%， 比上年 提高。\n"
    assert _texts(spaced) == ["全市地区生产总值增长5%，比上年提高。"]


def test_a_running_page_header_is_page_furniture():
    raw = ("某市人民政府公报　　　　　　2025年第2期\n政府工作报告\n"
           "各位代表：现在，我代表市人民政府向大会报告工作。过去一年，全市经济总体\n"
           "平稳，地区生产总值增长5.5%。\n　　　　— 1 —\n"
           "某市人民政府公报　　　　　　2025年第2期\n"
           "开放型经济提质增效，外贸进出口总额增长9.2%。\n")
    doc = clean_document(raw)
    assert not any("公报" in s.text for s in doc.sentences)
    assert [b.kind for b in doc.blocks if "公报" in b.text] == ["page_marker", "page_marker"]
    # a line said twice elsewhere is not a header
    twice = "一、总体情况\n全市经济平稳。\n一、总体情况\n全市经济向好。\n"
    assert "一、总体情况" in _texts(twice)


def test_link_lists_copyright_attachments_and_share_buttons_are_furniture():
    raw = ("全市地区生产总值增长5%。\n\n相关链接：\n· 2025年上半年经济运行情况发布会\n"
           "· 关于印发《稳增长工作方案（2025—2026年）》的通知\n\n"
           "相关阅读 Related:\n1. 2024-2025年度报告 / Annual Report 2024-2025\n\n"
           "附件：某区2024年统计公报.pdf（1.2MB）\n扫一扫在手机打开当前页\n分享到：\n"
           "版权所有：某市人民政府　　京ICP备04000001号　　网站标识码：bm07000001\n"
           "Copyright © 2025 某市人民政府 版权所有　粤ICP备12345678号\n"
           "© 2025 CPIA. All rights reserved. 转载请注明出处。\n")
    assert _texts(raw) == ["全市地区生产总值增长5%。"]
    # a sentence that merely mentions them stays text
    assert furniture_kind("相关链接已经发布，请查阅。") is None
    assert furniture_kind("附件：1.补贴申请表") is None


def test_header_lines_are_furniture_that_name_the_source():
    doc = clean_document("证券代码：688999　证券简称：某某科技　公告编号：2025-018\n"
                         "某某科技股份有限公司2024年年度报告摘要\n\n公司实现营业收入486.32亿元。\n")
    assert doc.blocks[0].kind == "furniture"
    doc = clean_document("某行业2025年上半年回顾\n\n发布单位：某行业协会（ABC）　2025.07.24　北京\n"
                         "Source: Some Industry Association | Editor: Zhang Wei\n\n"
                         "上半年产量增长5%。\n")
    assert doc.source_hint == "某行业协会"
    assert [b.kind for b in doc.blocks[:3]] == ["heading", "furniture", "furniture"]
    doc = clean_document("补贴资金在15个工作日内发放。\n\n来源：某市商务局 编辑：王敏 审核：刘建\n")
    assert doc.source_hint == "某市商务局"
    doc = clean_document("某区2024年国民经济和社会发展统计公报\n\n"
                         "某区统计局　国家统计局某区调查队\n2025年3月28日\n\n"
                         "全区地区生产总值增长3.4%。\n")
    assert doc.source_hint == "某区统计局"
    # issuers' names run together by a lost line break, a company's board signing its report
    assert issuer_line("长沙市某区统计局国家统计局某区调查队") == "长沙市某区统计局"
    assert issuer_line("某某新能源汽车股份有限公司董事会") == "某某新能源汽车股份有限公司董事会"
    assert issuer_line("关于某区统计局的通知") is None


def test_a_newspaper_masthead_is_not_a_heading():
    doc = clean_document("大公报　2025年8月6日　星期三　A12 | 大湾区\n\n"
                         "某市制造业上半年稳中向好\n\n【大公报讯】某市上半年工业增加值增长6.8%。\n")
    assert doc.blocks[0].kind == "masthead_date"
    assert doc.source_hint == "大公报"


def test_an_english_translation_line_is_not_joined_to_the_title_above_it():
    doc = clean_document("中国某行业2025年上半年回顾与下半年展望\n"
                         "China Some Industry: 2025 H1 Review and H2 Outlook\n\n"
                         "上半年产量增长5%。\n")
    assert doc.blocks[0].text == "中国某行业2025年上半年回顾与下半年展望"
    # a line wrapped before an English word inside Chinese text still joins
    wrapped = _texts("全市规模以上工业增加值同比增长6.2%，其中高技术制造业增加值增长9.4%，采用\n"
                     "TOPCon技术的组件产量增长。\n")
    assert wrapped == ["全市规模以上工业增加值同比增长6.2%，其中高技术制造业增加值增长9.4%，采用"
                       "TOPCon技术的组件产量增长。"]


def test_a_speakers_question_or_closing_line_is_not_a_heading():
    raw = ("某部举行新闻发布会\n\n王某：前三季度，工业增加值增长6.2%。\n\n"
           "记者（某某报道）：5G和算力基础设施建设进展如何？\n\n王某：截至9月末，5G基站达到464.6万个。\n\n"
           "主持人：今天的发布会到此结束，谢谢大家！\n")
    heads = [s.text for s in clean_document(raw).sentences if s.is_heading]
    assert heads == ["某部举行新闻发布会"]
    # a heading that asks a question is still one
    question = clean_document("为什么要推进新型工业化？\n\n全市工业增加值增长6%。\n")
    assert question.sentences[0].is_heading


def test_issuers_printed_under_a_title_are_the_source_not_more_title():
    # QA round 10: a bulletin's issuers on the lines right under its title, no blank line between
    doc = clean_document("2024年某省国民经济和社会发展统计公报\n某省统计局\n"
                         "国家统计局某省调查总队\n2025年3月3日\n\n2024年，全省生产总值增长5.5%。\n")
    assert [b.text for b in doc.blocks[:2]] == ["2024年某省国民经济和社会发展统计公报",
                                                "某省统计局 国家统计局某省调查总队"]
    assert doc.source_hint == "某省统计局"
    # a title wrapped over two lines is still one heading
    doc = clean_document("关于进一步做好2025年全省\n重点项目建设工作的意见\n\n"
                         "各市人民政府：现提出如下意见。\n")
    assert doc.blocks[0].text == "关于进一步做好2025年全省重点项目建设工作的意见"
