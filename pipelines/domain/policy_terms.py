"""Policy formula terms: quoted slogans and numeral formulas (两个确立, 十大工程, 四化同步).

Chinese policy writing coins short formula terms and repeats them; tracking them shows which
campaigns a document invokes. Quoted slogans are told apart from quoted speech by length and
punctuation. Numeral formulas are found unquoted too, with a two-character head and a list
of generic heads (七个方面 is a count, not a formula). Every term is then counted over the whole
clean text, quoted or not. The lexicon is ``pipelines/data/policy_terms.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import polars as pl

from pipelines.domain.yamlfiles import load_yaml

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "policy_terms.yaml"
HAN = "\u3400-\u4dbf\u4e00-\u9fff"

POLICY_TERMS_SCHEMA = {"term": pl.String, "kind": pl.String, "count": pl.Int64}


@dataclass(frozen=True)
class PolicyTermLexicon:
    """Compiled patterns built from the YAML lexicon."""

    quote_patterns: tuple[re.Pattern[str], ...]
    quote_pairs: tuple[tuple[str, str], ...]  # (opening, closing) of each quote pattern
    min_chars: int
    max_chars: int
    sentence_punctuation: frozenset[str]
    numbered_at_start: re.Pattern[str]  # a slogan that is a numeral formula
    # unquoted numeral formulas, each with whether its head is checked against generic_heads
    numbered_in_text: tuple[tuple[re.Pattern[str], bool], ...]
    # all of them in one pass: at each leading numeral, group k holds the rest of pattern k's match
    numbered_scan: re.Pattern[str]
    count_unquoted_min_chars: int  # shorter quoted terms count only their quoted uses
    speech_markers: tuple[str, ...]  # words that make a quotation a clause, not a term
    generic_heads: tuple[str, ...]  # heads that make N个X / N大X a count (七个方面)
    not_formulas: tuple[str, ...] = ()  # place names and idioms led by a numeral (四川, 四舍五入)


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def build_lexicon(data: dict) -> PolicyTermLexicon:
    """Compile the YAML lexicon into regular expressions."""
    quotes, numbered = data["quotes"], data["numbered"]
    max_chars = int(quotes["max_chars"])
    quote_patterns = []
    for opening, closing in quotes["pairs"].items():
        inner = f"[^{re.escape(opening)}{re.escape(closing)}\n]{{1,{max_chars * 3}}}"
        quote_patterns.append(re.compile(f"{re.escape(opening)}({inner}){re.escape(closing)}"))
    numerals = _char_class(numbered["numerals"])
    leading = _char_class(numbered["leading_numerals"])
    classifiers = _char_class(numbered["classifiers"])
    hua = _char_class(numbered["hua"])
    # "not after a numeral" is checked once the leading numeral is read: a pattern that starts
    # with a character class lets the regex engine skip ahead to candidate characters
    not_after_numeral = f"(?<![{numbered['numerals']}第0-9０-９].)"
    han = f"[{HAN}]"
    measures = numbered["measure_words"] + numbered["numerals"]
    measure_free = f"(?![{re.escape(measures)}]){han}"
    # 个 takes one or two numerals (十二个); other classifiers one (二十大 is a Party congress)
    ge = re.escape(numbered["ge"])
    formula_heads = (
        f"{numerals}{{1,2}}{ge}{han}{{2,4}}",  # 五个聚焦, 十二个重点
        f"{numerals}{classifiers}{han}{{2,4}}",  # 十大工程, 三项改革
        f"{numerals}{hua}{han}{{2}}",  # 四化同步
        f"{numerals}{han}{numerals}{han}",  # 三区三线, 三新一高, 五位一体
    )
    # Unquoted formulas take a two-character head (两个确立, 十大工程, 八项规定): where the head
    # is longer the writer nearly always quotes it somewhere, and the quote gives its extent.
    start = f"{leading}{not_after_numeral}"
    rests = (
        (f"{leading}?{ge}{han}{{2}}", True),
        (f"{classifiers}{han}{{2}}", True),
        (f"{hua}{han}{{2}}", True),
        # N X N Y (三区三线, 三新一高); X must not be a measure word (三年两次, 五天三夜)
        (f"{measure_free}{numerals}{han}", False),
    )
    in_text = tuple((start + rest, check) for rest, check in rests)
    # one scan instead of one per pattern: a match is a leading numeral where some pattern
    # matches; group k is the rest of pattern k's match there (None where it does not match)
    any_rest = "|".join(rest for rest, _ in rests)
    scan = start + f"(?=(?:{any_rest}))" + "".join(f"(?=({rest})|)" for rest, _ in rests)
    return PolicyTermLexicon(
        quote_patterns=tuple(quote_patterns),
        quote_pairs=tuple(quotes["pairs"].items()),
        min_chars=int(quotes["min_chars"]),
        max_chars=max_chars,
        sentence_punctuation=frozenset(quotes["sentence_punctuation"]),
        numbered_at_start=re.compile("^(?:" + "|".join(formula_heads) + ")"),
        numbered_in_text=tuple((re.compile(p), check) for p, check in in_text),
        numbered_scan=re.compile(scan),
        generic_heads=tuple(numbered.get("generic_heads", ())),
        not_formulas=tuple(numbered.get("not_formulas", ())),
        count_unquoted_min_chars=int(quotes.get("count_unquoted_min_chars", 3)),
        speech_markers=tuple(quotes.get("speech_markers", ())),
    )


@cache
def load_lexicon(path: Path = LEXICON_PATH) -> PolicyTermLexicon:
    """The compiled lexicon (cached: read once per process)."""
    with open(path, encoding="utf-8") as fh:
        return build_lexicon(load_yaml(fh))


_HAN_CHAR = re.compile(f"[{HAN}]")
_LEADING_NUMERALS = re.compile(r"^[一二三四五六七八九十两]{1,2}.")


def is_slogan(quoted: str, lexicon: PolicyTermLexicon | None = None) -> bool:
    """True for a short quoted formula, False for quoted speech or a stray quote pair."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    text = quoted.strip()
    return (
        lexicon.min_chars <= len(text) <= lexicon.max_chars
        and lexicon.sentence_punctuation.isdisjoint(text)
        and _HAN_CHAR.search(text) is not None
        and text[0] not in "、"
        and text[-1] not in "、"
    )


