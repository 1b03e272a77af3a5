"""Page furniture: recognising lines that are not body text (bylines, editor lines, captions,
page markers, masthead dates, URLs, lone section numbers) and what they tell about the source.
"""

from __future__ import annotations

import re

from pipelines.domain.cleaning.lexicon import HAN, furniture_rules, source_rules, surnames
from pipelines.domain.cleaning.prefilter import JoinedLines

_NAME_TOKEN = re.compile(rf"[{HAN}]{{2,4}}")
_SPLIT_NAMES = re.compile(r"[ 、，,]+")
# Forms kept as they read on the page (bylines, editor lines) are compared without markup.
_MARKUP = re.compile(r"\*\*")
MAX_NAME_LINE = 30
BYLINE_OPENERS = re.compile(r"^[（(]\s*(作者|本文作者|课题组成员|课题组|执笔|撰稿|记者|通讯员)")
# a contact line written as a sentence, whole (联系人：市应急管理局综合统计科，电话：0757-
# 83381234。): an editor line though its clause marks read as body text
CONTACT_LINE = re.compile(r"^(?:新闻)?(?:联系人|联络人)\s*[：:][^。！？；]{0,40}电话\s*[：:]\s*"
                          r"[（(]?\d[\d\-－—（）()]{6,}(?:转\d{1,5})?[。.]?$")


def furniture_kind(text: str) -> str | None:
    """The furniture kind of one normalised, stripped line, or None for body text/headings."""
    rules = furniture_rules()
    line = _MARKUP.sub("", text).strip() if "*" in text else text
    if not line or _length(line) > rules.max_chars or not rules.maybe(line):
        return None
    return _kind(line)


_SPACE_RUN = re.compile(r"\s{2,}")


def _length(line: str) -> int:
    """A line's length for the kinds' limits, a run of spaces counted as one: a web page's
    header line is set apart by runs of blanked markup and &nbsp; (发布时间：2025-03-12
    ⎵⎵⎵⎵10:30⎵⎵⎵⎵来源：…⎵⎵⎵⎵浏览次数：3418), which say nothing about its length in print."""
    n = len(line)
    if "  " not in line:
        return n
    return n - sum(m.end() - m.start() - 1 for m in _SPACE_RUN.finditer(line))


def _kind(line: str) -> str | None:
    """``furniture_kind`` of a line without markup that may be furniture (the first kind whose
    pattern matches and whose limits it meets)."""
    rules = furniture_rules()
    has_body_punct = not rules.body_punctuation.isdisjoint(line)
    length = _length(line)
    for kind in rules.kinds:
        if length > kind.max_chars or not kind.pattern.search(line):
            continue
        # A sentence that merely mentions a reporter or a photo is body text; but captions may
        # carry a sentence before the credit ("俯瞰科学城。图据川观新闻") and bracketed author
        # lines contain commas.
        if (
            has_body_punct
            and kind.kind in ("byline", "caption", "editor_line", "url")
            and not (kind.kind == "caption" and _credit_at_end(line))
            and not (kind.kind == "byline" and BYLINE_OPENERS.match(line))
            and not (kind.kind == "editor_line" and CONTACT_LINE.match(line))
        ):
            continue
        return kind.kind
    return None


def furniture_kinds(texts: list[str], joined: JoinedLines | None = None) -> list[str | None]:
    """``furniture_kind`` of every line of a page; one vectorised test finds the few lines that
    can be furniture at all, only those are matched one by one. ``joined``: the page's lines
    joined once for several searches."""
    rules = furniture_rules()
    if joined is None or joined.lines is not texts:
        joined = JoinedLines(texts)
    if "*" in joined.text:
        texts = [_MARKUP.sub("", t).strip() if "*" in t else t for t in texts]
        joined = JoinedLines(texts)
    limit = rules.max_chars
    out: list[str | None] = [None] * len(texts)
    marked: list[int] = []  # (few: the lines found furniture)
    for k in rules.prefilter.candidate_lines(joined):
        t = texts[k]
        if t and (len(t) <= limit or _length(t) <= limit):
            out[k] = _kind(t)
            if out[k] is not None:
                marked.append(k)
    if marked:
        _link_items(texts, out, marked)
        _menu_runs(texts, out, marked)
    return out


def _link_items(texts: list[str], kinds: list[str | None], marked: list[int]) -> None:
    """The items under the head of a list of links (相关链接, 往期推荐): the lines after it that
    are short and end no clause (a headline may hold ！ or ？: 重磅！临沂出台新政20条), up to
    the first that is not; furniture, in place. (lines.py continues such lists too, up to a
    blank line; a web page's markup or a WeChat copy may leave one between head and items.)"""
    rules = furniture_rules()
    head, limit = rules.link_list_head, rules.link_max_chars
    n = len(texts)
    for i in marked:
        if kinds[i] != "furniture" or not head.match(texts[i]):
            continue
        j = i + 1
        while j < n and not texts[j]:
            j += 1
        while (j < n and kinds[j] is None and 0 < len(texts[j]) <= limit
               and not (_SENTENCE_MARK if DATED_LINK.search(texts[j]) else _CLAUSE_MARK).search(
                   texts[j])):
            kinds[j] = "furniture"
            j += 1


