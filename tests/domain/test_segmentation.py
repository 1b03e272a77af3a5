"""Segmenter: domain dictionary words come out whole; token table shape and stopwords."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pytest

from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import (
    DICT_PATH,
    STOPWORDS_PATH,
    Segmenter,
    default_segmenter,
    read_user_dict,
    read_word_list,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

DOMAIN_WORDS = [
    "新质生产力", "微网实格", "成渝地区双城经济圈", "公园城市示范区", "建圈强链", "十五五",
    "一网统管", "低空经济", "粤港澳大湾区", "黑龙江省", "哈尔滨", "乌鲁木齐", "国家发展改革委",
]


@pytest.mark.parametrize("word", DOMAIN_WORDS)
def test_dictionary_words_come_out_whole(word):
    seg = default_segmenter()
    text = f"加快推进{word}建设，取得新成效"
    assert word in seg.cut(text)
    assert word in [w for w, _ in seg.tag(text)]


@pytest.mark.parametrize("name", ["静海区", "下城区", "望城区", "龙子湖区", "察哈尔右翼前旗"])
def test_county_level_divisions_the_segmenter_cut_inside_their_name_come_out_whole(name):
    seg = default_segmenter()
    assert [(name, "ns")] == [wt for wt in seg.tag(f"2024年{name}地区生产总值增长5%")
                              if wt[0] == name]
    assert Segmenter().cut(name) != [name]  # (rjieba's own dictionary cuts it: 静|海区)


def test_a_division_listed_leaves_words_around_it_as_they_were():
    seg = default_segmenter()
    assert seg.cut("项城市场监管局") == ["项城", "市场", "监管局"]
    assert seg.cut("推动合作市场化")[:2] == ["推动", "合作"]


def test_dictionary_file_is_well_formed():
    entries = read_user_dict(DICT_PATH)
    assert len(entries) > 400
    words = [w for w, _, _ in entries]
    assert len(words) == len(set(words))
    assert all(freq > 0 and pos for _, freq, pos in entries)


def test_without_dictionary_the_terms_are_cut():
    plain = Segmenter()
    assert "微网实格" not in plain.cut("完善微网实格治理体系")
    assert "十五五" not in plain.cut("十五五时期")


def test_tokenize_drops_punctuation_but_keeps_positions():
    seg = default_segmenter()
    sents = [
        Sentence(sent_no=0, block_no=0, text="发展新质生产力，推动高质量发展。", raw_start=0,
                 raw_end=16),
        Sentence(sent_no=1, block_no=0, text="我们的目标是GDP 增长5%。", raw_start=17, raw_end=32),
    ]
    df = seg.tokenize(sents)
    assert df.schema == pl.Schema({
        "sent_no": pl.Int32, "position": pl.Int32, "word": pl.String, "pos": pl.String,
        "char_start": pl.Int32, "is_stopword": pl.Boolean,
    })
    first = df.filter(pl.col("sent_no") == 0)
    assert first["word"].to_list() == ["发展", "新质生产力", "推动", "高质量发展"]
    assert first["position"].to_list() == [0, 1, 3, 4]  # the comma kept position 2
    for word, start in zip(first["word"], first["char_start"], strict=True):
        assert sents[0].text[start : start + len(word)] == word
    second = df.filter(pl.col("sent_no") == 1)
    assert "，" not in df["word"].to_list() and " " not in df["word"].to_list()
    assert second.filter(pl.col("word") == "的")["is_stopword"].to_list() == [True]
    assert second.filter(pl.col("word") == "目标")["is_stopword"].to_list() == [False]


def test_tokenize_empty_input_has_the_schema():
    df = default_segmenter().tokenize([])
    assert df.height == 0 and df.columns[0] == "sent_no"


def test_crosses_detects_words_cut_by_a_break():
    seg = default_segmenter()
    assert seg.crosses("推动全面从", "严治党不断")
    assert not seg.crosses("打通堵点节点", "一是创新动能")
    assert seg.is_stopword("的") and not seg.is_stopword("发展")


def _reference_tokens(seg: Segmenter, sents: list[Sentence]) -> list[tuple]:
    """tokenize's contract spelled out token by token with ``tag`` (the slow, obvious way)."""
    rows = []
    for s in sents:
        offset = 0
        for i, (word, pos) in enumerate(seg.tag(s.text)):
            if re.search(r"[^\W_]", word):  # has a letter, digit or ideograph
                rows.append((s.sent_no, i, word, pos, offset, seg.is_stopword(word)))
            offset += len(word)
    return rows


