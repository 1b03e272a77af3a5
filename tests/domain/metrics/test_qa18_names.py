"""QA round 18's naming leftovers (a county's key projects), each a class of phrasing stated on
sentences written for it: a period word before an amount done is the figure's period, the
levels a list of projects is of are no part of the key of what is counted, and towns named
before a figure are none of its name."""

from datetime import date

from pipelines.domain.metrics.canonical import canonical_indicator
from pipelines.domain.metrics.home import home_from_title
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2026, 2, 5)


def _names(text: str) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics([text], doc=_DOC, home="青禾县")).items()}


def test_a_period_word_before_an_amount_done_is_no_part_of_its_name():
    assert _names("开工建设市级重点项目85个，年度完成投资96亿元以上。")["96亿元以上"] == "完成投资"
    assert _names("全年完成产值42.5亿元，同比增长8.1%。")["42.5亿元"] == "完成产值"
    assert _names("当年完成投资额18.3亿元。")["18.3亿元"] == "完成投资额"


def test_a_period_word_before_another_name_stays():
    # (年度预算, 年度计划投资: the year's budget and plan are what is measured)
    assert _names("安排年度预算资金3.2亿元。")["3.2亿元"] == "安排年度预算资金"
    assert _names("年度计划投资45亿元。")["45亿元"] == "年度计划投资"


def test_the_levels_of_a_list_of_projects_are_no_part_of_the_counts_key():
    assert canonical_indicator("实施省市县重点项目", "个") == canonical_indicator(
        "实施重点项目", "个")
    assert canonical_indicator("新开工省市区重点项目", "个") == canonical_indicator(
        "新开工重点项目", "个")
    assert canonical_indicator("市级重点项目", "个") != canonical_indicator("重点项目", "个")


def test_towns_named_before_a_figure_are_no_part_of_its_name():
    # (towns the segmenter does not know are cut from their level: 桑园|乡, 石桥|镇)
    found = _names("桑园乡、石桥镇建成美丽乡村示范点9个。")
    assert found["9个"] == "建成美丽乡村示范点"
    assert _names("石桥镇新增城镇就业860人。")["860人"] == "新增城镇就业"


def test_words_ending_like_a_town_stay_in_the_name():
    # (城镇, 乡镇 have a one-character stem; 小城镇, 特色小镇 are lexicon not_towns)
    assert _names("全县小城镇建成污水处理厂8座。")["8座"] == "小城镇建成污水处理厂"
    assert _names("特色小镇新增入驻企业30家。")["30家"].startswith("特色小镇")
    assert _names("乡镇卫生院新增床位120张。")["120张"].startswith("乡镇")


def test_a_city_ending_like_a_town_is_a_city_not_a_town():
    # (景德镇 is a prefecture-level city, listed in places.txt: the subject of its figures as any
    # city, not a town dropped from the name nor a 景德 cut from 镇陶瓷…)
    found = by_quote(metrics(["景德镇陶瓷产业产值增长8.2%。"], doc=_DOC, home="青禾县"))["8.2%"]
    assert (found.subject, found.indicator) == ("景德镇", "陶瓷产业产值")


def test_a_title_opening_with_about_names_the_place_after_it():
    # (关于…的报告: a plan report's title; 关于 is no part of the place)
    assert home_from_title("关于桐江市2025年国民经济和社会发展计划执行情况的报告\n") == "桐江市"
