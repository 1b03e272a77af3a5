"""What a text table's cell is named and measured by: its row, its column's head (a measure, a
version of a figure, a change, a share, a rank), the table's title (its measure, its unit, the
rows' kind after 按) and the sentence referring to the table. Apart from finding the rows
(tables.py): these read words, not the layout."""

from __future__ import annotations

import re
from dataclasses import replace

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.place_names import is_place
from pipelines.domain.metrics.table_cells import (
    _INVISIBLE,
    ANY_BRACKET,
    BRACKET_UNIT,
    LINE_END,
    TableCell,
    _measure,
    currency_first,
    unit_of,
)
from pipelines.domain.metrics.table_heads import (
    DATED_HEAD,
    GROWTH_HEADS,
    INDICATOR_HEADS,
    SHARE_HEADS,
    TABLE_UNIT,
    _dated,
)
from pipelines.domain.numbers import parse_numeral
from pipelines.domain.periods import find_periods
from pipelines.domain.units import NormalizedUnit, normalize_unit

# a title naming a measure and then only that it overviews it (外銷訂單概況, 进出口情况)
_OVERVIEW_ENDS = re.compile("(?:概況|概况|情況|情况|統計|统计|一覽|一览)$")
# a column head's period (114年10月, 1-10月, 累計) before the version of the figure it holds (金額)
_HEAD_PERIOD = re.compile(
    r"^(?:\d{2,4}年)?(?:\d{1,2}(?:[-—~至]\d{1,2})?月(?:份)?)?(?:累計|累计|本月|当月|當月)?")
_TEXT_NAME_GAP = 4  # Han characters the text writes after a row's name before its figure, at most
_TEXT_NAME_LEAD = 3  # Han characters the text writes before a row's name in its clause, at most
_LEAD_SEEN = 16  # characters before a row's name searched for its clause's opening
_CLAUSE_OPEN = re.compile(r"(?:^|[，。；、：,;:\n\s]|\d+月(?:份)?|\d+年)([\u4e00-\u9fff]*)$")


def named_as_text(cells: list[TableCell], before: str, title: str, heads: list[str]
                   ) -> list[TableCell]:
    """The cells of a table itemising what its title names (表1　外銷訂單概況 over 項目  金額 …)
    named as the text above names the same figures: a release's table restates its text's
    figures, which write each item with its measure (資訊通信產品接單265.8億美元, 來自美國接單
    238.6億美元 over the rows 資訊通信產品  265.8, 美國  238.6). A row whose figure the text
    writes so takes the text's name; a row it does not (光學器材 of a 分別 list) the form of the
    row above (the same group's words around its item); the total row (總計) the title's measure
    and the version its column names (外銷訂單 + 金額)."""
    measure = _overview_measure(title)
    firsts: dict[str, TableCell] = {}
    for cell in cells:
        firsts.setdefault(cell.name, cell)
    forms: dict[str, tuple[str, str]] = {}
    form: tuple[str, str] | None = None
    for name, cell in firsts.items():
        if name in TOTAL_ROWS:
            continue
        found = _text_form(before, name, cell.quote)
        if found == ("", ""):  # (the text names the figure by the row's name and a verb)
            form = None
            continue
        form = found or form
        if form is not None:
            forms[name] = form
    if not forms and not measure:
        return cells
    out = []
    for cell in cells:
        if cell.name in forms:
            lead, tail = forms[cell.name]
            cell = replace(cell, name=lead + cell.name + tail)
        elif cell.name in TOTAL_ROWS and measure:
            cell = replace(cell, name=measure + _version(cell, heads))
        out.append(cell)
    return out


def _overview_measure(title: str) -> str:
    """What a title overviews (外銷訂單 of 表1　外銷訂單概況), "" if it names no such thing."""
    for line in reversed(LINE_END.split(title.translate(_INVISIBLE))):
        line = line.strip(" \u3000")
        if not line or TABLE_UNIT.search(line):
            continue
        last = re.split("[ \u3000：:]", line)[-1]
        found = _OVERVIEW_ENDS.search(last)
        return last[: found.start()] if found and found.start() >= 2 else ""
    return ""


def _version(cell: TableCell, heads: list[str]) -> str:
    """The version of a figure a column's head names after its period (金額 of 114年10月金額);
    a growth column's that of the nearest column before it naming one."""
    k = heads.index(cell.column) if cell.column in heads else -1
    for head in ([cell.column] if not cell.growth else heads[k - 1 :: -1] if k > 0 else []):
        word = _measure(head)[_HEAD_PERIOD.match(_measure(head)).end() :]
        if word and not any(w in word for w in GROWTH_HEADS):
            return word
    return ""


_PART_GAP = 8  # characters of the measure the text writes after such a part, at most


def part_as_text(before: str, name: str, figure: str) -> str:
    """A 其中 row named by a qualifier alone (其中：外贸 under 港口货物吞吐量) as the text above
    names the same figure (其中外贸货物吞吐量6527万吨: 外贸货物吞吐量); ``name`` if it writes
    it so nowhere, or only after a verb."""
    found = _text_form(before, name, figure, _PART_GAP)
    return name + found[1] if found else name


