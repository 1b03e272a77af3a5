"""Indicator names of blind rounds 31 and 32's genres (a reserve release, population statistics,
a metro's ridership news, a civil affairs bulletin, festival online sales, a motor vehicle
release): short sentences written for each class of phrasing, not the rounds' documents."""

from __future__ import annotations

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_members_over_a_bound_are_named_by_the_bound_and_their_class() -> None:
    """N个X超过B, N个X的Y超过B, …超过B的X达N个 / …超过B的X N家: a count of the members of the class
    a bound defines (超过50万台的省份), not of the bare class (省份)."""
    names = _names(["全国有26个省份的充电桩保有量超过10万台，其中12个省份超过30万台。",
                    "三、年营业收入超过10亿元的企业达45家",
                    "其中交易额超过500万元的商户860家。"])
    assert {q: names[q] for q in ("26个", "12个", "达45家", "860家")} == {
        "26个": "充电桩保有量超过10万台的省份", "12个": "超过30万台的省份",
        "达45家": "年营业收入超过10亿元的企业", "860家": "交易额超过500万元的商户"}


def test_licence_holders_counted_keep_what_they_did() -> None:
    """驾驶人 is one noun (jieba cut 驾驶/v 人), so 2.1亿名驾驶人申领电子驾驶证 keeps the deed after
    the counted as a state (申领电子驾驶证), as other counted holders do."""
    assert _names(["全省共有2100万名驾驶人申领电子驾驶证。"])["2100万名"] == "驾驶人申领电子驾驶证"


def test_frame_words_before_a_name_are_dropped() -> None:
    """依法 (glued to its verb or alone), 各级 (not in 各级各类), an event's 期间, 共 inside a
    courier's 快递业共揽收 (the segmenter glued 业共), 即 before the verb and whom a refund is for
    (为消费者) frame a figure: none of them is part of its name."""
    assert _names(["全年依法办理结婚登记12.6万对。",
                   "各级工会组织筹集帮扶资金3.2亿元。",
                   "促销期间全市活跃商户达到8.1万家。",
                   "全市快递业共揽收快件2.6亿件。",
                   "全市景区客流量即突破120万人次。",
                   "为消费者挽回经济损失230万元。",
                   "各级各类学校5621所。"]) == {
        "12.6万对": "办理结婚登记", "3.2亿元": "工会组织筹集帮扶资金", "达到8.1万家": "活跃商户",
        "2.6亿件": "快递业揽收快件", "突破120万人次": "景区客流量", "230万元": "挽回经济损失",
        "5621所": "各级各类学校"}


def test_a_streak_counted_as_an_ordinal_names_nothing() -> None:
    """连续第N个月 is a streak as 连续N个月 is: the level held is of the thing named before."""
    assert _names(["黄金储备规模连续第6个月保持在2000吨以上。",
                   "老年人口占总人口15.2%，已连续第8个月超过15%。"]) == {
        "2000吨以上": "黄金储备规模", "15.2%": "老年人口占总人口", "超过15%": "老年人口占总人口"}


def test_a_change_in_a_counts_unit_after_a_rates_clause_is_the_counts() -> None:
    """出生数为N人，粗出生率为R‰，较上月增加M人: the change in 人 is of 出生数, not of the rate
    between them."""
    names = _names(["本月死亡数为5,210人，粗死亡率为6.35‰，较上月减少312人。"])
    assert names["312人"] == "死亡数"


def test_a_populations_natural_or_migratory_change_is_one_term() -> None:
    """人口自然减少N人, 人口社会增加N人: 人口自然增加 / 人口社会增加, whichever way it went."""
    assert _names(["本月人口自然减少1,250人。", "本月人口社会增加830人。"]) == {
        "1,250人": "人口自然增加", "830人": "人口社会增加"}


def test_the_company_whose_site_a_page_is_on_is_no_part_of_its_names() -> None:
    """A page under its company's banner (成都市公交集团有限公司) headlined with the short name
    (成都公交…): the company is the report's own, dropped from names as a listed company's is,
    also after its city was taken off as the home place."""
    page = ("成都市公交集团有限公司\n\n首页 > 新闻中心\n\n成都公交国庆假期客流创新高\n\n"
            "国庆假期，成都公交共加开车次1.2万班次，成都公交运营线路达到1200条。\n")
    found = document_by_number(page, date(2025, 10, 9))
    assert {q: m.indicator for q, m in found.items()} == {
        "1.2万班次": "加开车次", "1200条": "运营线路"}


def test_a_value_after_where_it_occurred_is_of_what_occurred() -> None:
    """X出现在Y，为/达到N: the figure is X's (最高气温), not the last name's (平均气温)."""
    names = _names(["全市平均气温为18.2℃；最高气温出现在龙泉驿区，为35.6℃。"])
    assert names["35.6℃"] == "最高气温"


