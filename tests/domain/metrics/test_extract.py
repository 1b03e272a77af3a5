from datetime import date

import rjieba

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.records import Sentence

_JIEBA = rjieba.Jieba()


def _run(texts, doc=date(2023, 7, 3), home="成都", heading_path=(), block_per_sentence=False):
    sents = [
        Sentence(
            sent_no=i,
            block_no=i if block_per_sentence else 0,
            text=t,
            raw_start=0,
            raw_end=len(t),
            heading_path=heading_path,
        )
        for i, t in enumerate(texts)
    ]
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in sents}
    return extract_metrics(sents, tags, doc, home)


def _by_value(metrics):
    return {m.value: m for m in metrics}


def test_plan_targets_with_indicator_and_period():
    ms = _run(["会议强调，要坚决保护生态环境，全年新建充电桩6万个、推广新能源汽车10万辆以上，"
               "力争全年空气质量优良天数300天以上。"])
    assert [m.value for m in ms] == [6, 10, 300]
    assert {m.kind for m in ms} == {"target"}
    m = ms[0]
    assert (m.indicator, m.unit, m.value_normalized) == ("新建充电桩", "个", 60000)
    assert m.period_text == "全年" and m.period_start == date(2023, 1, 1)
    assert ms[2].indicator == "空气质量优良天数" and ms[2].qualifier == "at_least"


def test_growth_target_is_target():
    (m,) = _run(["力争全社会研发经费投入增长10%以上。"])
    assert m.kind == "target" and m.indicator == "全社会研发经费投入"
    assert m.qualifier == "at_least"


def test_results_growth_rank_and_period_per_clause():
    ms = _run(["今年上半年，全市地区生产总值同比增长5.3%，增速居十强城市第2位，"
               "1—5月，规上工业增加值增长4.5%，社消零总额增长9.0%。"])
    gdp, rank, ind, retail = ms
    assert (gdp.kind, gdp.indicator, gdp.period_end) == ("growth_rate", "地区生产总值",
                                                        date(2023, 6, 30))
    assert rank.kind == "rank" and rank.value == 2 and rank.indicator == "地区生产总值增速"
    assert ind.indicator == "规上工业增加值" and ind.period_text == "1—5月"
    assert ind.period_end == date(2023, 5, 31)
    assert retail.kind == "growth_rate" and retail.period_text == "1—5月"


def test_stock_share_and_inherited_rank_indicator():
    ms = _run(["新能源汽车保有量突破49万辆，人才总量达651万、居全国第4，常住人口城镇化率达80.5%。"],
              doc=date(2024, 4, 30))
    cars, talent, rank, urban = ms
    assert cars.kind == "count_total" and cars.qualifier == "break_through"
    assert talent.kind == "count_total" and talent.value_normalized == 6_510_000
    assert rank.kind == "rank" and rank.indicator == "人才总量" and rank.subject is None
    assert urban.kind == "share" and urban.indicator == "常住人口城镇化率"


def test_declines_are_negative_growth():
    ms = _run(["2022年，全市规上工业增加值下降2.8%，进出口总额增长-1.5%。"], doc=date(2023, 3, 1))
    assert [m.value for m in ms] == [-2.8, -1.5]
    assert {m.kind for m in ms} == {"growth_rate"}
    assert ms[0].period_start == date(2022, 1, 1)


def test_percentage_points_change_or_compare():
    (m,) = _run(["2022年，常住人口城镇化率提高1.2个百分点。"], doc=date(2023, 3, 1))
    assert m.kind == "growth_rate" and m.unit == "百分点" and m.indicator == "常住人口城镇化率"
    _gdp, gap = _run(["2022年，地区生产总值增长5.8%，高于全国0.8个百分点。"], doc=date(2023, 3, 1))
    assert gap.kind == "other" and gap.subject is None


def test_respectively_lists_one_row_per_value():
    ms = _run(["2023年，第一产业、第二产业和第三产业增加值分别增长3.1%、7.2%、5.0%。"],
              doc=date(2024, 3, 1))
    assert [m.value for m in ms] == [3.1, 7.2, 5.0]
    assert [m.indicator for m in ms] == ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
    assert {m.kind for m in ms} == {"growth_rate"}


