"""Traditional-script input is analysed as Simplified; raw spans give the words as written."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.script import (
    detect_script,
    script_and_simplified,
    to_simplified_aligned,
)

TRADITIONAL = """政府工作報告

過去一年，全市經濟社會發展取得新成效。地區生產總值增長６．２％，
規模以上工業增加值增長７％，城鄉居民人均可支配收入穩步提高。

今年發展的主要預期目標是：經濟增長５％左右；城鎮新增就業
１５萬人以上。我們將堅持穩中求進，加快發展新質生產力，推動
「成渝地區雙城經濟圈」建設走深走實。
"""


def test_traditional_text_is_detected_and_converted():
    doc = clean_document(TRADITIONAL)
    assert doc.script == "traditional"
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "政府工作报告"
    assert "过去一年，全市经济社会发展取得新成效。" in texts
    assert (
        "地区生产总值增长6.2%，规模以上工业增加值增长7%，城乡居民人均可支配收入稳步提高。" in texts
    )
    assert any("“成渝地区双城经济圈”" in t for t in texts)


def test_raw_spans_give_the_traditional_words():
    doc = clean_document(TRADITIONAL)
    found = 0
    for s in doc.sentences:
        pairs = (("经济", "經濟"), ("城镇新增就业", "城鎮新增就業"), ("6.2%", "６．２％"))
        for word, written in pairs:
            k = s.text.find(word)
            if k >= 0:
                lo, hi = s.raw_span(k, k + len(word))
                assert TRADITIONAL[lo:hi] == written
                found += 1
    assert found >= 3


def test_wrapped_traditional_line_maps_across_the_break():
    doc = clean_document(TRADITIONAL)
    s = next(s for s in doc.sentences if "就业15万人" in s.text)
    k = s.text.find("就业15万人")
    lo, hi = s.raw_span(k, k + 6)
    assert TRADITIONAL[lo:hi] == "就業\n１５萬人"


def test_simplified_text_stays_simplified():
    assert detect_script("加快发展新质生产力，推动高质量发展。") == "simplified"
    assert detect_script("") == "simplified"


def test_script_and_simplified_agrees_with_the_two_separate_steps():
    mixed = "政府工作報告：地區生產總值增長６．２％。"
    for text in (TRADITIONAL, mixed, "加快发展新质生产力。", "", "ABC 123", "發"):
        script, out = script_and_simplified(text)
        assert script == detect_script(text)
        assert out == (to_simplified_aligned(text) if script == "traditional" else text)
        assert len(out) == len(text)
