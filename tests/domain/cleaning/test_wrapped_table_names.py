"""A scanned or narrow table whose name column wraps a row's name onto a line of its own
(round 24, h76: 农林牧渔业总产⏎值  亿元  168.5  4.6): its rows stay lines of a table, not run
into the row before as a sentence (…4.6农村居民人均可支配收入元21386…), nor taken for a
heading."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document

PAGE = """一、全年工作完成情况
全县农业农村经济保持平稳运行，主要指标完成情况如下。
指标名称  单位  2024年  比上年增长（%）
粮食播种面积  万亩  142.7  0.6
粮食总产量  万吨  61.3  2.2
农林牧渔业总产
值  亿元  97.4  3.9
农村居民人均可
支配收入  元  19805  7.1
二、存在的问题
种植结构偏单一，经济作物效益不高。
"""


def test_rows_after_a_wrapped_name_stay_table_lines() -> None:
    doc = clean_document(PAGE)
    texts = [s.text for s in doc.sentences]
    assert "值 亿元 97.4 3.9" in texts
    assert "支配收入 元 19805 7.1" in texts
    assert not any("元19805" in t or "3.9农村" in t for t in texts)
    assert not any(s.is_heading and "农林牧渔业" in s.text for s in doc.sentences)



REPORT = """（二）非经常性损益项目和金额
单位：元　币种：人民币
项目　　本期金额　　年初至报告期末金额
计入当期损益的政府补助　　2,410,000.00　　7,385,500.00
合计　　2,048,500.00　　6,277,675.00

（三）主要会计数据、财务指标发生变动的情况、原因
经营活动产生的现金流量净额较上年同期增长21.36%，主要系本期销售回款增加所致；归属于上市公司股东的净利润同比下降4.12%，主要系研发投入增加。
"""


def test_a_marked_title_listing_its_topics_stands_over_its_wider_paragraph() -> None:
    """An outline-marked section title whose topics 、 parts, over a paragraph line far wider
    than the column its width suggests, is a heading: not run into the paragraph (原因经营活动…
    became a name)."""
    doc = clean_document(REPORT)
    assert any(s.is_heading and s.text == "（三）主要会计数据、财务指标发生变动的情况、原因"
               for s in doc.sentences)
    assert any(s.text.startswith("经营活动产生的现金流量净额") for s in doc.sentences)


def test_a_form_line_of_labels_and_figures_is_no_heading() -> None:
    """报告期末普通股股东总数（户）  38,652  报告期末表决权恢复的优先股股东总数  0 under a
    section title: a line of its own, no heading over what follows."""
    page = ("二、股东信息\n报告期末普通股股东总数（户）　　21,307　　"
            "报告期末表决权恢复的优先股股东总数　　0\n前10名股东持股情况\n"
            "股东名称　　股东性质　　持股数量（股）　　持股比例(%)\n"
            "江苏恒远实业集团有限公司　　境内非国有法人　　88,400,000　　29.47\n")
    doc = clean_document(page)
    form = next(s for s in doc.sentences if s.text.startswith("报告期末普通股股东总数"))
    assert not form.is_heading
    assert form.text.endswith("0")