def test_subject_other_place_only():
    ms = _run(["2023年，德阳市地区生产总值增长6.2%，成都市地区生产总值增长6.0%。"],
              doc=date(2024, 3, 1))
    assert ms[0].subject == "德阳" and ms[0].indicator == "地区生产总值"
    assert ms[1].subject is None


def test_counts_before_their_noun():
    ms = _run(["目前，全市拥有65所高校、30余家国家级科研机构。"], doc=date(2024, 4, 30))
    assert [m.indicator for m in ms] == ["高校", "国家级科研机构"]
    assert ms[1].qualifier == "plus"
    assert ms[0].period_start == ms[0].period_end == date(2024, 4, 30)
    assert {m.kind for m in ms} == {"count_total"}


def test_period_inherited_from_earlier_sentence_and_heading():
    ms = _run(["今年上半年，经济运行稳中有进。", "新增城镇就业12万人。"])
    assert ms[0].period_text == "今年上半年" and ms[0].kind == "actual"
    ms = _run(["全市新增城镇就业12万人。"], heading_path=("2024年工作回顾",),
              doc=date(2025, 2, 10))
    assert ms[0].period_text == "2024年" and ms[0].period_end == date(2024, 12, 31)


def test_future_period_makes_a_target():
    (m,) = _run(["下半年新建天府绿道453公里。"])
    assert m.kind == "target" and m.period_start == date(2023, 7, 1)


def test_government_work_report_targets():
    text = ("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率5.5%以内，"
            "居民消费价格涨幅3%左右。")
    ms = _run([text], doc=date(2024, 1, 20), home="重庆")
    assert [m.value for m in ms] == [6, 5.5, 3]
    assert {m.kind for m in ms} == {"target"}
    assert ms[0].qualifier == "about" and ms[1].qualifier == "at_most"
    assert ms[0].period_start == date(2024, 1, 1)


def test_streaks_and_policy_names_are_not_metrics_but_their_metric_is():
    ms = _run(["成都14连冠中国最具幸福感城市，连续5年获评，出台干部队伍建设20条。"])
    assert ms == []
    ms = _run(["中欧班列累计开行突破2.6万列、连续保持全国第一。"])
    assert [m.value for m in ms] == [2.6, 1]
    assert ms[0].kind == "count_total" and ms[1].kind == "rank"


def test_raw_offsets_and_quote_from_raw():
    raw = "新能源汽车保有量突破 49\n万辆。"
    clean = "新能源汽车保有量突破 49万辆。"
    index = tuple(list(range(0, 13)) + list(range(14, len(raw))))
    sent = Sentence(sent_no=0, block_no=0, text=clean, raw_start=0, raw_end=len(raw),
                    raw_index=index)
    (m,) = extract_metrics([sent], {0: _JIEBA.tag(clean)}, date(2023, 7, 3), "成都", raw=raw)
    assert raw[m.char_start : m.char_end] == m.quote == "突破 49\n万辆"


def test_missing_tags_are_computed():
    sent = Sentence(sent_no=3, block_no=0, text="全年新增就业23万人以上。", raw_start=0, raw_end=13)
    (m,) = extract_metrics([sent], {}, date(2023, 7, 3))
    assert m.value_normalized == 230000 and m.kind == "target"


def test_unknown_document_date_leaves_relative_periods_empty():
    (m,) = _run(["今年上半年，地区生产总值增长5.3%。"], doc=None)
    assert m.period_text == "今年上半年" and m.period_start is None and m.period_end is None


def test_cumulative_marks_only_its_own_clause():
    ms = _run(["目前，全市累计建成绿道超7000公里，建成区绿化覆盖率提升至44.7%。"],
              doc=date(2024, 4, 30))
    assert ms[0].period_text == "累计" and ms[0].kind == "count_total"
    assert ms[1].period_text == "目前" and ms[1].kind == "share"


