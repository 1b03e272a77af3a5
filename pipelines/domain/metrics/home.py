"""The document's own place, when the caller does not know it.

A report speaks of its own city or province more than of any other place, and names it first
(in the title or the first lines). Its numbers carry no subject; other places' numbers do. The
level matters too: in a provincial report 全省 is the home, in a city's it is another scope.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import compress, repeat
from operator import is_
from pathlib import Path

from pipelines.domain.cleaning.script import script_and_simplified
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.place_names import (
    AUTONOMOUS_LEVELS,
    LONG_LEVELS,
    home_stem,
    is_place_token,
    is_town,
)

_LEVEL_SUFFIXES = (*LONG_LEVELS, "省", "市", "县", "州", "旗", "盟")
# an autonomous place (广西壮族自治区: AUTONOMOUS_LEVELS) is counted under its name alone (广西),
# with the bare name texts write it by, and named as first written with its level
_REGION = "自治区"
# (国: 全国, 我国, the words a national text speaks of itself with, end so too; 府: a place's
# government, one dictionary word: 浙江省人民政府, 成都市人民政府)
PLACE_SUFFIX_CHARS = frozenset("区省市县州旗盟国府")
# A place's government named as one word (浙江省人民政府 in a notice's title and signature)
# names the place: the issuer of a provincial notice that names no city more often is the
# province, not the first city its text mentions.
_GOVERNMENT = ("人民政府", "政府")


def _stem(word: str) -> tuple[str, str]:
    for suffix in _LEVEL_SUFFIXES:
        # (a county may have a one-character name: 攸县)
        if word.endswith(suffix) and len(word) - len(suffix) >= (1 if suffix == "县" else 2):
            return word[: -len(suffix)], suffix
    return word, ""


def _place_stem(word: str) -> tuple[str, str] | None:
    """(stem, level suffix) of a word naming a place that can be a home, else None (kept per
    word: a page names the same places again and again; the tag plays no part, see
    :func:`.place_names.is_place_token`)."""
    found = _STEMS.get(word, _UNKNOWN)
    if found is _UNKNOWN:
        if len(_STEMS) > MAX_KNOWN_WORDS:
            _STEMS.clear()
        found = _STEMS[word] = _find_stem(word)
    return found


def _find_stem(word: str) -> tuple[str, str] | None:
    word = _seat(word)
    if word in metric_lexicon().place_scopes or not is_place_token(word) or counts_places(word):
        return None
    stem, suffix = _stem(word)
    if stem.endswith(("圈", "群")):
        return None
    return (home_stem(word) if suffix in AUTONOMOUS_LEVELS else stem), suffix


def _seat(word: str) -> str:
    """The place a government is named after (浙江省人民政府 -> 浙江省), else the word."""
    for suffix in _GOVERNMENT:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


# the numerals a count of places closes with before its level (沪深北三市, 苏锡常三市, 两市)
_COUNT_NUMERALS = frozenset("一二三四五六七八九十两")
_COUNTED_LEVELS = frozenset("市省区县州地")


def counts_places(word: str) -> bool:
    """The word counts the places (or markets) of a group named before its numeral, whole or
    in part (沪深北三市, cut 沪|深北三市; 深沪两市): no place's own name ends with a numeral
    before its level, so it is neither a figure's place nor a text's home (a release on the
    three exchanges' turnover)."""
    return len(word) > 2 and word[-1] in _COUNTED_LEVELS and word[-2] in _COUNT_NUMERALS


_COUNTRY = "国"  # _ALIAS_LEVEL's level of 全国 / 我国
_ALIAS_LEVEL = {"全省": "省", "本省": "省", "我省": "省", "全市": "市", "本市": "市", "我市": "市",
                "全区": "区", "本区": "区", "我区": "区", "全县": "县", "本县": "县", "我县": "县",
                "全国": "国", "我国": "国"}
NATIONAL_HOME = "全国"  # the home of a text about the whole country (national figures' place)
NATIONAL_VOTES = 2  # 全国 / 我国 said at least this often, and no place is the home
_COMPANY_VOTES = 2  # a text speaking of itself as a company (school) at least this often
# a company's text speaking of itself this many times as often as of 全省 / 全市: those are where
# it works, not the text's own level
_COMPANY_SWAMPS = 3
# other places of the level of the one named most, in a text speaking of 全国 and of no 全市 /
# 全省 of its own: its parts (a national release on its cities), not its home's neighbours
_NATIONAL_PEERS = 3
_NATIONAL_MARGIN = 2  # times 全国 / 我国 outnumber the place named most in a national text
# 全国 / 我国 said this many times as often as 全省 / 全市 / 本省…: those are the parts' own
# (a province's text says 全省 far more often than its rankings' 居全国第N)
_SWAMPED = 8
# a text speaking of 全国 and naming this many places, none of them in a third of the mentions,
# compares the country's parts (the top cities' GDP, each with its figures): the country's
_COMPARED_PLACES = 6
_COMPARED_SHARE = 3
_UNKNOWN = ("", "")  # never a stem (a stem is never empty)
_STEMS: dict[str, tuple[str, str] | None] = {}
MAX_KNOWN_WORDS = 200_000
_may_name: dict[str, bool] = {}  # word -> whether it may name a place


# a body named after the country (lexicon country_body_openings: 中国人民银行) is one dictionary
# word tagged so
_BODY_TAG = "nt"


@cache
def _conferred_after() -> frozenset[str]:
    """The words before a place that open an honour's name (home.yaml's conferred_after)."""
    return frozenset(str(w) for w in _home_data().get("conferred_after") or ())


_BATCH = re.compile(r"^第[\d一二三四五六七八九十]+批$")  # 入选第三批|湖南省…中心: a list's batch


def conferred(before: str) -> bool:
    """A place right after ``before`` opens the name of an honour a higher body confers
    (获|湖南省科学技术进步奖, 入选第三批|湖南省…中心): no mention of the text's own place."""
    return before in _conferred_after() or (before[:1] == "第" and _BATCH.match(before) is not None)


def place_words(words: Sequence[str], before: Sequence[str] | None = None) -> list[str]:
    """The words that may name a place (:func:`is_place_token`) or the home's level (全省,
    全市), or that a company's text speaks of itself with (公司), in order: the only words
    :func:`infer_home_place` counts, whatever their tags. Decided once per word.

    ``before``: the word right before each of ``words`` in its sentence ("" after punctuation),
    for words picked out of their sentences (the tokens stage's); else the word before in
    ``words`` is it."""
    flags = list(map(_may_name.get, words))
    if None in flags:
        new = set(compress(words, map(is_, flags, repeat(None))))
        lex = metric_lexicon()
        named, company, bodies = lex.place_words, lex.company_self, lex.country_body_openings
        learned = {w: is_place_token(_seat(w)) or w in _ALIAS_LEVEL or w in named
                   or w in company or w.startswith(bodies) for w in new}
        if len(_may_name) + len(learned) > MAX_KNOWN_WORDS:
            _may_name.clear()
        _may_name.update(learned)
        flags = list(map(learned.get, words, flags))
    kinds = _company_kinds()
    for i in (i for i, (w, f) in enumerate(zip(words, flags, strict=True)) if f and w in kinds):
        flags[i] = not _compounds_with(before[i] if before is not None
                                       else words[i - 1] if i else "")
    for i in (i for i, f in enumerate(flags) if f):
        if conferred(before[i] if before is not None else words[i - 1] if i else ""):
            flags[i] = False  # 获|湖南省科学技术进步奖: an honour's conferrer (:func:`conferred`)
    return list(compress(words, flags))


@cache
def _company_kinds() -> frozenset[str]:
    """The words a company's text speaks of itself with that also end a kind's name (公司 of
    理财公司, 学校 of 中等职业学校; not 本公司, 我校)."""
    return frozenset(w for w in metric_lexicon().company_self if not w.startswith(("本", "我")))


# what may stand before a company's text's 公司 in its own clause: a time (报告期内，公司…; 2024年
# 公司…) or a connective (同时公司…); after any other word it names a kind (消费金融公司、理财公司)
_TIME_ENDS = tuple("年月日内末底期度时后来初")
_CONNECTIVES = frozenset(("本", "同时", "此外", "另外", "其中", "因此", "并", "且", "而"))
_HAN_END = re.compile(r"[\u4e00-\u9fff]$")


def _compounds_with(before: str) -> bool:
    """A company word right after ``before`` ends a kind's name (理财|公司), not the text's
    company speaking of itself (，|公司, 期内|公司)."""
    return (_HAN_END.search(before) is not None and not before.endswith(_TIME_ENDS)
            and before not in _CONNECTIVES)


def infer_home_place(tagged: Iterable[Sequence[tuple[str, str]]]) -> str | None:
    """The most often named place (ties: the first named), with the level suffix seen with it.

    ``tagged`` is the document's sentences as (word, pos) lists, in order.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    suffix_of: dict[str, str] = {}
    written: dict[str, str] = {}  # an autonomous place's name as written (广西 -> 广西壮族自治区)
    # 全省/本省/我省, 全市/本市/我市, 全区/全县 and 全国/我国 seen
    alias_votes = {"省": 0, "市": 0, "区": 0, "县": 0, "国": 0}
    n = company_votes = 0
    lex = metric_lexicon()
    named = lex.place_words  # 本港, 港人, 访港: 香港 named as the text's own
    listed = lex.place_names  # (places.txt: names recognised bare)
    company_self, bodies = lex.company_self, lex.country_body_openings
    for tags in tagged:
        prev = ""
        for word, pos in tags:
            prev, before = word, prev
            if conferred(before):
                continue  # 获|湖南省科学技术进步奖: an honour's conferrer, not the text's place
            if pos != "ns" and word[-1:] not in PLACE_SUFFIX_CHARS and word not in named and (
                    word not in listed):  # (义乌 tagged nz: a listed bare name is a place)
                if pos == _BODY_TAG and word.startswith(bodies):
                    alias_votes["国"] += 1  # 中国人民银行: a national body speaks for the country
                company_votes += word in company_self
                continue  # cheap filter: places are tagged ns or end like one
            found = (named[word], "") if word in named else _place_stem(word)
            if found is None:
                level = _ALIAS_LEVEL.get(word)
                if level:
                    alias_votes[level] += 1
                continue
            stem, suffix = found
            counts[stem] = counts.get(stem, 0) + 1
            first.setdefault(stem, n)
            if suffix and stem not in suffix_of:
                suffix_of[stem] = suffix
                if suffix in AUTONOMOUS_LEVELS:
                    written[stem] = _seat(word)
            n += 1
    if not counts:
        return NATIONAL_HOME if _national(alias_votes["国"], company_votes) else None
    best = max(counts, key=lambda s: (counts[s], -first[s]))
    local_votes = alias_votes["省"] + alias_votes["市"] + alias_votes["区"] + alias_votes["县"]
    if local_votes and alias_votes["国"] >= _SWAMPED * local_votes:
        # a 本省 among a national text's many 全国 (各省…占本省总装机比重: each province's own,
        # not the text's) says nothing of the text's level
        local_votes = 0
    if local_votes and company_votes >= _COMPANY_SWAMPS * local_votes:
        # a company's 全省 where it works (已在全省14个市州设立分支机构 in news of a city bank's
        # results, which speaks of 该行 far more often) is no 全省 of the text's own
        local_votes = 0
    if not local_votes and company_votes > counts[best]:
        # a text that speaks of itself as a company (a school) more often than it names any
        # place, and of no 全市 / 全省 of its own, is the company's: its places are where it
        # works (a Hong Kong-listed developer's update naming 香港 in the exchange's disclaimer
        # and its dateline), none its home
        return NATIONAL_HOME if _national(alias_votes["国"], company_votes) else None
    if counts[best] == 1 and not local_votes and (
            best not in suffix_of or company_votes >= _COMPANY_VOTES):
        # named once, bare, in a text that never speaks of a 全市 / 全省 of its own: a passing
        # mention (合肥、西安两大生产基地 in a company's report), not the text's place; a title or
        # signature names the home with its level (阿拉善盟2024年…统计公报), unless the text
        # speaks of itself as a company or a school (四川省生源占比 in a university's report)
        return NATIONAL_HOME if _national(alias_votes["国"], company_votes) else None
    if (_national(alias_votes["国"], company_votes) and not local_votes
            and ((best not in suffix_of
                  and (any(counts[s] == counts[best] for s in counts if s != best)
                       or counts[best] <= alias_votes["国"]))
                 or counts[best] * _NATIONAL_MARGIN <= alias_votes["国"]
                 or _peers(best, suffix_of) >= _NATIONAL_PEERS
                 or (len(counts) >= _COMPARED_PLACES
                     and counts[best] * _COMPARED_SHARE < sum(counts.values())))):
        # a text that speaks of 全国 and of no 全市 / 全省 of its own, naming several places
        # bare and none more often than another (北京、上海、广州、深圳 in a national release on
        # 70 cities), or none more often than it speaks of 全国 / 我国 (provinces ranked in a
        # national release: 广东、江苏、北京…分别为): the country's, the places its parts; so is
        # a text speaking of 全国 / 我国 twice as often as of the place it names most, even once
        # with its level (a national disasters release: 台风…在广东省阳江市沿海登陆), or naming
        # it among several places of its level (新北市、臺中市、高雄市、臺北市… in a national
        # population release: its six cities, the one named most among them)
        return NATIONAL_HOME
    if alias_votes["省"] >= 2 and alias_votes["省"] > 2 * alias_votes["市"] and (
            suffix_of.get(best) != "省"):
        # a text that speaks of 全省 (and hardly of 全市) is a province's: its home is the
        # province it and its cities are named most (a provincial news report on 郑州 and 洛阳;
        # 海口海关's news on 海南's duty-free sales naming 海口 and 三亚, 海南 and 广东 once each);
        # the level suffix makes 全省 its alias
        top = _province_named_most(counts, first, suffix_of)
        if top is not None:
            return top + "省"
    opening = min(first, key=first.__getitem__)
    if suffix_of.get(opening) == _REGION and _own_level(alias_votes) == "区":
        # a text that speaks of 全区 and opens by naming an autonomous region (广西壮族自治区统计局)
        # is the region's, as one speaking of 全省 is its province's, however often it names its
        # capital (南宁市 in its release); a district's text opens with the district
        return written[opening]
    own = _own_level(alias_votes)
    if own is not None and own != "省" and _level(best, suffix_of) not in ("", own):
        # a text that speaks of 全市 (全区, 全县) of its own is at that level, and the place it
        # names most was written with another level (a bare name says no level): a city's report
        # naming its districts and counties more often than itself (秀洲区, 平湖市 in 嘉兴's
        # report), a district's yearbook naming its city (株洲市芦淞区) as often as itself. Its
        # home is the place of that level it names first (its title or opening: 在嘉兴市…人民代表
        # 大会) when named again, else the one named most
        level = [s for s in counts if _level(s, suffix_of) == own]
        if level:
            opening = min(level, key=first.__getitem__)
            top = opening if counts[opening] >= 2 else max(
                level, key=lambda s: (counts[s], -first[s]))
            return written.get(top) or top + suffix_of.get(top, "")
    return written.get(best) or best + suffix_of.get(best, "")


def _province_named_most(counts: dict[str, int], first: dict[str, int],
                         suffix_of: dict[str, str]) -> str | None:
    """The province named most, counting the mentions of its cities with its own (ties: the
    first named); None when the text names no province nor any of their cities."""
    lex = metric_lexicon()
    votes: dict[str, int] = {}
    opened: dict[str, int] = {}
    for place, n in counts.items():
        if place in lex.province_names or suffix_of.get(place) == "省":
            province = place
        else:
            province = lex.province_of.get(place)
            if province is None:
                continue
        votes[province] = votes.get(province, 0) + n
        opened[province] = min(opened.get(province, first[place]), first[place])
    if not votes:
        return None
    return max(votes, key=lambda p: (votes[p], -opened[p]))


def _peers(best: str, suffix_of: dict[str, str]) -> int:
    """How many other places were written with the level ``best`` was written with."""
    level = suffix_of.get(best)
    if not level:
        return 0
    return sum(1 for s, suffix in suffix_of.items() if suffix == level and s != best)


def _national(national_votes: int, company_votes: int) -> bool:
    """The text speaks of the country as its own: 全国 / 我国 said often enough, and more often
    than a company's text speaks of itself (公司: an annual results report citing 全国全社会用电量
    has no home, and 全国 is then a place it names)."""
    return national_votes >= NATIONAL_VOTES and national_votes > company_votes


TAIWAN_HOME = "台湾"  # the home of a text about Taiwan as a whole (its 全国 / 我国)


@cache
def _country_firm() -> re.Pattern[str]:
    """A registered firm name opening with the country's (home.yaml's country_firms), its own
    part (宏建 of 中国宏建集团有限公司) in group ``own``: a few words, no function word."""
    data = _home_data().get("country_firms") or {}
    openings = "|".join(map(re.escape, data.get("openings") or ()))
    endings = "|".join(map(re.escape, data.get("endings") or ()))
    return re.compile(f"(?:{openings})(?P<own>(?:(?![的之在和与及或等])[\\u4e00-\\u9fff]){{2,10}}?)"
                      f"(?:集团)?(?:{endings})")


def country_firms(text: str) -> frozenset[str]:
    """The own parts of the firms ``text`` names by a registered name opening with the country's
    (宏建 of 中国宏建集团有限公司): after the country's name they name the firm (中国宏建 as its
    short name), not the country; bare (宏建, 宏建集团) the firm still."""
    if not _home_data().get("country_firms"):
        return frozenset()
    return frozenset(m.group("own") for m in _country_firm().finditer(text))


def in_country_firm(text: str, at: int, firms: Iterable[str]) -> bool:
    """The country's name at ``at`` opens the name of one of ``firms`` (:func:`country_firms`):
    中国|宏建 in 中国宏建实现营业收入…, not the country."""
    name = next((w for w in _country_firm_openings() if text.startswith(w, at)), None)
    return name is not None and any(text.startswith(f, at + len(name)) for f in firms)


@cache
def _country_firm_openings() -> tuple[str, ...]:
    """The country's names a firm's registered name may open with (home.yaml)."""
    return tuple(str(w) for w in (_home_data().get("country_firms") or {}).get("openings") or ())


# the words a national text speaks of the country with (其中国家: 其中|国家, no 中国)
_COUNTRY_SAID = re.compile(r"全国|我国|(?<!其)中国")


def firm_country_home(home_place: str | None, texts: Iterable[str]) -> str | None:
    """The home found, unless it is the country and the text, naming a firm whose registered name
    opens with the country's (中国宏建集团有限公司, then 中国宏建 as its short name), speaks of the
    country less than :data:`NATIONAL_VOTES` times outside the firm's names: a company's text,
    which has no home (its 中国宏建 counted as 中国|宏建 made the country its home)."""
    if home_place != NATIONAL_HOME:
        return home_place
    text = "\n".join(texts)
    firms = country_firms(text)
    if not firms:
        return home_place
    said = sum(not in_country_firm(text, m.start(), firms) for m in _COUNTRY_SAID.finditer(text))
    return home_place if said >= NATIONAL_VOTES else None


def settled_home(home_place: str | None, texts: Iterable[str]) -> str | None:
    """The home found by counting places (``home_place``), settled by what the whole text says:
    a company's text taken for the country's by its firm's name has none
    (:func:`firm_country_home`); a text counting Minguo years (114年10月, 民国, 新台币) is
    Taiwan's, unless the home found is one of Taiwan's own places (a city's tourism news, a
    county's budget: such a release speaks of Taiwan as 全国 / 我国 and names its trade partners
    or its cities more often than itself); otherwise the region whose own marks the text
    carries (:func:`region_home`)."""
    texts = list(texts)
    if home_place is not None and _decides_a_case(texts):
        return None
    home_place = firm_country_home(home_place, texts)
    if home_place is not None and _stem(home_place)[0] in _taiwan_places():
        if home_place != TAIWAN_HOME and _issued_by_taiwan_body(texts):
            return TAIWAN_HOME  # a 主计总处 survey naming 台北 most (its cities, its address)
        return region_home(home_place, texts)
    from pipelines.domain.periods import uses_roc_years

    if home_place is None and _speaks_as_company(texts):
        return None  # 本公司114年11月份合併營業收入: a listed company's own filing in Minguo
        # years has no home, as any company's text (its 台灣 a market, its address the exchange's)
    return TAIWAN_HOME if uses_roc_years(texts) else region_home(home_place, texts)


_SELF_COMPANY_WORDS = ("本公司", "本集团", "本集團")
_SELF_COMPANY_VOTES = 3  # a company's own filing speaks of itself again and again


def _speaks_as_company(texts: Sequence[str]) -> bool:
    """The text is a company's own, speaking of itself as 本公司 / 本集团 several times."""
    return sum(t.count(w) for t in texts for w in _SELF_COMPANY_WORDS) >= _SELF_COMPANY_VOTES


