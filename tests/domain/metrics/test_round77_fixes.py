"""Round 77's fixes (h233-h235: a provincial forestry bureau's greening bulletin, a city paper's
year-end news on fire and rescue figures, a coal group's OCR'd monthly production brief), each
class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import candidate_quotes, document_by_number


def test_call_outs_and_rescues_in_ten_thousands_are_counted_cases():
    text = "今年以来，全县消防队伍共出动2.35万起，参与社会救援1.2万起。"
    quotes = candidate_quotes(text)
    assert "2.35万起" in quotes
    assert "1.2万起" in quotes
    assert "1.2万起" not in candidate_quotes("该楼盘月租金1.2万起，售价18万起。")


def test_a_briefs_print_run_is_no_metric():
    text = ("全年完成发电量86亿千瓦时。\n\n抄送：公司领导　　发：各部门　　（共印25份）\n")
    found = document_by_number(text, date(2025, 12, 5))
    assert "25份" not in {m.quote for m in found.values()}
    assert "86亿千瓦时" in found


def test_a_housing_estate_is_no_place():
    text = "今年以来，全区共排查住宅小区86个，改造老旧小区23个。"
    found = document_by_number(text, date(2025, 9, 1))
    assert found["86个"].subject is None
    assert found["23个"].subject is None


def test_a_news_sites_breadcrumbs_are_furniture():
    text = ("大河网 > 新闻 > 本地\n\n郑州前三季度接报火灾下降\n\n"
            "今年前三季度，全市共接报火灾1860起，同比下降8.2%。\n")
    doc = analyse_document(text, published_on=date(2025, 10, 12))
    assert "大河网" not in doc.cleaned.sentences[0].text
    found = {m.quote: m for m in doc.metrics}
    assert found["1860起"].indicator == "接报火灾"


def test_a_year_plan_column_and_its_completion_share_in_a_months_table():
    text = ("9月份主要指标完成情况表\n\n"
            "指  标          单位       本月      本年累计     年计划     完成年计划(%)\n"
            "发电量          亿千瓦时   12.4      106.8        150        71.2\n"
            "售电量          亿千瓦时   11.6      98.5         140        70.4\n")
    found = document_by_number(text, date(2025, 10, 8))
    plan, done = found["150"], found["71.2"]
    assert plan.kind == "target"
    assert (plan.period_start, plan.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert done.kind == "share"
    assert (done.period_start, done.period_end) == (date(2025, 1, 1), date(2025, 9, 30))
    assert found["12.4"].kind == "actual"


def test_a_plans_level_written_after_its_words_and_the_share_done_of_it():
    text = "1-9月，集团累计完成铁矿石产量312万吨，完成年度计划420万吨的74.3%，同比增长1.6%。"
    found = document_by_number(text, date(2025, 10, 9))
    plan, done = found["420万吨"], found["74.3%"]
    assert (plan.indicator, plan.kind) == ("铁矿石产量", "target")
    assert (plan.period_start, plan.period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (done.indicator, done.kind) == ("铁矿石产量", "share")
    assert found["1.6%"].indicator == "铁矿石产量"


def test_done_after_a_time_or_a_plans_cue_is_no_producers():
    text = ("9月份完成铁矿石产量36.5万吨。下月，集团计划完成铁矿石产量38万吨。"
            "公司完成发电量12亿千瓦时。")
    found = document_by_number(text, date(2025, 10, 9))
    assert found["36.5万吨"].indicator == "铁矿石产量"
    assert found["38万吨"].indicator == "铁矿石产量"
    assert found["12亿千瓦时"].indicator == "完成发电量"


def test_the_year_of_a_goal_aimed_at_dates_no_later_figure():
    text = "12月份，公司将紧盯全年目标，计划完成铁矿石产量40万吨。"
    found = document_by_number(text, date(2025, 11, 5))
    assert (found["40万吨"].period_start, found["40万吨"].period_end) == (
        date(2025, 12, 1), date(2025, 12, 31))


def test_a_group_company_speaking_of_itself_is_no_part_of_a_name():
    text = "截至9月底，集团公司煤炭库存28.4万吨，较8月底减少3.1万吨。"
    found = document_by_number(text, date(2025, 10, 9))
    assert found["28.4万吨"].indicator == "煤炭库存"
    assert found["3.1万吨"].indicator == "煤炭库存"


def test_a_share_ranked_first_and_the_item_ranked_next():
    text = "从事故原因看，违章操作导致的事故占比最高，达41.6%；其次为设备故障，占22.3%。"
    found = document_by_number(text, date(2025, 10, 9))
    assert found["41.6%"].indicator == "违章操作导致的事故占比"
    assert found["22.3%"].indicator == "设备故障占比"


def test_a_rate_stated_as_nil():
    text = "9月份全矿未发生死亡事故，百万吨死亡率为0；1-9月百万吨死亡率为0.052。"
    found = document_by_number(text, date(2025, 10, 9))
    assert found["0"].indicator == "百万吨死亡率"
    assert found["0"].kind == "share"
    assert "0" not in candidate_quotes("该批次编号为0，共3件。")
