"""Number candidates: one regex pass per sentence finds numbers with qualifiers and units.

A candidate is a number as written with what belongs to it: a qualifier before (突破, 超, 达), a
range end (5%—6%), an inner qualifier (30余家), a multiplier and unit (万个, 亿元) and a qualifier
after (以上, 左右). Numbers that are not measurements (dates, editions, phone numbers, product and
policy names, slogans) are dropped here by form; the rest of the decision (kind, indicator)
belongs to the other modules of this package.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.numbers import CN_NUMERAL_CHARS, parse_numeral, scaled, to_half_width
from pipelines.domain.units import (
    alternation,
    multiplier_pattern,
    normalize_unit,
    per_unit_pattern,
    unit_lexicon,
    unit_pattern,
)

_SP = r"[ \u3000]?"
_ARABIC = r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?"
# letter-spaced print (`1 3 0 0 亿元`, `3 5 . 6 万亩`, `1 2.5 %`): single digits and points
# separated by single spaces, accepted only when a unit follows (checked in the pattern)
_SPACED = r"(?<![\d.])\d(?:[ ][\d.])*[ ]\d+(?:\.\d+)?"
# a decimal read out (百分之五点六, 零点二个百分点): 点 and digits, no unit numeral after them
# (九点五十分 is a clock time)
_CN_DIGITS = "零〇一二两三四五六七八九"
_CNNUM = (rf"[{CN_NUMERAL_CHARS}]+(?:[万亿萬億][{CN_NUMERAL_CHARS}]+)*"
          rf"(?:[点點][{_CN_DIGITS}]+(?![十百千拾佰仟]))?")
_NUM = rf"(?:{_ARABIC}|{_CNNUM})"
_RANGE_SEP = r"(?:——|[—–~～\-]|至|到)"
_DIGIT = re.compile(r"\d")
# Every number form below holds a digit, a Chinese numeral or a magnitude word (突破万亿元): a text
# without any of these characters holds no candidate. A plain character class, so that the same
# pattern serves Python's re and polars (Rust regex; \d is Unicode there too).
NUMBER_CHARS = rf"[\d{CN_NUMERAL_CHARS}万亿萬億]"
_NUMBER_CHAR = re.compile(NUMBER_CHARS)
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NAME_BEFORE = _LATIN | {"."}
# names numbered by a Chinese numeral after them (范围一/范围二/范围三 of greenhouse gas accounting,
# 附件二, 专栏三)
_NUMBERED_NAMES = ("范围", "附件", "专栏", "附表")
# the first characters of words ending in 一 (唯一, 统一, 同一, 单一, 逐一, 专一, 万一, 之一)
_ONE_WORD_FIRSTS = frozenset("唯统同单逐专万之")
_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]")


class NumberCandidate(NamedTuple):
    """One number with its unit and qualifier; offsets are into the sentence's clean text.

    A tuple (immutable, compared by value): one is made per number of every sentence read."""

    start: int  # start of the quote (qualifier before, or the number)
    end: int  # end of the quote (unit / qualifier after)
    num_start: int
    num_end: int
    value: float
    value_high: float | None
    unit_raw: str | None
    unit: str | None
    category: str | None  # unit category from units.yaml, 'rank' for 第N, 'ratio' for a:b:c
    multiplier: float
    qualifier: str = "none"
    qualifier_text: str | None = None
    chinese: bool = False  # written in Chinese numerals
    ordinal: bool = False  # written as 第N (a rank)
    noun_before: bool = False  # kept only if a noun precedes it (公交线路22条, not 出台20条)

    @property
    def value_normalized(self) -> float:
        return scaled(self.value, self.multiplier)


def _alt(words: set[str]) -> str:
    return alternation(words)


@cache
def candidate_regex() -> re.Pattern[str]:
    """The single compiled pattern for all number forms (built from the lexicons once)."""
    lex, ulex = metric_lexicon(), unit_lexicon()
    qpre = _alt({v for w in lex.qual_before for v in ulex.variants(w)})
    qpost = _alt({v for w in lex.qual_after for v in ulex.variants(w)})
    qins = _alt({v for w in lex.qual_inside for v in ulex.variants(w)})
    mult, unit = multiplier_pattern(), unit_pattern()
    # a rate of two units (671克/千瓦时, 1.2元/斤) before a single unit; not the start of a rate
    # of three (元/人/次)
    per = rf"(?:{per_unit_pattern()})(?![·•/])"
    # 突破新臺幣600億元: a currency named before the number, between qualifier and number
    cur = _alt({v for w in lex.currency_before for v in ulex.variants(w)})
    pre_firsts = {v[0] for w in lex.qual_before for v in ulex.variants(w)}
    firsts = "".join(sorted(pre_firsts | set(CN_NUMERAL_CHARS) | set("第百万亿萬億-−")))
    # a Chinese numeral only counts when a unit, multiplier or 以上-like word follows it
    cn_follow = rf"{_SP}(?:{qins})?{_SP}(?:{mult}|{unit}|%|{qpost})|$|[^\u4e00-\u9fff]"
    spaced_follow = rf"{_SP}(?:{qins})?{_SP}(?:{mult}|{unit}|%)"
    # 2%至3%: a range of rates ends in % too; 增加12.4%至1,013.5万人次 is a rate, then the level
    # reached (two figures)
    pct_end = rf"{_SP}{_RANGE_SEP}{_SP}{_NUM}{_SP}%"
    # the lookahead lets the engine skip positions that cannot start a number (10x faster)
    return re.compile(
        rf"""
        (?=[\d{re.escape(firsts)}])
        (?:(?P<pre>{qpre}){_SP}(?:(?:{cur}){_SP})?)?
        (?:
            (?P<ratio>{_ARABIC}(?:{_SP}[:∶]{_SP}{_ARABIC}){{2,}}
                      |{_ARABIC}{_SP}(?:∶{_SP}{_ARABIC}|:{_SP}1(?![\d.:]))
                      |(?<![\d.])1{_SP}:{_SP}{_ARABIC}(?![\d.:])(?!{_SP}(?:{mult}|{unit})))
          | (?P<pct_cn>百分之)(?P<pct_num>{_NUM})
          | (?P<frac_den>{_NUM})分之(?P<frac_num>{_NUM})
          | (?P<imult>万亿|萬億|亿|億|万|萬)(?P<iunit>{unit})(?!级|級)
          | (?P<ord>第{_SP})?(?P<num>{_SPACED}(?={spaced_follow})|{_ARABIC}
                                  |{_CNNUM}(?={cn_follow})
                                  |(?<=第){_CNNUM}(?=[{_COMPARATIVES}]))
            (?:{_SP}(?:(?P<pct1>%)(?={pct_end}))?{_SP}{_RANGE_SEP}{_SP}(?P<num2>{_NUM}))?
            (?:{_SP}(?P<ins>{qins}))?
            (?:{_SP}(?P<mult>{mult}))?
            (?:{_SP}(?P<unit>{per}|{unit}))?
        )
        (?:{_SP}(?P<post>{qpost}))?
        """,
        re.VERBOSE,
    )


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when the span sits inside a short quoted term (“九个有力有效”, “12345”)."""
    left = text.rfind("“", 0, start)
    if left < 0 or text.rfind("”", left, start) >= 0:
        return False
    right = text.find("”", end)
    return right >= 0 and right - left <= 16 and text.find("“", end, right) < 0


# a rank listed right before another (第二、第三): the earlier item of the same list
_RANK_BEFORE = re.compile(rf"第{_SP}(?:\d+|[{CN_NUMERAL_CHARS}]+)(?:位|名)?[、和及]$")


def _shares_ordinal(text: str, start: int) -> bool:
    """第二、三位: a rank list's later item written without its 第, after one ranked by a verb."""
    listed = _RANK_BEFORE.search(text, max(0, start - 8), start)
    return listed is not None and _rank_context(text, listed.start())


def _rank_context(text: str, ord_start: int) -> bool:
    """A rank verb (居, 排名, 跻身 ...) in the clause before 第N."""
    lex = metric_lexicon()
    while (listed := _RANK_BEFORE.search(text, 0, ord_start)) is not None:
        ord_start = listed.start()  # 位列第二、第三: the list's first rank has the verb
    left = max(text.rfind(p, 0, ord_start) for p in "，。；：,;:、") + 1
    before = text[left:ord_start]
    return any(v in before for v in lex.rank_verbs) or before.endswith(
        ("全国", "全省", "全球", "全市", "城市", "中")
    )


# comparatives a rank in a record ends with (有记录以来第二暖, 第十二多雨, 历史同期第三高,
# 为历年单月第2高)
_COMPARATIVES = "高低多少大小暖冷热强弱快慢长短早晚"
_RECORD = re.compile(r"以来|有记录|记录|历史|历年|同期")


def _record_rank(text: str, ord_start: int, end: int) -> bool:
    """第N + a comparative after a record's scope (有记录以来第二暖, 历史同期第三高): a rank of
    the figure among the years on record, not an ordinal."""
    if text[end : end + 1] not in _COMPARATIVES or not text[end : end + 1]:
        return False
    left = max(text.rfind(p, 0, ord_start) for p in "。；;") + 1
    return _RECORD.search(text, left, ord_start) is not None


def _after_list(text: str, start: int) -> bool:
    """The number closes a list that names some of its members: 核聚变能、量子科技等10大."""
    before = text[:start].rstrip(" ")
    return before.endswith("等") and text.rfind("、", max(0, start - 40), start) >= 0


def _qualifier(parts: list[tuple[str, str]]) -> tuple[str, str | None]:
    """Choose among the qualifier words found around a number by the lexicon's priority."""
    if not parts:
        return "none", None
    order = metric_lexicon().qual_priority
    best = min(parts, key=lambda p: order.index(p[0]) if p[0] in order else len(order))
    return best


