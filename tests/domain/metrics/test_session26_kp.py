"""Session 26 (kinds, periods, subjects of blind rounds 51-53): an invented case per class."""

from datetime import date

from pipelines.domain.metrics.home import home_from_title
from pipelines.domain.metrics.place_names import is_home
from pipelines.domain.periods import resolve_period
from pipelines.evaluate import analyse_document


def test_a_province_whose_name_ends_in_zhou_keeps_its_level() -> None:
    # 州 is a level too: 贵州省卫生健康委员会 is the province's, so its 全省 is the home
    body = home_from_title("贵州省卫生健康委员会\n首页 | 政务公开\n\n全省共有医院1500家")
    source = home_from_title("某某统计年报\n发布机构：贵州省统计局\n全省共有医院1500家")
    assert body == source == "贵州省"
    assert is_home("全省", body)
    # a city's 州 still reads as before
    assert home_from_title("某某通报\n来源：温州市统计局\n") == "温州市"


def _metrics(raw: str, day: date) -> list:
    return analyse_document(raw, published_on=day).metrics


def test_a_portals_metadata_box_does_not_end_the_title() -> None:
    # the 索引号 / 生成日期 lines above a yearly bulletin's title: its title still makes it a
    # yearly report, whose undated stocks stay undated
    raw = ("某某省卫生健康委员会\n\n索引号：000000/2025-00001　　发布机构：某某省卫生健康委员会\n"
           "生成日期：2025-04-20　　文　　号：无\n\n2024年某某省卫生健康事业发展统计公报\n\n"
           "　　一、资源\n\n　　全省共有医疗卫生机构3120个，比上年增加15个。\n")
    found = {m.quote: m for m in _metrics(raw, date(2025, 4, 20))}
    assert found["3120个"].period_start is None
    assert found["15个"].period_start == date(2024, 1, 1)


def test_an_intake_is_a_flow_and_those_in_school_a_stock() -> None:
    raw = ("2024年某某市教育统计公报\n\n"
           "　　全市共有中等职业学校31所，招收各类新生1.2万人，在校生3.5万人。"
           "入园幼儿2.1万人，比上年减少0.3万人；在园幼儿6.8万人，比上年减少0.5万人。\n")
    kinds = {m.quote: m.kind for m in _metrics(raw, date(2025, 3, 1))}
    assert kinds["1.2万人"] == "actual"
    assert kinds["2.1万人"] == "actual"
    assert kinds["6.8万人"] == "count_total"
    assert kinds["3.5万人"] == "count_total"


def test_a_quarters_notice_with_its_issue_number_dates_its_sections() -> None:
    # the title read as a body line, the year of its issue number after it: the sections with
    # no time of their own are the quarter's, 本季度 too (not the quarter of the text's date)
    raw = ("某某市市场监督管理局关于2025年第二季度药品质量抽检情况的通告（2025年第3期）\n\n"
           "　　一、总体情况\n\n　　2025年第二季度，全市共完成药品抽检1200批次。\n\n"
           "　　二、按环节分析\n\n　　从抽检环节看，零售环节抽检650批次，不合格率为1.2%。\n\n"
           "　　三、按类别分析\n\n　　本季度抽检覆盖化学药、中成药、中药饮片等12个药品类别。\n")
    found = {m.quote: m for m in _metrics(raw, date(2025, 7, 18))}
    for quote in ("650批次", "1.2%", "12个"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 4, 1), date(2025, 6, 30)), quote
    assert found["650批次"].kind == "actual"  # batches sampled in the quarter: a flow
    assert found["12个"].kind == "count_total"  # the classes the sampling covered


def test_a_month_end_release_dates_its_paragraphs_flows_by_their_span() -> None:
    # a title at a month's end: 前9个月 and 9月份 date the sentences after them in their
    # paragraph; a balance after a month's flows stands at the month's end
    raw = ("2025年9月末某某省金融统计数据\n\n一、存款\n\n"
           "9月末，全省本外币各项存款余额8.2万亿元，同比增长7.1%。9月当月，人民币存款增加310亿元。"
           "外币存款余额75.4亿美元，同比下降3.2%。\n\n二、社会融资规模\n\n"
           "前9个月全省社会融资规模增量为9800亿元。其中，对实体经济发放的人民币贷款增加6100亿元。\n\n"
           "三、利率\n\n9月份，全省新发放企业贷款加权平均利率为3.31%；"
           "新发放个人住房贷款加权平均利率为3.08%，与上月持平。\n")
    found = {m.quote: m for m in _metrics(raw, date(2025, 10, 15))}
    span = {q: (found[q].period_start, found[q].period_end) for q in found}
    assert span["6100亿元"] == (date(2025, 1, 1), date(2025, 9, 30))
    assert span["3.08%"] == (date(2025, 9, 1), date(2025, 9, 30))
    assert span["75.4亿美元"] == (date(2025, 9, 30), date(2025, 9, 30))