def _text_form(before: str, name: str, figure: str, most: int = _TEXT_NAME_GAP
               ) -> tuple[str, str] | None:
    """The words the text writes around a row's item right before the row's figure (來自 +
    美國 + 接單 of 10月來自美國接單238.6億美元), or None if it writes the figure so nowhere;
    ("", "") when the words after the item end with a verb (完成, 为): the item is the name."""
    at = before.find(name)
    while at >= 0:
        end = at + len(name)
        gap = 0
        while gap <= most and "\u4e00" <= before[end + gap : end + gap + 1] <= "\u9fff":
            gap += 1
        if before.startswith(figure, end + gap) and not before[end + gap + len(figure) :][
                :1].isdigit() and 0 < gap <= most:
            if before[end : end + gap].endswith(metric_lexicon().link_words):
                return "", ""  # 税收收入完成528.7, 黄金为2958.60: a verb, no measure
            lead = _CLAUSE_OPEN.search(before[max(0, at - _LEAD_SEEN) : at])
            head = lead.group(1) if lead is not None else ""
            return (head if len(head) <= _TEXT_NAME_LEAD else "", before[end : end + gap])
        at = before.find(name, at + 1)
    return None


# a column of the change between two year columns in the row's own unit (2024年  2023年  增减量):
# no rate of change (that is a growth column's, 增长（%）)
_DIFFERENCE_ENDS = ("增减量", "增减额", "增减", "增減量", "增減額", "增減", "增加量", "增加额",
                    "增加額", "变化", "變化", "变动", "變動",  # (落实率较上届变化（百分点）;
                    "增减金额", "增減金額")
# 较上月末变动, 按月變動 after a month's and the month before's stocks; 增減金額 after a budget
# table's 114年度預算數  115年度預算數: the newer year's change)


# a column of each row's figure as a % of its plan (为调整预算%, 完成预算（%）): a share of the
# figure, named by it, as the text's 为调整预算的101.6% (tests/gold/README.md, session 20)
_COMPLETION_HEAD = re.compile("[ \u3000]*(?:为|為|完成|占|佔)(?:调整|調整|年初|年度|全年|年)?"
                              "(?:预算|預算|计划|計劃|目标|目標)")


def completion_head(head: str) -> bool:
    return _COMPLETION_HEAD.match(head) is not None


# a column of each row's completion rate beside its goal and its result (项目  年度目标  完成情况
# 完成率（%）): a share, named by the row + 完成率, as the text's 新增学位完成率
_COMPLETION_RATES = ("完成率", "完成比例")


def completion_rate_head(head: str) -> str | None:
    """The head's measure when it names a completion rate (完成率（%） → 完成率), else None."""
    return measure if (measure := _measure(head)) in _COMPLETION_RATES else None


def difference_head(head: str) -> bool:
    """A column head naming the change between the year columns before it, in the row's unit
    (增减量, 比上年增减), not in % (比上年增减（%）: a growth column)."""
    measure = _measure(head)
    return "%" not in head and "％" not in head and (measure.endswith(_DIFFERENCE_ENDS) or (
        _DIFFERENCE_ON.fullmatch(measure) is not None))


# a change on a base the head names, in the row's unit (比年初增加（亿元）, 较上年末减少, 比上年
# 增加): the amount the level moved, no level of its own
_DIFFERENCE_ON = re.compile(
    "(?:比|较|較)(?:年初|上年末|上年底|去年底|上月末|上季末|上年|去年|上年同期)(?:增加|减少|減少)")


# a column of index levels (指数: 101.95 against a base of 100)
_INDEX_HEADS = ("指数", "指數")


def priced_in(row_unit: NormalizedUnit, head: str) -> bool:
    """A row's note of a currency alone (進口物價（新臺幣）: the prices the index is worked out
    in, no amount) over a cell of an index column: the level has no unit."""
    return (row_unit.category == "currency" and row_unit.multiplier == 1.0
            and _measure(head) in _INDEX_HEADS)


# a change cell whose direction is a word before its number (减少0.32个百分点, 增加0.11个百分点: a
# company report's change of a rate), the word no part of the quote
_CHANGE_WORD = re.compile("^(增加|提高|上升|增长|减少|下降|降低|減少)(?=[-−]?\\d)")
_DOWN_WORDS = ("减少", "下降", "降低", "減少")


def change_word(offset: int, text: str, half: str) -> tuple[float, int, str, str]:
    """A cell's sign, offset, text and number text without the change word before its number
    (减少0.32个百分点: -1, the offset past 减少, 0.32个百分点); unchanged (sign 1) if none."""
    found = _CHANGE_WORD.match(half)
    if found is None or not text.startswith(found.group()):
        return 1.0, offset, text, half
    cut = found.end()
    sign = -1.0 if found.group() in _DOWN_WORDS else 1.0
    return sign, offset + cut, text[cut:], half[cut:]


