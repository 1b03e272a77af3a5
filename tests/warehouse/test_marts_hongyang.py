"""A county's documents in the formats its website serves them, as an analyst loads and charts
them (QA round 18, tests/fixtures/hongyang_2024_2025/; the binary files are built by
tests/support/hongyang_files.py): 泓阳县 of 河南 (invented, realistic), its government work
report of 2024 (a Word .docx: Word's outline numbering, lines split into runs) and of 2025 (a
PDF: hard-wrapped lines, a page-number footer), each reviewing the year before with its results
and setting the year's targets; its 2024 statistics bulletin (a web page: navigation, scripts,
a footer; dated by the manifest, its text names no date); and the county's news page on 2025's
first half (dated by its own 发布时间 line: the manifest leaves its date empty). The county
speaks of itself as 全县 / 本县 and names its towns (城关镇, 柳林镇, 白集镇, 双庙乡, 王营镇) in
passing; the news page ranks its growth within the prefecture (居全市第3位).

Expected before the warehouse was first built: every document read (.docx, .pdf, .html, .txt),
dated (the reports and the news page by their text, the bulletin by the manifest) and placed in
the county, never in one of its towns; each headline indicator one series across the documents
(2023 from the 2024 report's review, 2024 from the 2025 report's review and the bulletin as one
point of two documents, 2025's first half from the news page), growth and level alike, the
urban and rural incomes two series (城镇、农村居民人均可支配收入分别… split in two); each 2024
target judged on the bulletin (the latest full result; the 2025 report's review an earlier full
result): 12 judged, 8 met by hand (地区生产总值 6.5% -> 5.8%, 一般公共预算收入 7% -> 5.6%,
社会消费品零售总额 7% -> 6.7% and the urban income 6% -> 5.1% fall short); each 2025 target
held against the half year as progress, with no result yet; 夏粮 (the summer harvest) is no
progress of the year's 粮食总产量; a report never judges its new targets by its own review; by
year, the county's themes (the economy and 乡村振兴 leading, 区域协调 for 县域经济 and the county
seat) and keywords (grain, high-standard farmland, the county seat) and not the pages' furniture
(the web page's navigation and footer, a report's salutation, the towns named in passing).

Held at the first build: every file read in its format (.docx, .pdf with its footer dropped,
.html, .txt) and dated as expected; every figure, target and period as written (2023, 2024, the
half year; 分别 split into the urban and the rural income; 稳定在85万吨以上 a floor); a report
never judged by its own review; each target counted once; 夏粮 no progress of 粮食总产量; the
reports' themes the county's (乡村振兴 is the taxonomy's 区域协调/乡村振兴, so 区域协调 leads with
经济运行); 2024's keywords (乡村振兴, 粮食, 高标准农田, 县城, 新型城镇化); the policy terms. Two
expectations were the writer's, not the project's, and were restated: 乡村振兴 as the taxonomy
names it, and 办好十项民生实事 as no target (the gold leaves out a count naming a list, 十件大事).
Left to their owners, as strict xfails: the key projects' investment is two keys (the reports'
and the bulletin's 完成投资, the labels' name after a count of projects; the news page's
重点项目完成投资), so no 2024 or 2025 target of it is found by 重点项目. Fixed after the round: a
period word before an amount done (年度完成投资150亿元以上) is no part of its name and a list of
levels (实施省市县重点项目) none of its key (metrics), so the scorecard judges 12 of 12, 8 met, and
the key projects' count is one series; towns named before a figure (双庙乡、王营镇建成…示范村12个,
the segmenter's 双庙|乡) are no part of its name (the figure stays the county's); the bulletin page's <title> (its site's part after 统计
公报_), its breadcrumbs and its footer (主办：… 网站地图) gave keywords (统计数据, 地图, 网站): the
title keeps its own part, and both lines are furniture (cleaning); the news page's call to
effort (发力, 促发展, 全力以赴, 双向, 决策, 贯彻落实) crowded 县城 and 县域经济 out of 2025's
keywords (keyword_stoplist.txt); and the county's place was misread (日在泓阳 for the reports,
阳县 for the bulletin and the news page: rjieba cuts the unknown name 泓|阳县), which alone broke
every series and every target's pairing (32 expectations): a title that opens with its place,
or a report delivered at its place's congress (在泓阳县第十七届人民代表大会), now names the home
by its form (metrics home.home_from_title)."""

