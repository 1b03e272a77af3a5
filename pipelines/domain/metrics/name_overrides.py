"""Phrasings whose figure the general naming (:mod:`.names_before`, :mod:`.names_after`,
:mod:`.names_from_earlier`) names wrongly, each corrected by a rule of its own: a nameless rate
after a clause naming what grew, a condition taken into the name (剔除…后的, 将…由), a colon
label, the parts of a 分别 list of shares or rates (members of a group counted before, and a
flow verb of a list's item: :mod:`.group_members`); after the subject is split off, a streak's
length or a rank that names nothing.

Each rule reads the sentence (:class:`.reading.SentenceScope`), what the numbers before left
(:class:`.reading.SoFar`) and the number's reading so far (:class:`.reading.Reading`), and
returns the name it gives (the name as it was when it does not apply).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pipelines.domain.cleaning.script import to_simplified_aligned
from pipelines.domain.metrics.clauses import CLAUSE_MARKS, clause_start, span_of, tokens_in
from pipelines.domain.metrics.goal_words import TO_LEVEL
from pipelines.domain.metrics.group_members import (
    AMONG_THEM,
    BOUNDS,
    MEMBERS_OF,
    OF,
    VERB_TAG,
    any_scope_group,
    bare_state_after,
    bare_verb_of_last,
    bare_verb_on_last_object,
    group_counted,
    in_scope_noun,
    members_after,
    members_name,
    members_named,
    of_members_counted,
    own_verb_of_last,
    paragraph_before,
    scope_members,
    verb_of_last,
)
from pipelines.domain.metrics.indicator import RECORDING_VERBS
from pipelines.domain.metrics.labels import LABEL_NAME_MAX
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.lists import parts_before
from pipelines.domain.metrics.name_frames import AMONG
from pipelines.domain.metrics.names_from_earlier import name_from_earlier
from pipelines.domain.metrics.naming import flow_words
from pipelines.domain.metrics.place_names import is_place_token, strip_home
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.numbers import to_half_width
from pipelines.domain.segmentation import default_segmenter
from pipelines.domain.units import unit_lexicon


def renamed(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """The number's name after every rule, in order (a later rule reads an earlier's name)."""
    if r.pos and (sc.text[r.pos - 1] in _OPEN or _CHANGE_BRACKETED.search(
            sc.text, max(0, r.pos - 4), r.pos)) and sc.text.startswith(_CLOSE, r.cand.end):
        r.indicator = _bracketed_item(sc, r)
    elif sc.text.startswith(_CLOSE, r.cand.end) and (
            base := _BASE_BRACKETED.search(sc.text, max(0, r.pos - _BASE_REACH), r.pos)) and (
            _PERIOD_CHARS.isdisjoint(base.group("base"))):
        # 较此前纪录（9月30日的1198.2万乘次）增加…: the figure in brackets is the base's
        r.indicator = base.group("base")
    elif (not r.own and len(so.out) > 1 and so.start > r.comma_start
          and sc.text.startswith(_CLOSE, so.end) and so.out[-1].indicator == r.indicator
          and sc.text.startswith(_AGAINST, r.comma_start)):
        # …，较此前纪录（…）增加38.5万乘次: the change is of the thing before the base
        r.indicator = so.out[-2].indicator or r.indicator
    elif (not r.own and len(so.out) > 1 and so.out[-1].indicator == r.indicator
          and sc.text.startswith(_CLOSE, so.end) and _after_aside(sc, so, r)):
        # 风电平均利用率96.1%（弃风率3.9%），同比下降0.8个百分点: the change is of the figure
        # the aside in brackets followed, not of the aside's
        r.indicator = so.out[-2].indicator or r.indicator
    if r.indicator.startswith(_EQUAL_TO) and so.out and so.out[-1].indicator and (
            r.cand.unit == _PERCENT):
        # 录得有形贸易逆差226亿元（相等于商品进口货值的4.9%）: the share is of the thing the
        # sentence just gave, held against the base after 相等于 (against its own past, 相当于
        # 2019年同期的108.2%, no base is left: the thing alone)
        rest = r.indicator[len(_EQUAL_TO[0]) :]
        r.indicator = so.out[-1].indicator + (r.indicator if len(rest) > 1 else "")
    r.indicator = _without_change_adverb(so, r)
    r.indicator = _provided_for(sc, r)
    r.indicator = _rate_named_before(sc, so, r)
    r.indicator = _main_part_share(sc, r)
    r.indicator = _harm_of_the_same(sc, so, r)
    r.indicator = _partner_alone(sc, r)
    if _PER_BASE in r.indicator[2:]:
        r.indicator = r.indicator[: r.indicator.index(_PER_BASE, 2)]  # 有效申诉率为每百万件
        # 快递业务量0.42件: the base a rate is per is no part of its name
    if (slashed := _SLASH_ITEMS.search(r.indicator)) is not None:
        # 上调公司归母净利润预测至7.42/9.65/12.18亿元（原预测为7.05/9.12/11.40亿元): a slash list's
        # earlier items, and the revision's words around them, are no name; the thing forecast is
        # (the last name when nothing is left: 原预测为…)
        head = _REVISED.sub("", _without_prefix_words(r.indicator[: slashed.start()]))
        r.indicator = _without_prefix_words(head) if len(head) > 1 else (
            so.out[-1].indicator if so.out and so.out[-1].indicator else r.indicator)
    elif (revised := _REVISION.match(r.indicator)) is not None and _FORECAST_WORDS.search(
            r.gap):
        # 下调公司营业收入预测至31.2/36.8/42.5亿元（原预测为32.0/…）: each number of the list read
        # alone, the revision's words before the thing forecast name nothing either
        head = _without_prefix_words(r.indicator[revised.end() :])
        r.indicator = head if len(head) > 1 else (
            so.out[-1].indicator if so.out and so.out[-1].indicator else r.indicator)
    if so.out and r.indicator and r.indicator + _WHEREAS in sc.text[r.comma_start : r.pos]:
        r.indicator = _contrasted_part(so.out[-1].indicator or "", r.indicator)
    if (cohort := _COHORT.match(r.indicator)) is not None and (
            cohort.group(1) or _COHORT_YEAR + r.indicator in sc.text) and (
            len(r.indicator) - cohort.end() >= _MEASURE_MIN) and not r.indicator.startswith(
            _COHORT_SIZES, cohort.end()):
        # 2025届毕业生平均月薪为8962元: a graduate report's cohort is its population, as the home
        # is a city's (毕业生规模, 毕业生人数: the cohort's size keeps its noun)
        r.indicator = r.indicator[cohort.end() :]
    if (quarter := _QUARTER_CODE.match(r.indicator)) is not None and (
            len(r.indicator) > quarter.end() + 1):
        # 2025Q3公司实现营业收入, Q3单季毛利率: a quarter written as a code (a period, as 三季度
        # is) opening the name, and the prefix words after it
        r.indicator = _without_prefix_words(r.indicator[quarter.end() :])
    if sc.raw is not None and (own := _own_name_in(r.indicator, sc.raw, sc.home_place,
                                                   sc.text[: r.pos])):
        # 长沙银行资产总额 in 长沙银行's own results: the company is the report's, as 公司 is
        rest = r.indicator[len(own) :]
        rest = rest[1:] if rest.startswith(_BY) and len(rest) > 2 else rest
        r.indicator = rest if len(rest) > 1 else r.indicator
    if sc.raw is not None and (body := own_body(sc.raw)) and r.indicator.startswith(body):
        # 医院完成门急诊186.43万人次 in 湘潭市中心医院's own report: the body the text is
        # (医院, as 公司 in a company's) is its home, no word of the name
        r.indicator = _without_own_body(r.indicator, body)
    if r.indicator.endswith(_POPULATION_CHANGES) and r.gap.startswith(_CHANGE_VERBS):
        # 人口自然减少6,435人, 人口社会增加563人: a population's natural or migratory change is
        # one term whichever way it went (人口自然增加, its sign the value's)
        r.indicator += _GROWN if r.gap.startswith(_GROWN) else _ADDED
    r.indicator = _share_with_base_amount(sc, so, r)
    if _LEVEL_AGAINST in r.indicator:
        r.indicator = _against_own_past(sc, so, r)
    if r.cand.unit in _DEGREES and (extreme := _EXTREME_AT.fullmatch(r.indicator)) is not None:
        # 最高为邢台市巨鹿县的42.7℃: the extreme temperature (the place its subject)
        r.indicator = extreme.group("top") + _TEMPERATURE
    if r.indicator.endswith(_EXPECTED) and len(r.indicator) > _MODAL_CHARS + 1:
        # 上海、北京全年GDP有望分别突破…: the 分别 list's shared words end with the modal of the
        # forecast (the kind says it is one), no word of the name
        r.indicator = r.indicator[:-_MODAL_CHARS]
    if _OF_MEAN in r.indicator:
        # 31个省份GDP增长目标的平均值: the mean of the figures named, its 的 no word of the name
        # (城镇调查失业率平均值, as the set writes every mean)
        r.indicator = _MEAN_OF.sub(r"\g<mean>", r.indicator)
    if _FORECAST in r.indicator[2:]:
        # 公营房屋预计建屋量: a forecast's word inside the name (the kind says it is one), as the
        # 预计 opening a name is dropped
        r.indicator = r.indicator[:2] + r.indicator[2:].replace(_FORECAST, "")
    if _OUR_SHARE in r.indicator:
        # 东盟贸易总值占我外贸总值, 占我市城镇居民…: "our" whole is the home's, no word of the base
        # (占我国… and 占全省… are kept: the set labels them so)
        r.indicator = _OUR_BASE.sub(_SHARE_VERB_ONLY, r.indicator)
    if (not r.own or r.own in _AGAINST) and so.out and r.cand.unit is not None and (
            so.out[-1].unit != r.cand.unit) and (
            so.out[-1].unit in _RATE_UNITS or so.out[-1].qualifier in BOUNDS
            or (r.cand.category == "count" and so.out[-1].unit not in _RATE_UNITS)):
        r.indicator = _change_of_same_unit(sc, so, r)
    r.indicator = _accounted_before(sc.text, r)
    r.indicator = _goal_of_last(sc, so, r)
    r.indicator = _bare_goal(sc, so, r)
    r.indicator = _rate_quoted(sc, so, r)
    r.indicator = _without_condition(sc, r)
    if "（" in r.indicator:
        r.indicator = _without_kinds_listed(_without_short_form(r.indicator))
    r.indicator = _labelled(sc, so, r)
    if not r.own and r.cand.unit in _DAYS and sc.text.startswith(_AGAINST_DAY, r.comma_start):
        r.indicator = _day_moved(sc, r)  # (the name borrowed from before, if any, the last's)
    if r.indicator in metric_lexicon().entity_measures and (
            topic := _DISASTER_TOPIC.match(sc.text)) is not None:
        # 干旱灾害主要发生在…，农作物受灾面积1632.5千公顷; 地质灾害共发生3127起，因灾死亡失踪64人:
        # a toll after the disaster the sentence opens with is that disaster's
        r.indicator = topic.group("topic") + r.indicator
    indicator = r.indicator
    text, pos = sc.text, r.pos
    if indicator and indicator == so.indicator:
        indicator = own_verb_of_last(text, r.item_start, pos, indicator)
    if so.out and r.cand.unit is not None:
        indicator = members_named(sc, so, r, indicator)
        indicator = of_members_counted(sc, so, r, indicator)
        indicator = bare_verb_of_last(sc, so, r, indicator)
        indicator = verb_of_last(sc, so, r, indicator)
        indicator = bare_verb_on_last_object(sc, so, r, indicator)
    elif r.cand.unit is not None and text.endswith(AMONG_THEM, 0, pos):
        # 在调查的21个行业中，有12个…: members of a group written as a scope, no row before
        indicator = members_after(text, r.cand, so.out) or indicator
    elif r.cand.unit is not None and sc.prior_rows and text.endswith(MEMBERS_OF[:2], 0, pos):
        # …下降的城市有56个，比上月增加3个；持平的有4个；上涨的有10个: members of the group the
        # clause before (its own unit after the ；) counted
        indicator = members_name(text, r.comma_start, pos, r.cand, sc.prior_rows) or indicator
    if r.cand.unit is not None and "中" in text[: r.comma_start]:
        indicator = scope_members(text, r.comma_start, r.cand) or in_scope_noun(
            text, r.comma_start, indicator)
    elif r.cand.unit is not None and OF in indicator and (before := paragraph_before(sc)):
        # 10月份，70个大中城市中，…。二手住宅销售价格环比下降的城市有63个: the scope the
        # paragraph set in a sentence before still holds its members
        indicator = in_scope_noun(before, len(before), indicator)
    if r.cand.unit is not None and (defined := _members_defined(sc, r, indicator)):
        # 留宿旅客中逗留3晚及以上的占18.6%: the share of the group's members the state defines,
        # named as the set names a class (逗留3晚及以上的留宿旅客); 进城农民工中，购买住房的占:
        # the group a scope set apart, the state alone (…中…的有N人: a count, the kind reads its
        # name's verbs, left)
        indicator = defined
    if r.cand.unit is not None and (bounded := _members_bounded_after(sc, r)):
        # 13个城市中，有9个城市PM2.5浓度同比降幅超过5%; 全国已有5省（区）风电光伏装机超过1亿千瓦:
        # the members counted are those whose measure, written after the count, passes the bound
        indicator = bounded
    if r.cand.unit is not None and (state := bare_state_after(sc, r)):
        # 22项主要指标中，预计19项完成或超额完成，3项未达到预期; 11项指标…，6项符合预期: the
        # members counted with a state and no noun of their own are the group's (its scope's
        # noun, or the noun the count before counted)
        group = any_scope_group(text, r.comma_start) or group_counted(so.out, r.cand)
        indicator = f"{state}的{group}" if group else indicator
    if (indicator and indicator == so.indicator and indicator.startswith(_NEW_VERBS)
            and "累计" in text[r.comma_start : pos] and indicator not in text[r.comma_start : pos]):
        # 新增国家级母婴友好医院2家，累计达到5家: the total is of the things, not the new ones
        indicator = indicator[2:]
    if sc.audit and indicator:
        indicator = _at_fault(sc, so, r, indicator)
    if indicator == _GAP and (gap := _GAP_TO.search(text, r.comma_start, pos)) is not None:
        indicator = gap.group()  # 与深圳的差距缩小至3345.5亿元: whom the gap is to
    r.indicator = indicator
    indicator = _respective_part(sc, so, r) if r.resp_pos >= 0 else indicator
    if _shares_go_on(sc, so, r, indicator):
        # …，其中博彩及博彩中介业占38.6%；第二产业占6.8%: a part's bare 占 after a ； whose list of
        # parts' shares goes on is named with 占比, as the parts before it are
        indicator += _SHARE_NAME
    elif (r.cand.category == _RANK and indicator.endswith(_SHARE_NAME) and so.out
          and so.out[-1].indicator == indicator
          and _SHARE_NAME not in sc.text[r.comma_start : r.pos]):
        # 制造业、教育分别占14.6%和11.2%，居第二、三位: the parts are ranked, not their shares
        indicator = indicator[: -len(_SHARE_NAME)]
    return _ranked_measure(sc.text, r.pos, indicator)


_BARE_SHARE = re.compile(r"(?:分别)?(?:占|佔)(?:了)?$")
_SHARE_NAME = "占比"
_RANK = "rank"
_NUMBER_START = re.compile(r"\d")
_SHARES_BEFORE = ("占", "佔", "比重")


def _shares_go_on(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> bool:
    """A part's share written with a bare 占 (no whole) in a sentence going on from one that ended
    with ； after a share of a part (named 占比 or with its whole): the list of parts goes on."""
    if r.cand.unit != _PERCENT or not indicator or indicator.endswith(_SHARES_BEFORE) or (
            "占" in indicator or "佔" in indicator or indicator.endswith("的")):
        return False
    if not sc.prior_rows:
        return False
    clause = sc.text[r.comma_start : r.pos]
    if r.resp_pos >= 0 and (figure := _NUMBER_START.search(sc.text, r.resp_pos, r.pos)):
        clause = sc.text[r.comma_start : figure.start()]  # (制造业、教育分别占14.6%和11.2%:
        # the list's verb before its first figure)
    if _BARE_SHARE.search(clause) is None or clause.rstrip("占佔了").endswith("的"):
        return False
    rows = [*sc.prior_rows, *so.out]
    return any(m.unit == _PERCENT and m.indicator and ("占" in m.indicator or "佔" in m.indicator)
               for m in rows)


_MEMBERS_SO = re.compile(r"(?<=[\u4e00-\u9fff])(?<!其)中(?P<state>[^，,；;。：:中]{2,14}?)"
                         r"(?:的|者)(?:占|佔)$")
_GROUP_MIN = 2  # characters of the group before its 中 (留宿旅客)


def _members_defined(sc: SentenceScope, r: Reading, indicator: str) -> str:
    """The name of the group's members in a state when the clause reads 留宿旅客中逗留3晚及以上的
    占 (group, 中, state, 的 and the share, no comma between): 逗留3晚及以上的留宿旅客; empty
    when the clause does not read so or the name is not the group and the state."""
    found = _MEMBERS_SO.search(sc.text, r.comma_start, r.pos)
    if found is None:
        return ""
    state = found.group("state")
    tail = AMONG + state
    if not indicator.endswith(tail) or len(indicator) - len(tail) < _GROUP_MIN:
        return ""
    return f"{state}的{indicator[: -len(tail)]}"


# a deed done for someone (为老幼病残孕等重点旅客提供预约服务, 为持卡人才提供…等12项服务)
_PROVIDED_FOR = re.compile(r"(?:为|為)[^，,；;。]{1,24}?(?P<verb>提供)(?P<what>[^，,；;。]*)$")
_EXAMPLES_END = "等"


def _provided_for(sc: SentenceScope, r: Reading) -> str:
    """What is provided for someone is named by 提供 and its object (the set's 提供预约服务,
    提供岗位); whom it is for names nothing: 为…重点旅客提供预约服务 -> 提供预约服务; examples
    of what before the count (为…提供子女入学、医疗保健等12项服务): 提供服务."""
    name = r.indicator
    found = _PROVIDED_FOR.search(sc.text, r.comma_start, r.pos)
    if found is None or not name or name.startswith(found.group("verb")):
        return name
    verb = found.group("verb")
    if (at := name.rfind(verb)) > 0:
        return name[at:]
    if found.group("what").endswith(_EXAMPLES_END) and verb not in found.group("what"):
        return verb + name
    return name


# an adverb of the whole before the change's verb (…出口货值整体上升17.3%, 基本养老金总体上调2%)
_WHOLE_ADVERBS = ("整体", "总体", "整體", "總體")
# a lower-is-better index's improvement against a base (综合指数同比改善11.3%): its change
_IMPROVED = re.compile(r"(?:同比|环比|較上年|较上年|比上年)(?:改善)$")


def _without_change_adverb(so: SoFar, r: Reading) -> str:
    """The name without an adverb of the whole left before the change's verb, or without the
    base and verb of an improvement (同比改善); an improvement with no name of its own is of the
    figure the sentence just gave (综合指数为4.12，同比改善6.2%)."""
    name, lex = r.indicator, metric_lexicon()
    if name.endswith(_WHOLE_ADVERBS) and len(name) > len(_WHOLE_ADVERBS[0]) + 1 and (
            r.gap.startswith(lex.growth_cues + lex.rate_change_cues)):
        return name[: -len(_WHOLE_ADVERBS[0])]
    if r.cand.unit == _PERCENT and (improved := _IMPROVED.search(name)) is not None:
        rest = name[: improved.start()]
        return rest if len(rest) > 1 else (
            so.out[-1].indicator if so.out and so.out[-1].indicator else name)
    return name


# a count the clause opens with by 有 (有9个, 已有5省), then what the members are: their noun
# (or a note on the count's measure, 省（区）), their measure and a bound it passes with its figure
_HAVE_BEFORE = re.compile(r"(?:^|[，,；;])\s*(?:其中)?(?:全国|全省|全市|全县|全区)?"
                          r"(?:已|共|则)?有$")
_BOUNDED_STATE = re.compile(
    r"(?P<note>[（(][\u4e00-\u9fff、]{1,6}[）)])?(?P<state>[^，,；;。：:]{2,20}?"
    r"(?:超过|突破|达到|高于|低于|不足|不到|在)[\d.]+[^\d，,；;。：:]{0,6})(?=[，,；;。]|$)")


def _members_bounded_after(sc: SentenceScope, r: Reading) -> str:
    """The class a count after 有 counts, named by the state written after the count (a measure
    past a bound) and the members' noun (the scope's group, or the count's measure with its note):
    小麦平均亩产超过450公斤的县（市、区）; "" else."""
    text = sc.text
    if r.cand.category != _COUNT or r.listed or _HAVE_BEFORE.search(
            text, max(r.comma_start - 1, 0), r.pos) is None:
        return ""
    found = _BOUNDED_STATE.match(text, r.cand.end)
    if found is None:
        return ""
    state, group = found.group("state"), any_scope_group(text, r.comma_start)
    if found.group("note"):
        group = (r.cand.unit_raw or "")[-1:] + found.group("note")
    elif group and state.startswith(group):
        state = state[len(group) :].removeprefix(OF)  # (有26个省份的GDP增长目标不低于5%)
    return f"{state}的{group}" if group and len(state) > 2 else ""


_COUNT, _MONEY = "count", "currency"
# a gap named with whom it is to (与深圳的差距, 与第十名南京的差距): rankings of cities and firms
# give the distance to the one ahead so; 差距 alone says not to whom
_GAP = "差距"
_GAP_TO = re.compile(r"(?:与|同|和)[^，,；;。与同和]{1,12}?的差距")
# the units an audit counts at fault (5个部门…, 3家单位…, 73户…的家庭…, 11个产业项目…)
_FAULT_UNITS = ("部门", "单位", "企业", "公司", "项目", "机构", "家庭", "学校", "医院", "乡镇")
_FAULT_NOUN_MAX = 6  # characters: the counted noun (产业项目, 二级单位) before its finding
_FINDING = re.compile(r"[^，,；;。]{2,20}")


def _at_fault(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> str:
    """An audit's count of units found at fault (5个部门超标准列支会议费, 3家单位违规发放…,
    73户不符合条件的家庭违规享受…) is named by the counted noun (部门, as the held-out README's
    audit convention says): the finding is no part of how many units; an amount after it
    with no name of its own (6个项目工程款未及时拨付，共计4125万元) is the finding's
    (工程款未及时拨付)."""
    text, cand = sc.text, r.cand
    if cand.category == _COUNT:
        cut = next((i for i in range(2, min(len(indicator) - 1, _FAULT_NOUN_MAX) + 1)
                    if indicator[:i].endswith(_FAULT_UNITS)), 0)
        return indicator[:cut] if cut and indicator[:cut] in text[cand.end : cand.end + 12] else (
            indicator)
    if (cand.category == _MONEY and not r.own and so.out and so.out[-1].indicator == indicator
            and indicator in _FAULT_UNITS and (at := text.find(indicator, so.end, r.pos)) >= 0
            and (finding := _FINDING.match(text, at + len(indicator))) is not None
            and finding.end() <= r.comma_start):
        return finding.group()
    if (so.out and so.comma == r.comma_start and (units := so.out[-1].indicator or "")
            and units.endswith(_FAULT_UNITS) and so.out[-1].unit != cand.unit
            and indicator.startswith(units) and len(indicator) - len(units) >= 2):
        # 2家市属国有企业少上缴利润1260万元: the units counted at fault just before the amount
        # are no part of the finding's name (少上缴利润)
        return indicator[len(units) :]
    return indicator


# 回购股份1,580,000股，占公司总股本429,400,000股的0.37%: a share with its base's amount inside
# (相当于正常保有量3900万头的103.5%: a level against its base, written the same way)
_BASE_OF_SHARE = re.compile(r"(?:占|相当于)(?P<base>[\u4e00-\u9fff]{2,12}?)$")
_SHARE_VERB_CHARS = frozenset("占于")  # 占, 相当于: one of them is in every _BASE_OF_SHARE match
_AMOUNT_OF_BASE = re.compile(r"的[\d.]")
_SHARE_REACH = 32  # characters before a share its 占 may stand


def _share_with_base_amount(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """占公司总股本429,400,000股的0.37%: the amount inside is the base's (总股本), the share after
    it the amount before's share of that base (回购股份占总股本)."""
    text, indicator = sc.text, r.indicator
    if r.cand.unit is None or _SHARE_VERB_CHARS.isdisjoint(
            text[max(0, r.pos - _SHARE_REACH) : r.pos]):
        return indicator
    if _AMOUNT_OF_BASE.match(text, r.cand.end) and (
            base := _BASE_OF_SHARE.fullmatch(text, r.comma_start, r.pos)) is not None:
        return _without_owner(base.group("base"))
    if (len(so.out) > 1 and r.pos == so.end + 1 and text.startswith("的", so.end)
            and _BASE_OF_SHARE.fullmatch(text, clause_start(text, so.start, CLAUSE_MARKS),
                                         so.start) is not None
            and (whole := so.out[-2].indicator)):
        return f"{whole}占{so.out[-1].indicator}"
    return indicator


