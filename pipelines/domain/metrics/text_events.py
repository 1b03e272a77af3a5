"""The days a text gives once and its words stand for elsewhere: a holiday or film season
with its dates (国庆假期（10月1日至8日）), an event or work season (“双十一”期间（…）, 2025年
汛期（…）), spans and seasons named with their dates, 首日, 当天, the cut-off day of its figures
and a market close's day. Read over the whole raw text, apart from the sentence context."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain
from operator import attrgetter

from pipelines.domain.cleaning.normalize import INVISIBLE, normalize_chars
from pipelines.domain.cleaning.script import may_convert, to_simplified_aligned
from pipelines.domain.metrics.clauses import clause_start
from pipelines.domain.metrics.period_events import MARKET_CLOSE
from pipelines.domain.metrics.period_spans import periods_of
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import (
    PeriodSpan,
    official_holiday,
    official_holiday_known,
    resolve_period,
    work_season,
)
from pipelines.domain.records import Period

# a holiday with its dates in brackets (国庆中秋假期（10月1日至8日）, 春节假期（1月28日—2月4日））:
# the days the text's holiday words (假期, 节日期间, 黄金周) stand for wherever they occur
# (read on the text as it is, whitespace allowed between the characters: 假 期（1 0月1日…)
# a film or sales season named after its holiday (国庆档（10月1日至8日）, 春节档, 暑期档, 五一档):
# the season is read as the holiday is, its name and 档期内 standing for its days
_SEASONS = "国庆|春节|暑期|暑假|寒假|五一|元旦|贺岁|中秋|端午|清明|七夕|情人节|劳动节|跨年"
# a school holiday's season named bare with its dates (今年暑期（7月1日至8月31日）: a city's
# report on the summer season): its bare name (暑期全市接待游客) stands for those days
_TERMS = "暑期|暑假|寒假"
_HOLIDAY_OPEN = re.compile(
    rf"(?:假\s*期|假\s*日|长\s*假|黄\s*金\s*周|(?P<season>{_SEASONS})\s*档\s*(?:期\s*)?"
    r"|(?P<term>暑\s*期|暑\s*假|寒\s*假))\s*[（(]")
_TO_BRACKET = re.compile(r"[^（）()]*")
_HOLIDAY_CLOSE = ("）", ")")
_HOLIDAY_DATE_CHARS = (4, 24)  # the dates' characters without whitespace, at least and at most
_NO_SPACE = re.compile(r"\s+")
# (去年国庆假期, 上年春节假期: an earlier holiday, not the one reported on); a season's words:
# its name with 档 (国庆档), or 档期内 (not 同档期, the same season of other years, nor
# 国庆档期最后一天, one day of it; 档期票房 is a name, the season's box office)
# (清明节期间, 春节期间: a holiday named by its days off, as 清明假期, only with its name before)
# (“十一”黄金周, 十一长假: the national day's holiday named by its date; not 二十一)
_ELEVENTH = "“十一”|(?<![〇一二三四五六七八九十百千万两\\d])十一"
# (a holiday's name in quotes: “五一”黄金周期间, “端午”假期)
_QUOTED_NAME = "[“\"]?(?:国庆|中秋|春节|元旦|五一|劳动节|端午|清明)[”\"]?"
HOLIDAY_WORD = re.compile(
    rf"(?<!去年)(?<!上年)(?:(?:{_QUOTED_NAME}|{_ELEVENTH})节?[、和]?)"
    rf"{{0,2}}(?:节假日期间|节日期间|假日期间|假期|黄金周|小?长假)(?:期间)?"
    rf"|(?<!同)({_SEASONS})档(?:期间|期内|期)?(?!期?(?:最后|首日|第))"
    rf"|(?<!同)档期内|(?<!去年)(?<!上年)(?:国庆|春节|五一|劳动节|端午|清明|{_ELEVENTH})节?期间"
    rf"|(?<!去年)(?<!上年)(?<!同)(?P<term>{_TERMS})(?![档期间])")
# (a text that may name a holiday)
HOLIDAY_WORDS = re.compile(rf"假|(?:{_SEASONS})档|档期内|节?期间|黄金周|暑期")
# the holiday a holiday word names (国庆 of 国庆中秋假期, 清明 of 清明档, 五一 of 劳动节假期): as
# the schedule of pipelines/data/metrics/holidays.yaml names it
_NAMED_IN_WORD = re.compile(rf"国庆|中秋|春节|元旦|五一|劳动节|端午|清明|{_ELEVENTH}|{_SEASONS}")
_HOLIDAY_NAMES = {"劳动节": "五一", "国庆节": "国庆", "十一": "国庆", "“十一”": "国庆"}
AS_OF = ("截至", "截止")
_EARLIER_HOLIDAY = re.compile(
    r"(?:去年|上年|前年)(?:(?:国庆|中秋|春节|元旦|五一|劳动节|端午|清明)节?[、和]?){0,2}$")


# a market's close named in a report's lead, after the day it opens with (3月18日，A股三大指数震荡
# 走高，集体收涨。截至收盘，…): the report is on that day's trading
_CLOSE = MARKET_CLOSE
# (not a day in brackets: 基础数据（2025年10月27日） 收盘价（元）…, a data block's label, no lead)
_CLOSE_LEAD = re.compile(r"(\d{1,2})月(\d{1,2})日(?![）)])[^\n]{0,80}?(?:" + _CLOSE.pattern + ")")
# what the lead is searched without: spaces, deleted characters and single line breaks (a page's
# hard wraps, OCR spacing: 3 月 1 8 日, 震荡走⏎高); a blank line still ends it
_LEAD_GAPS = re.compile("[ \t\u3000" + INVISIBLE + "]|(?<!\n)\n(?!\n)")
# (a line's trailing spaces go first: a blank line with a space on it, as a Windows line end's \r
# becomes, still ends the lead)
_LINE_END_SPACES = re.compile("[ \t\u3000" + INVISIBLE + "]+(?=\n)")
_LEAD_CHARS = 400  # the lead: the title, the source line and the first paragraph's opening
_REPORTED_WITHIN = 3  # days: a close is reported that evening or within a weekend


def market_day(raw: str, doc_date: date) -> PeriodSpan | None:
    """The day a market close report's lead opens with (3月18日，…集体收涨), if it is the
    document's day or one of the few before it: the day of its figures."""
    lead = _LINE_END_SPACES.sub("", normalized_raw(raw[:_LEAD_CHARS]))
    found = _CLOSE_LEAD.search(_LEAD_GAPS.sub("", lead))
    if found is None:
        return None
    month, day = int(found.group(1)), int(found.group(2))
    try:
        at = date(doc_date.year, month, day)
        if at > doc_date:
            at = date(doc_date.year - 1, month, day)
    except ValueError:
        return None
    if (doc_date - at).days > _REPORTED_WITHIN:
        return None
    name = f"{month}月{day}日"
    return PeriodSpan(found.start(), found.start(), name, Period(text=name, start=at, end=at),
                      True)


