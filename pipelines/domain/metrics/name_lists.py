"""Names across a 分别 list with no items of its own: each number is of one of the figures or
classes before it, in order (their shares, their rates against a second base, the harm listed
after the events of the same field, the i-th item of the clause before's 、 list)."""

from __future__ import annotations

import re

from pipelines.domain.metrics.clauses import CLAUSE_MARKS, clause_start
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.lists import parts_before
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.segmentation import default_segmenter

# a 分别 list of rates with no items of its own (分别比上年增长…, 分别比上年末增加…, 分别增长…)
_RATES_OF_FIGURES = re.compile(
    r"分别(?:比上年末?|较上年末?|比上年同期|同比)?(?:增长|增加|下降|减少|提高|上升|上涨|降低)")
# an item of a list of counts (主板3家, 科创板2家, 北交所2家)
_COUNTED_ITEM = re.compile(r"(?P<item>[\u4e00-\u9fffA-Za-z]{2,6}?)"
                           r"[\d一二三四五六七八九十]+[家个项只户]")
_LIST_JOINTS = re.compile(r"、|和|及")


def _item_of_list_before(sc: SentenceScope, r: Reading, at: int) -> str:
    """The item, of a 、 list of counts making up the clause before, that the number after 分别
    is the figure of (its place in the 分别 list), when this clause's name is only what the list
    is measured by (首发募资分别为…) and the two lists are as long; "" else."""
    text = sc.text
    name = text[r.comma_start : at]
    if len(name) < 2 or not r.indicator.endswith(name) or r.comma_start < 2:
        return ""
    start = clause_start(text, r.comma_start - 1, CLAUSE_MARKS)
    parts = _LIST_JOINTS.split(text[start : r.comma_start - 1])
    found = [_COUNTED_ITEM.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return ""
    end = next((i for i in (text.find(m, at) for m in "，,；;。") if i >= 0), len(text))
    group = [c for c in sc.cands if at < c.start < end]
    if len(group) != len(parts) or r.cand not in group:
        return ""
    return found[group.index(r.cand)].group("item") + name  # type: ignore[union-attr]


def _qualified_like_before(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """小学、初中专任教师分别为…；生师比分别为15.92∶1、13.57∶1: the i-th of a 分别 list with no
    items of its own is of the i-th class the last n figures' names qualify, when those names
    are one measure (their common end) each after its own class; "" else."""
    name, text = r.indicator, sc.text
    at = text.rfind(_RESPECTIVELY, r.comma_start, r.pos)  # (not an earlier list's 分别)
    if not name or "、" in name or at < 0 or name.startswith(_SHARE_VERB_OPENING):
        return ""  # (…增加值分别增长10.4%和9.2%，占规模以上工业的比重分别为…: of the base only)
    end = next((i for i in (text.find(m, at) for m in "，；;。") if i >= 0), len(text))
    group = [c for c in sc.cands if at < c.start < end]
    n = len(group)
    if n < 2 or r.cand not in group:
        return ""
    rows = [*sc.prior_rows, *so.out]  # (…分别为20.75万人、14.32万人；生师比分别为…: the
    # figures before may be the sentence's before a ；)
    names = [m.indicator for m in rows][: len(rows) - group.index(r.cand)]
    if len(names) < n or not all(names[-n:]):
        return ""
    parts: list[str] = names[-n:]  # type: ignore[assignment]
    shared = 0
    while shared < min(map(len, parts)) and len({p[-shared - 1] for p in parts}) == 1:
        shared += 1
    words = _tagged(parts[0])
    if shared >= _CLASSED_MEASURE_MIN and (verb := next((
            t for t in words if t[1] >= len(parts[0]) - shared and t[2] == "v"),
            None)) is not None:
        shared = len(parts[0]) - verb[1]  # (流通环节抽检, 餐饮环节抽检: the deed 抽检 is shared,
        # 环节 is each class's)
    starts = [t[1] for t in words if t[1] >= len(parts[0]) - shared]
    if not starts:
        return ""
    shared = len(parts[0]) - min(starts)  # (初中专任教师, 高中专任教师: 中 is of each class's
    # word, the classes end where a word does)
    classes = [p[: len(p) - shared] for p in parts]
    own = text[r.comma_start : at]
    carried = next((c for c in classes if c and name.startswith(c) and c not in own), "")
    name = name[len(carried) :]  # (the list's later figures: the first one's name carried on)
    if (shared < _CLASSED_MEASURE_MIN or not all(0 < len(c) <= _CLASS_MAX_CHARS for c in classes)
            or len(set(classes)) != n or any(name.startswith(c) for c in classes)
            or len(name) < _CLASSED_MEASURE_MIN or name in parts):
        return ""
    return classes[group.index(r.cand)] + name


_RESPECTIVELY = "分别"
_SHARE_VERB_OPENING = "占"
_CLASSED_MEASURE_MIN = 2  # characters of the measure the figures before share (抽检, 专任教师)


def _tagged(name: str) -> list[tuple[str, int, str]]:
    """The words of a name with where each starts and its tag."""
    out, at = [], 0
    for word, tag in default_segmenter().tag(name):
        out.append((word, at, tag))
        at += len(word)
    return out


_CLASS_MAX_CHARS = 6  # characters of each one's class (流通环节, 小学)


def respective_part(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """After 分别 with no items of its own, each number is of one of the figures before it, in
    order (their shares of a base, their rates); after items, each item's share of the base."""
    indicator, text, cand, at = r.indicator, sc.text, r.cand, r.resp_pos
    if so.out and _CORRESPONDING.search(text, max(0, at - 8), at) and (
            part := _corresponding_item(sc, so, r)):
        # 甲類、乙類及丙類…分別為1.6%、1.3%及1.2%（九月份的相應升幅分別為1.2%、1.0%及1.1%）: the
        # corresponding figures of another time, the i-th of the n figures just before
        return part
    if not r.listed and so.out and text.startswith("分别占", at):
        if indicator.startswith("占"):
            so.share_base = indicator
        part = parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out])
        if part is not None and so.share_base:
            indicator = part + so.share_base  # 观影人次…，分别占全国的4.6%: 观影人次占全国
    elif not r.listed and so.out and _RATES_OF_FIGURES.match(text, at):
        # 实缴单位2.35万家，实缴职工98.72万人，分别比上年增长8.9%、3.3%: each rate is of one
        # of the figures just before it, in order
        part = parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out],
                            distinct=False)
        if part is None:
            part = _rates_against_another_base(sc, so, r)
        if part is not None:
            indicator = part
    elif not r.listed and so.out and (rate := _rate_head(text[r.comma_start : at])):
        # …装备制造业增加值增长7.8%，高技术制造业增加值增长8.2%，增速分别快于…2.5和2.9个百分
        # 点: each number is the rate (增速) of one of the figures just before it, in order
        part = parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out])
        if part is not None:
            indicator = part if part.endswith(rate) else part + rate
    elif (not r.listed and so.out and cand.category == "point"
          and _GAP_AFTER_RESPECTIVE.match(text, at) is not None
          and (part := parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out]))):
        # …装备制造业增加值增长9.1%，高技术制造业增加值增长9.4%，分别快于全部规模以上工业3.2和
        # 3.5个百分点 (no 增速 written): each gap in points is of the rate of one of the figures
        # just before it, in order
        indicator = part if part.endswith(_GAP_RATES) else part + _GAP_RATES[0]
    elif not r.listed and (part := _item_of_list_before(sc, r, at)):
        # 分板块看，主板3家、科创板2家…，首发募资分别为52.30亿元、41.85亿元…: each figure is of
        # one item the clause before counted, in order, with this clause's name
        indicator = part
    elif r.listed and text.startswith("分别占", at):
        of = text.find("的", at, r.pos)
        if of > at + 3 and "占" not in indicator:
            # A、B分别为…，分别占用水总量的59.7%、…: each item's share of the base
            indicator += text[at + 2 : of]
    if indicator == r.indicator and not r.listed and (so.out or sc.prior_rows) and (
            part := _qualified_like_before(sc, so, r)):
        # 流通环节抽检4126批次、餐饮环节抽检2853批次，不合格率分别为2.42%、2.31%: each figure is
        # of one of the classes the figures just before it were of, in order (the classes:
        # what their names put before the words they share)
        indicator = part
    return indicator


