"""Rounds 31 and 32's blind misses on detection, numbers, units and subjects (h95-h100: a
reserve assets release, Taiwan's monthly population statistics, a metro's ridership news, a
province's civil affairs bulletin, online sales news, vehicles and drivers), each a class of
phrasing stated on short sentences written for it."""

from datetime import date

from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 11, 20)


def _found(texts, doc=_DOC):
    return by_quote(metrics(texts, doc=doc))


def _units(texts):
    return {q: (m.unit, m.value_normalized) for q, m in _found(texts).items()}


# units: rides and trains run, an ounce of gold, the SDR, bodies, models and orders


def test_rides_and_trains_run_are_units_of_their_own():
    assert _units(["10月，全线网累计运送乘客2.86亿乘次，节日期间加开列车196列次。"]) == {
        "2.86亿乘次": ("乘次", 2.86e8), "196列次": ("列次", 196)}


def test_gold_in_ounces_and_a_reserve_in_sdr_are_measured():
    assert _units(["9月末黄金储备为6850万盎司，官方储备资产为25430.18亿SDR。"]) == {
        "6850万盎司": ("盎司", 6.85e7), "25430.18亿SDR": ("SDR", 2.543018e12)}


def test_bodies_models_and_orders_are_counted_with_no_word_after_them():
    assert _units(["全年火化遗体42.6万具，企业发布新品1.5万款，即时零售订单2.3亿单。"]) == {
        "42.6万具": ("具", 4.26e5), "1.5万款": ("款", 1.5e4), "2.3亿单": ("单", 2.3e8)}
    assert "3" not in candidate_quotes("依照第3款规定，辖区共3单元。")


def test_an_allowance_per_head_and_month_or_year_or_visit_keeps_its_whole_rate():
    assert _units(["城市低保平均标准达到815元/人·月，农村特困供养标准7200元/人·年，"
                   "临时救助水平1250元/人次。"]) == {
        "达到815元/人·月": ("元/人·月", 815), "7200元/人·年": ("元/人·年", 7200),
        "1250元/人次": ("元/人次", 1250)}


def test_one_unit_equal_to_another_is_a_conversions_base():
    quotes = candidate_quotes("1SDR=1.3605美元，1盎司约合31.1035克，1吨约等于3.2万盎司。")
    assert "1.3605美元" in quotes and not {"1SDR", "1盎司", "1吨"} & set(quotes)


# numbers: Taiwan's 萬-grouped digits, per mille written out, a note naming its unit


def test_a_number_grouped_by_wan_and_by_thousands_is_one_amount():
    assert _units(["截至9月底，全國總人口為2,334萬1,024人，總戶數為928萬7,506戶，"
                   "較上年同期減少7萬9,112人。"]) == {
        "2,334萬1,024人": ("人", 23341024), "928萬7,506戶": ("户", 9287506),
        "7萬9,112人": ("人", 79112)}


def test_a_rate_per_thousand_written_out_is_in_per_mille_and_a_unit_note_no_figure():
    found = _found(["9月粗結婚率為千分之4.87，粗離婚率為千分之2.05。",
                    "注：粗出生率及粗死亡率均為年率，單位為千分之一（‰）。"])
    assert [(q, m.value, m.unit, m.unit_raw) for q, m in found.items()] == [
        ("千分之4.87", 4.87, "‰", "千分之"), ("千分之2.05", 2.05, "‰", "千分之")]


# detection: a count named before a link word, a deed a light verb takes


def test_a_count_in_pairs_named_before_its_link_word_is_read():
    # (Taiwan's text as cleaning gives it: in Simplified)
    found = _found(["9月结婚对数为9,746对，离婚对数为4,102对。"])
    assert [(q, m.value_normalized, m.unit) for q, m in found.items()] == [
        ("9,746对", 9746, "对"), ("4,102对", 4102, "对")]


def test_a_count_of_a_deed_taken_by_a_light_verb_is_read():
    found = _found(["全年依法办理离婚登记13.6万对，开展抽检1260批。"])
    assert [(q, m.unit) for q, m in found.items()] == [("13.6万对", "对"), ("1260批", "批")]


