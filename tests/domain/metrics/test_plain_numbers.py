from pipelines.domain.metrics.candidate_pass import find_candidates
from tests.domain.metrics.support import only_candidate


def test_ranks():
    _, c = only_candidate("增速居十强城市第 2 位")
    assert c.category == "rank" and c.value == 2
    _, c = only_candidate("人才总量居全国第4，")
    assert c.value == 4 and c.unit == "位"
    _, c = only_candidate("连续保持全国第一")
    assert c.value == 1


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


def test_tenths_written_as_cheng():
    # a percentage, as 百分之八十 (unit_raw as written)
    _, c = only_candidate("占全省的比重超过八成")
    assert (c.value, c.unit, c.unit_raw, c.qualifier) == (80, "%", "成", "over")
    _, c = only_candidate("增加约七成以上")
    assert c.value == 70 and c.qualifier == "at_least"


def test_per_head_bases_and_age_bounds_are_not_numbers():
    assert [c.value for c in find_candidates("每千人口拥有执业医师达到3.8人")] == [3.8]
    assert [c.value for c in find_candidates("每千人口拥有3岁以下婴幼儿托位数4.5个")] == [4.5]
    assert only_candidate("人均预期寿命提高到78岁以上。")[1].value == 78


def test_doublings_streaks_and_changed_time_amounts():
    quote, c = only_candidate("产量同比翻一番")
    assert quote == "一番" and c.value == 1 and c.unit == "番"
    assert find_candidates("付出一番努力") == []
    assert find_candidates("连续21个月负增长") == []
    quote, c = only_candidate("平均兑付时间由15天压减至")
    assert quote == "15天"
    assert find_candidates("15天无理由退货") == []
