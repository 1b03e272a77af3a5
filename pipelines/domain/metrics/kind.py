"""What kind of statement a number makes: target, actual, count_total, growth_rate, share, rank,
other — and whether a rate is a decline (下降2.8% is growth of -2.8).

Decided from cue words around the number (lexicon ``kind_cues``) and the unit's category; a
forward-looking cue or a period that lies after the document date makes any number a target.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Tok, Toks, span_of
from pipelines.domain.metrics.counts import scopes_plan
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_choice import PRESENT, last_year_report
from pipelines.domain.metrics.period_spans import NO_PERIOD, computed_on
from pipelines.domain.records import MetricKind, Period

_FILLERS = ("了", "同比", "比上年", "较上年", "比去年", "约", "分别", "均", "都", "，", " ")


def _strip_fillers(gap: str) -> str:
    changed = gap.endswith(_FILLERS)  # (one C-level test: most gaps end with none)
    while changed and gap:
        changed = False
        for f in _FILLERS:
            if gap.endswith(f):
                gap = gap[: -len(f)]
                changed = True
    return gap


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Some of ``words`` occurs in ``text`` (one regex search instead of a test per word)."""
    return _any_regex(words).search(text) is not None


def _any_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    found = _ANY.get(id(words))
    return found[1] if found is not None and found[0] is words else _compile(words, False)


def _verb_regex(verbs: tuple[str, ...]) -> re.Pattern[str]:
    found = _VERBS.get(id(verbs))
    return found[1] if found is not None and found[0] is verbs else _compile(verbs, True)


def _compile(words: tuple[str, ...], longest_first: bool) -> re.Pattern[str]:
    """The alternation of ``words``, compiled once per word tuple and kept by the tuple's
    identity (the lexicon's tuples live as long as the process): hashing a tuple of words,
    as a cache keyed by its value does, costs more than the search it serves."""
    table = _VERBS if longest_first else _ANY
    if len(table) > _MAX_REGEXES:
        table.clear()
    ordered = sorted(words, key=len, reverse=True) if longest_first else words
    pattern = "|".join(re.escape(w) for w in ordered)
    if not longest_first:
        pattern = pattern or "(?!)"  # no words: never found
    table[id(words)] = (words, re.compile(pattern))  # the tuple kept: its id stays its own
    return table[id(words)][1]


_MAX_REGEXES = 64
_ANY: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}
_VERBS: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _changes(gap: str, verbs: tuple[str, ...]) -> bool:
    """A change verb before the number that does not end in a level (下降至2.9% is a level).

    The words after the last change verb decide: 至/到/为 right after it make the number the
    new level, whatever stands between (由年初的3.4%下降至年底的2.9%).
    """
    found = list(_verb_regex(verbs).finditer(gap))
    if not found:
        return False
    last = found[-1]
    level = metric_lexicon().level_after
    after = gap[last.end() :]
    return not (after.startswith(level) or _strip_fillers(gap).endswith(level))


def is_decline(gap: str) -> bool:
    """The verb right before the number lowers it (下降, 减少, 回落 but not 回落至)."""
    lex = metric_lexicon()
    gap = _strip_fillers(gap)
    return gap.endswith(lex.decline_cues)


# A price's move of one character (漲 / 跌 in a price release) right before its rate; after a
# base compared with (比 / 较), a gap's side of one character (降幅比沿江8市低4.3个百分点).
_ONE_CHARACTER_MOVES = ("涨", "跌")
_ONE_CHARACTER_SIDES = ("低", "高")
_COMPARED_WITH = ("比", "较")


def glued_move(kept: Sequence[Tok], indicator: str, gap: str) -> tuple[str, str]:
    """The name and the gap with a one-character move the segmenter guessed into the noun
    before it (油料费跌4.6%, 居住类涨1.96%: cut 油料 / 费跌, 居住 / 类涨; 降幅比沿江8市低: 市低)
    given back to the gap, where it makes the rate a growth and 跌 signs it, as the move standing
    apart does (蔬菜跌5.3%), or 低 makes the gap to the base negative (增速比全省低0.8个百分点).
    A dictionary word (下跌, 暴涨, 提高) is no guess and is left whole."""
    moved = indicator.endswith(_ONE_CHARACTER_MOVES) or (
        indicator.endswith(_ONE_CHARACTER_SIDES) and any(w in indicator for w in _COMPARED_WITH))
    if not (kept and moved and (word := kept[-1].word).endswith(indicator[-1]) and len(word) > 1):
        return indicator, gap
    from pipelines.domain.segmentation import default_segmenter  # (only for such a name)
    if default_segmenter().has_word(word):
        return indicator, gap
    return indicator[:-1], indicator[-1] + gap


def has_target_cue(words: Sequence[str]) -> bool:
    """A forward-looking word (要, 力争, 确保, 计划, 预计, 目标 ...) among the clause's tokens.

    计划 that ends a name (推行现金分享计划，…; “…计划”的) is a noun, not a plan for the number."""
    cues = metric_lexicon().target_cues
    if _cue_words(cues).isdisjoint(words):
        return False  # (one C-level test: most clauses hold no cue at all)
    for i, w in enumerate(words):
        if (w in cues or w in _GLUED_CUES) and not (
            w in _NOUN_CUES and words[i + 1 : i + 2] and (
                words[i + 1] in _NAME_END or _counted_documents(words, i + 1))
        ) and not (words[i + 1 : i + 2] and words[i + 1] in _SEEING) and not _is_base(words, i) \
                and not (w == "将" and words[i + 1 : i + 2] and words[i + 1].startswith("近")) \
                and not (w == "将" and _disposal(words, i)) \
                and not (w == "要" and i > 0 and words[i - 1][-1:] in _ADJECTIVE_OF_YAO) \
                and not (words[i + 1 : i + 2] and words[i + 1] in _TERM_AFTER.get(w, ())) \
                and not _attributable(words, i) and not _expecting_group(words, i) \
                and not _needed_things(words, i) and not _measured_against(words, i):
            return True  # (将近三成: "nearly", cut 将|近, is no plan; 预期寿命 a term;
            # 以臭氧为首要污染物, cut 为首|要: 首要, 主要, 重要 are adjectives, not 要 "shall")
    return _will_on_a_day(words)


# 会 "will" before the time it names (政府亦会于12月推出…, 会在下月公布): a plan, as 将于 is;
# 会 alone is no cue (新春第一会, 会 as "can")
_WILL = "会"
_AT = frozenset({"于", "在"})


def _cue_words(cues: frozenset[str]) -> frozenset[str]:
    """Every word that may make a clause a goal's: the lexicon's cues, 拟 glued to its
    preposition and 会 (kept by the cues' identity, as :func:`_compile` keeps its patterns)."""
    if _ALL_CUES[0] is not cues:
        _ALL_CUES[:] = [cues, cues | _GLUED_CUES | {_WILL}]
    return _ALL_CUES[1]


_ALL_CUES: list[frozenset[str]] = [frozenset(), frozenset()]


def _will_on_a_day(words: Sequence[str]) -> bool:
    return any(w == _WILL and words[i + 1 : i + 2] != [] and words[i + 1] in _AT
               for i, w in enumerate(words))


# 拟 glued by the segmenter to the preposition after it (公司拟向全体股东…, 拟将, 拟以): the cue
# all the same, the preposition only opens its object (not 应对 "cope with", 应 + 对)
_PROPOSAL = "拟"  # (a board's or a government's proposal, awaiting approval)
_GLUED_CUES = frozenset(_PROPOSAL + p for p in ("向", "将", "以", "于", "对", "在", "为", "把"))


def _disposal(words: Sequence[str], i: int) -> bool:
    """将 right before a number (县将1840万元衔接资金用于…) marks what is disposed of (把), not
    the future: it ends the words before the number, or a numeral follows it."""
    return i + 1 == len(words) or _NUMERAL_START.match(words[i + 1]) is not None


_NUMERAL_START = re.compile(r"[\d０-９〇零一二两三四五六七八九十百千万]")


def _is_base(words: Sequence[str], i: int) -> bool:
    """较8月预测上修0.35个百分点, 比年初计划, 高于预期目标0.1个百分点, 较年度目标低0.7微克/立方米:
    the cue names the base of a comparison (after 较/比/高于 and a date or the goal's owner),
    not a plan for the number."""
    cues = metric_lexicon().target_cues
    j = i - 1
    while j >= 0 and (words[j].isdigit() or words[j] in _BASE_DATES or words[j] in cues
                      or words[j] in _GOAL_OF or words[j].endswith(_SET_BY)
                      or _goal_of_a_period(words[j], cues)):
        j -= 1
    return j >= 0 and words[j] in _BASE_MARKS


def _goal_of_a_period(word: str, cues: frozenset[str]) -> bool:
    """A word the segmenter glued from a goal's owner and its cue (年度计划, 全年目标: 比年度计划
    目标（5%左右）低): the goal of a period, named as a comparison's base."""
    return word.startswith(_PERIOD_OF_GOAL) and word[len(_PERIOD_OF_GOAL[0]):] in cues


# 上涨的有13个, 其中增长的有31个: the members of a group that are so
_MEMBERS = ("的有", "的共有")
# a gap to another figure (高于全国, 低于各项贷款增速): points after it compare, they do not change
_GAP_TO = ("高于", "低于", "快于", "慢于")
# 比上月末低0.3个百分点, 较上年同期高, 比年初下降, 较2019年同期低 (a base year's same months):
# a level against an earlier time of its own
_EARLIER = re.compile(
    r"[比较](?:上[年月季期]|去年|前[一两三]|(?:\d{4}年)?同期|年初)[^，；。]{0,6}[高低]$")
# 比实际增速低, 较全国高: higher or lower than another figure (not an earlier time: _EARLIER)
_AGAINST_ANOTHER = re.compile(r"[比较][^，,；;。\d]{1,8}?(?<![提降减])[高低]出?$")
# 较二〇二三年多约三成, 比上年少两成: more or fewer than at an earlier time, a change
_MORE_THAN_EARLIER = re.compile(
    r"[比较](?:上[年月季期]|去年|前[一两三]?[年月周]?|同期|年初|(?:\d{4}|[〇零一二三四五六七八九]{4})年)"
    r"[^，,；;。\d]{0,6}?[多少]$")
# a share of a base written right before the number (占新增装机的, 占全部新增贷款的): the base's own
# words (新增, 增量) say nothing of a change
_SHARE_OF_BASE = re.compile(r"占[^，,；;。\d占]{1,20}?的?$")
# 影响CPI下降约0.27个百分点, 拉动全省经济增长1.2个百分点: the part one component contributes
_CONTRIBUTION = re.compile(r"(?:影响|拉动)[^，；。]{1,24}(?:上涨|下降|增长|上升|回落|下跌)约?$")

# (距目标还差0.28个百分点: the distance to a goal, named as the base)
_BASE_MARKS = frozenset({"较", "比", "与", "高于", "低于", "快于", "慢于", "距", "距离", "超过",
                         "超出"})  # (超过规划目标（13%）1.2个百分点: a goal exceeded, a base)
_BASE_DATES = frozenset({"月", "年", "季", "年初", "上月", "上年", "去年", "上季", "季度", "月份"})
# which goal a comparison's base is (较年度目标低0.7微克/立方米, 比序时进度目标快, 比年初确定的
# 目标高: a year's, the schedule's, one set by the province: 省定, 市定, 既定)
_GOAL_OF = frozenset({"年度", "全年", "序时", "进度", "的"})
_PERIOD_OF_GOAL = ("年度", "全年")  # (two characters each: :func:`_goal_of_a_period`)
_SET_BY = "定"


