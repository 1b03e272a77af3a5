"""Indicator names, session 24: classes of phrasing the held-out set still named wrong (a flow
verb a prefix list drops before its counted noun, a deed's verb marked done with 了 before its
count, ...): short sentences written for each class, not the documents themselves."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_a_flow_verb_before_a_counted_noun_stays_though_it_opens_plans() -> None:
    """建设 + noun + count: the deed counted keeps its verb (as 新建充电桩), though 建设 before
    other names is a plan's word and dropped; 完成 before a count is left as it was."""
    names = _names(["“十五五”期间，建设省级现代农业产业园区3个。",
                    "到2027年，建设智能工厂1.2万个。",
                    "全年建设投资完成120亿元。"])
    assert names["3个"] == "建设省级现代农业产业园区"
    assert names["1.2万个"] == "建设智能工厂"


def test_a_deed_marked_done_before_its_count_keeps_its_verb() -> None:
    """审计了15个项目, 抽查了8个区县: the count after a flow verb with its 了 (and a batch or a 共
    after it) counts the deed's object, a weak noun (单位) too, named with the verb."""
    names = _names(["全市审计机关共审计了112个单位，查出问题金额9.6亿元。",
                    "市审计局审计了21个棚户区改造项目，涉及资金4.2亿元。",
                    "省里抽查了9个县市区，发现问题线索13条。"])
    assert {q: names[q] for q in ("112个", "21个", "9个")} == {
        "112个": "审计单位", "21个": "审计棚户区改造项目", "9个": "抽查县市区"}


def test_a_deed_written_before_its_counted_object_keeps_its_verb() -> None:
    """吸引N个X, 创造N个X, 发布N个X, 召开N次X, 开展N场X: the object a deed made or
    held is counted, named with the deed; firms or people counted who act themselves after it
    (吸引N家房企报名) are not the deed's, and whom things went to (编配予…) names them."""
    names = _names(["园区今年已吸引36个外资项目，预计可创造约5000个就业机会。",
                    "人社部发布了第五批共17个新职业。",
                    "委员会全年召开3次会议。",
                    "全年开展12场专题招商推介。",
                    "该地块共吸引9家房企报名。",
                    "署方共编配了8 200个公屋单位，其中约2 600个编配予一般申请者。"])
    quotes = ("36个", "约5000个", "17个", "3次", "12场", "约2 600个")
    assert {q: names[q] for q in quotes} == {
        "36个": "吸引外资项目", "约5000个": "创造就业机会", "17个": "发布新职业",
        "3次": "召开会议", "12场": "开展专题招商推介",
        "约2 600个": "编配予一般申请者"}
    assert names["9家"] != "吸引房企"


def test_a_trade_verb_before_examples_of_a_class_stays() -> None:
    """出口A、B、…等X: the goods exported of a class are named by the verb and the class (出口
    tagged a verbal noun), however many examples the list gives before 等."""
    names = _names(["同期，出口服装、家具等劳动密集型产品412.6亿元，下降3.1%。",
                    "同期，出口纺织服装、箱包、鞋靴、玩具、家具、塑料制品等劳动密集型产品2.88万亿元。"])
    assert names["412.6亿元"] == "出口劳动密集型产品"
    assert names["2.88万亿元"] == "出口劳动密集型产品"


def test_the_day_a_rule_applies_from_is_no_part_of_its_name() -> None:
    """X将从明年2月1日起调高至…, X自2025年1月1日起提高至…: from when the new level applies is a
    frame, dropped with its 将."""
    names = _names(["此外，最低薪金将从明年3月1日起调高至每月1800令吉。",
                    "高龄津贴自2025年1月1日起提高至每月200元。"])
    assert names["1800令吉"] == "最低薪金"
    assert names["200元"] == "高龄津贴"


def test_a_short_form_in_brackets_after_its_term_is_dropped() -> None:
    """公共租住房屋（公屋）…, 新能源汽车（新能车）…: the short form the text gives a term, its
    characters in order, is no word of the name."""
    names = _names(["公共租住房屋（公屋）一般申请者的平均轮候时间为5.3年。",
                    "全市新能源汽车（新能车）保有量达到120万辆。"])
    assert names["5.3年"] == "公共租住房屋一般申请者的平均轮候时间"
    assert names["达到120万辆"] == "新能源汽车保有量"


def test_in_the_country_inside_a_name_is_no_part_of_it() -> None:
    """入境游客在国内消费支出, 外国游客在境内购物金额: in the country, where a national text's
    figures all are, as 在蓉 in Chengdu's."""
    names = _names(["假期入境游客在国内消费支出约62.3亿元。",
                    "离境退税政策实施以来，外国游客在境内购物金额达到18.6亿元。"])
    assert names["约62.3亿元"] == "入境游客消费支出"
    assert names["达到18.6亿元"] == "外国游客购物金额"


