"""Round 55's classes (h167's Hong Kong interim results as HKEXnews' PDF pastes them, h168's
fund quarterly report, h169's OCR'd county bulletin).

A filing's statement as its PDF pastes it (no 项目 head: a line of years under the span they
cover, a line of units with a 附註 column, one space between cells, costs in brackets) is read
as a table: each cell named by its row, dated by its column's span in its year, in the unit
line's 千元. A filing's days in Chinese numerals (於二零二五年六月三十日，…) date the sentence's
stocks as their Arabic twins do, and a comparative's day opening a bracket with a colon
(（二零二四年十二月三十一日：人民幣1,104.9百萬元）) dates the bracket's figure."""

from datetime import date

from tests.domain.metrics.support import metrics_after, period_dates

_INTERIM = (
    "截至二零二五年六月三十日止六個月\n中期業績公告\n\n"
    "簡明綜合損益表\n截至六月三十日止六個月\n二零二五年 二零二四年\n"
    "附註 人民幣千元 人民幣千元\n（未經審核） （未經審核）\n"
    "收益 4 2,846,315 2,531,872\n銷售成本 (2,103,407) (1,903,767)\n"
    "以下人士應佔：\n本公司擁有人 271,096 219,338\n每股盈利 10\n"
    "－基本（人民幣分） 25.36 20.52\n\n")


def test_a_pasted_statement_reads_each_cell_by_its_row_and_its_columns_half_year() -> None:
    rows = metrics_after(_INTERIM, "簡明綜合損益表", date(2025, 8, 26))
    assert [(m.quote, m.indicator, m.value_normalized, period_dates(m)) for m in rows[:6]] == [
        ("2,846,315", "收益", 2846315000.0, (date(2025, 1, 1), date(2025, 6, 30))),
        ("2,531,872", "收益", 2531872000.0, (date(2024, 1, 1), date(2024, 6, 30))),
        # (a cost in brackets: the cost, read inside the bracket)
        ("2,103,407", "销售成本", 2103407000.0, (date(2025, 1, 1), date(2025, 6, 30))),
        ("1,903,767", "销售成本", 1903767000.0, (date(2024, 1, 1), date(2024, 6, 30))),
        # (以下人士應佔： a label: the rows go on, as past 每股盈利 10, a label with its note)
        ("271,096", "本公司拥有人", 271096000.0, (date(2025, 1, 1), date(2025, 6, 30))),
        ("219,338", "本公司拥有人", 219338000.0, (date(2024, 1, 1), date(2024, 6, 30))),
    ]
    # (每股盈利 then －基本: named as the filings name it, 每股基本盈利)
    assert [(m.quote, m.indicator) for m in rows[6:]] == [
        ("25.36", "每股基本盈利"), ("20.52", "每股基本盈利")]
    assert "4" not in {m.quote for m in rows}  # (the 附註 column: no figure)


def test_a_summary_with_a_change_column_reads_the_change_in_percent() -> None:
    raw = ("財務摘要\n截至六月三十日止六個月\n二零二五年 二零二四年 變動\n"
           "人民幣千元 人民幣千元 %\n收益 2,846,315 2,531,872 12.4\n"
           "毛利率 26.1% 24.8% 1.3個百分點\n\n")
    rows = metrics_after(raw, "財務摘要", date(2025, 8, 26))
    assert [(m.quote, m.indicator, m.unit, m.kind) for m in rows] == [
        ("2,846,315", "收益", "元", "actual"), ("2,531,872", "收益", "元", "actual"),
        ("12.4", "收益", "%", "growth_rate"),
        ("26.1%", "毛利率", "%", "share"), ("24.8%", "毛利率", "%", "share"),
        ("1.3個百分點", "毛利率", "百分点", "growth_rate"),
    ]


def test_a_year_column_with_no_span_above_is_the_whole_year() -> None:
    raw = ("綜合損益表\n二零二四年 二零二三年\n人民幣百萬元 人民幣百萬元\n"
           "收益 12,846 11,203\n\n")
    rows = metrics_after(raw, "綜合損益表", date(2025, 3, 20))
    assert [(m.quote, period_dates(m)) for m in rows] == [
        ("12,846", (date(2024, 1, 1), date(2024, 12, 31))),
        ("11,203", (date(2023, 1, 1), date(2023, 12, 31))),
    ]


