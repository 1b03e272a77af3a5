from pipelines.domain.metrics.candidates import find_candidates


def _one(text):
    cands = find_candidates(text)
    assert len(cands) == 1, [text[c.start : c.end] for c in cands]
    c = cands[0]
    return text[c.start : c.end], c


def test_spaced_number_with_multiplier():
    quote, c = _one("全年新建充电桩 6 万个。")
    assert quote == "6 万个"
    assert (c.value, c.unit_raw, c.unit, c.value_normalized) == (6, "万个", "个", 60000)


def test_currency_with_big_multiplier():
    _, c = _one("营业收入达 1.35 万亿元")
    assert c.value == 1.35 and c.unit == "元" and c.value_normalized == 1.35e12
    assert c.qualifier == "reach" and c.qualifier_text == "达"


def test_qualifiers():
    assert _one("推广新能源汽车10万辆以上")[1].qualifier == "at_least"
    assert _one("失业率控制在5.5%以内")[1].qualifier == "at_most"
    assert _one("常住人口超2100万")[1].qualifier == "over"
    assert _one("年均增长超过50万人")[1].qualifier == "over"
    assert _one("保有量突破49万辆")[1].qualifier == "break_through"
    assert _one("涨幅3%左右")[1].qualifier == "about"
    assert _one("机构30余家")[1].qualifier == "plus"
    assert _one("接近20万人")[1].qualifier == "nearly"
    assert _one("不低于85%")[1].qualifier == "at_least"
    quote, c = _one("覆盖率达 90%以上，")
    assert quote == "达 90%以上" and c.qualifier == "at_least"


def test_chinese_numerals_fractions_and_percent_words():
    assert _one("新增就业一千五百人")[1].value_normalized == 1500
    _, c = _one("占比超过三分之一")
    assert abs(c.value - 33.3333) < 1e-3 and c.unit == "%"
    _, c = _one("提高百分之十")
    assert c.value == 10 and c.unit == "%"


def test_negative_range_and_implicit():
    assert _one("增长-2.8%")[1].value == -2.8
    _, c = _one("增长5%—6%")
    assert (c.value, c.value_high, c.unit) == (5, 6, "%")
    _, c = _one("建设10至20个")
    assert (c.value, c.value_high) == (10, 20)
    _, c = _one("经济总量突破万亿元")
    assert (c.value, c.value_normalized, c.qualifier) == (1, 1e12, "break_through")


def test_ratio_gives_one_candidate_per_part():
    cands = find_candidates("三次产业结构比为3.7∶30.6∶65.7")
    assert [c.value for c in cands] == [3.7, 30.6, 65.7]
    assert {c.category for c in cands} == {"ratio"}


def test_ranks():
    _, c = _one("增速居十强城市第 2 位")
    assert c.category == "rank" and c.value == 2
    _, c = _one("人才总量居全国第4，")
    assert c.value == 4 and c.unit == "位"
    _, c = _one("连续保持全国第一")
    assert c.value == 1


def test_traditional_script_units():
    _, c = _one("新增就業23萬人以上")
    assert (c.unit, c.value_normalized, c.qualifier) == ("人", 230000, "at_least")
    _, c = _one("提高3.5個百分點")
    assert c.unit == "百分点"
    _, c = _one("新能源汽車保有量突破49萬輛")
    assert c.unit == "辆" and c.value_normalized == 490000


def test_not_metrics():
    for text in [
        "2023年7月3日召开",
        "市委十四届三次全会",
        "第31届世界大学生运动会",
        "联系电话：028-86611442，热线12345",
        "推动5G、6G发展，建设8.6代线",
        "营商环境6.0版政策措施",
        "成都14连冠，连续5年获评",
        "锚定“九个有力有效”",
        "聚焦五个聚焦，推进三区三线，四大结构优化",
        "构建15分钟便民生活圈",
        "第一批试点",
        "电子信息、装备制造两个万亿级产业集群",
        "一季度经济运行稳中有进，一批项目落地",
        "距开幕还有100多天，历时3天",
        "2023成都大运会",
    ]:
        assert find_candidates(text) == [], text


def test_clause_final_measure_word_waits_for_the_word_before():
    # 出台建设20条 names a policy, 公交线路22条 counts lines: the extractor decides from the tags
    (c,) = find_candidates("出台建设20条。")
    assert c.noun_before
    (c,) = find_candidates("开通公交线路22条，")
    assert c.noun_before and c.value == 22
    (c,) = find_candidates("开通公交线路22条线路")
    assert not c.noun_before


def test_letter_spaced_digits_need_a_unit():
    assert [(c.value, c.unit) for c in find_candidates("增长1 2.5 %，旅游收入1 3 0 0亿元")] == [
        (12.5, "%"), (1300, "元")]
    _, c = _one("新建高标准农田3 5 . 6 万亩")
    assert c.value_normalized == 356000
    assert [c.value for c in find_candidates("2023 年 5 个项目")] == [5]
    assert [c.value for c in find_candidates("PM2.5 33微克/立方米")] == [33]


def test_tenths_written_as_cheng():
    _, c = _one("占全省的比重超过八成")  # a percentage, as 百分之八十 (unit_raw as written)
    assert (c.value, c.unit, c.unit_raw, c.qualifier) == (80, "%", "成", "over")
    _, c = _one("增加约七成以上")
    assert c.value == 70 and c.qualifier == "at_least"


