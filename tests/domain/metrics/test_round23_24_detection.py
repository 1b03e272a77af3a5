"""Rounds 23 and 24's blind misses on detection, units and subjects (h71-h76: a national PMI
release, an A-share quarterly report, a provincial bond issuance notice, a market regulator's
registrations release, news on a football league's economic pull, a county agriculture
bureau's summary), each a class of phrasing stated on short sentences written for it."""

from datetime import date

from tests.domain.metrics.support import by_quote, candidate_quotes, metrics

_DOC = date(2025, 10, 21)


def _found(texts, home=None):
    return by_quote(metrics(texts, doc=_DOC, home=home))


# an issue's or batch's number in brackets of its own after the series' name is an ordinal
# name, no count of issues


def test_an_issue_numbered_in_brackets_is_no_count():
    text = ("招标发行了2025年某省政府专项债券（六期）至（九期）和2025年某省政府再融资一般债券"
            "（三期），发行规模合计120亿元。")
    assert candidate_quotes(text) == ["120亿元"]
    assert candidate_quotes("全年举办业务培训126期。") == ["126期"]


# a bond's or loan's term after its label (期限：7年, 期限为10年) counts years; a date after
# 期限 does not


def test_a_term_after_its_label_is_a_number_of_years():
    found = _found(["发行规模：60.50亿元；期限：7年；票面利率：1.80%。", "本批债券期限为20年。"])
    assert (found["7年"].unit, found["20年"].unit) == ("年", "年")
    assert candidate_quotes("合同期限为2026年12月31日。") == []
    assert candidate_quotes("贷款期限至2027年底。") == []


# a span of months (近6个月高点, a note's 3个月期间), the top N (前10名股东, 排名前3位的是) and
# a survey's scope (在调查的21个行业中) count nothing


def test_spans_classes_and_a_survey_scope_are_no_counts():
    assert candidate_quotes("两项指数均为近6个月高点。") == []
    assert candidate_quotes("注：“本期”指本季度初至本季度末3个月期间。") == []
    assert candidate_quotes("前10名股东持股情况") == []
    assert candidate_quotes("新设企业增速排名前3位的是甲市、乙市。") == []
    assert candidate_quotes("在调查的31个行业中，有18个行业景气指数位于扩张区间。") == ["18个"]
    assert candidate_quotes("目前10名专家已到岗。") == ["10名"]


# a league table's points right after 积, and a rank list whose later items share the first's
# 第 (分列第二、三位)


def test_points_after_ji_and_a_shared_ordinal_are_read():
    text = "徐州队以5胜2平积17分位列积分榜第一位，苏州队、无锡队分列第二、三位。"
    assert candidate_quotes(text) == ["17分", "第一位", "第二", "三位"]
    assert candidate_quotes("该项工作十分重要。") == []


# 亩次: an area worked once per pass


def test_mu_times_is_a_unit():
    found = _found(["全年开展病虫害统防统治作业面积86.4万亩次。"])
    assert found["86.4万亩次"].unit == "亩次"


# ranks listed side by side go in order with the places named before them: in their clause
# (A队、B队分列第二、三位) or in the sentence's 分别 list before (A、B分别安排…，位列第二、第三)


def test_a_rank_list_pairs_with_the_places_in_order():
    found = _found(["徐州队以5胜2平积17分位列积分榜第一位，苏州队、无锡队分列第二、三位。"])
    assert (found["第二"].subject, found["三位"].subject) == ("苏州", "无锡")
    found = _found(["其中，泸州、德阳分别安排18.60亿元和15.20亿元，位列第二、第三。"],
                   home="四川省")
    assert (found["第二"].subject, found["第三"].subject) == ("泸州", "德阳")


# a 分别 list whose places open the clause before, ranked there as a class (…居全省前三，分别
# 为…), and one whose places follow 的是 (排名前3位的是A、B、C，分别…): each figure is its place's


