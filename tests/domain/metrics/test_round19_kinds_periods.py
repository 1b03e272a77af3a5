"""Round 19's kind, period, qualifier and reading misses, each a class of phrasing stated on short
texts written for it (in the manner of a national office's yearly release of figures, a monthly
trade release in Traditional script and a company's ESG report)."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

RELEASE = date(2025, 11, 12)  # a monthly release on January to October 2025
YEARLY = date(2025, 1, 20)  # a yearly release on 2024, in January

_JAN_OCT = (date(2025, 1, 1), date(2025, 10, 31))
_Y2024 = (date(2024, 1, 1), date(2024, 12, 31))
_Y2025 = (date(2025, 1, 1), date(2025, 12, 31))


def _read(texts, doc=RELEASE, home=None):
    """Each quote's metric, for one paragraph of ``texts``."""
    return by_quote(metrics(texts, doc, home))


def _dated(m) -> tuple:
    return (m.kind, m.period_start, m.period_end)


# 1. a running total written 累计 / 累計 is count_total whatever its span; its period stays the
# span (the year, the months so far)


def test_a_running_total_over_a_year_or_the_months_so_far_is_a_count_total():
    found = _read(["2024年，全省软件业务收入累计完成2130亿元，比上年增长8.1%。"], YEARLY)
    assert _dated(found["2130亿元"]) == ("count_total", *_Y2024)
    found = _read(["1-10月，全市规模以上工业增加值同比增长5.2%。",
                   "长安汽车累计销售汽车230.1万辆，同比增长8.2%。",
                   "累计发生森林火灾12次，同比减少4次。"])
    assert _dated(found["230.1万辆"]) == ("count_total", *_JAN_OCT)
    assert _dated(found["12次"]) == ("count_total", *_JAN_OCT)


# 2. a base named, then its year in brackets (较基准年（2020年）, 比基期（2015年）): the year is the
# comparison's base, no period of the figures after it in the sentence or the paragraph


ESG = date(2025, 4, 28)  # a company's report on 2024


def test_a_bracketed_base_year_dates_no_later_figure():
    found = _read(["2024年，公司二氧化硫排放量为126吨，较基准年（2019年）下降35.2%。",
                   "其中，生产基地排放98吨。",
                   "公司承诺：到2026年，单位产值水耗较基期（2019年）下降20%。"], ESG)
    assert _dated(found["35.2%"])[1:] == _Y2024
    assert _dated(found["98吨"])[1:] == _Y2024
    assert _dated(found["20%"]) == ("target", date(2026, 1, 1), date(2026, 12, 31))


# 3. a period whose figure is overtaken or neared (規模已超越上年全年, 已超过去年全年) is the one
# measured against: the months named bare in the next sentences stay in the year reported on


def test_a_year_overtaken_does_not_date_the_next_sentences_months():
    found = _read(["累计1-10月全市外贸出口2860.5亿元，增长12.4%，规模已超过去年全年。",
                   "10月，全市进口315.2亿元，增长6.1%。"])
    assert _dated(found["315.2亿元"])[1:] == (date(2025, 10, 1), date(2025, 10, 31))
    found = _read(["累計1-10月對東協出口812.3億美元，年增35.1%，規模已超越上年全年。",
                   "10月自東協進口61.4億美元，年增26.8%。"])
    assert _dated(found["61.4億美元"])[1:] == (date(2025, 10, 1), date(2025, 10, 31))


# 4. a yearly report named as such (2024年度社会责任报告): its 报告期内 is that year, 截至报告期末
# its last day, and they date the paragraph's later figures as a year or a year-end would; a
# yearly report is a report on one year even when its title parts 年度 from 报告


_CSR_REPORT = (
    "某某电气股份有限公司\n2024年度社会责任报告\n\n"
    "二、员工\n\n截至报告期末，公司在册员工3,205人，较上年末增加118人，其中技术人员812人；"
    "女性员工946人，占比29.5%。员工社会保险覆盖率100%。\n\n"
    "三、环境\n\n报告期内，公司综合能耗4.12万吨标准煤，同比下降3.1%。光伏发电占用电量的比例达到"
    "18.6%。\n")


def _document(raw: str, on: date = ESG) -> dict:
    from pipelines.domain.analysis import analyse_document
    return {m.quote: m for m in analyse_document(raw, published_on=on).metrics}


def test_a_yearly_reports_report_period_is_its_year_and_dates_the_paragraph():
    got = _document(_CSR_REPORT)
    year_end = (date(2024, 12, 31), date(2024, 12, 31))
    for quote in ("3,205人", "812人", "946人", "29.5%", "100%"):
        assert _dated(got[quote])[1:] == year_end, quote
    for quote in ("4.12万吨标准煤", "3.1%", "达到18.6%"):
        assert _dated(got[quote])[1:] == _Y2024, quote


# 5. a trade balance named by its word (出超 a surplus, 入超 a deficit): its 超 is part of the
# name, no bound of the number (超过 / 超 elsewhere still bound it)


