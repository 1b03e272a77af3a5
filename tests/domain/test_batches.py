"""The batch stages on real seed text, including a document long enough to be cut in pieces."""

from datetime import date

import polars as pl

from pipelines.domain import batches
from pipelines.domain.offsets import decode_runs
from tests.conftest import SEEDS


def _seed_text() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt")))


def test_piece_starts_cut_after_sentence_or_line_end():
    raw = ("第一句话。" * 50 + "\n") * 40
    starts = batches.piece_starts(raw, 1000)
    assert starts[0] == 0 and len(starts) > 5
    assert all(raw[s - 1] in "。\n" for s in starts[1:])
    assert all(b - a <= 1000 for a, b in zip(starts, [*starts[1:], len(raw)], strict=True))
    assert batches.piece_starts("短文。", 1000) == [0]


def test_long_document_in_pieces_keeps_exact_offsets(monkeypatch):
    raw = _seed_text() * 3
    monkeypatch.setattr(batches, "MAX_PIECE_CHARS", 20_000)
    monkeypatch.setattr(batches, "MAX_SLICE_SENTENCES", 300)
    result = batches.clean_batch([("d1", raw)])
    assert result.failures == []
    sents = result.frames["sentences"]
    assert sents["sent_no"].to_list() == list(range(sents.height))
    assert sents["block_no"].is_sorted()
    for row in sents.iter_rows(named=True):
        index = decode_runs(row["raw_index"], len(row["text"]))
        assert index[0] >= row["raw_start"] and index[-1] < row["raw_end"] <= len(raw)
    blocks = result.frames["blocks"]
    assert blocks["block_no"].to_list() == list(range(blocks.height))

    metrics = batches.metrics_batch([("d1", raw, date(2024, 6, 1))], sents, "v").frames["metrics"]
    assert metrics.height > 200
    assert metrics["metric_id"].n_unique() == metrics.height
    quotes = [raw[a:b] for a, b in zip(metrics["char_start"], metrics["char_end"], strict=True)]
    assert quotes == metrics["quote"].to_list()


def test_a_failing_document_does_not_stop_the_batch(monkeypatch):
    import pipelines.domain.cleaning as cleaning

    real = cleaning.clean_document

    def flaky(raw, *args, **kwargs):
        if "BOOM" in raw:
            raise ValueError("cannot clean this")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(cleaning, "clean_document", flaky)
    result = batches.clean_batch([("bad", "BOOM。"), ("good", "全年新建充电桩6万个。")])
    assert result.failures == [("bad", "cleaning failed: ValueError: cannot clean this")]
    assert set(result.frames["sentences"]["doc_id"]) == {"good"}
    assert isinstance(result.frames["doc_info"], pl.DataFrame)


def test_theme_scoring_failure_names_the_document(monkeypatch):
    from pipelines.domain import themes

    result = batches.clean_batch([("good", "加快科技创新，建设现代化产业体系。"),
                                  ("bad", "推进生态环境保护。")])
    sents = result.frames["sentences"]
    toks = batches.tokenize_batch(sents).frames["tokens"]
    real = themes.score_documents

    def fragile(tokens, *args, **kwargs):
        if "bad" in set(tokens["doc_id"]):
            raise RuntimeError("broken taxonomy entry")
        return real(tokens, *args, **kwargs)

    monkeypatch.setattr(themes, "score_documents", fragile)
    out = batches.themes_batch(sents, toks)
    assert out.failures == [("bad", "theme scoring failed: RuntimeError: broken taxonomy entry")]
    assert set(out.frames["theme_hits"]["doc_id"]) == {"good"}
    assert "科技创新" in set(out.frames["document_themes"]["theme"])


def test_categorical_tokens_hold_the_same_rows():
    sentences = batches.clean_batch([("d1", _seed_text()[:3000]), ("d0", "低空经济加快发展。")]
                                    ).frames["sentences"]
    plain = batches.tokenize_batch(sentences)
    coded = batches.tokenize_batch(sentences, categorical=True)
    assert coded.frames["tokens"].schema["word"] == pl.Categorical
    assert coded.frames["tokens"].cast(batches.TOKEN_SCHEMA).equals(plain.frames["tokens"])
    assert coded.n_rows == plain.n_rows and set(plain.n_rows) == {"d0", "d1"}
    key = ["doc_id", "word"]
    counts = coded.frames["term_counts"]
    assert counts.schema["word"] == pl.Categorical and plain.frames["term_counts"].height > 20
    assert counts.cast({"doc_id": pl.String, "word": pl.String}).sort(key).equals(
        plain.frames["term_counts"].sort(key))
    assert batches.theme_hits(coded.frames["tokens"])[0].equals(
        batches.theme_hits(plain.frames["tokens"])[0])


