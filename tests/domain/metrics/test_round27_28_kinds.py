"""Blind rounds 27 and 28's kind misses (tests/gold/heldout/README.md), each a class of phrasing
stated on short sentences written for it in the genre's manner: a disease report's cases, a postal
bulletin's items and complaints, a work-safety release's incidents and orders."""

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def _kinds(texts, doc=date(2025, 11, 20), home="厦门市"):
    """Each quote's kind, for one paragraph of ``texts`` (one text per sentence)."""
    return {q: m.kind for q, m in by_quote(metrics(texts, doc, home)).items()}


# 1. cases reported in a period (例) and doses given (剂次) are events of it, flows, as 起 is; a
# running total of them (累计) stays count_total


def test_cases_reported_in_a_month_are_a_flow():
    found = _kinds(["10月份，全市共报告法定传染病11种3921例，死亡2人。",
                    "其中，病毒性肝炎203例，以乙型肝炎为主（161例）；",
                    "梅毒139例，较上月增加4.5%。"])
    assert [found[q] for q in ("3921例", "203例", "161例", "139例")] == ["actual"] * 4


def test_a_running_total_of_cases_stays_a_total():
    found = _kinds(["10月份，全市报告突发公共卫生事件3起，累计发病58例。"])
    assert found["3起"] == "actual"
    assert found["58例"] == "count_total"


def test_doses_given_more_than_a_year_before_are_a_flow():
    found = _kinds(["截至10月31日，累计接种流感疫苗31.2万剂次，比去年同期多接种3.6万剂次。"])
    assert found["31.2万剂次"] == "count_total"
    assert found["3.6万剂次"] == "actual"


# 2. pieces and copies (件, 份) counted over a span with no stock word are what was handled, sent
# or tested in it; at a day, or in force (现行), or carried over (结转) they stand


def test_items_handled_over_a_week_or_a_month_are_a_flow():
    found = _kinds(["第45周（11月3日—11月9日），网络实验室共检测流感样病例标本386份，"
                    "流感病毒核酸阳性142份。",
                    "10月份，订销报纸业务1.21亿份，同比下降2.4%。"])
    assert [found[q] for q in ("386份", "142份", "1.21亿份")] == ["actual"] * 3


def test_items_in_force_or_carried_over_stand():
    found = _kinds(["全年共受理政府信息公开申请86件，上年结转3件。",
                    "全年对现行有效的118件行政规范性文件进行了清理。"],
                   doc=date(2025, 1, 20), home="湖州市")
    assert found["86件"] == "actual"
    assert found["3件"] == "count_total"
    assert found["118件"] == "count_total"


# 3. a regulator's consumer complaints (申诉) are casework of the period, as 投诉 are; their rate
# given per a base count (每百万件…) is a share


def test_complaints_handled_and_their_rate_per_a_base():
    found = _kinds(["10月份，全省邮政管理部门共处理消费者申诉1.18万件，环比下降3.2%。",
                    "其中有效申诉392件，有效申诉率为每百万件快递业务量0.38件。"])
    assert found["1.18万件"] == "actual"
    assert found["392件"] == "actual"
    assert found["0.38件"] == "share"


# 4. a safety regulator's orders of a period (责令…, 提请关闭取缔) are flows, as 查处 is; events
# named by what they involved (涉及货车的事故) are counted, no spread of what a fund involves


def test_enforcement_orders_of_a_period_are_a_flow():
    found = _kinds(["1—9月，全市立案处罚986宗；", "责令停产停业整顿企业64家，提请关闭取缔21家。"],
                   doc=date(2025, 10, 20), home="佛山市")
    assert found["64家"] == "actual"
    assert found["21家"] == "actual"


def test_incidents_named_by_what_they_involved_are_a_flow():
    found = _kinds(["1—9月，全市道路运输领域发生事故108起。",
                    "其中，涉及货车的事故39起，占道路运输事故的36.1%。"],
                   doc=date(2025, 10, 20), home="佛山市")
    assert found["39起"] == "actual"
    spread = _kinds(["债券资金主要用于保障性住房建设，共涉及项目214个。"])
    assert spread["214个"] == "count_total"


# 5. a survey's outlook: a forecast the respondents give (根据受访厂商预估，…介于…) is a goal (as
# 预计 is); the share of a group named by what it expects (预期接单增加者占…) is a share


