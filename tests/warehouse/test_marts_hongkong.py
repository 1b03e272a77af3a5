"""Hong Kong in Traditional script as an analyst loads it (QA round 15,
tests/fixtures/hongkong_2024/):
two consecutive budget speeches of the Financial Secretary (2024-25 as a UTF-8 text, 2025-26 as a
Word document), a Ming Pao piece on the third quarter's GDP (Big5 bytes, dated by its masthead:
the manifest leaves its date empty) and a budget annex cut off mid-download (a damaged .docx).
Invented, realistic texts, trimmed from the QA corpus.

What the warehouse derives from them is Simplified (keywords, policy terms), free of the
Traditional page's furniture (a two-character masthead and its dateline, 明报 and 专讯), a
ratio's fragment (以一比) and a news story's prose; the Greater Bay Area's cooperation zone
and Hong Kong's development area are policy terms unquoted; the damaged file is reported
with its reason."""

from datetime import date
from pathlib import Path

import pytest

from tests.support.fixture_corpora import build_fixture, rows

BUDGET_2024, BUDGET_2025 = "hk_budget_2024.txt", "hk_budget_2025.docx"
NEWS, ANNEX = "mingpao_2024q3_big5.txt", "budget_annex_2025.docx"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory, "hongkong_2024")


def test_every_file_is_read_in_its_format_and_the_damaged_one_is_reported(warehouse):
    assert rows(warehouse, "SELECT source_file, published_on, script, encoding, status "
                            "FROM marts.documents ORDER BY source_file") == [
        (ANNEX, None, None, None, "failed"),
        (BUDGET_2024, date(2024, 2, 28), "traditional", "utf-8", "ok"),
        (BUDGET_2025, date(2025, 2, 26), "traditional", "docx", "ok"),
        (NEWS, date(2024, 11, 16), "traditional", "big5", "ok"),
    ]
    [(status, error)] = rows(warehouse, "SELECT status, error FROM marts.source_files "
                                         "WHERE source_file = ?", [ANNEX])
    assert status == "failed" and error.startswith("damaged .docx"), error


def _keywords(warehouse: Path, source_file: str) -> list[str]:
    return [k for (k,) in rows(warehouse, """
        SELECT k.keyword FROM marts.keywords AS k JOIN marts.documents AS d USING (doc_id)
        WHERE d.source_file = ? ORDER BY k.rank""", [source_file])]


def test_keywords_are_simplified_subjects_not_the_pages_furniture(warehouse):
    news, budget = _keywords(warehouse, NEWS), _keywords(warehouse, BUDGET_2024)
    furniture = {"明报", "专讯", "合计", "调整", "学者", "步伐", "季节性", "私人", "以一比",
                 "财政司"}
    assert not furniture & (set(news) | set(budget) | set(_keywords(warehouse, BUDGET_2025)))
    assert {"楼市", "餐饮业", "住宅"} <= set(news), news
    assert {"盛事", "新型工业化", "赤字"} <= set(budget), budget
    assert "樓市" not in news  # derived columns are Simplified (docs/connecting.md)
    assert rows(warehouse, "SELECT n_documents FROM marts.keyword_trends "
                            "WHERE keyword = '楼市' AND month = DATE '2024-11-01'") == [(1,)]


def test_the_bay_areas_zones_and_the_northern_metropolis_are_policy_terms(warehouse):
    terms = rows(warehouse, """
        SELECT d.source_file, p.term, p.kind FROM marts.policy_terms AS p
        JOIN marts.documents AS d USING (doc_id)
        WHERE p.term IN ('北部都会区', '河套深港科技创新合作区') ORDER BY ALL""")
    assert terms == [
        (BUDGET_2024, "北部都会区", "lexicon"),
        (BUDGET_2025, "北部都会区", "lexicon"),
        (BUDGET_2025, "河套深港科技创新合作区", "lexicon"),
    ]


def test_the_budgets_growth_forecast_meets_its_results_in_hong_kong_dollars_and_places(warehouse):
    # (metrics round 15: a budget naming 香港 once has Hong Kong for its home by 本港 / 访港; its
    # bare 亿元 are 港元; real economic growth is GDP's growth; a revised forecast is one goal)
    pairs = rows(warehouse, "SELECT t.indicator_key, t.place, t.period_start, t.target_value, "
                 "t.actual_value, d.source_file FROM marts.targets_vs_actuals t "
                 "JOIN marts.documents d ON d.doc_id = t.actual_doc_id "
                 "WHERE t.actual_value IS NOT NULL AND t.indicator_key = '地区生产总值' "
                 "ORDER BY d.source_file, t.actual_value")
    assert ("地区生产总值", "香港", date(2024, 1, 1), 2.5, 2.5, BUDGET_2025) in pairs, pairs
    assert {p[1] for p in pairs} == {"香港"}
    units = rows(warehouse, "SELECT DISTINCT unit FROM marts.metrics WHERE unit LIKE '%元'")
    assert units == [("港元",)], units
    places = rows(warehouse, "SELECT source_file, place FROM marts.documents "
                  "WHERE status = 'ok' ORDER BY source_file")
    assert places == [(BUDGET_2024, "香港"), (BUDGET_2025, "香港"), (NEWS, "香港")], places