def test_a_bare_size_after_a_count_is_the_size_of_the_things_counted() -> None:
    """全自动运行线路达到4条，里程118.6公里: 全自动运行线路里程 (推出9宗地块，总面积…: a deed's
    count, the size left bare)."""
    names = _names(["全市有轨电车线路达到3条，里程42.5公里。",
                    "将推出6宗地块，总面积约310亩。"])
    assert (names["42.5公里"], names["约310亩"]) == ("有轨电车线路里程", "总面积")


def test_the_hours_of_a_time_of_day_are_no_part_of_a_name() -> None:
    """早高峰（7:30—9:00）线网平均进站量: the hours say when, the name is without them."""
    assert _names(["早高峰（7:00—9:30）线网平均客运量为152.1万人次。"])["152.1万人次"] == (
        "早高峰线网平均客运量")


def test_an_age_range_keeps_its_start_and_a_grants_per_birth_and_example_marker_go() -> None:
    """0至14岁人口: the range's first number is no footnote mark; 生育补助每胎 (the birth a grant is
    per) and 如 before an example (如某市生育奖励金) name nothing."""
    names = _names(["3至6岁儿童占9.5%。",
                    "生育补助每胎提高至5万元；各区另有加码，如青羊区生育奖励金每胎1万元。"])
    assert (names["9.5%"], names["5万元"], names["1万元"]) == (
        "3至6岁儿童", "生育补助", "生育奖励金")


def test_a_share_changed_in_its_own_clause_keeps_the_shares_name() -> None:
    """占官方储备资产的7.99%，比重较9月末提高0.51个百分点: the 比重 is the share already named
    (X占Y), not X占Y比重."""
    names = _names(["白银储备价值占储备资产的3.2%，比重较上月提高0.2个百分点。"])
    assert names["0.2个百分点"] == "白银储备价值占储备资产"


def test_until_when_a_counted_deed_lasts_is_no_part_of_its_name() -> None:
    """6条线路延长运营至次日0:30: the lines that extended service (线路延长运营), not the bare lines
    (the colon of the clock had ended the clause, and the time made the deed too long)."""
    assert _names(["全市8条线路延长运营至次日1:00。"])["8条"] == "线路延长运营"


def test_a_days_weekday_and_a_relative_clauses_time_are_no_part_of_names() -> None:
    """10月24日（星期五）线网客运量: the weekday (and the day the period reader left) say when;
    今年9月底开通的13号线北延段: 开通的 is left of the time taken out; 线网 is one noun
    (年|内线|网)."""
    names = _names(["其中，11月2日（星期日）公交客运量达312.5万人次。",
                    "今年6月底开通的3号线二期日均客运量达到6.1万人次。",
                    "预计年内线网日均客运量将超过900万人次。"])
    assert (names["达312.5万人次"], names["达到6.1万人次"], names["超过900万人次"]) == (
        "公交客运量", "3号线二期日均客运量", "线网日均客运量")


def test_a_bases_value_in_brackets_is_the_bases_and_the_change_after_it_the_things() -> None:
    """较此前纪录（9月30日的1198.2万乘次）增加38.5万乘次: the bracketed figure is the record's,
    the change of the thing before (线网客运量); a period as the base (比上年同期（…）) names
    nothing."""
    names = _names(["全市公交客运量达325.1万人次，"
                    "较此前纪录（8月8日的318.4万人次）增加6.7万人次。"])
    assert (names["318.4万人次"], names["6.7万人次"]) == ("此前纪录", "公交客运量")


def test_a_verb_before_examples_stays_with_what_it_governs() -> None:
    """使用乘车码等移动支付方式进站的乘客: the examples before 等 go, the verb whose object they
    are stays (as a flow verb does)."""
    names = _names(["使用银行卡等非现金方式支付的旅客占比达到61.2%。"])
    assert names["达到61.2%"] == "使用非现金方式支付的旅客占比"


def test_an_adverb_of_duration_names_nothing() -> None:
    """累计上升1404亿美元，始终稳定在3.2万亿美元以上: 始终 (一直) is how long, the level the
    last thing's."""
    names = _names(["全年黄金储备规模累计增加60吨，始终稳定在2200吨以上。"])
    assert names["2200吨以上"] == "黄金储备规模"


def test_a_change_after_a_bound_defining_the_class_is_of_the_count() -> None:
    """98个城市的汽车保有量超过100万辆，同比增加3个: the change is of the cities counted, not of
    the bound in 辆 between them."""
    names = _names(["全国有26个省份的充电桩保有量超过10万台，同比增加4个。"])
    assert names["4个"] == "充电桩保有量超过10万台的省份"
