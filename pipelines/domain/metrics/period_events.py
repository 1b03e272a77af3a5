"""When a period found in a sentence dates none of its figures, or dates them as a day: the
events a period names or numbers (第三批, 2025年…博览会), a day an event happened on, a
figure read or recorded on a day, an index's base period, a record since a year, a forecast
made in a period. Read by period_spans and period_choice, which weigh the periods left."""


from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    clause_start,
)
from pipelines.domain.metrics.lexicon import LEXICON_PATH
from pipelines.domain.periods import (
    SPOKEN_TODAY,
    TODAY,
    PeriodSpan,
)
from pipelines.domain.records import Period
from pipelines.domain.yamlfiles import load_yaml

ROUND = "轮"
# an ordinal of the events of a period right after it (今年第12场…拍卖, 2025年第三批…): the
# period says which event it is, it dates none of the event's figures (its day does)
_EVENT_ORDINAL = re.compile(r"第[\d一二三四五六七八九十百]{1,4}[场次批届]")


# an index's base period (基期：民國110年=100, 以2020年为基期, 2015年=100): what the index
# is measured against, no period of its figures
INDEX_BASE_HINT = "基"
_INDEX_BASE_AFTER = re.compile(r"\s?[=＝]\s?100|\s?为基[期年]")
_INDEX_BASE_BEFORE = re.compile(r"基[期年]\s?[：:为是]?\s?$")


def index_base(text: str, span: PeriodSpan) -> bool:
    """The period is an index's base (（基期：民國110年=100）), which dates none of its figures."""
    return (_INDEX_BASE_AFTER.match(text, span.end) is not None
            or _INDEX_BASE_BEFORE.search(text, max(0, span.start - 6), span.start) is not None)


def numbers_event(text: str, span: PeriodSpan) -> bool:
    """The period counts the events it holds (今年第12场): no period of what they give."""
    return text.startswith("第", span.end) and _EVENT_ORDINAL.match(text, span.end) is not None


def rounds_on_days(found: list[PeriodSpan], kept: list[PeriodSpan]) -> list[PeriodSpan]:
    """``kept`` with a league's round named after a day its sentence gives (7月5日19:30，…联赛第7轮
    …的比赛…) dated that day: the day's match; a round alone dates nothing (第7轮6场比赛
    门票收入)."""
    out: list[PeriodSpan] = []
    for span in kept:
        if span.period.start is None and span.text.endswith(ROUND):
            day = next((p for p in reversed(found) if p.is_day and p.end <= span.start), None)
            if day is not None:
                span = replace(span, period=Period(text=span.text, start=day.period.start,
                                                   end=day.period.end))
        out.append(span)
    return out


def undated_round(span: PeriodSpan) -> bool:
    """A league's round with no day (第7轮): it dates its own sentence's figures only."""
    return span.period.start is None and span.text.endswith(ROUND)


DAY_JOINTS = frozenset(("、", "和", "及", "与"))


# a day that dates the figure after it: 其中10月1日发送旅客102.3万人次 (a part of the period's
# figure), 10月3日单日接待游客7.9万人次; other days are events (10月21日，记者从…获悉)
_DAY_MARKS_AFTER = ("单日", "当日", "当天")


_ON = "于"
_CAUSED = re.compile(r"造成|致使|导致")


def caused_on(text: str, span: PeriodSpan) -> bool:
    """台风…于9月24日17时前后在…登陆，…造成…186.9万人次受灾: the day of an event dates the
    losses it caused, in its sentence only (the next sentences are of the period reported on)."""
    return text.endswith(_ON, 0, span.start) and _CAUSED.search(text, span.end) is not None


def read_on(text: str, span: PeriodSpan) -> bool:
    """台风…于9月6日在…掠过，天文台总部录得的最低海平面气压为989.6百帕斯卡: the day of an event
    dates the readings taken at it, in its sentence only (the next sentences are of the period
    reported on); a reading's day written after it (…为34.9度，于7月21日录得) dates the figure
    before it, which is the span's extreme, not the day's."""
    return span.is_day and ((text.endswith(_ON, 0, span.start)
                             and _READING_VERB.search(text, span.end) is not None)
                            or text.endswith(_MEASURED, 0, span.start) or (
        # …强度逐渐减弱，25日5时在广西境内减弱为热带风暴，中心最低气压升至990百帕: a day and hour
        # opening a clause, a reading after it
        text.endswith(_CLAUSE_OPEN, 0, span.start) and _HOUR.match(text, span.end) is not None
        and _READING.search(text, span.end) is not None))


