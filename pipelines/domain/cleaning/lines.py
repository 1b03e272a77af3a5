"""Which physical lines of a page (page.py) belong together in one block.

Text extracted from print breaks lines at the column edge, inside sentences and inside words,
and often adds blank lines inside paragraphs. A line is joined to the next one when it does not
end a sentence and (a) it fills its column, or (b) a dictionary word spans the break. Headings
(short standalone lines), page furniture, markdown headings, bullets, list markers and indented
lines start new units. Furniture that interrupts a paragraph (a caption, a page marker) does not
end it: the paragraph continues after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache
from itertools import compress
from string import ascii_letters, digits

import numpy as np

from pipelines.domain.cleaning.furniture import (
    DATED_LINK,
    furniture_kinds,
    is_name_list,
    issuer_line,
    opens_unclosed_byline,
)
from pipelines.domain.cleaning.lexicon import (
    CJK_PUNCT,
    HAN,
    furniture_rules,
    heading_rules,
    punctuation,
    source_rules,
)
from pipelines.domain.cleaning.page import BODY_PUNCT, NUMBER_GOES_ON, Page, Plan, char_table
from pipelines.domain.cleaning.prefilter import JoinedLines, LinePrefilter
from pipelines.domain.cleaning.widths import columns_array, half_widths, widths_array
from pipelines.domain.segmentation import Segmenter

_MID_SENTENCE_END = frozenset("，,、：:；;“‘（(《—")
# (character classes searched, not sets tested per character: no string per character)
_INNER_STOP = re.compile("[。；;]")
_INNER_QUESTION = re.compile("[？?！!]")
_SHORT = 4  # standalone author names are at most this long
_DASHES = "—―"  # a line opening with one may be a subtitle (——2024年1月8日在…会议上)
LATIN = ascii_letters + digits  # ASCII letters and digits: Latin words, numbers
# A point ending a line after one of these ends a sentence (a figure's % then 。 read as a point,
# an English sentence); after a digit it is a decimal point cut by the column's edge.
_BEFORE_FINAL_POINT = frozenset("%‰" + ascii_letters)

FULL_LOW, FULL_HIGH = 0.8, 1.15  # a line "fills its column" within these ratios
MIN_FULL_WIDTH = 8.0  # narrower lines are labels, not column text
SHORT_SPAN_LOW = 0.6  # a word spanning the break joins lines at least this full
SAME_WIDTH = 0.1
LONG_LINE = 40.0  # wider lines are never headings
MAX_ISSUER_CHARS = 40  # a line of issuers' names (天河区统计局 国家统计局天河调查队) is no longer
INDENT_WIDTH = 2.0  # an indented first line lost this much width


def is_document_title(text: str) -> bool:
    """Is this first line of a page a complete document title (某区人民政府关于…禁放的通告):
    short, without body punctuation, ending with a kind of document (headings.yaml)? Followed
    by a sentence, it is not joined to it (the title chooser takes it as the title)."""
    rules = heading_rules()
    return (len(text) <= rules.max_title_line_chars and text.endswith(rules.title_endings)
            and not BODY_PUNCT.search(text))


def heading_like(page: Page, i: int) -> bool:
    """Could line ``i`` be (part of) a heading: short, no sentence end inside, not cut
    mid-clause?"""
    t = page.text[i]
    if page.kind[i] or not t or t.isdigit():
        return False
    if len(t) - t.count(" ") > heading_rules().max_plain_heading_chars:
        return False
    if t[-1] in _MID_SENTENCE_END or _INNER_STOP.search(t):
        return False
    if t[-1] in _SPOKEN_END and _SPEAKER.match(t):
        return False  # 记者（经济日报）：…如何？ / 主持人：…谢谢大家！ — a speaker's turn
    return not _INNER_QUESTION.search(t, 0, len(t) - 1)


_SPOKEN_END = frozenset("？?！!")
# A speaker's label before a colon (主持人：, 记者（21世纪经济报道）：, 王晓明：)
_SPEAKER = re.compile(r"[^：:，,。]{1,24}[：:](?!$)")


@cache
def _marker_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """All heading markers as one anchored alternation (first listed wins)."""
    markers = heading_rules().markers
    levels = {f"m{i}": level for i, (_, level) in enumerate(markers)}
    alts = "|".join(f"(?P<m{i}>{p.pattern.lstrip('^')})" for i, (p, _) in enumerate(markers))
    return re.compile(f"^(?:{alts})"), levels


@cache
def _marker_prefilter() -> LinePrefilter:
    """Lines of a page that may open with a heading marker (one search per page)."""
    return LinePrefilter([p.pattern for p, _ in heading_rules().markers], keep_anchors=True)


def marker_level(text: str) -> int | None:
    pattern, levels = _marker_pattern()
    m = pattern.match(text)
    return levels[m.lastgroup] if m and m.lastgroup else None


def annotate(page: Page) -> None:
    """Furniture kinds (with byline continuations), widths and column estimates, in place."""
    texts = page.text
    kind = page.kind
    joined = JoinedLines(texts)  # searched for furniture and for heading markers
    _furniture_kinds(page, furniture_kinds(texts, joined))
    _wrapped_fields(page, joined)
    _link_lists_and_running_headers(page)
    # Standalone author names next to a heading or closing the page ("张远岗", "吴垠").
    last = len(texts) - 1
    for i in compress(range(len(texts)), map(_SHORT.__ge__, map(len, texts))):
        if (kind[i] is None and page.md_level[i] is None and is_name_list(texts[i])
                and (i == last or (i > 0 and heading_like(page, i - 1))
                     or heading_like(page, i + 1))):
            kind[i] = "byline"
    # Column width from nearby running text (bullets and markdown headings have their own
    # layout). Only neighbours of comparable width count: a page mixes columns of different
    # widths, and headings or numbers far narrower than this line say nothing about it.
    indent = np.array(page.indent, dtype=bool)
    start = np.array(page.start, dtype=np.int64)
    end = np.array(page.end, dtype=np.int64)
    if page.codes is None:
        line_widths = widths_array(texts)
    else:  # from the page text's running width (each line text is page text[start:end])
        halves = np.zeros(len(page.codes) + 1, dtype=np.int64)
        np.cumsum(half_widths().take(page.codes, mode="clip"), out=halves[1:])
        line_widths = 0.5 * (halves[end] - halves[start])
    english = _english_lines(page, line_widths, start, end)
    line_widths += INDENT_WIDTH * _lost_width(page, indent)
    furniture, md = _flags(kind), _flags(page.md_level)  # (markdown levels start at 1)
    body = ~(furniture | md | np.array(page.bullet, dtype=bool))
    line_columns = line_widths.copy()
    line_columns[body] = columns_array(line_widths[body])
    _settle(page, line_widths, line_columns, indent if english is None else indent | english,
            furniture, md, joined, start, end)


# (Latin-1 letters too: a Macau bureau's Portuguese name under its Chinese one, Direcção dos
# Serviços de Estatística e Censos)
_ENGLISH_LINE = re.compile(r"[A-Za-zÀ-ÿ][\x21-\x7eÀ-ÿ]*(?: [\x21-\x7eÀ-ÿ]+){2,}")
_CJK_END = re.compile(rf"[{HAN}{CJK_PUNCT}]$")


def _english_lines(page: Page, line_widths: np.ndarray, start: np.ndarray, end: np.ndarray
                   ) -> np.ndarray | None:
    """Lines of three or more English words after a line that ends in Chinese (a translation
    under a title or a paragraph: China PV Industry: 2025 H1 Review): they start a block of
    their own (flagged as if indented; None when there are none). A line without Han characters
    is no wider than its length (Han count 1, other characters 1/2, spaces 0), so only those are
    matched."""
    texts = page.text
    found = [k for k in np.flatnonzero(2.0 * line_widths <= (end - start)).tolist()
             if k and _ENGLISH_LINE.fullmatch(texts[k]) and _CJK_END.search(texts[k - 1])]
    if not found:
        return None
    out = np.zeros(len(page), dtype=bool)
    out[found] = True
    return out


def _link_lists_and_running_headers(page: Page) -> None:
    """Furniture known by its place: the links listed under a 相关链接 line (up to a blank
    line, lines that end no sentence), and a running header (a short line that stands at the
    top of the page or next to a page number and recurs there: 泉州市人民政府公报 2025年第2期).
    Only the lines next to furniture are looked at (a header recurs among them). The text's
    first line counts as a recurrence but stays text unless laid out as a header (a column gap
    inside it): a report's title is often its running header on the later pages."""
    kinds = page.kind
    marked = list(compress(range(len(kinds)), kinds))  # (few: furniture only)
    if not marked:
        return
    rules = furniture_rules()
    texts, blanks, n = page.text, page.blanks, len(kinds)
    for i in marked:
        if kinds[i] == "furniture" and rules.link_list_head.match(texts[i]):
            j = i + 1
            while (j < n and blanks[j] == blanks[i] and kinds[j] is None
                   and len(texts[j]) <= rules.link_max_chars
                   and not (_DATED_LINK_STOP if DATED_LINK.search(texts[j])
                            else _LINK_LIST_STOP).search(texts[j])):
                kinds[j] = "furniture"
                j += 1
    for i in marked:  # a page number alone (1) over the running header that repeats the
        # page's first line (內政部戶政司全球資訊網): a page's footer, no section's number
        if (kinds[i] == "section_number" and texts[i].isdigit() and 0 < i < n - 1
                and kinds[i + 1] is None and texts[i + 1] == texts[0]):
            kinds[i] = "page_marker"
    limit = rules.running_header_max_chars
    near = {j for i in marked if kinds[i] == "page_marker" for j in (i - 1, i + 1)
            if 0 <= j < n}
    if not near:
        return  # no page numbers: no running header to recur next to them
    near.add(0)
    counts = Counter(texts[j] for j in near
                     if kinds[j] is None and len(texts[j]) <= limit
                     and not _LINK_LIST_STOP.search(texts[j]))
    for j in near:
        if counts.get(texts[j], 0) >= 2 and kinds[j] is None and page.md_level[j] is None:
            if j == 0 and "  " not in texts[0]:
                continue  # the page's first line, repeated as the running header: the title
            kinds[j] = "page_marker"