def _expecting_group(words: Sequence[str], i: int) -> bool:
    """预期 / 预计 that says what a survey's group expects, its share then given (受访厂商预期接单
    增加者占38.2%, 预期订单增加的企业占42.1%): who the respondents are, no forecast of the
    number."""
    if words[i] not in _SURVEY_CUES:
        return False
    for j in range(i + 1, min(i + _GROUP_SPAN, len(words))):
        if words[j] == _SHARE_OF:
            return any(w.endswith(_HOLDER) or (w == "的" and words[k + 1] in _RESPONDENTS)
                       for k, w in enumerate(words[i + 1 : j], i + 1))
        if words[j] in _CLAUSE_STOPS:
            return False
    return False


_CLAUSE_STOPS = frozenset("，,；;。")


def _measured_against(words: Sequence[str], i: int) -> bool:
    """预期 as the expectations a result met or missed (6项符合预期，3项进展滞后; 好于预期, 超出
    预期): a noun, no forecast of the figures after it."""
    return words[i] == _EXPECTATIONS and i > 0 and words[i - 1].endswith(_MET_OR_MISSED)


_EXPECTATIONS = "预期"
_MET_OR_MISSED = ("符合", "好于", "超出", "超过", "不及", "优于", "低于", "高于", "超")


def _needed_things(words: Sequence[str], i: int) -> bool:
    """需要 + a verb + 的 before what is counted (村级需要填报的表格由156张精简至23张, 需要整改的
    问题): the things that must be done, named; no goal for their number."""
    return words[i] == _NEEDED and words[i + 2 : i + 3] == ["的"] and i + 3 < len(words)


_NEEDED = "需要"
# a survey's group named by what it expects (预期…增加者, 预期…的企业), then 占 and its share
_SURVEY_CUES = frozenset({"预期", "预计"})
_GROUP_SPAN = 10
_SHARE_OF = "占"
_HOLDER = "者"
_RESPONDENTS = frozenset({"企业", "厂商", "受访者", "居民", "家庭", "消费者", "企业家", "商户",
                          "农户"})


def _attributable(words: Sequence[str], i: int) -> bool:
    """应占 before an owner's part (本集团应占权益为51%, 股东应占溢利): the accounts' term
    "attributable", not 应 "shall" (研发投入应占营业收入的5%以上 is a rule's share)."""
    return (words[i] == "应" and words[i + 1 : i + 2] == ["占"]
            and words[i + 2 : i + 3] != [] and words[i + 2].startswith(_OWNERS_PARTS))


# what a holder is attributed in a company's accounts (权益, 溢利, 利润, 亏损, 收益, 业绩)
_OWNERS_PARTS = ("权益", "溢利", "利润", "净利润", "亏损", "收益", "业绩", "股权")


_NOUN_CUES = frozenset({"计划"})
# the measure words of documents (规划计划36条, 年度计划5份: the plans counted, as a report on
# what was published counts them; 招生计划3000人 is a plan's quota)
_DOCUMENT_MEASURES = frozenset({"条", "份", "件", "部", "篇"})


def _counted_documents(words: Sequence[str], i: int) -> bool:
    """``words[i]`` is a number that counts, in a measure word of documents, the plans named
    right before it."""
    return (_NUMERAL_START.match(words[i]) is not None and words[i + 1 : i + 2] != []
            and words[i + 1] in _DOCUMENT_MEASURES)
# a cue word that is the first half of a term (人均预期寿命: life expectancy, no goal)
_ADJECTIVE_OF_YAO = frozenset("首主重")
# (业务活动预期指数, 生产经营活动预期指数: a survey's index of expectations, no goal; 企业预期
# 方面，…: a topic)
_TERM_AFTER = {"预期": frozenset({"寿命", "指数", "方面"})}
# a density or an average per head or household (每千人口…, 每10万人中…, 平均每个家庭户的人口)
_PER_HEAD = ("每千", "每万", "每百", "每十万", "每1", "平均每", "户均")
# 也要看到, 必须认识到: what follows is a state to be aware of, not a plan (…仅为全国平均水平的六成)
_SEEING = frozenset({"看到", "认识到", "清醒认识到", "注意到", "指出", "承认", "正视"})
_AHEAD = ("未来", "今后")
_NAME_END = frozenset({"，", "、", "的", "”", "》", "。", "；"})


def future_period(period: Period, doc_date: date | None, words: Iterable[str]) -> bool:
    """The period ends after the document date and nothing marks the number as realised.

    A value for a period that has not ended yet (全年 seen from July, 下半年) can only be a plan.
    """
    words = list(words)
    if (period.text or "").startswith(_AHEAD) and metric_lexicon().past_cues.isdisjoint(words):
        return True  # 未来五年, 今后三年: ahead of any date the text is read at
    if doc_date is None or period.end is None or period.start is None:
        return False
    if period.start == period.end:
        return period.end > doc_date + timedelta(days=31)
    if period.end <= doc_date + timedelta(days=31):
        return False
    if period.start > doc_date:
        return True  # a period not begun yet holds no result, whatever the verb (完成…)
    past = metric_lexicon().past_cues
    if doc_date.year == period.end.year and _AGAINST_EARLIER_PLAN.search("".join(words)):
        # (in a five-year plan's last year) “十四五”时期…文件数量比“十三五”时期减少近30%: against
        # the plan before, as 比上年 against the year before, a result
        return False
    if doc_date < period.start + _JUST_BEGUN and period.end - period.start > _JUST_BEGUN:
        # 2026年民生实事…完成老年人健康体检12万人 on 10 February: a year's amount cannot be
        # completed weeks into the year; 完成 and 实现 name the task (已完成 is still done), as
        # 累计 names a plan's running total (“十五五”时期…累计推动三千家以上…企业完成数字化改造
        # in its first January)
        past = past - _TASK_VERBS
    return past.isdisjoint(words) and not _against_last_year(words)


def _against_last_year(words: Sequence[str]) -> bool:
    """The clause compares with last year (比上年增加412人, segmented 比 / 上年): a result of the
    year so far, as 同比 is, though the year is not over."""
    clause = "".join(words)
    return any(cue in clause for cue in _AGAINST_LAST_YEAR)


# a change against an earlier five-year plan's period (比“十三五”时期, 较“十三五”末)
_AGAINST_EARLIER_PLAN = re.compile(r"[比较]“?十[一二三四五六七八九]?五”?(?:时期|期间|末)")
# how little of a longer period may have passed for a completion verb to name its task
_JUST_BEGUN = timedelta(days=62)
_TASK_VERBS = frozenset({"完成", "实现", "累计"})


def classify(
    cand: NumberCandidate,
    indicator: str,
    gap: str,
    clause_text: str,
    is_target: bool,
    over_a_span: bool = False,
) -> MetricKind:
    """Kind of one number.

    ``gap`` is the text between the indicator and the number (its verb: 增长, 达, 居);
    ``clause_text`` the clause before the number; ``is_target`` the caller's forward-looking test;
    ``over_a_span``: the number is dated by a span (a month, a week), not a day.
    """
    if is_target:
        return "target"
    lex = metric_lexicon()
    cat = cand.category
    if cat == "rank":
        if cand.ordinal:
            return "rank"
        if _strip_fillers(gap).endswith(lex.rank_change_cues):
            # 较上年上升12位: a move against an earlier year, a change as points against one
            # are (_EARLIER); 位次上升3位 alone: a move, no position
            return "growth_rate" if _holds_any(gap, _AGAINST_LAST_YEAR) or (
                _EARLIER_TIME.search(gap) is not None) else "other"
        cat = "count"  # 3位院士
    growth_gap = _changes(gap, lex.growth_cues)
    if cand.unit == _INDEX_POINTS and (growth_gap or _COMPARED.search(clause_text)):
        cat = "point"  # 比前一周上升0.85个点, 较年内高点…低11.16个点: an index's change or gap
    if cat is None and cand.unit is None and indicator.endswith(_INDEX_NAMES) and not growth_gap:
        return "actual"  # 消费者物价总指数  109.86 in a table: an index's level, no count
    if cat == "ratio":
        # 收入比为2.08 / 比上年缩小0.03: a ratio's level, or its change
        if growth_gap or _changes(gap, lex.rate_change_cues):
            return "growth_rate"
        # (景气指数为92.68, 采购经理指数为49.8, 10月WPI為103.27: an index's level, not a share;
        # 汇率中间价报7.1712: a price's)
        # (马币兑新元则报3.2210: a currency quoted against another, a rate as 汇率 is)
        return "actual" if indicator.endswith(_LEVEL_RATIOS) or _QUOTED_AGAINST.search(
            indicator) is not None else "share"  # (年内高点: an index's)
    if growth_gap and cat == "percent" and (share_of := _SHARE_OF_BASE.search(gap)) is not None:
        # 分别占新增装机的59.8%: the change word is the base's name (新增), the number its share
        growth_gap = _changes(gap[: share_of.start()], lex.growth_cues)
    if cat in ("point", "percent") and not growth_gap:
        growth_gap = _changes(gap, lex.rate_change_cues) or (
            cat == "percent" and _MORE_THAN_EARLIER.search(gap) is not None)
    if cat == "point":
        if _CONTRIBUTION.search(clause_text):
            return "other"  # 影响CPI下降约0.27个百分点: a part of another figure's change
        if _GAP_TO_EARLIER.fullmatch(_strip_fillers(gap)) is not None:
            return "growth_rate"  # 低于2024届0.7个百分点: against an earlier time, a change
        if gap.startswith(_GAP_TO):
            return "other"  # 高于各项贷款增速9.7个百分点: a gap to another figure, not a change
        if _EARLIER.search(clause_text):
            return "growth_rate"  # 增速比上月末低0.3个百分点: against an earlier time, a change
        if _AGAINST_ANOTHER.search(clause_text) is not None:
            return "other"  # 比实际增速低1.4个百分点: a gap to another figure, no change in time
        return "growth_rate" if growth_gap else "other"  # 提高1.1个百分点 / 高于全国0.8个百分点
    if cat == "percent":
        if indicator.endswith(lex.breadth_suffixes) and len(indicator) > 1:
            return "share"  # 增长面为70.7%: the share of units that grew
        if _holds_any(name := indicator.rpartition("的")[2], lex.growth_indicators) and (
                _SHARE_OF not in name):
            # 涨幅, 通胀率: rates of change whatever their suffix (利润增长的贡献率: a share
            # of the growth, named by what follows its 的; 占总涨幅约三分之二: a share of it)
            return "growth_rate"
        if _GAP_ABOVE.search(clause_text) is not None and not growth_gap:
            return "other"  # 日均较工作日高出11%: a gap to another base, no change in time
        if indicator.endswith(lex.share_cues) and not growth_gap:
            return "share"
        return "growth_rate" if growth_gap else "share"
    if cat == "multiple":
        growth = growth_gap or _holds_any(indicator, lex.growth_indicators)
        if not growth and indicator.endswith(_RATIO_NAMES):
            return "actual"  # 市盈率为32.47倍: a ratio's level, read in 倍
        return "growth_rate" if growth else "other"
    if growth_gap and _holds_any(indicator, _STOCK_NOUNS) and cat in _AMOUNTS:
        return "actual"  # 地下水储存量增加18.5亿立方米: the change of a stock, a flow
    if cat == "count" and (_RATE_PER_BASE.search(clause_text) is not None or (
            indicator.endswith(_RATE) and _RATE_NAMED_PER_BASE.search(indicator) is not None)):
        # 有效申诉率为每百万件快递业务量0.42件, 每百万车公里故障率0.41次: a rate, counted per its
        # base
        return "share"
    if cat in _AMOUNTS and ("于" in clause_text or "於" in clause_text) and (
            _GAP_BETWEEN.search(clause_text) is not None):
        return "other"  # 女性多於男性32.4萬人: the gap between two figures, no amount of either
    if _holds_any(clause_text, lex.cumulative_cues) and not _capacity_built(cand, clause_text):
        return "count_total"
    if cat == "count" and _OBJECT_OF.search(clause_text) is not None:
        return "actual"  # 对1.6万名失信被执行人采取…, 与5家金融机构签署…: those acted on
    if (cat == "count" and _strip_fillers(gap) == "有" and "的" in clause_text
            and cand.unit not in lex.flow_units):
        return "count_total"  # 经费超过100亿元的行业大类有3个: the members of a class
    # 有进出口实绩的企业超过三万六千家: a flow word in a modifier (before the last 的) describes
    # the things counted; only the head noun says whether the number is a flow
    # 每10万人中具有…的人数: the whole name's; 每100名员工中有0.8人被裁退: the base before it
    per_head = is_density(indicator) or _PER_BASE_BEFORE.search(clause_text) is not None
    modifier, of, head = indicator.rpartition("的")
    if of and modifier and not _governs(modifier, lex.acting_verbs):
        indicator, clause_text = head, clause_text.replace(modifier, "", 1)
    if _holds_any(_without_doers(indicator), lex.actual_cues) or _holds_any(
            gap, lex.actual_cues) or _governs(indicator, lex.acting_verbs):
        return "actual"  # 新增就业, 常住人口净增, 资助参加基本医疗保险8500万人: a flow
    if cand.unit in lex.flow_units or (cand.unit is None and indicator.endswith(_EVENT_NAMES)):
        return "actual"  # 3400万人次, 观影人次462.5万: visits and trips are events over a period
    if cat == "count" and _strip_fillers(gap).endswith(_MEMBERS):
        return "count_total"  # CPI同比上涨的有13个: how many of a group are so, not a change
    if growth_gap and cat == "count" and gap.endswith(_OF):
        return "count_total"  # 价格上涨的11个，下降的9个: the members of a group that moved
    if growth_gap and cat in _AMOUNTS:
        return "actual"  # 年均增长 50 万人: a change, realised
    if per_head or _holds_any(indicator, _PER_DAY):
        # 每千人口执业（助理）医师4.6人: a density; 日均营业影院12860家: a period's daily mean, no
        # count of things standing at a date
        return "actual"
    if cat == _CURRENCY and _INVOLVED in clause_text:
        return "actual"  # 实施并购重组项目87个，涉及资产总额约3200亿元: the deals' size, no holding
    stock_cues = lex.count_total_cues if cat in ("count", None) else lex.amount_stock
    stocked = _holds_any(clause_text, stock_cues) or _stock_named_apart(
        indicator, clause_text, stock_cues)
    if stocked and _OF_THE_PERIOD.search(clause_text) is None:
        return "count_total"  # money and tonnes are flows unless a stock word says so (存款余额)
    if _holds_any(_without_doers(clause_text), lex.actual_cues):
        return "actual"
    if cat == "count" and _strip_fillers(gap).endswith(_ONLY_HAS):
        return "count_total"  # 亿元以上项目仅有1个: how many there are, a stock
    if cat == "count" and (_NEWLY.match(indicator) is not None
                           or _NEW_CASES.search(indicator) is not None):
        return "actual"  # 新培育家庭农场17家, 职业病新发病例0例: those new in the period, a flow
    if cat == "count" and _SET_UP.search(clause_text) is not None:
        return "actual"  # 全县共设考点12个、考场508个: set up for an event held, what it had
    if cat == "count" and _moved_volume(indicator):
        return "actual"  # 海铁联运箱量302.7万标箱: boxes moved over the period, a flow
    if cat == "count" and indicator.endswith(lex.flow_things):
        return "actual"  # 签约项目32个, 生命健康项目7个: projects signed or begun in a period
    if cat == "count" and over_a_span and _DREW.search(indicator) is not None:
        return "actual"  # 1—9月，全国领取失业保险金人数为423万人: those who drew it in the months
    if cat == "count" and over_a_span and cand.unit in _ITEMS_HANDLED:
        return "actual"  # 10月份，…订销报纸业务1.46亿份, 第44周…检测…标本412份: handled in it
    if cat in ("count", None) or standing_area(indicator, gap, cand.qualifier):
        return "count_total"  # (油茶面积达到2.6万亩, 基地面积稳定在1400亩以上: a standing area)
    return "actual"


