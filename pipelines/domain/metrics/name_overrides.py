"""Phrasings whose figure the general naming (:mod:`.names_before`, :mod:`.names_after`,
:mod:`.names_from_earlier`) names wrongly, each corrected by a rule of its own, applied in order
by :func:`renamed`: here a nameless rate after a clause naming what grew, a condition taken into
the name (剔除…后的, 将…由), a share against a base amount or the thing's own past, a change in
the last figure's unit, an exchange rate, a ranked measure; after the subject is split off, a
streak's length or a rank that names nothing. The other rules live by what they read: brackets
(:mod:`.name_brackets`), colon labels (:mod:`.name_labels`), goals (:mod:`.name_goals`), the
parts of a 分别 list (:mod:`.name_lists`), the text's own company or body (:mod:`.name_owners`),
members of a group counted before (:mod:`.group_members`).

Each rule reads the sentence (:class:`.reading.SentenceScope`), what the numbers before left
(:class:`.reading.SoFar`) and the number's reading so far (:class:`.reading.Reading`), and
returns the name it gives (the name as it was when it does not apply).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.clauses import CLAUSE_MARKS, clause_start
from pipelines.domain.metrics.goal_words import TO_LEVEL
from pipelines.domain.metrics.group_members import (
    AMONG_THEM,
    BOUNDS,
    MEMBERS_OF,
    OF,
    any_scope_group,
    at_fault,
    bare_state_after,
    bare_verb_of_last,
    bare_verb_on_last_object,
    basin_of_scope,
    group_counted,
    in_scope_noun,
    members_after,
    members_bounded_after,
    members_defined,
    members_name,
    members_named,
    of_members_counted,
    own_verb_of_last,
    paragraph_before,
    scope_members,
    verb_of_last,
)
from pipelines.domain.metrics.kind import CHANGE_SIZE, SIZE_GIVEN
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_brackets import (
    after_aside,
    bracketed_item,
    note_cut_open,
    without_classes,
    without_kinds_listed,
    without_short_form,
)
from pipelines.domain.metrics.name_cuts import SIZE_TAIL
from pipelines.domain.metrics.name_goals import bare_goal, goal_of_last
from pipelines.domain.metrics.name_labels import labelled
from pipelines.domain.metrics.name_lists import harm_of_the_same, respective_part
from pipelines.domain.metrics.name_owners import (
    ABBREVIATION_WORD,
    ABBREVIATION_WORD_TRAD,
    own_body,
    own_name_in,
    own_trade,
    partner_alone,
    without_own_body,
    without_own_subject,
)
from pipelines.domain.metrics.place_names import strip_home
from pipelines.domain.metrics.ranked_changes import measure_changed, ranked_change
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar
from pipelines.domain.metrics.trim_words import without_owner, without_prefix_words
from pipelines.domain.units import unit_lexicon

_ALL_LEVELS = "各级"
# a radius around a point (震中100公里范围内, 周边20公里范围内) or the area a disaster hit (灾区)
# opening a name
_RADIUS = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:周边|周围)?\d+(?:\.\d+)?(?:公里|千米|米)"
                     r"(?:范围)?(?:内|以内)|灾区(?=共|设置|设立|搭建|建成|转移|安置))")


# a ceiling an authority sets for the home (财政部核定我省地方政府债务限额, 省财政厅核定我县
# 政府债务限额)
_CEILING_SET = re.compile(r"[\u4e00-\u9fff]{0,8}?核定(?:我|本|全)[省市县区]"
                          r"(?P<ceiling>[\u4e00-\u9fff]{2,16}限额)$")
# 对 + whom a deed is done on, opening a name (对重点排放单位开展…检查, 对已办结工单进行回访)
_AIMED_AT = re.compile(r"对[\u4e00-\u9fff“”]{1,12}?(?P<deed>开展|进行)")

def _deed_words() -> tuple[str, ...]:
    """Verbs of a deed done (投入, 出动, 新建: the lexicon's flow verbs and actual cues)."""
    lex = metric_lexicon()
    return tuple(sorted({*lex.flow_verbs, *lex.actual_cues}, key=len, reverse=True))


# a company's text naming itself at a name's start (本公司, 本集团, 本行); not before the owners a
# statement's line attributes a figure to (本公司拥有人应占溢利, 本公司股东应占…)
_SELF_COMPANY = re.compile(r"本(?:公司|集团|行)(?!拥有人|股东|权益持有人|普通股)")


_DISPOSAL = "将"
_DISPOSED = re.compile(r"(?<=[中内上])将([\u4e00-\u9fff“”]{2,})$")  # (…汇算中将X: in a span)
_SET_TO = ("提高到", "提高至", "提升到", "提升至", "降低到", "降低至", "降至", "降到", "控制在",
           "压缩至", "压缩到", "缩短至", "缩短到")
_GRID = "电网"
_LEVEL_ENDS = ("省", "市")


def _home_grid(sc: SentenceScope, r: Reading) -> bool:
    """The name's 电网 follows the home's name in the text (江苏电网, 江苏省电网)."""
    home = sc.home_place
    if not home:
        return False
    before = sc.text[: r.pos]
    return any(f"{h}{r.indicator}" in before or f"{h}{r.indicator}" in sc.text
               for h in {home, home.removesuffix(_LEVEL_ENDS[0]).removesuffix(_LEVEL_ENDS[1])})


_EACH = "各"
# every place of a level (各设区市, 各地市, 各县（市、区）): a scope, no measure
_EACH_PLACE = re.compile(r"各(?:设区市|地级市|地市|市州|城市|市|县（市、区）|县市区|县区|区县"
                         r"|省份|省|地区|地)")


def _named_before(so: SoFar) -> str | None:
    """The last name the sentence gave a measure (no count of things: 11个…的设区市)."""
    for row in reversed(so.out):
        if row.indicator and row.unit != "个":
            return row.indicator
    return None


def renamed(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """The number's name after every rule, in order (a later rule reads an earlier's name)."""
    if r.pos and (sc.text[r.pos - 1] in _OPEN or _CHANGE_BRACKETED.search(
            sc.text, max(0, r.pos - 4), r.pos)) and sc.text.startswith(_CLOSE, r.cand.end):
        r.indicator = bracketed_item(sc, r)
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
          and sc.text.startswith(_CLOSE, so.end) and after_aside(sc, so, r)):
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
    if r.indicator.startswith(_ONLY_REACHES) and so.out and so.out[-1].indicator and (
            r.cand.unit == _PERCENT):
        # 其平均每戶可支配所得為82萬5,610元，僅及全體家庭之69.6%: the level just given as a share
        # of another group's, named by the level (as 仅为全国平均水平的六成)
        r.indicator = so.out[-1].indicator
    if r.cand.unit == "%" and (head := ranked_change(sc.text, r.pos)) is not None and (
            measure := measure_changed(sc.text, head, _named_before(so))):
        # 改善幅度居前三位的为淮安（9.6%）、…: the change of the measure named before (the place
        # in front of the bracket its subject)
        r.indicator = measure
    if sc.carried and r.indicator and _EACH in sc.text[r.comma_start : r.pos] and (
            each := _EACH_PLACE.search(sc.text, r.comma_start, r.pos)) is not None and (
            each.group().endswith(r.indicator)):
        # 优良天数比率方面，各设区市在70.1%—89.8%之间: the places a range or a list runs over
        # name no measure; the sentence's topic (or the paragraph's last name) does
        r.indicator = sc.carried
    if _RECORD_CHARS.intersection(r.indicator):
        r.indicator = _without_record(sc, r)
    r.indicator = _without_cause_and_home(r.indicator)
    r.indicator = _without_frame_words(r.indicator)
    if r.indicator.startswith(_SINCE_FROM) and len(r.indicator) > 2 and any(
            p.text.endswith(_SINCE) and p.start > 0 and sc.text[p.start - 1] == r.indicator[0]
            for p in sc.spans):
        r.indicator = r.indicator[1:]  # 自2015年以来累计供水…: 自 opens the since-span
    r.indicator = _without_change_adverb(so, r)
    r.indicator = _change_size_of_last(sc, so, r)
    r.indicator = _size_word_closing(sc, so, r)
    r.indicator = _government_speaking(sc, r)
    if r.indicator.endswith(_OF_LITERARY) and _SHARE_VERB in r.indicator[:-1]:
        r.indicator = r.indicator[:-1]  # 受僱就業者…占就業者之79.15%: 之 the written 的 of a base
    r.indicator = _adjustment_level(sc, r)
    r.indicator = _floor_topped_up(sc, r)
    if r.indicator.startswith(_NEEDED) and (need := _NEED_BEFORE_VERB.match(r.indicator)):
        r.indicator = r.indicator[need.end() :]  # 全年需增加基本养老金支出约58.6亿元: 需 a modal
        # before the deed (预计每年需资金: 需 the verb itself, kept)
    r.indicator = _provided_for(sc, r)
    r.indicator = _rate_named_before(sc, so, r)
    r.indicator = _main_part_share(sc, r)
    r.indicator = harm_of_the_same(sc, so, r)
    r.indicator = partner_alone(sc, r)
    if _PER_BASE in r.indicator[2:]:
        r.indicator = r.indicator[: r.indicator.index(_PER_BASE, 2)]  # 有效申诉率为每百万件
        # 快递业务量0.42件: the base a rate is per is no part of its name
    if (slashed := _SLASH_ITEMS.search(r.indicator)) is not None:
        # 上调公司归母净利润预测至7.42/9.65/12.18亿元（原预测为7.05/9.12/11.40亿元): a slash list's
        # earlier items, and the revision's words around them, are no name; the thing forecast is
        # (the last name when nothing is left: 原预测为…)
        head = _REVISED.sub("", without_prefix_words(r.indicator[: slashed.start()]))
        r.indicator = without_prefix_words(head) if len(head) > 1 else (
            so.out[-1].indicator if so.out and so.out[-1].indicator else r.indicator)
    elif (revised := _REVISION.match(r.indicator)) is not None and _FORECAST_WORDS.search(
            r.gap):
        # 下调公司营业收入预测至31.2/36.8/42.5亿元（原预测为32.0/…）: each number of the list read
        # alone, the revision's words before the thing forecast name nothing either
        head = without_prefix_words(r.indicator[revised.end() :])
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
        r.indicator = without_prefix_words(r.indicator[quarter.end() :])
    if sc.raw is not None and (own := own_name_in(r.indicator, sc.raw, sc.home_place,
                                                   sc.text[: r.pos])):
        # 长沙银行资产总额 in 长沙银行's own results: the company is the report's, as 公司 is
        rest = r.indicator[len(own) :]
        rest = rest[1:] if rest.startswith(_BY) and len(rest) > 2 else rest
        r.indicator = rest if len(rest) > 1 else r.indicator
    if sc.raw is not None and (body := own_body(sc.raw)) and r.indicator.startswith(body):
        # 医院完成门急诊186.43万人次 in 湘潭市中心医院's own report: the body the text is
        # (医院, as 公司 in a company's) is its home, no word of the name
        r.indicator = without_own_body(r.indicator, body)
    elif sc.raw is not None and (trade := own_trade(sc.raw)) and r.indicator.startswith(trade):
        # 民航完成旅客运输量… in 民航局's monthly figures: the trade the authority's text is on
        # is its home, no word of the name (as a body in its own report)
        r.indicator = without_own_body(r.indicator, trade)
    elif sc.raw is not None and (ABBREVIATION_WORD in sc.raw or ABBREVIATION_WORD_TRAD in sc.raw):
        # 全国碳市场碳排放配额收盘价 in the text on 全国碳排放权交易市场（以下简称全国碳市场）: the
        # subject the text is on, and abbreviates, is no word of the name
        r.indicator = without_own_subject(r.indicator, sc.raw)
    if _DISPOSAL in r.indicator[1:] and (moved := _DISPOSED.search(r.indicator)) is not None and (
            sc.text[r.pos - len(r.gap) : r.pos].startswith(_SET_TO)):
        # 争取在2025年度汇算中将预填数据准确率提高到99%以上: 将 (把) puts the thing set before
        # its verb, the words before it (where, when) no part of its name
        r.indicator = moved.group(1)
    if r.indicator.startswith(_GRID) and len(r.indicator) > len(_GRID) + 1 and _home_grid(sc, r):
        # 江苏电网最高用电负荷达1.52亿千瓦 in 江苏's news: the home's grid is the home's power
        # system, dropped with the home (as 全省最高用电负荷)
        r.indicator = r.indicator[len(_GRID) :]
    if (ceiling := _CEILING_SET.match(r.indicator)) is not None:
        # 财政部核定我省地方政府债务限额18526.4亿元: the ceiling set for the home, named by what it
        # caps; who set it and the home are no part (the kind other says it is a ceiling)
        r.indicator = ceiling.group("ceiling")
    if (aimed := _AIMED_AT.match(r.indicator)) is not None and (
            len(r.indicator) - aimed.end() >= _MEASURE_MIN):
        # 对重点排放单位开展碳排放数据质量检查1320家次: whom a check is done on is dropped, as a
        # recipient after 向 is (session 23); the deed names the count
        r.indicator = r.indicator[aimed.start("deed") :]
    if (radius := _RADIUS.match(r.indicator)) is not None and len(r.indicator) - radius.end() >= 2:
        # 震中100公里范围内发生5级以上地震, 灾区设置集中安置点: where the count is taken (a radius
        # around a point, the area hit) is its scope, no word of what is counted
        r.indicator = without_prefix_words(r.indicator[radius.end() :])
    if r.indicator.startswith(_ALL_LEVELS) and (
            rest := r.indicator[len(_ALL_LEVELS) :]).startswith(_deed_words()):
        # 各级累计投入救援力量: every level of government as the doer, no word of what is done
        # (各级财政安排…资金, 各级各类学校: a noun after it, kept)
        r.indicator = rest
    if (self_named := _SELF_COMPANY.match(r.indicator)) is not None:
        # 本公司合并营业收入, 本公司员工人数, 本公司预估…: a company's text speaking of itself (as
        # 公司 is, a prefix word the segmenter cuts as 本|公司); 本公司拥有人应占溢利 (what the
        # owners of the company are attributed) is a statement's line, kept
        rest = without_prefix_words(r.indicator[self_named.end() :])
        r.indicator = rest if len(rest) >= 2 else r.indicator
    if (r.indicator.endswith(_POPULATION_CHANGES) or r.indicator in _BARE_POPULATION_CHANGES) and (
            r.gap.startswith(_CHANGE_VERBS)):
        # 人口自然减少6,435人, 人口社会增加563人: a population's natural or migratory change is
        # one term whichever way it went (人口自然增加, its sign the value's)
        r.indicator += _GROWN if r.gap.startswith(_GROWN) else _ADDED
    r.indicator = _share_with_base_amount(sc, so, r)
    if r.cand.unit == "%" and sc.text.endswith(_SHARE_IN_BRACKET, max(0, r.pos - 16), r.pos):
        r.indicator = _bracketed_share(sc.text, r)
    if _PURPOSE in r.indicator and not r.indicator.startswith(_PURPOSE_BY):
        r.indicator = _purpose_kept(sc.text, r)
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
    r.indicator = goal_of_last(sc, so, r)
    r.indicator = bare_goal(sc, so, r)
    r.indicator = _rate_quoted(sc, so, r)
    r.indicator = _without_condition(sc, r)
    if "）" in r.indicator or ")" in r.indicator:
        r.indicator = note_cut_open(sc.text, r.comma_start, r.pos, r.indicator)
    if "（" in r.indicator:
        r.indicator = without_classes(without_kinds_listed(without_short_form(r.indicator)))
    r.indicator = labelled(sc, so, r)
    r.indicator = _verb_of_list(sc, so, r)
    if not r.own and r.cand.unit in _DAYS and sc.text.startswith(_AGAINST_DAY, r.comma_start):
        r.indicator = _day_moved(sc, r)  # (the name borrowed from before, if any, the last's)
    if r.indicator in metric_lexicon().entity_measures and (
            topic := _DISASTER_TOPIC.match(sc.text)) is not None and not topic.group(
            "topic").endswith(_ALL_DISASTERS):
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
        indicator = basin_of_scope(text, r.comma_start, scope_members(
            text, r.comma_start, r.cand) or in_scope_noun(text, r.comma_start, indicator))
    elif r.cand.unit is not None and OF in indicator and (before := paragraph_before(sc)):
        # 10月份，70个大中城市中，…。二手住宅销售价格环比下降的城市有63个: the scope the
        # paragraph set in a sentence before still holds its members
        indicator = in_scope_noun(before, len(before), indicator)
    if r.cand.unit is not None and (defined := members_defined(sc, r, indicator)):
        # 留宿旅客中逗留3晚及以上的占18.6%: the share of the group's members the state defines,
        # named as the set names a class (逗留3晚及以上的留宿旅客); 进城农民工中，购买住房的占:
        # the group a scope set apart, the state alone (…中…的有N人: a count, the kind reads its
        # name's verbs, left)
        indicator = defined
    if r.cand.unit is not None and (bounded := members_bounded_after(sc, r)):
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
        indicator = at_fault(sc, so, r, indicator)
    if indicator == _GAP and (gap := _GAP_TO.search(text, r.comma_start, pos)) is not None:
        indicator = gap.group()  # 与深圳的差距缩小至3345.5亿元: whom the gap is to
    r.indicator = indicator
    indicator = respective_part(sc, so, r) if r.resp_pos >= 0 else indicator
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


# a sentence opening with the breakdown its figures give (按来源地统计，, 按行业划分，, 分年龄看，)
_BREAKDOWN = re.compile(r"(?:^|[，,])(?:按|分)[\u4e00-\u9fff]{1,6}(?:统计|划分|分析|来看|看)[，,]")
_BARE_SHARE = re.compile(r"(?:分别)?(?:占|佔)(?:了)?$")
_SHARE_NAME = "占比"
_RANK = "rank"
_NUMBER_START = re.compile(r"\d")
_SHARES_BEFORE = ("占", "佔", "比重")


def _verb_of_list(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """An item of a list of things and their figures joined by 、 whose first item opens with a
    verb (累计收购新季玉米21.5万吨、水稻8.3万吨, 投入联合收割机2.3万台、拖拉机4.1万台): the verb is
    the list's, named with each item (收购水稻, 投入拖拉机)."""
    name = r.indicator
    if not name or not so.out or not (last := so.out[-1].indicator) or (
            sc.text[so.end : r.pos] != _ITEM_JOINT + name):
        return name
    at = sc.text.rfind(last, 0, so.start)
    if at < 0 or at + len(last) != so.start:
        return name  # (the last name not written right before its figure)
    verb = next((t.word for t in sc.toks if t.start == at), "")
    item = next((t for t in sc.toks if t.start == so.end + 1), None)
    if (verb not in _SHARED_VERBS or len(last) <= len(verb) + 1 or name.startswith(verb)
            or item is None or not item.pos.startswith("n")):
        return name  # (发生事故12起、死亡15人: an item with a verb of its own; 东经, 上解:
        # verbs that share nothing)
    if verb in _COUNTED_ONLY and so.out[-1].unit != r.cand.unit and (
            r.cand.category != _COUNT_CATEGORY or so.out[-1].unit in _MONEY_UNITS):
        return name  # (接待游客1200万人次、旅游收入85亿元: no visitor received as money)
    return verb + name


_ITEM_JOINT = "、"
# verbs of goods bought, stored or put to work whose object lists go on after 、 with no verb
_SHARED_VERBS = frozenset(("收购", "投入", "采购", "储备", "接待"))
# shared verbs of things counted: an item in another unit shares the verb only if it is counted
# too (接待研学团队4318个、研学学生38.6万人次)
_COUNTED_ONLY = frozenset(("接待",))
_COUNT_CATEGORY = "count"
_MONEY_UNITS = frozenset(("元", "美元", "港元", "澳门元", "新台币"))


def _shares_go_on(sc: SentenceScope, so: SoFar, r: Reading, indicator: str) -> bool:
    """A part's share written with a bare 占 (no whole) in a sentence going on from one that ended
    with ； after a share of a part (named 占比 or with its whole): the list of parts goes on; or
    in a sentence opening with a breakdown (按来源地统计，…占66.4%，菲律宾及越南分别占…): the
    parts' shares (X占比, the set's name for a share with no base written)."""
    if r.cand.unit != _PERCENT or not indicator or indicator.endswith(_SHARES_BEFORE) or (
            "占" in indicator or "佔" in indicator or indicator.endswith("的")):
        return False
    broken_down = _BREAKDOWN.search(sc.text, 0, r.comma_start + 1) is not None
    if not sc.prior_rows and not broken_down:
        return False
    clause = sc.text[r.comma_start : r.pos]
    if r.resp_pos >= 0 and (figure := _NUMBER_START.search(sc.text, r.resp_pos, r.pos)):
        clause = sc.text[r.comma_start : figure.start()]  # (制造业、教育分别占14.6%和11.2%:
        # the list's verb before its first figure)
    if _BARE_SHARE.search(clause) is None or clause.rstrip("占佔了").endswith("的"):
        return False
    if broken_down:
        return True  # 按来源地统计，来自中国内地的外地雇员占66.4%: a breakdown's parts
    rows = [*sc.prior_rows, *so.out]
    return any(m.unit == _PERCENT and m.indicator and ("占" in m.indicator or "佔" in m.indicator)
               for m in rows)


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


# an adverb of the whole or of degree before the change's verb (…出口货值整体上升17.3%, 基本养老金
# 总体上调2%, 基本消費物價通脹率輕微上升至1.2%)
_WHOLE_ADVERBS = ("整体", "总体", "整體", "總體", "轻微", "小幅", "大幅", "略微", "明显", "显著")
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




# a record the figure sets, written between its name and its link verb (用电负荷创历史新高今年以来
# 第3次刷新纪录达1.52亿千瓦, 港口吞吐量刷新纪录达5.2亿吨, 旅游收入创新高达120亿元): it says how
# high the figure is, no part of what it measures
# the scope of a record a rank is in, left alone before it (…以来历史第二高, 历史上第三多)
_RECORD_SCOPES = frozenset({"历史", "历史上", "歷史", "歷史上"})
_RECORD = re.compile(r"(?:再|又|均|连续)?(?:创|刷新)(?:了)?(?:历史|有记录以来|年内|同期|今年以来|"
                     r"近\d+年|近[一二三四五六七八九十]+年)?(?:新高|新低|纪录|记录|最高)")
_RECORD_CHARS = frozenset("创刷")
_NEW_HIGH, _NEW_HIGH_WRITTEN = "创新", "创新高"  # (创新|高达: the segmenter's cut before 达)


# a disaster's toll named with its cause (全年气象灾害共造成全省直接经济损失…): the harm after
# 造成, the home's whole it was suffered in dropped; the home as the object of the deed closing a
# name (3个台风影响我省): no part of it
_CAUSED_TOLL = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:灾害|台风|暴雨|洪涝|干旱|地震|寒潮|降雨)"
                          r"(?:共|累计)?造成(?:全[省市县区国]|我[省市县区])?(?P<harm>.{2,})$")
