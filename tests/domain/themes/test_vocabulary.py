"""The taxonomy's vocabulary on the wordings of budget reports, statistics releases, rural plans
and Traditional-script texts, through the real cleaning and segmentation (sentences written for
this test, not taken from the gold documents)."""

from __future__ import annotations

import pytest

from pipelines.domain import themes

try:
    from pipelines.domain.cleaning import clean_document
    from pipelines.domain.segmentation import default_segmenter
except ImportError:  # pragma: no cover - the stages are part of the package
    clean_document = default_segmenter = None

pytestmark = pytest.mark.skipif(clean_document is None, reason="cleaning/segmentation missing")


def _themes(text: str) -> list[str]:
    """Themes of ``text`` as one document, best first (one ranking by score: a sub-theme after
    its parent, among the top-level themes)."""
    sentences = clean_document(text).sentences
    hits = themes.score_sentences(default_segmenter().tokenize(sentences))
    return [d.theme for d in themes.document_themes(hits, len(sentences))]


@pytest.mark.parametrize(
    ("text", "top", "sub_theme"),
    [
        # budget report: 收入 of a budget line is not household income (民生福祉)
        ("全县一般公共预算收入完成45.6亿元，其中税收收入31.2亿元，非税收入下降。",
         "经济运行", "经济运行/财政"),
        ("争取新增专项债券额度，加强政府债券资金管理，落实减税降费政策。",
         "经济运行", "经济运行/财政"),
        # statistics release: indicator names that are one token
        ("1-9月，规模以上工业增加值同比增长6.0%，网上零售额增长9.1%。", "经济运行", None),
        # Taiwan: 经济成长率, 国内生产毛额, 人工智慧
        ("本季經濟成長率上修，國內生產毛額實質成長3.1%，民間消費成長2%。", "经济运行", None),
        ("人工智慧相關應用需求強勁。", "科技创新", "科技创新/人工智能"),
        # Hong Kong / Macau housing and elderly care
        ("政府將增建公營房屋，並加強安老服務和長者醫療。", "民生福祉", None),
        ("推进乡村全面振兴，建设美丽乡村，发展农产品加工和休闲农业。",
         "区域协调", "区域协调/乡村振兴"),
        ("全市进出口总额增长5%，其中出口增长8%，货物贸易顺差扩大。",
         "改革开放", "改革开放/外贸外资"),
        # themes-3: a health bulletin, holiday tourism news, a manufacturing support policy
        ("年末全县医疗卫生机构床位4200张，执业医师1800人，孕产妇死亡率下降。", "民生福祉", None),
        ("假期全省接待游客增长，星级饭店客房入住率提高，电影票房创新高。", "文化旅游", None),
        ("企业实施技术改造，首台套装备推广应用，新建标准厂房20万平方米。", "产业发展", None),
    ],
)
def test_wordings_of_other_document_types_name_their_theme(text, top, sub_theme):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    if sub_theme:
        assert sub_theme in ranked, ranked


def test_budget_revenue_is_not_household_income():
    ranked = _themes("全县一般公共预算收入完成45.6亿元，其中税收收入31.2亿元，非税收入下降。")
    assert "民生福祉" not in ranked, ranked


# -- QA 9, finding 17: notices, trade-in subsidies, industry and company reports -------------
# (sentences written for this test, in the manner of those documents)


@pytest.mark.parametrize(
    ("text", "top", "sub_theme"),
    [
        # a fireworks ban: public safety and its enforcement (had no theme at all)
        ("春节期间全域禁止燃放烟花爆竹，违者处以罚款。", "城市治理与安全", None),
        # a trade-in subsidy notice is consumption policy, not the car industry
        ("实施汽车以旧换新补贴，报废旧车并购买新车的，每辆补贴1万元，激发汽车消费潜力。",
         "经济运行", None),
        # a photovoltaic report: the low-carbon energy (双碳) and its manufacturing chain
        ("上半年新增光伏装机容量增长，风电和光伏发电量占比提高。", "生态环境", "生态环境/双碳"),
        ("多晶硅、硅片和电池片产量下降。", "产业发展", None),
        # a gigabit network is digital infrastructure (it took 人工智能 from a heading)
        ("千兆光网覆盖全部乡镇，千兆宽带用户增加。", "产业发展", "产业发展/数字经济"),
    ],
)
def test_wordings_of_notices_and_industry_reports_name_their_theme(text, top, sub_theme):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    if sub_theme:
        assert sub_theme in ranked, ranked


@pytest.mark.parametrize(
    ("text", "not_a_theme"),
    [
        # a new-energy passenger car's market share is not the environment (新能源 alone was)
        ("公司在新能源乘用车市场的占有率为3.6%。", "生态环境"),
        # 数据 of a statistics note is figures, not the data economy
        ("以上数据为初步统计。", "产业发展/数字经济"),
        # 带动 (to drive sales) is no regional coordination
        ("全年预计带动新车销售10万辆。", "区域协调"),
    ],
)
def test_generic_words_do_not_make_a_theme(text, not_a_theme):
    assert not_a_theme not in _themes(text)


# -- financial statistics, price releases and grain reports (held-out h22-h24's kinds) --------
@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("新发放个人住房贷款加权平均利率为3.1%，与上月持平。", "经济运行"),
        ("食品价格下降1.8%，服务价格上涨1.0%，价格总水平基本稳定。", "经济运行"),
        ("夏粮和秋粮双增，小麦、玉米单产提高，能繁母猪存栏稳定。", "区域协调"),
    ],
)
def test_wordings_of_finance_price_and_grain_reports_name_their_theme(text, top):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked


