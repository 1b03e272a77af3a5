"""Round 63's fixes (h191-h193: a province's bulletin on an earthquake's toll, the civil affairs
ministry's quarterly statistics, a Taiwan listed company's monthly revenue announcement), each
class tested on text of its own through the whole extractor."""

from datetime import date

from pipelines.domain.periods import resolve_period
from tests.domain.metrics.support import document_by_number, period_dates

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


TABLE = (
    "2025年3季度社会服务统计数据\n\n"
    "主要指标\n"
    "指标名称\t单位\t3季度\t1-3季度累计\n"
    "收养登记\t件\t1260\t3815\n"
)


def test_a_run_of_quarters_is_a_span_from_the_first_to_the_last():
    found = document_by_number(TABLE, date(2025, 10, 28))
    assert period_dates(found["1260"]) == (date(2025, 7, 1), date(2025, 9, 30))
    assert period_dates(found["3815"]) == (date(2025, 1, 1), date(2025, 9, 30))
    assert found["3815"].kind == "count_total"
    assert resolve_period("一至三季度", date(2025, 10, 28)).start == date(2025, 1, 1)
    assert resolve_period("2-3季度", date(2025, 10, 28)).start == date(2025, 4, 1)