_HOME_OBJECT = re.compile(r"(?<=影响)(?:我[省市县区]|全[省市县区])$")


# frame words a name may open or hold (已预赔付, 主要是生态环境补水, 沿海各地转移…, 消防救援
# 队伍共出动…, …工程向我市供水): 已 and 各地 as session 25 and h178 drop them, 主要是 names the
# cause, 共 after its body a frame word, the home as the recipient no part of the deed (not
# an account's 已发行 / 已售: 已发行外汇基金票据, 已售未结转合约销售金额; nor a statistic 已
# names: 已播面积)
_FRAME_OPENING = re.compile(r"^(?:已经?(?!发行|售|[\u4e00-\u9fff]{1,2}(?:面积|量|数|额))"
                            r"(?=[\u4e00-\u9fff]{2})"
                            r"|主要是(?=[\u4e00-\u9fff]{2})"
                            r"|[\u4e00-\u9fff]{0,2}各地(?=[\u4e00-\u9fff]{2}))")
_FRAME_INSIDE = re.compile(r"(?<=队伍|部门|机构|单位|系统)共(?=[\u4e00-\u9fff]{2})"
                           r"|(?<=[\u4e00-\u9fff]{2})向(?:我|全|本)[省市县区](?=[\u4e00-\u9fff]{2})")