_CLAUSE_OPEN = ("，", ",")
_HOUR = re.compile(r"\s?\d{1,2}\s?[时点]")
# a network's reading of an event, its day right after (中国地震台网正式测定：11月20日03时14分在…
# 发生5.2级地震，震源深度10千米: the quake's readings are of its day)
_MEASURED = ("测定：", "测定:", "測定：", "測定:")


# a reading taken (录得, 测得), as of an instrument or a station; a storm's readings at its
# landfall (…于9月24日10时30分前后在…登陆，登陆时中心附近最大风力14级，中心最低气压955百帕)
_READING_VERB = re.compile(r"录得|测得|观测到|登陆时")


def done_on(text: str, span: PeriodSpan) -> bool:
    """首家企业于10月17日上市，募资28.64亿元: the day a one-day deal was done on (a listing, an
    issue, an auction; lexicon ``periods.one_day_events``) dates what the clause right after it
    says the deal raised or sold, in its sentence only (the next sentences are of the period the
    text reports on)."""
    if not (span.is_day and text.endswith(_ON, 0, span.start)):
        return False
    events = period_words().get("one_day_events", ())
    at = span.end
    if any(text.startswith(w, at) and text.startswith(COMMAS, at + len(w)) for w in events):
        return True
    # (本项目于2025年11月19日9时30分在…第3开标室开标，共有15家投标人…: a clock and a place
    # between the day and the deal)
    gap = _CLOCK_AND_PLACE.match(text, at)
    return gap is not None and gap.end() > at and any(
        text.startswith(w, gap.end()) and text.startswith(COMMAS, gap.end() + len(w))
        for w in events)


COMMAS = ("，", ",")
_CLOCK_AND_PLACE = re.compile(r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?|\d{1,2}[:：]\d{2})?"
                              r"(?:在[^，,。；;]{1,30}(?=[^，,。；;]{2,4}[，,]))?")


# what a day a plan names is written after (成都将于12月10日再次推出9宗地块, 拟于3月1日起施行)
PLANNED = ("将于", "拟于", "定于", "计划于", "将在")


def due_by(text: str, span: PeriodSpan) -> bool:
    """11月30日前，要完成对全市1.2万家重点企业的全覆盖检查: a day named as a deadline (前, not
    前后) dates what is to be done by it, in its sentence only (the next sentences are not of
    that day)."""
    return text.startswith(_BEFORE, span.end) and not text.startswith(_AROUND, span.end)


_BEFORE, _AROUND = "前", "前后"


def planned_on(text: str, span: PeriodSpan) -> bool:
    """成都将于12月10日再次推出9宗地块，…起始总价约96亿元: the day a plan names dates what is
    planned for it, in its sentence only (the next sentences are not of that day), not what a
    clause reports done (…定于7月12日19:30开球，淮安队已售出客队球票4500张: :data:`DONE`)."""
    return text.endswith(PLANNED, 0, span.start) or (
        span.is_day and (span.start == 0 or text[span.start - 1] in _CLAUSE_OPENS)
        and _DOER_WILL.match(text, span.end) is not None)


# a doer then 将 right after a day opening its clause (11月25日人民银行将…开展9000亿元…操作): the
# day the deed is planned for (not 将近, nearly)
_DOER_WILL = re.compile(r"[\u4e00-\u9fff]{2,8}?将(?![近至])")
_CLAUSE_OPENS = "，,；;：:"

DONE = "已"


def goal_gap(text: str, span: PeriodSpan) -> bool:
    """``span`` is the year of a goal a level falls short of (…为46.5%，距2027年达到60%的目标仍有
    差距): it dates the goal in its own clause, not the levels after it (社区养老服务设施覆盖率达到
    98.6%: the year the sentence reports on)."""
    return text.endswith(_GAP_TO, 0, span.start) and _GOAL_IN_CLAUSE.match(
        text, span.end) is not None


_GAP_TO = ("距", "距离", "离")
_GOAL_IN_CLAUSE = re.compile(r"[^，,；;。]{0,16}?的?目标")


