"""The word table: numbering token words for term matching."""

from __future__ import annotations

import polars as pl

from pipelines.domain import themes
from pipelines.domain.themes import matcher
from tests.domain.themes.support import small_taxonomy


def test_word_table_numbers_stay_stable_as_it_grows():
    built = matcher.build_matcher(themes.term_table(small_taxonomy().themes), small_taxonomy())
    table = built.words
    words = pl.Series([f"词{i}" for i in range(40_000)] + ["创新", " 产业 ", "", "词7"])
    first = table.numbers(words)
    again = table.numbers(words.reverse())[::-1]
    assert (first == again).all()
    assert table.words.gather(pl.Series(first)).equals(words, check_names=False)
    assert first[-1] == first[7]
    assert table.n_chars[first[-3]] == 2 and table.n_chars[first[-2]] == 0
    table.MAX_WORDS = 1_000  # past it the table starts again, numbering words anew
    again = table.numbers(words[-10:])
    assert len(table.hashes) == len(set(words[-10:].to_list()))
    assert table.words.gather(pl.Series(again)).equals(words[-10:], check_names=False)


def test_categorical_columns_are_numbered_as_their_strings_across_calls():
    built = matcher.build_matcher(themes.term_table(small_taxonomy().themes), small_taxonomy())
    table = built.words
    first = pl.Series(["创新", "产业", "甲乙", "创新"]).cast(pl.Categorical())
    second = pl.Series(["丙丁", "产业", " 产业 ", "创新", "丙丁"]).cast(pl.Categorical())
    own = pl.Series(["产业", "戊己"]).cast(pl.Categorical(pl.Categories("theme_test_own")))
    for column in (first, second, own, second):  # known ids by table, new ones by string
        numbers = table.numbers(column)
        assert table.words.gather(pl.Series(numbers)).equals(column.cast(pl.String),
                                                             check_names=False)
    assert table.numbers(second)[1] == table.numbers(first)[1] == table.numbers(own)[0]
    assert len(table.hashes) == 6  # 创新 产业 甲乙 丙丁 " 产业 " 戊己