_LINK_LIST_STOP = re.compile("[。！？；，,;]")
# (a link closing on its date, furniture.DATED_LINK: only a sentence's end stops the list)
_DATED_LINK_STOP = re.compile("[。；;]")


def _flags(values: list) -> np.ndarray:
    """Which values are true, as an array (for lists that are mostly None)."""
    out = np.zeros(len(values), dtype=bool)
    out[list(compress(range(len(values)), values))] = True
    return out


def _furniture_kinds(page: Page, found: list[str | None]) -> None:
    """Set the furniture kind of each line: ``found`` by its own text, or byline when it
    continues a byline (an open bracket, or a list of names after it).

    Only lines with a kind found and the lines after bylines can change, so only those are
    visited, in page order.
    """
    marked = [i for i, kind in enumerate(found) if kind is not None]
    kinds, texts, md_level, joins_prev = page.kind, page.text, page.md_level, page.joins_prev
    n, k = len(kinds), 0
    i, open_bracket = -1, False  # last visited line and the state after it
    while True:
        if i >= 0 and i + 1 < n and kinds[i] == "byline":
            j = i + 1
        else:
            while k < len(marked) and marked[k] <= i:
                k += 1
            if k == len(marked):
                return
            j = marked[k]
        if j - 1 != i:
            open_bracket = False  # the line before j was not visited: not a byline
        text = texts[j]
        kind = kinds[j]
        if kind is None and md_level[j] is None:
            if open_bracket:
                kind = kinds[j] = "byline"
                joins_prev[j] = ""
            elif j > 0 and kinds[j - 1] == "byline" and is_name_list(text):
                kind = kinds[j] = "byline"
                joins_prev[j] = " "
            else:
                kind = kinds[j] = found[j]
        if kind == "byline":
            sep = joins_prev.get(j)
            open_bracket = opens_unclosed_byline(
                text if not sep else texts[j - 1] + text
            ) and not (sep == "" and (")" in text or "）" in text))
        else:
            open_bracket = False
        i = j


