"""Policy formula terms: quoted slogans, numeral formulas (两个确立, 十大工程, 四化同步), the
campaigns a lexicon names (以旧换新, 专精特新, 广佛全域同城化), programmes named in prose
(推行长者医疗券计划) and titles of laws and plans (《成渝地区双城经济圈建设规划纲要》).

Chinese policy writing coins short formula terms and repeats them; tracking them shows which
campaigns a document invokes. Quoted slogans are told apart from quoted speech by length and
punctuation (a list slogan, short parts joined by 、, may be longer) and by the verb before it
(提出，“…”), and from the other things a writer quotes by lists: figures of speech (制造业是
佛山的「家底」, 园区的“压舱石”, “两张皮”), product names (a name quoted before APP, 小程序:
“皖事通”APP), honours (获评“中国最佳引才城市”, “…”称号) and ordinal names (“第三水源”).
Numeral formulas are found unquoted too, with a two-character head and a list of generic heads
(七个方面, 两大生产基地 are counts, not formulas; so is 这三大枢纽, a count of what was just
listed, and 四涨三降一平, a tally); quoted, a digit formula counts too (“1+4”, “8+4”). Terms every
reader knows go unquoted: the lexicon lists them (``listed``: 以旧换新, 专精特新, 西部大开发) and
names the suffixes of regional integration formulas (``formula_suffixes``: 同城化), whose place
is read with the segmenter back to the first verb or preposition (两地在|广佛|全域|同城化 ->
广佛全域同城化); both are kind ``lexicon`` unless found quoted or a numeral formula. A programme
(kind ``programme``) is the name between an implementation verb and 计划 / 方案; a title (kind
``title``, with its 《》) one whose last word is a law's, plan's or policy's (法, 规划, 方案 ...),
not the document's own. Every term is then counted over the whole clean text, quoted or not.
The lexicon is ``pipelines/data/policy_terms.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
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
    figures: frozenset[str] = frozenset()  # quoted metaphors and emphasis (家底, 压舱石)
    product_words: tuple[str, ...] = ()  # a quoted name before one of these is a product's
    listed: re.Pattern[str] | None = None  # the listed terms, longest first
    listed_terms: tuple[str, ...] = ()  # the same terms, longest first
    suffixes: tuple[str, ...] = ()  # of regional integration formulas (同城化)
    suffix_words: int = 3  # at most this many words before a suffix
    suffix_chars: int = 12  # and at most this long in all
    not_places: frozenset[str] = frozenset()  # words that end a formula's place (深化)
    list_max_chars: int = 0  # a list slogan (parts joined by 、) may be this long
    list_part_chars: int = 0  # with parts at most this long
    plus_formula: re.Pattern[str] | None = None  # “1+4”, “8+4”: formulas with no Han character
    ordinal_prefixes: tuple[str, ...] = ()  # “第三水源”: an ordinal name
    ranking: re.Pattern[str] | None = None  # “双第一”, “三连冠”: a ranking a place won
    tally_chars: frozenset[str] = frozenset()  # 四涨三降一平: a tally of rises and falls
    anaphora: tuple[str, ...] = ()  # 这三大枢纽: a count of what was just listed
    honours_before: tuple[str, ...] = ()  # 获评“X”: an honour
    honours_after: tuple[str, ...] = ()  # “X”称号: an honour
    speech_verbs: tuple[str, ...] = ()  # 提出，“X”: quoted speech
    # a quotation right after an honour word or a speech verb and its comma (context_names):
    # 获评“X”, 提出，“X”
    context: re.Pattern[str] | None = None
    openings: tuple[str, ...] = ()  # the opening quotation marks
    # the markers of ``context`` without their quotation (获评“, 提出，“)
    context_markers: str | None = None
    titles: re.Pattern[str] | None = None  # 《X》 of a title's length
    title_heads: tuple[str, ...] = ()  # the words a law's, plan's ... title ends with
    # 推行|长者医疗券计划: group 1 is the programme; searched in the window before each
    # programme word, up to its end
    programmes: re.Pattern[str] | None = None
    programme_chars: int = 14  # the longest name before a programme word
    programme_verbs: re.Pattern[str] | None = None  # any implementation verb
    programme_words: tuple[str, ...] = ()  # 计划, 方案
    generic_programmes: frozenset[str] = frozenset()  # 年度(计划), 工作(方案)


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
    product_words = tuple(quotes.get("product_words", ()))
    listed = sorted({str(t).strip() for t in data.get("listed") or () if str(t).strip()},
                    key=lambda t: (-len(t), t))
    formulas = data.get("formula_suffixes") or {}
    titles = data.get("titles") or {}
    title_pattern = (re.compile(f"《([^《》\n]{{{int(titles.get('min_chars', 4))},"
                                f"{int(titles.get('max_chars', 60))}}})》") if titles else None)
    honours = quotes.get("honours") or {}
    markers = [re.escape(w) for w in honours.get("before", ())]
    if quotes.get("speech_verbs"):
        verbs = "|".join(map(re.escape, quotes["speech_verbs"]))
        markers.append(f"(?:{verbs})[，：,:]")
    quotations = "|".join(
        f"{re.escape(o)}[^{re.escape(o)}{re.escape(c)}\\n]{{1,{max_chars * 3}}}{re.escape(c)}"
        for o, c in quotes["pairs"].items())
    context = f"(?:{'|'.join(markers)})(?:{quotations})" if markers else None
    programmes = data.get("programmes") or {}
    programme_words = tuple(programmes.get("words", ()))
    programme_pattern = None
    if programme_words and programmes.get("verbs"):
        verbs = "|".join(map(re.escape, programmes["verbs"]))
        words = "|".join(map(re.escape, programme_words))
        programme_pattern = re.compile(
            f"(?:{verbs})([{HAN}]{{2,{int(programmes.get('max_chars', 14))}}}?(?:{words}))$")
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
        figures=frozenset(quotes.get("figures_of_speech", ())),
        product_words=product_words,
        listed=re.compile("|".join(map(re.escape, listed))) if listed else None,
        listed_terms=tuple(listed),
        suffixes=tuple(formulas.get("suffixes", ())),
        suffix_words=int(formulas.get("max_words", 3)),
        suffix_chars=int(formulas.get("max_chars", 12)),
        not_places=frozenset(formulas.get("not_places", ())),
        list_max_chars=int(quotes.get("list_max_chars", 0)),
        list_part_chars=int(quotes.get("list_part_chars", 0)),
        plus_formula=re.compile(numbered["plus_formula"]) if numbered.get("plus_formula") else None,
        ordinal_prefixes=tuple(quotes.get("ordinal_prefixes", ())),
        ranking=re.compile(quotes["ranking"]) if quotes.get("ranking") else None,
        tally_chars=frozenset(numbered.get("tally_chars", "")),
        anaphora=tuple(numbered.get("anaphora", ())),
        honours_before=tuple((quotes.get("honours") or {}).get("before", ())),
        honours_after=tuple((quotes.get("honours") or {}).get("after", ())),
        speech_verbs=tuple(quotes.get("speech_verbs", ())),
        context=re.compile(context) if context else None,
        openings=tuple(quotes["pairs"]),
        context_markers=(f"(?:{'|'.join(markers)})[{''.join(map(re.escape, quotes['pairs']))}]"
                         if markers else None),
        titles=title_pattern,
        title_heads=tuple(titles.get("heads", ())),
        programmes=programme_pattern,
        programme_chars=int(programmes.get("max_chars", 14)),
        programme_verbs=(re.compile("|".join(map(re.escape, programmes["verbs"])))
                         if programmes.get("verbs") else None),
        programme_words=programme_words,
        generic_programmes=frozenset(programmes.get("generic", ())),
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


_NUMERALS = frozenset("一二三四五六七八九十两")


def is_tally(term: str, lexicon: PolicyTermLexicon) -> bool:
    """四涨三降一平: numerals and direction characters only, a count of rises and falls."""
    if lexicon.tally_chars.isdisjoint(term):
        return False
    rest = {c for c in term if c not in _NUMERALS}
    return bool(rest) and bool(lexicon.tally_chars) and rest <= lexicon.tally_chars


def is_list_slogan(text: str, lexicon: PolicyTermLexicon) -> bool:
    """创新驱动、开放引领、科产融合、强县活区: short parts joined by 、, longer than a slogan."""
    if not lexicon.list_max_chars or len(text) > lexicon.list_max_chars or "、" not in text:
        return False
    parts = text.split("、")
    return (all(0 < len(p) <= lexicon.list_part_chars for p in parts)
            and lexicon.sentence_punctuation.isdisjoint(text)
            and _HAN_CHAR.search(text) is not None)


def programmes(text: str, lexicon: PolicyTermLexicon) -> list[str]:
    """Programmes named in prose (``programmes`` of the lexicon), in text order: before each
    programme word, the name back to the first implementation verb of the few characters before
    it with only Han characters between (推行|长者医疗券计划), unless only a generic word stands
    before the programme word (实施|年度计划)."""
    if lexicon.programmes is None or lexicon.programme_verbs is None:
        return []
    found: dict[int, str] = {}
    reach = lexicon.programme_chars + 4  # the name and the longest verb before it
    for word in lexicon.programme_words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            start = max(0, end - reach)
            match = (lexicon.programmes.search(text, start, end)
                     if lexicon.programme_verbs.search(text, start, at) else None)
            if match and match.group(1)[:-len(word)] not in lexicon.generic_programmes:
                found[match.start(1)] = match.group(1)
            at = text.find(word, end)
    return list(dict.fromkeys(found[k] for k in sorted(found)))


_PARENTHESIS_END = re.compile(r"[（(][^（()）]*[)）]$")


def titles(text: str, lexicon: PolicyTermLexicon) -> list[str]:
    """Titles in 《》 of laws, plans, programmes and policy documents (``titles`` of the lexicon),
    written with their marks, in text order: a title that ends with one of its heads (a trailing
    parenthesis, （2024-2026年）, aside), unless it is the document's own, written also as a line
    of its own without marks."""
    if lexicon.titles is None or "《" not in text:
        return []
    found: dict[str, None] = {}
    lines: str | None = None
    for inner in lexicon.titles.findall(text):
        title = inner.strip()
        if not title.endswith(lexicon.title_heads):
            head = _PARENTHESIS_END.sub("", title).rstrip()
            if not head.endswith(lexicon.title_heads):
                continue
        if lines is None:
            lines = f"\n{text}\n"
        if f"\n{title}\n" not in lines:
            found[f"《{title}》"] = None
    return list(found)


def context_names(text: str, lexicon: PolicyTermLexicon,
                  markers: Collection[str] | None = None,
                  after: Collection[str] | None = None) -> set[str]:
    """Names quoted as honours (right after one of ``honours_before``: 获评“中国最佳引才城市”;
    right before one of ``honours_after``: “生物多样性魅力城市”称号) and quotations of speech
    (right after a speech verb and a comma or colon: 提出，“建设国家战略腹地和关键产业备份”).
    ``markers``: the matches of ``context_markers`` (获评“, 提出，“) and ``after``: the honour
    words that follow a quotation, that occur in ``text``, if known (``lexicon_hits``)."""
    names: set[str] = set()
    if markers is None:
        for match in lexicon.context.findall(text) if lexicon.context is not None else ():
            at = min(i for i in map(match.find, lexicon.openings) if i >= 0)
            if match[at + 1:-1].strip():  # a marker (no quotation mark in it), a quotation
                names.add(match[at + 1:-1].strip())
    else:
        reach = 3 * lexicon.max_chars
        closing_of = dict(lexicon.quote_pairs)
        for marker in markers:  # read on from the marker's opening mark to its closing one
            opening = marker[-1]
            closing = closing_of[opening]
            at = text.find(marker)
            while at >= 0:
                begin = at + len(marker) - 1
                end = text.find(closing, begin + 1, begin + 2 + reach)
                inner = text[begin + 1:end] if end > begin else ""
                if ("\n" not in inner and opening not in inner and closing not in inner
                        and inner.strip()):
                    names.add(inner.strip())
                at = text.find(marker, at + 1)
    if after is None:
        after = [word for word in lexicon.honours_after if word in text]
    if after:  # a closing mark right before the word: back to its opening one
        opening_of: dict[str, str] = {}
        for opening, closing in lexicon.quote_pairs:
            opening_of.setdefault(closing, opening)
        reach = 3 * lexicon.max_chars
        for word in after:
            at = text.find(word)
            while at >= 0:
                opening = opening_of.get(text[at - 1]) if at else None
                if opening is not None:
                    start = text.rfind(opening, max(0, at - 2 - reach), at - 1)
                    inner = text[start + 1:at - 1]
                    if start >= 0 and "\n" not in inner and inner.strip():
                        names.add(inner.strip())
                at = text.find(word, at + 1)
    return names


def _spans(text: str, term: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of ``term``, left to right."""
    spans = []
    start = text.find(term)
    while start >= 0:
        spans.append((start, start + len(term)))
        start = text.find(term, start + len(term))
    return spans


