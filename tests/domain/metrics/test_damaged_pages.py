"""Figures of a printed page found again when the text pulled out of it is damaged
(tests/support/DAMAGE.md), on short hand-made pages: the damaged page gives the clean one's
metrics (value, unit, kind, period, indicator), none lost and none added."""

from __future__ import annotations

from collections import Counter
from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.metrics.release_periods import _wrapped_line_start
from tests.support.damage import hard_wraps

REF = date(2025, 11, 5)


def keys(raw: str) -> Counter:
    a = analyse_document(raw, published_on=REF)
    return Counter((round(m.value, 6), m.value_high, m.unit, m.kind, m.period_start,
                    m.period_end, m.indicator) for m in a.metrics)


def same_metrics(clean: str, damaged: str) -> None:
    want = keys(clean)
    assert want, "the clean page gives metrics"
    assert keys(damaged) == want


# a listed company's form as a PDF's text layer gives it: cells one space apart, heads wrapped
FORM = """某某股份有限公司2025年第三季度报告

一、主要财务数据
（一）主要会计数据和财务指标
单位：元 币种：人民币
项目 本报告期
本报告期比上
年同期增减变
动幅度(%)
年初至报告期末
年初至报告期
末比上年同期
增减变动幅度
(%)
营业收入 1,863,402,517.29 18.62 5,046,817,330.58 14.07
归属于上市公司股东的
净利润 126,508,944.63 32.15 347,926,105.41 21.84
基本每股收益（元/股） 0.31 29.17 0.86 21.13

（二）主要会计数据、财务指标发生变动的情况、原因
项目名称 变动比例（%） 主要原因
归属于上市公司股东的净利润_本
报告期 32.15 主要系订单放量所致
"""


def test_a_pdf_form_with_invisible_characters_in_its_figures_and_heads():
    damaged = (FORM.replace("1,863,402", "1,86\u00ad3,402").replace("21.84", "2\u200b1.84")
               .replace("项目 本报告期", "项\u200b目 本报\ufeff告期")
               .replace("347,926", "34\ufeff7,926")
               .replace("变动比例（%）", "变动\u200b比例（\u00ad%）")
               .replace("报告期 32.15", "报告期 3\u200b2.15"))
    same_metrics(FORM, damaged)


# a table of places under its title, cells parted by tabs (a statistics office's release)
TITLED = """2025年10月份70个大中城市商品住宅销售价格变动情况

表1　2025年10月份70个大中城市新建商品住宅销售价格指数
城市	环比（上月=100）	同比（上年同月=100）	城市	环比（上月=100）	同比（上年同月=100）
北京	99.4	98.9	天津	99.7	97.2
上海	100.1	104.6	石家庄	99.5	96.8
"""


def test_a_table_title_with_an_invisible_character_names_its_figures_as_printed():
    damaged = TITLED.replace("新建商品住宅销售价格指数\n", "新建\u200b商品住宅销售价格指数\n")
    same_metrics(TITLED, damaged)


EVENT = ("第138届广交会闭幕 境外采购商到会31.2万人\n\n"
         "本报广州11月4日电　第138届中国进出口商品交易会4日在广州闭幕。"
         "本届广交会于10月15日至11月4日分三期举办，展览总面积155万平方米。\n\n"
         "本届广交会到会的共建国家采购商19.6万人，占境外采购商总数的62.8%；"
         "欧美采购商6.1万人，同比增长9.5%。\n")


def test_an_events_days_with_an_invisible_character_or_cut_by_a_line_end_date_its_figures():
    same_metrics(EVENT, EVENT.replace("10月15日", "10月1\ufeff5日"))
    same_metrics(EVENT, EVENT.replace("10月15日至", "10月1\n5日至"))
    same_metrics(EVENT, EVENT.replace("至11月4日分", "至11月4\n日分"))
    same_metrics(EVENT, EVENT.replace("10月15日至11月4日", "1 0 月 1 5 日 至 1 1 月 4 日"))


def test_a_pdf_form_under_a_line_ended_by_a_lone_cr_and_crlf():
    damaged = FORM.replace("\n", "\r\n").replace("人民币\r\n", "人民币\r")
    same_metrics(FORM, damaged)
    same_metrics(FORM, FORM.replace("14.07\n", "14.07\r"))


NOTICE = """某某精密机械股份有限公司关于股份回购实施结果暨股份变动的公告

重要内容提示：
回购方案首次披露日　2025/5/20
实际回购股数　3,862,400股
实际回购金额　67,418,236.50元

一、回购实施情况
截至2025年11月18日，公司已完成本次回购，通过集中竞价交易方式累计回购公司股份3,862,400股，支付的资金总额为67,418,236.50元。

二、股份变动表
本次股份回购前后，公司股份变动情况如下：
股份类别　　本次回购前　　　　回购完成后
　　股份数量（股）　比例（%）　股份数量（股）　比例（%）
有限售条件流通股份　12,600,000　3.16　12,600,000　3.16
无限售条件流通股份　385,960,000　96.84　385,960,000　96.84
股份总数　398,560,000　100.00　398,560,000　100.00
注：上表中“本次回购前”为截至2025年5月19日的股本结构。
"""


def test_a_notices_box_of_main_points_with_crlf_line_ends_is_dated_by_its_body():
    same_metrics(NOTICE, NOTICE.replace("\n", "\r\n"))


def test_an_events_head_indented_as_a_paragraph_dates_its_columns():
    same_metrics(NOTICE, NOTICE.replace("股份类别　　", "\t股份类别　　"))
    same_metrics(NOTICE, NOTICE.replace("回购完成后\n", "回购完成后\r"))