_HEAD_CHARS = 300  # the head of a text: its masthead, title and issuer lines


def _issued_by_taiwan_body(texts: Sequence[str]) -> bool:
    """The text's head names one of Taiwan's central bodies (行政院主计总处新闻稿, 内政部户政司):
    a release about the island as a whole (home.yaml's taiwan_national_bodies)."""
    head = "\n".join(texts)[:_HEAD_CHARS]
    return any(body in head for body in _home_data().get("taiwan_national_bodies") or ())


# the title of a decision on one case (民事判决书, 刑事裁定书, 调解书, 行政处罚决定书): its figures
# are its parties', its places their addresses and the seat of the court or the regulator
_CASE_DECISION = re.compile(r"(?:判\s?决|裁\s?定|调\s?解)\s?书|处罚决定书")
_TITLE_LINES = 12  # the first sentences, where a title and its case number stand
_TITLE_CHARS = 60


def _decides_a_case(texts: Sequence[str]) -> bool:
    """Whether the text is a decision on one case (a court's judgment, a regulator's penalty
    decision), its title among its first lines: it has no home of its own, as a company's
    text has none (its 四川省绵阳市… are the parties' addresses, 成都市锦江区人民法院 the court's
    seat)."""
    return any(len(t) <= _TITLE_CHARS and ("书" in t) and _CASE_DECISION.search(t) is not None
               for t in texts[:_TITLE_LINES])


