"""Quoted slogans and numeral formulas."""

from __future__ import annotations

import polars as pl
import pytest

from pipelines.domain import policy_terms as pt


def as_dict(text: str) -> dict[str, tuple[str, int]]:
    return {term: (kind, count) for term, kind, count in pt.find_policy_terms(text)}


def test_quoted_slogans_and_numbered_formulas_with_counts():
    text = (
        "深化“放管服”改革，坚决做到“两个维护”。持续推进放管服改革。"
        "实施“十大工程”，全力推进十大工程建设。完善‘街乡吹哨’机制。"
    )
    found = as_dict(text)
    assert found["放管服"] == ("quoted", 2)  # counted quoted and unquoted
    assert found["两个维护"] == ("numbered", 1)
    assert found["十大工程"] == ("numbered", 2)
    assert found["街乡吹哨"] == ("quoted", 1)


def test_quoted_speech_is_not_a_slogan():
    text = "他说：“我们要坚定信心，迎难而上，把各项工作做实做细。”会议强调“稳中求进”。"
    found = as_dict(text)
    assert list(found) == ["稳中求进"]
    assert not pt.is_slogan("我们要坚定信心，迎难而上")
    assert not pt.is_slogan("这是一个非常长的引用句子并且没有任何标点符号可以判断")
    assert pt.is_slogan("保交楼、保民生、保稳定")


def test_single_quoted_slogan_inside_speech_is_found():
    text = "“抓住科技创新，就抓住了发展的‘牛鼻子’。”"
    assert as_dict(text) == {"牛鼻子": ("quoted", 1)}


def test_unquoted_numeral_formulas():
    text = "牢记两个确立，增强四个意识，推进四化同步，落实三区三线划定成果，聚焦三新一高。"
    found = as_dict(text)
    for term in ["两个确立", "四个意识", "四化同步", "三区三线", "三新一高"]:
        assert found.get(term, ("", 0))[0] == "numbered", (term, found)


def test_counts_and_congress_numbers_are_not_formulas():
    text = (
        "全面贯彻党的二十大精神，从七个方面作出部署，新建三个项目，"
        "打造两个万亿级产业集群，十四五时期成效明显，第三个阶段。"
    )
    assert as_dict(text) == {}


def test_longest_formula_from_quote_wins_over_unquoted_fragment():
    text = "锚定“三个特别注重”，把三个特别注重落到实处。"
    found = as_dict(text)
    assert found == {"三个特别注重": ("numbered", 2)}


def test_traditional_corner_quotes_and_plan_names():
    text = "推進「放管服」改革，編制“十五五”規劃，落實『雙碳』目標，“十五五”時期。"
    found = as_dict(text)
    assert found["放管服"] == ("quoted", 1)
    assert found["十五五"] == ("quoted", 2)
    assert found["雙碳"] == ("quoted", 1)  # two characters: only its quoted uses count


def test_short_quoted_word_counts_only_quoted_uses():
    text = "统筹发展和“安全”，安全是发展的前提，安全生产。"
    assert as_dict(text)["安全"] == ("quoted", 1)


def test_policy_terms_frame_schema_and_order():
    frame = pt.policy_terms("推进“微网实格”治理，微网实格全覆盖，落实“两个确立”。")
    assert frame.schema == pl.Schema({"term": pl.String, "kind": pl.String, "count": pl.Int64})
    assert frame.rows() == [("微网实格", "quoted", 2), ("两个确立", "numbered", 1)]
    assert pt.policy_terms("").is_empty()


@pytest.mark.parametrize("broken", ["“未闭合的引号 后面是正文", "”反向“", "“”", "“、”"])
def test_damaged_quotes_do_not_produce_terms(broken):
    assert pt.find_policy_terms(broken) == []


def test_policy_terms_frame_is_per_document_and_joins_sentences():
    sentences = pl.DataFrame(
        {
            "doc_id": ["a", "a", "b"],
            "text": [
                "深化“放管服”改革。",
                "持续推进放管服改革，实施十大工程。",
                "坚决做到“两个维护”。",
            ],
        }
    )
    frame = pt.policy_terms_frame(sentences)
    assert frame.columns == ["doc_id", "term", "kind", "count"]
    for doc_id in ("a", "b"):
        text = "\n".join(sentences.filter(pl.col("doc_id") == doc_id).get_column("text"))
        rows = frame.filter(pl.col("doc_id") == doc_id).drop("doc_id")
        assert rows.equals(pt.policy_terms(text))
    assert ("a", "放管服", "quoted", 2) in frame.rows()
    assert pt.policy_terms_frame(sentences.clear()).is_empty()


def test_numeral_formula_after_another_numeral_is_not_found():
    # 第十二个 and 三十大 are ordinals/counts, not formulas; 两个确立 at the start of a text is
    found = as_dict("两个确立必须坚持。第十二个方案，三十大工程。")
    assert "两个确立" in found
    assert not any(term.startswith(("十二个", "十大")) for term in found)
