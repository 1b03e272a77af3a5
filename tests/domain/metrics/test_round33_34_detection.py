"""Rounds 33 and 34's blind misses on detection, units and qualifiers (h101-h106: a railway's
holiday travel news, a customs office's duty-free sales, a Hong Kong written reply on public
housing, a renewables release), each a class of phrasing stated on short sentences written for
it."""

from datetime import date

from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 11, 20)


def _found(texts, doc=_DOC):
    return by_quote(metrics(texts, doc=doc))


def _units(texts):
    return {q: (m.unit, m.value_normalized, m.qualifier) for q, m in _found(texts).items()}


# years: a wait or a time taken, its level before and its change


def test_a_time_in_years_after_a_noun_of_time_is_read_with_its_base_and_change():
    assert _units(["截至9月底，一般申请者的平均轮候时间为5.5年，较去年同期的6.1年缩短0.6年；"
                   "长者申请者的平均轮候时间为3.8年。"]) == {
        "5.5年": ("年", 5.5, "none"), "6.1年": ("年", 6.1, "none"),
        "0.6年": ("年", -0.6, "none"), "3.8年": ("年", 3.8, "none")}
    assert _units(["目标是把平均等候时间缩短至约4.5年。"]) == {"约4.5年": ("年", 4.5, "about")}


def test_a_year_after_a_noun_of_time_or_a_comparison_stays_a_date():
    assert _found(["项目开工时间为2025年，平均轮候时间为5.5年，较2024年同期缩短。"]).keys() == {
        "5.5年"}
    assert not _found(["办理时间为3年前的规定，共用3年时间完成。"])


# days: the length of a period printed with its dates


def test_the_days_of_a_period_printed_with_its_dates_are_no_measurement():
    quotes = candidate_quotes("2025年春运（1月14日至2月22日，共40天）结束。"
                              "节前15天（1月14日至28日），发送旅客1.92亿人次；"
                              "假期8天（2月10日至17日）。")
    assert not {"40天", "15天", "8天"} & set(quotes)
    assert "45天" in candidate_quotes("审批时间由60天压缩至45天（不含节假日）。")


# counts: wagons loaded, provinces counted without 个


def test_wagons_are_counted_after_a_word_of_loading():
    assert _units(["日均装车17.8万车，其中电煤日均装车7.4万车。"]) == {
        "17.8万车": ("车", 1.78e5, "none"), "7.4万车": ("车", 7.4e4, "none")}
    assert not _found(["新增5车道，投放3车。"])


def test_provinces_counted_after_a_verb_with_a_bracket_of_divisions():
    assert _units(["全国已有5省（区）风电装机超过1亿千瓦。"])["5省"] == ("个", 5, "none")
    quotes = candidate_quotes("受灾较重的为广东、广西、湖南、四川，"
                              "4省（区）直接经济损失占全国的42.6%。")
    assert "4省" not in quotes


# qualifiers


def test_about_before_a_verb_of_having_bounds_the_figure():
    assert _units(["截至9月底，公屋申请约有133800宗。"]) == {
        "约有133800宗": ("宗", 133800, "about")}


# lists: places a ranking names in order, then their figures


def test_places_a_ranking_lists_with_a_bracketed_class_take_the_figures_in_order():
    found = _found(["1-10月，新增装机规模排名前三的省（区）为新疆、内蒙古、河北，"
                    "分别新增3869万千瓦、3512万千瓦、2306万千瓦。"])
    assert {q: (m.indicator, m.subject) for q, m in found.items()} == {
        "3869万千瓦": ("新增装机", "新疆"), "3512万千瓦": ("新增装机", "内蒙古"),
        "2306万千瓦": ("新增装机", "河北")}


def test_a_list_changed_from_the_same_time_last_year_keeps_the_items_names():
    found = _found(["新疆、甘肃风电利用率分别为93.5%、94.1%，"
                    "较上年同期分别提高0.6个和0.4个百分点。"])
    assert {q: (m.indicator, m.subject) for q, m in found.items()} == {
        "93.5%": ("风电利用率", "新疆"), "94.1%": ("风电利用率", "甘肃"),
        "0.6个": ("风电利用率", "新疆"), "0.4个百分点": ("风电利用率", "甘肃")}
