"""Theme taxonomy and token-run scoring."""

from __future__ import annotations

import re
import time

import numpy as np
import polars as pl
import pytest
import rjieba
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.domain import themes
from pipelines.domain.records import Sentence

_JIEBA = rjieba.Jieba()
_STOPWORDS = {"的", "了", "和", "与", "及", "在", "是", "对", "为"}

DEFAULT_THEMES = [
    "科技创新",
    "产业发展",
    "区域协调",
    "改革开放",
    "城市治理与安全",
    "生态环境",
    "民生福祉",
    "党的建设",
    "文化旅游",
    "人才与人口",
    "经济运行",
]


def frame_from_words(sentences: list[list[str]]) -> pl.DataFrame:
    """A token frame from pre-split words (to control segmentation exactly)."""
    rows = [
        (i, p, w, "n", w in _STOPWORDS)
        for i, words in enumerate(sentences)
        for p, w in enumerate(words)
    ]
    return pl.DataFrame(
        rows, schema=["sent_no", "position", "word", "pos", "is_stopword"], orient="row"
    )


def frame_from_text(sentences: list[str]) -> pl.DataFrame:
    rows = [
        (i, p, w, t, w in _STOPWORDS)
        for i, text in enumerate(sentences)
        for p, (w, t) in enumerate(_JIEBA.tag(text))
    ]
    return pl.DataFrame(
        rows, schema=["sent_no", "position", "word", "pos", "is_stopword"], orient="row"
    )


def small_taxonomy() -> themes.Taxonomy:
    return themes.parse_taxonomy(
        {
            "affixes": {"prefixes": ["推进"], "suffixes": ["工作"]},
            "themes": [
                {"name": "科技", "terms": {"创新": 1, "科技创新": 3, "实验室": 2}},
                {"name": "产业", "terms": {"产业": 1, "制造业": 2}},
                {"name": "低空", "parent": "产业", "terms": {"低空 经济": 3}},
                {"name": "改革", "terms": {"改革": 2, "的": 5}},
            ],
        }
    )


def score(words: list[list[str]]) -> pl.DataFrame:
    taxonomy = small_taxonomy()
    return themes.score_sentences(
        frame_from_words(words), themes.term_table(taxonomy.themes), taxonomy
    )


# --- taxonomy ---------------------------------------------------------------------------------


def test_default_taxonomy_has_the_eleven_themes_with_bilingual_definitions():
    loaded = themes.load_themes()
    top = [t.id for t in loaded if t.is_top_level]
    assert top == DEFAULT_THEMES
    for theme in loaded:
        assert theme.definition_zh and theme.definition_en and theme.en, theme.id
        assert len(theme.terms) >= 5, theme.id
        assert all(w > 0 for _, w in theme.terms)


def test_default_taxonomy_ships_sub_themes_with_parents():
    ids = {t.id for t in themes.load_themes()}
    assert {"产业发展/低空经济", "产业发展/新能源汽车"} <= ids
    assert any(i.endswith("/人工智能") for i in ids)
    for theme in themes.load_themes():
        if theme.parent:
            assert theme.parent in DEFAULT_THEMES
            assert theme.id == f"{theme.parent}/{theme.name}"