def _overlapping(text: str, term: str) -> int:
    """Occurrences of ``term`` in the short ``text``, overlapping ones too."""
    n, at = 0, text.find(term)
    while at >= 0:
        n, at = n + 1, text.find(term, at + 1)
    return n


def _numbered_matches(text: str, lexicon: PolicyTermLexicon) -> list[tuple[str, bool, int]]:
    """(term, check_head, start) for each match of each ``numbered_in_text`` pattern, pattern by
    pattern, as its ``finditer`` gives them (non-overlapping, left to right), from one scan of
    ``text``."""
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
                terms.append((text[start:end], check_head, start))
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


def product_names(text: str, lexicon: PolicyTermLexicon,
                  words: Collection[str] | None = None) -> set[str]:
    """Names quoted right before a product word (one space, or 等, between allowed): 通过“皖事通”
    APP, “蓉易办” 小程序, and all names quoted side by side before it: “甲通”“乙办”等小程序.
    Read back from each product word: a closing mark, its opening mark on the same line, and on
    through the quotations right before it. ``words``: the product words that occur in
    ``text``, if known."""
    openings = {}
    for opening, closing in lexicon.quote_pairs:
        openings.setdefault(closing, opening)
    names = set()
    for word in lexicon.product_words if words is None else words:
        at = text.find(word)
        while at >= 0:
            end = at - 1 if at and text[at - 1] in " \u3000" else at  # after the closing mark
            if end and text[end - 1] == "等":  # “甲通”“乙办”等小程序
                end -= 1
            opening = openings.get(text[end - 1]) if end else None
            while opening is not None:  # the names quoted side by side, back to the first
                start = text.rfind(opening, max(0, end - 2 - 3 * lexicon.max_chars), end - 1)
                inner = text[start + 1:end - 1]
                if start < 0 or "\n" in inner or not inner.strip():
                    break
                names.add(inner.strip())
                end = start
                opening = openings.get(text[end - 1]) if end else None
            at = text.find(word, at + 1)
    return names