def test_a_forecast_given_by_the_respondents_is_a_goal():
    found = _kinds(["根据受访厂商预估，12月外销订单金额介于650亿至690亿美元，"
                    "较上年同月增加15.2%至22.3%。"], doc=date(2025, 12, 20), home=None)
    assert found["650亿至690亿美元"] == "target"
    assert found["15.2%至22.3%"] == "target"


def test_the_share_of_respondents_expecting_more_is_a_share():
    found = _kinds(["11月外销订单动向指数为51.2，其中受访厂商预期接单增加者占35.6%，"
                    "预期减少者占17.3%。", "预期订单增加的企业占41.5%。"],
                   doc=date(2025, 12, 20), home=None)
    assert [found[q] for q in ("35.6%", "17.3%", "41.5%")] == ["share"] * 3


# 6. a commentary's review: a five-year plan's figure against the plan before, in the plan's last
# year, is a result (as 比上年 is); things named as needing doing (需要填报的表格) and 将 that puts
# nouns before where they go (将人员、经费向一线倾斜) hold no goal; those that have done something
# so far after 已有 are members that qualified (count_total)


def test_a_plan_period_against_the_plan_before_is_a_result_in_its_last_year():
    found = _kinds(["“十四五”时期，国务院部门印发的文件数量比“十三五”时期减少近25%。"],
                   doc=date(2025, 11, 24), home=None)
    assert found["近25%"] == "growth_rate"


def test_things_named_as_needing_doing_hold_no_goal():
    found = _kinds(["某市推行“一表通”后，社区需要填报的表格由98张精简至17张；",
                    "一些街道将人员、经费向一线倾斜，网格员队伍三年间翻了一番。"],
                   doc=date(2025, 11, 24), home=None)
    assert found["98张"] == "count_total"
    assert found["17张"] == "count_total"
    assert next(k for q, k in found.items() if q.endswith("一番")) == "growth_rate"


def test_those_that_have_done_it_so_far_are_members_that_qualified():
    found = _kinds(["据统计，今年前三季度全国已有超过8000个村（社区）完成事项清单编制。"],
                   doc=date(2025, 11, 24), home=None)
    assert found["超过8000个"] == "count_total"


# 7. a work-safety release's year so far: firms inspected (家次) under a campaign's name are what
# was done, no plan's scope; the clause right after a running total that opens its task counts on
# under its 累计 (but not when 累计 opens a later clause of a year's list)


def test_firms_inspected_under_a_campaign_are_a_flow():
    found = _kinds(["第三季度，围绕“安全生产治本攻坚三年行动”开展专项检查3,862家次，"
                    "查处隐患1.31万项。"], doc=date(2025, 10, 20), home="佛山市")
    assert found["3,862家次"] == "actual"


def test_a_running_total_goes_on_into_the_next_clause():
    found = _kinds(["1—9月，全市立案处罚1,024宗。",
                    "累计开展安全生产宣传培训活动2,105场次，培训企业从业人员16.2万人次。"],
                   doc=date(2025, 10, 20), home="佛山市")
    assert found["2,105场次"] == "count_total"
    assert found["16.2万人次"] == "count_total"
    # one 累计 governs the coordinated clauses after it (tests/gold/README.md, session 24)
    year = _kinds(["学校全年举办校园招聘会396场，累计邀请用人单位4870家，提供岗位需求11.4万个。"],
                  doc=date(2025, 12, 20), home=None)
    assert year["11.4万个"] == "count_total"


# 8. a bank's ranking: a move against an earlier year (较上年上升12位) is a change (growth_rate),
# as points against one are


def test_a_rank_move_against_last_year_is_a_change():
    found = _kinds(["在2024年全球银行1000强榜单中，该行按一级资本排名第231位，较上年上升9位。"],
                   doc=date(2025, 3, 28), home=None)
    assert found["第231位"] == "rank"
    assert found["9位"] == "growth_rate"


# 9. a release's section whose run-in heading names a running total's span (五、累計1至9月：) gives
# running totals over it in the paragraph's later sentences, as a clause with its own 累计 does


