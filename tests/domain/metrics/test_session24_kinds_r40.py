"""Kinds and signs of the genres blind rounds 40-41 brought (a statistical communiqué, a city's
projects plan, a ministry's trade-in news, Taiwan's price release in Traditional script, a city's
water-price hearing notice, an inspection report). Short sentences written for each class in the
genre's manner, not the set's documents."""

from __future__ import annotations

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import document_by_number

PRICE_RELEASE = """某地114年9月物價指數

二、七大類指數年增率：與上年同月比較，醫藥類漲1.44%，通訊費跌2.31%；其中燃料費跌3.7%，菸酒漲0.56%。
"""


def test_a_one_character_move_glued_to_its_noun_still_makes_a_signed_growth() -> None:
    """醫藥類漲 / 通訊費跌: the segmenter guesses 類漲 / 費跌 into one word; the move is the rate's,
    a growth, and 跌 a fall (negative), as 燃料費跌 standing apart is no different."""
    found = document_by_number(PRICE_RELEASE, date(2025, 10, 7))
    expected = {"1.44%": 1.44, "2.31%": -2.31, "3.7%": -3.7, "0.56%": 0.56}
    for quote, value in expected.items():
        assert found[quote].kind == "growth_rate", quote
        assert found[quote].value == value, quote


GAS_PRICE_NOTICE = """某市关于调整居民管道天然气阶梯价格听证会的公告

一、现行气价情况
我市现行居民管道天然气价格实行三级阶梯，第一阶梯气价每立方米2.45元，已执行8年。经成本监审，2024年单位供气成本为每立方米2.93元。
二、调整方案
（一）阶梯气量。第一阶梯年用气量0-300立方米，第二阶梯年用气量301-600立方米。
（二）阶梯价格。第一阶梯气价由每立方米2.45元调整为2.68元，上调0.23元；第二阶梯由每立方米2.94元调整为3.22元。
"""


def test_a_tariffs_prices_and_tiers_are_its_parameters_not_results() -> None:
    """每立方米2.45元 in a sentence on a tariff, 由…调整为2.68元, 上调0.23元 and the tiers'
    volumes (阶梯年用气量0-300立方米): what the pricing rule sets (other, undated); the cost
    measured per unit (单位供气成本为每立方米2.93元) stays a result."""
    found = document_by_number(GAS_PRICE_NOTICE, date(2025, 11, 18))
    for quote in ("2.68元", "0.23元", "2.94元", "3.22元", "0-300立方米", "301-600立方米"):
        assert found[quote].kind == "other", quote
        assert found[quote].period_start is None, quote
    assert found["2.93元"].kind == "actual"


INDEX_RELEASE = """某地114年8月物價指數

一、8月PPI為104.52（基期：民國110年=100），月增率為-0.37%，年增率為1.12%。

附表　114年8月物價指數概況
項目	指數	月增率(%)	年增率(%)
生產者物價總指數	104.52	-0.37	1.12
"""


def test_an_index_level_is_a_level_and_a_monthly_change_rate_a_growth() -> None:
    """PPI為104.52 and the table's 生產者物價總指數 cell: an index's level (actual), neither a
    share nor a count; 月增率為-0.37%: the change against the month before, as 年增率 is."""
    found = analyse_document(INDEX_RELEASE, published_on=date(2025, 9, 5)).metrics
    levels = [row.kind for row in found if row.value == 104.52]
    assert levels == ["actual", "actual"]
    assert next(row.kind for row in found if row.value == -0.37) == "growth_rate"


TRADE_IN_NEWS = """商务部：以旧换新政策持续显效

补贴标准方面，个人消费者报废旧摩托车并购买电动摩托车的，补贴3000元；转让旧车并购买新车的，补贴1200元。
"""


