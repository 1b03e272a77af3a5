"""Rounds 23 and 24's blind misses on names (h71-h76: a national PMI release, an A-share
quarterly report, a provincial bond issuance notice, a market regulator's registrations
release, news on a football league's economic pull, a county agriculture bureau's summary),
each a class of phrasing stated on short sentences written for it."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2025, 11, 20)


def _names(texts, doc=_DOC):
    return {q: m.indicator for q, m in by_quote(metrics(texts, doc=doc, home=None)).items()}


# a count's noun after its measure word, though its first character also opens a comparison
# (比赛, not 比上年): the segmenter's noun is what is counted


def test_a_count_names_the_noun_after_it_that_starts_like_a_link_word():
    found = _names(["开赛以来，联赛前5轮共进行30场比赛，现场观赛人次累计达到61.2万。",
                    "本届运动会共进行36场比赛。", "全市新增高新技术企业120家比上年多15家。"])
    # (a comparison right after a count is still no noun of it)
    assert (found["30场"], found["36场"], found["120家"]) == ("比赛", "比赛", "新增高新技术企业")


# a split into tiers (分为, 分成) is no part of what is split


def test_the_split_verb_before_tiers_is_not_kept_in_the_name():
    found = _names(["演出门票分为80元、180元、280元三档，学生凭证件可享半价。",
                    "景区年卡价格分成100元和150元两种。"])
    assert (found["80元"], found["280元"], found["100元"]) == (
        "演出门票", "演出门票", "景区年卡价格")


# the thing a notice or a story speaks of as "this" one (本次债券, 本次招标, 该店) names nothing of
# what is measured, as 本项目 does not


def test_this_issue_or_this_shop_is_no_part_of_the_name():
    found = _names(["本次债券票面利率为1.85%，全场平均投标倍数为18.2倍。",
                    "本次招标有效投标总量8620亿元。", "该店周末入住率保持在90%以上。",
                    "该比重为12%。"])
    # (该 alone before the measure is all its name)
    assert (found["1.85%"], found["8620亿元"], found["90%以上"], found["12%"]) == (
        "票面利率", "有效投标总量", "周末入住率", "该比重")


# an ordinary day as the base of a change or a multiple (较平时, 是平日的) names nothing, as 比上年


def test_an_ordinary_day_as_the_base_is_no_part_of_the_name():
    found = _names(["国庆期间，市区酒店房价较平时上涨约15%。",
                    "当天共接待游客6.2万人次，是平日的3.1倍。"])
    assert (found["约15%"], found["3.1倍"]) == ("市区酒店房价", "接待游客")


# an amount with no name before it, followed by the use it is put to (另有X亿元用作…), is named
# by that use, as 用于社会事业60.73亿元 is; the change after it is of the same amount


def test_an_amount_is_named_by_the_use_written_after_it():
    found = _names(["其中，用于教育事业12.40亿元。另有8.60亿元用作符合条件的重大项目资本金，"
                    "较上年同期增加1.5亿元。"])
    assert (found["8.60亿元"], found["1.5亿元"]) == ("用作重大项目资本金", "用作重大项目资本金")


# an amount in a later clause that names nothing of its own (宜宾、绵阳分别安排…) is of the thing
# named before, not of the share the clause before it took of that thing


def test_an_amount_after_a_share_takes_the_things_name_not_the_shares():
    found = _names(["分地区看，德阳市安排新增专项债券52.30亿元，占28.0%，居全省首位；"
                    "乐山、眉山分别安排18.40亿元和15.10亿元。"])
    assert (found["28.0%"], found["18.40亿元"], found["15.10亿元"]) == (
        "安排新增专项债券占比", "安排新增专项债券", "安排新增专项债券")


# a list item's marker written as a verb (一是, 二是) opens no name


def test_an_item_marker_is_no_part_of_the_name():
    found = _names(["一是粮食产量达到15.2亿斤；二是农产品加工转化率仅为68%，精深加工不足。"])
    assert (found["达到15.2亿斤"], found["68%"]) == ("粮食产量", "农产品加工转化率")


# a league table: points earned (积N分) are 积分; a rank on a ranking list (暂列积分榜第一位) is
# named by the list, and the ranks after it (分列第二、三位) by the same; a place's team (淮安队)
# stands for the place, no part of the name


def test_a_league_tables_points_and_ranks_are_named_by_the_table():
    found = _names(["目前，徐州队以5胜2平积17分暂列积分榜第一位，扬州队、泰州队分列第二、三位。",
                    "宿迁队已售出客队球票3200张。"])
    assert [found[q] for q in ("17分", "第一位", "第二", "三位", "3200张")] == [
        "积分", "积分榜", "积分榜", "积分榜", "售出客队球票"]


def test_a_rank_on_a_named_list_is_named_by_the_list():
    assert _names(["该校位列全球大学排行榜第85位。"])["第85位"] == "全球大学排行榜"


# 本 written apart from the period word it opens (本|报告期, once 报告期 is read as the report's
# period) goes with that period: no part of the name


def test_this_before_a_period_word_goes_with_it():
    raw = ("锦城科技股份有限公司2025年第三季度报告\n\n"
           "本报告期归属于上市公司股东的净利润同比增长8.12%，主要系销量增加。\n")
    found = {m.quote: m.indicator
             for m in analyse_document(raw, published_on=date(2025, 10, 28)).metrics}
    assert found["8.12%"] == "归属于上市公司股东的净利润"


# an authority before its verb names nothing, also across an adverb (将, 已) and the partners it
# acts with (联合各设区市)


def test_an_agent_with_its_adverb_and_partners_is_no_part_of_the_name():
    found = _names(["据了解，省商务厅将联合各设区市推出“游运河”精品线路30条。",
                    "市商务局已发放消费券1500万元。"])
    assert (found["30条"], found["1500万元"]) == ("推出游运河精品线路", "发放消费券")


# a count whose noun is followed by a passive (5个乡镇被评为…): what the counted were made names
# them, to the clause's end (as 推动23座商业综合体建成投运 names the event)


def test_a_passive_after_the_counted_noun_is_part_of_its_name():
    found = _names(["全县3个村被评为省级美丽乡村示范村。",
                    "全市有12家企业被认定为高新技术企业。"])
    assert (found["3个"], found["12家"]) == (
        "村被评为省级美丽乡村示范村", "企业被认定为高新技术企业")


# members of a group written as a scope only (在调查的21个行业中，有12个…: the 21 no metric of its
# own) are named by their state and the group, as when the group was counted; the group's word
# repeated at the state's head is dropped before the state's length is judged


def test_members_of_a_group_written_as_a_scope_are_named_by_their_state():
    found = _names(["在调查的21个行业中，有14个行业PMI位于扩张区间，比上月增加2个。"])
    assert (found["14个"], found["2个"]) == ("PMI位于扩张区间的行业", "PMI位于扩张区间的行业")


# the days of an event's matches (比赛日, 比赛期间) are a frame as 节日期间: no part of the name


def test_match_days_are_a_frame_not_a_name():
    found = _names(["7月以来比赛日铁路日均发送旅客52.3万人次，同比增长8.1%。"])
    assert (found["52.3万人次"], found["8.1%"]) == ("铁路日均发送旅客", "铁路日均发送旅客")


# a note's base reckoned by (X按…常住人口6121万人计算) is named by the words after 按, not the
# figure it is the base of


def test_the_base_a_figure_is_reckoned_by_is_named_after_by():
    found = _names(["注：每万人拥有律师数按2024年末全市常住人口985万人计算。"])
    assert found["985万人"] == "常住人口"


# a 按 phrase with no name before it is the manner of what follows (在第10年末按面值提前偿还本金的
# 30%): what is done names the share; a name before 按 stays the name (预备费按…支出的2%)


def test_a_manner_by_phrase_before_the_action_is_no_name():
    found = _names(["本期债券为含权债券，在第10年末按面值提前偿还本金的30%。",
                    "预备费按本级一般公共预算支出的2%设置。"])
    assert (found["30%"], found["2%"]) == ("提前偿还本金", "预备费")


# a share whose base's amount is written inside it (占公司总股本429,400,000股的0.37%): the amount is
# the base's (the company's own 公司 dropped), the share the amount before's share of that base


def test_a_bases_amount_inside_a_share_names_both():
    found = _names(["8月，公司累计回购股份2,360,000股，占公司总股本512,800,000股的0.46%。"])
    assert (found["512,800,000股"], found["0.46%"]) == ("总股本", "回购股份占总股本")


# an item with a verb of its own after a goal's or a total's words (力争累计建成160万亩) counts the
# last name's thing under that verb, as an item that is only the verb does


def test_an_items_own_verb_after_prefix_words_names_the_last_thing():
    found = _names(["新建高标准农田4万亩，力争累计建成120万亩。"])
    assert found["120万亩"] == "建成高标准农田"


# ranks sharing one rank verb (居全国第8位、中部第2位): the words before the second ordinal are its
# scope, as 全国 after 居 is; the thing ranked is the same


def test_a_second_rank_after_a_shared_verb_names_the_same_thing():
    found = _names(["全省实有经营主体612.5万户，总量居全国第11位、西部第3位。"])
    assert (found["第11位"], found["第3位"]) == ("实有经营主体总量", "实有经营主体总量")


# a count whose clause ends with what the counted did, a verb and its object (9家供应商递交投标文件,
# 28只个股涨停), is named by the thing and that, in the sentence's order; not what they make up
# (由9名董事组成) nor a longer story (建成后闲置或低效运行)


def test_what_the_counted_did_after_them_is_part_of_the_name():
    found = _names(["共有7家供应商递交投标文件，其中有效投标6家。", "板块内15只个股涨停。",
                    "董事会由7名董事组成。"])
    assert (found["7家"], found["15只"], found["7名"]) == (
        "供应商递交投标文件", "个股涨停", "董事")


def test_a_places_team_alone_before_a_number_leaves_no_name():
    found = _names(["截至目前，南通队进球16个，南京队12个。"])
    assert (found["16个"], found["12个"]) == ("进球", "进球")


# a station named after its city keeps the city in its name (南京南站, as 禄口国际机场), and 在, an
# occasion and its time word (在比赛当天) are when, no part of the name


def test_a_station_and_an_occasion_before_the_verb():
    found = _names(["苏州北站在比赛当天加开动车组列车18列。"])
    assert found["18列"] == "苏州北站加开动车组列车"


# a range of rounds before the name (前5轮比赛, 前3期) is a frame, as 前三季度 is


def test_the_rounds_so_far_are_no_part_of_the_name():
    found = _names(["据统计，前5轮比赛全网直播观看人次突破2.8亿。"])
    assert found["突破2.8亿"] == "全网直播观看人次"


# a counted event whose words run on into the next figure's name (6场比赛门票收入412万元): the
# count is of the event alone


def test_a_counted_event_running_into_the_next_figures_name_is_the_event():
    found = _names(["第5轮4场比赛门票收入286万元。", "全年举办12场培训讲座。"])
    assert (found["4场"], found["12场"]) == ("比赛", "举办培训讲座")
