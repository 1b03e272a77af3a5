"""A block of short lines, as a phone article (a WeChat public account's post) is set: a line
break every few words, no end marks, numbers on lines of their own, each line read by cleaning
as one heading and the block's lines joined with spaces (``区级财政安排 消费券资金3000万元
分6轮发放``).

Read as written, a name stops at each space (``消费券资金`` for ``区级财政安排⏎消费券资金``) and two
figures' clauses run together with none between them (``4.37万份⏎拉动家电销售``). Mended, a break
after a whole figure, a lead (a time, 其中, …看) or before one is a clause's end (``，``), any other
break is no break at all (the line goes on), and the block is body text. Quotes keep their raw
offsets (``raw_index``), and the mended sentences are tagged anew by the same tagger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from pipelines.domain.metrics.tagging import LazyTags
from pipelines.domain.records import Sentence

_MIN_BREAKS = 3  # line breaks a block of short lines has at least
_MAX_LINE = 24  # characters of a short line at most
# a line closing on a whole figure (4.37万份, 486.3亿元, 126场, 1.5个百分点, 89.1%, 1:8.6, 8天)
_FIGURE_END = re.compile(
    r"\d(?:[.．:：]\d+)?(?:[%％‰]|[万亿千百]?[\u4e00-\u9fff]{1,2}|个百分点|万人次|亿人次)?$")
# a line closing on a lead: a time (今年前三季度, 截至9月30日, 今年以来, 7-9月, …期间), 其中,
# 分行业看
_LEAD_END = re.compile(r"(?:年|月|日|季度|以来|期间|底|末|其中|看|之际)$")
# a line opening a clause of its own: a time, 其中, a comparison
_LEAD_START = re.compile(
    r"^(?:截至|截止|今年|去年|前三季度|上半年|下半年|全年|其中|同比|环比|较|比上年|\d{1,2}(?:-\d{1,2})?月)")
# symbols a line may close or open with (👍, ✨, ▲, 👉): no words
_SYMBOLS = re.compile(r"[^\w%％‰）)”」]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# a figure with a unit of measure (486.3亿元, 6.8%, 126场; not 第46期, 2025年, 10月9日, 2926)
_MEASURED = re.compile(r"\d(?:[.．]\d+)?\s?(?:%|％|个百分点|[万亿]?[元人户家个场份座辆吨])")
_CLAUSE_END = "，"
# a line closing on a comparison's base (增速比上半年, 较上年末): its change follows, no lead
_BASE_END = re.compile(r"(?:比|较)[^，,\d]{0,4}(?:年|月|季度|末|底)$")
# a line opening on a change (同比增长8.3%, 环比…, 较…, 比上年…)
_CHANGE_START = re.compile(r"^(?:同比|环比|较|比上年)")
_DIGIT = re.compile(r"\d")


def _goes_on_to_change(left: str, right: str) -> bool:
    """Does ``right`` open on the change of what ``left`` names, a line with no figure
    (全市固定资产投资⏎同比增长**8.3%**: the name, then its rate), and no lead of its own?"""
    return _CHANGE_START.match(right) is not None and _DIGIT.search(left) is None and (
        _LEAD_END.search(left) is None)


def mend_short_lines(
    sentences: Sequence[Sentence],
    tags: Mapping[int, Sequence[tuple[str, str]]],
    raw: str | None,
    fill: Callable[[Sentence], Sentence],
) -> tuple[Sequence[Sentence], Mapping[int, Sequence[tuple[str, str]]]]:
    """The sentences with each block of short lines mended (see the module), and the tags
    with the mended ones tagged anew (when read, for lazy tags)."""
    if raw is None:
        return sentences, tags
    mended: dict[int, Sentence] = {}
    for k, sent in enumerate(sentences):
        text = sent.text
        if text.count(" ") < _MIN_BREAKS or "。" in text:
            continue  # (the cheap test first: a block of short lines has many breaks, no 。)
        found = _mended(fill(sent), raw)
        if found is not None:
            mended[k] = found
    if not mended:
        return sentences, tags
    out = [mended.get(k, s) for k, s in enumerate(sentences)]
    texts = {s.sent_no: s.text for s in mended.values()}
    if isinstance(tags, LazyTags):
        return out, tags.with_texts(texts)
    from pipelines.domain.segmentation import default_segmenter  # (only for mended lines)

    tag = default_segmenter().tag
    return out, {**tags, **{no: tag(text) for no, text in texts.items()}}


def _mended(sent: Sentence, raw: str) -> Sentence | None:
    """``sent`` mended when it is a block of short lines, else None."""
    text, index = sent.text, sent.raw_index
    if not index or len(index) != len(text):
        return None
    parts = text.split(" ")
    if len(parts) - 1 < _MIN_BREAKS or any(len(p) > _MAX_LINE or not p for p in parts):
        return None
    at = 0
    for n, part in enumerate(parts[:-1]):
        at += len(part)
        if raw[index[at]] not in "\r\n" and _HAN.search(part) and _HAN.search(parts[n + 1]):
            return None  # a space of print (spaced-out words, a table's cells), not a break
            # (▲ 9月当月…: the space after a line's leading symbol is no more than a break)
        at += 1
    if sum(bool(_HAN.search(p)) for p in parts) < len(parts) - 1:
        return None  # lines of symbols or codes, not words
    if _MEASURED.search(text) is None:
        return None  # a masthead or a title set in short lines (大同文旅信息⏎第46期…): no figure
    chars: list[str] = []
    kept: list[int] = []
    at = 0
    for n, part in enumerate(parts):
        chars.append(part)
        kept.extend(index[at : at + len(part)])
        at += len(part)
        if n == len(parts) - 1:
            break
        left = _SYMBOLS.sub("", part)
        right = parts[n + 1]
        if _FIGURE_END.search(left) or (
                _LEAD_END.search(left) and not _BASE_END.search(left)) or (
                _LEAD_START.match(right) and not _goes_on_to_change(left, right)):
            chars.append(_CLAUSE_END)
            kept.append(index[at])
        at += 1  # the break itself, dropped when the line goes on
    return sent.model_copy(update={"text": "".join(chars), "raw_index": tuple(kept),
                                   "is_heading": False})
