"""A page in Traditional script reads as the same page in Simplified: the sentences are read
converted, and so must be what extraction reads from the page itself (a text table's header
with its unit, 萬標箱 / 萬噸; a heading's 目標; a title's period). Held-out pages written in
Simplified, converted character by character with OpenCC, give the same metrics; only the
quotes differ (cut from the page as it is written)."""

from collections import Counter
from datetime import date

import opencc
import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.evaluation import load_reference_dates
from tests.domain.metrics.support import HELDOUT


def _metrics(text: str, published_on: date | None) -> Counter:
    return Counter((m.char_start, m.char_end, m.value, m.unit, m.indicator, m.subject, m.kind,
                    m.qualifier, m.period_start, m.period_end)
                   for m in analyse_document(text, published_on=published_on).metrics)


@pytest.mark.parametrize("prefix", [
    "h28_",  # a plan's midterm review: goals under headings, a table of indicators
    "h35_",  # a transport release: a table whose header gives the unit (万标箱)
    "h57_",  # a ports release: a thing table (ports by measures with units)
])
def test_a_page_in_traditional_script_gives_the_same_metrics(prefix):
    (path,) = HELDOUT.glob(f"{prefix}*.txt")
    published_on = load_reference_dates(HELDOUT / "documents.yaml")[path.name]
    simplified = path.read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(simplified)
    assert traditional != simplified and len(traditional) == len(simplified)
    assert _metrics(traditional, published_on) == _metrics(simplified, published_on)


def test_quotes_are_cut_from_the_page_as_written():
    (path,) = HELDOUT.glob("h57_*.txt")
    traditional = opencc.OpenCC("s2t").convert(path.read_text(encoding="utf-8"))
    found = analyse_document(traditional, published_on=date(2025, 11, 20)).metrics
    assert found and all(traditional[m.char_start : m.char_end] == m.quote for m in found)
