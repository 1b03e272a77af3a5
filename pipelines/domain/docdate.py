"""Which date a document speaks from, so that 今年 / 上半年 / 去年11月 can be resolved.

Order of evidence: a date labelled as the publication's above the first sentence
(``发布日期：2025年6月18日``: it wins over the 成文日期 beside it and the signature's date at the
foot, the day the text was drafted), a masthead or printed page date (``2023年3月20日 星期一``),
a dated line near the top (``发布日期：2025-07-22``, ``——2024年1月8日在…会议上``, a date alone
under the title) or a dateline is the text's own date ('text'). Otherwise the date is
inferred from what the text reports as past: full dates of past events, years whose results it
reports (``2023年，...``, not ``2025年，…预期增长``; ``从2010年到2023年``), anchors such as
``今年是“十四五”规划收官之年``, the year a heading looks forward to (``二〇二四年展望``,
``2025年工作安排``) and a plan period it looks forward to; undated event days
(``7月3日，...召开``) then give month and day ('inferred'). Deadlines (``十二月三十一日前``)
and announced dates (``将于…``) are never evidence.

Last, weaker evidence, read only when none of the above gives a year: a year with a part of it
(``2024年前三季度``: the text speaks from that year, after the part's end) and a year whose
results a clause reports without a comma (``2023年全市观光人次达…``, ``2024年…实现地区生产总值``:
from a later year). The latest such year dates the text together with the month and day of its
date line (``本报讯 3月12日``, ``（10月8日）``, near the top) when that day can follow the evidence
(``10月21日`` after ``2024年前三季度``; ``3月12日`` after it cannot: then no date), else with
1 January ('inferred'). A month and day alone never make a date. No evidence: (None, 'unknown').
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from pipelines.domain.numbers import parse_numeral, to_half_width
from pipelines.domain.periods import ROC_OFFSET, five_year_plan, uses_roc_years
from pipelines.domain.records import DateSource

_YNUM = r"(\d{4}|[〇零一二三四五六七八九]{4})"
_MNUM = r"(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DNUM = r"([12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_FULL_DATE = re.compile(rf"{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?[日号]")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
# In the head of a raw page, a date may be spaced out (2025 年 7 月 24 日, 2025 / 7 / 24).
_SPACED_FULL_DATE = re.compile(rf"{_YNUM}\s*年\s*{_MNUM}\s*月\s*{_DNUM}\s*[日号]")
_SPACED_ISO_DATE = re.compile(
    r"(?<![\d.\-/])((?:19|20)\d{2})\s*([-./])\s*(1[0-2]|0?[1-9])\s*\2\s*([12]\d|3[01]|0?[1-9])"
    r"(?![\d.\-/]|\s*[年月日号])")
_PRINTED = re.compile(
    rf"{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?日\s*(?:星期|周|礼拜)[一二三四五六日天]"
    rf"|{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?日电"
)
_FUTURE_BEFORE = re.compile(r"(?:将于|定于|计划于|预计于|拟于|将在|力争|到|至)\s?$")
# A date followed by these is a deadline (可于十二月三十一日前致电), not a day that has passed.
_DEADLINE_AFTER = re.compile(r"\s?(?:前|以前|之前)")
# A year sentence (2025年，...) that sets targets or forecasts speaks of a year to come.
_FORWARD_CUE = re.compile(r"预期|预计|力争|争取|(?<!完成)(?<!实现)目标|确保")
_CLAUSE_END = re.compile(r"[。；;！？\n]")
# A dated line near the top of the text: the first lines searched, and a full (or ISO) date
# standing after a label (发布日期：), a bracket (（2026年1月26日…批准）), or at a line start, a
# dash or a space and followed by the line's end, a space, 在 (——2024年1月8日在…会议上), 电/讯
# or a closing bracket, or a day of the week (二〇二五年十二月二日（星期二）).
_TOP_LINES, _TOP_CHARS = 6, 600
_TOP_LABEL = re.compile(r"(?:日期|时间)\s?[:：]\s?$")
_TOP_AFTER = re.compile(r"$|\s|在|[电讯）)]|[（(]?星期")
# The raw head's lines: a full date standing between spaces, or an ISO-form date (2025.07.24,
# 2025/7/24, 2025-07-24: a form body text does not use) anywhere on a line that does not end a
# sentence before it.
_HEAD_CHARS = 800
# A dated line may count years by the Minguo calendar (发布日期：114年11月28日, (中华)民国113年…; a
# year of 80–139 with month and day can be no other): the year plus 1911 (ROC_OFFSET).
_ROC_DATE = re.compile(
    rf"(?:(?:中华)?民国\s?)?(?<!\d)(1[0-3]\d|[89]\d)\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?日")
# A heading that looks forward to a year (二〇二四年展望, 2025年工作安排) speaks from that year.
_FORWARD_WORDS = ("展望|工作安排|工作计划|工作任务|目标任务|主要目标|预期目标|重点工作|工作重点"
                  "|主要任务|发展目标")
_FORWARD_HEADING_WORDS = re.compile(rf"年\s?(?:全市|全省|全区|全县|政府)?(?:{_FORWARD_WORDS})")
_FORWARD_HEADING = re.compile(
    rf"(?:[一二三四五六七八九十]+\s?、|[（(][一二三四五六七八九十]+[）)]|\d{{1,2}}[.、])?\s?"
    rf"[^\s，。；：,;:\d]{{0,12}}?{_YNUM}\s?年\s?(?:全市|全省|全区|全县|政府)?(?:{_FORWARD_WORDS})"
    rf"[^，。；：,;:]{{0,4}}"
)
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

# Weaker year evidence (see the module's docstring). A year with a part of it up to a month:
# 前三季度 / 第三季度 / 三季度 (9), 上半年 (6), 1-9月 / 1至9月 (9), 前两个月 / 前2个月 (2).
_YEAR_PART = re.compile(
    r"(?<![到至比较較与與\d])(\d{4})\s?年\s?(?:"
    r"(?P<half>上半年)"
    r"|前(?P<quarters>[一二三1-3])(?:个)?季度?"
    r"|第?(?P<quarter>[一二三四1-4])季度?"
    r"|(?:1|一)\s?[-—–~～至到]\s?(?P<month>1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])\s?月"
    r"|前(?P<months>1[01]|[2-9]|十[一]?|[两二三四五六七八九])个月)")
# A year whose results a clause reports: the year, then within the clause a result verb.
_RESULT_YEAR = re.compile(
    r"(?<![到至比较較与與和\d])(\d{4})\s?年(?![\d一二三四五六七八九十]+\s?月|以来|以後|以后|起|前|上|下"
    r"|第|末|底|初|[一二三四]季)[^，。；;！？\n]{0,24}?"
    r"(?:实现|實現|完成|达到|達到|达|達|突破|增长|增長|成长|成長|下降|减少|減少|累计|累計|共|创|創)")
_DATELINE_LINES, _DATELINE_CHARS = 6, 600


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


# the label of the day a text's figures run to (统计截止日：2025年10月31日, 报告数据统计截至2025年
# 8月31日, 数据截止到2025-08-31): a monthly release's or a report's cut-off, often days before the
# text's own date
_DATA_END = re.compile(r"(?:统计截止日期?|数据截止日期?|数据(?:统计)?截[至止](?:到|至)?)"
                       r"\s?[：:为]?\s?")
_DATA_END_CHARS = 16


def data_end(raw: str, doc_date: date | None) -> date | None:
    """The day a text says its figures run to, labelled once (统计截止日：2025年10月31日), and
    not after the text's own date: what it reports as so far (年内, 累计) runs to that day."""
    found = list(_DATA_END.finditer(raw))
    if len(found) != 1:
        return None
    day = parse_date_text(raw[found[0].end() : found[0].end() + _DATA_END_CHARS])
    if day is None or not raw.startswith(str(day.year), found[0].end()):
        return None  # (the date must follow the label right away)
    return day if doc_date is None or day <= doc_date else None