def test_a_clause_after_a_breakdown_by_districts_is_of_the_district_it_opens_with() -> None:
    raw = ("某某市国庆假期文化旅游市场情况\n\n　　国庆假期，全市接待游客300万人次。"
           "分县区看，新城区接待游客96.5万人次，居各县区首位；东山县接待游客41.2万人次。\n")
    found = {m.quote: m for m in _metrics(raw, date(2025, 10, 9))}
    assert found["96.5万人次"].subject == "新城区"
    assert found["41.2万人次"].subject == "东山县"
    assert found["300万人次"].subject is None


def test_the_first_quarters_written_with_a_digit() -> None:
    # Macau writes 首3季 as well as 首三季: the first three quarters, not the whole year
    got = resolve_period("2024年首3季", date(2024, 11, 20))
    assert (got.start, got.end) == (date(2024, 1, 1), date(2024, 9, 30))
    got = resolve_period("首2季", date(2024, 8, 20))
    assert (got.start, got.end) == (date(2024, 1, 1), date(2024, 6, 30))


def test_batches_are_a_flow_unless_still_in_hand_and_a_task_in_brackets_is_the_goal() -> None:
    raw = ("某某县2025年上半年农产品质量安全抽检情况通报\n\n"
           "　　上半年，全县蔬菜抽检1200批次，不合格18批次。其中，农药残留超标12批次。"
           "全县完成年度任务（2500批次）的48%。其余5批次正在复检中。\n")
    kinds = {m.quote: m.kind for m in _metrics(raw, date(2025, 7, 10))}
    assert kinds["18批次"] == "actual"
    assert kinds["12批次"] == "actual"
    assert kinds["2500批次"] == "target"
    assert kinds["5批次"] == "count_total"


def test_a_single_day_dates_its_own_clause_only() -> None:
    raw = ("某某市国庆假期旅游情况\n\n　　国庆假期（10月1日至8日），全市接待游客500万人次。"
           "其中，某某古镇接待游客40.2万人次，10月3日单日接待7.1万人次；某某公园接待游客55.6万人次。\n")
    found = {m.quote: m for m in _metrics(raw, date(2025, 10, 9))}
    assert (found["7.1万人次"].period_start, found["7.1万人次"].period_end) == (
        date(2025, 10, 3), date(2025, 10, 3))
    assert (found["55.6万人次"].period_start, found["55.6万人次"].period_end) == (
        date(2025, 10, 1), date(2025, 10, 8))


def test_the_parts_of_a_stock_at_a_day_stand_at_that_day() -> None:
    raw = ("某某县茶产业发展综述\n\n　　今年全县茶叶产量增长8%，带动茶农增收。"
           "全县现有茶叶企业120家，其中规模以上企业15家、省级龙头企业3家；茶叶合作社210家。\n")
    found = {m.quote: m for m in _metrics(raw, date(2025, 12, 10))}
    for quote in ("120家", "15家", "3家", "210家"):
        assert (found[quote].period_start, found[quote].period_end) == (
            date(2025, 12, 10), date(2025, 12, 10)), quote


def test_a_part_after_a_change_with_a_thousands_comma_is_of_the_stock() -> None:
    # 其中 after 按年增加1,800人: a part of the stock before the change, not of the change
    raw = ("2025年第2季就業調查\n\n　　按行業統計，零售業就業人數為3.12萬人，按年增加1,200人，"
           "其中收銀員0.85萬人。\n")
    kinds = {m.quote: m.kind for m in _metrics(raw, date(2025, 8, 5))}
    assert kinds["3.12萬人"] == "count_total"
    assert kinds["0.85萬人"] == "count_total"


def test_a_city_after_the_city_before_is_no_trade_partner() -> None:
    raw = ("2025年前10个月浙江省外贸进出口情况\n\n　　全省进出口4.2万亿元。宁波市进出口1.2万亿元，"
           "增长5.1%，占全省的28.6%；温州市3200.5亿元，增长6.3%；台州市2800.1亿元，增长2.2%。\n")
    found = {m.quote: m.subject for m in _metrics(raw, date(2025, 11, 20))}
    assert found["3200.5亿元"] == "温州"
    assert found["2800.1亿元"] == "台州"
