"""Lists that pair several names with several numbers (A、B分别增长3%、5%)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import CLAUSE_MARKS, TASK_MARKS, Tok, clause_start, tokens_in
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.list_heads import split_list
from pipelines.domain.metrics.place_names import is_place_token, is_village
from pipelines.domain.periods import PeriodSpan


@dataclass
class ListState:
    """The items of the last 分别 list of a sentence, reused by a second 分别 with no items."""

    items: list[tuple[str, str | None]] = field(default_factory=list)


def split_by_respectively(
    text: str,
    cand: NumberCandidate,
    cands: Sequence[NumberCandidate],
    spans: Sequence[PeriodSpan],
    toks: Sequence[Tok],
    state: ListState,
    cstart: int | None = None,
) -> tuple[tuple[str, str | None] | None, int, NumberCandidate | None]:
    """``A、B分别增长8.3%、10.3%``: the (indicator, place) that goes with this number, where 分别
    is, and the list's first number (its verb and qualifier hold for the whole list).

    When the items are places (重庆、四川两地经济总量分别达到…) they are the subjects and the
    words after them the indicator.
    """
    if cstart is None:  # the number's comma clause start
        cstart = clause_start(text, cand.start, CLAUSE_MARKS)
    cstart = _past_digit_commas(text, cstart)
    pos = text.rfind("分别", cstart, cand.start)
    if pos < 0:
        if cand.ordinal:
            return _rank_paired(text, cand, cands, toks, state, cstart), -1, None
        granted = _granted_per_class(text, cand, cands, cstart)
        return ((granted, None) if granted is not None else None), -1, None
    group = [c for c in cands if pos < c.start < _clause_end(text, pos)]
    if cand not in group:
        return None, pos, None
    group = _parallel_run(text, group, cand)
    granted = _granted_after(text, pos, group)
    if granted is not None:  # (按A、B、C三类分别给予500万元、300万元、100万元项目资助)
        return (granted, None), pos, group[0]
    head = _without_periods(text, cstart, pos, spans)
    items = _classed_items(head, len(group)) or _list_items(head, len(group), toks, cstart)
    noun = _GAP_NOUN.fullmatch(text, pos + 2, group[0].start) if items else None
    if noun is not None:
        # 连云港港、苏州港分别完成集装箱吞吐量486.2万标箱和718.9万标箱: what the list's verb
        # governs names each item's figure
        what = noun.group("what")
        if text.endswith("完成", 0, noun.start("what")) and what.endswith(
                metric_lexicon().done_amounts):
            what = "完成" + what  # 分别完成投资: 完成投资, the statistics' name of investment done
        elif noun.group("verb") in _KEPT_GAP_VERBS:
            what = noun.group("verb") + what
        items = [(name + what if not name.endswith(what) else name, place)
                 for name, place in items]
    elif items and all(place is not None and not name for name, place in items) and (
            traded := _partners_traded(head, text[pos + 2 : group[0].start])):
        # 对韩国、日本分别进出口158.4亿元、97.6亿元: trading partners, each one's trade
        items = [(place + traded, None) for _, place in items]
    elif items and all(place is not None and not name for name, place in items):
        # 禾坪村、石陂村、洋坑村分别新建大棚蔬菜基地80亩、65亩、120亩: places with no name of
        # their own, then a flow verb and what it makes: that names each place's figure
        made = _made_after(text[pos + 2 : group[0].start])
        if made:
            items = [(made, place) for _, place in items]
    if not items and not head.strip("，,；; ") and cstart > 0:
        # 常住人口增量居前三位的是鹿城区、龙湾区和瓯海区，分别增加…: the places the clause
        # before lists after 的是, its name before them
        items = (_ranked_places(text, cstart, len(group), toks)
                 or _ranked_in_order(text, cstart, len(group))
                 or _places_ranked_before(text, cstart, len(group), toks)
                 or _items_ranked_before(text, cstart, len(group))
                 or _ranked_items(text, cstart, len(group), spans)
                 or (_figures_listed_before(text, cstart, len(group), cands) if any(
                     w in text[pos : group[0].start] for w in _GOAL_WORDS) else []))
    bare_head = head.strip("，,；; ")
    if not items and _OWN_NAME.fullmatch(_SHARED_NAME.sub("", bare_head)) and cstart > 0:
        # 排名前三位的城市依次是盐城、南通、连云港，PM2.5浓度分别为…: the places the clause
        # before lists, each with the name this clause gives
        name = _without_base(bare_head)
        items = ([(name, p) for p in _places_of_clause_before(text, cstart, len(group), toks)]
                 or [(i + name, None) for i in _items_ranking_before(text, cstart, len(group))])
    if not items and len(state.items) == len(group) and not head.lstrip("，, ").startswith("占"):
        # …分别增长10.4%和9.2%，分别为…: the list before (not after 占…的比重分别为, a share
        # that names itself); with a name of its own (小学、初中专任教师分别为…，生师比分别为…)
        # the list before's items with that name in place of their shared head
        items = _renamed(state.items, head.strip("，,；; "))
    if len(items) == len(group):
        items = _owned_as_before(items, state.items)
        state.items = items
        return items[group.index(cand)], pos, group[0]
    return None, pos, group[0]


def _figures_listed_before(text: str, cstart: int, n: int, cands: Sequence[NumberCandidate]
                           ) -> list[tuple[str, str | None]]:
    """The clause before a 分别 clause naming nothing of its own (…，分别完成年度目标的82.7%和
    94.0%) as a 、 list of ``n`` named figures (失业人员再就业12.4万人、就业困难人员就业4.7万人):
    each item's name, in order (a work report's figures, then their shares of the year's
    goals); [] otherwise."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    parts = text[start : cstart - 1].split("、")
    if len(parts) != n or n < 2:
        return []
    ends = {c.end: c.start for c in cands}
    names: list[tuple[str, str | None]] = []
    at = start
    for part in parts:
        begin = ends.get(at + len(part))
        name = text[at:begin] if begin is not None and begin >= at else ""
        if not _OWN_FIGURE.fullmatch(name):
            return []
        names.append((name, None))
        at += len(part) + 1
    return names