_FIELD_VALUE = 30  # characters of a field's value a wrap moves to the next line, at most
_LABELLED = frozenset({"masthead_date", "furniture", "editor_line", "byline"})


_COLON_OPENS = re.compile("\n[：:]")


def _wrapped_fields(page: Page, joined: JoinedLines) -> None:
    """A line opening with a colon under a page's furniture line of labelled fields (2025-03-18
    17:42　来源：证券时报网　作者⏎：吴晓东): the last field's value, cut by the column's edge,
    is part of that line (in place), not a heading of its own. (One search of the page.)"""
    kinds, texts = page.kind, page.text
    for m in _COLON_OPENS.finditer(joined.text):
        j = bisect_left(joined.starts, m.start())
        if (j and kinds[j - 1] in _LABELLED and kinds[j] is None
                and len(texts[j]) <= _FIELD_VALUE and not BODY_PUNCT.search(texts[j], 1)
                and page.blanks[j] == page.blanks[j - 1]):
            kinds[j] = kinds[j - 1]
            page.joins_prev[j] = ""


def _same_width(page: Page, prev: int, line: int, first: bool) -> bool:
    """Two adjacent lines of the same width: one column, whatever the neighbours say."""
    width = page.width
    w = width[prev] + (INDENT_WIDTH if first and not page.indent[prev] else 0.0)
    return width[prev] >= MIN_FULL_WIDTH and abs(w - width[line]) <= SAME_WIDTH * width[line]


def _settle(page: Page, w: np.ndarray, col: np.ndarray, indent: np.ndarray,
            furniture: np.ndarray, md: np.ndarray, joined: JoinedLines, start: np.ndarray,
            end: np.ndarray) -> None:
    """Columns and per-line facts used when grouping lines (kinds and widths are final).

    A line "fills its column" when it is at least ``MIN_FULL_WIDTH`` wide and within
    ``FULL_LOW``..``FULL_HIGH`` of its column; a paragraph's first line may have lost its indent.
    """
    p = punctuation()
    texts = page.text
    final = frozenset(p.line_final)
    last = None if page.codes is None else page.codes.take(end - 1)
    if page.codes is not None:
        dash = char_table(_DASHES).take(page.codes.take(start), mode="clip")
    else:
        dash = np.fromiter((t[:1] in _DASHES for t in texts), dtype=bool, count=len(texts))
    page.dash = dash.tolist()
    if last is not None:
        latin = char_table(LATIN)
        after = latin.take(last, mode="clip")
        after[:-1] &= latin.take(page.codes.take(np.array(page.start[1:], dtype=np.int64)),
                                 mode="clip")
        after[-1:] = False
        page.latin_after = after.tolist()
    ends = _last_in(texts, last, p.line_final)
    for k in np.flatnonzero(_last_in(texts, last, ".")).tolist():
        ends[k] = texts[k][-2:-1] in _BEFORE_FINAL_POINT  # (下降0.1%.: OCR's 。; not 增长2.)
    for k in np.flatnonzero(_last_in(texts, last, p.closing) & ~ends).tolist():
        t = texts[k]  # a closing quote or bracket after the sentence end
        ends[k] = len(t) > 1 and t[-2] in final
    first = next((k for k, kind in enumerate(page.kind) if kind is None), None)
    if first is not None and is_document_title(texts[first]):
        # 某区人民政府关于…的通告, then a sentence or an addressee line (各区县人民政府：), the
        # furniture between them skipped (国办发〔2025〕3号): the title stands alone
        after = next((k for k in range(first + 1, len(texts)) if page.kind[k] is None), None)
        if after is not None and (_INNER_STOP.search(texts[after])
                                  or texts[after].rstrip().endswith(("：", ":"))):
            ends[first] = True
    elif first is not None and _headline_over_merged(page, texts, first):
        ends[first] = True
    _end_above_issuers(page, texts, last, ends)
    fits = (w >= MIN_FULL_WIDTH) & (w <= FULL_HIGH * col) & ~_title_over_wider_text(page, w, col)
    low = FULL_LOW * col
    full = fits & (low <= w)
    for k in np.flatnonzero(_last_in(texts, last, ".")).tolist():
        if k + 1 < len(texts) and texts[k][-2:-1].isdigit() and texts[k + 1][:1].isdigit():
            full[k] = True  # (增长12.⏎6%: a decimal point cut at the line end, the number goes on)
    _wrapped_after_sentence_end(page, full, ends, indent | md | furniture)
    if furniture.any():
        _cut_by_furniture(full, w, col, ends, furniture, indent | md)
    page.width, page.column, page.ends = w.tolist(), col.tolist(), ends.tolist()
    page.full = full.tolist()
    page.full_first = (fits & (low <= np.where(indent, w, w + INDENT_WIDTH))).tolist()
    marker_end = page.marker_end = [-1] * len(texts)
    marker = _marker_pattern()[0].match
    for k in _marker_prefilter().candidate_lines(joined):
        if m := marker(texts[k]):
            marker_end[k] = m.end()
    _certain_joins(page, w, full, ends, np.array(marker_end) >= 0, indent, furniture, md, dash,
                   joined)


