"""Blind rounds 23 and 24's kind misses (tests/gold/heldout/README.md), each a class of phrasing
stated on short sentences written for it in the genre's manner: a registry's firms set up or
struck off in a period are flows, those it holds at a day a stock; a survey's expectation index
is no goal."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import by_quote, metrics


def _kinds(texts, doc=date(2025, 10, 21), home="合肥市"):
    """Each quote's kind, for one paragraph of ``texts``."""
    return {q: m.kind for q, m in by_quote(metrics(texts, doc, home)).items()}


# 1. a market regulator's registrations: firms set up (新设) or struck off (注销) in a period are
# flows (actual), as 新登记 is; those it holds at a day (实有, 截至…) a stock, though their name
# says who owns them (外商投资企业: no investment)


def test_firms_set_up_or_struck_off_in_a_period_are_flows():
    found = _kinds(["1-9月，全市新设企业4.6万户，同比增长7.2%；注销企业1.3万户，同比下降2.1%。",
                    "上半年，滨江区新设个体工商户8125户，吊销营业执照320户。"])
    assert (found["4.6万户"], found["1.3万户"]) == ("actual", "actual")
    assert (found["8125户"], found["320户"]) == ("actual", "actual")


def test_firms_set_up_up_to_a_day_are_the_years_flow_not_a_stock():
    found = _kinds(["截至6月底，全市新设私营企业3.8万户。"])
    assert found["3.8万户"] == "actual"


def test_foreign_invested_firms_held_at_a_day_are_a_stock():
    found = _kinds(["截至9月底，全市实有外商投资企业3260户，实有经营主体95.2万户。"])
    assert (found["3260户"], found["95.2万户"]) == ("count_total", "count_total")


# 2. the part of a flow a 其中 clause gives, past the flow's rate (…862户，同比增长21.4%，其中…的
# 146户), and a sibling class listed after it (新设第一产业…，第二产业…), are flows too; a stock
# listed beside a flow (招生…，在校生…) stays a stock


def test_a_part_of_a_flow_after_its_rate_is_a_flow():
    found = _kinds(["1-9月，全市新设外商投资企业512户，同比增长15.3%，其中来自东盟国家的208户。"])
    assert (found["512户"], found["208户"]) == ("actual", "actual")


def test_a_sibling_class_listed_after_a_flow_is_a_flow():
    found = _kinds(["前三季度，全市新设第一产业经营主体0.8万户，第二产业1.9万户，"
                    "第三产业12.6万户。"])
    assert [found[q] for q in ("0.8万户", "1.9万户", "12.6万户")] == ["actual"] * 3


def test_a_stock_listed_beside_an_intake_stays_a_stock():
    found = _kinds(["全市普通高中招生3.2万人，在校生9.6万人；"
                    "研究生招生0.4万人，在学研究生1.1万人。"], doc=date(2025, 3, 1))
    assert (found["9.6万人"], found["1.1万人"]) == ("count_total", "count_total")


# 3. 预期 in a survey index's name (业务活动预期指数, 生产经营活动预期指数) is no goal word


def test_an_expectations_index_is_no_goal():
    found = _kinds(["11月份，非制造业业务活动预期指数为55.8%，比上月上升0.4个百分点。",
                    "生产经营活动预期指数为52.9%。"], doc=date(2025, 11, 30))
    assert (found["55.8%"], found["0.4个百分点"], found["52.9%"]) == (
        "share", "growth_rate", "share")


# 4. a bond issue's results (a provincial finance department's notice): its multiples of bids
# (投标倍数, and the previous batch's, 上一批次为…倍) are levels, its term (期限) and what it
# provides for a year of its term (在第10年末…偿还本金的50%) are terms of the bond (other,
# undated); bids and winners counted (41家参与投标, 最终中标38家) are flows; the projects its
# funds involve (共涉及项目326个) a stock; a 其中 part of a running total (累计…，其中…) a running
# total


def test_a_bond_issues_bid_multiples_are_levels_and_its_term_a_parameter():
    found = by_quote(metrics(["本次债券全场平均投标倍数为18.42倍，上一批次为16.07倍。",
                              "发行规模：54.30亿元；", "期限：10年；", "票面利率：1.85%；",
                              "投标倍数：19.66倍。",
                              "本期债券在第10年末按面值提前偿还本金的50%。"],
                             date(2025, 6, 12), "四川省"))
    assert [found[q].kind for q in ("18.42倍", "16.07倍", "19.66倍")] == ["actual"] * 3
    assert (found["10年"].kind, found["50%"].kind) == ("other", "other")
    assert (found["50%"].period_start, found["10年"].period_start) == (None, None)


def test_a_tenders_bidders_and_winners_are_flows_the_projects_funded_a_stock():
    found = _kinds(["本次招标共有承销团成员36家参与投标，最终中标31家。",
                    "新增专项债券资金主要用于市政基础设施等领域，共涉及项目214个。"],
                   doc=date(2025, 6, 12))
    assert (found["36家"], found["31家"], found["214个"]) == ("actual", "actual", "count_total")


