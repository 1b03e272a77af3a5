"""indicator.py: trimming a clause to the noun phrase that names what is measured, the counted
noun after a count, and the generic aspects."""

import pytest

from pipelines.domain.metrics.clauses import tokens_in
from pipelines.domain.metrics.indicator import merge_generic, noun_after, trim_phrase
from pipelines.domain.metrics.name_cuts import phrase_text
from pipelines.domain.periods import find_periods
from tests.domain.metrics.support import cand, toks

# --- trim_phrase --------------------------------------------------------------------------


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