def _lost_width(page: Page, indent: np.ndarray) -> np.ndarray:
    """The lines that lost ``INDENT_WIDTH`` of their column to an indent: a paragraph's first
    line, not the page's title set in as every paragraph is (　　前三季度西安经济运行稳中有进⏎
    GDP同比增长4.8%: counted as wider, it seemed to fill its own column and ran into the line
    under it without the space a title's two lines keep)."""
    first = next((k for k, kind in enumerate(page.kind) if kind is None), None)
    if first is None or not indent[first] or not heading_like(page, first):
        return indent
    lost = indent.copy()
    lost[first] = False
    return lost


WIDER_TEXT = 2.0  # a line this many times wider than a line's column is in no such column


def _title_over_wider_text(page: Page, w: np.ndarray, col: np.ndarray) -> np.ndarray:
    """Lines without body punctuation right above a line of text far wider than their column
    (a section title over its paragraph, no blank row between): their column was estimated from
    titles of about their width elsewhere on the page, so filling it shows no wrapped line (水资源
    与固体废物 was joined to the paragraph under it)."""
    out = np.zeros(len(w), dtype=bool)
    for k in np.flatnonzero(w[1:] > WIDER_TEXT * FULL_HIGH * col[:-1]).tolist():
        out[k] = _title_over(page, k)
    return out


def _over_wider_text(page: Page, prev: int, line: int) -> bool:
    """``_title_over_wider_text`` for one pair of lines, once their widths are kept on the page:
    nor does a word spanning the break (新能源装机占比过⏎半年报显示) join them."""
    return (page.width[line] > WIDER_TEXT * FULL_HIGH * page.column[prev]
            and _title_over(page, prev))


def _title_over(page: Page, k: int) -> bool:
    """Line ``k`` is text without body punctuation (an outline-marked line may hold 、) after a
    blank row (a paragraph's last line cut inside a word, 居民人均可支配收⏎入…, goes on as
    before), the next line of text right under it."""
    text = page.text[k]
    punct = _MARKED_TITLE_PUNCT if marker_level(text) is not None else BODY_PUNCT
    return (page.blank_before[k] and page.blanks[k + 1] == page.blanks[k]
            and page.kind[k] is None and page.kind[k + 1] is None
            and not punct.search(text))


# what shows running text in a line opening with an outline marker: not the enumeration comma a
# section title lists its topics with (（三）主要会计数据、财务指标发生变动的情况、原因)
_MARKED_TITLE_PUNCT = re.compile("[，,；;：:。]")


MIN_PARAGRAPH_ENDS = 2  # short lines (paragraphs' ends, headings) that show how a page parts
PARTED_SHARE = 0.8  # its paragraphs, at least; share of them a blank row or an indent follows
PARTED_INSIDE = 0.2  # share of the full lines inside paragraphs a blank row follows, at most


def _parted_after(page: Page, short: np.ndarray, opened: np.ndarray) -> int:
    """How many of the ``short`` lines something parts from the next: a blank row or an indent
    (``opened``), or a next line that opens by its own look, a heading (三、工业和建筑业 after a
    section's last line, a title's lines one over another) or a table's row (cells parted by a
    gap: a scanned bulletin's table, its names wrapped, 值 over 第二产业增加  亿元  86.27)."""
    n = int(opened[short].sum())
    for k in np.flatnonzero(short & ~opened).tolist():
        if k + 1 < len(short) and (heading_like(page, k + 1)
                                   or _GAP_INSIDE.search(page.text[k + 1]) is not None):
            n += 1
    return n


_GAP_INSIDE = re.compile(r"\S(?: {2,}|\u3000|\t)\S")


