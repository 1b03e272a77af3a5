"""The place a number is about when its sentence names one (its subject), and the place 该市
refers to."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from functools import cache

from pipelines.domain.metrics.clauses import Tok, Toks, tokens_in, tokens_of
from pipelines.domain.metrics.home import conferred, counts_places, in_country_firm
from pipelines.domain.metrics.lexicon import LEXICON_PATH, metric_lexicon
from pipelines.domain.metrics.place_names import (
    facility_follows,
    home_stem,
    is_home,
    is_place_token,
    route_end,
)
from pipelines.domain.metrics.tagging import columns_for
from pipelines.domain.records import Sentence
from pipelines.domain.yamlfiles import load_yaml

_PLACE_SUFFIX_TOKENS = {"省", "市", "县", "区", "州"}
# regions of several provinces a place's form would let pass (…区): no subject
_SEVERAL_PROVINCES = ("大湾区", "长三角", "珠三角", "京津冀")
_HOME_REGION = "都市圈"  # a metropolitan area is named after its core city
_REGION_HEADS = {"经济圈", "都市圈", "城市群", "经济区", "经济带"}

# 该市 / 该省 …: a place named before (郑州表现亮眼。该市一季度地区生产总值…); the batch path
# (frames.slice_rows) reads the sentence before such a sentence for it. Not 应该 (should) nor
# 该市场 (this market); written without lookaround, for polars too. A plot a land sale named
# before is also 本地块, or the bare 地块 of 在地块内配建… (the plot's own conditions)
# (全区 / 全县 too, in a city's text: the district or county its article has just named, 渝北区
# …。截至11月底，全区规上工业企业…; the home itself in a district's or a county's own text)
ANAPHOR = re.compile(r"(?:^|[^应])该(?:市(?:[^场]|$)|省|县|区|州|地)|本地块|在地块内|全[区县]")
# a zone written bare at a sentence's head (合作区内澳资企业…; 高新区中和片区的…地块…。该地块…): the
# zone the text has just named in full (横琴粤澳深度合作区), or its city's own zone of that name
BARE_ZONES = ("合作区", "高新区", "经开区", "开发区", "自贸区", "示范区")
# a day the sentence opens on before its bare zone (截至2025年9月底，合作区内澳资企业…): the zone
# still opens what the sentence says
_AS_AT_OPENING = re.compile(r"截[至止][^，,。；]{1,14}?[底末日][，,]")
ANAPHOR_HINT = (  # what may be one (a superset, cheap for a batch's regex)
    "该[市省县区州地]|本地块|在地块内|全[区县]|^(?:截[至止][^，,。；]{1,14}?[底末日][，,])?在?(?:"
    + "|".join(BARE_ZONES) + ")")
_WHOLE = re.compile(r"全([区县])")
_OTHER_ANAPHOR = re.compile(r"(?:^|[^应])该(?:市(?:[^场]|$)|省|县|区|州|地)|本地块|在地块内")
_SETTING = "在"  # (在合作区工作及生活的澳门居民: the zone as the setting at the head)


def _zone_at_head(text: str) -> str | None:
    """The zone written bare that opens the sentence, itself or after 在 (合作区内…, 在合作区工作
    及生活的…), else None."""
    at = 0
    if text.startswith("截"):
        day = _AS_AT_OPENING.match(text)
        at = day.end() if day is not None else 0
    at += 1 if text.startswith(_SETTING, at) else 0
    return next((z for z in BARE_ZONES if text.startswith(z, at)), None)


def refers_back(text: str, end: int | None = None) -> bool:
    """The sentence refers to a place named before: by 该市 / 该地块 / 在地块内 before ``end``, or
    by a zone written bare at its head (合作区内…, 在合作区…)."""
    return _zone_at_head(text) is not None or (
        ("该" in text or "地块" in text or "全区" in text or "全县" in text)
        and ANAPHOR.search(text, 0, len(text) if end is None else end) is not None)


def anaphor_place(
    earlier: Sequence[Sentence] | None, tags: Mapping[int, Sequence[tuple[str, str]]],
    home_place: str | None, text: str = "",
) -> str | None:
    """The place 该市 stands for: the last place other than the home named in the paragraph's
    sentence before (None when that sentence names none), else a zone written bare at its head
    (高新区中和片区的…地块同样竞争激烈。该地块面积…: the plot lies in the city's 高新区); through
    sentences before that speak of the same 该… themselves (…地块。该地块共吸引…。据了解，该地块
    距离…: the plot's place). A bare zone at the head of ``text`` (合作区内…) stands for the
    place named before only when that place is such a zone (横琴粤澳深度合作区), through
    sentences before opening with the same bare zone (…合作区建设取得新进展。合作区内…；在合作区
    工作及生活的…)."""
    zone = _zone_at_head(text)
    level = _whole_level(text, home_place) if zone is None else None
    if level == "":
        return None  # (全区 in a district's own text: its home)
    for prev in reversed(earlier or ()):
        toks = tokens_of(prev.text, *columns_for(prev, tags))
        found = named_subject(toks, prev.text, 0, len(prev.text), home_place)
        if zone is not None:
            if not found and _zone_at_head(prev.text) == zone:
                continue
            return found if found and found.endswith(zone) else None
        if not found:
            found = next((z for z in BARE_ZONES if prev.text.startswith(z)), None)
        if not found and level:
            continue  # (全区 goes back over its paragraph's sentences naming no place)
        if found or ANAPHOR.search(prev.text) is None:
            if found and level and not found.endswith(level):
                return None  # (全县 after a city or a province named: no county of its own)
            return found or None
    return None


def _whole_level(text: str, home_place: str | None) -> str | None:
    """The level a 全区 / 全县 refers back at (区, 县) when it is the sentence's only anaphor and
    the home is of another level; "" when it is the home's own (a district's 全区); None when
    the sentence refers back by 该… (or a bare zone) instead."""
    if _OTHER_ANAPHOR.search(text) is not None:
        return None
    m = _WHOLE.search(text)
    if m is None:
        return None
    return "" if home_place is None or home_place.endswith(m.group(1)) else m.group(1)


def named_subject(
    toks: Sequence[Tok], text: str, start: int, end: int, home_place: str | None,
    window: Sequence[Tok] | None = None, joint: bool = False,
) -> str | None:
    """The last place named before the number in its task clause, unless it is the home place.

    ``joint``: a last place that closes a list of places (合肥、西安两大生产基地) names no one
    place: None (a 分别 list pairs its places with its numbers before this is asked).

    A place right after a rank verb (居全国第4) is the ranking's scope, one after 占/高于/比 or
    right before 占/比重 is a share's denominator or a comparison; none is the subject. Returns
    ``""`` when the last place named is the home place and None when no place is named.
    """
    lex = metric_lexicon()
    number_at = end
    if window is None:  # the tokens of [start, end), unless given
        window = tokens_in(toks, start, end)
    found: str | None = None
    listed_last = False  # the last place closes a list of places
    last_end = -1  # end of the last place named
    may, learn = _SUBJECT_WORDS.get, _learn_subject_word
    # a word that starts with the home place's stem may name it (成都高新区 in a 成都市 text)
    stem = home_stem(home_place) if home_place else None
    for i, t in enumerate(window):
        word = t.word
        acts = may(word)
        if acts is None:
            acts = learn(word)
        glued = _glued_level(window, i)
        zoned = not glued and _zone_follows(window, i)
        if not (acts or t.pos.startswith("ns") or stem == "" or glued or zoned
                or (stem is not None and word.startswith(stem))):
            continue  # neither a place, nor tagged as one, nor a region head, nor the home
        nxt = window[i + 1].word if i + 1 < len(window) else ""
        end = t.end
        if glued:
            word, end = word + nxt[0], end + 1  # 洞头|区为: the level the segmenter glued on
        elif zoned:
            word, end = word + nxt, window[i + 1].end  # 九华|经开区: a zone's name and its kind
        elif t.pos.startswith("ns") and nxt in _PLACE_SUFFIX_TOKENS:
            word = word + nxt
            end = window[i + 1].end
            nxt = window[i + 2].word if i + 2 < len(window) else ""
        elif nxt in _REGION_HEADS and i + 1 < len(window):
            continue  # 双城 + 经济圈: judged as one name at the head word
        if word in _REGION_HEADS and i > 0 and not window[i - 1].pos.startswith(("t", "m")):
            word = window[i - 1].word + word
        elif word == _HOME_REGION and home_place:
            word = home_place.rstrip("市") + word  # 都市圈 alone: the home city's own
        listed = last_end >= 0 and t.start == last_end + 1 and text[last_end] in _LIST_MARKS
        before = text[max(start, t.start - 3) : t.start]
        if before.endswith(lex.rank_verbs) or before.endswith(lex.comparison_before):
            # 居全国第4: the ranking's scope; 占全省的44.2%, 高于全省: a share's denominator, a
            # comparison's base (the home place too: the subject before it stays the subject)
            continue
        if _TIMES_OF.match(text, end) is not None:
            continue  # 是张家口的2.3倍, 为全国平均水平的1.5倍: the base the multiple is of
        if _COMPARED_BY_RANK.search(text, start, t.start) is not None:
            continue  # 与第十名南京的差距: the place ranked that the figure is measured against
        if _ranked_within(text, end, number_at):
            continue  # 在2024年度全省法院执行工作考核中位列第3名: the field the rank is taken in
        if is_home(word, home_place):
            found, listed_last, last_end = "", listed, end
            continue
        if not is_place_token(word, t.pos) or facility_follows(window, i) or _station_follows(
                window, i) or counts_places(word):
            continue  # 苏州港, 南京禄口国际机场, 南京南站: a facility's name, not the subject;
            # 沪深北三市: the markets (cities) a group's name counts, not one place
        if text.startswith(lex.bodies_after, end) or _in_brand(window, i, word) or _opens_firm(
                text, end):
            continue  # 海口海关, 上海局集团公司, 海口国际免税城, 绿城中国, 江西赣照照明科技有限
            # 公司: a body's, a firm's name
        if word.endswith(_SEVERAL_PROVINCES):
            continue  # 粤港澳大湾区约人民币31.6亿元: a region of several provinces is part of
            # the name, never a subject (tests/gold/README.md), as 长三角地区 and 东部地区 are
        if text.endswith(_MATCH_JOINTS, start, t.start) and found:
            found, last_end = None, end  # 南京对阵苏州一场: a match of two places, neither's
            continue
        if route_end(window, i) or _bracketed_in_name(text, t.start, end):
            continue  # 烟台至大连航线, 中国（青岛）国际物流博览会: a route's or a name's place
        if _LEFT_OUT.search(text, max(start, t.start - _LEFT_OUT_CHARS), t.start) is not None:
            continue  # 亚洲地区（不含台湾）占比: a place left out of a region, no one's figure
        if text.startswith(_CENSUS, end):
            continue  # 比第七次全国人口普查时: a census's name
        after = text[t.end : t.end + 3]
        if after.startswith(lex.rank_verbs) or after.startswith(("占", "比重", "第", "的比重")):
            continue  # 全国排名第4: the ranking's scope; 全省占比: a denominator
        if word in lex.place_scopes and _BASE_OF_FIGURE.fullmatch(text, end, number_at):
            continue  # 仅为全国平均水平的六成左右: the base the figure is a part of, no subject
        if word in lex.place_scopes and _INDEX_NAMED.match(text, end) is not None:
            continue  # 全球主要债券指数下跌0.6%: a market index's scope is in its name
        if _RANKING_LIST.match(text, end) is not None:
            continue  # 中国500强企业: a ranking's list names the firms, not their place
        if (word in lex.place_scopes and text.endswith(_SPREAD_OVER, start, t.start)
                and _PLACES_COUNTED.match(text, end) is not None):
            continue  # 分布于全国22个城市的75个项目, 覆盖全国31个省: where the places counted lie,
            # not whose figure (全国22个城市GDP增长5%: 全国's)
        if text.endswith(_HOLDERS, start, t.start):
            continue  # 第一大股东长沙市财政局持股比例: a holder, a body named after its place
        if _DESTINATION.search(text, start, t.start) is not None:
            continue  # 赴长三角、粤港澳大湾区开展…推介: where the work goes, not whose figure
        if text.endswith(_AT, start, t.start) and _WITHIN.match(text, end) is not None:
            continue  # 在湖南省内就业的占61.3%: where the deed is done, part of its name
        if _in_trade_partner(text, start, t.start, number_at) or _elliptic_partner(
                text, t.start, end, number_at) or _bracketed_partner(text, end):
            continue  # 对中国大陆及香港出口: the trading partner is part of the name
        if _funder(text, start, t.start, end, number_at):
            continue  # 争取天津市东西部协作财政援助资金1.26亿元: who gives the funds (named)
        if i and window[i - 1].end == t.start and conferred(window[i - 1].word):
            continue  # 获湖南省科学技术进步奖二等奖1项: the conferrer opens the honour's name
        if (_SOURCE_MARKETS.match(text, end) is not None or _VISITORS_FROM.match(text, end)
                or _FROM_ORIGIN.search(text, start, t.start) is not None
                or _crossed_from(text, start, t.start, end)):
            continue  # 以韩国（12.1万人次）、菲律宾（7.8万人次）及泰国…旅客较多, 旅客主要来自日本
            # （8.2万人次）、美国…, 香港团客及国际团客分别有…, 入境的珠海市…居民: where visitors
            # come from, part of the name (韩国旅客)
        found, listed_last, last_end = word, listed, end
    if joint and found and last_end >= 0 and "等" in text[last_end:number_at] and (
            _CLASS_COUNTED.match(text, last_end) is not None or (
                "、" in text[start:number_at]
                and _EXAMPLES_CLOSE.search(text, last_end, number_at) is not None)):
        # 长沙五一商圈、株洲神农城等12个集聚区, 定远县等4个县: places of examples, no one place
        return None
    return None if joint and listed_last else found


# a place an aside leaves out of the whole before it (亚洲地区（不含台湾）, （不包括港澳台）)
_LEFT_OUT = re.compile(r"[（(](?:不含|不包括|不包含|未含|除)[^（）()]{0,12}$")
_LEFT_OUT_CHARS = 16


# a multiple's base right after its place (是张家口的2.3倍, 为全国平均水平的1.5倍, 的两倍多)
_TIMES_OF = re.compile(r"(?:平均水平|平均)?的(?:[\d.]+|[一二三四五六七八九十两]+)倍")
# a comparison's base named by its rank before its name (与第十名南京的差距, 比排名第二的北京)
_COMPARED_BY_RANK = re.compile(
    r"(?:与|比|较|同)(?:排名|排在|位居|位列)?第[\d一二三四五六七八九十百]+(?:名|位)?的?$")
# a railway station named after its city (南京南站, 苏州站, 杭州东站)
_STATIONS = frozenset(("站", "东站", "南站", "西站", "北站", "火车站", "高铁站"))
# two places a match sets against each other (南京对阵苏州, 常州队迎战扬州队)
_MATCH_JOINTS = ("对阵", "对战", "迎战", "队对阵", "队对战", "队迎战")


def _station_follows(window: Sequence[Tok], i: int) -> bool:
    """The place ``window[i]`` names a station: a station word right after it."""
    return (i + 1 < len(window) and window[i + 1].start == window[i].end
            and window[i + 1].word in _STATIONS)


# a country glued after a brand or a programme's word (绿城中国, 宝马中国, 数字中国): a firm's or a
# programme's name
_COUNTRIES_IN_NAMES = frozenset(("中国",))
_BRAND_TAGS = ("n", "nz", "nr", "eng")


def _in_brand(window: Sequence[Tok], i: int, word: str) -> bool:
    """The country ``window[i]`` closes a name a noun opens right before it (绿城|中国): a
    firm's name, not the figure's place."""
    if word not in _COUNTRIES_IN_NAMES or i == 0:
        return False
    prev = window[i - 1]
    return (prev.end == window[i].start and len(prev.word) > 1
            and prev.pos.startswith(_BRAND_TAGS) and not prev.pos.startswith("ns"))


def _glued_level(window: Sequence[Tok], i: int) -> bool:
    """A name whose level the segmenter cut off and glued to the word after it (洞头|区为, as
    洞头区 + 为): a place by form once joined."""
    if i + 1 >= len(window):
        return False
    nxt = window[i + 1]
    return (len(nxt.word) > 1 and nxt.word[0] in _PLACE_SUFFIX_TOKENS and nxt.start == window[i].end
            and nxt.word[1:] in _AFTER_GLUED_LEVEL and is_place_token(window[i].word + nxt.word[0]))


_AFTER_GLUED_LEVEL = frozenset(("为", "是", "的", "达", "在", "有"))


def _zone_follows(window: Sequence[Tok], i: int) -> bool:
    """A zone's proper name the segmenter cut from its kind (九华|经开区, 临空|高新区: the city's
    zone named 九华), the kind right after it: one place once joined. Not a level or a scope
    (国家级经开区, 全市经开区: a class of zones)."""
    if i + 1 >= len(window):
        return False
    t, nxt = window[i], window[i + 1]
    return (nxt.word in _ZONE_KINDS and nxt.start == t.end and t.pos in _NAME_TAGS
            and 2 <= len(t.word) <= 4 and not t.word.endswith(_LEVEL_ENDS)
            and "\u4e00" <= t.word[0] <= "\u9fff")


_ZONE_KINDS = frozenset(("经开区", "高新区", "开发区", "合作区", "自贸区", "综保区", "新区"))
_NAME_TAGS = frozenset(("nz", "ns", "nr", "nrt", "nt", "j"))
_LEVEL_ENDS = ("级", "类", "内", "全", "各")


_NAME_BRACKET = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)][\u4e00-\u9fff]")


def _bracketed_in_name(text: str, start: int, end: int) -> bool:
    """A place in brackets inside a proper name, or the word the brackets follow (中国（青岛）国际
    物流博览会, 中国（绵阳）科技城): the name's places, not the figure's subject."""
    inside = (start >= 2 and text[start - 1] in "（(" and text[end : end + 1] in "）)"
              and "\u4e00" <= text[start - 2] <= "\u9fff"
              and "\u4e00" <= text[end + 1 : end + 2] <= "\u9fff")
    if inside:
        return True
    found = _NAME_BRACKET.match(text, end)
    return found is not None and is_place_token(found.group()[1:-2])


# 等 closing a list of examples (…、株洲神农城等12个集聚区, …、岳阳楼等景区; not 等级, 等于)
_EXAMPLES_CLOSE = re.compile(r"等(?![级待于同候])")


_LIST_MARKS = "、和与及"
# a place, then 等 and a count: an example of the class counted (定远县等4个县的27个行政村)
_CLASS_COUNTED = re.compile(r"等[\d一二三四五六七八九十两几]")
# a trading partner after 对 / 自 / 输往 and before the trade it names (对中国大陆及香港出口, 自东协
# 进口, 对日本入超, 对马来西亚、印度尼西亚和泰国等东盟市场的出口, 输往日本的整体出口货值): part of
# the figure's name, not its place
_TRADE_PARTNER = re.compile(r"(?:[对對自]|[输輸运運销銷]往)(?P<who>[^，,；;。\d]{1,24}?)"
                            r"(?:出口|进口|進口|贸易|貿易|出超|入超|顺差|逆差|順差|进出口|進出口)")


# a list of source markets with a figure in brackets after each, closed by the visitors it
# counts: （12.1万人次）、菲律宾（7.8万人次）及泰国（4.6万人次）旅客
_IN_BRACKET = r"(?:[^（）()，,；;。]|(?<=\d),(?=\d)){1,16}"  # (18,942人次: a thousands comma)
_SOURCE_MARKETS = re.compile(
    rf"[（(]{_IN_BRACKET}[）)](?:(?:、|及|和|与|以及)[\u4e00-\u9fff]{{1,10}}[（(]{_IN_BRACKET}"
    r"[）)])*(?:旅客|游客|访客|旅客人次|游客人次)")
# visitors named by where they come from, the place glued before them (香港团客及国际团客分别有…,
# 中国内地团客, 中国内地留宿旅客, 台湾旅客, a hotel's 香港住客): part of the name; not a station's
# or an airport's own traffic (广州旅客发送量)
# (中东海湾合作委员会国家旅客: a group of countries the place opens, then the visitors; 日本及印尼
# 旅客: a list of the places they come from)
_VISITORS_FROM = re.compile(
    r"(?:(?:、|及|和|与)[\u4e00-\u9fff]{1,6}?)?(?:[\u4e00-\u9fff]{1,10}?(?:国家|地区))?"
    r"(?:内地)?(?:留宿|不过夜|过夜|入境|出境)?(?:旅客|游客|团客|访客|住客)(?!吞吐|发送|运输|周转|到达|量)")
# the people who crossed a border, named by where they live (持…签注入境的珠海市及横琴…居民有
# 186,204人次): the crossing, 的, the place, then the people (up to 16 characters on)
_CROSSED = re.compile(r"(?:入境|出境|过境|来访)的[^，,；;。\d]{0,12}$")
_PEOPLE_AFTER = re.compile(r"[^，,；;。\d]{0,16}?(?:居民|旅客|游客|访客)")


def _crossed_from(text: str, start: int, at: int, end: int) -> bool:
    """The place at [at, end) names where the people a crossing counts live (经关闸入境的珠海市
    居民, 出境的内地居民): the visitors' origin, part of the name (as 韩国旅客), not the place of
    the figure (the arrivals are the text's own)."""
    return "的" in text[start:at] and _CROSSED.search(text, start, at) is not None and (
        _PEOPLE_AFTER.match(text, end) is not None)


# a firm's registered name the place opens (江西赣照照明科技有限公司以218.46万元中标): the firm's
_FIRM_NAME = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:股份有限公司|有限责任公司|有限公司)")
_FIRM_WINDOW = 24  # characters a firm's name runs to after its place (cheap test)


