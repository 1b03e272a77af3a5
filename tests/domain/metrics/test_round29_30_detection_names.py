"""Detection, units and names of blind rounds 29 and 30's genres: an exam's admissions news, a
charging alliance's report, insurance and tax releases. Short sentences written for each class of
phrasing, not the rounds' documents."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, candidate_quotes, metrics


def test_an_exams_scores_in_fen_are_read_after_its_score_words() -> None:
    """平均分为…分, 录取控制线为…分, 满分为…分: an exam's scores; 分 stays no score elsewhere."""
    found = by_quote(metrics(["全市考生平均分为471.2分，比上年提高3.6分。",
                              "第一批次录取控制线为605分，比上年下降2分。"]))
    assert {q: (m.value, m.unit) for q, m in found.items()} == {
        "471.2分": (471.2, "分"), "3.6分": (3.6, "分"), "605分": (605, "分"), "2分": (-2, "分")}
    assert "30分" not in candidate_quotes("考试于9时30分开始，考生平均分另行公布。")


def test_the_top_n_firms_or_regions_are_a_class_not_a_count() -> None:
    """前8家运营企业, 前5个城市: the top N of a ranking, a class (as 前10名), no count."""
    quotes = candidate_quotes("前8家运营企业合计新增3.1万台，前5个城市占全国的62.4%。")
    assert quotes == ["3.1万台", "62.4%"]


def test_a_ratio_of_one_to_n_is_valued_n_as_n_to_one_is_valued_n() -> None:
    """桩车增量比为1:2.6 (one charger to 2.6 cars): value 2.6; a clock's 1:30 stays no figure."""
    found = by_quote(metrics(["1—6月，桩车增量比为1:2.6，车桩比约为2.4:1。"]))
    assert {q: m.value for q, m in found.items()} == {"1:2.6": 2.6, "约为2.4:1": 2.4}
    assert candidate_quotes("会议于1:30开始。") == []


def test_a_sums_share_is_named_by_the_items_ranked_or_listed_in_the_clause_before() -> None:
    """…居全省前三位，合计占全省的N%; …的城市为A、B、C，合计占全国的N%: the items together."""
    found = by_quote(metrics(["南昌、赣州、九江税收收入居全省前三位，合计占全省的58.3%。",
                              "新增用户排名前3的城市为成都、重庆、西安，合计占全国的21.4%。"]))
    assert {q: m.indicator for q, m in found.items()} == {
        "58.3%": "南昌、赣州、九江税收收入占全省", "21.4%": "新增用户排名前3的城市占全国"}


def test_a_hotlines_calls_in_tong_are_a_count_after_a_word_of_calls() -> None:
    """热线接听来电45.6万通: calls (通); 通 after no word of calls stays no unit."""
    found = by_quote(metrics(["上半年，政务服务热线共接听来电45.6万通。"]))
    assert {q: (m.unit, m.indicator) for q, m in found.items()} == {
        "45.6万通": ("通", "政务服务热线接听来电")}
    assert "3通" not in candidate_quotes("新建3通道。")


def test_a_chargers_rated_power_names_its_class_and_a_bare_share_takes_the_thing_before() -> None:
    """11kW交流充电桩, 160kW及以上的超充桩: a spec (no figure); …仍是…的主流，占比约为N%: the share
    of the thing the clause before is about."""
    found = by_quote(metrics(["功率在160kW及以上的超充桩达到12.4万台。",
                              "11kW交流充电桩仍是家用充电设施的主流，占比约为63.5%。"]))
    assert {q: m.indicator for q, m in found.items()} == {
        "达到12.4万台": "功率在160kW及以上的超充桩", "约为63.5%": "11kW交流充电桩占比"}


def test_a_headless_source_phrase_keeps_its_de() -> None:
    """来自江苏省的有N万人次, 经拱北口岸入境的有N万人次: the 的-phrase is the name as written."""
    found = by_quote(metrics(["内地旅客中，来自江苏省的有12.4万人次；",
                              "经拱北口岸入境的有86.1万人次。"]))
    assert {q: m.indicator for q, m in found.items()} == {
        "12.4万人次": "来自江苏省的", "86.1万人次": "经拱北口岸入境的"}


def test_a_recovery_verb_before_a_level_is_no_part_of_the_name() -> None:
    """国际旅客则恢复至2019年同月的91.5%: 恢复至 links the name to its level, as 回升至."""
    found = by_quote(metrics(["国际旅客则恢复至2019年同月的91.5%。"]))
    assert found["91.5%"].indicator == "国际旅客"


def test_the_insured_employers_a_relief_is_for_are_no_part_of_its_name() -> None:
    """为参保单位减征…保险费: who a relief is for names nothing (as 为经营主体减税降费)."""
    found = by_quote(metrics(["1—6月全市为参保单位减征工伤保险费合计6.2亿元。"]))
    assert found["6.2亿元"].indicator == "减征工伤保险费"


def test_a_lists_examples_split_one_per_figure_drop_their_deng() -> None:
    """有色、建材等行业企业利润分别下降…: each figure is one example's, 等 no longer applies."""
    found = by_quote(metrics(["有色、建材等行业企业利润分别下降6.1%和3.4%。"]))
    assert {q: m.indicator for q, m in found.items()} == {
        "6.1%": "有色行业企业利润", "3.4%": "建材行业企业利润"}


def test_an_amount_a_rank_is_by_is_of_the_thing_last_named() -> None:
    """…的公共充电桩占全国的64.2%，其中江苏省以38.5万台位居首位: 公共充电桩, not the verb 位居."""
    found = by_quote(metrics(["前5个省份建设的公共充电桩占全国的64.2%，"
                              "其中江苏省以38.5万台位居首位。"]))
    assert found["38.5万台"].indicator == "公共充电桩"


def test_one_unit_of_a_currency_in_a_conversion_is_no_figure() -> None:
    """注：澳门币1元约等于港元0.97元: the base of a conversion, as 1美元兑7.1元; 人均1元 stays."""
    quotes = candidate_quotes("注：新台币1元约等于人民币0.23元，人均补贴1元。")
    assert quotes == ["0.23元", "1元"]


def test_the_main_item_named_before_has_names_the_figure_after_it() -> None:
    """…，当中以团队旅客为主，有42.3万人次: the figure is the main item's, not the whole's."""
    found = by_quote(metrics(["内地旅客有98.6万人次，当中以团队旅客为主，有42.3万人次。"]))
    assert {q: m.indicator for q, m in found.items()} == {
        "98.6万人次": "内地旅客", "42.3万人次": "团队旅客"}
