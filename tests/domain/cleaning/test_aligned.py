"""Block text and its offset runs: canonical runs, built per line and per decided run."""

from __future__ import annotations

from itertools import pairwise

from pipelines.domain.cleaning.aligned import block_runs
from pipelines.domain.cleaning.page import Page, Plan
from pipelines.domain.offsets import decode_runs, encode_runs


def _plan(raw: str, seps: list[str]) -> Plan:
    """A plan of the lines of ``raw`` (one per raw line, stripped), joined with ``seps``."""
    texts, starts, offset = [], [], 0
    for row in raw.split("\n"):
        starts.append(offset + len(row) - len(row.lstrip()))
        texts.append(row.strip())
        offset += len(row) + 1
    return Plan(Page.of(texts, starts), list(range(len(texts))), seps)


def _expected(raw: str, text: str, runs: list[int]) -> None:
    """Every clean char comes from the same raw char (a space from whitespace), in order."""
    index = decode_runs(runs, len(text))
    assert encode_runs(index) == runs  # canonical: contiguous pieces folded into one run
    assert all(a < b for a, b in pairwise(index))
    for ch, i in zip(text, index, strict=True):
        assert ch == raw[i] or (ch == " " and raw[i].isspace())


def test_plain_lines_are_one_run_each():
    raw = "全年新建充电\n桩6万个，同比\n增长5.3%。"
    text, runs = block_runs(_plan(raw, ["", ""]), False)
    assert text == "全年新建充电桩6万个，同比增长5.3%。"
    assert runs == [0, 0, 6, 7, 13, 15]
    _expected(raw, text, runs)


def test_a_kept_junction_space_continues_the_run_of_the_next_line():
    raw = "推进科技创新\n促进产业发展"
    text, runs = block_runs(_plan(raw, [" "]), True)
    assert text == "推进科技创新 促进产业发展" and runs == [0, 0]


def test_latin_words_across_a_break_keep_one_space():
    raw = "the Belt\nand Road 倡议"
    text, runs = block_runs(_plan(raw, [""]), False)
    assert text == "the Belt and Road 倡议"
    assert runs == [0, 0]  # the space stands for the line break: one straight run
    _expected(raw, text, runs)


def test_spaced_out_characters_markup_and_edges():
    raw = "**新 时 代**  新征程\n  记者 白洋 "
    text, runs = block_runs(_plan(raw, [" "]), True)
    assert text == "新时代 新征程 记者 白洋"
    _expected(raw, text, runs)
    body = "全年  新建充电桩 6 万个\n同比增长"
    text, runs = block_runs(_plan(body, [""]), False)
    assert text == "全年新建充电桩6万个同比增长"
    _expected(body, text, runs)
    latin = "使用 AI 技术 5G 网络\n全年 6 万个"  # spaces next to Latin letters stay
    text, runs = block_runs(_plan(latin, [""]), False)
    assert text == "使用 AI 技术5G 网络全年6万个"
    _expected(latin, text, runs)
    only_markup = "** **"
    assert block_runs(_plan(only_markup, []), False) == ("", [])


def test_seed_maps_are_canonical_runs(seed_docs):
    for _, doc in seed_docs.values():
        for row in doc.sentence_rows:
            text, runs = row[2], row[7]
            assert encode_runs(decode_runs(runs, len(text))) == runs
