"""Round 64's fixes (h194-h196: the national monthly notifiable disease report, the central bank's
week of open market operations with the month's LPR, the postal bureau's monthly industry report),
each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

REF = date(2025, 12, 12)

FORM = (
    "2025年11月全省法定传染病疫情概况\n\n"
    "　　全省共报告法定传染病3120例，死亡4人。\n\n"
    "2025年11月全省法定传染病报告发病、死亡统计表\n\n"
    "病名\t发病数\t死亡数\n"
    "甲乙类传染病合计\t1260\t3\n"
    "肺结核\t318\t2\n"
    "丙类传染病合计\t1860\t1\n"
)


def test_a_form_whose_title_names_a_month_over_dates_its_cells_by_it():
    found = document_by_number(FORM, REF)
    for quote in ("1260", "318", "1860"):
        assert period_dates(found[quote]) == (date(2025, 11, 1), date(2025, 11, 30)), quote


def test_cases_and_deaths_columns_count_in_their_units_and_a_total_row_names_its_class():
    found = document_by_number(FORM, REF)
    assert found["318"].unit == "例"
    assert found["2"].unit == "人"
    assert found["1260"].indicator == "甲乙类传染病发病数"
    assert found["1860"].indicator == "丙类传染病发病数"


REGIONS = (
    "2025年1-11月全国快递业务情况\n\n"
    "　　1-11月，全国快递业务量累计完成1600.2亿件，同比增长17.5%。\n\n"
    "表1　2025年1-11月分地区快递业务量\n\n"
    "地区\t快递业务量（亿件）\t同比增长（%）\n"
    "全国\t1600.2\t17.5\n"
    "东北地区\t62.4\t15.1\n"
    "华南地区\t410.3\t16.2\n"
    "　　全国快递业务量继续保持增长，全国各地区均实现增长。\n"
)


def test_a_row_of_several_provinces_names_its_cells_and_is_no_subject():
    found = document_by_number(REGIONS, REF)
    assert found["62.4"].indicator == "东北地区快递业务量"
    assert found["62.4"].subject is None
    assert found["410.3"].indicator == "华南地区快递业务量"
    assert found["410.3"].subject is None


def test_the_home_row_of_a_national_table_has_no_subject():
    found = document_by_number(REGIONS, REF)
    assert found["1600.2"].subject is None


OPERATIONS = (
    "公开市场业务交易公告\n\n"
    "　　为维护月末流动性平稳，2025年12月10日中国人民银行以固定利率方式开展了960亿元14天期"
    "逆回购操作。具体情况如下：\n\n"
    "期限\t操作利率\t投标量\t中标量\n"
    "14天\t1.55%\t1020亿元\t960亿元\n"
)


def test_a_record_printed_as_a_table_is_read_cell_by_cell_and_dated_by_its_introduction():
    found = document_by_number(OPERATIONS, REF)
    day = (date(2025, 12, 10), date(2025, 12, 10))
    assert found["1.55%"].indicator == "操作利率"
    assert found["1.55%"].kind == "share"
    assert period_dates(found["1.55%"]) == day
    assert found["1020亿元"].indicator == "投标量"
    assert period_dates(found["1020亿元"]) == day
    term = found["14天"]
    assert term.indicator == "期限"
    assert term.kind == "other"
    assert period_dates(term) == (None, None)


def test_a_day_after_the_sentences_purpose_dates_its_deed_named_by_the_deed():
    text = ("　　为对冲缴税等因素的影响，保持流动性合理充裕，2025年12月8日人民银行以数量招标方式"
            "开展了3200亿元7天期逆回购操作。\n")
    amount = document_by_number(text, REF)["3200亿元"]
    assert period_dates(amount) == (date(2025, 12, 8), date(2025, 12, 8))
    assert amount.indicator == "开展7天期逆回购操作"


WEEK = (
    "　　本周（12月8日—12日），公开市场共开展逆回购操作5600亿元。因本周共有4300亿元"
    "逆回购到期，实现净投放1300亿元。另据公告，12月15日人民银行将开展6000亿元中期借贷便利"
    "操作，本月到期4500亿元。\n"
)


def test_the_texts_week_given_its_days_in_brackets_is_those_days_where_it_recurs():
    found = document_by_number(WEEK, REF)
    days = (date(2025, 12, 8), date(2025, 12, 12))
    for quote in ("5600亿元", "4300亿元", "1300亿元"):
        assert period_dates(found[quote]) == days, quote
    assert found["4300亿元"].indicator == "逆回购到期"


def test_a_day_before_a_doer_and_jiang_dates_the_planned_deed_and_benyue_is_the_month():
    found = document_by_number(WEEK, REF)
    assert period_dates(found["6000亿元"]) == (date(2025, 12, 15), date(2025, 12, 15))
    assert found["6000亿元"].kind == "target"
    assert period_dates(found["4500亿元"]) == (date(2025, 12, 1), date(2025, 12, 31))


RATES = (
    "　　中国人民银行授权全国银行间同业拆借中心公布，2025年12月22日贷款市场报价利率（LPR）为："
    "1年期LPR为3.0%，5年期以上LPR为3.5%。\n\n"
    "　　说明：报价行报价后，去掉最高和最低报价后算术平均，并向0.05%的整数倍就近取整计算得出LPR。"
    "本次两个期限品种LPR均与上月持平。\n"
)


def test_a_day_opening_what_it_reads_and_wei_dates_the_readings_after_the_colon():
    found = document_by_number(RATES, date(2025, 12, 22))
    for quote in ("3.0%", "3.5%"):
        assert period_dates(found[quote]) == (date(2025, 12, 22), date(2025, 12, 22)), quote


def test_a_rounding_step_is_the_rules_parameter_and_all_unchanged_is_no_figure():
    found = document_by_number(RATES, date(2025, 12, 22))
    step = found["0.05%"]
    assert step.kind == "other"
    assert step.indicator == "就近取整"
    assert period_dates(step) == (None, None)
    assert "持平" not in found


def test_one_character_items_and_slash_joined_items_of_a_list_take_the_last_items_ending():
    text = ("　　1-11月，东、中、西部地区快递业务收入比重分别为74.0%、15.5%和10.5%。同城、异地、"
            "国际/港澳台快递业务量分别占全部快递业务量的8.0%、90.1%和1.9%。\n")
    found = document_by_number(text, REF)
    assert found["74.0%"].indicator == "东部地区快递业务收入比重"
    assert found["15.5%"].indicator == "中部地区快递业务收入比重"
    assert found["8.0%"].indicator == "同城快递业务量占全部快递业务量"
    assert found["90.1%"].indicator == "异地快递业务量占全部快递业务量"
