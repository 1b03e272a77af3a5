"""Session 29's fixes of known misses (the lead's), each pinned on text of its own."""

from datetime import date

import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.table_names import title_thing


@pytest.mark.parametrize(("title", "thing"), [
    ("2025年11月末官方储备资产", "官方储备资产"),
    ("2024年度一般公共预算收入", "一般公共预算收入"),
    ("表2　2025年末全市常住人口", "常住人口"),
    ("表1 2025年1—10月份全国规模以上工业企业主要财务指标", ""),  # statistics, not one thing
    ("报告期末基金资产组合情况", ""),
    ("（二）非经常性损益项目和金额", ""),  # (title_items' form)
])
def test_a_title_naming_only_a_thing_names_it(title, thing):
    assert title_thing(title) == thing


def test_the_total_row_of_a_table_of_periods_is_the_thing_its_title_names():
    raw = ("某市金融运行情况\n\n　　6月末，全市金融机构存款稳步增长。\n\n"
           "2025年6月末全市金融机构本外币存款\n\n单位：亿元\n"
           "项目\t2025年6月末\t2024年末\t较年初变动\n"
           "住户存款\t9120.50\t8534.20\t586.30\n"
           "非金融企业存款\t5321.70\t5102.40\t219.30\n"
           "其他存款\t1210.80\t1188.90\t21.90\n"
           "合计\t15653.00\t14825.50\t827.50\n")
    found = analyse_document(raw, published_on=date(2025, 7, 15)).metrics
    totals = [m for m in found if m.quote in ("15653.00", "14825.50", "827.50")]
    assert len(totals) == 3
    assert {m.indicator for m in totals} == {"金融机构本外币存款"}


@pytest.mark.parametrize(("text", "quote", "day"), [
    ("11月末，按当月末国际金价计算，黄金储备价值为3041.25亿美元。", "3041.25亿美元",
     date(2025, 11, 30)),
    ("1-4月，全省出口增长10.9%。当月末，外汇存款余额126.8亿美元。", "126.8亿美元",
     date(2025, 4, 30)),
])
def test_the_end_of_that_month_is_the_last_day_of_the_month_named_before(text, quote, day):
    found = {m.quote: m for m in analyse_document("标题\n\n" + text,
                                                   published_on=date(2025, 12, 7)).metrics}
    assert (found[quote].period_start, found[quote].period_end) == (day, day)


@pytest.mark.parametrize(("text", "name"), [
    ("總結餘於10月底為532億港元。", "总结余"),
    ("全市在9月末的贷款余额为532亿元。", "贷款余额"),
    ("刘某于2023年3月买入某公司股票12.6万股。", "刘某买入某公司股票"),
    ("入境旅客相當於2019年同期的86.7%。", "入境旅客"),  # (相當於: a verb, not "at")
])
def test_at_before_a_period_goes_with_the_period(text, name):
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 28)).metrics
    assert [m.indicator for m in found] == [name]


def test_a_list_whose_item_holds_a_de_is_split_as_written():
    text = "住户存款、政府部门的财政存款和非银行业金融机构存款分别占各项存款的50.1%、9.7%和12.3%。"
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 28)).metrics
    assert [m.indicator for m in found] == ["住户存款占各项存款", "政府部门的财政存款占各项存款",
                                            "非银行业金融机构存款占各项存款"]


@pytest.mark.parametrize(("text", "name"), [
    ("2024年末，全省政府债务余额1.2万亿元，与地区生产总值之比为35.2%。",
     "政府债务余额与地区生产总值之比"),
    ("全年研发经费投入1200亿元，与地区生产总值的比值为2.8%。", "研发经费投入与地区生产总值的比值"),
])
def test_a_ratio_against_a_base_alone_is_of_the_last_thing_named(text, name):
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 28)).metrics
    assert found[-1].indicator == name