# a 分别 list of gaps to a base (分别快于全部规模以上工业3.2和3.5个百分点, 分别高于全省…)
_GAP_AFTER_RESPECTIVE = re.compile("分别(?:快于|慢于|高于|低于)")
_GAP_RATES = ("增速", "增幅", "降幅", "涨幅")


_HARMS = frozenset(("死亡", "受伤", "失踪", "遇难", "伤亡", "受灾"))
_OCCURRED = "发生"


def harm_of_the_same(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """道路运输领域发生事故121起、死亡97人: the harm listed right after the events is of the
    same field (道路运输领域死亡; 涉及电动自行车的事故38起、死亡29人: 涉及电动自行车的事故
    死亡); events named from their verb on (全市共发生事故186起、死亡143人) leave it 死亡."""
    indicator = r.indicator
    if indicator not in _HARMS or not so.out or not so.out[-1].indicator:
        return indicator
    at = sc.cands.index(r.cand) if r.cand in sc.cands else 0
    if at == 0 or sc.text[sc.cands[at - 1].end : r.pos] != "、" + indicator:
        return indicator
    events = so.out[-1].indicator
    field = events[: events.find(_OCCURRED)] if _OCCURRED in events else events
    return field + indicator if field and field not in _HARMS else indicator


# a second base right after a 分别 list of rates (同比分别下降9.4%和6.1%，环比分别下降…)
_ANOTHER_BASE = re.compile(r"[，,]\s?(?:环比|同比|比上年同期|比上年|较上年|比上月|较上月)?$")


def _rates_against_another_base(sc: SentenceScope, so: SoFar, r: Reading) -> str | None:
    """发生事故58起、死亡46人，同比分别下降9.4%和6.1%，环比分别下降6.5%和4.2%: the second 分别
    list's rates are of the same figures as the first's, in the same order (its i-th rate named
    as the first list's i-th)."""
    text, at = sc.text, r.resp_pos
    group = [c for c in sc.cands if at < c.start and not _CLAUSE_BREAK.search(text, at, c.start)]
    before = [c for c in sc.cands if c.end <= at]
    n = len(group)
    if n < 2 or r.cand not in group or len(before) < n or len(so.out) < n + group.index(r.cand):
        return None
    first = before[-n:]
    earlier = text.rfind("分别", 0, first[0].start)
    if (earlier < 0 or not _RATES_OF_FIGURES.match(text, earlier)
            or _CLAUSE_BREAK.search(text, earlier, first[-1].start)
            or not _ANOTHER_BASE.search(text, first[-1].end, at)):
        return None
    rows = so.out[: len(so.out) - group.index(r.cand)][-n:]
    if any(not row.quote.endswith(text[c.num_start : c.end]) for row, c in zip(rows, first,
                                                                               strict=True)):
        return None
    return rows[group.index(r.cand)].indicator


_CLAUSE_BREAK = re.compile(r"[，,；;。]")
# 相應 before a 分别 list with no items of its own: the figures before, in order, at another time
_CORRESPONDING = re.compile(r"相[应應]")


def _corresponding_item(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """The i-th of a 相應…分別 list is named as the i-th of the n figures before the list (n its
    length), when they are named; "" else."""
    text, at = sc.text, r.resp_pos
    group = [c for c in sc.cands if at < c.start and not _CLAUSE_BREAK.search(text, at, c.start)]
    n = len(group)
    if n < 2 or r.cand not in group:
        return ""
    rows = so.out[: len(so.out) - group.index(r.cand)][-n:]
    if len(rows) < n or not all(row.indicator for row in rows):
        return ""
    return rows[group.index(r.cand)].indicator or ""


def _rate_head(head: str) -> str | None:
    """The rate word (增速, 涨幅) when it is all the words a 分别 list has before it."""
    head = head.strip("，,；; ")
    return head if head in metric_lexicon().growth_indicators else None
