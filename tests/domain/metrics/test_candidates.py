from pipelines.domain.metrics.candidate_pass import find_candidates
from tests.domain.metrics.support import only_candidate


def test_spaced_number_with_multiplier():
    quote, c = only_candidate("全年新建充电桩 6 万个。")
    assert quote == "6 万个"
    assert (c.value, c.unit_raw, c.unit, c.value_normalized) == (6, "万个", "个", 60000)


def test_currency_with_big_multiplier():
    _, c = only_candidate("营业收入达 1.35 万亿元")
    assert c.value == 1.35 and c.unit == "元" and c.value_normalized == 1.35e12
    assert c.qualifier == "reach" and c.qualifier_text == "达"


def test_qualifiers():
    assert only_candidate("推广新能源汽车10万辆以上")[1].qualifier == "at_least"
    assert only_candidate("失业率控制在5.5%以内")[1].qualifier == "at_most"
    assert only_candidate("常住人口超2100万")[1].qualifier == "over"
    assert only_candidate("年均增长超过50万人")[1].qualifier == "over"
    assert only_candidate("保有量突破49万辆")[1].qualifier == "break_through"
    assert only_candidate("涨幅3%左右")[1].qualifier == "about"
    assert only_candidate("机构30余家")[1].qualifier == "plus"
    assert only_candidate("接近20万人")[1].qualifier == "nearly"
    assert only_candidate("不低于85%")[1].qualifier == "at_least"
    quote, c = only_candidate("覆盖率达 90%以上，")
    assert quote == "达 90%以上" and c.qualifier == "at_least"


def test_traditional_script_units():
    _, c = only_candidate("新增就業23萬人以上")
    assert (c.unit, c.value_normalized, c.qualifier) == ("人", 230000, "at_least")
    _, c = only_candidate("提高3.5個百分點")
    assert c.unit == "百分点"
    _, c = only_candidate("新能源汽車保有量突破49萬輛")
    assert c.unit == "辆" and c.value_normalized == 490000


def test_letter_spaced_digits_need_a_unit():
    assert [(c.value, c.unit) for c in find_candidates("增长1 2.5 %，旅游收入1 3 0 0亿元")] == [
        (12.5, "%"), (1300, "元")]
    _, c = only_candidate("新建高标准农田3 5 . 6 万亩")
    assert c.value_normalized == 356000
    assert [c.value for c in find_candidates("2023 年 5 个项目")] == [5]
    assert [c.value for c in find_candidates("PM2.5 33微克/立方米")] == [33]


def test_per_unit_units_and_a_tenth():
    _, c = only_candidate("单位地区生产总值用水量控制在45吨/万元以内")
    assert (c.unit, c.value_normalized, c.qualifier) == ("吨/万元", 45, "at_most")
    _, c = only_candidate("人均地区生产总值达到8万元/人左右")
    assert (c.unit, c.value_normalized) == ("元/人", 80000)
    _, c = only_candidate("力爭國際旅客人次增長一成。")
    assert (c.value, c.unit) == (10, "%")
    assert find_candidates("一成不变") == []
