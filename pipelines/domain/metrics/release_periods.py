"""The periods a release's undated figures take, read over the whole document: its lead
paragraph's window or the one before (由上一个三个月的X), its data's cut-off day, its survey's
levels, its class's size; and a level named as of the period before (前一周的4.9%)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, timedelta

from pipelines.domain.docdate import data_end_topic
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.change_words import holds_any
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_choice import ON_A_LIST
from pipelines.domain.metrics.period_events import period_words
from pipelines.domain.metrics.period_kinds import AS_OF
from pipelines.domain.metrics.period_spans import SURVEY_HELD
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.periods import (
    SAME_SPAN,
    find_periods,
    last_day,
    may_hold_period,
    needs_year,
    resolve_period,
    same_span_in_year,
)
from pipelines.domain.records import Period

# a comparison with an earlier time (与上一个三个月比较, 按年, 同比, 较上月): the figure is of the
# period the text reports on (raw text: either script)
# (not 按年度用水量, 按年给予水费补贴, 按月发放: by the year or month, a rule's terms)
_COMPARED = re.compile(r"比[较較]|相比|按[年月](?!度|份|给|發|发|缴|繳|支|拨|撥|结|結|核|申|领|領"
                       r"|足额)|同比|[环環]比|[较較]上|比上|[较較]去年|比去年"
                       r"|上一[个個]|一年前|与上[月年期季]持平")
# the level a change starts from, before the number: 上一个三个月的X (the window before), 一年前的X
# (the same window a year before), 由X (in a paragraph comparing with the window before)
_PREVIOUS = re.compile(r"上一[个個][一二三四五六七八九十两兩\d]*[个個]?(?:月|季度?|年)的\s*$")
_YEAR_AGO = re.compile(r"一年前的\s*$")
_FROM = re.compile(r"由\s*$")
# the move to a new level right after the number 由 opens (由15个工作日压缩至5个工作日): the number
# is the old level, of a time the text does not give
_MOVED_AFTER = re.compile(r"[^\d，,；;。、]{0,6}?(?:提高|提升|上升|增加|增长|下降|降低|"
                          r"减少|缩短|压缩|缩减|缩小|扩大|调整|降|升|增|减)(?:到|至|为)")


_MONEY = frozenset(("元", "港元", "美元", "澳门元", "新台币", "新元"))


def release_period(out: list[MetricRow], blocks: Sequence[int], raw: str | None
                   ) -> list[MetricRow]:
    """A release's figures with no time expression, in a paragraph that compares them with an
    earlier time (与上一个三个月比较，建造业的失业率下跌0.5个百分点至6.8%): the period its lead
    paragraph reports on (the latest it names: 由8月至10月的3.9%下跌至9月至11月的3.8%); the level
    a change starts from (由上一个三个月的X…至…, 一年前的X) the window before it; one after 由
    in a paragraph comparing otherwise (同比: 由15个工作日压缩至5个工作日) is of no time the text
    gives. Goals and a rule's parameters stay undated."""
    if raw is None or not out:
        return out
    if "数据" in raw:
        if "截" in raw:
            out = _at_data_cut_off(out, raw)
        if "调查" in raw:
            out = _survey_levels(out, raw)
    if _CLASS in raw:
        out = _class_sizes(out, raw)
    first = blocks[0]
    lead = [m for m, b in zip(out, blocks, strict=True)
            if b == first and m.period_end is not None and m.period_start is not None
            and m.kind not in ("target", "other")
            and SURVEY_HELD.search(raw, m.char_start, m.char_start + 40) is None
            and SURVEY_HELD.search(raw, max(0, m.char_start - 60), m.char_start) is None]
    if not lead:
        return out
    ref = _lead_frame(lead)
    if ref.period_start == ref.period_end and not (ref.period_text or "").startswith(AS_OF):
        # (财政厅于2025年8月19日…招标发行了…: an issue's day dates the issue, not the later
        # paragraphs' uses of its money; a statistics' day, 截至2025年8月31日, dates them)
        return out
    # the window before: the lead's other period (由8月至10月的3.9%下跌至9月至11月的3.8%), else
    # the window of the same length just before
    earlier = [m for m in lead if m.period_end < ref.period_end]  # type: ignore[operator]
    if earlier:
        prev = max(earlier, key=lambda m: (m.period_end, m.period_start))
        previous = (prev.period_text, prev.period_start, prev.period_end)
    else:
        n = _months(ref.period_start, ref.period_end)  # type: ignore[arg-type]
        previous = ("上一期", _back(ref.period_start, n), _back(ref.period_end, n, end=True))
    year_ago = ("一年前", _back(ref.period_start, 12), _back(ref.period_end, 12, end=True))
    current = (ref.period_text, ref.period_start, ref.period_end)
    filled = out
    blanks: list[tuple[int, int]] | None = None  # the blank lines' spans (when first needed)
    for i, (m, block) in enumerate(zip(out, blocks, strict=True)):
        if (block == first or m.period_text is not None or m.period_start is not None
                or m.kind in ("target", "other")):
            continue
        if blanks is None:
            blanks = [b.span() for b in BLANK_LINE.finditer(raw)]
        para, end = _paragraph_around(blanks, len(raw), m.char_start)
        if ON_A_LIST.search(raw, para, m.char_start) is not None:
            # (在…榜单中上榜企业达到47家: of the list's edition, :func:`.period_choice._on_a_list`)
            continue
        cue = _COMPARED.search(raw, para, end)
        if cue is None or _own_period(out, para, end, current) or (cue.start() > m.char_start and (
                (m.kind not in ("share", "growth_rate") and m.unit not in _MONEY)
                or "。" in raw[m.char_end : cue.start()])
                and not _compared_itself(raw, m.char_end, cue.start())):
            continue  # (a count before the comparison in its sentence: a sample, 纳入监测的156家;
            # not money, 鋰電池生產設備收益為人民幣1,652.7百萬元…；光伏設備收益…較去年同期減少6.8%:
            # the first of the parts compared)
        before = raw[max(para, m.char_start - 12) : m.char_start]
        period = current
        if _FROM.search(before) and not cue.group().startswith("上一") and (
                _MOVED_AFTER.match(raw, m.char_end) is not None):
            continue  # (由15个工作日压缩至5个工作日: the old level, of no time the text gives)
        if _PREVIOUS.search(before) or (_FROM.search(before) and cue.group().startswith("上一")):
            period = previous
        elif _YEAR_AGO.search(before):
            period = year_ago
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=period[0], period_start=period[1],
                               period_end=period[2])
    return filled


