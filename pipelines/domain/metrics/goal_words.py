"""Goal words: whether a number is a goal (要, 力争, 预计, 拟; a period not yet over by the text's
date; a goal's value in brackets, a fund committed, a goal restated) and the period it is read at.
Apart from :mod:`.kind` because the goal is decided first and a goal overrides the cue words' kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.change_words import AGAINST_LAST_YEAR, holds_any
from pipelines.domain.metrics.clauses import Toks, span_of
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_choice import PRESENT, last_year_report
from pipelines.domain.metrics.period_spans import NO_PERIOD, computed_on
from pipelines.domain.metrics.rule_parameters import DURATION
from pipelines.domain.periods import SCHOOL_YEAR
from pipelines.domain.records import Period


def has_target_cue(words: Sequence[str]) -> bool:
    """A forward-looking word (要, 力争, 确保, 计划, 预计, 目标 ...) among the clause's tokens.

    计划 that ends a name (推行现金分享计划，…; “…计划”的) is a noun, not a plan for the number."""
    cues = metric_lexicon().target_cues
    if _cue_words(cues).isdisjoint(words):
        return False  # (one C-level test: most clauses hold no cue at all)
    for i, w in enumerate(words):
        if (w in cues or w in _GLUED_CUES or _quota_named(words, i)) and not (
            w in _NOUN_CUES and words[i + 1 : i + 2] and (
                words[i + 1] in _NAME_END or _counted_documents(words, i + 1)
                or (words[i + 1] in _PROGRAMME_REACH and _named_before(words, i)))
        ) and not (words[i + 1 : i + 2] and words[i + 1] in _SEEING) and not _is_base(words, i) \
                and not (w == "将" and words[i + 1 : i + 2] and words[i + 1].startswith("近")) \
                and not (w == "将" and (_disposal(words, i) or _done_disposal(words, i))) \
                and not (w == "要" and i > 0 and words[i - 1][-1:] in _ADJECTIVE_OF_YAO) \
                and not (words[i + 1 : i + 2] and words[i + 1] in _TERM_AFTER.get(w, ())) \
                and not _attributable(words, i) and not _expecting_group(words, i) \
                and not _needed_things(words, i) and not _measured_against(words, i) \
                and not _expectations_as_cause(words, i) and not _project_class(words, i) \
                and not (w == _SHALL and i > 0 and words[i - 1] == _LIST_COMMA) \
                and not (w == _CONTINGENCY and _invoked_plan(words, i)):
            return True  # (将近三成: "nearly", cut 将|近, is no plan; 预期寿命 a term;
            # 以臭氧为首要污染物, cut 为首|要: 首要, 主要, 重要 are adjectives, not 要 "shall")
    return _will_on_a_day(words)


# a contingency plan invoked (启动最低收购价执行预案的库点17个, 启动防汛应急预案3次): a standing
# plan set off, no plan for the number (利润分配预案：…每10股派… is a proposal, a plan)
_CONTINGENCY = "预案"
_INVOKED = frozenset({"执行", "应急", "启动", "处置"})


def _invoked_plan(words: Sequence[str], i: int) -> bool:
    return i > 0 and words[i - 1] in _INVOKED


# 应 opening an item of a list of names (洛邑古城、应天门、十字街等重点夜游街区: a landmark's name
# cut 应|天门), not 应 "shall": a modal verb does not follow the list's comma
_SHALL = "应"
_LIST_COMMA = "、"


# projects classed by the size of their planned investment (其中计划总投资亿元以上项目1215个,
# 计划总投资10亿元以上的项目56个): 计划 a word of the class's name, no plan for the number
_PLANNED = "计划"
_INVESTMENT = ("总", "投资", "总投资")
_AT_LEAST = ("以上", "及以上")
_PROJECT = "项目"


def _project_class(words: Sequence[str], i: int) -> bool:
    if words[i] != _PLANNED:
        return False
    j = i + 1
    while j < len(words) and words[j] in _INVESTMENT:
        j += 1
    if j == i + 1:
        return False
    bound = next((k for k in range(j, min(j + 4, len(words))) if words[k] in _AT_LEAST), None)
    if bound is None:
        return False
    after = words[bound + 1 : bound + 3]
    return bool(after) and (after[0].startswith(_PROJECT) or (
        after[0] == "的" and len(after) > 1 and after[1].startswith(_PROJECT)))


# 会 "will" before the time it names (政府亦会于12月推出…, 会在下月公布): a plan, as 将于 is;
# 会 alone is no cue (新春第一会, 会 as "can")
_WILL = "会"
_AT = frozenset({"于", "在"})


def _cue_words(cues: frozenset[str]) -> frozenset[str]:
    """Every word that may make a clause a goal's: the lexicon's cues, 拟 glued to its
    preposition, a plan's quota and 会 (kept by the cues' identity, as
    :func:`.change_words._compile` keeps its patterns)."""
    if _ALL_CUES[0] is not cues:
        _ALL_CUES[:] = [cues, cues | _GLUED_CUES | _QUOTAS | {_WILL} | _WILL_GLUED]
    return _ALL_CUES[1]


_ALL_CUES: list[frozenset[str]] = [frozenset(), frozenset()]


def _will_on_a_day(words: Sequence[str]) -> bool:
    return any((w == _WILL and words[i + 1 : i + 2] != []
                and (words[i + 1] in _AT or words[i + 1] in _WILL_OBJECTS
                     or (i > 0 and words[i - 1] in _WILL_DOERS)))
               or w in _WILL_GLUED for i, w in enumerate(words))


# 会 "will" after who will act or an adverb of it (政府会向…再注资100亿元, 我们会把…提高约5%,
# 政府亦会额外拨款6亿元: a Hong Kong policy address's plans), or before the object it disposes of
# (会把, 会向); not 会 after other words (开会, 大会 are words of their own; 机会 a noun)
_WILL_DOERS = frozenset({"我们", "政府", "亦", "也", "还", "并", "特区政府", "本届政府", "当局"})
_WILL_OBJECTS = frozenset({"把", "向", "将"})
_WILL_GLUED = frozenset({"亦会", "也会", "还会", "并会", "我们会", "政府会"})


# 拟 glued by the segmenter to the preposition after it (公司拟向全体股东…, 拟将, 拟以): the cue
# all the same, the preposition only opens its object (not 应对 "cope with", 应 + 对)
_PROPOSAL = "拟"  # (a board's or a government's proposal, awaiting approval)
_GLUED_CUES = frozenset(_PROPOSAL + p for p in ("向", "将", "以", "于", "对", "在", "为", "把"))
# a plan's quota named as one word (本科批招生计划为23.6万名: the segmenter's 招生计划, no 计划
# of its own; 专项计划, 征集计划 name a programme and the places a round offered, no goal)
_QUOTAS = frozenset({"招生计划"})
_CLAUSE_MARKS = frozenset("，,；;。")


def _quota_named(words: Sequence[str], i: int) -> bool:
    """``words[i]`` names a plan's quota in the number's own clause (not one before it:
    招生计划为24.2万名，实际录取24.6万人 - the admissions are a result)."""
    return words[i] in _QUOTAS and _CLAUSE_MARKS.isdisjoint(words[i + 1 :])

# a board's proposal named as such (利润分配预案：…每10股派发现金股利2.10元): a plan, as 拟
_PROPOSALS = frozenset({_PROPOSAL, "预案"})


def _disposal(words: Sequence[str], i: int) -> bool:
    """将 right before a number (县将1840万元衔接资金用于…) marks what is disposed of (把), not
    the future: it ends the words before the number, or a numeral follows it."""
    return i + 1 == len(words) or _NUMERAL_START.match(words[i + 1]) is not None


def _done_disposal(words: Sequence[str], i: int) -> bool:
    """将 after a word saying it was done (首次将钢铁、水泥、铝冶炼三个行业纳入管理, 已将…): 将 is
    把, the deed reported, not "will" (将首次: the future, the time word after it)."""
    return i > 0 and words[i - 1] in _DONE_BEFORE_DISPOSAL


_DONE_BEFORE_DISPOSAL = frozenset(("首次", "已", "已经", "先后", "首度"))


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


# (距目标还差0.28个百分点: the distance to a goal, named as the base)
# (超过规划目标（13%）1.2个百分点: a goal exceeded, a base; 已播种812.4万亩，占计划面积的98.5%:
# the plan is the base of a share of what was done)
# (完成预计面积的72.3%, 完成年度计划的103%: the plan done a share of)
_BASE_MARKS = frozenset({"较", "比", "与", "高于", "低于", "快于", "慢于", "距", "距离", "超过",
                         "超出", "占", "完成"})
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
_MET_OR_MISSED = ("符合", "好于", "超出", "超过", "不及", "优于", "低于", "高于", "差于",
                  "弱于", "强于", "超")
# expectations a result met or missed (Q3业绩超预期), and a security's target price (目标价（元）
# 58.50 in a note's base data): terms, no goal the section sets
_NO_GOAL_TERMS = re.compile(f"(?:{'|'.join(_MET_OR_MISSED)})(?:市场)?{_EXPECTATIONS}|目标价")


def _expectations_as_cause(words: Sequence[str], i: int) -> bool:
    """预期 inside the cause a change is put down to (受主要经济体货币政策预期等因素影响，…指数
    上涨0.9%): the market's expectations, a noun, no forecast of the figure."""
    if words[i] != _EXPECTATIONS:
        return False
    before = next((j for j in range(i - 1, -1, -1) if words[j] in _CLAUSE_STOPS
                   or words[j] == _UNDER), -1)
    if before < 0 or words[before] != _UNDER:
        return False
    return any(w == _INFLUENCE for w in words[i + 1 : next(
        (j for j in range(i + 1, len(words)) if words[j] in _CLAUSE_STOPS), len(words))])