def _without_frame_words(name: str) -> str:
    """The name without the frame words it opens with or holds (see _FRAME_OPENING)."""
    if name.startswith(_FRAME_FIRST):
        name = _FRAME_OPENING.sub("", name, count=1)
    if "共" in name or "向" in name:
        name = _FRAME_INSIDE.sub("", name)
    return name


_FRAME_FIRST = ("已", "主要是", "各地", "沿海", "全国", "全省", "全市", "省内", "市内")
_SINCE_FROM = ("自", "从", "從")
_SINCE = ("以来", "以來")


def _without_cause_and_home(name: str) -> str:
    """The name without the cause of a disaster's toll and the home's whole (see _CAUSED_TOLL)."""
    if "造成" in name and (found := _CAUSED_TOLL.match(name)) is not None:
        return found.group("harm")
    if "影响" in name and (home := _HOME_OBJECT.search(name)) is not None:
        return name[: home.start()]
    return name


def _without_record(sc: SentenceScope, r: Reading) -> str:
    """The name before the record it sets (see _RECORD); as it is when the record opens it."""
    name = r.indicator
    found = _RECORD.search(name)
    if found is not None and found.start() >= _MEASURE_MIN - 1:
        return name[: found.start()]
    if name.endswith(_NEW_HIGH) and len(name) > len(_NEW_HIGH) + 1 and (
            _NEW_HIGH_WRITTEN in sc.text[r.comma_start : r.pos + 1]):
        return name[: -len(_NEW_HIGH)]
    return name


