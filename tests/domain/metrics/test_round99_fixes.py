"""Round 99's fixes (h299-h301: a city daily's economy page from a PDF with two stories merged
into long lines, a provincial transport department's 1-10月 release, a listed company's
semi-annual report summary), each class tested on text of its own through the whole
extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number


def test_a_headline_ticker_of_bulleted_items_is_one_item_a_sentence():
    text = ("嘉兴日报　2020年7月21日　第5版　经济\n"
            "▶上半年我市外贸出口增长4.2%　▶海宁新签约项目18个　▶平湖跨境电商交易额增两成\n"
            "上半年全市工业生产回暖\n"
            "本报讯 记者从市经信局获悉，上半年全市规上工业增加值486.3亿元，同比增长3.1%。\n")
    found = document_by_number(text, date(2020, 7, 21))
    assert found["4.2%"].indicator == "外贸出口"
    signed = found["18个"]
    assert (signed.period_start, signed.period_text) == (None, None)  # no 上半年 of its own
    assert found["486.3亿元"].indicator == "规上工业增加值"


def test_a_sub_headline_of_figures_is_no_part_of_the_headline_above_it():
    text = ("金华日报　2021年4月20日　第2版\n"
            "前三月全市消费市场持续回暖\n"
            "社零总额同比增长18.5%，增幅高于全省1.2个百分点\n"
            "本报讯 一季度，全市实现社会消费品零售总额612.4亿元，同比增长18.5%。\n")
    found = document_by_number(text, date(2021, 4, 20))
    heads = [m for q, m in found.items() if m.quote.startswith("1.2个百分点")]
    assert heads and heads[0].indicator == "社零总额增幅"


def test_a_holders_table_under_a_shares_unit_line_names_each_column_by_its_measure():
    text = ("证券代码：601234　　证券简称：某某股份　　公告编号：2025-041\n"
            "某某科技股份有限公司2025年半年度报告摘要\n"
            "2.3　前10名股东持股情况表\n"
            "单位：股\n"
            "股东名称\t股东性质\t持股比例(%)\t持股数量\t持有有限售条件的股份数量\n"
            "宁波某某控股有限公司\t境内非国有法人\t35.18\t88,450,000\t12,000,000\n"
            "李某某\t境内自然人\t6.02\t15,135,600\t0\n")
    found = document_by_number(text, date(2025, 8, 26))
    assert found["88,450,000"].indicator == "宁波某某控股有限公司持股数量"
    assert found["12,000,000"].indicator == "宁波某某控股有限公司持有有限售条件的股份数量"
    assert found["15,135,600"].indicator == "李某某持股数量"
    assert found["35.18"].indicator == "宁波某某控股有限公司持股比例"


def test_a_length_under_construction_is_a_stock():
    text = "截至9月底，全市在建城市快速路项目9个，在建里程186公里；全年新开工项目4个。"
    found = document_by_number(text, date(2025, 10, 20))
    assert found["186公里"].kind == "count_total"
    assert found["9个"].kind == "count_total"