def when_begun_or_done(text: str, span: PeriodSpan) -> bool:
    """``span`` says when an activity began or was done (体育与健康考试于5月中旬完成，…平均成绩为
    52.6分; 补录工作将于7月20日开始，补录计划约为88人): the day of the event in its own clause,
    not the period of the figures a later clause gives (its results, its quota: of the event's
    year, :func:`event_year`)."""
    return (text.endswith("于", 0, span.start)
            and _BEGUN_OR_DONE.match(text, span.end) is not None)


def event_year(span: PeriodSpan) -> PeriodSpan:
    """The year of the day or days ``span`` names, in its place (5月中旬 of 2025: 2025年)."""
    start = span.period.start
    if start is None:
        return span
    name = f"{start.year}年"
    return replace(span, text=name, period=Period(
        text=name, start=date(start.year, 1, 1), end=date(start.year, 12, 31)), is_day=False)


# a verb of an activity's start or end right after its time, closing the clause
_BEGUN_OR_DONE = re.compile(
    r"(?:正式|全面|顺利|圆满)?(?:开始|启动|完成|结束|举行|举办|进行)(?=[，,；;])")


# a day of a holiday or an event counted, its date in brackets (第4天（10月4日）出游人次达到峰值):
# the date of that day's figures
_NTH_DAY_BEFORE = re.compile(r"第[\d一二三四五六七八九十]{1,2}天[（(]$")
_NTH_DAY_CHARS = 6


# a meeting a decision is announced after (本月6日议息后，宣布将…利率维持在2.75%不变): its day is
# the decided level's
_DECIDED_AFTER = re.compile(r"(?:召开)?(?:议息|议息会议|例会)(?:结束)?后[，,]?(?:宣布|决定)")


# a day opening a sentence that states a reading (7月21日，天文台录得34.9度; 9月7日，…一小时雨量达到
# 108.5毫米) dates it; a news lead's day (10月21日，记者从…获悉) does not
_READING = re.compile(r"录得|测得|观测到|雨量|气温|水位|潮位|风速|气压")
_NEWS_LEAD = re.compile(r"记者|获悉|讯|发布会|发布消息|召开|举行")
_HEARD = ("获悉，", "获悉,")


# teams sent out on the day an action was launched (…于10月23日启动…专项行动，派出12个科技小分队、
# 42个专家指导组…; 20日03时40分，…启动…响应，派出3个工作组): the day dates the dispatch
_DISPATCHED = re.compile(r"[^。；;]*?[，,](?:紧急|连夜|随即|同步)?(?:派出|派遣|调派|选派|组派)")


def _dispatched_on(text: str, span: PeriodSpan) -> bool:
    return (span.is_day and text.endswith(_ON, 0, span.start)
            and _DISPATCHED.match(text, span.end) is not None)


