"""Candidates joined to their neighbours after the pass: one figure written as two matches.

Ranges (58亿元至61亿元, 100元以上500元以下, 5:1至6:1), a number written down to its lowest
magnitude (1万2300人), 余 / 多 inside (两万余人), 兆, a price's cents (1令吉99仙), and the unit
a 分别 or slash list writes once at its end.
"""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.metrics.candidates import RANGE_SEP, SP, NumberCandidate, alt, currency_before
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.units import (
    normalize_unit,
    unit_lexicon,
    unit_pattern,
)


def list_end_shared(text: str, out: list[NumberCandidate]) -> list[NumberCandidate]:
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


def bounds_meet(low: NumberCandidate, high: NumberCandidate) -> bool:
    """100元以上500元以下: a lower bound right before an upper bound of the same unit."""
    return (low.qualifier == "at_least" and low.end == high.start and low.unit == high.unit
            and high.start == high.num_start and low.value_high is None
            and high.value_high is None and low.num_end < low.end)


def bounded_range(low: NumberCandidate, high: NumberCandidate) -> NumberCandidate:
    """One range from its two bounds (value the low end, value_high the high end, in the low
    end's multiplier: 5000元以上1万元以下 -> 5000..10000 元)."""
    return low._replace(end=high.end, value_high=high.value * high.multiplier / low.multiplier,
                        qualifier="none", qualifier_text=None)


def both_ends(text: str, low: NumberCandidate, high: NumberCandidate) -> bool:
    """58亿元至61亿元, 3万吨-5万吨, 2%至3%: two numbers of one unit joined by nothing but a range
    mark are the two ends of one range (the low end first), whatever multipliers they carry;
    not a move from one to the other (从5亿元到10亿元, 由2%至3%)."""
    if (low.unit is None or not _same_unit(low, high) or low.value_high is not None
            or high.value_high is not None or low.category in ("rank", "ratio")
            or text[: low.start].rstrip().endswith(_FROM)):
        return False
    if high.value < 0 and high.start == low.end:  # 3万吨-5万吨: the minus is the range mark
        return 0 < low.value_normalized < -high.value_normalized
    return (high.start == high.num_start and 0 < low.value_normalized < high.value_normalized
            and _RANGE_GAP.fullmatch(text, low.end, high.start) is not None)


_FROM = ("从", "由", "從")


def _same_unit(low: NumberCandidate, high: NumberCandidate) -> bool:
    """One unit at both ends, the currency written once before the low end counting for the
    high end too (新台幣108億元至114億元: the high end's bare 元 is the same 新台币)."""
    return low.unit == high.unit or (
        low.category == high.category == "currency" and high.unit == _YUAN
        and low.unit_raw == high.unit_raw)


_YUAN = "元"


def ratio_range(text: str, low: NumberCandidate, high: NumberCandidate) -> bool:
    """5:1至6:1: two ratios to one joined by a range mark are one band (the low end first)."""
    return (low.category == high.category == "ratio" and low.unit is None and high.unit is None
            and low.end > low.num_end and high.end > high.num_end and high.start == high.num_start
            and low.value_high is None and high.value_high is None and low.value < high.value
            and _RANGE_GAP.fullmatch(text, low.end, high.start) is not None)


def unit_range(low: NumberCandidate, high: NumberCandidate) -> NumberCandidate:
    """One range from two ends that each carry the unit (the low end's qualifier, else the
    high end's: 约58亿元至61亿元, 58亿元至61亿元左右)."""
    qual, qual_text = (low.qualifier, low.qualifier_text) if low.qualifier != "none" else (
        high.qualifier, high.qualifier_text)
    return low._replace(end=high.end,
                        value_high=abs(high.value) * high.multiplier / low.multiplier,
                        qualifier=qual, qualifier_text=qual_text)


_TRILLIONS = re.compile(r"(\d{1,4})兆$")


def trillions(text: str, cand: NumberCandidate) -> NumberCandidate:
    """27兆4,190億元 (Taiwan: 兆 = 10^12, 萬億): one amount, 274190 in the unit 億元."""
    found = _TRILLIONS.search(text, max(0, cand.num_start - 6), cand.num_start)
    if found is None or cand.value_high is not None or cand.value >= 10000:
        return cand
    start = found.start()
    unit = (currency_before(text, start) or cand.unit) if cand.unit == "元" else cand.unit
    return cand._replace(start=min(cand.start, start) if cand.start < cand.num_start else start,
                         num_start=start, value=int(found.group(1)) * 10000 + cand.value,
                         unit=unit)


def range_of(text: str, out: list[NumberCandidate], cand: NumberCandidate) -> NumberCandidate:
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


def compound_of(text: str, out: list[NumberCandidate], cand: NumberCandidate
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


def cents_of(out: list[NumberCandidate], cand: NumberCandidate) -> NumberCandidate:
    """1令吉99仙: a whole amount in a currency and right after it its cents (仙, a hundredth)
    are one price, 1.99 in that currency. The candidate before is taken out of ``out``."""
    whole = out[-1]
    if (whole.end != cand.start or whole.category != "currency" or whole.multiplier != 1.0
            or whole.value_high is not None or cand.value_high is not None
            or not (cand.value < 100 and cand.value == int(cand.value))):
        return cand
    out.pop()
    return whole._replace(end=cand.end, value=round(whole.value + cand.value / 100, 2))


def inner_plus(text: str, cand: NumberCandidate) -> NumberCandidate:
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


_RANGE_GAP = re.compile(rf"{SP}{RANGE_SEP}{SP}")


@cache
def _plus_unit() -> re.Pattern[str]:
    lex, ulex = metric_lexicon(), unit_lexicon()
    qins = alt({v for w in lex.qual_inside for v in ulex.variants(w)})
    return re.compile(rf"{SP}(?P<ins>{qins}){SP}(?P<unit>{unit_pattern()})")