_CLAUSE_MARK = re.compile("[。；，,;]")
# a link closing on its date (秋季学期“护学岗”上线，3000余名家长志愿者守护上下学（9月3日）,
# …2025-09-03): a headline's comma is no clause of the body, only a sentence's end is
DATED_LINK = re.compile(r"(?:[（(](?:\d{4}[-年.])?\d{1,2}[-月.]\d{1,2}日?[）)]"
                        r"|\d{4}-\d{1,2}-\d{1,2})\s*$")
_SENTENCE_MARK = re.compile("[。；;]")
MENU_ITEM_CHARS = 6
MENU_RUN = 3


def _menu_runs(texts: list[str], kinds: list[str | None], marked: list[int]) -> None:
    """A portal's menu: a run of at least MENU_RUN lines of one short item each (政务公开,
    政务服务, 互动交流: no punctuation, no digit; blank lines between them) right above or below
    a menu bar or breadcrumbs found as furniture (a line opening with 首页); furniture, in
    place. A page without such a bar (most) costs one pass over its few furniture lines."""
    bars = [i for i in marked if kinds[i] == "furniture" and "首页" in texts[i][:8]]
    if not bars:
        return
    n = len(texts)
    for bar in bars:
        for step in (1, -1):
            j = bar + step
            run = []
            while 0 <= j < n and (not texts[j] or _MENU_ITEM.fullmatch(texts[j])):
                if texts[j]:
                    run.append(j)
                j += step
            if len(run) >= MENU_RUN and all(kinds[k] is None for k in run):
                for k in run:
                    kinds[k] = "furniture"


_MENU_ITEM = re.compile(rf"[{HAN}A-Za-z]{{2,{MENU_ITEM_CHARS}}}")


def _credit_at_end(line: str) -> bool:
    return bool(re.search(r"(图据\S+|(\s|/)(摄|供图))$", line))


def is_person_name(token: str) -> bool:
    """A 2-4 character Han token starting with a known surname."""
    single, compound = surnames()
    if len(token) > 4 or not _NAME_TOKEN.fullmatch(token):
        return False
    return token[:2] in compound or (token[0] in single and len(token) <= 3)


def is_name_list(text: str) -> bool:
    """A line made only of personal names (an author line, or the tail of a byline)."""
    if len(text) > MAX_NAME_LINE:
        return False
    tokens = [t for t in _SPLIT_NAMES.split(text.strip()) if t]
    return bool(tokens) and all(is_person_name(t) for t in tokens)


def opens_unclosed_byline(text: str) -> bool:
    """'（作者：…' without its closing bracket: the byline continues on the next line."""
    return bool(BYLINE_OPENERS.match(text)) and text.count("（") + text.count("(") > (
        text.count("）") + text.count(")")
    )


def source_from_text(text: str) -> str | None:
    """The source named in a byline/masthead/dateline or a web page's header: a labelled one
    (来源：潍坊市统计局), a newspaper, an agency (新华社, 中央社), or an issuer (杭州市统计局)."""
    rules = source_rules()
    m = rules.label.search(text)
    if m:
        return m.group("name")
    if text.startswith(_WELCOME):  # 欢迎访问珠海市人民政府门户网站: a portal's greeting
        return None
    for pattern in (rules.newspaper, rules.agency, rules.publisher):
        m = pattern.search(text)
        if m:
            return m.group()
    return None


MAX_ISSUERS = 3
_WELCOME = ("欢迎访问", "欢迎光临", "欢迎来到")


def issuer_line(text: str) -> str | None:
    """The first name of a line made only of issuers' names (天河区统计局 国家统计局天河调查队,
    济南市发展和改革委员会): who published a bulletin or a report."""
    rules = source_rules()
    if text[-1:] not in rules.publisher_ends:  # (most headings: one set lookup)
        return None
    found: list[str] = []
    publisher = rules.publisher
    for name in text.split(" "):  # (a line break between two names may have left no space)
        at = 0
        while at < len(name) and (m := publisher.match(name, at)) is not None:
            found.append(m.group())
            at = m.end()
        if at < len(name) or len(found) > MAX_ISSUERS:
            return None
    return found[0] if found else None


def dateline(text: str) -> tuple[str, str | None] | None:
    """(dateline text, agency) when a paragraph opens with one, e.g. 人民网成都2月1日电."""
    m = source_rules().dateline.match(text)
    if not m:
        return None
    src = m.group("source")
    return m.group().lstrip("（("), (src if src and src != "本报讯" else None)