def day_of_figure(text: str, span: PeriodSpan) -> bool:
    if span.text.startswith("星期") or span.text in (TODAY, SPOKEN_TODAY):
        # 海峡时报指数星期五收在4525.36点: the day of a market's figure; 贸工部星期五（11月21日）
        # 公布: the day of a news lead; 二〇二五年十二月二日（星期二）: a dateline's, in brackets
        return _LEAD_VERB.match(text, span.end) is None and not text.endswith(
            ("（", "("), 0, span.start)
    if (caused_on(text, span) or _as_at(text, span) or _issued_on(text, span)
            or comparative_day(text, span)
            or planned_on(text, span) or due_by(text, span) or read_on(text, span)
            or done_on(text, span)):
        return True
    if (figure_day(text, span) or _DECIDED_AFTER.match(text, span.end) is not None
            or _nth_day(text, span) or _data_as_of(text, span) or _dispatched_on(text, span)):
        return True
    if span.is_day and _CLOCK_READING.match(text, span.end) is not None:
        # 修河永修站24日8时水位22.36米, 潦河万家埠站23日21时出现洪峰水位28.45米: a reading taken at
        # a clock time of the day, its figure in the same clause
        return True
    if span.is_day and (span.start == 0 or text[span.start - 1] in _CLAUSE_OPENS) and (
            _DAY_READING_IS.match(text, span.end) is not None):
        # …公布，2025年11月20日贷款市场报价利率（LPR）为：1年期LPR为3.0%: the day's reading of
        # what its clause names, given after 为：
        return True
    if span.is_day and _PURPOSE_FIRST.fullmatch(text, 0, span.start) is not None and (
            not text.startswith(_DAY_ENDS, span.end)):
        # 为保持银行体系流动性充裕，2025年11月17日中国人民银行…开展了1830亿元…操作: the day
        # opening the deed's clause after the sentence's purpose is the deed's
        return True
    opens = _opens_sentence(text, span)
    lead_from = _dateline_end(text, span)  # (本报讯 11月16日7时30分，…: the paper's own mark)
    if text.endswith(_HEARD, 0, span.start) and _LEAD_COMMA.match(text, span.end) is not None:
        # 记者从省财政厅获悉，9月24日，省财政紧急下拨救灾资金1.2亿元: the day opening the clause
        # after a news lead's is the day of what it reports
        return _NEWS_LEAD.search(text, span.end) is None
    return text.startswith(_DAY_MARKS_AFTER, span.end) or text.endswith(
        _PART_OF, 0, span.start) or _MEMBER_OF.fullmatch(text, 0, span.start) is not None or (
        (opens or lead_from) and (_CLOCK_COMMA.match(text, span.end) is not None
                                  or _LEAD_COMMA.match(text, span.end) is not None
                                  or _closes_on(text, span))
        and _NEWS_LEAD.search(text, lead_from) is None) or (
        span.start == 0 and _LEAD_COMMA.match(text, span.end) is not None
        and _event_held(text)) or (
        # 10月8日为档期最后一天，单日票房回落至3.4亿元: a day the sentence opens with and gives a
        # single day's figure of
        span.start == 0 and _NEWS_LEAD.search(text) is None
        and any(w in text for w in _DAY_MARKS_AFTER)) or (
        # 9月19日全省停运旅客列车126列: a day opening the sentence (or a clause, …，8月4日全省
        # 高温范围达68个县) right before the home's whole (全省, 全市), what happened there that day
        span.is_day and (opens or (span.start > 0 and text[span.start - 1] in _CLAUSE_OPENS))
        and _HOME_AFTER.match(text, span.end) is not None
        and _NEWS_LEAD.search(text, span.end) is None)


_HOME_AFTER = re.compile(r"(?:全[省市县区国州]|我[省市县区国])(?![\u4e00-\u9fff]*[：:])")


# what a day's reading is of, then 为： before the figures (贷款市场报价利率（LPR）为：)
_DAY_READING_IS = re.compile(r"[^，,。；;：:\d]{2,20}?为[：:]")
# a sentence's first clause saying only what its deed is for (为保持银行体系流动性充裕，)
_PURPOSE_FIRST = re.compile(r"[ \u3000]*为[^，,。；;：:\d]{2,30}[，,]"
                           r"(?:[^，,。；;：:\d]{2,16}[，,])?[ \u3000]*")
# (为对冲税期高峰等因素的影响，保持银行体系流动性充裕，: a purpose in two clauses)
# a day opening a span or a rule's start, not a deed's day (…，11月1日起, 11月1日至…)
_DAY_ENDS = ("起", "至", "到", "—", "-", "～", "前", "后", "以来")


# a data block's label with the day its figures stand at in brackets, closing its line
# (基础数据（2025年10月27日）, 市场数据（…）, 主要指标（…）): the day of the figures below
_DATA_LABEL = re.compile(r"(?:数据|數據|指标|指標|行情)[（(]$")
_LINE_CLOSED = re.compile(r"[）)]\s*(?:\n|$)")


def _data_as_of(text: str, span: PeriodSpan) -> bool:
    """``span`` is the bracketed day of a data block's label (基础数据（2025年10月27日）)."""
    return (span.is_day and _DATA_LABEL.search(text, max(0, span.start - 4), span.start) is not None
            and _LINE_CLOSED.match(text, span.end) is not None)


# a day in brackets right after a figure and its unit (单日最高售票2071.4万张（1月24日）, 日用电量：
# 31.8亿千瓦时（7月16日）: a unit of four characters)
_FIGURE_BEFORE = re.compile(r"\d\s?[^\d\s，,；;。（()）]{0,5}[（(]$")
_FIGURE_BEFORE_CHARS = 8
# the day's clock time inside the brackets (最高用电负荷：1.52亿千瓦（7月16日13时25分）)
_CLOCK_CLOSED = re.compile(r"\s?\d{1,2}\s?[时点](?:\d{1,2}分)?[）)]")