_UNDER, _INFLUENCE = "受", "影响"  # (受…影响: "under the influence of")


def without_goal_terms(heading: str) -> str:
    """A heading without the terms that hold a goal word but set no goal (三季报点评：Q3业绩超
    预期, 经济表现好于预期: results against a forecast; 目标价: an analyst's price; 主要发展目标
    顺利完成, 圆满完成全年目标任务: goals reported met, a review), so that only a heading of goals
    (主要预期目标, 重点任务) makes its figures goals."""
    heading = _NO_GOAL_TERMS.sub("", heading)
    if "目标" in heading and _GOALS_MET.search(heading):
        heading = _GOALS_MET.sub(_unless_pledged, heading)
    return heading


# goals reported met, with an adverb of success (主要发展目标顺利完成, 目标任务圆满完成, 超额完成
# 全年目标任务, 全面实现预期目标): a review's heading; a pledge before it (确保圆满完成全年目标任务,
# 力争超额完成…) keeps the goal
_MET_ADVERBS = "顺利|圆满|全面|超额|胜利|较好地?|如期"
_GOALS_MET = re.compile(
    rf"目标(?:任务)?(?:{_MET_ADVERBS})(?:完成|实现|达成)"
    rf"|(?:{_MET_ADVERBS})(?:完成|实现|达成)了?[^，,。；;：:\s]{{0,10}}?目标(?:任务)?")
