"""Round 22's kind misses (tests/gold/heldout/README.md, round 22), one class of phrasing per
test, on short sentences written in the genres' manner: a company's operating update, a civil
aviation monthly release."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

_NOV = date(2025, 11, 12)


def _kinds(*texts: str, doc: date = _NOV) -> dict[str, str]:
    return {q: m.kind for q, m in by_quote(metrics(texts, doc=doc, home=None)).items()}


def test_amounts_of_parcels_acquired_are_flows():
    kinds = _kinds("2025年9月，本集团于江苏省苏州市新增两幅住宅用地，总建筑面积约9.4万平方米，"
                   "总土地成本约人民币21.5亿元。",
                   "截至2025年9月30日，本集团土地储备总建筑面积约860万平方米。")
    assert kinds["约9.4万平方米"] == "actual"
    assert kinds["约860万平方米"] == "count_total"  # the land bank at a date stays a stock


def test_attributable_and_payable_are_accounting_terms_not_goals():
    kinds = _kinds("本集团应占权益为60%，应付土地出让金约人民币5.2亿元。")
    assert kinds["60%"] == "share"
    assert kinds["约人民币5.2亿元"] == "actual"
    assert _kinds("企业研发投入应占营业收入的5%以上。")["5%以上"] == "target"


def test_share_of_a_goal_reached_is_no_goal():
    kinds = _kinds("本集团全年销售目标为人民币200亿元，前九个月已完成全年目标的68.5%。")
    assert kinds["200亿元"] == "target"
    assert kinds["68.5%"] == "share"
    assert _kinds("力争完成全年目标的90%。")["90%"] == "target"


def test_counts_standing_at_a_date_are_stocks():
    kinds = _kinds("截至2025年9月30日，本集团土地储备分布于18个城市的62个项目。")
    assert kinds["18个"] == "count_total"
    assert kinds["62个"] == "count_total"


def test_sold_but_not_yet_booked_is_a_balance():
    kinds = _kinds("截至2025年9月30日，本集团已售未结转合约销售金额约人民币210.5亿元。")
    assert kinds["约人民币210.5亿元"] == "count_total"


def test_routes_newly_opened_and_their_part_are_flows():
    kinds = _kinds("9月，各航空公司新开国内航线28条，其中“一带一路”共建国家航线9条。")
    assert kinds["28条"] == "actual"
    assert kinds["9条"] == "actual"


def test_facilities_reporting_an_amount_are_counted_as_they_stand():
    kinds = _kinds("9月，全国238个运输机场完成货邮吞吐量168.2万吨，同比增长9.1%。")
    assert kinds["238个"] == "count_total"
    assert kinds["168.2万吨"] == "actual"
    assert _kinds("当日共有3只新股上市。")["3只"] == "actual"  # things that did something


def test_points_against_a_base_years_same_months_are_a_change():
    kinds = _kinds("其中，国内航线正班客座率为84.1%，较2019年同期低2.4个百分点。")
    assert kinds["2.4个百分点"] == "growth_rate"


def test_places_a_thing_reaches_are_its_spread():
    kinds = _kinds("本届毕业生来源覆盖全国29个省（自治区、直辖市），其中本省生源占比为41.2%。",
                   doc=date(2025, 12, 20))
    assert kinds["29个"] == "count_total"
    aid = _kinds("全年发放帮扶资金480万元，覆盖6个县。", doc=date(2025, 12, 20))
    assert aid["6个"] == "actual"  # what a year's aid reached


def test_visits_by_officials_are_flows():
    kinds = _kinds("学校领导走访用人单位98家，新建就业实习基地20个。", doc=date(2025, 12, 20))
    assert kinds["98家"] == "actual"


def test_people_in_a_state_at_a_date_are_counted_as_they_stand():
    kinds = _kinds("截至2025年8月31日，签约就业（含劳动合同）5120人，占58.3%。",
                   "截至2025年8月31日，入职世界500强企业的毕业生共1870人。",
                   "截至9月底，全市新增就业1.2万人。", doc=date(2025, 12, 20))
    assert kinds["5120人"] == "count_total"
    assert kinds["1870人"] == "count_total"
    assert kinds["1.2万人"] == "actual"  # those new in the months


def test_a_forecast_goes_on_past_a_semicolon_with_its_verb():
    kinds = _kinds("民航局预计全年完成旅客运输量7.6亿人次左右；完成货邮运输量930万吨以上。",
                   "今年前三季度完成投资120亿元；完成产值300亿元。")
    assert kinds["930万吨以上"] == "target"
    assert kinds["300亿元"] == "actual"


def test_a_forecast_goes_on_across_the_sentence_its_semicolon_ends():
    """预计全年完成…；完成…以上: the second task, cut into a sentence of its own at ；, opens with
    the verb the forecast gave: the same forecast (a verb after a full stop starts anew)."""
    kinds = _kinds("民航局预计全年完成旅客运输量7.6亿人次左右；", "完成货邮运输量930万吨以上。")
    assert kinds["930万吨以上"] == "target"
    kinds = _kinds("民航局预计全年完成旅客运输量7.6亿人次左右。", "1-10月完成货邮运输量780万吨。")
    assert kinds["780万吨"] == "actual"