@cache
def candidate_hint_pattern() -> str:
    """A regex (for polars: no lookaround) found in every text that holds a candidate.

    Every candidate form holds 百分之, 分之, 第 (a rank), a ratio colon, a magnitude word
    (突破万亿元), or a number's last digit or numeral followed by a multiplier, a unit or %
    (with an inner qualifier and spaces between): the last number of a range included.
    Sentences without it (``一些``, ``统一``, ``2023年``) are never searched with the full pattern.

    A lone small Chinese numeral before a generic measure word (一批, 两个, 三大, 五项) is an
    enumeration, never a candidate (:func:`_plain`), unless a qualifier, a count verb or a list
    closed by 等 comes right before it, or it ends a range: such a numeral hints only with one
    of those before it, or with another unit, a multiplier or % after it. Pages are full of
    such enumerations.
    """
    lex, ulex = metric_lexicon(), unit_lexicon()
    sp = "[ \u3000]?"
    qins = _alt({v for w in lex.qual_inside for v in ulex.variants(w)})
    units = "|".join(p for p in (multiplier_pattern(), unit_pattern()) if p)
    small = "".join(c for c in CN_NUMERAL_CHARS if (parse_numeral(c) or 0) <= _SMALL)
    large = "".join(c for c in CN_NUMERAL_CHARS if c not in small)
    enumerating = set(lex.generic_measure_words) | {
        v for u, info in ulex.units.items() if info.after_list for v in ulex.variants(u)}
    counted = "|".join(p for p in (multiplier_pattern(), _alt(
        {v for u in ulex.units for v in ulex.variants(u)} - enumerating)) if p)
    qpre = _alt({v for w in lex.qual_before for v in ulex.variants(w)})
    cur = _alt({v for w in lex.currency_before for v in ulex.variants(w)})
    before = "|".join(p for p in (qpre, _alt(set(lex.chinese_count_verbs))) if p)
    after = rf"(?:{sp}(?:{qins}))?{sp}"
    return "|".join([
        "百分之|分之|第|[:∶]|[万亿萬億]",
        rf"[\d{large}]{after}(?:{units}|[%％])",  # digits, 百, 千
        rf"[{CN_NUMERAL_CHARS}][{CN_NUMERAL_CHARS}]{after}(?:{units}|[%％])",  # 十二, 二十
        rf"[{small}]{after}(?:{counted}|[%％])",  # 三公里, 五万, 一成
        rf"(?:{before}){sp}(?:(?:{cur}){sp})?[{small}]",  # 超过三个, 新建两个
        rf"等 *[{small}]",  # 核聚变能、量子科技等十大
        rf"(?:{_RANGE_SEP}|－){sp}[{small}]",  # 6—十个: the end of a range (－: full width)
        # a number without a unit after a ratio's or a schooling's name (_bare): 收入比为2.08,
        # 兑新元报3.2210, 平均市盈率为19.42, and the members after 其中 (_ratio_member)
        rf"(?:比|系数|倍差|指数|兑|率|其中)[^\d０-９]{{0,{_BEFORE_CHARS + 4}}}[\d０-９]+[.．]",
        rf"{_YEARS_NAME}[^\d０-９]{{0,{_BEFORE_CHARS + 4}}}[\d０-９]",  # 轮候时间为5.5年
        _DAYS_NAME.pattern,  # 平均逗留时间为1.2日: days after a name of days (_bare)
        "[至到在由从][\\d０-９]+日",  # 压缩至10日, 由20日压缩至: days a time is cut to or from
        rf"(?:{_alt(set(_currency_codes()))}) ?[\d０-９]",  # 每月RM1900: a currency's code (_bare)
    ])


_SMALL = 10  # a Chinese numeral up to this, before a generic measure word, enumerates
_NORMALISERS = frozenset({"十", "百", "千", "万", "十万", "百万", "萬", "十萬", "百萬"})
_MEASURES = frozenset({"physical", "currency"})
_AGE_NAMES = re.compile(r"寿命|年龄|岁数")
_RANGE_LOWS = ("以上", "至", "到", "—", "-", "~")
_CLASS_BOUND = re.compile(r"及?以[上下](?!的)[\u4e00-\u9fff]")
# classes listed by their bounds before the figures a 分别 (均) pairs with them (90平方米及以下、
# 90-144平方米的分别下降0.5%和0.4%; 5亿元以上的均增长): each names a class, no figure of its own
_CLASSES_PAIRED = re.compile(r"(?:及?以[上下])?(?:、[^，,。；;：:、]{1,16}?)*的(?:分别|均|各)")
# a bound on a number of people that names a class of towns (500万人以上城市, 100万人以下的县):
# not a count of people
# (户籍人口5人及以上的家庭: a class of households by their size, as of cities)
_PEOPLE_CLASS = re.compile(r"及?以[上下]的?(?:(?:大|中|小)?(?:城市|城镇|县城|县|市|镇)|家庭|户)")
_NOT_NOUN = frozenset("并和及与或而且")  # 60岁以上的老人 reads on; 以上并… does not


def _noun_at(text: str, pos: int) -> bool:
    """A word (not a conjunction) starts at ``pos``: 3岁以下婴幼儿, 60岁以上的老人."""
    ch = text[pos : pos + 1]
    if ch == "的":
        return True
    return bool(ch) and ch not in _NOT_NOUN and _CJK.match(ch) is not None


# four English words in a row; a sentence is English prose when its Latin letters outnumber its
# Chinese characters three to one (a Chinese sentence naming an English title or company stays)
_ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3}")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _english_prose(text: str) -> bool:
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    return len(_HAN.findall(text)) * 3 < latin


def find_candidates(text: str) -> list[NumberCandidate]:
    """All measurement-like numbers in one sentence, in order (one regex pass)."""
    if _NUMBER_CHAR.search(text) is None:
        return []  # half the sentences of a page: skip the costly pattern
    if _ENGLISH_RUN.search(text) is not None and _english_prose(text):
        return []  # a sentence in English (a bilingual report): its numbers have no Chinese name
    half = to_half_width(text)
    out: list[NumberCandidate] = []
    for m in candidate_regex().finditer(half):
        g = m.groupdict()  # one dict per match: read many times below
        num = g["num"]
        if num is not None and num[0] in "陆陸" and half.endswith("大", 0, m.start("num")):
            continue  # 大陆 (the mainland), not the numeral 陆 (six)
        if g["num"] is not None and not (g["unit"] or g["mult"] or g["ord"]):
            # a bare number (year, hotline, section number): see _plain; unless a ratio or a
            # length of schooling is named right before it
            bare = _bare(half, m, g, out)
            if bare is not None:
                out.append(bare)
            continue
        found = _build(half, m, g)
        if found:
            if out and out[-1].unit is None and out[-1].multiplier != 1.0:
                found[0] = _range_of(half, out, found[0])
            if out and out[-1].unit is None and out[-1].multiplier != 1.0:
                found[0] = _compound_of(half, out, found[0])
            if found[0].unit is None and found[0].multiplier != 1.0:
                found[0] = _inner_plus(half, found[0])
            if found[0].multiplier == 1e8 and half.endswith("兆", 0, found[0].num_start):
                found[0] = _trillions(half, found[0])
            if out and found[0].qualifier == "at_most" and _bounds_meet(out[-1], found[0]):
                out[-1] = _bounded_range(out[-1], found[0])
                found = found[1:]
            elif out and _ratio_range(half, out[-1], found[0]):
                out[-1] = out[-1]._replace(end=found[0].end, value_high=found[0].value)
                found = found[1:]
            elif out and _both_ends(half, out[-1], found[0]):
                out[-1] = _unit_range(out[-1], found[0])
                found = found[1:]
            out += found
    return _list_end_shared(half, out)


def _list_end_shared(text: str, out: list[NumberCandidate]) -> list[NumberCandidate]:
    """分别为19、21、22微克/立方米, 分别快于…2.5和2.9个百分点: in a 分别 list the unit closes the
    whole list; the bare numbers before the last item become candidates in its unit (a bound
    after the last item is given to every item later: qualifiers.list_closing_bound)."""
    shared: list[NumberCandidate] = []
    out = _measure_word_items(text, out)
    for last in out:
        if last.unit_raw is None or last.start != last.num_start or last.value_high is not None:
            continue
        first, bare = _list_before(text, last, out)
        if not (bare and _after_respectively(text, first)):
            bare = _slash_items(text, last)
        if bare:
            shared += [last._replace(start=b.start(), end=b.end(), num_start=b.start(),
                                     num_end=b.end(), value=float(b.group()),
                                     qualifier="none", qualifier_text=None) for b in bare]
    return sorted(out + shared, key=lambda c: c.start) if shared else out


def _measure_word_items(text: str, out: list[NumberCandidate]) -> list[NumberCandidate]:
    """分别提高0.3个和0.2个百分点, 3个、5个基点: items written with the measure word 个 alone
    before a list joint take the unit the last item spells out; so do items written with their
    magnitude alone (分別為18.7億、20.4億及16.9億美元: the currency written once, at the end)."""
    ends = {c.end: i for i, c in enumerate(out)}
    mended = list(out)
    for last in reversed(out):
        unit = last.unit_raw or ""
        lead = unit[0] if unit[:1] in _MEASURE_WORDS else next(
            (w for w in _MAGNITUDE_LEADS if unit.startswith(w)), "")
        if not lead or len(unit) <= len(lead) or last.category is None:
            continue
        pos = last.start
        while pos > 0 and text[pos - 1] in _LIST_JOINTS and (i := ends.get(pos - 1)) is not None:
            item = mended[i]
            if item.unit_raw != lead or item.value_high is not None:
                break
            mended[i] = item._replace(unit_raw=unit, unit=last.unit, category=last.category,
                                      multiplier=last.multiplier)
            pos = item.start
    return mended