from datetime import date
from pathlib import Path

import pytest

from tests.support.fixture_corpora import build_fixture, judged_targets, rows

PLACE = "泓阳"
REPORT_2024, REPORT_2025 = "gov_report_2024.docx", "gov_report_2025.pdf"
BULLETIN_2024, NEWS_H1 = "stats_bulletin_2024.html", "news_2025_h1.txt"
YEAR_2023 = (date(2023, 1, 1), date(2023, 12, 31))
YEAR_2024 = (date(2024, 1, 1), date(2024, 12, 31))
YEAR_2025 = (date(2025, 1, 1), date(2025, 12, 31))
H1_2025 = (date(2025, 1, 1), date(2025, 6, 30))
TOWNS = {"城关镇", "柳林镇", "白集镇", "双庙乡", "王营镇", "城关", "柳林", "白集", "双庙", "王营"}


# Known defects, as strict xfails (the reasons name the rows and the owners; QA 18's report)
PROJECT_INVESTMENT = pytest.mark.xfail(strict=True, reason=(
    "metrics indicator names: …126个，完成投资158.3亿元 (and the targets' 年度完成投资…) give the "
    "key 完成投资 (the held-out labels' name after a count of projects, test_blind_round7), the "
    "news page's 全县重点项目完成投资92.6亿元 重点项目完成投资: two keys, neither 2024's target "
    "nor 2025's found under 重点项目 (the 2024 scorecard counts it under 完成投资)"))
def _known(values, marks: dict) -> list:
    """Parameters with the strict xfail of a known defect where one applies."""
    return [pytest.param(*v if isinstance(v, tuple) else (v,), marks=marks[v]) if v in marks
            else v for v in values]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory, "hongyang_2024_2025")


def test_every_document_is_read_in_its_format_and_dated(warehouse):
    assert rows(warehouse, "SELECT source_file, status, encoding, published_on, "
                            "published_on_source FROM marts.documents ORDER BY source_file") == [
        (REPORT_2024, "ok", "docx", date(2024, 1, 10), "text"),
        (REPORT_2025, "ok", "pdf", date(2025, 1, 8), "text"),
        (NEWS_H1, "ok", "utf-8", date(2025, 7, 22), "text"),
        (BULLETIN_2024, "ok", "utf-8", date(2025, 3, 28), "manifest"),
    ]


def test_every_document_is_placed_in_the_county(warehouse):
    assert rows(warehouse, "SELECT DISTINCT place FROM marts.documents") == [(PLACE,)]


def test_no_figure_is_placed_in_a_town_named_in_passing(warehouse):
    assert rows(warehouse, "SELECT DISTINCT place FROM marts.metrics ORDER BY 1") == [(PLACE,)]


def test_a_town_named_before_a_figure_stays_out_of_its_indicator(warehouse):
    named = rows(warehouse, "SELECT indicator FROM marts.metrics WHERE regexp_matches("
                            "indicator, ?)", ["|".join(sorted(TOWNS))])
    assert named == []


def _series(warehouse: Path, indicator_key: str, unit: str) -> list[tuple]:
    """The indicator's results (not its targets) in ``unit``, period by period, as a chart
    reads them, with how many documents give each point."""
    return [(start, end, round(value, 2), n) for start, end, value, n in rows(warehouse, """
        SELECT period_start, period_end, value_normalized, n_documents
        FROM marts.indicator_timeseries
        WHERE indicator_key = ? AND place = ? AND unit = ? AND kind <> 'target'
        ORDER BY period_start, period_end""", [indicator_key, PLACE, unit])]