def test_bulletin_year_comes_from_the_title_not_the_publication_date():
    sents = [
        Sentence(sent_no=0, block_no=0, text="某市2023年国民经济和社会发展统计公报", raw_start=0,
                 raw_end=18, is_heading=True),
        Sentence(sent_no=1, block_no=1, text="全年地区生产总值5000亿元，比上年增长5.8%。",
                 raw_start=20, raw_end=44),
        Sentence(sent_no=2, block_no=2, text="年末常住人口985万人，比上年末增加22万人。",
                 raw_start=46, raw_end=68),
    ]
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in sents}
    gdp, growth, pop, added = extract_metrics(sents, tags, date(2024, 3, 20))
    assert (gdp.period_start, gdp.period_end) == (date(2023, 1, 1), date(2023, 12, 31))
    assert gdp.kind == "actual" and growth.kind == "growth_rate"
    assert growth.indicator == "地区生产总值"  # not 比 (比上年 is a comparison base)
    assert pop.period_start == pop.period_end == date(2023, 12, 31)  # 年末, not 上年末
    assert pop.kind == "count_total" and added.indicator == "常住人口"


def test_comparison_base_is_not_the_period():
    (share, change) = _run(["2024年，经济圈占全国的比重为6.5%，比2019年提高0.2个百分点。"],
                           doc=date(2025, 4, 1))
    assert change.period_start == date(2024, 1, 1) and change.kind == "growth_rate"
    assert share.kind == "share" and share.subject is None  # 全国 is the denominator


def test_whole_year_in_the_first_quarter_reports_last_year_unless_a_goal():
    (m,) = _run(["全年粮食总产量3509万吨。"], doc=date(2024, 1, 20))
    assert m.period_start == date(2023, 1, 1) and m.kind == "actual"
    (m,) = _run(["力争全年粮食总产量3500万吨以上。"], doc=date(2024, 1, 20))
    assert m.period_start == date(2024, 1, 1) and m.kind == "target"


def test_places_as_list_items_are_subjects():
    ms = _run(["重庆、四川两地经济总量分别达到3.2万亿元和6.5万亿元。",
               "其中，重庆规模以上工业增加值增长7.3%，四川增长6.8%。"], doc=date(2025, 4, 1),
              home="重庆")
    assert [(m.subject, m.indicator) for m in ms] == [
        (None, "经济总量"), ("四川", "经济总量"),
        (None, "规模以上工业增加值"), ("四川", "规模以上工业增加值")]
    assert ms[1].qualifier == "reach"  # 分别达到 holds for every value of the list


def test_home_place_is_inferred_when_not_given():
    sents = [Sentence(sent_no=i, block_no=i, text=t, raw_start=0, raw_end=len(t)) for i, t in
             enumerate(["西安市统计局发布数据。", "前三季度，西安市地区生产总值增长4.8%。",
                        "咸阳市地区生产总值增长4.1%。"])]
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in sents}
    xian, xianyang = extract_metrics(sents, tags, date(2024, 10, 21))
    assert xian.subject is None and xianyang.subject == "咸阳"


def test_provincial_report_speaks_of_itself_as_the_province():
    ms = _run(["2024年，全省地区生产总值增长5.8%，高于全国0.8个百分点。"], doc=date(2025, 1, 18),
              home="湖北省")
    assert [m.subject for m in ms] == [None, None]
    # the points compare the growth rate (as the held-out gold labels them)
    assert ms[1].kind == "other" and ms[1].indicator == "地区生产总值增速"


def test_respectively_keeps_items_with_inner_conjunctions_and_shared_heads():
    ms = _run(["国有控股企业、股份制企业、外商及港澳台商投资企业增加值分别增长6.5%、10.1%和3.4%，"
               "分别下降1.0%和2.0%。"], doc=date(2024, 3, 20))
    assert [m.indicator for m in ms[:3]] == [
        "国有控股企业增加值", "股份制企业增加值", "外商及港澳台商投资企业增加值"]
    ms = _run(["城镇、农村居民人均可支配收入分别增长4.6%和7.5%，分别下降1.0%和2.0%。"],
              doc=date(2024, 3, 20))
    assert ms[3].indicator == "农村居民人均可支配收入" and ms[3].value == -2.0


