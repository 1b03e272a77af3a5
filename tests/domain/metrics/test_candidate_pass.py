from pipelines.domain.metrics.candidate_pass import candidate_hint_pattern, find_candidates
from tests.domain.metrics.support import only_candidate


def test_chinese_numerals_fractions_and_percent_words():
    assert only_candidate("新增就业一千五百人")[1].value_normalized == 1500
    _, c = only_candidate("占比超过三分之一")
    assert abs(c.value - 33.3333) < 1e-3 and c.unit == "%"
    _, c = only_candidate("提高百分之十")
    assert c.value == 10 and c.unit == "%"


def test_ratio_gives_one_candidate_per_part():
    cands = find_candidates("三次产业结构比为3.7∶30.6∶65.7")
    assert [c.value for c in cands] == [3.7, 30.6, 65.7]
    assert {c.category for c in cands} == {"ratio"}


def test_hint_pattern_is_found_in_every_text_holding_a_candidate():
    import polars as pl

    from pipelines.domain.cleaning import clean_document
    from tests.conftest import SEEDS

    texts = [s.text for p in sorted(SEEDS.glob("0*.txt"))
             for s in clean_document(p.read_text(encoding="utf-8")).sentences]
    texts += ["比例为3∶2∶1", "百分之十五", "三分之一", "突破万亿元", "居全国第二", "增长５．３％",
              "1 3 0 0 亿元", "30余家", "5%—6%", "6 万个", "十二萬輛", "八成以上", "两千多亩"]
    hinted = pl.Series(texts).str.contains(candidate_hint_pattern()).to_list()
    holding = [bool(find_candidates(t)) for t in texts]
    assert all(h for h, c in zip(hinted, holding, strict=True) if c)
    assert sum(holding) > 60 and not all(hinted)  # a filter: some texts are passed over
    assert not pl.Series(["统一推进一些工作", "2023年"]).str.contains(
        candidate_hint_pattern()).any()


def test_hint_passes_over_enumerations_but_not_counts_written_like_them():
    import polars as pl


    def hinted(texts: list[str]) -> list[bool]:
        return pl.Series(texts).str.contains(candidate_hint_pattern()).to_list()

    enumerations = ["实施三大工程", "推出一批重大项目", "落实五项举措", "建设两个中心"]
    assert not any(hinted(enumerations))
    assert not any(find_candidates(t) for t in enumerations)
    counts = ["新建两个公园", "超过三个项目", "核聚变能、量子科技等十大未来产业", "增加6－十个",
              "延长三公里", "新增五万人", "建成十二个站", "提高三个百分点", "新建三個站点"]
    assert all(find_candidates(t) for t in counts)
    assert all(hinted(counts))


def test_hint_is_found_in_every_random_text_holding_a_candidate():
    import random

    import polars as pl

    from pipelines.domain.metrics.lexicon import metric_lexicon
    from pipelines.domain.units import unit_lexicon

    lex, units = metric_lexicon(), unit_lexicon()
    words = [*units.units, *units.multipliers, *lex.qual_before, *lex.qual_after,
             *lex.qual_inside, *lex.currency_before, *lex.chinese_count_verbs,
             *"一二三四五六七八九十百千万亿两零第0123456789０１.,%％:∶—~-－～至到 　、等大個",
             "百分之", "分之", "2023", "3.5", "，", "建设"]
    rng = random.Random(3)
    texts = ["".join(rng.choice(words) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    hinted = pl.Series(texts).str.contains(candidate_hint_pattern()).to_list()
    missed = [t for t, h in zip(texts, hinted, strict=True) if not h and find_candidates(t)]
    assert not missed
    assert not all(hinted)
