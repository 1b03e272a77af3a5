"""Sentences passed without their offset maps (expanded only where a metric is) give the same
metrics as sentences carrying them: seeds, a run-on page and numbers cut by a line break."""

from datetime import date

from pipelines.domain.analysis import document_metrics
from pipelines.domain.cleaning import clean_document
from pipelines.domain.offsets import encode_runs
from tests.conftest import SEEDS


def _both(raw: str, doc_date: date | None) -> tuple[list, list]:
    sents = clean_document(raw).sentences
    bare = [s.model_copy(update={"raw_index": ()}) for s in sents]
    runs = {s.sent_no: encode_runs(s.raw_index) for s in sents}
    return document_metrics(raw, sents, doc_date), document_metrics(raw, bare, doc_date, runs)


def test_seed_pages_with_offsets_expanded_on_demand():
    for path in sorted(SEEDS.glob("0*.txt")):
        full, lazy = _both(path.read_text(encoding="utf-8"), date(2024, 6, 1))
        assert full and lazy == full


def test_run_on_page_and_line_broken_numbers():
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    run_on = "\n\n".join(t.replace("。", " ") for t in seeds[:2])
    full, lazy = _both(run_on, date(2023, 7, 1))
    assert full and lazy == full
    broken = "全年地区生产总值增长\n\n5.3%，新建充电桩6\n\n万个。"
    full, lazy = _both(broken, date(2023, 7, 1))
    assert [m.quote for m in lazy] == [m.quote for m in full] == ["5.3%"]  # joined across lines
    assert [(m.char_start, m.char_end) for m in lazy] == [(m.char_start, m.char_end) for m in full]
    for m in lazy:
        assert broken[m.char_start : m.char_end] == m.quote
