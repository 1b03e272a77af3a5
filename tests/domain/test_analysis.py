"""analyse_document (what `pipelines eval` and the gold tests score) reads a page as the batch
stages that write the warehouse do: markup as text, the date also from the page's head."""

from datetime import date

import polars as pl

from pipelines.domain import batches
from pipelines.domain.analysis import analyse_document

# dated only in a header line whose spaces cleaning removes
HEADER_DATED = ("某行业2025年上半年回顾\n发布单位：某行业协会（ABC）　2025.07.24　北京\n\n"
                "上半年，全国多晶硅产量60.5万吨，同比下降39.8%。\n")
HTML_PAGE = ("<html><head><title>某区数字经济发展情况</title></head><body>"
             "<h1>某区数字经济发展情况</h1><p>来源：某区管委会&nbsp;&nbsp;2025年10月20日</p>"
             "<p>前三季度，全区数字经济核心产业营业收入4126.5亿元，同比增长11.2%。</p>"
             "</body></html>\n")


def _batch(raw: str) -> tuple[date | None, list[tuple]]:
    cleaned = batches.clean_batch([("d", raw)])
    found = cleaned.frames["doc_info"].row(0, named=True)["detected_date"]
    frame = batches.metrics_batch([("d", raw, found)], cleaned.frames["sentences"], "v")
    metrics = frame.frames["metrics"].sort("char_start")
    return found, metrics.select("quote", "value", "unit", "period_start").rows()


def _reference(raw: str) -> tuple[date | None, list[tuple]]:
    doc = analyse_document(raw)
    rows = pl.DataFrame([m.model_dump() for m in doc.metrics]).sort("char_start")
    return doc.doc_date, rows.select("quote", "value", "unit", "period_start").rows()


def test_a_date_only_in_the_page_head_is_found_by_both_paths():
    found, metrics = _batch(HEADER_DATED)
    assert found == date(2025, 7, 24)
    assert _reference(HEADER_DATED) == (found, metrics)
    assert len(metrics) == 2


def test_an_html_page_gives_both_paths_the_same_date_and_metrics():
    found, metrics = _batch(HTML_PAGE)
    assert found == date(2025, 10, 20)
    assert _reference(HTML_PAGE) == (found, metrics)
    assert [q for q, *_ in metrics] == ["4126.5亿元", "11.2%"]
