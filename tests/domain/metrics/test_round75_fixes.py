"""Round 75's fixes (h227-h229: a city's WeChat article on its 前三季度 economy, a province's
统计月报 digest of main indicators as OCR of a scan, a provincial press conference transcript),
each class tested on text of its own through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number

DIGEST = (
    "某省统计月报                                    2025年第9期\n"
    "\n"
    "                      某省主要经济指标（2025年9月）\n"
    "\n"
    "指    标                    单位        9月          1-9月       同比增长(%)\n"
    "\n"
    "地区生产总值（1-6月）        亿元          …          15213.6         5.4\n"
    "规模以上工业增\n"
    "加值增长                      %           5.8           6.6\n"
    "发电量                      亿千瓦时      186.2        1652.3         3.9\n"
    "规模以上工业企业营\n"
    "业收入（1-8月）              亿元          …          16218.4         4.1\n"
    "房地产开发投资增长            %            …            一8.6\n"
    "  其中：住宅投资增长          %            …            —7.9\n"
    "社会消费品零售总额            亿元         702.4        6128.5          3.6\n"
    "居民消费价格指数\n"
    "（上年同期=100）                           99.7          99.9           …\n"
    "9月末金融机构本外币\n"
    "各项存款余额                  亿元       41562.3          …            7.2\n"
    "9月末金融机构本外币\n"
    "各项贷款余额                  亿元       50217.8          …            8.4\n"
    "  其中：住户贷款              亿元       17235.1          …           一0.8\n"
)


def _digest() -> dict:
    return document_by_number(DIGEST, date(2025, 10, 24))


def test_a_scanned_digest_with_a_blank_line_under_a_letter_spaced_head_is_read():
    found = _digest()
    assert found["15213.6"].indicator == "地区生产总值"
    assert found["186.2"].indicator == "发电量"
    assert found["6128.5"].unit == "元"


def test_a_row_leaving_cells_blank_is_read_under_its_head():
    found = _digest()
    assert found["5.8"].indicator == "规模以上工业增加值"
    assert found["5.8"].kind == "growth_rate"
    assert (found["5.8"].period_start, found["5.8"].period_end) == (
        date(2025, 9, 1), date(2025, 9, 30))
    assert found["6.6"].period_start == date(2025, 1, 1)
    assert found["99.7"].indicator == "居民消费价格指数"
    assert found["99.7"].kind == "actual"


def test_a_minus_sign_a_scan_read_as_yi_or_a_dash():
    found = _digest()
    assert found["一8.6"].value == -8.6
    assert found["—7.9"].value == -7.9
    assert found["—7.9"].indicator == "住宅投资"


def test_a_rows_own_span_in_brackets_dates_it_and_leaves_its_name():
    found = _digest()
    gdp = found["15213.6"]
    assert (gdp.period_start, gdp.period_end) == (date(2025, 1, 1), date(2025, 6, 30))
    assert found["16218.4"].indicator == "规模以上工业企业营业收入"
    assert found["16218.4"].period_end == date(2025, 8, 31)


def test_wrapped_names_sharing_a_first_piece_and_their_part_keep_the_day():
    found = _digest()
    assert found["41562.3"].indicator == "金融机构本外币各项存款余额"
    assert found["50217.8"].indicator == "金融机构本外币各项贷款余额"
    assert found["50217.8"].period_start == date(2025, 9, 30)
    assert found["17235.1"].indicator == "住户贷款"
    assert found["17235.1"].period_start == date(2025, 9, 30)
    assert found["一0.8"].period_end == date(2025, 9, 30)


def test_a_name_one_space_before_its_figure_is_no_row_leaving_cells_blank():
    text = ("表1　工業生產指數\n"
            "行業別　　　　114年11月指數　　較上月（%）　　年增率（%）　　1至11月累計年增率（%）\n"
            "工業生產　　　　118.36　　　　　2.15　　　　　12.64　　　　　9.86\n"
            "　　資訊電子工業　148.72　　　　3.61　　　　　24.81　　　　　19.27\n")
    found = document_by_number(text, date(2025, 12, 23))
    assert found["3.61"].indicator == "资讯电子工业"


WECHAT = (
    "原创 某市发布 2025年10月27日 20:05\n\n"
    "某市前三季度经济“成绩单”出炉\n\n"
    "━━━━━━━━━━━━\n\n"
    "★ **经济总量稳步攀升**\n\n"
    "前三季度\n全市实现地区生产总值\n**1203.8亿元**\n同比增长**6.1%**\n\n"
    "分产业看\n第一产业增加值16.2亿元\n增长2.7%\n第二产业增加值421.4亿元\n增长6.9%\n\n"
    "━━━━━━━━━━━━\n\n"
    "★ **投资消费双轮驱动**\n\n"
    "全市固定资产投资\n同比增长**7.3%**\n其中\n制造业投资增长15.2%\n\n"
    "规上工业增加值\n同比增长7.4%\n增速比上半年\n提高0.5个百分点\n"
)


def _wechat() -> dict:
    return document_by_number(WECHAT, date(2025, 10, 27))


def test_a_part_year_the_title_names_dates_the_sections_with_no_time_of_their_own():
    found = _wechat()
    assert (found["16.2亿元"].period_start, found["16.2亿元"].period_end) == (
        date(2025, 1, 1), date(2025, 9, 30))
    assert found["15.2%"].period_end == date(2025, 9, 30)


def test_a_short_line_naming_what_changes_goes_on_to_its_change():
    found = _wechat()
    assert found["7.3%"].indicator == "固定资产投资"
    assert found["7.4%"].indicator == "规上工业增加值"
    assert found["0.5个百分点"].indicator == "规上工业增加值增速"


def test_a_holidays_length_read_out_is_no_figure():
    text = ("国庆中秋假期八天，全省重点监测的一百二十家商贸企业销售额同比增长百分之九点三；"
            "全省接待游客四千一百二十万人次。")
    found = document_by_number(text, date(2025, 10, 24))
    assert "八天" not in found
    assert found["四千一百二十万人次"].period_start == date(2025, 10, 1)


def test_a_market_named_after_its_country_is_no_subject():
    text = "前三季度，中国小商品城市场成交额2186.7亿元，同比增长15.8%。"
    found = document_by_number(text, date(2025, 10, 27))
    assert found["2186.7亿元"].subject is None
    assert found["2186.7亿元"].indicator == "中国小商品城市场成交额"
    text = "前三季度，中国城市居民人均可支配收入增长5.1%。"
    assert document_by_number(text, date(2025, 10, 27))["5.1%"].subject == "中国"


def test_a_share_of_the_years_goal_done_already_is_of_the_figure_before():
    text = "三是稳就业，前三季度城镇新增就业三十八点六万人，已完成全年目标任务的九成以上。"
    found = document_by_number(text, date(2025, 10, 24))
    assert found["九成以上"].indicator == "城镇新增就业"
    assert found["九成以上"].kind == "share"


def test_a_county_level_city_named_bare_is_its_own_pages_home():
    from pipelines.domain.metrics.home import infer_home_place
    from pipelines.domain.segmentation import default_segmenter

    tag = default_segmenter().tag
    lines = ["原创 义乌发布 义乌发布 2025年10月27日 20:05 浙江", "义乌前三季度经济“成绩单”出炉",
             "全市实现地区生产总值1603.8亿元，高于全省1.0个百分点。", "杭州海关驻义乌办事处"]
    assert infer_home_place([tag(t) for t in lines]) == "义乌"


def test_a_market_named_after_the_home_keeps_the_home_in_its_name():
    text = ("义乌前三季度经济运行情况。前三季度，全市“义乌小商品城”平台线上交易额412.3亿元。"
            "义乌全市经济运行平稳。")
    found = document_by_number(text, date(2025, 10, 27))
    assert found["412.3亿元"].indicator == "义乌小商品城平台线上交易额"