_OWN_FIGURE = re.compile("[\u4e00-\u9fff]{2,12}")
# what a 分别 clause of completion rates measures against (分别完成年度目标的, 分别完成计划的)
_GOAL_WORDS = ("目标", "计划", "任务", "目標", "計劃", "任務")


def _rank_paired(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate],
                 toks: Sequence[Tok], state: ListState, cstart: int
                 ) -> tuple[str, str | None] | None:
    """A list of ranks (位列第二、第三; 分列第二、三位) goes in order with the places its clause
    names before them (南通队、南京队分列…), else with the places of the sentence's 分别 list
    before it (宜宾、绵阳分别安排…，位列…): the (name, place) of this rank, None when they are
    not as many."""
    ranks = _rank_run(text, cand, cands)
    if len(ranks) < 2:
        return None
    places = [t.word for t in tokens_in(toks, cstart, ranks[0].start)
              if is_place_token(t.word, t.pos) and not _ranked_in(text, t, ranks[0].start)]
    counted = _PLACES_COUNTED.match(text, cstart) if not places else None
    if counted is not None:
        # 上海…为5.39万亿元，北京为4.98万亿元，两市经济总量分列全国第10位和第13位: the places
        # the sentence named before, in order, ranked by the measure the clause names
        named = list(dict.fromkeys(t.word for t in tokens_in(toks, 0, cstart)
                                   if is_place_token(t.word, t.pos)))
        if len(named) == len(ranks):
            return _ranked_measure_of(text[counted.end() : ranks[0].start]), named[
                ranks.index(cand)]
    if len(places) == len(ranks):
        return "", places[ranks.index(cand)]
    if places or len(state.items) != len(ranks) or (
            any(p is None for _, p in state.items)
            and not _IN_TURN.search(text, cstart, ranks[0].start)):
        return None
    return state.items[ranks.index(cand)]


# ranks said to go in turn with the items of the list before (绿城中国、建发房产销售额分别为…，分列
# 第二、第三位): items that are no places take them too
_IN_TURN = re.compile("分列|依次|分别")


def _rank_run(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate]
              ) -> list[NumberCandidate]:
    """The ranks listed side by side (joined by 、 or 和) with ``cand``, in order."""
    ranks = [c for c in cands if c.ordinal]
    at = ranks.index(cand)
    lo = hi = at
    while lo > 0 and text[ranks[lo - 1].end : ranks[lo].start] in _RANK_JOINTS:
        lo -= 1
    while hi + 1 < len(ranks) and text[ranks[hi].end : ranks[hi + 1].start] in _RANK_JOINTS:
        hi += 1
    return ranks[lo : hi + 1]


_RANK_JOINTS = frozenset(("、", "和", "及"))
# a clause opening with a count of the places named before (两市, 两地, 三省, 两区)
_PLACES_COUNTED = re.compile(r"[ \u3000]*[两二三四五六七八九](?:市|地|省|区|县|国)")
# the scope a rank is taken in, right before it (分列全国第10位, 居全省第二)
_RANK_SCOPES = ("全国", "全省", "全市", "全区", "全球", "全世界")


def _ranked_measure_of(words: str) -> str:
    """The words before the rank verb (经济总量 of 经济总量分列全国), "" when none is said."""
    verbs = metric_lexicon().rank_verbs
    cut = min((i for v in verbs if (i := words.find(v)) >= 0), default=len(words))
    return words[:cut].rstrip("分均都")


def _ranked_in(text: str, tok: Tok, rank_start: int) -> bool:
    """The place is the scope the ranks are taken in (分列全国第10位), no ranked place."""
    return tok.word in _RANK_SCOPES and not text[tok.end : rank_start].strip()


