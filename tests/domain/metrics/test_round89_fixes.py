"""Round 89's fixes (h269-h271: a province's 2025年预算执行情况和2026年预算草案的报告, a 国家统计局
调查总队's 答记者问 on a province's 2025 income and consumption, an OCR'd city 人社 统计公报), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_letter_o_after_a_decimal_point_before_a_spaced_percent_sign_is_zero():
    text = ("全年城乡居民医保参保人数2 3 6.5万人，比上年增长1.O %；参保率为9 5.O %，"
            "基金支出1 2.3亿元。")
    found = document_by_number(text, date(2026, 4, 20))
    assert found["1.O %"].value == 1.0
    assert found["1.O %"].kind == "growth_rate"
    assert found["9 5.O %"].value == 95.0
    assert found["9 5.O %"].indicator == "参保率"


def test_a_spaced_out_number_broken_by_the_line_before_its_unit_is_one_number():
    text = ("　　五、卫生健康\n"
            "　　年末全县共有医疗卫生机构6 1 2个，卫生技术人员1 2.6万人，其中执\n"
            "业（助理）医师4 6 8 2人，乡村医生8 6 5人，注册护士总数为5.3 1\n"
            "万人。全年医疗卫生机构总诊疗人次6 2 4.5万人次，比上年增长3.2 %。\n")
    found = document_by_number(text, date(2026, 4, 20))
    assert found["5.3 1\n万人"].value == 5.31
    assert found["5.3 1\n万人"].value_normalized == 53100
    assert found["4 6 8 2人"].value == 4682


def test_a_budget_column_beside_the_result_is_the_years_plan():
    text = ("2025年全市预算执行情况（单位：亿元）\n"
            "项目\t年初预算\t执行数\t为预算%\t增长%\n"
            "一般公共预算收入\t512.0\t520.6\t101.7\t2.9\n"
            "政府性基金预算收入\t230.5\t201.4\t87.4\t-9.8\n")
    found = document_by_number(text, date(2026, 1, 20))
    for quote in ("512.0", "230.5"):
        assert found[quote].kind == "target", quote
    for quote in ("520.6", "201.4"):
        assert found[quote].kind == "actual", quote
    # the share of the budget keeps its kind: its head only names the budget
    assert found["101.7"].kind == "share"
    assert found["-9.8"].kind == "growth_rate"


def test_a_band_of_a_standard_is_the_standards_parameter():
    text = "2025年，全省月最低工资标准第一档为2100元/月，第二档为1950元/月。"
    found = document_by_number(text, date(2026, 3, 1))
    m = found["2100元/月"]
    assert m.kind == "other"
    assert m.period_start is None and m.period_end is None


def test_a_press_qa_title_dates_the_answers_that_name_no_time():
    text = ("国家统计局某调查总队有关负责人就2025年全省居民收入情况答记者问\n\n"
            "问：2025年全省居民收入增长情况如何？\n"
            "答：2025年，全省居民人均可支配收入35120元，比上年名义增长5.3%。\n\n"
            "问：从收入来源看，有哪些特点？\n"
            "答：全省居民人均工资性收入19620元，增长5.6%；人均转移净收入6210元，增长4.9%。\n")
    found = document_by_number(text, date(2026, 1, 22))
    for quote in ("19620元", "5.6%", "6210元"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 1, 1), date(2025, 12, 31)), quote


def test_members_of_a_scope_whose_count_repeats_the_scopes_word():
    text = ("2025年，全省14个地州（市）中，有9个地州（市）城镇居民人均可支配收入增速高于"
            "全省平均水平。")
    found = document_by_number(text, date(2026, 1, 22))
    assert found["9个"].indicator == "城镇居民人均可支配收入增速高于全省平均水平的地州（市）"
    text = "全省13个设区市中，有8个设区市农村居民人均消费支出增速超过6%。"
    found = document_by_number(text, date(2026, 1, 22))
    assert found["8个"].indicator == "农村居民人均消费支出增速超过6%的设区市"
