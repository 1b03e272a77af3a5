"""Round 76's fixes (h230-h232: a tax authority's news on the annual income tax settlement, a
provincial paper on its grid's record load, an industry association's yearly market report),
each class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import candidate_quotes, document_by_number


def test_a_rising_verb_and_even_and_the_most_of_a_bound_are_no_part_of_a_name():
    text = ("预计8月全市最高用电负荷将攀升至1.2亿千瓦左右。全市观众占比更是高达61.5%。"
            "全市线上售票量最高达3150万张。")
    found = document_by_number(text, date(2025, 7, 20))
    assert found["1.2亿千瓦左右"].indicator == "最高用电负荷"
    assert found["61.5%"].indicator == "观众占比"
    assert found["3150万张"].indicator == "线上售票量"


def test_a_bare_day_opening_a_sentence_is_a_day_of_the_texts_month():
    text = ("7月21日，全省用电负荷达1.3亿千瓦。\n\n21日，区外来电最大功率达2800万千瓦。"
            "该工程历时15日，完成投资3亿元。")
    found = document_by_number(text, date(2025, 7, 22))
    assert (found["2800万千瓦"].period_start, found["2800万千瓦"].period_end) == (
        date(2025, 7, 21), date(2025, 7, 21))
    assert "15日" not in {m.period_text for m in found.values()}


def test_a_since_span_runs_over_the_words_between_its_year_and_its_since():
    text = "自2018年新修订的个人所得税法正式实施以来，累计减税超过1.2万亿元。"
    found = document_by_number(text, date(2025, 7, 8))
    assert (found["1.2万亿元"].period_start, found["1.2万亿元"].period_end) == (
        date(2018, 1, 1), date(2025, 7, 8))


def test_a_streak_told_with_its_verb_is_no_metric():
    text = "截至目前，该市已连续举办5届消费节，累计带动消费超过80亿元。"
    assert "5届" not in candidate_quotes(text)
    assert "超过80亿元" in candidate_quotes(text) or "80亿元" in candidate_quotes(text)


def test_people_counted_by_the_deed_they_did_without_its_le_and_year():
    text = ("2024年度汇算中，3120万人办理了退税。截至6月30日，全省共有5600万人次办理了2024年度"
            "汇算申报。")
    found = document_by_number(text, date(2025, 7, 8))
    assert found["3120万人"].indicator == "办理退税"
    assert found["5600万人次"].indicator == "办理汇算申报"
    assert document_by_number("今年以来，全市共有2.1万人报名。",
                              date(2025, 7, 8))["2.1万人"].indicator == "报名"


def test_a_run_of_days_without_its_year_is_the_latest_up_to_the_texts_date():
    text = ("2024年度汇算中，全市退税金额12亿元。\n\n3月1日至3月20日预约期间，全市预约办理"
            "86万人次。")
    found = document_by_number(text, date(2025, 7, 8))
    assert (found["86万人次"].period_start, found["86万人次"].period_end) == (
        date(2025, 3, 1), date(2025, 3, 20))


def test_a_later_part_of_the_year_in_a_first_quarter_report_is_last_years():
    text = ("2025年全国演出市场发展简报\n\n　　2025年，全国演出票房收入达612亿元。\n\n"
            "　　从时间分布看，二季度票房收入172亿元；7月至8月暑期档票房收入158亿元。\n\n"
            "　　2026年，票房收入有望突破650亿元。")
    found = document_by_number(text, date(2026, 3, 18))
    assert (found["172亿元"].period_start, found["172亿元"].kind) == (date(2025, 4, 1), "actual")
    assert found["158亿元"].period_end == date(2025, 8, 31)
    assert found["650亿元"].kind == "target"


def test_a_titles_note_on_a_line_of_its_own_keeps_the_title_a_heading():
    text = ("某某协会\n\n2025年全国演出市场发展简报\n（摘要）\n\n"
            "　　2025年，全国演出场次达58万场。\n\n"
            "　　三、区域市场\n\n"
            "　　排名前五的省份分别为上海、北京，票房收入分别为78.6亿元和72.3亿元。")
    found = document_by_number(text, date(2026, 3, 18))
    assert found["78.6亿元"].period_start == date(2025, 1, 1)


def test_the_homes_grid_is_dropped_with_the_home():
    text = "7月16日13时25分，江苏电网最高用电负荷达1.52亿千瓦，创历史新高。全省用电量3亿千瓦时。"
    found = document_by_number(text, date(2025, 7, 17))
    assert found["1.52亿千瓦"].indicator == "最高用电负荷"


def test_jiang_after_a_span_word_puts_the_thing_set_before_its_verb():
    text = "税务部门争取在2025年度汇算中将预填数据准确率提高到99%以上。"
    found = document_by_number(text, date(2025, 7, 8))
    assert found["99%以上"].indicator == "预填数据准确率"


def test_the_summer_peak_season_before_a_noun_is_no_period():
    text = ("为应对迎峰度夏用电高峰，今年以来，江苏投产迎峰度夏重点电网工程128项，新增变电容量"
            "860万千伏安。")
    found = document_by_number(text, date(2025, 7, 17))
    assert found["860万千伏安"].period_text == "今年以来"


def test_a_day_in_brackets_after_a_figure_with_a_long_unit_or_a_clock_time_dates_it():
    text = "日用电量：31.8亿千瓦时（7月16日）"
    found = document_by_number(text, date(2025, 7, 17))
    assert found["31.8亿千瓦时"].period_start == date(2025, 7, 16)
    assert document_by_number("最高用电负荷：1.52亿千瓦（7月16日13时25分）",
                              date(2025, 7, 17))["1.52亿千瓦"].period_start == date(2025, 7, 16)


def test_a_day_with_its_evening_peak_opening_a_sentence_dates_it():
    text = ("截至6月底，全省新能源装机容量达1.12亿千瓦。16日晚高峰时段，全省储能电站集中放电，"
            "最大放电功率达到520万千瓦。7月15日晚，全省用电量达到30亿千瓦时。")
    found = document_by_number(text, date(2025, 7, 17))
    assert found["520万千瓦"].period_start == date(2025, 7, 16)
    assert found["30亿千瓦时"].period_start == date(2025, 7, 15)


def test_a_headline_figure_the_body_and_its_data_box_repeat_alike_takes_their_day():
    text = ("全省用电负荷创新高\n达1.52亿千瓦\n\n　　7月16日13时25分，全省最高用电负荷达"
            "1.52亿千瓦，创历史新高。\n\n■数据看板\n最高用电负荷：1.52亿千瓦（7月16日13时25分）\n")
    found = analyse_document(text, published_on=date(2025, 7, 17)).metrics
    assert {m.period_start for m in found if m.value == 1.52} == {date(2025, 7, 16)}