def _owned_as_before(items: list[tuple[str, str | None]],
                     before: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """汽车产销分别完成…，产销量增速分别回落…: items that begin with what the sentence's list before
    named with an owner (汽车产量, 汽车销量) are that owner's (汽车产量增速, 汽车销量增速)."""
    if len(before) != len(items):
        return items
    if all(prev.endswith(name) and prev != name
           for (name, _), (prev, _) in zip(items, before, strict=True)):
        return before  # (the same list read again for its next number)
    owned = [_owner_of(name, prev) for (name, _), (prev, _) in zip(items, before, strict=True)]
    if not all(owned) or len(set(owned)) != 1:
        return items
    return [(owned[0] + name, place) for name, place in items]


def _owner_of(name: str, prev: str) -> str:
    """The words before the part ``name`` opens with in ``prev`` (产量增速 after 汽车产量: 汽车),
    "" when ``name`` opens with no part of at least two characters ``prev`` ends with."""
    for n in range(min(len(name), len(prev)) - 1, 1, -1):
        if prev.endswith(name[:n]):
            return prev[:-n]
    return ""


def _without_periods(text: str, cstart: int, pos: int, spans: Sequence[PeriodSpan]) -> str:
    """The words before 分别 without their periods, and without the comparison mark of a period
    compared with (比上年分别增长: 比 names nothing once 上年 is out; nor 同期 after it:
    较上年同期分别提高)."""
    head = text[cstart:pos]
    for p in spans:
        if p.start >= cstart and p.end <= pos:
            if p.start > cstart and text[p.start - 1] in _COMPARED_WITH:
                same_time = _SAME_TIME if text.startswith(_SAME_TIME, p.end) else ""
                head = head.replace(text[p.start - 1] + p.text + same_time, "")
            head = head.replace(p.text, "")
    return head


_SAME_TIME = "同期"


# the marks of a period compared with (比上年, 较114年度)
_COMPARED_WITH = ("比", "较")


# items, then how many they are and their class, then the measure (北京首都、上海浦东、广州白云
# 三大机场旅客吞吐量, 宁德时代、比亚迪、中创新航三家企业装车量)
_CLASSED = re.compile(r"(?P<items>[^，,；;]+?)(?:[两二三四五六七八九十]|\d{1,2})(?:大|家|个|座|所)"
                      r"(?P<rest>[\u4e00-\u9fff]{3,})")
_ITEM_JOINTS = re.compile("、|和|及|与")
_CLASSES_OF_PLACES = ("城市", "地区", "省份", "国家", "区县", "县区")


def _classed_items(head: str, n: int) -> list[tuple[str, str | None]]:
    """The items of a list counted with their class before the measure they share: each item,
    its class when the class completes its name (北京首都 + 机场; not 宁德时代 + 企业, nor 青岛港
    + 港口), and the measure (北京首都机场旅客吞吐量), with no place a subject; none when the
    items are places (their figures' subjects) or the head is no such list."""
    found = _CLASSED.fullmatch(head.strip("，,；; "))
    if found is None:
        return []
    items = [i for i in _ITEM_JOINTS.split(found.group("items")) if i]
    if len(items) != n or all(is_place_token(i) for i in items):
        return []
    from pipelines.domain.metrics.tagging import word_tags  # (the shared tagger, once loaded)

    words = [w for w, _ in word_tags()(found.group("rest"))]
    cls, measure = words[0], "".join(words[1:])
    if len(measure) < 2:
        return []  # (三家企业: the class alone, no measure)
    generic = cls in metric_lexicon().entity_heads or cls in _CLASSES_OF_PLACES
    return [(item + ("" if generic or item.endswith((cls, cls[0])) else cls) + measure, "")
            for item in items]  # ("": the items are named whole, no place of theirs a subject)


def _list_items(
    head: str, n: int, toks: Sequence[Tok], offset: int
) -> list[tuple[str, str | None]]:
    if "的" in head and "、" in head[head.rindex("的") :]:
        # 星源材质、贝特瑞等企业的隔膜、负极材料出货量: the items follow the modifier; unless
        # the 的 is inside an item (负债证明书、政府发行的流通纸币及硬币、总结余和…分别占)
        cut = head.rindex("的") + 1
        return (_items_of(head[cut:], n, toks, offset + cut)
                or _items_of(head, n, toks, offset))
    return _items_of(head, n, toks, offset)


def _items_of(
    head: str, n: int, toks: Sequence[Tok], offset: int
) -> list[tuple[str, str | None]]:
    lex = metric_lexicon()
    first = tokens_in(toks, offset, offset + len(head))
    if _TITLES_SIDE_BY_SIDE in head and (titled := _titles_listed(head, n)):
        return titled
    for w in lex.prefix_words:
        if head.startswith(w) and len(head) > len(w) and (not first or first[0].word == w
                                                          or len(first[0].word) < len(w)):
            head = head[len(w) :]  # a whole word (我, not the 我 of 我国)
    places = {t.word for t in tokens_in(toks, offset, offset + len(head) + 8)
              if is_place_token(t.word, t.pos)}
    bare = split_list(head, n, share_head=False)
    places |= _villages(bare)
    if places and any("区" in item or "區" in item for item in bare[:-1]):
        places |= {item for item in bare[:-1] if _AREA_FORM.fullmatch(item)}
    if len(bare) == n and places and all(item in places for item in bare[:-1]):
        names = bare
        last = names[-1]
        place = next((p for p in sorted(places, key=len, reverse=True) if last.startswith(p)),
                     None)
        if place is not None:
            rest = last[len(place) :]
            rest = _PLACES_WORD.sub("", rest)
            while rest.endswith(_RATE_BASES):  # 深圳、广州CPI同比分别上涨: 同比 is no name
                rest = rest[: -len(next(b for b in _RATE_BASES if rest.endswith(b)))]
            return [(rest, p) for p in [*names[:-1], place]]
    names = split_list(head, n)
    if len(names) == 1 and n > 1:
        names = _paired(names[0], n)
    if len(names) != n:
        return []
    names = _measure_shared(names)
    return [(_without_base(_without_aside(name)), None) for name in names if name]


# a figure in brackets after an item (中國內地旅客（24,812,037人次）、香港旅客（…）及…分別上升):
# an aside giving the item's level, no part of its name
_NUMBER_ASIDE = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]")


def _without_aside(name: str) -> str:
    """An item's name without a bracketed figure written after it (releases give each item's
    level in brackets before a 分别 list of their changes)."""
    return _NUMBER_ASIDE.sub("", name) if "（" in name or "(" in name else name


def _measure_shared(names: list[str]) -> list[str]:
    """Items of one kind, of one length and ending alike (南四湖、东平湖) or opening alike (在线
    餐饮、在线旅游), the last one run on into the measure they share (…年末蓄水量: 南四湖蓄水量,
    东平湖蓄水量, the period dropped before), each with that measure; ``names`` as they are
    otherwise."""
    first, last = names[0], names[-1]
    size = len(first)
    if len(names) < 2 or size < 2 or len(last) < size + 2 or first[-2:] == last[-2:] or not all(
            len(n) == size and _alike(n, last) for n in names[:-1]):
        return names  # (农业用水量、…生活用水量: the measure already shared)
    measure = last[size:]
    if measure[0] in _JOINS_ON:
        return names  # 货物贸易、服务贸易及其他经常项目: the last item goes on, no measure
    return [n + measure for n in names[:-1]] + [last]


