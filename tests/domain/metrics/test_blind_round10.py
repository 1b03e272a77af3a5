"""Rules the tenth blind round (a national monthly housing-price release, a province's yearly
education statistics bulletin, a city audit bureau's report to its people's congress:
tests/gold/heldout/h32-h34) showed missing, each stated on short texts written for it, not taken
from those documents."""

from datetime import date

from pipelines.domain.metrics.period_spans import periods_of
from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import by_quote, metrics


def _doc(text, doc=date(2025, 3, 20)):
    return by_quote(analyse_document(text, published_on=doc).metrics)


def _found(text, doc=date(2025, 9, 2), home="岳阳市"):
    return by_quote(metrics([text], doc=doc, home=home))


def test_months_across_two_years_are_one_span():
    (span,) = periods_of("2023年10月至2024年9月，全县审计机关共审计单位45个", date(2024, 11, 1))
    assert (span.period.start, span.period.end) == (date(2023, 10, 1), date(2024, 9, 30))
    (span,) = periods_of("2022年7月—2023年6月", date(2024, 1, 1))
    assert (span.period.start, span.period.end) == (date(2022, 7, 1), date(2023, 6, 30))


def test_the_initial_budget_is_no_period():
    assert periods_of("调整后预算为年初预算的104.2%", date(2025, 8, 1)) == []
    since = periods_of("年初以来，全市新增市场主体", date(2025, 8, 1))
    assert [p.text for p in since] == ["年初以来"]


BULLETIN = """2023年某省卫生健康事业发展统计公报

一、医疗资源

全省共有医院836个，比上年增加12个。医院床位31.2万张，病床使用率78.4%，比上年提高1.2个百分点。基层医疗卫生机构诊疗人次占总诊疗人次的比重为51.6%。

二、医疗服务

医院诊疗人次1.86亿人次，增长5.1%。
"""


def test_a_yearly_bulletin_dates_flows_and_compared_rates_not_stocks():
    m = _doc(BULLETIN, doc=date(2024, 5, 10))
    year = (date(2023, 1, 1), date(2023, 12, 31))
    assert (m["836个"].period_start, m["31.2万张"].period_start) == (None, None)  # stocks
    assert m["51.6%"].period_start is None  # a share with no comparison
    assert (m["78.4%"].period_start, m["78.4%"].period_end) == year  # 比上年: the year's rate
    assert (m["12个"].period_start, m["12个"].period_end) == year  # a change over the year
    assert (m["1.86亿人次"].period_start, m["5.1%"].period_end) == (year[0], year[1])


AUDIT = """关于2023年度县级预算执行和其他财政收支的审计工作报告

——2024年8月28日在某县第十八届人民代表大会常务委员会第十九次会议上

一、县级预算执行审计情况

审计发现，部分项目资金未及时拨付，涉及资金6530万元；4家单位超标准列支差旅费23.6万元。
"""


def test_an_audit_report_dates_its_undated_findings_in_the_audited_year():
    m = _doc(AUDIT, doc=date(2024, 8, 28))
    year = (date(2023, 1, 1), date(2023, 12, 31))
    assert (m["6530万元"].period_start, m["6530万元"].period_end) == year
    assert (m["23.6万元"].period_start, m["23.6万元"].kind) == (year[0], "actual")


def test_jiang_before_a_number_disposes_of_it_and_plans_nothing():
    m = _found("检查发现，3个乡镇将860万元专项资金用于平衡预算，涉及资金860万元以上的项目2个。")
    assert m["860万元"].kind == "actual"
    m = _found("明年将新建农村公路120公里。")  # (将 before a verb: the future)
    assert m["120公里"].kind == "target"


def test_intake_leavers_audits_and_referrals_are_flows_and_debts_and_unsold_floor_space_stocks():
    m = _found("2024年全省普通高中招生3.6万人，毕业生3.1万人。")
    assert (m["3.6万人"].kind, m["3.1万人"].kind) == ("actual", "actual")
    m = _found("今年以来共审计了42个单位，移送问题线索9件，提出审计建议118条。")
    assert {m[q].kind for q in ("42个", "9件", "118条")} == {"actual"}
    m = _found("6月末，全县国有企业资产总额812.6亿元，负债总额503.2亿元。")
    assert m["503.2亿元"].kind == "count_total"
    m = _found("6月末，全市商品房待售面积412.5万平方米。")
    assert m["412.5万平方米"].kind == "count_total"


