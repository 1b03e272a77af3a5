"""Words that name a figure or do not: flow verbs leading a name, the pieces of a word a
number's quote cuts, the noun a share is of, a name that only points back at the last one."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from pipelines.domain.metrics.basis import OF_PLAN_VERBS, PLAN_BASES, PRICE_BASIS
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Tok, Toks, tokens_in
from pipelines.domain.metrics.counts import after_causative, caused_event, flow_verb_before
from pipelines.domain.metrics.indicator import (
    merge_generic,
    noun_after,
    trim_phrase,
    without_generic,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.metrics.period_spans import comparison_length
from pipelines.domain.metrics.place_names import is_place_token, strip_home
from pipelines.domain.metrics.subjects import SUPERLATIVE_CLAUSE, short_place
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
    if not rest or not "\u4e00" <= rest[0] <= "\u9fff":
        return False
    return rest[0] not in _NOT_NOUN_START or (toks is not None and _noun_word_at(toks, pos))


_NOUN_TAGS = ("n", "vn")


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
# the noun a share written before it is of: up to the next item or clause mark (…的城镇就业)
_PURPOSE = "用于"  # what a share is put to follows the noun it is of
SHARE_OF = re.compile(r"[\u4e00-\u9fff]+?(?=[、，,；;。和及与：:（(]|$)")

_TOTAL_WORDS = frozenset({"总数", "总量", "总规模", "总额"})
_AS_MUCH_AS = "相当于"


def of_last(indicator: str, last: str, cand: NumberCandidate, text: str) -> str:
    """A name that only points back at the last one named: 总数达到10300家 after
    新增国家高新技术企业1800家 is the total of those (国家高新技术企业总数: the flow verb is
    not the total's); 相当于地区生产总值的3.27% after an amount is that amount's share of the
    base (R&D经费支出占地区生产总值比重), and so is 占地区生产总值的比重为24.6% (a share whose
    part is not named is the last thing's)."""
    if indicator in _TOTAL_WORDS:
        return last[len(leading_flow_verb(last)) :] + indicator
    if (indicator.startswith(_AS_MUCH_AS) and len(indicator) > len(_AS_MUCH_AS)
            and cand.category == "percent" and text.endswith("的", 0, cand.start)):
        return f"{last}占{indicator[len(_AS_MUCH_AS) :]}比重"
    if (indicator.startswith("占") and cand.unit == "%" and len(indicator) > 1
            and not last.startswith("占") and "占" not in last):
        # 金融业增加值1200亿元，占地区生产总值的比重为24.6%: the share is of the last thing
        # named (金融业增加值占地区生产总值的比重), not of nothing; after a contribution (服务类
        # 年增2.03%，影响CPI上涨0.98个百分点，占总涨幅约三分之二) the part is the item's
        moved = max((last.find(w) for w in _CONTRIBUTES), default=-1)
        return (last[:moved] if moved > 0 else last) + indicator
    return indicator


# a period word before an amount done (年度完成投资150亿元以上): the period the figure is of, as
# every target of a work report is the year's, no part of its name
_PERIOD_BEFORE_DONE = re.compile(r"^(?:年度|全年|当年|今年)(?=完成)")


def without_period_word(indicator: str) -> str:
    """An amount done (完成 + an amount of the lexicon: 完成投资) without the period word before
    it (年度完成投资 -> 完成投资); other names as they are."""
    done = _PERIOD_BEFORE_DONE.sub("", indicator)
    return done if done != indicator and done[2:] in metric_lexicon().done_amounts else indicator


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
    if (compared := _COMPARED.search(part)) is not None:
        part = part[: compared.start()]
    examples_end = part.find(_EXAMPLES_CLOSE, part.rfind("、"))
    if examples_end > 0:
        # 出口纺织服装、箱包、…、塑料制品等劳动密集型产品: the examples before 等 are no part of
        # the name, their length neither (only the first item's, which may hold its verb)
        part = part[: part.index("、")] + part[examples_end:]
    return len(part) <= metric_lexicon().indicator_max_chars + 4


_EXAMPLES_CLOSE = "等"


def not_names(text: str, spans: Sequence[PeriodSpan]) -> list[tuple[int, int]]:
    """Where the sentence's words name no figure: its periods, with the comparison words
    before them (比上年), and how its rates are measured."""
    skip = [(p.start - comparison_length(text, p), p.end) for p in spans]
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


_SCOPE_BASIS = re.compile(r"按(?:可比|同|统一|新|旧)口径(?:计算)?")
# the currency a figure is reckoned in (以新台币计价, 以美元计价, 以美元计; 以新台币计价之…物价
# is a name)
_CURRENCY_BASIS = re.compile(r"以(?:[\u4e00-\u9fff]{1,4}?计价|(?:美元|人民币|港元|港币|欧元|日元|"
                             r"新台币|澳门元)计)(?!的|之)")
# a seasonally adjusted figure (经调整季节变动因素后, 经季节调整后之, 经季节性调整后): the
# adjustment says how it is measured; 经季节性调整的劳动人口 (的, no 后) is a statistic's name
_SEASONAL_BASIS = re.compile(r"经(?:过)?(?:调整)?季节性?(?:变动)?(?:因素)?(?:调整)?后之?")


# a space between words of a headline separates its phrases (CJK, then CJK or Latin)
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fffA-Za-z])")


def name_start(text: str, is_heading: bool, item_start: int, comma_start: int, prev_end: int,
               pos: int) -> int:
    """Where the words naming the number at ``pos`` may start: its item, or right after the
    number before it in the item (that number's name is not this one's)."""
    start = max(item_start, min(prev_end, pos))
    if comma_start < prev_end < pos and _bounds_class(text, prev_end):
        # 建筑面积144平方米以上的改善型住房成交占比, 总价300万元以下的房源占成交总量: the number
        # before bounds the class named, a word of this name
        start = max(item_start, comma_start)
    inner = text.rfind("（", start, pos)
    if inner >= 0 and "）" not in text[inner:pos] and _NOTE_COUNT.match(text, pos) is not None:
        start = inner + 1  # 数据来源于第三方机构调查（回收有效问卷6218份）: a note's own count
    opened = text.rfind("（", 0, start)
    if opened >= 0 and text.rfind("）", opened, start) < 0 and "）" in text[start:pos]:
        # 消费及旅游相关行业（即零售、住宿及膳食服务业合计）的失业率: the item's 、 is inside a
        # note; the name starts before the note
        start = max(min(prev_end, pos) if prev_end <= opened else 0,
                    text.rfind("，", 0, opened) + 1, text.rfind("；", 0, opened) + 1,
                    text.rfind("、", 0, opened) + 1)
    if start > comma_start and prev_end <= comma_start and plain_list(text, comma_start, pos):
        start = comma_start  # 新建和改扩建中小学、幼儿园80所: the list is one name
    if is_heading and " " in text[start:pos]:
        # 前三季度西安经济运行稳中有进 GDP同比增长4.8%: a headline's space ends a phrase
        for gap in _HEADLINE_GAP.finditer(text, start, pos):
            start = gap.end()
    return start


_BOUNDS = ("以上", "以下", "以内")


