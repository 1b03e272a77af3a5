"""A coordinated list of names split into its items, the head its last item carries shared with
every item (第一、二、三产业增加值, 食品烟酒、居住价格). Apart because it reads a name already
found, not the clause's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.lexicon import metric_lexicon

# ordinal sectors listed with one 第 and one 产业 (第一、二、三产业, 第二、三产业)
_SECTOR = re.compile(r"第[一二三]产业")
_ORDINAL_SECTORS = re.compile(r"第([一二三])((?:、第?[一二三]){1,2})产业")


def _each_sector(m: re.Match[str]) -> str:
    return "、".join(f"第{n}产业" for n in m.group(1) + re.sub(r"[、第]", "", m.group(2)))


_LIST_SEPARATORS = (r"、|和|及|与|以及|，", r"、", r"、|和|与|，")


# 等 closing a list's examples before the class they are of (钢铁、化工等行业企业利润分别下降…):
# split into one name per item, each item is its class alone (钢铁行业企业利润)
_EXAMPLES_CLASS = re.compile(r"等(?=行业|领域|产业|地区|省份|城市|国家|企业|品种|产品|项目)")


def split_list(text: str, n: int | None = None, share_head: bool = True) -> list[str]:
    """Items of a coordinated noun list: 工业、服务业和农业 -> [工业, 服务业, 农业].

    With ``n`` (the number of values the list goes with), ``及``/``和`` inside an item stay in it
    when splitting on them gives too many items (外商及港澳台商投资企业). The last item's head
    is shared: 第一产业、第二产业和第三产业投资 -> 第一产业投资, …;
    一、二、三产业增加值 -> 一产业增加值.
    """
    if (number := _ITEM_NUMBER.match(text)) is not None:
        text = text[number.end() :]  # 6.城镇、农村居民人均可支配收入: a numbered target's number
    if "第" in text and "、" in text:  # 第一、二、三产业: 第一产业、第二产业、第三产业
        text = _ORDINAL_SECTORS.sub(_each_sector, text)
    tier = _CITY_TIER.match(text) if "线城市" in text else None
    if tier is not None:
        # 三线城市新建商品住宅和二手住宅销售价格: the tier of cities is every item's scope
        return [tier.group() + i for i in split_list(text[tier.end() :], n, share_head)]
    items: list[str] = []
    for seps in _LIST_SEPARATORS:
        items = [p for p in re.split(seps, text) if p]
        if n is None or len(items) == n:
            break
    if len(items) < 2 or not share_head:
        return items
    return _with_shared_lead(_with_shared_head(items))


# a measure's per-head word before a list's first item that every item shares (人均衣着、生活用品
# 及服务消费支出: 人均生活用品及服务消费支出)
_SHARED_LEADS = ("人均",)


def _with_shared_lead(items: list[str]) -> list[str]:
    """The items after the first take its per-head word when none writes one of its own and all
    end in one measure (classes of it; not 人均GDP、地方一般公共预算收入: two measures)."""
    lead = next((w for w in _SHARED_LEADS if items[0].startswith(w)), None)
    if lead is None or len(items[0]) <= len(lead) + 1 or any(lead in i for i in items[1:]):
        return items
    if len(_common_suffix(items)) < 2:
        return items
    return [items[0], *(lead + i for i in items[1:])]


# a measure of an industry's output the last of a list of industries carries for them all
_INDUSTRY_MEASURES = ("增加值", "营业收入", "利润总额")


def _with_shared_head(items: list[str]) -> list[str]:
    """The last item's head shared by the items before it (split_list)."""
    items[-1] = _EXAMPLES_CLASS.sub("", items[-1], count=1)
    last = items[-1]
    if all(len(i) == 1 for i in items[:-1]) and len(last) > 3 and all(
            _HAN.fullmatch(i) for i in items):
        # 东、中、西部地区快递业务量比重, 中、小学: a one-character item stands for the last
        # item's first character (东部地区…, 中部地区…)
        return [i + last[1:] for i in items[:-1]] + [last]
    head = next((h for h in metric_lexicon().shared_heads
                 if last.endswith(h) and len(last) > len(h)), None)
    if head is not None and not any(i.endswith(head) for i in items[:-1]):
        return [i + head for i in items[:-1]] + [last]  # 食品烟酒、居住价格: 食品烟酒价格
    measure = next((m for m in _INDUSTRY_MEASURES if last.endswith(m)), None)
    if measure is not None and last[: -len(measure)].endswith("业") and all(
            i.endswith("业") for i in items[:-1]):
        # 战略性新兴产业、高技术制造业增加值: industries listed before one measure, each its own
        return [i + measure for i in items[:-1]] + [last]
    if (per_pupil := last.find(_PER_PUPIL)) > 0 and not any(_PER_PUPIL in i for i in items[:-1]):
        # 普通小学、初中生均教学仪器设备值: a per-pupil measure after each level of school
        return [i + last[per_pupil:] for i in items[:-1]] + [last]
    share = _SHARE_TAIL.search(last) if last.endswith(_SHARE_ENDS) else None
    if (share is not None and share.start() > 0 and "占" not in last[: share.start()]
            and not any(i.endswith(_SHARE_ENDS) for i in items[:-1])):
        # 基础研究、应用研究和试验发展经费所占比重: the measure and its share, for every item
        return [i + share.group() for i in items[:-1]] + [last]
    if not last.endswith("产业") and all(_SECTOR.fullmatch(i) for i in items[:-1]):
        # 第一、二、三产业和城乡居民生活用电量(占全社会用电量的比重): 第一产业用电量(占…), …
        core, of, base = last.partition("占") if "占" in last[1:] else (last, "", "")
        head = next((h for h in metric_lexicon().sector_heads if core.endswith(h)), None)
        if head is not None:
            return [i + head + of + base for i in items[:-1]] + [last]
    if (classed := _classes_listed(items)) is not None:
        return classed
    common = _common_suffix(items[:-1]) if len(items) > 2 else ""
    at = last.rfind(common) if common else -1
    if at > 0 and at + len(common) < len(last):
        tail = last[at + len(common) :]
        return [i if i.endswith(tail) else i + tail for i in items[:-1]] + [last]
    bare = [i.rpartition(_OF)[2] or i for i in items[:-1]]  # (全年的基本及整体通胀率: the
    # modifier before the first item's 的 is no part of its length)
    if all(len(i) <= 2 for i in bare) and len(last) > 3:
        tail = _after_joined_item(last[_first_word_end(last, len(bare[0])) :])
        end = len(items[-2]) + 1  # (the last item's word after its own, 光伏|发电)
        if end + 1 < len(last) and last[end] == items[-2][-1]:
            tail = last[end + 1 :]  # 风电、光伏发电装机: after the word that ends like 风电, 装机
        items = [i + tail for i in items[:-1]] + [last]
    else:
        # 高技术制造业、装备制造业增加值: the word the item before the last ends with (制造业) ends
        # the last item's name too; what follows it there (增加值) is the shared head (医院、基层
        # 医疗卫生机构、专业公共卫生机构床位: 床位 for every item)
        first = items[-2]
        for n in range(min(len(first), len(last)) - 1, 1, -1):
            at = last.rfind(first[-n:])
            if at > 0 and at + n < len(last):
                tail = last[at + n :]
                # (货物贸易、服务贸易及其他经常项目: after 贸易 a joined item, no shared head)
                if not tail.startswith(_ITEM_JOINTS) and not any(
                        i.endswith(tail) for i in items[:-1]):
                    items = [i + tail for i in items[:-1]] + [last]
                break
    return items


