"""Footnote marks a PDF's text layer runs into the text (tests/support/DAMAGE.md, kind n):
superscript digits, circled and bracketed numbers after a term or a figure are deleted (raw
offsets kept); exponents and list markers stay."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document


def sentences(raw: str) -> list[str]:
    return [s.text for s in clean_document(raw).sentences]


def test_marks_after_a_figure_or_a_term_are_deleted():
    raw = ("全年全市地区生产总值12673.8亿元²，比上年增长5.8%¹。城镇调查失业率³为5.1%。"
           "规模以上工业增加值增长6.9%②；社会消费品零售总额5241.6亿元[12]。\n")
    assert sentences(raw) == ["全年全市地区生产总值12673.8亿元，比上年增长5.8%。",
                              "城镇调查失业率为5.1%。",
                              "规模以上工业增加值增长6.9%；", "社会消费品零售总额5241.6亿元。"]
    doc = clean_document(raw)
    s = doc.sentences[0]
    start, end = s.raw_span(s.text.index("5.8%"), s.text.index("5.8%") + 4)
    assert raw[start:end] == "5.8%"


def test_exponents_and_list_markers_stay():
    raw = "建成区面积达到50km²，人口密度为10⁴人。主要措施：①加强规划；②推进建设。\n[1]引言部分。\n"
    got = "".join(sentences(raw))
    assert "50km²" in got and "10⁴人" in got
    assert "①加强规划" in got and "②推进建设" in got and "[1]引言" in got


def test_each_kind_of_mark_alone():  # (each is found in the pass that maps characters)
    for mark in ("¹", "⁴", "②", "⑫", "[3]"):
        raw = f"全年粮食产量1100万吨{mark}，比上年增长2.1%。\n"
        assert sentences(raw) == ["全年粮食产量1100万吨，比上年增长2.1%。"], mark


def test_circled_marks_between_a_term_and_its_verb():
    """A circled number between two Han characters (同比①增长, 地区生产总值③达到) is a footnote
    mark in a text that numbers no list with circled numbers, two in one sentence included;
    the notes under the text (注：①…。②…) are no list. Where circled numbers number a list's
    items in one sentence (包括①…、②…), those between words stay."""
    raw = ("全市地区生产总值①达到5482.1亿元，同比②增长5.2%。城镇调查失业率③为5.1%。\n"
           "注：①地区生产总值按可比价格计算。②增速为名义增速。\n")
    got = sentences(raw)
    assert got[:3] == ["全市地区生产总值达到5482.1亿元，同比增长5.2%。", "城镇调查失业率为5.1%。",
                       "注：①地区生产总值按可比价格计算。"]
    doc = clean_document(raw)
    s = doc.sentences[0]
    start, end = s.raw_span(s.text.index("5482.1"), s.text.index("5482.1") + 6)
    assert raw[start:end] == "5482.1"
    listed = "今年主要任务包括①加快产业升级、②扩大有效投资、③稳定就业，全市投资增长5%。\n"
    assert "".join(sentences(listed)).count("①加快产业升级") == 1


def test_inline_digit_marks_after_a_percent_that_notes_below_number():
    """A superscript the text layer set inline (增长5.8%1，) is a footnote mark where the
    text's notes carry that number (注：1.…；2.…, 注3：…, a foot line ``4 数据…``): deleted
    (raw offsets kept). A digit after a percent that no note numbers stays, as does every
    digit of a figure."""
    raw = ("全年全市地区生产总值12673.8亿元，比上年增长5.8%1，城镇调查失业率为5.1%2。"
           "规模以上工业增加值增长6.9%3；研发经费投入强度3.2%5，增长0.3%12。\n"
           "注：1.地区生产总值增速按可比价计算；2.城镇调查失业率为年度平均数。\n"
           "注3：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。\n")
    got = sentences(raw)
    assert got[:4] == ["全年全市地区生产总值12673.8亿元，比上年增长5.8%，城镇调查失业率为5.1%。",
                       "规模以上工业增加值增长6.9%；", "研发经费投入强度3.2%5，增长0.3%12。",
                       "注：1.地区生产总值增速按可比价计算；"], got
    s = clean_document(raw).sentences[0]
    start, end = s.raw_span(s.text.index("5.1%"), s.text.index("5.1%") + 4)
    assert raw[start:end] == "5.1%"


def test_inline_digits_after_a_percent_stay_without_notes():
    raw = "比上年增长5.8%1，城镇调查失业率为5.1%2。\n"
    assert sentences(raw) == ["比上年增长5.8%1，城镇调查失业率为5.1%2。"]