def figure_day(text: str, span: PeriodSpan) -> bool:
    """A day alone in brackets right after a figure (单日最高售票2071.4万张（1月24日）): the day of
    that figure, dating nothing else in the sentence or after it. Not after the extreme of a
    span (6月中下旬…，最高为邢台市巨鹿县的42.7℃（6月24日）: the span's highest, the day saying
    when it was recorded, as 年内最高气温为34.9度，于7月21日录得 is the year's)."""
    return (span.is_day and (text.startswith(("）", ")"), span.end)
                             or _CLOCK_CLOSED.match(text, span.end) is not None)
            and _FIGURE_BEFORE.search(text, max(0, span.start - _FIGURE_BEFORE_CHARS),
                                      span.start) is not None and not _nth_day(text, span)
            and not _extreme_of_span(text, span))


# the extreme of a span's readings (最高为, 最大为, 最低的是): not a single day's (单日最高)
_EXTREME = re.compile(r"(?<!单日)(?<!当日)最[高低大小](?:为|是|达到|达|的是)")


def _extreme_of_span(text: str, span: PeriodSpan) -> bool:
    """The figure before ``span``'s brackets is named in its clause as an extreme (最高为…)."""
    clause = clause_start(text, span.start, CLAUSE_MARKS)
    return "最" in text and _EXTREME.search(text, clause, span.start) is not None


def _nth_day(text: str, span: PeriodSpan) -> bool:
    """第4天（10月4日）: the date of a holiday's counted day, no figure's."""
    return _NTH_DAY_BEFORE.search(text, max(0, span.start - _NTH_DAY_CHARS), span.start) is not None


# a part of the period's figure the day gives after 其中 (其中10月1日发送旅客…, 其中，10月24日
# （星期五）线网客运量达…: its weekday in brackets aside)
_PART_OF = ("其中", "其中，", "其中,")
# a scope the sentence opens with before the day (3起重特大事故中，7月18日，…造成19人死亡): the day
# dates one member of the whole the scope names, as after 其中
_MEMBER_OF = re.compile(r"[^，,；;。：:]{2,16}中[，,]")


# a frame a sentence opens with before its day (二级市场上，3月28日…; 消息面上，; 从盘面看，)
# (受台风影响，9月19日全省停运…: a cause the sentence opens with, the same)
_FRAME_HEAD = re.compile(r"(?:[\u4e00-\u9fff]{1,8}(?:上|方面|看|来看)"
                         r"|受[^，,。；;\d]{1,12}影响)[，,]")


# a newspaper's dateline mark a lead opens with before its day (本报讯　11月16日7时30分，…; 本报讯
# （记者 张三）…): the paper's, no news lead of the day (讯 is not 记者从…获悉)
_DATELINE_HEAD = re.compile(r"本报讯\s?(?:[（(][^（）()]{1,24}[）)]\s?)?")


def _dateline_end(text: str, span: PeriodSpan) -> int:
    """Where the dateline mark the day follows ends (本报讯 before 11月16日: the day's start), 0
    when the day follows none."""
    if span.start and text.startswith("本报讯") and _DATELINE_HEAD.fullmatch(
            text, 0, span.start) is not None:
        return span.start
    return 0


def _opens_sentence(text: str, span: PeriodSpan) -> bool:
    """The day opens its sentence, alone or after a frame (二级市场上，3月28日长沙银行股价…)."""
    return span.start == 0 or _FRAME_HEAD.fullmatch(text, 0, span.start) is not None or (
        text[span.start - 1] in "：:"
        and _LABEL_HEAD.fullmatch(text, 0, span.start) is not None) or (
        _ITEM_MARK.fullmatch(text, 0, span.start) is not None)


# a list item's mark the day follows ((一)2025年6月10日，公司首次实施回购股份，当日…): the day still
# opens the item's account
_ITEM_MARK = re.compile(r"\s?(?:[（(][一二三四五六七八九十\d]{1,3}[）)]"
                        r"|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d))\s?")


# a label the day follows (事实和理由：2023年9月1日，李某…借款350,000元; 经审理查明：…): the
# day still opens the sentence's account
_LABEL_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")