_JOINS_ON = frozenset("及和与或等的")
_OPENING_CHARS = 2  # (在线 of 在线餐饮 and 在线旅游)


def _alike(item: str, last: str) -> bool:
    """``item`` ends as the item opening ``last`` does, or opens as it (two characters), and is
    no part of it (its measure then follows that item)."""
    size = len(item)
    if not item.isalpha():
        return False  # (90平方米及以下、90—144平方米的: bands of figures, no items of a kind)
    return (last[size - 1] == item[-1] or (
        size > _OPENING_CHARS and last[:_OPENING_CHARS] == item[:_OPENING_CHARS])) and (
        last[:size] != item)


# two titles written side by side (《深海营救》《归途如虹》档期票房分别为…): two items of a list
_TITLES_SIDE_BY_SIDE = "》《"
_TITLED = re.compile(r"《([^《》]+)》")


def _titles_listed(head: str, n: int) -> list[tuple[str, str | None]]:
    """《深海营救》《归途如虹》档期票房: the ``n`` titles side by side, each with the words after
    the last (none when they are not ``n``)."""
    titles = list(_TITLED.finditer(head))
    if len(titles) != n:
        return []
    rest = head[titles[-1].end() :]
    return [(t.group(1) + rest, None) for t in titles]


# a new area by its form (前湾新区, 江北新区, 经济技术开发区 of a place: names the segmenter cuts,
# 前湾|新区): an item of a list of districts beside the places it knows
_AREA_FORM = re.compile("[\u4e00-\u9fff]{2,4}(?:新区|新區|开发区|開發區|高新区|高新區)")


def _villages(items: Sequence[str]) -> set[str]:
    """The villages by form among a list's items (禾坪村、石陂村分别…: names the segmenter does
    not know, cut as 禾|坪|村), the last item's too when it opens with one (洋坑村蔬菜基地)."""
    found = {item for item in items if is_village(item)}
    if items:
        found.update(p for k in (3, 4) if is_village(p := items[-1][:k]))
    return found


def _without_base(name: str) -> str:
    """新建商品住宅和二手住宅销售价格同比分别下降: 同比 says how, it names nothing."""
    while name.endswith(_RATE_BASES) and not name.startswith(_RATE_BASES):
        name = name[: -len(next(b for b in _RATE_BASES if name.endswith(b)))]
    return name


_OWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _renamed(items: list[tuple[str, str | None]], name: str) -> list[tuple[str, str | None]]:
    """The items of the list before, named ``name`` (their shared head replaced), when the
    words before 分别 are one short name; else the items as they were."""
    if not _OWN_NAME.fullmatch(name) or len(items) < 2 or any(n is None for n, _ in items):
        return items
    if name in _RATE_BASES:  # …平均价格分别为…，环比分别上涨…: 环比 says how, the items stand
        return items
    if name in _CHANGE_NAMES:  # …销售价格分别下降…，降幅分别扩大…: the change of each item's
        return [(n if n.endswith(name) else n + name, place)  # whole measure
                for n, place in items]
    names = [n for n, _ in items]
    k = 0  # the shared head: the longest common ending
    while k < min(map(len, names)) - 1 and len({n[-k - 1] for n in names}) == 1:
        k += 1
    # never down to one character of an item (鲫鱼、鲤鱼…平均价格 share 鱼平均价格: 鲫鱼 stays)
    while k >= 2 and any(len(n) - k < 2 for n in names):
        k -= 1
    if k < 2:
        return items
    return [(n[:-k] + name, place) for n, place in items]


_RATE_BASES = ("同比", "环比", "比上年", "较上年")
# a name of the change of what it follows (降幅分别比上月扩大…: of each item before)
_CHANGE_NAMES = frozenset({"降幅", "涨幅", "增幅", "跌幅", "升幅", "增速", "漲幅"})
# a name written with Latin letters and digits (PM2.5浓度, CPI涨幅): a short name all the same
_SHARED_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.]*")
# the clause before lists places after 是/为 (依次是A、B、C) or opens with them (A、B、C改善幅度
# 位列前三)
_PLACES_AFTER_IS = re.compile(r"(?:是|为)(?P<list>[^，,；;。]+)[，,]$")
# or closes with them after the words that pick them (GDP总量排名前两位的广东、江苏，…分别为)
_PLACES_AFTER_OF = re.compile(r"的(?P<list>[^，,；;。的]+)[，,]$")
_PLACES_OPENING = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[、和])+")


