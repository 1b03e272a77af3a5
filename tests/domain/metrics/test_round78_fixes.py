"""Round 78's fixes (h236-h238: a provincial audit work report, a mayor's speech at an
investment signing conference, Macau's quarterly demographic release), each class tested on
text of its own through the whole extractor."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import document_by_number


def _dates(metric):
    return metric.period_start, metric.period_end


def test_today_in_a_speech_is_the_texts_day():
    text = "各位来宾：今天现场签约的项目共有45个，总投资620亿元。"
    found = document_by_number(text, date(2025, 6, 18))
    assert _dates(found["45个"]) == (date(2025, 6, 18), date(2025, 6, 18))
    assert _dates(found["620亿元"]) == (date(2025, 6, 18), date(2025, 6, 18))


def test_now_as_a_speaker_says_it_is_the_texts_day_but_not_inside_a_verb():
    text = "去年全市产值增长8%。我们现在全市的配套企业有五百多家。"
    found = document_by_number(text, date(2025, 6, 18))
    assert _dates(found["五百多家"]) == (date(2025, 6, 18), date(2025, 6, 18))
    assert found["五百多家"].indicator == "配套企业"
    text = "2024年，成效主要体现在产值增长8.1%。"
    found = document_by_number(text, date(2025, 6, 18))
    assert _dates(found["8.1%"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_portuguese_line_under_a_bureaus_name_leaves_the_title_its_quarter():
    text = ("澳門特別行政區政府旅遊局統計處\nDirecção dos Serviços de Turismo e Estatística\n\n"
            "2025年第2季酒店業統計\n\n發佈日期：2025/08/20　16:00\n\n"
            "第2季酒店住客共412萬人次。\n\n平均入住率為88.1%，按年上升2.3個百分點。\n")
    found = document_by_number(text, date(2025, 8, 20))
    assert _dates(found["88.1%"]) == (date(2025, 4, 1), date(2025, 6, 30))


def test_births_and_people_admitted_in_a_period_are_flows_and_a_density_a_level():
    text = ("2025年第2季末，全澳人口密度為每平方公里20,500人。第2季新生嬰兒共1,120名。"
            "第2季獲批准在澳門居留的中國內地移民有980人。新增獲發居民身份證的人士有250人。")
    found = document_by_number(text, date(2025, 8, 14))
    assert found["20,500人"].kind == "actual"
    assert found["1,120名"].kind == "actual"
    assert found["980人"].kind == "actual"
    assert found["250人"].kind == "actual"


def test_a_bare_share_in_a_breakdown_sentence_is_named_with_its_share_word():
    text = "2025年第2季末，按國籍統計，來自菲律賓的外地僱員佔16.0%，越南及印尼分別佔9.1%及3.2%。"
    found = document_by_number(text, date(2025, 8, 14))
    assert found["16.0%"].indicator == "来自菲律宾的外地雇员占比"
    assert found["9.1%"].indicator == "越南占比"
    assert found["3.2%"].indicator == "印尼占比"


def test_a_speakers_hedges_totals_and_a_goals_is_are_no_part_of_a_name():
    text = ("全市重点项目一共是52个。本地配套率大概在六成左右。"
            "今年全市的目标是地区生产总值突破3000亿元。")
    found = document_by_number(text, date(2025, 6, 18))
    assert found["52个"].indicator == "重点项目"
    assert found["六成左右"].indicator == "本地配套率"
    assert found["3000亿元"].indicator == "地区生产总值"


def test_a_count_after_a_passive_verb_counts_the_things_counted_before():
    text = "2024年，全市提出整改建议356条，被采纳341条。"
    found = document_by_number(text, date(2025, 3, 1))
    assert found["341条"].indicator == "被采纳"
    # a policy's articles after a verb stay out
    quotes = {m.quote for m in analyse_document("市政府出台20条措施。",
                                                published_on=date(2025, 3, 1)).metrics}
    assert "20条" not in quotes


def test_a_quarter_does_not_take_the_first_character_of_the_verb_after_it():
    text = "2025年第2季獲批准在澳門居留的其他地區人士有52人。"
    found = document_by_number(text, date(2025, 8, 14))
    assert found["52人"].indicator == "获批准在澳门居留的其他地区人士"


def test_a_spoken_particle_after_a_count_is_no_noun_it_counts():
    text = "到目前为止，全市外资企业已经有128家了。"
    found = document_by_number(text, date(2025, 9, 26))
    assert found["128家"].indicator == "外资企业"
    assert found["128家"].kind == "count_total"


def test_a_ranking_list_named_after_its_country_keeps_it():
    text = "目前，在本市投资的中国500强企业有61家。"
    found = document_by_number(text, date(2025, 9, 26))
    assert found["61家"].indicator.endswith("中国500强企业")
    assert found["61家"].subject is None


def test_this_quarter_in_a_quarterly_release_is_the_quarter_named_before():
    text = ("2025年第2季人口統計\n\n第2季死亡人數為640人。2025年上半年死亡人數合共1,380人。"
            "本季主要死因為腫瘤，有239人。\n")
    found = document_by_number(text, date(2025, 8, 14))
    assert _dates(found["239人"]) == (date(2025, 4, 1), date(2025, 6, 30))


def test_a_goal_within_the_year_in_a_report_on_last_year_is_the_texts_year():
    text = ("关于2024年度市级预算执行的审计工作报告\n\n五、加强财政管理的意见\n\n"
            "（一）加快存量资金盘活，争取年内盘活财政存量资金不少于8亿元。\n")
    found = document_by_number(text, date(2025, 8, 26))
    assert _dates(found["8亿元"]) == (date(2025, 1, 1), date(2025, 12, 31))


def test_a_figureless_clause_naming_a_measure_and_its_trend_names_the_figure_after_it():
    text = "近年来全市的森林覆盖率不断提高，去年是百分之六十二点五，比全国高二十个百分点。"
    found = document_by_number(text, date(2025, 9, 26))
    assert found["百分之六十二点五"].indicator == "森林覆盖率"
    assert found["二十个百分点"].indicator == "森林覆盖率"
