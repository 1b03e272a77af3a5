"""Word .docx files read as text: what Word shows, line by line, and plain reasons for files that
cannot be read. The fixtures are written part by part as Word writes them (tests/support)."""

import zipfile
from io import BytesIO

import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.wordfiles import (
    NOTES_HEADING,
    WordFileError,
    format_number,
    read_docx,
    unpacked_limit,
)
from tests.support.wordfiles import (
    NOTICE_BODY,
    cell,
    docx,
    footnotes,
    large_docx,
    para,
    part,
    run,
    runs,
    table,
)


def lines(body: str, **kwargs) -> list[str]:
    return read_docx(docx(body, **kwargs)).text.split("\n")


def test_a_notice_reads_as_its_lines_and_yields_its_metrics():
    read = read_docx(docx(NOTICE_BODY, title="Microsoft Word - 模板.doc"))
    assert read.warning is None
    assert read.text.split("\n") == [
        "某某市人民政府办公室关于印发《2024年全市经济工作要点》的通知",
        "某府办发〔2024〕12号",
        "各区（市）县人民政府，市级各部门：",
        "2024年全市地区生产总值预期增长6%左右，一般公共预算收入增长5%。",
        "一、主要目标",  # numbered through the heading style
        "1. 全年新增城镇就业12万人以上，城镇调查失业率控制在5.5%以内。",
        "2. 新建充电桩6万个，推广新能源汽车10万辆。",
        "二、重点任务",
        "（一）加快建设现代化产业体系",  # level 2 of the heading list, suffix "nothing"
        "1. 规模以上工业增加值增长7%，高新技术企业数量突破1.5万家。",  # restarted under 二、
        "主要指标安排如下：",
        "指标\t2024年\t",  # the merged header spans two columns
        "\t目标\t单位",  # the continued vertical merge is an empty cell
        "地区生产总值增速\t6\t%",
        "固定资产投资\t5800\t亿元",
        "某某市人民政府办公室",
        "2024年2月28日",
    ]
    text = read.text
    for furniture in ("某某市人民政府办公室文件", "- 1 -", "PAGE", "核实", "模板"):
        assert furniture not in text  # header, footer, its field, the comment, core title

    analysis = analyse_document(text)
    assert str(analysis.doc_date) == "2024-02-28"
    found = {(m.indicator, m.value, m.unit, m.kind) for m in analysis.metrics}
    assert {("新增城镇就业", 12.0, "人", "target"), ("新建充电桩", 6.0, "个", "target"),
            ("高新技术企业数量", 1.5, "家", "target"),
            ("固定资产投资", 5800.0, "元", "target")} <= found
    for m in analysis.metrics:  # quotes are the stored text at their offsets
        assert text[m.char_start:m.char_end] == m.quote


def test_runs_split_mid_word_join_and_tabs_breaks_and_spaces_are_kept():
    split = (run("全市新能源汽车") + '<w:proofErr w:type="gramStart"/>' + run("保有", "<w:b/>")
             + '<w:bookmarkStart w:id="0" w:name="_GoBack"/>' + run("量突破49", "<w:i/>")
             + '<w:bookmarkEnd w:id="0"/>' + run("万辆", '<w:color w:val="FF0000"/>')
             + '<w:proofErr w:type="gramEnd"/>')
    breaks = (run("项目") + "<w:r><w:tab/></w:r>" + run("金额") + "<w:r><w:br/></w:r>"
              + run(" 第二行 ") + "<w:r><w:cr/></w:r>" + run("第三行"))
    assert lines(para(split) + para(breaks)) == [
        "全市新能源汽车保有量突破49万辆", "项目\t金额", " 第二行 ", "第三行"]


def test_tables_keep_their_grid_and_flatten_what_a_cell_holds():
    nested = table(cell("甲") + cell("乙"), columns=2)
    many = ('<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>' + para(run("第一段"))
            + para(run("第二") + "<w:r><w:tab/></w:r>" + run("段")) + nested + "</w:tc>")
    body = table(
        '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + cell("年份") + cell("产值"),
        cell("合计", '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>') + cell("30"),
        cell("", '<w:gridSpan w:val="2"/><w:vMerge/>') + cell("40"),
        cell("") + cell("") + cell(""),  # an empty row: left out
        cell("说明") + many + cell("完"))
    assert lines(body) == ["\t年份\t产值", "合计\t\t30", "\t\t40", "说明\t第一段 第二 段 甲 乙\t完"]


