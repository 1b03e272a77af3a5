"""Loads the cleaning stage's data files (pipelines/data/cleaning/) once, as compiled patterns.

Everything a user may want to extend (punctuation tables, furniture patterns, heading markers,
surnames, newspaper names) lives in those files, not in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipelines.domain.cleaning.prefilter import LinePrefilter
from pipelines.domain.wordlists import read_word_list
from pipelines.domain.yamlfiles import load_yaml

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "cleaning"

# Character classes used across the package (Unicode blocks, not domain knowledge).
HAN_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))  # inclusive code points
HAN = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in HAN_RANGES)  # for regex classes
HAN_CHAR = re.compile(f"[{HAN}]")  # one Han character
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"


def _load_yaml(name: str) -> dict[str, Any]:
    return load_yaml((DATA_DIR / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Punctuation:
    translate: dict[int, str]
    cjk_context: dict[str, str]
    range_dashes: str
    ratio_colons: str
    decimal_points: str
    sentence_end: str
    ellipsis: str
    closing: str
    line_final: str
    bullets: str
    # (character to write, pattern matching the one character it replaces), in order
    ocr_misreads: tuple[tuple[str, str], ...] = ()
    footnote_marks: tuple[str, ...] = ()  # patterns whose matches are deleted (INVISIBLE)
    footnote_marks_between_words: str = ""  # (and this one, in a text with no circled list)
    inline_footnote_mark: str = ""  # a number set inline, deleted where a note numbers it
    footnote_note_line: str = ""  # a line of notes
    footnote_note_number: str = ""  # the numbers a line of notes gives


@cache
def punctuation() -> Punctuation:
    data = _load_yaml("punctuation.yaml")
    table: dict[int, str] = {}
    for lo, hi in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        for cp in range(lo, hi + 1):
            table[cp] = chr(cp - 0xFEE0)
    for src, dst in data["char_map"].items():
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"char_map must be one char to one char: {src!r} -> {dst!r}")
        table[ord(src)] = dst
    return Punctuation(
        translate=table,
        cjk_context=dict(data["cjk_context_map"]),
        range_dashes=data["range_dashes"],
        ratio_colons=data["ratio_colons"],
        decimal_points=data["decimal_points"],
        sentence_end=data["sentence_end"],
        ellipsis=data["ellipsis"],
        closing=data["closing"],
        line_final=data["line_final"],
        bullets=data["bullets"],
        ocr_misreads=tuple(
            (to, pattern.format(han=HAN, num="〇零一二三四五六七八九"))
            for to, pattern in data.get("ocr_misreads", ())),
        footnote_marks=tuple(p.format(han=HAN) for p in data.get("footnote_marks", ())),
        footnote_marks_between_words=data.get("footnote_marks_between_words", "").format(
            han=HAN),
        inline_footnote_mark=data.get("inline_footnote_mark", "").format(han=HAN),
        footnote_note_line=data.get("footnote_note_line", "").format(han=HAN),
        footnote_note_number=data.get("footnote_note_number", "").format(han=HAN),
    )


@dataclass(frozen=True)
class FurnitureKind:
    kind: str
    max_chars: int
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class FurnitureRules:
    kinds: tuple[FurnitureKind, ...]
    body_punctuation: frozenset[str]
    any_start: re.Pattern[str]  # union of the anchored patterns (cheap first test, .match)
    any_inside: re.Pattern[str]  # union of the others (.search)
    max_chars: int
    prefilter: LinePrefilter  # all patterns, vectorised: lines that may be furniture
    link_list_head: re.Pattern[str]  # 相关链接：, the head of a list of links
    link_max_chars: int
    running_header_max_chars: int
    page_widget: str = ""  # one widget of a web page's toolbar (【打印】), a regex

    def maybe(self, line: str) -> bool:
        """Could ``line`` be furniture of some kind? (one or two regex calls)"""
        return bool(self.any_start.match(line) or self.any_inside.search(line))


@cache
def furniture_rules() -> FurnitureRules:
    data = _load_yaml("furniture.yaml")
    patterns = [p for spec in data["kinds"].values() for p in spec["patterns"]]
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    inside = [p for p in patterns if not p.startswith("^")]
    kinds = tuple(
        FurnitureKind(
            kind=spec.get("kind", name),  # (a second entry of a kind: its own limit)
            max_chars=int(spec["max_chars"]),
            pattern=re.compile("|".join(f"(?:{p})" for p in spec["patterns"])),
        )
        for name, spec in data["kinds"].items()
    )
    return FurnitureRules(
        kinds=kinds,
        body_punctuation=frozenset(data["body_punctuation"]),
        any_start=re.compile("|".join(f"(?:{p})" for p in anchored)),
        any_inside=re.compile("|".join(f"(?:{p})" for p in inside)),
        max_chars=max(k.max_chars for k in kinds),
        prefilter=LinePrefilter(patterns),
        link_list_head=re.compile(data["link_list_head"]),
        link_max_chars=int(data["link_max_chars"]),
        running_header_max_chars=int(data["running_header_max_chars"]),
        page_widget=data["page_widget"],
    )


@dataclass(frozen=True)
class HeadingRules:
    markers: tuple[tuple[re.Pattern[str], int], ...]
    max_heading_chars: int
    max_plain_heading_chars: int
    max_markdown_heading_chars: int
    title_endings: tuple[str, ...]
    max_title_line_chars: int
    merged_line_chars: int = 150
    body_openers: re.Pattern[str] | None = None
    long_places: tuple[str, ...] = ()
    dateline: re.Pattern[str] | None = None
    heading_endings: tuple[str, ...] = ()
    figure_verbs: re.Pattern[str] | None = None


@cache
def heading_rules() -> HeadingRules:
    data = _load_yaml("headings.yaml")
    return HeadingRules(
        markers=tuple((re.compile(m["pattern"]), int(m["level"])) for m in data["markers"]),
        max_heading_chars=int(data["max_heading_chars"]),
        max_plain_heading_chars=int(data["max_plain_heading_chars"]),
        max_markdown_heading_chars=int(data["max_markdown_heading_chars"]),
        title_endings=tuple(data["title_endings"]),
        max_title_line_chars=int(data["max_title_line_chars"]),
        merged_line_chars=int(data["merged_line_chars"]),
        body_openers=re.compile(data["body_openers"]),
        long_places=tuple(data.get("long_places", ())),
        dateline=re.compile(data["dateline"]) if data.get("dateline") else None,
        heading_endings=tuple(data.get("heading_endings", ())),
        figure_verbs=re.compile(data["figure_verbs"]) if data.get("figure_verbs") else None,
    )


@dataclass(frozen=True)
class SourceRules:
    newspaper: re.Pattern[str]
    agency: re.Pattern[str]
    dateline: re.Pattern[str]
    label: re.Pattern[str]  # 来源：XX (group "name")
    publisher: re.Pattern[str]  # an issuer: XX统计局, XX人民政府
    publisher_ends: frozenset[str]  # the last characters of the issuers' suffixes


@cache
def source_rules() -> SourceRules:
    data = _load_yaml("sources.yaml")
    suffixes = "|".join(sorted(map(re.escape, data["newspaper_suffixes"]), key=len, reverse=True))
    agencies = "|".join(sorted(map(re.escape, data["agencies"]), key=len, reverse=True))
    publishers = "|".join(sorted(map(re.escape, data["publisher_suffixes"]), key=len,
                                 reverse=True))
    return SourceRules(
        newspaper=re.compile(rf"[{HAN}]{{2,8}}?(?:{suffixes})"),
        agency=re.compile(agencies),
        dateline=re.compile(data["dateline"]),
        label=re.compile(data["source_label"]),
        publisher=re.compile(rf"[{HAN}]{{2,16}}?(?:{publishers})"),
        publisher_ends=frozenset(s[-1] for s in data["publisher_suffixes"]),
    )


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames)."""
    words = read_word_list(DATA_DIR / "surnames.txt")
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) > 1)
