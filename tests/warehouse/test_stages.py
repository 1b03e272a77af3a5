"""The stage runner's commits: several batches per transaction, nothing lost or duplicated when
a run dies between commits."""

import os
import shutil

import duckdb
import pytest

from pipelines.domain import versions
from pipelines.domain.keywords import (
    GENERAL_WEIGHTS_PATH,
    MEASURES_PATH,
    STOPLIST_PATH,
    SURNAMES_PATH,
)
from pipelines.warehouse import Warehouse, stages
from pipelines.warehouse.ingest import ingest
from pipelines.warehouse.marts import TARGETS_FILE, build_keywords
from tests.conftest import SEEDS

TABLES = ("sentences", "tokens", "term_counts", "metrics", "theme_hits", "policy_terms")


def _ingested(tmp_path, source) -> Warehouse:
    wh = Warehouse(tmp_path / "w.duckdb")
    with wh.writer() as conn:
        ingest(conn, source)
    return wh


def _dump(wh: Warehouse) -> dict[str, list]:
    with wh.writer() as conn:
        out = {t: conn.execute(f"SELECT * FROM core.{t} ORDER BY ALL").fetchall() for t in TABLES}
        out["stage_state"] = conn.execute(
            "SELECT doc_id, stage, version, n_rows FROM core.stage_state ORDER BY ALL").fetchall()
    return out


def _run(wh: Warehouse, **kw) -> dict:
    # one document per batch (the seed pages are 4-25k characters)
    return stages.run_stages(wh, stages.pipeline_stages(), workers=1, batch_chars=1, **kw)


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    wh = _ingested(tmp_path_factory.mktemp("ref"), SEEDS)
    _run(wh)  # default: everything in one commit
    return _dump(wh)


def test_commits_every_few_batches_give_the_same_rows(seed_copy, tmp_path, reference):
    wh = _ingested(tmp_path, seed_copy)
    summaries = _run(wh, commit_chars=1)  # a commit after every batch
    assert summaries["clean"].documents == 5
    assert _dump(wh) == reference


def test_a_run_dying_between_commits_keeps_what_was_committed(seed_copy, tmp_path, reference,
                                                              monkeypatch):
    wh = _ingested(tmp_path, seed_copy)
    real_write, calls = stages._write, []

    def dies_on_the_fourth_batch(*args):
        calls.append(1)
        if len(calls) == 4:
            raise RuntimeError("killed")
        return real_write(*args)

    monkeypatch.setattr(stages, "_write", dies_on_the_fourth_batch)
    with pytest.raises(RuntimeError, match="killed"):
        # commits after the 2nd batch (each seed page is over 4,000 characters)
        _run(wh, commit_chars=8_000)
    with duckdb.connect(str(wh.working_path), read_only=True) as conn:
        done = conn.execute("SELECT count(DISTINCT doc_id) FROM core.stage_state").fetchone()[0]
        sentences = conn.execute("SELECT count(DISTINCT doc_id) FROM core.sentences").fetchone()
    assert done == 2 and sentences == (2,)  # the third batch was not committed
    monkeypatch.setattr(stages, "_write", real_write)
    summaries = _run(wh)
    assert summaries["clean"].documents == 3  # only the rest is computed again
    assert _dump(wh) == reference


def test_documents_counted_by_the_tokens_stage_still_get_keywords(seed_copy, tmp_path):
    wh = _ingested(tmp_path, seed_copy)
    _run(wh)
    with wh.writer() as conn:
        assert build_keywords(conn)[0]
        assert not build_keywords(conn)[0]  # nothing changed: nothing recomputed
    (seed_copy / "new.txt").write_text(
        "低空经济加快发展。全市新建无人机起降点120个，低空飞行服务站建成投用。", encoding="utf-8")
    with wh.writer() as conn:
        ingest(conn, seed_copy)
    _run(wh)  # the tokens stage counts the new document's keyword candidates
    with wh.writer() as conn:
        assert build_keywords(conn)[0]
        new_doc = conn.execute("SELECT doc_id FROM core.documents "
                               "WHERE source_file = 'new.txt'").fetchone()[0]
        incremental = conn.execute("SELECT * FROM core.keywords ORDER BY ALL").fetchall()
        assert any(row[0] == new_doc for row in incremental)
        # the same keywords as counting every document from scratch
        conn.execute("DELETE FROM core.term_counts")
        conn.execute("DELETE FROM core.term_documents")
        conn.execute("DELETE FROM core.corpus_state WHERE product = 'keywords'")
        assert build_keywords(conn)[0]
        assert conn.execute("SELECT * FROM core.keywords ORDER BY ALL").fetchall() == incremental


