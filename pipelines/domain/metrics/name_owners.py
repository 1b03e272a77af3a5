"""The text's own company or body, and its partners, in a figure's name: a listed company's
report names itself (长沙银行资产总额, 公司) and a hospital's report its 医院 as a city's report its
home, no word of the name; a trade partner named alone is the partner's trade, not a subject."""

from __future__ import annotations

import re
from functools import lru_cache

from pipelines.domain.cleaning.script import to_simplified_aligned
from pipelines.domain.metrics.clauses import CLAUSE_MARKS, tokens_in
from pipelines.domain.metrics.place_names import is_place_token, strip_home
from pipelines.domain.metrics.reading import Reading, SentenceScope
from pipelines.domain.metrics.trim_words import without_prefix_words
from pipelines.domain.segmentation import default_segmenter

_MONEY = "currency"
# a listed company's stock code, after its name (长沙银行（601577）)
_STOCK_CODE = re.compile(r"[（(]\d{6}(?:\.[A-Z]{2})?[）)]")
_NAME_REACH = 10  # characters of a company's name before its code


@lru_cache(maxsize=256)
def own_company(raw: str) -> str:
    """The listed company a text is about, in Simplified script: named with its stock code
    and opening the title (长沙银行2024年净利润78.6亿元 … 长沙银行（601577）披露…); "" for a
    text on many (a market report's 贵州茅台（600519）收涨…); with no stock code, the company
    whose site the page is on (:func:`_banner_company`)."""
    code = _STOCK_CODE.search(raw)
    if code is None:
        return _banner_company(raw) or _defined_company(raw)
    title = next((line.strip() for line in raw.splitlines() if line.strip()), "")
    for found in _STOCK_CODE.finditer(raw, code.start()):
        name = raw[max(0, found.start() - _NAME_REACH) : found.start()]
        own = next((name[i:] for i in range(len(name) - 1) if title.startswith(name[i:])), "")
        if own:
            return to_simplified_aligned(own)  # (names are compared in Simplified: 長沙銀行)
    return ""


def own_name_in(indicator: str, raw: str, home_place: str | None, before: str) -> str:
    """The report's own company opening ``indicator``, written whole or after its place the
    home took off (深圳地铁加开列车 -> 地铁加开列车: 地铁), or after its place the subject took
    off where ``before`` (the text up to the figure) last writes it whole (中国宏建实现营业收入 ->
    宏建营业收入: 宏建; not its subsidiaries' 宏建一局), or ""."""
    own = own_company(raw)
    if not own:
        return ""
    if indicator.startswith(own):
        return own
    bare = strip_home(own, home_place)
    if bare == own:
        bare = _without_leading_place(own)  # (中国宏建: 中国 went to the subject)
    if not bare or bare == own or not indicator.startswith(bare):
        return ""
    at = before.rfind(bare)  # (宏建一局、宏建三局…: its subsidiaries' names, written alone)
    return bare if at >= 0 and before.endswith(own[: len(own) - len(bare)], 0, at) else ""


def _without_leading_place(own: str) -> str:
    """A company's short name without the place it opens with (中国宏建 -> 宏建), when what
    is left is a name of two characters at least, else ""."""
    return next((own[n:] for n in (2, 3) if len(own) - n >= _SHORT_NAME_MIN
                 and is_place_token(own[:n])), "")


_SHORT_NAME_MIN = 2
# a company's full name and the short name the text gives it (中国宏建集团有限公司（以下简称
# “中国宏建”）): the text goes on to call the company by that name
_DEFINED_SHORT = re.compile(
    r"(?:公司|集团|集團|银行|銀行)[（(](?:以下|下文)?(?:简称|簡稱|称|稱)[：:]?[“「\"]?"
    r"(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”」\"]?[）)]")
_LEAD_CHARS = 800  # a release defines the firm it is about in its lead paragraph


