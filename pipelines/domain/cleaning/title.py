"""Which text of a cleaned document is its own headline (``marts.documents.title``).

The headline is the first heading before the body starts, skipping what only stands above it:
numbered section headings (一、装机), lines that are a date or a period number (2025年第2期),
a newspaper's name and a source's dateline taken for headings (浙江日报 2025年1月21日 第1版:
:func:`is_masthead`) and page furniture (mastheads, page headers, a filing's 证券代码 line,
which cleaning does not type as headings). A heading group keeps its first part: a subtitle
opened by a dash (政府工作报告 ——2025年1月16日在…会议上) and what follows it are not the
title. When no heading comes before the body, a short first block without body punctuation is
the title (a notice's first line: 厦门市思明区人民政府关于…禁放的通告); else the first heading
after the start of the body that is neither numbered nor a date (a newspaper page that opens
with the end of another article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.cleaning.lexicon import source_rules
from pipelines.domain.cleaning.lines import marker_level

MAX_TITLE_CHARS = 80
_BODY_PUNCT = re.compile("[。；;！!？?，,]")
# A heading that is only a date or an issue number (2025年8月6日, 2025年第2期, 2025.07.24).
_DATE_ONLY = re.compile(
    r"[\d〇零一二三四五六七八九十年月日号第期卷\s.\-/()（）星期周礼拜]+")
_SUBTITLE = re.compile(r"\s*[—―]{1,2}\s*\S")
# what may follow a newspaper's name in its masthead: a date, the weekday, an issue or a page
# (合肥日报 2024年1月22日 星期一 第03版)
_MASTHEAD_REST = re.compile(
    r"[\d〇零一二三四五六七八九十年月日号第期卷版总\s.\-/:()（）星期周礼拜]*")
# a date written with digits (2024-10-25, 2024年10月, 2024/10/25): with a source label
# (合肥发布 2024-10-25 09:12 来源：合肥市统计局) the line is a dateline
_DIGIT_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}")
_TEXT_KINDS = frozenset({"heading", "paragraph", "list_item"})


def document_title(block_rows: Sequence[tuple]) -> str | None:
    """The headline among ``CleanedDocument.block_rows`` (block_no, kind, level, text, ...)."""
    first_block = True
    body = False  # the body has started: a later heading is the title only when none came
    for row in block_rows:
        kind, text = row[1], row[3]
        if kind not in _TEXT_KINDS:
            continue  # furniture above the title (masthead, byline, page marker, url ...)
        if kind == "heading":
            if (marker_level(text) is not None or _DATE_ONLY.fullmatch(text)
                    or is_masthead(text)):
                first_block = False
                continue
            return _headline(text)
        if body:
            continue
        if (first_block and kind == "paragraph" and len(text) <= MAX_TITLE_CHARS
                and not _BODY_PUNCT.search(text) and not _DATE_ONLY.fullmatch(text)):
            return _headline(text)
        body = True
    return None


def _headline(text: str) -> str:
    """A heading group's title part: up to a subtitle dash (not at its start)."""
    m = _SUBTITLE.search(text, 1)
    return text[: m.start()].strip() if m else text


def is_masthead(text: str) -> bool:
    """A newspaper's name, alone or with its date, issue or page (浙江日报, 合肥日报 2024年1月22日
    第03版), or a dateline naming a source (合肥发布 2024-10-25 09:12 来源：合肥市统计局): what
    stands above a headline, never the headline itself (a paper prints every report under its
    name, so three years' reports would share one title)."""
    rules = source_rules()
    paper = rules.newspaper.match(text)
    if paper is not None and _MASTHEAD_REST.fullmatch(text, paper.end()):
        return True
    return rules.label.search(text) is not None and _DIGIT_DATE.search(text) is not None
