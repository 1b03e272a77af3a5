"""The verbs of change before a number: whether they change it (增长, 下降) or end in a level
(下降至), whether the change lowers it (下降2.8% is growth of -2.8; 低于全国0.3个百分点), and the
matching of cue words that the goal, kind and rule readers share (one matcher none of them owns).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.lexicon import metric_lexicon

_FILLERS = ("了", "同比", "比上年", "较上年", "比去年", "约", "分别", "均", "都", "，", " ")


def strip_fillers(gap: str) -> str:
    changed = gap.endswith(_FILLERS)  # (one C-level test: most gaps end with none)
    while changed and gap:
        changed = False
        for f in _FILLERS:
            if gap.endswith(f):
                gap = gap[: -len(f)]
                changed = True
    return gap


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Some of ``words`` occurs in ``text`` (one regex search instead of a test per word)."""
    return _any_regex(words).search(text) is not None


def _any_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    found = _ANY.get(id(words))
    return found[1] if found is not None and found[0] is words else _compile(words, False)


def _verb_regex(verbs: tuple[str, ...]) -> re.Pattern[str]:
    found = _VERBS.get(id(verbs))
    return found[1] if found is not None and found[0] is verbs else _compile(verbs, True)


def _compile(words: tuple[str, ...], longest_first: bool) -> re.Pattern[str]:
    """The alternation of ``words``, compiled once per word tuple and kept by the tuple's
    identity (the lexicon's tuples live as long as the process): hashing a tuple of words,
    as a cache keyed by its value does, costs more than the search it serves."""
    table = _VERBS if longest_first else _ANY
    if len(table) > _MAX_REGEXES:
        table.clear()
    ordered = sorted(words, key=len, reverse=True) if longest_first else words
    pattern = "|".join(re.escape(w) for w in ordered)
    if not longest_first:
        pattern = pattern or "(?!)"  # no words: never found
    table[id(words)] = (words, re.compile(pattern))  # the tuple kept: its id stays its own
    return table[id(words)][1]


_MAX_REGEXES = 64
_ANY: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_VERBS: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def changes(gap: str, verbs: tuple[str, ...]) -> bool:
    """A change verb before the number that does not end in a level (下降至2.9% is a level).

    The words after the last change verb decide: 至/到/为 right after it make the number the
    new level, whatever stands between (由年初的3.4%下降至年底的2.9%).
    """
    found = list(_verb_regex(verbs).finditer(gap))
    if not found:
        return False
    last = found[-1]
    level = metric_lexicon().level_after
    after = gap[last.end() :]
    return not (after.startswith(level) or strip_fillers(gap).endswith(level))


def is_decline(gap: str) -> bool:
    """The verb right before the number lowers it (下降, 减少, 回落 but not 回落至)."""
    lex = metric_lexicon()
    gap = strip_fillers(gap)
    return gap.endswith(lex.decline_cues)


# A price's move of one character (漲 / 跌 in a price release) right before its rate; after a
# base compared with (比 / 较), a gap's side of one character (降幅比沿江8市低4.3个百分点).
_ONE_CHARACTER_MOVES = ("涨", "跌")
_ONE_CHARACTER_SIDES = ("低", "高")
_COMPARED_WITH = ("比", "较")


def glued_move(kept: Sequence[Tok], indicator: str, gap: str) -> tuple[str, str]:
    """The name and the gap with a one-character move the segmenter guessed into the noun
    before it (油料费跌4.6%, 居住类涨1.96%: cut 油料 / 费跌, 居住 / 类涨; 降幅比沿江8市低: 市低)
    given back to the gap, where it makes the rate a growth and 跌 signs it, as the move standing
    apart does (蔬菜跌5.3%), or 低 makes the gap to the base negative (增速比全省低0.8个百分点).
    A dictionary word (下跌, 暴涨, 提高) is no guess and is left whole."""
    moved = indicator.endswith(_ONE_CHARACTER_MOVES) or (
        indicator.endswith(_ONE_CHARACTER_SIDES) and any(w in indicator for w in _COMPARED_WITH))
    if not (kept and moved and (word := kept[-1].word).endswith(indicator[-1]) and len(word) > 1):
        return indicator, gap
    from pipelines.domain.segmentation import default_segmenter  # (only for such a name)
    if default_segmenter().has_word(word):
        return indicator, gap
    return indicator[:-1], indicator[-1] + gap


# a comparison with the year before (同比, 比上年): a change against last year's figure
AGAINST_LAST_YEAR = ("同比", "比上年", "较上年", "比去年", "较去年")


