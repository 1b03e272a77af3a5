"""A number with a unit or a magnitude: which ones measure nothing, read by form.

Enumerations (三个), ranks and ordinals (第31届), names (5G, 20条措施), periods and windows (前10个
月), classes named by a bound (亿元以上项目), a rule's conditions and steps, dates and addresses.
"""

from __future__ import annotations

import re

from pipelines.domain.metrics.candidates import (
    CJK,
    CODE_ENDS,
    COMPARATIVES,
    DIGIT,
    LATIN,
    SP,
    NumberCandidate,
    code_before,
    currency_before,
    qualifier_of,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.numbers import CN_NUMERAL_CHARS, parse_numeral, scaled
from pipelines.domain.units import (
    normalize_unit,
    unit_lexicon,
)

_NAME_BEFORE = LATIN | {"."}


# names numbered by a Chinese numeral after them (范围一/范围二/范围三 of greenhouse gas accounting,
# 附件二, 专栏三)
_NUMBERED_NAMES = ("范围", "附件", "专栏", "附表")


# the first characters of words ending in 一 (唯一, 统一, 同一, 单一, 逐一, 专一, 万一, 之一)
_ONE_WORD_FIRSTS = frozenset("唯统同单逐专万之")


# a streak told with its verb between 连续 and the count (连续开展6次, 连续举办5届, 连续召开3年):
# how many times in a row, no amount
_STREAK_UNITS = frozenset(("次", "届", "年", "期", "轮", "季"))
_STREAK_VERB = re.compile(r"连续[\u4e00-\u9fff]{1,3}$")

def _in_short_quote(text: str, start: int, end: int) -> bool:
    """True when the span sits inside a short quoted term (“九个有力有效”, “12345”)."""
    left = text.rfind("“", 0, start)
    if left < 0 or text.rfind("”", left, start) >= 0:
        return False
    right = text.find("”", end)
    return right >= 0 and right - left <= 16 and text.find("“", end, right) < 0


# a rank listed right before another (第二、第三): the earlier item of the same list
_RANK_BEFORE = re.compile(rf"第{SP}(?:\d+|[{CN_NUMERAL_CHARS}]+)(?:位|名)?[、和及]$")


def _shares_ordinal(text: str, start: int) -> bool:
    """第二、三位: a rank list's later item written without its 第, after one ranked by a verb."""
    listed = _RANK_BEFORE.search(text, max(0, start - 8), start)
    return listed is not None and _rank_context(text, listed.start())


_NUMBERED = ("号", "號")  # (第N号: a number given, not a place in a ranking)


def _rank_context(text: str, ord_start: int) -> bool:
    """A rank verb (居, 排名, 跻身 ...) in the clause before 第N."""
    lex = metric_lexicon()
    while (listed := _RANK_BEFORE.search(text, 0, ord_start)) is not None:
        ord_start = listed.start()  # 位列第二、第三: the list's first rank has the verb
    left = max(text.rfind(p, 0, ord_start) for p in "，。；：,;:、") + 1
    before = text[left:ord_start]
    return any(v in before for v in lex.rank_verbs) or before.endswith(
        ("全国", "全省", "全球", "全市", "城市", "中")
    )


# (年内第二低: within the year; 本年单月第二高: the month among the year's months)
_RECORD = re.compile(r"以来|有记录|记录|历史|历年|同期|年内|单月|單月")


def _record_rank(text: str, ord_start: int, end: int) -> bool:
    """第N + a comparative after a record's scope (有记录以来第二暖, 历史同期第三高): a rank of
    the figure among the years on record, not an ordinal."""
    if text[end : end + 1] not in COMPARATIVES or not text[end : end + 1]:
        return False
    left = max(text.rfind(p, 0, ord_start) for p in "。；;") + 1
    return _RECORD.search(text, left, ord_start) is not None


def _after_list(text: str, start: int) -> bool:
    """The number closes a list that names some of its members: 核聚变能、量子科技等10大."""
    before = text[:start].rstrip(" ")
    return before.endswith("等") and text.rfind("、", max(0, start - 40), start) >= 0


_NORMALISERS = frozenset({"十", "百", "千", "万", "十万", "百万", "萬", "十萬", "百萬"})


_LONE_ROUNDS = frozenset({"百", "千", "万", "萬"})


_MEASURES = frozenset({"physical", "currency"})


_AGE_NAMES = re.compile(r"寿命|年龄|岁数")
_AGE_BREAKDOWN = re.compile(r"按年龄.|.年龄[别段组]")  # (a breakdown by age, not an age measured)


def _age_named(text: str, start: int) -> bool:
    """A word naming a measured age (寿命, 平均年龄) before ``start``, not a breakdown's."""
    return any(_AGE_BREAKDOWN.fullmatch(text, max(0, a.start() - 1), a.end() + 1) is None
               for a in _AGE_NAMES.finditer(text, 0, start))


_RANGE_LOWS = ("以上", "至", "到", "—", "-", "~")


CLASS_BOUND = re.compile(r"及?以[上下](?!的)[\u4e00-\u9fff]")


# classes listed by their bounds before the figures a 分别 (均) pairs with them (90平方米及以下、
# 90-144平方米的分别下降0.5%和0.4%; 5亿元以上的均增长): each names a class, no figure of its own
_CLASSES_PAIRED = re.compile(r"(?:及?以[上下])?(?:、[^，,。；;：:、]{1,16}?)*的(?:分别|均|各)")


# a bound on the value or size of each one before 的 and a noun (单价100万元以上的大型设备,
# 单笔500万元以上的交易): a class of the things, named by the per-unit word before the number
_PER_UNIT_WORDS = ("单价", "单台", "单笔", "单宗", "单项", "单体", "单台套")
_PER_UNIT_CLASS = re.compile(r"及?以[上下]的[\u4e00-\u9fff]")


# a bound on a number of people that names a class of towns (500万人以上城市, 100万人以下的县):
# not a count of people
# (户籍人口5人及以上的家庭: a class of households by their size, as of cities)
_PEOPLE_CLASS = re.compile(r"及?以[上下]的?(?:(?:大|中|小)?(?:城市|城镇|县城|县|市|镇)|家庭|户)")


_NOT_NOUN = frozenset("并和及与或而且")  # 60岁以上的老人 reads on; 以上并… does not


def _noun_at(text: str, pos: int) -> bool:
    """A word (not a conjunction) starts at ``pos``: 3岁以下婴幼儿, 60岁以上的老人."""
    ch = text[pos : pos + 1]
    if ch == "的":
        return True
    return bool(ch) and ch not in _NOT_NOUN and CJK.match(ch) is not None


def _length_of_dated_span(text: str, start: int, end: int) -> bool:
    """N天 next to the dates it spans in brackets: right before them, or closing them."""
    return (_DATES_AFTER.match(text, end) is not None
            or (text.startswith(_CLOSING, end)
                and _DATES_BEFORE.search(text, max(0, start - 20), start) is not None))


# a group of places named with its count, opening the name of a measure (31个大城市城镇调查失业率
# 为, 70个大中城市新建商品住宅销售价格环比, 31个省份今年GDP增长目标的平均值为): the count is part of
# the name
_GROUP_OF_PLACES = re.compile(
    r"(?:大中|大|中|小|重点|主要|样本)?(?:城市|省份|地级市|设区市)[\u4e00-\u9fffA-Za-z]{0,14}?"
    r"(?:率|浓度|指数|价格|比例|比重|均值)(?:为|是|达到|同比|环比|比|上涨|下降)")


_GROUP_LEAD = re.compile(r"(?:^|[，,；;。：:])\s*(?:全国|全省|全市)?$")


def _names_a_group(text: str, span_start: int, end: int) -> bool:
    """N个 + a group of places + a measure's name, leading its clause (no verb counts them)."""
    return (_GROUP_OF_PLACES.match(text, end) is not None
            and _GROUP_LEAD.search(text, max(0, span_start - 8), span_start) is not None)


# what a unit's own 千 / 百 / 万 follows (平方千米, 立方千米, 元/千克, 吨/万元): a magnitude
# character alone there begins the unit's word, it counts nothing
_MAGNITUDE_CHARS = frozenset("十百千万")


_UNIT_PREFIXES = ("平方", "立方", "/")


# verbs right after a time amount that change it (由15天压减至5天, 办理时限由20个工作日缩短到):
# the amount is a level, not an attribute of a noun
# a requirement on whoever applies (a tender's 资格要求, a programme's 申报条件): its minimums
# are conditions of eligibility, not measurements (as the 对…的 phrase of a rule)
_REQUIREMENT = re.compile(
    r"投标人|申请人|申报单位|申报企业|申请单位|申请企业|供应商|报名者|应聘者|竞买人"
    r"|[须需应]具备|[须需应]具有|[须需应]满足|须为|资格要求|申报条件|申请条件|准入条件")


# (满意度达到82.04分, 较上年提高0.68分: a satisfaction survey's score; an exam's 平均分为468.7分,
# 录取控制线为612分, 满分为760分)
_SCORE_WORDS = re.compile(
    r"得分|评分|分值|分数|总分|打分|测评|满意度|满意率|平均分|满分|控制线|录取线|平均成绩")


_POINTS_BEFORE = ("积",)
# a score named right before its points (评标办法…其中价格分60分、技术分30分: a bid's weights)
_SCORE_NAMED = re.compile(r"(?:价格|技术|商务|服务|信誉|业绩)分$")


_CLOCK_HOURS = ("时", "点")  # (满意度调查于9时30分开始: minutes of a clock, no score)

# the minutes of an elapsed time written in parts, right before its seconds (2小时08分15秒)
_MINUTES_BEFORE = re.compile(r"\d{1,2}\s?分(?:钟)?$")


_LATIN_AFTER = re.compile(r"[A-Za-z]")
_GRADE = re.compile(r"[1-5]?A{1,5}级|[A-D]级")  # (A级景区, 4A级, AAA级信用企业, B级)


_WITHIN = ("内", "以内", "之内")


TO_LEVEL_BEFORE = re.compile(r"(?:压缩|缩短|压减|缩减|减少|降低|减|降|控制)(?:至|到|在)\s?$")


# a list of two measurements (分别为28.6小时和0.9小时): 和 + a number is no name after the unit
_AND_NUMBER = ("和", "与", "及", "或")


_RECORD_AFTER = ("的纪录", "的记录", "的历史纪录", "的历史记录", "的最高纪录", "的最长纪录")
# a time measured as the fastest, slowest or mean an act took (抵押登记最快1小时办结, 平均2天办结):
# the word after the unit is the act, not a noun the time describes (24小时服务)
_MEASURED_TIME_BEFORE = ("最快", "最短", "最长", "平均", "仅需", "只需")


CHANGE_AFTER = ("压减", "压缩", "缩短", "缩减", "减至", "减少", "降至", "降到", "延长", "提高",
                 "提升", "增加", "增至")


# events counted as they occurred (出现两次区域性高温过程, 发生三次强降雨): a small Chinese count of
# 次 / 场 after a verb of occurrence is a count of events, not an enumeration (三次会议)
_EVENT_MEASURES = frozenset(("次", "场"))


_OCCURRED = ("出现", "发生", "出现了", "发生了")

# events, cases and the deeds that count them, right before a number with a multiplier and 起
# (生产安全事故1.38万起, 接报火灾47.6万起, 立案处罚1.96万起, 查处违法行为1.93万起,
# 110接警118.6万起), a change in them or the base they are compared with (减少6.8万起,
# 较2024年的125.4万起): cases,
# not a price's lower end (售价12.98万起, 月薪1.2万起)
_CASES_COUNTED = ("事故", "火灾", "警情", "案件", "纠纷", "处罚", "发生", "接报", "查处", "立案",
                  "受理", "办理", "侦破", "破获", "行为", "接警", "报警", "减少", "增加", "年的",
                  "出动", "救援", "救助", "处置")


_DOUBLING_VERBS = ("翻了", "翻")  # 翻了一番: the verb of a doubling


ONE_OF_WHOLE = ("成", "番", "半")  # 一成 is a tenth, 翻一番 a doubling, 一半 a half


_POLICY_AFTER_TIAO = ("措施", "举措", "政策措施", "硬措施", "意见")


# a window of recent time up to now (近一个月以来, 近5个交易日累计, 近3年来): no count of its
# days or months (近3天 alone may be a duration: 平均停留近3天)
_RECENT = ("近", "最近")


# 最近 and a count of periods (最近四个季度, 最近12个月): the latest ones, a window of time
_LATEST = ("最近", "最近的")


_WINDOW_UNITS = ("季度", "个季度", "月", "个月", "年", "周", "个交易日", "交易日", "天", "日")


# (1美元兑7.1元, 1SDR=1.3605美元, 1盎司约合31.1035克: a rate's base)
_EQUALS = ("约等于", "等于", "约合", "约折合", "折合", "约兑", "兑换", "兑", "=", "＝")


_HOUSE_NUMBER = re.compile(r"\d号$")  # (1268号2栋; not 警告信号12次)


_FROM_THE_DAY = ("之日起", "之日起的")


# provinces counted without 个 (units.yaml), a count only after a verb that has or reaches them
_PROVINCE_UNITS = frozenset({"省", "省份", "省区", "省市", "省区市"})


_PROVINCES_VERB = re.compile(r"(?:有|达到|达|超过|共|涉及|覆盖|新增|增至)$")


# the days of a period printed with its dates in brackets (节前15天（1月14日至28日）, 春运（1月14日
# 至2月22日，共40天）): the period's length, no measurement
_DATE_SPAN = r"\d{1,2}月\d{1,2}日(?:至|到|—|－|-|~)(?:\d{1,2}月)?\d{1,2}日"


_DATES_AFTER = re.compile(rf"[（(]{_DATE_SPAN}[）)]")


_DATES_BEFORE = re.compile(rf"[（(]{_DATE_SPAN}[，,、]?(?:共|计|共计)?$")


_CLOSING = ("）", ")")


_RECENT_WINDOW = re.compile(r"(?:月|个月|交易日|日|天|周|年)?(?:以来|来|累计|内|中)")


_SPAN_OF_MONTHS = frozenset("前首近头后")  # 前10个月, 首10个月, 近3个月, 后两个月


# an action's duration (开展为期3个月的专项行动, 历时两个月): how long it runs, not a count
_DURATION_BEFORE = ("为期", "历时", "持续", "期限")


_SPAN_AFTER = ("期间",)  # （本报告期指）3个月期间: a note defining a span


# the top N of a ranking (前10名股东, 排名前3位的是…; not 目前, 提前, 此前 ending a word)
_TOP_UNITS = frozenset(("位", "名"))


# 前10家运营企业, 前10个省份: the top N firms or regions, a class as 前10名
_TOP_CLASS_UNITS = _TOP_UNITS | {"家", "个"}


_TOP_N_BEFORE = re.compile(r"(?<![目提之此以当空眼事会面跟门向超日年])前$")


# the set a survey, statistic or check covers (在调查的21个行业中，有12个行业…)
_SURVEY_BEFORE = re.compile(r"在(?:本次|此次)?(?:调查|统计|监测|抽查|抽检|考核|评估|测评)的?$")


_SCOPE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}中[，,]")


