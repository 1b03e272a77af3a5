"""What kind of statement a number makes: actual, count_total, growth_rate, share, rank, other
(:func:`classify`), and whether a figure at a day is a stock there (:func:`kind_of`).

Decided from cue words around the number (lexicon ``kind_cues``) and the unit's category; whether
it is a goal is :mod:`.goal_words`'s, the verb of change and its sign :mod:`.change_words`'s.
"""

from __future__ import annotations

import re

from pipelines.domain.metrics.candidates import NumberCandidate
from pipelines.domain.metrics.change_words import (
    AGAINST_LAST_YEAR,
    changes,
    holds_any,
    strip_fillers,
    threshold_level,
)
from pipelines.domain.metrics.counts import scopes_plan
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.period_spans import NO_PERIOD
from pipelines.domain.records import MetricKind, Period

# 上涨的有13个, 其中增长的有31个: the members of a group that are so
_MEMBERS = ("的有", "的共有")
# a gap to another figure (高于全国, 低于各项贷款增速): points after it compare, they do not change
_GAP_TO = ("高于", "低于", "快于", "慢于")
_CONTRIBUTION_RATE = ("贡献率", "貢獻率")
# the rain a storm brought over its span (累计降雨量, 累计降水量, 累计雨量): the hydrologists' term
# for a span's total, no running total of a flow (tests/gold's h178: 累计 a frame word)
RAIN_TOTAL = "累计降"
# a level's gap to a line it is held against (超警戒水位0.86米, 低于警戒水位0.08米, 超汛限水位
# 0.32米, 超保证水位): how far above or below the line, no level nor change of its own
OVER_LINE = re.compile(r"(?:超过?|超出|高于|低于)(?:警戒|保证|汛限|设计|历史最高)水位[约近]?$")
# 比上月末低0.3个百分点, 较上年同期高, 比年初下降, 较2019年同期低 (a base year's same months):
# a level against an earlier time of its own
_EARLIER = re.compile(
    r"[比较](?:上[年月季期]|去年|前[一两三]|(?:\d{4}年)?同期|年初)[^，；。]{0,6}[高低快慢]$")
# 比实际增速低, 较全国高: higher or lower than another figure (not an earlier time: _EARLIER)
_AGAINST_ANOTHER = re.compile(r"[比较][^，,；;。\d]{1,8}?(?<![提降减])[高低]出?$")
# 较二〇二三年多约三成, 比上年少两成: more or fewer than at an earlier time, a change
# (比前年的2万8986宗少2.9%: the base's own figure written after it, then 多 / 少)
_MORE_THAN_EARLIER = re.compile(
    r"[比较](?:上[年月季期]|去年|前[一两三]?[年月周]?|同期|年初|(?:\d{4}|[〇零一二三四五六七八九]{4})年)"
    r"(?:[^，,；;。\d]{0,6}?|的\d[\d.,万亿千]*[^\d，,；;。]{1,3}?)[多少]$")
# a share of a base written right before the number (占新增装机的, 占全部新增贷款的): the base's own
# words (新增, 增量) say nothing of a change
_SHARE_OF_BASE = re.compile(r"占[^，,；;。\d占]{1,20}?的?$")
# 影响CPI下降约0.27个百分点, 拉动全省经济增长1.2个百分点: the part one component contributes
_CONTRIBUTION = re.compile(r"(?:影响|拉动)[^，；。]{1,24}(?:上涨|下降|增长|上升|回落|下跌)约?$")
# a density or an average per head or household (每千人口…, 每10万人中…, 平均每个家庭户的人口)
_PER_HEAD = ("每千", "每万", "每百", "每十万", "每1", "平均每", "户均", "每户平均", "每人平均")


# the size of a change as a clause's first word, the size itself after it (，升幅为0.57%, ，增幅
# 分别为7.1%、…; not 降幅比上月收窄0.5个百分点: the size's own change, named by it)
CHANGE_SIZE = re.compile(r"(?:升幅|增幅|涨幅|降幅|跌幅)(?:分别)?(?:为|是|达到|达)"
                         r"(?:-?[\d.]+%[、和及与])*$")  # (…7.1%、7.5%和: a list's later items)
# the size of a change given anywhere in a clause, after the name of what changed (基本綜合消費
# 物價按年升幅為1.2%, …的平均每月升幅亦為0.1%)
SIZE_GIVEN = re.compile(r"(?:升幅|增幅|涨幅|跌幅|降幅)亦?(?:分别)?(?:为|是|达)"
                        r"(?:-?[\d.]+%[、和及与])*$")


# a rate in brackets right after its item, written with its sign (電力、燃氣及水（+9.6%）、衣履
# （-2.3%）: the minus is the number's own, so the clause ends with the bracket): a change,
# as no share is signed
_PLUS_IN_BRACKET = re.compile(r"[（(]\s*[+＋]$")
_IN_BRACKET = re.compile(r"[（(]\s*$")


def _signed_in_bracket(cand: NumberCandidate, clause_text: str) -> bool:
    return _PLUS_IN_BRACKET.search(clause_text) is not None or (
        cand.value < 0 and _IN_BRACKET.search(clause_text) is not None)


