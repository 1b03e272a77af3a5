"""Round 18's kind, period and detection misses, each a class of phrasing stated on short texts
written for it (in the manner of a town's yearly work summary and plan, a province's monthly
release on transport and a national opinion on a public service): a title reporting on one year
then planning the next, funds 争取 (obtained) compared with the year before, what there only is
(仅有), things newly made (新培育), a standing area, ..."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import by_quote, metrics

SUMMARY = date(2025, 1, 10)  # a town's summary of 2024 and plan for 2025, in January


def _read(texts, doc=SUMMARY, home=None):
    """Each quote's metric, for one paragraph of ``texts``."""
    return by_quote(metrics(texts, doc, home))


def _document(raw: str, on: date = SUMMARY) -> dict:
    return {m.quote: m for m in analyse_document(raw, published_on=on).metrics}


def _dated(m) -> tuple:
    return (m.kind, m.period_start, m.period_end)


_Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
_Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


# 1. a title reporting on one year and planning the next (…2024年工作总结和2025年工作计划): a
# section between with no year of its own (存在的问题) is of the year reviewed, not the plan's


_SUMMARY_AND_PLAN = (
    "关于某乡2024年工作总结和2025年工作计划的报告\n\n"
    "一、2024年工作总结\n\n全年完成农业总产值5.6亿元，同比增长4.1%。\n\n"
    "二、存在的问题\n\n一是产业层次低，规模以上企业仅有3家；二是集体经济薄弱，村级集体经济收入"
    "超过20万元的村占比仅为25%。\n\n"
    "三、2025年工作计划\n\n力争农业总产值增长5%以上。\n")


def test_problems_between_a_summary_and_a_plan_are_of_the_year_reviewed():
    got = _document(_SUMMARY_AND_PLAN)
    assert _dated(got["3家"]) == ("count_total", *_Y2024)
    assert _dated(got["25%"]) == ("share", *_Y2024)
    assert _dated(got["5%以上"]) == ("target", *_Y2025)


def test_a_report_then_tasks_title_still_splits_as_before():
    raw = ("2024年全县农业发展情况及2025年重点任务\n\n一、存在的不足\n\n"
           "农产品加工率仅为40%左右。\n")
    assert _dated(_document(raw)["40%左右"]) == ("share", *_Y2024)


# 2. 争取 "strive for" is also "obtain" (争取上级资金, 争取项目资金): a sum compared with the year
# before is obtained, a result; with another goal word (力争争取) or no comparison, a goal


def test_funds_obtained_against_the_year_before_are_a_result():
    found = _read(["2024年，全乡争取上级项目资金5200万元，同比增长12.5%。"])
    assert found["5200万元"].kind == "actual"
    assert found["12.5%"].kind == "growth_rate"


def test_funds_to_strive_for_stay_a_goal():
    found = _read(["2025年，力争争取上级资金6000万元以上，计划实施项目15个。"])
    assert found["6000万元以上"].kind == "target"
    found = _read(["2025年，争取上级资金6000万元。"])
    assert found["6000万元"].kind == "target"


# 3. what there only is (仅有, 只有): a count that stands; things newly made (新培育, 新认定)
# in the period: a flow; an area reached or held (油茶面积达到, 稳定在…以上): a standing area,
# while a season's sown area stays the season's flow


def test_only_so_many_is_a_stock():
    found = _read(["2024年，全乡亿元以上项目仅有2个。"])
    assert found["2个"].kind == "count_total"


def test_things_newly_made_are_a_flow():
    found = _read(["2024年，全乡新培育家庭农场12家、新认定高新技术企业3家。"])
    assert found["12家"].kind == "actual"
    assert found["3家"].kind == "actual"


def test_new_as_an_adjective_is_no_flow_word():
    found = _read(["截至2024年底，全县拥有新型研发机构8家。"])
    assert found["8家"].kind == "count_total"


def test_an_area_reached_or_held_is_a_standing_area():
    found = _read(["2024年，全乡茶叶种植面积达到1.2万亩，果园面积稳定在3000亩以上。"])
    assert found["达到1.2万亩"].kind == "count_total"
    assert found["3000亩以上"].kind == "count_total"


