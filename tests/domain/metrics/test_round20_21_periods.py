"""Blind rounds 20 and 21's period misses (tests/gold/heldout/README.md), a class of phrasing
per test, each on short sentences written for it in the genre's manner: a film season named
after its holiday (春节档（2月17日至23日）), days listed before a day's figures, a rank over a
window, a year so far up to an as-of day, a share of another year's figure, 今年年底."""

from datetime import date

from pipelines.domain.metrics.text_events import market_day
from tests.domain.metrics.support import document_by_number as _by_quote
from tests.domain.metrics.support import period_dates as _dates

SEASON = (date(2026, 2, 17), date(2026, 2, 23))
FILM_NEWS = (
    "春节档票房68.3亿元创新高\n\n"
    "本报讯 据统计，2026年春节档（2月17日至23日）全国电影票房达68.3亿元，同比增长12.4%。\n\n"
    "影片方面，档期内共有9部影片上映。《雪域飞狐》档期票房24.1亿元，排名第一；"
    "春节档平均票价51.2元。\n\n"
    "预售方面，截至2月16日24时，春节档预售总票房突破7亿元。"
    "业内人士预计，在贺岁档带动下，全年票房有望突破520亿元。\n"
)


def test_a_film_season_named_after_its_holiday_is_read_as_the_holiday():
    """国庆档（10月1日至8日）, 春节档, 暑期档: the season's days date its figures wherever the text
    names it (春节档, 档期内) and its undated flows, as 假期 does; not a presale counted up to a
    day before it (截至2月16日24时), nor another season (贺岁档)."""
    m = _by_quote(FILM_NEWS, date(2026, 2, 24))
    for quote in ("68.3亿元", "9部", "24.1亿元", "51.2元"):
        assert _dates(m[quote]) == SEASON, quote
    assert _dates(m["7亿元"]) == (date(2026, 2, 16), date(2026, 2, 16))
    assert _dates(m["520亿元"]) == (date(2026, 1, 1), date(2026, 12, 31))


def test_days_listed_before_a_days_figures_and_a_day_a_sentence_opens_with():
    """10月2日、10月3日单日票房分别为…: each day its own figure (the first as well as the last);
    10月8日为档期最后一天，单日票房…: the day the sentence opens with, not the paragraph's last."""
    raw = ("国庆档票房综述\n\n"
           "从单日表现看，10月2日、10月3日单日票房分别为6.1亿元和5.4亿元。"
           "10月8日为档期最后一天，单日票房回落至2.2亿元。\n")
    m = _by_quote(raw, date(2025, 10, 9))
    assert _dates(m["6.1亿元"]) == (date(2025, 10, 2), date(2025, 10, 2))
    assert _dates(m["5.4亿元"]) == (date(2025, 10, 3), date(2025, 10, 3))
    assert _dates(m["2.2亿元"]) == (date(2025, 10, 8), date(2025, 10, 8))


def test_a_rank_or_a_percentile_over_a_window_is_of_the_day_not_the_window():
    """为今年以来单日票房第二高, 处于近十年来43%的分位水平: the span is the window a record is
    taken over; a rank among peers of the span's figure (近三年…增速居全省第一) is the span's."""
    raw = ("单日票房\n\n"
           "5月1日当天票房突破4.6亿元，为今年以来单日票房第三高。"
           "近三年全市研发投入年均增速居全省第一。\n")
    m = _by_quote(raw, date(2025, 5, 6))
    assert _dates(m["第三"]) == (date(2025, 5, 1), date(2025, 5, 1))
    assert _dates(m["第一"]) == (date(2022, 1, 1), date(2024, 12, 31))


