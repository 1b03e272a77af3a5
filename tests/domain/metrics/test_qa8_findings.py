"""QA round 8, finding 11: extraction details found wrong while reading the warehouse's rows.
Each test states a general rule with a sentence of its kind."""

from datetime import date

import rjieba

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.records import Sentence

_JIEBA = rjieba.Jieba()


def _run(texts, doc=date(2025, 3, 1), home=None):
    sents = [Sentence(sent_no=i, block_no=0, text=t, raw_start=0, raw_end=len(t),
                      heading_path=()) for i, t in enumerate(texts)]
    tags = {s.sent_no: _JIEBA.tag(s.text) for s in sents}
    return extract_metrics(sents, tags, doc, home)


def test_an_idiom_after_a_counted_noun_says_what_it_does_and_is_no_part_of_it():
    """2100万市民充分就业: the count is of 市民 (unit implied, null, as the gold's 超2100万);
    充分就业 (an idiom) is what they do, not what is counted."""
    (m,) = _run(["保障超大城市基本盘稳定以及2100万市民充分就业、收入稳定增长。"], home="成都市")
    assert (m.indicator, m.value_normalized, m.unit, m.unit_raw) == ("市民", 2.1e7, None, "万")
    (m,) = _run(["全市共有65所高校。"])  # a plain noun is kept whole
    assert m.indicator == "高校"


def test_a_bound_before_a_verb_of_granting_bounds_the_amount():
    """每间企业最高可获60万澳门元: at_most (最高), the name without the bound and the verb; 最多补贴
    likewise; an adjacent 最高 too."""
    ms = _run(["每间企业最高可获60万澳门元资助，每家企业最多补贴30万元，单个项目补助最高50万元。"])
    assert [(m.value_normalized, m.qualifier, m.qualifier_text) for m in ms] == [
        (600000.0, "at_most", "最高"), (300000.0, "at_most", "最多"),
        (500000.0, "at_most", "最高")]
    assert ms[0].indicator == "每间企业"
    (m,) = _run(["至少新创建1家。"])  # a bound before a flow verb, as before
    assert (m.qualifier, m.qualifier_text) == ("at_least", "至少")


def test_two_years_listed_are_their_span():
    """2027年、2028年每年新建高标准农田4万亩: 2027–2028, not the plan's 2026–2028 nor 2028 alone."""
    ms = _run(["明年为方案实施首年，全年新建高标准农田4万亩。",
               "2027年、2028年每年新建高标准农田4万亩。"], doc=date(2025, 12, 8))
    assert [(m.period_start, m.period_end) for m in ms] == [
        (date(2026, 1, 1), date(2026, 12, 31)), (date(2027, 1, 1), date(2028, 12, 31))]
    assert ms[1].basis == "per_year"
