"""Which text of a cleaned document is its own headline (``marts.documents.title``).

The headline is the first heading before the body starts, skipping what only stands above it:
numbered section headings (一、装机), lines that are a date or a period number (2025年第2期),
a newspaper's name and a source's dateline taken for headings (浙江日报 2025年1月21日 第1版:
:func:`is_masthead`) and page furniture (mastheads, page headers, a filing's 证券代码 line,
which cleaning does not type as headings). A heading group keeps its first part: a subtitle
opened by a dash (政府工作报告 ——2025年1月16日在…会议上) and what follows it are not the
title. A dateline (合肥发布 2024-10-25 09:12: a short source name, a date written with digits and
perhaps the time) is furniture too, and one that opens a heading is cut from it (浙江在线
2025年10月24日 10:30 前三季度…, lines that cleaning joined). A title keeps neither its
document number (合政〔2024〕12号) nor a notice's addressee joined to it (…的通知 各区县人民政府，
市政府各部门：): the title ends at the word that names the document's kind (通知, 通告, 意见 …).
When no heading comes before the body, a short first block without body punctuation is
the title (a notice's first line: 厦门市思明区人民政府关于…禁放的通告); else the first heading
after the start of the body that is neither numbered nor a date (a newspaper page that opens
with the end of another article).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipelines.domain.cleaning.lexicon import DATA_DIR, source_rules
from pipelines.domain.cleaning.lines import marker_level
from pipelines.domain.yamlfiles import load_yaml

MAX_TITLE_CHARS = 80
_BODY_PUNCT = re.compile("[。；;！!？?，,]")
# A first block that is a headline may exclaim or ask (重磅！总投资286亿元！…, a WeChat or news
# headline) when it is short: no sentence or clause mark but these, and at most this long.
_HEADLINE_PUNCT = re.compile("[。；;，,：:]")
MAX_EXCLAIMING_TITLE = 40
# A line of symbols only (👆👆👆, ★★★, ——): no title, and it does not end the page's first block.
_WORDLESS = re.compile(r"[^\w]*")
# A heading that is only a date or an issue number (2025年8月6日, 2025年第2期, 2025.07.24).
_DATE_ONLY = re.compile(
    r"[\d〇零一二三四五六七八九十年月日号第期卷\s.\-/()（）星期周礼拜]+")
_SUBTITLE = re.compile(r"\s*[—―]{1,2}\s*\S")
# what may follow a newspaper's name in its masthead: a date, the weekday, an issue or a page
# (合肥日报 2024年1月22日 星期一 第03版)
_MASTHEAD_REST = re.compile(
    r"[\d〇零一二三四五六七八九十年月日号第期卷版总\s.\-/:()（）星期周礼拜]*")
# a date written with digits (2024-10-25, 2024年10月, 2024/10/25): with a source label
# (合肥发布 2024-10-25 09:12 来源：合肥市统计局) the line is a dateline
_DIGIT_DATE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}")
_TEXT_KINDS = frozenset({"heading", "paragraph", "list_item"})
# a breadcrumb's separator (首页 > 新闻中心 > 集团要闻, 首頁 › 最新消息)
_CRUMB = re.compile(r"\s*[>＞›»]\s*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BRACKETED = re.compile(r"（[^）]*）|\([^)]*\)")
# a label and its value (公司代码：603917)
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[：:]\s*[^\s：:]+")
# a dateline: a short source name (合肥发布, 浙江在线), a date with digits, perhaps a clock time
# and, after the time, the region a WeChat account posted from (投资临沂 2025年04月28日 18:30 山东)
_DATELINE = re.compile(
    r"(?:[^\s\d，。：:；;！？]{2,8}\s*)?"
    r"\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s+[\u4e00-\u9fff]{2,3}(?=\s*$))?)?")
# the words naming a document's kind, which end a notice's title
_KINDS = (r"(?:通知|通告|公告|通报|意见|决定|办法|方案|规定|细则|批复|复函|函|报告|请示|纲要"
          r"|规划|措施|决议|命令|指引|指南)")
# a document number after the title's kind (…的通知 合政〔2024〕12号, 国办发[2024]5号)
_NUMBER = r"\s*(?:(?![的之])[\u4e00-\u9fff]){1,6}\s*[〔［\[(（]\d{4}[〕］\])）]\s*\d+\s*号"
_DOC_NUMBER = re.compile(f"({_KINDS}){_NUMBER}$")
# a notice's addressee line after its kind (各区县人民政府，市政府各部门：): the title ends at the
# kind (the last one an addressee follows)
_ADDRESSEE = re.compile(
    f"{_KINDS}(?:{_NUMBER})?"
    r"\s*(?=(?:各|[^，。；;！？：:]{2,30}(?:人民政府|委员会|部门|单位|机构|局|厅|办)[，、：:])"
    r"[^。；;！？]{0,80}?[：:])")


def document_title(block_rows: Sequence[tuple]) -> str | None:
    """The headline among ``CleanedDocument.block_rows`` (block_no, kind, level, text, ...)."""
    first_block = True
    body = False  # the body has started: a later heading is the title only when none came
    for i, row in enumerate(block_rows):
        kind, text = row[1], row[3]
        if kind not in _TEXT_KINDS:
            continue  # furniture above the title (masthead, byline, page marker, url ...)
        text = _without_dateline(text)
        if _WORDLESS.fullmatch(text):
            continue
        if kind == "heading":
            if (marker_level(text) is not None or _DATE_ONLY.fullmatch(text)
                    or is_masthead(text) or _site_over_source(block_rows, i)
                    or _is_breadcrumb(text) or _is_field_line(text)
                    or _body_over_headline(block_rows, i)):
                first_block = False
                continue
            return _headline(text)
        if body:
            continue
        text = _without_addressee(text)
        if first_block and kind == "paragraph" and _first_block_title(text):
            return _headline(text)
        body = True
    return None


def _site_over_source(block_rows: Sequence[tuple], i: int) -> bool:
    """Is heading ``i`` a site's name printed over its dated source line, the headline under
    them (合肥发布⏎2024-10-25 09:12  来源：合肥市统计局⏎⏎前三季度合肥经济…)? A headline over
    its source line has the body under them (三大指数集体收涨…⏎2025-03-18 17:42　来源：…⏎⏎证券
    时报网讯…)."""
    after = block_rows[i + 1 : i + 3]
    return (len(after) == 2 and after[0][1] == "masthead_date" and after[1][1] == "heading")


def _is_breadcrumb(text: str) -> bool:
    """A site's path to the page (新湖南 > 湖南日报 > 要闻, 首页 > 最新消息 > 新闻稿): never the
    title, though cleaning may take it for a heading."""
    return len(_CRUMB.findall(text)) >= 2


def _is_field_line(text: str) -> bool:
    """A line of label：value fields (公司代码：603917 公司简称：锦瑞科技): a filing's header,
    not its title."""
    return len(_FIELD.findall(text)) >= 2


def _body_over_headline(block_rows: Sequence[tuple], i: int) -> bool:
    """Is heading ``i`` the name of a site or body (no figure, furniture.yaml's
    ``body_name_endings``) printed over another heading, the headline (国家外汇管理局⏎2025年10月末
    外汇储备规模数据; 内政部户政司全球资讯网⏎首页>最新消息>新闻稿⏎114年10月人口统计资料)?"""
    text = block_rows[i][3].replace(" ", "").replace("\u3000", "")
    if any(ch.isdigit() for ch in text) or not _furniture_pattern("body_name_endings").search(text):
        return False
    after = next((row for row in block_rows[i + 1:] if row[1] in _TEXT_KINDS), None)
    return (after is not None and after[1] == "heading" and marker_level(after[3]) is None
            and not _DATE_ONLY.fullmatch(after[3])
            # a headline's words, not the body's name in another script (HUAJING PROPERTY
            # HOLDINGS LIMITED （于开曼群岛注册成立的有限公司）)
            and len(_HAN.findall(_BRACKETED.sub("", after[3]))) >= 4)


@cache
def _furniture_pattern(key: str) -> re.Pattern[str]:
    """A pattern of furniture.yaml (``site_title_suffix``, ``body_name_endings``), read once."""
    data = load_yaml((DATA_DIR / "furniture.yaml").read_text(encoding="utf-8"))
    return re.compile(data[key])


def _first_block_title(text: str) -> bool:
    """Whether the page's first block (a paragraph) is its headline: short, no body
    punctuation, not a date; or a title run on with its subtitle (江苏省…的报告 ——2025年9月24日
    在…会议上: the part before the dash is); or a short headline that exclaims (重磅！…)."""
    if _DATE_ONLY.fullmatch(text):
        return False
    m = _SUBTITLE.search(text, 1)
    head = text[: m.start()] if m else text
    if len(head) <= MAX_TITLE_CHARS and not _BODY_PUNCT.search(head):
        return m is None or not _BODY_PUNCT.search(text, m.end()) or len(text) <= MAX_TITLE_CHARS
    return len(text) <= MAX_EXCLAIMING_TITLE and not _HEADLINE_PUNCT.search(text)


def _headline(text: str) -> str:
    """A heading group's title part: up to a subtitle dash (not at its start), without an
    addressee or a document number after it."""
    m = _SUBTITLE.search(text, 1)
    text = text[: m.start()].strip() if m else text
    text = _without_site_name(text)
    return _DOC_NUMBER.sub(r"\1", _without_addressee(text)).strip() or text


def _without_site_name(text: str) -> str:
    """A web page's title without the site's name after it (珠海市发布2024年度营商环境评价结果
    _珠海市人民政府门户网站 -> 珠海市发布2024年度营商环境评价结果)."""
    m = _furniture_pattern("site_title_suffix").search(text)
    return text[: m.start()].strip() if m and m.start() >= 4 else text


def _without_addressee(text: str) -> str:
    """``text`` up to the end of its document kind when a notice's addressee (ending with a
    colon) follows it, with or without the body after it: 关于…的通知各区县人民政府，市政府各部门：
    -> 关于…的通知."""
    found = list(_ADDRESSEE.finditer(text))
    if not found:
        return text
    return _DOC_NUMBER.sub(r"\1", text[: found[-1].end()].strip()).strip()


def _without_dateline(text: str) -> str:
    """``text`` without a dateline it opens with, when a headline follows (浙江在线 2025年10月24日
    10:30 前三季度全省经济总量突破7万亿元); a dateline alone is left as it is."""
    m = _DATELINE.match(text)
    if m is None or m.end() == len(text.rstrip()):
        return text
    rest = text[m.end():].strip()
    return rest if rest and not _has_label(rest) else text


def _has_label(text: str) -> bool:
    """Whether ``text`` holds a source label (来源：): the rest of a dateline, not a title."""
    return source_rules().label.search(text) is not None


def is_masthead(text: str) -> bool:
    """A newspaper's name, alone or with its date, issue or page (浙江日报, 合肥日报 2024年1月22日
    第03版), or a dateline naming a source (合肥发布 2024-10-25 09:12 来源：合肥市统计局): what
    stands above a headline, never the headline itself (a paper prints every report under its
    name, so three years' reports would share one title)."""
    rules = source_rules()
    paper = rules.newspaper.match(text)
    if paper is not None and _MASTHEAD_REST.fullmatch(text, paper.end()):
        return True
    if rules.label.search(text) is not None and _DIGIT_DATE.search(text) is not None:
        return True
    return _DATELINE.fullmatch(text.strip()) is not None  # 合肥发布 2024-10-25 09:12
