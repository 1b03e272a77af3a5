"""The indicator's text from the words kept: the length cap, notes in brackets (dropped, or kept as
a name's alternatives: 县（市、区）), outline markers, a forecaster's or a payer's words, and the
comparisons cut from inside the joined phrase. Apart because it reads the text after trimming."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_frames import (
    ADVERB_END,
    AMONG,
    AT,
    COMPARING,
    plan_quota,
    statement_total,
)
from pipelines.domain.metrics.trim_words import trim_sets

_WILL, _RELATIVE = "将", frozenset("之的")
# 将 ("will") between a name's topic (two characters at least) and its verb
_WILL_BEFORE_VERB = re.compile(r"(?<=[\u4e00-\u9fff]{2})将(?=新增|增开|新建|建成|开通|新开|"
                               r"延长|增加|达到|提高|提升|扩大|减少|降低|缩短|完成|实现)")
_QUOTES = re.compile(r"[\s“”\"‘’《》]")
_TAIL_LINKS = "为达至是则"  # (则: 就业不足率则维持于1.6%)
# a trailing note in brackets is dropped (GDP（初步核算）); one inside a name stays part of it
# (中欧班列（成渝）联合开行, 县（区）域医疗卫生次中心)
_PAREN = re.compile(r"[（(][^（）()]{0,12}[）)]$")
_CLOSING = ("）", ")")


@cache
def _long_links() -> tuple[str, ...]:
    return tuple(w for w in metric_lexicon().link_words if len(w) >= 2)


def _ends_a_noun(toks: Sequence[Tok], link: str) -> bool:
    """The name's last word is a noun that only ends with the goal word 计划 (招生计划 tagged
    whole: a plan's quota, not 招生 and the goal word) or with another link word a noun may end
    with (排放量)."""
    last = toks[-1] if toks else None
    if last is None or len(last.word) <= len(link) or not last.word.endswith(link):
        return False
    # (排放量 tagged whole: a noun the market word 放量 only ends, 二氧化碳排放量)
    return last.pos.startswith("n") and (link == _PLAN_WORD or link in _WORD_ENDS)


# link words that also end a noun of their own (排放量, 投放量: not the market's 放量)
_WORD_ENDS = frozenset(("放量",))


_PLAN_WORD = "计划"


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


# (it was ("占", "所占") in indicator.py, where a later _SHARE_OF = "占" replaced it before any
# call: kept as it ran, a pure move)
_SHARE_OF = "占"


def _without_among(toks: Sequence[Tok]) -> Sequence[Tok]:
    """在世界500强榜单中上榜企业 -> 世界500强榜单上榜企业: 在 … 中 ("among", 中 a word of its own
    before a verb) frames the list the counted stand in; the list stays, the frame goes."""
    among = next((i for i, t in enumerate(toks) if t.word == AMONG and t.pos == "f"), 0)
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
    link = trim_sets()[0]
    while cut > 1 and toks[cut - 1].word in link:
        cut -= 1
    if toks[cut - 1].word in _BY:
        return toks  # 起始价可按不低于…最低价标准的70%确定: a rule's standard, its base the name
    return toks[:cut]


# a change's size word closing a name, with the words a release puts before it (…指數的平均每月升幅,
# 同期的按年平均升幅, 於十月份的按年升幅): over the cap it goes first, the name of what changed
# kept (the % rate it gives is named by that: name_overrides)
_BARE_SIZE = 2  # characters of a bare 涨幅 (股价相对沪深300指数涨幅: the name's own word, kept)
SIZE_TAIL = re.compile(r"(?:[于於在]?的|同期的)?(?:相应)?(?:按年|按月|按季)?(?:平均)?(?:每月)?"
                       r"(?:升幅|增幅|涨幅|跌幅|降幅)亦?$")


def _first_chars(toks: Sequence[Tok], n: int) -> Sequence[Tok]:
    """The tokens making up the first ``n`` characters of their words (whole tokens)."""
    length = 0
    for i, tok in enumerate(toks):
        if length >= n:
            return toks[:i]
        length += len(tok.word)
    return toks


def phrase_text(toks: Sequence[Tok], text: str) -> str:
    """The words of the kept tokens (dropped words such as periods left out), length-capped."""
    if not toks:
        return ""
    limit = metric_lexicon().indicator_max_chars
    toks = _without_measure(toks)
    if toks[0].word == AT and len(toks) > 3:
        toks = _without_among(toks)
    phrase = "".join([t.word for t in toks])
    if len(phrase) > limit:
        toks = _without_notes(toks)  # (before the cut: the name's own words count)
        toks = _before_comparison(toks)
        phrase = "".join([t.word for t in toks])
    if len(phrase) > limit and (tail := SIZE_TAIL.search(phrase)) is not None and (
            tail.start() > 1 and tail.end() - tail.start() > _BARE_SIZE):
        toks = _first_chars(toks, tail.start())
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
    if phrase.startswith(_LAST_MONTH_WAS):
        phrase = phrase[len(_LAST_MONTH_WAS[0]) :]  # 上月为头均盈利: the month (a period), then 为
    if phrase.startswith(_NUMBERED) and _WEEK_WORD in phrase:
        phrase = _WEEK_RUN_HEAD.sub("", phrase)  # 第41周至第44周生猪平均价格: the weeks, when
    long_links = _long_links()
    if phrase.endswith(long_links) and not statement_total(toks) and not plan_quota(toks):
        # (one C-level test; the loop only runs when one matches)
        for word in long_links:
            if phrase.endswith(word) and len(phrase) > len(word) and not _ends_a_noun(toks, word):
                phrase = phrase[: -len(word)]
        if len(phrase) > 3 and phrase.endswith(_OF):
            phrase = phrase[:-1]  # 售价指数的临时数字为…: the link word gone, its 的 with it
    if len(phrase) > 3 and phrase[-1] in _TAIL_LINKS and not phrase.endswith(_ENDS_IN_LINK):
        phrase = phrase[:-1]  # 结构比为 tagged as one word (查处违法行为: 行为 a noun)
    if _WILL in phrase and (will := _WILL_BEFORE_VERB.search(phrase)) is not None and not (
            _RELATIVE.intersection(phrase[will.end() :])):
        phrase = phrase[: will.start()] + phrase[will.end() :]  # 公交线路将新增: the topic and
        # its verb; "will" says when, as the kind does (not 市州将专项债券资金用于: 将 an object's;
        # not inside a relative clause, 接单将增加之厂商: those who expect it)
    if phrase.startswith(_SURVEYED_FIRST) and (surveyed := _SURVEYED.match(phrase)) is not None \
            and len(phrase) - surveyed.end() >= 2:
        phrase = phrase[surveyed.end() :]  # 纳入监测的星级饭店…: the survey's scope, no name
    if "财政" in phrase and (payer := _PAYER.match(phrase)) is not None:
        phrase = phrase[payer.end() :]  # 市财政每年统筹安排…专项资金: the payer is no part
    if phrase.startswith(_BASE_FIRST) or phrase in COMPARING:
        # 比上月末下降0.2个百分点, 与上月比较则增5.8%: a comparison, the last indicator changes
        return ""
    if ("（" in phrase or "(" in phrase) and _UNCLOSED_ALIAS.search(phrase) is not None:
        phrase += "）"  # 建成老年食堂（助餐点: the facility's other name, its bracket trimmed
    elif "（" in phrase or "(" in phrase:  # 居民消费价格（CPI）: the closing bracket was dropped
        phrase = _with_levels_closed(phrase) or _OPEN_NOTE.sub("", _EMPTY_NOTE.sub("", phrase))
    if "录得" in phrase:  # 天文台总部录得的雷暴日数: where it was recorded is no part
        phrase = phrase[phrase.rindex("录得") + 2 :].removeprefix("的") or phrase
    if not _INNER_CUT_CHARS.isdisjoint(phrase) and _INNER_CUT.search(phrase):
        # 增速快于城镇居民 (a comparison: 快 + 于 are two words), 时间由15天压减 (a change from
        # a level), 涨幅比上月扩大 / 增速比上月末低 (against an earlier time): what is measured
        # is the part before
        phrase = _INNER_CUT.split(phrase, 1)[0]
        if len(phrase) > 2 and phrase[-1] in ADVERB_END:
            phrase = phrase[:-1]  # 降幅均比上月扩大: 均 says both, it names nothing
        elif len(phrase) > 3 and (done := next(
                (w for w in _DONE_BEFORE_CUT if phrase.endswith(w)), "")):
            phrase = phrase[: -len(done)]  # 轮候时间已由…: done
    if len(phrase) > 3 and phrase.endswith(_FIGURES_OF):
        phrase = phrase[: -len(_FIGURES_OF)]  # 入境旅客数字恢复至…: "the figures of" (Hong Kong's
        # and Macau's usage), the thing counted is the name
    if len(phrase) > 2 and phrase.endswith(_ONLY):
        phrase = phrase[:-1]  # 农产品加工率仅为36%: "only", cut with the word before (率仅)
    return phrase


# a noun or a verb whose last character is a link word: 行为, and the verbs 达 ends that are
# no level reached (省级下达8600万元: the funds allotted; candidates.py's _NOT_REACH)
_ENDS_IN_LINK = ("行为", "下达", "传达", "送达", "转达", "到达", "抵达", "直达", "通达")
_FIGURES_OF = "数字"
_ONLY = "仅"


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
# a treasury that commits a fund every year (县财政每年安排乡村振兴专项资金, a rule's commitment)
# pays it: the fund is named from the verb on; a reported allocation keeps its payer, the funds
# are that treasury's (各级财政安排安全生产相关资金, 市财政统筹安排资金1.26亿元)
_PAYER = re.compile(r"(?:[市省县区州]|中央|各级|本级|地方)?财政(?:每年|每年度|年度)"
                    r"(?=(?:统筹)?安排|设立|筹集|筹措)")
# the units a survey covers (纳入监测的星级饭店, 纳入统计范围的企业): how the figure was collected
_SURVEYED_FIRST = ("纳入", "納入", "重点", "重點")
# (重点监测的5A级景区: the sample a monitoring follows, as 纳入监测的)
_SURVEYED = re.compile(r"(?:纳入|納入|重点|重點)(?:监测|監測|統計|统计|调查|調查|监测统计)"
                       r"(?:范围|範圍)?的")


_BASE_FIRST = ("比上", "较上", "比去", "较去", "比前", "较前", "比同期", "较同期")
# a note whose closing bracket was trimmed as punctuation: 居民消费价格（CPI, 地区生产总值（初步核算
_OPEN_NOTE = re.compile(r"[（(][^（）()]{0,12}$")
# brackets left empty by a period taken out (春季（三月至五月）平均气温) or saying the prices a
# value is stated at (万元地区生产总值（当年价）用水量): no part of a name
_EMPTY_NOTE = re.compile(r"[（(](?:当年|可比)?(?:价|价格)?(?:计算)?[）)]")
# (平均轮候时间已由高峰期的6.1年: the adverb before the change; the longer form first)
_DONE_BEFORE_CUT = ("已经", "已")
_INNER_CUT_CHARS = frozenset("于由比较与")  # one of them is in every _INNER_CUT match
# (a comparing verb before a figure and its unit closed by 的 bounds a class, no comparison:
# 日最高气温高于35℃的天数)
_INNER_CUT = re.compile(
    r"(?:快于|慢于|高于|低于|优于|落后于)(?![\d.,]+[^\d的，,]{0,4}的)|由(?=[\d０-９])"
    r"|(?<=.)[比较](?=上[年月季期]|去年|前[一两三]|同期|年初|基准年|基期)"
    # (增速比全国高, 增幅较全省平均水平低: against a wider scope)
    r"|(?<=.)[比较](?=(?:全国|全省|全市|全区|全县)(?:平均水平|平均)?(?:[高低快慢]|$))"
    # (由2023年3月高峰期的6.1年: the level it came down from, dated; its peak no name either)
    r"|(?<=.)与(?=上一)|(?<=.)由(?=上一|\d{4}年|高峰|峰值|最高|最低|低谷|$)")
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
# a budget classification's level in brackets (教育支出（类）, 普通教育（款）: 政府收支分类科目's
# 类 / 款 / 项): which level the line is, no other kind counted with it, dropped
_CLASS_LEVELS = frozenset("类款")


def _alternative(phrase: str) -> bool:
    """Whether the name ends with a one-character alternative in brackets (closed or not), or
    with another name of the facility in brackets (老年食堂（助餐点）, 诊所（医务室）)."""
    if _FACILITY_ALIAS.search(phrase) is not None:
        return True
    found = _ALTERNATIVE.search(phrase)
    return found is not None and found.group("kind") not in _COUNTING_UNITS and (
        found.group("kind") not in _CLASS_LEVELS)


# another name of a facility in brackets after it (老年食堂（助餐点）, 诊所（医务室）): the places
# counted go by both, kept as a one-character alternative is (社区卫生服务中心（站）)
_FACILITY_ALIAS = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,3}(?:点|站|室|馆|中心)[）)]$")
_UNCLOSED_ALIAS = re.compile(r"[\u4e00-\u9fff]（[\u4e00-\u9fff]{1,3}(?:点|站|室|馆|中心)$")
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
# a run of numbered weeks opening the name (第41周至第44周生猪平均价格分别为…): when, not what
_NUMBERED, _WEEK_WORD = "第", "周"
_LAST_MONTH_WAS = ("上月为", "上月是")
_OF = "的"
_WEEK_RUN_HEAD = re.compile(r"^第\d{1,2}周(?:至|到|[—–\-~－])第\d{1,2}周(?=[\u4e00-\u9fff])")


def _inner_notes_dropped(phrase: str) -> str:
    """The name without a note inside it that explains a grade, gives the unit counted, the
    hours of a time of day or a day's weekday: no part of what is measured (alternatives such
    as 县（市、区）, 执业（助理）医师 are kept)."""
    if ":" in phrase or "：" in phrase:
        phrase = _HOURS_NOTE.sub("", phrase)
    if "星期" in phrase or "周" in phrase:
        phrase = _WEEKDAY_NOTE.sub("", phrase)
    return _UNIT_NOTE.sub("", _GRADE_NOTE.sub(r"\1", phrase))
