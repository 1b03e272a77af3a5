"""Indicator names, session 24 (rounds 38-39 and the relabelled ranks): classes of phrasing the
held-out set still named wrong, on short sentences written for each class, not the documents."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_a_rank_after_a_level_and_its_bare_growth_ranks_the_level() -> None:
    """Level, then 增长 x% with no name of its own, then a rank: places are ranked by their levels
    (clauses with no figure may stand between); after a growth alone the growth is ranked."""
    names = _names(["日照港集装箱吞吐量完成680.2万标箱，同比增长9.3%，居全国沿海港口第9位。",
                    "农村低保平均保障标准为6120元/人·年，比上年增长3.8%，居中部地区第2位。",
                    "武汉GDP为15120.6亿元，增长5.2%，增速在十强城市中靠前，排名第八。",
                    "高新技术企业数增长了31%，排全国第三位。"])
    assert names["第9位"] == "日照港集装箱吞吐量"
    assert names["第2位"] == "农村低保平均保障标准"
    assert names["第八"] == "GDP"
    assert names["第三位"] == "高新技术企业数增速"


def _names_cleaned(text: str) -> dict[str, str | None]:
    """Names of a document's figures after cleaning (Traditional text written Simplified)."""
    from datetime import date

    from pipelines.evaluate import analyse_document

    found = analyse_document(text, published_on=date(2025, 11, 20)).metrics
    return {m.quote: m.indicator for m in found}


def test_the_words_of_a_revision_name_nothing() -> None:
    """由早前公布的X修订为Y, 由X向上修订至Y, 相应修订为Y, 修订为: the figure revised keeps the name
    it had; the revising words and the cause's 主要由于 are no part of it."""
    names = _names_cleaned("本局同時修訂了第二季的數字。第二季出口貨值由早前公佈的3.2%修訂為3.6%，"
                           "主要由於貨物出口的升幅由2.1%向上修訂至2.8%；第二季進口貨值修訂為512.3億澳門元。"
                           "上半年經濟實質增長相應修訂為4.1%。")
    assert names["3.2%"] == names["3.6%"] == "出口货值"
    assert names["2.1%"] == names["2.8%"] == "货物出口的升幅"
    assert names["512.3億澳門元"] == "进口货值"
    assert names["4.1%"] == "经济"


def test_a_level_against_its_own_past_is_of_the_thing() -> None:
    """相当于 + only a time (2019年同期, 疫情前) + 的 x%: the level of the thing named before (or of
    the last name) against its own level then; a base of another thing stays a share of it."""
    names = _names(["2025年前三季度全市旅游收入为812.4亿元，增长6.1%，相当于2019年同期的93.2%。",
                    "2025年第三季入境旅客人次相当于疫情前2019年同期的91.4%。",
                    "2025年能繁母猪存栏4035万头，相当于正常保有量3900万头的103.5%。"])
    assert names["93.2%"] == "旅游收入"
    assert names["91.4%"] == "入境旅客人次"
    assert names["103.5%"] == "能繁母猪存栏占正常保有量"


def test_kinds_listed_in_brackets_inside_a_name_are_dropped() -> None:
    """X（a、b、c）Y: the kinds a figure spans, listed in brackets inside its name, are examples,
    no words of the name; the levels a place's count spans (县（市、区）) stay."""
    names = _names(["当月企业债券融资（公司债、企业债、中期票据）金额312.5亿元。",
                    "全省降水量超过500毫米的县（市、区）有15个。"])
    assert names["312.5亿元"] == "企业债券融资金额"
    assert "县（市、区）" in (names["15个"] or "")


def test_a_share_after_a_clause_ranking_items_among_the_first_is_theirs() -> None:
    """A、B、C三个行业X居前三，合计占Y的z%: the share is of the items the clause before ranks (with
    their measure), not a share of nothing; its period is no word of theirs."""
    names = _names(["从行业看，9月末机械、化工、汽车三个行业营业收入居全省前三，"
                    "合计占全省的41.2%。",
                    "国庆假期中，10月3日客运量最高，达512.5万乘次。"])
    assert names["41.2%"] == "机械、化工、汽车三个行业营业收入占全省"
    assert names["达512.5万乘次"] == "客运量"


def test_a_change_in_a_count_unit_after_an_amount_is_of_the_count() -> None:
    """N只, then an amount in 元, then 较上年末增加M只: the change is of the figure in its unit (the
    funds listed), not of the amount between."""
    names = _names(["截至9月末，全市基础设施公募REITs挂牌12只，总市值326亿元，较上年末增加3只。"])
    assert names["3只"] == names["12只"] == "基础设施公募REITs挂牌"


def test_a_disaster_toll_item_takes_no_verb_of_the_item_before() -> None:
    """倒塌房屋N间，严重损坏房屋M间: each item of a toll names its own harm; the verb of the first
    (倒塌) is not carried to a later item that is longer than it (严重损坏房屋)."""
    names = _names(["受台风影响，全省倒塌房屋320间，严重损坏房屋1150间，一般损坏房屋0.62万间。"])
    assert names["1150间"] == "严重损坏房屋"
    assert names["0.62万间"] == "一般损坏房屋"


def test_a_launched_response_shares_its_verb_over_the_list() -> None:
    """启动A N次、B M次: the responses launched, the verb over every item of the list; 各地 (every
    locality of the home) is its scope, no word of a name."""
    names = _names(["汛期共启动防汛Ⅳ级应急响应3次、Ⅱ级应急响应1次；"
                    "各地累计转移避险群众12.4万人次。"])
    assert names["3次"] == "启动防汛Ⅳ级应急响应"
    assert names["1次"] == "启动Ⅱ级应急响应"
    assert names["12.4万人次"] == "转移避险群众"


