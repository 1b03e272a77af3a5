import rjieba

from pipelines.domain.metrics.home import infer_home_place, place_words, settled_home
from pipelines.domain.metrics.place_names import is_home, is_place_token

_JIEBA = rjieba.Jieba()


def _home(*texts):
    return infer_home_place(_JIEBA.tag(t) for t in texts)


def test_most_named_place_with_its_level():
    assert _home("湖北省第十四届人民代表大会", "全省经济运行稳中有进，湖北外贸增长。") == "湖北省"
    assert _home("西安市统计局", "西安经济运行稳中有进，咸阳增长较快。") == "西安市"


def test_ties_go_to_the_first_named_and_tagger_noise_is_ignored():
    assert _home("重庆、四川两地", "重庆增长7.3%，四川增长6.8%。") == "重庆"
    assert _home("新建充电桩6万个，城镇新增就业23万人。") is None


def test_level_aliases_follow_the_home_level():
    assert is_home("全省", "湖北省") and not is_home("全省", "成都市")
    assert is_home("全省", None) and not is_home("全国", None)
    assert is_home("全港", "香港")


def test_bare_names_need_the_gazetteer():
    assert is_place_token("四川", "ns") and is_place_token("德阳市", "ns")
    assert not is_place_token("新建", "ns") and not is_place_token("城镇", "ns")


def test_place_words_keep_only_what_can_be_counted():
    texts = ["湖北省第十四届人民代表大会", "全省经济运行稳中有进，湖北外贸增长。",
             "成都市民和德阳市场"]
    for text in texts:
        tags = _JIEBA.tag(text)
        words = [w for w, _ in tags]
        picked = place_words(words)
        assert picked == [w for w in words if is_place_token(w)]
        kept = [(w, p) for w, p in tags if w in picked]
        assert infer_home_place([kept]) == infer_home_place([tags])
    assert place_words(["湖北省", "经济", "湖北省"]) == ["湖北省", "湖北省"]


def test_a_county_prefecture_or_banner_is_a_home():
    assert _home("攸县人民政府办公室关于印发《攸县推进乡村全面振兴实施方案》的通知",
                 "全县粮食播种面积稳定在60万亩以上。") == "攸县"
    assert _home("长阳土家族自治县2025年政府工作报告",
                 "全县地区生产总值增长6%。") == "长阳土家族自治县"
    assert _home("湘西土家族苗族自治州统计局", "全州经济运行稳中向好。") == "湘西土家族苗族自治州"
    assert _home("阿拉善盟2024年国民经济和社会发展统计公报") == "阿拉善盟"
    assert is_home("攸县", "攸县") and is_home("全县", "攸县")


def test_county_words_that_are_no_county_are_no_home():
    assert _home("全县粮食播种面积稳定，县城建设加快，各县、该县和市县两级合力推进。") is None
    assert not is_place_token("全县") and not is_place_token("该县")
    assert not is_place_token("五星红旗") and not is_place_token("产业联盟")


def test_a_one_character_county_keeps_its_level_as_its_place():
    """QA 8, finding 11: place 攸 (49 metrics) for 攸县; a stem of one character names nothing."""
    import polars as pl

    from pipelines.domain.batches import with_place
    from pipelines.domain.metrics.place_names import home_stem

    assert home_stem("攸县") == "攸县" and home_stem("沛县") == "沛县"
    assert home_stem("成都市") == "成都" and home_stem("湖北省") == "湖北"
    assert home_stem("澳门特别行政区") == "澳门"
    assert not is_home("攸河", "攸县")  # a word that only starts like the county is not it
    frame = pl.DataFrame({"doc_id": ["a", "b"], "subject": [None, None]},
                         schema={"doc_id": pl.String, "subject": pl.String})
    places = with_place(frame, {"a": "攸县", "b": "成都市"}).get_column("place").to_list()
    assert places == ["攸县", "成都"]


