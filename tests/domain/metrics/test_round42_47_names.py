"""Names of blind rounds 42-47's classes of phrasing (tests/gold/heldout h128-h145; the held-out
README lists the misses): a class per test, on short texts written for it in the genre's manner
(a group's own results news, a bulletin's counts)."""

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def release(raw: str) -> dict[str, str | None]:
    """A whole text's names by number (Traditional script is cleaned to Simplified)."""
    return {q: m.indicator for q, m in document_by_number(raw, date(2025, 10, 30)).items()}


GROUP_NEWS = (
    "中国远航：前三季度经营业绩稳步增长\n\n"
    "10月20日，中国远航集团有限公司（以下简称“中国远航”）召开经济运行分析会。\n\n"
    "1-9月，中国远航实现营业收入4260亿元，同比增长5.1%。第三季度，集团实现利润总额182亿元，"
    "同比增长3.6%。截至9月末，集团资产总额9860亿元。中国远航以营业收入位列世界500强第203位。\n\n"
    "从所属企业看，远航物流营业收入分别为635亿元。\n"
)


def test_a_firms_defined_short_name_is_its_own_news_voice():
    """…集团有限公司（以下简称“中国远航”） in the lead, 中国远航 in the headline: the text is
    the group's own news, and its short name (its place word 中国 included) opens no name, as
    公司 in a company's report; 集团 alone is the group speaking of itself."""
    found = release(GROUP_NEWS)
    assert found["4260亿元"] == "营业收入"
    assert found["5.1%"] == "营业收入"
    assert found["182亿元"] == "利润总额"
    assert found["9860亿元"] == "资产总额"
    assert found["第203位"] == "营业收入"


def test_a_subsidiary_named_after_the_group_keeps_its_name():
    """远航物流 (the group's name without its place, then the subsidiary's trade) is another
    firm: its name stays."""
    assert release(GROUP_NEWS)["635亿元"] == "远航物流营业收入"


def test_a_short_name_defined_in_passing_is_no_texts_voice():
    """A news text defining a firm it reports on (…有限公司（以下简称“远航物流”）) and heading
    with something else: the firm is a doer, kept."""
    found = release(
        "全市物流业运行平稳\n\n"
        "本月，远航物流股份有限公司（以下简称“远航物流”）在本市新设分拨中心。\n\n"
        "1-9月，远航物流实现营业收入63.5亿元。\n")
    assert found["63.5亿元"] == "远航物流营业收入"


def test_the_mainland_as_macaos_releases_write_it_is_one_place():
    """中國內地旅客 (a Macao or Hong Kong release): 中国内地 is one place, the mainland; its
    中国 is not the country cut off the name (as 中国大陆)."""
    found = release("按客源地統計，中國內地旅客有2,150,326人次，佔入境旅客總數的72.1%；"
                    "中國內地團客95,874人次。\n")
    assert found["2,150,326人次"] == "中国内地旅客"
    assert found["72.1%"] == "中国内地旅客占入境旅客总数"
    assert found["95,874人次"] == "中国内地团客"


def test_a_public_holiday_before_its_figures_is_their_period():
    """國慶黃金周（10月1日至8日）入境旅客共…: the golden week is the figures' period (its days
    in brackets), no part of their names, with 日均 too; as a film season's 国庆档票房."""
    found = release("國慶黃金周（10月1日至8日）入境旅客共1,183,564人次，按年上升7.9%，"
                    "日均147,946人次。春节档票房95.1亿元。\n")
    assert found["1,183,564人次"] == "入境旅客"
    assert found["7.9%"] == "入境旅客"
    assert found["147,946人次"] == "日均入境旅客"
    assert found["95.1亿元"] == "票房"


def test_a_citys_own_port_airport_and_bridge_keep_its_name():
    """A city's report on its own port, airport and bridge (厦门港, 厦门高崎国际机场, 厦门大桥):
    the city opens the facility's name, not the home place dropped from it; 全国运输机场 is a
    class of airports (the home's 全国 goes)."""
    found = by_quote(metrics(["截至6月底，泉州港集装箱班轮航线达到86条。",
                              "泉州晋江国际机场完成旅客吞吐量635.6万人次。",
                              "泉州大桥日均车流量为3.2万辆次。"], home="泉州市"))
    assert found["达到86条"].indicator == "泉州港集装箱班轮航线"
    assert found["635.6万人次"].indicator == "泉州晋江国际机场旅客吞吐量"
    assert found["3.2万辆次"].indicator == "泉州大桥日均车流量"


def test_a_scope_set_in_the_paragraphs_sentence_before_names_its_members():
    """70个大中城市中，… in one sentence, then 二手住宅销售价格环比下降的城市有N个 in the next of
    the same paragraph: the members are still the scope's (…的大中城市, session 20); a new
    paragraph sets no scope."""
    found = release("9月份，70个大中城市中，新建商品住宅销售价格环比下降的城市有52个。"
                    "二手住宅销售价格环比下降的城市有60个，上涨的有6个。\n\n"
                    "同比看，二手住宅销售价格下降的城市有68个。\n")
    assert found["52个"] == "新建商品住宅销售价格环比下降的大中城市"
    assert found["60个"] == "二手住宅销售价格环比下降的大中城市"
    assert found["6个"] == "上涨的大中城市"
    assert found["68个"] == "二手住宅销售价格下降的城市"


def test_a_bare_verb_after_a_deed_and_its_object_acts_on_the_same_things():
    """受理执行案件…件，执结…件 (a court's report): the bare 执结 is of the same cases, named with
    the object's head (执结案件); a move (下跌个股…家，涨停…家) names no object."""
    found = by_quote(metrics(["其中，2023年、2024年分别受理执行案件4.38万件、4.91万件，"
                              "执结4.27万件、4.83万件。",
                              "全市场下跌个股1285家，涨停46家。"]))
    assert found["4.27万件"].indicator == "执结案件"
    assert found["4.83万件"].indicator == "执结案件"
    assert found["46家"].indicator == "涨停"


def test_a_budgeted_item_is_named_without_its_budget_word():
    """總開支預算為…, 營運開支預算為… (a budget speech): the item budgeted, its kind saying it is a
    plan (session 25); 预算 inside a statistical name stays."""
    found = release("特區政府總開支預算為1,150億澳門元，其中「投資與發展開支計劃」預算為"
                    "320億澳門元。一般公共预算收入为702.9亿元。\n")
    assert found["1,150億澳門元"] == "总开支"
    assert found["320億澳門元"] == "投资与发展开支计划"
    assert found["702.9亿元"] == "一般公共预算收入"


def test_already_as_damaged_ocr_reads_it_opens_no_name():
    """其中巳消除风险…户 (an OCR'd county report: 巳 for 已): the mark of a deed done is dropped,
    as 已 is (session 25)."""
    found = by_quote(metrics(["全县累计识别纳入防止返贫监测对象2216户，其中巳消除风险1489户。"]))
    assert found["1489户"].indicator == "消除风险"


def test_a_respective_list_after_a_list_of_counted_items_is_of_those_items():
    """分板块看，主板3家、科创板2家…，首发募资分别为… (an exchange's monthly report): each figure of
    the 分别 list is of one item the clause before counted, in order, with this clause's name."""
    found = release("分板块看，主板4家、科创板1家、创业板3家，首发募资分别为62.30亿元、"
                    "11.85亿元和29.27亿元。\n")
    assert found["62.30亿元"] == "主板首发募资"
    assert found["11.85亿元"] == "科创板首发募资"
    assert found["29.27亿元"] == "创业板首发募资"