MARKET_CLOSE = re.compile(r"收盘|收涨|收跌|收平|收报|报收")


def _closes_on(text: str, span: PeriodSpan) -> bool:
    """3月28日长沙银行股价收报9.12元/股: a market's close in the day's clause is that day's (the
    day need not be followed by a comma)."""
    end = CLAUSE_END.search(text, span.end)
    return MARKET_CLOSE.search(text, span.end, end.start() if end else len(text)) is not None


def _as_at(text: str, span: PeriodSpan) -> bool:
    """于2025年6月30日，本集团净负债率约为58.3%: a day with its year that opens its sentence after
    于 and a comma after it is the day the sentence's figures stand at (Hong Kong's 於…), not an
    event's (a news lead's day has no 于)."""
    return (span.start == len(_ON) and text.startswith(_ON) and _FULL_DAY.fullmatch(span.text)
            is not None and text.startswith(("，", ","), span.end))


# (a Hong Kong filing writes its days in Chinese numerals: 於二零二五年六月三十日，…)
_FULL_DAY = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s?年\s?"
                       r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s?月\s?"
                       r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s?[日号]")
# a comparative's day opening a bracket, a colon and its figure after it (現金…約為人民幣1,286.4
# 百萬元（二零二四年十二月三十一日：人民幣1,104.9百萬元）): the day of the bracket's figure
_COMPARATIVE_REST = re.compile(r"[：:][^（()）：:，,；;。]{0,8}?\d[^（()）]{0,14}?[）)]")


def comparative_day(text: str, span: PeriodSpan) -> bool:
    """A full day opening a bracket with a colon and a figure after it (（二零二四年十二月三十一日：
    50.1%）): the day the bracketed comparative stands at (a filing's comparative figure)."""
    return (span.is_day and text.endswith(("（", "("), 0, span.start)
            and _COMPARATIVE_REST.match(text, span.end) is not None
            and _FULL_DAY.fullmatch(span.text) is not None)
# what is issued or auctioned on a day (…于2025年8月19日…招标发行了…债券, 于3月5日挂牌出让…)
_ISSUED = re.compile(r"发行|招标|拍卖|出让|发售")


def _issued_on(text: str, span: PeriodSpan) -> bool:
    """财政厅于2025年8月19日…招标发行了…，发行规模合计386.52亿元: the day an issue or auction is
    held on (after 于, with its year) dates its results, as a reading's day does."""
    return (text.endswith(_ON, 0, span.start) and _FULL_DAY.fullmatch(span.text) is not None
            and _ISSUED.search(text, span.end) is not None)


def record_since(text: str, span: PeriodSpan) -> bool:
    """自2016年以来首次连续两年下降: a since-span that bounds a record (首次, 连续, 最) says how
    long something had not happened; it is no period the paragraph's next figures are of."""
    if span.text.endswith("以来"):
        return _RECORD_AFTER.match(text, span.end) is not None
    if record_set_in(text, span):
        return True
    # (…歲計賸餘14.3億元，为近10年来首次出现賸餘: the years back a record looks, as 以来)
    if _YEARS_BACK.fullmatch(span.text) is None:
        return False
    after = span.end + 1 if text.startswith(("来", "來"), span.end) else span.end
    return _RECORD_AFTER.match(text, after) is not None


_YEARS_BACK = re.compile(r"(?:近|过去|過去)?[\d一二两三四五六七八九十百]+年[来來]?|近年[来來]?")
_RECORD_SPANS = frozenset(("年内", "今年", "本年"))
_SET = ("创", "創")
_NEW_RECORD = re.compile(r"(?:以来)?(?:新高|新低|最高|最低)")


_RECORD_AFTER = re.compile(r"[，,]?(?:首次|第一次|首度|连续|最[高低多少大小快慢])")


def record_set_in(text: str, span: PeriodSpan) -> bool:
    """9月当月增长12.4%，创年内新高: the span a record is set in (创年内新高), no period of the
    figures after it."""
    return (span.text in _RECORD_SPANS and text.endswith(_SET, 0, span.start)
            and _NEW_RECORD.match(text, span.end) is not None)


