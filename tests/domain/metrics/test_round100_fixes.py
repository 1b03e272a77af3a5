"""Round 100's fixes (h302-h304: a customs district's 前11个月 trade release, a county's budget
report, a Macau DSEC release on property sales and construction), each class tested on text of
its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_property_deals_and_buildings_begun_in_a_quarter_are_flows():
    text = ("2025年第2季商鋪單位買賣共214個，按季減少6.1%。"
            "第2季私人工程新動工樓宇共7幢，按年減少2幢。")
    found = document_by_number(text, date(2025, 8, 20))
    assert found["214個"].kind == "actual"
    assert found["7幢"].kind == "actual"


def test_a_year_before_its_base_is_no_period_of_the_cut():
    text = ("三、2026年财政重点工作\n"
            "严控一般性支出，会议费在上年基础上压减10%以上。")
    found = document_by_number(text, date(2026, 1, 12))
    cut = found["10%以上"]
    assert cut.period_text == "2026年" and cut.period_start == date(2026, 1, 1)
    assert cut.kind == "target"
    assert cut.indicator == "会议费"


def test_our_county_is_the_home():
    text = ("全县一般公共预算收入完成9.35亿元。"
            "2025年我县土地出让收入6.80亿元，下降12.4%。")
    found = document_by_number(text, date(2026, 1, 15))
    assert found["6.80亿元"].indicator == "土地出让收入"


def test_a_list_of_property_kinds_shares_its_deals_head():
    text = "2025年第2季，商鋪及車位買賣分別有88個及402個。"
    found = document_by_number(text, date(2025, 8, 20))
    assert found["88個"].indicator == "商铺买卖"
    assert found["402個"].indicator == "车位买卖"


def test_or_below_after_a_figure_bounds_the_class_named_after_it():
    text = "2025年第2季，成交價在500萬港元或以下的住宅單位有630個，佔成交總數的41.2%。"
    found = document_by_number(text, date(2025, 8, 20))
    bound = next(m for q, m in found.items() if q.startswith("500萬港元"))
    assert bound.quote == "500萬港元或以下" and bound.qualifier == "at_most"
    assert found["630個"].indicator.startswith("成交价") and (
        found["630個"].indicator.endswith("或以下的住宅单位"))
