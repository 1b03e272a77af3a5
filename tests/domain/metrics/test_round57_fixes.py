"""Round 57's fixes (tests/gold/heldout/h173-h175: a Taiwanese family income survey, a province's
surface-water release with a ranking table, a district's WeChat article on consumption), one class
each, through the real extractor."""

from datetime import date

from pipelines.domain.metrics.home import settled_home
from pipelines.domain.metrics.name_brackets import without_classes
from pipelines.domain.metrics.short_lines import mend_short_lines
from pipelines.domain.records import Sentence
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


def test_taiwan_s_ping_is_an_area_unit():
    found = by_quote(metrics(["2024年底，平均每户住宅坪数44.6坪。"], date(2025, 8, 29),
                             home="台湾"))
    assert (found["44.6坪"].unit, found["44.6坪"].kind) == ("坪", "actual")


def test_a_table_label_and_a_postcode_are_no_figures():
    """表1　家庭收支主要指标: the table's number (1 家 is no count of households); 10065台北市: a
    postcode whose 台 opens the city's name (no count of machines); 代表12人 still counts."""
    assert metrics(["表1\u3000家庭收支主要指标"], date(2025, 8, 29), home="台湾") == []
    assert metrics(["地址：10065台北市中正区广州街2号"], date(2025, 8, 29), home="台湾") == []
    assert [m.quote for m in metrics(["共选出代表12人。"], date(2025, 8, 29))] == ["12人"]


def test_a_unitless_ratio_s_rise_is_its_change():
    """吉尼系数为0.342，较112年上升0.003: the coefficient's change (no unit), as 下降 was."""
    found = by_quote(metrics(["吉尼系数为0.342，较112年上升0.003。"], date(2025, 8, 29),
                             home="台湾"))
    assert (found["0.003"].indicator, found["0.003"].kind) == ("吉尼系数", "growth_rate")


def test_a_place_after_a_comparison_s_frame_is_the_topic():
    """与去年同期相比，阜阳市水质改善幅度最大，水质指数下降8.6%: 阜阳's index."""
    found = by_quote(metrics(["与去年同期相比，阜阳市水质改善幅度最大，水质指数下降8.6%。"],
                             date(2025, 11, 21), home="安徽省"))
    assert (found["8.6%"].subject, found["8.6%"].value) == ("阜阳", -8.6)


def test_examples_whose_etc_the_segmenter_glued_are_dropped():
    """万象城、华润·万象汇等重点商圈: 汇等 cut as one word, the examples still end there."""
    found = by_quote(metrics(["前三季度，万象城、华润·万象汇等重点商圈客流量同比增长18.7%。"],
                             date(2025, 10, 28), home="蜀山区"))
    assert found["18.7%"].indicator == "重点商圈客流量"


def test_a_note_of_clock_times_in_brackets_is_no_part_of_a_name():
    """夜间（18:00-22:00）消费额占…: the name is not cut inside the note by its digits."""
    for text in ("7-9月，夜间（18:00-22:00）消费额占全天消费额的比重达37.4%。",
                 "7-9月,夜间(18:00-22:00)消费额占全天消费额的比重达37.4%。"):
        found = metrics([text], date(2025, 10, 28), home="蜀山区")
        assert [m.indicator for m in found] == ["夜间消费额占全天消费额的比重"]


def test_a_record_s_span_and_a_quoted_festival_s_days():
    """创年内新高: the span a record is set in dates nothing after it; “蜀山美食节”期间: a festival
    in quotes is a period of its own, its dates unknown (as “三夏”期间)."""
    found = by_quote(metrics(["9月当月增长12.4%，创年内新高，“蜀山美食节”期间，重点监测的餐饮企业"
                              "营业额同比增长21%。"], date(2025, 10, 28), home="蜀山区"))
    festival = found["21%"]
    assert (festival.period_text, festival.period_start) == ("“蜀山美食节”期间", None)


PHONE_RELEASE = """原创 蜀山商务 2025年10月28日 18:30

📊 **总体情况**

今年前三季度
全区实现社会消费品零售总额
**486.3亿元**
同比增长**6.8%**

🍜 **餐饮消费**

限上餐饮收入38.9亿元
同比增长9.7%
"""


def test_an_amount_compared_on_the_next_line_is_of_the_release_s_period():
    """限上餐饮收入38.9亿元⏎同比增长9.7%: a line break ends the clause as a comma does; the amount
    compared with the year before is of the period the lead reports on (前三季度)."""
    found = document_by_number(PHONE_RELEASE, date(2025, 10, 28))
    assert (found["38.9亿元"].period_start, found["38.9亿元"].period_end) == (
        date(2025, 1, 1), date(2025, 9, 30))