_MID_AUTUMN = "中秋"  # (joined with 国庆 some years: the joined holiday goes by 国庆)


def holiday_name(word: str) -> str | None:
    """The holiday (or season) a holiday word names, as the schedule names it: 国庆 of 国庆中秋
    假期 or of 中秋国庆假期 (a joined holiday goes by the one the schedule lists), 五一 of 劳动节
    假期, 暑期 of 暑期档; None for a word naming none (假期, 黄金周, 档期内)."""
    names = [_HOLIDAY_NAMES.get(n, n) for n in _NAMED_IN_WORD.findall(word)]
    listed = sorted((n for n in names if official_holiday_known(n)), key=_MID_AUTUMN.__eq__)
    return (listed or names or [None])[0]


def holiday(raw: str, doc_date: date | None, official: bool = True
            ) -> tuple[PeriodSpan | None, str | None]:
    """The holiday a text gives the dates of (国庆中秋假期（10月1日至8日）), if any, and its
    name (国庆; 国庆 of 国庆档（10月1日至8日）, a season named after it): read in
    the page's characters as cleaning normalizes them (same offsets), so 10月1曰至8曰 (OCR's 曰
    for 日) or full-width digits still give the dates; without its whitespace, so a hard wrap or
    an OCR space (10月1日至8⏎日, 假 期（1 0月1日…) does not lose them. ``official``: a holiday
    named with neither dates nor length is dated by the mainland's official days off."""
    text = normalized_raw(raw)
    found, name = _holiday_dates(text)
    if found is None:
        span = _holiday_of_length(text, doc_date) or (
            _official_holiday(text, doc_date) if official else None)
        return span, holiday_name(span.text) if span is not None else None
    days = [p for p in periods_of(found, doc_date)
            if p.period.start is not None and p.period.end is not None
            and p.period.start < p.period.end]
    return (days[0], name) if days else (None, None)


