"""Word documents (.docx) as text, the way the text readers see a page (standard library only).

A .docx is a zip of XML parts (Office Open XML). ``read_docx`` gives the text Word shows:

- one line per paragraph (``w:p``), in body order; the runs' ``w:t`` joined (Word splits words
  into runs mid-way for formatting, spelling marks and revisions: that leaves no trace);
  ``w:tab`` is a tab, ``w:br`` / ``w:cr`` a line break; hidden text (``w:vanish``) is not shown;
- a table (``w:tbl``) is one line per row, its cells parted by a tab, one cell per grid column:
  a cell merged across columns (``w:gridSpan``) is followed by empty cells for the columns it
  covers, a cell continuing a vertical merge (``w:vMerge`` without ``restart``) is empty, so
  every row of a table has its columns where the header has them; within a cell, paragraphs,
  line breaks, tabs and nested tables (flattened) are parted by a space; empty rows are left out;
- tracked changes read as accepted: insertions kept, deletions (``w:del``, ``w:delText``,
  ``w:moveFrom``, deleted rows and paragraph marks) dropped, and the warning says so;
- hyperlinks, smart tags, content controls (``w:sdt``), custom XML, fields (``w:fldSimple``;
  complex fields keep their shown result, not their instruction ``w:instrText``) and equations
  read as their shown text;
- a text box (``w:txbxContent``) is read once, as lines after the paragraph it is anchored in:
  of ``mc:AlternateContent`` only the first ``mc:Choice`` is read (its ``mc:Fallback`` holds the
  same box again, drawn the old way);
- page headers and footers and comments are page furniture: not read. Footnotes and endnotes
  are appended after the body, under a line ``注释``, in the order the body cites them: they
  often carry the figures' sources and definitions (口径), which an analyst searches, and an
  appended block shifts no offset of the body. Their reference marks are not written into the
  body: a superscript ``1`` after ``8.5%`` would read as ``8.5%1``;
- automatic list numbering (``w:numPr``, directly or through the paragraph's style) is written
  into the line as Word shows it, from ``numbering.xml``'s ``lvlText`` (``一、`` ``（一）`` ``1.``
  ``（1）`` ``①``): the metric extractor and the heading rules read these outline labels.
  Formats: decimal (also zero-padded, full-width, enclosed in a circle, in parentheses, with a
  full stop), Chinese counting (chineseCounting, chineseCountingThousand, japaneseCounting,
  taiwaneseCounting...), digital ideographs (一〇), legal numerals (壹贰叁), the heavenly stems
  (ideographTraditional 甲乙丙), earthly branches, letters and Roman numerals. Bullets are not
  written (a symbol-font bullet is a private-use character). Other formats (ordinal words,
  Hebrew, Arabic, Thai, Korean counting ...) are written as decimal numbers. The number is
  followed by nothing when it ends in full-width punctuation or is a circled number (``一、加快``
  ``（一）加快`` ``①加快``, as such labels are typed), by a space otherwise (``1. 加快``,
  ``第一条 为了``): Word's tab after the number would read as a table's column gap.

The core properties' title (``docProps/core.xml``) is not used: it is not shown in the page,
and in files made from a template it is often the template's or an earlier document's title.
A title for the warehouse can be given in ``manifest.csv``.

Errors (``WordFileError``) say what the file is instead: an OLE file (a password-protected
.docx, or an old .doc renamed), RTF, a zip without ``word/document.xml`` (an .xlsx or .odt
renamed), a damaged zip or XML part, an archive that unpacks to more than ``unpacked_limit``
bytes (a zip bomb), a document with no text.
"""

from __future__ import annotations

import gc
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from io import BytesIO

# What the parts read may unpack to: this many times the file's size, at least MIN and at most
# MAX bytes. A text-heavy .docx unpacks to 3-15 times its size (XML compresses well); a zip bomb
# to thousands of times.
MAX_UNPACK_RATIO = 50
MIN_UNPACKED_BYTES = 10_000_000
MAX_UNPACKED_BYTES = 200_000_000