def _opens_firm(text: str, end: int) -> bool:
    """The place ending at ``end`` opens a firm's registered name (江西|赣照照明科技有限公司,
    深圳市|腾讯计算机系统有限公司): a firm is named after where it was registered, its figures
    (a winning bid, its sales) are the firm's, not the place's."""
    return "有限" in text[end : end + _FIRM_WINDOW] and _FIRM_NAME.match(text, end) is not None


# the places a list says things come from (来自日本（8.2万人次）、美国（5.1万人次）)
_FROM_ORIGIN = re.compile(r"来自(?:[^，,；;。]{0,40}[、和及与])?$")


def _listed_partner(text: str, start: int, end: int, place: str) -> bool:
    """The place a 分别 list pairs with a figure is one of the trading partners a partner phrase
    of [start, end) lists (对韩国、日本分别进出口158.4亿元、97.6亿元), or where the visitors it
    counts come from (香港团客及国际团客分别有…): part of the figure's name, not its place (the
    trade, the visitors are the text's own, or the place's named before 对)."""
    if any(place in m.group("who") for m in _TRADE_PARTNER.finditer(text, start, end)):
        return True
    at = text.find(place, start, end)
    return at >= 0 and (_VISITORS_FROM.match(text, at + len(place)) is not None
                        or _elliptic_list(text, at))