def _places_of_clause_before(text: str, cstart: int, n: int, toks: Sequence[Tok]) -> list[str]:
    """The n places the clause before a 分别 clause lists (after 是/为, at its opening, or
    closing it after 的), in order; none unless every item is a place."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    clause = text[start:cstart]
    listed = _PLACES_AFTER_IS.search(clause) or _PLACES_AFTER_OF.search(clause)
    if listed is not None:
        places = split_list(listed.group("list"), n, share_head=False)
    elif (opening := _PLACES_OPENING.match(clause)) is not None:
        # 镇江、常州、连云港改善幅度位列前三: the last place ends where its word does
        last = _opening_place(toks, start + opening.end(), cstart)
        places = [*split_list(opening.group()[:-1], n - 1, share_head=False), last]
    else:
        return []
    return places if len(places) == n and listed_places(places) else []


# items (no places) opening the clause before, ranked by its verb (首饰、手表、箱包分列第二至四位)
_ITEMS_THEN_RANKS = re.compile(r"(?P<list>[^，,；;。：:]+?)(?:分列|分居|位列|依次位列|依次为)第")


def _items_ranking_before(text: str, cstart: int, n: int) -> list[str]:
    """The n items, none a place, that open the clause before a 分别 clause and take ranks in it
    (…；首饰、手表、箱包分列第二至四位，销售额分别为…: each item's 销售额), in order."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    found = _ITEMS_THEN_RANKS.match(text, start, cstart)
    if found is None:
        return []
    items = split_list(found.group("list"), n, share_head=False)
    if len(items) != n or any(is_place_token(i) or not _OWN_ITEM.fullmatch(i) for i in items):
        return []
    return items


def listed_places(items: Sequence[str]) -> bool:
    """Every item of a list is a place: by form or name, or, among three or more of which all
    but one are, a district's or a county's name that also reads as a common word (老城区 in
    涧西区、西工区、洛龙区、老城区: Luoyang's district, not an old town)."""
    places = [is_place_token(i) for i in items]
    if all(places):
        return True
    return (len(items) >= _LIST_OF_PLACES and sum(places) == len(items) - 1
            and all(p or _DISTRICT_LIKE.fullmatch(i) is not None
                    for i, p in zip(items, places, strict=True)))


_LIST_OF_PLACES = 3
_DISTRICT_LIKE = re.compile(r"[\u4e00-\u9fff]{2,4}[区县]")


_OWN_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{1,10}")


_RANKED = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:居|排|位居|排名)?(?:前[一二三四五六七八九十\d]+位?|"
    r"[最较][多少高低快慢大小]的?)?的?(?:是|为)(?P<list>[^，,；;。]+)[，,]$")


def _ranked_places(text: str, cstart: int, n: int, toks: Sequence[Tok]
                   ) -> list[tuple[str, str | None]]:
    """The places the clause before a 分别 clause lists after 的是 (…居前三位的是A、B和C，分别…),
    each with the name the clause gives before them; none unless every item is a place."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    found = _RANKED.search(text, start, cstart)
    if found is None or found.start() != start:
        return []
    places = split_list(found.group("list"), n, share_head=False)
    if len(places) != n or not listed_places(places):
        return []
    name = found.group("name")
    name = _ranked_measure(name)  # 增速最快的是
    return [(name, p) for p in places]


def _ranked_items(text: str, cstart: int, n: int, spans: Sequence[PeriodSpan]
                  ) -> list[tuple[str, str | None]]:
    """The n items, none of them a place, the clause before a 分别 clause lists after 的是
    (涨幅居前三位的是菜花、黄瓜和西葫芦，分别上涨…; 排名前五的是城乡建设、…，分别为…), each named by
    itself and the measure ranked by (after the period the clause may open with), unless that
    measure is only the ranking or the size of a change the verb after 分别 already says."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    start = next((p.end for p in spans if p.start == start), start)  # (1—10月涨幅居前…)
    found = _RANKED.match(text, start, cstart)
    if found is None or "分别" in found.group("name") or _DIGIT.search(found.group("list")):
        return []  # (…分别为16.6度及17.3度，: figures, not items ranked)
    items = split_list(found.group("list"), n, share_head=False)
    if len(items) != n or any(is_place_token(i) for i in items):
        return []
    return [(item + _item_measure(_ranked_measure(found.group("name"))), None) for item in items]


def _item_measure(measure: str) -> str:
    """What a ranking's measure adds to each ranked item's name: nothing when it is only the
    ranking, a change's size the verb after 分别 says, or a count the figures' unit says
    (报告病例数居前三位的病种依次为流行性感冒、…，分别为2315例: 流行性感冒)."""
    if measure in _RANKING_ONLY or (measure.endswith("数") and not measure.endswith(_NO_COUNT)):
        return ""
    return measure


_DIGIT = re.compile(r"\d")
# what names no measure before 的是: the ranking itself, or a change's size
_RANKING_ONLY = frozenset(("排名", "排序", "位居", "位列", "涨幅", "降幅", "跌幅", "增幅", "增速"))
_NO_COUNT = ("指数", "系数", "倍数", "分数")  # (measures ending in 数 that count nothing)


# A、B、C + a name + a ranking's class, then 分别 (合肥、阜阳、宿州新设经营主体数量居全省前三，
# 分别为…; 南海区、顺德区事故起数居全市前两位; 三水区、高明区死亡人数同比降幅最大): the places
# opening the clause, in order, each with the name between them and the rank (or the superlative,
# with the base and the size of the change it ranks by: 同比降幅最大 names nothing; or a lead:
# 宁德、南平增速领先，分别增长…)
# the ranking that ends such a clause: a class by rank (居全省前三, 位居全省网络零售额前三: what
# ranks them), a superlative (同比降幅最大, 增速较快: the size of the change ranked by) or a lead
# the list may open with 其中 (…有29个省份用电量正增长，其中西藏、新疆、内蒙古用电量增速居前三位，
# 分别增长…): the ranked are some of the whole the clause before counts
_PART_OF = r"(?:其中[，,]?)?"
_RANKING = (r"(?:(?:居|位居|位列|排名|排在|列)(?P<scope>全国|全省|全市|全区|全县|线网|全网)?"
            r"(?P<measure>[\u4e00-\u9fff]{0,10}?)前[一两二三四五六七八九十\d]+(?:位|名)?"
            r"|(?:同比|环比)?(?P<size>降幅|增幅|涨幅|跌幅|增速|降速)?[最较][大小高低多少快慢]"
            r"|(?:领先|居前|靠前))[，,]$")
_PLACES_THEN_CLASS = re.compile(
    _PART_OF + r"(?P<list>(?:[\u4e00-\u9fff]{2,6}[、和])+)(?P<rest>[\u4e00-\u9fff]{3,24}?)"
    + _RANKING)


