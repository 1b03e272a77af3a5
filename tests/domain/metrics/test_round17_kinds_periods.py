"""Round 17's qualifier, kind and period misses, each a class of phrasing stated on short
sentences written for it (in the manner of a province's business-environment plan, an
environment department's monthly air quality report and a national monthly release): a bound
closing a 分别 list, a goal named as the base of a comparison, events totalled by 累计 over the
months so far, a season as a period of its own."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

PLAN = date(2025, 3, 20)  # a plan for 2025-2027, published in March


def _read(texts, doc=PLAN, home=None):
    """Each quote's metric, for one paragraph of ``texts``."""
    return by_quote(metrics(texts, doc, home))


# 1. a bound written after the last number of a 分别 list (以内, 以上, 左右) holds for every
# number of the list, as one written before the first number does (分别约为…)


def test_a_bound_closing_a_list_holds_for_each_of_its_numbers():
    found = _read(["到2027年，企业开办、不动产登记时间分别压缩至1.5个工作日、3小时以内。"])
    assert (found["1.5个工作日"].qualifier, found["1.5个工作日"].qualifier_text) == (
        "at_most", "以内")
    assert found["3小时以内"].qualifier == "at_most"


def test_an_about_closing_a_list_holds_for_each_of_its_numbers():
    found = _read(["全年城乡居民人均可支配收入力争分别增长5.5%和6.5%左右。"])
    assert found["5.5%"].qualifier == "about"
    assert found["6.5%左右"].qualifier == "about"


def test_a_bound_of_a_later_clause_is_not_the_lists():
    found = _read(["两项审批时间分别压缩至20小时、12小时，其中网上办理占比达到90%以上。"])
    assert found["20小时"].qualifier == "none"
    assert found["12小时"].qualifier == "none"


def test_no_list_no_bound_carried():
    found = _read(["企业开办时间压缩至2个工作日，不动产登记时间压缩至5小时以内。"])
    assert found["2个工作日"].qualifier == "none"


# 2. a goal word after 较/比 and the words saying whose goal it is (年度, 序时进度, 省定, 年初确定
# 的) names the base of a comparison: the gap to it is realised, no goal


MONTHLY = date(2025, 11, 18)  # a monthly report on October


def test_a_years_goal_as_a_comparisons_base_is_no_goal():
    found = _read(["1-10月，全市PM10平均浓度为52微克/立方米，较年度目标低3微克/立方米。"], MONTHLY)
    assert found["3微克/立方米"].kind == "actual"


def test_a_goal_set_by_the_province_as_a_base_is_no_goal():
    found = _read(["前三季度，全县粮食产量较省定目标多1.2万吨。"], MONTHLY)
    assert found["1.2万吨"].kind == "actual"


def test_a_goal_compared_with_after_a_goal_word_stays_a_goal():
    found = _read(["全年力争PM2.5平均浓度比年度目标再低1微克/立方米。"], MONTHLY)
    assert found["1微克/立方米"].kind == "target"


# 3. events totalled by 累计 (累计出现重度污染, 累计发生) in a paragraph of the months so far
# are those months' flow, as 累计销售 is: no stock holds events that occur


JAN_OCT = (date(2025, 1, 1), date(2025, 10, 31))


def _kind_and_period(m):
    return m.kind, m.period_start, m.period_end


def test_days_of_pollution_totalled_by_leiji_are_a_running_total_of_the_months():
    found = _read(["1-10月，全市优良天数比例为82.5%，同比上升1.6个百分点。",
                   "累计出现重度污染3天，同比减少5天。"], MONTHLY)
    assert _kind_and_period(found["3天"]) == ("count_total", *JAN_OCT)


def test_events_that_occurred_totalled_by_leiji_are_a_running_total_of_the_months():
    found = _read(["1-10月，全市森林覆盖率保持在45.2%。", "累计发生森林火灾12次，同比减少4次。"],
                  MONTHLY)
    assert _kind_and_period(found["12次"]) == ("count_total", *JAN_OCT)


def test_a_stock_built_up_after_leiji_stays_a_stock_at_the_reports_date():
    found = _read(["1-10月，全市优良天数比例为82.5%。", "全市累计建成空气自动监测站86个。"],
                  MONTHLY)
    assert _kind_and_period(found["86个"]) == ("count_total", MONTHLY, MONTHLY)