def test_hint_pattern_is_found_in_every_text_holding_a_candidate():
    import polars as pl

    from pipelines.domain.cleaning import clean_document
    from pipelines.domain.metrics.candidates import candidate_hint_pattern
    from tests.conftest import SEEDS

    texts = [s.text for p in sorted(SEEDS.glob("0*.txt"))
             for s in clean_document(p.read_text(encoding="utf-8")).sentences]
    texts += ["比例为3∶2∶1", "百分之十五", "三分之一", "突破万亿元", "居全国第二", "增长５．３％",
              "1 3 0 0 亿元", "30余家", "5%—6%", "6 万个", "十二萬輛", "八成以上", "两千多亩"]
    hinted = pl.Series(texts).str.contains(candidate_hint_pattern()).to_list()
    holding = [bool(find_candidates(t)) for t in texts]
    assert all(h for h, c in zip(hinted, holding, strict=True) if c)
    assert sum(holding) > 60 and not all(hinted)  # a filter: some texts are passed over
    assert not pl.Series(["统一推进一些工作", "2023年"]).str.contains(
        candidate_hint_pattern()).any()


def test_hint_passes_over_enumerations_but_not_counts_written_like_them():
    import polars as pl

    from pipelines.domain.metrics.candidates import candidate_hint_pattern

    def hinted(texts: list[str]) -> list[bool]:
        return pl.Series(texts).str.contains(candidate_hint_pattern()).to_list()

    enumerations = ["实施三大工程", "推出一批重大项目", "落实五项举措", "建设两个中心"]
    assert not any(hinted(enumerations))
    assert not any(find_candidates(t) for t in enumerations)
    counts = ["新建两个公园", "超过三个项目", "核聚变能、量子科技等十大未来产业", "增加6－十个",
              "延长三公里", "新增五万人", "建成十二个站", "提高三个百分点", "新建三個站点"]
    assert all(find_candidates(t) for t in counts)
    assert all(hinted(counts))


def test_hint_is_found_in_every_random_text_holding_a_candidate():
    import random

    import polars as pl

    from pipelines.domain.metrics.candidates import candidate_hint_pattern
    from pipelines.domain.metrics.lexicon import metric_lexicon
    from pipelines.domain.units import unit_lexicon

    lex, units = metric_lexicon(), unit_lexicon()
    words = [*units.units, *units.multipliers, *lex.qual_before, *lex.qual_after,
             *lex.qual_inside, *lex.currency_before, *lex.chinese_count_verbs,
             *"一二三四五六七八九十百千万亿两零第0123456789０１.,%％:∶—~-－～至到 　、等大個",
             "百分之", "分之", "2023", "3.5", "，", "建设"]
    rng = random.Random(3)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    hinted = pl.Series(texts).str.contains(candidate_hint_pattern()).to_list()
    missed = [t for t, h in zip(texts, hinted, strict=True) if not h and find_candidates(t)]
    assert not missed
    assert not all(hinted)


def test_ranges_with_magnitudes_and_plus_after_the_magnitude():
    quote, c = _one("建设数字化车间1.5万—2万个。")
    assert quote == "1.5万—2万个"
    assert (c.value, c.value_high, c.unit, c.value_normalized) == (1.5, 2, "个", 15000)
    quote, c = _one("每年引进高层次人才两万余人")
    assert quote == "两万余人" and (c.value_normalized, c.unit, c.qualifier) == (2e4, "人", "plus")


def test_per_head_bases_and_age_bounds_are_not_numbers():
    assert [c.value for c in find_candidates("每千人口拥有执业医师达到3.8人")] == [3.8]
    assert [c.value for c in find_candidates("每千人口拥有3岁以下婴幼儿托位数4.5个")] == [4.5]
    assert _one("人均预期寿命提高到78岁以上。")[1].value == 78


def test_per_unit_units_and_a_tenth():
    _, c = _one("单位地区生产总值用水量控制在45吨/万元以内")
    assert (c.unit, c.value_normalized, c.qualifier) == ("吨/万元", 45, "at_most")
    _, c = _one("人均地区生产总值达到8万元/人左右")
    assert (c.unit, c.value_normalized) == ("元/人", 80000)
    _, c = _one("力爭國際旅客人次增長一成。")
    assert (c.value, c.unit) == (10, "%")
    assert find_candidates("一成不变") == []


def test_unitless_ratios_and_years_of_schooling():
    cands = find_candidates("城乡居民收入比为2.05，比2020年缩小0.16。")
    assert [(c.value, c.unit, c.category) for c in cands] == [
        (2.05, None, "ratio"), (0.16, None, "ratio")]
    quote, c = _one("收入比缩小到1.95以内")
    assert quote == "1.95以内" and c.qualifier == "at_most"
    quote, c = _one("之比达到2.8:1，")
    assert quote == "达到2.8:1" and c.value == 2.8 and c.unit is None
    quote, c = _one("平均受教育年限达到10.6年")
    assert quote == "达到10.6年" and c.unit == "年"
    # a bare decimal elsewhere, a year, a clock time and a change with no ratio before: none
    for text in ("比2020年增加", "版本2.05发布", "10:12:36来源", "比上年缩小0.03",
                 "服务年限", "2024年"):
        assert find_candidates(text) == [], text


def test_doublings_streaks_and_changed_time_amounts():
    quote, c = _one("产量同比翻一番")
    assert quote == "一番" and c.value == 1 and c.unit == "番"
    assert find_candidates("付出一番努力") == []
    assert find_candidates("连续21个月负增长") == []
    quote, c = _one("平均兑付时间由15天压减至")
    assert quote == "15天"
    assert find_candidates("15天无理由退货") == []