def _numeral_formula_is_generic(term: str, lexicon: PolicyTermLexicon) -> bool:
    """七个方面 / 三大城市: numeral + classifier + a generic head is a count, not a formula."""
    match = _LEADING_NUMERALS.match(term)
    rest = term[match.end() :] if match else term
    return rest.startswith(lexicon.generic_heads)


def is_not_formula(term: str, lexicon: PolicyTermLexicon) -> bool:
    """四川两地 / 四舍五入: a place name or an idiom that opens with a numeral, not a formula."""
    return term.startswith(lexicon.not_formulas)


def _spans(text: str, term: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``term``, left to right."""
    spans = []
    start = text.find(term)
    while start >= 0:
        spans.append((start, start + len(term)))
        start = text.find(term, start + len(term))
    return spans


def _numbered_matches(text: str, lexicon: PolicyTermLexicon) -> list[tuple[str, bool]]:
    """(term, check_head) for each match of each ``numbered_in_text`` pattern, pattern by pattern,
    as its ``finditer`` gives them (non-overlapping, left to right), from one scan of ``text``."""
    found: list[list[tuple[int, int]]] = [[] for _ in lexicon.numbered_in_text]
    for match in lexicon.numbered_scan.finditer(text):
        start, end = match.span()
        for spans, rest in zip(found, match.groups(), strict=True):
            if rest is not None:
                spans.append((start, end + len(rest)))
    terms = []
    for spans, (_, check_head) in zip(found, lexicon.numbered_in_text, strict=True):
        reach = 0
        for start, end in spans:
            if start >= reach:
                terms.append((text[start:end], check_head))
                reach = end
    return terms


def _quoted_spans(text: str, uses: dict[tuple[int, str], int], slogans: dict[str, int],
                  lexicon: PolicyTermLexicon) -> dict[str, list[tuple[int, int]]]:
    """Spans of the quoted uses of short slogans, pattern by pattern, each left to right.

    ``uses`` counts them per (pattern, stripped quotation). Where opening and closing marks
    differ, every “X” in the text is a match of the pattern, so when their number is the count
    (no padded “ X ”) the spans are found by ``str.find``; otherwise by the pattern again.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for (k, term), n in uses.items():
        if term not in slogans:
            continue
        opening, closing = lexicon.quote_pairs[k]
        literal = opening + term + closing
        found = spans.setdefault(term, [])
        if opening != closing and text.count(literal) == n:
            found += [(a + len(opening), b - len(closing)) for a, b in _spans(text, literal)]
        else:
            found += [m.span(1) for m in lexicon.quote_patterns[k].finditer(text)
                      if m.group(1).strip() == term]
    return spans


def find_policy_terms(
    clean_text: str, lexicon: PolicyTermLexicon | None = None
) -> list[tuple[str, str, int]]:
    """(term, kind, count) for every slogan and numeral formula, most frequent first.

    Occurrences are counted with ``str.count`` (non-overlapping, as a left-to-right search);
    their positions are listed only where the fragment check below needs them.
    """
    lexicon = load_lexicon() if lexicon is None else lexicon
    kinds: dict[str, str] = {}
    n_quoted: dict[str, int] = {}  # slogan -> its quoted uses
    not_slogans: set[str] = set()
    shortest, longest = lexicon.min_chars, lexicon.max_chars
    punctuation, has_han = lexicon.sentence_punctuation, _HAN_CHAR.search
    short = lexicon.count_unquoted_min_chars  # shorter slogans count their quoted uses only
    quoted_short: dict[tuple[int, str], int] = {}  # (pattern, short slogan) -> its uses there
    for k, pattern in enumerate(lexicon.quote_patterns):
        for inner in pattern.findall(clean_text):  # strings only: no match objects
            term = inner.strip()
            if len(term) < short and term not in not_slogans:
                quoted_short[k, term] = quoted_short.get((k, term), 0) + 1
            if term in n_quoted:
                n_quoted[term] += 1
            elif term not in not_slogans:
                if (  # is_slogan(term), inlined: this runs for every quotation
                    shortest <= len(term) <= longest
                    and punctuation.isdisjoint(term)
                    and has_han(term) is not None
                    and term[0] != "、"
                    and term[-1] != "、"
                ):
                    n_quoted[term] = 1
                    numbered = lexicon.numbered_at_start.match(term) is not None
                    kinds[term] = "numbered" if numbered else kinds.get(term, "quoted")
                else:
                    not_slogans.add(term)
    unquoted: set[str] = set()
    for term, check_head in _numbered_matches(clean_text, lexicon):
        generic = check_head and _numeral_formula_is_generic(term, lexicon)
        if term not in kinds and not generic and not is_not_formula(term, lexicon):
            kinds[term] = "numbered"
            unquoted.add(term)
    spans: dict[str, list[tuple[int, int]]] = {}  # occurrences, listed when needed
    counts: dict[str, tuple[int, int]] = {}  # term -> (count, start of its first occurrence)
    if quoted_short:  # list their quoted uses (pattern by pattern, as found)
        spans.update(_quoted_spans(clean_text, quoted_short, n_quoted, lexicon))
    for term in kinds:
        if term in spans:
            counts[term] = (len(spans[term]), spans[term][0][0])
        else:  # no occurrence starts before the first: count from there
            first = clean_text.find(term)
            counts[term] = (clean_text.count(term, first), first)

    def occurrences(term: str) -> list[tuple[int, int]]:
        if term not in spans:
            spans[term] = _spans(clean_text, term)
        return spans[term]

    # an unquoted formula whose every occurrence sits inside a longer found term is a fragment
    # (terms are joined by a line break, which no term holds: a term found twice in the joined
    # text is inside another one)
    all_terms = "\n".join(kinds)
    for term in unquoted:
        if all_terms.count(term) < 2:
            continue
        longer = [s for other in kinds if len(other) > len(term) and term in other
                  for s in occurrences(other)]
        if all(any(a <= s and e <= b for a, b in longer) for s, e in occurrences(term)):
            spans[term] = []
            counts[term] = (0, -1)
    found = [(t, kinds[t], n, first) for t, (n, first) in counts.items() if n]
    found.sort(key=lambda row: (-row[2], row[3]))
    return [(term, kind, count) for term, kind, count, _ in found]


def policy_terms(clean_text: str) -> pl.DataFrame:
    """Policy terms of one document: columns term, kind ('quoted' | 'numbered'), count.

    count = occurrences of the term anywhere in the clean text, quoted or not; a quoted term
    shorter than ``count_unquoted_min_chars`` (安全, 痛点) counts only its quoted uses, since
    short words recur as plain vocabulary.
    """
    rows = find_policy_terms(clean_text)
    return pl.DataFrame(
        {
            "term": [r[0] for r in rows],
            "kind": [r[1] for r in rows],
            "count": [r[2] for r in rows],
        },
        schema=POLICY_TERMS_SCHEMA,
    )


def policy_terms_frame(sentences: pl.DataFrame) -> pl.DataFrame:
    """Policy terms of many documents in one frame: doc_id, term, kind, count.

    ``sentences`` has doc_id and text (clean sentences in reading order); a document's text is
    its sentences joined by newlines, so no term spans two sentences.
    """
    texts = sentences.group_by("doc_id", maintain_order=True).agg(pl.col("text").str.join("\n"))
    columns: dict[str, list] = {"doc_id": [], "term": [], "kind": [], "count": []}
    for doc_id, text in texts.iter_rows():
        for term, kind, count in find_policy_terms(text):
            columns["doc_id"].append(doc_id)
            columns["term"].append(term)
            columns["kind"].append(kind)
            columns["count"].append(count)
    return pl.DataFrame(columns, schema={"doc_id": pl.String, **POLICY_TERMS_SCHEMA})
