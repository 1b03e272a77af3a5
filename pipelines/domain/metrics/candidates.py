"""Number candidates: what one is, and the single pattern that matches every number form.

A candidate is a number as written with what belongs to it: a qualifier before (突破, 超, 达), a
range end (5%—6%), an inner qualifier (30余家), a multiplier and unit (万个, 亿元) and a qualifier
after (以上, 左右). The record, the pattern and the reading of qualifiers and currencies live here,
apart from the rules, so that every rule module imports them without a cycle.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.numbers import CN_NUMERAL_CHARS, scaled
from pipelines.domain.units import (
    alternation,
    multiplier_pattern,
    normalize_unit,
    per_unit_pattern,
    unit_lexicon,
    unit_pattern,
)

SP = r"[ \u3000]?"


ARABIC = r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?"


# letter-spaced print (`1 3 0 0 亿元`, `3 5 . 6 万亩`, `1 2.5 %`): single digits and points
# separated by single spaces, accepted only when a unit follows (checked in the pattern)
_SPACED = r"(?<![\d.])\d(?:[ ][\d.])*[ ]\d+(?:\.\d+)?"


# a decimal read out (百分之五点六, 零点二个百分点): 点 and digits, no unit numeral after them
# (九点五十分 is a clock time)
_CN_DIGITS = "零〇一二两三四五六七八九"


_CNNUM = (rf"[{CN_NUMERAL_CHARS}]+(?:[万亿萬億][{CN_NUMERAL_CHARS}]+)*"
          rf"(?:[点點][{_CN_DIGITS}]+(?![十百千拾佰仟]))?")


_NUM = rf"(?:{ARABIC}|{_CNNUM})"


RANGE_SEP = r"(?:——|[—–~～\-]|至|到)"


DIGIT = re.compile(r"\d")


LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9]")


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


def alt(words: set[str]) -> str:
    return alternation(words)


# 达 alone bounds a number as a level reached (达8600万元), not as the end of a verb or a noun: 下达
# (funds allotted: 省级下达8600万元补助…), 传达, 送达, 转达, 表达, 发达, 到达, 抵达, 通达, 直达
_BARE_REACH = ("达",)
_NOT_REACH = "下传送转表发到抵通直傳轉發"


# 多 after the unit, closing the figure (是2020年的3倍多, 1年多): more than it, as 余 / 多
# between number and unit are (not the 多 of a word after it, 5个多媒体教室, nor the verb
# of a gap before its figure, 较去年的1.2万套多3.4%)
_MORE_AFTER, _PLUS = "多", "plus"


@cache
def candidate_regex() -> re.Pattern[str]:
    """The single compiled pattern for all number forms (built from the lexicons once)."""
    lex, ulex = metric_lexicon(), unit_lexicon()
    reach = {v for w in _BARE_REACH for v in ulex.variants(w)}
    qpre = alt({v for w in lex.qual_before for v in ulex.variants(w)} - reach)
    qpre += rf"|(?<![{_NOT_REACH}])(?:{alt(reach)})"
    qpost = alt({v for w in lex.qual_after for v in ulex.variants(w)})
    qins = alt({v for w in lex.qual_inside for v in ulex.variants(w)})
    mult, unit = multiplier_pattern(), unit_pattern()
    # a rate of two units (671克/千瓦时, 1.2元/斤) before a single unit; not the start of a rate
    # of three (元/人/次)
    per = rf"(?:{per_unit_pattern()})(?![·•/])"
    # 突破新臺幣600億元: a currency named before the number, between qualifier and number
    cur = alt({v for w in lex.currency_before for v in ulex.variants(w)})
    pre_firsts = {v[0] for w in lex.qual_before for v in ulex.variants(w)}
    firsts = "".join(sorted(pre_firsts | set(CN_NUMERAL_CHARS) | set("第百万亿萬億-−")))
    # a Chinese numeral only counts when a unit, multiplier or 以上-like word follows it
    cn_follow = rf"{SP}(?:{qins})?{SP}(?:{mult}|{unit}|%|{qpost})|$|[^\u4e00-\u9fff]"
    spaced_follow = rf"{SP}(?:{qins})?{SP}(?:{mult}|{unit}|%)"
    # 2%至3%: a range of rates ends in % too; 增加12.4%至1,013.5万人次 is a rate, then the level
    # reached (two figures)
    pct_end = rf"{SP}{RANGE_SEP}{SP}{_NUM}{SP}%"
    # the lookahead lets the engine skip positions that cannot start a number (10x faster)
    return re.compile(
        rf"""
        (?=[\d{re.escape(firsts)}])
        (?:(?P<pre>{qpre}){SP}(?:(?:{cur}){SP})?)?
        (?:
            (?P<ratio>{ARABIC}(?:{SP}[:∶]{SP}{ARABIC}){{2,}}
                      |{ARABIC}{SP}(?:∶{SP}{ARABIC}|:{SP}1(?![\d.:]))
                      |(?<![\d.])1{SP}:{SP}{ARABIC}(?![\d.:])(?!{SP}(?:{mult}|{unit})))
          | (?P<pct_cn>百分之)(?P<pct_num>{_NUM})
          | (?P<frac_den>{_NUM})分之(?P<frac_num>{_NUM})
          | (?P<imult>万亿|萬億|亿|億|万|萬)(?P<iunit>{unit})(?!级|級)
          | (?P<ord>第{SP})?(?P<num>{_SPACED}(?={spaced_follow})|{ARABIC}
                                  |{_CNNUM}(?={cn_follow})
                                  |(?<=第){_CNNUM}(?=[{COMPARATIVES}]))
            (?:{SP}(?:(?P<pct1>%)(?={pct_end}))?{SP}{RANGE_SEP}{SP}(?P<num2>{_NUM}))?
            (?:{SP}(?P<ins>{qins}))?
            (?:{SP}(?P<mult>{mult}))?
            (?:{SP}(?P<unit>{per}|{unit}))?
        )
        (?:{SP}(?P<post>{qpost}|{_MORE_AFTER}(?![\u4e00-\u9fff\d０-９.])))?
        """,
        re.VERBOSE,
    )


# comparatives a rank in a record ends with (有记录以来第二暖, 第十二多雨, 历史同期第三高,
# 为历年单月第2高)
COMPARATIVES = "高低多少大小暖冷热强弱快慢长短早晚"


def _qualifier(parts: list[tuple[str, str]]) -> tuple[str, str | None]:
    """Choose among the qualifier words found around a number by the lexicon's priority."""
    if not parts:
        return "none", None
    order = metric_lexicon().qual_priority
    best = min(parts, key=lambda p: order.index(p[0]) if p[0] in order else len(order))
    return best