def test_a_sex_ratio_with_no_unit_is_read():
    found = _found(["9月出生婴儿性比例为107.1；性比例为97.31（每百名女性对应之男性人数）。"])
    assert [(q, m.value, m.unit) for q, m in found.items()] == [
        ("107.1", 107.1, None), ("97.31", 97.31, None)]


def test_a_count_after_an_aside_on_its_name_is_read():
    found = _found(["今年以来新开通线路（段）4条，新增运营里程52.3公里。"])
    assert [(q, m.unit) for q, m in found.items()] == [("4条", "条"), ("52.3公里", "公里")]


def test_a_phase_of_a_line_or_works_is_no_count():
    assert candidate_quotes("年内还将开通6号线三期、12号线二期等线路，机场二期工程加快建设。") == []
    assert candidate_quotes("全年举办业务培训126期。") == ["126期"]


# subjects: a national release naming its cities, a market index's scope


def test_a_national_release_naming_several_cities_of_one_level_is_the_countrys():
    texts = ["截至9月底，全国总人口为2,334万1,024人，六都人口占全国总人口69.7%。",
             "其中新北市401.5万人最多，其次为台中市286.1万人、高雄市272.9万人、台北市247.3万人、"
             "桃园市234.2万人。",
             "与上月比较，以台北市减少1,985人最多。"]
    found = by_quote(metrics(texts, doc=_DOC, home=None))
    assert found["2,334万1,024人"].subject is None
    assert found["247.3万人"].subject == "台北" and found["1,985人"].subject == "台北"


def test_a_market_index_named_after_the_world_has_no_subject():
    found = _found(["10月全球主要债券指数下跌0.8%，全球经济增长3.1%。"])
    assert found["0.8%"].subject is None and found["3.1%"].subject == "全球"


def test_places_leading_a_clause_before_a_respectively_list_pair_with_its_figures():
    found = _found(["三明、龙岩增速领先，分别增长21.3%和18.6%。"])
    assert [(q, m.subject) for q, m in found.items()] == [("21.3%", "三明"), ("18.6%", "龙岩")]


def test_a_sum_after_a_list_of_places_is_no_one_places():
    found = _found(["漳州、莆田、南平分别为86.2亿元、71.5亿元和63.4亿元，合计占全省的22.6%。"])
    assert found["63.4亿元"].subject == "南平" and found["22.6%"].subject is None
    alone = _found(["德阳市一产112亿元，二产260亿元，合计372亿元。"])
    assert alone["372亿元"].subject == "德阳"


def test_divisions_of_a_level_are_no_place():
    found = by_quote(metrics(["年末全省共有县级行政区183个，乡级行政区3101个。"], doc=_DOC,
                             home="四川省"))
    assert [m.subject for m in found.values()] == [None, None]
    assert by_quote(metrics(["香港特别行政区本地生产总值增长3.1%。"], doc=_DOC,
                            home="成都市"))["3.1%"].subject == "香港特别行政区"


def test_items_not_places_ranked_before_a_respectively_list_name_their_figures():
    found = _found(["9月2号线、3号线、14号线日均客运量位居线网前三，分别为148.6万乘次、"
                    "131.2万乘次和109.7万乘次。",
                    "家居家装、母婴用品增速较快，分别增长28.4%和25.1%。"])
    assert [(q, m.indicator, m.subject) for q, m in found.items()] == [
        ("148.6万乘次", "2号线日均客运量", None), ("131.2万乘次", "3号线日均客运量", None),
        ("109.7万乘次", "14号线日均客运量", None), ("28.4%", "家居家装", None),
        ("25.1%", "母婴用品", None)]


def test_items_ranked_by_a_measure_their_rank_names_take_it():
    found = _found(["家用电器、服装鞋帽、数码产品位居全省网络零售额前三，分别实现网络零售额"
                    "142.1亿元、130.6亿元和98.2亿元。"])
    assert [m.indicator for m in found.values()] == [
        "家用电器网络零售额", "服装鞋帽网络零售额", "数码产品网络零售额"]
