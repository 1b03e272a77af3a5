"""Time periods in policy text and their resolution to calendar dates.

Handles absolute periods (``2023年``, ``2023年7月``, ``1—5月``, ``2010年到2023年``), periods
relative to the document date (``今年``, ``去年11月``, ``上半年``, ``前三季度``, ``未来五年``,
``五年来``), five-year-plan periods (``十四五`` = 2021–2025) and points in time (``截至5月底``,
``目前``, ``累计``: start == end). When a needed year is unknown the dates stay None: a period is
never guessed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path

from pipelines.domain.numbers import parse_numeral, to_half_width
from pipelines.domain.records import Period
from pipelines.domain.yamlfiles import load_yaml

_CN = "〇零一二两三四五六七八九十"
# A table's or figure's number may run into the year of its title when the space between them
# is lost (表1　114年1至10月 -> 表1114年1至10月, 图22024年…): right after 表 / 图 four digits are a
# year only as 19xx / 20xx, else the number's last digit is the table's and a Minguo year follows
_NUMBERED = "[表图]"
_Y = (rf"(?:(?<!{_NUMBERED})\d{{4}}|(?<={_NUMBERED})(?:19|20)\d\d|[〇零一二三四五六七八九]{{4}})"
      r"\s?年(?!代|级|轻)")
# a year written without 年 before 财政年度 (二零二五財政年度之資本開支, 2025财政年度): that year
_FISCAL_DIGITS = r"\d{4}|[〇零一二三四五六七八九]{4}"
# (二〇二六年財政年度中央預算收入: the year written with 年 before it, the same year)
_FISCAL_YEAR = rf"(?:{_FISCAL_DIGITS})\s?年?(?:财政|財政)年度"
_FISCAL_YEAR_RE = re.compile(rf"({_FISCAL_DIGITS})年?(?:财政|財政)年度")  # (read without spaces)
# Years of the Minguo (ROC) calendar, as Taiwanese texts count them (113年 = 2024 = 113 + 1911):
# 民国113年 anywhere; a bare year of 80–139 in a document that uses the calendar (see
# :func:`uses_roc_years`), or anywhere when a period within that year follows (113年1—6月,
# 113年上半年, 113年度): a count of years is never followed by months
ROC_OFFSET = 1911
_ROC_BARE = rf"(?:(?<![\d.])|(?<={_NUMBERED}\d))(?:1[0-3]\d|[89]\d)"
_ROC_NAMED = r"民国\s?(?:\d{1,3}|[〇零一二三四五六七八九十百]{1,5})\s?年"
# (半年内 is a length, 入职半年内离职率: within half a year of an event, no year's span; 2025年
# 12月31日前年满70周岁: 前 closes the day, 年满 an age reached, no year before last)
_REL_Y = (r"(?:今年|去年(?!同旬)|上年|前一年|(?<![日月号])前年|明年|本年内|本年|当年|全年|上一年"
          r"|次年"
          r"|(?<!半)年内)")
_MNUM = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_M = _MNUM + r"\s?月份?"
# two months joined and summed (本年10月及11月合共毛收入…): the span from the first to the second
# (not 10月和11月分别…: a pair, each month its own)
_MONTHS_SUMMED = rf"{_M}\s?[及和与]\s?{_M}(?=\s?(?:合共|合计|共计|累计|共))"
_DNUM = r"(?:[12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_D = _DNUM + r"\s?[日号]"
_SEP = r"\s?(?:[—–\-~－]+|至|到)\s?"
# a named season or event in quotes (“三夏”期间, “双抢”期间, “蜀山美食节”期间): a period of its own,
# its dates unknown (not a holiday's: “五一”期间, “双节”期间 are the holidays' days)
_SEASON = r"“(?!五一|十一|国庆|春节|中秋|元旦|端午|清明|双节)[\u4e00-\u9fff]{1,6}”期间"
# a season (秋冬季, 冬春季, 夏季): a period of its own, its dates unknown (秋冬季 runs across two
# years; where a text gives a season's months it names them: 春季（三月至五月）); not after a year
# (2024年冬季 stays that year), nor in a sport's or an event's name (夏季运动会, 冬季运动, 冬季
# 奥运会, 夏季达沃斯), nor the kind of activities a plan puts on (将推出冬季文旅活动120余场,
# 举办夏季消夏系列活动: a season's program, the plan's time written elsewhere)
_ACTIVITIES = (r"(?:文旅|旅游|文化|体育|消费|促销|招聘|主题|系列|冰雪|消夏|纳凉|健身)"
               r"[\u4e00-\u9fff]{0,3}活动")
_SEASON_OF_YEAR = (r"(?<!年)(?:春夏|秋冬|冬春|[春夏秋冬])季"
                   rf"(?!运动|奥|达沃斯|{_ACTIVITIES})")
# a season of work whose dates a place sets (汛期, 主汛期, 迎峰度冬期间, 迎峰度夏): a period of
# its own, its dates unknown (where a text gives them it names them: 汛期（6—9月）); 汛末, the
# flood season's end (汛期末), a day of its own, its date unknown as well; 迎峰度夏 before a
# noun names what the season calls for (为应对迎峰度夏用电高峰, 投产迎峰度夏重点电网工程), no time
# a farm season written without quotes (秋收期间, 三夏期间, 春耕期间) is one as “三夏”期间 is
_WORK_SEASON = (r"[主梅]?汛期(?!内外)|汛末"
                r"|迎峰度[冬夏](?:期间|(?=[，,。；;、\s]|以来|前|后|中|$))"
                r"|(?:三夏|三秋|夏收|秋收|麦收|春耕|春播|秋冬种)期间")
# a season after its year (今年夏季, 2025年春季) is that year's season in the calendar of the
# meteorological service (春季 March to May, 夏季 June to August, 秋季 September to November); 冬季
# runs across two years, so 2024年冬季 stays the year
_SEASON_IN_YEAR = rf"[春夏秋]季(?!运动|奥|达沃斯|{_ACTIVITIES})"
_SEASON_MONTHS = {"春季": (3, 5), "夏季": (6, 8), "秋季": (9, 11)}
# the month, quarter or period before, as the base of a comparison (与上月持平, 比上月增长, 较上
# 季; Hong Kong's 较一年前): a period of its own, no dates (it is never a figure's period), so
# that a name stops before it as before 与上年同期
_BASE_BEFORE = (r"(?<=[与比较])(?:上一?季度?|上月|上期|一年前)"
                # (…上涨0.2%，上月为下降0.3%; …增长5.1%，上一季度增长4.8%: the span before the one
                # reported on opening a clause with its own figure, dated by metrics'
                # period_choice from the span it follows; not 上月，全市…: last month itself)
                r"|(?<![^，,；;。\s])(?:上一?季度?|上月)"
                r"(?=(?:为|是|则为)?(?:增长|下降|上升|回落|上涨|持平|负增长|-?\d))")
# the period a report covers (报告期内, 截至报告期末): a period of its own, no dates here (a yearly
# report's is its year: metrics.context reads it so)
REPORT_PERIOD = "报告期"
# (年初至报告期末: a periodic report's months so far, up to its period's end)
YEAR_TO_REPORT = ("年初至", "年初到")
# (本期金额, 本期发生额 beside 年初至报告期末金额: an accounting table's column of the period)
THIS_PERIOD = "本期"
_REPORT_PERIOD = (rf"(?:年初[至到])?{REPORT_PERIOD}(?:内|期末|末)?"
                  rf"|{THIS_PERIOD}(?=金额|发生额|数[　\s]|数$)")
# a league's round (第6轮): a period of its own with no dates, or its day's (6月21日第6轮)
_ROUND = r"第\d{1,2}轮"
_ROUND_END = re.compile(_ROUND + "$")
# a day of the week in news (海峡时报指数星期五收在…): the last such day up to the document's
_WEEKDAY = r"星期[一二三四五六日天]"
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# a run of days (10月1日至8日, 1月28日—2月4日): a holiday's or an event's dates
_DAYS = rf"{_M}\s?{_D}{_SEP}(?:(?:{_M}\s?)?{_D}|{_M}\s?[上中下]旬(?!末))"
# a run of days given to the hour (9月23日8时至25日8时, 2025年10月1日0时至10月31日24时): news on
# a storm or a flood, a bulletin's span; the days are the period, the hours say when in them
_CLK = r"\d{1,2}\s?时(?:\s?\d{1,2}\s?分)?"
# (a day's own hours are left to the words after it, which read them: 8月14日10时20分许，…)
_CLOCK_TAIL = rf"(?:(?<=[日号])\s?{_CLK}{_SEP}(?:{_M}\s?)?{_D}(?:\s?{_CLK})?)?"
# a day of the month with no month, as news writes the days of its own month: only in a run of
# days (23日至25日), before a clock time (截至25日20时, 25日5时) or since it (22日以来), or
# opening a sentence as its time (16日，区外来电… after 7月16日13时25分…; 16日晚高峰时段): never
# inside one
# (15日内, 历时15日 are lengths) (日 only: 1号至3号 are lines of a metro)
_DAY_OPENING = r"(?<![^\s。；！？])(?:[12]\d|3[01]|[1-9])日(?=[，,]|晚|早|上午|下午|凌晨|夜间)"
_BARE_DAYS = (rf"(?<![\d月.第]){_DNUM}\s?日(?:{_SEP}{_DNUM}\s?日|(?=\s?{_CLK})|(?=以来))"
              rf"|{_DAY_OPENING}")
_CLOCK_RE = re.compile(rf"(?<=[日号])\s?{_CLK}|{_SEP}{_CLK}$")
_BARE_DAY_RE = re.compile(rf"({_DNUM})日(?:{_SEP}({_DNUM})日)?")
# a week numbered in its year (2025年第47周: a weekly release's, the ISO week) or in its month
# (2月第1周: the month's first week, Monday to Sunday, whose Thursday falls in the month)
_WEEK_OF_YEAR = r"第\s?(?:[1-4]?\d|5[0-3])\s?周"
_WEEK_OF_MONTH = r"第\s?[1-5一二三四五]\s?周"
# 首三季 (首3季), 第三季, 首十个月, 首季: how Hong Kong, Macau write 前三季度, 第三季度, 前十个月,
# 一季度 (之前三个月, the months before a span just named: 截至10月止的三个月与之前三个月, a
# comparison's base, metrics.period_spans.is_comparison). 年初 before a plan's word (年初预算,
# 年初预期目标, 年初确定的目标, 年初计划) names when the plan was made, not the period of a figure;
# 年终奖金, 年终总结, 年终考核 are things named by the year's end, no time of a figure
_SUB = (
    r"(?:[一二三四1-4]\s?(?:[—–\-~－]+|至|到)\s?[一二三四1-4]\s?季度?(?![\d.])|上半年|下半年|(?:之?前|首)(?:三|两|二|[23](?=\s?个?季))\s?(?:个)?季度?|第[一二三四1-4]\s?季度?"
    r"|[一二三四1-4]\s?季度|首季度?|(?:之?前|首)(?:十[一二]|[两二三四五六七八九十]|1[0-2]|[1-9])\s?个?月|年初(?!预算|预期|目标|计划|确定|设定|制定|提出|下达|[至到]报告期)|年底|年末|年终(?![奖獎]|总结|總結|考核)|年中"
    # 年度终了 (a budget's 年度終了未償餘額): the budget year's last day
    r"|年度[终終]了)"
)
_N = rf"(?:[{_CN}]+|\d+)"
# the year so many years before the text's, opening its clause (三年前，我们的产品良率只有82%);
# not a year's number (2030年前: before 2030, a deadline), 年前 after a day or a month, nor the
# base of a comparison (是五年前的1.3倍: a multiple of that year's level, no period of its own)
_YEARS_AGO = r"(?<![\d年月日])(?:[一二两三四五六七八九十]{1,3}|\d{1,2})年前(?=[，,])"
_YEARS_AGO_RE = re.compile(r"([一二两三四五六七八九十]{1,3}|\d{1,2})年前")
# a quarter written the analysts' way (2025Q3, 25Q3, Q3, Q1-Q3, 2025年Q3): Q and its number; a
# bare Q3 only at a clause's edge or after a function word (其中Q3单季, 分季度看，Q3), so that a
# product named Q3 (a car maker's 奥迪Q3) is no quarter
_Q_NUMBER = r"Q[1-4](?:\s?[—–\-~至到]\s?Q?[1-4])?(?![A-Za-z\d])"
_QUARTER_CODE = (rf"(?:(?<![A-Za-z\d.])(?:\d{{4}}\s?|\d{{2}})|(?<![A-Za-z\d\u4e00-\u9fff])"
                 rf"|(?<=[中年看及和与至、（(]))(?<![A-Za-z]){_Q_NUMBER}")
# a named year's same month (same span) as the one just reported (二零二五年十月…，较二零二四年
# 同月的3,821亿元; 2024年同期的…): that span in that year, worked out from the span it refers to
# (:func:`same_span_in_year`); on its own it has no dates
SAME_SPAN = ("同月", "同期")
_SAME_SPAN = r"同[月期](?!间)"
# the year before's same month or span with its own figure after 的 (较去年同月的183.46亿澳门元):
# that span a year before the one just reported (a bare 比去年同期增长 is a comparison, no span)
_LAST_YEAR_SAME = r"(?:去年|上年)同[月期](?=的)"
_LAST_YEARS = ("去年", "上年")
# the months of a year a month's figure is ranked among (为本年单月第二高, 今年单月第二高): the
# year, a window the rank is taken over (metrics.period_choice), no part of a name
_MONTHS_OF_YEAR_RANKED = r"(?:今年|本年)单月(?=第)"
_MONTHS_RANKED = "单月"
# 单季 (Q3单季毛利率, …；单季净利率): the one quarter the period named just before ends with, as
# 当月 is its month (metrics.context reads it); not single cropping (单季稻, 单季晚稻)
SINGLE_QUARTER = ("单季", "單季")
# 本季 as a quarterly release writes its quarter (本季主要死因为肿瘤): read as 单季 is, the quarter
# the periods named before it end with (本季度 stays the quarter of the text's date)
RELEASE_QUARTER = "本季"
_SINGLE_QUARTER = r"(?:[单單]季(?:度)?(?![稻晚早中作种产亩])|本季(?![度节末]))"
# a year column of an analysts' forecast table (2024A, 2025E, 2026F: actual, estimated,
# forecast): the year, and the letter saying which (metrics.table_cells reads a column head by it)
_YEAR_CODE = r"(?<![A-Za-z\d.])(?:19|20)\d{2}[AEF](?![A-Za-z\d])"
YEAR_CODE_RE = re.compile(r"((?:19|20)\d{2})([AEF])")
_QUARTER_CODE_RE = re.compile(r"(\d{4}|\d{2})?(?:年)?Q([1-4])(?:[—–\-~至到]Q?([1-4]))?")
# a span named by the day it closes (截至2025年10月31日止十个月, 于2025年9月30日止九个月,
# 截至2024年12月31日止年度: how Hong Kong's listed companies date their results): the months
# (or the year) ending that day, not the day
_CLOSED_SPAN = rf"{_Y}\s?{_M}\s?{_D}\s?止\s?(?:{_N}\s?个月|年度)"
# a rolling window named by the month it closes (截至2025年10月的三个月内, 截至2025年9月止的三
# 个月: Hong Kong's releases): the months up to that month's end
# (after the pattern's 截至, which it does not repeat)
_MONTHS_UP_TO = rf"(?<=截至|截止)(?:{_Y}\s?)?{_M}\s?(?:止\s?的?|的)\s?{_N}\s?个月(?:内|期间)?"
# an airline timetable season (冬春航季, 夏秋航季): the IATA season, from the last Sunday of
# October (of March) to the Saturday before the last Sunday of March (of October)
_FLIGHT_SEASON = r"(?<!上一)(?<!下一)(?:冬春|夏秋)航季"
# a graduating class (2025届毕业生, 较2024届): the year it graduates in
_COHORT = r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s?届"
# (“十四五”规划 names the plan document, not its years: 2025年是“十四五”规划收官之年; nor does
# the plan named as which of its years a year is: 2025年是“十四五”收官之年, 十四五的最后一年;
# nor the plan's goal a figure met: 均完成“十四五”控制目标, 完成“十四五”目标任务的58.6%)
_PLAN = (
    r"“?十[一二三四五六七八九]五”?(?!”?(?:规划(?!期)|(?:控制|约束性|预期)?目标|(?:规划)?的?"
    r"(?:[^\s，。；、“”\d]{1,4}之年|最后一年|第[一二三四五]年|首年)))"
    r"(?:时期|期间|规划期|末|初|以来)?"
    r"|“十五”(?:时期|期间|规划期|末|初|以来)?|十五(?:时期|期间|规划期)"
)

# Every period form holds one of these: 年 (2023年, 今年, 全年, 上半年, 年末, 近五年), 月 (3月,
# 1—5月, 前5个月, 本月以来), 季 (季度, 首三季), a five-year plan (十四五, 十五), 目前, 当前, 现时
# (Hong Kong's and Macau's 目前), 如今 (now), 累计,
# 报告期, 交易日 (近5个交易日), 本周 (本周以来), 汛期, 汛末 or 迎峰度 (迎峰度冬期间), a farm
# season (秋收期间, 三夏期间). A text
# without any holds no period (a regex for Python's re and polars alike); 届 (2025届) a graduating
# class; Q1-Q4 and 2025E / 2024A analysts' quarters and years.
PERIOD_HINT = ("年|月|季|Q[1-4]|\\d[AEF]|十[一二三四五六七八九]?五|目前|当前|现时|现在|如今|累计"
               "|”期间|[夏秋收耕播种]期间"
               "|星期"
               "|报告期|本期|交易日|本周|旬末|本旬|汛[期末]|迎峰度|届|轮|今日|今天|[日号]\\s?\\d{1,2}\\s?时"
               "|\\d日\\s?(?:[—–\\-~－]+|至|到)\\s?\\d{1,2}日|\\d日以来"
               "|\\d日(?:[，,]|晚|早|上午|下午|凌晨|夜间)")
_PERIOD_HINT = re.compile(PERIOD_HINT)


# a day of the text's month (本月6日议息后): that day
_THIS_MONTH_DAY = rf"本月\s?{_D}"
_THIS_MONTH_DAY_RE = re.compile(rf"本月\s?({_DNUM})\s?[日号]")


def _day_of_this_month(day: str, doc: date | None) -> tuple[date | None, date | None]:
    """本月6日 in a text of 14 November: 6 November (none without the text's date, nor one
    after it, or not in the month)."""
    n = parse_numeral(day)
    if doc is None or n is None or not 1 <= n <= doc.day:
        return None, None
    return (found := date(doc.year, doc.month, int(n))), found


def _days_of_month(first: str, last: str | None,
                   doc: date | None) -> tuple[date | None, date | None]:
    """23日至25日, 25日 (before a clock time) with no month, in news of 26 September: the days of
    the text's month, or of the month before when the first day is later than the text's (28日
    in a text of 2 October: 28 September); a run into the next month when it ends on a smaller
    day (30日至2日)."""
    a = parse_numeral(first)
    b = parse_numeral(last) if last else a
    if doc is None or a is None or b is None or not (1 <= a <= 31 and 1 <= b <= 31):
        return None, None
    year, month = doc.year, doc.month
    if a > doc.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    if a > last_day(year, month).day:
        return None, None
    start = date(year, month, int(a))
    if b >= a:
        return (start, date(year, month, int(b))) if b <= last_day(year, month).day else (
            None, None)
    nxt = last_day(year, month) + timedelta(days=1)
    return start, nxt.replace(day=int(b))


# now, as a speaker says it (我们现在全市的汽车零部件配套企业有七百多家), as 目前: not inside a verb
# (体现在, 表现在, 实现在, 出现在, 发现在, 呈现在, 展现在)
_NOW_SPOKEN = r"(?<![体表实出发呈展])现在"
NOW_SPOKEN = "现在"


# the text's own day in news (令吉兑美元汇率今日收在4.2035) and in a speech's transcript
# (今天集中签约的项目一共是86个): not 今日起 (a rule's start), nor a name (今日头条, 今日说法)
TODAY = "今日"
SPOKEN_TODAY = "今天"
_TODAY = rf"(?:{TODAY}|{SPOKEN_TODAY})(?!起|头条|说法|关注|视点|要闻|看点)"


def may_hold_period(text: str) -> bool:
    """False when ``text`` holds none of :data:`PERIOD_HINT` (so no period at all): a cheap
    test before the full pattern, which costs more on a sentence without a period."""
    return _PERIOD_HINT.search(text) is not None


def _period_re(roc: bool) -> re.Pattern[str]:
    """The period pattern; ``roc``: bare Minguo years (113年) count as years too."""
    within = rf"(?:{_SUB}|{_MNUM}\s?(?:月|[—–\-~－至到])|度)"
    year = (rf"(?:{_ROC_NAMED}|{_ROC_BARE}\s?年(?!代|级|轻)|{_Y})" if roc
            else rf"(?:{_ROC_NAMED}|{_ROC_BARE}\s?年(?=\s?{within})|{_Y})")
    return _compile_period_re(year)


def _compile_period_re(year: str) -> re.Pattern[str]:
    # (累计 before a mean per day, 累计平均日产: the mean over the span the sentence names, no
    # running total at the text's day)
    return re.compile(rf"""
    (?=[\d〇零一二两三四五六七八九十截到“今去上下前明本当全年次第未过近目累首民星春夏秋冬报汛主梅迎Q单單之旬现如])
    (?:(?:截至|截止到|截止|到)\s?)?
    (?:
        {_PLAN}
      | {_CLOSED_SPAN}
      | {_MONTHS_UP_TO}
      | {_COHORT}
      | {_QUARTER_CODE}
      | {_YEAR_CODE}
      | {_FISCAL_YEAR}
      | {_Y}\s?{_SAME_SPAN}
      | {_LAST_YEAR_SAME}
      | {_MONTHS_OF_YEAR_RANKED}
      | (?:(?:\d{{4}}\s?[/／]\s?)?{_Y}\s?)?{_FLIGHT_SEASON}
      | (?:\d{{4}}{_SEP}\d{{4}}\s?年)
      | (?:{_Y}\s?{_M}{_SEP}{_Y}\s?{_M})
      | (?:(?:{year}|{_REL_Y}){_SEP}|{year}\s?[、和]\s?(?={year}))?(?:{year}|{_REL_Y})
            (?:\s?(?:{_SUB}|度[终終]了|{_MNUM}(?:\s?月份?)?{_SEP}{_M}|{_DAYS}|{_MONTHS_SUMMED}
                      |{_M}(?:\s?{_D}|\s?{_WEEK_OF_MONTH})?|{_SEASON_IN_YEAR}|{_WEEK_OF_YEAR}
                      |{_Q_NUMBER}))?
      | {_MNUM}(?:\s?月份?)?{_SEP}{_M}
      | {_DAYS}
      | {_BARE_DAYS}
      | (?:{_M}\s?{_D}\s?)?{_ROUND}
      | {_MONTHS_SUMMED}
      | {_M}(?:\s?{_D}|\s?{_WEEK_OF_MONTH})?
      | {_SUB}
      | (?:未来|今后){_N}年 | 过去{_N}年 | 近{_N}年 | {_N}年(?:[来间]|累计|(?=年均)) | 近年来 | 近年
      | 近{_N}个交易日 | {_THIS_MONTH_DAY} | 本月(?![报刊份]) | 本周(?!报|刊) | 本季度
      | 本旬末? | (?<![上中下一同])旬末 | 上一旬末 | 去年同旬末
      | 目前 | 当前 | 现时(?!代) | {_NOW_SPOKEN} | 如今 | 累计(?!平均日|日均|月均) | 当月
      | {_SINGLE_QUARTER}
      | {_TODAY} | {_YEARS_AGO}
      | {_SEASON}
      | {_SEASON_OF_YEAR}
      | {_WORK_SEASON}
      | {_BASE_BEFORE}
      | {_WEEKDAY}
      | {_REPORT_PERIOD}
    )
    {_CLOCK_TAIL}
    (?:度?[底末]|初|(?:上中旬|中下旬|上旬|中旬|下旬)末?)?
    (?:以来|(?![是为])[^，。；：,;:\d\s“”]{{1,24}}?以来)?
    """, re.VERBOSE)


_PERIOD_RE = _period_re(False)
_ROC_PERIOD_RE = _period_re(True)

_YEAR_IN = re.compile(r"(民国\s?(?:\d{1,3}|[〇零一二三四五六七八九十百]{1,5})|\d{4}"
                      r"|[〇零一二三四五六七八九]{4}|(?<![\d.])(?:1[0-3]\d|[89]\d))\s?年")
_MONTH_IN = re.compile(rf"{_MNUM}\s?月")
_PLAN_IN = re.compile(r"十([一二三四五六七八九]?)五")
_SPAN_N = re.compile(rf"(未来|今后|过去|近)?({_N})年(来|间|累计)?")  # 五年累计: 五年来

_DAY_RANGE = re.compile(rf"({_MNUM})月份?({_DNUM})[日号]{_SEP}(?:({_MNUM})月份?)?({_DNUM})[日号]")

_REL_OFFSETS = {
    "今年": 0, "本年": 0, "本年内": 0, "当年": 0, "全年": 0, "年内": 0,
    "去年": -1, "上年": -1, "上一年": -1, "前一年": -1, "前年": -2, "明年": 1, "次年": 1,
}  # fmt: skip
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class PeriodSpan:
    """A period found in a text: where it is, what it says, and how fine it is."""

    start: int
    end: int
    text: str
    period: Period
    is_day: bool  # a single calendar day (an event date, not a reporting period)


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def five_year_plan(n: int) -> tuple[int, int]:
    """Years of the n-th national five-year plan (3rd plan onward: 1966 + 5(n-3))."""
    if n == 1:
        return 1953, 1957
    if n == 2:
        return 1958, 1962
    start = 1966 + 5 * (n - 3)
    return start, start + 4


def _month_number(text: str) -> int | None:
    value = parse_numeral(text.replace("月", "").replace("份", "").strip())
    if value is None or not 1 <= value <= 12:
        return None
    return int(value)


def _year_number(text: str) -> int | None:
    roc = text.startswith("民国") or len(text.strip()) < 4
    value = parse_numeral(text.removeprefix("民国").strip())
    return None if value is None else int(value) + (ROC_OFFSET if roc else 0)


def _point(d: date | None, text: str) -> Period:
    return Period(text=text, start=d, end=d)


@lru_cache(maxsize=8192)
def resolve_period(text: str, doc_date: date | None) -> Period:
    """Resolve a period expression to dates relative to ``doc_date`` (see module doc).

    Cached: a page repeats its periods (今年, 上半年) and the result is an immutable record."""
    raw_text = text
    if names_report_period(text):
        return Period(text=raw_text)  # (the report's own period: its title names it)
    if text.endswith(_ROUND_TAIL):
        day = _ROUND_END.sub("", text).strip()
        found = resolve_period(day, doc_date) if day else None
        return Period(text=raw_text, start=found and found.start, end=found and found.end)
    s = to_half_width(text).replace(" ", "").strip("“”\"")
    if "时" in s:
        s = _CLOCK_RE.sub("", s)  # 9月23日8时至25日8时: the days
    closed = _CLOSED.fullmatch(s) or _UP_TO_MONTH.fullmatch(s)
    if closed:
        return _closed_span(closed, raw_text, doc_date)
    if s.endswith(_SEASON_OF_FLIGHTS):
        return _flight_season(s, raw_text, doc_date)
    if (fiscal := _FISCAL_YEAR_RE.fullmatch(s)) is not None:
        s = fiscal.group(1) + "年"  # 二零二五财政年度: the year 二零二五年
    if s.endswith(_CLASS_OF):  # 2025届: the graduating class's year
        s = s.removesuffix(_CLASS_OF) + "年"
    # 到2027年 on a goal is that year; 到5月底, 截至2022年 are points
    is_point = s.startswith(("截至", "截止", "到")) and not _TO_YEAR.fullmatch(s)
    s = _POINT_PREFIX.sub("", s)
    since = s.endswith("以来")
    if since:
        s = s[: -len("以来")]
        lead = _LEAD_TIME.match(s)
        if lead and lead.end() < len(s):
            s = s[: lead.end()]  # 2017年人才新政发布以来: since 2017
    if s in TEN_DAYS_WORDS:  # 本旬, 旬末, 上一旬末, 去年同旬末: of the document's 旬
        start, end = _resolve_core(s, doc_date)
        return Period(text=raw_text, start=start, end=end)
    xun_end = s.endswith("旬末")  # 11月上旬末: the 旬's last day
    if xun_end:
        s = s[:-1]
    if s.endswith("旬") and (up_to := _UP_TO_TEN_DAYS.search(s)) is not None:
        # (1月1日至11月上旬: to the 10th)
        s = s[: up_to.start(3)] + _ten_days_end(up_to, s, doc_date) + "日"
    edge = ""
    m_edge = _EDGE.search(s)
    if m_edge:
        edge = m_edge.group(1)
        s = s[: m_edge.start()]
        if s == "年" and edge == "初":
            s, edge = "年初", ""  # 年初: January
        elif s == "年":
            s = "今年"
        elif s.endswith("年度") and edge in ("底", "末"):  # 上年度末, 2024年度末: the year's end
            s = s[:-1]
        elif s.endswith("年年"):  # 今年年底, 2025年年末: that year's end; 明年年初: its January
            s, edge = (s + "初", "") if edge == "初" else (s[:-1], edge)
    if not s:
        return Period(text=raw_text)
    if s.startswith("星期"):
        return _point(_weekday(s[2:], doc_date), raw_text)
    start, end = _resolve_core(s, doc_date)
    if start is None or end is None or start > end:
        return Period(text=raw_text)  # unknown, or garbled (11月1—5月): no dates rather than wrong
    if s in ("目前", "当前", "现时", "如今", "累计", TODAY, SPOKEN_TODAY, NOW_SPOKEN):
        return _point(end, raw_text)
    if edge in ("底", "末"):
        return _point(end, raw_text)
    if edge == "初":
        end = start
    if edge in _TEN_DAYS and start.day == 1 and end == last_day(start.year, start.month):
        first, last = _TEN_DAYS[edge]  # 12月上旬: the 1st to the 10th
        start, end = start.replace(day=first), end.replace(day=last or end.day)
    if xun_end:
        return _point(end, raw_text)
    if since:
        if doc_date is None or start > doc_date:
            return Period(text=raw_text)
        return Period(text=raw_text, start=start, end=doc_date)
    if is_point:
        return _point(end, raw_text)
    return Period(text=raw_text, start=start, end=end)


def names_report_period(text: str) -> bool:
    """The period a report covers (报告期内, 截至报告期末, 本期金额's 本期): no dates of its own."""
    return REPORT_PERIOD in text or text == THIS_PERIOD


_ROUND_TAIL = "轮"
# a run of days ending in a 旬 (2025年1月1日至11月上旬): up to that 旬's last day
_UP_TO_TEN_DAYS = re.compile(rf"日{_SEP}(?:\d{{4}}年)?(({_MNUM})月份?)?([上中下])旬$")


def _ten_days_end(found: re.Match[str], s: str, doc: date | None) -> str:
    """The last day of the 旬 ``found`` ends a run with, as a day of its month (上旬 10, 中旬 20,
    下旬 the month's last: 28 to 31, in the year the run names, else the document's)."""
    part = found.group(3)
    if part != "下":
        return "10" if part == "上" else "20"
    month = _month_number(found.group(2) or "") or 12
    named = [y for y in (_year_number(y) for y in _YEAR_IN.findall(s)) if y]
    year = named[-1] if named else doc.year if doc else 2001
    return str(last_day(year, month).day)
# a month's thirds (上旬 1-10, 中旬 11-20, 下旬 21 to its end) and two of them (6月中下旬: the
# 11th to its end)
_TEN_DAYS = {"上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 0), "上中旬": (1, 20),
             "中下旬": (11, 0)}
_CLOSED = re.compile(r"(?:截至|截止到|截止)?(.+?[日号])止(?:(.+?)个月|年度)")
_UP_TO_MONTH = re.compile(r"(?:截至|截止)(.+?月)(?:止的?|的)(.+?)个月(?:内|期间)?")


def _closed_span(found: re.Match[str], text: str, doc_date: date | None) -> Period:
    """截至2025年10月31日止十个月: the ``n`` months (止年度: twelve) up to and including the day
    named, counted back from the day after it (2025-01-01..2025-10-31); 截至2025年10月的三个月内:
    those up to the month's end (2025-08-01..2025-10-31)."""
    end = resolve_period(found.group(1), doc_date).end
    n = parse_numeral(found.group(2)) if found.group(2) else 12
    if end is None or not n or not 1 <= n <= _LONGEST_CLOSED_SPAN:
        return Period(text=text)
    after = end + timedelta(days=1)
    months = after.year * 12 + after.month - 1 - int(n)
    try:
        start = after.replace(year=months // 12, month=months % 12 + 1)
    except ValueError:  # (the 31st of a shorter month)
        start = last_day(months // 12, months % 12 + 1) + timedelta(days=1)
    return Period(text=text, start=start, end=end)


_LONGEST_CLOSED_SPAN = 24  # months
_CLASS_OF = "届"
_SEASON_OF_FLIGHTS = "航季"
_WINTER_FLIGHTS = "冬春"
_SEASON_YEARS = re.compile(r"(\d{4})/(\d{4})年")  # (2025/2026年冬春航季: the two years it spans)


def _last_sunday(year: int, month: int) -> date:
    end = last_day(year, month)
    return end - timedelta(days=(end.weekday() - 6) % 7)


def _flight_season(s: str, text: str, doc_date: date | None) -> Period:
    """冬春航季 / 夏秋航季 (2025年冬春航季: the one opening that year): without a year, the winter
    season open at or next after the document's date (from April on, the one opening in October)
    and the summer season of the document's year."""
    named = _YEAR_IN.match(s)
    year = _year_number(named.group(1)) if named else (doc_date.year if doc_date else None)
    if (pair := _SEASON_YEARS.match(s)) is not None and int(pair[2]) == int(pair[1]) + 1:
        named, year = pair, int(pair[1])  # 2025/2026年冬春航季: the one opening in 2025
    if year is None:
        return Period(text=text)
    if s.endswith(_WINTER_FLIGHTS + _SEASON_OF_FLIGHTS):
        if named is None and doc_date is not None and doc_date < _last_sunday(year, 3):
            year -= 1  # (in January: the season opened last October)
        return Period(text=text, start=_last_sunday(year, 10),
                      end=_last_sunday(year + 1, 3) - timedelta(days=1))
    return Period(text=text, start=_last_sunday(year, 3),
                  end=_last_sunday(year, 10) - timedelta(days=1))


def _weekday(name: str, doc: date | None) -> date | None:
    """The last 星期五 on or before the document's date (news speaks of the week it is in)."""
    if doc is None or name not in _WEEKDAYS:
        return None
    return doc - timedelta(days=(doc.weekday() - _WEEKDAYS[name]) % 7)


_CROSS_YEAR = re.compile(rf"(\d{{4}})年({_MNUM})月份?{_SEP}(\d{{4}})年({_MNUM})月份?")
# (5月10日开赛以来: since that day; 2017年人才新政发布以来: since that year)
_LEAD_TIME = re.compile(rf"(?:{_Y}|{_REL_Y})(?:\s?{_M}(?:\s?{_D})?)?|{_M}\s?{_D}")
_POINT_PREFIX = re.compile(r"^(?:截至|截止到|截止|到)")
_EDGE = re.compile(r"(底|末|初|上中旬|中下旬|上旬|中旬|下旬)$")
_TO_YEAR = re.compile(r"到(?:\d{4}|[〇零一二三四五六七八九]{4})年")
_NAMES_YEAR = re.compile(
    r"\d{4}|\dQ[1-4]|民国|(?<![\d.])(?:1[0-3]\d|[89]\d)年|[〇零一二三四五六七八九]{4}|今年|去年|上年|前一?年|明年|本年|次年|上一年|以来"
)
# (当年, "that year", and 年内, "within the year": the year being talked about, like 全年, not
# the document's: 二〇二四年天气回顾 published in 2025, 年内共有8个热带气旋)
_WITHIN_YEAR = re.compile(r"全年|当年|年内|年末|年底|年终|年初|年中|半年|季|月|年度[终終]了|Q[1-4]")
_YEAR_CLOSE = re.compile(r"年?度[终終]了")  # (2026年度终了 without its year: 度终了)


def needs_year(text: str) -> bool:
    """A period inside a year that does not say which year (全年, 年末, 前三季度, 1—9月).

    Such a period belongs to the year the text is talking about, which need not be the year the
    document was written in (a bulletin on 2023 published in 2024); 今年, 去年 and explicit
    years do say which.
    """
    return bool(_WITHIN_YEAR.search(text)) and not _NAMES_YEAR.search(text)


def _resolve_core(s: str, doc: date | None) -> tuple[date | None, date | None]:
    """Start and end dates of a period expression with prefixes/suffixes removed."""
    if (day := _THIS_MONTH_DAY_RE.fullmatch(s)) is not None:
        return _day_of_this_month(day.group(1), doc)
    if s[:1].isdigit() and (days := _BARE_DAY_RE.fullmatch(s)) is not None:
        return _days_of_month(days.group(1), days.group(2), doc)
    if s in ("目前", "当前", "现时", "如今", "累计", TODAY, SPOKEN_TODAY, NOW_SPOKEN):
        return doc, doc
    plan = _PLAN_IN.search(s)
    if plan and "年" not in s:
        n = 10 + (parse_numeral(plan.group(1)) or 0) if plan.group(1) else 10
        y1, y2 = five_year_plan(int(n))
        return date(y1, 1, 1), date(y2, 12, 31)
    if s in ("近年来", "近年"):
        return None, None
    if s in TEN_DAYS_WORDS and doc is not None:  # 本旬: the 旬 the document's date falls in
        first = 1 if doc.day <= 10 else 11 if doc.day <= 20 else 21
        last = 10 if first == 1 else 20 if first == 11 else last_day(doc.year, doc.month).day
        return ten_days_word(s, doc.replace(day=first), doc.replace(day=last))
    if s in _SO_FAR and doc is not None:
        # 本周, 本季度: the week (quarter) the document's date falls in (a report's title may
        # name the one it means: metrics.context); 本周以来, 本月以来: since its Monday, the 1st
        return _this_span(s, doc)
    code = _QUARTER_CODE_RE.fullmatch(s)
    if code:  # 2025Q3, Q1-Q3: as 2025年第三季度, 前三季度
        return _quarters(code, doc)
    if (code := YEAR_CODE_RE.fullmatch(s)) is not None:  # 2025E: 2025
        year = int(code.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    days = _TRADING_DAYS.fullmatch(s)
    if days:
        return _trading_days(parse_numeral(days.group(1)), doc)
    if doc is not None and (ago := _YEARS_AGO_RE.fullmatch(s)) is not None:
        back = parse_numeral(ago.group(1))
        if back:
            return date(doc.year - int(back), 1, 1), date(doc.year - int(back), 12, 31)
    span = _SPAN_N.fullmatch(s)
    if span and (span.group(1) or span.group(3)):
        return _resolve_span(span.group(1) or "", span.group(2), doc)
    m_months = _CROSS_YEAR.fullmatch(s)
    if m_months:  # 2024年7月至2025年6月: an audit's or a season's twelve months
        y1, y2 = _year_number(m_months.group(1)), _year_number(m_months.group(3))
        m1, m2 = _month_number(m_months.group(2)), _month_number(m_months.group(4))
        if y1 and y2 and m1 and m2 and (y1, m1) < (y2, m2):
            return date(y1, m1, 1), last_day(y2, m2)
        return None, None
    m_years = re.fullmatch(rf"(\d{{4}}){_SEP}(\d{{4}})年", s)
    if m_years:
        return date(int(m_years.group(1)), 1, 1), date(int(m_years.group(2)), 12, 31)
    years = [_year_number(y) for y in _YEAR_IN.findall(s)]
    rest = _YEAR_IN.sub("", s)
    rel = next((w for w in sorted(_REL_OFFSETS, key=len, reverse=True) if w in rest), None)
    if rel:
        rest = rest.replace(rel, "", 1)
    if len(years) >= 2 and years[0] and years[-1]:
        return date(years[0], 1, 1), date(years[-1], 12, 31)
    year: int | None = years[0] if years else None
    if year is None and rel:
        year = doc.year + _REL_OFFSETS[rel] if doc else None
    elif year is None:
        year = doc.year if doc else None
    rest = rest.strip()
    if year is None:
        return None, None
    if not rest:
        return date(year, 1, 1), date(year, 12, 31)
    if rest in _SEASON_MONTHS:  # (a season named without its year, a campaign's: no dates)
        first, last = _SEASON_MONTHS[rest]
        return (date(year, first, 1), last_day(year, last)) if years or rel else (None, None)
    return _resolve_within_year(rest, year)


def same_span_in_year(text: str, period: Period) -> Period | None:
    """``period`` moved to the year ``text`` names (二零二四年同月 after 二零二五年十月: October
    2024), a month's last day kept its month's last day; None when ``text`` names no one year
    or ``period`` has no dates."""
    years = _YEAR_IN.findall(text)
    start, end = period.start, period.end
    if start is None or end is None or not text.endswith(SAME_SPAN):
        return None
    if text.startswith(_LAST_YEARS):  # 去年同月 after 2025年11月份: November 2024
        year = end.year - 1
    elif len(years) != 1:
        return None
    else:
        year = _year_number(years[0])
    if year is None:
        return None
    shift = year - end.year
    first = start.replace(year=start.year + shift, day=min(
        start.day, last_day(start.year + shift, start.month).day))
    last = (last_day(end.year + shift, end.month) if end == last_day(end.year, end.month)
            else end.replace(year=end.year + shift, day=min(
                end.day, last_day(end.year + shift, end.month).day)))
    return Period(text=text, start=first, end=last)


def _quarters(code: re.Match[str], doc: date | None) -> tuple[date | None, date | None]:
    """The quarters of an analysts' code (2025Q3, 25Q3, Q1-Q3), in the year it names (a
    two-digit year is of this century), else the document's."""
    named = code.group(1)
    year = (int(named) + (2000 if len(named) == 2 else 0) if named
            else doc.year if doc else None)
    first = int(code.group(2))
    last = int(code.group(3)) if code.group(3) else first
    if year is None or last < first:
        return None, None
    return date(year, 3 * first - 2, 1), last_day(year, 3 * last)


def _resolve_within_year(rest: str, year: int) -> tuple[date | None, date | None]:
    if rest.endswith(_WEEK):
        return _week(rest, year)
    if rest == _MONTHS_RANKED:  # (本年单月: the year's months, a rank's window)
        return date(year, 1, 1), date(year, 12, 31)
    if rest.startswith("首"):  # 首季 (the first quarter), 首三季, 首十个月
        rest = "第一季度" if rest in ("首季", "首季度") else "前" + rest[1:]
    if rest.endswith("季"):  # 第三季, 前三季
        rest += "度"
    if rest == "上半年":
        return date(year, 1, 1), date(year, 6, 30)
    if rest == "下半年":
        return date(year, 7, 1), date(year, 12, 31)
    if rest in ("年初",):
        return date(year, 1, 1), date(year, 1, 31)
    if rest in ("年底", "年末", "年终") or _YEAR_CLOSE.fullmatch(rest):
        return date(year, 12, 31), date(year, 12, 31)
    if rest == "年中":
        return date(year, 6, 30), date(year, 6, 30)
    q = re.fullmatch(r"([一二三四1-4])\s?(?:[—–\-~－]+|至|到)\s?([一二三四1-4])\s?季度", rest)
    if q and _QUARTERS[q.group(1)] <= _QUARTERS[q.group(2)]:
        # 1-3季度, 一至三季度 (a quarterly release's running column: 1-3季度累计): the quarters
        # from the first named to the last
        first, last = _QUARTERS[q.group(1)], _QUARTERS[q.group(2)]
        return date(year, 3 * first - 2, 1), last_day(year, 3 * last)
    q = re.fullmatch(r"第?([一二三四1-4])季度", rest)
    if q:
        n = _QUARTERS[q.group(1)]
        return date(year, 3 * n - 2, 1), last_day(year, 3 * n)
    q = re.fullmatch(r"前([三两二23])\s?个?季度", rest)  # (首3季: Macau's digits)
    if q:
        n = 3 if q.group(1) in "三3" else 2
        return date(year, 1, 1), last_day(year, 3 * n)
    q = re.fullmatch(r"前(.+?)个?月", rest)  # 前5个月, 前5月 (a headline)
    if q:
        n = parse_numeral(q.group(1))
        if n and 1 <= n <= 12:
            return date(year, 1, 1), last_day(year, int(n))
        return None, None
    m_range = re.fullmatch(rf"({_MNUM})(?:月份?)?{_SEP}({_MNUM})月份?", rest)
    if m_range:
        m1, m2 = _month_number(m_range.group(1)), _month_number(m_range.group(2))
        if m1 and m2 and m1 <= m2:
            return date(year, m1, 1), last_day(year, m2)
        return None, None
    days = _DAY_RANGE.fullmatch(rest)
    if days:  # 10月1日至8日, 1月28日—2月4日
        m1 = _month_number(days.group(1))
        m2 = _month_number(days.group(3)) if days.group(3) else m1
        d1, d2 = parse_numeral(days.group(2)), parse_numeral(days.group(4))
        if not (m1 and m2 and d1 and d2):
            return None, None
        try:
            first, last = date(year, m1, int(d1)), date(year, m2, int(d2))
        except ValueError:
            return None, None
        return (first, last) if first <= last else (None, None)
    months = [_month_number(mm) for mm in _MONTH_IN.findall(rest)]
    months = [mm for mm in months if mm]
    if not months:
        return None, None
    day = re.search(rf"({_DNUM})\s?[日号]$", rest)
    if len(months) >= 2:
        return date(year, months[0], 1), last_day(year, months[-1])
    if day:
        d = parse_numeral(day.group(1))
        if d and 1 <= d <= calendar.monthrange(year, months[0])[1]:
            return date(year, months[0], int(d)), date(year, months[0], int(d))
        return None, None
    return date(year, months[0], 1), last_day(year, months[0])


_WEEK = "周"
_WEEK_NUMBER = re.compile(rf"(?:({_MNUM})月份?)?第(\d{{1,2}}|[一二三四五])周")


def _week(rest: str, year: int) -> tuple[date | None, date | None]:
    """第47周 (of ``year``): its ISO week; 2月第1周: the month's n-th week, the first being the
    one whose Thursday falls in the month (Monday to Sunday)."""
    found = _WEEK_NUMBER.fullmatch(rest)
    n = parse_numeral(found.group(2)) if found else None
    if found is None or not n:
        return None, None
    if found.group(1) is None:
        try:
            first = date.fromisocalendar(year, int(n), 1)
        except ValueError:
            return None, None
        return first, first + timedelta(days=6)
    month = _month_number(found.group(1))
    if month is None:
        return None, None
    start = date(year, month, 1)
    start -= timedelta(days=start.weekday())  # the Monday of the week holding the 1st
    if (start + timedelta(days=3)).month != month:
        start += timedelta(days=7)
    start += timedelta(days=7 * (int(n) - 1))
    if (start + timedelta(days=3)).month != month:
        return None, None  # (no fifth week in the month)
    return start, start + timedelta(days=6)


THIS_WEEK, THIS_MONTH, THIS_QUARTER = "本周", "本月", "本季度"
# a month's third a 旬 release speaks of (本旬, 本旬末: a report's title names which one), and
# the ends of its 旬 (旬末), of the one before (上一旬末) and of the same 旬 a year before
# (去年同旬末): a stock's days in the release's table heads
THIS_TEN_DAYS = "本旬"
TEN_DAYS_WORDS = (THIS_TEN_DAYS, "本旬末", "旬末", "上一旬末", "去年同旬末")


def ten_days_word(word: str, start: date, end: date) -> tuple[date, date]:
    """What ``word`` (:data:`TEN_DAYS_WORDS`) names when its release's 旬 runs from ``start`` to
    ``end``: the 旬 itself (本旬) or a day, its last (本旬末, 旬末), the last of the 旬 before
    (上一旬末) or the same 旬's last a year before (去年同旬末)."""
    if word == THIS_TEN_DAYS:
        return start, end
    if word.startswith("上一"):
        before = start - timedelta(days=1)
        return before, before
    if word.startswith("去年"):
        day = min(end.day, last_day(end.year - 1, end.month).day)
        before = end.replace(year=end.year - 1, day=day)
        return before, before
    return end, end
_SO_FAR = (THIS_WEEK, THIS_MONTH, THIS_QUARTER)


def _this_span(word: str, doc: date) -> tuple[date, date]:
    """The week (Monday to Sunday), month or quarter ``doc`` falls in."""
    if word == THIS_WEEK:
        monday = doc - timedelta(days=doc.weekday())
        return monday, monday + timedelta(days=6)
    first = doc.month if word == THIS_MONTH else doc.month - (doc.month - 1) % 3
    last = doc.month if word == THIS_MONTH else first + 2
    return date(doc.year, first, 1), last_day(doc.year, last)
_TRADING_DAYS = re.compile(rf"近({_N})个交易日")
_LONGEST_TRADING_SPAN = 250  # trading days: about a year


def _trading_days(n: float | None, doc: date | None) -> tuple[date | None, date | None]:
    """近5个交易日: the last ``n`` weekdays up to the document's date (a market's days; its
    holidays are not known here), the last one on or before that date."""
    if doc is None or not n or not 1 <= n <= _LONGEST_TRADING_SPAN:
        return None, None
    end = doc - timedelta(days=max(0, doc.weekday() - 4))
    start, left = end, int(n) - 1
    while left:
        start -= timedelta(days=1)
        left -= start.weekday() < 5
    return start, end


def _resolve_span(word: str, n_text: str, doc: date | None) -> tuple[date | None, date | None]:
    """``未来五年`` / ``五年来`` / ``过去五年`` / ``近五年`` relative to the document year.

    A document in the first half of a year looks back on the previous full years and forward from
    the current one (government work reports); a later one counts the current year as the last
    year looked back on and the next year as the first looked forward to (plenums, plans).
    """
    n = parse_numeral(n_text)
    if doc is None or not n or n < 1:
        return None, None
    n = int(n)
    early = doc.month <= 6
    if word in ("未来", "今后"):
        first = doc.year if early else doc.year + 1
        return date(first, 1, 1), date(first + n - 1, 12, 31)
    if not early:
        return None, None
    last = doc.year - 1
    return date(last - n + 1, 1, 1), date(last, 12, 31)


_ROC_MARKS = re.compile(r"民国|新台币|台币|中华民国")


# a month of a three-digit year (114年10月): Taiwan's releases date themselves so without ever
# writing 民国 or 新台币 (内政部's population statistics: 114年10月人口统计资料)
_ROC_MONTH = re.compile(r"(?<![\d.第])1[0-3]\d\s?年\s?(?:1[0-2]|0?[1-9])\s?月")


def uses_roc_years(texts: Iterable[str]) -> bool:
    """Whether a document counts years by the Minguo calendar: it names 民国 or the New Taiwan
    dollar (新台币; texts are read in Simplified script), or dates a month in a three-digit year."""
    return any(_ROC_MARKS.search(t) or _ROC_MONTH.search(t) for t in texts)


# Places whose government's financial year runs 1 April – 31 March (Hong Kong, as the UK's). Macau's
# (Law 15/2017) and Taiwan's (since 2001) are the calendar year, as the mainland's, so their
# 年度 is the calendar year the pattern already reads.
APRIL_FISCAL_HOMES = ("香港",)


def april_fiscal_year(home_place: str | None, texts: Iterable[str] = ()) -> bool:
    """Whether the document's own place counts its financial year from 1 April, and the text
    speaks of that government's years: a company's (本集团, 本公司, 股份代号 in ``texts``, a
    listed company's announcement) 本年度 is its own year, the calendar year unless it names
    the day its year closes (截至2025年3月31日止年度)."""
    return bool(home_place) and home_place.startswith(APRIL_FISCAL_HOMES) and not any(  # type: ignore[union-attr]
        _COMPANY_SPEAKS.search(t) for t in texts)


_COMPANY_SPEAKS = re.compile(r"本集团|本公司|股份代号")


# 2024-25年度, 2024/25年度, 二〇二四至二五年度, 本年度, 下年度, 上年度 (财政年度 too); a run of
# them (2025/26至2029/30年度); 该年度, the one named before; a half of one (2025/26年度上半年)
_FY_RE = re.compile(
    r"(?:(?P<r1>\d{4})\s?[/／]\s?(?P<r2>\d{2})\s?(?:至|到|[—–~－])\s?)?"
    r"(?:(?P<y1>\d{4}|[〇零一二三四五六七八九]{4})\s?(?:[—–\-~－/／]|至|到)\s?"
    r"(?P<y2>\d{4}|\d{2}|[〇零一二三四五六七八九]{2,4})|(?P<rel>本|今|下一?|明|上一?|去|该))"
    r"\s?(?:财政)?年度(?P<half>\s?[上下]半年)?"
)
_FY_OFFSETS = {"本": 0, "今": 0, "下": 1, "下一": 1, "明": 1, "上": -1, "上一": -1, "去": -1}
_THAT_YEAR = "该"  # (该年度: the financial year named before it)


def _fiscal_spans(text: str, doc_date: date | None) -> list[PeriodSpan]:
    """Financial years from 1 April: ``2024-25年度`` is 2024-04-01..2025-03-31; ``本年度`` the one
    the document's date falls in (February 2024: 2023-24), ``下年度`` the next."""
    out: list[PeriodSpan] = []
    named = None  # the last financial year named (its first year)
    for m in _FY_RE.finditer(to_half_width(text)):
        if m.group("y1"):
            first = _year_number(m.group("y1"))
            second = parse_numeral(m.group("y2"))
            if first is None or second is None or int(second) % 100 != (first + 1) % 100:
                continue  # 2024至2026年度: not one financial year
        elif m.group("rel") == _THAT_YEAR:
            if named is None:
                continue  # (该年度 with no financial year named before it in the text)
            first = named
        elif doc_date is not None:
            first = (doc_date.year if doc_date.month >= 4 else doc_date.year - 1) + (
                _FY_OFFSETS[m.group("rel")])
        else:
            continue
        named = first
        out.append(_financial_span(text, m, first))
    return out


def _financial_span(text: str, m: re.Match[str], first: int) -> PeriodSpan:
    """The financial year (or run of years, or half-year) ``m`` names, its last year from
    1 April ``first``: 2025/26至2029/30年度 is 2025-04-01..2030-03-31, 2025/26年度上半年 April to
    September 2025, 下半年 October to March."""
    start, end = date(first, 4, 1), date(first + 1, 3, 31)
    if m.group("r1") and int(m.group("r2")) == (int(m.group("r1")) + 1) % 100 and (
            int(m.group("r1")) < first):
        start = date(int(m.group("r1")), 4, 1)
    elif m.group("half"):
        start, end = ((start, date(first, 9, 30)) if "上" in m.group("half")
                      else (date(first, 10, 1), end))
    period = Period(text=text[m.start() : m.end()], start=start, end=end)
    return PeriodSpan(m.start(), m.end(), period.text or "", period, False)


# a school year named by its two calendar years (2025—2026学年, 2024-2025学年度, 2025至2026学年):
# the year schools run, from 1 September of the first to 31 August of the second (a school
# year's statistics are its stocks, counted at its start); 上学年 / 本学年 alone are no span
SCHOOL_YEAR = "学年"
_SCHOOL_YEAR_RE = re.compile(
    r"(?P<y1>\d{4})\s?年?\s?(?:[—–\-~－/／]|至|到)\s?(?P<y2>\d{4})\s?年?\s?学年度?"
)


# a Minguo school year (114學年度, read in Simplified): Taiwan's runs from 1 August of its
# calendar year (114 + 1911) to 31 July of the next
_ROC_SCHOOL_YEAR_RE = re.compile(r"(?<![\d.])(?P<y>[1-9]\d{1,2})\s?学年度?")


def _school_years(text: str, roc: bool = False) -> list[PeriodSpan]:
    """The school years ``text`` names (:data:`_SCHOOL_YEAR_RE`): two consecutive years only;
    in a Minguo text one year (:data:`_ROC_SCHOOL_YEAR_RE`)."""
    out: list[PeriodSpan] = []
    if roc:
        for m in _ROC_SCHOOL_YEAR_RE.finditer(to_half_width(text)):
            first = int(m.group("y")) + 1911
            period = Period(text=text[m.start() : m.end()], start=date(first, 8, 1),
                            end=date(first + 1, 7, 31))
            out.append(PeriodSpan(m.start(), m.end(), period.text or "", period, False))
    for m in _SCHOOL_YEAR_RE.finditer(to_half_width(text)):
        first, second = int(m.group("y1")), int(m.group("y2"))
        if second != first + 1:
            continue
        period = Period(text=text[m.start() : m.end()], start=date(first, 9, 1),
                        end=date(second, 8, 31))
        out.append(PeriodSpan(m.start(), m.end(), period.text or "", period, False))
    return out


def find_periods(text: str, doc_date: date | None, roc: bool = False,
                 april_fiscal: bool = False) -> list[PeriodSpan]:
    """All period expressions in ``text`` (one regex pass), resolved against ``doc_date``;
    ``roc``: the text counts years by the Minguo calendar (113年 is 2024); ``april_fiscal``: its
    年度 are financial years from 1 April (:func:`april_fiscal_year`)."""
    out: list[PeriodSpan] = []
    fiscal = _fiscal_spans(text, doc_date) if april_fiscal and "年度" in text else []
    if SCHOOL_YEAR in text:
        fiscal += _school_years(text, roc)
    for m in (_ROC_PERIOD_RE if roc else _pattern()).finditer(to_half_width(text)):
        if not m.group().strip():
            continue
        if fiscal and any(f.start < m.end() and m.start() < f.end for f in fiscal):
            continue  # part of a financial year (本年 of 本年度)
        start = m.start()
        if (text.startswith(_TO, start) and text.endswith(_MOVED, 0, start)
                and needs_year(text[start + len(_TO) : m.end()])):
            # (扩大到前三季度的1470.3亿元: 到 is the verb's, no deadline; 增加到2020年的… is left to
            # the years grown over, read from the whole span)
            start += len(_TO)
        span_text = text[start : m.end()]
        core = m.group()
        if "时" in core:  # (the hours of a day say when in it: the day's words stand for it)
            core, span_text = _CLOCK_RE.sub("", core), _CLOCK_RE.sub("", span_text)
        period = resolve_period(span_text, doc_date)
        if out and _season_of_dates_before(out[-1], m, period):
            continue  # 8月下旬汛期: the season in the dates just named, no period of its own
        is_day = (core.endswith(("日", "号")) or core.startswith("星期")) and not core.startswith(
            ("截至", "截止", "到")) and (period.start is None or period.start == period.end)
        # (10月1日至8日: a run of days; 星期五: a day)
        out.append(PeriodSpan(start, m.end(), span_text, period, is_day))
    if fiscal:
        out = sorted(out + fiscal, key=lambda p: p.start)
    if _SEASON_HINT in text:
        out = _named_seasons(text, out)
    return out


def _named_seasons(text: str, spans: list[PeriodSpan]) -> list[PeriodSpan]:
    """``spans`` with a year's named season of the calendar data (2026年春运期间: the 40 days
    the year's Spring Festival travel runs, set by the lunar calendar) in place of its year."""
    for m in _SEASON_RE.finditer(text):
        days = _holiday_schedule(_SEASONS_KEY).get(m.group("name"), {}).get(int(m.group("year")))
        if days is None:
            continue  # (a year the data does not list: the year alone, never guessed)
        season = PeriodSpan(m.start(), m.end(), m.group(), Period(
            text=m.group(), start=days[0], end=days[1]), False)
        spans = sorted([p for p in spans if p.end <= m.start() or p.start >= m.end()]
                       + [season], key=lambda p: p.start)
    return spans


_SEASON_HINT = "春运"  # (searched first: most texts name no such season)
_SEASON_RE = re.compile(r"(?P<year>\d{4})年(?P<name>春运)(?:期间)?")
_SEASONS_KEY = "seasons"


_TO = "到"
# verbs of a level moved to a new one (扩大到, 缩小到, 提高到, 回落到): their 到 opens no deadline
_MOVED = ("扩大", "缩小", "增加", "增长", "提高", "上升", "下降", "回落", "降低", "减少", "回升")


def _season_of_dates_before(before: PeriodSpan, found: re.Match[str], period: Period) -> bool:
    """``found`` is a work season with no dates of its own (汛期, 迎峰度夏) written right after
    a dated period (8月下旬汛期, 7月主汛期): the part of the season those dates give."""
    return (before.end == found.start() and before.period.start is not None
            and period.start is None and _WORK_SEASON_RE.fullmatch(found.group()) is not None)


_WORK_SEASON_RE = re.compile(_WORK_SEASON)


def work_season(text: str) -> bool:
    """``text`` is a season of work whose dates a place sets (汛期, 迎峰度夏): where a text names
    it after its year with its dates in brackets (2025年汛期（6月1日至9月30日）) its own words
    elsewhere stand for those dates."""
    return _WORK_SEASON_RE.fullmatch(text) is not None


@cache
def _pattern() -> re.Pattern[str]:
    return _PERIOD_RE


# the official days off of the public holidays, by holiday and year (pipelines/data/metrics)
HOLIDAYS_PATH = Path(__file__).resolve().parents[1] / "data" / "metrics" / "holidays.yaml"
_HOLIDAY_ALIASES = {"劳动节": "五一", "国庆节": "国庆", "十一": "国庆"}


@cache
def _holiday_schedule(key: str = "holidays") -> dict[str, dict[int, tuple[date, date]]]:
    """Each holiday's days off (or each season's days: ``key`` seasons) per year, as the data
    file lists them (read once)."""
    data = load_yaml(HOLIDAYS_PATH.read_text(encoding="utf-8"))[key]
    return {name: {int(year): (date.fromisoformat(str(days[0])), date.fromisoformat(str(days[1])))
                   for year, days in years.items()}
            for name, years in data.items()}


def official_holiday_known(name: str) -> bool:
    """Whether the schedule lists holiday ``name`` (国庆, 五一 or 劳动节…; not 中秋, 暑期)."""
    return _HOLIDAY_ALIASES.get(name, name) in _holiday_schedule()


def official_holiday(name: str, doc_date: date, ahead: timedelta) -> tuple[date, date] | None:
    """The days off of holiday ``name`` (国庆, 春节, 五一 or 劳动节, 清明, 端午, 中秋, 元旦) a
    text of ``doc_date`` speaks of: that year's if it began before the text, or within ``ahead``
    after it (a notice on the coming holiday), else the year before's; None for a year the
    schedule does not list."""
    years = _holiday_schedule().get(_HOLIDAY_ALIASES.get(name, name))
    if not years:
        return None
    this = years.get(doc_date.year)
    if this is not None:
        return this if this[0] - ahead <= doc_date else years.get(doc_date.year - 1)
    # a year not listed: last year's holiday, while this year's cannot have begun yet (a lunar
    # holiday moves by up to a month); else unknown
    last = years.get(doc_date.year - 1)
    if last is not None and doc_date < last[0].replace(year=doc_date.year) - _LUNAR_DRIFT - ahead:
        return last
    return None


_LUNAR_DRIFT = timedelta(days=31)
