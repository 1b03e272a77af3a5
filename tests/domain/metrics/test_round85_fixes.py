"""Round 85's fixes (h257-h259: a district's yearly 民生实事 completion notice, Macao's monthly
hotel statistics in Traditional script, a city housing bureau's monthly transactions page), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_completion_rate_column_is_a_share_named_by_the_row():
    text = ("2024年度重点民生项目完成情况\n\n"
            "项目\t年度目标\t完成情况\t完成率（%）\n"
            "新建口袋公园（个）\t20\t24\t120.0\n"
            "新增养老床位（张）\t500\t468\t93.6\n")
    found = document_by_number(text, date(2025, 1, 20))
    for quote, name in (("120.0", "新建口袋公园完成率"), ("93.6", "新增养老床位完成率")):
        assert found[quote].kind == "share", quote
        assert found[quote].indicator == name, quote
    # the goal and the result beside it keep the row's name
    assert found["24"].indicator == "新建口袋公园"
    assert found["20"].kind == "target"


def test_hotel_guests_named_by_where_they_come_from_keep_the_place_in_the_name():
    text = ("2025年9月，酒店業場所住客共120.5萬人次。香港住客14.2萬人次，按年下跌1.8%；"
            "日本及泰國住客分別為3.1萬及2.6萬人次。")
    found = document_by_number(text, date(2025, 10, 30))
    assert found["14.2萬人次"].indicator == "香港住客"
    assert found["14.2萬人次"].subject is None
    assert found["1.8%"].indicator == "香港住客"
    assert found["2.6萬人次"].indicator == "泰国住客"
    assert found["2.6萬人次"].subject is None


def test_homes_signed_online_in_a_month_are_a_flow():
    text = ("9月份，全市新建商品住宅网签2,315套，二手房网签3,108套；住房租赁合同网签备案"
            "4,260笔。1-9月，新建商品住宅累计网签2.06万套。")
    found = document_by_number(text, date(2025, 10, 8))
    for quote in ("2,315套", "3,108套", "4,260笔"):
        assert found[quote].kind == "actual", quote
    # a running total over the months stays a total
    assert found["2.06万套"].kind == "count_total"


def test_a_table_of_a_citys_districts_headed_chengqu_gives_each_row_its_place():
    text = ("附表：9月各城区二手住宅成交情况\n"
            "城区\t成交套数（套）\t成交均价（元/平方米）\n"
            "青秀区\t1,206\t11,820\n"
            "兴宁区\t538\t7,460\n")
    found = document_by_number(text, date(2025, 10, 8))
    assert found["1,206"].subject == "青秀区"
    assert found["1,206"].indicator == "成交套数"
    assert found["7,460"].subject == "兴宁区"
    assert found["7,460"].indicator == "成交均价"


def test_a_bare_area_after_new_homes_counted_is_their_area():
    text = ("9月份，全市新建商品房网签3,126套，面积35.48万平方米，环比增长6.2%；其中商品住宅"
            "网签2,704套、面积30.15万平方米。")
    found = document_by_number(text, date(2025, 10, 8))
    assert found["35.48万平方米"].indicator == "新建商品房网签面积"
    assert found["6.2%"].indicator == "新建商品房网签面积"
    assert found["30.15万平方米"].indicator == "商品住宅网签面积"