def _compared_itself(raw: str, end: int, cue: int) -> bool:
    """The comparison opens the clause right after the number (內地旅客有235.79萬人次，按年上升
    15.8%), or after the list the number opens (营业收入分别为2156亿元、1987亿元和1342亿元，同比分别
    增长…: each item's change): the change is the number's own, so it is of the release's
    period, not a sample's size the sentence goes on to compare something else in."""
    return _CLAUSE_GAP.fullmatch(raw, end, cue) is not None


# (a line break ends the clause too where a phone article breaks its lines for commas, bold
# markers ** around the figure: 38.9亿元⏎同比增长9.7%, **96.4亿元**⏎同比增长15.3%)
_CLAUSE_GAP = re.compile(
    r"(?:\s*[、和及与]\s*[\d.,]+\s*[^\d\s，,。；;、和及与]{0,6})*[\s*]*(?:[，,]|\n)[\s*]*")


# a numbered top heading on a line of its own (二、毕业去向落实情况)
_TOP_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[ \t\u3000]*([^\n]{2,40})$",
                          re.MULTILINE)


def _at_data_cut_off(out: list[MetricRow], raw: str) -> list[MetricRow]:
    """A report labelling the day one kind of its data runs to (报告中毕业去向数据统计截至2025年8月
    31日; its survey's figures of another time): the figures of a section whose top heading names
    that data (二、毕业去向落实情况, 四、各学院毕业去向落实情况) and that no time their paragraph
    writes dates (undated, or dated from outside it: the class the title names, 2025届, or the
    month the text names most) are states at that day, as the section's figure written 截至… is;
    goals and parameters stay as they are."""
    seen = _squeezed(raw)  # (the label read as printed: 统计截至2025年8⏎月31日, 数\u200b据)
    found = data_end_topic(seen, None)
    if found is not None:
        topic, day = found
        heads = [(h.start(), topic in _squeezed(h.group(1))) for h in _TOP_HEADING.finditer(raw)]
        line_only = False
    elif (every := _all_data_cut_off(seen)) is not None:
        # (报告数据来源于…系统，统计截至2025年8月31日；就业质量部分来源于…调查: every section but
        # the survey's)
        day, survey = every
        heads = [(h.start(), not any(t in _squeezed(h.group(1)) for t in survey))
                 for h in _TOP_HEADING.finditer(raw)]
        line_only = True
    else:
        return out
    if not any(on for _, on in heads):
        return out
    starts = [at for at, _ in heads]
    text = f"截至{day.year}年{day.month}月{day.day}日"
    filled = out
    blanks: list[tuple[int, int]] | None = None  # the blank lines' spans (when first needed)
    for i, m in enumerate(out):
        n = bisect_right(starts, m.char_start)
        if not n or not heads[n - 1][1] or m.kind in ("target", "other") or (
                line_only and m.period_start is None):
            continue  # (a label for all the data re-dates what the class dated from outside;
            # what no time dates may be a survey's, 五险一金的比例 under 三、就业质量)
        if m.period_start is not None:
            if blanks is None:
                blanks = [b.span() for b in BLANK_LINE.finditer(raw)]
            para = _paragraph_around(blanks, len(raw), m.char_start)[0]
            if line_only:  # (a section's lines set without blank lines between: its line's own,
                # the lines a wrap cut it into with it)
                para = max(para, _wrapped_line_start(raw, m.char_start))
            if m.period_start == m.period_end or _squeezed(m.period_text or "") in _squeezed(
                    raw[para : m.char_end]):
                continue  # (a time its paragraph writes, 截至2025年8月31日 or 2025年, is its own)
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=text, period_start=day, period_end=day)
    return filled


