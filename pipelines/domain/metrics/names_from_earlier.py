"""A number whose own words name nothing or only part of a name (高于全省0.3个百分点, 日均
328.8万辆次, 占…的比重) takes the last name of its sentence or paragraph: the rules that carry a
name on and complete it. Separate because they read the clauses and names before the number's
own clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.clauses import Toks, tokens_in
from pipelines.domain.metrics.indicator import merge_generic, trim_phrase, without_generic
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.metrics.naming import (
    BY_AMOUNT,
    CHANGE_WORDS,
    COMPARED,
    PERIOD_RATE,
    flow_words,
    leading_flow_verb,
    without_period_rate,
)
from pipelines.domain.metrics.place_names import is_place, is_place_token
from pipelines.domain.metrics.subjects import SUPERLATIVE_CLAUSE

_TOTAL_WORDS = frozenset({"总数", "总量", "总规模", "总额"})
_RATIO_ENDS = ("之比", "的比值", "比值")  # a ratio written against the base alone
_RATIO_WITH = re.compile("[与和同跟]")  # (…，与同期国内生产总值之比为3.4%)
_AS_MUCH_AS = "相当于"


def of_last(indicator: str, last: str, cand: NumberCandidate, text: str) -> str:
    """A name that only points back at the last one named: 总数达到10300家 after
    新增国家高新技术企业1800家 is the total of those (国家高新技术企业总数: the flow verb is
    not the total's); 相当于地区生产总值的3.27% after an amount is that amount's share of the
    base (R&D经费支出占地区生产总值比重), and so is 占地区生产总值的比重为24.6% (a share whose
    part is not named is the last thing's)."""
    if indicator in _TOTAL_WORDS:
        return last[len(leading_flow_verb(last)) :] + indicator
    if indicator.endswith(_RATIO_ENDS) and _RATIO_WITH.match(
            text, max(text.rfind(c, 0, cand.start) for c in "，,；;") + 1):
        # 经常账户顺差4856亿美元，与同期国内生产总值之比为3.4%: the ratio of the last thing
        # named to the base (经常账户顺差与国内生产总值之比)
        return f"{last}与{indicator}"
    if (indicator.startswith(_AS_MUCH_AS) and len(indicator) > len(_AS_MUCH_AS)
            and cand.category == "percent" and text.endswith("的", 0, cand.start)):
        return f"{last}占{indicator[len(_AS_MUCH_AS) :]}比重"
    if (indicator.startswith("占") and cand.unit == "%" and len(indicator) > 1
            and "占" not in last.replace(_OCCUPIED, "")):
        # 金融业增加值1200亿元，占地区生产总值的比重为24.6%: the share is of the last thing
        # named (金融业增加值占地区生产总值的比重), not of nothing; after a contribution (服务类
        # 年增2.03%，影响CPI上涨0.98个百分点，占总涨幅约三分之二) the part is the item's
        moved = max((last.find(w) for w in _CONTRIBUTES), default=-1)
        return (last[:moved] if moved > 0 else last) + indicator
    return indicator


# a fee charged at half (减半收取计2,990元: a court's fee, a tax halved)
_HALVED = frozenset(("减半收取", "减半收取计", "减半征收", "减半计", "减半"))
_OCCUPIED = "占用"  # (占用余额: a thing's name, no share of a base)


# a period word before an amount done (年度完成投资150亿元以上): the period the figure is of, as
# every target of a work report is the year's, no part of its name
_PERIOD_BEFORE_DONE = re.compile(r"^(?:年度|全年|当年|今年)(?=完成)")


def without_period_word(indicator: str) -> str:
    """An amount done (完成 + an amount of the lexicon: 完成投资) without the period word before
    it (年度完成投资 -> 完成投资); other names as they are."""
    done = _PERIOD_BEFORE_DONE.sub("", indicator)
    return done if done != indicator and done[2:] in metric_lexicon().done_amounts else indicator


_BASE_ONLY = frozenset({"同比", "环比", "比上年", "较上年", "比去年", "较去年", "同期", "按年",
                        "按季", "按月", "季比"})
_MOVES = ("上涨", "下降", "增长", "上升", "下跌", "成长")  # (成长: Taiwan's 增长, 较上年度成长9.4%)
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
    if indicator and "以" in indicator and (
            by := _RANKED_BY_PLACE.search(indicator)) is not None and is_place(by.group("place")):
        # 可支配所得中位数以臺北市142萬3,600元最高: the place the measure is highest in (its
        # subject), no word of the measure's name (…增幅则以桃园市5.12%最大)
        indicator = indicator[: by.start()]
    elif indicator and "以" in indicator and (
            by := _RANKED_BY_PLACE.search(indicator)) is not None and (
            by.group("place").endswith(_BRANCHES) and by.start() > 0
            and _RANKED_AFTER.match(text, cand.end) is not None
            and not by.group("place").startswith(_NOT_RANKING)
            and PERIOD_RATE.search(indicator, 0, by.start()) is None
            and not indicator.endswith(_GROWTHS, 0, by.start())):
        # 經常性薪資以金融及保險業72,315元最高: the industry the measure is highest in, named
        # before the measure (金融及保险业经常性薪资); not a rate of change (年增率以…), whose
        # kind its word tells
        indicator = by.group("place") + indicator[: by.start()]
    if indicator and last and text[comma_start - 1 : comma_start] in _ITEM_MARKS and (
            text.startswith(indicator, comma_start) and _listed_place(indicator)):
        # …以臺北市142萬3,600元最高，新竹縣131萬8,900元次之: an item of a list of places, of the
        # measure the sentence named last (the place its subject)
        indicator = ""
    if indicator and text.endswith(_PER_UNIT_AFTER, 0, cand.start) and (
            per := next(p for p in _PER_UNIT_AFTER if text.endswith(p, 0, cand.start))) and (
            text.endswith(indicator + per, 0, cand.start)):
        # 其中受僱人員報酬平均每戶85萬7,320元: the mean per household written after its item is
        # a word of the name, in the sentence's order (as 住院病人人均医药费用)
        indicator += per
    verb = indicator if indicator in metric_lexicon().flow_verbs else ""
    if indicator in flow_words() or indicator in _BASE_ONLY or indicator in _SUPERLATIVE_ONLY or (
            _CONVERTED.fullmatch(indicator)) or (
            _PER_HEAD_ONLY.fullmatch(indicator) or _MORE_THAN_BASE.fullmatch(indicator)) or (
            last and COMPARED.match(text, comma_start) is not None
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
        if cand.category in _AMOUNTS and len(indicator) > len(_PULLS[0]) + 1:
            # 受理…补贴申请4.37万份，拉动家电销售5.8亿元: the amount caused, named by the rest of
            # the clause (tests/gold/README.md), no contribution in points
            return indicator[len(_PULLS[0]) :], None
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
    if text.startswith(_IS_OR_REACHES, comma_start) and (
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


# a place a measure is ranked highest or lowest in, closing its name (…中位数以臺北市,
# …增幅则以桃园市)
_RANKED_BY_PLACE = re.compile(r"(?:则|均|又)?以(?P<place>[\u4e00-\u9fff]{2,8})$")
_ITEM_MARKS = ("，", ",", "、", "；", ";")
# a branch of the economy a measure is ranked highest or lowest in (以金融及保险业, 以制造业)
_BRANCHES = ("业", "業", "部门", "行业")
_RANKED_AFTER = re.compile(r"\s?(?:为|為)?最[高低多少大小快慢]")  # (…72,315元最高)
_NOT_RANKING = ("上", "下", "内", "外", "来", "前", "后")  # (规模以上工业企业: 以上, no 以 X)
_PER_UNIT_AFTER = ("平均每户", "平均每人")


def _listed_place(word: str) -> bool:
    """A city or county named by its listed name (新竹县, 屏东县, 台北市), not a scope (全省) nor a
    kind of division (县级行政区)."""
    lex = metric_lexicon()
    if word in lex.place_scopes or not is_place(word):
        return False
    suffix = next((x for x in lex.place_suffixes if word.endswith(x)), "")
    return (word[: len(word) - len(suffix)] if suffix else word) in lex.place_names
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


_MEASURE_WORD = 2  # characters: 浓度, 价格 alone measure the thing named before
# (累计降雨量最大的是阳西县溪头站，达512.7毫米: 达 as 为)
_IS_OR_REACHES = ("为", "达")
# a superlative naming its measure and then its holder (受理量最多的是包河区，)
_SUPERLATIVE_IS = re.compile(r"(?P<measure>[\u4e00-\u9fff]{2,10}?)最[高低大小多少快慢]的(?:是|为)"
                             r"[^，,；;。]{1,10}[，,]$")
# more or less than the base, with the verb of the thing (新增装机42385万千瓦，同比多投产
# 13862万千瓦): the change of the last thing named
_MORE_THAN_BASE = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年)(?:多|少)[\u4e00-\u9fff]{1,3}")
# a per-head word alone (标准再提高30元，达到每人每年700元: 每人): the last thing named's amount
# (人均 alone is an average of the last thing: with_last_name)
# (每生每年: per student; 缴费年限每满1年每月再增加1.5元: per year of a term, a rule's step)
_PER_HEAD_ONLY = re.compile(r"(?:每[人户年月名生]|每满[\d一二三四五六七八九十]+(?:年|个月))+")
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
    if (following := _NEXT_ITEM.search(text, 0, comma_start)) is not None:
        return following.group("item")  # 其次为用火不慎，占24.7%: the item ranked next
    found = _RANKING_CLAUSE.search(text, 0, comma_start) if text.endswith(
        _RANKS_TOP, 0, max(0, comma_start - 1)) or (
        _TOP_FEW.search(text, max(0, comma_start - _TOP_FEW_REACH), comma_start)) else None
    if found is None:
        return ""
    words = []
    ranked_among = found.group("top").startswith(_AMONG_FIRST)  # (保费收入居全省前三位: what
    # ranks them is their measure, no deed, 收入 a verb to the tagger)
    if text.endswith(_SHARE_WORDS, found.start(), found.start("top")):
        # 电气原因引发的火灾占比最高，达38.2%: a share ranked first is named by all its words, its
        # part's verb too (the share, not the item, is what the figure measures)
        return text[found.start() : found.start("top")]
    for tok in tokens_in(toks, found.start(), found.start("top")):
        if tok.pos.startswith("v") and tok.pos != "vn" and not ranked_among:
            break
        if words or not _TIME_WORD.fullmatch(tok.word):  # (10月末电子、…: its period)
            words.append(tok)
    if not words or (len(words) == 1 and is_place_token(words[0].word, words[0].pos)):
        return ""
    return phrase_text(words, text)


_SHARE_WORDS = ("占比", "比重", "比例")
# a clause naming the item ranked next, with no number (其次为用火不慎，, 其次是建筑业，)
_NEXT_ITEM = re.compile(r"(?:^|[，,；;])其次(?:为|是)(?P<item>[^，,；;。：:\d]{2,20})[，,]$")
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
    return "占" not in clause and any(w in clause for w in (*CHANGE_WORDS, *_MOVES))


def _share_whole(name: str) -> str:
    """The amount a share's name is the share of (中央统筹分配税款占岁入总额 -> 中央统筹分配税款,
    社会福利支出占比 -> 社会福利支出); other names as they are."""
    found = _SHARE_NAME.fullmatch(name)
    return found.group("whole") if found is not None else name


_RANK_WORDS = frozenset(("排名", "位次"))
_RANK_UNITS = frozenset(("位", "名"))
# measures of a thing's size written alone (里程, 面积): of the thing named before
_MEASURES_OF_THING = frozenset(("里程", "总里程", "长度", "总长", "面积", "总面积", "容量"))
# (商品住宅网签3,915套、面积44.81万平方米: the measure after a 、, the deals' area too)
_ITEM_MARK = "、"
# new homes on the market (新建商品房网签4,862套，面积52.37万平方米): a class of homes, no deed of
# building; the measure after them is of the homes counted
_NEW_HOMES = ("新建商品房", "新建商品住宅", "新建住宅")
_AVERAGE_PER = frozenset(("日均", "月均", "周均", "场均", "户均", "人均"))
_GAINS = frozenset(("增收", "减收"))
_GAIN_PER = _AVERAGE_PER | {"亩均"}  # (亩均增收120元: the extra income per mu)
# a daily output written alone after an output (生产粗钢…、平均日产…, 日产环比…)
_DAILY_OUTPUT = ("平均日产", "日产")
_PRODUCED = "生产"  # (户均增收3260元: the extra income per household)


def with_last_name(indicator: str, last: str | None, carried: str | None, cand: NumberCandidate,
                   text: str, listed: bool, comma_start: int) -> str:
    """A name that is only part of one (影响…, 总数, 占…的比重) completed with the last name of
    the sentence (``last``) or of the paragraph (``carried``)."""
    indicator = without_period_word(indicator)
    if indicator in _CHANGE_AMOUNTS and (base := carried or last) and _RANKED_BY_CHANGE.search(
            text, 0, comma_start) is not None and text.find(_EACH, comma_start, cand.start) >= 0:
        # 21个省份彩票销售量出现增长。其中，广东、江苏、浙江增加额较多，分别增加2.86亿元…: the
        # members ranked by their change, each change of what the paragraph measures
        moved = _MEASURE_THAT_MOVED.fullmatch(base)
        return moved.group("measure") if moved is not None else base
    if (indicator and indicator.startswith(_CONTRIBUTES) and last
            and cand.category == "point"
            and len(last) + len(indicator) <= metric_lexicon().indicator_max_chars
            and not last.startswith(_CONTRIBUTES)):
        # 猪肉价格下降15.3%，影响CPI下降约0.23个百分点: the part that moved the whole (after
        # a share, 占全省进出口总值的62.5%，拉动…: the part, not its share)
        part = last.split("占", 1)[0] if "占" in last[1:] else last
        indicator = (part.removesuffix("占比") or last) + indicator
    if indicator in _HALVED and last:
        # 案件受理费5,980元，减半收取计2,990元: the fee charged at half, named by the fee (what
        # changes, as 年增率 is named by what grows)
        return last
    if indicator in _RANK_WORDS and last and (
            cand.category == "rank" or cand.unit_raw in _RANK_UNITS):
        # GDP为16780.1亿元，…，排名较上半年上升2位至第八: a rank, and its change, are named by
        # what is ranked (the set's labels never say 排名)
        return without_generic(last)
    if indicator and not text.startswith(indicator + _BOTH, comma_start):
        # (…下降0.5%，二手住宅…下降0.8%，降幅均比上月扩大: 均, the rates of both, left bare)
        indicator = merge_generic(indicator, last, indicator in text[comma_start : cand.start])
    avg = indicator[:2]
    if (avg in _AVERAGE_PER and 2 < len(indicator) <= 4 and last
            and indicator[2:] in last and not last.startswith(avg)):
        # 铁路发送旅客2.87亿人次，日均发送105.1万人次: the verb of the last name alone, its average
        return avg + last
    if indicator in _MEASURES_OF_THING and last and (
            text.startswith(indicator, comma_start)
            or text.endswith(_ITEM_MARK + indicator, 0, cand.start)) and (
            not last.endswith(indicator)
            and (not leading_flow_verb(last) or last.startswith(_NEW_HOMES))):
        # 全自动运行线路达到4条，里程118.6公里: a clause of a bare measure after a count is the
        # measure of the things counted (推出9宗地块，总面积约520亩: not of a deed's, h81's
        # label bare)
        return last + indicator
    if (indicator[-2:] in _GAIN_PER and "%" not in (cand.unit_raw or "")
            and (gain := text[comma_start : cand.start].partition(indicator)[2]) in _GAINS):
        # 其中脱贫户1.86万户，户均增收3260元: an amount gained per household is the gain itself
        # (增收 a name here, not the growth word of a percent after the last name)
        return indicator + gain
    if indicator in _DAILY_OUTPUT and (produced := last or carried) and (
            produced.endswith(_DAILY_OUTPUT) or _PRODUCED in produced):
        # 共生产粗钢2031.48万吨、平均日产203.15万吨，日产环比下降2.36%: the daily output of the
        # thing last produced (粗钢平均日产), and the change of that mean (…累计生产粗钢6.38亿吨，
        # 同比下降0.9%；累计平均日产203.87万吨: after a semicolon, the paragraph's last name)
        if produced.endswith(_DAILY_OUTPUT):
            return produced
        head, _, item = produced.partition(_PRODUCED)
        return head + item + indicator
    if indicator in _AVERAGE_PER and (last or carried):
        # 车流量达到2630.4万辆次，日均328.8万辆次: the average per day of the last thing named
        base = (last or carried or "").removeprefix(indicator)
        return indicator + base
    if text.startswith(_HAS, comma_start) and (main := _MAIN_ITEM.search(text, 0, comma_start)):
        # 内地旅客有235.79万人次，当中以个人游旅客为主，有108.62万人次: the main item's figure
        return main.group("item")
    if (last and indicator in metric_lexicon().rank_verbs
            and text.endswith(BY_AMOUNT, 0, cand.start)):
        # …公共充电设施占全国的70.8%，其中广东省以72.6万台位居首位: the amount a rank is by is
        # of the thing last named (its head noun), not the rank verb
        return _amount_of(last).rsplit("的", 1)[-1]
    if indicator[:1] == "占" and (items := _part_before(text, comma_start, indicator)):
        # 杭州、宁波、温州税收收入位居全省前三，合计占全省的61.4%: the items ranked or listed in
        # the clause before, together, are the part; 7kW交流充电桩仍是…的主流，占比约为91.3%:
        # the thing the clause before is about
        return items + indicator
    if indicator and (last or carried) and PERIOD_RATE.fullmatch(indicator):
        # 年增率为1.48% after CPI…: the rate of the thing last named (its word, kept for the kind,
        # goes with the subject: :func:`.naming.apart_from_subject`)
        return without_period_rate(last or carried or "") + indicator
    if indicator and (last or carried) and not (
            indicator[0] == "占" and (listed or ("分别" in text[comma_start : cand.start]
                                               and not _periods_listed(text, comma_start))
                                     or (_SUM_OF_ITEMS.match(text, comma_start)
                                         and not _figures_of_one_name(text, comma_start))
                                     or _ITEMS_WITHOUT_FIGURES.search(text, 0, comma_start))):
        # (占…的比重分别为17.8%和45.6%: each share is of its own part, not of the last; 分别为…，
        # 合计占…的61.1%: the items' sum, not the last item, is the part)
        indicator = of_last(indicator, last or carried, cand, text)  # type: ignore[arg-type]
    return indicator


# periods listed before one name and its 分别 values (2022年末、2023年末占用余额分别为…、…): the
# 分别 shares after it are that one name's, a share per period
_PERIODS_LISTED = re.compile(r"(?:\d{4}年(?:末|底|度)?|\d{1,2}月(?:末|底)?)"
                             r"(?:、(?:\d{4}年(?:末|底|度)?|\d{1,2}月(?:末|底)?))+"
                             r"[^、，,；;。\d]{2,16}分别为")


def _periods_listed(text: str, comma_start: int) -> bool:
    """The clause before the share's lists periods, then one name and its values (分别为)."""
    start = max(text.rfind(c, 0, max(0, comma_start - 1)) for c in "，,；;。") + 1
    return _PERIODS_LISTED.search(text, start, comma_start) is not None


_BOTH = "均"
# a change's own word standing for a name (增加额较多，分别增加…; 减少较多，分别减少…), the members
# ranked by it, and the count of members that moved naming what changed (省份彩票销售量出现增长)
_CHANGE_AMOUNTS = frozenset(("增加额", "减少额", "增量", "减量", "增加", "减少", "增幅", "降幅"))
_RANKED_BY_CHANGE = re.compile(
    r"(?:增加额|减少额|增量|减量|增加|减少|增幅|降幅)(?:较多|较大|最多|最大)[，,]")
_EACH = "分别"
_MEASURE_THAT_MOVED = re.compile(
    r"(?:省份|省（区、市）|省区市|省市|城市|地市|县（市、区）|县区|地区)"
    r"(?P<measure>[\u4e00-\u9fff]{2,12}?)(?:出现|实现)正?(?:增长|下降|上涨|下跌|回升)")
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


def _other_flow_verb(name: str, verb: str) -> str:
    """A flow verb of the lexicon other than ``verb`` inside ``name`` (受理 of 省法院受理案件)."""
    return next((v for v in metric_lexicon().flow_verbs if v != verb and v in name), "")


_MEASURED = re.compile(r"按[^，,；;]{0,12}?计算$")
_FROM = "由"
# a clause adjusting a price or a rate, before the clause of its old and new levels (同步调整
# 非居民用水价格，由…调整为…)
_ADJUSTED_BEFORE = re.compile(r"(?:调整|上调|下调|调高|调低|提高|降低)"
                              r"(?P<what>[^，,；;。：:\d]{2,16})[，,]$")


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
