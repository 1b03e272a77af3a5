"""Numbers without a unit that still measure (most bare numbers are years, codes or hotlines).

A ratio's or an index's level (收入比为2.08, CPI为109.86), an exchange rate quoted, a term in years
(年限为10年), days counted (住院日为8.6日), an amount after a currency's code (RM1900).
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.metrics.candidates import (
    CODE_ENDS,
    DIGIT,
    HAN,
    LATIN,
    NumberCandidate,
    alt,
    code_before,
    qualifier_of,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.plain_numbers import CHANGE_AFTER, TO_LEVEL_BEFORE
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.units import (
    unit_lexicon,
)

# a ratio named right before a bare decimal (城乡居民收入比为2.08, 恩格尔系数为0.31, a sex ratio
# 出生婴儿性比例为106.3 (boys per 100 girls), 收入比缩小到 1.95以内, 收入倍差缩小到1.85以内, a
# rate per million hours 损工事故率（LTIFR）为0.21, 收入比值为2.34, an index's level by its Latin
# name, CPI为109.86; 死亡率由2020年的0.032): a number without a unit; a change of it later in the
# sentence (比上年缩小0.03)
_RATIO_BEFORE = re.compile(
    r"(?:[\u4e00-\u9fff]比值?|比例|系数|倍差|(?:指数|率|[A-Z]PI)(?:[（(][A-Za-z]{1,8}[）)])?"
    r"[”’\"]?[）)]?)(?:由(?:\d{4}年)?[^\d，；。]{0,5}的)?(?:分别|均|依次)?(?:为|是|达到|达|保持在|控制在|稳定在|缩小到"
    r"|缩小至|扩大到|扩大至|下降到|下降至|降至|降到|提高到|提高至|调整为)?$")


# (由上年的1.71缩小到1.66: the level a ratio moved to, after its level before)
# (下降至2024年的0.019: the year of the level reached before it; 吉尼係數…較112年上升0.003)
_RATIO_CHANGE = re.compile(
    r"(?:缩小|扩大|下降|降低|提高|减少|增加|上升|回升|回落)(?:到|至)?(?:\d{4}年的)?$")


# years of schooling (平均受教育年限达到11.2年), a bond's or loan's term (期限：7年, 期限为10年) or
# a wait or a time taken (公屋一般申请者的平均轮候时间为5.5年, 缩短至约4.5年; 等候时间, 办理时长):
# 年 is a unit only after 年限 or 期限 or a noun of time (时间 / 时长) and the verb that sets it
YEARS_NAME = r"(?:[年期]限|[\u4e00-\u9fff](?:时间|时长))"


_YEARS_BEFORE = re.compile(
    rf"{YEARS_NAME}(?:[:：]|为|是|达到|达|提高到|提高至|增加到|增加至|延长到|延长至|缩短到|缩短至"
    r"|减少到|减少至|降至|降到)?$")


# a term in years with a fraction (平均轮候时间已由2023年3月高峰期的6.1年，缩短至今年6月底的5.3年):
# no calendar year has one, so a time's name earlier in the sentence measures it, with dates and
# words between them
_TERM_REACH = 40  # characters back to the time's name


def _term_of_years(text: str, num: str, ns: int) -> bool:
    if "." not in num:
        return False
    start = max(0, ns - _TERM_REACH, *(text.rfind(c, 0, ns) + 1 for c in "。；;"))
    return re.search(YEARS_NAME, text[start:ns]) is not None


_NOT_YEARS_AFTER = frozenset("月底末度初内以前后")  # 期限为2025年12月, 期限至2026年底: a date
# (the part of a term above or below its bound a rule treats apart: 超过15年的部分, 15年及以下的，)
_BAND_AFTER = re.compile(r"(?:及?以[上下])?的(?:部分|[，,])")


# (，比上年提高0.09年; 6.1年缩短0.6年: the change written right after the level before)
_YEARS_CHANGE = re.compile(
    r"(?:[，,](?:比上年|较上年|比上年末)?|年)(?:提高|增加|延长|缩短|减少|下降)$")


# (轮候时间为5.5年，较去年同期的6.1年: the level a term in years is compared with)
_YEARS_BASE = re.compile(r"[，,]?(?:较|比)[\u4e00-\u9fff]{0,6}的?")


BEFORE_CHARS = 8


_FIRST_CALENDAR_YEAR = 1900  # a number of 年 from here up is a year, never a term


_RATIO_NAME_CHARS = 16  # (率（LTIFR）为: a name's abbreviation in brackets between it and 为)


# a name of days: the mean stay in hospital (平均住院日) or of visitors (平均逗留时间, 停留)
DAYS_NAME = re.compile(r"住院日|逗留|停留")


_DAYS_BEFORE = 24


# a span of days that a procedure's time is cut to or from (缩短至45日以内, 由20日压缩至10日)
_FROM_DAYS = re.compile(r"[由从]$")


_WITHIN_AFTER = re.compile(r"以内|之内|内")


def _days_counted(text: str, num: str, ns: int, ne: int, days_before: bool = False) -> bool:
    """N日 counts days, not a date's day: a decimal after a name of days (出院者平均住院日为
    8.6日) or after days the sentence already counts (``days_before``: 平均逗留时间为1.2日，
    其中留宿旅客为2.2日，不过夜旅客为0.2日, its items' figures), or a whole number a time is
    cut to (压缩至10日) or from (由20日压缩至). (21日 alone is a date: most are.)"""
    if "." in num:
        return days_before or DAYS_NAME.search(text, max(0, ns - _DAYS_BEFORE), ns) is not None
    return (TO_LEVEL_BEFORE.search(text, max(0, ns - 6), ns) is not None
            or (_FROM_DAYS.search(text, max(0, ns - 1), ns) is not None
                and text.startswith(CHANGE_AFTER, ne + 1)))


def bare(
    text: str, m: re.Match[str], g: dict[str, str | None], out: list[NumberCandidate]
) -> NumberCandidate | None:
    """A number with no unit that still measures: a ratio's value or change, or 年 of
    schooling (``out`` holds the sentence's candidates so far)."""
    num = g["num"]
    ns, ne = m.start("num"), m.end("num")
    after = text[ne : ne + 1]
    if text[ns - 1 : ns] in CODE_ENDS and num is not None and after not in LATIN and (
            DIGIT.match(num) and (code := code_before(text, ns)) is not None):
        return _coded_amount(m, g, code)  # 每月RM1900: an amount in the currency of the code
    if after == "日" and num is not None and _days_counted(
            text, num, ns, ne, any(c.unit_raw == "日" and c.unit == "天" for c in out)):
        value = parse_numeral(num)
        if value is None:
            return None
        qual, qual_text = qualifier_of(g)
        end = ne + 1
        within = _WITHIN_AFTER.match(text, end)
        if within is not None and qual == "none":  # 缩短至45日以内: a bound after the unit
            end, qual_text = within.end(), within.group()
            qual = metric_lexicon().qual_after.get(qual_text, "at_most")
        return NumberCandidate(m.start(), end, ns, ne, value, None, "日", "天", "time", 1.0,
                               qual, qual_text)
    if after == "年":
        if num is None:
            return None
        change = _years_after_years(text, ns, out)
        if not change and not _YEARS_BEFORE.search(
                text, max(0, ns - BEFORE_CHARS - len(g["pre"] or "")),
                m.start("pre") if g["pre"] else ns) and not _term_of_years(text, num, ns):
            return None  # 2024年: most bare numbers are years
        value = parse_numeral(num)
        if value is None or text[ne + 1 : ne + 2] in _NOT_YEARS_AFTER or (
                value >= _FIRST_CALENDAR_YEAR) or (  # (较2024年同期: a year, never a term)
                _BAND_AFTER.match(text, ne + 1) is not None):
            return None  # (缴费年限超过15年的部分，每满1年…: a rule's band, a condition)
        qual, qual_text = qualifier_of(g)
        return NumberCandidate(m.start(), ne + 1, ns, ne, value, None, "年", "年", "time", 1.0,
                               qual, qual_text)
    if num == _ZERO and after in _ZERO_ENDS and not g["num2"] and _RATIO_BEFORE.search(
            text, max(0, ns - _RATIO_NAME_CHARS), ns):
        # 百万吨死亡率为0；: a rate stated as nil (a bare whole number is otherwise a code or a
        # year, no measure)
        return NumberCandidate(m.start(), m.end(), ns, ne, 0.0, None, None, None, "ratio", 1.0,
                               *qualifier_of(g))
    if num is None or "." not in num or after in _DATE_AFTER or g["num2"]:
        return None
    if _bracketed_level(text, ns, ne):
        value = parse_numeral(num)
        return None if value is None else NumberCandidate(
            m.start(), m.end(), ns, ne, value, None, None, None, "ratio", 1.0, *qualifier_of(g))
    before_end = m.start("pre") if g["pre"] else ns
    lo = max(0, before_end - _RATIO_NAME_CHARS)
    if not (_RATIO_BEFORE.search(text, lo, before_end)
            or _exchange_rate_quote().search(text, lo, before_end) or (
        _RATIO_CHANGE.search(text, lo, before_end)
        and any(c.unit is None and c.category == "ratio" for c in out)
    ) or _ratio_member(text, ns, ne, out) or _next_level(text, ns, out)):
        return None
    value = parse_numeral(num)
    if value is None:
        return None
    qual, qual_text = qualifier_of(g)
    return NumberCandidate(m.start(), m.end(), ns, ne, value, None, None, None, "ratio", 1.0,
                           qual, qual_text)


_MEMBER_END = ("、", "，", ",", "；", ";", "。", "")
_ZERO, _ZERO_ENDS = "0", ("，", ",", "；", ";", "。")


_LIST_MARKS = ("、", "和", "及", "与")


def _next_level(text: str, ns: int, out: list[NumberCandidate]) -> bool:
    """A decimal right after a list's mark that follows a level with no unit (综合指数分别为2.86、
    3.05、3.48: each city's index): the next item's level of the same ratio or index."""
    if text[ns - 1 : ns] not in _LIST_MARKS or not out:
        return False
    last = out[-1]
    return last.unit is None and last.category == "ratio" and last.end == ns - 1


def _ratio_member(text: str, ns: int, ne: int, out: list[NumberCandidate]) -> bool:
    """A decimal right after a member's name, in the 其中 list after a ratio with no unit
    (平均市盈率为19.42，较上月末下降0.35；其中，沪市主板15.86、科创板58.37): the member's value
    of that ratio. The list may open a sentence of its own (cut at the ；), the ratio in the
    sentence before: then no figure in the list has a unit."""
    at = text.rfind("其中", 0, ns)
    if at < 0 or not "\u4e00" <= text[ns - 1 : ns] <= "\u9fff" or (
            text[ne : ne + 1] not in _MEMBER_END) or any(
            c.unit is not None for c in out if c.start > at):
        return False
    return (any(c.unit is None and c.category == "ratio" and c.end <= at for c in out)
            or not text[:at].strip(" \u3000"))


def _coded_amount(m: re.Match[str], g: dict[str, str | None], code: str
                  ) -> NumberCandidate | None:
    """A bare number after a currency's code (RM1900, RM1500-2000): an amount in that currency."""
    value = parse_numeral(g["num"] or "")
    high = parse_numeral(g["num2"]) if g["num2"] else None
    if value is None or (g["num2"] and high is None):
        return None
    return NumberCandidate(m.start(), m.end(), m.start("num"), m.end("num"), value, high, None,
                           code, "currency", 1.0, *qualifier_of(g))


_DATE_AFTER = frozenset("年月日号时点")


# another class's term in years after one read (出让年限为70年，商服用地为40年): a clause of a few
# words and 为 / 是 right after the term before
_PARALLEL_TERM = re.compile(r"[，,；;、][ \u3000]?[\u4e00-\u9fff]{1,8}(?:为|是)?$")


_LEVEL_BRACKET_CHARS = 16


def _years_after_years(text: str, ns: int, out: list[NumberCandidate]) -> bool:
    """N年 read on from a term in years just read: its change (年限为10.12年，比上年提高0.09年),
    the level it is compared with (较去年同期的6.1年), another class's (商服用地为40年)."""
    if not out or out[-1].unit_raw != "年":
        return False
    return (_YEARS_CHANGE.search(text, max(0, ns - BEFORE_CHARS), ns) is not None
            or _YEARS_BASE.fullmatch(text, out[-1].end, ns) is not None
            or _parallel_term(text, ns, out))


def _parallel_term(text: str, ns: int, out: list[NumberCandidate]) -> bool:
    """N年 in the clause right after a term in years, naming another class's (商服用地为40年)."""
    return (bool(out) and out[-1].unit_raw == "年" and out[-1].value_high is None
            and _PARALLEL_TERM.fullmatch(text, out[-1].end, ns) is not None)


def _bracketed_level(text: str, ns: int, ne: int) -> bool:
    """（2月第1周的131.52）: a decimal closing a bracket after 的, the level the thing before the
    bracket stood at when the bracket says (较年内高点（…的131.52）)."""
    if text[ne : ne + 1] not in "）)" or not text.endswith("的", 0, ns):
        return False
    opened = max(text.rfind("（", 0, ns), text.rfind("(", 0, ns))
    return 0 <= ns - opened <= _LEVEL_BRACKET_CHARS and not any(
        c in text[opened:ns] for c in "）)，,；;。")


@cache
def _exchange_rate_quote() -> re.Pattern[str]:
    """An exchange rate quoted (汇率中间价报7.1712, 美元兑人民币汇率收于7.2035; with no 汇率, a
    currency against another: 马币兑新元则报3.2210, 兑人民币报1.6950, 兑 and a currency units.yaml
    knows): its level has no unit."""
    names = {u for u, info in unit_lexicon().units.items()
             if info.category == "currency" and "/" not in u and len(u) > 1 and HAN.match(u)}
    return re.compile(
        rf"(?:汇率|兑(?:{alt(names)}))[\u4e00-\u9fff]{{0,6}}?(?:报|收报|收于|收在|为)$")