@cache
def _home_data() -> dict:
    """data/metrics/home.yaml: region_marks, taiwan_national_bodies, conferred_after,
    country_firms."""
    from pipelines.domain.yamlfiles import load_yaml

    return load_yaml(_HOME_DATA_PATH.read_text(encoding="utf-8")) or {}


@cache
def _home_marks() -> dict[str, tuple[str, ...]]:
    """Region -> the words only its own texts write (home.yaml's region_marks)."""
    marks = _home_data().get("region_marks") or {}
    return {str(place): tuple(str(w) for w in words) for place, words in marks.items()}


_HOME_DATA_PATH = Path(__file__).resolve().parents[2] / "data" / "metrics" / "home.yaml"


def region_home(home_place: str | None, texts: Sequence[str]) -> str | None:
    """The home found, unless it is a place of a region with its own currency (Hong Kong, Macau,
    Taiwan) and the text carries none of that region's marks but those of another such region,
    more than of any third (home.yaml's region_marks): that region. A Hong Kong release on its
    trade names 台湾 (a partner) more often than 香港, written only in 香港时间, while its 港元,
    本港, 政府统计处 and .gov.hk are Hong Kong's own; its bare 亿元 are then 港元, not 新台币."""
    if home_place is None:
        return _region_speaking(texts)
    currency = home_currency(home_place)
    if currency is None:
        return home_place
    marks = _home_marks()
    currencies = metric_lexicon().home_currencies
    found = next((r for r in marks if currencies.get(r) == currency), None)
    text = "\n".join(texts)
    counts = {r: sum(text.count(w) for w in words) for r, words in marks.items()}
    if found is None or counts.get(found):
        return home_place
    top = max(counts, key=counts.__getitem__)
    if counts[top] == 0 or sum(n == counts[top] for n in counts.values()) > 1:
        return home_place
    return top


