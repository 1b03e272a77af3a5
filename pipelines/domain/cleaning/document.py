"""clean_document: decoded raw text -> typed blocks and sentences with an exact raw offset map."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, pairwise

from pipelines.domain.cleaning.aligned import INVISIBLE, block_runs
from pipelines.domain.cleaning.columns import warning as columns_warning
from pipelines.domain.cleaning.construct import builder, paused_gc
from pipelines.domain.cleaning.furniture import dateline, issuer_line, source_from_text
from pipelines.domain.cleaning.lexicon import HAN, HAN_CHAR, heading_rules, source_rules
from pipelines.domain.cleaning.lines import annotate, heading_like, marker_level, plan_blocks
from pipelines.domain.cleaning.markup import text_view
from pipelines.domain.cleaning.normalize import normalize_chars
from pipelines.domain.cleaning.page import Page, Plan, split_lines
from pipelines.domain.cleaning.script import script_and_simplified
from pipelines.domain.cleaning.sentences import sentence_texts
from pipelines.domain.cleaning.sentences import sentences as split_sentences
from pipelines.domain.offsets import decode_runs, split_runs
from pipelines.domain.records import Block, BlockKind, Script, Sentence
from pipelines.domain.segmentation import Segmenter, default_segmenter

SPACED_KINDS = frozenset(
    {"heading", "byline", "editor_line", "caption", "page_marker", "masthead_date", "url",
     "section_number", "furniture"}
)
TEXT_KINDS = frozenset({"heading", "paragraph", "list_item"})
DEFAULT_HEADING_LEVEL = 2  # an unmarked heading after the page's first body text
DATELINE_BLOCKS = 3
MAX_ISSUER_LINE = 40  # a block naming who issued the text (天河区统计局 国家统计局天河调查队)
# Gaps of spaced-out characters (新 时 代) and surrounding spaces. Every branch starts with the
# space itself (context checked after it), so the engine jumps from space to space.
_SPACED_GAP = re.compile(
    rf" (?<=[{HAN}] )(?=[{HAN}] )| (?<=[{HAN}] [{HAN}] )(?=[{HAN}])| (?<=\A ) *|  *$"
)
_MASTHEAD_DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\s*[，,]?\s*(星期|周|礼拜)[一二三四五六日天])?"
)
_DATED = re.compile(r"\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")
_NO_PUNCT = re.compile(rf"[{HAN}A-Za-z0-9 “”‘’《》·]+")  # body blocks searched for a dateline


BlockRow = tuple[int, BlockKind, "int | None", str, int, int]
"""(block_no, kind, level, text, raw_start, raw_end): the fields of a ``Block``."""
SentenceRow = tuple[int, int, str, int, int, bool, tuple[str, ...], list[int]]
"""(sent_no, block_no, text, raw_start, raw_end, is_heading, heading_path, offset runs): the
fields of a ``Sentence``, its ``raw_index`` as runs (:mod:`pipelines.domain.offsets`)."""


@dataclass(frozen=True)
class CleanedDocument:
    """The cleaning stage's result for one document.

    Blocks and sentences are kept as plain rows (what the batch stage turns into frames);
    ``blocks`` and ``sentences`` build the typed records from them when first asked for.
    """

    script: Script
    block_rows: tuple[BlockRow, ...]
    sentence_rows: tuple[SentenceRow, ...]
    masthead_date_text: str | None = None
    source_hint: str | None = None
    columns: tuple[tuple[int, int, int], ...] = ()  # stretches read as columns (columns.py):
    # (number of columns, first line, last line), lines numbered from 1

    @property
    def layout_warning(self) -> str | None:
        """How the layout was read when not line by line (``read as 2 columns (lines 5-24)``),
        None when it was."""
        return columns_warning(self.columns)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        new = builder(Block)
        return tuple(
            new({"block_no": no, "kind": kind, "level": level, "text": text,
                 "raw_start": start, "raw_end": end})
            for no, kind, level, text, start, end in self.block_rows)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        new = builder(Sentence)
        return tuple(
            new({"sent_no": no, "block_no": block, "text": text, "raw_start": start,
                 "raw_end": end, "is_heading": heading, "heading_path": path,
                 "raw_index": tuple(decode_runs(runs, len(text)))})
            for no, block, text, start, end, heading, path, runs in self.sentence_rows)


def _isolated(plans: list[Plan], i: int, page: Page, after_heading: bool) -> bool:
    """A one-line plan standing apart: blank/furniture/heading before it and after it."""
    plan = plans[i]
    first, last = plan.lines[0], plan.lines[-1]
    blanks, kinds = page.blanks, page.kind
    before_ok = first == 0 or page.indent[first] or (
        blanks[first] > blanks[first - 1]
    ) or kinds[first - 1] is not None
    before_ok = before_ok or after_heading
    nxt = last + 1
    if nxt >= len(page):
        return before_ok
    after_ok = (
        blanks[nxt] > blanks[last]
        or kinds[nxt] is not None
        or heading_like(page, nxt)
        or page.md_level[nxt] is not None
    )
    return before_ok and after_ok


def _own_line(plan: Plan, page: Page) -> bool:
    """A one-line plan after a blank line or a sentence's end, with a line over twice as long
    right under it, a paragraph of its own: a page of one line per paragraph sets its section
    headings so (经济概况⏎2025年本港经济增长3.2%，…。⏎财政状况⏎2025-26年度…)."""
    first, last = plan.lines[0], plan.lines[-1]
    nxt = last + 1
    return (first == last and first > 0 and nxt < len(page)
            and (page.blank_before[first] or page.ends[first - 1])
            and len(page.text[nxt]) > 2 * len(page.text[first]) and not page.full[first])


_TITLE_STOPS = re.compile("[，,；;：:。、！？!?]")


def _wrapped_title(text: str, plan: Plan, page: Page) -> bool:
    """A heading cut by the column's edge: two lines, the first filling the column, short in
    all and with no clause or sentence mark (攸县推进乡村全面振兴实施方案（2026—2028⏎年）); or
    three, a title's own two lines, the second cut by the column (贵州省国民经济和社会发展⏎第十五个
    五年规划和二〇三五年远景目⏎标纲要)."""
    return (len(text) <= heading_rules().max_plain_heading_chars
            and page.full[plan.lines[-2]] and not _TITLE_STOPS.search(text))


_TITLE_NOTE = re.compile("（[^（）]{1,10}）$")  # (…报告（节选）, …施政报告（摘要）)


def _page_title(text: str) -> bool:
    """The page's first block as a document title that names things in a series
    (…2024年度环境、社会及公司治理（ESG）报告（节选）): a title ending, a bracketed note after it
    allowed, no clause or sentence mark but 、, ``max_title_line_chars`` at most (the rules
    above take a title with no 、). Cut from the text it ran into (paragraphs run together), it
    stands alone on a line."""
    rules = heading_rules()
    return ("、" in text and len(text) <= rules.max_title_line_chars and not _TITLE_STOPS.search(
        text.replace("、", "")) and _TITLE_NOTE.sub("", text).endswith(rules.title_endings))


def _noted_title(text: str) -> bool:
    """A title with its bracketed note on a line of its own (2025年全国演出市场发展简报⏎（摘要）):
    short, no punctuation but the note's brackets."""
    bare = _TITLE_NOTE.sub("", text)
    return (bare != text and len(text) <= heading_rules().max_plain_heading_chars
            and _NO_PUNCT.fullmatch(bare) is not None)