# a holiday named with its length (国庆假期8天, 国庆中秋假期共8天): one whose first day is fixed,
# the national day, runs that many days from it (a text on it, published after it)
_FIRST_DAYS = {"国庆": (10, 1)}
_HOLIDAY_LENGTH = re.compile(
    r"(国庆)(?:节|中秋)?(?:、|和)?(?:中秋)?(?:假\s*期|长\s*假|黄\s*金\s*周)"
    r"\s*(?:共|为期)?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*天")  # (八天: read out)


def holiday_length_at(text: str, start: int) -> bool:
    """The number at ``start`` is the length of a holiday named right before it (国庆假期8天):
    the holiday's days, a period, not a metric."""
    found = _HOLIDAY_LENGTH.search(text, max(0, start - 16), start + 3)
    return found is not None and found.start(2) == start


def _holiday_of_length(text: str, doc_date: date | None) -> PeriodSpan | None:
    """The days of a holiday named with its length (国庆假期8天: 1 to 8 October of the holiday
    just over at ``doc_date``, or of one to come within weeks), if the text names one."""
    found = _HOLIDAY_LENGTH.search(text) if doc_date is not None else None
    if found is None or doc_date is None:
        return None
    month, day = _FIRST_DAYS[found.group(1)]
    days = int(parse_numeral(found.group(2)) or 0)
    # the holiday just over, or one weeks ahead (a notice on the coming holiday)
    first = date(doc_date.year, month, day)
    if first - _NOTICE_AHEAD > doc_date:
        first = date(doc_date.year - 1, month, day)
    if not 1 < days <= _LONGEST_HOLIDAY:
        return None
    last = first + timedelta(days=days - 1)
    name = _LENGTH_LEAD.sub("", text[found.start() : found.start(2)])  # (国庆假期: length off)
    return PeriodSpan(found.start(), found.end(), name,
                      Period(text=name, start=first, end=last), False)


_LONGEST_HOLIDAY = 10
# a holiday named with neither dates nor length (国庆假期期间, 春节长假, 五一假期; not 去年国庆
# 假期, an earlier one): its official days off (pipelines/data/metrics/holidays.yaml)
# (the names first, so that the search skips to their characters; an earlier holiday, 去年国庆
# 假期, and 二十一 are ruled out after: _named_here)
_HOLIDAY_NAMED = re.compile(
    r"(国庆|春节|五一|劳动节|清明|端午|中秋|元旦|“十一”|十一)节?"
    r"(?:[、和]?(?:中秋|国庆)节?)?\s*"
    r"(?:假\s*期|小?\s*长\s*假|黄\s*金\s*周|期\s*间|档(?!期?(?:最后|首日|第)))")
_EARLIER_YEARS = ("去年", "上年")
_NUMERAL_BEFORE = "〇一二三四五六七八九十百千万两0123456789"


def _named_here(text: str, m: re.Match[str]) -> bool:
    return not text.endswith(_EARLIER_YEARS, 0, m.start()) and not (
        m.group(1) == "十一" and text[m.start() - 1 : m.start()] in _NUMERAL_BEFORE)


def _official_holiday(text: str, doc_date: date | None) -> PeriodSpan | None:
    """The official days off of the first holiday the text names with neither dates nor length
    (国庆假期期间，高速公路服务区充电量…: 1 to 8 October 2025), the one just over at ``doc_date`` or
    weeks ahead; None for a year the schedule does not list."""
    found = next((m for m in _HOLIDAY_NAMED.finditer(text) if _named_here(text, m)),
                 None) if doc_date is not None else None
    if found is None or doc_date is None:
        return None
    days = official_holiday(holiday_name(found.group(1)) or found.group(1), doc_date,
                            _NOTICE_AHEAD)
    if days is None:
        return None
    name = found.group()
    return PeriodSpan(found.start(), found.end(), name,
                      Period(text=name, start=days[0], end=days[1]), False)
