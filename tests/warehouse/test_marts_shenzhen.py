"""One city over three years as an analyst loads and charts it (QA round 16,
tests/fixtures/shenzhen_2023_2025/): Shenzhen's government work reports of 2024 and 2025 (each
the past year's results and the new year's targets), its statistics bulletins of 2023 and 2024,
and the statistics bureau's release for 2025's first three quarters (dated by its own text: the
manifest leaves its date empty). Invented, realistic texts; the same indicator is written as
documents write it: 地区生产总值 / 全市GDP / 生产总值, 规上工业增加值 / 规模以上工业增加值,
社会消费品零售总额 / 社消零, 外贸进出口总额 / 货物进出口总额, 前三季度 / 1-9月.

Expected before the warehouse was first built: each headline indicator is one series (2023,
2024, 2025 to September) whatever its phrasing; each 2024 target meets the 2024 bulletin as its
result (and the 2025 report's review of 2024 as an earlier full result), each 2025 target the
three-quarter release as progress; the past year's results a work report gives are never held
against its own new targets; each target is counted once; every year's leading themes are the
city's (the economy, industry, innovation, livelihoods, opening-up), and its keywords the
subjects the texts are about, not their furniture.

Held at the first build: the documents' dates and place, every growth series, the GDP level as
one series of 地区生产总值 / 全市GDP / 生产总值, the 2024 targets against the bulletin (8 of 11
judged met), each target once. Fixed by this round (themes-6, keywords-10, terms-6):
国家区域医疗中心 named 区域协调, 重大科技基础设施 城市治理与安全 and 就业形势总体稳定 too;
每万人口 and 按常住人口计算 named 人才与人口; a bulletin's measures and breakdowns (授权量,
拥有量, 分行业, 限额) were keywords; the report's national programmes were no policy terms, and
a ranking (“双第一”) was one; a report's rounded 3.87万亿元 beside the bulletin's
38710.64亿元 counted as a revision (n_values, sql/model), and 平稳增长, 本外币存款 and
河套深港科技创新合作区 were cut into keywords 稳增长, 外币存款, 深港 (seg-5), after the round.
After the round too (metrics-29): the 2025 targets were dated to “十五五”, PM2.5平均浓度 and
PM2.5年平均浓度 were two keys. Left, as a strict xfail: a report's count of firms is dated the
whole year where the bulletin dates it at the year's end (the gold's convention for a review's
stock, h01's 高新技术企业超过3万家, dates the year: changing it is a relabelling)."""

from datetime import date
from pathlib import Path

import pytest

from tests.support.fixture_corpora import build_fixture, judged_targets, rows

REPORT_2024, REPORT_2025 = "gov_report_2024.txt", "gov_report_2025.txt"
BULLETIN_2023, BULLETIN_2024 = "stats_bulletin_2023.txt", "stats_bulletin_2024.txt"
RELEASE_Q3 = "release_2025_q3.txt"
YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
Q1_Q3_2025 = (date(2025, 1, 1), date(2025, 9, 30))


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory, "shenzhen_2023_2025")


def test_every_document_is_dated_and_placed(warehouse):
    assert rows(warehouse, "SELECT source_file, published_on, published_on_source, place "
                            "FROM marts.documents ORDER BY source_file") == [
        (REPORT_2024, date(2024, 1, 29), "manifest", "深圳"),
        (REPORT_2025, date(2025, 1, 22), "manifest", "深圳"),
        (RELEASE_Q3, date(2025, 10, 28), "text", "深圳"),
        (BULLETIN_2023, date(2024, 4, 28), "manifest", "深圳"),
        (BULLETIN_2024, date(2025, 4, 27), "manifest", "深圳"),
    ]


def _growth_series(warehouse: Path, indicator_key: str) -> list[tuple]:
    """The indicator's results in % (not its targets), period by period, as a chart reads them."""
    return rows(warehouse, """
        SELECT period_start, period_end, value_normalized FROM marts.indicator_timeseries
        WHERE indicator_key = ? AND place = '深圳' AND unit = '%' AND kind <> 'target'
        ORDER BY period_start, period_end""", [indicator_key])


