"""The model tables are maintained per changed document: after documents are added, reprocessed,
re-dated or deleted, the incremental path gives exactly the rows of a rebuild from scratch, and
it touches only the documents that changed. Keywords likewise."""

import shutil
from datetime import date
from itertools import pairwise
from pathlib import Path

import duckdb
import polars as pl
import pytest

from pipelines.domain.keywords import keywords
from pipelines.warehouse import Warehouse
from pipelines.warehouse.marts import MART_VIEWS, MODEL_TABLES, build_keywords, build_model
from pipelines.warehouse.sqlfiles import query
from pipelines.warehouse.store import bump_generation
from tests.support.runs import built

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seeds_warehouse(tmp_path_factory) -> Path:
    """The seeds run through the real pipeline once; tests work on copies of its files."""
    root = tmp_path_factory.mktemp("model")
    source = root / "source"
    shutil.copytree(SEEDS, source)
    built(source, root / "wh" / "warehouse.duckdb")
    return root


def _copy(seeds_warehouse: Path, tmp_path: Path) -> Warehouse:
    dest = tmp_path / "wh"
    shutil.copytree(seeds_warehouse / "wh", dest)
    return Warehouse(dest / "warehouse.duckdb")


def _dump(conn: duckdb.DuckDBPyConnection) -> dict[str, list]:
    out = {f"model.{t}": conn.execute(f"SELECT * FROM model.{t} ORDER BY ALL").fetchall()
           for t in MODEL_TABLES}
    out.update({f"marts.{v}": conn.execute(f"SELECT * FROM marts.{v} ORDER BY ALL").fetchall()
                for v in MART_VIEWS})
    return out


def _full_rebuild_dump(conn: duckdb.DuckDBPyConnection) -> dict[str, list]:
    assert build_model(conn, full=True)
    return _dump(conn)


def _assert_same(incremental: dict, full: dict) -> None:
    for name in full:
        assert incremental[name] == full[name], name


DOC_TABLES = ("blocks", "sentences", "tokens", "metrics", "theme_hits", "sentence_themes",
              "document_themes", "policy_terms", "keywords", "stage_state")


def _add_copy(conn, doc_id: str, new_id: str, published_on: str) -> None:
    """A new document: every core row of ``doc_id`` under a new id, file and date."""
    conn.execute("INSERT INTO core.documents SELECT * REPLACE (? AS doc_id, "
                 "source_file || '.copy' AS source_file, ?::DATE AS published_on) "
                 "FROM core.documents WHERE doc_id = ?", [new_id, published_on, doc_id])
    conn.execute("INSERT INTO core.source_files SELECT * REPLACE (? AS doc_id, "
                 "source_file || '.copy' AS source_file) FROM core.source_files WHERE doc_id = ?",
                 [new_id, doc_id])
    for table in DOC_TABLES:
        metric_id = "replace(metric_id, $old, $new) AS metric_id, " if table == "metrics" else ""
        conn.execute(f"INSERT INTO core.{table} SELECT * REPLACE ({metric_id}$new AS doc_id) "
                     f"FROM core.{table} WHERE doc_id = $old", {"new": new_id, "old": doc_id})


def _restage(conn, doc_id: str, stage: str) -> None:
    """What a stage does when it reprocesses a document: a new finished_at."""
    conn.execute("UPDATE core.stage_state SET finished_at = finished_at + INTERVAL 1 SECOND "
                 "WHERE doc_id = ? AND stage = ?", [doc_id, stage])


def _delete(conn, doc_id: str) -> None:
    for table in (*DOC_TABLES, "source_files", "documents"):
        conn.execute(f"DELETE FROM core.{table} WHERE doc_id = ?", [doc_id])


def test_incremental_equals_full_rebuild_after_adds_changes_and_deletes(seeds_warehouse,
                                                                       tmp_path):
    wh = _copy(seeds_warehouse, tmp_path)
    with wh.writer() as conn:
        assert not build_model(conn)  # the run built it: nothing to do
        docs = [r[0] for r in conn.execute(
            "SELECT doc_id FROM core.documents ORDER BY doc_id").fetchall()]
        a, b, c, d = docs[:4]
        # added: a copy of a published in a month no document had before
        _add_copy(conn, a, "new-document-1", "2031-06-15")
        # reprocessed by the metrics stage: one metric gone, one value and indicator changed
        gone, edited = conn.execute("SELECT metric_id FROM core.metrics WHERE doc_id = ? "
                                    "AND indicator_key IS NOT NULL AND period_start IS NOT NULL "
                                    "ORDER BY metric_id LIMIT 2", [b]).fetchall()
        conn.execute("DELETE FROM core.metrics WHERE metric_id = ?", [gone[0]])
        conn.execute("UPDATE core.metrics SET value_normalized = value_normalized * 2 + 1, "
                     "indicator = indicator || '（修订）' WHERE metric_id = ?", [edited[0]])
        _restage(conn, b, "metrics")
        # re-dated by the manifest (no stage reruns): moves between months and series
        conn.execute("UPDATE core.documents SET published_on = published_on - INTERVAL 400 DAY, "
                     "published_on_source = 'manifest' WHERE doc_id = ?", [c])
        # removed from the source folder
        _delete(conn, d)
        bump_generation(conn)

        assert build_model(conn)
        changed = {r[0] for r in conn.execute("SELECT doc_id FROM model_changed").fetchall()}
        removed = {r[0] for r in conn.execute("SELECT doc_id FROM model_removed").fetchall()}
        assert changed == {"new-document-1", b, c}  # only what changed is recomputed
        assert removed == {b, c, d}
        incremental = _dump(conn)
        assert incremental["model.fact_metric"] != []
        assert not any(r[1] == d for r in incremental["model.fact_metric"])
        _assert_same(incremental, _full_rebuild_dump(conn))