def _region_speaking(texts: Sequence[str]) -> str | None:
    """The one region whose marks of itself a text that names no place carries (政府统计处, 本港:
    a Hong Kong release on its retail sales); a currency's name alone is no such mark (人民币对
    港元汇率 in a mainland text)."""
    currencies = set(metric_lexicon().home_currencies.values())
    text = "\n".join(texts)
    found = [r for r, words in _home_marks().items()
             if any(w in text for w in words if w not in currencies)]
    return found[0] if len(found) == 1 else None


def _taiwan_places() -> frozenset[str]:
    """The places whose bare 元 are New Taiwan dollars (lexicon.yaml's home_currencies)."""
    return frozenset(place for place, currency in metric_lexicon().home_currencies.items()
                     if currency == "新台币")


def home_currency(home_place: str | None) -> str | None:
    """The currency a home's bare 元 are in (香港 -> 港元, 新竹县 -> 新台币), None for 元 of the
    mainland."""
    if not home_place:
        return None
    currencies = metric_lexicon().home_currencies
    found = currencies.get(home_place)
    if found is None:
        found = currencies.get(_stem(home_place)[0])
    return found


def _level(stem: str, suffix_of: dict[str, str]) -> str:
    """The level a place was written with: its suffix (市, 县, 州...), 区 for a district (its
    name is its stem: 雨花区), "" for a bare name (成都: no level said)."""
    return suffix_of.get(stem) or ("区" if stem.endswith("区") else "")


