"""Theme evidence per sentence: token runs that spell a term."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.domain import themes
from tests.domain.themes.support import (
    STOPWORDS,
    frame_from_text,
    frame_from_words,
    score,
    small_taxonomy,
    with_doc,
)


def test_term_inside_a_longer_matched_term_counts_once():
    hits = score([["坚持", "科技创新", "引领"]])
    assert hits.get_column("theme").to_list() == ["科技"]
    assert hits.get_column("terms").to_list() == [["科技创新"]]
    assert hits.get_column("score").to_list() == [3.0]


def test_multi_token_term_wins_over_its_parts():
    hits = score([["坚持", "科技", "创新"], ["发展", "低空", "经济"]])
    by_sentence = {(r["sent_no"], r["theme"]): r["terms"] for r in hits.iter_rows(named=True)}
    assert by_sentence[(0, "科技")] == ["科技创新"]
    assert by_sentence[(1, "产业/低空")] == ["低空经济"]
    assert by_sentence[(1, "产业")] == ["低空经济"]


def test_term_is_not_found_inside_a_longer_token():
    # 创新 is a term, 创新型 is one token: substring hits must not count
    assert score([["建设", "创新型", "国家"]]).is_empty()


def test_segmenter_glued_affix_still_counts_the_term():
    hits = score([["大力", "推进改革"], ["做好", "产业工作"]])
    assert hits.filter(pl.col("sent_no") == 0).get_column("terms").to_list() == [["改革"]]
    assert hits.filter(pl.col("sent_no") == 1).get_column("terms").to_list() == [["产业"]]


def test_lone_stopword_is_never_evidence():
    hits = score([["改革", "的", "成果"]])
    assert hits.get_column("terms").to_list() == [["改革"]]
    assert hits.get_column("score").to_list() == [2.0]


def test_repeated_terms_add_up_and_evidence_is_kept():
    hits = score([["实验室", "和", "实验室", "制造业"]])
    rows = {r["theme"]: r for r in hits.iter_rows(named=True)}
    assert rows["科技"]["score"] == 4.0 and rows["科技"]["terms"] == ["实验室"]
    assert rows["产业"]["terms"] == ["制造业"]


def test_empty_tokens_give_empty_hits_with_schema():
    hits = themes.score_sentences(frame_from_words([]).clear())
    assert hits.is_empty()
    assert hits.columns == ["sent_no", "theme", "score", "terms"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "深入打好污染防治攻坚战，全市空气质量优良天数比例达到88%，地表水国考断面水质全部达标。",
            "生态环境",
        ),
        (
            "新增城镇就业12万人，新建改扩建中小学和幼儿园30所，城乡居民基本养老保险待遇提高。",
            "民生福祉",
        ),
        (
            "坚定不移全面从严治党，持之以恒正风肃纪反腐，锻造忠诚干净担当的高素质干部队伍。",
            "党的建设",
        ),
        ("全省地区生产总值增长6.1%，社会消费品零售总额增长7.2%，固定资产投资增长5%。", "经济运行"),
        (
            "高水平建设自由贸易试验区，中欧班列开行量稳定增长，外贸进出口总额突破万亿元。",
            "改革开放",
        ),
        ("实施人才强省战略，引进高层次人才和青年人才，应对人口老龄化。", "人才与人口"),
        ("提升基层治理能力，健全应急管理体系，坚决遏制重特大安全生产事故。", "城市治理与安全"),
        ("推进长三角一体化发展，深化都市圈同城化，促进城乡融合发展。", "区域协调"),
        ("加快建设国家实验室，强化关键核心技术攻关，推动科技成果转化。", "科技创新"),
        ("培育壮大战略性新兴产业，推动先进制造业集群发展，延伸产业链。", "产业发展"),
        ("擦亮历史文化名片，推动文旅融合发展，全年接待游客增长两成。", "文化旅游"),
    ],
)
def test_policy_sentences_from_anywhere_get_their_theme_first(text, expected):
    hits = themes.score_sentences(frame_from_text([text]))
    top = hits.filter(~pl.col("theme").str.contains("/")).row(0, named=True)
    assert top["theme"] == expected, hits


def test_sub_themes_are_found_for_emerging_industries():
    hits = themes.score_sentences(
        frame_from_text(
            [
                "大力发展低空经济，建设无人机起降点。",
                "推广新能源汽车，新建充电桩5000个。",
                "实施人工智能+行动，建设智能算力中心和行业大模型。",
            ]
        )
    )
    found = set(hits.get_column("theme"))
    assert {"产业发展/低空经济", "产业发展/新能源汽车"} <= found
    assert any(t.endswith("/人工智能") for t in found)


def test_a_long_document_is_scored_sentence_by_sentence():
    # (its speed: python -m benchmarks.bench_themes)
    text = "坚持科技创新引领，加快建设现代化产业体系，推动经济运行持续好转，保障和改善民生。"
    tokens = frame_from_text([text] * 2000)
    hits = themes.score_sentences(tokens)
    assert hits.get_column("sent_no").n_unique() == 2000


def test_affixes_are_cut_from_runs_of_several_tokens_too():
    hits = score([["推进低空", "经济"], ["推进改革工作"], ["推进", "工作"]])
    by_sentence = {(r["sent_no"], r["theme"]): r["terms"] for r in hits.iter_rows(named=True)}
    assert by_sentence[(0, "产业/低空")] == ["低空经济"]
    assert by_sentence[(1, "改革")] == ["改革"]
    assert 2 not in by_sentence  # nothing is left once both affixes are cut


def test_partial_overlap_keeps_the_earlier_match():
    taxonomy = themes.parse_taxonomy({"themes": [{"name": "x", "terms": {"甲乙": 1, "乙丙": 2}}]})
    hits = themes.score_sentences(
        frame_from_words([["甲", "乙", "丙"]]), themes.term_table(taxonomy.themes), taxonomy
    )
    assert hits.get_column("terms").to_list() == [["甲乙"]]


def test_a_run_never_crosses_a_dropped_token():
    frame = frame_from_words([["低空", "经济"]]).with_columns(
        pl.Series("position", [0, 2])  # a punctuation token at position 1 was dropped
    )
    taxonomy = small_taxonomy()
    hits = themes.score_sentences(frame, themes.term_table(taxonomy.themes), taxonomy)
    assert "低空经济" not in {t for ts in hits.get_column("terms").to_list() for t in ts}


def test_score_documents_equals_scoring_each_document_alone():
    a = frame_from_text(["加快建设国家实验室，推动科技成果转化。", "大力发展低空经济。"])
    b = frame_from_text(["深入打好污染防治攻坚战。", "坚持科技创新引领，保障和改善民生。"])
    tokens = pl.concat([with_doc(a, "doc-b"), with_doc(b, "doc-a")])
    batch = themes.score_documents(tokens)
    alone = pl.concat(
        [
            with_doc(themes.score_sentences(b), "doc-a"),
            with_doc(themes.score_sentences(a), "doc-b"),
        ]
    ).select(batch.columns)
    assert batch.equals(alone)
    # rows in any order (documents interleaved, positions shuffled) give the same result
    shuffled = tokens.sample(fraction=1.0, shuffle=True, seed=7)
    assert themes.score_documents(shuffled).equals(batch)


def test_categorical_tokens_score_as_string_tokens():
    tokens = frame_from_text(["推进科技创新和低空经济", "建设实验室，发展制造业的产业"])
    tokens = pl.concat([tokens.with_columns(doc_id=pl.lit(d)) for d in ("b", "a")])
    taxonomy = small_taxonomy()
    table = themes.term_table(taxonomy.themes)
    expected = themes.score_documents(tokens, table, taxonomy)
    assert expected.height > 3
    for _ in range(2):  # category ids of dropped columns are reused for other strings
        scratch = pl.Series(["x", "y", "推进"], dtype=pl.Categorical)
        coded = tokens.with_columns(pl.col("doc_id", "word").cast(pl.Categorical))
        assert themes.score_documents(coded, table, taxonomy).equals(expected)
        del scratch, coded


def _reference_hits(tokens: pl.DataFrame) -> list[tuple]:
    """score_documents written plainly: every run of up to MAX_TERM_TOKENS tokens tried, per
    start the longest run spelling a term, kept unless it starts before the end of a longest
    run (kept or not) starting earlier."""
    taxonomy = themes.load_taxonomy()
    table = themes.term_table(taxonomy.themes)
    term_ids = {t: n for n, t in enumerate(table.get_column("term").unique(maintain_order=True))}
    by_term: dict[str, list[tuple[str, float]]] = {}
    for term, theme, weight in table.iter_rows():
        by_term.setdefault(term, []).append((theme, weight))
    prefixes = sorted(taxonomy.prefixes, key=len, reverse=True)
    suffixes = sorted(taxonomy.suffixes, key=len, reverse=True)

    def spelled(text: str) -> str | None:
        if text in term_ids:
            return text
        rest = next((text[len(p):] for p in prefixes if text.startswith(p)), text)
        rest = next((rest[: -len(s)] for s in suffixes if rest.endswith(s)), rest)
        return rest if rest != text and len(rest) >= 2 and rest in term_ids else None

    rows = sorted(
        (d, s, p, w.strip(), bool(st))
        for d, s, p, w, st in tokens.select("doc_id", "sent_no", "position", "word",
                                            "is_stopword").iter_rows()
        if w.strip()
    )
    groups: dict[tuple, tuple[float, list[str]]] = {}
    i = 0
    while i < len(rows):  # one sentence at a time
        j = i
        while j < len(rows) and rows[j][:2] == rows[i][:2]:
            j += 1
        found = []
        for a in range(i, j):
            best = None
            for b in range(a, min(j, a + themes.MAX_TERM_TOKENS)):
                if b > a and rows[b][2] != rows[b - 1][2] + 1:
                    break
                term = spelled("".join(r[3] for r in rows[a : b + 1]))
                if term and (b > a or not rows[a][4]):
                    best = (a, b, term)
            if best:
                found.append(best)
        reach = -1  # the end of every run (kept or not) starting before
        for a, b, term in found:
            kept, reach = a >= reach, max(reach, b + 1)
            if kept:
                for theme, weight in by_term[term]:
                    score, terms = groups.get((*rows[a][:2], theme), (0.0, []))
                    groups[(*rows[a][:2], theme)] = (score + weight,
                                                     terms + [term] * (term not in terms))
        i = j
    out = [(d, s, th, sc, ts) for (d, s, th), (sc, ts) in groups.items()]
    return sorted(out, key=lambda r: (r[0], r[1], -r[3], r[2]))


_THEME_TERMS = themes.all_terms()[::7]


@st.composite
def _token_frames(draw) -> pl.DataFrame:
    """Documents of sentences whose words are taxonomy terms cut anywhere, affixes, function
    words, padded or empty words; positions sometimes skip (a dropped token)."""
    pieces = ["的", "和", "我们", "推进", "工作", "加快", " 创新 ", "  ", "", "一", "发展"]
    rows = []
    for doc in draw(st.lists(st.sampled_from(["b", "a", "c"]), min_size=1, max_size=3,
                             unique=True)):
        for sent in range(draw(st.integers(1, 3))):
            position = 0
            for _ in range(draw(st.integers(0, 12))):
                if draw(st.booleans()):
                    word = draw(st.sampled_from(_THEME_TERMS))
                    cut = draw(st.integers(0, len(word)))
                    words = [w for w in (word[:cut], word[cut:]) if w]
                else:
                    words = [draw(st.sampled_from(pieces))]
                for word in words:
                    rows.append((doc, sent, position, word, word in STOPWORDS))
                    position += 1 + draw(st.sampled_from([0, 0, 0, 1]))
    frame = pl.DataFrame(rows, schema=["doc_id", "sent_no", "position", "word", "is_stopword"],
                         orient="row")
    return frame.sample(fraction=1.0, shuffle=True, seed=1) if draw(st.booleans()) else frame


@given(_token_frames())
@settings(max_examples=150, deadline=None)
def test_score_documents_equals_the_plain_reference(tokens):
    hits = themes.score_documents(tokens)
    got = [(d, s, th, sc, list(ts)) for d, s, th, sc, ts in hits.iter_rows()]
    assert got == _reference_hits(tokens)
