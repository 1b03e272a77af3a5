"""indicator.py: places by form and the home place, trimming a clause to the noun phrase that
names what is measured, the counted noun after a count, lists and the generic aspects."""

import pytest

from pipelines.domain.metrics.clauses import Tok, tokens_in
from pipelines.domain.metrics.indicator import (
    home_stem,
    is_home,
    is_place,
    is_place_token,
    merge_generic,
    noun_after,
    phrase_text,
    split_list,
    strip_home,
    trim_phrase,
)
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import cand, toks

# --- places -------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["德阳市", "四川省", "阿坝州", "全国", "成都都市圈",
                                  "长三角城市群", "成都市", "攸县", "沛县"])
def test_places_by_form(word):
    assert is_place(word)


@pytest.mark.parametrize("word", ["园区", "城区", "示范区", "高新区", "都市", "全县", "该县",
                                  "市县", "全市"])
def test_words_that_end_like_places_but_name_none(word):
    assert not is_place(word)


def test_a_bare_listed_name_is_a_place_token_but_not_a_place_by_form():
    assert is_place_token("郑州") and not is_place("郑州")
    assert is_place_token("四川") and not is_place_token("城镇")


@pytest.mark.parametrize(("place", "home"), [
    ("全市", "成都市"), ("成都高新区", "成都市"), ("全省", "四川省"),
    ("本港", "香港特别行政区"), ("全区", "广西壮族自治区"),
    ("全省", None),  # a text that never names its place speaks of itself as 全省
])
def test_the_home_place_and_its_whole_territory_words(place, home):
    assert is_home(place, home)


@pytest.mark.parametrize(("place", "home"), [
    ("德阳市", "成都市"), ("全省", "成都市"),  # the province is above a city's home
    ("成都都市圈", "成都市"),  # a metropolitan area reaches beyond its core city
    ("全国", None),  # 全国 stays a scope
])
def test_places_that_are_not_home(place, home):
    assert not is_home(place, home)


def test_home_stem_drops_the_level_but_keeps_a_one_character_name():
    assert home_stem("成都市") == "成都"
    assert home_stem("澳门特别行政区") == "澳门"
    assert home_stem("广西壮族自治区") == "广西"  # the people named before 自治区 go too
    assert home_stem("攸县") == "攸县"  # 攸 alone names nothing


# --- trim_phrase / phrase_text ------------------------------------------------------------


def _trimmed(text: str, home: str | None = None, skip=()) -> tuple[str, list[str]]:
    kept, places = trim_phrase(toks(text), skip, home)
    return phrase_text(kept, text), places


def test_trimming_drops_goal_words_home_words_and_the_link_verb():
    assert _trimmed("要力争全社会研发经费投入") == ("全社会研发经费投入", [])
    assert _trimmed("全市地区生产总值增长", "成都市")[0] == "地区生产总值"


def test_trimming_returns_a_leading_place_apart():
    assert _trimmed("成都地区生产总值") == ("地区生产总值", ["成都"])
    assert _trimmed("郑州市地区生产总值达") == ("地区生产总值", ["郑州市"])


def test_a_place_cut_from_its_level_suffix_is_dropped_whole():
    assert _trimmed("德阳市地区生产总值增长")[0] == "地区生产总值"


def test_in_and_a_one_character_place_name_are_dropped():
    assert _trimmed("在蓉高校")[0] == "高校"  # 在蓉: in the home city
    assert _trimmed("在京高校")[0] == "高校"
    assert _trimmed("在线教育平台")[0] == "在线教育平台"


@pytest.mark.parametrize("text", ["在岗职工平均工资增长", "全市在岗职工平均工资增长"])
def test_in_before_a_one_character_word_that_names_no_place_stays(text):
    assert _trimmed(text, "成都市")[0] == "在岗职工平均工资"


def test_a_flow_verb_after_its_noun_is_no_part_of_the_name():
    text = "5G基站累计建成"
    skip = [(p.start, p.end) for p in find_periods(text, None)]  # 累计, as the extractor skips
    assert _trimmed(text, skip=skip)[0] == "5G基站"
    assert _trimmed("新建充电桩")[0] == "新建充电桩"  # a flow verb before its noun stays


def test_a_trailing_note_in_brackets_is_dropped_one_inside_a_name_stays():
    assert phrase_text(toks("地区生产总值（初步核算）"), "") == "地区生产总值"
    assert phrase_text(toks("中欧班列（成渝）联合开行"), "") == "中欧班列（成渝）联合开行"
    assert phrase_text(toks("居民消费价格（CPI"), "") == "居民消费价格"
    assert phrase_text(toks("“专精特新”企业"), "") == "专精特新企业"  # quotes are no part


def test_a_trailing_note_in_brackets_is_dropped_after_trimming():
    assert _trimmed("地区生产总值（初步核算）增长")[0] == "地区生产总值"


