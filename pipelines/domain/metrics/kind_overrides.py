"""Kinds the cue words (:func:`.kind.kind_of`) get wrong, each corrected by a rule of its own
(:func:`rekinded`): a normal value, a forecast given up, a rule's parameter are no results and no
goals (``other``, undated); a fund committed, a goal restated, a revised budget are goals. The rules
that read a running total are in :mod:`.running_totals`, those that read the figure before in
:mod:`.carried_kinds`; a rate of an earlier period compared with is that period's growth.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.carried_kinds import (
    EFFECT_ESTIMATED,
    PART,
    RATE_UNITS,
    covered_by_a_flow,
    forecast_clause_goes_on,
    forecast_goes_on,
    goal_goes_on,
    last_of_unit,
    level_goes_on,
    mean_list_goes_on,
    measure_of_the_flow,
    part_of_a_result,
    rate_list_goes_on,
    ratio_level_goes_on,
    term_goes_on,
    time_or_result_of_its_own,
)
from pipelines.domain.metrics.clauses import CLAUSE_MARKS
from pipelines.domain.metrics.clauses import clause_end as clause_end_at
from pipelines.domain.metrics.goal_words import (
    TO_LEVEL,
    committed_fund,
    gap_to_goal_in_brackets,
    goal_in_brackets,
    restated_goal,
)
from pipelines.domain.metrics.group_members import listed_scope
from pipelines.domain.metrics.kind import (
    classify,
    is_density,
    line_value,
    normal_value,
    up_to_a_day,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.names_after import grant_name, per_head_standard_name
from pipelines.domain.metrics.naming import plan_level_unbracketed
from pipelines.domain.metrics.period_spans import NO_PERIOD
from pipelines.domain.metrics.ranked_changes import ranked_change
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.metrics.rule_parameters import (
    SCHEME_LIMITS,
    benefit_adjusted,
    contract_parameter,
    grant_cap,
    grant_parameter,
    procedure_heading,
    rounding_step,
    rule_bound,
    scoring_step,
    set_aside_share,
    standard_list_item,
    standard_parameter,
    tender_scope,
)
from pipelines.domain.metrics.running_totals import (
    NEW_WORDS,
    done_part_of_the_total,
    measure_of_the_total,
    part_of_a_running_total,
    running_total_goes_on,
    running_total_of_the_paragraph,
    running_total_opens_sentence,
    running_total_verb_repeated,
    split_of_a_running_total,
)
from pipelines.domain.records import Period

_BARE_TOTAL = "累计"  # a running total's period text when the total names no date
UNCHANGED = "持平"  # (a change written as a word: the candidate of extract.unchanged)
_FORECAST_WORDS = ("预测", "预期", "预计", "目标")
_BRACKETS = "（("  # (checked first: most numbers stand in none)


# a change since an earlier point right after a count (，比上年末增加19条, 较年初净增): the count
# is a stock at its date (the change itself is a flow)
_STOCK_CHANGE_AFTER = re.compile(
    r"[，,]\s*(?:比|较)(?:上年末|去年末|上年底|去年底|年初|上月末|上季末|上年年末)")


# a forecast quoted as the base of a comparison (高于11月初预估的2.9%, 低于此前预测的3%)
_FORECAST_OF = re.compile(r"(?:预估|预测|预计|估计|预期)的$")


# what a count's things are still undergoing, right after it (其余11批次正在核查中, 3个项目仍在
# 建设中): those in that state at the time, a stock, whatever flow their unit counts
_STILL_UNDER_WAY = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:正在|仍在|尚在)[\u4e00-\u9fff]{1,6}中")


_REALISED = "实际"
_BOUNDS = ("at_least", "at_most")
_INCLUSIVE = ("（含）", "(含)")
# a plan's or a proposal's terms (a buy-back's, an issue's, a holding change's)
_PLANNED_TERMS = ("方案", "议案", "回购", "增持", "减持")
_CELL_GAPS = (" ", "\u3000")  # (the space between a label and its value)
# terms the parties agreed (约定借款期限6个月，月利率1.5%): within the clauses after 约定
_AGREED = "约定"
_AGREED_TERMS = re.compile(r"约定[^。；;]*$")
_AGREED_REACH = 24  # characters before the number


def _line_of(sc: SentenceScope) -> str:
    """The printed line a sentence stands on, from its start (a list item's clauses after ；
    are on their item's line)."""
    raw, start = sc.raw or "", sc.sent.raw_start
    return raw[raw.rfind("\n", 0, start) + 1 : sc.sent.raw_end] if raw else sc.sent.text


_CEILINGS = ("债务限额",)  # (政府债务限额, 一般债务限额, 专项债务限额)


# a clause of the rate done (预计完成7.4%, 实际完成) after one of a planned growth rate
_DONE_RATE = re.compile(r"(?:预计|实际)?(?:完成|实现)")
_PLANNED_GROWTH = re.compile(r"(?:计划|目标|预期)(?:为)?(?:增长|增速为?)[\d.]+%(?:左右)?[，,]$")
_PLANNED_GROWTH_CHARS = 24


def rekinded(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """Correct ``r.kind`` (and its period, and the name of a grant) after the cue words."""
    text, cand, pos, comma_start, task_start = sc.text, r.cand, r.pos, r.comma_start, r.task_start
    if tender_scope(_line_of(sc), text, cand.end):
        r.kind, r.period = "other", NO_PERIOD  # 3.建设规模：本期改造老旧小区14个，…；新建停车位
        # 420个: what a tender buys, set by its procedure (as its budget)
        return
    if r.kind == "share" and cand.unit == "%" and ranked_change(text, pos) is not None:
        r.kind = "growth_rate"  # 增幅居前三位的为南通（9.6%）、…: each place's change, ranked
        return
    if r.kind == "share" and cand.unit == "%" and _DONE_RATE.fullmatch(
            text, comma_start, cand.start) is not None and _PLANNED_GROWTH.search(
            text, max(0, comma_start - _PLANNED_GROWTH_CHARS), comma_start) is not None:
        r.kind = "growth_rate"  # 规模以上工业增加值计划增长7%，预计完成7.4%: the rate of the
        # growth planned in the clause before, done (完成年度计划的104% stays a share: 的)
        return
    if r.kind != "target" and cand.value == 0 and text.startswith(UNCHANGED, cand.start):
        r.kind = "growth_rate"  # 居民消费价格同比持平: a change of 0
        return
    if r.kind != "target" and normal_value(text, pos):
        r.kind, r.period = "other", NO_PERIOD  # （正常：23.5°C）: the normal itself, a base
    if r.kind != "target" and "水位" in text and line_value(text, pos):
        r.kind, r.period = "other", NO_PERIOD  # （警戒水位21.50米）: the line itself, a base
    if _OF in text and (line := _benchmark(text, cand)) is not None:
        # 猪粮比价为5.6:1，…低于5.9:1的盈亏平衡点: the line it is held against, its value exact
        r.kind, r.period, r.indicator = "other", NO_PERIOD, line
        r.qualifier, r.qualifier_text = "none", None
        return
    if r.kind in _OUTCOME_OR_STOCK and r.indicator and r.indicator.endswith(_CEILINGS):
        # 核定我县2024年政府债务限额为58.60亿元: the ceiling set for the year's debt, what its
        # balance is held under, no amount done (other, the year's)
        r.kind = "other"
        return
    if r.kind == "target" and r.indicator and r.indicator.startswith(_REALISED) and (
            text[cand.start - 1 : cand.start] in _CELL_GAPS and _REALISED in text[comma_start:pos]):
        # 实际回购股数　3,862,400股 after 预计回购金额 and a plan's dates (a notice's box of label
        # and value lines): what was done, named so, is no goal
        r.kind = classify(cand, r.indicator, "", text[comma_start:pos], False)
        return
    if r.kind != "target" and r.qualifier in _BOUNDS and text.startswith(
            _INCLUSIVE, cand.end) and any(w in text for w in _PLANNED_TERMS):
        # 回购资金总额不低于人民币5,000万元（含）且不超过人民币10,000万元（含）, 回购价格上限由
        # 不超过22.00元/股（含）调整为…: the bounds a plan sets (（含） the bound included), no
        # result
        r.kind = "target"
        return
    if r.kind != "target" and plan_level_unbracketed(text, cand.start, cand.end):
        r.kind = "target"  # 完成年度计划1480万吨的83.5%: the plan's level, a goal
        return
    if cand.start > 0 and text[cand.start - 1] in _BRACKETS and goal_in_brackets(text, cand):
        r.kind = "target"  # 低于计划目标（3%）: the goal's value, what the result is held against
        return
    if r.kind != "other" and gap_to_goal_in_brackets(text, cand):
        r.kind = "other"  # 比年度计划目标（5%左右）低0.2个百分点: the gap to the goal
        return
    if r.kind == "actual" and cand.category == "count" and _STILL_UNDER_WAY.match(
            text, cand.end) is not None:
        r.kind = "count_total"  # 其余11批次正在核查中: those still in hand, a stock at the time
        return
    if text.endswith("由", 0, pos) and TO_LEVEL.match(text, cand.end) and any(
            w in text[comma_start:pos] for w in _FORECAST_WORDS):
        # 将经济增长预测由2.5%至3.5%收窄至2.5%: the forecast given up is no goal and no result
        r.kind, r.period = "other", NO_PERIOD
    elif grant_parameter(text, cand, comma_start, task_start, r.qualifier_text):
        r.kind, r.period = "other", NO_PERIOD  # 给予一次性奖励50万元: a rule's parameter
        r.indicator = grant_name(text, cand, r.indicator, task_start)
        if r.qualifier == "none" and grant_cap(text[comma_start:pos]):
            r.qualifier = "at_most"  # 上限4万新元: the cap bounds the grant from above
    elif rule_bound(text, cand) or (r.kind == "target" and _EACH_DOES.search(
            text, max(0, pos - _EACH_DOES_CHARS), pos) is not None):
        # 按照每百户不低于20平方米的标准: a rule's level; 支持200个左右城市各建设1—2个托育综合服务
        # 中心: what each member is to do, a quota per member, no total of a year
        r.kind, r.period = "other", NO_PERIOD
    elif (named := per_head_standard_name(text, cand, r.indicator)) is not None and (
            _rate_set_per_unit(text, cand)):
        r.kind, r.period = "other", NO_PERIOD  # 寄宿制学校另按每生每年200元标准增加公用经费:
        r.indicator = named  # the rule's rate, named by whom it is for and what it does
    elif (standard_parameter(text, r.indicator, cand.category)
          and (r.kind != "target" or "指导线" in text or (
              r.indicator or "").endswith(SCHEME_LIMITS))) or _rate_set_per_unit(text, cand) or (
            standard_list_item(text, cand, r.kind == "target")) or (
            (r.kind != "target" or r.cand.category == "currency") and _tariff_set(sc, r)) or (
            benefit_adjusted(text, cand, r.indicator, task_start)):
        # 月最低工资标准1930元/月: a rule's level; 最低薪金将…调高至每月1900令吉: the new rate a
        # change sets per head or month, whenever it takes effect
        r.kind, r.period = "other", NO_PERIOD
    elif (step := rounding_step(text, cand)) is not None:
        r.kind, r.period, r.indicator = "other", NO_PERIOD, step  # 向0.05%的整数倍就近取整: the
        # step a rule rounds to, its parameter
    elif contract_parameter(cand, r.indicator, text, task_start) or (
            r.kind != "target" and set_aside_share(cand, r.indicator)) or (
            term_goes_on(so, r, text)) or (
            _hearing_seats(sc, r)) or procedure_heading(sc.sent.heading_path, cand) or (
            scoring_step(text, cand, comma_start)):
        # 计划工期：540日历天, 最高限价1785.6万元, 价格分值占30%, 预留采购份额的比例为40%, 在第15
        # 年末…提前偿还本金的50%, 五、投标保证金 包1：2.0万元, 每有一项…负偏离扣5分: what a
        # contract or its procurement sets
        r.kind, r.period = "other", NO_PERIOD
    elif r.kind == "share" and _AGREED in text and _AGREED_TERMS.search(
            text, max(0, pos - _AGREED_REACH), pos) is not None:
        # 双方签订《借款合同》，约定借款期限6个月，月利率1.5%: a rate the contract sets is its term,
        # of no period (as a bond's 票面利率), not of the day the contract was signed
        r.period = NO_PERIOD
    elif r.kind in _OUTCOME_OR_STOCK and _GAP in text[comma_start:pos] and not (
            cand.category == "multiple" and r.indicator.endswith(_GAP_RATIO)):
        # 两地的差距由上半年的1032.5亿元扩大到…, 与深圳的差距缩小至3345.5亿元: the gap between two
        # figures, neither's level nor its change (两者差距倍数为6.20倍: a ratio's level, a
        # statistic of its own)
        r.kind = "other"
    elif r.kind != "target" and (committed_fund(text, cand, task_start, r.qualifier)
                                 or _yearly_commitment(sc, r)):
        # 每年统筹安排…专项资金不少于10亿元: a fund committed; 每年提供就业见习岗位1万个以上: a
        # floor a policy sets itself for every year
        r.kind = "target"
    elif r.kind != "target" and _restated_goal(so, r, text):
        r.kind = "target"  # 低于3%左右的调控目标, …5.3%，控制在5.5%以内: the goal restated
    elif r.kind == "actual" and _revised_estimate(text, r):
        r.kind = "target"  # 2024年一般公共预算收入修订预算为520亿元: an estimate, no outcome
    elif r.kind == "count_total" and cand.category == "count" and text.endswith(
            metric_lexicon().causative_verbs, 0, cand.start):
        r.kind = "actual"  # 督促1,184户用人单位补发…工资差额: a count after a causative counts
        # the events caused in the period, a flow (tests/gold/README.md)
    elif (r.kind == "actual" and cand.category == "count" and not is_density(r.indicator)
          and _STOCK_CHANGE_AFTER.match(text, cand.end) is not None):
        r.kind = "count_total"  # 航线达到352条，比上年末增加19条: a stock, changed since a year end
    elif (r.kind == "actual" and cand.category == "count"
          and _MEMBERS_OF_A_GROUP.search(text, max(0, pos - _MEMBERS_CHARS), pos) is not None):
        # 14个设区市中，有11个市规上工业增加值实现增长: how many members of the group counted so
        # qualified, not the flow their name holds
        r.kind = "count_total"
    elif (r.kind == "actual" and cand.category == "count"
          and _PLACES_THAT_MOVED.match(text, cand.end) is not None):
        # 全国共有21个省份彩票销售量出现增长: how many places moved so, members of the whole
        r.kind = "count_total"
    elif r.kind in _OUTCOME_OR_STOCK and _members_of_a_scope(sc, r):
        # 22项主要指标中，预计19项完成或超额完成，3项未达到预期: the members that qualified
        r.kind = "count_total"
    elif r.kind != "target" and _TO_BE_DONE_AT.match(text, cand.end) is not None:
        r.kind = "target"  # 第四批690亿元将于10月下达: a deed planned for a later time
    elif r.kind != "target" and EFFECT_ESTIMATED.match(text) is not None:
        # 按调整方案测算，…户均每月水费支出增加约5.9元: what a proposal would bring, a forecast
        r.kind, r.period = "target", NO_PERIOD
    elif r.kind != "target" and (goal_goes_on(sc, so, r) or forecast_goes_on(sc, so, r)
                                 or forecast_clause_goes_on(sc, so, r)):
        # 预计全年完成旅客运输量…；完成货邮运输量950万吨以上; 预计10月全省平均降水量…；平均气温
        # 较常年同期偏高1℃左右: the same forecast
        r.kind = "target"
    elif r.kind in _OUTCOME_OR_GOAL and part_of_a_running_total(sc, so, r) and (
            r.kind == "actual" or part_of_a_result(sc, so, r)):
        r.kind = "count_total"  # 今年累计发行债券3386.74亿元，其中新增专项债券2015.62亿元
    elif r.kind == "actual" and _part_of_a_standing_measure(sc, so, r):
        # 茶叶种植面积稳定在18.6万亩，其中投产茶园15.2万亩: a part of the area standing now
        r.kind = "count_total"
    elif r.kind == "actual" and split_of_a_running_total(sc, so, r):
        # 首十個月入境旅客累計33,186,472人次，…；留宿旅客及不過夜旅客分別有…人次及…人次
        r.kind = "count_total"
    elif r.kind == "actual" and done_part_of_the_total(sc, so, r):
        r.kind = "count_total"  # 排查重大事故隐患1273项，已整改1219项: the part of the total done
    elif r.kind == "actual" and running_total_goes_on(sc, so, r):
        # 累计开展…活动2380场次，培训企业从业人员18.6万人次: under the same 累计; a bare 累计 (no
        # date of its own: the text's day, or a year reported on's last) dates the clause too
        r.kind = "count_total"
        total = so.last_row()
        if total is not None and total.period_text == _BARE_TOTAL and (
                total.period_start == total.period_end):
            r.period = Period(text=total.period_text, start=total.period_start,
                              end=total.period_end)
    elif r.kind == "actual" and (measure_of_the_total(sc, so, r)
                                 or running_total_of_the_paragraph(sc, r)
                                 or running_total_opens_sentence(sc, r)
                                 or running_total_verb_repeated(sc, r)):
        # 累计开展…活动2380场次，培训企业从业人员18.6万人次; 五、累计1至10月：…。按地区别，来自
        # 美国接单1,923.5亿美元
        r.kind = "count_total"
    elif r.kind == "share" and cand.category == "percent" and (
            _RATE_OF_THE_CHANGE.search(text, max(0, pos - 20), pos) is not None
            or rate_list_goes_on(so, r, text) or (
                _HIGHER_LOWER.search(text, comma_start, pos) is not None
                and _COMPARED_WITH_EARLIER.search(text, 0, comma_start) is not None)):
        # 较上月增加23.4亿美元或3.6%: the change as a rate; 年增16.9%及23.1%: the list's next rate;
        # 与2019年同季比较，…则低5.4%: a change against the time the sentence compares with
        r.kind = "growth_rate"
    elif r.kind == "share" and (goal := _goal_shared(sc, so, r)) is not None:
        # 拟…合计派发现金红利4,832.6万元，占…净利润的13.89%: the goal's share, planned with it
        # and of its period (the base's period dates the base, not the share)
        r.kind = "target"
        r.period = Period(text=goal.period_text, start=goal.period_start, end=goal.period_end)
    elif r.kind == "target" and _expecting_share(sc.text, r):
        # 预期11月接单将增加之厂商占31.4%，预期减少者占17.2%，其余51.4%预期持平: a survey's
        # groups by what they expect, their shares now, no goal
        r.kind = "share"
    elif r.kind == "target" and _places_by_their_goal(sc, r):
        # 有26个省份的GDP增长目标不低于5%, 目标在6%及以上的有4个: how many places set such a
        # goal, counted now, no goal of its own
        r.kind = "count_total"
    elif r.kind == "target" and part_of_a_result(sc, so, r):
        # 全国银幕总数已达8.9万块，其中今年新增银幕2860块: a part of what was reached, reached too
        # (the year not over is no goal without a goal word of its own)
        r.kind = classify(cand, r.indicator, r.gap, r.clause_text, False)
    elif r.kind == "count_total" and measure_of_the_flow(sc, so, r):
        r.kind = "actual"  # 贷款发放1.26万笔、金额86.5亿元: the loans' sum, of the month's flow
    elif r.kind == "count_total" and cand.category == "count" and _VISITED.search(
            text, max(0, pos - _VISITED_CHARS), pos) is not None:
        r.kind = "actual"  # 深入18个县（市、区）, 随机暗访企业23家: places an inspection went to
    elif r.kind == "actual" and cand.category == "count" and _part_of_a_stock(sc, so, r) and (
            _state_reached(sc.text, r)):
        # 在建项目42个，其中…等12个项目上半年已完成年度投资计划过半: those of the stock so now
        r.kind = "count_total"
    elif r.kind == "count_total" and cand.category == "count" and _PROVIDED_FOR.match(
            text) is not None and _SET_UP.search(text, comma_start, pos) is not None and not any(
            w in text for w in _AS_OF_WORDS):
        # 为保障赛事顺利进行，…沿线设置医疗点32个、补给站18个，配备AED…120台: what was provided
        # for the event, a flow of it (not 截至10月31日，共设置…门诊126家: those standing at a day)
        r.kind = "actual"
    elif r.kind == "count_total" and cand.category == "count" and _THAT_DAY.match(
            text, comma_start) is not None and _HAS not in text[comma_start:pos]:
        r.kind = "actual"  # 2025年6月10日，…，当日回购股份286,000股: what was done on the day
    elif r.kind == "count_total" and _things_that_acted(sc, r) and not _part_of_a_stock(sc, so, r):
        r.kind = "actual"  # 共有21个台风生成, 当日有3只新股上市: what happened in the period
    elif r.kind == "count_total" and cand.category == "count" and _turnout_of_an_event(sc, r):
        # 本届广交会…31.2万名境外采购商到会, 参展企业3.21万家: who came to the event over its days
        r.kind = "actual"
    elif r.kind == "count_total" and _casework_counted(sc, r):
        r.kind = "actual"  # 从诉求类型看，投诉类38.2万件: the quarter's requests of a class
    elif r.kind == "actual" and _places_reached(so, r, text):
        # 毕业生来源覆盖全国31个省, 资金共涉及项目326个: how far it reaches, not a flow
        r.kind = "count_total"
    elif r.kind == "count_total" and mean_list_goes_on(sc, so, r, text):
        r.kind = "actual"  # 每日平均乘客人次为1,268万…，专营巴士为393.5万: the next class's mean
    elif r.kind == "other" and level_goes_on(so, r):
        r.kind = "actual"  # 投标倍数为24.63倍，上一批次为20.85倍: the same level, of another
    elif r.kind == "share" and ratio_level_goes_on(sc, so, r):
        # 平均市盈率为19.42，较上月末下降0.35；其中，沪市主板15.86、科创板58.37: the same level,
        # of its parts
        r.kind = "actual"
    elif r.kind == "count_total" and _of_things_acquired(text, r):
        r.kind = "actual"  # 新增一幅住宅用地，总建筑面积约12.8万平方米: the new parcel's area
    elif r.kind == "count_total" and covered_by_a_flow(sc, so, r, text):
        # 帮扶资金620万元，覆盖…4个县的27个行政村: what a year's aid reached; 新增技能人才4850人，
        # 其中高技能人才1320人: a part of the year's new ones
        r.kind = "actual"
    elif (r.kind == "count_total" and sc.audit and cand.category == "count"
          and (r.period.start is None or (sc.inherited is not None
                                          and r.period is sc.inherited.period
                                          and not up_to_a_day(r.period)))):
        # (an audit of 2024) 5个部门超标准列支会议费: a finding of that year, also when the
        # paragraph or a heading dates it by a span (12个部门年初预算代编未细化…; not 截至
        # 2025年6月底，…；制定完善规章制度46项: what the rectification has done so far)
        r.kind = "actual"
    elif r.kind == "count_total" and sc.audit and _FOUND_WRONG.match(text, cand.end) is not None:
        r.kind = "actual"  # 4家企业账外资产1.06亿元未入账: what the audit found, not a balance


# a group counted, then how many of its members are so (14个设区市中，有11个市…实现增长; not
# 其中有: a part of a figure before; nor 每100名员工中有0.8人被裁退: a rate per base)
_MEMBERS_OF_A_GROUP = re.compile(
    r"(?<![每\d.])[\d一二三四五六七八九十百]+[个家所座名位]?[\u4e00-\u9fff]{1,8}?"
    r"(?<!其)中[，,]?(?:有|共有)$")
_MEMBERS_CHARS = 16
# places counted by a change their figure shows (21个省份彩票销售量出现增长, 12个城市实现正增长)
_PLACES_THAT_MOVED = re.compile(
    r"(?:省份|省（区、市）|省区市|省市|城市|地市|县（市、区）|县区|地区)[\u4e00-\u9fff]{0,10}?"
    r"(?:出现|实现)正?(?:增长|下降|上涨|下跌|回升)")


def _members_of_a_scope(sc: SentenceScope, r: Reading) -> bool:
    """A count opening its clause (after 预计 / 有 at most) in the measure word of a scope the
    sentence counted before (规划确定的24项主要指标中，21项达到或超过预期目标; 22项…中，预计19项完成
    …，3项未达到预期): how many of the scope's members are so, a count of members (as 的有N个),
    not what they did in the period."""
    cand, text = r.cand, sc.text
    unit = cand.unit_raw or ""
    if cand.category != "count" or not unit or r.comma_start == 0 or (
            text[r.comma_start:cand.start] not in _MEMBER_OPENERS):
        return False
    lo = max(0, r.comma_start - _SCOPE_CHARS)
    return any(m.group(1) == unit for m in _SCOPE.finditer(text, lo, r.comma_start)) or (
        listed_scope(text, r.comma_start, cand) is not None)


_MEMBER_OPENERS = frozenset({"", "预计", "有", "共有", "仍有"})
_SCOPE_CHARS = 48
# a scope its members are counted in (22项主要指标中，, 评价的58座水库中，): group 1 its
# measure word
_SCOPE = re.compile(r"(?<![每\d.])[\d一二三四五六七八九十百]+([项个家所座名位条])"
                    r"[^，,；;。\d]{1,12}?(?<!其)中[，,]")


# a change setting a rate per head or per month (提高到每人每月163元, 调高至每月1900令吉)
_SET_PER_UNIT = re.compile(
    r"(?:提高|调高|上调|调升|提升|调整|增加)[至到为]每(?:(?:人|名|户|位|生|胎|班)?(?:每)?月"
    r"|(?:人|名|户|位|生|胎|班)每?年)$")  # (提高到每生每年720元: a year's rate per pupil)
_SET_PER_UNIT_CHARS = 10
# a rate per head or household set, kept or granted right before the sum (最低薪金维持在每月
# 1700令吉, STR最高援助金额则提高至每户4600令吉, 每人获得100令吉): the rule's rate, whenever it
# applies
_HELD_PER_UNIT = re.compile(
    r"(?:(?:提高|调高|上调|调升|提升|调整|增加|维持|保持)(?:在|至|到|为)"
    r"每(?:(?:人|名|户|位|生|胎|班)(?:每?[月年])?|[月年])"
    r"|每(?:人|名|户|位)(?:可)?(?:获得|获|领取|可领))$")
# a raise a rule grants per head and month right before the sum (每人每月增加25元, 每人每月再增加
# 30元, 缴费年限每满1年每月再增加1.5元): the rule's rate, paid every month to each, no amount of
# a period (not 户均每月水费支出增加约5.9元: a mean's change, the verb away from 每月)
_RAISED_PER_UNIT = re.compile(
    r"每(?:人|名|户|位|生)?每?(?:月|年)(?:再|另|各)?(?:增加|加发|增发|提高|上调|调增)$")
# an earlier item of a list of rates right before the number (每生每年720元、940元)
_RATE_LISTED = re.compile(r"\d[\d,.]*(?:元|万元)[、和及与]$")
# a sum set per head by a standard written right after it (寄宿制学校另按每生每年200元标准增加公用
# 经费, 按每人每月300元标准发放): the rule's rate
_STANDARD_WORD = "标准"
_BY_RATE_PER_HEAD = re.compile(r"按(?:照)?每(?:人|名|户|位|生|胎|班)每?[年月日]?$")
# a wage rate named by its period, set anew (基本工资月薪调升至29,500元, 时薪调高至196元)
_WAGE_RATE_SET = re.compile(r"(?:月薪|时薪|日薪)(?:调升|调高|上调|提高|调整)[至到为]$")
# a grant raised to a rate per year or month, its name between (调升敬老金至每年11,000澳门元,
# 提高基础养老金至每月200元): the rule's new rate per head, as 提高到每人每月163元
_GRANT_SET_PER_PERIOD = re.compile(
    r"(?:提高|调高|上调|调升|提升)[^，,；;。\d]{2,8}?[至到]每[年月]$")
# a class's own rate after a grant paid per head (向每名学生发放学习用品津贴，小学生每年3,500澳门
# 元): an item of the rule's rates, its class before 每年 / 每月
_PAID_PER_HEAD = re.compile(r"[向为]每(?:名|人|户|位|生)[^，,；;。]{1,16}?(?:发放|发给|资助)")
_PER_PERIOD_AFTER_CLASS = re.compile(r"[，,][^，,；;。\d]{1,6}每[年月]$")
_PAID_PER_HEAD_CHARS = 40


def _paid_per_head_before(text: str, comma: int) -> bool:
    """The clause ending at ``comma`` pays a grant per head (向每名学生发放学习用品津贴)."""
    lo = max(0, comma - _PAID_PER_HEAD_CHARS)
    opening = max(text.rfind(c, lo, comma) for c in "，,；;。") + 1
    return _PAID_PER_HEAD.search(text, max(lo, opening), comma) is not None


def _rate_set_per_unit(text: str, cand: NumberCandidate) -> bool:
    """A sum right after a change to a rate per head or month (最低薪金将从明年2月1日起调高至每月
    1900令吉, 基本工资月薪调升至29,500元): the rule's new rate, no amount of a period (kind
    other, undated)."""
    at = cand.start
    if cand.category == "currency" and (
            prev := _RATE_LISTED.search(text, max(0, at - _SET_PER_UNIT_CHARS), at)) is not None:
        at = prev.start()  # 提高到每生每年720元、940元: the list's later rate, set as the first
    start = max(0, at - _SET_PER_UNIT_CHARS)
    return cand.category == "currency" and ((
        text.endswith(("月", "年"), 0, at)
        and _SET_PER_UNIT.search(text, start, at) is not None)
        or _RAISED_PER_UNIT.search(text, start, cand.start) is not None
        or _HELD_PER_UNIT.search(text, start, cand.start) is not None
        or _WAGE_RATE_SET.search(text, start, cand.start) is not None
        or _GRANT_SET_PER_PERIOD.search(text, start, cand.start) is not None
        or ((item := _PER_PERIOD_AFTER_CLASS.search(text, start, cand.start)) is not None
            and _paid_per_head_before(text, item.start()))
        or (text.startswith(_STANDARD_WORD, cand.end)
            and not text.startswith(_STANDARD_WORD + "化", cand.end)
            and _BY_RATE_PER_HEAD.search(text, start, cand.start) is not None))


# a price a rule sets per unit of what it prices (综合水价每立方米2.85元, 由每立方米3.96元调整为
# 4.52元, 上调0.40元) and the tiers it prices by (第一阶梯年用水量0-180立方米, 各阶梯年用水量基数
# 增加36立方米): a tariff's parameters, current or proposed; not a level measured per unit
# (单位供水成本为每立方米3.12元, 进口均价每吨…: a cost, a mean)
_PER_MEASURE = re.compile(r"每(?:立方米|吨|千瓦时|度|升|公升|公斤|千克|立方)")
_TARIFF = re.compile(r"水价|电价|气价|价格|处理费|收费标准|阶梯")
_TIER = "阶梯"
_MEASURED = ("成本", "均价", "平均")
_VOLUME_UNITS = ("立方米", "吨", "千瓦时", "度")


def _tariff_set(sc: SentenceScope, r: Reading) -> bool:
    """A price per unit of measure in a sentence on a tariff, or a volume of a tier (阶梯) of
    it: what a pricing rule sets, no result (kind other, undated)."""
    text, cand = sc.text, r.cand
    task = text[r.task_start : r.pos]
    if any(w in task for w in _MEASURED):
        return False
    if cand.category == "currency":
        return (_PER_MEASURE.search(task) is not None
                and _TARIFF.search(text, 0, r.pos) is not None)
    return _TIER in task and (cand.unit or "").endswith(_VOLUME_UNITS)


# the seats a notice of a hearing or meeting sets (听证会参加人：共25名，其中消费者参加人11名、
# 专家学者4名; 设旁听席10个): its arrangement, no result; not those who came (出席, 参加了), nor
# the insured (失业保险参加人数)
_SEATS = re.compile(r"参加人(?!数)|旁听席")
_CAME = re.compile(r"出席|到会|参加了|实到")


def _hearing_seats(sc: SentenceScope, r: Reading) -> bool:
    """A count in a sentence that sets a hearing's participants or seats (kind other)."""
    return (r.cand.category == "count" and _SEATS.search(sc.text, 0, r.pos) is not None
            and _CAME.search(sc.text) is None)


# places or firms an inspection or a survey went to in its span (深入18个县（市、区）, 随机暗访企业
# 23家, 委托其他8个市州人大常委会…开展检查, 走访企业120家): a flow of its work, not those there are
_VISITED = re.compile(r"(?:深入|走访|暗访|前往|委托)(?:其他|其余)?[\u4e00-\u9fff]{0,4}$")
_VISITED_CHARS = 10


# places a count may count (26个省份, 的省份最多，有10个)
_PLACE_CLASSES = ("省份", "省区市", "城市", "地市", "市州", "区县", "县区", "县市区")
_GOAL = "目标"
_HAS = "有"  # (…的省份最多，有10个; 目标在6%及以上的有4个: the places the sentence sorts)
# a verb setting a goal for the count itself (力争5个省份…, 计划新增10个城市)
_GOAL_VERB = re.compile(r"力争|争取|确保|计划|将|预计|新增")


def _places_by_their_goal(sc: SentenceScope, r: Reading) -> bool:
    """A count of places (省份, 城市) whose task sorts them by the goal each set (有26个省份的
    GDP增长目标不低于5%, 目标为5%左右的省份最多，有10个；目标为5.5%左右的有8个): the count is of
    goals already set, a stock, unless a verb of its own clause sets it."""
    text, cand = sc.text, r.cand
    end = clause_end_at(text, r.pos, CLAUSE_MARKS)
    counted = text.startswith(_PLACE_CLASSES, cand.end) or (
        text.endswith(_HAS, 0, cand.start) and (
            any(text.find(c, 0, cand.start) >= 0 for c in _PLACE_CLASSES)
            or any(row.kind == "count_total" and row.unit_raw == cand.unit_raw
                   for row in sc.prior_rows)))  # (the list of such counts goes on)
    return (cand.category == "count" and counted and _GOAL in text[r.task_start:end]
            and _GOAL_VERB.search(text, r.comma_start, r.pos) is None)


# a sentence opened by what it is done for (为保障赛事顺利进行，为确保考试安全，) and a verb of
# setting up or providing before the count (设置, 配备, 布设, 增设, 开设, 安排)
_PROVIDED_FOR = re.compile(r"为(?:保障|确保|保证|服务|做好)[^，,。；;]{2,16}[，,]")
_SET_UP = re.compile(r"设置|配备|布设|增设|开设|安排")
_AS_OF_WORDS = ("截至", "截止", "目前", "现有")


# a clause opened by the day it speaks of (当日回购股份286,000股, 当天接待游客…): a count of what
# was done on that day, a flow (not 当日有…: those there were, or _things_that_acted's
# 当日有3只新股上市)
_THAT_DAY = re.compile(r"\s?(?:当日|当天|當日|當天)")


# a count written before its noun, the noun then doing something in the period (共有21个台风生成，
# 其中6个登陆我国; 共有8个热带气旋进入香港500公里范围内; 当日有3只新股上市; 共有21部影片在档期
# 内上映; 共有9家供应商递交投标文件; 共有22个省份发放电影消费券; 62种药品平均降价70%; 第一批
# 2800个经济房屋单位已完成抽签; 5个乡镇被评为…先进乡镇; 约420户居民用水恢复正常; the noun
# before: 共有承销团成员41家参与投标, …的球迷约6200人到场): the things that did it or that it
# befell, a flow, not how many
# there are; those honoured in it (12个集体、35名个人受到最高人民检察院表彰: the list's earlier
# counts share the verb after its last)
# (not 上市公司 nor 生成式: a name; nor 21个地级以上市, cities; nor 1326个县受灾, a state)
# (当月有2家公司因重大违法强制退市: firms delisted in the month, as 上市 counts those listed)
_ACTED = re.compile(
    r"[\u4e00-\u9fff（）()、]{0,12}?(?:、[\d.]+[\u4e00-\u9fff][\u4e00-\u9fff（）()]{0,8}?)?"
    r"(?:在[^，,；;。]{1,8})?(?:平均)?"
    r"(?:生成|登陆|进入|(?<!以)上市|上映|递交|提交|发放|降价|涨价|参加|参与|报名|提取|完成|到场|出席"
    r"|被评为|获评|入选|恢复|开展|退市|受到[^，,；;。\d]{0,12}?(?:表彰|表扬|嘉奖))(?!公司|企业|式)")


_ALREADY = "已"
_HAS_SO_FAR = "已有"
_HAS_IN_ALL = "共有"
# verbs of being among a list's members (入选, 被评为)
_JOINED = ("入选", "被评为", "获评")


# a line a level is held against, written with its value after 低于 / 高于 (低于5.9:1的盈亏平衡点,
# 高于50%的荣枯线): a benchmark (session 20: other, undated), named by its own noun
_OF = "的"
_BENCHMARK = re.compile(r"的(盈亏平衡点|平衡点|临界点|荣枯线|警戒线|预警线|基准线|控制线)")
_HELD_AGAINST = ("低于", "高于", "跌破", "超过", "接近", "逼近")


def _benchmark(text: str, cand: NumberCandidate) -> str | None:
    """The benchmark's noun when the number is the value of a line a level is held against."""
    found = _BENCHMARK.match(text, cand.end)
    if found is None or not text.endswith(_HELD_AGAINST, 0, cand.num_start):
        return None
    return found.group(1)


# who comes to a fair or an exhibition (采购商, 参展企业, 到会, 参会): its turnout, over its days
_TURNOUT = re.compile(r"采购商|参展(?:企业|商)|展商|客商|到会|参会")
_RUNNING = "累计"


def _turnout_of_an_event(sc: SentenceScope, r: Reading) -> bool:
    """A count of those who came to an event dated by its days (a span, not a day so far): the
    event's turnout (session 23's participants), no stock (nor a running total: 累计服务采购商)."""
    period = r.period
    return (period.start is not None and period.end is not None and period.start < period.end
            and not up_to_a_day(period) and _TURNOUT.search(r.indicator or "") is not None
            and _RUNNING not in sc.text[r.comma_start:r.pos])


def _things_that_acted(sc: SentenceScope, r: Reading) -> bool:
    """The count stands before its noun (or after it) and the verb right after says what the things
    did in the period (no running total: 累计 before it keeps a stock, as 已 up to a 截至 day
    does: 截至11月底，全港已有超过3 500间商户参与…, those in it so far), with no amount of
    what they did after it (全国240个运输机场完成旅客吞吐量1.24亿人次: the airports that report
    the amount, how many there are; 62种药品平均降价70%: a rate of what they did)."""
    acted = (_ACTED.match(sc.text, r.cand.end) if r.cand.category == "count" else None)
    if acted is None or any(w in r.clause_text for w in metric_lexicon().cumulative_cues) or (
            _ALREADY in r.clause_text and up_to_a_day(r.period)) or r.clause_text.endswith(
            _HAS_SO_FAR) or (r.clause_text.endswith(_HAS_IN_ALL)
                             and acted.group().endswith(_JOINED)):
        # (今年前三季度全国已有超过1.2万个乡镇（街道）完成…编制: those that have done it so far;
        # 共有45户企业入选: the members that qualified, not 共有21个台风生成, events; nor those
        # that took part, 现场共有7家企业参与摇号, the event's)
        return False
    clause_end = clause_end_at(sc.text, acted.end(), CLAUSE_MARKS)
    return not any(acted.end() <= c.start < clause_end and c.category not in _RATES
                   for c in sc.cands)


_RATES = ("percent", "point")


def _state_reached(text: str, r: Reading) -> bool:
    """The count's clause says its things have reached a state (已完成…过半, 已建成投用) and holds
    no word of things new in the period (新开工, 新增: a flow among the stock's)."""
    clause = text[r.comma_start : clause_end_at(text, r.cand.end, CLAUSE_MARKS)]
    return _ALREADY in clause and not any(w in clause for w in NEW_WORDS + _NEWLY_BEGUN)


_NEWLY_BEGUN = ("新开工", "新建", "新开")


def _part_of_a_stock(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """The count opens a 其中 clause right after a stock of its unit (在建交通重点项目42个，其中…等
    12个项目上半年已完成年度投资计划过半): those of the stock that are so now, members that
    qualified (count_total), whatever verb tells what they did."""
    last = last_of_unit(so.out, r.cand.unit)
    return (last is not None and last.kind == "count_total"
            and sc.text.startswith(PART, r.comma_start))


def _part_of_a_standing_measure(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A measure (an area, a length) named bare in a 其中 clause right after a standing measure
    of its unit (种植面积稳定在18.6万亩，其中投产茶园15.2万亩): a part of that stock, standing
    as it does; a part new (新植, 新获) or dated in the period (其中当年…) is a flow among the
    stock's."""
    last = so.last_row()
    if (last is None or last.kind != "count_total" or r.cand.category == "count"
            or last.unit != r.cand.unit or so.end > r.comma_start):
        return False
    bare = _BARE_PART.fullmatch(sc.text, r.comma_start, r.cand.start)
    return (bare is not None and _NEW not in bare.group(1)
            and not any(w in bare.group(1) for w in NEW_WORDS)
            and not any(r.comma_start <= p.start < r.cand.start for p in sc.spans))


# 其中 and a bare name, no verb of its own (其中投产茶园, 其中水田)
_BARE_PART = re.compile(r"其中([\u4e00-\u9fff]{1,8})")
_NEW = "新"


def _goal_shared(sc: SentenceScope, so: SoFar, r: Reading) -> MetricRow | None:
    """The goal just before when the share's clause opens with 占 right after it (…4,832.6万元，
    占…的13.89%; 计划投资…亿元，占计划投资的37.0%): what the share is of."""
    last = so.last_row()
    if (last is None or last.kind != "target" or last.unit in _PERCENT_UNITS
            or sc.text[so.end : r.comma_start] not in _COMMAS):
        return None
    return last if sc.text.startswith(_SHARE_OPENERS, r.comma_start) else None


_PERCENT_UNITS = ("%", "百分点")
_COMMAS = ("，", ",")
_SHARE_OPENERS = ("占", "约占")


# the measure word casework is counted in (诉求, 工单, 投诉: 件)
_PIECES = "件"


def _casework_counted(sc: SentenceScope, r: Reading) -> bool:
    """A count in 件 after casework is named (lexicon ``flow_things``: 诉求, 工单, 投诉类) in its
    sentence or in the paragraph's last name (``sc.carried``: a list going on past ；), though its
    own name gives only their class or what they were about (从诉求类型看，投诉类38.2万件；求助类
    21.6万件; …分别为17.9万件; …类诉求同比增长21.4%…；交通运输类中，反映…服务的2.1万件): the
    requests of the period, a flow, as the casework itself is; not a running total nor a stock
    word in its clause."""
    lex = metric_lexicon()
    if r.cand.category != "count" or not (r.cand.unit_raw or "").endswith(_PIECES) or any(
            w in r.clause_text for w in lex.cumulative_cues + lex.count_total_cues):
        return False
    carried = sc.carried or ""
    return any(sc.text.find(w, 0, r.cand.start) >= 0 or w in carried for w in lex.flow_things)


# things acquired or built in the period, counted in a clause of their own (新增一幅住宅用地,
# 共新增5幅土地, 收购2个项目, 新建学校3所): the amounts of the clauses after it (总建筑面积,
# 权益建筑面积, 总土地成本) measure what was acquired, a flow
_ACQUIRED = re.compile(
    r"(?:新增|新建|新购|收购|竞得|购得|获取|新获取)[^，,；;。\d]{0,8}?"
    r"[\d一两二三四五六七八九十]+[幅宗块个处所座栋家套][^，,；;。\d]{0,10}[，,]")
# a level of its own in the amount's clause (…，总面积达到5万亩, 累计, 总数, 余额): of a stock
_OWN_LEVEL = re.compile(r"达|累计|总数|总量|余额|保有|现有|共有|增至|全[市省县区国]")


def _of_things_acquired(text: str, r: Reading) -> bool:
    """An amount (not a count) whose task opens by counting things acquired or built, its own
    clause stating no level of a stock."""
    return (r.cand.category != "count"
            and _ACQUIRED.search(text, r.task_start, r.comma_start) is not None
            and _OWN_LEVEL.search(r.clause_text) is None)


# places a thing reaches, right after 覆盖 and a scope (覆盖全国31个省（自治区、直辖市）,
# 覆盖16个地市): the spread as it stands; so are the things it involves (资金主要用于…，共涉及
# 项目326个: the projects a bond issue's funds go to; not 涉及 inside a modifier,
# 涉及货车的事故43起: the events it describes, counted)
_REACHES = re.compile(r"覆盖(?:全国|全省|全市|全区|全县)?$")
_PLACES = re.compile(r"(?:省|市|县|区|国家|地区|乡镇|镇|村|城市)(?:（[^）]*）)?$")
_INVOLVES = re.compile(r"涉及[^，,；;。\d的]{0,10}$")
# the classes a survey or a sampling covers, listed and summed after 等 (抽检覆盖粮食加工品、
# 食用油…等30个食品大类): how far it reached, a count of what is covered
_REACHES_LISTED = re.compile(r"覆盖[^，,；;。\d]{2,80}?等$")


def _places_reached(so: SoFar, r: Reading, text: str) -> bool:
    """A count of places right after 覆盖, or of things after 涉及, with no flow figure before
    it in the sentence whose reach it would be (帮扶资金620万元，覆盖…4个县: what a year's aid
    reached, a flow; past the rates and shares after that figure: 批准投资总额为2850亿令吉，…，
    占48.4%，涉及4120个项目)."""
    last = next((row for row in reversed(so.out) if row.unit not in RATE_UNITS), None)
    return (r.cand.category == "count" and (last is None or last.kind != "actual")
            and ((_REACHES.search(text, r.comma_start, r.pos) is not None
                  and _PLACES.search(r.indicator) is not None)
                 or _INVOLVES.search(text, r.comma_start, r.pos) is not None
                 or _REACHES_LISTED.search(text, r.comma_start, r.pos) is not None))


_OUTCOME_OR_GOAL = ("actual", "target")


# a change written as an amount, then 或 and the same change as a rate (较上月增加23.4亿美元或3.6%)
_RATE_OF_THE_CHANGE = re.compile(
    r"(?:增加|减少|增长|下降|上升|下跌|增|减)[\d.,]+[\u4e00-\u9fff]{0,4}或$")
# a level higher or lower than at an earlier time the sentence opens by comparing with (与2019年同
# 季比较，…旅客人均消费则低5.4%; 和去年相比，…高3.2%): a change against that time, not a share
_COMPARED_WITH_EARLIER = re.compile(
    r"^[^，。；]{0,8}?[与和同](?:\d{4}年|去年|上年|前年|上一?[年季月])[^，。；]{0,8}?(?:比较|相比|对比)")
_HIGHER_LOWER = re.compile(r"(?:则|却)?(?:高|低)出?$")


def _expecting_share(text: str, r: Reading) -> bool:
    """A percent that is the share of a survey's group named by what it expects (预期…增加之厂商
    占31.4%, 预期减少者占17.2%, 其余51.4%预期持平): respondents counted now, whatever month they
    expect for (a share, not a goal for that month)."""
    cand = r.cand
    if cand.category != "percent" or _EXPECTING not in text:
        return False
    return (_EXPECTING_GROUP.search(text, r.comma_start, cand.start) is not None
            or _EXPECTING_AFTER.match(text, cand.end) is not None)


_EXPECTING = "预期"  # (searched first: most sentences hold none)
_EXPECTING_GROUP = re.compile(
    r"预期[^，,；;。]{0,16}?(?:者|[之的](?:厂商|企业|受访者|商户|家庭|居民|消费者))占$")
_EXPECTING_AFTER = re.compile(r"预期(?:持平|增加|减少|上升|下降|不变|好转|转差)")


_GAP = "差距"
_GAP_RATIO = "倍数"  # (五等分位差距倍数: the top fifth's income over the bottom fifth's)
_OUTCOME_OR_STOCK = ("actual", "count_total")
# 各 and a verb right before a plan's number (各建设1—2个): each member's share of the work
_EACH_DOES = re.compile(r"各[\u4e00-\u9fff]{1,2}$")
_EACH_DOES_CHARS = 3
# what an audit finds wrong with an amount, right after it (未入账, 未纳入预算, 违规使用, 被挤占)
_FOUND_WRONG = re.compile(r"(?:未|没有|违规|被)")


def _yearly_commitment(sc: SentenceScope, r: Reading) -> bool:
    """A floor (以上, 不少于) a task opening on 每年 sets with no time and no word of a result of
    its own (每年提供就业见习岗位1万个以上, 每年培养高技能人才不少于2万名): a policy's yearly
    commitment, a goal (not 过去五年每年新增…: a result per year)."""
    return (r.qualifier == _AT_LEAST and sc.text.startswith(_YEARLY, r.task_start)
            and not time_or_result_of_its_own(sc, r))


_AT_LEAST = "at_least"
_YEARLY = "每年"
# a figure followed by the time it is to be acted on (第四批690亿元将于10月下达, 拟于年底前完成):
# planned, not done (done: 第三批690亿元于7月下达)
_TO_BE_DONE_AT = re.compile(r"(?:将于|拟于|计划于|预计于|将在|拟在)")


def _restated_goal(so: SoFar, r: Reading, text: str) -> bool:
    last = so.last_row()
    return restated_goal(text, r.cand, r.qualifier, r.indicator, so.end,
                         last.indicator if last is not None else None,
                         last.unit if last is not None else None,
                         last.kind if last is not None else None)


def _revised_estimate(text: str, r: Reading) -> bool:
    """Whether the number is named a revised budget (…收入修订预算为, 修订预算数, 修订预算的…), or
    its task opens on one (根据修订预算，…, 修订预算显示，…); not an outcome held against one
    (超修订预算, 完成修订预算的)."""
    named, lead = _estimate_patterns()
    return named.search(r.indicator) is not None or (
        r.comma_start > r.task_start and lead.search(text, r.task_start, r.comma_start) is not None)


@cache
def _estimate_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(map(re.escape, metric_lexicon().estimate_names)) or "(?!)"
    return (re.compile(rf"(?<![超比较占成])(?:{words})数?(?:$|的|中)"),
            re.compile(rf"(?:{words})数?(?:显示|中|内)?[，,：:]"))


# 较第二季的3.2%, 比上月的0.5%: a rate of an earlier period a rate just given is compared with
_EARLIER_RATE = re.compile(r"(?:较|比|[高低快慢优]于)([^，,；;。]{2,12}?)的$")


# a figure revised right after its first estimate (由早前公布的4.7%修订为5.1%, 增幅由6.9%向上修订至
# 7.4%): the new figure keeps the kind of the one it replaces
_REVISED_TO = re.compile(r"(?:向上|向下|相应)?(?:修订|调整|上修|下修)(?:为|至|到)")


def earlier_rate(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """(After the period of its kind.) 按年实质增长1.8%，较第二季的3.2%明显放缓: the rate of the
    period compared with is the same thing's growth then, not a share (the growth read last in
    the sentence, a forecast between them or not); 高于预估的2.9%: the forecast of that growth,
    a goal of its period."""
    if (r.cand.unit == "%" and r.kind == "share" and (last := so.last_row()) is not None
            and last.kind == "growth_rate" and last.unit == "%"
            and _REVISED_TO.fullmatch(sc.text, so.end, r.pos) is not None):
        r.kind = "growth_rate"  # 增长率由早前公布的4.7%修订为5.1%: the growth, revised
        return
    if (r.cand.unit == "%" and r.kind == "share"
            and _FORECAST_OF.search(sc.text, r.comma_start, r.pos) is not None
            and (rate := next((row for row in reversed(so.out) if row.kind == "growth_rate"),
                              None)) is not None):
        r.kind, r.indicator = "target", rate.indicator or ""
        return
    earlier = _EARLIER_RATE.search(sc.text, r.comma_start, r.pos)
    then = None if earlier is None else next(
        (p for p in sc.spans if p.start >= earlier.start(1) and p.end == earlier.end(1)), None)
    if then is None:
        return
    last = next((row for row in reversed(so.out) if row.kind == "growth_rate"), None)
    if r.cand.unit == "%" and last is not None and r.kind == "share":
        r.kind, r.period, r.indicator = "growth_rate", then.period, last.indicator or ""
    elif r.cand.unit != "%" and (prev := so.last_row()) is not None and (
            prev.unit == r.cand.unit and prev.kind == r.kind):
        # 第三季裁员人数为3500人，比第二季的3800人减少: the same figure then, of that period
        r.period, r.indicator = then.period, prev.indicator or r.indicator


def results_reported(found: list[MetricRow], goals_by_date: dict[int, str], doc_date: date | None
                     ) -> list[MetricRow]:
    """Goals only because their period is not over (``goals_by_date``: char_start -> the kind
    they would have as no goal; no goal word of their own) in a text that reports results of
    that very period elsewhere (2025年全市小麦总产405.3万吨，比上年增加6.8万吨 on 8 July:
    the harvest is in, a result by its comparison with last year): more of those results
    (其中，永城市小麦总产52.1万吨; 全市落实…面积1850万亩次 in the next paragraph, dated 2025年
    or 今年 alike: the same span)."""
    if not goals_by_date or doc_date is None:
        return found
    reported = {(m.period_start, m.period_end) for m in found
                if m.kind in _REPORTED_KINDS and m.char_start not in goals_by_date
                and m.period_end is not None and m.period_end > doc_date}
    if not reported:
        return found
    return [m._replace(kind=goals_by_date[m.char_start])
            if m.kind == "target" and m.char_start in goals_by_date
            and (m.period_start, m.period_end) in reported else m for m in found]


# the kinds of a period's results (比上年增加…, 增长1.7%)
_REPORTED_KINDS = frozenset({"actual", "growth_rate"})
