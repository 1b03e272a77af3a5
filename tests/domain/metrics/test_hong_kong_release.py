"""A Hong Kong government statistics release as printed (Traditional script, years in Chinese
numerals typed with a white circle ○, a dateline with its weekday in brackets, 較一年前): its
date is the dateline's, its figures are of the months the release names, not of the dateline's
weekday, and their names stop before the base of the comparison."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import metrics

RELEASE = """政府統計處公布2025年10月零售業銷貨額臨時估計

二○二五年十二月二日（星期二）

政府統計處今日（十二月二日）發表的零售業銷貨額臨時估計數字顯示，二○二五年十月的零售業總銷貨價值臨時估計為312億元，較二○二四年同月上升6.9%。二○二五年首十個月合計的零售業總銷貨價值臨時估計較二○二四年同期下跌1.2%。
撇除價格變動後，二○二五年十月的零售業總銷貨數量較一年前上升5.7%。
按零售商類別分析，珠寶首飾、鐘錶及名貴禮物的銷貨價值上升12.4%，其次為醫藥及化妝品（上升10.2%）。另一方面，汽車及汽車零件的銷貨價值下跌15.3%。
查詢電話：3903 7400
"""
OCTOBER = (date(2025, 10, 1), date(2025, 10, 31))


def test_the_release_is_dated_by_its_dateline():
    found = analyse_document(RELEASE)
    assert (found.doc_date, found.date_source) == (date(2025, 12, 2), "text")  # (not inferred)


def test_its_figures_are_of_the_months_it_names():
    found = {m.quote: m for m in analyse_document(RELEASE).metrics}
    assert (found["312億元"].period_text, found["312億元"].indicator) == (
        "二〇二五年十月", "零售业总销货价值")
    assert (found["1.2%"].period_start, found["1.2%"].period_end) == (
        date(2025, 1, 1), date(2025, 10, 31))
    assert found["1.2%"].indicator == "零售业总销货价值"  # (合计的 dropped)
    assert found["5.7%"].indicator == "零售业总销货数量"  # (较一年前: the base, no name)
    for quote in ("12.4%", "10.2%", "15.3%"):  # (not the dateline's 星期二)
        assert (found[quote].period_start, found[quote].period_end) == OCTOBER


def test_an_amount_in_renminbi_stays_in_yuan_behind_its_bound():
    # a Hong Kong text's 元 are Hong Kong dollars, unless the amount names 人民幣 (inside the
    # quote when a bound opens it: 約人民幣, 超過人民幣)
    found = {m.quote: m.unit for m in metrics(
        ["全年合約銷售金額約人民幣123.4億元，超過人民幣5億元用於內地項目，另撥款約12億元。"],
        date(2025, 11, 10), home="香港")}
    assert found == {"約人民幣123.4億元": "元", "超過人民幣5億元": "元", "約12億元": "港元"}