def test_pipeline_run_after_folder_changes_equals_full_rebuild(seeds_warehouse, tmp_path):
    """Through the real pipeline: a new file, an edited file, a deleted file, a manifest date."""
    root = tmp_path / "run"
    shutil.copytree(seeds_warehouse, root)
    source = root / "source"
    files = sorted(source.glob("*.txt"))
    text = files[0].read_text(encoding="utf-8")
    (source / "extra.txt").write_text(text.replace("成都", "绵阳"), encoding="utf-8")
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\n全年新增就业岗位3万个。\n",
                        encoding="utf-8")
    files[2].unlink()
    manifest = source / "manifest.csv"
    lines = manifest.read_text(encoding="utf-8").splitlines()
    manifest.write_text("\n".join([*lines, "extra.txt,2030-02-01,,,"]) + "\n", encoding="utf-8")
    built(source, root / "wh" / "warehouse.duckdb")
    wh = Warehouse(root / "wh" / "warehouse.duckdb")
    with wh.reader() as reader:
        published = _dump(reader)
        months = {r[0] for r in published["model.theme_month"]}
    assert any(m.year == 2030 for m in months)  # the manifest date reached the aggregates
    with wh.writer() as conn:
        _assert_same(published, _full_rebuild_dump(conn))


def test_keywords_recount_only_changed_documents_and_match_a_full_count(seeds_warehouse,
                                                                      tmp_path):
    wh = _copy(seeds_warehouse, tmp_path)
    with wh.writer() as conn:
        assert build_keywords(conn) == (False, conn.execute(
            "SELECT count(*) FROM core.keywords").fetchone()[0])
        docs = [r[0] for r in conn.execute(
            "SELECT doc_id FROM core.documents ORDER BY doc_id").fetchall()]
        _add_copy(conn, docs[0], "new-document-2", "2024-01-01")
        _delete(conn, docs[1])
        # re-tokenised: a frequent content word of docs[2] now spelt differently
        conn.execute("UPDATE core.tokens SET word = '低空飞行器' WHERE doc_id = ? AND word = "
                     "(SELECT keyword FROM core.keywords WHERE doc_id = ? AND rank = 1)",
                     [docs[2], docs[2]])
        _restage(conn, docs[2], "tokens")
        rebuilt, n_rows = build_keywords(conn)
        assert rebuilt and n_rows > 0
        recounted = {r[0] for r in conn.execute("SELECT doc_id FROM keyword_changed").fetchall()}
        assert recounted == {"new-document-2", docs[2]}
        incremental = conn.execute("SELECT * FROM core.keywords ORDER BY ALL").fetchall()
        assert "低空飞行器" in {r[1] for r in incremental if r[0] == docs[2]}
        assert not any(r[0] == docs[1] for r in incremental)
        # the same corpus counted from scratch and scored by the domain's keywords(), the
        # reference of the warehouse's SQL scoring (sql/queries/score_keywords.sql)
        tokens = conn.execute(
            "SELECT doc_id, word, arg_min(pos, sent_no::BIGINT * 1000000 + position) AS pos, "
            "bool_or(is_stopword) AS is_stopword, count(*) AS count "
            "FROM core.tokens GROUP BY doc_id, word").pl()
        expected = keywords(tokens).sort(["doc_id", "keyword"])
        got = pl.DataFrame(incremental, schema=["doc_id", "keyword", "weight", "rank"],
                           orient="row").sort(["doc_id", "keyword"])
        assert got.rows() == expected.rows()
        conn.execute("DELETE FROM core.term_counts")
        conn.execute("DELETE FROM core.term_documents")
        conn.execute("DELETE FROM core.corpus_state WHERE product LIKE 'keyword%'")
        assert build_keywords(conn)[0]
        assert conn.execute("SELECT * FROM core.keywords ORDER BY ALL").fetchall() == incremental
        # the model picks up the new keywords for every document's summary
        build_model(conn)
        top = dict(conn.execute("SELECT doc_id, top_keywords FROM marts.document_summary")
                   .fetchall())
        assert "低空飞行器" in top[docs[2]]


def test_nothing_changed_touches_nothing(seeds_warehouse, tmp_path):
    wh = _copy(seeds_warehouse, tmp_path)
    with wh.writer() as conn:
        before = _dump(conn)
        bump_generation(conn)  # e.g. a step that rewrote nothing the model reads
        assert build_model(conn)
        assert conn.execute("SELECT count(*) FROM model_changed").fetchone()[0] == 0
        assert _dump(conn) == before
        assert not build_model(conn)


def test_an_edit_of_targets_yaml_reaches_every_indicator_at_the_next_update(seeds_warehouse,
                                                                            tmp_path, monkeypatch):
    """The words of indicators that are better lower are data (targets.yaml): the model applies
    the list to every indicator at each update, touched by a document or not."""
    from pipelines.warehouse import marts

    wh = _copy(seeds_warehouse, tmp_path)
    edited = tmp_path / "targets.yaml"
    edited.write_text("lower_is_better:\n  - 地区生产总值\n", encoding="utf-8")
    with wh.writer() as conn:
        def lower() -> set[str]:
            return {r[0] for r in conn.execute("SELECT indicator_key FROM model.dim_indicator "
                                               "WHERE lower_is_better").fetchall()}
        assert "地区生产总值" not in lower()
        monkeypatch.setattr(marts, "TARGETS_FILE", edited)
        bump_generation(conn)  # what recording a new run fingerprint does
        assert build_model(conn)
        assert conn.execute("SELECT count(*) FROM model_changed").fetchone()[0] == 0
        keys = {r[0] for r in conn.execute(
            "SELECT indicator_key FROM model.dim_indicator").fetchall()}
        assert "地区生产总值" in lower() == {k for k in keys if "地区生产总值" in k}