def test_a_sown_area_reached_stays_a_flow():
    found = _read(["2024年，全县粮食播种面积达到45.2万亩，新增造林面积1.5万亩。"])
    assert found["达到45.2万亩"].kind == "actual"
    assert found["1.5万亩"].kind == "actual"


# 4. a holiday named with its length and no dates (国庆假期8天): the national day's holiday runs
# that many days from 1 October; its length is its period, no metric


RELEASE = date(2025, 11, 20)  # a monthly release on October, with the holiday in it
_HOLIDAY = (date(2025, 10, 1), date(2025, 10, 8))


def test_a_holiday_of_a_given_length_dates_its_figures():
    raw = ("1-10月全市交通运输运行情况\n\n1-10月，全市完成公路客运量3620万人次，同比下降2.1%。"
           "国庆假期8天，全市公路累计发送旅客186万人次，日均23.3万人次。\n")
    got = _document(raw, RELEASE)
    assert (got["186万人次"].period_start, got["186万人次"].period_end) == _HOLIDAY
    assert (got["23.3万人次"].period_start, got["23.3万人次"].period_end) == _HOLIDAY
    assert got["186万人次"].period_text == "国庆假期"
    assert "8天" not in got


def test_a_holiday_with_its_length_after_a_word_is_read_alike():
    raw = "国庆中秋假期共8天，全省接待游客5210万人次。\n"
    got = _document(raw, RELEASE)
    assert (got["5210万人次"].period_start, got["5210万人次"].period_end) == _HOLIDAY
    assert "8天" not in got


def test_days_that_are_no_holidays_length_stay_metrics():
    found = _read(["国庆假期，全省景区平均开放时长延长至11天。"], RELEASE)
    assert "11天" in found


# 5. a running total with no date compared with the same months a year before (累计开行2386列，
# 同比增长6.3%) in a release of the months so far: those months', not the release's day


def test_a_running_total_compared_year_on_year_takes_the_months_so_far():
    raw = ("1-10月全市物流运行情况\n\n1-10月，全市快递业务量完成8.6亿件，同比增长12.1%。\n\n"
           "中欧班列累计开行862列，同比增长5.2%。\n")
    got = _document(raw, RELEASE)
    assert (got["862列"].period_start, got["862列"].period_end) == (
        date(2025, 1, 1), date(2025, 10, 31))
    assert got["862列"].kind == "count_total"


# 6. a count reached and then compared with a year's end (航线达到352条，比上年末增加19条): the
# count is a stock, and the change, with no noun before it, is a metric all the same (a bare 条
# after a verb stays a policy's name: 出台20条)


def test_a_count_changed_since_the_year_end_is_a_stock_and_its_change_a_flow():
    found = _read(["10月份，全市开通国际货运航线达到46条，比上年末增加5条。"], RELEASE)
    assert found["达到46条"].kind == "count_total"
    assert found["5条"].kind == "actual"
    assert found["5条"].value == 5


def test_a_bare_count_of_rules_stays_no_metric():
    found = _read(["10月份，市政府出台20条，支持外贸企业开通航线46条。"], RELEASE)
    assert "20条" not in found


def test_a_density_changed_since_the_year_end_stays_a_density():
    found = _read(["截至10月底，每万人拥有5G基站数达到32.8个，比上年末增加4.1个。"], RELEASE)
    assert found["达到32.8个"].kind == "actual"


# 7. what a rule sets for any year (a standard named after the number, a bound it forbids
# crossing, a share of a resource set aside for a use): other, no period, even beside a goal's
# year later in the paragraph; a yearly amount (每年支持…不少于N张) stays a goal


OPINION = date(2025, 6, 18)  # a national opinion on a public service
_RULES = (
    "关于加快发展托育服务的意见\n\n二、重点任务\n\n"
    "新建居住区按照每百户不低于10平方米的标准配建托育设施。力争到2027年，托位数达到每千人4.5个。"
    "公办托育机构托位空置率不得高于20%；到2029年，普惠托位占比达到70%以上。"
    "各级财政要将不低于30%的专项资金用于支持普惠托育，按每个托位1万元的标准给予补助，"
    "每年支持新增普惠托位不少于5万个。\n")