def test_a_grant_to_those_who_meet_a_condition_is_the_rules_parameter() -> None:
    """…并购买电动摩托车的，补贴3000元: the clause before names who qualifies (…的，), so the
    amount is what the rule grants each of them (other, undated), not a sum paid out."""
    found = document_by_number(TRADE_IN_NEWS, date(2025, 10, 20))
    for quote in ("3000元", "1200元"):
        assert found[quote].kind == "other", quote
        assert found[quote].period_start is None, quote


HEARING_NOTICE = """某市关于召开调整管道燃气价格听证会的公告

四、听证会安排
（一）听证会参加人：共21名，其中消费者参加人9名、经营者参加人3名、专家学者5名。
（二）旁听：设旁听席12个。
"""


def test_a_hearing_notices_participants_and_seats_are_its_arrangement() -> None:
    """听证会参加人：共21名, 其中消费者参加人9名, 专家学者5名, 设旁听席12个: the seats the notice
    sets for a hearing to come (other, undated), no count of those there are."""
    found = document_by_number(HEARING_NOTICE, date(2025, 11, 18))
    for quote in ("21名", "9名", "3名", "5名", "12个"):
        assert found[quote].kind == "other", quote


EFFECT_ESTIMATE = """某市关于调整管道燃气价格听证会的公告

三、调价影响测算
按调整方案测算，居民户均每月燃气支出增加约3.2元，占城镇居民月人均可支配收入的0.05%；燃气企业年增收约6000万元，用于管网改造。
"""


def test_the_estimated_effects_of_a_proposal_are_forecasts() -> None:
    """按调整方案测算，…增加约3.2元, 占…的0.05%; the task after ； (年增收约6000万元) too: what the
    proposal would bring (target, undated), not results measured."""
    found = document_by_number(EFFECT_ESTIMATE, date(2025, 11, 18))
    for quote in ("3.2元", "0.05%", "6000万元"):
        assert found[quote].kind == "target", quote
        assert found[quote].period_start is None, quote


RULES_AND_PARTS = """某地物價統計新聞稿

三、10月商品類價格年增1.10%，影響CPI上漲0.52個百分點，占總漲幅約五分之二。
六、另明年1月1日起最低工資時薪調升至196元。
七、對城鄉低保戶家庭，每戶每月減免8立方米水費。
"""


def test_a_share_of_a_rise_is_a_share() -> None:
    """占總漲幅約五分之二: the part of the rise the class brought, a share, no growth of its own."""
    found = document_by_number(RULES_AND_PARTS, date(2025, 11, 7))
    assert found["約五分之二"].kind == "share"


def test_a_wage_rate_set_anew_is_the_rules_parameter() -> None:
    """最低工資時薪調升至196元: the wage rate a rule sets from a day (other, undated)."""
    found = document_by_number(RULES_AND_PARTS, date(2025, 11, 7))
    assert found["196元"].kind == "other"
    assert found["196元"].period_start is None


def test_a_relief_per_household_is_the_rules_parameter() -> None:
    """每戶每月減免8立方米水費: what the rule grants each household (other, undated)."""
    found = document_by_number(RULES_AND_PARTS, date(2025, 11, 7))
    assert found["8立方米"].kind == "other"
    assert found["8立方米"].period_start is None


AIR_RANKING = """某省10月份环境空气质量状况

分区域看，淮北4市PM2.5平均浓度为29.0微克/立方米，同比下降3.6%，降幅比沿江8市低2.7个百分点。
"""


def test_a_gap_below_a_base_glued_to_it_is_negative() -> None:
    """降幅比沿江8市低2.7个百分点: the segmenter guesses 市低 into one word; the 低 is the gap's
    side, below the base compared with, so the gap is negative (as 比全省低 standing apart)."""
    found = document_by_number(AIR_RANKING, date(2025, 11, 10))
    assert found["2.7个百分点"].value == -2.7


POPULATION_RELEASE = """某地114年9月人口統計

9月底總人口1,203萬5,118人，較上年同期減少3萬1,024人，年減率為0.26%。
"""


