"""Quoted slogans and numeral formulas."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.domain import policy_terms as pt

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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
    # (牛鼻子, the key, is a figure of speech the lexicon lists: see the QA 9 tests below)
    text = "“抓住改革关键，就要深化‘街乡吹哨’。”"
    assert as_dict(text) == {"街乡吹哨": ("quoted", 1)}


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


# -- the one-scan matcher and str.count give what the plain per-pattern search gives ------------
_PIECES = ["二", "三", "两", "十", "一", "个", "大", "项", "化", "年", "区", "线", "新", "高",
           "第", "1", "２", "方面", "工程", "确立", "同步", "“", "”", "「", "」", "，", "。",
           "、", " ", "\n", "三个", "两个确立", "十大工程", "三区三线", "四化同步", "一高", "\""]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@given(_texts)
@settings(max_examples=400, deadline=None)
def test_numbered_scan_equals_each_pattern_searched_alone(text):
    lexicon = pt.load_lexicon()
    expected = [(m.group(0), check, m.start()) for pattern, check in lexicon.numbered_in_text
                for m in pattern.finditer(text)]
    assert pt._numbered_matches(text, lexicon) == expected


def _reference_terms(text: str) -> list[tuple[str, str, int]]:
    """find_policy_terms as first written: every pattern searched alone, every occurrence listed."""
    lexicon = pt.load_lexicon()
    kinds: dict[str, str] = {}
    quoted: dict[str, list[tuple[int, int]]] = {}
    in_context: set[str] = set()  # honours, speech, products by their own name
    for pattern in lexicon.quote_patterns:
        for m in pattern.finditer(text):
            term = m.group(1).strip()
            numbered = lexicon.numbered_at_start.match(term) is not None
            plus = lexicon.plus_formula is not None and lexicon.plus_formula.match(term)
            if ((pt.is_slogan(term, lexicon) or pt.is_list_slogan(term, lexicon) or plus)
                    and term not in lexicon.figures
                    and term not in pt.product_names(text, lexicon)
                    and not term.startswith(lexicon.ordinal_prefixes)
                    and not (lexicon.ranking and lexicon.ranking.match(term))
                    and not (numbered and (pt.is_tally(term, lexicon)
                                           or pt.is_not_formula(term, lexicon)))):
                quoted.setdefault(term, []).append(m.span(1))
                numbered = numbered or (not pt.is_slogan(term, lexicon) and bool(plus))
                kinds[term] = "numbered" if numbered else kinds.get(term, "quoted")
                before, after = text[max(0, m.start() - 8):m.start()], text[m.end():m.end() + 4]
                if (before.endswith(lexicon.honours_before)
                        or after.startswith(lexicon.honours_after)
                        or (before[-1:] in "，：,:" and before[:-1].endswith(lexicon.speech_verbs))
                        or (len(term) > 3 and term.endswith(lexicon.product_words))):
                    in_context.add(term)
    for term in in_context:
        del kinds[term], quoted[term]
    unquoted = []
    for pattern, check in lexicon.numbered_in_text:
        for m in pattern.finditer(text):
            term = m.group(0)
            if (term not in kinds and not (check and pt._numeral_formula_is_generic(term, lexicon))
                    and not pt.is_not_formula(term, lexicon) and not pt.is_tally(term, lexicon)
                    and not text[max(0, m.start() - 2):m.start()].endswith(lexicon.anaphora)):
                kinds[term] = "numbered"
                unquoted.append(term)
    named = [m.group(0) for m in lexicon.listed.finditer(text)] if lexicon.listed else []
    for term in named + pt.suffix_formulas(text, lexicon):
        if term not in kinds:
            numbered = lexicon.numbered_at_start.match(term) is not None
            kinds[term] = "numbered" if numbered else "lexicon"
            unquoted.append(term)
    for term in pt.programmes(text, lexicon):
        if term not in kinds:
            kinds[term] = "programme"
            unquoted.append(term)
    for term in pt.titles(text, lexicon):
        kinds.setdefault(term, "title")
    spans = {t: quoted[t] if len(t) < lexicon.count_unquoted_min_chars and t in quoted
             else pt._spans(text, t) for t in kinds}
    for term in unquoted:
        longer = [s for o, ss in spans.items() if len(o) > len(term) and term in o for s in ss]
        if all(any(a <= s and e <= b for a, b in longer) for s, e in spans[term]):
            spans[term] = []
    found = sorted(((t, kinds[t], len(ss), ss[0][0]) for t, ss in spans.items() if ss),
                   key=lambda row: (-row[2], row[3]))
    return [row[:3] for row in found]


@given(_texts)
@settings(max_examples=400, deadline=None)
def test_find_policy_terms_equals_the_reference(text):
    assert pt.find_policy_terms(text) == _reference_terms(text)


def test_find_policy_terms_equals_the_reference_on_the_seed_pages():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert pt.find_policy_terms(text) == _reference_terms(text), path.name


def test_quoted_spans_of_short_slogans_are_the_quotations_themselves():
    lexicon = pt.load_lexicon()
    ascii_pattern = next(k for k, (o, c) in enumerate(lexicon.quote_pairs) if o == c == '"')
    curly = next(k for k, (o, c) in enumerate(lexicon.quote_pairs) if o == "“")
    # after "a" the letters "痛点" are not a quotation (its first mark closes "a"); the
    # padded " 痛点" that follows is one
    text = 'x"a"痛点" 痛点" 与“痛点”'
    spans = pt._quoted_spans(text, {(ascii_pattern, "痛点"): 1, (curly, "痛点"): 1},
                             {"痛点": 2}, lexicon)
    assert spans == {"痛点": [(text.index('" 痛点"') + 1, text.index('" 痛点"') + 4),
                             (text.index("“痛点”") + 1, text.index("“痛点”") + 3)]}


def test_numeral_amounts_places_and_idioms_are_not_formulas():
    text = ("全省森林面积达到四千二百万亩，新增就业七万二千人，二万三千户，累计三百八十万人。"
            "重庆、四川两地经济总量分别达到3.2万亿元和6.5万亿元。数据按四舍五入计算。"
            "严守三区三线，推动三新一高。")
    found = as_dict(text)
    for junk in ("四千二百", "七万二千", "二万三千", "三百八十", "四川两地", "四舍五入"):
        assert junk not in found
    assert found["三区三线"] == ("numbered", 1)
    assert found["三新一高"] == ("numbered", 1)


# -- QA 9, finding 18: figures of speech, product names, counts, and terms left unquoted --------


def test_figures_of_speech_and_product_names_are_not_terms():
    """A writer quotes a metaphor for what something is to a place (家底, 压舱石) and an app's
    name (“皖事通”APP): neither is a campaign. A slogan quoted in the same text still is."""
    text = ("制造业是本市的「家底」。集成电路产业是园区的“压舱石”。"
            "通过“皖事通”APP提交申请，关注“蓉易办”小程序。推进“智改数转”。")
    assert as_dict(text) == {"智改数转": ("quoted", 1)}


def test_a_count_of_bases_or_brands_is_not_a_numeral_formula():
    found = as_dict("合肥、西安两大生产基地年产能合计60万辆，旗下三大品牌销量增长。")
    assert not any(term.startswith(("两大", "三大")) for term in found), found


def test_listed_campaigns_are_found_unquoted_and_inner_ones_only_alone():
    """以旧换新 and 专精特新 go unquoted (every reader knows them); 设备更新 inside
    大规模设备更新 is not counted apart, 以旧换新 inside 消费品以旧换新 is (it also stands
    alone)."""
    text = ("实施大规模设备更新和消费品以旧换新。开展汽车以旧换新补贴，"
            "新增国家级专精特新企业21家。")
    found = as_dict(text)
    assert found["以旧换新"] == ("lexicon", 2)
    assert found["消费品以旧换新"] == ("lexicon", 1)
    assert found["大规模设备更新"] == ("lexicon", 1)
    assert found["专精特新"] == ("lexicon", 1)
    assert "设备更新" not in found
    # quoted somewhere, a listed term is a quoted one
    assert as_dict("受“以旧换新”政策带动，以旧换新补贴发放。")["以旧换新"] == ("quoted", 2)


def test_regional_integration_formulas_take_their_places():
    """广佛全域同城化: the places and 全域 before 同城化, back to the preposition 在; a verb the
    segmenter tags as a noun (深化) is no place; 同城化 with nothing before it is no term; a
    national programme is listed (长三角一体化), a concept is not (城乡一体化)."""
    found = as_dict("两地在广佛全域同城化框架下合作，深化厦漳泉同城化，推进同城化发展。"
                    "加快长三角一体化发展，深化城乡一体化改革。")
    assert found == {"广佛全域同城化": ("lexicon", 1), "厦漳泉同城化": ("lexicon", 1),
                     "长三角一体化发展": ("lexicon", 1)}


def test_many_documents_find_the_lexicon_terms_one_text_finds():
    """policy_terms_frame searches the lexicon's lists in all documents at once; each
    document's terms are those find_policy_terms gives its text alone."""
    sentences = pl.DataFrame({
        "doc_id": ["a", "a", "b", "c"],
        "text": ["实施大规模设备更新和消费品以旧换新。", "通过“皖事通”APP申请，推进“智改数转”。",
                 "两地在广佛全域同城化框架下合作，新增专精特新企业。", "全面推进放管服改革。"],
    })
    frame = pt.policy_terms_frame(sentences)
    for doc_id in ("a", "b", "c"):
        text = "\n".join(sentences.filter(pl.col("doc_id") == doc_id).get_column("text"))
        rows = frame.filter(pl.col("doc_id") == doc_id).drop("doc_id")
        assert rows.rows() == pt.policy_terms(text).rows(), doc_id
    assert ("b", "广佛全域同城化", "lexicon", 1) in frame.rows()
    assert not any(term == "皖事通" for _, term, _, _ in frame.rows())