def test_yaml_has_no_duplicate_terms_within_a_theme():
    class StrictLoader(yaml.SafeLoader):
        pass

    def no_duplicates(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"duplicate keys {dupes}"
        return loader.construct_mapping(node, deep)

    StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    yaml.load(themes.THEMES_PATH.read_text(encoding="utf-8"), Loader=StrictLoader)


def test_parse_taxonomy_rejects_unknown_parent_and_bad_weights():
    with pytest.raises(ValueError, match="parent"):
        themes.parse_taxonomy({"themes": [{"name": "x", "parent": "nope", "terms": {"a": 1}}]})
    with pytest.raises(ValueError, match="weight"):
        themes.parse_taxonomy({"themes": [{"name": "x", "terms": {"a": -1}}]})
    with pytest.raises(ValueError):
        themes.parse_taxonomy({"themes": []})


def test_sub_theme_terms_roll_up_to_parent():
    table = themes.term_table(small_taxonomy().themes)
    rows = table.filter(pl.col("term") == "低空经济").sort("theme")
    assert rows.get_column("theme").to_list() == ["产业", "产业/低空"]


def test_all_terms_lists_every_term_longest_first():
    terms = themes.all_terms()
    assert "低空经济" in terms and "科技创新" in terms
    assert len(terms) == len(set(terms))
    assert [len(t) for t in terms] == sorted((len(t) for t in terms), reverse=True)


# --- sentence scoring ---------------------------------------------------------------------------


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


def test_scoring_is_fast_enough_for_long_documents():
    text = "坚持科技创新引领，加快建设现代化产业体系，推动经济运行持续好转，保障和改善民生。"
    tokens = frame_from_text([text] * 2000)
    start = time.perf_counter()
    hits = themes.score_sentences(tokens)
    assert time.perf_counter() - start < 5
    assert hits.get_column("sent_no").n_unique() == 2000


# --- document level ------------------------------------------------------------------------------


def _hits(rows: list[tuple[int, str, float]]) -> pl.DataFrame:
    return pl.DataFrame(
        [(s, t, w, [t]) for s, t, w in rows],
        schema=themes.HITS_SCHEMA,
        orient="row",
    )


def test_document_scores_are_shares_of_top_level_evidence():
    taxonomy = small_taxonomy().themes
    hits = _hits([(0, "科技", 3.0), (1, "科技", 3.0), (2, "产业", 2.0), (2, "产业/低空", 2.0)])
    ranked = themes.document_themes(hits, 3, themes=taxonomy)
    assert [(d.theme, d.rank) for d in ranked] == [("科技", 1), ("产业", 2), ("产业/低空", 3)]
    scores = {d.theme: d.score for d in ranked}
    assert scores["科技"] == pytest.approx(0.75)
    assert scores["产业"] == pytest.approx(0.25)
    assert scores["产业/低空"] == pytest.approx(0.25)


def test_one_heavy_sentence_is_capped():
    taxonomy = small_taxonomy().themes
    hits = _hits([(0, "科技", 30.0), (1, "产业", 4.0), (2, "产业", 4.0)])
    ranked = themes.document_themes(hits, 3, sentence_cap=6.0, themes=taxonomy)
    assert ranked[0].theme == "产业"


def test_theme_needs_support_from_enough_sentences():
    taxonomy = small_taxonomy().themes
    hits = _hits([(i, "科技", 1.0) for i in range(10)] + [(3, "产业", 2.0)])
    kept = themes.document_themes(hits, 300, min_sentence_share=0.02, themes=taxonomy)
    assert [d.theme for d in kept] == ["科技"]
    assert themes.document_themes(hits.clear(), 10, themes=taxonomy) == []


# --- sentence themes with heading fallback ------------------------------------------------------


def test_sentence_themes_fall_back_to_nearest_heading():
    sentences = [
        Sentence(
            sent_no=0, block_no=0, text="加强生态环境保护", raw_start=0, raw_end=8, is_heading=True
        ),
        Sentence(
            sent_no=1,
            block_no=1,
            text="全年完成目标任务。",
            raw_start=9,
            raw_end=18,
            heading_path=("加强生态环境保护",),
        ),
        Sentence(
            sent_no=2,
            block_no=1,
            text="新建学校10所。",
            raw_start=18,
            raw_end=26,
            heading_path=("加强生态环境保护",),
        ),
        Sentence(sent_no=3, block_no=2, text="其他。", raw_start=27, raw_end=30),
    ]
    hits = _hits([(0, "生态环境", 3.0), (2, "民生福祉", 2.0), (2, "科技创新", 0.5)])
    result = themes.sentence_themes(hits, sentences)
    assert result == {0: ("生态环境",), 1: ("生态环境",), 2: ("民生福祉",), 3: ()}


def test_sentence_themes_keep_close_runners_up_strongest_first():
    sentences = [Sentence(sent_no=5, block_no=0, text="x", raw_start=0, raw_end=1)]
    hits = _hits([(5, "产业发展", 2.0), (5, "科技创新", 3.0), (5, "经济运行", 1.0)])
    assert themes.sentence_themes(hits, sentences) == {5: ("科技创新", "产业发展")}


def test_theme_file_terms_are_words_not_sentences():
    for theme in themes.load_themes():
        for term, _ in theme.terms:
            assert 2 <= len(term) <= 12 or re.fullmatch(r"[A-Za-z0-9]+", term), term
            assert not re.search(r"[，。；、\s]", term), term


# --- batch API ------------------------------------------------------------------------------------


def _with_doc(frame: pl.DataFrame, doc_id: str) -> pl.DataFrame:
    return frame.with_columns(pl.lit(doc_id).alias("doc_id"))


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
    tokens = pl.concat([_with_doc(a, "doc-b"), _with_doc(b, "doc-a")])
    batch = themes.score_documents(tokens)
    alone = pl.concat(
        [
            _with_doc(themes.score_sentences(b), "doc-a"),
            _with_doc(themes.score_sentences(a), "doc-b"),
        ]
    ).select(batch.columns)
    assert batch.equals(alone)
    # rows in any order (documents interleaved, positions shuffled) give the same result
    shuffled = tokens.sample(fraction=1.0, shuffle=True, seed=7)
    assert themes.score_documents(shuffled).equals(batch)


def _sentences_frame(doc_id: str, sentences: list[Sentence]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "doc_id": [doc_id] * len(sentences),
            "sent_no": [s.sent_no for s in sentences],
            "is_heading": [s.is_heading for s in sentences],
            "heading_path": [list(s.heading_path) for s in sentences],
            "text": [s.text for s in sentences],
        }
    )