def _capacity_built(cand: NumberCandidate, clause_text: str) -> bool:
    """A capacity (千瓦, 千瓦时) of what stands built (截至10月底，全国已建成投运新型储能装机
    规模达到1.02亿千瓦/2.58亿千瓦时): its level at the day, ``actual`` as a capacity at a date
    is (发电装机容量达到15236万千瓦); 已建成 / 已开通 make a stock of the things counted
    (已建成回收网点3.6万个), 累计 a running total of anything (累计装机达到21.64亿千瓦)."""
    if cand.unit not in _CAPACITY_UNITS or not any(w in clause_text for w in _BUILT):
        return False
    rest = clause_text
    for w in _BUILT:
        rest = rest.replace(w, "")
    return not _holds_any(rest, metric_lexicon().cumulative_cues)


_CAPACITY_UNITS = ("千瓦", "千瓦时")
_BUILT = ("已建成", "已开通")


# those drawing a benefit, counted over a span (领取失业保险金人数 1—9月); at a day (截至9月末，…
# 领取待遇人数1.83亿人) they are the beneficiaries on the rolls, a stock
_DREW = re.compile(r"领取[^，,；;。\d]{0,10}人数$")


# 涉及 "involving" before an amount: the money the things or events counted involve (涉及资产
# 总额, 涉及资金, 涉及金额), a measure of them, not a stock held (资产 names what was traded)
_INVOLVED = "涉及"
_CURRENCY = "currency"


def _stock_named_apart(indicator: str, clause_text: str, stock_cues: tuple[str, ...]) -> bool:
    """A stock word in a name given outside the clause (常州队以6胜1平积19分: 积分, named after the
    number: the points so far), the clause naming no flow of its own (…用户总数达18.2亿户，全年
    净增2986万户: the change of the stock, a flow)."""
    return (indicator not in clause_text and _holds_any(indicator, stock_cues)
            and not _holds_any(clause_text, metric_lexicon().actual_cues))


def _without_doers(text: str) -> str:
    """``text`` without the people and places named by what they do (投资者总数达2.25亿:
    investors, a stock of people, not an investment; 派出所120个: police stations, not teams
    sent out), which hold a flow's word but are no flow."""
    return _DOERS.sub("", text) if any(h in text for h in _DOER_HINTS) else text


# a rate whose value is counted per a base written before it (有效申诉率为每百万件快递业务量,
# 发生率为每十万人): a share, though its unit is a count's
_RATE_PER_BASE = re.compile(r"率(?:为|是|达)?每[^，,；;。\d]{1,12}$")
# a rate whose name opens with its base (每百万车公里故障率, 每万人口发病率)
_RATE_NAMED_PER_BASE = re.compile(r"每[^，,；;。\d]{1,12}率$")
_RATE = "率"
# one figure more or fewer than another (女性多於男性, 死亡数少于出生数): not 不少于, a bound
_GAP_BETWEEN = re.compile(r"(?<![不至])[多少][于於][^，,；;。\d]{1,10}$")
# a base of an earlier time (较上半年, 比上月, 较年初, 比2024年同期): a move since then is a change
_EARLIER_TIME = re.compile(
    r"[比较](?:上[年月季期周]|上半年|去年|前[一两三]?[年月季周]|(?:\d{4}年)?同期|年初|年底)")
# what a fund kept in the period itself (当年结余33.4亿元, 当期结存: the year's surplus, a flow;
# 年末滚存结余 is the balance)
_OF_THE_PERIOD = re.compile(r"(?:当年|当期|本年|本期)(?:结余|结存)")
# numbers with no unit that are levels, not shares: an index, a price, an exchange rate
# (CPI / WPI / PPI / PMI: a price or a survey index by its abbreviation, 10月CPI為109.86)
_INDEX_NAMES = ("指数", "CPI", "PPI", "WPI", "PMI")
# (平均市盈率为19.42: a valuation's multiple written bare, a level as 市盈率为32.47倍 is)
_LEVEL_RATIOS = (*_INDEX_NAMES, "价", "汇率", "高点", "低点", "市盈率", "市净率")
# a name closing on a currency quoted against another (马币兑新元, 令吉兑人民币, 美元兑日元)
_QUOTED_AGAINST = re.compile(r"兑[\u4e00-\u9fff]{1,3}[元币镑郎吉铢卢]$")
# an index's points (个点, 点); a change or a gap in them is read as one in percentage points
_INDEX_POINTS = "点"
_COMPARED = re.compile(r"[比较]")
# 较/比 a base that is no earlier time, then 高出 / 低出 (日均较工作日高出): the gap between two
# figures of the same period
_GAP_ABOVE = re.compile(r"[较比](?!上|去年|前|同期|年初)[^，,；;。\d]{1,8}?[高低]出$")
# 高于 / 低于 an earlier time alone (低于2024届0.7个百分点, 高于上年同期): a change against it
_GAP_TO_EARLIER = re.compile(
    r"(?:高于|低于)(?:上年|去年|上月|上季|上届|(?:上年|去年)?同期|\d{4}(?:年|届)(?:同期)?)")
# stocks named as such (储存量, 保有量): a change after the name is the change, not the stock
_STOCK_NOUNS = ("存量", "保有量")
_AMOUNTS = ("count", None, "currency", "physical")
# a ratio whose level is read in 倍 (市盈率, 市净率; a bond issue's 投标倍数, 认购倍数: bids over
# the amount offered; not 是…的3.6倍, a multiple of another figure)
_RATIO_NAMES = ("率", "倍数")
# a mean per day, week or month of the period (日均票房, 日均营业影院, 月均), or per match
# (场均上座)
# a base of heads right before a count (每100名员工中有, 每万人中): the count is per that base
_PER_BASE_BEFORE = re.compile(r"每[\d十百千万]+[名个户人位][^，,；;。\d]{0,6}中有?$")
_PER_DAY = ("日均", "周均", "月均", "场均", "每日", "每天", "每周", "每月")  # (国际航线每周航班量)
_DOER_HINTS = ("投资", "派出", "新建", "安全生产委员会")  # (searched first: most names hold none)
# (外商投资企业, 投资公司, 锦瑞投资控股有限公司, 产业投资引导基金: firms and funds named by what
# they do, a holder or a count of firms, no investment; 新建商品住宅库存, 新建商品房: the
# statistics' class of new homes, not homes built in the period; 安全生产委员会成员单位达到4860个:
# work safety, no production)
_DOERS = re.compile(
    r"投资(?:者|人|[^，,；;。\d]{0,6}?(?:企业|公司|机构|基金|集团))|派出所|新建(?=商品住宅|商品房)"
    r"|安全生产(?=委员会)")


def _moved_volume(indicator: str) -> bool:
    """A volume (箱量, 运量, 业务量: …量) counted in things moved or handled over a period, not
    a number of things held (数量, 有效注册商标量, 保有量, 存量)."""
    return (indicator.endswith(_VOLUME) and not indicator.endswith(_HELD_VOLUMES)
            and _IN_FORCE not in indicator)