# the places of a list before the one at its end: names parted by list marks
_LIST_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{1,8}[、和及与])*$")


def _elliptic_list(text: str, at: int) -> bool:
    """The place at ``at`` is in a list opening its clause, after clauses naming partners
    (来自美国接单…；来自中国大陆及香港接单…；欧洲、东协分别为83.2亿美元、74.5亿美元): the next
    partners, their trade word left out (as :func:`_elliptic_partner`'s one place)."""
    opener = max(text.rfind(c, 0, at) for c in _CLAUSE_OPENERS)
    if opener < 0 or _LIST_HEAD.fullmatch(text, opener + 1, at) is None:
        return False
    return _PARTNER_BEFORE.search(text, 0, opener) is not None


def _in_trade_partner(text: str, start: int, at: int, end: int) -> bool:
    """The place at ``at`` is named in a trading partner phrase of [start, end)."""
    return any(m.start("who") <= at < m.end("who")
               for m in _TRADE_PARTNER.finditer(text, start, end))


# a figure in brackets right after a place (越南（上升46.2%）、印度（上升27.4%）)
_FIGURE_BRACKET = re.compile(r"[（(][^（）()，,；;。]{0,16}?\d[^（）()]{0,16}?[）)]")


def _bracketed_partner(text: str, end: int) -> bool:
    """The place ending at ``end`` carries its own figure in brackets, in a sentence naming a
    trade's partners (输往…主要目的地的整体出口货值显著上升，特别是越南（上升46.2%）、印度（上升
    27.4%）及内地（上升15.1%）; 输往荷兰（上升21.7%）及美国（上升3.9%）的货值上升): a destination
    or origin of the trade, listed with its own rate, part of the figure's name, never its
    place; for any figure after it (the next item's is not the place before's)."""
    return (_FIGURE_BRACKET.match(text, end) is not None
            and _TRADE_PARTNER.search(text) is not None)


