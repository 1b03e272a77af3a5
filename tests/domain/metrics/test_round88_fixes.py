"""Round 88's fixes (h266-h268: a city's 十五五 planning outline with a main-indicator table, a
district's 2026 work report on its 民生实事, Macao's 2026 policy address in Traditional script),
each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_plan_tables_bracketed_sums_and_yearly_mean_column_span_the_plans_years():
    text = ("表2　某市“十五五”主要指标\n\n"
            "指标\t单位\t2025年\t2030年\t年均增长（%）\t属性\n"
            "地区生产总值\t亿元\t3210\t4150\t5.3\t预期性\n"
            "城镇新增就业\t万人\t〔18.2〕\t〔19〕\t—\t预期性\n"
            "森林覆盖率\t%\t41.2\t42\t—\t约束性\n\n"
            "注：〔〕内为五年累计数。\n")
    found = document_by_number(text, date(2026, 2, 10))
    assert (found["5.3"].period_start, found["5.3"].period_end) == (
        date(2026, 1, 1), date(2030, 12, 31))
    assert (found["〔18.2〕"].period_start, found["〔18.2〕"].period_end) == (
        date(2021, 1, 1), date(2025, 12, 31))
    assert (found["〔19〕"].period_start, found["〔19〕"].period_end) == (
        date(2026, 1, 1), date(2030, 12, 31))
    # the level columns keep their own years
    assert found["4150"].period_start == date(2030, 1, 1)
    assert found["41.2"].period_start == date(2025, 1, 1)


def test_a_five_year_sum_in_a_paragraph_of_a_goals_year_runs_up_to_that_year():
    text = ("第七章　建设现代化产业体系\n\n到2030年，力争战略性新兴产业增加值占地区生产总值比重达到"
            "20%。实施技改提升工程，五年累计完成工业技改投资1500亿元以上。")
    found = document_by_number(text, date(2026, 1, 25))
    assert found["1500亿元以上"].kind == "target"
    assert (found["1500亿元以上"].period_start, found["1500亿元以上"].period_end) == (
        date(2026, 1, 1), date(2030, 12, 31))


def test_a_length_before_a_yearly_mean_is_the_means_span_and_names_nothing():
    text = ("“十四五”时期，全县综合实力稳步提升。2025年全县地区生产总值达到512亿元，五年年均增长"
            "6.1%；人均地区生产总值突破7.8万元。")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["6.1%"].indicator == "地区生产总值"
    assert found["6.1%"].period_start == date(2021, 1, 1)
    # the length dates only its own clause
    assert found["7.8万元"].period_start == date(2025, 1, 1)


def test_a_time_inside_a_plans_relative_clause_dates_no_figure():
    text = ("过去一年，全县民生支出达到42.3亿元。年初确定的12件民生实事全部完成，完成投资8.6亿元。")
    found = document_by_number(text, date(2026, 1, 12))
    assert (found["8.6亿元"].period_start, found["8.6亿元"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))


def test_a_bare_zone_after_an_opening_day_refers_to_the_zone_just_named():
    text = ("前海深港现代服务业合作区建设加快推进。截至2025年10月底，合作区内港资企业达到"
            "1.2万家，较去年底增加860家。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["1.2万家"].subject == "前海深港现代服务业合作区"
    assert found["860家"].subject == "前海深港现代服务业合作区"


def test_grants_raised_to_a_yearly_rate_and_a_classs_yearly_rate_are_rule_parameters():
    text = ("明年将调高养老金至每年12,000澳門元；繼續向每名學生發放書簿津貼，中學生每年"
            "4,200澳門元。")
    found = document_by_number(text, date(2025, 11, 18))
    for quote in ("12,000澳門元", "4,200澳門元"):
        assert found[quote].kind == "other", quote
        assert found[quote].period_start is None, quote
    assert found["12,000澳門元"].indicator == "养老金"


def test_those_given_to_after_xiang_are_named_by_their_noun_and_a_per_head_recipient_stays():
    text = ("今年共向約3.6萬名長者發放敬老金。特區政府向每名永久性居民發放8,000澳門元。")
    found = document_by_number(text, date(2025, 11, 18))
    assert found["約3.6萬名"].indicator == "长者"
    assert found["8,000澳門元"].indicator == "每名永久性居民发放"


def test_a_count_totalling_its_list_opens_the_name_not_the_lists_last_items():
    text = ("今年首三季，旅遊、會展、中醫藥及金融四大產業增加值按年增長9.5%，佔本地生產總值的比重"
            "為14.2%。")
    found = document_by_number(text, date(2025, 11, 18))
    assert found["9.5%"].indicator == "四大产业增加值"
    assert found["14.2%"].indicator == "四大产业增加值占本地生产总值的比重"


def test_a_fiscal_year_written_with_nian_is_one_period_and_a_schemes_jihua_is_its_name():
    text = ("一、二〇二五年施政工作回顧\n\n人才方面，人才引進計劃全年共收到申請約2,100宗。\n\n"
            "二、二〇二六年施政重點\n\n預計二〇二六年財政年度總收入為1,300億澳門元，其中投資與發展"
            "開支計劃約240億澳門元。\n")
    found = document_by_number(text, date(2025, 11, 18))
    assert found["1,300億澳門元"].indicator == "总收入"
    assert found["1,300億澳門元"].period_start == date(2026, 1, 1)
    assert found["約240億澳門元"].indicator == "投资与发展开支计划"
    assert found["約2,100宗"].kind == "actual"


def test_lifts_fitted_and_roads_opened_in_a_year_are_flows():
    text = "一、2025年工作回顾\n\n——出行更便捷。加装电梯318台，打通断头路6条。\n"
    found = document_by_number(text, date(2026, 1, 10))
    assert found["318台"].kind == "actual"
    assert found["6条"].kind == "actual"


def test_the_above_and_a_raise_before_a_grant_open_no_name():
    text = ("以上重点项目计划总投资约52亿元。明年起调升高龄津贴至每月1,500元。")
    found = document_by_number(text, date(2025, 12, 20))
    assert found["52亿元"].indicator == "重点项目计划总投资"
    assert found["1,500元"].indicator == "高龄津贴"


def test_a_forecast_led_by_its_year_goes_on_in_its_later_clause():
    text = "全年预计举办大型活动约260场，吸引观众逾120万人次。"
    found = document_by_number(text, date(2025, 11, 18))
    assert found["260场"].kind == "target"
    assert found["120万人次"].kind == "target"


def test_beneficiaries_counted_with_their_age_class_after_wei_quanqu():
    text = ("2026年，将为全区8600名70周岁以上老年人提供免费体检服务；为全市2.4万名困难群众发放"
            "慰问金。")
    found = document_by_number(text, date(2026, 1, 10))
    assert found["8600名"].indicator == "70周岁以上老年人"
    assert found["2.4万名"].indicator == "困难群众"


def test_a_yearly_mean_inheriting_one_year_is_over_the_paragraphs_span_of_years():
    text = ("第一章　发展基础\n\n“十四五”时期，全市发展质量稳步提升。预计2025年全市地区生产总值达到"
            "2860亿元。规模以上工业增加值年均增长8.3%，高新技术产业增加值占比提高到41.5%。\n")
    found = document_by_number(text, date(2026, 2, 1))
    assert (found["8.3%"].period_start, found["8.3%"].period_end) == (
        date(2021, 1, 1), date(2025, 12, 31))
    # a level in the same sentence keeps the year
    assert found["41.5%"].period_start == date(2025, 1, 1)


def test_a_facilitys_other_name_in_brackets_stays_in_the_name():
    text = "全年新建社区食堂（助餐点）38家，建成村卫生室（站）12个，门诊部和诊所（医务室）1520个。"
    found = document_by_number(text, date(2026, 1, 14))
    assert found["38家"].indicator == "新建社区食堂（助餐点）"
    assert found["1520个"].indicator == "门诊部和诊所（医务室）"
