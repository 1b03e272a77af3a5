"""Round 98's fixes (h296-h298: a city 人大财经委's review of the budget, a township party
committee's work report OCR'd, a Taiwan county's statistics release in Traditional script), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_zero_scanned_as_a_ring_inside_an_arabic_number_is_read_as_zero():
    text = ("全年新建农田水利设施3〇处，完成造林1 5〇〇亩，同比增长2〇.4%，"
            "占全年任务的1〇〇%。")
    found = document_by_number(text, date(2026, 1, 12))
    assert found["3〇处"].value == 30
    assert found["1 5〇〇亩"].value == 1500
    assert found["2〇.4%"].value == 20.4
    assert found["1〇〇%"].value == 100


def test_a_year_in_chinese_numerals_keeps_its_ring():
    text = "二〇二五年，全镇新增市场主体412户。"
    found = document_by_number(text, date(2026, 1, 12))
    assert found["412户"].period_start == date(2025, 1, 1)


def test_a_spaced_number_wrapped_after_its_decimal_point_is_one_number():
    text = "五年来，全镇城镇居民人均可支配收入从3.12万元提高到4.\n0 8万元，年均增长5.5%。"
    found = document_by_number(text, date(2026, 1, 12))
    assert found["4.\n0 8万元"].value == 4.08


def test_a_party_committees_year_counts_flows_though_members_are_a_stock():
    text = ("截至2025年底，全乡共有党员1412名。全年发展党员15名，整顿软弱涣散村党组织3个，"
            "开展党员轮训9期，巡察发现问题27个，给予党纪处分6人。")
    found = document_by_number(text, date(2026, 1, 12))
    assert found["1412名"].kind == "count_total"
    for quote in ("15名", "3个", "9期", "27个"):
        assert found[quote].kind == "actual", quote
    sanctioned = found["6人"]
    assert sanctioned.kind == "actual"
    assert sanctioned.period_start == date(2025, 1, 1)
    assert "处分" in sanctioned.indicator


def test_a_grant_is_still_a_rules_parameter():
    text = "对新认定的高新技术企业给予一次性奖励30万元。"
    found = document_by_number(text, date(2025, 6, 1))
    assert found["30万元"].kind == "other"


def test_taiwans_metre_and_square_metre_are_units():
    text = "全縣公園綠地面積合計412.6公頃，每人享有公園綠地6.4平方公尺，新建堤防2,150公尺。"
    found = document_by_number(text, date(2025, 12, 16))
    assert found["6.4平方公尺"].unit == "平方米"
    assert found["2,150公尺"].unit == "米"


def test_a_minguo_school_year_runs_from_august():
    text = ("花蓮縣政府主計處發布114年統計。截至114年11月底，總人口為31萬2,406人。\n\n"
            "114學年度本縣國民小學學生數1萬6,204人，較上學年度減少588人。")
    found = document_by_number(text, date(2025, 12, 16))
    pupils = found["1萬6,204人"]
    assert (pupils.period_start, pupils.period_end) == (date(2025, 8, 1), date(2026, 7, 31))


def test_a_from_frame_opening_a_name_is_no_part_of_it():
    text = ("花蓮縣政府主計處發布114年統計。截至114年11月底，總人口為31萬2,406人。"
            "本縣自112年起將育兒津貼提高為每名2萬元。")
    found = document_by_number(text, date(2025, 12, 16))
    assert found["2萬元"].indicator == "育儿津贴"


def test_a_bare_natural_or_migratory_change_is_named_by_its_term():
    text = ("花蓮縣政府主計處發布114年統計。114年1至11月出生數1,406人，死亡數3,211人，"
            "自然減少1,805人，社會增加642人。")
    found = document_by_number(text, date(2025, 12, 16))
    assert found["1,805人"].indicator == "自然增加"
    assert found["1,805人"].value == -1805
    assert found["642人"].indicator == "社会增加"


def test_a_committees_closing_suggestions_are_goals():
    text = ("一、关于2025年预算执行情况\n\n全市一般公共预算收入完成318.6亿元，增长2.8%。\n\n"
            "三、几点建议\n\n（一）严控一般性支出。市级一般性支出再压减3%以上，"
            "“三保”支出占比保持在65%以上。")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["318.6亿元"].kind == "actual"
    assert found["3%以上"].kind == "target"
    assert found["65%以上"].kind == "target"


def test_every_one_of_the_things_is_no_part_of_a_name():
    text = "2026年，力争所有行政村集体经济经营性收入达到35万元以上。"
    found = document_by_number(text, date(2026, 1, 12))
    assert found["达到35万元以上"].indicator == "行政村集体经济经营性收入"


def test_a_town_party_committees_report_is_the_towns():
    from pipelines.domain.metrics.home import home_from_title

    text = ("中共青石镇委员会2025年工作报告\n全镇地区生产总值增长6.1%，全镇新增就业320人。\n"
            "2026年，全镇力争固定资产投资增长8%。")
    assert home_from_title(text) == "青石镇"


def test_registered_on_file_is_read_whole():
    text = ("花蓮縣政府主計處發布114年統計。114年11月底本縣登記有案工廠812家，"
            "較上年底淨增9家。")
    found = document_by_number(text, date(2025, 12, 16))
    assert found["812家"].indicator == "登记有案工厂"
