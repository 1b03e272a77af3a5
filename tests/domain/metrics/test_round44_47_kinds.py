"""Kinds of session 25 (rounds 44-47's kind misses and the lead's decisions in tests/gold/README.md,
"Conventions settled in session 25"): a goal's value written in brackets and the gap to it, the
members of a scope that qualified, the parts of a running total split by 分别有, awards won in a
period. Short sentences written for each class, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote

_REVIEW = "一、2024年工作回顾"


def _found(paragraphs: list[str], doc: date) -> dict:
    raw = "\n\n".join(paragraphs)
    return by_quote(analyse_document(raw, published_on=doc).metrics)


def test_a_goal_in_brackets_is_the_goal_and_the_figure_after_it_the_gap() -> None:
    """目标（5%左右） gives the goal's value: a target, unsigned by the 低于 / 超过 before the
    bracket (the words compare the result with the goal); the figure right after the bracket
    (低0.3个百分点, （8%）0.9个百分点) is the gap between them, other; a 预计 of the year over
    keeps the later clauses results (the gap no goal that the forecast would carry on)."""
    found = _found([_REVIEW,
                    "　　预计全年全市生产总值增长4.6%左右，比年度计划目标（5%左右）低0.4个百分点；"
                    "工业投资增长3.2%，低于计划目标（6%）；外贸进出口增长7.1%。",
                    "　　三年来，单位生产总值能耗累计下降9.8%，超过规划目标（8%）1.8个百分点。"],
                   doc=date(2025, 1, 20))
    assert {q: (m.kind, m.value) for q, m in found.items() if q != "9.8%"} == {
        "4.6%左右": ("growth_rate", 4.6), "5%左右": ("target", 5.0),
        "0.4个百分点": ("other", -0.4), "3.2%": ("growth_rate", 3.2), "6%": ("target", 6.0),
        "7.1%": ("growth_rate", 7.1), "8%": ("target", 8.0), "1.8个百分点": ("other", 1.8)}


def test_a_goal_compared_without_brackets_stays_a_base() -> None:
    """A goal named as a comparison's base with no value of its own (高于预期目标0.3个百分点) and
    a goal a plan sets (目标为6%) are as before."""
    found = _found([_REVIEW, "　　全年全市生产总值增长5.4%，高于预期目标0.3个百分点。",
                    "二、2025年目标", "　　2025年全市生产总值增长目标为6%左右。"],
                   doc=date(2025, 1, 20))
    assert found["0.3个百分点"].kind == "other"
    assert found["6%左右"].kind == "target"


def test_members_of_a_scope_that_qualified_are_counted_members() -> None:
    """M项X中，N项达到… / 预计N项完成…，K项未达到: how many of the scope's members are so
    (count_total, as 的有N个), not what they did; a count in another measure word after a scope
    (14个市中，济南新增企业3000家) is no member count."""
    found = _found([_REVIEW,
                    "　　列入年度计划的18项主要指标中，预计15项完成或超额完成，3项未达到预期。",
                    "　　规划确定的20项约束性指标中，17项达到或超过预期目标。",
                    "　　全省14个设区市中，济南新增经营主体3000家。"],
                   doc=date(2025, 1, 20))
    assert {q: found[q].kind for q in ("15项", "3项", "17项")} == {
        "15项": "count_total", "3项": "count_total", "17项": "count_total"}
    assert found["3000家"].kind == "actual"


def test_the_parts_of_a_running_total_split_by_fenbie_are_running_totals() -> None:
    """X累计N，同比增长…；A及B分别有N1及N2: the one 累计 governs its sentence, the parts of its
    total after ； are running totals too; a 分别 list of a flow stays flows."""
    found = _found(["2025年9月入境旅客",
                    "　　首九個月入境旅客累計2,815,000人次，按年上升9.1%；"
                    "留宿旅客及不過夜旅客分別有1,302,000人次及1,513,000人次。",
                    "　　9月份入境旅客有412,000人次；"
                    "留宿旅客及不過夜旅客分別有190,000人次及222,000人次。"],
                   doc=date(2025, 10, 20))
    assert {q: found[q].kind for q in ("1,302,000人次", "1,513,000人次")} == {
        "1,302,000人次": "count_total", "1,513,000人次": "count_total"}
    assert {q: found[q].kind for q in ("190,000人次", "222,000人次")} == {
        "190,000人次": "actual", "222,000人次": "actual"}


def test_awards_won_in_a_period_are_a_flow() -> None:
    """获得…奖励N项 / 荣获…奖N项 in a period: the awards given in it (actual), and a 其中 part of
    them too."""
    found = _found(["公司前三季度经营情况",
                    "　　前三季度，公司获得省级以上科技奖励27项，其中国家技术发明奖1项。"],
                   doc=date(2025, 10, 28))
    assert {q: found[q].kind for q in ("27项", "1项")} == {"27项": "actual", "1项": "actual"}


def test_a_figure_repeating_a_table_cell_takes_the_cells_period_over_the_titles() -> None:
    """A figure in words dated only by a periodic release's title (2025年9月…运行情况) that
    repeats a table's cell dated by the table (截至2025年9月: a stock at the month's end) takes
    the cell's period, as an undated one does (_as_their_cells)."""
    raw = "\n\n".join([
        "2025年9月全国换电柜运行情况", "某某联盟", "2025年10月10日",
        "一、换电柜分布情况",
        "全国换电柜保持集中分布。浙江、广东、江苏、上海、山东前5个省份建设的换电柜占全国的"
        "61.2%，其中浙江省以1.36万台位居首位。",
        "附：换电柜数量排名前5的省份（截至2025年9月，单位：万台）",
        "排名　省份　换电柜　其中乘用车\n1　浙江　1.36　0.82\n2　广东　1.21　0.77\n"
        "3　江苏　0.94　0.51\n4　上海　0.88　0.49\n5　山东　0.65　0.33"])
    found = [m for m in analyse_document(raw, published_on=date(2025, 10, 10)).metrics
             if m.value == 1.36]
    assert [(m.period_start, m.period_end) for m in found] == [
        (date(2025, 9, 30), date(2025, 9, 30))] * 2


