"""Text tables of blind rounds 31 and 32's genres: a monetary authority's monthly release whose
table is printed as text with one column per unit (项目  亿元  亿美元: the same items in two
currencies), its rows numbered and closed by a total. Short pages written for the layout, not
the rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.cleaning.document import clean_document
from tests.domain.metrics.support import row_metrics
from tests.support.damage import two_columns

RESERVES = """某国外汇管理局

2025年9月末储备资产数据

发布时间：2025-10-07　　来源：某国外汇管理局　　字号：大 中 小

　　统计数据显示，截至2025年9月末，储备资产规模为3210亿美元，较8月末上升12亿美元。

储备资产（2025年9月末）

项目　　　　　　　　　　亿元　　　　　　亿美元
1.外币资产　　　　　　　22830.50　　　　3210.00
2.基金组织储备头寸　　　720.37　　　　　102.37
3.特别提款权　　　　　　3750.84　　　　529.84
4.货币黄金　　　　　　　1350.20　　　　189.80
5.其他储备资产　　　　　4.71　　　　　　0.67
储备资产合计　　　　　　28656.12　　　　4032.68

　　注：本表数据为初步数。
"""


def test_columns_headed_by_their_units_give_each_cell_its_column_s_unit() -> None:
    """项目  亿元  亿美元: a column head that is a unit alone is its cells' unit (not a measure
    naming them, 亿元1.外币资产), each cell named by its row's item without the row's serial
    number; a total row (储备资产合计) by what it totals."""
    cells = row_metrics(RESERVES, "1.外币资产　　　　　　　22830.50　　　　3210.00",
                        date(2025, 10, 7))
    assert [(m.indicator, m.unit, m.value_normalized) for m in cells] == [
        ("外币资产", "元", 22830.50e8), ("外币资产", "美元", 3210.00e8)]
    total = row_metrics(RESERVES, "储备资产合计　　　　　　28656.12　　　　4032.68",
                        date(2025, 10, 7))
    assert [m.indicator for m in total] == ["储备资产", "储备资产"]


def test_cells_of_a_table_titled_by_a_month_s_end_are_stocks_at_that_day() -> None:
    """储备资产（2025年9月末）: the title dates the cells at the month's end, and an amount
    standing at a month's end is a balance (count_total), as the same figure in a sentence
    (截至2025年9月末，储备资产规模为…) is."""
    cells = row_metrics(RESERVES, "4.货币黄金　　　　　　　1350.20　　　　189.80",
                        date(2025, 10, 7))
    assert [(m.kind, m.period_start, m.period_end) for m in cells] == [
        ("count_total", date(2025, 9, 30), date(2025, 9, 30))] * 2


def test_a_table_s_names_beside_its_cells_are_no_column_of_body_text() -> None:
    """1.外币资产  22830.50  3210.00: the names left of a table's cells hold no sentence mark, so
    cleaning reads the rows as rows (was, with the page's header fields parted by gaps above: a
    page in two columns, the names then the figures, each row a heading)."""
    cleaned = clean_document(RESERVES)
    assert cleaned.layout_warning is None
    assert "1.外币资产 22830.50 3210.00" in [b.text for b in cleaned.blocks]


RELEASE = RESERVES.replace("较8月末上升12亿美元。", """较8月末上升12亿美元，升幅为0.38%。

　　2025年9月，受主要经济体货币政策及宏观经济数据等因素影响，美元指数下跌0.9%，全球金融资产价格\
总体上涨。汇率折算和资产价格变化等因素综合作用，当月储备资产规模上升。

　　从月内走势看，9月非美元货币总体对美元升值，欧元兑美元上涨0.8%，日元兑美元上涨1.2%；全球主要\
债券指数上涨0.5%，主要股票指数上涨3.1%。9月末，储备资产规模连续第3个月保持在3.2万亿美元以上。

　　同日公布的数据显示，9月末货币黄金为5120万盎司，较8月末增加2万盎司，为连续第8个月增持。按9月末\
国际金价计算，货币黄金价值为189.80亿美元，较8月末增加10.35亿美元，占储备资产的4.71%。

