"""A text table's cells are read once per document, however the sentences' raw spans overlap.

A page read column by column (``pdftotext -layout`` of a newspaper page: two columns side by
side, a table standing across the page among their rows) gives sentences whose characters
come from the foot of the left column and the head of the right one: such a sentence's raw
span runs over every row between, the table's among them. The table's cells are the
characters of its own rows' sentences, and are read there only: by the single-document path
(``document_metrics``) and by the batch path (``metrics_batch``) alike, whichever sentence
comes first in reading order.
"""

from collections import Counter
from datetime import date

import pytest

from pipelines.domain import batches
from pipelines.domain.analysis import document_metrics
from pipelines.domain.records import Sentence
from tests.domain.metrics.support import sentence_frame

DAY = date(2025, 4, 25)
TITLE = "公司2024年度经营情况"
LEFT = ("报告期内，公司坚持绿色制造，全面", "推进节能降碳工作，经营稳中有进。",
        "全年安全生产投入1.86亿元，同比增")
RIGHT = ("长8.3%；开展应急演练214次。员工", "志愿服务时长累计1.9万小时，参与", "员工3150人次。")
TABLE = ("指标          单位        2024年        同比增长（%）",
         "营业收入      亿元        86.42         12.6",
         "研发投入      亿元        4.37          5.1")
CELLS = ("86.42", "12.6", "4.37", "5.1")
COLUMN_WIDTH = 34  # display width of the left column and the gap after it


def _beside(left: str, right: str) -> str:
    """A row of the two columns, the right one at the same display position on every row."""
    width = sum(2 if ord(c) > 0x2E7F else 1 for c in left)
    return left + " " * (COLUMN_WIDTH - width) + right


# the page's lines: the title, two rows of the columns, the table across the page, a third row
LINES = (TITLE, "", _beside(LEFT[0], RIGHT[0]), _beside(LEFT[1], RIGHT[1]), *TABLE,
         _beside(LEFT[2], RIGHT[2]))
RAW = "\n".join(LINES) + "\n"
# each sentence as the column reading gives it: (line, its text there) of each of its pieces
COLUMN_SENTENCES = (
    [(2, LEFT[0]), (3, LEFT[1])],
    [(7, LEFT[2]), (2, "长8.3%；")],  # foot of the left column, head of the right: spans the table
    [(2, "开展应急演练214次。")],
    [(2, "员工"), (3, RIGHT[1]), (7, RIGHT[2])],  # down the right column, over the table too
)
TABLE_SENTENCES = tuple([(4 + k, row)] for k, row in enumerate(TABLE))


def _offsets(pieces: list[tuple[int, str]]) -> tuple[int, ...]:
    """The raw offset of every character of the pieces (each found once in its line)."""
    out: list[int] = []
    for line, text in pieces:
        assert LINES[line].count(text) == 1, text
        at = sum(len(x) + 1 for x in LINES[:line]) + LINES[line].index(text)
        out += range(at, at + len(text))
    return tuple(out)


def _sentences(table_first: bool) -> list[Sentence]:
    """The page's sentences in reading order: the title, then the columns' and the table's
    (``table_first``: the table's rows before the columns)."""
    body = ([*TABLE_SENTENCES, *COLUMN_SENTENCES] if table_first
            else [*COLUMN_SENTENCES, *TABLE_SENTENCES])
    out = [Sentence(sent_no=0, block_no=0, text=TITLE, raw_start=0, raw_end=len(TITLE),
                    is_heading=True, raw_index=tuple(range(len(TITLE))))]
    for no, pieces in enumerate(body, start=1):
        index = _offsets(pieces)
        out.append(Sentence(sent_no=no, block_no=no, text="".join(t for _, t in pieces),
                            raw_start=min(index), raw_end=max(index) + 1, raw_index=index,
                            heading_path=(TITLE,)))
    return out


def _batch(sents: list[Sentence]) -> list[dict]:
    """The batch path's metrics of the page (its sentence rows as the cleaning stage stores
    them), without the fields the batch adds."""
    frame = sentence_frame(sents)
    got = batches.metrics_batch([("d", RAW, DAY)], frame, "v").frames["metrics"]
    return got.drop("doc_id", "metric_id", "indicator_key", "extractor_version",
                    "place").to_dicts()


def test_the_page_has_sentences_whose_spans_overlap_the_table():
    sents = _sentences(table_first=False)
    table_start = RAW.index(TABLE[0])
    table_end = RAW.index(TABLE[-1]) + len(TABLE[-1])
    over = [s.sent_no for s in sents if s.raw_start < table_start and s.raw_end > table_end]
    assert len(over) == 2


@pytest.mark.parametrize("table_first", [False, True])
def test_each_cell_is_read_once_by_its_rows_sentence_in_both_paths(table_first):
    sents = _sentences(table_first)
    found = [m.model_dump() for m in document_metrics(RAW, sents, DAY)]
    quotes = Counter(m["quote"] for m in found)
    assert {q: quotes[q] for q in CELLS} == dict.fromkeys(CELLS, 1)
    rows = {s.sent_no for s in sents if s.text.startswith(("营业收入", "研发投入"))}
    assert {m["sent_no"] for m in found if m["quote"] in CELLS} == rows
    # the sentences spanning the table still read their own figures
    assert {"1.86亿元", "8.3%", "214次", "1.9万小时", "3150人次"} <= set(quotes)
    assert _batch(sents) == found
