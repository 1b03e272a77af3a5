"""Names a figure takes from a label rather than from its own clause: a list item's label
before a colon (``服饰产业：实现产值156.3亿元`` -> 服饰产业产值; ``招标控制价：38652.47万元``),
an outline item that only names an entity (``1. 市属企业。`` then ``资产总额6120.8亿元，…``),
and the entity a sentence names with the first of its accounts' measures
(``国有金融企业资产总额…，负债总额…``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.rows import MetricRow

_MARK = r"(?:\d{1,2}(?:[.．]\d{1,2})*[.．、]?\s*|[（(][一二三四五六七八九十\d]{1,2}[)）]\s*" \
        r"|[一二三四五六七八九十]{1,2}、\s*|[-•·*]\s+)"
# a short label before a colon at the start of a sentence (after an outline mark)
_COLON_LABEL = re.compile(rf"\s*{_MARK}?([\u4e00-\u9fff（）()、]{{2,10}})[：:]")
# an outline item that is only a name: 1. 市属企业。 / （二）县属企业
_ITEM_LABEL = re.compile(rf"\s*{_MARK}([\u4e00-\u9fff（）()、]{{2,12}})[。：:]?\s*")
# labels that are no names: a speaker, a note, a time, a lead-in to a list
_NOT_LABEL = re.compile(r"其中|注|备注|来源|说明|[表指称说道问答]$|表示|介绍|强调|记者|主持人"
                        r"|发言人|[年月季日]|目标|任务|要求|情况|措施|举措|方面|重点|主要|包括|如下"
                        r"|分别|一是"
                        # (五、國際比較：同月美國CPI…, 六、展望：: a section's topic, no thing)
                        r"|比较$|对比$|展望$|概况$|回顾$"
                        # (按项目类别分：产业项目218个: how the figures are broken down)
                        r"|^(?:从|分|按)[\u4e00-\u9fff]{1,8}(?:来看|看|分)$"
                        # (贸工部：第三季经济…: a headline's source, an agency, names nothing)
                        r"|[部局委署厅办]$")
LABEL_NAME_MAX = 4  # a name this short after a label names an aspect of the label (产值)


def colon_label(text: str) -> tuple[str, int]:
    """The label before a colon that opens the sentence and where its clause starts, or ("", -1)."""
    m = _COLON_LABEL.match(text)
    if m is None or _NOT_LABEL.search(m.group(1)):
        return "", -1
    return m.group(1), m.end()


def item_label(text: str) -> str:
    """The name an outline item consisting of a name alone gives the sentence after it: an
    entity (市属企业, 县（市、区）属企业, 金融机构), not a statement (空气质量持续改善)."""
    m = _ITEM_LABEL.fullmatch(text)
    if m is None or _NOT_LABEL.search(m.group(1)):
        return ""
    return _entity(m.group(1))


def _entity(name: str) -> str:
    """The label when it names an entity (ends with an entity's head: 市属企业, 冷链物流项目)
    and is no task (做强特色产业, 加快项目建设: a work plan's item, opening with its verb)."""
    lex = metric_lexicon()
    if name.endswith(lex.entity_heads) and not name.startswith(lex.task_verbs):
        return name
    return ""


# an outline item that opens with a name and a comma (1.生物医药孵化器项目，总投资12.8亿元，…)
_ITEM_LEAD = re.compile(rf"\s*{_MARK}([\u4e00-\u9fff（）()]{{2,20}})[，,]")


def item_lead(text: str) -> str:
    """The entity an outline item names before its first comma, whose figures follow in the
    same item (1.冷链物流智慧枢纽项目，总投资46.5亿元，新增冷库库容30万吨: the project's), or ""."""
    m = _ITEM_LEAD.match(text)
    if m is None or _NOT_LABEL.search(m.group(1)):
        return ""
    return _entity(m.group(1))


def with_item_label(rows: Sequence[MetricRow], label: str) -> list[MetricRow]:
    """The figures of the sentence after an outline item that names an entity are its own."""
    return [r._replace(indicator=label + r.indicator)
            if r.indicator and label not in r.indicator else r for r in rows]


_EVERY_KIND = ("各种", "各类", "所有")
_ENTITY_COUNTS = frozenset(("家", "户"))  # units of firms counted


def entity_shared(rows: Sequence[MetricRow]) -> list[MetricRow]:
    """国有金融企业资产总额2310.5亿元，负债总额2018.7亿元: a bare measure of an entity's accounts
    after the entity named with such a measure is that entity's."""
    measures = metric_lexicon().entity_measures
    entity = ""
    out: list[MetricRow] = []
    for r in rows:
        name = r.indicator or ""
        if name in measures:
            if entity:
                r = r._replace(indicator=entity + name)
        elif name.endswith(measures):  # (one C-level test: most names end with none)
            found = next((m for m in measures if name.endswith(m) and len(name) > len(m) + 1),
                         None)
            if found is not None:
                # (各种自然灾害共造成…受灾: every kind together, no one entity's figures)
                entity = "" if name.startswith(_EVERY_KIND) else name[: -len(found)]
        elif r.unit in _ENTITY_COUNTS and name.endswith(metric_lexicon().entity_heads):
            entity = name  # 中央企业控股上市公司共有478家，总市值…: the entities just counted
        elif entity and name and not name.startswith(entity):
            entity = ""  # (宁德时代成交额…，股价…；贵州茅台收涨…，总市值…: another entity named)
        out.append(r)
    return out