_PLEDGES = ("确保", "力争", "努力", "全力", "争取", "务必", "坚决", "奋力", "要确保")


def _unless_pledged(found: re.Match[str]) -> str:
    before = found.string[max(0, found.start() - 4) : found.start()]
    return found.group() if before.endswith(_PLEDGES) else ""


def _needed_things(words: Sequence[str], i: int) -> bool:
    """需要 + a verb + 的 before what is counted (村级需要填报的表格由156张精简至23张, 需要整改的
    问题): the things that must be done, named; no goal for their number. Nor is a need given as
    the reason for what was done (李某因经营需要向张某借款350,000元, 根据工作需要)."""
    if words[i] != _NEEDED:
        return False
    return (words[i + 2 : i + 3] == ["的"] and i + 3 < len(words)) or not _REASON.isdisjoint(
        words[max(0, i - _REASON_REACH) : i])


_NEEDED = "需要"
# (因经营需要, 由于工作需要, 根据…需要, 出于安全需要: a need as the reason, a noun)
_REASON = frozenset({"因", "因为", "由于", "根据", "出于", "基于"})
_REASON_REACH = 4  # words before 需要
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
# a programme named X计划 doing what it does (营养改善计划惠及学生2.6万人, “春蕾计划”资助女童…,
# 计划 the subject's last word): whom it reached, no plan
_PROGRAMME_REACH = frozenset({"惠及", "覆盖", "资助", "受益"})
# the measure words of documents (规划计划36条, 年度计划5份: the plans counted, as a report on
# what was published counts them; 招生计划3000人 is a plan's quota)
_DOCUMENT_MEASURES = frozenset({"条", "份", "件", "部", "篇"})


