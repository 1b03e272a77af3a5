"""Adversarial input for the whole domain path: nothing raises, offsets stay inside the raw text
and round-trip, every value is finite."""

import math
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.domain.analysis import analyse_document
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import find_periods, resolve_period

# Pieces of policy prose, numbers and damage that random text rarely produces on its own.
FRAGMENTS = [
    "全年", "新建充电桩", "6 万个", "增长", "5.3%", "以上", "突破", "1.35\n万亿元", "同比",
    "下降2.8%", "分别增长8.3%、10.3%", "5%—6%", "10至20", "三分之一", "百分之十", "两",
    "一千五百", "3.7∶30.6∶65.7", "“十四五”", "十五五", "今年上半年", "1—5月", "去年11月",
    "截至5月底", "2010年到2023年", "第4", "居全国第", "１２３", "2。35", "2. 2万亿元",
    "新 时 代", "⋯⋯", "“", "”", "（", "）", "《", "》", "。", "；", "\n", "\n\n", " ", "\t",
    "# 标题", "▶", "编辑：张三", "http://example.com/a", "上接01版", "经濟發展", "國內生產總值",
    "9" * 30, "0." + "0" * 40 + "1", "-", "—", "～", "%", "‰", "亿", "万亿", "萬", "\x00", "\x1b",
    "\ufffd", "😀", "\u200b", "\ufeff", "\r\n", "a" * 50,
]
prose = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map(
    "".join)
doc_dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1),
                                          max_value=date(2040, 12, 31)))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=prose, published=doc_dates)
def test_analysis_never_raises_and_offsets_round_trip(raw, published):
    result = analyse_document(raw, published_on=published)
    for s in result.cleaned.sentences:
        assert 0 <= s.raw_start <= s.raw_end <= len(raw)
        assert len(s.raw_index) == len(s.text)
        assert all(0 <= i < len(raw) for i in s.raw_index)
    for m in result.metrics:
        assert 0 <= m.char_start < m.char_end <= len(raw)
        assert raw[m.char_start:m.char_end] == m.quote
        assert math.isfinite(m.value) and math.isfinite(m.value_normalized)
        assert m.value_high is None or math.isfinite(m.value_high)
        if m.period_start and m.period_end:
            assert m.period_start <= m.period_end


@settings(max_examples=300, deadline=None)
@given(st.one_of(prose, st.text(max_size=40)))
def test_number_parser_is_total_and_finite(text):
    value = parse_numeral(text)
    assert value is None or math.isfinite(value)


@settings(max_examples=300, deadline=None)
@given(text=prose, doc=doc_dates)
def test_period_resolver_is_total(text, doc):
    period = resolve_period(text, doc)
    if period.start and period.end:
        assert period.start <= period.end
    for span in find_periods(text, doc):
        assert 0 <= span.start <= span.end <= len(text)


def test_very_long_line():
    raw = ("成都市全年新建充电桩6万个，同比增长5.3%" * 2000) + "。"
    result = analyse_document(raw)
    assert len(result.metrics) >= 2000
    assert all(raw[m.char_start:m.char_end] == m.quote for m in result.metrics)
