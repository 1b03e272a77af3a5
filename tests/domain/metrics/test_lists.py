"""lists.py: a 分别 list pairs its names with its numbers in order (A、B分别增长3%、5%)."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.lists import ListState, split_by_respectively
from pipelines.domain.metrics.period_spans import periods_of
from tests.domain.metrics.support import metrics, toks


def _pairs(text: str) -> dict[str, tuple]:
    """Each number's quote -> (its (indicator, place) or None, the quote of the list's first)."""
    cands = find_candidates(text)
    spans, words, state = periods_of(text, date(2024, 7, 10)), toks(text), ListState()
    out = {}
    for c in cands:
        item, _pos, first = split_by_respectively(text, c, cands, spans, words, state)
        out[text[c.start : c.end]] = (item, text[first.start : first.end] if first else None)
    return out


def test_names_and_numbers_pair_in_order_and_the_first_number_leads_the_list():
    found = _pairs("今年1—6月，工业和服务业分别增长10.4%和9.2%")
    assert found == {"10.4%": (("工业", None), "10.4%"), "9.2%": (("服务业", None), "10.4%")}


def test_respectively_is_located_and_absent_is_minus_one():
    text = "工业和服务业分别增长10.4%和9.2%"
    cands = find_candidates(text)
    found = split_by_respectively(text, cands[1], cands, [], toks(text), ListState())
    assert found[1] == text.index("分别")
    text = "工业增长10.4%"
    cands = find_candidates(text)
    assert split_by_respectively(text, cands[0], cands, [], toks(text), ListState()) == (
        None, -1, None)


def test_a_period_inside_the_list_is_no_part_of_its_names():
    found = _pairs("工业和服务业上半年分别增长10.4%和9.2%")
    assert [item for item, _ in found.values()] == [("工业", None), ("服务业", None)]


def test_the_last_items_head_is_shared_by_the_list():
    found = _pairs("第一产业、第二产业和第三产业增加值分别增长3.1%、4.5%和6.2%")
    assert [item for item, _ in found.values()] == [
        ("第一产业增加值", None), ("第二产业增加值", None), ("第三产业增加值", None)]


def test_one_name_with_two_values_is_split_by_the_lexicons_pairs():
    found = _pairs("城乡居民人均可支配收入分别增长4.5%和6.8%")
    assert [item for item, _ in found.values()] == [
        ("城镇居民人均可支配收入", None), ("农村居民人均可支配收入", None)]
    assert [item for item, _ in _pairs("进出口分别增长5%、7%").values()] == [
        ("进口", None), ("出口", None)]


def test_places_listed_are_the_subjects_and_the_words_after_them_the_indicator():
    found = _pairs("重庆、四川两地经济总量分别达到3万亿元、5.6万亿元")
    assert [item for item, _ in found.values()] == [("经济总量", "重庆"), ("经济总量", "四川")]
    found = _pairs("杭州、宁波分别增长8.3%、10.3%")
    assert [item for item, _ in found.values()] == [("", "杭州"), ("", "宁波")]


def test_an_indicator_starting_with_di_after_listed_places_keeps_it():
    found = _pairs("上半年，杭州、宁波地区生产总值分别增长8.3%、10.3%")
    assert [item for item, _ in found.values()] == [
        ("地区生产总值", "杭州"), ("地区生产总值", "宁波")]


def test_a_second_respectively_without_names_reuses_the_first_lists():
    found = _pairs("工业和服务业分别增长10.4%和9.2%，分别拉动经济增长2.1个百分点和3.5个百分点")
    assert found["2.1个百分点"][0] == ("工业", None)
    assert found["3.5个百分点"] == (("服务业", None), "2.1个百分点")


def test_a_share_that_names_itself_does_not_reuse_the_list():
    found = _pairs("工业和服务业分别增长10.4%和9.2%，占全市经济的比重分别为35.2%和60.1%")
    assert found["35.2%"][0] is None and found["60.1%"][0] is None


def test_no_pairing_without_respectively_or_when_the_counts_differ():
    assert all(item is None and first is None
               for item, first in _pairs("全市地区生产总值增长6%，工业增加值增长5%").values())
    assert _pairs("工业、服务业分别增长5%") == {"5%": (None, "5%")}


def test_through_the_extractor_each_number_gets_its_own_place_and_name():
    found = metrics(["重庆、四川两地经济总量分别达到3万亿元、5.6万亿元。"], home="成都市")
    assert [(m.indicator, m.subject, m.value) for m in found] == [
        ("经济总量", "重庆", 3.0), ("经济总量", "四川", 5.6)]


def test_items_ranked_after_de_shi_that_are_no_places_name_their_own_figures():
    # the measure ranked by is part of each name unless it only ranks or sizes the change
    found = _pairs("销量居前三位的是轿车、越野车和客车，分别为12.1万辆、8.3万辆和2.2万辆")
    assert [item for item, _ in found.values()] == [
        ("轿车销量", None), ("越野车销量", None), ("客车销量", None)]
    found = _pairs("1—10月降幅较大的是苹果、香蕉，分别下跌4.1%和3.2%")
    assert [item for item, _ in found.values()] == [("苹果", None), ("香蕉", None)]
    found = _pairs("从投诉类别看，排名前三的是物业服务、供水和燃气，分别为3200件、2100件和900件")
    assert [item for item, _ in found.values()] == [
        ("物业服务", None), ("供水", None), ("燃气", None)]


def test_a_second_list_with_only_a_base_keeps_the_items_and_no_item_is_cut_to_one_character():
    found = _pairs("草鱼、鲢鱼、鳙鱼平均价格分别为每公斤15元、8元和12元，"
                   "环比分别上涨1.2%、0.8%和2.1%")
    assert [found[q][0] for q in ("1.2%", "0.8%", "2.1%")] == [
        ("草鱼平均价格", None), ("鲢鱼平均价格", None), ("鳙鱼平均价格", None)]
    found = _pairs("草鱼、鲢鱼平均价格分别为每公斤15元、8元，批发量分别为120吨、95吨")
    assert [found[q][0] for q in ("120吨", "95吨")] == [("草鱼批发量", None), ("鲢鱼批发量", None)]


def test_a_share_of_the_items_sum_is_no_share_of_the_last_item():
    found = metrics(["排名前三的是物业服务、供水和燃气，分别为3200件、2100件和900件，"
                     "合计占投诉总量的61.5%。"], home="成都市")
    assert next(m.indicator for m in found if m.value == 61.5) == "占投诉总量"


def test_figures_listed_after_wei_are_no_ranked_items():
    found = _pairs("2024年1月及2月的平均气温分别为16.6度及17.3度，分别较常年低0.3度及高0.4度")
    assert found["0.3度"][0] is None and found["0.4度"][0] is None


def test_a_ranking_by_a_count_the_unit_says_adds_nothing_to_the_items_names():
    found = _pairs("投诉件数居前三位的类别依次为物业、供暖和燃气，分别为820件、610件和300件")
    assert [item for item, _ in found.values()] == [("物业", None), ("供暖", None), ("燃气", None)]
    found = _pairs("客运量排名前二的线路依次为1号线、2号线，分别完成1.2亿人次和0.9亿人次")
    assert [item for item, _ in found.values()] == [("1号线客运量", None), ("2号线客运量", None)]
