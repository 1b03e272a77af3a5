"""The fifteenth blind round (tests/gold/heldout/h47-h49: a ministry's yearly telecom statistics
bulletin, a Taiwanese county's budget release in Traditional script, a city's list of ten
livelihood projects for the year), scored alone. The documents were written and labelled by
reading before the extractor ran on them; the floors sit just under what the extractor reached
blind (metrics as committed at e266ccc, on the final labels), so they fail on a regression and are
raised after the fixes. The misses are listed in the held-out README (round 15)."""

from functools import cache

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import (
    assert_blind_round,
    fields_below,
    heldout_round_scores,
)

ROUND = ("h47_", "h48_", "h49_")

# reached blind (209 scored rows, final labels): precision 0.981, recall 0.976, unit 0.966,
# indicator 0.775, lenient 0.966, subject 0.995, kind 0.951, qualifier 1.000, period 0.946
FLOORS = {
    "unit": 0.96,
    "indicator": 0.77,
    "indicator_lenient": 0.96,
    "subject": 0.99,
    "kind": 0.95,
    "qualifier": 0.995,
    "period": 0.94,
}


@cache
def scores() -> MetricScores:
    """The round's three documents against their labels only (the rest of the set left out)."""
    return heldout_round_scores(ROUND)


def test_the_round_is_scored_alone_and_detects_above_its_floors():
    assert_blind_round(scores(), ROUND, precision=0.975, recall=0.97)


def test_field_accuracy_floors():
    s = scores()
    assert not fields_below(s, FLOORS), s.format()