_MEASURE_WORDS = frozenset("个個")
# a magnitude written alone on a list's items, its unit after the last (longest first)
_MAGNITUDE_LEADS = ("万亿", "萬億", "百万", "百萬", "亿", "億", "万", "萬", "千")
# a bare number right before a list joint: an item of a 分别 list whose unit comes at the end
_BARE_ITEM = re.compile(r"(?<![\d.\-−])\d+(?:\.\d+)?$")
_LIST_JOINTS = ("、", "和", "及", "与")
_LIST_CLAUSE_ENDS = frozenset("，,；;。：:")


def _list_before(text: str, last: NumberCandidate, out: list[NumberCandidate]
                 ) -> tuple[int, list[re.Match[str]]]:
    """Where the list that ``last`` closes starts, and its items that are bare numbers."""
    ends = {c.end: c for c in out}
    bare: list[re.Match[str]] = []
    pos = last.start
    while pos > 0 and text[pos - 1] in _LIST_JOINTS:
        before = ends.get(pos - 1)
        found = None if before is not None else _BARE_ITEM.search(text, max(0, pos - 12),
                                                                   pos - 1)
        if before is None and found is None:
            break
        if found is not None:
            bare.append(found)
        pos = before.start if before is not None else found.start()
    return pos, bare


def _slash_items(text: str, last: NumberCandidate) -> list[re.Match[str]]:
    """7.42/9.65/12.18亿元, EPS分别为1.80/2.34/2.96元: bare numbers joined to ``last`` by
    slashes are items of one list (a forecast's years, a table's columns) written with the unit
    once, at its end; not a fraction's numerator (1/3): a slash list's item is a number alone."""
    items: list[re.Match[str]] = []
    pos = last.start
    while pos > 0 and text[pos - 1] == "/":
        found = _SLASH_ITEM.search(text, max(0, pos - 16), pos - 1)
        if found is None:
            return []
        items.append(found)
        pos = found.start()
    return items


# an item of a slash list: a number with nothing before it that makes it part of another (a
# digit, a point, a sign)
_SLASH_ITEM = re.compile(r"(?<![\d.\-−])\d+(?:\.\d+)?$")


def _after_respectively(text: str, start: int) -> bool:
    """分别 before the list's first item, in the same clause."""
    pos = text.rfind("分别", 0, start)
    return pos >= 0 and not _LIST_CLAUSE_ENDS.intersection(text[pos:start])


def _bounds_meet(low: NumberCandidate, high: NumberCandidate) -> bool:
    """100元以上500元以下: a lower bound right before an upper bound of the same unit."""
    return (low.qualifier == "at_least" and low.end == high.start and low.unit == high.unit
            and high.start == high.num_start and low.value_high is None
            and high.value_high is None and low.num_end < low.end)


def _bounded_range(low: NumberCandidate, high: NumberCandidate) -> NumberCandidate:
    """One range from its two bounds (value the low end, value_high the high end, in the low
    end's multiplier: 5000元以上1万元以下 -> 5000..10000 元)."""
    return low._replace(end=high.end, value_high=high.value * high.multiplier / low.multiplier,
                        qualifier="none", qualifier_text=None)


def _both_ends(text: str, low: NumberCandidate, high: NumberCandidate) -> bool:
    """58亿元至61亿元, 3万吨-5万吨, 2%至3%: two numbers of one unit joined by nothing but a range
    mark are the two ends of one range (the low end first), whatever multipliers they carry;
    not a move from one to the other (从5亿元到10亿元, 由2%至3%)."""
    if (low.unit is None or low.unit != high.unit or low.value_high is not None
            or high.value_high is not None or low.category in ("rank", "ratio")
            or text[: low.start].rstrip().endswith(_FROM)):
        return False
    if high.value < 0 and high.start == low.end:  # 3万吨-5万吨: the minus is the range mark
        return 0 < low.value_normalized < -high.value_normalized
    return (high.start == high.num_start and 0 < low.value_normalized < high.value_normalized
            and _RANGE_GAP.fullmatch(text, low.end, high.start) is not None)


_FROM = ("从", "由", "從")


def _ratio_range(text: str, low: NumberCandidate, high: NumberCandidate) -> bool:
    """5:1至6:1: two ratios to one joined by a range mark are one band (the low end first)."""
    return (low.category == high.category == "ratio" and low.unit is None and high.unit is None
            and low.end > low.num_end and high.end > high.num_end and high.start == high.num_start
            and low.value_high is None and high.value_high is None and low.value < high.value
            and _RANGE_GAP.fullmatch(text, low.end, high.start) is not None)


def _unit_range(low: NumberCandidate, high: NumberCandidate) -> NumberCandidate:
    """One range from two ends that each carry the unit (the low end's qualifier, else the
    high end's: 约58亿元至61亿元, 58亿元至61亿元左右)."""
    qual, qual_text = (low.qualifier, low.qualifier_text) if low.qualifier != "none" else (
        high.qualifier, high.qualifier_text)
    return low._replace(end=high.end,
                        value_high=abs(high.value) * high.multiplier / low.multiplier,
                        qualifier=qual, qualifier_text=qual_text)


_TRILLIONS = re.compile(r"(\d{1,4})兆$")


def _trillions(text: str, cand: NumberCandidate) -> NumberCandidate:
    """27兆4,190億元 (Taiwan: 兆 = 10^12, 萬億): one amount, 274190 in the unit 億元."""
    found = _TRILLIONS.search(text, max(0, cand.num_start - 6), cand.num_start)
    if found is None or cand.value_high is not None or cand.value >= 10000:
        return cand
    start = found.start()
    unit = (_currency_before(text, start) or cand.unit) if cand.unit == "元" else cand.unit
    return cand._replace(start=min(cand.start, start) if cand.start < cand.num_start else start,
                         num_start=start, value=int(found.group(1)) * 10000 + cand.value,
                         unit=unit)


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
# (下降至2024年的0.019: the year of the level reached before it)
_RATIO_CHANGE = re.compile(r"(?:缩小|扩大|下降|降低|提高|减少|增加)(?:到|至)?(?:\d{4}年的)?$")
# years of schooling (平均受教育年限达到11.2年), a bond's or loan's term (期限：7年, 期限为10年) or
# a wait or a time taken (公屋一般申请者的平均轮候时间为5.5年, 缩短至约4.5年; 等候时间, 办理时长):
# 年 is a unit only after 年限 or 期限 or a noun of time (时间 / 时长) and the verb that sets it
_YEARS_NAME = r"(?:[年期]限|[\u4e00-\u9fff](?:时间|时长))"
_YEARS_BEFORE = re.compile(
    rf"{_YEARS_NAME}(?:[:：]|为|是|达到|达|提高到|提高至|增加到|增加至|延长到|延长至|缩短到|缩短至"
    r"|减少到|减少至|降至|降到)?$")
_NOT_YEARS_AFTER = frozenset("月底末度初内以前后")  # 期限为2025年12月, 期限至2026年底: a date
# (，比上年提高0.09年; 6.1年缩短0.6年: the change written right after the level before)
_YEARS_CHANGE = re.compile(
    r"(?:[，,](?:比上年|较上年|比上年末)?|年)(?:提高|增加|延长|缩短|减少|下降)$")
# (轮候时间为5.5年，较去年同期的6.1年: the level a term in years is compared with)
_YEARS_BASE = re.compile(r"[，,]?(?:较|比)[\u4e00-\u9fff]{0,6}的?")
_BEFORE_CHARS = 8
_FIRST_CALENDAR_YEAR = 1900  # a number of 年 from here up is a year, never a term
_RATIO_NAME_CHARS = 16  # (率（LTIFR）为: a name's abbreviation in brackets between it and 为)
# a name of days: the mean stay in hospital (平均住院日) or of visitors (平均逗留时间, 停留)
_DAYS_NAME = re.compile(r"住院日|逗留|停留")
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
        return days_before or _DAYS_NAME.search(text, max(0, ns - _DAYS_BEFORE), ns) is not None
    return (_TO_LEVEL_BEFORE.search(text, max(0, ns - 6), ns) is not None
            or (_FROM_DAYS.search(text, max(0, ns - 1), ns) is not None
                and text.startswith(_CHANGE_AFTER, ne + 1)))


def _bare(
    text: str, m: re.Match[str], g: dict[str, str | None], out: list[NumberCandidate]
) -> NumberCandidate | None:
    """A number with no unit that still measures: a ratio's value or change, or 年 of
    schooling (``out`` holds the sentence's candidates so far)."""
    num = g["num"]
    ns, ne = m.start("num"), m.end("num")
    after = text[ne : ne + 1]
    if text[ns - 1 : ns] in _CODE_ENDS and num is not None and after not in _LATIN and (
            _DIGIT.match(num) and (code := _code_before(text, ns)) is not None):
        return _coded_amount(m, g, code)  # 每月RM1900: an amount in the currency of the code
    if after == "日" and num is not None and _days_counted(
            text, num, ns, ne, any(c.unit_raw == "日" and c.unit == "天" for c in out)):
        value = parse_numeral(num)
        if value is None:
            return None
        qual, qual_text = _qualifier_of(g)
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
                text, max(0, ns - _BEFORE_CHARS - len(g["pre"] or "")),
                m.start("pre") if g["pre"] else ns):
            return None  # 2024年: most bare numbers are years
        value = parse_numeral(num)
        if value is None or text[ne + 1 : ne + 2] in _NOT_YEARS_AFTER or (
                value >= _FIRST_CALENDAR_YEAR):  # (较2024年同期: a year, never a term)
            return None
        qual, qual_text = _qualifier_of(g)
        return NumberCandidate(m.start(), ne + 1, ns, ne, value, None, "年", "年", "time", 1.0,
                               qual, qual_text)
    if num is None or "." not in num or after in _DATE_AFTER or g["num2"]:
        return None
    if _bracketed_level(text, ns, ne):
        value = parse_numeral(num)
        return None if value is None else NumberCandidate(
            m.start(), m.end(), ns, ne, value, None, None, None, "ratio", 1.0, *_qualifier_of(g))
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
    qual, qual_text = _qualifier_of(g)
    return NumberCandidate(m.start(), m.end(), ns, ne, value, None, None, None, "ratio", 1.0,
                           qual, qual_text)