def _headline_lines(text: str, plan: Plan) -> bool:
    """A news page's headline on two short lines above the body, its main line and the line
    under it (2025年我市火灾起数、亡人数“双下降”⏎消防救援队伍全年接警出动1.86万起): each line short,
    no clause or sentence mark but 、."""
    lines = [line.strip() for line in plan.texts()]
    return (len(lines) == 2 and all(len(line) <= _HEADLINE_LINE_CHARS for line in lines)
            # (parts set apart by an ideographic space: sentences of their own, _headline_parts)
            and not any(" " in line or "\u3000" in line for line in lines)
            and not _TITLE_STOPS.search(text.replace("、", "")))


_HEADLINE_LINE_CHARS = 30


def _classify(
    plans: list[Plan], texts: list[str], page: Page
) -> list[tuple[BlockKind, int | None]]:
    """Kind and heading level of each plan."""
    rules = heading_rules()
    out: list[tuple[BlockKind, int | None]] = []
    seen_body = False
    md_level, bullet = page.md_level, page.bullet
    for i, plan in enumerate(plans):
        text = texts[i]
        first = plan.lines[0]
        kind: BlockKind
        level: int | None = None
        after_heading = bool(out) and out[-1][0] == "heading"
        if plan.kind is not None:
            kind = plan.kind  # type: ignore[assignment]
        elif page.table and page.table[first]:
            kind = "paragraph"  # a markdown table row: a line of figures, never a heading
        elif page.record and page.record[first]:
            kind = "paragraph"  # a record's field (地址：…) among others
        elif md_level[first] is not None and len(text) <= rules.max_markdown_heading_chars:
            kind, level = "heading", md_level[first]
        elif bullet[first]:
            kind = "list_item"
        elif (mark := marker_level(text)) is not None:
            short = len(text) <= rules.max_heading_chars and not any(c in "。；;" for c in text)
            kind, level = ("heading", mark) if short else ("list_item", None)
        elif text and (
            plan.heading_group
            or (len(text) <= rules.max_plain_heading_chars and _NO_PUNCT.fullmatch(text)
                and _isolated(plans, i, page, after_heading))
            or (len(plan.lines) == 1 and heading_like(page, first)
                and _isolated(plans, i, page, after_heading))
            or (len(plan.lines) in (2, 3) and _wrapped_title(text, plan, page)
                and _isolated(plans, i, page, after_heading))
            or (i == 0 and _page_title(text) and _isolated(plans, i, page, after_heading))
            or (len(plan.lines) == 2 and _noted_title(text)
                and _isolated(plans, i, page, after_heading))
            or (not seen_body and _headline_lines(text, plan)
                and _isolated(plans, i, page, after_heading))
        ):
            kind, level = "heading", (DEFAULT_HEADING_LEVEL if seen_body else 1)
        elif (text and len(text) <= rules.max_plain_heading_chars and _NO_PUNCT.fullmatch(text)
              and _own_line(plan, page)):
            kind, level = "heading", DEFAULT_HEADING_LEVEL  # (a section's, never the title's)
        else:
            kind = "paragraph"
        if kind in ("paragraph", "list_item"):
            seen_body = True
        out.append((kind, level))
    return out