def test_ocr_letters_in_a_tables_cells_and_heads_and_in_the_day_dating_its_columns():
    damaged = (NOTICE.replace("截至2025年11月18日", "截至2025年1l月18日")
               .replace("　12,600,000　3.16\n", "　12,6O0,000　3.16\n"))
    same_metrics(NOTICE, damaged)
    tab = TITLED.replace("（上月=100）", "（上月=l00）").replace("\t104.6", "\tl04.6")
    same_metrics(TITLED, tab)


def test_a_heads_bracket_pair_given_back_half_width_on_one_side():
    same_metrics(TITLED, TITLED.replace("环比（上月=100）\t同比", "环比(上月=100)\t同比", 1))


REPORT = """某某大学2025届毕业生就业质量年度报告

编者按：学校编制发布本报告。报告中毕业去向数据统计截至2025年8月31日；薪酬、满意度等数据来源于学校2025年10月开展的毕业生跟踪调查。

一、毕业生规模

学校2025届毕业生共9684人，较2024届增加215人。

二、毕业去向落实情况

（一）去向构成。协议和合同就业5036人，占52.0%；升学2481人，占25.6%。

三、就业质量

（一）薪酬。2025届毕业生平均月薪为7268元，较2024届增长2.6%。
"""


def test_a_reports_cut_off_label_with_an_invisible_character_or_ocr_spaces_dates_its_data():
    label = "数据统计截至2025年8月31日"
    same_metrics(REPORT, REPORT.replace(label, "数据统计截\u200b至2025年8月3\ufeff1日"))
    same_metrics(REPORT, REPORT.replace(label, "数 据 统 计 截 至 2 025年8月31日"))
    same_metrics(REPORT, REPORT.replace("二、毕业去向落实情况", "二、毕业\u00ad去向落实情况"))


# a Hong Kong filing's statement as a PDF's text layer gives it: years over units, one space
STATEMENT = """某某控股有限公司
截至二零二五年六月三十日止六個月
中期業績公告

簡明綜合損益表
截至六月三十日止六個月
二零二五年 二零二四年
附註 人民幣千元 人民幣千元
（未經審核） （未經審核）
收益 4 2,846,315 2,531,872
毛利 742,908 628,105
"""


def test_a_filings_statement_with_invisible_characters_in_its_figures_and_units_line():
    damaged = (STATEMENT.replace("2,531,872", "2,5\u200b31,8\ufeff72")
               .replace("附註", "附\u00ad註").replace("628,105", "6\u00ad28,105"))
    same_metrics(STATEMENT, damaged)


FUND = """某某混合型证券投资基金
2025年第3季度报告

§3 主要财务指标和基金净值表现
3.1 主要财务指标
单位：人民币元
主要财务指标
报告期
（2025年7月1日-2025年9月30日）
1.本期已实现收益 38,415,226.73
2.本期利润 212,604,387.15
4.期末基金资产净值 1,093,518,664.08
"""


def test_a_fund_forms_span_column_with_an_invisible_character_in_its_year():
    same_metrics(FUND, FUND.replace("（2025年7月1日", "（20\u200b25年7月1日"))


RELEASE = """经济部统计处发布114年10月外销订单统计。

表1　外销订单概况
单位：亿美元；%
项目　114年10月金额　年增率　1-10月累计金额　年增率
总计　672.4　26.8　5,893.7　19.7
资讯通信产品　265.8　41.2　2,301.6　36.4
电子产品　224.9　30.5　1,912.3　23.8
"""


def test_a_head_whose_cells_one_ideographic_space_parts_cut_after_a_gap_by_a_wrap():
    same_metrics(RELEASE, RELEASE.replace("累计金额　年增率", "累计金额　\n年增率"))


def test_a_pdf_forms_head_with_ocrs_wei_for_mo_at_a_periods_end():
    same_metrics(FORM, FORM.replace("年初至报告期末\n", "年初至报告期未\n"))


SUMMARY = """某某大学2025届毕业生就业质量年度报告（摘要）

学校编制了本报告。报告数据来源于全国高校毕业生就业管理系统，统计截至2025年8月31日；就业质量部分来源于第三方机构开展的毕业生跟踪调查。

一、毕业生规模与结构
学校2025届毕业生共9,326人，其中本科毕业生7,108人，占76.2%；硕士研究生2,093人，占22.4%。

二、毕业去向落实情况
截至2025年8月31日，学校2025届毕业生毕业去向落实率为89.54%，较2024届提高1.06个百分点。
从去向类别看，协议和合同就业5,437人，占58.3%；升学1,621人，占17.4%。
"""


def test_a_cut_off_for_all_data_over_lines_a_wrap_cut():
    for seed in range(6):  # (columns 20-40 characters wide)
        same_metrics(SUMMARY, hard_wraps(SUMMARY, seed))


def test_a_wrapped_lines_start_is_its_first_pieces():
    raw = "标题\n\n二、去向\n截至2025年8月31日，学校2025届\n毕业生共9,326人。\n其中本科7,108人。\n"
    assert _wrapped_line_start(raw, raw.index("9,326")) == raw.index("截至")
    assert _wrapped_line_start(raw, raw.index("7,108")) == raw.index("其中")
    raw = raw.replace("9,326人。", "9,326人.")  # (。 read as a point: still a sentence's end)
    assert _wrapped_line_start(raw, raw.index("7,108")) == raw.index("其中")
