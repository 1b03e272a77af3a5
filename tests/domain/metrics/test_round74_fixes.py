"""Round 74's fixes (h224-h226: 主計總處's monthly manpower survey, 香港's composite CPI release,
星洲日报's report on Malaysia's 2026 budget), each class tested on text of its own through the
whole extractor."""

from datetime import date

from tests.domain.metrics.support import candidate_quotes, document_by_number


def test_weeks_and_litres_are_units():
    text = "9月失業者平均失業週數為21.3週，較上月增加0.5週。每月配額為200公升。成立30週年。"
    found = document_by_number(text, date(2025, 10, 22))
    assert found["21.3週"].unit == "周"
    assert found["200公升"].unit == "升"
    assert "30週" not in candidate_quotes(text)


def test_a_price_and_its_cents_are_one_amount():
    found = document_by_number("每公升RON97汽油价格为3令吉05仙。", date(2025, 10, 10))
    assert list(found) == ["3令吉05仙"]
    assert found["3令吉05仙"].value == 3.05
    assert found["3令吉05仙"].unit == "令吉"


def test_a_signed_rate_in_brackets_after_its_item_is_a_change():
    text = ("十月份錄得按年升幅的項目包括：煙酒（+5.2%）、交通（+2.6%）。"
            "另一方面，衣履（-1.9%）及耐用物品（-0.8%）的價格按年下跌。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["5.2%"].kind == "growth_rate"
    assert found["-1.9%"].kind == "growth_rate"
    assert found["-0.8%"].indicator == "耐用物品的价格"


def test_a_change_size_word_closing_a_name_is_dropped_from_a_rate():
    text = ("十月份的基本綜合消費物價按年升幅為1.5%，略高於九月份的1.3%。甲類、乙類及丙類消費物價"
            "指數同期的按年平均升幅分別為1.8%、1.6%及1.4%。截至十月止的三個月，經季節性調整的基本"
            "綜合消費物價指數的平均每月升幅為0.2%。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["1.5%"].indicator == "基本综合消费物价"
    assert found["1.5%"].kind == "growth_rate"
    assert found["1.6%"].indicator == "乙类消费物价指数"
    assert found["0.2%"].indicator == "经季节性调整的基本综合消费物价指数"
    assert found["0.2%"].kind == "growth_rate"


def test_corresponding_figures_of_another_month_take_the_items_before():
    text = ("甲類、乙類及丙類消費物價指數於十月份的按年升幅分別為2.1%、1.7%及1.5%"
            "（九月份的相應升幅分別為1.9%、1.2%及1.0%）。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["1.9%"].indicator == "甲类消费物价指数"
    assert found["1.2%"].indicator == "乙类消费物价指数"
    assert found["1.0%"].indicator == "丙类消费物价指数"


def test_the_government_speaking_is_no_part_of_a_name():
    text = ("政府预计明年税收达到3100亿令吉。政府预测明年经济增长介于4%至5%。"
            "政府也拨款5亿令吉推动数码转型。政府债务余额为1.2万亿令吉。")
    found = document_by_number(text, date(2025, 10, 10))
    assert found["3100亿令吉"].indicator == "税收"
    assert found["4%至5%"].indicator == "经济"
    assert found["5亿令吉"].indicator == "拨款"
    assert found["1.2万亿令吉"].indicator == "政府债务余额"


def test_per_head_rates_held_set_or_granted_are_the_rules():
    text = ("最低薪金维持在每月1800令吉，并拨款3亿令吉协助中小企业。援助金明年起将惠及500万名"
            "国民，每人获得200令吉；最高援助金额则提高至每户3000令吉。"
            "从2026课税年起，医药费税务减免顶限将从8000令吉提高至10000令吉。")
    found = document_by_number(text, date(2025, 10, 10))
    for quote in ("1800令吉", "200令吉", "3000令吉", "8000令吉", "10000令吉"):
        assert found[quote].kind == "other", quote
        assert found[quote].period_start is None, quote
    assert found["3亿令吉"].kind != "other"  # an allocation after them: no rate


def test_a_bracket_defining_a_group_and_a_breakdown_by_age_name_classes():
    text = ("長期失業者（失業期間達52週以上）為4.2萬人。按年齡別觀察，15-24歲、25-44歲失業率分別為"
            "10.8%、3.5%。居民人均预期寿命比上年提高0.2岁。")
    quotes = candidate_quotes(text)
    assert "4.2萬人" in quotes and "0.2岁" in quotes
    assert not any(q.startswith(("達52", "15-24", "25-44")) for q in quotes)


def test_a_group_defined_by_its_cause_keeps_the_cause():
    text = "失業者中，其中因工廠歇業而失業者為8.7萬人，受僱就業者為920.1萬人，占就業者之78.9%。"
    found = document_by_number(text, date(2025, 11, 24))
    assert found["8.7萬人"].indicator == "因工厂歇业而失业者"
    assert found["78.9%"].indicator == "受雇就业者占就业者"
    assert document_by_number("水果因颱風過後產量回升仍漲5.1%。",
                              date(2025, 11, 7))["5.1%"].indicator == "水果"


def test_two_flow_verbs_joined_both_govern_the_count():
    found = document_by_number("政府拨款8亿令吉，兴建及维修900所学校。", date(2025, 10, 10))
    assert found["900所"].indicator == "兴建及维修学校"


def test_a_degree_adverb_and_a_modifier_before_a_list_are_no_part_of_names():
    text = ("十月份基本消費物價通脹率輕微上升至1.4%。"
            "政府預測二零二五年全年的基本及整體通脹率分別為1.2%及1.7%。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["1.4%"].indicator == "基本消费物价通胀率"
    assert found["1.2%"].indicator == "基本通胀率"
    assert found["1.7%"].indicator == "整体通胀率"


def test_a_forecasts_base_is_dated_by_its_own_year():
    text = ("政府预计2026年税收达到3500亿令吉，比今年预计的3400亿令吉增加2.9%。"
            "政府预计2026年财政赤字将降至3.4%，低于2025年预计的3.7%。")
    found = document_by_number(text, date(2025, 10, 10))
    assert (found["3400亿令吉"].period_start, found["3400亿令吉"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))
    assert found["3.7%"].period_start == date(2025, 1, 1)
    assert found["3500亿令吉"].period_start == date(2026, 1, 1)


def test_a_price_per_litre_a_scheme_sets_is_its_tariff():
    found = document_by_number("明年起，公民每公升RON95汽油价格将为2令吉05仙。", date(2025, 10, 10))
    assert found["2令吉05仙"].kind == "other"
    assert found["2令吉05仙"].period_start is None


def test_the_span_before_and_its_corresponding_figure():
    text = ("截至二零二五年九月止的三個月，經季節性調整的基本綜合消費物價指數的平均每月升幅為0.3%，"
            "對上三個月的相應平均每月升幅亦為0.2%。")
    found = document_by_number(text, date(2025, 10, 20))
    assert found["0.2%"].indicator == "经季节性调整的基本综合消费物价指数"
    assert (found["0.2%"].period_start, found["0.2%"].period_end) == (
        date(2025, 4, 1), date(2025, 6, 30))