def clean_document(raw: str, seg: Segmenter | None = None, markup: bool = True
                   ) -> CleanedDocument:
    """Repair, type and split one document; every clean char maps to one raw char.
    ``markup=False``: ``raw`` is already ``markup.text_view`` of the raw text."""
    with paused_gc():
        return _clean(text_view(raw) if markup else raw, seg or default_segmenter())


def _clean(raw: str, seg: Segmenter) -> CleanedDocument:
    """``clean_document`` (the garbage collector paused: see ``construct.paused_gc``)."""
    script, simplified = script_and_simplified(raw)
    norm = normalize_chars(simplified)
    page = split_lines(norm, simplified)  # (column gaps: tabs kept, same offsets)
    annotate(page)
    plans = plan_blocks(page, seg)
    kinds = _classify(plans, [_rough_text(p) for p in plans], page)

    blocks: list[BlockRow] = []
    sentences: list[SentenceRow] = []
    path: list[tuple[int, str]] = []  # (level, heading text) of enclosing headings
    heading_path: tuple[str, ...] = ()  # their texts
    masthead: str | None = None
    source: str | None = None
    issuer_ends = source_rules().publisher_ends
    body_seen = 0
    body_started = False  # a paragraph of the body (a sentence ended by 。) has been read
    for plan, (kind, level) in zip(plans, kinds, strict=True):
        text, runs = block_runs(plan, kind in SPACED_KINDS)
        if not text:
            continue
        block_no = len(blocks)
        raw_end = runs[-1] + len(text) - runs[-2]
        raw_start = runs[1]
        if page.columns and len(runs) > 2:  # (read as columns: offsets may go back)
            raw_start, raw_end = _raw_span(text, runs)
        blocks.append((block_no, kind, level, text, raw_start, raw_end))
        if kind in ("byline", "masthead_date", "furniture", "url", "editor_line"):
            source = source or source_from_text(text)
        if masthead is None and (kind == "masthead_date" or (
                kind == "furniture" and not body_started and _DATED.search(text))):
            masthead = text  # (a web page's header line gives its date too: above the body, not
            # a dated link of a 相关阅读 list at its foot)
        if kind not in TEXT_KINDS:
            continue
        body_started = body_started or (kind != "heading" and "。" in text)
        # a block made only of issuers' names: a heading under the title, or the signature at
        # the foot of a notice (国务院办公厅 above its date), which the layout may leave a paragraph
        if source is None and len(text) <= MAX_ISSUER_LINE and text[-1] in issuer_ends:
            source = issuer_line(text)
        if kind == "heading":
            lvl = level or DEFAULT_HEADING_LEVEL
            while path and path[-1][0] >= lvl:
                path.pop()
                heading_path = tuple(h for _, h in path)
            sentences.append((len(sentences), block_no, text, runs[1], raw_end, True,
                              heading_path, runs))
            path.append((lvl, text))
            heading_path = tuple(h for _, h in path)
            continue
        if body_seen < DATELINE_BLOCKS:
            body_seen += 1
            found = dateline(text)
            if found and masthead is None:
                masthead = found[0]
                source = source or found[1]
        sent_no = len(sentences)
        if not body_started and kind == "paragraph" and (
                parts := _headline_parts(text, runs, simplified)) is not None:
            # 台风“青鸾”登陆阳江　我省紧急转移46.8万人 / 直接经济损失约31.6亿元　九成以上…: a
            # headline's parts, parted by an ideographic space or a line's end, one sentence each
            for sentence, (own, start, end) in zip(
                    [text[a:b] for a, b in parts], split_runs(runs, parts), strict=True):
                sentences.append((sent_no, block_no, sentence, start, end, False,
                                  heading_path, own))
                sent_no += 1
            continue
        if " " not in text:  # sentences of unspaced text are cut at their ends only
            pieces = sentence_texts(text)
            if len(runs) == 2:  # one straight run (a one-line block, or one cut at no line end)
                a = runs[1]
                for sentence in pieces:
                    b = a + len(sentence)
                    sentences.append((sent_no, block_no, sentence, a, b, False, heading_path,
                                      [0, a]))
                    sent_no += 1
                    a = b
            elif len(pieces) == 1:  # the whole block
                sentences.append((sent_no, block_no, text, runs[1], raw_end, False,
                                  heading_path, runs))
            else:
                spans = list(pairwise(accumulate(map(len, pieces), initial=0)))
                for sentence, (own, start, end) in zip(pieces, split_runs(runs, spans),
                                                       strict=True):
                    sentences.append((sent_no, block_no, sentence, start, end, False,
                                      heading_path, own))
                    sent_no += 1
            continue
        found = split_sentences(text)
        if len(runs) == 2:
            r = runs[1]
            for a, b, sentence in found:
                sentences.append((sent_no, block_no, sentence, r + a, r + b, False,
                                  heading_path, [0, r + a]))
                sent_no += 1
        elif len(found) == 1 and found[0][1] - found[0][0] == len(text):  # the whole block
            sentences.append((sent_no, block_no, text, runs[1], raw_end, False, heading_path,
                              runs))
        else:
            for (_, _, sentence), (own, start, end) in zip(
                    found, split_runs(runs, [(a, b) for a, b, _ in found]), strict=True):
                sentences.append((sent_no, block_no, sentence, start, end, False,
                                  heading_path, own))
                sent_no += 1
    if page.columns:
        sentences = _spans_in_columns(sentences)
    return CleanedDocument(
        script=script,
        block_rows=tuple(blocks),
        sentence_rows=tuple(sentences),
        masthead_date_text=_masthead_date(masthead),
        source_hint=source,
        columns=tuple(page.columns),
    )


