"""The words a figure's name is read from, shared by the readers of the name written before the
number (:mod:`.names_before`), after it (:mod:`.names_after`) and earlier
(:mod:`.names_from_earlier`): where a name may start, what names nothing, flow verbs, nouns, the
pieces of a word a number's quote cuts; and a name's last trims (place, holiday, budget, rate)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from pipelines.domain.metrics.basis import PRICE_BASIS
from pipelines.domain.metrics.clauses import Tok, Toks
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_spans import CARRIED, CARRIED_FROM, comparison_length
from pipelines.domain.metrics.place_names import strip_home
from pipelines.domain.metrics.subjects import short_place
from pipelines.domain.periods import HOLIDAYS_PATH, PeriodSpan
from pipelines.domain.yamlfiles import load_yaml

# a length of time alone (连续12年稳定在…: 12年; 已连续第11个月超过20%: 第11个月) names nothing
# that is measured
_TIME_ONLY = re.compile(r"第?[\d〇零一二两三四五六七八九十百]+(?:个)?(?:年|月|季度|天|周)")


def no_name(indicator: str) -> bool:
    """An indicator that is only a link or prefix word of the lexicon (实现, 提升, 达到) or a
    length of time."""
    return indicator in _verb_words() or _TIME_ONLY.fullmatch(indicator) is not None


@cache
def flow_words() -> frozenset[str]:
    lex = metric_lexicon()  # (净增 alone, 比上年末净增39.5万个, names nothing either)
    return frozenset(lex.flow_verbs) | lex.net_change_words


@cache
def _verb_words() -> frozenset[str]:
    lex = metric_lexicon()
    return frozenset(lex.link_words) | frozenset(lex.prefix_words)


def noun_follows(text: str, pos: int, toks: Toks | None = None) -> bool:
    """A noun (CJK text, possibly quoted) starts right after the number's quote: not a link
    word (比上年, 的, 在), unless the segmenter reads a noun there (42场比赛, 3项和解协议)."""
    rest = text[pos : pos + 2].lstrip(" “\"《")
    if rest[:1].isascii() and _GRADED_NOUN.match(text, pos):
        return True  # 42家A级旅游景区, 12家4A级景区: a grade opens the noun counted
    if rest[:1].isdigit() and (age := _AGE_OPENING.match(text, pos)) is not None:
        rest = text[age.end() : age.end() + 2]  # 1.2万名60周岁以上老年人: the noun after its age
    if rest[:1].isdigit() and text.startswith(_QUOTES, pos) and _QUOTED_NAME.match(text, pos):
        return True  # 新建3个“15分钟政务服务圈”示范点: a quoted name opening with its figure
    if not rest or not "\u4e00" <= rest[0] <= "\u9fff":
        return False
    return rest[0] not in _NOT_NOUN_START or (toks is not None and _noun_word_at(toks, pos))


_NOUN_TAGS = ("n", "vn")
_GRADED_NOUN = re.compile(r"(?:[1-5]?A{1,5}|[A-D])级[\u4e00-\u9fff]")
_QUOTES = ("“", "《")
_QUOTED_NAME = re.compile(r"[“《]\d{1,4}[\u4e00-\u9fff]{2,}[^”》]{0,16}[”》]")
_AGE_OPENING = re.compile(r"\d{1,3}(?:周岁|岁)及?(?:以上|以下)?")


def _noun_word_at(toks: Toks, pos: int) -> bool:
    """A word of two characters or more, tagged a noun, starts at ``pos``."""
    at = next((t for t in toks if t.start >= pos), None)
    return at is not None and at.start == pos and len(at.word) >= 2 and at.pos in _NOUN_TAGS


_START = attrgetter("start")
_NOT_NOUN_START = set("的是和与及或等在为以从到至比较均皆")  # (3例均为…: an adverb)
# nouns after X%的 that say what kind of figure it is, not what it is a share of (增长5%的目标)
SHARE_NOT_NOUNS = frozenset(("目标", "水平", "速度", "幅度", "增幅", "增速", "比例", "比重",
                             "份额", "任务", "要求", "标准", "预期", "左右"))


def changes_before(gap: str) -> bool:
    """A verb of change or a link right before the number (增长5%的, 达到30%的, 占): the number
    is a rate or a level of the name before, whatever follows it."""
    return any(w in gap for w in _LINKS_BEFORE_SHARE) or any(
        w in gap for w in metric_lexicon().growth_cues)


_LINKS_BEFORE_SHARE = ("达", "为", "是", "占", "超", "逾", "近", "约")


def leading_flow_verb(text: str) -> str:
    """The first flow verb (in the lexicon's order) that ``text`` starts with, else ""."""
    found = _flow_verb_regex().match(text)
    return found.group() if found is not None else ""


@cache
def _flow_verb_regex() -> re.Pattern[str]:
    """The flow verbs as one alternation in the lexicon's order: a match at the start is the
    first verb of that order the text starts with (alternatives are tried in turn)."""
    verbs = metric_lexicon().flow_verbs
    return re.compile("|".join(re.escape(v) for v in verbs) if verbs else "(?!)")


def _last_starting_before(toks: Sequence[Tok], pos: int) -> int:
    """Index of the last token starting at or before ``pos`` (-1 if none)."""
    if isinstance(toks, Toks):
        return bisect_right(toks.starts, pos) - 1
    return bisect_right(toks, pos, key=_START) - 1


def head_piece(toks: Sequence[Tok], start: int, pos: int) -> list[Tok]:
    """The part before ``pos`` of a word the number's quote cuts (办结率|达100%)."""
    i = _last_starting_before(toks, pos)
    if i >= 0 and toks[i].start < pos < toks[i].end and toks[i].start >= start:
        t = toks[i]
        return [Tok(t.word[: pos - t.start], t.pos, t.start, pos)]
    return []


def tail_piece(toks: Sequence[Tok], pos: int) -> list[Tok]:
    """The part after ``pos`` of a word the number's quote cuts (18|项可感 -> 可感)."""
    i = _last_starting_before(toks, pos)
    if i >= 0 and toks[i].start < pos < toks[i].end:
        t = toks[i]
        return [Tok(t.word[pos - t.start :], t.pos, pos, t.end)]
    return []


def plain_list(text: str, start: int, end: int) -> bool:
    """``A、B`` before a number names one thing when no item has its own verb or number (its
    length counted up to a comparison with an earlier time: 珠宝首饰、钟表及名贵礼物的销货价值
    较2024年同期下跌3.6%)."""
    part = text[start:end]
    if "、" not in part:
        return False
    if (compared := COMPARED.search(part)) is not None:
        part = part[: compared.start()]
    if "（" in part:
        # 第二期（10月23日至27日）日用消费品、礼品家居展区意向成交: an aside in brackets before
        # the list (a period, a note) is no part of the name, its length neither
        part = _ASIDE.sub("", part)
    examples_end = part.find(_EXAMPLES_CLOSE, part.rfind("、"))
    if examples_end > 0:
        # 出口纺织服装、箱包、…、塑料制品等劳动密集型产品: the examples before 等 are no part of
        # the name, their length neither (only the first item's, which may hold its verb)
        part = part[: part.index("、")] + part[examples_end:]
    return len(part) <= metric_lexicon().indicator_max_chars + 4


_EXAMPLES_CLOSE = "等"
_CLOCK_AFTER = re.compile(r"\s?\d{1,2}\s?时(?:\s?\d{1,2}\s?分)?")
_CLOCK_CHARS = 9  # (21时30分)
_PHASE_OPEN = re.compile(r"第[\d一二三四五六七八九十]{1,3}期（$")
_ASIDE = re.compile(r"（[^（）]*）")


def not_names(text: str, spans: Sequence[PeriodSpan]) -> list[tuple[int, int]]:
    """Where the sentence's words name no figure: its periods, with the comparison words
    before them (比上年), and how its rates are measured."""
    skip = [(p.start - comparison_length(text, p), p.end) for p in spans
            if not (p.text in CARRIED_FROM and text.startswith(CARRIED, p.end))]
    if "时" in text:  # 修河永修站24日8时水位: a day's clock time (8时, 21时30分) is time too
        skip += [(p.end, p.end + clock.end()) for p in spans if p.is_day and (
            clock := _CLOCK_AFTER.match(text[p.end : p.end + _CLOCK_CHARS])) is not None]
    if "期（" in text:
        # 第二期（10月23日至27日）: a phase named by its ordinal with its days in brackets is a
        # time, its ordinal and brackets with the days
        skip += [(phase.start(), p.end + 1) for p in spans
                 if (phase := _PHASE_OPEN.search(text, max(0, p.start - 6), p.start)) is not None
                 and text.startswith("）", p.end)]
    if "扣除" in text or "计算" in text:  # 扣除价格因素实际增长5.0%: how a rate is measured
        skip += [(m.start(), m.end()) for m in PRICE_BASIS.finditer(text)]
    if "口径" in text:  # 按可比口径同比增长8.7% (a holiday a day longer than last year's)
        skip += [(m.start(), m.end()) for m in _SCOPE_BASIS.finditer(text)]
    if "季节" in text:  # 经调整季节变动因素后涨0.12%, 经季节调整后之实质GDP: how a rate is measured
        skip += [(m.start(), m.end()) for m in _SEASONAL_BASIS.finditer(text)]
    if "计" in text:  # 进口物价以新台币计价年减4.72%，以美元计价则年增0.85%, （以美元计增长3.1%）:
        # the currency a figure is reckoned in, how it is measured (a clause with no other
        # name is the last's)
        skip += [(m.start(), m.end()) for m in _CURRENCY_BASIS.finditer(text)]
    return skip


# (同口径增长6.3%, 可比口径增长: the basis written without its 按)
_SCOPE_BASIS = re.compile(r"按(?:可比|同|统一|新|旧)口径(?:计算)?|(?:可比|同|统一)口径(?:计算)?")
# the currency a figure is reckoned in (以新台币计价, 以美元计价, 以美元计; 以新台币计价之…物价
# is a name)
_CURRENCY_BASIS = re.compile(r"以(?:[\u4e00-\u9fff]{1,4}?计价|(?:美元|人民币|港元|港币|欧元|日元|"
                             r"新台币|澳门元)计)(?!的|之)")
# a seasonally adjusted figure (经调整季节变动因素后, 经季节调整后之, 经季节性调整后): the
# adjustment says how it is measured; 经季节性调整的劳动人口 (的, no 后) is a statistic's name
_SEASONAL_BASIS = re.compile(r"经(?:过)?(?:调整)?季节性?(?:变动)?(?:因素)?(?:调整)?后之?")


# a space between words of a headline separates its phrases (CJK, then CJK, Latin or a year:
# 市长赴议会施政报告　115年度总预算岁出新台币1,168.5亿元)
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fffA-Za-z]|\d{2,4}年)")


