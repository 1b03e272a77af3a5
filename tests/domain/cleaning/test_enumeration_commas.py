"""、 read as a half-width comma between the items of an enumeration before 分别 (OCR, a PDF's
text layer: tests/support/DAMAGE.md, ocr_punctuation): put back where the figures after 分别
count the items; a clause's comma, and every full-width comma, stays."""

from __future__ import annotations

from pipelines.domain.cleaning.normalize import normalize_chars


def test_items_counted_by_the_figures_after_fenbie():
    raw = "其中,城镇,农村居民人均可支配收入分别增长4.5%,6.5%。"
    assert normalize_chars(raw) == "其中，城镇、农村居民人均可支配收入分别增长4.5%、6.5%。"


def test_the_last_item_joined_with_he():
    raw = "其他用品及服务,教育文化娱乐,衣着和医疗保健价格分别上涨6.9%,1.2%,0.9%和0.6%。"
    assert normalize_chars(raw) == (
        "其他用品及服务、教育文化娱乐、衣着和医疗保健价格分别上涨6.9%、1.2%、0.9%和0.6%。")


def test_clause_commas_stay():
    for raw in ("今年以来,工业和服务业增加值分别增长5.1%和6.2%。",  # one item and 和: two figures
                "全年,全市规模以上工业增加值增长较快,一产和二产分别增长3%和5%。",
                "城镇，农村居民人均可支配收入分别增长4.5%，6.5%。",  # full width: as written
                "全市,2024年实现地区生产总值分别为5%。",
                "今年1—9月,我国新能源汽车产销分别完成1124.3万辆和1122.8万辆。",  # (产销: two)
                "其中,北京、上海分别下降0.4%和0.1%。",  # (the 、 kept counts)
                # two readings: 外商及港澳台商投资企业 one item (three) or two (two)
                "国有控股企业,股份制企业,外商及港澳台商投资企业分别增长6.5%,10.1%和3.4%。"):
        out = normalize_chars(raw)
        assert out.count("、") == raw.count("、"), (raw, out)