def _named_before(words: Sequence[str], i: int) -> bool:
    """A word of a name stands right before ``words[i]`` (营养改善|计划: the programme's name; not
    计划 opening its clause, nor 2026年|计划: a plan of that year)."""
    return i > 0 and len(words[i - 1]) >= 2 and words[i - 1][-1] not in _TIME_ENDS


_TIME_ENDS = frozenset("年月日季度")


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
    if period.start <= doc_date and SCHOOL_YEAR in (period.text or ""):
        return False  # a school year under way (2025—2026学年 in November): its counts are taken
        # at its start (schools, pupils, teachers), no plan for the months left
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
    return any(cue in clause for cue in AGAINST_LAST_YEAR)


# a change against an earlier five-year plan's period (比“十三五”时期, 较“十三五”末)
_AGAINST_EARLIER_PLAN = re.compile(r"[比较]“?十[一二三四五六七八九]?五”?(?:时期|期间|末)")
# how little of a longer period may have passed for a completion verb to name its task
_JUST_BEGUN = timedelta(days=62)
_TASK_VERBS = frozenset({"完成", "实现", "累计"})
_FORECASTS = frozenset(("预计", "预测", "预估", "估计"))
# what a project is expected to yield once built or producing (达产后年产值约180亿元, 建成后新增
# 算力5000P, 可容纳企业150家以上): a goal, not a result; so is a capacity as planned or designed
# (工厂一期规划年产能120万套, 设计年吞吐能力480万标准箱), not what the plant has made
_EXPECTED = re.compile(r"(?:达产|达效|建成|投产|投用|竣工|完工)后|可容纳|可带动|可新增|可实现"
                       r"|(?:规划|设计)年?(?:产能|[^，,；;。\d]{0,4}能力)")
# 由 before the level a change starts from, with the period it was at (由目前的, 由2024年的)
_FROM_LEVEL = re.compile(r"由(?:([^，,；;。由]{1,10})的)?$")
TO_LEVEL = re.compile(
    r"(?:提高|提升|增加|增长|下降|降低|减少|扩大|缩小|上升|调升|调降|收窄|放宽|上调|下调|调整|修订"
    r"|压缩|压减|缩短|精简|降|增|升)[至到为]")  # (由20日压缩至10日: a time limit cut)

# a whole year's words without the year (全年): the year of the text's frame when it gives one
_WHOLE_YEAR = ("全年", "今年全年")

# 已 between the number's clause start and the number (淮安队已售出…): its own clause reports
# it done
_ALREADY = "已"


# a survey's respondents right after a share of them (六成企业对…, 38.5%的受访企业认为…)
_RESPONDENTS_AFTER = re.compile(r"的?(?:受访|受调查|被调查)?"
                                r"(?:企业|厂商|消费者|居民|受访者|用户|家庭|商户|市民)"
                                r"(?:对|认为|表示|预计|预期|看好|计划|选择)")


