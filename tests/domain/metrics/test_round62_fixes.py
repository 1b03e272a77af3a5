"""Round 62's fixes (h188-h190: a public resource trading centre's award notice of a construction
tender, a listed company's results flash with its yearly forecast, a ministry's monthly
industrial production release in Traditional script), each class tested on text of its own
through the whole extractor."""

from datetime import date

from tests.domain.metrics.support import document_by_number, period_dates

FLASH = (
    "证券代码：301234          证券简称：明远科技          公告编号：2025-046\n\n"
    "浙江明远科技股份有限公司\n"
    "2025年半年度业绩快报暨2025年度业绩预告\n\n"
    "一、2025年半年度主要财务数据和指标\n"
    "单位：万元\n"
    "项目\t本报告期\t上年同期\t增减变动幅度（%）\n"
    "营业总收入\t52,810.44\t47,366.02\t11.49\n"
    "项目\t本报告期末\t本报告期初\t增减变动幅度（%）\n"
    "总资产\t138,204.61\t129,775.30\t6.50\n"
    "股本\t16,800.00\t16,800.00\t0.00\n\n"
    "二、经营业绩说明\n"
    "报告期内，公司实现营业总收入52,810.44万元，较上年同期增长11.49%。\n\n"
    "三、2025年度业绩预告\n"
    "1.业绩预告期间：2025年1月1日至2025年12月31日\n"
    "项目\t本报告期\t上年同期\n"
    "归属于上市公司股东的净利润\t盈利：9,200万元至10,400万元\t盈利：8,015.37万元\n"
    "\t比上年同期增长：14.78%至29.75%\t\n"
    "基本每股收益\t盈利：0.55元/股至0.62元/股\t盈利：0.48元/股\n\n"
    "四、其他说明\n"
    "预计2025年度非经常性损益对净利润的影响金额约为650万元，上年同期为588.20万元。\n\n"
    "浙江明远科技股份有限公司董事会\n2025年7月20日\n"
)
FLASH_ON = date(2025, 7, 20)


def test_a_results_flash_title_names_the_report_period_of_its_table_and_text():
    found = document_by_number(FLASH, FLASH_ON)
    half = (date(2025, 1, 1), date(2025, 6, 30))
    assert period_dates(found["52,810.44"]) == half
    assert period_dates(found["47,366.02"]) == (date(2024, 1, 1), date(2024, 6, 30))
    assert period_dates(found["11.49"]) == half
    assert period_dates(found["52,810.44万元"]) == half  # 报告期内 in the text


def test_a_second_head_starts_a_table_of_its_own_with_its_start_a_day():
    found = document_by_number(FLASH, FLASH_ON)
    assert period_dates(found["138,204.61"]) == (date(2025, 6, 30), date(2025, 6, 30))
    assert period_dates(found["129,775.30"]) == (date(2025, 1, 1), date(2025, 1, 1))
    assert period_dates(found["6.50"]) == (date(2025, 6, 30), date(2025, 6, 30))
    assert found["16,800.00"].kind == "count_total"  # share capital: a stock


def test_a_forecast_table_reads_its_ranges_in_the_sections_report():
    found = document_by_number(FLASH, FLASH_ON)
    year = (date(2025, 1, 1), date(2025, 12, 31))
    profit = found["9,200万元至10,400万元"]
    assert (profit.value, profit.value_high, profit.kind) == (9200, 10400, "target")
    assert profit.indicator == "归属于上市公司股东的净利润"
    assert period_dates(profit) == year
    change = found["14.78%至29.75%"]
    assert (change.value_high, change.kind, change.indicator) == (
        29.75, "target", "归属于上市公司股东的净利润")
    last = found["8,015.37万元"]
    assert last.kind == "actual"
    assert period_dates(last) == (date(2024, 1, 1), date(2024, 12, 31))
    assert found["0.55元/股至0.62元/股"].value_high == 0.62


def test_the_same_span_a_year_before_written_after_a_figure():
    found = document_by_number(FLASH, FLASH_ON)
    before = found["588.20万元"]
    assert before.kind == "actual"
    assert period_dates(before) == (date(2024, 1, 1), date(2024, 12, 31))


