"""Values restated so that one quantity written two ways is one series: a growth written as a
multiple (增长1.4倍, 是上年的2.4倍) is the percentage growth it states, and a structure of
shares written with colons (三次产业结构为2.1:30.5:67.4) is one share per part, each named by
its part (第一产业增加值占比 …, unit %)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.rows import MetricRow

# 是上年的1.4倍 / 为去年同期的2倍 / 相当于上年的1.5倍: X times last year's level, a growth of
# (X-1)*100%. Any other base (是“十三五”初期的3.6倍, 是全国平均水平的2倍) is a comparison, not
# a rate of change over the year, and stays a multiple.
_OF_LAST_YEAR = re.compile(
    r"(?:是|为|為|相当于|相當於)(?:上年|去年|上一年|前一年|上年同期|去年同期)(?:同期)?(?:水平)?的$")
_BASE_PERIODS = ("上年", "去年", "上一年", "前一年", "上年同期", "去年同期")
# 增长1.4倍 / 增加2倍 / 年增率高达2.1倍: growth by X times, X*100%
_GROWS_BY = re.compile(r"(?:增长|增長|增加|提高|上升|增|年增率|年增)了?$")
# 三次产业结构为2.1:30.5:67.4, 三次产业比例调整为…, 三大产业就业结构…: the part's share of the
# whole; the word between 产业 and 结构 names what is shared (就业), 增加值 when none
_STRUCTURE = re.compile(r"(?:三次|三大|三)产业(?P<of>[\u4e00-\u9fff]{0,4}?)(?:结构|比例|构成|比重)")
_PARTS = ("第一产业", "第二产业", "第三产业")
_PER_TIME_WORDS = ("每秒", "每小时")
_FINE = re.compile(r"的?(?:罚款|罚金)")
_FINE_VERBS = ("处", "处以", "并处", "可处")
_PER_TIME = re.compile(r"(?:达到|达|超过|突破|超|为)?(?:每秒|每小时)$")


def restate(out: list[MetricRow], cands: Sequence[NumberCandidate], text: str) -> list[MetricRow]:
    """``out`` (one row per candidate of ``cands``, in order) with multiples of growth written as
    percentages and a three-part structure of shares named by its parts."""
    ratios = 0
    for i, cand in enumerate(cands):
        name = out[i].indicator
        if name and name.endswith(_PER_TIME_WORDS) and (cut := _PER_TIME.search(name)):
            # 算力总规模达到每秒306百亿亿次: the rate's time base is no part of the name
            out[i] = out[i].model_copy(update={"indicator": name[: cut.start()] or name})
        if cand.category == "currency" and _FINE.match(text, cand.end) and (
                not name or name.endswith(_FINE_VERBS)):
            # 处100元以上500元以下罚款: the amount is the fine's
            out[i] = out[i].model_copy(update={"indicator": "罚款"})
        if out[i].value > 0 and ((name and name.endswith(_DECLINE_RATES)) or (
                _DECLINE_CHAR in text and _DECLINE_BEFORE.search(text, 0, cand.start))):
            # 年減率為0.35%: a fall of 0.35%, as 年增率 is a rise (also when the name is of what
            # fell, 总人口, and the rate's word stands only before the number)
            out[i] = _as_a_fall(out[i])
        if cand.category == "multiple" and cand.unit == "倍":
            out[i] = _multiple(out[i], cand, text)
            if i and out[i].period_text in _BASE_PERIODS and (
                    out[i - 1].indicator == out[i].indicator) and (
                    out[i - 1].period_text not in _BASE_PERIODS) and _OF_LAST_YEAR.search(
                    text, 0, cand.start):
                # 共接待入境游客6.8万人次，是去年同期的1.7倍: the growth is of the figure's own
                # period, not of the base it is measured against
                prev = out[i - 1]
                out[i] = out[i].model_copy(update={
                    "period_text": prev.period_text, "period_start": prev.period_start,
                    "period_end": prev.period_end})
        elif cand.category == "ratio" and cand.unit is None:
            ratios += 1
    if ratios >= 3:
        _structures(out, cands, text)
    if len(cands) > 1 and any(w in text for w in _KEPT_AT):
        _items_kept_at(out, cands, text)
    if len(cands) > 1:
        _pairs_named(out, cands, text)
    if len(cands) > 3 and _RESPECTIVELY in text:
        _respective_shares(out, cands, text)
    return _without_converted_bases(out, cands, text)


def _pairs_named(out: list[MetricRow], cands: Sequence[NumberCandidate], text: str) -> None:
    """Two figures joined by 和 / 、 under one name holding a pair word (产销累计完成1490.1万辆和
    1480.6万辆, 同比分别增长30.8%和30.3%: lexicon respectively_pairs): one figure per part, in
    order (产量, 销量), as a 分别 list of them is."""
    pairs = metric_lexicon().respectively_pairs
    def joined(j: int) -> bool:  # the figures j and j + 1 are a list's (A和B)
        return 0 <= j < len(cands) - 1 and text[cands[j].end : cands[j + 1].start] in _PAIR_JOINTS

    for i in range(len(cands) - 1):
        name = out[i].indicator
        if (not name or out[i + 1].indicator != name or not joined(i) or joined(i - 1)
                or joined(i + 1)):
            continue  # (a list of three is no pair)
        word = next((w for w, parts in pairs.items() if w in name and len(parts) == 2), None)
        if word is not None:
            first, second = pairs[word]
            out[i] = out[i].model_copy(update={"indicator": name.replace(word, first, 1)})
            out[i + 1] = out[i + 1].model_copy(update={"indicator": name.replace(word, second, 1)})


_PAIR_JOINTS = frozenset(("和", "、", "及", "与"))
_RESPECTIVELY = "分别"


def _respective_shares(out: list[MetricRow], cands: Sequence[NumberCandidate], text: str) -> None:
    """A pair of rates after 分别 (接待游客1.21亿人次、实现旅游收入1402.6亿元，分别恢复到2019年同期
    的83.6%和79.2%; …用水量22.3立方米，…用水量9.6立方米，…分别比2020年下降18.6%和24.7%), both
    named by the last figure before them: the first takes the name of the figure before that
    one (one rate per item, in order)."""
    for i in range(2, len(cands) - 1):
        name = out[i].indicator
        if (not name or out[i + 1].indicator != name or out[i - 1].indicator != name
                or text[cands[i].end : cands[i + 1].start] not in _PAIR_JOINTS
                or text.find(_RESPECTIVELY, cands[i - 1].end, cands[i].start) < 0
                or text[cands[i - 2].end : cands[i - 1].start].find(_RESPECTIVELY) >= 0):
            continue
        first = out[i - 2].indicator
        if first and first != name and out[i].unit == out[i + 1].unit == "%" and (
                out[i - 2].unit != "%" and out[i - 1].unit != "%"):
            out[i] = out[i].model_copy(update={"indicator": first})


# a measure kept at a level per item, the items after the verb (生师比控制在小学19∶1、初中13.5∶1
# 以内): each figure its item's measure (小学生师比, 初中生师比), the bound after the last over all
_KEPT_AT = ("控制在", "保持在", "稳定在", "维持在")  # (searched first)
_KEPT_LIST = re.compile(r"(?P<head>[\u4e00-\u9fff]{2,12}?)(?:控制|保持|稳定|维持)在"
                        r"(?P<item>[\u4e00-\u9fff]{1,4})$")
_NEXT_ITEM = re.compile(r"、(?P<item>[\u4e00-\u9fff]{1,4})")


def _items_kept_at(out: list[MetricRow], cands: Sequence[NumberCandidate], text: str) -> None:
    """``out`` with the figures of a list of items after 控制在 / 保持在 named item + measure,
    and a bound written after the last item (以内, 以上, 左右) held by every item."""
    i = 0
    while i < len(cands):
        found = _KEPT_LIST.fullmatch(out[i].indicator or "")
        if found is None:
            i += 1
            continue
        items, j = [(i, found.group("item"))], i + 1
        while j < len(cands) and (
                nxt := _NEXT_ITEM.fullmatch(text, cands[j - 1].end, cands[j].start)) is not None:
            items.append((j, nxt.group("item")))
            j += 1
        if len(items) > 1:
            last = out[items[-1][0]]
            for k, item in items:
                update = {"indicator": item + found.group("head")}
                if out[k].qualifier == "none" and last.qualifier != "none":
                    update |= {"qualifier": last.qualifier,
                               "qualifier_text": last.qualifier_text}
                out[k] = out[k].model_copy(update=update)
        i = j


# a rate of change named by its fall (Taiwan's 年減率 / 月減率 / 季減率 beside 年增率): its value
# is the fall, written positive, a growth of minus that much
_DECLINE_RATES = ("年减率", "月减率", "季减率")
_DECLINE_CHAR = "减"  # (searched first: most sentences hold none)
_DECLINE_BEFORE = re.compile(r"[年月季]减率(?:为|是)?$")


def _as_a_fall(row: MetricRow) -> MetricRow:
    """``row`` as the growth rate its decline rate states (年減率為0.35% -> -0.35)."""
    high = row.value_high
    return row.model_copy(update={
        "value": -row.value, "value_normalized": -row.value_normalized,
        "value_high": -high if high is not None else None, "kind": "growth_rate"})


# 7409万盎司约合2304吨, 折合…: the same quantity in another unit
_CONVERTED_INTO = ("约合", "折合", "约等于", "相当于")


def _without_converted_bases(out: list[MetricRow], cands: Sequence[NumberCandidate],
                             text: str) -> list[MetricRow]:
    """``out`` without a figure that has no name and is only converted into another unit by the
    number right after it (注：…黄金储备按…金价折算，1盎司约合31.1035克，7409万盎司约合2304吨:
    the reserve given before, restated), as the one unit of a rate (1盎司约合…) is no figure."""
    if not any(w in text for w in _CONVERTED_INTO):
        return out
    starts = {c.start for c in cands}
    drop = {i for i, cand in enumerate(cands[:-1]) if _nameless(out[i].indicator) and any(
        text.startswith(w, cand.end) and cand.end + len(w) in starts for w in _CONVERTED_INTO)}
    return [row for i, row in enumerate(out) if i not in drop] if drop else out


def _nameless(indicator: str | None) -> bool:
    """No name, or only the conversion words carried from the rate before (1盎司约合31.1035克，
    7409万盎司约合…: 盎司约合 names nothing)."""
    return indicator is None or indicator.endswith(_CONVERTED_INTO)


def _multiple(row: MetricRow, cand: NumberCandidate, text: str) -> MetricRow:
    before = text[: cand.start]
    if _OF_LAST_YEAR.search(before):
        shift = -100.0  # 是上年的1.4倍: +40%
    elif row.kind == "growth_rate" or (row.kind == "target" and _GROWS_BY.search(before)):
        shift = 0.0  # 增长1.4倍: +140%
    else:
        return row
    value = row.value * 100 + shift
    high = row.value_high * 100 + shift if row.value_high is not None else None
    kind = row.kind if row.kind == "target" else "growth_rate"
    return row.model_copy(update={
        "value": value, "value_high": high, "value_normalized": value,
        "value_high_normalized": high, "unit": "%", "kind": kind})


def _structures(out: list[MetricRow], cands: Sequence[NumberCandidate], text: str) -> None:
    runs: list[list[int]] = []
    for i, c in enumerate(cands):
        if c.category != "ratio" or c.unit is not None:
            continue
        if runs and runs[-1][-1] == i - 1 and text[cands[i - 1].end : c.start].strip() in _COLONS:
            runs[-1].append(i)
        else:
            runs.append([i])
    earlier: re.Match[str] | None = None
    for run in runs:
        if len(run) != len(_PARTS):
            continue
        named = _STRUCTURE.search(out[run[0]].indicator or "") or earlier
        if named is None or not 99.0 <= sum(cands[i].value for i in run) <= 101.0:
            continue  # 按照9:0.5:0.5的比例分担: a ratio, not shares
        earlier = named  # 由2019年的5.8∶48.2∶46.0调整为2024年的4.9∶45.7∶49.4: the same structure
        of = named.group("of") or "增加值"
        for i, part in zip(run, _PARTS, strict=True):
            row = out[i]
            out[i] = row.model_copy(update={
                "indicator": f"{part}{of}占比", "unit": "%",
                "kind": row.kind if row.kind == "target" else "share"})


_COLONS = (":", "∶", "：")
