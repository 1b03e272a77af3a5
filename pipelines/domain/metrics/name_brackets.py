"""Names around brackets: a figure in brackets after its item is of the item's kind of thing
(韩国（12.1万人次）), a change after an aside in brackets is of the figure the aside followed,
and a short form or the kinds a term spans, given in brackets inside a name, are no words of it."""

from __future__ import annotations

import re
from bisect import bisect_left

from pipelines.domain.metrics.clauses import span_of
from pipelines.domain.metrics.group_members import OF
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar

_OPEN, _CLOSE = ("（", "("), ("）", ")")
_ASIDE_REACH = 12  # characters of an aside's name before its figure (弃风率)


def after_aside(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """The last figure is an aside in brackets written right after the one before it (96.1%
    （弃风率3.9%）), closing the clause before this one."""
    opened = sc.text.rfind(_OPEN[0], max(0, so.start - _ASIDE_REACH), so.start)
    return (opened > 0 and sc.text[opened + 1 : so.start].isalpha()
            and sc.text.endswith(so.out[-2].quote, 0, opened)
            and sc.text[so.end + 1 : r.comma_start].strip("，,") == "")


# the rest of a list of bracketed figures after one: ）、美国（5.1万人次）及英国（2.3万人次）
_BRACKETED_REST = re.compile(
    r"[）)](?:(?:、|及|和|与|以及)[\u4e00-\u9fff]{1,10}[（(](?:[^（）()，,；;。]|(?<=\d),(?=\d)){1,16}"
    r"[）)])*")  # (62,318人次: a figure's thousands comma)
_HEAD_TAGS = ("n", "nz")  # (not a place: the list's items are)
_PLACE_TAG = "ns"
_DIRECTION = re.compile(r"输往|輸往|运往|運往|销往|銷往|来自|來自")  # (a trade release's)
_MAX_HEAD = 6  # characters
_ITEM_JOINTS = frozenset(("、", "及", "和", "与", "以及", "，", ","))
_MAINLY = re.compile(r"以(?P<item>[\u4e00-\u9fff]{2,12}?)为主$")  # 以X为主（N例）: X's figure


def bracketed_item(sc: SentenceScope, r: Reading) -> str:
    """以韩国（12.1万人次）、菲律宾（7.8万人次）及泰国（4.6万人次）旅客较多: a figure in brackets
    after its item is of the item's kind of thing the list names after its last bracket
    (韩国旅客), not of the item alone nor of the words before the list (入境旅客以日本).
    以乙型肝炎为主（176例）: the main item's own figure."""
    if mainly := _MAINLY.search(sc.text, r.item_start, r.pos - 1):
        return mainly.group("item")
    toks = sc.toks
    rest = _BRACKETED_REST.match(sc.text, r.cand.end)
    at = bisect_left(toks.starts, rest.end()) if rest is not None else len(toks)
    head = ""
    of = at + 1 < len(toks) and toks.words[at] == OF and toks.tags[at + 1] in _HEAD_TAGS
    at += of  # 输往荷兰（上升21.7%）及美国（上升3.9%）的货值: the head after a 的
    while at < len(toks) and toks.tags[at] in _HEAD_TAGS and len(head) < _MAX_HEAD:
        head += toks.words[at]
        at += 1
    lo, hi = span_of(toks, r.item_start, max(sc.text.rfind(o, 0, r.pos) for o in _OPEN))
    first = hi
    while first > lo and toks.tags[first - 1].startswith("n"):
        first -= 1
    if first > max(lo, 1) and toks.tags[first - 1] == "a" and toks.words[first - 2] in _ITEM_JOINTS:
        first -= 1  # 衣履（-2.3%）及耐用物品（-1.8%）: an adjective opening the item is its own
    item = "".join(toks.words[first:hi])
    if not head and hi - first == 1 and toks.tags[first] == _PLACE_TAG and rest is not None and (
            rest.end() > r.cand.end + 1):
        return item  # 特别是越南（上升46.2%）、台湾（上升38.5%）…。: a list of places with no
        # head after it, each place its own figure's name
    if not head or not item or item.endswith(head):
        return r.indicator
    if of:
        # (the list's direction before its first item, 输往 or 来自, is every item's)
        way = _DIRECTION.match(r.indicator)
        return f"{way.group() if way else ''}{item}{OF}{head}"
    return item + head


# a term's short form in brackets right after it (公共租住房屋（公屋）): 2 to 4 characters
_SHORT_FORM = re.compile(r"（(?P<short>[\u4e00-\u9fff]{2,4})）")
_SHORT_FORM_REACH = 8  # characters of the term before the bracket its short form is read from


def without_short_form(indicator: str) -> str:
    """The name without a short form given in brackets for the term before it (公共租住房屋（公屋）
    一般申请者的平均轮候时间: 公屋 is 公共租住房屋 cut short), whose characters the term holds in
    order from its first; other notes in brackets (诊所（医务室）, 配偶（含港澳）) stay."""
    for found in _SHORT_FORM.finditer(indicator):
        term, short = indicator[max(0, found.start() - _SHORT_FORM_REACH) : found.start()], (
            found.group("short"))
        if short[0] in term and _in_order(short, term[term.index(short[0]) :]):
            return indicator[: found.start()] + indicator[found.end() :]
    return indicator


# kinds listed in brackets inside a name (再融资（增发、配股、可转债）金额), the name going on after
_KINDS_LISTED = re.compile(r"（(?:[\u4e00-\u9fffA-Za-z]{1,8}、)+[\u4e00-\u9fffA-Za-z]{1,8}）"
                          r"(?=[\u4e00-\u9fff])")
_PLACE_LEVELS = frozenset("省市县区乡镇州盟旗")  # 县（市、区）, 省（自治区、直辖市）: one level


def without_kinds_listed(indicator: str) -> str:
    """The name without the kinds it spans listed in brackets inside it (深市上市公司再融资（增发、
    配股、可转债）金额 -> 深市上市公司再融资金额): examples of what it counts, no words of what it
    is; the levels a place's count spans (县（市、区）) stay."""
    found = _KINDS_LISTED.search(indicator)
    if found is None or not found.start() or indicator[found.start() - 1] in _PLACE_LEVELS:
        return indicator
    return indicator[: found.start()] + indicator[found.end() :]


# the classes a term takes in brackets inside a name (水质优良（Ⅰ~Ⅲ类）断面比例, （Ⅳ类）): the
# grades that define it (water classes in Roman numerals), no words of what it is
_CLASSES_SPANNED = re.compile(
    r"[（(][ⅠⅡⅢⅣⅤⅥIV]{1,3}(?:[~～\-－—至到][ⅠⅡⅢⅣⅤⅥIV]{1,3})?类[）)](?=[\u4e00-\u9fff])")


def without_classes(indicator: str) -> str:
    """The name without the classes that define it, in brackets inside it (水质优良（Ⅰ~Ⅲ类）断面
    比例 -> 水质优良断面比例); a class written as the name's own word (Ⅳ类断面占比) stays."""
    if "类）" not in indicator and "类)" not in indicator:
        return indicator  # (the cheap test first)
    return _CLASSES_SPANNED.sub("", indicator)


# the words a name takes from before a note in brackets (夜间（18:00-22:00）消费额: 夜间)
_BEFORE_NOTE = re.compile(r"[\u4e00-\u9fff]{1,8}$")


def note_cut_open(text: str, start: int, pos: int, indicator: str) -> str:
    """A name that opens inside a note in brackets, cut by the numbers the note holds
    (``:00-22:00）消费额…`` of 夜间（18:00-22:00）消费额占…): the words before the note and those
    after it (夜间消费额占…), the note no part of it."""
    close = max(indicator.find(c) for c in _CLOSE)
    if close < 0 or any(o in indicator[:close] for o in _OPEN):
        return indicator  # (the cheap test first: no bracket closing what it did not open)
    end = max(text.rfind(c, start, pos) for c in _CLOSE)
    opened = max(text.rfind(o, start, end) for o in _OPEN) if end >= 0 else -1
    rest = indicator[close + 1 :]
    if opened < 0 or not rest or not text.startswith(rest, end + 1):
        return indicator
    head = _BEFORE_NOTE.search(text, start, opened)
    return (head.group() if head is not None else "") + rest


def _in_order(short: str, term: str) -> bool:
    """Every character of ``short`` occurs in ``term`` in the same order."""
    rest = iter(term)
    return all(ch in rest for ch in short)
