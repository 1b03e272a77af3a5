"""Round 102's fixes (h308-h310: a city culture-and-tourism bureau's summer-season report, a
provincial state-owned group's 1-10月 operations news, a city agriculture bureau's autumn harvest
and purchase news), each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates


def test_a_summer_season_dated_in_brackets_lends_its_days_to_its_bare_name():
    text = ("开封市2024年暑期旅游市场综述\n"
            "　　今年暑期（7月1日至8月31日），全市旅游市场持续升温。据测算，全年预计接待游客"
            "1.1亿人次。暑期全市接待游客1865.2万人次，同比增长9.4%。\n"
            "　　暑期全市各类博物馆接待观众215.7万人次。\n")
    found = document_by_number(text, date(2024, 9, 6))
    visitors = found["1865.2万人次"]
    assert visitors.indicator == "接待游客"
    assert period_dates(visitors) == (date(2024, 7, 1), date(2024, 8, 31))
    museums = found["215.7万人次"]
    assert museums.indicator == "各类博物馆接待观众"
    assert period_dates(museums) == (date(2024, 7, 1), date(2024, 8, 31))


def test_ying_opening_an_item_of_a_list_of_names_is_no_goal_word():
    text = ("　　1-2月，城隍庙、应天门、鼓楼等重点街区共接待游客56.2万人次，同比增长12.1%。\n")
    found = document_by_number(text, date(2025, 3, 10))
    assert found["56.2万人次"].kind == "actual"
    assert found["12.1%"].kind == "growth_rate"


def test_a_figure_named_before_done_of_its_plan_names_the_share():
    text = ("　　1-9月，公司实现利润总额18.4亿元，同比增长6.2%；营业收入完成年度预算的76.4%。\n")
    found = document_by_number(text, date(2025, 10, 20))
    share = found["76.4%"]
    assert (share.indicator, share.kind) == ("营业收入", "share")


def test_a_groups_own_units_are_a_frame_at_a_names_head():
    text = ("　　1-9月，集团所辖港口完成货物吞吐量1.26亿吨，同比增长4.4%；所属物流企业实现营业收入"
            "35.2亿元。\n")
    found = document_by_number(text, date(2025, 10, 20))
    assert not found["1.26亿吨"].indicator.startswith("所辖")
    assert not found["35.2亿元"].indicator.startswith("所属")


def test_about_before_the_share_after_the_parts_name_bounds_it():
    text = ("　　截至10月底，全县库存玉米约占全年收购量的38%，比上年同期提高2个百分点。\n")
    found = document_by_number(text, date(2025, 11, 5))
    share = found["38%"]
    assert share.indicator == "库存玉米占全年收购量"
    assert share.qualifier == "about"


def test_the_quantity_a_price_is_per_is_no_figure():
    text = ("　　国家继续在我省执行小麦最低收购价政策，小麦最低收购价为每50公斤119元。\n")
    found = document_by_number(text, date(2025, 6, 20))
    assert "50公斤" not in found
    assert "119元" in found


def test_an_adverb_of_extent_after_a_name_is_no_word_of_it():
    text = ("　　目前，新收稻谷水分普遍在18%—20%之间，收购价格较上月略有回落。\n")
    found = document_by_number(text, date(2025, 10, 15))
    assert found["18%—20%"].indicator == "新收稻谷水分"


def test_the_dates_of_hardships_overcome_date_no_later_figure():
    text = ("　　今年全县粮食生产克服了6月上旬干旱和7月中旬台风等不利影响。经实打实收测产，"
            "水稻平均单产512.6公斤/亩，比上年增加8.4公斤。\n")
    found = document_by_number(text, date(2025, 11, 1))
    assert period_dates(found["512.6公斤/亩"]) == (date(2025, 1, 1), date(2025, 12, 31))


def test_n_times_last_years_same_period_is_a_growth_over_the_figures_own_period():
    text = ("某市2025年三季度文旅市场运行情况\n"
            "　　三季度，全市接待游客1512.6万人次。与去年同期相比，入境游客增长明显，三季度共接待"
            "入境游客6.8万人次，是去年同期的1.7倍。\n")
    found = document_by_number(text, date(2025, 10, 20))
    rate = found["1.7倍"]
    assert (rate.kind, rate.value) == ("growth_rate", 70.0)
    assert period_dates(rate) == (date(2025, 7, 1), date(2025, 9, 30))


def test_a_contingency_plan_invoked_is_no_plan_for_the_number():
    text = ("　　10月以来，全省已启动稻谷最低收购价执行预案的库点46个；汛期全市启动防汛应急预案"
            "3次。\n")
    found = document_by_number(text, date(2025, 11, 10))
    assert found["46个"].kind == "count_total"
    assert found["3次"].kind != "target"