def test_a_text_speaking_of_its_own_level_is_at_that_level():
    """A city's report names its districts and county-level cities more often than itself; a
    district's yearbook names its city as often as itself: the level the text speaks of itself
    at (全市, 全区) picks the home among the places of that level (QA 11)."""
    assert _home("——2025年1月15日在嘉兴市第十届人民代表大会第五次会议上", "嘉兴市人民政府市长",
                 "全市地区生产总值增长6.1%。", "秀洲区新增企业120家，秀洲区工业增长8%。",
                 "平湖市、海宁市外贸增长，秀洲区投资增长。", "全市新增就业8万人。") == "嘉兴市"
    assert _home("《株洲市芦淞区年鉴（2024）》", "2023年，芦淞区全区规模以上工业企业达到186家。",
                 "增加值增长7.8%，高于全市平均水平0.9个百分点；株洲产业链完善。",
                 "芦淞区服饰产业实现产值156.3亿元，全区新增项目23个。") == "芦淞区"
    # a bare name says no level: a city named without 市 stays the home of a 全市 text
    assert _home("成都加快建设", "简阳市、简阳机场", "成都增长6%，全市新增就业。", "全市",
                 "简阳市") == "成都"


def test_the_kinds_of_place_an_addressee_line_names_are_no_home():
    # a State Council notice opens with its addressees (各省、自治区、直辖市人民政府): kinds of
    # place, not a place; its home is the country it speaks of
    opening = "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
    body = ("截至2024年末，全国60岁及以上老年人口达3.1亿人。我国老年人口规模最大，"
            "全国新建老年食堂1.8万个。")
    assert _home(opening, body) == "全国"
    for word in ("直辖市", "地级市", "县级市", "计划单列市", "省区市"):
        assert not is_place_token(word), word
    assert is_place_token("重庆市") and is_place_token("宁波市")


def test_a_government_named_as_one_word_names_its_place():
    # the segmenter's dictionary holds 浙江省人民政府 as one word: a provincial notice (title and
    # signature) that names two of its cities once each is still the province's
    title = "浙江省人民政府办公厅关于进一步促进消费扩容提质的若干意见"
    body = ("全省社会消费品零售总额突破3.5万亿元，全省网络零售额达到2.8万亿元。"
            "杭州、宁波两市分别达到1.2万亿元和3600亿元。")
    assert _home(title, body, "浙江省人民政府办公厅") == "浙江省"
    assert _home("成都市人民政府关于印发", "全市新建充电桩6万个。") == "成都市"


# -- a title that opens with its place, or a report delivered at its place's congress (QA 18) --


def test_a_title_or_a_congress_names_the_home_by_its_form():
    from pipelines.domain.metrics.home import home_from_title

    assert home_from_title("泓阳县2024年国民经济和社会发展统计公报\n\n") == "泓阳县"
    assert home_from_title("泓阳县上半年经济运行稳中向好\n发布时间：2025-07-22") == "泓阳县"
    assert home_from_title("政府工作报告\n——2024年1月10日在泓阳县第十七届人民代表大会第三次"
                           "会议上\n") == "泓阳县"
    assert home_from_title("2024年合肥市国民经济和社会发展统计公报") == "合肥市"


def test_no_home_from_a_title_without_a_place_of_one_level():
    from pipelines.domain.metrics.home import home_from_title

    assert home_from_title("全县2024年工作要点") is None  # an alias, no name
    assert home_from_title("国务院关于2024年度中央预算执行情况的报告") is None
    assert home_from_title("郑州市金水区2024年国民经济和社会发展统计公报") is None  # two levels
    assert home_from_title("") is None


