"""The lead's fixes of session 32, each class tested on text of its own through the whole
extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_the_da_ending_a_verb_is_no_level_reached():
    text = ("省级财政下达8600万元补助农村公路养护。中央下達3.2億元支持災後重建。"
            "去年旅客到达1.2万人次。园区企业营收达9200万元。")
    found = document_by_number(text, date(2025, 10, 20))
    allotted = found["8600万元"]
    assert (allotted.qualifier, allotted.indicator) == ("none", "省级财政下达")
    assert found["3.2億元"].qualifier == "none"
    assert found["1.2万人次"].indicator == "旅客到达"
    reached = found["9200万元"]
    assert (reached.qualifier, reached.indicator) == ("reach", "园区企业营收")


def test_business_districts_are_counted_though_a_circle_named_by_its_reach_is_not():
    text = "国庆假期，全市8个重点商圈累计接待客流量326.5万人次。全市打造15分钟便民生活圈。"
    found = document_by_number(text, date(2025, 10, 9))
    districts = found["8个"]
    assert (districts.indicator, districts.kind) == ("重点商圈", "count_total")
    assert "15分钟" not in found


def test_a_name_ends_at_the_bi_of_a_comparison_with_an_ordinary_day():
    text = "中秋假期，全市夜间消费额比平日增长15.2%，网络渠道订单占比36.5%。"
    found = document_by_number(text, date(2025, 10, 9))
    assert found["15.2%"].indicator == "夜间消费额"
    assert found["15.2%"].kind == "other"
    assert found["36.5%"].indicator == "网络渠道订单占比"


def test_a_ratio_bounded_or_named_is_no_clock_time():
    text = "节前发放消费券共计800万元，直接带动消费约1.1亿元，杠杆率超过1:13。会议于10:30开始。"
    found = document_by_number(text, date(2025, 10, 9))
    leverage = found["1:13"]
    assert (leverage.indicator, leverage.qualifier) == ("杠杆率", "over")
    assert not any(m.quote.endswith("10:30") for m in found.values())


def test_a_level_a_wait_came_down_from_at_its_peak_is_named_without_the_peak():
    text = "公屋一般申請者的平均輪候時間已由2023年3月高峰期的6.2年，縮短至今年6月底的5.4年。"
    found = document_by_number(text, date(2025, 9, 17))
    assert found["6.2年"].indicator == "公屋一般申请者的平均轮候时间"
    assert found["6.2年"].period_start == date(2023, 3, 1)
    assert found["5.4年"].indicator == "公屋一般申请者的平均轮候时间"


def test_what_a_verb_adds_to_the_clauses_topic_is_counted_and_named_without_will():
    text = "明年公交路线将新增9条，动车组列车将增开24对。全市新增12条。市政府出台20条。"
    found = document_by_number(text, date(2025, 10, 30))
    assert found["9条"].indicator == "公交路线新增"
    assert found["24对"].indicator == "动车组列车增开"
    assert "12条" not in found and "20条" not in found


def test_a_rank_among_a_set_with_ming_lie_ranks_the_last_thing_named():
    text = "全县自筹财源比率为28.4%，较上年度提高0.6个百分点，在全省各县中名列第3。"
    found = document_by_number(text, date(2025, 10, 30))
    assert found["第3"].indicator == "自筹财源比率"


def test_duo_after_the_unit_says_more_than_the_figure():
    text = "全省跨境电商进出口突破320亿元，是2020年的4倍多。新建7个多媒体教室。"
    found = document_by_number(text, date(2025, 10, 24))
    multiple = found["4倍多"]
    assert (multiple.qualifier, multiple.qualifier_text, multiple.value) == ("plus", "多", 4)
    assert found["7个"].qualifier == "none"


def test_the_span_before_opening_its_own_figures_clause_is_dated_from_the_one_reported():
    text = ("10月份，全国居民消费价格同比上涨0.4%，上月为下降0.2%。"
            "三季度全市地区生产总值增长5.2%，上一季度增长4.7%。"
            "一季度全市地区生产总值增长5.4%，上季度为增长5.1%。")
    found = document_by_number(text, date(2025, 11, 14))
    sept = found["0.2%"]
    assert (sept.indicator, sept.period_start) == ("居民消费价格", date(2025, 9, 1))
    assert sept.value == -0.2
    q2 = found["4.7%"]
    assert (q2.indicator, q2.period_start, q2.period_end) == (
        "地区生产总值", date(2025, 4, 1), date(2025, 6, 30))
    assert found["5.1%"].period_start == date(2024, 10, 1)


def test_the_base_years_own_rate_names_no_year_for_the_sentences_after_it():
    text = "全年全市地区生产总值增长5.3%，上年为增长4.6%。10月份，居民消费价格同比上涨0.3%。"
    found = document_by_number(text, date(2025, 11, 14))
    assert found["4.6%"].period_start == date(2024, 1, 1)
    assert found["0.3%"].period_start == date(2025, 10, 1)


def test_a_surveys_respondents_expectations_name_their_share_and_date_nothing_after_them():
    text = ("调查显示，近四成受访企业预计四季度订单将增加，超六成企业对明年经营前景持乐观态度。"
            "全市新能源汽车渗透率已超过五成，较去年同期提高约12个百分点。约三成的消费者选择以旧换新。")
    found = document_by_number(text, date(2025, 10, 20))
    assert found["四成"].indicator == "受访企业四季度订单将增加"
    assert found["六成"].indicator == "企业对明年经营前景持乐观态度"
    assert found["三成"].indicator == "消费者选择以旧换新"
    assert found["六成"].kind == "share"  # (the view of 明年 is theirs, no goal of the text)
    share = found["五成"]
    assert (share.indicator, share.kind, share.period_start) == ("新能源汽车渗透率", "share", None)


def test_a_class_counted_by_its_bound_keeps_the_zai_before_the_bound():
    text = ("按面积划分，面积在90平方米或以下的住宅单位有428个，占住宅成交总数的31.2%。")
    found = document_by_number(text, date(2025, 11, 14))
    assert found["428个"].indicator == "面积在90平方米或以下的住宅单位"


def test_a_thousands_comma_is_no_clause_boundary():
    from pipelines.domain.metrics.clauses import CLAUSE_MARKS, clause_start

    text = "成交价在1,000万元以上的有97个，其余为住宅。"
    assert clause_start(text, text.index("97"), CLAUSE_MARKS) == 0
    assert clause_start(text, text.index("其余"), CLAUSE_MARKS) == text.index("，") + 1


def test_a_metro_named_after_another_city_keeps_its_name_and_has_no_subject():
    text = ("江西省交通运输厅消息，1-10月，全省城市轨道交通完成客运量3.21亿人次，"
            "其中南昌地铁完成客运量2.88亿人次，增长4.2%。")
    found = document_by_number(text, date(2025, 11, 20))
    metro = found["2.88亿人次"]
    assert (metro.indicator, metro.subject) == ("南昌地铁客运量", None)


def test_a_link_words_of_is_cut_with_it():
    text = "2025年10月私人住宅售价指数的临时数字为292.6点，按月上升0.8%。"
    found = document_by_number(text, date(2025, 11, 20))
    assert found["292.6点"].indicator.endswith("售价指数")


def test_a_district_whose_name_ends_like_chengqu_is_a_place():
    text = ("绍兴市住房公积金管理中心消息，1-10月，越城区（含市直）缴存额72.41亿元，占全市的39.5%；"
            "柯桥区缴存额38.67亿元。")
    found = document_by_number(text, date(2025, 11, 10))
    assert (found["72.41亿元"].indicator, found["72.41亿元"].subject) == ("缴存额", "越城区")


def test_a_list_of_things_received_shares_its_verb_while_they_are_counted():
    text = ("今年暑期，全市接待研学团队4318个、研学学生38.6万人次。"
            "全市接待游客1200万人次、旅游收入85亿元。")
    found = document_by_number(text, date(2025, 9, 5))
    assert found["38.6万人次"].indicator == "接待研学学生"
    assert found["85亿元"].indicator == "旅游收入"
