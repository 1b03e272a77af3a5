"""Round 17's blind misses on lists, units, subjects and names (h53-h55: a provincial air quality
ranking, a national monthly release on the economy, a province's business-environment plan),
each a class of phrasing stated on short sentences written for it."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2025, 11, 20)


def _found(texts, doc=_DOC):
    return by_quote(metrics(texts, doc=doc))


# lists: the unit written once after the last item of a 分别 list is every item's


def test_a_unit_closing_a_respectively_list_is_each_items():
    found = _found(["徐州、宿迁、淮安的PM10浓度分别为58、55、51微克/立方米。",
                    "两市常住人口分别为3.2、5.1万人。"])
    assert [(q, m.value, m.unit, m.value_normalized) for q, m in found.items()] == [
        ("58", 58, "微克/立方米", 58), ("55", 55, "微克/立方米", 55),
        ("51微克/立方米", 51, "微克/立方米", 51), ("3.2", 3.2, "人", 32000),
        ("5.1万人", 5.1, "人", 51000)]


def test_bare_numbers_without_respectively_are_not_given_a_unit():
    found = _found(["2024、2025年全省新建5G基站1.2万个。", "编号3、4号机组发电量12亿千瓦时。"])
    assert "2024" not in found and "3" not in found


def test_the_rate_word_before_a_list_names_the_figures_before_it():
    found = _found(["1-10月，高端装备制造业增加值同比增长9.6%，数字产品制造业增加值增长11.3%，"
                    "增速分别快于全部规模以上工业3.5和5.2个百分点。"])
    assert [(q, m.indicator) for q, m in found.items() if "百分点" in m.unit] == [
        ("3.5", "高端装备制造业增加值增速"), ("5.2个百分点", "数字产品制造业增加值增速")]


# subjects: the places the clause before a 分别 clause lists are its numbers' subjects


def test_places_listed_after_yici_shi_are_the_subjects_of_the_list_after():
    found = _found(["9月份排名后三位的城市依次是徐州、宿迁、淮安，"
                    "PM10浓度分别为58、55、51微克/立方米。"])
    assert [(q, m.subject, m.indicator) for q, m in found.items()] == [
        ("58", "徐州", "PM10浓度"), ("55", "宿迁", "PM10浓度"),
        ("51微克/立方米", "淮安", "PM10浓度")]


def test_places_opening_the_clause_before_are_the_subjects_of_the_list_after():
    found = _found(["从同比改善幅度看，苏州、南京、扬州改善幅度位列前三，"
                    "PM10浓度分别同比下降12.4%、10.9%、8.6%。",
                    "盐城、南通和连云港改善幅度居后，PM10浓度分别同比上升2.1%、1.5%、0.8%。"])
    assert [(q, m.subject) for q, m in found.items()] == [
        ("12.4%", "苏州"), ("10.9%", "南京"), ("8.6%", "扬州"),
        ("2.1%", "盐城"), ("1.5%", "南通"), ("0.8%", "连云港")]


# units: a rate per area and month, days summed over cities, days a procedure is cut to


def test_dust_fall_per_square_kilometre_and_month_is_one_unit():
    found = _found(["9月份，全市平均降尘量为3.1吨/平方千米·月，同比上升0.4吨/平方千米·月。",
                    "城区常住人口密度为820人/平方千米。"])
    assert [(q, m.unit, m.indicator) for q, m in found.items()] == [
        ("3.1吨/平方千米·月", "吨/平方千米·月", "平均降尘量"),
        ("0.4吨/平方千米·月", "吨/平方千米·月", "平均降尘量"),
        ("820人/平方千米", "人/平方公里", "城区常住人口密度")]


def test_the_qian_of_a_unit_is_no_numeral():
    found = _found(["每平方千米布设监测点位2个，每立方千米水体采样1次。"])
    assert "千米" not in found and all(m.value != 1000 for m in found.values())


def test_city_days_are_one_unit_counted_as_they_occur():
    found = _found(["9月份，全市共出现轻度污染12个城市日，中度污染3个城市日。"])
    assert [(q, m.unit, m.kind) for q, m in found.items()] == [
        ("12个城市日", "城市日", "actual"), ("3个城市日", "城市日", "actual")]
    assert found["12个城市日"].indicator == "出现轻度污染"


def test_days_a_procedure_is_cut_to_or_from_are_a_time():
    found = _found(["企业开办审批时限由15日压缩至5日，行政复议办结时间缩短至40日以内。",
                    "本办法自2025年3月20日起施行，由各市于10日前报送。"])
    assert [(q, m.value, m.unit, m.qualifier) for q, m in found.items()] == [
        ("15日", 15, "天", "none"), ("5日", 5, "天", "none"), ("40日以内", 40, "天", "at_most")]


def test_the_place_before_a_superlative_is_the_subject_of_the_figure_after_wei():
    found = _found(["二氧化氮方面，常州浓度最高，为31微克/立方米；盐城最低，为15微克/立方米。"])
    assert [(q, m.subject) for q, m in found.items()] == [
        ("31微克/立方米", "常州"), ("15微克/立方米", "盐城")]


# kinds: a provision a company makes in its year (计提) is a flow


def test_a_provision_made_in_the_year_is_a_flow():
    found = _found(["报告期内，集团计提资产减值准备3.4亿元，计提信用减值损失0.8亿元。",
                    "截至2024年末，住房公积金累计提取总额520亿元。"])
    assert [(q, m.kind) for q, m in found.items()] == [
        ("3.4亿元", "actual"), ("0.8亿元", "actual"), ("520亿元", "count_total")]


# names: a group of places named with its count (31个大城市) is part of a measure's name


def test_a_group_named_with_its_count_is_no_count():
    found = _found(["9月份，70个大中城市新建商品住宅销售价格环比下降0.3%。",
                    "全国36个大城市城镇调查失业率为5.2%。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("0.3%", "70个大中城市新建商品住宅销售价格"), ("5.2%", "36个大城市城镇调查失业率")]


def test_places_counted_by_a_verb_stay_a_count():
    found = _found(["全国有28个省份城镇调查失业率低于5%。"])
    assert found["28个"].kind == "count_total"


def test_the_verb_that_widens_a_list_to_a_level_names_nothing():
    found = _found(["到2026年，“一件事一次办”事项清单拓展至30项，跨境服务品类扩展至120项。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("30项", "一件事一次办事项清单"), ("120项", "跨境服务品类")]


def test_the_base_of_a_level_set_as_its_share_names_nothing():
    found = _found(["到2026年底，投标保证金缴纳比例降至项目估算价的0.5%，"
                    "企业职工培训经费提取比例提高至工资总额的2.5%。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("0.5%", "投标保证金缴纳比例"), ("2.5%", "企业职工培训经费提取比例")]


def test_a_quoted_name_after_a_count_is_taken_whole():
    found = _found(["2025年，全面推行10个“一类事一站办”主题事项，新建5个“口袋公园”示范点。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("10个", "推行一类事一站办主题事项"), ("5个", "新建口袋公园示范点")]


def test_the_state_a_rate_turned_from_names_nothing():
    found = _found(["9月份，全国工业生产者购进价格同比下降3.0%，环比由上月下降转为上涨0.2%。",
                    "10月份，全省居民消费价格同比由上月持平转为上涨0.3%。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("3.0%", "工业生产者购进价格"), ("0.2%", "工业生产者购进价格"), ("0.3%", "居民消费价格")]


def test_a_clause_naming_only_its_thing_is_counted_under_the_verb_before():
    found = _found(["9月份，全市共发生轻度污染5个城市日，中度污染1个城市日。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("5个城市日", "发生轻度污染"), ("1个城市日", "发生中度污染")]


def test_a_superlative_clause_names_the_figure_after_wei():
    found = _found(["臭氧方面，连云港浓度最低，为118微克/立方米；苏州最高，为142微克/立方米。",
                    "各设区市中，苏州地区生产总值最高，为2.1万亿元。"])
    assert [(q, m.indicator, m.subject) for q, m in found.items()] == [
        ("118微克/立方米", "臭氧浓度", "连云港"), ("142微克/立方米", "臭氧浓度", "苏州"),
        ("2.1万亿元", "地区生产总值", "苏州")]


def test_members_of_a_group_counted_before_are_named_by_their_state_and_the_group():
    found = _found(["全省13个设区市中有9个达到国家二级标准。",
                    "41个工业行业大类中有27个行业增加值同比增长。"])
    assert found["9个"].indicator == "达到国家二级标准的设区市"
    assert found["27个"].indicator == "增加值同比增长的工业行业大类"


def test_who_a_measure_is_for_is_no_part_of_its_name():
    found = _found(["全年为市场主体新增减税降费及退税缓费超过260亿元。",
                    "为主导产业配套的企业达到120家。",
                    "全年为0-6岁儿童提供健康管理服务12.6万人。"])
    assert found["超过260亿元"].indicator == "新增减税降费及退税缓费"
    assert found["12.6万人"].indicator == "提供健康管理服务"
    assert found["达到120家"].indicator.startswith("为主导产业")