GROWTH = {  # 2023, 2024, 2025 to September
    "地区生产总值": (6.0, 5.8, 5.3),
    "规模以上工业增加值": (6.2, 10.8, 6.8),
    "社会消费品零售总额": (7.8, 1.1, 4.3),
    "固定资产投资": (11.0, -2.7, -6.4),
    "一般公共预算收入": (6.1, 2.2, 1.9),
    "居民消费价格": (0.9, 0.3, -0.3),
}


@pytest.mark.parametrize("indicator_key", sorted(GROWTH))
def test_each_indicator_is_one_growth_series_across_the_years(warehouse, indicator_key):
    values = GROWTH[indicator_key]
    expected = [(*YEAR_2023, values[0]), (*YEAR_2024, values[1]), (*Q1_Q3_2025, values[2])]
    assert _growth_series(warehouse, indicator_key) == expected


def test_the_gdp_level_is_one_series_whatever_its_phrasing(warehouse):
    level = rows(warehouse, """
        SELECT period_start, period_end, value_normalized, n_documents
        FROM marts.indicator_timeseries
        WHERE indicator_key = '地区生产总值' AND place = '深圳' AND unit = '元'
          AND kind <> 'target' ORDER BY period_start, period_end""")
    # the bulletin's exact figure is the series' value; the work report's rounded one
    # (3.46万亿元 / 全市GDP达到3.68万亿元) is the same period's second source
    assert level == [(*YEAR_2023, 3460640000000.0, 2), (*YEAR_2024, 3680187000000.0, 2),
                     (*Q1_Q3_2025, 2798145000000.0, 1)]


def test_trade_is_one_indicator_in_the_report_and_the_bulletin(warehouse):
    keys = rows(warehouse, """
        SELECT DISTINCT m.indicator_key FROM marts.metrics AS m
        WHERE m.indicator LIKE '%进出口总额' AND m.unit = '%' AND m.subject IS NULL
        ORDER BY 1""")
    assert len(keys) == 1, keys


def test_a_reports_rounded_figure_is_no_revision_of_the_bulletins(warehouse):
    assert rows(warehouse, """
        SELECT n_values FROM marts.indicator_timeseries
        WHERE indicator_key = '进出口' AND unit = '元' AND period_start = ?
          AND period_end = ?""", list(YEAR_2023)) == [(1,)]


def test_a_concentration_is_one_indicator_with_or_without_its_year(warehouse):
    keys = rows(warehouse, "SELECT DISTINCT indicator_key FROM marts.metrics "
                            "WHERE indicator LIKE 'PM2.5%'")
    assert len(keys) == 1, keys


@pytest.mark.xfail(strict=True, reason="metrics (not QA 16's files): the report's "
                   "国家高新技术企业超过2.4万家 is dated the whole year, the bulletin's 年末 count "
                   "the year's end: two points of one year")
def test_a_count_of_firms_is_dated_at_the_years_end_in_the_report_too(warehouse):
    assert rows(warehouse, """
        SELECT DISTINCT period_start FROM marts.indicator_timeseries
        WHERE indicator_key = '国家高新技术企业' AND year(period_end) = 2023""") == [
        (date(2023, 12, 31),)]


def _judged(warehouse: Path, period: tuple[date, date]) -> dict[str, tuple]:
    """Per indicator, the latest statement of the period's target: its value, where it was
    stated, its last progress (a partial result) and its result to chart, with their sources."""
    return {key: tuple(rest) for key, _unit, *rest in judged_targets(warehouse, period)}


def _keyed(by_key: dict[str, tuple], fragment: str) -> tuple:
    """The one judged target whose key holds ``fragment`` (a livelihood count's key is the
    extractor's choice: 保障性住房 or 筹建保障性住房)."""
    [judged] = [value for key, value in by_key.items() if fragment in key]
    return judged