def test_outline_numbering_renders_the_common_chinese_formats():
    body = (para(run("总体要求"), num=(1, 0)) + para(run("发展目标"), num=(1, 1))
            + para(run("产业"), num=(1, 2)) + para(run("工业"), num=(1, 3))
            + para(run("制造业"), num=(1, 4)) + para(run("服务业"), num=(1, 4))
            + para(run("消费"), num=(1, 3)) + para(run("农业"), num=(1, 2))
            + para(run("重点任务"), num=(1, 0)) + para(run("创新"), num=(1, 1))
            + para(run("要点"), num=(2, 0))  # a bullet: not written
            + para(run("甲项"), num=(3, 0)) + para(run("乙项"), num=(3, 0))
            + para(run("续编"), num=(4, 2))  # startOverride 5
            + para(run("不编号"), style="1", num=(0, 0)))  # numId 0 takes the style's away
    assert lines(body) == [
        "一、总体要求", "（一）发展目标", "1. 产业", "（1）工业", "①制造业", "②服务业",
        "（2）消费", "2. 农业", "二、重点任务", "（一）创新", "要点", "甲. 甲项", "乙. 乙项",
        "5. 续编", "不编号"]


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCounting", "二十"), (105, "chineseCounting", "一百零五"),
    (110, "chineseCounting", "一百一十"), (1010, "chineseCountingThousand", "一千零一十"),
    (3, "ideographTraditional", "丙"), (12, "ideographTraditional", "乙"),
    (2, "ideographZodiac", "丑"), (10, "ideographDigital", "一〇"),
    (3, "chineseLegalSimplified", "叁"), (12, "chineseLegalSimplified", "壹拾贰"),
    (1, "decimalEnclosedCircle", "①"), (20, "decimalEnclosedCircle", "⑳"),
    (21, "decimalEnclosedCircleChinese", "㉑"), (51, "decimalEnclosedCircle", "51"),
    (3, "decimalEnclosedParen", "⑶"), (2, "ideographEnclosedCircle", "㈡"),
    (12, "decimalFullWidth", "１２"), (7, "decimalZero", "07"), (28, "upperLetter", "BB"),
    (14, "lowerRoman", "xiv"), (3, "ordinalText", "3"), (4, "decimal", "4"),
])
def test_number_formats(n, fmt, shown):
    assert format_number(n, fmt) == shown


def test_tracked_changes_read_as_accepted():
    body = (para(run("全年新建学校")
                 + '<w:del w:id="1" w:author="李四" w:date="2024-01-02T00:00:00Z">'
                 '<w:r><w:delText>8</w:delText></w:r></w:del>'
                 '<w:ins w:id="2" w:author="李四" w:date="2024-01-02T00:00:00Z">'
                 + run("10") + "</w:ins>" + run("所。"))
            + para(run("合并的"), ppr='<w:rPr><w:del w:id="3" w:author="李四" '
                   'w:date="2024-01-02T00:00:00Z"/></w:rPr>')
            + para(run("段落。") + '<w:moveFrom w:id="4" w:author="李四">' + run("移走")
                   + "</w:moveFrom>")
            + table(cell("保留") + cell("行"),
                    '<w:trPr><w:del w:id="5" w:author="李四" w:date="2024-01-02T00:00:00Z"/>'
                    "</w:trPr>" + cell("删除") + cell("行"), columns=2))
    read = read_docx(docx(body))
    assert read.text.split("\n") == ["全年新建学校10所。", "合并的段落。", "保留\t行"]
    assert read.warning == "tracked changes read as accepted (1 insertion(s), 4 deletion(s))"


def test_text_boxes_are_read_once_after_their_paragraph():
    box = para(run("专栏：全年新增就业2万人"))
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
        'distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:extent cx="1828800" cy="457200"/><wp:docPr id="1" name="文本框 1"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx><wps:bodyPr/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape id="文本框 1" type="#_x0000_t202"><v:textbox>'
        f'<w:txbxContent>{box}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r>")
    assert lines(para(run("正文开始") + drawing + run("，正文继续。")) + para(run("下一段"))) == [
        "正文开始，正文继续。", "专栏：全年新增就业2万人", "下一段"]


def test_fields_links_and_controls_read_as_their_shown_text():
    complex_field = (
        run("见") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF _Ref1 \\h </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("表1")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run("。"))
    simple = ('<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">' + run("2024年3月1日")
              + "</w:fldSimple>")
    link = '<w:hyperlink r:id="rIdL" w:history="1">' + run("中国政府网") + "</w:hyperlink>"
    control = ('<w:sdt><w:sdtPr><w:alias w:val="发文日期"/><w:id w:val="1"/></w:sdtPr>'
               "<w:sdtContent>" + para(run("控件中的段落")) + "</w:sdtContent></w:sdt>")
    hidden = run("隐藏文字", "<w:vanish/>")
    tag = ('<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
           + run("成都") + "</w:smartTag>")
    assert lines(para(complex_field) + para(simple + link + hidden + tag) + control) == [
        "见表1。", "2024年3月1日中国政府网成都", "控件中的段落"]


def test_footnotes_follow_the_body_under_a_heading_without_marks_in_the_body():
    ref = ('<w:r><w:rPr><w:rStyle w:val="a4"/></w:rPr><w:footnoteReference w:id="{}"/></w:r>')
    body = (para(run("地区生产总值增长8.5%") + ref.format(2) + run("。"))
            + para(run("居民收入增长6%") + ref.format(1) + run("。")))
    notes = footnotes((1, "按可比价格计算。"), (2, "初步核算数。"), (3, "未被引用的注释。"))
    assert lines(body, notes=notes) == [
        "地区生产总值增长8.5%。", "居民收入增长6%。", NOTES_HEADING, "初步核算数。",
        "按可比价格计算。"]


