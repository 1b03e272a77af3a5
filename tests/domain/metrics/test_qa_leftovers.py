"""Findings two QA rounds (9 and 10) left open in the metric extractor, each stated as a general
rule on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.canonical import series_key
from tests.domain.metrics.support import metrics

DOC = date(2025, 3, 1)


def _one(text, **kw):
    (m,) = metrics([text], doc=DOC, **kw)
    return m


# 1. one figure, two series: a growth written as a multiple is the percentage it states


def test_growth_by_a_multiple_is_a_percentage():
    m = _one("全年新能源汽车产量增长1.4倍。")
    assert (m.value, m.value_normalized, m.unit, m.unit_raw, m.kind) == (
        140.0, 140.0, "%", "倍", "growth_rate")
    pct = _one("全年新能源汽车产量增长140.6%。")
    assert series_key(m.indicator, m.unit, m.basis) == series_key(pct.indicator, pct.unit,
                                                                   pct.basis)


def test_a_multiple_of_last_year_is_growth_less_one():
    m = _one("全年新能源汽车产量是上年的1.4倍。")
    assert (m.value, m.unit, m.kind) == (40.0, "%", "growth_rate")
    assert m.period_text == "全年"  # 上年 is the base, not the period
    assert _one("全市新能源汽车产量是上年的1.4倍。").period_text is None
    assert _one("全市新能源汽车产量为上年同期的2.4倍。").value == 140.0


def test_a_multiple_of_another_base_stays_a_multiple():
    found = metrics(["全市高新技术企业总数达到1985家，是“十三五”初期的3.6倍。"], doc=DOC)
    assert [(f.value, f.unit, f.kind) for f in found][1] == (3.6, "倍", "other")


# 2. a structure of three industries: each part is its industry's share


def test_three_industry_structure_names_each_part():
    for text in ("全年三次产业结构为2.1:30.5:67.4。", "三次产业比例调整为2.7∶37.0∶60.3。"):
        found = metrics([text], doc=DOC)
        assert [(m.indicator, m.unit) for m in found] == [
            ("第一产业增加值占比", "%"), ("第二产业增加值占比", "%"), ("第三产业增加值占比", "%")]
        assert {m.kind for m in found} == {"share"}
    emp = metrics(["三次产业就业结构为20.1:30.2:49.7。"], doc=DOC)
    assert emp[0].indicator == "第一产业就业占比"


def test_structure_key_meets_the_written_out_share():
    third = metrics(["三次产业结构为2.1:30.5:67.4。"], doc=DOC)[2]
    other = _one("第三产业增加值占地区生产总值的比重为67.4%。")
    assert series_key(third.indicator, third.unit, None) == series_key(
        other.indicator, other.unit, None)


def test_a_ratio_that_is_not_shares_is_left_alone():
    found = metrics(["资金由中央、省、市按照9∶0.5∶0.5的比例分担。"], doc=DOC)
    assert all(m.unit is None for m in found)


# 3. a share whose part is not named is the last thing's


def test_share_names_its_part():
    found = metrics(["金融业增加值1200亿元，占地区生产总值的比重为24.6%。"], doc=DOC)
    assert found[1].indicator == "金融业增加值占地区生产总值的比重"
    found = metrics(["5G基站总数达到337.7万个，占移动基站总数的比重为36.4%。"], doc=DOC)
    assert found[1].indicator == "5G基站总数占移动基站总数的比重"
    m = _one("数字经济核心产业增加值占地区生产总值比重达12.5%。")
    assert m.indicator == "数字经济核心产业增加值占地区生产总值比重"


def test_share_after_a_respectively_list_keeps_its_base():
    found = metrics(["高技术制造业、装备制造业增加值分别增长10.4%和9.2%，"
                     "占规模以上工业的比重分别为17.8%和45.6%。"], doc=DOC)
    assert [m.indicator for m in found][2:] == ["占规模以上工业的比重"] * 2


# 4. bounds written as 以上…以下 are one range


def test_lower_and_upper_bound_make_one_range():
    m = _one("对违反规定的，处100元以上500元以下罚款。")
    assert (m.value, m.value_high, m.qualifier, m.indicator) == (100, 500, "none", "罚款")
    m = _one("违者处5000元以上1万元以下的罚款。")
    assert (m.value, m.value_high, m.value_high_normalized) == (5000, 10000, 10000)


def test_eligibility_brackets_are_no_metrics():
    found = metrics(["新车价格在500元（含）至1000元的，每辆补贴800元。"], doc=DOC)
    assert [m.quote for m in found] == ["800元"]


# 5. units


def test_exaflops_shares_and_scaled_units():
    m = metrics(["算力总规模达到每秒306百亿亿次浮点运算，位居全球第二。"], doc=DOC)[0]
    assert (m.value_normalized, m.unit, m.indicator) == (3.06e20, "次浮点运算", "算力总规模")
    m = _one("公司发行新股3000万股。")
    assert (m.unit, m.value_normalized) == ("股", 3.0e7)
    assert [c.value for c in find_candidates("每10股派发现金红利3元。")] == [3]
    assert not find_candidates("汇聚起两股力量。")
    for text, unit, norm in (("全社会用电量560亿千瓦时。", "千瓦时", 5.6e10),
                             ("集装箱吞吐量285万标箱。", "标准箱", 2.85e6),
                             ("接待游客1.2亿人次。", "人次", 1.2e8)):
        m = _one(text)
        assert (m.unit, m.value_normalized) == (unit, norm), text


# 6. flows and stocks


def test_yearly_counts_are_flows_and_running_totals_stocks():
    assert _one("2024年，全市新建5G基站1.2万个。").kind == "actual"
    assert _one("截至年底，累计建成5G基站8.5万个。").kind == "count_total"
    assert _one("园区已建成5G基站8900个。").kind == "count_total"
    assert _one("2024年全市建成5G基站8900个。").kind == "actual"
    found = metrics(["全年专利授权量2.41万件，其中发明专利授权6850件。"], doc=DOC)
    assert [m.kind for m in found] == ["actual", "actual"]
    assert _one("年末有效发明专利拥有量3.2万件。").kind == "count_total"


# 7. English sentences


def test_english_sentences_give_no_chinese_metrics():
    assert not metrics(["In H1 2025, polysilicon output rose 39.8% year on year, while prices "
                        "were down 24.1%.", "Utilization was generally below 60%."], doc=DOC)
    # a Chinese sentence naming an English title still reads
    m = _one("据International Energy Agency统计，全球光伏新增装机容量增长35%。")
    assert m.value == 35