def test_batch_sentence_and_document_themes_match_the_per_document_ones():
    heading = Sentence(
        sent_no=0, block_no=0, text="加强生态环境保护", raw_start=0, raw_end=8, is_heading=True
    )
    body = Sentence(
        sent_no=1,
        block_no=1,
        text="全年完成目标任务。",
        raw_start=9,
        raw_end=18,
        heading_path=("加强生态环境保护",),
    )
    other = Sentence(sent_no=2, block_no=1, text="新建学校10所。", raw_start=18, raw_end=26)
    doc_a = [heading, body, other]
    # doc b has a sentence under a heading with the same text but no heading sentence of its own
    doc_b = [body.model_copy(update={"sent_no": 0}), other.model_copy(update={"sent_no": 1})]
    hits_a = _hits([(0, "生态环境", 3.0), (2, "民生福祉", 2.0), (2, "科技创新", 0.5)])
    hits_b = _hits([(1, "科技创新", 2.0), (1, "民生福祉", 2.0)])
    hits = pl.concat([_with_doc(hits_a, "a"), _with_doc(hits_b, "b")])
    sentences = pl.concat([_sentences_frame("a", doc_a), _sentences_frame("b", doc_b)])

    per_sentence = themes.sentence_themes_frame(hits, sentences)
    got = {
        (r["doc_id"], r["sent_no"]): tuple(r["themes"]) for r in per_sentence.iter_rows(named=True)
    }
    assert got == {
        ("a", 0): ("生态环境",),
        ("a", 1): ("生态环境",),
        ("a", 2): ("民生福祉",),
        ("b", 1): ("民生福祉", "科技创新"),
    }
    for doc_id, doc_hits, sents in (("a", hits_a, doc_a), ("b", hits_b, doc_b)):
        alone = {n: t for n, t in themes.sentence_themes(doc_hits, sents).items() if t}
        assert alone == {n: t for (d, n), t in got.items() if d == doc_id}

    ranked = themes.document_themes_frame(hits, sentences)
    for doc_id, doc_hits, sents in (("a", hits_a, doc_a), ("b", hits_b, doc_b)):
        rows = ranked.filter(pl.col("doc_id") == doc_id).sort("rank")
        alone = themes.document_themes(doc_hits, sum(not s.is_heading for s in sents))
        assert [(d.theme, d.score, d.rank) for d in alone] == list(
            rows.select("theme", "score", "rank").iter_rows()
        )
    mentions = dict(ranked.filter(pl.col("doc_id") == "a").select("theme", "n_mentions").rows())
    assert mentions == {"生态环境": 1, "民生福祉": 1, "科技创新": 1}