def test_a_part_of_a_running_total_is_a_running_total():
    found = _kinds(["1-5月，全省累计发行地方政府债券1862.4亿元，其中新增专项债券1120.5亿元。"],
                   doc=date(2025, 6, 12))
    assert (found["1862.4亿元"], found["1120.5亿元"]) == ("count_total", "count_total")


# 5. a listed company's report: equity at the period's end is a stock; gains and losses on
# disposals are flows, though 资产 reads as a balance; a holder named 投资…公司 holds shares, it
# invests nothing in the period


def test_a_companys_equity_is_a_stock_and_its_disposal_gains_a_flow():
    found = _kinds(["报告期末，归属于上市公司股东的所有者权益为52.6亿元。",
                    "前三季度，公司非流动性资产处置损益为86.2万元。",
                    "截至9月30日，华兴投资控股有限公司持有公司股份1.2亿股。"],
                   doc=date(2025, 10, 28))
    assert (found["52.6亿元"], found["86.2万元"]) == ("count_total", "actual")
    assert found["1.2亿股"] == "count_total"


# 6. a company's forecast after a clause reporting what was done (已于9月投产，预计新增年产能…): a
# goal, the done clause's month no period of it; the estimate of a period over stays a result


def test_a_forecast_after_a_done_clause_is_a_goal_with_no_period():
    found = by_quote(metrics(["公司三期生产线已于8月建成投产，预计新增年产能80万台。",
                              "2024年，全市预计实现地区生产总值8650亿元。"], date(2025, 10, 28)))
    assert (found["80万台"].kind, found["80万台"].period_start) == ("target", None)
    assert found["8650亿元"].kind == "actual"


# 7. a goal word of an earlier clause does not govern a clause that reports a thing done (…将于
# 7月19日进行，…，南通队已售出客队球票3200张)


def test_a_done_clause_after_a_plan_is_no_goal():
    found = _kinds(["根据赛程，第9轮比赛将于7月19日进行，南通队已售出客队球票3200张。",
                    "项目计划总投资45亿元，已完成投资12亿元。"], doc=date(2025, 7, 10))
    assert (found["3200张"], found["45亿元"], found["12亿元"]) == ("actual", "target", "actual")


# 8. an event's figures (a football league's news; a county's year): attendance (现场观众, 场均
# 上座), fans who came (…球迷约5100人到场), extra trains run (加开…列), places named (被评为), kit
# bought (新购置) are flows; points so far (积16分), sponsors signed up to a day (截至目前，已签约
# …), storage held (总库容) and land under transfer (流转面积) are stocks


def test_an_events_attendance_and_what_it_brought_are_flows():
    found = _kinds(["7月12日，徐州队主场对阵淮安队，现场观众达4.36万人，其中客队球迷约7200人。",
                    "联赛前8轮场均上座2.18万人，河北、山东两省的球迷约5100人到场。",
                    "徐州东站在比赛当天加开动车组列车18列。"], doc=date(2025, 7, 14))
    assert [found[q] for q in ("达4.36万人", "约7200人", "2.18万人", "约5100人", "18列")] == [
        "actual"] * 5


def test_a_years_places_named_and_kit_bought_are_flows():
    found = _kinds(["全年新购置植保无人机86架，全县4个乡镇被评为全省农业生产先进乡镇。"],
                   doc=date(2025, 12, 20))
    assert (found["86架"], found["4个"]) == ("actual", "actual")


def test_points_sponsors_storage_and_transferred_land_are_stocks():
    found = _kinds(["目前，南通队以5胜2平积17分暂列积分榜第二位。",
                    "截至目前，联赛已签约赞助商19家。",
                    "全县冷链仓储总库容达到21.6万吨，土地流转面积41.2万亩。"],
                   doc=date(2025, 7, 14))
    assert [found[q] for q in ("17分", "19家", "达到21.6万吨", "41.2万亩")] == [
        "count_total"] * 4


# 9. a summary's problems section (二、存在的问题) states the present, before the title's plan for
# next year: no goals


def test_a_problems_sections_figures_are_no_goals():
    raw = ("某县农业农村局关于2025年工作总结及2026年工作打算的报告\n\n"
           "一、2025年工作完成情况\n全年粮食播种面积120.5万亩。\n"
           "二、存在的问题\n一是种植结构偏单一，粮食作物播种面积占比达81.2%；"
           "二是农产品加工转化率仅为64%。\n"
           "三、2026年工作打算\n2026年，全县新建高标准农田4万亩。\n")
    found = by_quote(analyse_document(raw, published_on=date(2025, 12, 20)).metrics)
    assert (found["达81.2%"].kind, found["64%"].kind, found["4万亩"].kind) == (
        "share", "share", "target")
