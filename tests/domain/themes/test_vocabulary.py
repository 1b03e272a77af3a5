"""The taxonomy's vocabulary on the wordings of budget reports, statistics releases, rural plans
and Traditional-script texts, through the real cleaning and segmentation (sentences written for
this test, not taken from the gold documents)."""

from __future__ import annotations

import pytest

from pipelines.domain import themes

try:
    from pipelines.domain.cleaning import clean_document
    from pipelines.domain.segmentation import default_segmenter
except ImportError:  # pragma: no cover - the stages are part of the package
    clean_document = default_segmenter = None

pytestmark = pytest.mark.skipif(clean_document is None, reason="cleaning/segmentation missing")


def _themes(text: str) -> list[str]:
    """Themes of ``text`` as one document, best first (top-level first, then sub-themes)."""
    sentences = clean_document(text).sentences
    hits = themes.score_sentences(default_segmenter().tokenize(sentences))
    return [d.theme for d in themes.document_themes(hits, len(sentences))]


@pytest.mark.parametrize(
    ("text", "top", "sub_theme"),
    [
        # budget report: 收入 of a budget line is not household income (民生福祉)
        ("全县一般公共预算收入完成45.6亿元，其中税收收入31.2亿元，非税收入下降。",
         "经济运行", "经济运行/财政"),
        ("争取新增专项债券额度，加强政府债券资金管理，落实减税降费政策。",
         "经济运行", "经济运行/财政"),
        # statistics release: indicator names that are one token
        ("1-9月，规模以上工业增加值同比增长6.0%，网上零售额增长9.1%。", "经济运行", None),
        # Taiwan: 经济成长率, 国内生产毛额, 人工智慧
        ("本季經濟成長率上修，國內生產毛額實質成長3.1%，民間消費成長2%。", "经济运行", None),
        ("人工智慧相關應用需求強勁。", "科技创新", "科技创新/人工智能"),
        # Hong Kong / Macau housing and elderly care
        ("政府將增建公營房屋，並加強安老服務和長者醫療。", "民生福祉", None),
        ("推进乡村全面振兴，建设美丽乡村，发展农产品加工和休闲农业。",
         "区域协调", "区域协调/乡村振兴"),
        ("全市进出口总额增长5%，其中出口增长8%，货物贸易顺差扩大。",
         "改革开放", "改革开放/外贸外资"),
    ],
)
def test_wordings_of_other_document_types_name_their_theme(text, top, sub_theme):
    ranked = _themes(text)
    assert ranked and ranked[0] == top, ranked
    if sub_theme:
        assert sub_theme in ranked, ranked


def test_budget_revenue_is_not_household_income():
    ranked = _themes("全县一般公共预算收入完成45.6亿元，其中税收收入31.2亿元，非税收入下降。")
    assert "民生福祉" not in ranked, ranked