# the data a cut-off's label names before it (报告中毕业去向数据统计截至…: 毕业去向), after the
# place it is said in (报告中, 本报告的)
_DATA_TOPIC = re.compile(r"([\u4e00-\u9fff]{2,8})数据(?:统计)?截[至止]")
_TOPIC_AFTER = re.compile(r".*[中的]")


def data_end_topic(raw: str, doc_date: date | None) -> tuple[str, date] | None:
    """The data a text's one cut-off label names and the day it runs to (报告中毕业去向数据统计截至
    2025年8月31日: 毕业去向 at 31 August), when the label names data of a kind (a report whose
    other data, a survey's, are of another time); None for 报告数据统计截至 (all its data)."""
    day = data_end(raw, doc_date) if "数据" in raw else None
    if day is None:
        return None
    found = _DATA_TOPIC.search(raw)
    if found is None:
        return None
    topic = _TOPIC_AFTER.sub("", found.group(1))
    return (topic, day) if len(topic) >= 2 and not topic.endswith("报告") else None


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
        if not _announced(s, m):
            d = _date(*m.groups())
            if d:
                years.append(d.year)
    for m in patterns.past_year.finditer(s):
        if not _forward_clause(s, m.end()):
            years.append(int(parse_numeral(m.group(1)) or 0) + 1)
    years += _forward_heading_years(s)
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


