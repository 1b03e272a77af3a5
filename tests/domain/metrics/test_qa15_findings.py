"""Rules QA round 15 (Hong Kong, Macau and Taiwan documents in Traditional script: budget
speeches, statistics releases, a newspaper's report, a county's policy address) showed missing,
each stated on short texts written for it, not taken from those documents."""

from datetime import date

import polars as pl

from pipelines.domain import batches
from pipelines.domain.analysis import analyse_document, document_metrics
from pipelines.domain.cleaning import clean_document
from pipelines.domain.metrics.home import home_currency, infer_home_place
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.tagging import word_tags
from tests.domain.metrics.support import by_quote

SPEECH = ("二〇二五至二六財政年度政府財政預算案\n\n"
          "經濟表現\n\n"
          "1. 二〇二四年，香港經濟溫和增長，全年實質增長2.5%。訪港旅客人次達4,450萬。\n\n"
          "2. 按當時價格計算，二〇二四年本地生產總值約為3.17萬億元。\n\n"
          "公共財政\n\n"
          "3. 二〇二五至二六年度，我預計綜合赤字為670億元。\n")


def _found(raw: str, doc: date | None = date(2025, 2, 26)):
    return by_quote(analyse_document(raw, doc).metrics)


def _batch(raw: str, doc: date | None) -> list[dict]:
    docs = [("d", raw, doc)]
    sents = batches.clean_batch([("d", raw)]).frames["sentences"]
    return batches.metrics_batch(docs, sents, "v").frames["metrics"].filter(
        pl.col("doc_id") == "d").to_dicts()


# finding 1: a government's bare 元 are its place's currency
def test_a_hong_kong_budgets_bare_yuan_are_hong_kong_dollars():
    m = _found(SPEECH)
    assert m["約為3.17萬億元"].unit == "港元"
    assert m["670億元"].unit == "港元"


def test_home_currencies():
    assert home_currency("香港") == "港元"
    assert home_currency("香港特别行政区") == "港元"
    assert home_currency("澳门") == "澳门元"
    assert home_currency("新竹县") == "新台币"
    assert home_currency("台北市") == "新台币"
    assert home_currency("成都市") is None and home_currency(None) is None


def test_a_mainland_texts_yuan_stay_yuan_and_renminbi_in_hong_kong_stays_yuan():
    m = _found("2024年成都市地区生产总值23511.3亿元。成都市經濟增長5.7%。", date(2025, 1, 20))
    assert m["23511.3亿元"].unit == "元"
    m = _found(SPEECH + "\n4. 香港離岸人民幣存款為人民幣9,000億元。\n")
    assert m["9,000億元"].unit == "元"


def test_the_batch_gives_the_hong_kong_budget_what_analyse_document_gives():
    rows = _batch(SPEECH, date(2025, 2, 26))
    ref = [m.model_dump() for m in document_metrics(SPEECH, clean_document(SPEECH).sentences,
                                                      date(2025, 2, 26))]
    drop = ("doc_id", "metric_id", "indicator_key", "extractor_version", "place")
    assert [{k: v for k, v in r.items() if k not in drop} for r in rows] == ref
    assert {r["place"] for r in rows} == {"香港"}
    assert {r["unit"] for r in rows if r["quote"].endswith("元")} == {"港元"}


# finding 2: 本港, 港人, 访港 speak of Hong Kong as the text's own
def _home(text: str) -> str | None:
    return infer_home_place([word_tags()(text)])


def test_hong_kong_named_once_with_its_own_words_is_the_home():
    assert _home("二〇二四年，香港经济温和增长。访港旅客人次达4450万。") == "香港"
    assert _home("二〇二四年，香港经济温和增长。本港楼市仍然疲弱。") == "香港"
    assert _home("零售业受港人北上消费影响。本港楼市仍然疲弱。") == "香港"
    assert _home("本澳经济持续复苏。澳门入境旅客增加。") == "澳门"
    assert _home("二〇二四年，香港经济温和增长。") is None  # named once, bare: a passing mention


# finding 5: Taiwan's cities and counties are places
def test_taiwans_cities_and_counties_are_place_names():
    names = metric_lexicon().place_names
    for city in ("台北", "新北", "桃园", "台中", "台南", "高雄", "新竹", "竹北", "基隆", "金门"):
        assert city in names, city


# finding 6: Hong Kong's financial year, once Hong Kong is known to be the home
def test_a_hong_kong_budgets_financial_year_runs_from_april():
    m = _found(SPEECH)
    assert (str(m["670億元"].period_start), str(m["670億元"].period_end)) == (
        "2025-04-01", "2026-03-31")


# finding 4: 按季 / 与对上一季比较 is a rate against the quarter before, as 环比
def test_quarter_on_quarter_rates_are_against_the_period_before():
    m = _found("2024年第三季本地生產總值按年實質增長1.8%，經季節性調整後按季下跌1.1%。",
               date(2024, 11, 16))
    assert m["1.8%"].basis is None and m["1.1%"].basis == "month_on_month"
    m = _found("經季節性調整後與對上一季比較，第四季本地生產總值實質上升0.8%。", date(2025, 2, 26))
    assert m["0.8%"].basis == "month_on_month"
    m = _found("與上月比較，零售業總銷貨價值上升2.1%。", date(2025, 2, 26))
    assert m["2.1%"].basis == "month_on_month"
    m = _found("第四季本地生產總值按年實質上升2.4%。", date(2025, 2, 26))
    assert m["2.4%"].basis is None