# -- measured against tests/gold/policy_terms_gold.yaml (terms-4) -------------------------------


def test_titles_of_laws_and_plans_are_their_own_kind():
    """《》 titles of laws, plans and programmes are terms (kind title, with their marks); a
    periodical's name and a one-word reference are not, nor the document's own title (a notice
    that issues a plan prints the plan's title over its text)."""
    text = ("关于印发《某县推进乡村全面振兴实施方案（2026-2028年）》的通知\n"
            "某县推进乡村全面振兴实施方案（2026-2028年）\n"
            "根据《中华人民共和国乡村振兴促进法》和《成渝地区双城经济圈建设规划纲要》，"
            "本期《理论周刊》约请专家解读《决定》。")
    found = as_dict(text)
    assert found["《中华人民共和国乡村振兴促进法》"] == ("title", 1)
    assert found["《成渝地区双城经济圈建设规划纲要》"] == ("title", 1)
    assert not any(term.startswith("《") and ("周刊" in term or "决定" in term or "某县" in term)
                   for term in found), found
    assert "成渝地区双城经济圈" not in found  # only inside a title: counted as the title


def test_programmes_named_after_an_implementation_verb():
    found = as_dict("政府今年推行长者医疗券计划，实施企业研发投入倍增计划，完成年度计划的九成，"
                    "制定工作方案。")
    assert found["长者医疗券计划"] == ("programme", 1)
    assert found["企业研发投入倍增计划"] == ("programme", 1)
    assert not any(term in ("年度计划", "工作方案") for term in found), found


