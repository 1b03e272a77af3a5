"""Turn a file's bytes into text, or say plainly why they are not a readable text document.

Chinese documents arrive as UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when
its NUL bytes say which half of each pair is the high one), GB18030/GBK or Big5.
We decode strictly where possible, pick between legacy encodings by how plausible the result is,
and only accept a lossy decode (UTF-8 first, then the legacy encoding needing the fewest repairs)
when the damage is a handful of bytes.

Word documents (.docx) are read by ``wordfiles`` (``read_word_document``), PDF files by
``pdffiles`` (``read_pdf_document``); ``read_document`` picks the reader by the file name's suffix.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipelines.domain.pdffiles import PdfFileError, PdfText, read_pdf
from pipelines.domain.wordfiles import WordFileError, WordText, read_docx

# The reader's version. Ingest records it with every file it reads, and a file that failed to
# decode is read again by a reader of another version (one that reads more, e.g. UTF-16 without
# a byte-order mark, which decode-1 called binary): bump it whenever a file refused before
# could now be read. decode-3: .docx files (refused by decode-2 as "save it as text") are read.
# decode-4: PDF files' text layers are read, and GB18030/Big5 files with a few damaged bytes.
DECODER = "decode-4"

# A few damaged places in an otherwise UTF-8 file are repaired (U+FFFD) and reported; more than
# this share of the file's bytes means the file is something else. A place is a run of
# replacement characters: one damaged character can make several.
MAX_REPLACED_SHARE = 0.001
# UTF-16 without a byte-order mark (ASCII characters and 一 carry NUL bytes) is accepted when one
# byte order reads as Chinese: this share of CJK characters at least, and few implausible ones.
MIN_UTF16_CJK_SHARE = 0.3
MAX_CONTROL_SHARE = 0.01

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_REPLACED_RUN = re.compile("\ufffd+")
# Characters a GB18030 decode of Big5 bytes (or the reverse) produces in bulk: private use, rare
# extension blocks, half-width katakana, box drawing.
_IMPLAUSIBLE = re.compile(r"[\ue000-\uf8ff\u3400-\u4dbf\uff61-\uff9f\u2500-\u257f\ufffd]")


# The files of a source folder read as documents: plain text, Markdown and web pages (cleaning
# reads their markup as text: cleaning/markup.py), not a folder's README; Word documents,
# whose text wordfiles.py takes out of the file's XML; and PDF files' text layers (pdffiles.py).
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
WORD_SUFFIXES = (".docx",)
PDF_SUFFIXES = (".pdf",)
READ_AS = ".txt, .md, .html, .docx, .pdf"  # the same, for messages
WORD_ENCODING = "docx"  # DecodedText.encoding of a Word document's text
PDF_ENCODING = "pdf"  # and of a PDF's


def is_text_document(name: str) -> bool:
    """Whether a file of this name is read as a document (case of the suffix ignored): a text
    file, a Word document (``is_word_document``) or a PDF."""
    if is_word_document(name):
        return not name.startswith("~$")  # Word's lock file beside a document open in Word
    return name.lower().endswith(TEXT_SUFFIXES + PDF_SUFFIXES) and name != "README.md"


def is_word_document(name: str) -> bool:
    """Whether a file of this name is read as a Word document (.docx) rather than as text."""
    return name.lower().endswith(WORD_SUFFIXES)


class DecodeError(ValueError):
    """The bytes are not a text document we can read; the message says why."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warning: str | None = None


def read_document(name: str, data: bytes) -> DecodedText:
    """The text of file ``name`` (its suffix picks the reader) from its bytes; raise DecodeError
    with a specific reason when impossible."""
    if is_word_document(name):
        return read_word_document(data)
    if name.lower().endswith(PDF_SUFFIXES):
        return read_pdf_document(data)
    return decode_document(data)


def read_word_document(data: bytes) -> DecodedText:
    """A Word document's text (``wordfiles.read_docx``); raise DecodeError when unreadable."""
    return _parsed(data, read_docx, WordFileError, WORD_ENCODING)


def read_pdf_document(data: bytes) -> DecodedText:
    """A PDF's text layer (``pdffiles.read_pdf``); raise DecodeError when it has none."""
    return _parsed(data, read_pdf, PdfFileError, PDF_ENCODING)