def test_a_long_counted_noun_keeps_its_head() -> None:
    """345个国家级夜间文化和旅游消费集聚区: the counted noun's modifiers run past the usual
    length, its head noun (集聚区, one word) still closes it."""
    names = _names(["全省已有18个国家级夜间文化和旅游消费集聚区。"])
    assert names["18个"] == "国家级夜间文化和旅游消费集聚区"


def test_a_measure_of_the_members_a_count_just_counted_is_named_alone() -> None:
    """N个X夜间客流量, N个运输机场完成旅客吞吐量, N场比赛门票收入: the members counted right
    before are the figure's scope, the measure its name; firms counted (N家X共接待游客, 家) act
    themselves and stay, and a share of them (占…总数) keeps its part."""
    names = _names(["全省9个国家级夜间文化和旅游消费集聚区夜间客流量达到512.3万人次。",
                    "10月，全国240个运输机场完成旅客吞吐量1.18亿人次。",
                    "全省纳入监测的120家重点景区共接待游客1806.2万人次。"])
    assert names["达到512.3万人次"] == "夜间客流量"
    assert names["1.18亿人次"] == "旅客吞吐量"
    assert names["1806.2万人次"] == "重点景区接待游客"


def test_a_bare_verb_after_a_name_it_opens_counts_the_same_things() -> None:
    """X筹集保障性租赁住房1.2万套，今年以来累计筹集6.8万套: the verb alone, in the same unit, is
    the last name's deed again."""
    names = _names(["9月，全市筹集保障性租赁住房0.8万套，今年以来累计筹集5.1万套。"])
    assert names["5.1万套"] == "筹集保障性租赁住房"


def test_a_statement_verb_before_a_rate_is_no_part_of_its_name() -> None:
    """国行维持…经济增长X的预测, 宣布将隔夜政策利率维持在X, 提出国内生产总值增长X: who stated
    the rate and the verb of the statement are no part of what is measured."""
    names = _names(["央行维持今年全年经济增长3.5%至4%的预测。",
                    "货币政策委员会议息后，宣布将隔夜政策利率维持在3%不变。",
                    "报告提出2026年国内生产总值增长4.5%左右。"])
    assert {q: names[q] for q in ("3.5%至4%", "3%", "4.5%左右")} == {
        "3.5%至4%": "经济", "3%": "隔夜政策利率", "4.5%左右": "国内生产总值"}


def test_the_sample_a_monitoring_follows_is_no_part_of_the_name() -> None:
    """重点监测的X, as 纳入监测的X: the units a survey follows are how the figure was collected."""
    names = _names(["假期全国重点监测的5A级景区共接待游客0.98亿人次。"])
    assert names["0.98亿人次"] == "5A级景区接待游客"


def test_a_change_after_an_aside_in_brackets_is_of_the_figure_before_it() -> None:
    """X96.1%（弃风率3.9%），同比下降0.8个百分点: the aside in brackets gives another view of the
    same figure; the change after it is of X."""
    names = _names(["1-9月，全国风电平均利用率95.8%（弃风率4.2%），同比下降0.6个百分点。"])
    assert names["0.6个百分点"] == "风电平均利用率"


def test_a_flow_verb_before_a_share_of_a_noun_stays() -> None:
    """覆盖99.0%的人口: a flow verb right before a share of the noun after 的 governs it, as it
    governs a count (新建充电桩)."""
    names = _names(["截至6月末，全国社会保障卡持卡人数达13.8亿人，覆盖98.2%的人口。"])
    assert names["98.2%"] == "覆盖人口"


def test_one_object_and_so_on_after_a_deed_stays_in_its_name() -> None:
    """为N名劳动者追讨工资等待遇X: 工资等待遇 is wages and other pay, the deed's object whole,
    not examples of a class (as 审结婚姻家庭、劳动争议等民生案件)."""
    names = _names(["全年为2.1万名劳动者追讨工资等待遇3.6亿元。"])
    assert names["3.6亿元"] == "追讨工资等待遇"


def test_a_total_amount_after_a_listed_count_takes_no_flow_verb() -> None:
    """新引进…项目25个、总投资200亿元: the total is of the projects, no deed of the verb that
    leads the list (新建绿道453公里、各类公园60个 still shares its 新建)."""
    names = _names(["力争新引进亿元以上产业项目30个、总投资260亿元以上。"])
    assert names["260亿元以上"] == "总投资"
