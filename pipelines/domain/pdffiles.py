"""PDF documents as text, the way a reader copying them page by page would get it.

Work reports, statistics bulletins and policy notices are published as PDF more often than in
any other form. ``read_pdf`` takes the text layer out with PDFium (``pypdfium2``, the engine of
Chrome's viewer; no network, no OCR):

- pages in order, each page's text in the order its content stream draws it, one line per line
  of print, joined by a line break: a paragraph that runs over a page break stays one paragraph
  for cleaning, which already joins hard-wrapped lines and drops page furniture (running heads,
  ``- 3 -`` page numbers), as it does for any text pasted out of a PDF;
- cells of a table (text set apart on one line by a gap of at least ``COLUMN_GAP_EMS`` times the
  font size, where PDFium writes a space) parted by a tab, as a table pasted from a spreadsheet
  or Word: the metric extractor reads a row's cells under its header's columns
  (``metrics/tables.py``); a narrower gap (spaced-out headings, justified lines) stays a space;
  the columns of a page set in two are parted the same way, and a line of the right column
  beside an empty left one opens with a tab (cleaning's column reading places it by the tab);
- ``\\r\\n`` line ends as ``\\n``; control characters PDFium reports for hyphens and glyphs it
  could not place are dropped (cleaning would otherwise see them as text);
- a page without text (a scanned image) is named in the warning; a file where no page has text
  is refused ("a scan: run OCR"), as is one whose text layer reads as no characters (fonts
  embedded without a Unicode map: copying out of the PDF gives the same rubbish).

Errors (``PdfFileError``) say what is wrong: a password, a damaged or non-PDF file, no text.

Known limit: with a CJK font the PDF names but does not embed (the Adobe fonts STSong-Light,
MSung-Light, a 宋体 left out by the program that wrote the file), PDFium has no glyph outlines to
place a character by and drops a text object of one character (a line holding a lone 上); the
warning counts such objects and names their pages. Embedded fonts, what Word, WPS and
typesetting software write, read whole.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

# Characters that are not text: C0 controls except tab and line feed (PDFium gives \x02 for a
# hyphen it generated and \x00-\x1f for glyphs without a Unicode value), U+FFFE/U+FFFF, and
# private-use code points (a font embedded without a Unicode map: its glyph numbers).
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_UNMAPPED = re.compile(r"[\ue000-\uf8ff\ufffd]")
_LINE_END = re.compile(r"\r\n?")
# A text layer is refused as unreadable when more than this share of its visible characters
# are unmapped glyphs.
MAX_UNMAPPED_SHARE = 0.3
# A gap between two pieces of text on one line this many times the font size wide (about two
# characters of Chinese) parts columns: a table's cells, a figure and its unit in separate boxes.
COLUMN_GAP_EMS = 2.0
# A line without a tab is the right column's when it starts where the right pieces of at least
# ``MIN_COLUMN_ROWS`` rows with one tab start (within ``RIGHT_START_EMS`` of the font size:
# rounding, an indented first line) and runs on from such a row, above or below it.
MIN_COLUMN_ROWS = 3
RIGHT_START_EMS = (-0.5, 2.5)
_LINE = re.compile(r"[^\r\n]+")
# PDFium's load error codes (fpdfview.h FPDF_ERR_*).
_PASSWORD, _SECURITY, _FORMAT = 4, 5, 3


class PdfFileError(ValueError):
    """The PDF cannot be read as text; the message says why."""


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: int
    warning: str | None = None


def read_pdf(data: bytes) -> PdfText:
    """The text of a PDF file's bytes, page after page; raise PdfFileError when there is none."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfFileError(_load_error(exc)) from None
    try:
        read = [_page_text(document, i) for i in range(len(document))]
    finally:
        document.close()
    pages = [text for text, _ in read]
    if not pages:
        raise PdfFileError("a PDF without pages")
    empty = [i + 1 for i, text in enumerate(pages) if not text.strip()]
    if len(empty) == len(pages):
        raise PdfFileError(f"a PDF without a text layer ({_pages(len(pages))} of images: a "
                           "scan?): run OCR on it and save the text, or export the PDF with "
                           "its text")
    text = "\n".join(p.rstrip("\n") for p in pages if p.strip()) + "\n"
    visible = len(text) - text.count("\n") - text.count(" ")
    unmapped = len(_UNMAPPED.findall(text))
    if unmapped > MAX_UNMAPPED_SHARE * visible:
        raise PdfFileError(f"the PDF's text layer does not read as characters ({unmapped} of "
                           f"{visible} are glyphs without a Unicode value: its fonts were "
                           "embedded without a character map); export it again as PDF or text "
                           "from the program that made it, or run OCR on it")
    warnings = []
    if empty:
        warnings.append(f"{_pages(len(empty))} of {len(pages)} without text (images?): "
                        f"page{'s' if len(empty) > 1 else ''} {_page_list(empty)} not read")
    lost = [(i + 1, n) for i, (_, n) in enumerate(read) if n]
    if lost:
        warnings.append(f"{sum(n for _, n in lost)} piece(s) of text on "
                        f"page{'s' if len(lost) > 1 else ''} {_page_list([i for i, _ in lost])} "
                        "could not be read (a font the PDF names but does not embed): "
                        "characters may be missing there")
    return PdfText(text, len(pages), "; ".join(warnings) or None)


