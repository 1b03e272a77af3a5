"""Figures that take their kind from the figure before them: a list going on in the same unit
(a term, a level, a ratio, a rate, a sibling class), what a flow covers or holds, a goal's or a
forecast's list going on past ；. Apart from :mod:`.kind_overrides` because they read the rows
already out (``SoFar``), not the figure's own words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.clauses import TASK_MARKS, clause_start, span_of
from pipelines.domain.metrics.goal_words import has_target_cue
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.metrics.rows import MetricRow
from pipelines.domain.metrics.rule_parameters import DURATION

_RATE_JOINERS = frozenset({"及", "和", "、", "与"})


def rate_list_goes_on(so: SoFar, r: Reading, text: str) -> bool:
    """A percent joined by 及 / 和 / 、 right after a growth rate (年增16.9%及23.1%, with no 分别 of
    its own): the list's next rate, a change too."""
    last = so.last_row()
    return (last is not None and last.kind == "growth_rate" and last.unit == "%"
            and text[so.end : r.cand.start] in _RATE_JOINERS)


def measure_of_the_flow(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A measure named bare right after a flow's figure (住房公积金个人住房贷款发放1.26万笔、金额
    86.5亿元; 出让涉宅用地5宗，总面积约312亩) measures the same things done in the period: a flow
    too, not a stock of its own; no total, stock or change word of its own."""
    last = so.last_row()
    if (last is None or last.kind != "actual" or r.gap not in _HEDGES
            or r.qualifier in _LEVEL_REACHED):
        return False
    lex = metric_lexicon()
    text = sc.text
    lead = _BARE_LEAD.fullmatch(text, r.item_start, r.pos)
    return (lead is not None and (lead.group(1).endswith(_ATTRIBUTES)
                                  or lead.group(1).startswith(_INVOLVING))
            and text[so.end : r.item_start].strip(_ITEM_OPENERS) == ""
            and any(w in text[r.task_start : so.start] for w in lex.actual_cues)
            and not any(w in lead.group(1) for w in lex.actual_cues + lex.count_total_cues
                        + lex.cumulative_cues + LEVEL_WORDS))


# a measure's bare name opening an item, a qualifier after it (总面积约, 金额)
_BARE_LEAD = re.compile(r"[，,、\s]*([\u4e00-\u9fff]{2,6}?)约?")
_ITEM_OPENERS = "，,、 "
# what the things a flow counts measure (金额, 总面积, 成交总价) and those its cases involve
# (涉及劳动者203.7万人); not another population (招生…，在校生1.04亿人) nor a balance (滚存结余)
_ATTRIBUTES = ("金额", "面积", "总额", "总价", "规模")
# (全镇油茶面积达到2.6万亩 after 低产油茶改造3200亩: the whole's level reached, a stock)
_LEVEL_REACHED = ("reach", "break_through")
_HEDGES = ("", "约")
_INVOLVING = "涉及"
LEVEL_WORDS = ("均", "率", "评分", "指数")  # (日均1035.2万乘次, 豆瓣评分8.1分: levels, means)


# a level named by what it is of, right after a level in the same unit (投标倍数为24.63倍，上一
# 批次为20.85倍): the same measure, of another batch or time (not 是平日的2.3倍, a multiple)
_LEVEL_OF_ANOTHER = re.compile(r"[^的，,；;。\d]{1,12}(?:为|达到|达)$")


def term_goes_on(so: SoFar, r: Reading, text: str = "") -> bool:
    """A duration or a sum whose clause only names what it is of, right after a term or a rate
    in its unit read as a rule's (住宅用地的出让年限为70年，商服用地为40年; 集中养育孤儿…标准为
    1900元/人·月，社会散居孤儿为1400元/人·月; 缴费基数上限为28560元/月、下限为5712元/月: an
    item after 、): the same term or rate, of another class; a sum's clause may be the class's
    bare name (向每名永久性居民发放10,000澳门元，非永久性居民6,000澳门元), with no word of a deed
    done (…每人每月100元，全年发放2.1亿元: a sum paid, a result)."""
    last = so.last_row()
    if (last is None or last.kind != "other" or last.period_start is not None
            or last.unit != r.cand.unit or r.cand.category not in (DURATION, _CURRENCY)):
        return False
    if _LEVEL_OF_ANOTHER.fullmatch(r.clause_text) is not None or (
            text.startswith("、", so.end) and _LEVEL_OF_ANOTHER.fullmatch(
                text, so.end + 1, r.pos) is not None):
        return True
    clause = r.clause_text
    return (r.cand.category == _CURRENCY and _BARE_CLASS.fullmatch(clause) is not None
            and _SUM_PAID.search(clause) is None
            and not any(w in clause for w in metric_lexicon().actual_cues))


_CURRENCY = "currency"
# a class's bare name (非永久性居民): no digit, no 的, no time word
_BARE_CLASS = re.compile(r"[^的，,；;。\d年月日]{2,12}")
# the sum a scheme pays out in all (涉及开支约73亿澳门元; 每人…1500元，共计154.2万元), or a sum
# allocated (最低薪金维持在每月1700令吉，…，并拨款2亿令吉): a result or a plan, no rate
_SUM_PAID = re.compile(r"开支|支出|资金|总额|金额|经费|投入|规模|预算|共计|合计|总计|累计"
                       r"|拨款|拨付")


def level_goes_on(so: SoFar, r: Reading) -> bool:
    """A multiple whose clause only names what it is of, right after a multiple read as a
    level: a level too."""
    last = so.last_row()
    return (last is not None and last.kind == "actual" and last.unit == r.cand.unit
            and r.cand.category == "multiple"
            and _LEVEL_OF_ANOTHER.fullmatch(r.clause_text) is not None)


def mean_list_goes_on(sc: SentenceScope, so: SoFar, r: Reading, text: str) -> bool:
    """A figure whose clause names only a class and 为 (专营巴士为393.5万, 其中西区海底隧道为7.9万)
    right after a mean of the period in its unit (公共交通工具的每日平均乘客人次为1,268万; a rate
    between them aside): the list's next mean, of another class, no count standing at a date."""
    if (_CLASS_IS.fullmatch(text, so.end, r.cand.start) if so.last_row() is not None
            else _CLASS_OPENS.fullmatch(text, 0, r.cand.start)) is None:
        return False
    # (…占公共交通乘客总人次的45.1%；专营巴士为393.5万: cleaning ends a sentence at ；, the list
    # goes on across it, from the rows of the sentence before; back over the list's items read
    # so far, rates aside)
    for row in reversed([*sc.prior_rows, *so.out]):
        if row.unit in RATE_UNITS:
            continue
        if row.unit != r.cand.unit or row.kind != "actual":
            return False
        if any(w in (row.indicator or "") for w in _MEAN_WORDS):
            return True
    return False