def test_expectations_a_change_is_put_down_to_set_no_goal():
    text = "10月，受市场降息预期等因素影响，国债指数上涨0.6%，企业债指数上涨0.4%。"
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 28)).metrics
    assert [m.kind for m in found] == ["growth_rate", "growth_rate"]
    plan = analyse_document("标题\n\n预期全年国债指数上涨3%。",
                            published_on=date(2025, 3, 1)).metrics
    assert [m.kind for m in plan] == ["target"]


def test_a_base_amount_named_across_a_period_is_the_base():
    text = ("前11个月累计毛收入为2226.12亿元，按年上升8.1%，"
            "相当于政府2025年财政预算所估算全年毛收入2400亿元的92.8%。")
    found = {m.quote: m for m in analyse_document("标题\n\n" + text,
                                                   published_on=date(2025, 12, 7)).metrics}
    assert found["2400亿元"].indicator == "政府财政预算所估算毛收入"
    assert not found["92.8%"].indicator.startswith("相当于")


def test_a_headline_figure_the_body_gives_once_in_other_words_takes_its_day_and_kind():
    raw = ("全省秋粮已收1.2亿亩　进度快于上年\n发布时间：2025-10-21\n\n"
           "　　农情调度显示，截至10月20日，全省已收获秋粮1.2亿亩，占播种面积的85.3%。\n")
    found = analyse_document(raw, published_on=date(2025, 10, 21)).metrics
    head, body = sorted((m for m in found if m.quote == "1.2亿亩"), key=lambda m: m.char_start)
    assert raw.index("1.2亿亩") == head.char_start
    assert (head.period_start, head.period_end) == (date(2025, 10, 20), date(2025, 10, 20))
    assert head.kind == body.kind


def test_a_year_named_travel_season_is_its_days_and_a_point_reached_is_never_ahead():
    text = ("预计2025年春运期间全省铁路发送旅客1200万人次左右。"
            "截至11月底，全省高铁通车里程达到2150公里。")
    found = {m.quote: m for m in analyse_document("标题\n\n" + text,
                                                   published_on=date(2024, 12, 20)).metrics}
    season = found["1200万人次左右"]
    assert (season.period_start, season.period_end) == (date(2025, 1, 14), date(2025, 2, 22))
    reached = next(m for q, m in found.items() if q.endswith("2150公里"))
    assert reached.period_end == date(2024, 11, 30) and reached.kind != "target"


def test_a_season_of_a_year_the_data_does_not_list_is_the_year():
    from pipelines.domain.periods import find_periods

    [span] = find_periods("2031年春运期间", date(2030, 12, 1))
    assert (span.period.start, span.period.end) == (date(2031, 1, 1), date(2031, 12, 31))


def test_two_figures_joined_under_a_pair_word_are_one_per_part():
    text = "1-10月，空调产销累计完成1.2亿台和1.18亿台，同比分别增长5.1%和4.6%。"
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 12)).metrics
    assert [m.indicator for m in found] == ["空调产量", "空调销量", "空调产量", "空调销量"]
    three = "钢材产销库存分别为1.2亿吨、1.1亿吨和0.3亿吨。"  # (no pair of two: as written)
    assert len(analyse_document("标题\n\n" + three, published_on=date(2025, 11, 12)).metrics) == 3


@pytest.mark.parametrize(("text", "names"), [
    ("深圳宝安、成都天府两大机场旅客吞吐量分别完成501.2万人次、412.7万人次。",
     ["深圳宝安机场旅客吞吐量", "成都天府机场旅客吞吐量"]),
    ("宁德时代、比亚迪、中创新航三家企业装车量分别为30.1GWh、20.5GWh和6.2GWh。",
     ["宁德时代装车量", "比亚迪装车量", "中创新航装车量"]),
    ("青岛港、日照港两大港口货物吞吐量分别为5.2亿吨和4.9亿吨。",
     ["青岛港货物吞吐量", "日照港货物吞吐量"]),
])
def test_a_list_counted_with_its_class_names_each_item_with_the_measure(text, names):
    found = [m for m in analyse_document("标题\n\n" + text, published_on=date(2025, 12, 10)).metrics
             if m.quote[0].isdigit()]
    assert [m.indicator for m in found] == names
    assert {m.subject for m in found} == {None}