def target_of(text: str, toks: Toks, cand: NumberCandidate, period: Period, of_base: bool,
              target_heading: bool, review_heading: bool, doc_date: date | None,
              task_start: int, comma_start: int, comma_lo: int, comma_hi: int,
              framed: Period | None = None) -> tuple[bool, Period, bool]:
    """Whether the number is a goal (a goal word of its task, a goal section, a period not yet
    over), its period as that reads it (全年 in a first quarter's text, no goal: last
    year's), and whether only the period not yet over makes it one (no goal word: a text
    reporting that period's results elsewhere reads it as one more result). ``framed``: the
    whole year the document's title names (2026年市级民生实事项目: its 全年 is that year's, even
    in January)."""
    # in a section reviewing results, a goal word of another clause (…预计明年竣工，全年共
    # 完成…) is not this number's
    # nor one of an earlier clause when the number's own reports it done (…将于7月12日进行，…，
    # 淮安队已售出客队球票4500张)
    done = _PLAN_DONE.search(text, comma_start, cand.start)
    own_clause = review_heading or done or text.find(_ALREADY, comma_start, cand.start) >= 0 or (
        _RESPONDENTS_AFTER.match(text, cand.end) is not None)  # (a survey's share: the views of
    # the clauses before are their respondents', no goal of the text: 近四成受访企业认为订单将增加，
    # 超六成企业对明年经营前景持乐观态度)
    over_at = _over_named_at(text, period, doc_date, task_start, cand.start)
    # (今年计划新建农田42万亩，目前已开工建设39.8万亩，开工率94.8%: a clause between reports the
    # plan's work done, so the goal word before it is not the later figures')
    cue_start = comma_start if own_clause else max(task_start, over_at,
                                                   text.rfind(_ALREADY, task_start, comma_start))
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
    if cued and not target_heading and _obtained(text, task_start, cand, cue_words, review_heading):
        # 全年争取上级资金3680万元，同比增长15.4%: funds obtained, against last year; 一、2024年工作
        # 总结 … 全年争取上级项目资金4128万元: obtained in the year the section reviews
        cued = False
    if not cued and not (framed is not None and period.text in _WHOLE_YEAR
                         and (period.start, period.end) == (framed.start, framed.end)):
        period = last_year_report(period, doc_date)
    elif not target_heading and ((period.text or "").endswith("以来") or _proposed_after(
            period, doc_date, cue_words)):
        # 特区成立以来，已吸引…，预计可为柔佛创造约8000个就业机会: a span up to now dates what was
        # done; a forecast after it has no period of its own (nor a proposal after a year over)
        period = NO_PERIOD
    is_target = cued or (not review_heading
                         and future_period(period, doc_date, toks.words[comma_lo:comma_hi])
                         and not _result_so_far(text, cand, period, doc_date)
                         and not (_begun(period, doc_date)
                                  and reported_done(toks.words, period, doc_date)))
    start = starts_a_change(text, cand)
    if start is not None:
        # 由10%降至6%: the level a planned change starts from is the present one; 由目前的58处,
        # 由2024年的3.2万张: at the period it names; a change done (平均兑付时间由15天压减至5天
        # in a report on the year) starts from a level of no period the text names either
        named = start.group(1)
        return False, period if named and period.text and period.text in named else NO_PERIOD, False
    by_date = is_target and not cued and _BUDGETED not in text[task_start : cand.start]
    return is_target, period, by_date


# a budget line (114年度教育经费编列102.4亿元，占总预算24.7%): a plan for its year whatever
# else the text reports
_BUDGETED = "编列"


def _result_so_far(text: str, cand: NumberCandidate, period: Period, doc_date: date | None
                   ) -> bool:
    """The clause right after the number compares it with last year (今年全省小麦播种面积
    8550万亩，与上年基本持平 in April) in a period begun by the text's date: a result of the
    period so far, as 比上年 before it is; no goal is held against last year's figure in the
    clause after it without a goal word of its own. (A budget for a year not begun, 編列…18.9億元，
    較上年度增加, is a plan whatever it is compared with.)"""
    return (doc_date is not None and period.start is not None and period.start <= doc_date
            and _COMPARED_AFTER.match(text, cand.end) is not None)


