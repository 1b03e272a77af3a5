"""A rule's parameters: a grant's amount, rate or cap, a standard, a bound or a quota a rule sets,
a contract's or a procurement's terms, a benefit's yearly adjustment: no result and no goal (kind
other, undated). Apart because only :mod:`.kind_overrides` reads them, over the cue words' kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.candidates import NumberCandidate

# what a rule grants (给予一次性奖励50万元, 按设备投资额的10%给予补助, 每辆车补贴2万元)
# (每户每月减免5立方米水费: a relief granted per household)
_GRANTS = re.compile(
    r"给予|奖励|补助|补贴|贴息|资助|奖补|资金支持|最高额度|最高贷款额度|最高限额|减免")
# allowances, benefits paid out and tax rebates (可申请最高10万新元的津贴, 企业所得税回扣为50%，上限
# 4万新元, 向每名永久性居民发放10,000澳门元): a rule's only when capped, given as a rate or set per
# recipient (tests/gold/README.md: a per-head rate, whenever it took effect, is no amount of a span)
_REBATES = re.compile(r"津贴|回扣|退税|发放|敬老金|奖励金|助学金")
_GRANT_CAPS = frozenset({"最高", "最多", "不超过", "最高不超过", "不高于", "最高可获", "最多补贴"})
# how a rule sets an amount: per unit (每人每月3000元, 每辆车补贴), as a rate of a base (按…的10%),
# or changes its rate (补助比例提高到15%, 奖励金额上浮20%)
# (not 每年: 每年支持新增床位不少于10万张 is a yearly goal, no unit's rate)
_GRANT_TERMS = re.compile(r"每(?!年)|按|比例|上浮|下浮|标准|一次性")
# an allowance set per recipient (高龄津贴，每人每月100元, 育儿津贴每名儿童每月加发1,000元,
# 向每名永久性居民发放10,000澳门元, 津贴调升至每班每年110万澳门元, 学员每月可获5,000澳门元津贴,
# 育儿津贴每月最高提高至7,000元): a rule's rate, not a sum paid in a period
_PER_RECIPIENT = re.compile(r"每(?:人|名|户|位|生|胎|班|月)")
# a mean per head of a population (人均财政补助标准, 人均补助): what was paid per person on
# average, reported and planned year by year as a level, not a rate a rule grants each recipient
PER_CAPITA = "人均"
# a mean over places or recipients (城市低保平均保障标准为782元/人·月: the standards the cities
# set, averaged for the year; 人均…标准): a level reported year by year, no rule's own rate
_MEANS = (PER_CAPITA, "平均")
# a grant already made or totalled (全年共给予企业奖励3200万元, 累计兑现补贴…): a result
# (not 今年起: 今年起…育儿津贴每月最高提高至7,000元, the year the rule's rate took effect); a
# part of the sum given, reached (投入…补助资金3.12亿元，其中用于产业发展的比例达到62.3%)
_GRANT_DONE = re.compile(r"累计|已|共|兑现|拨付|落实|发放了|完成|全年|上半年|今年(?!起)|去年")
_PART = "其中"
# a sanction given, not a grant (给予党纪政务处分17人, 给予行政处罚, 给予警告): what 给予
# gives there is a penalty, counted on those it was given to
_SANCTION = re.compile(r"给予[\u4e00-\u9fff]{0,6}(?:处分|处罚|处理|警告|记过|问责|诫勉)")
_REACHED = "reach"


def grant_parameter(text: str, cand: NumberCandidate, comma_start: int, task_start: int,
                    qualifier_text: str | None) -> bool:
    """The number is a parameter of a rule that grants money (a reward, a subsidy, an interest
    subsidy): its amount, its rate of a base or its cap, not an amount paid in a period (kind
    other, no period). A grant word in its task clause, and the number given (给予…50万元, …10%
    给予补助), capped (最高, 不超过) or set per unit, by rate or once (每, 按, 比例, 一次性)."""
    if _GRANTS.search(text) is None and _REBATES.search(text) is None:
        return False
    if text.find(PER_CAPITA, task_start, cand.start) >= 0:
        return False  # 人均财政补助标准达到670元: a mean over the insured, not a rule's rate
    ends = [i for i in (text.find(c, cand.end) for c in "；;。") if i >= 0]
    task_end = min(ends) if ends else len(text)
    task = text[task_start:task_end]
    grants, rebates = _GRANTS.search(task) is not None, _REBATES.search(task) is not None
    if not (grants or rebates):
        return False
    clause = text[comma_start : cand.start]
    if "给予" in clause and _SANCTION.search(clause) is not None:
        return False  # 给予党纪政务处分17人: people disciplined in the period, no grant
    if _GRANT_DONE.search(clause) is not None or (
            clause.startswith(_PART) and cand.qualifier == _REACHED):
        return False
    capped = (qualifier_text or "") in _GRANT_CAPS or grant_cap(clause) or (
        _CAP_NAMED.search(clause) is not None) or (
        cand.category == "percent" and _GRANT_RATE.search(clause) is not None)
    return capped or (grants and (
        "给予" in clause or text.startswith("给予", cand.end)
        or (_GRANT_TERMS.search(clause) is not None and not _paid_out(clause))
        or _FOR_THOSE_WHO.search(text, 0, comma_start) is not None)) or (
        rebates and _PER_RECIPIENT.search(clause) is not None)


def _paid_out(clause: str) -> bool:
    """发放 before a grant whose only term is its name's 一次性 (发放一次性扩岗补助1.36亿元): the
    sum paid out in the period, a result (the set's 全年发放高龄津贴21.8亿元), not the rule's
    rate (给予一次性奖励50万元, 每人发放…)."""
    return _PAID in clause and all(m.group() == _ONCE for m in _GRANT_TERMS.finditer(clause))


_PAID = "发放"
_ONCE = "一次性"


# a condition on who is granted closing the clause before (报废旧车并购买新能源乘用车的，补贴2万元):
# the grant is the rule's for each who qualifies
_FOR_THOSE_WHO = re.compile(r"的[，,]\s*$")


def grant_cap(clause: str) -> bool:
    """The clause before the number ends with a cap's word (…回扣为50%，上限4万新元; 封顶):
    the most a grant pays."""
    return _CAP_BEFORE.search(clause) is not None


# a grant's rate (企业所得税回扣为50%, 补贴比例为30%): the rate itself, a rule's parameter
_GRANT_RATE = re.compile(r"(?:补贴|补助|回扣|退税|津贴|资助|奖励)(?:比例|率)?(?:为|是)$")
_CAP_BEFORE = re.compile(r"(?:上限|封顶|顶额)(?:为|是|达)?$")
# a cap named, then its old or new level (子女托儿费税务减免顶限将从3000令吉提高至4000令吉): both
# the rule's
_CAP_NAMED = re.compile(r"(?:上限|顶限|限额)(?:将|则)?(?:从|由)(?:[^，,；;。]{1,12}?"
                        r"(?:提高|调高|上调|增加|降低|下调|调整)(?:至|到|为))?$")


# a contract's term (计划工期：540日历天, 合同工期为365天): a parameter of the contract, as a rule's
# grant is (kind other, no period), not a goal of the year
# (a bond's or a loan's 期限：7年: how long it runs, a term of its contract; a land sale's
# 出让年限为70年: how long the land is granted for, as a lease's or a contract's years; not
# 受教育年限, years of schooling; a notice's term, 公示期不少于5个工作日: how long results or a
# list are shown for objections, a rule of the procedure)
_TERMS = ("工期", "期限", "出让年限", "使用年限", "租赁年限", "承包年限",
          "公示期", "公告期", "异议期")
# what a procurement sets before any bid (本项目预算金额为1860万元, 最高限价1785.6万元, 招标控制价;
# the scoring weights: 价格分值占30%, 价格分30分、技术分45分; the deposits a bid is to carry,
# 投标保证金, 履约保证金): its parameters, not amounts spent or shares reached (a plan's 权重不低于
# 5% in an assessment stays its goal)
_PROCEDURE_NAMES = ("预算金额", "采购预算", "最高限价", "投标限价", "控制价", "分值",
                    "价格分", "技术分", "商务分", "保证金")
# the planning conditions a land sale sets for its plot (容积率2.5, 建筑密度, 绿地率): parameters
# of the sale, as a procurement's are
_PLOT_TERMS = ("容积率", "建筑密度", "绿地率", "建筑限高")
# a price ceiling the bidding reached (开拍后约40分钟即触及最高限价20.28亿元): the price bid,
# a result of the sale, no parameter of it
_CEILING_REACHED = re.compile(r"(?:触及|达到|触碰|触顶)[^，,；;。\d]{0,6}$")


def contract_parameter(cand: NumberCandidate, indicator: str | None, text: str = "",
                       task_start: int = 0) -> bool:
    """The number is a contract's duration (days counted on the calendar, or days of a 工期),
    a parameter its procurement or a land sale sets (a budget, a price ceiling not reached by
    the bids, a scoring weight, a plot's 容积率), or what it provides for a year of its own term
    (在第15年末…提前偿还本金的50%: a bond's)."""
    return cand.unit_raw == "日历天" or (indicator is not None and (
        (cand.category == DURATION and indicator.endswith(_TERMS))
        or indicator.endswith(_PLOT_TERMS)
        or (indicator.endswith(_PROCEDURE_NAMES)
            and _CEILING_REACHED.search(text, max(0, cand.start - 12), cand.start) is None))) or (
        "第" in text and _YEAR_OF_TERM.search(text, task_start, cand.start) is not None)


def tender_scope(line: str, text: str, end: int) -> bool:
    """A figure on a tender's or procurement's scope line (3.建设规模：本期改造老旧小区14个，涉及
    楼栋126栋…; 采购需求：…): what the procedure buys, set by it as its budget is (other, no
    period); not the count of lots it is split into (分为2个包: the split, a count)."""
    return _SCOPE_LINE.match(line) is not None and not text.startswith(_LOTS, end)


_LOTS = ("包", "标段", "个包", "个标段", "標段", "個包", "個標段")


# (a list number, then the label of a notice's scope line, Simplified or Traditional; indented)
_SCOPE_LINE = re.compile(r"[ \u3000\t]*(?:\d{1,2}\s?[.．、]\s?)?"
                         r"(?:建设规模|采购需求|采购内容|招标范围|工程规模"
                         r"|建設規模|採購需求|採購內容|招標範圍|工程規模)[：:]")


def procedure_heading(heading_path: Sequence[str], cand: NumberCandidate) -> bool:
    """An amount under a heading that names a procedure's parameter (五、投标保证金 over 包1：2.0万
    元；包2：1.5万元): that parameter's value for each lot the line names, as the parameter's
    name before the amount says (:func:`contract_parameter`)."""
    return (cand.category == _CURRENCY and bool(heading_path)
            and heading_path[-1].endswith(_PROCEDURE_NAMES))


def scoring_step(text: str, cand: NumberCandidate, comma_start: int) -> bool:
    """Points a scoring rule gives or takes per instance (每有一项…负偏离扣5分, 每提供1项得2分, 每
    逾期1天扣1分): the rule's step, a parameter of the procedure (other, undated), not a score."""
    return (cand.unit_raw == _POINTS and text.startswith(_EACH, comma_start)
            and text.endswith(_SCORE_VERBS, 0, cand.start))


_POINTS = "分"
_EACH = "每"
_SCORE_VERBS = ("扣", "得", "加", "减", "扣除", "加分", "扣分")


DURATION = "time"  # (days, months, years: a candidate's category)
_CURRENCY = "currency"
# a year counted from a contract's start (在第15年末, 自第3年起, 于第5个年度): no calendar year
_YEAR_OF_TERM = re.compile(
    r"(?:在|自|从|于)第[\d一二三四五六七八九十]+个?(?:年|年度)(?:末|初|底|起|开始)")


def set_aside_share(cand: NumberCandidate, indicator: str | None) -> bool:
    """The number is the share of a purchase a procedure sets aside (预留采购份额的比例为40%: for
    small firms), a parameter of the procedure (kind other, no period); a plan raising it
    (预留份额提高至40%以上) is read as its goal before."""
    return (cand.category == "percent" and indicator is not None
            and (_SET_ASIDE_NAME.search(indicator) is not None
                 or (indicator.endswith(_WEIGHT) and bool(cand.qualifier_text))))


_SET_ASIDE_NAME = re.compile(r"预留[^，,；;。]{0,8}(?:份额|比例)$")
# a bounded weight an assessment gives an item (纳入绩效考核，权重不低于3%): the rule's parameter
_WEIGHT = "权重"


# a level a rule sets (月最低工资标准1930元/月, 基础养老金最低标准…163元, 工资指导线的基准线6%)
# (a health insurance scheme's deductible and caps: 住院起付线, 年度封顶线, 最高支付限额; never a
# goal, though the year they are set for is not over)
SCHEME_LIMITS = ("起付线", "封顶线", "支付限额")
# (social insurance's terms a notice sets for a year: the bounds of the base a contribution is
# charged on, 缴费基数上限 / 下限, the rates charged, 单位缴费比例, and each band's base and monthly
# sum, 第一档缴费基数 / 月缴费额)
CONTRIBUTION_TERMS = ("缴费基数", "缴费基数上限", "缴费基数下限", "缴费比例", "月缴费额")
_STANDARDS = ("标准", "指导线", "基准线", "警戒线", *SCHEME_LIMITS, *CONTRIBUTION_TERMS)
# a list of a standard's levels after its name and a colon (住院起付线为：一级医疗机构200元、二级
# 医疗机构500元): each item a level the rule sets, up to the clause's end
_STANDARD_LIST = re.compile(r"(标准|起付线|封顶线|支付限额)为?[：:][^；;。：:]*$")
_COUNT = "count"
_GUIDELINE_LINES = ("下线", "上线", "预警线")


def rule_bound(text: str, cand: NumberCandidate) -> bool:
    """The number is a level a rule sets or a share it sets aside, for any year (kind other, no
    period): one named a standard after it (按照每百户不低于20平方米的标准配建), a bound the rule
    forbids crossing (床位空置率不得高于30%), a share of a resource set aside for a use (将不低于
    55%的资金用于…, 安排不少于5%的新增建设用地用于…)."""
    if _STANDARD_AFTER.match(text, cand.end) is not None:
        return True
    if (cand.qualifier_text or "").startswith(_FORBIDDEN) or _AS_A_RULE.search(
            text, max(0, cand.start - _AS_A_RULE_CHARS), cand.start) is not None:
        return True
    if _QUOTA in text and _QUOTA_SET.search(text, max(0, cand.start - _AS_A_RULE_CHARS),
                                             cand.start) is not None:
        return True
    if _CAP_PER.search(text, max(0, cand.start - _AS_A_RULE_CHARS), cand.start) is not None:
        return True  # 故宫博物院实行每日限流4万人次: a cap a venue sets per day
    if text.endswith(_TOPPED_UP, 0, cand.start):
        return True  # 月基本养老金低于3600元的，补足到3600元: the floor a rule guarantees
    if cand.category == "count" and _EACH_GRANTED.match(text, cand.end) is not None:
        return True  # 每年评选…用人单位10家，每家给予20万元奖励: how many a grant goes to
    if (cand.qualifier_text or "") in _GRANT_CAPS and _MAY_OBTAIN.search(
            text, max(0, cand.start - _MAY_OBTAIN_CHARS), cand.start) is not None:
        return True  # 创业类项目可再获得最高500万元的股权投资: the most a rule lets one obtain
    return cand.category == "percent" and (
        _SET_ASIDE.match(text, cand.end) is not None or _DEPOSIT.match(text, cand.end) is not None
        or (_CHARGED.match(text, cand.end) is not None and _RATE_OF_BASE.search(
            text, max(0, cand.start - _AS_A_RULE_CHARS), cand.start) is not None)
        or _DEPOSIT_OF.search(text, max(0, cand.start - 16), cand.start) is not None
        or (_PAYMENT_DUE.match(text, cand.end) is not None
            and _PAYS.search(text, max(0, cand.start - 4), cand.start) is not None)
        or _PAYS_SHARE_OF.search(text, max(0, cand.start - 16), cand.start) is not None)


# 的标准 right after the number, or after the thing it counts (按每千人口不少于10个托位的标准配建):
# the number is the standard a rule sets (not 3个标准化厂房)
_STANDARD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?的标准")
_FORBIDDEN = "不得"  # (不得高于, 不得超过, 不得低于: a rule's bound, no goal of a year)
# a bound set as a rule in its clause (收费原则上不高于当地同类…平均收费的70%)
_AS_A_RULE = re.compile(r"原则上(?:不得|不)?(?:高于|低于|超过|少于|多于)[^，,；;。]*$")
_AS_A_RULE_CHARS = 40
# a quota a rule sets per head or its cap (离岛旅客每人每年免税购物额度为10万元; 贷款最高额度上浮
# 20%，最高可达144万元): 额度 in the number's task, per head before it or 最高 right before it
_QUOTA = "额度"
_QUOTA_SET = re.compile(r"每[人户名家][^，,；;。]{0,12}额度[^，,；;。]{0,3}$"
                        r"|额度[^；;。]{0,12}[，,]最高可?$")
# a cap set per day or per head right before the number (每日限流4万人次, 每人限购2件)
_CAP_PER = re.compile(r"(?:每[日天周人户]|单日)(?:限流|限购|限额|限量|限售|限约)[为约]?$")
# a floor a rule raises whoever falls short to (低于3600元的，补足到3600元)
_TOPPED_UP = ("补足到", "补足至", "补齐到", "补齐至")
# how many a grant goes to, each granted after (用人单位10家，每家给予20万元奖励)
_EACH_GRANTED = re.compile(r"[，,]每[家人个名户项位所](?:给予|奖励|补助|资助|补贴)")
# a capped amount a rule lets one obtain (可再获得最高500万元的股权投资, 可申请最高10万元)
_MAY_OBTAIN = re.compile(r"可(?:再|另)?(?:获得|获|享受|申请|领取)$")
_MAY_OBTAIN_CHARS = 6
# a charge set as a share of a base (租金按同地段市场租金的50%收取, 按应缴费额的80%计收)
# (a level or a raise a rule sets as a share of a base: 上限按…月平均工资的300%确定, 下限按60%确定,
# 按本人2024年12月基本养老金的0.6%增加; the base may name its month or year)
_RATE_OF_BASE = re.compile(r"按(?:[^，,；;。]{1,30}的)?$")
_CHARGED = re.compile(r"(?:收取|计收|计取|缴纳|收费|计费|确定|核定|增加|计发)")
# a share of something set aside for a use (的资金用于, 的新增建设用地用于)
_SET_ASIDE = re.compile(r"的[^，,；;。\d]{1,12}?用于")
# a deposit set as a rate of a sum (缴纳合同金额5%的履约保证金, 投标保证金为预算金额的2%)
_DEPOSIT = re.compile(r"的[^，,；;。\d]{0,4}保证金")
# (竞买保证金为起始价的20%, 投标保证金为预算金额的2%: the deposit named before its base)
_DEPOSIT_OF = re.compile(r"保证金(?:为|是|按)[^，,；;。\d]{1,10}的$")
# a share of the price a contract has paid by a term (在1个月内缴纳50%的土地出让价款, 合同签订后
# 支付30%的合同款): a payment schedule's term
_PAYMENT_DUE = re.compile(r"的[^，,；;。\d]{0,8}?(?:价款|款项|合同款|货款|余款)")
_PAYS = re.compile(r"(?:缴纳|支付|付清|交纳|缴清|预付)$")
# (…内缴纳出让价款的50%: the price named before its share)
_PAYS_SHARE_OF = re.compile(r"(?:缴纳|支付|付清|交纳|缴清|预付)[^，,；;。\d]{0,8}?"
                            r"(?:价款|款项|合同款|货款|出让金)的$")


def benefit_adjusted(text: str, cand: NumberCandidate, indicator: str | None,
                     task_start: int) -> bool:
    """A benefit's yearly adjustment from a day on (自2025年1月1日起，…退休人员基本养老金总体上调
    2%, 最低工资标准从7月1日起提高5%): the rate the rule sets for every recipient, its parameter
    (other, undated: session 23's rule for a scheme's rates), not the change of a total."""
    if cand.category != "percent" or indicator is None or not any(
            w in indicator for w in _BENEFITS):
        return False
    return (text.endswith(_ADJUSTED, 0, cand.start)
            and _FROM_A_DAY.search(text, task_start, cand.start) is not None) or (
        indicator.endswith(_ADJUSTMENT_LEVELS))  # 总体调整水平为…的2%: the rule's overall level


_BENEFITS = ("养老金", "最低工资", "低保", "抚恤", "津贴")
_ADJUSTMENT_LEVELS = ("调整水平", "调整幅度")
_ADJUSTED = ("上调", "提高", "调增", "增加", "上涨")
_FROM_A_DAY = re.compile(r"[自从]?[^，,；;。]{0,14}?[日月]起")


def standard_parameter(text: str, indicator: str | None, category: str | None = None) -> bool:
    """The number is a standard set by a rule (a minimum wage, an allowance's standard, a wage
    guideline's lines): a parameter of the rule, as a grant is (kind other, no period); not a
    count of standards (``category`` count: 制定国家和行业标准57项, the standards drawn up)."""
    if not indicator or category == _COUNT or any(w in indicator for w in _MEANS):
        return False  # (居民医保人均财政补助标准, 城市低保平均保障标准: a mean, a series' level
        # of each year)
    if indicator.endswith("档"):  # (月最低工资标准第一档: a band of the standard)
        indicator = _BAND.sub("", indicator)
    return indicator.endswith(_STANDARDS) or (
        indicator.endswith(_GUIDELINE_LINES) and "指导线" in text)


# a band a standard is set in (月最低工资标准第一档, 一档): the band's level is the standard's
_BAND = re.compile(r"第?[一二三四五六七八九十0-9]{1,2}档$")


def standard_list_item(text: str, cand: NumberCandidate, goal: bool) -> bool:
    """The number is an item of a list of a standard's levels (起付线为：一级医疗机构200元、…);
    read as a ``goal``, only a scheme's limits (a standard set for a year may be a goal)."""
    found = _STANDARD_LIST.search(text, 0, cand.start) if cand.category != _COUNT else None
    return found is not None and (not goal or found.group(1) in SCHEME_LIMITS)


# a step a rule rounds its figure to (向0.05%的整数倍就近取整计算得出LPR): the rule's parameter,
# named by the deed it is the step of
_MULTIPLE_OF = re.compile(r"的整数倍(?P<deed>[\u4e00-\u9fff]{2,6}?)(?=计算|得出|[，,；;。]|$)")


def rounding_step(text: str, cand: NumberCandidate) -> str | None:
    """The deed a figure is the step of when a rule rounds to its multiples (向0.05%的整数倍
    就近取整: 就近取整), else None."""
    found = _MULTIPLE_OF.match(text, cand.end)
    return found.group("deed") if found is not None else None
