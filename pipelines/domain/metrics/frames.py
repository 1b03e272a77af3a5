"""Which sentence rows metric extraction has to read, decided for a whole batch in polars.

Most sentences of a page hold neither a number nor a period, and the extractor reads such a
sentence only to pass it by: building its record and looping over it costs more than the few
sentences that hold a metric. A row is read when it may hold a number candidate
(:func:`.candidate_pass.candidate_hint_pattern`) or a period (:data:`PERIOD_HINT`), or when the
reading order depends on it: headings (titles, heading periods), the first body sentence of
a slice (it ends the title), and a sentence a hard line break cut from a number (the next row
starts with a digit, ``.`` or ``%``) together with that next row. Rows passed over can change
no metric: the paragraph context only ever takes periods and years from earlier sentences.

The document's own place is still inferred from all of its first sentences, from the place
clauses found for the batch (:func:`home_from_clauses`). The metrics found come back as one
frame built column by column (:func:`metric_frame`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

import polars as pl

from pipelines.domain.metrics.candidate_pass import candidate_hint_pattern
from pipelines.domain.metrics.canonical import series_key
from pipelines.domain.metrics.clauses import RUN_IN_TITLE
from pipelines.domain.metrics.home import infer_home_place, place_words
from pipelines.domain.metrics.kind_overrides import UNCHANGED
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.metrics.subjects import ANAPHOR_HINT
from pipelines.domain.metrics.tagging import WordTags
from pipelines.domain.periods import PERIOD_HINT
from pipelines.domain.records import Metric

# what a sentence cut from its number by a line break starts with (reading_units.CONTINUES)
CONTINUES = "0123456789０１２３４５６７８９.．%％"


@dataclass(frozen=True)
class SliceRows:
    """A batch's sentence rows cut for extraction."""

    rows: pl.DataFrame  # the rows to read, with ``_slice`` (a document's slice),
    # ``_place_clauses`` (in the slices holding a run-on sentence, else empty) and
    # ``_may_count`` (may hold a number candidate); every row of a slice that holds a run-on
    # sentence
    home_clauses: dict[tuple[str, int], list[str]]  # (doc_id, slice) -> place clauses of its
    # first rows, for the slices without a run-on sentence (extracted as one group); their
    # keys only when ``home_rows`` is given instead
    home_rows: pl.DataFrame | None = None  # doc_id, sent_no, _slice, _row (batch order) of
    # those first rows, when the place is inferred from their words (:mod:`.pretagged`)

    def row_groups(self) -> dict[str, list[tuple[tuple[str, int], list[int]]]]:
        """doc_id -> its slices in order: ((doc_id, slice), positions of their rows in
        ``rows``), rows in frame order (documents need not be contiguous)."""
        groups: dict[tuple[str, int], list[int]] = {}
        keys = zip(self.rows.get_column("doc_id").to_list(),
                   self.rows.get_column("_slice").to_list(), strict=True)
        for i, key in enumerate(keys):
            groups.setdefault(key, []).append(i)
        out: dict[str, list[tuple[tuple[str, int], list[int]]]] = {}
        for key, at in groups.items():
            out.setdefault(key[0], []).append((key, at))
        return out


# a clause mark (a table row has none, body sentences do; a comma inside a number, 33,437, is
# none)
_CLAUSE_MARK = r"[，。；！？;]|,\D|,$"


_COMPARISON = "同比|环比"


