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
                    "PM10浓度分别同比下降12.4%、10.9%、8.6%。"])
    assert [(q, m.subject) for q, m in found.items()] == [
        ("12.4%", "苏州"), ("10.9%", "南京"), ("8.6%", "扬州")]