def test_a_sample_s_measure_compared_at_once_is_the_next_figure_s():
    """重点监测的60家餐饮企业营业额同比增长21%: the count counts the firms (as h157's 58家商贸企业
    实现销售额), the change is of their 营业额."""
    found = by_quote(metrics(["“蜀山美食节”期间，重点监测的60家餐饮企业营业额同比增长21%。"],
                             date(2025, 10, 28), home="蜀山区"))
    assert (found["60家"].indicator, found["60家"].kind) == ("餐饮企业", "count_total")
    assert found["21%"].indicator == "餐饮企业营业额"


def test_a_line_opening_with_a_symbol_still_breaks_a_phone_article_s_block():
    """▲ 9月当月增长12.4%: the space print left after the marker is no word break of its own;
    the block is still read as clauses."""
    raw = ("原创 蜀山商务 2025年10月28日\n\n🍜 **餐饮消费**\n\n限上餐饮收入38.9亿元\n同比增长9.7%\n"
           "▲ 9月当月增长**12.4%**\n创年内新高\n“蜀山美食节”期间\n重点监测的60家餐饮企业\n"
           "营业额同比增长21%\n")
    found = document_by_number(raw, date(2025, 10, 28))
    assert found["60家"].indicator == "餐饮企业"
    assert found["21%"].indicator == "餐饮企业营业额"


def test_a_mean_per_household_after_its_item_is_a_word_of_its_name():
    """受雇人员报酬平均每户85.7万元: the sentence's words in order (as 住院病人人均医药费用)."""
    found = by_quote(metrics(["其中受雇人员报酬平均每户85.7万元，较上年增加4.12%。"],
                             date(2025, 8, 29), home="合肥市"))
    assert found["85.7万元"].indicator == "受雇人员报酬平均每户"
    assert found["4.12%"].indicator == "受雇人员报酬平均每户"


def test_a_level_only_reaching_another_s_share_is_named_by_the_level():
    """…平均每户可支配所得为82.6万元，仅及全体家庭之69.6%: the level as a share of the whole's
    (as 仅为全国平均水平的六成), not a name of 仅及."""
    found = by_quote(metrics(["户长65岁以上之家庭平均每户可支配所得为82.6万元，仅及全体家庭之"
                              "69.6%。"], date(2025, 8, 29), home="台湾"))
    assert (found["69.6%"].indicator, found["69.6%"].kind) == (
        "户长65岁以上之家庭平均每户可支配所得", "share")


def test_an_amount_pulled_is_named_by_what_it_pulls_and_a_ratio_keeps_both_sides():
    """拉动家电销售5.8亿元 after a count: the amount caused (as 带动消费), not 申请拉动…, which is
    the name of a contribution in points; 财政资金与带动消费比例: a ratio of the two."""
    found = by_quote(metrics(["截至9月底，全区累计受理家电以旧换新补贴申请4.37万份，"
                              "拉动家电销售5.8亿元。财政资金与带动消费比例达1:8.6。"],
                             date(2025, 10, 28), home="蜀山区"))
    assert found["5.8亿元"].indicator == "家电销售"
    assert next(m for m in found.values() if m.value == 8.6).indicator == "财政资金与带动消费比例"


def _block(raw: str) -> Sentence:
    """A block of lines as cleaning joins them: line breaks read as spaces, offsets kept."""
    text = raw.rstrip("\n").replace("\n", " ")
    return Sentence(sent_no=0, block_no=0, text=text, raw_start=0, raw_end=len(text),
                    raw_index=tuple(range(len(text))), is_heading=True)


def test_short_lines_mended_only_where_they_hold_figures():
    """A phone article's block is read as clauses (a break after a figure or before a time a
    comma, any other break none); a masthead set in short lines, with no figure, stays as it is."""
    raw = ("今年以来\n区级财政安排\n消费券资金3000万元\n分6轮发放\n截至9月30日\n"
           "累计发放消费券2860万元\n")
    (mended,), _ = mend_short_lines([_block(raw)], {}, raw, lambda s: s)
    assert mended.text == ("今年以来，区级财政安排消费券资金3000万元，分6轮发放，截至9月30日，"
                           "累计发放消费券2860万元")
    assert not mended.is_heading
    assert raw[mended.raw_index[mended.text.index("3000")]] == "3"
    head = ("大同文旅信息\n第46期（总第312期）\n大同市文化和旅游局\n"
            "2025年国庆中秋假期全市文化旅游市场运行情况\n")
    (kept,), _ = mend_short_lines([_block(head)], {}, head, lambda s: s)
    assert kept.text == _block(head).text and kept.is_heading


def test_a_count_whose_state_joins_two_classes_is_named_doer_and_deed():
    """太平湖、花亭湖等7座湖库处于贫营养或中营养状态: the state after the counted, with 或 and a
    中 read as a locative, still names them (doer + deed, session 20)."""
    found = by_quote(metrics(["太平湖、花亭湖等7座湖库处于贫营养或中营养状态。"],
                             date(2025, 11, 21), home="安徽省"))
    assert found["7座"].indicator == "湖库处于贫营养或中营养状态"
