"""Word .docx files built for tests, part by part, the way Word writes them: the package's
content types and relationships, the namespaces Word declares on every part, runs split by
formatting, spelling marks and revision ids, bookmarks, ``xml:space="preserve"``, and parts the
reader must leave alone (headers, footers, comments, settings, core properties)."""

from __future__ import annotations

import random
import zipfile
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'mc:Ignorable="w14 w15 wp14"'
)
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def part(root: str, inner: str) -> str:
    """A part with Word's declaration and namespaces (``root``: ``w:document``, ``w:hdr`` ...)."""
    return f"{DECL}<{root} {NAMESPACES}>{inner}</{root}>"


def run(text: str, props: str = "") -> str:
    """A run (``props``: its w:rPr content, e.g. ``<w:b/>``)."""
    space = ' xml:space="preserve"' if text != text.strip() else ""
    rpr = ('<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>'
           f'{props}<w:sz w:val="32"/></w:rPr>')
    return f"<w:r>{rpr}<w:t{space}>{escape(text)}</w:t></w:r>"


def runs(*pieces: str) -> str:
    """Runs for ``pieces``, the way Word splits a line: each piece its own run, a spelling mark
    and a bookmark between some of them."""
    out = []
    for i, piece in enumerate(pieces):
        if i == 1:
            out.append('<w:proofErr w:type="spellStart"/>')
        out.append(run(piece))
        if i == 1:
            out.append('<w:proofErr w:type="spellEnd"/>')
        if i == 2:
            out.append(f'<w:bookmarkStart w:id="{i}" w:name="_Toc{i}"/><w:bookmarkEnd w:id="{i}"/>')
    return "".join(out)