@cache
def _funds_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The verbs of winning funds and the words naming funds (lexicon.yaml, places:
    funders_after, funds)."""
    places = load_yaml(LEXICON_PATH.read_text(encoding="utf-8")).get("places") or {}
    return (tuple(str(w) for w in places.get("funders_after") or ()),
            tuple(str(w) for w in places.get("funds") or ()))


def _funder(text: str, start: int, at: int, end: int, number_at: int) -> bool:
    """The place at [at, end) follows a verb of winning funds and the funds are named after it,
    before the figure (全年争取天津市东西部协作财政援助资金1.26亿元, 获得北京市科技计划项目资助):
    a programme of another place paying for the text's own work, the funder part of the
    figure's name (a county's report counting what it won from its partner city). The figure,
    and those after it in the sentence, stay the text's own."""
    verbs, funds = _funds_words()
    if not text.endswith(verbs, start, at):
        return False
    between = text[end:number_at]
    return any(f in between for f in funds)


# a partner named before in the sentence (来自美国接单…；, 对日本出口…，)
_PARTNER_BEFORE = re.compile(r"来自|" + _TRADE_PARTNER.pattern)


def _elliptic_partner(text: str, at: int, end: int, number_at: int) -> bool:
    """A place opening its clause right before its figure, after clauses naming partners
    (来自美国接单243.7亿美元…；歐洲86.1億美元，年增18.4%；東協…): the next partner, its trade
    word left out, no place of the figure."""
    return (at > 0 and text[at - 1] in _CLAUSE_OPENERS and not text[end:number_at].strip()
            and _PARTNER_BEFORE.search(text, 0, at) is not None)