def _bounds_class(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` bounds the class the noun after it names
    (144平方米以上的改善型住房, 300万元以下的房源: its 以上 in its quote or right after it)."""
    if text.startswith(_BOUNDS, end):
        end += len(_BOUNDS[0])
    elif not text.endswith(_BOUNDS, 0, end):
        return False
    return text.startswith("的", end) and ((
        noun_follows(text, end + 1) and text[end + 1] not in _HEADLESS_VERBS)
        or text.startswith(_SHARE_OPEN, end + 1))  # (…在180立方米以内的占86.2%: the class
    # the bound makes is the part, named by its relative clause, as h116's 35周岁以下的)


_SHARE_OPEN = "占"
# verbs right after a 的 that closes a phrase with no noun (目标在6%及以上的有4个, …以下的占三成)
_HEADLESS_VERBS = frozenset("有为是占达共")


# a count closing a note (…（回收有效问卷6218份）): of the note's own words
_NOTE_COUNT = re.compile(r"[\d.,]+(?:万|亿)?[份个人家项次件条所名户]）")
_OF_BASE = ("为", "恢复至", "恢复到")
# 预算, 年初预算, 全年预算数, 年度计划, 全年目标任务: a plan as the base of a share
_PLAN_BASE = re.compile(r"(?:全年|年度|年初|当年|调整后|调整)?(?:预算|计划|目标)(?:数|任务)?")
# a plan's verb and the start of its level right before the plan's words (完成全年1200万人|目标任务)
_PLAN_LEVEL = re.compile(r"(?:完成|达到|达)(?:全年|年度|当年)?[\d.]+[万亿]?[\u4e00-\u9fff]{0,2}$")
_PLAN_LEVEL_REACH = 16  # characters of the verb and the level before the plan's words
_PLAN_WORDS_OF = re.compile(r"(?:预算|计划|目标)(?:数|任务)?的")
_CAUSING = ("带动", "拉动", "推动", "促进")
_SCORED, _POINTS_UNIT = "积", "分"
_RANK_BEFORE = re.compile(r"第[\d一二三四五六七八九十]+[位名]?、$")
_RANK_REACH = 8  # characters: the ordinal item before, 第十二位、
_RANKING_LIST = re.compile(r"(?:暂|仍|继续)?(?:位列|名列|列|居)([\u4e00-\u9fff]{0,6}榜单?)$")
# a cause written before a change (受…影响, 受…带动): the last indicator moved
# a level set as a share of a base (降至合同金额的1%, 提高至工资总额的12%): verb, base, 的
_TO_SHARE_OF = re.compile(r"(?:降至|降到|降低至|下调至|提高至|提高到|提升至|上调至|调整为|控制在"
                          r"|为)[\u4e00-\u9fff]{2,10}的$")  # (为起始价的20%)
# a change from the state before (环比由上月持平转为上涨, 由降转升, 同比由上月下降转为)
_TURN = re.compile(
    r"(?:环比|同比)?由[^，,；;。]{0,8}?(?:持平|下降|上涨|增长|回落|上升|降|升)转为?(?:上涨|下降|增长|"
    r"上升|回落|持平)?$")
_CAUSE = re.compile(r"(?:受|受到|由于)[^，,；;。]{1,24}(?:影响|带动|拉动|冲击)")


def _bracketed_place(seg: Sequence[Tok], cand: NumberCandidate) -> Tok | None:
    """The place right before the bracket the number opens (美国（5.1万人次）), or None."""
    if len(seg) < 2 or seg[-1].word not in ("（", "(") or seg[-1].end != cand.start:
        return None
    place = seg[-2]
    return place if is_place_token(place.word, place.pos) else None


def name_before(text: str, toks: Toks, cand: NumberCandidate, start: int,
                skip: Sequence[tuple[int, int]], home_place: str | None,
                ) -> tuple[list[Tok], str, bool]:
    """The name written between ``start`` and the number: the words kept of it (where the gap
    to the number starts), the name ("" when the number only measures the last one against
    something), and whether the number is a share of a plan (完成年度计划的103%)."""
    lex = metric_lexicon()
    if cand.unit_raw == _POINTS_UNIT and text.endswith(_SCORED, start, cand.start):
        # 常州队以6胜1平积19分: a league table's points (积分), whatever the record before
        return [], _SCORED + _POINTS_UNIT, False
    seg = tokens_in(toks, start, cand.start) + head_piece(toks, start, cand.start)
    if cand.category == "rank" and cand.ordinal:
        # 增速居GDP十强城市第2位: what is ranked comes before the rank verb
        cut = max(text.rfind(v, start, cand.start) for v in lex.rank_verbs)
        if cut < 0 and _RANK_BEFORE.search(text, max(0, start - _RANK_REACH), start):
            # 总量居全国第8位、中部第2位: the rank verb shared, the words before the ordinal
            # are its scope (as 全国 after 居): the last name is ranked
            return [], "", False
        if cut >= 0:
            seg = tokens_in(toks, start, cut)
            if (board := _RANKING_LIST.search(text, start, cand.start)) is not None:
                # 暂列积分榜第一位, 位列榜单第3: the ranking list it stands on names the rank
                return tokens_in(toks, board.start(), board.end()), board.group(1), False
    kept, _places = trim_phrase(seg, skip, home_place)
    if cand.category == _COUNTED and (deed := _deed_verb_dropped(seg, kept)) is not None:
        kept = [deed, *kept]  # 完成农村户厕改造3000户, 建设省级农业科技园区1个: the deed counted
    elif cand.category == _PERCENT and (said := _statement_end(kept)):
        kept = kept[said:]  # 国行维持今年经济增长4%至4.8%的预测, 宣布将隔夜政策利率维持在2.75%
    if not kept and _places and (item := _bracketed_place(seg, cand)) is not None:
        kept = [item]  # 来自日本（8.2万人次）、美国（5.1万人次）: the figure in brackets is the
        # place's, the place its item (as 韩国旅客 with the noun after the list)
    if kept and (kept[0].word in lex.comparison_words or seg[0].word in lex.comparison_words):
        kept = []  # 高于全国0.8个百分点: measured against something, same indicator (较114年度
        # 预算数增加: the base's period taken out with its 较, 预算数 is still the base)
    indicator = phrase_text(kept, text)
    if indicator and _CAUSE.fullmatch(indicator):
        kept, indicator = [], ""  # 受高校毕业生集中离校影响比上月上升: why it moved names nothing
    elif indicator and (turn := _TURN.search(text, start, cand.start)):
        # 环比由上月持平转为上涨0.1%: the state it turned from names nothing
        kept = [t for t in kept if t.end <= turn.start()]
        indicator = phrase_text(kept, text)
    of_base = False
    if text.endswith("的", 0, cand.start):
        if indicator and text.startswith(_OF_BASE, start + text.startswith("约为", start)):
            # 为预算的102.3%, 恢复至疫情前的八成: the last indicator against a base; a plan's
            # (为预算的98.4%, 为年度计划的105%) is a share of the plan, as 完成预算的98.4% is
            of_base = text.startswith("为", start) and _PLAN_BASE.fullmatch(
                text, start + 1, cand.start - 1) is not None
            kept, indicator = [], ""
        elif text.startswith(OF_PLAN_VERBS, start) and any(
                w in text[start : cand.start] for w in PLAN_BASES):
            # 完成年度计划的103%, 达全年预算数的97.6%, 完成全年目标的九成: the last
            # indicator against its plan (the plan's words, 全年 among them, are the base:
            # no goal, no period)
            kept, indicator, of_base = [], "", True
        elif _PLAN_BASE.fullmatch(text, start, cand.start - 1) and _PLAN_LEVEL.search(
                text, max(0, start - _PLAN_LEVEL_REACH), start):
            # 完成全年1200万人目标任务的88.1%: the plan's level written between its verb and
            # its words, the words after that number are the plan's alone: the last name's
            kept, indicator = [], ""
        elif indicator and (level := _TO_SHARE_OF.search(text, start, cand.start)):
            # 保证金缴纳比例降至合同金额的1%: the level's base after its verb names nothing
            kept, _ = trim_phrase(tokens_in(toks, start, level.start()), skip, home_place)
            indicator = phrase_text(kept, text) or indicator
        elif indicator and "按" in indicator:
            head = indicator[: indicator.index("按")]  # 预备费按…支出的2%设置
            # (在第15年末按面值提前偿还本金的50%: no name before 按, its manner: what is done)
            indicator = head if not _NO_NAME.fullmatch(head) else _after_manner(kept, text)
    if indicator and _bare_share_of_part(text, kept, cand, start):
        indicator += "占比"
    if len(kept) > 1 and kept[-1].pos.startswith("v") and (
            obj := _object_written_before_list(text, kept[-1].word, start)):
        indicator += obj
    if indicator.startswith(_FOR):
        indicator = _without_beneficiary(indicator)
    elif indicator and (deed_object := _object_for_counted(text, kept, start)):
        indicator = deed_object
    if "按" in indicator and text.startswith(_RECKONING, cand.end) and (
            by := next((i for i, t in enumerate(kept) if t.word in _BY_WORDS), -1)) >= 0:
        # 每千人拥有企业数按全省常住人口6121万人计算: the base reckoned by is the number's
        kept, _ = trim_phrase(kept[by + 1 :], skip, home_place)
        indicator = phrase_text(kept, text) or indicator
    if indicator and len(indicator) > 4:
        caused = max((indicator.rfind(v) + len(v) for v in _CAUSING
                      if indicator.rfind(v) > 0), default=0)
        if 0 < caused < len(indicator) - 1:
            indicator = indicator[caused:]  # 以旧换新带动家电类零售额增长两成: what grew
    return kept, indicator, of_base


_NO_NAME = re.compile(r"在?第?[\d一二三四五六七八九十]*")
_COUNTED = "count"
_NOT_OBJECT_TAGS = ("v", "d", "p", "u", "c", "m", "q", "r", "x", "w", "f", "t")


_PERCENT = "percent"
_MONEY = "currency"
_TOTAL_OF = "总"  # (新引进…项目25个、总投资200亿元: the projects' total, no deed of the verb)
# verbs of a body's statement or decision on a rate or a forecast, before the measure they speak
# of (提出国内生产总值增长5%左右, 宣布将隔夜政策利率维持在2.75%, 维持…经济增长4%至4.8%的预测)
_STATEMENT_VERBS = frozenset(("提出", "宣布", "维持", "維持"))
_WILL = frozenset(("将", "拟"))
_NOT_STATED = ("v", "d", "p", "u")  # tags of a word after the verb that opens no measure


def _statement_end(kept: Sequence[Tok]) -> int:
    """Where the words after a statement verb opening a rate's name start (past who made it and
    a 将 after the verb); 0 when no such verb is followed by a noun."""
    at = next((i for i, t in enumerate(kept[:-1]) if t.word in _STATEMENT_VERBS), -1)
    if at < 0:
        return 0
    end = at + 1 + (kept[at + 1].word in _WILL)
    ok = end < len(kept) and not kept[end].pos.startswith(_NOT_STATED)
    return end if ok and at <= 1 else 0  # (the verb first, or after who stated it: 国行维持)


def _deed_verb_dropped(seg: Sequence[Tok], kept: Sequence[Tok]) -> Tok | None:
    """The flow verb right before a count's noun that the trimming dropped as a prefix word
    (建设, which also opens names of plans: 建设省级农业科技园区1个, 建设数字化车间1.5万个):
    what is counted is the deed, as 新建充电桩 keeps its verb. (完成 stays dropped: the set
    labels 完成农村户厕改造 both ways.)"""
    if not kept or (kept[0].pos.startswith(_NOT_OBJECT_TAGS) and kept[0].pos != "vn"):
        return None
    before = next((t for t in reversed(seg) if t.end <= kept[0].start), None)
    if before is None or before.end != kept[0].start:
        return None
    verbs = metric_lexicon().flow_verbs
    return before if before.word in verbs else None


def _after_manner(kept: Sequence[Tok], text: str) -> str:
    """The words after a 按 phrase's object (按面值|提前偿还本金): what is done that way."""
    by = next((i for i, t in enumerate(kept) if t.word in _BY_WORDS), len(kept))
    verb = next((i for i in range(by + 1, len(kept)) if kept[i].pos.startswith("v")), len(kept))
    return phrase_text(kept[verb:], text)


_FOR = "为"
_BY_WORDS = frozenset(("按", "按照"))


def _without_beneficiary(indicator: str) -> str:
    """为经营主体减税降费及退税缓费 -> 减税降费及退税缓费, 为65岁及以上老年人提供健康管理服务 ->
    提供健康管理服务: who a measure is for (a beneficiary, with its modifiers) names nothing."""
    ends = [indicator.find(w, len(_FOR), _WHO_MAX) + len(w)
            for w in metric_lexicon().beneficiaries
            if indicator.find(w, len(_FOR), _WHO_MAX) >= 0]
    rest = indicator[max(ends) :] if ends else ""
    return rest if len(rest) >= 2 else indicator


_WHO_MAX = 16  # characters: how far a beneficiary may end after 为


def _beneficiary_counted(after: Toks, text: str) -> str:
    """为21名残疾考生设置单独考场: the counted after 为 are whom something is done for, named by
    their nouns up to the deed (设置, tagged a verbal noun that a counted noun otherwise keeps)."""
    nouns = _beneficiary_words(after)
    if not nouns or nouns >= len(after) or not _is_deed(after[nouns]):
        return ""
    return phrase_text(after[:nouns], text)


def _is_deed(tok: Tok) -> bool:
    """A verb, or a flow verb the dictionary tags otherwise (办理/n, 提供)."""
    return tok.pos.startswith("v") or tok.word in flow_words()


def _beneficiary_words(toks: Sequence[Tok]) -> int:
    """How many words open ``toks`` naming whom a deed is for (nouns up to the deed)."""
    return len(list(itertools.takewhile(
        lambda t: t.pos in _BENEFICIARY_TAGS and t.word not in flow_words(), toks)))


_BENEFICIARY_TAGS = frozenset(("n", "nr", "nz", "b", "a"))
# whom a deed is for, counted (为21名残疾考生, 为426.5万户次农户, 为2.86万户纳税人)
_COUNTED_FOR = re.compile(r"为[\d.,]+[万亿]?[名户家个人所位](?:次)?")


def _object_for_counted(text: str, kept: Sequence[Tok], start: int) -> str:
    """为21名残疾考生设置单独考场6个, 为1286名劳动者追发工资等待遇2136万元: the amount after a deed
    done for counted beneficiaries is named by the deed (设置单独考场, 追发工资等待遇, as h31 and
    h44 label it); the beneficiaries name nothing (the count before is theirs), or ""."""
    window = max(0, start - _COUNTED_FOR_REACH)
    counted = _COUNTED_FOR.search(text, window, kept[-1].start) if kept else None
    if counted is None:
        return ""
    rest = [t for t in kept if t.start >= counted.end()]
    nouns = _beneficiary_words(rest)
    if not nouns or nouns >= len(rest) - 1 or not _is_deed(rest[nouns]):
        return ""
    return phrase_text(rest[nouns:], text)


_COUNTED_FOR_REACH = 12  # characters before the name's start 为 and its count may open


def gap_before(text: str, kept: Sequence[Tok], indicator: str, start: int, pos: int) -> str:
    """The words between the name and the number (同比增长, 达到): what kind of figure it is
    and which way it moved."""
    gap = text[kept[-1].end if kept else start : pos]
    if kept and indicator:
        joined = "".join([t.word for t in kept])
        at = joined.rfind(indicator)
        if at >= 0:
            gap = joined[at + len(indicator) :] + gap  # 价格上涨 tagged as one word
    return gap


def name_after(text: str, toks: Toks, cand: NumberCandidate, indicator: str, gap: str,
               kept: Sequence[Tok], listed: bool, comma_start: int, prev_flow: str,
               prev_comma: int, prev_end: int) -> tuple[str, bool]:
    """The name written after the number, when it is there (a share of a noun, a count of a
    noun; not for a number of a 分别 list, named by it), else the flow verb the item before
    it leads with; and whether the number counts that noun (for :func:`.counts.share_heads`)."""
    lex = metric_lexicon()
    if _PLAN_WORDS_OF.match(text, cand.end) and _PLAN_LEVEL.search(
            text, max(0, cand.start - _PLAN_LEVEL_REACH), cand.end):
        return "", False  # 完成全年1200万人目标任务的88.1%: the plan's level, of the last name
    if (standard := _STANDARD_AT.match(text, cand.end)) is not None:
        # (每千人口不少于10个托位的标准: the unit's noun before 的标准)
        return standard_name(text, standard.end(), indicator), False
    if not indicator and text.startswith(_PUT_TO, cand.end) and (
            use := _use_after(text, toks, cand.end)):
        return use, False
    if text.endswith(_BY_AMOUNT, 0, cand.start) and (
            of := _AMOUNT_OF_RANKED.match(text, cand.end)) is not None:
        # 《长空之翼》以18.6亿元的档期票房位列第一: the amount is the named one's, measured by
        # the noun after 的 (the rank after it ranks the same)
        return indicator.removesuffix(_BY_AMOUNT) + of.group("what"), False
    if text.endswith(_BY_AMOUNT, 0, cand.start) and (verb := _verb_of_amount(text, toks, cand.end)):
        # 最终由某公司以33.6亿元竞得: the price the deal was made at, named by the deal (not by
        # who made it)
        return verb, False
    if (harmed := _HARMED.match(text, cand.end)) is not None and (
            (caused := text.rfind(_CAUSED, comma_start, cand.start)) >= 0):
        # 洪涝灾害造成2216.5万人次受灾: the harm after the toll names it, with its cause (not
        # 造成, nor the places hit: 造成广东、广西3省186.9万人次受灾)
        cause = indicator.split(_CAUSED, 1)[0]
        if cause and (cause not in text[comma_start:caused] or cause.startswith(_EVERY_KIND)):
            cause = ""  # (各种自然灾害共造成…受灾: every kind together, no one cause)
        return cause + harmed.group("harm"), False
    if cand.category == "percent" and not listed and (
            said := _WHO_SAY.match(text, cand.end)) is not None:
        # 近七成受访基层干部认为负担有所减轻, 超过60%的受访者表示“有更多时间下村入户”: the share
        # of those asked who said so, named by who and what they said
        return _QUOTE_MARKS.sub("", said.group("said")), False
    if (cand.category == "percent" and not listed and text.startswith("的", cand.end)
            and text[cand.num_start].isdigit() and noun_follows(text, cand.end + 1)
            and not changes_before(gap)
            and not (indicator and indicator.endswith(lex.share_cues))):
        # 贡献了全市70%以上的地区生产总值、80%以上的税收: the share is of the noun after 的
        found = SHARE_OF.match(text, cand.end + 1)
        noun = found.group() if found is not None else ""
        # (将不少于5%的新增建设用地用于…: a rule's share of what it sets aside, up to the purpose)
        noun = noun.split(_PURPOSE, 1)[0] if _PURPOSE in noun else noun
        if len(noun) > 2 and noun.endswith("中"):
            noun = noun[:-1]  # 0.3%的同比涨幅中，…: "in" the rate, the rate
        if 2 <= len(noun) <= 10 and noun not in SHARE_NOT_NOUNS:
            # (覆盖99.0%的人口: a flow verb right before the share governs its noun, kept)
            indicator = flow_verb_before(text, comma_start, cand.start) + noun
    if (cand.category == "currency" and not listed and text.startswith("的", cand.end)
            and not text.endswith(_BOUNDS_WRITTEN, cand.start, cand.end)
            and (of := _AMOUNT_OF.match(text, cand.end + 1)) is not None
            and of.group() not in SHARE_NOT_NOUNS and noun_follows(text, cand.end + 1, toks)):
        # 推出新一轮约1,200万元的消费推广资助: the amount is of the noun after 的, to the
        # clause's end, with the verb right before the amount (拨出13亿新元的企业扶持配套); not
        # a threshold defining a class (年主营业务收入2000万元及以上的工业企业)
        before = next((t for t in reversed(toks) if t.end <= cand.start), None)
        verb = before.word if before is not None and before.end == cand.start and (
            before.pos == "v") else ""
        return verb + of.group(), False
    if (indicator and _SEGMENT.fullmatch(indicator) and not listed
            and noun_follows(text, cand.end)):
        # 完成洋坑村至岭脚村段5.6公里道路拓宽: the section before names where the work is, the
        # noun after the length what it is
        noun = noun_after(tail_piece(toks, cand.end) + tokens_in(toks, cand.end, len(text)), text)
        if noun:
            return noun, False
    if (cand.category in ("count", None) and not listed and noun_follows(text, cand.end, toks)
            and not text.startswith(_PHRASE_GAPS, cand.end)
            and not text.startswith(_RECKONING, cand.end)):
        # (接待游客5186.3万人次 实现旅游收入: a space in a headline ends the phrase)
        # Num + measure word + noun (建成 100 个智能工厂): the noun is what is counted
        after = tail_piece(toks, cand.end) + tokens_in(toks, cand.end, len(text))
        noun = noun_after(after, text)
        if noun and text.endswith(_FOR, 0, cand.start):
            noun = _beneficiary_counted(after, text) or noun
        if noun and after and after[0].pos == _EVENT_TAG and len(noun) > len(after[0].word) and (
                _NEXT_FIGURE.match(text, after[0].end)):
            noun = after[0].word  # 第7轮6场比赛门票收入412万元: the rest names the next figure
        if noun and noun in lex.flow_verbs and (given := _GIVEN_TO.match(text, cand.end)) and (
                given.group("verb") == noun):
            return given.group(), True  # 约3 900个编配予一般申请者: to whom the deed gave them
        if noun and not noun.startswith(_CHANGES_AFTER) and (
                noun not in lex.weak_count_nouns or _flow_verb_of(text, comma_start, cand)):
            # (审计了86个单位: a weak noun a flow verb counts names the deed's object)
            # (152 400人下跌4 600人, 由2.6张提升至4.1张: a change after the count, not a noun
            # it counts)
            if after_causative(text, comma_start, cand.start, kept):
                # 推动23座商业综合体建成投运: what is counted is the event caused
                named = flow_verb_before(text, comma_start, cand.start) + noun
                return caused_event(text, cand.end, named) or named, True
            verb = "" if _counted_act(text, toks, cand, noun) else _flow_verb_of(
                text, comma_start, cand)
            if (over := _MEMBERS_OVER_BOUND.match(text, cand.end)) is not None:
                # 44个城市超过200万辆, 98个城市的汽车保有量超过100万辆: members of the class a
                # bound defines, named by the bound and the class (超过200万辆的城市)
                return f"{over.group('what') or ''}{over.group('bound')}的{over.group('who')}", True
            if not text.endswith(_NOT_DOERS, 0, cand.start) and (
                    state := _state_of_counted(text, toks, cand.end, noun, indicator)):
                return verb + state, True
            return verb + noun, True
    elif (
        indicator and prev_flow and comma_start == prev_comma
        and ("、" in text[prev_end : cand.start]
             or text.startswith(_LAST_ITEM_JOINTS, prev_end))  # (…4次及黑色…信号2次)
        and not indicator.startswith(lex.flow_verbs)
        and not (cand.category == _MONEY and indicator.startswith(_TOTAL_OF))
        and not (len(kept) == 1 and kept[0].pos == _VERB)  # (发生…事故126起、死亡143人: a
        # deed of its own, a bare verb; 示范家庭农场 is named with 示范/v as a modifier)
    ):
        indicator = prev_flow + indicator  # 新建天府绿道453公里、各类公园60个
    return indicator, False


_LAST_ITEM_JOINTS = ("及", "和", "以及")  # the joint before a list's last item
_VERB = "v"


# the respondents of a survey and what they said (受访者表示…, 受访基层干部认为…)
_WHO_SAY = re.compile(r"的?(?P<said>(?:受访|受调查|被调查|参与调查的?)[\u4e00-\u9fff]{1,6}?"
                      r"(?:认为|表示|反映|称|希望|支持|赞成|满意)[^，,；;。]{2,24})")
_QUOTE_MARKS = re.compile(r"[“”\"‘’]")
_PUT_TO = ("用于", "用作")
_AMOUNT_OF = re.compile(r"[\u4e00-\u9fff]{2,10}(?=[，,；;。]|$)")
_BOUNDS_WRITTEN = ("以上", "以下")


def _use_after(text: str, toks: Toks, pos: int) -> str:
    """另有28.50亿元用作符合条件的重大项目资本金: an amount with no name before it is named by
    the use it is put to (its verb and the noun after its last 的), as 用于社会事业60.73亿元."""
    verb = next(v for v in _PUT_TO if text.startswith(v, pos))
    noun = noun_after(tokens_in(toks, pos + len(verb), len(text)), text)
    return verb + noun if noun else ""


# the counted, what of theirs is bounded and the bound, to the clause's end (城市超过200万辆,
# 城市的汽车保有量超过100万辆, 省份的GDP增长目标不低于5%, 省份的目标在5.5%及以上, 省份今年的
# 目标低于5%: the year the goal is of no part of the class): the class the bound defines
# the year a member's goal or figure is of, between the member and its 的 (省份今年的目标)
MEMBERS_YEAR = r"(?:今年|明年|去年|全年)"
_MEMBERS_OVER_BOUND = re.compile(
    rf"(?P<who>[\u4e00-\u9fff]{{1,6}}?){MEMBERS_YEAR}?"
    r"(?:的(?P<what>[A-Za-z\u4e00-\u9fff]{2,10}?))?"
    r"(?P<bound>(?:超过|超|高于|低于|不低于|不高于|不少于|不足|达到|突破|在)[\d.]+[万亿]?"
    r"(?:%|[\u4e00-\u9fff]{1,2})(?:及以上|及以下|以上|以下)?)(?=[，,；;。]|$)")
_EVENT_TAG = "vn"  # a verbal noun counted (6场比赛)
_NEXT_FIGURE = re.compile(r"[\u4e00-\u9fff]{1,8}\d")
_STATE_MAX = 12  # characters of what the counted do, after them to the clause's end
# 董事会由9名董事组成: what the counted make up; 与5家金融机构签署…: the partners the agent
# acted with; 可在200余家景区享受…: where others do it; no doing of the counted's own
_NOT_DOERS = ("由", "与", "同", "在", _FOR,  # (为21名残疾考生设置…: whom it is done for)
              "在全国", "在全省", "在全市")  # (…已在全国336个城市推行: where it is done)
_STATE_ADVERBS = ("将",)  # (已完成抽签 stays no state: h11 labels 2,800个经济房屋单位 bare)
_ROLES = ("作为", "成为")  # 23.8万名农村劳动力作为调查样本: what they serve as, no doing
_CLAUSE_END = re.compile(r"[，,；;。：:]")
_OBJECT_TAGS = ("n", "v")  # the words after the counted's verb: its object, or verbs in a row


# the time a deed lasts until (延长运营至次日0:30, 开放至22时)
_UNTIL_TIME = re.compile(r"(?:至|到)(?:次日|凌晨|晚上|晚|夜间)?\d{1,2}(?:[:：]\d{2}|时|点)")
_MINUTES = 3  # characters of a clock's colon and minutes (:30)


def _state_of_counted(text: str, toks: Toks, pos: int, noun: str, named: str) -> str:
    """11项指标达到或超过序时进度, 承销团成员41家参与投标: a count whose clause ends with what the
    counted do (a verb) is named by that and the thing (达到或超过序时进度的指标, 参与投标的承销团
    成员); "" when the clause goes on otherwise."""
    at = text.find(noun, pos, pos + len(noun) + 2)
    verb_first = at < 0 or _tag_at(toks, pos) == "v"
    if not verb_first and not _tag_at(toks, at).startswith("n") and _LEVELS_NOTE not in noun:
        return ""  # (3项进展滞后: a verbal noun and its state, no thing counted; 县（市、区）受灾
        # a place's levels, 县 tagged a morpheme)
    start = pos if verb_first else _after_listed_counts(toks, at + len(noun))
    if not verb_first and text.startswith(_STATE_ADVERBS, start):
        start += 1  # 1650名困难学生将享受国家助学金: what the counted will do, 将 no part of it
    thing = named if verb_first else noun
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end is not None else len(text)
    if (until := _UNTIL_TIME.search(text, start, stop + _MINUTES)) is not None and (
            until.start() < stop):
        stop = until.start()  # 6条线路延长运营至次日0:30: until when is no part of the deed
        # (the clock's colon ended the clause: its minutes are read past it)
    state = text[start:stop]
    if (not thing or not 2 <= len(state) <= _STATE_MAX or _tag_at(toks, start) != "v"
            or state.startswith(_ROLES)
            or not all(t.pos.startswith(_OBJECT_TAGS) for t in tokens_in(toks, start, stop)[1:])):
        return ""  # (11个产业项目建成后闲置…: a verb and its object only, not a story; 22家企业
        # 报名参与竞买: verbs in a row, what they did)
    return f"{thing}{state}"


_LEVELS_NOTE = "（"  # (县（市、区）: the levels a count of places spans)
_LISTED_COUNT_TAGS = ("m", "q", "n", "x")


def _after_listed_counts(toks: Toks, end: int) -> int:
    """Where the state a 、 list of counts shares starts (12个集体、35名个人受到…表彰: after the
    last item, so the first is named by it as well); ``end`` when no such list follows."""
    rest = tokens_in(toks, end, end + _LIST_REACH)
    if not rest or rest[0].word != "、":
        return end
    for tok in rest[1:]:
        if tok.pos.startswith("v"):
            return tok.start
        if not tok.pos.startswith(_LISTED_COUNT_TAGS) or tok.word in _CLAUSE_WORDS:
            break
    return end


_LIST_REACH = 16  # characters of the later counts of a list (、35名个人)
_CLAUSE_WORDS = frozenset(("，", ",", "；", ";", "。", "：", ":"))


# what a deed's verb may carry before its count: its aspect (了), the batch it did (第四批), its
# adverb of sum (共): 审计了15个保障性住房项目, 发布了第四批共19个新职业
_DONE_MARK = re.compile(r"了(?:第[\d一二三四五六七八九十]+批)?(?:共|共计|合计)?$")
_DONE_MARK_REACH = 8  # characters: 了第十一批共计
_OTHERS = ("其他", "其余", "其它")


def _before_done_mark(text: str, pos: int) -> int:
    """Where the deed's verb ends before a count, past the aspect and frame words after it
    (and past 其他 / 其余: 委托其他8个市州…, the others of a group, no word of the deed)."""
    if text.endswith(_OTHERS, 0, pos):
        pos -= len(_OTHERS[0])
    if "了" not in text[max(0, pos - _DONE_MARK_REACH) : pos]:
        return pos
    found = _DONE_MARK.search(text, max(0, pos - _DONE_MARK_REACH), pos)
    return found.start() if found is not None else pos


# a count's deed and to whom it went (编配予一般申请者, 拨予各区): who received the things counted
_GIVEN_TO = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})予[\u4e00-\u9fff]{2,10}(?=[，,；;。）)]|$)")


_ACT_MAX = 4  # characters of the counted's own deed after them (报名, 参与投标)
AGENT_MEASURES = frozenset("家名人位户")  # the counted can act: firms, people, households


def _counted_act(text: str, toks: Toks, cand: NumberCandidate, noun: str) -> bool:
    """Firms or people counted do something of their own after their noun, to the clause's end
    (吸引11家房企报名): the verb before the count brought it about, no deed of theirs it names
    (开展10场专题招商推介: events, the verb's object whole)."""
    if cand.unit_raw not in AGENT_MEASURES:
        return False
    pos = cand.end
    at = text.find(noun, pos, pos + len(noun) + 2)
    if at < 0:
        return False
    start = at + len(noun)
    end = _CLAUSE_END.search(text, start)
    stop = end.start() if end is not None else len(text)
    return 2 <= stop - start <= _ACT_MAX and _tag_at(toks, start).startswith("v")


def _flow_verb_of(text: str, comma_start: int, cand: NumberCandidate) -> str:
    """The flow verb governing a count written before its noun (建成100个, 审计了15个)."""
    return flow_verb_before(text, comma_start, _before_done_mark(text, cand.start))


def _tag_at(toks: Toks, pos: int) -> str:
    """The tag of the word starting at ``pos`` ("" if none does)."""
    at = next((t for t in toks if t.start >= pos), None)
    return at.pos if at is not None and at.start == pos else ""


# an amount a ranking is by (X以18.6亿元的档期票房位列第一, 以52.1%的份额居首)
_BY_AMOUNT = "以"
_AMOUNT_OF_RANKED = re.compile(
    r"的(?P<what>[\u4e00-\u9fff]{2,8}?)(?:位列|位居|居|排名|排在|列|稳居|跃居)")
_DEAL_MAX = 4  # characters of the verb a price is paid by (竞得, 成交, 中标, 摘得)


def _verb_of_amount(text: str, toks: Toks, pos: int) -> str:
    """The verb ending the clause after an amount paid 以 (以33.6亿元竞得，, 以1.86亿元底价成交):
    "" when the clause goes on otherwise."""
    end = _CLAUSE_END.search(text, pos)
    stop = end.start() if end is not None else len(text)
    words = tokens_in(toks, pos, stop)
    if (not 2 <= stop - pos <= _DEAL_MAX or not words or words[0].start != pos
            or not words[-1].pos.startswith("v")
            or not all(t.pos.startswith(_OBJECT_TAGS) for t in words)
            or text.startswith(tuple(metric_lexicon().rank_verbs), pos)):
        return ""  # (成都以1.21亿元位居第五: what is ranked is named before; 以1.86亿元底价
        # 成交: the verb with its manner)
    return text[pos:stop]


_EVERY_KIND = ("各种", "各类", "所有")
# the harm a disaster's toll counts, after its count (造成…万人次不同程度受灾, 造成3人死亡)
_CAUSED = "造成"
_HARMED = re.compile(r"(?:不同程度|不同程度地)?(?P<harm>受灾|受伤|死亡|失踪|遇难|伤亡|受影响|受困)"
                     r"(?=[，,；;。、]|$)")
# a section of a road or line between two places (洋坑村至岭脚村段, 雅安至康定段)
_SEGMENT = re.compile(r"[\u4e00-\u9fff\w]{2,12}(?:至|到|—)[\u4e00-\u9fff]{2,12}段")
_STANDARD = "的标准"
_STANDARD_AT = re.compile(r"[\u4e00-\u9fff]{0,2}的标准")
# the frame of a standard before its level (新建居住区按照每百户不低于20平方米的标准): no name
_STANDARD_FRAME = re.compile(r"(?:按照|按)(?:每|人均).*$")
# what the standard is applied to after it (…的标准配建养老服务设施, …的标准给予支持, …的标准补齐)
_STANDARD_USE = re.compile(r"(?P<grant>给予|予以)?(?P<what>[\u4e00-\u9fff]{2,12}?)(?=[，,；;。]|$)")


def standard_name(text: str, after: int, indicator: str) -> str:
    """A rule's standard (新建居住区按照每百户不低于20平方米的标准配建养老服务设施): what it is
    of (新建居住区, its per-unit frame cut) and what it is applied to (配建养老服务设施; the
    object of 给予 / 予以: 支持; not a bare verb: 补齐)."""
    own = _STANDARD_FRAME.sub("", indicator)
    use = _STANDARD_USE.match(text, after)
    if use is None:
        return own
    what = use.group("what")
    return own + what if use.group("grant") or len(what) > 2 else own


_PHRASE_GAPS = (" ", "\u3000")
# the verb of a sum worked out on the number (以总股本84.2亿股计算, 按1250万人测算): no noun counted
_RECKONING = ("计算", "测算", "核算", "折算", "为基数", "为基础")
_CHANGE_WORDS = ("下跌", "上升", "下降", "增加", "减少", "微升", "微降", "回落", "回升")
_CHANGES_AFTER = (*_CHANGE_WORDS, "提升", "提高", "降低", "增长", "扩大", "缩小", "压减", "压缩",
                  "缩短", "增至", "降至", "减至", "升至", "精简", "削减", "缩减")
_BASE_ONLY = frozenset({"同比", "环比", "比上年", "较上年", "比去年", "较去年", "同期", "按年",
                        "按季", "按月"})
# a rate of change against the period before, named by the period (Taiwan's 年增率, 月增率,
# 季增率), or Macau's and Hong Kong's real growth rate (本地生产总值实质增长率): no name of a
# thing, unlike 增长率 of 人口自然增长率 or 经济成长率 (年減率 names a fall: :mod:`.restate`
# reads it in the name to sign the value, so it stays there)
_PERIOD_RATE = re.compile(r"(?:[年月季]增率|实质增长率)$")
_RATE_OF = "率"
_MOVES = ("上涨", "下降", "增长", "上升", "下跌")
_GROWTHS = ("增速", "增幅", "降幅", "涨幅", "升幅", "跌幅")
_RATE_NAMES = ("率", "比重", "增速", "增幅", "降幅", "涨幅", "升幅", "跌幅", "份额", "占比", "比例")


# a level's clause and then its bare growth's (GDP为27916.3亿元，增长5.1%，), ending where a rank's
# clause starts, clauses with no figure between (增速在十强城市中居首，排名第七)
_LEVEL_THEN_GROWTH = re.compile(
    r"\d[\d.,]*\s?[万亿千百]*[^\d%％，,；;。：:（(）)]{1,6}[，,]"
    r"(?:同比|环比|比上年|较上年|比去年|较去年|按年)?(?:增长|上升|提高|下降|减少)了?"
    r"\d[\d.]*[%％][，,](?:[^\d，,；;。：:]+[，,])*$")


def _ranks_the_level(text: str, task_start: int, comma_start: int) -> bool:
    """A rank after a level and then its bare growth (青岛港集装箱吞吐量完成2650.4万标箱，同比增长
    7.1%，居全国沿海港口第4位) ranks the level: places are ranked by their levels (the session-24
    convention, tests/gold/README.md); after a growth alone (增长了44%，排全国第二位) the growth."""
    return _LEVEL_THEN_GROWTH.search(text, task_start, comma_start) is not None


def name_from_earlier(text: str, toks: Toks, cand: NumberCandidate, indicator: str,
                      last: str | None, carried: str | None, prev_kind: str | None,
                      task_start: int, comma_start: int, skip: Sequence[tuple[int, int]],
                      home_place: str | None) -> tuple[str, str | None]:
    """A number whose own words name nothing is of the last name of the sentence (``last``),
    else of its paragraph (``carried``): the name, and the rate's own name when the number
    compares that rate (the next numbers are still of the thing itself)."""
    if not indicator and cand.ordinal and prev_kind == "growth_rate" and not (
            last and last.endswith((*_RATE_NAMES, "强度"))) and not _ranks_the_level(
            text, task_start, comma_start):
        # 增长了44%，排全国第二位: the growth is what is ranked (投入强度为2.74%，比上年提高0.09个
        # 百分点，居全国第7位: a rate's rank after its change ranks the rate)
        indicator = "增速"
    if indicator and _PER_HEAD_ONLY.fullmatch(indicator) and (
            grant := _GRANTED_BEFORE.search(text, 0, comma_start)) is not None:
        return grant.group("what"), None  # 享受国家助学金，每生每年2000元: the grant's rate
    if indicator in _PER_OCCASION and not last and (
            deed := _DEED_BEFORE.search(text, 0, comma_start)) is not None:
        # 每两年评选“无锡杰出人才”，每次不超过10名: the cap per round is of the deed the clause
        # before names (its frequency no word of it)
        kept, _ = trim_phrase(tokens_in(toks, deed.start("deed"), deed.end("deed")), skip,
                              home_place)
        if what := phrase_text(kept, text):
            return what, None
    verb = indicator if indicator in metric_lexicon().flow_verbs else ""
    if indicator in flow_words() or indicator in _BASE_ONLY or indicator in _SUPERLATIVE_ONLY or (
            _CONVERTED.fullmatch(indicator)) or (
            _PER_HEAD_ONLY.fullmatch(indicator) or _MORE_THAN_BASE.fullmatch(indicator)) or (
            last and _COMPARED.match(text, comma_start) is not None
            and "分别" not in text[comma_start : cand.start]):
        # 比年初新增4200个, 同比增加4.2万户: the verb, or the base, alone names nothing; the
        # last name holds (比去年同期签约活动提高2.4亿元: the base's words, no name either; 其中
        # 新北市401.2万人最多: the rank after a place's figure, the measure the paragraph's)
        indicator = ""
    if verb and last and text[comma_start : cand.start].strip() == verb and (
            other := _other_flow_verb(last, verb)):
        # 省法院受理案件1.52万件，审结1.47万件: the same things, done by another verb
        return last.replace(other, verb, 1), None
    if not indicator and not last and "按" in text[task_start:comma_start]:
        indicator = measured_name(text, toks, task_start, comma_start, skip, home_place)
    if not indicator and not last and text.startswith(_FROM, comma_start) and (
            adjusted := _ADJUSTED_BEFORE.search(text, task_start, comma_start)) is not None:
        # 同步调整非居民用水价格，由每立方米3.95元调整为4.60元: the price the clause before
        # adjusts is what goes from one level to the other
        kept, _ = trim_phrase(tokens_in(toks, adjusted.start("what"), adjusted.end("what")),
                              skip, home_place)
        indicator = phrase_text(kept, text)
    if indicator and last and _PART_OF.match(indicator) and not last.startswith("在"):
        # 新兴业务收入4562亿元，…，在电信业务收入中占比达24.9%: the share is the last amount's
        return last + indicator, None
    top = "" if last or text.startswith("为", comma_start) else _ranked_first(
        text, toks, comma_start)
    if top and indicator.startswith("占"):
        # 交通运输、仓储和邮政业吸纳毕业生最多，占已就业毕业生的27.5%: the share of the item the
        # clause before ranks (not of the paragraph's last name)
        return top + indicator, None
    if indicator and last and indicator.startswith(_PULLS) and not last.startswith(_PULLS):
        # 新兴业务收入…增长11.2%，…，拉动电信业务收入增长2.7个百分点: what pulls is the last amount
        return _amount_of(last) + indicator, None
    if indicator:
        return indicator, None
    if ("出现" in text or "发生" in text) and (
            occurs := _OCCURS_AT.search(text, task_start, comma_start)) is not None:
        # 最高气温出现在武侯区，为35.6℃, 最大断面满载率出现在…区间，达到128%: what the clause
        # before says occurred there (its place or section no name)
        kept, _ = trim_phrase(tokens_in(toks, occurs.start("what"), occurs.end("what")), skip,
                              home_place)
        if what := phrase_text(kept, text):
            return what, None
    if text.startswith("为", comma_start) and (
            found := _SUPERLATIVE_IS.search(text, task_start, comma_start)):
        # 受理量最多的是包河区，为12.6万件: the measure the superlative is of (the place is the
        # subject)
        kept, _ = trim_phrase(tokens_in(toks, found.start(), found.end("measure")), skip,
                              home_place)
        if measure := phrase_text(kept, text):
            return measure, None
    if text.startswith("为", comma_start) and (
            best := SUPERLATIVE_CLAUSE.search(text, task_start, comma_start)):
        # PM10方面，南通浓度最低，为34微克/立方米: what the superlative clause measures (浓度, its
        # place the subject), of the thing named before when it is only a measure's word
        kept, _ = trim_phrase(tokens_in(toks, best.start(), best.end() - 3), skip, home_place)
        measure, base = phrase_text(kept, text), last or carried or ""
        if measure:
            if len(measure) <= _MEASURE_WORD and base and base.endswith(measure):
                return base, None  # (；邢台浓度最高，为44…: the same thing's 浓度 as before)
            short = len(measure) <= _MEASURE_WORD and base and not base.endswith(measure)
            return (base + measure if short else measure), None
    # 其中，杭州、宁波分别增长…: the last one named (建筑业次之，占19.8%: the item the clause
    # before ranks, before the paragraph's)
    indicator = _of_member(last or top or carried or "", toks, comma_start, cand.start)
    if indicator and (cand.category in _AMOUNTS or (
            cand.category != "point" and _changes_amount(text, comma_start, cand.start))):
        # 成都市安排…89.60亿元，占30.0%；宜宾、绵阳分别安排24.80亿元…: an amount after a share
        # is of the thing, not of its share
        # 税款142.3亿元，占岁入总额的35.7%，较上年度增加9.6亿元: the amount changed, not its share
        indicator = _share_whole(indicator)
        if cand.category in _AMOUNTS and indicator.endswith(_GROWTHS) and (
                len(indicator) > len(_GROWTHS[0])):
            # 广州…增速…回升0.6个百分点。苏州以19835.4亿元排名第六: an amount after a growth's
            # name is of the thing that grew (GDP), not of its growth
            indicator = indicator[: -len(_GROWTHS[0])]
    if (indicator and cand.unit == "%" and text.endswith("占", comma_start, cand.start)
            and not indicator.endswith(_RATE_NAMES) and "占" not in indicator):
        # …进出口3655.9亿元，增长12.4%，占49.9%: the share of the thing named, not its growth
        return indicator + "占比", None
    if (indicator and cand.category == "percent" and indicator.endswith(_GROWTHS)
            and any(v in text[comma_start : cand.start] for v in _MOVES)):
        # 降幅比上月收窄0.5个百分点，环比上涨0.1%: a new rate of the thing, not of
        # its rate
        indicator = indicator[: -2] or indicator
    if (indicator and cand.category == "point" and prev_kind == "growth_rate"
            and not indicator.endswith(_RATE_NAMES)):
        # 增长5.6%，高于全省0.3个百分点 / 比一季度加快0.2个百分点: the points compare
        # the growth rate (what follows still names the indicator itself)
        return indicator + "增速", indicator
    return indicator, None


# a group of places a name opens with (六都人口, 三省GDP, 各市财政收入, a tier: 一线城市…价格)
_PLACE_GROUP = re.compile(r"^(?:[\d一二两三四五六七八九十]+个?(?:都|市|省|区|县|州|城市|省份|地市)"
                          r"|各(?:市|省|区|县|地市|城市)|[一二三四]线城市)(?=[\u4e00-\u9fffA-Za-z]{2})")


def _of_member(name: str, toks: Toks, start: int, end: int) -> str:
    """An earlier name of a group of places (六都人口合计…) for the figure of a place of its own
    (其中新北市401.2万人最多, 以台北市减少2,036人最多): the measure without the group, the place
    the figure's subject."""
    group = _PLACE_GROUP.match(name) if name else None
    if group is None or not any(is_place_token(t.word) for t in tokens_in(toks, start, end)):
        return name
    return name[group.end() :]


# a clause with no figure saying where a measure's value occurred (最高气温出现在武侯区，)
_OCCURS_AT = re.compile(r"(?:^|(?<=[，,；;。：:]))(?P<what>[^，,；;。：:\d]{2,16}?)"
                        r"(?:出现在|出现于|发生在|发生于)[^，,；;。：:]{1,30}[，,]$")


# the list a figure's item is in (…的共有19家，分别为：特来电运营71.2万台、…)
_LIST_OPENS = re.compile(r"(?:分别为|分别是|依次为|依次是)[：:]")
_OBJECT_THEN = r"(?P<obj>[\u4e00-\u9fff]{2,5}?)(?:数量|总量|总数|规模|的|超过|达到|达)"


def _object_written_before_list(text: str, verb: str, start: int) -> str:
    """特来电运营71.2万台 in a list after …所运营充电桩数量超过1万台的共有19家，分别为：: an item's
    bare verb takes the object the sentence wrote it with before the list (运营充电桩), or ""."""
    if "分别" not in text and "依次" not in text:
        return ""  # (one C-level test for most sentences)
    opened = next(reversed(list(_LIST_OPENS.finditer(text, 0, start))), None)
    if opened is None:
        return ""
    at = text.rfind(verb, 0, opened.start())
    found = re.match(_OBJECT_THEN, text[at + len(verb) : opened.start()]) if at >= 0 else None
    return found.group("obj") if found is not None else ""


_SHARE_VERB = "占"


def _bare_share_of_part(text: str, kept: Sequence[Tok], cand: NumberCandidate, start: int) -> bool:
    """其中0—4岁年龄组占41.2%, 在全部农民工中，女性占36.8%, 其中内地旅客占七成, 购物占旅客总消费的
    45.2%，住宿占22.6%: a part of a whole the sentence scopes (其中, 当中, …中，) or named by a
    share before, taking a bare 占 (no whole written), is named with 占比 (session 25's
    convention, as the part of a clause ，占N% is); a part ending in 的 (其中具有研究生学位的占
    79.6%, a relative clause's members) stays bare, and so do a rule's weights with no whole
    anywhere (价格分值占30%)."""
    if not (cand.unit == "%" and kept and text.endswith(_SHARE_VERB, start, cand.start)
            and not text.startswith(_NOT_NAMED_PART, cand.start - 2)):
        return False
    before = text[: kept[0].start]
    return any(w in before for w in _PART_OF_WHOLE) or _WHOLE_NAMED.search(before) is not None


_NOT_NAMED_PART = ("的",)  # before 占: a headless 的 phrase
_PART_OF_WHOLE = ("其中", "当中", "中，", "中,")
_WHOLE_NAMED = re.compile(r"占[\u4e00-\u9fff]")  # (占总人口20.06%: a share with its whole)


_MEASURE_WORD = 2  # characters: 浓度, 价格 alone measure the thing named before
# a superlative naming its measure and then its holder (受理量最多的是包河区，)
_SUPERLATIVE_IS = re.compile(r"(?P<measure>[\u4e00-\u9fff]{2,10}?)最[高低大小多少快慢]的(?:是|为)"
                             r"[^，,；;。]{1,10}[，,]$")
# more or less than the base, with the verb of the thing (新增装机42385万千瓦，同比多投产
# 13862万千瓦): the change of the last thing named
_MORE_THAN_BASE = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年)(?:多|少)[\u4e00-\u9fff]{1,3}")
# a per-head word alone (标准再提高30元，达到每人每年700元: 每人): the last thing named's amount
# (人均 alone is an average of the last thing: with_last_name)
_PER_HEAD_ONLY = re.compile(r"(?:每[人户年月名生])+")  # (每生每年: per student)
# the grant a clause before a per-head amount gives or receives (将享受国家助学金，每生每年2000元)
_GRANTED_BEFORE = re.compile(r"(?:享受|获得|领取|发放|给予)(?P<what>[\u4e00-\u9fff]{2,10})[，,]$")
# a figure per round of a deed (每次不超过10名), and the deed's clause with no figure before it,
# its frequency left out (每两年评选“无锡杰出人才”，)
_PER_OCCASION = frozenset(("每次", "每批", "每届", "每期", "每轮"))
_DEED_BEFORE = re.compile(r"(?:^|(?<=[，,；;。]))(?:每[两二三四五六七八九十]?[年月季周])?"
                          r"(?P<deed>[^，,；;。：:\d]{2,20})[，,]$")
_CONTRIBUTES = ("影响", "拉动")
# a share named by its whole alone: 在电信业务收入中占比, 在全部投资中的比重
# the same amount in another unit (人均地区生产总值20.93万元，按年平均汇率折算为2.94万美元; 折合
# 6300亿美元): the conversion names nothing, the last name holds
_CONVERTED = re.compile(r"(?:按|以)\S*(?:汇率|价格|比价)(?:折算|计算|换算|折合)?|折算|换算|折合")
_PART_OF = re.compile(r"在[\u4e00-\u9fffA-Za-z0-9]{2,16}中(?:的)?(?:占比|比重|所占比重|占)")
# a share's name: the part before 占 (税款占岁入总额, 支出占比; not 占地面积, 耕地占用税,
# 市场占有率: 占 of a word that names the thing itself)
_SHARE_NAME = re.compile(
    r"(?P<whole>[\u4e00-\u9fffA-Za-z0-9]{2,}?)占(?![地用有])[\u4e00-\u9fff]{0,12}$")


_PULLS = ("拉动", "带动")


def _ranked_first(text: str, toks: Toks, comma_start: int) -> str:
    """The item a clause with no number ranks first or next, right before ``comma_start``
    (交通运输、仓储和邮政业吸纳毕业生最多，; 建筑业次之，): its words before its first verb, ""
    when there is none or it is a place (徐州最高，为62: the place is the subject)."""
    found = _RANKING_CLAUSE.search(text, 0, comma_start) if text.endswith(
        _RANKS_TOP, 0, max(0, comma_start - 1)) or (
        _TOP_FEW.search(text, max(0, comma_start - _TOP_FEW_REACH), comma_start)) else None
    if found is None:
        return ""
    words = []
    ranked_among = found.group("top").startswith(_AMONG_FIRST)  # (保费收入居全省前三位: what
    # ranks them is their measure, no deed, 收入 a verb to the tagger)
    for tok in tokens_in(toks, found.start(), found.start("top")):
        if tok.pos.startswith("v") and tok.pos != "vn" and not ranked_among:
            break
        if words or not _TIME_WORD.fullmatch(tok.word):  # (10月末电子、…: its period)
            words.append(tok)
    if not words or (len(words) == 1 and is_place_token(words[0].word, words[0].pos)):
        return ""
    return phrase_text(words, text)


# a clause ranking an item, with no number (…业吸纳毕业生最多，, 建筑业次之，)
_RANKS_TOP = ("最多", "最高", "最大", "次之", "其次", "居首")
# a rank alone after a figure (新北市401.2万人最多; 以台北市减少2,036人最|多: cut after 最)
_SUPERLATIVE_ONLY = frozenset((*_RANKS_TOP, "最"))
# the items a clause ranks among the first few (三个行业总市值居深市前三，)
_TOP_FEW = re.compile(r"居[^，,；;。：:\d]{0,6}前[二两三四五六七八九十\d]{1,2}(?:位|名)?[，,]$")
_TOP_FEW_REACH = 14
_AMONG_FIRST = "居"
_RANKING_CLAUSE = re.compile(
    r"[^，,；;。：:\d]{2,30}?(?P<top>" + "|".join(_RANKS_TOP)
    + r"|居[^，,；;。：:\d]{0,6}前[二两三四五六七八九十\d]{1,2}(?:位|名)?)[，,]$")
_TIME_WORD = re.compile(r"[月年季末底初日]+")


_AMOUNTS = frozenset(("currency", "count", "physical"))


def _amount_of(name: str) -> str:
    """The amount a name measures, without the share it may be (新兴业务收入在电信业务收入中占比
    -> 新兴业务收入, 税款占岁入总额 -> 税款)."""
    part = _PART_OF.search(name)
    return _share_whole(name[: part.start()] if part is not None and part.start() else name)


def _changes_amount(text: str, comma_start: int, pos: int) -> bool:
    """The clause before the number says a change (较上年度增加9.6亿元, 、9.1%) and no share
    (占23.0%)."""
    clause = text[comma_start:pos]
    return "占" not in clause and any(w in clause for w in (*_CHANGE_WORDS, *_MOVES))


def _share_whole(name: str) -> str:
    """The amount a share's name is the share of (中央统筹分配税款占岁入总额 -> 中央统筹分配税款,
    社会福利支出占比 -> 社会福利支出); other names as they are."""
    found = _SHARE_NAME.fullmatch(name)
    return found.group("whole") if found is not None else name


_RANK_WORDS = frozenset(("排名", "位次"))
_RANK_UNITS = frozenset(("位", "名"))
# measures of a thing's size written alone (里程, 面积): of the thing named before
_MEASURES_OF_THING = frozenset(("里程", "总里程", "长度", "总长", "面积", "总面积", "容量"))
_AVERAGE_PER = frozenset(("日均", "月均", "周均", "场均", "户均", "人均"))


def with_last_name(indicator: str, last: str | None, carried: str | None, cand: NumberCandidate,
                   text: str, listed: bool, comma_start: int) -> str:
    """A name that is only part of one (影响…, 总数, 占…的比重) completed with the last name of
    the sentence (``last``) or of the paragraph (``carried``)."""
    indicator = without_period_word(indicator)
    if (indicator and indicator.startswith(_CONTRIBUTES) and last
            and cand.category == "point"
            and len(last) + len(indicator) <= metric_lexicon().indicator_max_chars
            and not last.startswith(_CONTRIBUTES)):
        # 猪肉价格下降15.3%，影响CPI下降约0.23个百分点: the part that moved the whole (after
        # a share, 占全省进出口总值的62.5%，拉动…: the part, not its share)
        part = last.split("占", 1)[0] if "占" in last[1:] else last
        indicator = (part.removesuffix("占比") or last) + indicator
    if indicator in _RANK_WORDS and last and (
            cand.category == "rank" or cand.unit_raw in _RANK_UNITS):
        # GDP为16780.1亿元，…，排名较上半年上升2位至第八: a rank, and its change, are named by
        # what is ranked (the set's labels never say 排名)
        return without_generic(last)
    if indicator and not text.startswith(indicator + _BOTH, comma_start):
        # (…下降0.5%，二手住宅…下降0.8%，降幅均比上月扩大: 均, the rates of both, left bare)
        indicator = merge_generic(indicator, last)
    avg = indicator[:2]
    if (avg in _AVERAGE_PER and 2 < len(indicator) <= 4 and last
            and indicator[2:] in last and not last.startswith(avg)):
        # 铁路发送旅客2.87亿人次，日均发送105.1万人次: the verb of the last name alone, its average
        return avg + last
    if indicator in _MEASURES_OF_THING and last and text.startswith(indicator, comma_start) and (
            not last.endswith(indicator) and not leading_flow_verb(last)):
        # 全自动运行线路达到4条，里程118.6公里: a clause of a bare measure after a count is the
        # measure of the things counted (推出9宗地块，总面积约520亩: not of a deed's, h81's
        # label bare)
        return last + indicator
    if indicator in _AVERAGE_PER and (last or carried):
        # 车流量达到2630.4万辆次，日均328.8万辆次: the average per day of the last thing named
        base = (last or carried or "").removeprefix(indicator)
        return indicator + base
    if text.startswith(_HAS, comma_start) and (main := _MAIN_ITEM.search(text, 0, comma_start)):
        # 内地旅客有235.79万人次，当中以个人游旅客为主，有108.62万人次: the main item's figure
        return main.group("item")
    if (last and indicator in metric_lexicon().rank_verbs
            and text.endswith(_BY_AMOUNT, 0, cand.start)):
        # …公共充电设施占全国的70.8%，其中广东省以72.6万台位居首位: the amount a rank is by is
        # of the thing last named (its head noun), not the rank verb
        return _amount_of(last).rsplit("的", 1)[-1]
    if indicator[:1] == "占" and (items := _part_before(text, comma_start, indicator)):
        # 杭州、宁波、温州税收收入位居全省前三，合计占全省的61.4%: the items ranked or listed in
        # the clause before, together, are the part; 7kW交流充电桩仍是…的主流，占比约为91.3%:
        # the thing the clause before is about
        return items + indicator
    if indicator and (last or carried) and _PERIOD_RATE.fullmatch(indicator):
        # 年增率为1.48% after CPI…: the rate of the thing last named (its word, kept for the kind,
        # goes with the subject: :func:`apart_from_subject`)
        return without_period_rate(last or carried or "") + indicator
    if indicator and (last or carried) and not (
            indicator[0] == "占" and (listed or "分别" in text[comma_start : cand.start]
                                     or (_SUM_OF_ITEMS.match(text, comma_start)
                                         and not _figures_of_one_name(text, comma_start))
                                     or _ITEMS_WITHOUT_FIGURES.search(text, 0, comma_start))):
        # (占…的比重分别为17.8%和45.6%: each share is of its own part, not of the last; 分别为…，
        # 合计占…的61.1%: the items' sum, not the last item, is the part)
        indicator = of_last(indicator, last or carried, cand, text)  # type: ignore[arg-type]
    return indicator


_BOTH = "均"
# items listed with no figures of their own right before the share's clause (…的病种依次为病毒性
# 肝炎、梅毒、…和淋病，占乙类传染病报告病例总数的96.1%): the share is of them together
_ITEMS_WITHOUT_FIGURES = re.compile(r"(?:依次为|依次是|分别为|分别是|包括)[^，,；;。\d]{2,30}、"
                                    r"[^，,；;。\d]{2,40}[，,]?$")
# the clause before a sum's share, its items up to the verb that ranks or lists them
# (换电站数量排名前5的省份为浙江、广东、…; 武汉、襄阳、宜昌保费收入居全省前三位)
_RANKED_ITEMS = re.compile(r"(?:^|[，,；;。：:])(?P<items>[^，,；;。：:]{2,16}?)"
                           r"(?:位居|位列|名列|居|为|是)(?:全[省市国区县]|[^，,；;。\d]*、)")


_CLAUSE_MARKS = "，,；;。：:"
# a clause naming the main item of the thing before (当中以个人游旅客为主，有108.62万人次)
_MAIN_ITEM = re.compile(r"以(?P<item>[^，,；;。：:以]{2,12})为主[，,]$")
_HAS = ("有",)


# a clause with no figure saying what a thing is (7kW交流充电桩仍是私人充电设施的主流): the thing
_THING_IS = re.compile(r"(?:^|[，,；;。：:])(?P<items>[^，,；;。：:]{2,16}?)(?:仍然|仍|依然|依旧)?"
                       r"(?:是|为)[^，,；;。：:\d]+$")


def _part_before(text: str, comma_start: int, indicator: str) -> str:
    """The part a share's clause (，合计占…; ，占比…) leaves unnamed, named in the clause right
    before: the items a sum adds up, or the thing that clause is about; or ""."""
    if indicator == "占比":
        form = _THING_IS
    elif _SUM_OF_ITEMS.match(text, comma_start) is not None:
        form = _RANKED_ITEMS
    else:
        return ""
    end = comma_start - 1 if text[comma_start - 1 : comma_start] in _CLAUSE_MARKS else comma_start
    opened = max(text.rfind(c, 0, end) for c in _CLAUSE_MARKS)
    found = form.match(text, max(opened, 0), end)
    return found.group("items") if found is not None else ""


# (三者占…的98.0%: the items named before, together)
_SUM_OF_ITEMS = re.compile(r"[，,；;]?(?:合计|共计|总计|[两二三四五六七八九]者(?:合计|共)?)占")


def _figures_of_one_name(text: str, comma_start: int) -> bool:
    """The clause before a sum's share gives one name's figures (两个月直接经济损失分别为423.5亿元
    和376.2亿元，合计占前三季度的53.8%): the sum is of that name, the last one; a clause
    opening with 分别为 gives the figures of items listed before it (…和教育，分别为17.9万件…，
    合计占诉求总量的61.1%), whose sum is not the last name's."""
    opens = max(text.rfind(mark, 0, comma_start - 1) for mark in _CLAUSE_MARKS) + 1
    before = text[opens:comma_start]
    return "分别" in before and _NAME_THEN_FIGURES.search(before) is not None


_NAME_THEN_FIGURES = re.compile(
    r"[\u4e00-\u9fff]{2}分别(?:为|是|达|达到)?[\d〇零一二两三四五六七八九十]")


# a clause that opens with the base of a comparison (，比去年同期签约活动提高2.4亿元)
# (较近5年同期均值偏少42.1%, 较常年同期偏多6次, 比多年平均偏多: a mean of years as the base)
_COMPARED = re.compile(r"[，,]?\s?(?:比|较)(?:去年|上年|上月|上季|今年|同期|年初|\d{4}年"
                       r"|近[\d一二三四五六七八九十]+年|常年|多年平均|历史同期)")


def _other_flow_verb(name: str, verb: str) -> str:
    """A flow verb of the lexicon other than ``verb`` inside ``name`` (受理 of 省法院受理案件)."""
    return next((v for v in metric_lexicon().flow_verbs if v != verb and v in name), "")


def apart_from_subject(indicator: str, subject: str | None, home_place: str | None,
                       ) -> tuple[str, str | None, bool]:
    """The name without the place (its subject, or the home place) it starts with, the place
    in short, and whether the name is no name at all (then "")."""
    subject = subject or None
    indicator = without_period_rate(strip_home(indicator, home_place))
    indicator = without_holiday(indicator)
    if indicator.endswith(_BUDGET):
        indicator = _without_budget_word(indicator)
    if subject and indicator and indicator.startswith(subject):
        indicator = indicator[len(subject) :] or indicator
    if subject:
        subject = short_place(subject)
    nameless = bool(indicator) and no_name(indicator)
    if nameless:
        indicator = ""  # 29个实现增长, 由2.6张提升至, 连续12年稳定在: no name of a thing
    return indicator, subject, nameless


_BUDGET = "预算"
# a budgeted item's own name before its 预算 (營運開支預算為…, 博彩直接稅收入預算為…)
_BUDGETED = ("开支", "支出", "收入", "开支计划")  # (「投資與發展開支計劃」預算為…)


def _without_budget_word(indicator: str) -> str:
    """A budgeted item without the 预算 after it (简约公屋营运开支预算 -> 简约公屋营运开支): the
    kind (target) says the figure is a plan, as session 25 settled (h11's 博彩直接税收入); 预算
    inside a statistical name stays (一般公共预算收入, 调入一般公共预算)."""
    item = indicator[: -len(_BUDGET)]
    return item if len(item) > len(_BUDGETED[0]) and item.endswith(_BUDGETED) else indicator


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
    if not indicator.endswith(_RATE_OF) or (rate := _PERIOD_RATE.search(indicator)) is None:
        return indicator
    return indicator[: rate.start()] or indicator


_MEASURED = re.compile(r"按[^，,；;]{0,12}?计算$")
_FROM = "由"
# a clause adjusting a price or a rate, before the clause of its old and new levels (同步调整
# 非居民用水价格，由…调整为…)
_ADJUSTED_BEFORE = re.compile(r"(?:调整|上调|下调|调高|调低|提高|降低)"
                              r"(?P<what>[^，,；;。：:\d]{2,16})[，,]$")


_GRANT_LIST_TAIL = re.compile(r"(?:[、和及]\s*[\d.]+\s*[万亿]?元)*")
_GRANT_NOUN = re.compile(r"[\u4e00-\u9fff“”（）()]{1,10}")
_GRANT_VERB = "给予"
# the grant's noun right after its amount (给予最高1.5万元补贴, …2000元购置补贴): what is granted
_GRANT_AFTER = re.compile(r"(?!的)[\u4e00-\u9fff]{0,6}?(?:补贴|奖励|补助|贴息|资助|奖补)")
# a cap per unit written with a measure word alone (每件最高不超过2000元, 每个最高10万元, 单个
# 最高…): no thing of its own, so the grant it caps names it (单个企业 names its unit, and stays)
_BARE_PER_UNIT = re.compile(r"(?:每|单)[一]?[个件台套辆家户人次项间座所处张笔单]?")


def grant_name(text: str, cand: NumberCandidate, indicator: str, task_start: int) -> str:
    """The name of a rule's grant (:func:`.kind.grant_parameter`): what is granted, not how it
    is reckoned. 按设备投资额的10%给予补助 -> 补助 (the noun after 给予); 给予每人每月3000元、
    2000元的生活补贴 -> 生活补贴 (the noun after 的); 给予一次性奖励50万元 -> 一次性奖励 (the
    verb dropped); 另给予一次性装修补贴，按每平方米100元计算 -> 一次性装修补贴 (按… says how,
    the grant is named before)."""
    if text.startswith(_GRANT_VERB, cand.end):
        found = _GRANT_NOUN.match(text, cand.end + len(_GRANT_VERB))
        if found is not None:
            return found.group()
    tail = _GRANT_LIST_TAIL.match(text, cand.end)
    at = tail.end() if tail is not None else cand.end
    if text.startswith(_STANDARD + _GRANT_VERB, at):
        # 按每个1万元的标准给予一次性建设补助: the grant after the standard's 给予
        found = _GRANT_NOUN.match(text, at + len(_STANDARD) + len(_GRANT_VERB))
        if found is not None:
            return found.group()
    if text.startswith("的", at):
        found = _GRANT_NOUN.match(text, at + 1)
        if found is not None:
            return found.group()
    bare = not indicator or indicator.endswith(_GRANT_VERB) or _BARE_PER_UNIT.fullmatch(indicator)
    if bare and (found := _GRANT_AFTER.match(text, cand.end)) is not None:
        return found.group()  # 对…给予最高1.5万元补贴: the grant after its amount
    if bare or indicator.startswith("按"):
        verb = text.rfind(_GRANT_VERB, task_start, cand.start)
        if verb >= 0:
            found = _GRANT_NOUN.match(text, verb + len(_GRANT_VERB))
            if found is not None and found.end() <= cand.start:
                return found.group()
    return indicator.removeprefix(_GRANT_VERB)


def measured_name(text: str, toks: Toks, start: int, end: int,
                  skip: Sequence[tuple[int, int]], home_place: str | None) -> str:
    """地区生产总值按不变价格计算，同比增长5.2%: the name before how a rate is measured, in the
    clause just before the number's (a clause that only says how, 按可比价格计算, names the
    clause before it)."""
    clause_end = end - 1
    how_only = False
    while clause_end > start:
        clause_start = max(start, max(text.rfind(m, start, clause_end) for m in "，,") + 1)
        found = _MEASURED.search(text, clause_start, clause_end)
        if found is None and not how_only:
            return ""
        name_end = clause_end if found is None else found.start()
        if name_end > clause_start:
            kept, _ = trim_phrase(tokens_in(toks, clause_start, name_end), skip, home_place)
            return phrase_text(kept, text)
        how_only, clause_end = True, clause_start - 1
    return ""