def test_a_warehouse_with_the_old_model_layout_is_upgraded(seeds_warehouse, tmp_path):
    """A file written before the wide fact table and the incremental bookkeeping existed: its
    schema is upgraded on open, its core data kept, and the model rebuilt from scratch."""
    wh = _copy(seeds_warehouse, tmp_path)
    with wh.writer() as conn:
        expected = _dump(conn)
    with duckdb.connect(str(wh.working_path)) as conn:
        for view in MART_VIEWS:  # the old views did not read the new columns
            conn.execute(f"DROP VIEW marts.{view}")
        for column in ("source_file", "sentence", "quote", "unit_raw", "qualifier_text",
                       "period_text", "themes", "extractor_version", "basis"):
            conn.execute(f"ALTER TABLE model.fact_metric DROP COLUMN {column}")
        for table in ("document_profile", "theme_month", "indicator_series"):
            conn.execute(f"DROP TABLE model.{table}")
        for table in ("model_documents", "term_counts", "term_documents"):
            conn.execute(f"DROP TABLE core.{table}")
        conn.execute("UPDATE core.meta SET schema_hash = 'old'")
        conn.execute("UPDATE core.corpus_state SET fingerprint = '12' WHERE product = 'model'")
    with wh.writer() as conn:
        assert build_model(conn)
        assert _dump(conn) == expected


def test_tokens_stage_counts_keyword_candidates_as_a_recount_would(seeds_warehouse, tmp_path):
    wh = _copy(seeds_warehouse, tmp_path)
    with wh.writer() as conn:
        made = conn.execute("SELECT * FROM core.term_counts ORDER BY ALL").fetchall()
        documents = conn.execute("SELECT * FROM core.term_documents ORDER BY ALL").fetchall()
        assert made and len(documents) == 5
        # the keywords step of the pipeline run found every document already counted
        conn.execute(query("keyword_documents"))
        assert conn.execute("SELECT count(*) FROM keyword_changed").fetchone() == (0,)
        # the same counts made from the stored tokens, as the keywords step makes them
        conn.execute("DELETE FROM core.term_counts")
        conn.execute("DELETE FROM core.term_documents")
        build_keywords(conn)
        assert conn.execute("SELECT * FROM core.term_counts ORDER BY ALL").fetchall() == made
        assert conn.execute("SELECT * FROM core.term_documents ORDER BY ALL").fetchall() \
            == documents