def test_a_place_named_short_after_its_full_name_is_one_place():
    """QA 8, finding 11: 双城经济圈 and 成渝地区双城经济圈 were two places in one document. The
    subject stays as written (the gold's convention), the place is the full name; another
    document's short name is left alone, as are names of two characters."""
    frame = pl.DataFrame({"doc_id": ["a", "a", "a", "b", "a", "a"],
                          "subject": ["成渝地区双城经济圈", "双城经济圈", None, "双城经济圈",
                                      "四川", "川"]})
    out = batches.with_place(frame, {"a": "重庆市", "b": None})
    assert out.get_column("subject").to_list() == frame.get_column("subject").to_list()
    assert out.get_column("place").to_list() == [
        "成渝地区双城经济圈", "成渝地区双城经济圈", "重庆", "双城经济圈", "四川", "川"]


def _info(raw: str) -> dict:
    return batches.clean_batch([("d", raw)]).frames["doc_info"].row(0, named=True)


def test_the_title_is_the_headline_not_the_furniture_or_a_section_heading():
    cases = {
        # a masthead above the headline
        "大公报　2025年8月6日　星期三　A12 | 大湾区\n\n某市制造业上半年稳中向好\n\n"
        "【大公报讯】某市上半年工业增加值增长6.8%。\n": "某市制造业上半年稳中向好",
        # a filing's securities-code line above its title
        "证券代码：688999　证券简称：某某科技　公告编号：2025-018\n\n某某科技股份有限公司\n"
        "2024年年度报告摘要\n\n第一节　重要提示\n\n1.本摘要来自年度报告全文。\n":
            "某某科技股份有限公司2024年年度报告摘要",
        # a running page header, then title, subtitle and speaker
        "某市人民政府公报　　　　2025年第2期\n政府工作报告\n"
        "——2025年1月16日在某市第十八届人民代表大会第\n五次会议上\n某市市长　王某\n各位代表：\n"
        "现在，我代表市人民政府向大会报告工作。\n"
        "　　— 1 —\n某市人民政府公报　　　　2025年第2期\n全市经济运行平稳。\n": "政府工作报告",
        # a bilingual title whose English line follows it, a numbered section heading later
        "中国某行业2025年上半年回顾与下半年展望\n"
        "China Some Industry: 2025 H1 Review and H2 Outlook\n\n"
        "2025年上半年，我国产量继续增长。\n\n一、装机 Installations\n\n上半年新增装机增长。\n":
            "中国某行业2025年上半年回顾与下半年展望",
        # a three-line notice: its first line is its title
        "某区人民政府关于2025年春节期间烟花爆竹禁放的通告\n"
        "2025年1月20日起至2月12日，全区禁止燃放烟花爆竹。\n某区人民政府　2025年1月15日\n":
            "某区人民政府关于2025年春节期间烟花爆竹禁放的通告",
    }
    for raw, title in cases.items():
        assert _info(raw)["title_hint"] == title, raw[:20]


def test_the_date_of_a_header_line_whose_spaces_cleaning_removes():
    raw = ("某行业2025年上半年回顾\n\n发布单位：某行业协会（ABC）　2025.07.24　北京\n\n"
           "上半年多晶硅产量约为60.5万吨，同比下降39.8%。\n")
    info = _info(raw)
    assert (info["detected_date"], info["detected_date_source"]) == (date(2025, 7, 24), "text")
    assert info["source_hint"] == "某行业协会"


def test_a_page_naming_its_province_as_all_the_province_takes_its_papers_home():
    """A page that says only 全省 takes the home of the paper that printed it (QA 14: a 江西日报
    quarter report had no place, so none of its figures paired with the province's targets)."""
    raw = ("一季度全省经济稳中有进\n江西日报  2024年4月20日\n\n"
           "本报讯 记者从省统计局获悉：一季度，全省地区生产总值7846.5亿元，同比增长4.9%。\n")
    sents = batches.clean_batch([("d1", raw)]).frames["sentences"]
    metrics = batches.metrics_batch([("d1", raw, date(2024, 4, 20))], sents, "v"
                                    ).frames["metrics"]
    assert set(metrics["place"]) == {"江西"}