def name_start(text: str, is_heading: bool, item_start: int, comma_start: int, prev_end: int,
               pos: int) -> int:
    """Where the words naming the number at ``pos`` may start: its item, or right after the
    number before it in the item (that number's name is not this one's)."""
    after_last = min(prev_end, pos)
    if comma_start < prev_end < pos and _bounds_class(text, prev_end):
        # 建筑面积144平方米以上的改善型住房成交占比, 总价300万元以下的房源占成交总量: the number
        # before bounds the class named, a word of this name
        after_last = comma_start
    start = max(item_start, after_last)
    inner = text.rfind("（", start, pos)
    if inner >= 0 and "）" not in text[inner:pos] and _NOTE_COUNT.match(text, pos) is not None:
        start = inner + 1  # 数据来源于第三方机构调查（回收有效问卷6218份）: a note's own count
    opened = text.rfind("（", 0, start)
    if opened >= 0 and text.rfind("）", opened, start) < 0 and "）" in text[start:pos]:
        # 消费及旅游相关行业（即零售、住宿及膳食服务业合计）的失业率: the item's 、 is inside a
        # note; the name starts before the note
        start = max(after_last if prev_end <= opened else 0,
                    text.rfind("，", 0, opened) + 1, text.rfind("；", 0, opened) + 1,
                    text.rfind("、", 0, opened) + 1)
    if start > comma_start and prev_end <= comma_start and plain_list(text, comma_start, pos):
        start = comma_start  # 新建和改扩建中小学、幼儿园80所: the list is one name
    if "、" in text[max(0, start - 1) : pos] and (
            total := _LIST_TOTAL.search(text, start, pos)) is not None and (
            "、" in text[max(0, start - 1) : total.start()]):
        start = total.start()  # 大健康、…、会展商贸及文化体育四大重点产业增加值: the count that
        # totals the list before it opens the name, the list's last items no part of it
    if is_heading and " " in text[start:pos]:
        # 前三季度西安经济运行稳中有进 GDP同比增长4.8%: a headline's space ends a phrase
        for gap in _HEADLINE_GAP.finditer(text, start, pos):
            start = gap.end()
    return start


