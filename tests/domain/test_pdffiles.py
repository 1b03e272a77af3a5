"""PDF files read as text (pipelines/domain/pdffiles.py): built with ReportLab the way a report
is printed (lines of print, pages with a running footer), read by PDFium."""

import textwrap
from datetime import date

import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.cleaning.document import clean_document
from pipelines.domain.decoding import DecodeError, is_text_document, read_document
from pipelines.domain.pdffiles import PdfFileError, read_pdf
from tests.support.pdffiles import TRADITIONAL, pdf

REPORT = (
    "某市政府工作报告\n"
    "——2025年1月18日在某市第十七届人民代表大会第三次会议上\n"
    "一、2024年工作回顾\n"
    "过去一年，全市地区生产总值增长5.8%，一般公共预算收入完成312.6亿元，同比增长4.1%。城镇新增"
    "就业5.2万人，城镇调查失业率控制在5.3%以内。\n"
    "二、2025年主要目标\n"
    "地区生产总值增长6%左右，居民消费价格涨幅3%左右，城镇新增就业5万人以上。\n")


def _printed(text: str, width: int = 28, per_page: int = 5) -> list[list[str]]:
    """``text`` as a printer sets it: paragraphs wrapped at ``width`` characters, pages of
    ``per_page`` lines (the last line of a paragraph is never a lone character here: PDFium
    drops a one-glyph line of a CJK font that is not embedded)."""
    lines = [piece for para in text.splitlines() for piece in textwrap.wrap(para, width)]
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def test_pages_in_order_one_line_per_line_of_print():
    read = read_pdf(pdf(["政府工作报告", "全年地区生产总值增长5.8%，"], ["同比增长4.1%。"],
                        footer="- {n} -"))
    assert read.text == "政府工作报告\n全年地区生产总值增长5.8%，\n- 1 -\n同比增长4.1%。\n- 2 -\n"
    assert (read.pages, read.warning) == (2, None)
    assert "\r" not in read.text


def test_a_printed_report_gives_the_metrics_of_its_text():
    """Lines cut at the column's edge, a paragraph running over a page break with the page
    number between: cleaning joins them back, and the metrics are those of the plain text."""
    text = read_document("报告.PDF", pdf(*_printed(REPORT), footer="— {n} —")).text
    assert "\n— 1 —\n" in text and text.count("\n") > REPORT.count("\n") + 4

    def facts(raw):
        return [(m.value, m.unit, m.indicator, m.kind, m.period_start)
                for m in analyse_document(raw).metrics]

    assert len(facts(REPORT)) == 8
    assert facts(text) == facts(REPORT)
    quotes = [(m.quote, text[m.char_start:m.char_end]) for m in analyse_document(text).metrics]
    assert all(q == raw for q, raw in quotes)


def test_a_table_keeps_its_columns():
    """Cells set apart by a column's gap are parted by a tab (the metric extractor reads the
    row under its header); a spaced-out heading and letter-spaced text keep their spaces."""
    text = read_pdf(pdf([
        "2025年上半年全市主要经济指标",
        ("指标", "单位", "1-6月", "比上年同期增长%"),
        ("地区生产总值", "亿元", "3856.2", "5.6"),
        ("规模以上工业增加值", "—", "—", "7.1"),
        "新 时 代 新 征 程",
    ])).text
    assert text.splitlines()[1:] == ["指标\t单位\t1-6月\t比上年同期增长%",
                                     "地区生产总值\t亿元\t3856.2\t5.6",
                                     "规模以上工业增加值\t—\t—\t7.1", "新 时 代 新 征 程"]
    metrics = analyse_document(text, date(2025, 7, 20)).metrics
    assert [(m.indicator, m.value, m.unit, m.kind, str(m.period_end)) for m in metrics] == [
        ("地区生产总值", 3856.2, "元", "actual", "2025-06-30"),
        ("地区生产总值", 5.6, "%", "growth_rate", "2025-06-30"),
        ("规模以上工业增加值", 7.1, "%", "growth_rate", "2025-06-30")]