def test_a_docx_without_numbering_or_styles_parts_reads():
    assert lines(para(runs("只有", "正文")), numbering=None, styles=None) == ["只有正文"]


def _zip(files: dict[str, bytes | str]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
     "password-protected or old-format Word file"),
    (b"{\\rtf1\\ansi\\ansicpg936 \\f0 \\'b3\\'c9\\'b6\\'bc}", "an RTF document named .docx"),
    ("<html><body>全年增长5%</body></html>".encode(), "not a zip archive: a web page"),
    (b"PK\x03\x04" + b"\x00" * 40, "the zip archive cannot be opened"),
    (_zip({"xl/workbook.xml": "<workbook/>"}), "no word/document.xml (an Excel workbook"),
    (_zip({"word/document.xml": "<w:document><w:body><w:p>"}), "not well-formed XML"),
    (b"   \n", "empty file"),
])
def test_files_that_are_not_readable_word_documents_say_what_they_are(data, reason):
    with pytest.raises(WordFileError) as err:
        read_docx(data)
    assert reason in str(err.value)


def test_a_truncated_download_is_damaged():
    data = docx(NOTICE_BODY)
    with pytest.raises(WordFileError, match="damaged"):
        read_docx(data[: len(data) // 2])


def test_an_empty_document_and_an_entity_trick_are_refused():
    with pytest.raises(WordFileError, match="empty Word document"):
        read_docx(docx(para("") + para(run("   "))))
    laughs = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "哈哈哈哈哈哈哈哈">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(WordFileError, match="DOCTYPE"):
        read_docx(_zip({"word/document.xml": laughs}))


def test_a_zip_bomb_is_refused_by_the_size_it_unpacks_to():
    filler = "<w:p><w:r><w:t>" + "增" * 1000 + "</w:t></w:r></w:p>"
    body = filler * 5000  # 15 MB of XML that deflates to a few kilobytes
    data = docx(body)
    assert len(data) * 50 < unpacked_limit(len(data)) * 2
    with pytest.raises(WordFileError, match="zip bomb"):
        read_docx(data)


def test_a_2mb_docx_of_text_is_read_whole():
    """2 MB of .docx that is all text: a million characters in 28 MB of XML, under the unpack
    cap and read whole (its speed: ``python -m benchmarks.bench_wordfiles``)."""
    data = large_docx(2_000_000)
    text = read_docx(data).text
    assert len(data) > 1_800_000 and len(text) > 1_000_000


def test_strict_open_xml_reads_like_transitional():
    """ISO 29500 Strict files (Word: Save As, Strict Open XML) use other namespaces."""
    strict = docx(para(runs("严格", "格式")) + table(cell("指标") + cell("6%"), columns=2),
                  numbering=None)
    with zipfile.ZipFile(BytesIO(strict)) as zf:
        files = {name: zf.read(name) for name in zf.namelist()}
    files = {name: data.replace(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                b"http://purl.oclc.org/ooxml/wordprocessingml/main")
             .replace(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
                      b"http://purl.oclc.org/ooxml/officeDocument/relationships/")
             for name, data in files.items()}
    assert read_docx(_zip(files)).text.split("\n") == ["严格格式", "指标\t6%"]


def test_word_lock_files_are_not_documents():
    from pipelines.domain.decoding import is_text_document, read_document

    assert is_text_document("报告.docx") and not is_text_document("~$报告.docx")
    assert is_text_document("~$notes.txt")  # only Word's own lock files
    assert read_document("a.DOCX", docx(para(run("正文")))).encoding == "docx"
    assert read_document("a.txt", "正文".encode("gb18030")).encoding == "gb18030"


def test_article_numbers_and_legal_numbering_are_written_as_word_shows_them():
    numbering = part("w:numbering", (
        '<w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="第%1章"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="第%2条"/><w:lvlRestart w:val="0"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>'
        '<w:lvlText w:val="%1.%2.%3"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num>'))
    body = (para(run("总则"), num=(9, 0)) + para(run("为了规范管理，制定本办法。"), num=(9, 1))
            + para(run("细则"), num=(9, 2)) + para(run("附则"), num=(9, 0))
            + para(run("本办法自发布之日起施行。"), num=(9, 1)))
    assert lines(body, numbering=numbering) == [
        "第一章 总则", "第一条 为了规范管理，制定本办法。", "1.1.1 细则", "第二章 附则",
        "第二条 本办法自发布之日起施行。"]  # articles count on across chapters (lvlRestart 0)


def test_part_names_are_found_whatever_their_case():
    with zipfile.ZipFile(BytesIO(docx(para(run("正文")), numbering=None))) as zf:
        files = {name.replace("word/", "Word/").replace("document.xml", "Document.xml"):
                 zf.read(name) for name in zf.namelist()}
    assert "Word/Document.xml" in files
    assert read_docx(_zip(files)).text == "正文"
