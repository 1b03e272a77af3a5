"""Turn a file's bytes into text, or say plainly why they are not a readable text document.

Chinese documents arrive as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5.
We decode strictly where possible, pick between legacy encodings by how plausible the result is,
and only accept a lossy UTF-8 decode when the damage is a handful of bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# A few damaged bytes in an otherwise UTF-8 file are repaired (U+FFFD) and reported; more than this
# share of undecodable bytes means the file is something else.
MAX_REPLACED_SHARE = 0.001
MAX_CONTROL_SHARE = 0.01

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Characters a GB18030 decode of Big5 bytes (or the reverse) produces in bulk: private use, rare
# extension blocks, half-width katakana, box drawing.
_IMPLAUSIBLE = re.compile(r"[\ue000-\uf8ff\u3400-\u4dbf\uff61-\uff9f\u2500-\u257f\ufffd]")


class DecodeError(ValueError):
    """The bytes are not a text document we can read; the message says why."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warning: str | None = None


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
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    candidates = []
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text), enc, text))
    if candidates:
        score, enc, text = max(candidates)
        if score > 0:
            return _checked(text, enc)
    lossy = data.decode("utf-8", errors="replace")
    replaced = lossy.count("\ufffd")
    if replaced <= max(3, MAX_REPLACED_SHARE * len(data)):
        return _checked(lossy, "utf-8", f"{replaced} invalid UTF-8 byte sequence(s) replaced by "
                                         f"U+FFFD (first at byte {first_bad})")
    raise DecodeError(f"not decodable as UTF-8, GB18030 or Big5 ({replaced} invalid UTF-8 "
                      f"sequences, first at byte {first_bad})")


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
