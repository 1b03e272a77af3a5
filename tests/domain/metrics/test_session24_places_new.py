"""Places and subjects of rounds 38-39's genres (session 24, helper P2): autonomous places, and
the place a record was measured at written after its figure or in brackets with its day."""

from datetime import date

import polars as pl
import rjieba

from pipelines.domain.analysis import analyse_document
from pipelines.domain.batches import with_place
from pipelines.domain.metrics.home import infer_home_place
from pipelines.domain.metrics.place_names import home_stem, is_home


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


def test_a_prefecture_named_as_a_province_keeps_its_zhou():
    # 青海's 海南藏族自治州 is written 海南州 (provinces.yaml): 海南 alone is the province
    assert home_stem("海南藏族自治州") == "海南州"
    assert home_stem("海西蒙古族藏族自治州") == "海西"


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


def test_a_region_named_in_full_and_bare_is_counted_once():
    # a region's release names itself in full once (its title) and bare after (宁夏外贸): one
    # place, more often named than the capital its figures name twice
    tagged = [rjieba.Jieba().tag(t) for t in (
        "宁夏回族自治区统计局发布前三季度经济运行情况",
        "全区地区生产总值增长5%，银川市增长6%，银川市工业增长7%，石嘴山市增长4%。宁夏外贸增长3%。")]
    assert infer_home_place(tagged) == "宁夏回族自治区"


def test_a_text_speaking_of_quanqu_that_opens_with_its_region_is_the_regions():
    # 全区 is the region's as 全省 is a province's, however often its capital is named; a
    # district's text (青秀区) opening with itself stays the district's
    jieba = rjieba.Jieba()
    region = [jieba.tag(t) for t in (
        "广西壮族自治区统计局", "全区经济运行平稳，全区工业增长5%，南宁市增长6%，"
        "南宁市工业增长7%，南宁市投资增长2%，柳州市增长2%。")]
    district = [jieba.tag(t) for t in (
        "青秀区统计局", "全区经济运行平稳，全区工业增长5%，南宁市增长6%，南宁市工业增长7%，"
        "青秀区投资增长2%，获广西壮族自治区表彰。")]
    assert infer_home_place(region) == "广西壮族自治区"
    assert infer_home_place(district) == "青秀区"


def _subjects(text: str, home: str) -> dict[str, str | None]:
    """quote -> subject of each figure of a short bulletin of ``home``."""
    found = analyse_document(f"{home}气象局发布汛期气候公报\n{text}\n",
                             published_on=date(2025, 10, 15)).metrics
    return {m.quote: m.subject for m in found}


def test_a_record_measured_where_the_clause_before_says_is_that_places():
    # …最大X出现在<place>，为N: the site named before 为 holds the record
    subjects = _subjects("全省过程最大降水量出现在邯郸市武安市，为412.6毫米。"
                         "全省最大积雪深度发生于张家口市康保县，为28厘米。", "河北省")
    assert subjects["412.6毫米"] == "武安"  # (a city bare, a county with its 县)
    assert subjects["28厘米"] == "康保县"


def test_a_record_with_its_day_and_site_in_brackets_is_the_sites():
    # the bracket right after the figure gives its day and where it was measured, either order
    subjects = _subjects("汛期全省共出现冰雹天气28站次，最大冰雹直径30毫米（6月12日，沧州市献县）；"
                         "日最低气温2.5℃（丰宁县，9月28日）。", "河北省")
    assert subjects["30毫米"] == "献县"
    assert subjects["2.5℃"] == "丰宁县"
    assert subjects["28站次"] is None


def test_a_bracket_that_names_no_site_gives_no_subject():
    # (6月24日, 全省平均): a day alone, or the home's own scope, is no site
    subjects = _subjects("全省平均气温24.8℃（6月24日，全省平均），日最高气温42.7℃（6月24日）。",
                         "河北省")
    assert subjects["24.8℃"] is None and subjects["42.7℃"] is None


def test_an_autonomous_region_or_prefecture_as_a_subject_is_written_short():
    # a national text naming 新疆维吾尔自治区 places its figure in 新疆, as its home would be
    # written and as 恩施州 is (a county keeps its level, autonomous too)
    found = analyse_document("国家统计局发布各地区数据\n全国粮食产量增长1.5%。新疆维吾尔自治区粮食"
                             "产量增长3.1%，恩施土家族苗族自治州粮食产量增长2.4%，长阳土家族自治县"
                             "粮食产量增长1.2%。我国粮食总产量再创新高。\n",
                             published_on=date(2025, 10, 15)).metrics
    subjects = {m.quote: m.subject for m in found}
    assert subjects == {"1.5%": None, "3.1%": "新疆", "2.4%": "恩施",
                        "1.2%": "长阳土家族自治县"}


def test_the_places_a_team_went_to_are_no_subject_however_many():
    # 赴 + a long list of cities: where the work went, not whose figures (its counts after
    # neither); was limited to 14 characters after 赴
    found = analyse_document("湖北省人大常委会调研报告\n全省民营经济稳中有进。调研组先后赴"
                             "武汉、宜昌、襄阳、荆州、黄冈、恩施6个市（州），走访企业58家，"
                             "召开座谈会12场。\n",
                             published_on=date(2025, 10, 15)).metrics
    subjects = {m.quote: m.subject for m in found}
    assert subjects == {"6个": None, "58家": None, "12场": None}


def test_korea_as_taiwans_press_writes_it_is_a_place():
    # 南韓 (Taiwan's and Hong Kong's name for South Korea) heads its figure in a comparison
    found = analyse_document("行政院主計總處新聞稿\n主要經濟體比較：同月日本失業率2.5%，南韓失業率"
                             "2.9%，我國失業率3.4%。\n", published_on=date(2025, 10, 15)).metrics
    subjects = {m.quote: m.subject for m in found}
    assert subjects["2.9%"] == "南韩"
