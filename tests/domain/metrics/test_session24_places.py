"""Document places and subjects of the classes of phrasing session 24 fixed: a town's own report
(its title names the town, its signature the county), a company's results naming its province's
全省 counties. Short documents written for each class in the genre's manner, not the set's."""

from __future__ import annotations

from datetime import date

import polars as pl

from pipelines.domain import batches
from pipelines.domain.metrics.frames import home_from_clauses, slice_rows
from pipelines.domain.metrics.home import home_from_title
from pipelines.domain.metrics.tagging import word_tags
from pipelines.domain.metrics.token_homes import homes_from_tokens, place_tokens
from tests.domain.metrics.support import batch_metrics, document_by_number

TOWN_REPORT = """南溪县白塔镇人民政府
关于白塔镇2023年工作总结和2024年工作计划的报告

县委、县政府：
2023年，白塔镇在县委、县政府的领导下，各项工作取得新成效。全年完成地区生产总值6.12亿元，同比增长4.9%；实现财政总收入2410万元。全镇茶叶面积达到1.8万亩，全镇规模养殖户达到36户。
南溪县白塔镇人民政府
2024年1月10日
"""


def _document_place(raw: str, published_on: date) -> str | None:
    """The place the warehouse gives the document: that of its numbers naming no place."""
    frame = batch_metrics([("d.txt", raw, published_on)])
    unplaced = frame.filter(pl.col("subject").is_null() & pl.col("place").is_not_null())
    modes = unplaced.get_column("place").mode().sort()
    return modes[0] if len(modes) else None


def test_a_town_named_in_the_title_is_the_home() -> None:
    """关于白塔镇2023年工作总结…的报告: a town government's report is the town's, though its
    heading and signature name its county (before: 南溪)."""
    assert home_from_title(TOWN_REPORT) == "白塔镇"
    assert _document_place(TOWN_REPORT, date(2024, 1, 10)) == "白塔镇"


def test_a_town_whose_congress_hears_the_report_is_the_home() -> None:
    """在石桥乡第十八届人民代表大会第三次会议上: a township's government work report."""
    raw = "政府工作报告\n——2024年1月6日在石桥乡第十八届人民代表大会第三次会议上\n乡长 王明\n"
    assert home_from_title(raw) == "石桥乡"


def test_a_city_named_like_a_town_keeps_its_level() -> None:
    """镇江市 opens with 镇 and 城乡 ends with 乡: a city's title stays the city's, a word ending
    like a town names none (a guard: passes before too)."""
    assert home_from_title("镇江市2024年国民经济和社会发展统计公报\n") == "镇江市"
    assert home_from_title("城乡2024年居民收入情况\n") is None


BANK_RESULTS = """汉江银行2024年净利润42.1亿元

3月27日晚间，汉江银行披露2024年年度报告。报告期内，该行实现营业收入136.5亿元，同比增长4.2%；实现归属于母公司股东的净利润42.1亿元，同比增长3.8%。
截至2024年末，该行资产总额6120.4亿元，较年初增长9.6%；不良贷款率1.21%，较年初下降0.03个百分点。该行资本充足率为13.1%，该行净息差为1.72%，同比收窄15个基点。
业务布局上，汉江银行持续深耕湖北县域市场，目前已在全省12个市州设立分支机构，县域支行覆盖全省60个县（市），营业网点总数达到208个。
分红方面，该行拟向全体普通股股东每10股派发现金红利2.10元（含税）。截至报告期末，该行第一大股东持股比例为15.2%。
"""


def test_a_company_speaking_of_its_province_is_placed_nowhere() -> None:
    """已在全省12个市州设立分支机构 in news of a bank's results that says 该行 far more often: the
    bank's own figures are no place's (before: 湖北)."""
    assert _document_place(BANK_RESULTS, date(2025, 3, 28)) is None


PROVINCE_NEWS = """前三季度全省旅游消费稳中有升

前三季度，全省接待游客4.8亿人次。分地区看，南宁市接待游客1.2亿人次，同比增长6.1%；桂林市接待游客0.9亿人次，同比增长5.4%；北海、防城港两地合计接待游客0.6亿人次。全省旅游消费持续回暖。
"""


def test_a_figure_of_a_list_of_places_is_none_of_theirs() -> None:
    """…；北海、防城港两地合计接待游客0.6亿人次: the list's total, no one place's, nor the place
    the clause before named (before: 桂林)."""
    found = document_by_number(PROVINCE_NEWS, date(2025, 10, 20))
    assert found["0.9亿人次"].subject == "桂林"
    assert found["0.6亿人次"].subject is None


COMPANY_REPORT = ["锦程科技2025年第三季度报告",
                  "报告期内，公司实现营业收入8.6亿元，同比增长12.4%。",
                  "公司在成都市新建生产基地一处，理财公司产品规模稳定。",
                  "2025年前三季度，公司净利润1.2亿元，公司研发投入0.9亿元。"]


def test_a_company_text_has_no_home_from_the_tokens_either() -> None:
    """A company's report saying 公司 more often than it names a place has no home whether its
    place is read from its clauses or from the tokens stage's words (before: 成都市 from the
    tokens, which kept no 公司)."""
    sents = pl.DataFrame({"doc_id": ["c"] * 4, "sent_no": list(range(4)), "text": COMPANY_REPORT,
                          "is_heading": [True, False, False, False]})
    with_clauses = slice_rows(sents, 5000, 600, 200)
    rows = slice_rows(sents, 5000, 600, 200, with_clauses=False).home_rows
    tokens = place_tokens(batches.tokenize_batch(sents, categorical=True).frames["tokens"])
    assert home_from_clauses(with_clauses.home_clauses[("c", 0)], word_tags()) is None
    assert homes_from_tokens(tokens, rows, word_tags()) == {("c", 0): None}


UNTITLED_TOWN_REPORT = """2023年工作总结和2024年工作计划

2023年，白塔镇在县委、县政府的领导下，各项工作取得新成效。全年完成地区生产总值6.12亿元，同比增长4.9%。全镇茶叶面积达到1.8万亩，全镇规模养殖户达到36户，南溪县下达的任务全部完成。
南溪县白塔镇人民政府
2024年1月10日
"""


def test_a_town_that_speaks_of_its_own_town_is_the_home() -> None:
    """A town's text whose title names no place but which speaks of 全镇 is the town's, not the
    county's its signature names (before: 南溪)."""
    assert home_from_title(UNTITLED_TOWN_REPORT) == "白塔镇"
    assert _document_place(UNTITLED_TOWN_REPORT, date(2024, 1, 10)) == "白塔镇"


def test_a_county_naming_its_towns_stays_the_county() -> None:
    """A county's text naming its towns and one town's 全镇 speaks of 全县 more: no town is its
    home (a guard: passes before too)."""
    raw = ("全县经济运行情况\n全县地区生产总值增长5.1%。白塔镇、石桥乡建成示范村12个，"
           "白塔镇全镇茶叶面积1.8万亩。全县粮食产量稳定。\n")
    assert home_from_title(raw) is None
