"""Rounds 36 and 37's blind misses on detection, units and signs (h110-h115: a customs release,
a round-up of the provinces' growth targets, a Malaysian paper's quarterly GDP, holiday
figures, a central bank's monthly statistics, an OCR-damaged work report), each a class of
phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.lists import ListState, split_by_respectively
from tests.domain.metrics.support import by_quote, cand, candidate_quotes, metrics, toks

_DOC = date(2025, 11, 14)


def _found(texts):
    return by_quote(metrics(texts, doc=_DOC, home=None))


def _units(text):
    return {text[c.start : c.end]: (c.unit, c.value_normalized) for c in
            (cand(text, q) for q in candidate_quotes(text))}


# the ringgit: its name after the number, its code before it


def test_amounts_in_ringgit_are_measured_in_ringgit():
    assert _units("第三季国内生产总值为5025亿令吉，最低薪金调高至每月1900令吉，共800马币。") == {
        "5025亿令吉": ("令吉", 5.025e11), "1900令吉": ("令吉", 1900), "800马币": ("令吉", 800)}


def test_a_currency_code_before_the_number_is_its_unit():
    assert _units("政府拨款RM150亿推行援助金，每月补贴RM300，另拨HKD 20亿元。") == {
        "150亿": ("令吉", 1.5e10), "300": ("令吉", 300), "20亿元": ("港元", 2e9)}


def test_letters_that_name_no_currency_still_mark_a_name():
    assert candidate_quotes("PM2.5平均浓度下降，G60科创走廊新增企业300家。") == ["300家"]


# exchange rates quoted against another currency without 汇率


def test_a_currency_quoted_against_another_after_bao_is_a_rate():
    quotes = candidate_quotes("马币兑新元则报3.2210，兑人民币报1.6950，美元兑日元收于154.32。")
    assert quotes == ["3.2210", "1.6950", "154.32"]
    assert cand("马币兑新元则报3.2210。", "3.2210").unit is None


def test_other_words_with_dui_quote_no_rate():
    assert candidate_quotes("到期兑付资金为3.5，兑换比例为") == []


# a group's count opening the name of its mean, a Latin word in the name


def test_a_count_of_provinces_naming_the_group_of_a_mean_is_no_figure():
    assert candidate_quotes("31个省份今年GDP增长目标的平均值为5.3%。") == ["5.3%"]
    assert "31个" in candidate_quotes("记者梳理发现，31个省份中，有26个省份的目标不低于5%。")


# declines: a slight fall of an index, a central bank's cut


def test_a_slight_fall_of_an_index_is_a_negative_change():
    found = _found(["富时大马综合指数今日收在1612.45点，全天微跌0.3%。"])
    assert (found["0.3%"].value, found["0.3%"].kind) == (-0.3, "growth_rate")


def test_a_rate_cut_in_basis_points_is_negative_and_a_hike_positive():
    found = _found(["该行自7月降息25个基点后按兵不动。", "美联储宣布加息50个基点。",
                    "人民银行宣布降准0.5个百分点。"])
    assert {q: (m.value, m.kind) for q, m in found.items()} == {
        "25个基点": (-25, "growth_rate"), "50个基点": (50, "growth_rate"),
        "0.5个百分点": (-0.5, "growth_rate")}


# places of a list: closing the clause before after 的, counted back by 两市


def test_places_closing_the_clause_before_after_de_pair_with_a_respectively_list():
    found = _found(["GDP总量排名前两位的广东、江苏，今年GDP增长目标分别为5%左右、5%以上。"])
    assert {q: (m.indicator, m.subject) for q, m in found.items()} == {
        "5%左右": ("GDP增长目标", "广东"), "5%以上": ("GDP增长目标", "江苏")}


def test_two_cities_counted_back_take_their_ranks_in_the_order_named():
    found = _found(["上海2024年地区生产总值为5.39万亿元，北京为4.98万亿元，"
                    "两市经济总量分列全国第10位和第13位。"])
    assert {q: (m.indicator, m.subject) for q, m in found.items() if q.startswith("第")} == {
        "第10位": ("经济总量", "上海"), "第13位": ("经济总量", "北京")}


def test_the_scope_of_a_ranking_is_no_ranked_place():
    text = "南通、南京分列全省第二、第三。"
    cands = find_candidates(text)
    paired = [split_by_respectively(text, c, cands, [], toks(text), ListState())[0]
              for c in cands]
    assert paired == [("", "南通"), ("", "南京")]


def test_a_malaysian_texts_bare_yuan_are_ringgit_as_a_hong_kong_texts_are_hong_kong_dollars():
    found = by_quote(metrics(["最低薪金调高至每月1700元，拨款人民币2亿元。"], doc=_DOC,
                             home="马来西亚"))
    assert {q: m.unit for q, m in found.items()} == {"1700元": "令吉", "2亿元": "元"}


def test_a_currencys_code_before_the_number_is_no_part_of_the_name():
    found = _found(["财政预算案拨款RM150亿推行援助金。", "投资额马币38亿元。"])
    assert {q: (m.indicator, m.unit) for q, m in found.items()} == {
        "150亿": ("财政预算案拨款", "令吉"), "38亿元": ("投资额", "令吉")}


def test_items_taking_ranks_in_the_clause_before_name_a_respectively_lists_figures():
    found = _found(["化妆品销售额158.6亿元；首饰、手表、箱包分列第二至四位，"
                    "销售额分别为41.2亿元、29.8亿元、21.5亿元。"])
    assert [m.indicator for q, m in found.items() if q != "158.6亿元"] == [
        "首饰销售额", "手表销售额", "箱包销售额"]
