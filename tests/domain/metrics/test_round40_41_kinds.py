"""Kinds of session 25 (the held-out set's kind misses after rounds 40-41 and the label conflicts
settled in tests/gold/README.md, "Conventions settled in session 25"): running totals up to a day,
a capacity that stands built, a result compared with last year in a year not over, a rank's move
since an earlier period, a rate named per its base, the gap between two figures, a revised
estimate, a plan's running total in its first weeks, and a normal's value in brackets. Short
sentences written for each class, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.kind import normal_value
from tests.domain.metrics.support import by_quote, metrics


def _found(texts: list[str], doc: date, home: str | None = "某省") -> dict:
    return by_quote(metrics(texts, doc=doc, home=home))


def test_a_flow_counted_up_to_a_day_is_a_running_total() -> None:
    """截至DAY with no start of its own: applications, units sold, sales so far are a running
    total at the day (count_total), as 累计 writes one; the change since a year end, those new in
    the months and a daily mean stay flows."""
    found = _found(["截至11月20日，全省家电以旧换新补贴申请量突破860万份，"
                    "其中手机购新补贴申请量310万件。",
                    "截至目前，赛事文创产品销售额突破3000万元，其中纪念徽章销量达到26万枚。",
                    "截至10月底，全省已建成换电站420座，比上年末增加60座。",
                    "截至9月底，全省新设企业18.6万户，日均审核补贴申请1.6万份。"],
                   doc=date(2025, 11, 25))
    assert {q: m.kind for q, m in found.items()} == {
        "突破860万份": "count_total", "310万件": "count_total",
        "突破3000万元": "count_total", "达到26万枚": "count_total",
        "420座": "count_total", "60座": "actual",
        "18.6万户": "actual", "1.6万份": "actual"}


def test_a_capacity_that_stands_built_is_its_level() -> None:
    """已建成 makes the things counted a stock; a capacity in 千瓦 / 千瓦时 of what stands built is
    its level at the day (actual, as a capacity at a date is); 累计 still a running total."""
    found = _found(["截至2025年9月底，全省已建成投运新型储能装机规模达到860万千瓦/1900万千瓦时。",
                    "截至9月底，全省累计装机达到1.2亿千瓦，已建成充电站3200座。"],
                   doc=date(2025, 10, 20))
    assert {q: m.kind for q, m in found.items()} == {
        "达到860万千瓦": "actual", "1900万千瓦时": "actual",
        "达到1.2亿千瓦": "count_total", "3200座": "count_total"}


def test_a_figure_compared_with_last_year_in_a_year_not_over_is_a_result() -> None:
    """今年 in April is not over, but a figure the next clause compares with last year's is what
    the year has so far (a goal carries a goal word); a budget for a year not begun stays a plan
    whatever it is compared with."""
    found = _found(["今年全省油菜种植面积1250万亩，与上年基本持平。",
                    "2026年度编列农业经费12.5亿元，较上年度增加1.1亿元。"],
                   doc=date(2025, 4, 20))
    assert found["1250万亩"].kind == "actual"
    assert found["12.5亿元"].kind == "target"


def test_a_rank_moved_since_an_earlier_period_is_a_change() -> None:
    """上升3位 against an earlier period (较上半年, 比上月) is a change, as against last year; a
    move with no base stays a move (other)."""
    found = metrics(["该市前三季度GDP排名较上半年上升3位至第六。", "该区综合排名位次上升2位。"],
                    doc=date(2025, 10, 30), home=None)
    assert [(m.quote, m.kind) for m in found] == [
        ("3位", "growth_rate"), ("第六", "rank"), ("2位", "other")]


def test_a_rate_named_per_its_base_is_a_share() -> None:
    found = _found(["10月，线网每百万车公里故障率0.38次，同比下降12.0%。"], doc=date(2025, 11, 10))
    assert found["0.38次"].kind == "share"


def test_the_gap_between_two_figures_is_no_amount_of_either() -> None:
    found = _found(["按性别分，男性人口为612.3万人，女性人口为598.1万人，男性多于女性14.2万人。"],
                   doc=date(2025, 11, 10))
    assert found["14.2万人"].kind == "other"
    assert found["612.3万人"].kind == "count_total"


def test_a_revised_estimate_is_of_the_period_it_was_published_for() -> None:
    """由早前公布的X修订为Y: X is the same quarter's figure as published before, no level a change
    starts from: it keeps the quarter's period."""
    found = _found(["第二季本地生产总值实质增长率由早前公布的3.2%修订为3.6%。"],
                   doc=date(2025, 11, 28), home=None)
    assert found["3.2%"].period_start == date(2025, 4, 1)
    assert found["3.6%"].period_start == date(2025, 4, 1)


def test_a_plans_running_total_in_its_first_weeks_is_a_goal() -> None:
    """累计 in a five-year period a few weeks old cannot name a result: the plan's running total."""
    found = _found(["“十五五”时期，累计推动2000家以上规模以上工业企业完成数字化改造。"],
                   doc=date(2026, 1, 20))
    assert found["2000家以上"].kind == "target"


def test_a_normals_value_in_brackets_after_its_words() -> None:
    text = "汛期全省平均降水量602.5毫米，较常年同期（512.4毫米）偏多2成。"
    assert normal_value(text, text.index("512.4"))
    assert not normal_value(text, text.index("602.5"))