def _change_size_of_last(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """A change's size opening its clause after the figure that changed (外汇储备规模…较10月末
    上升189亿美元，升幅为0.57%; 三类地区月最低工资标准分别提高…，增幅分别为7.1%、…) is that
    figure's change, named by it as a 同比 rate is (not X升幅): the name without the word when
    the sentence gave that name, else the sentence's last name (the clause's word keeps it a
    rate of change: :func:`.kind.classify`)."""
    name = r.indicator
    if r.cand.unit != _PERCENT or not so.out or CHANGE_SIZE.match(
            sc.text, r.comma_start, r.pos) is None:
        return name
    word = sc.text[r.comma_start : r.comma_start + 2]
    if not name.endswith(word) or len(name) <= len(word) + 1:
        return name
    rest = name[: -len(word)]
    if any(row.indicator == rest for row in so.out):
        return rest
    return so.out[-1].indicator or name


# a change's size word closing the name of the figure it gives, with the words a release puts
# before it (基本綜合消費物價按年升幅為1.2%, 甲類…指數於十月份的按年升幅分別為,
# 同期的按年平均升幅為, …指數的平均每月升幅為): the figure's own rate of change, named by
# what changes (not in points: 涨幅比上月扩大0.1个百分点 is the rate's own change)
# the government as the doer of a forecast, a grant or a goal (政府预计2026年税收达到…, 政府也拨款,
# 政府预测…经济增长, 政府明年将拨款): the voice of the home's own state, dropped as the home is
# (政府债务, 政府性基金, 政府消费: a statistical name's own word, no verb after it)
_GOVERNMENT_ACTS = re.compile(r"政府(?:也|亦|还|将|已|会|明年将|今年将)?"
                              r"(?:预计|预测|预期|估计|拨款|目标|计划|宣布)")
_GOVERNMENT = re.compile(r"政府(?:也|亦|还|将|已|会)?(?:预计|预测|预期|估计)?")


_OF_LITERARY = "之"
_SHARE_VERB = "占"


def _government_speaking(sc: SentenceScope, r: Reading) -> str:
    """政府拨款150亿令吉: named 拨款, the home's government its voice (as the home is dropped)."""
    name = r.indicator
    doer = _GOVERNMENT.match(name)
    if doer is None or _GOVERNMENT_ACTS.search(sc.text, r.comma_start, r.pos) is None:
        return name
    rest = strip_home(name[doer.end() :], sc.home_place)
    return rest if len(rest) > 1 else name


_CORRESPONDS = "相应"


def _size_word_closing(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """X按年升幅為1.2%: the rate X changed by, named X (the word keeps it a rate of change:
    :func:`.kind.classify`); a name that is the word alone is left to the rules before."""
    name = r.indicator
    if r.cand.unit != _PERCENT or SIZE_GIVEN.search(sc.text, r.comma_start, r.pos) is None:
        return name
    if r.resp_pos < 0 and so.out and so.out[-1].indicator and _CORRESPONDS in sc.text[
            r.comma_start : r.pos]:
        return so.out[-1].indicator  # 對上三個月的相應平均每月升幅亦為0.1%: the figure before's
    tail = SIZE_TAIL.search(name)
    return name[: tail.start()] if tail is not None and tail.start() > 1 else name


# a benefit's adjustment set as a share of a base (退休人员基本养老金总体调整水平为2024年退休人员月
# 人均基本养老金的2%): the level's name, then the base it is measured on
ADJUSTMENT_LEVEL = re.compile(r"(?P<name>[^，,；;。：:\d]{2,30}?调整(?:水平|幅度))(?:为|是|按)"
                              r"[^，,；;。]{1,30}的$")


def _adjustment_level(sc: SentenceScope, r: Reading) -> str:
    """A rule's adjustment named with the base it is a share of (…总体调整水平为…月人均基本养老金的
    2%), or a level set as a share of a base (缴费基数上限按…月平均工资的300%确定), is named by
    the adjustment or the level, the home dropped: the base says what it is measured on
    (:mod:`.rule_parameters` makes it the rule's)."""
    if r.cand.unit != _PERCENT:
        return r.indicator
    found = ADJUSTMENT_LEVEL.search(sc.text, r.comma_start, r.pos) if "调整" in sc.text else None
    if found is None and "按" in sc.text and _SET_AFTER.match(sc.text, r.cand.end):
        # 缴费基数上限按…月平均工资的300%确定, 缴费基数下限按60%确定: the level set so
        found = _SET_AS_SHARE.search(sc.text, r.comma_start, r.pos)
    return strip_home(found.group("name"), sc.home_place) if found is not None else r.indicator


# a level a rule sets as a share of a base (缴费基数上限按…的300%确定): its name before 按
# (土地出让起始价可按…的70%确定: a modal before 按, no word of the name)
_SET_AS_SHARE = re.compile(r"(?:^|(?<=[，,；;。：:]))(?P<name>[^，,；;。：:\d按]{2,20}?)"
                           r"(?:可以|原则上|可|应|须|需|要|将)?按(?:[^，,；;。]{1,30}的)?$")
_SET_AFTER = re.compile(r"(?:确定|核定|计发|计算)")


# 需 "must" before the verb of a deed (需增加…支出, 共需投入): a modal, as 要 / 须 are
_NEEDED = ("需", "共需")
_NEED_BEFORE_VERB = re.compile(r"共?需(?=增加|新增|投入|安排|筹集|支出|补助)")


# the condition a floor answers, in the clause before it (月基本养老金低于3600元的，补足到
# 3600元)
_FLOOR_OF = re.compile(r"(?P<what>[^，,；;。：:\d]{2,12}?)(?:低于|不足|未达到)[^，,；;。]{1,12}"
                       r"的[，,](?:补足|补齐)(?:到|至)$")


def _floor_topped_up(sc: SentenceScope, r: Reading) -> str:
    """The floor a rule tops a level up to (…，月基本养老金低于3600元的，补足到3600元) is of the
    level its condition tests, the clause before."""
    if "补" not in sc.text:
        return r.indicator
    found = _FLOOR_OF.search(sc.text, max(0, r.pos - _FLOOR_REACH), r.pos)
    return found.group("what") if found is not None else r.indicator


_FLOOR_REACH = 36

# a gap named with whom it is to (与深圳的差距, 与第十名南京的差距): rankings of cities and firms
# give the distance to the one ahead so; 差距 alone says not to whom
_GAP = "差距"
_GAP_TO = re.compile(r"(?:与|同|和)[^，,；;。与同和]{1,12}?的差距")
# 回购股份1,580,000股，占公司总股本429,400,000股的0.37%: a share with its base's amount inside
# (相当于正常保有量3900万头的103.5%: a level against its base, written the same way)
_BASE_OF_SHARE = re.compile(r"(?:占|相当于)(?P<base>[\u4e00-\u9fff]{2,20}?)$")
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
            base := _base_of_share(text, r.comma_start, r.pos, so.skip)) is not None:
        return without_owner(base.group("base"))
    if (len(so.out) > 1 and r.pos == so.end + 1 and text.startswith("的", so.end)
            and _base_of_share(text, clause_start(text, so.start, CLAUSE_MARKS), so.start,
                               so.skip) is not None
            and (whole := so.out[-2].indicator)):
        return f"{whole}占{so.out[-1].indicator}"
    return indicator


def _base_of_share(text: str, start: int, end: int,
                   skip: Sequence[tuple[int, int]]) -> re.Match[str] | None:
    """占 / 相当于 and the base's name before its amount, the periods the name skips left out
    (相当于特区政府2025年财政预算所估算全年…毛收入2,400億澳門元的92.8%)."""
    words = "".join(ch for at, ch in enumerate(text[start:end], start)
                    if not any(s <= at < e for s, e in skip))
    return _BASE_OF_SHARE.fullmatch(words)


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
# a part's share in brackets after its name (汽车类零售额（占限额以上零售额的21.3%）, 本地手信食品
# （占购物消费的38.2%）及化妆品和香水（占17.5%）): X占Y, or X占比 with no base written (session 25)
_SHARE_IN_BRACKET = ("（占", "(占", "（佔", "(佔", "（约占", "的")
_BRACKETED_SHARE = re.compile(r"[（(]约?[占佔](?P<base>[^，,；;。\d（()）]{0,12}?)的?$")
# what opens the part's name: the clause's start, a bracket closed before (and the list's 及 / 和),
# a frame's 以 (以X（…）为主), 其中
_PART_OPENS = re.compile(r"(?:[，,；;：:、]|[）)][及和与、]?|以|其中)")
_PART_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}")