def _parsed(data: bytes, reader: Callable[[bytes], WordText | PdfText],
            error: type[ValueError], encoding: str) -> DecodedText:
    """The text a container's ``reader`` takes out, its ``error`` told as a DecodeError."""
    try:
        parsed = reader(data)
    except error as exc:
        raise DecodeError(str(exc)) from None
    return DecodedText(text=parsed.text, encoding=encoding, warning=parsed.warning)


def decode_document(data: bytes) -> DecodedText:
    """Decode a document's bytes; raise DecodeError with a specific reason when impossible."""
    if not data.strip():
        raise DecodeError("empty file (no text)")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF32_LE, "utf-32")):
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} text after its byte-order mark: {exc.reason} "
                                  f"at byte {exc.start}") from None
    if b"\x00" in data[:65536]:
        unmarked = _utf16_without_bom(data)
        if unmarked is None:
            raise DecodeError("binary file (contains NUL bytes), not text")
        return unmarked
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    best = _most_plausible(data, ("gb18030", "big5"))
    if best:
        return _checked(best[1], best[0])
    limit = max(3, MAX_REPLACED_SHARE * len(data))
    lossy = data.decode("utf-8", errors="replace")
    places = len(_REPLACED_RUN.findall(lossy))
    if places <= limit:
        return _checked(lossy, "utf-8", _repairs(places, "UTF-8", first_bad))
    repaired = _least_damaged(data, ("gb18030", "big5"), limit)
    if repaired:
        return repaired
    raise DecodeError(f"not decodable as UTF-8, GB18030 or Big5 ({places} places with invalid "
                      f"UTF-8, first at byte {first_bad})")


def _least_damaged(data: bytes, encodings: tuple[str, ...], limit: float) -> DecodedText | None:
    """A legacy-encoded file with a few damaged bytes (a download cut short, a byte flipped):
    the encoding whose decode needs the fewest repairs, at most ``limit``, and still reads as
    Chinese; its damaged places replaced by U+FFFD and reported."""
    options = []
    for encoding in encodings:
        text = data.decode(encoding, errors="replace")
        places = len(_REPLACED_RUN.findall(text))
        if places <= limit and _plausibility(text) > 0:
            options.append((places, -_plausibility(text), encoding, text))
    if not options:
        return None
    places, _, encoding, text = min(options)
    try:
        data.decode(encoding)
        first_bad = 0
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _checked(text, encoding, _repairs(places, encoding.upper().replace("BIG5", "Big5"),
                                             first_bad))


def _repairs(places: int, encoding: str, first_bad: int) -> str:
    return (f"{places} damaged place(s) in the {encoding} text replaced by U+FFFD (first at "
            f"byte {first_bad})")


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """``data`` as UTF-16 without a byte-order mark, in the byte order that reads as Chinese
    text; None when neither does (binary data)."""
    best = None if len(data) % 2 else _most_plausible(data, ("utf-16-le", "utf-16-be"),
                                                      MIN_UTF16_CJK_SHARE)
    return _checked(best[1], best[0], "UTF-16 without a byte-order mark") if best else None


def _most_plausible(data: bytes, encodings: tuple[str, ...], min_cjk_share: float = 0.0
                    ) -> tuple[str, str] | None:
    """(encoding, text) of the strict decode of ``data`` that reads most like Chinese, if any
    reads like it at all (plausibility above 0, at least ``min_cjk_share`` CJK characters)."""
    candidates = []
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CJK.findall(text)) >= min_cjk_share * len(text):
            candidates.append((_plausibility(text), encoding, text))
    if not candidates or max(candidates)[0] <= 0:
        return None
    _score, encoding, text = max(candidates)
    return encoding, text


def _plausibility(text: str) -> float:
    """Share of CJK characters minus a heavy penalty for characters mis-decodes produce."""
    n = max(len(text), 1)
    return (len(_CJK.findall(text)) - 20 * len(_IMPLAUSIBLE.findall(text))) / n


def _checked(text: str, encoding: str, warning: str | None = None) -> DecodedText:
    if not text.strip():
        raise DecodeError("empty file (only whitespace)")
    controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        raise DecodeError(f"binary file ({controls} control characters in {len(text)}), not text")
    return DecodedText(text=text, encoding=encoding, warning=warning)