# finding 3: the economy's real growth is the growth of GDP
def test_real_economic_growth_is_keyed_as_gdp_growth():
    from pipelines.domain.metrics.canonical import canonical_indicator

    gdp = canonical_indicator("地区生产总值", "%")
    assert canonical_indicator("经济", "%") == gdp  # as a mainland 经济增长5.5% target
    for name in ("实质经济", "实际经济", "经济实质"):
        assert canonical_indicator(name, "%") == gdp, name
    m = _found("二〇二三年，香港經濟恢復增長，全年實質增長3.2%。", date(2024, 2, 28))
    assert m["3.2%"].indicator == "经济" and m["3.2%"].kind == "growth_rate"
    m = _found("澳門2024年本地生產總值為4,037.6億澳門元，經濟實質增長8.8%。", date(2025, 2, 28))
    assert canonical_indicator(m["8.8%"].indicator, "%") == gdp
    m = _found("二〇二四年，私人消費開支回升，全年實質增長7.3%。", date(2025, 2, 26))
    assert m["7.3%"].indicator != "经济"  # another thing grew


# finding 7: a revised forecast: the new level is the goal, named by what 将 takes
def test_a_revised_forecast_is_one_goal_named_by_the_indicator():
    m = _found("政府同日將全年經濟增長預測由2.5%至3.5%收窄至2.5%。", date(2024, 11, 16))
    old, new = m["2.5%至3.5%"], m["2.5%"]
    assert new.kind == "target" and new.indicator == "经济"
    assert str(new.period_start) == "2024-01-01"
    assert old.kind != "target" and old.period_start is None
    m = _found("市政府将全年投资增长目标由8%上调至9%。", date(2024, 7, 16))
    assert m["9%"].kind == "target" and m["8%"].kind != "target"
    assert "政府" not in m["9%"].indicator


# finding 8: a leading 剔除…后的 clause is a condition of the figure, not part of its name
def test_what_is_left_out_is_no_part_of_the_name():
    m = _found("二〇二四年綜合消費物價指數按年上升1.7%，"
               "剔除政府一次性紓困措施後的基本綜合消費物價指數上升1.1%。", date(2025, 2, 26))
    assert m["1.1%"].indicator == "基本综合消费物价指数"
    m = _found("2024年扣除价格因素后的全市居民人均可支配收入实际增长5.1%。", date(2025, 2, 26))
    assert m["5.1%"].indicator.startswith("居民人均可支配收入")


# finding 9: 升幅 / 跌幅 (Hong Kong's and Macau's rise and fall) are rates of change
def test_a_rise_written_sheng_fu_is_a_growth_rate():
    from pipelines.domain.metrics.canonical import canonical_indicator

    m = _found("全年綜合消費物價指數平均升幅為0.74%。", date(2025, 2, 28))
    assert m["0.74%"].kind == "growth_rate"
    # (round 74: the span's mean rate is named by what changes, 平均升幅 dropped with its
    # frame words, as h225's 同期的按年平均升幅 and h125's 累計…平均，CPI年增 are labelled)
    assert canonical_indicator(m["0.74%"].indicator, "%") == canonical_indicator(
        "综合消费物价指数", "%")
    m = _found("十二月份整體住宅售價指數跌幅為1.2%。", date(2025, 1, 20))
    assert m["1.2%"].kind == "growth_rate"


def test_the_earlier_rate_a_rate_is_compared_with_is_that_periods_growth():
    m = _found("第三季本地生產總值按年實質增長1.8%，較第二季的3.2%明顯放緩。", date(2024, 11, 16))
    then = m["3.2%"]
    assert then.kind == "growth_rate" and then.indicator == m["1.8%"].indicator
    assert (str(then.period_start), str(then.period_end)) == ("2024-04-01", "2024-06-30")
    m = _found("全市规模以上工业增加值增长6.2%，占地区生产总值的比重为35.1%。", date(2024, 7, 16))
    assert m["35.1%"].kind == "share"


# a county's budget: 编列 (budgeted) links a budget line to its amount, a goal; 本县 is the home
def test_a_budgeted_amount_is_a_goal_named_by_its_line():
    m = _found("新竹縣政府\n\n本縣113年度總預算歲入編列新臺幣436億元，歲出編列新臺幣468億元。",
               date(2024, 4, 2))
    assert m["436億元"].indicator == "总预算岁入" and m["468億元"].indicator == "岁出"
    assert m["436億元"].kind == "target" and m["436億元"].unit == "新台币"


# a heading line before a numbered paragraph (a Word document's paragraphs, one a line)
def test_a_numbered_paragraph_after_a_heading_line_is_not_joined_to_it():
    m = _found("二〇二五年經濟展望\n4. 我預測二〇二五年全年實質經濟增長為2%至3%。")
    assert m["2%至3%"].indicator == "实质经济"
    m = _found("4. 我預測二〇二四年全年實質經濟增長為2.5%至3.5%。", date(2024, 2, 28))
    assert m["2.5%至3.5%"].indicator == "实质经济"
    m = _found("全市地区生产总值增长\n5.3%，新建充电桩6\n万个。", date(2024, 7, 10))
    assert m["5.3%"].indicator == "地区生产总值"


# a news report's rates: the figures released name the nameless rate after them, and a rate
# against the quarter before (按季) after a rate of the same sentence is the same thing's
def test_a_released_figures_rates_are_named_by_what_was_released():
    m = _found("政府統計處昨日公布第三季本地生產總值修訂數字，按年實質增長1.8%，"
               "經季節性調整後按季下跌1.1%。", date(2024, 11, 16))
    assert m["1.8%"].indicator == "本地生产总值"
    assert m["1.1%"].indicator == "本地生产总值" and m["1.1%"].basis == "month_on_month"