def _wrapped_line_start(raw: str, at: int) -> int:
    """Where the line holding ``at`` starts, the lines before it that end with no sentence's
    end (and are no heading) taken with it (a paragraph a column's width cut: 学校2025届毕业生…⏎
    共9684人)."""
    start = raw.rfind("\n", 0, at) + 1
    while start > 0:
        before = raw[raw.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
        if not before or before[-1] in _SENTENCE_ENDS or _TOP_HEADING.fullmatch(before) or (
                before[-1] == "." and not before[-2:-1].isdigit()):
            break  # (a sentence's end, 。 read as a point too, or a heading above: 二、…情况)
        start = raw.rfind("\n", 0, start - 1) + 1
    return start


_SENTENCE_ENDS = "。！？；：”…!?;:"


# what a copy of a printed page puts inside a label, no part of it: line breaks, spaces (a wrap,
# OCR's spacing) and invisible characters (a zero-width space, a BOM, a soft hyphen)
_UNPRINTED = re.compile("[\\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


def _squeezed(text: str) -> str:
    """``text`` without line breaks, spaces and invisible characters (searched, not quoted)."""
    return _UNPRINTED.sub("", text)


# the data a report says come from a survey (薪酬、满意度等数据来源于学校2025年10月开展的毕业生跟踪
# 调查; 薪酬及满意度数据来源于第三方机构调查; 就业质量部分来源于第三方机构开展的…调查): group 1
# their names
_SURVEY_DATA = re.compile(r"([\u4e00-\u9fff、及和]{2,16}?)(?:等?数据|部分)(?:均)?来源于"
                          r"[^。；;]{0,30}?调查")
# a report's one label of the day all its data run to (报告数据统计截至2025年8月31日, 报告数据来源于
# 全国高校毕业生就业管理系统，统计截至2025年8月31日), a survey's data apart
_ALL_DATA_END = re.compile(r"报告数据(?:来源于[^。；;，,]{0,30}[，,])?统计截[至止]"
                           r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")


def _all_data_cut_off(raw: str) -> tuple[date, list[str]] | None:
    """The day a report's data run to, labelled once for all of them, and the names of the data
    a survey gives instead (就业质量, 薪酬、满意度), which stand apart; None without both."""
    found = list(_ALL_DATA_END.finditer(raw))
    survey = _SURVEY_DATA.search(raw)
    if len(found) != 1 or survey is None:
        return None
    topics = [t for t in _TOPIC_SPLIT.split(survey.group(1).split("中")[-1]) if len(t) >= 2]
    year, month, day = (int(g) for g in found[0].groups())
    return (date(year, month, day), topics) if topics else None
_TOPIC_SPLIT = re.compile(r"[、及和]")
# a numbered heading, on a line of its own (二、专业对口度与满意度) or run in (（二）满意度。)
_ANY_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]{1,3}、[^\n]{1,30}$"
                          r"|[（(][一二三四五六七八九十]{1,3}[）)][^。\n]{1,12}。", re.MULTILINE)
# a comparison with an earlier time or class (较2024届提高, 低于2024届, 比上年, 同比)
_AGAINST_EARLIER = re.compile(r"(?:[较比較]|低于|高于|低於|高於)(?:上|去|前|\d{4}|同期)"
                              r"|同比|环比|環比")


def _survey_levels(out: list[MetricRow], raw: str) -> list[MetricRow]:
    """A report whose data of some kinds come from a survey (满意度等数据来源于…调查): the levels
    under a heading naming such data (（二）满意度。, 二、专业对口度与满意度) that no time their
    section writes dates and that their task compares with no earlier time or class are the
    survey's answers, of no period (the survey's month is when it asked; the class the title
    names dates them only where compared with another class: 较2024届提高0.5个百分点)."""
    found = _SURVEY_DATA.search(raw)
    if found is None:
        return out
    topics = [t for t in _TOPIC_SPLIT.split(found.group(1).split("中")[-1]) if len(t) >= 2]
    heads = [(h.start(), h.end(), any(t in h.group() for t in topics))
             for h in _ANY_HEADING.finditer(raw)]
    if not topics or not any(on for *_, on in heads):
        return out
    starts = [at for at, *_ in heads]
    filled = out
    for i, m in enumerate(out):
        n = bisect_right(starts, m.char_start)
        if (not n or not heads[n - 1][2] or m.period_start is None
                or m.kind in ("target", "other", "rank")):
            continue
        head = heads[n - 1][0]
        if m.period_text and m.period_text in raw[head : m.char_end]:
            continue  # (（一）薪酬。2025届毕业生平均月薪…: the section writes its class)
        task = max(raw.rfind(c, head, m.char_start) for c in "。；;\n")
        ends = [e for e in (raw.find(c, m.char_end) for c in "。；;\n") if e >= 0]
        if _AGAINST_EARLIER.search(raw, max(task, head), min(ends, default=len(raw))):
            continue
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=None, period_start=None, period_end=None)
    return filled