def test_a_tenders_deposits_and_scoring_steps_are_its_parameters() -> None:
    """A heading naming a procedure's parameter (投标保证金) over lots' amounts (标段一：5.0万元)
    gives that parameter (other, undated), as the name before an amount does (履约保证金5万元);
    points a scoring rule gives or takes per instance (每…扣3分) are its step."""
    found = _found(["某县道路养护工程招标公告",
                    "三、投标保证金",
                    "　　标段一：5.0万元；标段二：3.5万元。",
                    "四、评标办法",
                    "　　采用综合评分法，总分100分，其中价格分30分、技术分50分、商务分20分。"
                    "技术分中，产品技术参数响应情况满分20分，每有一项重要技术参数负偏离扣3分，"
                    "扣完为止。"],
                   doc=date(2025, 6, 3))
    assert {q: (found[q].kind, found[q].period_start) for q in ("5.0万元", "3.5万元", "3分")} == {
        "5.0万元": ("other", None), "3.5万元": ("other", None), "3分": ("other", None)}


def test_a_lists_later_share_of_a_goal_is_a_share_and_a_grant_paid_out_a_result() -> None:
    """分别完成年度目标的X%和Y%: the later share as the first (no goal of its own); 发放一次性…补助
    N亿元 in a period is the sum paid out (actual), not the rule's rate (给予一次性奖励50万元);
    medals won and people a period's support took into jobs are flows."""
    found = _found(["2025年上半年全市就业工作情况",
                    "　　1-6月，全市失业人员再就业3.1万人、困难人员就业1.2万人，"
                    "分别完成年度目标的56.2%和61.5%。",
                    "　　1-6月，发放一次性吸纳就业补贴0.42亿元，惠及企业6100户，吸纳就业1.3万人。",
                    "　　在5月举行的全省职业技能大赛上，我市选手获得金牌3枚、银牌5枚。",
                    "　　对新招用毕业生的小微企业，给予一次性奖励5000元。"],
                   doc=date(2025, 7, 15))
    assert {q: found[q].kind for q in ("56.2%", "61.5%", "0.42亿元", "1.3万人", "3枚", "5枚",
                                       "5000元")} == {
        "56.2%": "share", "61.5%": "share", "0.42亿元": "actual", "1.3万人": "actual",
        "3枚": "actual", "5枚": "actual", "5000元": "other"}


