"""Which date a document speaks from, so that 今年 / 上半年 / 去年11月 can be resolved.

Order of evidence: a masthead or printed page date (``2023年3月20日 星期一``) or a dateline is
the text's own date ('text'). Otherwise the date is inferred from what the text reports as past:
full dates of past events, years whose results it reports (``2023年，...``, ``从2010年到2023年``),
anchors such as ``今年是“十四五”规划收官之年``, and a plan period it looks forward to; undated event
days (``7月3日，...召开``) then give month and day ('inferred'). No evidence: (None, 'unknown').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from pipelines.domain.numbers import parse_numeral, to_half_width
from pipelines.domain.periods import five_year_plan
from pipelines.domain.records import DateSource

_YNUM = r"(\d{4}|[〇零一二三四五六七八九]{4})"
_MNUM = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DNUM = r"([12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_FULL_DATE = re.compile(rf"{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?[日号]")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_PRINTED = re.compile(
    rf"{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?日\s*(?:星期|周|礼拜)[一二三四五六日天]"
    rf"|{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?日电"
)
_FUTURE_BEFORE = re.compile(r"(?:将于|定于|计划于|预计于|拟于|将在|力争|到|至)\s?$")
_PAST_YEAR = re.compile(rf"(?<![到至\d]){_YNUM}\s?年(?:全年)?[，,]")
_RANGE_END = re.compile(rf"(?:从|自)\s?\d{{4}}\s?年?\s?(?:到|至|—|-)\s?{_YNUM}\s?年")
_CN_D = "一二三四五六七八九十"
_YEAR_MONTH_EVENT = re.compile(
    rf"(?<!到){_YNUM}\s?年\s?{_MNUM}\s?月(?![\d{_CN_D}]*\s?[日号])"
)
_EVENT_DAY = re.compile(rf"(?<![年\d月]){_MNUM}\s?月\s?{_DNUM}\s?[日号]")


def _led_by_literals(alternatives: list[str], lookbehind: str) -> str:
    """A group of ``alternatives`` (each: one character, then the rest) with the negative
    ``lookbehind`` checked after the first character instead of before the group. Every
    branch then opens with a literal, so the regex engine skips ahead to where one occurs
    instead of trying the lookbehind at every position; order and matches stay the same."""
    return "(" + "|".join(f"{a[0]}(?<!{lookbehind}.){a[1:]}" for a in alternatives) + ")"


# _EVENT_DAY with its month written as such a group (``0?[1-9]`` spelled out in the order the
# engine tries it: ``0[1-9]``, then each digit).
_EVENT_DAY_FAST = re.compile(
    _led_by_literals(["1[0-2]", "0[1-9]", *"123456789", "十[一二]?", *"一二三四五六七八九"],
                     "[年\\d月]")
    + rf"\s?月\s?{_DNUM}\s?[日号]"
)
_PLAN_YEAR_ANCHOR = re.compile(
    r"今年是.{0,30}?十([一二三四五六七八九])五.{0,8}?(开局|收官|承上启下)之年"
)
_CONGRESS_ANCHOR = re.compile(
    r"今年是.{0,30}?党的(十[一二三四五六七八九]|二十[一二三四五六七八九]?)大.{0,12}?开局之年"
)
_PLAN_FORWARD = re.compile(r"十([一二三四五六七八九])五”?(?:时期|期间)(?:要|将|，.{0,4}将)")
# Where a printed date can be: its end ("日 星期一", "日电"), a literal the engine skips to.
_PRINTED_END = re.compile(r"日\s*(?:星期|周|礼拜)[一二三四五六日天]|日电")
_CN_YEAR = re.compile("[〇零一二三四五六七八九]{4}")


@dataclass(frozen=True)
class _YearPatterns:
    full_date: re.Pattern[str]
    past_year: re.Pattern[str]
    year_month_event: re.Pattern[str]


@cache
def _digit_year_patterns() -> _YearPatterns:
    """The patterns that open with a year, for text without a year in Chinese numerals: the
    year is then ``\\d{4}``, a character class the regex engine skips ahead to (an alternation
    of two classes, or a leading lookbehind, is tried at every position instead). Lookbehinds
    move after the first digit and look two characters back; same matches, same groups."""
    return _YearPatterns(
        full_date=re.compile(rf"(\d{{4}})\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?[日号]"),
        past_year=re.compile(r"(\d(?<![到至\d]\d)\d{3})\s?年(?:全年)?[，,]"),
        year_month_event=re.compile(
            rf"(\d(?<!到\d)\d{{3}})\s?年\s?{_MNUM}\s?月(?![\d{_CN_D}]*\s?[日号])"),
    )


@lru_cache(maxsize=1)  # asked twice for the same text
def _year_patterns(s: str) -> _YearPatterns:
    """The year-led patterns to search ``s`` with (the general ones only when it may hold a year
    in Chinese numerals)."""
    if _CN_YEAR.search(s):
        return _YearPatterns(_FULL_DATE, _PAST_YEAR, _YEAR_MONTH_EVENT)
    return _digit_year_patterns()


@lru_cache(maxsize=1)  # read twice for the same text
def _full_dates(s: str) -> tuple[re.Match[str], ...]:
    """Every full date (``2023年3月20日``) in ``s``."""
    return tuple(_year_patterns(s).full_date.finditer(s))


def _date(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(parse_numeral(y) or 0), int(parse_numeral(m) or 0),
                    int(parse_numeral(d) or 0))
    except ValueError:
        return None


def parse_date_text(text: str | None) -> date | None:
    """Parse a printed date (``2023年3月20日``, ``2023-03-20``) or None."""
    if not text:
        return None
    s = to_half_width(text)
    m = _FULL_DATE.search(s)
    if m:
        return _date(*m.groups())
    m = _ISO_DATE.search(s)
    if m:
        return _date(*m.groups())
    return None


def _congress_year(numeral: str) -> int | None:
    """Year of the n-th national party congress (every five years since the 12th in 1982)."""
    n = parse_numeral(numeral)
    if n is None or n < 12:
        return None
    return 1982 + 5 * (int(n) - 12)


def _inferred_year(s: str) -> int | None:
    anchor = _PLAN_YEAR_ANCHOR.search(s)
    if anchor:
        first, last = five_year_plan(10 + int(parse_numeral(anchor.group(1)) or 0))
        return {"开局": first, "收官": last}.get(anchor.group(2), first + 2)
    congress = _CONGRESS_ANCHOR.search(s)
    if congress:
        year = _congress_year(congress.group(1))
        if year:
            return year + 1
    patterns = _year_patterns(s)
    years: list[int] = []
    for m in _full_dates(s):
        if not _FUTURE_BEFORE.search(s[max(0, m.start() - 4) : m.start()]):
            d = _date(*m.groups())
            if d:
                years.append(d.year)
    for m in patterns.past_year.finditer(s):
        years.append(int(parse_numeral(m.group(1)) or 0) + 1)
    for m in _RANGE_END.finditer(s):
        years.append(int(parse_numeral(m.group(1)) or 0) + 1)
    for m in patterns.year_month_event.finditer(s):
        if not _FUTURE_BEFORE.search(s[max(0, m.start() - 4) : m.start()]):
            years.append(int(parse_numeral(m.group(1)) or 0))
    years = [y for y in years if 1949 < y < 2200]
    if years:
        return max(years)
    forward = [int(parse_numeral(m.group(1)) or 0) for m in _PLAN_FORWARD.finditer(s)]
    if forward:
        first, _ = five_year_plan(10 + min(forward))
        return first - 1
    return None


def detect_document_date(
    clean_text: str, masthead_date_text: str | None
) -> tuple[date | None, DateSource]:
    """The document's own date and where it came from ('text', 'inferred' or 'unknown')."""
    printed = parse_date_text(masthead_date_text)
    if printed:
        return printed, "text"
    s = to_half_width(clean_text)
    m = _PRINTED.search(s) if _PRINTED_END.search(s) else None
    if m:
        groups = [g for g in m.groups() if g is not None]
        d = _date(*groups[:3])
        if d:
            return d, "text"
    year = _inferred_year(s)
    if year is None:
        return None, "unknown"
    best: date | None = None
    for m in _EVENT_DAY_FAST.finditer(s):
        if _FUTURE_BEFORE.search(s[max(0, m.start() - 4) : m.start()]):
            continue
        d = _date(str(year), m.group(1), m.group(2))
        if d and (best is None or d > best):
            best = d
    for m in _full_dates(s):
        d = _date(*m.groups())
        if d and d.year == year and (best is None or d > best):
            best = d
    return (best or date(year, 1, 1)), "inferred"
