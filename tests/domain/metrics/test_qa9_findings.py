"""QA round 9: faults of the metric extractor found on nine unseen documents (a company's
annual report, a district bulletin, a national press conference, a subsidy notice ...). Each
test states the general rule with short sentences written for it."""

from datetime import date

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.metrics.canonical import series_key
from pipelines.domain.metrics.home import infer_home_place
from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import default_segmenter


def _run(texts, doc=date(2025, 3, 28), home=None, headings=0):
    """One paragraph of sentences (the first ``headings`` are the title's lines); ``home``
    None: the document's place is inferred, as the pipeline does."""
    sents = [Sentence(sent_no=i, block_no=i if i < headings else headings, text=t,
                      raw_start=0, raw_end=len(t), heading_path=(),
                      is_heading=i < headings) for i, t in enumerate(texts)]
    seg = default_segmenter()
    return extract_metrics(sents, {s.sent_no: seg.tag(s.text) for s in sents}, doc, home)


def _home(*texts):
    seg = default_segmenter()
    return infer_home_place(seg.tag(t) for t in texts)


# finding 1: a place named in passing is no home


def test_a_place_named_once_bare_in_a_text_without_a_home_level_is_no_home():
    assert _home("公司营业收入增长28.6%。", "西安生产基地年产能达到30万辆。") is None
    assert _home("公司营业收入增长28.6%。", "合肥、西安两大生产基地年产能合计达到60万辆。") is None
    # named with its level (a title, a signature), or with 全市 / 全区 in the text: the home
    assert _home("阿拉善盟2024年国民经济和社会发展统计公报") == "阿拉善盟"
    assert _home("潍坊上半年经济运行稳中有进", "全市地区生产总值增长5.6%。") == "潍坊"


def test_a_company_report_gives_its_figures_no_place():
    found = _run(["公司全年实现营业收入486.32亿元。", "合肥、西安两大生产基地年产能达到60万辆。"])
    assert [m.subject for m in found] == [None, None]


# finding 7: national figures


def test_a_national_text_is_its_own_place_and_woguo_is_no_part_of_a_name():
    assert _home("我国新能源汽车产销两旺。", "全国规模以上工业增加值增长6.2%。") == "全国"
    assert _home("全国规模以上工业增加值增长6.2%。") is None  # once: not enough to say
    found = _run(["前三季度，全国规模以上工业增加值同比增长6.2%。",
                  "截至9月末，我国5G基站总数达到464.6万个。"])
    assert [(m.indicator, m.subject) for m in found] == [
        ("规模以上工业增加值", None), ("5G基站总数", None)]
    # in a city's text 全国 stays another scope
    (m,) = _run(["全国新能源汽车产量增长30%。"], home="合肥市")
    assert m.subject == "全国"


# finding 8: 同比 and 环比


def test_a_month_on_month_rate_has_its_basis_and_its_own_key():
    found = _run(["9月份，规模以上工业增加值同比增长6.5%，环比增长0.58%。"], home="全国")
    assert [(m.indicator, m.basis) for m in found] == [
        ("规模以上工业增加值", None), ("规模以上工业增加值", "month_on_month")]
    keys = {series_key(m.indicator, m.unit, m.basis) for m in found}
    assert len(keys) == 2
    (m,) = _run(["补贴按月发放500元。"], home="合肥市")  # 按月 before no rate: no basis
    assert m.basis is None


# finding 9: 产销分别


def test_production_and_sales_respectively_are_two_names():
    found = _run(["今年1—9月，我国新能源汽车产销分别完成1124.3万辆和1122.8万辆，"
                  "同比分别增长35.2%和34.9%。"], doc=date(2025, 10, 22), home="全国")
    assert [m.indicator for m in found] == ["新能源汽车产量", "新能源汽车销量",
                                            "新能源汽车产量", "新能源汽车销量"]


# finding 3: a yearly report's undated flows are its title's year


def test_a_bulletins_undated_flows_take_the_titles_year():
    found = _run(["某市某区2024年国民经济和社会发展统计公报",
                  "初步核算，全区实现地区生产总值6523.18亿元，比上年增长3.4%。",
                  "规模以上工业企业156家。"], headings=1)
    assert [(m.indicator, m.period_start, m.period_end) for m in found] == [
        ("地区生产总值", date(2024, 1, 1), date(2024, 12, 31)),
        ("地区生产总值", date(2024, 1, 1), date(2024, 12, 31)),
        ("规模以上工业企业", None, None)]  # a stock with no time expression stays undated
    # a title that is no yearly report gives nothing
    found = _run(["某市2024年经济运行情况", "地区生产总值6523.18亿元。"], headings=1)
    assert found[0].period_start is None


# finding 11: a goal's name is the name of what it aims at


def test_goal_words_after_a_name_are_no_part_of_it():
    found = _run(["全年地区生产总值增长目标为5%左右。", "海外销量力争突破12万辆。",
                  "2025年公司计划实现新能源汽车销量55万辆。"], doc=date(2025, 1, 20),
                 home="佛山市")
    assert [(m.indicator, m.kind) for m in found] == [
        ("地区生产总值", "target"), ("海外销量", "target"), ("新能源汽车销量", "target")]


def test_a_company_speaking_of_itself_is_no_part_of_a_name():
    (m,) = _run(["报告期内，公司实现营业收入486.32亿元。"])
    assert m.indicator == "营业收入"


# findings 6 and 13: conditions, deadlines and bounds


