"""The indicator (what is measured) and subject (whose number it is) of a metric.

Found from sentence structure, not from a list of known indicators: the noun phrase in the clause
before the number, with the link verb (达, 增长, 突破 …), cue words (要, 力争), period words and
places removed; for counts written before their noun (拥有65所高校) the noun after the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.units import unit_lexicon

_PUNCT = re.compile(r"^[\s\W_]+$")
_QUOTES = re.compile(r"[\s“”\"‘’《》]")
_TAIL_LINKS = "为达至是则"  # (则: 就业不足率则维持于1.6%)
# a trailing note in brackets is dropped (GDP（初步核算）); one inside a name stays part of it
# (中欧班列（成渝）联合开行, 县（区）域医疗卫生次中心)
_PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]$")
_CLOSING = ("）", ")")
_CIRCLE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:都市圈|经济圈|城市群)")


def _is_punct(word: str) -> bool:
    found = _PUNCT_WORDS.get(word)
    if found is None:
        if len(_PUNCT_WORDS) > _MAX_KNOWN_WORDS:
            _PUNCT_WORDS.clear()
        found = _PUNCT_WORDS[word] = bool(_PUNCT.match(word))
    return found


# per-word answers, kept for the process (a vocabulary repeats; bounded all the same)
_MAX_KNOWN_WORDS = 200_000
_PUNCT_WORDS: dict[str, bool] = {}
_PLACE_WORDS: dict[str, bool] = {}


@lru_cache(maxsize=65536)
def is_place(word: str) -> bool:
    """A place name by form: 德阳市, 四川省, 成都都市圈, 全国 (not 园区, 城区, 示范区)."""
    lex = metric_lexicon()
    if word in lex.place_scopes:
        return True
    if (word in lex.not_places or word in lex.bare_zones or word in lex.home_aliases
            or len(word) < 2):
        return False
    if _CIRCLE.fullmatch(word):
        return True
    suffix = next((x for x in lex.place_suffixes if word.endswith(x)), None)
    if suffix is not None and word[: -len(suffix)] in lex.place_names:
        return True  # 成都市: a listed name and its level (though it ends like 都市)
    return (
        suffix is not None
        and (len(word) - len(suffix) >= 2
             # 攸县, 沛县: a county may have a one-character name (not 全县, 该县, 市县)
             or (suffix == "县" and len(word) == 2 and word[0] not in lex.county_not_stems))
        and not any(word.endswith(n) for n in lex.not_places)
    )


@lru_cache(maxsize=65536)
def is_home(place: str, home_place: str | None) -> bool:
    """The document's own place (成都 for 成都市), or a whole-city alias (全市)."""
    lex = metric_lexicon()
    if place in lex.home_aliases:
        return True
    if not home_place:
        # a text that never names its place speaks of itself as 全省 / 全区 (全国 stays a scope)
        return any(place in v for k, v in lex.level_aliases.items() if k != "国")
    level = next((k for k in lex.level_aliases if home_place.endswith(k)), None)
    if level and place in lex.level_aliases[level]:
        return True
    if place in lex.own_country_words and home_place in lex.homes_abroad:
        return True  # 全国 / 我国 in a Malaysian paper: its own country (大马)
    stem = home_stem(home_place)
    return (place.startswith(stem) and not _CIRCLE.fullmatch(place)
            and place[len(stem) :] not in FACILITY_WORDS)  # (厦门港: the home's port, a name)


# levels longer than one character, and those an autonomous place's peoples stand before
LONG_LEVELS = ("特别行政区", "自治区", "自治州", "自治县")
AUTONOMOUS_LEVELS = frozenset(s for s in LONG_LEVELS if s.startswith("自治"))


@lru_cache(maxsize=256)
def home_stem(home_place: str) -> str:
    """The home place without its level (成都 for 成都市, 澳门 for 澳门特别行政区) and an
    autonomous place's peoples (广西 for 广西壮族自治区, 恩施 for 恩施土家族苗族自治州); a name of
    one character keeps it (攸县, 沛县: 攸 alone names nothing)."""
    for suffix in LONG_LEVELS:
        if home_place.endswith(suffix) and len(home_place) > len(suffix):
            stem, lex = home_place[: -len(suffix)], metric_lexicon()
            peoples = lex.autonomous_peoples.search(stem, 2)
            short = stem[: peoples.start()] if peoples else stem
            # (海南藏族自治州 is written 海南州: 海南 alone is the province)
            return short + "州" if suffix == "自治州" and short in lex.province_names else short
    stem = home_place.rstrip("市省县区")
    return stem if len(stem) >= 2 else home_place


