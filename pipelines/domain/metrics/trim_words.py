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