def test_an_eligibility_bracket_or_a_deadline_is_no_metric():
    found = _run(["新车价格在10万元（含）至20万元的，每辆补贴8000元；20万元（含）以上的，每辆补贴"
                  "1.2万元；10万元以下的，每辆补贴5000元。",
                  "购买排量2.0升及以下燃油乘用车的，每辆车补贴1.5万元。",
                  "旧车须在申请人名下登记满6个月以上。", "补贴资金将在15个工作日内发放。"],
                 home="合肥市")
    assert [m.quote for m in found] == ["8000元", "1.2万元", "5000元", "1.5万元"]


def test_less_than_and_a_bound_before_a_shares_base_are_at_most():
    found = _run(["开工率普遍不足60%，补贴资金不超过新车发票金额的20%。"], home="合肥市")
    assert [(m.qualifier, m.qualifier_text) for m in found] == [
        ("at_most", "不足"), ("at_most", "不超过")]
    assert found[1].indicator == "补贴资金"  # the bound is no part of the name


# finding 12: kinds


def test_a_forecast_of_a_period_already_over_is_an_estimated_result():
    found = _run(["2024年，预计全年实现地区生产总值13698亿元。",
                  "2025年预计实现地区生产总值14500亿元。"], doc=date(2025, 1, 16), home="泉州市")
    assert [(m.kind, m.period_start) for m in found] == [
        ("actual", date(2024, 1, 1)), ("target", date(2025, 1, 1))]


def test_sales_are_a_flow():
    (m, _) = _run(["2024年公司全年销售新能源汽车41.8万辆，同比增长33.5%。"])
    assert (m.indicator, m.kind) == ("销售新能源汽车", "actual")


# finding 13: a yearly report's own period words, and sums of items


def test_the_report_period_of_a_yearly_report_is_its_titles_year():
    found = _run(["某某股份有限公司2024年年度报告摘要",
                  "报告期内，公司实现营业收入486.32亿元。",
                  "截至报告期末，公司累计拥有有效专利4,316项，其中发明专利1,207项。"],
                 headings=1)
    assert [(m.period_text, m.period_start, m.period_end) for m in found] == [
        ("报告期内", date(2024, 1, 1), date(2024, 12, 31)),
        ("截至报告期末", date(2024, 12, 31), date(2024, 12, 31)),
        ("截至报告期末", date(2024, 12, 31), date(2024, 12, 31))]


def test_a_sum_of_listed_items_is_no_cumulative_basis():
    (m,) = _run(["2024年，合肥、西安两大生产基地年产能合计达到60万辆。"])
    assert m.basis is None
    (m,) = _run(["“十四五”时期，全市合计投资3000亿元。"], doc=date(2026, 1, 20), home="合肥市")
    assert m.basis == "cumulative"  # a sum over the plan's years


# finding 10: names cut or borrowed


def test_a_long_name_is_kept_whole_up_to_22_characters():
    (m, _) = _run(["全年信息传输、软件和信息技术服务业营业收入1532.66亿元，增长11.3%。"],
                  home="天河区")
    assert m.indicator == "信息传输、软件和信息技术服务业营业收入"
    (m, _) = _run(["全区资质等级以上建筑业企业完成建筑业总产值1486.52亿元，增长4.9%。"],
                  home="天河区")
    assert m.indicator == "资质等级以上建筑业企业完成建筑业总产值"


def test_a_one_character_change_verb_ends_a_name_and_says_its_kind():
    found = _run(["上半年规上工业增加值增6.8%，工业投资降3.5%。"], doc=date(2025, 8, 6),
                 home="佛山市")
    assert [(m.indicator, m.kind, m.value) for m in found] == [
        ("规上工业增加值", "growth_rate", 6.8), ("工业投资", "growth_rate", -3.5)]


def test_a_net_change_alone_takes_the_name_before():
    found = _run(["截至9月末，5G基站总数达到464.6万个，比上年末净增39.5万个。"],
                 doc=date(2025, 10, 22), home="全国")
    assert [m.indicator for m in found] == ["5G基站总数", "5G基站总数"]


def test_a_share_written_before_its_noun_is_a_share_of_that_noun():
    found = _run(["2024年，民营经济贡献了全市70%以上的地区生产总值、80%以上的税收和"
                  "90%以上的城镇就业。"], doc=date(2025, 1, 16), home="泉州市")
    assert [(m.indicator, m.qualifier) for m in found] == [
        ("地区生产总值", "at_least"), ("税收", "at_least"), ("城镇就业", "at_least")]
    (m,) = _run(["新能源汽车占比达到30%的企业增加。"], home="泉州市")  # a share already named
    assert m.indicator == "新能源汽车占比"


# the sixth blind round's leftovers (tests/gold/heldout/README.md)


def test_a_respectively_list_after_a_modifier_with_its_own_list():
    found = _run(["上半年，星源材质、贝特瑞等企业的隔膜、负极材料出货量分别增长26%和31%。"],
                 doc=date(2025, 7, 25), home="常州市")
    assert [m.indicator for m in found][1] == "负极材料出货量"
    assert "星源材质" not in found[0].indicator


def test_a_single_month_is_no_part_of_a_name():
    found = _run(["6月份单月产量7.2万辆，环比增长9.1%。"], doc=date(2025, 7, 25), home="常州市")
    assert [m.indicator for m in found] == ["产量", "产量"]


def test_in_before_a_place_phrase_stays_unless_the_place_is_the_home():
    (m,) = _run(["全市在海外设立研发中心的新能源企业达到19家。"], home="常州市")
    assert m.indicator == "在海外设立研发中心的新能源企业"
    (m,) = _run(["在常州落户的新能源企业达到19家。"], home="常州市")
    assert m.indicator == "落户的新能源企业"
