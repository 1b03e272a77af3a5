"""Subjects (the place a figure is about) of the classes of phrasing held-out rounds 42-43 missed:
trading partners paired with figures by a 分别 list, a funder named inside the name of the funds,
a group of markets counted by a numeral before its level, the field a rank is taken in; and those
of rounds 44-45, merged meanwhile: a firm named after its province, visitors named by where they
come from, a figure's site written right after it, a national body's release without 全国, a
release whose first line is its issuing body alone. Short
documents written for each class in the genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.home import counts_places, home_from_title, infer_home_place
from pipelines.domain.metrics.tagging import word_tags
from tests.domain.metrics.support import document_by_number

CUSTOMS_RELEASE = """前三季度浙江省外贸进出口情况

前三季度，浙江省外贸进出口3.8万亿元，增长5.1%。对英国、法国分别出口862.4亿元、547.3亿元，分别增长3.2%、1.8%。
"""


def test_trading_partners_of_a_respectively_list_are_no_subjects() -> None:
    """对英国、法国分别出口…: the partners the province trades with, part of each figure's name,
    not the places the figures are about (before: 英国, 法国)."""
    found = document_by_number(CUSTOMS_RELEASE, date(2025, 10, 20))
    for quote in ("862.4亿元", "547.3亿元", "3.2%", "1.8%"):
        assert found[quote].subject is None, quote


def test_places_of_a_respectively_list_stay_its_subjects() -> None:
    """杭州、宁波分别进出口…: the places whose trade is counted stay the subjects (the partner
    rule reads only a place after 对 / 自 before the trade word)."""
    text = """前三季度浙江省外贸进出口情况

前三季度，杭州、宁波分别进出口6210.5亿元、9876.2亿元，分别增长4.3%、6.7%。
"""
    found = document_by_number(text, date(2025, 10, 20))
    assert [found[q].subject for q in ("6210.5亿元", "9876.2亿元", "4.3%", "6.7%")] == [
        "杭州", "宁波", "杭州", "宁波"]


COUNTY_REPORT = """和田县2025年对口支援工作总结

全年争取上海市对口援助资金2.36亿元，实施援建项目18个；通过消费帮扶销售特色农产品1.2亿元，同比增长9.6%。
"""


def test_a_funder_named_in_the_funds_is_no_subject() -> None:
    """争取上海市对口援助资金2.36亿元: the city paying for the county's work, part of the name of
    the funds, neither their place nor that of the figures after them (before: 上海 ×4)."""
    found = document_by_number(COUNTY_REPORT, date(2025, 12, 20))
    for quote in ("2.36亿元", "18个", "1.2亿元", "9.6%"):
        assert found[quote].subject is None, quote


def test_a_place_winning_funds_stays_the_subject() -> None:
    """疏附县争取广州市…资金: the county that won them, named before the verb, stays the subject
    of its figures in its city's report; only the funder after 争取 is left out (before: 广州,
    the last place named)."""
    text = """喀什市2025年对口支援工作总结

2025年，全市争取对口援助资金8.6亿元，全市实施援建项目96个。其中，疏附县争取广州市对口援助资金1.52亿元，实施援建项目11个。
"""
    found = document_by_number(text, date(2025, 12, 20))
    assert found["1.52亿元"].subject == "疏附县"
    assert found["11个"].subject == "疏附县"


MARKET_RELEASE = """中国证监会发布9月证券市场统计数据

