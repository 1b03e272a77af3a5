"""Round 80's fixes (h242-h244: a city sports bureau's news on its marathon's economic impact, a
national museum's annual results in Traditional script, an OCR'd county summary of east-west
cooperation), each class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import candidate_quotes, document_by_number


def test_shows_on_a_programme_and_groups_booked_are_counts_of_the_period():
    text = ("2025年，市美术馆共举办书画展及摄影展36档，其中原创展21档。全年接待旅游团8,640团。")
    found = document_by_number(text, date(2026, 1, 10))
    assert found["21档"].kind == "actual"
    assert found["8,640团"].kind == "actual"
    # a tier (no noun before the measure word) is no count
    assert "3档" not in document_by_number("收费标准分为3档，分别为10元、20元和30元。",
                                          date(2026, 1, 10))


def test_a_mixed_number_before_a_groups_measure_is_one_number():
    text = "2025年，博物館團體預約達2萬4,150團，較去年成長12.6%。"
    found = document_by_number(text, date(2026, 1, 10))
    assert found["達2萬4,150團"].value == 24150


def test_counties_and_cities_visited_are_counted():
    text = "2025年，巡迴展覽走訪全臺12縣市、86所學校。"
    assert "12縣市" in candidate_quotes(text)


def test_a_verb_closing_on_its_measure_word_counts_the_pairs():
    text = "2025年，全县新增村企结对52对，结对帮扶覆盖所有乡镇。"
    found = document_by_number(text, date(2025, 12, 20))
    assert "52对" in found
    assert found["52对"].indicator == "新增村企结对"


def test_an_exhibitions_or_a_meetings_run_is_no_figure():
    text = "「絲路瑰寶」特展展期4個月，吸引觀眾42萬人次。本次大会会期2天，签约项目36个。"
    quotes = candidate_quotes(text)
    assert "4個月" not in quotes and "2天" not in quotes
    assert "42萬人次" in quotes and "36个" in quotes


def test_parts_of_the_country_by_their_compass_points_are_no_ministry():
    text = "2025年，全市东西部协作财政援助资金8600万元，中西部协作项目42个。"
    found = document_by_number(text, date(2025, 12, 20))
    assert found["8600万元"].indicator == "东西部协作财政援助资金"
    assert found["42个"].indicator == "中西部协作项目"


def test_a_year_end_summarys_table_of_its_year_dates_the_results():
    text = ("某县农业农村局2025年工作总结\n\n　　全年粮食产量12.6万吨。\n\n"
            "　　附表　2025年主要指标完成情况\n指标\t单位\t目标任务\t完成数\n"
            "农村劳动力转移就业\t人\t9000\t9460\n消费帮扶销售额\t万元\t3000\t3380\n")
    doc = analyse_document(text, published_on=date(2025, 12, 22))
    done = next(m for m in doc.metrics if m.quote == "3380")
    assert (done.period_start, done.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    # not in the year's first months: a table of a year not over dates no results
    doc = analyse_document(text, published_on=date(2025, 7, 22))
    done = next(m for m in doc.metrics if m.quote == "3380")
    assert done.period_start is None


def test_a_table_of_years_up_to_the_texts_own_year_holds_results():
    text = ("市体育局发布2025年全民健身赛事情况。\n\n　　表：近三年主要赛事数据\n"
            "指标\t2023年\t2024年\t2025年\n举办赛事（场）\t96\t112\t128\n")
    doc = analyse_document(text, published_on=date(2025, 11, 20))
    cell = next(m for m in doc.metrics if m.quote == "128")
    assert cell.kind == "actual"
    assert (cell.period_start, cell.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    # a column naming a goal keeps the year's figure a target
    planned = text.replace("2025年\n", "2025年目标\n")
    doc = analyse_document(planned, published_on=date(2025, 11, 20))
    assert next(m for m in doc.metrics if m.quote == "128").kind == "target"


def test_the_homes_whole_territory_after_a_cause_is_dropped():
    text = "赛事期间（5月1日至5日），马拉松带动全市消费3.2亿元，同比增长12.4%。"
    found = document_by_number(text, date(2025, 5, 8))
    assert found["3.2亿元"].indicator == "消费"
    assert found["12.4%"].indicator == "消费"
