"""Round 84's fixes (h254-h256: an OCR'd county bulletin on the autumn grain harvest, a national
association's yearly urban rail operations brief with a table in spaces, a press conference
transcript on central SOEs' results), each class tested on text of its own through the whole
extractor."""

from datetime import date

from pipelines.domain.periods import find_periods
from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import document_by_number


def test_a_lines_passenger_intensity_keeps_its_whole_rate_as_the_unit():
    text = "2025年，全省地铁线网客运强度为1.08万人次/公里·日，比上年提高0.05万人次/公里·日。"
    found = document_by_number(text, date(2026, 2, 1))
    assert found["1.08万人次/公里·日"].unit == "人次/公里·日"
    assert found["1.08万人次/公里·日"].value_normalized == 10800
    assert found["0.05万人次/公里·日"].unit == "人次/公里·日"


def test_a_part_of_a_month_or_a_spaced_day_is_no_period_the_release_reports_on():
    text = ("我市2025年小麦生产情况\n\n"
            "一、6月上旬我市出现2次大风天气，受灾面积1.2万亩。\n"
            "二、5月2 8日开镰，麦收历时1 2天。\n"
            "三、新型经营主体。全市新培育家庭农场36家，托管服务面积达到45万亩。\n")
    found = document_by_number(text, date(2025, 7, 10))
    for quote in ("36家", "45万亩"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 1, 1), date(2025, 12, 31)), quote


def test_a_farm_season_without_quotes_is_a_period_of_its_own():
    found = find_periods("秋收期间全县投入收获机械2100台", date(2025, 10, 30))
    assert [p.text for p in found] == ["秋收期间"]
    assert found[0].period.start is None
    text = "三夏期间，全市投入联合收割机1.6万台，小麦机收率达到99.5%。"
    doc = document_by_number(text, date(2025, 7, 1))
    assert doc["1.6万台"].period_start is None
    assert doc["99.5%"].period_text == "三夏期间"


def test_a_ranking_tables_title_naming_its_top_n_says_what_the_rank_ranks():
    text = ("表2　2025年利润总额前三位企业主要指标\n"
            "排名  企业    营业收入（亿元）  利润总额（亿元）  职工人数（人）\n"
            "1     甲公司  820.5             96.3              5210\n"
            "2     乙公司  1130.2            88.1              8640\n"
            "3     丙公司  640.8             71.6              4105\n")
    doc = analyse_document(text, published_on=date(2026, 2, 1))
    ranks = [m for m in doc.metrics if m.kind == "rank"]
    assert len(ranks) == 3
    assert all(m.indicator.endswith("利润总额") for m in ranks)  # (甲公司利润总额: no place)


def test_a_purchase_price_with_its_base_before_the_number_is_a_level():
    text = "目前，全市大豆收购价格每斤2.05元，比去年同期下降0.08元。"
    found = document_by_number(text, date(2025, 7, 8))
    assert found["2.05元"].kind == "actual"  # (a price at a day, no running total)
    assert found["2.05元"].period_text == "目前"


def test_a_gain_per_mu_is_named_by_the_gain():
    text = "今年全镇推广稻渔综合种养1.2万亩，亩均增收860元。"
    found = document_by_number(text, date(2025, 11, 1))
    assert found["860元"].indicator == "亩均增收"


def test_a_verb_of_goods_bought_or_put_to_work_is_shared_by_its_list():
    text = ("截至11月5日，全市累计收购新季大豆3.6万吨、小麦1.2万吨；"
            "目前全市投入烘干机820台、运粮车1500辆。")
    found = document_by_number(text, date(2025, 11, 6))
    assert found["1.2万吨"].indicator == "收购小麦"
    assert found["1500辆"].indicator == "投入运粮车"
    # an item with a verb of its own keeps its own name
    other = document_by_number("1-10月发生事故12起、死亡15人。", date(2025, 11, 6))
    assert other["15人"].indicator == "死亡"


def test_a_print_run_with_spaced_digits_is_page_furniture():
    text = ("全镇今年新建村级文化广场1 2个。\n\n"
            "报：县委宣传部\n送：各村　　　　　　　　　　　　（共印3 5份）\n")
    doc = analyse_document(text, published_on=date(2025, 12, 1))
    assert [m.quote for m in doc.metrics if "份" in m.quote] == []
    assert any(m.quote == "1 2个" for m in doc.metrics)