def _own_level(alias_votes: dict[str, int]) -> str | None:
    """The level a text speaks of itself at (全省 / 全市 / 全区 / 全县 ...): said at least twice
    and at least twice as often as any other local level; None when no level stands out."""
    local = {level: alias_votes[level] for level in ("省", "市", "区", "县")}
    top = max(local, key=local.__getitem__)
    if local[top] >= 2 and all(local[top] >= 2 * n for level, n in local.items() if level != top):
        return top
    return None


# (the masthead of a paper named after its place: 江西日报  2024年4月19日, 成都日报, 杭州日报)
_MASTHEAD_LINES = 4
_MASTHEAD_CHARS = 200


# the province-level cities (重庆日报 is 重庆市's paper, not a province's)
_MUNICIPALITIES = frozenset(("北京", "天津", "上海", "重庆"))


def home_from_source(name: str | None) -> str | None:
    """The place a paper is named after (江西日报 -> 江西省, 成都晚报 -> 成都市): the home of its
    pages that name their place only as 全省 / 全市 (本报讯…全省经济…); None for a paper named
    after no place (人民日报, 经济日报) or a name that is no paper's."""
    if not name:
        return None
    from pipelines.domain.cleaning.lexicon import source_rules

    found = source_rules().newspaper.fullmatch(name.strip())
    if found is None:
        return None
    for end in range(len(name) - 2, 1, -1):  # the longest place before the paper's word
        stem = _place_stem(name[:end])
        if stem is not None:
            place, suffix = stem
            if suffix:
                return place + suffix
            province = place in metric_lexicon().province_names
            return place + ("省" if province and place not in _MUNICIPALITIES else "市")
    return None


