"""What a count counts: a noun before or after the number, the verb that governs it (a flow
verb, a causative), a head noun shared by a list of counts, a count that frames a plan."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import ITEM_MARKS, Tok, clause_end
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.place_names import is_place_token
from pipelines.domain.metrics.rows import MetricRow


def noun_before(toks: Sequence[Tok], pos: int, unit: str | None = None) -> bool:
    """A word that can be counted ends right before ``pos`` (公交线路22条, 动车超过110对), or a
    verb closing on the measure word itself (村企结对94对, 结对帮扶…配对36对: the pairs it
    makes)."""
    before = [t for t in toks if t.end <= pos]
    if not before:
        return False
    last = before[-1]
    if last.word in _CLOSING_BRACKETS:  # 新开通线路（段）3条: an aside on the name closes it
        before = _before_aside(before)
        if not before:
            return False
        last = before[-1]
    if (last.word in metric_lexicon().qual_before or last.word in _LINKS) and len(before) > 1:
        last = before[-2]
    if last.word in _RUNNING_TOTAL:
        return True  # 累计达到8.6万条: a running total of what the clause before counts
    if last.word in _SHOW_ENDS:
        return True  # 其中原创|展21档, 常设|展28档: an exhibition's 展, cut off and tagged a verb
    if unit and last.pos.startswith("v") and len(last.word) > 1 and last.word.endswith(unit):
        return True  # 新增村企结对94对: the verb's own object counted by its measure word
    if last.pos.startswith("v") and _after_light_verb(before):
        return True  # 办理离婚登记15.2万对: the verb is a deed a light verb takes as its object
    if last.word in _ADDING_VERBS and _topic_counted(before[:-1]):
        return True  # 公交线路将新增12条: the clause's topic is what the verb adds
    return not last.pos.startswith(_NOT_COUNTED_POS) and not last.word.endswith("了")


# verbs that add to what the clause's topic counts (公交线路将新增12条, 列车增开36对)
_ADDING_VERBS = frozenset(("新增", "增开", "开通", "新开", "新建", "建成", "开行", "增加"))
# adverbs between the topic and the verb (将, 已, 再, 又, 还, 共)
_TOPIC_ADVERBS = frozenset(("将", "已", "已经", "再", "又", "还", "共", "共计", "拟"))
# a scope or its speaker, no thing counted (全市新增12条, 我市, 本县)
_SCOPE_FIRSTS = ("全", "我", "本")


def _topic_counted(before: Sequence[Tok]) -> bool:
    """The last words before an adding verb are a noun that a measure word can count, a few
    adverbs after it allowed (公交线路|将|新增); not a place or a scope (全市新增12条)."""
    k = len(before) - 1
    while k >= 0 and before[k].word in _TOPIC_ADVERBS:
        k -= 1
    if k < 0:
        return False
    noun = before[k]
    return (noun.pos.startswith("n") and not noun.word.startswith(_SCOPE_FIRSTS)
            and not is_place_token(noun.word))


_NOT_COUNTED_POS = ("v", "u", "d", "p", "c", "m", "r", "x", "w")
# an exhibition's or a show's last character cut off a name (原创|展, 常设|展, 巡|演): the noun
_SHOW_ENDS = frozenset(("展", "演"))
# a running total's adverb right before the count (its noun elided, the clause before's)
_RUNNING_TOTAL = frozenset(("累计", "累积", "总计"))
# a link word between a count's name and its value (结婚对数为10,268对, 公交线路为22条)
_LINKS = frozenset(("为", "為", "是"))
# verbs whose object is a deed written as a verb (办理离婚登记, 开展抽检, 完成审批): the deed is
# what the count after it counts, a noun in that place
_LIGHT_VERBS = ("办理", "辦理", "开展", "開展", "进行", "進行", "完成")
_LIGHT_VERB_REACH = 3  # (办理 离婚 登记: the deed's words between the light verb and the count)


_CLOSING_BRACKETS = frozenset(("）", ")"))


def _before_aside(before: Sequence[Tok]) -> Sequence[Tok]:
    """The tokens before the bracket that the last token closes (none if it opens nowhere)."""
    for i in range(len(before) - 2, -1, -1):
        if before[i].word in ("（", "("):
            return before[:i]
    return ()


def _after_light_verb(before: Sequence[Tok]) -> bool:
    """A light verb stands a few words before the verb ending ``before``, in its clause."""
    for tok in before[-_LIGHT_VERB_REACH - 1 : -1][::-1]:
        if tok.pos.startswith(("x", "w")):
            return False
        if tok.word.endswith(_LIGHT_VERBS):  # (依法办理: jieba glues a frame word to it)
            return True
    return False


_VERB_JOINTS = ("及", "和", "与", "并", "、")


def _governing_verb(text: str, start: int, pos: int, verbs: tuple[str, ...]) -> str:
    """The verb of ``verbs`` that governs a count: written right before it (建成100个), or
    before a list of examples closed by 等 (建设天眉乐等6条, 推动A、B等10大)."""
    clause = text[start:pos].replace(" ", "").replace("\n", "")
    if clause.endswith(verbs):
        verb = next(v for v in verbs if clause.endswith(v))
        head = clause[: -len(verb)]
        joint = next((j for j in _VERB_JOINTS if head.endswith(j)), "")
        first = next((v for v in verbs if head[: len(head) - len(joint)].endswith(v)), "")
        return f"{first}{joint}{verb}" if joint and first else verb  # 兴建及维修1250所: both
    if not clause.endswith("等") or not any(v in clause for v in verbs):
        return ""
    lex = metric_lexicon()
    changed = clause.startswith(lex.prefix_words)  # (one C-level test: most open with none)
    while changed:
        changed = False
        for w in lex.prefix_words:
            if clause.startswith(w) and not clause.startswith(verbs):
                clause, changed = clause[len(w) :], True
    return next((v for v in verbs if clause.startswith(v)), "")


def flow_verb_before(text: str, start: int, pos: int) -> str:
    return _governing_verb(text, start, pos, metric_lexicon().flow_verbs)


def after_causative(text: str, start: int, pos: int, kept: Sequence[Tok]) -> bool:
    """A causative verb governs the count: 推动23座…, 推动核聚变能、量子科技等10大…"""
    return bool(_governing_verb(text, start, pos, metric_lexicon().causative_verbs))


def caused_event(text: str, pos: int, noun: str) -> str:
    """The rest of the clause after a caused count: its noun and what happens to it."""
    end = clause_end(text, pos, ITEM_MARKS)
    if (figure := _NEXT_FIGURE.search(text, pos, end)) is not None:
        # (督促1,184户用人单位补发…工资差额共计3,260万元: the event stops before the next
        # figure and its frame word, the amount the event moved)
        end = figure.start()
    event = re.sub(r"[\s“”\"‘’《》]", "", text[pos:end])
    measures = metric_lexicon().measure_chars
    # (the measure word of a count without one in its quote goes; after 1860个 the noun starts:
    # 人民调解组织 keeps its 人)
    event = event.lstrip(" " if text[pos - 1 : pos] in measures else measures)
    if noun.endswith(event) or len(event) > metric_lexicon().indicator_max_chars:
        return ""
    verb = next((v for v in metric_lexicon().flow_verbs if noun.startswith(v)), "")
    return verb + event


# the next figure in a caused count's clause, with the total's or the bound's word before it
# (not 支持200个左右城市各建设1—2个…中心: a figure of the event itself, no total's word)
_NEXT_FIGURE = re.compile(r"(?:共计|合计|总计|累计|共)[\d０-９]")


def scopes_plan(clause: str) -> bool:
    """围绕/聚焦… + a count: the count frames a plan (its fields, tasks), it is not a goal.

    The scope verb leads the clause: only a cue or time word (要, 下半年要) may come before it.
    """
    regex, longest = _scope_regex()
    clause = clause.strip()
    # the first scope verb, searched only where one starting within the lead can lie
    found = regex.search(clause, 0, _SCOPE_LEAD + longest)
    return found is not None and found.start() <= _SCOPE_LEAD


@cache
def _scope_regex() -> tuple[re.Pattern[str], int]:
    """The scope verbs as one alternation, and the longest one's length."""
    verbs = metric_lexicon().scope_verbs
    if not verbs:
        return re.compile("(?!)"), 0
    return re.compile("|".join(re.escape(v) for v in verbs)), max(map(len, verbs))


_SCOPE_LEAD = 6


def share_heads(
    out: list[MetricRow], counts: Sequence[tuple[int, NumberCandidate, str]], text: str
) -> list[MetricRow]:
    """1个万亿级、10个千亿级和9个国家级产业集群: the last item's head noun is shared."""
    suffixes = metric_lexicon().modifier_suffixes
    for (i, a, ind_a), (j, b, _) in zip(reversed(counts[:-1]), reversed(counts[1:]), strict=True):
        between = text[a.end : b.start].strip()
        noun_b = out[j].indicator or ""
        if (
            j != i + 1 or not between or between[-1] not in "、和及与"
            or not ind_a.endswith(between[:-1].strip() or "\0")
            or not ind_a.endswith(suffixes)
        ):
            continue
        cut = next((k + 1 for k, ch in enumerate(noun_b) if ch in suffixes), 0)
        if 0 < cut < len(noun_b):
            out[i] = out[i].model_copy(update={"indicator": ind_a + noun_b[cut:]})
    return out