def _wrapped_after_sentence_end(page: Page, full: np.ndarray, ends: np.ndarray,
                                own_layout: np.ndarray) -> None:
    """A line cut at its column's edge right after a sentence or clause end (…增长15.2%；⏎
    绿色贷款余额…) ends no paragraph (in place): its paragraph goes on, so its context (10月末
    at its head) still holds. Only a full line with no blank row or indent after it, on a page
    that parts its paragraphs by a blank row or an indent (after ``PARTED_SHARE`` of its lines
    short of their column at least: paragraphs' last lines, headings) and its lines inside
    paragraphs so after at most ``PARTED_INSIDE`` of the full ones; and only before a line that
    could be no heading (``heading_like``: a sentence or clause end inside it, or longer than a
    heading) and ends neither a sentence nor its paragraph (a sentence on a line of its own
    may be a paragraph of its own: 其次，聚焦…产业。⏎⏎)."""
    n = len(full)
    if n < 3:
        return
    blanks = np.array(page.blanks)
    opened = np.zeros(n, dtype=bool)  # a blank row or an indent opens the next line
    opened[:-1] = (blanks[1:] > blanks[:-1]) | own_layout[1:]
    opened[-1] = True
    text_line = ~_flags(page.kind)
    short = ~full & text_line  # paragraphs' last lines, headings
    short[-1] = False
    count = int(short.sum())
    if count < MIN_PARAGRAPH_ENDS or _parted_after(page, short, opened) < PARTED_SHARE * count:
        return
    inside = full & ~ends & text_line  # lines inside a paragraph (or headings): nothing
    inside[-1] = False  # parts them from the next
    parted = sum(not heading_like(page, k) for k in np.flatnonzero(inside & opened).tolist())
    if parted > PARTED_INSIDE * int(inside.sum()):
        return  # blank rows inside paragraphs too (a PDF's spacing): they show no paragraph
    goes_on = np.zeros(n, dtype=bool)  # the paragraph runs on after the next line too
    goes_on[:-1] = ~opened[1:] & ~ends[1:]
    for k in np.flatnonzero(ends & full & text_line & ~opened & goes_on).tolist():
        if page.kind[k + 1] is None and not heading_like(page, k + 1):
            ends[k] = False  # (a line opening with a marker opens its block all the same)


def _cut_by_furniture(full: np.ndarray, w: np.ndarray, col: np.ndarray, ends: np.ndarray,
                      furniture: np.ndarray, own_layout: np.ndarray) -> None:
    """A printed line cut in two by page furniture (a page number, a running header put in
    where the page broke): the piece before it and the piece after it fill the column together,
    so both count as full (in place), and the paragraph runs on through them. Only where the
    piece before continues a full line of the same paragraph (it is no heading) and ends no
    sentence."""
    n = len(w)
    for k in np.flatnonzero(furniture[:-1] & ~furniture[1:]).tolist():
        line = k + 1  # the first line after a run of furniture
        before = k
        while before >= 0 and furniture[before]:
            before -= 1
        if (before < 1 or line >= n or ends[before] or full[before] or own_layout[line]
                or own_layout[before] or furniture[before - 1] or ends[before - 1]
                or not full[before - 1]):
            continue
        both = w[before] + w[line]
        if FULL_LOW * col[before - 1] <= both <= FULL_HIGH * col[before - 1]:
            full[before] = full[line] = True


def _last_in(texts: list[str], last: np.ndarray | None, chars: str) -> np.ndarray:
    """Does each line end in one of ``chars``? (by the code point ``last`` of its last
    character; the few above the BMP tested on their text)"""
    if last is None:
        return np.fromiter((t[-1] in chars for t in texts), dtype=bool, count=len(texts))
    found = char_table(chars).take(last, mode="clip")
    for k in np.flatnonzero(last > 0xFFFF).tolist():
        found[k] = texts[k][-1] in chars
    return found


def _headline_over_merged(page: Page, texts: list[str], first: int) -> bool:
    """Is the page's first line a headline over paragraphs run together, one a line (a web
    page copied without its breaks)? Short, with no body punctuation, and the next line of
    text (a byline between skipped) a paragraph on one line (twice ``LONG_LINE`` and three
    times the headline at least, a sentence end inside): the headline fills no column of such
    a page; it was joined to the lead as a full line (川渝携手唱好“双城记”  经济圈建设迈上新台阶
    ⏎2020年以来，…)."""
    rules = heading_rules()
    t = texts[first]
    if len(t) > rules.max_title_line_chars or BODY_PUNCT.search(t) or not heading_like(page, first):
        return False
    after = next((k for k in range(first + 1, len(texts)) if page.kind[k] is None), None)
    return (after is not None and len(texts[after]) >= max(2 * LONG_LINE, 3 * len(t))
            and _INNER_STOP.search(texts[after]) is not None)


def _datelines(page: Page, joined: JoinedLines | None = None) -> np.ndarray:
    """Lines opening with a news report's dateline (``headings.yaml`` ``dateline``: 本报讯,
    新华社北京10月8日电, 【記者林志明／臺中報導】): each opens a paragraph. Kept on the page as
    ``Page.dateline`` (None when no line has one). One search of the page's joined lines."""
    out = np.zeros(len(page.text), dtype=bool)
    page.dateline = None
    pattern = _dateline_after_break()
    if pattern is None:
        return out
    if joined is None:
        joined = JoinedLines(page.text)
    starts = joined.starts  # (line k is preceded by the line break at starts[k])
    for m in pattern.finditer(joined.text):
        out[bisect_left(starts, m.start())] = True
    if out.any():
        page.dateline = out.tolist()
    return out


@cache
def _dateline_after_break() -> re.Pattern[str] | None:
    dateline = heading_rules().dateline
    return None if dateline is None else re.compile(f"\n(?:{dateline.pattern})")