_MEMBER_END = ("、", "，", ",", "；", ";", "。", "")
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
                           code, "currency", 1.0, *_qualifier_of(g))


_DATE_AFTER = frozenset("年月日号时点")
# another class's term in years after one read (出让年限为70年，商服用地为40年): a clause of a few
# words and 为 / 是 right after the term before
_PARALLEL_TERM = re.compile(r"[，,；;、][ \u3000]?[\u4e00-\u9fff]{1,8}(?:为|是)?$")
_LEVEL_BRACKET_CHARS = 16


def _length_of_dated_span(text: str, start: int, end: int) -> bool:
    """N天 next to the dates it spans in brackets: right before them, or closing them."""
    return (_DATES_AFTER.match(text, end) is not None
            or (text.startswith(_CLOSING, end)
                and _DATES_BEFORE.search(text, max(0, start - 20), start) is not None))


def _years_after_years(text: str, ns: int, out: list[NumberCandidate]) -> bool:
    """N年 read on from a term in years just read: its change (年限为10.12年，比上年提高0.09年),
    the level it is compared with (较去年同期的6.1年), another class's (商服用地为40年)."""
    if not out or out[-1].unit_raw != "年":
        return False
    return (_YEARS_CHANGE.search(text, max(0, ns - _BEFORE_CHARS), ns) is not None
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
# a group of places named with its count, opening the name of a measure (31个大城市城镇调查失业率
# 为, 70个大中城市新建商品住宅销售价格环比, 31个省份今年GDP增长目标的平均值为): the count is part of
# the name
_GROUP_OF_PLACES = re.compile(
    r"(?:大中|大|中|小|重点|主要|样本)?(?:城市|省份|地级市|设区市)[\u4e00-\u9fffA-Za-z]{0,14}?"
    r"(?:率|浓度|指数|价格|比例|比重|均值)(?:为|是|达到|同比|环比|比|上涨|下降)")
_GROUP_LEAD = re.compile(r"(?:^|[，,；;。：:])\s*(?:全国|全省|全市)?$")


def _names_a_group(text: str, span_start: int, end: int) -> bool:
    """N个 + a group of places + a measure's name, leading its clause (no verb counts them)."""
    return (_GROUP_OF_PLACES.match(text, end) is not None
            and _GROUP_LEAD.search(text, max(0, span_start - 8), span_start) is not None)
# what a unit's own 千 / 百 / 万 follows (平方千米, 立方千米, 元/千克, 吨/万元): a magnitude
# character alone there begins the unit's word, it counts nothing
_MAGNITUDE_CHARS = frozenset("十百千万")
_UNIT_PREFIXES = ("平方", "立方", "/")
# verbs right after a time amount that change it (由15天压减至5天, 办理时限由20个工作日缩短到):
# the amount is a level, not an attribute of a noun
# a requirement on whoever applies (a tender's 资格要求, a programme's 申报条件): its minimums
# are conditions of eligibility, not measurements (as the 对…的 phrase of a rule)
_REQUIREMENT = re.compile(
    r"投标人|申请人|申报单位|申报企业|申请单位|申请企业|供应商|报名者|应聘者|竞买人"
    r"|[须需应]具备|[须需应]具有|[须需应]满足|须为|资格要求|申报条件|申请条件|准入条件")
# (满意度达到82.04分, 较上年提高0.68分: a satisfaction survey's score; an exam's 平均分为468.7分,
# 录取控制线为612分, 满分为760分)
_SCORE_WORDS = re.compile(
    r"得分|评分|分值|分数|总分|打分|测评|满意度|满意率|平均分|满分|控制线|录取线|平均成绩")
_POINTS_BEFORE = ("积",)
_CLOCK_HOURS = ("时", "点")  # (满意度调查于9时30分开始: minutes of a clock, no score)
_LATIN_AFTER = re.compile(r"[A-Za-z]")
_WITHIN = ("内", "以内", "之内")
_TO_LEVEL_BEFORE = re.compile(r"(?:压缩|缩短|压减|缩减|减少|降低|减|降|控制)(?:至|到|在)\s?$")
# a list of two measurements (分别为28.6小时和0.9小时): 和 + a number is no name after the unit
_AND_NUMBER = ("和", "与", "及", "或")
_RECORD_AFTER = ("的纪录", "的记录", "的历史纪录", "的历史记录", "的最高纪录", "的最长纪录")
_CHANGE_AFTER = ("压减", "压缩", "缩短", "缩减", "减至", "减少", "降至", "降到", "延长", "提高",
                 "提升", "增加", "增至")


def _range_of(text: str, out: list[NumberCandidate], cand: NumberCandidate) -> NumberCandidate:
    """1.5万—2万个: a number with a magnitude word alone, a range mark, and a number with the
    same magnitude and a unit are one range (the candidate before is taken out of ``out``)."""
    low = out[-1]
    mult = low.unit_raw or ""
    if not (cand.unit_raw or "").startswith(mult) or cand.multiplier != low.multiplier:
        return cand
    if not _RANGE_GAP.fullmatch(text, low.end, cand.num_start) or cand.value_high is not None:
        return cand
    out.pop()
    qual, qual_text = (low.qualifier, low.qualifier_text) if low.qualifier != "none" else (
        cand.qualifier, cand.qualifier_text)
    return cand._replace(start=low.start, num_start=low.num_start, value=low.value,
                         value_high=cand.value, qualifier=qual, qualifier_text=qual_text)


def _compound_of(text: str, out: list[NumberCandidate], cand: NumberCandidate
                 ) -> NumberCandidate:
    """1万2300人, 约2万5000家, 4亿2000万新元: a number with a magnitude word and no unit, and
    right after it a smaller whole number in digits with the unit, are one number written down
    to its lowest magnitude (12300 人, 42000 万新元; Singapore's and Taiwan's papers write so;
    Taiwan's statistics group the digits by thousands too: 2,332萬8,415人 is 23328415 人).
    The candidate before is taken out of ``out``."""
    high = out[-1]
    digits = text[cand.num_start : cand.num_end].replace(",", "")
    if (cand.start != high.end or cand.num_start != cand.start or not digits.isdigit()
            or high.value_high is not None or cand.value_high is not None
            or cand.multiplier >= high.multiplier
            or cand.value * cand.multiplier >= high.multiplier):
        return cand
    out.pop()
    qual, qual_text = (high.qualifier, high.qualifier_text) if high.qualifier != "none" else (
        cand.qualifier, cand.qualifier_text)
    return cand._replace(start=high.start, num_start=high.num_start,
                         value=high.value * high.multiplier / cand.multiplier + cand.value,
                         qualifier=qual, qualifier_text=qual_text)


def _inner_plus(text: str, cand: NumberCandidate) -> NumberCandidate:
    """两万余人, 3万多名: 余/多 between the magnitude word and the unit."""
    found = _plus_unit().match(text, cand.end)
    if found is None:
        return cand
    unit_raw = unit_lexicon().simplify((cand.unit_raw or "") + found.group("unit"))
    nu = normalize_unit(unit_raw)
    if nu.category is None:
        return cand
    qual, qual_text = (cand.qualifier, cand.qualifier_text) if cand.qualifier != "none" else (
        metric_lexicon().qual_inside[unit_lexicon().simplify(found.group("ins"))],
        found.group("ins"))
    return cand._replace(end=found.end(), unit_raw=unit_raw, unit=nu.base,
                         category=nu.category, qualifier=qual, qualifier_text=qual_text)


_RANGE_GAP = re.compile(rf"{_SP}{_RANGE_SEP}{_SP}")
# events counted as they occurred (出现两次区域性高温过程, 发生三次强降雨): a small Chinese count of
# 次 / 场 after a verb of occurrence is a count of events, not an enumeration (三次会议)
_EVENT_MEASURES = frozenset(("次", "场"))
_OCCURRED = ("出现", "发生", "出现了", "发生了")
# a rate per thousand written out (粗出生率为千分之5.19): a value in ‰, as 百分之 is in %
_PER_MILLE = frozenset(("千", "1000"))
# a note naming the unit a table or a rate is in (单位为千分之一, 单位：百分之一)
_UNIT_NAMED_BEFORE = re.compile(r"[单單]位(?:[为為是]|[:：])$")


@cache
def _plus_unit() -> re.Pattern[str]:
    lex, ulex = metric_lexicon(), unit_lexicon()
    qins = _alt({v for w in lex.qual_inside for v in ulex.variants(w)})
    return re.compile(rf"{_SP}(?P<ins>{qins}){_SP}(?P<unit>{unit_pattern()})")


def _qualifier_of(g: dict[str, str | None]) -> tuple[str, str | None]:
    """The qualifier of a match (most numbers have none)."""
    if not (g["post"] or g["pre"] or g["ins"]):
        return "none", None
    parts = _qual_parts(g)
    if g["post"] and g["pre"] and parts[0][0] == "about":
        return parts[0]  # 低于3%左右: 左右 after the number says the bound itself is rough
    return _qualifier(parts)


def _qual_parts(g: dict[str, str | None]) -> list[tuple[str, str]]:
    lex, simplify = metric_lexicon(), unit_lexicon().simplify
    parts: list[tuple[str, str]] = []
    post, pre, ins = g["post"], g["pre"], g["ins"]
    if post:
        parts.append((lex.qual_after[simplify(post)], post))
    if pre:
        parts.append((lex.qual_before[simplify(pre)], pre))
    if ins:
        parts.append((lex.qual_inside[simplify(ins)], ins))
    return parts


def _build(text: str, m: re.Match[str], g: dict[str, str | None]) -> list[NumberCandidate]:
    if g["ratio"]:
        return _ratio(m)
    num = g["num"]
    if num is not None and not (g["unit"] or g["mult"] or g["ord"]):
        return []  # a bare number (year, hotline, section number): see _plain
    if num is not None and g["mult"] and not g["pre"] and num.strip() in _BARE_MAGNITUDES:
        return []  # 千亿斤粮食产能提升行动, 百亿级: a magnitude class (超千亿元 is a value)
    if num is not None and not g["ord"] and not g["mult"] and not g["pre"]:
        plain = num.replace(" ", "")
        if not _DIGIT.search(plain) and parse_numeral(plain) in (1, None) and not (
            plain == "一" and g["unit"] in _ONE_OF_WHOLE
        ):
            return []  # 一个 / 一项: the article "a" (see _plain; 一成 is a tenth); or no numeral
    if num is not None:  # the number branch: none of the other core groups took part
        span_start = m.start() if g["pre"] else m.start("ord") if g["ord"] else m.start("num")
        return _plain(text, m, g, span_start)  # its qualifier only read when it is kept
    span_start = m.start() if g["pre"] else _core_start(m, g)
    qual, qual_text = _qualifier_of(g)
    if g["pct_cn"]:
        value = parse_numeral(g["pct_num"])
        if value is None:
            return []
        return [NumberCandidate(span_start, m.end(), m.start("pct_cn"), m.end("pct_num"),
                                value, None, "百分之", "%", "percent", 1.0, qual, qual_text,
                                chinese=True)]
    if g["frac_den"]:
        if _UNIT_NAMED_BEFORE.search(text, max(0, span_start - 4), span_start) is not None:
            return []  # 单位为千分之一（‰）: a note naming the unit, no figure
        if g["frac_den"] in _PER_MILLE:  # 粗结婚率为千分之5.19: per mille, kept as written
            value = parse_numeral(g["frac_num"])
            return [] if value is None else [NumberCandidate(
                span_start, m.end(), m.start("frac_den"), m.end("frac_num"), value, None,
                "千分之", "‰", "percent", 1.0, qual, qual_text, chinese=True)]
        value = parse_numeral(g["frac_den"] + "分之" + g["frac_num"])
        if value is None:
            return []
        return [NumberCandidate(span_start, m.end(), m.start("frac_den"), m.end("frac_num"),
                                round(value * 100, 10), None, "分之", "%", "percent", 1.0, qual,
                                qual_text, chinese=True)]
    if g["imult"]:
        # 突破万亿元: the number 1 is implied by the magnitude word, after a bound (超, 突破,
        # 达); not after 约 (签约亿元以上项目: the 约 of a word, and no one writes 约亿元), nor
        # before a class's bound (亿元以上项目: a class of projects, not an amount)
        if not g["pre"] or qual == "about" or _CLASS_BOUND.match(text, m.end("iunit")):
            return []
        unit_raw = unit_lexicon().simplify(g["imult"] + g["iunit"])
        nu = normalize_unit(unit_raw)
        base = (_currency_before(text, m.start("imult")) or nu.base) if nu.base == "元" else (
            nu.base)
        return [NumberCandidate(span_start, m.end(), m.start("imult"), m.end("imult"), 1.0, None,
                                unit_raw, base, nu.category, nu.multiplier, qual, qual_text)]
    return []


_DOUBLING_VERBS = ("翻了", "翻")  # 翻了一番: the verb of a doubling
_BARE_MAGNITUDES = frozenset({"百", "千"})
_ONE_OF_WHOLE = ("成", "番", "半")  # 一成 is a tenth, 翻一番 a doubling, 一半 a half
_COLON = re.compile(r"[:∶]")
_CORE_GROUPS = ("ratio", "pct_cn", "frac_den", "imult", "ord", "num")


def _core_start(m: re.Match[str], g: dict[str, str | None]) -> int:
    for name in _CORE_GROUPS:
        if g[name]:
            return m.start(name)
    return m.start()


def _ratio_to_one(m: re.Match[str], number: str, ns: int, ne: int) -> list[NumberCandidate]:
    """A ratio with 1 on one side (2.8:1, 1:2.2) is one figure: the other side's number."""
    value = parse_numeral(number)
    if value is None:
        return []
    g = m.groupdict()
    qual, qual_text = _qualifier_of(g)
    start = m.start() if g["pre"] else m.start("ratio")
    return [NumberCandidate(start, m.end(), ns, ne, value, None, None, None, "ratio", 1.0, qual,
                            qual_text)]


def _ratio(m: re.Match[str]) -> list[NumberCandidate]:
    out = []
    base = m.start("ratio")
    ratio = m.group("ratio")
    parts = _COLON.split(ratio)
    if ":" in ratio and all(len(p.strip()) == 2 and p.strip().isdigit() for p in parts[1:]):
        return []  # 10:12:36, a clock time
    if len(parts) == 2 and parts[1].strip() == "1":
        # 2.8:1, a ratio to one: its value is the first number
        return _ratio_to_one(m, parts[0].strip(), base, base + len(parts[0].rstrip()))
    if len(parts) == 2 and parts[0].strip() == "1":
        # 桩车增量比为1:2.2, one to N: its value is the second number (as N:1 takes N)
        end = m.end("ratio")
        return _ratio_to_one(m, parts[1].strip(), end - len(parts[1].lstrip()), end)
    # 比价约为1:1.4:2.4: three terms or more against a first of 1, the base; the others are
    # the figures (as 1:2.2 takes 2.2)
    based = len(parts) > 2 and parts[0].strip() == "1"
    for k, part in enumerate(re.finditer(_ARABIC, ratio)):
        value = parse_numeral(part.group())
        if value is not None and not (based and k == 0):
            s, e = base + part.start(), base + part.end()
            out.append(NumberCandidate(s, e, s, e, value, None, None, None, "ratio", 1.0))
    return out


_POLICY_AFTER_TIAO = ("措施", "举措", "政策措施", "硬措施", "意见")
# a window of recent time up to now (近一个月以来, 近5个交易日累计, 近3年来): no count of its
# days or months (近3天 alone may be a duration: 平均停留近3天)
_RECENT = ("近", "最近")
# 最近 and a count of periods (最近四个季度, 最近12个月): the latest ones, a window of time
_LATEST = ("最近", "最近的")
_WINDOW_UNITS = ("季度", "个季度", "月", "个月", "年", "周", "个交易日", "交易日", "天", "日")
# (1美元兑7.1元, 1SDR=1.3605美元, 1盎司约合31.1035克: a rate's base)
_EQUALS = ("约等于", "等于", "约合", "折合", "兑换", "兑", "=", "＝")
_HOUSE_NUMBER = re.compile(r"\d号$")  # (1268号2栋; not 警告信号12次)
_FROM_THE_DAY = ("之日起", "之日起的")
# provinces counted without 个 (units.yaml), a count only after a verb that has or reaches them
_PROVINCE_UNITS = frozenset({"省", "省份", "省区", "省市", "省区市"})
_PROVINCES_VERB = re.compile(r"(?:有|达到|达|超过|共|涉及|覆盖|新增|增至)$")
# the days of a period printed with its dates in brackets (节前15天（1月14日至28日）, 春运（1月14日
# 至2月22日，共40天）): the period's length, no measurement
_DATE_SPAN = r"\d{1,2}月\d{1,2}日(?:至|到|—|－|-|~)(?:\d{1,2}月)?\d{1,2}日"
_DATES_AFTER = re.compile(rf"[（(]{_DATE_SPAN}[）)]")
_DATES_BEFORE = re.compile(rf"[（(]{_DATE_SPAN}[，,、]?(?:共|计|共计)?$")
_CLOSING = ("）", ")")


@cache
def _exchange_rate_quote() -> re.Pattern[str]:
    """An exchange rate quoted (汇率中间价报7.1712, 美元兑人民币汇率收于7.2035; with no 汇率, a
    currency against another: 马币兑新元则报3.2210, 兑人民币报1.6950, 兑 and a currency units.yaml
    knows): its level has no unit."""
    names = {u for u, info in unit_lexicon().units.items()
             if info.category == "currency" and "/" not in u and len(u) > 1 and _HAN.match(u)}
    return re.compile(
        rf"(?:汇率|兑(?:{_alt(names)}))[\u4e00-\u9fff]{{0,6}}?(?:报|收报|收于|收在|为)$")


_RECENT_WINDOW = re.compile(r"(?:月|个月|交易日|日|天|周|年)?(?:以来|来|累计|内|中)")
_SPAN_OF_MONTHS = frozenset("前首近头后")  # 前10个月, 首10个月, 近3个月, 后两个月
# an action's duration (开展为期3个月的专项行动, 历时两个月): how long it runs, not a count
_DURATION_BEFORE = ("为期", "历时", "持续", "期限")


_SPAN_AFTER = ("期间",)  # （本报告期指）3个月期间: a note defining a span
# the top N of a ranking (前10名股东, 排名前3位的是…; not 目前, 提前, 此前 ending a word)
_TOP_UNITS = frozenset(("位", "名"))
# 前10家运营企业, 前10个省份: the top N firms or regions, a class as 前10名
_TOP_CLASS_UNITS = _TOP_UNITS | {"家", "个"}
_TOP_N_BEFORE = re.compile(r"(?<![目提之此以当空眼事会面跟门向超日年])前$")
# the set a survey, statistic or check covers (在调查的21个行业中，有12个行业…)
_SURVEY_BEFORE = re.compile(r"在(?:本次|此次)?(?:调查|统计|监测|抽查|抽检|考核|评估|测评)的?$")
_SCOPE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}中[，,]")
# 在 opening its clause (在41个工业大类行业中，…): a set the clause's figures are taken in
_IN_OPENING = re.compile(r"(?:^|[，,；;。：:])[ \u3000]*在$")


