"""The eighteenth blind round (tests/gold/heldout/h56-h58: a town government's yearly work summary
and plan from a scanned PDF, a province's transport department's monthly release on ports and
logistics with a ports table printed as text, a 国务院办公厅 意见 on the elderly care system),
scored alone. The documents were written and labelled by reading before the extractor ran on
them; the floors sit just under what the extractor reached blind (metrics as committed at
229088f, scored at 6028ca3), so they fail on a regression and are raised after the fixes. The
misses are listed in the held-out README (round 18)."""

from functools import cache

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import assert_blind_round, fields_below, heldout_round_scores

ROUND = ("h56_", "h57_", "h58_")

# reached blind (194 scored rows, 192 matched): precision 0.995, recall 0.990, unit 1.000,
# indicator 0.693, lenient 0.932, subject 0.807 (全省 a subject of a provincial release naming
# its province only in its source line; the villages of 分别 lists not taken for places; 全国 of
# a national text a subject), kind 0.875, qualifier 0.995, period 0.948. After the round's fixes
# (metrics-32, session 18; seven labels brought to the set's rules, see the README): precision
# 1.000, recall 1.000, indicator 0.974, lenient 0.985, every other field 1.000. The floors sit
# just under.
FLOORS = {
    "unit": 0.99,
    "indicator": 0.96,
    "indicator_lenient": 0.975,
    "subject": 0.99,
    "kind": 0.99,
    "qualifier": 0.99,
    "period": 0.99,
}


@cache
def scores() -> MetricScores:
    """The round's three documents against their labels only (the rest of the set left out)."""
    return heldout_round_scores(ROUND)


def test_the_round_is_scored_alone_and_detects_above_its_floors():
    assert_blind_round(scores(), ROUND, precision=0.99, recall=0.99, min_gold=194)


def test_field_accuracy_floors():
    s = scores()
    assert not fields_below(s, FLOORS), s.format()
