"""Round 92's fixes (h278-h280: a province's press conference on the 2025 economy, a city
newspaper's economy page pulled from its PDF with two articles' lines in turn and a caption inside
a paragraph, a city 发展和改革委员会's report on the 2025 plan's execution and the 2026 plan), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number

REVIEW = ("关于某市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n\n"
          "一、2025年计划执行情况\n\n")


def test_a_heading_naming_its_years_plan_tasks_dates_them():
    text = ("二、2026年主要目标\n\n　　建议2026年全县地区生产总值增长6%左右。\n\n"
            "三、2026年计划的重点任务\n\n"
            "　　（一）壮大实体经济。新增规模以上工业企业120家；力争国家高新技术企业达到450家。\n")
    found = document_by_number(text, date(2026, 1, 10))
    for quote in ("120家", next(q for q in found if q.endswith("450家"))):
        assert found[quote].kind == "target", quote
        assert str(found[quote].period_start) == "2026-01-01", quote


def test_a_share_of_a_years_plan_still_takes_the_plan_for_its_base():
    text = "　　全年完成固定资产投资860亿元，完成年度计划的104.5%。\n"
    found = document_by_number(text, date(2026, 1, 10))
    assert found["104.5%"].kind == "share"


def test_a_plan_for_the_year_reviewed_keeps_that_year():
    text = REVIEW + ("　　（一）经济增长。全市规模以上工业增加值计划增长8%，预计完成8.6%。社会"
                     "消费品零售总额计划增长7%，预计增长6.1%。城镇新增就业计划5万人，预计完成5.4万人。\n")
    found = document_by_number(text, date(2026, 1, 12))
    for quote in ("8%", "7%", "5万人"):
        assert found[quote].kind == "target", quote
        assert str(found[quote].period_start) == "2025-01-01", quote
        assert str(found[quote].period_end) == "2025-12-31", quote


def test_the_rate_done_after_a_planned_growth_rate_is_a_growth_rate():
    text = REVIEW + "　　（一）工业。全市规模以上工业增加值计划增长8%，预计完成8.6%。\n"
    found = document_by_number(text, date(2026, 1, 12))
    assert found["8.6%"].kind == "growth_rate"
    assert found["8.6%"].indicator == "规模以上工业增加值"


def test_a_plan_goal_drops_the_is_of_its_frame():
    text = REVIEW + "　　（一）经济增长。计划目标为地区生产总值增长6%左右，预计增长5.7%。\n"
    found = document_by_number(text, date(2026, 1, 12))
    assert found["6%左右"].indicator == "地区生产总值"
    assert found["5.7%"].indicator == "地区生产总值"


def test_two_articles_whose_lines_come_in_turn_are_read_one_after_the_other():
    text = ("2025年11月20日　星期四　　某某日报　　A3\n\n"
            "前10月我市规上工业\n"
            "秋冬旅游季\n"
            "增加值增长6.8%\n"
            "正式开启\n"
            "　　本报讯（记者 王 磊）记者从市统计局获悉，1—10月，全市规模以上工业\n"
            "　　本报讯（记者 李 娜）11月18日，全市秋冬旅游季在古镇景区启动。\n"
            "增加值同比增长6.8%，其中，装备制造业增加值增长11.2%；高技术制造业增\n"
            "活动期间，全市将推出各类文旅活动150余场，发放文旅消费券800万元，预\n"
            "加值增长14.5%，占规上工业的比重为21.3%。\n"
            "计带动消费超过5亿元。\n")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["11.2%"].indicator == "装备制造业增加值"
    assert str(found["11.2%"].period_start) == "2025-01-01"
    assert found["14.5%"].indicator == "高技术制造业增加值"
    assert found["800万元"].kind == "target"


def test_a_paragraph_a_caption_broke_is_read_whole():
    text = ("　　本报讯（记者 陈 晨）今年以来，全市新培育省级专精特新企业86家，完成工业技改投资\n\n"
            "图：2025年前三季度我市工业投资结构（单位：亿元）\n"
            "制图：周 敏\n\n"
            "312.6亿元，同比增长12.8%。\n")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["312.6亿元"].indicator == "完成工业技改投资"
    assert found["12.8%"].indicator == "完成工业技改投资"


def test_members_of_a_list_set_before_them_are_named_by_their_state_and_its_items():
    text = REVIEW + ("　　年初确定了18项主要指标，预计15项完成或超额完成，3项未完成。\n")
    found = document_by_number(text, date(2026, 1, 12))
    assert found["15项"].indicator == "完成或超额完成的主要指标"
    assert found["3项"].indicator == "未完成的主要指标"
    assert found["3项"].kind == "count_total"
