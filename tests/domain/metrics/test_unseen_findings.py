"""Findings of a QA run on documents the extractor had not seen (amounts, Minguo years, currencies,
kinds, indicator names, periods): each test states a general rule with a sentence of its kind."""

from datetime import date

import rjieba

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.records import Sentence

_JIEBA = rjieba.Jieba()


def _run(texts, doc=date(2025, 3, 1), home=None, heading_path=(), block_per_sentence=False):
    sents = [Sentence(sent_no=i, block_no=i if block_per_sentence else 0, text=t, raw_start=0,
                      raw_end=len(t), heading_path=heading_path) for i, t in enumerate(texts)]
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in sents}
    return extract_metrics(sents, tags, doc, home)


def test_value_normalized_is_the_nearest_double_to_the_exact_product():
    ms = _run(["全年全省地区生产总值4.1万亿元，一般公共预算收入609.3亿元，"
               "社会消费品零售总额10357.2亿元。"])
    assert [m.value_normalized for m in ms] == [4.1e12, 60930000000.0, 1035720000000.0]


def test_minguo_years_in_a_taiwanese_text():
    ms = _run(["台北市政府观光传播局今天公布，113年来台北旅游的国际旅客达到615万人次，"
               "较112年成长38.5%。",
               "全年观光产值约新台币1,250亿元。",
               "市府表示，114年目标吸引国际旅客700万人次以上。"], doc=date(2025, 1, 15))
    visitors = ms[0]
    assert visitors.period_text == "113年"
    assert (visitors.period_start, visitors.period_end) == (date(2024, 1, 1), date(2024, 12, 31))
    goal = ms[-1]
    assert goal.kind == "target" and goal.period_start == date(2025, 1, 1)


def test_minguo_years_named_or_followed_by_months_anywhere():
    from pipelines.domain.periods import find_periods

    doc = date(2025, 1, 15)
    (p,) = find_periods("民国113年观光人次", doc)
    assert p.period.start == date(2024, 1, 1)
    (p,) = find_periods("113年1—6月观光人次", doc)
    assert (p.period.start, p.period.end) == (date(2024, 1, 1), date(2024, 6, 30))
    # a count of years stays one where the calendar is not in use
    (p,) = find_periods("建党100年来", doc)
    assert p.text == "100年来" and p.period.start == date(1925, 1, 1)


def test_a_currency_named_before_the_number_is_the_unit():
    ms = _run(["观光产值突破新台币600亿元，并编列大型节庆活动经费新台币3亿元，"
               "另拨款港币5亿元、人民币2亿元。"], doc=date(2024, 1, 15))
    assert [(m.value, m.unit_raw, m.unit) for m in ms] == [
        (600, "亿元", "新台币"), (3, "亿元", "新台币"), (5, "亿元", "港元"), (2, "亿元", "元")]
    assert ms[0].qualifier == "break_through"


def test_cheng_is_reported_as_a_percentage():
    ms = _run(["新能源汽车产量占全省的比重超过八成，其中内地旅客占七成左右。"],
              doc=date(2024, 10, 1))
    assert [(m.value, m.value_normalized, m.unit_raw, m.unit) for m in ms] == [
        (80, 80, "成", "%"), (70, 70, "成", "%")]
    assert ms[0].qualifier == "over" and ms[1].qualifier == "about"


def test_a_listed_city_with_its_level_is_a_place_though_it_ends_like_dushi():
    (gdp,) = _run(["上半年，成都市实现地区生产总值11187.5亿元。"])
    assert gdp.indicator == "地区生产总值"
    _, other = _run(["上半年，成都市实现地区生产总值11187.5亿元，德阳市实现地区生产总值1500亿元。"])
    assert (other.indicator, other.subject) == ("地区生产总值", "德阳")


def test_a_space_in_a_headline_ends_a_phrase():
    sents = [Sentence(sent_no=0, block_no=0, text="前三季度西安经济运行稳中有进 GDP同比增长4.8%",
                      raw_start=0, raw_end=25, is_heading=True)]
    (m,) = extract_metrics(sents, {0: _JIEBA.tag(sents[0].text)}, date(2024, 10, 21), None)
    assert m.indicator == "GDP"


def test_a_verb_or_a_length_of_time_alone_is_no_indicator():
    ms = _run(["41个工业行业大类中有29个实现增长。",
               "粮食产量558.6亿斤，连续12年稳定在500亿斤以上。",
               "令每千人口病床数由2.6张提升至4.1张。"], block_per_sentence=True)
    # (a streak's floor, 连续12年稳定在500亿斤以上, is of the thing named before it: QA 14, as
    # held-out h01 labels it; the streak's length alone names nothing)
    # (29个实现增长 of 41个工业行业大类: the industries that grew, as held-out h10 labels it)
    # (由2.6张提升至4.1张: the change after the counts names nothing; both levels are of the
    # name before 由, 令 its frame)
    assert [m.indicator for m in ms] == [
        "工业行业大类", "实现增长的工业行业大类", "粮食产量", "粮食产量", "每千人口病床数",
        "每千人口病床数"]


def test_kinds_of_forecasts_breadths_and_present_states():
    # 未来五年 lies ahead whatever the document's date (here unknown)
    ms = _run(["政府会继续投资基建，未来五年平均每年基本工程开支约900亿元。"], doc=None)
    assert [m.kind for m in ms] == ["target"]
    # 增长面: the share of industries that grew
    ms = _run(["41个工业行业大类中有29个实现增长，增长面为70.7%。"], doc=None)
    assert ms[-1].kind == "share"
    # 也要看到 introduces a present state, not a plan
    ms = _run(["同时也要看到，我省人均地区生产总值仅为全国平均水平的六成左右。"],
              doc=date(2026, 1, 26))
    assert [(m.value, m.unit, m.kind) for m in ms] == [(60, "%", "share")]


def test_a_year_ahead_named_in_passing_does_not_date_a_review():
    path = ("澳门特别行政区二〇二五年施政报告", "一、二〇二四年施政回顾")
    ms = _run(["澳门大桥主体工程完成约九成，预计明年竣工。",
               "全年共完成路面重铺工程约36万平方米，新增公共泊车位1,850个。"],
              doc=date(2024, 11, 12), heading_path=path)
    paving = ms[-2]
    assert paving.period_text == "全年"
    assert (paving.period_start, paving.period_end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_page_number_does_not_end_the_paragraph():
    from pipelines.domain.analysis import analyse_document

    raw = ("洛阳市政府工作报告\n\n过去一年，全市生产总值达到5482.1亿元，增长3.8%；"
           "社会消费品零售总额2208.3亿元、增长7.9%。\n\n— 2 —\n\n"
           "城镇居民人均可支配收入达到46892元，增长4.6%。新增城镇就业7.2万人。\n")
    ms = analyse_document(raw, published_on=date(2024, 1, 8)).metrics
    income = next(m for m in ms if m.value == 46892)
    assert (income.period_start, income.period_end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_running_total_takes_the_years_of_its_paragraph():
    ms = _run(["五年累计完成固定资产投资七万二千亿元，新增高速公路通车里程一千二百公里。"
               "城镇新增就业累计达到三百八十万人。"], doc=date(2026, 1, 26))
    jobs = ms[-1]
    assert (jobs.period_start, jobs.period_end) == (date(2021, 1, 1), date(2025, 12, 31))
