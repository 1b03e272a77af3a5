from pipelines.domain.metrics.clauses import (
    CLAUSE_MARKS,
    ITEM_MARKS,
    Tok,
    clause_end,
    clause_start,
    tokens_in,
    tokens_with_offsets,
)


def test_words_tiling_the_text_get_running_offsets():
    text = "全年新建充电桩6万个"
    tags = [("全年", "t"), ("新建", "v"), ("充电桩", "n"), ("6", "m"), ("万个", "m")]
    toks = tokens_with_offsets(text, tags)
    assert toks == [Tok("全年", "t", 0, 2), Tok("新建", "v", 2, 4), Tok("充电桩", "n", 4, 7),
                    Tok("6", "m", 7, 8), Tok("万个", "m", 8, 10)]
    assert all(text[t.start : t.end] == t.word for t in toks)


def test_spaces_and_unplaceable_words_are_skipped():
    text = "GDP 十强城市"
    tags = [("GDP", "eng"), (" ", "x"), ("十强", "m"), ("城市", "n")]
    assert [(t.word, t.start) for t in tokens_with_offsets(text, tags)] == [
        ("GDP", 0), ("十强", 4), ("城市", 6)]
    # a word the text does not hold (from the cursor on) is left out, the rest still placed
    assert [t.word for t in tokens_with_offsets("甲乙", [("丙", "n"), ("乙", "n")])] == ["乙"]
    # a long run of spaces stops placing words (the cursor may not jump more than 8 characters)
    far = "甲" + " " * 9 + "乙"
    tags = [("甲", "n"), *[(" ", "x")] * 9, ("乙", "n")]
    assert [t.word for t in tokens_with_offsets(far, tags)] == ["甲"]


def test_clause_bounds_and_tokens_inside():
    text = "一季度GDP增长5.3%，工业增长6%、投资增长4%；全年目标6%"
    at = text.index("6%、")
    assert clause_start(text, at, CLAUSE_MARKS) == text.index("工业")
    assert clause_start(text, text.index("4%"), ITEM_MARKS) == text.index("投资")
    assert clause_end(text, at, CLAUSE_MARKS) == text.index("；")
    toks = [Tok("工业", "n", 11, 13), Tok("增长", "v", 13, 15), Tok("6%", "m", 15, 17)]
    assert tokens_in(toks, 11, 15) == toks[:2]


def test_tokens_in_by_bisection_equals_the_scan():
    text = "2023年 全市地区生产总值增长5.3%，新建“充电桩”6万个"
    tags = [(w, "x") for w in ["2023", "年", " ", "全市", "地区", "生产总值", "增长", "5.3%", "，",
                               "新建", "“", "充电桩", "”", "6", "万个"]]
    toks = tokens_with_offsets(text, tags)
    plain = list(toks)  # a plain list: the scan
    for a in range(len(text) + 1):
        for b in range(a, len(text) + 2):
            assert tokens_in(toks, a, b) == tokens_in(plain, a, b)
    assert [t.word for t in tokens_in(toks, 6, 16)] == ["全市", "地区", "生产总值", "增长"]
