"""HTML and Markdown markup as text, character for character (``text_view``).

A web page saved as text (an HTML export named ``.md`` or ``.txt``) holds tags, attributes and
entities; a Markdown file holds links and list markers. ``text_view`` gives the text a reader
sees, of the same length as the raw text, so that every offset into it is an offset into the
raw text (the cleaning stage's contract): markup becomes spaces, which cleaning deletes where
they touch Chinese text, and line breaks where the markup ends a line.

- a block tag (``<p>``, ``<div>``, ``<br>``, ``<h1>``, ``<li>``, ``<tr>``, ``<title>`` ...) opens
  a new line: its first character becomes a line break, so paragraphs, headings and table rows
  are lines of their own (a heading between two blank rows);
- a table cell (``<td>``, ``<th>``) becomes spaces: cells are parted by runs of spaces, as the
  text tables the metric extractor reads (``metrics.tables``);
- any other tag (``<a href=…>``, ``<span>``, ``<strong>``) becomes spaces;
- ``<script>``, ``<style>``, comments, declarations (``<!DOCTYPE html>``, ``<![CDATA[``) and
  processing instructions (``<?xml version="1.0"?>``) are blanked whole (their line breaks
  kept);
- an entity (``&nbsp;``, ``&amp;``, ``&#8220;``) becomes the character it stands for
  (``html.unescape``; a non-breaking space as a space), followed by spaces;
- Markdown: a link ``[text](url)`` keeps its text, an image ``![alt](url)`` goes, and a list
  marker (``- ``, ``+ ``) at a line start becomes spaces (the item starts a block of its own).

Plain text costs one regex search (``has_markup``): it is returned as it is.
"""

from __future__ import annotations

import re
from html import unescape
from string import ascii_letters, digits

_TAG_NAMES = (
    "a|abbr|article|aside|b|big|blockquote|body|br|caption|center|code|col|colgroup|dd|div|dl|"
    "dt|em|figcaption|figure|font|footer|h[1-6]|head|header|hr|html|i|img|input|label|li|link|"
    "main|meta|nav|ol|p|pre|s|section|small|span|strong|sub|sup|table|tbody|td|tfoot|th|thead|"
    "title|tr|u|ul"
)
# Does the text hold markup at all? (searched only when a page has < or &, "](" or a line
# opening with "- ": each branch opens with a literal the engine skips ahead to)
_HTML_HINT = re.compile(
    rf"<(?:/?(?:{_TAG_NAMES})(?=[\s/>])|!--|![a-zA-Z\[]|\?[a-zA-Z])"
    r"|&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});",
    re.IGNORECASE,
)
_LINK_HINT = re.compile(r"\]\([^)\s]{1,500}\)")
_HTML = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<![a-zA-Z][^<>]*>"  # a declaration: <!DOCTYPE html>
    r"|<\?[a-zA-Z][^<>]*>"  # a processing instruction: <?xml version="1.0"?>
    r"|<(?P<raw>script|style)\b[^>]*>.*?</(?P=raw)\s*>"
    rf"|<(?P<close>/?)(?P<name>{_TAG_NAMES})(?=[\s/>])[^<>]*>"
    r"|&(?:[a-zA-Z]{2,8}|#\d{2,7}|#[xX][0-9a-fA-F]{2,6});",
    re.IGNORECASE | re.DOTALL,
)
# Tags that open a line, and those of them whose end also ends one (a row's or an item's end
# does not: the next row or item opens its own line).
_BLOCK_TAGS = frozenset([
    "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
    "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead",
    "title", "tr", "ul",
])
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "title"])
_OPEN_ONLY = frozenset(["br", "dd", "dt", "hr", "li", "tr", "tbody", "tfoot", "thead"])
# A page title's own part and the site's after it (统计公报_统计数据_某县人民政府,
# 标题 | 某市政府网, 标题 - 新华网): the site's part is furniture, not a heading of the text.
_TITLE = re.compile(r"(<title\b[^<>]*>)([^<]*)(</title\s*>)", re.IGNORECASE)
_TITLE_SITE = re.compile(r"\s*(?:_|[|｜]|\s[-－]\s)")
_SPACES = frozenset(" \t\r")
_NBSP = frozenset("\xa0\u2002\u2003\u2009\u3000 ")
_LATIN = frozenset(ascii_letters + digits)
_MD_LINK = re.compile(r"(?P<image>!?)\[(?P<text>[^\[\]\n]{0,300})\]\((?P<url>[^)\s]{1,500})\)")
# A list marker at a line start (not a page number like "- 1 -")
_MD_BULLET = re.compile(r"^([ \t]*)[-+](?= (?=\S)(?!\d{1,4}\s*[-—－]\s*$))", re.MULTILINE)
_NOT_NEWLINE = re.compile(r"[^\n]")


