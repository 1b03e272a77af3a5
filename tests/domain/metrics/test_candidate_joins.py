from tests.domain.metrics.support import only_candidate


def test_negative_range_and_implicit():
    assert only_candidate("增长-2.8%")[1].value == -2.8
    _, c = only_candidate("增长5%—6%")
    assert (c.value, c.value_high, c.unit) == (5, 6, "%")
    _, c = only_candidate("建设10至20个")
    assert (c.value, c.value_high) == (10, 20)
    _, c = only_candidate("经济总量突破万亿元")
    assert (c.value, c.value_normalized, c.qualifier) == (1, 1e12, "break_through")


def test_ranges_with_magnitudes_and_plus_after_the_magnitude():
    quote, c = only_candidate("建设数字化车间1.5万—2万个。")
    assert quote == "1.5万—2万个"
    assert (c.value, c.value_high, c.unit, c.value_normalized) == (1.5, 2, "个", 15000)
    quote, c = only_candidate("每年引进高层次人才两万余人")
    assert quote == "两万余人" and (c.value_normalized, c.unit, c.qualifier) == (2e4, "人", "plus")
