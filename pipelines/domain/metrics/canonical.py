"""Canonical indicator keys, so one indicator written several ways can be followed over time.

``新能源汽车保有量`` and ``新能源汽车保有数量`` become one key; so do ``社消零总额`` and
``社会消费品零售总额``. Variants live in ``lexicon.yaml`` (canonical.synonyms / strip).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.numbers import to_half_width

_NOISE = re.compile(r"[\s“”\"‘’'《》〈〉()（）【】\[\]·・,，、:：;；.。]")


@cache
def _synonym_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.lower(): v for k, v in metric_lexicon().synonyms}
    pattern = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(pattern), table


@lru_cache(maxsize=65536)  # indicators repeat across a corpus
def canonical_indicator(indicator: str | None) -> str:
    """One key per indicator: noise and scope words removed, synonyms unified (single pass)."""
    if not indicator:
        return ""
    s = _NOISE.sub("", to_half_width(indicator)).lower()
    for word in metric_lexicon().canonical_strip:
        if len(s) > len(word):
            s = s.replace(word, "")
    regex, table = _synonym_regex()
    if table:
        s = regex.sub(lambda m: table[m.group()], s)
    return s