def test_a_started_pool_has_a_warm_single_threaded_worker(tmp_path):
    stages.start_worker_pool(2)
    try:
        assert stages.pool_started()
        pool = stages.worker_pool(2)  # waits for the start
        assert len(pool._processes) == 1  # the others start when batches come
        assert pool.submit(os.getenv, "POLARS_MAX_THREADS").result() == "1"
        wh = _ingested(tmp_path, SEEDS)
        # one batch: it goes to the started worker
        summaries = stages.run_stages(wh, stages.pipeline_stages(), workers=2, batch_chars=10**9)
        assert summaries["clean"].documents == len(list(SEEDS.glob("*.txt")))
    finally:
        stages.shutdown_worker_pool()
    assert not stages.pool_started()
    stages.start_worker_pool(1)  # one worker: batches run in the run process, no pool
    assert not stages.pool_started()


def test_every_data_file_is_part_of_a_version():
    """A user's edit of any word list reaches the stored rows: each file under pipelines/data/
    is hashed into the version of a stage that reads it (the keyword stoplist into the keyword
    counts' version, with the surnames of speakers, the general weights and the measures of the
    scoring;
    targets.yaml is read by the model at every update, see test_model)."""
    covered = set(versions.data_files(*(p for parts in stages.STAGE_DATA.values() for p in parts)))
    covered.update({STOPLIST_PATH, SURNAMES_PATH, GENERAL_WEIGHTS_PATH, MEASURES_PATH,
                    TARGETS_FILE})
    assert set(versions.data_files("")) == covered


def test_an_edited_word_list_is_a_new_version(tmp_path, monkeypatch):
    """Editing a data file changes the version of the stages that read it, so the next run
    reprocesses every document with the edited list; other stages keep their version."""
    data = tmp_path / "data"
    shutil.copytree(versions.DATA_DIR, data)
    monkeypatch.setattr(versions, "DATA_DIR", data)
    before = {name: versions.with_data("v", *parts) for name, parts in stages.STAGE_DATA.items()}
    assert stages.THEMES.version.startswith(before["themes"].replace("v@", f"{versions.THEMES}@"))
    with open(data / "themes.yaml", "a", encoding="utf-8") as fh:
        fh.write("\n# a user's note\n")
    after = {name: versions.with_data("v", *parts) for name, parts in stages.STAGE_DATA.items()}
    assert [n for n in before if before[n] != after[n]] == ["themes"]


def test_rows_written_after_a_publication_are_checked_even_if_the_clock_went_back(tmp_path):
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.txt").write_text("2023年全年新建充电桩6万个，同比增长5.3%。", encoding="utf-8")
    wh = _ingested(tmp_path, source)
    with wh.transaction() as conn:  # published "in the future": the clock was set back since
        conn.execute("INSERT OR REPLACE INTO core.corpus_state "
                     "VALUES ('published', '0', now()::TIMESTAMP + INTERVAL 1 HOUR)")
    _run(wh)
    with wh.writer() as conn:
        assert conn.execute("SELECT count(*) FROM core.unverified_documents").fetchone()[0] == 1


def test_keyword_counts_follow_their_word_lists(tmp_path, monkeypatch):
    """The stored keyword candidate counts are recounted when a list the candidate filter reads
    is edited: the stoplist, the surnames and the place names (places are no keywords); and
    rescored when the general weights or the measures are."""
    from pipelines.warehouse.marts import keyword_counts_version

    data = tmp_path / "data"
    shutil.copytree(versions.DATA_DIR, data)
    monkeypatch.setattr(versions, "DATA_DIR", data)
    before = keyword_counts_version.__wrapped__()
    seen = {before}
    edits = (("keyword_stoplist.txt", "新地名"), ("keyword_surnames.txt", "新地名"),
             ("metrics/places.txt", "新地名"), ("keyword_general_weights.txt", "新词\t0.5"),
             ("keyword_measures.txt", "新指标"))
    for name, line in edits:
        with open(data / name, "a", encoding="utf-8") as fh:
            fh.write(f"\n{line}\n")
        seen.add(keyword_counts_version.__wrapped__())
    assert len(seen) == 6


def test_a_document_failing_a_stage_after_cleaning_shows_as_failed(seed_copy, tmp_path,
                                                                   monkeypatch):
    """Cleaning marks the documents it read 'ok'; a stage failing later in the same batch must
    leave the document 'failed' with its error, not be covered by that."""
    from pipelines.domain import batches

    real = batches.metrics_batch

    def fails_the_first(docs, *args, **kw):
        result = real(docs, *args, **kw)
        result.failures.append((docs[0][0], "metric extraction failed: boom"))
        return result

    monkeypatch.setattr(batches, "metrics_batch", fails_the_first)
    wh = _ingested(tmp_path, seed_copy)
    _run(wh)
    with wh.writer() as conn:
        shown = conn.execute("SELECT status, error, count(*) FROM core.documents "
                             "GROUP BY ALL ORDER BY ALL").fetchall()
        kept = conn.execute("SELECT count(*) FROM core.stage_state "
                            "WHERE stage = 'metrics' AND n_rows = -1").fetchone()[0]
    assert shown == [("failed", "metric extraction failed: boom", 5)]  # one per batch
    assert kept == 5