_NOTICE_AHEAD = timedelta(days=45)
_LENGTH_LEAD = re.compile(r"\s*(?:共|为期)?\s*$")


def _holiday_dates(text: str) -> tuple[str | None, str | None]:
    """What the brackets after the text's first holiday word hold, without whitespace, if they
    close and hold 4 to 24 characters, and the holiday's name (the season's, 国庆 of 国庆档; or
    the one named right before the word, 国庆 of 国庆中秋假期): only the few holiday words are
    searched, whitespace between their characters allowed (not the whole text rewritten without
    its whitespace)."""
    least, most = _HOLIDAY_DATE_CHARS
    for m in _HOLIDAY_OPEN.finditer(text):
        inside = _TO_BRACKET.match(text, m.end())
        if text.startswith(_HOLIDAY_CLOSE, inside.end()):
            dates = _NO_SPACE.sub("", inside.group())
            if least <= len(dates) <= most:
                season = m.group("season") or (
                    _NO_SPACE.sub("", m.group("term")) if m.group("term") else None)
                before = _NO_SPACE.sub("", text[max(0, m.start() - _NAME_CHARS) : m.start()])
                return dates, holiday_name(season or _NAME_BEFORE.search(before).group())
    return None, None


# the holiday's name right before its word (国庆中秋 of 国庆中秋假期（…）; none for 假期（…）)
_NAME_CHARS = 12
_NAME_BEFORE = re.compile(rf"(?:(?:{_NAMED_IN_WORD.pattern})节?[、和]?)*$")


@lru_cache(maxsize=2)
def normalized_raw(raw: str) -> str:
    """A document's raw text with its characters as cleaning normalises them (same length,
    same offsets): read for its holiday's dates and its text tables, normalised once."""
    return normalize_chars(raw)


# what follows a holiday named as a cause (受国庆黄金周带动, 受春节假期影响)
_CAUSE_AFTER = re.compile(r"\s*(?:的)?(?:带动|拉动|影响|效应|因素)")


def holiday_spans(text: str, spans: list[PeriodSpan], holiday: PeriodSpan | None,
                  name: str | None = None, doc_date: date | None = None) -> list[PeriodSpan]:
    """``spans`` with a holiday's days where ``text`` names one outside another period
    (今年国庆中秋假期 is the holiday; 去年国庆假期 an earlier one), and not after a day the
    sentence gives as the point its figures are at (截至9月30日24时，国庆档预售总票房…: the
    presale so far). A word naming no holiday (假期, 黄金周, 档期内) or the text's own (``name``
    of ``holiday``) stands for the text's holiday; one naming another (清明档 in a report on the
    五一 holiday, 端午假期) for that one's official days off at ``doc_date``, and a season the
    schedule does not list (贺岁档 in a report on 国庆档) for nothing; any stands for the text's
    holiday when its name is not known (假期（10月1日至8日）)."""
    added = []
    for m in HOLIDAY_WORD.finditer(text):
        if (any(p.start <= m.start() < p.end for p in spans)
                or _EARLIER_HOLIDAY.search(text, 0, m.start()) is not None
                or any(p.end <= m.start() and p.text.startswith(AS_OF) for p in spans)):
            continue
        if _CAUSE_AFTER.match(text, m.end()) is not None:
            continue  # 主要受国庆黄金周带动: the holiday as a cause, the figures not of its days
        named = holiday_name(m.group())
        if m.group("term") is not None and named != name:
            continue  # 暑期 stands for the days of a summer season the text dates, none else
        if holiday is not None and (named is None or name is None or named == name):
            added.append(PeriodSpan(m.start(), m.end(), m.group(), holiday.period, False))
            continue
        days = (official_holiday(named, doc_date, _NOTICE_AHEAD)
                if named is not None and doc_date is not None else None)
        if days is not None:
            added.append(PeriodSpan(m.start(), m.end(), m.group(),
                                    Period(text=m.group(), start=days[0], end=days[1]), False))
    return sorted([*spans, *added], key=lambda p: p.start) if added else spans