def slice_rows(sentences: pl.DataFrame, slice_rows: int, max_chars: int, home_rows: int,
               with_clauses: bool = True) -> SliceRows:
    """Number each document's slices of ``slice_rows`` rows; keep the rows to read (all of a
    slice holding a sentence longer than ``max_chars``: it is cut into groups, each with its
    own context and place) and the place clauses of the first ``home_rows`` rows of each slice
    (``with_clauses=False``: those rows instead). Clauses are searched only in the rows kept.
    """
    from pipelines.domain.metrics.tagging import place_clause_pattern

    text = pl.col("text")
    starts_number = text.str.contains(f"^[{CONTINUES}]")
    at = pl.int_range(pl.len()).over("doc_id")
    # (持平: a change written as a word, read as a number: extract.unchanged)
    may_count = text.str.contains(candidate_hint_pattern()) | text.str.contains(
        UNCHANGED, literal=True)
    frame = sentences.with_columns(
        (at // slice_rows).alias("_slice"),
        (at % slice_rows).alias("_at"),
        starts_number.alias("_starts_number"),
        (text.str.len_chars() > max_chars).alias("_long"),
        may_count.alias("_may_count"),
        text.str.contains(PERIOD_HINT).alias("_may_period"),
    )
    body = ~pl.col("is_heading")
    first_body = body & (body.cast(pl.Int32).cum_sum().over("doc_id", "_slice") == 1)
    next_starts = pl.col("_starts_number").shift(-1).over("doc_id").fill_null(False)
    # the sentence before one that names its place by 该 (该市…) says which place that is
    next_anaphor = text.str.contains(ANAPHOR_HINT).shift(-1).over("doc_id").fill_null(False)
    # a row of a text table, a sentence of its own (cells with no unit: 营业收入486.32 378.15):
    # its cells are read from the raw lines in the sentence whose span holds them
    table_row = text.str.contains(r"\d") & ~text.str.contains(_CLAUSE_MARK)
    # a comparison with no number of its own (其他七大类价格同比“六涨一降”): the period its
    # paragraph's figures take is read in it (the release's month), not carried from before
    compared = text.str.contains(_COMPARISON)
    # a numbered paragraph's run-in title (（一）定额调整。): it names the paragraph's figures
    # that name nothing (extract._run_in_title)
    titled = text.str.contains(f"^{RUN_IN_TITLE}$")
    read = (pl.col("_may_count") | pl.col("_may_period") | pl.col("is_heading") | first_body
            | pl.col("_starts_number") | next_starts | next_anaphor | table_row | compared
            | titled)
    frame = frame.with_columns(pl.col("_long").any().over("doc_id", "_slice"), read.alias("_read"))
    clauses = text.str.extract_all(place_clause_pattern()).alias("_place_clauses")
    home = frame.filter((pl.col("_at") < home_rows) & ~pl.col("_long"))
    rows = frame.filter(pl.col("_read") | pl.col("_long")).with_columns(  # read in long ones
        pl.when(pl.col("_long")).then(text).otherwise(pl.lit("")).str.extract_all(
            place_clause_pattern()).alias("_place_clauses"))
    if not with_clauses:
        keys = home.select("doc_id", "_slice").unique(maintain_order=True).iter_rows()
        return SliceRows(rows, {k: [] for k in keys},
                         home.select("doc_id", "sent_no", "_slice",
                                     pl.int_range(pl.len()).alias("_row")))
    home = (home.with_columns(clauses)
            .group_by("doc_id", "_slice", maintain_order=True)
            .agg(pl.col("_place_clauses").list.explode(keep_nulls=False, empty_as_null=False)))
    return SliceRows(rows, {(d, n): c for d, n, c in home.iter_rows()})


def home_from_clauses(clauses: Sequence[str], tags: WordTags) -> str | None:
    """The document's own place from the place clauses of its first sentences, cut in one call
    (what :meth:`LazyTags.place_tags` does when nothing is tagged yet); only the words that may
    name a place are tagged (the only ones counted)."""
    return infer_home_place([tags.picked("\n".join(clauses), place_words) if clauses else []])


def metric_frame(metrics: Sequence[Metric] | Sequence[MetricRow], doc_ids: list[str],
                 ids: list[str], version: str, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Metric rows (``schema``: the Metric fields plus the four added here), built column by
    column: a frame from per-row dicts costs more than the extraction of simple pages."""
    added = {"metric_id", "doc_id", "indicator_key", "extractor_version"}
    fields = [n for n in schema if n not in added]
    if not metrics:
        values: dict[str, Sequence] = {n: [] for n in fields}
    elif tuple(fields) == MetricRow._fields and all(
            m.__class__ is MetricRow for m in metrics):  # rows: their columns by one transpose
        values = dict(zip(fields, zip(*metrics, strict=True), strict=True))
    else:
        values = dict(zip(fields, zip(*map(attrgetter(*fields), metrics), strict=True),
                          strict=True))
    values.update(metric_id=ids, doc_id=doc_ids, extractor_version=[version] * len(ids),
                  indicator_key=[series_key(i, u, b) if i else None
                                 for i, u, b in zip(values["indicator"], values["unit"],
                                                    values["basis"], strict=True)])
    return pl.DataFrame([pl.Series(n, values[n], t) for n, t in schema.items()])