RELEASE = (
    "114年10月工業生產統計\n"
    "發布日期：114-11-24\n\n"
    "一、10月工業生產指數為116.20，年增10.05%。\n"
    "二、展望：預估11月製造業生產指數年增率介於7%至10%之間。行政院主計總處最新預測，"
    "114年經濟成長率上修至5.10%，115年經濟成長率預測為2.81%。另據本部統計，10月外銷訂單金額為"
    "652.4億美元，年增25.1%。\n\n"
    "表1　工業生產指數（110年=100）\n"
    "行業別　　　　　114年10月指數　　年增率（%）　　1至10月累計年增率（%）\n"
    "工業生產　　　　116.20　　　　　10.05　　　　　9.12\n"
    "　製造業　　　　118.44　　　　　10.87　　　　　9.63\n"
)
RELEASE_ON = date(2025, 11, 24)


def test_a_month_after_a_forecasts_later_year_is_the_releases():
    found = document_by_number(RELEASE, RELEASE_ON)
    assert period_dates(found["652.4億美元"]) == (date(2025, 10, 1), date(2025, 10, 31))
    assert found["652.4億美元"].kind == "actual"
    assert period_dates(found["2.81%"]) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_forecasts_revision_verb_and_a_forecast_word_are_no_part_of_a_name():
    found = document_by_number(RELEASE, RELEASE_ON)
    assert found["5.10%"].indicator == "经济成长率"
    assert found["7%至10%"].indicator == "制造业生产指数"


def test_a_growth_column_naming_its_running_span_and_index_levels():
    found = document_by_number(RELEASE, RELEASE_ON)
    assert period_dates(found["9.63"]) == (date(2025, 1, 1), date(2025, 10, 31))
    assert period_dates(found["10.87"]) == (date(2025, 10, 1), date(2025, 10, 31))
    assert found["118.44"].kind == "actual"  # an index's level, no count


AWARD = (
    "某市公共资源交易中心\n"
    "某市体育馆改造工程施工中标结果公告\n"
    "发布时间：2025-10-15 09:20\n\n"
    "一、项目概况\n"
    "1.建设规模：改造看台座椅3200个，更换灯具460套；新建无障碍卫生间6处。\n"
    "2.预算金额：1286.40万元；最高投标限价：1250.00万元。\n\n"
    "二、开标情况\n"
    "本项目于2025年10月10日14时00分在某市公共资源交易中心第2开标室开标，共有9家投标人"
    "递交投标文件，其中1家因未按时提交投标保证金被否决。\n\n"
    "三、评标情况\n"
    "评标办法为综合评估法，其中价格分50分、技术分40分、商务分10分。\n"
)
AWARD_ON = date(2025, 10, 15)


def test_a_tenders_scope_line_is_set_by_its_procedure():
    found = document_by_number(AWARD, AWARD_ON)
    for quote in ("3200个", "460套", "6处", "1250.00万元"):
        assert found[quote].kind == "other", quote
        assert period_dates(found[quote]) == (None, None), quote


def test_a_deals_day_with_a_clock_and_a_place_dates_the_clause_after():
    found = document_by_number(AWARD, AWARD_ON)
    assert period_dates(found["9家"]) == (date(2025, 10, 10), date(2025, 10, 10))


def test_a_count_named_by_the_deed_done_to_it_after_its_reason():
    found = document_by_number(AWARD, AWARD_ON)
    assert found["1家"].indicator == "被否决"


def test_scores_named_right_before_their_points():
    found = document_by_number(AWARD, AWARD_ON)
    assert found["50分"].indicator == "价格分"
    assert found["40分"].kind == "other"
    assert "10分" in found


PLANT = (
    "某某股份有限公司关于2025年前三季度经营情况的公告\n\n"
    "公司宿迁生产基地三期项目于2025年5月投产，预计全年营业收入约18.2亿元。\n\n"
    "某某股份有限公司董事会\n2025年10月12日\n"
)


def test_a_place_naming_a_plant_is_no_subject():
    found = document_by_number(PLANT, date(2025, 10, 12))
    assert found["18.2亿元"].subject is None
