"""The indicator (what is measured) of a metric, from sentence structure, not from a list of known
indicators: the noun phrase in the clause before the number with link verbs, cue words, periods,
places and frames taken off (trim_phrase), or the counted noun after a count (noun_after: 拥有65所
高校); merge_generic completes a generic aspect (增速) with the name before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.metrics.name_frames import (
    AT,
    BY_MEANS,
    DATE_TAGS,
    OF,
    THEMES,
    acts,
    after_agent,
    after_producer,
    cause_at,
    contribution,
    dated_start_end,
    definition_end,
    event_end,
    front_frame,
    glued_adverb,
    headless_source,
    item_among,
    manner_span,
    means_end,
    names_investment,
    names_output,
    opening_from,
    partner_span,
    per_measure,
    per_unit,
    plan_quota,
    recipient_end,
    referent_end,
    rounds_end,
    sized_by_investment,
    someone_end,
    starting_from,
    statement_total,
    theme_end,
    top_n,
    vague_places_end,
    verb_of_agent,
    when_then_end,
    without_occasion,
)
from pipelines.domain.metrics.place_names import (
    CITY_FACILITY_WORDS,
    LEVEL_TOKENS,
    PARTNER_PREPS,
    facility_follows,
    is_home,
    is_place_token,
    route_end,
    short_names,
    town_tokens,
    trade_partner,
)
from pipelines.domain.metrics.trim_words import (
    DROP,
    KEEP,
    PLACE,
    TRIM_ENDS,
    TRIM_FRONTS,
    is_punct,
    learn_trim,
    trim_sets,
)

_QUOTE_WORDS = frozenset(("“", "”", "\"", "‘", "’", "《", "》"))


_REST_MIN = 2  # characters of a word left after a period that ends inside it


def _outside(tok: Tok, skip: Sequence[tuple[int, int]]) -> Tok | None:
    """The token, or the part of it after a period span that ends inside it (全|年发电量: the
    period 全年 ends inside 年发电量, 发电量 is the name's), or None when a span covers it."""
    for s, e in skip:
        if tok.start < e and s < tok.end:
            if s <= tok.start and tok.end - e >= _REST_MIN:
                return Tok(tok.word[e - tok.start :], tok.pos, e, tok.end)
            return None
    return tok


_OPENS, _CLOSES = frozenset("（("), frozenset("）)")
_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _bound_note(inner: Sequence[Tok]) -> bool:
    """Words with a number in them (埋深50米以内), not an abbreviation alone (PM2.5)."""
    return (any(_DIGIT.search(t.word) for t in inner)
            and any(_CJK.search(t.word) for t in inner))
# (…行业（即零售、住宿及膳食服务业合计）的失业率: a note saying what the name is, 即)
_INCLUDES = frozenset(("含", "包括", "包含", "不含", "不包括", "即"))
# (日本（不|含|生鲜食品）年增3.1%: jieba's cut of 不含, a note left alone once the place is
# taken off; 固定资产投资（不|含|房地产） inside a name is the set's 完成 reading, kept)
_NOT_INCLUDES = ("不", "含")
_TITLE_OPEN, _TITLE_CLOSE, _TITLE_TAG = "《", "》", "nz"
# the kind of work a title in 《》 is (动画电影《山海小神兵》, 喜剧片《…》, 抗战题材影片《…》)
_WORK_KINDS = ("电影", "影片", "片", "剧", "纪录片", "动画片", "综艺")
_NOTE_MARKS = _OPENS | {_TITLE_OPEN}


def _glued_include(word: str) -> bool:
    """含 glued by the segmenter to what is included (含四县|一市以外的…: a place's name)."""
    return len(word) > 1 and word[0] == _INCLUDE and word[1:2] not in _INCLUDE_WORDS_AFTER


_INCLUDE = "含"
_INCLUDE_WORDS_AFTER = frozenset("量")  # (含量: a content, a word of its own)


def _without_inclusions(toks: Sequence[Tok]) -> list[Tok]:
    """The words without a note of what a figure includes (基本医疗保险基金（含生育保险）总收入)
    and without the kind of work named before a title (动画电影《山海小神兵》档期票房): the note
    and the kind name nothing of it; a title in 《》 is one word."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        if (toks[i].word in _OPENS and i + 1 < len(toks)
                and (close := next((j for j in range(i + 2, len(toks))
                                    if toks[j].word in _CLOSES), None)) is not None
                and (((toks[i + 1].word in _INCLUDES or _glued_include(toks[i + 1].word) or (
                    (toks[i + 1].word, toks[i + 2].word) == _NOT_INCLUDES and all(
                        is_place_token(t.word) for t in toks[:i]))) and close > i + 2)
                     # (1年（含）以下: the bound's own mark, kept)
                     or (close < len(toks) - 1 and _bound_note(toks[i + 1 : close])))):
            # (浅层地下水（埋深50米以内）平均埋深: a bound inside the name says which, no name;
            # 细颗粒物（PM2.5）平均浓度 keeps its abbreviation)
            i = close + 1
            continue
        if toks[i].word == _TITLE_OPEN and (close := next(
                (j for j in range(i + 2, len(toks)) if toks[j].word == _TITLE_CLOSE), None)):
            if out and out[-1].word.endswith(_WORK_KINDS):
                out = []
            inner = toks[i + 1 : close]  # (the title one word: 我的邻居是财神 keeps its 我的)
            out.append(Tok("".join(t.word for t in inner), _TITLE_TAG, inner[0].start,
                           inner[-1].end))
            i = close + 1
            continue
        out.append(toks[i])
        i += 1
    return out


def _share_bases(toks: Sequence[Tok], skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The period spans right after 占 that name a span other than the share's own: there the
    period is the whole a share is of (汛期…占全年降水量的72.2%, 第三季度…占前三季度的58.7%,
    早高峰…占全日进站量), words of the share's name, neither skipped nor trimmed. The share's
    own year (约占当年度岁出的6.1%, 占当年归母净利润) says nothing of the whole: skipped."""
    if not skip:
        return []
    after_share = {t.end: i + 1 for i, t in enumerate(toks) if t.word.endswith(_SHARE_VERB)}
    return [(s, e) for s, e in skip if s in after_share and after_share[s] < len(toks)
            and not toks[after_share[s]].word.startswith(_OWN_PERIOD)]


_SHARE_VERB = "占"
_OWN_PERIOD = ("当", "本")  # 当年, 当年度, 当期, 本年, 本期: the figure's own period


_WITHIN_WORDS = ("内", "境内", "以内")
_FROM_FIRST = frozenset(("自", "从"))
_AT_WORDS = frozenset(("于", "於", "在"))


def _without_at(tok: Tok, skip: Sequence[tuple[int, int]]) -> Tok:
    """The token without "at" when a period follows it (外匯基金|於|2025年10月底|的累計盈餘,
    全市|在|9月末|的贷款余额, 总结|余于|10月底: the period field holds when; 在 glued to a noun
    before it stays, as in 存在)."""
    if not any(s == tok.end for s, _ in skip):
        return tok
    if tok.word in _AT_WORDS:
        return Tok("", tok.pos, tok.end, tok.end)
    if tok.word[-1] in "于於" and len(tok.word) > 1 and tok.pos == "p":  # (余于 as the
        # segmenter cuts 总结余于10月底; not 相当于, 仅次于: verbs of their own)
        return Tok(tok.word[:-1], tok.pos, tok.start, tok.end - 1)
    return tok
_GROUP_VISITORS = re.compile(r"(?:(?:、|及|和|与)[\u4e00-\u9fff]{1,6}?)?[\u4e00-\u9fff]{0,10}?"
                             r"(?:国家|地区)?(?:旅客|游客|访客|住客)")


def trim_phrase(
    toks: Sequence[Tok], skip: Sequence[tuple[int, int]] = (), home_place: str | None = None
) -> tuple[list[Tok], list[str]]:
    """Drop cue/period/link words around a noun phrase; return the kept tokens and places.

    ``toks`` are in text order (never overlapping)."""
    if toks and skip:  # only the spans reaching into the tokens' range can cover one
        lo, hi = toks[0].start, toks[-1].end
        skip = [(s, e) for s, e in skip if s < hi and lo < e]
    bases = _share_bases(toks, skip)
    if bases:
        skip = [span for span in skip if span not in bases]
    if toks and toks[0].word in THEMES and (theme := theme_end(toks)):
        toks = toks[theme:]  # 围绕“…三年行动”开展专项检查: the theme is no part of the name
    if any(t.word in _NOTE_MARKS for t in toks):
        toks = _without_inclusions(toks)
    if skip:
        kept = [rest for t in toks if t.word not in _QUOTE_WORDS
                and (rest := _outside(t, skip)) is not None
                and not (t.word == _THIS_ONE_OF and any(s == t.end for s, _ in skip))]
        # (本|报告期归属于…: "this" before the period, a word of its own, goes with it)
        if any(t.word[-1] in _AT_WORDS for t in kept):
            kept = [_without_at(t, skip) for t in kept]
            kept = [t for t in kept if t.word]
    else:
        kept = [t for t in toks if t.word not in _QUOTE_WORDS]
    if any(t.word == AT for t in kept):
        kept = without_occasion(kept, skip)
    if any(t.word[0] in _DONE_ADVERBS for t in kept):
        kept = _without_done(kept)
    if partner := partner_span(kept):
        del kept[partner[0] : partner[1]]  # 与110报警服务台对接转办…诉求: whom it was done with
    if len(kept) > 2 and kept[0].word in _SOME_OF and (vague := vague_places_end(kept)):
        del kept[:vague]  # 一些地方督查检查考核事项比上年压减…: places left unnamed, no subject
    if rounds := rounds_end(kept):
        del kept[:rounds]  # 前7轮比赛全网直播观看人次: the rounds so far are a frame, no name
    if kept and kept[0].word in _EXCLUDING_FIRST and (defined := definition_end(kept)):
        del kept[:defined]  # 不含蔬果及能源之核心CPI: what the name leaves out defines it
    if among := item_among(kept):
        del kept[:among]  # 七大类中以食物类涨2.31%最多: the group the item stands out of
    if cause := cause_at(kept):
        del kept[cause:]  # 水果因台风过后产量回升仍涨6.4%: why it moved, after what moved
    if len(kept) > 3 and kept[0].word in _OPENS and kept[2].word in _CLOSES and kept[1].pos == "m":
        del kept[:3]  # （六）115年度总预算案岁出编列…: an outline item's number, no name (the
        # words after it are trimmed as any name's first words)
    places: list[str] = []
    partner: Tok | None = None  # a trade partner kept after its 对, not taken off on a later pass
    changed = True
    ends, fronts = TRIM_ENDS, TRIM_FRONTS
    while changed and kept:
        changed = False
        if len(kept) > 1 and kept[0].word == "在" and (
                kept[1].word in short_names() if len(kept[1].word) == 1
                else is_home(kept[1].word, home_place)):
            # 在蓉, 在京: "in" + a place's one-character name (not 在|岗职工), or 在成都: in the
            # home place, dropped with it; 在海外设立…的企业 keeps its 在 (a modifier)
            del kept[:2]
        elif len(kept) > 2 and kept[0].word == "在" and is_place_token(kept[1].word) and not (
                kept[2].word.startswith(_WITHIN_WORDS)):
            del kept[0]  # 在云南新增光伏装机: "in" another place, its scope (taken off below);
            # 在湖南省内就业 keeps it: the place inside which the deed is done, no scope
        if len(kept) > 3 and (inside := next((i for i in range(1, len(kept) - 2)
                                               if kept[i].word == "在"
                                               and _home_word(kept[i + 1].word)
                                               and kept[i + 1].end == kept[i + 2].start), None)):
            del kept[inside : inside + 2]  # 外地跑者平均在襄停留, 国家专项计划在我省录取: "in"
            # the place's one-character name or "our province" inside the name (the deed's
            # setting), dropped as at its head
            changed = True
        if len(kept) > 3 and (done := next((i for i in range(1, len(kept) - 2)
                                            if kept[i].word in _DONE_ADVERBS
                                            and kept[i + 1].word.startswith(_BUILT)), None)):
            del kept[done]  # 城区已建成投用公办中小学: 已 before 建成 inside the name, dropped as
            # at its head (session 25: the kind and the period say what stands built by then)
            changed = True
        if len(kept) > 2 and (goal := next((i for i in range(2, min(len(kept) - 1, _AGENT_MOST))
                                            if kept[i].word in _GOAL_HEADS
                                            and kept[i - 1].word in _WILL), None)) is not None:
            del kept[: goal + 1]  # 各级工会将力争新发展会员, 市12345热线将力争按时办结率: the
            # agent and its 将 before the goal word, no name (as 力争 at the name's head)
            changed = True
        if len(kept) > 2 and kept[1].word == "后" and kept[0].word in _ONCE_DONE:
            del kept[:2]  # 达产后年产值, 建成后新增算力: when the output is expected, no name
            changed = True
        if len(kept) > 1 and (per_unit(kept[-1].word) or per_measure(kept[-1])):
            kept.pop()  # 平均售价为每平方米约人民币21,763元: the unit a price is per, no name
            # (生育补助每胎: the birth a grant is per)
            changed = True
        elif len(kept) > 2 and kept[-2].word == _PER_WORD and per_unit(
                kept[-2].word + kept[-1].word):
            del kept[-2:]  # 综合水价每|立方米2.85元: jieba's cut of the same 每立方米
            changed = True
        if kept and glued_adverb(kept[-1]):
            last = kept.pop()  # 办结|率均|为: the name's last character and the adverb after it
            kept.append(Tok(last.word[0], "n", last.start, last.end - 1))
        if (starts := starting_from(kept)) is not None:
            del kept[starts:]  # 最低薪金将从明年2月1日起调高至…: from when a rule applies, its
            # date skipped as a period, no name
            changed = True
        if skip and kept and kept[0].word in _FROM_FIRST and (opens := opening_from(kept, skip)):
            del kept[:opens]  # 自113年起將生育津貼提高為…: from when a rule applies, no name
            changed = True
        while kept:
            word = kept[-1].word
            end = ends.get(word)
            if end is None:
                end = learn_trim(word)[0]
            if not end and word == _MAYBE and len(kept) > 1 and any(
                    t.start == kept[-1].end and t.word in _AFTER_MAYBE for t in toks):
                end = True  # 粗钢日产或在200万吨左右波动: 或 "perhaps" before 在; 日最高气温达到或
                # 超过33.0度: the bound's "or" closing the name (达到或超过100毫米的日子 keeps it)
            if not end and len(kept) > 1 and len(word) == 1 and len(kept[-2].word) == 1 and (
                    kept[-2].word + word in trim_sets()[0]):
                end = True  # 按|年: a two-character link word cut in two (则按年下跌)
                kept.pop()
            if not end or statement_total(kept) or headless_source(kept) or plan_quota(kept) or (
                    bases and any(s <= kept[-1].start < e for s, e in bases)):
                break  # a link word or punctuation ends a phrase
            kept.pop()
            changed = True
            if kept and len(kept[-1].word) <= 2 and kept[-1].word + word in trim_sets()[0]:
                kept.pop()  # 压|减至, 修订|估计: the link word the segmenter cut in two
            elif kept and len(kept[-1].word) > 2 and kept[-1].word[-1] + word in _LINKS_CUT:
                last = kept.pop()  # 时薪调|升至: the link's first character glued to the name
                kept.append(Tok(last.word[:-1], last.pos, last.start, last.end - 1))
        while kept:
            word = kept[0].word
            if kept[0].pos in DATE_TAGS and (since := dated_start_end(kept)):
                del kept[:since]  # 115年1月1日起基本工资月薪调升至…: the day a rule applies from
                changed = True
                continue
            if (framed := front_frame(kept, skip)) is not None:
                kept[:1] = framed  # 依法办理…, 各级慈善组织…, 活动期间…: how, by whom, when
                changed = True
                continue
            front = fronts.get(word)
            if front is None:
                front = learn_trim(word)[1]
            if word == _WON and len(kept) > 1 and (
                    "".join(t.word for t in kept[1:]).endswith(metric_lexicon().won_things)
                    or any(t.word == "的" for t in kept[2:-1])):
                break  # 获得省部级以上科技奖励, 获得授权专利: what a body won; 获得加倍赔偿的投诉:
                # a clause of what the things counted got (获得意向授信额度: funds received,
                # 获得 a prefix word)
            town = town_tokens(kept) if front == KEEP else 0
            if town and not route_end(kept, town - 1):
                # 双庙乡、王营镇建成…: towns named before a figure, none of its name (城关镇至
                # 石桥村段: a section's start, kept)
                del kept[:town]
                if len(kept) > 1 and kept[0].word == _STATION:
                    del kept[0]  # 王安镇站小时雨强: the town's weather station stands for it
                changed = True
                continue
            if word == _INCURRED and len(kept) > 1 and kept[-1].word.endswith(_COSTS):
                del kept[0]  # 发生营业成本: the cost incurred, 发生 a light verb (发生洪水 stays)
                changed = True
                continue
            if front == DROP and word in PARTNER_PREPS and len(kept) > 2 and trade_partner(
                    kept, 1):
                del kept[0]  # 对美国出口: the partner stays in the name, its 对 goes (自美国进口
                # keeps its 自, a word of the name)
                partner = kept[0]
                break
            if word in _EXAMPLES_END and places and len(kept) > 2:
                # 在北京、上海等方向安排开行…: the places' 等 (and the scope they are examples
                # of) once the places are taken off, no name
                del kept[: 2 if kept[1].word in _EXAMPLES_SCOPES else 1]
                changed = True
                continue
            if word in _LIGHT_PLANS and len(kept) > 2 and kept[1].word in trim_sets()[2] and (
                    kept[1].word != _ADDED):
                del kept[0]  # 安排开行夜间高铁列车: arranging the runs, 开行 the deed (安排新增
                # 专项债券: 新增 says which bonds, 安排 is the deed)
                changed = True
                continue
            if front == KEEP and not is_home(word, home_place):
                break
            if word in _RELATIVE_ADVERBS and len(kept) > 3 and kept[2].word == _OF_WORD and (
                    kept[1].pos.startswith("v")):
                break  # 首次参会的采购商: the adverb of a relative clause that names the
                # class counted, a word of the name
            if front == DROP and len(kept) > 1 and kept[1].word.startswith(_RATE_OF) and len(
                    kept[1].word) <= len(_RATE_OF) + 1:
                break  # 帮扶|率为87.8%: the rate of the deed, its verb the name's first word
            if word in _ONE_DAY and len(kept) > 2 and kept[1].word in _RECORD_WORDS:
                break  # 单日最高售票, 单日最高场次: the record day's measure (单日票房: a day's)
            if word in _EXPECTING and kept[-1].word == _ONES_WHO and len(kept) > 2:
                break  # 预期减少者: those who expect a fall (a survey's answer), 预期 theirs
            if word == _TOP and top_n(kept):
                break  # 前5家运营商, 前10个省份: the top N of a ranking, a class (前 kept)
            if word == _TOWARDS and contribution(kept):
                break  # 对全部规上工业利润增长的贡献率: what it contributes to is the rate's
            if front == PLACE and len(kept) > 1 and (kept[0] is partner or (
                    trade_partner(kept, 0) and not is_home(word, home_place))):
                break  # 东盟进出口: a partner, not the subject
            if word in _INVESTMENT_STAGES and (names_investment(kept[1:]) or (
                    word == _PLANNED and sized_by_investment(kept[1:]))) and not (
                    word == "计划" and (after_agent(toks, kept[0]) or kept[1].word == "完成")
            ) and not (word == "完成" and names_output(kept[1:])
                       and not after_producer(toks, kept[0])):
                break  # 完成投资, 完成交通固定资产投资: the statistics' name of investment done
                # (计划投资: of investment planned; 计划完成投资: 完成投资 planned, 计划 a cue)
            if front == PLACE and len(kept) > 2 and _GROUP_VISITORS.match(
                    "".join(t.word for t in kept[1:4])) is not None:
                break  # 中东海湾合作委员会国家旅客: visitors named by where they come from, a
                # group of countries the place opens (no subject: subjects._VISITORS_FROM)
            if front == PLACE and (facility_follows(kept, 0) or route_end(kept, 0)) and not (
                    len(kept) > 1 and kept[1].word in CITY_FACILITY_WORDS
                    and is_home(word, home_place)):
                break  # 苏州港, 南京禄口国际机场, 烟台至大连航线: a facility or a route named
                # after its places, a name
            if front == PLACE and (urban := _urban_area(word)):
                places.append(word[:-urban])  # 杭州市区（含…）商品住宅网签成交, 常州市区重点
                # 商圈客流: the city is the place, its urban area (市区) a word of the name
                kept[0] = Tok(word[-urban:], "n", kept[0].end - urban, kept[0].end)
                break
            if front == PLACE and len(kept) > 2 and word.endswith(_URBAN_AREA[0]) and (
                    kept[1].word == _URBAN_AREA[1]):
                places.append(word)  # 上海市|区商品住宅…: jieba's cut of the same 市区
                kept[:2] = [Tok(_URBAN_AREA, "n", kept[1].start - 1, kept[1].end)]
                break
            if front == PLACE:
                places.append(word)
                if len(kept) > 1 and kept[1].word in LEVEL_TOKENS:
                    places[-1] += kept.pop(1).word  # 德阳|市: the place with its level
                elif (len(kept) > 1 and kept[1].word == _TEAM) or (
                        len(kept) > 2 and kept[1].word == _STATION):
                    del kept[1]  # 南通|队、南京|队分列第二、三位: a place's team stands for it
                    # (as its weather station: 王安镇|站|小时雨强)
            if word in _PLAN_FRAMES and len(kept) > 2 and kept[1].word == _PLAN_IS:
                del kept[1]  # 计划目标为地区生产总值增长…, 目标为…: the 为 of the plan's frame
            kept.pop(0)
            changed = True
    if len(kept) > 2 and kept[-1].word in _DATUM_SIDES and (
            datum := max((i for i, t in enumerate(kept[:-1]) if t.word[-1:] in _IS),
                         default=0)):
        # 年平均海平面为海图基准面以上1.52米: the datum a level is measured from (以上 before the
        # number, not a bound after it) is no part of the name (最高潮|位为: 为 glued)
        glued = kept[datum]
        del kept[datum:]
        if len(glued.word) > 1:
            kept.append(Tok(glued.word[:-1], "n", glued.start, glued.end - 1))
    closed = next((i for i, t in enumerate(kept) if t.word in _CLOSES), -1)
    if 0 < closed < len(kept) - 2 and kept[closed + 1].word == OF and kept[
            closed - 1].word.endswith(_STATION):
        del kept[: closed + 2]  # 维多利亚港（鲗鱼涌潮汐站）的年平均海平面: where it is measured,
        # a station in brackets, names nothing of the level
        closed = -1
    if 0 <= closed < len(kept) - 1 and not any(t.word in _OPENS for t in kept[:closed]):
        del kept[: closed + 1]  # 冬春航季（10月26日起）国内航线…: the rest of a note whose
        # opening was cut with the words before it names nothing
    if len(kept) > 1:
        flow, activity = trim_sets()[2] | RECORDING_VERBS, metric_lexicon().activity_verbs
        while (len(kept) > 1 and kept[-1].word in flow and kept[-2].pos.startswith("n")
               and kept[-1].word not in activity and kept[-2].word not in _MEANS
               and kept[-1].word != _ADDED):
            kept.pop()  # 5G基站累计建成4.2万个: the verb after its noun is not part of the name
            # (中欧班列开行: the runs are what is counted, 开行 stays; 电话渠道受理61.2万件: the
            # channel is not what is counted, its doing is; 充电基础设施新增61.3万台: the
            # additions to a stock, apart from the stock itself)
    if len(kept) > 2 and (not _INNER_DROPS.isdisjoint([t.word for t in kept]) or any(
            _glued_examples_end(kept, i) for i in range(1, len(kept) - 1))):
        # 韶山、花明楼等红色旅游经典景区接待游客: examples before 等 name none of what is measured
        # (as 建设天眉乐等6条高速公路 -> 建设高速公路)
        cut = max((i for i, t in enumerate(kept[:-1]) if t.word in _EXAMPLES_END
                   or _glued_examples_end(kept, i)), default=-1)
        if cut > 0 and not _one_example(kept, cut):
            if cut + 2 < len(kept) and kept[cut + 1].word in _MEANS:
                cut += 1  # 通过网络、信函等渠道征集意见: the means, as its examples, names nothing
                while cut + 2 < len(kept) and kept[cut + 1].word in _INNER_FILLERS:
                    cut += 1  # (等渠道共征集)
            # (审结婚姻家庭、劳动争议等民生案件: the flow verb before the examples stays)
            # (使用乘车码等移动支付方式进站的乘客: any verb the examples are the object of)
            # (出口服装、家具等劳动密集型产品: a verbal noun, 出口 tagged vn, as a verb)
            verb = 1 if cut > 1 and (kept[0].word in trim_sets()[2] or (
                kept[0].pos in _VERB_TAGS and len(kept[0].word) > 1)) else 0  # (拼|多多: a brand's)
            if not verb and (titles := _verbs_before_titles(kept, cut)):
                del kept[: titles[0]]  # 省人大常委会制定修订《…》《…》等地方性法规: the verbs
                cut -= titles[0]  # of the titles listed stay, who acted before them goes
                verb = titles[1] - titles[0]
            del kept[verb : cut + 1]
        # 重点景区共接待游客, 商贸企业实现销售额: an adverb of sum or a verb of result between a
        # name's words (not 通过公共网络实现的零售额: a modifier)
        # (公路完成货运量 -> 公路货运量; not 公路水路完成投资, investment carried out)
        kept = [t for i, t in enumerate(kept) if not (
            t.word in _INNER_FILLERS and 0 < i < len(kept) - 1 and kept[i + 1].word != "的"
            and not kept[i - 1].word.endswith(_SHARE_VERB)  # (占全日进站量: the whole's day)
            and not (t.word == "完成" and names_investment(kept[i + 1:])))]
    during = next((i for i, t in enumerate(kept[1:-1], 1) if t.word == _DURING_WORD), 0)
    if during and kept[during - 1].pos.startswith(("n", "vn")):
        # 古坑咖啡节活动期间参观人次: the days of the event named before are when it is counted
        # (a period, as 活动期间 opening a name); the event stays, what is counted follows
        del kept[during - (kept[during - 1].word == _EVENT_WORD) : during + 1]
    if places and len(kept) > 3 and kept[0].pos == "m" and kept[2].word == "的":
        del kept[:3]  # 在杭州、苏州、广州三个城市的合约销售金额: the count of the places just
        # listed (a scope) names nothing
    if len(kept) > 2 and kept[0].word in _TOGETHER_WITH and (
            partner := max((i for i, t in enumerate(kept[:-1])
                            if t.word.endswith(_PARTNER_ENDS)), default=0)):
        del kept[: partner + 1]  # 本集团连同其合营企业及联营公司实现合约销售金额: who acts with
        # the agent names nothing, as the agent does not
    if kept and _EDITION.fullmatch(kept[0].word) and (event := event_end(kept)):
        del kept[:event]  # 第十五届中国（青岛）国际物流博览会签约项目: the event is the occasion
    to_whom = next((i for i, t in enumerate(kept[:-1]) if t.word in _TO_WHOM), -1)
    if to_whom >= 0 and (at := recipient_end(kept[to_whom:])):
        del kept[: to_whom + at]  # 董事会拟向全体股东每10股派发现金红利: who gives it and to whom
        # are no part of the name
    agent = 0 if kept and kept[-1].word in _HELD_MEASURES else max(
        (verb for i, t in enumerate(kept[:-2]) if acts(t.word, i, kept[i - 1].word if i else "")
         and (verb := verb_of_agent(kept, i + 1))), default=0)
    if agent:
        del kept[:agent]  # 各级市场监管部门查处…案件, 公安机关破获…: who acts names nothing
        # (省体育局将联合各设区市推出…线路, 市商务局已发放: its adverb and partners neither)
        if len(kept) > 1 and kept[0].word in _ORGANISING:
            del kept[0]  # 各电力交易中心组织市场交易电量: the agent's organising, no name
    if len(kept) > 2 and kept[0].word in BY_MEANS and (verb := means_end(kept)):
        del kept[:verb]  # 通过监督检查追回医保基金: the means names nothing of what is done
    if (manner := manner_span(kept)) is not None:
        del kept[manner[0] : manner[1]]  # 银行间人民币市场以拆借、现券和回购方式成交: the
        # ways it was done, inside the name, no part of it
    if referent := referent_end(kept):
        # 本次债券票面利率, 该店周末入住率: "this" one, no name (该地块面积: a bare measure word
        # left would name nothing, 地块 stays without its 该)
        bare = sum(len(t.word) for t in kept[referent:]) <= _MEASURE_ONLY and referent > 1
        del kept[: 1 if bare else referent]
        while len(kept) > 1 and learn_trim(kept[0].word)[1] == DROP:
            del kept[0]  # (本次招标共有承销团成员: the prefix word after it)
    if then := when_then_end(kept):
        del kept[:then]  # 开拍后约40分钟即触及最高限价: when it happened names nothing
        while len(kept) > 1 and learn_trim(kept[0].word)[1] == DROP:
            del kept[0]  # (触及, as 达到: the prefix word after it)
    if (some := someone_end(kept)):
        del kept[:some]  # 某小区3号楼停水, 市民反映某培训机构拒退…: the unnamed party (and who
        # told of it) are no part of what happened
    if len(kept) > 1 and kept[-1].word.endswith(_PRICE_WORDS) and (market := max(
            (i for i, t in enumerate(kept[:-1]) if t.word.endswith(_MARKETS)), default=-1)) >= 0:
        # 全国农产品批发市场猪肉平均价格: where the price is observed; 玉米集贸市场平均价格: the
        # market alone, the product named before it
        del kept[market if market == len(kept) - 2 else 0 : market + 1]
    disposal = max((i for i, t in enumerate(kept[:-1]) if t.word in _DISPOSAL), default=-1)
    if disposal >= 0:
        del kept[: disposal + 1]  # 贸工部把经济增长预测…: the agent is no part of the name
    of = next((i for i, t in enumerate(kept[1:4], 1) if t.word == "的"), 0)
    if of and of < len(kept) - 1 and kept[of - 1].word.endswith(_AGENCY_ENDS):
        del kept[: of + 1]  # 市区重建局的私宅价格指数: the agency that compiles it names nothing
    return kept, places


_URBAN_AREA = "市区"


def _urban_area(word: str) -> int:
    """How many last characters of a place's word name its urban area (杭州市区: 2), else 0."""
    size = len(_URBAN_AREA)
    return size if (len(word) > size and word.endswith(_URBAN_AREA)
                    and is_place_token(word[:-size])) else 0


_EXCLUDING_FIRST = frozenset(("不含", "不包括", "不", "未含"))


_EDITION = re.compile(r"第[一二三四五六七八九十百零\d]+届")


_MEASURE_ONLY = 2  # characters: 面积, 价格 alone measure the thing before them


_SOME_OF = frozenset(("一些", "有的", "有", "个别", "不少"))


_TOGETHER_WITH = frozenset(("连同",))
# partners named after 连同 (其合营企业及联营公司, 下属单位)
_PARTNER_ENDS = ("公司", "企业", "单位")


_DONE_ADVERBS = frozenset(("已", "已经"))
_VERB_TAG = "v"


def _without_done(kept: list[Tok]) -> list[Tok]:
    """已 before the verb of a counted deed, which the kind and the period tell (session 25:
    已整改 -> 整改), also cut by jieba with its verb (已播冬小麦 -> 播冬小麦) and after the name of
    what the deed is done to (秋粮已收获 -> 秋粮收获, 冬小麦已播 -> 冬小麦播). Not a name 已 is
    part of (已售未结转…, 已播面积: the area sown so far, 已建成居住区 keeps its 已 before a noun's
    建成: the rule above), nor one before a verb another verb follows (法院已判决支持的占: a
    relative clause's state, 董事会已议决宣派之…)."""
    out: list[Tok] = []
    for i, t in enumerate(kept):
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        after = kept[i + 2] if i + 2 < len(kept) else None
        if (t.word in _DONE_ADVERBS and nxt is not None and nxt.pos == _VERB_TAG
                and not nxt.word.startswith(_BUILT) and len(nxt.word) > 1
                and _deed_object(after)):
            continue
        if (len(t.word) == 2 and t.word[0] in _DONE_ADVERBS and t.pos == _VERB_TAG
                and _deed_object(nxt)):
            out.append(t._replace(word=t.word[1:], start=t.start + 1))
            continue
        out.append(t)
    return out


_NOT_YET = "未"
_DONE_MEASURES = ("面积",)  # (已播面积, 已收获面积: a statistic's name)


def _deed_object(tok: Tok | None) -> bool:
    """Nothing after the deed's verb, or its object (已播|冬小麦), not another verb, 未 or a
    measure the 已 names a statistic with (已售|未结转, 已播|面积)."""
    return tok is None or not (tok.pos.startswith(_VERB_TAG) or tok.word == _NOT_YET
                               or tok.word.endswith(_DONE_MEASURES))
_BUILT = "建成"
_PER_WORD = "每"
_MAYBE = "或"
_AFTER_MAYBE = frozenset(("在", "将", "会", "可", "超过", "高于", "低于", "多于", "少于", "超出"))
_LINKS_CUT = frozenset(("调升至", "调降至", "调升", "调降"))  # (jieba's 时薪调|升至)
_DATUM_SIDES = frozenset(("以上", "以下"))
_IS = frozenset("为是")
_TO_WHOM = frozenset(("向", "拟向"))


_ORGANISING = frozenset(("组织",))


# verbs that record events (登革热报告12例: the cases reported, 报告 no part of their name; a
# label before one alone names the figure, 乙类传染病：共报告9种)
RECORDING_VERBS = frozenset(("报告", "发生", "接报", "受理", "登记", "发现", "确诊", "收治"))
# a measure of what a body holds (第一大股东长沙市财政局持股比例): the body is its holder, no agent
_HELD_MEASURES = frozenset(("比例", "比重", "份额", "占比"))


_INCURRED, _COSTS = "发生", ("成本", "费用")
_TOWARDS = "对"


# adverbs a relative clause before the noun counted may open with (首次参会的采购商)
_RELATIVE_ADVERBS = frozenset(("首次",))
_OF_WORD = "的"
# the markets a price release observes prices at (农产品批发市场, 集贸市场): no part of the name
_MARKETS = ("批发市场", "集贸市场", "农贸市场")
_PRICE_WORDS = ("价格", "均价", "价")
# (贸工部把经济增长预测…: the agent before 把; 全省法院有员额法官3128名: the owner before 有)
_DISPOSAL = frozenset(("把", "有"))
# an agency that compiles or publishes a figure (统计局, 重建局, 贸工部, 旅游局)
_AGENCY_ENDS = ("局", "部", "署", "厅")
# a project's stage after which its output is expected (达产后, 建成后, 投产后)
# goal words a name may follow after its agent (各级工会将力争…), and the agent's words at most
_GOAL_HEADS = frozenset(("力争", "力拼", "力拚", "力求"))
_AGENT_MOST = 6
_WILL = frozenset(("将", "要"))  # (问题发现率力争保持在3%左右: no agent, the name kept)
_ONCE_DONE = frozenset(("达产", "达效", "建成", "投产", "投用", "竣工", "完工", "运营"))


_EXAMPLES_END = frozenset(("等", "等等"))
_VERB_TAGS = frozenset(("v", "vn"))
_LIST_MARK = "、"


def _glued_examples_end(kept: Sequence[Tok], i: int) -> bool:
    """The segmenter glued a list's 等 to its last example's last character (万象城、华润·万象|
    汇等|重点商圈, tagged a particle): the examples end there too."""
    t = kept[i]
    return (len(t.word) == 2 and t.word[1] in _EXAMPLES_END and t.pos == _PARTICLE
            and any(k.word == _LIST_MARK for k in kept[:i]))


_PARTICLE = "u"


def _one_example(kept: Sequence[Tok], cut: int) -> bool:
    """A deed's one object before 等 ending the name (追讨工资等待遇: wages and other pay, its verb
    right before, nothing done after): an "and so on" of the name, not examples of a class."""
    if cut < 2 or not kept[cut - 2].pos.startswith("v") or any(
            t.word == _LIST_MARK for t in kept[:cut]):
        return False
    return not any(t.pos.startswith("v") for t in kept[cut + 1 :])  # (老幼病残孕等重点旅客提供…:
    # examples of the object of a verb after them)
def _verbs_before_titles(kept: Sequence[Tok], cut: int) -> tuple[int, int] | None:
    """Where the verbs right before a run of titles closed by 等 start and end (制定|修订|《…》
    《…》|等: (2, 4) after 省人大|常委会), or None: titles in 《》 are examples of the things the
    verbs made."""
    first = cut
    while first > 0 and kept[first - 1].pos == _TITLE_TAG:
        first -= 1
    if first == cut or first == 0 or kept[first - 1].pos != "v":
        return None
    start = first - 1
    while start > 0 and kept[start - 1].pos == "v":
        start -= 1
    return start, first


_DURING_WORD, _EVENT_WORD = "期间", "活动"
_MEANS = frozenset(("渠道", "方式", "途径", "形式", "平台"))
_INNER_FILLERS = frozenset(("共", "实现", "共计", "合计", "完成", "分别",
                            # (北向资金全天净买入, 股票型ETF当日成交额, 电子行业获净流入: the
                            # day of a daily report, the verb of receiving)
                            "全天", "全日", "当日", "当天", "获",
                            # (高中阶段教育共有学校2.45万所: the count's verb between the class
                            # and what it has, as 共)
                            "共有",
                            # (离岛旅客每人每年免税购物额度为10万元: the quota's per-head terms, a
                            # rule's frame, as 每人 after a name)
                            "每人每年"))
_INNER_DROPS = _EXAMPLES_END | _INNER_FILLERS


_STATION = "站"  # a weather station named after its place (王安镇|站)
_TEAM = "队"


_THIS_ONE_OF = "本"


_INVESTMENT_STAGES = frozenset(("完成", "计划"))
_PLANNED = "计划"
_WON = "获得"
_PLAN_FRAMES = frozenset(("目标", "计划"))  # (prefix words: 计划目标为…, 目标为…)
_PLAN_IS = "为"


_TOP = "前"


_ADDED = "新增"
_ONE_DAY = frozenset(("单日",))
_RATE_OF = "率"
_EXAMPLES_SCOPES = frozenset(("方向", "地区"))  # (北京、上海等方向: the places' scope)
_LIGHT_PLANS = frozenset(("安排",))  # (安排开行: before a deed's verb; 安排专项资金 keeps it)
_RECORD_WORDS = frozenset(("最高", "最多", "最大"))
_EXPECTING = frozenset(("预期", "预计"))
_ONES_WHO = "者"


@cache
def _noun_stops() -> frozenset[str]:
    lex = metric_lexicon()
    return frozenset(lex.actual_cues) | frozenset(lex.growth_cues) | frozenset(lex.link_words)


_PREDICATE_TAGS = frozenset(("f", "l", "i", "p"))  # a locality word, an idiom, a set phrase,
# a preposition


_BOUNDS_IN_NAME = frozenset(("以上", "以下"))
_LEVELS_AFTER_BOUND = frozenset("市县区省")


_PLACE_KINDS = frozenset(("自治区", "直辖市", "自治州", "自治县", "特别行政区", "地区", "兵团"))


def _kinds_bracket(toks: Sequence[Tok], i: int) -> int:
    """The end (exclusive) of a short bracket listing kinds of the noun before it (县（市、区）,
    学校（园）: one-character words joined by 、), or 0."""
    for j in range(i + 1, min(len(toks), i + 8)):
        if toks[j].word in ("）", ")"):
            inner = [t.word for t in toks[i + 1 : j]]
            words = [w for w in inner if w != "、"]
            if inner and "、" in inner and all(len(w) == 1 or w in _PLACE_KINDS for w in words):
                return j + 1  # (31个省（自治区、直辖市）: the levels of places counted)
            # 12个村（社区）, 乡镇（街道）: one kind of the same level, in place of the noun;
            # 82个县（市）, 10个省（市）: one level beside another
            alone = j == i + 2 and (
                (len(inner[0]) == 2 and toks[i + 1].pos.startswith("n"))
                or (inner[0] in LEVEL_TOKENS and toks[i - 1].word in LEVEL_TOKENS))
            return j + 1 if alone and len(toks[i - 1].word) <= 2 else 0
    return 0


_COUNT_AFTER_REACH = 2  # words of a noun phrase before its own count (的境外选手186人)


def _counted_next(toks: Sequence[Tok], i: int) -> bool:
    """A noun phrase of a few words at ``i`` ends in a count of its own (境外选手186人)."""
    for tok in toks[i : i + _COUNT_AFTER_REACH + 1]:
        if tok.pos == "m":
            return tok is not toks[i]
        if is_punct(tok.word) or tok.word == "的":
            return False
    return False


def noun_after(toks: Sequence[Tok], text: str) -> str:
    """The counted noun right after a count (65所高校 -> 高校), up to its first verb.

    A verb directly followed by a final noun stays inside (创新平台: 创新/v 平台/n).
    """
    stop = _noun_stops()
    kept: list[Tok] = []
    length = 0  # of the kept words
    i = _quoted_name(toks)
    if i:  # 13个“高效办成一件事”重点事项: a quoted name is whole (its verbs, its numerals)
        kept = list(toks[1 : i - 1])
        length = sum(len(t.word) for t in kept)
    while i < len(toks) and toks[i].word in "“”\"‘’《》":
        i += 1
    if i < len(toks) and toks[i].word[:1].isdigit() and (age := _age_class_end(toks, i)):
        kept = list(toks[i:age])  # 1.2万名60周岁以上老年人: the age class is the noun's own
        length, i = sum(len(t.word) for t in kept), age
    while i < len(toks):
        t = toks[i]
        if t.word in "“”\"‘’《》·":
            i += 1
            continue
        if t.word == "的" and kept and i + 1 < len(toks) and toks[i + 1].pos == "m":
            break  # 22个城市的75个项目: another count follows, its own noun's
        if t.word == "的" and kept and i + 1 < len(toks) and toks[i + 1].pos in _NOT_HEADS:
            break  # 1.2万家重点企业的全覆盖检查: what is done to them follows, no head noun
        if t.word == "的" and kept and _counted_next(toks, i + 1):
            break  # 12个国家和地区的境外选手186人: the noun after 的 has a count of its own, the
            # things this count counts are before it
        if t.word == "的" and kept:
            kept, length = [], 0  # 可感可及的民生实事: the head noun follows the last 的
            i += 1
            continue
        if kept and t.word in _BOUNDS_IN_NAME and i + 1 < len(toks) and (
                toks[i + 1].word[:1] in _LEVELS_AFTER_BOUND):
            # 21个地级以上市中: a class of places (地级以上市), cut 以上|市中 by the segmenter
            nxt = toks[i + 1]
            kept += [t, nxt._replace(word=nxt.word[:1], end=nxt.start + 1)]
            break
        if kept and t.word in ("（", "(") and (close := _kinds_bracket(toks, i)):
            # 12个县（市、区）: the kinds of places the count covers (kept: a trailing note in
            # brackets is dropped from other names)
            return phrase_text(kept, text) + "".join(x.word for x in toks[i:close])
        if t.word == _PASSIVE and kept:
            # 5个乡镇被评为全省粮食生产先进乡镇: what the counted were made names them
            return phrase_text(kept + _clause_rest(toks, i), text)
        if is_punct(t.word) or (kept and (t.word in stop or t.pos in _PREDICATE_TAGS)):
            break  # (an idiom after the noun says what it does: 2100万市民充分就业 -> 市民;
            # a preposition, how it went: 1宗宅地经过9轮竞价 -> 宅地)
        if kept and (t.pos == "m" or (t.pos == "c" and i + 1 < len(toks)
                                      and toks[i + 1].pos == "m")):
            break  # 10个千亿级和9个国家级…: the next count starts
        if not kept and _predicate_opens(toks, i):
            break  # 工作队员19名常驻在村: what the counted ones do follows, no noun
        if kept and t.pos.startswith("v") and t.pos != "vn":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            after = toks[i + 2] if i + 2 < len(toks) else None
            if not (nxt and nxt.pos.startswith("n") and (after is None or is_punct(after.word))):
                break
        kept.append(t)
        length += len(t.word)
        if length >= _COUNTED_NOUN_MAX:
            if _head_noun_next(toks, i):
                kept.append(toks[i + 1])  # 345个国家级夜间文化和旅游消费集聚区: the head noun
                # the long modifiers lead to
            break
        i += 1
    if len(kept) == 2 and kept[-1].word.endswith(_ATTRIBUTES):
        kept.pop()  # 1所初中办学条件全面改善: the schools are counted, not their conditions
    return phrase_text(kept, text) if kept else ""


_COUNTED_NOUN_MAX = 12  # characters of a counted noun after its count
# an age class opening a counted noun (60周岁以上, 65岁及以上, 3岁以下)
_AGE_CLASS = re.compile(r"\d{1,3}(?:周岁|岁)(?:及)?(?:以上|以下)?")
_AGE_CLASS_MAX = 5  # words of it


def _age_class_end(toks: Sequence[Tok], i: int) -> int:
    """Where an age class opening ``toks[i:]`` ends (a word index), when a noun follows it;
    0 if none."""
    joined = ""
    for j in range(i, min(len(toks), i + _AGE_CLASS_MAX)):
        joined += toks[j].word
        found = _AGE_CLASS.fullmatch(joined)
        if found is not None and j + 1 < len(toks) and toks[j + 1].pos.startswith("n") and (
                not _AGE_CLASS.fullmatch(joined + toks[j + 1].word)):
            return j + 1
    return 0


def _head_noun_next(toks: Sequence[Tok], i: int) -> bool:
    """The word after ``i`` is a noun that ends the noun phrase (no noun after it): its head."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    return nxt is not None and nxt.pos == "n" and (after is None or not after.pos.startswith("n"))


_NOT_HEADS = frozenset(("a", "ad", "d", "v"))  # tags of a word after 的 that opens no noun
_PASSIVE = "被"
_PASSIVE_MAX = 16  # characters of the passive clause kept


def _clause_rest(toks: Sequence[Tok], i: int) -> list[Tok]:
    """The words from ``i`` to the clause's end (at most :data:`_PASSIVE_MAX` characters)."""
    rest: list[Tok] = []
    for t in toks[i:]:
        if is_punct(t.word) or sum(len(r.word) for r in rest) + len(t.word) > _PASSIVE_MAX:
            break
        rest.append(t)
    return rest


# what a counted thing has, said of it after its count (1所初中办学条件全面改善): no part of it
_ATTRIBUTES = ("条件", "水平", "质量", "面貌", "能力")


def _predicate_opens(toks: Sequence[Tok], i: int) -> bool:
    """A verb right after a count, followed by a preposition or the clause's end (19名常驻在村,
    5人出席。; not 3个创新平台: 创新 then a noun), says what the counted do, naming nothing."""
    t = toks[i]
    if not t.pos.startswith("v") or t.pos == "vn" or t.word in trim_sets()[0]:
        return False  # (由2.6张提升至4.1张: a change between two levels, read as before)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.pos.startswith("p") or is_punct(nxt.word)


def _quoted_name(toks: Sequence[Tok]) -> int:
    """Where a short quoted name the tokens open with ends (after its closing quote), else 0."""
    if not toks or toks[0].word not in _OPENING_QUOTES:
        return 0
    close = next((j for j, t in enumerate(toks[1:], 1) if t.word in _CLOSING_QUOTES), 0)
    if close < 2 or sum(len(t.word) for t in toks[1:close]) > _QUOTED_MAX:
        return 0
    return close + 1


_OPENING_QUOTES = frozenset(("“", "‘", "《"))
_CLOSING_QUOTES = frozenset(("”", "’", "》"))
_QUOTED_MAX = 10  # characters: a longer quote is a slogan or a title, not a thing counted


def merge_generic(indicator: str, previous: str | None, written: bool = False) -> str:
    """``总量`` / ``增速`` alone name the previous metric's aspect: 地区生产总值 + 增速 (a rate
    ``written`` in the text after a total keeps the total's 总额: 社会消费品零售总额增速)."""
    lex = metric_lexicon()
    if indicator not in lex.generic_indicators or not previous:
        return indicator
    if indicator in _SHARE_WORDS and _SHARE_OF in previous[1:]:
        return previous  # 占官方储备资产的7.99%，比重较9月末提高…: the share named already
    base = previous if (written and previous.endswith(_AMOUNT_WORD)
                        and indicator in _RATE_WORDS) else without_generic(previous)
    # (社会消费品零售总额…，增速比上半年提高: 总额 a word of the amount's statistical name, whose
    # rate the text names, not an aspect the rate replaces)
    return base + indicator if not base.endswith(indicator) else base


_AMOUNT_WORD = "总额"
_RATE_WORDS = frozenset(("增速", "增幅", "降幅", "涨幅", "升幅", "跌幅"))


def without_generic(name: str) -> str:
    """The name without the generic aspect ending it (GDP增速 -> GDP), or as it is."""
    for g in sorted(metric_lexicon().generic_indicators, key=len, reverse=True):
        if name.endswith(g) and len(name) > len(g):
            return name[: -len(g)]
    return name


_SHARE_WORDS = frozenset(("比重", "占比", "份额", "比例"))
_SHARE_OF = "占"


# the text's own place as it calls itself (在我省录取, 在本市落户): the home, no part of a name
_OUR_PLACE = frozenset(("我省", "本省", "我市", "本市", "我县", "本县", "我区", "本区", "我州",
                        "本州"))


def _home_word(word: str) -> bool:
    """A place's one-character name (襄, 湘) or the text's "our province / city" (我省)."""
    return word in short_names() or word in _OUR_PLACE