@pytest.mark.parametrize(
    ("text", "top", "sub_theme"),
    [
        # QA round 15, Hong Kong and Taiwan wording: the property market (樓市, 樓價), interest
        # rate moves (減息, 加息) and Hong Kong's taxes (薪俸稅, 利得稅, 差餉) named no theme
        ("本港樓市仍然疲弱，住宅售價首十個月累計下跌約7%。", "经济运行", None),
        ("樓價回落，市民置業意欲轉弱。", "经济运行", None),
        ("美國減息步伐放慢，本港銀行暫不加息。", "经济运行", None),
        ("寬減百分之百的薪俸稅和個人入息課稅，上限為3,000元。", "经济运行", "经济运行/财政"),
        ("寬減利得稅及差餉，支援中小企。", "经济运行", "经济运行/财政"),
    ],
)
def test_hong_kong_and_taiwan_wordings_of_markets_and_taxes_name_their_theme(text, top,
                                                                              sub_theme):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    if sub_theme:
        assert sub_theme in ranked, ranked


# -- QA round 16, a city's work reports and bulletins: a word of one theme inside a phrase of
# another (国家区域医疗中心 is a hospital, 重大科技基础设施 a science facility) and the economy's
# 稳定 (就业形势总体稳定) named the wrong theme
@pytest.mark.parametrize(
    ("text", "top", "not_a_theme"),
    [
        ("加快建设国家区域医疗中心，推动优质医疗资源扩容下沉。", "民生福祉", "区域协调"),
        ("一批重大科技基础设施投入使用。", "科技创新", "城市治理与安全"),
        ("1-9月，全市城镇新增就业12.86万人，就业形势总体稳定。", "民生福祉", "城市治理与安全"),
        # a rate's base and a per-head figure's basis (themes.yaml's not_evidence)
        ("全年专利授权量23.18万件，每万人口高价值发明专利拥有量达到137.9件。", "科技创新",
         "人才与人口"),
        ("按常住人口计算，全年人均地区生产总值19.52万元，比上年增长5.5%。", "经济运行",
         "人才与人口"),
    ],
)
def test_a_phrase_names_its_own_theme_not_its_words(text, top, not_a_theme):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    assert not_a_theme not in ranked, ranked


def test_the_population_itself_still_names_its_theme():
    assert _themes("年末全市常住人口1779.01万人，比上年末增加12.83万人。")[0] == "人才与人口"


# -- themes-7: a city's livelihood projects of its streets and services (round 15, h49) -------
# (sentences written for this test, in the manner of a 十件民生实事 list)


@pytest.mark.parametrize(
    "text",
    [
        "城市道路畅通：打通断头路12条，新增公共停车泊位5000个。",
        "开展食品安全抽检8000批次，12345热线按时办结率达到98%。",
    ],
)
def test_streets_parking_food_checks_and_the_hotline_name_city_governance(text):
    ranked = _themes(text)
    assert ranked and ranked[0] == "城市治理与安全", ranked


# -- themes-8: a listed company's results (round 16, h52) -------------------------------------
# (sentences written for this test, in the manner of a company's annual results news)


@pytest.mark.parametrize(
    "text",
    [
        "报告期内，公司实现归母净利润52.18亿元，基本每股收益0.62元，加权平均净资产收益率11.35%。",
        "上市公司主营业务毛利率提升，拟实施现金分红。",
    ],
)
def test_a_listed_companys_results_name_industrial_development(text):
    ranked = _themes(text)
    assert ranked and ranked[0] == "产业发展", ranked


# -- round 19: a monthly trade release in Taiwan's wording (h60) and a company's ESG report (h61)
# (sentences written for this test, in the manner of such releases and reports)


@pytest.mark.parametrize(
    ("text", "top", "also"),
    [
        # 年增 / 年減 x% is Taiwan's 同比增长 / 下降: the release's growth figures are the economy's
        ("10月出口年增15.3%，出超創新高。", "改革开放", "经济运行"),
        ("9月工業生產指數年減2.4%，連續兩個月年增轉負。", "经济运行", None),
        # an emissions inventory and green electricity
        ("公司温室气体排放总量下降5%，绿电使用比例提升至30%。", "生态环境", "生态环境/双碳"),
        ("外购绿色电力1.2亿千瓦时，减少二氧化碳排放约7万吨。", "生态环境", "生态环境/双碳"),
        ("一般工业固体废弃物综合利用率96%，危险废物全部合规处置。", "生态环境", None),
        # a company's board and governance, green manufacturing: the firm's own matters
        ("公司董事会由9名董事组成，其中独立董事3名，持续完善公司治理。", "产业发展", None),
        ("获评国家级绿色工厂，绿色制造体系不断完善。", "产业发展", "生态环境"),
        # employees' contracts and occupational disease, charity; the exchange rate
        ("员工劳动合同签订率100%，全年无新发职业病。", "民生福祉", None),
        ("向市慈善总会捐赠300万元。", "民生福祉", None),
        ("人民币汇率在合理均衡水平上保持基本稳定。", "经济运行", None),
    ],
)
def test_trade_release_and_esg_report_wordings_name_their_theme(text, top, also):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    if also:
        assert also in ranked, ranked


@pytest.mark.parametrize(
    ("text", "top", "not_a_theme"),
    [
        # the base of an intensity (themes.yaml's not_evidence) is no economic figure
        ("单位营业收入能耗0.157吨标准煤/万元，较上年下降9.5%。", "生态环境", "经济运行"),
        # corporate governance is no city's or society's governance
        ("公司持续完善公司治理。", "产业发展", "城市治理与安全"),
    ],
)
def test_an_intensity_base_and_corporate_governance_are_not_their_words(text, top,
                                                                         not_a_theme):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    assert not_a_theme not in ranked, ranked
