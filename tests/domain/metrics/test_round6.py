"""Rules found on the sixth blind held-out round (a press-conference transcript, a district
statistics bulletin, industry news): each test states a general rule with a text of its kind."""

from datetime import date

from pipelines.domain.analysis import analyse_document

_BULLETIN = "雨花区2024年国民经济和社会发展统计公报\n\n"


def _by_quote(raw: str, published_on: date):
    return {m.quote: m for m in analyse_document(raw, published_on=published_on).metrics}


def test_spoken_decimals_are_numbers():
    ms = _by_quote("前三季度，全省地区生产总值同比增长百分之五点六，比上半年加快零点二个百分点。",
                   date(2025, 10, 24))
    assert ms["百分之五点六"].value == 5.6 and ms["百分之五点六"].unit == "%"
    assert ms["零点二个百分点"].value == 0.2 and ms["零点二个百分点"].kind == "growth_rate"
    assert not _by_quote("会议于上午九点五十分开始。", date(2025, 10, 24))


def test_gw_and_gwh_are_units():
    ms = _by_quote("上半年，组件出货量约35GW，动力电池产量达到98吉瓦时。", date(2025, 7, 25))
    assert ms["约35GW"].unit == "吉瓦" and ms["约35GW"].value == 35
    assert ms["达到98吉瓦时"].unit == "吉瓦时"


def test_nearly_is_no_plan():
    """将近 (nearly), cut 将|近, is no 将 (will): a realised rate stays realised."""
    ms = _by_quote("前三季度，锂电池产量增长将近三成，太阳能电池产量增长百分之四十左右。",
                   date(2025, 10, 24))
    assert ms["百分之四十左右"].kind == "growth_rate"


def test_a_year_end_named_before_does_not_date_a_flow():
    """年末…412家。…增加值增长3.2%: the year-end dates the stock, the flow's growth the year."""
    ms = _by_quote(_BULLETIN + "全年规模以上工业增加值增长6.8%。年末全区规模以上工业企业412家。"
                   "分经济类型看，国有控股企业增加值增长3.2%。", date(2025, 4, 10))
    assert (ms["412家"].period_start, ms["412家"].period_end) == (
        date(2024, 12, 31), date(2024, 12, 31))
    assert (ms["3.2%"].period_start, ms["3.2%"].period_end) == (
        date(2024, 1, 1), date(2024, 12, 31))


def test_a_year_end_still_dates_the_growth_of_a_stock():
    ms = _by_quote(_BULLETIN + "年末全区常住人口119.8万人。各项贷款余额4125.7亿元，增长6.9%。",
                   date(2025, 4, 10))
    assert ms["6.9%"].period_start == date(2024, 12, 31)


def test_subjects_are_named_without_their_level_and_own_their_whole():
    """宁德市 → 宁德; 全市 after 宁德市 in the sentence is 宁德's whole, not the home's."""
    ms = _by_quote("福建省统计局发布数据。前三季度，全省规模以上工业增加值增长7.2%。"
                   "前三季度，宁德市规模以上工业增加值增长11.5%，锂电产业产值占全市工业的比重"
                   "超过六成；厦门市规模以上工业增加值增长6.4%。", date(2025, 10, 24))
    assert ms["11.5%"].subject == "宁德" and ms["超过六成"].subject == "宁德"
    assert ms["6.4%"].subject == "厦门" and ms["7.2%"].subject is None


def test_a_share_of_the_years_goal_is_no_goal():
    ms = _by_quote("前三季度，城镇新增就业48.6万人，完成全年目标的九成以上。", date(2025, 10, 24))
    m = ms["九成以上"]
    assert m.kind == "share" and m.indicator == "城镇新增就业"
    assert m.period_end == date(2025, 9, 30)


def test_nominal_and_real_growth_name_what_grew():
    ms = _by_quote("前三季度，全省居民人均可支配收入36580元，同比名义增长5.1%，扣除价格因素实际增长"
                   "5.0%。", date(2025, 10, 24))
    assert ms["5.1%"].indicator == ms["5.0%"].indicator == "居民人均可支配收入"


def test_a_flow_word_in_a_modifier_does_not_make_a_count_a_flow():
    ms = _by_quote("前三季度，全省有进出口实绩的企业超过三万六千家。"
                   "出口方面，新能源汽车出口4.3万辆。", date(2025, 10, 24))
    assert ms["超过三万六千家"].kind == "count_total"
    assert ms["4.3万辆"].kind == "actual"


def test_a_density_per_head_is_no_count():
    ms = _by_quote(_BULLETIN + "年末全区共有医疗卫生机构612个，每千人口执业（助理）医师4.6人。",
                   date(2025, 4, 10))
    assert ms["612个"].kind == "count_total" and ms["4.6人"].kind == "actual"


def test_what_a_cause_moved_is_the_indicator():
    ms = _by_quote("前三季度，以旧换新带动家电类零售额增长超过两成。", date(2025, 10, 24))
    assert ms["超过两成"].indicator == "家电类零售额"


def test_about_before_a_share_verb_bounds_the_share():
    ms = _by_quote("上半年，全市新能源汽车产量36.8万辆，约占全省新能源汽车产量的三分之一。",
                   date(2025, 7, 25))
    m = ms["三分之一"]
    assert m.qualifier == "about" and not m.indicator.startswith("约")


def test_a_flow_verb_alone_takes_the_name_before():
    ms = _by_quote("截至6月底，全市累计建成公共充电桩2.86万个，比年初新增4200个。",
                   date(2025, 7, 25))
    assert ms["4200个"].indicator == ms["2.86万个"].indicator


def test_a_headline_in_chinese_numerals_is_read():
    ms = _by_quote("常州新能源产业上半年成绩单出炉：新能源汽车产量同比增长近四成\n\n"
                   "上半年，全市新能源汽车产量36.8万辆。\n", date(2025, 7, 25))
    assert ms["近四成"].value == 40 and ms["近四成"].qualifier == "nearly"


def test_a_hong_kong_budgets_year_is_its_financial_year():
    """本年度 in a Hong Kong budget speech of February 2024 is 2023-24 (1 April – 31 March);
    今年 stays the calendar year, and Macau's 年度 is the calendar year."""
    ms = _by_quote("二〇二四至二五年度財政預算案演辭\n\n香港經濟\n\n我預測今年香港經濟實質增長"
                   "2.5%至3.5%。本年度政府開支預計為7,478億元，下年度開支預算為7,766億元。\n",
                   date(2024, 2, 28))
    assert (ms["7,478億元"].period_start, ms["7,478億元"].period_end) == (
        date(2023, 4, 1), date(2024, 3, 31))
    assert (ms["7,766億元"].period_start, ms["7,766億元"].period_end) == (
        date(2024, 4, 1), date(2025, 3, 31))
    assert ms["2.5%至3.5%"].period_start == date(2024, 1, 1)
    macau = _by_quote("澳門特別行政區二〇二四年度施政報告\n\n澳門經濟\n\n本年度澳門政府開支預計為"
                      "1,000億澳門元。\n", date(2024, 2, 28))
    assert macau["1,000億澳門元"].period_start == date(2024, 1, 1)