def _title_unit(title: str, head: str) -> tuple[str | None, str | None]:
    """The unit of every cell written in the title or the head line (（单位：亿元）; a title's
    closing bracket writing % among its words: …變動率（按年，%）) and the currency written
    before it (（單位：新臺幣億元）: 億元 in 新台币), if any."""
    found = TABLE_UNIT.search(title) or TABLE_UNIT.search(head)
    if found is None:
        if _title_percent(title):
            return "%", None
        return _title_bracket_unit(title), None
    written = found.group(1)
    if normalize_unit(written).category is not None:
        return written, None
    return currency_first(written) or (None, None)


# a title's closing bracket and the words it holds (（按年，%）: year on year, in %)
_TITLE_BRACKET = re.compile(r"[（(]([^（）()]{1,12})[）)][ \u3000]*$")
_BRACKET_WORDS = re.compile("[，,、；; ]")
# a title naming rates of change (…實質變動率, 增长率, 增速; 按年 / 同比 in its bracket)
_TITLE_CHANGE = ("变动率", "變動率", "增长率", "增長率", "增速", "增幅", "按年", "同比")


# a bare multiplier closing a title in brackets (…每日平均乘客人次（千）: the cells in thousands
# of what the title counts)
_BARE_MULTIPLIERS = frozenset({"千", "万", "萬", "百万", "百萬", "十万", "十萬", "亿", "億"})


def _title_bracket_unit(title: str) -> str | None:
    """The unit the title's last line closes with in brackets and nothing else (（千）, （万人次）,
    （億元）), if any: every cell's unit."""
    found = _TITLE_BRACKET.search(_last_line(title))
    written = found.group(1).strip(" \u3000") if found is not None else ""
    if not written or any(c.isdigit() for c in written):
        return None
    if written in _BARE_MULTIPLIERS:
        return written
    unit = normalize_unit(written)
    return written if unit.category not in (None, "percent") and len(written) <= 4 else None


def _title_percent(title: str) -> bool:
    """The title's last line closes with a bracket writing % among its words (（按年，%）)."""
    found = _TITLE_BRACKET.search(_last_line(title))
    return found is not None and any(
        w in ("%", "％") for w in _BRACKET_WORDS.split(found.group(1)))


def title_changes(title: str) -> bool:
    """The title's last line names rates of change in % (…實質變動率（按年，%））: its table's
    cells are growth rates."""
    return _title_percent(title) and any(w in _last_line(title) for w in _TITLE_CHANGE)


def _last_line(title: str) -> str:
    lines = [line for line in LINE_END.split(title) if line.strip(" \u3000")]
    return lines[-1].strip(" \u3000") if lines else ""


def column_name(heads: list[str], growth: list[bool], k: int, name_col: int = 0,
                 bare_shares: bool = False, titled: str = "") -> str:
    """What a place or thing table's column ``k`` measures: its head without its unit in
    brackets (R&D经费（亿元） → R&D经费); a growth column's, the nearest column before it that
    is none (after the names' column ``name_col``); with ``bare_shares``, a share column that
    names no measure (占比（%）) too, a 比重 column then the measure's 比重 (出口比重: table_rows
    adds 占比 to the others); a head naming only a version of a figure (金額（億美元）) measures
    what the title names (``titled``: 出口 of 主要出口市場), if it names one; a growth column
    whose head names one of the measures before it (进出口同比（%） after 进出口  出口  进口) is
    that measure's."""
    if growth[k] and (named := _growth_of(heads[k])) and named in {
            _measure(h) for h in heads[name_col + 1 : k]}:
        return named
    j = k
    of_before = _share_of_before(heads[k])
    while j > name_col + 1 and (growth[j] or (bare_shares and _bare_share(heads[j]))
                                or (of_before and _share_of_before(heads[j]))):
        j -= 1
    measure = _measure(heads[j])
    rest = _FIGURE_WORDS.sub("", measure)
    if titled and not rest:
        measure = titled
    elif titled and len(rest) < 2:  # 貨值 under 按主要目的地劃分的整體出口: 整體出口貨值
        measure = titled + measure
    if j < k and not growth[k] and _measure(heads[k]) == "比重":
        measure += "比重"
    elif of_before:
        measure = (measure if j < k else "") + _measure(heads[k])
    return measure


# a growth head's words after the measure it names (进出口同比（%）, 出口增速, 进口比上年增长)
_GROWTH_TAIL = re.compile(
    "(?:同比|环比|比上年同期|比上年|较上年|较上届|比上届|較上屆)?"
    "(?:增长|增速|增幅|增減|增减|增長|变化|變化)?(?:率)?$")


def _growth_of(head: str) -> str:
    """The measure a growth column's head names before its growth words (进出口 of
    进出口同比（%）); "" when it names none (同比增长（%）)."""
    measure = _measure(head).replace("%", "").replace("％", "")
    tail = _GROWTH_TAIL.search(measure)
    return measure[: tail.start()] if tail is not None and tail.start() < len(measure) else ""


