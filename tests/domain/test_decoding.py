import codecs
import re

import pytest

from pipelines.domain.decoding import DecodeError, decode_document

TEXT = "成都市上半年地区生产总值同比增长5.3%，新能源汽车保有量突破49万辆。"
TRAD = "臺北市政府公布經濟數據，國內生產總值成長百分之三。"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_simplified_text_in_common_encodings(encoding):
    decoded = decode_document(TEXT.encode(encoding))
    assert decoded.text == TEXT
    assert decoded.warning is None


def test_utf8_bom_is_dropped():
    assert decode_document(codecs.BOM_UTF8 + TEXT.encode()).text == TEXT


def test_big5_traditional_text():
    decoded = decode_document((TRAD * 3).encode("big5"))
    assert decoded.encoding == "big5"
    assert decoded.text == TRAD * 3


def test_gb18030_traditional_text_is_not_mistaken_for_big5():
    decoded = decode_document((TRAD * 3).encode("gb18030"))
    assert decoded.text == TRAD * 3


def test_a_few_invalid_bytes_are_replaced_and_reported():
    data = (TEXT * 40).encode()
    data = data[:300] + b"\xff" + data[300:]
    decoded = decode_document(data)
    assert decoded.text.count("\ufffd") == 1
    assert "1 damaged place(s) in the UTF-8 text" in decoded.warning


@pytest.mark.parametrize(("text", "encoding", "name"),
                         [(TEXT, "gb18030", "GB18030"), (TRAD, "big5", "Big5")])
def test_a_legacy_encoded_file_with_a_damaged_byte_is_repaired_and_reported(text, encoding,
                                                                            name):
    """A GBK bulletin with one bad byte (a download cut mid-character, a byte flipped) was
    refused whole: no strict decode succeeds and, read as UTF-8, every character is damaged.
    It is read in its own encoding with the one place replaced, and the warning says so."""
    data = (text * 40).encode(encoding)
    at = len(data) // 2
    damaged = data[:at] + b"\xff" + data[at + 1:]
    decoded = decode_document(damaged)
    assert decoded.encoding == encoding
    places = len(re.findall("\ufffd+", decoded.text))  # the byte, and a trail byte it orphaned
    assert places in (1, 2)
    assert decoded.warning == (f"{places} damaged place(s) in the {name} text replaced by "
                               f"U+FFFD (first at byte {at})")
    before, *_, after = re.split("\ufffd+", decoded.text)
    assert (text * 40).startswith(before) and (text * 40).endswith(after[-(len(text) * 19):])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
)
def test_unreadable_input_gets_a_specific_reason(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_document(data)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding):
    text = "第一季度，全市一般公共预算收入100.5亿元，同比增长1.2%。\n" * 3  # 一 holds a NUL byte
    decoded = decode_document(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)
    assert "byte-order mark" in decoded.warning


def test_binary_with_nul_bytes_is_still_refused():
    import random

    noise = bytes(random.Random(7).randrange(256) for _ in range(4000)) + b"\x00\x00"
    for data in (noise, b"\x7fELF\x02\x01\x01\x00" + bytes(200) + noise):
        with pytest.raises(DecodeError, match="binary"):
            decode_document(data)


def test_one_damaged_character_is_one_repair_in_a_small_file():
    data = TEXT.encode()
    damaged = data[:9] + b"\xff" + data[10:]  # a byte inside the fourth character
    decoded = decode_document(damaged)
    assert decoded.text.startswith(TEXT[:3]) and decoded.text.endswith(TEXT[-10:])
    assert decoded.warning.startswith("1 damaged place")
