"""One province's year as an analyst loads it (QA round 14, tests/fixtures/jiangxi_2024/):
Jiangxi's 2024 government work report (2023 results, 2024 targets), the plan report of the same
congress restating some of the targets, the statistics bureau's release for the first three
quarters (GB18030 bytes, dated by its own text: the manifest leaves its date empty) and the 2024
statistics bulletin (the year's results in bulletin phrasing). Invented, realistic texts.

Each 2024 target meets the three-quarter release as progress and the bulletin as its result;
a target stated in both reports is counted once (latest_target)."""

from datetime import date
from pathlib import Path

import pytest

from tests.support.fixture_corpora import build_fixture, rows


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory, "jiangxi_2024")


def test_every_document_is_dated_and_placed(warehouse):
    assert rows(warehouse, "SELECT source_file, published_on, published_on_source, encoding, "
                            "place FROM marts.documents ORDER BY source_file") == [
        ("gov_report_2024.txt", date(2024, 1, 22), "manifest", "utf-8", "江西"),
        ("plan_report_2024.txt", date(2024, 1, 22), "manifest", "utf-8", "江西"),
        ("q3_2024_release_gbk.txt", date(2024, 10, 22), "text", "gb18030", "江西"),
        ("stats_bulletin_2024.txt", date(2025, 3, 18), "manifest", "utf-8", "江西"),
    ]


def test_each_target_meets_its_progress_and_its_result(warehouse):
    judged = rows(warehouse, """
        SELECT v.indicator_key, v.target_value, t.source_file, p.source_file, v_p.actual_value,
               a.source_file, v.actual_value, v.target_met
        FROM marts.targets_vs_actuals AS v
        JOIN marts.metrics AS t ON t.metric_id = v.target_metric_id
        JOIN marts.metrics AS a ON a.metric_id = v.actual_metric_id
        LEFT JOIN marts.targets_vs_actuals AS v_p
            ON v_p.target_metric_id = v.target_metric_id AND v_p.result_scope = 'partial'
        LEFT JOIN marts.metrics AS p ON p.metric_id = v_p.actual_metric_id
        WHERE v.latest_target AND v.latest_result
        ORDER BY v.indicator_key""")
    progress, bulletin = "q3_2024_release_gbk.txt", "stats_bulletin_2024.txt"
    report = "gov_report_2024.txt"
    # 城镇调查失业率 (bulletin: 城镇调查失业率平均值) and 单位地区生产总值能耗 (bulletin: 万元地区
    # 生产总值能耗) pair with the bulletin's figures under the keys of QA 14 (the release for three
    # quarters gives neither)
    by_key = {row[0]: row[1:] for row in judged}
    assert by_key == {
        "城镇调查失业率": (5.5, report, None, None, bulletin, 5.3, True),  # a ceiling
        "单位地区生产总值能耗": (-2.5, report, None, None, bulletin, -3.2, True),  # a fall
        "一般公共预算收入": (3.0, report, progress, 1.1, bulletin, 1.3, False),
        "地区生产总值": (5.0, report, progress, 5.0, bulletin, 5.1, True),
        "城镇新增就业": (400000.0, report, progress, 338000.0, bulletin, 421000.0, True),
        "居民消费价格": (3.0, report, progress, 0.2, bulletin, 0.2, True),  # a ceiling
        "社会消费品零售总额": (6.0, report, progress, 5.2, bulletin, 5.3, False),
        "规模以上工业增加值": (7.0, report, progress, 6.9, bulletin, 6.8, False),
    }
    assert {v[4] for v in by_key.values()} == {bulletin}


def test_a_target_stated_in_both_reports_is_counted_once(warehouse):
    statements = rows(warehouse, """
        SELECT indicator_key, count(DISTINCT target_metric_id),
               count(DISTINCT target_metric_id) FILTER (WHERE latest_target)
        FROM marts.targets_vs_actuals GROUP BY ALL ORDER BY ALL""")
    assert {k for k, n, _ in statements if n == 2} == {
        "地区生产总值", "城镇新增就业", "城镇调查失业率", "居民消费价格"}
    assert all(latest == 1 for _, _, latest in statements)
    assert rows(warehouse, "SELECT count(DISTINCT target_metric_id) FROM "
                            "marts.targets_vs_actuals WHERE latest_target") == [(8,)]