def classify(
    cand: NumberCandidate,
    indicator: str,
    gap: str,
    clause_text: str,
    is_target: bool,
    over_a_span: bool = False,
) -> MetricKind:
    """Kind of one number.

    ``gap`` is the text between the indicator and the number (its verb: 增长, 达, 居);
    ``clause_text`` the clause before the number; ``is_target`` the caller's forward-looking test;
    ``over_a_span``: the number is dated by a span (a month, a week), not a day.
    """
    if is_target:
        return "target"
    lex = metric_lexicon()
    cat = cand.category
    if RAIN_TOTAL in clause_text:  # 累计降雨量最大为…站312.4毫米: a storm's rain over its span
        clause_text = clause_text.replace(RAIN_TOTAL, RAIN_TOTAL[-1])
    if cat in _AMOUNTS and OVER_LINE.search(clause_text) is not None:
        return "other"  # 超警戒水位0.86米: a gap to the warning line (as 高于全国0.8个百分点)
    if cat == "rank":
        if cand.ordinal:
            return "rank"
        if strip_fillers(gap).endswith(lex.rank_change_cues):
            # 较上年上升12位: a move against an earlier year, a change as points against one
            # are (_EARLIER); 位次上升3位 alone: a move, no position
            return "growth_rate" if holds_any(gap, AGAINST_LAST_YEAR) or (
                _EARLIER_TIME.search(gap) is not None) else "other"
        cat = "count"  # 3位院士
    growth_gap = changes(gap, lex.growth_cues) or (
        not gap and _BARE_CHANGE.fullmatch(clause_text.strip()) is not None
        and changes(clause_text, lex.growth_cues))
    if cand.unit == _INDEX_POINTS and (growth_gap or _COMPARED.search(clause_text)):
        cat = "point"  # 比前一周上升0.85个点, 较年内高点…低11.16个点: an index's change or gap
    if cat is None and cand.unit is None and indicator.endswith(_INDEX_NAMES) and not growth_gap:
        return "actual"  # 消费者物价总指数  109.86 in a table: an index's level, no count
    if cat == "ratio":
        # 收入比为2.08 / 比上年缩小0.03: a ratio's level, or its change
        if growth_gap or changes(gap, lex.rate_change_cues):
            return "growth_rate"
        # (景气指数为92.68, 采购经理指数为49.8, 10月WPI為103.27: an index's level, not a share;
        # 汇率中间价报7.1712: a price's)
        # (马币兑新元则报3.2210: a currency quoted against another, a rate as 汇率 is)
        # (猪粮比价为5.6:1: a ratio of two prices, a share as 比值 is)
        return "actual" if (indicator.endswith(_LEVEL_RATIOS) and not indicator.endswith(
            _PRICE_RATIO)) or _QUOTED_AGAINST.search(indicator) is not None else "share"
    if growth_gap and cat == "percent" and (share_of := _SHARE_OF_BASE.search(gap)) is not None:
        # 分别占新增装机的59.8%: the change word is the base's name (新增), the number its share
        growth_gap = changes(gap[: share_of.start()], lex.growth_cues)
    if cat in ("point", "percent") and not growth_gap:
        growth_gap = changes(gap, lex.rate_change_cues) or (
            cat == "percent" and _MORE_THAN_EARLIER.search(
                clause_text if gap in ("多", "少") else gap) is not None)
    if cat == "point":
        if _CONTRIBUTION.search(clause_text):
            return "other"  # 影响CPI下降约0.27个百分点: a part of another figure's change
        if _GAP_TO_EARLIER.fullmatch(strip_fillers(gap)) is not None:
            return "growth_rate"  # 低于2024届0.7个百分点: against an earlier time, a change
        if gap.startswith(_GAP_TO):
            return "other"  # 高于各项贷款增速9.7个百分点: a gap to another figure, not a change
        if _EARLIER.search(clause_text):
            return "growth_rate"  # 增速比上月末低0.3个百分点: against an earlier time, a change
        if _AGAINST_ANOTHER.search(clause_text) is not None:
            return "other"  # 比实际增速低1.4个百分点: a gap to another figure, no change in time
        return "growth_rate" if growth_gap else "other"  # 提高1.1个百分点 / 高于全国0.8个百分点
    if cat == "percent":
        if _signed_in_bracket(cand, clause_text):
            return "growth_rate"  # 電力、燃氣及水（+9.6%）, 衣履（-2.3%）: a signed rate, a change
        if indicator.endswith(lex.breadth_suffixes) and len(indicator) > 1:
            return "share"  # 增长面为70.7%: the share of units that grew
        if indicator.endswith(_CONTRIBUTION_RATE):
            return "share"  # 对工业增长贡献率超四成 (no 的 before it): a share of the growth
        if (holds_any(name := indicator.rpartition("的")[2], lex.growth_indicators) and (
                _SHARE_OF not in name)) or CHANGE_SIZE.match(clause_text) is not None or (
                SIZE_GIVEN.search(clause_text) is not None):
            # 涨幅, 通胀率: rates of change whatever their suffix (利润增长的贡献率: a share
            # of the growth, named by what follows its 的; 占总涨幅约三分之二: a share of it);
            # …上升189亿美元，升幅为0.57%: a clause opening with the change's size, named by
            # what changed
            return "growth_rate"
        if _GAP_ABOVE.search(clause_text) is not None and not growth_gap:
            return "other"  # 日均较工作日高出11%: a gap to another base, no change in time
        if indicator.endswith(lex.share_cues) and not growth_gap:
            return "share"
        return "growth_rate" if growth_gap else "share"
    if cat == "multiple":
        growth = growth_gap or holds_any(indicator, lex.growth_indicators)
        if not growth and indicator.endswith(_RATIO_NAMES):
            return "actual"  # 市盈率为32.47倍: a ratio's level, read in 倍
        return "growth_rate" if growth else "other"
    if growth_gap and holds_any(indicator, _STOCK_NOUNS) and cat in _AMOUNTS:
        return "actual"  # 地下水储存量增加18.5亿立方米: the change of a stock, a flow
    if cat == "count" and (_RATE_PER_BASE.search(clause_text) is not None or (
            indicator.endswith(_RATE) and _RATE_NAMED_PER_BASE.search(indicator) is not None)):
        # 有效申诉率为每百万件快递业务量0.42件, 每百万车公里故障率0.41次: a rate, counted per its
        # base
        return "share"
    if cat in _AMOUNTS and ("于" in clause_text or "於" in clause_text) and (
            _GAP_BETWEEN.search(clause_text) is not None):
        return "other"  # 女性多於男性32.4萬人: the gap between two figures, no amount of either
    if _RUNNING_MEAN.search(clause_text) is not None:
        return "actual"  # 累计平均日产203.87万吨: the mean over the running span, no running total
    if holds_any(clause_text, lex.cumulative_cues) and not _capacity_built(cand, clause_text):
        return "count_total"
    if cat == "count" and _OBJECT_OF.search(clause_text) is not None:
        return "actual"  # 对1.6万名失信被执行人采取…, 与5家金融机构签署…: those acted on
    if (cat == "count" and strip_fillers(gap) == "有" and "的" in clause_text
            and cand.unit not in lex.flow_units and not _governs(indicator, lex.acting_verbs)):
        # (获批准在澳门居留的中国内地移民有1,024人: those an authority's act of the period took in,
        # a flow, below)
        return "count_total"  # 经费超过100亿元的行业大类有3个: the members of a class
    # 有进出口实绩的企业超过三万六千家: a flow word in a modifier (before the last 的) describes
    # the things counted; only the head noun says whether the number is a flow
    # 每10万人中具有…的人数: the whole name's; 每100名员工中有0.8人被裁退: the base before it
    per_head = (is_density(indicator) or indicator.endswith(_DENSITY)
                or _PER_BASE_BEFORE.search(clause_text) is not None)
    modifier, of, head = indicator.rpartition("的")
    if of and modifier and not _governs(modifier, lex.acting_verbs) and (
            _NEWLY.fullmatch(modifier) is None):  # (首次登记的私家车, 新注册的企业: things new in
        # the period, the modifier's deed their flow)
        indicator, clause_text = head, clause_text.replace(modifier, "", 1)
    if holds_any(_without_doers(indicator), lex.actual_cues) or holds_any(
            _RISEN_TO.sub("", gap), lex.actual_cues) or _governs(indicator, lex.acting_verbs):
        return "actual"  # 新增就业, 常住人口净增, 资助参加基本医疗保险8500万人: a flow
    if cand.unit in lex.flow_units or (cand.unit is None and indicator.endswith(_EVENT_NAMES)):
        return "actual"  # 3400万人次, 观影人次462.5万: visits and trips are events over a period
    if cat == "count" and strip_fillers(gap).endswith(_MEMBERS):
        return "count_total"  # CPI同比上涨的有13个: how many of a group are so, not a change
    if growth_gap and cat == "count" and gap.endswith(_OF):
        return "count_total"  # 价格上涨的11个，下降的9个: the members of a group that moved
    if growth_gap and cat in _AMOUNTS:
        return "actual"  # 年均增长 50 万人: a change, realised
    if per_head or holds_any(indicator, _PER_DAY):
        # 每千人口执业（助理）医师4.6人: a density; 日均营业影院12860家: a period's daily mean, no
        # count of things standing at a date
        return "actual"
    if cat == _CURRENCY and _INVOLVED in clause_text:
        return "actual"  # 实施并购重组项目87个，涉及资产总额约3200亿元: the deals' size, no holding
    stock_cues = lex.count_total_cues if cat in ("count", None) else lex.amount_stock
    stocked = holds_any(clause_text, stock_cues) or _stock_named_apart(
        indicator, clause_text, stock_cues)
    if (stocked and _OF_THE_PERIOD.search(clause_text) is None) or (
            cat != "count" and _CARRIED_AT_END.search(clause_text) is not None):
        return "count_total"  # money and tonnes are flows unless a stock word says so (存款余额;
        # 年终结转0.25亿元: what is carried at the year's end, a balance)
    if holds_any(_without_doers(_RISEN_TO.sub("", clause_text)), lex.actual_cues):
        return "actual"
    if cat == "count" and strip_fillers(gap).endswith(_ONLY_HAS):
        return "count_total"  # 亿元以上项目仅有1个: how many there are, a stock
    if cat == "count" and (_NEWLY.match(indicator) is not None
                           or _NEW_CASES.search(indicator) is not None):
        return "actual"  # 新培育家庭农场17家, 职业病新发病例0例: those new in the period, a flow
    if cat == "count" and _SET_UP.search(clause_text) is not None:
        return "actual"  # 全县共设考点12个、考场508个: set up for an event held, what it had
    if cat == "count" and _moved_volume(indicator):
        return "actual"  # 海铁联运箱量302.7万标箱: boxes moved over the period, a flow
    if cat == "count" and indicator.endswith(lex.flow_things):
        return "actual"  # 签约项目32个, 生命健康项目7个: projects signed or begun in a period
    if cat == "count" and over_a_span and _DREW.search(indicator) is not None:
        return "actual"  # 1—9月，全国领取失业保险金人数为423万人: those who drew it in the months
    if cat == "count" and over_a_span and holds_any(clause_text, _FORMED):
        # 前三季度…组建…辅导团队326个, 全年…入选…培养对象9人: formed or selected in the span
        # (截至6月末…组建: a stock)
        return "actual"
    if cat == "count" and over_a_span and cand.unit in _ITEMS_HANDLED:
        return "actual"  # 10月份，…订销报纸业务1.46亿份, 第44周…检测…标本412份: handled in it
    if cat in ("count", None) or standing_area(indicator, gap, cand.qualifier):
        return "count_total"  # (油茶面积达到2.6万亩, 基地面积稳定在1400亩以上: a standing area)
    return "actual"


