"""What trimming does with one word, learnt once per word: punctuation, a link word that ends a
phrase, a prefix word or a place that opens one. Kept below both the trimming (indicator) and the
frame readers (name_frames), which consult the same answers."""

from __future__ import annotations

import re
from functools import cache

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.place_names import MAX_KNOWN_WORDS, is_place_token

_PUNCT = re.compile(r"^[\s\W_]+$")


def is_punct(word: str) -> bool:
    found = _PUNCT_WORDS.get(word)
    if found is None:
        if len(_PUNCT_WORDS) > MAX_KNOWN_WORDS:
            _PUNCT_WORDS.clear()
        found = _PUNCT_WORDS[word] = bool(_PUNCT.match(word))
    return found


_PUNCT_WORDS: dict[str, bool] = {}  # per-word answers, bounded by MAX_KNOWN_WORDS


# What trimming does with a word, decided once per word: at a phrase's end, drop it or not (a
# link word or punctuation); at its start, keep it (unless it names the home place), drop it
# (a prefix word or punctuation) or drop it as a place.
KEEP, DROP, PLACE = 0, 1, 2


TRIM_ENDS: dict[str, bool] = {}
TRIM_FRONTS: dict[str, int] = {}


def learn_trim(word: str) -> tuple[bool, int]:
    link, prefix, _ = trim_sets()
    punct = is_punct(word)
    front = PLACE if is_place_token(word) else DROP if word in prefix or punct else KEEP
    if len(TRIM_FRONTS) > MAX_KNOWN_WORDS:
        TRIM_ENDS.clear()
        TRIM_FRONTS.clear()
    TRIM_ENDS[word] = end = word in link or punct
    TRIM_FRONTS[word] = front
    return end, front


@cache
def trim_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Link words, prefix words and flow verbs as sets (made once)."""
    lex = metric_lexicon()
    return frozenset(lex.link_words), frozenset(lex.prefix_words), frozenset(lex.flow_verbs)


def without_prefix_words(name: str) -> str:
    """``name`` without the prefix words opening it, one after another (公司实现营业收入 ->
    营业收入), keeping two characters at least."""
    prefixes = metric_lexicon().prefix_words
    while (word := next((w for w in prefixes if name.startswith(w) and len(name) - len(w) >= 2),
                        None)) is not None:
        name = name[len(word) :]
    return name


def without_owner(name: str) -> str:
    """公司总股本 -> 总股本: the report's own company (a prefix word) is no part of a base."""
    return next((name[len(w) :] for w in metric_lexicon().prefix_words
                 if name.startswith(w) and len(name) - len(w) >= 2), name)
