"""Detection, signs, units and tables of rounds 44-45 (h134's city tables, h135's plan report,
h138's climate bulletin, h139's tender notice).

A narrow table printed in blocks side by side on a wide page repeats its head over each block
and holds two records or more a line (城市  环比  同比  城市  环比  同比); each block is read as a
table of its own. A tender's table of lots (包号  品目名称  数量  单位  预算金额（万元）) names each
figure by its lot and column, the 单位 column the unit of the columns writing none; classes a
分别 pairs figures with (90平方米及以下、90-144平方米的分别…) and the step of a scoring rule
(每提供1项得2分) are no figures; a climate bulletin's 偏早 / 偏短 / 少蓄 are falls."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from pipelines.domain.metrics.tables import text_tables
from tests.domain.metrics.support import metrics_after

_CITIES = (
    "表3　2025年9月份35个大中城市二手住宅销售价格指数\n"
    "城市\t环比（上月=100）\t同比（上年同月=100）\t城市\t环比（上月=100）\t同比（上年同月=100）\n"
    "甲市\t99.2\t95.1\t乙市\t99.8\t97.0\n"
    "丙市\t100.4\t101.3\t丁市\t99.5\t96.2\n"
    "戊市\t99.9\t98.8\n\n")


def test_a_head_printed_twice_side_by_side_reads_each_record_of_a_line() -> None:
    rows = metrics_after("据统计，9月份各地房价总体平稳。\n\n" + _CITIES, "甲市")
    assert [(m.quote, m.subject, m.indicator, m.unit) for m in rows] == [
        ("99.2", "甲市", "二手住宅销售价格指数", None),
        ("95.1", "甲市", "二手住宅销售价格指数", None),
        ("99.8", "乙市", "二手住宅销售价格指数", None),
        ("97.0", "乙市", "二手住宅销售价格指数", None),
        ("100.4", "丙市", "二手住宅销售价格指数", None),
        ("101.3", "丙市", "二手住宅销售价格指数", None),
        ("99.5", "丁市", "二手住宅销售价格指数", None),
        ("96.2", "丁市", "二手住宅销售价格指数", None),
        ("99.9", "戊市", "二手住宅销售价格指数", None),  # (a last line of one record)
        ("98.8", "戊市", "二手住宅销售价格指数", None),
    ]


def test_a_unit_table_printed_twice_side_by_side_keeps_each_record_its_own_place() -> None:
    raw = ("表2　2025年1-9月各市地区生产总值\n"
           "地区\t地区生产总值（亿元）\t增长（%）\t地区\t地区生产总值（亿元）\t增长（%）\n"
           "甲市\t3875.6\t5.9\t乙市\t2140.2\t6.1\n"
           "丙市\t1988.0\t4.8\n\n")
    cells = [c for t in text_tables(raw) for c in t.cells]
    assert [(c.quote, c.place, c.unit, c.growth) for c in cells] == [
        ("3875.6", "甲市", "元", False), ("5.9", "甲市", "%", True),
        ("2140.2", "乙市", "元", False), ("6.1", "乙市", "%", True),
        ("1988.0", "丙市", "元", False), ("4.8", "丙市", "%", True),
    ]


def test_a_head_repeating_no_block_is_read_as_before() -> None:
    raw = ("附表　2025年9月份一线城市新建商品住宅销售价格指数\n"
           "城市\t环比（上月=100）\t同比（上年同月=100）\n"
           "甲市\t99.6\t97.6\n乙市\t99.9\t99.4\n\n")
    cells = [c for t in text_tables(raw) for c in t.cells]
    assert [(c.quote, c.place) for c in cells] == [
        ("99.6", "甲市"), ("97.6", "甲市"), ("99.9", "乙市"), ("99.4", "乙市")]


_LOTS = ("附件：采购需求一览表\n\n"
         "包号\t品目名称\t数量\t单位\t预算金额（万元）\t最高限价（万元）\n"
         "包1\t办公桌椅\t120\t套\t36.0\t35.5\n"
         "包2\t空调\t40\t台\t18.4\t18.0\n"
         "合计\t—\t—\t—\t54.4\t53.5\n")


def test_a_tenders_lots_are_named_by_lot_and_column_in_the_columns_units() -> None:
    raw = "一、2024年，我县实施了一期项目，以48.6万元中标。\n\n" + _LOTS
    rows = metrics_after(raw, "包号", date(2025, 11, 5))
    assert [(m.quote, m.indicator, m.unit, m.value_normalized, m.kind) for m in rows] == [
        ("120", "包1数量", "套", 120, "other"),
        ("36.0", "包1预算金额", "元", 360000, "other"),
        ("35.5", "包1最高限价", "元", 355000, "other"),
        ("40", "包2数量", "台", 40, "other"),
        ("18.4", "包2预算金额", "元", 184000, "other"),
        ("18.0", "包2最高限价", "元", 180000, "other"),
        ("54.4", "预算金额", "元", 544000, "other"),  # (合计: the column alone)
        ("53.5", "最高限价", "元", 535000, "other"),
    ]
    assert {m.period_start for m in rows} == {None}  # (not the earlier phase's 2024年)


def test_a_unit_column_still_gives_its_unit_when_every_column_has_none() -> None:
    raw = ("指标\t单位\t1-9月\t同比增长（%）\n"
           "地区生产总值\t亿元\t3875.6\t5.9\n"
           "新增就业\t万人\t12.3\t2.1\n")
    cells = [c for t in text_tables(raw) for c in t.cells]
    assert [(c.quote, c.unit) for c in cells] == [
        ("3875.6", "元"), ("5.9", "%"), ("12.3", "人"), ("2.1", "%")]


def test_a_lots_amount_after_its_code_and_a_colon_is_no_ratio() -> None:
    found = find_candidates("投标保证金：包1:2.0万元；包2:1.5万元。")
    assert [(c.value, c.unit, c.category) for c in found] == [
        (2.0, "元", "currency"), (1.5, "元", "currency")]
    ratio = find_candidates("城乡居民收入比为1:2.5。")
    assert [(c.value, c.category) for c in ratio] == [(2.5, "ratio")]


def test_classes_a_fenbie_pairs_figures_with_are_no_figures() -> None:
    found = find_candidates("分面积段看，120平方米及以下、120-180平方米的分别下降0.3%和0.2%。")
    assert [c.value for c in found] == [0.3, 0.2]
    found = find_candidates("营业收入10亿元及以上、5-10亿元的分别有12家和30家。")
    assert [c.value for c in found] == [12, 30]
    kept = find_candidates("住宅销售面积120平方米，比上年增长5%。")
    assert [c.value for c in kept] == [120, 5]


def test_the_step_of_a_scoring_rule_is_no_count() -> None:
    found = find_candidates("业绩评分：每提供1项得3分，最高得9分；每逾期1天扣0.5分。")
    assert [(c.value, c.unit) for c in found] == [(3, "分"), (9, "分"), (0.5, "分")]
    grant = find_candidates(
        "按本科每人每月1500元、研究生每人每月2500元给予补贴，每家给予20万元奖励。")
    assert [c.value for c in grant] == [1500, 2500, 20]


def test_lamps_are_counted() -> None:
    found = find_candidates("更换LED教室灯4200盏、黑板灯700盏。")
    assert [(c.value, c.unit, c.category) for c in found] == [
        (4200, "盏", "count"), (700, "盏", "count")]


def test_a_climate_bulletins_earlier_shorter_and_less_stored_are_falls() -> None:
    raw = ("2025年全市气候公报\n\n全市平均终霜日为3月20日，较常年偏晚4天；初霜日为11月2日，"
           "较常年偏早6天；无霜期215天，较常年偏短10天。年末全市水库蓄水总量3.1亿立方米，"
           "较上年同期少蓄0.5亿立方米，多蓄的有2座。\n")
    rows = metrics_after(raw, "全市平均", date(2026, 1, 20))
    signed = {m.quote: m.value for m in rows}
    assert (signed["4天"], signed["6天"], signed["10天"], signed["0.5亿立方米"]) == (
        4, -6, -10, -0.5)