_BOUNDS = ("以上", "以下", "以内")
# a count in words with 大 totalling the list it closes (…及文化体育四大重点产业): a list's total
_LIST_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff])[两二三四五六七八九十]大(?=[\u4e00-\u9fff]{2})")


def _bounds_class(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` bounds the class the noun after it names
    (144平方米以上的改善型住房, 300万元以下的房源: its 以上 in its quote or right after it)."""
    if text.startswith(_BOUNDS, end):
        end += len(_BOUNDS[0])
    elif not text.endswith(_BOUNDS, 0, end) and _BOUND_BEFORE.search(
            text, max(0, end - _BOUND_REACH), end) is None:
        return False  # (能见度低于8公里的时数, 日最高气温高于35℃的天数: a bound written before)
    return text.startswith("的", end) and ((
        noun_follows(text, end + 1) and text[end + 1] not in _HEADLESS_VERBS)
        or text.startswith(_SHARE_OPEN, end + 1))  # (…在180立方米以内的占86.2%: the class
    # the bound makes is the part, named by its relative clause, as h116's 35周岁以下的)


_SHARE_OPEN = "占"
_BOUND_BEFORE = re.compile(r"(?:低于|高于|超过|不足|少于|多于|大于|小于|不到|低於|高於|超過|不足)"
                           r"[\d.,]+[万亿萬億]?[^\d\s，,；;。：:的]{0,4}$")
_BOUND_REACH = 24  # characters of the bound's verb, figure and unit
# verbs right after a 的 that closes a phrase with no noun (目标在6%及以上的有4个, …以下的占三成)
_HEADLESS_VERBS = frozenset("有为是占达共")


# a count closing a note (…（回收有效问卷6218份）): of the note's own words
_NOTE_COUNT = re.compile(r"[\d.,]+(?:万|亿)?[份个人家项次件条所名户]）")
# a plan's verb and the start of its level right before the plan's words (完成全年1200万人|目标任务)
PLAN_LEVEL = re.compile(r"(?:完成|达到|达)(?:全年|年度|当年)?[\d.]+[万亿]?[\u4e00-\u9fff]{0,2}$")
PLAN_LEVEL_REACH = 16  # characters of the verb and the level before the plan's words
# a plan's words with its level after them, unbracketed, then 的 and the share done of it
# (完成年度计划1480万吨的83.5%): the level (the text before it ends with the plan's words, 的
# after it) and the share (the text before it ends with the level and 的)
PLAN_WORDS_BEFORE_LEVEL = re.compile(
    r"(?:完成|达到|达)(?:全年|年度|年初|当年)?(?:预算|计划|目标|任务)(?:数|任务)?$")
PLAN_LEVEL_OF = re.compile(
    r"(?:完成|达到|达)(?:全年|年度|年初|当年)?(?:预算|计划|目标|任务)(?:数|任务)?"
    r"[\d.]{1,12}[万亿]?[\u4e00-\u9fff]{0,3}的$")
PLAN_WORDS_REACH = 24  # characters of the verb, the plan's words, the level and 的


def plan_level_unbracketed(text: str, start: int, end: int) -> bool:
    """The number at ``start``..``end`` is a plan's level written after the plan's words and
    before 的 (完成年度计划1480万吨的83.5%: 1480万吨)."""
    return text.startswith("的", end) and PLAN_WORDS_BEFORE_LEVEL.search(
        text, max(0, start - PLAN_WORDS_REACH), start) is not None
FOR = "为"  # whom a deed is done for (为经营主体减税降费, 为21名残疾考生设置…)


def is_deed(tok: Tok) -> bool:
    """A verb, or a flow verb the dictionary tags otherwise (办理/n, 提供)."""
    return tok.pos.startswith("v") or tok.word in flow_words()


def beneficiary_words(toks: Sequence[Tok]) -> int:
    """How many words open ``toks`` naming whom a deed is for (nouns up to the deed)."""
    return len(list(itertools.takewhile(
        lambda t: t.pos in _BENEFICIARY_TAGS and t.word not in flow_words()
        and t.word not in DEED_MANNERS, toks)))


# how a deed is done for its beneficiaries, before its verb (为3.5万名老年人免费体检, 无偿提供,
# 上门服务): the deed's, no part of whom it is for
DEED_MANNERS = frozenset(("免费", "无偿", "义务", "上门", "定期", "集中", "统一"))


_BENEFICIARY_TAGS = frozenset(("n", "nr", "nz", "b", "a"))
# an amount a ranking is by (X以18.6亿元的档期票房位列第一, 以52.1%的份额居首)
BY_AMOUNT = "以"
# the verb of a sum worked out on the number (以总股本84.2亿股计算, 按1250万人测算): no noun counted
RECKONING = ("计算", "测算", "核算", "折算", "为基数", "为基础")
CHANGE_WORDS = ("下跌", "上升", "下降", "增加", "减少", "微升", "微降", "微跌", "微涨", "回落",
                "回升")
# a rate of change against the period before, named by the period (Taiwan's 年增率, 月增率,
# 季增率), or Macau's and Hong Kong's real growth rate (本地生产总值实质增长率): no name of a
# thing, unlike 增长率 of 人口自然增长率 or 经济成长率 (年減率 names a fall: :mod:`.restate`
# reads it in the name to sign the value, so it stays there)
PERIOD_RATE = re.compile(r"(?:[年月季]增率|实质增长率)$")
_RATE_OF = "率"
# a clause that opens with the base of a comparison (，比去年同期签约活动提高2.4亿元)
# (较近5年同期均值偏少42.1%, 较常年同期偏多6次, 比多年平均偏多: a mean of years as the base)
COMPARED = re.compile(r"[，,]?\s?(?:比|较)(?:去年|上年|上月|上季|今年|同期|年初|\d{4}年"
                       r"|近[\d一二三四五六七八九十]+年|常年|多年平均|历史同期)")


def apart_from_subject(indicator: str, subject: str | None, home_place: str | None,
                       ) -> tuple[str, str | None, bool]:
    """The name without the place (its subject, or the home place) it starts with, the place
    in short, and whether the name is no name at all (then "")."""
    subject = subject or None
    listed = _LISTED in indicator[:6] and _GROUP_COUNTED.search(indicator) is not None
    indicator = without_period_rate(indicator if listed else strip_home(indicator, home_place))
    # (九江、南昌、上饶3市平均降雨量: the home a list's first place, kept with the list)
    indicator = without_holiday(indicator)
    if indicator[:1].isdigit() and (listed := _LIST_NUMBER.match(indicator)) is not None:
        indicator = indicator[listed.end() :]  # 注：1.2025-JK-17地块…: a note's item number
        # glued to a code, no part of it
    if _MUST in indicator and (must := _MUST_BEFORE_DEED.search(indicator)) is not None:
        indicator = indicator[: must.start()] + indicator[must.end() :]  # 地块须配建: the duty's
        # 须, as a goal word at a name's head
    if indicator.startswith(_GOAL_ADVERBS) and len(indicator) > 3:
        indicator = indicator[1:]  # (我市将小学、初中…分别提高到: the plan's 将 left after the
        # home, a list's first item)
    if indicator.startswith(_OF) and len(indicator) > 2:
        indicator = indicator[1:]  # (…国家和地区|的境外选手186人: the count before took its noun)
    if _SETTING in indicator and (due := _DEADLINE_HEAD.search(indicator)) and (
            len(indicator) - due.end() >= 2):
        indicator = indicator[: due.start()] + indicator[due.end() :]  # 在合同签订之日起1个月内
        # 缴纳出让价款, 竞得人须在…内缴纳: the deadline a rule sets for the deed (and its 须), no
        # part of its name
    if indicator.endswith(_BUDGET):
        indicator = _without_budget_word(indicator)
    if _PER_HEAD in indicator and (per := _PER_RECIPIENT_TAIL.search(indicator)) and (
            indicator.endswith(_GRANT_NOUNS, 0, per.start())):
        indicator = indicator[: per.start()]  # 0至6岁育儿津贴每名儿童每月加发(新台币1,500元):
        # the recipient and the month a grant is per, no part of its name
    if indicator.endswith(_RATE_RESTATED) and len(indicator) > _RATE_NAME_MIN:
        indicator = indicator[: indicator.rindex("为")]  # 利率上限为年利率13.8%: the cap, written
        # as a yearly rate (the rate's kind of year, no name of its own)
    if _OWN_FIRM_BASE in indicator and ("公司" in indicator or "行" in indicator):
        indicator = _FIRM_BASE.sub("占", indicator)  # 占用余额占公司最近一期经审计净资产: the
        # text's own company owns the base, as 公司 opening a name is dropped
    if "某" in indicator or "的" in indicator[:6] or "本判决" in indicator:
        indicator = without_case_parties(indicator)
    if "日" in indicator[:_ISSUED_REACH] and (issued := _ISSUED_DAY.match(indicator)) and (
            len(indicator) - issued.end() >= 2):
        indicator = indicator[issued.end() :]  # 2023年8月21日发布的一年期贷款市场报价利率 (its day
        # left half behind: 年8月21日发布的…): the day of its publication, no part of its name
    if subject and listed and indicator.startswith(subject + _LISTED):
        subject = None  # 九江、南昌、上饶3市平均降雨量: a group of places with its count, no one
        # place (session 20), the list kept in the name
    if subject and indicator and indicator.startswith((subject, _SETTING + subject)):
        lead = subject if indicator.startswith(subject) else _SETTING + subject
        indicator = indicator[len(lead) :] or indicator  # (在九华经开区新建小学: the place
        # the deed is done in is its subject)
        if indicator.startswith(_STOCK_FRAMES) and len(indicator) >= 4:
            indicator = indicator[2:]  # 九华经开区现有小学: 现有 a frame word after the place

    if subject and subject.endswith(_COUNTY_LEVELS) and (gauge := _GAUGE.match(indicator)):
        indicator = indicator[gauge.end() :]  # 永修县吴城站1小时降雨量: the county's gauge
        # station is part of the place (h178's 阳西县溪头站), the reading the name
    if subject:
        subject = short_place(subject)
    nameless = bool(indicator) and no_name(indicator)
    if nameless:
        indicator = ""  # 29个实现增长, 由2.6张提升至, 连续12年稳定在: no name of a thing
    return indicator, subject, nameless


_SETTING = "在"
_COUNTY_LEVELS = ("县", "区")
# a gauge station right after its county, before a hydrological reading (吴城站1小时降雨量)
_GAUGE = re.compile(r"[\u4e00-\u9fff]{1,4}站(?=[\d\u4e00-\u9fff]{0,4}(?:降雨|降水|雨量|水位|流量))")
_LISTED = "、"
# a list of places closed by their count and level (…、上饶3市, …、无锡两市)
_GROUP_COUNTED = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?"
                            r"[两二三四五六七八九十\d]{1,2}[市县区省]")
_OF = "的"
_GOAL_ADVERBS = ("将", "拟")
# a list's item number before a code that opens with digits (1.2025-JK-17, 2、2025-TH-05)
_LIST_NUMBER = re.compile(r"\d{1,2}[.．、](?=\d{4}-)")
_MUST = "须"
# a duty's 须 / 必须 between the one bound and its deed (地块须配建, 项目必须开工)
_MUST_BEFORE_DEED = re.compile(r"(?<=[\u4e00-\u9fff])必?须(?=[\u4e00-\u9fff]{2})")
# a deadline opening a name (在合同签订之日起1个月内, 在10个工作日内)
_DEADLINE_HEAD = re.compile(r"(?:须|需|应当|应|必须)?在[^，,；;。]{0,16}?"
                            r"[\d一二三四五六七八九十两]+个?"
                            r"(?:工作日|日|天|周|月|年)(?:之内|以内|内)")
_STOCK_FRAMES = ("现有", "共有", "已有")  # (two characters each)
_BUDGET = ("预算", "预算数")
# a budgeted item's own name before its 预算 (營運開支預算為…, 博彩直接稅收入預算為…, “三公”
# 经费预算数为…)
# (a Taiwanese budget's capital and current accounts: 資本門預算編列276.4億元, 經常門預算)
_BUDGETED = ("开支", "支出", "收入", "开支计划", "经费",  # (「投資與發展開支計劃」預算為…)
             "资本门", "经常门")


def _without_budget_word(indicator: str) -> str:
    """A budgeted item without the 预算 or 预算数 after it (简约公屋营运开支预算 -> 简约公屋营运
    开支, 2025年收入预算 -> 收入, 三公经费预算数 -> 三公经费): the kind (target) says the figure
    is a plan, as session 25 settled (h11's 博彩直接税收入); 预算 inside a statistical name
    stays (一般公共预算收入, 调入一般公共预算)."""
    item = indicator.removesuffix("数")[: -len(_BUDGET[0])]
    return item if len(item) >= len(_BUDGETED[0]) and item.endswith(_BUDGETED) else indicator


# the recipient and the span a grant is set per, after the grant's name, with the verb of paying
# (育儿津贴每名儿童每月加发, 高龄津贴每人每月发放): the terms of a rule, no words of its name
_PER_HEAD = "每"
_PER_RECIPIENT_TAIL = re.compile(r"每(?:人|名|户|位|生|胎|班)[\u4e00-\u9fff]{0,4}?"
                                 r"每(?:月|年|季|季度|日|天|周)"
                                 r"(?:加发|发放|增发|补助|补贴|可领|可获|领取|给予)?$")
_GRANT_NOUNS = ("津贴", "补贴", "补助", "奖励金", "助学金", "敬老金", "生活费", "救助金")


# a level restated as the rate it is written in (利率上限为年利率13.8%)
_RATE_RESTATED = ("为年利率", "为月利率", "为日利率", "为年化利率")
_RATE_NAME_MIN = 6


# the text's own company as the owner of a share's base (占公司最近一期经审计净资产, 占本公司…;
# a bank's 占本行…)
_OWN_FIRM_BASE = "占"
_FIRM_BASE = re.compile(r"占(?:本公司|公司|本行|我行)(?=[\u4e00-\u9fff]{4})")


# the day a figure was published, before its name (…年8月21日发布的一年期贷款市场报价利率)
_ISSUED_DAY = re.compile(r"(?:\d{0,4}年)?\d{1,2}月\d{1,2}日(?:发布|公布|印发|公告)的")
_ISSUED_REACH = 8


# a judgment's parties, anonymised as 中国裁判文书网 prints them (李某, 王某某, 某某公司), with
# their role (原告张某); a claim's 判令 before one; the time the judgment gives (于本判决生效之日起
# 十日内); what a party says or the parties agreed (双方约定的, 原告主张的)
_PARTY = (r"(?:原告|被告|第三人|上诉人|被上诉人|申请人|被申请人)?"
          r"(?:(?!某)[\u4e00-\u9fff]某{1,2}(?![\u4e00-\u9fff]{0,4}公司)"
          r"|某某[\u4e00-\u9fff]{0,6}?公司)")  # (not 某某茶花节: an event's name withheld)
_CASE_FRAME = re.compile(
    rf"^(?:(?:请求)?判令(?={_PARTY}))?(?:{_PARTY}(?:、{_PARTY})*)?"
    r"(?:于?本判决生效之日起[\u4e00-\u9fff\d]{1,3}日内)?"
    r"(?:(?:双方|原告|被告|当事人)(?:约定|主张|请求|确认)的)?")
# a party after the verb of what is paid to it (偿还原告张某借款本金, 支付原告张某律师费)
_PAID_PARTY = re.compile(rf"(?<=偿还|支付|返还|赔偿|给付){_PARTY}")


def without_case_parties(indicator: str) -> str:
    """The name without a judgment's frames (判令李某偿还借款本金 -> 偿还借款本金,
    于本判决生效之日起十日内偿还原告张某借款本金 -> 偿还借款本金, 双方约定的月利率 -> 月利率):
    the parties are the judgment's own, as a company's text's 公司 is its own; a name they would
    leave empty stays."""
    found = _CASE_FRAME.match(indicator)
    rest = indicator[found.end() :] if found is not None else indicator
    if "某" in rest:
        rest = _PAID_PARTY.sub("", rest)
    return rest if len(rest) >= 2 else indicator


def without_holiday(indicator: str) -> str:
    """The name without the public holiday opening it (国庆黄金周入境旅客, 日均国庆黄金周入境
    旅客, 春节假期接待游客, 国庆档票房): the holiday is the figure's period (its days off, often
    in brackets after it), as 国庆中秋假期，…接待游客 already reads; no name of the set keeps
    one."""
    if not any(h in indicator[: _HOLIDAY_REACH] for h in _holiday_names()):
        return indicator
    found = _holiday_regex().match(indicator)
    if found is None or len(indicator) - found.end() < 2:
        return indicator
    return found.group("per_day") + indicator[found.end() :]


_HOLIDAY_REACH = 8  # characters: 日均 and a joined holiday's name (国庆中秋) at most
# the holiday 国庆 is joined with in the years they fall together (国庆中秋假期)
_JOINED_HOLIDAYS = ("中秋",)
_HOLIDAY_ALIASES = ("劳动节", "国庆节")  # (periods.official_holiday reads them so)


@cache
def _holiday_names() -> tuple[str, ...]:
    """The public holidays' names: those of the schedule (pipelines/data/metrics/holidays.yaml),
    their aliases and the holiday joined with one."""
    listed = load_yaml(HOLIDAYS_PATH.read_text(encoding="utf-8"))["holidays"]
    return tuple(sorted({*listed, *_HOLIDAY_ALIASES, *_JOINED_HOLIDAYS}, key=len, reverse=True))


@cache
def _holiday_regex() -> re.Pattern[str]:
    names = "|".join(map(re.escape, _holiday_names()))
    return re.compile(rf"(?P<per_day>日均|)[“”\"]?(?:{names})+[“”\"]?节?"
                      r"(?:黄金周|小长假|长假|假期|假日|档)(?:期间)?")


def without_period_rate(indicator: str) -> str:
    """The name without a rate of change against the period before ending it (CPI年增率,
    货币总计数M2年增率 -> CPI, 货币总计数M2): that rate has no name of its own, the thing that
    changed names it (a rate alone is left as it is: nothing names it)."""
    if not indicator.endswith(_RATE_OF) or (rate := PERIOD_RATE.search(indicator)) is None:
        return indicator
    return indicator[: rate.start()] or indicator
