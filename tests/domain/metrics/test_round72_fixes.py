"""Round 72's fixes (h218-h220: damaged text as extraction from printed or scanned pages produces
it: a government work report OCR'd from a two-column scan, a newspaper page pulled from its PDF,
a county's statistical bulletin OCR'd with its table broken), each class tested on text of its
own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

# a printed table as OCR gives it: the head's label spaced out, the growth column's unit on a
# line of its own, long row names wrapped at the name column's width
WRAPPED = (
    "某县2024年国民经济和社会发展统计公报\n\n"
    "表1  2024年全县主要经济指标\n"
    "项  目              单位     绝对数     比上年增长\n"
    "                                        （%）\n"
    "地区生产总值        亿元     208.44       4.6\n"
    "  第三产业增加     亿元      97.15       5.2\n"
    "值\n"
    "规模以上工业增\n"
    "加值                 —         —          6.8\n"
    "农村居民人均可      元      19 204        6.9\n"
    "支配收入\n"
)


def test_a_table_whose_names_ocr_wrapped_is_read_row_by_row():
    found = document_by_number(WRAPPED, date(2025, 3, 30))
    assert found["208.44"].indicator == "地区生产总值"
    assert found["97.15"].indicator == "第三产业增加值"
    assert found["5.2"].kind == "growth_rate"
    assert found["6.8"].indicator == "规模以上工业增加值"
    assert found["19 204"].value == 19204
    assert found["19 204"].indicator == "农村居民人均可支配收入"
    assert found["6.9"].unit == "%"
    assert period_dates(found["6.8"]) == (date(2024, 1, 1), date(2024, 12, 31))


# a running header and its page number on one line, printed between a clause and the next
HEADER_LINE = (
    "某县2024年国民经济和社会发展统计公报\n\n"
    "三、工业\n"
    "  全年规模以上工业增加值比上年增长6.5%。分门类看，\n"
    "某县2024年国民经济和社会发展统计公报  —3—\n"
    "采矿业增加值下降4.1%，制造业增长7.3%。\n"
)


def test_a_running_header_and_its_page_number_on_one_line_are_no_part_of_a_name():
    found = document_by_number(HEADER_LINE, date(2025, 3, 30))
    assert found["4.1%"].indicator == "采矿业增加值"
    assert found["4.1%"].value == -4.1
    assert "3" not in {m.quote for m in found.values()}


# a city paper's page (its furniture over the masthead) with a district's article and a county's
PAPER_PAGE = (
    "2025年12月19日 星期五\n要闻\n责任编辑 刘 洋\n3\nCHONGQING DAILY\n重庆日报\n\n"
    "全市经济稳中向好\n"
    "本报讯 1—11月，全市规模以上工业增加值同比增长7.3%。全市社会消费品零售总额增长4.6%，"
    "全市固定资产投资增长1.2%。今年我市新增高新技术企业1860家。\n\n"
    "江北区新签约项目总投资超千亿元\n"
    "本报讯（记者 李想）今年以来，江北区新签约招商项目64个，协议总投资1180亿元；新开工项目52个。"
    "截至11月底，全区"
    "规上工业企业达到583家。江北区电商销售额增长12.5%。\n\n"
    "巫溪脆李丰收\n"
    "本报讯 据介绍，巫溪县脆李种植面积达到30.2万亩。全县已建成冷链仓储设施18个；"
    "电商销售占比提高到36.5%。\n"
)


def test_a_city_papers_page_naming_a_district_most_is_the_citys():
    found = document_by_number(PAPER_PAGE, date(2025, 12, 19))
    assert found["7.3%"].subject is None  # (the city's own figure)
    assert found["64个"].subject == "江北区"
    assert found["12.5%"].subject == "江北区"


def test_a_whole_district_or_county_in_a_citys_text_is_the_one_its_paragraph_named():
    found = document_by_number(PAPER_PAGE, date(2025, 12, 19))
    assert found["583家"].subject == "江北区"
    assert found["18个"].subject == "巫溪县"


def test_years_ago_and_nowadays_are_times():
    text = ("某公司调研\n\n“三年前，我们的产品良率只有82%，如今已提升至98.5%。”公司技术总监说，"
            "车规级功率芯片国内市场占有率约为11%。到2030年前实现产能翻番。\n")
    found = document_by_number(text, date(2025, 12, 19))
    assert period_dates(found["82%"]) == (date(2022, 1, 1), date(2022, 12, 31))
    assert found["98.5%"].indicator == "产品良率"
    assert period_dates(found["98.5%"]) == (date(2025, 12, 19), date(2025, 12, 19))
    assert period_dates(found["11%"]) == (date(2025, 12, 19), date(2025, 12, 19))


def test_a_rates_gap_to_a_wider_scope_is_named_by_the_rate():
    text = ("某市经济\n\n1—11月，全市规模以上工业增加值同比增长7.3%，增速比全国高1.3个百分点；"
            "固定资产投资增长4.6%，增幅较全省平均水平低0.4个百分点。\n")
    found = document_by_number(text, date(2025, 12, 19))
    assert found["1.3个百分点"].indicator == "规模以上工业增加值增速"
    assert found["0.4个百分点"].indicator == "固定资产投资增幅"


def test_a_measure_word_with_tens_of_thousands_counts_whatever_stands_before_it():
    text = "某公司\n\n明年，公司将新建第二条生产线，月产能计划提升至3万片。出台20条。\n"
    found = document_by_number(text, date(2025, 12, 19))
    assert found["3万片"].indicator == "月产能"
    assert found["3万片"].kind == "target"
    assert "20条" not in found  # (a policy's name, as before)


def test_the_place_a_news_sentence_leads_with_goes_on_past_its_semicolon():
    found = document_by_number(PAPER_PAGE, date(2025, 12, 19))
    assert found["52个"].subject == "江北区"  # (after its dateline and byline)
    assert found["36.5%"].subject == "巫溪县"  # (the county 全县 refers back to)


def test_a_day_a_body_released_news_on_dates_none_of_its_figures():
    text = ("某市\n\n■简讯\n本报讯 12月17日，市科技局发布消息，今年我市新增高新技术企业1860家，"
            "总数达到8930家；全市研发经费投入强度预计达到2.6%。\n")
    found = document_by_number(text, date(2025, 12, 19))
    assert period_dates(found["2.6%"]) == (date(2025, 1, 1), date(2025, 12, 31))
    assert found["2.6%"].kind == "target"  # (预计 of a year not yet over)
    assert period_dates(found["8930家"]) == (None, None)


def test_a_contribution_rate_written_without_its_de_is_a_share():
    text = "某市经济\n\n汽车产业对工业增长贡献率超四成。\n"
    found = document_by_number(text, date(2025, 12, 19))
    assert found["四成"].kind == "share"
    assert found["四成"].value == 40


def test_firms_a_causative_verb_brings_to_settle_are_named_with_their_deed():
    text = "某公司\n\n目前公司员工1480人，带动上下游配套企业30余家落户西永。\n"
    found = document_by_number(text, date(2025, 12, 19))
    assert found["30余家"].indicator == "上下游配套企业落户西永"


# a scanned bulletin's page: its lines cut at the column's width, a line ending a sentence right
# at the edge (…增长6.8%。) inside a paragraph; its sections' headings follow the last lines of
# paragraphs without a blank row, as do the title's lines one over another
BULLETIN = (
    "某县2024年国民经济和社会发展\n"
    "统 计 公 报\n"
    "某县统计局\n"
    "（2025年3月30日）\n\n"
    "  2024年，全县上下坚持稳中求进工作总基调，经济运\n"
    "行总体平稳。\n"
    "一、农业\n"
    "  全年粮食播种面积82.4万亩，比上年增长0.6%；粮\n"
    "食总产量31.27万吨，增长1.4%。茶叶种植面积达到\n"
    "10.8万亩，综合产值超过20亿元。\n"
    "二、工业和建筑业\n"
    "  年末全县规模以上工业企业196家，比上年末增加12\n"
    "家。全年规模以上工业增加值比上年增长6.8%。\n"
    "分经济类型看，国有控股企业增加值增长3.1%；股\n"
    "份制企业增长6.9%；私营企业增长7.7%。分门类看，\n"
    "采矿业增加值下降4.6%，制造业增长7.4%。六大高耗能\n"
    "行业增加值增长2.5%，占规模以上工业增加值的比重\n"
    "为29.8%。全县建筑业总产值61.2亿元，增长2.9%。\n"
    "三、固定资产投资\n"
    "  全年固定资产投资比上年下降3.8%。其中，工业投\n"
    "资增长11.6%，民间投资下降8.9%。\n"
)


def test_a_paragraph_goes_on_past_a_line_ending_a_sentence_at_the_columns_edge():
    found = document_by_number(BULLETIN, date(2025, 3, 30))
    assert period_dates(found["29.8%"]) == (date(2024, 1, 1), date(2024, 12, 31))
