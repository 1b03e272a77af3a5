"""Round 97's fixes (h293-h295: an autonomous prefecture's 2025 work report from a two-column
PDF, a city's 2021 statistics bulletin of the pandemic years, a national development zone's 2025
work summary with a key-figures table in single spaces), each class tested on text of its own
through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_prefectures_whole_territory_word_is_its_home():
    text = ("博尔塔拉蒙古自治州2024年经济运行情况\n\n"
            "全州生产总值完成586.2亿元，增长5.9%。全州粮食产量达到96.4万吨。")
    found = document_by_number(text, date(2025, 1, 20))
    assert found["586.2亿元"].indicator == "生产总值"
    assert found["96.4万吨"].indicator == "粮食产量"


def test_a_base_year_after_recovered_to_or_was_dates_nothing_after_it():
    text = ("2021年某市统计公报\n\n"
            "全年港口货物吞吐量2.86亿吨，比上年增长9.2%，仅恢复到2019年的91.4%。"
            "集装箱吞吐量612万标箱，增长11.6%。全年民航旅客吞吐量864万人次，为2019年的63.5%。"
            "全年邮政业务总量52.8亿元，增长21.3%。")
    found = document_by_number(text, date(2022, 3, 30))
    share = found["91.4%"]
    assert share.indicator == "港口货物吞吐量"
    assert (share.period_start, share.period_end) == (date(2021, 1, 1), date(2021, 12, 31))
    for quote in ("612万标箱", "52.8亿元"):
        assert found[quote].period_start == date(2021, 1, 1), quote
    assert found["63.5%"].period_start == date(2021, 1, 1)


def test_the_base_years_own_rate_and_a_quarterly_breakdown_date_only_their_clauses():
    text = ("2021年某市统计公报\n\n"
            "全年全市生产总值8612.4亿元，比上年增长10.4%。分季度看，一季度增长21.6%，"
            "上半年增长14.2%，前三季度增长11.3%。第一产业增加值312.6亿元，增长6.8%。\n\n"
            "全年社会消费品零售总额3126.8亿元，比上年增长15.1%；上年为下降8.4%。"
            "其中，网上零售额486.2亿元，增长19.7%。")
    found = document_by_number(text, date(2022, 3, 30))
    assert found["21.6%"].period_end == date(2021, 3, 31)
    assert found["11.3%"].period_end == date(2021, 9, 30)
    assert found["312.6亿元"].period_end == date(2021, 12, 31)
    fall = found["8.4%"]
    assert (fall.period_start, fall.period_end) == (date(2020, 1, 1), date(2020, 12, 31))
    assert found["486.2亿元"].period_start == date(2021, 1, 1)


def test_a_pair_of_rates_after_respectively_takes_the_two_figures_names_in_order():
    text = ("2021年，全市规模以上工业增加值1862.4亿元、工业投资426.5亿元，"
            "分别恢复到2019年同期的104.2%和96.8%。")
    found = document_by_number(text, date(2022, 3, 30))
    assert found["104.2%"].indicator == "规模以上工业增加值"
    assert found["96.8%"].indicator == "工业投资"


def test_a_key_figures_table_in_single_spaces_is_read():
    text = ("某高新区2025年工作总结\n\n一、主要指标完成情况\n"
            "指标 单位 2025年 同比增长%\n"
            "工业总产值 亿元 1268.4 9.6\n"
            "研发投入 亿元 — 14.2\n"
            "科技型中小企业 家 1382 12.5\n"
            "出口总额 亿元 96.3 -4.1\n\n"
            "二、重点工作\n全年新引进项目38个。\n")
    found = document_by_number(text, date(2026, 1, 8))
    assert found["1268.4"].indicator == "工业总产值"
    assert found["1268.4"].unit == "元"
    assert found["9.6"].kind == "growth_rate"
    assert found["14.2"].indicator == "研发投入"
    assert found["1382"].kind == "count_total"
    assert found["-4.1"].value == -4.1
    assert (found["1268.4"].period_start, found["1268.4"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))


def test_a_plans_stage_dates_no_figure_and_a_plan_heading_sets_goals_for_its_year():
    text = ("某经开区2025年工作总结\n\n一、2025年工作回顾\n全年完成投资86.2亿元。\n\n"
            "二、2026年工作思路\n2026年，全区将紧扣“十五五”开局，力争营业收入增长8%左右，"
            "税收收入增长5%以上；全年新签约项目不少于30个，新增规上企业20家以上。\n")
    found = document_by_number(text, date(2026, 1, 5))
    for quote in ("8%左右", "5%以上", "30个", "20家以上"):
        m = found[quote]
        assert m.kind == "target", quote
        assert (m.period_start, m.period_end) == (date(2026, 1, 1), date(2026, 12, 31)), quote
    assert found["86.2亿元"].kind == "actual"


def test_two_numbered_sections_set_in_two_columns_are_read_column_by_column():
    text = ("一、2024年工作回顾\n\n"
            "（一）农业稳中向好。全年粮食播种面积稳定在\n"
            "（二）服务业加快发展。全年接待游客3260万人次，\n"
            "215.4万亩，总产量达到96.8万吨，同比增长2.6%。\n"
            "同比增长9.4%；实现旅游收入318亿元，同比增\n"
            "新建高标准农田12万亩。牲畜年末存栏\n"
            "长11.2%。新增国家4A级旅游景区2家，全县A级景\n"
            "486.2万头（只），增长1.8%；牲畜出栏362.4万头（只）。\n"
            "区达到31家。民宿客栈增加到1260家。\n\n"
            "（三）工业提质增效。新开工亿元以上项目36个。\n")
    found = document_by_number(text, date(2025, 1, 12))
    assert found["215.4万亩"].indicator == "粮食播种面积"
    assert found["11.2%"].indicator == "旅游收入"
    assert found["11.2%"].kind == "growth_rate"
    stock = found["486.2万头（只）"]
    assert stock.indicator == "牲畜存栏"
    assert stock.unit == "头"
    assert found["362.4万头（只）"].indicator == "牲畜出栏"
    assert found["31家"].indicator == "A级景区"


def test_a_size_class_before_its_noun_is_no_figure():
    text = ("全年新建千头奶牛养殖场6个，改造百亩连片茶园14片。"
            "营业收入超百亿元的企业达到5家，超千亿元的产业集群2个。")
    found = document_by_number(text, date(2026, 1, 6))
    assert "千头" not in found and "百亩" not in found
    assert "超百亿元" not in found and "超千亿元" not in found
    assert found["6个"].indicator == "新建千头奶牛养殖场"
    assert found["5家"].indicator.endswith("企业")


def test_livestock_counted_by_head_and_by_animal_is_one_unit_with_its_bound():
    text = "今年力争牲畜存栏稳定在860万头（只）以上，牲畜出栏达到640万头(只)左右。"
    found = document_by_number(text, date(2025, 1, 9))
    stock = found["860万头（只）以上"]
    assert (stock.unit, stock.qualifier, stock.kind) == ("头", "at_least", "target")
    assert found["达到640万头(只)左右"].qualifier == "about"


def test_things_set_up_and_trains_through_a_port_are_flows():
    text = "全年创建省级绿色工厂4家，中欧班列过境5210列，同比增长8.1%。"
    found = document_by_number(text, date(2026, 1, 6))
    assert found["4家"].kind == "actual"
    assert found["5210列"].kind == "actual"
