"""Blind round 22's period misses (tests/gold/heldout/README.md), a class of phrasing per test,
each on short sentences written for it in the genre's manner: a Hong Kong-listed company's
results dated by the day their months close (截至…止十個月, 於…止九個月, 截至…止年度), its
本年度 / 本年內 / 於…日 and signed dateline, a graduating class (2025届), a statistics day and a
section's survey levels, a flight season (冬春航季), a count dated after its things, 半年内 in a
name, 累计 over a year's events; and round 20's sum over listed months (7月、8月…合计)."""

import re
from datetime import date

from pipelines.domain.analysis import analyse_document, document_date
from pipelines.domain.cleaning import clean_document
from pipelines.domain.records import Metric
from tests.domain.metrics.support import period_dates as _dates


def _by_quote(raw: str, published_on: date) -> dict[str, Metric]:
    """The metrics by their number and unit (the words before the number, 約人民幣, left off)."""
    found = analyse_document(raw, published_on=published_on).metrics
    return {_NUMBER_ON.search(m.quote).group(): m for m in found}  # type: ignore[union-attr]


_NUMBER_ON = re.compile(r"[\d.,]+.*$")


OPERATING_UPDATE = (
    "自願公告\n2025年7月未經審核經營數據\n\n"
    "一、合約銷售\n"
    "截至2025年7月31日止七個月，本集團共實現合約銷售金額約人民幣65.2億元，同比減少11.4%；"
    "合約銷售建築面積約30.8萬平方米。\n"
    "本集團於2025年6月30日止六個月的收入為人民幣48.1億元。\n"
    "截至2024年12月31日止年度，本集團共交付住宅單位2.3萬套。\n"
    "截至2025年7月31日，本集團現金及現金等價物約人民幣88.6億元。\n"
)


