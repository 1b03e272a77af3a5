"""Units of measure: the lexicon in ``data/metrics/units.yaml`` and unit normalisation.

A unit as written (``万个``, ``亿元``, ``萬輛``, ``个百分点``) splits into a magnitude multiplier
and a base unit; value_normalized = value * multiplier. Traditional forms are accepted and
reported in Simplified so the same unit is one key in the warehouse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import product
from pathlib import Path

from pipelines.domain.yamlfiles import load_yaml

UNITS_PATH = Path(__file__).resolve().parent.parent / "data" / "metrics" / "units.yaml"


@dataclass(frozen=True)
class UnitInfo:
    """A base unit: its Simplified form, category and whether a counted noun must follow."""

    base: str
    category: str
    needs_noun: bool = False
    word_final: bool = False  # counts only when no word follows it directly (八成, not 八成都)
    after_list: bool = False  # counts only after a list closed by 等 (…、…等10大未来产业)
    factor: float = 1.0  # the unit in its base (斤 -> 千克: 0.5)
    bulk: tuple[str, float] | None = None  # base and factor after a multiplier (亿斤 -> 吨)
    # counts only after one of these words earlier in the sentence (点 after 指数: index points,
    # not a clock's hour; P after 算力: petaflops)
    after_words: tuple[str, ...] = ()
    bare_only: bool = False  # counts only with no multiplier (126起, not 1.2万起)


@dataclass(frozen=True)
class UnitLexicon:
    multipliers: dict[str, float]
    units: dict[str, UnitInfo]
    traditional: dict[str, str]  # Traditional char -> Simplified char

    def variants(self, word: str) -> set[str]:
        """The word in every mix of Simplified and Traditional characters (公里, 公裏, 公裡)."""
        options: list[set[str]] = []
        for ch in word:
            options.append({ch} | {t for t, s in self.traditional.items() if s == ch})
        return {"".join(combo) for combo in product(*options)}

    def simplify(self, text: str) -> str:
        """Map Traditional unit characters to Simplified."""
        return text.translate(self._to_simplified)

    @cached_property
    def _to_simplified(self) -> dict[int, str]:
        return {ord(t): s for t, s in self.traditional.items()}


@cache
def unit_lexicon() -> UnitLexicon:
    """Load the unit lexicon once."""
    data = load_yaml(UNITS_PATH.read_text(encoding="utf-8"))
    units = {
        str(k): UnitInfo(str(v["base"]), str(v["category"]), bool(v.get("needs_noun", False)),
                         bool(v.get("word_final", False)), bool(v.get("after_list", False)),
                         float(v.get("factor", 1.0)),
                         (str(v["bulk"]["base"]), float(v["bulk"]["factor"])) if v.get("bulk")
                         else None,
                         tuple(str(w) for w in v.get("after_words") or ()),
                         bool(v.get("bare_only", False)))
        for k, v in data["units"].items()
    }
    multipliers = {str(k): float(v) for k, v in data["multipliers"].items()}
    traditional = {str(k): str(v) for k, v in (data.get("traditional") or {}).items()}
    return UnitLexicon(multipliers, units, traditional)


def alternation(words: set[str]) -> str:
    """Regex alternation of ``words``, longest first, grouped by first character.

    ``吨标准煤/万元|吨标准煤/萬元|…`` becomes ``吨(?:标准煤/万元|标准煤/萬元|…)``: the engine then
    tests a group's first character once instead of every word's. Words with different first
    characters never match at the same place and the order within a group is kept, so the
    pattern matches exactly what the flat alternation does.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted((w for w in words if w), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(w)
    parts = []
    for first, group in groups.items():
        if len(group) == 1:
            parts.append(re.escape(group[0]))
        else:
            rest = "|".join(re.escape(w[1:]) for w in group)
            parts.append(f"{re.escape(first)}(?:{rest})")
    return "|".join(parts)


@cache
def multiplier_pattern() -> str:
    """Regex alternation of multipliers in both scripts, longest first."""
    lex = unit_lexicon()
    return alternation({v for m in lex.multipliers for v in lex.variants(m)})


@cache
def unit_pattern() -> str:
    """Regex alternation of units in both scripts, longest first."""
    lex = unit_lexicon()
    return alternation({v for u in lex.units for v in lex.variants(u)})


# the categories of units a rate X/Y is made of (元/斤, 克/千瓦时, 人/平方公里); not a share, a
# point, a multiple or a rank (5%/年 is no unit)
_PER_CATEGORIES = frozenset(("currency", "physical", "count", "time"))


def _per_part(word: str, info: UnitInfo) -> bool:
    """``word`` can stand on either side of a rate's slash: a plain unit of a measured
    category that needs no word before or after it to count (not 点, which needs 指数)."""
    return ("/" not in word and info.category in _PER_CATEGORIES and not info.after_words
            and not info.after_list and not info.needs_noun)


@cache
def per_unit_pattern() -> str:
    """Regex of a rate written as two units of the lexicon around a slash, a magnitude allowed
    inside the denominator (671克/千瓦时, 1.2元/斤, 45吨/万元): a rate the table does not list is
    still one unit (:func:`normalize_unit` reads its two parts)."""
    lex = unit_lexicon()
    part = alternation({v for u, info in lex.units.items() if _per_part(u, info)
                        for v in lex.variants(u)})
    # the listed rates first (412元/间夜 is not 元/间 before a word); a unit before a magnitude
    # and a unit (千瓦时 is one unit, not 千 and 瓦)
    listed = alternation({v for u in lex.units if "/" in u for v in lex.variants(u)})
    return rf"{listed}|(?:{part})/(?:{part}|(?:{multiplier_pattern()})(?:{part}))"


@dataclass(frozen=True)
class NormalizedUnit:
    multiplier: float
    base: str | None
    category: str | None
    needs_noun: bool = False
    word_final: bool = False
    after_list: bool = False
    after_words: tuple[str, ...] = ()
    bare_only: bool = False  # counts only with no multiplier (126起, not 1.2万起)


@lru_cache(maxsize=4096)
def normalize_unit(unit_raw: str | None) -> NormalizedUnit:
    """Split a written unit into multiplier and base unit: ``万千瓦`` -> (1e4, ``千瓦``).

    ``个百分点`` stays one unit (``百分点``); an unknown unit is kept as written with factor 1.
    A unit converted to its base scales the multiplier (``斤`` -> 0.5 ``千克``; with a magnitude,
    a bulk total, ``亿斤`` -> 5e4 ``吨``, so it compares with ``万吨``).
    """
    if not unit_raw:
        return NormalizedUnit(1.0, None, None)
    lex = unit_lexicon()
    text = lex.simplify(unit_raw.replace(" ", ""))
    if text in lex.units:
        info = lex.units[text]
        return NormalizedUnit(info.factor, info.base, info.category, info.needs_noun,
                              info.word_final, info.after_list, info.after_words,
                              info.bare_only)
    for mult in sorted(lex.multipliers, key=len, reverse=True):
        if text.startswith(mult):
            rest = text[len(mult) :]
            if not rest:
                return NormalizedUnit(lex.multipliers[mult], None, None)
            if rest in lex.units:
                info = lex.units[rest]
                base, factor = info.bulk or (info.base, info.factor)
                return NormalizedUnit(lex.multipliers[mult] * factor, base, info.category,
                                      info.needs_noun, info.word_final, info.after_list,
                                      info.after_words, info.bare_only)
    if "/" in text:
        per = _per_unit(lex, text)
        if per is not None:
            return per
    return NormalizedUnit(1.0, text, None)


def _per_unit(lex: UnitLexicon, text: str) -> NormalizedUnit | None:
    """A rate the table does not list, from its parts: the numerator's base and magnitude over
    the denominator's base (``克/千瓦时``; ``万吨/千瓦时`` -> 1e4 ``吨/千瓦时``). A denominator in
    another base divides the value by its factor (``元/斤`` -> 2 ``元/千克``: a price per half
    kilogram is twice that per kilogram); one with a magnitude keeps it (``吨/万元``)."""
    num, _, den = text.partition("/")
    top = normalize_unit(num)
    if top.base is None or top.category not in _PER_CATEGORIES or "/" in den:
        return None
    if den in lex.units:
        info = lex.units[den]
        den_base, den_factor = info.base, info.factor
    else:
        mult = next((m for m in sorted(lex.multipliers, key=len, reverse=True)
                     if den.startswith(m) and den[len(m) :] in lex.units), None)
        if mult is None:
            return None
        den_base, den_factor = mult + lex.units[den[len(mult) :]].base, 1.0
    category = "physical" if top.category == "count" else top.category
    return NormalizedUnit(top.multiplier / den_factor, f"{top.base}/{den_base}", category)