GROWTH = {  # 2023 (2024 report), 2024 (2025 report and bulletin), 2025's first half (news)
    "地区生产总值": (5.6, 5.8, 6.2),
    "一般公共预算收入": (7.2, 5.6, 6.4),
    "固定资产投资": (8.1, 10.3, 8.7),
    "社会消费品零售总额": (6.8, 6.7, 6.9),
    "城镇居民人均可支配收入": (4.8, 5.1, 5.3),
    "农村居民人均可支配收入": (7.6, 7.3, 6.8),
}
LEVEL = {  # the same points' levels in their base unit
    ("地区生产总值", "元"): (291.4e8, 312.6e8, 158.3e8),
    ("一般公共预算收入", "元"): (12.36e8, 13.05e8, 7.18e8),
    ("社会消费品零售总额", "元"): (98.6e8, 105.2e8, 55.4e8),
    ("城镇居民人均可支配收入", "元"): (34750.0, 36520.0, 18930.0),
    ("农村居民人均可支配收入", "元"): (17200.0, 18460.0, 8720.0),
}


def _three_points(values: tuple[float, float, float]) -> list[tuple]:
    return [(*YEAR_2023, round(values[0], 2), 1), (*YEAR_2024, round(values[1], 2), 2),
            (*H1_2025, round(values[2], 2), 1)]


@pytest.mark.parametrize("indicator_key", sorted(GROWTH))
def test_each_indicator_is_one_growth_series_across_the_documents(warehouse, indicator_key):
    assert _series(warehouse, indicator_key, "%") == _three_points(GROWTH[indicator_key])


@pytest.mark.parametrize(("indicator_key", "unit"), sorted(LEVEL))
def test_each_level_is_one_series_across_the_documents(warehouse, indicator_key, unit):
    assert _series(warehouse, indicator_key, unit) == _three_points(LEVEL[indicator_key, unit])


def _grain_key(warehouse: Path) -> str:
    """The one key of the grain harvest (粮食总产量: 粮食产量 or 粮食总产量 is the extractor's
    choice); 夏粮 and 秋粮 are keys of their own."""
    [(key,)] = rows(warehouse, "SELECT DISTINCT indicator_key FROM marts.metrics "
                               "WHERE indicator LIKE '粮食%产量'")
    return key


def test_the_grain_harvest_is_one_series_of_two_years(warehouse):
    assert _series(warehouse, _grain_key(warehouse), "吨") == [
        (*YEAR_2023, 864000.0, 1), (*YEAR_2024, 871000.0, 2)]


def _judged(warehouse: Path, period: tuple[date, date]) -> dict[tuple[str, str], tuple]:
    """Per (indicator, unit), the latest statement of the period's target: its value, where it
    was stated, its last progress (a partial result) and its result to chart, with sources."""
    return {(key, unit): tuple(rest)
            for key, unit, *rest in judged_targets(warehouse, period, PLACE)}


def _keyed(by_key: dict[tuple[str, str], tuple], fragment: str, unit: str) -> tuple | None:
    """The one judged target of ``unit`` whose key holds ``fragment`` (a count's key is the
    extractor's choice: 重点项目 or 实施重点项目), None when there is none."""
    found = [value for (key, of_unit), value in by_key.items()
             if fragment in key and of_unit == unit]
    assert len(found) <= 1, (fragment, unit, found)
    return found[0] if found else None


TARGETS_2024 = {  # (key fragment, unit): target, the bulletin's result, met (by hand)
    ("地区生产总值", "%"): (6.5, 5.8, False),
    ("一般公共预算收入", "%"): (7.0, 5.6, False),
    ("固定资产投资", "%"): (10.0, 10.3, True),
    ("社会消费品零售总额", "%"): (7.0, 6.7, False),
    ("城镇居民人均可支配收入", "%"): (6.0, 5.1, False),
    ("农村居民人均可支配收入", "%"): (7.0, 7.3, True),
    ("粮食", "吨"): (850000.0, 871000.0, True),  # 稳定在85万吨以上: a floor
    ("高标准农田", "亩"): (80000.0, 82000.0, True),
    ("重点项目", "个"): (120.0, 126.0, True),
    ("重点项目", "元"): (150e8, 158.3e8, True),  # 年度完成投资150亿元以上
    ("亿元以上项目", "个"): (30.0, 32.0, True),
    ("城镇新增就业", "人"): (5000.0, 5260.0, True),
}
TARGETS_2025 = {  # (key fragment, unit): target, the half year's progress (news page)
    ("地区生产总值", "%"): (6.0, 6.2),
    ("一般公共预算收入", "%"): (6.0, 6.4),
    ("固定资产投资", "%"): (9.0, 8.7),
    ("社会消费品零售总额", "%"): (6.5, 6.9),
    ("重点项目", "元"): (160e8, 92.6e8),  # 全县重点项目完成投资92.6亿元
    ("亿元以上项目", "个"): (35.0, 21.0),
    ("城镇新增就业", "人"): (5000.0, 3120.0),
}