# a clause of a change against an earlier time alone (综合指数为4.12，同比改善6.2%; 同比改善幅度为
# 4.4%) when the number took the name of the figure before (its gap is empty): a change of it
_BARE_CHANGE = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年)[\u4e00-\u9fff]{1,2}(?:幅度)?[为了]?")


_FORMED = ("组建", "入选")  # teams or bodies formed, people or things selected


def _capacity_built(cand: NumberCandidate, clause_text: str) -> bool:
    """A capacity (千瓦, 千瓦时) of what stands built (截至10月底，全国已建成投运新型储能装机
    规模达到1.02亿千瓦/2.58亿千瓦时): its level at the day, ``actual`` as a capacity at a date
    is (发电装机容量达到15236万千瓦); 已建成 / 已开通 make a stock of the things counted
    (已建成回收网点3.6万个), 累计 a running total of anything (累计装机达到21.64亿千瓦)."""
    if cand.unit not in _CAPACITY_UNITS or not any(w in clause_text for w in _BUILT):
        return False
    rest = clause_text
    for w in _BUILT:
        rest = rest.replace(w, "")
    return not holds_any(rest, metric_lexicon().cumulative_cues)


# a change ending in the level it reached (由112年底的28处增加至113年底的36处): the number is that
# level, no amount added (增加 a flow's word only when the number is what was added)
_RISEN_TO = re.compile(r"(?:增加|新增|增长)(?=[至到])")
_CAPACITY_UNITS = ("千瓦", "千瓦时")
_PHYSICAL = "physical"
_BUILT = ("已建成", "已开通")


