"""What only the whole document tells, read after its units: a table's cells from its lines rather
than from the joined sentences, undated counts made stocks at a 截至 day, a report's own period
and its earlier columns, the title's period for figures written in words, and a Minguo-year
text's money in 新台币 (:func:`document_passes`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

from pipelines.domain.metrics.context import Context
from pipelines.domain.metrics.home import NATIONAL_HOME, home_currency
from pipelines.domain.metrics.kind import up_to_a_day
from pipelines.domain.metrics.kind_overrides import results_reported
from pipelines.domain.metrics.labels import item_label
from pipelines.domain.metrics.place_names import is_home
from pipelines.domain.metrics.plan_periods import plan_goals, plan_period
from pipelines.domain.metrics.reading_units import Unit
from pipelines.domain.metrics.release_periods import column_period, release_period
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.metrics.table_cells import TextTable
from pipelines.domain.metrics.table_rows import table_at, table_metrics
from pipelines.domain.metrics.walk import Walk
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import PeriodSpan, names_report_period
from pipelines.domain.records import Period, Sentence

_DIGIT = re.compile(r"\d")


def read_table_cells(walk: Walk, unit: Unit, fill: Callable[[Sentence], Sentence]) -> None:
    """The text-table cells among a unit's characters, read from the table's lines (``fill``:
    its offset map, when it has a cell in its span)."""
    read = table_metrics(walk.tables, unit.sentence, walk.doc_date, walk.ctx.roc, fill,
                         walk.ctx.april_fiscal)  # (2020/21 rows of a Hong Kong form: from April)
    if read and walk.reading is not walk.raw:  # (the cells' quotes as the page writes them)
        raw = walk.raw
        read = [r._replace(quote=raw[r.char_start : r.char_end]) for r in read]  # type: ignore[index]
    if read and walk.home_place:  # (全国  1461.1 … in a national text: the home, no subject)
        read = [r._replace(subject=None) if r.subject and is_home(r.subject, walk.home_place)
                else r for r in read]  # type: ignore[attr-defined]
        read = [_without_country(r, walk.home_place) for r in read]
    if read:
        read = unit.renumber(read)  # (kept as given out: the filter below looks them up)
        walk.from_tables += read
        walk.add(unit.block_no, read)


_COUNTRY_WORDS = ("全国", "我国")


def _without_country(row: MetricRow, home_place: str) -> MetricRow:
    """A national text's row named with the country's own word (全国居民人均可支配收入 in
    国家统计局's table) drops it, as its sentences do: the home is no part of a name."""
    name = row.indicator or ""
    if home_place != NATIONAL_HOME or not name.startswith(_COUNTRY_WORDS) or len(name) < 5:
        return row
    return row._replace(indicator=name[2:])  # type: ignore[attr-defined]


def outline_item(block_no: int, text: str) -> tuple[int, str] | None:
    """A short line with no number that labels what follows (1. 市属企业。 then its figures)."""
    name = item_label(text) if len(text) <= 20 else ""
    return (block_no, name) if name else None


def document_passes(walk: Walk, sentences: Sequence[Sentence]) -> list[MetricRow]:
    """What only the whole document tells: a table's cells read from its lines rather than
    from the joined sentences, the plan's period and goals, a release's period, the currency."""
    out, blocks, raw, ctx = walk.out, walk.blocks, walk.reading, walk.ctx
    if walk.from_tables:
        out, blocks = _apart_from_tables(walk)
    found = plan_period(out, blocks, walk.doc_date)
    if ctx.annual is None:  # (a yearly report dates its undated flows by its title's year
        # and leaves its stocks undated: its 比上年 compares with the year before that year)
        found = release_period(found, blocks, raw)
    found = _cohort_parts(found, blocks)
    found = _survey_size(found)
    found = plan_goals(found, blocks, raw, ctx.plan or ctx.reviewed_plan)
    if ctx.report is not None or ctx.annual is not None:
        found = _in_report_period(found, ctx, walk.tables)
    if walk.tables:
        if ctx.title_spans:
            found = _in_title_period(found, ctx, walk.tables)
        found = _in_earlier_columns(found, walk.tables)
        found = _as_their_cells(found, walk.tables, ctx.title_spans)
    found = _stocks_at_a_day(found, walk.stocks_if_dated)
    found = results_reported(found, walk.goals_by_date, walk.doc_date)
    if walk.doc_date is not None and walk.doc_date.month <= _YEAR_BEGUN:
        found = _plans_of_the_year_begun(found, walk.doc_date.year, sentences)
    if ctx.budget_year is not None:
        found = _budget_plans(found, ctx.budget_year, sentences)
    if raw is not None and ("年：" in raw or "年:" in raw):
        found = _year_comparatives(found, raw)
    found = _as_in_the_body(found, sentences)
    if raw is not None and any(m.indicator in _BARE_FAILED for m in found):
        found = _failed_of_the_sampled(found, raw)
    if raw is not None and "℃" in raw and "天气" in raw:
        found = _not_the_forecast(found, raw)
    if raw is not None and _BOX in raw:
        found = _box_as_in_the_body(found, raw)
    return _in_home_currency(found, ctx.roc, walk.home_place, raw, sentences)


_FAILED = "不合格"
_BARE_FAILED = frozenset((_FAILED, "发现不合格", "检出不合格"))
_SAMPLED = ("抽检", "抽查")
# what may stand between a category's sampled count and its failed count (，不合格 / ，发现不合格)
_SAMPLED_THEN_FAILED = re.compile(r"[，,；;]\s*(?:其中|发现|检出)?不合格\s*")


def _failed_of_the_sampled(found: list[MetricRow], raw: str) -> list[MetricRow]:
    """A bare 不合格 count right after a category's sampled count (网络食品抽检326批次，不合格7批次;
    电动自行车抽查215批次，发现不合格21批次): the category's failed samples, doer + deed
    (食用农产品不合格), the category read off the sampled count's name."""
    out = found
    for i, m in enumerate(found):
        if m.indicator not in _BARE_FAILED or not i:
            continue
        prev = found[i - 1]
        name = prev.indicator or ""
        if name.endswith(_SAMPLED):
            name = name[:-2]  # (网络食品抽检: the category before its deed)
        elif not raw.endswith(_SAMPLED, 0, prev.char_start):
            continue  # (电动自行车及充电器 named without the 抽查 before its number)
        if (prev.sent_no != m.sent_no or prev.unit != m.unit or len(name) < 2
                or not _SAMPLED_THEN_FAILED.fullmatch(raw, prev.char_end, m.char_start)):
            continue
        if out is found:
            out = list(found)
        out[i] = m._replace(indicator=name + _FAILED)
    return out


# months of a year after which a figure of the whole year may be reported (a January report's
# 2026年 is all ahead of it)
_YEAR_BEGUN = 2
_RESULT_KINDS = frozenset(("actual", "growth_rate", "share"))


def _plans_of_the_year_begun(found: list[MetricRow], year: int, sentences: Sequence[Sentence]
                             ) -> list[MetricRow]:
    """A flow, a rate or a share of the whole year a text is written in its first months
    (2026年财政重点工作: 省级一般性支出再压减5%以上, 统筹安排科技创新资金120亿元, in a January 2026
    report) is planned: none of the year's results are in yet (the set's 440 such rows are all
    targets). Stocks and counts of things (count_total) stay as they read, and so does what the
    clause says is done already (2026年，已完成老年人健康体检8万人)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    texts: dict[int, str] | None = None
    out = found
    for i, m in enumerate(found):
        if m.kind in _RESULT_KINDS and (m.period_start, m.period_end) == (first, last):
            if texts is None:
                texts = {s.sent_no: s.text for s in sentences}
            if _done_already(texts.get(m.sent_no, ""), m.quote):
                continue
            if out is found:
                out = list(found)
            out[i] = m._replace(kind="target")
    return out


_DONE_ALREADY = ("已", "已经")
_CLAUSE_OPENING = re.compile(r"[，,；;。：:]")


def _done_already(text: str, quote: str) -> bool:
    """The quote's clause says its deed is done (已完成, 已经建成) before the quote."""
    at = text.find(quote)
    if at < 0:
        return False
    opens = max((m.end() for m in _CLAUSE_OPENING.finditer(text, 0, at)), default=0)
    return any(w in text[opens:at] for w in _DONE_ALREADY)


def _cohort_parts(found: list[MetricRow], blocks: Sequence[int]) -> list[MetricRow]:
    """Students counted in the paragraph of a graduating class's size, dated by its class
    (2025届毕业生共9326人，…。男生5672人，女生3654人，…省内生源6214人): the class's parts by sex or
    origin, of its year as the class is (actual), not a stock of people at a day."""
    out = found
    cohort: dict[int, MetricRow] = {}
    for i, (m, block) in enumerate(zip(found, blocks, strict=True)):
        if (m.kind == "actual" and m.unit == _PERSONS and (m.indicator or "").endswith(_COHORT)
                and (m.period_text or "").endswith(_CLASS_WORD)):
            cohort.setdefault(block, m)
            continue
        whole = cohort.get(block)
        if (whole is None or m.kind != "count_total" or m.unit != _PERSONS
                or not (m.indicator or "").endswith(_STUDENTS)
                or (m.period_start, m.period_end) != (whole.period_start, whole.period_end)):
            continue
        if out is found:
            out = list(found)
        out[i] = m._replace(kind="actual")
    return out


def _survey_size(found: list[MetricRow]) -> list[MetricRow]:
    """A survey's size (回收有效问卷3862份) and its return rate dated by a statistics' cut-off
    (…统计截至2025年8月31日；就业质量部分来源于…调查，共回收有效问卷…): the questionnaires a
    survey got back, not a stock at the system's day; of no period the text gives them (a survey's
    own month, 2025年10月开展的…调查, dates them where written), the count a flow of the survey."""
    out = found
    for i, m in enumerate(found):
        name = m.indicator or ""
        if not (name.endswith(_QUESTIONNAIRES) or name.endswith(_RETURN_RATE)) or not (
                (m.period_text or "").startswith(_AS_AT)):
            continue
        if out is found:
            out = list(found)
        kind = "actual" if name.endswith(_QUESTIONNAIRES) and m.kind == "count_total" else m.kind
        out[i] = m._replace(kind=kind, period_text=None, period_start=None, period_end=None)
    return out


_QUESTIONNAIRES = ("问卷",)  # (回收有效问卷, 回收问卷)
_RETURN_RATE = ("回收率",)  # (有效回收率, 问卷回收率)
_AS_AT = ("截至", "截止")
_PERSONS = "人"
_COHORT = "毕业生"
_CLASS_WORD = "届"
_STUDENTS = ("生", "生源")  # (男生, 女生, 省内生源, 硕士研究生)


# a figure's comparative in brackets, its year and a colon before it (每股基本盈利為人民幣25.36分
# （二零二四年：人民幣20.52分）, 中期股息每股港幣6.0仙（二零二四年：港幣5.0仙）)
_YEAR_COMPARATIVE = re.compile(
    r"[^（()）。；]{0,2}[（(]\s?(\d{4}|[〇零一二三四五六七八九]{4})\s?年\s?[：:][^（()）：:]{0,6}")


def _year_comparatives(found: list[MetricRow], raw: str) -> list[MetricRow]:
    """``found`` with a bracketed comparative of a figure dated by a part of a year (a
    half-year's, a quarter's) dated by the same part of the year the bracket names, not that
    whole year: the same span a year before."""
    out = list(found)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if (prev.sent_no != cur.sent_no or cur.period_start is None or prev.period_start is None
                or prev.period_end is None or cur.period_end is None):
            continue
        m = _YEAR_COMPARATIVE.fullmatch(raw, prev.char_end, cur.char_start)
        if m is None:
            continue
        year = int(parse_numeral(m.group(1)) or 0)  # (二零二四: a year in Chinese digits too)
        whole = (cur.period_start.month, cur.period_start.day, cur.period_end.month,
                 cur.period_end.day) == (1, 1, 12, 31) and cur.period_start.year == year
        part = prev.period_start.year == prev.period_end.year != year and (
            prev.period_start.month, prev.period_start.day, prev.period_end.month,
            prev.period_end.day) != (1, 1, 12, 31)
        if whole and part:
            shift = year - prev.period_start.year
            try:
                start = prev.period_start.replace(year=prev.period_start.year + shift)
                end = prev.period_end.replace(year=prev.period_end.year + shift)
            except ValueError:  # (29 February)
                continue
            out[i] = cur._replace(period_start=start, period_end=end)
    return out


_TITLE_LINES = 4  # sentences at a document's top a headline may stand in
_SENTENCE_END = "。"


def _as_in_the_body(found: list[MetricRow], sentences: Sequence[Sentence]) -> list[MetricRow]:
    """An undated figure of a headline (a title line at the top, no sentence's 。: 赛事带动综合
    消费4.62亿元) that the body repeats (the same name, value and unit, dated: 赛事期间（11月14日至
    17日），…带动全市综合消费4.62亿元) takes the body's period: it is that figure."""
    blocks = {s.block_no for s in sentences[:_TITLE_LINES]}  # (a headline's parts, one
    # sentence each, are of one block)
    heads = {s.sent_no for s in sentences if s.block_no in blocks and _SENTENCE_END not in s.text}
    if not heads or not any(r.sent_no in heads and r.period_start is None for r in found):
        return found
    dated = {}
    by_value: dict[tuple[float, str | None], list[MetricRow]] = {}
    for r in found:
        if r.sent_no not in heads and r.period_start is not None and r.indicator:
            dated.setdefault((r.indicator, r.value, r.unit), r)
            by_value.setdefault((r.value, r.unit), []).append(r)
    out = []
    for r in found:
        body = dated.get((r.indicator, r.value, r.unit)) if (
            r.sent_no in heads and r.period_start is None and r.kind != "target") else None
        if body is None and r.sent_no in heads and r.period_start is None and (
                r.kind != "target" and r.indicator):
            # 我省紧急转移46.8万人 over 紧急转移安置46.8万人: the headline's name cut short
            longer = [b for b in by_value.get((r.value, r.unit), ())
                      if b.indicator.startswith(r.indicator)]
            body = longer[0] if len(longer) == 1 else None
        if body is None and r.sent_no in heads and r.period_start is None and (
                r.kind == _SHARE and r.indicator):
            body = _told_in(r.indicator, found, sentences, heads)
        if body is None and r.sent_no in heads and r.period_start is None and (
                r.kind in _LEVELS and r.unit not in _RATE_UNITS and r.indicator):
            # 全国冬小麦已播2.64亿亩 over 截至11月5日，全国已播冬小麦2.64亿亩, 7宗地块揽金98.6亿元
            # over …推出7宗地块…总成交价98.6亿元: the one figure of the body with the headline's
            # value and unit (an amount or a count, not a rate, whose value recurs by chance) is
            # that figure, named in other words
            alike = by_value.get((r.value, r.unit), [])
            if len({(b.period_start, b.period_end) for b in alike}) == 1:
                # (the body and a data box repeating it, 最高用电负荷：1.52亿千瓦（7月16日…）: one
                # figure told twice, dated alike)
                body = alike[0]
                if body.kind in _LEVELS:  # (a running total the body writes as one)
                    r = r.model_copy(update={"kind": body.kind})
        out.append(r if body is None else r.model_copy(update={
            "period_text": body.period_text, "period_start": body.period_start,
            "period_end": body.period_end}))
    return out


_LEVELS = frozenset(("actual", "count_total"))
_RATE_UNITS = frozenset(("%", "百分点", "‰"))  # (a rate's value recurs by chance)


_SHARE = "share"
_HALF_MIN = 2  # characters of each half of a headline's name found in a body sentence


def _told_in(name: str, found: list[MetricRow], sentences: Sequence[Sentence],
             heads: set[int]) -> MetricRow | None:
    """The dated figure of the one passage of the body that tells a headline's share in its own
    words (九成以上停电用户已恢复供电 over 截至25日20时，…停电用户138.5万户…；经全力抢修，已恢复供电
    129.4万户，恢复率93.4%: the halves of 停电用户恢复供电 in two sentences of a paragraph, one
    after the other), all its figures of one period; else None."""
    halves = [(name[:k], name[k:]) for k in range(_HALF_MIN, len(name) - _HALF_MIN + 1)]
    body = [x for x in sentences if x.sent_no not in heads]
    passages = []
    for i, first in enumerate(body):
        for a, b in halves:
            at = first.text.find(a)
            if at < 0:
                continue
            for last in body[i : i + _PASSAGE_SENTENCES]:
                if last.block_no != first.block_no:
                    break
                if b in (last.text[at + len(a) :] if last is first else last.text):
                    passages.append({x.sent_no for x in body if first.sent_no <= x.sent_no
                                     <= last.sent_no})
                    break
    told = {frozenset(p) for p in passages}
    if len(told) != 1:
        return None
    rows = [m for m in found if m.sent_no in next(iter(told))]
    if not rows or any(m.period_start is None for m in rows) or len(
            {(m.period_start, m.period_end) for m in rows}) != 1:
        return None
    return rows[0]


_PASSAGE_SENTENCES = 2  # sentences a headline's share may be told over (a ； between)


# a notice's box of its main points (重要内容提示：, the lines up to the first blank one; lines
# ended by LF, CRLF or a lone CR)
_BOX = "内容提示"
_BOX_LINES = re.compile(r"内容提示[：:]?[ \u3000]*(?:\r\n?|\n)(?:[^\r\n]*\S[^\r\n]*(?:\r\n?|\n))+")


# a newspaper page's weather box (天气  今天白天 晴转多云  北风3—4级  -5℃～6℃): a line that names
# 天气, a day of the forecast and a wind force, with no sentence of its own (no 。)
_FORECAST_LINE = re.compile(r"^(?=[^\n。]*天气)(?=[^\n。]*(?:今天|明天|今日|明日|白天|夜间))"
                            r"(?=[^\n。]*(?:[东南西北]风|风力)[^\n。]*级)[^\n。]*$", re.M)


def _not_the_forecast(found: list[MetricRow], raw: str) -> list[MetricRow]:
    """``found`` without the temperatures of a page's weather box: furniture, as its date."""
    spans = [m.span() for m in _FORECAST_LINE.finditer(raw)]
    if not spans:
        return found
    return [r for r in found
            if r.unit != "摄氏度" or not any(lo <= r.char_start < hi for lo, hi in spans)]


def _box_as_in_the_body(found: list[MetricRow], raw: str) -> list[MetricRow]:
    """An undated figure of a notice's box of main points (重要内容提示： 实际回购股数　3,862,400股)
    that the body gives once, dated (截至2025年11月18日，…累计回购公司股份3,862,400股: the same
    value and unit, every repeat of one period; a range's two ends as the body's figures of one
    period) is that figure: its period and kind (a running total the body writes as one); not a
    goal of the box."""
    box = _BOX_LINES.search(raw)
    if box is None:
        return found
    lo, hi = box.span()
    dated: dict[tuple[float, str | None], list[MetricRow]] = {}
    for r in found:
        if not lo <= r.char_start < hi and r.period_start is not None:
            dated.setdefault((r.value, r.unit), []).append(r)
    out = found
    for i, r in enumerate(found):
        if not lo <= r.char_start < hi or r.period_start is not None or r.kind == "target":
            continue
        body = dated.get((r.value, r.unit), [])
        if r.value_high is not None:  # (15.62元/股~19.48元/股: 最低价 and 最高价 of one day)
            body = body + dated.get((r.value_high, r.unit), [])
        if len({(b.period_start, b.period_end) for b in body}) != 1 or (
                r.value_high is not None and len({b.value for b in body}) != 2):
            continue  # (the body's repeats, a table's cells among them, all of one period)
        got = body[0]
        if out is found:
            out = list(found)
        out[i] = r._replace(
            period_text=got.period_text, period_start=got.period_start,
            period_end=got.period_end,
            kind=r.kind if r.value_high is not None or got.kind == "target" else got.kind)
    return out


def _stocks_at_a_day(found: list[MetricRow], stocks_if_dated: set[int]) -> list[MetricRow]:
    """Counts undated in their sentence that a document pass dated at a 截至 day (报告数据统计
    截至2025年8月31日 … 签约就业6854人): stocks at that day, as :func:`.kind.kind_of` reads a count
    its own sentence dates so (the kind was read before the date was known)."""
    if not stocks_if_dated:
        return found
    return [m._replace(kind="count_total")
            if m.char_start in stocks_if_dated and m.kind == "actual"
            and m.period_start is not None and m.period_start == m.period_end
            and up_to_a_day(Period(text=m.period_text, start=m.period_start, end=m.period_end))
            else m for m in found]


def _in_report_period(found: list[MetricRow], ctx: Context, tables: Sequence[TextTable]
                      ) -> list[MetricRow]:
    """A table's cells under a column of the report's own period (本报告期, 年初至报告期末,
    本报告期末) dated by the period its title names (:meth:`.Context.report_period`): the
    column heads are read without the title. In a quarter's or half-year's report, a table's
    stocks and shares dated only by the title (前10名股东持股情况: 持股数量, 持股比例) stand at
    the period's end."""
    out = found
    report = ctx.report if ctx.annual is None else None
    raw = tables[0].raw if tables else ""
    sections = {t.start: _section_report(raw, t.start, ctx) for t in tables}
    columns = {c.raw_start: c.column for t in tables for c in t.cells}
    for i, m in enumerate(found):
        if m.period_start is None and m.period_text is not None and (
                names_report_period(m.period_text)):
            table = table_at(tables, m.char_start) if m.char_start is not None else None
            own = sections.get(table.start) if table is not None else None
            period = ctx.report_period(m.period_text, own)
            if own is not None and period is not None and ctx.doc_date is not None and (
                    period.end is not None and period.end > ctx.doc_date) and (
                    columns.get(m.char_start, "").startswith(_OWN_COLUMNS)):
                # (三、2025年度业绩预告 in October: its 本报告期 column a forecast, a goal)
                out = list(found) if out is found else out
                out[i] = m._replace(period_start=period.start, period_end=period.end,
                                    kind="target")
                continue
        elif (report is not None and m.kind in _HELD_KINDS and m.period_text == report.text
              and (m.period_start, m.period_end) == (report.start, report.end)
              and table_at(tables, m.char_start) is not None):
            period = Period(text=m.period_text, start=report.end, end=report.end)
        else:
            continue
        if period is None:
            continue
        if out is found:
            out = list(found)
        out[i] = m._replace(period_start=period.start, period_end=period.end)
    return out


_HELD_KINDS = ("count_total", "share")  # what stands at a day (holdings and their shares)
_OWN_COLUMNS = ("本报告期",)  # a report's own column (not 上年同期, read as the year before)
# a numbered section heading naming a report of its own (三、2025年度业绩预告; indented too)
_SECTION_HEADING = re.compile(
    r"^[ \u3000\t]*([一二三四五六七八九十]{1,3}[、.．][^\n，。；]{2,40})$", re.M)


def _section_report(raw: str, start: int, ctx: Context) -> Period | None:
    """The period of the report the numbered section a table stands in names (三、2025年度
    业绩预告: the year), when it names one; None otherwise."""
    headings = [h.group(1).rstrip() for h in _SECTION_HEADING.finditer(raw, 0, start)]
    return ctx.section_report(headings[-1]) if headings else None


def _in_earlier_columns(found: list[MetricRow], tables: Sequence[TextTable]) -> list[MetricRow]:
    """A weekly or monthly table's cells under a column of the period before (前一周) or of the
    same period a year before (去年同期): dated by that period, worked out from the period the
    table's other cells have (the release's week), not dated as those."""
    columns = {c.raw_start: c.column for t in tables for c in t.cells
               if c.column.startswith(_EARLIER_HEADS)}
    if not columns:
        return found
    out = list(found)
    for i, m in enumerate(found):
        column = columns.get(m.char_start)
        if column is None or m.char_start is None:
            continue
        period = column_period(column, Period(text=m.period_text, start=m.period_start,
                                              end=m.period_end))
        if period is not None:
            out[i] = m._replace(period_text=period.text, period_start=period.start,
                                period_end=period.end)
    return out


def _as_their_cells(found: list[MetricRow], tables: Sequence[TextTable],
                    title_spans: Sequence[PeriodSpan] = ()) -> list[MetricRow]:
    """A figure in words with no period of its own, undated or dated only by the title (a
    periodic release's 2025年10月…运行情况), that repeats a table's dated cell (same name, value
    and unit, and the cell's subject if it names one: 其中广东省以72.6万台位居首位 above 排名前10
    的省份（截至2025年10月…） whose 广东 row gives 72.6) takes the cell's period, the only one the
    text gives it; not when two cells could be the one repeated."""
    cell_starts = {c.raw_start for t in tables for c in t.cells}
    cells: dict[tuple[str | None, float, str | None], list[MetricRow]] = {}
    for m in found:
        if m.char_start in cell_starts and m.period_start is not None:
            cells.setdefault((m.indicator, m.value, m.unit), []).append(m)
    if not cells:
        return found
    titled = {(p.text, p.period.start, p.period.end) for p in title_spans}
    out = found
    for i, m in enumerate(found):
        if m.char_start in cell_starts or (m.period_text is not None and (
                m.period_text, m.period_start, m.period_end) not in titled):
            continue
        same = [c for c in cells.get((m.indicator, m.value, m.unit), ())
                if m.subject in (None, c.subject)]
        if len(same) == 1:
            if out is found:
                out = list(found)
            cell = same[0]
            out[i] = m._replace(period_text=cell.period_text, period_start=cell.period_start,
                                period_end=cell.period_end)
    return out


_BUDGET_FLOWS = ("actual", "share", "growth_rate")
# a count the budget provides for (安排购置…专用设备9台（套）): planned, as its money is
_PROVIDED_FOR = re.compile(r"安排[^，,；;。]{0,24}$")


def _budget_plans(found: list[MetricRow], year: int, sentences: Sequence[Sentence]
                  ) -> list[MetricRow]:
    """A budget's publication (江南农林大学2025年部门预算): what it states of its year is the
    plan (2025年收入预算186,432.58万元，其中：上年结转…，占6.60%; 比2024年增加…，增长5.05%),
    as a 预算安排's figures are, its shares, its changes on the year before and its sums of money
    (收入总计) too; a sentence naming the year's 预算 plans its parts of another year (上年结转,
    money carried into it), and a flow or a sum of money with no period of its own (a table's
    cell) is the year's plan. The stocks it reports (截至2024年12月31日…车辆12辆, 现有…在校生)
    stay as they stand; a count it provides for (安排购置…9台（套）) is planned."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    texts: dict[int, str] | None = None
    out = found
    for i, m in enumerate(found):
        if m.kind not in _BUDGET_FLOWS and m.kind != "count_total":
            continue
        of_year = m.period_start == first and m.period_end == last
        undated = m.period_start is None and m.period_end is None and (
            m.kind in _BUDGET_FLOWS or (m.kind == "count_total" and m.unit == "元"))
        if undated:  # (表2 一般公共预算支出表's cells, no period of their own: the budget's)
            if out is found:
                out = list(found)
            out[i] = m._replace(kind="target", period_text=f"{year}年", period_start=first,
                                period_end=last)
            continue
        if m.kind == "count_total" and m.unit != "元":
            if not of_year:
                continue
            if texts is None:
                texts = {s.sent_no: s.text for s in sentences}
            text = texts.get(m.sent_no, "")
            at = text.find(m.quote)
            if at >= 0 and _PROVIDED_FOR.search(text, 0, at) is None and (
                    m.period_text == f"{year}年" and f"{year}年" not in text):
                # 学校设有18个学院: a stock with no time of its own, dated only by the title's
                # year (the plan's year, not the day the stock stands at): undated
                if out is found:
                    out = list(found)
                out[i] = m._replace(period_text=None, period_start=None, period_end=None)
                continue
            if at < 0 or _PROVIDED_FOR.search(text, 0, at) is None:
                continue
        elif m.kind == "count_total":
            if not of_year:
                continue  # (收入总计 of the year: a sum of money it plans)
        elif not of_year:
            if texts is None:
                texts = {s.sent_no: s.text for s in sentences}
            text = texts.get(m.sent_no, "")
            if f"{year}年" not in text or "预算" not in text:
                continue
        if out is found:
            out = list(found)
        out[i] = m._replace(kind="target")
    return out


def _in_title_period(found: list[MetricRow], ctx: Context, tables: Sequence[TextTable]
                     ) -> list[MetricRow]:
    """Rows dated by a report's own period word (a table's column 本年制发件数, 本年度办理结果)
    in the period its title names (:meth:`.Context.title_period`), as its sentences are (a
    sentence's bare 旬末 after the 旬 it names, 预计11月中旬…，旬末…, was dated by that 旬
    there)."""
    out = found
    for i, m in enumerate(found):
        period = ctx.title_period(m.period_text) if m.period_text else None
        if period is not None and m.period_text == _TEN_DAYS_END and (
                table_at(tables, m.char_start) is None):
            continue
        if period is not None and (period.start, period.end) != (m.period_start, m.period_end):
            if out is found:
                out = list(found)
            out[i] = m._replace(period_start=period.start, period_end=period.end)
    return out


_TEN_DAYS_END = "旬末"
_EARLIER_HEADS = ("前一", "上一", "上周", "上月", "去年同期", "上年同期")


def _apart_from_tables(walk: Walk) -> tuple[list[MetricRow], list[int]]:
    """The rows and their paragraphs without a sentence's reading of a table's cells (a
    table's cells are read from its lines, not from the joined sentences)."""
    out = walk.out
    cells = {id(m) for m in walk.from_tables}  # (by identity: a sentence's reading of a cell
    # may hold the same fields)
    keep = [i for i, m in enumerate(out) if m.sent_no is not None and (
        id(m) in cells or table_at(walk.tables, m.char_start) is None)]
    return [out[i] for i in keep], [walk.blocks[i] for i in keep]


def _in_home_currency(found: list[MetricRow], roc: bool, home_place: str | None,
                      raw: str | None, sentences: Sequence[Sentence]) -> list[MetricRow]:
    """A text counting Minguo years (113年) counts money in 新台币: its 元 are those, and its 全国
    is its own country, the home place; a Hong Kong (Macau, Taiwan) text's bare 元 are its
    place's currency (a budget's 670亿元 are 港元), as its explicit 港元 are."""
    currency = _ROC_CURRENCY if roc else home_currency(home_place)
    if currency is None:
        return found
    texts = {s.sent_no: s.text for s in sentences} if raw is None else {}
    home_words = _ROC_HOME if roc else ()
    return [m._replace(unit=currency if m.unit == "元" and not _renminbi(
                           raw if raw is not None else texts.get(m.sent_no, ""), m.char_start,
                           m.quote) else m.unit,
                       subject=None if m.subject in home_words else m.subject)
            if m.unit == "元" or m.subject in home_words else m for m in found]


_ROC_CURRENCY = "新台币"


def _renminbi(text: str, start: int, quote: str) -> bool:
    """人民币2亿元, 约人民币123.4亿元 (the currency inside a quote its bound opens): the amount
    names its currency, 元 of the mainland."""
    digit = _DIGIT.search(quote)
    end = start + (digit.start() if digit is not None else 0)
    return any(w in text[max(0, start - 5) : end] for w in ("人民币", "人民幣", "RMB"))


_ROC_HOME = ("全国", "全國")
