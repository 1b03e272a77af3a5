"""The lead's fixes of session 30 (known misses of earlier rounds), each class tested on text of
its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates


def test_a_bases_own_level_named_by_its_period_and_words_before_the_change_is_of_that_period():
    text = ("11月20日，全市日供水量达312万立方米，较去年最高日供水量298万立方米增长4.7%，"
            "较8月3日创下的305万立方米增加7万立方米。全市户籍人口比上年多1.2万人。")
    found = document_by_number(text, date(2025, 11, 21))
    assert period_dates(found["298万立方米"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["305万立方米"]) == (date(2025, 8, 3), date(2025, 8, 3))
    # the day's own figure and a change after 比上年 keep the sentence's period
    assert period_dates(found["312万立方米"]) == (date(2025, 11, 20), date(2025, 11, 20))
    assert found["1.2万人"].period_start != date(2024, 1, 1)