def part_column(name: str, whole: str, raw: str) -> str:
    """A column naming a part of the column before it (其中直流 after 公共充电设施) measures
    that part of the same measure: the part put before the words of the measure the text
    writes it with (直流充电设施 → 公共直流充电设施), else before the whole measure."""
    part = _PART_COLUMN.sub("", name)
    if part == name or not part or not whole:
        return name
    for cut in range(len(whole) - 1):  # the longest of the measure's ends the text writes
        if part + whole[cut:] in raw:
            return whole[:cut] + part + whole[cut:]
    return part + whole


# a column head naming a part of the column before it (其中直流, 其中：农村)
_PART_COLUMN = re.compile("^(?:其中[：:]?|内含|內含)")


def _share_of_before(head: str) -> bool:
    """A share column's head saying only of which whole (占全省比重（%）, 占GDP比重): the share
    is of the measure of the column before it (快递业务量占全省比重)."""
    measure = _measure(head)
    return measure.startswith(("占", "佔")) and any(w in measure for w in SHARE_HEADS)


def rate_head(head: str) -> bool:
    """A column head naming a rate per so many (发病率（/10万）, 出生率（‰）): its unit in
    brackets is a per-base one, not a plain % (a change's or a share's)."""
    bracket = BRACKET_UNIT.search(head)
    if bracket is None:
        return False
    unit = unit_of(bracket.group(1))
    return unit.category == "percent" and unit.base not in ("%", "％") and len(_measure(head)) >= 2


def _bare_share(head: str) -> bool:
    """A share column's head naming no measure of its own (占比（%）, 比重(%))."""
    return _measure(head) in SHARE_HEADS


_INDICATOR_ENDS = ("指标", "指標", "指标名称", "指標名稱")  # 主要经济指标, 统计指标
# what a column head may say besides its measure: a version of the figure (预算数, 执行数), a
# period's part (本月, 累计) or the figure itself (绝对值, 金额); a head that is nothing else names
# no measure (项目  预算数（亿元）  执行数（亿元）: the rows are the indicators)
_FIGURE_WORDS = re.compile(
    "预算|預算|执行|執行|决算|決算|完成|目标|目標|计划|計劃|計畫|预计|預計|预期|預期|预测|預測"
    "|实绩|實績|实际|實際|累计|累計|本月|当月|當月|本期|本年|上年|同期|金额|金額|数额|數額|数量"
    "|數量|数值|數值|绝对|絕對|总量|總量|合计|合計|总计|總計|基期|基数|基數|[数數值额額]")




def names_things(heads: list[str], name_col: int, rank_cols: set[int], titled: str = "",
                  unit_given: bool = False) -> bool:
    """A table whose rows are things (ports, firms, industries) and whose columns are measures
    with their units (港口  货物吞吐量（万吨）  同比增长（%）  集装箱吞吐量（万标箱）…): the first
    column's head names no indicators, and every column that is neither a change nor a share
    nor a rank names a measure (not a period, not only a version of a figure unless the title
    names the measure: ``titled``) in a unit (in its head, or in the title's 单位： when the
    title names the measure: ``unit_given``)."""
    first = re.sub(r"[ \u3000]", "", heads[name_col])  # (项 目, spaced out to fill its cell)
    levels = [h for k, h in enumerate(heads) if k > name_col and k not in rank_cols
              and not any(w in h for w in (*GROWTH_HEADS, *SHARE_HEADS))
              and not _measure(h).endswith(_TEXT_HEADS)]
    if first in INDICATOR_HEADS or first.endswith(_INDICATOR_ENDS):
        # 指标  营业收入（亿元）  比上年同期增长（%）  利润总额（亿元） …: columns that name two
        # measures or more with their units leave the rows none to name (分经济类型: the rows
        # are kinds of firms); a column of a version or a period (绝对数（亿元）, 本月（亿元）)
        # leaves the rows the indicators
        return len(levels) >= 2 and all(_measure_in_unit(h) for h in levels) and len(
            {_measure(h) for h in levels}) == len(levels)
    return bool(levels) and all(_measure_in_unit(h, bool(titled), unit_given) for h in levels)


# a column of words, not figures, beside the measures of a thing table (股东名称  股东性质
# 持股数量（股）  持股比例(%): a holder's kind; 企业类型, 所属行业 …)
# 河名, 流域: the river or basin a station is on (站名  河名  水位（米） …)
_TEXT_HEADS = ("性质", "类型", "类别", "所属行业", "所在地", "地址", "备注", "說明", "说明", "類型",
               "類別", "名称", "河名", "河流", "流域", "水系", "适用地区", "适用范围")


def _measure_in_unit(head: str, titled: bool = False, unit_given: bool = False) -> bool:
    """A column head naming a measure and its unit (集装箱吞吐量（万标箱）), not a period
    (1-10月（亿元）) nor only a version of a figure (预算数（亿元）, 金额（万元）) unless the title
    names the measure (``titled``: 金額（億美元） under 主要出口市場; 金額 alone when the title
    gives the unit too: ``unit_given``, 單位：億美元)."""
    bracket = BRACKET_UNIT.search(head)
    if bracket is None:
        if score_column(head):
            return True  # 综合得分: a measure counted in points, no unit written
        return titled and unit_given and not _FIGURE_WORDS.sub("", _measure(head))
    if unit_of(bracket.group(1)).category in (None, "percent"):
        return False
    measure = _measure(head)
    rest = _FIGURE_WORDS.sub("", measure)
    return (len(rest) >= 2 or (titled and len(rest) < 2)) and not _dated(measure)



