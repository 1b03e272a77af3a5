"""Running totals (累计) and the figures that go on under one: a 其中 part, a 分别 split, the
part already dealt with, a later clause or a measure's bare name after the total, a paragraph's or
a sentence's opening 累计. Apart from :mod:`.kind_overrides` because one 累计 governs its whole
sentence (session 24), which these read past their own clause.
"""

from __future__ import annotations

import re
import unicodedata

from pipelines.domain.cleaning.script import to_simplified_aligned
from pipelines.domain.metrics.carried_kinds import LEVEL_WORDS, PART, RATE_UNITS, last_of_unit
from pipelines.domain.metrics.clauses import CLAUSE_MARKS, clause_start
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.reading import Reading, SentenceScope, SoFar


def part_of_a_running_total(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A clause of a 其中 list with no period of its own gives a part, in its unit, of the
    running total (累计) the sentence gave before the list: a running total too, whatever its own
    name says (新增专项债券: a kind of bond, no flow of its own; 1至11月累計入境旅客有3,612.09萬
    人次…；其中內地旅客有…，國際旅客有…: each item, past the semicolon)."""
    text = sc.text
    at = text.rfind(PART, 0, r.comma_start + len(PART))
    if at < 0 or any(m in text[at : r.comma_start] for m in _LIST_ENDS):
        return False
    whole = last_of_unit(so.out, r.cand.unit)
    if (whole is not None and whole.kind != "count_total" and len(so.out) > 1
            and so.out[-2].unit == r.cand.unit and _AFTER_A_CHANGE.search(text, 0, r.comma_start)):
        # 累计收购小麦98.6万吨，同比增加11.2万吨，其中政策性收购8.3万吨: the part breaks down the
        # total, not its change against the year before
        whole = so.out[-2]
    if (whole.kind != "count_total" if whole is not None else at > 0):
        return False  # (a unit the semicolon split from its sentence has no rows before it)
    own_day = any(at <= p.start < r.pos for p in sc.spans)
    if whole is not None and (whole.period_text or "").startswith(_SO_FAR) and not own_day:
        # 截至7月6日，全市秋作物已播种812.4万亩，…，其中玉米486.2万亩: a part of what was done up
        # to the day, the whole read as a running total there without 累计
        return True
    before = _sentence_before(sc, at)
    if "累" not in before:
        return False
    before = _as_cleaned(before)
    # (其中10月1日客运量最高，达1107.5万乘次: a day of its own after 其中, that day's flow)
    return any(w in before for w in metric_lexicon().cumulative_cues) and not own_day


_SO_FAR = ("截至", "截止", "目前")


_LIST_ENDS = ("；", ";", "。")
# the clause right before is a change against a base (，同比增加11.2万吨，)
_AFTER_A_CHANGE = re.compile(r"[比较][^，,；;。]*[，,]\s*$")


def split_of_a_running_total(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A 分别有 / 分别为 list of bare names after ； in the sentence of a running total (累计) of
    its unit, with no period, verb or total of its own (入境旅客累計33,186,472人次，按年上升14.6%；
    留宿旅客及不過夜旅客分別有15,204,316人次及17,982,156人次): the total's parts, running totals
    too (one 累计 governs its sentence, session 24)."""
    text, start = sc.text, r.task_start
    split = text.find(_SPLIT[0], start, r.pos)
    if split < 0 and (split := text.find(_SPLIT[1], start, r.pos)) < 0:
        return False  # (checked first: most tasks hold no 分别)
    if r.cand.category not in _COUNTED or any(start <= p.start < r.pos for p in sc.spans):
        return False
    whole = last_of_unit(so.out or sc.prior_rows, r.cand.unit)
    before = _sentence_before(sc, start)
    lex = metric_lexicon()
    lead = text[start:split]
    return (whole is not None and whole.kind == "count_total"
            and before.rstrip().endswith(_SEMICOLONS) and "累" in before
            and any(w in _as_cleaned(before) for w in lex.cumulative_cues)
            and text.startswith(_SPLIT_VERBS, split + len(_SPLIT[0]))
            and not any(w in lead for w in lex.actual_cues + lex.cumulative_cues))


_SPLIT = ("分别", "分別")
_SPLIT_VERBS = ("有", "为", "為")
_DONE = "已"


def done_part_of_the_total(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A count in a clause opening on 已 right after a running total of its unit (排查重大事故隐患
    1273项，已整改1219项; 累计受理投诉860件，已办结812件): the part of those counted already dealt
    with, counted to the same day, a running total too."""
    last = so.last_row()
    return (r.cand.category == "count" and last is not None and last.kind == "count_total"
            and last.unit == r.cand.unit
            and sc.text[r.comma_start : r.pos].lstrip("，, ").startswith(_DONE))


def running_total_goes_on(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """The clause right after a running total whose 累计 opens its clause, after its date and
    scope only (累计开展安全生产宣传培训活动2380场次，培训企业从业人员18.6万人次; 截至2025年底，
    全区累计引进…项目47个，落户区域总部和研发中心27家; a later clause of the task too, 全年举办…，
    累计邀请用人单位5316家，提供岗位需求12.7万个: one 累计 governs the coordinated clauses, the
    session-24 convention) counts on under that 累计: a flow of its own, with no time, total,
    change, mean or 新增 of its own (nor a level, 豆瓣评分8.1分; nor 日均加开1065列); the total's
    scope may be a place or a doer before 累计 (成都累计出让涉宅用地86宗，土地出让金约812亿元), and
    its share of a wider whole may stand between (:func:`_the_total`)."""
    total = _the_total(sc, so)
    if total is None or r.cand.category not in _COUNTED:
        return False
    comma, start, end = total
    lex = metric_lexicon()
    text = sc.text
    lead = _after_its_date(sc, text[comma:start].lstrip(_CLAUSE_OPENERS), start)
    scope = next((a for a in lex.home_aliases if lead.startswith(a)), "")
    if (agents := _COUNTED_AGENTS.match(lead, len(scope))) is not None:
        scope = lead[: agents.end()]  # 全省32个省级电商直播基地累计开展…: who did it, counted
    elif not scope and (place := _SCOPE_BEFORE_TOTAL.match(lead)) is not None:
        scope = place.group()  # 成都累计出让涉宅用地86宗: a place not the home, or a doer
    elif scope and (doer := _DOER_AFTER_HOME.match(lead, len(scope))) is not None:
        scope = lead[: doer.end()]  # 全市行政事业单位公物仓累计调剂资产…: the home's body that
        # did it (a noun phrase ending in a body's word)
    if not lead.startswith(lex.cumulative_cues, len(scope)):
        scope = _doer_of_the_total(lead, scope, so)
    return (lead.startswith(lex.cumulative_cues, len(scope))
            and any(w in (r.indicator or "") for w in lex.actual_cues)
            and text[end : r.comma_start].strip(_CLAUSE_OPENERS) == ""
            and not any(w in r.clause_text for w in lex.cumulative_cues + lex.count_total_cues)
            and not r.clause_text.startswith(_MEAN_WORDS + NEW_WORDS)
            and not any(r.comma_start <= p.start < r.pos for p in sc.spans)
            and not r.gap)


def _doer_of_the_total(lead: str, scope: str, so: SoFar) -> str:
    """The words before the total's 累计 when its name opens with them and goes on with its deed
    (全国温室气体自愿减排交易市场累计成交核证自愿减排量…: the market that did it, kept in the
    total's name), else ``scope``."""
    at = min((k for k in (lead.find(c) for c in metric_lexicon().cumulative_cues) if k > 0),
             default=-1)
    last = so.last_row()
    doer = lead[len(scope) : at] if at > len(scope) else ""
    doer = doer[2:] if doer.startswith(_COUNTRY_WORDS) else doer  # (the home, dropped)
    name = (last.indicator or "") if last is not None else ""
    # (not 现场观赛人次累计达到98.6万: the words before 累计 are the total's measure, no doer)
    if len(doer) >= 2 and name.startswith(doer) and len(name) > len(doer) + 1:
        return lead[:at]
    return scope


_COUNTRY_WORDS = ("全国", "我国")


def _the_total(sc: SentenceScope, so: SoFar) -> tuple[int, int, int] | None:
    """The running total read last: its clause's start, its quote's start and the end of what
    is about it (its quote; or past a clause of its share of a wider whole right after it,
    …累计回购股份1,580,000股，占公司总股本429,400,000股的0.37%，支付总金额2,135.6万元: the share is
    about the total, the clause after it goes on under the total's 累计)."""
    last = so.last_row()
    if last is None:
        return None
    if last.kind == "count_total":
        return so.comma, so.start, so.end
    text = sc.text
    share = text.rfind(_SHARE_OF, 0, so.start)
    if (last.unit not in RATE_UNITS or share < 1 or text[share - 1] not in _CLAUSE_OPENERS
            or any(m in text[share : so.start] for m in _WIDE_MARKS)):
        return None  # (not so.comma: it may fall inside a base's own digits, 429,400,000股)
    end = share - 1  # (the mark before 占)
    total = next((row for row in reversed(so.out[:-1]) if row.kind == "count_total"
                  and text.endswith(row.quote, 0, end)), None)
    if total is None:
        return None
    start = end - len(total.quote)
    return clause_start(text, start, CLAUSE_MARKS), start, so.end


_SHARE_OF = "占"
_WIDE_MARKS = "，；。"  # (the clause marks a number's own digits never hold)
_MEAN_WORDS = ("日均", "周均", "月均", "平均")  # (日均加开1065列: a mean, no part of the total)
# (…累计承担国家重大科技项目1126项，新增发明专利授权2.9万件: those new in the span, a flow)
NEW_WORDS = ("新增", "净增")
# a short scope right before 累计 (成都累计, 企业累计): the place or the doer of the total
# (公司通过集中竞价交易方式累计回购股份: the doer and the means)
# a body of the home doing the deed a total counts, between the home's word and 累计 (全市
# 行政事业单位公物仓累计…, 全省各级法院累计…): ending in a word of a body or a facility
_DOER_AFTER_HOME = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:单位|部门|机关|机构|法院|检察院|公物仓|平台|中心|企业)(?=累计|累計)")
_SCOPE_BEFORE_TOTAL = re.compile(
    r"[\u4e00-\u9fff]{1,4}?(?:通过[^，,；;。\d]{1,12}?(?:方式|渠道|途径|平台))?(?=累计|累积)")


def measure_of_the_total(sc: SentenceScope, so: SoFar, r: Reading) -> bool:
    """A clause that is only a measure's bare name right after a running total's (累计监管离岛免税
    购物金额2573.6亿元，购物旅客4105.8万人次，购物件数2.98亿件) is another measure of the same
    total, under the task's 累计: no verb, time, total, change or mean word of its own; a total
    over years (自2011年…以来，截至2024年12月31日), not a year's months (今年1—10月，成都累计出让
    涉宅用地86宗，土地出让金约812亿元: :func:`running_total_goes_on` reads it, its name
    holding a flow's verb)."""
    last = so.last_row()
    start, end = r.period.start, r.period.end
    if (last is None or last.kind != "count_total" or r.cand.category not in _COUNTED
            or r.gap or start is None or end is None or start.year == end.year):
        return False
    lex = metric_lexicon()
    text = sc.text
    lead = text[r.comma_start : r.pos].strip(_CLAUSE_OPENERS)
    return (_BARE_MEASURE.fullmatch(lead) is not None
            and any(c in text[r.task_start : so.start] for c in lex.cumulative_cues)
            and text[so.end : r.comma_start].strip(_CLAUSE_OPENERS) == ""
            and not any(w in lead for w in lex.actual_cues + lex.count_total_cues)
            and not any(w in lead for w in LEVEL_WORDS)
            and not any(r.comma_start <= p.start < r.pos for p in sc.spans))


_BARE_MEASURE = re.compile(r"[\u4e00-\u9fff]{2,8}")


# the doers of a running total, counted before its 累计 (全省32个省级电商直播基地累计开展…)
_COUNTED_AGENTS = re.compile(
    r"(?:全[省国])?\d+(?:\.\d+)?万?[个家所座名][\u4e00-\u9fff]{1,12}?(?=累计|累計)")


def running_total_verb_repeated(sc: SentenceScope, r: Reading) -> bool:
    """A clause after a semicolon that opens with the verb an earlier clause of the sentence
    put after 累计 (1—10月，…累计实现营业收入33.6万亿元，同比增长1.8%；实现利润总额2.08万亿元):
    the coordinated clauses are under the one 累计, running totals too; not a change."""
    if r.gap or r.cand.category not in _COUNTED:
        return False
    before = _sentence_before(sc, r.comma_start)
    if not before.endswith(_SEMICOLONS) or "累" not in before:
        return False
    before = _as_cleaned(before)  # (累計實現 is 累计实现)
    verbs = _CUMULATIVE_VERB.findall(before)
    return bool(verbs) and sc.text.startswith(verbs[-1], r.comma_start)


def _sentence_before(sc: SentenceScope, start: int) -> str:
    """The sentence's text before offset ``start`` of the unit read: the unit's own, or, for a
    unit that a semicolon split from its sentence, the raw page's since the last full stop."""
    if start > 0:
        return sc.text[:start]
    if sc.raw is None:
        return ""
    at = sc.sent.raw_start
    return sc.raw[max(sc.raw.rfind("\n", 0, at), sc.raw.rfind("。", 0, at)) + 1 : at]


def _as_cleaned(raw: str) -> str:
    """Raw page text read as cleaning reads it: in Simplified script, width-folded (NFKC)."""
    return unicodedata.normalize("NFKC", to_simplified_aligned(raw))


_SEMICOLONS = ("；", ";")
# 累计 and the verb of its task (累计实现, 累计完成)
_CUMULATIVE_VERB = re.compile(r"累计([\u4e00-\u9fff]{2})")


def _after_its_date(sc: SentenceScope, lead: str, end: int) -> str:
    """``lead`` (the text up to ``end``) without the period it opens with (1—10月累计赔付…:
    累计赔付)."""
    if lead.startswith(metric_lexicon().cumulative_cues):
        return lead  # (累计 is a span too, dated the text's day)
    at = end - len(lead)
    span = next((p for p in sc.spans if p.start == at), None)
    if span is None:
        return lead
    rest = sc.text[span.end : end]
    cue = next((c for c in metric_lexicon().cumulative_cues if sc.text.endswith(c, at, span.end)),
               None)
    # (五年累计完成…: the span read with its 累计, which still opens the task)
    return cue + rest if cue is not None and not rest.startswith(cue) else rest


def running_total_of_the_paragraph(sc: SentenceScope, r: Reading) -> bool:
    """The span the number takes from an earlier sentence of its paragraph was written there after
    累计 (五、累计1至10月：主要货品接单详如表1…。按地区别，来自美国接单1,923.5亿美元，年增33.1%):
    the paragraph gives running totals over it, as a clause with its own 累计 does; not a change."""
    inherited = sc.inherited
    if (inherited is None or r.period is not inherited.period or sc.raw is None
            or _gap_of_change(r) or r.cand.category not in _COUNTED):
        return False
    cues = metric_lexicon().cumulative_cues
    lead = sc.raw[sc.raw.rfind("\n", 0, sc.sent.raw_start) + 1 : sc.sent.raw_start]
    if not any(c[0] in lead for c in cues):  # (累计 / 累計: the same first character)
        return False  # (most paragraphs name none: no conversion)
    lead = _as_cleaned(lead)  # (累計１至10月 in full-width digits is 累计1至10月)
    at = lead.rfind(inherited.text)
    return at > 0 and lead.endswith(cues, 0, at)


def running_total_opens_sentence(sc: SentenceScope, r: Reading) -> bool:
    """The number's period is the one its sentence opens with after 累计 (累計114年1至10月，出生數
    為95,642人…；死亡數為167,530人): the sentence gives running totals over it, whatever flow
    word names them (出生, 死亡, 结婚); not a change (较…减少11,208人)."""
    if _gap_of_change(r) or r.cand.category not in _COUNTED or not sc.spans:
        return False
    span = next((p for p in sc.spans if p.period is r.period), None)
    if span is None:
        return False
    cues = metric_lexicon().cumulative_cues
    head = sc.text[: span.start].strip()
    if head in cues:
        return True
    # 1-10月累计，全国共销售彩票5087.42亿元: the cue after the span that opens the sentence
    return not head and any(sc.text.startswith(c, span.end) and sc.text.startswith(
        _CLAUSE_COMMAS, span.end + len(c)) for c in cues)


def _gap_of_change(r: Reading) -> bool:
    """Words between the name and the number other than a level's link word (为, 达): a change
    (较上年同期减少11,208人) or a verb of its own."""
    return bool(r.gap) and r.gap not in metric_lexicon().link_words


_COUNTED = ("count", "currency", "physical")
_CLAUSE_COMMAS = ("，", ",")
_CLAUSE_OPENERS = "，,；; "