def _bracketed_share(text: str, r: Reading) -> str:
    """本地手信食品（占购物消费的38.2%）: the share of the part named right before the brackets,
    of the base written in them (本地手信食品占购物消费; 化妆品和香水占比 with none)."""
    found = _BRACKETED_SHARE.search(text, max(0, r.pos - 16), r.pos)
    if found is None:
        return r.indicator
    start = max((m.end() for m in _PART_OPENS.finditer(text, max(0, found.start() - 20),
                                                        found.start())), default=-1)
    part = text[start : found.start()] if start >= 0 else ""
    if _PART_NAME.fullmatch(part) is None:
        return r.indicator
    base = found.group("base")
    return part + ("占" + base if base else "占比")


_LEVEL_AGAINST = "相当于"
# a class of people or things by their purpose (以旅游为目的的旅客, 以参加会展为目的的旅客): 以
# opens the class's name, no prefix word (以 dropped elsewhere: 以…的价格, 以下)
_PURPOSE, _PURPOSE_BY = "为目的", "以"


def _purpose_kept(text: str, r: Reading) -> str:
    """以旅游为目的的旅客人均消费: the 以 the text writes before a purpose's name given back."""
    head = r.indicator[: r.indicator.index(_PURPOSE)]
    return (_PURPOSE_BY + r.indicator if head and text.rfind(_PURPOSE_BY + head, 0, r.pos) >= 0
            else r.indicator)