def test_a_filings_day_in_chinese_numerals_and_its_bracketed_comparative() -> None:
    raw = ("於二零二五年六月三十日，本集團現金及現金等價物約為人民幣1,286.4百萬元（二零二四年十二月"
           "三十一日：人民幣1,104.9百萬元），資產負債比率為48.3%（二零二四年十二月三十一日：50.1%）。")
    rows = metrics_after(raw, "於", date(2025, 8, 26))
    assert [(m.value, period_dates(m)) for m in rows] == [
        (1286.4, (date(2025, 6, 30), date(2025, 6, 30))),
        (1104.9, (date(2024, 12, 31), date(2024, 12, 31))),
        (48.3, (date(2025, 6, 30), date(2025, 6, 30))),
        (50.1, (date(2024, 12, 31), date(2024, 12, 31))),
    ]


def test_a_day_in_brackets_after_a_figure_with_no_colon_stays_an_event() -> None:
    # (单日最高售票2071.4万张（1月24日）: the figure's own day, the rule before; a bracket
    # opening with a day and no colon is no comparative)
    raw = "春运期间，全国铁路累计发送旅客5.13亿人次（1月14日至2月22日）。"
    rows = metrics_after(raw, "春运", date(2025, 2, 25))
    assert [m.value for m in rows] == [5.13]


def test_hundredths_of_a_currency_are_in_the_currency() -> None:
    # (a filing's 人民幣分 in a row head, 港幣…仙 after a figure: ×0.01 of 元, 港元)
    rows = metrics_after(_INTERIM, "－基本", date(2025, 8, 26))
    assert [(m.quote, m.indicator, m.unit, m.value_normalized) for m in rows] == [
        ("25.36", "每股基本盈利", "元", 0.2536), ("20.52", "每股基本盈利", "元", 0.2052)]
    raw = "董事會已議決宣派中期股息每股普通股港幣6.0仙（二零二四年：港幣5.0仙）。"
    found = metrics_after(raw, "董事會", date(2025, 8, 26))
    assert [(m.quote, m.unit, m.value_normalized) for m in found] == [
        ("6.0仙", "港元", 0.06), ("5.0仙", "港元", 0.05)]


def test_xian_followed_by_a_word_is_no_sum() -> None:
    raw = "景区推出八仙过海主题演出，全年接待游客12.6万人次。"
    assert [m.quote for m in metrics_after(raw, "景区", date(2025, 8, 26))] == ["12.6万人次"]


_FUND = (
    "恒源新能源产业混合型证券投资基金\n2025年第3季度报告\n本报告期自2025年7月1日起至9月30日止。\n\n"
    "5.1 报告期末基金资产组合情况\n序号 项目 金额（元） 占基金总资产的比例（%）\n"
    "1 权益投资 1,002,846,317.52 89.63\n其中：股票 1,002,846,317.52 89.63\n"
    "2 其他资产 5,693,402.11 0.51\n3 银行存款和结算备付金合计 70,128,654.37 6.27\n"
    "5.3 报告期末按公允价值占基金资产净值比例大小排序的前十名股票投资明细\n"
    "序号 股票代码 股票名称 数量（股） 公允价值（元）\n占基金资产净\n值比例（%）\n"
    "1 688381 晶源科技 2,416,800 98,735,612.00 9.03\n")


def test_a_numbered_list_of_measures_at_the_period_end_reads_its_holdings() -> None:
    rows = metrics_after(_FUND, "5.1", date(2025, 10, 27))
    end = (date(2025, 9, 30), date(2025, 9, 30))
    assert [(m.quote, m.indicator, m.kind, period_dates(m)) for m in rows[:6]] == [
        # (金额（元）: a version of the figure only, the item names it)
        ("1,002,846,317.52", "权益投资", "count_total", end),
        ("89.63", "权益投资占基金总资产的比例", "share", end),
        # (其中：股票: a part with no serial number, named by its own words)
        ("1,002,846,317.52", "股票", "count_total", end),
        ("89.63", "股票占基金总资产的比例", "share", end),
        ("5,693,402.11", "其他资产", "count_total", end),
        ("0.51", "其他资产占基金总资产的比例", "share", end),
    ]
    # (合计 closing an item's name: the sum's frame word)
    assert [m.indicator for m in rows[6:8]] == [
        "银行存款和结算备付金", "银行存款和结算备付金占基金总资产的比例"]
    # (a code column before the names: no figure; the last head wrapped over two lines)
    assert [(m.quote, m.indicator, m.unit) for m in rows[8:]] == [
        ("2,416,800", "晶源科技数量", "股"), ("98,735,612.00", "晶源科技公允价值", "元"),
        ("9.03", "晶源科技占基金资产净值比例", "%")]


