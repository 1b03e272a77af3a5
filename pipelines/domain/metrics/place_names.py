"""Places by form in a phrase's words: a place and its level (德阳市, 攸县), the home place and the
words that stand for it (全市, 本港, 我国), towns and villages, and places that are part of a name
(苏州港, 烟台至大连航线, 对美国出口). Apart from the trimming because subjects, home and lists ask
the same questions of a place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.lexicon import metric_lexicon

_CIRCLE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:都市圈|经济圈|城市群)")


# per-word answers, kept for the process (a vocabulary repeats; bounded all the same): the bound
# of every such cache (trim_words' too)
MAX_KNOWN_WORDS = 200_000
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
        if len(_PLACE_WORDS) > MAX_KNOWN_WORDS:
            _PLACE_WORDS.clear()
        found = _PLACE_WORDS[word] = is_place(word) or word in metric_lexicon().place_names
    return found


# a trade partner: a place after 对/自/与/向/从 (对美国出口, 自日本进口) or right before a trade
# word (东盟进出口): part of what is measured, neither dropped from the name nor its subject
PARTNER_PREPS = frozenset(("对", "自", "与", "向", "从"))
_TRADE_WORDS = frozenset(("出口", "进口", "进出口", "出超", "入超", "贸易"))


def trade_partner(kept: Sequence[Tok], i: int) -> bool:
    """The place at ``i`` is a trade partner: a trade word follows it, right after it or, when
    a partner's preposition opens it, further on (对中国大陆的出口; not 向苏州市慈善总会捐赠, a
    recipient)."""
    if not is_place_token(kept[i].word):
        return False
    if i > 0 and kept[i - 1].word in PARTNER_PREPS:
        return any(t.word in _TRADE_WORDS for t in kept[i + 1 :])
    return i + 1 < len(kept) and kept[i + 1].word in _TRADE_WORDS


# a city's metro, museum or library named after it (南昌地铁日均客运量 in a province's text,
# 洛阳博物馆接待观众; session 32, rounds 99 and 102): a facility of another place keeps its name,
# the home's own one is named without the home (郑州地铁运营里程 in 郑州's text: 地铁运营里程)
CITY_FACILITY_WORDS = frozenset(("地铁", "博物馆", "图书馆", "美术馆", "科技馆", "大剧院"))

# a port, an airport or a border crossing named after its place (连云港港, 苏州港, 南京禄口国际机场,
# 横琴口岸): the place is part of the facility's name, not the subject of its figures; so is a
# source market of visitors, guests or buyers (香港旅客, 台湾游客, a hotel's 香港住客, 东盟采购商:
# where they come from, not where counted)
# (中国大陆的出口, 中国大陆访客: the mainland as a market, its name whole); and a brand's origin
# (中国品牌乘用车, 国产品牌: the brands of that place, sold anywhere)
FACILITY_WORDS = frozenset(("港", "港口", "港区", "机场", "国际机场", "空港", "国际空港", "口岸",
                            "旅客", "游客", "访客", "住客", "大陆", "品牌",
                            # (buyers at a fair by where they come from: 东盟采购商, 欧美客商)
                            "采购商", "客商",
                            # (a railway station named after its city: 南京南站加开动车组列车)
                            "站", "南站", "北站", "东站", "西站", "火车站", "高铁站",
                            # (a venue named after its city: 海口国际免税城单日最高销售额)
                            "国际",
                            # (a bridge named after its city: 厦门大桥日均车流量)
                            "大桥",
                            # (a company's plant named after its city: 淮安生产基地二期…项目)
                            "生产基地", "工厂")) | CITY_FACILITY_WORDS


def facility_follows(toks: Sequence[Tok], i: int) -> bool:
    """The place ``toks[i]`` names a facility: a facility word follows it, or one more name
    and then an airport (南京|禄口|国际机场); or a company named after it (中国国家铁路集团有限
    公司)."""
    if i + 1 >= len(toks) or toks[i + 1].start != toks[i].end:
        return False
    nxt = toks[i + 1].word
    if nxt in FACILITY_WORDS or _company_follows(toks, i) or _store_class_follows(toks, i) or (
            _market_follows(toks, i)) or _ranking_follows(toks, i):
        return True
    if i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end and (
            nxt + toks[i + 2].word in FACILITY_WORDS):
        return True  # 淮安|生产|基地: a facility word the tagger cut in two
    return (i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end
            and len(nxt) <= 3 and nxt not in LEVEL_TOKENS and toks[i + 2].word.endswith("机场"))


def _market_follows(toks: Sequence[Tok], i: int) -> bool:
    """The place at ``toks[i]`` opens a market's or a venue's name closing on 城 (中国|小商品|城,
    中国|轻纺城: a trade centre named after its country or city): its figures are the market's,
    the place part of its name, no subject (not 城市, 城区, 城镇: a place's own parts)."""
    words = toks[i + 1].word
    if i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end and toks[i + 2].word == "城":
        words += "城"
    return (len(words) >= _MARKET_NAME and words.endswith("城") and toks[i + 1].pos.startswith("n")
            and not toks[i + 1].pos.startswith("ns") and words not in LEVEL_TOKENS)


_MARKET_NAME = 3  # characters a market's name after its place holds at least (小商品城, 轻纺城)


def _ranking_follows(toks: Sequence[Tok], i: int) -> bool:
    """The place at ``toks[i]`` opens a ranking list's name (中国|500|强企业): the list is
    named after its country, the place part of its name, no subject."""
    return (i + 2 < len(toks) and toks[i + 1].word.isdigit()
            and toks[i + 2].start == toks[i + 1].end and toks[i + 2].word.startswith("强"))


# a class of stores named by the place it is the first of (全国首店3家, 安徽首店12家, 华中首店)
_STORE_CLASSES = ("首店", "首家门店", "旗舰店")


def _store_class_follows(toks: Sequence[Tok], i: int) -> bool:
    """The place at ``toks[i]`` opens a class of stores (全国|首店, 安徽|首|店): a name."""
    if "店" not in toks[i + 1].word and (i + 2 >= len(toks) or "店" not in toks[i + 2].word):
        return False  # (the cheap test first: no store word right after the place)
    words = toks[i + 1].word
    if i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end:
        words += toks[i + 2].word
    return words.startswith(_STORE_CLASSES)


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


LEVEL_TOKENS = frozenset(("市", "省", "县", "区", "州"))


_ROUTE_LINKS = frozenset(("至", "到", "—", "-", "－"))


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


def town_tokens(toks: Sequence[Tok]) -> int:
    """How many first tokens are a town: 1 (城关镇), 2 (双庙|乡: a name the segmenter does not
    know, cut from its level) or 0."""
    if toks and is_town(toks[0].word):
        return 1
    return 2 if len(toks) > 1 and is_town(toks[0].word + toks[1].word) else 0


@cache
def short_names() -> frozenset[str]:
    return metric_lexicon().short_names


# (全州 / 全盟: a prefecture's, a league's)
_TERRITORY = ("全市", "全省", "全县", "全区", "全镇", "全乡", "全州", "全盟")
# words a whole-territory word is the start of (全市场 the whole market, 全区域, 全县域)
_NOT_TERRITORY = ("全市场", "全区域", "全县域", "全省域")


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
                    indicator, len(name)) or _NAMED_MARKET.match(indicator, len(name)):
                break  # 中国品牌乘用车 in a national text: the home names the brand (as 苏州港;
                # 厦门高崎国际机场: an airport named after its city and its site)
            if indicator.startswith(_TRADE_STARTS, len(name)):
                break  # 美国出口 (对美国出口): a trade partner kept in the name, even when the
                # text names it most (the home's own 四川进出口 lost its 四川 in trim_phrase)
            return indicator[len(name) :]
    return indicator


_FACILITY_STARTS = tuple(sorted(FACILITY_WORDS))
# a market named after its place (义乌|小商品城平台, 绍兴|轻纺城; _market_follows)
_NAMED_MARKET = re.compile(r"[\u4e00-\u9fff]{2,4}城(?![市区镇乡])")
# one more name, then an airport (南京|禄口国际机场, 厦门|高崎国际机场, 西宁|曹家堡机场; not 全国
# 运输机场, 民用机场, 千万级机场: a class of airports)
_NAMED_AIRPORT = re.compile(
    r"(?!运输|民用|通用|支线|干线|枢纽|国际)(?:(?![级类型])[\u4e00-\u9fff]){2,3}(?:国际)?机场")
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
