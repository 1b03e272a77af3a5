"""Round 91's fixes (h275-h277: a county's 2026 政府工作报告 OCR'd, 国家统计局's release on the 2025
national economy, 主計總處's 114年10月 earnings and productivity release in Traditional script),
each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_title_reporting_goals_met_sets_no_goals():
    text = ("前三季度全省经济稳中向好 年度目标任务顺利完成在望\n\n"
            "    初步核算，前三季度全省地区生产总值42360亿元，同比增长5.6%。\n")
    found = document_by_number(text, date(2025, 10, 25))
    assert found["42360亿元"].kind == "actual"
    assert found["5.6%"].kind == "growth_rate"
    text = ("全市经济社会发展主要目标圆满完成\n\n"
            "    2025年，全市规模以上工业增加值增长7.1%，社会消费品零售总额增长4.2%。\n")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["7.1%"].kind == "growth_rate"


def test_a_pledge_to_meet_the_goals_still_sets_goals():
    text = ("确保圆满完成全年目标任务\n\n"
            "    四季度，全市规模以上工业增加值增长6%以上。\n")
    found = document_by_number(text, date(2025, 10, 8))
    assert found["6%以上"].kind == "target"


def test_a_marked_heading_with_a_comma_over_an_indented_paragraph_stands_alone():
    text = ("2025年全市经济运行情况\n\n"
            "    一、农业生产总体平稳\n"
            "    全市粮食总产量126.4万吨，比上年增长1.1%。\n"
            "    二、消费市场持续回暖，线上消费较为活跃\n"
            "    全年社会消费品零售总额1862.5亿元，比上年增长4.6%。"
            "网上零售额412.3亿元，增长7.8%。\n")
    found = document_by_number(text, date(2026, 1, 25))
    assert found["1862.5亿元"].indicator == "社会消费品零售总额"
    assert found["1862.5亿元"].period_start == date(2025, 1, 1)


def test_a_release_month_dates_its_this_month_under_a_press_release_box():
    text = ("某某市統計局 新聞稿\n"
            "發布日期：114年12月20日\n"
            "發言人：王副局長　聯絡人：物價科 李科長\n"
            "聯絡電話：(03)1234-5678　新聞稿編號：第114088號\n\n"
            "114年11月物價統計結果\n\n"
            "一、消費者物價\n"
            "　　本月消費者物價指數為108.62，較上年同月上漲1.85%。\n")
    found = document_by_number(text, date(2025, 12, 20))
    m = found["1.85%"]
    assert (m.period_start, m.period_end) == (date(2025, 11, 1), date(2025, 11, 30))


def test_a_sentence_going_quarter_by_quarter_does_not_date_the_next():
    text = ("    初步核算，全年全省地区生产总值61250亿元，比上年增长5.3%。"
            "分季度看，一季度增长5.6%，二季度增长5.4%，三季度增长5.1%，四季度增长5.0%。分产业看，第一产业增加值4120亿元，"
            "增长3.6%；第二产业增加值24310亿元，增长5.9%。\n")
    found = document_by_number(text, date(2026, 1, 22))
    for quote in ("4120亿元", "24310亿元"):
        m = found[quote]
        assert (m.period_start, m.period_end) == (date(2025, 1, 1), date(2025, 12, 31)), quote
    m = found["5.1%"]
    assert (m.period_start, m.period_end) == (date(2025, 7, 1), date(2025, 9, 30))


def test_a_sector_of_the_economy_before_a_verb_is_no_agent():
    text = ("10月底，服務業部門受僱員工人數為502.31萬人；第3季工業部門勞動生產力指數為121.45，"
            "年增6.2%。")
    found = document_by_number(text, date(2025, 12, 18))
    assert found["502.31萬人"].indicator == "服务业部门受雇员工人数"
    assert found["121.45"].indicator == "工业部门劳动生产力指数"
    text = "各级市场监管部门查处价格违法案件320件。"
    found = document_by_number(text, date(2025, 12, 18))
    assert found["320件"].indicator == "查处价格违法案件"


def test_a_year_end_bonus_is_no_time():
    text = ("1至10月平均每人月總薪資為61,205元，年增3.4%，其中非經常性薪資（含年終獎金等）"
            "平均每月為14,118元，年增5.9%。")
    found = document_by_number(text, date(2025, 12, 17))
    m = found["14,118元"]
    assert (m.period_start, m.period_end) == (date(2025, 1, 1), date(2025, 10, 31))


def test_each_gap_of_a_respective_list_in_points_is_a_rates():
    text = ("1-10月，全省高技术制造业增加值增长11.2%，装备制造业增加值增长8.6%，"
            "分别快于全部规模以上工业4.5和1.9个百分点。")
    found = document_by_number(text, date(2025, 11, 20))
    assert found["4.5"].indicator == "高技术制造业增加值增速"
    assert found["1.9个百分点"].indicator == "装备制造业增加值增速"
    assert found["1.9个百分点"].kind == "other"


def test_the_manner_of_a_deed_closes_no_beneficiarys_name():
    text = ("今年将为全市2.6万名70周岁以上老年人免费接种流感疫苗，"
            "为800户困难家庭无偿安装烟感报警器。")
    found = document_by_number(text, date(2026, 1, 10))
    assert found["2.6万名"].indicator == "70周岁以上老年人"
    assert found["800户"].indicator == "困难家庭"


def test_the_industry_a_measure_is_highest_in_opens_its_name():
    text = ("按行業別觀察，11月經常性薪資以電力及燃氣供應業81,402元最高，"
            "教育業30,115元最低。年末全县规模以上工业企业146家。")
    found = document_by_number(text, date(2026, 1, 17))
    assert found["81,402元"].indicator == "电力及燃气供应业经常性薪资"
    assert found["146家"].indicator == "规模以上工业企业"