_CLAUSE_OPENERS = "；;，,"


# a rank taken in a field of the scope named before it (在…全省法院执行工作考核中位列第3名, 在全国
# …评比中排名第5): the words of the field, 中 / 里, a rank verb, then the rank
@cache
def _ranked_within_pattern() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in metric_lexicon().rank_verbs)
    return re.compile(rf"[^，,；;。在]{{0,30}}[中里](?:{verbs})第?")


def _ranked_within(text: str, end: int, number_at: int) -> bool:
    """The place closing at ``end`` opens the field (an assessment, a contest, a list) a rank at
    ``number_at`` is taken in (全省法院执行工作考核中位列第3名): the rank is the text's own
    body's, the place only the scope it is ranked within (as 居全省第3). Not a place before the
    field's 在 (苏州在全省…评价中位列第1名): the one ranked."""
    return ("中" in text[end:number_at] or "里" in text[end:number_at]) and (
        _ranked_within_pattern().fullmatch(text, end, number_at) is not None)


_BEFORE_PAIRED = frozenset(("分别", "为", "分别为", "均为", "各为"))


def partner_goes_on(toks: Toks, text: str, pos: int, prior_names: Sequence[str | None]) -> bool:
    """A place opening the sentence right before its figure (欧洲86.1亿美元，年增18.4%；), or a
    list of places before 分别为 (欧洲、东协分别为83.2亿美元、74.5亿美元), after a sentence ended
    with ； whose figures are a partner's (来自中国大陆及香港接单…；): the next partners, their
    trade word left out, no place of the figure."""
    window = tokens_in(toks, 0, pos)
    paired = next((i for i, t in enumerate(window) if t.word in _BEFORE_PAIRED), None)
    if paired:
        window = window[:paired]  # 欧洲、东协分别为83.2亿美元、74.5亿美元: the list before 分别为
    if (not window or window[0].start != 0 or len(window) % 2 == 0
            or not all(is_place_token(t.word, t.pos) for t in window[::2])
            or not all(t.word in _LIST_MARKS for t in window[1::2])):
        return False
    return any(name and (_PARTNER_BEFORE.search(name) is not None or is_place_token(name))
               for name in prior_names)


# a clause opening with a count of places summed (5省市合计占国内总量的62.7%, 三省共计): the
# total of a list, no one place's figure
_LIST_TOTAL = re.compile(r"[\d一二三四五六七八九十两]+个?"
                         r"(?:省区市|省市|省份|省|城市|市|地区|区县|县|区)(?:合计|共计|总计|合共|共)")
# a clause opening with a sum (合计占全省的77.6%) after one pairing places with figures
# (福州、厦门、泉州…分别为398.2亿元、312.6亿元和286.9亿元，): the list's total, no one place's
_SUM_OPENING = ("合计", "共计", "总计", "合共")
_PAIRING_WORDS = ("分别", "依次")


# an adverb saying a figure holds for each of several (与第十名南京的差距均在800亿元以内)
_EACH_ADVERBS = frozenset(("均", "都", "皆"))


def _sums_list(text: str, task_start: int, comma_start: int,
               comma_toks: Sequence[Tok] = ()) -> bool:
    """The clause at ``comma_start`` opens with a sum (合计占…) or says its figure holds for
    each (…，与第十名南京的差距均在…) and the one before pairs a list: no one place's figure."""
    return (text.startswith(_SUM_OPENING, comma_start)
            or any(t.word in _EACH_ADVERBS and t.pos == "d" for t in comma_toks)) and any(
        text.find(w, task_start, comma_start) >= 0 for w in _PAIRING_WORDS)


# a count of places (22个城市, 31个省) after a scope (全国) where things lie: their spread
_SPREAD_OVER = ("于", "在", "覆盖", "遍布", "遍及")
_PLACES_COUNTED = re.compile(
    r"[\d一二三四五六七八九十两]+个?(?:省区市|省市|省份|省|城市|市|地区|区县|县|区|国家)")
# a scope's level or standard the figure is a share or multiple of (全国平均水平的六成, 全国工业
# 用地出让最低价标准的70%): the words after the scope, 的, then the figure
_BASE_OF_FIGURE = re.compile(r"[^，,；;。:：]{1,16}的(?:约|近|超过|不到)?")
# a market index named after a scope (全球主要债券指数, 全球股票指数): the scope, then the index
# (全国居民消费价格指数 is the country's own prices: 全国 stays its subject)
_INDEX_NAMED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:债券|股票|股市|股价|商品|期货)指数")
# 世界500强, 中国500强, 全国百强: a ranking's list of firms
_RANKING_LIST = re.compile(r"(?:\d{2,4}|[百千])强")
# a destination and the places listed with it (赴长三角、粤港澳大湾区开展招商推介, 前往…; 到 opening
# its phrase: 其中…，到成渝地区双城经济圈就业的占46.3%, not 达到 or 受到), however many (检查组先后
# 赴长沙、株洲、衡阳、岳阳、常德、郴州6个市（州）: each item up to 14 characters)
# a place inside which a deed is done (在湖南省内就业, 在市内就读): the deed's, not the figure's
_AT = "在"
_WITHIN = re.compile(r"(?:省|市|县|区)?(?:内|以内|境内)")
_DESTINATION = re.compile(
    r"(?:赴|前往|(?:(?<=[，,；;、：:的中])|(?<![\s\S]))到)(?:[^，,；;。\d、]{1,14}、){0,12}"
    r"[^，,；;。\d、]{0,14}$")
# a clause ending in 的是 + a short name (最大的是临沂市，为…): the name is what the figure is of
_NAMED_AFTER_SHI = re.compile(r"的是[^，；。的]{2,8}，$")
_REACHES = "达"
# a comma clause ending in a superlative (南通浓度最低，徐州最高，): whose the figure after 为 is
SUPERLATIVE_CLAUSE = re.compile(r"[^，,；;。]{1,12}最[高低大小多少快慢]，$")
# a clause ranking what it names first (其中北京市换电站数量居首，为412座): the place of the figure
# after 为, as before a superlative
_FIRST_CLAUSE = re.compile(
    r"[^，,；;。]{1,12}(?:居首|居首位|位居首位|居第一位?|位居第一|位列第一|排名第一|排在首位)，$")