STOCKS_AFTER_A_CHANGE = """2023年某省教育事业发展统计公报

一、总体情况

全省共有各级各类学校9820所，比上年减少126所。

二、高中阶段教育

普通高中402所，比上年增加6所；在校生58.3万人，专任教师4.6万人。
"""


def test_a_yearly_report_leaves_stocks_after_a_comparison_undated():
    m = _doc(STOCKS_AFTER_A_CHANGE, doc=date(2024, 4, 2))
    assert (m["58.3万人"].period_start, m["4.6万人"].period_start) == (None, None)
    assert m["6所"].period_start == date(2023, 1, 1)


NATIONAL = """2025年9月份部分城市二手住宅销售价格变动情况

9月份，一线城市二手住宅销售价格环比下降0.5%。其中，北京、上海分别下降0.6%和0.4%，广州、深圳分别下降0.7%和0.3%。

全国房地产开发投资同比下降9.9%。

附表
北京\t99.4
上海\t99.6
广州\t99.3
深圳\t99.7

注：全国数据不含港澳台。
"""


def test_a_text_of_the_country_naming_cities_equally_often_is_national():
    m = _doc(NATIONAL, doc=date(2025, 10, 20))
    assert m["0.6%"].subject == "北京" and m["0.3%"].subject == "深圳"
    assert m["9.9%"].subject is None  # 全国 is the home


def test_a_bound_naming_a_class_before_its_noun_is_no_metric():
    m = _found("9月份，90平方米及以下新建商品住宅销售价格同比下降3.8%；"
               "144平方米以上二手住宅价格下降5.1%。")
    assert set(m) == {"3.8%", "5.1%"}
    m = _found("全年引进5000万元以上项目48个，三千家以上规模以上工业企业完成数字化改造。")
    assert "48个" in m and "三千家以上" in m  # (a count's bound reads on)


def test_an_age_is_a_metric_only_after_what_it_measures():
    m = _found("注：学龄人口口径为学前教育3—5岁，高中阶段15—17岁。")
    assert m == {}
    m = _found("2024年全市居民人均预期寿命达到79.6岁，教师平均年龄41.2岁。")
    assert m["达到79.6岁"].value == 79.6 and m["41.2岁"].value == 41.2


def test_the_70_city_survey_is_a_name_not_a_count():
    m = _found("9月份，70个大中城市中，新建商品住宅销售价格环比下降的城市有52个。")
    assert set(m) == {"52个"}


def test_an_index_level_without_unit_is_a_level():
    m = _found("9月份，制造业采购经理指数（PMI）为49.6，比上月上升0.3个百分点。", home="全国")
    assert (m["49.6"].value, m["49.6"].unit, m["49.6"].kind) == (49.6, None, "actual")
    assert m["49.6"].indicator == "制造业采购经理指数"
    m = _found("全省城乡居民收入比为2.11。")
    assert m["2.11"].kind == "share"


def test_list_names_lose_their_base_and_a_second_list_keeps_the_items_with_its_own_name():
    m = _found("二线城市新建商品住宅和二手住宅销售价格同比分别下降2.9%和4.6%。", home="全国")
    assert m["2.9%"].indicator == "二线城市新建商品住宅销售价格"
    # (the tier of cities is the scope of both items: h32's and h134's labels)
    assert m["4.6%"].indicator == "二线城市二手住宅销售价格"
    m = _found("全省小学、初中专任教师分别为12.1万人和7.7万人，生师比分别为15.2:1和12.9:1。")
    assert m["12.1万人"].indicator == "小学专任教师"
    assert m["15.2:1"].indicator == "小学生师比"


def test_an_adverb_left_before_a_comparison_is_no_part_of_a_name():
    m = _found("9月份，一线城市新建商品住宅和二手住宅销售价格环比分别下降0.3%和0.6%，"
               "降幅均比上月扩大0.1个百分点。", home="全国")
    assert not m["0.1个百分点"].indicator.endswith("均")


def test_a_part_a_count_includes_is_named_without_han():
    m = _found("全县共有初中32所（含九年一贯制学校9所）。")
    assert m["9所"].indicator == "九年一贯制学校"