# 在 opening its clause (在41个工业大类行业中，…): a set the clause's figures are taken in
_IN_OPENING = re.compile(r"(?:^|[，,；;。：:])[ \u3000]*在$")


def _surveyed_scope(text: str, start: int, end: int) -> bool:
    """在调查的N个…中，, 在41个工业大类行业中，: a set (a survey's scope, a class of industries)
    opening its clause, whose members the clause after counts, no count of its own."""
    return ((_SURVEY_BEFORE.search(text, max(0, start - 12), start) is not None
             or _IN_OPENING.search(text, max(0, start - 3), start) is not None)
            and _SCOPE_AFTER.match(text, end) is not None)


# issues, batches and sessions of a series, numbered in brackets of their own after its name
# (2025年四川省政府专项债券（十期）): an ordinal name, no count of issues
_ISSUE_MEASURES = frozenset(("期", "批", "届"))


# lines and works built in phases (8号线三期, 机场二期工程): 期 right after one numbers a phase
_PHASED_WORKS = ("号线", "線", "线", "工程", "项目", "機場", "机场", "港区")


# lengths of time that measure nothing: the days a named period holds (10月份共有17个交易日, 本月
# 共21个工作日), a market's or a holiday's break (休市6天, 放假8天), a rule's longest term closing
# a grant's clause (给予租房补贴，最长36个月; not 平均去化周期20个月，最长36个月: a measured
# maximum)
_LENGTH_BASES = frozenset(("个", "天", "工作日", "月"))