# an event named before its dates in brackets: a quoted name (今年“双十一”网络购物节期间（10月
# 20日20时至11月11日24时）, “三夏”期间（…）) or a festival's or campaign's (购物节期间（…）,
# 活动期间（…）)
EVENT_HINT = "期间"
# a sports event or a fair named by its kind alone at a clause's head (赛事期间（11月14日至17日）:
# the race the report is about), standing for it wherever the same words occur (赛事期间)
_EVENT_NOUNS = ("赛事", "比赛", "大赛", "赛会", "展会", "会展", "博览会", "交易会", "论坛", "大会")
# (the brackets found first, the name read back from them: the page is searched for 期间 only)
EVENT_OPEN = re.compile(r"期\s*间\s*[（(]")
_EVENT_NAME = re.compile(
    r"(?:“(?P<name>[\u4e00-\u9fff\w]{1,8})”[\u4e00-\u9fff]{0,8}|(?:节|活动)"
    r"|(?<![\u4e00-\u9fff])(?P<noun>" + "|".join(_EVENT_NOUNS) + "))$")
_EVENT_NAME_CHARS = 20
# an hour after a day, or a day's hours (10月20日20时, 11月11日0时至24时): the day
_HOURS = re.compile(r"(?<=[日号])\d{1,2}\s?[时点](?:\d{1,2}分)?"
                    r"(?:\s?(?:至|到|[—–\-~－])\s?\d{1,2}\s?[时点])?")
_LONGEST_EVENT = timedelta(days=92)
# a season of work a place sets (2025年汛期（6月1日至9月30日）: four months) may run longer
_LONGEST_SEASON = timedelta(days=184)


def event(raw: str, doc_date: date | None) -> tuple[PeriodSpan | None, re.Pattern[str] | None]:
    """The dates of the first event the text names with its dates in brackets (今年“双十一”网络
    购物节期间（10月20日20时至11月11日24时）: 20 October to 11 November), hours aside, and the
    words that stand for it wherever they occur: its quoted name then 期间 (“双十一”期间, also with
    a few words between: “双十一”网络购物节期间) and 活动期间, the campaign the text reports on (a
    span within a season, not over three months). None where the text names no such event."""
    text = normalized_raw(raw)
    least, most = _HOLIDAY_DATE_CHARS
    for m in EVENT_OPEN.finditer(text):
        named = _EVENT_NAME.search(text, max(0, m.start() - _EVENT_NAME_CHARS), m.start())
        if named is None:
            continue
        inside = _TO_BRACKET.match(text, m.end())
        if not text.startswith(_HOLIDAY_CLOSE, inside.end()):
            continue
        dates = _HOURS.sub("", _NO_SPACE.sub("", inside.group()))
        if not least <= len(dates) <= most:
            continue
        found = resolve_period(dates, doc_date)
        if (found.start is None or found.end is None or found.start >= found.end
                or found.end - found.start > _LONGEST_EVENT):
            continue
        name, noun = named.group("name"), named.group("noun")
        quoted = rf"(?:今年|本届)?“{re.escape(name)}”[\u4e00-\u9fff]{{0,8}}?期间|" if name else ""
        words = re.compile(
            rf"(?<![\u4e00-\u9fff]){noun}期间(?:\s*[（(][^（）()]*[）)])?" if noun else
            rf"(?:{quoted}(?<![\u4e00-\u9fff])活动期间)(?:\s*[（(][^（）()]*[）)])?"
            if name else r"活动期间(?:\s*[（(][^（）()]*[）)])?")
        return PeriodSpan(0, 0, text[named.start() : m.end()], found, False), words
    return None, None


# an event named after its year with its dates in brackets (2025年春运（1月14日至2月22日，共40天）,
# 2024年暑运（7月1日至8月31日）): its name (not a period word: 2025年一季度（1-3月）) then the
# dates, a length after them (，共40天) aside
YEAR_EVENT = re.compile(r"\d{4}\s?年\s?(?P<name>[\u4e00-\u9fff]{2,3})\s?[（(]"
                         r"(?P<dates>\s?\d{1,2}\s?月[^（）()，,]{2,22})(?:[，,][^（）()]{0,8})?[）)]")