def test_targets_are_held_against_actuals_of_their_own_place_only(tmp_path):
    """Neither sentence names its place (全市, 全省): the place is each document's own, so a
    city's target meets the city's later result, never a province's."""
    texts = {
        "luoyang_2024.txt": "洛阳市2024年政府工作报告\n洛阳市人民政府\n"
                            "2024年主要预期目标是：全市城镇新增就业7万人以上。",
        "hubei_2025.txt": "湖北省2025年政府工作报告\n湖北省人民政府\n"
                          "2024年，全省城镇新增就业91.2万人。",
        "luoyang_2025.txt": "洛阳市2025年政府工作报告\n洛阳市人民政府\n"
                            "2024年，全市城镇新增就业7.3万人。",
    }
    warehouse = _built(tmp_path, texts, {"luoyang_2024.txt": "2024-02-20",
                                          "hubei_2025.txt": "2025-01-15",
                                          "luoyang_2025.txt": "2025-02-18"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        places = dict(conn.execute("SELECT source_file, any_value(place) FROM marts.metrics "
                                   "GROUP BY ALL").fetchall())
        pairs = conn.execute(
            "SELECT v.place, t.source_file, a.source_file, round(v.attainment, 3) "
            "FROM marts.targets_vs_actuals AS v "
            "JOIN marts.metrics AS t ON t.metric_id = v.target_metric_id "
            "LEFT JOIN marts.metrics AS a ON a.metric_id = v.actual_metric_id").fetchall()
    assert places == {"luoyang_2024.txt": "洛阳", "hubei_2025.txt": "湖北",
                      "luoyang_2025.txt": "洛阳"}
    assert pairs == [("洛阳", "luoyang_2024.txt", "luoyang_2025.txt", 1.043)]


def test_per_year_and_cumulative_targets_meet_actuals_of_their_basis(tmp_path):
    """每年新增 (per year) is held against one year's result, never against the five years'
    sum; 累计 (cumulative) against the sum, never against one year."""
    texts = {
        "plan_2021.txt": "洛阳市国民经济和社会发展第十四个五年规划纲要\n洛阳市人民政府\n"
                         "一、主要目标\n"
                         "“十四五”时期，全市每年新增城镇就业7万人以上，累计新增城镇就业40万人。",
        "report_2024.txt": "洛阳市2024年政府工作报告\n洛阳市人民政府\n"
                           "2023年，全市新增城镇就业7.5万人。",
        "report_2026.txt": "洛阳市2026年政府工作报告\n洛阳市人民政府\n"
                           "“十四五”时期，全市累计新增城镇就业38万人。",
    }
    warehouse = _built(tmp_path, texts, {"plan_2021.txt": "2021-03-01",
                                          "report_2024.txt": "2024-02-01",
                                          "report_2026.txt": "2026-01-20"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        metrics = conn.execute("SELECT source_file, value_normalized, kind, basis, indicator_key "
                               "FROM marts.metrics ORDER BY ALL").fetchall()
        pairs = conn.execute(
            "SELECT t.source_file, v.target_value, v.target_basis, a.source_file, "
            "v.actual_basis, round(v.attainment, 3) "
            "FROM marts.targets_vs_actuals AS v "
            "JOIN marts.metrics AS t ON t.metric_id = v.target_metric_id "
            "LEFT JOIN marts.metrics AS a ON a.metric_id = v.actual_metric_id "
            "ORDER BY ALL").fetchall()
    assert [m[:4] for m in metrics] == [
        ("plan_2021.txt", 70000.0, "target", "per_year"),
        ("plan_2021.txt", 400000.0, "target", "cumulative"),
        ("report_2024.txt", 75000.0, "actual", None),
        ("report_2026.txt", 380000.0, "count_total", "cumulative"),
    ]
    assert len({m[4] for m in metrics}) == 1  # one indicator: only the basis keeps them apart
    assert pairs == [
        ("plan_2021.txt", 70000.0, "per_year", "report_2024.txt", None, 1.071),
        ("plan_2021.txt", 400000.0, "cumulative", "report_2026.txt", "cumulative", 0.95),
    ]


def _built(tmp_path: Path, texts: dict[str, str], published: dict[str, str],
           issuers: dict[str, str] | None = None) -> Path:
    """A source folder of ``texts`` (file -> text) dated by manifest.csv (file -> date; its
    source: ``issuers``, file -> issuer), run through the real pipeline; its warehouse."""
    source = tmp_path / "source"
    source.mkdir(parents=True)
    for name, text in texts.items():
        (source / name).write_text(text, encoding="utf-8")
    rows = "".join(f"{name},{day},{(issuers or {}).get(name, '')}\n"
                   for name, day in published.items())
    (source / "manifest.csv").write_text(f"file,published_on,source\n{rows}", encoding="utf-8")
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    built(source, warehouse)
    return warehouse


def _metadata_and_metrics(warehouse: Path) -> tuple[list, list]:
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        docs = conn.execute("SELECT source_file, title, source_name, url, published_on, "
                            "published_on_source FROM marts.documents ORDER BY ALL").fetchall()
        metrics = conn.execute("SELECT * EXCLUDE (extractor_version) FROM marts.metrics "
                               "ORDER BY ALL").fetchall()
    return docs, metrics


def test_metadata_and_periods_follow_the_manifest_as_a_fresh_build_does(seeds_warehouse,
                                                                       tmp_path):
    """A date added to manifest.csv re-resolves the document's periods; a row taken out gives
    back what was detected in the text; either way the warehouse equals a build from scratch."""
    root = tmp_path / "run"
    shutil.copytree(seeds_warehouse, root)
    source, warehouse = root / "source", root / "wh" / "warehouse.duckdb"
    manifest = source / "manifest.csv"
    original = manifest.read_text(encoding="utf-8")
    before = _metadata_and_metrics(warehouse)
    edited = original.replace("000_52c9f0c1a637c8d8.txt,,", "000_52c9f0c1a637c8d8.txt,2021-05-04,")
    edited = "\n".join(line for line in edited.splitlines() if not line.startswith("003_")) + "\n"
    manifest.write_text(edited, encoding="utf-8")
    built(source, warehouse)
    fresh = tmp_path / "fresh"
    shutil.copytree(source, fresh / "source")
    built(fresh / "source", fresh / "warehouse.duckdb")
    after = _metadata_and_metrics(warehouse)
    assert after == _metadata_and_metrics(fresh / "warehouse.duckdb")
    dates = {r[0]: (r[4], r[5]) for r in after[0]}
    assert dates["000_52c9f0c1a637c8d8.txt"] == (date(2021, 5, 4), "manifest")
    assert after[1] != before[1]  # periods such as 今年 moved with the date
    manifest.write_text(original, encoding="utf-8")  # and back: the first build again
    built(source, warehouse)
    assert _metadata_and_metrics(warehouse) == before


def test_a_file_name_dates_a_text_that_gives_no_date_and_follows_a_rename(tmp_path):
    """A news page that prints no year (前三季度…) is dated by the year in its file name, so
    its periods are that year's; a date the text prints wins over its name's; renamed, the
    page's periods move with the name, and the warehouse equals a build from scratch."""
    source = tmp_path / "source"
    source.mkdir()
    page = "前三季度西安经济运行\n前三季度，全市地区生产总值同比增长4.8%。"
    (source / "西安经济_2024.txt").write_text(page, encoding="utf-8")
    (source / "20230101_印发.txt").write_text(
        "2025年3月20日 星期四\n今年全市新增就业5万人。", encoding="utf-8")
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    built(source, warehouse)

    def dated(path: Path) -> list:
        with duckdb.connect(str(path), read_only=True) as conn:
            return conn.execute(
                "SELECT d.source_file, d.published_on, d.published_on_source, m.period_start, "
                "m.period_end FROM marts.documents AS d JOIN marts.metrics AS m USING (doc_id) "
                "ORDER BY ALL").fetchall()

    assert dated(warehouse) == [
        ("20230101_印发.txt", date(2025, 3, 20), "text", date(2025, 1, 1), date(2025, 12, 31)),
        ("西安经济_2024.txt", date(2024, 12, 31), "file_name", date(2024, 1, 1),
         date(2024, 9, 30))]
    (source / "西安经济_2024.txt").rename(source / "西安经济_2023.txt")
    built(source, warehouse)
    fresh = tmp_path / "fresh"
    shutil.copytree(source, fresh / "source")
    built(fresh / "source", fresh / "warehouse.duckdb")
    assert dated(warehouse) == dated(fresh / "warehouse.duckdb")
    assert dated(warehouse)[1] == ("西安经济_2023.txt", date(2023, 12, 31), "file_name",
                                   date(2023, 1, 1), date(2023, 9, 30))


def test_theme_trends_have_every_month_and_theme_for_charts(seeds_warehouse):
    with duckdb.connect(str(seeds_warehouse / "wh" / "warehouse.duckdb"), read_only=True) as conn:
        rows = conn.execute("SELECT month, theme, n_documents, share FROM marts.theme_trends "
                            "ORDER BY month, theme").fetchall()
        stored = conn.execute("SELECT count(*), count(DISTINCT month), count(DISTINCT theme_key) "
                              "FROM model.theme_month").fetchone()
    months = sorted({r[0] for r in rows})
    themes = {r[1] for r in rows}
    assert len(themes) == stored[2] and len(rows) == len(months) * len(themes)
    assert all((b.year * 12 + b.month) - (a.year * 12 + a.month) == 1
               for a, b in pairwise(months))  # no month missing
    assert len(months) > stored[1]  # the seeds leave months without a document: filled
    quiet = [r for r in rows if r[2] == 0]
    assert quiet and all(r[3] in (None, 0.0) for r in quiet)
    with duckdb.connect(str(seeds_warehouse / "wh" / "warehouse.duckdb"), read_only=True) as conn:
        stacks = conn.execute("SELECT month, sum(share) FROM marts.theme_trends "
                              "WHERE parent_theme IS NULL GROUP BY month "
                              "HAVING sum(share) IS NOT NULL").fetchall()
        parents = conn.execute("SELECT DISTINCT theme, parent_theme FROM marts.theme_trends "
                               "WHERE parent_theme IS NOT NULL").fetchall()
    assert stacks and all(abs(total - 1) < 1e-9 for _month, total in stacks)  # a 100% stack
    assert parents and all(theme.startswith(f"{parent}/") for theme, parent in parents)


def test_each_document_says_the_place_it_speaks_for(tmp_path):
    """marts.documents.place: the place of the metrics that name none of their own, so theme and
    keyword trends can be cut by place; NULL for a text without such a metric."""
    warehouse = _built(tmp_path, {
        "hefei.txt": "合肥市2024年经济运行情况\n2024年，全市地区生产总值增长6.1%，"
                     "其中芜湖地区生产总值增长5.2%。",
        "essay.txt": "以钉钉子精神抓好落实\n抓落实要一以贯之，久久为功。",
    }, {"hefei.txt": "2025-01-20", "essay.txt": "2025-02-01"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        places = conn.execute("SELECT source_file, place FROM marts.documents "
                              "ORDER BY ALL").fetchall()
        summary = conn.execute("SELECT source_file, place FROM marts.document_summary "
                               "ORDER BY ALL").fetchall()
    assert places == summary == [("essay.txt", None), ("hefei.txt", "合肥")]


def test_a_release_naming_no_place_is_placed_by_its_issuer(tmp_path):
    """QA 17: a provincial release speaks of 全省 only; its figures are about the place its
    manifest issuer opens with (湖北省统计局), so they join the province's series. An issuer
    opening with no place of its own (国家统计局) places nothing."""
    warehouse = _built(tmp_path, {
        "hubei.txt": "1-2月份全省经济运行情况\n1-2月份，全省规模以上工业增加值同比增长7.8%。",
        "national.txt": "1-2月份国民经济运行情况\n1-2月份，规模以上工业增加值同比增长5.9%。",
    }, {"hubei.txt": "2025-03-18", "national.txt": "2025-03-17"},
        {"hubei.txt": "湖北省统计局", "national.txt": "国家统计局"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        places = conn.execute("SELECT source_file, place FROM marts.documents "
                              "ORDER BY ALL").fetchall()
        series = conn.execute("SELECT place, value_normalized FROM marts.indicator_timeseries "
                              "WHERE unit = '%' ORDER BY ALL").fetchall()
    assert places == [("hubei.txt", "湖北"), ("national.txt", None)]
    assert series == [("湖北", 7.8), (None, 5.9)]


def test_a_target_of_one_year_meets_its_year_to_date_progress_not_a_month(tmp_path):
    """QA 17: a release gives the CPI of 1-10月 (average) and of 10月份 (the month's 同比); the
    year's 2% target is held against the year to date only, marked as the latest progress."""
    warehouse = _built(tmp_path, {
        "plan.txt": "湖北省2025年政府工作报告\n2025年主要预期目标是：居民消费价格涨幅2%左右。",
        "sep.txt": "湖北省9月份经济运行情况\n前三季度，全省居民消费价格同比下降0.2%。"
                   "9月末，全省城镇调查失业率为5.0%。",
        "oct.txt": "湖北省10月份经济运行情况\n1-10月平均，全省居民消费价格比上年同期下降0.1%。"
                   "10月份，居民消费价格同比上涨0.2%。",
    }, {"plan.txt": "2025-01-20", "sep.txt": "2025-10-22", "oct.txt": "2025-11-18"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        pairs = conn.execute(
            "SELECT actual_period_start, actual_period_end, actual_value, result_scope, "
            "latest_progress FROM marts.targets_vs_actuals ORDER BY ALL").fetchall()
    year_start = date(2025, 1, 1)
    assert pairs == [(year_start, date(2025, 9, 30), -0.2, "partial", False),
                     (year_start, date(2025, 10, 31), -0.1, "partial", True)]


def test_keyword_trends_count_the_documents_of_each_month_with_the_keyword(seeds_warehouse):
    with duckdb.connect(str(seeds_warehouse / "wh" / "warehouse.duckdb"), read_only=True) as conn:
        trends = conn.execute("SELECT month, keyword, n_documents, document_share, weight_sum "
                              "FROM marts.keyword_trends ORDER BY ALL").fetchall()
        by_hand = conn.execute(
            "SELECT date_trunc('month', d.published_on)::DATE, k.keyword, count(*), sum(k.weight) "
            "FROM marts.keywords AS k JOIN marts.documents AS d USING (doc_id) "
            "WHERE d.published_on IS NOT NULL GROUP BY ALL ORDER BY ALL").fetchall()
        per_month = dict(conn.execute(
            "SELECT date_trunc('month', published_on)::DATE, count(*) FROM marts.documents "
            "WHERE published_on IS NOT NULL AND n_sentences > 0 GROUP BY ALL").fetchall())
    assert [(m, k, n) for m, k, n, _s, _w in trends] == [(m, k, n) for m, k, n, _w in by_hand]
    assert all(abs(w - hand[3]) < 1e-9 for (*_, w), hand in zip(trends, by_hand, strict=True))
    assert all(share == n / per_month[m] for m, _k, n, share, _w in trends)


def test_every_marts_view_is_in_the_contract_list(seeds_warehouse):
    """MART_VIEWS drives the Parquet export and the asset's row counts: a view left out of it
    (marts.metric_themes was) is missing from both."""
    from pipelines.warehouse.marts import MART_VIEWS

    with duckdb.connect(str(seeds_warehouse / "wh" / "warehouse.duckdb"), read_only=True) as conn:
        views = {r[0] for r in conn.execute("SELECT view_name FROM duckdb_views() "
                                            "WHERE schema_name = 'marts'").fetchall()}
    assert views == set(MART_VIEWS)


def test_series_say_when_reports_disagree_and_themes_come_as_rows(tmp_path):
    """Two reports of one figure that differ (a first estimate, a revision) are one series row
    showing the latest value, with n_values, min_value and max_value telling the analyst; a
    metric's themes are also rows (marts.metric_themes) for tools that cannot read lists."""
    warehouse = _built(tmp_path, {
        "first.txt": "成都市2024年经济运行情况\n2024年，全市地区生产总值22000亿元，"
                     "新建5G基站1万个，推动科技创新。",
        "revised.txt": "成都市2024年经济运行情况（修订）\n2024年，全市地区生产总值22074.7亿元。",
    }, {"first.txt": "2025-01-20", "revised.txt": "2025-03-01"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        series = conn.execute(
            "SELECT value_normalized, n_reports, n_values, min_value, max_value "
            "FROM marts.indicator_timeseries WHERE indicator = '地区生产总值'").fetchall()
        listed = conn.execute("SELECT metric_id, unnest(themes) FROM marts.metrics "
                              "ORDER BY ALL").fetchall()
        as_rows = conn.execute("SELECT metric_id, theme FROM marts.metric_themes "
                               "ORDER BY ALL").fetchall()
    assert series == [(2207470000000.0, 2, 2, 2200000000000.0, 2207470000000.0)]
    assert as_rows == listed and as_rows


def test_a_figure_restated_in_a_larger_magnitude_is_no_revision(tmp_path):
    """QA 16: a report's 2.21万亿元 beside the bulletins' 22000亿元 and 22074.7亿元 rounds to the
    revision: one more report, no third value; 2.3万亿元 rounds to neither and is one."""
    texts = {
        "first.txt": "成都市2024年经济运行情况\n2024年，全市地区生产总值22000亿元。",
        "revised.txt": "成都市2024年经济运行情况（修订）\n2024年，全市地区生产总值22074.7亿元。",
        "report.txt": "成都市2024年经济运行情况回顾\n2024年，全市地区生产总值2.21万亿元。",
    }
    dates = {"first.txt": "2025-01-20", "revised.txt": "2025-03-01", "report.txt": "2025-02-10"}
    query = ("SELECT value_normalized, n_reports, n_values, min_value, max_value "
             "FROM marts.indicator_timeseries WHERE indicator = '地区生产总值'")
    with duckdb.connect(str(_built(tmp_path / "a", texts, dates)), read_only=True) as conn:
        assert conn.execute(query).fetchall() == [
            (2207470000000.0, 3, 2, 2200000000000.0, 2207470000000.0)]
    texts["report.txt"] = texts["report.txt"].replace("2.21万亿元", "2.3万亿元")
    with duckdb.connect(str(_built(tmp_path / "b", texts, dates)), read_only=True) as conn:
        assert conn.execute(query).fetchall() == [
            (2207470000000.0, 3, 3, 2200000000000.0, 2300000000000.0)]


def test_growth_targets_meet_growth_results_under_any_name_and_ranges_keep_their_top(tmp_path):
    """QA 8, findings 6 and 7. 经济增速 (target) and 地区生产总值 增长 (result) are one
    indicator, as are 新增城镇就业 and 城镇新增就业: the target meets its result, and a growth
    target in % never meets the level in 亿元. A range keeps its upper end with the multiplier
    (1.5万—2万个: 20000) in marts.metrics, in the series and in the comparison."""
    texts = {
        "plan_2025.txt": "河南省2025年政府工作报告\n河南省人民政府\n"
                         "2025年主要预期目标是：全省经济增速5.5%左右，新增城镇就业110万人以上，"
                         "新建5G基站1.5万—2万个。",
        "report_2026.txt": "河南省2026年政府工作报告\n河南省人民政府\n"
                           "2025年，全省地区生产总值6.4万亿元，增长5.6%。全省城镇新增就业115万人，"
                           "新建5G基站1.8万个。",
    }
    warehouse = _built(tmp_path, texts, {"plan_2025.txt": "2025-01-15",
                                          "report_2026.txt": "2026-01-20"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        ranges = conn.execute("SELECT value, value_high, value_normalized, value_high_normalized "
                              "FROM marts.metrics WHERE value_high IS NOT NULL").fetchall()
        pairs = conn.execute(
            "SELECT t.indicator, a.indicator, v.target_value, v.target_value_high, v.actual_value, "
            "v.actual_unit, round(v.attainment, 3) "
            "FROM marts.targets_vs_actuals AS v "
            "JOIN marts.metrics AS t ON t.metric_id = v.target_metric_id "
            "LEFT JOIN marts.metrics AS a ON a.metric_id = v.actual_metric_id "
            "ORDER BY ALL").fetchall()
        series = conn.execute("SELECT value_normalized, value_high_normalized "
                              "FROM marts.indicator_timeseries WHERE kind = 'target' "
                              "ORDER BY ALL").fetchall()
    assert ranges == [(1.5, 2.0, 15000.0, 20000.0)]
    assert series == [(5.5, None), (15000.0, 20000.0), (1100000.0, None)]
    assert pairs == [
        ("新增城镇就业", "城镇新增就业", 1100000.0, None, 1150000.0, "人", 1.045),
        ("新建5G基站", "新建5G基站", 15000.0, 20000.0, 18000.0, "个", 1.2),
        ("经济增速", "地区生产总值", 5.5, None, 5.6, "%", 1.018),
    ]


def test_each_target_says_which_result_to_chart_and_whether_it_was_met(tmp_path):
    """QA 10, findings 4, 6 and 7. A target meets a progress report (partial), a work report and
    a later bulletin (full): the latest full one is marked; a growth target is met at or above
    it, a ceiling (失业率, better lower: pipelines/data/targets.yaml) or a decline at or below.
    In a series, a headline's round 突破7万亿元 neither replaces the exact figure of the same
    report nor counts as a disagreement."""
    texts = {
        "plan_2025.txt": "河南省2025年政府工作报告\n河南省人民政府\n2025年主要预期目标是："
                         "全省地区生产总值增长5.5%左右，城镇调查失业率5.5%左右，"
                         "单位地区生产总值能耗下降2.5%。",
        "q3_2025.txt": "河南省2025年前三季度经济运行情况\n"
                       "前三季度，全省地区生产总值增长5.6%。",
        "report_2026.txt": "河南省2026年政府工作报告\n河南省人民政府\n2025年，全省地区生产总值"
                           "突破7万亿元，达到70485亿元，增长5.3%，城镇调查失业率4.9%，"
                           "单位地区生产总值能耗下降3.0%。",
        "bulletin_2026.txt": "河南省2025年国民经济和社会发展统计公报\n"
                             "全年全省地区生产总值增长5.4%。",
    }
    warehouse = _built(tmp_path, texts, {"plan_2025.txt": "2025-01-15",
                                          "q3_2025.txt": "2025-10-20",
                                          "report_2026.txt": "2026-01-20",
                                          "bulletin_2026.txt": "2026-03-01"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        pairs = conn.execute(
            "SELECT target_value, actual_value, result_scope, latest_result, target_met "
            "FROM marts.targets_vs_actuals ORDER BY ALL").fetchall()
        level = conn.execute(
            "SELECT value_normalized, n_values, n_reports FROM marts.indicator_timeseries "
            "WHERE unit = '元'").fetchall()
    assert pairs == [
        (-2.5, -3.0, "full", True, True),     # a decline: met by a larger fall
        (5.5, 4.9, "full", True, True),       # unemployment: a ceiling
        (5.5, 5.3, "full", False, False),     # the work report, superseded by the bulletin
        (5.5, 5.4, "full", True, False),      # the latest full result: below the target
        (5.5, 5.6, "partial", False, None),   # progress after three quarters: not judged
    ]
    assert level == [(7048500000000.0, 1, 2)]



def test_inflation_and_a_deficit_are_ceilings(tmp_path):
    """QA 15: a forecast of inflation (通胀率, 基本通胀率) or a planned deficit (财政赤字, 综合赤字)
    is a ceiling: a lower outcome meets it (it was judged not met)."""
    texts = {
        "budget_2024.txt": "广东省2024年预算草案的报告\n广东省财政厅\n2024年主要预期目标是："
                           "全省通胀率3%左右，一般公共预算赤字安排1200亿元。",
        "final_2025.txt": "广东省2024年预算执行情况的报告\n广东省财政厅\n2024年，全省通胀率为"
                          "0.8%，一般公共预算赤字1150亿元。",
    }
    warehouse = _built(tmp_path, texts, {"budget_2024.txt": "2024-01-20",
                                          "final_2025.txt": "2025-01-20"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        pairs = conn.execute("SELECT indicator_key, target_value, actual_value, target_met "
                             "FROM marts.targets_vs_actuals ORDER BY ALL").fetchall()
    assert pairs == [("一般公共预算赤字", 1.2e11, 1.15e11, True), ("通胀率", 3.0, 0.8, True)]


def test_a_target_stated_in_several_reports_is_counted_once(tmp_path):
    """QA 14: a work report and the plan report of the same congress state the same targets, a
    later plan report restates one of them: each statement is its own target row (each with its
    source), and latest_target marks one per indicator, place, unit, basis and period, the one
    stated last, so that counting targets met counts each target once. A per-year and a
    cumulative target of one period are two targets."""
    texts = {
        "report_2024.txt": "江西省2024年政府工作报告\n江西省人民政府\n2024年主要预期目标是："
                           "全省地区生产总值增长5%左右，城镇新增就业40万人以上。",
        "plan_2024.txt": "关于江西省2024年计划草案的报告\n江西省发展和改革委员会\n"
                         "2024年主要预期目标建议为：全省地区生产总值增长5%左右，"
                         "城镇新增就业40万人以上。",
        "review_2024.txt": "关于江西省2024年计划执行情况的中期报告\n江西省发展和改革委员会\n"
                           "一、主要目标\n今年，全省城镇新增就业41万人以上。",
        "report_2025.txt": "江西省2025年政府工作报告\n江西省人民政府\n2024年，"
                           "全省地区生产总值增长5.1%，城镇新增就业42.1万人。",
    }
    warehouse = _built(tmp_path, texts, {"report_2024.txt": "2024-01-22",
                                          "plan_2024.txt": "2024-01-22",
                                          "review_2024.txt": "2024-08-20",
                                          "report_2025.txt": "2025-01-14"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        rows = conn.execute(
            "SELECT t.source_file, v.target_value, v.latest_target, v.latest_result, "
            "v.target_met FROM marts.targets_vs_actuals AS v "
            "JOIN marts.metrics AS t ON t.metric_id = v.target_metric_id "
            "ORDER BY v.target_unit, t.source_file").fetchall()
        counted = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE target_met) FROM marts.targets_vs_actuals "
            "WHERE latest_target AND latest_result").fetchone()
    growth = [r for r in rows if r[1] == 5.0]
    assert [r[2:] for r in growth].count((True, True, True)) == 1  # one of the two statements
    assert sorted(r[2] for r in growth) == [False, True]
    assert [r for r in rows if r[1] != 5.0] == [
        ("plan_2024.txt", 400000.0, False, True, True),
        ("report_2024.txt", 400000.0, False, True, True),
        ("review_2024.txt", 410000.0, True, True, True),  # the target as last stated
    ]
    assert counted == (2, 2)



def test_a_target_restated_after_its_period_does_not_replace_the_target_set_for_it(tmp_path):
    """QA 14: an audit published after the year, and after the bulletin, restates the year's
    target. Only actuals published after a statement are held against it, so the restatement
    has no result; the target counted (latest_target) is the last one stated while its period
    was running, which the bulletin judges."""
    texts = {
        "report_2024.txt": "江西省2024年政府工作报告\n江西省人民政府\n"
                           "2024年主要预期目标是：全省城镇新增就业40万人以上。",
        "bulletin_2024.txt": "江西省2024年国民经济和社会发展统计公报\n江西省统计局\n"
                             "全年全省城镇新增就业42.1万人。",
        "audit_2025.txt": "关于江西省2024年就业工作的审计报告\n江西省审计厅\n"
                          "2024年，全省城镇新增就业预期目标为40万人以上。",
    }
    warehouse = _built(tmp_path, texts, {"report_2024.txt": "2024-01-22",
                                          "bulletin_2024.txt": "2025-03-18",
                                          "audit_2025.txt": "2025-07-30"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        rows = conn.execute(
            "SELECT target_published_on, latest_target, actual_value, latest_result, target_met "
            "FROM marts.targets_vs_actuals ORDER BY ALL").fetchall()
    assert rows == [
        (date(2024, 1, 22), True, 421000.0, True, True),
        (date(2025, 7, 30), False, None, None, None),
    ]


def test_a_series_says_how_many_documents_reported_it(tmp_path):
    """QA 14: a report that gives a figure in its summary and again in its section is one
    report of it: n_reports counts the statements (metric rows), n_documents the documents."""
    texts = {
        "report_2025.txt": "江西省2025年政府工作报告\n江西省人民政府\n"
                           "2024年，全省一般公共预算收入增长1.3%。\n"
                           "一、财政\n2024年，全省一般公共预算收入增长1.3%，税收收入增长2.1%。",
        "bulletin_2024.txt": "江西省2024年国民经济和社会发展统计公报\n江西省统计局\n"
                             "全年全省一般公共预算收入比上年增长1.3%。",
    }
    warehouse = _built(tmp_path, texts, {"report_2025.txt": "2025-01-14",
                                          "bulletin_2024.txt": "2025-03-18"})
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        series = conn.execute(
            "SELECT indicator_key, value_normalized, n_reports, n_documents, sources "
            "FROM marts.indicator_timeseries ORDER BY ALL").fetchall()
    assert series == [
        ("一般公共预算收入", 1.3, 3, 2, ["bulletin_2024.txt", "report_2025.txt"]),
        ("税收收入", 2.1, 1, 1, ["report_2025.txt"]),
    ]


# Joins that compare every row with every other: a view planned with one grows with the square
# of the corpus (targets_vs_actuals did: 8 s at 100 MB). theme_trends crosses the months with the
# themes on purpose (a few hundred rows).
QUADRATIC_JOINS = ("NESTED_LOOP_JOIN", "BLOCKWISE_NL_JOIN", "CROSS_PRODUCT")
CROSSES_ON_PURPOSE = {"theme_trends"}


def test_no_view_is_planned_as_a_comparison_of_every_row_with_every_other(seeds_warehouse):
    with duckdb.connect(str(seeds_warehouse / "wh" / "warehouse.duckdb"), read_only=True) as conn:
        views = [v for (v,) in conn.execute("SELECT view_name FROM duckdb_views() "
                                            "WHERE schema_name = 'marts'").fetchall()]
        plans = {v: conn.execute(f"EXPLAIN SELECT * FROM marts.{v}").fetchall()[0][1]
                 for v in views}
    assert "targets_vs_actuals" in plans
    quadratic = {v: [j for j in QUADRATIC_JOINS if j in plan] for v, plan in plans.items()
                 if v not in CROSSES_ON_PURPOSE}
    assert {v: j for v, j in quadratic.items() if j} == {}
