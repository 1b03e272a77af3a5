"""The one regex pass over a sentence (find_candidates) and the hint that skips the rest.

Each match becomes a candidate here when its form says all (百分之, 分之, a ratio, 万亿 alone);
a bare number goes to bare_numbers, a number with a unit to plain_numbers, neighbours to
candidate_joins. Separate from the rules so that the flow of one sentence reads in one place.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.metrics.bare_numbers import BEFORE_CHARS, DAYS_NAME, YEARS_NAME, bare
from pipelines.domain.metrics.candidate_joins import (
    both_ends,
    bounded_range,
    bounds_meet,
    cents_of,
    compound_of,
    inner_plus,
    list_end_shared,
    range_of,
    ratio_range,
    trillions,
    unit_range,
)
from pipelines.domain.metrics.candidates import (
    ARABIC,
    DIGIT,
    HAN,
    RANGE_SEP,
    NumberCandidate,
    alt,
    candidate_regex,
    currency_before,
    currency_codes,
    qualifier_of,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.plain_numbers import CLASS_BOUND, ONE_OF_WHOLE, plain
from pipelines.domain.numbers import CN_NUMERAL_CHARS, parse_numeral, to_half_width
from pipelines.domain.units import (
    multiplier_pattern,
    normalize_unit,
    unit_lexicon,
    unit_pattern,
)

# Every number form below holds a digit, a Chinese numeral or a magnitude word (突破万亿元): a text
# without any of these characters holds no candidate. A plain character class, so that the same
# pattern serves Python's re and polars (Rust regex; \d is Unicode there too).
NUMBER_CHARS = rf"[\d{CN_NUMERAL_CHARS}万亿萬億]"


_NUMBER_CHAR = re.compile(NUMBER_CHARS)


@cache
def candidate_hint_pattern() -> str:
    """A regex (for polars: no lookaround) found in every text that holds a candidate.

    Every candidate form holds 百分之, 分之, 第 (a rank), a ratio colon, a magnitude word
    (突破万亿元), or a number's last digit or numeral followed by a multiplier, a unit or %
    (with an inner qualifier and spaces between): the last number of a range included.
    Sentences without it (``一些``, ``统一``, ``2023年``) are never searched with the full pattern.

    A lone small Chinese numeral before a generic measure word (一批, 两个, 三大, 五项) is an
    enumeration, never a candidate (:func:`plain`), unless a qualifier, a count verb or a list
    closed by 等 comes right before it, or it ends a range: such a numeral hints only with one
    of those before it, or with another unit, a multiplier or % after it. Pages are full of
    such enumerations.
    """
    lex, ulex = metric_lexicon(), unit_lexicon()
    sp = "[ \u3000]?"
    qins = alt({v for w in lex.qual_inside for v in ulex.variants(w)})
    units = "|".join(p for p in (multiplier_pattern(), unit_pattern()) if p)
    small = "".join(c for c in CN_NUMERAL_CHARS if (parse_numeral(c) or 0) <= _SMALL)
    large = "".join(c for c in CN_NUMERAL_CHARS if c not in small)
    enumerating = set(lex.generic_measure_words) | {
        v for u, info in ulex.units.items() if info.after_list for v in ulex.variants(u)}
    counted = "|".join(p for p in (multiplier_pattern(), alt(
        {v for u in ulex.units for v in ulex.variants(u)} - enumerating)) if p)
    qpre = alt({v for w in lex.qual_before for v in ulex.variants(w)})
    cur = alt({v for w in lex.currency_before for v in ulex.variants(w)})
    before = "|".join(p for p in (qpre, alt(set(lex.chinese_count_verbs))) if p)
    after = rf"(?:{sp}(?:{qins}))?{sp}"
    return "|".join([
        "百分之|分之|第|[:∶]|[万亿萬億]",
        rf"[\d{large}]{after}(?:{units}|[%％])",  # digits, 百, 千
        rf"[{CN_NUMERAL_CHARS}][{CN_NUMERAL_CHARS}]{after}(?:{units}|[%％])",  # 十二, 二十
        rf"[{small}]{after}(?:{counted}|[%％])",  # 三公里, 五万, 一成
        rf"(?:{before}){sp}(?:(?:{cur}){sp})?[{small}]",  # 超过三个, 新建两个
        rf"等 *[{small}]",  # 核聚变能、量子科技等十大
        rf"(?:{RANGE_SEP}|－){sp}[{small}]",  # 6—十个: the end of a range (－: full width)
        # a number without a unit after a ratio's or a schooling's name (bare): 收入比为2.08,
        # 兑新元报3.2210, 平均市盈率为19.42, and the members after 其中 (_ratio_member)
        rf"(?:比|系数|倍差|指数|兑|率|其中)[^\d０-９]{{0,{BEFORE_CHARS + 4}}}[\d０-９]+[.．]",
        rf"{YEARS_NAME}[^\d０-９]{{0,{BEFORE_CHARS + 4}}}[\d０-９]",  # 轮候时间为5.5年
        DAYS_NAME.pattern,  # 平均逗留时间为1.2日: days after a name of days (bare)
        "[至到在由从][\\d０-９]+日",  # 压缩至10日, 由20日压缩至: days a time is cut to or from
        rf"(?:{alt(set(currency_codes()))}) ?[\d０-９]",  # 每月RM1900: a currency's code (bare)
    ])


_SMALL = 10  # a Chinese numeral up to this, before a generic measure word, enumerates


# four English words in a row; a sentence is English prose when its Latin letters outnumber its
# Chinese characters three to one (a Chinese sentence naming an English title or company stays)
_ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){3}")


def _english_prose(text: str) -> bool:
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    return len(HAN.findall(text)) * 3 < latin


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
            # a bare number (year, hotline, section number): see plain; unless a ratio or a
            # length of schooling is named right before it
            one = bare(half, m, g, out)
            if one is not None:
                out.append(one)
            continue
        found = _build(half, m, g)
        if found:
            if out and out[-1].unit is None and out[-1].multiplier != 1.0:
                found[0] = range_of(half, out, found[0])
            if out and out[-1].unit is None and out[-1].multiplier != 1.0:
                found[0] = compound_of(half, out, found[0])
            if found[0].unit is None and found[0].multiplier != 1.0:
                found[0] = inner_plus(half, found[0])
            if out and found[0].unit_raw == "仙" and out[-1].unit_raw != "仙":
                found[0] = cents_of(out, found[0])
            if found[0].multiplier == 1e8 and half.endswith("兆", 0, found[0].num_start):
                found[0] = trillions(half, found[0])
            if out and found[0].qualifier == "at_most" and bounds_meet(out[-1], found[0]):
                out[-1] = bounded_range(out[-1], found[0])
                found = found[1:]
            elif out and ratio_range(half, out[-1], found[0]):
                out[-1] = out[-1]._replace(end=found[0].end, value_high=found[0].value)
                found = found[1:]
            elif out and both_ends(half, out[-1], found[0]):
                out[-1] = unit_range(out[-1], found[0])
                found = found[1:]
            out += found
    return list_end_shared(half, out)


# a rate per thousand written out (粗出生率为千分之5.19): a value in ‰, as 百分之 is in %
_PER_MILLE = frozenset(("千", "1000"))


# a noun right after a bare magnitude and its unit (千头|奶牛养殖场, 万头|猪场): the unit sizes a
# class of it (not 以上 / 左右 / 余 / 多 / 的 after a figure)
_CLASS_NOUN_AFTER = re.compile("(?!以|左|余|多|的|之|和|及|与|、)[\u4e00-\u9fff]")


# the things a bare magnitude with its bound sizes (超百亿元的企业, 千亿元以上的产业集群)
_CLASS_OF_THINGS = re.compile(
    "(?:以上|以下)?的(?:企业|公司|项目|产业|集群|城市|县|区|园区|行业|品牌)")


# a note naming the unit a table or a rate is in (单位为千分之一, 单位：百分之一)
_UNIT_NAMED_BEFORE = re.compile(r"[单單]位(?:[为為是]|[:：])$")


def _build(text: str, m: re.Match[str], g: dict[str, str | None]) -> list[NumberCandidate]:
    if g["ratio"]:
        return _ratio(m)
    num = g["num"]
    if num is not None and not (g["unit"] or g["mult"] or g["ord"]):
        return []  # a bare number (year, hotline, section number): see plain
    if num is not None and g["mult"] and not g["pre"] and num.strip() in _BARE_MAGNITUDES:
        return []  # 千亿斤粮食产能提升行动, 百亿级: a magnitude class (超千亿元 is a value)
    if num is not None and g["mult"] and num.strip() in _BARE_MAGNITUDES and (
            _CLASS_OF_THINGS.match(text, m.end())):
        return []  # 营业收入超百亿元的企业仅4家: the class's threshold, no figure
    if num is not None and g["unit"] and not g["mult"] and not g["pre"] and (
            num.strip() in _BARE_MAGNITUDES) and _CLASS_NOUN_AFTER.match(text, m.end()):
        return []  # 新建千头奶牛养殖场5个, 万头猪场: a size class of what follows, no figure
    if num is not None and not g["pre"] and num.strip() in _BARE_MAGNITUDES and (
            _UNIT_NAMED_AT.search(text, max(0, m.start("num") - _UNIT_REACH), m.start("num"))):
        return []  # 单位：新台币千元, 营收（人民币千元）: a table's unit (thousands), no figure
    if num is not None and not g["ord"] and not g["mult"] and not g["pre"]:
        written = num.replace(" ", "")
        if not DIGIT.search(written) and parse_numeral(written) in (1, None) and not (
            written == "一" and g["unit"] in ONE_OF_WHOLE
        ):
            return []  # 一个 / 一项: the article "a" (see plain; 一成 is a tenth); or no numeral
    if num is not None:  # the number branch: none of the other core groups took part
        span_start = m.start() if g["pre"] else m.start("ord") if g["ord"] else m.start("num")
        return plain(text, m, g, span_start)  # its qualifier only read when it is kept
    span_start = m.start() if g["pre"] else _core_start(m, g)
    qual, qual_text = qualifier_of(g)
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
        if not g["pre"] or qual == "about" or CLASS_BOUND.match(text, m.end("iunit")):
            return []
        unit_raw = unit_lexicon().simplify(g["imult"] + g["iunit"])
        nu = normalize_unit(unit_raw)
        base = (currency_before(text, m.start("imult")) or nu.base) if nu.base == "元" else (
            nu.base)
        return [NumberCandidate(span_start, m.end(), m.start("imult"), m.end("imult"), 1.0, None,
                                unit_raw, base, nu.category, nu.multiplier, qual, qual_text)]
    return []


_BARE_MAGNITUDES = frozenset({"百", "千"})
# where a table names its unit right before a bare 千 / 百 (单位：千元, 單位：新台幣千元, a column
# head's （人民币千元）): the magnitude is the unit's, not a number
_UNIT_NAMED_AT = re.compile(
    r"(?:(?:单位|單位)[：:]?\s?|[（(]|人民币|人民幣|新台币|新台幣|港币|港幣|澳门元|澳門元)$")
_UNIT_REACH = 8


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
    qual, qual_text = qualifier_of(g)
    start = m.start() if g["pre"] else m.start("ratio")
    return [NumberCandidate(start, m.end(), ns, ne, value, None, None, None, "ratio", 1.0, qual,
                            qual_text)]


# a ratio's name or link right before it (杠杆率1:12, 配比为1:10, 比例是1:15)
_RATIO_NAMED = re.compile(r"(?:比|率|比例|比值)(?:为|是|约为|达到|达)?$")


def _ratio(m: re.Match[str]) -> list[NumberCandidate]:
    out = []
    base = m.start("ratio")
    ratio = m.group("ratio")
    parts = _COLON.split(ratio)
    if ":" in ratio and all(len(p.strip()) == 2 and p.strip().isdigit() for p in parts[1:]) and (
            not m.group("pre") and _RATIO_NAMED.search(m.string, 0, base) is None):
        return []  # 10:12:36, a clock time (not 杠杆率超过1:12, 配比为1:10: a ratio named or
        # bounded)
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
    for k, part in enumerate(re.finditer(ARABIC, ratio)):
        value = parse_numeral(part.group())
        if value is not None and not (based and k == 0):
            s, e = base + part.start(), base + part.end()
            out.append(NumberCandidate(s, e, s, e, value, None, None, None, "ratio", 1.0))
    return out
