"""The sixteenth blind round (tests/gold/heldout/h50-h52: the Ministry of Finance's monthly
release of national revenue and spending, the automobile association's monthly production and
sales release, a listed state-owned power company's annual results news), scored alone. The
documents were written and labelled by reading before the extractor ran on them; the floors sit
just under what the extractor reached blind (metrics as committed at 7fac815, on the final
labels), so they fail on a regression and are raised after the fixes. The misses are listed in
the held-out README (round 16)."""

from functools import cache

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import (
    assert_blind_round,
    fields_below,
    heldout_round_scores,
)

ROUND = ("h50_", "h51_", "h52_")

# reached blind (254 matched scored rows, final labels): precision 0.984, recall 0.996, unit
# 0.992, indicator 0.909, lenient 0.988, subject 0.992, kind 0.965, qualifier 0.992, period 0.965.
# After the round's fixes (metrics-31): every field 1.000, precision and recall 1.000. The floors
# sit just under.
FLOORS = {
    "unit": 0.995,
    "indicator": 0.99,
    "indicator_lenient": 0.995,
    "subject": 0.995,
    "kind": 0.995,
    "qualifier": 0.995,
    "period": 0.995,
}


@cache
def scores() -> MetricScores:
    """The round's three documents against their labels only (the rest of the set left out)."""
    return heldout_round_scores(ROUND)


def test_the_round_is_scored_alone_and_detects_above_its_floors():
    assert_blind_round(scores(), ROUND, precision=0.995, recall=0.995)


def test_field_accuracy_floors():
    s = scores()
    assert not fields_below(s, FLOORS), s.format()