# the length of a text stated by its note (全文共4.6万字, 全文约8000字, 全書共320頁,
# 本报告共1.8万字): what follows the number and what stands right before it
_TEXT_LENGTH_UNITS = frozenset("字页頁")
_TEXT_LENGTH_BEFORE = re.compile(
    "(?:全文|全书|全書|本文|正文|本报告|本報告|本公报|本公報|本书|本書)(?:共计|共計|共|约|約|计|計)?$")


_PERIOD_HOLDS = re.compile(r"(?:月份?|年|季度?|周|期间)(?:共有|共计|共|有)$")


_DAYS_AFTER = ("交易日", "工作日")


_BREAK_BEFORE = ("休市", "闭市", "停市", "放假")  # (not 人均休假5天: a mean taken)


_LONGEST_TERM = re.compile(r"(?:^|[，,；;])[ \u3000]?(?:期限)?最长(?:可)?$")


_CLAUSE_CLOSE = re.compile(r"[（(，,；;。：:）)]|$")


_MONTHS_FIGURE = re.compile(r"\d\s?个月")  # (not a date's 10月)


def _length_of_time(text: str, start: int, base: str, after_unit: str) -> bool:
    """The number at ``start`` (its unit's base ``base``, the text after its unit
    ``after_unit``) is a length of time that measures nothing: the days a period named right
    before holds, a break's days, a rule's longest term in months unless a figure in months
    stands earlier in the sentence (平均去化周期20个月，最长36个月: the longest is measured)."""
    if base == "个":  # 17个交易日: the days are the word after 个
        days = next((w for w in _DAYS_AFTER if after_unit.startswith(w)), None)
        if days is None:
            return False
        after_unit = after_unit[len(days):]
    if _CLAUSE_CLOSE.match(after_unit) is None:
        return False  # 全年共有28天出现高温: days counted by what happened on them
    if base == "月":
        return (_LONGEST_TERM.search(text, max(0, start - 6), start) is not None
                and _MONTHS_FIGURE.search(text, 0, start) is None)
    return (_PERIOD_HOLDS.search(text, max(0, start - 6), start) is not None
            or text.endswith(_BREAK_BEFORE, 0, start))