def _defined_company(raw: str) -> str:
    """The company a text defines a short name for in its lead (…集团有限公司（以下简称
    “中国宏建”）) and writes in its headline (中国宏建：前三季度…): the text is that company's
    own news, in Simplified script; else "". A text naming several firms defines each in
    passing and heads with none of them."""
    if "称" not in raw[:_LEAD_CHARS] and "稱" not in raw[:_LEAD_CHARS]:
        return ""
    found = _DEFINED_SHORT.search(raw, 0, _LEAD_CHARS)
    if found is None:
        return ""
    short = found.group("short")
    lead = raw.rfind("\n", 0, found.start())  # (the lines above the defining one)
    heads = [line.strip() for line in raw[: max(lead, 0)].splitlines() if line.strip()]
    headed = any(short in line for line in heads[:_BANNER_LINES])
    return to_simplified_aligned(short) if headed else ""


# a company's legal form, and its group word, after its short name (深圳市地铁集团有限公司)
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司)$")
_CITY_LEVEL = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2})市")
_BANNER_LINES = 6  # lines at a page's top where its headline follows the site's banner


def _banner_company(raw: str) -> str:
    """The company whose site a page is on: the banner line opening it names the company in
    full (深圳市地铁集团有限公司) and the headline after it opens with the short name (深圳地铁10月
    客流再创新高…): that short name in Simplified script, or ""."""
    lines = [line.strip() for line in raw.splitlines()[: _BANNER_LINES * 2] if line.strip()]
    if not lines or _LEGAL_FORM.search(lines[0]) is None:
        return ""
    banner = to_simplified_aligned(lines[0])
    short = _CITY_LEVEL.sub(r"\g<place>", _LEGAL_FORM.sub("", banner))
    if len(short) < _SHORT_MIN:
        return ""
    heads = (to_simplified_aligned(line) for line in lines[1:_BANNER_LINES])
    return short if any(line.startswith(short) for line in heads) else ""


_SHORT_MIN = 4  # characters: a place and a trade at least (深圳地铁)
# the kinds of body that write their own reports and call themselves by the kind alone (湘潭市
# 中心医院2024年度工作报告 … 医院完成门急诊…; 某某区人民法院工作报告 … 法院受理案件…)
_BODIES = ("医院", "法院", "检察院", "学院")
# a heading naming one such body: its proper name (two characters at least) before the kind
_BODY_HEADING = re.compile(r"[\u4e00-\u9fff]{2,}?(?P<body>" + "|".join(_BODIES) + ")")


@lru_cache(maxsize=256)
def own_body(raw: str) -> str:
    """The kind of body a text is the own report of (医院), when a heading line at its top
    names one (湘潭市中心医院2024年度工作报告) and the text speaks of itself as 全院 / 本院 /
    我院 at least once; "" otherwise (a health bulletin's 医院 are a class of institutions)."""
    if not any(w in raw for w in _SELF_WORDS):
        return ""
    lines = [line.strip() for line in raw.splitlines()[: _BANNER_LINES * 2] if line.strip()]
    for line in lines[:_BANNER_LINES]:
        if (found := _BODY_HEADING.search(to_simplified_aligned(line))) is not None:
            return found.group("body")
    return ""


_SELF_WORDS = ("全院", "本院", "我院")
# an authority named by the trade it governs and 局 (民航局, 邮政局) in the page's top lines
_TRADE_BUREAU = re.compile(r"(?<![\u4e00-\u9fff])(?P<trade>[\u4e00-\u9fff]{2})局")


@lru_cache(maxsize=256)
def own_trade(raw: str) -> str:
    """The trade a text is its authority's own report on (民航 in 民航局's monthly figures: 民航
    完成旅客运输量…), when a top line opens with the authority by its short name (民航局发布…) or
    names it whole and its short name follows in the text (中国民用航空局 … 记者从民航局获悉); ""
    otherwise."""
    lines = [line.strip() for line in raw.splitlines()[: _BANNER_LINES * 2] if line.strip()]
    for line in lines[:_BANNER_LINES]:
        found = _TRADE_BUREAU.match(to_simplified_aligned(line))
        if found is not None and f"{found.group('trade')}完成" in raw:
            return found.group("trade")
    head = to_simplified_aligned(lines[0]) if lines else ""
    for found in _TRADE_BUREAU.finditer(raw):
        trade = found.group("trade")
        if head.endswith("局") and head.startswith("中国") and all(c in head for c in trade) and (
                f"{trade}完成" in raw):
            return trade
    return ""