def test_batch_functions_accept_empty_input():
    empty_tokens = _with_doc(frame_from_words([]), "x").clear()
    hits = themes.score_documents(empty_tokens)
    assert hits.is_empty() and hits.columns == ["doc_id", "sent_no", "theme", "score", "terms"]
    sentences = _sentences_frame("x", [])
    assert themes.document_themes_frame(hits, sentences).is_empty()
    assert themes.sentence_themes_frame(hits, sentences).is_empty()


# --- the vectorised matcher equals a plain run-by-run reference --------------------------------


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
                    rows.append((doc, sent, position, word, word in _STOPWORDS))
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


def test_word_table_numbers_stay_stable_as_it_grows():
    matcher = themes._build_matcher(themes.term_table(small_taxonomy().themes), small_taxonomy())
    table = matcher.words
    words = pl.Series([f"词{i}" for i in range(40_000)] + ["创新", " 产业 ", "", "词7"])
    first = table.numbers(words)
    again = table.numbers(words.reverse())[::-1]
    assert (first == again).all()
    assert table.words.gather(pl.Series(first)).equals(words, check_names=False)
    assert first[-1] == first[7]
    assert table.n_chars[first[-3]] == 2 and table.n_chars[first[-2]] == 0
    table.MAX_WORDS = 1_000  # past it the table starts again, numbering words anew
    again = table.numbers(words[-10:])
    assert len(table.hashes) == len(set(words[-10:].to_list()))
    assert table.words.gather(pl.Series(again)).equals(words[-10:], check_names=False)


def test_theme_tables_leave_out_hits_of_documents_not_given():
    from pipelines.domain import batches

    texts = {"a": ["大力发展低空经济。"], "b": ["坚持科技创新引领。"], "c": ["深化改革开放。"]}
    tokens = pl.concat([_with_doc(frame_from_text(t), d) for d, t in texts.items()])
    hits = themes.score_documents(tokens)
    sentences = pl.DataFrame(
        {"doc_id": ["b", "a"], "sent_no": [0, 0], "is_heading": [False, False],
         "heading_path": [[], []], "text": [texts["b"][0], texts["a"][0]]},
        schema={"doc_id": pl.String, "sent_no": pl.Int32, "is_heading": pl.Boolean,
                "heading_path": pl.List(pl.String), "text": pl.String},
    )
    result = batches.themes_from_hits(hits, sentences)
    kept = result.frames["theme_hits"]
    assert set(kept.get_column("doc_id")) == {"a", "b"}
    assert kept.height == hits.filter(pl.col("doc_id") != "c").height
    assert result.n_rows == {"a": kept.filter(pl.col("doc_id") == "a").height,
                             "b": kept.filter(pl.col("doc_id") == "b").height}
    assert set(result.frames["document_themes"].get_column("doc_id")) == {"a", "b"}


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


def test_categorical_columns_are_numbered_as_their_strings_across_calls():
    matcher = themes._build_matcher(themes.term_table(small_taxonomy().themes), small_taxonomy())
    table = matcher.words
    first = pl.Series(["创新", "产业", "甲乙", "创新"]).cast(pl.Categorical())
    second = pl.Series(["丙丁", "产业", " 产业 ", "创新", "丙丁"]).cast(pl.Categorical())
    own = pl.Series(["产业", "戊己"]).cast(pl.Categorical(pl.Categories("theme_test_own")))
    for column in (first, second, own, second):  # known ids by table, new ones by string
        numbers = table.numbers(column)
        assert table.words.gather(pl.Series(numbers)).equals(column.cast(pl.String),
                                                             check_names=False)
    assert table.numbers(second)[1] == table.numbers(first)[1] == table.numbers(own)[0]
    assert len(table.hashes) == 6  # 创新 产业 甲乙 丙丁 " 产业 " 戊己