# those drawing a benefit or using a service, counted over a span (领取失业保险金人数 1—9月,
# 1至9月居家服务使用者…人); at a day (截至9月末，…
# 领取待遇人数1.83亿人) they are the beneficiaries on the rolls, a stock
_DREW = re.compile(r"领取[^，,；;。\d]{0,10}人数$|使用者$")


# 涉及 "involving" before an amount: the money the things or events counted involve (涉及资产
# 总额, 涉及资金, 涉及金额), a measure of them, not a stock held (资产 names what was traded)
_INVOLVED = "涉及"
_CURRENCY = "currency"


def _stock_named_apart(indicator: str, clause_text: str, stock_cues: tuple[str, ...]) -> bool:
    """A stock word in a name given outside the clause (常州队以6胜1平积19分: 积分, named after the
    number: the points so far), the clause naming no flow of its own (…用户总数达18.2亿户，全年
    净增2986万户: the change of the stock, a flow)."""
    return (indicator not in clause_text and holds_any(indicator, stock_cues)
            and not holds_any(clause_text, metric_lexicon().actual_cues))


def _without_doers(text: str) -> str:
    """``text`` without the people and places named by what they do (投资者总数达2.25亿:
    investors, a stock of people, not an investment; 派出所120个: police stations, not teams
    sent out), which hold a flow's word but are no flow."""
    return _DOERS.sub("", text) if any(h in text for h in _DOER_HINTS) else text


# a rate whose value is counted per a base written before it (有效申诉率为每百万件快递业务量,
# 发生率为每十万人): a share, though its unit is a count's
_RATE_PER_BASE = re.compile(r"率(?:为|是|达)?每[^，,；;。\d]{1,12}$")
# a rate whose name opens with its base (每百万车公里故障率, 每万人口发病率)
_RATE_NAMED_PER_BASE = re.compile(r"每[^，,；;。\d]{1,12}率$")
_RATE = "率"
# one figure more or fewer than another (女性多於男性, 死亡数少于出生数): not 不少于, a bound
_GAP_BETWEEN = re.compile(r"(?<![不至])[多少][于於][^，,；;。\d]{1,10}$")
# a base of an earlier time (较上半年, 比上月, 较年初, 比2024年同期): a move since then is a change
# (较上一年度上升41位: the year before written out)
_EARLIER_TIME = re.compile(
    r"[比较](?:上一?[年月季期周]|上半年|去年|前[一两三]?[年月季周]|(?:\d{4}年)?同期|年初|年底)")
# what a fund kept in the period itself (当年结余33.4亿元, 当期结存: the year's surplus, a flow;
# 年末滚存结余 is the balance)
_OF_THE_PERIOD = re.compile(r"(?:当年|当期|本年|本期)(?:收支)?(?:结余|结存)")  # (当年收支结余)
# an amount carried forward at a span's end (年终结转, 年末结转, 期末结转): a balance at that day
_CARRIED_AT_END = re.compile(r"(?:年终|年末|期末|年底)结转")
# numbers with no unit that are levels, not shares: an index, a price, an exchange rate
# (CPI / WPI / PPI / PMI: a price or a survey index by its abbreviation, 10月CPI為109.86)
_INDEX_NAMES = ("指数", "CPI", "PPI", "WPI", "PMI")
# (平均市盈率为19.42: a valuation's multiple written bare, a level as 市盈率为32.47倍 is)
_LEVEL_RATIOS = (*_INDEX_NAMES, "价", "汇率", "高点", "低点", "市盈率", "市净率")
_PRICE_RATIO = "比价"
# a name closing on a currency quoted against another (马币兑新元, 令吉兑人民币, 美元兑日元)
_QUOTED_AGAINST = re.compile(r"兑[\u4e00-\u9fff]{1,3}[元币镑郎吉铢卢]$")
# an index's points (个点, 点); a change or a gap in them is read as one in percentage points
_INDEX_POINTS = "点"
_COMPARED = re.compile(r"[比较]")
# 较/比 a base that is no earlier time, then 高出 / 低出 (日均较工作日高出): the gap between two
# figures of the same period
_GAP_ABOVE = re.compile(r"[较比](?!上|去年|前|同期|年初)[^，,；;。\d]{1,8}?[高低]出$")
# 高于 / 低于 an earlier time alone (低于2024届0.7个百分点, 高于上年同期): a change against it;
# so is a pace's lead or lag on it (播种进度快于去年同期3.2个百分点, 慢于去年同期)
_GAP_TO_EARLIER = re.compile(
    r"(?:高于|低于|快于|慢于)(?:上年|去年|上月|上季|上届|(?:上年|去年)?同期|\d{4}(?:年|届)(?:同期)?)")
# stocks named as such (储存量, 保有量): a change after the name is the change, not the stock
_STOCK_NOUNS = ("存量", "保有量")
_AMOUNTS = ("count", None, "currency", "physical")
# a ratio whose level is read in 倍 (市盈率, 市净率; a bond issue's 投标倍数, 认购倍数: bids over
# the amount offered; not 是…的3.6倍, a multiple of another figure)
_RATIO_NAMES = ("率", "倍数")
# a mean per day, week or month of the period (日均票房, 日均营业影院, 月均), or per match
# (场均上座)
# a base of heads right before a count (每100名员工中有, 每万人中): the count is per that base
_PER_BASE_BEFORE = re.compile(r"每[\d十百千万]+[名个户人位][^，,；;。\d]{0,6}中有?$")
_PER_DAY = ("日均", "周均", "月均", "场均", "每日", "每天", "每周", "每月")  # (国际航线每周航班量)
_DOER_HINTS = ("投资", "派出", "新建", "安全生产委员会")  # (searched first: most names hold none)
# (外商投资企业, 投资公司, 锦瑞投资控股有限公司, 产业投资引导基金: firms and funds named by what
# they do, a holder or a count of firms, no investment; 新建商品住宅库存, 新建商品房: the
# statistics' class of new homes, not homes built in the period; 安全生产委员会成员单位达到4860个:
# work safety, no production)
_DOERS = re.compile(
    r"投资(?:者|人|[^，,；;。\d]{0,6}?(?:企业|公司|机构|基金|集团))|派出所|新建(?=商品住宅|商品房)"
    r"|安全生产(?=委员会)")