_VOLUME = "量"
# (质量: quality, no volume)
_HELD_VOLUMES = ("数量", "总量", "拥有量", "保有量", "存量", "质量")
_IN_FORCE = "有效"  # (有效注册商标量: the marks in force at a date, a stock)


# pieces and copies (件, 份) counted over a span with no stock word: the items handled, sent or
# tested in it (a month's 订销报纸业务1.46亿份, a week's 检测标本412份, 阳性158份), a flow; at a day
# or undated they stand (有效发明专利…件, 现行有效的132件…文件)
_ITEMS_HANDLED = ("件", "份")


_OF = "的"
# what there only is (亿元以上项目仅有1个, 只有3家): a count of what stands, not a flow
_ONLY_HAS = ("仅有", "只有", "尚有", "还有")
# 新 "newly" before a verb of making or admitting (新培育家庭农场17家, 新认定高新技术企业12家;
# a registry's 新设企业, 新设经营主体: those set up in the period; 新购置植保无人机126架: bought):
# the things made or bought in the period
# (not 新能源, 新型, 新兴: adjectives of a name; 新设备, 新设施, 新设计: nouns)
# (after the text's own scope, 全乡新培育…, 皖北6市新设…, not inside a word: 创新发展, 更新设备)
_NEWLY = re.compile(
    r"(?:全\w|[^，,；;。]{0,6}?[市省县区州乡镇])?新(?:培育|发展|认定|引进|招引|注册|登记|设立|成立|组建"
    r"|创建|评定|落户|入驻|设(?![备施计])|购置|购买|购进|识别|纳入)")
# a verb setting things up for an event or for those it serves (全县共设考点12个, 为21名残疾
# 考生设置单独考场6个, 增设临时服务点): what was set up, a flow; not 设有, what a place has
# standing, nor a plan's design (《纲要》共设置主要指标20项: the indicators it holds)
_SET_UP = re.compile(r"(?:共设(?![置立有])|增设|开设|为[^，,；;。]{1,16}?设置)(?!有)")
# cases newly arising (职业病新发病例0例, 新发感染者, 新发案件): those of the period, wherever the
# name puts them (after what they are cases of)
_NEW_CASES = re.compile(r"新发(?:病例|病|感染|确诊|案件|案)")
# a level reached or held (达到, 稳定在, 保持在): of an area, what stands at the period's end,
# unless the area is a season's (播种面积, 收获面积) or a year's work (造林面积)
_LEVEL_VERBS = ("达到", "达", "稳定在", "保持在", "稳定", "保持")
_SEASON_AREAS = ("播种", "收获", "造林")
_AREA = "面积"  # (named: 油茶面积; a bare 面积 is of the thing the clause before names)


def standing_area(indicator: str, gap: str, qualifier: str) -> bool:
    """An area (面积) at a level reached (达到 in the quote: qualifier reach) or held, not a
    season's sown or harvested area."""
    return (indicator.endswith(_AREA) and len(indicator) > len(_AREA)
            and (qualifier == "reach" or _strip_fillers(gap).endswith(_LEVEL_VERBS))
            and not any(w in indicator for w in _SEASON_AREAS))


def is_density(indicator: str | None) -> bool:
    """A density or an average per head or household (每千人口…床位数, 户均): no count of things."""
    return bool(indicator) and indicator.startswith(_PER_HEAD)  # type: ignore[union-attr]


def _governs(modifier: str, verbs: tuple[str, ...]) -> bool:
    """The name opens with a verb whose object the rest is (依法拘留拒不履行义务的被执行人: 拘留
    [the people who…], a flow of people detained), not a modifier describing what is counted
    (有进出口实绩的企业)."""
    return _OFFICIALS.sub("", modifier, count=1).removeprefix("依法").startswith(verbs)


# officials named before what they did (学校领导走访用人单位, 市领导慰问…, 党员干部帮扶…): the
# doers, not what is counted
_OFFICIALS = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:领导|干部)(?:班子|同志)?")


# a preposition opening the clause before a count, alone or after an adverb: what is counted is
# acted on in the period (对1.6万名失信被执行人采取惩戒措施, 为2.8万名农民工追回…; not 裁员人数为
# 3500人, where 为 is "is", nor 与超过110个国际城市建立了友城关系, a standing relation; but 与
# after 还/并/也, 区政府还与5家金融机构签署…: partners of an act the text goes on to)
_OBJECT_OF = re.compile(
    r"(?:(?:^|[，,；;])(?:全[县市省区])?为|(?:^|[，,；;]|还|并|也|已|先后)(?:对|向)|(?:还|并|也)与)\s?$")


# (the unit of events named before the number: 观影人次462.5万)
_EVENT_NAMES = ("人次", "架次", "车次", "班次", "场次", "辆次")
_FORECASTS = frozenset(("预计", "预测", "预估", "估计"))
# what a project is expected to yield once built or producing (达产后年产值约180亿元, 建成后新增
# 算力5000P, 可容纳企业150家以上): a goal, not a result
_EXPECTED = re.compile(r"(?:达产|达效|建成|投产|投用|竣工|完工)后|可容纳|可带动|可新增|可实现")
# 由 before the level a change starts from, with the period it was at (由目前的, 由2024年的)
_FROM_LEVEL = re.compile(r"由(?:([^，,；;。由]{1,10})的)?$")
TO_LEVEL = re.compile(
    r"(?:提高|提升|增加|增长|下降|降低|减少|扩大|缩小|上升|调升|调降|收窄|放宽|上调|下调|调整|修订"
    r"|压缩|压减|缩短|精简|降|增|升)[至到为]")  # (由20日压缩至10日: a time limit cut)


def target_of(text: str, toks: Toks, cand: NumberCandidate, period: Period, of_base: bool,
              target_heading: bool, review_heading: bool, doc_date: date | None,
              task_start: int, comma_start: int, comma_lo: int, comma_hi: int,
              ) -> tuple[bool, Period]:
    """Whether the number is a goal (a goal word of its task, a goal section, a period not yet
    over), and its period as that reads it (全年 in a first quarter's text, no goal: last
    year's)."""
    # in a section reviewing results, a goal word of another clause (…预计明年竣工，全年共
    # 完成…) is not this number's
    # nor one of an earlier clause when the number's own reports it done (…将于7月12日进行，…，
    # 淮安队已售出客队球票4500张)
    done = _PLAN_DONE.search(text, comma_start, cand.start)
    own_clause = review_heading or done or text.find(_ALREADY, comma_start, cand.start) >= 0
    over_at = _over_named_at(text, period, doc_date, task_start, cand.start)
    cue_start = comma_start if own_clause else max(task_start, over_at)
    cue_end = done.start() if done else _cue_end(text, cand)
    cue_span = slice(*span_of(toks, cue_start, cue_end))
    cue_words = toks.words[cue_span]
    if _DISPOSAL in cue_words:
        cue_words = _without_disposal(cue_words, toks.tags[cue_span])
    if cue_words and cue_words[-1] in _NOUN_CUES and cand.unit_raw in _DOCUMENT_MEASURES:
        cue_words = cue_words[:-1]  # 规划计划36条: the plans counted, no plan for the number
    cued = not of_base and not computed_on(text, cand.start, cand.end, comma_start) and (
        (target_heading and period.text != PRESENT) or has_target_cue(cue_words)
                            or _EXPECTED.search(text, comma_start, cand.start) is not None
                            or _required(cand, cue_words)
                            or _by_a_later_year(text, task_start, cand.start, doc_date))
    if (cued and not target_heading and doc_date is not None and period.end is not None
            and period.end < doc_date and _FORECASTS.intersection(cue_words)
            and not has_target_cue([w for w in cue_words if w not in _FORECASTS])):
        if _done_before(text, period, task_start, comma_start) or _effect_expected(
                text, period, comma_start, cand.start):
            # 已于9月投产，预计新增年产能120万套: the month is the start's; 今年首9个月…批准投资
            # 总额为2850亿令吉，…，预计可创造约13万个就业机会: what the period's deeds may bring
            period = NO_PERIOD
        else:
            # 预计全年实现地区生产总值13698亿元 in January: an estimate of a year already over,
            # a result (a forecast is a goal only for a period not yet over)
            cued = False
    if cued and not target_heading and _obtained(text, task_start, cand, cue_words):
        cued = False  # 全年争取上级资金3680万元，同比增长15.4%: funds obtained, against last year
    if not cued:
        period = last_year_report(period, doc_date)
    elif not target_heading and ((period.text or "").endswith("以来") or _proposed_after(
            period, doc_date, cue_words)):
        # 特区成立以来，已吸引…，预计可为柔佛创造约8000个就业机会: a span up to now dates what was
        # done; a forecast after it has no period of its own (nor a proposal after a year over)
        period = NO_PERIOD
    is_target = cued or (not review_heading
                         and future_period(period, doc_date, toks.words[comma_lo:comma_hi])
                         and not _result_so_far(text, cand, period, doc_date))
    start = starts_a_change(text, cand)
    if start is not None:
        # 由10%降至6%: the level a planned change starts from is the present one; 由目前的58处,
        # 由2024年的3.2万张: at the period it names; a change done (平均兑付时间由15天压减至5天
        # in a report on the year) starts from a level of no period the text names either
        named = start.group(1)
        return False, period if named and period.text and period.text in named else NO_PERIOD
    return is_target, period


def _result_so_far(text: str, cand: NumberCandidate, period: Period, doc_date: date | None
                   ) -> bool:
    """The clause right after the number compares it with last year (今年全省小麦播种面积
    8550万亩，与上年基本持平 in April) in a period begun by the text's date: a result of the
    period so far, as 比上年 before it is; no goal is held against last year's figure in the
    clause after it without a goal word of its own. (A budget for a year not begun, 編列…18.9億元，
    較上年度增加, is a plan whatever it is compared with.)"""
    return (doc_date is not None and period.start is not None and period.start <= doc_date
            and _COMPARED_AFTER.match(text, cand.end) is not None)


# (the comma, then the base: 与上年基本持平, 比上年增加, 较上年度, 同比增长)
_COMPARED_AFTER = re.compile(r"[，,](?:与上年|与去年|比上年|较上年|比去年|较去年|同比)")


def starts_a_change(text: str, cand: NumberCandidate) -> re.Match[str] | None:
    """由X…至Y: the number (X) is the level a change starts from (group 1: what it names before
    the number, 由目前的, 由2024年的), no figure of the period the change is of."""
    start = _FROM_LEVEL.search(text, 0, cand.start)
    if start is None or (to := TO_LEVEL.match(text, cand.end)) is None:
        return None
    # (本地生产总值实质增长率由早前公布的4.7%修订为5.1%: an estimate revised, the same period's
    # figure as published before, not a level the period's change starts from)
    return None if to.group().startswith(_REVISIONS) else start


_REVISIONS = ("修订", "修訂", "修正")


def _over_named_at(text: str, period: Period, doc_date: date | None, task_start: int,
                   end: int) -> int:
    """Where the number's task names its period when that period is over by the text's date
    (山东今年目标为5%以上，去年实际增长5.7%; 安徽目标为…，去年…突破5万亿元，达到5.06万亿元): the
    number is a result of it, so a goal word before it is not its (-1: none named)."""
    if doc_date is None or period.end is None or period.end >= doc_date or not period.text:
        return -1
    return text.rfind(period.text, task_start, end)


# a year a goal is set for, opening the task (到2030年，累计培养培训…100万人次)
_BY_YEAR = re.compile(r"到(\d{4})年")


