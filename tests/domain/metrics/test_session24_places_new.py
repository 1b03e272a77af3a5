"""Places and subjects of rounds 38-39's genres (session 24, helper P2): autonomous places, and
the place a record was measured at written after its figure or in brackets with its day."""

import polars as pl

from pipelines.domain.batches import with_place
from pipelines.domain.metrics.indicator import home_stem, is_home


def test_an_autonomous_place_is_written_without_its_peoples():
    # the short name the warehouse writes for the region, prefecture or county (places.txt,
    # provinces.yaml): the peoples named between its name and its level are no part of it
    assert home_stem("广西壮族自治区") == "广西"
    assert home_stem("宁夏回族自治区") == "宁夏"
    assert home_stem("新疆维吾尔自治区") == "新疆"
    assert home_stem("延边朝鲜族自治州") == "延边"
    assert home_stem("恩施土家族苗族自治州") == "恩施"
    assert home_stem("伊犁哈萨克自治州") == "伊犁"
    assert home_stem("长阳土家族自治县") == "长阳"


def test_an_autonomous_name_is_never_cut_below_two_characters():
    # 蒙古 closes 内蒙古 and 藏 西藏, but 内 and 西 alone name nothing; a one-character people
    # is cut only with its 族
    assert home_stem("内蒙古自治区") == "内蒙古"
    assert home_stem("西藏自治区") == "西藏"
    assert home_stem("澳门特别行政区") == "澳门"


def test_the_short_name_in_an_autonomous_region_text_is_its_home():
    # a 广西壮族自治区 release writes 广西 and 全区: both are the home, no subject
    assert is_home("广西", "广西壮族自治区")
    assert is_home("全区", "广西壮族自治区")
    assert not is_home("广东", "广西壮族自治区")


def test_an_autonomous_region_texts_figures_are_placed_under_its_short_name():
    metrics = pl.DataFrame({"doc_id": ["gx", "gx", "yb"], "subject": [None, "南宁", None]},
                           schema={"doc_id": pl.String, "subject": pl.String})
    placed = with_place(metrics, {"gx": "广西壮族自治区", "yb": "延边朝鲜族自治州"})
    assert placed["place"].to_list() == ["广西", "南宁", "延边"]