def is_place_token(word: str, pos: str = "") -> bool:
    """A place by form, or a bare name from ``places.txt`` (四川, 重庆 have no suffix).

    The tagger's place tag alone is not trusted: it also tags 新建, 城镇 as places.
    """
    found = _PLACE_WORDS.get(word)
    if found is None:
        if len(_PLACE_WORDS) > _MAX_KNOWN_WORDS:
            _PLACE_WORDS.clear()
        found = _PLACE_WORDS[word] = is_place(word) or word in metric_lexicon().place_names
    return found


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
                and (((toks[i + 1].word in _INCLUDES or (
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
    if toks and toks[0].word in _THEMES and (theme := _theme_end(toks)):
        toks = toks[theme:]  # 围绕“…三年行动”开展专项检查: the theme is no part of the name
    if any(t.word in _NOTE_MARKS for t in toks):
        toks = _without_inclusions(toks)
    if skip:
        kept = [rest for t in toks if t.word not in _QUOTE_WORDS
                and (rest := _outside(t, skip)) is not None
                and not (t.word == _THIS_ONE_OF and any(s == t.end for s, _ in skip))]
        # (本|报告期归属于…: "this" before the period, a word of its own, goes with it)
    else:
        kept = [t for t in toks if t.word not in _QUOTE_WORDS]
    if any(t.word == _AT for t in kept):
        kept = _without_occasion(kept, skip)
    if partner := _partner_span(kept):
        del kept[partner[0] : partner[1]]  # 与110报警服务台对接转办…诉求: whom it was done with
    if len(kept) > 2 and kept[0].word in _SOME_OF and (vague := _vague_places_end(kept)):
        del kept[:vague]  # 一些地方督查检查考核事项比上年压减…: places left unnamed, no subject
    if rounds := _rounds_end(kept):
        del kept[:rounds]  # 前7轮比赛全网直播观看人次: the rounds so far are a frame, no name
    if kept and kept[0].word in _EXCLUDING_FIRST and (defined := _definition_end(kept)):
        del kept[:defined]  # 不含蔬果及能源之核心CPI: what the name leaves out defines it
    if among := _item_among(kept):
        del kept[:among]  # 七大类中以食物类涨2.31%最多: the group the item stands out of
    if cause := _cause_at(kept):
        del kept[cause:]  # 水果因台风过后产量回升仍涨6.4%: why it moved, after what moved
    places: list[str] = []
    partner: Tok | None = None  # a trade partner kept after its 对, not taken off on a later pass
    changed = True
    ends, fronts = _TRIM_ENDS, _TRIM_FRONTS
    while changed and kept:
        changed = False
        if len(kept) > 1 and kept[0].word == "在" and (
                kept[1].word in _short_names() if len(kept[1].word) == 1
                else is_home(kept[1].word, home_place)):
            # 在蓉, 在京: "in" + a place's one-character name (not 在|岗职工), or 在成都: in the
            # home place, dropped with it; 在海外设立…的企业 keeps its 在 (a modifier)
            del kept[:2]
        elif len(kept) > 2 and kept[0].word == "在" and is_place_token(kept[1].word):
            del kept[0]  # 在云南新增光伏装机: "in" another place, its scope (taken off below)
        if len(kept) > 2 and kept[1].word == "后" and kept[0].word in _ONCE_DONE:
            del kept[:2]  # 达产后年产值, 建成后新增算力: when the output is expected, no name
            changed = True
        if len(kept) > 1 and (_per_unit(kept[-1].word) or _per_measure(kept[-1])):
            kept.pop()  # 平均售价为每平方米约人民币21,763元: the unit a price is per, no name
            # (生育补助每胎: the birth a grant is per)
            changed = True
        elif len(kept) > 2 and kept[-2].word == _PER_WORD and _per_unit(
                kept[-2].word + kept[-1].word):
            del kept[-2:]  # 综合水价每|立方米2.85元: jieba's cut of the same 每立方米
            changed = True
        if kept and _glued_adverb(kept[-1]):
            last = kept.pop()  # 办结|率均|为: the name's last character and the adverb after it
            kept.append(Tok(last.word[0], "n", last.start, last.end - 1))
        if (starts := _starting_from(kept)) is not None:
            del kept[starts:]  # 最低薪金将从明年2月1日起调高至…: from when a rule applies, its
            # date skipped as a period, no name
            changed = True
        while kept:
            word = kept[-1].word
            end = ends.get(word)
            if end is None:
                end = _learn_trim(word)[0]
            if not end and len(kept) > 1 and len(word) == 1 and len(kept[-2].word) == 1 and (
                    kept[-2].word + word in _trim_sets()[0]):
                end = True  # 按|年: a two-character link word cut in two (则按年下跌)
                kept.pop()
            if not end or _statement_total(kept) or _headless_source(kept) or _plan_quota(kept) or (
                    bases and any(s <= kept[-1].start < e for s, e in bases)):
                break  # a link word or punctuation ends a phrase
            kept.pop()
            changed = True
            if kept and len(kept[-1].word) <= 2 and kept[-1].word + word in _trim_sets()[0]:
                kept.pop()  # 压|减至, 修订|估计: the link word the segmenter cut in two
            elif kept and len(kept[-1].word) > 2 and kept[-1].word[-1] + word in _LINKS_CUT:
                last = kept.pop()  # 时薪调|升至: the link's first character glued to the name
                kept.append(Tok(last.word[:-1], last.pos, last.start, last.end - 1))
        while kept:
            word = kept[0].word
            if kept[0].pos in _DATE_TAGS and (since := _dated_start_end(kept)):
                del kept[:since]  # 115年1月1日起基本工资月薪调升至…: the day a rule applies from
                changed = True
                continue
            if (framed := _front_frame(kept, skip)) is not None:
                kept[:1] = framed  # 依法办理…, 各级慈善组织…, 活动期间…: how, by whom, when
                changed = True
                continue
            front = fronts.get(word)
            if front is None:
                front = _learn_trim(word)[1]
            town = _town_tokens(kept) if front == _KEEP else 0
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
            if front == _DROP and word in _PARTNER_PREPS and len(kept) > 2 and _trade_partner(
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
            if word in _LIGHT_PLANS and len(kept) > 2 and kept[1].word in _trim_sets()[2] and (
                    kept[1].word != _ADDED):
                del kept[0]  # 安排开行夜间高铁列车: arranging the runs, 开行 the deed (安排新增
                # 专项债券: 新增 says which bonds, 安排 is the deed)
                changed = True
                continue
            if front == _KEEP and not is_home(word, home_place):
                break
            if front == _DROP and len(kept) > 1 and kept[1].word.startswith(_RATE_OF) and len(
                    kept[1].word) <= len(_RATE_OF) + 1:
                break  # 帮扶|率为87.8%: the rate of the deed, its verb the name's first word
            if word in _ONE_DAY and len(kept) > 2 and kept[1].word in _RECORD_WORDS:
                break  # 单日最高售票, 单日最高场次: the record day's measure (单日票房: a day's)
            if word in _EXPECTING and kept[-1].word == _ONES_WHO and len(kept) > 2:
                break  # 预期减少者: those who expect a fall (a survey's answer), 预期 theirs
            if word == _TOP and _top_n(kept):
                break  # 前5家运营商, 前10个省份: the top N of a ranking, a class (前 kept)
            if word == _TOWARDS and _contribution(kept):
                break  # 对全部规上工业利润增长的贡献率: what it contributes to is the rate's
            if front == _PLACE and len(kept) > 1 and (kept[0] is partner or (
                    _trade_partner(kept, 0) and not is_home(word, home_place))):
                break  # 东盟进出口: a partner, not the subject
            if word in _INVESTMENT_STAGES and _names_investment(kept[1:]) and not (
                    word == "计划" and (_after_agent(toks, kept[0]) or kept[1].word == "完成")):
                break  # 完成投资, 完成交通固定资产投资: the statistics' name of investment done
                # (计划投资: of investment planned; 计划完成投资: 完成投资 planned, 计划 a cue)
            if front == _PLACE and (facility_follows(kept, 0) or route_end(kept, 0)):
                break  # 苏州港, 南京禄口国际机场, 烟台至大连航线: a facility or a route named
                # after its places, a name
            if front == _PLACE and (urban := _urban_area(word)):
                places.append(word[:-urban])  # 杭州市区（含…）商品住宅网签成交, 常州市区重点
                # 商圈客流: the city is the place, its urban area (市区) a word of the name
                kept[0] = Tok(word[-urban:], "n", kept[0].end - urban, kept[0].end)
                break
            if front == _PLACE and len(kept) > 2 and word.endswith(_URBAN_AREA[0]) and (
                    kept[1].word == _URBAN_AREA[1]):
                places.append(word)  # 上海市|区商品住宅…: jieba's cut of the same 市区
                kept[:2] = [Tok(_URBAN_AREA, "n", kept[1].start - 1, kept[1].end)]
                break
            if front == _PLACE:
                places.append(word)
                if len(kept) > 1 and kept[1].word in _LEVEL_TOKENS:
                    places[-1] += kept.pop(1).word  # 德阳|市: the place with its level
                elif (len(kept) > 1 and kept[1].word == _TEAM) or (
                        len(kept) > 2 and kept[1].word == _STATION):
                    del kept[1]  # 南通|队、南京|队分列第二、三位: a place's team stands for it
                    # (as its weather station: 王安镇|站|小时雨强)
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
    if 0 < closed < len(kept) - 2 and kept[closed + 1].word == _OF and kept[
            closed - 1].word.endswith(_STATION):
        del kept[: closed + 2]  # 维多利亚港（鲗鱼涌潮汐站）的年平均海平面: where it is measured,
        # a station in brackets, names nothing of the level
        closed = -1
    if 0 <= closed < len(kept) - 1 and not any(t.word in _OPENS for t in kept[:closed]):
        del kept[: closed + 1]  # 冬春航季（10月26日起）国内航线…: the rest of a note whose
        # opening was cut with the words before it names nothing
    if len(kept) > 1:
        flow, activity = _trim_sets()[2] | RECORDING_VERBS, metric_lexicon().activity_verbs
        while (len(kept) > 1 and kept[-1].word in flow and kept[-2].pos.startswith("n")
               and kept[-1].word not in activity and kept[-2].word not in _MEANS
               and kept[-1].word != _ADDED):
            kept.pop()  # 5G基站累计建成4.2万个: the verb after its noun is not part of the name
            # (中欧班列开行: the runs are what is counted, 开行 stays; 电话渠道受理61.2万件: the
            # channel is not what is counted, its doing is; 充电基础设施新增61.3万台: the
            # additions to a stock, apart from the stock itself)
    if len(kept) > 2 and not _INNER_DROPS.isdisjoint([t.word for t in kept]):
        # 韶山、花明楼等红色旅游经典景区接待游客: examples before 等 name none of what is measured
        # (as 建设天眉乐等6条高速公路 -> 建设高速公路)
        cut = max((i for i, t in enumerate(kept[:-1]) if t.word in _EXAMPLES_END), default=-1)
        if cut > 0 and not _one_example(kept, cut):
            if cut + 2 < len(kept) and kept[cut + 1].word in _MEANS:
                cut += 1  # 通过网络、信函等渠道征集意见: the means, as its examples, names nothing
                while cut + 2 < len(kept) and kept[cut + 1].word in _INNER_FILLERS:
                    cut += 1  # (等渠道共征集)
            # (审结婚姻家庭、劳动争议等民生案件: the flow verb before the examples stays)
            # (使用乘车码等移动支付方式进站的乘客: any verb the examples are the object of)
            # (出口服装、家具等劳动密集型产品: a verbal noun, 出口 tagged vn, as a verb)
            verb = 1 if cut > 1 and (kept[0].word in _trim_sets()[2] or (
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
            and not (t.word == "完成" and _names_investment(kept[i + 1:])))]
    if places and len(kept) > 3 and kept[0].pos == "m" and kept[2].word == "的":
        del kept[:3]  # 在杭州、苏州、广州三个城市的合约销售金额: the count of the places just
        # listed (a scope) names nothing
    if len(kept) > 2 and kept[0].word in _TOGETHER_WITH and (
            partner := max((i for i, t in enumerate(kept[:-1])
                            if t.word.endswith(_PARTNER_ENDS)), default=0)):
        del kept[: partner + 1]  # 本集团连同其合营企业及联营公司实现合约销售金额: who acts with
        # the agent names nothing, as the agent does not
    if kept and _EDITION.fullmatch(kept[0].word) and (event := _event_end(kept)):
        del kept[:event]  # 第十五届中国（青岛）国际物流博览会签约项目: the event is the occasion
    to_whom = next((i for i, t in enumerate(kept[:-1]) if t.word in _TO_WHOM), -1)
    if to_whom >= 0 and (at := _recipient_end(kept[to_whom:])):
        del kept[: to_whom + at]  # 董事会拟向全体股东每10股派发现金红利: who gives it and to whom
        # are no part of the name
    agent = 0 if kept and kept[-1].word in _HELD_MEASURES else max(
        (verb for i, t in enumerate(kept[:-2]) if _acts(t.word, i)
         and (verb := _verb_of_agent(kept, i + 1))), default=0)
    if agent:
        del kept[:agent]  # 各级市场监管部门查处…案件, 公安机关破获…: who acts names nothing
        # (省体育局将联合各设区市推出…线路, 市商务局已发放: its adverb and partners neither)
        if len(kept) > 1 and kept[0].word in _ORGANISING:
            del kept[0]  # 各电力交易中心组织市场交易电量: the agent's organising, no name
    if len(kept) > 2 and kept[0].word in _BY_MEANS and (verb := _means_end(kept)):
        del kept[:verb]  # 通过监督检查追回医保基金: the means names nothing of what is done
    if (manner := _manner_span(kept)) is not None:
        del kept[manner[0] : manner[1]]  # 银行间人民币市场以拆借、现券和回购方式成交: the
        # ways it was done, inside the name, no part of it
    if referent := _referent_end(kept):
        # 本次债券票面利率, 该店周末入住率: "this" one, no name (该地块面积: a bare measure word
        # left would name nothing, 地块 stays without its 该)
        bare = sum(len(t.word) for t in kept[referent:]) <= _MEASURE_ONLY and referent > 1
        del kept[: 1 if bare else referent]
        while len(kept) > 1 and _learn_trim(kept[0].word)[1] == _DROP:
            del kept[0]  # (本次招标共有承销团成员: the prefix word after it)
    if then := _when_then_end(kept):
        del kept[:then]  # 开拍后约40分钟即触及最高限价: when it happened names nothing
        while len(kept) > 1 and _learn_trim(kept[0].word)[1] == _DROP:
            del kept[0]  # (触及, as 达到: the prefix word after it)
    if (some := _someone_end(kept)):
        del kept[:some]  # 某小区3号楼停水, 市民反映某培训机构拒退…: the unnamed party (and who
        # told of it) are no part of what happened
    if len(kept) > 1 and kept[-1].word.endswith(_PRICE_WORDS) and (market := max(
            (i for i, t in enumerate(kept[:-1]) if t.word.endswith(_MARKETS)), default=-1)) >= 0:
        del kept[: market + 1]  # 全国农产品批发市场猪肉平均价格: where the price is observed
    disposal = max((i for i, t in enumerate(kept[:-1]) if t.word in _DISPOSAL), default=-1)
    if disposal >= 0:
        del kept[: disposal + 1]  # 贸工部把经济增长预测…: the agent is no part of the name
    of = next((i for i, t in enumerate(kept[1:4], 1) if t.word == "的"), 0)
    if of and of < len(kept) - 1 and kept[of - 1].word.endswith(_AGENCY_ENDS):
        del kept[: of + 1]  # 市区重建局的私宅价格指数: the agency that compiles it names nothing
    return kept, places


# a manner adverb jieba glues to the verb after it (依法办理, 依规处置) or writes alone
_BY_RULE = frozenset(("依法", "依规"))
_ALL_LEVELS, _ALL_KINDS = "各级", "各类"  # (各级各类学校: one class, kept)
_EACH = "各"
_DURING = "期间"
_OF = "的"


_URBAN_AREA = "市区"


def _urban_area(word: str) -> int:
    """How many last characters of a place's word name its urban area (杭州市区: 2), else 0."""
    size = len(_URBAN_AREA)
    return size if (len(word) > size and word.endswith(_URBAN_AREA)
                    and is_place_token(word[:-size])) else 0


def _front_frame(kept: list[Tok], skip: Sequence[tuple[int, int]]) -> list[Tok] | None:
    """What replaces the name's first word when it opens a frame, none of what is measured:
    by law (依法办理结婚登记 -> 办理结婚登记), at every level (各级慈善组织接收… -> 慈善组织接收…),
    during an event (活动期间全省活跃网店 -> 全省活跃网店, the event and 期间 both), when it
    happened (今年9月底开通的13号线北延段: the verb and 的 left of a time taken out); None else."""
    word = kept[0].word
    if len(kept) < 2:
        return None
    if (len(kept) > 2 and kept[1].word == _OF and kept[0].pos == "v"
            and any(end == kept[0].start for _, end in skip)):
        del kept[1]
        return []
    if word[:2] in _BODIES and len(word) > 2:
        # 海口|海关监管|离岛免税购物金额: the body glued to its verb (jieba's 海关监管), an agent
        return [Tok(word[2:], "v", kept[0].start + 2, kept[0].end)]
    if word[:2] in _BY_RULE:
        if len(word) == 2:
            return []
        return [Tok(word[2:], "v", kept[0].start + 2, kept[0].end)] if len(word) > 3 else None
    if word == _ALL_LEVELS and kept[1].word != _ALL_KINDS and any(
            t.pos == "v" for t in kept[2:]):
        return []  # 各级慈善组织接收…: every level of the doers (各级安全生产委员会成员单位
        # keeps it: a counted noun with no deed, the count spans every level, as 各类 does)
    if word == _EACH and any(t.pos == "v" for t in kept[2:]):
        return []  # 各离岛免税店全年新引进…: every one of the doers, no part of the name (各类 and
        # 各项 are words of their own, kept: 各项贷款余额; 各阶梯年用水量基数 too: a measure
        # with no deed, of every one of the things)
    if len(kept) > 2 and kept[1].word == _DURING:
        del kept[1]
        return []
    if (length := _time_length_end(kept)) and _verb_like(kept[length]):
        del kept[1:length]
        return []
    if word in _RANK_LINKS and is_place_token(kept[1].word):
        return []  # 其次依序为台中市286.3万人: the link to the next place ranked, no name
    if only := _only_one_among(kept):
        del kept[1:only]
        return []  # 六都中仅桃园市人口增加: the group the place stands out of, no name
    return None


_EXCLUDING_FIRST = frozenset(("不含", "不包括", "不", "未含"))
_EXCLUDING = ("不含", "不包括", "未含")
_DEFINING_OF = frozenset(("之", "的"))


def _definition_end(kept: Sequence[Tok]) -> int:
    """Where the name after a leading definition by exclusion starts (不|含|蔬果及能源|之|核心CPI:
    the core index is named, what it leaves out defines it), else 0."""
    words = "".join(t.word for t in kept[:2])
    if not words.startswith(_EXCLUDING):
        return 0
    of = next((i for i, t in enumerate(kept[1:-1], 1) if t.word in _DEFINING_OF), 0)
    return of + 1 if of else 0


_AMONG_BY = ("中以", "当中以")  # (jieba's 中以: among …, by …)
_BY_ITEM = "以"


def _item_among(kept: Sequence[Tok]) -> int:
    """Where the item singled out of a group starts after the group's 中以 (七大类|中以|食物类涨
    …最多, 其中|以|…: the group and its 以 frame the item that rose most), else 0."""
    for i, tok in enumerate(kept[:-1]):
        if tok.word in _AMONG_BY or (tok.word == _BY_ITEM and i and kept[i - 1].word.endswith(
                _AMONG)):
            return i + 1
    return 0


_CAUSE_WORD = "因"
_CAUSE_TAG = "p"


def _cause_at(kept: Sequence[Tok]) -> int:
    """Where a cause (因 + what happened: 水果|因|台风过后产量回升|仍涨, 蛋类|因|供给增加|跌)
    starts after the name of what moved, else 0; 因灾 (因灾死亡失踪) is one word of a name."""
    return next((i for i, t in enumerate(kept) if i and t.word == _CAUSE_WORD
                 and t.pos == _CAUSE_TAG), 0)


_AMONG_ONLY = ("中仅", "中只有", "中唯有")
_AMONG_WORDS = 4  # the group's words before its 中仅 (31|个|省份|中仅)


def _only_one_among(kept: Sequence[Tok]) -> int:
    """Where the place singled out of a group begins (六|都|中仅|桃园市: 3), or 0: the group and
    its 中仅 name nothing of the place's figure."""
    for i, tok in enumerate(kept[1 : _AMONG_WORDS + 1], 1):
        if tok.word.endswith(_AMONG_ONLY) and i + 1 < len(kept) and is_place_token(
                kept[i + 1].word):
            return i + 1
    return 0


_RANK_LINKS = frozenset(("为", "是"))  # (after 其次, 依次 or 依序, taken off before)


# a length of time (五年, 两个|月, 2|年): how long a deed or loss ran
_TIME_LENGTH = re.compile(r"[\d〇零一二两三四五六七八九十百]+个?(?:年|月|天|周)")
_LENGTH_WORDS = 3  # at most 两|个|月


def _time_length_end(kept: Sequence[Tok]) -> int:
    """How many first words of the name write a length of time (0 when none): over how long
    a figure ran (五年新建和改造提升高标准农田, 两个月直接经济损失, 连续2年冻结…) is its
    period's frame, no name; 九年义务教育, 1年以上定期 and 10年期国债 are names (no verb after)."""
    text = ""
    for i, tok in enumerate(kept[:_LENGTH_WORDS]):
        text += tok.word
        if _TIME_LENGTH.fullmatch(text):
            return i + 1 if i + 1 < len(kept) else 0
    return 0


def _verb_like(tok: Tok) -> bool:
    """A deed's verb or an adverb of manner (新建, 冻结, 累计, 直接): what opens the rest of a
    name after its length of time."""
    return (tok.pos.startswith(("v", "ad")) and tok.pos != "vn") or (
        tok.word in metric_lexicon().flow_verbs)


_SUFFIXES_GLUED = frozenset("率量额数价")  # a name's last character the segmenter glues to 均


def _glued_adverb(tok: Tok) -> bool:
    """率均 tagged as one adverb (办结率均为100%, 溢价率均在15%以上): a rate's or an amount's
    suffix and the adverb of "each" after it."""
    return len(tok.word) == 2 and tok.word[0] in _SUFFIXES_GLUED and tok.word[1] in _ADVERB_END


# a statement's lines named with their total (资产总计, 负债合计, 所有者权益合计, 收入总计)
_STATEMENT_HEADS = frozenset(("资产", "负债", "所有者权益", "权益", "收入", "支出"))
_TOTALS = frozenset(("合计", "总计"))


def _statement_total(kept: Sequence[Tok]) -> bool:
    """负债合计104.95万亿元: a balance sheet's or final account's line is named with its total
    word (not 中标金额合计, where 合计 only sums the items before it)."""
    return len(kept) > 1 and kept[-1].word in _TOTALS and kept[-2].word in _STATEMENT_HEADS


_EDITION = re.compile(r"第[一二三四五六七八九十百零\d]+届")
_THIS = frozenset(("本次", "本期", "本批", "本轮", "此次", "该"))
_THIS_ONE = re.compile(r"该[\u4e00-\u9fff]{1,2}")  # 该店, 该公司 tagged as one word
_REFERENT_TAGS = frozenset(("n", "vn", "nz"))
_DEMONSTRATIVE_TAG = "mq"
_THAT_THIS = frozenset("那这")
_MEASURE_ONLY = 2  # characters: 面积, 价格 alone measure the thing before them


def _referent_end(kept: Sequence[Tok]) -> int:
    """How many words open the name with the thing spoken of as "this" one (本次债券, 本次招标,
    该店): a notice's or a story's own object, as 本项目, names nothing of what is measured."""
    if len(kept) > 2 and kept[0].word in _THIS and kept[1].pos in _REFERENT_TAGS:
        return 2
    if len(kept) > 1 and kept[0].pos == "r" and _THIS_ONE.fullmatch(kept[0].word):
        return 1
    if len(kept) > 1 and kept[0].pos == _DEMONSTRATIVE_TAG and kept[0].word[0] in _THAT_THIS:
        return 1  # 去年11月那场平均溢价率: "that" one (那场, 这次), tagged a numeral-measure word
    return 0
_SOME_OF = frozenset(("一些", "有的", "有", "个别", "不少"))
_VAGUE_PLACES = re.compile(r"(?:一些|有的|个别|不少)(?:地方|地区|城市)")


def _vague_places_end(kept: Sequence[Tok]) -> int:
    """Where the words after places left unnamed start (一些|地方, 有|的|地方); 0 if none."""
    words = "".join(t.word for t in kept[:3])
    found = _VAGUE_PLACES.match(words)
    if found is None:
        return 0
    length = 0
    for i, t in enumerate(kept[:3], 1):
        length += len(t.word)
        if length == found.end():
            return i if i < len(kept) else 0
    return 0
_BY_MEANS = frozenset(("通过", "依托", "借助"))
_THEMES = frozenset(("围绕", "聚焦"))
_QUOTE_PAIRS = {"“": "”", "《": "》"}


def _theme_end(toks: Sequence[Tok]) -> int:
    """Where what is done after its theme starts (围绕“…三年行动”|开展专项检查: after the quoted
    theme; 围绕重点行业领域|开展…: at the first verb); 0 when no theme opens the words."""
    if len(toks) < 4 or toks[0].word not in _THEMES:
        return 0
    if (close := _QUOTE_PAIRS.get(toks[1].word)) is not None:
        end = next((i for i in range(2, len(toks) - 1) if toks[i].word == close), 0)
        return end + 1 if end else 0
    return next((i for i in range(2, len(toks) - 1) if toks[i].pos == "v"), 0)
_TOGETHER_WITH = frozenset(("连同",))
# partners named after 连同 (其合营企业及联营公司, 下属单位)
_PARTNER_ENDS = ("公司", "企业", "单位")
_EVENT_HEADS = ("会", "节", "展", "论坛", "赛")


def _event_end(kept: Sequence[Tok]) -> int:
    """Where an event's name opened by its edition ends (第十五届…博览会, 第三届…论坛), when
    a name of what the event produced follows it (签约项目, 成交额); else 0."""
    return next((j + 1 for j, t in enumerate(kept[1:-1], 1) if t.word.endswith(_EVENT_HEADS)),
                0)


def _recipient_end(kept: Sequence[Tok]) -> int:
    """Where the recipient after a leading 向 ends (向全体股东|每10股派…, 向农户|发放…): at 每 or
    at the verb after its nouns; 0 when none follows."""
    for i, t in enumerate(kept[1:], 1):
        if t.word in _PER or (t.pos.startswith("v") and i > 1):
            return i
        if not t.pos.startswith(("n", "r")):
            return 0
    return 0


_PER_WORD = "每"
_LINKS_CUT = frozenset(("调升至", "调降至", "调升", "调降"))  # (jieba's 时薪调|升至)
_DATUM_SIDES = frozenset(("以上", "以下"))
_IS = frozenset("为是")
_TO_WHOM = frozenset(("向", "拟向"))
_PER = frozenset(("每",))


def _per_unit(word: str) -> bool:
    """每 and a unit as one word (每平方米, 每吨): the base of a price or a rate."""
    return word.startswith("每") and word[1:] in unit_lexicon().units


def _per_measure(tok: Tok) -> bool:
    """每 and a measure word as one word (每胎, 每件): what a grant or a price is per."""
    return tok.pos == _MEASURE_TAG and len(tok.word) == 2 and tok.word[0] == "每"


_MEASURE_TAG = "q"


# (贸工部把经济增长预测…: the agent before 把; 全省法院有员额法官3128名: the owner before 有)
# heads of an authority's name (市场监管部门, 公安机关; 会同财政部下达, 国家减灾委启动,
# 各电力交易中心组织): before its verb (not a forecast's link: 财政部预估出口)
_AUTHORITIES = ("部门", "机关", "部", "委", "局", "厅", "中心", "防总", "政府")
_ORGANISING = frozenset(("组织",))
# officials before what they do (学校领导走访用人单位, 市领导调研企业)
_OFFICIALS = frozenset(("领导", "校领导", "市领导", "省领导", "县领导", "区领导"))


# an authority's last word cut off its name (各级|应急|管理|部门|开展…, 国家|能源|局|核发…): an
# agent after its words
_BODY_WORDS = frozenset(("部门", "机关", "局"))
# a body left alone once its place is taken off (海口|海关|监管…): an agent as the first word too
_BODIES = frozenset(("海关",))


def _acts(word: str, i: int = 0) -> bool:
    """An authority (市场监管部门, 国家减灾委, 应急管理|部门 as the ``i``-th word) or officials:
    who acts, before the verb."""
    return ((word.endswith(_AUTHORITIES) and len(word) > 2) or word in _OFFICIALS
            or (i > 0 and word in _BODY_WORDS) or word in _BODIES)


# verbs that record events (登革热报告12例: the cases reported, 报告 no part of their name; a
# label before one alone names the figure, 乙类传染病：共报告9种)
RECORDING_VERBS = frozenset(("报告", "发生", "接报", "受理", "登记", "发现", "确诊", "收治"))
# a measure of what a body holds (第一大股东长沙市财政局持股比例): the body is its holder, no agent
_HELD_MEASURES = frozenset(("比例", "比重", "份额", "占比"))
_AGENTS_ADVERBS = frozenset(("将", "已", "已经", "正在", "拟", "还", "也", "又", "再", "共"))
_JOINED_BY = frozenset(("联合", "会同", "携手"))
_PARTNERS_MAX = 4  # words of the partners an agent acts with (联合|各|设区|市|推出)


def _verb_of_agent(kept: Sequence[Tok], i: int) -> int:
    """Where the verb of an agent ending before ``i`` is (after an adverb, 将 / 已, and the
    partners it acts with, 联合各设区市); 0 when no verb of its own follows."""
    while i < len(kept) - 1 and kept[i].word in _AGENTS_ADVERBS:
        i += 1
    if i < len(kept) - 2 and kept[i].word in _BY_MEANS:
        return i  # 县政府通过门户网站公开…: the means it acts by (dropped after it) follows
    if kept[i].word in _JOINED_BY:
        i = next((j for j in range(i + 2, min(i + 2 + _PARTNERS_MAX, len(kept) - 1))
                  if kept[j].pos.startswith("v")), 0)
    ok = 0 < i < len(kept) - 1 and kept[i].pos.startswith("v")
    # (a link word is no agent's verb, unless its object follows: 部门共开展|执法检查; a cue
    # word never is: 民航局预计|…旅客运输量)
    return i if ok and (kept[i].word not in _trim_sets()[0] or (
        kept[i + 1].pos.startswith("n") and _learn_trim(kept[i].word)[1] != _DROP)) else 0


_MANNER_OPEN = "以"
_MANNER_WORDS = frozenset(("方式", "形式"))
_MANNER_REACH = 8  # tokens from 以 to its 方式


def _manner_span(kept: Sequence[Tok]) -> tuple[int, int] | None:
    """The tokens of a 以…方式 phrase between a name's thing and its verb (市场|以拆借、现券和回购
    方式|成交); None when there is none, or nothing on either side of it."""
    at = next((i for i in range(1, len(kept) - 2) if kept[i].word == _MANNER_OPEN), 0)
    end = next((j for j in range(at + 2, min(len(kept) - 1, at + _MANNER_REACH))
                if kept[j].word in _MANNER_WORDS), 0) if at else 0
    return (at, end + 1) if end else None


def _means_end(kept: Sequence[Tok]) -> int:
    """Where what is done after a means (通过…) starts: at its last verb (通过监督检查|追回), or
    after the nouns of the means when no verb is tagged (通过门户网站|主动公开政府信息, 公开/ad);
    0 when nothing follows the means."""
    verb = max((i for i in range(2, len(kept) - 1) if kept[i].pos.startswith("v")), default=0)
    if verb:
        return verb
    nouns = next((i for i in range(1, len(kept)) if not kept[i].pos.startswith("n")), 0)
    return nouns if nouns > 1 else 0


_INCURRED, _COSTS = "发生", ("成本", "费用")
_TOWARDS = "对"
_CONTRIBUTIONS = ("贡献率", "贡献度")


def _contribution(kept: Sequence[Tok]) -> bool:
    """对…的贡献率: a contribution rate named with what it contributes to."""
    return "".join(t.word for t in kept[-2:]).endswith(_CONTRIBUTIONS)


# a trade partner: a place after 对/自/与/向/从 (对美国出口, 自日本进口) or right before a trade
# word (东盟进出口): part of what is measured, neither dropped from the name nor its subject
_PARTNER_PREPS = frozenset(("对", "自", "与", "向", "从"))
_TRADE_WORDS = frozenset(("出口", "进口", "进出口", "出超", "入超", "贸易"))


def _trade_partner(kept: Sequence[Tok], i: int) -> bool:
    """The place at ``i`` is a trade partner: a trade word follows it, right after it or, when
    a partner's preposition opens it, further on (对中国大陆的出口; not 向苏州市慈善总会捐赠, a
    recipient)."""
    if not is_place_token(kept[i].word):
        return False
    if i > 0 and kept[i - 1].word in _PARTNER_PREPS:
        return any(t.word in _TRADE_WORDS for t in kept[i + 1 :])
    return i + 1 < len(kept) and kept[i + 1].word in _TRADE_WORDS


_WITH = frozenset(("与", "同"))
_PARTNER_MAX = 4  # words of the partner between 与 and the verb (与|110|报警|服务台|对接)


def _partner_span(kept: Sequence[Tok]) -> tuple[int, int] | None:
    """The partner an act was done with (与 + nouns before the verb, more words after it, only
    prefix words before 与), or None: a comparison (与上年相比) has no noun before its verb."""
    at = next((i for i, t in enumerate(kept[:-3]) if t.word in _WITH and t.pos == "p"), -1)
    if at < 0 or any(_learn_trim(t.word)[1] != _DROP for t in kept[:at]):
        return None  # (养老机构与医疗卫生机构签约合作率: both do it, the first names it)
    for j in range(at + 1, min(len(kept) - 1, at + 2 + _PARTNER_MAX)):
        if kept[j].pos == "v":
            nouns = j > at + 1 and all(t.pos.startswith(("n", "m")) for t in kept[at + 1 : j])
            return (at, j) if nouns and kept[j].word not in _COMPARING else None
    return None


_AFTER, _THEN = "后", frozenset(("即", "就", "便"))


def _when_then_end(kept: Sequence[Tok]) -> int:
    """Where what happened starts after a time it took (开拍后约40分钟即|触及…): after 即/就
    following a 后, or 0."""
    after = next((i for i, t in enumerate(kept[:-2]) if t.word == _AFTER), -1)
    if after < 0:
        return 0
    return next((j + 1 for j in range(after + 1, len(kept) - 1) if kept[j].word in _THEN), 0)


_SOME = "某"  # an unnamed party (某小区, 某培训机构, 某公司)


def _someone_end(kept: Sequence[Tok]) -> int:
    """Where what an unnamed party did or suffered starts (the first verb after the party's
    noun: 某|健身|机构|拒退), or 0."""
    some = next((i for i, t in enumerate(kept[:-1]) if t.word.startswith(_SOME)), -1)
    if some < 0:
        return 0
    return next((j for j in range(some + 2, len(kept))
                 if kept[j].pos == "v" and kept[j - 1].pos.startswith("n")), 0)


# the markets a price release observes prices at (农产品批发市场, 集贸市场): no part of the name
_MARKETS = ("批发市场", "集贸市场", "农贸市场")
_PRICE_WORDS = ("价格", "均价", "价")
_DISPOSAL = frozenset(("把", "有"))
# an agency that compiles or publishes a figure (统计局, 重建局, 贸工部, 旅游局)
_AGENCY_ENDS = ("局", "部", "署", "厅")
# a project's stage after which its output is expected (达产后, 建成后, 投产后)
_ONCE_DONE = frozenset(("达产", "达效", "建成", "投产", "投用", "竣工", "完工", "运营"))


# a port, an airport or a border crossing named after its place (连云港港, 苏州港, 南京禄口国际机场,
# 横琴口岸): the place is part of the facility's name, not the subject of its figures; so is a
# source market of visitors (香港旅客, 台湾游客: where they come from, not where counted)
# (中国大陆的出口, 中国大陆访客: the mainland as a market, its name whole); and a brand's origin
# (中国品牌乘用车, 国产品牌: the brands of that place, sold anywhere)
FACILITY_WORDS = frozenset(("港", "港口", "港区", "机场", "国际机场", "空港", "国际空港", "口岸",
                            "旅客", "游客", "访客", "大陆", "品牌",
                            # (a railway station named after its city: 南京南站加开动车组列车)
                            "站", "南站", "北站", "东站", "西站", "火车站", "高铁站",
                            # (a venue named after its city: 海口国际免税城单日最高销售额)
                            "国际",
                            # (a bridge named after its city: 厦门大桥日均车流量)
                            "大桥"))


def facility_follows(toks: Sequence[Tok], i: int) -> bool:
    """The place ``toks[i]`` names a facility: a facility word follows it, or one more name
    and then an airport (南京|禄口|国际机场); or a company named after it (中国国家铁路集团有限
    公司)."""
    if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
        return False
    nxt = toks[i + 1].word
    if nxt in FACILITY_WORDS or _company_follows(toks, i):
        return True
    return (i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end
            and len(nxt) <= 3 and nxt not in _LEVEL_TOKENS and toks[i + 2].word.endswith("机场"))


def _company_follows(toks: Sequence[Tok], i: int) -> bool:
    """Nouns run on from the place at ``toks[i]`` to a company's head (中国|国家|铁路|集团|
    有限公司, 四川|能源|投资|集团): the place opens the company's name."""
    for j in range(i + 1, min(i + 1 + _COMPANY_WORDS, len(toks))):
        tok = toks[j]
        if tok.start != toks[j - 1].end or not tok.pos.startswith(("n", "vn")):
            return False
        if tok.word.endswith(_COMPANY_HEADS):
            return True
    return False


_COMPANY_WORDS = 5  # words of a company's name after its place, its head included
# (苏州市慈善总会, 成都市红十字会: bodies named after their place, as companies are)
_COMPANY_HEADS = ("有限公司", "集团", "集团公司", "总会", "协会", "基金会", "商会", "红十字会",
                  "联合会")  # (上海|局|集团公司: a railway bureau's firm)
_EXAMPLES_END = frozenset(("等", "等等"))
_VERB_TAGS = frozenset(("v", "vn"))
_LIST_MARK = "、"


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


_LEVEL_TOKENS = frozenset(("市", "省", "县", "区", "州"))
_STATION = "站"  # a weather station named after its place (王安镇|站)
_TEAM = "队"
_ROUND_WORDS = frozenset(("轮", "期", "批", "届", "场"))
_ROUND_STARTS = frozenset(("前", "第"))


def _rounds_end(kept: Sequence[Tok]) -> int:
    """How many words open the name with a range of rounds (前7轮, 前7轮比赛: their event after
    them): a frame, as 前三季度 is."""
    if len(kept) < 4 or kept[0].word not in _ROUND_STARTS or kept[1].pos != "m" or (
            kept[2].word not in _ROUND_WORDS):
        return 0
    return 4 if kept[3].pos == "vn" and len(kept) > 4 else 3
_AT = "在"
_OCCASION_MAX = 2  # words of an occasion between 在 and its period word (在|比赛|当天)
_TIME_TAG = "t"


def _without_occasion(kept: list[Tok], skip: Sequence[tuple[int, int]]) -> list[Tok]:
    """南京南站在比赛当天加开…: 在, an occasion and its period word (当天, skipped) are when, no
    part of the name."""
    at = next((i for i, t in enumerate(kept) if t.word == _AT), -1)
    if at < 0:
        return kept
    if at + 2 < len(kept) and kept[at + 1].word in _DOMESTIC:
        return kept[:at] + kept[at + 2 :]  # 入境游客在国内消费支出: in the country, the
        # national text's home, as 在蓉 in Chengdu's
    for j in range(at + 1, min(at + 1 + _OCCASION_MAX, len(kept) - 1)):
        if kept[j + 1].pos == _TIME_TAG:
            return kept[:at] + kept[j + 2 :]  # (在|比赛|当天: the time word a word of its own)
        if any(kept[j].end <= s < kept[j + 1].start for s, _ in skip):
            return kept[:at] + kept[j + 1 :]  # (its period word skipped)
    return kept
_DOMESTIC = frozenset(("国内", "境内"))
_THIS_ONE_OF = "本"
_ROUTE_LINKS = frozenset(("至", "到", "—", "-", "－"))


_FROM_WORDS = frozenset(("从", "自"))
_ON_WORDS = ("起", "开始")
_DATE_TAGS = frozenset(("t", "m"))
_WILL_WORDS = frozenset(("将", "拟"))


_DATE_FROM_ENDS = ("日起", "月起", "年起", "起")
_DATE_FROM_MAX = 8  # tokens of a date and its 起 (115|年|1|月|1|日起)


def _dated_start_end(kept: Sequence[Tok]) -> int:
    """Where the name starts after a date and 起 opening it (115|年|1|月|1|日起|基本工资月薪:
    from when a rule applies, its date's words alone before the 起), else 0."""
    for j, tok in enumerate(kept[:_DATE_FROM_MAX]):
        if tok.pos not in _DATE_TAGS and not tok.word.endswith(_DATE_FROM_ENDS):
            return 0
        if j and tok.word in _DATE_FROM_ENDS and j + 1 < len(kept):
            return j + 1
    return 0


def _starting_from(kept: Sequence[Tok]) -> int | None:
    """Where a 从…起 / 自…起 frame ends a name (从明年2月1日起, its date's words alone between;
    a 将 before it too): the index it starts at, None when the name does not end so."""
    if len(kept) < 3 or not kept[-1].word.endswith(_ON_WORDS):
        return None
    at = max((i for i, t in enumerate(kept[:-1]) if t.word in _FROM_WORDS), default=0)
    if not at or not all(t.pos in _DATE_TAGS for t in kept[at + 1 : -1]) or (
            kept[-1].word not in _ON_WORDS and kept[-1].pos not in _DATE_TAGS and len(
                kept[-1].word) > 2):
        return None
    return at - 1 if kept[at - 1].word in _WILL_WORDS and at > 1 else at


def route_end(toks: Sequence[Tok], i: int) -> bool:
    """The place at ``i`` is an end of a route between two places (烟台至大连航线, 成都至重庆
    高铁): the route is what the figure is of, neither end its subject nor a scope cut from
    its name."""
    def place_at(j: int) -> bool:  # (or a name the segmenter does not know: 雅安至康定|段)
        return 0 <= j < len(toks) and (is_place_token(toks[j].word, toks[j].pos)
                                       or toks[j].pos.startswith("n"))

    def link_at(j: int) -> bool:
        return 0 <= j < len(toks) and toks[j].word in _ROUTE_LINKS

    return (link_at(i + 1) and place_at(i + 2)) or (link_at(i - 1) and place_at(i - 2))


def is_town(word: str) -> bool:
    """A town by form: a name of two or three characters and its level (双庙乡, 城关镇; not
    城镇, 小城镇, 特色小镇: lexicon places.not_towns)."""
    lex = metric_lexicon()
    return (3 <= len(word) <= 4 and word.endswith(lex.town_suffixes)
            and not word.endswith(lex.not_towns))


def is_village(word: str) -> bool:
    """A village by form: a name of two or three characters and its level (禾坪村, 洋坑村; not
    行政村, 示范村, 美丽乡村: lexicon places.not_villages)."""
    lex = metric_lexicon()
    return (3 <= len(word) <= 4 and word.endswith(lex.village_suffixes)
            and not word.endswith(lex.not_villages))


def _town_tokens(toks: Sequence[Tok]) -> int:
    """How many first tokens are a town: 1 (城关镇), 2 (双庙|乡: a name the segmenter does not
    know, cut from its level) or 0."""
    if toks and is_town(toks[0].word):
        return 1
    return 2 if len(toks) > 1 and is_town(toks[0].word + toks[1].word) else 0


def _names_investment(toks: list[Tok]) -> bool:
    """The words after 完成 name investment or output (投资, 交通固定资产投资, 总产值, 发电量,
    产量): 完成投资, 完成产值, 完成发电量 are the statistics' names of investment and output
    carried out, kept whole (not 公路完成货运量, where 完成 is a verb of result as 实现 is)."""
    rest = "".join(t.word for t in toks[:6])
    return rest.startswith(_DONE_TERMS) or rest.endswith(_DONE_TERMS)


_DONE_TERMS = ("投资", "产值", "发电量", "产量")
_INVESTMENT_STAGES = frozenset(("完成", "计划"))


def _after_agent(toks: Sequence[Tok], tok: Tok) -> bool:
    """A noun stands right before ``tok`` in the phrase: its agent (公司计划投资: 计划 is the
    company's intent, a verb; 计划投资 opening a line, 共计划投资: planned investment's name)."""
    before = [t for t in toks if t.end <= tok.start]
    return bool(before) and before[-1].pos.startswith("n")


@cache
def _short_names() -> frozenset[str]:
    return metric_lexicon().short_names


# What trimming does with a word, decided once per word: at a phrase's end, drop it or not (a
# link word or punctuation); at its start, keep it (unless it names the home place), drop it
# (a prefix word or punctuation) or drop it as a place.
_KEEP, _DROP, _PLACE = 0, 1, 2
# a source or route with no head noun after its 的 (來自廣東省的有132.06萬人次, 經關閘口岸入境的有):
# the 的-phrase is the name, kept whole as written
_SOURCE_FRONTS = frozenset(("来自", "經", "经", "经由", "經由"))


def _headless_source(kept: Sequence[Tok]) -> bool:
    """The kept words are 来自…的 / 经…的 with no other 的: a headless phrase whose 的 stays."""
    return (len(kept) > 2 and kept[-1].word == "的" and kept[0].word in _SOURCE_FRONTS
            and not any(t.word == "的" for t in kept[1:-1]))


_TOP = "前"
_TOP_MEASURES = frozenset("家个名位强所座")
_TOP_NOT_AFTER = frozenset("月年天日周季")


def _top_n(kept: Sequence[Tok]) -> bool:
    """前 N + a measure word of things ranked, then a noun (前5家运营商, 前10个省份): no
    deadline's or period's 前 (前10个月, 前三季度)."""
    return (len(kept) > 3 and kept[1].pos == "m" and kept[2].word in _TOP_MEASURES
            and kept[3].word[:1] not in _TOP_NOT_AFTER)


_ADDED = "新增"
_ONE_DAY = frozenset(("单日",))
_RATE_OF = "率"
_EXAMPLES_SCOPES = frozenset(("方向", "地区"))  # (北京、上海等方向: the places' scope)
_LIGHT_PLANS = frozenset(("安排",))  # (安排开行: before a deed's verb; 安排专项资金 keeps it)
_RECORD_WORDS = frozenset(("最高", "最多", "最大"))
_EXPECTING = frozenset(("预期", "预计"))
_ONES_WHO = "者"


_PLAN = "计划"


def _plan_quota(kept: Sequence[Tok]) -> bool:
    """补录计划约为88人: 计划 right after the verb it plans (alone before it) is the quota
    measured, a noun; no link word to cut (a bare verb would be left). A verbal noun before it
    (投资计划完成…) is left as it was."""
    return len(kept) == 2 and kept[-1].word == _PLAN and kept[0].pos == "v"


_TRIM_ENDS: dict[str, bool] = {}
_TRIM_FRONTS: dict[str, int] = {}


def _learn_trim(word: str) -> tuple[bool, int]:
    link, prefix, _ = _trim_sets()
    punct = _is_punct(word)
    front = _PLACE if is_place_token(word) else _DROP if word in prefix or punct else _KEEP
    if len(_TRIM_FRONTS) > _MAX_KNOWN_WORDS:
        _TRIM_ENDS.clear()
        _TRIM_FRONTS.clear()
    _TRIM_ENDS[word] = end = word in link or punct
    _TRIM_FRONTS[word] = front
    return end, front


@cache
def _trim_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Link words, prefix words and flow verbs as sets (made once)."""
    lex = metric_lexicon()
    return frozenset(lex.link_words), frozenset(lex.prefix_words), frozenset(lex.flow_verbs)


@cache
def _noun_stops() -> frozenset[str]:
    lex = metric_lexicon()
    return frozenset(lex.actual_cues) | frozenset(lex.growth_cues) | frozenset(lex.link_words)


@cache
def _long_links() -> tuple[str, ...]:
    return tuple(w for w in metric_lexicon().link_words if len(w) >= 2)


def _without_notes(toks: Sequence[Tok]) -> Sequence[Tok]:
    """A long name without what says how it is measured: a trailing note in brackets
    (…投入强度（与地区生产总值之比）) and a leading 按…计算的 (按研究与试验发展人员（全时工作量）
    计算的人均经费 -> 人均经费)."""
    at = next((i for i in range(len(toks) - 1, 0, -1) if toks[i].word in _OPEN_MARKS), 0)
    if at and (toks[-1].word in _CLOSE_MARKS or not any(
            t.word in _CLOSE_MARKS for t in toks[at:])):
        toks = toks[:at]  # (its closing bracket may have been trimmed as punctuation)
    return _without_measure(toks)


def _without_measure(toks: Sequence[Tok]) -> Sequence[Tok]:
    """A name without a leading 按…计算的 (按照上年价格计算的电信业务总量 -> 电信业务总量): how
    it is measured, not what."""
    if toks and toks[0].word in _BY:
        at = next((i for i in range(1, len(toks) - 2)
                   if toks[i].word == "计算" and toks[i + 1].word == "的"), 0)
        if at:
            toks = toks[at + 2 :]
    return toks


_BY = frozenset(("按", "按照"))


_AMONG = "中"
_SHARE_OF = ("占", "所占")


def _without_among(toks: Sequence[Tok]) -> Sequence[Tok]:
    """在世界500强榜单中上榜企业 -> 世界500强榜单上榜企业: 在 … 中 ("among", 中 a word of its own
    before a verb) frames the list the counted stand in; the list stays, the frame goes."""
    among = next((i for i, t in enumerate(toks) if t.word == _AMONG and t.pos == "f"), 0)
    if among < 2 or among + 1 >= len(toks) or not toks[among + 1].pos.startswith("v") or (
            toks[among + 1].word.startswith(_SHARE_OF)):
        return toks  # (在电信业务收入中占比: the whole a share is of, kept)
    return [*toks[1:among], *toks[among + 1 :]]


_OPEN_MARKS = frozenset(("（", "("))
_CLOSE_MARKS = frozenset(("）", ")"))


# verbs comparing what is named before them with a base after them (收费不高于当地…平均收费的70%)
_COMPARED_WITH = frozenset(("快于", "慢于", "高于", "低于", "优于", "落后于"))


def _before_comparison(toks: Sequence[Tok]) -> Sequence[Tok]:
    """The words before a comparing verb, its adverbs and negation off (原则上|不|高于): a long
    base after it would push the name out of the length cap, and the later cut at that verb
    (_INNER_CUT) would leave only the adverbs; not after 按 (by a standard: a rule)."""
    cut = next((i for i, t in enumerate(toks) if i and t.word in _COMPARED_WITH), 0)
    if not cut:
        return toks
    link = _trim_sets()[0]
    while cut > 1 and toks[cut - 1].word in link:
        cut -= 1
    if toks[cut - 1].word in _BY:
        return toks  # 起始价可按不低于…最低价标准的70%确定: a rule's standard, its base the name
    return toks[:cut]


def phrase_text(toks: Sequence[Tok], text: str) -> str:
    """The words of the kept tokens (dropped words such as periods left out), length-capped."""
    if not toks:
        return ""
    limit = metric_lexicon().indicator_max_chars
    toks = _without_measure(toks)
    if toks[0].word == _AT and len(toks) > 3:
        toks = _without_among(toks)
    phrase = "".join([t.word for t in toks])
    if len(phrase) > limit:
        toks = _without_notes(toks)  # (before the cut: the name's own words count)
        toks = _before_comparison(toks)
        phrase = "".join([t.word for t in toks])
    if len(phrase) > limit:  # the last words that fit (at least one)
        words: list[str] = []
        length = 0
        for i in range(len(toks) - 1, -1, -1):
            word = toks[i].word
            if length + len(word) > limit and words and not _number_of_next(word, words[-1]):
                break  # (7|日内程序性回复…: the cap never cuts a number from its time word)
            words.append(word)
            length += len(word)
        phrase = "".join(reversed(words))
    if phrase[:1] in _MARKER_FIRST:
        marker = _MARKER.match(phrase)
        if marker is not None and len(phrase) - marker.end() >= 2:
            phrase = phrase[marker.end() :]  # （1）行政单位…, ①完成…, 6义乌… (a footnote's mark)
            if (forecaster := _FORECASTER.match(phrase)) and len(phrase) - forecaster.end() >= 2:
                # 4.我预测实质经济增长为…: the speaker's cue words the marker hid, as at a start
                phrase = phrase[forecaster.end() :]
    if (forecaster := _FORECASTER.match(phrase)) is not None and forecaster.group("agency") and (
            len(phrase) - forecaster.end() >= 2):
        phrase = phrase[forecaster.end() :]  # 财政部预估出口: the agency's forecast of 出口
    if phrase.endswith(_CLOSING) and not _LEVELS_NOTE.search(phrase) and not _alternative(phrase):
        phrase = _PAREN.sub("", phrase)  # a trailing note in brackets (试点县（市、区）: the
        # kinds of places counted, kept as after a count)
    phrase = _QUOTES.sub("", phrase)
    if "不" in phrase and _EXCLUSION_NOTE.search(phrase):
        phrase = _EXCLUSION_NOTE.sub("", phrase)  # 国内（不含港澳台）有效发明专利拥有量: the
        # scope's note inside the name, as one after it (固定资产投资（不含农户）)
    if "编码" in phrase or "代码" in phrase:
        phrase = _CODE_NOTE.sub("", phrase)  # 汽车（HS编码8703）出口: a code is no part
    if "（" in phrase or "(" in phrase:
        phrase = _inner_notes_dropped(phrase)
    long_links = _long_links()
    if phrase.endswith(long_links) and not _statement_total(toks) and not _plan_quota(toks):
        # (one C-level test; the loop only runs when one matches)
        for word in long_links:
            if phrase.endswith(word) and len(phrase) > len(word):
                phrase = phrase[: -len(word)]
    if len(phrase) > 3 and phrase[-1] in _TAIL_LINKS and not phrase.endswith(_ENDS_IN_LINK):
        phrase = phrase[:-1]  # 结构比为 tagged as one word (查处违法行为: 行为 a noun)
    if phrase.startswith(_SURVEYED_FIRST) and (surveyed := _SURVEYED.match(phrase)) is not None \
            and len(phrase) - surveyed.end() >= 2:
        phrase = phrase[surveyed.end() :]  # 纳入监测的星级饭店…: the survey's scope, no name
    if "财政" in phrase and (payer := _PAYER.match(phrase)) is not None:
        phrase = phrase[payer.end() :]  # 市财政每年统筹安排…专项资金: the payer is no part
    if phrase.startswith(_BASE_FIRST) or phrase in _COMPARING:
        # 比上月末下降0.2个百分点, 与上月比较则增5.8%: a comparison, the last indicator changes
        return ""
    if "（" in phrase or "(" in phrase:  # 居民消费价格（CPI）: the closing bracket was dropped
        phrase = _with_levels_closed(phrase) or _OPEN_NOTE.sub("", _EMPTY_NOTE.sub("", phrase))
    if "录得" in phrase:  # 天文台总部录得的雷暴日数: where it was recorded is no part
        phrase = phrase[phrase.rindex("录得") + 2 :].removeprefix("的") or phrase
    if not _INNER_CUT_CHARS.isdisjoint(phrase) and _INNER_CUT.search(phrase):
        # 增速快于城镇居民 (a comparison: 快 + 于 are two words), 时间由15天压减 (a change from
        # a level), 涨幅比上月扩大 / 增速比上月末低 (against an earlier time): what is measured
        # is the part before
        phrase = _INNER_CUT.split(phrase, 1)[0]
        if len(phrase) > 2 and phrase[-1] in _ADVERB_END:
            phrase = phrase[:-1]  # 降幅均比上月扩大: 均 says both, it names nothing
    if len(phrase) > 3 and phrase.endswith(_FIGURES_OF):
        phrase = phrase[: -len(_FIGURES_OF)]  # 入境旅客数字恢复至…: "the figures of" (Hong Kong's
        # and Macau's usage), the thing counted is the name
    if len(phrase) > 2 and phrase.endswith(_ONLY):
        phrase = phrase[:-1]  # 农产品加工率仅为36%: "only", cut with the word before (率仅)
    return phrase


_ADVERB_END = frozenset("均都也亦")
_ENDS_IN_LINK = ("行为",)  # a noun whose last character is a link word
_FIGURES_OF = "数字"
_ONLY = "仅"


_TERRITORY = ("全市", "全省", "全县", "全区", "全镇", "全乡")
# words a whole-territory word is the start of (全市场 the whole market, 全区域, 全县域)
_NOT_TERRITORY = ("全市场", "全区域", "全县域", "全省域")
# an outline or footnote marker at a name's start is no part of it: （1） 1） ① 1. 1、 and a
# footnote's digit glued to a word (6义乌该比重), not a count's (3岁以下, 5G, 12345热线)
_MARKER = re.compile(
    r"[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）]|[\u2460-\u2473\u2776-\u277f]"
    r"|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十])"
    r"|\d{1,2}[.、．](?!\d)|\d(?=[\u4e00-\u9fff])(?![岁号年月日天个大类级星条项次届批期周座层代种家所名位"
    r"万千百亿元吨米倍成部线至到])")  # (0至14岁人口: a range's start, no marker)
# who forecasts, then the verb (我们预测, 财政部预估, 统计局预计; a release's 本处预测, its
# office speaking of itself): no part of the name
_FORECASTER = re.compile(r"(?:我们|我|(?P<agency>[\u4e00-\u9fff]{1,8}?"
                         r"(?:部|局|署|院|委|厅|中心|处)))?(?:预测|预计|预期|估计|预估)")
_SHORT_NUMBER = re.compile(r"\d{1,3}")
_TIME_WORDS_AFTER = ("日", "天", "个月", "月", "年", "小时", "周", "分钟")


def _number_of_next(word: str, after: str) -> bool:
    """``word`` is a short number the word after it counts the days or months of (7|日内)."""
    return _SHORT_NUMBER.fullmatch(word) is not None and after.startswith(_TIME_WORDS_AFTER)


_MARKER_FIRST = frozenset("（(0123456789一二三四五六七八九十") | frozenset(
    chr(c) for c in [*range(0x2460, 0x2474), *range(0x2776, 0x2780)])
# a treasury that commits a fund (县财政每年安排乡村振兴专项资金) pays it: the fund is named from
# the verb on
_PAYER = re.compile(r"(?:[市省县区州]|中央|各级|本级|地方)?财政(?:每年|每年度|年度)?"
                    r"(?=(?:统筹)?安排|设立|筹集|筹措)")
# the units a survey covers (纳入监测的星级饭店, 纳入统计范围的企业): how the figure was collected
_SURVEYED_FIRST = ("纳入", "納入", "重点", "重點")
# (重点监测的5A级景区: the sample a monitoring follows, as 纳入监测的)
_SURVEYED = re.compile(r"(?:纳入|納入|重点|重點)(?:监测|監測|統計|统计|调查|調查|监测统计)"
                       r"(?:范围|範圍)?的")
_COMPARING = frozenset(("比较", "相比", "相较", "比", "较"))  # (与上月比较则增: the base dropped)
_BASE_FIRST = ("比上", "较上", "比去", "较去", "比前", "较前", "比同期", "较同期")
# a note whose closing bracket was trimmed as punctuation: 居民消费价格（CPI, 地区生产总值（初步核算
_OPEN_NOTE = re.compile(r"[（(][^（）()]{0,12}$")
# brackets left empty by a period taken out (春季（三月至五月）平均气温) or saying the prices a
# value is stated at (万元地区生产总值（当年价）用水量): no part of a name
_EMPTY_NOTE = re.compile(r"[（(](?:当年|可比)?(?:价|价格)?(?:计算)?[）)]")
_INNER_CUT_CHARS = frozenset("于由比较与")  # one of them is in every _INNER_CUT match
_INNER_CUT = re.compile(
    r"(?:快于|慢于|高于|低于|优于|落后于)|由(?=[\d０-９])"
    r"|(?<=.)[比较](?=上[年月季期]|去年|前[一两三]|同期|年初|基准年|基期)"
    r"|(?<=.)与(?=上一)|(?<=.)由(?=上一|\d{4}年|$)")
# the levels of places a name's last level stands for (试点县（市、区）, 县（市）, 村（社区）)
_LEVEL = r"(?:[县市区省州乡镇村旗]|社区|街道|自治区|直辖市)"
_LEVELS_NOTE = re.compile(rf"[县市区省州乡镇村][（(]{_LEVEL}(?:、{_LEVEL})*[）)]$")
_LEVELS_OPEN = re.compile(rf"[县市区省州乡镇村]（{_LEVEL}(?:、{_LEVEL})*$")


def _with_levels_closed(phrase: str) -> str:
    """试点县（市、区 (its closing bracket trimmed as punctuation before the count): the levels
    closed again, and so is a one-character alternative (服务中心（站, 线路（段); "" for any other
    open note."""
    return phrase + "）" if _LEVELS_OPEN.search(phrase) or _alternative(phrase) else ""


# one character in brackets after a name's last word, another kind of the same thing counted
# with it (社区卫生服务中心（站）, 新开通线路（段）, 处（科）); not the unit a total is counted in
# (充电设施（枪）, 股东总数（户）: _UNIT_NOTE's)
_ALTERNATIVE = re.compile(r"[\u4e00-\u9fff][（(](?P<kind>[\u4e00-\u9fff])[）)]?$")
_COUNTING_UNITS = frozenset("枪台个套座辆根桩户宗件人元次家项")


def _alternative(phrase: str) -> bool:
    """Whether the name ends with a one-character alternative in brackets (closed or not)."""
    found = _ALTERNATIVE.search(phrase)
    return found is not None and found.group("kind") not in _COUNTING_UNITS
# what a figure leaves out, in brackets inside its name (国内（不含港澳台）…, 总消费（不包括博彩）)
_EXCLUSION_NOTE = re.compile(r"[（(](?:不含|不包括|未含)[^（）()]{1,12}[）)]")
# a goods code in brackets inside a name (汽车（HS编码8703）出口)
_CODE_NOTE = re.compile(r"[（(][^（）()]{0,10}(?:编码|代码)[^（）()]{0,12}[）)]")
# what an ordinal grade stands for, in brackets after it (第一批次（省级示范性高中）录取控制线,
# 第二档（年收入10万元以上）): the grade names the figure, the note explains it
_GRADE_NOTE = re.compile(r"(第[一二三四五六七八九十\d]{1,2}(?:批次|批|档|类|级|等|梯队))"
                         r"[（(][^（）()]{2,16}[）)](?=.)")
# the unit a total is counted in, in brackets inside its name (充电基础设施（枪）总数: by the gun)
_UNIT_NOTE = re.compile(r"[（(](?:枪|台|个|套|座|辆|根|桩|户|宗|件)[）)](?=.)")


# the hours a time of day spans, in brackets after it (早高峰（7:30—9:00）): when, not what
_HOURS_NOTE = re.compile(r"[（(]\d{1,2}[:：]\d{2}\s?[—–\-~～至到]\s?\d{1,2}[:：]\d{2}[）)]")


# a day's weekday in brackets, with the day before it when the period reader left it
# (10月24日（星期五）线网客运量): when, not what
_WEEKDAY_NOTE = re.compile(r"^(?:\d{1,2}月)?(?:\d{1,2}[日号])?[（(](?:星期|周)[一二三四五六日天]"
                           r"[）)]|[（(](?:星期|周)[一二三四五六日天][）)]")


def _inner_notes_dropped(phrase: str) -> str:
    """The name without a note inside it that explains a grade, gives the unit counted, the
    hours of a time of day or a day's weekday: no part of what is measured (alternatives such
    as 县（市、区）, 执业（助理）医师 are kept)."""
    if ":" in phrase or "：" in phrase:
        phrase = _HOURS_NOTE.sub("", phrase)
    if "星期" in phrase or "周" in phrase:
        phrase = _WEEKDAY_NOTE.sub("", phrase)
    return _UNIT_NOTE.sub("", _GRADE_NOTE.sub(r"\1", phrase))


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
                or (inner[0] in _LEVEL_TOKENS and toks[i - 1].word in _LEVEL_TOKENS))
            return j + 1 if alone and len(toks[i - 1].word) <= 2 else 0
    return 0


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
    while i < len(toks):
        t = toks[i]
        if t.word in "“”\"‘’《》·":
            i += 1
            continue
        if t.word == "的" and kept and i + 1 < len(toks) and toks[i + 1].pos == "m":
            break  # 22个城市的75个项目: another count follows, its own noun's
        if t.word == "的" and kept and i + 1 < len(toks) and toks[i + 1].pos in _NOT_HEADS:
            break  # 1.2万家重点企业的全覆盖检查: what is done to them follows, no head noun
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
        if _is_punct(t.word) or (kept and (t.word in stop or t.pos in _PREDICATE_TAGS)):
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
            if not (nxt and nxt.pos.startswith("n") and (after is None or _is_punct(after.word))):
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
        if _is_punct(t.word) or sum(len(r.word) for r in rest) + len(t.word) > _PASSIVE_MAX:
            break
        rest.append(t)
    return rest


# what a counted thing has, said of it after its count (1所初中办学条件全面改善): no part of it
_ATTRIBUTES = ("条件", "水平", "质量", "面貌", "能力")


def _predicate_opens(toks: Sequence[Tok], i: int) -> bool:
    """A verb right after a count, followed by a preposition or the clause's end (19名常驻在村,
    5人出席。; not 3个创新平台: 创新 then a noun), says what the counted do, naming nothing."""
    t = toks[i]
    if not t.pos.startswith("v") or t.pos == "vn" or t.word in _trim_sets()[0]:
        return False  # (由2.6张提升至4.1张: a change between two levels, read as before)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.pos.startswith("p") or _is_punct(nxt.word)


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


def merge_generic(indicator: str, previous: str | None) -> str:
    """``总量`` / ``增速`` alone name the previous metric's aspect: 地区生产总值 + 增速."""
    lex = metric_lexicon()
    if indicator not in lex.generic_indicators or not previous:
        return indicator
    if indicator in _SHARE_WORDS and _SHARE_OF in previous[1:]:
        return previous  # 占官方储备资产的7.99%，比重较9月末提高…: the share named already
    base = without_generic(previous)
    return base + indicator if not base.endswith(indicator) else base


def without_generic(name: str) -> str:
    """The name without the generic aspect ending it (GDP增速 -> GDP), or as it is."""
    for g in sorted(metric_lexicon().generic_indicators, key=len, reverse=True):
        if name.endswith(g) and len(name) > len(g):
            return name[: -len(g)]
    return name


_SHARE_WORDS = frozenset(("比重", "占比", "份额"))
_SHARE_OF = "占"


# ordinal sectors listed with one 第 and one 产业 (第一、二、三产业, 第二、三产业)
_SECTOR = re.compile(r"第[一二三]产业")
_ORDINAL_SECTORS = re.compile(r"第([一二三])((?:、第?[一二三]){1,2})产业")


def _each_sector(m: re.Match[str]) -> str:
    return "、".join(f"第{n}产业" for n in m.group(1) + re.sub(r"[、第]", "", m.group(2)))


_LIST_SEPARATORS = (r"、|和|及|与|以及|，", r"、", r"、|和|与|，")


# 等 closing a list's examples before the class they are of (钢铁、化工等行业企业利润分别下降…):
# split into one name per item, each item is its class alone (钢铁行业企业利润)
_EXAMPLES_CLASS = re.compile(r"等(?=行业|领域|产业|地区|省份|城市|国家|企业|品种|产品|项目)")


def split_list(text: str, n: int | None = None, share_head: bool = True) -> list[str]:
    """Items of a coordinated noun list: 工业、服务业和农业 -> [工业, 服务业, 农业].

    With ``n`` (the number of values the list goes with), ``及``/``和`` inside an item stay in it
    when splitting on them gives too many items (外商及港澳台商投资企业). The last item's head
    is shared: 第一产业、第二产业和第三产业投资 -> 第一产业投资, …;
    一、二、三产业增加值 -> 一产业增加值.
    """
    if "第" in text and "、" in text:  # 第一、二、三产业: 第一产业、第二产业、第三产业
        text = _ORDINAL_SECTORS.sub(_each_sector, text)
    tier = _CITY_TIER.match(text) if "线城市" in text else None
    if tier is not None:
        # 三线城市新建商品住宅和二手住宅销售价格: the tier of cities is every item's scope
        return [tier.group() + i for i in split_list(text[tier.end() :], n, share_head)]
    items: list[str] = []
    for seps in _LIST_SEPARATORS:
        items = [p for p in re.split(seps, text) if p]
        if n is None or len(items) == n:
            break
    if len(items) < 2 or not share_head:
        return items
    items[-1] = _EXAMPLES_CLASS.sub("", items[-1], count=1)
    last = items[-1]
    head = next((h for h in metric_lexicon().shared_heads
                 if last.endswith(h) and len(last) > len(h)), None)
    if head is not None and not any(i.endswith(head) for i in items[:-1]):
        return [i + head for i in items[:-1]] + [last]  # 食品烟酒、居住价格: 食品烟酒价格
    if (per_pupil := last.find(_PER_PUPIL)) > 0 and not any(_PER_PUPIL in i for i in items[:-1]):
        # 普通小学、初中生均教学仪器设备值: a per-pupil measure after each level of school
        return [i + last[per_pupil:] for i in items[:-1]] + [last]
    share = _SHARE_TAIL.search(last) if last.endswith(_SHARE_ENDS) else None
    if (share is not None and share.start() > 0 and "占" not in last[: share.start()]
            and not any(i.endswith(_SHARE_ENDS) for i in items[:-1])):
        # 基础研究、应用研究和试验发展经费所占比重: the measure and its share, for every item
        return [i + share.group() for i in items[:-1]] + [last]
    if not last.endswith("产业") and all(_SECTOR.fullmatch(i) for i in items[:-1]):
        # 第一、二、三产业和城乡居民生活用电量(占全社会用电量的比重): 第一产业用电量(占…), …
        core, of, base = last.partition("占") if "占" in last[1:] else (last, "", "")
        head = next((h for h in metric_lexicon().sector_heads if core.endswith(h)), None)
        if head is not None:
            return [i + head + of + base for i in items[:-1]] + [last]
    common = _common_suffix(items[:-1]) if len(items) > 2 else ""
    at = last.rfind(common) if common else -1
    if at > 0 and at + len(common) < len(last):
        tail = last[at + len(common) :]
        return [i if i.endswith(tail) else i + tail for i in items[:-1]] + [last]
    if all(len(i) <= 2 for i in items[:-1]) and len(last) > 3:
        tail = _after_joined_item(last[len(items[0]) :])
        end = len(items[-2]) + 1  # (the last item's word after its own, 光伏|发电)
        if end + 1 < len(last) and last[end] == items[-2][-1]:
            tail = last[end + 1 :]  # 风电、光伏发电装机: after the word that ends like 风电, 装机
        items = [i + tail for i in items[:-1]] + [last]
    else:
        # 高技术制造业、装备制造业增加值: the word the item before the last ends with (制造业) ends
        # the last item's name too; what follows it there (增加值) is the shared head (医院、基层
        # 医疗卫生机构、专业公共卫生机构床位: 床位 for every item)
        first = items[-2]
        for n in range(min(len(first), len(last)) - 1, 1, -1):
            at = last.rfind(first[-n:])
            if at > 0 and at + n < len(last):
                tail = last[at + n :]
                # (货物贸易、服务贸易及其他经常项目: after 贸易 a joined item, no shared head)
                if not tail.startswith(_ITEM_JOINTS) and not any(
                        i.endswith(tail) for i in items[:-1]):
                    items = [i + tail for i in items[:-1]] + [last]
                break
    return items


_PER_PUPIL = "生均"
_CITY_TIER = re.compile(r"[一二三四]线城市(?=[\u4e00-\u9fff]{2})")


# a list's last item naming a measure and its share (…试验发展经费所占比重, …投资占比): both are
# every item's
_SHARE_ENDS = ("所占比重", "所占比例", "比重", "占比")
_SHARE_TAIL = re.compile(r"(?:经费|投资|收入|支出|增加值|产值|人数|人口|用电量|贷款|存款|资金|面积|"
                         r"产量|销售额|营业收入)(?:所占比重|所占比例|比重|占比)$")


_ITEM_JOINTS = ("及", "和", "与")


def _after_joined_item(tail: str) -> str:
    """The shared head after a last item that joins two words (同城、异地、国际及港澳台快递业务量:
    after 国际, ``及港澳台快递业务量`` still holds 港澳台; the head is 快递业务量)."""
    if not tail.startswith(_ITEM_JOINTS) or len(tail) < 3:
        return tail
    from pipelines.domain.segmentation import default_segmenter  # (only for such a list)

    words = default_segmenter().cut(tail[1:])
    return tail[1 + len(words[0]) :] if len(words) > 1 else tail


def _common_suffix(words: Sequence[str]) -> str:
    n = 0
    shortest = min(len(w) for w in words)
    while n < shortest and len({w[len(w) - n - 1] for w in words}) == 1:
        n += 1
    return words[0][len(words[0]) - n :] if n else ""


def strip_home(indicator: str, home_place: str | None) -> str:
    """Drop the document's own place from the front of an indicator (成都常住人口 -> 常住人口),
    and a whole-territory word the segmenter joined to the next (全|市政府性基金 -> 政府性基金)."""
    if not indicator:
        return indicator
    if (indicator.startswith(_TERRITORY) and len(indicator) > 4
            and not indicator.startswith(_NOT_TERRITORY)):
        indicator = indicator[2:]
    if not home_place:
        return indicator
    for name in (home_place, home_place.rstrip("市省县区"), *_home_words_of(home_place)):
        if name and indicator.startswith(name) and len(indicator) > len(name) + 1:
            if indicator.startswith(_FACILITY_STARTS, len(name)) or _NAMED_AIRPORT.match(
                    indicator, len(name)):
                break  # 中国品牌乘用车 in a national text: the home names the brand (as 苏州港;
                # 厦门高崎国际机场: an airport named after its city and its site)
            if indicator.startswith(_TRADE_STARTS, len(name)):
                break  # 美国出口 (对美国出口): a trade partner kept in the name, even when the
                # text names it most (the home's own 四川进出口 lost its 四川 in trim_phrase)
            return indicator[len(name) :]
    return indicator


_FACILITY_STARTS = tuple(sorted(FACILITY_WORDS))
# one more name, then an international airport (南京|禄口国际机场, 厦门|高崎国际机场; not 全国
# 运输机场, a class of airports)
_NAMED_AIRPORT = re.compile(r"[\u4e00-\u9fff]{2}国际机场")
_TRADE_STARTS = tuple(sorted(_TRADE_WORDS))


@lru_cache(maxsize=256)
def _home_words_of(home_place: str) -> tuple[str, ...]:
    """The words of the home's level that stand for it (我国, 全国 in a national text; 本省),
    and the short place name its own press writes, one place word holding the name's first
    character (大马经济 in a Malaysian paper; not 访港旅客, 离港, 港人: no such place names)."""
    lex = metric_lexicon()
    level = next((k for k in lex.level_aliases if home_place.endswith(k)), None)
    short = [w for w, place in lex.place_words.items()
             if place == home_place and home_place != _COUNTRY and home_place[0] in w
             and _tagged_place(w)]
    words = [*(lex.level_aliases[level] if level else ()), *short]
    return tuple(sorted(words, key=len, reverse=True))


_COUNTRY = "全国"
_PLACE_TAG = "ns"


def _tagged_place(word: str) -> bool:
    """The segmenter reads ``word`` alone as one place name (大马; not 本港, 访港, 港人)."""
    from pipelines.domain.segmentation import default_segmenter  # (once per home)

    return [tuple(t) for t in default_segmenter().tag(word)] == [(word, _PLACE_TAG)]