# the class a report is on, in its title (西南交通大学2025届毕业生就业质量年度报告)
_CLASS = "届"
_CLASS_IN_TITLE = re.compile(r"((?:19|20)\d{2})届")
_TITLE_LINES = 5  # lines read for the title
_REPORT = "报告"


def _class_sizes(out: list[MetricRow], raw: str) -> list[MetricRow]:
    """In a report on a class its title names (2025届…报告), the class's size (a 学院 table's
    毕业生人数 column; lexicon ``periods.class_sizes``) dated at a day its line does not write
    (the cut-off its other data run to, 截至2025年8月31日) is the class's, of its year: how many
    graduate that year, not a state at the day."""
    # (a site's name and its breadcrumb may stand above the title: 就业信息网 / 首页 > …)
    title = next((line for line in raw.lstrip().split("\n", _TITLE_LINES)[:_TITLE_LINES]
                  if _CLASS_IN_TITLE.search(line) and _REPORT in line), "")
    found = _CLASS_IN_TITLE.search(title)
    words = period_words().get("class_sizes", ())
    if found is None or not words:
        return out
    year = int(found.group(1))
    filled = out
    for i, m in enumerate(out):
        if (m.period_start is None or m.period_start != m.period_end or not m.indicator
                or not m.indicator.endswith(words)):
            continue
        line = raw[raw.rfind("\n", 0, m.char_start) + 1 : m.char_end]
        if m.period_text and m.period_text in line:
            continue  # (截至8月31日，毕业生人数…: the day its line writes)
        if filled is out:
            filled = list(out)
        filled[i] = m._replace(period_text=found.group(), period_start=date(year, 1, 1),
                               period_end=date(year, 12, 31))
    return filled


def _lead_frame(lead: list[MetricRow]) -> MetricRow:
    """The lead paragraph's row whose period the release reports on: the latest it names, and
    of those ending that day the first named (1—10月，…累计实现…。10月当月，…: the months so
    far the release is on, not the last month given aside)."""
    latest = max(m.period_end for m in lead)  # type: ignore[type-var]
    return next(m for m in lead if m.period_end == latest)


