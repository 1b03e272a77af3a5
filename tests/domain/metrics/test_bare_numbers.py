from pipelines.domain.metrics.candidate_pass import find_candidates
from tests.domain.metrics.support import only_candidate


def test_unitless_ratios_and_years_of_schooling():
    cands = find_candidates("城乡居民收入比为2.05，比2020年缩小0.16。")
    assert [(c.value, c.unit, c.category) for c in cands] == [
        (2.05, None, "ratio"), (0.16, None, "ratio")]
    quote, c = only_candidate("收入比缩小到1.95以内")
    assert quote == "1.95以内" and c.qualifier == "at_most"
    quote, c = only_candidate("之比达到2.8:1，")
    assert quote == "达到2.8:1" and c.value == 2.8 and c.unit is None
    quote, c = only_candidate("平均受教育年限达到10.6年")
    assert quote == "达到10.6年" and c.unit == "年"
    # a bare decimal elsewhere, a year, a clock time and a change with no ratio before: none
    for text in ("比2020年增加", "版本2.05发布", "10:12:36来源", "比上年缩小0.03",
                 "服务年限", "2024年"):
        assert find_candidates(text) == [], text