　　数据显示，2025年前9个月，储备资产月均规模为3187亿美元，较2024年同期增加51亿美元。截至9月末，\
储备资产规模已连续20个月稳定在3.1万亿美元以上。""")


def _figures(text: str) -> list[tuple[float, str | None, str | None]]:
    metrics = analyse_document(text, published_on=date(2025, 10, 7)).metrics
    return sorted(((m.value, m.unit, m.indicator) for m in metrics), key=str)


def test_a_two_column_page_s_edge_is_set_by_its_text_not_by_a_table_or_header_below() -> None:
    """The release set in two columns (pdftotext -layout), its table across the page below and
    its header fields (发布时间：…  来源：…) above: the rows of two figures and the row of
    labelled fields are no columns' rows, so their gaps (where no column's edge stands) do not
    set the edge; the columns are read and every figure found as on the plain page (three
    layouts the generator draws; was 24 of 30 on each)."""
    plain = _figures(RELEASE)
    for seed in (0, 4, 5):
        assert _figures(two_columns(RELEASE, seed)) == plain


def test_a_month_s_end_read_as_not_after_a_comparison_s_base_or_a_price_s_day() -> None:
    """末 read as 未 (an OCR confusion) after the month or year a change is measured against
    (较2024年未累计增加) or whose price values a holding (按9月未国际金价计算): 未 negates no verb
    there, so the period is the month's or the year's end, as on the clean page."""
    text = ("　　按9月未国际金价计算，货币黄金价值为189.80亿美元。"
            "货币黄金较2024年未累计增加129万盎司。\n")
    plain = text.replace("未", "末")
    read = [(m.value, m.period_text) for m in _metrics(text)]
    assert read == [(m.value, m.period_text) for m in _metrics(plain)]
    assert read[0][1] == "9月末"


def _metrics(text: str) -> list:
    return analyse_document(text, published_on=date(2025, 10, 7)).metrics


POPULATION = """內政部戶政司全球資訊網

114年10月人口統計資料

　　原住民人口方面，10月底原住民人口為60萬4,318人，占總人口2.59%，較上月增加366人。

　　累計114年1至10月，出生數為95,642
{footer}
內政部戶政司全球資訊網
人，較113年同期減少11,208人，負成長10.49%。
"""


def test_a_page_break_between_a_figure_and_its_unit_is_read_through() -> None:
    """A printed page breaking after a figure (出生數為95,642), its footer (a page number alone,
    or - 1 -) and the next page's running header (the page's first line, in Traditional) before
    the unit (人，較…): the footer is furniture, the sentence goes on, the figure keeps its unit
    and the figures after it their name (was: the piece a heading, 1 a section's number)."""
    plain = POPULATION.replace("95,642\n{footer}\n內政部戶政司全球資訊網\n", "95,642")
    for footer in ("1", "- 1 -"):
        read = _metrics(POPULATION.replace("{footer}", footer))
        assert [(m.value, m.unit, m.indicator) for m in read] == [
            (m.value, m.unit, m.indicator) for m in _metrics(plain)]


def test_a_letter_spaced_head_of_unit_columns_is_still_found() -> None:
    """项 目  亿 元  亿 美 元: a print (or an OCR) spacing out the head's characters; the head is
    still looked for (the page writes no 项目) and read, each cell in its column's unit."""
    spaced = RESERVES.replace("项目　", "项 目").replace("亿元　", "亿 元").replace(
        "亿美元\n", "亿 美 元\n")
    cells = row_metrics(spaced, "1.外币资产　　　　　　　22830.50　　　　3210.00",
                        date(2025, 10, 7))
    assert [(m.indicator, m.unit) for m in cells] == [("外币资产", "元"), ("外币资产", "美元")]


def test_a_table_s_head_printed_again_without_a_title_takes_the_first_one_s() -> None:
    """The table printed again further down (a page pasted twice, a table continued with its
    head repeated), no title over the second head: its cells are the first table's, dated by
    that table's title (储备资产（2025年9月末）), not by the month the text reports on."""
    table = RESERVES[RESERVES.index("项目") : RESERVES.index("\n\n　　注")]
    again = RESERVES + "\n　　下一次数据将于2025年11月7日公布。\n\n" + table + "\n"
    cells = [m for m in _metrics(again) if m.quote == "1350.20"]
    assert [(m.period_start, m.period_end, m.kind) for m in cells] == [
        (date(2025, 9, 30), date(2025, 9, 30), "count_total")] * 2