def test_honours_platforms_speech_and_ordinals_in_quotes_are_not_slogans():
    text = ("连续5年获评“中国最佳引才城市”，荣获全球首届“生物多样性魅力城市”称号，"
            "关注“甲通”“乙办”等小程序，完善“政企交流服务微信群”，"
            "全会提出，“建设国家战略腹地和关键产业备份”，作为成都“第三水源”，坚持“双核联动”。")
    assert as_dict(text) == {"双核联动": ("quoted", 1), "国家战略腹地": ("lexicon", 1)}


def test_list_slogans_and_digit_formulas_in_quotes():
    found = as_dict("坚持“创新驱动、开放引领、科产融合、强县活区”发展战略，落实“8+4”经济政策体系，"
                    "推进「1+4」適度多元發展。热线“12345”。")
    assert found["创新驱动、开放引领、科产融合、强县活区"] == ("quoted", 1)
    assert found["8+4"] == ("numbered", 1)
    assert found["1+4"] == ("numbered", 1)
    assert "12345" not in found


def test_tallies_and_counts_of_what_was_just_listed_are_not_formulas():
    found = as_dict("八大类价格同比“四涨三降一平”，数据“四舍五入”。做好甲枢纽、乙枢纽这三大枢纽，"
                    "三大产业增加值增长，推进三区三线。")
    assert found == {"三区三线": ("numbered", 1)}