def test_a_paragraph_headed_by_a_running_totals_span_gives_running_totals():
    raw = ("經濟部統計處新聞稿\n\n"
           "一、外銷訂單：9月外銷訂單金額為612.4億美元，較上年同月增18.2%。\n\n"
           "五、累計1至9月：主要貨品接單詳如表1，資訊通信產品及電子產品分居前二位。"
           "按地區別，來自美國接單1,706.2億美元，年增30.4%；來自歐洲接單702.5億美元，年增8.1%。\n")
    found = document_by_number(raw, date(2025, 10, 20))
    assert found["612.4億美元"].kind == "actual"
    assert found["1,706.2億美元"].kind == "count_total"
    assert found["702.5億美元"].kind == "count_total"
    assert found["30.4%"].kind == "growth_rate"
    # the same page with its digits full-width (a copy's damage): the heading is read as cleaned
    wide = raw.replace("五、累計1至9月", "五、累計１至９月")
    assert document_by_number(wide, date(2025, 10, 20))["1,706.2億美元"].kind == "count_total"


# 10. (round 26's relabel, h82) the members of a group that moved, counted after the change and 的
# (价格上涨的11个，下降的9个) are how many are so (count_total), as 上涨的有13个 is


def test_members_that_moved_counted_after_de_are_a_count_of_members():
    found = _kinds(["本周重点监测的24个品种中，价格上涨的13个，下降的8个，持平的3个。"],
                   doc=date(2025, 11, 21), home=None)
    assert [found[q] for q in ("13个", "8个", "3个")] == ["count_total"] * 3


def test_a_running_total_after_its_date_and_scope_goes_on():
    found = _kinds(["截至2025年底，全区累计引进世界500强企业投资项目39个，"
                    "落户区域总部和研发中心21家。"],
                   doc=date(2026, 1, 20), home="成都市")
    assert found["39个"] == "count_total"
    assert found["21家"] == "count_total"


# 11. an audit's report on a year: a count of what it found, dated by its paragraph's year, is a
# finding (actual), as an undated one already was; what was done by a 截至 day stays a stock


def test_an_audits_findings_dated_by_the_paragraph_are_findings():
    raw = ("关于2024年度市级预算执行和其他财政收支的审计工作报告\n\n"
           "一、市级预算执行审计情况\n\n"
           "2024年，市级一般公共预算收入完成186.2亿元。"
           "一是预算编制不够精准。9个部门年初预算代编未细化到具体项目，涉及资金6.12亿元。\n\n"
           "二、审计整改情况\n\n"
           "对上年度审计工作报告反映的问题，截至2025年6月底，已整改到位问题金额7.4亿元；"
           "有关部门和单位制定完善规章制度38项，追责问责51人。\n")
    found = document_by_number(raw, date(2025, 8, 26))
    assert found["9个"].kind == "actual"
    assert found["38项"].kind == "count_total"


# 12. a count per a base of heads (每100名员工中有0.8人被裁退) or per week (每周航班量) is a rate
# of the period (actual), no count of things standing, also at a 截至 day


def test_counts_per_a_base_of_heads_or_per_week_are_rates():
    found = _kinds(["第三季裁员人数为3200人，每100名员工中有0.7人被裁退。"],
                   doc=date(2025, 12, 15), home=None)
    assert found["0.7人"] == "actual"
    week = _kinds(["截至10月底，国际航线每周航班量达到7920班，恢复至2019年同期的90.2%。"],
                  doc=date(2025, 11, 20), home=None)
    assert next(k for q, k in week.items() if q.endswith("7920班")) == "actual"


# 13. 预期 as the expectations a result met or missed (符合预期, 好于预期) is a noun, no forecast
# for the clauses after it


def test_expectations_met_are_no_forecast():
    found = _kinds(["截至2024年底，12项指标达到或超过序时进度，5项符合预期，2项进展滞后。"],
                   doc=date(2025, 1, 20), home="合肥市")
    assert found["2项"] == "count_total"


# 14. a share more or fewer than at an earlier time (较二〇二三年多约三成, 比上年少两成) is a change


def test_a_share_more_than_an_earlier_year_is_a_change():
    found = _kinds(["年内本港共有1,986次闪电录得于香港境内，较二〇二三年多约两成。"],
                   doc=date(2025, 1, 15), home="香港")
    assert next(k for q, k in found.items() if q.endswith("两成")) == "growth_rate"