# the head of a column of things' names whose rows are bodies or items (股东名称, 项目名称): a
# measure beside it with no unit of its own is counted in the unit the table's 单位： line gives
_THING_NAMES_END = "名称"


def measures_in_title_unit(heads: list[str], name_col: int, unit: str | None) -> list[str]:
    """The heads of a thing table under a 单位： line (单位：股 over 股东名称  股东性质  持股比例(%)
    持股数量  持有有限售条件的股份数量): each column naming a measure of its own (not a version of
    a figure, a period, a change, a share or words) takes the line's unit in brackets (持股数量
    （股）), as if its head wrote it; the heads unchanged where the first column names no things or
    no count unit is given."""
    if unit is None or not heads[name_col].endswith(_THING_NAMES_END) or unit_of(
            unit).category in (None, "percent", "currency"):
        return heads
    out = list(heads)
    for k in range(name_col + 1, len(heads)):
        head = heads[k]
        if BRACKET_UNIT.search(head) or any(w in head for w in (*GROWTH_HEADS, *SHARE_HEADS)) or (
                _measure(head).endswith(_TEXT_HEADS)):
            continue
        measure = _measure(head)
        if len(_FIGURE_WORDS.sub("", measure)) >= 2 and not _dated(measure):
            out[k] = f"{head}（{unit}）"
    return out

# a column of scores (综合得分, 技术评分): a measure of its own with no unit in its head, its
# cells in points (分)
_SCORE_ENDS = ("得分", "评分", "評分", "分数", "分數", "分数线", "分數線", "控制线", "控制線",
               "投档线", "投檔線", "录取线", "錄取線")


# the head of a column of things' names (产品名称  单位  产量  比上年增长（%）): the rows are
# products, not indicators
_THING_NAME_HEADS = ("产品名称", "產品名稱", "产品", "產品", "品名", "商品名称", "商品名稱")


def unit_column_measure(heads: list[str], name_col: int, unit_col: int | None,
                        changed: list[bool], share: list[bool]) -> str:
    """The one measure a table of products with a 单位 column gives them (产量 of 产品名称  单位
    产量  比上年增长（%）): each row's figure is its product's 产量 (汽车产量), its growth too;
    "" for any other table (指标  单位  绝对数: the rows are the indicators)."""
    if unit_col is None or re.sub(r"[ \u3000]", "", heads[name_col]) not in _THING_NAME_HEADS:
        return ""
    levels = [k for k in range(name_col + 1, len(heads))
              if k != unit_col and not changed[k] and not share[k]]
    if len(levels) != 1:
        return ""
    measure = _measure(heads[levels[0]])
    rest = _FIGURE_WORDS.sub("", measure)
    return measure if len(rest) >= 2 and not _dated(measure) else ""


def score_column(head: str) -> bool:
    return _measure(head).endswith(_SCORE_ENDS)


# a title's words before its measure (主要出口市場: the main markets of the exports), and the
# measure: a short word of Han characters
_TITLE_FILLERS = ("主要", "重点", "重點", "各")
_TITLE_MEASURE = re.compile("[\u4e00-\u9fff]{2,4}")


def title_measure(title: str, kind: str) -> str:
    """The measure a table's title names before its rows' kind (the first column's head: 市場
    of 114年1-10月主要出口市場 → 出口), after any label (表：) and period; "" if none."""
    kind = _measure(kind)
    if len(kind) < 2:
        return ""
    # (a line 單位：億美元 under it, a unit after it; an invisible character inside a word:
    # 出口\u200b市場)
    for line in reversed(LINE_END.split(title.translate(_INVISIBLE))):
        line = ANY_BRACKET.sub("", line.strip()).strip()
        if line.endswith(kind):
            break
    else:
        return ""
    before = line[: -len(kind)]
    before = before[max(before.rfind("："), before.rfind(":")) + 1 :]
    spans = find_periods(before, None)
    if spans:
        before = before[spans[-1].end :]
    before = before.strip()
    for word in _TITLE_FILLERS:
        before = before.removeprefix(word)
    return before if _TITLE_MEASURE.fullmatch(before) else ""


# a title naming its measure and, after 按, the rows' kind (入境旅客按客源地統計; 按行业分的
# 工业增加值): statistics offices title their breakdowns so
_BY_TITLE = re.compile("(?:(?P<before>.{2,20}?)按(?P<kind>[^按]{2,8}?)"
                       "(?:统计|統計|分组|分組|划分|劃分|分)?|按(?P<kind2>[^按]{2,8}?)[划劃]?分的?"
                       "(?P<after>[\u4e00-\u9fff]{2,10}))$")


