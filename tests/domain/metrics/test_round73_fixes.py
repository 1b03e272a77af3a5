"""Round 73's fixes (h221-h223: a national statistics office's quarterly household income and
consumption release, a province's budget report, a ministry's news on the national carbon market),
each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import candidate_quotes, document_by_number

SPENDING = (
    "某省统计局发布数据\n\n"
    "　　一季度，全国居民人均消费支出7452元，增长5.1%。"
    "人均衣着、生活用品及服务消费支出分别为402元和437元，分别增长1.6%和2.8%。\n\n"
    "附表　2025年一季度居民收支主要数据\n"
    "指标\t绝对量（元）\t比上年同期名义增长（%）\n"
    "（一）全国居民人均可支配收入\t12938\t5.0\n"
    "（二）全国居民人均消费支出\t7452\t5.1\n"
)


def test_a_table_rows_bracketed_serial_and_the_national_home_are_no_part_of_its_name():
    found = document_by_number(SPENDING, date(2025, 4, 16))
    assert found["12938"].indicator == "居民人均可支配收入"
    assert found["5.0"].indicator == "居民人均可支配收入"
    assert found["7452"].indicator == "居民人均消费支出"


def test_classes_of_spending_listed_share_the_per_head_word_and_the_measure():
    found = document_by_number(SPENDING, date(2025, 4, 16))
    assert found["402元"].indicator == "人均衣着消费支出"
    assert found["437元"].indicator == "人均生活用品及服务消费支出"
    assert found["2.8%"].indicator == "人均生活用品及服务消费支出"
    other = document_by_number("一季度，人均地区生产总值、一般公共预算收入分别为1元和2元。",
                               date(2025, 4, 16))
    assert other["2元"].indicator == "一般公共预算收入"  # two measures: no shared 人均


def test_a_figure_named_again_before_its_base_is_the_last_figures_share():
    text = "前三季度，全国居民人均可支配收入中位数26945元，增长4.8%，中位数是平均数的83.0%。"
    found = document_by_number(text, date(2025, 10, 20))
    assert found["83.0%"].indicator == "居民人均可支配收入中位数"
    assert found["83.0%"].kind == "share"


def test_an_emissions_amount_is_not_cut_at_the_market_word_it_ends_with():
    text = "2025年，全市二氧化硫排放量3.2万吨。沪深两市成交额放量至1.2万亿元。"
    found = document_by_number(text, date(2026, 1, 9))
    assert found["3.2万吨"].indicator == "二氧化硫排放量"
    assert found["1.2万亿元"].indicator == "沪深两市成交额"


def test_jiang_after_a_word_of_a_deed_done_is_no_plan():
    text = ("2025年，某市首次将钢铁、水泥两个行业纳入管理，新增重点排放单位约150家，"
            "覆盖年二氧化碳排放量约8亿吨。")
    found = document_by_number(text, date(2026, 1, 9))
    assert found["150家"].kind == "actual"
    assert found["8亿吨"].kind == "actual"
    assert document_by_number("2026年，某市将新增重点排放单位约150家。",
                              date(2026, 1, 9))["150家"].kind == "target"


def test_a_document_number_is_no_rank():
    assert candidate_quotes("《某条例》（国令第775号）自2024年5月1日起施行。") == []
    assert candidate_quotes("全省排名第5，居全国第3位。") == ["第5", "第3位"]


CARBON = (
    "首页 > 新闻发布\n"
    "某国碳排放权交易市场2025年运行平稳\n"
    "发布时间：2026-01-09 16:20\n\n"
    "　　截至2025年12月31日，某国碳排放权交易市场（以下简称某国碳市场）碳排放配额累计成交量"
    "8.62亿吨。2025年，某国碳市场碳排放配额年度成交量2.31亿吨。\n"
)


def test_the_subject_a_text_abbreviates_for_itself_is_no_part_of_a_name():
    found = document_by_number(CARBON, date(2026, 1, 9))
    assert found["8.62亿吨"].indicator == "碳排放配额成交量"
    assert found["2.31亿吨"].indicator == "碳排放配额年度成交量"


def test_an_abbreviation_the_headline_does_not_name_keeps_the_name():
    text = ("某县2025年中考录取工作顺利完成\n\n"
            "　　某县2025年初中学业水平考试暨高中阶段学校招生（以下简称“中考”）成绩公布。"
            "全县中考报名人数15286人。\n")
    assert document_by_number(text, date(2025, 7, 14))["15286人"].indicator == "中考报名人数"


def test_whom_a_check_is_done_on_is_dropped_and_the_authors_system_too():
    text = ("2025年，各级生态环境部门对重点排放单位开展碳排放数据质量检查1320家次，"
            "督促整改问题386个。")
    found = document_by_number(text, date(2026, 1, 9))
    assert found["1320家次"].indicator == "开展碳排放数据质量检查"


def test_figures_of_the_whole_year_in_its_first_months_are_planned():
    text = ("三、2026年财政重点工作\n\n"
            "　　坚持过紧日子，省级一般性支出再压减5%以上。县级“三保”支出占比保持在75%以上。"
            "统筹安排科技创新资金120亿元。\n")
    found = document_by_number(text, date(2026, 1, 24))
    for quote in ("5%以上", "75%以上", "120亿元"):
        assert found[quote].kind == "target", quote


def test_a_bare_measure_after_a_doers_running_total_counts_on_under_it():
    text = ("2025年，全国温室气体自愿减排交易市场累计成交核证自愿减排量1826万吨，"
            "成交额15.4亿元，成交均价84.3元/吨。")
    found = document_by_number(text, date(2026, 1, 9))
    assert found["15.4亿元"].kind == "count_total"
    assert found["84.3元/吨"].kind == "actual"


def test_a_ceiling_set_for_the_home_is_named_by_what_it_caps():
    text = ("2025年，全省经济平稳。2025年，财政部核定我省地方政府债务限额18526.4亿元。"
            "全省财政收入增长。")
    found = document_by_number(text, date(2026, 1, 24))
    assert found["18526.4亿元"].indicator == "地方政府债务限额"
    assert found["18526.4亿元"].kind == "other"
