"""Bounds written away from their number: before the verb of a count or grant (至少新创建1家),
before the base of a share (不超过…的20%), 约占 across the words of a base."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.lexicon import metric_lexicon

ABOUT_SHARE = ("约占", "大约占", "約佔", "約占")


def _about_share_inside(text: str, start: int, end: int) -> str | None:
    """约 (大约, 約) right before the 占 of a share inside the clause, after the part's name
    (余粮约占秋粮总产量的), or None."""
    at = max(text.rfind(w, start + 1, end) for w in ABOUT_SHARE)
    if at <= start:
        return None
    if text.startswith("大", at - 1) and at - 1 > start:
        at -= 1  # (大约占: the whole hedge)
    word = next(w for w in ABOUT_SHARE if text.startswith(w, at))
    return word[:-1]
# a bound written before the base of a share (不超过新车发票金额的20%, 按不低于所在地土地等别对应
# 全国工业用地出让最低价标准的70%确定: a base of many words), or the level a share reaches (新车
# 销量达到汽车新车总销量的51.6%; not the 达 of 发达 or 到达)
BOUND_BEFORE_BASE = re.compile(r"(不超过|不高于|不低于|不少于|不足|不到|最高|最多|至少)"
                               r"[^，,。；;]{1,24}的$"
                               r"|(达到|(?<![发到表抵下])达)[^，,。；;]{1,15}的$")


def qualifier_before_verb(text: str, pos: int) -> tuple[str, str | None]:
    """至少新创建 1 家, 最高可获60万元: a bound written before the verb of the count, or of a
    grant, still bounds it."""
    lex = metric_lexicon()
    before = text[max(0, pos - 10) : pos].replace(" ", "").replace("\n", "")
    if not before.endswith(lex.bound_verbs):
        return "none", None
    for verb in lex.bound_verbs:
        if before.endswith(verb):
            head = before[: -len(verb)]
            word = next((q for q in lex.qual_before if len(q) > 1 and head.endswith(q)), None)
            if word is not None:
                return lex.qual_before[word], word
    return "none", None


# what parts the numbers of a list (32小时、1.2小时以内): nothing else between them
_LIST_JOINTS = frozenset(("、", "和", "及", "与", "或"))


def list_closing_bound(text: str, cand: NumberCandidate, cands: Sequence[NumberCandidate]
                       ) -> tuple[str, str | None]:
    """分别压缩至32小时、1.2小时以内: a bound written after the last number of a 分别 list (以内,
    以上, 左右) holds for each number of the list, as one written before the first does."""
    last = cand
    for nxt in cands[cands.index(cand) + 1 :]:
        if text[last.end : nxt.start] not in _LIST_JOINTS:
            break
        last = nxt
    if last is cand:
        return "none", None
    after = metric_lexicon().qual_after
    word = next((w for w in sorted(after, key=len, reverse=True)
                 if text.endswith(w, 0, last.end)), None)
    return (after[word], word) if word is not None else ("none", None)


_REACH = ("达到", "达")
# the base of a plan's completion (达全年预算数的97.6%, 达到年度计划的103%)
_PLAN_BASES = ("预算的", "预算数的", "计划的", "目标的", "任务的")

# a level reached, then the unit it is set per (达到每人每年700元, 达每千人口4.6张)
_REACH_PER_UNIT = re.compile(r"(达到|(?<![发到表抵下])达)(?:每[\u4e00-\u9fff]{1,3}?){1,2}$")
_ABOUT_OF_BASE = re.compile(r"(?:大约|约)为[^，；。\d]{1,10}的$")
_REACHES = "reach"
_CAP_REACHED = ("最高可", "最多可", "最高")  # (before 达: 最高可达144万元)
# a cap named before the number (贷款最高额度80万元, 最高贷款额度, 最高限额), or a rate raised to
# a cap (育儿津贴每月最高提高至7,000元): at most
_CAP_NAMED = re.compile(r"最高(?:(?:贷款)?(?:额度|限额)(?:为|是)?|(?:提高|调高|上调|提升)[至到])$")


# a comparison's word before a standard it names (低于4.5个的标准值, 高于8公里/平方公里的标准)
_COMPARED = frozenset({"低于", "高于", "超过", "超", "优于"})
_STANDARD_AFTER = re.compile(r"的(标准值|國家標準|国家标准|标准)")


def compared_standard(text: str, cand: NumberCandidate) -> str | None:
    """The word naming a standard a level is compared with right after the number (托位数为3.9个，
    低于4.5个的标准值: 标准值), else None: the number is that standard."""
    if cand.qualifier_text not in _COMPARED:
        return None
    found = _STANDARD_AFTER.match(text, cand.end)
    return found.group(1) if found is not None else None


def compared_standard_name(text: str, cand: NumberCandidate, indicator: str | None
                           ) -> str | None:
    """``indicator`` ended with the standard's word when the number is a standard a level is
    compared with (每千人口…托位数 -> 每千人口…托位数标准值, as a table's 标准值 column)."""
    word = compared_standard(text, cand)
    if word is None or not indicator or indicator.endswith(word):
        return indicator
    return indicator + word


def qualify(text: str, cand: NumberCandidate, indicator: str, listed: bool, comma_start: int
            ) -> tuple[str, str | None, str]:
    """The number's bound (about, at least, at most...) when its quote holds none, written away
    from it; and the name without the bound's words."""
    qualifier, qualifier_text = cand.qualifier, cand.qualifier_text
    if compared_standard(text, cand) is not None:
        # 托位数为3.9个，低于4.5个的标准值: the level is compared with the standard, which 低于
        # does not bound (the name is the standard's: :func:`compared_standard`)
        return "none", None, indicator
    if qualifier == _REACHES and text.endswith(_CAP_REACHED, 0, cand.start):
        # 最高可达144万元: the most it may reach, a cap, not a level reached
        cap = next(w for w in _CAP_REACHED if text.endswith(w, 0, cand.start))
        return "at_most", cap + (qualifier_text or ""), indicator
    if qualifier != "none" or cand.ordinal:  # (a rank holds no bound written away from it)
        return qualifier, qualifier_text, indicator
    lex = metric_lexicon()
    lo = max(0, cand.start - 8)
    if text.find("最高", lo, cand.start) >= 0 and _CAP_NAMED.search(text, lo, cand.start):
        # 个人住房贷款最高额度80万元: a cap named before the number
        at = indicator.rfind("最高")
        return "at_most", "最高", indicator[:at] + indicator[at + 2 :] if at >= 0 else indicator
    qualifier, qualifier_text = qualifier_before_verb(text, cand.start)
    if qualifier == "none" and (reach := _REACH_PER_UNIT.search(text, comma_start, cand.start)):
        # 达到每人每年700元: the level reached, across the unit it is set per
        qualifier, qualifier_text = "reach", reach.group(1)
        at = indicator.rfind(qualifier_text) if indicator else -1
        if at > 0 and indicator[at + len(qualifier_text) :].startswith("每"):
            indicator = indicator[:at]  # (床位数达每千人口: the name before the verb)
    elif qualifier == "none" and text.startswith(("约为", "大约为"), comma_start) and (
            _ABOUT_OF_BASE.match(text, comma_start, cand.start)):
        # 约为正常的1.6倍: 约 bounds the multiple, across the words of its base
        qualifier, qualifier_text = "about", text[comma_start : text.index("为", comma_start)]
    elif qualifier == "none" and text.startswith(ABOUT_SHARE, comma_start):
        # 约占全省产量的三分之一: 约 bounds the share, across the words of its base
        qualifier, qualifier_text = "about", text[comma_start : text.index("占", comma_start)]
    elif qualifier == "none" and text.endswith("的", 0, cand.start) and (
            inside := _about_share_inside(text, comma_start, cand.start)) is not None:
        # 农户手中余粮约占秋粮总产量的45%: 约 bounds the share after the part's name, across the
        # words of its base; the name is the part's and its base's (X占Y), 约 no word of it
        qualifier, qualifier_text = "about", inside
        if indicator and inside + "占" in indicator:
            indicator = indicator.replace(inside + "占", "占", 1)
    elif qualifier == "none" and cand.category == "percent" and text.endswith(
            "的", 0, cand.start):
        bound = BOUND_BEFORE_BASE.search(text, comma_start, cand.start)
        word = None if bound is None else bound.group(1) or bound.group(2)
        if word in _REACH and text.endswith(_PLAN_BASES, 0, cand.start):
            word = None  # 达全年预算数的97.6%: how much of a plan is done, no level reached
        if word is not None:  # 补贴资金不超过新车发票金额的20%: the bound holds
            qualifier_text = word  # across the share's base
            qualifier = lex.qual_before[qualifier_text]
            if indicator and qualifier_text in indicator:
                indicator = indicator[: indicator.index(qualifier_text)] or indicator
    if qualifier_text and indicator and not listed:
        # 每间企业最高可获60万元: the bound and the grant verb are no part of the name
        at = indicator.rfind(qualifier_text)
        if at > 0 and indicator[at + len(qualifier_text) :] in lex.grant_verbs:
            indicator = indicator[:at]
    return qualifier, qualifier_text, indicator
