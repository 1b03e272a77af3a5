"""Round 59's fixes (h179-h181: a ministry's monthly hog market analysis, a newspaper's report on a
trade fair's closing, the finance ministry's monthly lottery sales), each class tested on text of
its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

FAIR = (
    "第21届中国东盟博览会闭幕\n\n"
    "本报南宁9月8日电 第21届中国—东盟博览会7日闭幕。本届东博会于9月3日至7日在南宁举办，"
    "展览总面积16万平方米，参展企业3200家。\n\n"
    "本届东博会到会采购商8.6万人，同比增长5.2%；东盟采购商2.4万人，非洲采购商0.6万人。"
    "本届东博会“云展厅”累计服务采购商超过12万人次。\n"
)


def test_this_session_of_an_event_takes_the_days_the_text_gives_it():
    found = document_by_number(FAIR, date(2025, 9, 8))
    for quote in ("8.6万人", "5.2%", "2.4万人", "12万人次"):
        assert period_dates(found[quote]) == (date(2025, 9, 3), date(2025, 9, 7)), quote
    assert "东博会" not in (found["8.6万人"].indicator or "")


def test_the_turnout_of_an_event_is_a_flow_of_its_days_and_a_running_total_stays_one():
    found = document_by_number(FAIR, date(2025, 9, 8))
    assert found["8.6万人"].kind == "actual"
    assert found["3200家"].kind == "actual"
    assert found["12万人次"].kind == "count_total"  # 累计服务


def test_buyers_named_by_where_they_come_from_have_no_subject():
    found = document_by_number(FAIR, date(2025, 9, 8))
    for quote, name in (("2.4万人", "东盟采购商"), ("0.6万人", "非洲采购商")):
        assert found[quote].subject is None
        assert found[quote].indicator == name


SALES = (
    "2025年9月份全国彩票销售情况\n\n"
    "1-9月累计，全国共销售彩票4575.06亿元，比上年同期增加77.43亿元，增长1.7%。\n\n"
    "9月份，与上年同期相比，全国共有18个省份彩票销售量出现增长。\n"
)


def test_a_running_total_written_after_the_span_it_runs_over():
    found = document_by_number(SALES, date(2025, 10, 24))
    total = found["4575.06亿元"]
    assert total.kind == "count_total"
    assert period_dates(total) == (date(2025, 1, 1), date(2025, 9, 30))
    assert found["77.43亿元"].kind == "actual"  # its change keeps its kind


def test_places_counted_by_the_change_their_figure_shows_are_members_of_the_whole():
    found = document_by_number(SALES, date(2025, 10, 24))
    assert found["18个"].kind == "count_total"


HOGS = (
    "2025年9月全国生猪市场形势\n\n"
    "9月份，全国集贸市场生猪平均价格为每公斤13.74元。分周看，第36周至第39周生猪平均价格分别为"
    "每公斤14.02元、13.81元、13.66元和13.47元。9月份猪粮比价为5.9:1，比上月下降0.3。\n\n"
    "9月份，自繁自养养殖户头均盈利84元，上月为头均盈利121元。\n"
)


def test_a_run_of_numbered_weeks_pairs_with_a_respectively_list():
    found = document_by_number(HOGS, date(2025, 10, 20))
    weeks = {"14.02元": date(2025, 9, 1), "13.81元": date(2025, 9, 8),
             "13.66元": date(2025, 9, 15), "13.47元": date(2025, 9, 22)}
    for quote, monday in weeks.items():
        assert period_dates(found[quote]) == (monday, date.fromordinal(monday.toordinal() + 6))
        assert found[quote].indicator == "生猪平均价格"


def test_a_ratio_of_two_prices_is_a_share():
    found = document_by_number(HOGS, date(2025, 10, 20))
    assert found["5.9:1"].kind == "share"


def test_last_months_figure_is_of_the_month_before():
    found = document_by_number(HOGS, date(2025, 10, 20))
    last = found["121元"]
    assert period_dates(last) == (date(2025, 8, 1), date(2025, 8, 31))
    assert last.indicator == "头均盈利"
    assert period_dates(found["84元"]) == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_market_after_the_product_priced_is_dropped_alone():
    found = document_by_number(
        "2025年9月农产品价格\n\n9月份，大豆集贸市场平均价格每公斤4.36元，环比上涨0.7%。"
        "全国农产品批发市场猪肉平均价格为每公斤18.42元。\n", date(2025, 10, 20))
    assert found["4.36元"].indicator == "大豆平均价格"
    assert found["0.7%"].indicator == "大豆平均价格"
    assert found["18.42元"].indicator == "猪肉平均价格"


def test_the_line_a_level_is_held_against_is_a_benchmark():
    found = document_by_number(
        "2025年11月份制造业采购经理指数\n\n11月份，制造业PMI为49.2%，低于50%的荣枯线。"
        "9月份猪粮比价为5.6:1，低于5.9:1的盈亏平衡点。\n", date(2025, 11, 30))
    for quote, name in (("低于50%", "荣枯线"), ("低于5.9:1", "盈亏平衡点")):
        line = found[quote]
        assert (line.indicator, line.kind, line.qualifier) == (name, "other", "none")
        assert period_dates(line) == (None, None)
    assert found["49.2%"].kind == "share"


def test_members_ranked_by_their_change_are_named_by_what_changed():
    found = document_by_number(
        "2025年9月份全国彩票销售情况\n\n9月份，与上年同期相比，全国共有18个省份彩票销售量出现增长。"
        "其中，山东、河北、河南增加额较多，分别增加1.52亿元、1.21亿元和0.96亿元，同比分别增长4.1%、"
        "3.8%和3.3%。辽宁、吉林减少较多，分别减少0.44亿元和0.31亿元。\n", date(2025, 10, 24))
    for quote, place in (("1.52亿元", "山东"), ("0.96亿元", "河南"), ("3.8%", "河北"),
                         ("0.44亿元", "辽宁"), ("0.31亿元", "吉林")):
        assert (found[quote].indicator, found[quote].subject) == ("彩票销售量", place), quote


def test_a_phase_with_its_days_in_brackets_is_a_time_and_the_list_after_it_one_name():
    found = document_by_number(
        "第21届东博会闭幕\n\n第二期（9月5日至7日）汽车配件、工程机械展区意向成交21.6亿美元；"
        "第三期（9月9日至11日）食品、农产品展区意向成交12.4亿美元。\n", date(2025, 9, 12))
    second, third = found["21.6亿美元"], found["12.4亿美元"]
    assert second.indicator == "汽车配件、工程机械展区意向成交"
    assert period_dates(second) == (date(2025, 9, 5), date(2025, 9, 7))
    assert third.indicator == "食品、农产品展区意向成交"


def test_an_ordinal_adverb_opening_a_relative_clause_is_part_of_the_name():
    found = document_by_number(
        "第21届东博会闭幕\n\n本届东博会于9月3日至7日举办，首次参展的企业达到860家，首次参会的采购商"
        "1.2万人。\n", date(2025, 9, 8))
    assert found["860家"].indicator == "首次参展的企业"
    assert found["1.2万人"].indicator == "首次参会的采购商"
