"""Session 26's fourth naming pass, each class stated on sentences written for it: a rate's basis
written without 按 (同口径增长), a numbered target's number before a shared-head list, a sum's 共
glued by the segmenter to a place's 点, a beneficiary between a doer and its deed, an amount gained
per household, a plan's level in brackets."""

from datetime import date

from tests.domain.metrics.support import document_by_number

_DOC = date(2025, 3, 10)


def _names(raw: str) -> dict[str, str | None]:
    return {q: m.indicator for q, m in document_by_number(raw, _DOC).items()}


def test_a_basis_without_its_an_is_no_name():
    names = _names("某县2024年经济运行情况\n全县税收收入完成3.41亿元，同口径增长4.7%。"
                   "今年目标：2.一般公共预算收入可比口径增长3%。\n")
    assert names["4.7%"] == "税收收入"
    assert names["3%"] == "一般公共预算收入"


def test_a_numbered_targets_number_is_no_part_of_the_list():
    names = _names("某市2025年政府工作报告\n主要预期目标是：3.固定资产投资增长4%；"
                   "4.城镇、农村居民人均可支配收入分别增长4.5%和6.5%。\n")
    assert names["4.5%"] == "城镇居民人均可支配收入"
    assert names["6.5%"] == "农村居民人均可支配收入"


def test_a_sum_after_a_places_dian_is_dropped():
    names = _names("某县2024年国庆假期旅游情况\n全县红色旅游服务点共接待游客12.4万人次。\n")
    assert names["12.4万人次"] == "红色旅游服务点接待游客"


def test_a_beneficiary_between_the_doer_and_its_deed_names_nothing():
    names = _names("某县2024年农业农村工作总结\n全年光伏产业为村集体经济带来收入1320万元。"
                   "调解平台为当事人节省诉讼费用860万元。\n")
    assert names["1320万元"] == "光伏产业带来收入"
    assert names["860万元"] == "调解平台节省诉讼费用"


def test_becoming_is_no_beneficiary():
    names = _names("某省2025年行动方案\n到2025年个体工商户转型为企业户数增长10%左右。\n")
    assert names["10%左右"] == "个体工商户转型为企业户数"


def test_an_amount_gained_per_household_is_the_gain():
    names = _names("某县2024年产业帮扶情况\n带动农户1.2万户，其中监测户3400户，户均增收2150元。"
                   "力争到2027年果农户均增收3000元以上。\n")
    assert names["2150元"] == "户均增收"
    assert names["3000元以上"] == "果农户均增收"


def test_a_plans_level_in_brackets_is_the_last_names():
    names = _names("某市2025年前三季度市场监管情况\n1—9月，全市完成特种设备监督检验1.62万台，"
                   "完成年度计划（2.1万台）的77.1%。\n")
    assert names["2.1万台"] == "特种设备监督检验"
    assert names["77.1%"] == "特种设备监督检验"


def test_a_members_count_is_no_group_of_the_next_members():
    names = _names("某市2025年第三季度就业调查\n在登记求职的失业人员中，之前从事制造业的有820人，"
                   "从事餐饮业的有610人。\n")
    assert names["610人"] == "从事餐饮业"


def test_a_respective_list_without_items_takes_the_classes_before():
    names = _names("某市2025年第二季度食品抽检情况\n从抽检环节看，批发环节抽检2310批次、"
                   "零售环节抽检1820批次，合格率分别为97.8%和98.6%。"
                   "初中、高中专任教师分别为3.2万人、1.1万人；师生比分别为1∶13.5、1∶16.2。\n")
    assert names["97.8%"] == "批发环节合格率"
    assert names["98.6%"] == "零售环节合格率"
    assert names["1∶13.5"] == "初中师生比"
    assert names["1∶16.2"] == "高中师生比"


def test_shares_of_a_base_after_a_respective_list_keep_the_base_alone():
    names = _names("某省2024年工业运行情况\n高技术制造业、装备制造业增加值分别增长9.1%和8.4%，"
                   "占规模以上工业的比重分别为16.2%和41.3%。\n")
    assert names["16.2%"] == "占规模以上工业的比重"


def test_an_education_count_is_shared_by_each_kind_of_school():
    names = _names("某市2024年教育事业统计公报\n"
                   "普通高中、中职学校专任教师分别为0.86万人、0.31万人；师生比分别为1∶12.8、1∶17.4。\n")
    assert names["0.86万人"] == "普通高中专任教师"
    assert names["0.31万人"] == "中职学校专任教师"
    assert names["1∶12.8"] == "普通高中师生比"