def _surveyed_scope(text: str, start: int, end: int) -> bool:
    """在调查的N个…中，, 在41个工业大类行业中，: a set (a survey's scope, a class of industries)
    opening its clause, whose members the clause after counts, no count of its own."""
    return ((_SURVEY_BEFORE.search(text, max(0, start - 12), start) is not None
             or _IN_OPENING.search(text, max(0, start - 3), start) is not None)
            and _SCOPE_AFTER.match(text, end) is not None)


# issues, batches and sessions of a series, numbered in brackets of their own after its name
# (2025年四川省政府专项债券（十期）): an ordinal name, no count of issues
_ISSUE_MEASURES = frozenset(("期", "批", "届"))
# lines and works built in phases (8号线三期, 机场二期工程): 期 right after one numbers a phase
_PHASED_WORKS = ("号线", "線", "线", "工程", "项目", "機場", "机场", "港区")


# lengths of time that measure nothing: the days a named period holds (10月份共有17个交易日, 本月
# 共21个工作日), a market's or a holiday's break (休市6天, 放假8天), a rule's longest term closing
# a grant's clause (给予租房补贴，最长36个月; not 平均去化周期20个月，最长36个月: a measured
# maximum)
_LENGTH_BASES = frozenset(("个", "天", "工作日", "月"))
_PERIOD_HOLDS = re.compile(r"(?:月份?|年|季度?|周|期间)(?:共有|共计|共|有)$")
_DAYS_AFTER = ("交易日", "工作日")
_BREAK_BEFORE = ("休市", "闭市", "停市", "放假")  # (not 人均休假5天: a mean taken)
_LONGEST_TERM = re.compile(r"(?:^|[，,；;])[ \u3000]?(?:期限)?最长(?:可)?$")
_CLAUSE_CLOSE = re.compile(r"[（(，,；;。：:）)]|$")
_MONTHS_FIGURE = re.compile(r"\d\s?个月")  # (not a date's 10月)


