"""Canonical indicator keys, so one indicator written several ways can be followed over time.

``新能源汽车保有量`` and ``新能源汽车保有数量`` become one key; so do ``社消零总额`` and
``社会消费品零售总额``; ``经济增速`` 5.5% and ``地区生产总值`` growing 5.6% share the key of GDP
with the unit %. Variants live in ``lexicon.yaml`` (canonical.synonyms / strip / rate_suffixes /
aliases), which a user can extend.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.numbers import to_half_width

_NOISE = re.compile(r"[\s“”\"‘’'《》〈〉()（）【】\[\]·・,，、:：;；.。]")
_SHORT_NAME_AFTER = re.compile(r"(?<=[\u4e00-\u9fff])[(（][A-Za-z][A-Za-z0-9&.]*[)）]?$")


@cache
def _synonym_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k.lower(): v for k, v in metric_lexicon().synonyms}
    pattern = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(pattern), table


@lru_cache(maxsize=65536)  # indicators repeat across a corpus
def canonical_indicator(indicator: str | None, unit: str | None = None) -> str:
    """One key per indicator: noise and scope words removed, a rate word dropped from the name of
    a percentage (``unit`` ``%``), synonyms unified (single pass), then whole-key aliases."""
    if not indicator:
        return ""
    lex = metric_lexicon()
    # 居民消费价格指数（CPI）: a name and its short name in brackets are the name
    s = _NOISE.sub("", _SHORT_NAME_AFTER.sub("", to_half_width(indicator))).lower()
    for word in lex.canonical_strip:
        if len(s) > len(word):
            s = s.replace(word, "")
    if unit == "%":
        for word in lex.rate_suffixes:
            if s.endswith(word) and len(s) > len(word):
                s = s[: -len(word)]
                if s.endswith("同比"):  # …同比涨幅: 同比 is the default base (同比涨幅 alone stays)
                    s = s[:-2] if len(s) > 2 else s + word
                break
    regex, table = _synonym_regex()
    if table:
        s = regex.sub(lambda m: table[m.group()], s)
    return lex.key_aliases.get(s, s)


# 环比 (against the period before), 实际 (a real rate beside the nominal one), 增减 (a difference
# from a base: 比上年末增加22.3万人), 目标完成率 (完成全年目标的25.5%: the share of the goal
# done): each its own series, apart from the indicator's plain one
_BASIS_KEYS = {"month_on_month": "环比", "real": "实际", "change": "增减", "of_plan": "目标完成率"}


def series_key(indicator: str | None, unit: str | None, basis: str | None) -> str:
    """The indicator key of a metric: :func:`canonical_indicator`, with 环比 after it for a rate
    against the period before (同比 6.5% and 环比 0.58% of one indicator and month are two
    series)."""
    key = canonical_indicator(indicator, unit)
    extra = _BASIS_KEYS.get(basis) if basis and key else None
    return key + extra if extra else key
