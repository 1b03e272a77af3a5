"""Blind rounds 25 and 26's kind misses (tests/gold/heldout/README.md), each a class of phrasing
stated on short sentences written for it in the genre's manner: a hotline's casework counted in
件 is the period's intake, a flow, though its name gives only its class or topic."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics


def _kinds(texts, doc=date(2025, 10, 15), home="合肥市"):
    """Each quote's kind, for one paragraph of ``texts`` (one text per sentence: cleaning ends
    a sentence at ；)."""
    return {q: m.kind for q, m in by_quote(metrics(texts, doc, home)).items()}


# 1. a hotline's casework (诉求, 工单, 来电 and the classes it is sorted in) counted in 件 is the
# period's intake, a flow (actual), whatever verb forms it (生成, 形成) and though a class (咨询类)
# or a topic in a 分别 list names it; a running total of it (累计) stays count_total


def test_work_orders_formed_in_a_period_are_a_flow():
    found = _kinds(["9月份，热线共生成交办工单5.6万件，按期办结率98.2%。"])
    assert found["5.6万件"] == "actual"


def test_casework_counted_by_its_classes_is_a_flow():
    found = _kinds(["从来电类型看，咨询类12.4万件，占41.3%；", "投诉类8.6万件；",
                    "求助类5.1万件。"])
    assert [found[q] for q in ("12.4万件", "8.6万件", "5.1万件")] == ["actual"] * 3


def test_casework_counted_by_topic_in_a_list_is_a_flow():
    found = _kinds(["从诉求内容看，居前三的是物业管理、劳动保障和交通出行，"
                    "分别为3.1万件、2.4万件和1.8万件。",
                    "其中，物业管理类诉求同比增长8.2%；", "劳动保障类中，反映拖欠工资的0.9万件。"])
    assert [found[q] for q in ("3.1万件", "2.4万件", "1.8万件", "0.9万件")] == ["actual"] * 4


def test_a_running_total_of_casework_stays_a_total():
    found = _kinds(["热线开通以来累计受理群众诉求1260万件。"])
    assert found["1260万件"] == "count_total"


# 2. a government's information work of a year: items published (公开, 发布), updated, repealed
# (废止) or put right (整改) are the year's flows, and so are the parts a 其中 list gives of them;
# 计划 counted in a measure word of documents (规划计划22条) is the plans published, no goal for
# the figures of its task (a quota, 招生计划3000人, stays one)


def test_items_published_in_a_year_and_their_parts_are_flows():
    found = _kinds(["2024年，市政府门户网站主动公开政府信息3512条，同比增长4.1%，"
                    "其中政策文件186条、规划计划22条、财政预决算信息305条。"],
                   doc=date(2025, 1, 20), home="湖州市")
    assert [found[q] for q in ("3512条", "186条", "22条", "305条")] == ["actual"] * 4


def test_items_updated_repealed_or_put_right_in_a_year_are_flows():
    found = _kinds(["全年发布政策解读材料96篇，更新专栏信息8000余条，宣布失效或废止规范性文件6件，"
                    "整改问题栏目14个。"], doc=date(2025, 1, 20), home="湖州市")
    assert [found[q] for q in ("96篇", "8000余条", "6件", "14个")] == ["actual"] * 4


def test_a_plans_quota_stays_a_goal():
    found = _kinds(["2025年，全县普通高中招生计划3000人。"], doc=date(2025, 1, 20), home="安吉县")
    assert found["3000人"] == "target"


# 3. a land auction's news: plots (宗) and rounds of bidding (轮) counted in the sale are events
# of it, flows, as are a market's deals (成交); unsold homes at a date (库存) are a stock, though
# the class they are of is named 新建商品住宅; the sale's terms (容积率, a deposit's or a payment's
# share of the price, the years the land is granted for) are parameters (other), and a ceiling
# the bids reached is the price bid (actual), not the notice's ceiling


def test_plots_and_rounds_of_bidding_are_flows_a_running_total_a_total():
    found = _kinds(["其余4宗地块中，2宗住宅用地均以底价成交；"
                    "1宗商业用地经过21轮竞价，由某置业公司竞得。",
                    "今年1—11月，全市累计出让涉宅用地42宗。"], doc=date(2025, 12, 3), home="成都市")
    assert [found[q] for q in ("2宗", "1宗", "21轮")] == ["actual"] * 3
    assert found["42宗"] == "count_total"


def test_a_markets_deals_are_a_flow_its_unsold_homes_a_stock():
    found = _kinds(["11月单月，全市二手住宅成交1.8万套，环比增长2.1%；"
                    "截至11月底，全市新建商品住宅库存约960万平方米。"],
                   doc=date(2025, 12, 3), home="成都市")
    assert (found["1.8万套"], found["约960万平方米"]) == ("actual", "count_total")


def test_a_land_sales_terms_are_parameters():
    found = _kinds(["该地块容积率2.2，竞买保证金为起始价的20%，"
                    "竞得人须在1个月内缴纳50%的土地出让价款。",
                    "住宅用地的出让年限为70年，商服用地为40年。"],
                   doc=date(2025, 12, 3), home="成都市")
    assert [found[q] for q in ("2.2", "20%", "50%", "70年", "40年")] == ["other"] * 5


def test_years_of_schooling_are_no_contracts_term():
    found = _kinds(["2024年，全市劳动年龄人口平均受教育年限达到11.2年。"], doc=date(2025, 3, 1))
    assert found["达到11.2年"] != "other"


def test_a_ceiling_the_bids_reached_is_the_price_bid():
    found = _kinds(["经过32轮竞价，该地块触及最高限价12.6亿元，转入摇号。",
                    "本项目最高限价1785.6万元。"], doc=date(2025, 12, 3), home="成都市")
    assert (found["12.6亿元"], found["1785.6万元"]) == ("actual", "other")


# 4. an amount at a month's, quarter's or year's end (10月末, 年底) is a balance at that day
# (count_total), as one up to a 截至 day is, unless its name is a flow's (营业收入)


def test_amounts_at_a_months_end_are_balances():
    found = _kinds(["10月末，规模以上工业企业应收账款20.1万亿元，同比增长4.2%；",
                    "产成品存货5.9万亿元，增长1.8%。",
                    "10月末，规模以上工业企业每百元资产实现的营业收入为72.4元。"],
                   doc=date(2025, 11, 27), home=None)
    assert (found["20.1万亿元"], found["5.9万亿元"]) == ("count_total", "count_total")
    assert found["72.4元"] == "actual"


# 5. a release's outlook (Hong Kong): those that have joined a scheme up to a 截至 day (已有) are
# a stock at that day; 会 "will" before the time it names (会于12月推出) is a plan, as 将于 is


def test_those_that_have_joined_up_to_a_day_are_a_stock():
    found = _kinds(["截至10月底，全港已有超过2 800间商户参与推广活动。"],
                   doc=date(2025, 11, 14), home="香港")
    assert found["超过2 800间"] == "count_total"


def test_will_before_a_month_is_a_plan():
    found = _kinds(["政府亦会于12月推出新一轮约1,000万元的消费推广资助。"],
                   doc=date(2025, 12, 1), home="香港")
    assert found["约1,000万元"] == "target"


# 6. releases of indices and shares: a change of an index in its points (个点) is a growth, a gap
# to another level in them (较年内高点…低) other, the high itself a level; a contribution to a
# growth (…增长的贡献率) a share; a gap to another base of the same period (较工作日高出) other;
# a normal named with its value (相当于正常保有量3900万头的…) a base (other); events held so
# far (目前已举办72场) a running total


def test_an_index_change_in_points_is_a_growth_a_gap_other():
    found = _kinds(["“菜篮子”产品批发价格指数为118.42，比前一周上升0.63个点，"
                    "比去年同期下降1.25个点。",
                    "200指数较年内高点（3月第2周的126.10）低5.74个点。"],
                   doc=date(2025, 11, 25), home=None)
    assert (found["0.63个点"], found["1.25个点"]) == ("growth_rate", "growth_rate")
    assert (found["126.10"], found["5.74个点"]) == ("actual", "other")


def test_a_contribution_to_a_growth_is_a_share():
    found = _kinds(["1—10月份，高技术制造业对全部规上工业利润增长的贡献率为35.2%。"],
                   doc=date(2025, 11, 27), home=None)
    assert found["35.2%"] == "share"


def test_a_gap_to_another_base_of_the_period_is_other():
    found = _kinds(["周六、周日话务量合计12.1万个，日均较工作日高出9%。"])
    assert found["9%"] == "other"


def test_a_normal_named_with_its_value_is_a_base_a_share_of_it_a_share():
    found = _kinds(["10月末全国能繁母猪存栏4035万头，相当于正常保有量3900万头的103.5%。",
                    "2024年末能繁母猪存栏5.8万头，为正常保有量的103.6%。"],
                   doc=date(2025, 11, 25), home=None)
    assert (found["3900万头"], found["103.6%"]) == ("other", "share")


def test_events_held_so_far_are_a_running_total():
    found = _kinds(["同时开展“热线进社区”活动，全年计划举办100场，目前已举办72场。"])
    assert (found["100场"], found["72场"]) == ("target", "count_total")


# 7. a case in a hotline's report: 将 that puts a noun before its verb (当即将工单转至…) is 把,
# what was done, no "will"; households whose service came back (约300户居民用水恢复正常) a flow


def test_disposal_jiang_is_no_plan_and_households_restored_are_a_flow():
    found = _kinds(["8月12日，热线当即将工单转至供水公司，次日凌晨恢复供水，"
                    "约300户居民用水恢复正常。",
                    "市政府将于12月推出9宗地块。"], doc=date(2025, 10, 15))
    assert (found["约300户"], found["9宗"]) == ("actual", "target")


# 8. a land sale's requirement: a bound a party is held to by 需 / 须 (竞得人需…配建…，建筑面积
# 不少于…) is a goal it must meet; 需 alone (仍需提升) marks no figure a goal


def test_a_bound_a_party_must_meet_is_a_goal():
    found = _kinds(["竞得人需在地块内配建一所幼儿园，建筑面积不少于3000平方米。",
                    "一是创新能力仍需提升，研发经费投入强度距目标还差0.28个百分点。"],
                   doc=date(2025, 11, 26), home="成都市")
    assert found["不少于3000平方米"] == "target"
    assert found["0.28个百分点"] != "target"
