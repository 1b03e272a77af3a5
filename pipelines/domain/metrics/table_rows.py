"""Metric rows of the cells of text tables (tables.py reads the tables).

A cell's period is the one its row (6月末…) or its column head (1-6月, 2025年预算数) names; a head
naming only a comparison's base (比上年增长) names none. Failing those, the table takes what a
sentence would: the period of its title (2024年上半年主要经济指标), else of the nearest heading
above it naming one, else the document's report period (below); a year so found that is not
over at the document's date cannot date results, and gives way to the report period inside
it (2024年…运行情况 published on 20 July, a table under 主要指标: the 上半年 its text reports on),
or to none. A table of goals (目标值, 预算数, 计划 in a head, its title or a heading) keeps it.

The report period is the period the text before the table names most often among those it
reports on (period_spans.reported_period, shared with sentences under such a heading: not a
comparison's base, a day, a point or a span 以来; over by the document's date; inside the year
found, if any): 上半年 in a half-year release, 1-10月 in a monthly one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache
from operator import attrgetter

from pipelines.domain.cleaning.normalize import normalize_chars
from pipelines.domain.cleaning.script import may_convert, to_simplified_aligned
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.goal_words import future_period
from pipelines.domain.metrics.kind import classify, kind_of
from pipelines.domain.metrics.name_cuts import _EXCLUSION_NOTE
from pipelines.domain.metrics.period_spans import (
    NO_PERIOD,
    is_comparison,
    periods_of,
    reported_period,
    year_of,
)
from pipelines.domain.metrics.release_periods import BLANK_LINE
from pipelines.domain.metrics.rows import MetricRow, new_row
from pipelines.domain.metrics.rule_parameters import contract_parameter, standard_parameter
from pipelines.domain.metrics.subjects import short_place
from pipelines.domain.metrics.table_cells import TableCell, TextTable
from pipelines.domain.metrics.table_heads import EVENT_HEAD, THIS_MONTH, names_year
from pipelines.domain.metrics.table_names import (
    WHOLE_ROWS,
    completion_head,
    completion_rate_head,
)
from pipelines.domain.numbers import scaled
from pipelines.domain.periods import PeriodSpan, find_periods, needs_year, resolve_period
from pipelines.domain.records import Period, Sentence


def table_metrics(
    tables: Sequence[TextTable], sent: Sentence, doc_date: date | None, roc: bool = False,
    fill: Callable[[Sentence], Sentence] | None = None, april_fiscal: bool = False,
) -> list[MetricRow]:
    """The metrics of the text-table cells that are this sentence's own characters.

    A sentence's raw span runs from its first to its last character, and spans overlap when a
    page is read column by column: a sentence going on from the foot of the left column to the
    head of the right spans every row between, a table's among them. A cell's first character
    is one sentence's only, so a cell is read once per document, by the sentence holding it,
    whichever call of the extractor reads that sentence (a run-on's pieces, a batch's slices).
    ``fill`` gives a sentence passed without its offset map its ``raw_index``; a sentence with
    none reads every cell in its span; ``april_fiscal``: the document's 年度 run from 1 April
    (a Hong Kong text: a form's rows 2020/21 under 財政年度 are such years)."""
    cells = _cells_in_span(tables, sent.raw_start, sent.raw_end)
    if not cells:
        return []
    own = _own_offsets(fill(sent) if fill is not None else sent)
    return [_cell_metric(cell, sent.sent_no, doc_date, roc, table, sent.heading_path,
                         april_fiscal)
            for table, cell in cells if own is None or cell.raw_start in own]


def _cells_in_span(tables: Sequence[TextTable], lo: int, hi: int,
                   ) -> list[tuple[TextTable, TableCell]]:
    """The cells (with their table) whose raw offset falls in [lo, hi)."""
    out = []
    # the tables come in text order, apart: from the first that ends after lo (a long document
    # holds many; looking at every one for every sentence grew with the square of its length)
    at = bisect_right(tables, lo, key=attrgetter("end"))
    for table in tables[at:]:
        if table.start >= hi:
            break
        out += [(table, cell) for cell in table.cells if lo <= cell.raw_start < hi]
    return out


def _own_offsets(sent: Sentence) -> frozenset[int] | None:
    """The raw offsets of a sentence's characters; None when it carries no offset map."""
    return frozenset(sent.raw_index) if sent.raw_index else None


def table_at(tables: Sequence[TextTable], offset: int) -> TextTable | None:
    """The table (in text order, apart) whose raw span holds ``offset``, if any."""
    at = bisect_right(tables, offset, key=attrgetter("start")) - 1
    return tables[at] if at >= 0 and offset < tables[at].end else None


_PERIOD_ENDS = ("期末", "年末", "年底", "月末", "月底", "季末", "上年末", "年度末")
_SPAN_TO = ("至", "到", "初")  # (年初至报告期末: a span up to the end, a flow's column)
_LAST_YEAR = ("上年", "去年")  # (上年末, 上年度末, 上年同期, 去年末: a column of the year before)


def _cell_metric(cell: TableCell, sent_no: int, doc_date: date | None, roc: bool = False,
                 table: TextTable | None = None, path: tuple[str, ...] = (),
                 april_fiscal: bool = False) -> MetricRow:
    """One table cell as a metric (see :mod:`.tables`); ``roc``: years are Minguo years;
    ``path``: the headings above the cell's line; ``april_fiscal``: 年度 run from 1 April."""
    if cell.record:
        return _record_metric(cell, sent_no, doc_date, roc, table)
    if cell.form:
        return _form_metric(cell, sent_no, doc_date, roc, table, april_fiscal)
    if cell.listed:
        return _listed_metric(cell, sent_no, doc_date, roc, table, path)
    if cell.lot:
        return _lot_metric(cell, sent_no)
    year = year_of(periods_of(cell.title, doc_date, roc), cell.title) if cell.title else None
    name = _row_name(cell.name)
    if cell.place is not None and _REGION_ROW.fullmatch(cell.place) and name:
        name = cell.place + name  # 东部地区  1075.4 under 快递业务量（亿件）: 东部地区快递业务量
    own = [p for p in periods_of(name, doc_date, roc) if p.start == 0]
    to_date = False  # a running total column under a row's month (3月  …  57,741 under 累計X)
    if own and own[0].end < len(name):
        head_text, rest = name[: own[0].end], name[own[0].end :]  # 6月末金融机构存款余额
        if rest.startswith(_RUNNING_TOTAL) and len(rest) > 2 and not _named(
                rest[2:], doc_date, roc):
            # 3月 under 累計幸運博彩毛收入: the year up to the row's month, 累計 a frame word
            to_date, rest = True, rest[2:]
        if not (rest.startswith(_ACCOUNT_LINES) or rest.endswith(_LINE_TOTALS)):
            name = rest  # (上年结转, 本年收入合计: an account's line named with its year, kept)
    elif (noted := _PERIOD_NOTE.search(name)) is not None and (
            (found := _named(noted.group(1), doc_date, roc)) and found[0].text == noted.group(1)):
        name, head_text = name[: noted.start()], noted.group(1)  # 地区生产总值（1-9月） in a
        # month's table: a quarter's figure, the row's own span
    elif cell.growth and cell.dated_column and cell.dated_column != cell.column and (
            names_year(cell.dated_column) or not _named(cell.column, doc_date, roc)):
        head_text = cell.dated_column  # the change of a dated column (本年比上年增减 after 2024年;
        # a head naming its own period beside columns naming no year keeps it:
        # 本报告期末比上年度末增减变动幅度(%) after 上年度末)
    else:
        head_text = (cell.column if _named(cell.column, doc_date, roc) else cell.dated_column)
    spans = _named(head_text, doc_date, roc) if head_text else []
    period = NO_PERIOD
    monthly = _month_column(head_text, cell.title, doc_date, roc) if head_text else None
    if monthly is not None:
        period = monthly
    elif spans:
        span = spans[0]
        if table is not None and span.text.startswith(_LAST_YEAR) and (
                not needs_year(span.text)):
            # 上年末 beside 本报告期末 in a 2024 annual report published in April 2025: the end
            # of the year before the one the title or the text before the table reports on, not
            # the year before the document's
            if year is None and (reported := reported_period(
                    table.before, doc_date, roc, None)) is not None and reported.end is not None:
                year = reported.end.year
            period = resolve_period(span.text, date(year, 12, 31)) if year else span.period
        else:
            period = (resolve_period(span.text, date(year, 12, 31))
                      if year is not None and needs_year(span.text) else span.period)
        if _YEAR_START.fullmatch(head_text) is not None and period.start is not None:
            # 年初 beside 本旬末  上一旬末: the stock at the year's first day, not January's
            period = Period(text=period.text, start=period.start, end=period.start)
        if cell.since is not None and period.start is not None and (
                period.start.year > cell.since):
            # 〔14〕 under 2025年目标 beside 2020年基数: the sum over 2021–2025
            period = Period(text=period.text, start=date(cell.since + 1, 1, 1), end=period.end)
    elif table is not None and (
            day := event_column_day(head_text, table.raw, doc_date)) is not None:
        period = day  # (本次回购前 over its columns, the text's note dating it)
    elif table is not None:  # no period in the row or its column: the table's
        period = _table_period(table.raw, table.start, cell.title, _own_headings(path, table),
                               doc_date, roc, _plans(cell, path))
    if to_date and period.start is not None:
        period = Period(text=period.text, start=date(period.start.year, 1, 1), end=period.end)
    if _YEAR_PLAN.fullmatch(cell.column.strip()) and period.start is not None and (
            period.start.year == period.end.year):
        # 1480 under 年计划 in a table of 10月份 (本月  本年累计  年计划): the plan for the whole
        # year the month is in, not the month's
        period = Period(text=cell.column.strip(), start=date(period.start.year, 1, 1),
                        end=date(period.start.year, 12, 31))
    elif completion_head(cell.column) and _OF_YEAR in cell.column and (
            period.start is not None and period.start.year == period.end.year):
        # 83.5 under 完成年计划（%） in a table of 10月份: the share of the year's plan done by
        # the month's end, from the year's start (the column's words its text: 本月 would be
        # read again as the month)
        period = Period(text=cell.column.strip(), start=date(period.start.year, 1, 1),
                        end=period.end)
    if name.endswith(("末）", "底）", "末)", "底)")) and (
            end_note := _END_NOTE.search(name)) is not None:
        # 金融机构人民币各项存款余额（月末） under 本月 of a month's table: the balance at the
        # month's end (the note no part of the name)
        name = name[:end_note.start()]
        if period.end is not None:
            period = Period(text=end_note.group(1), start=period.end, end=period.end)
    if (period.end is not None and period.start != period.end and _AT_END.match(name)):
        # (期末基金资产净值 under 报告期（2025年7月1日-2025年9月30日）: the span's last day)
        period = Period(text=period.text, start=period.end, end=period.end)
    category = cell.category
    if category is None and cell.unit is None and name.endswith(_RATIO_NAMES):
        category = "ratio"  # 城乡居民收入比 —  2.05: a ratio has no unit
    cand = NumberCandidate(0, 0, 0, 0, cell.value, None, cell.unit_raw, cell.unit,
                           category, cell.multiplier)
    planned = cell.column if not cell.growth else cell.dated_column
    is_target = (future_period(period, doc_date, ()) and not _against_last_year(table)
                 and not _years_series_to_now(table, cell.title, period, doc_date)) or (
        _plan_column(planned) and not _past_estimate(planned, period, doc_date)
        and not completion_head(planned))  # (完成年计划(%): the share of the plan done so far)
    # (2025年预算数, 2028年目标值)
    if cell.rank:  # 排名  城市 …: the row's place in the ranking
        kind = "target" if is_target else "rank"
    elif cell.growth:
        kind = "target" if is_target else "growth_rate"
    elif cell.share:  # 流动资产  4873200  30.0 under 占比（%）: 流动资产占比
        kind = "target" if is_target else "share"
        if name and (rate := completion_rate_head(cell.column)) is not None:
            name += rate  # 新增公办学位  108.6 under 完成率（%）
        elif name and not name.endswith(_SHARE_NAMES) and not name.endswith(_RATES) and (
                cell.place is None) and not completion_head(cell.column):
            # (落实率（%）: a rate names its own measure; 佔總數（%）: the share the head names)
            # (比例（%）: the column's own word, as a 比重 column's)
            name += ("占总数" if any(w in cell.column for w in _OF_TOTAL) else
                     _proportion_of(cell.column) if _PROPORTION in cell.column else "占比")
    else:
        # (a cell at a month's or a year's end, 2025年10月末 in the title: a balance, a stock)
        kind = kind_of(cand, name, "", name, is_target, period)[0]
        if kind == "count_total" and (cell.difference or (cell.unit is None and (
                cell.column.endswith(_INDEX_HEADS) or name.endswith(_INDEX_HEADS)))):
            kind = "actual"  # 医疗卫生机构总数 … 增减量 435: the year's change of a stock;
            # 食物類  115.62 under 指數 (or 114年11月指數): an index's level, no count
        if kind == "count_total" and any(w in (cell.title or "") for w in _DAILY_MEAN_TITLES):
            kind = "actual"  # 港鐵  5 713 under 表一：公共交通工具每日平均乘客人次（千）: a mean
            # per day of the column's month, no count standing at a date
        if kind == "actual" and cell.category == "currency" and (
                period.start == period.end) and (
                cell.column.endswith(_PERIOD_ENDS) and not any(w in cell.column for w in _SPAN_TO)):
            kind = "count_total"  # 发放贷款和垫款总额 under 本报告期末 / 上年末 / 2022年末: a
            # balance at the period's end (its name's 发放 names the account, no flow; 本报告期末
            # undated here, the report's end found later)
        if kind == "actual" and (cell.summed or any(w in cell.column for w in _RUNNING_TOTAL)) and (
                not (cell.unit is None and name.endswith(_INDEX_HEADS))):
            kind = "count_total"  # 〔6.8〕 万人 of 城镇新增就业, a 1-10月累计 column: a running
            # total, written as one (tests/gold/README.md: 累计 whatever it counts)
    if name and kind != "target" and standard_parameter("", name, cell.category):
        # 第一类地区 2250 under 月最低工资标准（元/月）, 职工基本养老保险 16 under 单位缴费比例
        # （%）: a level or a rate a rule sets, as in a sentence (kind other, no period)
        kind, period = "other", NO_PERIOD
    elif cell.column in _STANDARD_COLUMNS and name:
        # 不良贷款率  ≤5 under 监管标准: the line a ratio is held to, a benchmark named by the ratio
        # and the column (other, no period: a standing rule, as the held-out README's 盈亏平衡点)
        name, kind, period = name + cell.column, "other", NO_PERIOD
    elif _LINE_COLUMN.match(cell.column):
        kind, period = "other", NO_PERIOD  # 永修站  …  21.50 under 警戒水位（米）: the station's
        # warning line, a standard (as （警戒水位21.50米） in the text)
    elif _OVER_LINE_COLUMN.match(cell.column):
        kind = "other"  # 0.86 under 超警戒（米）: the level's gap to the line, signed
    return new_row(MetricRow, (
        sent_no, cell.quote, cell.raw_start, cell.raw_end, name or None, _subject(cell),
        cell.value, cell.value_high, cell.unit_raw, scaled(cell.value, cell.multiplier), cell.unit,
        kind,
        cell.qualifier, cell.qualifier_text, period.text, period.start, period.end, None, None))


# a column of the line a station's level is held to (警戒水位（米）, 保证水位, 汛限水位), and one of
# the level's gap to it (超警戒（米）, 超警戒水位, 超汛限（米）)
_LINE_COLUMN = re.compile(r"(?:警戒|保证|汛限)水位(?:[（(]|$)")
_OVER_LINE_COLUMN = re.compile(r"超(?:警戒|保证|汛限)(?:水位)?(?:幅度)?(?:[（(]|$)")


# a column of the standard each row's ratio is held to (监管标准, 监管要求: a regulator's bounds)
_STANDARD_COLUMNS = frozenset({"监管标准", "监管要求", "监管指标", "监管标准值", "監管標準",
                               "監管要求", "标准值", "標準值"})
# (标准值: the standard a city's indicator is checked against, 城市体检's 人均公园绿地面积 ≥12)
# a column of the year's start (年初, 年初数, 年初余额: an opening balance, a stock at 1 January)
# a column of the whole year's plan or goal (年计划, 年度计划, 全年目标, 年度预算数)
_OF_YEAR = "年"
_YEAR_PLAN = re.compile(r"(?:本年|全年|年度|年)(?:计划|目标|预算)(?:数|值)?")
_YEAR_START = re.compile(r"(?:\d{4}\s?年)?年初(?:数|余额|餘額|值|库存)?")


# an account's lines named with the year they are of (上年结转, 上年结余, 本年收入合计): the year
# stays in the name (it tells the line from 收入总计) as it dates the figure
_ACCOUNT_LINES = ("结转", "结余", "結轉", "結餘")
_LINE_TOTALS = ("收入合计", "支出合计", "收入合計", "支出合計")


_AT_END = re.compile(r"(?:\d{1,2}[.．、]\s?)?期末")  # (4.期末基金资产净值: a serial first)
# a monthly table's columns (本月  本年累计  本年累计同比增长（%） under 深市主要统计指标（2025年
# 10月）): the month its title names, and the year up to that month's end (not the whole year)
# (not 本年 alone: 本年预算数 is the whole year's)
_YEAR_TO_MONTH = ("本年累计", "本年累計", "年内累计", "年內累計", "今年累计", "今年累計", "累计",
                  "累計")


def _month_column(head: str, title: str, doc_date: date | None, roc: bool) -> Period | None:
    """The period of a monthly table's column of the month (本月) or of the year to it
    (本年累计), from the one month its title names; None for any other head or title."""
    word = next((w for w in (*THIS_MONTH, *_YEAR_TO_MONTH) if head.startswith(w)), None)
    if word is None:
        return None
    month = _title_month(title, doc_date, roc)
    if month is None or month.start is None:
        return None
    start = month.start if word in THIS_MONTH else date(month.start.year, 1, 1)
    return Period(text=word, start=start, end=month.end)


def _title_month(title: str, doc_date: date | None, roc: bool) -> Period | None:
    """The one calendar month a table's title names (2025年10月), if it names one."""
    months = [p.period for p in _named(title, doc_date, roc) if _one_month(p.period)]
    return months[-1] if months else None


def _one_month(period: Period) -> bool:
    """``period`` runs from a month's first day to its last."""
    start, end = period.start, period.end
    return (start is not None and end is not None and start.day == 1
            and (end.year, end.month) == (start.year, start.month)
            and (end + timedelta(days=1)).day == 1)


def _form_metric(cell: TableCell, sent_no: int, doc_date: date | None, roc: bool,
                 table: TextTable | None, april_fiscal: bool = False) -> MetricRow:
    """A form's figure (table_forms.py): dated by the period word its row, group or column opens
    with (本年新收…, 上年结转…, 本年度办理结果), in the year of the table's title, else the year
    the text before it reports on (a yearly report published the next January: its 本年 is the
    year reported on); else undated, a form's standing figure or a count of no stated time. A
    count of the period's own (本年…) is a flow; a count carried over or in force at a date
    (上年结转, 结转下年度, 现行有效) a stock; a figure of a plan's column (计划数) a target. A
    row of a financial year (2020/21年度) is that year when the document's 年度 run from 1 April
    (``april_fiscal``) or the table's note says so, else undated."""
    period = NO_PERIOD
    spans = _named(cell.dated_column, doc_date, roc, april_fiscal or cell.april_years) if (
        cell.dated_column) else []
    if spans:
        span = spans[0]
        year = year_of(periods_of(cell.title, doc_date, roc), cell.title) if cell.title else None
        if year is None and table is not None:
            reported = reported_period(table.before, doc_date, roc, None)
            year = reported.end.year if reported is not None and reported.end else None
        period = resolve_period(span.text, date(year, 12, 31)) if year else span.period
        if period.start is None:
            period = span.period  # (a financial year of its own, 2020/21年度: as found)
        if cell.row_period and period.start is not None:
            period = Period(text=cell.row_period, start=period.start, end=period.end)  # 2020/21
    elif table is not None:
        period = _year_introduced(table.before, doc_date, roc)
        if period.start is None and (titled := _title_span(cell.title, doc_date, roc)):
            period = titled  # (2025年10月全国法定传染病报告发病、死亡统计表 over 病名  发病数
            # 死亡数: the month its title names)
    kind = "count_total" if any(w in cell.name for w in _STANDING) else "actual"
    if _plan_column(cell.column):
        kind = "target"  # (a plan's column: 计划数, 招生计划, 调整后预算)
    elif cell.category not in (None, "count"):
        cand = NumberCandidate(0, 0, 0, 0, cell.value, None, cell.unit_raw, cell.unit,
                               cell.category, cell.multiplier)
        kind = classify(cand, cell.name, "", cell.name, False)
    if kind != "target" and standard_parameter("", cell.name, cell.category):
        kind, period = "other", NO_PERIOD  # 第一档  5918 under 缴费基数（元/月）: a band's base
        # a rule sets, as in a sentence
    elif kind == "count_total" and cell.difference:
        kind = "actual"  # 尖岗水库  …  442 under 年初蓄水量  年末蓄水量  增减: the year's change
    elif kind == "count_total" and period.text == "年初" and period.start is not None:
        period = Period(text=period.text, start=period.start, end=period.start)  # a stock
        # under 年初蓄水量 (beside 年末蓄水量): at the year's first day, not over January
    name = _row_name(cell.name)
    return new_row(MetricRow, (
        sent_no, cell.quote, cell.raw_start, cell.raw_end, name or None, _subject(cell),
        cell.value, None, cell.unit_raw, scaled(cell.value, cell.multiplier), cell.unit, kind,
        "none", None, period.text, period.start, period.end, None, None))


def _record_metric(cell: TableCell, sent_no: int, doc_date: date | None, roc: bool,
                   table: TextTable | None) -> MetricRow:
    """A record's figure (table_forms._record_form: 期限  操作利率  投标量  中标量 over 7天
    1.40%  1830亿元  1830亿元), named by its column: a term it sets (期限 7天) a parameter, other
    and undated (as 期限为1年 in a sentence); any other dated by the one period the paragraph
    introducing it names (…2025年11月17日…开展了1830亿元7天期逆回购操作。具体情况如下：), its
    kind as the figure's unit and name read it."""
    name = _row_name(cell.name)
    cand = NumberCandidate(0, 0, 0, 0, cell.value, None, cell.unit_raw, cell.unit,
                           cell.category, cell.multiplier)
    period = NO_PERIOD
    if contract_parameter(cand, name):
        kind = "other"
    else:
        period = _introduced(table.before, doc_date, roc) if table is not None else NO_PERIOD
        kind = classify(cand, name, "", name, future_period(period, doc_date, ()))
    return new_row(MetricRow, (
        sent_no, cell.quote, cell.raw_start, cell.raw_end, name or None, None, cell.value,
        None, cell.unit_raw, scaled(cell.value, cell.multiplier), cell.unit, kind, "none", None,
        period.text, period.start, period.end, None, None))


def _introduced(before: str, doc_date: date | None, roc: bool) -> Period:
    """The one period (a day, a span) the paragraph right before a record names when it
    introduces it (…如下：), else no period."""
    paragraph = before.rstrip().rsplit("\n", 1)[-1]
    if "如下" not in paragraph:
        return NO_PERIOD
    found = [p.period for p in periods_of(paragraph, doc_date, roc)
             if p.period.start is not None and not is_comparison(paragraph, p)]
    return found[0] if len(found) == 1 else NO_PERIOD


def _lot_metric(cell: TableCell, sent_no: int) -> MetricRow:
    """A figure of a tender's lots (包1  中小学教室照明改造  826  间  298.6  295.0): what the
    procedure sets for the lot (its quantity, budget, price cap), a parameter of the tender
    (kind other, as its text's 预算金额 and 最高限价), of no period (not the year a paragraph above
    names for an earlier phase)."""
    return new_row(MetricRow, (
        sent_no, cell.quote, cell.raw_start, cell.raw_end, _row_name(cell.name) or None,
        _subject(cell), cell.value, cell.value_high, cell.unit_raw,
        scaled(cell.value, cell.multiplier), cell.unit, "other", cell.qualifier,
        cell.qualifier_text, None, None, None, None, None))


def _listed_metric(cell: TableCell, sent_no: int, doc_date: date | None, roc: bool,
                   table: TextTable | None, path: tuple[str, ...]) -> MetricRow:
    """A figure of a list of projects (table_lists.py): dated by the period its own column's head
    names (2025年计划投资, in the title's year if it needs one); else undated when the list gives
    each project's years (a 总投资 spans them, a 建设内容 figure is the works' size: the years
    as written are its period's text, with no dates, so no plan paragraph's year dates it),
    else as any table's cell (its title, a heading, the text before it). A planned list's
    figures are targets (a plan's column or title: 2025年计划投资, …计划表)."""
    name = _row_name(cell.name)
    spans = _named(cell.dated_column, doc_date, roc) if cell.dated_column else []
    if spans:
        year = year_of(periods_of(cell.title, doc_date, roc), cell.title) if cell.title else None
        span = spans[0]
        period = (resolve_period(span.text, date(year, 12, 31))
                  if year is not None and needs_year(span.text) else span.period)
    elif cell.over_years or table is None:
        period = Period(text=cell.row_period, start=None, end=None) if cell.row_period else (
            NO_PERIOD)
    else:
        period = _table_period(table.raw, table.start, cell.title, _own_headings(path, table),
                               doc_date, roc, cell.planned)
    if cell.planned:
        kind = "target"
    elif cell.share:
        kind = "share"
    elif cell.growth:
        kind = "growth_rate"  # (a fund's returns over trailing windows, table_windows)
    else:
        cand = NumberCandidate(0, 0, 0, 0, cell.value, cell.value_high, cell.unit_raw,
                               cell.unit, cell.category, cell.multiplier)
        kind = kind_of(cand, name, "", name, future_period(period, doc_date, ()), period)[0]
        if kind == "actual" and period.start is not None and period.start == period.end:
            kind = "count_total"  # (a list at a day, 报告期末…组合情况: holdings, stocks)
    return new_row(MetricRow, (
        sent_no, cell.quote, cell.raw_start, cell.raw_end, name or None, None, cell.value,
        cell.value_high, cell.unit_raw, scaled(cell.value, cell.multiplier), cell.unit, kind,
        cell.qualifier, cell.qualifier_text, period.text, period.start, period.end, None, None))


def _proportion_of(column: str) -> str:
    """The measure a 比例 column head names (单位缴费比例（%）: the employer's contribution rate,
    as 个人缴费比例 beside it is the employee's), else 比例 alone (比例（%）)."""
    found = _PROPORTION_HEAD.match(column)
    return found.group(1) if found is not None else _PROPORTION


# a head naming its own proportion, its unit in brackets (单位缴费比例（%）, 个人缴费比例(%))
_PROPORTION_HEAD = re.compile(r"([\u4e00-\u9fff]{1,6}比例)\s*(?:[（(][^（）()]*[）)])?$")


# a row's own span in brackets after its name (地区生产总值（1-9月）: a quarterly figure in a
# monthly table)
# a row's note that its figures stand at the end of the table's period (（月末）, （期末）)
_END_NOTE = re.compile(r"[（(](月末|月底|期末)[）)]$")
_PERIOD_NOTE = re.compile(r"[（(]([^（）()]{2,12})[）)]$")
# an index's base in brackets (居民消费价格指数（上年同期=100）): what the level is measured
# against, no part of its name
_BASE_NOTE = re.compile(r"[（(][^（）()]{1,10}=100[）)]")


def _row_name(name: str) -> str:
    """A cell's name as an indicator: Simplified (經濟成長率), without a note of what its figure
    leaves out or takes in (固定资产投资（不含农户）: 固定资产投资; 职工基本医疗保险（含生育保险）
    单位缴费比例: the fund's rate, as a sentence's name drops both notes)."""
    if may_convert(name):
        name = to_simplified_aligned(name)
    if "含" in name or "包括" in name:
        name = _INCLUSION_NOTE.sub("", name)
    if "=100" in name:
        name = _BASE_NOTE.sub("", name)
    return _EXCLUSION_NOTE.sub("", name) if "不" in name or "未" in name else name


# a note of what a row's figure takes in, inside its name (基本医疗保险（含生育保险）)
_INCLUSION_NOTE = re.compile(r"(?<=[\u4e00-\u9fff])[（(](?:含|包括|包含)[^（）()]{1,12}[）)]")


def _year_introduced(before: str, doc_date: date | None, roc: bool) -> Period:
    """The year the paragraph right before a form (or before its title) names when it
    introduces the form (2025年各批次录取控制线如下：…): its figures are that year's; else no
    period."""
    paragraph = next((p for p in reversed(BLANK_LINE.split(before.rstrip())[-2:])
                      if "如下" in p), None)
    if paragraph is None:
        return NO_PERIOD
    years = [p.period for p in periods_of(paragraph, doc_date, roc) if _whole_year(p.period)]
    return years[0] if years else NO_PERIOD


def _title_span(title: str, doc_date: date | None, roc: bool) -> Period | None:
    """The one period a form's title names on its last line, a month or a run of months of a
    year already over by ``doc_date`` (2025年10月…统计表, 2025年1-10月…), else None."""
    lines = [ln for ln in title.splitlines() if ln.strip(" \u3000")]
    spans = _named(lines[-1], doc_date, roc) if lines else []
    if len(spans) != 1 or spans[0].start > _TITLE_LEAD:
        return None
    period = spans[0].period
    if period.start is None or period.end is None or period.start == period.end or (
            _whole_year(period)) or (doc_date is not None and period.end > doc_date):
        return None
    return period


_TITLE_LEAD = 4  # characters a form's title may hold before its period (表1　2025年10月…)


def _whole_year(period: Period) -> bool:
    """``period`` is one calendar year (2025年), not a part of it."""
    start, end = period.start, period.end
    return start is not None and end is not None and (start.month, start.day) == (1, 1) and (
        end == date(start.year, 12, 31))


# a region of several provinces heading a row (东部地区, 中西部地区, 东北地区, 华南地区): part of
# the name, never a subject (tests/gold/README.md, session 20)
_REGION_ROW = re.compile("(?:[东西中]部|东北|西北|西南|东南|华[北东南中]|中西部|东中部)地区")


def _subject(cell: TableCell) -> str | None:
    """The place of a cell's row in a table whose rows are places (合肥市: 合肥), but a whole
    (全省, 合计: no subject) or a region of several provinces (东部地区: in the name)."""
    if cell.place is None or cell.place in WHOLE_ROWS or _REGION_ROW.fullmatch(cell.place):
        return None
    return short_place(cell.place)


# a form's count standing at a date: carried over from or into a year, in force
_STANDING = ("结转", "现行", "有效", "结存", "余额", "年末", "期末")


def _years_series_to_now(table: TextTable | None, title: str, period: Period,
                         doc_date: date | None) -> bool:
    """A table of results by year whose last column is the text's own year (2023年  2024年
    2025年 under 近三届…主要数据 in November 2025), no column or title naming a goal: the year's
    column holds what is done so far, as the years before it do, no plan."""
    if table is None or doc_date is None or period.start is None or (
            period.start != date(doc_date.year, 1, 1)) or any(
            w in title for w in _TARGET_COLUMNS):
        return False
    heads = {c.column.strip() for c in table.cells}
    if any(w in h for h in heads for w in _TARGET_COLUMNS):
        return False
    years = {int(m.group(1)) for h in heads if (m := _YEAR_HEAD.fullmatch(h)) is not None}
    return {doc_date.year, doc_date.year - 1, doc_date.year - 2} <= years


_YEAR_HEAD = re.compile(r"(\d{4})\s?年")


def _against_last_year(table: TextTable | None) -> bool:
    """A table whose growth column compares with the same period a year before (1-6月 beside
    比上年同期增长%, 同比增长): its figures are results, measured after the period, whatever
    date the text is thought to have (an undated page's is guessed from its title's year)."""
    return table is not None and any(
        c.growth and any(w in c.column for w in _SAME_PERIOD) for c in table.cells)


_SAME_PERIOD = ("同期", "同比")
_INDEX_HEADS = ("指数", "指數")  # (a column of index levels, 101.95 against a base of 100)
_RUNNING_TOTAL = ("累计", "累計")
_RATIO_NAMES = ("比", "系数")
_SHARE_NAMES = ("占比", "比重", "佔比", "占总数")
_OF_TOTAL = ("占总数", "佔總數")  # a share column's head naming its whole (佔總數（%）)
_RATES = ("率", "比例")
_PROPORTION = "比例"
_TARGET_COLUMNS = ("预算数", "目标", "计划", "预计", "预期", "预测", "預算數", "目標", "計劃",
                   "計畫", "預計", "預期", "預測")


_ESTIMATES = ("预计", "預計")
# a column that is the budget itself (调整后预算, 年初预算, 预算（亿元）) beside 执行数: the year's
# plan; not a share of it (为预算%, 为调整后预算的%), which only names the budget
_BUDGET_HEAD = re.compile(r"(?:\d{4}年)?(?:年初|调整后|调整)?预算(?:数|额)?(?:[（(][^）)%]*[）)])?")


def _plan_column(head: str) -> bool:
    """Is the column a plan's (预算数, 目标值, 计划, 预计; the budget itself: 调整后预算)?"""
    return any(w in head for w in _TARGET_COLUMNS) or (
        "预算" in head and _BUDGET_HEAD.fullmatch(head.strip()) is not None)


def _past_estimate(column: str, period: Period, doc_date: date | None) -> bool:
    """A column of estimates for a period already over at the document's date (2025年预计
    beside 2025年计划 and 2026年目标 in a report of January 2026): the year's estimated result,
    not a plan (a plan-execution report's annex table gives the year's plan, its estimated
    outcome and the next year's goals side by side)."""
    return (any(w in column for w in _ESTIMATES) and doc_date is not None
            and period.end is not None and period.end < doc_date)


def _named(text: str, doc_date: date | None, roc: bool, april_fiscal: bool = False
           ) -> list[PeriodSpan]:
    """The periods a head names, not a comparison's base (比上年增长（%）, 较上年同期);
    ``april_fiscal``: its 年度 run from 1 April."""
    named = [p for p in periods_of(text, doc_date, roc, april_fiscal)
             if not is_comparison(text, p)]
    if not named and text.strip():
        # a head that is a day alone (2025年10月31日  2025年9月30日 over a balance sheet's rows):
        # the day its stocks are taken, not an event's day left out of the text's periods
        found = find_periods(text.strip(), doc_date, roc, april_fiscal)
        if len(found) == 1 and found[0].is_day and found[0].start == 0 and (
                found[0].end == len(text.strip())) and not needs_year(found[0].text):
            named = found
    return named


def _own_headings(path: tuple[str, ...], table: TextTable) -> tuple[str, ...]:
    """The headings above a table (cleaning may take an indented row of it for one)."""
    if not path:
        return path
    names = {c.name for c in table.cells}
    return tuple(h for h in path if not any(n and n in h for n in names)
                 and _ROW_TAKEN.search(h) is None)


# a heading ending with a bare figure after a gap (上年结转 2,100.00: a row of a table above
# taken for a heading), which dates no table below it
_ROW_TAKEN = re.compile(r"\s\d[\d,]*\.\d+$")


def _plans(cell: TableCell, path: tuple[str, ...]) -> bool:
    """The table's column, title or headings speak of goals (目标, 预算数, 计划, 安排)."""
    return any(w in text for text in (cell.column, cell.title, *path)
               for w in (*_TARGET_COLUMNS, *_PLAN_WORDS))


@lru_cache(maxsize=64)
def event_column_day(head: str, raw: str, doc_date: date | None) -> Period | None:
    """The day a column named by an event stands at (本次回购前, 回购完成后: table_heads'
    EVENT_HEAD), as the text gives it: a note defining the head (注：上表中“本次回购前”为截至2025年
    5月19日的股本结构), else, for the state after an event, the day a sentence says the event was
    done (截至2025年11月18日，公司已完成本次回购); None when the text gives no one day (the state
    before an event is not the day before its first step: the text must say)."""
    if not head or EVENT_HEAD.fullmatch(head) is None:
        return None
    raw = normalize_chars(raw)  # (read as cleaning reads it: 截至2025年1l月18日, OCR's l for 1)
    for note in re.finditer(r"[“\"「]" + re.escape(head) + r"[”\"」]\s*(?:为|是|指|系)\s*", raw):
        day = _day_opening(raw[note.end() : note.end() + 24], doc_date)
        if day is not None:
            return Period(text=head, start=day, end=day)
    if not head.endswith(("后", "後")):
        return None
    event = head.removeprefix("本次").rstrip("后後")
    for word in ("完成", "实施"):
        event = event.removesuffix(word)
    if len(event) < 2:
        return None
    days = set()
    done = re.compile(r"(?:完成|实施完毕)(?:了)?(?:本次|本轮)?" + re.escape(event)
                      + "|" + re.escape(event) + r"(?:已|已经)?(?:实施)?(?:完成|完毕)")
    for m in done.finditer(raw):
        clause_start = max(raw.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        before = raw[clause_start : m.start()]
        spans = [p for p in find_periods(before, doc_date) if not is_comparison(before, p)
                 and p.period.start is not None and p.period.start == p.period.end]
        if spans:
            days.add(spans[-1].period.start)
    if len(days) != 1:
        return None
    day = days.pop()
    return Period(text=head, start=day, end=day) if doc_date is None or day <= doc_date else None


def _day_opening(text: str, doc_date: date | None) -> date | None:
    """The day ``text`` opens with (截至2025年5月19日的…: 截至 allowed before it)."""
    text = re.sub(r"^(?:截[至止](?:到)?)\s*", "", text)
    spans = find_periods(text, doc_date)
    if not spans or spans[0].start != 0:
        return None
    found = spans[0].period
    if found.start is None or found.start != found.end:
        return None
    return found.start if doc_date is None or found.start <= doc_date else None


@lru_cache(maxsize=256)
def _table_period(raw: str, start: int, title: str, path: tuple[str, ...], doc_date: date | None,
                  roc: bool, plans: bool) -> Period:
    """The period of a table's cells that neither their row nor their column dates: the title's,
    else the nearest heading's, else the report period of the text before the table; a period
    not over at ``doc_date`` gives way to a report period inside it (not for a table of goals).
    Cached: every cell of a table asks (``raw`` is the document, hashed once)."""
    year = None
    found: PeriodSpan | None = None
    for text in (title, *reversed(path)):
        spans = _named(text, doc_date, roc)
        if year is None:
            year = year_of(spans, text)
        if found is None and spans:
            found = spans[-1]
    period = NO_PERIOD
    if found is not None:
        period = (resolve_period(found.text, date(year, 12, 31))
                  if year is not None and needs_year(found.text) else found.period)
    elif (day := _title_day(title, doc_date)) is not None:
        return day  # 基础数据（2025年10月27日）: the figures as of that day
    if period.start is not None and period.end is not None and (
            plans or doc_date is None or period.end <= doc_date):
        return period
    if plans:
        return NO_PERIOD
    within = None if period.start is None else (period.start, period.end)
    # (a year not over and no report period inside it: no period, rather than results read as
    # goals of that year)
    reported = reported_period(raw[:start], doc_date, roc, within)
    if (reported is not None and found is not None and found.period.start is None
            and found.text.endswith(_PERIOD_END) and reported.end is not None):
        # (5.1 报告期末基金资产组合情况: the holdings at the report period's last day)
        return Period(text=found.text, start=reported.end, end=reported.end)
    return reported or _data_cutoff(raw[:start], doc_date, roc) or (
        period if _year_ending(period, doc_date) else NO_PERIOD)
    # (附表 2025年…主要指标完成情况 in a summary of 26 December, nothing else dating it: the
    # year's results, as a December text's 全年 is the year in its sentences)


def _year_ending(period: Period, doc_date: date | None) -> bool:
    """``period`` is a whole calendar year whose last month ``doc_date`` is in (a year-end
    summary's tables of the year it reviews)."""
    return (doc_date is not None and period.start is not None and period.end is not None
            and period.start == date(doc_date.year, 1, 1)
            and period.end == date(doc_date.year, 12, 31) and doc_date.month == _LAST_MONTH)


_LAST_MONTH = 12
_PERIOD_END = ("报告期末", "本期末", "期末")


# a title's last line closing with a day in brackets (基础数据（2025年10月27日）; a bulletin's
# 主要站点水情（6月24日8时）, the day of the text's year to the hour)
_TITLE_DAY = re.compile(r"[（(]((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:\s?\d{1,2}\s?时(?:\d{1,2}分)?)?"
                        r"[）)][ \u3000]*$")


def _title_day(title: str, doc_date: date | None) -> Period | None:
    """The day a table's or a form's title names in brackets at its end (基础数据（2025年10月27日）:
    the figures as of that day's close), if it is not after the document's date."""
    lines = [ln for ln in title.splitlines() if ln.strip(" \u3000")]
    found = _TITLE_DAY.search(lines[-1]) if lines else None
    if found is None:
        return None
    spans = find_periods(found.group(1), doc_date)
    if len(spans) != 1 or spans[0].period.start is None or spans[0].period.start != (
            spans[0].period.end):
        return None
    day = spans[0].period
    return day if doc_date is None or day.end <= doc_date else None


# a report's statement of the day its data run to (报告数据统计截至2025年8月31日, 数据截止到…):
# what its tables show, when nothing else dates them
# (报告数据来源于…管理系统，统计截至…: the source named between)
_DATA_CUTOFF = re.compile("(?:数据|數據)(?:[^，,。；;\n]{0,6}?|[^。；;\n]{0,30}?[，,]统计)"
                          "(截[至止](?:到|至)?[^，,。；;\n]{4,16})")


def _data_cutoff(before: str, doc_date: date | None, roc: bool) -> Period | None:
    """The day the text before a table says its data run to (数据统计截至2025年8月31日), if it
    says so once and names a day already past."""
    found = _DATA_CUTOFF.findall(before)
    if len(found) != 1:
        return None
    spans = _named(found[0], doc_date, roc)
    if not spans or spans[0].start != 0:
        return None
    per = spans[0].period
    return per if per.end is not None and (doc_date is None or per.end <= doc_date) else None


# (…2025年部门预算 over a budget's tables: its plans)
_PLAN_WORDS = ("任务", "安排", "规划", "方案", "部门预算", "单位预算")


# a table's title naming a mean per day (每日平均乘客人次, 日均客运量): its cells are means
_DAILY_MEAN_TITLES = ("每日平均", "日均", "平均每日")
