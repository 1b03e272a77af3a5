"""Names of session 25's late pass (rounds 44-45 and the held-out set's largest classes): a
class per test, on short texts written for it in the genre's manner (a work report's review of
the year against its plan)."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def names(raw: str) -> dict[str, str | None]:
    """A whole text's names by number."""
    return {q: m.indicator for q, m in document_by_number(raw, date(2026, 1, 20)).items()}


def test_a_goal_named_only_by_its_kind_after_its_level_is_the_measures():
    """低于3%左右的调控目标, 高于4%的年度计划目标: the goal a result is set against, named only by
    the kind of goal (调控, 年度计划, 规划 …) after its level, is of the measure just reported,
    not a measure called 调控目标."""
    found = names("全年城市居民消费价格上涨1.2%，低于3%左右的调控目标。"
                  "农村居民人均可支配收入增长6.5%，高于4%的年度计划目标。")
    assert found["低于3%左右"] == "城市居民消费价格"
    assert found["4%"] == "农村居民人均可支配收入"


def test_a_goal_with_a_name_of_its_own_keeps_it():
    """A goal named by its measure (5%左右的GDP增长目标) is not borrowed from before."""
    found = names("全年城市居民消费价格上涨1.2%，GDP增长目标为5%左右。")
    assert found["5%左右"] != "城市居民消费价格"


def test_days_a_dated_event_moved_are_of_that_event():
    """入汛日期为5月2日，比常年偏早9天: a climate or phenology bulletin dates an event, then says
    how far it moved against the normal; the days are of the event (the date is no figure, so
    nothing before the days names them), each clause's own event in a run of them."""
    found = names("全省入汛日期为5月2日，比常年偏早9天；初雪日为11月20日，较常年偏晚6天；"
                  "樱花始花期为3月20日，较去年提前4天。")
    assert found["9天"] == "入汛日期"
    assert found["6天"] == "初雪日"
    assert found["4天"] == "樱花始花期"


TENDER = (
    "某市2025年道路照明改造项目招标公告\n\n"
    "　　标段1：主干道路灯更换，预算金额420.0万元，最高限价415.0万元。\n"
    "　　标段2：背街小巷路灯新建，预算金额160.5万元，最高限价158.0万元。\n"
    "　　工期：标段1为90日历天，标段2为60日历天。\n"
)


def test_a_lots_figures_are_that_lots():
    """A tender split into lots gives each lot's budget, ceiling and term item by item (标段1：
    …预算金额…) or after the measure's label (工期：标段1为90日历天，标段2为…): each figure is
    its lot's, not one budget of the whole project."""
    found = names(TENDER)
    assert found["420.0万元"] == "标段1预算金额"
    assert found["415.0万元"] == "标段1最高限价"
    assert found["160.5万元"] == "标段2预算金额"
    assert found["158.0万元"] == "标段2最高限价"
    assert found["90日历天"] == "标段1工期"
    assert found["60日历天"] == "标段2工期"


AUDIT = (
    "关于2024年度县级预算执行和其他财政收支的审计工作报告\n\n"
    "　　审计发现，7个部门超范围列支招待费、差旅费35.2万元。"
    "4家单位违规发放加班补贴18.6万元。"
    "5个项目配套资金未及时到位，共计2310万元。\n"
)


def test_an_audits_units_at_fault_are_named_by_the_counted_noun():
    """An audit report's count of units found at fault (7个部门超范围列支…, 4家单位违规发放…) is
    named by the counted noun, the finding left to the amount; an amount after the count with no
    name of its own is the finding's (配套资金未及时到位)."""
    found = names(AUDIT)
    assert found["7个"] == "部门"
    assert found["4家"] == "单位"
    assert found["5个"] == "项目"
    assert found["2310万元"] == "配套资金未及时到位"


def test_month_on_month_change_words_of_a_release_in_traditional_script():
    """月增 / 月減 beside 年增 / 年減 (Taiwan's releases: 出口值…，月增3.6%，年減2.1%) are change
    words, no name (月): the rates are of the figure before, 月減 negative as 年減 is."""
    rows = document_by_number("10月出口值達412.6億美元，月增3.6%，年減2.1%；進口值月減0.8%。",
                              date(2025, 11, 10))
    assert rows["3.6%"].indicator == "出口值"
    assert rows["2.1%"].indicator == "出口值"
    assert rows["0.8%"].indicator == "进口值"
    assert rows["0.8%"].value == -0.8


def test_a_gap_keeps_whom_it_is_to():
    """与深圳的差距缩小至…, 与第十名的差距均在…以内: a ranking gives the distance to another city
    or firm; the name keeps whom (差距 alone says not to whom)."""
    found = names("武汉前三季度GDP为16500.2亿元，与成都的差距缩小至1210.5亿元。")
    assert found["1210.5亿元"] == "与成都的差距"


def test_a_contrasting_conjunction_is_no_name():
    """…，但同比上升5.2个百分点: 但 / 但是 open a clause that goes on with the figure before, a
    conjunction, no name; the change is of that figure's measure."""
    found = names("达标天数比例方面，保定最低，为58.3%，但同比上升4.1个百分点。")
    assert found["4.1个百分点"] == "达标天数比例"


def test_the_record_a_figure_is_set_against_is_of_its_measure():
    """…，僅次於二〇一九年的24.5度; …，打破二〇二二年52天的紀錄: the figure runner-up to or
    beaten by the year's is of the same measure (仅次于 / 打破 no name of it)."""
    found = names("二〇二五年的年總雨量為2410毫米，僅次於二〇〇八年的3066毫米。"
                  "全年共錄得寒冷天氣日數21天，打破一九九六年18天的紀錄。")
    assert found["3066毫米"] == "年总雨量"
    assert found["18天"] == "寒冷天气日数"


def test_the_next_superlative_of_the_same_measure_keeps_the_topic():
    """PM10方面，甲地浓度最低，为…；乙地浓度最高，为…: after the ； the superlative clause measures
    the same thing's 浓度 (PM10浓度), not a bare 浓度."""
    found = names("PM10方面，承德浓度最低，为41微克/立方米；邯郸浓度最高，为83微克/立方米。")
    assert found["41微克/立方米"] == "PM10浓度"
    assert found["83微克/立方米"] == "PM10浓度"