def _certain_joins(page: Page, w: np.ndarray, full: np.ndarray, ends: np.ndarray,
                   marked: np.ndarray, indent: np.ndarray, furniture: np.ndarray,
                   md: np.ndarray, dash: np.ndarray, joined: JoinedLines | None = None
                   ) -> None:
    """``Page.settled`` and ``Page.opens``: the lines whose joining is certain either way.

    A line's joining is certain when it continues the line of running text before it whatever
    the block so far looks like (``plan_blocks``' common case, unless that block is a heading
    group): that line is not furniture, not a heading, ends no sentence, carries no marker and
    is long or (with no blank row between) fills its column; this line is not furniture, has no
    layout of its own (indent, bullet, marker, markdown heading). ``plan_blocks`` visits only the
    lines whose joining is not certain and takes each run of certain ones in one step.

    A line certainly opens a new block when the line of running text before it ends a sentence
    or is a markdown heading, or the line has a layout of its own (``_join`` says so first).
    """
    n = len(w)
    rows = np.arange(n)
    prev = np.full(n, -1)  # the line of running text before each line (skipping furniture)
    if n > 1:
        prev[1:] = np.maximum.accumulate(np.where(furniture, -1, rows))[:-1]
    p = np.maximum(prev, 0)
    blanks = np.array(page.blanks)
    blank = blanks > blanks[p]
    bullet = np.array(page.bullet, dtype=bool)
    table = np.array(page.table, dtype=bool) if page.table else np.zeros(n, dtype=bool)
    own_layout = indent | marked | md | bullet | table | _datelines(page, joined)
    records = _records(page, w, prev, joined)
    if records is not None:
        own_layout |= records
    after = (prev >= 0) & ~furniture  # a line of running text after another
    stops = ends[p] | md[p] | table[p]
    certain = (after & ~own_layout & ~stops & ~marked[p] & ~dash
               & ((w[p] > LONG_LINE) | (~blank & full[p])))
    nxt = np.where(certain, n, rows)
    page.settled = np.minimum.accumulate(nxt[::-1])[::-1].tolist()
    # an indent after a full line that ends mid-clause may go on its paragraph (``_join``
    # decides: ``_indent_goes_on``)
    opens = after & (own_layout | stops)
    set_in = np.array(page.indent, dtype=bool)  # (``indent`` holds English lines too)
    if set_in.any():
        texts = page.text
        for k in np.flatnonzero(opens & set_in & ~(own_layout & ~indent) & ~stops
                                & full[p]).tolist():
            opens[k] = texts[p[k]][-1] in "：:"  # (a list after its lead's colon opens)
    page.opens = opens.tolist()


# a record's field opening a line: a short label, its colon, its value (项目编号：N51…,
# 中标金额：￥10,486,320.00元, 地址：成都市…): searched after a line break of the joined lines
_FIELD = re.compile(rf"\n[{HAN}]{{1,8}}[：:](?=[^\n])")


def _records(page: Page, w: np.ndarray, prev: np.ndarray, joined: JoinedLines | None
             ) -> np.ndarray | None:
    """Lines that open a block after a record's field (``label：value`` on a line of its own,
    as notices, announcements and forms print their particulars): the next field (名称：… ⏎
    地址：…), or, after two fields or more, a line of running text far wider than the field
    (综合得分：90.18分⏎两个标段…). A field line is short, so the page's column estimate for it
    comes from its like and it seems to fill its column: read so, the fields ran together into
    one sentence and a figure took the label of the field before it. A field cut mid-clause
    (…，) goes on. The fields are kept on the page (``Page.record``): paragraphs, no headings
    (a headline with a colon, 国家统计局：…, stands alone, no field next to it). None when the
    page has fewer than two fields."""
    if joined is None:
        joined = JoinedLines(page.text)
    starts = joined.starts
    found = [bisect_left(starts, m.start()) for m in _FIELD.finditer(joined.text)]
    if len(found) < 2:
        return None
    n = len(w)
    out = np.zeros(n, dtype=bool)
    field = np.zeros(n + 1, dtype=bool)
    field[found] = True
    texts = page.text
    record = np.zeros(n + 1, dtype=bool)
    for k in np.flatnonzero(field[:-1]).tolist():
        nxt = k + 1
        if nxt < n and prev[nxt] == k and texts[k][-1] not in _MID_SENTENCE_END:
            out[nxt] = field[nxt] or (record[k] and w[nxt] > WIDER_TEXT * w[k])
            record[k] |= field[nxt]
            record[nxt] = field[nxt]
            after = nxt + 1  # a field after one the column's edge cut (地址：…1268号2⏎栋15层)
            if (not field[nxt] and after < n and field[after] and prev[after] == nxt
                    and w[nxt] <= w[k] and texts[nxt][-1] not in _MID_SENTENCE_END):
                out[after] = record[k] = record[after] = True
    if record.any():
        page.record = record[:-1].tolist()
    return out


