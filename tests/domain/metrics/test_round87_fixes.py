"""Round 87's fixes (h263-h265: a province's yearly statistical communique, a city's 前三季度
release, a city newspaper's page in two columns with a 数读 box), each class tested on text of
its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_box_of_figures_each_named_and_dated_by_its_caption():
    text = ("全市经济运行稳中向好，各项指标好于预期。\n\n"
            "【数字】\n"
            "6.1%         前三季度全市地区生产总值增速\n"
            "3.4万户      1—9月新设立经营主体\n"
            "926.5亿元    前三季度社会消费品零售总额\n"
            "42家         全市规上工业企业新增数\n")
    found = document_by_number(text, date(2025, 10, 28))
    assert found["6.1%"].indicator == "地区生产总值增速"
    assert found["6.1%"].kind == "growth_rate"
    assert found["6.1%"].period_text == "前三季度"
    assert found["3.4万户"].indicator == "新设立经营主体"
    assert found["3.4万户"].period_text == "1-9月"
    assert found["926.5亿元"].indicator == "社会消费品零售总额"
    assert found["926.5亿元"].period_text == "前三季度"
    # a caption with no time leaves its figure undated
    assert found["42家"].period_start is None


def test_a_figure_opening_a_line_of_running_text_is_not_read_as_a_caption():
    text = "今年以来，全市新增市场主体3.6万户，同比增长12.5%。\n12家企业入选省级专精特新名单。\n"
    found = document_by_number(text, date(2025, 10, 28))
    assert found["3.6万户"].indicator == "新增市场主体"
    assert found["12.5%"].indicator == "新增市场主体"


def test_a_season_naming_the_kind_of_activities_is_no_period():
    text = ("市文旅局介绍，四季度全市将推出冬季文旅活动150余场，预计带动文旅消费超过20亿元。"
            "明年一季度，全市计划举办春季招聘活动80场。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["150余场"].indicator == "推出冬季文旅活动"
    assert found["150余场"].period_text == "四季度"
    assert found["20亿元"].period_text == "四季度"
    assert found["80场"].period_text == "明年一季度"
    # a season opening its deed stays its period
    found = document_by_number("冬季，全市开展各类活动80场。", date(2025, 11, 20))
    assert found["80场"].period_text == "冬季"


def test_a_rate_after_a_total_keeps_the_total_in_its_name():
    text = ("1-9月，全市进出口总额386.2亿元，同比增长9.6%，增速比上半年回落0.8个百分点，"
            "两年平均增长7.2%。")
    found = document_by_number(text, date(2025, 10, 24))
    assert found["0.8个百分点"].indicator == "进出口总额增速"
    assert found["7.2%"].indicator == "进出口总额"


def test_projects_classed_by_planned_investment_are_no_plan():
    text = ("1-9月，全省新开工项目2856个，其中计划总投资亿元以上项目932个；"
            "施工项目12460个，其中计划总投资5000万元及以上项目4102个。")
    found = document_by_number(text, date(2025, 10, 24))
    for quote in ("932个", "4102个"):
        assert found[quote].kind != "target", quote
        assert found[quote].indicator.startswith("计划总投资"), quote
        assert found[quote].period_text == "1-9月", quote
    assert found["2856个"].kind != "target"


def test_a_count_before_a_graded_noun_is_read_and_named_by_it():
    text = ("国庆假期，全市纳入监测的28家A级旅游景区共接待游客96.5万人次，同比增长8.1%。"
            "全县现有15家4A级景区。")
    found = document_by_number(text, date(2025, 10, 9))
    assert found["28家"].indicator == "A级旅游景区"
    assert found["28家"].kind == "count_total"
    assert found["96.5万人次"].indicator == "A级旅游景区接待游客"
    assert found["15家"].indicator == "4A级景区"
    # a figure glued to a name's Latin letters stays part of the name (5G, PM2.5)
    assert "5G" not in document_by_number("全市新建5G基站1200个。", date(2025, 10, 9))


def test_a_box_of_figures_parted_by_tabs_or_ideographic_spaces():
    for gap in ("\t", "\u3000\u3000"):
        text = ("全区经济稳中有进。\n\n数读\n"
                f"5.8%{gap}前三季度全区规上工业增加值增速\n"
                f"2.1万户{gap}1—9月新登记经营主体\n"
                f"312.6亿元{gap}前三季度社会消费品零售总额\n")
        found = document_by_number(text, date(2025, 10, 28))
        assert found["5.8%"].indicator == "规上工业增加值增速", repr(gap)
        assert found["2.1万户"].indicator == "新登记经营主体", repr(gap)
        assert found["312.6亿元"].indicator == "社会消费品零售总额", repr(gap)
        assert found["312.6亿元"].period_text == "前三季度", repr(gap)