# Tags of the words a regional formula's place is made of: nouns, place and organisation
# names, abbreviations (广佛 ns, 全域 n, 长三角 nz, 同城化 j); a verb, preposition, particle or
# punctuation ends it.
_PLACE_TAGS = ("n", "j")
_WINDOW = 16  # characters cut before a suffix: more than a formula's place holds


def suffix_formulas(text: str, lexicon: PolicyTermLexicon,
                    suffixes: Collection[str] | None = None) -> list[str]:
    """Regional integration formulas (``formula_suffixes``) of ``text``, in text order: each
    suffix with the nouns and place names right before it (at most ``suffix_words`` words and
    ``suffix_chars`` characters, none of ``not_places``), read with the segmenter from the few
    characters of its line before it; a suffix with nothing before it (实施一体化战略) is
    none. ``suffixes``: those of the lexicon's suffixes that occur in ``text``, if known (the
    others are not searched for)."""
    suffixes = lexicon.suffixes if suffixes is None else suffixes
    if not suffixes:
        return []
    from pipelines.domain.segmentation import default_segmenter

    segmenter = default_segmenter()
    found: list[tuple[int, str]] = []
    for suffix in suffixes:
        end = text.find(suffix)
        while end >= 0:
            end += len(suffix)
            # the words before the suffix, cut from a window of its line that ends with it
            start = max(text.rfind("\n", 0, end) + 1, end - len(suffix) - _WINDOW)
            words = segmenter.tag(text[start:end])
            term = words[-1][0] if words else ""
            if term.endswith(suffix):
                for before, pos in reversed(words[-1 - lexicon.suffix_words:-1]):
                    if (not pos.startswith(_PLACE_TAGS) or before in lexicon.not_places
                            or not _HAN_CHAR.search(before)
                            or len(before) + len(term) > lexicon.suffix_chars):
                        break
                    term = before + term
                if len(term) > len(suffix):
                    found.append((end, term))
            end = text.find(suffix, end)
    return [term for _, term in sorted(found)]