def test_a_decimal_point_cut_by_a_lines_end_keeps_its_number_whole() -> None:
    # (an OCR'd column: 增长12.⏎6% is one figure, the short line no paragraph's end)
    raw = ("全年规模以上工业增加值比上年增长8.3%。其中，高新\n技术产业增加值增长12.\n"
           "6%，占规模以上工业增加值的比重为41.5%。")
    rows = metrics_after(raw, "全年", date(2025, 3, 28))
    assert [(m.quote, m.value, m.indicator) for m in rows] == [
        ("8.3%", 8.3, "规模以上工业增加值"), ("12.\n6%", 12.6, "高新技术产业增加值"),
        ("41.5%", 41.5, "高新技术产业增加值占规模以上工业增加值的比重")]


def test_a_line_ending_in_a_sentences_point_still_ends_it() -> None:
    raw = "全年接待游客增长2.3%.\n6个景区完成提升改造。"
    rows = metrics_after(raw, "全年", date(2025, 3, 28))
    assert [m.quote for m in rows] == ["2.3%", "6个"]


_WINDOWS = (
    "恒源新能源产业混合型证券投资基金\n2025年第3季度报告\n\n"
    "3.2.1 本报告期基金份额净值增长率及其与同期业绩比较基准收益率的比较\n阶段\n份额净值增\n长率①\n"
    "份额净值增\n长率标准差\n②\n业绩比较基\n准收益率③\n业绩比较基\n准收益率标\n准差④\n①－③ ②－④\n"
    "过去三个月 20.15% 1.62% 14.83% 1.21% 5.32% 0.41%\n"
    "过去一年 31.62% 1.55% 22.48% 1.19% 9.14% 0.36%\n"
    "自基金合同\n生效起至今 27.71% 1.69% 9.82% 1.30% 17.89% 0.39%\n")


def test_a_funds_returns_over_trailing_windows_are_named_by_column_and_dated_by_row() -> None:
    rows = metrics_after(_WINDOWS, "阶段", date(2025, 10, 27))
    quarter = (date(2025, 7, 1), date(2025, 9, 30))
    year = (date(2024, 10, 1), date(2025, 9, 30))
    assert [(m.quote, m.indicator, m.kind, period_dates(m)) for m in rows[:4]] == [
        ("20.15%", "份额净值增长率", "growth_rate", quarter),
        ("1.62%", "份额净值增长率标准差", "share", quarter),
        ("14.83%", "业绩比较基准收益率", "growth_rate", quarter),
        ("1.21%", "业绩比较基准收益率标准差", "share", quarter),
    ]
    assert rows[4].indicator == "份额净值增长率－业绩比较基准收益率"  # (①－③)
    assert [(m.quote, period_dates(m)) for m in rows[6:8]] == [
        ("31.62%", year), ("1.55%", year)]
    # (since the contract took effect: the window's words, no dates)
    since = rows[12]
    assert (since.quote, since.period_text, period_dates(since)) == (
        "27.71%", "自基金合同生效起至今", (None, None))