def _by_a_later_year(text: str, task_start: int, end: int, doc_date: date | None) -> bool:
    """The number's task is set for a year after the text's (到2030年，累计培养培训托育专业人才
    100万人次 in 2025): a goal, though its running total's span began before the text's date."""
    if doc_date is None or "到" not in text:
        return False
    found = _BY_YEAR.search(text, task_start, end)
    return found is not None and int(found.group(1)) > doc_date.year


def _cue_end(text: str, cand: NumberCandidate) -> int:
    """Where the cue words before a number end: after its bound word (将超过40万亿元: 将 is
    "will" with the bound read after it, not 将 "把" right before a number), else at its start."""
    return cand.num_start if cand.num_start > cand.start and _WILL_BOUND.match(
        text, cand.start) is not None else cand.start


# bound words that 将 "will" may stand before
_WILL_BOUND = re.compile(r"超过|突破|达到|超")


# 需 / 须 "must" (竞得人需在地块内配建一所小学，建筑面积不少于1.2万平方米): a bound a party is
# held to, a requirement; alone no cue (创新能力仍需提升，…还差0.28个百分点: a state)
_OBLIGED = frozenset({"需", "须"})
_BOUNDS_HELD = frozenset({"at_least", "at_most"})


def _required(cand: NumberCandidate, cue_words: Sequence[str]) -> bool:
    """The number is a bound (不少于, 不超过) on an amount that its task obliges a party to
    meet (需, 须); not a duration (须在10个工作日内签订: a contract's term)."""
    return (cand.qualifier in _BOUNDS_HELD and cand.category != DURATION
            and not _OBLIGED.isdisjoint(cue_words))


_DISPOSAL = "将"
_NOUN_TAG, _VERB_TAG = "n", "v"


def _without_disposal(words: Sequence[str], tags: Sequence[str]) -> Sequence[str]:
    """``words`` without a 将 that puts a noun before its verb (热线当即将工单转至供水集团: 将 as
    把, what was done with the noun; 将人员、经费向一线倾斜: nouns listed, then where they went),
    no "will" (将推出, 将于12月, 将新增: a verb or a time after it)."""
    return [w for i, w in enumerate(words) if not (w == _DISPOSAL and _puts_nouns(words, tags, i))]


