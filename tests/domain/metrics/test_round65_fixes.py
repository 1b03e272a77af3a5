"""Round 65's fixes (h197-h199: a province's audit work report, a city's medical insurance fund
bulletin, the agriculture ministry's news on autumn sowing), each class tested on text of its
own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

DAY = (date(2025, 10, 20), date(2025, 10, 20))

SOWN = (
    "全国油菜播种已近七成　进度慢于去年同期\n\n"
    "截至10月20日，全国已播油菜8620万亩，播种进度慢于去年同期2.4个百分点。\n\n"
    "分省看，湖南已播油菜2150万亩，进度71.3%，快于去年同期1.2个百分点；"
    "江西已播油菜1340万亩，进度66.8%。\n"
)


def test_a_breakdown_after_a_paragraph_opening_on_a_day_stands_at_it():
    found = document_by_number(SOWN, date(2025, 10, 22))
    # the headline's 去年同期 is a comparison's base: it dates no section
    for quote in ("2150万亩", "71.3%", "1.2个百分点", "1340万亩", "66.8%"):
        assert period_dates(found[quote]) == DAY, quote
    assert found["2150万亩"].kind == "count_total"
    assert found["2150万亩"].subject == "湖南"


def test_a_pace_ahead_of_or_behind_the_year_before_is_a_change():
    found = document_by_number(SOWN, date(2025, 10, 22))
    assert found["2.4个百分点"].kind == "growth_rate"
    assert found["1.2个百分点"].kind == "growth_rate"


def test_done_before_the_verb_of_a_counted_deed_is_dropped():
    found = document_by_number(
        "截至10月20日，全省已播油菜860万亩，晚稻已收获1250万亩，已播面积占意向面积的81.2%。",
        date(2025, 10, 22))
    assert found["860万亩"].indicator == "播油菜"  # jieba's 已播, one word
    assert found["1250万亩"].indicator == "晚稻收获"
    # a statistic 已 names (已播面积) keeps it
    assert found["81.2%"].indicator.startswith("已播面积")


def test_an_insurance_schemes_deductible_and_caps_are_rule_parameters():
    found = document_by_number(
        "2025年，全市城乡居民医保住院起付线为：一级医院150元、二级医院450元；"
        "年度最高支付限额为15万元，职工医保统筹基金年度封顶线为25万元。",
        date(2025, 10, 22))
    for quote in ("150元", "450元", "15万元", "25万元"):
        assert found[quote].kind == "other", quote
        assert period_dates(found[quote]) == (None, None), quote


def test_a_crops_growing_places_are_no_one_place():
    found = document_by_number(
        "截至10月20日，粮食主产区已收获玉米5.1亿亩，冬麦区土壤适宜墒情面积占比达到82%，"
        "湖北、安徽等主产省已播小麦3200万亩。",
        date(2025, 10, 22))
    for quote in ("5.1亿亩", "82%", "3200万亩"):
        assert found[quote].subject is None, quote
    assert found["82%"].indicator.startswith("冬麦区")


def test_a_share_of_what_was_expected_is_named_by_the_figure():
    found = document_by_number(
        "截至11月5日，全省油菜移栽面积36.5万亩，完成预计面积的64.8%。", date(2025, 11, 6))
    assert found["64.8%"].indicator == found["36.5万亩"].indicator == "油菜移栽面积"
    assert found["64.8%"].kind == "share"


def test_teams_sent_on_the_day_an_action_was_launched_take_that_day():
    found = document_by_number(
        "9月下旬以来持续降雨。省农业农村厅于10月12日启动抢收专项行动，派出8个技术指导组奔赴一线。",
        date(2025, 10, 22))
    assert period_dates(found["8个"]) == (date(2025, 10, 12), date(2025, 10, 12))


def test_better_than_the_year_before_dates_nothing():
    found = document_by_number(
        "目前，一类苗占比31.5%，苗情总体好于上年。从墒情看，适宜墒情面积占比达到88%。",
        date(2025, 11, 6))
    assert period_dates(found["88%"]) == (date(2025, 11, 6), date(2025, 11, 6))