# a level against its own past (经济规模相当于疫情前2019年同期的88.5%): the base only a time
# (与2019年同季比较，…相当于其111.2%: 其, the past the clause before names)
_OWN_PAST_BASE = re.compile(r"相当于(?:(?P<base>[^，,；;。：:]{1,20})的|其)$")
_PAST_WORDS = re.compile(r"(?:疫情前|疫情以前|同期|水平|时期)*")


def _against_own_past(sc: SentenceScope, so: SoFar, r: Reading) -> str:
    """相当于2019年同期的86.7%: a share whose base is only a time (its periods, 疫情前, 同期) is the
    level of the thing named before 相当于 (or of the last name) against its own level then, not a
    name of 相当于 and the time's words."""
    text, indicator = sc.text, r.indicator
    found = _OWN_PAST_BASE.search(text, r.comma_start, r.pos)
    if found is None:
        return indicator
    if found.group("base") is None:  # 相当于其: the base the clause before named
        return indicator[: indicator.index(_LEVEL_AGAINST)] or so.indicator or indicator
    start, end = found.span("base")
    base = "".join(ch for at, ch in enumerate(text[start:end], start)
                   if not any(s <= at < e for s, e in so.skip))
    if _PAST_WORDS.fullmatch(base) is None:
        return indicator
    return indicator[: indicator.index(_LEVEL_AGAINST)] or so.indicator or indicator