_AVERAGE_WORDS = ("平均", "人均", "户均", "件均", "日均")


def _averaged(text: str, start: int) -> bool:
    """An average opens the clause before ``start`` (首执案件平均执行用时87天, 平均耗时12分钟):
    the time taken is a measured mean, not a countdown nor one act's elapsed time."""
    left = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1
    return any(w in text[left:start] for w in _AVERAGE_WORDS)


# a table's or a figure's label before its number, opening a line or a clause (表1, 附表2, 图3)
_LABEL = re.compile(r"(?:^|[\s\u3000：:，,。；;（(])(?:附?表|图|圖)$")
_POSTCODE_DIGITS = (5, 6)  # (10065 in Taiwan, 230071 on the mainland)


def _labelled(text: str, start: int) -> bool:
    """The number right after a table's or a figure's label (表1, not 代表12人, 电表12万只)."""
    return text[start - 1 : start] in ("表", "图", "圖") and (
        _LABEL.search(text, max(0, start - 3), start) is not None)


def _opens_place(text: str, unit: str, end: int) -> bool:
    """A postcode's digits whose one-character unit opens a place's name with the characters
    after it (10065台北市: 台 of 台北市, no count of machines)."""
    from pipelines.domain.metrics.place_names import is_place  # (only for such a number)

    digits = sum(c.isdigit() for c in text[max(0, end - 8) : end - len(unit)])
    return digits in _POSTCODE_DIGITS and is_place(unit + text[end : end + 2])


def _bracketed(text: str, start: int, end: int) -> bool:
    """The span is all a bracket holds: （十期）."""
    return text[start - 1 : start] in "（(" and text[end : end + 1] in "）)" and start > 0


def _of_months(unit_raw: str, text: str, end: int) -> bool:
    """The number counts months (10个月, or 个 with the 月 after it in an older reading)."""
    unit = unit_lexicon().simplify(unit_raw)
    return unit == "个月" or (unit == "个" and text.startswith("月", end))


_YUAN_NAMED = ("人民币", "人民幣")  # (人民幣25.36分: the currency before, 分 its hundredth)


