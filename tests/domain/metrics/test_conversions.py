"""An amount restated in another unit (按年平均汇率折算为2.94万美元, 折合6300亿美元, 按年均汇率
计算约1.73万美元) is the amount named before it: the conversion's words name nothing."""

from datetime import date

import pytest

from tests.domain.metrics.support import by_quote, metrics

BULLETIN = date(2025, 4, 30)  # a statistics bulletin on 2024


@pytest.mark.parametrize(("text", "quote", "name"), [
    ("2024年全年人均地区生产总值20.93万元，按年平均汇率折算为2.94万美元。", "2.94万美元",
     "人均地区生产总值"),
    ("2024年全年进出口总额4.5万亿元，折合6300亿美元。", "6300亿美元", "进出口总额"),
    ("全市人均GDP达到12.3万元，按年均汇率计算约1.73万美元。", "约1.73万美元", "人均GDP"),
    ("2024年人均所得新台币105万元，按汇率换算为3.3万美元。", "3.3万美元", "人均所得"),
])
def test_an_amount_in_another_unit_is_of_the_name_before(text, quote, name):
    found = by_quote(metrics([text], BULLETIN, home=None))
    assert found[quote].indicator == name
