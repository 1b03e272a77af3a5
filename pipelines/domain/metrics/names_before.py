"""The name written before a number (完成农村户厕改造3000户, 为预算的102.3%, 居全国第8位): the
words kept of its phrase, what a rank, a plan or a base, a statement verb or a beneficiary leaves of
them, and the gap to the number. Separate from what follows the number (:mod:`.names_after`) and
from the names carried from earlier (:mod:`.names_from_earlier`), both read after it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.basis import OF_PLAN_VERBS, PLAN_BASES
from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Tok, Toks, tokens_in
from pipelines.domain.metrics.indicator import trim_phrase
from pipelines.domain.metrics.kind import OVER_LINE
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.metrics.naming import (
    FOR,
    PLAN_LEVEL,
    PLAN_LEVEL_OF,
    PLAN_LEVEL_REACH,
    PLAN_WORDS_REACH,
    RECKONING,
    beneficiary_words,
    head_piece,
    is_deed,
    plan_level_unbracketed,
)
from pipelines.domain.metrics.place_names import is_home, is_place_token

_OF_BASE = ("为", "恢复至", "恢复到")
# an adverb before 恢复到 (仅恢复到2019年的58.3%, 分别恢复到2019年同期的83.6%和79.2%)
_OF_BASE_ADVERBS = ("仅仅", "仅", "已经", "已", "分别", "均", "基本")
# the last figure's own word said again before 是 / 为 and a base (中位数是平均数的83.0%)
_RESTATED = re.compile(r"(?P<word>[\u4e00-\u9fff]{2,4})(?:是|为)[\u4e00-\u9fff]{2,6}的")
_RESTATED_REACH = 40  # characters back to the figure the word names


def _restated_figure(text: str, start: int, end: int) -> bool:
    """A share's clause opening with the word the last figure's name ended with, then 是 / 为 its
    base (中位数是平均数的): the word stands for that figure, which the share is of."""
    said = _RESTATED.fullmatch(text, start, end)
    if said is None:
        return False
    word = said.group("word")
    before = text[max(0, start - _RESTATED_REACH) : start]
    at = before.rfind(word)
    return at >= 0 and before[at + len(word) : at + len(word) + 1].isdigit()


# what a 较 compares with when only its period is left beside it (较114年度预算数, 较上年同期,
# 较工作日): the base of the comparison, no part of the name before 较 (降幅, 节约资金 after the
# base are the measure and stay)
_BASE_NOUNS = frozenset(("预算", "预算数", "决算", "决算数", "计划", "计划数", "目标", "同期",
                         "平日", "工作日"))
# the words a name ends at before a comparison's base (夜间消费额比平日增长15%: at 比 as at 较)
_RATIO_WORD = "比"
_COMPARED_WITH = ("较", _RATIO_WORD)


def _base_follows(seg: Sequence[Tok], word: Tok) -> bool:
    """A base noun is the next word after ``word`` (比平日, 比预算数; not the 比 of 占比 or of
    收入比, a noun's end)."""
    after = next((t for t in seg if t.start >= word.end), None)
    return after is not None and after.word in _BASE_NOUNS


# 预算, 年初预算, 全年预算数, 年度计划, 全年目标任务: a plan as the base of a share
_PLAN_BASE = re.compile(r"(?:全年|年度|年初|当年|调整后|调整)?(?:预算|计划|目标)(?:数|任务)?")
# a plan's words with its level in brackets, before the level or before the share done of it
_PLAN_NOTED = re.compile(r"(?:完成|达到|达)(?:全年|年度|年初|当年)?"
                         r"(?:预算|计划|目标|任务)(?:数|任务)?（(?:[^（）]{1,12}）的)?$")
_PLAN_NOTED_REACH = 30  # characters of the verb, the plan's words and its bracket
_CAUSING = ("带动", "拉动", "推动", "促进")
_PULLS, _POINTS = "拉动", "百分点"  # (a contribution to another figure's growth)
_DONE = ("已经", "已")  # (已完成全年目标任务的九成以上: the plan's verb after 已)
_PAIRED_WITH = frozenset("与和及同")
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


def _named_done_of_plan(text: str, start: int, end: int) -> int:
    """Where 完成 stands in a name that ends with it and a plan's words before 的 (营业收入完成年度
    预算的: the 营业收入 done), or -1."""
    done = text.rfind(_DONE_VERB, start, end)
    if done <= start or _PLAN_BASE.fullmatch(text, done + len(_DONE_VERB), end - 1) is None:
        return -1
    return done


_DONE_VERB = "完成"


def _past_done(text: str, start: int) -> int:
    """Where a clause's verb stands, past an 已 (已经) that says it is done."""
    done = next((w for w in _DONE if text.startswith(w, start)), "")
    return start + len(done)


def _bracketed_place(seg: Sequence[Tok], cand: NumberCandidate) -> Tok | None:
    """The place right before the bracket the number opens (美国（5.1万人次）), or None."""
    if len(seg) < 2 or seg[-1].word not in ("（", "(") or seg[-1].end != cand.start:
        return None
    place = seg[-2]
    return place if is_place_token(place.word, place.pos) else None


# a superlative naming its measure, then its holder right before the figure (累计降雨量最大为修水县
# 渣津站312.4毫米; 最大的是…站，达512.7毫米 is subjects.py's)
_SUPERLATIVE_FOR = re.compile(r"(?P<measure>[\u4e00-\u9fff]{2,10}?)最[高低大小多少](?:的是|为)")
# a holder of such a figure: a station, a reservoir or a place, its name ending so
_HOLDER = re.compile(r"(?:(?:其次|次之|再次)为)?[\u4e00-\u9fff]{1,12}?(?:站|水库|县|区|市|镇)$")
_RUNNING_WORD = "累计"  # (累计降雨量: the span's rain, 累计 a frame word)


def _held_measure(text: str, start: int, cand: NumberCandidate, indicator: str) -> str | None:
    """The measure of a sentence's superlative for a figure its name gives only the holder of
    (渣津站, 其次为石门楼站, 、林泉站 after 累计降雨量最大为…), or None."""
    sentence_start = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    sup = _SUPERLATIVE_FOR.search(text, sentence_start, cand.start)
    if sup is None or _HOLDER.fullmatch(text[max(start, sup.end()) : cand.start].strip()) is None:
        return None
    if start > sup.start() and not _HOLDER.fullmatch(indicator):
        return None
    return sup.group("measure").removeprefix(_RUNNING_WORD) or None


# places listed, then their count and level (九江、南昌、上饶3市, 南京、无锡两市)
_PLACE_LIST_COUNT = re.compile(r"(?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}?"
                               r"[两二三四五六七八九十\d]{1,2}[市县区省]")


def _listed_group(text: str, start: int, cand: NumberCandidate, indicator: str) -> str | None:
    """The name with the list of places its count and level (3市) close, when the name kept the
    level alone (市平均降雨量 of 九江、南昌、上饶3市平均降雨量), or None."""
    clause = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1  # (the list's first place
    # may stand before the name's start)
    group = _PLACE_LIST_COUNT.match(text, clause, cand.start)
    if group is None or not indicator.startswith(group.group()[-1]) or not text.startswith(
            indicator[1:], group.end()):
        return None
    return group.group() + indicator[1:]


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
    if cand.category == _MEASURED and len(kept) > 2 and any(
            t.word in _APPEARED for t in kept[1:-1]):
        # 修河虬津站24日6时出现洪峰水位25.18米: a level the station reached, no event counted
        # (出现 stays before a counted event: 出现强降雨过程3次, session 25)
        kept = [t for k, t in enumerate(kept) if not (0 < k < len(kept) - 1
                                                       and t.word in _APPEARED)]
    if cand.category == _COUNTED and (deed := _deed_verb_dropped(seg, kept)) is not None:
        kept = [deed, *kept]  # 完成农村户厕改造3000户, 建设省级农业科技园区1个: the deed counted
    elif cand.category == _PERCENT and (said := _statement_end(kept)):
        kept = kept[said:]  # 国行维持今年经济增长4%至4.8%的预测, 宣布将隔夜政策利率维持在2.75%
    if not kept and _places and (item := _bracketed_place(seg, cand)) is not None:
        kept = [item]  # 来自日本（8.2万人次）、美国（5.1万人次）: the figure in brackets is the
        # place's, the place its item (as 韩国旅客 with the noun after the list)
    if kept and OVER_LINE.search(text, start, cand.start) is not None:
        kept = []  # 超警戒水位0.86米: the gap of the level named before to its warning line
    if kept and (kept[0].word in lex.comparison_words or seg[0].word in lex.comparison_words):
        kept = []  # 高于全国0.8个百分点: measured against something, same indicator (较114年度
        # 预算数增加: the base's period taken out with its 较, 预算数 is still the base)
    elif len(kept) > 1 and (base := next((t for t in seg[1:-1] if t.word in _COMPARED_WITH
                                          and t.start > kept[0].start), None)) is not None and (
            all(t.word in _BASE_NOUNS for t in kept if t.start > base.start)) and (
            base.word != _RATIO_WORD or _base_follows(seg, base)):
        # 115年度岁入较114年度预算数增加24.6亿元: the name ends at 较; the base after it (its
        # period taken out) is no part of it (a 比 with no base after it is the noun of 占比)
        kept = [t for t in kept if t.end <= base.start] or kept
    indicator = phrase_text(kept, text)
    if (opened := text.rfind("（", start, cand.start)) > text.rfind("）", start, cand.start) and (
            opened > start):
        # 因公司实施2024年年度权益分派（每股派发现金红利0.20元）: a figure inside brackets with a
        # name of its own there is named by it, not by the words before the bracket
        inner, _ = trim_phrase(tokens_in(toks, opened + 1, cand.start), skip, home_place)
        own = phrase_text(inner, text)
        if len(own) >= _OWN_NAME_IN_BRACKETS and not own.startswith(_NOT_OWN_NAMES):
            kept, indicator = inner, own
    if indicator and "最" in text and (held := _held_measure(text, start, cand, indicator)):
        indicator = held  # 累计降雨量最大为修水县渣津站312.4毫米，其次为武宁县石门楼站286.7毫米:
        # each station holds a figure of the superlative's measure (the county its subject)
    if indicator and "、" in text and (listed := _listed_group(text, start, cand, indicator)):
        indicator = listed  # 阳江、茂名、湛江3市平均降雨量: the group of places with its count
        # is part of the name, its places no subject (session 20)
    if indicator and _CAUSE.fullmatch(indicator):
        kept, indicator = [], ""  # 受高校毕业生集中离校影响比上月上升: why it moved names nothing
    elif indicator and (turn := _TURN.search(text, start, cand.start)):
        # 环比由上月持平转为上涨0.1%: the state it turned from names nothing
        kept = [t for t in kept if t.end <= turn.start()]
        indicator = phrase_text(kept, text)
    of_base = False
    if _PLAN_NOTED.search(text, max(0, cand.start - _PLAN_NOTED_REACH), cand.start) or (
            plan_level_unbracketed(text, cand.start, cand.end)) or PLAN_LEVEL_OF.search(
            text, max(0, cand.start - PLAN_WORDS_REACH), cand.start):
        # 完成年度任务（3.2万批次）的75.3%: the plan's level in brackets after its words, and
        # the share done of it, are the last name's (the plan's words name neither); so with
        # the level unbracketed (完成年度计划1480万吨的83.5%)
        return [], "", text.endswith("的", 0, cand.start)
    if text.endswith("的", 0, cand.start):
        if indicator and text.startswith(_OF_BASE, start + text.startswith("约为", start) + next(
                (len(w) for w in _OF_BASE_ADVERBS if text.startswith(w, start)), 0)):
            # 为预算的102.3%, 恢复至疫情前的八成: the last indicator against a base; a plan's
            # (为预算的98.4%, 为年度计划的105%) is a share of the plan, as 完成预算的98.4% is
            of_base = text.startswith("为", start) and _PLAN_BASE.fullmatch(
                text, start + 1, cand.start - 1) is not None
            kept, indicator = [], ""
        elif indicator and _restated_figure(text, start, cand.start):
            # 中位数26945元，…，中位数是平均数的83.0%: the figure named again before its base is
            # the last indicator's (a share of it, as 为预算的)
            kept, indicator = [], ""
        elif text.startswith(OF_PLAN_VERBS, _past_done(text, start)) and any(
                w in text[start : cand.start] for w in PLAN_BASES):
            # 完成年度计划的103%, 达全年预算数的97.6%, 完成全年目标的九成: the last
            # indicator against its plan (the plan's words, 全年 among them, are the base:
            # no goal, no period)
            kept, indicator, of_base = [], "", True
        elif indicator and (done := _named_done_of_plan(text, start, cand.start)) > start:
            # 营业收入完成年度预算的85.6%: the share done of its plan, named by the figure named
            # before the verb (as 完成年度计划的103% after the figure: session 20)
            kept, _ = trim_phrase(tokens_in(toks, start, done), skip, home_place)
            indicator = phrase_text(kept, text) or indicator
        elif _PLAN_BASE.fullmatch(text, start, cand.start - 1) and PLAN_LEVEL.search(
                text, max(0, start - PLAN_LEVEL_REACH), start):
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
        # (电力、热力、燃气及水生产和供应业占19.2%: a list's name may keep the 占)
        indicator = indicator.removesuffix("占").removesuffix("佔") + "占比"
    if len(kept) > 1 and kept[-1].pos.startswith("v") and (
            obj := _object_written_before_list(text, kept[-1].word, start)):
        indicator += obj
    if indicator.startswith(FOR):
        indicator = _without_beneficiary(indicator)
    elif (agent_end := indicator.find(FOR, 1)) > 0 and _BECOMES.search(
            indicator, 0, agent_end) is None:
        # 茶产业为村集体经济贡献收入: who a doer's deed is for, written between the doer and the
        # deed, names nothing either (the doer stays)
        deed = _without_beneficiary(indicator[agent_end:])
        if not deed.startswith(FOR):
            indicator = indicator[:agent_end] + deed
    elif indicator and (deed_object := _object_for_counted(text, kept, start)):
        indicator = deed_object
    if "按" in indicator and text.startswith(RECKONING, cand.end) and (
            by := next((i for i, t in enumerate(kept) if t.word in _BY_WORDS), -1)) >= 0:
        # 每千人拥有企业数按全省常住人口6121万人计算: the base reckoned by is the number's
        kept, _ = trim_phrase(kept[by + 1 :], skip, home_place)
        indicator = phrase_text(kept, text) or indicator
    if indicator and len(indicator) > 4 and not (cand.unit == _POINTS and _PULLS in indicator):
        # (最终消费支出拉动国内生产总值增长2.2个百分点: a contribution, named by what pulls and
        # what it pulls, as …，拉动全省进出口增长5.9个百分点 is after the last amount)
        caused = max((indicator.rfind(v) + len(v) for v in _CAUSING
                      if indicator.rfind(v) > 0
                      and indicator[indicator.rfind(v) - 1] not in _PAIRED_WITH), default=0)
        # (财政资金与带动消费比例达1:8.6: a ratio of two things, the caused one the second)
        if 0 < caused < len(indicator) - 1:
            indicator = indicator[caused:]  # 以旧换新带动家电类零售额增长两成: what grew
            at = max((i for i, t in enumerate(kept[:-1]) if t.word in _CAUSING), default=-1)
            if at >= 0 and is_home(kept[at + 1].word, home_place):
                # 马拉松带动全市消费6.82亿元: the home's whole-territory word opening what the
                # cause moved is dropped, as at any name's head (综合消费 after 全市)
                rest, _ = trim_phrase(kept[at + 1 :], skip, home_place)
                indicator = phrase_text(rest, text) or indicator
    return kept, indicator, of_base


_NO_NAME = re.compile(r"在?第?[\d一二三四五六七八九十]*")
_OWN_NAME_IN_BRACKETS = 4  # characters at least (每股派发现金红利)
# a bracket's words that name no figure of their own (占比, 同比增长: the thing before's)
_NOT_OWN_NAMES = ("占", "比", "较", "同比", "环比", "增长", "下降", "其中", "含", "约", "达")
_COUNTED = "count"
_MEASURED = "physical"  # (a level in 米, 毫米, 立方米/秒)
_APPEARED = frozenset({"出现", "出现了"})
_NOT_OBJECT_TAGS = ("v", "d", "p", "u", "c", "m", "q", "r", "x", "w", "f", "t")


_PERCENT = "percent"
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


_BY_WORDS = frozenset(("按", "按照"))


def _without_beneficiary(indicator: str) -> str:
    """为经营主体减税降费及退税缓费 -> 减税降费及退税缓费, 为65岁及以上老年人提供健康管理服务 ->
    提供健康管理服务: who a measure is for (a beneficiary, with its modifiers) names nothing."""
    ends = [indicator.find(w, len(FOR), _WHO_MAX) + len(w)
            for w in metric_lexicon().beneficiaries
            if indicator.find(w, len(FOR), _WHO_MAX) >= 0]
    rest = indicator[max(ends) :] if ends else ""
    return rest if len(rest) >= 2 else indicator


_WHO_MAX = 16  # characters: how far a beneficiary may end after 为
# a verb 为 completes (转型为企业, 成为, 改为, 列为: "into", "as"; what follows is no beneficiary)
_BECOMES = re.compile(r"(?:转型|转|成|作|改|变|认定|列|评|视|分|升|降|增|减|称|命名|确定|调整|划)$")


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
    nouns = beneficiary_words(rest)
    if not nouns or nouns >= len(rest) - 1 or not is_deed(rest[nouns]):
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
    return any(w in before for w in _PART_OF_WHOLE) or _WHOLE_NAMED.search(before) is not None or (
        _BREAKDOWN.search(before) is not None)


_NOT_NAMED_PART = ("的",)  # before 占: a headless 的 phrase
_PART_OF_WHOLE = ("其中", "当中", "中，", "中,")
_WHOLE_NAMED = re.compile(r"占[\u4e00-\u9fff]")  # (占总人口20.06%: a share with its whole)
# a breakdown's opening (从行业看，建筑业占24.6%; 分区域看，…; 按单位性质分，…): its parts' shares
_BREAKDOWN = re.compile(r"(?:从|分|按)[\u4e00-\u9fff]{1,8}(?:来看|看|分)[，,]")