NOTES_HEADING = "注释"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_M_STRICT = "{http://purl.oclc.org/ooxml/officeDocument/math}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = ("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
         "{http://purl.oclc.org/ooxml/officeDocument/relationships}id")
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_ELEMENT = re.compile(rb"<[A-Za-z_]")
# Most of a Word part's XML is formatting: every run carries its fonts and sizes, every paragraph
# its spacing, every element its revision-session ids. Building elements for them is what costs
# (a 2 MB .docx holds ~25 MB of XML), so they are cut out of the bytes before parsing: a run's
# properties when they hold nothing the reader uses (hidden text, revisions), self-closing
# formatting elements the reader never asks for, revision-session ids. Only Word's ``w:``
# prefix is matched; should the cut bytes not parse, the part is parsed as it is.
_PLAIN_RUN_PROPERTIES = re.compile(
    rb"<w:rPr>(?:<w:(?!vanish|specVanish|del|ins|moveFrom|moveTo)\w+(?: [^<>]*)?/>)*</w:rPr>")
_FORMATTING = re.compile(
    rb"<w:(?:rFonts|sz|szCs|lang|spacing|jc|ind|color|kern|b|bCs|i|iCs|u|w|shd|highlight|"
    rb"noProof|snapToGrid|proofErr|bookmarkStart|bookmarkEnd|tcW|tblW|gridCol|widowControl|"
    rb"lastRenderedPageBreak|rStyle|tblStyle|tblLook|vAlign|tblInd|tblLayout|autoSpaceDE|"
    rb"autoSpaceDN|adjustRightInd|textAlignment|keepNext|keepLines|outlineLvl|contextualSpacing"
    rb")(?: [^<>]*)?/>")
_EMPTIED = (b"<w:rPr></w:rPr>", b"<w:pPr></w:pPr>", b"<w:tcPr></w:tcPr>", b"<w:pPr/>",
            b' xml:space="preserve"')
_SESSION_IDS = re.compile(rb' (?:w:rsid\w*|w14:paraId|w14:textId)="[^"<>]*"')


class WordFileError(ValueError):
    """The file is not a Word document we can read; the message says why."""


@dataclass(frozen=True)
class WordText:
    text: str
    warning: str | None = None


def unpacked_limit(size: int) -> int:
    """How many bytes the XML parts of a .docx of ``size`` bytes may unpack to."""
    return min(MAX_UNPACKED_BYTES, max(MIN_UNPACKED_BYTES, MAX_UNPACK_RATIO * size))


def read_docx(data: bytes) -> WordText:
    """The text of a .docx file's bytes (see the module's docstring); raise ``WordFileError``
    with a specific reason when it cannot be read."""
    collecting = gc.isenabled()
    gc.disable()  # the parts' elements hold no cycles; scanning them again and again while
    try:  # they are built costs a third of the time
        package = _Package(data)
        reader = _Reader(package, package.main_part())
        text, warning = reader.read()
    finally:
        if collecting:
            gc.enable()
    if not text.strip():
        raise WordFileError("an empty Word document (no text in its body)")
    return WordText(text, warning)