def _moved_volume(indicator: str) -> bool:
    """A volume (箱量, 运量, 业务量: …量) counted in things moved or handled over a period, not
    a number of things held (数量, 有效注册商标量, 保有量, 存量)."""
    return (indicator.endswith(_VOLUME) and not indicator.endswith(_HELD_VOLUMES)
            and _IN_FORCE not in indicator)


_VOLUME = "量"
# (质量: quality, no volume)
_HELD_VOLUMES = ("数量", "总量", "拥有量", "保有量", "存量", "质量")
_IN_FORCE = "有效"  # (有效注册商标量: the marks in force at a date, a stock)


# pieces and copies (件, 份) counted over a span with no stock word: the items handled, sent or
# tested in it (a month's 订销报纸业务1.46亿份, a week's 检测标本412份, 阳性158份), a flow; at a day
# or undated they stand (有效发明专利…件, 现行有效的132件…文件)
_ITEMS_HANDLED = ("件", "份")


_OF = "的"
# what there only is (亿元以上项目仅有1个, 只有3家): a count of what stands, not a flow
_ONLY_HAS = ("仅有", "只有", "尚有", "还有")
# 新 "newly" before a verb of making or admitting (新培育家庭农场17家, 新认定高新技术企业12家;
# a registry's 新设企业, 新设经营主体: those set up in the period; 新购置植保无人机126架: bought):
# the things made or bought in the period
# (not 新能源, 新型, 新兴: adjectives of a name; 新设备, 新设施, 新设计: nouns)
# (after the text's own scope, 全乡新培育…, 皖北6市新设…, not inside a word: 创新发展, 更新设备)
_NEWLY = re.compile(
    r"(?:全\w|[^，,；;。]{0,6}?[市省县区州乡镇])?(?:新|首次(?=登记|注册))(?:培育|发展|认定|引进|招引|注册|登记|设立|成立|组建"
    r"|创建|评定|落户|入驻|设(?![备施计])|购置|购买|购进|识别|纳入)")
# a verb setting things up for an event or for those it serves (全县共设考点12个, 为21名残疾
# 考生设置单独考场6个, 增设临时服务点, 全省设考点186个): what was set up, a flow; not 设有, what
# a place has standing, nor a plan's design (《纲要》共设置主要指标20项: the indicators it holds)
_SET_UP = re.compile(
    r"(?:共设(?![置立有])|增设|开设|为[^，,；;。]{1,16}?设置|设(?=考[点场区]))(?!有)")
# cases newly arising (职业病新发病例0例, 新发感染者, 新发案件): those of the period, wherever the
# name puts them (after what they are cases of)
_NEW_CASES = re.compile(r"新发(?:病例|病|感染|确诊|案件|案)")
# a level reached or held (达到, 稳定在, 保持在): of an area, what stands at the period's end,
# unless the area is a season's (播种面积, 收获面积) or a year's work (造林面积)
_LEVEL_VERBS = ("达到", "达", "稳定在", "保持在", "稳定", "保持")
# (契作: a year's contract farming, 114年契作…面积達3,250公頃, the season's as sowing is)
_SEASON_AREAS = ("播种", "收获", "造林", "契作")
_AREA = "面积"  # (named: 油茶面积; a bare 面积 is of the thing the clause before names)


def standing_area(indicator: str, gap: str, qualifier: str) -> bool:
    """An area (面积) at a level reached (达到 in the quote: qualifier reach) or held, not a
    season's sown or harvested area."""
    return (indicator.endswith(_AREA) and len(indicator) > len(_AREA)
            and (qualifier == "reach" or strip_fillers(gap).endswith(_LEVEL_VERBS))
            and not any(w in indicator for w in _SEASON_AREAS))


def is_density(indicator: str | None) -> bool:
    """A density or an average per head or household (每千人口…床位数, 户均): no count of things."""
    return bool(indicator) and indicator.startswith(_PER_HEAD)  # type: ignore[union-attr]


# people per unit of area (人口密度为每平方公里20,640人): a level, no count of things
_DENSITY = ("人口密度",)


def _governs(modifier: str, verbs: tuple[str, ...]) -> bool:
    """The name opens with a verb whose object the rest is (依法拘留拒不履行义务的被执行人: 拘留
    [the people who…], a flow of people detained), not a modifier describing what is counted
    (有进出口实绩的企业)."""
    return _BY_LAW.sub("", _OFFICIALS.sub("", modifier, count=1), count=1).startswith(verbs)


# 依法 / 司法 before the verb (依法拘留…, 司法拘留拒不履行的被执行人312人): the act's ground or
# kind, the verb after it governs the name
_BY_LAW = re.compile(r"^(?:依法|司法)")


# officials named before what they did (学校领导走访用人单位, 市领导慰问…, 党员干部帮扶…): the
# doers, not what is counted
_OFFICIALS = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:领导|干部)(?:班子|同志)?")


# a preposition opening the clause before a count, alone or after an adverb: what is counted is
# acted on in the period (对1.6万名失信被执行人采取惩戒措施, 为2.8万名农民工追回…; not 裁员人数为
# 3500人, where 为 is "is", nor 与超过110个国际城市建立了友城关系, a standing relation; but 与
# after 还/并/也, 区政府还与5家金融机构签署…: partners of an act the text goes on to)
_OBJECT_OF = re.compile(
    r"(?:(?:^|[，,；;])(?:全[县市省区])?为|(?:^|[，,；;]|还|并|也|已|先后)(?:对|向)|(?:还|并|也)与)\s?$")