def plain(
    text: str, m: re.Match[str], g: dict[str, str | None], span_start: int
) -> list[NumberCandidate]:
    lex = metric_lexicon()
    num = g["num"].replace(" ", "")
    chinese = not DIGIT.search(num)
    value = parse_numeral(num)
    if value is None:
        return []
    ns, ne = m.start("num"), m.end("num")
    code = code_before(text, ns) if text[ns - 1 : ns] in CODE_ENDS and not chinese else None
    if (ns > 0 and text[ns - 1] in _NAME_BEFORE and code is None) or (
            text[m.end() : m.end() + 1] in LATIN and not (
                g["unit"] and not g["unit"].isascii() and _GRADE.match(text, m.end()))):
        return []  # 5G, PM2.5, G60: part of a name (not RM150亿: a currency's code; not 36家
        # A级景区, 12家AAA级企业: a count in its classifier, the grade opening the noun counted)
    if chinese and num in ("一", "一一") and text[ns - 1 : ns] in _ONE_WORD_FIRSTS:
        return []  # 唯一一宗, 统一一个: the 一 of a word (唯一, 统一), then the article
    if chinese and num in _HOLIDAY_NUMERALS and _HOLIDAY_AFTER.match(text, ne) is not None:
        return []  # 五一档, “十一”黄金周, 五一劳动奖状: a holiday's name (May Day, National Day),
        # no 51 or 11
    if chinese and text.endswith(_NUMBERED_NAMES, 0, ns):
        return []  # 范围二间接排放, 附件三: a numbered name, no count (二间 is no 2 rooms)
    if chinese and num in _MAGNITUDE_CHARS and text.endswith(_UNIT_PREFIXES, 0, ns):
        return []  # 每平方千米, 元/千克: the 千 of a unit (千米, 千克), no numeral
    value_high = parse_numeral(g["num2"]) if g["num2"] else None
    pair = _approximate_pair(text, num, ns) if chinese and value_high is None else None
    if pair is not None:  # 七八个会议, 两三年: a loose count, its two digits a range
        value, value_high = pair
    mult_raw, unit_raw = g["mult"] or "", g["unit"] or ""
    if not chinese and _labelled(text, ns):
        return []  # 表1　家庭收支主要指标, 图2: a table's or a figure's number
    if not chinese and len(unit_raw) == 1 and not mult_raw and _opens_place(
            text, unit_raw, m.end()):
        return []  # 10065台北市中正区: a postcode before the place it glued its unit from
    if chinese and not g["pre"] and text[span_start - 1 : span_start] == "每" and (
        num in _NORMALISERS
    ):
        return []  # 每千人口, 每万人: the base of a per-head ratio, not a number
    if (not chinese and not g["pre"] and text[span_start - 1 : span_start] == "每"
            and unit_raw in _PER_HEAD_UNITS
            and value * (normalize_unit(mult_raw).multiplier if mult_raw else 1) in _BASES):
        return []  # 每10万人中具有大学文化程度的, 每100户: the base of a per-head ratio
    if (not g["pre"] and unit_raw in _PER_HEAD_UNITS and _RATE_AFTER_BASE.match(text, m.end())
            and value * (normalize_unit(mult_raw).multiplier if mult_raw else 1) in _BASES):
        return []  # 就业人员十万人生产安全事故死亡率: a rate's base (per 100,000 workers)
    if _NOT_EQUAL_TO.search(text, max(0, span_start - 6), span_start) is not None:
        return []  # 因四舍五入，加总未必等于100%: a note's caveat, no figure
    if (not chinese and value == 1 and not mult_raw and unit_raw in _PER_HEAD_UNITS
            and text.endswith(_PER_ONE_MORE, 0, span_start)):
        return []  # 每增加1人，…基数增加36立方米: the step of a rule, not a count
    if value == 1 and not mult_raw and "每" in text[max(0, span_start - 4) : span_start] and (
            _rule_step(text, span_start, m)):
        return []  # 每提供1项得2分: the unit a rule scores or pays per, not a count
    if g["unit"] == "股" and text[span_start - 1 : span_start] == "每":
        return []  # 每10股派发现金红利3元: the base of a dividend, not a number of shares
    if text[span_start - 1 : span_start] == "每" and _PRICE_RIGHT_AFTER.match(text, m.end()):
        return []  # 最低收购价为每50公斤131元: the quantity a price is per, not an amount
    end = m.end()
    nu = normalize_unit(mult_raw + unit_raw)
    if unit_raw == "分" and not chinese and text.endswith(_YUAN_NAMED, 0, ns):
        nu = normalize_unit(mult_raw + "人民币分")  # 人民幣25.36分: hundredths of a 元
    if nu.after_list and (g["ord"] or not _after_list(text, span_start)):
        # 三大攻坚战, 第2大: a name or an ordinal; the number stands without this unit
        unit_raw, end = "", m.end("mult") if mult_raw else m.end("num")
        nu = normalize_unit(mult_raw)
    if g["ord"]:
        if nu.category not in (None, "rank") and unit_raw not in ("名",):
            return []
        if text.endswith(_DECIMAL_POINT, 0, span_start):
            return []  # 四舍五入取至小数点第二位: a decimal place, no rank
        if not unit_raw and text.startswith(_NUMBERED, ne):
            return []  # 国令第775号, 第3号台风: a document's or a storm's number, no rank
        record = not unit_raw and _record_rank(text, m.start("ord"), ne)
        if not (unit_raw in ("位", "名") or _rank_context(text, m.start("ord")) or record):
            return []  # 第31届, 第一批: an ordinal, not a rank
        qual, qual_text = qualifier_of(g)
        if record and text[ne : ne + 1] in COMPARATIVES:
            end, qual, qual_text = ne, "none", None  # 第十二多雨: 多 compares (not 十二多)
        return [NumberCandidate(span_start, end, ns, ne, value, None, unit_raw or None, "位",
                                "rank", 1.0, qual, qual_text, chinese, ordinal=True)]
    if g["pct1"] and not unit_raw:
        return []
    if unit_raw in _TOP_UNITS and not g["pre"] and _shares_ordinal(text, span_start):
        # 分列第二、三位: the list's 第 is shared, 三位 is the third place
        return [NumberCandidate(span_start, end, ns, ne, value, None, unit_raw, "位", "rank",
                                1.0, "none", None, chinese, ordinal=True)]
    if text.endswith("连续", 0, span_start) or text.endswith("连续 ", 0, span_start):
        return []  # 连续21个月, 连续5年: the length of a streak
    if unit_raw in _STREAK_UNITS and _STREAK_VERB.search(text, 0, span_start):
        return []  # 年度汇算已连续开展6次, 连续举办5届: a streak's length past its verb
    if unit_raw == "个" and _names_a_group(text, span_start, m.end()):
        return []  # 31个大城市城镇调查失业率为5.0%: a group named with its count, no count
    if (_of_months(unit_raw, text, m.end()) or nu.base == "轮") and (
            text[span_start - 1 : span_start] in _SPAN_OF_MONTHS
            or (g["pre"] or "") in _SPAN_OF_MONTHS
            or text.endswith(_DURATION_BEFORE, 0, span_start)
            or text.startswith(_SPAN_AFTER, m.end())):
        return []  # 前10个月, 近5个月高点, 为期3个月, 3个月期间, 前7轮: a span (a period)
    if nu.base in _TOP_CLASS_UNITS and _TOP_N_BEFORE.search(text, 0, span_start) is not None:
        return []  # 前10名股东, 排名前3位的是, 前5家运营商: the top N, a class, no count or rank
    if nu.category == "count" and _surveyed_scope(text, span_start, m.end()):
        return []  # 在调查的21个行业中: the set a survey covers, no count of its subject
    if nu.category in ("currency", "physical") and value == 1 and text.startswith(_EQUALS, m.end()):
        return []  # 澳门币1元约等于港元0.97元, 1盎司约合31.1035克: one unit, a conversion's base
    if nu.category == "count" and _HOUSE_NUMBER.search(text, 0, span_start) is not None:
        return []  # 天府大道中段1268号2栋15层: a building in an address, no count
    if nu.category == "time" and text.endswith(_FROM_THE_DAY, 0, span_start):
        return []  # 自本公告发布之日起1个工作日: a rule's period, counted from its day
    if unit_raw in _PROVINCE_UNITS and not _PROVINCES_VERB.search(text, 0, span_start):
        return []  # 海南3省（区）, 四川，4省（区）直接经济损失: the list's total (not 已有5省)
    if nu.base == "天" and _length_of_dated_span(text, span_start, end):
        return []  # 节前15天（1月14日至28日）, （1月14日至2月22日，共40天）: a period's length
    if _RECENT_WINDOW.match(text, m.end()) is not None and (
            text.endswith(_RECENT, 0, ns) or text.endswith(_RECENT, 0, span_start)):
        return []  # 近一个月以来最多, 近5个交易日累计上涨: a window of recent time (a period)
    if text.endswith(_LATEST, 0, ns) and text.startswith(_WINDOW_UNITS, m.end()):
        return []  # 按…最近四个季度的净利润计算: the latest quarters, a window (a period)
    if unit_raw == "条" and text.startswith(_POLICY_AFTER_TIAO, m.end()):
        return []  # 出台…16条措施, 20条举措: a policy's name (as 20条), not a count
    if nu.base in _ISSUE_MEASURES and _bracketed(text, span_start, m.end()):
        return []  # 专项债券（十期）, 再融资一般债券（五期）: an issue's number in its name
    if nu.base == "期" and text.endswith(_PHASED_WORKS, 0, span_start):
        return []  # 开通8号线三期、20号线二期: a phase of a line or a works, in its name
    if unit_raw == "番" and not text.endswith(_DOUBLING_VERBS, 0, span_start):
        return []  # 一番努力: 番 measures only after 翻 (翻一番, 翻了两番)
    if not unit_raw and not mult_raw:
        return []  # a bare number: year, hotline, section number, product name
    if unit_raw == "秒" and _MINUTES_BEFORE.search(text, 0, span_start) is not None:
        return []  # 2小时08分15秒: the seconds of an elapsed time written in parts (a finishing
        # time, a record), no measure of their own
    if unit_raw == "分" and nu.category != "currency" and (
            chinese or text[ns - 1 : ns] in _CLOCK_HOURS or (
            _SCORE_WORDS.search(text, 0, span_start) is None
            and not text.endswith(_POINTS_BEFORE, 0, span_start)
            and not _SCORE_NAMED.search(text, 0, span_start))):
        return []  # 十分重要, 9时30分: 分 is a score only after 得分 / 评分 in the sentence, or
        # a league table's points right after 积 (6胜1平积19分)
    if nu.after_words and (chinese or not any(w in text[:span_start] for w in nu.after_words)):
        return []  # 8点30分: 点 is an index's points only after 指数, P petaflops after 算力
    if unit_raw.isascii() and unit_raw.isalpha() and _LATIN_AFTER.match(text, m.end("unit")):
        return []  # 5000PB, 3GWe: a Latin unit is a word's start when a letter follows it
    if not unit_raw and mult_raw in ("千", "十万") and not g["pre"]:
        return []
    # the tests below only reject: the most frequent rejections (enumerations) come first
    if (chinese and value <= 10 and not mult_raw and unit_raw in lex.generic_measure_words
            and not nu.after_list):
        before = text[max(0, span_start - 4) : span_start]
        if not (g["pre"] or before.endswith(lex.chinese_count_verbs) or (
                unit_raw in _EVENT_MEASURES and before.endswith(_OCCURRED))):
            return []  # 五个聚焦, 两个万亿级产业集群: an enumeration, not a count
    if chinese and value == 1 and not mult_raw and not g["pre"] and nu.base not in ONE_OF_WHOLE:
        return []  # 一个 / 一项: the article "a" (一成 is a tenth)
    if nu.base == "半" and not (chinese and value == 1 and (g["pre"] or g["post"])):
        return []  # 超过一半, 一半以上: a half; 一半 alone is a part (其中一半用于), 3年半 a time
    after_unit = text[m.end("unit") if unit_raw else m.end("mult"):]
    tenths = _tenths_after(after_unit) if nu.base == "成" and chinese and not mult_raw else 0
    if tenths:  # 約佔七成六: 成 and a tenths digit, 76 %
        end, after_unit = end + 1, after_unit[1:]
    word_next = CJK.match(after_unit[:1] or " ") is not None  # a word follows the unit
    within = (unit_raw in lex.attribute_units and not g["post"]
              and _elapsed_within(text, span_start, after_unit))
    if within:  # 接单后2小时内完成补装: the time an act took after its start, at most
        end, after_unit, word_next = end + 1, after_unit[1:], False
    if nu.word_final and word_next and not after_unit.startswith(lex.word_final_followers) and not (
            _share_of_the_noun(nu.base, chinese, mult_raw, after_unit)) and not (
            _item_joined(after_unit)):
        return []  # 2023成都: a word, not 八成 (近七成受访干部: the share of the noun after)
    if (chinese and num in _LONE_ROUNDS and not g["pre"] and not mult_raw and word_next
            and not text[:span_start].endswith(lex.chinese_count_verbs)):
        return []  # 百家樂毛收入, 千家万户: a lone 百 / 千 / 万 glued to a measure word and a word
        # after it is a word, not a count (共有百家企业 counts: a count verb before it)
    if nu.bare_only and mult_raw and not text[:span_start].rstrip().endswith(_CASES_COUNTED):
        return []  # 月薪1.2万起: a price's lower end, not 1.2万 cases (接报火灾47.6万起 counts
        # fires: the events or the deed counted right before the number)
    if (chinese and value <= 10 and not mult_raw and not g["pre"] and word_next
            and nu.base != "成" and _opens_clause(text, span_start)):
        return []  # 三家基础电信企业的用户…: a small count opening its clause names a group
    if nu.category == "time" and text[:span_start].rstrip().endswith(lex.countdown_before) and (
            not _averaged(text, span_start)):
        return []  # 还有100多天, 历时3天: a countdown or elapsed time, not a measurement
    if after_unit[:1] in _TEXT_LENGTH_UNITS and _TEXT_LENGTH_BEFORE.search(
            text, max(0, span_start - 5), span_start) is not None:
        return []  # （本报告全文共4.6万字）: the length of the text itself, page furniture
    if nu.base in _LENGTH_BASES and _length_of_time(text, span_start, nu.base, after_unit):
        return []  # 10月份共有17个交易日（…休市6天）, 补贴…，最长36个月: a length, no measure
    if unit_raw in lex.attribute_units and (
        word_next if not g["post"] else _noun_at(text, m.end())
    ) and not (word_next and after_unit.startswith(CHANGE_AFTER)) and not (
            _item_joined(after_unit)) and not (
            after_unit.startswith(_RECORD_AFTER)) and not (
            text[:span_start].endswith(_MEASURED_TIME_BEFORE)):
        return []  # 15分钟生活圈, 3岁以下婴幼儿 (not 由15天压减至5天: a level that changes; not
        # 打破…52天的纪录: a record's level)
    if nu.base == "岁" and not _age_named(text, span_start):
        return []  # 学前教育为3—5岁, 60岁及以上: an age names a group; a measured age follows
        # its name (人均预期寿命80.12岁, 平均年龄38.6岁; not 按年齡別觀察，15-24歲、25-44歲…失業率:
        # the classes a breakdown by age names)
    if nu.category in _MEASURES and CLASS_BOUND.match(after_unit) and not text[
            :span_start].rstrip().endswith(_RANGE_LOWS):  # (100元以上500元以下罚款: a range)
        return []  # 90平方米及以下新建商品住宅, 亿元以上项目: a class named by its bound (a
        # count's bound reads on: 三千家以上规模以上工业企业 counts the firms)
    if _DEFINING_BRACKET.search(text, max(0, span_start - 10), span_start) and (
            _BOUND_CLOSES.match(after_unit)):
        return []  # 長期失業者（失業期間達53週以上）為4.6萬人: the bracket defines the group
    if nu.category in _MEASURES and _PER_UNIT_CLASS.match(after_unit) and text[
            :span_start].rstrip().endswith(_PER_UNIT_WORDS):
        return []  # 单价100万元以上的大型设备: a class of things by the value of each one
    if nu.category in _MEASURES and "的" in after_unit[:24] and _CLASSES_PAIRED.match(after_unit):
        return []  # 90平方米及以下、90-144平方米的分别下降: classes a 分别 pairs figures with
    if nu.base == "人" and _PEOPLE_CLASS.match(after_unit):
        return []  # 在500万人以上城市的进城农民工: a class of cities named by its bound
    if nu.base == "工作日" and after_unit.startswith(_WITHIN) and not TO_LEVEL_BEFORE.search(
            text, max(0, span_start - 6), span_start):
        return []  # 15个工作日内办结: a rule's deadline (压缩至60个工作日以内: a measured level)
    joined = lex.non_metric_after_any
    # (3个月内注册: the rules on what follows a count of months read it from its 月)
    tail = "月" + after_unit if unit_lexicon().simplify(unit_raw) == "个月" else after_unit
    if (joined.search(tail) if joined is not None
            else any(p.search(tail) for p in lex.non_metric_after)):
        return []
    if ("对" in text or "凡" in text) and _in_condition(text, span_start, end):
        return []  # 对年营业收入首次突破1亿元的企业，: a condition of a rule
    if (g["pre"] or g["post"]) and _REQUIREMENT.search(text) is not None and (
            qualifier_of(g)[0] == "at_least"):
        return []  # 投标人…年平均营业收入不低于5亿元: a requirement an applicant must meet
    # 建设20条。 names a policy; 公交线路22条。 counts lines
    noun_before = bool(unit_raw and nu.needs_noun and not word_next
                       and _QUOTED_NOUN_END.search(text, 0, ns) is None
                       and not (nu.base == "批" and text.endswith(_ROUNDS_VERBS, 0, span_start)))
    if _in_short_quote(text, ns, end):
        return []
    unit_text = unit_lexicon().simplify(mult_raw + unit_raw) or None
    qual, qual_text = ("at_most", "内") if within else qualifier_of(g)
    if qual == "none" and text.endswith(_ABOUT_SHARE, 0, span_start):
        qual, qual_text = "about", text[span_start - 2]  # 约占七成六: 约 is the share's
    base, multiplier, category = nu.base, nu.multiplier, nu.category
    if code is not None and base in (None, "元"):  # 拨款RM150亿: the code is the unit
        base, category = code, "currency"
    elif base == "元":  # 新臺幣600億元: the currency named before the number
        base = currency_before(text, ns) or base
    elif base == "千瓦时" and unit_raw == "度" and not mult_raw and _TEMPERATURE.search(
            text, 0, ns) is not None:
        base = "摄氏度"  # 年平均气温为摄氏24.1度，较正常高0.6度: degrees, not kilowatt-hours
    elif base == "成":  # 八成 is 80 %: shares in one unit (as 百分之八十), 成 kept as written
        value, base, multiplier = scaled(value + tenths / 10, 10.0), "%", 1.0
        value_high = scaled(value_high, 10.0) if value_high is not None else None
    elif base == "半":  # 超过一半: 50 %
        value, base, multiplier = 50.0, "%", 1.0
    return [NumberCandidate(span_start, end, ns, ne, value, value_high, unit_text, base,
                            category, multiplier, qual, qual_text, chinese,
                            noun_before=noun_before)]