def _join(plan: Plan, line: int, blank: bool, seg: Segmenter) -> str | None:
    """Separator to join ``line`` to ``plan`` ('' or ' '), or None to start a new block."""
    page = plan.page
    prev = plan.lines[-1]
    md_level = page.md_level
    if page.ends[prev] or md_level[prev] is not None or md_level[line] is not None:
        return None
    if page.bullet[line] or page.marker_end[line] >= 0:
        return None
    if page.indent[line] and not _indent_goes_on(plan, prev, line):
        return None
    if _field_tail(plan, line):
        return ""
    if page.dateline is not None and page.dateline[line]:
        return None  # a report's dateline opens its lead (本报讯…)
    first = len(plan.lines) == 1
    marker_end = page.marker_end[prev]
    if (
        first
        and marker_end >= 0
        and heading_like(page, prev)
        and not BODY_PUNCT.search(page.text[prev], marker_end)
    ):
        if (not blank and page.full_first[prev] and heading_like(page, line)
                and not page.full[line] and _span(page, prev, line, seg)):
            return ""  # a marked heading cut by the column's edge inside a word (一、2025年…
            # 执行情⏎况): one heading
        return None  # a short marked line ("一、2024年工作回顾") is a heading
    if (page.dash and page.dash[line] and not blank and not plan.heading_group
            and heading_like(page, prev) and heading_like(page, line)
            and not plan.has_body_punct()):
        plan.heading_group = True  # a title and its subtitle (——2024年1月8日在…会议上)
        return " "
    if blank and page.dash and page.dash[line] and page.text[prev][-1] in "：:":
        return None  # a list's dash item after its lead, a blank row between (…目标是：⏎⏎——…)
    if page.width[prev] > LONG_LINE and not plan.heading_group:
        return ""  # far too long for a heading, and the sentence is not finished
    if _issuer_under(page, prev, line) and not plan.has_body_punct():
        return None  # 浙江省统计局 under the bulletin's title: who issued it, not more title
    if plan.heading_group:
        if not blank and heading_like(page, line):
            return "" if _span(page, prev, line, seg) else " "
        return None
    if _unit_over_page(page, prev, line):
        return ""
    full = page.full_first[prev] if first else page.full[prev]
    if not blank:
        if (
            full
            or (page.width[prev] >= SHORT_SPAN_LOW * page.column[prev]
                and not _over_wider_text(page, prev, line) and _span(page, prev, line, seg))
            or _same_width(page, prev, line, first)
            or (page.text[prev][-1] in digits and page.text[line][0] in NUMBER_GOES_ON)
            or (plan.has_body_punct() and _clause_runs_on(page.text[prev], page.text[line]))
        ):
            return ""
        # A block that so far has no punctuation at all may be a (multi-line) heading.
        if not plan.has_body_punct() and heading_like(page, prev) and heading_like(page, line):
            if first and _figured_subtitle(page.text[line]) and not _span(page, prev, line, seg):
                return None  # a headline's sub-headline of figures (一季度全市经济运行稳中有进⏎
                # GDP同比增长7.6%，增幅高于全省0.3个百分点): a sentence of its own
            plan.heading_group = True
            return "" if _span(page, prev, line, seg) else " "
        return None
    if heading_like(page, line) and not page.full[line] and not _span(page, prev, line, seg):
        return None  # the next line stands alone like a heading
    if page.record and page.record[prev]:
        return None  # a record's field (聯絡電話：…　新聞稿編號：第114152號) goes on over no
        # blank row: the release's title under it is a block of its own
    if first and page.blank_before[prev] and not _span(page, prev, line, seg):
        return None  # a line standing between blank lines, not cut inside a word
    if full and (plan.has_body_punct() or _span(page, prev, line, seg)):
        return ""
    return None


_FIGURE = re.compile(r"\d")
_NAMED_BEFORE = 4  # characters naming the measure before a sub-headline's first figure


def _figured_subtitle(text: str) -> bool:
    """A short line stating figures as clauses (GDP同比增长7.6%，增幅高于全省0.3个百分点): a
    comma between two clauses, a figure in each, the first clause naming what it measures
    before its figure (not the rest of a clause cut by the column's edge: 全市地区生产总值增长⏎
    5.3%，新建…)."""
    cut = text.find("，")
    first = _FIGURE.search(text, 0, cut) if cut > 0 else None
    return first is not None and first.start() >= _NAMED_BEFORE and (
        _FIGURE.search(text, cut) is not None)


def _unit_over_page(page: Page, prev: int, line: int) -> bool:
    """A page broke between a figure and its unit (…出生數為95,642⏎- 1 -⏎內政部…⏎人，較…): the
    line before the page's furniture ends with a digit, the line after it opens with a unit and
    the clause's mark after it, so the sentence goes on (however short the piece before)."""
    return (line > prev + 1 and page.text[prev][-1:] in _DIGITS
            and all(page.kind[k] == "page_marker" for k in range(prev + 1, line))
            and _UNIT_OPENS.match(page.text[line]) is not None)


_DIGITS = frozenset(digits)
_UNIT_OPENS = re.compile(f"[{HAN}%％]{{1,3}}[，,、；;。]")


def _field_tail(plan: Plan, line: int) -> bool:
    """Is ``line`` the tail of the record's field above it, the column's edge cut it, the next
    field under it (地址：…1268号2⏎栋15层⏎中标金额：…: ``_records``)?"""
    page = plan.page
    record = page.record
    return (bool(record) and len(plan.lines) == 1 and record[plan.lines[0]]
            and not record[line] and line + 1 < len(record) and record[line + 1]
            and page.width[line] <= page.width[plan.lines[0]])


def _indent_goes_on(plan: Plan, prev: int, line: int) -> bool:
    """An indented line goes on the paragraph of running text before it when the line before
    fills its column and ends mid-clause, not with a colon (a page setting every line after a
    blank row in, the blank a page break inside a paragraph: …作为最高政治原⏎⏎　　则和根本…):
    a paragraph opens after a sentence's end, a short line or a heading."""
    page = plan.page
    full = page.full_first[prev] if len(plan.lines) == 1 else page.full[prev]
    return (full and not page.ends[prev] and page.text[prev][-1] not in "：:"
            and any(_CLAUSE_MARK.search(page.text[k]) for k in plan.lines)
            and not _marked_heading_over(plan, prev, line))


