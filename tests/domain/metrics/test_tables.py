"""Tables printed as text (a statistics release's appendix): read from the raw lines."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.tables import text_tables

TABLE = """2025年1-6月某市主要经济指标

指标名称                      单位        1-6月        同比增长（%）
地区生产总值                  亿元        3875.6          5.9
  其中：税收收入              亿元         247.9         -1.8
规模以上工业增加值              —             —            7.6
居民人均可支配收入             元          23156          5.3
6月末金融机构各项存款余额      亿元       12684.5          9.3

注：增长速度按不变价格计算。
"""


def test_cells_of_a_text_table():
    (table,) = text_tables(TABLE)
    cells = {(c.name, c.quote): c for c in table.cells}
    assert len(cells) == 9
    gdp = cells[("地区生产总值", "3875.6")]
    assert (gdp.unit_raw, gdp.unit, gdp.multiplier, gdp.growth) == ("亿元", "元", 1e8, False)
    tax = cells[("税收收入", "-1.8")]  # 其中： is dropped; the growth column gives %
    assert (tax.value, tax.unit, tax.growth) == (-1.8, "%", True)
    assert ("规模以上工业增加值", "7.6") in cells  # the dashes are no cells
    assert TABLE[tax.raw_start : tax.raw_end] == "-1.8"


def test_table_metrics_periods_and_kinds():
    result = analyse_document(TABLE, published_on=date(2025, 7, 22))
    got = {(m.indicator, m.quote): m for m in result.metrics}
    gdp = got[("地区生产总值", "3875.6")]
    assert (gdp.kind, gdp.value_normalized) == ("actual", 3875.6e8)
    assert (gdp.period_start, gdp.period_end) == (date(2025, 1, 1), date(2025, 6, 30))
    growth = got[("地区生产总值", "5.9")]
    assert (growth.kind, growth.unit) == ("growth_rate", "%")
    deposits = got[("金融机构各项存款余额", "12684.5")]  # 6月末 is the row's period
    assert deposits.kind == "count_total"
    assert deposits.period_start == deposits.period_end == date(2025, 6, 30)
    assert len(result.metrics) == 9  # the note's numbers and the title's dates are no cells


def test_text_without_a_table():
    assert text_tables("地区生产总值  增长5.9%，单位地区生产总值能耗下降3%。") == ()
    assert text_tables("没有两个空格的文本：单位、增长（%）") == ()


def test_a_table_separated_by_tabs_with_its_unit_in_the_title():
    raw = ("2025年全市一般公共预算收支预算表（单位：亿元）\n\n"
           "项目\t2024年执行数\t2025年预算数\t增长%\n"
           "一般公共预算收入\t682.4\t702.9\t3.0\n"
           "税收收入\t528.7\t547.2\t-1.2\n")
    (table,) = text_tables(raw)
    cells = {(c.name, c.quote): c for c in table.cells}
    assert len(cells) == 6
    assert cells[("税收收入", "547.2")].unit == "元"
    assert cells[("税收收入", "547.2")].multiplier == 1e8
    growth = cells[("税收收入", "-1.2")]
    assert growth.growth and growth.value == -1.2 and growth.dated_column == "2025年预算数"


def test_a_cell_with_a_qualifier():
    raw = "指标\t单位\t2024年基期值\t2028年目标值\n粮食总产量\t万吨\t38.6\t39以上\n"
    (table,) = text_tables(raw)
    last = table.cells[-1]
    assert (last.quote, last.value, last.qualifier) == ("39以上", 39, "at_least")


def test_a_markdown_table():
    raw = ("苏州市2025年重点工作安排\n\n## 主要指标表\n\n"
           "| 指标 | 单位 | 2024年实际 | 2025年目标 |\n|---|---|---|---|\n"
           "| 地区生产总值增速 | % | 6.0 | 5.5 |\n| 新增高新技术企业 | 家 | 2100 | 2000 |\n")
    (table,) = text_tables(raw)
    cells = [(c.quote, c.name, c.unit, c.column) for c in table.cells]
    assert cells == [("6.0", "地区生产总值增速", "%", "2024年实际"),
                     ("5.5", "地区生产总值增速", "%", "2025年目标"),
                     ("2100", "新增高新技术企业", "家", "2024年实际"),
                     ("2000", "新增高新技术企业", "家", "2025年目标")]
    assert all(raw[c.raw_start:c.raw_end] == c.quote for c in table.cells)
    found = {(m.quote, m.kind, m.period_start.year)
             for m in analyse_document(raw, date(2025, 2, 1)).metrics}
    assert {("2100", "actual", 2024), ("2000", "target", 2025)} <= found


# a company report's table laid out with ideographic spaces only; a long row name leaves one
# space before its first number
_IDEOGRAPHIC = ("第三节\u3000主要会计数据\n\n单位：亿元\u3000币种：人民币\n"
                "项目\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年\u3000\u3000\u30002023年"
                "\u3000\u3000\u3000本年比上年增减（%）\n"
                "营业收入\u3000\u3000\u3000\u3000\u3000486.32\u3000\u3000\u3000378.15"
                "\u3000\u3000\u300028.60\n"
                "归属于上市公司股东的净利润\u300021.47\u3000\u3000\u300015.21\u3000\u3000\u300041.16\n"
                "总资产\u3000\u3000\u3000\u3000\u3000\u3000\u3000712.08\u3000\u3000\u3000603.44"
                "\u3000\u3000\u300018.00\n\n某某股份有限公司董事会\n")


def test_a_table_laid_out_with_ideographic_spaces_and_a_name_one_space_from_its_number():
    (table,) = text_tables(_IDEOGRAPHIC)
    cells = {(c.name, c.quote): c for c in table.cells}
    assert len(cells) == 9
    profit = cells[("归属于上市公司股东的净利润", "21.47")]
    assert (profit.unit_raw, profit.column) == ("亿元", "2024年")
    assert _IDEOGRAPHIC[profit.raw_start : profit.raw_end] == "21.47"
    assert cells[("总资产", "603.44")].column == "2023年"


def test_a_growth_column_is_the_change_of_the_latest_year_before_it():
    (table,) = text_tables(_IDEOGRAPHIC)
    growth = next(c for c in table.cells if c.quote == "18.00")
    assert growth.growth and growth.dated_column == "2024年"  # not the nearer 2023年
    got = {(m.indicator, m.quote): m
           for m in analyse_document(_IDEOGRAPHIC, published_on=date(2025, 3, 28)).metrics}
    assert got[("总资产", "712.08")].period_start == date(2024, 1, 1)
    assert got[("总资产", "712.08")].value_normalized == 712.08e8
    assert got[("总资产", "603.44")].period_start == date(2023, 1, 1)
    rate = got[("总资产", "18.00")]  # 本年比上年: this year is the 2024 column's
    assert (rate.kind, rate.unit, rate.period_start) == ("growth_rate", "%", date(2024, 1, 1))


# an HTML table as text: cells parted by spaces, a period column and a growth column with no
# unit or % in the head (the units are in the rows), a sentence of the text just above it
_PERIOD_AND_GROWTH = ("到2027年，核心产业营收力争突破6000亿元。\n\n"
                      "   指标      前三季度      同比增长   \n"
                      "   数字经济核心产业营收（亿元）    4126.5    12.7%   \n"
                      "   集成电路产业营收（亿元）    1180.3    15.2%   \n")


def test_a_head_of_a_period_and_a_growth_column_with_percent_cells():
    (table,) = text_tables(_PERIOD_AND_GROWTH)
    cells = [(c.name, c.quote, c.value, c.unit, c.growth) for c in table.cells]
    assert cells == [("数字经济核心产业营收", "4126.5", 4126.5, "元", False),
                     ("数字经济核心产业营收", "12.7%", 12.7, "%", True),
                     ("集成电路产业营收", "1180.3", 1180.3, "元", False),
                     ("集成电路产业营收", "15.2%", 15.2, "%", True)]
    assert not table.cells[0].title.strip()  # the sentence above is no title (its 2027 no year)
    got = {m.quote: m for m in analyse_document(_PERIOD_AND_GROWTH, date(2025, 10, 28)).metrics}
    assert (got["4126.5"].kind, got["4126.5"].period_end) == ("actual", date(2025, 9, 30))
    assert (got["12.7%"].kind, got["12.7%"].indicator) == ("growth_rate", "数字经济核心产业营收")


def test_a_growth_word_alone_without_a_period_column_is_no_head():
    raw = "地区  同比增长  备注\n某市  5.1  良好\n某县  4.8  一般\n"
    assert text_tables(raw) == ()


def test_a_table_whose_rows_start_with_a_digit_keeps_every_cell():
    # each row is a sentence of its own (cleaning); 6月末… starts with a digit after a row
    # ending with one, so extraction reads the two as one unit: its cells keep their sentences
    raw = ("2025年1-6月某市主要经济指标\n\n"
           "指标名称                      单位        1-6月        同比增长（%）\n"
           "居民人均可支配收入             元          23156          5.3\n"
           "6月末金融机构各项存款余额      亿元       12684.5          9.3\n"
           "6月末金融机构各项贷款余额      亿元       10357.2          7.9\n")
    result = analyse_document(raw, published_on=date(2025, 7, 22))
    sents = {s.sent_no: s for s in result.cleaned.sentences}
    got = {m.quote: m for m in result.metrics}
    assert set(got) == {"23156", "5.3", "12684.5", "9.3", "10357.2", "7.9"}
    for m in got.values():  # each in the sentence of its row
        assert sents[m.sent_no].raw_start <= m.char_start < sents[m.sent_no].raw_end


def test_tables_whatever_ends_their_lines_and_with_invisible_characters_in_cells():
    """A page saved on Windows (CRLF) or an old Mac (CR), or copied from a web page with a zero
    width space inside a figure, holds the same table: every cell is read, at its raw offset."""
    lf = ("2024年某市主要经济指标\n\n指标\t单位\t绝对值\t同比增长(%)\n"
          "地区生产总值\t亿元\t5482.1\t5.2\n社会消费品零售总额\t亿元\t2136.4\t4.6\n")
    want = {("地区生产总值", 5482.1), ("地区生产总值", 5.2), ("社会消费品零售总额", 2136.4),
            ("社会消费品零售总额", 4.6)}
    for raw in (lf, lf.replace("\n", "\r\n"), lf.replace("\n", "\r"),
                lf.replace("5482.1", "5\u200b482.1").replace("2136.4", "21\u00ad36.4")):
        metrics = analyse_document(raw, published_on=date(2025, 2, 1)).metrics
        assert {(m.indicator, m.value) for m in metrics} == want, repr(raw[-40:])
        for m in metrics:
            assert raw[m.char_start:m.char_end].replace("\u200b", "").replace("\u00ad", "") == (
                m.quote.replace("\u200b", "").replace("\u00ad", ""))