def _page_text(document: pdfium.PdfDocument, index: int) -> tuple[str, int]:
    """A page's text, and how many of its text objects PDFium could not read."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            raw = textpage.get_text_range()
            if len(raw) == textpage.count_chars():
                raw = _with_empty_left_cells(textpage, _with_column_gaps(textpage, raw))
            lost = _unread_objects(page, textpage)
        finally:
            textpage.close()
    finally:
        page.close()
    return _NOT_TEXT.sub("", _LINE_END.sub("\n", raw)), lost


def _unread_objects(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> int:
    """Text objects of the page that give no text: PDFium places a character by its glyph's
    outline, and a font that is not embedded has none, so an object of one character (a line
    holding a lone 上 or 。) has no extent and is left out of the page's text."""
    lost = 0
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):  # top level only (not inside
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)  # form XObjects): a lower bound
        # the length in bytes of the object's text as UTF-16 with its terminator
        if (pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_TEXT
                and pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, None, 0) <= 2):
            lost += 1
    return lost


def _with_column_gaps(textpage: pdfium.PdfTextPage, text: str) -> str:
    """``text`` with each space PDFium generated for a gap of a column's width as a tab.

    Only spaces PDFium wrote itself (``FPDFText_IsGenerated``) between two characters of one
    line are looked at; their gap is measured from the character boxes. Text with characters
    outside the Basic Multilingual Plane (two UTF-16 units for one character: the indices no
    longer line up) is not passed here."""
    if " " not in text:
        return text
    chars = list(text)
    for i, ch in enumerate(text):
        if ch != " " or not 0 < i < len(text) - 1 or text[i - 1] in "\r\n " \
                or text[i + 1] in "\r\n " or not pdfium_c.FPDFText_IsGenerated(textpage.raw, i):
            continue
        gap = textpage.get_charbox(i + 1)[0] - textpage.get_charbox(i - 1)[2]
        em = max(pdfium_c.FPDFText_GetFontSize(textpage.raw, i - 1),
                 pdfium_c.FPDFText_GetFontSize(textpage.raw, i + 1))
        if em > 0 and gap >= COLUMN_GAP_EMS * em:
            chars[i] = "\t"
    return "".join(chars)


def _with_empty_left_cells(textpage: pdfium.PdfTextPage, text: str) -> str:
    """``text`` (column gaps as tabs, one character per PDFium character) with a tab before
    each line that holds only the right column's text of a page set in two columns (the left
    column's paragraph ended above it): read without it, cleaning takes the line for the left
    column's and puts it before the whole right column. Only lines that start where the right
    pieces of the rows with one tab start, next to such rows (a run of them)."""
    if "\t" not in text:
        return text
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text)]
    right = _right_column_start(textpage, lines)
    if right is None:
        return text
    x, em = right
    low, high = x + RIGHT_START_EMS[0] * em, x + RIGHT_START_EMS[1] * em
    tabbed = [line.count("\t") == 1 for _, line in lines]
    alone = [not tab and line.strip() != "" and low <= _left_of(textpage, at, line) <= high
             for (at, line), tab in zip(lines, tabbed, strict=True)]
    marked = _runs_beside(alone, tabbed)
    if not any(marked):
        return text
    out, done = [], 0
    for (at, line), mark in zip(lines, marked, strict=True):
        if mark:
            start = at + len(line) - len(line.lstrip(" "))
            out += [text[done:start], "\t"]
            done = start
    return "".join(out) + text[done:]


def _right_column_start(textpage: pdfium.PdfTextPage, lines: list[tuple[int, str]]
                        ) -> tuple[float, float] | None:
    """x where the right pieces of the rows with one tab start (the most common, to the
    point), and their font size; None when fewer than ``MIN_COLUMN_ROWS`` rows share it."""
    starts: Counter[int] = Counter()
    sizes: dict[int, float] = {}
    for at, line in lines:
        if line.count("\t") == 1:
            i = at + line.index("\t") + 1
            x = round(textpage.get_charbox(i)[0])
            starts[x] += 1
            sizes[x] = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
    if not starts:
        return None
    x, _ = starts.most_common(1)[0]
    if sum(n for s, n in starts.items() if abs(s - x) <= 1) < MIN_COLUMN_ROWS or sizes[x] <= 0:
        return None
    return float(x), sizes[x]


def _left_of(textpage: pdfium.PdfTextPage, at: int, line: str) -> float:
    """x where a line's first character (after spaces) starts."""
    return textpage.get_charbox(at + len(line) - len(line.lstrip(" ")))[0]


def _runs_beside(candidates: list[bool], anchors: list[bool]) -> list[bool]:
    """The candidates that form a run of consecutive lines next to an anchor line (above or
    below it)."""
    out = [False] * len(candidates)
    for order in (range(len(candidates)), range(len(candidates) - 1, -1, -1)):
        beside = False
        for k in order:
            out[k] = out[k] or (candidates[k] and beside)
            beside = anchors[k] or (candidates[k] and beside)
    return out


def _load_error(exc: pdfium.PdfiumError) -> str:
    code = getattr(exc, "err_code", None)
    if code in (_PASSWORD, _SECURITY):
        return ("a password-protected PDF: open it with its password and save a copy without "
                "one (or save it as text)")
    if code == _FORMAT:
        return "not a readable PDF (damaged, truncated, or another kind of file named .pdf)"
    return f"not a readable PDF ({exc})"


def _pages(n: int) -> str:
    return f"{n} page{'s' if n > 1 else ''}"


def _page_list(numbers: list[int], shown: int = 10) -> str:
    listed = ", ".join(map(str, numbers[:shown]))
    return listed + (f" and {len(numbers) - shown} more" if len(numbers) > shown else "")
