"""Round 15's leftovers on the held-out set (h47, h49), each a class of phrasing stated with
short sentences written for it: a 分别 list compared with the year before (比上年分别…), business
lines sharing their list's head, and the kinds of a year's livelihood work and of a network's
total length."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics


def _read(text: str, home: str = "株洲市", doc: date = date(2026, 1, 22)):
    return by_quote(metrics([text], doc=doc, home=home))


# 比上年分别增长: the period 上年 is dropped from the list's words, and its 比 with it


def test_a_list_compared_with_the_year_before_keeps_no_comparison_mark():
    found = _read("其中，云计算和大数据业务收入比上年分别增长14.5%和52.3%。")
    assert found["52.3%"].indicator == "大数据业务收入"
    found = _read("其中，工业和服务业较上年分别增长6.1%和5.2%。")
    assert [found[q].indicator for q in ("6.1%", "5.2%")] == ["工业", "服务业"]


def test_business_lines_share_the_lists_revenue_head():
    found = _read("其中，云计算和大数据业务收入比上年分别增长14.5%和52.3%。")
    assert found["14.5%"].indicator == "云计算业务收入"
    found = _read("固定和移动数据业务收入分别增长3.2%和4.1%。")
    assert found["3.2%"].indicator == "固定业务收入"


def test_a_name_that_ends_with_a_ratio_keeps_it():
    found = _read("小学、初中生师比分别为16.5:1和12.8:1。")
    assert found["16.5:1"].indicator.endswith("生师比")


# kinds: the work of a year (改造, 征集, 票决确定) is a flow; a network's total length a stock


def test_renovated_estates_of_a_year_are_a_flow():
    assert _read("2025年，全市改造老旧小区112个。")["112个"].kind == "actual"


def test_opinions_collected_and_projects_chosen_are_flows():
    found = _read("去年11月以来，市政府共征集群众意见建议3.6万条，经梳理论证形成候选项目15个，"
                  "由人大代表差额票决确定10个。")
    assert [found[q].kind for q in ("3.6万条", "10个")] == ["actual", "actual"]


def test_a_total_length_is_a_stock_and_a_new_length_a_flow():
    found = _read("全年新建光缆线路长度612万公里，全国光缆线路总长度达到7670万公里。")
    assert found["612万公里"].kind == "actual"
    assert next(m for q, m in found.items() if q.endswith("7670万公里")).kind == "count_total"
