"""name_cuts.py: the indicator's text from the words kept: notes in brackets, comparisons cut
from inside the phrase, link characters glued to the name, quotes and the length cap."""

from pipelines.domain.metrics.clauses import Tok
from pipelines.domain.metrics.indicator import trim_phrase
from pipelines.domain.metrics.lexicon import metric_lexicon
from pipelines.domain.metrics.name_cuts import phrase_text
from tests.domain.metrics.support import toks

# --- phrase_text --------------------------------------------------------------------------


def _trimmed(text: str) -> tuple[str, list[str]]:
    kept, places = trim_phrase(toks(text))
    return phrase_text(kept, text), places


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