_POPULATION_CHANGES = ("人口自然", "人口社会", "人口机械")
# the same terms alone after a population's figures (死亡數4,105人，自然減少1,787人，
# 社會增加3,526人)
_BARE_POPULATION_CHANGES = frozenset(("自然", "社会", "机械"))
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
_ONLY_REACHES = ("仅及", "只及")
_PERCENT = "%"
# a quarter's code (2025Q3, 25Q3, Q3), with the 单季 saying its figures are the quarter's alone
_QUARTER_CODE = re.compile(r"(?:\d{4}|\d{2})?[Qq][1-4](?![\dA-Za-z])")
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
# a comparison's base named, then its value in brackets after its day (较此前纪录（9月30日的);
# not a period as the base (比上年同期（…）: the thing's own earlier figure)
_BASE_BRACKETED = re.compile(r"(?:较|比)(?P<base>[\u4e00-\u9fff]{2,8}?)[（(]"
                             r"(?:[\d月日年号]{2,12}的)?$")
_BASE_REACH = 24  # characters before the number its base may open
_PERIOD_CHARS = frozenset("年月季日期")
# a change word opening the brackets before the figure (越南（上升46.2%）、台湾（上升38.5%）)
_CHANGE_BRACKETED = re.compile(r"[（(](?:上升|下跌|下降|增长|增加|减少|上涨|回落)$")
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