_MEAN_WORDS = ("平均", "日均", "月均")
# (a clause naming a class and 为 / 為 before its figure)
_CLASS_IS = re.compile(r"[，,；;、]\s*[\u4e00-\u9fff]{1,10}?[为為]\s*")
_CLASS_OPENS = re.compile(r"\s*[\u4e00-\u9fff]{1,10}?[为為]\s*")


def ratio_level_goes_on(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A bare ratio (no unit) named only by a class (沪市主板, 科创板: no verb, no gap) after a
    bare ratio read as a level (平均市盈率为19.42), in its sentence or the one before it that
    went on past ；, its change between them: the same level, of a class."""
    if (r.cand.category != _RATIO or r.cand.unit is not None or r.gap.strip()
            or _BARE_CLASS.fullmatch(r.indicator or "") is None):
        return False
    level = next((row for row in reversed([*sc.prior_rows, *so.out]) if row.unit is None
                  and row.kind != "growth_rate"), None)
    return level is not None and level.kind == "actual"


_RATIO = "ratio"


# what the figure before covers (覆盖…4个县), or the part of it a 其中 clause gives in the same
# unit (新增技能人才4850人，其中高技能人才1320人): counted as that figure is, a flow's (a year's
# aid, the year's new ones) or a stock's (线路达到1136条，覆盖1.2万个行政村; 员工总数为6,482人，
# 其中研发人员1,126人: what stands); a count opening its clause in the same unit goes on with them,
# as does a clause that only names a sibling class of them (新设第一产业经营主体5.1万户，占…，
# 第二产业10.8万户: the list's next item, set up in the period as the first)
_COVERS = "覆盖"
# the next item of a list, right after the figure before (、财政预决算信息412条): no clause
# mark nor number between
_LIST_ITEM = re.compile(r"、[^，,；;。：:\d]{1,16}")
PART = "其中"
# (a flow's rate between it and its part: …862户，同比增长21.4%，其中…)
RATE_UNITS = ("%", "百分点")


def covered_by_a_flow(sc: SentenceScope, so: SoFar, r: Reading, text: str) -> bool:
    """The count is what the sentence's figure just before it, a flow (an amount or count of
    the period, actual), covers (its clause opens with 覆盖), or what the last figure of its
    unit, a flow, holds (其中) or lists on with (a clause of a bare name)."""
    last = so.last_row()
    if r.cand.category != "count":
        return False
    if last is None:
        return _list_goes_on(sc, r)
    if last.kind == "actual" and (text.startswith(_COVERS, r.comma_start) or (
            last.unit == r.cand.unit and (not text[r.comma_start : r.cand.start].strip()
                                          or _LIST_ITEM.fullmatch(text, so.end, r.cand.start)))):
        # 其中有效投标8家，1家因未按要求…被否决: the clause goes on counting them; 其中政策文件
        # 217条、规划计划36条、…412条: the list's next item, a part of the flow as the first
        return True
    whole = last_of_unit(so.out, r.cand.unit)
    if whole is None or whole.kind != "actual":
        return False
    if text.startswith(PART, r.comma_start):
        return ((whole is not last or _CHANGE_CLAUSE.search(text, 0, r.comma_start) is None)
                and r.cand.qualifier in _NO_BOUND
                and _LEVEL_VERB.search(text, r.comma_start, r.cand.start) is None)
    return _bare_item(sc, r) and _sibling_class(r.indicator, whole.indicator)


def _sibling_class(name: str | None, flow_name: str | None) -> bool:
    """``name`` and the flow's name hold the same word after a modifier of their own (第二产业
    after 新设第一产业经营主体: another class of the same things; not 在校生 after 招生, nor
    在学研究生 after 研究生招生: those in a state, a stock beside the year's intake)."""
    if not name or not flow_name or name.startswith(_IN_A_STATE):
        return False  # (在园幼儿 after 入园幼儿: those in school, a stock beside the intake)
    if flow_name.endswith(_COHORT) and name.endswith(_STUDENTS) and name != flow_name:
        return True  # 毕业生共9326人，其中本科毕业生7108人；硕士研究生2093人…；女生3654人: the
        # cohort's parts by degree, sex or origin, of the class as the cohort is
    stem = len(name) - 1
    while stem >= _STEM and name[-stem:] not in flow_name:
        stem -= 1
    at = flow_name.find(name[-stem:])
    return _STEM <= stem < len(name) and at > 0 and flow_name[at - 1] != name[-stem - 1]


