"""Rounds 27 and 28's blind misses on detection, units and subjects (h83-h88: a province's postal
bulletin, a city CDC's disease report, news on a bank's results, a city's work-safety statistics,
an export orders release in Traditional script, a newspaper commentary), each a class of
phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics.candidate_pass import find_candidates
from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 11, 24)


def _values(text):
    return [(text[c.start : c.end], c.value, c.value_high) for c in find_candidates(text)]


def _found(texts, home=None):
    return by_quote(metrics(texts, doc=_DOC, home=home))


# inspections of firms and vaccine doses are units of their own, as 人次 and 户次


def test_inspections_of_firms_and_doses_are_units():
    found = _found(["全区共开展安全生产执法检查3,528家次，同比增长6.1%。",
                    "截至10月底，全市累计接种疫苗12.4万剂次。"])
    assert (found["3,528家次"].unit, found["12.4万剂次"].unit) == ("家次", "剂次")


# a share in 成 written before the noun it is a share of (近七成受访者认为…, 超六成企业…)


def test_a_share_in_tenths_before_its_noun():
    assert candidate_quotes("调查显示，近六成受访居民表示满意。") == ["近六成"]
    assert candidate_quotes("八成企业认为营商环境有所改善。") == ["八成"]
    assert candidate_quotes("此举将促成为企业减负，一成不变的做法要改。") == []


# a doubling written with 了 inside it (翻了一番, 翻了两番)


def test_a_doubling_with_its_aspect_mark():
    found = _found(["全县快递业务量三年间翻了一番。"])
    assert found["一番"].value == 1.0
    assert found["一番"].unit == "番"


# a per-head base a rate's name runs on from (就业人员十万人死亡率): the base of the rate, no
# count of people


def test_the_base_of_a_rate_is_no_count():
    assert candidate_quotes("全省道路交通万车死亡率为1.52，工矿商贸就业人员十万人生产安全事故"
                            "死亡率为0.58。") == ["1.52", "0.58"]
    assert candidate_quotes("全年新增城镇就业十万人。") == ["十万人"]


# a negated equality is a note's caveat (因四舍五入，合计不等于100%), no figure


def test_a_rounding_caveat_is_no_figure():
    assert candidate_quotes("注：因四舍五入，各分项加总未必等于100%。") == []
    assert candidate_quotes("注：由于四捨五入，合計可能不等於100%。") == []


# two neighbouring digits side by side (七八个, 两三成) are a loose range, not one number (78)


def test_a_loose_pair_of_digits_is_a_range():
    values = _values("游客平均停留两三天，约两三成的时间用在购物上。")
    assert values[:2] == [("两三天", 2.0, 3.0), ("约两三成", 20.0, 30.0)]
    assert _values("过去一周要参加七八个会议。") == []  # a small loose count of 个: no figure
    assert _values("二〇二三年，全市完成“十三五”规划目标。") == []


# places opening a clause ranked there as a class, by a rank (居全市前两位) or a superlative
# (同比降幅最大), pair with the 分别 figures after; a list's item joined to the next by 和 is read


def test_places_ranked_as_a_class_pair_with_the_figures():
    found = _found(["1—6月，江宁区、浦口区火灾起数居全市前两位，分别为36起和29起；溧水区、高淳区"
                    "死亡人数同比降幅最大，分别下降40.0%和33.3%。"], home="南京")
    assert [(q, found[q].subject, found[q].indicator) for q in ("36起", "29起", "40.0%", "33.3%")
            ] == [("36起", "江宁区", "火灾起数"), ("29起", "浦口区", "火灾起数"),
                  ("40.0%", "溧水区", "死亡人数"), ("33.3%", "高淳区", "死亡人数")]


# a case dated by its moment (8月14日10时20分许，): the place opening the clause after is where it
# happened, the subject of its figures


def test_the_place_of_a_case_after_its_moment():
    found = _found(["7月2日15时10分许，江宁区某物流企业在装卸作业中发生一起物体打击事故，造成1人"
                    "死亡，直接经济损失约120万元。"], home="南京")
    assert (found["1人"].subject, found["约120万元"].subject) == ("江宁区", "江宁区")


# a shareholder named after its place (第一大股东某市财政局) is a body, no place of the figure


def test_a_holder_named_after_its_place_is_no_subject():
    found = _found(["截至报告期末，该行第一大股东南京市国资委持股比例为12.3%，前十大股东合计持股"
                    "比例为48.6%。"])
    assert (found["12.3%"].subject, found["48.6%"].subject) == (None, None)


# partners listed after one named with 来自, their trade word left out (，歐洲…): no subject


def test_an_elliptic_partner_is_no_subject():
    found = _found(["10月来自美国接单243.7亿美元，年增42.5%，欧洲86.1亿美元，年增18.4%。"])
    assert (found["86.1亿美元"].subject, found["18.4%"].subject) == (None, None)


def test_an_elliptic_partner_after_a_semicolon_is_no_subject():
    # the release's list of partners runs on in sentences of their own after ；
    found = _found(["10月来自美国接单243.7亿美元，年增42.5%；", "欧洲86.1亿美元，年增18.4%；",
                    "日本25.3亿美元，年减2.1%。"])
    assert [found[q].subject for q in ("86.1亿美元", "18.4%", "25.3亿美元")] == [None] * 3
    found = _found(["全省出口总额1200亿元，增长5%；", "苏州出口860亿元，增长6%。"], home="江苏省")
    assert found["860亿元"].subject == "苏州"  # (no partner before: the place's own figure)
