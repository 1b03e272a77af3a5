"""The frames around a name that say who, when, how or among what, none of what is measured: an
agent and its verb (市场监管部门查处…), a partner (与…对接), the date a rule applies from, a theme,
a means or a manner, an occasion, the group an item stands out of. Each reader says where its frame
ends; trim_phrase (indicator) takes the frame off."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.place_names import is_place_token
from pipelines.domain.metrics.trim_words import DROP, learn_trim, trim_sets
from pipelines.domain.units import unit_lexicon

# a manner adverb jieba glues to the verb after it (依法办理, 依规处置) or writes alone
_BY_RULE = frozenset(("依法", "依规"))
_ALL_LEVELS, _ALL_KINDS = "各级", "各类"  # (各级各类学校: one class, kept)
_EACH = "各"
_DURING = "期间"
OF = "的"


def front_frame(kept: list[Tok], skip: Sequence[tuple[int, int]]) -> list[Tok] | None:
    """What replaces the name's first word when it opens a frame, none of what is measured:
    by law (依法办理结婚登记 -> 办理结婚登记), at every level (各级慈善组织接收… -> 慈善组织接收…),
    during an event (活动期间全省活跃网店 -> 全省活跃网店, the event and 期间 both), when it
    happened (今年9月底开通的13号线北延段: the verb and 的 left of a time taken out); None else."""
    word = kept[0].word
    if len(kept) < 2:
        return None
    if (len(kept) > 2 and kept[1].word == OF and kept[0].pos == "v"
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


_EXCLUDING = ("不含", "不包括", "未含")
_DEFINING_OF = frozenset(("之", "的"))


def definition_end(kept: Sequence[Tok]) -> int:
    """Where the name after a leading definition by exclusion starts (不|含|蔬果及能源|之|核心CPI:
    the core index is named, what it leaves out defines it), else 0."""
    words = "".join(t.word for t in kept[:2])
    if not words.startswith(_EXCLUDING):
        return 0
    of = next((i for i, t in enumerate(kept[1:-1], 1) if t.word in _DEFINING_OF), 0)
    return of + 1 if of else 0


_AMONG_BY = ("中以", "当中以")  # (jieba's 中以: among …, by …)
_BY_ITEM = "以"


def item_among(kept: Sequence[Tok]) -> int:
    """Where the item singled out of a group starts after the group's 中以 (七大类|中以|食物类涨
    …最多, 其中|以|…: the group and its 以 frame the item that rose most), else 0."""
    for i, tok in enumerate(kept[:-1]):
        if tok.word in _AMONG_BY or (tok.word == _BY_ITEM and i and kept[i - 1].word.endswith(
                AMONG)):
            return i + 1
    return 0


_CAUSE_WORD = "因"
_CAUSE_TAG = "p"


def cause_at(kept: Sequence[Tok]) -> int:
    """Where a cause (因 + what happened: 水果|因|台风过后产量回升|仍涨, 蛋类|因|供给增加|跌)
    starts after the name of what moved, else 0; 因灾 (因灾死亡失踪) is one word of a name."""
    at = next((i for i, t in enumerate(kept) if i and t.word == _CAUSE_WORD
               and t.pos == _CAUSE_TAG), 0)
    then = next((i for i, t in enumerate(kept[at:], at) if t.word == _THEREFORE), 0) if at else 0
    if then and any(t.word.endswith(_DOERS) for t in kept[then:]):
        return 0  # 因工作场所业务紧缩或歇业而失业者: the cause defines the group counted
    return at


_THEREFORE = "而"
_DOERS = "者"


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


def glued_adverb(tok: Tok) -> bool:
    """率均 tagged as one adverb (办结率均为100%, 溢价率均在15%以上): a rate's or an amount's
    suffix and the adverb of "each" after it."""
    return len(tok.word) == 2 and tok.word[0] in _SUFFIXES_GLUED and tok.word[1] in ADVERB_END


# a statement's lines named with their total (资产总计, 负债合计, 所有者权益合计, 收入总计)
_STATEMENT_HEADS = frozenset(("资产", "负债", "所有者权益", "权益", "收入", "支出"))
_TOTALS = frozenset(("合计", "总计"))


def statement_total(kept: Sequence[Tok]) -> bool:
    """负债合计104.95万亿元: a balance sheet's or final account's line is named with its total
    word (not 中标金额合计, where 合计 only sums the items before it)."""
    return len(kept) > 1 and kept[-1].word in _TOTALS and kept[-2].word in _STATEMENT_HEADS and (
        len(kept) == 2 or kept[-2].word not in _FLOW_HEADS)  # (民生支出合计: the items' sum)


_FLOW_HEADS = frozenset(("收入", "支出"))  # (收入合计 a line; 民生支出合计 sums the classes before)


_THIS = frozenset(("本次", "本期", "本批", "本轮", "本届", "此次", "该"))
_THIS_ONE = re.compile(r"该[\u4e00-\u9fff]{1,2}")  # 该店, 该公司 tagged as one word
_REFERENT_TAGS = frozenset(("n", "vn", "nz", "nt"))
_DEMONSTRATIVE_TAG = "mq"
_VERB_TAG = "v"
_THAT_THIS = frozenset("那这")


def referent_end(kept: Sequence[Tok]) -> int:
    """How many words open the name with the thing spoken of as "this" one (本次债券, 本次招标,
    该店): a notice's or a story's own object, as 本项目, names nothing of what is measured."""
    if len(kept) > 2 and kept[0].word in _THIS and kept[1].pos in _REFERENT_TAGS:
        return 2
    if len(kept) > 2 and kept[0].word in _THIS and kept[1].pos == _VERB_TAG:
        return 1  # 本次回购股份价格上限: the deed done this time names the figure, 本次 nothing
    if len(kept) > 1 and kept[0].pos == "r" and _THIS_ONE.fullmatch(kept[0].word):
        return 1
    if len(kept) > 1 and kept[0].pos == _DEMONSTRATIVE_TAG and kept[0].word[0] in _THAT_THIS:
        return 1  # 去年11月那场平均溢价率: "that" one (那场, 这次), tagged a numeral-measure word
    return 0


_VAGUE_PLACES = re.compile(r"(?:一些|有的|个别|不少)(?:地方|地区|城市)")


def vague_places_end(kept: Sequence[Tok]) -> int:
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
BY_MEANS = frozenset(("通过", "依托", "借助"))
THEMES = frozenset(("围绕", "聚焦"))
_QUOTE_PAIRS = {"“": "”", "《": "》"}


def theme_end(toks: Sequence[Tok]) -> int:
    """Where what is done after its theme starts (围绕“…三年行动”|开展专项检查: after the quoted
    theme; 围绕重点行业领域|开展…: at the first verb); 0 when no theme opens the words."""
    if len(toks) < 4 or toks[0].word not in THEMES:
        return 0
    if (close := _QUOTE_PAIRS.get(toks[1].word)) is not None:
        end = next((i for i in range(2, len(toks) - 1) if toks[i].word == close), 0)
        return end + 1 if end else 0
    return next((i for i in range(2, len(toks) - 1) if toks[i].pos == "v"), 0)


_EVENT_HEADS = ("会", "节", "展", "论坛", "赛")


def event_end(kept: Sequence[Tok]) -> int:
    """Where an event's name opened by its edition ends (第十五届…博览会, 第三届…论坛), when
    a name of what the event produced follows it (签约项目, 成交额); else 0."""
    return next((j + 1 for j, t in enumerate(kept[1:-1], 1) if t.word.endswith(_EVENT_HEADS)),
                0)


def recipient_end(kept: Sequence[Tok]) -> int:
    """Where the recipient after a leading 向 ends (向全体股东|每10股派…, 向农户|发放…): at 每 or
    at the verb after its nouns; 0 when none follows."""
    for i, t in enumerate(kept[1:], 1):
        if t.word in _PER or (t.pos.startswith("v") and i > 1):
            return i
        if i == 1 and t.word.startswith("每"):
            return i  # 向每名永久性居民发放: the per-head recipient stays (每名 one word)
        if not t.pos.startswith(("n", "r")):
            return 0
    return 0


_PER = frozenset(("每",))


def per_unit(word: str) -> bool:
    """每 and a unit as one word (每平方米, 每吨): the base of a price or a rate."""
    return word.startswith("每") and word[1:] in unit_lexicon().units


def per_measure(tok: Tok) -> bool:
    """每 and a measure word as one word (每胎, 每件): what a grant or a price is per."""
    return tok.pos == _MEASURE_TAG and len(tok.word) == 2 and tok.word[0] == "每"


_MEASURE_TAG = "q"


# heads of an authority's name (市场监管部门, 公安机关; 会同财政部下达, 国家减灾委启动,
# 各电力交易中心组织): before its verb (not a forecast's link: 财政部预估出口)
_AUTHORITIES = ("部门", "机关", "部", "委", "局", "厅", "中心", "防总", "政府", "考试院")


# officials before what they do (学校领导走访用人单位, 市领导调研企业)
_OFFICIALS = frozenset(("领导", "校领导", "市领导", "省领导", "县领导", "区领导"))


# an authority's last word cut off its name (各级|应急|管理|部门|开展…, 国家|能源|局|核发…): an
# agent after its words
_BODY_WORDS = frozenset(("部门", "机关", "局"))
# a body left alone once its place is taken off (海口|海关|监管…): an agent as the first word too;
# the levels of government acting together (市县|两级|走访慰问…): who acts, before the verb
_BODIES = frozenset(("海关", "两级"))


def acts(word: str, i: int = 0, before: str = "") -> bool:
    """An authority (市场监管部门, 国家减灾委, 应急管理|部门 as the ``i``-th word, ``before`` the
    word before it) or officials: who acts, before the verb."""
    return ((word.endswith(_AUTHORITIES) and len(word) > 2
             and _REGIONS_BY_DIRECTION.fullmatch(word) is None
             and _SECTOR_OF_ECONOMY.fullmatch(word) is None) or word in _OFFICIALS
            or (i > 0 and word in _BODY_WORDS
                and _SECTOR_OF_ECONOMY.fullmatch(before + word) is None) or word in _BODIES)


# a sector of the economy in national accounts and labour statistics (工业部门受雇员工人数,
# 服务业部门劳动生产力指数, 住户部门贷款, 非金融企业部门杠杆率): 部门 there is "sector", no
# authority acting (受雇 after it is no deed of an agent)
_SECTOR_OF_ECONOMY = re.compile(
    "(?:工[业業]|服[务務][业業]|[农農][业業]|[制製]造[业業]|建[筑築][业業]|金融|非金融企[业業]"
    "|企[业業]|住[户戶]|居民|私人|公共|能源|[对對]外)部[门門]")


# parts of the country named by their compass points (东西部协作, 中西部地区, 东中部): 部 there
# is "part", no ministry acting (东西部|协作财政帮扶资金 names the funds, not who acts)
_REGIONS_BY_DIRECTION = re.compile("[东西南北中]{2,3}部")


_AGENTS_ADVERBS = frozenset(("将", "已", "已经", "正在", "拟", "还", "也", "又", "再", "共"))
_JOINED_BY = frozenset(("联合", "会同", "携手"))
_PARTNERS_MAX = 4  # words of the partners an agent acts with (联合|各|设区|市|推出)


def verb_of_agent(kept: Sequence[Tok], i: int) -> int:
    """Where the verb of an agent ending before ``i`` is (after an adverb, 将 / 已, and the
    partners it acts with, 联合各设区市); 0 when no verb of its own follows."""
    i = _after_alias(kept, i)
    while i < len(kept) - 1 and kept[i].word in _AGENTS_ADVERBS:
        i += 1
    if i < len(kept) - 2 and kept[i].word in BY_MEANS:
        return i  # 县政府通过门户网站公开…: the means it acts by (dropped after it) follows
    if kept[i].word in _JOINED_BY:
        i = next((j for j in range(i + 2, min(i + 2 + _PARTNERS_MAX, len(kept) - 1))
                  if kept[j].pos.startswith("v")), 0)
    ok = 0 < i < len(kept) - 1 and kept[i].pos.startswith("v")
    # (a link word is no agent's verb, unless its object follows: 部门共开展|执法检查; a cue
    # word never is: 民航局预计|…旅客运输量)
    return i if ok and (kept[i].word not in trim_sets()[0] or (
        kept[i + 1].pos.startswith("n") and learn_trim(kept[i].word)[1] != DROP)) else 0


_ALIAS_OPEN, _ALIAS_CLOSE = frozenset("（("), frozenset("）)")
_ALIAS_REACH = 4  # tokens of an agent's other name in brackets (消保委（消费者协会）)


def _after_alias(kept: Sequence[Tok], i: int) -> int:
    """Past the agent's other name in brackets right after it (各级消保委（消费者协会）共受理…: the
    body and its alias act together), else ``i``."""
    if i >= len(kept) or kept[i].word not in _ALIAS_OPEN:
        return i
    close = next((j for j in range(i + 1, min(len(kept), i + _ALIAS_REACH + 1))
                  if kept[j].word in _ALIAS_CLOSE), 0)
    return close + 1 if close else i


_MANNER_OPEN = "以"
_MANNER_WORDS = frozenset(("方式", "形式"))
_MANNER_REACH = 8  # tokens from 以 to its 方式


def manner_span(kept: Sequence[Tok]) -> tuple[int, int] | None:
    """The tokens of a 以…方式 phrase between a name's thing and its verb (市场|以拆借、现券和回购
    方式|成交); None when there is none, or nothing on either side of it."""
    at = next((i for i in range(1, len(kept) - 2) if kept[i].word == _MANNER_OPEN), 0)
    end = next((j for j in range(at + 2, min(len(kept) - 1, at + _MANNER_REACH))
                if kept[j].word in _MANNER_WORDS), 0) if at else 0
    return (at, end + 1) if end else None


def means_end(kept: Sequence[Tok]) -> int:
    """Where what is done after a means (通过…) starts: at its last verb (通过监督检查|追回), or
    after the nouns of the means when no verb is tagged (通过门户网站|主动公开政府信息, 公开/ad);
    0 when nothing follows the means."""
    verb = max((i for i in range(2, len(kept) - 1) if kept[i].pos.startswith("v")), default=0)
    if verb > 2 and kept[verb].pos == kept[verb - 1].pos == "v" and kept[verb - 2].pos.startswith(
            "n"):
        verb -= 1  # 通过“银龄讲学计划”|招募|退休|教师: the deed's verb right after the means'
        # nouns, not the verb its object opens with (退休教师)
    if verb:
        return verb
    nouns = next((i for i in range(1, len(kept)) if not kept[i].pos.startswith("n")), 0)
    return nouns if nouns > 1 else 0


_CONTRIBUTIONS = ("贡献率", "贡献度")


def contribution(kept: Sequence[Tok]) -> bool:
    """对…的贡献率: a contribution rate named with what it contributes to."""
    return "".join(t.word for t in kept[-2:]).endswith(_CONTRIBUTIONS)


_WITH = frozenset(("与", "同"))
_PARTNER_MAX = 4  # words of the partner between 与 and the verb (与|110|报警|服务台|对接)


def partner_span(kept: Sequence[Tok]) -> tuple[int, int] | None:
    """The partner an act was done with (与 + nouns before the verb, more words after it, only
    prefix words before 与), or None: a comparison (与上年相比) has no noun before its verb."""
    at = next((i for i, t in enumerate(kept[:-3]) if t.word in _WITH and t.pos == "p"), -1)
    if at < 0 or any(learn_trim(t.word)[1] != DROP for t in kept[:at]):
        return None  # (养老机构与医疗卫生机构签约合作率: both do it, the first names it)
    for j in range(at + 1, min(len(kept) - 1, at + 2 + _PARTNER_MAX)):
        if kept[j].pos == "v":
            nouns = j > at + 1 and all(t.pos.startswith(("n", "m")) for t in kept[at + 1 : j])
            return (at, j) if nouns and kept[j].word not in COMPARING else None
    return None


_AFTER, _THEN = "后", frozenset(("即", "就", "便"))


def when_then_end(kept: Sequence[Tok]) -> int:
    """Where what happened starts after a time it took (开拍后约40分钟即|触及…): after 即/就
    following a 后, or 0."""
    after = next((i for i, t in enumerate(kept[:-2]) if t.word == _AFTER), -1)
    if after < 0:
        return 0
    return next((j + 1 for j in range(after + 1, len(kept) - 1) if kept[j].word in _THEN), 0)


_SOME = "某"  # an unnamed party (某小区, 某培训机构, 某公司)


def someone_end(kept: Sequence[Tok]) -> int:
    """Where what an unnamed party did or suffered starts (the first verb after the party's
    noun: 某|健身|机构|拒退), or 0."""
    some = next((i for i, t in enumerate(kept[:-1]) if t.word.startswith(_SOME)), -1)
    if some < 0:
        return 0
    return next((j for j in range(some + 2, len(kept))
                 if kept[j].pos == "v" and kept[j - 1].pos.startswith("n")), 0)


_ROUND_WORDS = frozenset(("轮", "期", "批", "届", "场"))
_ROUND_STARTS = frozenset(("前", "第"))


def rounds_end(kept: Sequence[Tok]) -> int:
    """How many words open the name with a range of rounds (前7轮, 前7轮比赛: their event after
    them): a frame, as 前三季度 is."""
    if len(kept) < 4 or kept[0].word not in _ROUND_STARTS or kept[1].pos != "m" or (
            kept[2].word not in _ROUND_WORDS):
        return 0
    return 4 if kept[3].pos == "vn" and len(kept) > 4 else 3
AT = "在"
_OCCASION_MAX = 2  # words of an occasion between 在 and its period word (在|比赛|当天)
_TIME_TAG = "t"


def without_occasion(kept: list[Tok], skip: Sequence[tuple[int, int]]) -> list[Tok]:
    """南京南站在比赛当天加开…: 在, an occasion and its period word (当天, skipped) are when, no
    part of the name."""
    at = next((i for i, t in enumerate(kept) if t.word == AT), -1)
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


_FROM_WORDS = frozenset(("从", "自"))
_ON_WORDS = ("起", "开始")
DATE_TAGS = frozenset(("t", "m"))
_WILL_WORDS = frozenset(("将", "拟"))


_DATE_FROM_ENDS = ("日起", "月起", "年起", "起")
_DATE_FROM_MAX = 8  # tokens of a date and its 起 (115|年|1|月|1|日起)


def dated_start_end(kept: Sequence[Tok]) -> int:
    """Where the name starts after a date and 起 opening it (115|年|1|月|1|日起|基本工资月薪:
    from when a rule applies, its date's words alone before the 起), else 0."""
    for j, tok in enumerate(kept[:_DATE_FROM_MAX]):
        if tok.pos not in DATE_TAGS and not tok.word.endswith(_DATE_FROM_ENDS):
            return 0
        if j and tok.word in _DATE_FROM_ENDS and j + 1 < len(kept):
            return j + 1
    return 0


def starting_from(kept: Sequence[Tok]) -> int | None:
    """Where a 从…起 / 自…起 frame ends a name (从明年2月1日起, its date's words alone between;
    a 将 before it too): the index it starts at, None when the name does not end so."""
    if len(kept) < 3 or not kept[-1].word.endswith(_ON_WORDS):
        return None
    at = max((i for i, t in enumerate(kept[:-1]) if t.word in _FROM_WORDS), default=0)
    if not at or not all(t.pos in DATE_TAGS for t in kept[at + 1 : -1]) or (
            kept[-1].word not in _ON_WORDS and kept[-1].pos not in DATE_TAGS and len(
                kept[-1].word) > 2):
        return None
    return at - 1 if kept[at - 1].word in _WILL_WORDS and at > 1 else at


def opening_from(kept: Sequence[Tok], skip: Sequence[tuple[int, int]]) -> int:
    """How many tokens a 自…起 / 从…起 frame opening a name takes (自|2024年|起|将|生育补贴…,
    the date a skipped period between: from when a rule applies, no name; a 将 after it too);
    0 when the name does not open so."""
    if len(kept) < 3 or kept[0].word not in _FROM_WORDS or kept[1].word not in _ON_WORDS:
        return 0
    if not any(kept[0].end <= s and e <= kept[1].start for s, e in skip):
        return 0
    return 3 if kept[2].word in _WILL_WORDS and len(kept) > 3 else 2


def names_investment(toks: list[Tok]) -> bool:
    """The words after 完成 name investment or output (投资, 交通固定资产投资, 总产值, 发电量,
    产量): 完成投资, 完成产值, 完成发电量 are the statistics' names of investment and output
    carried out, kept whole (not 公路完成货运量, where 完成 is a verb of result as 实现 is)."""
    rest = "".join(t.word for t in toks[:6])
    return rest.startswith(_DONE_TERMS) or rest.endswith(_DONE_TERMS)


def sized_by_investment(toks: list[Tok]) -> bool:
    """The words after 计划 class projects by the size of their planned investment (计划|总投资
    亿元以上项目: 计划总投资 a word of the class's name, kept)."""
    rest = "".join(t.word for t in toks[:8])
    return rest.startswith(_TOTAL_INVESTMENT) and _AT_LEAST in rest


_TOTAL_INVESTMENT = "总投资"
_AT_LEAST = "以上"
_DONE_TERMS = ("投资", "产值", "发电量", "产量")
_INVESTMENT = _DONE_TERMS[0]
_BARE_OUTPUTS = frozenset(("产值", "产量"))  # (of what, only 完成 says)


def names_output(toks: list[Tok]) -> bool:
    """The words after 完成 name output (农业总产值, 发电量), not investment: 完成 is the
    output's statistics name only after who produced it (建筑业企业完成总产值, 公司完成发电量);
    opening the phrase (全年完成农业总产值) it is a verb of result, as 实现 is (a bare 产值 or 产量
    says of what by its 完成 alone: 完成产值 stays a name)."""
    rest = "".join(t.word for t in toks[:6])
    return names_investment(toks) and rest not in _BARE_OUTPUTS and not (
        rest.startswith(_INVESTMENT) or rest.endswith(_INVESTMENT))


def after_agent(toks: Sequence[Tok], tok: Tok) -> bool:
    """A noun stands right before ``tok`` in the phrase: its agent (公司计划投资: 计划 is the
    company's intent, a verb; 计划投资 opening a line, 共计划投资: planned investment's name)."""
    before = [t for t in toks if t.end <= tok.start]
    return bool(before) and before[-1].pos.startswith("n")


# nouns before 完成 that produce nothing: a time (10月份完成原煤产量) or a plan's cue (计划完成…)
_NO_PRODUCER_ENDS = ("月份", "季度", "年度", "上半年", "下半年", "全年", "当月", "本月", "计划",
                     "目标", "预计")


def after_producer(toks: Sequence[Tok], tok: Tok) -> bool:
    """A noun that produces stands right before ``tok`` (公司完成发电量, 建筑业企业完成总产值),
    not a time or a plan's cue tagged as a noun (10月份完成原煤产量, 计划完成原煤产量: 完成 a
    verb of result there, as 全年完成发电量's)."""
    before = [t for t in toks if t.end <= tok.start]
    return after_agent(toks, tok) and not before[-1].word.endswith(_NO_PRODUCER_ENDS)


# a source or route with no head noun after its 的 (來自廣東省的有132.06萬人次, 經關閘口岸入境的有):
# the 的-phrase is the name, kept whole as written
_SOURCE_FRONTS = frozenset(("来自", "經", "经", "经由", "經由"))


def headless_source(kept: Sequence[Tok]) -> bool:
    """The kept words are 来自…的 / 经…的 with no other 的: a headless phrase whose 的 stays."""
    return (len(kept) > 2 and kept[-1].word == "的" and kept[0].word in _SOURCE_FRONTS
            and not any(t.word == "的" for t in kept[1:-1]))


_TOP_MEASURES = frozenset("家个名位强所座")
_TOP_NOT_AFTER = frozenset("月年天日周季")


def top_n(kept: Sequence[Tok]) -> bool:
    """前 N + a measure word of things ranked, then a noun (前5家运营商, 前10个省份): no
    deadline's or period's 前 (前10个月, 前三季度)."""
    return (len(kept) > 3 and kept[1].pos == "m" and kept[2].word in _TOP_MEASURES
            and kept[3].word[:1] not in _TOP_NOT_AFTER)


_PLAN = "计划"


def plan_quota(kept: Sequence[Tok]) -> bool:
    """补录计划约为88人: 计划 right after the verb it plans (alone before it) is the quota
    measured, a noun; no link word to cut (a bare verb would be left). A verbal noun before it
    (投资计划完成…) is left as it was."""
    return len(kept) == 2 and kept[-1].word == _PLAN and kept[0].pos == "v"


AMONG = "中"


ADVERB_END = frozenset("均都也亦")


COMPARING = frozenset(("比较", "相比", "相较", "比", "较"))  # (与上月比较则增: the base dropped)