def _announced(s: str, m: re.Match[str]) -> bool:
    """Is the date matched by ``m`` one still to come: announced (将于…) or a deadline (…前)?"""
    return bool(_FUTURE_BEFORE.search(s[max(0, m.start() - 4) : m.start()])
                or _DEADLINE_AFTER.match(s, m.end()))


def _forward_clause(s: str, at: int) -> bool:
    """Does the clause from ``at`` (after ``2025年，``) set a target or make a forecast?"""
    end = _CLAUSE_END.search(s, at, at + 80)
    return _FORWARD_CUE.search(s, at, end.start() if end else at + 80) is not None


def _forward_heading_years(s: str) -> list[int]:
    """Years of lines that look forward to them (二〇二四年展望, 苏州市2025年重点工作安排)."""
    years = []
    for w in _FORWARD_HEADING_WORDS.finditer(s):
        start = s.rfind("\n", 0, w.start()) + 1
        end = s.find("\n", w.end())
        line = s[start : len(s) if end < 0 else end]
        m = _FORWARD_HEADING.fullmatch(line.strip())
        if m:
            years.append(int(parse_numeral(m.group(1)) or 0))
    return years


def _top_date(s: str) -> date | None:
    """A date printed on a line of its own, labelled or under the title, in the first lines."""
    cut = -1
    for _ in range(_TOP_LINES):
        cut = s.find("\n", cut + 1)
        if cut < 0:
            break
    top = (s if cut < 0 else s[:cut])[:_TOP_CHARS]
    full = _FULL_DATE if _CN_YEAR.search(top) else _digit_year_patterns().full_date
    found = sorted([*full.finditer(top), *_ISO_DATE.finditer(top), *_ROC_DATE.finditer(top)],
                   key=lambda m: m.start())
    for m in found:
        a, b = m.start(), m.end()
        before = top[a - 1] if a else "\n"
        if not (before in "(（" or _TOP_LABEL.search(top, max(0, a - 8), a)
                or (before in "\n —" and _TOP_AFTER.match(top, b))):
            continue
        if _DEADLINE_AFTER.match(top, b):
            continue
        year, month, day = m.groups()
        if m.re is _ROC_DATE:
            year = str(int(year) + ROC_OFFSET)
        d = _date(year, month, day)
        if d:
            return d
    return None


