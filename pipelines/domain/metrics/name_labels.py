"""Names given by a colon label (旁听及新闻媒体：设旁听席10个, 包1：…): the figure after a label is
named by it, or by its own deed with the label only the topic it falls under, and the names that
go on with the label's later in the sentence."""

from __future__ import annotations

import re

from pipelines.domain.metrics.clauses import tokens_in
from pipelines.domain.metrics.group_members import VERB_TAG
from pipelines.domain.metrics.indicator import RECORDING_VERBS
from pipelines.domain.metrics.labels import LABEL_NAME_MAX
from pipelines.domain.metrics.naming import flow_words
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar

# a label and a colon right before a number, after the sentence's start, a bracket or a colon
_INLINE_LABEL = re.compile(r"(?:^|(?<=[）)：:]))([\u4e00-\u9fff]{2,12})[：:]$")
_NORMAL_LABELS = frozenset(("正常", "正常值", "常年", "常年值", "多年平均"))


def labelled(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A colon label naming the figure after it (or the thing the figure is an aspect of), and
    the names that go on with the label's name later in the sentence."""
    indicator, own, label, text, pos = r.indicator, r.own, so.label, sc.text, r.pos
    if _LOT_CHARS.isdisjoint(text):
        pass  # (most sentences name no lot: the checks below cost nothing then)
    elif label and own and _LOT.fullmatch(own):
        return own + label  # 合同履行期限：包1为60日历天，包2为45日历天: each lot's term
    elif indicator and not _LOT.match(indicator) and (lot := _lot_heading(text, pos)):
        return lot + indicator  # 包1：…，预算金额298.6万元，最高限价295.0万元: the lot's
    if label and r.comma_start == so.label_end:
        if not own or own in RECORDING_VERBS or own in flow_words():
            indicator = label  # 招标控制价：38652.47万元 (not the paragraph's last name);
            # 乙类传染病：共报告9种: what was reported (报告发病率 after it keeps its own name)
        elif (len(own) <= LABEL_NAME_MAX and label not in own and own not in label
              and not sc.sent.is_heading and not _deed_named(sc, r, own)):
            so.label_of, indicator = own, label + own  # 服饰产业：实现产值… (成都土拍：7宗地块
            # 揽金…: a headline's label is its topic, no entity the figures are of)
    elif so.label_of and indicator.startswith(so.label_of) and not indicator.startswith(label):
        indicator = label + indicator  # …，占规模以上工业总产值的36.5%: the item's 产值
    elif not own and text[pos - 1 : pos] in ("：", ":") and (
            inline := _INLINE_LABEL.search(text, max(0, pos - 16), pos)) and (
            inline.group(1) not in _NORMAL_LABELS):
        # 年平均气温：24.1°C（正常：23.5°C）年总雨量：2780.3毫米 (lines of a list joined):
        # each label names the figure after it; the normal in brackets its line's figure
        indicator = inline.group(1)
    return indicator


# a lot of a tender (包1, 标段2, 第三标包, 子包A): procurement notices split one project into lots
# and give each its budget, ceiling price, term and deposit, item by item (包1：…预算金额…) or
# after the measure's label (合同履行期限：包1为60日历天，包2为…); a figure of one is that lot's
_LOT_CHARS = frozenset("包段")
_LOT = re.compile(r"(?:第[\d一二三四五六七八九十]{1,3}(?:标段|标包|包件|分包|包)"
                  r"|(?:标段|标包|包件|分包|子包|包)[\dA-Z一二三四五六七八九十]{1,3}号?)")
_LOT_OPENS = re.compile(rf"(?:^|(?<=[；;。\s]))({_LOT.pattern})[：:]")


def _lot_heading(text: str, pos: int) -> str:
    """The lot whose item (包1：…) the figure at pos falls in, the last opened before it, or ""."""
    last = ""
    for m in _LOT_OPENS.finditer(text, 0, pos):
        last = m.group(1)
    return last


def _deed_named(sc: SentenceScope, r: Reading, own: str) -> bool:
    """The figure's own name opens with a verb (旁听及新闻媒体：设旁听席10个): a deed names the
    figure whole, the label only the topic it falls under (产值 after 服饰产业： is an aspect
    of the label's thing)."""
    first = next((t for t in tokens_in(sc.toks, r.start, r.pos) if own.startswith(t.word)), None)
    return first is not None and first.pos == VERB_TAG
