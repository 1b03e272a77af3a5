"""A sentence's rows as its paragraph reads them (:func:`in_paragraph`): an entity named once for
all, the outline item's label, the parts of the flows or the stock a sentence before gave (其中,
分板块看), a rate or share of the total before it, a change of the last row, a mean per day."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.labels import entity_shared, item_lead, with_item_label
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.metrics.walk import Walk


def in_paragraph(walk: Walk, block_no: int, text: str,
                  metrics: list[MetricRow]) -> list[MetricRow]:
    """A sentence's rows as its paragraph reads them: an entity named once for all, the
    outline item's label, and the parts of a stock given just before are stocks."""
    if len(metrics) > 1:
        metrics = entity_shared(metrics)
    if walk.item is not None and walk.item[0] == block_no:
        metrics = with_item_label(metrics, walk.item[1])
    elif metrics and (lead := item_lead(text)):
        metrics = with_item_label(metrics, lead)
    stock = _parts_of_stock(walk, block_no, text) if metrics else None
    goes_on = stock is not None and text.rstrip().endswith(_GOES_ON)
    walk.stock_parts = (block_no, stock) if stock is not None and goes_on else None
    if stock is not None:
        # 存款324.18亿元。其中，活期3.62亿元，…: the parts of a stock are stocks
        metrics = [m._replace(kind="count_total")
                   if m.kind == "actual" and m.unit == stock.unit
                   and not _change_of_last(metrics, i) and not _figure_of_its_own(m, stock)
                   and not _change_in(text, m)
                   else m for i, m in enumerate(metrics)]
    elif metrics and (text.startswith(_PART) or _BREAKDOWN.match(text) is not None):
        metrics = _parts_of_flows(walk, block_no, text, metrics)
    return metrics


# a breakdown by class opening a sentence (分板块看，主板3家、科创板2家…; 按行业分，…)
_BREAKDOWN = re.compile(r"(?:分|按)[\u4e00-\u9fff]{1,6}(?:看|分)[，,：:]")


def _parts_of_flows(walk: Walk, block_no: int, text: str, metrics: list[MetricRow]
                    ) -> list[MetricRow]:
    """A 其中 sentence, or one opening with a breakdown (分板块看，), after a sentence of the
    paragraph that gave only flows (10月份，…共发行各类债券1286只，…。其中，公司债券642只、…
    资产支持证券418只; …共有11家企业首次公开发行股票并上市…。分板块看，主板3家、): counts in the
    flow's unit and
    period, each named before it and closing its item (642只、), read as stocks for want of a
    flow word in their bare names, are its parts, flows as it is (the mirror of a stock's parts,
    :func:`_parts_of_stock`; not 其中7个楼盘当日售罄, the members that qualified)."""
    out = walk.out
    if not out or walk.blocks[-1] != block_no:
        return metrics
    last_sentence = out[-1].sent_no
    before = [r for r in out if r.sent_no == last_sentence]
    if any(r.kind == "count_total" for r in before):
        return metrics  # (…保有量达3926万辆，…增加786万辆。其中…: a stock and its change)
    flows = {(r.unit, r.period_start, r.period_end) for r in before
             if r.kind == "actual" and r.unit is not None}
    return [m._replace(kind="actual")
            if m.kind == "count_total" and (m.unit, m.period_start, m.period_end) in flows
            and _closes_item(text, m.quote) else m for m in metrics]


def _closes_item(text: str, quote: str) -> bool:
    """The quote ends its item: a list or clause mark (or the text's end) right after it."""
    at = text.find(quote)
    end = at + len(quote)
    return at >= 0 and (end == len(text) or text[end] in _ITEM_ENDS)


_ITEM_ENDS = "、，,；;。）)"
_GOES_ON = ("；", ";")
_PART = ("其中", "当中")  # (當中一般申請約68 500宗: Hong Kong's 其中)


def _parts_of_stock(walk: Walk, block_no: int, text: str) -> MetricRow | None:
    """The stock whose parts this clause gives: one closing the paragraph's rows
    before a 其中, or the one a 其中 clause ending with ； gave parts of (其中，火电3521小时…；
    风电1698小时…: the parts go on)."""
    out = walk.out
    if not out or walk.blocks[-1] != block_no:
        return None
    if text.startswith(_PART):
        return _stock_closing(out)
    going_on = walk.stock_parts
    return going_on[1] if going_on is not None and going_on[0] == block_no else None


