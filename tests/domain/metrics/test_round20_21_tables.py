"""Tables of rounds 20 and 21 printed as text. A ranking of firms (h66, a procurement award's
bidders: 排名　投标人　投标报价（元）　综合得分, cells parted by one ideographic space): each
cell is named by its firm and its column, a score column's cells are in points, and the rank is
of what the title ranks by (…得分排名…). An indicator table whose first row is a whole
(全社会用电量) over rows naming its parts by sector alone (第一产业: h64): each part takes the
whole's measure; a running total's column (1-10月累计) holds running totals."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import row_metrics as _cells

_BIDS = ("某市体育中心改造工程成交结果公告\n\n一、评审情况\n"
         "评审委员会由5人组成。评审得分排名前三的供应商如下：\n"
         "排名　供应商　报价（元）　综合得分\n"
         "1　甲建设有限公司　2386400.00　88.60\n"
         "2　乙工程有限公司　2401500.00　86.15\n"
         "3　丙装饰有限公司　2455000.00　84.02\n"
         "各供应商均为中小企业。\n")


def test_a_ranking_of_firms_names_each_cell_by_firm_and_column():
    row = "2　乙工程有限公司　2401500.00　86.15"
    found = [(m.quote, m.indicator, m.unit, m.kind) for m in _cells(_BIDS, row, date(2025, 9, 1))]
    assert found == [("2", "乙工程有限公司综合得分", "位", "rank"),
                     ("2401500.00", "乙工程有限公司报价", "元", "actual"),
                     ("86.15", "乙工程有限公司综合得分", "分", "actual")]


def test_the_last_row_is_not_joined_to_the_sentence_after_it():
    texts = [s.text for s in analyse_document(_BIDS, published_on=date(2025, 9, 1)
                                              ).cleaned.sentences]
    assert "各供应商均为中小企业。" in texts


_POWER = ("附表：2025年9月份全社会用电量\n\n"
          "指标名称\t单位\t9月\t同比增长（%）\t1-9月累计\t同比增长（%）\n"
          "全社会用电量\t亿千瓦时\t8886\t4.5\t77675\t4.6\n"
          "第一产业\t亿千瓦时\t140\t7.3\t1099\t10.2\n"
          "城乡居民生活用电\t亿千瓦时\t1242\t8.5\t12168\t6.8\n")


def test_a_part_named_by_sector_alone_takes_the_whole_measure():
    found = [(m.quote, m.indicator, m.kind, m.period_start, m.period_end)
             for m in _cells(_POWER, "第一产业\t亿千瓦时\t140\t7.3\t1099\t10.2",
                             date(2025, 10, 20))]
    assert found == [
        ("140", "第一产业用电量", "actual", date(2025, 9, 1), date(2025, 9, 30)),
        ("7.3", "第一产业用电量", "growth_rate", date(2025, 9, 1), date(2025, 9, 30)),
        ("1099", "第一产业用电量", "count_total", date(2025, 1, 1), date(2025, 9, 30)),
        ("10.2", "第一产业用电量", "growth_rate", date(2025, 1, 1), date(2025, 9, 30)),
    ]
    other = _cells(_POWER, "城乡居民生活用电\t亿千瓦时\t1242\t8.5\t12168\t6.8",
                   date(2025, 10, 20))
    assert {m.indicator for m in other} == {"城乡居民生活用电"}  # a name of its own


def test_a_figure_the_column_cut_is_read_whole():
    raw = _BIDS.replace("2386400.00　88.60\n", "2386400.00　88\n.60\n")
    row = "1　甲建设有限公司　2386400.00　88\n.60"
    found = [(m.value, m.indicator, m.unit) for m in _cells(raw, row, date(2025, 9, 1))]
    assert found == [(1.0, "甲建设有限公司综合得分", "位"),
                     (2386400.0, "甲建设有限公司报价", "元"),
                     (88.6, "甲建设有限公司综合得分", "分")]
    later = _cells(raw, "2　乙工程有限公司　2401500.00　86.15", date(2025, 9, 1))
    assert [m.value for m in later] == [2.0, 2401500.0, 86.15]  # the rows after it still read


_BY_SCHOOL = ("2025届毕业生就业质量年度报告\n\n各学院毕业去向落实情况\n"
              "学院　毕业生人数（人）　落实率（%）　升学率（%）\n"
              "土木工程学院　1236　95.4　36.8\n"
              "电气工程学院　1105　96.8　31.2\n")


def test_a_rate_column_names_its_cells_by_the_rate():
    """落实率（%）: the column's cells are each row's rate, not a share (no 占比 added)."""
    cells = _cells(_BY_SCHOOL, "土木工程学院　1236　95.4　36.8", date(2025, 12, 26))
    assert [m.indicator for m in cells[1:]] == ["土木工程学院落实率", "土木工程学院升学率"]
