"""Reading only the rows that matter (and the place from all first rows) gives the metrics of
reading every sentence: seeds, headings with periods, numbers cut by line breaks, run-ons."""

from datetime import date

import polars as pl

from pipelines.domain import batches
from pipelines.domain.analysis import document_metrics
from pipelines.domain.cleaning import clean_document
from pipelines.domain.metrics.candidate_pass import candidate_hint_pattern, find_candidates
from pipelines.domain.metrics.frames import slice_rows
from pipelines.domain.periods import PERIOD_HINT, find_periods
from pipelines.domain.records import Sentence
from tests.conftest import SEEDS
from tests.domain.metrics.support import (
    batch_metrics,
    heldout_batch_metrics,
    heldout_documents,
    sentence_frame,
)


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]


def _batch_metrics(docs: list[tuple[str, str, date | None]],
                   frame: pl.DataFrame | None = None) -> dict[str, list[dict]]:
    frame = batch_metrics(docs) if frame is None else frame
    return {d: frame.filter(pl.col("doc_id") == d).drop(*ADDED_BY_THE_BATCH).to_dicts()
            for d, _, _ in docs}


# what the batch adds to the extractor's fields (ids, version, the place the number is about)
ADDED_BY_THE_BATCH = ("doc_id", "metric_id", "indicator_key", "extractor_version", "place")


def _reference(raw: str, doc_date: date | None) -> list[dict]:
    return [m.model_dump() for m in document_metrics(raw, clean_document(raw).sentences,
                                                      doc_date)]


def test_batch_reads_fewer_rows_and_finds_the_same_metrics():
    pages = _pages()
    docs = [(f"p{i}", raw, date(2024, 6, 1)) for i, raw in enumerate(pages)]
    # a page without full stops (run-on sentences: every row read, in groups), numbers and
    # periods cut from their sentence by line breaks, a title year and a heading period
    docs.append(("run_on", "\n\n".join(t.replace("。", " ") for t in pages[:2]), None))
    docs.append(("broken", "2023年成都市经济运行情况\n\n一、上半年\n\n全市地区生产总值增长\n\n"
                 "5.3%，新建充电桩6\n\n万个。\n\n就业形势稳定。\n\n城镇新增就业\n\n%\n\n"
                 "全年新建绿道453公里。", None))
    found = _batch_metrics(docs)
    for doc_id, raw, doc_date in docs:
        assert found[doc_id] == _reference(raw, doc_date), doc_id
    assert sum(map(len, found.values())) > 100


def test_the_warehouse_path_gives_what_the_evaluation_scores_on_every_gold_document():
    # pipelines eval and the held-out test score analyse_document; the warehouse is written by
    # metrics_batch, which reads only the rows that may matter: on every gold document the two
    # give the same metrics (a new candidate form must reach the batch's row filter too)
    docs = heldout_documents()
    found = _batch_metrics(docs, heldout_batch_metrics())
    seeds = [(p.name, p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS.glob("0*.txt"))]
    found |= _batch_metrics(seeds)
    docs += seeds
    for doc_id, raw, doc_date in docs:
        assert found[doc_id] == _reference(raw, doc_date), doc_id
    assert sum(map(len, found.values())) > 900


def _sentences(rows: list[tuple[int, bool, str]]) -> tuple[str, list[Sentence]]:
    """(block_no, is_heading, text) rows -> raw text (rows on lines) and their sentences."""
    out, at, path = [], 0, ()
    for no, (block, heading, text) in enumerate(rows):
        index = tuple(range(at, at + len(text)))
        out.append(Sentence(sent_no=no, block_no=block, text=text, raw_start=at,
                            raw_end=at + len(text), is_heading=heading,
                            heading_path=() if heading else path, raw_index=index))
        path = (text,) if heading else path
        at += len(text) + 1
    return "\n".join(r[2] for r in rows), out


