"""Sentences as read: a cleaned sentence, or several that the line breaks of print cut apart
(``增长\n5.1%``), joined back into one reading unit."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from pipelines.domain.metrics.rows import MetricRow, new_row
from pipelines.domain.metrics.tagging import Columns, columns_for
from pipelines.domain.records import Sentence


def as_is(sent: Sentence) -> Sentence:
    return sent


class Unit(NamedTuple):
    """A sentence as read: one cleaned sentence, or several the line breaks of print cut apart."""

    sentence: Sentence
    parts: tuple[Sentence, ...]
    block_no: int

    def columns(self, tags: Mapping[int, Sequence[tuple[str, str]]]) -> Columns:
        """The words of the unit's sentences and their tags, as two lists."""
        if len(self.parts) == 1:
            return columns_for(self.parts[0], tags)
        words: list[str] = []
        pos: list[str] = []
        for part in self.parts:
            w, p = columns_for(part, tags)
            words += w
            pos += p
        return words, pos

    def renumber(self, metrics: list[MetricRow]) -> list[MetricRow]:
        """Give each metric the sent_no of the cleaned sentence its number is in."""
        if len(self.parts) == 1:
            return metrics
        bounds, pos = [], 0
        for part in self.parts:
            bounds.append((pos + len(part.text), part.sent_no))
            pos += len(part.text)
        out = []
        for m in metrics:
            clean = m.char_start
            no = next((n for end, n in bounds if self._clean_pos(clean) < end), bounds[-1][1])
            out.append(m if no == m.sent_no else m.model_copy(update={"sent_no": no}))
        return out

    def _clean_pos(self, raw_pos: int) -> int:
        index = self.sentence.raw_index
        return next((i for i, r in enumerate(index) if r >= raw_pos), len(index))


_OPEN_END = re.compile(r"[\u4e00-\u9fff\dA-Za-z%％]")
CONTINUES = frozenset("0123456789０１２３４５６７８９.．%％")
# 4. 我预测… after a heading line without an end mark (二〇二五年经济展望): a numbered item opens,
# no number cut from the line before
_ITEM_START = re.compile(r"[0-9０-９]{1,2}[.．、]\s?[\u4e00-\u9fff]")
# 1月16日上午，… after a headline without an end mark: a news lead's day opens a paragraph, no
# number cut from the line before
_DATE_START = re.compile(r"(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?[日号]")


# a line of a box of figures, each with its caption (a newspaper's 数读: ``8.2% 1-10月全市规上
# 工业增加值增速``, ``12.7万户 1-10月新登记经营主体``): a figure, then words with no clause mark;
# two such lines one after the other are two figures, each named by its own caption (no number
# cut from the line before)
_CARD = re.compile(r"[-+]?\d[\d,.]*(?:%|‰|[万亿]?[\u4e00-\u9fff]{1,3})?\s?"
                   r"[^\d\s，,。；;：:、！？][^，,。；;：:、！？]{1,30}")


def reading_units(
    sentences: Sequence[Sentence], fill: Callable[[Sentence], Sentence] = as_is
) -> list[Unit]:
    """Join a body sentence that stops mid-clause (no end mark, a word or number last) with the
    next one when that starts with a number: a hard line break of print cut ``增长\n5.1%``."""
    units: list[Unit] = []
    block_alias: dict[int, int] = {}
    for sent in sentences:
        prev = units[-1] if units else None
        if (
            sent.text[:1] in CONTINUES
            and prev is not None
            and not sent.is_heading
            and not prev.sentence.is_heading
            and _OPEN_END.match(prev.sentence.text[-1:])
            and len(prev.sentence.text) + len(sent.text) < 400
            and not _ITEM_START.match(sent.text)
            and not _DATE_START.match(sent.text)
            and not (_CARD.fullmatch(sent.text) and _CARD.fullmatch(prev.sentence.text))
        ):
            a, sent = fill(prev.sentence), fill(sent)
            merged = a.model_copy(
                update={
                    "text": a.text + sent.text,
                    "raw_end": sent.raw_end,
                    "raw_index": _index_of(a) + _index_of(sent),
                }
            )
            if sent.block_no != prev.block_no:
                block_alias[sent.block_no] = prev.block_no
            units[-1] = Unit(merged, (*prev.parts, sent), prev.block_no)
            continue
        block = block_alias.get(sent.block_no, sent.block_no) if block_alias else sent.block_no
        units.append(new_row(Unit, (sent, (sent,), block)))
    return units


def _index_of(sent: Sentence) -> tuple[int, ...]:
    if sent.raw_index:
        return sent.raw_index
    return tuple(range(sent.raw_start, sent.raw_start + len(sent.text)))