def test_the_2024_targets_meet_the_2024_bulletin(warehouse):
    by_key = _judged(warehouse, YEAR_2024)
    expected = {
        "地区生产总值": (5.5, 5.8, True),
        "规模以上工业增加值": (6.0, 10.8, True),
        "固定资产投资": (8.0, -2.7, False),
        "社会消费品零售总额": (7.0, 1.1, False),
        "一般公共预算收入": (3.0, 2.2, False),
        "居民消费价格": (3.0, 0.3, True),  # a ceiling
        "城镇新增就业": (150000.0, 174200.0, True),
        "城镇调查失业率": (5.5, 5.1, True),  # a ceiling
    }
    for key, (target, result, met) in expected.items():
        assert by_key.get(key) == (target, REPORT_2024, None, None, result, BULLETIN_2024,
                                   met), key
    # the livelihood targets meet the 2025 report's review (新增基础教育学位 the bulletin's too)
    assert _keyed(by_key, "保障性住房")[4:] == (72000.0, REPORT_2025, True)
    assert _keyed(by_key, "养老床位")[4:] == (1600.0, REPORT_2025, True)


def test_the_2025_report_reviewing_2024_is_a_full_result_of_its_targets(warehouse):
    reviewed = {key for (key,) in rows(warehouse, """
        SELECT DISTINCT v.indicator_key FROM marts.targets_vs_actuals AS v
        JOIN marts.documents AS a ON a.doc_id = v.actual_doc_id
        WHERE a.source_file = ? AND v.result_scope = 'full' AND v.period_start = ?""",
        [REPORT_2025, YEAR_2024[0]])}
    assert {"地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "一般公共预算收入",
            "居民消费价格", "城镇新增就业", "城镇调查失业率"} <= reviewed


def test_the_2025_targets_meet_the_three_quarter_release_as_progress(warehouse):
    by_key = _judged(warehouse, YEAR_2025)
    expected = {
        "地区生产总值": (5.5, 5.3),
        "规模以上工业增加值": (6.0, 6.8),
        "固定资产投资": (3.0, -6.4),
        "社会消费品零售总额": (5.0, 4.3),
        "一般公共预算收入": (2.0, 1.9),
        "居民消费价格": (2.0, -0.3),
        "城镇新增就业": (150000.0, 128600.0),
        "城镇调查失业率": (5.5, 5.2),
    }
    for key, (target, progress) in expected.items():
        assert by_key.get(key) == (target, REPORT_2025, progress, RELEASE_Q3, None, None,
                                   None), key


def test_a_report_never_judges_its_new_targets_by_its_review_of_the_past_year(warehouse):
    assert rows(warehouse, """
        SELECT indicator_key, target_value, actual_value FROM marts.targets_vs_actuals
        WHERE target_doc_id = actual_doc_id""") == []


def test_each_target_is_counted_once(warehouse):
    statements = rows(warehouse, """
        SELECT indicator_key, target_unit, period_start, count(DISTINCT target_metric_id)
               FILTER (WHERE latest_target)
        FROM marts.targets_vs_actuals GROUP BY ALL HAVING count(DISTINCT target_metric_id)
               FILTER (WHERE latest_target) <> 1""")
    assert statements == []


def test_the_scorecard_of_docs_connecting_counts_2024_once(warehouse):
    # 13 targets of 2024 (8 headline, 3 livelihood counts, 工业上楼's floor space and the major
    # projects' investment, these two never reported on), 11 judged, 8 met: 固定资产投资,
    # 社会消费品零售总额 and 一般公共预算收入 fell short
    assert rows(warehouse, """
        SELECT place, year(period_end) AS year,
               count(DISTINCT target_metric_id) AS n_targets,
               count(*) FILTER (WHERE latest_result) AS n_judged,
               count(*) FILTER (WHERE latest_result AND target_met) AS n_met
        FROM marts.targets_vs_actuals
        WHERE latest_target AND year(period_end) = 2024
        GROUP BY ALL""") == [("深圳", 2024, 13, 11, 8)]


def _policy_terms(warehouse: Path, source_file: str) -> set[str]:
    return {t for (t,) in rows(warehouse, """
        SELECT p.term FROM marts.policy_terms AS p JOIN marts.documents AS d USING (doc_id)
        WHERE d.source_file = ?""", [source_file])}


