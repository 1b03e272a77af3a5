from datetime import date

from pipelines.domain import batches
from pipelines.domain.analysis import document_metrics
from pipelines.domain.cleaning import clean_document
from pipelines.domain.metrics.rows import SentenceRow, sentence_rows
from pipelines.domain.offsets import encode_runs
from tests.conftest import SEEDS


def test_rows_hold_the_sentence_fields_and_act_like_records():
    raw = (SEEDS / "001_8fc37e39284a12bc.txt").read_text(encoding="utf-8")
    frame = batches.clean_batch([("d", raw)]).frames["sentences"]
    rows = sentence_rows(frame)
    records = clean_document(raw).sentences
    assert len(rows) == len(records) > 10
    for row, rec in zip(rows, records, strict=True):
        assert isinstance(row, SentenceRow) and row.raw_index == ()
        assert row._asdict() == {**rec.model_dump(), "raw_index": ()}
        assert row.raw_span(0, 1) == (row.raw_start, row.raw_start + 1)
        moved = row.model_copy(update={"text": "甲", "raw_index": (7,)})
        assert (moved.text, moved.raw_span(0, 1), moved.sent_no) == ("甲", (7, 8), row.sent_no)


def test_rows_give_the_same_metrics_as_records():
    for path in sorted(SEEDS.glob("0*.txt")):
        raw = path.read_text(encoding="utf-8")
        records = clean_document(raw).sentences
        runs = {s.sent_no: encode_runs(s.raw_index) for s in records}
        frame = batches.clean_batch([("d", raw)]).frames["sentences"]
        found = document_metrics(raw, sentence_rows(frame), date(2024, 6, 1), runs)
        assert found and found == document_metrics(raw, records, date(2024, 6, 1))


def test_metric_rows_are_the_metrics_as_tuples():
    from pipelines.domain.metrics.rows import MetricRow
    from pipelines.domain.records import Metric

    assert MetricRow._fields == tuple(Metric.model_fields)
    raw = (SEEDS / "001_8fc37e39284a12bc.txt").read_text(encoding="utf-8")
    records = clean_document(raw).sentences
    found = document_metrics(raw, records, date(2023, 7, 5), rows=True)
    assert found and all(isinstance(m, MetricRow) for m in found)
    assert [m.to_record() for m in found] == document_metrics(raw, records, date(2023, 7, 5))
    assert found[0].model_copy(update={"sent_no": -1}).sent_no == -1
