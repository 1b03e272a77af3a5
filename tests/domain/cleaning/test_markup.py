"""HTML and Markdown markup read as text (markup.text_view), offsets kept."""

from __future__ import annotations

from pipelines.domain.batches import clean_batch
from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.markup import has_markup, text_view
from pipelines.domain.metrics.tables import text_tables

PAGE = (
    '<html><head><title>某区门户</title><style>p{color:red}</style></head><body>\n'
    '<div class="t"><h1>某区前三季度数字经济营收突破4000亿元</h1></div>\n'
    '<div class="info">发布时间：2025-10-28&nbsp;&nbsp;来源：<a href="https://x.gov.cn">'
    '某区管委会</a>&nbsp;&nbsp;浏览量：<span id="hits">3,218</span></div>\n'
    '<p>&nbsp;&nbsp;今年前三季度，<strong>数字经济</strong>核心产业实现营业收入4126.5亿元，'
    '同比增长12.7%。</p><p>R&amp;D投入增长&#8220;两成&#8221;<br/>建成5G基站8900个。</p>\n'
    '<script>var a = "<p>不是正文</p>";</script>\n'
    '<table><tr><td>指标</td><td>单位</td><td>前三季度</td><td>同比增长（%）</td></tr>'
    '<tr><td>数字经济核心产业营收</td><td>亿元</td><td>4126.5</td><td>12.7</td></tr></table>\n'
    '<!-- 注释 --></body></html>\n'
)


def test_the_view_has_the_raw_length_and_no_markup():
    view = text_view(PAGE)
    assert len(view) == len(PAGE)
    for gone in ("<", "&nbsp;", "&amp;", "href", "不是正文", "color", "注释"):
        assert gone not in view, gone
    assert "R&" in view and "“两成”" in view.replace(" ", "")
    # every character kept stands where it stood in the raw text (an entity's character where
    # its & stood, then spaces or markup stars)
    for i, ch in enumerate(view):
        assert ch.isspace() or ch == "*" or ch == PAGE[i] or PAGE[i] == "&"


def test_plain_text_is_returned_as_it_is():
    text = "全市地区生产总值增长5%（比上年<提高>0.3个百分点）。\n- 1 -\n"
    assert not has_markup(text)
    assert text_view(text) is text


def test_an_html_page_becomes_its_sentences():
    doc = clean_document(PAGE)
    texts = [s.text for s in doc.sentences]
    assert not any("<" in t or "&" in t.replace("R&D", "") or "nbsp" in t for t in texts), texts
    assert "R&D投入增长“两成”" in texts
    assert "今年前三季度，数字经济核心产业实现营业收入4126.5亿元，同比增长12.7%。" in texts
    assert "建成5G基站8900个。" in texts  # <br> ends a line, <p> a paragraph
    assert doc.source_hint == "某区管委会"  # the 来源 inside <a>
    assert doc.masthead_date_text is not None and "2025-10-28" in doc.masthead_date_text
    for s in doc.sentences:  # offsets still point into the raw page
        assert PAGE[s.raw_start] == s.text[0] or s.text[0] in "“"


def test_an_html_page_title_and_table():
    out = clean_batch([("p", PAGE)])
    info = out.frames["doc_info"].row(0, named=True)
    assert info["title_hint"] == "某区门户"  # <title> first, then <h1>
    no_head = PAGE.replace("<title>某区门户</title>", "")
    info = clean_batch([("p", no_head)]).frames["doc_info"].row(0, named=True)
    assert info["title_hint"] == "某区前三季度数字经济营收突破4000亿元"
    # table rows are lines of cells parted by spaces: the text-table reader reads them
    tables = text_tables(text_view(PAGE))
    assert [c.quote for t in tables for c in t.cells] == ["4126.5", "12.7"]


def test_markdown_links_images_and_list_markers():
    raw = ("# 标题\n\n正文见[通知全文](https://x.cn/a.html)。![图](a.png)\n"
           "- 新建充电桩6万个\n- 推广新能源汽车10万辆\n")
    view = text_view(raw)
    assert len(view) == len(raw) and "](" not in view and "\n- " not in view
    texts = [s.text for s in clean_document(raw).sentences]
    assert "正文见通知全文。" in texts
    assert "新建充电桩6万个" in texts and "推广新能源汽车10万辆" in texts


def test_declarations_and_processing_instructions_are_blanked_like_comments():
    """An HTML export saved as .txt kept `<!DOCTYPE html>` as a paragraph, so DOCTYPE and html
    were among its keywords (QA ops finding 5)."""
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML'
            ' 1.0//EN">\n<html><body><![CDATA[var x = 1;]]>\n'
            '<p>全年地区生产总值增长5.6%。</p></body></html>\n')
    view = text_view(page)
    assert len(view) == len(page)
    assert view.split() == ["全年地区生产总值增长5.6%。"]
    assert view.count("\n") >= page.count("\n")  # line breaks kept
    doc = clean_document(page)
    assert [s.text for s in doc.sentences] == ["全年地区生产总值增长5.6%。"]
    assert [b.kind for b in doc.blocks] == ["paragraph"]
    bare = "<!DOCTYPE html>\n全年地区生产总值增长5.6%。\n"  # the declaration alone marks it
    assert has_markup(bare) and text_view(bare).split() == ["全年地区生产总值增长5.6%。"]
    # a < before ! or ? in plain text is no markup
    assert not has_markup("指数<!5，比值<?时为零")


def test_a_release_line_gives_its_source_in_markdown_and_in_text():
    """发布日期：… 来源：[某市统计局](url) under a title: a header line (not a heading) whose
    source is 某市统计局 (was NULL in Markdown and in plain text alike)."""
    for page in ("# 2024年某市国民经济运行情况\n\n**发布日期：2024-07-20**　来源：[某市统计局]"
                 "(http://tjj.example.gov.cn)\n\n上半年，全市实现地区生产总值1234.5亿元。\n",
                 "2024年某市国民经济运行情况\n\n发布日期：2024-07-20　来源：某市统计局\n\n"
                 "上半年，全市实现地区生产总值1234.5亿元。\n"):
        doc = clean_document(page)
        assert doc.source_hint == "某市统计局", page
        assert [b.kind for b in doc.blocks] == ["heading", "furniture", "paragraph"]
        assert "2024-07-20" in (doc.masthead_date_text or "")