def _marked_heading_over(plan: Plan, prev: int, line: int) -> bool:
    """A short line of its own opening with an outline marker, its topics parted by a comma
    (二、工业生产较快增长，高技术制造业增势良好), over an indented line it does not fill the
    column of: a section's heading (the comma keeps it from the marked-heading rule), the
    indented line its section's first paragraph. A line cut by a page break fills the column of
    the line after it (the next line's own width counts: a short line's column estimate comes
    from its like)."""
    page = plan.page
    return (len(plan.lines) == 1 and page.marker_end[prev] >= 0 and heading_like(page, prev)
            and page.width[prev] < FULL_LOW * max(page.column[line], page.width[line]))


_CLAUSE_MARK = re.compile("[，,、；;]")  # (a colon may stand in a record's field: 电话：…)
_CLAUSE_GOES_ON = frozenset("，,、")  # a line ending with one ends no sentence nor paragraph
_YEAR_OPENS = re.compile(r"[0-9]{2,4}年")


def _clause_runs_on(before: str, after: str) -> bool:
    """Does the sentence of a line of running text go on into the next line whatever their
    widths (OCR'd lines cut anywhere)? When it ends with a comma or an enumeration comma, or
    with a word a figure follows (``figure_verbs``: 增长, 完成) and the next line opens with a
    figure that is no year (…收入完成⏎413.2亿元)."""
    if before[-1] in _CLAUSE_GOES_ON:
        return True
    verbs = heading_rules().figure_verbs
    return (after[0] in digits and verbs is not None and verbs.search(before) is not None
            and not _YEAR_OPENS.match(after))


def _end_above_issuers(page: Page, texts: list[str], last: np.ndarray | None,
                       ends: np.ndarray) -> None:
    """A line without body punctuation above a line of issuers' names ends there (in place):
    a title however long (中华人民共和国2024年国民经济和社会发展统计公报) does not run on into
    the 国家统计局 printed under it. Only lines ending like an issuer are looked at (few)."""
    for k in np.flatnonzero(_last_in(texts, last, "".join(source_rules().publisher_ends))
                            ).tolist():
        if (k and not ends[k - 1] and page.kind[k - 1] is None and page.kind[k] is None
                and len(texts[k]) <= MAX_ISSUER_CHARS and _issuer_under(page, k - 1, k)
                and not BODY_PUNCT.search(texts[k - 1])):
            ends[k - 1] = True


def _issuer_under(page: Page, prev: int, line: int) -> bool:
    """``line`` is made only of issuers' names (浙江省统计局, 国家统计局浙江调查总队) and ``prev``
    is not: a title's issuer printed under it without a blank line (issuer names on consecutive
    lines stay one block)."""
    text = page.text[line].strip()
    return (text[-1:] in source_rules().publisher_ends and issuer_line(text) is not None
            and issuer_line(page.text[prev].strip() or " ") is None)


def _span(page: Page, prev: int, line: int, seg: Segmenter) -> bool:
    """Does a dictionary word span the break? (asked only when the layout is undecided;
    ``line`` is joined to one ``prev`` only, so the answer is kept for it)"""
    crosses = page.crosses.get(line)
    if crosses is None:
        text = page.text
        crosses = page.crosses[line] = seg.crosses(text[prev].replace(" ", ""),
                                                   text[line].replace(" ", ""))
    return crosses


def plan_blocks(page: Page, seg: Segmenter) -> list[Plan]:
    """Group lines into blocks in page order (the page went through ``annotate``).

    Runs of lines whose joining is certain (``Page.settled``) are added to the open block in
    one step; the other lines are decided one by one.
    """
    plans: list[Plan] = []
    open_plan: Plan | None = None
    prev = -1  # the open plan's last line
    first = False  # it is the plan's only line
    last_furniture: Plan | None = None
    kinds, settled, opens, n = page.kind, page.settled, page.opens, len(page)
    blanks, width, full, full_first = page.blanks, page.width, page.full, page.full_first
    ends, marker_end, indent = page.ends, page.marker_end, page.indent
    md_level, bullet = page.md_level, page.bullet
    dash = page.dash or [False] * n
    line = 0
    while line < n:
        if open_plan is not None and not open_plan.heading_group:
            stop = settled[line]
            if stop > line:  # lines joined with '' whatever comes: all up to ``stop``
                open_plan.lines += range(line, stop)
                open_plan.seps += [""] * (stop - line)
                prev, first, last_furniture = stop - 1, False, None
                line = stop
                continue
        kind = kinds[line]
        if kind is not None:
            sep = page.joins_prev.get(line)
            if sep is not None and last_furniture is not None:
                last_furniture.lines.append(line)
                last_furniture.seps.append(sep)
            else:
                last_furniture = Plan(page, [line], kind=kind)
                plans.append(last_furniture)
            line += 1
            continue
        last_furniture = None
        if open_plan is not None and not opens[line]:
            blank = blanks[line] > blanks[prev]
            if (  # the common case of ``_join``: a column line continues the paragraph
                (width[prev] > LONG_LINE or (not blank and (full_first[prev] if first
                                                            else full[prev])))
                and not ends[prev]
                and marker_end[line] < 0
                and not indent[line]
                and md_level[prev] is None
                and md_level[line] is None
                and not bullet[line]
                and not dash[line]
                and not open_plan.heading_group
                and not (first and marker_end[prev] >= 0)
            ):
                sep = ""
            else:
                sep = _join(open_plan, line, blank, seg)
            if sep is not None:
                open_plan.lines.append(line)
                open_plan.seps.append(sep)
                prev, first = line, False
                line += 1
                continue
        open_plan = Plan(page, [line])
        plans.append(open_plan)
        prev, first = line, True
        line += 1
    return plans