def _length_of_time(text: str, start: int, base: str, after_unit: str) -> bool:
    """The number at ``start`` (its unit's base ``base``, the text after its unit
    ``after_unit``) is a length of time that measures nothing: the days a period named right
    before holds, a break's days, a rule's longest term in months unless a figure in months
    stands earlier in the sentence (平均去化周期20个月，最长36个月: the longest is measured)."""
    if base == "个":  # 17个交易日: the days are the word after 个
        days = next((w for w in _DAYS_AFTER if after_unit.startswith(w)), None)
        if days is None:
            return False
        after_unit = after_unit[len(days):]
    if _CLAUSE_CLOSE.match(after_unit) is None:
        return False  # 全年共有28天出现高温: days counted by what happened on them
    if base == "月":
        return (_LONGEST_TERM.search(text, max(0, start - 6), start) is not None
                and _MONTHS_FIGURE.search(text, 0, start) is None)
    return (_PERIOD_HOLDS.search(text, max(0, start - 6), start) is not None
            or text.endswith(_BREAK_BEFORE, 0, start))


_AVERAGE_WORDS = ("平均", "人均", "户均", "件均", "日均")


def _averaged(text: str, start: int) -> bool:
    """An average opens the clause before ``start`` (首执案件平均执行用时87天, 平均耗时12分钟):
    the time taken is a measured mean, not a countdown nor one act's elapsed time."""
    left = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1
    return any(w in text[left:start] for w in _AVERAGE_WORDS)


def _bracketed(text: str, start: int, end: int) -> bool:
    """The span is all a bracket holds: （十期）."""
    return text[start - 1 : start] in "（(" and text[end : end + 1] in "）)" and start > 0


def _of_months(unit_raw: str, text: str, end: int) -> bool:
    """The number counts months (10个月, or 个 with the 月 after it in an older reading)."""
    unit = unit_lexicon().simplify(unit_raw)
    return unit == "个月" or (unit == "个" and text.startswith("月", end))


