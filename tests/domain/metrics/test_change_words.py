"""change_words.py: whether the verb right before a number lowers it."""

from pipelines.domain.metrics.change_words import is_decline

# --- is_decline ---------------------------------------------------------------------------

def test_a_lowering_verb_right_before_the_number_is_a_decline():
    assert is_decline("下降")
    assert is_decline("下降，同比")  # fillers (同比, a comma) between the verb and the number
    assert is_decline("比上年回落约")
    assert is_decline("比上年回落")


def test_a_lowering_verb_that_ends_in_a_level_or_a_rise_is_no_decline():
    assert not is_decline("回落至")  # 回落至2.9%: the new level
    assert not is_decline("增长")
    assert not is_decline("下降后又增长")
