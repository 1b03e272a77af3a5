"""Character normalisation and space removal on small hand-made texts."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.normalize import normalize_chars


def body(raw: str) -> str:
    return "".join(b.text for b in clean_document(raw).blocks if b.kind == "paragraph")


def test_normalisation_keeps_length_and_repairs_marks():
    raw = "全年２。３５万亿元，１—５月，比例３∶１，西部(成都)科学城,案例?好⋯⋯ＧＤＰ"
    out = normalize_chars(raw)
    assert len(out) == len(raw)
    assert out == "全年2.35万亿元，1-5月，比例3:1，西部（成都）科学城，案例？好……GDP"


def test_sentence_end_after_a_number_is_not_a_decimal_point():
    assert normalize_chars("排名第4。2023年以来") == "排名第4。2023年以来"


def test_sentence_end_after_a_number_before_a_numbered_item_is_not_a_decimal_point():
    """A note's items (注：1.…。2.…依据GB/T 2589-2020。3.折标…): the 。 after a number ends the
    item, the next one's number opens the next; 增长5。2%, 5。25亿元 and 100。3、 stay decimals."""
    raw = "2.核算依据ISO 14064-1:2018。3.折标系数采用国家标准。增长5。2%，5。25亿元，指数100。3、"
    assert normalize_chars(raw) == (
        "2.核算依据ISO 14064-1:2018。3.折标系数采用国家标准。增长5.2%，5.25亿元，指数100.3、")


def test_spaces_removed_inside_chinese_and_between_numbers_and_units():
    text = body("学习贯彻新 时 代中国特色社会主义思想，全年新建充电桩 6 万个，累计 2.6 万列。\n")
    assert text == "学习贯彻新时代中国特色社会主义思想，全年新建充电桩6万个，累计2.6万列。"


def test_spaces_kept_next_to_latin_words():
    text = body("增速居 GDP 十强城市第 2 位，设立 S 基金。\n")
    assert text == "增速居 GDP 十强城市第2位，设立 S 基金。"


def test_decimal_point_followed_by_a_stray_space():
    assert body("地区生产总值达 2. 2万亿元，增长6%。\n") == "地区生产总值达2.2万亿元，增长6%。"


def test_latin_words_wrapped_over_lines_keep_one_space():
    raw = "推动建设 open source community 和 artificial\nintelligence 产业生态，发展新质生产力。\n"
    assert body(raw) == (
        "推动建设 open source community 和 artificial intelligence 产业生态，发展新质生产力。"
    )