# (the unit of events named before the number: 观影人次462.5万)
_EVENT_NAMES = ("人次", "架次", "车次", "班次", "场次", "辆次")


_LIMIT_WORDS = re.compile("[限线線值]")  # (a cheap look before threshold_level)


def kind_of(cand: NumberCandidate, indicator: str, gap: str, clause_text: str, is_target: bool,
            period: Period, inherited: bool = False, in_text: bool = False
            ) -> tuple[MetricKind, Period]:
    """The number's kind (:func:`classify`), and no period for the frame of a plan;
    ``inherited``: the period is an earlier sentence's; ``in_text``: the number is read in running
    text, not in a table's cell (whose day is the table's, a balance sheet's)."""
    if cand.category == "point" and _REVISED.search(gap) is not None:
        return "other", period  # 较8月预测上修1.44个百分点: how far a forecast was revised
    if _LIMIT_WORDS.search(gap) is not None and threshold_level(gap, cand):
        return "other", period  # 低于法定上限50%: the limit's level, not the indicator's
    kind = classify(cand, indicator, gap, clause_text, is_target, _over_a_span(period))
    if (cand.category == "count" and cand.unit not in metric_lexicon().flow_units
            and scopes_plan(clause_text)):
        # (其中国家防总针对防汛防台启动IV级应急响应19次: times something was done, no plan's scope)
        return "other", NO_PERIOD  # 围绕…等6大重点领域: the frame of a plan
    if kind != "target" and cand.category != "rank" and ((any(
            w in clause_text for w in _NORMAL_HINTS) and (
            _NORMAL.search(clause_text) is not None or _NORMAL.search(gap) is not None
            or _AS_MUCH_AS_NORMAL.search(clause_text) is not None)) or _off_the_normal(
            clause_text, gap)):
        # (…分别较正常低0.3度及高0.4度: the list's gap, 较正常高, for the later number)
        return "other", period  # 较正常高0.6度, 比多年平均偏多19.3%: a gap to the normal
    if kind == "count_total" and _done_since(cand, indicator, gap, clause_text, period):
        return "actual", period
    if kind != "actual" or not _at_a_date(period):
        return kind, period
    lex = metric_lexicon()
    so_far = up_to_a_day(period)
    run_up = in_text and so_far and not (inherited and _year_end(period))
    if (cand.category == "currency" and _QUOTED.search(clause_text) is None
            and _PER_UNIT not in (cand.unit or "") and not changes(gap, lex.growth_cues)
            and not is_density(indicator)
            and (_UNBOOKED in indicator or run_up or (
                not ((inherited or not so_far) and holds_any(indicator, lex.actual_cues))
                and _SOLD.search(indicator) is None))):
        # 截至9月底，…涉及金额达到4亿2000万新元, 截至9月30日24时，国庆档预售总票房突破3亿元: a sum
        # run up to the day (not a balance's change, 较年初减少28.6亿元, a flow; nor a market's
        # quotation, 股价报5.86元, 总市值约493亿元: levels; nor a flow a later sentence names under
        # a year's last day, 截至2024年底，…。地理标志产品直接产值超过9600亿元: the year's); 已售
        # 未结转合约销售金额: a backlog; 10月末，…应收账款26.43万亿元: a balance at the month's end
        # (not a flow named at it, 每百元资产实现的营业收入, 10月末…销售额)
        return "count_total", period
    if so_far and stands_at_a_day(cand, indicator, gap, clause_text):
        return "count_total", period
    if run_up and _counted_so_far(cand, indicator, gap, clause_text):
        return "count_total", period
    if run_up and _amount_so_far(cand, indicator, gap, clause_text):
        return "count_total", period
    return kind, period  # (a running total, 累计完成 over a year, 1-10月…累计销售: count_total)


def _done_since(cand: NumberCandidate, indicator: str, gap: str, clause_text: str,
                period: Period) -> bool:
    """A count over a span since a start (2023年以来…限制出境37人, “十四五”以来…制定修订地方性
    法规4部): the deeds done in it, a flow of the span, though its name holds no flow word; not
    a running total written as one (以来累计…), a stock (保有量, 总数, 现有) or a level reached
    (全自动运行线路达到4条), what has done so far (已在336个城市推行), nor the members of a class
    (推行…的城市)."""
    if cand.category != "count" or not (period.text or "").endswith(_SINCE):
        return False
    lex = metric_lexicon()
    return not (_OF in indicator or _ALREADY in clause_text or cand.qualifier == _REACH
                or holds_any(clause_text, lex.cumulative_cues)
                or holds_any(clause_text, lex.count_total_cues)
                or strip_fillers(gap).endswith(_MEMBERS)
                or strip_fillers(gap).endswith(_LEVEL_VERBS))


_SINCE = "以来"
_REACH = "reach"  # (达到4条: the level reached, a stock)


def _year_end(period: Period) -> bool:
    """The day is a year's last (截至2024年底): a flow a later sentence names under it is the
    year's, as a yearly report's flows are."""
    return period.end is not None and (period.end.month, period.end.day) == (12, 31)


def _counted_so_far(cand: NumberCandidate, indicator: str, gap: str, clause_text: str) -> bool:
    """(Of a count at a 截至 day, not a year's last when read from an earlier sentence.) A count
    named as a flow (申请量, 销量, 销售门店: a cue of ``kind_cues.actual``) run up to the day with
    no start of its own (截至10月12日，…补贴申请量突破1020万份, 截至目前，…吉祥物玩偶销量达到
    42万个): a running total at the day, as 累计 writes one; not its change (比上年末净增3512万户,
    比去年同期多接种), those new in the months (截至9月底，新设私营企业: the year's so far), a
    daily mean (日均审核补贴申请) or a density."""
    lex = metric_lexicon()
    return (cand.category == "count" and holds_any(indicator, lex.actual_cues)
            and not changes(gap, lex.growth_cues) and _AGAINST_EARLIER_DAY.search(
                clause_text) is None and not is_density(indicator)
            and not holds_any(indicator, _PER_DAY) and not holds_any(clause_text, _NEW)
            and _NEWLY.match(indicator) is None)