def home_from_masthead(raw: str) -> str | None:
    """:func:`home_from_source` of the paper a page's first lines name (its masthead)."""
    from pipelines.domain.cleaning.lexicon import source_rules

    head = "\n".join(raw[:_MASTHEAD_CHARS].splitlines()[:_MASTHEAD_LINES])
    for found in source_rules().newspaper.finditer(head):
        home = home_from_source(found.group())
        if home is not None:
            return home
    return None


# a PDF page's furniture may stand over its masthead (date line, 要闻, 责任编辑, page number,
# the paper's name in Latin letters, then 重庆日报)
_PAGE_HEAD_LINES = 8
_CITY_SELF = ("全市", "我市", "本市")
_BELOW_CITY_SELF = ("全区", "全县", "本区", "本县")


def paper_city_home(home: str | None, raw: str | None, texts: Iterable[str]) -> str | None:
    """A page of a paper named after a city (重庆日报 in its head) whose text speaks of 全市 /
    我市 as its own (twice at least and twice as often as of a 全区 / 全县) is the city's page,
    though one of its articles names a district or county more often than the page names the
    city (渝北区 in 重庆日报's 要闻 page): ``home`` (found by counting places) else."""
    if not raw or home is None or home[-1:] not in "区县":
        return home
    head = "\n".join(raw[:_MASTHEAD_CHARS].splitlines()[:_PAGE_HEAD_LINES])
    from pipelines.domain.cleaning.lexicon import source_rules

    paper = next((p for p in map(home_from_source, (m.group() for m in
                                                    source_rules().newspaper.finditer(head)))
                  if p is not None), None)
    if paper is None or not paper.endswith("市") or paper == home:
        return home
    texts = list(texts)
    city = sum(t.count(w) for t in texts for w in _CITY_SELF)
    below = sum(t.count(w) for t in texts for w in _BELOW_CITY_SELF)
    return paper if city >= 2 and city >= 2 * below else home