# the holidays named by their dates in numerals (五一: 1 May, 十一: 1 October) and what follows
# such a name (档, 假期, 黄金周, 劳动节, 劳动奖状, 期间), a closing quote between them allowed
# (not 节: 十一节车厢 counts carriages)
_HOLIDAY_NUMERALS = frozenset({"五一", "十一"})
_HOLIDAY_AFTER = re.compile(r"[”\"’]?\s*(?:档|假|小长假|长假|黄金周|劳动|期间|前后|当天)")


# a per-head base that a rate's name runs on from, with no mark between (就业人员十万人生产安全
# 事故死亡率为0.61): the base of the rate
_RATE_AFTER_BASE = re.compile(r"[\u4e00-\u9fff]{1,12}?率")


# a negated equality (因四舍五入，加总未必等于100%; 合计不等于100%): a caveat, no figure
_NOT_EQUAL_TO = re.compile(r"(?:不|未必|未|不一定|并不|可能不)等[于於]$")


# the second characters of words that start with 成 (成为, 成立, 成本, 一成不变): 七成 + one of
# them is no share of a noun after it
_CHENG_WORD_SECONDS = frozenset("为為立本功果长長交都绩績员員熟型效就年不了品片套群")


# two neighbouring digits in a row (七八个, 两三年, 一两天; and 三五天): a loose count, the first
# to the second
_PAIR_FIRSTS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}