# A labelled publication line (发布时间：2025-03-12 10:30  来源：…) below a portal's menu and
# breadcrumbs: searched in the lines before the page's first sentence (a line ending one: 。),
# at most _HEADER_LINES of them, when the first _TOP_LINES hold none. A date in a body sentence
# is no publication date, so the search never goes past the body's start.
_HEADER_LINES = 40
# The start of the text searched for it (in a raw web page, its blanked head, menu and
# breadcrumbs come first).
RAW_HEADER_CHARS = 6_000
# The label names the publication (发布时间, 发布日期, 日期; not 时间 alone: 时间：4月30日 9:00 is a
# meeting's), or the line is a source line (来源：某市统计局 2024-07-20).
_LABELLED_DATE = re.compile(
    r"(?:(?:发布|发表|发稿|更新|成文|印发)(?:日期|时间)|(?<![出生截止])日期)\s?[:：]\s?"
    r"(\d{4})\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})(?!\d)"
    r"|^\s*(?:来源|稿源|信息来源|文章来源)\s?[:：][^\n]{0,40}?(?<!\d)"
    r"(\d{4})\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})(?!\d)")


def _header_date(s: str, label: re.Pattern[str] = _LABELLED_DATE,
                 roc: bool = False) -> date | None:
    """A labelled date (发布时间：2025-03-12) on a line above the page's first sentence (in its
    first RAW_HEADER_CHARS), past the first lines a portal's menu and breadcrumbs fill (blank
    lines, which a web page's blanked markup leaves many of, are not counted); ``label``: the
    labels read (the first date of the first line holding one); ``roc``: the text counts
    Minguo years, so a label's year of three digits (發布日期：114-11-10) is one of them."""
    end = s.find("。", 0, RAW_HEADER_CHARS)
    head = s[:RAW_HEADER_CHARS] if end < 0 else s[: s.rfind("\n", 0, end) + 1]
    if not any(w in head for w in ("日期", "时间", "時間", "来源")):
        return None  # (most pages: no label above the body)
    seen = 0
    for line in to_half_width(head).split("\n"):
        if not line.strip():
            continue
        m = label.search(line)
        if m:
            year, month, day = (g for g in m.groups() if g is not None)
            if len(year) == 3:  # (a Minguo year, or no date)
                year = str(int(year) + ROC_OFFSET) if roc else ""
            found = _date(year, month, day) if year else None
            if found:
                return found
        seen += 1
        if seen >= _HEADER_LINES:
            break
    return None


# A label naming the day the text was published (发布日期：2025年6月18日), not the day it was
# written or signed (成文日期, the date under the issuer's name at its foot): a government
# document gives both, and the later publication is the day its text speaks to readers from.
# (a year of three digits, 114-11-10: a Minguo year in a text that counts them, else no date);
# a fund's periodic report labels it 报告送出日期 (under the period's end, 2025年9月30日, alone)
# a listed company's announcement on Taiwan's 公開資訊觀測站 labels it 發言日期 (the day its
# spokesman released it), its date in the next cell of a tabbed header (發言日期⇥114/12/10)
_PUBLISHED_DATE = re.compile(
    r"(?:发布|發布|發佈|发表|發表|发稿|發稿|公布|公佈|送出|发言|發言)(?:日期|时间|時間)"
    r"(?:\s?[:：]\s?|\t)"
    r"(\d{4}|1[0-3]\d)\s?[-./年]\s?(\d{1,2})\s?[-./月]\s?(\d{1,2})(?!\d)")


def _published_date(s: str, raw: str | None) -> date | None:
    """The date a publication label gives above the text's first sentence (its clean text,
    else its raw page), if any: it wins over a signature's or a drafting date (成文日期)."""
    roc: bool | None = None
    for text in (s, raw or ""):
        if _PUBLISHED_WORD.search(text, 0, RAW_HEADER_CHARS):  # (most texts: no such word)
            if roc is None:
                roc = uses_roc_years((s,))
            found = _header_date(text, _PUBLISHED_DATE, roc)
            if found:
                return found
    return None


_PUBLISHED_WORD = re.compile("发布|發[布佈]|[发發][表稿言]|公[布佈]|送出|发言")