# A title that opens with its place (泓阳县2024年国民经济和社会发展统计公报,
# 泓阳县上半年经济运行稳中向好; after 关于: 关于江西省2023年…计划执行情况…的报告, not the place
# 关于江西省) and a report delivered at its place's congress (在泓阳县第十七届人民代表大会…)
# name the home by its form, whatever the segmenter makes of a name its dictionary lacks
# (泓|阳县 counts 阳县); so does a town's (关于枫坳镇2024年工作总结…的报告: a town government's
# report is the town's, not its county's, which its signature names)
_LEVEL_CHAR = "省市县区州旗盟"
# (a province whose name ends in 州 keeps its level: 贵州省教育厅 is 贵州省's, whose 全省 is its
# own, not a 贵州 with no level)
_NAME_FORM = rf"(?:(?![{_LEVEL_CHAR}])[\u4e00-\u9fff]){{1,6}}(?:州省|[{_LEVEL_CHAR}])"
_TITLE_FOLLOWS = (r"(?=\d{4}年|上半年|前三季度|一季度|第[一二三四]季度|\d{1,2}月"
                  r"|人民政府|政府工作报告|国民经济和社会发展|统计公报)")
_TOWN_NAME = r"[\u4e00-\u9fff]{2,3}"  # a town's name before its level (place_names.is_town)


