"""themes-10: the vocabulary of a procuratorate's or a court's work report, of a disaster and
climate bulletin and of an exchange's market statistics, through the real cleaning and
segmentation (sentences written for this test, not taken from the gold documents). Each test
fails on themes-9: a law-and-order report ranked 经济运行 first by its 同比 alone, a disaster's
collapsed houses counted as housing (民生福祉), a climate bulletin's rainfall and temperatures
and a market's value and turnover named no theme."""

from __future__ import annotations

import pytest

from tests.domain.themes.support import ranked_themes, terms_of


@pytest.mark.parametrize(
    "text",
    [
        # a procuratorate's figures: arrests, prosecutions, against last year
        "全市检察机关批准逮捕犯罪嫌疑人860人，提起公诉1520人，同比分别下降4.1%和2.3%。",
        # a court's figures: cases closed and enforced
        "全省法院审结一审刑事案件3200件，执结案件1.5万件，同比增长6.2%。",
        # telecom fraud and organised crime
        "严厉打击电信网络诈骗犯罪，常态化开展扫黑除恶斗争，同比上升3.5%。",
    ],
    ids=["procuratorate", "court", "fraud_and_gangs"],
)
def test_law_and_order_report_ranks_urban_governance_and_safety_first(text):
    ranked = ranked_themes(text)
    assert ranked and ranked[0] == "城市治理与安全", ranked


def test_wages_owed_are_wellbeing():
    text = "劳动保障监察部门督促用人单位支付拖欠工资，帮助劳动者追回欠薪。"
    assert "民生福祉" in ranked_themes(text)


def test_a_disasters_toll_is_safety_and_its_collapsed_houses_no_housing():
    text = ("汛期洪涝灾害造成受灾人口12.5万人次，紧急转移安置3.6万人次，倒塌房屋210间，"
            "直接经济损失4.2亿元。")
    ranked = ranked_themes(text)
    assert ranked[:1] == ["城市治理与安全"], ranked
    assert "民生福祉" not in ranked, ranked


def test_a_climate_bulletins_measurements_are_environment():
    text = "今年夏季全省平均气温较常年偏高1.2度，降水量偏少三成，日照时数偏多。"
    assert ranked_themes(text)[:1] == ["生态环境"]


def test_an_exchanges_market_value_and_turnover_are_the_economy():
    text = ("月末深市股票总市值较上月末下降，流通市值占比提高，"
            "当月股票成交金额和新增投资者开户数减少。")
    assert {"总市值", "流通市值", "成交金额", "投资者"} <= terms_of(text, "经济运行")


def test_an_epidemic_report_names_safety_and_the_pre_pandemic_baseline_does_not():
    report = "本月全市报告突发公共卫生事件2起，均为学校流感聚集性疫情，疫情均已得到有效处置。"
    assert "疫情" in terms_of(report, "城市治理与安全")
    assert "突发公共卫生事件" in terms_of(report, "城市治理与安全")
    recovery = "入境旅客恢复至疫情前2019年同期的八成，经济规模相当于疫情前的86%。"
    assert not terms_of(recovery, "城市治理与安全")


def test_hong_kong_and_macau_year_on_year_wording_is_the_economy():
    text = "本季度零售業總銷貨價值按年上升6.5%，按季下跌1.2%，按月則下跌2.1%。"
    assert {"按年", "按季", "按月"} <= terms_of(text, "经济运行")


def test_passengers_carried_are_transport_volumes_not_tourists():
    text = "春运期间全国铁路累计发送旅客4.8亿人次，民航旅客运输量增长，港口货物吞吐量保持稳定。"
    ranked = ranked_themes(text)
    assert ranked[:1] == ["经济运行"], ranked
    assert "文化旅游" not in ranked, ranked


def test_leisure_trips_are_tourism():
    assert ranked_themes("假期国内出游人次和入境游人数均创新高。")[:1] == ["文化旅游"]


def test_a_budgets_housing_programmes_are_wellbeing():
    text = "新增专项债券资金主要用于保障性安居工程和城镇棚户区改造。"
    assert {"保障性安居工程", "棚户区改造"} <= terms_of(text, "民生福祉")


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("劳动保障监察机构共查处欠薪案件120件。", "民生福祉"),
        ("博彩监察协调局公布本月幸运博彩毛收入。", "产业发展"),
    ],
    ids=["labour_inspection", "gaming_inspectorate"],
)
def test_an_inspectorates_name_is_no_party_discipline(text, theme):
    ranked = ranked_themes(text)
    assert theme in ranked and "党的建设" not in ranked, ranked


def test_the_grassroots_are_governance_and_their_clinics_health():
    governed = "把资源、服务下沉到基层，让社区工作者把精力用在群众身上，防止属地管理被滥用。"
    assert {"基层", "社区工作者", "属地管理"} <= terms_of(governed, "城市治理与安全")
    clinics = "全市基层医疗卫生机构诊疗人次增长，基层医疗服务能力提升。"
    ranked = ranked_themes(clinics)
    assert ranked[:1] == ["民生福祉"] and "城市治理与安全" not in ranked, ranked


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("新城A區第一批經濟房屋單位已完成抽籤。", "民生福祉", "经济房屋"),
        ("全年新增公共泊車位1850個。", "城市治理与安全", "泊车位"),
        ("輕軌延伸線已於今年通車。", "城市治理与安全", "轻轨"),
        ("横琴粤澳深度合作区建设取得新进展。", "区域协调", "横琴粤澳深度合作区"),
        ("四大重点产业增加值占本地生产总值的比重提升。", "产业发展", "重点产业"),
    ],
    ids=["economic_housing", "parking", "light_rail", "cooperation_zone", "key_industries"],
)
def test_a_policy_addresss_wording_names_its_theme(text, theme, term):
    assert term in terms_of(text, theme)


def test_industrial_bases_and_digital_upgrading_are_industry():
    text = "做大做强产业基地，推动规上企业完成数字化改造和智能化改造，建设数字化车间。"
    assert {"产业基地", "数字化改造", "智能化改造", "数字化车间"} <= terms_of(text, "产业发展")


def test_technology_contracts_turnover_is_innovation_not_the_stock_market():
    assert ranked_themes("全省技术合同成交额达到5000亿元。") == ["科技创新"]


def test_state_owned_enterprises_and_their_supervisor_are_reform():
    text = "国资委指导中央企业优化国有资本布局，推动央企专业化整合。"
    assert ranked_themes(text)[:1] == ["改革开放"]
