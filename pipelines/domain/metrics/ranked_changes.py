"""Changes ranked in a list of places with each one's figure in brackets
(``改善幅度居前三位的为淮安（9.6%）、泰州（8.7%）``, ``增幅居前两位的是南通（9.6%）``):
each figure is the change of its place (the subject), of the measure the sentence named
before the ranking, not a share named by the place."""

from __future__ import annotations

import re

from pipelines.domain.metrics.lexicon import metric_lexicon

# the ranking's head: the size of a change, then its rank in a class (居前三位的为, 排名前3的是)
_HEAD = re.compile(r"(?P<size>改善幅度|增幅|涨幅|升幅|降幅|跌幅|增速)(?:居|排名?|位居|位列)?"
                   r"(?:前|后)(?:[一两二三四五六七八九十]|\d{1,2})(?:位|名)?的(?:城市|设区市|地区)?"
                   r"(?:为|是|依次为|依次是|分别为|分别是|有)")
_SIZE_CHARS = frozenset("幅速")
# (、泰州（: the place before the bracket)
_ITEM_BETWEEN = re.compile(r"[^，,；;。（）()]{1,8}[（(]$")
_LIST_REACH = 60
_FALLS = ("降幅", "跌幅")
_IMPROVES = "改善幅度"


def ranked_change(text: str, pos: int) -> re.Match[str] | None:
    """The ranking head a bracketed % figure at ``pos`` belongs to (no clause mark between but
    the list's 、 and its brackets)."""
    if pos < 1 or text[pos - 1] not in "（(" or _SIZE_CHARS.isdisjoint(
            text[max(0, pos - _LIST_REACH) : pos]):
        return None
    found = None
    for m in _HEAD.finditer(text, max(0, pos - _LIST_REACH), pos):
        found = m
    if found is None:
        return None
    between = text[found.end() : pos]
    if any(c in between for c in "，,；;。"):
        return None
    return found if _ITEM_BETWEEN.search(between) is not None else None


def measure_changed(text: str, head: re.Match[str], named_before: str | None) -> str | None:
    """What the ranked change is of: for 改善幅度 the last measure better lower the sentence
    named before the ranking (综合指数), else the name the sentence gave before."""
    if head.group("size") == _IMPROVES:
        before = text[: head.start()]
        best, at = None, -1
        for word in metric_lexicon().lower_is_better:
            i = before.rfind(word)
            if i > at:
                best, at = word, i
        if best is not None:
            return best
    return named_before or None


def falls(text: str, head: re.Match[str]) -> bool:
    """The ranked changes are falls (降幅, 跌幅; 改善 of a measure better lower)."""
    size = head.group("size")
    if size in _FALLS:
        return True
    if size == _IMPROVES:
        before = text[: head.start()]
        return any(w in before for w in metric_lexicon().lower_is_better)
    return False