def test_rates_of_a_change_written_after_its_amount_or_in_a_list() -> None:
    """较上月增加X亿美元或Y%: the change as a rate; 年增A%及B% (no 分别 of its own): the list's
    next rate; 低于2024届N个百分点: against an earlier cohort, a change; a share of a base named
    with 新增 (分别占新增装机的X%) stays a share."""
    found = _found(["2025年9月外销订单统计",
                    "　　9月外销订单金额598.2亿美元，较上月减少12.6亿美元或2.1%，"
                    "较上年同月增加88.4亿美元或17.3%。",
                    "　　欧洲、日本分别为71.5亿美元、36.2亿美元，年增12.4%及8.8%。",
                    "　　1-9月新增发电装机38000万千瓦，其中太阳能发电装机22100万千瓦、"
                    "风电装机6400万千瓦，分别占新增装机的58.2%和16.8%。",
                    "　　毕业生半年内离职率为4.2%，低于2024届0.5个百分点。"],
                   doc=date(2025, 10, 20))
    assert {q: found[q].kind for q in ("2.1%", "17.3%", "12.4%", "8.8%", "58.2%", "16.8%",
                                       "0.5个百分点")} == {
        "2.1%": "growth_rate", "17.3%": "growth_rate", "12.4%": "growth_rate",
        "8.8%": "growth_rate", "58.2%": "share", "16.8%": "share",
        "0.5个百分点": "growth_rate"}


def test_a_surveys_groups_by_what_they_expect_hold_shares() -> None:
    """预期…将增加之厂商占N%, 预期减少者占, 其余N%预期持平: the respondents' shares now, not goals
    for the month they expect for."""
    found = _found(["2025年9月外销订单统计",
                    "　　其中预期10月接单将增加之厂商占28.6%，预期减少者占19.3%，"
                    "其余52.1%预期持平。"],
                   doc=date(2025, 10, 20))
    assert {q: found[q].kind for q in ("28.6%", "19.3%", "52.1%")} == {
        "28.6%": "share", "19.3%": "share", "52.1%": "share"}


def test_the_part_of_a_stock_that_qualified_is_counted_members() -> None:
    """A 其中 count after a stock of its unit (在建项目36个，其中…等9个项目已完成年度投资计划过半):
    those of the stock that are so (count_total), though a verb tells what they did; those begun
    in the period stay a flow."""
    found = _found(["2025年上半年全市交通运输工作",
                    "　　全市在建交通重点项目36个，其中环城快速路等9个项目已完成年度投资计划过半；"
                    "今年以来新开工项目7个。"],
                   doc=date(2025, 7, 20))
    assert {q: found[q].kind for q in ("36个", "9个", "7个")} == {
        "36个": "count_total", "9个": "count_total", "7个": "actual"}


def test_a_benefits_adjustment_from_a_day_is_the_rules_rate() -> None:
    """自…起 a benefit raised by N% (退休人员基本养老金总体上调2%): the rate the rule sets for
    every recipient (other, undated); a fund's income growing by N% stays a change."""
    found = _found(["2025年前三季度全省人社工作",
                    "　　自2025年1月1日起，全省退休人员基本养老金总体上调2%，惠及退休人员860万人。",
                    "　　1-9月，全省城镇职工基本养老保险基金收入增长3.2%。"],
                   doc=date(2025, 10, 20))
    assert (found["2%"].kind, found["2%"].period_start) == ("other", None)
    assert found["3.2%"].kind == "growth_rate"
