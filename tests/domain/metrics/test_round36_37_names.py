"""Indicator names of blind rounds 36 and 37's genres (a round-up of provinces' growth goals,
a foreign trade release, a holiday's figures): short texts written for each class of
phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from pipelines.domain.metrics.list_heads import split_list
from pipelines.domain.metrics.place_names import strip_home
from tests.domain.metrics.support import by_quote, document_by_number, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


_GOALS = """各市2026年GDP增长目标陆续公布

成都、重庆今年GDP增长目标分别为5.6%左右、5.4%以上。武汉今年目标为6.2%左右，去年实际增长5.3%；长沙今年的目标同样为6.1%左右。

从中部城市看，郑州目标为5.7%左右，合肥今年GDP增长目标为6.3%以上。
"""


def test_a_goal_said_of_a_place_alone_is_the_growth_goal_named_before() -> None:
    """X今年目标为N, X今年的目标同样为N (in the sentence after, or a paragraph later): the growth
    goal the text named last (GDP增长目标), not None, 同样 nor a nearby measure; the result after
    such a goal is no goal; a goal named in full keeps its measure and 目标."""
    found = document_by_number(_GOALS, date(2026, 3, 6))
    names = {q: found[q].indicator for q in ("6.2%左右", "6.1%左右", "5.7%左右", "6.3%以上")}
    assert names == dict.fromkeys(names, "GDP增长目标")
    assert found["5.3%"].indicator != "GDP增长目标"


def test_members_of_a_class_a_goal_bounds_are_named_by_the_bound_and_the_class() -> None:
    """N个X的Y不低于B / 在B及以上 / N个X今年的Y低于B (a percentage goal): the members of the
    class the bound defines (Y不低于B的X), not Y nor the class's 的 left at the front; the
    goal's year is no part of the class."""
    names = _names(["全省16个地市中，有12个地市的GDP增长目标不低于6%，"
                    "其中7个地市的目标在6.5%及以上；另有4个地市今年的目标低于6%。"])
    assert {q: names[q] for q in ("12个", "7个", "4个")} == {
        "12个": "GDP增长目标不低于6%的地市", "7个": "目标在6.5%及以上的地市",
        "4个": "目标低于6%的地市"}


def test_an_exchange_rate_is_named_by_its_currencies() -> None:
    """人民币汇率为1欧元兑N元人民币: the rate (not its quote's frame 为1欧元兑); a clause quoting
    the same currency against another (…，兑人民币报N) is that pair (令吉兑人民币), not 兑."""
    names = _names(["9月末，人民币汇率为1欧元兑8.2310元人民币。",
                    "令吉兑港元则报1.8520，兑人民币报1.6930。"])
    assert {q: names[q] for q in ("8.2310元人民币", "1.8520", "1.6930")} == {
        "8.2310元人民币": "人民币汇率", "1.8520": "令吉兑港元", "1.6930": "令吉兑人民币"}


def test_a_last_item_joining_two_things_shares_no_head() -> None:
    """A、B及C分别为… with two numbers: the last item is B及C (one item), and what follows the word
    A and B end with (及C) is no head every item shares: A stays A."""
    assert split_list("进口贸易、转口贸易及其他收支项目", 2) == [
        "进口贸易", "转口贸易及其他收支项目"]
    assert split_list("高技术制造业、装备制造业增加值", 2) == [
        "高技术制造业增加值", "装备制造业增加值"]


def test_the_ways_a_deal_was_done_are_no_part_of_its_name() -> None:
    """X以A、B和C方式成交N (the ways inside the name, between the thing and its verb): X成交."""
    names = _names(["9月份，银行间债券市场以现券和回购方式合计成交180.5万亿元。"])
    assert names["180.5万亿元"] == "银行间债券市场成交"


def test_the_homes_short_place_name_is_the_home() -> None:
    """A country's short name its own press writes (大马) opens a name as the home itself does,
    and is dropped; words of the home that name no place (离港, 访港) stay."""
    assert strip_home("大马国内生产总值", "马来西亚") == "国内生产总值"
    assert strip_home("离港旅客", "香港") == "离港旅客"
    assert strip_home("访港旅客", "香港") == "访港旅客"
