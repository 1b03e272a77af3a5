"""subjects.py: the place a number is about (the last place named before it in its clause,
unless it is the home place, a ranking's scope or a share's denominator), the place that opens a
sentence as its topic, and the place 该市 refers to."""


from pipelines.domain.metrics.subjects import (
    ANAPHOR,
    anaphor_place,
    named_subject,
    topic_place,
)
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import cand, metrics, sentences, toks


def _subject(text: str, quote: str, home: str | None = "成都市") -> str | None:
    return named_subject(toks(text), text, 0, cand(text, quote).start, home)


# --- named_subject ------------------------------------------------------------------------


def test_a_place_named_before_the_number_is_its_subject():
    assert _subject("重庆经济总量达3万亿元", "达3万亿元") == "重庆"
    # the segmenter cuts 德阳|市: the level joins the name
    assert _subject("德阳市地区生产总值增长6%", "6%") == "德阳市"


def test_the_last_place_named_wins():
    assert _subject("德阳市和绵阳市地区生产总值分别增长6%", "6%") == "绵阳市"


def test_the_home_place_gives_an_empty_subject_and_no_place_none():
    assert _subject("全市地区生产总值增长6%", "6%") == ""
    assert _subject("成都高新区地区生产总值增长6%", "6%") == ""  # starts with the home's stem
    assert _subject("四川省经济总量达6万亿元", "达6万亿元", home="四川省") == ""
    assert _subject("全省经济总量达6万亿元", "达6万亿元", home=None) == ""
    assert _subject("地区生产总值增长6%", "6%") is None


def test_a_ranking_scope_is_no_subject():
    assert _subject("地区生产总值增速居四川省第2位", "第2位") is None
    assert _subject("增速位居四川省21个市州第2位", "第2位") is None
    assert _subject("德阳市地区生产总值增速居全省第2位", "第2位") == "德阳市"


def test_a_share_denominator_or_a_comparison_base_is_no_subject():
    assert _subject("GDP占四川省的比重为8%", "8%") is None
    assert _subject("四川省占比为8%", "8%") is None
    assert _subject("地区生产总值比四川省高2个百分点", "2个百分点") is None
    assert _subject("德阳市GDP占四川省的比重为8%", "8%") == "德阳市"


def test_regions_are_named_whole_and_a_bare_metropolitan_area_is_the_homes():
    assert _subject("长三角城市群经济总量达30万亿元", "达30万亿元", home="上海市") == "长三角城市群"
    assert _subject("都市圈地区生产总值增长6%", "6%") == "成都都市圈"
    assert _subject("成都都市圈地区生产总值增长6%", "6%") == "成都都市圈"  # not the home


# --- topic_place --------------------------------------------------------------------------


def _topic(text: str, home: str = "河南省") -> str | None:
    return topic_place(toks(text), text, 0, text.index("，"), home)


def test_a_place_opening_the_clause_is_the_topic():
    assert _topic("洛阳紧随其后，一季度实现地区生产总值1300亿元") == "洛阳"
    assert _topic("洛阳市紧随其后，一季度实现地区生产总值1300亿元") == "洛阳市"


def test_a_place_later_in_the_clause_or_the_home_is_no_topic():
    assert _topic("紧随其后的是洛阳，一季度实现地区生产总值1300亿元") is None
    assert _topic("成都紧随其后，一季度实现地区生产总值1300亿元", home="成都市") is None


# --- anaphor_place ------------------------------------------------------------------------


def _anaphor(before: list[str], home: str = "河南省") -> str | None:
    seg = default_segmenter()
    sents = sentences(before)
    return anaphor_place(sents, {s.sent_no: seg.tag(s.text) for s in sents}, home)


def test_gaishi_is_the_last_place_of_the_sentence_before():
    assert _anaphor(["郑州表现亮眼。"]) == "郑州"
    assert _anaphor(["郑州、洛阳表现亮眼。"]) == "洛阳"


def test_gaishi_with_no_sentence_before_or_only_the_home_named_there_is_none():
    assert _anaphor([]) is None
    assert _anaphor(["全省经济稳中向好。"]) is None


def test_the_anaphor_pattern():
    assert ANAPHOR.search("该市一季度") and ANAPHOR.search("该县")
    assert not ANAPHOR.search("该项目")


def test_through_the_extractor_gaishi_takes_the_place_before():
    found = metrics(["郑州表现亮眼。", "该市一季度地区生产总值增长6%。"], home="河南省")
    assert [(m.indicator, m.subject) for m in found] == [("地区生产总值", "郑州")]


def test_yinggai_is_no_anaphor():
    assert ANAPHOR.search("应该市场化运作的项目") is None
    found = metrics(["郑州表现亮眼。", "应该市场化运作的项目达120个。"], home="河南省")
    assert [m.subject for m in found] == [None]