def test_a_text_counting_minguo_years_is_taiwans_unless_its_home_is_a_taiwan_place():
    """Taiwan's national releases name their trade partners (美国) or their cities (台北市) more
    often than themselves: counting Minguo years (114年10月, 民国, 新台币), their home is 台湾; a
    city's or a county's own text keeps its place; a mainland text keeps its home."""
    trade = ["114年10月出口618.1亿美元，较上年同月增加", "对美国出口增加", "自美国进口"]
    assert settled_home("美国", trade) == "台湾"
    assert settled_home(None, trade) == "台湾"
    assert settled_home("全国", ["内政部今日公布114年10月人口统计资料"]) == "台湾"
    assert settled_home("台中市", ["台中市去年观光人次创新高", "民国113年"]) == "台中市"
    assert settled_home("屏东县", ["屏东县115年度总预算案"]) == "屏东县"
    assert settled_home("成都市", ["2025年10月，全市地区生产总值增长"]) == "成都市"
    assert settled_home(None, ["2025年10月出口增长"]) is None


def test_a_text_naming_the_country_is_placed_in_the_national_home():
    # national releases name the country 中国 (中国汽车工业协会, 中国采购经理指数): their place is
    # 全国, the place of every other national text, not a second name for it
    assert _home("2025年11月中国采购经理指数运行情况", "中国制造业采购经理指数为49.2%。") == "全国"
    assert _home("中国汽车产销分别完成327.9万辆和332.2万辆。", "中国新能源汽车出口增长。") == "全国"
    # a foreign text about its own country keeps it
    assert _home("新加坡贸工部公布，新加坡经济增长2.9%，新加坡对中国出口增长。") == "新加坡"


def test_a_national_text_naming_the_parts_own_provinces_stays_national():
    # 本省 said of each province (占本省总装机比重) among a national release's many 全国
    national = ["全国可再生能源装机增长。"] * 8
    assert _home(*national, "新疆装机居全国第一，新疆、青海占本省总装机比重较高。") == "全国"
    # a province's text says 全省 often, whatever its rankings' 居全国第N
    assert _home("全省经济增长，河南居全国第五。", "河南全省粮食增产，河南外贸增长。") == "河南省"


def test_a_national_text_comparing_many_places_none_dominant_is_the_countrys():
    # the top cities' GDP compared, each city with its figures: the place named most (上海) is one
    # of the parts, not the text's home
    text = ("前三季度全国GDP增长5.2%。上海GDP增长5.5%，上海居首，上海消费回升；"
            "北京增长5.3%，深圳增长5.1%，深圳居第三；重庆增长5.4%，广州增长4.1%，苏州增长5.6%，"
            "成都增长5.7%，杭州增长5.6%。我国万亿城市增至29座。")
    assert _home(text) == "全国"
    # a city's own text naming its neighbours keeps its home
    assert _home("成都经济增长，成都消费回升，成都外贸增长，",
                 "德阳、绵阳、眉山、资阳、遂宁协同发展，全国领先。") == "成都"


def test_a_title_opening_with_a_place_and_its_part_names_the_part():
    from pipelines.domain.metrics.home import home_from_title

    page = "成都市双流区第一人民医院门诊综合楼装修改造工程中标结果公告\n发布时间：2025年9月12日"
    assert home_from_title(page) == "双流区"
    assert home_from_title("四川省成都市第一人民医院公告\n正文") == "成都市"
    # only in the title line: a body line naming a city and its district is no title
    assert home_from_title("湖北省2024年政府工作报告\n湖北省武汉市东湖高新区…") == "湖北省"
    assert home_from_title("成都市城市管理委员会关于…的通知") is None


def test_a_provinces_text_is_placed_by_its_cities_too():
    # 全省 said, 海口 and 三亚 named often, 海南 and 广东 once each: 海南, whose cities they are
    assert _home("海口海关监管离岛免税购物金额增长，广东游客增多。", "海南离岛免税政策实施以来，",
                 "全省离岛免税店销售额增长，全省购物人次增长。",
                 "三亚、海口两地销售额增长，海口增长最快。") == "海南省"
    # a province never named but its cities: 全省 makes it the province's
    assert _home("全省经济运行稳中有进。", "郑州增长6.1%，洛阳增长5.2%，全省外贸增长。") == "河南省"
