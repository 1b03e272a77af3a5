from pipelines.domain.metrics.canonical import canonical_indicator


def test_synonyms_share_one_key():
    assert canonical_indicator("新能源汽车保有量") == canonical_indicator("新能源汽车保有数量")
    assert canonical_indicator("社消零总额") == canonical_indicator("社会消费品零售总额")
    assert canonical_indicator("规上工业增加值") == canonical_indicator("规模以上工业增加值")
    assert canonical_indicator("GDP") == canonical_indicator("地区生产总值")


def test_scope_words_and_noise_removed():
    assert canonical_indicator("全市地区生产总值") == canonical_indicator("地区生产总值")
    assert canonical_indicator("“碳惠天府”平台用户") == "碳惠天府平台用户"


def test_different_indicators_stay_different():
    assert canonical_indicator("服务业增加值") != canonical_indicator("工业增加值")
    assert canonical_indicator(None) == ""