def respondents_expect(text: str, span: PeriodSpan) -> bool:
    """近四成受访企业预计四季度订单将增加: the period a survey's respondents (a share of firms,
    consumers, households) expect something of is what they were asked about, not the period
    of the figures after it."""
    return _RESPONDENTS_EXPECT.search(
        text, max(0, span.start - _EXPECT_REACH), span.start) is not None


# a share of a survey's respondents, then the verb of their expectation, right before the span
_RESPONDENTS_EXPECT = re.compile(
    r"(?:[\d.]+\s?%|[一二三四五六七八九十]成|半数)[^，,。；;]{0,10}?"
    r"(?:企业|厂商|消费者|居民|受访者|用户|家庭|商户)[^，,。；;\d]{0,4}?(?:预计|预期|认为|看好)$")
_EXPECT_REACH = 30


def forecast_made(text: str, span: PeriodSpan) -> bool:
    """高于11月初预估的2.9%: the period says when a forecast was made, not what it is of."""
    return _FORECAST_AFTER.match(text, span.end) is not None


_FORECAST_AFTER = re.compile(r"(?:[所时])?(?:预估|预测|预计|估计|预期)的")


def _event_held(text: str) -> bool:
    """1月16日上午，…重大项目集中签约暨开工活动在…举行: the day an event of deals is held dates
    the figures of the event the paragraph gives (签约项目32个), as a reading's day does (not a
    meeting's day: 7月3日，全市召开大会 reports figures of other periods)."""
    return _HELD.search(text) is not None and _DEAL_EVENT.search(text) is not None


_HELD = re.compile(r"举行|召开|举办|开幕")
# what a news lead's day is followed by (贸工部星期五（11月21日）公布, 星期五表示)
_LEAD_VERB = re.compile(r"(?:[（(][^）)]{1,12}[）)])?(?:公布|发布|宣布|表示|说|指出|透露|称)")
# events whose figures are made at the event: deals signed, projects started, fairs' deals
_DEAL_EVENT = re.compile(r"(?:签约|开工|投产|竣工)(?:暨[\u4e00-\u9fff]{2})?(?:活动|仪式|大会)"
                         r"|洽谈会|交易会|博览会|推介会")
# a clock time after a day a sentence opens with (7月5日19:30，…比赛在…开球，现场观众达5.21万人;
# 11月26日上午9时30分，…共推出7宗地块; 8月12日21时40分，市民…反映; an accident report's time
# given roughly, 8月14日10时20分许，…造成1人死亡; a bulletin's hour of a record, 7月30日02时至
# 03时，…小时雨强达112.8毫米): the moment of what the sentence reports, whose figures are that
# day's
_CLOCK_COMMA = re.compile(r"\s?(?:上午|下午|晚上|晚间|早上|凌晨|中午)?\d{1,2}\s?"
                          r"(?:[:：]\s?\d{2}|[时点](?:\d{1,2}分)?"
                          r"(?:\s?(?:至|到|[—–\-~－])\s?\d{1,2}\s?[时点](?:\d{1,2}分)?)?)"
                          r"(?:许|左右|前后)?[，,]")
# the comma after a lead's day (10月21日，, 1月16日上午，)
# a day's clock time followed in its clause by a figure (24日8时水位22.36米, 24日6时出现洪峰水位
# 25.18米): the time a reading was taken; not an event's time, whose clause holds no figure
# (于6月22日18时启动…Ⅳ级应急响应, 23日12时提升至Ⅲ级)
_CLOCK_READING = re.compile(r"\s?\d{1,2}\s?时(?:\s?\d{1,2}\s?分)?(?![至到—–\-~－])"
                            r"[^，,；;。：:！？\d]{0,12}\d")
# (16日晚，, 7月16日晚高峰时段，: a part of the day, its peak hours, before the comma)
_LEAD_COMMA = re.compile(r"(?:上午|下午|晚上|晚间|早上|凌晨|中午|夜间|晚|早)?"
                         r"(?:高峰时段|高峰期间|高峰)?[，,]")


# an event named with its year or quarter (2025年临沂市重点项目集中签约大会, 2026年一季度重大项目
# 集中签约暨开工活动): the period names the event, it dates none of its figures (its day does);
# so does a year naming a company's proposal (2025年度利润分配预案: the payout it proposes is
# not of 2025)
_EVENTS = ("大会|会议|论坛|峰会|博览会|交易会|展览会|洽谈会|推介会|年会|运动会|文化节|艺术节"
           "|签约活动|开工活动|投产活动|竣工活动|招商活动|推介活动"
           "|联赛|锦标赛|公开赛|马拉松"
           "|预案|分配方案|分红方案|转增方案|权益分派")
