"""Rounds 25 and 26's blind misses on detection, units and subjects (h77-h82: a Hong Kong retail
sales release, a national industrial profits release, a county's information disclosure report,
a city hotline's quarterly report, news on a land auction, a ministry's weekly farm prices),
each a class of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 11, 27)


def _found(texts, home=None):
    return by_quote(metrics(texts, doc=_DOC, home=home))


# rounds of bidding and seconds of waiting are units; a range of rounds so far is a span


def test_rounds_of_bidding_and_seconds_are_units():
    found = _found(["该宗地经过15轮竞价，由某公司竞得。", "热线平均应答时长12秒。"])
    assert (found["15轮"].unit, found["12秒"].unit) == ("轮", "秒")
    assert candidate_quotes("赛季前5轮共进行30场比赛。") == ["30场"]
    assert candidate_quotes("新一轮竞价于第二轮结束后开始。") == []


# a change of an index in points written with 个 (上升0.85个点) is in points, as 个百分点


def test_points_of_an_index_written_with_a_measure_word():
    found = _found(["本周蔬菜价格指数为108.2，比前一周下降1.36个点。"])
    assert found["1.36个点"].unit == "点"


# the time an act took after the event that started it (接单后2小时内恢复) or to its end
# (2小时内完成补装): a level at most;
# a rule's deadline (须在…内, 个工作日内) is none


def test_a_time_an_act_took_after_its_start():
    found = _found(["维修单位接单后3小时内恢复供电。", "区城管局1小时内完成修复。"])
    assert (found["3小时内"].unit, found["3小时内"].qualifier) == ("小时", "at_most")
    assert found["1小时内"].qualifier == "at_most"
    assert candidate_quotes("受理后2小时内须反馈处理意见。") == []
    assert candidate_quotes("签约后10个工作日内缴清价款。") == []


# another class's term in years right after one read (出让年限为70年，商服用地为40年)


def test_a_second_term_in_years_after_the_first():
    assert candidate_quotes("工业用地的出让年限为50年，仓储用地为50年。") == ["50年", "50年"]
    assert candidate_quotes("出让年限为70年，2025年完成出让。") == ["70年"]


# a running total after 累计 counts what the clause before counts, its noun elided


def test_a_running_total_with_its_noun_elided():
    found = _found(["知识库新增政策条目320条，累计达到2.1万条。"])
    assert found["达到2.1万条"].kind == "count_total"


# a decimal closing a bracket after 的: the level the thing before the bracket stood at


def test_a_level_given_in_brackets():
    assert candidate_quotes("该指数较年内低点（3月第2周的96.18）回升。") == ["96.18"]
    assert candidate_quotes("全年增长（按可比价格计算的）5.2%。") == ["5.2%"]


# the 一 of a word (唯一, 统一) is no numeral; two ratios to one joined by 至 are one band


def test_the_one_of_a_word_and_a_band_of_ratios():
    assert candidate_quotes("这是本次唯一一宗商业用地。") == []
    text = "比价为5.21:1，处于5:1至6:1的区间。"
    cands = find_candidates(text)
    assert [(text[c.start : c.end], c.value, c.value_high) for c in cands] == [
        ("5.21:1", 5.21, None), ("5:1至6:1", 5.0, 6.0)]


# shares in words: 成 with a tenths digit (七成六 = 76 %), 一半 after or before a bound (50 %)


def test_shares_written_in_words():
    found = _found(["来港旅客中内地旅客约占八成三。", "民营企业贡献率超过一半。"])
    assert (found["八成三"].value, found["八成三"].unit, found["八成三"].qualifier) == (
        83.0, "%", "about")
    assert (found["超过一半"].value, found["超过一半"].unit) == (50.0, "%")
    assert candidate_quotes("其中一半用于建设。") == []


# a set the clause's figures are taken in (在41个行业中，) counts nothing


def test_a_set_whose_members_are_counted_is_no_count():
    assert candidate_quotes("在36个工业行业中，20个行业利润增长。") == ["20个"]
    assert candidate_quotes("在建的36个项目中，有12个提前开工。") == ["36个", "12个"]


# a per-share amount keeps its share


def test_a_per_share_amount():
    assert _found(["公司基本每股收益0.31元/股。"])["0.31元/股"].unit == "元/股"


# a plot of land named with its district in the clause opening the sentence: the figures after
# describe it; 该地块 in later sentences of the paragraph, each speaking of it, keeps that place


def test_a_plots_district_is_the_subject_of_its_figures():
    found = _found(["其中最受关注的是青羊区某街道QY05(211)：2025-012号地块，净用地面积约31.2亩，"
                    "起始价9.8亿元。",
                    "该地块共吸引8家房企报名，经过20轮竞价，最终由某公司竞得。",
                    "据了解，该地块距离地铁站约500米，周边有3所学校。"])
    assert [found[q].subject for q in ("约31.2亩", "9.8亿元", "8家", "约500米", "3所")] == [
        "青羊区"] * 5