def _plain(
    text: str, m: re.Match[str], g: dict[str, str | None], span_start: int
) -> list[NumberCandidate]:
    lex = metric_lexicon()
    num = g["num"].replace(" ", "")
    chinese = not _DIGIT.search(num)
    value = parse_numeral(num)
    if value is None:
        return []
    ns, ne = m.start("num"), m.end("num")
    code = _code_before(text, ns) if text[ns - 1 : ns] in _CODE_ENDS and not chinese else None
    if (ns > 0 and text[ns - 1] in _NAME_BEFORE and code is None) or (
            text[m.end() : m.end() + 1] in _LATIN):
        return []  # 5G, PM2.5, G60: part of a name (not RM150亿: a currency's code)
    if chinese and num in ("一", "一一") and text[ns - 1 : ns] in _ONE_WORD_FIRSTS:
        return []  # 唯一一宗, 统一一个: the 一 of a word (唯一, 统一), then the article
    if chinese and text.endswith(_NUMBERED_NAMES, 0, ns):
        return []  # 范围二间接排放, 附件三: a numbered name, no count (二间 is no 2 rooms)
    if chinese and num in _MAGNITUDE_CHARS and text.endswith(_UNIT_PREFIXES, 0, ns):
        return []  # 每平方千米, 元/千克: the 千 of a unit (千米, 千克), no numeral
    value_high = parse_numeral(g["num2"]) if g["num2"] else None
    pair = _approximate_pair(text, num, ns) if chinese and value_high is None else None
    if pair is not None:  # 七八个会议, 两三年: a loose count, its two digits a range
        value, value_high = pair
    mult_raw, unit_raw = g["mult"] or "", g["unit"] or ""
    if chinese and not g["pre"] and text[span_start - 1 : span_start] == "每" and (
        num in _NORMALISERS
    ):
        return []  # 每千人口, 每万人: the base of a per-head ratio, not a number
    if (not chinese and not g["pre"] and text[span_start - 1 : span_start] == "每"
            and unit_raw in _PER_HEAD_UNITS
            and value * (normalize_unit(mult_raw).multiplier if mult_raw else 1) in _BASES):
        return []  # 每10万人中具有大学文化程度的, 每100户: the base of a per-head ratio
    if (not g["pre"] and unit_raw in _PER_HEAD_UNITS and _RATE_AFTER_BASE.match(text, m.end())
            and value * (normalize_unit(mult_raw).multiplier if mult_raw else 1) in _BASES):
        return []  # 就业人员十万人生产安全事故死亡率: a rate's base (per 100,000 workers)
    if _NOT_EQUAL_TO.search(text, max(0, span_start - 6), span_start) is not None:
        return []  # 因四舍五入，加总未必等于100%: a note's caveat, no figure
    if (not chinese and value == 1 and not mult_raw and unit_raw in _PER_HEAD_UNITS
            and text.endswith(_PER_ONE_MORE, 0, span_start)):
        return []  # 每增加1人，…基数增加36立方米: the step of a rule, not a count
    if value == 1 and not mult_raw and "每" in text[max(0, span_start - 4) : span_start] and (
            _rule_step(text, span_start, m)):
        return []  # 每提供1项得2分: the unit a rule scores or pays per, not a count
    if g["unit"] == "股" and text[span_start - 1 : span_start] == "每":
        return []  # 每10股派发现金红利3元: the base of a dividend, not a number of shares
    end = m.end()
    nu = normalize_unit(mult_raw + unit_raw)
    if nu.after_list and (g["ord"] or not _after_list(text, span_start)):
        # 三大攻坚战, 第2大: a name or an ordinal; the number stands without this unit
        unit_raw, end = "", m.end("mult") if mult_raw else m.end("num")
        nu = normalize_unit(mult_raw)
    if g["ord"]:
        if nu.category not in (None, "rank") and unit_raw not in ("名",):
            return []
        if text.endswith(_DECIMAL_POINT, 0, span_start):
            return []  # 四舍五入取至小数点第二位: a decimal place, no rank
        record = not unit_raw and _record_rank(text, m.start("ord"), ne)
        if not (unit_raw in ("位", "名") or _rank_context(text, m.start("ord")) or record):
            return []  # 第31届, 第一批: an ordinal, not a rank
        qual, qual_text = _qualifier_of(g)
        if record and text[ne : ne + 1] in _COMPARATIVES:
            end, qual, qual_text = ne, "none", None  # 第十二多雨: 多 compares (not 十二多)
        return [NumberCandidate(span_start, end, ns, ne, value, None, unit_raw or None, "位",
                                "rank", 1.0, qual, qual_text, chinese, ordinal=True)]
    if g["pct1"] and not unit_raw:
        return []
    if unit_raw in _TOP_UNITS and not g["pre"] and _shares_ordinal(text, span_start):
        # 分列第二、三位: the list's 第 is shared, 三位 is the third place
        return [NumberCandidate(span_start, end, ns, ne, value, None, unit_raw, "位", "rank",
                                1.0, "none", None, chinese, ordinal=True)]
    if text.endswith("连续", 0, span_start) or text.endswith("连续 ", 0, span_start):
        return []  # 连续21个月, 连续5年: the length of a streak
    if unit_raw == "个" and _names_a_group(text, span_start, m.end()):
        return []  # 31个大城市城镇调查失业率为5.0%: a group named with its count, no count
    if (_of_months(unit_raw, text, m.end()) or nu.base == "轮") and (
            text[span_start - 1 : span_start] in _SPAN_OF_MONTHS
            or (g["pre"] or "") in _SPAN_OF_MONTHS
            or text.endswith(_DURATION_BEFORE, 0, span_start)
            or text.startswith(_SPAN_AFTER, m.end())):
        return []  # 前10个月, 近5个月高点, 为期3个月, 3个月期间, 前7轮: a span (a period)
    if nu.base in _TOP_CLASS_UNITS and _TOP_N_BEFORE.search(text, 0, span_start) is not None:
        return []  # 前10名股东, 排名前3位的是, 前5家运营商: the top N, a class, no count or rank
    if nu.category == "count" and _surveyed_scope(text, span_start, m.end()):
        return []  # 在调查的21个行业中: the set a survey covers, no count of its subject
    if nu.category in ("currency", "physical") and value == 1 and text.startswith(_EQUALS, m.end()):
        return []  # 澳门币1元约等于港元0.97元, 1盎司约合31.1035克: one unit, a conversion's base
    if nu.category == "count" and _HOUSE_NUMBER.search(text, 0, span_start) is not None:
        return []  # 天府大道中段1268号2栋15层: a building in an address, no count
    if nu.category == "time" and text.endswith(_FROM_THE_DAY, 0, span_start):
        return []  # 自本公告发布之日起1个工作日: a rule's period, counted from its day
    if unit_raw in _PROVINCE_UNITS and not _PROVINCES_VERB.search(text, 0, span_start):
        return []  # 海南3省（区）, 四川，4省（区）直接经济损失: the list's total (not 已有5省)
    if nu.base == "天" and _length_of_dated_span(text, span_start, end):
        return []  # 节前15天（1月14日至28日）, （1月14日至2月22日，共40天）: a period's length
    if _RECENT_WINDOW.match(text, m.end()) is not None and (
            text.endswith(_RECENT, 0, ns) or text.endswith(_RECENT, 0, span_start)):
        return []  # 近一个月以来最多, 近5个交易日累计上涨: a window of recent time (a period)
    if text.endswith(_LATEST, 0, ns) and text.startswith(_WINDOW_UNITS, m.end()):
        return []  # 按…最近四个季度的净利润计算: the latest quarters, a window (a period)
    if unit_raw == "条" and text.startswith(_POLICY_AFTER_TIAO, m.end()):
        return []  # 出台…16条措施, 20条举措: a policy's name (as 20条), not a count
    if nu.base in _ISSUE_MEASURES and _bracketed(text, span_start, m.end()):
        return []  # 专项债券（十期）, 再融资一般债券（五期）: an issue's number in its name
    if nu.base == "期" and text.endswith(_PHASED_WORKS, 0, span_start):
        return []  # 开通8号线三期、20号线二期: a phase of a line or a works, in its name
    if unit_raw == "番" and not text.endswith(_DOUBLING_VERBS, 0, span_start):
        return []  # 一番努力: 番 measures only after 翻 (翻一番, 翻了两番)
    if not unit_raw and not mult_raw:
        return []  # a bare number: year, hotline, section number, product name
    if unit_raw == "分" and (chinese or text[ns - 1 : ns] in _CLOCK_HOURS or (
            _SCORE_WORDS.search(text, 0, span_start) is None
            and not text.endswith(_POINTS_BEFORE, 0, span_start))):
        return []  # 十分重要, 9时30分: 分 is a score only after 得分 / 评分 in the sentence, or
        # a league table's points right after 积 (6胜1平积19分)
    if nu.after_words and (chinese or not any(w in text[:span_start] for w in nu.after_words)):
        return []  # 8点30分: 点 is an index's points only after 指数, P petaflops after 算力
    if unit_raw.isascii() and unit_raw.isalpha() and _LATIN_AFTER.match(text, m.end("unit")):
        return []  # 5000PB, 3GWe: a Latin unit is a word's start when a letter follows it
    if not unit_raw and mult_raw in ("千", "十万") and not g["pre"]:
        return []
    # the tests below only reject: the most frequent rejections (enumerations) come first
    if (chinese and value <= 10 and not mult_raw and unit_raw in lex.generic_measure_words
            and not nu.after_list):
        before = text[max(0, span_start - 4) : span_start]
        if not (g["pre"] or before.endswith(lex.chinese_count_verbs) or (
                unit_raw in _EVENT_MEASURES and before.endswith(_OCCURRED))):
            return []  # 五个聚焦, 两个万亿级产业集群: an enumeration, not a count
    if chinese and value == 1 and not mult_raw and not g["pre"] and nu.base not in _ONE_OF_WHOLE:
        return []  # 一个 / 一项: the article "a" (一成 is a tenth)
    if nu.base == "半" and not (chinese and value == 1 and (g["pre"] or g["post"])):
        return []  # 超过一半, 一半以上: a half; 一半 alone is a part (其中一半用于), 3年半 a time
    after_unit = text[m.end("unit") if unit_raw else m.end("mult"):]
    tenths = _tenths_after(after_unit) if nu.base == "成" and chinese and not mult_raw else 0
    if tenths:  # 約佔七成六: 成 and a tenths digit, 76 %
        end, after_unit = end + 1, after_unit[1:]
    word_next = _CJK.match(after_unit[:1] or " ") is not None  # a word follows the unit
    within = (unit_raw in lex.attribute_units and not g["post"]
              and _elapsed_within(text, span_start, after_unit))
    if within:  # 接单后2小时内完成补装: the time an act took after its start, at most
        end, after_unit, word_next = end + 1, after_unit[1:], False
    if nu.word_final and word_next and not after_unit.startswith(lex.word_final_followers) and not (
            _share_of_the_noun(nu.base, chinese, mult_raw, after_unit)) and not (
            _item_joined(after_unit)):
        return []  # 2023成都: a word, not 八成 (近七成受访干部: the share of the noun after)
    if nu.bare_only and mult_raw:
        return []  # 月薪1.2万起: a price's lower end, not 1.2万 cases
    if (chinese and value <= 10 and not mult_raw and not g["pre"] and word_next
            and nu.base != "成" and _opens_clause(text, span_start)):
        return []  # 三家基础电信企业的用户…: a small count opening its clause names a group
    if nu.category == "time" and text[:span_start].rstrip().endswith(lex.countdown_before) and (
            not _averaged(text, span_start)):
        return []  # 还有100多天, 历时3天: a countdown or elapsed time, not a measurement
    if nu.base in _LENGTH_BASES and _length_of_time(text, span_start, nu.base, after_unit):
        return []  # 10月份共有17个交易日（…休市6天）, 补贴…，最长36个月: a length, no measure
    if unit_raw in lex.attribute_units and (
        word_next if not g["post"] else _noun_at(text, m.end())
    ) and not (word_next and after_unit.startswith(_CHANGE_AFTER)) and not (
            _item_joined(after_unit)) and not (
            after_unit.startswith(_RECORD_AFTER)):
        return []  # 15分钟生活圈, 3岁以下婴幼儿 (not 由15天压减至5天: a level that changes; not
        # 打破…52天的纪录: a record's level)
    if nu.base == "岁" and _AGE_NAMES.search(text, 0, span_start) is None:
        return []  # 学前教育为3—5岁, 60岁及以上: an age names a group; a measured age follows
        # its name (人均预期寿命80.12岁, 平均年龄38.6岁)
    if nu.category in _MEASURES and _CLASS_BOUND.match(after_unit) and not text[
            :span_start].rstrip().endswith(_RANGE_LOWS):  # (100元以上500元以下罚款: a range)
        return []  # 90平方米及以下新建商品住宅, 亿元以上项目: a class named by its bound (a
        # count's bound reads on: 三千家以上规模以上工业企业 counts the firms)
    if nu.category in _MEASURES and "的" in after_unit[:24] and _CLASSES_PAIRED.match(after_unit):
        return []  # 90平方米及以下、90-144平方米的分别下降: classes a 分别 pairs figures with
    if nu.base == "人" and _PEOPLE_CLASS.match(after_unit):
        return []  # 在500万人以上城市的进城农民工: a class of cities named by its bound
    if nu.base == "工作日" and after_unit.startswith(_WITHIN) and not _TO_LEVEL_BEFORE.search(
            text, max(0, span_start - 6), span_start):
        return []  # 15个工作日内办结: a rule's deadline (压缩至60个工作日以内: a measured level)
    joined = lex.non_metric_after_any
    # (3个月内注册: the rules on what follows a count of months read it from its 月)
    tail = "月" + after_unit if unit_lexicon().simplify(unit_raw) == "个月" else after_unit
    if (joined.search(tail) if joined is not None
            else any(p.search(tail) for p in lex.non_metric_after)):
        return []
    if ("对" in text or "凡" in text) and _in_condition(text, span_start, end):
        return []  # 对年营业收入首次突破1亿元的企业，: a condition of a rule
    if (g["pre"] or g["post"]) and _REQUIREMENT.search(text) is not None and (
            _qualifier_of(g)[0] == "at_least"):
        return []  # 投标人…年平均营业收入不低于5亿元: a requirement an applicant must meet
    # 建设20条。 names a policy; 公交线路22条。 counts lines
    noun_before = bool(unit_raw and nu.needs_noun and not word_next
                       and _QUOTED_NOUN_END.search(text, 0, ns) is None
                       and not (nu.base == "批" and text.endswith(_ROUNDS_VERBS, 0, span_start)))
    if _in_short_quote(text, ns, end):
        return []
    unit_text = unit_lexicon().simplify(mult_raw + unit_raw) or None
    qual, qual_text = ("at_most", "内") if within else _qualifier_of(g)
    if qual == "none" and text.endswith(_ABOUT_SHARE, 0, span_start):
        qual, qual_text = "about", text[span_start - 2]  # 约占七成六: 约 is the share's
    base, multiplier, category = nu.base, nu.multiplier, nu.category
    if code is not None and base in (None, "元"):  # 拨款RM150亿: the code is the unit
        base, category = code, "currency"
    elif base == "元":  # 新臺幣600億元: the currency named before the number
        base = _currency_before(text, ns) or base
    elif base == "千瓦时" and unit_raw == "度" and not mult_raw and _TEMPERATURE.search(
            text, 0, ns) is not None:
        base = "摄氏度"  # 年平均气温为摄氏24.1度，较正常高0.6度: degrees, not kilowatt-hours
    elif base == "成":  # 八成 is 80 %: shares in one unit (as 百分之八十), 成 kept as written
        value, base, multiplier = scaled(value + tenths / 10, 10.0), "%", 1.0
        value_high = scaled(value_high, 10.0) if value_high is not None else None
    elif base == "半":  # 超过一半: 50 %
        value, base, multiplier = 50.0, "%", 1.0
    return [NumberCandidate(span_start, end, ns, ne, value, value_high, unit_text, base,
                            category, multiplier, qual, qual_text, chinese,
                            noun_before=noun_before)]