def _own_period(out: list[MetricRow], start: int, end: int,
                current: tuple[str | None, date | None, date | None]) -> bool:
    """The release's period is a day (its statistics' day, 截至2025年8月31日) and a paragraph
    (raw ``start``-``end``) dates a figure by a span of its own (第三章 就业质量 on the 2025届
    class: 2025届毕业生平均月薪…): a section on that span, whose undated figures (a survey's
    levels) are not the states at the lead's day."""
    return current[1] == current[2] and any(
        start <= m.char_start < end and m.period_start is not None
        and m.period_start != m.period_end for m in out)


# a blank line (CRLF lines, spaces or an indent on it too): paragraphs apart
BLANK_LINE = re.compile(r"\n[ \t\r\u3000]*\n")


def _paragraph_around(blanks: list[tuple[int, int]], size: int, at: int) -> tuple[int, int]:
    """The span of the paragraph holding offset ``at`` of a text of ``size`` characters whose
    blank lines are ``blanks`` (in order)."""
    n = bisect_right(blanks, (at, size))
    return (blanks[n - 1][1] if n else 0), (blanks[n][0] if n < len(blanks) else size)


def _months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _back(day: date | None, months: int, end: bool = False) -> date | None:
    """``day`` moved ``months`` back (a month's last day stays its month's last day)."""
    if day is None or not months:
        return day
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return last_day(year, month + 1) if end else date(year, month + 1, min(day.day, 28))


# a column of a weekly or monthly table whose figures are of the period before the table's, or
# of the same period a year before (品种  本周  前一周  环比（%）  去年同期  同比（%）)
_PERIOD_BEFORE = ("前一周", "上一周", "上周", "前一月", "上一月", "上月")
_YEAR_BEFORE_SAME = ("去年同期", "上年同期", "一年前")  # (與一年前的2.9%比較: a year before)
_WEEK_DAYS = 7


# a level of the period before or of the same period a year before, named so right before it
# (高于前一周的4.9%，也高于去年同期的4.6%)
_EARLIER_LEVEL = re.compile(rf"({'|'.join((*_PERIOD_BEFORE, *_YEAR_BEFORE_SAME))})(?:水平)?的$")
_EARLIER_CHARS = 8


def earlier_level(text: str, cand: NumberCandidate, period: Period,
                  doc_date: date | None = None) -> Period | None:
    """ILI%为5.8%，高于前一周的4.9%，也高于去年同期的4.6%: a level after 前一周的 (上月的, 去年同期
    的) is of that period, worked out from the one its sentence reports (as a weekly table's
    column of the week before is: :func:`column_period`), not of the sentence's week."""
    found = _EARLIER_LEVEL.search(text, max(0, cand.start - _EARLIER_CHARS), cand.start)
    if found is not None:
        return column_period(found.group(1), period)
    return _base_level(text, cand, period, doc_date)


# a comparison's base named by a period, its level right after (较首九个月的12.4%, 比2020年的
# 5.1%, 较二零二四年同月的3,821亿元; 比今年预计的3351亿令吉, 低于2025年预计的3.8%: a forecast's),
# or a change's level to begin with in the same span of a
# named year (毛利率由二零二四年同期的24.8%上升至26.1%; 由上年的1.71 is dated as written): the
# base's own figure
_BASE_LEVEL = re.compile(r"(?:较|比|較|低于|高于|低於|高於)\s?([^，,；;。较比較的]{2,16}?)"
                         r"(?:水平|预计|預計|预测|預測|实际|實際)?的$"
                         r"|由\s?([^，,；;。较比較由的]{2,14}同[期月])的$")
_BASE_CHARS = 20
_THIS_YEAR = ("今年", "本年")


