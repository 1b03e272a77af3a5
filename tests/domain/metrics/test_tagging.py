import re

from pipelines.domain.cleaning import clean_document
from pipelines.domain.metrics.home import infer_home_place
from pipelines.domain.metrics.tagging import LazyTags, WordTags, place_clauses, word_tags
from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import default_segmenter
from tests.conftest import SEEDS


def _sent(no: int, text: str) -> Sentence:
    return Sentence(sent_no=no, block_no=0, text=text, raw_start=0, raw_end=len(text))


def test_place_clauses_keep_whole_clauses_that_may_name_a_place():
    text = "全年新建充电桩6万个，德阳市GDP增长6%；四川外贸增长，城镇就业稳定。“重庆”"
    assert place_clauses(text) == ["德阳市GDP增长6%", "四川外贸增长", "重庆"]
    assert place_clauses("新建充电桩6万个，就业稳定。") == []
    assert place_clauses("阿坝州 旅游") == ["阿坝州"]  # a space is a cut, too


def test_lazy_tags_tag_a_sentence_once_when_asked():
    calls: list[str] = []

    def tag(text: str) -> list[tuple[str, str]]:
        calls.append(text)
        return [(text, "x")]

    tags = LazyTags([_sent(0, "甲"), _sent(1, "乙")], tag)
    assert calls == [] and len(tags) == 2 and 1 in tags and 5 not in tags
    assert tags[1] == [("乙", "x")] and tags.get(1) == [("乙", "x")]
    assert calls == ["乙"]
    assert tags.get(5) is None


def test_place_tags_count_the_same_places_as_tagging_every_sentence():
    seg = default_segmenter()
    place_chars = re.compile("[省市县区州]")
    for path in sorted(SEEDS.glob("0*.txt")):
        sents = clean_document(path.read_text(encoding="utf-8")).sentences
        full = [seg.tag(s.text) for s in sents]
        lazy = LazyTags(sents, seg.tag)
        lazy[sents[3].sent_no]  # one sentence tagged in full before: its tags are reused
        places = [w for w, _ in lazy.place_tags(sents) if place_chars.search(w)]
        assert places == [w for t in full for w, _ in t if place_chars.search(w)]
        assert infer_home_place([lazy.place_tags(sents)]) == infer_home_place(full)


def test_polars_finds_the_same_place_clauses_as_python():
    import polars as pl

    from pipelines.domain.metrics.tagging import place_clause_pattern

    texts = ["全年新建充电桩6万个，德阳市GDP增长6%；四川外贸增长，城镇就业稳定。",
             "", "市", "成都\u00a0市区", "a\x1c市", "甲\u2028乙市", "新建充电桩6万个。"]
    for path in sorted(SEEDS.glob("0*.txt")):
        texts += [s.text for s in clean_document(path.read_text(encoding="utf-8")).sentences]
    found = pl.Series(texts).str.extract_all(place_clause_pattern()).to_list()
    assert found == [place_clauses(t) for t in texts]
    assert any(found)


def test_prefetch_tags_each_sentence_as_tagging_it_alone():
    seg = default_segmenter()
    texts = ["2023年全年新建充电桩6万个，同比增长5.3%。", "", "成都市GDP 增长6% ", " 新建绿道",
             "增长", "5.1%，高于全国"]
    sents = [_sent(i, t) for i, t in enumerate(texts)]
    calls: list[str] = []

    def tag(text: str) -> list[tuple[str, str]]:
        calls.append(text)
        return seg.tag(text)

    tags = LazyTags(sents, tag)
    tags.prefetch([5, 0, 1, 2, 3, 4, 0])
    assert len(calls) == 1  # one tagger call for all of them
    assert all(tags[s.sent_no] == seg.tag(s.text) for s in sents)
    assert len(calls) == 1  # nothing tagged again


def test_prefetch_tags_texts_holding_line_breaks_one_by_one():
    seg = default_segmenter()
    sents = [_sent(0, "增长\n5%"), _sent(1, "新建\r"), _sent(2, "充电桩")]
    tags = LazyTags(sents, seg.tag)
    tags.prefetch([0, 1, 2])
    assert [tags[i] for i in range(3)] == [seg.tag(s.text) for s in sents]


def test_word_tags_equal_the_taggers_tags():
    seg = default_segmenter()
    tags = WordTags(seg.cut, seg.tag)
    texts = [s.text for p in sorted(SEEDS.glob("0*.txt"))
             for s in clean_document(p.read_text(encoding="utf-8")).sentences]
    for _ in range(2):  # learning, then from the table
        assert [tags(t) for t in texts] == [seg.tag(t) for t in texts]


def test_word_tags_fall_back_to_the_text_when_a_word_is_cut_apart_alone():
    def cut(text: str) -> list[str]:
        return ["分好", "了"] if text == "分好了" else [text]

    def tag(text: str) -> list[tuple[str, str]]:
        return {"分好了": [("分好", "v"), ("了", "ul")], "分好": [("分", "v"), ("好", "a")],
                "了": [("了", "ul")]}[text]

    assert WordTags(cut, tag)("分好了") == [("分好", "v"), ("了", "ul")]


def test_columns_are_the_tags_as_two_lists():
    seg = default_segmenter()
    texts = ["2023年全年新建充电桩6万个，同比增长5.3%。", "成都市GDP 增长6% ", "", "增长"]
    sents = [_sent(i, t) for i, t in enumerate(texts)]
    tags = LazyTags(sents, word_tags())
    tags.prefetch([0, 1, 2, 3])
    for s in sents:
        words, pos = tags.columns(s.sent_no)
        assert list(zip(words, pos, strict=True)) == seg.tag(s.text) == tags[s.sent_no]
    fresh = LazyTags(sents, seg.tag)  # any tagger: columns split its pairs
    assert fresh.columns(0) == ([w for w, _ in seg.tag(texts[0])],
                                [p for _, p in seg.tag(texts[0])])