def year_event(raw: str, doc_date: date | None, holiday: PeriodSpan | None
                ) -> tuple[PeriodSpan | None, re.Pattern[str] | None]:
    """The dates of the first event the text names after a year with its dates in brackets
    (2025年春运（1月14日至2月22日，共40天）: 14 January to 22 February, not the whole year), and
    the words standing for it: the name after a year (2025年春运, 2025年春运40天, with the bracket)
    or before 期间 (春运期间). None where the text names no such event, or only the ``holiday``
    it reads already (2025年国庆档（10月1日至8日）)."""
    text = normalized_raw(raw)
    for m in YEAR_EVENT.finditer(text):
        name = m.group("name")
        if resolve_period(name, doc_date).start is not None:
            continue  # (2025年一季度（1-3月）: a period, no event)
        found = resolve_period(text[m.start() : m.start("name")] + _NO_SPACE.sub(
            "", _HOURS.sub("", m.group("dates"))), doc_date)
        longest = _LONGEST_SEASON if work_season(name) else _LONGEST_EVENT
        if (found.start is None or found.end is None or found.start >= found.end
                or found.end - found.start > longest):
            continue
        if holiday is not None and (holiday.period.start, holiday.period.end) == (
                found.start, found.end):
            return None, None
        found = Period(text=text[m.start() : m.end("name")], start=found.start, end=found.end)
        named = re.escape(name)
        words = re.compile(rf"(?:(?:\d{{4}}\s?年|今年)\s?{named}(?:\s?\d{{1,3}}\s?天)?"
                           rf"|{named}期间)(?:\s*[（(][^（）()]*[）)])?")
        return PeriodSpan(0, 0, m.group(), found, False), words
    return None, None


DATA_END_HINT = "截"
# the words of what a text reports as so far: the year up to now (年内, 本年, 今年以来) and a
# point at the text's date (累计, 目前)
SO_FAR = re.compile(r"年内|本年内?|(?:今年|本年|年初)以来|累计|目前|当前|截至目前")


def up_to_data_end(spans: list[PeriodSpan], end: date) -> list[PeriodSpan]:
    """``spans`` with what they report as so far cut at the day the text's figures run to
    (统计截止日：2025年10月31日, published 7 November: 年内累计新上市公司64家 is 1 January to
    31 October, a bare 累计 stands at 31 October); a year of goals named otherwise (今年, 全年)
    and a period the text dates stay as they are."""
    out = []
    for p in spans:
        start, stop = p.period.start, p.period.end
        if (start is not None and stop is not None and stop > end
                and SO_FAR.fullmatch(p.text) is not None
                and (start <= end or start == stop)):
            p = replace(p, period=Period(text=p.period.text, start=min(start, end), end=end))
        out.append(p)
    return out


def season_words(event: str) -> tuple[str, ...]:
    """The words of a work season an event names (2025年汛期: 汛期; its end 汛期末 and 汛末 after
    it), none where the event is no work season (2025年春运: 春运第23天 is no span of it)."""
    name = _YEAR_HEAD.sub("", event)
    if not work_season(name):
        return ()
    return (name, f"{name}末", f"{name[:-1]}末") if name.endswith("期") else (name,)


_YEAR_HEAD = re.compile(r"^\d{4}\s?年\s?")


def season_spans(spans: list[PeriodSpan], season: PeriodSpan | None,
                  words: tuple[str, ...]) -> list[PeriodSpan]:
    """``spans`` with the work season's own words, read with no dates (汛期, 汛末), dated by
    the dates the text gives the season (2025年汛期（6月1日至9月30日）: 汛期全省平均降水量… is of
    1 June to 30 September, 汛末蓄水总量 at 30 September); another season's words stay as they
    are (主汛期: a part of it whose dates the text does not give)."""
    if season is None:
        return spans
    dates = season.period
    out = []
    for p in spans:
        if p.period.start is None and p.text in words:
            start = dates.start if p.text == words[0] else dates.end
            p = replace(p, period=Period(text=p.text, start=start, end=dates.end))
        out.append(p)
    return out


# a span named, then its length and its dates in brackets, opening a clause (节前15天（1月14日
# 至28日）, 节后25天（1月29日至2月22日）)
LENGTH_DATES_HINT = "天（"
_NAMED_SPAN = re.compile(r"(?:^|(?<=[，,。；;：:\n]))(?P<name>[\u4e00-\u9fff]{2})\s?\d{1,3}\s?天\s?"
                         r"[（(](?P<dates>\s?\d{1,2}\s?月[^（）()，,；;。]{2,20})[）)]")


