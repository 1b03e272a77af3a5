"""Round 16's blind misses on detection, units, subjects and names (h50-h52: a ministry's
monthly revenue release, an industry association's car sales release, a listed power company's
annual results), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2026, 3, 28)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


# units: a price per a prefixed unit (元/千千瓦时: its 千 is no numeral)


def test_a_price_per_thousand_kwh_keeps_its_denominator():
    found = _found(["集团平均售电价格为398.2元/千千瓦时，比上年上涨6.4元/千千瓦时。",
                    "工商业平均电价0.62元/千瓦时，燃煤基准价为380元/兆瓦时。"])
    assert [(q, m.unit, m.value) for q, m in found.items()] == [
        ("398.2元/千千瓦时", "元/千千瓦时", 398.2), ("6.4元/千千瓦时", "元/千千瓦时", 6.4),
        ("0.62元/千瓦时", "元/千瓦时", 0.62), ("380元/兆瓦时", "元/兆瓦时", 380)]


def test_a_retail_price_per_kilogram_keeps_its_denominator():
    found = _found(["全市猪肉平均零售价格为24.8元/千克，鸡蛋为10.2元/公斤。"])
    assert {q: m.unit for q, m in found.items()} == {"24.8元/千克": "元/千克",
                                                     "10.2元/公斤": "元/千克"}


# a range whose two ends both carry the unit is one range


def test_a_range_whose_ends_both_carry_the_unit_is_one_row():
    found = _found(["预计全年营业收入在120亿元至135亿元之间，新增产能3万吨-5万吨。",
                    "力争粮食单产提高2%至3%，单价约5000元至1万元。"])
    assert [(q, m.value, m.value_high, m.unit) for q, m in found.items()] == [
        ("120亿元至135亿元", 120, 135, "元"), ("3万吨-5万吨", 3, 5, "吨"),
        ("2%至3%", 2, 3, "%"), ("约5000元至1万元", 5000, 10000, "元")]


def test_a_move_from_one_amount_to_another_is_no_range():
    found = _found(["全市电商交易额从85亿元到120亿元，仅用了三年。"])
    assert [(q, m.value_high) for q, m in found.items()] == [("85亿元", None),
                                                             ("120亿元", None)]


# a company's text has no home: the 全国 it names is a subject


_COMPANY_TEXT = """华能新源：2025年净利润同比增长12.5%
2025年，公司完成上网电量1520.6亿千瓦时，同比增长3.8%。公司全年实现营业收入402.3亿元。
据国家能源局统计，2025年全国风电新增装机8800万千瓦，同比增长15.2%，公司风电装机增速高于全国平均水平。
"""


def test_a_company_text_naming_the_country_has_no_home():
    found = by_quote(analyse_document(_COMPANY_TEXT, published_on=_DOC).metrics)
    assert found["8800万千瓦"].subject == "全国"
    assert found["15.2%"].subject == "全国"
    assert found["1520.6亿千瓦时"].subject is None


# names: 占 inside a name (占用税, 占有率, 占地) makes no share


def test_a_name_with_zhan_of_its_own_is_no_share():
    found = _found(["耕地占用税860亿元，同比下降6.4%；契税2210亿元，同比增长3.3%。",
                    "本地品牌市场占有率为31.2%，比上年提高1.5个百分点。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("860亿元", "耕地占用税"), ("6.4%", "耕地占用税"), ("2210亿元", "契税"),
        ("3.3%", "契税"), ("31.2%", "本地品牌市场占有率"), ("1.5个百分点", "本地品牌市场占有率")]


def test_a_paired_word_with_its_measure_pairs_whole_words_of_the_owner_named_before():
    found = _found(["前三季度，全省钢材产销分别完成1520万吨和1498万吨，"
                    "产销量增速分别为4.2%和3.8%。"])
    assert [found[q].indicator for q in ("4.2%", "3.8%")] == ["钢材产量增速", "钢材销量增速"]
    found = _found(["前三季度，全省钢材产销量增速分别为4.2%和3.8%。"])
    assert [found[q].indicator for q in ("4.2%", "3.8%")] == ["钢材产量增速", "钢材销量增速"]


# a place inside a compound name (a brand's origin) is no scope, even the home's own


def test_a_brand_named_after_the_home_keeps_the_place():
    found = _found(["前三季度，中国品牌乘用车累计销售980.4万辆，同比增长15.6%。",
                    "德国品牌乘用车销售82.1万辆。"], home="全国")
    assert [(m.indicator, m.subject) for m in found.values()] == [
        ("中国品牌乘用车销售", None), ("中国品牌乘用车销售", None), ("德国品牌乘用车销售", None)]


# 扣除…后的: what an accounts' line item is defined without stays in its name; a condition of
# computing (价格因素, 食品和能源价格) does not, with or without 后


def test_an_accounts_line_item_keeps_what_it_leaves_out():
    found = _found(["公司实现扣除非经常性损益后的净利润12.8亿元，同比增长9.4%。",
                    "扣除食品和能源价格的核心CPI同比上涨0.6%。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("12.8亿元", "扣除非经常性损益后的净利润"), ("9.4%", "扣除非经常性损益后的净利润"),
        ("0.6%", "核心CPI")]


# plan, sum, expectation and quote words frame a figure; they name nothing


def test_frame_words_of_plans_sums_and_quotes_are_no_name():
    found = _found(["董事会拟向全体股东每10股派发现金红利1.60元（含税），"
                    "共计派发现金红利约6.2亿元。",
                    "预计公司2026年净利润有望达到120亿元。", "当日公司股价报12.35元。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("1.60元", "每10股派发现金红利"), ("约6.2亿元", "派发现金红利"),
        ("达到120亿元", "净利润"), ("12.35元", "股价")]


# the base a sum is worked out on (以…计算) is named before the number, not by the verb after


def test_the_base_a_sum_is_computed_on_is_named_before_it():
    found = _found(["以总股本36.5亿股计算，合计派发现金红利约5.1亿元。"])
    assert found["36.5亿股"].indicator == "总股本"


# a leading 在 + another place is the figure's scope: its subject, not part of its name


def test_in_another_place_is_the_scope_not_the_name():
    found = _found(["全年新增风电装机410万千瓦，其中在内蒙古新增风电装机156万千瓦。"],
                   home="成都市")
    assert (found["156万千瓦"].indicator, found["156万千瓦"].subject) == ("新增风电装机", "内蒙古")


# 完成 before output carried out stays in the name (as 完成投资, 完成产值)


def test_output_carried_out_keeps_its_wancheng():
    found = _found(["一季度，公司完成发电量512.3亿千瓦时，同比增长6.1%；公路完成货运量3.2亿吨。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("512.3亿千瓦时", "完成发电量"), ("6.1%", "完成发电量"), ("3.2亿吨", "公路货运量")]


# a ratio's colon is no clause mark: the second ratio of a 分别 list keeps its own item


def test_ratios_of_a_list_pair_with_their_items():
    found = _found(["全县普通高中、中职学校生师比分别为13.2:1和18.6:1。"])
    assert [(q, m.indicator) for q, m in found.items()] == [
        ("13.2:1", "普通高中生师比"), ("18.6:1", "中职学校生师比")]


# a gap below another figure (落后于) is cut from the name as 低于 is, and its place is the base


def test_a_gap_behind_another_figure_names_the_rate_and_no_subject():
    found = _found(["全年出口增速落后于全国2.1个百分点。"])
    assert (found["2.1个百分点"].indicator, found["2.1个百分点"].subject) == ("出口增速", None)


def test_a_clause_the_company_opens_is_its_own_not_the_place_before():
    found = by_quote(analyse_document(_COMPANY_TEXT.replace(
        "公司风电装机增速高于全国平均水平。", "公司风电装机增速高于全国平均水平2.3个百分点。"),
        published_on=_DOC).metrics)
    assert found["8800万千瓦"].subject == "全国"
    assert found["2.3个百分点"].subject is None


# 同期 (the same period just named) opening a name is a period word, as 同月 and 当月 are


def test_the_same_period_is_no_part_of_a_name():
    found = _found(["三季度失业率为3.9%，同期的就业不足人数为5.2万人。"])
    assert found["5.2万人"].indicator == "就业不足人数"


# 纳入监测的 / 纳入统计范围的: how a survey collected the figure, no part of its name


def test_the_scope_of_a_survey_is_no_part_of_a_name():
    found = _found(["全市纳入监测的A级旅游景区平均客房出租率为61.2%，",
                    "纳入统计范围的企业利润总额32.5亿元。"])
    assert [m.indicator for m in found.values()] == ["A级旅游景区平均客房出租率", "企业利润总额"]