# A yearbook's edition (《株洲市芦淞区年鉴（2024）》, 中国统计年鉴2024, 2024年鉴) on a line of
# its own near the top, not in a sentence: the book records the year before its edition.
_YEARBOOK = re.compile(r"年鉴\s?[（(]?\s?(\d{4})\s?[）)]?|(\d{4})\s?(?:年卷|卷)?\s?年鉴")
_YEARBOOK_LINES = 6


def _yearbook_year(s: str) -> int | None:
    """The edition year of a yearbook the text is a part of, named on one of its first lines
    without body punctuation (a sentence citing a yearbook is no such line)."""
    if "年鉴" not in s[:_TOP_CHARS]:
        return None
    for line in s[:_TOP_CHARS].split("\n")[:_YEARBOOK_LINES]:
        if "年鉴" in line and not any(c in line for c in "，。；,;"):
            m = _YEARBOOK.search(line)
            if m:
                year = int(m.group(1) or m.group(2))
                return year if 1949 < year < 2200 else None
    return None


def _head_date(head: str) -> date | None:
    """A dated line in the first raw lines of the page (``raw_head``): where cleaning deleted
    the spaces that set a date apart (``（CPIA）　2025.07.24　北京``), the raw lines still have
    them. A full date counts when whitespace, a line start, a label or a bracket stands before
    it and whitespace, the line end, a closing bracket or 星期 after it; an ISO-form date
    (``2025.07.24``) wherever it stands on a line, unless the clause it is in has a deadline or
    an announcement (…前, 将于…)."""
    lines = to_half_width(head[:_HEAD_CHARS]).split("\n")[:_TOP_LINES]
    for line in lines:
        found = sorted([*_SPACED_FULL_DATE.finditer(line), *_SPACED_ISO_DATE.finditer(line)],
                       key=lambda m: m.start())
        for m in found:
            a, b = m.start(), m.end()
            if _DEADLINE_AFTER.match(line, b) or _FUTURE_BEFORE.search(line[max(0, a - 4) : a]):
                continue
            if m.re is _SPACED_FULL_DATE:
                before = line[a - 1] if a else " "
                if not (before.isspace() or before in "(（—"
                        or _TOP_LABEL.search(line, max(0, a - 8), a)):
                    continue
                if not _TOP_AFTER.match(line, b):
                    continue
                d = _date(*m.groups())
            else:
                year, _, month, day = m.groups()
                d = _date(year, month, day)
            if d:
                return d
    return None


# The start of the raw page searched for a dated line (its own lines and spaces, which cleaning
# removes: `（CPIA）　2025.07.24　北京`).
RAW_HEAD_CHARS = 1_000


# A dateline on a line of its own at the foot, the place and day a text is signed at (香港，
# 2025年11月10日 under 承董事会命 and the chairman's name, as Hong Kong's listed companies close
# their announcements): the text's own date when no publication label or printed date is found;
# after the signature's other lines when cleaning set them on one (承董事会命 …公司 主席 香港，…)
_SIGNED = re.compile(rf"(?:^|(?<=\s))[\u4e00-\u9fff]{{2,6}}\s?[，,]\s?"
                     rf"{_YNUM}\s?年\s?{_MNUM}\s?月\s?{_DNUM}\s?日\s*$", re.MULTILINE)
_FOOT_CHARS = 800


def _signed_date(s: str) -> date | None:
    """The date of a place's dateline among the text's last _FOOT_CHARS characters, if any."""
    foot = s[-_FOOT_CHARS:]
    found = None if "，" not in foot and "," not in foot else _SIGNED.search(foot)
    return _date(*found.groups()) if found else None


