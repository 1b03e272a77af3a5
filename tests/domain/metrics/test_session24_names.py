"""Indicator names, session 24: classes of phrasing the held-out set still named wrong (a flow
verb a prefix list drops before its counted noun, a deed's verb marked done with 了 before its
count, ...): short sentences written for each class, not the documents themselves."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_a_flow_verb_before_a_counted_noun_stays_though_it_opens_plans() -> None:
    """建设 + noun + count: the deed counted keeps its verb (as 新建充电桩), though 建设 before
    other names is a plan's word and dropped; 完成 before a count is left as it was."""
    names = _names(["“十五五”期间，建设省级现代农业产业园区3个。",
                    "到2027年，建设智能工厂1.2万个。",
                    "全年建设投资完成120亿元。"])
    assert names["3个"] == "建设省级现代农业产业园区"
    assert names["1.2万个"] == "建设智能工厂"


def test_a_deed_marked_done_before_its_count_keeps_its_verb() -> None:
    """审计了15个项目, 抽查了8个区县: the count after a flow verb with its 了 (and a batch or a 共
    after it) counts the deed's object, a weak noun (单位) too, named with the verb."""
    names = _names(["全市审计机关共审计了112个单位，查出问题金额9.6亿元。",
                    "市审计局审计了21个棚户区改造项目，涉及资金4.2亿元。",
                    "省里抽查了9个县市区，发现问题线索13条。"])
    assert {q: names[q] for q in ("112个", "21个", "9个")} == {
        "112个": "审计单位", "21个": "审计棚户区改造项目", "9个": "抽查县市区"}