def _begun(period: Period, doc_date: date | None) -> bool:
    """The period has begun by the text's date (a budget for a year not begun, 編列…，較上年度
    增加, is a plan whatever it is compared with)."""
    return doc_date is not None and period.start is not None and period.start <= doc_date


def reported_done(words: Sequence[str], period: Period | None = None,
                  doc_date: date | None = None) -> bool:
    """The sentence reports what was done (总产405.3万吨，比上年增加6.8万吨，增长1.7%; 面积达到
    210万亩，…，比上年提高2.1个百分点; 日烘干能力达到4.6万吨，有效应对了…; 114年契作…面积达
    3,250公頃，較113年增加18.6%): a clause held against last year or an earlier year named, or
    marked done (已, 了), and no goal word anywhere in it, so that its other figures of the year
    not yet over are results too, not a plan."""
    return (not _DONE_WORDS.isdisjoint(words) or _against_last_year(words)
            or _against_an_earlier_year("".join(words), period, doc_date)
            ) and not has_target_cue(words)


def _against_an_earlier_year(sentence: str, period: Period | None, doc_date: date | None
                             ) -> bool:
    """The sentence compares with a year (Gregorian or Minguo) before the period's (较113年增加
    in 114年) in a text written after the period's middle: a result so far (early in the year,
    较2024年分别减少10%, a plan holds its goal against the base year); not 比2024年再减少, a
    further cut a plan sets."""
    if (period is None or period.start is None or period.end is None or doc_date is None
            or _BY_YEAR_NUMBER.search(sentence) is None
            or doc_date < period.start + (period.end - period.start) / 2):
        return False
    return any(_gregorian(int(m.group(1))) < period.start.year
               for m in _BY_YEAR_NUMBER.finditer(sentence))


def _gregorian(year: int) -> int:
    """A Minguo year (113) as the Gregorian one (2024); a Gregorian year as it is."""
    return year + _MINGUO_OFFSET if year < _MINGUO_OFFSET else year


_MINGUO_OFFSET = 1911
# 比 / 较 a year named by its number (较113年, 比2024年), not before 再 (a plan's further change)
_BY_YEAR_NUMBER = re.compile(r"[比较](\d{2,4})年(?:度)?(?!同期)(?![^，,；;。]{0,4}再)")


# words that mark a deed done (已开工, 应对了): 已经, 已 and the perfective 了
_DONE_WORDS = frozenset({"已", "已经", "了"})


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
    return holds_any(text[max(opens, task_start) : comma_start], _DONE)


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


def _obtained(text: str, task_start: int, cand: NumberCandidate,
              cue_words: Sequence[str], review_heading: bool = False) -> bool:
    """争取 is the number's only goal word and its task compares it with the year before, or its
    section reviews results (争取 "strove for and got": what was won)."""
    if _OBTAIN not in cue_words or has_target_cue([w for w in cue_words if w != _OBTAIN]):
        return False
    if review_heading:
        return True
    ends = [i for i in (text.find(c, cand.end) for c in "；;。") if i >= 0]
    task = text[task_start : min(ends) if ends else len(text)]
    return any(w in task for w in AGAINST_LAST_YEAR)


def _proposed_after(period: Period, doc_date: date | None, cue_words: Sequence[str]) -> bool:
    """2025年归母净利润同比增长18.4% 拟每10股派2.85元 (a report of 2026): what 拟 proposes is yet
    to be done, so a period over at the document's date is that of the results before it."""
    return (doc_date is not None and period.end is not None and period.end < doc_date
            and any(w in _PROPOSALS or w in _GLUED_CUES for w in cue_words))


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
# (完成年度任务（3.2万批次）的75.3%: a task set for the year is its goal too)
_GOAL_WORDS = ("目标", "计划", "预期", "规划", "任务")
_AFTER_GOAL_IN_BRACKETS = re.compile(
    r"(?:目标|计划|预期|规划)[（(][^（）()，,；;。]{1,14}[）)](?:[高低快慢多少]出?)?$")


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