# a subject the text abbreviates for itself (全国碳排放权交易市场（以下简称全国碳市场）)
_ABBREVIATED = re.compile(r"(?P<full>[\u4e00-\u9fff]{4,24})[（(]以下简称“?"
                          r"(?P<short>[\u4e00-\u9fff]{2,12})”?[）)]")
ABBREVIATION_NOTE = re.compile(r"[（(]以下简称[^（）()]{1,14}[）)]")
ABBREVIATION_WORD, ABBREVIATION_WORD_TRAD = "以下简称", "以下簡稱"
_FULL_MIN = 4  # characters of the full name the headline must hold
_COUNTRY_WORDS = ("全国", "我国")


@lru_cache(maxsize=256)
def own_subject(raw: str) -> tuple[str, ...]:
    """The names of what a text is about when it abbreviates it for itself and its headline names
    it (全国碳排放权交易市场（以下简称全国碳市场） under the headline
    全国碳排放权交易市场2025年运行…):
    the full name, the short one and both without the country's word, longest first; () else.
    Its figures are the subject's, as a body's own report is (民航 in 民航局's figures)."""
    if ABBREVIATION_WORD not in raw:
        raw = to_simplified_aligned(raw)  # (以下簡稱 in Traditional: names are Simplified)
    found = _ABBREVIATED.search(raw)
    if found is None:
        return ()
    lines = [line.strip() for line in raw[: found.start()].splitlines()[:_BANNER_LINES]
             if line.strip()]
    lines = lines[:-1] if not raw[: found.start()].endswith("\n") else lines  # (not its own)
    full = found.group("full")
    full = next((full[k:] for k in range(len(full) - _FULL_MIN + 1)
                 if any(full[k:] in line for line in lines)), "")
    if not full:
        return ()
    names = {full, found.group("short")}
    names |= {n[2:] for n in names if n.startswith(_COUNTRY_WORDS) and len(n) > 4}
    return tuple(sorted(names, key=len, reverse=True))


def without_own_subject(name: str, raw: str) -> str:
    """``name`` without the text's own subject opening it (碳市场碳排放配额年度成交量 ->
    碳排放配额年度成交量) and without the note that abbreviates it."""
    name = ABBREVIATION_NOTE.sub("", name)
    for subject in own_subject(raw):
        if name.startswith(subject) and len(name) - len(subject) >= 2:
            return without_prefix_words(name[len(subject) :])
    return name


def without_own_body(name: str, body: str) -> str:
    """``name`` without the body opening it, and the prefix words after it (医院将力争门急诊
    人次 -> 门急诊人次); unchanged when the body's word is the first of a longer word the
    segmenter knows (医院感染发生率: a hospital-acquired infection's rate)."""
    if default_segmenter().cut(name)[0] != body:
        return name
    rest = without_prefix_words(name[len(body) :])
    return rest if len(rest) >= 2 else name


_OURS = ("全", "本", "我", "该", "各")
# a name that gives the trade partner of its figure (来自美国接单, 自日本进口, 对东盟出口)
_PARTNER_NAMED = re.compile(r"^(?:来自|自|对)")


def partner_alone(sc: SentenceScope, r: Reading) -> str:
    """来自中国大陆及香港接单158.2亿美元；欧洲86.1亿美元: a clause of a partner alone after names
    of partners is named by the partner (欧洲), not by the name before it."""
    indicator = r.indicator
    if not indicator or r.cand.category != _MONEY or (
            _PARTNER_NAMED.match(indicator) is None
            and not is_place_token(indicator)):  # (东协… after 欧洲…)
        return indicator
    own = [t for t in tokens_in(sc.toks, r.comma_start, r.pos) if t.word not in CLAUSE_MARKS]
    if (len(own) == 1 and is_place_token(own[0].word, own[0].pos)
            and not own[0].word.startswith(_OURS)):  # (全省21个地级以上市中: the whole)
        return own[0].word
    return indicator
