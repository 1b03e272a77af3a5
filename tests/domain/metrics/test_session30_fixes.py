"""The lead's fixes of session 30 (known misses of earlier rounds), each class tested on text of
its own through the whole extractor."""

from datetime import date

from pipelines.domain.cleaning import clean_document
from tests.domain.metrics.support import document_by_number, period_dates


def test_a_bases_own_level_named_by_its_period_and_words_before_the_change_is_of_that_period():
    text = ("11月20日，全市日供水量达312万立方米，较去年最高日供水量298万立方米增长4.7%，"
            "较8月3日创下的305万立方米增加7万立方米。全市户籍人口比上年多1.2万人。")
    found = document_by_number(text, date(2025, 11, 21))
    assert period_dates(found["298万立方米"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["305万立方米"]) == (date(2025, 8, 3), date(2025, 8, 3))
    # the day's own figure and a change after 比上年 keep the sentence's period
    assert period_dates(found["312万立方米"]) == (date(2025, 11, 20), date(2025, 11, 20))
    assert found["1.2万人"].period_start != date(2024, 1, 1)


def test_a_headline_on_two_short_lines_above_the_body_is_a_heading_that_dates_it():
    raw = ("全市前三季度经济运行情况新闻发布会\n（市政府新闻办2025年第12场新闻发布会）\n\n"
           "主持人：各位记者朋友，大家上午好。\n\n居民收入稳步增加。全市居民人均可支配收入2.7万元，"
           "增长5.1%。")
    found = document_by_number(raw, date(2025, 10, 20))
    assert period_dates(found["2.7万元"]) == (date(2025, 1, 1), date(2025, 9, 30))
    cleaned = clean_document(raw)
    assert cleaned.sentences[0].is_heading
    assert cleaned.sentences[0].text.endswith("新闻发布会）")
    # two lines of a paragraph with its clause marks stay a paragraph
    body = clean_document("全市居民人均可支配收入2.7万元，\n增长5.1%，比上年加快0.3个百分点。"
                          "\n\n其他。")
    assert not body.sentences[0].is_heading


def test_a_headlines_whole_year_after_its_year_is_that_year_and_dates_the_body():
    raw = ("2025年全县安全生产形势稳定\n应急部门全年处置险情312起\n\n本报讯 记者获悉，全县共发生"
           "生产安全事故12起，同比下降20%。\n\n从行业看，道路运输事故7起，占事故总数的58.3%。")
    found = document_by_number(raw, date(2026, 1, 5))
    assert period_dates(found["7起"]) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_dates(found["312起"]) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_goal_word_right_after_a_name_leaves_the_name_whole():
    # (round 81's rule cuts an agent and its 将 / 要 before 力争; with neither, no agent)
    text = "2026年，全市抽检合格率力争保持在98%以上，各部门要力争重点项目开工率达到60%。"
    found = document_by_number(text, date(2026, 1, 10))
    assert found["98%以上"].indicator == "抽检合格率"
    assert found["60%"].indicator == "重点项目开工率"


def _width(text: str) -> int:
    return sum(1 if ord(c) < 0x2E80 else 2 for c in text)


def _column(text: str, chars: int = 20) -> list[str]:
    """``text`` cut into lines of a column ``chars`` Han characters wide."""
    lines, line = [], ""
    for c in text:
        if _width(line + c) > 2 * chars:
            lines.append(line)
            line = ""
        line += c
    return [*lines, line]


def test_a_holiday_season_cut_by_a_column_layout_is_read_in_reading_order():
    left = _column("本报讯 据市电影局统计（快报），2025年国庆档（10月1日至8日）全市电影"
                   "票房达5.3亿元，同比增长12.1%；观影人次1210万，同比增长8.6%。档期内日均"
                   "票房6580万元。影片方面，共有18部影片在档期内上映，其中新片9部，票房过千万"
                   "元的影片共有7部。")
    right = _column("从影院看，全市共有影院126家，档期内共放映影片12.6万场，平均票价42.5元，"
                    "较去年同期上涨0.8元。市电影局有关负责人表示，下一步将继续推动观影消费，"
                    "丰富影片供给。")
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    page = "\n".join((a + " " * (44 - _width(a)) + b).rstrip()
                     for a, b in zip(left, right, strict=True))
    raw = f"国庆档全市票房5.3亿元\n\n{page}\n"
    # (the season's name is cut by the other column's line, as pdftotext -layout prints it)
    assert "国庆档（" not in "".join(raw.split())
    found = document_by_number(raw, date(2025, 10, 9))
    assert period_dates(found["5.3亿元"]) == (date(2025, 10, 1), date(2025, 10, 8))


def test_a_first_day_after_its_clauses_own_period_is_each_things_own():
    text = ("2025年春节档（1月28日至2月4日）全市票房5.2亿元。全年共有12部影片首日票房突破1000万元，"
            "前十位影院票房合计占全市的41.5%。")
    found = document_by_number(text, date(2026, 1, 5))
    assert period_dates(found["12部"]) == (date(2025, 1, 1), date(2025, 12, 31))
    # the event's first day where no period opens the clause (春节档首日票房…)
    found = document_by_number("2025年春节档（1月28日至2月4日）全市票房5.2亿元，首日票房1.1亿元。",
                               date(2026, 1, 5))
    assert period_dates(found["1.1亿元"]) == (date(2025, 1, 28), date(2025, 1, 28))
