"""A table column of shares (占比（%）, 比重, 构成) holds each row's share of the whole, not a
change: its cells are shares named after their row (流动资产占比), never growth rates (QA 11:
a state-assets report's 占比 column made 流动资产 grow by 30%)."""

import pytest

from pipelines.domain.analysis import analyse_document

_LEAD = "关于2024年度国有资产管理情况的报告\n\n2024年末，全市行政事业性国有资产总额稳步增长。\n\n"


def _table(head: str) -> str:
    rows = [("项目", "金额", head), ("流动资产", "487.3", "30.0"), ("固定资产", "612.0", "37.7"),
            ("合计", "1623.9", "100.0")]
    return "表2  2024年末行政事业性国有资产构成\n单位：亿元\n" + "\n".join(
        "\t".join(r) for r in rows) + "\n"


@pytest.mark.parametrize("head", ["占比（%）", "比重(%)", "构成（%）"])
def test_a_share_column_gives_shares_of_the_rows(head):
    raw = _LEAD + _table(head)
    rows = {m.quote: m for m in analyse_document(raw).metrics}
    share = rows["30.0"]
    assert (share.indicator, share.kind, share.unit, share.value) == (
        "流动资产占比", "share", "%", 30.0)
    assert rows["37.7"].kind == "share" and rows["37.7"].indicator == "固定资产占比"
    amount = rows["487.3"]  # the amounts beside stay amounts of the table's unit
    assert (amount.indicator, amount.unit, amount.value_normalized) == ("流动资产", "元", 4.873e10)
    assert all(m.kind != "growth_rate" for m in rows.values())


def test_a_growth_column_stays_a_growth_column():
    raw = _LEAD + _table("比上年增长（%）")
    rows = {m.quote: m for m in analyse_document(raw).metrics}
    assert rows["30.0"].kind == "growth_rate" and rows["30.0"].indicator == "流动资产"