# 15. a statistics office's GDP release: how far a forecast was revised against an earlier one
# (较8月预测上修1.44个百分点) is no goal (other), and a quarter's growth annualised (换算年率) a
# growth rate


def test_a_forecasts_revision_and_an_annualised_rate():
    found = _kinds(["经季节调整后之实质GDP较上季增加0.96%，换算年率为3.91%。",
                    "预测114年全年经济成长率为4.21%，较8月预测上修1.05个百分点。"],
                   doc=date(2025, 11, 28), home=None)
    assert found["3.91%"] == "growth_rate"
    assert found["4.21%"] == "target"
    assert found["1.05个百分点"] == "other"


# 16. an audit report's closing section (六、加强财政管理的意见) asks for what it names: its
# figures are goals


def test_an_audit_reports_closing_advice_holds_goals():
    raw = ("关于2024年度市级预算执行和其他财政收支的审计工作报告\n\n"
           "一、市级预算执行审计情况\n\n"
           "2024年，市级一般公共预算收入完成186.2亿元，部门年初预算代编比例为14.6%。\n\n"
           "六、加强财政管理的意见\n\n"
           "（一）提高预算编制的科学性，年初预算代编比例原则上控制在8%以内。\n")
    found = document_by_number(raw, date(2025, 8, 26))
    assert found["14.6%"].kind == "share"
    assert found["8%以内"].kind == "target"


# 17. partners of an act after 还/并/也与 (区政府还与6家金融机构签署战略合作协议) are those acted
# with on the day, a flow; 已与 at a 截至 day stays a standing count


def test_partners_of_an_act_on_a_day_are_a_flow():
    found = _kinds(["1月16日上午，活动现场，区政府还与6家金融机构签署战略合作协议。",
                    "截至10月底，我国已与81个国家和地区签订双边航空运输协定。"],
                   doc=date(2025, 11, 20), home=None)
    assert found["6家"] == "actual"
    assert found["81个"] == "count_total"


# 18. a planned cut of a time limit (由20日压缩至10日): the limit it starts from is the present one,
# no goal, as 由10%降至6%'s 10% is


def test_the_limit_a_planned_cut_starts_from_is_no_goal():
    found = _kinds(["2025年，企业简易注销公告时间由20日压缩至10日。"], doc=date(2025, 2, 10),
                   home="南京市")
    assert found["20日"] == "actual"
    assert found["10日"] == "target"


# 19. a level set against a normal one as its multiple (相当于正常保有量3900万头的103.5%) is how far
# it is from the normal (other), as 较正常高 is; 为正常保有量的… stays a share


def test_a_level_as_much_as_the_normal_is_a_gap_to_it():
    found = _kinds(["10月末全国能繁母猪存栏4010万头，相当于正常保有量3900万头的102.8%。"],
                   doc=date(2025, 11, 21), home=None)
    assert found["102.8%"] == "other"


# 20. a budget report's section on the year's work to do (三、扎实做好2025年财政工作) holds goals,
# though its figures name no goal word (…支出占比保持在70%以上): not by 做好 as a heading cue (it
# made goals of a damaged page's figures, a lead sentence run into the title) but since round 73
# by the year: a share of the whole year a text is written in its first months is planned
# (h13's 70%以上, dated 2024 by its 全年, stays a miss)


def test_a_section_on_the_work_to_do_holds_goals():
    raw = ("关于某市2024年预算执行情况和2025年预算草案的报告\n\n"
           "一、2024年预算执行情况\n\n"
           "2024年，全市一般公共预算收入完成652.1亿元，县级“三保”支出占比为72.4%。\n\n"
           "三、扎实做好2025年财政工作\n\n"
           "二是兜牢“三保”底线。县级“三保”支出占比保持在70%以上。\n")
    found = document_by_number(raw, date(2025, 1, 12))
    assert found["72.4%"].kind == "share"
    assert found["70%以上"].kind == "target"


def test_an_amount_an_audit_finds_wrong_is_a_finding():
    raw = ("关于2024年度市级预算执行和其他财政收支的审计工作报告\n\n"
           "四、国有资产和政府债务审计情况\n\n"
           "审计发现，3家企业账外资产0.84亿元未入账；部分行政事业单位房产闲置。\n")
    found = document_by_number(raw, date(2025, 8, 26))
    assert found["0.84亿元"].kind == "actual"