def has_markup(raw: str) -> bool:
    """Could ``raw`` hold HTML or Markdown markup that ``text_view`` rewrites?"""
    if ("<" in raw or "&" in raw) and _HTML_HINT.search(raw):
        return True
    if "[" in raw and "](" in raw and _LINK_HINT.search(raw):
        return True
    # a list marker opening a line: each - or + (few in Chinese text) found by a one-character
    # search, which is far cheaper than a search for "\n- " or a character class
    for mark in "-+":
        at = raw.find(mark)
        while at >= 0:
            if raw[at + 1 : at + 2] == " ":
                start = raw.rfind("\n", 0, at) + 1
                if not raw[start:at].strip(" \t") and _MD_BULLET.match(raw, start):
                    return True
            at = raw.find(mark, at + 1)
    return False


def text_view(raw: str) -> str:
    """``raw`` with its markup as text, of the same length (see the module's docstring)."""
    if not has_markup(raw):
        return raw
    text = raw
    if "<" in text or "&" in text:
        text = _html_view(text)
    if "](" in text:
        text = _MD_LINK.sub(_md_link, text)
    if "-" in text or "+" in text:
        text = _MD_BULLET.sub(lambda m: m.group(1) + " ", text)
    if len(text) != len(raw):  # the contract every offset relies on
        raise ValueError("markup view changed the text length")
    return text


def _html_view(raw: str) -> str:
    """Tags and entities as text; then a line break where a block tag opens (or closes) a line,
    unless only whitespace stands between it and the line's start (end): no blank rows made,
    except around a heading (<h1>, <title>)."""
    breaks: list[tuple[int, bool, bool]] = []  # (offset of the tag's first character, it
    # closes, it is a heading's)

    def piece(m: re.Match[str]) -> str:
        s = m.group()
        n = len(s)
        if s[0] == "&":
            ch = unescape(s)
            if ch == s:
                return s  # not an entity html knows
            if ch[0] in _NBSP:
                return " " * n
            # followed by a Latin word (R&amp;D): markup stars, which cleaning deletes even
            # there (a space between two Latin characters is kept)
            end = m.end()
            latin = end < len(m.string) and m.string[end] in _LATIN
            return ch[0] + ("*" if latin else " ") * (n - 1)
        if m.group("raw") or s[1] in "!?":  # a comment, declaration or instruction
            return _blank(s)
        name = (m.group("name") or "").lower()
        closes = bool(m.group("close"))
        if name in _BLOCK_TAGS and not (closes and name in _OPEN_ONLY):
            breaks.append((m.start(), closes, name in _HEADING_TAGS))
        return _blank(s)

    text = _HTML.sub(piece, _TITLE.sub(_title_own, raw) if "<title" in raw.lower() else raw)
    if not breaks:
        return text
    chars = list(text)
    for at, closes, heading in breaks:
        if heading:  # a heading stands between blank rows
            chars[at] = "\n"
        elif closes:
            end = text.find("\n", at)
            if text[at : len(text) if end < 0 else end].strip():
                chars[at] = "\n"
        else:
            start = text.rfind("\n", 0, at) + 1
            if text[start:at].strip() and chars[at] == " ":
                chars[at] = "\n"
    return "".join(chars)


def _title_own(m: re.Match[str]) -> str:
    """A <title> with the site's part after its own blanked (same length)."""
    own = m.group(2)
    site = _TITLE_SITE.search(own)
    if site is None or not own[: site.start()].strip():
        return m.group()
    return m.group(1) + own[: site.start()] + _blank(own[site.start():]) + m.group(3)


def _blank(s: str) -> str:
    """``s`` as spaces, its line breaks kept."""
    return _NOT_NEWLINE.sub(" ", s)


def _md_link(m: re.Match[str]) -> str:
    if m.group("image"):
        return _blank(m.group())
    text = m.group("text")
    return " " + text + " " * (len(m.group()) - len(text) - 1)