# -- the package --------------------------------------------------------------------------------
class _Package:
    """The zip, read within the unpacked-size budget."""

    def __init__(self, data: bytes):
        if not data.strip():
            raise WordFileError("empty file (no text)")
        if data.startswith(_OLE):
            raise WordFileError("password-protected or old-format Word file (an OLE compound "
                                "file, as .doc files and encrypted .docx files are): save it as "
                                ".docx without a password")
        if data.lstrip().startswith(b"{\\rtf"):
            raise WordFileError("an RTF document named .docx, not a Word .docx file: save it "
                                "as .docx (Word: Save As, Word Document)")
        if not data.startswith(b"PK"):
            head = data.lstrip()[:200].lower()
            what = ("a web page or XML file" if head.startswith((b"<", b"\xef\xbb\xbf<"))
                    else "a damaged or truncated file, or another format")
            raise WordFileError(f"not a Word .docx file (not a zip archive: {what}); open it in "
                                "Word and save it as .docx")
        try:
            self.zip = zipfile.ZipFile(BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
            raise WordFileError(f"damaged .docx: the zip archive cannot be opened ({exc})"
                                ) from None
        # part names are case-insensitive (ECMA-376 Part 2); some writers change the case
        self.names = {name.lower(): name for name in self.zip.namelist()}
        self.budget = self.limit = unpacked_limit(len(data))

    def read(self, name: str) -> bytes | None:
        """The bytes of part ``name`` (None when absent), counted against the budget."""
        stored = self.names.get(name.lower())
        if stored is None:
            return None
        info = self.zip.getinfo(stored)
        if info.file_size > self.budget:
            self._too_big()
        try:
            with self.zip.open(info) as part:
                data = part.read(self.budget + 1)  # headers can lie about the size
        except RuntimeError as exc:  # an encrypted zip entry
            raise WordFileError(f"damaged or encrypted .docx: {name} cannot be read ({exc}); "
                                "save it as .docx without a password") from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
            raise WordFileError(f"damaged .docx: {name} cannot be unpacked ({exc})") from None
        if len(data) > self.budget:
            self._too_big()
        self.budget -= len(data)
        return data

    def _too_big(self) -> None:
        raise WordFileError(
            f"the .docx unpacks to more than {self.limit / 1e6:.0f} MB of XML (the limit is "
            f"{MAX_UNPACK_RATIO} times the file's size, at least {MIN_UNPACKED_BYTES / 1e6:.0f} "
            f"MB and at most {MAX_UNPACKED_BYTES / 1e6:.0f} MB): a zip bomb or not a document; "
            "not read")

    def xml(self, name: str, slim: bool = False) -> ET.Element | None:
        """Part ``name`` parsed (None when absent); ``slim``: its formatting cut out first."""
        data = self.read(name)
        if data is None:
            return None
        # Word never declares a document type (before the root element): entity tricks live
        # there (expat also stops an entity expansion that amplifies)
        root = _ELEMENT.search(data)
        if _DOCTYPE.search(data, 0, root.start() if root else len(data)):
            raise WordFileError(f"damaged .docx: {name} declares a document type (<!DOCTYPE>), "
                                "which Word never writes; not read")
        if slim:
            cut = _SESSION_IDS.sub(b"", _FORMATTING.sub(b"", _PLAIN_RUN_PROPERTIES.sub(b"", data)))
            for emptied in _EMPTIED:
                cut = cut.replace(emptied, b"")
            try:
                return ET.fromstring(cut)
            except ET.ParseError:
                pass
        try:
            return ET.fromstring(data)
        except ET.ParseError as exc:
            line, column = exc.position
            raise WordFileError(f"damaged .docx: {name} is not well-formed XML ({exc.msg} "
                                f"at line {line}, column {column + 1})") from None

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, target part name) of ``part``'s relationships (``""``: the package's)."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        found: dict[str, tuple[str, str]] = {}
        for rel in [] if rels is None else rels.iter(_PKG_REL):
            target = rel.get("Target", "")
            if rel.get("TargetMode") == "External" or not target:
                continue
            name = (target[1:] if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target)))
            found[rel.get("Id", "")] = (rel.get("Type", ""), name)
        return found

    def main_part(self) -> str:
        """The main document part's name (``word/document.xml`` as Word writes it)."""
        for rel_type, name in self.relationships("").values():
            if rel_type.endswith("/officeDocument") and name.lower() in self.names:
                return name
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise WordFileError(f"not a Word document: the zip archive holds no word/document.xml"
                            f"{self._what_instead()}")

    def _what_instead(self) -> str:
        if "xl/workbook.xml" in self.names:
            return " (an Excel workbook named .docx?)"
        if "ppt/presentation.xml" in self.names:
            return " (a PowerPoint presentation named .docx?)"
        if "mimetype" in self.names or "content.xml" in self.names:
            return " (an OpenDocument file, .odt, named .docx? save it as .docx)"
        return ""


# -- numbering ----------------------------------------------------------------------------------
@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None
    legal: bool = False
    suffix: str = "tab"
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0: never
    style: str | None = None


@dataclass
class _Num:
    abstract: str
    levels: dict[int, _Level] = field(default_factory=dict)  # with the num's overrides
    restarts: bool = False  # a startOverride: the list counts on its own


