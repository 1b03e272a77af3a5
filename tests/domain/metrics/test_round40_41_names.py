"""Names of blind rounds 40 and 41's classes of phrasing (tests/gold/heldout h122-h127; the
held-out README lists the misses): a class per test, on short sentences written for it in the
genre's manner (a price release in Traditional script, a hearing notice, an inspection report)."""

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts, home=None)).items()}


def release(raw: str) -> dict[str, str | None]:
    """A whole release's names by number (Traditional script is cleaned to Simplified)."""
    return {q: m.indicator for q, m in document_by_number(raw, date(2025, 6, 6)).items()}


def test_a_rate_against_the_period_before_is_named_by_what_changed():
    found = release("5月WPI為101.52，月增率為-0.36%，年增率為-1.84%。"
                    "5月底貨幣總計數M1B年增率為3.16%。\n")
    assert found["-0.36%"] == "WPI"
    assert found["-1.84%"] == "WPI"
    assert found["3.16%"] == "货币总计数M1B"


def test_a_seasonal_adjustment_says_how_a_rate_is_measured():
    found = release("5月CPI為108.21，較上月漲0.22%，經調整季節變動因素後漲0.05%。"
                    "第1季經季節調整後之實質GDP較上季增加0.86%。\n")
    assert found["0.05%"] == "CPI"
    assert found["0.86%"] == "实质GDP"


def test_the_item_that_moved_most_of_a_group_and_its_causes():
    found = release("七大類中以醫藥保健類漲2.12%最多，主因掛號費漲4.1%，"
                    "蔬菜因豪雨過後供給減少仍漲7.3%，惟肉類因進口增加跌1.9%。\n")
    assert found["2.12%"] == "医药保健类"
    assert found["4.1%"] == "挂号费"
    assert found["7.3%"] == "蔬菜"
    assert found["1.9%"] == "肉类"


def test_the_currency_a_price_is_reckoned_in_is_no_part_of_its_name():
    found = release("進口物價以新臺幣計價年減3.25%，以美元計價則年增1.12%。\n")
    assert found["3.25%"] == "进口物价"
    assert found["1.12%"] == "进口物价"


def test_a_definition_by_exclusion_and_an_excluding_note_name_nothing():
    found = release("不含蔬果及能源之核心CPI年增1.58%。同月美國CPI年增2.7%，"
                    "日本（不含生鮮食品）年增3.4%。\n")
    assert found["1.58%"] == "核心CPI"
    assert found["3.4%"] == "CPI"


def test_a_release_forecasting_in_its_own_name():
    found = release("本處預測全年CPI年增率為1.92%，明年為1.71%。\n")
    assert found["1.92%"] == "CPI"
    assert found["1.71%"] == "CPI"


def test_a_section_topic_before_a_colon_names_no_figure():
    found = release("五、國際比較：同月美國CPI年增2.7%，南韓年增1.9%。\n"
                    "（三）旁聽及新聞媒體：設旁聽席12個。\n")
    assert found["2.7%"] == "CPI"
    assert found["1.9%"] == "CPI"
    assert found["12個"] == "设旁听席"


def test_every_level_before_a_counted_noun_is_kept():
    found = names(["全市各级食品安全委员会成员单位达到326个。",
                   "全市各级慈善组织接收社会捐赠款物3.2亿元。"])
    assert found["达到326个"] == "各级食品安全委员会成员单位"
    assert found["3.2亿元"] == "慈善组织接收社会捐赠款物"  # (a doer and its deed: 各级 goes)