# a sentence's end inside a block (a headline has none)
_SENTENCE_ENDS = re.compile("[。！？；!?;]")
_LABELLED = re.compile("[：:]")
_HEADLINE_PART = 4  # Han characters a headline's part holds at least
_HEADLINE_LINES = 2  # a title and its second line, each of two parts at most


def _headline_parts(text: str, runs: list[int], raw: str) -> list[tuple[int, int]] | None:
    """The clean spans of a headline's parts: a block above the body with no sentence's end
    whose lines (two at most) hold an ideographic space between two Han characters, one a line
    at most (a title and its second part set apart: 台风“青鸾”登陆阳江　我省紧急转移46.8万人),
    parted there and at its lines' ends; None for any other block (cleaning drops those
    spaces and joins the lines, which read a headline's parts as one clause)."""
    if len(runs) <= 2 or _SENTENCE_ENDS.search(text) is not None or _LABELLED.search(text):
        return None  # (发布日期：…　发布单位：…: a page's labelled fields, no headline)
    cuts, ideographic, gaps, lines = [], False, 0, 1
    for k in range(2, len(runs), 2):
        at = runs[k]
        gap = raw[runs[k - 1] + at - runs[k - 2] : runs[k + 1]]
        if not gap or gap.strip(" \t\u3000\r\n") or not 0 < at < len(text):
            continue
        inside = "\n" not in gap
        if inside and not ("\u3000" in gap and HAN_CHAR.match(text, at - 1)
                           and HAN_CHAR.match(text, at)):
            continue
        ideographic = ideographic or inside
        gaps += inside
        lines += not inside
        cuts.append(at)
    if not ideographic or lines > _HEADLINE_LINES or gaps > lines:
        return None  # (verse: three lines of halves an ideographic space parts, as before)
    spans = list(pairwise([0, *cuts, len(text)]))
    if any(len(HAN_CHAR.findall(text, a, b)) < _HEADLINE_PART for a, b in spans):
        return None
    return spans