def _amount_so_far(cand: NumberCandidate, indicator: str, gap: str, clause_text: str) -> bool:
    """(Of a figure at a 截至 day in running text.) Events counted in their own unit
    (截至11月21日8时，共记录到余震126次, 出动车辆218台次) or an area or weight hit or done
    (农作物受灾面积约860公顷) run up to the day with no start of their own: a running total at
    the day, as a count named as a flow is (:func:`_counted_so_far`); not a change, those new
    in the months, a daily mean or a density."""
    lex = metric_lexicon()
    return ((cand.category == "count" and cand.unit in lex.flow_units) or (
        cand.category == _PHYSICAL and cand.unit in _AMOUNT_UNITS
        and not holds_any(indicator, _CAPACITY_NAMES))) and not (
        changes(gap, lex.growth_cues) or _AGAINST_EARLIER_DAY.search(clause_text) is not None
        or is_density(indicator) or holds_any(indicator, _PER_DAY)
        or holds_any(clause_text, _NEW) or _NEWLY.match(indicator) is not None)


# amounts of matter that add up over the days (an area, a weight; not a level, 水位…米, nor a
# capacity built, 千瓦)
_AMOUNT_UNITS = frozenset(("公顷", "亩", "平方米", "平方公里", "吨", "千克", "公斤"))
# what can be held or made, a level at the day (目前…国有粮食企业有效仓容315万吨: actual)
_CAPACITY_NAMES = ("仓容", "库容", "容量", "能力", "产能")


# a base of an earlier day or year before the count (比上年末, 较上月, 比去年同期, 同比, 较上届)
_AGAINST_EARLIER_DAY = re.compile(r"[比较](?:上|去|前|年初|同期|今年初)|同比")


# a part of another figure (占总涨幅): a share, whatever the whole is
_SHARE_OF = "占"
# a sum per head or per unit (782元/人·月, 6540元/人·年): a level's rate, no balance standing at
# a day
_PER_UNIT = "/"


def _over_a_span(period: Period) -> bool:
    """The period is a span of days (10月份, 第44周, 1—9月), not one day nor none."""
    return period.start is not None and period.end is not None and period.start < period.end


# an earlier forecast as the base of a revision (较8月预测上修, 比上次预估下调): the points are how
# far the forecast moved, no goal and no change of the figure itself
_REVISED = re.compile(r"[较比][^，,；;。]{0,8}?(?:预测|预估|预计)(?:值)?(?:上修|下修|上调|下调)$")


# a mean per day over a running span (累计平均日产, 累计日均): a level of the span's flow, not its
# total (not 累计平均利用小时: hours summed over the span, averaged over plants)
_RUNNING_MEAN = re.compile(r"(?:累计|累積|累計)(?:平均日|日均|月均)")


def stands_at_a_day(cand: NumberCandidate, indicator: str, gap: str, clause_text: str) -> bool:
    """A count that a 截至 day makes a stock at that day (:func:`_standing_count`; 目前已举办86场:
    events held so far, a running total at the day), not its change (到基层就业648人，较上届增加
    97人: a flow); also asked of an undated count that a later document pass may date so."""
    lex = metric_lexicon()
    return (_standing_count(cand, indicator, clause_text) or (
        cand.category == "count" and (_done_so_far(clause_text) or _held(cand) or (
            # 截至2024年底，…提供托位总数612万个: the total there is, whatever verb before it
            # (not its change: 用户总数…比上年末净增3512万户)
            clause_text.rstrip(_LINKS).endswith(_TOTAL_HEADS)))) or (
        # 截至7月6日，…已播种812.4万亩, 目前已开工建设39.8万亩: an area or a weight done so far,
        # a running total at the day as a count is (not a capacity built: 已建成投运…1.02亿千瓦)
        cand.category == _PHYSICAL and cand.unit not in _CAPACITY_UNITS
        and _done_so_far(clause_text))
    ) and not changes(gap, lex.growth_cues)


def _held(cand: NumberCandidate) -> bool:
    """有 right before the count (截至2025年9月底，公屋申請約有133 800宗): those there are at the
    day, cases on hand too, though cases are counted as events elsewhere."""
    return (cand.qualifier_text or "").endswith(_HAS)


_HAS = "有"


def _standing_count(cand: NumberCandidate, indicator: str, clause_text: str) -> bool:
    """(Of a count at a 截至 day.) 截至2025年10月31日，…分布于全国22个城市的75个项目: things
    standing at the date, read as a flow only for their noun (项目), no verb of the period;
    people in a state at the date (截至8月31日，…签约就业6854人, 入职世界500强企业的毕业生共
    2965人), however they came to it; what it has done so far (截至目前，联赛已签约赞助商27家;
    已有…商户参与…推广活动);
    not those newly set up (截至9月底，新设私营企业25.9万户: the year's so far, a flow)."""
    lex = metric_lexicon()
    return (cand.category == "count" and cand.unit not in lex.flow_units
            and not is_density(indicator) and not holds_any(indicator, _PER_DAY) and (
                (_STATES_OF_PEOPLE.search(indicator) is not None
                 and not holds_any(indicator, _NEW)) or (
                    not holds_any(indicator, lex.actual_cues)
                    and not holds_any(clause_text, lex.actual_cues)
                    and _NEWLY.match(indicator) is None) or _done_so_far(indicator)
                or _HAS_SO_FAR in clause_text))


def _done_so_far(indicator: str) -> bool:
    """已 before the name's verb (联赛已签约赞助商, 已入驻企业): those it has done so far, standing
    at the date, as 已建成 is (not 已新增: those new in the months)."""
    at = indicator.find(_ALREADY)
    return at >= 0 and holds_any(indicator[at:], metric_lexicon().actual_cues) and not (
        holds_any(indicator, _NEW) or _NEWLY.match(indicator, at + 1) is not None)


_ALREADY = "已"
_TOTAL_HEADS = ("总数", "总量")  # (a name ending so counts all there are)
_LINKS = "为达是 "
# 已有 before the count (截至10月底，全港已有超过2 800间商户参与推广活动): those there are so far
_HAS_SO_FAR = "已有"


