"""Kinds, periods and subjects of classes of phrasing the held-out set still missed after its
rounds 29-32 (session 23). Short sentences written for each class in the genre's manner, not
the set's documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

POWER_RELEASE = """1-10月全国电力工业统计数据

1-10月，全国发电设备累计平均利用小时2410小时，比上年同期降低120小时。其中，水电2980小时，比上年同期降低85小时；核电6120小时，比上年同期增加40小时；风电1570小时，比上年同期降低96小时。
"""


def test_the_parts_of_a_running_total_after_its_change_are_running_totals() -> None:
    """累计平均利用小时2410小时，比上年同期降低120小时。其中，水电2980小时…；核电…；风电…: each
    part, past each ；, is counted as the total it breaks down; the changes stay changes."""
    found = document_by_number(POWER_RELEASE, date(2025, 11, 20))
    assert found["2410小时"].kind == "count_total"
    for part in ("2980小时", "6120小时", "1570小时"):
        assert found[part].kind == "count_total", part
    for change in ("85小时", "40小时", "96小时"):
        assert found[change].kind == "actual", change


REVIEW = """县政府工作报告

一、过去五年工作回顾

五年来，全县经济稳中有进。全县工业总产值从2018年的512亿元增加到2023年的736亿元，年均增长7.5%；税收收入突破60亿元，年均增长6.2%。
"""


def test_a_yearly_average_after_a_level_moved_between_two_years_runs_over_the_years_between(
) -> None:
    """从2018年的512亿元增加到2023年的736亿元，年均增长7.5%: the years it grew over (2019-2023),
    not 2023 alone; the next yearly average past the ； goes on with them; the levels keep their
    own years."""
    found = document_by_number(REVIEW, date(2024, 1, 15))
    grown = (date(2019, 1, 1), date(2023, 12, 31))
    assert period_dates(found["7.5%"]) == grown
    assert period_dates(found["6.2%"]) == grown
    assert period_dates(found["736亿元"]) == (date(2023, 1, 1), date(2023, 12, 31))
    assert period_dates(found["512亿元"]) == (date(2018, 1, 1), date(2018, 12, 31))
