"""Round 61's fixes (h185-h187: a Hong Kong press release on a month's visitor arrivals with a text
table, a county's report on its final accounts, a university's graduate employment report), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

COLLEGES = (
    "某某大学就业信息网\n"
    "首页 > 通知公告 > 正文\n\n"
    "某某大学2024届毕业生就业质量年度报告\n"
    "发布时间：2024-12-18\n\n"
    "报告数据来源于高校毕业生就业管理系统，统计截至2024年8月31日。\n\n"
    "表2　2024届毕业生分学院就业情况\n"
    "学院\t毕业生人数\t就业率（%）\t就业率较上届变化（百分点）\n"
    "机械学院\t812\t92.45\t+0.8\n"
    "化工学院\t604\t88.10\t-1.1\n"
    "全校本科\t3,905\t90.02\t+0.4\n"
)


def test_a_count_head_with_its_counting_noun_is_a_measure_in_that_noun():
    found = document_by_number(COLLEGES, date(2024, 12, 18))
    size = found["812"]
    assert size.indicator == "机械学院毕业生人数"
    assert size.unit == "人"
    assert size.kind == "actual"
    assert found["92.45"].indicator == "机械学院就业率"
    assert found["92.45"].kind == "share"


def test_a_change_head_naming_its_measure_is_named_by_that_measure():
    found = document_by_number(COLLEGES, date(2024, 12, 18))
    assert found["-1.1"].indicator == "化工学院就业率"
    assert found["-1.1"].kind == "growth_rate"


def test_a_class_report_under_a_sites_furniture_dates_its_table():
    found = document_by_number(COLLEGES, date(2024, 12, 18))
    assert period_dates(found["812"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["92.45"]) == (date(2024, 8, 31), date(2024, 8, 31))


def test_a_row_opening_with_the_texts_own_whole_drops_it():
    found = document_by_number(COLLEGES, date(2024, 12, 18))
    assert found["3,905"].indicator == "本科毕业生人数"
    assert found["90.02"].indicator == "本科就业率"


ARRIVALS = (
    "表：2025年9月按主要客源地劃分的入境旅客人次\n"
    "客源地　　9月　　按年變動（%）\n"
    "內地　　2 104 300　　+8.2\n"
    "台灣　　86 500　　+12.6\n"
    "總數　　2 190 800　　+8.4\n"
)


def test_a_titles_filler_before_the_rows_kind_still_names_the_breakdown():
    found = document_by_number(ARRIVALS, date(2025, 10, 30))
    cell = found["2 104 300"]
    assert cell.indicator == "内地入境旅客人次"
    assert cell.unit == "人次"
    assert cell.kind == "actual"
    assert found["2 190 800"].indicator == "入境旅客人次"


ACCOUNTS = (
    "关于某县2024年财政决算的报告\n\n"
    "一、2024年一般公共预算收支决算情况\n"
    "收支相抵，年终结转结余1.05亿元。2024年县本级“三公”经费支出412万元，比上年下降6.1%。\n"
    "省财政厅核定我县2024年政府债务限额为42.30亿元，其中一般债务限额15.10亿元。\n\n"
    "附表：2024年收支决算简表（单位：万元）\n"
    "项目\t调整预算数\t决算数\t为调整预算%\t比上年增长%\n"
    "一般公共预算收入\t61,200\t63,050\t103.0\t2.7\n"
)


def test_the_years_end_and_the_balance_carried_are_words_of_their_own():
    found = document_by_number(ACCOUNTS, date(2025, 8, 30))
    assert found["1.05亿元"].indicator == "结转结余"
    assert found["412万元"].subject is None
    assert found["412万元"].indicator.startswith("县本级")


def test_a_debt_limit_is_the_ceiling_set_for_the_year():
    found = document_by_number(ACCOUNTS, date(2025, 8, 30))
    assert found["42.30亿元"].kind == "other"
    assert found["15.10亿元"].kind == "other"


def test_a_plan_completion_column_is_a_share_named_by_its_row():
    found = document_by_number(ACCOUNTS, date(2025, 8, 30))
    cell = found["103.0"]
    assert cell.kind == "share"
    assert cell.indicator == "一般公共预算收入"
    assert found["2.7"].kind == "growth_rate"


GRADUATES = (
    "某某学院2025届毕业生共4,210人，其中本科毕业生3,380人，占80.3%；硕士研究生812人，占19.3%；"
    "博士研究生18人。男生2,301人，女生1,909人。\n\n"
    "从行业看，制造业占31.2%，批发和零售业占12.4%。\n\n"
    "已就业毕业生中，在江苏省内就业的占58.1%，到浙江省就业的占12.0%，到安徽省就业的占6.5%，"
    "到上海市就业的占9.8%，到上海市就业的毕业生较上届增加120人。\n"
)


def test_a_breakdowns_parts_take_bare_shares_named_with_zhanbi():
    found = document_by_number(GRADUATES, date(2025, 12, 20))
    assert found["31.2%"].indicator == "制造业占比"
    assert found["12.4%"].indicator == "批发和零售业占比"


def test_the_parts_of_a_graduating_class_are_the_classs():
    found = document_by_number(GRADUATES, date(2025, 12, 20))
    for quote in ("812人", "18人", "2,301人", "1,909人"):  # (by sex: past the 。)
        assert found[quote].kind == "actual", quote


def test_a_place_inside_which_a_deed_is_done_is_part_of_its_name():
    found = document_by_number(GRADUATES, date(2025, 12, 20))
    share = found["58.1%"]
    assert share.subject is None
    assert share.indicator == "在江苏省内就业"


VISITORS = (
    "十一月訪港旅客\n\n"
    "　　11月份共有12艘次郵輪停泊海運碼頭。\n"
    "　　第四季將舉辦超過60項盛事，包括11月的美酒佳餚巡禮及12月的除夕倒數，預計可吸引約90萬人次"
    "旅客參與。\n"
)
MARKETS = "11月份，其中日本及印尼旅客分别上升9.4%及15.2%；海湾国家旅客增长31.0%。\n"


def test_ship_calls_are_a_unit_of_their_own():
    found = document_by_number(VISITORS, date(2025, 12, 15))
    calls = found["12艘次"]
    assert calls.unit == "艘次"
    assert calls.kind == "actual"


def test_a_lists_shared_head_is_not_cut_inside_the_last_items_word():
    found = document_by_number(MARKETS, date(2025, 12, 15))
    for quote, name in (("9.4%", "日本旅客"), ("15.2%", "印尼旅客")):
        assert found[quote].indicator == name
        assert found[quote].subject is None  # visitors named by where they come from


def test_a_date_opening_one_of_a_lists_examples_dates_no_figure_after_it():
    found = document_by_number(VISITORS, date(2025, 12, 15))
    assert period_dates(found["約90萬人次"]) == (date(2025, 10, 1), date(2025, 12, 31))


DESTINATIONS = (
    "某某大学2024届毕业生就业质量年度报告\n\n"
    "报告数据来源于全国高校毕业生就业管理系统，统计截至2024年8月31日；薪酬部分来源于第三方机构"
    "开展的毕业生跟踪调查。\n\n"
    "一、毕业去向\n"
    "截至2024年8月31日，学校2024届毕业生毕业去向落实率为91.20%。\n"
    "从去向类别看，协议和合同就业3,021人，占55.0%；升学988人，占18.0%。\n\n"
    "二、薪酬\n"
    "2024届本科毕业生平均月薪为6,105元，较2023届增长2.9%。\n"
)


def test_a_label_for_all_the_data_dates_a_sections_lines_at_its_day():
    found = document_by_number(DESTINATIONS, date(2024, 12, 20))
    day = (date(2024, 8, 31), date(2024, 8, 31))
    assert period_dates(found["3,021人"]) == day
    assert period_dates(found["55.0%"]) == day
    # the survey's section keeps the class its sentence names
    assert period_dates(found["6,105元"]) == (date(2024, 1, 1), date(2024, 12, 31))


FUNDS = (
    "二、2024年社会保险基金预算决算情况\n"
    "全县社会保险基金收入完成7.42亿元，支出完成6.90亿元，当年收支结余0.52亿元，"
    "年末滚存结余4.18亿元。"
    "政府性基金预算支出总计3.05亿元，年终结转0.31亿元。\n"
)


def test_the_years_surplus_is_a_flow_and_what_is_carried_at_its_end_a_balance():
    found = document_by_number(FUNDS, date(2025, 8, 30))
    assert found["0.52亿元"].kind == "actual"  # 当年收支结余
    assert found["4.18亿元"].kind == "count_total"  # 年末滚存结余
    assert found["0.31亿元"].kind == "count_total"  # 年终结转


def test_the_total_paid_after_a_rate_per_head_is_a_result():
    text = "2024年，学校为860名困难毕业生每人发放求职补贴1,200元，共计103.2万元。\n"
    found = document_by_number(text, date(2024, 12, 20))
    assert found["1,200元"].kind == "other"  # the scheme's rate
    total = found["103.2万元"]
    assert total.kind == "actual"
    assert period_dates(total) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_surveys_size_is_no_stock_at_the_statistics_cut_off():
    text = ("某某大学2024届毕业生就业质量年度报告\n\n"
            "报告数据统计截至2024年8月31日，薪酬及满意度数据来源于第三方机构调查，共回收有效问卷"
            "2,905份，有效回收率为38.2%。\n")
    found = document_by_number(text, date(2024, 12, 20))
    size = found["2,905份"]
    assert size.kind == "actual"
    assert period_dates(size) == (None, None)
    assert period_dates(found["38.2%"]) == (None, None)


def test_a_sum_of_a_class_of_spending_drops_its_total_word():
    text = ("一、2024年决算\n"
            "重点民生支出合计19.6亿元，占一般公共预算支出的77.4%。支出合计25.3亿元。\n")
    found = document_by_number(text, date(2025, 8, 30))
    assert found["19.6亿元"].indicator == "重点民生支出"
    assert found["77.4%"].indicator == "重点民生支出占一般公共预算支出"
    assert found["25.3亿元"].indicator == "支出合计"  # an account's line keeps it