def para(inner: str, style: str | None = None, num: tuple[int, int] | None = None,
         ppr: str = "") -> str:
    """A paragraph of ``inner`` (runs) with Word's revision ids and paragraph properties."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    props += '<w:spacing w:line="560" w:lineRule="exact"/>' + ppr
    return (f'<w:p w14:paraId="1A2B3C4D" w14:textId="77777777" w:rsidR="00A1" '
            f'w:rsidRDefault="00A1"><w:pPr>{props}</w:pPr>{inner}</w:p>')


def cell(text: str, props: str = "") -> str:
    inner = para(run(text)) if text else para("")
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>{props}</w:tcPr>{inner}</w:tc>'


def table(*rows: str, columns: int = 3) -> str:
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(f'<w:tr w:rsidR="00B2">{r}</w:tr>' for r in rows) + "</w:tbl>")


SECT = ('<w:sectPr w:rsidR="00A1"><w:headerReference w:type="default" r:id="rIdH1"/>'
        '<w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
        'w:footer="1304" w:gutter="0"/></w:sectPr>')

# The outline numbering of Chinese official documents: 一、 （一） 1. （1） ①
NUMBERING = part("w:numbering", (
    '<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0">'
    '<w:nsid w:val="5E2F1A3B"/><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="（%4）"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/>'
    '<w:lvlText w:val="%5"/><w:lvlJc w:val="left"/></w:lvl>'
    '</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="\uf06c"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'
    '</w:rPr></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/>'
    '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="2"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
))

STYLES = part("w:styles", (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
    '</w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/>'
    '<w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="a"/><w:next w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
    '<w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="character" w:default="1" w:styleId="a0">'
    '<w:name w:val="Default Paragraph Font"/></w:style>'
))

HEADER = part("w:hdr", para(run("某某市人民政府办公室文件")))
FOOTER = part("w:ftr", para(
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE '
    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("- 1 -")
    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
COMMENTS = part("w:comments", (
    '<w:comment w:id="0" w:author="张三" w:date="2024-03-01T10:00:00Z" w:initials="ZS">'
    + para(run("此处数字请核实：应为12.5亿元")) + "</w:comment>"))


def footnotes(*notes: tuple[int, str]) -> str:
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
           '<w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:rPr>'
        f'<w:rStyle w:val="a4"/></w:rPr><w:footnoteRef/></w:r>{run(" " + text)}</w:p>'
        "</w:footnote>" for i, text in notes)
    return part("w:footnotes", sep + body)


def docx(body: str, *, numbering: str | None = NUMBERING, styles: str | None = STYLES,
         notes: str | None = None, title: str = "模板", extra: dict[str, bytes] | None = None
         ) -> bytes:
    """The bytes of a .docx whose body is ``body`` (paragraphs and tables)."""
    rels = [("rIdS", "styles", "styles.xml"), ("rIdSet", "settings", "settings.xml"),
            ("rIdH1", "header", "header1.xml"), ("rIdF1", "footer", "footer1.xml"),
            ("rIdC", "comments", "comments.xml")]
    files = {
        "word/document.xml": part("w:document", f"<w:body>{body}{SECT}</w:body>"),
        "word/settings.xml": part("w:settings", '<w:zoom w:percent="100"/>'),
        "word/header1.xml": HEADER, "word/footer1.xml": FOOTER, "word/comments.xml": COMMENTS,
    }
    if styles is not None:
        files["word/styles.xml"] = styles
    if numbering is not None:
        files["word/numbering.xml"] = numbering
        rels.append(("rIdN", "numbering", "numbering.xml"))
    if notes is not None:
        files["word/footnotes.xml"] = notes
        rels.append(("rIdFn", "footnotes", "footnotes.xml"))
    kinds = {"document": "document.main", "header1": "header", "footer1": "footer"}
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{CT_MAIN}.{kinds.get(stem, stem)}+xml"/>'
        for name in files if (stem := name[5:-4]))
    content_types = (
        f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>")
    package_rels = (
        f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
        'package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>")
    doc_rels = (
        f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships">' + "".join(
            f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"/>'
            for rid, kind, target in rels)
        + '<Relationship Id="rIdL" Type="' + REL + '/hyperlink" '
        'Target="http://www.gov.cn/" TargetMode="External"/></Relationships>')
    core = (f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>Administrator</dc:creator>"
            "</cp:coreProperties>")
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", package_rels)
        zf.writestr("docProps/core.xml", core)
        for name, text in files.items():
            zf.writestr(name, text)
        zf.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


# A realistic notice: a title, a document number, outline headings numbered by Word, a metric
# table with a merged header, figures split across runs.
NOTICE_BODY = (
    para(runs("某某市", "人民政府", "办公室关于印发", "《2024年全市经济工作要点》的通知"),
         ppr='<w:jc w:val="center"/>')
    + para(run("某府办发〔2024〕12号"), ppr='<w:jc w:val="center"/>')
    + para(runs("各区（市）县", "人民政府，市级各部门：")) + para(run(
        "2024年全市地区生产总值预期增长6%左右，一般公共预算收入增长5%。"))
    + para(run("主要目标"), style="1")
    + para(runs("全年", "新增城镇", "就业", "12万人以上，城镇调查失业率控制在5.5%以内。"),
           num=(1, 2))
    + para(runs("新建", "充电桩", "6", "万个，推广新能源汽车10万辆。"), num=(1, 2))
    + para(run("重点任务"), style="1")
    + para(run("加快建设现代化产业体系"), style="2")
    + para(run("规模以上工业增加值增长7%，高新技术企业数量突破1.5万家。"), num=(1, 2))
    + para(run("主要指标安排如下："))
    + table(
        cell("指标") + cell("2024年", '<w:gridSpan w:val="2"/>'),
        cell("", '<w:vMerge/>') + cell("目标") + cell("单位"),
        cell("地区生产总值增速") + cell("6") + cell("%"),
        cell("固定资产投资") + cell("5800") + cell("亿元"))
    + para(run("某某市人民政府办公室"), ppr='<w:jc w:val="right"/>')
    + para(run("2024年2月28日"), ppr='<w:jc w:val="right"/>')
)


def large_docx(size: int) -> bytes:
    """A .docx of about ``size`` bytes made of the seed pages' lines, shuffled (deflate then
    compresses it as it does real text), in Word's runs, with a table every 40 paragraphs."""
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    texts = [line for f in seeds for line in f.read_text(encoding="utf-8").splitlines() if line]
    rng = random.Random(7)

    def body(copies: int) -> str:
        out = []
        for _ in range(copies):
            order = texts[:]
            rng.shuffle(order)
            for i, line in enumerate(order):
                out.append(para(runs(*(line[k:k + 17] for k in range(0, len(line), 17))),
                                num=(1, 2) if i % 7 == 0 else None))
                if i % 40 == 39:
                    out.append(table(*(cell(order[(i + r) % len(order)][:12]) + cell(
                        f"{rng.uniform(1, 9999):.1f}") + cell("亿元") for r in range(8))))
        return "".join(out)

    data = docx(body(2))
    return docx(body(max(1, round(2 * size / len(data)))))
