"""The fifteenth blind round (tests/gold/heldout/h47-h49: a ministry's yearly telecom statistics
bulletin, a Taiwanese county's budget release in Traditional script, a city's list of ten
livelihood projects for the year), scored alone. The documents were written and labelled by
reading before the extractor ran on them; the floors sit just under what the extractor reached
blind (metrics as committed at e266ccc, on the final labels), so they fail on a regression and are
raised after the fixes. The misses are listed in the held-out README (round 15)."""

from functools import cache

from pipelines.domain.evaluation import MetricScores
from tests.domain.metrics.support import heldout_round_scores

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


def test_the_round_is_scored_on_its_three_documents():
    s = scores()
    assert {f.file[:4] for f in s.per_file} == set(ROUND)
    assert s.gold_count >= 205


def test_detection_floors():
    s = scores()
    assert s.precision >= 0.975, s.format()
    assert s.recall >= 0.97, s.format()


def test_field_accuracy_floors():
    s = scores()
    low = {f: s.accuracy(f) for f, floor in FLOORS.items() if (s.accuracy(f) or 0) < floor}
    assert not low, s.format()