_STEM = 2  # (the fewest characters of a shared word)
_COHORT = "毕业生"  # a graduating class (its size a flow of its year)
_STUDENTS = ("生", "生源")  # (硕士研究生, 女生, 省内生源)
_IN_A_STATE = "在"  # a name of those in a state (在校生, 在园幼儿, 在岗职工): a stock


def _list_goes_on(sc: SentenceScope, r: Reading) -> bool:
    """The sentence's first number names only what is counted, after a sentence of the
    paragraph that ended with ； on a flow of a sibling class (新设第一产业经营主体5.1万户，占5.2%；
    第二产业10.8万户: cleaning ends a sentence at ；, the list goes on across it)."""
    whole = last_of_unit(sc.prior_rows, r.cand.unit)
    if whole is None or r.task_start > 0:
        return False
    # the figure its item opens with, not a change after it (跨省流动农民工6643万人，比上年减少
    # 108万人；省内流动农民工…: a stock, then its change)
    head = next(row for row in sc.prior_rows
                if row.unit == whole.unit and row.indicator == whole.indicator)
    return (head.kind == "actual" and _names_only(sc, r)
            and _sibling_class(r.indicator, whole.indicator))


def last_of_unit(rows: Sequence[MetricRow], unit: str | None) -> MetricRow | None:
    """The last of ``rows`` (those read in the sentence) in ``unit``, past the rates after it
    (None: a row of another unit stands between)."""
    for row in reversed(rows):
        if row.unit == unit:
            return row
        if row.unit not in RATE_UNITS:
            return None
    return None


def _bare_item(sc: SentenceScope, r: Reading) -> bool:
    """The number's clause, not the sentence's first, names only what is counted: no verb, no
    word of a stock or a running total."""
    return r.comma_start > 0 and _names_only(sc, r)


def _names_only(sc: SentenceScope, r: Reading) -> bool:
    """The number's clause holds words, no verb, no word of a stock or a running total."""
    toks, lex = sc.toks, metric_lexicon()
    return r.comma_lo < r.comma_hi and (not any(t.startswith(_VERB_TAG) and t != _VERBAL_NOUN
                    for t in toks.tags[r.comma_lo : r.comma_hi])
            and not any(w in r.clause_text for w in lex.count_total_cues)
            and not any(w in r.clause_text for w in lex.cumulative_cues))


_VERBAL_NOUN = "vn"  # (比赛, 经营: a verb's noun names things)


# (其中客队球迷约8600人: about is no level of its own; nor plus, 其中跨区作业收割机1600余台: a round
# count of the part)
_NO_BOUND = ("none", "about", "plus")
# the clause before a 其中 is a change against a base (比上年减少204所，其中…; 较上年末增加315人，
# 其中…): its part breaks down the level before the change, not the change
# (按年 / 按季 / 按月: how Hong Kong and Macau write 同比 / 环比; a thousands comma,
# 按年增加1,800人，其中…, is no clause mark)
_CHANGE_CLAUSE = re.compile(r"(?:[比较]|按[年季月])(?:[^，,；;。]|(?<=\d),(?=\d))*[，,]\s*$")
# a part stated as a level of its own (…全年净增2986万户，其中5G用户达11.6亿户; 其中…为…, a bound
# in its quote): of the stock (not 共 of a word: “一带一路”共建国家, 共享, 共同)
_LEVEL_VERB = re.compile(r"达|为|有|是|共(?![建享同])")