@dataclass(frozen=True)
class LexiconHits:
    """What the lexicon's lists find in one text, when found for many texts at once
    (``lexicon_hits``): the listed terms (left to right, the longest at each place, as the
    regex ``listed`` finds them), the formula suffixes and product words that occur, the markers
    of honours and speech before a quotation (获评“, 提出，“), the honour words that may follow
    one (称号), and whether a title may be there."""

    listed: list[str]
    suffixes: tuple[str, ...]
    products: bool
    context: tuple[str, ...] = ()  # the matches of the lexicon's ``context_markers``
    product_words: tuple[str, ...] = ()  # the product words that occur
    titles: bool = True  # whether a title may be there (a 《 occurs)
    honours_after: tuple[str, ...] = ()  # the honour words that follow a quotation that occur


def lexicon_hits(texts: pl.Series, lexicon: PolicyTermLexicon) -> list[LexiconHits]:
    """``LexiconHits`` of every text, the lists searched for in all texts in one pass of the
    column's regex engine (rather than a regex per text)."""
    texts = texts.cast(pl.String).fill_null("")
    # all in one scan: the listed terms (longest first, leftmost-first as the regex ``listed``),
    # then the suffixes, the product words, the honour words after a quotation and the markers
    # of context (an honour word or a speech verb and its comma, then an opening mark), which
    # no listed term holds
    words = list(dict.fromkeys([*lexicon.listed_terms, *lexicon.suffixes,
                                *lexicon.product_words, *lexicon.honours_after]))
    found = (texts.str.extract_many(words, overlapping=False, leftmost=True).to_list()
             if words else [[]] * len(texts))
    if lexicon.context_markers:  # (the markers hold no listed term, nor a listed term them)
        found = [(a or []) + (b or []) for a, b in zip(
            found, texts.str.extract_all(lexicon.context_markers).to_list(), strict=True)]
    titled = texts.str.contains("《", literal=True).to_list()
    kind_of = dict.fromkeys(lexicon.honours_after, 4)
    kind_of.update(dict.fromkeys(lexicon.product_words, 3))
    kind_of.update(dict.fromkeys(lexicon.suffixes, 2))
    kind_of.update(dict.fromkeys(lexicon.listed_terms, 1))
    hits = []
    for matches, title in zip(found, titled, strict=True):
        listed: list[str] = []
        seen: dict[str, int] = {}
        for t in matches or ():
            kind = kind_of.get(t, 5)  # 5: a context marker
            if kind == 1:
                listed.append(t)
            else:
                seen[t] = kind
        hits.append(LexiconHits(
            listed,
            tuple(t for t in lexicon.suffixes if seen.get(t) == 2),
            3 in seen.values(),
            context=tuple(t for t, k in seen.items() if k == 5),
            product_words=tuple(t for t, k in seen.items() if k == 3),
            titles=bool(title),
            honours_after=tuple(t for t, k in seen.items() if k == 4)))
    return hits