def test_document_themes_frame_groups_documents_in_any_row_order():
    taxonomy = small_taxonomy().themes
    rows = [("b", 0, "产业", 2.0), ("a", 1, "科技", 9.0), ("b", 0, "科技", 1.0),
            ("a", 2, "科技", 1.0), ("b", 3, "产业", 2.0), ("c", 0, "产业/低空", 1.0),
            ("a", 1, "产业", 2.0), ("b", 3, "产业", 2.0)]  # b's sentence 3 twice: one sentence
    hits = pl.DataFrame(rows, schema=["doc_id", "sent_no", "theme", "score"], orient="row")
    sentences = pl.DataFrame({"doc_id": ["a", "a", "a", "b", "b"],
                              "is_heading": [False, False, True, False, False]})
    got = themes.document_themes_frame(hits, sentences, themes=taxonomy)
    assert got.schema == pl.Schema(themes.DOCUMENT_THEMES_SCHEMA)
    assert [r[:2] + r[3:] for r in got.iter_rows()] == [
        ("a", "科技", 1, 2), ("a", "产业", 2, 1), ("b", "产业", 1, 3), ("b", "科技", 2, 1),
        ("c", "产业/低空", 1, 1)]
    assert got.get_column("score").to_list() == [0.777778, 0.222222, 0.857143, 0.142857, 1.0]


def test_hits_are_placed_on_their_sentence_rows_as_by_a_join():
    sents = pl.DataFrame({"doc_id": ["b", "b", "a", "a", "b", "c"],
                          "sent_no": [0, 1, 0, 2, 5, 1]})
    hits = pl.DataFrame({"doc_id": ["a", "b", "x", "a", "b", "b", "c"],
                         "sent_no": [2, 5, 0, 1, 0, 5, 1]})
    twice = pl.concat([sents, sents.head(1)])  # a sentence twice: placed by the join
    for frame, hit_rows in ((sents, [0, 1, 4, 5, 6]), (twice, [0, 1, 4, 4, 5, 6])):
        joined = (hits.with_row_index("hit").join(frame.with_row_index("row"),
                                                  on=["doc_id", "sent_no"], maintain_order="left"))
        expected = (joined.get_column("hit").to_list(), joined.get_column("row").to_list())
        assert expected[0] == hit_rows
        rank, names = themes._run_ranks(frame.get_column("doc_id"))
        got = themes._sentence_rows(hits, frame, rank, names)
        assert (got[0].tolist(), got[1].tolist()) == expected


@pytest.mark.parametrize("rows", [
    [(2, 1.0, "b"), (0, 3.0, "a"), (0, 2.0, "c"), (2, 1.0, "c"), (1, 2.0, "a")],  # ordered
    [(0, 2.0, "c"), (0, 2.0, "a"), (1, 1.0, "a"), (1, 5.0, "b"), (0, 3.0, "b")],  # not
])
def test_strongest_first_orders_by_row_score_descending_then_theme(rows):
    row = np.array([r for r, _, _ in rows])
    score = np.array([s for _, s, _ in rows])
    order = themes._strongest_first(row, score, pl.Series([t for _, _, t in rows]))
    expected = sorted(range(len(rows)), key=lambda i: (rows[i][0], -rows[i][1], rows[i][2]))
    assert order.tolist() == expected


def test_word_hashes_by_numpy_equal_the_plain_hash():
    words = ["", "创新", "a", "x" * 300, "\ud800孤", "𠀀𠀁", " 产业 ", "", "5G"]
    n_chars = np.array([len(w) for w in words], dtype=np.int64)
    for base in themes._HASH_BASES:
        hashes, powers = themes._hashes(words, n_chars, base)
        assert hashes.tolist() == [themes._hash(w, base) for w in words]
        assert powers.tolist() == [pow(base, len(w), 2**64) for w in words]