def _places_ranked_before(text: str, cstart: int, n: int, toks: Sequence[Tok]
                          ) -> list[tuple[str, str | None]]:
    """The n places that open the clause before a 分别 clause and are ranked in it as a class
    (…居全省前三，分别为…), each with the name between the last place and the rank; none unless
    every item is a place."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    found = _PLACES_THEN_CLASS.match(text, start, cstart)
    if found is None:
        return []
    last = _opening_place(toks, found.start("rest"), found.end("rest"))
    if not last:
        return []
    places = [*split_list(found.group("list")[:-1], n - 1, share_head=False), last]
    if len(places) != n or not listed_places(places):
        return []
    return [(_ranked_measure(found.group("rest")[len(last) :]), p) for p in places]


# A、B、C (no places: lines, categories) + a name + a ranking, then 分别 (1号线、5号线、11号线日均
# 客运量位居线网前三，分别为…; 运动户外、宠物用品增速较快，分别增长…): a month may open the clause
_ITEMS_THEN_CLASS = re.compile(
    _PART_OF + r"(?:\d{4}年)?(?:\d{1,2}月份?)?(?P<list>(?:[\u4e00-\u9fffA-Za-z0-9]{2,10}[、和])+)"
    r"(?P<rest>[\u4e00-\u9fffA-Za-z0-9]{3,24}?)" + _RANKING)


def _items_ranked_before(text: str, cstart: int, n: int) -> list[tuple[str, str | None]]:
    """The n items (not places) that open the clause before a 分别 clause and are ranked in it,
    each named by the item and the measure after the last one: the last item ends where the
    others' shared ending does (1号线、5号线、11号线日均客运量: 号线), else before the size of a
    change the ranking is by (运动户外、宠物用品增速较快: 宠物用品, the rate the verb says)."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    found = _ITEMS_THEN_CLASS.match(text, start, cstart)
    if found is None:
        return []
    items = split_list(found.group("list")[:-1], n - 1, share_head=False)
    rest = found.group("rest")
    ranked_by = found.group("measure") or ""  # (位居全省网络零售额前三: what ranks them)
    last = _last_item(items, rest, bool(found.group("size") or ranked_by))
    if len(items) != n - 1 or not last or any(is_place_token(i) for i in items):
        return []
    measure = _item_measure(rest[len(last) :] or ranked_by)
    return [(i + measure, None) for i in [*items, last]]


def _last_item(items: Sequence[str], rest: str, whole: bool) -> str:
    """The last item of a list at the opening of ``rest`` (see _items_ranked_before), or "";
    ``whole``: the ranking took the measure (增速较快, 位居全省网络零售额前三), so ``rest`` is the
    item."""
    ending = _shared_ending(items)
    at = rest.find(ending) if ending else -1
    if ending and at > 0:
        return rest[: at + len(ending)]
    one = _shared_ending(items, 1)
    at = rest.find(one) if one else -1
    if one and at > 0 and len(rest) - at - 1 >= _ENDING_CHARS:
        # (食用农产品、餐饮食品、蔬菜制品不合格批次; 水产品、畜禽产品、蛋制品…: 品, when the two
        # characters the items share, if any, are not in the last; the measure after it two
        # characters at least)
        return rest[: at + 1]
    if ending:
        return ""
    if whole:
        return rest
    if len(items) != 1:
        return ""
    return rest[:-2] if rest.endswith(_RANKED_BY) and len(rest) > 4 else ""


_ENDING_CHARS = 2  # (号线, 机场: the shared ending of items of one kind)


def _shared_ending(items: Sequence[str], chars: int = _ENDING_CHARS) -> str:
    """The ending all items share (号线 of 1号线 and 5号线), when there are two or more."""
    if len(items) < 2:
        return ""
    ending = items[0][-chars:]
    return ending if all(i.endswith(ending) and len(i) > len(ending) for i in items) else ""


def _opening_place(toks: Sequence[Tok], start: int, end: int) -> str:
    """The word opening [start, end), with the level the segmenter cut off it (高淳|区死亡人数:
    高淳区), or "" when no word starts there."""
    after = tokens_in(toks, start, end)
    if not after or after[0].start != start:
        return ""
    if len(after) > 1 and after[1].word in _LEVELS:
        return after[0].word + after[1].word
    return after[0].word


_LEVELS = frozenset(("省", "市", "县", "区", "州"))


def _ranked_measure(name: str) -> str:
    """The measure a ranking ranks by, without the word for its size (增速最快的是, 数量居前三)."""
    return name[:-2] if name.endswith(_RANKED_BY) and len(name) > 4 else name


_RANKED_BY = ("增速", "增幅", "数量", "规模")  # (新增装机规模排名前三的省: 新增装机)


# …排名前三的机场依次为A、B和C，: the items a ranking's clause lists in order, and its measure;
# the class may carry a bracket of the kinds it takes in, and 依次 go unsaid (新增装机规模排名前三
# 的省（区）为新疆、内蒙古、河北，)
_IN_ORDER = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{2,12}?)(?:排名|位居|居)前[一二三四五六七八九十\d]+位?的"
    r"[\u4e00-\u9fff]{1,6}?(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?(?:依次)?(?:为|是)"
    r"(?P<list>[^，,；;。]+)[，,]$")