def _raw_span(text: str, runs: list[int]) -> tuple[int, int]:
    """Lowest raw offset of a text whose map is ``runs``, and one past its highest."""
    ends = [*runs[2::2], len(text)]
    return min(runs[1::2]), max(r + e - c for c, r, e in zip(runs[0::2], runs[1::2], ends,
                                                             strict=True))


def _spans_in_columns(sentences: list[SentenceRow]) -> list[SentenceRow]:
    """Raw start and end of the sentences of a page read as columns: a sentence that runs from
    the foot of one column to the head of the next goes back in the raw text, so its span is
    from its lowest raw offset to its highest (its offset runs stay exact)."""
    out: list[SentenceRow] = []
    for row in sentences:
        no, block, text, start, end, heading, path, runs = row
        if len(runs) > 2:
            a, b = _raw_span(text, runs)
            if (a, b) != (start, end):
                row = (no, block, text, a, b, heading, path, runs)
        out.append(row)
    return out


def _rough_text(plan: Plan) -> str:
    """Block text for classification: lines concatenated, markup and spaced-out gaps gone."""
    text = plan.text()
    if "*" in text:
        text = text.replace("**", "")
    if INVISIBLE in text:
        text = text.replace(INVISIBLE, "")
    return _SPACED_GAP.sub("", text) if " " in text else text


def _masthead_date(text: str | None) -> str | None:
    """The date part of a masthead line ("2023年3月20日 星期一要闻" -> without the section)."""
    if text is None:
        return None
    m = _MASTHEAD_DATE.match(text)
    return m.group() if m else text
