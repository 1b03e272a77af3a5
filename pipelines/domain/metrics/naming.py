"""Words that name a figure or do not: flow verbs leading a name, the pieces of a word a
number's quote cuts, the noun a share is of, a name that only points back at the last one."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Tok, Toks
from pipelines.domain.metrics.lexicon import metric_lexicon

# a length of time alone (连续12年稳定在…: 12年) names nothing that is measured
_TIME_ONLY = re.compile(r"[\d〇零一二两三四五六七八九十百]+(?:个)?(?:年|月|季度|天|周)")


def no_name(indicator: str) -> bool:
    """An indicator that is only a link or prefix word of the lexicon (实现, 提升, 达到) or a
    length of time."""
    return indicator in _verb_words() or _TIME_ONLY.fullmatch(indicator) is not None


@cache
def flow_words() -> frozenset[str]:
    lex = metric_lexicon()  # (净增 alone, 比上年末净增39.5万个, names nothing either)
    return frozenset(lex.flow_verbs) | lex.net_change_words


@cache
def _verb_words() -> frozenset[str]:
    lex = metric_lexicon()
    return frozenset(lex.link_words) | frozenset(lex.prefix_words)


def noun_follows(text: str, pos: int) -> bool:
    """A noun (CJK text, possibly quoted) starts right after the number's quote."""
    rest = text[pos : pos + 2].lstrip(" “\"《")
    return bool(rest) and ("\u4e00" <= rest[0] <= "\u9fff") and rest[0] not in _NOT_NOUN_START


_START = attrgetter("start")
_NOT_NOUN_START = set("的是和与及或等在为以从到至比较")
# nouns after X%的 that say what kind of figure it is, not what it is a share of (增长5%的目标)
SHARE_NOT_NOUNS = frozenset(("目标", "水平", "速度", "幅度", "增幅", "增速", "比例", "比重",
                             "份额", "任务", "要求", "标准", "预期", "左右"))


def changes_before(gap: str) -> bool:
    """A verb of change or a link right before the number (增长5%的, 达到30%的, 占): the number
    is a rate or a level of the name before, whatever follows it."""
    return any(w in gap for w in _LINKS_BEFORE_SHARE) or any(
        w in gap for w in metric_lexicon().growth_cues)


_LINKS_BEFORE_SHARE = ("达", "为", "是", "占", "超", "逾", "近", "约")
# the noun a share written before it is of: up to the next item or clause mark (…的城镇就业)
SHARE_OF = re.compile(r"[\u4e00-\u9fff]+?(?=[、，,；;。和及与：:（(]|$)")

_TOTAL_WORDS = frozenset({"总数", "总量", "总规模", "总额"})
_AS_MUCH_AS = "相当于"


def of_last(indicator: str, last: str, cand: NumberCandidate, text: str) -> str:
    """A name that only points back at the last one named: 总数达到10300家 after
    新增国家高新技术企业1800家 is the total of those (国家高新技术企业总数: the flow verb is
    not the total's); 相当于地区生产总值的3.27% after an amount is that amount's share of the
    base (R&D经费支出占地区生产总值比重), and so is 占地区生产总值的比重为24.6% (a share whose
    part is not named is the last thing's)."""
    if indicator in _TOTAL_WORDS:
        return last[len(leading_flow_verb(last)) :] + indicator
    if (indicator.startswith(_AS_MUCH_AS) and len(indicator) > len(_AS_MUCH_AS)
            and cand.category == "percent" and text.endswith("的", 0, cand.start)):
        return f"{last}占{indicator[len(_AS_MUCH_AS) :]}比重"
    if (indicator.startswith("占") and cand.unit == "%" and len(indicator) > 1
            and not last.startswith("占") and "占" not in last):
        # 金融业增加值1200亿元，占地区生产总值的比重为24.6%: the share is of the last thing
        # named (金融业增加值占地区生产总值的比重), not of nothing
        return last + indicator
    return indicator


def leading_flow_verb(text: str) -> str:
    """The first flow verb (in the lexicon's order) that ``text`` starts with, else ""."""
    found = _flow_verb_regex().match(text)
    return found.group() if found is not None else ""


@cache
def _flow_verb_regex() -> re.Pattern[str]:
    """The flow verbs as one alternation in the lexicon's order: a match at the start is the
    first verb of that order the text starts with (alternatives are tried in turn)."""
    verbs = metric_lexicon().flow_verbs
    return re.compile("|".join(re.escape(v) for v in verbs) if verbs else "(?!)")


def _last_starting_before(toks: Sequence[Tok], pos: int) -> int:
    """Index of the last token starting at or before ``pos`` (-1 if none)."""
    if isinstance(toks, Toks):
        return bisect_right(toks.starts, pos) - 1
    return bisect_right(toks, pos, key=_START) - 1


def head_piece(toks: Sequence[Tok], start: int, pos: int) -> list[Tok]:
    """The part before ``pos`` of a word the number's quote cuts (办结率|达100%)."""
    i = _last_starting_before(toks, pos)
    if i >= 0 and toks[i].start < pos < toks[i].end and toks[i].start >= start:
        t = toks[i]
        return [Tok(t.word[: pos - t.start], t.pos, t.start, pos)]
    return []


def tail_piece(toks: Sequence[Tok], pos: int) -> list[Tok]:
    """The part after ``pos`` of a word the number's quote cuts (18|项可感 -> 可感)."""
    i = _last_starting_before(toks, pos)
    if i >= 0 and toks[i].start < pos < toks[i].end:
        t = toks[i]
        return [Tok(t.word[pos - t.start :], t.pos, pos, t.end)]
    return []


def plain_list(text: str, start: int, end: int) -> bool:
    """``A、B`` before a number names one thing when no item has its own verb or number."""
    part = text[start:end]
    return "、" in part and len(part) <= metric_lexicon().indicator_max_chars + 4
