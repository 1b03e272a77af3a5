"""Indicator names, session 23: classes of phrasing the held-out set still named wrong (a share of
a whole written with its period, a length of time before a deed, ...): short sentences written
for each class, not the documents themselves."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_a_share_of_a_whole_over_another_span_keeps_that_span() -> None:
    """占全年X, 占前三季度(X), 占全日X: the whole a part of a shorter span is a share of is the
    longer span's, words of the share's name (not the share's period); the share's own year
    (占当年度X) says nothing of the whole."""
    names = _names(["汛期全市平均降水量612.3毫米，占全年降水量的70.4%。",
                    "短期借款余额为12.4亿元，约占当年度岁出的5.2%。",
                    "其中，三季度直接经济损失为88.6亿元，占前三季度的41.2%。",
                    "一季度发生的冰雹过程占前三季度冰雹过程的六成以上。",
                    "晚高峰线网平均进站量为92.1万人次，占全日进站量的19.6%。"])
    assert {q: names[q] for q in ("70.4%", "5.2%", "41.2%", "六成以上", "19.6%")} == {
        "70.4%": "平均降水量占全年降水量", "5.2%": "短期借款余额占岁出",
        "41.2%": "直接经济损失占前三季度",
        "六成以上": "冰雹过程占前三季度冰雹过程", "19.6%": "晚高峰线网平均进站量占全日进站量"}


def test_a_length_of_time_before_a_deed_or_loss_is_no_name() -> None:
    """五年新建…, 两个月直接经济损失…, 连续3年压减…: how long the figure ran is its period's frame,
    not a word of its name; 九年义务教育 and 1年以上定期 keep theirs (no deed after)."""
    names = _names(["“十五五”期间，五年新建高标准农田150万亩。",
                    "6月、7月灾情集中，两个月直接经济损失分别为52.1亿元和47.3亿元。",
                    "全市已连续3年压减一般性支出8%。",
                    "九年义务教育巩固率达到97.5%。"])
    assert {q: names[q] for q in ("150万亩", "52.1亿元", "47.3亿元", "8%", "达到97.5%")} == {
        "150万亩": "新建高标准农田", "52.1亿元": "直接经济损失", "47.3亿元": "直接经济损失",
        "8%": "压减一般性支出", "达到97.5%": "九年义务教育巩固率"}


def test_a_sum_of_one_names_figures_is_that_names_share() -> None:
    """X分别为A和B，合计占…: the sum is of X (the figures' own name), where a clause opening with
    分别为 after listed items sums the items (not the last name)."""
    names = _names(["两个月直接经济损失分别为52.1亿元和47.3亿元，合计占全年的61.5%。",
                    "排名前三的是交通运输、市场监管和教育，分别为3.2万件、2.9万件和1.1万件，"
                    "合计占诉求总量的48.3%。"])
    assert names["61.5%"] == "直接经济损失占全年"
    assert names["48.3%"] != "教育占诉求总量"


def test_a_one_character_alternative_in_brackets_stays_in_the_name() -> None:
    """服务中心（站）, 线路（段）: another kind of the thing counted with it, in brackets after the
    name's last word, is part of the name (the unit a total is counted in, 设施（枪）, is not)."""
    names = _names(["年末全区共有社区卫生服务中心（站）58个。",
                    "今年以来新开通地铁线路（段）4条。",
                    "全市充电设施（枪）总数达到12.6万台。"])
    assert {q: names[q] for q in ("58个", "4条", "达到12.6万台")} == {
        "58个": "社区卫生服务中心（站）", "4条": "新开通地铁线路（段）",
        "达到12.6万台": "充电设施总数"}


def test_places_ranked_after_a_groups_total_are_named_by_its_measure() -> None:
    """六都人口合计…。其中新北市N万人最多，其次依序为台中市N万人、…: each place's figure is the
    measure the group's total named, without the group (人口); the rank after a figure (最多,
    最|多), the link 其次依序为 and 六都中仅 name nothing."""
    names = _names(["五市人口合计1,210.4万人。其中成都市312.6万人最多，其次依序为绵阳市"
                    "288.1万人、德阳市201.5万人。与上月比较，五市中仅成都市人口增加1,032人，"
                    "其余四市均呈减少，以绵阳市减少1,508人最多。"])
    assert {q: names[q] for q in ("1,210.4万人", "312.6万人", "288.1万人", "201.5万人",
                                  "1,032人", "1,508人")} == {
        "1,210.4万人": "五市人口", "312.6万人": "人口", "288.1万人": "人口", "201.5万人": "人口",
        "1,032人": "人口", "1,508人": "人口"}


def test_a_plan_cue_before_investment_done_is_no_name() -> None:
    """计划完成投资N亿元: 完成投资 (the statistics' name of investment carried out) planned,
    计划 the plan's cue, not a word of the name (计划投资 alone stays: investment planned)."""
    names = _names(["今年全市计划完成投资1200亿元。",
                    "全年计划完成交通领域投资350亿元。"])
    assert (names["1200亿元"], names["350亿元"]) == ("完成投资", "完成交通领域投资")