def test_a_funds_main_figures_under_one_column_giving_its_span() -> None:
    raw = ("恒源新能源产业混合型证券投资基金\n2025年第3季度报告\n\n3.1 主要财务指标\n"
           "单位：人民币元\n主要财务指标\n报告期\n（2025年7月1日-2025年9月30日）\n"
           "1.本期已实现收益 38,415,226.73\n"
           "2.本期利润 212,604,387.15\n4.期末基金资产净值 1,093,518,664.08\n\n")
    rows = metrics_after(raw, "主要财务指标\n报告期", date(2025, 10, 27))
    quarter = (date(2025, 7, 1), date(2025, 9, 30))
    end = (date(2025, 9, 30), date(2025, 9, 30))
    assert [(m.quote, m.indicator, m.unit, m.kind, period_dates(m)) for m in rows] == [
        ("38,415,226.73", "本期已实现收益", "元", "actual", quarter),
        ("212,604,387.15", "本期利润", "元", "actual", quarter),
        # (期末 opening a row under a span: the span's last day)
        ("1,093,518,664.08", "期末基金资产净值", "元", "count_total", end),
    ]
    # the same page with Windows line ends (bench_page_forms' crlf form): the same rows
    crlf = raw.replace("\n", "\r\n")
    assert [(m.quote, m.indicator, period_dates(m)) for m in metrics_after(
        crlf, "主要财务指标\r\n报告期", date(2025, 10, 27))] == [
        (m.quote, m.indicator, period_dates(m)) for m in rows]


def test_a_period_a_filing_defines_a_term_for_dates_the_term() -> None:
    raw = ("本公司董事會欣然公佈本集團截至二零二五年六月三十日止六個月（「本期間」）之"
           "未經審核業績。\n\n"
           "於本期間，本集團收益約為人民幣2,846.3百萬元。董事會已議決宣派本期間之中期股息每股普通股"
           "港幣6.0仙。")
    rows = metrics_after(raw, "於本期間", date(2025, 8, 26))
    half = (date(2025, 1, 1), date(2025, 6, 30))
    assert [(m.value, m.period_text, period_dates(m)) for m in rows] == [
        (2846.3, "本期间", half), (6.0, "本期间", half)]


def test_renminbi_cents_in_prose_and_a_bracketed_comparative_of_the_same_half_year() -> None:
    raw = ("截至二零二五年六月三十日止六個月（「本期間」）之業績。\n\n"
           "於本期間，每股基本盈利為人民幣25.36分（二零二四年：人民幣20.52分）。")
    rows = metrics_after(raw, "於本期間", date(2025, 8, 26))
    assert [(m.quote, m.unit, m.value_normalized, period_dates(m)) for m in rows] == [
        ("25.36分", "元", 0.2536, (date(2025, 1, 1), date(2025, 6, 30))),
        # (（二零二四年：…）: the same half-year of 2024, not the whole year)
        ("20.52分", "元", 0.2052, (date(2024, 1, 1), date(2024, 6, 30))),
    ]


def test_a_score_in_fen_stays_a_score() -> None:
    raw = "经评审，综合得分86.7分，下午3时20分公布结果。"
    rows = metrics_after(raw, "经评审", date(2025, 8, 26))
    assert [(m.quote, m.unit) for m in rows] == [("86.7分", "分")]


def test_a_changes_first_level_in_the_same_span_of_a_named_year() -> None:
    raw = ("截至二零二五年六月三十日止六個月（「本期間」）之業績。\n\n"
           "於本期間，本集團收益增加12.4%，毛利率由二零二四年同期的24.8%上升至26.1%。")
    rows = metrics_after(raw, "於本期間", date(2025, 8, 26))
    assert [(m.quote, period_dates(m)) for m in rows[1:]] == [
        ("24.8%", (date(2024, 1, 1), date(2024, 6, 30))),
        ("26.1%", (date(2025, 1, 1), date(2025, 6, 30)))]


def test_a_changes_first_level_of_the_year_before_stays_as_written() -> None:
    raw = "2025年，全县城乡居民收入比由上年的1.71缩小到1.66。"
    rows = metrics_after(raw, "2025年", date(2026, 1, 20))
    assert (rows[0].quote, period_dates(rows[0])) == (
        "1.71", (date(2024, 1, 1), date(2024, 12, 31)))


def test_a_funds_benchmark_return_in_prose_is_a_change() -> None:
    raw = "本报告期基金份额净值增长率为20.15%，同期业绩比较基准收益率为14.83%。"
    rows = metrics_after(raw, "本报告期", date(2025, 10, 27))
    assert [(m.quote, m.kind) for m in rows] == [
        ("20.15%", "growth_rate"), ("14.83%", "growth_rate")]