def title_by(title: str, kind: str) -> str:
    """The measure a breakdown's title names (入境旅客 of 表一　入境旅客按客源地統計, 工业增加值
    of 按行业分的工业增加值) when the rows' kind it names after 按 is the first column's head
    (客源地); "" otherwise. Each row's figure is then that measure's (中國內地入境旅客), its
    total row (總數) the measure itself."""
    kind = _measure(kind)
    if "按" not in title and kind.endswith(_CLASS_HEADS) and len(kind) > 2:
        return _class_title(title)
    if "按" not in title or len(kind) < 2:
        return ""
    lines = [ln for ln in LINE_END.split(title) if ln.strip(" \u3000")]
    line = ANY_BRACKET.sub("", lines[-1]).strip(" \u3000") if lines else ""
    line = line.split("\u3000")[-1].split(" ")[-1]  # (表一　: the label)
    found = _BY_TITLE.search(line)
    if found is None:
        return ""
    named = found.group("kind") or found.group("kind2")
    if named != kind and _unfilled(named) != _unfilled(kind):
        return ""  # (按主要客源市場劃分 over the head 客源市場: the same rows)
    measure = found.group("after") or found.group("before")
    spans = find_periods(measure, None)
    if spans:
        measure = measure[spans[-1].end :]
    return measure if _BY_MEASURE.fullmatch(measure) else ""


_BY_MEASURE = re.compile("[\u4e00-\u9fff]{2,10}")

# a first column's head naming the classes its rows are (旅客類別, 企业类别, 年龄组别): under a
# title that is one measure (表一：旅客人均消費（澳門元）) each row is that measure's, of its class
_CLASS_HEADS = ("類別", "类别", "組別", "组别")


def _class_title(title: str) -> str:
    """The measure a table's title is, after its label and period and without its unit in
    brackets (旅客人均消費 of 表一：旅客人均消費（澳門元）); "" if the title is more than one."""
    lines = [ln for ln in LINE_END.split(title) if ln.strip(" \u3000")]
    if not lines:
        return ""
    line = ANY_BRACKET.sub("", lines[-1]).strip(" \u3000\t")
    line = _TABLE_LABEL.sub("", line).lstrip("：: \u3000")
    end = 0
    for span in find_periods(line, None):  # (2025年第3季旅客人均消費)
        if span.start > end:
            break
        end = span.end
    line = line[end:]
    return line if _BY_MEASURE.fullmatch(line) and not line.endswith(_NOT_THINGS) else ""


def _unfilled(kind: str) -> str:
    """The rows' kind without a title's filler before it (主要客源市場 → 客源市場)."""
    for word in _TITLE_FILLERS:
        kind = kind.removeprefix(word)
    return kind

# a table's label at its title's start (表1, 附表2, 表一, 圖3)
_TABLE_LABEL = re.compile("(?m)^[ \u3000]*(附?[表圖图][0-9一二三四五六七八九十]+)")
_REFERRING_BACK = 2000  # characters before a table searched for the sentence referring to it
_REFERS = "(?:詳如|詳見|详如|详见|如|見|见)"  # (主要貨品接單詳如表1)
_KIND_ENDS = ("别", "別")  # (貨品別, 地区别: the rows' kind)


def referred_measure(raw: str, start: int, title: str, kind: str) -> str:
    """The measure the text before a table names when it refers to the table by its label
    (主要貨品接單詳如表1 over 表1　…按主要貨品別 / 貨品別  金額（億美元）…: 接單): the words
    between the rows' kind and the reference; "" if none."""
    labels = _TABLE_LABEL.findall(title)  # (the nearest line to the head: a page's foot and
    # running head may stand above the title)
    kind = _measure(kind).removesuffix(_KIND_ENDS[0]).removesuffix(_KIND_ENDS[1])
    if not labels or len(kind) < 2:
        return ""
    found = re.search(re.escape(kind) + "([\u4e00-\u9fff]{2,4}?)" + _REFERS
                      + re.escape(labels[-1]) + "(?![0-9])",
                      raw[max(0, start - _REFERRING_BACK):start])
    return found.group(1) if found and _TITLE_MEASURE.fullmatch(found.group(1)) else ""


# an indicator table's first row naming the whole (全社会用电量, 全省规模以上工业增加值) over
# rows naming its parts by sector alone (第一产业, 高技术产业): each part's figure is the whole's
# measure, of that part
_WHOLE_PREFIXES = ("全社会", "全国", "全省", "全市", "全区", "全县", "全部")

TOTAL_ROWS = frozenset({"合计", "总计", "合計", "總計"})

# a title naming what its rows itemise (（二）非经常性损益项目和金额, 营业外收入明细): the word
# before 项目/明细/构成
_ITEMS_TITLE = re.compile("([\u4e00-\u9fff]{2,12}?)(?:项目|明细|构成|項目|明細|構成)")


