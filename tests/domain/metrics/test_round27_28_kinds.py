"""Blind rounds 27 and 28's kind misses (tests/gold/heldout/README.md), each a class of phrasing
stated on short sentences written for it in the genre's manner: a disease report's cases, a postal
bulletin's items and complaints, a work-safety release's incidents and orders."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics


def _kinds(texts, doc=date(2025, 11, 20), home="厦门市"):
    """Each quote's kind, for one paragraph of ``texts`` (one text per sentence)."""
    return {q: m.kind for q, m in by_quote(metrics(texts, doc, home)).items()}


# 1. cases reported in a period (例) and doses given (剂次) are events of it, flows, as 起 is; a
# running total of them (累计) stays count_total


def test_cases_reported_in_a_month_are_a_flow():
    found = _kinds(["10月份，全市共报告法定传染病11种3921例，死亡2人。",
                    "其中，病毒性肝炎203例，以乙型肝炎为主（161例）；",
                    "梅毒139例，较上月增加4.5%。"])
    assert [found[q] for q in ("3921例", "203例", "161例", "139例")] == ["actual"] * 4


def test_a_running_total_of_cases_stays_a_total():
    found = _kinds(["10月份，全市报告突发公共卫生事件3起，累计发病58例。"])
    assert found["3起"] == "actual"
    assert found["58例"] == "count_total"


def test_doses_given_more_than_a_year_before_are_a_flow():
    found = _kinds(["截至10月31日，累计接种流感疫苗31.2万剂次，比去年同期多接种3.6万剂次。"])
    assert found["31.2万剂次"] == "count_total"
    assert found["3.6万剂次"] == "actual"


# 2. pieces and copies (件, 份) counted over a span with no stock word are what was handled, sent
# or tested in it; at a day, or in force (现行), or carried over (结转) they stand


def test_items_handled_over_a_week_or_a_month_are_a_flow():
    found = _kinds(["第45周（11月3日—11月9日），网络实验室共检测流感样病例标本386份，"
                    "流感病毒核酸阳性142份。",
                    "10月份，订销报纸业务1.21亿份，同比下降2.4%。"])
    assert [found[q] for q in ("386份", "142份", "1.21亿份")] == ["actual"] * 3


def test_items_in_force_or_carried_over_stand():
    found = _kinds(["全年共受理政府信息公开申请86件，上年结转3件。",
                    "全年对现行有效的118件行政规范性文件进行了清理。"],
                   doc=date(2025, 1, 20), home="湖州市")
    assert found["86件"] == "actual"
    assert found["3件"] == "count_total"
    assert found["118件"] == "count_total"


# 3. a regulator's consumer complaints (申诉) are casework of the period, as 投诉 are; their rate
# given per a base count (每百万件…) is a share


def test_complaints_handled_and_their_rate_per_a_base():
    found = _kinds(["10月份，全省邮政管理部门共处理消费者申诉1.18万件，环比下降3.2%。",
                    "其中有效申诉392件，有效申诉率为每百万件快递业务量0.38件。"])
    assert found["1.18万件"] == "actual"
    assert found["392件"] == "actual"
    assert found["0.38件"] == "share"


# 4. a safety regulator's orders of a period (责令…, 提请关闭取缔) are flows, as 查处 is; events
# named by what they involved (涉及货车的事故) are counted, no spread of what a fund involves


def test_enforcement_orders_of_a_period_are_a_flow():
    found = _kinds(["1—9月，全市立案处罚986宗；", "责令停产停业整顿企业64家，提请关闭取缔21家。"],
                   doc=date(2025, 10, 20), home="佛山市")
    assert found["64家"] == "actual"
    assert found["21家"] == "actual"


def test_incidents_named_by_what_they_involved_are_a_flow():
    found = _kinds(["1—9月，全市道路运输领域发生事故108起。",
                    "其中，涉及货车的事故39起，占道路运输事故的36.1%。"],
                   doc=date(2025, 10, 20), home="佛山市")
    assert found["39起"] == "actual"
    spread = _kinds(["债券资金主要用于保障性住房建设，共涉及项目214个。"])
    assert spread["214个"] == "count_total"