def _rounded(values: tuple) -> tuple:
    return tuple(round(v, 2) if isinstance(v, float) else v for v in values)


@pytest.mark.parametrize(("fragment", "unit"), _known(
    sorted(TARGETS_2024), {("重点项目", "元"): PROJECT_INVESTMENT}))
def test_each_2024_target_is_judged_on_the_bulletin(warehouse, fragment, unit):
    target, result, met = TARGETS_2024[fragment, unit]
    judged = _keyed(_judged(warehouse, YEAR_2024), fragment, unit)
    assert judged is not None and _rounded(judged) == _rounded(
        (target, REPORT_2024, None, None, result, BULLETIN_2024, met))


def test_the_2025_report_reviewing_2024_is_a_full_result_of_its_targets(warehouse):
    reviewed = {key for (key,) in rows(warehouse, """
        SELECT DISTINCT v.indicator_key FROM marts.targets_vs_actuals AS v
        JOIN marts.documents AS a ON a.doc_id = v.actual_doc_id
        WHERE a.source_file = ? AND v.result_scope = 'full' AND v.period_start = ?""",
        [REPORT_2025, YEAR_2024[0]])}
    assert {"地区生产总值", "一般公共预算收入", "固定资产投资", "社会消费品零售总额",
            "城镇新增就业"} <= reviewed, reviewed


def test_the_scorecard_counts_2024s_targets_once(warehouse):
    # docs/connecting.md's scorecard: the 12 targets above, each judged, 8 met (办好十项民生实事
    # is no count: the gold's conventions leave out a count naming a list, 十件大事)
    assert rows(warehouse, """
        SELECT place, count(DISTINCT target_metric_id) AS n_targets,
               count(*) FILTER (WHERE latest_result) AS n_judged,
               count(*) FILTER (WHERE latest_result AND target_met) AS n_met
        FROM marts.targets_vs_actuals
        WHERE latest_target AND year(period_end) = 2024 GROUP BY ALL""") == [
        (PLACE, 12, 12, 8)]


def test_the_count_of_key_projects_is_one_series_with_its_targets(warehouse):
    # 实施省市县重点项目112个 (2023), 126个 (2024), targets 120个 (2024) and 实施重点项目130个以上
    # (2025): the same count of the county's key projects
    keys = rows(warehouse, "SELECT DISTINCT indicator_key FROM marts.metrics "
                           "WHERE indicator LIKE '%重点项目' AND unit = '个'")
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("fragment", "unit"), _known(
    sorted(TARGETS_2025), {("重点项目", "元"): PROJECT_INVESTMENT}))
def test_each_2025_target_meets_the_half_year_as_progress(warehouse, fragment, unit):
    target, progress = TARGETS_2025[fragment, unit]
    judged = _keyed(_judged(warehouse, YEAR_2025), fragment, unit)
    assert judged is not None and _rounded(judged) == _rounded(
        (target, REPORT_2025, progress, NEWS_H1, None, None, None))


def test_the_summer_harvest_is_no_progress_of_the_years_grain(warehouse):
    grain = _keyed(_judged(warehouse, YEAR_2025), _grain_key(warehouse), "吨")
    assert grain is not None and _rounded(grain) == (860000.0, REPORT_2025, None, None, None,
                                                     None, None)


def test_a_report_never_judges_its_new_targets_by_its_own_review(warehouse):
    assert rows(warehouse, """
        SELECT indicator_key, target_value, actual_value FROM marts.targets_vs_actuals
        WHERE target_doc_id = actual_doc_id""") == []