def _at_a_date(period: Period) -> bool:
    """The period is one day written as the end of a span so far (截至9月底) or as a month's,
    a quarter's or a year's end (10月末, 年末, 年底: a balance sheet's day)."""
    return (period.start is not None and period.start == period.end
            and (up_to_a_day(period) or (period.text or "").endswith(_PERIOD_END)))


def up_to_a_day(period: Period) -> bool:
    """The period is written as a span so far, up to a day (截至11月底, 截止目前) or now
    (目前已举办86场)."""
    return (period.text or "").startswith(_TO_DATE)


_TO_DATE = ("截至", "截止", "目前", "当前")
_PERIOD_END = ("末", "底")
# people named by the state they are in (employed, graduates of a cohort), a note after it, or
# registered in it (截至9月末，离校未就业高校毕业生实名登记286万人: on the register at the day)
_STATES_OF_PEOPLE = re.compile(r"(?:就业|毕业生)(?:（[^）]*）)?(?:实名登记|登记)?$")
_NEW = ("新增", "净增")  # (截至9月底，新增就业1.2万人: those new in the months, a flow)
_UNBOOKED = "未结转"  # (sold, not yet booked as revenue: a balance)
# what was sold up to a day (预售总票房, 销售额, 票房): sales so far, a flow (not 待售, for sale)
_SOLD = re.compile(r"(?<!待)售|票房")
# what a market quotes at a date (股价报, 收盘价为, 总市值约, 流通市值; a currency's price in
# another, 人民币汇率为1美元兑7.1055元; a fund's size, ETF规模1.42万亿元, its holdings at market
# value; a purchase price, 目前…小麦主流收购价格为1.18—1.22元/斤, 收购价格每斤0.96元 with its
# base before the number): a level, not a sum to date
_QUOTED = re.compile(r"(?:(?:价格?|市值|(?:基金|ETF|REITs)规模)(?:报收|收报|收于|报|为|达|约)*"
                     r"(?:每(?:斤|公斤|千克|吨|升|头|只))?|1[\u4e00-\u9fff]{1,3}兑)$")


def normal_value(text: str, pos: int) -> bool:
    """The number is a normal or a long-term mean quoted as a base (较正常的约6个为多,
    年平均气温：24.1°C（正常：23.5°C）): kind other, no period (the mean of years on record is
    no period of the text)."""
    lo = max(0, pos - 24)
    return any(text.find(w, lo, pos) >= 0 for w in _NORMAL_HINTS) and (
        _NORMAL_VALUE.search(text, lo, pos) is not None
        or _NORMAL_NAMED.search(text, lo, pos) is not None)


def line_value(text: str, pos: int) -> bool:
    """The number is the line a level is held against, quoted in brackets after the level's gap
    to it (超警戒水位0.86米（警戒水位21.50米）): kind other, no period (a station's standard)."""
    return _LINE_IN_BRACKETS.search(text, max(0, pos - 10), pos) is not None


_LINE_IN_BRACKETS = re.compile(r"[（(](?:警戒|保证|汛限|设计)水位(?:为|：|:)?$")


# a normal or a long-term mean right before the number, after 比 / 较: the figure departs from it
# (较正常高0.6度, 较1991至2020年正常值高0.6度, 比多年平均偏多19.3%, 比多年同期偏多61.5%; not
# 为正常保有量的103.6%, a share of a normal level)
# (平日: a holiday's or an event's daily figure against an ordinary day's, 较平日增长16.7%: a gap
# to the usual level, no change in time, as 是平日的2.3倍 is other)
_NORMAL_WORDS = r"(?:正常|常年|多年平均|多年同期|历年同期|平日)"
_NORMAL_HINTS = ("正常", "常年", "多年", "历年", "平日")  # (searched first: most texts name none)
# (较常年同期（428.3毫米）偏多2成: the normal's value in brackets after it)
_NORMAL = re.compile(rf"[比较][^，；。]{{0,14}}?{_NORMAL_WORDS}值?[^，；。\d（(]{{0,4}}"
                     rf"(?:[（(][^（）()，；。]{{1,16}}[）)])?[^，；。\d]{{0,4}}$")


def _off_the_normal(clause_text: str, gap: str) -> bool:
    """A figure right after 偏多 / 偏少 / 偏高 / 偏低 with no base named in its clause (降水偏多
    两成, 张家口降水偏少1成, 夏季…，偏高0.6℃, 秋季降水量…，偏多12.7%): a climate text's departure
    from the normal, which 偏 alone says, in 成, degrees or percent alike (a change against a
    year names it: 比上年偏多9.8%); the list's gap for a later number (分别偏高2.6℃和2.1℃)."""
    return _OFF in clause_text and (_BARE_DEPARTURE.search(clause_text) is not None or (
        _BARE_DEPARTURE.search(gap) is not None and _ANY_BASE.search(clause_text) is None))


_ANY_BASE = re.compile(r"[比较与]")


_OFF = "偏"  # (searched first: most clauses hold none)
_BARE_DEPARTURE = re.compile(r"^[^比较与]*偏[多少高低]$")
# (较正常的约6个, （正常：23.5°C）, 较常年同期（428.3毫米）: the normal's value in brackets
# after it)
_NORMAL_VALUE = re.compile(rf"(?:[（(]|[比较][^，；。]{{0,14}}?){_NORMAL_WORDS}(?:同期)?值?"
                           rf"(?:的|：|:|[（(])约?$")
# the normal named, then its value, as the base a figure is measured against (相当于正常保有量
# 3900万头的103.5%; not 为正常保有量的103.6%, a share of it, nor 比多年平均偏多, a departure)
# a level set against a normal one as its multiple (相当于正常保有量3900万头的103.5%): how far it is
# from the normal, as 较正常高 is (not 为正常保有量的103.6%, a share of it)
_AS_MUCH_AS_NORMAL = re.compile(rf"相当于{_NORMAL_WORDS}[^，；。]{{0,14}}的$")
_NORMAL_NAMED = re.compile(rf"(?:相当于|为|是){_NORMAL_WORDS}[\u4e00-\u9fff]{{1,4}}(?<!的)$")