def title_items(title: str) -> str:
    """What the rows of an indicator table itemise, as its title names it (非经常性损益 of
    （二）非经常性损益项目和金额): its total row (合计) is that total; "" if the title names
    nothing so."""
    for line in reversed(LINE_END.split(title)):
        if line.strip() and not TABLE_UNIT.search(line):
            found = _ITEMS_TITLE.search(line)
            return found.group(1) if found else ""
    return ""


# a title that is only what its rows add up to, perhaps after its label and period (2025年11月末
# 官方储备资产): not a table of statistics or a report on them
_THING_TITLE = re.compile("[\u4e00-\u9fff]{2,10}")
_NOT_THINGS = ("表", "情况", "情況", "指标", "指標", "数据", "數據", "统计", "統計", "概况",
               "概況", "一览", "一覽", "汇总", "彙總", "对比", "對比", "分布", "结构", "結構",
               "排名", "变动", "變動", "公告", "说明", "說明")


def title_thing(title: str) -> str:
    """What a table's title says its rows are parts of (官方储备资产 of 2025年11月末官方储备资产):
    the total row (合计) under it is that thing; "" if the title is not only such a name."""
    for line in reversed(LINE_END.split(title)):
        line = ANY_BRACKET.sub("", line).strip(" \u3000\t")
        if not line or TABLE_UNIT.search(line):
            continue
        line = _TABLE_LABEL.sub("", line).lstrip("：: \u3000")
        end = 0
        for span in find_periods(line, None):  # (2025年11月末, 2024年度, 2025年1-10月)
            if span.start > end:
                break
            end = span.end
        line = line[end:].removeprefix("度") if end else line
        for word in _WHOLE_PREFIXES:
            line = line.removeprefix(word)
        return line if _THING_TITLE.fullmatch(line) and not line.endswith(_NOT_THINGS) else ""
    return ""


def whole_measure(name: str) -> str:
    """The measure a first row names after the whole it is of (全社会用电量 → 用电量), "" if
    it names no whole."""
    for prefix in _WHOLE_PREFIXES:
        if name.startswith(prefix) and len(name) - len(prefix) >= 2:
            return name[len(prefix):]
    return ""


_INDEX = "指数"
# a title naming indices at its end (…PMI及构成指数（经季节调整）), perhaps before the line of its
# unit when a copy ran them together (…构成指数（经季节调整）单位：%)
_INDEX_TITLE = re.compile(
    "指数(?:[（(][^（）()\r\n]*[）)])?[ \u3000]*(?:[单單]位[：:][^\r\n]*)?\r?$", re.MULTILINE)
_HAN_WORD = re.compile("[\u4e00-\u9fff]{2,}")


def indices_named(names: list[str], title: str) -> list[str]:
    """A monthly table of indices (附表1 中国制造业PMI及构成指数: 月份  PMI  生产  新订单 …) heads
    its columns with the index's short name (生产): each is that 生产指数. Names in Latin letters
    (PMI) and those already ending with 指数 are kept."""
    unspaced = title.replace(" ", "")  # (中 国 制 造 业: letter-spaced)
    if _INDEX_TITLE.search(unspaced) is None:
        return names
    return [n + _INDEX if _HAN_WORD.fullmatch(n) and not n.endswith(_INDEX)
            else _qualified(n, unspaced) for n in names]


_LATIN_NAME = re.compile("[A-Z]{2,6}")  # (PMI, CPI, PPI)


def _qualified(name: str, title: str) -> str:
    """A Latin-letter index name (PMI) with the nouns the title writes right before it (中国
    制造业PMI: 制造业PMI; not the place or scope, 中国, 全国), or as it is."""
    if not _LATIN_NAME.fullmatch(name) or name not in title:
        return name
    from pipelines.domain.metrics.tagging import word_tags  # (the shared tagger, once loaded)

    tags = word_tags()(title[: title.index(name)])
    words = []
    for word, tag in reversed(tags):
        if not tag.startswith("n") or tag == "ns" or word in _WHOLE_PREFIXES:
            break
        words.append(word)
    return "".join(reversed(words)) + name


def cell_name(row: str, column: str, by_thing: bool) -> str:
    """A cell's name: in a thing table its row's thing and its column's measure (青岛港 +
    货物吞吐量), the measure alone on a total row (合计); in a place table its column's; else its
    row's."""
    if not by_thing:
        return column or row
    return column if row in WHOLE_ROWS else row + column


# the row of the whole in a table whose rows are places or things: the home's (or the total's)
WHOLE_ROWS = frozenset({"全省", "全市", "全区", "全县", "全州", "全盟", "全港", "全澳", "合计",
                        "总计", "全自治区", "全省合计", "全市合计", "總計", "合計"})

# what a table's title says its rank column ranks: the word before 排名 (评审得分排名前三的投标人)
_RANKED_BY = re.compile("([^\\W_]{2})(?:排名|名次|排位|排序)")
# or the words before its top N (2025年客运量前八位城市, 利润总额前10名企业): the measure ranked
_TOP_OF = re.compile("([^\\W\\d_]{2,6})前(?:[0-9]+|[一二三四五六七八九十]+)(?:位|名|强)?")


