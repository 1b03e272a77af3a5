"""Session 24: rounds 38 and 39's blind misses on detection, units and text tables (h116-h121: a
procuratorate's work report, a province's release with a text table, a city's talent measures,
Macau's GDP release with a quarter table, a flood season's climate bulletin, an exchange's
monthly statistics), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from tests.domain.metrics.support import by_quote, cand, candidate_quotes, metrics

_DOC = date(2025, 11, 14)


def _found(texts):
    return by_quote(metrics(texts, doc=_DOC, home=None))


# a weather network's counts summed over its stations


def test_station_days_and_station_reports_are_units():
    text = "全市共出现大雨58站日，较常年偏多12站日；雷暴大风46站次，共有15站次日最高气温突破38℃。"
    assert {q: (cand(text, q).unit, cand(text, q).value) for q in candidate_quotes(text)
            if "站" in q} == {"58站日": ("站日", 58), "12站日": ("站日", 12),
                              "46站次": ("站次", 46), "15站次": ("站次", 15)}


def test_a_station_before_a_daily_word_is_no_unit():
    assert candidate_quotes("地铁5站日均客流为2万人次。") == ["2万人次"]


def test_reports_at_stations_are_flows_of_the_span():
    found = _found(["汛期全省共出现冰雹天气27站次。"])
    assert found["27站次"].kind == "actual"


# a small Chinese count of events after a verb of occurrence


def test_events_that_occurred_are_counted_in_chinese_numerals():
    assert candidate_quotes("7月上旬出现三次区域性强降雨过程，全省发生两场沙尘天气。") == [
        "三次", "两场"]


def test_a_small_chinese_count_of_sessions_still_names_a_meeting():
    assert candidate_quotes("会议审议了三次会议的决议。") == []


# a rate of change, then the level reached after 至


def test_a_rate_then_the_level_it_reached_are_two_figures():
    text = "访港旅客按年上升8.6%至2,350.2万人次。"
    assert candidate_quotes(text) == ["8.6%", "2,350.2万人次"]
    assert (cand(text, "8.6%").unit, cand(text, "2,350.2万人次").value) == ("%", 2350.2)


def test_a_range_of_rates_still_ends_in_percent():
    assert cand("预计增速为4.5%至5%。", "4.5%至5%").value_high == 5


# lengths of time that measure nothing


def test_the_days_a_named_period_holds_are_no_figure():
    assert candidate_quotes("9月份共有21个交易日（中秋节休市1天）。本月共20个工作日。") == []


def test_days_counted_by_what_happened_on_them_stay_figures():
    assert candidate_quotes("全年共有28个交易日成交额超过1万亿元。") == ["28个", "超过1万亿元"]


def test_a_rule_s_longest_term_after_a_grant_is_no_figure():
    assert candidate_quotes("对青年人才按每月1500元给予生活补贴，最长24个月。") == ["1500元"]


def test_a_measured_maximum_beside_its_mean_stays_a_figure():
    assert candidate_quotes("商品住宅平均去化周期为18个月，最长30个月。") == ["18个月", "30个月"]