9月份，全国新增投资者230万户，全国期货市场成交量6.1亿手。沪深北三市日均成交额1.96万亿元，环比增长6.2%。
"""


def test_markets_counted_before_their_level_are_no_place() -> None:
    """沪深北三市 (cut 沪|深北三市): the three exchanges a group's name counts, never a place
    (before: 深北三)."""
    found = document_by_number(MARKET_RELEASE, date(2025, 10, 15))
    for quote in ("1.96万亿元", "6.2%"):
        assert found[quote].subject is None, quote


def test_markets_counted_before_their_level_are_no_home() -> None:
    """A release naming only the markets by their count (沪深北三市) has no home place (before:
    深北三市, the only word it takes for a place)."""
    text = "9月，沪深北三市日均成交额1.96万亿元，沪深北三市融资融券余额2.4万亿元。"
    assert infer_home_place([word_tags()(text)]) is None
    assert counts_places("深北三市") and counts_places("苏锡常三市")
    assert not counts_places("三明市") and not counts_places("十堰市")


COURT_REPORT = """襄阳市中级人民法院关于审判执行工作情况的报告

2024年，全市两级法院共受理执行案件5.2万件，执结5.0万件。市中院审判质效主要指标位居全省前列，在2024年度全省法院审判质效评估中排名第2位。
"""


def test_the_scope_of_the_field_a_rank_is_taken_in_is_no_subject() -> None:
    """在…全省法院审判质效评估中排名第2位: the court's own rank; 全省 is the scope of the
    assessment it is ranked in, as in 居全省第2 (before: 全省)."""
    found = document_by_number(COURT_REPORT, date(2025, 10, 28))
    assert found["第2位"].subject is None


def test_a_place_ranked_in_a_field_stays_the_subject() -> None:
    """苏州在全省营商环境评价中位列第1: the city ranked stays the subject in its province's
    text; only the scope after 在 is left out (before: none, the province's 全省 named last)."""
    text = """江苏省营商环境评价结果发布

2025年，全省营商环境持续优化，全省新设经营主体120万户，全省经营主体总量达1500万户。苏州在全省营商环境评价中位列第1名。
"""
    found = document_by_number(text, date(2025, 10, 28))
    assert found["第1名"].subject == "苏州"


# Rounds 44-45 (merged while these were fixed): a firm named after its place, visitors named by
# where they come from, a figure's site written right after it.

BID_RESULT = """永兴县教育局2024年教室照明改造项目采购结果公告

2024年，全县完成教室照明改造326间。经公开招标，湖南星河照明科技有限公司以126.5万元中标，节约资金8.2万元，节约资金率6.09%。
"""


def test_a_firm_named_after_its_province_is_no_subject() -> None:
    """湖南星河照明科技有限公司以126.5万元中标: the firm's registered name opens with its
    province; the bid and the savings are the county's procurement's, not 湖南's (before: 湖南
    ×3)."""
    found = document_by_number(BID_RESULT, date(2024, 12, 20))
    for quote in ("126.5万元", "8.2万元", "6.09%"):
        assert found[quote].subject is None, quote


ARRIVALS_RELEASE = """澳門特別行政區政府統計暨普查局

2025年9月入境旅客

　　統計暨普查局資料顯示，9月入境旅客共3,087,526人次，按年上升8.2%。國際旅客共186,204人次，按年上升12.5%，以泰國（42,318人次）、日本（28,605人次）及美國（16,942人次）旅客較多。持個人遊簽注入境的中山市及其他大灣區城市居民有152,318人次，按月上升4.1%。旅行團方面，中國內地團客142,874人次；台灣團客及國際團客分別有6,215人次及12,423人次。
"""


def test_visitors_named_by_where_they_come_from_have_no_subject() -> None:
    """以泰國（42,318人次）、日本（28,605人次）及美國（16,942人次）旅客較多 (a thousands comma in
    the brackets), 入境的中山市及其他大灣區城市居民, 中國內地團客, 台灣團客及國際團客分別有…:
    where the visitors come from, part of their name, in a release on the city's arrivals
    (before: 日本, 美国, 中山 ×2, 中国, 台湾 ×2)."""
    found = document_by_number(ARRIVALS_RELEASE, date(2025, 10, 20))
    for quote in ("42,318人次", "28,605人次", "16,942人次", "152,318人次", "4.1%",
                  "142,874人次", "6,215人次", "12,423人次"):
        assert found[quote].subject is None, quote


CLIMATE_BULLETIN = """金昌市2025年气候公报

　　全市年平均气温9.6℃，较常年偏高0.8℃。全市各区县年降水量在186.2毫米（金川区）～312.6毫米（永昌县）之间。年极端最高气温36.8℃，出现在金川区（7月18日）；年极端最低气温-21.4℃，出现在永昌县（1月15日）。
"""


def test_a_figure_s_site_written_right_after_it_is_its_subject() -> None:
    """…在186.2毫米（金川区）～312.6毫米（永昌县）之间, …36.8℃，出现在金川区（7月18日）: each
    end of a range across places is its county's, a record is its site's (before: none, and 金川区
    for the range's upper end)."""
    found = document_by_number(CLIMATE_BULLETIN, date(2026, 1, 20))
    assert [found[q].subject for q in ("186.2毫米", "312.6毫米", "36.8℃", "-21.4℃")] == [
        "金川区", "永昌县", "金川区", "永昌县"]
    assert found["9.6℃"].subject is None


CITY_PRICES = """2025年9月份主要城市二手住宅销售价格变动情况

发布时间：2025-10-20 09:30　　来源：国家统计局　　【大 中 小】　【打印】

　　9月份，一线城市二手住宅销售价格环比下降0.6%。其中，北京、上海分别下降0.8%和0.5%，深圳下降0.3%。北京二手住宅销售价格同比下降4.2%，北京新建商品住宅销售价格同比下降2.1%。
"""


def test_a_national_body_s_release_is_the_country_s() -> None:
    """来源：国家统计局 over a release that never writes 全国 and names 北京 most: the country's
    (home 全国), so 北京's figures keep their subject (before: home 北京, its figures none)."""
    assert home_from_title(CITY_PRICES) == "全国"
    found = document_by_number(CITY_PRICES, date(2025, 10, 20))
    assert [found[q].subject for q in ("0.8%", "0.5%", "0.3%", "4.2%")] == [
        "北京", "上海", "深圳", "北京"]
    assert found["0.6%"].subject is None


def test_a_national_body_s_local_office_is_no_national_source() -> None:
    """来源：国家统计局广东调查总队, 国家税务总局浙江省税务局办公室, 国家金融监督管理总局湖北监管局:
    a national body's office in a province speaks for the province, not the country."""
    for source in ("国家统计局广东调查总队", "国家税务总局浙江省税务局办公室",
                   "国家金融监督管理总局湖北监管局"):
        head = f"1—10月主要指标情况\n\n发布时间：2025-11-18 10:30　来源：{source}　浏览次数：2356\n"
        assert home_from_title(head) != "全国", source


def test_a_first_line_naming_the_issuing_body_alone_is_the_home() -> None:
    """澳門特別行政區政府統計暨普查局 alone on the first line of a Traditional release naming
    中國內地 (a visitors' market) more often than Macau: the body's place is the home (before:
    none from the title, 全国 from 中國's count); so is 潍坊市统计局's."""
    assert home_from_title(ARRIVALS_RELEASE) == "澳门特别行政区"
    assert home_from_title("潍坊市统计局\n\n前三季度全市经济运行情况\n") == "潍坊市"
    assert home_from_title("关于做好统计工作的通知\n\n各县市区统计局：\n") is None


def test_overnight_visitors_named_by_where_they_come_from_have_no_subject() -> None:
    """中國內地留宿旅客平均逗留2.2日: the mainland visitors staying overnight, 中國 part of the
    name (before: 中国, in a text whose home is 澳門: 本澳, 訪澳)."""
    text = ARRIVALS_RELEASE + ("本澳酒店入住率為88.6%，訪澳旅客人均消費2,150澳門元，本澳留宿旅客"
                               "平均逗留2.1日；中國內地留宿旅客平均逗留2.2日，國際留宿旅客為2.6日。\n")
    found = document_by_number(text, date(2025, 10, 20))
    for quote in ("2.2日", "2.6日"):
        assert found[quote].subject is None, quote
