"""Round 81's fixes (h245-h247: a provincial trade-union federation's year-end work summary, a
city's 12345 hotline yearly data page, an OCR'd city veterans' affairs bulletin), each class
tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_date_in_brackets_under_a_title_is_no_heading_over_the_body():
    text = ("某市妇女联合会2025年工作总结\n\n（2025年12月26日）\n\n一、阵地建设\n\n"
            "新建妇女儿童之家46个，总数达到1320个。\n")
    found = document_by_number(text, date(2025, 12, 26))
    assert (found["46个"].period_start, found["46个"].period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))