def goal_goes_on(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """The task opens with a verb (no subject, no time of its own) that the task before, whose
    last figure was a goal, gave after its goal word: one goal's list goes on past ；, within
    the sentence or across the sentence the paragraph's ； ended (``sc.prior_goal``)."""
    last, toks = so.last_row(), sc.toks
    if r.task_start == 0:  # the sentence's first task: the goal of the sentence before
        words = sc.prior_goal if last is None else ()
    elif last is None or last.kind != "target":
        return False
    else:
        before = clause_start(sc.text, r.task_start - 1, TASK_MARKS)
        if so.start < before:
            return False  # (the goal read last is of an earlier task)
        words = toks.words[slice(*span_of(toks, before, r.task_start - 1))]
    if not words:  # (checked first: most figures follow no goal)
        return False
    lo, hi = span_of(toks, r.task_start, r.pos)
    if lo >= hi or not toks.tags[lo].startswith(_VERB_TAG):
        return False
    return any(w == toks.words[lo] and has_target_cue(words[:i]) for i, w in enumerate(words))


_VERB_TAG = "v"


def time_or_result_of_its_own(sc: SentenceScope, r: Reading) -> bool:
    """The number's task, up to it, names a time or holds a word of a result (已, 累计, 实现 …)."""
    if any(r.task_start <= span.start < r.pos for span in sc.spans):
        return True
    lo, hi = span_of(sc.toks, r.task_start, r.pos)
    past = metric_lexicon().past_cues
    return any(w in past for w in sc.toks.words[lo:hi])


def forecast_goes_on(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A later task of a sentence opening on a forecast word (预计10月全省平均降水量15至25毫米，…；
    平均气温较常年同期偏高1℃左右: an outlook's items) or on an estimate of a proposal's effects
    (按调整方案测算，…；供水企业年增收约2.1亿元), after a goal, with no time of its own and no
    word of a result: the forecast goes on (whatever it opens with, not only the verb the
    first task gave)."""
    last = so.last_row()
    if r.task_start == 0:  # (the sentence before ended with ； on a goal: ``sc.prior_goal``)
        opening = "".join(sc.prior_goal) if last is None else ""
    else:
        opening = sc.text if last is not None and last.kind == "target" else ""
    return (opening.startswith(_FORECAST_OPENERS) or EFFECT_ESTIMATED.match(opening) is not None
            ) and not time_or_result_of_its_own(sc, r)


def forecast_clause_goes_on(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A later clause of a sentence's first task that opens on a forecast word (“预计全年地区生产
    总值增长5.5%左右，规模以上工业增加值增长7%以上，…”: an official's outlook, in quotes), after a
    goal, with no time or word of a result of its own: the forecast goes on, in a review too
    (whose results are the other sentences'); not of a period over by the text's date (预计全年
    … in a January report on the year before: estimated results)."""
    last = so.last_row()
    if (r.task_start != 0 or r.comma_start == 0 or last is None or last.kind != "target"
            or _FORECAST_OPENING.match(sc.text.lstrip(_OPENING_MARKS)) is None):
        return False
    end = r.period.end
    if sc.doc_date is not None and end is not None and end < sc.doc_date:
        return False
    if any(r.comma_start <= span.start < r.pos for span in sc.spans):
        return False
    lo, hi = span_of(sc.toks, r.comma_start, r.pos)
    past = metric_lexicon().past_cues
    return not any(w in past for w in sc.toks.words[lo:hi])


_OPENING_MARKS = "“\"‘'「『"  # a quote's opening marks before its first word
_FORECAST_OPENERS = ("预计", "预测", "预估")
# (全年预计举办会展活动约1,350项，参与人次逾260万: the year the forecast is of, before its word)
_FORECAST_OPENING = re.compile(r"(?:全年|今年|明年|年内)?(?:预计|预测|预估)")
# a sentence opening on the estimate of a proposal's effects (按调整方案测算，, 按新标准测算，):
# what the measure would bring, not a result measured
EFFECT_ESTIMATED = re.compile(r"按[^，,；;。]{0,12}(?:方案|标准|政策|办法)(?:测算|估算)[，,]")


def part_of_a_result(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """The number's clause opens with 其中 after a figure of the sentence read as no goal, and
    holds no goal word of its own."""
    last = so.last_row()
    return (last is not None and last.kind != "target"
            and sc.text.startswith(PART, r.comma_start)
            and not has_target_cue(sc.toks.words[r.comma_lo : r.comma_hi]))