_CN_DIGITS = "零一二三四五六七八九"
_LEGAL_SIMPLIFIED = ("零壹贰叁肆伍陆柒捌玖", "拾佰仟万")
_LEGAL_TRADITIONAL = ("零壹貳參肆伍陸柒捌玖", "拾佰仟萬")
_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
          (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _chinese_number(n: int, digits: str = _CN_DIGITS, units: str = "十百千万") -> str:
    """n (0 < n < 100000) in Chinese counting: 十, 十一, 二十一, 一百零五, 一千零一十."""
    if n <= 0 or n >= 100000:
        return str(n)
    parts: list[str] = []
    values = ((10000, units[3]), (1000, units[2]), (100, units[1]), (10, units[0]), (1, ""))
    zero = False
    for value, unit in values:
        d, n = divmod(n, value)
        if d:
            if zero:
                parts.append(digits[0])
            parts.append(digits[d] + unit)
            zero = False
        elif parts:
            zero = True
        if not n:
            break
    text = "".join(parts)
    if units[0] == "十" and text.startswith("一十"):
        text = text[1:]  # 十一, not 一十一 (but 一百一十)
    return text


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: A ... Z, AA ... ZZ, AAA ..."""
    q, r = divmod(n - 1, 26)
    return alphabet[r] * (q + 1)


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def _enclosed(n: int, first: int, last: int = 20, start: int = 1) -> str | None:
    return chr(first + n - start) if start <= n <= last else None


def format_number(n: int, fmt: str) -> str:
    """Counter value ``n`` as Word writes it in numbering format ``fmt`` (``w:numFmt``); formats
    not listed in the module's docstring come out as decimal numbers."""
    if fmt == "decimal" or n <= 0:
        return str(n)
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting",
               "taiwaneseCounting", "taiwaneseCountingThousand", "japaneseLegal"):
        return _chinese_number(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return _chinese_number(n, *_LEGAL_SIMPLIFIED)
    if fmt == "ideographLegalTraditional":
        return _chinese_number(n, *_LEGAL_TRADITIONAL)
    if fmt == "ideographTraditional":
        return _STEMS[(n - 1) % 10]
    if fmt == "ideographZodiac":
        return _BRANCHES[(n - 1) % 12]
    if fmt == "ideographZodiacTraditional":
        return _STEMS[(n - 1) % 10] + _BRANCHES[(n - 1) % 12]
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return (_enclosed(n, 0x2460) or _enclosed(n, 0x3251, 35, 21)
                or _enclosed(n, 0x32B1, 50, 36) or str(n))
    if fmt == "ideographEnclosedCircle":
        return _enclosed(n, 0x3220, 10) or str(n)
    if fmt == "decimalEnclosedParen":
        return _enclosed(n, 0x2474) or f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return _enclosed(n, 0x2488) or f"{n}."
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    return str(n)


_PLACEHOLDER = re.compile(r"%([1-9])")
# A label ending in CJK or full-width punctuation, or in a circled or bracketed number, is
# followed by the text directly; any other by a space
_ENDS_GLUED = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
                         r"\u2460-\u24ff\u3200-\u32ff]$")


