"""Round 17's qualifier, kind and period misses, each a class of phrasing stated on short
sentences written for it (in the manner of a province's business-environment plan, an
environment department's monthly air quality report and a national monthly release): a bound
closing a 分别 list, a goal named as the base of a comparison, events totalled by 累计 over the
months so far, a season as a period of its own."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

PLAN = date(2025, 3, 20)  # a plan for 2025-2027, published in March


def _read(texts, doc=PLAN, home=None):
    """Each quote's metric, for one paragraph of ``texts``."""
    return by_quote(metrics(texts, doc, home))


# 1. a bound written after the last number of a 分别 list (以内, 以上, 左右) holds for every
# number of the list, as one written before the first number does (分别约为…)


def test_a_bound_closing_a_list_holds_for_each_of_its_numbers():
    found = _read(["到2027年，企业开办、不动产登记时间分别压缩至1.5个工作日、3小时以内。"])
    assert (found["1.5个工作日"].qualifier, found["1.5个工作日"].qualifier_text) == (
        "at_most", "以内")
    assert found["3小时以内"].qualifier == "at_most"


def test_an_about_closing_a_list_holds_for_each_of_its_numbers():
    found = _read(["全年城乡居民人均可支配收入力争分别增长5.5%和6.5%左右。"])
    assert found["5.5%"].qualifier == "about"
    assert found["6.5%左右"].qualifier == "about"


def test_a_bound_of_a_later_clause_is_not_the_lists():
    found = _read(["两项审批时间分别压缩至20小时、12小时，其中网上办理占比达到90%以上。"])
    assert found["20小时"].qualifier == "none"
    assert found["12小时"].qualifier == "none"


def test_no_list_no_bound_carried():
    found = _read(["企业开办时间压缩至2个工作日，不动产登记时间压缩至5小时以内。"])
    assert found["2个工作日"].qualifier == "none"

