"""Session 26's naming classes (blind rounds 48-50), each stated on sentences written for it: a
body's own report calls itself by its kind (医院, 全院) as a city's does by 全市; a rank with no
measure of its own is its place in the assessment the sentence opens with; a quarter's code
opening a name is a period."""

from datetime import date

from pipelines.domain.metrics.name_owners import own_body
from tests.domain.metrics.support import by_quote, document_by_number, metrics

_DOC = date(2025, 3, 10)


def _names(raw: str) -> dict[str, str | None]:
    return {q: m.indicator for q, m in document_by_number(raw, _DOC).items()}


_HOSPITAL = ("某某市第一人民医院2024年度工作总结\n"
             "2024年，医院完成门急诊92.6万人次，同比增长5.1%。截至2024年底，医院实际开放床位1200张。"
             "全院在职职工2150人。医院感染发生率为0.85%。2025年，医院将力争出院人次达到6万人次以上。\n")


def test_a_bodys_own_report_drops_the_body_from_its_names():
    names = _names(_HOSPITAL)
    assert names["92.6万人次"] == "门急诊"
    assert names["5.1%"] == "门急诊"
    assert names["1200张"] == "实际开放床位"
    assert names["2150人"] == "在职职工"
    assert names["达到6万人次以上"] == "出院人次"


def test_a_term_that_opens_with_the_bodys_kind_stays_whole():
    # (医院感染: a hospital-acquired infection, one term)
    assert _names(_HOSPITAL)["0.85%"] == "医院感染发生率"


def test_a_bulletins_hospitals_are_a_class_of_institutions():
    raw = ("2024年全市卫生健康事业发展统计公报\n年末全市共有医疗卫生机构3120个，其中医院156个。"
           "全市医院床位2.1万张。\n")
    assert own_body(raw) == ""
    assert _names(raw)["2.1万张"] == "医院床位"


def test_a_body_is_its_own_only_when_the_text_speaks_of_itself():
    assert own_body(_HOSPITAL) == "医院"
    assert own_body("某某市第一人民医院开展义诊活动\n医院派出专家12人。\n") == ""


def test_a_rank_with_no_measure_is_its_place_in_the_assessment_opening_the_sentence():
    found = by_quote(metrics(["门诊患者满意度为95.1%。",
                              "在2024年度全省营商环境评价中，本区总体评价为优秀，排名第5位，较上年上升3位。"]))
    assert found["第5位"].indicator == "营商环境评价"
    assert found["3位"].indicator == "营商环境评价"


def test_a_rank_with_its_own_measure_keeps_it():
    found = by_quote(metrics(["在2024年度全省县域经济考核中，本县地区生产总值排名第8位。"]))
    assert found["第8位"].indicator == "地区生产总值"


def test_a_quarters_code_opening_a_name_is_a_period():
    found = by_quote(metrics(["分季度看，2025Q2公司实现营业收入12.3亿元，同比增长18.2%。",
                              "其中Q2单季毛利率21.4%；单季净利率9.6%。"], home=None))
    assert found["12.3亿元"].indicator == "营业收入"
    assert found["18.2%"].indicator == "营业收入"
    assert found["21.4%"].indicator == "毛利率"
    assert found["9.6%"].indicator == "净利率"


def test_the_accounts_and_the_budget_bill_are_no_part_of_a_name():
    found = by_quote(metrics(["本县112年度总决算岁入实收新台币301.5亿元，岁出实支296.8亿元。",
                              "（三）116年度总预算案岁出编列322.4亿元，较115年度成长3.1%。"],
                             home=None))
    assert found["301.5亿元"].indicator == "岁入"
    assert found["296.8亿元"].indicator == "岁出"
    assert found["322.4亿元"].indicator == "岁出"
    assert found["3.1%"].indicator == "岁出"
    # (the government's whole budget, no bill: 总预算 stays)
    assert by_quote(metrics(["政府总预算岁出编列新台币2兆8,000亿元。"], home=None))[
        "2兆8,000亿元"].indicator == "政府总预算岁出"


def test_an_outline_items_number_opens_no_name():
    assert by_quote(metrics(["（四）全年实现营业收入8.6亿元。"]))["8.6亿元"].indicator == "营业收入"