def test_since_event_and_cumulative_frame():
    ms = _run(["2017年人才新政发布以来，累计吸引落户青年人才73万，人才总量达651万。"],
              doc=date(2024, 4, 30))
    assert ms[0].period_text == "2017年人才新政发布以来" and ms[0].period_start == date(2017, 1, 1)
    assert ms[1].period_start is None  # a stock is not measured over a since-span
    (m, _) = _run(["截至2023年底，全市5G基站累计建成4.2万个，每万人拥有5G基站21个。"],
                  doc=date(2024, 1, 10))
    assert m.period_end == date(2023, 12, 31) and m.indicator == "5G基站"


def test_rates_of_change_and_levels():
    ms = _run(["2023年，居民消费价格上涨0.3%，失业率由年初的3.4%下降至年底的2.9%，"
               "基本消费物价通胀率为1.7%，全年访港旅客3400万人次。"], doc=date(2024, 2, 28))
    cpi, early, late, infl, visitors = ms
    assert cpi.kind == "growth_rate" and cpi.indicator == "居民消费价格"
    assert (early.kind, late.kind) == ("share", "share")
    assert early.period_end == date(2023, 1, 31) and late.period_end == date(2023, 12, 31)
    assert infl.kind == "growth_rate"
    assert visitors.kind == "actual" and visitors.period_start == date(2023, 1, 1)


def test_line_broken_sentence_is_read_as_one():
    a = Sentence(sent_no=0, block_no=0, text="一般公共预算收入413.2亿元，增长", raw_start=0,
                 raw_end=19)
    b = Sentence(sent_no=1, block_no=1, text="5.1%，税收占比69.3%。", raw_start=20, raw_end=35)
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in (a, b)}
    ms = extract_metrics([a, b], tags, date(2024, 1, 8), "洛阳")
    assert [(m.sent_no, m.indicator, m.kind) for m in ms] == [
        (0, "一般公共预算收入", "actual"), (1, "一般公共预算收入", "growth_rate"),
        (1, "税收占比", "share")]
    assert ms[1].char_start == 20


def test_clause_final_measure_word_after_a_noun_is_a_count():
    ms = _run(["两地已开通跨省城际公交线路22条，出台建设20条。"], doc=date(2025, 4, 1))
    assert [m.value for m in ms] == [22]


def test_currency_named_before_the_number_and_taiwanese_growth_words():
    ms = _run(["2023年，全市观光人次较前一年成长18.5%，观光产值突破新台币600亿元，"
               "外籍旅客年增率高达2.1倍。"], doc=date(2024, 1, 15))
    growth, output, foreign = ms
    assert growth.kind == "growth_rate" and growth.indicator == "观光人次"
    assert growth.period_start == date(2023, 1, 1)  # 前一年 is the comparison base
    assert output.qualifier == "break_through" and output.indicator == "观光产值"
    assert output.value_normalized == 6e10
    # 年增率2.1倍 is growth by 210% (a multiple of growth in %, metrics-16)
    assert foreign.kind == "growth_rate" and (foreign.value, foreign.unit) == (210, "%")


def test_one_word_naming_two_items_of_a_list():
    ms = _run(["城乡居民人均可支配收入分别达到72369元和38965元。"], doc=date(2021, 1, 20))
    assert [m.indicator for m in ms] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_plan_spans_and_amounts_of_matter():
    ms = _run(["今后五年，地区生产总值年均增长6%左右。",
               "五年间，累计新增城镇就业13.5万人，能源消费总量1.05亿吨标准煤。"],
              doc=date(2021, 1, 20), block_per_sentence=True)
    plan, jobs, energy = ms
    assert (plan.period_start, plan.period_end) == (date(2021, 1, 1), date(2025, 12, 31))
    assert plan.kind == "target"
    assert (jobs.period_start, jobs.period_end) == (date(2016, 1, 1), date(2020, 12, 31))
    assert energy.kind == "actual"  # 总量 of matter is a flow, not a stock