def test_counts_over_a_span_since_a_start_are_the_deeds_done_in_it() -> None:
    """X以来 with no 累计: the measures taken since (限制出境, 屏蔽失信信息), a flow of the span,
    though their names hold no flow word; a level reached (达到5条) or what has been done so far
    (已在…推行) stays what there is."""
    found = _found(["2023年以来，全市法院限制出境52人，屏蔽失信信息4120条。",
                    "2025年以来，全自动运行线路达到5条。"], doc=date(2025, 10, 28))
    assert {q: m.kind for q, m in found.items()} == {
        "52人": "actual", "4120条": "actual", "达到5条": "count_total"}


def test_a_valuation_multiple_written_bare_is_a_level() -> None:
    found = _found(["10月末，两市平均市盈率为18.76，较上月末下降0.21。"], doc=date(2025, 11, 14),
                   home=None)
    assert found["18.76"].kind == "actual"


def test_the_parts_of_a_flow_given_in_the_next_sentence_are_flows() -> None:
    """其中 opening the sentence after a month's flow (共发行各类债券1120只): the counts named
    before them (公司债券560只、) are its parts; the members that qualified (其中6个楼盘当日售罄)
    stay a count of members."""
    found = _found(["10月份，交易所共发行各类债券1120只，发行金额0.98万亿元。",
                    "其中，公司债券560只、发行金额5100亿元，资产支持证券380只、发行金额2100亿元。",
                    "10月市区共有26个楼盘开盘，推出房源2800套。", "其中6个楼盘当日售罄。"],
                   doc=date(2025, 11, 14), home=None)
    assert {q: found[q].kind for q in ("560只", "380只", "6个")} == {
        "560只": "actual", "380只": "actual", "6个": "count_total"}


def test_firms_that_did_a_long_named_deed_in_the_month() -> None:
    found = _found(["10月份，A股市场共有9家企业首次公开发行股票并上市，首发募集资金120.5亿元。"],
                   doc=date(2025, 11, 14), home=None)
    assert found["9家"].kind == "actual"


def test_people_newly_identified_trained_or_sent_in_a_year() -> None:
    found = _found(["全年新识别纳入监测对象210户，培育高素质农民1500人，选派驻村工作队员620名。"],
                   doc=date(2025, 12, 16))
    assert {q: m.kind for q, m in found.items()} == {
        "210户": "actual", "1500人": "actual", "620名": "actual"}


def test_a_rate_of_decrease_named_before_the_number_signs_it() -> None:
    """年减率为0.18% after a fall of the population (named 总人口): a growth of -0.18."""
    found = _found(["9月底总人口1180万2400人，较上年同期减少2万1300人，年减率为0.18%。"],
                   doc=date(2025, 10, 10), home=None)
    assert (found["0.18%"].kind, found["0.18%"].value) == ("growth_rate", -0.18)


def test_a_departure_written_with_a_bare_pian_is_off_the_normal() -> None:
    """偏高 / 偏少 with no base in the clause: a climate text's departure from the normal (other),
    in degrees and percent as in 成, and for a 分别 list's later number; 较近5年平均值偏少 names a
    base: a change."""
    found = _found(["夏季平均气温27.1℃，偏高0.8℃；秋季降水量96.4毫米，偏多11.2%。",
                    "其中4月、9月分别偏高1.9℃和1.4℃。",
                    "直接经济损失9650万元，较近5年平均值偏少21.3%。"], doc=date(2025, 12, 20))
    assert {q: found[q].kind for q in ("0.8℃", "11.2%", "1.9℃", "1.4℃", "21.3%")} == {
        "0.8℃": "other", "11.2%": "other", "1.9℃": "other", "1.4℃": "other",
        "21.3%": "growth_rate"}


def test_a_procurements_scoring_points_are_its_parameters() -> None:
    found = _found(["评标采用综合评分法，满分100分，其中价格分30分、技术分50分、商务分20分。"],
                   doc=date(2025, 11, 3), home=None)
    assert {q: found[q].kind for q in ("30分", "50分", "20分")} == {
        "30分": "other", "50分": "other", "20分": "other"}


def test_a_breakdown_after_a_months_flow_gives_flows() -> None:
    """分板块看， opening the sentence after the month's listings: the classes' counts are parts
    of that flow."""
    found = _found(["10月份，A股市场共有9家企业首次公开发行股票并上市，首发募集资金120.5亿元。",
                    "分板块看，主板3家、科创板2家、创业板4家。"], doc=date(2025, 11, 14), home=None)
    assert {q: found[q].kind for q in ("3家", "2家", "4家")} == {
        "3家": "actual", "2家": "actual", "4家": "actual"}


def test_a_bare_ratios_classes_after_its_level_are_levels() -> None:
    found = _found(["10月末，两市平均市盈率为18.76，较上月末下降0.21；其中，沪市主板14.92、"
                    "科创板55.10。"], doc=date(2025, 11, 14), home=None)
    assert {q: found[q].kind for q in ("18.76", "0.21", "14.92", "55.10")} == {
        "18.76": "actual", "0.21": "growth_rate", "14.92": "actual", "55.10": "actual"}