def test_a_rate_named_by_its_fall_is_a_negative_growth() -> None:
    """年減率為0.26%: Taiwan's yearly rate of decrease, written positive; the growth is -0.26,
    as 年增率 names a rise."""
    found = document_by_number(POPULATION_RELEASE, date(2025, 10, 10))
    assert found["0.26%"].kind == "growth_rate"
    assert found["0.26%"].value == -0.26


INTERNATIONAL_COMPARISON = """某地物價統計新聞稿

五、國際比較：我國漲幅在亞洲四小龍中居第3低，亦低於OECD國家平均之3.4%。
"""


def test_the_base_a_figure_is_below_is_stated_at_its_own_level() -> None:
    """低於OECD國家平均之3.4%: 之 (the classical 的) makes 3.4% the base's own level, positive,
    not a gap below it, as 低于…平均的24.5% is."""
    found = document_by_number(INTERNATIONAL_COMPARISON, date(2025, 11, 7))
    assert found["3.4%"].value == 3.4


INSPECTION_REPORT = """某省人大常委会执法检查组关于检查《中华人民共和国消防法》实施情况的报告

今年7月至8月，检查组深入15个县（市、区），随机暗访单位31家；同时委托其他7个市州人大常委会开展检查。
"""


def test_places_and_firms_an_inspection_went_to_are_a_flow_of_its_span() -> None:
    """深入15个县（市、区）, 随机暗访单位31家, 委托其他7个市州…开展检查: where the inspection
    went in its span (actual), not how many such places there are."""
    found = document_by_number(INSPECTION_REPORT, date(2025, 11, 26))
    for quote in ("15个", "31家", "7个"):
        assert found[quote].kind == "actual", quote


def test_a_bounded_weight_in_an_assessment_is_the_rules_parameter() -> None:
    """纳入…绩效考核，权重不低于5%: the weight the assessment gives the item, set by the rule
    (other, undated), no share measured."""
    found = document_by_number("市政府将生态环境保护纳入高质量发展绩效考核，权重不低于5%。\n",
                               date(2025, 11, 26))
    assert found["5%"].kind == "other"
    assert found["5%"].period_start is None


def test_members_of_a_work_safety_committee_are_a_stock() -> None:
    """各级安全生产委员会成员单位达到3120个: the committee's members there are (count_total);
    its name's 生产 is work safety, no production flow."""
    found = document_by_number("全省各级安全生产委员会成员单位达到3120个。\n", date(2025, 11, 26))
    assert found["3120个"].kind == "count_total"


FUND_BATCHES = """商务部：以旧换新资金分批下达

第三批520亿元于6月下达；第四批480亿元将于9月下达，确保政策全年不断档。
"""


def test_a_batch_to_be_released_later_is_planned() -> None:
    """第四批480亿元将于9月下达: a release planned (target), in the month of the text too, while
    第三批…于6月下达 was done (actual)."""
    found = document_by_number(FUND_BATCHES, date(2025, 9, 15))
    assert found["480亿元"].kind == "target"
    assert found["520亿元"].kind == "actual"


def test_rules_issued_in_a_span_are_a_flow() -> None:
    """“十四五”以来，…省政府出台相关规章3部: rules issued over the span (actual), not those in
    force."""
    text = "“十四五”以来，省人大常委会审议通过地方性法规5部，省政府出台相关规章3部。\n"
    found = document_by_number(text, date(2025, 11, 26))
    assert found["3部"].kind == "actual"


def test_the_part_of_a_running_total_already_done_is_a_running_total() -> None:
    """累计排查重大事故隐患2140项，已整改2016项: those of the total already put right, counted to
    the same day (count_total), not a flow of their own."""
    text = "2024年以来，全省累计排查一般事故隐患12.3万项；排查重大事故隐患2140项，已整改2016项。\n"
    found = document_by_number(text, date(2025, 11, 26))
    assert found["2016项"].kind == "count_total"