def _base_level(text: str, cand: NumberCandidate, period: Period,
                doc_date: date | None = None) -> Period | None:
    """The period of a level named as a comparison's base (较首九个月的12.4%略为扩大), the
    whole base being that period: in the year of ``period`` when it names none (首九个月), the
    same month of another year as ``period``'s (二零二四年同月); else None."""
    found = _BASE_LEVEL.search(text, max(0, cand.start - _BASE_CHARS), cand.start)
    base = (found.group(1) or found.group(2)) if found is not None else ""
    spans = find_periods(base, period.end) if base and may_hold_period(base) else []
    if len(spans) != 1 or (spans[0].start, spans[0].end) != (0, len(base)):
        base = _named_base(text, cand, period)
        if not base:
            return None
        spans = find_periods(base, period.end)
    if base.endswith(SAME_SPAN):
        return same_span_in_year(base, period)
    if base.startswith(_THIS_YEAR) and doc_date is not None:
        # (2026年税收达到…，比今年预计的3351亿令吉: this year is the text's, not the goal's)
        return find_periods(base, doc_date)[0].period
    if period.end is None:
        return spans[0].period if spans[0].period.start is not None else None
    named = resolve_period(base, date(period.end.year, 12, 31)) if needs_year(base) else (
        spans[0].period)
    return named if named.start is not None else None


def _named_base(text: str, cand: NumberCandidate, period: Period) -> str:
    """The period of a comparison's base named by its period and a few words of its own, its
    level right after and the change from it after that (较去年最高负荷1.47亿千瓦提高…, 较7月8日
    创下的1.49亿千瓦增长…): the base's period's words, '' when there is no such base."""
    found = _NAMED_BASE.search(text, max(0, cand.start - _BASE_CHARS), cand.start)
    changes = metric_lexicon().growth_cues
    if found is None or not text[cand.end : cand.end + _BASE_CHARS].lstrip().startswith(changes):
        return ""
    base = found.group(1)
    spans = find_periods(base, period.end) if may_hold_period(base) else []
    if not spans or spans[0].start != 0 or len(base) - spans[0].end > _BASE_WORDS or (
            holds_any(base[spans[0].end :], changes)):  # (比上年增长: the change, no base)
        return ""
    return base[: spans[0].end]



# 较 / 比, the base's period and up to _BASE_WORDS characters naming it or its deed (创下), 的
_NAMED_BASE = re.compile(r"(?:较|比|較)\s?([^，,；;。较比較的]{2,20}?)的?$")
_BASE_WORDS = 8


# the same span just before the one given (對上三個月的相應平均每月升幅, 對上一個月): Hong Kong's
# and Macau's releases
_SPAN_BEFORE = re.compile(r"(?:对上|對上)[一二三四五六\d]*[个個]?(?:月|季度?)")


def span_before(text: str, start: int, end: int, last: Period | None) -> Period | None:
    """The span as long as ``last`` (the figure before's) right before it, when the clause
    [start, end) opens with 對上 (對上三個月): None else."""
    clause = text[start:end]
    found = _SPAN_BEFORE.match(text, start + len(clause) - len(clause.lstrip(" ，,")))
    if found is None or found.end() > end or last is None or last.start is None or (
            last.end is None):
        return None
    n = _months(last.start, last.end)
    return Period(text=found.group(), start=_back(last.start, n), end=_back(last.end, n, end=True))


def column_period(column: str, period: Period) -> Period | None:
    """The period a table column's head names relative to the table's ``period``: the week
    (month) before for 前一周 (上月), the same week (month, span) a year before for 去年同期
    (a week by its ISO number: a weekly release counts its weeks so); None if the head names
    neither or the table's period is not such a span."""
    start, end = period.start, period.end
    if start is None or end is None or not column.startswith((*_PERIOD_BEFORE, *_YEAR_BEFORE_SAME)):
        return None
    week = (end - start).days == _WEEK_DAYS - 1 and start.weekday() == 0
    month = start.day == 1 and end == last_day(start.year, start.month)
    if column.startswith(_YEAR_BEFORE_SAME):
        if week:
            year, number, _ = start.isocalendar()
            try:
                first = date.fromisocalendar(year - 1, number, 1)
            except ValueError:
                return None
            return Period(text=column, start=first, end=first + timedelta(days=_WEEK_DAYS - 1))
        if start == end:  # (截至2025年9月底，…较去年同期的6.1年: the same day a year before)
            day = date(end.year - 1, end.month, min(end.day, last_day(end.year - 1, end.month).day))
            return Period(text=column, start=day, end=day)
        return Period(text=column, start=_back(start, 12), end=_back(end, 12, end=True))
    if week and "周" in column:
        return Period(text=column, start=start - timedelta(days=_WEEK_DAYS),
                      end=end - timedelta(days=_WEEK_DAYS))
    if month and "月" in column:
        return Period(text=column, start=_back(start, 1), end=_back(end, 1, end=True))
    return None
