"""Bounds written away from their number: before the verb of a count or grant (至少新创建1家),
before the base of a share (不超过…的20%), 约占 across the words of a base."""

from __future__ import annotations

import re

from pipelines.domain.metrics.lexicon import metric_lexicon

ABOUT_SHARE = ("约占", "大约占", "約佔", "約占")
# a bound written before the base of a share (不超过新车发票金额的20%)
BOUND_BEFORE_BASE = re.compile(r"(不超过|不高于|不低于|不少于|不足|不到|最高|最多|至少)"
                               r"[^，,。；;]{1,15}的$")


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
