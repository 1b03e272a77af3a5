"""The worker's side of a batch: every stage a document needs, back to back, spooled to Parquet."""

from datetime import date

import polars as pl
import pytest

from pipelines.domain import batches
from pipelines.warehouse import stages, worker
from pipelines.warehouse.worker import Document, Job, run_job

ALL = worker.ALL_STAGES
TEXT = ("一、科技创新\n今年全市研发经费投入增长10%以上，新建充电桩6万个。\n"
        "加快建设现代化产业体系，推动数字经济发展。\n")


def _rows(result, stage: str, table: str) -> pl.DataFrame:
    files = result.outputs[stage].files.get(table, [])
    return pl.concat([pl.read_parquet(f) for f in files]) if files else pl.DataFrame()


def _job(tmp_path, stages=ALL, docs=None, **kw) -> Job:
    docs = docs or [Document("d1", TEXT, date(2024, 3, 1), True),
                    Document("d2", "全年地区生产总值增长5.3%。", None, False)]
    return Job(docs, frozenset(stages), str(tmp_path), "metrics-test", **kw)


def test_all_stages_in_one_pass_write_every_table(tmp_path):
    result = run_job(_job(tmp_path))
    assert set(result.outputs) == ALL
    sentences = _rows(result, "clean", "sentences")
    assert set(sentences["doc_id"]) == {"d1", "d2"}
    tokens = _rows(result, "tokens", "tokens")
    assert tokens.height == sum(result.outputs["tokens"].n_rows.values()) > 0
    metrics = _rows(result, "metrics", "metrics")
    assert {"d1", "d2"} <= set(metrics["doc_id"])
    # a manifest date wins; without one, the date cleaning found (none here) is used
    assert metrics.filter(pl.col("doc_id") == "d1")["period_start"].drop_nulls().min() == \
        date(2024, 1, 1)
    assert "科技创新" in set(_rows(result, "themes", "document_themes")["theme"])
    assert result.doc_info is not None and result.doc_info.height == 2
    assert all(f.startswith(str(tmp_path)) for f in result.files())


def test_tokens_are_spooled_a_slice_at_a_time(tmp_path, monkeypatch):
    monkeypatch.setattr(worker, "MAX_SLICE_SENTENCES", 1)
    sliced = run_job(_job(tmp_path))
    assert len(sliced.outputs["tokens"].files["tokens"]) > 2
    monkeypatch.setattr(worker, "MAX_SLICE_SENTENCES", 5_000)
    whole = run_job(_job(tmp_path))
    assert len(whole.outputs["tokens"].files["tokens"]) == 1
    for stage, table, key in [("tokens", "tokens", ["doc_id", "sent_no", "position"]),
                              ("themes", "document_themes", ["doc_id", "theme"]),
                              ("themes", "sentence_themes", ["doc_id", "sent_no"])]:
        assert _rows(sliced, stage, table).sort(key).equals(_rows(whole, stage, table).sort(key))


def test_a_document_failing_cleaning_skips_its_later_stages(tmp_path, monkeypatch):
    real = batches.clean_batch

    def failing(docs):
        result = real([d for d in docs if d[0] != "d2"])
        result.failures.append(("d2", "cleaning failed: boom"))
        return result

    monkeypatch.setattr(batches, "clean_batch", failing)
    result = run_job(_job(tmp_path))
    assert result.outputs["clean"].failures == [("d2", "cleaning failed: boom")]
    for stage in ("tokens", "metrics", "themes", "policy_terms"):
        assert result.outputs[stage].ran == ["d1"]


def test_later_stages_rerun_on_stored_rows(tmp_path):
    """An extractor upgrade reruns metrics on stored sentences; a theme upgrade, themes on
    stored tokens: the rows equal those of the full pass."""
    full = run_job(_job(tmp_path))
    sentences = _rows(full, "clean", "sentences")
    tokens = _rows(full, "tokens", "tokens")
    again = run_job(_job(tmp_path, stages={"metrics", "themes"}, sentences=sentences,
                         tokens=tokens))
    assert set(again.outputs) == {"metrics", "themes"}
    for stage, table, key in [("metrics", "metrics", ["metric_id"]),
                              ("themes", "theme_hits", ["doc_id", "sent_no", "theme"])]:
        assert _rows(again, stage, table).sort(key).equals(_rows(full, stage, table).sort(key))


@pytest.mark.parametrize("stages", [{"clean"}, {"clean", "policy_terms"}])
def test_only_the_stages_asked_for_run(tmp_path, stages):
    assert set(run_job(_job(tmp_path, stages=stages)).outputs) == stages


def test_term_counts_of_documents_cut_in_slices_are_summed(tmp_path, monkeypatch):
    from pipelines.domain.keywords import candidate_counts

    def counts(result) -> pl.DataFrame:
        return _rows(result, "tokens", "term_counts").cast(
            {"doc_id": pl.String, "word": pl.String}).sort("doc_id", "word")

    docs = [Document("d1", TEXT + "数字经济规模扩大，产业体系更加完善。\n", None, False),
            Document("d2", "全年地区生产总值增长5.3%。", None, False)]
    monkeypatch.setattr(worker, "MAX_SLICE_SENTENCES", 1)
    sliced = run_job(_job(tmp_path, docs=docs))
    monkeypatch.setattr(worker, "MAX_SLICE_SENTENCES", 5_000)
    whole = run_job(_job(tmp_path, docs=docs))
    tokens = _rows(whole, "tokens", "tokens").cast({"doc_id": pl.String, "word": pl.String,
                                                    "pos": pl.String})
    expected = candidate_counts(tokens).sort("doc_id", "word")
    assert expected.height > 5 and expected["count"].max() > 1
    assert counts(sliced).equals(expected) and counts(whole).equals(expected)


def test_slices_part_no_document_but_one_longer_than_a_slice(monkeypatch):
    """A document's sentences stay in one slice (its place names are read from all of them), so
    its tokens do not depend on the documents before it in its job; one longer than a slice is
    cut at multiples of it from its own start."""
    monkeypatch.setattr(worker, "MAX_SLICE_SENTENCES", 5)
    frame = pl.DataFrame({"doc_id": ["a"] * 3 + ["b"] * 4 + ["c"] * 12 + ["d"] * 2})
    assert [part["doc_id"].to_list() for part in worker._slices(frame)] == [
        ["a"] * 3, ["b"] * 4, ["c"] * 5, ["c"] * 5, ["c"] * 2, ["d"] * 2]
    assert [part["doc_id"].to_list() for part in worker._slices(frame.slice(3))] == [
        ["b"] * 4, ["c"] * 5, ["c"] * 5, ["c"] * 2, ["d"] * 2]


def test_warm_up_runs_every_stage_and_leaves_nothing_behind(tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    ran = []
    real = worker.run_job
    monkeypatch.setattr(worker, "run_job", lambda job: ran.append(job) or real(job))
    worker.warm_up()
    assert [job.stages for job in ran] == [ALL]
    assert {stage.name for stage in stages.pipeline_stages()} == ALL  # every stage, no other
    assert list(tmp_path.iterdir()) == []  # its spool is gone