def _sentences(texts: list[str]) -> list[Sentence]:
    return [Sentence(sent_no=10 + 2 * i, block_no=0, text=t, raw_start=0, raw_end=max(len(t), 1))
            for i, t in enumerate(texts)]


def test_tokenize_matches_tagging_each_sentence_on_the_seed_pages():
    seg = Segmenter(read_user_dict(DICT_PATH), read_word_list(STOPWORDS_PATH))  # cold tag cache
    texts = [line.strip() for f in sorted(SEEDS.glob("*.txt"))
             for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    sents = _sentences(texts)
    assert [tuple(r) for r in seg.tokenize(sents).iter_rows()] == _reference_tokens(seg, sents)
    again = _sentences(texts[::-1])  # warm cache, other order
    assert [tuple(r) for r in seg.tokenize(again).iter_rows()] == _reference_tokens(seg, again)


def test_tokenize_handles_line_breaks_and_empty_sentences():
    seg = default_segmenter()
    texts = ["发展新质生产力，\n推动高质量发展。", "", "第二句\r\n还有 GDP 5%", "结尾\r", "\n二"]
    sents = _sentences(texts)
    assert [tuple(r) for r in seg.tokenize(sents).iter_rows()] == _reference_tokens(seg, sents)
    plain = _sentences(["", "你好", "", "今年经济增长5.5%"])
    assert [tuple(r) for r in seg.tokenize(plain).iter_rows()] == _reference_tokens(seg, plain)


def test_coded_tokens_name_each_rows_word_and_text():
    seg = Segmenter(stopwords={"的"})
    texts = ["推进城市的更新。", "", "城市更新，推进！"]
    coded = seg.tokenize_coded(texts, [7, 8, 9])
    words = coded.vocabulary.words.gather(pl.Series(coded.codes)).to_list()
    assert words == coded.frame["word"].to_list()
    assert [[7, 8, 9][i] for i in coded.texts.tolist()] == coded.frame["sent_no"].to_list()
    # a later call with new words extends the same vocabulary: known numbers and memo stay
    coded.vocabulary.memo["x"] = 1
    again = seg.tokenize_coded(["低空飞行器的研发"], [0])
    assert again.vocabulary.memo["x"] == 1
    assert again.vocabulary.codes["的"] == coded.vocabulary.codes["的"]


@pytest.mark.parametrize(("text", "word"), [
    ("全市政府性基金预算收入120亿元", "政府性基金预算"),  # was 全|市政府|性|基金
    ("本市政府债务余额下降", "政府债务"),  # was 本|市政府|债务
    ("客房住房率达到75%", "住房率"),  # an occupancy rate, not housing
    ("旅宿业者营收成长", "旅宿业"),
])
def test_budget_and_traditional_script_words_are_not_cut_across(text, word):
    assert word in default_segmenter().cut(text)


@pytest.mark.parametrize(("text", "words"), [
    # was 减税|降费及|退税|缓费: the conjunction glued to a word the dictionary splits
    ("全年新增减税降费及退税缓费320亿元以上", ["减税降费", "及", "退税缓费"]),
    ("落实结构性减税降费政策", ["减税降费"]),
    ("减税降费和缓税缓费", ["减税降费", "和", "缓税缓费"]),  # was 和缓|税
    ("实施增值税留抵退税", ["留抵退税"]),
])
def test_tax_and_fee_relief_policies_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut


def test_the_domain_dictionary_tag_wins_for_words_jieba_knows():
    """rjieba keeps its own tag for a word its dictionary has (就业 v); the domain dictionary's
    tag (就业 vn: the subject of 城镇新增就业, a keyword) is what every path gives."""
    plain = Segmenter()
    assert ("就业", "v") in plain.tag("城镇新增就业")
    seg = Segmenter(user_dict=[("就业", 5847, "vn")])
    assert seg.cut("城镇新增就业") == plain.cut("城镇新增就业")  # the same words
    assert ("就业", "vn") in seg.tag("城镇新增就业")
    tokens = seg.tokenize([Sentence(sent_no=0, block_no=0, text="城镇新增就业",
                                    raw_start=0, raw_end=6)])
    assert dict(zip(tokens["word"], tokens["pos"], strict=True))["就业"] == "vn"
    from pipelines.domain.segmentation import default_segmenter

    assert ("预算", "vn") in default_segmenter().tag("部门预算")


@pytest.mark.parametrize(("text", "words"), [
    # QA round 15, Hong Kong budget speeches: 宽减|薪俸|税和利得|税及|差饷, 北部|都会区 (a
    # 都会区 among the keywords), 盛事|经济
    ("宽减薪俸税和利得税及差饷", ["薪俸税", "和", "利得税", "及", "差饷"]),
    ("宽减百分之百的薪俸税和个人入息课税", ["薪俸税", "入息课税"]),
    ("推动北部都会区发展", ["北部都会区"]),
    ("发展盛事经济，举办盛事", ["盛事经济"]),
])
def test_hong_kong_taxes_and_programmes_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut


@pytest.mark.parametrize(("text", "words", "not_words"), [
    # QA round 16 (tests/fixtures/shenzhen_2023_2025): a short slogan word (稳增长, 保就业,
    # 防风险, 促消费) weighed so heavily that it took a character from the common word before it
    ("工业生产平稳增长", ["平稳", "增长"], ["稳增长"]),
    ("保持经济平稳增长态势", ["平稳", "增长"], ["稳增长"]),
    ("确保就业形势总体稳定", ["确保", "就业"], ["保就业"]),
    ("严防风险外溢", ["严防", "风险"], ["防风险"]),
    ("督促消费企业整改", ["督促"], ["促消费"]),
    ("经济企稳回升、物价趋稳", ["企稳", "趋稳"], ["稳增长"]),
    # the slogans stay whole where they are written as slogans
    ("全力稳增长、促消费、惠民生，稳就业保就业，防风险", ["稳增长", "促消费", "惠民生", "稳就业",
                                            "保就业", "防风险"], []),
    # 本外币 (domestic and foreign currency) qualifies every balance, not 外币存款
    ("本外币存款余额16.4万亿元", ["本外币", "存款"], ["外币存款", "本"]),
    ("金融机构本外币各项贷款余额", ["本外币", "贷款"], []),
    # statistics' short forms of indicators (社消零, 社零: 社会消费品零售总额), not 零增长
    ("社消零增长1.1%", ["社消零", "增长"], ["零增长"]),
    ("社零增长3.2%，社零总额突破万亿元", ["社零", "增长", "社零总额"], ["零增长"]),
    ("新增专项债额度", ["专项债"], []),
])
def test_a_word_keeps_its_characters_from_a_neighbours_slogan(text, words, not_words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut
    assert not set(not_words) & set(cut), cut


@pytest.mark.parametrize("name", [
    # named cooperation, economic and pilot zones: one word each, not 河套|深港|科技|创新|合作|区
    "河套深港科技创新合作区", "前海深港现代服务业合作区", "横琴粤澳深度合作区", "前海合作区",
    "粤港澳全面合作示范区", "中国特色社会主义先行示范区", "海南自由贸易港", "自由贸易试验区",
    "自贸试验区", "临港新片区", "经济技术开发区", "高新技术产业开发区", "综合保税区",
    "跨境电子商务综合试验区", "国家自主创新示范区",
])
def test_named_zones_come_out_whole(name):
    assert name in default_segmenter().cut(f"加快{name}建设，支持{name}发展")


def test_a_zone_of_cooperation_is_one_word_after_its_place():
    cut = default_segmenter().cut("建设“一带一路”科技创新合作区，深化合作区域联动")
    assert "合作区" in cut and "合作区域" not in cut and "区域" in cut, cut


@pytest.mark.parametrize(("text", "words"), [
    ("城镇调查失业率比上月上升0.1个百分点", ["比", "上月", "上升"]),  # as 比|上年
    ("比上月末下降", ["比", "上月末", "下降"]),
    ("要坚持稳中求进工作总基调", ["工作", "总基调"]),
    ("构建新发展格局先行区", ["新发展格局", "先行区"]),
    ("坚持先行先试", ["先行", "先试"]),  # 先行 alone stays a word
])
def test_the_month_before_and_a_pilot_zone_are_words(text, words):
    cut = default_segmenter().cut(text)
    assert any(cut[i:i + len(words)] == words for i in range(len(cut))), cut


# -- place names the dictionary does not know (QA round 18: 泓|阳县, 白|集镇, 禾|坪|村) ------------
def _document_words(texts: list[str], seg: Segmenter | None = None) -> list[list[str]]:
    """Each text's words, the texts one document (the first its title); offsets checked."""
    tokens = (seg or default_segmenter()).tokenize(_sentences(texts))
    out = []
    for i, text in enumerate(texts):
        rows = tokens.filter(pl.col("sent_no") == 10 + 2 * i)
        for word, start in zip(rows["word"], rows["char_start"], strict=True):
            assert text[start:start + len(word)] == word, (text, word, start)
        out.append(rows["word"].to_list())
    return out


@pytest.mark.parametrize(("texts", "names"), [
    # an invented county before its organs, its congress and its head (rjieba: 泓|阳县)
    (["政府工作报告", "——2024年1月10日在泓阳县第十七届人民代表大会第三次会议上",
      "泓阳县县长 李建国", "为建设现代化泓阳县而努力奋斗"], ["泓阳县"]),
    # a title opening with the county's name (泓|阳县上半年经济运行稳中向好)
    (["泓阳县上半年经济运行稳中向好", "全县地区生产总值完成158.3亿元"], ["泓阳县"]),
    # towns listed with a town the dictionary knows, or with each other (白|集镇, 双庙|乡, 王营|镇)
    (["柳林镇、白集镇被评为全省粮食生产先进乡镇", "民生保障更加有力，白集镇中心卫生院建成投用"],
     ["白集镇"]),
    (["双庙乡、王营镇建成省级乡村振兴示范村12个"], ["双庙乡", "王营镇"]),
    # a town and its villages: a title, lists, one village named between two others (村至岭)
    (["关于枫坳镇2024年工作总结的报告", "禾坪村、石陂村、洋坑村分别新建大棚蔬菜基地",
      "完成坳背村、竹篙村2个村的人居环境整治", "完成洋坑村至岭脚村段5.6公里道路拓宽",
      "枫坳镇人民政府"],
     ["枫坳镇", "禾坪村", "洋坑村", "坳背村", "竹篙村", "岭脚村"]),
    (["新塘村、岭背村分别新建大棚", "完成新塘村至黄泥村道路硬化"], ["新塘村", "岭背村", "黄泥村"]),
    # a name listed beside a name the dictionary knows whole (张家村, 新市镇)
    (["张家村、李家村", "新市镇、老街镇"], ["李家村", "老街镇"]),
])
def test_a_place_name_a_document_shows_is_one_word_wherever_it_is_written(texts, names):
    words = _document_words(texts)
    plain = [Segmenter().cut(t) for t in texts]
    for name in names:
        holding = [i for i, t in enumerate(texts) if name in t]
        assert any(name not in plain[i] for i in holding), name  # the segmenter cuts it alone
        assert all(name in words[i] for i in holding), (name, words)


def test_the_words_a_name_ran_into_are_cut_again():
    words = _document_words(["禾坪村、洋坑村分别新建大棚", "完成洋坑村至岭脚村段道路拓宽"])
    assert words[1][:5] == ["完成", "洋坑村", "至", "岭脚村", "段"], words  # was 洋坑|村至岭|脚村
    words = _document_words(["——2024年1月10日在泓阳县第十七届人民代表大会"])  # was 日在泓阳县
    assert words[0][5:9] == ["日", "在", "泓阳县", "第十七届"], words


@pytest.mark.parametrize(("texts", "kept"), [
    # words of their own around a level: a determiner, the county seat, the countryside
    (["全县上下坚持稳中求进", "以县城为重要载体，完善县城市政设施"], ["全县", "县城"]),
    (["推动城关镇老旧小区改造", "本市、该县、各区"], ["城关镇", "本市", "该县", "各区"]),
    (["县乡村三级联动", "推进乡村振兴、村镇建设"], ["乡村", "村镇"]),
    (["主城区、新区、开发区协同发展", "中心城区、市区"],
     ["主城区", "新区", "开发区", "城区", "市区"]),
    # a verb, a pronoun or a preposition before an organ is no name (代表|县人民政府)
    (["我代表县人民政府，向大会报告工作", "记者从市统计局获悉"], ["代表", "县", "记者", "从市"]),
    # kinds of place listed (示范|村, 节点|城市, 山区) and known places keep their cut
    (["建设重点村、特色村", "节点城市、极核城市", "民族地区、盆周山区的协同联动", "百强县、百强区"],
     ["重点", "特色", "节点", "城市", "山区", "百强"]),
    (["居前三位的是鹿城区、龙湾区和瓯海区", "襄阳市人民政府办公室"],
     ["是", "鹿城区", "襄阳", "市"]),
])
def test_no_name_is_made_across_a_word_of_its_own(texts, kept):
    words = [w for ws in _document_words(texts) for w in ws]
    plain = [w for t in texts for w in default_segmenter().cut(t)]
    assert all(w in words for w in kept), words
    assert [w for w in words if w not in plain] == [], words  # no merge at all


def test_a_name_is_not_merged_where_a_dictionary_word_runs_across_its_end():
    words = _document_words(["泓阳县人民政府", "泓阳县城建成区面积扩大"])
    assert words[0][0] == "泓阳县" and words[1][:3] == ["泓", "阳", "县城"], words


def test_a_place_name_stays_in_its_document():
    """A name one document shows is not merged in another it is only written in; a document
    gives the same tokens alone, in a batch, in any order (each document read alone)."""
    seg = Segmenter(read_user_dict(DICT_PATH), read_word_list(STOPWORDS_PATH))
    county = ["泓阳县人民政府关于印发实施方案的通知", "推进泓阳县乡村振兴"]
    other = ["据悉，泓阳县小麦喜获丰收", "柳林镇、白集镇小麦单产居全县前列"]
    alone = [seg.tokenize_coded(d, range(len(d)), documents=[0] * len(d)).frame
             for d in (county, other)]
    assert "泓阳县" in alone[0]["word"].to_list()
    assert "泓阳县" not in alone[1]["word"].to_list()  # only written there: no evidence
    assert "白集镇" in alone[1]["word"].to_list()
    for texts, keys in ((county + other, ["a", "a", "b", "b"]),
                        (other + county, ["b", "b", "a", "a"]),
                        ([other[0], county[0], other[1], county[1]], ["b", "a", "b", "a"])):
        frame = seg.tokenize_coded(texts, range(len(texts)), documents=keys).frame
        for key, expected in (("a", alone[0]), ("b", alone[1])):
            rows = [i for i, k in enumerate(keys) if k == key]
            got = frame.filter(pl.col("sent_no").is_in(rows))
            assert got.drop("sent_no").rows() == expected.drop("sent_no").rows()


def test_without_documents_each_text_is_read_alone():
    seg = default_segmenter()
    texts = ["柳林镇、白集镇被评为先进乡镇", "白集镇中心卫生院建成投用"]
    words = seg.tokenize_coded(texts, [0, 1]).frame
    assert words.filter(pl.col("sent_no") == 0)["word"].to_list()[:2] == ["柳林镇", "白集镇"]
    assert "白集镇" in words.filter(pl.col("sent_no") == 1)["word"].to_list()  # 集镇|中心卫生院
    assert ("泓阳县", "ns") in zip(*seg.tokenize_coded(["泓阳县人民政府"], [0]).frame
                                  .select("word", "pos"), strict=True)


def test_place_name_data_is_well_formed():
    from pipelines.domain.place_names import PLACE_NAMES_PATH
    from pipelines.domain.yamlfiles import load_yaml

    data = load_yaml(PLACE_NAMES_PATH.read_text(encoding="utf-8"))
    levels = [level for rank in data["levels"] for level in rank]
    assert len(levels) == len(set(levels)) and {"县", "镇", "乡", "村"} <= set(levels)
    assert not set(data["institutions"]) & set(data["not_names"])


def test_place_names_whole_when_the_vocabulary_starts_again(monkeypatch):
    """Numbering the words made anew may start the vocabulary again (MAX_CACHED_TAGS): every
    word is then numbered anew, the tokens as ever."""
    from pipelines.domain import segmentation

    texts = ["柳林镇、白集镇被评为先进乡镇", "白集镇中心卫生院建成投用"]
    expected = _document_words(texts, Segmenter(read_user_dict(DICT_PATH)))
    seg = Segmenter(read_user_dict(DICT_PATH))
    seg.tokenize_coded(["发展新质生产力"], [0])
    monkeypatch.setattr(segmentation, "MAX_CACHED_TAGS", 20)
    assert _document_words(texts, seg) == expected
    assert "白集镇" in expected[1]


def test_place_names_whole_in_texts_cut_one_by_one():
    """Texts holding line breaks are cut one by one: names are found and made whole the same."""
    texts = ["柳林镇、白集镇\r\n被评为先进乡镇", "白集镇中心卫生院\n建成投用"]
    words = _document_words(texts)
    assert "白集镇" in words[0] and "白集镇" in words[1], words


@pytest.mark.parametrize(("text", "words"), [
    ("规模以上工业中，装备制造业增加值增长7.8%，高技术制造业增长9.1%",
     ["装备制造业", "高技术制造业"]),
    ("推动云计算、物联网等新兴业务发展", ["云计算", "物联网"]),
    ("全市医疗卫生机构总诊疗人次增长5%，卫生技术人员增加",
     ["医疗卫生机构", "诊疗人次", "卫生技术人员"]),
    ("国庆假期实现旅游收入80亿元，门票收入下降，接待过夜游客和入境游客",
     ["旅游收入", "门票收入", "过夜游客", "入境游客"]),
    ("新增技能人才4850人，其中高技能人才1200人，发放失业保险金2亿元",
     ["技能人才", "高技能人才", "失业保险金"]),
    ("推行用电报装和一窗通办，提升政务服务，经营主体增长",
     ["用电报装", "一窗通办", "政务服务", "经营主体"]),
])
def test_statistics_and_services_compounds_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut


@pytest.mark.parametrize(("text", "word"), [
    ("审计发现问题金额12亿元", "审计"), ("派发现金分红", "分红"), ("贸易出超扩大", "出超"),
    ("给予贷款贴息", "贴息"), ("办结破产案件", "破产"),
])
def test_a_reports_subject_jieba_tags_a_verb_is_a_verbal_noun(text, word):
    assert (word, "vn") in default_segmenter().tag(text)


@pytest.mark.parametrize(("text", "words"), [
    ("自东协进口61.4亿美元", ["自", "东协", "进口"]),
    ("自美国进口52.9亿美元", ["自", "美国", "进口"]),
    ("对中国大陆的出口增长11.6%", ["对", "中国大陆", "的", "出口"]),
])
def test_a_trading_partner_is_cut_from_its_preposition_and_its_flow(text, words):
    assert default_segmenter().cut(text)[:len(words)] == words


@pytest.mark.parametrize(("text", "words"), [
    ("全省房地产开发投资下降10.6%，民间投资增长2.1%", ["房地产开发投资", "民间投资"]),
    ("实物商品网上零售额增长8.8%，研发投入增长17.2%", ["网上零售额", "研发投入"]),
    ("森林覆盖率达到62%，孕产妇死亡率和婴儿死亡率下降",
     ["森林覆盖率", "孕产妇死亡率", "婴儿死亡率"]),
    ("不良贷款率为1.2%，劳动人口参与率为57.5%", ["不良贷款率", "劳动人口参与率"]),
])
def test_a_statistics_releases_indicator_names_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut


@pytest.mark.parametrize(("text", "words"), [
    ("以科技创新引领产业创新，净增高新技术企业1200家", ["科技创新", "高新技术企业"]),
    ("22个省份发放电影消费券，普惠养老床位增加", ["消费券", "普惠养老", "床位"]),
])
def test_policy_and_service_compounds_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut


@pytest.mark.parametrize("word", ["设区市", "老旧小区"])
def test_no_dictionary_word_reads_as_a_place_by_its_form(word):
    """A word ending in a level (市, 区) is a place by form to the metrics: left to jieba."""
    assert default_segmenter().cut(word) != [word]


@pytest.mark.parametrize(("text", "words"), [
    ("一般公共预算收入完成预算的101%，发行特别国债", ["特别国债"]),
    ("上年预算执行情况和今年预算草案", ["预算执行"]),
    ("今年经济成长率为4.5%，外销订单增加", ["经济成长率", "外销订单"]),
    ("电子零组件出口增长，资本设备进口增加", ["电子零组件", "资本设备"]),
])
def test_a_budgets_a_banks_and_taiwans_release_words_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut


@pytest.mark.parametrize(("text", "words"), [
    ("财政储备减少，兴建公营房屋，发放医疗券", ["财政储备", "公营房屋", "医疗券"]),
    ("民间消费成长，外籍旅客增加", ["民间消费", "外籍旅客"]),
    ("农产品加工业产值增长，农村卫生厕所普及", ["农产品加工业", "卫生厕所"]),
])
def test_hong_kong_macau_taiwan_and_rural_words_come_out_whole(text, words):
    cut = default_segmenter().cut(text)
    assert all(w in cut for w in words), cut