def test_counted_list_after_deng_is_a_count_but_a_slogan_is_not():
    ms = _run(["打好三大攻坚战，实施十大工程，培育人工智能、生物制造等8大未来产业。"])
    assert [(m.value, m.unit, m.unit_raw) for m in ms] == [(8, "个", "大")]
    assert ms[0].indicator == "培育未来产业"  # a flow verb before the list stays


def test_scope_of_a_plan_is_other_without_period():
    ms = _run(["下半年要围绕集成电路、新型储能等5大重点领域和18条细分赛道，加快项目落地。"])
    assert [(m.value, m.kind, m.period_start) for m in ms] == [(5, "other", None),
                                                               (18, "other", None)]
    assert [m.indicator for m in ms] == ["重点领域", "细分赛道"]


def test_caused_count_keeps_its_event_and_flow_verb_distributes():
    ms = _run(["要推动 12 座物流园区建成投运，年内新建社区食堂30个、口袋公园45个。"])
    by = _by_value(ms)
    assert by[12].indicator == "物流园区建成投运"
    assert by[30].indicator == "新建社区食堂" and by[45].indicator == "新建口袋公园"


def test_shared_head_of_counted_modifiers():
    ms = _run(["全省已形成2个万亿级、15个千亿级和6个百亿级产业集群。"], home="湖北省")
    assert [m.indicator for m in ms] == ["万亿级产业集群", "千亿级产业集群", "百亿级产业集群"]


def test_whole_list_before_number_and_in_place_prefix():
    ms = _run(["今年新建和改扩建托育机构、养老服务中心40所。",
               "在汉高等院校83所。"], home="武汉", block_per_sentence=True)
    by = _by_value(ms)
    assert by[40].indicator == "新建和改扩建托育机构、养老服务中心"
    assert by[83].indicator == "高等院校"


def test_rank_after_growth_ranks_the_growth():
    ms = _run(["去年全市进出口总额增长了12%，排全国第三位。"], doc=date(2024, 3, 1))
    rank = next(m for m in ms if m.kind == "rank")
    assert rank.indicator == "进出口增速"


def test_bound_before_the_verb_and_period_later_in_paragraph():
    ms = _run(["要优化服务，每个街道至少新建 2 个便民服务站；要稳定就业，"
               "力争城镇新增就业 12 万人以上，确保全年新增市场主体 5 万户。"], doc=date(2024, 4, 1))
    by = _by_value(ms)
    assert by[2].qualifier == "at_least" and by[2].qualifier_text == "至少"
    assert by[12].period_text == "全年" and by[12].period_end == date(2024, 12, 31)


def test_bare_metropolitan_area_is_the_home_citys():
    text = "一季度都市圈经济总量占全省比重达到 40.2%。"
    sent = Sentence(sent_no=0, block_no=0, text=text, raw_start=0, raw_end=len(text))
    tags = {0: [("一季度", "mq"), ("都市圈", "nz"), ("经济总量", "n"), ("占", "v"), ("全省", "n"),
                ("比重", "n"), ("达到", "v"), (" ", "x"), ("40.2%", "m"), ("。", "x")]}
    ms = extract_metrics([sent], tags, date(2024, 4, 1), "西安")
    assert ms[0].subject == "西安都市圈" and ms[0].period_text == "一季度"


def test_a_scope_verb_frames_a_plan_only_when_it_leads_the_clause():
    from pipelines.domain.metrics.counts import scopes_plan

    assert scopes_plan("围绕先进制造业等")
    assert scopes_plan(" 下半年要聚焦")  # a cue or time word may come first (lead of 6)
    assert scopes_plan("一二三四五六围绕")
    assert not scopes_plan("一二三四五六七围绕")  # too far in: not the clause's frame
    assert not scopes_plan("一二三四五六七围绕，聚焦")
    assert not scopes_plan("新建充电桩")


def test_same_period_of_another_year_is_a_base():
    (m,) = _run(["今年首三季，本地生产总值恢复至二〇一九年同期的86.5%。"], doc=date(2024, 11, 12))
    assert (m.period_start, m.period_end) == (date(2024, 1, 1), date(2024, 9, 30))


