"""Round 82's fixes (h248-h250: a city's yearly food safety sampling bulletin, Hong Kong's
monthly transport statistics in Traditional script, a county's school-year statistics as a
WeChat article), each class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.domain.periods import find_periods
from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import document_by_number


def test_a_school_year_runs_from_september_to_august():
    found = find_periods("2024-2025学年度，全区共有中小学52所", date(2025, 3, 1))
    assert [(p.period.start, p.period.end) for p in found] == [
        (date(2024, 9, 1), date(2025, 8, 31))]
    # two years that are no school year, and the year before as a base, are no span
    assert find_periods("比上学年增加3所", date(2025, 3, 1)) == []


def test_a_school_years_statistics_date_its_sections_with_no_time_of_their_own():
    text = ("2024—2025学年全区教育事业统计快报\n\n"
            "📌 学校\n\n2024—2025学年，全区共有各级各类学校64所，比上学年增加2所。\n\n"
            "📌 学生\n\n全区在校生共41,230人，其中小学在校生18,560人。小学生师比为16.2:1。\n")
    found = document_by_number(text, date(2024, 12, 2))
    for quote in ("64所", "41,230人", "18,560人", "16.2:1"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2024, 9, 1), date(2025, 8, 31)), quote
    # the school year under way is no goal: its stocks are counted at its start
    assert found["64所"].kind == "count_total"
    assert found["41,230人"].kind == "count_total"
    assert found["2所"].kind == "actual"


def test_a_growth_column_after_two_months_in_words_is_the_later_months():
    text = ("表二：過海隧道每日平均行車架次（千）\n\n"
            "                 二○二五年九月    二○二四年九月    按年變動（%）\n"
            "紅磡海底隧道          98              101              -3.0\n"
            "西區海底隧道          79               76              +3.9\n")
    doc = analyse_document(text, published_on=date(2025, 11, 7))
    change = next(m for m in doc.metrics if m.quote == "+3.9")
    assert (change.period_start, change.period_end) == (date(2025, 9, 1), date(2025, 9, 30))
    # the title's bare multiplier in brackets is every cell's
    cell = next(m for m in doc.metrics if m.quote == "79")
    assert cell.value_normalized == 79000


def test_things_first_registered_in_the_period_are_a_flow():
    text = "九月份首次登記的私家車為3 918輛，較去年同月上升4.2%。2024年新注册的企业为3200户。"
    found = document_by_number(text, date(2025, 11, 7))
    assert found["3 918輛"].kind == "actual"
    assert found["3200户"].kind == "actual"


def test_a_list_of_classes_after_a_mean_holds_means():
    text = ("九月份，港鐵的每日平均乘客人次為560.2萬，佔總人次的44.8%；專營巴士為388.1萬，"
            "電車為14.9萬。")
    found = document_by_number(text, date(2025, 11, 7))
    assert found["388.1萬"].kind == "actual"
    assert found["14.9萬"].kind == "actual"
    # a list of stocks stays stocks
    stocks = document_by_number("截至九月底，全市共有私家车65万辆，货车为12万辆。",
                                date(2025, 11, 7))
    assert stocks["12万辆"].kind == "count_total"


def test_the_base_level_after_whereas_is_a_year_before():
    text = "首九個月，電動私家車所佔比例為67.9%，而去年同期為62.8%。"
    found = document_by_number(text, date(2025, 11, 7))
    assert (found["62.8%"].period_start, found["62.8%"].period_end) == (
        date(2024, 1, 1), date(2024, 9, 30))


def test_a_programme_named_a_plan_reaching_people_is_no_goal():
    text = "2024年，全县农村义务教育学生营养改善计划惠及学生3.1万人。"
    found = document_by_number(text, date(2025, 3, 1))
    assert found["3.1万人"].kind == "actual"


def test_a_ranked_lists_items_sharing_one_character_are_split():
    text = ("2025年，水产品、畜禽产品、蛋制品不合格批次位居前三，分别为112批次、64批次和"
            "29批次。")
    found = document_by_number(text, date(2026, 1, 20))
    assert found["112批次"].indicator == "水产品不合格批次"
    assert found["29批次"].indicator == "蛋制品不合格批次"


def test_a_catalogues_main_classes_are_counted_in_classes():
    text = "2025年，抽检覆盖粮食加工品、食用油等31大类食品。"
    found = document_by_number(text, date(2026, 1, 20))
    assert found["31大类"].unit == "类"


def test_a_link_closing_on_its_date_may_hold_a_headlines_comma():
    text = ("2025年，全县新建学校3所，新增学位2,400个。\n\n往期推荐\n"
            "▶ 我县5名教师获评省级骨干教师（10月8日）\n"
            "▶ 秋季开学第一课开讲，2000余名学生参加（9月1日）\n\n编辑：李明\n")
    found = document_by_number(text, date(2025, 11, 20))
    assert "2,400个" in found
    assert "2000余名" not in found


def test_a_table_of_daily_means_holds_means():
    text = ("表二：過海隧道每日平均行車架次（千）\n\n"
            "                 二○二五年九月    二○二四年九月    按年變動（%）\n"
            "紅磡海底隧道          98              101              -3.0\n"
            "西區海底隧道          79               76              +3.9\n")
    doc = analyse_document(text, published_on=date(2025, 11, 7))
    cell = next(m for m in doc.metrics if m.quote == "98")
    assert cell.kind == "actual"