# a period given a name of its own in corner brackets, as a filing defines its terms
# (截至二零二五年六月三十日止六個月（「本期間」）): what the name stands for where it occurs again
DEFINED_HINT = "「"
# (「」 read as “” once normalised)
_DEFINED_SPAN = re.compile(r"[（(][「“](?P<name>[\u4e00-\u9fff]{2,6})[」”][）)]")


def _defined_spans(text: str, doc_date: date | None) -> dict[str, Period | None]:
    """The periods ``text`` names with a defined term in brackets right after them."""
    named: dict[str, Period | None] = {}
    for m in _DEFINED_SPAN.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        spans = [p for p in periods_of(before, doc_date) if p.end == len(before)]
        if not spans or spans[-1].period.start is None or spans[-1].period.end is None:
            continue
        name = m.group("name")
        if may_convert(name):
            name = to_simplified_aligned(name)
        found = spans[-1].period
        named[name] = None if name in named else Period(text=name, start=found.start,
                                                        end=found.end)
    return named


def named_spans(raw: str, doc_date: date | None
                 ) -> tuple[dict[str, Period], re.Pattern[str] | None]:
    """The spans a text names with their length and dates (节前15天（1月14日至28日）: 节前 is 14 to
    28 January) and the pattern of their names standing alone (节前, not 节前15天 again: a span
    of a length of its own is no mention of the named one); a name given two spans names none.
    Also the periods a filing defines a term for (截至…止六個月（「本期間」）: 本期间)."""
    text = normalized_raw(raw)
    named: dict[str, Period | None] = (
        _defined_spans(text, doc_date) if DEFINED_HINT in raw else {})
    for m in _NAMED_SPAN.finditer(text):
        name = m.group("name")
        found = resolve_period(_NO_SPACE.sub("", m.group("dates")), doc_date)
        if (found.start is None or found.end is None or found.start >= found.end
                or resolve_period(name, doc_date).start is not None):
            continue
        named[name] = None if name in named else Period(text=name, start=found.start,
                                                        end=found.end)
    kept = {name: period for name, period in named.items() if period is not None}
    if not kept:
        return {}, None
    names = "|".join(map(re.escape, kept))
    return kept, re.compile(rf"(?:{names})(?!\s?\d)")


def spans_named(text: str, spans: list[PeriodSpan], named: dict[str, Period],
                 words: re.Pattern[str]) -> list[PeriodSpan]:
    """``spans`` with the named spans' dates where ``text`` names one outside another period
    (节前在北京…开行夜间高铁列车386列, 北京西站节后最高日到达旅客…)."""
    added = [PeriodSpan(m.start(), m.end(), m.group(), named[m.group()], False)
             for m in words.finditer(text)
             if not any(p.start <= m.start() < p.end for p in spans)]
    return sorted([*spans, *added], key=attrgetter("start")) if added else spans


# a season named, then its months in brackets (春季（3-5月）, 夏季（6—8月）, 冬季（2024年12月至
# 2025年2月）): the months the text's meteorological seasons stand for
SEASON_MONTHS_HINT = "季（"
# the text's week, month or quarter, then its days in brackets (本周（11月17日—21日）): what the
# bare word means where it occurs again in the text
THIS_SPAN_WORDS = ("本周", "本月", "本季度")
THIS_SPAN_HINT = re.compile(r"本(?:周|月|季度)[（(]")
_NAMED_THIS_SPAN = re.compile(r"(?P<name>本周|本月|本季度)\s?[（(]"
                              r"(?P<dates>\s?\d{1,2}\s?月[^（）()，,；;。]{2,20}?日)[）)]")
_NAMED_SEASON = re.compile(r"(?<![\u4e00-\u9fff])(?P<name>[春夏秋冬]季)\s?[（(]"
                           r"(?P<dates>[^（）()，,；;。]{3,20}?月)[）)]")