# a disaster opening a sentence (干旱灾害主要发生在…, 低温冷冻和雪灾主要发生在…, 地质灾害共
# 发生…), not every kind of them (各种自然灾害共造成…: no one disaster's toll)
_DISASTER_TOPIC = re.compile(r"(?P<topic>(?!各种|各类|所有)[\u4e00-\u9fff]{0,8}?"
                             r"(?:灾害|雪灾|冰雹|地震|火灾|干旱|洪涝|台风))(?:主要|共|造成|[，,])")
# every kind of disaster at once (全年气象灾害共造成…, 自然灾害造成…): no one disaster's toll
_ALL_DISASTERS = ("气象灾害", "自然灾害", "氣象災害", "自然災害")
_NEW_VERBS = ("新增", "新建", "新认定", "新培育", "新引进")
_BY = ("按", "以")  # (长沙银行按一级资本排名第227位, 以营业收入位列第86位: the measure it is
# ranked by)
_PER_BASE = "为每"
# 粮食产量437.9亿斤，连续11年稳定在430亿斤以上 / 总产量连续12年稳定在…: a streak's length
# names nothing; the floor it holds is of the thing named before (or before the streak)
# (外汇储备规模连续第4个月保持在…: the streak counted as an ordinal, the same)
_STREAK = re.compile(r"连续第?[\d〇零一二两三四五六七八九十百]+个?(?:年|月|季度|天|周)$")
_RANK_LINK = "为"
# the thing a streak is told of, opening its clause (…，重点统计钢铁企业粗钢日产已连续3旬…)
_STREAK_OF = re.compile(r"(?:^|(?<=[，,]))(?P<name>[\u4e00-\u9fff]{2,20}?)已?连续")
# the set a rank is taken in (在31个一级行业中排名第2, 在全国31个省份中居第5位)
# a sentence opening with the assessment it reports on (在2024年度全省营商环境评价中，): its
# period, then what is assessed, ending with a word of assessing or ranking
_ASSESSED_IN = re.compile(r"在(?:\d{4}(?:年度|年)|上一?年度|今年|去年)?"
                          r"(?P<test>[^，,；;。在]{2,20}?"
                          r"(?:考核|评价|评估|测评|考评|评比|评选|排名|排行榜?|监测))中[，,]")
_RANKED_AMONG = re.compile(r"在(?P<set>[^，,；;。]{1,16})中(?:排名|排在|排|位居|居|位列|名列|列)?$")


# the set a ranking is taken in, between what is ranked and the ranking's word (经济总量在全国城市
# 中的排名由2020年的第16位升至…)
_RANKING_SET = re.compile(r"在(?P<set>[^，,；;。在]{1,16})中的?(?:排名|排位|位次)")


def _without_ranking_set(text: str, r: Reading) -> None:
    """A rank's name without the set it is ranked in (经济总量在全国城市 -> 经济总量), and no
    place of that set as its subject (全国: the ranking's scope)."""
    found = _RANKING_SET.search(text, r.comma_start, r.pos)
    if found is None:
        return
    tail = "在" + found.group("set")
    if r.indicator.endswith(tail) and len(r.indicator) > len(tail):
        r.indicator = r.indicator[: -len(tail)]
    if r.subject and r.subject in found.group("set"):
        r.subject = None


def streak_or_rank_named(sc: SentenceScope, so: SoFar, r: Reading) -> None:
    """(After the subject is split off.) A level held for a streak, or a rank, that names
    nothing is of the last thing named; a streak's length is no part of a name."""
    earlier = so.indicator or sc.carried
    if r.cand.ordinal and (not r.indicator or r.nameless or r.indicator not in sc.text[
            r.comma_start : r.pos]) and (scored := _ASSESSED_IN.match(sc.text)) is not None:
        # 在2023年度全国三级公立医院绩效考核中，医院等级为A，排名第186位: a rank whose clause
        # names no measure is its place in the assessment the sentence opens with
        r.indicator, r.nameless = without_owner(scored.group("test")), False
        return  # (全省营商环境评价: the home's scope word goes, as 全省 opening any name)
    if r.cand.ordinal and r.indicator:
        _without_ranking_set(sc.text, r)
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
    if r.cand.ordinal and r.indicator in _RECORD_SCOPES:
        r.indicator = ""  # 为1951年有气象记录以来历史第二高: the record's scope names nothing
    if not r.indicator and r.cand.ordinal and earlier:
        # …，是有记录以来第二高: a rank naming nothing ranks the last thing named
        r.indicator, r.nameless = earlier, False
    elif not r.indicator and r.cand.ordinal and (
            streak := _STREAK_OF.search(sc.text, 0, r.comma_start)) is not None:
        # 重点统计钢铁企业粗钢日产已连续3旬环比下降，本旬降至年内第二低水平: a rank naming nothing
        # after a streak ranks what had the streak
        r.indicator, r.nameless = streak.group("name"), False
    elif (r.cand.ordinal and r.indicator and (
            among := _RANKED_AMONG.search(sc.text, r.comma_start, r.pos)) is not None
            and r.indicator in among.group("set")):
        # 年内累计涨幅达到18.6%，在31个一级行业中排名第2: the set ranked among (and its size)
        # names nothing, the rank is of the last thing named before it
        r.indicator = next((m.indicator for m in reversed(so.out) if m.indicator
                            and m.indicator not in among.group("set")), r.indicator)