_PAIR_SECONDS = {"两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _approximate_pair(text: str, num: str, start: int) -> tuple[float, float] | None:
    """七八 (7 to 8), 两三, 三五: two neighbouring digits written side by side, not the
    positional number 78; not a year's last digits (二〇二三) or a plan's (十三五)."""
    if len(num) != 2 or (start > 0 and text[start - 1] in CN_NUMERAL_CHARS):
        return None
    low, high = _PAIR_FIRSTS.get(num[0]), _PAIR_SECONDS.get(num[1])
    if low is None or high is None or (high != low + 1 and num != "三五"):
        return None
    return float(low), float(high)


def _item_joined(after_unit: str) -> bool:
    """分别为52起和47起: a list joint and the next item's number right after the unit."""
    return after_unit.startswith(_AND_NUMBER) and DIGIT.match(after_unit, 1) is not None


def _share_of_the_noun(base: str, chinese: bool, mult_raw: str, after_unit: str) -> bool:
    """近七成受访基层干部, 超六成企业: a share in 成 written before the noun it is a share of
    (not a word starting with 成: 成为, 成本, 一成不变)."""
    return (base == "成" and chinese and not mult_raw
            and after_unit[:1] not in _CHENG_WORD_SECONDS)


# a rule's scope: 对 (or 凡) opening a clause, a bound in it, and the 的 that closes the phrase
# naming who qualifies after the number (对年营业收入首次突破1亿元、10亿元的工业企业，给予…)
_CONDITION_OPENERS = ("对", "凡", "对于")


_PER_HEAD_UNITS = frozenset(("人", "人口", "户", "名"))


# a rule's step per one more head (每增加1人, 每多1人)
_PER_ONE_MORE = ("每增加", "每增", "每多", "每减少")


# a rule's step per one unit of what it scores or pays for (每提供1项得2分, 每逾期1天扣0.5分):
# 每 and a verb (not a classifier nor a time word: 每人每月1500元, 每年1次 are a grant's or a
# frequency's own figures), one of a count or a time, then what the rule gives or takes
_STEP_BEFORE = re.compile("每(?![年月日周天季次届人户家名个项件台套辆间所条种位份元])"
                          "[\u4e00-\u9fff]{1,3}$")


_STEP_AFTER = re.compile("[，,]?(?:可|则|即)?(?:得|扣|加|奖励?|补贴|补助|给予|计)")


def _rule_step(text: str, start: int, m: re.Match[str]) -> bool:
    """Is the one at ``start`` the step of a rule (每提供1项得2分: per one item, 2 points)?"""
    return (_STEP_BEFORE.search(text, max(0, start - 4), start) is not None
            and _STEP_AFTER.match(text, m.end()) is not None
            and normalize_unit(m.group("unit") or "").category in ("count", "time"))


_DECIMAL_POINT = ("小数点", "小数点后")


_BASES = frozenset((10.0, 100.0, 1000.0, 1e4, 1e5, 1e6))


# a bracket defining the group named before it by a bound (長期失業者（失業期間達53週以上）,
# 规模以上工业企业（年主营业务收入2000万元及以上）): the words in it before the number, and the
# bound closing it
_DEFINING_BRACKET = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,8}$")
_BOUND_CLOSES = re.compile(r"及?以[上下][）)]")