# a clause ending with where a record was measured (最大过程降水量出现在保定市涞源县，为586.3毫米):
# the place of the figure after 为
_SITE_CLAUSE = re.compile(r"(?:(?:出现|发生|测得)(?:在|于)|位于)[^，,；;。\d]{2,12}，$")
# a record's day and site in brackets right after its figure (最大冰雹直径45毫米（7月9日，承德市
# 围场县）, （承德市围场县，7月9日）): the figure's number, unit, then the bracket
_DAY = r"(?:\d{4}年)?\d{1,2}月\d{1,2}日"
_FIGURE = r"[-−－+]?[\d.,]+[^\d（(，,；;。、\s]{0,6}"  # a figure: its number and its unit
_SITE_AFTER = re.compile(
    rf"{_FIGURE}[（(]"
    rf"(?:{_DAY}[，,、](?P<after>[\u4e00-\u9fff]{{2,12}})|(?P<before>[\u4e00-\u9fff]{{2,12}})[，,、]{_DAY})"
    r"[）)]")
_CENSUS = ("人口普查", "经济普查", "农业普查", "污染源普查")
# a clause ending with a plot of land it names (…号地块，, …宗地，)
_PLOT_NAMED = re.compile(r"(?:地块|宗地)[，,]$")


def short_place(name: str) -> str:
    """A subject as places are named in the warehouse: 宁德市 → 宁德, 四川省 → 四川 (the level of a
    city or province is dropped when two characters or more remain: 攸县, 和平区 keep theirs);
    a 州 whose name is known bare too (柔佛州 → 柔佛, a state written bare as its press writes
    it; 杭州 stays); an autonomous region or prefecture without its level and peoples, as the
    home is written (新疆维吾尔自治区 → 新疆, 恩施土家族苗族自治州 → 恩施; an autonomous
    county keeps them, as a county keeps 县)."""
    if any(name.endswith(level) and len(name) > len(level) for level in _WIDE_LEVELS):
        return home_stem(name)
    if len(name) >= 3 and (name[-1] in _SHORT_LEVELS or (
            name[-1] == _STATE and name[:-1] in metric_lexicon().place_names)):
        return name[:-1]
    return name


_SHORT_LEVELS = ("市", "省")
_WIDE_LEVELS = ("自治区", "自治州")
_STATE = "州"


TOPIC_CLAUSE = 10  # characters (with its comma) of a first clause that only names a topic
# a comparison's frame opening a sentence (与去年同期相比，), before its topic's clause
_FRAME_OPENS = ("与", "和", "同")
_COMPARISON_FRAME = re.compile(r"[与和同][^，,。；;]{1,10}相比[，,]")
_FRAMED_TOPIC = 16  # characters (with its comma) of the topic's clause after the frame
# a clause naming the source of what follows (…统计显示，, …介绍，)
_SOURCE_CLAUSE = re.compile(r"(?:显示|表示|介绍|获悉|指出|透露|称)[，,：:]?$")


def topic_place(
    toks: Toks, text: str, start: int, end: int, home_place: str | None
) -> str | None:
    """The place that opens the clause [start, end) (洛阳紧随其后), if one does; not the place
    of who reports the figures (郑州海关统计显示，)."""
    if _SOURCE_CLAUSE.search(text, start, end) is not None:
        return None
    window = tokens_in(toks, start, end)
    if not window or window[0].start != start:
        return None
    first = window[0]
    if not (first.pos.startswith("ns") or is_place_token(first.word, first.pos)):
        return None
    return named_subject(toks, text, start, first.end + (
        1 if len(window) > 1 and window[1].word in _PLACE_SUFFIX_TOKENS else 0), home_place,
        window[:2]) or None


def _place_done_in(toks: Toks, text: str, start: int, end: int,
                   home_place: str | None) -> str | None:
    """The place a clause of [start, end) names right after the company speaking of itself and
    于 / 在 (本集团于浙江省宁波市…新增一幅住宅用地): where what the figures after measure was
    done."""
    found = _DONE_IN.search(text, start, end)
    if found is None or _opening_place(toks, found.end(), end) is None:
        return None
    return named_subject(toks, text, found.end(), end, home_place) or None


def _opening_place(toks: Toks, at: int, end: int) -> Tok | None:
    """The word that opens [at, end) when it is a place (tagged ns or a known place), else None."""
    window = tokens_in(toks, at, end)
    if not window or window[0].start != at:
        return None
    first = window[0]
    return first if first.pos.startswith("ns") or is_place_token(first.word, first.pos) else None


_DONE_IN = re.compile(r"(?:本集团|本公司|公司|集团)(?:于|在)")
_IN = "在"
# one of the place's establishments or people opening the sentence (苏州一家连锁酒店负责人告诉
# 记者，…该店周末入住率…, 成都某商场负责人介绍，): the figures it gives are of that place
_ONE_OF_ITS = frozenset(("一家", "某", "一位", "一名", "某家"))


def _leading_place(toks: Toks, text: str, start: int, end: int,
                   home_place: str | None) -> str | None:
    """The place that opens the sentence [start, end) as its agent, 在 right after it (扬州在第5轮
    推出…), as the place of the one who speaks (苏州一家酒店负责人…), or as its setting, a clause
    of its own after 在 (在苏州，)."""
    window = tokens_in(toks, start, end)
    setting = bool(window) and window[0].word == _IN and window[0].start == start
    at = 1 if setting else 0
    if len(window) <= at + 1 or (not setting and window[0].start != start):
        return None
    place, after = window[at], window[at + 1]
    if not (place.pos.startswith("ns") or is_place_token(place.word, place.pos)):
        return None
    if setting and not (after.word in "，," and after.end == end):
        return None
    if not setting and after.word != _IN and after.word not in _ONE_OF_ITS:
        return None
    return named_subject(toks, text, place.start, place.end, home_place,
                         window[at : at + 1]) or None


# who holds a company's shares, a body named after its place (第一大股东长沙市财政局, 控股股东
# 某市国资委, 实际控制人…)
_HOLDERS = ("股东", "控制人")
# a case's moment opening its sentence (8月14日10时20分许，, 9月3日凌晨，, 3日14时左右，), after
# the case's label (案例一：2025年7月，, 案例二：2025年8月12日，: a month with its year too)
_MOMENT_CLAUSE = re.compile(
    r"(?:【?案例[一二三四五六七八九十\d]+】?[：:]?)?"
    r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日"
    r"(?:\d{1,2}时(?:\d{1,2}分)?|[凌清早上中下傍夜][晨午上晚间]|晚间?)?|\d{4}年\d{1,2}月)"
    r"(?:许|左右)?[，,]")


def _case_place(toks: Toks, text: str, start: int, end: int,
                home_place: str | None) -> str | None:
    """The place that opens the clause after a case's moment (8月14日10时20分许，顺德区某企业…
    发生…，造成1人死亡): where the case happened, the subject of its figures."""
    moment = _MOMENT_CLAUSE.match(text, start)
    if moment is None or moment.end() >= end:
        return None
    place = _opening_place(toks, moment.end(), end)
    if place is None:
        return None
    return named_subject(toks, text, place.start, place.end, home_place, [place]) or None