def test_within_the_home_is_its_scope():
    found = by_quote(metrics(["县内公车路线由112年底的31条增加至113年9月底的35条。"], home=None))
    assert found["31条"].indicator == "公车路线"


def test_an_events_days_inside_a_name_are_its_period():
    found = by_quote(metrics(["2024年某某茶花节活动期间参观人次约12万人次。"], home=None))
    assert found["约12万人次"].indicator == "某某茶花节参观人次"


def test_replacing_old_vehicles_keeps_its_verb():
    found = by_quote(metrics(["113年汰换老旧机车补助件数2,108件。"], home=None))
    assert found["2,108件"].indicator == "汰换老旧机车补助件数"


def test_a_share_equal_to_another_things_value_is_of_the_thing_just_given():
    found = by_quote(metrics(["本月录得服务贸易逆差38亿元（相等于服务输入总值的5.2%）。",
                              "本月访港旅客共120万人次，按年上升8.1%，相当于2018年同期的96.4%。"],
                             home=None))
    assert found["5.2%"].indicator == "服务贸易逆差相等于服务输入总值"
    assert found["96.4%"].indicator == "访港旅客"


def test_a_clause_with_a_verb_of_its_own_borrows_none_from_the_last():
    found = by_quote(metrics(["向结对帮扶的3个村投入帮扶资金860万元，引进社会帮扶资金215万元。"]))
    assert found["215万元"].indicator == "引进社会帮扶资金"
    found = by_quote(metrics(["全省共出现轻度污染31个城市日，中度污染4个城市日。"]))
    assert found["4个城市日"].indicator == "出现中度污染"


def test_a_slash_lists_earlier_items_and_the_revisions_words_name_nothing():
    found = by_quote(metrics(["我们下调公司2025-2027年营业收入预测至31.2/36.8/42.5亿元"
                              "（原预测为32.0/37.9/44.1亿元），对应EPS分别为0.92/1.10/1.31元。"],
                             home=None))
    assert found["42.5亿元"].indicator == "营业收入"
    assert found["44.1亿元"].indicator == "营业收入"
    assert found["1.31元"].indicator == "EPS"


def test_a_graduate_reports_cohort_is_its_population():
    found = by_quote(metrics(["2024届毕业生平均月薪为6120元，较2023届增长1.8%。",
                              "截至2024年8月31日，全校2024届毕业生毕业去向落实率为91.2%。",
                              "与2023届相比，2024届毕业生规模增加180人。"], home=None))
    assert found["6120元"].indicator == "平均月薪"
    assert found["91.2%"].indicator == "毕业去向落实率"
    assert found["180人"].indicator == "毕业生规模"


def test_a_courts_first_enforcement_cases_are_one_term():
    found = by_quote(metrics(["首次执行案件法定期限内结案率为92.8%。"]))
    assert found["92.8%"].indicator == "首次执行案件法定期限内结案率"


def test_a_name_set_against_the_last_with_its_words_is_of_the_same_owner():
    found = by_quote(metrics(["批发业总销售价值较去年同期上升3.2%，总销售数量则上升1.1%。",
                              "出口总值增长3%，进口总值则下降2%。"], home=None))
    assert found["1.1%"].indicator == "批发业总销售数量"
    assert found["2%"].indicator == "进口总值"


def test_the_units_counted_at_fault_are_no_part_of_the_findings_amount():
    raw = ("关于2023年度市级预算执行和其他财政收支的审计工作报告\n\n一、审计发现的问题\n"
           "审计发现，3家市属国有企业少上缴利润820万元。2家单位违规发放津贴补贴18.6万元。\n")
    names = _names(raw)
    assert names["820万元"] == "少上缴利润"
    assert names["18.6万元"] == "违规发放津贴补贴"


def test_orders_received_after_a_list_are_every_items():
    found = by_quote(metrics(["纺织品、塑胶制品及机械接单分别为9.6亿、12.3亿及30.1亿美元。"],
                             home=None))
    assert found["9.6亿"].indicator == "纺织品接单"
    assert found["12.3亿"].indicator == "塑胶制品接单"


def test_the_patients_a_relief_is_for_name_nothing():
    found = by_quote(metrics(["全年为困难患者减免医疗费用238万元。"]))
    assert found["238万元"].indicator == "减免医疗费用"