_EVENT_WORD = re.compile(_EVENTS)
_EVENT_NAME = re.compile(rf"[\u4e00-\u9fff“”]{{0,16}}?(?:{_EVENTS})")
_YEAR_OF_EVENT = re.compile(r"\d{4}\s?年度?(?:第?[一二三四1-4]\s?季度?|[上下]半年)?")


# a bond issue named with its year and number (2025年四川省政府专项债券（十期）, 2025年记账式附息
# （五期）国债): the year names the bond, it dates none of the issue's figures
_ISSUE_NAME = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:债券[（(][^）)]{1,8}期[）)]"
                         r"|[（(][^）)]{1,8}期[）)](?:国债|债券))")
# a storm named by its year and number (2025年第18号台风, 今年第12号热带风暴): the year is part
# of the name, it dates none of the storm's figures (its days do)
_STORM_NAME = re.compile(r"第\s?\d{1,2}\s?号(?:超强|强)?(?:台风|热带风暴|热带低压|强热带风暴)")


def names_event(text: str, span: PeriodSpan) -> bool:
    """The period is part of an event's name (2026年一季度重大项目集中签约活动, 2025年江苏省城市
    足球联赛) or of a bond's (2025年四川省政府专项债券（十期）): it dates none of the event's
    figures, in its sentence or after it."""
    return (_YEAR_OF_EVENT.fullmatch(span.text) is not None and (
        (_EVENT_WORD.search(text) is not None and _EVENT_NAME.match(text, span.end) is not None)
        or ("期" in text and _ISSUE_NAME.match(text, span.end) is not None)
        or ("号" in text and _STORM_NAME.match(text, span.end) is not None))) or opened_on(
        text, span)


def opened_on(text: str, span: PeriodSpan) -> bool:
    """The period is when the thing named after it opened (今年9月底开通的13号线北延段): it dates
    none of the thing's figures, and, unlike an event's year, is no part of its name."""
    return text.startswith(_OPENED_MARK, span.end) and _OPENED_ON.match(text, span.end) is not None


# the day a thing opened, in the words naming it (今年9月底开通的13号线北延段日均客运量…, 2024年
# 建成投用的…): it dates none of the thing's figures (they are of the period reported on)
_OPENED_ON = re.compile(r"(?:新|正式)?(?:开通|建成|投运|投产|开业|成立|上线|通车)(?:投用|运营)?的")
_OPENED_MARK = ("新", "正式", "开通", "建成", "投运", "投产", "开业", "成立", "上线", "通车")


# a year an appraisal is of (2024年度纳税缴费信用评价A级纳税人, 2024年度考核优秀等次): its results
# are published in the year after, whose 前三季度 / 全年 the sentences after it speak of
_APPRAISAL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:评价|评定|评选|考核|评级|测评)")


def appraisal_year(text: str, span: PeriodSpan) -> bool:
    """The span is a 年度 an appraisal is of (2024年度纳税缴费信用评价): it dates the
    appraisal's own figures, not the year the later sentences of its paragraph are in."""
    end = span.end + 1 if text.startswith("度", span.end) else span.end  # (the span: 2024年)
    return text.endswith("年度", 0, end) and _APPRAISAL_AFTER.match(text, end) is not None


# a running total's span inside a sentence (…，年内累计上涨31.2%；…, …；本周以来北向资金累计净
# 买入…) or the window a record or percentile is taken over (为今年以来单日票房第二高, 处于近十年来
# 43%的分位水平, 这也是今年以来线网客运量第5次刷新纪录): it scopes its own clause, and the window
# dates not even the record
CLAUSE_END = re.compile(r"[，,；;。]")


@cache
def period_words() -> dict[str, tuple[str, ...]]:
    """The lexicon's words the period of a number is read by (``periods`` in lexicon.yaml)."""
    found = load_yaml(LEXICON_PATH.read_text(encoding="utf-8")).get("periods") or {}
    return {str(k): tuple(str(w) for w in v or ()) for k, v in found.items()}