def test_the_chao_of_a_trade_balance_is_no_bound():
    found = _read(["9月出超95.2億美元，其中對歐洲入超12.4億美元。"])
    surplus = next(m for q, m in found.items() if q.endswith("95.2億美元"))
    deficit = next(m for q, m in found.items() if q.endswith("12.4億美元"))
    assert (surplus.qualifier, surplus.quote) == ("none", "95.2億美元")
    assert surplus.indicator.endswith("出超")
    assert (deficit.qualifier, deficit.indicator.endswith("入超")) == ("none", True)
    found = _read(["全年进出口总额超3000亿元，旅游收入超千亿元，研发投入超50亿元。"])
    assert {found[q].qualifier for q in ("超3000亿元", "超千亿元", "超50亿元")} == {"over"}


# 6. cases newly arising (职业病新发病例0例, 新发感染者): the period's, a flow, wherever the name
# puts 新发; a goal a company commits to (承诺：到2026年…下降20%) is a goal


def test_new_cases_are_a_flow_and_a_commitment_a_goal():
    found = _read(["报告期内，公司职业病新发病例0例，在岗职工职业健康检查率100%。",
                   "公司承诺：到2027年，单位产品水耗较2020年下降20%。"], ESG)
    assert _dated(found["0例"])[0] == "actual"
    assert _dated(found["20%"]) == ("target", date(2027, 1, 1), date(2027, 12, 31))


# 7. an amount named by a flow word in a sentence after 截至2024年底 (…直接产值超过9600亿元) is the
# year's flow (actual, the whole year), not a sum to date; the stocks and their rates stay at
# the point


def test_a_flow_after_an_earlier_sentences_year_end_is_the_years():
    found = _read(["截至2024年底，累计认定地理标志产品2544个，有效注册商标量4756.8万件，"
                   "同比增长3.3%。", "地理标志产品直接产值超过9600亿元。"], YEARLY)
    assert _dated(found["超过9600亿元"]) == ("actual", *_Y2024)
    point = (date(2024, 12, 31), date(2024, 12, 31))
    assert _dated(found["2544个"]) == ("count_total", *point)
    assert _dated(found["3.3%"])[1:] == point


# 8. a plan's goal quoted with the plan that set it (提前实现“十四五”规划确定的…的预期目标) is for
# the plan's years, not the point the sentence reports at


def test_a_goal_quoted_with_its_plan_is_for_the_plans_years():
    found = _read(["截至2024年底，全省森林覆盖率达到62.1%，"
                   "提前实现“十四五”规划确定的61%的约束性目标。"], YEARLY)
    assert _dated(found["61%"])[1:] == (date(2021, 1, 1), date(2025, 12, 31))
    assert _dated(found["达到62.1%"])[1:] == (date(2024, 12, 31), date(2024, 12, 31))


# 9. hours or visits summed by 累计 after the year (志愿服务时长累计1.9万小时) are the year's:
# no total of them stands at the year's end as things built do (累计建成…个 stays at its end)


def test_hours_summed_after_the_year_are_the_years():
    found = _read(["全年开展志愿活动320场，志愿服务时长累计2.6万小时。",
                   "全年新建充电桩1.2万个，累计建成超过5.8万个。"], YEARLY)
    assert _dated(found["2.6万小时"])[1:] == _Y2024
    assert _dated(found["超过5.8万个"])[1:] == (date(2024, 12, 31), date(2024, 12, 31))
    found = _read(["全年开展志愿活动320场。", "志愿服务时长累计2.6万小时。"], YEARLY)
    assert _dated(found["2.6万小时"])[1:] == _Y2024


# 10. what a figure covers (覆盖…4个县的27个行政村) is counted as that figure is: a year's aid
# covers the year's villages (actual); routes standing cover villages standing (count_total)


def test_what_a_flow_covers_is_a_flow_and_what_a_stock_covers_a_stock():
    found = _read(["2024年，公司乡村振兴帮扶资金850万元，覆盖某某县等3个县的19个行政村。",
                   "全市农村客运线路达到412条，覆盖1260个行政村。"], ESG)
    assert (found["3个"].kind, found["19个"].kind) == ("actual", "actual")
    assert found["1260个"].kind == "count_total"


# 11. an audit's report on a year (…2024年度…的审计工作报告): the units, projects and people it
# counts with no period of their own are what the audit found in that year (actual, the year);
# a yearly bulletin's undated counts stay stocks


_AUDIT_REPORT = (
    "关于2024年度市级预算执行和其他财政收支的审计工作报告\n\n"
    "一、部门预算执行审计情况\n\n"
    "4个部门超标准列支差旅费、会议费共计52.3万元。7家单位未按规定执行政府采购程序，涉及金额"
    "1260万元。\n")
_BULLETIN = "2024年某市国民经济和社会发展统计公报\n\n全市共有普通高中23所。\n"


def test_an_audits_undated_counts_are_findings_of_the_year():
    got = _document(_AUDIT_REPORT, date(2025, 8, 26))
    assert _dated(got["4个"]) == ("actual", *_Y2024)
    assert _dated(got["7家"]) == ("actual", *_Y2024)
    got = _document(_BULLETIN, date(2025, 3, 20))
    assert _dated(got["23所"]) == ("count_total", None, None)


def test_a_part_of_a_flow_given_by_qizhong_is_a_flow_and_of_a_stock_a_stock():
    found = _read(["2024年，全市新增技能人才5230人，其中高技能人才1460人。",
                   "全市共有幼儿园1218所，比上年减少24所，其中普惠性幼儿园1034所。"], YEARLY)
    assert found["1460人"].kind == "actual"
    assert found["1034所"].kind == "count_total"