def detect_document_date(
    clean_text: str, masthead_date_text: str | None, raw: str | None = None
) -> tuple[date | None, DateSource]:
    """The document's own date and where it came from ('text', 'inferred' or 'unknown').
    ``raw``: the raw page (markup as text: ``cleaning.markup.text_view``), whose first
    RAW_HEAD_CHARS are searched for a dated line before the clean text is, and whose lines above
    the first sentence (in the first RAW_HEADER_CHARS) for a labelled date last."""
    s = to_half_width(clean_text)
    published = _published_date(s, raw)
    if published:
        return published, "text"
    printed = parse_date_text(masthead_date_text)
    if printed:
        return printed, "text"
    top = (_top_date(s) or (_head_date(raw[:RAW_HEAD_CHARS]) if raw else None)
           or _header_date(s) or (_header_date(raw) if raw else None))
    if top:
        return top, "text"
    m = _PRINTED.search(s) if _PRINTED_END.search(s) else None
    if m:
        groups = [g for g in m.groups() if g is not None]
        d = _date(*groups[:3])
        if d:
            return d, "text"
    signed = _signed_date(s)
    if signed:
        return signed, "text"
    edition = _yearbook_year(s)
    if edition is not None:
        # A yearbook of edition Y records Y-1 (统计年鉴2024: the data of 2023): it speaks from
        # the start of Y, so that its 全年 / 年末 are Y-1's results (a date in January-March
        # reads them so: period_choice.last_year_report) and its 大事记 days are no date.
        return date(edition, 1, 1), "inferred"
    year = _inferred_year(s)
    if year is None:
        return _weakly_dated(s)
    best: date | None = None
    for m in _EVENT_DAY_FAST.finditer(s):
        if _announced(s, m):
            continue
        d = _date(str(year), m.group(1), m.group(2))
        if d and (best is None or d > best):
            best = d
    for m in _full_dates(s):
        d = None if _announced(s, m) else _date(*m.groups())
        if d and d.year == year and (best is None or d > best):
            best = d
    return (best or date(year, 1, 1)), "inferred"


def _weak_evidence(s: str) -> tuple[int, int] | None:
    """(year, first month it can speak from) of the latest weak year evidence in ``s``: a year
    with a part of it (``2024年前三季度``: that year, after the part's end) or a year whose
    results a clause reports (``2023年全市观光人次达…``: the next year)."""
    found: list[tuple[int, int]] = []
    for m in _YEAR_PART.finditer(s):
        if _FUTURE_BEFORE.search(s[max(0, m.start() - 4) : m.start()]) \
                or _forward_clause(s, m.end()):
            continue
        if m.group("half"):
            end = 6
        elif m.group("quarters") or m.group("quarter"):
            end = 3 * int(parse_numeral(m.group("quarters") or m.group("quarter")) or 0)
        else:
            end = int(parse_numeral(m.group("month") or m.group("months")) or 0)
        year = int(m.group(1))
        found.append((year, end + 1) if end < 12 else (year + 1, 1))
    for m in _RESULT_YEAR.finditer(s):
        if not _forward_clause(s, m.start()):
            found.append((int(m.group(1)) + 1, 1))
    found = [f for f in found if 1949 < f[0] < 2200]
    return max(found) if found else None


def _dateline(s: str) -> tuple[int, int] | None:
    """(month, day) of the first day named near the top (``本报讯 3月12日``, ``（10月8日）``)."""
    top = s[:_DATELINE_CHARS]
    cut = -1
    for _ in range(_DATELINE_LINES):
        cut = top.find("\n", cut + 1)
        if cut < 0:
            break
    for m in _EVENT_DAY_FAST.finditer(top if cut < 0 else top[:cut]):
        if not _announced(s, m):
            month, day = parse_numeral(m.group(1)), parse_numeral(m.group(2))
            if month and day:
                return int(month), int(day)
    return None


def _weakly_dated(s: str) -> tuple[date | None, DateSource]:
    """The date from weak year evidence and the date line (see the module's docstring)."""
    evidence = _weak_evidence(s)
    if evidence is None:
        return None, "unknown"
    year, first_month = evidence
    line = _dateline(s)
    if line is None:
        return date(year, 1, 1), "inferred"
    if line[0] < first_month:  # 3月12日 cannot report 2024年前三季度 in 2024
        return None, "unknown"
    d = _date(str(year), str(line[0]), str(line[1]))
    return (d, "inferred") if d else (None, "unknown")