def test_the_reports_programmes_are_policy_terms_and_a_ranking_is_none(warehouse):
    terms = _policy_terms(warehouse, REPORT_2025)
    assert {"新质生产力", "消费品以旧换新", "大规模设备更新", "河套深港科技创新合作区",
            "国际消费中心城市", "首发经济", "银发经济", "国家区域医疗中心"} <= terms, terms
    terms = _policy_terms(warehouse, REPORT_2024)
    assert {"工业上楼", "专精特新", "前海深港现代服务业合作区"} <= terms, terms
    assert "双第一" not in terms  # 实现全国城市“双第一”: a ranking


CITY_THEMES = {"经济运行", "产业发展", "科技创新", "民生福祉", "改革开放", "财政", "外贸外资"}


@pytest.mark.parametrize("year", [2024, 2025])
def test_each_years_leading_themes_are_the_citys(warehouse, year):
    leading = [theme for (theme,) in rows(warehouse, """
        SELECT theme FROM marts.theme_trends
        WHERE year(month) = ? AND parent_theme IS NULL
        GROUP BY theme ORDER BY sum(n_mentions) DESC, theme LIMIT 3""", [year])]
    assert set(leading) <= CITY_THEMES, leading
    assert "经济运行" in leading, leading
    rural = rows(warehouse, """
        SELECT sum(n_mentions) FROM marts.theme_trends
        WHERE year(month) = ? AND theme = '乡村振兴'""", [year])
    assert rural[0][0] in (0, None)  # Shenzhen's texts name no village


def test_a_hospital_a_science_facility_and_steady_jobs_name_no_wrong_theme(warehouse):
    # 国家区域医疗中心 (2025 report), 重大科技基础设施 (2024 report), 就业形势总体稳定 (release)
    wrong = rows(warehouse, """
        SELECT d.source_file, t.theme FROM marts.document_themes AS t
        JOIN marts.documents AS d USING (doc_id)
        WHERE (d.source_file = ? AND t.theme = '区域协调')
           OR (d.source_file = ? AND t.theme = '城市治理与安全')""", [REPORT_2025, RELEASE_Q3])
    assert wrong == []


FURNITURE = {"深圳", "深圳市", "全市", "同比", "比上年", "增长", "亿元", "万元", "统计局",
             "政府工作报告", "代表", "市长", "公报", "初步核算", "其中", "分行业", "产品产量",
             "授权量", "拥有量", "消费量", "限额", "下达任务", "外部环境", "各项政策",
             "传输", "音像", "器材", "民用", "落地"}


@pytest.mark.parametrize("year", [2024, 2025])
def test_each_years_keywords_are_subjects_not_furniture(warehouse, year):
    # the year's top 20, as a BI tool's word list shows it: a bulletin's broad subjects
    # (建筑业, 国内贸易, 工业: acceptable words of the keyword gold) stand beside the report's
    # new industries, which a top 15 left out in 2024 (低空经济 17th, 人工智能 19th)
    top = [k for (k,) in rows(warehouse, """
        SELECT keyword FROM marts.keyword_trends WHERE year(month) = ?
        GROUP BY keyword ORDER BY sum(weight_sum) DESC, keyword LIMIT 20""", [year])]
    assert not FURNITURE & set(top), top
    assert {"新能源汽车", "低空经济", "人工智能"} & set(top), top


def _keywords(warehouse: Path, source_file: str) -> set[str]:
    return {k for (k,) in rows(warehouse, """
        SELECT k.keyword FROM marts.keywords AS k JOIN marts.documents AS d USING (doc_id)
        WHERE d.source_file = ?""", [source_file])}


def test_a_growths_sign_is_no_keyword(warehouse):
    # 零增长 is stoplisted as 增长 is (社消零增长1.1% was cut 社消|零增长 before seg-5)
    assert "零增长" not in _keywords(warehouse, REPORT_2025)


def test_no_keyword_is_a_word_the_segmenter_cut_out_of_another(warehouse):
    assert not {"稳增长", "外币存款"} & _keywords(warehouse, RELEASE_Q3)