def test_line_broken_numbers_and_passed_over_rows_keep_their_context():
    raw, sents = _sentences([
        (0, True, "经济运行情况"), (1, False, "深化改革开放。"), (2, True, "回顾2022年"),
        (3, False, "全市地区生产总值增长"), (3, False, "5.3%，新建充电桩6"), (4, False, "万个。"),
        (5, True, "三、展望"), (6, False, "去年以来就业形势稳定"), (6, False, "持续推进建设"),
        (6, False, "全年城镇新增就业12万人。"), (7, False, "绿道里程增长6"),
        (7, False, "%，公园建设提速。"), (8, True, "四、明年目标"), (9, False, "力争增长6%左右。"),
    ])
    frame = sentence_frame(sents)
    for day in (date(2023, 7, 20), None):
        got = batches.metrics_batch([("d", raw, day)], frame, "v").frames["metrics"]
        want = [m.model_dump() for m in document_metrics(raw, sents, day)]
        assert got.drop(*ADDED_BY_THE_BATCH).to_dicts() == want
        # the place: the subject, else the document's own place (成都 for 成都市), or null
        assert got["place"].to_list() == [m["subject"] for m in want]  # no place is named
        assert {"5.3%", "6\n%", "12万人"} <= set(got["quote"].to_list())  # joined lines


def test_rows_without_number_or_period_are_passed_over():
    sents = pl.DataFrame({
        "doc_id": ["a"] * 7,
        "text": ["标题", "正文第一句没有数字。", "深化改革开放。", "全年增长", "5%。",
                 "持续推进建设。", "目前已建成。"],
        "is_heading": [True, False, False, False, False, False, False],
    })
    out = slice_rows(sents.with_columns(sent_no=pl.int_range(7)), 5000, 600, 200)
    # the heading, the first body sentence, a period, a number and what it was cut from,
    # and 目前 are read; 深化改革开放 and 持续推进建设 are not
    assert out.rows["text"].to_list() == ["标题", "正文第一句没有数字。", "全年增长", "5%。",
                                          "目前已建成。"]
    assert list(out.home_clauses) == [("a", 0)]


def test_a_slice_holding_a_run_on_sentence_is_read_whole():
    texts = ["标题", "深化改革开放。", "推进" * 400]
    sents = pl.DataFrame({"doc_id": ["a"] * 3, "text": texts, "is_heading": [True, False, False],
                          "sent_no": [0, 1, 2]})
    out = slice_rows(sents, 5000, 600, 200)
    assert out.rows.height == 3 and out.home_clauses == {}


def may_matter() -> pl.Expr:
    """What slice_rows reads a row for (besides headings and first rows): a candidate or a
    period hint."""
    return pl.col("text").str.contains(f"{candidate_hint_pattern()}|{PERIOD_HINT}")


def test_may_matter_holds_every_sentence_with_a_candidate_or_period():
    texts = [s.text for raw in _pages() for s in clean_document(raw).sentences]
    texts += ["3月", "1—5月", "十四五时期", "“十五”期间", "前三季度", "第一季度", "前5个月",
              "未来五年", "近年来", "年初以来", "目前", "当前", "累计", "截至2023年底", "今年"]
    flags = pl.DataFrame({"text": texts}).select(may_matter())["text"].to_list()
    needed = [bool(find_candidates(t) or find_periods(t, date(2024, 6, 1))) for t in texts]
    assert all(f for f, n in zip(flags, needed, strict=True) if n)
    assert not all(flags)  # some are passed over
    assert not pl.DataFrame({"text": ["统一推进一些工作。"]}).select(may_matter())["text"].any()


def test_metric_frame_of_rows_equals_the_frame_of_their_records():
    from pipelines.domain.metrics.frames import metric_frame

    raw = (SEEDS / "001_8fc37e39284a12bc.txt").read_text(encoding="utf-8")
    sents = clean_document(raw).sentences
    rows = document_metrics(raw, sents, date(2023, 7, 5), rows=True)
    ids = [f"d-{i}" for i in range(len(rows))]
    docs = ["d"] * len(rows)
    framed = metric_frame(rows, docs, ids, "v", batches.EXTRACTED_SCHEMA)
    assert framed.height == len(rows) > 10
    assert framed.equals(metric_frame([r.to_record() for r in rows], docs, ids, "v",
                                      batches.EXTRACTED_SCHEMA))


def test_batch_reads_the_rows_of_a_text_table_that_hold_no_unit():
    # each row a sentence of its own, its numbers without a unit or period (the unit is in the
    # title): the batch's row filter still reads it, as analyse_document does
    raw = ("主要会计数据\n\n单位：亿元\n"
           "项目        2024年        2023年        增减（%）\n"
           "营业收入        486.32        378.15        28.60\n"
           "总资产        712.08        603.44        18.00\n")
    docs = [("t", raw, date(2025, 3, 28))]
    found = _batch_metrics(docs)["t"]
    assert found == _reference(raw, date(2025, 3, 28))
    assert {m["quote"] for m in found} == {"486.32", "378.15", "28.60", "712.08", "603.44",
                                           "18.00"}