def ranked(heads: list[str], rank_cols: set[int], unit_col: int | None, name_col: int,
            k: int, title: str = "") -> int:
    """The column whose figures a rank column ``k`` ranks: the one whose head holds the word
    the title ranks by (…得分排名前三… over 排名  投标人  投标报价（元）  综合得分: 综合得分), else
    the first figure column after the names for a rank column before them (排名  城市
    PM2.5浓度…), else the nearest before it (城市  综合指数  排名); ``k`` itself for any other
    column."""
    if k not in rank_cols:
        return k
    figures = [j for j in range(name_col + 1, len(heads)) if j not in rank_cols and j != unit_col]
    by = _RANKED_BY.findall(title)
    named = [j for j in figures if by and by[-1] in _measure(heads[j])]
    if len(named) == 1:
        return named[0]
    for stem in _TOP_OF.findall(title):  # 2025年客运量前八位城市: the column headed 客运量
        for n in range(len(stem), 1, -1):
            exact = [j for j in figures if _measure(heads[j]) == stem[-n:]]
            if len(exact) == 1:
                return exact[0]
    before = [j for j in figures if j < k]
    if before:
        return before[-1]
    return figures[0] if figures else k


def cell_unit(text: str) -> NormalizedUnit | None:
    """The unit written after a cell's number (亿元, 万人, 元/人, 个百分点, 万), if it is one."""
    unit = normalize_unit(text)
    return unit if unit.category is not None or (unit.base is None and unit.multiplier != 1.0
                                                  ) else None


_START_HEADS = ("期初", "年初")


def newest(heads: list[str], dated_at: list[bool], k: int) -> str | None:
    """The dated column left of column ``k`` naming the latest year (the nearest of equals). A
    column writing no year (1-10月累計金額 after 114年10月金額) is in the year its table's other
    columns write: the nearest then wins (a running total's growth column is its own)."""
    years = [year for j in range(1, k) if dated_at[j]
             and (year := _head_year(heads[j])) is not None]
    best, latest = None, max(years, default=0)
    # (本报告期末  本报告期初  增减变动幅度（%）: the start a level is held against is the base)
    starts = {j for j in range(1, k) if dated_at[j] and heads[j].endswith(_START_HEADS)}
    best_key: tuple[int, int] = (-1, 0)
    for j in range(k - 1, 0, -1):
        if dated_at[j] and (j not in starts or len(starts) == sum(dated_at[1:k])):
            found = DATED_HEAD.search(heads[j])
            year = _head_year(heads[j]) or latest
            # (2025年11月末  2025年10月末  较上月末变动: of one year, the later month's change)
            months = _HEAD_MONTH.findall(heads[j], found.end() if found else 0)
            key = (year, int(months[-1]) if months else _head_month_in_words(heads[j]))
            if best is None or key > best_key:
                best, best_key = heads[j], key
    return best


# (the month a head's span ends in: 1-10月累計 and 1月至10月 tie 10月, the nearest then wins)
_HEAD_MONTH = re.compile(r"(\d{1,2})\s?月")
# a year and its month written in Chinese numerals, as Hong Kong's releases head their columns
# (二○二五年十月  二○二四年十月  按年變動（%）: the change is the later month's)
_HEAD_YEAR_IN_WORDS = re.compile(r"([〇○零一二三四五六七八九]{4})\s?年")
_HEAD_MONTH_IN_WORDS = re.compile(r"年\s?(十[一二]?|[一二三四五六七八九])\s?月")


def _head_year(head: str) -> int | None:
    """The year a column head writes, in digits (2025年, 114年) or in words (二○二五年)."""
    found = DATED_HEAD.search(head)
    if found is not None:
        return int(found.group().rstrip("年 "))
    words = _HEAD_YEAR_IN_WORDS.search(head)
    year = parse_numeral(words.group(1).replace("○", "〇")) if words is not None else None
    return int(year) if year else None


def _head_month_in_words(head: str) -> int:
    """The month a head writes in words after its year (二○二五年十月: 10), else 0."""
    found = _HEAD_MONTH_IN_WORDS.search(head)
    month = parse_numeral(found.group(1)) if found is not None else None
    return int(month) if month else 0


# a zone of the city written bare (经开区: the city's own development zone), a lot's place
_BARE_ZONE_PLACES = ("经开区", "高新区", "开发区", "新区", "自贸区", "综保区")
_PLACE_ENDS = frozenset("区县市镇乡旗州")


def leading_place(text: str) -> str | None:
    """The place a lot's location cell opens with (亭湖区青年路以南: 亭湖区; 经开区新都路北侧: the
    city's 经开区, written bare; 盐城市亭湖区…: the last of the places in a row, 亭湖区), None when
    it opens with none."""
    found, at = None, 0
    while True:
        end = next((e for e in range(at + 2, min(at + 8, len(text)) + 1)
                    if text[e - 1] in _PLACE_ENDS and (
                        is_place(text[at:e]) or text[at:e] in _BARE_ZONE_PLACES)), None)
        if end is None:
            return found
        found, at = text[at:end], end