def test_text_a_font_without_outlines_loses_is_counted():
    """A one-character line in a font the PDF does not embed is dropped by PDFium: the
    warning says how many pieces and where, so the user knows the text is not whole."""
    read = read_pdf(pdf(["正文第一行", "正文第二行"], ["正文第三行", "元", "上。"]))
    assert read.text == "正文第一行\n正文第二行\n正文第三行\n上。\n"
    assert read.warning == ("1 piece(s) of text on page 2 could not be read (a font the PDF "
                            "names but does not embed): characters may be missing there")


def test_traditional_script():
    assert read_pdf(pdf(["臺中市觀光產值突破新臺幣600億元"], font=TRADITIONAL)).text == (
        "臺中市觀光產值突破新臺幣600億元\n")


def test_a_scanned_page_is_named_and_a_scan_refused():
    read = read_pdf(pdf(["第一页正文"], None, ["第三页正文"]))
    assert read.text == "第一页正文\n第三页正文\n"
    assert read.warning == "1 page of 3 without text (images?): page 2 not read"
    with pytest.raises(PdfFileError, match=r"without a text layer \(2 pages of images: a scan"):
        read_pdf(pdf(None, None))


def test_protected_files():
    """A password to open it: refused, saying so. Only a password to change or copy (what
    many published reports carry): read."""
    with pytest.raises(PdfFileError, match="password-protected PDF"):
        read_pdf(pdf(["内部资料"], user_password="secret"))
    assert read_pdf(pdf(["公开文件正文"], owner_password="owner")).text == "公开文件正文\n"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n", b"<html>not a pdf</html>", b""])
def test_damaged_or_not_a_pdf(data):
    with pytest.raises(PdfFileError, match="not a readable PDF"):
        read_pdf(data)


def test_cut_short():
    data = pdf(["全年新增就业2万人。"])
    with pytest.raises(PdfFileError, match="not a readable PDF"):
        read_pdf(data[: len(data) // 2])


def test_glyphs_without_unicode_values_are_refused():
    """Fonts embedded without a character map give glyph numbers (private-use code points)."""
    with pytest.raises(PdfFileError, match="does not read as characters"):
        read_pdf(pdf(["\ue001\ue002\ue003\ue004\ue005\ue006 增长", "\ue010\ue011\ue012"]))


def test_read_document_picks_the_reader_by_suffix():
    assert is_text_document("年报.PDF") and is_text_document("a.pdf")
    assert read_document("年报.PDF", pdf(["正文内容"])).encoding == "pdf"
    with pytest.raises(DecodeError, match="password-protected PDF"):
        read_document("a.pdf", pdf(["内部资料"], user_password="x"))


def test_a_right_column_line_beside_an_empty_left_column_keeps_its_column():
    """A page in two columns: where the left column's paragraph ended, a row holds only the
    right column's line. It starts where the right column's lines start after their tab, so it
    is written after a tab too, and cleaning reads it in the right column (not as the left
    column's next line, put before the whole right column)."""
    left = ["全市地区生产总值增长", "五点八个百分点左右，", "一般公共预算收入完成", "三百亿元。"]
    right = ["城镇新增就业五万人以", "上，失业率控制在五点", "三以内，居民收入稳定",
             "增长，消费市场回暖。", "进出口总额增长百分之", "四，外贸结构优化。"]
    rows = [(left[i] if i < len(left) else "", line) for i, line in enumerate(right)]
    text = read_pdf(pdf([*rows, "下一部分的正文从左边开始，"])).text
    assert text.splitlines()[4:] == ["\t进出口总额增长百分之", "\t四，外贸结构优化。",
                                     "下一部分的正文从左边开始，"]
    assert [b.text for b in clean_document(text).blocks][:3] == [
        "全市地区生产总值增长五点八个百分点左右，一般公共预算收入完成三百亿元。",
        "城镇新增就业五万人以上，失业率控制在五点三以内，居民收入稳定增长，消费市场回暖。",
        "进出口总额增长百分之四，外贸结构优化。"]
