"""The same page written another way reads the same. In Traditional script, in its standard,
Hong Kong or Taiwan character forms: the sentences are read converted, and so must be what
extraction reads from the page itself (a text table's header with its unit, 萬標箱 / 萬噸; a
heading's 目標; a title's period). With Windows line ends (CRLF): a paragraph still ends at a
blank line. Held-out pages, converted character by character, give the same metrics; only the
quotes differ (cut from the page as it is written)."""

import re
from collections import Counter
from datetime import date

import opencc
import pytest

from pipelines.domain.analysis import analyse_document
from pipelines.domain.evaluation import load_reference_dates
from tests.domain.metrics.support import HELDOUT


def _metrics(text: str, published_on: date | None) -> Counter:
    return Counter((m.value, m.unit, m.indicator, m.subject, m.kind, m.qualifier,
                    m.period_start, m.period_end)
                   for m in analyse_document(text, published_on=published_on).metrics)


def _traditional(text: str, config: str = "s2t") -> str:
    return opencc.OpenCC(config).convert(text)


def _hong_kong(text: str) -> str:  # Hong Kong's character forms (衞生, 綫, 着)
    return _traditional(text, "s2hk")


def _taiwan(text: str) -> str:  # Taiwan's character forms (臺, 裡, 爲)
    return _traditional(text, "s2tw")


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _indented(text: str) -> str:  # paragraphs indented with two ideographic spaces, as Word prints
    return _PARAGRAPH_START.sub("\u3000\u3000", text)


# a paragraph's first line: the text's first, or one after a blank line or a sentence's end
_PARAGRAPH_START = re.compile(r"(?:\A|(?<=\n\n)|(?<=[。！？：；]\n))(?=[^\s])")


@pytest.mark.parametrize(("prefix", "rewrite"), [
    ("h28_", _traditional),  # a plan's midterm review: goals under headings, indicator tables
    ("h35_", _traditional),  # a transport release: a table whose header gives the unit (万标箱)
    ("h57_", _traditional),  # a ports release: a thing table (ports by measures with units)
    ("h27_", _hong_kong),  # a health bulletin: 医疗卫生机构 written 醫療衞生機構
    ("h23_", _taiwan),  # a price release
    ("h30_", _crlf),  # a labour force release: 与一年前比较 in later paragraphs
    ("h52_", _crlf),  # a company's results: a payout's base (以总股本84.2亿股计算) undated
    ("h194_", _crlf),  # a form dated by its title (the paragraph before it ends at a blank line)
    ("h195_", _crlf),  # records of figures with their units (期限  操作利率  投标量  中标量)
    ("h191_", _crlf),  # a bureau named alone on the first line is the home (云南省应急管理厅)
    ("h188_", _traditional),  # a tender's scope line (建設規模：) sets what it buys
    ("h189_", _indented),  # an indented numbered section (三、2025年度业绩预告) dates its table
])
def test_a_page_written_another_way_gives_the_same_metrics(prefix, rewrite):
    (path,) = HELDOUT.glob(f"{prefix}*.txt")
    published_on = load_reference_dates(HELDOUT / "documents.yaml")[path.name]
    text = path.read_text(encoding="utf-8")
    assert rewrite(text) != text
    assert _metrics(rewrite(text), published_on) == _metrics(text, published_on)


def test_quotes_are_cut_from_the_page_as_written():
    (path,) = HELDOUT.glob("h57_*.txt")
    traditional = _traditional(path.read_text(encoding="utf-8"))
    found = analyse_document(traditional, published_on=date(2025, 11, 20)).metrics
    assert found and all(traditional[m.char_start : m.char_end] == m.quote for m in found)