def signed_value(cand: NumberCandidate, gap: str, scope: str = "", clause_text: str = ""
                 ) -> tuple[float, float | None]:
    """The number's value and upper bound, negative after a verb of decline (下降2.8%) or as a
    gap below a named base (低于全国用电量增速0.3个百分点, 较上年度减少亏损0.2亿元), or after
    改善 of an indicator where lower is better (``scope``: the text naming what improves)."""
    value, high = cand.value, cand.value_high
    if value > 0 and (cand.unit is None if cand.category == "ratio" else True) and (
            is_decline(gap) or (_below_base(gap) and not threshold_level(gap, cand))
            or _improved_down(gap, scope)
            or (gap == "少" and _FEWER_THAN_BASE_FIGURE.search(clause_text) is not None)):
        value, high = -value, (-high if high is not None else None)
    return value, high


# what may stand between 改善 and its figure (同比改善幅度为4.4%)
_IMPROVE_TAILS = ("幅度为", "幅度是", "幅度达", "幅度", "率为", "率", "为", "了")
# words of a clause naming no measure of its own (同比改善6.2%: the clause before names it)
_NO_NAME = re.compile("同比|环比|比上年|较上年|分别|均|改善|幅度|为|了|[^\u4e00-\u9fffA-Za-z0-9.]")


def _improved_down(gap: str, scope: str) -> bool:
    """改善 right before the figure (同比改善6.2%, 分别同比改善11.3%、9.8%, 同比改善幅度为4.4%)
    of an indicator where lower is better (lexicon improve / lower_is_better, with the marts'
    targets.yaml words: 空气质量综合指数, PM2.5浓度): the indicator fell by it. Air quality
    notices rank cities by how much their pollution index improved; any other 改善 (优良天数比例
    同比改善2个百分点) is a rise. ``scope``: the figure's clause before it, then the clause
    before that when the figure's names nothing of its own (…综合指数为4.12，同比改善6.2%)."""
    if not scope:
        return False  # (the caller passes one only when 改善 is in the clause)
    lex = metric_lexicon()
    if not any(_ends_improving(text, lex.improve_cues) for text in (gap, scope)):
        return False  # (the gap: a list's verb; the text: 改善 a name took, 同比改善6.2%)
    clauses = re.split("[，,；;]", scope)
    own = clauses[-1] if clauses else ""
    named = own if _NO_NAME.sub("", own) or len(clauses) < 2 else clauses[-2] + own
    return any(w in named for w in lex.lower_is_better)


def _ends_improving(text: str, cues: tuple[str, ...]) -> bool:
    """``text`` ends with 改善 (or 改善幅度为 ...)."""
    rest = strip_fillers(text)
    for tail in _IMPROVE_TAILS:
        if rest.endswith(tail) and len(rest) > len(tail):
            rest = rest[: -len(tail)]
            break
    return rest.endswith(cues)


# A gap below another figure: 低于 / 少于 / 慢于 / 落后(于) / 不及 and the base, with no change
# of its own (低于规划确定的年均提高1.1个百分点 states the base's level) nor a 的 or 之 (低于…平均的
# 24.5%, 亦低於G7國家平均之2.5%: the base's own level) nor a bracket (低于计划目标（3%）: the
# base's value written after it); a decline right after a comparison's base (较上年度减少亏损).
_BELOW_BASE = re.compile(r"(?:低于|少于|慢于|落后于|落后|不及)[^，,；;。的之（(]+")
_OWN_CHANGE = ("提高", "增长", "下降", "上升", "减少", "增加", "降低")
_BASE_THEN_DECLINE = re.compile(
    r"(?:较|比)[^，,；;。]{1,12}?(?:减少|下降|降低)[\u4e00-\u9fff]{1,8}")


# fewer than an earlier time's figure written after it (比前年的2万8986宗少2.9%, 较上月的1500套少
# 20%): the base, its 的 and figure and measure word, then 少 (the gap) right before the number
_FEWER_THAN_BASE_FIGURE = re.compile(
    r"(?:较|比)(?:上[年月季期]|去年|前[一两三]?[年月周]?|同期|\d{4}年(?:同期)?)的"
    r"\d[\d.,万亿千]*[^\d，,；;。]{1,3}?少$")


# a limit or line named as the base (低于法定上限50%, 低於警戒線100%, read in Simplified): the
# figure after it is the limit's own level, not a gap below it (a gap in points stays one:
# 低于预期目标0.5个百分点)
_THRESHOLD_END = re.compile(r"(?:上限|下限|警戒线|控制线|红线|限值|标准值)$")


def threshold_level(gap: str, cand: NumberCandidate) -> bool:
    """The figure is the level of a limit the gap names (低于法定上限50%), no gap below it."""
    return cand.unit not in _POINTS and _THRESHOLD_END.search(gap.rstrip()) is not None


_POINTS = frozenset({"个百分点", "百分点"})


def _below_base(gap: str) -> bool:
    return bool((_BELOW_BASE.fullmatch(gap) and not any(w in gap for w in _OWN_CHANGE))
                or _BASE_THEN_DECLINE.fullmatch(gap))