def test_a_year_after_an_as_of_day_is_the_year_so_far_and_a_share_base_dates_its_figure():
    """截至10月8日24时，2025年全国电影总票房…: the year up to that day; …达到2024年全年票房425.0亿元
    的98.5%: 2024 dates the base's figure, not the share nor the next sentence; the 全年 forecasts
    after it are this year's."""
    raw = ("年度票房\n\n"
           "截至11月30日24时，2025年全国电影总票房达到460.2亿元，已达到2024年全年票房425.0亿元的"
           "108.3%，观影人次10.9亿。其中国产影片票房371.4亿元。"
           "业内人士预计，全年票房有望突破500亿元。\n")
    m = _by_quote(raw, date(2025, 12, 1))
    so_far = (date(2025, 1, 1), date(2025, 11, 30))
    for quote in ("460.2亿元", "108.3%", "10.9亿", "371.4亿元"):
        assert _dates(m[quote]) == so_far, quote
    assert _dates(m["425.0亿元"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _dates(m["500亿元"]) == (date(2025, 1, 1), date(2025, 12, 31))


def test_this_years_end_is_dated():
    """今年年底前, 2025年年末: the year's last day (the 年 of 年底 read once)."""
    raw = "观影惠民\n\n下一步，今年年底前全省将发放观影消费券5000万元。\n"
    m = _by_quote(raw, date(2025, 10, 9))
    assert _dates(m["5000万元"]) == (date(2025, 12, 31), date(2025, 12, 31))


CLOSE_DAY = (date(2025, 3, 20), date(2025, 3, 20))
CLOSE_REPORT = (
    "三大指数涨跌不一　两市成交额1.05万亿元\n\n"
    "2025-03-20 17:30　来源：某证券报\n\n"
    "本报讯　3月20日，A股三大指数涨跌不一。截至收盘，沪指收跌0.21%，报3387.40点；"
    "两市成交额1.05万亿元，较上一交易日缩量612亿元。全市场上涨个股1200家。\n\n"
    "板块方面，汽车板块上涨2.10%，近5个交易日累计上涨6.40%；有色板块上涨1.30%，"
    "年内累计涨幅达到12.5%。\n\n"
    "资金面上，北向资金全天净买入22.1亿元；本周以来北向资金累计净买入80.3亿元。"
    "两市融资余额较前一交易日增加12.3亿元。\n\n"
    "估值方面，沪深300指数市盈率为12.1倍，处于近十年来35%的分位水平；科创50指数上涨0.85%。\n"
)


def test_a_market_close_report_is_on_the_day_its_lead_opens_with():
    """3月20日，A股三大指数…。截至收盘，…: the day's closes, turnover, flows and counts (its
    title's too) are that day's, in every paragraph."""
    m = _by_quote(CLOSE_REPORT, date(2025, 3, 20))
    for quote in ("0.21%", "1.05万亿元", "612亿元", "1200家", "2.10%", "1.30%", "22.1亿元",
                  "12.3亿元"):
        assert _dates(m[quote]) == CLOSE_DAY, quote


def test_the_lead_s_day_is_found_through_a_page_s_hard_wraps_and_ocr_spaces():
    """The lead's day and its close read across a line the page wrapped (3月20日，A股三大指数
    震荡走⏎高，集体收涨), spaced by OCR (3 月 2 0 日) or holding an invisible character."""
    lead = CLOSE_REPORT.index("3月20日")
    for damaged in (CLOSE_REPORT[:lead + 14] + "\n" + CLOSE_REPORT[lead + 14:],
                    CLOSE_REPORT.replace("3月20日，", "3 月 2 0 日，", 1),
                    CLOSE_REPORT.replace("3月20日，", "3月2\u200b0日，", 1)):
        assert _dates(_by_quote(damaged, date(2025, 3, 20))["1.05万亿元"]) == CLOSE_DAY


def test_spans_up_to_the_day_date_their_own_clause_only():
    """近5个交易日累计 (the last five weekdays), 年内累计 (the year so far, not all of it nor last
    year), 本周以来 (from the week's Monday), 近十年来 as a percentile's window (no period): none
    dates the clauses or sentences after it."""
    m = _by_quote(CLOSE_REPORT, date(2025, 3, 20))
    assert _dates(m["6.40%"]) == (date(2025, 3, 14), date(2025, 3, 20))
    assert _dates(m["12.5%"]) == (date(2025, 1, 1), date(2025, 3, 20))
    assert _dates(m["80.3亿元"]) == (date(2025, 3, 17), date(2025, 3, 20))
    assert _dates(m["35%"]) == CLOSE_DAY
    assert _dates(m["0.85%"]) == CLOSE_DAY


DISASTERS = (
    "应急管理部发布2025年上半年全国自然灾害情况\n\n"
    "经核定，2025年上半年，各种自然灾害共造成2100.5万人次不同程度受灾。"
    "其中，第二季度受灾人次为1480.2万人次，占上半年的70.5%。"
    "5月至6月发生的强降雨过程占上半年强降雨过程的六成以上。\n\n"
    "第5号台风于6月14日08时前后在海南省文昌市沿海登陆，造成海南、广东2省42.6万人次受灾，"
    "直接经济损失12.8亿元。雪灾主要发生在1月、2月，造成农作物受灾面积88.1千公顷。\n\n"
    "应急响应方面，上半年国家减灾委共启动应急响应12次；派出工作组31个，"
    "指导地方累计转移避险群众96.4万人次。汛期全国共成功避险地质灾害105起。"
    "第三季度，我国仍处于主汛期防汛关键期，预计将有2至3个台风登陆我国。\n"
)


def test_a_share_of_a_part_is_dated_by_the_part_not_the_whole_it_is_taken_of():
    """第二季度…，占上半年的70.5%; 5月至6月发生的…占上半年…的六成以上: the period after 占 is the
    whole the share is of (its base), the part's period dates it."""
    m = _by_quote(DISASTERS, date(2025, 7, 14))
    assert _dates(m["70.5%"]) == (date(2025, 4, 1), date(2025, 6, 30))
    assert _dates(m["六成以上"]) == (date(2025, 5, 1), date(2025, 6, 30))


def test_an_events_day_dates_its_losses_and_months_it_mostly_fell_in_date_none():
    """台风于6月14日08时前后…登陆，造成…: the landfall's day dates the losses it caused; 雪灾主要
    发生在1月、2月，造成…: when the events mostly fell, not the figure's period (the half year's,
    not the landfall's day either: that dates its own sentence)."""
    m = _by_quote(DISASTERS, date(2025, 7, 14))
    landfall = (date(2025, 6, 14), date(2025, 6, 14))
    assert _dates(m["42.6万人次"]) == landfall
    assert _dates(m["12.8亿元"]) == landfall
    assert _dates(m["88.1千公顷"]) == (date(2025, 1, 1), date(2025, 6, 30))


def test_seasons_of_work_are_periods_without_dates_and_a_phase_dates_nothing():
    """汛期 (its dates set by each place) is a period with no dates: its figures are not the
    paragraph's; 仍处于主汛期防汛关键期 names a phase: the quarter before it dates the outlook.
    Events summed with 累计 after a paragraph's part-year are over its months."""
    m = _by_quote(DISASTERS, date(2025, 7, 14))
    assert _dates(m["105起"]) == (None, None)
    assert m["105起"].period_text == "汛期"
    assert _dates(m["2至3个"]) == (date(2025, 7, 1), date(2025, 9, 30))
    assert _dates(m["96.4万人次"]) == (date(2025, 1, 1), date(2025, 6, 30))


def test_a_forecast_after_a_paragraph_on_a_period_over_takes_none_of_it():
    """档期内分账票房约…。猫眼专业版预测，…最终票房有望达到28亿元: the forecast (a goal) is of no
    period the paragraph names (the season is over; the final total has none)."""
    m = _by_quote(FILM_NEWS.replace("春节档平均票价51.2元。", "春节档平均票价51.2元。"
                                    "猫眼专业版预测，《雪域飞狐》最终票房有望达到40亿元。"),
                  date(2026, 2, 24))
    assert m["40亿元"].kind == "target"
    assert _dates(m["40亿元"]) == (None, None)


def test_a_year_said_to_rank_since_records_is_the_ranks_period():
    """二〇二四年是香港有記錄以來第二暖的一年: the year is what ranks (是 after it), no span since
    it; the window 有记录以来 dates nothing."""
    raw = "年度天气回顾\n\n二〇二四年是本市有记录以来第三暖的一年。\n"
    m = _by_quote(raw, date(2025, 1, 10))
    assert _dates(m["第三"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_running_total_opening_its_sentence_still_frames_the_next():
    """全省1-10月累计完成…。其中，工业投资增长…: a running total's months in the sentence's first
    clause frame the paragraph (only a later clause's, …，年内累计上涨…, scopes itself)."""
    raw = ("投资运行情况\n\n全省1-10月累计完成固定资产投资5230.6亿元，同比增长4.1%。"
           "其中，工业投资增长9.8%。\n")
    m = _by_quote(raw, date(2025, 11, 20))
    assert _dates(m["9.8%"]) == (date(2025, 1, 1), date(2025, 10, 31))


def test_a_blank_line_ends_the_lead_with_windows_line_ends_too():
    """报告日期：2025年10月28日 then a blank line, then a data block whose label holds 收盘价: no
    market close lead (the day and the close are in separate paragraphs), whether the page ends
    its lines with \\n or \\r\\n (cleaning reads the \\r as a space: the blank line holds one)."""
    page = ("公司点评报告\n\n报告日期：2025年10月28日\n\n基础数据（2025年10月27日）\n"
            "收盘价（元）\t46.32\n\n事件：公司前五大客户收入占比约68%。\n")
    for form in (page, page.replace("\n", "\r\n")):
        assert market_day(form, date(2025, 10, 28)) is None
    assert market_day(CLOSE_REPORT.replace("\n", "\r\n"), date(2025, 3, 20)) is not None