_OUR_SHARE, _SHARE_VERB_ONLY = "占我", "占"
_FORECAST = "预计"
_OF_MEAN = "的平均"
_EXPECTED = ("有望", "可望", "将会")
_MODAL_CHARS = 2  # (each of _EXPECTED)
_MEAN_OF = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})的(?P<mean>平均[值数])$")
# a temperature's extreme named by where it was measured only (最高为邢台市巨鹿县的42.7℃)
_EXTREME_AT = re.compile(r"(?P<top>最高|最低)(?:(?:为|是|出现在|出现于).*)?")
_DEGREES = frozenset(("℃", "摄氏度"))
_TEMPERATURE = "气温"
_OUR_BASE = re.compile(r"占我(?:市|省|区|县)?(?![国们])(?=[\u4e00-\u9fff]{2})")
_LEVEL_AGAINST = "相当于"
# a level against its own past (经济规模相当于疫情前2019年同期的88.5%): the base only a time
_OWN_PAST_BASE = re.compile(r"相当于(?P<base>[^，,；;。：:]{1,20})的$")
_PAST_WORDS = re.compile(r"(?:疫情前|疫情以前|同期|水平|时期)*")


def _against_own_past(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """相当于2019年同期的86.7%: a share whose base is only a time (its periods, 疫情前, 同期) is the
    level of the thing named before 相当于 (or of the last name) against its own level then, not a
    name of 相当于 and the time's words."""
    text, indicator = sc.text, r.indicator
    found = _OWN_PAST_BASE.search(text, r.comma_start, r.pos)
    if found is None:
        return indicator
    start, end = found.span("base")
    base = "".join(ch for at, ch in enumerate(text[start:end], start)
                   if not any(s <= at < e for s, e in so.skip))
    if _PAST_WORDS.fullmatch(base) is None:
        return indicator
    return indicator[: indicator.index(_LEVEL_AGAINST)] or so.indicator or indicator


_POPULATION_CHANGES = ("人口自然", "人口社会", "人口机械")
_GROWN, _ADDED = "增长", "增加"
_CHANGE_VERBS = (_GROWN, _ADDED, "减少")
_RATE_UNITS = frozenset(("%", "‰"))
_AGAINST = ("比", "较", "同比", "环比")


def _change_of_same_unit(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """出生数为9,812人，粗出生率为4.96‰，较上月增加436人: a change against a base, with no name of
    its own, in a count's unit right after a figure in another unit (a rate's, a bound's: 98个城市
    的汽车保有量超过100万辆，同比增加3个; an amount's: REITs挂牌38只，总市值1126亿元，较上年末增加
    9只) is the change of the last figure in its unit (出生数, the cities counted, the funds
    listed), not of the figure between them."""
    if not sc.text.startswith(_AGAINST, r.comma_start):
        return r.indicator
    same = next((m.indicator for m in reversed(so.out) if m.unit == r.cand.unit), None)
    return same or r.indicator


# a slash list's earlier numbers left in a name (…预测至7.42/9.65), and the words of a forecast's
# revision around the thing forecast (上调, 下调, 维持, 原 before it; 预测 and its link after it)
_SLASH_ITEMS = re.compile(r"[\d.]+(?:/[\d.]+)+$")
_REVISED = re.compile(r"^(?:上调|下调|维持|调整|原)"
                      r"|(?:的?预测|预期)?(?:值)?(?:分别)?(?:至|为|到)?$")
_REVISION = re.compile(r"上调|下调|维持|调整|原$")  # (原油: a name; 原 alone: the old figure)
_FORECAST_WORDS = re.compile(r"预测|预期")
_WHEREAS = "则"  # (…总销货价值下跌4.6%，总销货数量则下跌5.8%: the clause set against the last)
_SHARED_MIN = 3  # characters the two names share (总销货)


def _contrasted_part(last: str, name: str) -> str:
    """零售业总销货价值…，总销货数量则下跌5.8%: a name set against the last one (则) that
    shares that name's words after its owner (总销货) is of the same owner (零售业总销货数量)."""
    at = last.find(name[:_SHARED_MIN], 1)
    return last[:at] + name if at > 0 else name


_COHORT = re.compile(r"(\d{4}届)?毕业生")  # (2025届毕业生: the year's cohort)
_COHORT_YEAR = "届"
_COHORT_SIZES = ("规模", "人数", "总数", "数")
_MEASURE_MIN = 3  # characters of a measure after the cohort (平均月薪, 毕业去向落实率)
_EQUAL_TO = ("相当于", "相等于")  # (three characters each)
_PERCENT = "%"
# a quarter's code (2025Q3, 25Q3, Q3), with the 单季 saying its figures are the quarter's alone
_QUARTER_CODE = re.compile(r"(?:\d{4}|\d{2})?[Qq][1-4](?![\dA-Za-z])")


def _without_prefix_words(name: str) -> str:
    """``name`` without the prefix words opening it, one after another (公司实现营业收入 ->
    营业收入), keeping two characters at least."""
    prefixes = metric_lexicon().prefix_words
    while (word := next((w for w in prefixes if name.startswith(w) and len(name) - len(w) >= 2),
                        None)) is not None:
        name = name[len(word) :]
    return name


def _without_owner(name: str) -> str:
    """公司总股本 -> 总股本: the report's own company (a prefix word) is no part of a base."""
    return next((name[len(w) :] for w in metric_lexicon().prefix_words
                 if name.startswith(w) and len(name) - len(w) >= 2), name)


_RANK_VERBS = r"(?:排名|排在|位居|位列)"
_RANKED_CLASSES = ("城市", "省份", "地市", "区县", "县区")  # (two characters each)
# (the number of a period, 前三季度, 前10个月, selects nothing: 占前三季度的58.7%)
_TOP_N = (_RANK_VERBS + r"?前[\d一二三四五六七八九十]+"
          r"(?![\d一二三四五六七八九十]|个?(?:季度|月|年|天|周|日|小时))(?:位|名)?的?")
# the places or firms a ranking selects, after the measure it ranks by (有效注册商标量排名前三的
# 省份: the measure is 有效注册商标量)
_RANKED_SELECTION = re.compile(_TOP_N + r"[\u4e00-\u9fff]{0,4}$")
# where people go (前往世界排名前100高校的有176人): the ranked class is where, the name whole
_GOING_TO = ("前往", "赴", "到")


def _ranked_measure(text: str, pos: int, indicator: str) -> str:
    """The measure of a ranking's items: without the selection it names (…排名前三的省份), and
    whole when the items' figures repeat only its last word (国内有效发明专利拥有量排名前五的
    省市分别为…，拥有量分别为68.9万件: 国内有效发明专利拥有量)."""
    found = _RANKED_SELECTION.search(indicator)
    if found is not None and found.start() >= 2 and not indicator.startswith(_GOING_TO):
        return indicator[: found.start()]
    if not indicator or "前" not in text[:pos]:
        return indicator
    ranked = re.search(r"([\u4e00-\u9fff]{0,16}" + re.escape(indicator) + ")" + _TOP_N,
                       text[:pos])
    if ranked is None:
        return indicator
    # (上海、北京…成都位列城市票房前五: the items ranked come before the verb, the measure after it,
    # without the class of the items ranked, 城市)
    measure = re.split(_RANK_VERBS, ranked.group(1))[-1]
    if len(measure) > len(indicator) and measure.startswith(_RANKED_CLASSES):
        measure = measure[2:]
    return measure


# a clause saying what was accounted for, then a clause giving only its amount (对范围三中的外购
# 原材料排放进行了核算，约为52.3万吨: 外购原材料排放; a part of a whole, …中的X, is X)
_ACCOUNTED = re.compile(r"对(?:[^，,；;。]{1,10}中的)?(?P<what>[^，,；;。]{2,20}?)进行了?"
                        r"(?:核算|统计|测算|盘查|核查|监测|计量|评估)[，,]$")
_AMOUNT_ONLY = re.compile(r"[，,\s]*(?:约|共|合计|总计)?(?:为|达|达到|是)?")


def _accounted_before(text: str, r: Reading) -> str:
    """The thing the clause before says was accounted for, when the number's clause only gives
    its amount."""
    if r.comma_start <= r.task_start or _AMOUNT_ONLY.fullmatch(text, r.comma_start, r.pos) is None:
        return r.indicator
    found = _ACCOUNTED.search(text, r.task_start, r.comma_start)
    return found.group("what") if found is not None else r.indicator


# a figure quoted as the goal a plan set (提前实现“十四五”规划确定的12件的预期目标, 完成…下达的
# 5%的约束性目标): the goal of the measure just reported, not a thing the plan's words name
_GOAL_AFTER = re.compile(r"的(?:预期|约束性|既定|年度)?(?:目标|任务)")
_SET_BY = re.compile(r"(?:规划|计划|方案|纲要|省|市|国家)[^，,；;。]{0,6}"
                     r"(?:确定|提出|设定|下达|明确)的$")


# a goal named only by its kind after its level (低于3%左右的调控目标, 高于5%的年度计划目标): the
# work reports' way to set a result against the plan, the goal the measure's just reported
_KIND_OF_GOAL = re.compile(r"(?:年度|全年|年初|调控|控制|规划|计划|既定|约束性|预期){1,3}目标")
_LEVEL_OF = re.compile(r"(?:左右|以上|以下|以内)?的")


# a day an event fell on, then how far it moved against the normal or last year (终霜日为3月28日，
# 较常年偏晚5天; 入汛日期为5月2日，比常年偏早9天): climate and phenology bulletins' way to give
# a date's change; the date is no figure, so the days have no name before them
_DAYS = frozenset(("天", "日"))
_AGAINST_DAY = ("较", "比")
_YEAR_WORD = re.compile(r"^(?:今年|去年|当年|全年|本年)")  # the date's year, no word of the name
_DAY_NAMED = re.compile(r"(?:^|[，,；;。：:])(?P<name>[^，,；;。：:\d]{2,12}?)(?:为|是|出现在|在)"
                        r"\d{1,2}月(?:\d{1,2}日|[上中下]旬)[，,]$")


def _day_moved(sc: SentenceScope, r: Reading) -> str:
    """The days a dated event moved by (较常年偏晚5天) are of the event the clause before dated
    (终霜日为3月28日), the document's place dropped; no name when no such clause."""
    named = _DAY_NAMED.search(sc.text, max(0, r.comma_start - 24), r.comma_start)
    if named is None:
        return r.indicator
    return strip_home(_YEAR_WORD.sub("", named.group("name")), sc.home_place)


def _goal_of_last(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A plan's goal quoted after a figure is of the measure that figure had; so is a goal
    named only by its kind after its level (居民消费价格上涨0.3%，低于3%左右的调控目标)."""
    text, earlier = sc.text, so.indicator or sc.carried
    if (earlier and _GOAL_AFTER.match(text, r.cand.end) is not None
            and _SET_BY.search(text, r.comma_start, r.pos) is not None):
        return earlier
    if (earlier and "目标" in r.indicator and _KIND_OF_GOAL.fullmatch(r.indicator)
            and (level := _LEVEL_OF.match(text, r.cand.end)) is not None
            and text.startswith(r.indicator, level.end())):
        return earlier
    return r.indicator


# a clause whose only words are a place, the year and 目标 (山东今年目标为5%以上, 北京今年的
# 目标为5%左右, 上海今年的目标同样为…, 天津目标为…), or the goal in full (西藏今年GDP增长目标为…)
_BARE_GOAL = re.compile(r"(?P<place>[\u4e00-\u9fff]{0,6}?)(?:今年|明年|全年|年度)?的?"
                        r"(?P<goal>(?:[A-Z]{2,5}(?:增长|增速))?目标)"
                        r"(?:同样|也|均)?(?:为|是|在|定为)")
# a goal's level inside a name (目标为5%左右的省份最多): no figure of its own
_INSIDE_NAME = re.compile(r"(?:左右|以上|以下|及以上)?的")
# a goal named by the measure whose growth it sets (GDP增长目标, 经济增长目标, 增速目标), and the
# words that may run into it from before (各地2025年|GDP增长目标, 有26个省份的|GDP增长目标)
_GROWTH_GOAL = re.compile(r"[A-Za-z\u4e00-\u9fff]{2,8}(?:增长|增速)目标")
_BEFORE_GOAL = re.compile(r".*[年的中]")
_GOAL_WORDS = "增长目标"
_GOAL = "目标"


def _bare_goal(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A goal said of a place with no measure (山东今年目标为5%以上) is of the growth goal the
    text named last (今年GDP增长目标分别为…: GDP增长目标), in this sentence or before it; not a
    measure named nearby (去年地区生产总值…) nor the clause's adverb (同样). The result after it
    with no name of its own (，去年实际增长5.7%) is of the paragraph's measure, not the goal."""
    bare = _BARE_GOAL.fullmatch(sc.text, r.comma_start, r.pos)
    if bare is None:
        return _result_after_goal(sc, so, r)
    if (bare.group("place") and not is_place_token(bare.group("place"))) or (
            _INSIDE_NAME.match(sc.text, r.cand.end)):
        return r.indicator
    if bare.group("goal") != _GOAL:
        return bare.group("goal")  # 西藏今年GDP增长目标为7%以上 (not GDP: 目标 is no cue here)
    before = sc.text[: r.comma_start]
    if sc.raw is not None and not _GROWTH_GOAL.search(before):
        before = to_half_width(to_simplified_aligned(sc.raw[: sc.sent.raw_start]))
    named = [_BEFORE_GOAL.sub("", m.group()) for m in _GROWTH_GOAL.finditer(before)]
    return next((n for n in reversed(named) if len(n) > len(_GOAL_WORDS)), r.indicator)


def _result_after_goal(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A figure with no name right after a growth goal (山东今年目标为5%以上，去年实际增长5.7%)
    is of the measure the paragraph named last (a goal or none: no name), not of the goal."""
    last = so.out[-1] if so.out else None
    if r.own or last is None or last.kind != "target" or r.indicator != last.indicator or (
            not _GROWTH_GOAL.fullmatch(r.indicator)):
        return r.indicator
    if not sc.carried or _GROWTH_GOAL.fullmatch(sc.carried):
        return ""
    return name_from_earlier(sc.text, sc.toks, r.cand, "", None, sc.carried, so.kind,
                             r.task_start, r.comma_start, so.skip, sc.home_place)[0]


# a rate quoted as one unit of a currency against another (人民币汇率为1美元兑7.1055元): the
# rate's name before the quote's frame
_ONE_UNIT_QUOTE = re.compile(r"(?P<name>.+汇率)(?:为|是|报)1[\u4e00-\u9fff]{1,3}兑换?")
# a clause quoting the same currency against another (马币兑新元则报3.2210，兑人民币报1.6950):
# the other currency, and the base currency of the rate before
_AGAINST_ANOTHER = re.compile(r"兑(?P<quote>[\u4e00-\u9fff]{1,4}?)则?(?:报|收于|收在|为)")
_BASE_CURRENCY = re.compile(r"(?P<base>[\u4e00-\u9fff]{1,4}?)兑[\u4e00-\u9fff]")


def _is_currency(word: str) -> bool:
    """A currency units.yaml knows (人民币, 新元; not 现率 of 兑现率为)."""
    info = unit_lexicon().units.get(word)
    return info is not None and info.category == "currency"


def _rate_quoted(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """An exchange rate named by its currencies, not by its quote's frame: 人民币汇率 (not
    人民币汇率为1美元兑), and 兑人民币报… after 马币兑新元则报… is 马币兑人民币 (not 兑)."""
    if one := _ONE_UNIT_QUOTE.fullmatch(r.indicator):
        return one.group("name")
    against = _AGAINST_ANOTHER.fullmatch(sc.text, r.comma_start, r.pos)
    base = _BASE_CURRENCY.match(so.out[-1].indicator or "") if so.out and against else None
    if against is None or base is None or not _is_currency(against.group("quote")):
        return r.indicator
    return f"{base.group('base')}兑{against.group('quote')}"


_OPEN, _CLOSE = ("（", "("), ("）", ")")
_ASIDE_REACH = 12  # characters of an aside's name before its figure (弃风率)


def _after_aside(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """The last figure is an aside in brackets written right after the one before it (96.1%
    （弃风率3.9%）), closing the clause before this one."""
    opened = sc.text.rfind(_OPEN[0], max(0, so.start - _ASIDE_REACH), so.start)
    return (opened > 0 and sc.text[opened + 1 : so.start].isalpha()
            and sc.text.endswith(so.out[-2].quote, 0, opened)
            and sc.text[so.end + 1 : r.comma_start].strip("，,") == "")


# a comparison's base named, then its value in brackets after its day (较此前纪录（9月30日的);
# not a period as the base (比上年同期（…）: the thing's own earlier figure)
_BASE_BRACKETED = re.compile(r"(?:较|比)(?P<base>[\u4e00-\u9fff]{2,8}?)[（(]"
                             r"(?:[\d月日年号]{2,12}的)?$")
_BASE_REACH = 24  # characters before the number its base may open
_PERIOD_CHARS = frozenset("年月季日期")
# the rest of a list of bracketed figures after one: ）、美国（5.1万人次）及英国（2.3万人次）
_BRACKETED_REST = re.compile(
    r"[）)](?:(?:、|及|和|与|以及)[\u4e00-\u9fff]{1,10}[（(](?:[^（）()，,；;。]|(?<=\d),(?=\d)){1,16}"
    r"[）)])*")  # (62,318人次: a figure's thousands comma)
# a change word opening the brackets before the figure (越南（上升46.2%）、台湾（上升38.5%）)
_CHANGE_BRACKETED = re.compile(r"[（(](?:上升|下跌|下降|增长|增加|减少|上涨|回落)$")
_HEAD_TAGS = ("n", "nz")  # (not a place: the list's items are)
_PLACE_TAG = "ns"
_DIRECTION = re.compile(r"输往|輸往|运往|運往|销往|銷往|来自|來自")  # (a trade release's)
_MAX_HEAD = 6  # characters
_MAINLY = re.compile(r"以(?P<item>[\u4e00-\u9fff]{2,12}?)为主$")  # 以X为主（N例）: X's figure


def _bracketed_item(sc: SentenceScope, r: Reading) -> str:
    """以韩国（12.1万人次）、菲律宾（7.8万人次）及泰国（4.6万人次）旅客较多: a figure in brackets
    after its item is of the item's kind of thing the list names after its last bracket
    (韩国旅客), not of the item alone nor of the words before the list (入境旅客以日本).
    以乙型肝炎为主（176例）: the main item's own figure."""
    if mainly := _MAINLY.search(sc.text, r.item_start, r.pos - 1):
        return mainly.group("item")
    toks = sc.toks
    rest = _BRACKETED_REST.match(sc.text, r.cand.end)
    at = bisect_left(toks.starts, rest.end()) if rest is not None else len(toks)
    head = ""
    of = at + 1 < len(toks) and toks.words[at] == OF and toks.tags[at + 1] in _HEAD_TAGS
    at += of  # 输往荷兰（上升21.7%）及美国（上升3.9%）的货值: the head after a 的
    while at < len(toks) and toks.tags[at] in _HEAD_TAGS and len(head) < _MAX_HEAD:
        head += toks.words[at]
        at += 1
    lo, hi = span_of(toks, r.item_start, max(sc.text.rfind(o, 0, r.pos) for o in _OPEN))
    first = hi
    while first > lo and toks.tags[first - 1].startswith("n"):
        first -= 1
    item = "".join(toks.words[first:hi])
    if not head and hi - first == 1 and toks.tags[first] == _PLACE_TAG and rest is not None and (
            rest.end() > r.cand.end + 1):
        return item  # 特别是越南（上升46.2%）、台湾（上升38.5%）…。: a list of places with no
        # head after it, each place its own figure's name
    if not head or not item or item.endswith(head):
        return r.indicator
    if of:
        # (the list's direction before its first item, 输往 or 来自, is every item's)
        way = _DIRECTION.match(r.indicator)
        return f"{way.group() if way else ''}{item}{OF}{head}"
    return item + head


# the clause before names the main part (以5岁以下儿童为主，占86.9%; 以甲型H3N2亚型为主，占阳性标本
#的82.9%): the share is that part's
_MAIN_PART = re.compile(r"以(?P<part>[^，,；;。]{2,12}?)为主[，,]$")
_SHARE_OF = re.compile(r"[，,]?占(?P<base>[^，,；;。\d]{0,12}?)的?$")


def _main_part_share(sc: SentenceScope, r: Reading) -> str:
    """占86.9% (or 占阳性标本的82.9%) right after 以X为主，: X's share (X占比, X占阳性标本)."""
    text = sc.text
    share = _SHARE_OF.match(text, r.comma_start, r.pos)
    if share is None or r.cand.unit != "%":
        return r.indicator
    main = _MAIN_PART.search(text, 0, share.start() + (text[share.start()] in "，,"))
    if main is None:
        return r.indicator
    base = share.group("base")
    return main.group("part") + ("占" + base if base else "占比")


# a clause saying the economy grew (香港经济恢复增长，) before a nameless rate of its growth
_ECONOMY_GREW = re.compile(r"经济[^，,；;。\d]{0,6}(?:增长|上升|回升|复苏|扩张)[，,]$")
# a clause releasing a thing's figures (公布第三季本地生产总值修订数字，) before a nameless rate
_FIGURES_OF = re.compile(
    r"(?:公布|发表|发布)了?(?:[\d〇零一二三四五六七八九]{4}年)?(?:第[一二三四]季度?|[一二三四]季度|全年"
    r"|[上下]半年|首[一二三四]季)?(?:的)?(?P<name>[\u4e00-\u9fff]{2,12}?)的?(?:修订|初步|预先)?"
    r"(?:统计)?(?:数字|数据)[，,]$")
_PERIOD_BEFORE_CUE = re.compile(r"按季|按月|环比")
_GROWS = re.compile(r"增长|上升|回升")


def _rate_named_before(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A rate whose own words name nothing, named by the clause before it: the economy that
    grew, the figures released, or the rate just before against another base."""
    indicator, text, pos, comma_start = r.indicator, sc.text, r.pos, r.comma_start
    if r.cand.unit != "%":
        return indicator
    if not indicator and comma_start > 0 and _GROWS.search(text, comma_start, pos):
        if _ECONOMY_GREW.search(text, 0, comma_start):
            return "经济"  # 香港经济恢复增长，全年实质增长3.2%: the economy's growth
        if figures := _FIGURES_OF.search(text, 0, comma_start):
            # 统计处公布第三季本地生产总值修订数字，按年实质增长1.8%: the figures released
            return figures.group("name")
    last = so.last_row()
    if ((not indicator or indicator.endswith("调整后")) and last is not None and last.indicator
            and last.sent_no == sc.sent.sent_no and last.kind == "growth_rate"
            and _PERIOD_BEFORE_CUE.search(text, comma_start, pos)):
        # 按年增长1.8%，经季节性调整后按季下跌1.1%: the same thing against the quarter before
        # (经季节性调整后: a condition, no name)
        return last.indicator
    return indicator


_EXCLUDING = re.compile(
    r"(?:剔除|扣除|撇除|除去|不计|不包括|未计)(?P<left_out>[^，,；;。的]{1,30}?)后?的")
# 即将, 必将, 也将: 将 of the future, not the one taking the thing changed
_WILL_BEFORE = frozenset("即必终势也又还亦均")


def _condition_left_out(text: str, start: int, pos: int) -> str:
    """How 剔除…(后)的 before the number ends (后的 or 的) when it leaves out a condition of
    computing it (价格因素, 一次性措施, 食品和能源价格); "" when there is none or it leaves out
    what an accounts' line item is defined without (扣除非经常性损益后的归母净利润: named whole)."""
    left = _EXCLUDING.search(text, start, pos)
    if left is None or left.group("left_out").endswith(metric_lexicon().defining_exclusions):
        return ""
    return "后的" if left.group().endswith("后的") else "的"


def _without_condition(sc: SentenceScope, r: Reading) -> str:
    """The name without a condition of the figure it took in: what is left out (剔除…后的), or
    who changed the thing and when (…将经济增长预测由…)."""
    indicator, text, pos = r.indicator, sc.text, r.pos
    if indicator and "的" in indicator and (
            end := _condition_left_out(text, r.comma_start, pos)) and end in indicator:
        # 剔除政府一次性纾困措施后的基本综合消费物价指数上升1.1%, 扣除食品和能源价格的核心CPI:
        # what is left out is a condition of the figure, not part of its name
        indicator = indicator[indicator.find(end) + len(end) :] or indicator
    if indicator and (at := indicator.rfind("将", 1)) > 0 and len(indicator) - at > 2 and (
            indicator[at - 1] not in _WILL_BEFORE) and text.endswith("由", 0, pos) and (
            TO_LEVEL.match(text, r.cand.end)):
        # 政府同日将经济增长预测由2.5%至3.5%收窄至2.5%: 将 takes the thing changed (the
        # forecast of growth), who changed it and when are no part of its name
        indicator = indicator[at + 1 :]
    return indicator


# a term's short form in brackets right after it (公共租住房屋（公屋）): 2 to 4 characters
_SHORT_FORM = re.compile(r"（(?P<short>[\u4e00-\u9fff]{2,4})）")
_SHORT_FORM_REACH = 8  # characters of the term before the bracket its short form is read from


def _without_short_form(indicator: str) -> str:
    """The name without a short form given in brackets for the term before it (公共租住房屋（公屋）
    一般申请者的平均轮候时间: 公屋 is 公共租住房屋 cut short), whose characters the term holds in
    order from its first; other notes in brackets (诊所（医务室）, 配偶（含港澳）) stay."""
    for found in _SHORT_FORM.finditer(indicator):
        term, short = indicator[max(0, found.start() - _SHORT_FORM_REACH) : found.start()], (
            found.group("short"))
        if short[0] in term and _in_order(short, term[term.index(short[0]) :]):
            return indicator[: found.start()] + indicator[found.end() :]
    return indicator


# kinds listed in brackets inside a name (再融资（增发、配股、可转债）金额), the name going on after
_KINDS_LISTED = re.compile(r"（(?:[\u4e00-\u9fffA-Za-z]{1,8}、)+[\u4e00-\u9fffA-Za-z]{1,8}）"
                          r"(?=[\u4e00-\u9fff])")
_PLACE_LEVELS = frozenset("省市县区乡镇州盟旗")  # 县（市、区）, 省（自治区、直辖市）: one level


def _without_kinds_listed(indicator: str) -> str:
    """The name without the kinds it spans listed in brackets inside it (深市上市公司再融资（增发、
    配股、可转债）金额 -> 深市上市公司再融资金额): examples of what it counts, no words of what it
    is; the levels a place's count spans (县（市、区）) stay."""
    found = _KINDS_LISTED.search(indicator)
    if found is None or not found.start() or indicator[found.start() - 1] in _PLACE_LEVELS:
        return indicator
    return indicator[: found.start()] + indicator[found.end() :]


def _in_order(short: str, term: str) -> bool:
    """Every character of ``short`` occurs in ``term`` in the same order."""
    rest = iter(term)
    return all(ch in rest for ch in short)


# a label and a colon right before a number, after the sentence's start, a bracket or a colon
_INLINE_LABEL = re.compile(r"(?:^|(?<=[）)：:]))([\u4e00-\u9fff]{2,12})[：:]$")
_NORMAL_LABELS = frozenset(("正常", "正常值", "常年", "常年值", "多年平均"))


def _labelled(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A colon label naming the figure after it (or the thing the figure is an aspect of), and
    the names that go on with the label's name later in the sentence."""
    indicator, own, label, text, pos = r.indicator, r.own, so.label, sc.text, r.pos
    if _LOT_CHARS.isdisjoint(text):
        pass  # (most sentences name no lot: the checks below cost nothing then)
    elif label and own and _LOT.fullmatch(own):
        return own + label  # 合同履行期限：包1为60日历天，包2为45日历天: each lot's term
    elif indicator and not _LOT.match(indicator) and (lot := _lot_heading(text, pos)):
        return lot + indicator  # 包1：…，预算金额298.6万元，最高限价295.0万元: the lot's
    if label and r.comma_start == so.label_end:
        if not own or own in RECORDING_VERBS or own in flow_words():
            indicator = label  # 招标控制价：38652.47万元 (not the paragraph's last name);
            # 乙类传染病：共报告9种: what was reported (报告发病率 after it keeps its own name)
        elif (len(own) <= LABEL_NAME_MAX and label not in own and own not in label
              and not sc.sent.is_heading and not _deed_named(sc, r, own)):
            so.label_of, indicator = own, label + own  # 服饰产业：实现产值… (成都土拍：7宗地块
            # 揽金…: a headline's label is its topic, no entity the figures are of)
    elif so.label_of and indicator.startswith(so.label_of) and not indicator.startswith(label):
        indicator = label + indicator  # …，占规模以上工业总产值的36.5%: the item's 产值
    elif not own and text[pos - 1 : pos] in ("：", ":") and (
            inline := _INLINE_LABEL.search(text, max(0, pos - 16), pos)) and (
            inline.group(1) not in _NORMAL_LABELS):
        # 年平均气温：24.1°C（正常：23.5°C）年总雨量：2780.3毫米 (lines of a list joined):
        # each label names the figure after it; the normal in brackets its line's figure
        indicator = inline.group(1)
    return indicator


# a lot of a tender (包1, 标段2, 第三标包, 子包A): procurement notices split one project into lots
# and give each its budget, ceiling price, term and deposit, item by item (包1：…预算金额…) or
# after the measure's label (合同履行期限：包1为60日历天，包2为…); a figure of one is that lot's
_LOT_CHARS = frozenset("包段")
_LOT = re.compile(r"(?:第[\d一二三四五六七八九十]{1,3}(?:标段|标包|包件|分包|包)"
                  r"|(?:标段|标包|包件|分包|子包|包)[\dA-Z一二三四五六七八九十]{1,3}号?)")
_LOT_OPENS = re.compile(rf"(?:^|(?<=[；;。\s]))({_LOT.pattern})[：:]")


def _lot_heading(text: str, pos: int) -> str:
    """The lot whose item (包1：…) the figure at pos falls in, the last opened before it, or ""."""
    last = ""
    for m in _LOT_OPENS.finditer(text, 0, pos):
        last = m.group(1)
    return last


def _deed_named(sc: SentenceScope, r: Reading, own: str) -> bool:
    """The figure's own name opens with a verb (旁听及新闻媒体：设旁听席10个): a deed names the
    figure whole, the label only the topic it falls under (产值 after 服饰产业： is an aspect
    of the label's thing)."""
    first = next((t for t in tokens_in(sc.toks, r.start, r.pos) if own.startswith(t.word)), None)
    return first is not None and first.pos == VERB_TAG


# a disaster opening a sentence (干旱灾害主要发生在…, 低温冷冻和雪灾主要发生在…, 地质灾害共
# 发生…), not every kind of them (各种自然灾害共造成…: no one disaster's toll)
_DISASTER_TOPIC = re.compile(r"(?P<topic>(?!各种|各类|所有)[\u4e00-\u9fff]{0,8}?"
                             r"(?:灾害|雪灾|冰雹|地震|火灾|干旱|洪涝|台风))(?:主要|共|造成|[，,])")
_NEW_VERBS = ("新增", "新建", "新认定", "新培育", "新引进")
# a 分别 list of rates with no items of its own (分别比上年增长…, 分别比上年末增加…, 分别增长…)
_RATES_OF_FIGURES = re.compile(
    r"分别(?:比上年末?|较上年末?|比上年同期|同比)?(?:增长|增加|下降|减少|提高|上升|上涨|降低)")


# an item of a list of counts (主板3家, 科创板2家, 北交所2家)
_COUNTED_ITEM = re.compile(r"(?P<item>[\u4e00-\u9fffA-Za-z]{2,6}?)"
                           r"[\d一二三四五六七八九十]+[家个项只户]")
_LIST_JOINTS = re.compile(r"、|和|及")


def _item_of_list_before(sc: SentenceScope, r: Reading, at: int) -> str:
    """The item, of a 、 list of counts making up the clause before, that the number after 分别
    is the figure of (its place in the 分别 list), when this clause's name is only what the list
    is measured by (首发募资分别为…) and the two lists are as long; "" else."""
    text = sc.text
    name = text[r.comma_start : at]
    if len(name) < 2 or not r.indicator.endswith(name) or r.comma_start < 2:
        return ""
    start = clause_start(text, r.comma_start - 1, CLAUSE_MARKS)
    parts = _LIST_JOINTS.split(text[start : r.comma_start - 1])
    found = [_COUNTED_ITEM.fullmatch(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return ""
    end = next((i for i in (text.find(m, at) for m in "，,；;。") if i >= 0), len(text))
    group = [c for c in sc.cands if at < c.start < end]
    if len(group) != len(parts) or r.cand not in group:
        return ""
    return found[group.index(r.cand)].group("item") + name  # type: ignore[union-attr]


def _qualified_like_before(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """小学、初中专任教师分别为…；生师比分别为15.92∶1、13.57∶1: the i-th of a 分别 list with no
    items of its own is of the i-th class the last n figures' names qualify, when those names
    are one measure (their common end) each after its own class; "" else."""
    name, text = r.indicator, sc.text
    at = text.rfind(_RESPECTIVELY, r.comma_start, r.pos)  # (not an earlier list's 分别)
    if not name or "、" in name or at < 0 or name.startswith(_SHARE_VERB_OPENING):
        return ""  # (…增加值分别增长10.4%和9.2%，占规模以上工业的比重分别为…: of the base only)
    end = next((i for i in (text.find(m, at) for m in "，；;。") if i >= 0), len(text))
    group = [c for c in sc.cands if at < c.start < end]
    n = len(group)
    if n < 2 or r.cand not in group:
        return ""
    rows = [*sc.prior_rows, *so.out]  # (…分别为20.75万人、14.32万人；生师比分别为…: the
    # figures before may be the sentence's before a ；)
    names = [m.indicator for m in rows][: len(rows) - group.index(r.cand)]
    if len(names) < n or not all(names[-n:]):
        return ""
    parts: list[str] = names[-n:]  # type: ignore[assignment]
    shared = 0
    while shared < min(map(len, parts)) and len({p[-shared - 1] for p in parts}) == 1:
        shared += 1
    words = _tagged(parts[0])
    if shared >= _CLASSED_MEASURE_MIN and (verb := next((
            t for t in words if t[1] >= len(parts[0]) - shared and t[2] == "v"),
            None)) is not None:
        shared = len(parts[0]) - verb[1]  # (流通环节抽检, 餐饮环节抽检: the deed 抽检 is shared,
        # 环节 is each class's)
    starts = [t[1] for t in words if t[1] >= len(parts[0]) - shared]
    if not starts:
        return ""
    shared = len(parts[0]) - min(starts)  # (初中专任教师, 高中专任教师: 中 is of each class's
    # word, the classes end where a word does)
    classes = [p[: len(p) - shared] for p in parts]
    own = text[r.comma_start : at]
    carried = next((c for c in classes if c and name.startswith(c) and c not in own), "")
    name = name[len(carried) :]  # (the list's later figures: the first one's name carried on)
    if (shared < _CLASSED_MEASURE_MIN or not all(0 < len(c) <= _CLASS_MAX_CHARS for c in classes)
            or len(set(classes)) != n or any(name.startswith(c) for c in classes)
            or len(name) < _CLASSED_MEASURE_MIN or name in parts):
        return ""
    return classes[group.index(r.cand)] + name


_RESPECTIVELY = "分别"
_SHARE_VERB_OPENING = "占"
_CLASSED_MEASURE_MIN = 2  # characters of the measure the figures before share (抽检, 专任教师)


def _tagged(name: str) -> list[tuple[str, int, str]]:
    """The words of a name with where each starts and its tag."""
    out, at = [], 0
    for word, tag in default_segmenter().tag(name):
        out.append((word, at, tag))
        at += len(word)
    return out
_CLASS_MAX_CHARS = 6  # characters of each one's class (流通环节, 小学)


def _respective_part(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """After 分别 with no items of its own, each number is of one of the figures before it, in
    order (their shares of a base, their rates); after items, each item's share of the base."""
    indicator, text, cand, at = r.indicator, sc.text, r.cand, r.resp_pos
    if not r.listed and so.out and text.startswith("分别占", at):
        if indicator.startswith("占"):
            so.share_base = indicator
        part = parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out])
        if part is not None and so.share_base:
            indicator = part + so.share_base  # 观影人次…，分别占全国的4.6%: 观影人次占全国
    elif not r.listed and so.out and _RATES_OF_FIGURES.match(text, at):
        # 实缴单位2.35万家，实缴职工98.72万人，分别比上年增长8.9%、3.3%: each rate is of one
        # of the figures just before it, in order
        part = parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out],
                            distinct=False)
        if part is None:
            part = _rates_against_another_base(sc, so, r)
        if part is not None:
            indicator = part
    elif not r.listed and so.out and (rate := _rate_head(text[r.comma_start : at])):
        # …装备制造业增加值增长7.8%，高技术制造业增加值增长8.2%，增速分别快于…2.5和2.9个百分
        # 点: each number is the rate (增速) of one of the figures just before it, in order
        part = parts_before(text, cand, sc.cands, at, [m.indicator for m in so.out])
        if part is not None:
            indicator = part if part.endswith(rate) else part + rate
    elif not r.listed and (part := _item_of_list_before(sc, r, at)):
        # 分板块看，主板3家、科创板2家…，首发募资分别为52.30亿元、41.85亿元…: each figure is of
        # one item the clause before counted, in order, with this clause's name
        indicator = part
    elif r.listed and text.startswith("分别占", at):
        of = text.find("的", at, r.pos)
        if of > at + 3 and "占" not in indicator:
            # A、B分别为…，分别占用水总量的59.7%、…: each item's share of the base
            indicator += text[at + 2 : of]
    if indicator == r.indicator and not r.listed and (so.out or sc.prior_rows) and (
            part := _qualified_like_before(sc, so, r)):
        # 流通环节抽检4126批次、餐饮环节抽检2853批次，不合格率分别为2.42%、2.31%: each figure is
        # of one of the classes the figures just before it were of, in order (the classes:
        # what their names put before the words they share)
        indicator = part
    return indicator


# a listed company's stock code, after its name (长沙银行（601577）)
_STOCK_CODE = re.compile(r"[（(]\d{6}(?:\.[A-Z]{2})?[）)]")
_NAME_REACH = 10  # characters of a company's name before its code
_BY = ("按", "以")  # (长沙银行按一级资本排名第227位, 以营业收入位列第86位: the measure it is
# ranked by)


@lru_cache(maxsize=256)
def own_company(raw: str) -> str:
    """The listed company a text is about, in Simplified script: named with its stock code
    and opening the title (长沙银行2024年净利润78.6亿元 … 长沙银行（601577）披露…); "" for a
    text on many (a market report's 贵州茅台（600519）收涨…); with no stock code, the company
    whose site the page is on (:func:`_banner_company`)."""
    code = _STOCK_CODE.search(raw)
    if code is None:
        return _banner_company(raw) or _defined_company(raw)
    title = next((line.strip() for line in raw.splitlines() if line.strip()), "")
    for found in _STOCK_CODE.finditer(raw, code.start()):
        name = raw[max(0, found.start() - _NAME_REACH) : found.start()]
        own = next((name[i:] for i in range(len(name) - 1) if title.startswith(name[i:])), "")
        if own:
            return to_simplified_aligned(own)  # (names are compared in Simplified: 長沙銀行)
    return ""


def _own_name_in(indicator: str, raw: str, home_place: str | None, before: str) -> str:
    """The report's own company opening ``indicator``, written whole or after its place the
    home took off (深圳地铁加开列车 -> 地铁加开列车: 地铁), or after its place the subject took
    off where ``before`` (the text up to the figure) last writes it whole (中国宏建实现营业收入 ->
    宏建营业收入: 宏建; not its subsidiaries' 宏建一局), or ""."""
    own = own_company(raw)
    if not own:
        return ""
    if indicator.startswith(own):
        return own
    bare = strip_home(own, home_place)
    if bare == own:
        bare = _without_leading_place(own)  # (中国宏建: 中国 went to the subject)
    if not bare or bare == own or not indicator.startswith(bare):
        return ""
    at = before.rfind(bare)  # (宏建一局、宏建三局…: its subsidiaries' names, written alone)
    return bare if at >= 0 and before.endswith(own[: len(own) - len(bare)], 0, at) else ""


def _without_leading_place(own: str) -> str:
    """A company's short name without the place it opens with (中国宏建 -> 宏建), when what
    is left is a name of two characters at least, else ""."""
    return next((own[n:] for n in (2, 3) if len(own) - n >= _SHORT_NAME_MIN
                 and is_place_token(own[:n])), "")


_SHORT_NAME_MIN = 2
# a company's full name and the short name the text gives it (中国宏建集团有限公司（以下简称
# “中国宏建”）): the text goes on to call the company by that name
_DEFINED_SHORT = re.compile(
    r"(?:公司|集团|集團|银行|銀行)[（(](?:以下|下文)?(?:简称|簡稱|称|稱)[：:]?[“「\"]?"
    r"(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”」\"]?[）)]")
_LEAD_CHARS = 800  # a release defines the firm it is about in its lead paragraph


def _defined_company(raw: str) -> str:
    """The company a text defines a short name for in its lead (…集团有限公司（以下简称
    “中国宏建”）) and writes in its headline (中国宏建：前三季度…): the text is that company's
    own news, in Simplified script; else "". A text naming several firms defines each in
    passing and heads with none of them."""
    if "称" not in raw[:_LEAD_CHARS] and "稱" not in raw[:_LEAD_CHARS]:
        return ""
    found = _DEFINED_SHORT.search(raw, 0, _LEAD_CHARS)
    if found is None:
        return ""
    short = found.group("short")
    lead = raw.rfind("\n", 0, found.start())  # (the lines above the defining one)
    heads = [line.strip() for line in raw[: max(lead, 0)].splitlines() if line.strip()]
    headed = any(short in line for line in heads[:_BANNER_LINES])
    return to_simplified_aligned(short) if headed else ""


# a company's legal form, and its group word, after its short name (深圳市地铁集团有限公司)
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
_CITY_LEVEL = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2})市")
_BANNER_LINES = 6  # lines at a page's top where its headline follows the site's banner


def _banner_company(raw: str) -> str:
    """The company whose site a page is on: the banner line opening it names the company in
    full (深圳市地铁集团有限公司) and the headline after it opens with the short name (深圳地铁10月
    客流再创新高…): that short name in Simplified script, or ""."""
    lines = [line.strip() for line in raw.splitlines()[: _BANNER_LINES * 2] if line.strip()]
    if not lines or _LEGAL_FORM.search(lines[0]) is None:
        return ""
    banner = to_simplified_aligned(lines[0])
    short = _CITY_LEVEL.sub(r"\g<place>", _LEGAL_FORM.sub("", banner))
    if len(short) < _SHORT_MIN:
        return ""
    heads = (to_simplified_aligned(line) for line in lines[1:_BANNER_LINES])
    return short if any(line.startswith(short) for line in heads) else ""


_SHORT_MIN = 4  # characters: a place and a trade at least (深圳地铁)
# the kinds of body that write their own reports and call themselves by the kind alone (湘潭市
# 中心医院2024年度工作报告 … 医院完成门急诊…; 某某区人民法院工作报告 … 法院受理案件…)
_BODIES = ("医院", "法院", "检察院", "学院")
# a heading naming one such body: its proper name (two characters at least) before the kind
_BODY_HEADING = re.compile(r"[\u4e00-\u9fff]{2,}?(?P<body>" + "|".join(_BODIES) + ")")


@lru_cache(maxsize=256)
def own_body(raw: str) -> str:
    """The kind of body a text is the own report of (医院), when a heading line at its top
    names one (湘潭市中心医院2024年度工作报告) and the text speaks of itself as 全院 / 本院 /
    我院 at least once; "" otherwise (a health bulletin's 医院 are a class of institutions)."""
    if not any(w in raw for w in _SELF_WORDS):
        return ""
    lines = [line.strip() for line in raw.splitlines()[: _BANNER_LINES * 2] if line.strip()]
    for line in lines[:_BANNER_LINES]:
        if (found := _BODY_HEADING.search(to_simplified_aligned(line))) is not None:
            return found.group("body")
    return ""


_SELF_WORDS = ("全院", "本院", "我院")


def _without_own_body(name: str, body: str) -> str:
    """``name`` without the body opening it, and the prefix words after it (医院将力争门急诊
    人次 -> 门急诊人次); unchanged when the body's word is the first of a longer word the
    segmenter knows (医院感染发生率: a hospital-acquired infection's rate)."""
    if default_segmenter().cut(name)[0] != body:
        return name
    rest = _without_prefix_words(name[len(body) :])
    return rest if len(rest) >= 2 else name
_PER_BASE = "为每"
_MONEY = "currency"
_OURS = ("全", "本", "我", "该", "各")
# a name that gives the trade partner of its figure (来自美国接单, 自日本进口, 对东盟出口)
_PARTNER_NAMED = re.compile(r"^(?:来自|自|对)")


def _partner_alone(sc: SentenceScope, r: Reading) -> str:
    """来自中国大陆及香港接单158.2亿美元；欧洲86.1亿美元: a clause of a partner alone after names
    of partners is named by the partner (欧洲), not by the name before it."""
    indicator = r.indicator
    if not indicator or r.cand.category != _MONEY or (
            _PARTNER_NAMED.match(indicator) is None
            and not is_place_token(indicator)):  # (东协… after 欧洲…)
        return indicator
    own = [t for t in tokens_in(sc.toks, r.comma_start, r.pos) if t.word not in CLAUSE_MARKS]
    if (len(own) == 1 and is_place_token(own[0].word, own[0].pos)
            and not own[0].word.startswith(_OURS)):  # (全省21个地级以上市中: the whole)
        return own[0].word
    return indicator


_HARMS = frozenset(("死亡", "受伤", "失踪", "遇难", "伤亡", "受灾"))
_OCCURRED = "发生"


def _harm_of_the_same(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """道路运输领域发生事故121起、死亡97人: the harm listed right after the events is of the
    same field (道路运输领域死亡; 涉及电动自行车的事故38起、死亡29人: 涉及电动自行车的事故
    死亡); events named from their verb on (全市共发生事故186起、死亡143人) leave it 死亡."""
    indicator = r.indicator
    if indicator not in _HARMS or not so.out or not so.out[-1].indicator:
        return indicator
    at = sc.cands.index(r.cand) if r.cand in sc.cands else 0
    if at == 0 or sc.text[sc.cands[at - 1].end : r.pos] != "、" + indicator:
        return indicator
    events = so.out[-1].indicator
    field = events[: events.find(_OCCURRED)] if _OCCURRED in events else events
    return field + indicator if field and field not in _HARMS else indicator


# a second base right after a 分别 list of rates (同比分别下降9.4%和6.1%，环比分别下降…)
_ANOTHER_BASE = re.compile(r"[，,]\s?(?:环比|同比|比上年同期|比上年|较上年|比上月|较上月)?$")


def _rates_against_another_base(sc: SentenceScope, so: SoFar, r: Reading) -> str | None:
    """发生事故58起、死亡46人，同比分别下降9.4%和6.1%，环比分别下降6.5%和4.2%: the second 分别
    list's rates are of the same figures as the first's, in the same order (its i-th rate named
    as the first list's i-th)."""
    text, at = sc.text, r.resp_pos
    group = [c for c in sc.cands if at < c.start and not _CLAUSE_BREAK.search(text, at, c.start)]
    before = [c for c in sc.cands if c.end <= at]
    n = len(group)
    if n < 2 or r.cand not in group or len(before) < n or len(so.out) < n + group.index(r.cand):
        return None
    first = before[-n:]
    earlier = text.rfind("分别", 0, first[0].start)
    if (earlier < 0 or not _RATES_OF_FIGURES.match(text, earlier)
            or _CLAUSE_BREAK.search(text, earlier, first[-1].start)
            or not _ANOTHER_BASE.search(text, first[-1].end, at)):
        return None
    rows = so.out[: len(so.out) - group.index(r.cand)][-n:]
    if any(not row.quote.endswith(text[c.num_start : c.end]) for row, c in zip(rows, first,
                                                                               strict=True)):
        return None
    return rows[group.index(r.cand)].indicator


_CLAUSE_BREAK = re.compile(r"[，,；;。]")


def _rate_head(head: str) -> str | None:
    """The rate word (增速, 涨幅) when it is all the words a 分别 list has before it."""
    head = head.strip("，,；; ")
    return head if head in metric_lexicon().growth_indicators else None


# 粮食产量437.9亿斤，连续11年稳定在430亿斤以上 / 总产量连续12年稳定在…: a streak's length
# names nothing; the floor it holds is of the thing named before (or before the streak)
# (外汇储备规模连续第4个月保持在…: the streak counted as an ordinal, the same)
_STREAK = re.compile(r"连续第?[\d〇零一二两三四五六七八九十百]+个?(?:年|月|季度|天|周)$")


_RANK_LINK = "为"
# the set a rank is taken in (在31个一级行业中排名第2, 在全国31个省份中居第5位)
# a sentence opening with the assessment it reports on (在2024年度全省营商环境评价中，): its
# period, then what is assessed, ending with a word of assessing or ranking
_ASSESSED_IN = re.compile(r"在(?:\d{4}(?:年度|年)|上一?年度|今年|去年)?"
                          r"(?P<test>[^，,；;。在]{2,20}?"
                          r"(?:考核|评价|评估|测评|考评|评比|评选|排名|排行榜?|监测))中[，,]")
_RANKED_AMONG = re.compile(r"在(?P<set>[^，,；;。]{1,16})中(?:排名|排在|排|位居|居|位列|列)?$")


def streak_or_rank_named(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """(After the subject is split off.) A level held for a streak, or a rank, that names
    nothing is of the last thing named; a streak's length is no part of a name."""
    earlier = so.indicator or sc.carried
    if r.cand.ordinal and (not r.indicator or r.nameless or r.indicator not in sc.text[
            r.comma_start : r.pos]) and (scored := _ASSESSED_IN.match(sc.text)) is not None:
        # 在2023年度全国三级公立医院绩效考核中，医院等级为A，排名第186位: a rank whose clause
        # names no measure is its place in the assessment the sentence opens with
        r.indicator, r.nameless = _without_owner(scored.group("test")), False
        return  # (全省营商环境评价: the home's scope word goes, as 全省 opening any name)
    if r.nameless and earlier and "连续" in sc.text[r.comma_start : r.pos]:
        r.indicator, r.nameless = earlier, False  # 连续11年稳定在…
    elif r.indicator and "连续" in r.indicator and (streak := _STREAK.search(r.indicator)):
        # 总产量连续12年稳定在32亿斤以上: 总产量 (…规模已连续9个月: 已 is the streak's)
        r.indicator = r.indicator[: streak.start()].removesuffix("已")
    if r.cand.ordinal and r.indicator.startswith(_RANK_LINK):
        # 为今年以来单日票房第二高: the link before a record's rank names nothing, nor a period
        # word after it (单日)
        name = r.indicator[len(_RANK_LINK) :]
        r.indicator = next((name[len(w) :] for w in metric_lexicon().prefix_words
                            if name.startswith(w) and len(name) > len(w) + 1), name)
    if not r.indicator and r.cand.ordinal and earlier:
        # …，是有记录以来第二高: a rank naming nothing ranks the last thing named
        r.indicator, r.nameless = earlier, False
    elif (r.cand.ordinal and r.indicator and (
            among := _RANKED_AMONG.search(sc.text, r.comma_start, r.pos)) is not None
            and r.indicator in among.group("set")):
        # 年内累计涨幅达到18.6%，在31个一级行业中排名第2: the set ranked among (and its size)
        # names nothing, the rank is of the last thing named before it
        r.indicator = next((m.indicator for m in reversed(so.out) if m.indicator
                            and m.indicator not in among.group("set")), r.indicator)