def _stock_closing(out: Sequence[MetricRow]) -> MetricRow | None:
    """The stock (or running total) that closes the rows read so far, if one does:
    the last row, or the last before its own changes (1-10月，…累计平均利用小时2618小时，比上年
    同期降低189小时。其中，火电3521小时…: the parts of the 2618 hours)."""
    at = len(out) - 1
    while at > 0 and (_change_of_last(out, at) or _about_the_total(out, at)):
        at -= 1
    return out[at] if out[at].kind == "count_total" else None


def _about_the_total(rows: Sequence[MetricRow], at: int) -> bool:
    """Row ``at`` is a rate or share its sentence gives of a total before it, named by it
    (…累计装机达到21.64亿千瓦，同比增长30.2%，约占我国电力总装机的59.8%，比去年同期提高3.5个
    百分点; not 毛入学率 after 在校生), or the mean per day of that total (累计发送旅客5.13亿人次，
    同比增长6.1%，日均发送旅客1282.5万人次): about the total, no part of it."""
    row = rows[at]
    if rows[at - 1].sent_no != row.sent_no:
        return False
    whole = next((r for r in reversed(rows[:at]) if r.sent_no == row.sent_no
                  and r.unit not in _RATE_UNITS and r.unit != row.unit), None)
    if row.unit in _RATE_UNITS:
        return (whole is not None and whole.kind == "count_total" and bool(whole.indicator)
                and (row.indicator or "").startswith(whole.indicator))  # type: ignore[arg-type]
    whole = next((r for r in reversed(rows[:at])
                  if r.sent_no == row.sent_no and r.unit == row.unit), None)
    return whole is not None and _mean_of(row, whole)


_RATE_UNITS = ("%", "百分点")


def _change_of_last(rows: Sequence[MetricRow], at: int) -> bool:
    """Row ``at`` follows a row of its sentence with its name and unit (火电3521小时，比上年同期
    降低166小时), or is the rate of change of a total summed over a span or standing at a day
    (…流动量累计90.2亿人次，同比增长7.1%; 截至10月底，全国累计发电装机容量约37.5亿千瓦，同比增长
    17.3%: its 其中 parts are capacities of the total, counted as it is, tests/gold/README.md's
    session-24 convention): that figure's change, or a second figure of it, no part of its own."""
    if at == 0:
        return False
    row, last = rows[at], rows[at - 1]
    return (row.sent_no == last.sent_no and row.kind != "count_total"
            and row.indicator == last.indicator
            and (row.unit == last.unit
                 or (row.kind == _RATE_OF_CHANGE and (
                     last.kind == "count_total" or _summed_over_a_span(last)))))


def _mean_of(row: MetricRow, last: MetricRow) -> bool:
    """``row`` is the mean per day (week, month) of total ``last``, the last figure before it in
    its unit (…流动量累计23.89亿人次，日均2.99亿人次; 铁路累计发送旅客…，日均发送旅客…): a second
    figure of that total, no part of it."""
    name, total = row.indicator or "", last.indicator or ""
    return (row.unit == last.unit and last.kind == "count_total"
            and name.startswith(_MEAN_PER_SPAN) and len(name) > 2 and total.endswith(name[2:]))


_MEAN_PER_SPAN = ("日均", "周均", "月均")


def _change_in(text: str, row: MetricRow) -> bool:
    """``row``'s number stands right after a verb of change in its sentence ``text`` (与上月比较，
    六都中仅桃园市人口增加1,214人): a change of a part, no part of the stock."""
    at = text.find(row.quote)
    return at > 0 and text.endswith(metric_lexicon().growth_cues, 0, at)


def _figure_of_its_own(row: MetricRow, stock: MetricRow) -> bool:
    """A figure among the parts of a stock or running total that is none of them: a mean per
    day (…铁路客运量1.54亿人次，日均1925万人次), or the figure of a day inside the total's span
    (其中10月1日客运量最高，达1107.5万乘次; 10月1日当天发送旅客2313.6万人次): that day's flow."""
    if (row.indicator or "").startswith(_MEAN_PER_SPAN):
        return True
    return (row.period_start is not None and stock.period_start is not None
            and (row.period_start, row.period_end) != (stock.period_start, stock.period_end))


def _summed_over_a_span(row: MetricRow) -> bool:
    return (row.period_start is not None and row.period_end is not None
            and row.period_start < row.period_end)


_RATE_OF_CHANGE = "growth_rate"
