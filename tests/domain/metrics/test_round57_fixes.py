"""Round 57's fixes (tests/gold/heldout/h173-h175: a Taiwanese family income survey, a province's
surface-water release with a ranking table, a district's WeChat article on consumption), one class
each, through the real extractor."""

from datetime import date

from pipelines.domain.metrics.home import settled_home
from pipelines.domain.metrics.name_brackets import without_classes
from tests.domain.metrics.support import by_quote, document_by_number, metrics

WATER = """安徽省生态环境厅

2025年1-10月全省地表水环境质量状况

　　四、城市排名情况
　　1-10月，全省各市水质指数见附表。

附表：2025年1-10月全省地级市地表水环境质量排名
排名    城市      水质指数    变化幅度（%）
1       黄山市    3.12        -1.3
2       池州市    3.35        -2.4
3       宣城市    3.48        0.9
"""


def test_a_change_column_beside_an_index_is_the_index_growth():
    """变化幅度（%） after 水质指数 in a table of cities: how much the index moved (a growth rate
    of 水质指数, signed as printed), not a share named 变化幅度."""
    found = document_by_number(WATER, date(2025, 11, 21))
    for quote, value, city in (("-1.3", -1.3, "黄山"), ("0.9", 0.9, "宣城")):
        m = found[quote]
        assert (m.kind, m.indicator, m.value, m.subject) == ("growth_rate", "水质指数", value, city)
    assert found["3.35"].indicator == "水质指数"


def test_a_class_of_stores_named_by_a_place_is_no_subject():
    """全国首店3家、安徽首店12家: classes of first stores, their place a word of the name."""
    found = by_quote(metrics(["前三季度，全区新开品牌首店47家，其中全国首店3家、安徽首店12家、"
                              "合肥首店32家。"], date(2025, 10, 28), home="蜀山区"))
    for quote, name in (("3家", "全国首店"), ("12家", "安徽首店"), ("32家", "合肥首店")):
        assert (found[quote].indicator, found[quote].subject) == (name, None)


def test_a_taiwan_central_body_s_release_is_the_island_s():
    """A 主计总处 survey naming 台北 most (its cities, the footer's address) is Taiwan's; a
    county's text naming 台北 stays as it was found."""
    release = ["行政院主计总处新闻稿", "113年家庭收支调查结果", "可支配所得中位数以台北市最高"]
    assert settled_home("台北", release) == "台湾"
    county = ["云林县政府", "县长施政报告", "北港朝天宫游客居各据点第1位"]
    assert settled_home("云林县", county) == "云林县"


WECHAT = """原创 蜀山商务 2025年10月28日 18:30

🎫 **消费券“四两拨千斤”**

今年以来
区级财政安排
消费券资金**3000万元**
分6轮发放
截至9月30日
累计发放消费券2860万元
核销2547万元
核销率达**89.1%**
"""


def test_a_phone_article_s_short_lines_are_read_as_clauses():
    """A block broken every few words: a line ending in words goes on (区级财政安排⏎消费券资金),
    a line ending on a figure or a time closes its clause (截至9月30日⏎累计发放…)."""
    found = document_by_number(WECHAT, date(2025, 10, 28))
    assert found["3000万元"].indicator == "区级财政安排消费券资金"
    issued = found["2860万元"]
    assert (issued.kind, issued.period_end) == ("count_total", date(2025, 9, 30))
    assert next(m for m in found.values() if m.value == 89.1).indicator == "核销率"


def test_water_classes_in_brackets_are_no_words_of_a_name():
    assert without_classes("水质优良（Ⅰ~Ⅲ类）断面比例") == "水质优良断面比例"
    assert without_classes("Ⅳ类断面占比") == "Ⅳ类断面占比"
    found = by_quote(metrics(["2025年1-10月，全省131个国控断面中，水质优良（Ⅰ~Ⅲ类）断面比例"
                              "为89.3%。"], date(2025, 11, 21), home="安徽省"))
    assert found["89.3%"].indicator == "水质优良断面比例"


def test_a_basin_before_its_scope_names_the_clauses_it_frames():
    """长江流域43个国控断面中，水质优良比例为…: the basin's share, up to the next ；."""
    found = by_quote(metrics(["长江流域43个国控断面中，水质优良比例为97.7%；淮河流域62个"
                              "国控断面中，水质优良比例为80.6%，Ⅳ类断面占16.1%。"],
                             date(2025, 11, 21), home="安徽省"))
    assert found["97.7%"].indicator == "长江流域水质优良比例"
    assert found["80.6%"].indicator == "淮河流域水质优良比例"
    assert found["16.1%"].indicator == "淮河流域Ⅳ类断面占比"


def test_members_of_a_scope_counted_in_any_measure_word_take_its_noun():
    """监测的26座重点湖库中，水质优良的湖库19座，占73.1%: the members and their share are named
    by the scope's noun (重点湖库), as 个 scopes were."""
    found = by_quote(metrics(["监测的26座重点湖库中，水质优良的湖库19座，占73.1%。"],
                             date(2025, 11, 21), home="安徽省"))
    assert found["19座"].indicator == "水质优良的重点湖库"
    assert found["73.1%"].indicator == "水质优良的重点湖库占比"


def test_a_list_of_places_ranked_by_a_measure_is_of_that_measure():
    """人均可支配收入以合肥市5.6万元最高，芜湖市4.9万元次之: each place's figure of the measure
    (the place its subject, no word of the name), the items after the first too."""
    found = by_quote(metrics(["全省人均可支配收入以合肥市5.6万元最高，芜湖市4.9万元次之，"
                              "阜阳市3.1万元最低。"], date(2025, 2, 10), home="安徽省"))
    for quote, city in (("5.6万元", "合肥"), ("4.9万元", "芜湖"), ("3.1万元", "阜阳")):
        assert (found[quote].indicator, found[quote].subject) == ("人均可支配收入", city)


def test_a_mean_per_household_and_a_gap_ratio_are_levels():
    """每户平均人数为2.95人: a mean per household (actual, no count of people standing); 两者差距
    倍数为6.20倍: the ratio's level (actual), though the clause says 差距."""
    found = by_quote(metrics(["2024年，每户平均人数为2.95人。最高所得组与最低所得组两者差距"
                              "倍数为6.20倍。"], date(2025, 8, 29), home="台湾"))
    assert found["2.95人"].kind == "actual"
    assert found["6.20倍"].kind == "actual"
    assert found["6.20倍"].indicator.endswith("差距倍数")
