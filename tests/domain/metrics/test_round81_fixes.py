"""Round 81's fixes (h245-h247: a provincial trade-union federation's year-end work summary, a
city's 12345 hotline yearly data page, an OCR'd city veterans' affairs bulletin), each class
tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_date_in_brackets_under_a_title_is_no_heading_over_the_body():
    text = ("某市妇女联合会2025年工作总结\n\n（2025年12月26日）\n\n一、阵地建设\n\n"
            "新建妇女儿童之家46个，总数达到1320个。\n")
    found = document_by_number(text, date(2025, 12, 26))
    assert (found["46个"].period_start, found["46个"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))


def test_petitions_counted_each_time_are_in_jianci_and_a_flow():
    text = "2025年，全市信访总量3.42万件次，同比下降6.1%，其中网上信访1.86万件次。"
    found = document_by_number(text, date(2026, 1, 10))
    assert found["3.42万件次"].unit == "件次"
    assert found["3.42万件次"].kind == "actual"
    assert found["1.86万件次"].kind == "actual"


def test_the_chinese_dream_and_national_honours_are_no_places():
    text = ("2025年，全省开展“中国梦·新时代”主题宣讲2.4万场。推荐评选全国劳动模范46名、"
            "全国五一劳动奖章31名。")
    found = document_by_number(text, date(2025, 12, 28))
    assert found["2.4万场"].subject is None
    assert found["46名"].subject is None
    assert found["31名"].subject is None


def test_people_honoured_taken_in_and_placed_in_a_year_are_flows():
    text = ("2025年，全市评选“最美职工”30名，表彰先进集体40个。全年接收安置退役军人2410人，"
            "其中自主就业2236人；考录到社区岗位410人，现场达成就业意向2864人。")
    found = document_by_number(text, date(2026, 1, 10))
    for quote in ("30名", "40个", "2410人", "2236人", "410人", "2864人"):
        assert found[quote].kind == "actual", quote


def test_a_holiday_named_with_qijian_is_its_days_off():
    text = "2025年，英烈褒扬工作扎实推进。清明节期间，全市烈士陵园接待祭扫群众18.2万人次。"
    found = document_by_number(text, date(2026, 1, 8))
    m = found["18.2万人次"]
    assert (m.period_start, m.period_end) == (date(2025, 4, 4), date(2025, 4, 6))


def test_an_agent_and_its_jiang_before_a_goal_word_are_no_name():
    text = ("2026年，全市各级妇联将力争新建妇女儿童之家80个。市热线将力争群众满意率保持在"
            "97%以上。")
    found = document_by_number(text, date(2025, 12, 28))
    assert found["80个"].indicator == "新建妇女儿童之家"
    assert found["97%以上"].indicator == "群众满意率"


def test_veterans_and_their_families_are_beneficiaries_and_two_levels_an_agent():
    text = ("2025年，累计为全市退役军人和其他优抚对象家庭悬挂光荣牌21.4万户。春节期间，市县两级"
            "走访慰问退役军人8600人次。全年为退役军人发放优待证3.2万张。")
    found = document_by_number(text, date(2026, 1, 8))
    assert found["21.4万户"].indicator == "悬挂光荣牌"
    assert found["8600人次"].indicator == "走访慰问退役军人"
    assert found["3.2万张"].indicator == "发放优待证"


def test_a_district_named_like_a_common_word_is_a_place_among_places():
    text = ("2025年，受理量排名前四的县区分别为新华区、桥西区、裕华区、老城区，分别为3.1万件、"
            "2.8万件、2.2万件、1.6万件。")
    found = document_by_number(text, date(2026, 1, 12))
    assert found["1.6万件"].subject == "老城区"
    assert found["1.6万件"].indicator == "受理量"
    assert found["3.1万件"].subject == "新华区"
