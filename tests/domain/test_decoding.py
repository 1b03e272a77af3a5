import codecs

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
    assert "invalid UTF-8" in decoded.warning


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