# (对…完成率低于序时进度20个百分点的项目实行预警: a gap that puts a project under the rule)
_CONDITION_BOUNDS = re.compile(
    r"以上|以下|超过|突破|达到|不低于|不少于|及以上|（含）|\(含\)|首次|低于|高于|少于|多于|不足")


_CLAUSE_ENDS = "，,；;。"


# 约 before the 占 of a share written right before it (内地旅客約佔七成六)
_ABOUT_SHARE = ("约占", "約佔", "约佔", "約占")
# a price right after a quantity written after 每 (每50公斤131元, 每100千克2.6元)
_PRICE_RIGHT_AFTER = re.compile(r"\s?\d[\d,]*(?:\.\d+)?\s?(?:元|美元|港元|澳门元|角)")


_TENTHS = re.compile(r"[一二三四五六七八九](?![\u4e00-\u9fff])")


def _tenths_after(after_unit: str) -> int:
    """七成六: the tenths digit written after 成 (and nothing but a mark after it), else 0."""
    found = _TENTHS.match(after_unit)
    return int(parse_numeral(found.group()) or 0) if found is not None else 0


# 内 and the act it bounds (2小时内完成补装; not 2小时内的, a class of times)
_WITHIN_ACT = re.compile(r"内(?!的)[\u4e00-\u9fff]")


# 内 and an act done to its end (城管局2小时内完成补装, 30分钟内到达现场)
_WITHIN_DONE = re.compile(
    r"内(?:即|就|已|便)?(?:完成|办结|到场|到达|赶到|抵达|恢复|处置|解决|修复)")


# words of a rule or a promise in the clause (须在24小时内答复, 承诺2小时内到场): a deadline
_RULE_WORDS = re.compile(r"[须需应要]|确保|承诺|规定|力争|原则上")


_AFTER_EVENT = ("后", "後")


def _elapsed_within(text: str, start: int, after_unit: str) -> bool:
    """接单后2小时内完成补装, 城管局2小时内完成补装: the time an act took from an event (…后)
    or to its end (完成, 到达 …), reported, not a rule's deadline (no 须, 应, 承诺 … in the
    clause)."""
    if not ((text.endswith(_AFTER_EVENT, 0, start) and _WITHIN_ACT.match(after_unit))
            or _WITHIN_DONE.match(after_unit)):
        return False
    return _RULE_WORDS.search(text, *_clause_around(text, start, start)) is None


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma clause holding [start, end): its opening (after a clause mark or a colon) and
    the clause mark that ends it (the text's end when none does)."""
    left = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1
    ends = [i for i in (text.find(c, end) for c in _CLAUSE_ENDS) if i >= 0]
    return left, min(ends, default=len(text))


def _in_condition(text: str, start: int, end: int) -> bool:
    """A number inside the 对…的 phrase that names whom a rule is for (对研发投入占营业收入比重
    3%以上的企业，, 对企业年薪50万元以上的人才，) is a condition of eligibility, not a measurement:
    the clause opens with 对 or 凡, holds a bound (以上, 突破, 达到, 低于 …: 对…完成率低于序时
    进度20个百分点的项目实行预警), and a 的 follows the number before the clause ends
    (对1200户困难家庭的救助 has no bound: a count)."""
    left, right = _clause_around(text, start, end)
    if not text[left:start].lstrip(" \u3000").startswith(_CONDITION_OPENERS):
        return False
    return "的" in text[end:right] and _CONDITION_BOUNDS.search(text, left, right) is not None


def _opens_clause(text: str, start: int) -> bool:
    """Nothing but spaces stands between the clause's opening and ``start``."""
    left = max(text.rfind(c, 0, start) for c in "，,；;。：:") + 1
    return not text[left:start].strip(" \u3000")


# a quoted noun right before a number (打通“断头路”15条): the quote names what is counted
_QUOTED_NOUN_END = re.compile(r"[\u4e00-\u9fff][”」』\"]$")


# batches of a programme carried out (带量采购已开展10批, 累计公布5批): 批 counts its rounds with no
# noun after it
_ROUNDS_VERBS = ("开展", "组织", "实施", "完成", "公布", "发布", "举办")


# a temperature named before 度 in the sentence (摄氏24.1度, 平均气温…较正常高0.6度)
_TEMPERATURE = re.compile(r"摄氏|攝氏|气温|氣溫|温度|溫度|水温|水溫")
