"""kind.py: what kind of statement a number makes (its goal words: test_goal_words.py; whether
its verb lowers it: test_change_words.py)."""

from pipelines.domain.metrics.kind import classify
from tests.domain.metrics.support import cand


def _kind(text: str, quote: str, indicator: str, gap: str, clause: str | None = None,
          is_target: bool = False) -> str:
    c = cand(text, quote)
    return classify(c, indicator, gap, text[: c.start] if clause is None else clause, is_target)


# --- classify -----------------------------------------------------------------------------

def test_a_target_is_a_target_whatever_the_number():
    assert _kind("全市地区生产总值增长5.3%", "5.3%", "地区生产总值", "增长",
                 is_target=True) == "target"
    assert _kind("全市地区生产总值增长5.3%", "5.3%", "地区生产总值", "增长") == "growth_rate"


def test_ranks_and_rank_changes():
    assert _kind("增速居全国第2位", "第2位", "增速", "居全国") == "rank"
    assert _kind("位次上升3位", "3位", "位次", "上升") == "other"  # a move, not a position
    assert _kind("拥有两院院士3位", "3位", "两院院士", "拥有") == "count_total"  # people


def test_a_ratio_is_a_share_and_its_change_a_growth_rate():
    assert _kind("城乡居民收入比为2.08", "2.08", "城乡居民收入比", "为") == "share"
    assert _kind("城乡居民收入比为2.08", "2.08", "城乡居民收入比", "比上年缩小",
                 "城乡居民收入比") == "growth_rate"


def test_points_are_a_change_only_after_a_change_verb():
    assert _kind("城镇化率提高1.2个百分点", "1.2个百分点", "城镇化率", "提高") == "growth_rate"
    assert _kind("高于全国0.8个百分点", "0.8个百分点", "", "高于全国") == "other"


def test_percent_after_a_change_verb_is_growth_but_after_one_ending_in_a_level_is_a_level():
    assert _kind("研发投入增长10%", "10%", "研发投入", "增长") == "growth_rate"
    assert _kind("城镇化率下降0.3%", "0.3%", "城镇化率", "下降") == "growth_rate"
    assert _kind("失业率下降至2.9%", "2.9%", "失业率", "下降至") == "share"
    assert _kind("失业率由年初的3.4%下降至年底的2.9%", "2.9%", "失业率",
                 "由年初的3.4%下降至年底的") == "share"


def test_percent_named_by_a_breadth_or_a_rate_of_change_word():
    assert _kind("工业增长面为70.7%", "70.7%", "工业增长面", "为") == "share"
    assert _kind("居民消费价格涨幅为0.2%", "0.2%", "居民消费价格涨幅", "为") == "growth_rate"
    assert _kind("研发投入占比2.5%", "2.5%", "研发投入占比", "") == "share"


def test_a_multiple_is_growth_only_after_a_change_verb():
    assert _kind("出口额增长1.5倍", "1.5倍", "出口额", "增长") == "growth_rate"
    assert _kind("出口额是上年的1.5倍", "1.5倍", "出口额", "是上年的") == "other"


def test_a_cumulative_word_makes_a_stock_even_of_a_physical_amount():
    assert _kind("累计建成绿道7000公里", "7000公里", "建成绿道", "") == "count_total"
    assert _kind("建成绿道7000公里", "7000公里", "建成绿道", "") == "actual"


def test_flows_of_people_and_visits_are_actual_and_stocks_are_count_total():
    assert _kind("新增就业23万人", "23万人", "新增就业", "") == "actual"
    assert _kind("接待游客3400万人次", "3400万人次", "接待游客", "") == "actual"  # visits
    assert _kind("机场旅客吞吐人次3400万人次", "3400万人次", "旅客", "") == "actual"
    assert _kind("常住人口年均增长50万人", "50万人", "常住人口", "年均增长") == "actual"
    assert _kind("高等院校65所", "65所", "高等院校", "") == "count_total"


def test_money_and_tonnes_are_flows_unless_a_stock_word_says_so():
    assert _kind("存款余额3万亿元", "3万亿元", "存款余额", "") == "count_total"
    assert _kind("营业收入3000亿元", "3000亿元", "营业收入", "") == "actual"
    assert _kind("粮食产量300万吨", "300万吨", "粮食产量", "") == "actual"