def test_each_target_is_counted_once(warehouse):
    assert rows(warehouse, """
        SELECT indicator_key, target_unit, period_start, count(DISTINCT target_metric_id)
        FROM marts.targets_vs_actuals WHERE latest_target GROUP BY ALL
        HAVING count(DISTINCT target_metric_id) <> 1""") == []


def _top_themes(warehouse: Path, source_file: str) -> list[str]:
    return [t for (t,) in rows(warehouse, """
        SELECT t.theme FROM marts.document_themes AS t JOIN marts.documents AS d USING (doc_id)
        WHERE d.source_file = ? ORDER BY t.rank""", [source_file])]


RURAL = "区域协调/乡村振兴"  # the taxonomy's 乡村振兴, under 区域协调 (themes.yaml)


@pytest.mark.parametrize("source_file", [REPORT_2024, REPORT_2025])
def test_a_county_reports_themes_are_the_countys(warehouse, source_file):
    themes = _top_themes(warehouse, source_file)
    assert RURAL in themes[:3], themes
    assert "区域协调" in themes, themes  # 县域经济, 以县城为重要载体的城镇化


@pytest.mark.parametrize("year", [2024, 2025])
def test_each_years_leading_themes_are_the_economy_and_the_countryside(warehouse, year):
    leading = [theme for (theme,) in rows(warehouse, """
        SELECT theme FROM marts.theme_trends WHERE year(month) = ? AND parent_theme IS NULL
        GROUP BY theme ORDER BY sum(n_mentions) DESC, theme LIMIT 3""", [year])]
    assert {"经济运行", "区域协调"} <= set(leading), leading
    silent = rows(warehouse, """
        SELECT month FROM marts.theme_trends AS t
        WHERE year(month) = ? AND theme = ? AND n_mentions = 0 AND EXISTS (
            SELECT 1 FROM marts.documents AS d
            WHERE date_trunc('month', d.published_on) = t.month)""", [year, RURAL])
    assert silent == []  # every month with a document speaks of the countryside


FURNITURE = {"泓阳", "泓阳县", "全县", "本县", "县长", "代表", "各位代表", "同比", "比上年",
             "增长", "亿元", "万元", "统计局", "公报", "初步核算", "其中", "首页", "统计数据",
             "网站地图", "主办", "发布时间", "浏览次数", "来源", "政府工作报告"}


@pytest.mark.parametrize("year", [2024, 2025])
def test_each_years_keywords_are_the_countys_subjects_not_furniture(warehouse, year):
    top = [k for (k,) in rows(warehouse, """
        SELECT keyword FROM marts.keyword_trends WHERE year(month) = ?
        GROUP BY keyword ORDER BY sum(weight_sum) DESC, keyword LIMIT 20""", [year])]
    assert not (FURNITURE | TOWNS) & set(top), top
    assert {"高标准农田", "粮食"} & set(top), top
    assert {"县城", "县域经济"} & set(top), top


def test_the_web_pages_navigation_and_footer_are_no_keywords(warehouse):
    # 首页 > 统计数据 > 统计公报 above the bulletin, 主办：… 网站地图 below it
    keywords = {k for (k,) in rows(warehouse, """
        SELECT k.keyword FROM marts.keywords AS k JOIN marts.documents AS d USING (doc_id)
        WHERE d.source_file = ?""", [BULLETIN_2024])}
    assert not {"首页", "统计数据", "网站", "地图", "网站地图", "主办"} & keywords, keywords


def _policy_terms(warehouse: Path, source_file: str) -> set[str]:
    return {t for (t,) in rows(warehouse, """
        SELECT p.term FROM marts.policy_terms AS p JOIN marts.documents AS d USING (doc_id)
        WHERE d.source_file = ?""", [source_file])}


def test_the_reports_strategies_and_slogans_are_policy_terms(warehouse):
    assert {"乡村振兴", "二次创业"} <= _policy_terms(warehouse, REPORT_2024)
    assert {"乡村振兴", "十四五"} <= _policy_terms(warehouse, REPORT_2025)