def _puts_nouns(words: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """``words[i]`` (将) opens a noun, or nouns listed with 、, then a verb or a preposition."""
    j = i + 1
    if not tags[j : j + 1] or not tags[j].startswith(_NOUN_OPENERS):
        return False
    j += 1
    while tags[j : j + 1] and (tags[j].startswith(_NOUN_TAG) or (
            words[j] == _LISTED and tags[j + 1 : j + 2] and tags[j + 1].startswith(_NOUN_TAGS))):
        j += 2 if words[j] == _LISTED else 1
    j = _after_code(words, j)  # (将隔夜政策利率（OPR）维持在2.75%不变: its code aside)
    return tags[j : j + 1] != [] and (tags[j].startswith(_VERB_TAG) or tags[j] == _PREPOSITION_TAG)


_LISTED = "、"
# what may open the noun 将 puts first: a noun, or a word that classes one (隔夜 政策利率)
_NOUN_OPENERS = ("n", "b")
_CODE_ASIDE = re.compile(r"[（(][A-Za-z]{2,6}[）)]")


def _after_code(words: Sequence[str], j: int) -> int:
    """Past a Latin code in brackets at ``words[j]`` (（OPR）: three words), else ``j``."""
    return j + 3 if _CODE_ASIDE.fullmatch("".join(words[j : j + 3])) else j


_NOUN_TAGS = ("n", "vn")  # (经费 is tagged vn: a noun of action)
_PREPOSITION_TAG = "p"


def _done_before(text: str, period: Period, task_start: int, comma_start: int) -> bool:
    """The period is named only in an earlier clause of the task that reports something done
    (已于9月投产，预计…): it dates that, not what the forecast after it expects."""
    named = text.rfind(period.text, task_start, comma_start) if period.text else -1
    if named < 0 or text.find(period.text, comma_start) >= 0:
        return False
    opens = max(text.rfind(m, task_start, named) for m in _CLAUSE_ENDS) + 1
    return _holds_any(text[max(opens, task_start) : comma_start], _DONE)


# a forecast of what something may yet bring (预计可创造, 预计将带动, 预计能新增)
_MAY_BRING = re.compile(r"预计(?:可|将|能|还将|还可)")


def _effect_expected(text: str, period: Period, comma_start: int, start: int) -> bool:
    """The number's clause expects with a modal (预计可, 预计将) what the figures of a period
    named only in an earlier clause may bring (…批准投资总额为2850亿令吉，…，预计可创造约13万个
    就业机会): a forecast with no period of its own, not an estimate of that period."""
    return (period.text is not None and text.find(period.text, comma_start, start) < 0
            and _MAY_BRING.search(text, comma_start, start) is not None)


_CLAUSE_ENDS = ("，", ",", "；", ";")
_DONE = ("已", "了")  # (已于9月投产, 投产了: done, not expected)


# 前十个月已完成全年目标的77.1%: the share of a goal reached, the goal's words its base, its
# figure too (完成全年1200万人目标任务的88.1%; its own clause may still plan it: 力争完成全年
# 目标的90%)
_PLAN_DONE = re.compile(
    r"(?:完成|达到|达)了?[^，,；;。]{0,16}?(?:计划|目标|预算|任务)(?:任务|数)?的"
    r"(?:\d+(?:\.\d+)?%[、和及])*$")  # (分别完成年度目标的82.7%和94.0%: a list's later share too)


# 争取 "strive for" is also "obtain" (争取上级资金, 争取项目): a sum compared with the year
# before (同比增长15.4%) is one obtained, not a goal
_OBTAIN = "争取"
_AGAINST_LAST_YEAR = ("同比", "比上年", "较上年", "比去年", "较去年")


def _obtained(text: str, task_start: int, cand: NumberCandidate,
              cue_words: Sequence[str]) -> bool:
    """争取 is the number's only goal word and its task compares it with the year before."""
    if _OBTAIN not in cue_words or has_target_cue([w for w in cue_words if w != _OBTAIN]):
        return False
    ends = [i for i in (text.find(c, cand.end) for c in "；;。") if i >= 0]
    task = text[task_start : min(ends) if ends else len(text)]
    return any(w in task for w in _AGAINST_LAST_YEAR)


def _proposed_after(period: Period, doc_date: date | None, cue_words: Sequence[str]) -> bool:
    """2025年归母净利润同比增长18.4% 拟每10股派2.85元 (a report of 2026): what 拟 proposes is yet
    to be done, so a period over at the document's date is that of the results before it."""
    return (doc_date is not None and period.end is not None and period.end < doc_date
            and any(w == _PROPOSAL or w in _GLUED_CUES for w in cue_words))



def kind_of(cand: NumberCandidate, indicator: str, gap: str, clause_text: str, is_target: bool,
            period: Period, inherited: bool = False, in_text: bool = False
            ) -> tuple[MetricKind, Period]:
    """The number's kind (:func:`classify`), and no period for the frame of a plan;
    ``inherited``: the period is an earlier sentence's; ``in_text``: the number is read in running
    text, not in a table's cell (whose day is the table's, a balance sheet's)."""
    if cand.category == "point" and _REVISED.search(gap) is not None:
        return "other", period  # 较8月预测上修1.44个百分点: how far a forecast was revised
    kind = classify(cand, indicator, gap, clause_text, is_target, _over_a_span(period))
    if (cand.category == "count" and cand.unit not in metric_lexicon().flow_units
            and scopes_plan(clause_text)):
        # (其中国家防总针对防汛防台启动IV级应急响应19次: times something was done, no plan's scope)
        return "other", NO_PERIOD  # 围绕…等6大重点领域: the frame of a plan
    if kind != "target" and cand.category != "rank" and ((any(
            w in clause_text for w in _NORMAL_HINTS) and (
            _NORMAL.search(clause_text) is not None or _NORMAL.search(gap) is not None
            or _AS_MUCH_AS_NORMAL.search(clause_text) is not None)) or _off_the_normal(
            clause_text, gap)):
        # (…分别较正常低0.3度及高0.4度: the list's gap, 较正常高, for the later number)
        return "other", period  # 较正常高0.6度, 比多年平均偏多19.3%: a gap to the normal
    if kind == "count_total" and _done_since(cand, indicator, gap, clause_text, period):
        return "actual", period
    if kind != "actual" or not _at_a_date(period):
        return kind, period
    lex = metric_lexicon()
    so_far = up_to_a_day(period)
    run_up = in_text and so_far and not (inherited and _year_end(period))
    if (cand.category == "currency" and _QUOTED.search(clause_text) is None
            and _PER_UNIT not in (cand.unit or "") and not _changes(gap, lex.growth_cues)
            and (_UNBOOKED in indicator or run_up or (
                not ((inherited or not so_far) and _holds_any(indicator, lex.actual_cues))
                and _SOLD.search(indicator) is None))):
        # 截至9月底，…涉及金额达到4亿2000万新元, 截至9月30日24时，国庆档预售总票房突破3亿元: a sum
        # run up to the day (not a balance's change, 较年初减少28.6亿元, a flow; nor a market's
        # quotation, 股价报5.86元, 总市值约493亿元: levels; nor a flow a later sentence names under
        # a year's last day, 截至2024年底，…。地理标志产品直接产值超过9600亿元: the year's); 已售
        # 未结转合约销售金额: a backlog; 10月末，…应收账款26.43万亿元: a balance at the month's end
        # (not a flow named at it, 每百元资产实现的营业收入, 10月末…销售额)
        return "count_total", period
    if so_far and stands_at_a_day(cand, indicator, gap, clause_text):
        return "count_total", period
    if run_up and _counted_so_far(cand, indicator, gap, clause_text):
        return "count_total", period
    return kind, period  # (a running total, 累计完成 over a year, 1-10月…累计销售: count_total)


def _done_since(cand: NumberCandidate, indicator: str, gap: str, clause_text: str,
                period: Period) -> bool:
    """A count over a span since a start (2023年以来…限制出境37人, “十四五”以来…制定修订地方性
    法规4部): the deeds done in it, a flow of the span, though its name holds no flow word; not
    a running total written as one (以来累计…), a stock (保有量, 总数, 现有) or a level reached
    (全自动运行线路达到4条), what has done so far (已在336个城市推行), nor the members of a class
    (推行…的城市)."""
    if cand.category != "count" or not (period.text or "").endswith(_SINCE):
        return False
    lex = metric_lexicon()
    return not (_OF in indicator or _ALREADY in clause_text or cand.qualifier == _REACH
                or _holds_any(clause_text, lex.cumulative_cues)
                or _holds_any(clause_text, lex.count_total_cues)
                or _strip_fillers(gap).endswith(_MEMBERS)
                or _strip_fillers(gap).endswith(_LEVEL_VERBS))


_SINCE = "以来"
_REACH = "reach"  # (达到4条: the level reached, a stock)


def _year_end(period: Period) -> bool:
    """The day is a year's last (截至2024年底): a flow a later sentence names under it is the
    year's, as a yearly report's flows are."""
    return period.end is not None and (period.end.month, period.end.day) == (12, 31)


def _counted_so_far(cand: NumberCandidate, indicator: str, gap: str, clause_text: str) -> bool:
    """(Of a count at a 截至 day, not a year's last when read from an earlier sentence.) A count
    named as a flow (申请量, 销量, 销售门店: a cue of ``kind_cues.actual``) run up to the day with
    no start of its own (截至10月12日，…补贴申请量突破1020万份, 截至目前，…吉祥物玩偶销量达到
    42万个): a running total at the day, as 累计 writes one; not its change (比上年末净增3512万户,
    比去年同期多接种), those new in the months (截至9月底，新设私营企业: the year's so far), a
    daily mean (日均审核补贴申请) or a density."""
    lex = metric_lexicon()
    return (cand.category == "count" and _holds_any(indicator, lex.actual_cues)
            and not _changes(gap, lex.growth_cues) and _AGAINST_EARLIER_DAY.search(
                clause_text) is None and not is_density(indicator)
            and not _holds_any(indicator, _PER_DAY) and not _holds_any(clause_text, _NEW)
            and _NEWLY.match(indicator) is None)


# a base of an earlier day or year before the count (比上年末, 较上月, 比去年同期, 同比, 较上届)
_AGAINST_EARLIER_DAY = re.compile(r"[比较](?:上|去|前|年初|同期|今年初)|同比")


# a part of another figure (占总涨幅): a share, whatever the whole is
_SHARE_OF = "占"
# a sum per head or per unit (782元/人·月, 6540元/人·年): a level's rate, no balance standing at
# a day
_PER_UNIT = "/"


def _over_a_span(period: Period) -> bool:
    """The period is a span of days (10月份, 第44周, 1—9月), not one day nor none."""
    return period.start is not None and period.end is not None and period.start < period.end


# an earlier forecast as the base of a revision (较8月预测上修, 比上次预估下调): the points are how
# far the forecast moved, no goal and no change of the figure itself
_REVISED = re.compile(r"[较比][^，,；;。]{0,8}?(?:预测|预估|预计)(?:值)?(?:上修|下修|上调|下调)$")


def stands_at_a_day(cand: NumberCandidate, indicator: str, gap: str, clause_text: str) -> bool:
    """A count that a 截至 day makes a stock at that day (:func:`_standing_count`; 目前已举办86场:
    events held so far, a running total at the day), not its change (到基层就业648人，较上届增加
    97人: a flow); also asked of an undated count that a later document pass may date so."""
    lex = metric_lexicon()
    return (_standing_count(cand, indicator, clause_text) or (
        cand.category == "count" and (_done_so_far(clause_text) or _held(cand) or (
            # 截至2024年底，…提供托位总数612万个: the total there is, whatever verb before it
            # (not its change: 用户总数…比上年末净增3512万户)
            clause_text.rstrip(_LINKS).endswith(_TOTAL_HEADS))))
    ) and not _changes(gap, lex.growth_cues)


def _held(cand: NumberCandidate) -> bool:
    """有 right before the count (截至2025年9月底，公屋申請約有133 800宗): those there are at the
    day, cases on hand too, though cases are counted as events elsewhere."""
    return (cand.qualifier_text or "").endswith(_HAS)


_HAS = "有"


def _standing_count(cand: NumberCandidate, indicator: str, clause_text: str) -> bool:
    """(Of a count at a 截至 day.) 截至2025年10月31日，…分布于全国22个城市的75个项目: things
    standing at the date, read as a flow only for their noun (项目), no verb of the period;
    people in a state at the date (截至8月31日，…签约就业6854人, 入职世界500强企业的毕业生共
    2965人), however they came to it; what it has done so far (截至目前，联赛已签约赞助商27家;
    已有…商户参与…推广活动);
    not those newly set up (截至9月底，新设私营企业25.9万户: the year's so far, a flow)."""
    lex = metric_lexicon()
    return (cand.category == "count" and cand.unit not in lex.flow_units
            and not is_density(indicator) and not _holds_any(indicator, _PER_DAY) and (
                (_STATES_OF_PEOPLE.search(indicator) is not None
                 and not _holds_any(indicator, _NEW)) or (
                    not _holds_any(indicator, lex.actual_cues)
                    and not _holds_any(clause_text, lex.actual_cues)
                    and _NEWLY.match(indicator) is None) or _done_so_far(indicator)
                or _HAS_SO_FAR in clause_text))


def _done_so_far(indicator: str) -> bool:
    """已 before the name's verb (联赛已签约赞助商, 已入驻企业): those it has done so far, standing
    at the date, as 已建成 is (not 已新增: those new in the months)."""
    at = indicator.find(_ALREADY)
    return at >= 0 and _holds_any(indicator[at:], metric_lexicon().actual_cues) and not (
        _holds_any(indicator, _NEW) or _NEWLY.match(indicator, at + 1) is not None)


_ALREADY = "已"
_TOTAL_HEADS = ("总数", "总量")  # (a name ending so counts all there are)
_LINKS = "为达是 "
# 已有 before the count (截至10月底，全港已有超过2 800间商户参与推广活动): those there are so far
_HAS_SO_FAR = "已有"


def _at_a_date(period: Period) -> bool:
    """The period is one day written as the end of a span so far (截至9月底) or as a month's,
    a quarter's or a year's end (10月末, 年末, 年底: a balance sheet's day)."""
    return (period.start is not None and period.start == period.end
            and (up_to_a_day(period) or (period.text or "").endswith(_PERIOD_END)))


def up_to_a_day(period: Period) -> bool:
    """The period is written as a span so far, up to a day (截至11月底, 截止目前) or now
    (目前已举办86场)."""
    return (period.text or "").startswith(_TO_DATE)


_TO_DATE = ("截至", "截止", "目前", "当前")
_PERIOD_END = ("末", "底")
# people named by the state they are in (employed, graduates of a cohort), a note after it, or
# registered in it (截至9月末，离校未就业高校毕业生实名登记286万人: on the register at the day)
_STATES_OF_PEOPLE = re.compile(r"(?:就业|毕业生)(?:（[^）]*）)?(?:实名登记|登记)?$")
_NEW = ("新增", "净增")  # (截至9月底，新增就业1.2万人: those new in the months, a flow)
_UNBOOKED = "未结转"  # (sold, not yet booked as revenue: a balance)
# what was sold up to a day (预售总票房, 销售额, 票房): sales so far, a flow (not 待售, for sale)
_SOLD = re.compile(r"(?<!待)售|票房")
# what a market quotes at a date (股价报, 收盘价为, 总市值约, 流通市值; a currency's price in
# another, 人民币汇率为1美元兑7.1055元; a fund's size, ETF规模1.42万亿元, its holdings at market
# value): a level, not a sum to date
_QUOTED = re.compile(r"(?:(?:价|市值|(?:基金|ETF|REITs)规模)(?:报收|收报|收于|报|为|达|约)*"
                     r"|1[\u4e00-\u9fff]{1,3}兑)$")


def goal_in_brackets(text: str, cand: NumberCandidate) -> bool:
    """The number alone in brackets right after a goal word (比年度计划目标（5%左右）低0.2个百分点,
    低于计划目标（3%）, 超过规划目标（13%）): the goal's value a result is held against, a
    ``target`` (of the goal's period), whatever the words before the bracket compare."""
    return (text.startswith(_CLOSE, cand.end) and text.endswith(_OPEN, 0, cand.start)
            and text.endswith(_GOAL_WORDS, 0, cand.start - 1))


def gap_to_goal_in_brackets(text: str, cand: NumberCandidate) -> bool:
    """The number right after a goal's bracketed value (…目标（5%左右）低0.2个百分点, 超过规划目标
    （13%）1.2个百分点): the gap between the result and the goal, ``other`` (no change in time,
    no goal of its own)."""
    return (text.find(_CLOSE_ANY[0], max(0, cand.start - 3), cand.start) >= 0
            or text.find(_CLOSE_ANY[1], max(0, cand.start - 3), cand.start) >= 0) and (
        _AFTER_GOAL_IN_BRACKETS.search(text, max(0, cand.start - 24), cand.start) is not None)


_OPEN, _CLOSE = ("（", "("), ("）", ")")
_CLOSE_ANY = "）)"
_GOAL_WORDS = ("目标", "计划", "预期", "规划")
_AFTER_GOAL_IN_BRACKETS = re.compile(
    r"(?:目标|计划|预期|规划)[（(][^（）()，,；;。]{1,14}[）)](?:[高低快慢多少]出?)?$")


def normal_value(text: str, pos: int) -> bool:
    """The number is a normal or a long-term mean quoted as a base (较正常的约6个为多,
    年平均气温：24.1°C（正常：23.5°C）): kind other, no period (the mean of years on record is
    no period of the text)."""
    lo = max(0, pos - 24)
    return any(text.find(w, lo, pos) >= 0 for w in _NORMAL_HINTS) and (
        _NORMAL_VALUE.search(text, lo, pos) is not None
        or _NORMAL_NAMED.search(text, lo, pos) is not None)


# a normal or a long-term mean right before the number, after 比 / 较: the figure departs from it
# (较正常高0.6度, 较1991至2020年正常值高0.6度, 比多年平均偏多19.3%, 比多年同期偏多61.5%; not
# 为正常保有量的103.6%, a share of a normal level)
_NORMAL_WORDS = r"(?:正常|常年|多年平均|多年同期|历年同期)"
_NORMAL_HINTS = ("正常", "常年", "多年", "历年")  # (searched first: most texts name none)
# (较常年同期（428.3毫米）偏多2成: the normal's value in brackets after it)
_NORMAL = re.compile(rf"[比较][^，；。]{{0,14}}?{_NORMAL_WORDS}值?[^，；。\d（(]{{0,4}}"
                     rf"(?:[（(][^（）()，；。]{{1,16}}[）)])?[^，；。\d]{{0,4}}$")


def _off_the_normal(clause_text: str, gap: str) -> bool:
    """A figure right after 偏多 / 偏少 / 偏高 / 偏低 with no base named in its clause (降水偏多
    两成, 张家口降水偏少1成, 夏季…，偏高0.6℃, 秋季降水量…，偏多12.7%): a climate text's departure
    from the normal, which 偏 alone says, in 成, degrees or percent alike (a change against a
    year names it: 比上年偏多9.8%); the list's gap for a later number (分别偏高2.6℃和2.1℃)."""
    return _OFF in clause_text and (_BARE_DEPARTURE.search(clause_text) is not None or (
        _BARE_DEPARTURE.search(gap) is not None and _ANY_BASE.search(clause_text) is None))


_ANY_BASE = re.compile(r"[比较与]")


_OFF = "偏"  # (searched first: most clauses hold none)
_BARE_DEPARTURE = re.compile(r"^[^比较与]*偏[多少高低]$")
# (较正常的约6个, （正常：23.5°C）, 较常年同期（428.3毫米）: the normal's value in brackets
# after it)
_NORMAL_VALUE = re.compile(rf"(?:[（(]|[比较][^，；。]{{0,14}}?){_NORMAL_WORDS}(?:同期)?值?"
                           rf"(?:的|：|:|[（(])约?$")
# the normal named, then its value, as the base a figure is measured against (相当于正常保有量
# 3900万头的103.5%; not 为正常保有量的103.6%, a share of it, nor 比多年平均偏多, a departure)
# a level set against a normal one as its multiple (相当于正常保有量3900万头的103.5%): how far it is
# from the normal, as 较正常高 is (not 为正常保有量的103.6%, a share of it)
_AS_MUCH_AS_NORMAL = re.compile(rf"相当于{_NORMAL_WORDS}[^，；。]{{0,14}}的$")
_NORMAL_NAMED = re.compile(rf"(?:相当于|为|是){_NORMAL_WORDS}[\u4e00-\u9fff]{{1,4}}(?<!的)$")


# what a rule grants (给予一次性奖励50万元, 按设备投资额的10%给予补助, 每辆车补贴2万元)
# (每户每月减免5立方米水费: a relief granted per household)
_GRANTS = re.compile(
    r"给予|奖励|补助|补贴|贴息|资助|奖补|资金支持|最高额度|最高贷款额度|最高限额|减免")
# allowances, benefits paid out and tax rebates (可申请最高10万新元的津贴, 企业所得税回扣为50%，上限
# 4万新元, 向每名永久性居民发放10,000澳门元): a rule's only when capped, given as a rate or set per
# recipient (tests/gold/README.md: a per-head rate, whenever it took effect, is no amount of a span)
_REBATES = re.compile(r"津贴|回扣|退税|发放|敬老金|奖励金|助学金")
_GRANT_CAPS = frozenset({"最高", "最多", "不超过", "最高不超过", "不高于", "最高可获", "最多补贴"})
# how a rule sets an amount: per unit (每人每月3000元, 每辆车补贴), as a rate of a base (按…的10%),
# or changes its rate (补助比例提高到15%, 奖励金额上浮20%)
# (not 每年: 每年支持新增床位不少于10万张 is a yearly goal, no unit's rate)
_GRANT_TERMS = re.compile(r"每(?!年)|按|比例|上浮|下浮|标准|一次性")
# an allowance set per recipient (高龄津贴，每人每月100元, 育儿津贴每名儿童每月加发1,000元,
# 向每名永久性居民发放10,000澳门元, 津贴调升至每班每年110万澳门元, 学员每月可获5,000澳门元津贴,
# 育儿津贴每月最高提高至7,000元): a rule's rate, not a sum paid in a period
_PER_RECIPIENT = re.compile(r"每(?:人|名|户|位|生|胎|班|月)")
# a mean per head of a population (人均财政补助标准, 人均补助): what was paid per person on
# average, reported and planned year by year as a level, not a rate a rule grants each recipient
PER_CAPITA = "人均"
# a mean over places or recipients (城市低保平均保障标准为782元/人·月: the standards the cities
# set, averaged for the year; 人均…标准): a level reported year by year, no rule's own rate
_MEANS = (PER_CAPITA, "平均")
# a grant already made or totalled (全年共给予企业奖励3200万元, 累计兑现补贴…): a result
# (not 今年起: 今年起…育儿津贴每月最高提高至7,000元, the year the rule's rate took effect)
_GRANT_DONE = re.compile(r"累计|已|共|兑现|拨付|落实|发放了|完成|全年|上半年|今年(?!起)|去年")


def grant_parameter(text: str, cand: NumberCandidate, comma_start: int, task_start: int,
                    qualifier_text: str | None) -> bool:
    """The number is a parameter of a rule that grants money (a reward, a subsidy, an interest
    subsidy): its amount, its rate of a base or its cap, not an amount paid in a period (kind
    other, no period). A grant word in its task clause, and the number given (给予…50万元, …10%
    给予补助), capped (最高, 不超过) or set per unit, by rate or once (每, 按, 比例, 一次性)."""
    if _GRANTS.search(text) is None and _REBATES.search(text) is None:
        return False
    if text.find(PER_CAPITA, task_start, cand.start) >= 0:
        return False  # 人均财政补助标准达到670元: a mean over the insured, not a rule's rate
    ends = [i for i in (text.find(c, cand.end) for c in "；;。") if i >= 0]
    task_end = min(ends) if ends else len(text)
    task = text[task_start:task_end]
    grants, rebates = _GRANTS.search(task) is not None, _REBATES.search(task) is not None
    if not (grants or rebates):
        return False
    clause = text[comma_start : cand.start]
    if _GRANT_DONE.search(clause) is not None:
        return False
    capped = (qualifier_text or "") in _GRANT_CAPS or grant_cap(clause) or (
        cand.category == "percent" and _GRANT_RATE.search(clause) is not None)
    return capped or (grants and (
        "给予" in clause or text.startswith("给予", cand.end)
        or (_GRANT_TERMS.search(clause) is not None and not _paid_out(clause))
        or _FOR_THOSE_WHO.search(text, 0, comma_start) is not None)) or (
        rebates and _PER_RECIPIENT.search(clause) is not None)


def _paid_out(clause: str) -> bool:
    """发放 before a grant whose only term is its name's 一次性 (发放一次性扩岗补助1.36亿元): the
    sum paid out in the period, a result (the set's 全年发放高龄津贴21.8亿元), not the rule's
    rate (给予一次性奖励50万元, 每人发放…)."""
    return _PAID in clause and all(m.group() == _ONCE for m in _GRANT_TERMS.finditer(clause))


_PAID = "发放"
_ONCE = "一次性"


# a condition on who is granted closing the clause before (报废旧车并购买新能源乘用车的，补贴2万元):
# the grant is the rule's for each who qualifies
_FOR_THOSE_WHO = re.compile(r"的[，,]\s*$")


def grant_cap(clause: str) -> bool:
    """The clause before the number ends with a cap's word (…回扣为50%，上限4万新元; 封顶):
    the most a grant pays."""
    return _CAP_BEFORE.search(clause) is not None


# a grant's rate (企业所得税回扣为50%, 补贴比例为30%): the rate itself, a rule's parameter
_GRANT_RATE = re.compile(r"(?:补贴|补助|回扣|退税|津贴|资助|奖励)(?:比例|率)?(?:为|是)$")
_CAP_BEFORE = re.compile(r"(?:上限|封顶|顶额)(?:为|是|达)?$")


# a fund a government commits to (市财政每年统筹安排…专项资金不少于10亿元，其中用于技术改造的
# 比例不低于40%): a floor it sets itself for the term of a rule or plan, a goal; not one
# already spent
_COMMITS = re.compile(r"安排|设立|筹集|筹措")
_SPENT = re.compile(r"累计|已|共|兑现|拨付|完成|下达")


def committed_fund(text: str, cand: NumberCandidate, task_start: int, qualifier: str) -> bool:
    """The number is a floor (不少于, 不低于) on a fund its task commits (安排, 设立, 筹集 …), or
    on a share of that fund: a ``target``, whatever the tense of the text."""
    if qualifier != "at_least" or (cand.unit != "元" and cand.category != "percent"):
        return False
    commit = _COMMITS.search(text, task_start, cand.start)
    return commit is not None and _SPENT.search(text, task_start, commit.start()) is None


# 低于3%左右的调控目标, 超额完成下降2.5%左右的年度目标, 距4.2%的目标: a number the goal is named by
_OF_GOAL = re.compile(r"的(?:年度|全年|年初|调控|预期|规划|计划|既定)?(?:预期)?目标")
# 城镇调查失业率平均为5.3%，控制在5.5%以内 / 粮食总产量439.8亿斤，稳定在430亿斤以上: a bound on
# the figure just given, held at the goal's wording, restates the goal it met
_HELD_AT = re.compile(r"[，,](?:控制在|稳定在|保持在)")
_BOUNDS = frozenset({"at_least", "at_most", "about"})


def restated_goal(text: str, cand: NumberCandidate, qualifier: str, indicator: str | None,
                  prev_end: int, prev_name: str | None, prev_unit: str | None,
                  prev_kind: str | None) -> bool:
    """Whether a number in a review restates a goal rather than reporting a result: it is named
    as a goal (``…的年度目标`` after it), or it bounds the figure of the same name and unit just
    before it (ending at ``prev_end``) with a goal's verb (``…5.3%，控制在5.5%以内``)."""
    if _OF_GOAL.match(text, cand.end):
        return True
    return (prev_kind is not None and prev_kind != "target" and qualifier in _BOUNDS
            and prev_unit == cand.unit and bool(indicator) and prev_name == indicator
            and 0 <= prev_end < cand.start
            and _HELD_AT.fullmatch(text, prev_end, cand.start) is not None)


# a contract's term (计划工期：540日历天, 合同工期为365天): a parameter of the contract, as a rule's
# grant is (kind other, no period), not a goal of the year
# (a bond's or a loan's 期限：7年: how long it runs, a term of its contract; a land sale's
# 出让年限为70年: how long the land is granted for, as a lease's or a contract's years; not
# 受教育年限, years of schooling; a notice's term, 公示期不少于5个工作日: how long results or a
# list are shown for objections, a rule of the procedure)
_TERMS = ("工期", "期限", "出让年限", "使用年限", "租赁年限", "承包年限",
          "公示期", "公告期", "异议期")
# what a procurement sets before any bid (本项目预算金额为1860万元, 最高限价1785.6万元, 招标控制价;
# the scoring weights: 价格分值占30%, 价格分30分、技术分45分; the deposits a bid is to carry,
# 投标保证金, 履约保证金): its parameters, not amounts spent or shares reached (a plan's 权重不低于
# 5% in an assessment stays its goal)
_PROCEDURE_NAMES = ("预算金额", "采购预算", "最高限价", "控制价", "分值",
                    "价格分", "技术分", "商务分", "保证金")
# the planning conditions a land sale sets for its plot (容积率2.5, 建筑密度, 绿地率): parameters
# of the sale, as a procurement's are
_PLOT_TERMS = ("容积率", "建筑密度", "绿地率", "建筑限高")
# a price ceiling the bidding reached (开拍后约40分钟即触及最高限价20.28亿元): the price bid,
# a result of the sale, no parameter of it
_CEILING_REACHED = re.compile(r"(?:触及|达到|触碰|触顶)[^，,；;。\d]{0,6}$")


def contract_parameter(cand: NumberCandidate, indicator: str | None, text: str = "",
                       task_start: int = 0) -> bool:
    """The number is a contract's duration (days counted on the calendar, or days of a 工期),
    a parameter its procurement or a land sale sets (a budget, a price ceiling not reached by
    the bids, a scoring weight, a plot's 容积率), or what it provides for a year of its own term
    (在第15年末…提前偿还本金的50%: a bond's)."""
    return cand.unit_raw == "日历天" or (indicator is not None and (
        (cand.category == DURATION and indicator.endswith(_TERMS))
        or indicator.endswith(_PLOT_TERMS)
        or (indicator.endswith(_PROCEDURE_NAMES)
            and _CEILING_REACHED.search(text, max(0, cand.start - 12), cand.start) is None))) or (
        "第" in text and _YEAR_OF_TERM.search(text, task_start, cand.start) is not None)


def procedure_heading(heading_path: Sequence[str], cand: NumberCandidate) -> bool:
    """An amount under a heading that names a procedure's parameter (五、投标保证金 over 包1：2.0万
    元；包2：1.5万元): that parameter's value for each lot the line names, as the parameter's
    name before the amount says (:func:`contract_parameter`)."""
    return (cand.category == _CURRENCY and bool(heading_path)
            and heading_path[-1].endswith(_PROCEDURE_NAMES))


def scoring_step(text: str, cand: NumberCandidate, comma_start: int) -> bool:
    """Points a scoring rule gives or takes per instance (每有一项…负偏离扣5分, 每提供1项得2分, 每
    逾期1天扣1分): the rule's step, a parameter of the procedure (other, undated), not a score."""
    return (cand.unit_raw == _POINTS and text.startswith(_EACH, comma_start)
            and text.endswith(_SCORE_VERBS, 0, cand.start))


_POINTS = "分"
_EACH = "每"
_SCORE_VERBS = ("扣", "得", "加", "减", "扣除", "加分", "扣分")


DURATION = "time"  # (days, months, years: a candidate's category)
# a year counted from a contract's start (在第15年末, 自第3年起, 于第5个年度): no calendar year
_YEAR_OF_TERM = re.compile(
    r"(?:在|自|从|于)第[\d一二三四五六七八九十]+个?(?:年|年度)(?:末|初|底|起|开始)")


def set_aside_share(cand: NumberCandidate, indicator: str | None) -> bool:
    """The number is the share of a purchase a procedure sets aside (预留采购份额的比例为40%: for
    small firms), a parameter of the procedure (kind other, no period); a plan raising it
    (预留份额提高至40%以上) is read as its goal before."""
    return (cand.category == "percent" and indicator is not None
            and (_SET_ASIDE_NAME.search(indicator) is not None
                 or (indicator.endswith(_WEIGHT) and bool(cand.qualifier_text))))


_SET_ASIDE_NAME = re.compile(r"预留[^，,；;。]{0,8}(?:份额|比例)$")
# a bounded weight an assessment gives an item (纳入绩效考核，权重不低于3%): the rule's parameter
_WEIGHT = "权重"


# a level a rule sets (月最低工资标准1930元/月, 基础养老金最低标准…163元, 工资指导线的基准线6%)
_STANDARDS = ("标准", "指导线", "基准线", "警戒线")
_GUIDELINE_LINES = ("下线", "上线", "预警线")


def rule_bound(text: str, cand: NumberCandidate) -> bool:
    """The number is a level a rule sets or a share it sets aside, for any year (kind other, no
    period): one named a standard after it (按照每百户不低于20平方米的标准配建), a bound the rule
    forbids crossing (床位空置率不得高于30%), a share of a resource set aside for a use (将不低于
    55%的资金用于…, 安排不少于5%的新增建设用地用于…)."""
    if _STANDARD_AFTER.match(text, cand.end) is not None:
        return True
    if (cand.qualifier_text or "").startswith(_FORBIDDEN) or _AS_A_RULE.search(
            text, max(0, cand.start - _AS_A_RULE_CHARS), cand.start) is not None:
        return True
    if _QUOTA in text and _QUOTA_SET.search(text, max(0, cand.start - _AS_A_RULE_CHARS),
                                             cand.start) is not None:
        return True
    if _CAP_PER.search(text, max(0, cand.start - _AS_A_RULE_CHARS), cand.start) is not None:
        return True  # 故宫博物院实行每日限流4万人次: a cap a venue sets per day
    if cand.category == "count" and _EACH_GRANTED.match(text, cand.end) is not None:
        return True  # 每年评选…用人单位10家，每家给予20万元奖励: how many a grant goes to
    if (cand.qualifier_text or "") in _GRANT_CAPS and _MAY_OBTAIN.search(
            text, max(0, cand.start - _MAY_OBTAIN_CHARS), cand.start) is not None:
        return True  # 创业类项目可再获得最高500万元的股权投资: the most a rule lets one obtain
    return cand.category == "percent" and (
        _SET_ASIDE.match(text, cand.end) is not None or _DEPOSIT.match(text, cand.end) is not None
        or (_CHARGED.match(text, cand.end) is not None and _RATE_OF_BASE.search(
            text, max(0, cand.start - _AS_A_RULE_CHARS), cand.start) is not None)
        or _DEPOSIT_OF.search(text, max(0, cand.start - 16), cand.start) is not None
        or (_PAYMENT_DUE.match(text, cand.end) is not None
            and _PAYS.search(text, max(0, cand.start - 4), cand.start) is not None))


# 的标准 right after the number, or after the thing it counts (按每千人口不少于10个托位的标准配建):
# the number is the standard a rule sets (not 3个标准化厂房)
_STANDARD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?的标准")
_FORBIDDEN = "不得"  # (不得高于, 不得超过, 不得低于: a rule's bound, no goal of a year)
# a bound set as a rule in its clause (收费原则上不高于当地同类…平均收费的70%)
_AS_A_RULE = re.compile(r"原则上(?:不得|不)?(?:高于|低于|超过|少于|多于)[^，,；;。]*$")
_AS_A_RULE_CHARS = 40
# a quota a rule sets per head or its cap (离岛旅客每人每年免税购物额度为10万元; 贷款最高额度上浮
# 20%，最高可达144万元): 额度 in the number's task, per head before it or 最高 right before it
_QUOTA = "额度"
_QUOTA_SET = re.compile(r"每[人户名家][^，,；;。]{0,12}额度[^，,；;。]{0,3}$"
                        r"|额度[^；;。]{0,12}[，,]最高可?$")
# a cap set per day or per head right before the number (每日限流4万人次, 每人限购2件)
_CAP_PER = re.compile(r"(?:每[日天周人户]|单日)(?:限流|限购|限额|限量|限售|限约)[为约]?$")
# how many a grant goes to, each granted after (用人单位10家，每家给予20万元奖励)
_EACH_GRANTED = re.compile(r"[，,]每[家人个名户项位所](?:给予|奖励|补助|资助|补贴)")
# a capped amount a rule lets one obtain (可再获得最高500万元的股权投资, 可申请最高10万元)
_MAY_OBTAIN = re.compile(r"可(?:再|另)?(?:获得|获|享受|申请|领取)$")
_MAY_OBTAIN_CHARS = 6
# a charge set as a share of a base (租金按同地段市场租金的50%收取, 按应缴费额的80%计收)
_RATE_OF_BASE = re.compile(r"按[^，,；;。\d]{1,20}的$")
_CHARGED = re.compile(r"(?:收取|计收|计取|缴纳|收费|计费)")
# a share of something set aside for a use (的资金用于, 的新增建设用地用于)
_SET_ASIDE = re.compile(r"的[^，,；;。\d]{1,12}?用于")
# a deposit set as a rate of a sum (缴纳合同金额5%的履约保证金, 投标保证金为预算金额的2%)
_DEPOSIT = re.compile(r"的[^，,；;。\d]{0,4}保证金")
# (竞买保证金为起始价的20%, 投标保证金为预算金额的2%: the deposit named before its base)
_DEPOSIT_OF = re.compile(r"保证金(?:为|是|按)[^，,；;。\d]{1,10}的$")
# a share of the price a contract has paid by a term (在1个月内缴纳50%的土地出让价款, 合同签订后
# 支付30%的合同款): a payment schedule's term
_PAYMENT_DUE = re.compile(r"的[^，,；;。\d]{0,8}?(?:价款|款项|合同款|货款|余款)")
_PAYS = re.compile(r"(?:缴纳|支付|付清|交纳|缴清|预付)$")


def benefit_adjusted(text: str, cand: NumberCandidate, indicator: str | None,
                     task_start: int) -> bool:
    """A benefit's yearly adjustment from a day on (自2025年1月1日起，…退休人员基本养老金总体上调
    2%, 最低工资标准从7月1日起提高5%): the rate the rule sets for every recipient, its parameter
    (other, undated: session 23's rule for a scheme's rates), not the change of a total."""
    return (cand.category == "percent" and indicator is not None
            and any(w in indicator for w in _BENEFITS)
            and text.endswith(_ADJUSTED, 0, cand.start)
            and _FROM_A_DAY.search(text, task_start, cand.start) is not None)


_BENEFITS = ("养老金", "最低工资", "低保", "抚恤", "津贴")
_ADJUSTED = ("上调", "提高", "调增", "增加", "上涨")
_FROM_A_DAY = re.compile(r"[自从]?[^，,；;。]{0,14}?[日月]起")


def standard_parameter(text: str, indicator: str | None) -> bool:
    """The number is a standard set by a rule (a minimum wage, an allowance's standard, a wage
    guideline's lines): a parameter of the rule, as a grant is (kind other, no period)."""
    if not indicator or any(w in indicator for w in _MEANS):
        return False  # (居民医保人均财政补助标准, 城市低保平均保障标准: a mean, a series' level
        # of each year)
    return indicator.endswith(_STANDARDS) or (
        indicator.endswith(_GUIDELINE_LINES) and "指导线" in text)


def signed_value(cand: NumberCandidate, gap: str, scope: str = ""
                 ) -> tuple[float, float | None]:
    """The number's value and upper bound, negative after a verb of decline (下降2.8%) or as a
    gap below a named base (低于全国用电量增速0.3个百分点, 较上年度减少亏损0.2亿元), or after
    改善 of an indicator where lower is better (``scope``: the text naming what improves)."""
    value, high = cand.value, cand.value_high
    if value > 0 and (cand.unit is None if cand.category == "ratio" else True) and (
            is_decline(gap) or _below_base(gap) or _improved_down(gap, scope)):
        value, high = -value, (-high if high is not None else None)
    return value, high


# what may stand between 改善 and its figure (同比改善幅度为4.4%)
_IMPROVE_TAILS = ("幅度为", "幅度是", "幅度达", "幅度", "率为", "率", "为", "了")
# words of a clause naming no measure of its own (同比改善6.2%: the clause before names it)
_NO_NAME = re.compile("同比|环比|比上年|较上年|分别|均|改善|幅度|为|了|[^\u4e00-\u9fffA-Za-z0-9.]")


def _improved_down(gap: str, scope: str) -> bool:
    """改善 right before the figure (同比改善6.2%, 分别同比改善11.3%、9.8%, 同比改善幅度为4.4%)
    of an indicator where lower is better (lexicon improve / lower_is_better, with the marts'
    targets.yaml words: 空气质量综合指数, PM2.5浓度): the indicator fell by it. Air quality
    notices rank cities by how much their pollution index improved; any other 改善 (优良天数比例
    同比改善2个百分点) is a rise. ``scope``: the figure's clause before it, then the clause
    before that when the figure's names nothing of its own (…综合指数为4.12，同比改善6.2%)."""
    if not scope:
        return False  # (the caller passes one only when 改善 is in the clause)
    lex = metric_lexicon()
    if not any(_ends_improving(text, lex.improve_cues) for text in (gap, scope)):
        return False  # (the gap: a list's verb; the text: 改善 a name took, 同比改善6.2%)
    clauses = re.split("[，,；;]", scope)
    own = clauses[-1] if clauses else ""
    named = own if _NO_NAME.sub("", own) or len(clauses) < 2 else clauses[-2] + own
    return any(w in named for w in lex.lower_is_better)


def _ends_improving(text: str, cues: tuple[str, ...]) -> bool:
    """``text`` ends with 改善 (or 改善幅度为 ...)."""
    rest = _strip_fillers(text)
    for tail in _IMPROVE_TAILS:
        if rest.endswith(tail) and len(rest) > len(tail):
            rest = rest[: -len(tail)]
            break
    return rest.endswith(cues)


# A gap below another figure: 低于 / 少于 / 慢于 / 落后(于) / 不及 and the base, with no change
# of its own (低于规划确定的年均提高1.1个百分点 states the base's level) nor a 的 or 之 (低于…平均的
# 24.5%, 亦低於G7國家平均之2.5%: the base's own level) nor a bracket (低于计划目标（3%）: the
# base's value written after it); a decline right after a comparison's base (较上年度减少亏损).
_BELOW_BASE = re.compile(r"(?:低于|少于|慢于|落后于|落后|不及)[^，,；;。的之（(]+")
_OWN_CHANGE = ("提高", "增长", "下降", "上升", "减少", "增加", "降低")
_BASE_THEN_DECLINE = re.compile(
    r"(?:较|比)[^，,；;。]{1,12}?(?:减少|下降|降低)[\u4e00-\u9fff]{1,8}")


def _below_base(gap: str) -> bool:
    return bool((_BELOW_BASE.fullmatch(gap) and not any(w in gap for w in _OWN_CHANGE))
                or _BASE_THEN_DECLINE.fullmatch(gap))