def test_a_note_of_what_is_included_goes_when_the_segmenter_glued_its_mark():
    text = "11月，合肥市区（含四县一市以外的各区及开发区）共成交经营性用地23宗。"
    [found] = analyse_document("标题\n\n" + text, published_on=date(2025, 12, 5)).metrics
    assert found.indicator == "市区成交经营性用地"


def test_bands_of_figures_in_a_list_share_no_measure():
    text = ("分面积段看，10月份144平方米以上新建商品住宅销售价格环比下降0.1%，"
            "90平方米及以下、90—144平方米的分别下降0.5%和0.4%。")
    found = {m.quote: m for m in analyse_document("标题\n\n" + text,
                                                   published_on=date(2025, 11, 14)).metrics}
    assert found["0.5%"].indicator == "90平方米及以下"  # (not 90平方米及以下米的)


def test_located_in_before_a_band_is_a_link_word():
    text = "11月，铁路运输等行业商务活动指数位于55.0%以上较高景气区间。"
    [found] = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 30)).metrics
    assert found.indicator.endswith("商务活动指数")


def test_a_contribution_in_points_is_named_by_what_pulls_and_what_it_pulls():
    text = "前三季度，净出口拉动全省经济增长0.8个百分点；以旧换新带动家电类零售额增长两成。"
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 10, 20)).metrics
    assert [m.indicator for m in found] == ["净出口拉动全省经济", "家电类零售额"]


def test_a_headline_rate_is_not_dated_by_a_body_figure_of_the_same_value():
    raw = ("全市出口增长5.2%　消费平稳\n发布时间：2025-10-21\n\n"
           "　　截至9月底，全市新增市场主体5.2万户。\n")
    found = analyse_document(raw, published_on=date(2025, 10, 21)).metrics
    head = next(m for m in found if m.quote == "5.2%")
    assert head.period_start is None or head.period_start.month != 9 or head.period_end.day != 30


def test_a_breakdowns_opening_before_a_colon_labels_nothing():
    text = "按投资主体分：民间项目126个，总投资812亿元。"
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 3, 1)).metrics
    assert found[0].indicator == "民间项目"


def test_liao_expected_to_is_a_forecast_cue_and_no_part_of_a_name():
    text = "第四季经济有望增长4.5%左右，全年增长料达4.6%。"
    found = analyse_document("标题\n\n" + text, published_on=date(2025, 11, 15)).metrics
    assert [(m.indicator, m.kind) for m in found][-1] == ("经济", "target")


def test_a_wrapped_table_and_a_texts_own_subject_read_the_same_in_crlf_and_traditional():
    from benchmarks.bench_page_forms import FORMS
    from tests.domain.metrics.support import HELDOUT

    for name, form in (("h220_xinhua_county_stats_bulletin_2024_ocr.txt", "crlf"),
                       ("h223_national_carbon_market_annual_report_2025_web.txt", "traditional")):
        raw = (HELDOUT / name).read_text(encoding="utf-8")
        ref = date(2025, 4, 3) if name.startswith("h220") else date(2026, 1, 9)
        want = sorted((m.value, m.indicator, m.kind) for m in
                      analyse_document(raw, published_on=ref).metrics)
        got = sorted((m.value, m.indicator, m.kind) for m in
                     analyse_document(FORMS[form](raw), published_on=ref).metrics)
        assert got == want, name


@pytest.mark.parametrize(("text", "name"), [
    ("全省最高用电负荷创历史新高达到1.52亿千瓦。", "最高用电负荷"),
    ("港口货物吞吐量刷新纪录达5.2亿吨。", "港口货物吞吐量"),
    ("全市旅游收入创新高达120亿元。", "旅游收入"),
    ("科技创新投入120亿元。", "科技创新投入"),  # (创新 a word of the name)
])
def test_a_record_the_figure_sets_is_no_part_of_its_name(text, name):
    [found] = analyse_document("标题\n\n" + text, published_on=date(2025, 7, 17)).metrics
    assert found.indicator == name