def test_the_length_cap_never_cuts_a_number_from_its_time_word() -> None:
    """A long name of a time limit (7日内…、3个月内…答复率) over the length cap keeps the number of
    its first time word: 日内… alone is no name."""
    names = _names(["信访服务中心接待群众来访1.2万人次，"
                    "7日内程序性回复、3个月内办理过程或结果答复率均为100%。"])
    assert (names["100%"] or "").startswith("7日内")


def test_an_urged_deed_is_named_by_what_was_done() -> None:
    """督促 + a deed (督促修复…): the causative, as 帮助, is no word of what is counted."""
    names = _names(["督促修复被毁损的草地、湿地0.86万亩。"])
    assert names["0.86万亩"] == "修复被毁损的草地、湿地"


def test_counted_doers_are_named_with_their_deed() -> None:
    """N个X + what they did to the clause's end: the doer and the deed, also when the doer is a
    place written with the levels it spans (县（市、区）受灾) and for every count of a 、 list
    the deed follows (N个集体、M名个人受到…表彰), the deed a little longer too."""
    names = _names(["暴雨共造成36个县（市、区）受灾。",
                    "全市8个集体、21名个人受到中华全国总工会表彰。"])
    assert names["36个"] == "县（市、区）受灾"
    assert names["8个"] == "集体受到中华全国总工会表彰"
    assert names["21名"] == "个人受到中华全国总工会表彰"


def test_a_weather_station_named_after_its_town_is_no_word_of_the_name() -> None:
    """X县Y镇站 + a measure: the town's station is where it was measured (the subject's place),
    as a place's team stands for it; 站 left alone names nothing."""
    names = _names(["8月2日，阜平县龙泉关镇站小时雨强达96.4毫米。"])
    assert names["达96.4毫米"] == "小时雨强"


def test_our_whole_in_a_share_base_is_the_home() -> None:
    """占我外贸总值, 占我市城镇居民…: "our" whole is the home's, no word of the base; 占我国… (the
    set's convention for national texts) stays."""
    names = _names(["同期，民营企业进出口13.02万亿元，占我外贸总值的56.6%。",
                    "2024年可再生能源装机占我国电力总装机的56.8%。"])
    assert names["56.6%"] == "民营企业进出口占外贸总值"
    assert names["56.8%"] == "可再生能源装机占我国电力总装机"


def test_a_forecast_word_inside_a_name_is_dropped() -> None:
    """X预计Y量: the forecast's word inside a name is no part of it (the kind says it is a
    forecast), as the 预计 opening a name is not."""
    names = _names(["未来五年，公营房屋预计建屋量约为172000个单位。"])
    assert names["约为172000个"] == "公营房屋建屋量"


def test_a_cap_per_round_is_of_the_deed_before() -> None:
    """X + a deed, then 每次 / 每批 + a cap: the figure per round is of the deed the clause before
    names (its frequency, 每两年, no word of it), not of 每次."""
    names = _names(["每两年评选“江城工匠”，每次不超过20名。"])
    assert names["不超过20名"] == "评选江城工匠"


def test_a_temperature_extreme_named_by_its_place_only_is_the_temperature() -> None:
    """最高为X的N℃ / 最低为X的N℃: the extreme temperature, its place the subject, not 最高为X."""
    names = _names(["7月中旬共有38站次日最高气温突破40℃，最高为邯郸市成安县的41.9℃（7月16日）。"])
    assert names["41.9℃"] == "最高气温"


def test_an_amount_after_a_growth_name_is_of_the_thing_that_grew() -> None:
    """…增速…回升0.6个百分点。B以N亿元排名第六: an amount with no name of its own after a growth's
    name (GDP增速) is of the thing that grew, and so is the rank by it."""
    names = _names(["前三季度，广州GDP增长3.8%，增速较上半年回升0.6个百分点。"
                    "前三季度，苏州以19835.4亿元排名第六。"])
    assert names["19835.4亿元"] == "GDP"
    assert names["第六"] == "GDP"


def test_the_mean_of_figures_takes_no_de() -> None:
    """X的平均值 / X的平均数: the mean of the figures named, written X平均值 as the set writes every
    mean (城镇调查失业率平均值)."""
    names = _names(["全年城镇调查失业率的平均值为5.1%。"])
    assert names["5.1%"] == "城镇调查失业率平均值"


def test_a_modal_of_expectation_closing_a_lists_words_is_dropped() -> None:
    """A、B全年X有望分别突破…: the modal (有望, 可望) the 分别 list's shared words end with is the
    forecast's (the kind says so), no word of the name."""
    names = _names(["广州、深圳全年GDP有望分别突破3.2万亿元和3.8万亿元。"])
    assert names["突破3.2万亿元"] == names["3.8万亿元"] == "GDP"


def test_an_issued_warning_shares_its_verb_up_to_the_lists_last_item() -> None:
    """发出A N次、B M次及C K次: the warnings issued, 发出 over every item, the last one joined by 及
    (or 和) too."""
    names = _names(["全年共发出黄色预警信号9次、橙色预警信号3次及红色预警信号1次。"])
    assert names["3次"] == "发出橙色预警信号"
    assert names["1次"] == "发出红色预警信号"