def test_review_heading_keeps_an_unfinished_year_a_result():
    # (was a per-head grant, 向每名永久性居民发放10,000澳门元: other and undated since session 23's
    # conventions, tests/gold/README.md; a spending of the year keeps what this test is about)
    texts = ["特区政府投入公共工程开支120亿澳门元。"]
    (m,) = _run(texts, doc=date(2024, 11, 12), home="澳门", heading_path=("一、2024年施政回顾",))
    assert m.kind == "actual" and m.period_end == date(2024, 12, 31)
    (m,) = _run(texts, doc=date(2024, 11, 12), home="澳门", heading_path=("一、2024年施政",))
    assert m.kind == "target"  # a year not over, without a review heading: a plan
    (m,) = _run(["特区政府向每名永久性居民发放10,000澳门元。"], doc=date(2024, 11, 12),
                home="澳门", heading_path=("一、2024年施政回顾",))
    assert (m.kind, m.period_start) == ("other", None)


def test_list_introduced_by_a_colon_takes_its_period():
    texts = ["“十五五”时期主要目标是：", "森林覆盖率稳定在63%以上。"]
    ms = _run(texts, doc=date(2026, 1, 26), block_per_sentence=True)
    assert (ms[0].kind, ms[0].period_start, ms[0].period_end) == (
        "target", date(2026, 1, 1), date(2030, 12, 31))


def test_yearly_figures_of_a_plan_span_its_years():
    texts = ["“十五五”时期主要目标是：", "到2030年，产业规模达到五千亿元，年均增长15%左右。"]
    level, rate = _run(texts, doc=date(2026, 1, 26), block_per_sentence=True)
    assert (level.period_start, level.period_end) == (date(2030, 1, 1), date(2030, 12, 31))
    assert (rate.period_start, rate.period_end) == (date(2026, 1, 1), date(2030, 12, 31))


def test_level_a_planned_change_starts_from_is_no_target():
    start, goal = _run(["明年房屋税税率由10%降至6%。"], doc=date(2024, 11, 12))
    assert (start.kind, start.period_start) == ("share", None)
    assert (goal.kind, goal.period_start) == ("target", date(2025, 1, 1))


def test_plan_named_as_a_noun_is_no_target_cue():
    (m,) = _run(["推行现金分享计划，向每名永久性居民发放10,000澳门元。"], doc=date(2023, 7, 3))
    assert m.kind != "target"


def test_a_provincial_text_naming_a_city_more_often_and_a_place_named_before():
    from pipelines.domain.analysis import analyse_document

    raw = ("一季度河南经济运行\n\n一季度，全省地区生产总值15236.8亿元，同比增长5.6%。"
           "全省规模以上工业增加值增长8.2%。全省社会消费品零售总额6987.4亿元。\n\n"
           "从省辖市看，郑州表现亮眼。该市一季度地区生产总值3468.2亿元，同比增长6.1%。"
           "郑州海关统计显示，郑州出口增长。\n")
    found = analyse_document(raw, published_on=date(2025, 4, 18)).metrics
    subjects = {m.quote: m.subject for m in found}
    assert subjects["15236.8亿元"] is None and subjects["8.2%"] is None
    assert subjects["3468.2亿元"] == "郑州" and subjects["6.1%"] == "郑州"
    assert next(m for m in found if m.quote == "3468.2亿元").indicator == "地区生产总值"


def test_a_plan_printed_in_a_notice_gives_undated_goals_its_years():
    from pipelines.domain.analysis import analyse_document

    raw = ("关于印发《某县实施方案（2026—2028年）》的通知\n\n各乡镇：现印发给你们。\n\n"
           "某县实施方案（2026—2028年）\n\n二、重点任务\n\n农村自来水普及率达到95%。"
           "明年为实施首年，全年完成农村户厕改造3000户以上。\n")
    found = {m.quote: m for m in analyse_document(raw, published_on=date(2025, 12, 8)).metrics}
    goal, task = found["达到95%"], found["3000户以上"]
    assert (goal.period_start, goal.period_end) == (date(2026, 1, 1), date(2028, 12, 31))
    assert goal.kind == "target"
    assert task.period_start == date(2026, 1, 1) and task.kind == "target"
