"""Round 86's fixes (h260-h262: a city's 2026 work report excerpt, a county's OCR'd 2025
statistical bulletin, a Taiwanese city's policy report with its 115年度 budget), each class tested
on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_heading_naming_a_year_and_the_plan_years_it_closes_dates_by_the_year():
    text = ("一、2025年和“十四五”时期工作回顾\n"
            "——创新动能增强。新增国家高新技术企业210家，技术合同成交额86.5亿元。\n"
            "五年来，全市一般公共预算收入年均增长5.2%。\n")
    found = document_by_number(text, date(2026, 1, 15))
    for quote in ("210家", "86.5亿元"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 1, 1), date(2025, 12, 31)), quote
    # the plan's review dates itself
    assert found["5.2%"].period_start == date(2021, 1, 1)


def test_a_heading_naming_a_year_reviewed_and_one_planned_still_dates_nothing():
    text = ("关于2025年工作总结及2026年工作打算的报告\n"
            "新增市场主体1.2万户。\n")
    found = document_by_number(text, date(2026, 1, 15))
    assert found["1.2万户"].period_start != date(2025, 1, 1) or (
        found["1.2万户"].period_end != date(2025, 12, 31))


def test_ocr_spaced_digits_at_a_lines_start_or_before_a_unit_on_the_next_line_are_one_number():
    text = ("一、综合\n"
            "  经地区统计部门统一核算，全县实现地区生产总值\n"
            "3 4 8.2 6亿元，按不变价格计算，比上年增长5.1%。\n"
            "其中，第一产业增加值52.18亿元，增长3.0%；第二\n"
            "产业增加值131.40亿元，增长5.9%。按常住人口计\n"
            "算，人均地区生产总值增长5.6%，达到人均62 418\n"
            "元。全体居民人均可支配收入增长6.0%，农村居民\n")
    found = document_by_number(text, date(2026, 3, 20))
    assert found["3 4 8.2 6亿元"].value == 348.26
    assert found["3 4 8.2 6亿元"].indicator == "地区生产总值"
    assert found["5.1%"].indicator == "地区生产总值"
    per_head = next(m for q, m in found.items() if q.endswith("62 418\n元"))
    assert per_head.value == 62418
    assert per_head.indicator == "人均地区生产总值"


def test_a_taiwanese_portals_view_counter_is_furniture():
    text = ("市政新聞\n\n"
            "市府公布114年觀光統計\n"
            "發布日期：114-11-03　發布單位：觀光旅遊局　點閱次數：1,932\n\n"
            "臺中市今年1至9月遊客人次達3,215萬人次。\n")
    found = document_by_number(text, date(2025, 11, 3))
    assert not any(q.startswith("1,932") for q in found)
    assert any(q.endswith("3,215萬人次") for q in found)


def test_a_headlines_space_before_a_year_ends_its_first_phrase():
    text = ("縣長赴議會提出施政報告　115年度總預算歲出新臺幣512.3億元\n"
            "發布日期：114-10-15　發布單位：計畫處\n\n"
            "縣長今日提出施政報告。\n")
    found = document_by_number(text, date(2025, 10, 15))
    assert found["512.3億元"].indicator == "总预算岁出"


def test_help_and_brought_about_are_causatives_and_the_city_government_is_its_voice():
    text = ("今年以來，市府協助企業完成增資案件158件，促成投資金額420億元，市府補助社區營造計畫"
            "86項。")
    found = document_by_number(text, date(2025, 10, 21))
    assert found["158件"].indicator.startswith("企业")  # (not 市府协助…)
    assert found["420億元"].indicator == "投资金额"
    assert found["86項"].indicator.startswith("补助")


def test_a_level_leapt_to_is_named_by_what_leapt():
    text = "五年来，全市工业增加值由2020年的820.6亿元跃升到1136.2亿元。"
    found = document_by_number(text, date(2026, 1, 18))
    assert found["1136.2亿元"].indicator == "工业增加值"


def test_a_taiwanese_budgets_capital_account_loses_its_budget_word():
    text = ("116年度總預算案經常門預算編列812.4億元，資本門預算編列198.6億元，占歲出比率19.6%。")
    found = document_by_number(text, date(2026, 8, 30))
    assert found["812.4億元"].indicator == "经常门"
    assert found["198.6億元"].indicator == "资本门"
    assert found["19.6%"].indicator == "资本门占岁出比率"


def test_a_grant_per_recipient_is_named_without_its_terms():
    text = "敬老津貼每人每月發放新臺幣2,000元，受益長者約3.1萬人。"
    found = document_by_number(text, date(2025, 10, 21))
    assert found["2,000元"].indicator == "敬老津贴"
    assert found["2,000元"].kind == "other"


def test_a_taiwanese_growth_after_a_share_is_the_amounts():
    text = "116年度教育支出388.2億元，占30.1%，較上年度成長6.7%。"
    found = document_by_number(text, date(2026, 8, 30))
    assert found["6.7%"].indicator == "教育支出"


def test_a_change_amount_column_beside_two_budget_years_is_the_newer_years():
    text = ("附表　116年度總預算案比較（單位：新臺幣億元）\n"
            "項目\t115年度預算數\t116年度預算數\t增減金額\t增減（%）\n"
            "歲入\t980.2\t1,021.6\t41.4\t4.2\n"
            "歲出\t1,052.7\t1,098.3\t45.6\t4.3\n")
    found = document_by_number(text, date(2026, 8, 30))
    for quote in ("41.4", "45.6"):
        assert found[quote].period_start == date(2027, 1, 1), quote
    assert found["980.2"].period_start == date(2026, 1, 1)


def test_a_five_year_running_totals_cue_governs_the_clauses_after_it():
    text = ("五年来，全市地区生产总值年均增长6.1%。五年累计完成交通投资860亿元，建成农村公路"
            "2150公里。")
    found = document_by_number(text, date(2026, 1, 18))
    for quote in ("860亿元", "2150公里"):
        assert found[quote].kind == "count_total", quote


def test_a_roads_length_open_to_traffic_is_a_stock():
    text = "年末全县公路通车里程2864公里，其中高速公路96公里。"
    found = document_by_number(text, date(2026, 3, 20))
    assert found["2864公里"].kind == "count_total"
