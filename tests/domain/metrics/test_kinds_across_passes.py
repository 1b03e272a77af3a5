"""Kinds that need what the sentence cannot see: the period a later document pass gives a row
(a report's statistics day, 报告数据统计截至…, dating its undated counts: those standing at the
day are stocks), and the sentence before when cleaning ended it at ； (a list of classes of one
flow goes on across it)."""

from datetime import date

from pipelines.domain.analysis import analyse_document

PUBLISHED = date(2025, 10, 20)


def _kinds(paragraphs: list[str]) -> dict[str, str]:
    """Each quote's kind, for a document of ``paragraphs``."""
    raw = "\n\n".join(paragraphs)
    return {m.quote: m.kind for m in analyse_document(raw, published_on=PUBLISHED).metrics}


# 1. counts undated in their sentence, dated at a 截至 day by the report's statistics line:
# people in a state at that day are a stock, as they are when their own sentence says 截至; the
# change of such a count (较上届增加35人) stays a flow

_REPORT = [
    "某学院2025届毕业生就业质量年度报告",
    "前言",
    "报告数据统计截至2025年8月31日，调查回收有效问卷1200份。",
    "一、毕业去向",
    "毕业生总数较上届增加300人。签约就业3120人，占55.4%；升学1020人。"
    "入职世界500强企业的毕业生共860人。到基层就业210人，较上届增加35人。",
]


def test_a_count_dated_by_the_report_at_a_day_is_a_stock() -> None:
    kinds = _kinds(_REPORT)
    assert kinds["3120人"] == "count_total"
    assert kinds["860人"] == "count_total"
    assert kinds["35人"] == "actual"  # the change against the cohort before


def test_the_change_of_a_stock_at_a_day_is_a_flow() -> None:
    kinds = _kinds(["某学院2025届毕业生就业质量年度报告",
                    "截至2025年8月31日，到基层就业的毕业生210人，较上届增加35人。"])
    assert (kinds["210人"], kinds["35人"]) == ("count_total", "actual")


# 2. a list of classes of one flow, cleaning's sentences split at ；: the class after the flow
# is a flow too; not a class after a stock and its change (跨省…6643万人，比上年减少108万人；省内…),
# nor across paragraphs

_CLASSES = ("新设第一产业经营主体1.2万户，占9.5%；第二产业2.3万户，占18.3%；"
            "第三产业9.1万户，占72.2%。")


def test_the_classes_listed_after_a_flow_across_semicolons_are_flows() -> None:
    kinds = _kinds(["全市2025年前三季度市场主体发展情况", "1-9月，全市新设市场主体12.6万户。",
                    _CLASSES])
    assert [kinds[q] for q in ("1.2万户", "2.3万户", "9.1万户")] == ["actual"] * 3


def test_a_class_after_a_stock_and_its_change_stays_a_stock() -> None:
    kinds = _kinds(["全国2024年流动人口监测报告",
                    "跨省流动人口6643万人，比上年减少108万人；省内流动人口11228万人，"
                    "比上年增加321万人。"])
    assert (kinds["6643万人"], kinds["11228万人"]) == ("count_total", "count_total")