_OF = "的"


# the word that ends each item of a list of classes (物理类、历史类, 甲型、乙型, 一级、二级)
_CLASS_ENDS = frozenset("类型级")


def _classes_listed(items: list[str]) -> list[str] | None:
    """Two classes of one measure (普通类本科批物理类、历史类录取控制分数线): the measure after the
    second class, and what the first class has before it (its batch, 普通类本科批), are both
    items'; None when the items are not two classes ending alike (longer lists: their common
    ending, below; 乐透数字型、竞猜型、即开型…: 乐透 is the first class's own word)."""
    first, last = items[0], items[-1]
    size = last.find(first[-1]) + 1
    if len(items) != 2 or first[-1] not in _CLASS_ENDS or size < 2 or len(last) <= size or (
            len(first) < size):
        return None
    tail, lead = last[size:], first[: len(first) - size]
    if tail[0] in _LIST_STOPS or any(c in _LIST_STOPS for c in lead):
        return None  # (一类、二类及以上: the last item goes on; 家用电器和音像器材类: one item)
    return [first + tail, lead + last]


_LIST_STOPS = frozenset("及和与或等的以")
_PER_PUPIL = "生均"
_HAN = re.compile(r"[\u4e00-\u9fff].*")
# a list item's number opening a plan's target (6.城镇、…; not a decimal, a CJK word follows)
_ITEM_NUMBER = re.compile(r"\d{1,2}[.．](?=[\u4e00-\u9fff])")
_CITY_TIER = re.compile(r"[一二三四]线城市(?=[\u4e00-\u9fff]{2})")


# a list's last item naming a measure and its share (…试验发展经费所占比重, …投资占比): both are
# every item's
_SHARE_ENDS = ("所占比重", "所占比例", "比重", "占比")
_SHARE_TAIL = re.compile(r"(?:经费|投资|收入|支出|增加值|产值|人数|人口|用电量|贷款|存款|资金|面积|"
                         r"产量|销售额|营业收入)(?:所占比重|所占比例|比重|占比)$")


_ITEM_JOINTS = ("及", "和", "与", "/", "／")  # (国际/港澳台: a slash joins two words too)


def _after_joined_item(tail: str) -> str:
    """The shared head after a last item that joins two words (同城、异地、国际及港澳台快递业务量:
    after 国际, ``及港澳台快递业务量`` still holds 港澳台; the head is 快递业务量)."""
    if not tail.startswith(_ITEM_JOINTS) or len(tail) < 3:
        return tail
    from pipelines.domain.segmentation import default_segmenter  # (only for such a list)

    words = default_segmenter().cut(tail[1:])
    return tail[1 + len(words[0]) :] if len(words) > 1 else tail


def _first_word_end(last: str, guess: int) -> int:
    """Where the last item's own word ends: as long as the items before it (出口、进口总额), unless
    that cuts a word (泰国及菲律宾旅客: 宾 alone after 菲律), then where the segmenter ends it."""
    from pipelines.domain.segmentation import default_segmenter  # (only for such a list)

    seg = default_segmenter()
    tail = seg.cut(last[guess:])
    if not tail or len(tail[0]) > 1 or len(tail) < 2:
        return guess  # (西部地区…: 地区 a word of its own, the head the items share)
    words = seg.cut(last)
    first = len(words[0]) if words else guess
    return first if guess < first < len(last) else guess


def _common_suffix(words: Sequence[str]) -> str:
    n = 0
    shortest = min(len(w) for w in words)
    while n < shortest and len({w[len(w) - n - 1] for w in words}) == 1:
        n += 1
    return words[0][len(words[0]) - n :] if n else ""