@cache
def _titled_place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The title's and the congress's patterns: a place's form or a town's (lexicon
    town_suffixes), group 1 the name."""
    towns = "|".join(map(re.escape, metric_lexicon().town_suffixes)) or r"(?!)"
    form = rf"({_NAME_FORM}|{_TOWN_NAME}(?:{towns}))"
    title = rf"^[ \t\u3000]*(?:关于)?(?:\d{{4}}年)?{form}{_TITLE_FOLLOWS}"
    return (re.compile(title, re.MULTILINE),
            re.compile(rf"在{form}第[一二三四五六七八九十]{{1,4}}届人民代表大会"))


# a title opening with a place and one of its parts (成都市双流区第一人民医院…中标结果公告,
# 四川省成都市…): the part, whatever follows (the notice of a district's body is the district's)
_TITLE_PART = re.compile(
    rf"^(?:关于)?(?:(?![{_LEVEL_CHAR}])[\u4e00-\u9fff]){{1,6}}[省市州]"
    rf"((?:(?![{_LEVEL_CHAR}])[\u4e00-\u9fff]){{1,6}}[市区县])")
# a web release's source line naming the department of a place that issued it
# (来源：山东省交通运输厅, 信息来源：潍坊市统计局): a provincial department's release speaks for
# its province, which its text may call only 全省 while naming its cities often (青岛港,
# 烟台至大连航线). Not a paper (来源：湖南日报: home_from_source), nor a name the place does not
# open (国家统计局广东调查总队); a name ending in 州 keeps its level (温州市统计局: 温州市)
_ISSUER_PLACE = re.compile(
    rf"(?:来源|发布机构|发文机关)[：:][ \t\u3000]*"
    rf"((?:(?![{_LEVEL_CHAR}])[\u4e00-\u9fff]){{1,6}}(?:州[省市县区盟]|[{_LEVEL_CHAR}]))"
    r"(?=[\u4e00-\u9fff]{0,12}?(?:厅|局|委员会|委|办公室|办公厅|人民政府|政府|中心))")
# a source line naming a national body alone (来源：国家统计局, 来源：国务院国资委): its release
# speaks for the country, though it never writes 全国 / 我国 and names its cities most (北京、广州
# 分别下降… in the 70-city price release); not a national body's local office, named with its
# place after it (来源：国家统计局广东调查总队, 国家税务总局浙江省税务局办公室, 国家金融监督管理总局
# 湖北监管局: the province's), nor a firm (中国…有限公司)
_NATIONAL_ISSUER = re.compile(
    r"(?:来源|发布机构|发文机关)[：:][ \t\u3000]*((?:国家|国务院|中华人民共和国|中国)"
    rf"(?:(?![{_LEVEL_CHAR}])[\u4e00-\u9fff]){{0,12}}?(?:局|部|委|委员会|署|总局|办公厅|办公室|银行|会))"
    r"(?=[ \t\u3000\n【|]|$)")
# a first line that is an issuing body named after its place, alone (澳門特別行政區政府統計暨普查局,
# 潍坊市统计局 over a release): its release speaks for that place, however often it names
# others (中國內地 as a visitors' market)
_BODY_LINE = re.compile(
    rf"^[ \t\u3000]*({_NAME_FORM})(?:人民政府|政府)?[\u4e00-\u9fff]{{0,12}}?"
    r"(?:厅|局|委员会|办公室|办公厅)[ \t\u3000]*$")
_TITLE_CHARS = 600
_NOT_NAMES = frozenset("全本我该各两")


def _national_issuer(head: str) -> bool:
    """The source line names a national body alone, no province in its name (国家统计局, not
    国家金融监督管理总局湖北监管局)."""
    found = _NATIONAL_ISSUER.search(head)
    if found is None:
        return False
    provinces = metric_lexicon().province_names
    body = found.group(1)
    return not any(p in body for p in provinces)


def home_from_title(raw: str | None) -> str | None:
    """The place a document's title opens with, whose congress its report was delivered to, or
    whose department issued it (its source line, or its first line naming the body alone), when
    it has the form of a place (a name and its level) or, in the title or the congress, of a town
    (枫坳镇); else 全国 when its source line is a national body alone (来源：国家统计局); else the
    town a text that speaks of 全镇 of its own names most; None otherwise. A Traditional page is
    read in its Simplified form (澳門特別行政區 as 澳门特别行政区)."""
    if not raw:
        return None
    head = script_and_simplified(raw[:_TITLE_CHARS])[1]  # (a Traditional page's, read so)
    head = head.replace("\r\n", "\n")  # (a CRLF page's lines end as an LF page's)
    title = head.lstrip().partition("\n")[0]  # a part named first: in the title line only
    titled, congress = _titled_place_patterns()
    for pattern, text in ((_TITLE_PART, title), (titled, head), (congress, head),
                          (_ISSUER_PLACE, head), (_BODY_LINE, title)):
        for found in pattern.finditer(text):
            name = found.group(1)
            if name[0] not in _NOT_NAMES and (_place_stem(name) is not None or is_town(name)):
                return name
    if "来源" in head and _national_issuer(head):
        return NATIONAL_HOME
    return _town_of_its_own(raw)


# a town by form where a name may start: after a county's (city's, district's) level,
# punctuation, a line's start, 关于, 在 or a party committee's 中共 (兴国县枫坳镇人民政府, 2024年，
# 枫坳镇在…, 在枫坳镇, 中共白沙镇委员会)
_TOWN_NAMED = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[县市区])|(?<=关于)|(?<=在)|(?<=中共))"
                         r"([\u4e00-\u9fff]{2,3}[镇乡])", re.MULTILINE)
_TOWN_VOTES = 2  # 全镇 / 本镇 said at least this often, and twice as often as 全县, 全市 …


def _town_of_its_own(raw: str) -> str | None:
    """The town a text speaking of 全镇 / 本镇 / 我镇 (全乡 …) of its own is about: the town by
    form it names most (ties: the first), when it says those words at least twice and twice as
    often as any other level's (全县, 全市 …); None otherwise (a county's text naming its towns
    speaks of 全县)."""
    own, others = _level_words()
    said = sum(map(raw.count, own))
    if said < _TOWN_VOTES or any(said < 2 * sum(map(raw.count, words)) for words in others):
        return None
    named: dict[str, int] = {}
    for found in _TOWN_NAMED.finditer(raw):
        name = found.group(1)
        if name[0] not in _NOT_NAMES and is_town(name):
            named[name] = named.get(name, 0) + 1
    return max(named, key=named.__getitem__) if named else None


@cache
def _level_words() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """A town's words for itself (lexicon home_aliases ending with a town level: 全镇, 本乡) and,
    per other local level, its words (全县 / 本县, 全市 / 本市 / 我市 …)."""
    lex = metric_lexicon()
    own = tuple(sorted(w for w in lex.home_aliases if w.endswith(lex.town_suffixes)))
    levels: dict[str, list[str]] = {}
    for word, level in _ALIAS_LEVEL.items():
        if level != _COUNTRY:
            levels.setdefault(level, []).append(word)
    return own, tuple(tuple(words) for words in levels.values())