# 4. a season (秋冬季, 冬春季, 夏季) is a period of its own with no dates (秋冬季 runs across two
# years): a goal for it is not the paragraph's 全年 goal; nor is a season a part of its name


def test_a_goal_for_a_season_keeps_its_season_undated():
    found = _read(["各地要确保全年PM2.5平均浓度控制在31微克/立方米以内。",
                   "各市要落实“一市一策”，确保秋冬季重污染天数同比减少10%以上。"], MONTHLY)
    goal = found["10%以上"]
    assert (goal.kind, goal.period_text, goal.period_start, goal.period_end) == (
        "target", "秋冬季", None, None)
    assert goal.indicator == "重污染天数"
    assert found["31微克/立方米以内"].period_start == date(2025, 1, 1)


def test_a_seasons_campaign_dates_its_counts_as_the_season():
    found = _read(["冬春季农田水利建设期间，全县新修水渠42公里。"], MONTHLY)
    assert (found["42公里"].period_text, found["42公里"].period_start) == ("冬春季", None)


def test_a_season_in_an_events_name_or_after_a_year_is_no_period_of_its_own():
    found = _read(["2024年冬季，全市接待游客320万人次。",
                   "2025年，全市承办夏季运动会等赛事12项，冬季运动参与人数达到86万人次。"],
                  MONTHLY)
    assert found["320万人次"].period_start == date(2024, 1, 1)
    assert found["12项"].period_text == "2025年"
    assert found["达到86万人次"].period_text == "2025年"


# 5. the topic a sentence opens with (优良天数比例方面，…) names its numbers that name nothing
# themselves, rather than the last name of the paragraph; 一方面 / 另一方面 are no topics


def test_a_sentences_topic_names_its_numbers_without_names():
    found = _read(["10月份，全省PM2.5平均浓度为24微克/立方米。",
                   "优良天数比例方面，苏州、无锡均为96.8%；宿迁最低，为87.1%。",
                   "PM2.5方面，常州最低，为18微克/立方米。"], MONTHLY)
    assert found["96.8%"].indicator == "优良天数比例"
    assert found["87.1%"].indicator == "优良天数比例"
    assert found["18微克/立方米"].indicator == "PM2.5"


def test_a_number_with_its_own_name_keeps_it_under_a_topic():
    found = _read(["水环境方面，全市国考断面水质优良比例为92.3%，同比上升3.8个百分点。"], MONTHLY)
    assert found["92.3%"].indicator == "国考断面水质优良比例"


def test_one_side_of_an_argument_is_no_topic():
    found = _read(["全省PM2.5平均浓度为24微克/立方米。", "另一方面，南京为26微克/立方米。"],
                  MONTHLY)
    assert found["26微克/立方米"].indicator == "PM2.5平均浓度"


# 6. the month or quarter before, after 与 / 比 / 较 (与上月持平, 较上季度), is a comparison's
# base, as 与上年同期 is: no part of the name, and no period of the figure


def test_the_month_before_as_a_base_is_no_part_of_the_name():
    found = _read(["9月份，全市城镇调查失业率与上月持平。"], MONTHLY)
    assert found["持平"].indicator == "城镇调查失业率"
    assert (found["持平"].period_start, found["持平"].period_end) == (
        date(2025, 9, 1), date(2025, 9, 30))


def test_the_quarter_before_as_a_base_dates_nothing():
    found = _read(["三季度，全市规模以上工业增加值较上季度增长1.2%。"], MONTHLY)
    rise = found["1.2%"]
    assert (rise.indicator, rise.period_start) == ("规模以上工业增加值", date(2025, 7, 1))


def test_a_season_of_the_unfinished_year_that_is_over_holds_results():
    # a November review of the summer: the year is not over, the summer is
    found = _read(["今年夏季，全市平均气温28.5摄氏度，用电负荷最高达到1850万千瓦。"],
                  date(2025, 11, 20))
    for quote in ("28.5摄氏度", "达到1850万千瓦"):
        assert (found[quote].kind, found[quote].period_start, found[quote].period_end) == (
            "actual", date(2025, 6, 1), date(2025, 8, 31))