def test_a_span_named_by_the_day_it_closes_is_its_months():
    """截至2025年7月31日止七個月 / 於2025年6月30日止六個月 / 截至2024年12月31日止年度: the months
    (the year) ending that day, how Hong Kong's listed companies date their results; 截至 a day
    alone stays that day (a stock)."""
    m = _by_quote(OPERATING_UPDATE, date(2025, 8, 8))
    for quote in ("65.2億元", "11.4%", "30.8萬平方米"):
        assert _dates(m[quote]) == (date(2025, 1, 1), date(2025, 7, 31)), quote
    assert _dates(m["48.1億元"]) == (date(2025, 1, 1), date(2025, 6, 30))
    assert _dates(m["2.3萬套"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _dates(m["88.6億元"]) == (date(2025, 7, 31), date(2025, 7, 31))


EMPLOYMENT_REPORT = (
    "某某大学2024届毕业生就业质量年度报告\n\n"
    "前言\n\n报告数据统计截至2024年8月31日。\n\n"
    "一、毕业生规模\n\n学校2024届毕业生共8520人，其中本科生5210人，较2023届增加126人。\n\n"
    "二、毕业去向\n\n截至2024年8月31日，学校2024届毕业生毕业去向落实率为92.6%，较上届提高0.5个百分点。"
    "其中，本科生毕业去向落实率为90.4%。\n\n"
    "三、薪酬水平\n\n2024届毕业生平均月薪为7630元，同比增长2.8%。\n"
)


def test_a_graduating_class_is_the_year_it_graduates():
    """2024届 (a graduating class): its counts and pay are of that year; after the day a sentence
    opens with (截至2024年8月31日，学校2024届毕业生毕业去向落实率…) the class names whose state the
    day dates, and the paragraph goes on at that day."""
    m = _by_quote(EMPLOYMENT_REPORT, date(2024, 12, 20))
    year = (date(2024, 1, 1), date(2024, 12, 31))
    for quote in ("8520人", "5210人", "7630元", "2.8%"):
        assert _dates(m[quote]) == year, quote
    day = (date(2024, 8, 31), date(2024, 8, 31))
    for quote in ("92.6%", "90.4%"):
        assert _dates(m[quote]) == day, quote


def test_a_signed_dateline_at_the_foot_is_the_texts_date():
    """香港，2025年8月8日 on a line of its own under 承董事會命 and the chairman's name: the day the
    announcement is signed and printed, its own date (not inferred from the days it reports)."""
    notice = (OPERATING_UPDATE + "\n承董事會命\n某某置業控股有限公司\n主席\n張三\n\n"
              "香港，2025年8月8日\n\n於本公告日期，董事會包括執行董事張三先生及李四先生。\n")
    cleaned = clean_document(notice, markup=False)
    assert document_date(cleaned, notice) == (date(2025, 8, 8), "text")
    # a place and a day inside a sentence is no dateline
    assert document_date(clean_document("香港，2025年8月8日举行会议，共有120人出席。\n",
                                        markup=False))[1] != "text"


COMPANY_UPDATE = (
    "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。\n\n"
    "某某地產控股有限公司\n（股份代號：1234）\n\n自願公告\n2025年8月未經審核經營數據\n\n"
    "本年度本集團堅持審慎投資，拿地金額佔合約銷售金額的比例控制在35%以內。\n"
    "截至2025年8月31日，本集團現金約人民幣52.6億元，本年內已償還境外優先票據本金約2.1億美元。"
    "本集團於2025年6月30日止六個月的融資成本平均為每年5.12%；"
    "於2025年6月30日，本集團淨負債率約為61.2%。\n\n香港，2025年9月9日\n"
)


def test_a_hong_kong_companys_year_and_its_year_so_far():
    """A Hong Kong company's 本年度 is its calendar year (not the government's April-March
    financial year); 本年內 in a results sentence runs to the document's date and does not carry
    to a sentence naming its own span; 於2025年6月30日， opening a sentence is the day its figures
    stand at."""
    m = _by_quote(COMPANY_UPDATE, date(2025, 9, 9))
    assert _dates(m["35%以內"]) == (date(2025, 1, 1), date(2025, 12, 31))
    assert _dates(m["2.1億美元"]) == (date(2025, 1, 1), date(2025, 9, 9))
    assert _dates(m["5.12%"]) == (date(2025, 1, 1), date(2025, 6, 30))
    assert _dates(m["61.2%"]) == (date(2025, 6, 30), date(2025, 6, 30))


AVIATION_RELEASE = (
    "民航局发布2025年10月民航主要生产指标\n\n"
    "1-10月，民航累计完成旅客运输量6.2亿人次，同比增长5.1%。\n\n"
    "年旅客吞吐量1000万人次以上的机场中，有12个机场10月旅客吞吐量同比增速超过8%。\n\n"
    "冬春航季（10月26日起）国内航线每周计划航班量为10.8万班，较上一航季增加2.6%。\n"
)


def test_a_flight_season_and_a_count_dated_after_its_things():
    """冬春航季 is the IATA winter season (the last Sunday of October to the Saturday before the
    last Sunday of March); 有12个机场10月旅客吞吐量…超过8%: the month after the things counted
    dates the count, not the paragraph's months before."""
    m = _by_quote(AVIATION_RELEASE, date(2025, 11, 14))
    season = (date(2025, 10, 26), date(2026, 3, 28))
    flights = next(v for k, v in m.items() if k.startswith("10.8万"))  # (万班 or 万)
    assert _dates(flights) == season
    assert _dates(m["2.6%"]) == season
    assert _dates(m["12个"]) == (date(2025, 10, 1), date(2025, 10, 31))
    assert _dates(m["6.2亿人次"]) == (date(2025, 1, 1), date(2025, 10, 31))


def test_half_a_year_within_a_name_is_no_period():
    """入职半年内离职率 (within half a year of taking the job): a length in the measure's name,
    not 年内 (the year so far); the rate stays undated and keeps its name."""
    m = _by_quote("三、就业保障\n\n毕业生入职半年内离职率为4.7%。\n", date(2025, 12, 26))
    assert _dates(m["4.7%"]) == (None, None)
    assert "半年内" in (m["4.7%"].indicator or "")


SURVEY_REPORT = (
    "某某学院2024届毕业生就业质量年度报告\n\n"
    "前言\n报告数据统计截至2024年8月31日，较上年有所提高。\n\n"
    "第一章 毕业去向\n截至2024年8月31日，毕业去向落实率为92.6%，较上届提高0.5个百分点。\n"
    "升学1205人，占18.3%。\n\n"
    "第二章 就业质量\n2024届毕业生平均月薪为7630元，同比增长2.8%。\n"
    "毕业生专业对口度为83.2%，就业满意度为91.5%。\n\n"
    "第三章 工作举措\n学校全年举办校园招聘会312场，累计邀请用人单位4120家。\n"
)


def test_a_statistics_day_dates_the_states_not_a_sections_survey_levels():
    """The release's statistics day (截至2024年8月31日) dates the undated states of a section
    comparing them (升学1205人，占18.3%), not those of a section that dates its figures by a span
    of its own (2024届毕业生平均月薪…: its survey levels stay undated); 累计邀请用人单位 after
    全年举办 sums the year's invitations (the year, not its last day)."""
    m = _by_quote(SURVEY_REPORT, date(2024, 12, 20))
    day = (date(2024, 8, 31), date(2024, 8, 31))
    assert _dates(m["1205人"]) == day
    assert _dates(m["18.3%"]) == day
    assert _dates(m["7630元"]) == (date(2024, 1, 1), date(2024, 12, 31))
    for quote in ("83.2%", "91.5%"):
        assert _dates(m[quote]) == (None, None), quote
    assert _dates(m["4120家"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_sum_of_the_periods_listed_before_it_is_over_all_of_them():
    """7月、8月灾情最为集中，两个月直接经济损失分别为…，合计占前三季度的53.8%: each listed month
    its own figure, the sum (合计) over both months."""
    m = _by_quote("7月、8月灾情最为集中，两个月直接经济损失分别为212.4亿元和188.6亿元，"
                  "合计占前三季度的61.2%。\n", date(2025, 10, 20))
    assert _dates(m["212.4亿元"]) == (date(2025, 7, 1), date(2025, 7, 31))
    assert _dates(m["188.6亿元"]) == (date(2025, 8, 1), date(2025, 8, 31))
    assert _dates(m["61.2%"]) == (date(2025, 7, 1), date(2025, 8, 31))
