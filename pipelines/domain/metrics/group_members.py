"""Counts named by the group they are members of (…上涨的有13个, 13个设区市中有11个达到…, 其中10项
价格上涨, 超过100亿元的行业大类有3个) or by the last name's things under its verb (累计筹集6.8万套,
改造提升8.3万亩): the rules of :func:`.name_overrides.renamed` that read the rows already out and a
group's scope; and the members a state written after the group defines or bounds (留宿旅客中逗留3晚
及以上的占18.6%, 13个城市中有9个城市…超过5%), and the units an audit found at fault (5个部门超标准
列支…). Separate because they read the counts before the number, not its own words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.cleaning.script import to_simplified_aligned
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import tokens_in
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_frames import AMONG
from pipelines.domain.metrics.names_after import AGENT_MEASURES, MEMBERS_YEAR
from pipelines.domain.metrics.naming import leading_flow_verb, tail_piece
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.metrics.rows import MetricRow

VERB_TAG = "v"  # the tagger's tag of a verb
# (查价之368个项群中，价格上涨者有241项，下跌者97项: 者, "those that", as 的)
MEMBERS_OF = ("的有", "的共有", "者有", "者")


def members_named(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """A count of the members of a class (a bound's, or a state's of the group counted before)
    named by the class, not by the words after the bound or the state."""
    bounded = _bounded_class(sc, so, r)
    if bounded is not None:
        return bounded
    if sc.text.endswith(MEMBERS_OF, 0, r.pos):
        return members_name(sc.text, r.comma_start, r.pos, r.cand, so.out) or indicator
    if sc.text.endswith(AMONG_THEM, 0, r.pos):
        return members_after(sc.text, r.cand, so.out) or indicator
    if (listed := listed_members(sc.text, r.comma_start, r.cand)) is not None:
        return listed
    if sc.text.endswith(_IN_WHICH, 0, r.pos) and (state := _state_after(sc, r)):
        # 17项重要民生物资，其中10项价格上涨: the members of the group just counted that are so
        group = group_counted(so.out, r.cand)
        return f"{state}的{group}" if group else indicator
    return indicator


_IN_WHICH = "其中"
_PREDICATE_TAGS = ("v", "l")  # (价格上涨/l: jieba's idiom tag for a subject and its verb)


def _state_after(sc: SentenceScope, r: Reading) -> str:
    """What the members counted right after 其中 are, to the clause's end, when it ends with a
    verb (其中10项价格上涨: 价格上涨), not a noun of their own (其中规上企业45家), else ""."""
    end = _STATE_END.search(sc.text, r.cand.end)
    stop = end.start() if end is not None else len(sc.text)
    words = tokens_in(sc.toks, r.cand.end, stop)
    if not words or not words[-1].pos.startswith(_PREDICATE_TAGS) or (
            stop - r.cand.end > _MAX_STATE):
        return ""
    return sc.text[r.cand.end : stop]


_MEASURE_MIN = 3  # characters of the measure left after the members' noun (客流量)
_SHARE_VERB = "占"


def of_members_counted(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """A measure of the members a count just before counts (12个国家级夜间文化和旅游消费集聚区
    夜间客流量达到865.7万人次, 240个运输机场完成旅客吞吐量, 6场比赛门票收入): the members are the
    figure's scope, named by the count's row; the measure alone names it (夜间客流量)."""
    last = so.out[-1]
    members = last.indicator
    if (not members or not indicator.startswith(members) or last.unit_raw in AGENT_MEASURES
            or len(indicator) - len(members) < _MEASURE_MIN or last.unit == r.cand.unit
            or indicator.startswith(_SHARE_VERB, len(members))
            or not sc.text.startswith(members, so.end)):
        return indicator  # (156家重点景区共接待游客: firms or people counted act themselves,
        # as doers they stay; 4.12亿名驾驶人申领…，占驾驶人总数: a share of them)
    return indicator[len(members) :]


# 13个设区市中有11个达到…: the members of the group counted just before, their state after them
# (28项主要指标中，已有26项完成或提前完成: 已 says by now, as 共 says in all)
AMONG_THEM = ("中有", "中，有", "中共有", "中，共有", "中已有", "中，已有")
_STATE_END = re.compile(r"[，,；;。]")


def members_after(text: str, cand: NumberCandidate, out: Sequence[MetricRow]) -> str | None:
    """13个设区市中有11个达到省定考核要求: how many members of the group counted before are so,
    named by what they do and the group (达到省定考核要求的设区市)."""
    group = (group_counted(out, cand) or _group_written(text, cand.start)).removesuffix("中")
    end = _STATE_END.search(text, cand.end)  # (13个设区市中: 设区市)
    state = text[cand.end : end.start() if end is not None else len(text)]
    if (opening := _PERIOD_OPENING.match(state)) is not None:
        state = state[opening.end() :]  # 有61家本旬粗钢日产环比下降: when is no part of what
    if state[:2] in group:  # 41个工业行业大类中有31个行业增加值…: the group's word again
        state = state[2:]
    elif group and state[:1] == group[-1]:
        state = state[1:]  # 13个设区市中有11个市规上工业增加值…: the group's last character
    if not group or not state or len(state) > _MAX_STATE_AFTER:
        return None
    return f"{state}的{group}"


# (抽查的97家企业中，有41家存在安全培训流于形式问题: 12)
_MAX_STATE_AFTER = 14
# 在调查的21个行业中，有12个…, 抽查的97家企业中，有41家…: the group counted as a scope (no
# metric of its own)
_GROUP_WRITTEN = re.compile(
    r"[\d一二三四五六七八九十]+[个家所名户项座](?P<group>[\u4e00-\u9fff]{1,8})中[，,]?[共已]?有$")


def _group_written(text: str, pos: int) -> str:
    """The group a count of members before ``pos`` is of, as written (…21个行业中，有: 行业)."""
    found = _GROUP_WRITTEN.search(text, max(0, pos - 16), pos)
    return found.group("group") if found is not None else ""


# 在41个工业大类行业中，27个行业利润总额比上年同期增长，8个行业减亏或扭亏: a group written as
# the sentence's scope, its members counted clause by clause with the group's word
# (16个州（市）中，有11个州（市）…: a group whose word carries its levels in brackets)
_SCOPE_GROUP = re.compile(r"[\d一二三四五六七八九十]+个(?P<group>[\u4e00-\u9fff]{1,8}"
                          r"(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)中[，,]")
_SCOPE_STATE_MAX = 12  # characters of what the members are (利润总额比上年同期增长)
# … after 有 and the group's word repeated (有11个州（市）农村居民人均可支配收入增速高于全省平均
# 水平): the clause is the members' state, however long
_HAVE_STATE_MAX = 24
_MEMBERS_OWN = re.compile(f"{MEMBERS_YEAR}?的")  # (省份今年的目标…: the members' own)


def scope_members(text: str, comma_start: int, cand: NumberCandidate) -> str | None:
    """27个行业利润总额比上年同期增长, after 在41个工业大类行业中: the members of the group the
    sentence's scope names, named by their state and the group's word (利润总额比上年同期增长的
    行业); None when no such group is written before, or the count is not of its word."""
    scope = next(reversed(list(_SCOPE_GROUP.finditer(text, 0, comma_start + 1))), None)
    if scope is None:  # (the last group written before the number's clause)
        return None
    group = scope.group("group")
    # the group's word as the count repeats it: its head (行业 of 工业大类行业), or more of it
    # (设区市, 州（市）)
    word = next((group[k:] for k in range(len(group) - 1) if text.startswith(group[k:], cand.end)
                 and not group[k].startswith(("（", "("))), "")
    if not word:
        return None
    end = _STATE_END.search(text, cand.end)
    state = text[cand.end + len(word) : end.start() if end is not None else len(text)]
    # 13个省份的目标在5.5%及以上, 5个省份今年的目标低于5%: the members' own goal
    state = state[own.end() :] if (own := _MEMBERS_OWN.match(state)) else state
    have = text.endswith("有", 0, cand.start)
    if not 2 <= len(state) <= (_HAVE_STATE_MAX if have else _SCOPE_STATE_MAX):
        return None
    # (…中，有9个城市…达到: the scope's own noun, 设区城市, as session 20 names members; a
    # clause of members with no 有, 27个行业利润总额…增长, by its own word, as h78 has it)
    return f"{state}的{group if have else word}"


# a group written as a scope with any measure word (22项主要指标中，, 抽查的97家企业中，)
_ANY_SCOPE_GROUP = re.compile(r"[\d一二三四五六七八九十]+[个项家所名户座只种类](?P<group>"
                              r"[\u4e00-\u9fff]{1,8}(?:[（(][\u4e00-\u9fff、]{1,6}[）)])?)中[，,]")
# (9个县（市、区）中: the group's levels in a note, a word of its name)
_STATE_OPENERS = frozenset(("未", "不", "没有", "均"))  # (3项未达到预期)
# a state the tagger reads as a noun (…，19家持平，18家上升: those unchanged)
_STATE_WORDS = frozenset(("持平",))
# a period word opening the members' state (本旬, 本月, 本周, 同期: the time of what they did)
_PERIOD_OPENING = re.compile(r"本(?:旬|月|周|季度?|年)(?=[\u4e00-\u9fff]{2})")
_VERBAL_NOUN = "vn"  # (3项进展滞后: a verbal noun and the verb of its state)
_STATE_TAGS = ("v", "c", "d", "n", "a", "l", "u")  # a verb and its object, 或, adverbs


def any_scope_group(text: str, comma_start: int) -> str:
    """The noun of the last group written as a scope before ``comma_start``, or ""."""
    scope = next(reversed(list(_ANY_SCOPE_GROUP.finditer(text, 0, comma_start + 1))), None)
    return scope.group("group") if scope is not None else ""


def bare_state_after(sc: SentenceScope, r: Reading) -> str:
    """What the counted are, right after the count to the clause's end, when it opens with
    a verb (19项完成或超额完成, 3项未达到预期, 6项符合预期) and the count has no noun of its own
    before it in the clause; "" else."""
    text, cand = sc.text, r.cand
    if text[r.comma_start : r.pos].strip(" ，,").lstrip("预计其中") or r.listed:
        return ""
    end = _STATE_END.search(text, cand.end)
    stop = end.start() if end is not None else len(text)
    if not 2 <= stop - cand.end <= _MAX_STATE_AFTER:
        return ""
    state = text[cand.end : stop]
    words = [(t.word, t.pos) for t in tokens_in(sc.toks, cand.end, stop)]
    if tail_piece(sc.toks, cand.end):
        words = _state_tags(state)  # (3|项未|达到: the measure word glued to the state)
    if (not words or not (words[0][1] == VERB_TAG or words[0][0] in _STATE_OPENERS
                          or words[0][0] in _STATE_WORDS or (
                words[0][1] == _VERBAL_NOUN and words[-1][1] == VERB_TAG))
            or not all(tag.startswith(_STATE_TAGS) for _, tag in words)):
        return ""
    return state


def _state_tags(state: str) -> list[tuple[str, str]]:
    """The words and tags of a state alone (its first word was glued to the count's measure)."""
    from pipelines.domain.segmentation import default_segmenter  # (only for such a state)
    return [(w, t) for w, t in default_segmenter().tag(state)]


def paragraph_before(sc: SentenceScope) -> str:
    """The paragraph's text before this sentence, in Simplified script, when it writes a
    scope (…中，), else ""."""
    raw, start = sc.raw, sc.sent.raw_start
    if raw is None or not 0 < start <= len(raw):
        return ""
    before = raw[raw.rfind("\n", 0, start) + 1 : start]
    return to_simplified_aligned(before) if "中" in before else ""


def in_scope_noun(text: str, comma_start: int, indicator: str) -> str:
    """70个大中城市中，新建商品住宅销售价格环比下降的城市有56个: the members of the scope are
    named by the scope's noun (…下降的大中城市, session 20's rule), when the clause writes them
    by its shorter head (城市)."""
    scope = next(reversed(list(_ANY_SCOPE_GROUP.finditer(text, 0, comma_start + 1))), None)
    if scope is None or OF not in indicator:
        return indicator
    head, _, members = indicator.rpartition(OF)
    group = scope.group("group")
    share = _SHARE_OF if members.endswith(_SHARE_OF) and len(members) > len(_SHARE_OF) else ""
    members = members.removesuffix(share)
    if head and len(members) >= _HEAD_MIN and group != members and group.endswith(members):
        return f"{head}{OF}{group}{share}"
    return indicator


OF = "的"
_HEAD_MIN = 2  # characters of the members' head (城市)
_SHARE_OF = "占比"  # (水质优良的湖库占比: the members' share)

# a basin written before a scope's count (长江流域43个国控断面中，): the clauses the scope frames
# are the basin's (长江流域水质优良比例), a region's name a word of theirs (session 20)
_BASIN_SCOPE = re.compile(r"(?P<basin>[\u4e00-\u9fff]{1,6}(?:流域|水系))[\d一二三四五六七八九十]+"
                          r"[个条座处][\u4e00-\u9fff]{1,8}中[，,]")
_CLAUSES_END = ("；", ";")


def basin_of_scope(text: str, comma_start: int, indicator: str) -> str:
    """长江流域43个国控断面中，水质优良比例为97.7%: a figure of the clauses a basin's scope frames
    (up to the next ；) is named with the basin first, unless the name writes it."""
    if "流域" not in text and "水系" not in text:
        return indicator  # (the cheap test first)
    scope = next(reversed(list(_BASIN_SCOPE.finditer(text, 0, comma_start + 1))), None)
    if scope is None or any(e in text[scope.end() : comma_start] for e in _CLAUSES_END):
        return indicator
    basin = scope.group("basin")
    return indicator if not indicator or basin in indicator else basin + indicator


def verb_of_last(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """全省共出现轻度污染27个城市日，中度污染2个城市日: a clause that only names its thing, right
    after a count in the same unit whose name is a verb and a thing of the same kind (轻度污染,
    中度污染: one head), is counted under that verb (出现中度污染)."""
    last = so.out[-1]
    prev = last.indicator or ""
    verb = prev[: max(0, len(prev) - len(indicator))]  # (none when the name is the longer:
    # 倒塌房屋1260间，严重损坏房屋3420间 is no 倒塌 of 严重损坏房屋)
    if (not indicator or not 0 < len(verb) <= _MAX_VERB_CHARS or last.unit != r.cand.unit
            or sc.text[r.comma_start : r.pos] != indicator
            or sc.text[so.end : r.comma_start] not in _CLAUSE_JOINTS
            or prev[len(verb) :] == indicator or prev[-2:] != indicator[-2:]):
        return indicator
    tagged_verb = any(t.word == verb and t.pos.startswith("v") for t in sc.toks)
    own = tokens_in(sc.toks, r.comma_start, r.pos)
    if own and own[0].pos == VERB_TAG:
        return indicator  # 投入无偿帮扶资金4280万元，引进帮扶资金1320万元: the clause has a verb
        # of its own, the things it counts are done otherwise
    return verb + indicator if tagged_verb else indicator


_MAX_VERB_CHARS = 3


def bare_verb_on_last_object(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """受理执行案件16.42万件，执结15.96万件: a clause of a verb alone, right after a count in the
    same unit named by another verb and its object, acts on the same things: the verb and the
    object's head word (执结案件), as a court's or an office's report pairs 受理 / 办结 / 执结."""
    last = so.out[-1]
    prev = last.indicator or ""
    if (not indicator or len(indicator) > _MAX_VERB_CHARS or last.unit != r.cand.unit
            or len(prev) <= len(indicator) or sc.text[r.comma_start : r.pos] != indicator
            or sc.text[so.end : r.comma_start] not in _CLAUSE_JOINTS):
        return indicator
    own = tokens_in(sc.toks, r.comma_start, r.pos)
    if len(own) != 1 or own[0].pos != VERB_TAG:
        return indicator
    before = [t for t in tokens_in(sc.toks, last_start(sc, so), so.start) if t.word in prev]
    verb = next((i for i, t in enumerate(before) if t.pos == VERB_TAG), len(before))
    if (len(before) - verb < 2 or not before[-1].pos.startswith("n")
            or before[verb].word in _MOVES or indicator in _MOVES):
        return indicator  # (两级法院|受理|执行|案件: the verb, then its object)
    return indicator + before[-1].word


# verbs of a price's or a count's move: 下跌个股1385家，涨停56家 names the stocks by how they
# moved (下跌的个股), no deed done on them
_MOVES = frozenset(("上涨", "下跌", "上升", "下降", "增长", "减少", "增加", "涨停", "跌停", "持平"))


def last_start(sc: SentenceScope, so: SoFar) -> int:
    """Where the clause of the last number starts."""
    return so.comma if so.comma >= 0 else 0


def bare_verb_of_last(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """全市筹集保障性租赁住房1.2万套（间），今年以来累计筹集6.8万套（间）: a name that is only the
    verb the last name (in the same unit) opens with counts the same things done."""
    last = so.out[-1]
    prev = last.indicator or ""
    if (not indicator or len(indicator) > _MAX_VERB_CHARS or len(prev) <= len(indicator) + 1
            or not prev.startswith(indicator) or last.unit != r.cand.unit):
        return indicator
    tagged_verb = any(t.word == indicator and t.pos == "v" for t in sc.toks)
    return prev if tagged_verb else indicator


_CLAUSE_JOINTS = frozenset(("，", ","))
# …超过100亿元的行业大类有, …超过70%的有, …的日子共有: a class a bound defines, counted
# (…超过100万辆的城市达98个, …超过1000万元的网店1260家: the class noun, then its count)
_CLASS_AFTER_BOUND = re.compile(r"的([\u4e00-\u9fff（）()、]{0,8}?)共?有"
                                r"|的([\u4e00-\u9fff]{1,6}?)(?:达到|达|为)?")
BOUNDS = frozenset(("over", "at_least", "at_most", "break_through"))
_COUNT = "count"


def _bounded_class(sc: SentenceScope, so: SoFar, r: Reading) -> str | None:
    """经费投入超过100亿元的行业大类有3个: the count of the class the bound just before it (in its
    clause) defines, named by the bounded figure, the bound and the class (经费投入超过100亿元的
    行业大类); 城镇化率超过70%的有5个 (no class noun): the group counted before (县（市、区）)."""
    last = so.out[-1]
    if so.comma != r.comma_start or last.qualifier not in BOUNDS:
        return None
    found = _CLASS_AFTER_BOUND.fullmatch(sc.text, so.end, r.pos)
    if found is None or (found.group(2) and r.cand.category != _COUNT):
        return None  # (…超过1000万元的企业营业收入达…: an amount of the class, not its count)
    noun = found.group(1) or found.group(2) or group_counted(so.out, r.cand)
    if not noun:
        return None
    # (成交价在300万澳门元或以下的住宅单位: the 在 between the measure and its bound kept)
    at = _AT if sc.text.endswith(_AT, 0, so.start) and last.indicator else ""
    return f"{last.indicator or ''}{at}{sc.text[so.start : so.end]}的{noun}"


_AT = "在"


def group_counted(out: Sequence[MetricRow], cand: NumberCandidate) -> str | None:
    """The things the last count of the sentence in the number's unit counted (21个地级以上市:
    地级以上市), or None."""
    group = next((m.indicator for m in reversed(out)
                  if m.unit == cand.unit and m.kind == "count_total" and m.indicator), None)
    return group.rpartition("的")[2] if group is not None else None


def members_name(text: str, comma_start: int, pos: int, cand: NumberCandidate,
                 out: Sequence[MetricRow]) -> str | None:
    """21个地级以上市中，CPI同比上涨的有13个，持平的有3个: how many members of the group counted
    before in the sentence are so, named by what they are and the group (持平的地级以上市)."""
    state = text[comma_start:pos].strip(" ，,")
    ending = next(w for w in MEMBERS_OF if state.endswith(w))
    scope = next(reversed(list(_SCOPE_GROUP.finditer(text, 0, comma_start + 1))), None)
    # (70个大中城市中，…的城市有56个，…；持平的有4个: the scope's noun names the members, as
    # session 20 settled; 368个项群中，…上涨者有241项: counted in another measure)
    group = scope.group("group") if scope is not None else (
        group_counted(out, cand) if ending != _ONES_WHO else None)
    state = state[: -len(ending)]
    if group is None or not state or len(state) > _MAX_STATE or any(
            group + w in text for w in MEMBERS_OF):
        return None  # (之前从事建筑业的有1,300人，从事…的有1,100人: the last count is a member's,
        # no group)
    return f"{state}的{group}"  # (持平的有3个 after 上涨的有13个: the group)


_MAX_STATE = 10
_ONES_WHO = "者"


def own_verb_of_last(text: str, item_start: int, pos: int, last: str) -> str:
    """新建高标准农田12.5万亩、改造提升8.3万亩: an item that is only another flow verb (its own
    words before the number) counts the last name's thing under that verb (改造提升高标准农田),
    not the last name's own flow (新建)."""
    own = _without_prefix_words(text[item_start:pos].strip("、，, "))
    verb, last_verb = leading_flow_verb(own), leading_flow_verb(last)
    if (not verb or not last_verb or verb == last_verb or len(own) > _MAX_VERB
            or not all("\u4e00" <= c <= "\u9fff" for c in own)):
        return last
    return own + last[len(last_verb) :]


def _without_prefix_words(words: str) -> str:
    """力争累计建成 -> 建成: a goal's and a total's words before a verb (prefix words) dropped."""
    prefixes = metric_lexicon().prefix_words
    while (w := next((p for p in prefixes if words.startswith(p) and len(words) > len(p)),
                     None)) is not None:
        words = words[len(w) :]
    return words


_MAX_VERB = 6
_MEMBERS_SO = re.compile(r"(?<=[\u4e00-\u9fff])(?<!其)中(?P<state>[^，,；;。：:中]{2,14}?)"
                         r"(?:的|者)(?:占|佔)$")
_GROUP_MIN = 2  # characters of the group before its 中 (留宿旅客)


def members_defined(sc: SentenceScope, r: Reading, indicator: str) -> str:
    """The name of the group's members in a state when the clause reads 留宿旅客中逗留3晚及以上的
    占 (group, 中, state, 的 and the share, no comma between): 逗留3晚及以上的留宿旅客; empty
    when the clause does not read so or the name is not the group and the state."""
    found = _MEMBERS_SO.search(sc.text, r.comma_start, r.pos)
    if found is None:
        return ""
    state = found.group("state")
    tail = AMONG + state
    if not indicator.endswith(tail) or len(indicator) - len(tail) < _GROUP_MIN:
        return ""
    return f"{state}的{indicator[: -len(tail)]}"


# a count the clause opens with by 有 (有9个, 已有5省), then what the members are: their noun
# (or a note on the count's measure, 省（区）), their measure and a bound it passes with its figure
_HAVE_BEFORE = re.compile(r"(?:^|[，,；;])\s*(?:其中)?(?:全国|全省|全市|全县|全区)?"
                          r"(?:已|共|则)?有$")
_BOUNDED_STATE = re.compile(
    r"(?P<note>[（(][\u4e00-\u9fff、]{1,6}[）)])?(?P<state>[^，,；;。：:]{2,20}?"
    r"(?:超过|突破|达到|高于|低于|不足|不到|在)[\d.]+[^\d，,；;。：:]{0,6})(?=[，,；;。]|$)")


def members_bounded_after(sc: SentenceScope, r: Reading) -> str:
    """The class a count after 有 counts, named by the state written after the count (a measure
    past a bound) and the members' noun (the scope's group, or the count's measure with its note):
    小麦平均亩产超过450公斤的县（市、区）; "" else."""
    text = sc.text
    if r.cand.category != _COUNT or r.listed or _HAVE_BEFORE.search(
            text, max(r.comma_start - 1, 0), r.pos) is None:
        return ""
    found = _BOUNDED_STATE.match(text, r.cand.end)
    if found is None:
        return ""
    state, group = found.group("state"), any_scope_group(text, r.comma_start)
    if found.group("note"):
        group = (r.cand.unit_raw or "")[-1:] + found.group("note")
    elif group and state.startswith(group):
        state = state[len(group) :].removeprefix(OF)  # (有26个省份的GDP增长目标不低于5%)
    return f"{state}的{group}" if group and len(state) > 2 else ""


_MONEY = "currency"
# the units an audit counts at fault (5个部门…, 3家单位…, 73户…的家庭…, 11个产业项目…)
_FAULT_UNITS = ("部门", "单位", "企业", "公司", "项目", "机构", "家庭", "学校", "医院", "乡镇")
_FAULT_NOUN_MAX = 6  # characters: the counted noun (产业项目, 二级单位) before its finding
_FINDING = re.compile(r"[^，,；;。]{2,20}")


def at_fault(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """An audit's count of units found at fault (5个部门超标准列支会议费, 3家单位违规发放…,
    73户不符合条件的家庭违规享受…) is named by the counted noun (部门, as the held-out README's
    audit convention says): the finding is no part of how many units; an amount after it
    with no name of its own (6个项目工程款未及时拨付，共计4125万元) is the finding's
    (工程款未及时拨付)."""
    text, cand = sc.text, r.cand
    if cand.category == _COUNT:
        cut = next((i for i in range(2, min(len(indicator) - 1, _FAULT_NOUN_MAX) + 1)
                    if indicator[:i].endswith(_FAULT_UNITS)), 0)
        return indicator[:cut] if cut and indicator[:cut] in text[cand.end : cand.end + 12] else (
            indicator)
    if (cand.category == _MONEY and not r.own and so.out and so.out[-1].indicator == indicator
            and indicator in _FAULT_UNITS and (at := text.find(indicator, so.end, r.pos)) >= 0
            and (finding := _FINDING.match(text, at + len(indicator))) is not None
            and finding.end() <= r.comma_start):
        return finding.group()
    if (so.out and so.comma == r.comma_start and (units := so.out[-1].indicator or "")
            and units.endswith(_FAULT_UNITS) and so.out[-1].unit != cand.unit
            and indicator.startswith(units) and len(indicator) - len(units) >= 2):
        # 2家市属国有企业少上缴利润1260万元: the units counted at fault just before the amount
        # are no part of the finding's name (少上缴利润)
        return indicator[len(units) :]
    return indicator


# a list of the year's items set before its members are counted (年度计划确定了16项主要指标，
# 预计12项完成或超额完成，4项未完成): group 1 the measure word, 2 the items
LISTED_SCOPE = re.compile(r"(?:确定|列入|设定|设置|提出|明确)(?:了|的)?[\d一二三四五六七八九十]+"
                          r"([项个])([\u4e00-\u9fff]{2,8})[，,]")
LISTED_OPENERS = frozenset({"", "预计", "有", "共有", "已有"})
_LISTED_CHARS = 48


def listed_scope(text: str, comma_start: int, cand: NumberCandidate) -> re.Match[str] | None:
    """The list set before the count's clause whose members it counts (the count opens its clause
    after 预计 / 有 at most, in the list's measure word), or None."""
    if comma_start == 0 or text[comma_start:cand.start] not in LISTED_OPENERS or (
            "确" not in text and "列入" not in text and "设" not in text and "提出" not in text
            and "明确" not in text):
        return None
    found = next(reversed(list(LISTED_SCOPE.finditer(
        text, max(0, comma_start - _LISTED_CHARS), comma_start))), None)
    return found if found is not None and found.group(1) == (cand.unit_raw or "") else None


def listed_members(text: str, comma_start: int, cand: NumberCandidate) -> str | None:
    """预计12项完成或超额完成 after 确定了16项主要指标: the members named by their state and the
    list's items (完成或超额完成的主要指标)."""
    scope = listed_scope(text, comma_start, cand)
    if scope is None:
        return None
    end = _STATE_END.search(text, cand.end)
    state = text[cand.end : end.start() if end is not None else len(text)]
    if not state or len(state) > _MAX_STATE_AFTER:
        return None
    return f"{state}的{scope.group(2)}"
