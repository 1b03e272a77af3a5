"""The nineteenth blind round (tests/gold/heldout/h59-h61: 国家知识产权局's yearly release of patent
and trademark figures, 台灣 財政部's monthly foreign trade release in Traditional script with a
table of main markets printed as text, a listed company's ESG report), scored alone. The
documents were written and labelled by reading before the extractor ran on them; the floors sit
just under what the extractor reached blind (metrics as committed at 149bb14, scored at 3c79a73
in a clean copy of the commit), so they fail on a regression and are raised after the fixes. The
misses are listed in the held-out README (round 19)."""

from functools import cache

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import assert_blind_round, fields_below, heldout_round_scores

ROUND = ("h59_", "h60_", "h61_")

# reached blind (233 scored rows, 208 matched): precision 0.972, recall 0.893 (h60's table of
# markets not read: 15 cells; 年減 not read as a fall: 5), unit 0.957 (个月 as 个, 吨二氧化碳当量 as
# 吨, 小时/人 as 小时), indicator 0.745, lenient 0.947, subject 0.875 (香港 of 中國大陸及香港 a
# subject; 全国 of a national text a subject), kind 0.899 (a year's or a part-year's 累計 flows as
# stocks), qualifier 0.971 (出超 read as 超), period 0.779 (基准年（2020年） a period;
# 截至报告期末 not read; a bare 10月 after 上年全年 put in 2024). After the round's fixes
# (metrics-32, clean-20, session 18; the 累计 convention settled and one unit label corrected, see
# the README): precision 1.000, recall 1.000, indicator 0.953, lenient 0.996, period 0.987,
# every other field 1.000. The floors sit just under.
FLOORS = {
    "unit": 0.99,
    "indicator": 0.94,
    "indicator_lenient": 0.985,
    "subject": 0.99,
    "kind": 0.99,
    "qualifier": 0.99,
    "period": 0.975,
}


@cache
def scores() -> MetricScores:
    """The round's three documents against their labels only (the rest of the set left out)."""
    return heldout_round_scores(ROUND)


def test_the_round_is_scored_alone_and_detects_above_its_floors():
    assert_blind_round(scores(), ROUND, precision=0.99, recall=0.99, min_gold=233)


def test_field_accuracy_floors():
    s = scores()
    assert not fields_below(s, FLOORS), s.format()
