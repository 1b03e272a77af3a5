"""Round 71's fixes (h215-h217: a consumer council's analysis of the year's complaints, a city
daily's year-end public security news, a provincial examination authority's admissions release),
each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import candidate_quotes, document_by_number


def test_cases_counted_in_ten_thousands_after_a_deed_or_a_call_are_read():
    text = ("2025年，全市查处违法停车行为2.41万起，同比下降8.3%。全市110接警96.2万起，"
            "较2024年的99.3万起减少3.1万起。新车售价12.98万起。")
    assert candidate_quotes(text) == ["2.41万起", "8.3%", "96.2万起", "99.3万起", "3.1万起"]
    assert candidate_quotes("共3起草案。") == []


def test_books_and_documents_counted_in_ben():
    found = document_by_number("2025年，全市签发护照等出入境证件86.4万本，同比增长12.5%。",
                               date(2026, 1, 6))
    assert found["86.4万本"].unit == "本"
    assert found["86.4万本"].indicator == "签发护照等出入境证件"
    assert candidate_quotes("本月发放1本科生补助。") == []


def test_two_classes_of_one_measure_share_the_measure_and_the_batch_before_them():
    text = ("2025年，普通类本科批物理类、历史类录取控制分数线分别为452分、467分，"
            "比上年分别提高3分、降低2分。")
    found = document_by_number(text, date(2025, 8, 30))
    assert found["452分"].indicator == "普通类本科批物理类录取控制分数线"
    assert found["467分"].indicator == "普通类本科批历史类录取控制分数线"
    assert found["2分"].indicator == "普通类本科批历史类录取控制分数线"


def test_a_class_joined_to_another_keeps_no_shared_lead():
    text = "其中，家用电器和音像器材类、通讯器材类零售额分别增长25.3%和20.5%。"
    found = document_by_number(text, date(2025, 10, 20))
    assert found["20.5%"].indicator == "通讯器材类零售额"


LINES = (
    "2025年某省普通高校招生录取控制分数线（普通类）\n\n"
    "批次\t物理类\t历史类\n"
    "本科批\t452\t467\n"
    "高职专科批\t200\t200\n"
)


def test_a_table_of_lines_by_batch_and_class_is_in_points():
    found = document_by_number(LINES, date(2025, 6, 25))
    assert found["452"].unit == "分"
    assert found["467"].unit == "分"


PLANS = ("今年，全省本科批招生计划为24.2万名，实际录取24.6万人，计划完成率为101.7%。"
         "国家专项计划在我省录取4102人。本科批征集志愿于7月28日进行，共征集计划1.31万个。")


def test_a_plans_quota_keeps_its_name_and_stays_a_goal():
    found = document_by_number(PLANS, date(2025, 8, 25))
    assert found["24.2万名"].indicator == "本科批招生计划"
    assert found["24.2万名"].kind == "target"
    assert found["101.7%"].indicator == "计划完成率"
    assert found["101.7%"].kind == "share"
    assert found["1.31万个"].indicator == "征集计划"


def test_admissions_and_arrests_of_a_year_are_flows():
    found = document_by_number(PLANS, date(2025, 8, 25))
    assert found["24.6万人"].kind == "actual"
    assert found["4102人"].kind == "actual"
    text = "2025年，全年共破获刑事案件1.12万起；抓获犯罪嫌疑人8650名。"
    assert document_by_number(text, date(2026, 1, 6))["8650名"].kind == "actual"
    exam = "全省设考点152个、考场1.86万个，共抽调考务工作人员5.2万人。"
    found = document_by_number(exam, date(2025, 8, 25))
    assert found["152个"].kind == "actual"
    assert found["5.2万人"].kind == "actual"


def test_an_agent_with_its_alias_in_brackets_names_nothing():
    text = ("2025年上半年，全省各级消保委（消费者协会）共受理消费者投诉52310件。"
            "6月25日至7月31日，省教育考试院开通咨询电话10部。")
    found = document_by_number(text, date(2025, 8, 5))
    assert found["52310件"].indicator == "受理消费者投诉"
    assert found["10部"].indicator == "开通咨询电话"


def test_our_province_inside_a_name_is_the_home_dropped():
    found = document_by_number("今年，国家专项计划在我省录取3980人。", date(2025, 8, 22))
    assert found["3980人"].indicator == "国家专项计划录取"


def test_problems_of_a_list_share_their_head():
    text = "从投诉性质看，售后服务、质量、合同问题分别占投诉总量的25.1%、20.4%和18.7%。"
    found = document_by_number(text, date(2025, 10, 28))
    assert found["25.1%"].indicator == "售后服务问题占投诉总量"
    assert found["20.4%"].indicator == "质量问题占投诉总量"


CASES = (
    "江苏省消保委发布2025年上半年全省消费者投诉情况分析\n\n"
    "　　2025年上半年，全省共受理消费者投诉52310件。\n\n"
    "　　案例一：2025年5月，南通市消费者陈女士在某培训机构报名课程，支付费用6800元。"
    "经当地消保委调解，机构退还剩余费用5200元。\n"
)


def test_a_cases_place_after_its_label_and_month_is_its_figures_subject():
    found = document_by_number(CASES, date(2025, 7, 20))
    assert found["6800元"].subject == "南通"
    assert found["5200元"].subject == "南通"
    assert found["52310件"].subject is None


def test_a_police_years_anti_fraud_work_is_flows_under_its_running_total():
    text = ("2025年，全年累计拦截诈骗电话986万次、诈骗短信1620万条，紧急止付涉案资金7.35亿元。"
            "全年推送预警指令38.2万条，签发出入境证件96.4万本。")
    found = document_by_number(text, date(2026, 1, 6))
    assert found["1620万条"].indicator == "拦截诈骗短信"
    assert found["7.35亿元"].kind == "count_total"
    assert found["38.2万条"].kind == "actual"
    assert found["96.4万本"].kind == "actual"


def test_appeals_dealt_with_go_on_under_the_running_total_before_them():
    text = "7月1日至8月20日，累计接听考生来电2.86万人次，处理考生申诉96件，办结率为100%。"
    found = document_by_number(text, date(2025, 8, 22))
    assert found["96件"].kind == "count_total"
    text = "1-9月，全市检查定点医药机构1860家，处理违法违规机构540家。"
    assert document_by_number(text, date(2025, 10, 20))["540家"].kind == "actual"


def test_won_in_a_relative_clause_stays_in_the_name():
    text = "其中，获得加倍赔偿的投诉1105件。共获得意向授信额度180亿元。"
    found = document_by_number(text, date(2025, 10, 28))
    assert found["1105件"].indicator == "获得加倍赔偿的投诉"
    assert found["180亿元"].indicator == "意向授信额度"
