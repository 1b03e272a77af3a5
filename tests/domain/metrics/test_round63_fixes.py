"""Round 63's fixes (h191-h193: a province's bulletin on an earthquake's toll, the civil affairs
ministry's quarterly statistics, a Taiwan listed company's monthly revenue announcement), each
class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.domain.analysis import document_date
from pipelines.domain.cleaning import clean_document
from pipelines.domain.metrics.home import settled_home
from pipelines.domain.periods import resolve_period
from tests.domain.metrics.support import document_by_number, period_dates

REVENUE = (
    "公告本公司114年10月份營業收入\n\n"
    "說明：\n"
    "（1）本公司114年10月份營業收入為新台幣12.45億元，較去年同期增加8.12%。\n"
    "（2）截至10月底，本公司員工人數為1,032人。\n"
    "（3）本公司拥有人应占溢利为3.2亿元。\n"
)


def test_a_company_naming_itself_opens_no_name():
    found = document_by_number(REVENUE, date(2025, 11, 8))
    assert found["12.45億元"].indicator == "营业收入"
    assert found["8.12%"].indicator == "营业收入"
    assert found["1,032人"].indicator == "员工人数"
    # what a statement attributes to the company's owners keeps them
    assert found["3.2亿元"].indicator == "本公司拥有人应占溢利"


TABLE = (
    "2025年3季度社会服务统计数据\n\n"
    "主要指标\n"
    "指标名称\t单位\t3季度\t1-3季度累计\n"
    "收养登记\t件\t1260\t3815\n"
)


def test_a_run_of_quarters_is_a_span_from_the_first_to_the_last():
    found = document_by_number(TABLE, date(2025, 10, 28))
    assert period_dates(found["1260"]) == (date(2025, 7, 1), date(2025, 9, 30))
    assert period_dates(found["3815"]) == (date(2025, 1, 1), date(2025, 9, 30))
    assert found["3815"].kind == "count_total"
    assert resolve_period("一至三季度", date(2025, 10, 28)).start == date(2025, 1, 1)
    assert resolve_period("2-3季度", date(2025, 10, 28)).start == date(2025, 4, 1)


BREAKDOWN = (
    "公告本公司114年9月份營業收入\n\n"
    "（1）9月份營業收入明細：\n"
    "單位：新台幣千元\n"
    "項目\t114年9月\t113年9月\n"
    "營業收入淨額\t512,300\t468,150\n"
    "（2）地區別營收比重（114年9月）：\n"
    "地區別\t營收（新台幣千元）\t比重\n"
    "美洲\t301,257\t58.8%\n"
    "歐洲\t211,043\t41.2%\n"
)


def test_a_unit_line_thousands_are_no_figure():
    found = document_by_number(BREAKDOWN, date(2025, 10, 9))
    assert "千元" not in found
    assert document_by_number("单位：人民币千元\n投资超千元。\n", date(2025, 10, 9))["千元"]


def test_a_breakdown_with_a_share_column_is_a_table_titled_by_its_own_line():
    found = document_by_number(BREAKDOWN, date(2025, 10, 9))
    assert found["301,257"].value_normalized == 301_257_000
    assert found["301,257"].indicator == "美洲营收"
    assert found["58.8%"].indicator == "美洲营收比重"
    assert found["58.8%"].kind == "share"
    # dated by its own title, not by the column heads of the table above
    assert period_dates(found["211,043"]) == (date(2025, 9, 1), date(2025, 9, 30))


def test_a_change_column_headed_by_its_ratio_is_a_growth():
    found = document_by_number(
        "單位：新台幣千元\n"
        "項目\t114年9月\t113年9月\t增減金額\t增減比例\n"
        "營業收入淨額\t512,300\t468,150\t44,150\t9.43%\n", date(2025, 10, 9))
    assert found["9.43%"].kind == "growth_rate"
    assert found["44,150"].kind == "actual"


def test_a_range_whose_currency_is_written_once_before_its_low_end():
    found = document_by_number(
        "（3）本公司預估114年第四季營業收入將介於新台幣52億元至56億元之間，毛利率約介於41%至43%之間。\n",
        date(2025, 10, 9))
    revenue = found["52億元至56億元"]
    assert (revenue.value, revenue.value_high, revenue.unit) == (52, 56, "新台币")
    assert "56億元" not in found
    margin = next(m for quote, m in found.items() if quote.endswith("41%至43%"))
    assert (margin.value_high, margin.qualifier) == (43, "about")


QUAKE = (
    "据市地震局监测，截至6月12日8时，共记录到余震58次，其中3.0级以上余震2次。\n\n"
    "截至6月12日8时，地震造成受灾人口8600人，农作物受灾面积约320公顷；各级投入救援力量"
    "620人，出动车辆96台次。目前，全市粮食企业有效仓容86万吨。\n"
)


def test_events_and_areas_run_up_to_a_day_are_running_totals():
    found = document_by_number(QUAKE, date(2025, 6, 12))
    for quote in ("58次", "2次", "320公顷", "96台次"):
        assert found[quote].kind == "count_total", quote
        assert period_dates(found[quote]) == (date(2025, 6, 12), date(2025, 6, 12)), quote
    assert found["86万吨"].kind == "actual"  # a capacity is a level at the day


def test_relief_moved_shares_its_verb_across_the_list_and_tents_are_counted():
    found = document_by_number(
        "截至6月12日20时，共调运帐篷350顶、折叠床900张、棉被1500床。\n", date(2025, 6, 13))
    assert found["350顶"].indicator == "调运帐篷"
    assert found["900张"].indicator == "调运折叠床"
    assert found["1500床"].indicator == "调运棉被"


def test_every_level_as_the_doer_opens_no_name():
    found = document_by_number(
        "截至6月12日20时，各级累计投入抢险人员860人。全省各级各类学校1.2万所。\n",
        date(2025, 6, 13))
    assert found["860人"].indicator == "投入抢险人员"
    assert found["1.2万所"].indicator == "各级各类学校"


def test_a_network_reading_dates_the_event_it_measured():
    found = document_by_number(
        "中国地震台网正式测定：6月10日14时22分在四川雅安市芦山县发生4.6级地震，震源深度12千米。\n",
        date(2025, 6, 11))
    assert period_dates(found["12千米"]) == (date(2025, 6, 10), date(2025, 6, 10))


def test_a_publication_day_dates_what_the_sentence_says_it_gives():
    found = document_by_number(
        "据统计，2000年以来共发生5级以上地震9次。此次地震烈度图已于6月11日发布，"
        "Ⅵ度以上区域面积约820平方公里，共涉及12个乡镇。\n", date(2025, 6, 12))
    assert period_dates(found["9次"]) == (date(2000, 1, 1), date(2025, 6, 12))
    for quote in ("820平方公里", "12个"):
        assert period_dates(found[quote]) == (date(2025, 6, 11), date(2025, 6, 11)), quote
    assert found["12个"].kind == "count_total"


def test_a_radius_or_the_area_hit_opening_a_name_is_its_scope():
    found = document_by_number(
        "震中50公里范围内2000年以来共发生4级以上地震6次。目前，灾区共设置集中安置点9个。\n",
        date(2025, 6, 12))
    assert found["6次"].indicator == "发生4级以上地震"
    assert found["9个"].indicator == "设置集中安置点"


def test_a_company_filing_in_minguo_years_has_no_home_and_a_place_left_out_is_no_subject():
    raw = (
        "公告本公司114年9月份營業收入\n\n"
        "（1）本公司114年9月份營業收入為新台幣5.12億元，較去年同期增加9.43%。\n"
        "（2）以地區別而言，9月美洲地區營收占比為58.8%，亞洲地區（不含台灣）占比為31.6%。\n"
        "（3）本公司預估第四季營業收入將介於新台幣15億元至16億元之間。\n"
    )
    assert settled_home(None, raw.splitlines()) is None
    assert settled_home(None, ["經濟部統計處114年9月工業生產指數年增5.2%。"]) == "台湾"
    assert document_by_number(raw, date(2025, 10, 9))["31.6%"].subject is None
    assert document_by_number("亚洲地区（不含日本）占比为38.5%。\n", date(2025, 10, 9))[
        "38.5%"].subject is None


def test_an_announcement_dated_by_its_spokesman_in_a_tabbed_header():
    page = ("重大訊息主旨全文\n"
            "序號\t1\t發言日期\t114/10/09\t發言時間\t16:05:12\n"
            "主旨\t公告本公司114年9月份營業收入\n\n"
            "說明：本公司114年9月份營業收入為新台幣5.12億元。\n")
    assert document_date(clean_document(page, markup=False), page)[0] == date(2025, 10, 9)
