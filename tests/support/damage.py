"""Deterministic damage of the kinds text pulled out of printed pages carries.

Each function takes a text and a seed and returns the damaged text; the same (text, seed) gives
the same result. They damage what a reader can still read: a reader of the damaged page would
find every figure of the clean one (tests/support/DAMAGE.md describes each kind and what the
pipeline recovers).

    from tests.support.damage import DAMAGES
    damaged = DAMAGES["hard_wraps"](text, seed=3)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_NUMBER = re.compile(r"(?<![0-9A-Za-z.])[0-9]+(?:\.[0-9]+)?")
# what may follow a number and make an OCR letter in it unambiguous (a unit, 年, %)
_UNIT_AFTER = "年月日%万亿元个家人次项座户吨千米里亩倍斤辆台件所"
_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in
               "0123456789%ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.+-"}
# CJK punctuation that extraction gives back half-width (or the other way round)
_HALF_PUNCT = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}
_TABLE_ROW = re.compile("[ \u3000]{2,}|\t|[|｜]")
_ZERO_WIDTH = ("\u200b", "\ufeff", "\u00ad")


def _printed(ch: str) -> float:
    return 1.0 if _HAN_CHAR.match(ch) or ord(ch) > 0x2E80 else 0.5


def hard_wraps(text: str, seed: int) -> str:
    """(a) Lines cut at a column's edge, as a PDF's text layer gives them: every line longer
    than the column (20-40 Han characters wide, one width per document, digits and Latin half
    a character) is cut there, inside words and numbers alike. Rows of a table (cells apart by
    wide gaps, tabs or bars) keep their own layout."""
    rng = random.Random(seed)
    column = rng.randint(20, 40)
    out = []
    for line in text.split("\n"):
        if _TABLE_ROW.search(line):
            out.append(line)
            continue
        piece: list[str] = []
        used = 0.0
        for ch in line:
            w = _printed(ch)
            if used + w > column and piece:
                out.append("".join(piece))
                piece, used = [], 0.0
            piece.append(ch)
            used += w
        out.append("".join(piece))
    return "\n".join(out)


def ocr_spacing(text: str, seed: int) -> str:
    """(b) Spaces an OCR engine puts where the print has none: some lines spaced out
    character by character (新 时 代), and a space inside some numbers or before their
    percent sign (1 2.5 %, 35 . 6 万亩)."""
    rng = random.Random(seed)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(_HAN_CHAR.findall(line)) >= 4 and rng.random() < 0.15:
            lines[i] = re.sub(f"(?<=[{_HAN}])(?=[{_HAN}])", " ", line)

    def space(m: re.Match[str]) -> str:
        s = m.group()
        if len(s) < 2 or rng.random() >= 0.3:
            return s
        k = rng.randint(1, len(s) - 1)
        s = s[:k] + " " + s[k:]
        end = m.end()
        if m.string[end:end + 1] == "%" and rng.random() < 0.5:
            s += " "
        return s

    return "\n".join(_NUMBER.sub(space, line) for line in lines)


def full_width(text: str, seed: int) -> str:
    """(c) Full-width digits, letters, decimal points and percent signs in some numbers and
    words (５４８２．１亿元, ３．８％, ＧＤＰ), and CJK punctuation given back half-width in some
    places (，-> , ；-> ; （-> ( ...)."""
    rng = random.Random(seed)
    chars = list(text)
    for m in re.finditer(r"[0-9A-Za-z][0-9A-Za-z.%+\-]*", text):
        if rng.random() < 0.4:
            for k in range(m.start(), m.end()):
                chars[k] = _FULL_WIDTH.get(chars[k], chars[k])
    for k, ch in enumerate(chars):
        if ch in _HALF_PUNCT and rng.random() < 0.3:
            chars[k] = _HALF_PUNCT[ch]
    return "".join(chars)


def zero_width(text: str, seed: int) -> str:
    """(d) Invisible characters (zero-width space U+200B, a BOM U+FEFF, a soft hyphen U+00AD)
    sprinkled into the text, about one per 60 characters, and into some numbers."""
    rng = random.Random(seed)
    out: list[str] = []
    for i, ch in enumerate(text):
        out.append(ch)
        if ch == "\n" or i + 1 >= len(text) or text[i + 1] == "\n":
            continue
        digit = ch.isdigit() and text[i + 1].isdigit()
        if rng.random() < (0.15 if digit else 1 / 60):
            out.append(rng.choice(_ZERO_WIDTH))
    return "".join(out)


def page_furniture(text: str, seed: int) -> str:
    """(e) Page breaks every 25-35 printed lines (of about 35 characters), wherever they fall
    in a paragraph: the page's footer (its number: ``— 3 —``, ``第 3 页 共 12 页``, ``- 3 -``
    or ``3``, one style per document) and the next page's running header (the document's
    title line, repeated; none when the text opens with a paragraph, not a title), each on its
    own line."""
    rng = random.Random(seed)
    title = next((line.strip() for line in text.split("\n") if line.strip()), "")[:30]
    if re.search("[，。；！？,;]", title):
        title = ""  # the first line of a paragraph (001, 002): no title to repeat
    step = lambda: rng.randint(25, 35) * 35  # noqa: E731
    pages = max(1, len(text) // 1050 + 1)
    style = rng.choice(("— {n} —", "第 {n} 页 共 {total} 页", "- {n} -", "{n}"))
    header = rng.random() < 0.8 and bool(title)
    out: list[str] = []
    at, n = 0, 1
    nxt = step()
    while nxt < len(text):
        # not inside a number (a page never ends between two digits of one line, nor at a
        # decimal point: 36⏎.7)
        while nxt < len(text) and _inside_number(text, nxt):
            nxt += 1
        out.append(text[at:nxt])
        furniture = [style.format(n=n, total=pages)] + ([title] if header else [])
        out.append(("" if text[nxt - 1] == "\n" else "\n") + "\n".join(furniture)
                   + ("" if text[nxt] == "\n" else "\n"))
        at, n = nxt, n + 1
        nxt = at + step()
    out.append(text[at:])
    return "".join(out)


def _inside_number(text: str, at: int) -> bool:
    """Does a break before ``text[at]`` cut a number (1|2, 36|.7, 36.|7, 1|,712)?"""
    a, b = text[at - 1], text[at]
    if a.isdigit():
        return b.isdigit() or (b in ".," and text[at + 1 : at + 2].isdigit())
    return a in ".," and b.isdigit() and text[at - 2 : at - 1].isdigit()


def line_ends(text: str, seed: int) -> str:
    """(f) Windows line ends (CRLF) throughout, a lone CR (old Mac) at some of them, a tab
    before some paragraphs (an indent: only where a paragraph starts, after a blank line or a
    line ending a sentence) and after heading numbers (一、\\t总体要求)."""
    rng = random.Random(seed)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        before = lines[i - 1].rstrip() if i else ""
        opens = not before or before[-1] in "。！？；：”"
        if line and opens and rng.random() < 0.3:
            lines[i] = "\t" + line.lstrip(" \u3000")
        lines[i] = re.sub(r"^(\s*[一二三四五六七八九十]+、)", lambda m: m.group() + "\t", lines[i])
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i < len(lines) - 1:
            out.append("\r" if rng.random() < 0.1 else "\r\n")
    return "".join(out)


def ocr_confusions(text: str, seed: int) -> str:
    """(g) A letter read for a digit inside a number where the context settles it: O or o for
    0, l or I for 1, only between two digits, or as a number's first digit before another
    digit, or its last before 年, % or a unit (2O24年, l2.5%, 1O0亿元, 20l年 is not made: the
    letter always touches a digit on the side the number continues)."""
    rng = random.Random(seed)
    chars = list(text)
    for m in _NUMBER.finditer(text):
        if rng.random() >= 0.2:
            continue
        a, b = m.span()
        spots = []
        for k in range(a, b):
            if chars[k] not in "01":
                continue
            before = text[k - 1] if k > a else ""
            after = text[k + 1] if k + 1 < b else text[b:b + 1]
            inner = before.isdigit() and after.isdigit()
            first = k == a and after.isdigit() and k + 1 < b
            last = k == b - 1 and before.isdigit() and after != "" and after in _UNIT_AFTER
            if inner or first or last:
                spots.append(k)
        if spots:
            k = rng.choice(spots)
            chars[k] = rng.choice("Oo") if chars[k] == "0" else rng.choice("lI")
    return "".join(chars)


def duplicated_span(text: str, seed: int) -> tuple[int, int]:
    """The run of whole paragraphs [start, end) that ``pasted_twice`` repeats: 1-4 consecutive
    paragraphs (text between blank lines) with no heading among them (a short paragraph with no
    sentence end: a copy after a heading would stand under it, in another context), at most a
    third of the document; the blank line after the last one included."""
    rng = random.Random(seed)
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*\n*", text)]
    body = [not (len(text[a:b].strip()) <= 40 and not re.search("[。！？；]", text[a:b]))
            for a, b in paragraphs]
    runs = [(i, k) for i in range(len(paragraphs)) for k in range(1, 5)
            if i + k <= len(paragraphs) and all(body[i:i + k])
            and paragraphs[i + k - 1][1] - paragraphs[i][0] <= len(text) // 3]
    if not runs:
        return 0, 0
    i, k = rng.choice(runs)
    return paragraphs[i][0], paragraphs[i + k - 1][1]


def pasted_twice(text: str, seed: int) -> str:
    """(h) A block of paragraphs pasted twice (a copy-paste of a web page or a PDF that
    repeats a passage): the block is repeated right after itself. Its figures are stated twice,
    so they are expected twice among the metrics (two rows pointing at two places)."""
    a, b = duplicated_span(text, seed)
    block = text[a:b]
    if not block.endswith("\n"):  # the document's last paragraph
        return text + "\n\n" + block
    return text[:b] + block + text[b:]


# (j) CJK sentence marks an OCR engine or a PDF's text layer gives back half-width or misread
_OCR_PUNCT = {"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"}
_CJK_AROUND = f"{_HAN}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’《》"


def ocr_punctuation(text: str, seed: int) -> str:
    """(j) Sentence marks given back half-width or misread, as OCR of a scanned page and the
    text layers of many PDFs do: 。 as ``.`` (or, in 10% of those, ``o``/``O`` between two
    Han characters), 、 as ``,``, and ，；：（）！？ half-width, each in a share of
    the places (one share per document, 30-70%; 、 in 0.6 of it; a bracket pair
    both ways or neither). Only where a reader still tells them apart: a ``.``
    for 。 never stands before a digit (``排名第4。2023年`` keeps its 。:
    ``第4.2023年`` would read as a number), so after a digit it is made only
    before a Han character or a CJK mark (``增长8.5%.全市``, ``达到120.全市``:
    a point with no digit after it is no decimal point); a real decimal point
    is never touched."""
    rng = random.Random(seed)
    share = rng.uniform(0.3, 0.7)
    chars = list(text)
    n = len(text)
    half_close = False  # a bracket pair is read one way: （…) is not made
    for k, ch in enumerate(text):
        if ch in "（）":
            if ch == "（":
                half_close = rng.random() < share
            if half_close:
                chars[k] = _OCR_PUNCT[ch]
            continue
        before = text[k - 1] if k else ""
        after = text[k + 1] if k + 1 < n else ""
        if ch == "。":
            if after.isdigit() or after in ".．" or rng.random() >= share:
                continue
            if before.isdigit() and not (after and re.match(f"[{_CJK_AROUND}]", after)):
                continue  # 第4。⏎2023年: a point at a line's end after a digit reads as cut
            if (_HAN_CHAR.match(before or " ") and _HAN_CHAR.match(after or " ")
                    and rng.random() < 0.1):
                chars[k] = rng.choice("oO")
            else:
                chars[k] = "."
        elif ch == "、":
            if rng.random() < share * 0.6:
                chars[k] = ","
        elif ch in _OCR_PUNCT and rng.random() < share:
            chars[k] = _OCR_PUNCT[ch]
    return "".join(chars)


def merged_paragraphs(text: str, seed: int) -> str:
    """(k) Paragraph breaks lost, as a web page copied without its ``<p>`` breaks or a PDF that
    gives each page as one line: runs of lines (the whole text between tables, in 40% of
    documents, as an HTML copy; otherwise a page of 25-35 lines) joined into one line, headings
    included. Lines of one paragraph (no blank line between, the first not ending a sentence:
    a hard wrap) join with nothing; paragraphs join with nothing or with one space (one choice
    per document). Table rows (cells apart by wide gaps, tabs or bars) keep their lines."""
    rng = random.Random(seed)
    whole = rng.random() < 0.4
    sep = rng.choice(("", " "))
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []  # pieces of the line being built
    size = 0
    limit = rng.randint(25, 35)
    blank = False
    for line in lines:
        if _TABLE_ROW.search(line.strip()) or (whole is False and size >= limit):
            if run:
                out.append("".join(run))
                run, size = [], 0
                limit = rng.randint(25, 35)
            if _TABLE_ROW.search(line.strip()):
                out.append(line)
                blank = False
                continue
        if not line.strip():
            blank = True
            continue
        if run:
            prev = run[-1].rstrip()
            wrapped = not blank and prev and prev[-1] not in "。！？；：”…!?;:"
            run.append("" if wrapped else sep)
        run.append(line.strip() if run else line)
        size += 1
        blank = False
    if run:
        out.append("".join(run))
    return "\n".join(out)


# (m) Han characters OCR reads for others of nearly the same shape, where a reader settles it
_CN_YEAR_DIGIT = "〇零一二三四五六七八九"


def han_confusions(text: str, seed: int) -> str:
    """(m) Han characters misread by OCR for one of nearly the same shape, where the context
    settles it, each in 40% of its places: 已 as 己 or 巳 (己经, 巳完成), 日 after a day's
    digits as 曰 (3月5曰), 末 after 年/月/季度/期 as 未 (年未, 季度未), 〇 inside a year in
    Chinese numerals as O, o or 0 (二O二四年), 千 of a unit as 干 (万干瓦, 干米, 3干亿元), 人
    after a figure as 入 (7万入, 1.6亿入次). Nothing numeric changes in what a reader reads."""
    rng = random.Random(seed)
    chars = list(text)

    def hit() -> bool:
        return rng.random() < 0.4

    for m in re.finditer("已", text):
        if hit():
            chars[m.start()] = rng.choice("己己巳")
    for m in re.finditer("(?<=[0-9０-９])日", text):
        if hit():
            chars[m.start()] = "曰"
    for m in re.finditer("(?:年|月|季度|期)(末)", text):
        if hit():
            chars[m.start(1)] = "未"
    for m in re.finditer(f"[{_CN_YEAR_DIGIT}]{{4}}年", text):
        for k in range(m.start(), m.end() - 1):
            if text[k] == "〇" and hit():
                chars[k] = rng.choice("OoO0")
    for m in re.finditer(r"千(?=瓦|米|克|伏)|(?<=[0-9万])千(?=[万亿元])", text):
        if hit():
            chars[m.start()] = "干"
    for m in re.finditer(r"(?<=[0-9])人|(?<=[0-9][万亿])人", text):
        if hit():
            chars[m.start()] = "入"
    return "".join(chars)


# (n) footnote marks of a PDF's text layer: a figure's unit, then the mark, then a mark of the
# sentence (增长8.6%¹，, 512.3亿元[2]。)
# after a term before its figure (城镇调查失业率¹为5.1%, 地区生产总值[2]增长5.8%)
_FOOTNOTED = re.compile(r"[0-9](?:%|‰|亿元|万元|万人|万吨|亿|万|个百分点|元|人|个|家|吨)"
                        r"(?=[，。；、])"
                        rf"|[{_HAN}](?=(?:增长|下降|为|达到|完成|比上年)[0-9])")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def footnote_marks(text: str, seed: int) -> str:
    """(n) Footnote marks run into the text, as a PDF's text layer gives its superscripts: after
    a figure's unit, before the clause or sentence mark, or after a term, before the verb and
    figure that follow it (城镇调查失业率¹为5.1%; 15-35% of such places, one share per document,
    at most twelve marks, numbered in order), one style per document: superscript digits
    (``增长8.6%¹，``), circled numbers (``亿元②。``), bracketed numbers (``万人[3]；``) or
    the digits set inline (``增长8.6%1，``: a text layer that drops the raise). Table rows
    keep their cells."""
    rng = random.Random(seed)
    style = rng.choice(("super", "circled", "bracket", "inline"))
    share = rng.uniform(0.15, 0.35)
    out: list[str] = []
    n = 0
    for line in text.split("\n"):
        if _TABLE_ROW.search(line.strip()):
            out.append(line)
            continue
        pieces, last = [], 0
        for m in _FOOTNOTED.finditer(line):
            if n >= 12 or rng.random() >= share:
                continue
            n += 1
            mark = {"super": "".join(_SUPERSCRIPTS[int(d)] for d in str(n)),
                    "circled": _CIRCLED[n - 1], "bracket": f"[{n}]", "inline": str(n)}[style]
            pieces += [line[last:m.end()], mark]
            last = m.end()
        pieces.append(line[last:])
        out.append("".join(pieces))
    return "\n".join(out)


def _display(ch: str) -> int:
    """Display width as pdftotext -layout aligns columns: Han, CJK punctuation, full-width
    forms 2, anything else 1."""
    return 2 if _HAN_CHAR.match(ch) or 0x2E80 <= ord(ch) <= 0x9FFF or 0xFF00 <= ord(ch) <= 0xFF60 \
        else 1


def _column_lines(line: str, width: int) -> list[str]:
    """A paragraph line hard-wrapped at a column ``width`` display units wide."""
    out: list[str] = []
    piece: list[str] = []
    used = 0
    for ch in line:
        w = _display(ch)
        if used + w > width and piece:
            out.append("".join(piece))
            piece, used = [], 0
        piece.append(ch)
        used += w
    out.append("".join(piece))
    return out


def two_columns(text: str, seed: int) -> str:
    """(i) A newspaper page as ``pdftotext -layout`` gives it: the text set in two columns
    side by side (each 17-24 Han characters wide, a gap of 3-6), every row holding a line of
    the left column and the line of the right column beside it, padded to the same display
    position (a Han character 2, a digit 1). The text's first line (its title) stays across
    the page above the columns, a column runs 20-35 lines, then the next pair begins below
    after a blank row; a
    table's rows (cells apart by wide gaps, tabs or bars) stand across the page between two
    pairs, as printed. Not in ``DAMAGES`` (tests/domain/test_damage.py keeps floors for those):
    ``LAYOUTS``, measured by benchmarks/bench_damage.py."""
    return _set_in_columns(text, seed, narrow_tables=False)


def tables_in_columns(text: str, seed: int) -> str:
    """(o) ``two_columns``, but a table narrow enough for a column (every row at most the
    column's width) stands inside the column, as a newspaper sets a small table: its rows
    beside the other column's body text (in the right column: body text, the gap, then the
    row; its cells aligned in columns two spaces apart, as pdftotext prints them), the table
    whole in one column (the column's rest left blank when it would not fit). The columns are
    as wide as ``two_columns`` draws them, or as the document's narrowest table when it is
    wider, up to WIDEST_COLUMN.
    Wider tables, and lines of gaps that are no table (fewer than MIN_TABLE_ROWS rows), stand
    across the page as in ``two_columns``."""
    return _set_in_columns(text, seed, narrow_tables=True)


def _aligned(table: list[str]) -> list[str]:
    """A table's rows as ``pdftotext -layout`` prints them: each column's cells padded to its
    widest, two spaces apart (a tab-separated copy's tabs become the gaps); [] for a Markdown
    table (bars), which no printed page holds."""
    if any(c in row for row in table for c in "|｜"):
        return []
    cells = [[c for c in _CELL_GAP.split(row.strip()) if c] for row in table]
    widths = [max(sum(map(_display, r[k])) for r in cells if k < len(r))
              for k in range(max(map(len, cells)))]
    return ["  ".join(c + " " * (widths[k] - sum(map(_display, c))) for k, c in enumerate(r))
            .rstrip() for r in cells]


def _tables(lines: list[str]) -> list[list[str]]:
    """The runs of table rows (cells apart by wide gaps, tabs or bars) of a text's lines."""
    runs: list[list[str]] = [[]]
    for line in lines:
        if _TABLE_ROW.search(line.strip()):
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _table_width(table: list[str]) -> float:
    """Display width of a table set in a column (``_aligned``); inf for none that may be."""
    rows = _aligned(table) if len(table) >= MIN_TABLE_ROWS else []
    return max((sum(map(_display, r)) for r in rows), default=float("inf"))


WIDEST_COLUMN = 56  # display units (28 Han characters): a column of a wide two-column page
_CELL_GAP = re.compile("[ \u3000]{2,}|\t")
MIN_TABLE_ROWS = 3  # a head and two rows: a line alone with wide gaps is no table (a web
# page's header line: 浙江省统计局  2025-11-18 15:00)


def _set_in_columns(text: str, seed: int, narrow_tables: bool) -> str:
    """The two-column page of ``two_columns``; ``narrow_tables``: tables that fit a column
    stand in it (``tables_in_columns``)."""
    rng = random.Random(seed)
    width = 2 * rng.randint(17, 24)
    gap = rng.randint(3, 6)
    height = rng.randint(20, 35)
    lines = text.split("\n")
    if narrow_tables:  # (a page set wide enough for its narrowest table, up to WIDEST_COLUMN)
        width = max(width, min((w for w in map(_table_width, _tables(lines))
                                if w <= WIDEST_COLUMN), default=width))
    head = 1 if lines and lines[0].strip() else 0
    out = lines[:head]
    column: list[str] = []

    def flush() -> None:
        while column:
            left, right = column[:height], column[height:2 * height]
            del column[:2 * height]
            for k in range(max(len(left), len(right))):
                a = left[k] if k < len(left) else ""
                b = right[k] if k < len(right) else ""
                if b:
                    a += " " * (width + gap - sum(map(_display, a)))
                out.append((a + b).rstrip())
            out.append("")  # the next pair of columns stands below, apart

    table: list[str] = []

    def place_table() -> None:
        if not table:
            return
        if narrow_tables and _table_width(table) <= width:
            rows = _aligned(table)
            if len(column) % height + len(rows) > height:  # (kept whole in one column)
                column.extend([""] * (height - len(column) % height))
            column.extend(rows)
        else:
            flush()
            out.extend(table)
        table.clear()

    for line in lines[head:]:
        if _TABLE_ROW.search(line.strip()):
            table.append(line)
            continue
        place_table()
        column.extend(_column_lines(line, width) if line.strip() else [""])
    place_table()
    flush()
    return "\n".join(out)


# Layouts: the page set differently, not its characters damaged (no floor in test_damage.py)
LAYOUTS: dict[str, Callable[[str, int], str]] = {
    "two_columns": two_columns,
    "tables_in_columns": tables_in_columns,
}

DAMAGES: dict[str, Callable[[str, int], str]] = {
    "hard_wraps": hard_wraps,
    "ocr_spacing": ocr_spacing,
    "full_width": full_width,
    "zero_width": zero_width,
    "page_furniture": page_furniture,
    "line_ends": line_ends,
    "ocr_confusions": ocr_confusions,
    "pasted_twice": pasted_twice,
    "ocr_punctuation": ocr_punctuation,
    "merged_paragraphs": merged_paragraphs,
    "han_confusions": han_confusions,
    "footnote_marks": footnote_marks,
}
