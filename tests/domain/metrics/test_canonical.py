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


def test_one_key_for_the_names_of_one_indicator():
    """QA 8, finding 6: GDP, imports and exports, new jobs and rural income were split into
    several keys, so targets never met their results."""
    gdp = canonical_indicator("地区生产总值", "元")
    for name in ("GDP", "生产总值", "本地生产总值", "国内生产总值", "经济总量", "全市地区生产总值"):
        assert canonical_indicator(name, "元") == gdp, name
    trade = {canonical_indicator(n, "元") for n in
             ("进出口总额", "外贸进出口总额", "进出口总值", "外贸进出口", "进出口")}
    assert len(trade) == 1
    assert canonical_indicator("新增城镇就业", "人") == canonical_indicator("城镇新增就业", "人")
    assert (canonical_indicator("农村常住居民人均可支配收入", "元")
            == canonical_indicator("农村居民人均可支配收入", "元"))
    assert (canonical_indicator("单位GDP能耗", "%")
            == canonical_indicator("单位地区生产总值能耗", "%"))


def test_a_rate_word_on_a_percentage_names_the_growth_of_what_it_follows():
    """经济增速 5.5% and 地区生产总值 growing 5.6% are one series in %; a rank or points of a
    growth keep the word (they measure the growth, not the quantity), a fall (降幅) is not a
    growth."""
    gdp = canonical_indicator("地区生产总值", "%")
    for name in ("经济增速", "经济增长", "经济", "经济成长率", "GDP增速", "地区生产总值增长率"):
        assert canonical_indicator(name, "%") == gdp, name
    assert canonical_indicator("固定资产投资增速", "%") == canonical_indicator("固定资产投资", "%")
    rank = canonical_indicator("地区生产总值增速", "位")
    assert rank != canonical_indicator("地区生产总值", "位")
    assert canonical_indicator("地区生产总值增速", "百分点") != gdp
    assert canonical_indicator("固定资产投资降幅", "%") != canonical_indicator("固定资产投资", "%")
    assert canonical_indicator("增速", "%") == "增速"  # nothing left: the word stays
    # 经济 alone is GDP only as the whole name
    assert canonical_indicator("数字经济增加值", "%") != canonical_indicator("增加值", "%")
    assert canonical_indicator("数字经济增加值", "元").startswith("数字经济")
