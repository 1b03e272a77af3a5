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


def _context_phrases_file() -> set[str]:
    from pipelines.domain.cleaning.lexicon import DATA_DIR

    lines = (DATA_DIR / "t2s_context_phrases.txt").read_text(encoding="utf-8").splitlines()
    return {w for line in lines if not line.startswith("#") for w in line.split()}


def test_text_that_may_not_convert_converts_to_itself(seed_docs):
    from pipelines.domain.cleaning.script import _t2s, may_convert

    cc = _t2s()
    texts = [raw for raw, _ in seed_docs.values()] + [TRADITIONAL, "坏事变好事", "覆盖全市"]
    texts += [f"我们{w}了" for w in sorted(_context_phrases_file())]
    texts += [raw[i : i + 40] for raw, _ in seed_docs.values() for i in range(0, 3000, 37)]
    skipped = 0
    for text in texts:
        if not may_convert(text):
            assert cc.convert(text) == text
            skipped += 1
    assert skipped > 50  # most Simplified text is not converted at all
    assert may_convert(TRADITIONAL) and may_convert("反覆研究") and may_convert("明瞭")
    assert not may_convert("坏事变好事，覆盖全市") and not may_convert("")


def test_context_phrases_file_matches_the_installed_opencc(tmp_path):
    import shutil
    import subprocess
    from pathlib import Path

    import opencc
    import pytest

    from pipelines.domain.cleaning.script import _t2s

    clib = Path(opencc.__file__).parent / "clib"
    tool = clib / "bin" / "opencc_dict"
    source = clib / "share" / "opencc" / "TSPhrases.ocd2"
    if not source.exists():
        pytest.skip("OpenCC's dictionary files are not installed with the package")
    if not tool.exists():
        tool = Path(shutil.which("opencc_dict") or "")
        if not tool.name:
            pytest.skip("opencc_dict not installed")
    out = tmp_path / "TSPhrases.txt"
    subprocess.run([str(tool), "-i", str(source), "-o", str(out), "-f", "ocd2", "-t", "text"],
                   check=True, capture_output=True)
    cc = _t2s()
    expected = set()
    for line in out.read_text(encoding="utf-8").splitlines():
        key, values = line.split("\t")
        if key != values.split(" ")[0] and all(cc.convert(ch) == ch for ch in key):
            expected.add(key)
    assert _context_phrases_file() == expected