def _learn_subject_word(word: str) -> bool:
    """Whether :func:`named_subject` may act on a token of this word whatever its tag and the home
    place's stem: a region head, 都市圈, a home alias of any level or a place by form."""
    if len(_SUBJECT_WORDS) > _MAX_KNOWN_WORDS:
        _SUBJECT_WORDS.clear()
    acts = _SUBJECT_WORDS[word] = (word in _REGION_HEADS or word == _HOME_REGION
                                   or word in _home_words() or is_place_token(word))
    return acts


@cache
def _home_words() -> frozenset[str]:
    """Every word :func:`.place_names.is_home` takes for a home alias, whatever the home."""
    lex = metric_lexicon()
    return lex.home_aliases.union(*lex.level_aliases.values())


_MAX_KNOWN_WORDS = 200_000


_SUBJECT_WORDS: dict[str, bool] = {}  # word -> _learn_subject_word(word)


_WHOLE_OF = {"市": "全市", "省": "全省"}  # after a place of that level named in the sentence


def _speaks_of_itself(comma_toks: Sequence[Tok]) -> bool:
    """The clause opens with the word a company's text speaks of itself with (公司, 本公司): its
    figure is the text's own, not the place's named in the clause before."""
    return bool(comma_toks) and comma_toks[0].word in metric_lexicon().company_self


def _named_before_wei(toks: Toks, text: str, task_start: int, comma_start: int,
                      home_place: str | None) -> str | None:
    """…，为N: the place the clause before names as the one the figure is of, after 的是
    (年降水量最大的是临沂市，为1105.3毫米), before a superlative (南通浓度最低，为34), a first
    rank (北京市换电站数量居首，为412座) or as where a record was measured (最大过程降水量出现在
    保定市涞源县，为586.3毫米)."""
    if _NAMED_AFTER_SHI.search(text, task_start, comma_start) is not None:
        return named_subject(toks, text, task_start, comma_start, home_place)
    found = (SUPERLATIVE_CLAUSE.search(text, task_start, comma_start)
             or _FIRST_CLAUSE.search(text, task_start, comma_start)
             or _SITE_CLAUSE.search(text, task_start, comma_start))
    if found is None:
        return None
    return named_subject(toks, text, found.start(), comma_start, home_place)


# a figure's site written right after it: alone in brackets (14.6℃（泗水县）～15.8℃（微山县）), or
# in the next clause as where the record occurred (年极端最高气温41.3℃，出现在金乡县（7月12日）)
_SITE_NEXT = re.compile(
    rf"{_FIGURE}(?:[（(](?P<alone>[\u4e00-\u9fff]{{2,12}})[）)]"
    r"|[，,](?:出现在|出现于|发生在|发生于|位于)(?P<at>[\u4e00-\u9fff]{2,12}?)(?=[（(，,；;。]|$))")


def _site_right_after(text: str, pos: int, home_place: str | None) -> str | None:
    """The place a figure at ``pos`` was measured at, written right after it: alone in
    brackets (全市年平均气温在14.6℃（泗水县）～15.8℃（微山县）之间: each end of a range across
    places is its county's) or as where it occurred in the next clause (年极端最低气温-13.6℃，
    出现在泗水县（1月9日）); a place the words hold whole, else None. It names the figure's own
    place, over one its clause named before (the range's other end's)."""
    if "（" not in text[pos : pos + 24] and "出现" not in text[pos : pos + 24] and (
            "发生" not in text[pos : pos + 24] and "位于" not in text[pos : pos + 24]):
        return None  # (cheap: neither a bracket nor such a clause right after)
    found = _SITE_NEXT.match(text, pos)
    if found is None:
        return None
    site = found.group("alone") if found.group("alone") is not None else found.group("at")
    # (read whole, not by named_subject: its bracketed name rule takes 毫米（永昌县）之间 for a
    # name's bracket; a site holding more than a place, 金乡县气象站, is none)
    return site if is_place_token(site) and not is_home(site, home_place) else None


def _site_in_brackets(toks: Toks, text: str, pos: int, home_place: str | None) -> str | None:
    """The place a record was measured at, written with its day in brackets right after the
    figure at ``pos`` (最大冰雹直径45毫米（7月9日，承德市围场县）): a place the bracket holds
    whole (not （7月9日，全省平均）), else None."""
    if "日" not in text[pos : pos + 40]:
        return None  # (cheap: no day, no such bracket)
    found = _SITE_AFTER.match(text, pos)
    if found is None:
        return None
    start, end = found.span("after" if found.group("after") is not None else "before")
    place = named_subject(toks, text, start, end, home_place)
    return place if place and text.endswith(place, start, end) else None


# a clause ending with one name after 为 / 是 (新晋城市为无锡，, 增速最快的是合肥，), or with where
# something opened (全省第12家离岛免税店在万宁开业，): the place the figures of the clauses after
# are of
_IDENTIFIED = re.compile(
    r"(?:(?<=[为是])(?P<name>[^，,；;。、和及与]{2,8})"
    r"|在(?P<site>[\u4e00-\u9fff]{2,8}?)(?:正式|顺利)?"
    r"(?:开业|开园|开馆|开工|投产|投运|落地|揭牌|启用|开通|开幕))[，,]$")


def _identified_before(toks: Toks, text: str, task_start: int, comma_start: int,
                       home_place: str | None) -> str | None:
    """The place the clause right before names, whole, after 为 / 是 (万亿城市…，新晋城市为无锡，
    前三季度GDP为…) or as where something opened (…在万宁开业，当月即实现销售额…): what the
    figures after, naming none, are of."""
    found = _IDENTIFIED.search(text, task_start, comma_start)
    if found is None:
        return None
    start, end = found.span("name" if found.group("name") is not None else "site")
    place = named_subject(toks, text, start, end, home_place)
    return place if place and text[start:end] in (place, place + "市") else None


def _names_a_list(toks: Toks, text: str, start: int, end: int, home_place: str | None,
                  window: Sequence[Tok]) -> bool:
    """The clause [start, end) names places, the last closing a list of them (琼海、万宁两地):
    a figure of them all."""
    return any(m in text[start:end] for m in _LIST_MARKS) and bool(
        named_subject(toks, text, start, end, home_place, window))


def subject_of(toks: Toks, text: str, pos: int, list_place: str | None, home_place: str | None,
               task_start: int, comma_start: int, comma_toks: Sequence[Tok],
               last: str | None, first: bool, anaphor: str | None,
               firms: Collection[str] = ()) -> str | None:
    """The place the number at ``pos`` is about: the one its 分别 list pairs with it, else the
    last one its clause names, else the last subject of the sentence (``last``; ``first``: no
    number before it), else the place 该市 stands for. ``""``: the home place. The country's
    name opening a firm's (``firms``: :func:`.home.country_firms`; 中国宏建实现营业收入…) is
    none."""
    subject = _subject_of(toks, text, pos, list_place, home_place, task_start, comma_start,
                          comma_toks, last, first, anaphor)
    if subject and firms and _names_firm_only(subject, text, pos, firms):
        return None
    if not subject:
        subject = _breakdown_member(text, comma_start, home_place) or subject
    return subject