# a per-head base that a rate's name runs on from, with no mark between (就业人员十万人生产安全
# 事故死亡率为0.61): the base of the rate
_RATE_AFTER_BASE = re.compile(r"[\u4e00-\u9fff]{1,12}?率")
# a negated equality (因四舍五入，加总未必等于100%; 合计不等于100%): a caveat, no figure
_NOT_EQUAL_TO = re.compile(r"(?:不|未必|未|不一定|并不|可能不)等[于於]$")
# the second characters of words that start with 成 (成为, 成立, 成本, 一成不变): 七成 + one of
# them is no share of a noun after it
_CHENG_WORD_SECONDS = frozenset("为為立本功果长長交都绩績员員熟型效就年不了品片套群")
# two neighbouring digits in a row (七八个, 两三年, 一两天; and 三五天): a loose count, the first
# to the second
_PAIR_FIRSTS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_PAIR_SECONDS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _approximate_pair(text: str, num: str, start: int) -> tuple[float, float] | None:
    """七八 (7 to 8), 两三, 三五: two neighbouring digits written side by side, not the
    positional number 78; not a year's last digits (二〇二三) or a plan's (十三五)."""
    if len(num) != 2 or (start > 0 and text[start - 1] in CN_NUMERAL_CHARS):
        return None
    low, high = _PAIR_FIRSTS.get(num[0]), _PAIR_SECONDS.get(num[1])
    if low is None or high is None or (high != low + 1 and num != "三五"):
        return None
    return float(low), float(high)


def _item_joined(after_unit: str) -> bool:
    """分别为52起和47起: a list joint and the next item's number right after the unit."""
    return after_unit.startswith(_AND_NUMBER) and _DIGIT.match(after_unit, 1) is not None


def _share_of_the_noun(base: str, chinese: bool, mult_raw: str, after_unit: str) -> bool:
    """近七成受访基层干部, 超六成企业: a share in 成 written before the noun it is a share of
    (not a word starting with 成: 成为, 成本, 一成不变)."""
    return (base == "成" and chinese and not mult_raw
            and after_unit[:1] not in _CHENG_WORD_SECONDS)


# a rule's scope: 对 (or 凡) opening a clause, a bound in it, and the 的 that closes the phrase
# naming who qualifies after the number (对年营业收入首次突破1亿元、10亿元的工业企业，给予…)
_CONDITION_OPENERS = ("对", "凡", "对于")
_PER_HEAD_UNITS = frozenset(("人", "人口", "户", "名"))
# a rule's step per one more head (每增加1人, 每多1人)
_PER_ONE_MORE = ("每增加", "每增", "每多", "每减少")
# a rule's step per one unit of what it scores or pays for (每提供1项得2分, 每逾期1天扣0.5分):
# 每 and a verb (not a classifier nor a time word: 每人每月1500元, 每年1次 are a grant's or a
# frequency's own figures), one of a count or a time, then what the rule gives or takes
_STEP_BEFORE = re.compile("每(?![年月日周天季次届人户家名个项件台套辆间所条种位份元])"
                          "[\u4e00-\u9fff]{1,3}$")
_STEP_AFTER = re.compile("[，,]?(?:可|则|即)?(?:得|扣|加|奖励?|补贴|补助|给予|计)")


def _rule_step(text: str, start: int, m: re.Match[str]) -> bool:
    """Is the one at ``start`` the step of a rule (每提供1项得2分: per one item, 2 points)?"""
    return (_STEP_BEFORE.search(text, max(0, start - 4), start) is not None
            and _STEP_AFTER.match(text, m.end()) is not None
            and normalize_unit(m.group("unit") or "").category in ("count", "time"))
_DECIMAL_POINT = ("小数点", "小数点后")
_BASES = frozenset((10.0, 100.0, 1000.0, 1e4, 1e5, 1e6))
# (对…完成率低于序时进度20个百分点的项目实行预警: a gap that puts a project under the rule)
_CONDITION_BOUNDS = re.compile(
    r"以上|以下|超过|突破|达到|不低于|不少于|及以上|（含）|\(含\)|首次|低于|高于|少于|多于|不足")
_CLAUSE_ENDS = "，,；;。"


# 约 before the 占 of a share written right before it (内地旅客約佔七成六)
_ABOUT_SHARE = ("约占", "約佔", "约佔", "約占")
_TENTHS = re.compile(r"[一二三四五六七八九](?![\u4e00-\u9fff])")


def _tenths_after(after_unit: str) -> int:
    """七成六: the tenths digit written after 成 (and nothing but a mark after it), else 0."""
    found = _TENTHS.match(after_unit)
    return int(parse_numeral(found.group()) or 0) if found is not None else 0


# 内 and the act it bounds (2小时内完成补装; not 2小时内的, a class of times)
_WITHIN_ACT = re.compile(r"内(?!的)[\u4e00-\u9fff]")
# 内 and an act done to its end (城管局2小时内完成补装, 30分钟内到达现场)
_WITHIN_DONE = re.compile(
    r"内(?:即|就|已|便)?(?:完成|办结|到场|到达|赶到|抵达|恢复|处置|解决|修复)")
# words of a rule or a promise in the clause (须在24小时内答复, 承诺2小时内到场): a deadline
_RULE_WORDS = re.compile(r"[须需应要]|确保|承诺|规定|力争|原则上")
_AFTER_EVENT = ("后", "後")


def _elapsed_within(text: str, start: int, after_unit: str) -> bool:
    """接单后2小时内完成补装, 城管局2小时内完成补装: the time an act took from an event (…后)
    or to its end (完成, 到达 …), reported, not a rule's deadline (no 须, 应, 承诺 … in the
    clause)."""
    if not ((text.endswith(_AFTER_EVENT, 0, start) and _WITHIN_ACT.match(after_unit))
            or _WITHIN_DONE.match(after_unit)):
        return False
    return _RULE_WORDS.search(text, *_clause_around(text, start, start)) is None


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma clause holding [start, end): its opening (after a clause mark or a colon) and
    the clause mark that ends it (the text's end when none does)."""
    left = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1
    ends = [i for i in (text.find(c, end) for c in _CLAUSE_ENDS) if i >= 0]
    return left, min(ends, default=len(text))


def _in_condition(text: str, start: int, end: int) -> bool:
    """A number inside the 对…的 phrase that names whom a rule is for (对研发投入占营业收入比重
    3%以上的企业，, 对企业年薪50万元以上的人才，) is a condition of eligibility, not a measurement:
    the clause opens with 对 or 凡, holds a bound (以上, 突破, 达到, 低于 …: 对…完成率低于序时
    进度20个百分点的项目实行预警), and a 的 follows the number before the clause ends
    (对1200户困难家庭的救助 has no bound: a count)."""
    left, right = _clause_around(text, start, end)
    if not text[left:start].lstrip(" \u3000").startswith(_CONDITION_OPENERS):
        return False
    return "的" in text[end:right] and _CONDITION_BOUNDS.search(text, left, right) is not None


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but spaces stands between the clause's opening and ``start``."""
    left = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1
    return not text[left:start].strip(" \u3000")


@cache
def _currency_codes() -> dict[str, str]:
    """The currencies units.yaml writes by a Latin code (RM, HKD, MOP): code -> base unit."""
    return {code: info.base for code, info in unit_lexicon().units.items()
            if info.category == "currency" and code.isascii() and code.isalpha()}


_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,4}[ ]?$")
_CODE_ENDS = _LATIN | {" "}  # what a code or the space after it ends with (a cheap first test)


def _code_before(text: str, num_start: int) -> str | None:
    """The base unit of a currency whose code is written right before the number (拨款RM150亿,
    HKD 100亿: the amount is in that currency); None when the letters name no currency (PM2.5)."""
    found = _CODE_BEFORE.search(text, max(0, num_start - 5), num_start)
    return None if found is None else _currency_codes().get(found.group().rstrip().upper())


def _currency_before(text: str, num_start: int) -> str | None:
    """The base unit of a currency written right before a number (新臺幣600億元, 港币3亿元: a
    number in 元 is then in that currency); None when none is (or it is 人民币)."""
    before = text[max(0, num_start - _CURRENCY_CHARS) : num_start].rstrip(" \u3000")
    simplify = unit_lexicon().simplify
    for word in metric_lexicon().currency_before:
        if simplify(before).endswith(word):
            return normalize_unit(word).base
    return None


_CURRENCY_CHARS = 6
# a quoted noun right before a number (打通“断头路”15条): the quote names what is counted
_QUOTED_NOUN_END = re.compile(r"[\u4e00-\u9fff][”」』\"]$")
# batches of a programme carried out (带量采购已开展10批, 累计公布5批): 批 counts its rounds with no
# noun after it
_ROUNDS_VERBS = ("开展", "组织", "实施", "完成", "公布", "发布", "举办")
# a temperature named before 度 in the sentence (摄氏24.1度, 平均气温…较正常高0.6度)
_TEMPERATURE = re.compile(r"摄氏|攝氏|气温|氣溫|温度|溫度|水温|水溫")
