"""Ranking tables printed as text (round 17, h53): a rank column (排名, 名次) or a serial number
(序号) opens the head, the rows' names stand in the column after it. A rank is a figure of what
the table ranks (unit 位, the row's place its subject, tied rows sharing it); a serial number is
none; the figures beside take their column's name and unit, the row's place as subject."""

from datetime import date

from pipelines.domain.records import Metric
from tests.domain.metrics.support import row_metrics

_LEAD = ("2024年第三季度全省各市营商环境评价结果通报\n\n"
         "现将2024年第三季度全省各市营商环境评价结果通报如下。\n\n")


def _cells(raw: str, row: str) -> list[Metric]:
    return row_metrics(raw, row, date(2024, 10, 20))


def _fields(m: Metric) -> tuple:
    return m.value, m.unit, m.indicator, m.subject, m.kind


def test_a_leading_rank_column_ranks_the_first_figure_column_of_the_places():
    rows = ["名次\t地区\t综合得分（分）\t比上季度增减（%）", "1\t青岛市\t92.4\t1.2",
            "2\t烟台市\t90.1\t-0.8", "2\t潍坊市\t90.1\t2.5", "4\t临沂市\t88.7\t-3.4"]
    raw = _LEAD + "表1  第三季度各市营商环境综合得分\n" + "\n".join(rows) + "\n\n以上结果供参考。\n"
    first = _cells(raw, rows[1])
    assert [_fields(m) for m in first] == [
        (1, "位", "综合得分", "青岛", "rank"),
        (92.4, "分", "综合得分", "青岛", "actual"),
        (1.2, "%", "综合得分", "青岛", "growth_rate")]
    tied = [_fields(m) for m in _cells(raw, rows[3])]
    assert tied[0] == (2, "位", "综合得分", "潍坊", "rank")  # a tie shares the rank
    assert [_fields(m)[:2] for m in _cells(raw, rows[4])] == [(4, "位"), (88.7, "分"), (-3.4, "%")]
    assert all(m.period_text == "第三季度" for m in first)


def test_a_rank_head_without_a_unit_or_growth_column_is_a_head():
    rows = ["排名  城市  降水量（毫米）", "1  海口  215", "2  三亚  231", "3  琼海  240"]
    raw = _LEAD + "\n".join(rows) + "\n"
    assert [_fields(m) for m in _cells(raw, rows[2])] == [
        (2, "位", "降水量", "三亚", "rank"), (231, "毫米", "降水量", "三亚", "actual")]


def test_a_rank_column_at_the_end_ranks_the_figure_before_it():
    rows = ["地区  地区生产总值（亿元）  排名", "济南市  9712.1  2", "青岛市  11223.5  1"]
    raw = _LEAD + "\n".join(rows) + "\n"
    assert [_fields(m) for m in _cells(raw, rows[1])] == [
        (9712.1, "元", "地区生产总值", "济南", "actual"),
        (2, "位", "地区生产总值", "济南", "rank")]


def test_a_serial_number_is_no_figure():
    rows = ["序号\t地区\t新增市场主体（万户）\t同比增长（%）", "1\t德州市\t3.2\t6.1",
            "2\t聊城市\t2.8\t-1.5"]
    raw = _LEAD + "\n".join(rows) + "\n"
    assert [_fields(m) for m in _cells(raw, rows[2])] == [
        (2.8, "户", "新增市场主体", "聊城", "actual"),
        (-1.5, "%", "新增市场主体", "聊城", "growth_rate")]