HAN = re.compile(r"[\u4e00-\u9fff]")


def qualifier_of(g: dict[str, str | None]) -> tuple[str, str | None]:
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
        parts.append((_PLUS, post) if post == _MORE_AFTER else (lex.qual_after[simplify(post)],
                                                                 post))
    if pre:
        parts.append((lex.qual_before[simplify(pre)], pre))
    if ins:
        parts.append((lex.qual_inside[simplify(ins)], ins))
    return parts


@cache
def currency_codes() -> dict[str, str]:
    """The currencies units.yaml writes by a Latin code (RM, HKD, MOP): code -> base unit."""
    return {code: info.base for code, info in unit_lexicon().units.items()
            if info.category == "currency" and code.isascii() and code.isalpha()}


_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,4}[ ]?$")


CODE_ENDS = LATIN | {" "}  # what a code or the space after it ends with (a cheap first test)


def code_before(text: str, num_start: int) -> str | None:
    """The base unit of a currency whose code is written right before the number (拨款RM150亿,
    HKD 100亿: the amount is in that currency); None when the letters name no currency (PM2.5)."""
    found = _CODE_BEFORE.search(text, max(0, num_start - 5), num_start)
    return None if found is None else currency_codes().get(found.group().rstrip().upper())


def currency_before(text: str, num_start: int) -> str | None:
    """The base unit of a currency written right before a number (新臺幣600億元, 港币3亿元: a
    number in 元 is then in that currency); None when none is (or it is 人民币)."""
    before = text[max(0, num_start - _CURRENCY_CHARS) : num_start].rstrip(" \u3000")
    simplify = unit_lexicon().simplify
    for word in metric_lexicon().currency_before:
        if simplify(before).endswith(word):
            return normalize_unit(word).base
    return None


_CURRENCY_CHARS = 6
