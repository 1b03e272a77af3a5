"""Round 103's fixes (h311-h313: a county's WeChat year-end 乡村振兴 summary, a city housing
provident fund's 1-10月 brief, a Hong Kong price and rent index release), each class tested on
text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates


def test_picture_marks_opening_a_run_of_lines_are_bullets_not_words_of_a_name():
    text = ("2024年，全镇交出亮眼答卷\n\n"
            "🌾 粮食生产再获丰收\n"
            "✅ 粮食播种面积12.6万亩\n"
            "✅ 新建高标准农田3200亩\n"
            "2️⃣ 农民增收势头良好\n"
            "💰 农村居民人均可支配收入25310元\n")
    found = document_by_number(text, date(2024, 12, 30))
    assert found["12.6万亩"].indicator == "粮食播种面积"
    assert found["3200亩"].indicator == "新建高标准农田"
    assert found["25310元"].indicator == "农村居民人均可支配收入"


def test_a_picture_mark_alone_over_a_headline_stays_text():
    text = ("📈 GDP增长6.1%！\n"
            "某县前三季度经济“成绩单”出炉\n\n"
            "前三季度，全县实现地区生产总值286.4亿元，同比增长6.1%。\n")
    found = document_by_number(text, date(2025, 10, 25))
    assert found["286.4亿元"].indicator == "地区生产总值"


def test_provisional_and_revised_figures_of_a_release_name_nothing():
    text = ("　　十月私人住宅租金指數臨時數字為201.5點，按月上升0.4%。"
            "九月租金指數的修訂數字為200.7點。\n")
    found = document_by_number(text, date(2025, 11, 28))
    assert found["201.5點"].indicator == "私人住宅租金指数"
    assert "修订" not in (found["200.7點"].indicator or "")


def test_a_year_end_review_title_dates_its_items_with_no_time_of_their_own():
    text = ("年终盘点｜2024年某县民生实事“成绩单”请查收！\n\n"
            "这一年，我们一起见证👇\n\n"
            "✅ 新增城镇就业4260人\n"
            "✅ 改造老旧小区32个\n")
    found = document_by_number(text, date(2024, 12, 28))
    assert period_dates(found["4260人"]) == (date(2024, 1, 1), date(2024, 12, 31))
    assert period_dates(found["32个"]) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_review_title_before_its_years_december_dates_nothing_of_its_own():
    text = ("2024年某县民生实事“成绩单”请查收！\n\n"
            "这一年，我们一起见证👇\n\n"
            "✅ 新增城镇就业4260人\n"
            "✅ 改造老旧小区32个\n")
    found = document_by_number(text, date(2024, 10, 28))
    assert period_dates(found["4260人"]) != (date(2024, 1, 1), date(2024, 12, 31))


def test_a_wechat_bylines_ip_location_is_no_home():
    from pipelines.domain.metrics.extract import _BYLINE_PLACE
    assert _BYLINE_PLACE.search("岳西发布 2025年12月26日 18:30　安徽")
    assert _BYLINE_PLACE.search("2025年10月27日 20:05 浙江") is not None
    assert _BYLINE_PLACE.search("发布时间：2025年11月14日 10:05") is None