def test_places_ranked_as_a_class_before_respectively_are_the_subjects():
    found = _found(["亳州、滁州、六安新设企业数量居全省前三，分别为6.1万户、5.2万户、4.8万户。"],
                   home="安徽省")
    assert [found[q].subject for q in ("6.1万户", "5.2万户", "4.8万户")] == ["亳州", "滁州", "六安"]
    assert found["6.1万户"].indicator == "新设企业"
    found = _found(["新设企业增速排名前3位的是淮北、宣城、铜陵，分别增长14.1%、12.6%、11.0%。"],
                   home="安徽省")
    assert [found[q].subject for q in ("14.1%", "12.6%", "11.0%")] == ["淮北", "宣城", "铜陵"]


# the place that opens a sentence as its agent, 在 right after it (扬州在第5轮推出…), as the place
# of the one speaking (苏州一家连锁酒店负责人告诉记者，) or as its setting in a clause of its own
# (在苏州，) is the subject of the figures after it


def test_a_sentence_agent_or_setting_place_is_the_subject():
    found = _found(["无锡在第4轮推出凭票根免费游景区活动，当天接待游客12.4万人次，是平日的1.9倍。",
                    "在常州，比赛日当晚老城区夜间客流达到平日的1.6倍。",
                    "我们在第4轮推出活动，当天接待游客2.1万人次。",
                    "无锡一家民宿负责人告诉记者，7月以来该店入住率保持在90%以上。"], home="江苏省")
    assert (found["12.4万人次"].subject, found["1.9倍"].subject) == ("无锡", "无锡")
    assert found["1.6倍"].subject == "常州"
    assert found["2.1万人次"].subject is None
    assert found["90%以上"].subject == "无锡"


# a match sets two places against each other (南京对阵苏州): neither is the subject; nor is the
# city a station is named after (南京南站)


def test_a_match_of_two_places_and_a_station_have_no_subject():
    found = _found(["无锡对阵常州一场的直播观看人次达2150万，创单场新高。",
                    "苏州站在比赛当天加开动车组列车18列。"], home="江苏省")
    assert (found["达2150万"].subject, found["18列"].subject) == (None, None)


# nights counted (共35晚) are a unit; a record's level after its number (打破…52天的纪录) is
# measured, though a word follows the unit (15天的时间 names a span, no figure)


def test_nights_and_a_record_level_are_read():
    text = "全年共出现高温天气41天，打破二〇一七年38天的纪录；热夜共22晚。"
    assert candidate_quotes(text) == ["41天", "38天", "22晚"]
    assert candidate_quotes("用15天的时间完成整改。") == []
    assert candidate_quotes("5日晚，全市出现强降雨。") == []


# a scope's level or standard that the figure is a share or multiple of (仅为全国平均水平的六成)
# is its base, no subject; the scope owning the figure stays its subject


def test_a_scope_named_as_the_base_of_a_share_is_no_subject():
    found = _found(["全省农村居民人均可支配收入仅为全国平均水平的七成左右。",
                    "全国规模以上工业企业利润增长5.2%。"], home="甘肃省")
    assert found["七成左右"].subject is None
    assert found["5.2%"].subject == "全国"


# a place whose level the segmenter glues to the word after it (洞头|区为) is still the place
# its clause names


def test_a_place_with_its_level_glued_to_the_next_word_is_the_subject():
    found = _found(["鹿城区、瑞安市常住人口分别为128.7万人和154.6万人，"
                    "常住人口最少的洞头区为16.8万人。"], home="温州市")
    assert found["16.8万人"].subject == "洞头区"


# a place after 到 opening its phrase is where people go (到成渝地区双城经济圈就业的占46.3%),
# no subject; 达到 is no such 到


def test_a_destination_after_dao_is_no_subject():
    found = _found(["其中留川就业3218人，到粤港澳大湾区就业的占21.4%。",
                    "成都市地区生产总值达到2.3万亿元。"], home="四川省")
    assert found["21.4%"].subject is None
    assert found["达到2.3万亿元"].subject == "成都"
