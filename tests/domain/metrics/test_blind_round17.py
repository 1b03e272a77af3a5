"""The seventeenth blind round (tests/gold/heldout/h53-h55: a provincial environment department's
monthly air quality ranking with a 13-city table printed as text, the national statistics
bureau's monthly release on the economy, a province's 2025-2027 action plan to improve the
business environment), scored alone. The documents were written and labelled by reading before
the extractor ran on them; the floors sit just under what the extractor reached blind (metrics
as committed at f3fa7d4), so they fail on a regression and are raised after the fixes. The
misses are listed in the held-out README (round 17)."""

from functools import cache

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import assert_blind_round, fields_below, heldout_round_scores

ROUND = ("h53_", "h54_", "h55_")

# reached blind (199 scored rows, 151 matched): precision 0.974, recall 0.759 (h53's ranking
# table, 39 cells, not read), unit 0.967, indicator 0.841, lenient 0.914, subject 0.960, kind
# 0.967, qualifier 0.993, period 0.980. After the round's fixes (the table read: clean-19 and
# metrics-31; the gold's three gaps to another figure relabelled other and h55's 日 as 天, the
# set's conventions): P 0.995, R 0.995, unit 1.000, indicator 0.980, lenient 1.000, subject
# 1.000, kind 0.995, qualifier 1.000, period 0.990. The floors sit just under.
FLOORS = {
    "unit": 0.99,
    "indicator": 0.97,
    "indicator_lenient": 0.99,
    "subject": 0.99,
    "kind": 0.99,
    "qualifier": 0.99,
    "period": 0.98,
}


@cache
def scores() -> MetricScores:
    """The round's three documents against their labels only (the rest of the set left out)."""
    return heldout_round_scores(ROUND)


def test_the_round_is_scored_alone_and_detects_above_its_floors():
    assert_blind_round(scores(), ROUND, precision=0.99, recall=0.99, min_gold=199)


def test_field_accuracy_floors():
    s = scores()
    assert not fields_below(s, FLOORS), s.format()
