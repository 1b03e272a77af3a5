"""The extractor on the five seed pages against their hand labels (tests/gold/), the figures the
README's first quality row quotes (`pipelines eval`). Floors sit just under what it reaches, so
a rule that helps the held-out set while breaking a seed reading fails here (session 25: a flow
word, 培育, made the seeds' 培育形成了1个万亿级…产业集群 a year's flow, kind 0.979 -> 0.947,
with no test to say so)."""

from functools import cache

from pipelines.evaluate import GOLD_DIR, evaluate_metrics
from tests.domain.metrics.support import fields_below

FLOORS = {
    "value": 0.995,
    "value_normalized": 0.995,
    "unit": 0.995,
    "indicator": 0.94,
    "indicator_lenient": 0.985,
    "subject": 0.995,
    "kind": 0.975,
    "qualifier": 0.995,
    "period": 0.985,
}


@cache
def scores():
    return evaluate_metrics(gold_dir=GOLD_DIR)


def test_every_seed_mention_is_found_and_nothing_else():
    s = scores()
    assert s.gold_count >= 90
    assert s.precision >= 0.995, s.format()
    assert s.recall >= 0.995, s.format()


def test_field_accuracy_floors():
    s = scores()
    assert not fields_below(s, FLOORS), s.format()