# -- the reader ---------------------------------------------------------------------------------
class _Reader:
    def __init__(self, package: _Package, main: str):
        self.package = package
        self.main = main
        root = package.xml(main, slim=True)
        assert root is not None
        ns = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else _W
        w = "{" + (ns if ns in (_W, _W_STRICT) else _W) + "}"
        self.w = w
        self.root = root
        self.insertions = self.deletions = self.objects = self.chunks = 0
        self.field_hidden = 0  # complex fields whose instruction is being read
        self.fields: list[bool] = []  # per open complex field: showing its result yet?
        self.note_refs: list[tuple[str, str]] = []  # ("footnote"/"endnote", id) in body order
        self.counters: dict[object, list[int | None]] = {}
        self.rels = package.relationships(main)
        self.nums: dict[str, _Num] = {}
        self.style_numbering: dict[str, tuple[str | None, int | None]] = {}
        self._load_numbering()
        self.default_numbered = self.default_style in self.style_numbering
        self._build_dispatch()

    # parts referred to by the main document, by relationship type (or Word's usual name)
    def _part(self, kind: str, slim: bool = False) -> ET.Element | None:
        for rel_type, name in self.rels.values():
            if rel_type.endswith("/" + kind):
                return self.package.xml(name, slim)
        return self.package.xml(f"word/{kind}.xml", slim)

    def read(self) -> tuple[str, str | None]:
        w = self.w
        body = self.root.find(f"{w}body")
        lines: list[str] = []
        if body is not None:
            self._blocks(body, lines)
        self.fields, self.field_hidden = [], 0  # a field left open ends with the body
        notes = self._notes()
        if notes:
            lines.append(NOTES_HEADING)
            lines += notes
        warnings = []
        if self.insertions or self.deletions:
            warnings.append(f"tracked changes read as accepted ({self.insertions} insertion(s), "
                            f"{self.deletions} deletion(s))")
        if self.objects:
            warnings.append(f"{self.objects} embedded object(s) (an Excel table, a chart ...) "
                            "not read")
        if self.chunks:
            warnings.append(f"{self.chunks} imported document part(s) (altChunk) not read")
        return "\n".join(lines), "; ".join(warnings) or None

    # -- blocks: paragraphs and tables, one or more lines each ---------------------------------
    def _blocks(self, container: ET.Element, lines: list[str]) -> None:
        w = self.w
        carried = ""  # text of a paragraph whose mark was deleted: it joins the next one
        for child in container:
            tag = child.tag
            if tag == self.P:
                line, boxes, mark_deleted = self._paragraph(child)
                if mark_deleted:
                    carried += line
                elif carried:
                    lines.append(carried + line)
                    carried = ""
                else:
                    lines.append(line)
                if boxes:
                    lines += boxes
            elif tag == self.TBL:
                self._table(child, lines)
            elif tag == f"{w}sdt":
                content = child.find(f"{w}sdtContent")
                if content is not None:
                    self._blocks(content, lines)
            elif tag in (f"{w}customXml", f"{w}ins", f"{w}moveTo", f"{w}smartTag"):
                self._blocks(child, lines)
            elif tag in (f"{w}del", f"{w}moveFrom"):
                self.deletions += 1
            elif tag == f"{_MC}AlternateContent":
                branch = _branch(child)
                if branch is not None:
                    self._blocks(branch, lines)
            elif tag == f"{w}altChunk":
                self.chunks += 1
        if carried:
            lines.append(carried)

    def _paragraph(self, p: ET.Element) -> tuple[str, list[str], bool]:
        """A paragraph's line (its list number first), the lines of its text boxes, and whether
        its mark is a tracked deletion (the paragraph then joins the next)."""
        parts: list[str] = []
        boxes: list[str] = []
        p_pr = None
        run, run_tag, text_tag, element = self._run, self.R, self.T, self._element
        for child in p:  # most of a document's elements pass here: runs first, inline
            tag = child.tag
            if tag == run_tag:
                if len(child) == 1 and child[0].tag == text_tag:  # most runs, once slimmed
                    if child[0].text and not self.field_hidden:
                        parts.append(child[0].text)
                else:
                    run(child, parts, boxes)
            elif tag == self.PPR:
                p_pr = child
            else:
                element(child, parts, boxes)
        mark_deleted = False
        label = (self._label(p_pr) if self.nums and (p_pr is not None or self.default_numbered)
                 else "")
        if p_pr is not None:
            r_pr = p_pr.find(self.RPR)
            if r_pr is not None and (r_pr.find(f"{self.w}del") is not None
                                     or r_pr.find(f"{self.w}moveFrom") is not None):
                self.deletions += 1
                mark_deleted = True
        return (label + "".join(parts) if label else "".join(parts)), boxes, mark_deleted

    def _table(self, tbl: ET.Element, lines: list[str]) -> None:
        for tr in self._rows(tbl):
            cells: list[str] = []
            tr_pr = tr.find(f"{self.w}trPr")
            if tr_pr is not None:
                if tr_pr.find(f"{self.w}del") is not None:  # a deleted row
                    self.deletions += 1
                    continue
                before = tr_pr.find(f"{self.w}gridBefore")
                cells += [""] * _int(before, self.VAL, 0)
            for tc in self._cells(tr):
                span, continued = 1, False
                tc_pr = tc.find(f"{self.w}tcPr")
                if tc_pr is not None:
                    span = max(1, _int(tc_pr.find(f"{self.w}gridSpan"), self.VAL, 1))
                    merge = tc_pr.find(f"{self.w}vMerge")
                    if merge is not None and merge.get(self.VAL, "continue") != "restart":
                        continued = True
                    h_merge = tc_pr.find(f"{self.w}hMerge")
                    if h_merge is not None and h_merge.get(self.VAL, "continue") != "restart":
                        continued = True
                cells.append("" if continued else self._cell_text(tc))
                cells += [""] * (span - 1)
            if any(cells):
                lines.append("\t".join(cells))

    def _rows(self, tbl: ET.Element):
        for child in tbl:
            if child.tag == self.TR:
                yield child
            elif child.tag in (f"{self.w}sdt", f"{self.w}customXml", f"{self.w}sdtContent"):
                yield from self._rows(child)

    def _cells(self, tr: ET.Element):
        for child in tr:
            if child.tag == self.TC:
                yield child
            elif child.tag in (f"{self.w}sdt", f"{self.w}customXml", f"{self.w}sdtContent"):
                yield from self._cells(child)

    def _cell_text(self, tc: ET.Element) -> str:
        inner: list[str] = []
        self._blocks(tc, inner)
        pieces = (" ".join(line.replace("\t", " ").replace("\n", " ").split()) for line in inner)
        return " ".join(piece for piece in pieces if piece)

    # -- inline content: runs and what wraps them ----------------------------------------------
    def _build_dispatch(self) -> None:
        w = self.w
        self.P, self.PPR, self.TBL = f"{w}p", f"{w}pPr", f"{w}tbl"
        self.TR, self.TC, self.VAL = f"{w}tr", f"{w}tc", f"{w}val"
        self.R, self.T, self.RPR = f"{w}r", f"{w}t", f"{w}rPr"
        self.FLDCHAR, self.FLDCHARTYPE = f"{w}fldChar", f"{w}fldCharType"
        skip = ("pPr", "rPr", "sdtPr", "sdtEndPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                "commentRangeStart", "commentRangeEnd", "commentReference", "permStart",
                "permEnd", "delText", "instrText", "delInstrText", "rt", "rubyPr",
                "lastRenderedPageBreak", "footnoteRef", "endnoteRef", "annotationRef",
                "separator", "continuationSeparator", "softHyphen", "sym", "fldData",
                "customXmlPr", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                "moveToRangeEnd")
        self.skip = frozenset(f"{w}{name}" for name in skip)
        self.run_text = {f"{w}tab": "\t", f"{w}ptab": "\t", f"{w}br": "\n", f"{w}cr": "\n",
                         f"{w}noBreakHyphen": "-"}
        self.math_text = (f"{_M}t", f"{_M_STRICT}t")
        self.handlers = {
            self.R: self._run,
            f"{w}del": self._deleted, f"{w}moveFrom": self._deleted,
            f"{w}ins": self._inserted, f"{w}moveTo": self._inserted,
            f"{w}txbxContent": self._text_box,
            f"{_MC}AlternateContent": self._alternate,
            f"{w}object": self._object,
            f"{w}footnoteReference": self._note_ref, f"{w}endnoteReference": self._note_ref,
            f"{w}p": self._nested_paragraph,
        }

    def _inline(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        element = self._element
        for child in el:
            element(child, parts, boxes)

    def _element(self, child: ET.Element, parts: list[str], boxes: list[str]) -> None:
        """One element inside a paragraph: a run, link, field, content control... by its
        handler; skipped parts; an equation's text; anything else by its children."""
        tag = child.tag
        handler = self.handlers.get(tag)
        if handler is not None:
            handler(child, parts, boxes)
        elif tag in self.skip:
            return
        elif tag in self.math_text:
            if child.text and not self.field_hidden:
                parts.append(child.text)
        elif len(child):
            self._inline(child, parts, boxes)

    def _run(self, run: ET.Element, parts: list[str], boxes: list[str]) -> None:
        r_pr = run.find(self.RPR)
        hidden = r_pr is not None and _on(r_pr.find(f"{self.w}vanish"), self.VAL)
        text_tag, run_text = self.T, self.run_text
        for child in run:
            tag = child.tag
            if tag == text_tag:
                if child.text and not hidden and not self.field_hidden:
                    parts.append(child.text)
            elif tag in run_text:
                if not hidden and not self.field_hidden:
                    parts.append(run_text[tag])
            elif tag == self.FLDCHAR:
                self._field_char(child.get(self.FLDCHARTYPE))
            elif tag in self.skip:
                continue
            elif not hidden:
                handler = self.handlers.get(tag)
                if handler is not None:
                    handler(child, parts, boxes)
                elif len(child):
                    self._inline(child, parts, boxes)

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(False)
            self.field_hidden += 1
        elif kind == "separate" and self.fields and not self.fields[-1]:
            self.fields[-1] = True
            self.field_hidden -= 1
        elif kind == "end" and self.fields and not self.fields.pop():  # an unseparated field
            self.field_hidden -= 1

    def _deleted(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        self.deletions += 1

    def _inserted(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        self.insertions += 1
        self._inline(el, parts, boxes)

    def _text_box(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        fields, hidden = self.fields, self.field_hidden  # a box is a story of its own
        self.fields, self.field_hidden = [], 0
        self._blocks(el, boxes)
        self.fields, self.field_hidden = fields, hidden

    def _alternate(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        branch = _branch(el)
        if branch is not None:
            self._inline(branch, parts, boxes)

    def _object(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        self.objects += 1  # an embedded OLE object's content is another file; its picture
        self._inline(el, parts, boxes)  # may still hold a text box

    def _note_ref(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        kind = "footnote" if el.tag.endswith("footnoteReference") else "endnote"
        self.note_refs.append((kind, el.get(f"{self.w}id", "")))

    def _nested_paragraph(self, el: ET.Element, parts: list[str], boxes: list[str]) -> None:
        line, more, _ = self._paragraph(el)  # a paragraph where runs are expected (odd writers)
        boxes.append(line)
        boxes += more

    # -- footnotes and endnotes ----------------------------------------------------------------
    def _notes(self) -> list[str]:
        if not self.note_refs:
            return []
        lines: list[str] = []
        parts = {}
        for kind in ("footnote", "endnote"):
            if any(k == kind for k, _ in self.note_refs):
                root = self._part(f"{kind}s", slim=True)
                parts[kind] = {} if root is None else {
                    note.get(f"{self.w}id"): note for note in root.iter(f"{self.w}{kind}")
                    if note.get(f"{self.w}type", "normal") == "normal"}
        seen = set()
        for kind in ("footnote", "endnote"):
            for ref_kind, note_id in self.note_refs:
                note = parts.get(kind, {}).get(note_id) if ref_kind == kind else None
                if note is None or (kind, note_id) in seen:
                    continue
                seen.add((kind, note_id))
                note_lines: list[str] = []
                self._blocks(note, note_lines)
                lines += [line.strip() for line in note_lines if line.strip()]
        return lines

    # -- list numbering ------------------------------------------------------------------------
    def _load_numbering(self) -> None:
        w, val = self.w, f"{self.w}val"
        styles = self._part("styles")
        style_parent: dict[str, str] = {}
        style_num: dict[str, tuple[str | None, int | None]] = {}
        self.default_style: str | None = None
        if styles is not None:
            for style in styles.iter(f"{w}style"):
                if style.get(f"{w}type", "paragraph") != "paragraph":
                    continue
                sid = style.get(f"{w}styleId", "")
                if _on(style, f"{w}default", attribute=True):
                    self.default_style = sid
                based = style.find(f"{w}basedOn")
                if based is not None:
                    style_parent[sid] = based.get(val, "")
                num_pr = style.find(f"{w}pPr/{w}numPr")
                if num_pr is not None:
                    num_id = num_pr.find(f"{w}numId")
                    ilvl = num_pr.find(f"{w}ilvl")
                    style_num[sid] = (None if num_id is None else num_id.get(val),
                                      None if ilvl is None else _int(ilvl, val, 0))
        for sid in set(style_parent) | set(style_num):  # resolve basedOn chains
            chain, seen, num_id, ilvl = sid, set(), None, None
            while chain and chain not in seen:
                seen.add(chain)
                own = style_num.get(chain)
                if own is not None:
                    num_id = own[0] if num_id is None else num_id
                    ilvl = own[1] if ilvl is None else ilvl
                chain = style_parent.get(chain, "")
            if num_id is not None:
                self.style_numbering[sid] = (num_id, ilvl)

        numbering = self._part("numbering")
        if numbering is None:
            return
        abstracts: dict[str, dict[int, _Level]] = {}
        links: dict[str, str] = {}  # abstractNum with w:numStyleLink -> the style it follows
        for abstract in numbering.iter(f"{w}abstractNum"):
            aid = abstract.get(f"{w}abstractNumId", "")
            abstracts[aid] = {_int(lvl, f"{w}ilvl", 0): self._level(lvl)
                              for lvl in abstract.iter(f"{w}lvl")}
            link = abstract.find(f"{w}numStyleLink")
            if link is not None:
                links[aid] = link.get(val, "")
        num_abstract: dict[str, str] = {}
        for num in numbering.iter(f"{w}num"):
            ref = num.find(f"{w}abstractNumId")
            if ref is not None:
                num_abstract[num.get(f"{w}numId", "")] = ref.get(val, "")
        for num in numbering.iter(f"{w}num"):
            num_id = num.get(f"{w}numId", "")
            aid = num_abstract.get(num_id, "")
            for _ in range(3):  # numStyleLink: the style's list holds the levels
                if aid not in links:
                    break
                linked = self.style_numbering.get(links[aid], (None, None))[0]
                aid = num_abstract.get(linked or "", "")
            levels = {k: _Level(**vars(v)) for k, v in abstracts.get(aid, {}).items()}
            restarts = False
            for override in num.iter(f"{w}lvlOverride"):
                ilvl = _int(override, f"{w}ilvl", 0)
                lvl = override.find(f"{w}lvl")
                if lvl is not None:
                    levels[ilvl] = self._level(lvl)
                start = override.find(f"{w}startOverride")
                if start is not None:
                    levels.setdefault(ilvl, _Level()).start = _int(start, val, 1)
                    restarts = True
            self.nums[num_id] = _Num(aid, levels, restarts)

    def _level(self, lvl: ET.Element) -> _Level:
        w, val = self.w, f"{self.w}val"
        level = _Level()
        level.start = _int(lvl.find(f"{w}start"), val, 1)
        fmt = lvl.find(f"{w}numFmt")
        if fmt is not None:
            level.fmt = fmt.get(val, "decimal")
        text = lvl.find(f"{w}lvlText")
        if text is not None:
            level.text = text.get(val)
        level.legal = _on(lvl.find(f"{w}isLgl"), val)
        suffix = lvl.find(f"{w}suff")
        if suffix is not None:
            level.suffix = suffix.get(val, "tab")
        restart = lvl.find(f"{w}lvlRestart")
        if restart is not None:
            level.restart = _int(restart, val, 0)
        style = lvl.find(f"{w}pStyle")
        if style is not None:
            level.style = style.get(val)
        return level

    def _label(self, p_pr: ET.Element | None) -> str:
        """The list number Word shows before the paragraph, or ``""``."""
        if p_pr is None and self.default_style not in self.style_numbering:
            return ""
        w, val = self.w, self.VAL
        num_id = ilvl = None
        style = self.default_style
        if p_pr is not None:
            style_el = p_pr.find(f"{w}pStyle")
            if style_el is not None:
                style = style_el.get(val)
            num_pr = p_pr.find(f"{w}numPr")
            if num_pr is not None:
                id_el, ilvl_el = num_pr.find(f"{w}numId"), num_pr.find(f"{w}ilvl")
                num_id = None if id_el is None else id_el.get(val)
                ilvl = None if ilvl_el is None else _int(ilvl_el, val, 0)
        if num_id is None or ilvl is None:
            from_style = self.style_numbering.get(style or "")
            if from_style is not None:
                num_id = from_style[0] if num_id is None else num_id
                if ilvl is None:
                    ilvl = from_style[1]
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        num = self.nums[num_id]
        if ilvl is None:  # a style linked to a level of the list
            ilvl = next((k for k, lv in num.levels.items() if lv.style == style), 0)
        ilvl = min(max(ilvl, 0), 8)
        level = num.levels.get(ilvl)
        if level is None:
            return ""
        key = ("num", num_id) if num.restarts else num.abstract
        counts = self.counters.setdefault(key, [None] * 9)
        counts[ilvl] = level.start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            lv = num.levels.get(deeper)
            if lv is None or (lv.restart != 0 and (lv.restart is None or lv.restart > ilvl)):
                counts[deeper] = None
        if level.fmt in ("bullet", "none") or level.text is None:
            return ""

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            lv = num.levels.get(k) or _Level()
            value = counts[k] if counts[k] is not None else lv.start
            if lv.fmt == "none":
                return ""
            return format_number(value, "decimal" if level.legal else lv.fmt)

        label = _PLACEHOLDER.sub(number, level.text)
        if label and level.suffix != "nothing" and not _ENDS_GLUED.search(label):
            label += " "
        return label


def _branch(alternate: ET.Element) -> ET.Element | None:
    """The branch of an ``mc:AlternateContent`` read: its first Choice, else its Fallback."""
    choice = alternate.find(f"{_MC}Choice")
    return choice if choice is not None else alternate.find(f"{_MC}Fallback")


def _int(el: ET.Element | None, attr: str, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(attr, default))
    except ValueError:
        return default


def _on(el: ET.Element | None, attr: str, attribute: bool = False) -> bool:
    """A Word on/off property: present and not ``0``/``false``/``off``."""
    if el is None:
        return False
    value = el.get(attr)
    if attribute:
        return value in ("1", "true", "on")
    return value not in ("0", "false", "off")