def named_seasons(raw: str, doc_date: date | None) -> dict[str, Period]:
    """The seasons a text gives their months in brackets (夏季（6-8月）27.3℃), each read as those
    months where the text names it bare again (三、日照：夏季日照时数612.8小时, a climate
    bulletin's later section): a season alone has no dates of its own (a campaign's, 夏季攻势),
    but a text that defined its seasons means them; a season given two spans names none."""
    named: dict[str, Period | None] = {}
    text = normalized_raw(raw)
    for m in chain(_NAMED_SEASON.finditer(text), _NAMED_THIS_SPAN.finditer(text)):
        name = m.group("name")
        found = resolve_period(_NO_SPACE.sub("", m.group("dates")), doc_date)
        if found.start is None or found.end is None or found.start >= found.end:
            continue
        period = Period(text=name, start=found.start, end=found.end)
        before = named.get(name, period)
        named[name] = period if before is not None and (
            before.start, before.end) == (period.start, period.end) else None
    return {name: period for name, period in named.items() if period is not None}


def seasons_named(spans: list[PeriodSpan], named: dict[str, Period]) -> list[PeriodSpan]:
    """``spans`` with a bare season (夏季, no dates) dated as the text defined it (夏季
    （6-8月）), and the text's week, month or quarter too (本周 after 本周（11月17日—21日）: the
    days it means, not the calendar week)."""
    return [replace(p, period=named[p.text]) if p.text in named and (
        p.period.start is None or p.text in THIS_SPAN_WORDS) else p for p in spans]


FIRST_DAY = "首日"


def first_day(text: str, spans: list[PeriodSpan], event: PeriodSpan | None) -> list[PeriodSpan]:
    """``spans`` with 首日 read as the first day of the event or holiday the text reports on
    (10月20日20时首轮预售开启后，首日全省网络零售额即突破86亿元: 20 October; 国庆假期首日), where
    no period of the sentence holds it."""
    if event is None or event.period.start is None:
        return spans
    first = event.period.start
    added = [PeriodSpan(m.start(), m.end(), FIRST_DAY,
                        Period(text=FIRST_DAY, start=first, end=first), False)
             for m in re.finditer(FIRST_DAY, text)
             if not any(p.start <= m.start() < p.end for p in spans)
             and not _dated_clause_before(text, m.start(), spans)]
    return sorted([*spans, *added], key=lambda p: p.start) if added else spans


def _dated_clause_before(text: str, at: int, spans: list[PeriodSpan]) -> bool:
    """A period opens the clause before 首日 (全年共有19部影片首日票房突破1亿元): the clause is
    of that period, 首日 each thing's own first day, not the event's."""
    start = clause_start(text, at, _CLAUSE_MARKS)
    return any(start <= p.start and p.end <= at for p in spans)


_CLAUSE_MARKS = "，,；;。"


# the day of an event with its date in brackets (“双十一”当天（11月11日0时至24时）, 当日（…）)
THAT_DAY_HINT = "当"
_THAT_DAY = re.compile(r"(?:当天|当日)\s*[（(]([^（）()]{4,24})[）)]")


def day_in_brackets(text: str, spans: list[PeriodSpan],
                     doc_date: date | None) -> list[PeriodSpan]:
    """``spans`` with 当天 / 当日 dated by the day its brackets give (“双十一”当天（11月11日0时至24
    时），全省网络零售额达到214.6亿元: that day, its hours aside), in place of the spans in the
    brackets; a bracket holding no single day leaves them as they are."""
    out = spans
    for m in _THAT_DAY.finditer(text):
        day = resolve_period(_HOURS.sub("", _NO_SPACE.sub("", m.group(1))), doc_date)
        if day.start is None or day.start != day.end:
            continue
        out = [p for p in out if p.end <= m.start() or p.start >= m.end()]
        out = sorted([*out, PeriodSpan(m.start(), m.end(), m.group(), day, False)],
                     key=lambda p: p.start)
    return out


def event_spans(text: str, spans: list[PeriodSpan], event: PeriodSpan | None,
                 words: re.Pattern[str]) -> list[PeriodSpan]:
    """``spans`` with the event's dates where ``text`` names it (:func:`event`): the words,
    with a year before them and the dates in brackets after them, are one period, the event's
    (今年“双十一”…期间（…） is not the whole year; “双十一”期间 is no season of unknown dates)."""
    if event is None:
        return spans
    out = list(spans)
    for m in words.finditer(text):
        out = [p for p in out if p.end <= m.start() or p.start >= m.end()]
        out.append(PeriodSpan(m.start(), m.end(), m.group(),
                              Period(text=m.group(), start=event.period.start,
                                     end=event.period.end), False))
    return sorted(out, key=lambda p: p.start)