# a sentence broken down by places of a level (分县区看，, 分市州看，, 分设区市看，) and a clause
# opening with a name of that level: the member its figures are of, whatever the segmenter
# made of the name (平|城区接待游客218.7万人次: 城区 alone names no place)
_BREAKDOWN = re.compile(r"分(?:设区)?(?P<levels>[县市区州镇乡]{1,2})看[，,]")
_MEMBER = re.compile(r"(?P<name>(?![全各其该本我])[\u4e00-\u9fff]{2,4}?(?P<level>[县市区州镇乡]))"
                     r"(?=[\u4e00-\u9fff])")


def _breakdown_member(text: str, comma_start: int, home_place: str | None) -> str | None:
    """The place of the breakdown's level that opens the clause at ``comma_start`` in a
    sentence opening 分县区看， (its members listed clause by clause), else None."""
    head = _BREAKDOWN.match(text)
    if head is None or comma_start < head.end():
        return None
    found = _MEMBER.match(text, comma_start)
    if found is None or found.group("level") not in head.group("levels"):
        return None
    name = found.group("name")
    return None if is_home(name, home_place) else name


def _names_firm_only(place: str, text: str, pos: int, firms: Collection[str]) -> bool:
    """``place`` is written before ``pos`` only as the opening of a firm's name (中国|宏建)."""
    at = [m.start() for m in re.finditer(re.escape(place), text[:pos])]
    return bool(at) and all(in_country_firm(text, i, firms) for i in at)


def _subject_of(toks: Toks, text: str, pos: int, list_place: str | None, home_place: str | None,
                task_start: int, comma_start: int, comma_toks: Sequence[Tok],
                last: str | None, first: bool, anaphor: str | None) -> str | None:
    """:func:`subject_of`, firms aside."""
    if list_place is not None and not _listed_partner(text, task_start, pos, list_place):
        subject: str | None = "" if is_home(list_place, home_place) else list_place
    else:  # (a 分别 list of trading partners, 对韩国、日本分别进出口…: the partners pair no place)
        subject = named_subject(toks, text, comma_start, pos, home_place, comma_toks, joint=True)
        if subject is None and _names_a_list(toks, text, comma_start, pos, home_place, comma_toks):
            subject = ""  # 琼海、万宁两地离岛免税店合计…14.3亿元: the list's figure, no one
            # place's, nor the one the clause before named
    if not subject:
        # …45毫米（7月9日，承德市围场县）: where the record was measured, the clause's place or
        # the home's scope (全省最大冰雹直径) being wider
        subject = _site_in_brackets(toks, text, pos, home_place) or subject
    # …在14.6℃（泗水县）～15.8℃（微山县）之间, …41.3℃，出现在金乡县（7月12日）: the figure's site
    subject = _site_right_after(text, pos, home_place) or subject
    if subject is None and comma_start > task_start and (text.startswith("为", comma_start) or (
            text.startswith(_REACHES, comma_start)
            and _NAMED_AFTER_SHI.search(text, task_start, comma_start) is not None)):
        # (累计降雨量最大的是阳西县溪头站，达512.7毫米: 达 as 为 after 的是)
        subject = _named_before_wei(toks, text, task_start, comma_start, home_place)
    if (subject is None and home_place is None and comma_start > task_start
            and _speaks_of_itself(comma_toks)
            and _place_done_in(toks, text, task_start, comma_start, home_place) is None):
        subject = ""  # …全国全社会用电量增长5.0%，公司发电量增速…: the company's own figure
        # (not after 本集团于宁波市新增…用地，…: the place it acted in holds)
    if (subject is None and comma_start > task_start
            and _LIST_TOTAL.match(text, comma_start) is None
            and not _sums_list(text, task_start, comma_start, comma_toks)):
        subject = _identified_before(toks, text, task_start, comma_start, home_place)
        if subject is None:
            subject = last  # 德阳市GDP增长6%，工业增长5%: the place carries over
        if subject is None and first and comma_start - task_start <= TOPIC_CLAUSE:
            # 洛阳紧随其后，一季度实现…: a place that leads a short first clause is the
            # sentence's topic
            subject = topic_place(toks, text, task_start, comma_start, home_place)
        if subject is None and first and text.startswith(_FRAME_OPENS, task_start) and (
                frame := _COMPARISON_FRAME.match(text, task_start)) is not None and (
                comma_start - frame.end() <= _FRAMED_TOPIC):
            # 与去年同期相比，阜阳市水质改善幅度最大，水质指数下降8.6%: the place leading the
            # clause after a comparison's frame is the sentence's topic
            subject = topic_place(toks, text, frame.end(), comma_start, home_place)
        if subject is None and first:
            # 本集团于浙江省宁波市…新增一幅住宅用地，总建筑面积约12.8万平方米: where the clause
            # before says it was done
            subject = _place_done_in(toks, text, task_start, comma_start, home_place)
        if subject is None and first:
            # 扬州在第5轮推出…活动，当天接待游客…; 在苏州，比赛日当晚…: the sentence's agent
            # or its setting
            subject = _leading_place(toks, text, task_start, comma_start, home_place)
        if subject is None and first:
            # 8月14日10时20分许，顺德区某企业…发生一起事故，造成1人死亡: where a case dated by
            # its moment happened
            subject = _case_place(toks, text, task_start, comma_start, home_place)
        if subject is None and first and _PLOT_NAMED.search(text, 0, comma_start) is not None:
            # 本场最受关注的是武侯区簇桥街道…号地块，净用地面积约46.8亩: the figures after
            # describe the plot, which lies in the place its clause names
            subject = named_subject(toks, text, 0, comma_start, home_place) or None
    elif (subject == "" and last and last[-1] in _WHOLE_OF
            and _WHOLE_OF[last[-1]] in text[comma_start:pos]
            and not (home_place and home_place.rstrip("市省") in text[comma_start:pos])):
        subject = last  # 宁德市…增长11.5%，锂电产值占全市工业的比重…: 全市 is 宁德's
    if anaphor is not None and (subject is None or (
            subject == "" and (_zone_at_head(text) is not None
                               or _WHOLE.search(text, 0, pos) is not None))) and refers_back(
            text, pos):
        subject = anaphor  # 该市 names the place of the sentence before (a zone at the head
        # is where its figures are, whatever home's people it names: 在合作区…的澳门居民; 全区
        # in a city's text, the district its paragraph named)
    return subject
