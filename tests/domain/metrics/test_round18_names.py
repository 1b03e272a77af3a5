"""Round 18's blind misses on homes, subjects, names and units (h56-h58: a town's work summary,
a province's ports and logistics release, a State Council opinion on elderly care), each a class
of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.metrics.home import home_from_title, infer_home_place
from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 11, 20)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


# homes: a department's release speaks for its place; a national text's words are no place


def test_a_release_names_its_home_by_the_department_in_its_source_line():
    head = ("1-10月全省公路运输情况\n"
            "发布时间：2025-11-20 09:30　来源：河北省交通运输厅　浏览次数：88\n"
            "1-10月，全省完成公路货运量18.6亿吨。")
    assert home_from_title(head) == "河北省"
    assert home_from_title("来源：杭州市统计局　浏览次数：12\n…") == "杭州市"  # (州 keeps 市)
    assert home_from_title("信息来源：宜兴市人民政府办公室\n…") == "宜兴市"
    # a paper, a bureau the place does not open, a department named without its place: none
    for line in ("来源：湖南日报", "来源：国家统计局广东调查总队", "来源：省水文中心",
                 "来源：新华社"):
        assert home_from_title(line + "\n全省粮食总产量增长2%。") is None, line


def test_the_whole_provincial_release_then_speaks_for_its_province():
    raw = ("1-9月全省港口生产情况\n来源：辽宁省交通运输厅\n"
           "1-9月，全省港口完成货物吞吐量6.2亿吨，大连港完成3.1亿吨。大连至烟台航线运送旅客310万人次。"
           "全省内河港口完成货物吞吐量1200万吨，同比增长3.1%。")  # (its cities named, never 辽宁)
    lines = raw.split("\n")
    starts = [sum(len(t) + 1 for t in lines[:i]) for i in range(len(lines))]
    sents = [Sentence(sent_no=i, block_no=i, text=t, raw_start=at, raw_end=at + len(t))
             for i, (t, at) in enumerate(zip(lines, starts, strict=True))]
    seg = default_segmenter()
    found = by_quote(extract_metrics(sents, {s.sent_no: seg.tag(s.text) for s in sents}, _DOC,
                                     None, raw=raw))
    assert found["1200万吨"].subject is None and found["3.1%"].subject is None


def test_a_residential_area_is_no_place_a_national_text_is_national():
    seg = default_segmenter()
    text = ["我国老年人口规模最大。", "全国共有养老床位800万张。", "新建居住区按照标准配建。",
            "已建成居住区通过改造补齐设施。", "全国养老机构达到40万个。"]
    assert infer_home_place(seg.tag(t) for t in text) == "全国"


# subjects: a route's two ends and a name's bracketed place are no subject


def test_the_ends_of_a_route_are_not_its_figures_subjects():
    found = _found(["其中蓬莱至旅顺航线运送旅客120.5万人次，同比增长2.1%。",
                    "成都至重庆高铁日均开行动车组120对。"], home="山东省")
    assert found["120.5万人次"].subject is None and found["2.1%"].subject is None
    assert found["120.5万人次"].indicator == "蓬莱至旅顺航线运送旅客"


def test_a_bracketed_place_inside_an_events_name_is_no_subject():
    found = _found(["10月份，第三届中国（厦门）国际投资贸易洽谈会签约项目41个。"], home="福建省")
    assert found["41个"].subject is None


def test_a_place_named_in_passing_still_is_the_subject():
    found = _found(["青岛港集装箱吞吐量完成2650万标箱。", "临沂市地区生产总值增长6.1%。"],
                   home="山东省")
    assert found["6.1%"].subject == "临沂"


# villages: the items of a 分别 list in a town's report are places


def test_villages_listed_before_respectively_are_their_figures_subjects():
    found = _found(["下坪村、石桥村、洋田村分别新建高标准农田210亩、180亩、95亩。",
                    "村级集体经济收入全部超过8万元，其中下坪村、石桥村分别达到21.4万元、16.2万元。"],
                   home="兴国县")
    assert [(m.value, m.subject, m.indicator) for m in found.values() if m.value != 8] == [
        (210, "下坪村", "新建高标准农田"), (180, "石桥村", "新建高标准农田"),
        (95, "洋田村", "新建高标准农田"), (21.4, "下坪村", "村级集体经济收入"),
        (16.2, "石桥村", "村级集体经济收入")]


def test_kinds_of_villages_in_a_list_are_no_places():
    found = _found(["全镇行政村、自然村分别为12个、86个。"], home="兴国县")
    assert [m.subject for m in found.values()] == [None, None]


# names: a town's whole-territory word is its home's, a degree adverb names nothing


def test_a_towns_whole_territory_word_is_stripped_as_a_countys():
    found = _found(["全镇茶叶面积达到1.8万亩，全乡规模养殖户达到52户。"], home="兴国县")
    assert [(m.indicator, m.subject) for m in found.values()] == [
        ("茶叶面积", None), ("规模养殖户", None)]


def test_a_degree_adverb_before_the_verb_is_no_part_of_the_name():
    found = _found(["各村集体经营性收入全部达到5万元以上，粮食作物良种覆盖率均超过96%，"
                    "农产品加工率仅为41%左右。"], home="兴国县")
    assert [m.indicator for m in found.values()] == [
        "各村集体经营性收入", "粮食作物良种覆盖率", "农产品加工率"]  # (率仅: one word cut)


# units: 起 counts cases after a number, never a date's or a word's 起


def test_qi_counts_cases_right_after_a_number():
    assert candidate_quotes("全年排查化解矛盾纠纷215起，调解成功率97.2%。") == ["215起", "97.2%"]
    assert candidate_quotes("共发生一般安全事故3起，同比减少2起。") == ["3起", "2起"]
    assert _found(["全年受理信访案件48起。"], home="兴国县")["48起"].unit == "起"


def test_qi_of_dates_words_and_lower_ends_is_no_unit():
    for text in ("本办法自2026年1月1日起施行。", "2025年起，全面推行新标准。",
                 "自7月1日起，每月发放补贴。", "各地于3日起草实施细则。",
                 "起步价8元起，月薪1.5万起。", "三起三落。", "发生3起交通事故。"):
        assert not any(q.endswith("起") for q in candidate_quotes(text)), text


# names: a route, an event's occasion, a work plan's task item, a rule's share of a noun


def test_a_routes_start_stays_in_its_name():
    found = _found(["其中蓬莱至旅顺航线运送旅客120.5万人次。"], home="山东省")
    assert found["120.5万人次"].indicator == "蓬莱至旅顺航线运送旅客"


def test_an_events_name_with_its_edition_is_no_part_of_what_it_produced():
    found = _found(["第二十届中国（厦门）国际投资贸易洽谈会签约项目41个，"
                    "第三届数字经济论坛成交额12.6亿元。"], home="福建省")
    assert [m.indicator for m in found.values()] == ["签约项目", "成交额"]


def test_a_work_plans_task_item_does_not_name_the_figures_after_it():
    found = by_quote(metrics(["1.壮大茶叶产业。", "新种植茶叶800亩以上。"], home="兴国县"))
    assert found["800亩以上"].indicator == "新种植茶叶"
    found = by_quote(metrics(["1.市属企业。", "资产总额6120.8亿元。"], home="成都市"))
    assert found["6120.8亿元"].indicator == "市属企业资产总额"  # (an entity still names them)


def test_a_rules_share_after_its_bound_is_of_the_noun_after_it():
    found = _found(["确保每年安排不少于8%的新增建设用地用于保障性住房建设。"], home=None)
    assert found["不少于8%"].indicator == "新增建设用地"


def test_a_verb_naming_the_activity_stays_after_its_noun():
    found = _found(["中欧班列开行1500列以上，老旧小区改造120个，5G基站累计建成3.1万个。"],
                   home="成都市")
    assert [m.indicator for m in found.values()] == ["中欧班列开行", "老旧小区改造", "5G基站"]


def test_what_the_counted_do_after_a_count_names_nothing():
    found = _found(["全镇驻村工作队员26名常驻在村。"], home="兴国县")
    assert found["26名"].indicator == "驻村工作队员"


def test_a_rules_standard_is_named_by_what_it_is_of_and_applied_to():
    found = _found(["新建小区按照每百户不低于30平方米的标准配建社区用房，"
                    "老旧小区按照每百户不低于20平方米的标准补齐。"], home=None)
    assert [m.indicator for m in found.values()] == ["新建小区配建社区用房", "老旧小区"]


def test_what_a_network_covers_is_named_with_its_verb():
    found = _found(["农村客货邮线路达到860条，覆盖3200个行政村。"], home="湖南省")
    assert found["3200个"].indicator == "覆盖行政村"


def test_a_road_section_before_a_length_names_where_the_noun_after_names_what():
    found = _found(["完成城关镇至石桥村段8.2公里道路拓宽。", "建成雅安至康定段42公里高速公路。"],
                   home="四川省")
    assert [m.indicator for m in found.values()] == ["道路拓宽", "高速公路"]


def test_a_kind_of_the_same_level_in_brackets_stays_with_the_counted_noun():
    found = _found(["全乡18个村（社区）全部建成便民服务站。"], home="兴国县")
    assert found["18个"].indicator == "村（社区）"


def test_what_the_counted_things_have_after_their_count_is_no_part_of_them():
    found = _found(["全乡4所小学办学条件全面改善。"], home="兴国县")
    assert found["4所"].indicator == "小学"
