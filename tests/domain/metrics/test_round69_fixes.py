"""Round 69's fixes (h209-h211: a province's notice raising the minimum wage with a table of its
tiers, a province's plan raising retirees' pensions under run-in headings, a city's notice of the
social-insurance contribution bases with tables of rates and bands), each class tested on text
of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

NO_DATES = (None, None)

WAGES = (
    "某省人力资源和社会保障厅关于调整最低工资标准的通知\n\n"
    "　　一类地区月最低工资标准为2100元/月，二类地区月最低工资标准为1900元/月。与现行标准相比，"
    "一类地区、二类地区月最低工资标准分别提高120元和100元，增幅分别为6.1%和5.6%。\n\n"
    "表：最低工资标准分类\n"
    "类别\t月最低工资标准（元/月）\t小时最低工资标准（元/小时）\t适用地区\n"
    "一类地区\t2100\t20.5\t甲市市区、乙县\n"
    "二类地区\t1900\t18.5\t其他县（市）\n"
)


def test_a_change_size_opening_its_clause_is_the_figures_change():
    found = document_by_number(WAGES, date(2025, 12, 1))
    assert found["6.1%"].indicator == "一类地区月最低工资标准"
    assert found["5.6%"].indicator == "二类地区月最低工资标准"
    assert found["6.1%"].kind == "other"  # a standard's raise, the rule's parameter
    reserves = document_by_number(
        "截至2025年8月末，外汇储备规模为32891亿美元，较7月末上升174亿美元，升幅为0.53%。",
        date(2025, 9, 7))
    assert reserves["0.53%"].indicator == "外汇储备规模"
    assert reserves["0.53%"].kind == "growth_rate"


def test_a_change_of_the_change_size_keeps_its_word():
    found = document_by_number("10月份，核心CPI同比上涨1.2%，涨幅比上月扩大0.1个百分点。",
                               date(2025, 11, 9))
    assert found["0.1个百分点"].indicator == "核心CPI涨幅"


def test_a_table_of_two_measures_then_a_text_column_is_read():
    found = document_by_number(WAGES, date(2025, 12, 1))
    assert found["2100"].indicator == "一类地区月最低工资标准"
    assert found["2100"].unit == "元/月"
    assert found["18.5"].indicator == "二类地区小时最低工资标准"
    assert found["18.5"].kind == "other"
    assert period_dates(found["18.5"]) == NO_DATES


PENSIONS = (
    "某省2025年调整退休人员基本养老金方案\n\n"
    "　　一、调整水平\n\n"
    "　　全省退休人员基本养老金总体调整水平为2024年退休人员月人均基本养老金的2%。\n\n"
    "　　二、调整办法\n\n"
    "　　（一）定额调整。每人每月增加20元。\n\n"
    "　　（二）挂钩调整。缴费年限超过15年的部分，每满1年每月再增加1.2元。\n\n"
    "　　（三）倾斜调整。对2025年12月31日前年满70周岁的退休人员，每人每月再增加30元。\n\n"
    "　　企业退休军队转业干部按上述办法调整后，月基本养老金低于3500元的，补足到3500元。\n\n"
    "　　经测算，本次调整全年需增加基本养老金支出约42.5亿元。\n"
)


def test_a_per_head_monthly_raise_is_the_rules_rate():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    for quote in ("20元", "1.2元", "30元"):
        assert found[quote].kind == "other", quote
        assert period_dates(found[quote]) == NO_DATES, quote


def test_a_sentence_naming_nothing_is_named_by_its_run_in_title():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    assert found["20元"].indicator == "定额调整"
    assert found["1.2元"].indicator == "挂钩调整"
    assert found["30元"].indicator == "倾斜调整"


def test_a_day_closed_by_qian_before_an_age_is_no_year_before_last():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    assert found["30元"].period_start is None


def test_a_rules_band_by_its_bound_is_a_condition():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    assert "超过15年" not in found and "15年" not in found


def test_an_adjustment_level_as_a_share_of_a_base_is_the_rules():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    assert found["2%"].indicator == "退休人员基本养老金总体调整水平"
    assert found["2%"].kind == "other"
    assert period_dates(found["2%"]) == NO_DATES


def test_a_floor_topped_up_to_is_the_rules_level_of_its_condition():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    floor = next(m for q, m in found.items() if q == "3500元" and m.kind == "other")
    assert floor.indicator == "月基本养老金"


def test_xu_before_a_deeds_verb_is_a_modal():
    found = document_by_number(PENSIONS, date(2025, 7, 10))
    assert found["42.5亿元"].indicator == "增加基本养老金支出"


BASES = (
    "关于公布2025年度社会保险缴费基数上下限的通知\n\n"
    "　　2024年度全口径城镇单位就业人员平均工资为110400元/年，比上年增长3.2%。\n\n"
    "　　职工个人缴费基数上限按2024年度全口径城镇单位就业人员月平均工资的300%确定，为27600元/月；"
    "缴费基数下限按60%确定，为5520元/月。上年度缴费基数上限为26700元/月、下限为5340元/月。\n\n"
    "表1　各项社会保险缴费比例\n"
    "险种\t单位缴费比例（%）\t个人缴费比例（%）\n"
    "职工基本养老保险\t16\t8\n"
    "职工基本医疗保险（含生育保险）\t7.5\t2\n"
    "失业保险\t0.5\t0.5\n\n"
    "表2　灵活就业人员缴费档次\n"
    "档次\t缴费基数（元/月）\t月缴费额（元）\n"
    "第一档\t5520\t1104.00\n"
    "第二档\t9200\t1840.00\n"
)


def test_a_wage_per_year_is_a_unit():
    found = document_by_number(BASES, date(2025, 6, 27))
    assert found["110400元/年"].unit == "元/年"
    assert found["3.2%"].indicator == "全口径城镇单位就业人员平均工资"


def test_contribution_bounds_set_as_shares_of_the_wage_are_the_rules():
    found = document_by_number(BASES, date(2025, 6, 27))
    for quote, name in (("300%", "职工个人缴费基数上限"), ("27600元/月", "职工个人缴费基数上限"),
                        ("60%", "缴费基数下限"), ("5520元/月", "缴费基数下限")):
        assert found[quote].indicator == name, quote
        assert found[quote].kind == "other", quote
        assert period_dates(found[quote]) == NO_DATES, quote
    assert found["5340元/月"].kind == "other"  # (the list's item after 、: the same rule's)
    assert period_dates(found["5340元/月"]) == NO_DATES


def test_a_rate_table_is_named_by_row_and_column_and_is_the_rules():
    found = document_by_number(BASES, date(2025, 6, 27))
    assert found["16"].indicator == "职工基本养老保险单位缴费比例"
    assert found["8"].indicator == "职工基本养老保险个人缴费比例"
    assert found["7.5"].indicator == "职工基本医疗保险单位缴费比例"  # (含…) a note, dropped
    assert found["16"].kind == "other"


def test_a_forms_column_heads_give_their_units_in_brackets():
    found = document_by_number(BASES, date(2025, 6, 27))
    assert found["9200"].unit == "元/月"
    assert found["1840.00"].unit == "元"
    assert found["9200"].indicator == "第二档缴费基数"
    assert found["9200"].kind == "other"


def test_a_caused_events_name_stops_before_the_next_figure():
    found = document_by_number(
        "2025年，全省督促1,184户用人单位补发低于最低工资标准的工资差额共计3,260万元。",
        date(2025, 12, 18))
    assert found["1,184户"].indicator == "用人单位补发低于最低工资标准的工资差额"
    assert found["1,184户"].kind == "actual"  # (a causative's count: the events of the year)