def _ranked_in_order(text: str, cstart: int, n: int) -> list[tuple[str, str | None]]:
    """The n items the clause before a 分别 clause ranks in order (旅客吞吐量排名前三的机场依次为
    广州白云国际机场、…，分别完成…), each with the measure ranked by: places are subjects,
    other items (airports, firms) open the name; none unless there are n."""
    start = clause_start(text, cstart - 1, CLAUSE_MARKS)
    found = _IN_ORDER.match(text, start, cstart)
    if found is None:
        return []
    items = split_list(found.group("list"), n, share_head=False)
    if len(items) != n:
        return []
    name = found.group("name")
    if listed_places(items):
        return [(_ranked_measure(name), i) for i in items]
    return [(i + _item_measure(name), None) for i in items]
# a grant's amounts per class (按A、B、C三类分别给予500万元、300万元、100万元项目资助; 国家级、省级
# 工作室，分别给予50万元、20万元资助): the verb of granting between 分别 and the first amount, what
# is granted right after the last, closing the clause
_GRANTING = re.compile(r"(?:给予|发放|奖励|补贴|补助|资助)(?:每人|每家|每个|一次性)?(?:最高)?")
_WHAT_GRANTED = r"(?P<what>[\u4e00-\u9fff]{2,10}?)(?=[。；;，,]|$)"
_GRANTED = re.compile("的?" + _WHAT_GRANTED)


def _granted_after(text: str, pos: int, group: Sequence[NumberCandidate]) -> str | None:
    """What a 分别 list of a grant's amounts grants (项目资助), naming every amount: the classes
    or recipients before 分别 are the grant's conditions, no names (tests/gold/README.md's
    per-class grants); None when the list is no grant's."""
    if not group or group[0].category != "currency" or _GRANTING.fullmatch(
            text, pos + 2, group[0].start) is None:
        return None
    return _what(_GRANTED, text, group[-1].end)


# a grant's rate per class listed after 按, then the grant (按博士每月2000元、硕士每月1000元、
# 本科每月600元给予租房补贴): the classes are the grant's conditions; what it grants names each
_BY_CLASS = re.compile(r"[ \u3000]*按")
_GRANT_AFTER = re.compile("(?:给予|发放)" + _WHAT_GRANTED)


def _granted_per_class(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate],
                       cstart: int) -> str | None:
    """What a clause opening with 按 grants after its list of amounts per class (租房补贴 of
    按博士每月2000元、硕士每月1000元…给予租房补贴), naming each amount; None otherwise."""
    if cand.category != "currency" or _BY_CLASS.match(text, cstart) is None:
        return None
    end = _clause_end(text, cand.end)
    run = [c for c in cands if cstart <= c.start and c.end <= end]
    if len(run) < 2 or any(c.category != "currency" for c in run) or any(
            "、" not in text[a.end : b.start] for a, b in pairwise(run)):
        return None
    return _what(_GRANT_AFTER, text, run[-1].end)


def _what(pattern: re.Pattern[str], text: str, pos: int) -> str | None:
    """The ``what`` group of ``pattern`` matched at ``pos``, if it matches."""
    found = pattern.match(text, pos)
    return found.group("what") if found is not None else None


# 分别 + a verb of result + a noun phrase before the list's first number (分别完成集装箱吞吐量,
# 分别实现营业收入): the noun phrase is what each item's figure measures
_GAP_NOUN = re.compile(
    r"(?:累计|共)?(?P<verb>完成|实现|拥有|接待|发送|新增|发生)(?P<what>[\u4e00-\u9fff]{2,12}?)"
    r"(?:达到|达|为)?")
# a verb kept before what it governs in each item's name (水上交通、渔业船舶分别发生事故118起和87起:
# 水上交通发生事故, as 发生 stays before a counted event, tests/gold/README.md session 25)
_KEPT_GAP_VERBS = ("发生",)
_MADE = re.compile(r"(?P<what>[\u4e00-\u9fff]{4,14}?)(?:达到|达|为|共)?")


# the trade a list of partners after 对 / 自 does, between 分别 and its first number
_TRADED = re.compile("(?:进出口|進出口|出口|进口|進口|贸易|貿易)(?:额|額|总额|總額)?")


def _partners_traded(head: str, gap: str) -> str:
    """The trade word of a list of places after 对 / 自 (对韩国、日本分别进出口…): the places are
    trading partners, each figure the trade with one of them (韩国进出口, no place of the figure,
    as 对美国进出口 is named); "" otherwise."""
    if not head.lstrip("，,；; ").startswith(("对", "對", "自")):
        return ""
    found = _TRADED.fullmatch(gap.strip())
    return found.group() if found is not None else ""


def _made_after(gap: str) -> str:
    """The flow verb and its noun between 分别 and a list's first number (新建大棚蔬菜基地), kept
    whole as the namer keeps 新建 before a counted thing; "" for any other gap (增长, 达到)."""
    found = _MADE.fullmatch(gap)
    if found is None or not gap.startswith(metric_lexicon().flow_verbs):
        return ""
    return found.group("what")


# what is left of the items' places before the indicator: 两地, 三市, 各区 (a count) or a level
# cut from the last place (杭州|市); a bare 地 or 区 starts a word (地区生产总值, 区域)
_PLACES_WORD = re.compile(r"^(?:[两二三四五六七八九十多各][地省市区方]|[省市](?!场)|区(?!域))")


def _paired(item: str, n: int) -> list[str]:
    """城乡居民人均可支配收入 with two values: 城镇居民…, 农村居民… (lexicon respectively_pairs)."""
    for word, parts in metric_lexicon().respectively_pairs.items():
        if word in item and len(parts) == n:
            return [item.replace(word, part, 1) for part in parts]
    return [item]


