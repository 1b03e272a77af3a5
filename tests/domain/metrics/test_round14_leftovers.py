"""Round 14's leftovers on the held-out set (h41, h43 and a budget phrasing), each a class of
phrasing stated with short sentences written for it: a count of the members of a class a bound
defines, the subject of a share of the whole place, the items of a list of bracketed figures
with the head noun after the list, a revised budget as an estimate."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics


def _names(texts, home, doc=date(2025, 3, 1)):
    return {m.quote: m.indicator for m in metrics(texts, doc=doc, home=home)}


# a count of classes: …超过N的<class>有M个 counts the members of the class the bound defines


def test_a_count_of_a_bounded_class_is_named_by_the_bound_and_the_class():
    found = _names(["全省规模以上工业企业中，研发投入超过10亿元的企业有12家。"], "安徽省")
    assert found["12家"] == "研发投入超过10亿元的企业"
    assert found["超过10亿元"] == "研发投入"  # (the bound keeps its own name)
    found = _names(["全年日降雨量超过50毫米的日子有8天。"], "宜昌市")
    assert found["8天"] == "日降雨量超过50毫米的日子"


def test_a_bounded_class_without_its_noun_takes_the_group_counted_before():
    found = _names(["全市9个区县中，人均可支配收入超过5万元的有4个。"], "宜昌市")
    assert found["4个"] == "人均可支配收入超过5万元的区县"


def test_a_count_after_no_bound_is_named_as_before():
    found = _names(["全市共有企业120家，其中高新技术企业有35家。"], "宜昌市")
    assert found["35家"] == "高新技术企业"


# 占全省的44.2%: the whole place a share is of is its base, not its subject


def test_a_share_of_the_whole_home_place_keeps_the_subject_before_it():
    found = by_quote(metrics(["芜湖市地区生产总值4741.1亿元，占全省的9.4%。"], home="安徽省"))
    assert [found[q].subject for q in ("4741.1亿元", "9.4%")] == ["芜湖", "芜湖"]
    found = by_quote(metrics(["合肥市地区生产总值增长5.8%，高于全省0.8个百分点。"],
                             home="安徽省"))
    assert found["0.8个百分点"].subject == "合肥"


def test_the_home_place_sharing_in_a_larger_whole_stays_the_home():
    found = by_quote(metrics(["全省地区生产总值5.1万亿元，占全国的4%。"], home="安徽省"))
    assert found["4%"].subject is None


# 以日本（8.2万人次）、美国（5.1万人次）…旅客较多: each bracketed figure is of its item's head noun


def test_bracketed_figures_of_a_list_take_the_head_noun_after_the_list():
    found = _names(["入境旅客以日本（8.2万人次）、美国（5.1万人次）及英国（2.3万人次）旅客较多。"],
                   "澳门")
    assert [found[q] for q in ("8.2万人次", "5.1万人次", "2.3万人次")] == [
        "日本旅客", "美国旅客", "英国旅客"]


def test_bracketed_figures_with_no_noun_after_the_list_keep_their_items():
    found = _names(["入境旅客主要来自日本（8.2万人次）、美国（5.1万人次）。"], "澳门")
    assert found["5.1万人次"] == "美国"
    found = _names(["入境旅客以日本旅客（8.2万人次）最多。"], "澳门")
    assert found["8.2万人次"].endswith("日本旅客")


# 修订预算: a revised budget is an estimate, not the year's outcome


def test_a_revised_budget_is_an_estimate_even_for_a_year_over():
    found = by_quote(metrics(["2024年一般公共预算收入修订预算为520亿元。"], doc=date(2025, 1, 20),
                             home="绍兴市"))
    assert found["520亿元"].kind == "target"
    found = by_quote(metrics(["政府收入的修订预算为5264亿元。"], doc=date(2024, 5, 1),
                             home="香港"))
    assert found["5264亿元"].kind == "target"
    found = by_quote(metrics(["根据修订预算，2024年政府性基金预算收入为120亿元。"],
                             doc=date(2025, 1, 20), home="绍兴市"))
    assert found["120亿元"].kind == "target"


def test_an_outcome_held_against_a_revised_budget_stays_an_outcome():
    found = by_quote(metrics(["2024年一般公共预算收入完成525亿元，完成修订预算的101%。"],
                             doc=date(2025, 1, 20), home="绍兴市"))
    assert (found["525亿元"].kind, found["101%"].kind) == ("actual", "share")
    found = by_quote(metrics(["2024年全市一般公共预算收入525亿元，超修订预算5亿元。"],
                             doc=date(2025, 1, 20), home="绍兴市"))
    assert found["5亿元"].kind == "actual"


def test_the_place_of_who_reports_a_share_is_not_its_subject():
    # (the source's place opens a short first clause: no topic of the sentence)
    found = by_quote(metrics(["合肥海关统计显示，汽车出口占全省出口总值的31.5%。"], home="安徽省"))
    assert found["31.5%"].subject is None