def find_policy_terms(
    clean_text: str, lexicon: PolicyTermLexicon | None = None, hits: LexiconHits | None = None
) -> list[tuple[str, str, int]]:
    """(term, kind, count) for every slogan, numeral formula and lexicon term, most frequent
    first. ``hits``: what the lexicon's lists find in ``clean_text``, if already searched
    (``lexicon_hits``).

    Occurrences are counted with ``str.count`` (non-overlapping, as a left-to-right search);
    their positions are listed only where the fragment check below needs them.
    """
    lexicon = load_lexicon() if lexicon is None else lexicon
    kinds: dict[str, str] = {}
    n_quoted: dict[str, int] = {}  # slogan -> its quoted uses
    # figures of speech and products' names are never slogans
    not_slogans: set[str] = set(lexicon.figures)
    if hits is None or hits.products:
        not_slogans |= product_names(clean_text, lexicon,
                                     None if hits is None else hits.product_words)
    shortest, longest = lexicon.min_chars, lexicon.max_chars
    punctuation, has_han = lexicon.sentence_punctuation, _HAN_CHAR.search
    short = lexicon.count_unquoted_min_chars  # shorter slogans count their quoted uses only
    ordinals, plus, ranking = lexicon.ordinal_prefixes, lexicon.plus_formula, lexicon.ranking
    list_max = lexicon.list_max_chars
    quoted_short: dict[tuple[int, str], int] = {}  # (pattern, short slogan) -> its uses there
    # honours' names (获评“X”, “X”称号) and quoted speech (提出，“X”) are no slogans either
    if hits is None or hits.context or hits.honours_after:
        not_slogans |= (context_names(clean_text, lexicon) if hits is None
                        else context_names(clean_text, lexicon, hits.context, hits.honours_after))
    product_words = lexicon.product_words
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
                ) or (list_max and "、" in term and is_list_slogan(term, lexicon)):
                    numbered = lexicon.numbered_at_start.match(term) is not None
                    if (term.startswith(ordinals) or (ranking and ranking.match(term))
                            or (numbered and (is_tally(term, lexicon)
                                              or is_not_formula(term, lexicon)))):
                        not_slogans.add(term)  # “第三水源”, “双第一”, “四涨三降一平”, “四舍五入”
                        continue
                    n_quoted[term] = 1
                    kinds[term] = "numbered" if numbered else kinds.get(term, "quoted")
                elif plus is not None and plus.match(term):  # “1+4”
                    n_quoted[term] = 1
                    kinds[term] = "numbered"
                else:
                    not_slogans.add(term)
                    continue
                if len(term) > 3 and term.endswith(product_words):  # “政企交流服务微信群”
                    del n_quoted[term], kinds[term]
                    not_slogans.add(term)
    unquoted: set[str] = set()
    anaphora, tally = lexicon.anaphora, lexicon.tally_chars
    for term, check_head, start in _numbered_matches(clean_text, lexicon):
        if term in kinds:
            continue
        generic = check_head and _numeral_formula_is_generic(term, lexicon)
        if (not generic and not is_not_formula(term, lexicon)
                and (tally.isdisjoint(term) or not is_tally(term, lexicon))
                and not clean_text[max(0, start - 2):start].endswith(anaphora)):
            kinds[term] = "numbered"
            unquoted.add(term)
    # the lexicon's terms, quoted or not (left to right, the longest at each place; one inside
    # a longer found term counts only if it also stands alone: the fragment check below)
    if hits is None:
        named = lexicon.listed.findall(clean_text) if lexicon.listed is not None else []
    else:
        named = list(hits.listed)
    if hits is None or hits.suffixes:
        named += suffix_formulas(clean_text, lexicon, None if hits is None else hits.suffixes)
    for term in named:
        if term not in kinds:
            numbered = lexicon.numbered_at_start.match(term) is not None
            kinds[term] = "numbered" if numbered else "lexicon"
            unquoted.add(term)
    for term in programmes(clean_text, lexicon):  # 推行|长者医疗券计划
        if term not in kinds:
            kinds[term] = "programme"
            unquoted.add(term)
    for term in titles(clean_text, lexicon) if hits is None or hits.titles else ():
        kinds.setdefault(term, "title")
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
        others = [other for other in kinds if len(other) > len(term) and term in other]
        # more occurrences than the longer terms' occurrences can hold: some stand alone
        if counts[term][0] > sum(counts[o][0] * _overlapping(o, term) for o in others):
            continue
        longer = [s for other in others for s in occurrences(other)]
        if all(any(a <= s and e <= b for a, b in longer) for s, e in occurrences(term)):
            spans[term] = []
            counts[term] = (0, -1)
    found = [(t, kinds[t], n, first) for t, (n, first) in counts.items() if n]
    found.sort(key=lambda row: (-row[2], row[3]))
    return [(term, kind, count) for term, kind, count, _ in found]


def policy_terms(clean_text: str) -> pl.DataFrame:
    """Policy terms of one document: columns term, kind ('quoted', 'numbered', 'lexicon',
    'programme' or 'title'), count.

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
    lexicon = load_lexicon()
    found = lexicon_hits(texts.get_column("text"), lexicon)
    for (doc_id, text), hits in zip(texts.iter_rows(), found, strict=True):
        for term, kind, count in find_policy_terms(text, lexicon, hits):
            columns["doc_id"].append(doc_id)
            columns["term"].append(term)
            columns["kind"].append(kind)
            columns["count"].append(count)
    return pl.DataFrame(columns, schema={"doc_id": pl.String, **POLICY_TERMS_SCHEMA})