def listed_period(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate],
                  spans: Sequence[PeriodSpan], resp_pos: int) -> PeriodSpan | None:
    """``1月、2月社会消费品零售总额分别为312.5亿元、298.7亿元``: a list of periods before 分别 with
    as many items as the list's numbers pairs each period with the number in its place."""
    cstart = clause_start(text, resp_pos, CLAUSE_MARKS)
    periods = [p for p in spans if cstart <= p.start and p.end <= resp_pos]
    if len(periods) < 2:
        # 7月、8月灾情最为集中，两个月直接经济损失分别为…: the months the clause before lists
        periods = _last_run([p for p in spans if p.end <= cstart], text)
    if len(periods) < 2 or any(
            text[a.end : b.start] not in _PERIOD_JOINTS for a, b in pairwise(periods)):
        return None
    group = [c for c in cands if resp_pos < c.start < _clause_end(text, resp_pos)]
    if cand not in group or len(group) != len(periods):
        return None
    return periods[group.index(cand)]


def _last_run(periods: Sequence[PeriodSpan], text: str) -> list[PeriodSpan]:
    """The last periods of ``periods`` (in text order) joined one to the next by 、 / 和."""
    run: list[PeriodSpan] = []
    for p in reversed(periods):
        if run and text[p.end : run[0].start] not in _PERIOD_JOINTS:
            break
        run.insert(0, p)
    return run


_PERIOD_JOINTS = frozenset(("、", "和", "及", "与", "以及"))


def _parallel_run(text: str, group: list[NumberCandidate], cand: NumberCandidate
                  ) -> list[NumberCandidate]:
    """江苏、浙江分别以4.3亿元、3.8亿元位列第二、第三: a 分别 list's numbers written as runs of
    equal length (the amounts, then the ranks) pair each run with the items; the run of
    ``cand`` (the whole group when its numbers make one run or runs of unequal length)."""
    runs = [[group[0]]]
    for a, b in pairwise(group):
        if text[a.end : b.start] in _PERIOD_JOINTS:
            runs[-1].append(b)
        else:
            runs.append([b])
    if len(runs) < 2 or len({len(r) for r in runs}) != 1 or len(runs[0]) < 2:
        return group
    return next(r for r in runs if cand in r)


def _past_digit_commas(text: str, cstart: int) -> int:
    """A clause start just after the comma grouping a number's thousands (…分別有15,204,316人次
    及17,982,156人次: the later number's clause read from ``316人次及``) moved back to the
    clause's true start, so a 分别 list's later numbers find their 分别."""
    while 1 < cstart < len(text) and text[cstart - 1] == "," and text[cstart - 2].isdigit() and (
            text[cstart].isdigit()):
        cstart = clause_start(text, cstart - 1, CLAUSE_MARKS)
    return cstart


def _clause_end(text: str, pos: int) -> int:
    """Where the clause from ``pos`` ends: a task mark or a comma, but not the half-width
    comma that groups a number's thousands (15,204,316人次, common in Macau / Hong Kong and
    statistics releases), which would cut a 分别 list at its first number."""
    ends = [i for i in (text.find(m, pos) for m in TASK_MARKS + "，") if i >= 0]
    comma = text.find(",", pos)
    while 0 < comma < len(text) - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1)
    if comma >= 0:
        ends.append(comma)
    return min(ends) if ends else len(text)


# a direction word a later number of a 分别 list writes before itself (…低0.3度及高0.4度), a
# rate's move too (降幅分别比上月收窄0.2个百分点和扩大0.1个百分点)
_DIRECTIONS = (r"(偏多|偏少|偏高|偏低|增长|下降|上升|减少|增加|提高|降低|扩大|缩小|收窄"
               r"|加快|放缓|回升|回落|上涨|下跌|高|低|多|少)")
_OWN_DIRECTION = re.compile(rf"[、和及与]{_DIRECTIONS}$")
_DIRECTION_END = re.compile(rf"{_DIRECTIONS}$")


def list_gap(text: str, cand: NumberCandidate, first: NumberCandidate | None, at: int,
             qualifier: str, qualifier_text: str | None) -> tuple[str, str, str | None]:
    """A number of a 分别 list (at ``at``): its gap is the list's verb, written once before
    the first number, and a bound written before that number (分别约为…) holds for all."""
    gap = text[at : (first or cand).start]
    if first is not None and first is not cand:
        own = _OWN_DIRECTION.search(text, max(at, cand.start - 6), cand.start)
        if own is not None:  # 分别较正常低0.3度及高0.4度: the later number's own direction
            verb = _DIRECTION_END.search(gap)
            gap = (gap[: verb.start()] if verb is not None else gap) + own.group(1)
    if first is not None and first is not cand and qualifier == "none" and (
        first.qualifier_text in metric_lexicon().qual_before_words
    ):
        qualifier, qualifier_text = first.qualifier, first.qualifier_text
    return gap, qualifier, qualifier_text


def parts_before(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate], at: int,
                 names: Sequence[str | None], distinct: bool = True) -> str | None:
    """票房1.86亿元，观影人次462.5万，分别占全国的4.3%和4.6%: a 分别 list of shares with no items
    of its own (at ``at``) pairs each share with one of the figures just before it, in order
    (``names``: the sentence's names so far): the i-th share is of the i-th of the last n. Not
    after an earlier 分别 list (…分别增长10.4%和9.2%，占…的比重分别为…: shares of the base only)."""
    if "分别" in text[:at]:
        return None
    group = [c for c in cands if at < c.start < _clause_end(text, at)]
    n = len(group)
    if n < 2 or cand not in group:
        return None
    names = names[: len(names) - group.index(cand)]  # (not the list's own numbers read so far)
    if len(names) < n:
        return None
    parts = names[-n:]
    if any(not p for p in parts) or (distinct and len(set(parts)) != n):
        return None  # (rates may be of one figure in two units: 19.87万笔、712.65亿元)
    return parts[group.index(cand)]