def test_a_comparison_base_is_no_indicator():
    assert _trimmed("比上月末")[0] == ""
    assert _trimmed("比重")[0] == "比重"


def test_a_comparison_or_a_start_level_inside_the_phrase_cuts_it():
    assert _trimmed("农村居民收入增速快于城镇居民")[0] == "农村居民收入增速"
    assert _trimmed("办理时间由15")[0] == "办理时间"


def test_a_link_character_glued_to_the_name_is_dropped():
    assert _trimmed("结构比为")[0] == "结构比"
    # a tagger that keeps 结构比为 as one word: the link character is cut from the phrase
    assert phrase_text([Tok("结构比为", "n", 0, 4)], "结构比为") == "结构比"
    assert phrase_text([Tok("所得为", "n", 0, 3)], "所得为") == "所得为"  # too short to cut


def test_quotes_are_dropped_and_long_phrases_keep_their_last_words():
    assert _trimmed("“专精特新”企业")[0] == "专精特新企业"
    text = "规模以上工业企业研究与试验发展经费投入占营业收入比重为"
    found = _trimmed(text)[0]
    assert len(found) <= metric_lexicon().indicator_max_chars
    assert found.endswith("占营业收入比重") and text.find(found) > 0


# --- noun_after ---------------------------------------------------------------------------


def _noun(text: str, quote: str) -> str:
    c = cand(text, quote)
    return noun_after(tokens_in(toks(text), c.end, len(text)), text)


def test_the_counted_noun_follows_the_count():
    assert _noun("拥有65所高校，", "65所") == "高校"
    assert _noun("新增500个“专精特新”企业", "500个") == "专精特新企业"


def test_the_head_after_the_last_de_is_the_counted_noun():
    assert _noun("办好10件可感可及的民生实事", "10件") == "民生实事"


def test_a_verb_followed_by_a_final_noun_stays_inside_other_verbs_end_the_noun():
    assert _noun("建成120个创新平台", "120个") == "创新平台"
    assert _noun("建成3个产业孵化平台。", "3个") == "产业孵化平台"  # 孵化/v 平台/n
    assert _noun("全市300家企业实现增长", "300家") == "企业"
    assert _noun("推动23座商业综合体建成投运", "23座") == "商业综合体"


def test_the_next_count_ends_the_noun_and_an_idiom_after_it_too():
    assert _noun("形成1个万亿级、10个千亿级和9个国家级产业集群", "10个") == "千亿级"
    assert _noun("实现2100万市民充分就业", "2100万") == "市民"


# --- merge_generic ------------------------------------------------------------------------


def test_a_generic_aspect_alone_names_the_previous_metrics_aspect():
    assert merge_generic("增速", "地区生产总值") == "地区生产总值增速"
    assert merge_generic("总量", "地区生产总值增速") == "地区生产总值总量"  # aspect replaced
    assert merge_generic("增速", "增速") == "增速"


def test_a_full_name_or_no_previous_metric_is_kept():
    assert merge_generic("地区生产总值", "工业") == "地区生产总值"
    assert merge_generic("增速", None) == "增速"


# --- split_list ---------------------------------------------------------------------------


def test_a_list_is_split_and_the_last_items_head_shared():
    assert split_list("工业、服务业和农业") == ["工业", "服务业", "农业"]
    assert split_list("第一产业、第二产业和第三产业投资") == [
        "第一产业投资", "第二产业投资", "第三产业投资"]
    assert split_list("一、二、三产业增加值") == ["一产业增加值", "二产业增加值", "三产业增加值"]
    assert split_list("高技术制造业、装备制造业增加值") == [
        "高技术制造业增加值", "装备制造业增加值"]


def test_no_head_is_shared_when_asked_not_to():
    assert split_list("高技术制造业、装备制造业增加值", share_head=False) == [
        "高技术制造业", "装备制造业增加值"]


def test_and_inside_an_item_stays_when_splitting_on_it_gives_too_many_items():
    assert split_list("外商及港澳台商投资企业、国有企业", 2) == [
        "外商及港澳台商投资企业", "国有企业"]
    assert split_list("外商及港澳台商投资企业、国有企业") == [
        "外商", "港澳台商投资企业", "国有企业"]


# --- strip_home ---------------------------------------------------------------------------


def test_the_home_place_is_dropped_from_the_front_of_an_indicator():
    assert strip_home("成都常住人口", "成都市") == "常住人口"
    assert strip_home("成都市常住人口", "成都市") == "常住人口"
    assert strip_home("全市政府性基金", "成都市") == "政府性基金"  # 全|市政府性基金
    assert strip_home("全省一般公共预算收入", None) == "一般公共预算收入"


def test_another_place_or_a_word_that_only_starts_like_home_stays():
    assert strip_home("德阳市常住人口", "成都市") == "德阳市常住人口"
    assert strip_home("成都人", "成都市") == "成都人"  # nothing would be left but one char
    assert strip_home("全市人口", None) == "全市人口"  # too short to be a territory + name