def test_a_standard_a_bound_forbidden_and_a_share_set_aside_are_a_rules():
    got = _document(_RULES, OPINION)
    for quote in ("不低于10平方米", "不得高于20%", "不低于30%"):
        assert (got[quote].kind, got[quote].period_start) == ("other", None), quote
    assert (got["4.5个"].kind, got["4.5个"].period_start) == ("target", date(2027, 1, 1))


def test_a_yearly_amount_supported_stays_a_goal():
    got = _document(_RULES, OPINION)
    assert got["不少于5万个"].kind == "target"


# 8. a stock said to be there now (现有) is at the text's date and no goal, in a section of
# goals; a yearly amount (每年…) with no plan's years takes no year from the clause before


def test_what_there_is_now_is_a_stock_at_the_texts_date():
    raw = ("关于加快发展托育服务的意见\n\n二、重点任务\n\n到2029年，培训托育从业人员50万人次以上。"
           "全国现有托育从业人员约30万人，缺口仍然较大。\n")
    got = _document(raw, OPINION)
    assert _dated(got["约30万人"]) == ("count_total", OPINION, OPINION)
    assert got["50万人次以上"].kind == "target"


def test_a_yearly_amount_takes_no_year_from_the_clause_before():
    raw = ("关于加快发展托育服务的意见\n\n二、重点任务\n\n建设全国托育服务平台，"
           "到2029年托育机构接入率达到90%以上；每年遴选托育服务示范机构100家左右。\n")
    got = _document(raw, OPINION)
    assert (got["100家左右"].kind, got["100家左右"].period_start) == ("target", None)
    assert got["达到90%以上"].period_start == date(2029, 1, 1)


def test_a_yearly_task_in_the_same_sentence_takes_no_year_from_the_task_before():
    found = _read(["到2029年托育机构接入率达到90%以上；每年遴选示范机构100家左右。"], OPINION)
    assert found["100家左右"].period_start is None
    assert found["达到90%以上"].period_start == date(2029, 1, 1)


# 9. a volume counted in things moved (箱量, 运量 in 标箱, 件, 人次) over the months so far is a
# flow; a number of things held (有效注册商标量, 数量) and a quality (空气质量) are not volumes


def test_a_volume_of_things_moved_is_a_flow():
    found = _read(["1-10月，全市港口海铁联运箱量达到56.3万标箱，同比增长9.1%。"], RELEASE)
    assert found["达到56.3万标箱"].kind == "actual"


def test_things_in_force_are_no_volume_moved():
    found = _read(["截至10月底，全市有效注册商标量达到12.6万件。"], RELEASE)
    assert found["达到12.6万件"].kind == "count_total"


def test_a_notice_weeks_before_the_holiday_dates_the_coming_one():
    raw = "国庆假期8天，预计全省公路水路发送旅客1100万人次。\n"
    got = _document(raw, date(2025, 9, 25))
    assert (got["1100万人次"].period_start, got["1100万人次"].period_end) == _HOLIDAY


def test_a_text_months_after_the_holiday_dates_the_one_past():
    raw = "去年以来，全省文旅消费持续回暖，国庆假期8天，全省接待游客5210万人次。\n"
    got = _document(raw, date(2026, 3, 2))
    assert got["5210万人次"].period_start == date(2025, 10, 1)


def test_what_a_task_acts_on_now_is_no_present_stock():
    raw = ("关于加快发展托育服务的意见\n\n二、重点任务\n\n到2029年，改造提升现有托育机构5000家。\n")
    got = _document(raw, OPINION)
    assert _dated(got["5000家"]) == ("target", date(2029, 1, 1), date(2029, 12, 31))


def test_a_count_before_a_standardised_thing_is_no_standard():
    found = _read(["2024年，全县建成3个标准化厂房。"], SUMMARY)
    assert found["3个"].kind != "other"
