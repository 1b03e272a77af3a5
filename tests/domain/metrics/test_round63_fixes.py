"""Round 63's fixes (h191-h193: a province's bulletin on an earthquake's toll, the civil affairs
ministry's quarterly statistics, a Taiwan listed company's monthly revenue announcement), each
class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number

REVENUE = (
    "公告本公司114年10月份營業收入\n\n"
    "說明：\n"
    "（1）本公司114年10月份營業收入為新台幣12.45億元，較去年同期增加8.12%。\n"
    "（2）截至10月底，本公司員工人數為1,032人。\n"
    "（3）本公司拥有人应占溢利为3.2亿元。\n"
)


def test_a_company_naming_itself_opens_no_name():
    found = document_by_number(REVENUE, date(2025, 11, 8))
    assert found["12.45億元"].indicator == "营业收入"
    assert found["8.12%"].indicator == "营业收入"
    assert found["1,032人"].indicator == "员工人数"
    # what a statement attributes to the company's owners keeps them
    assert found["3.2亿元"].indicator == "本公司拥有人应占溢利"