def test_many_documents_find_what_each_text_alone_finds_on_the_seed_and_held_out_pages():
    """The batch path (lexicon_hits: one scan of the column for listed terms, markers of honours
    and speech, 《) gives each document the terms find_policy_terms gives its text alone."""
    files = [*sorted(SEEDS.glob("*.txt")), *sorted((SEEDS.parent / "tests" / "gold" / "heldout")
                                                   .glob("h*.txt"))]
    rows = [(path.name, line) for path in files
            for line in path.read_text(encoding="utf-8").splitlines()]
    sentences = pl.DataFrame(rows, schema={"doc_id": pl.String, "text": pl.String}, orient="row")
    frame = pt.policy_terms_frame(sentences)
    for path in files:
        text = "\n".join(line for doc_id, line in rows if doc_id == path.name)
        got = frame.filter(pl.col("doc_id") == path.name).drop("doc_id")
        assert got.rows() == pt.policy_terms(text).rows(), path.name


def test_the_greater_bay_areas_cooperation_zones_are_found_unquoted():
    """QA round 15 (a Hong Kong budget speech, Simplified as cleaning gives it): the lexicon
    listed two of the Greater Bay Area's cooperation zones (横琴, 前海) but not 河套 or 南沙, nor
    Hong Kong's 北部都会区, which a speech names unquoted as often as quoted."""
    found = as_dict("我们会推动北部都会区建设，并在河套深港科技创新合作区设立人工智能研发院，"
                    "深化与前海深港现代服务业合作区、南沙粤港澳全面合作示范区的合作。")
    assert found["北部都会区"] == ("lexicon", 1)
    assert found["河套深港科技创新合作区"] == ("lexicon", 1)
    assert found["前海深港现代服务业合作区"] == ("lexicon", 1)
    assert found["南沙粤港澳全面合作示范区"] == ("lexicon", 1)


def test_national_programmes_and_the_new_economies_a_city_names_are_found_unquoted():
    """QA round 16 (a city's work report): 培育建设国际消费中心城市 and 国家区域医疗中心
    are national programmes, 首发经济 and 银发经济 the economies the Central Economic Work
    Conference named; the report names them unquoted and none was a term."""
    found = as_dict("培育建设国际消费中心城市，发展首发经济、银发经济，加快建设国家区域医疗中心。")
    for term in ("国际消费中心城市", "首发经济", "银发经济", "国家区域医疗中心"):
        assert found.get(term) == ("lexicon", 1), (term, found)


def test_a_quoted_count_of_first_places_is_a_ranking_not_a_slogan():
    """QA round 16: 工业总产值、规上工业增加值实现全国城市“双第一” gave the policy term 双第一; a
    slogan that puts something first (“质量第一”) stays one."""
    found = as_dict("工业总产值、规上工业增加值实现全国城市“双第一”，外贸“三连冠”，"
                    "坚持“质量第一”。")
    assert "双第一" not in found and "三连冠" not in found, found
    assert found.get("质量第一") == ("quoted", 1), found
