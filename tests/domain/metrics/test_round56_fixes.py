"""Rules found on blind round 56 (tests/gold/heldout/h170-h172: a city education bureau's reply to
a deputy's proposal, a land bureau's listing notice with its parcel table, a newspaper's report
on a marathon's economy): each test states a general rule with a text of its kind, not the
round's sentences."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from tests.domain.metrics.support import by_quote, document_by_number, period_dates

_PARCELS = (
    "某市国有建设用地使用权挂牌出让公告\n\n"
    "　　一、出让地块的基本情况\n"
    "宗地编号\t宗地位置\t面积（平方米）\t用途\t容积率\t绿地率\t出让年限（年）\t起始价（万元）"
    "\t竞买保证金（万元）\n"
    "2025-07\t高新区长江路西侧\t30015（合45.02亩）\t住宅用地\t1.2＜容积率≤2.0\t≥35%\t70"
    "\t41200\t8240\n"
    "2025-08\t东城区学府路北侧\t12000\t商业用地\t≤2.8\t≥15%\t40\t6300\t1260\n"
    "　　二、竞买申请\n　　申请人可于2025年9月1日至2025年9月20日提交申请。\n"
)


def _parcels() -> dict[str, object]:
    return by_quote(analyse_document(_PARCELS, published_on=date(2025, 8, 25)).metrics)


def test_a_parcel_table_with_units_in_its_heads_is_read_as_lots():
    """地块编号 / 宗地编号 opens a land sale's parcel table whose measures write their units in
    brackets (面积（平方米）, 起始价（万元）) and that has no 单位 nor % column: each cell is read,
    named by the parcel's code and its column (as a tender's 包1预算金额), in its head's unit,
    what the sale sets (other, undated)."""
    ms = _parcels()
    price = ms["41200"]
    assert price.indicator == "2025-07起始价"
    assert price.unit == "元" and price.value_normalized == 41200 * 1e4
    assert price.kind == "other" and period_dates(price) == (None, None)
    assert ms["8240"].indicator == "2025-07竞买保证金"
    assert ms["12000"].indicator == "2025-08面积" and ms["12000"].unit == "平方米"
    years = ms["70"]
    assert years.indicator == "2025-07出让年限" and years.unit == "年"


def test_a_parcels_cells_keep_their_bounds_ranges_and_conversions():
    """≤2.8 / ≥35% are bounds (at_most / at_least), 1.2＜容积率≤2.0 a range with the column's
    measure between its ends, and 30015（合45.02亩） two figures: the area in the head's unit and
    the same area in 亩 (its own row, named as the area)."""
    ms = _parcels()
    assert ms["≤2.8"].qualifier == "at_most" and ms["≥35%"].qualifier == "at_least"
    ranged = ms["1.2＜容积率≤2.0"]
    assert (ranged.value, ranged.value_high) == (1.2, 2.0)
    assert ms["30015"].unit == "平方米"
    mu = ms["45.02亩"]
    assert mu.unit == "亩" and mu.indicator == "2025-07面积"


def test_a_parcels_location_cell_gives_its_district():
    """The place a parcel's location cell opens with (东城区学府路北侧) is its figures' subject, a
    zone of the city written bare (高新区长江路西侧) too."""
    ms = _parcels()
    assert ms["12000"].subject == "东城区"
    assert ms["41200"].subject == "高新区"


def test_the_seconds_of_a_time_written_in_parts_measure_nothing():
    """2小时08分15秒 (a finishing time, a record): no figure of 15 seconds."""
    raw = ("男子组冠军以2小时08分15秒的成绩夺冠，女子组冠军用时2小时24分36秒，"
           "共有1.2万人完赛。\n")
    quotes = [m.quote for m in analyse_document(raw, published_on=date(2025, 11, 18)).metrics]
    assert not any(q.endswith("秒") for q in quotes), quotes
    assert "1.2万人" in quotes


def test_an_event_named_by_its_kind_with_its_dates_stands_for_them_later():
    """赛事期间（11月14日至17日） names the event's days; 赛事期间 later stands for them (not
    明年 of the sentence before, a runner's wish)."""
    raw = ("　　赛事期间（11月14日至17日），全市接待游客46.3万人次。超过七成跑者表示明年还会再来。"
           "赛事期间，铁路部门累计发送旅客12.7万人次，加开动车组列车8列。\n")
    ms = document_by_number(raw, date(2025, 11, 18))
    for quote in ("12.7万人次", "8列"):
        assert ms[quote].kind != "target", quote
        assert period_dates(ms[quote]) == (date(2025, 11, 14), date(2025, 11, 17)), quote


def test_a_day_after_the_papers_dateline_mark_dates_its_paragraph():
    """本报讯　11月16日7时30分，…鸣枪开跑: the race's day (本报讯 is the paper's mark, no news lead
    of the day such as 记者从…获悉), dating the paragraph's figures."""
    raw = ("　　本报讯　11月16日7时30分，城市马拉松鸣枪开跑。本届赛事参赛规模3万人，"
           "其中半程马拉松1.3万人。\n")
    ms = document_by_number(raw, date(2025, 11, 18))
    assert period_dates(ms["3万人"]) == (date(2025, 11, 16), date(2025, 11, 16))
    lead = ("　　本报讯（记者 王明）11月16日，记者从市体育局获悉，全市今年已举办体育赛事136场。\n")
    held = document_by_number(lead, date(2025, 11, 18))["136场"]
    assert period_dates(held) != (date(2025, 11, 16), date(2025, 11, 16))


def test_a_sports_events_field_and_staff_are_its_turnout():
    """参赛规模, 选手, 跑者, 招募…志愿者, 赞助企业: the event's turnout, a flow (actual), as
    现场观众."""
    raw = ("　　11月16日，城市马拉松鸣枪开跑，参赛规模3万人，境外选手186人，"
           "赛事招募志愿者4200名，吸引赞助企业26家。\n")
    ms = document_by_number(raw, date(2025, 11, 18))
    for quote in ("3万人", "186人", "4200名", "26家"):
        assert ms[quote].kind == "actual", quote


def test_a_zones_name_cut_from_its_kind_is_one_place():
    """九华|经开区 (the segmenter cuts the zone's name from its kind): one place, the subject, and
    no part of the name (现有 after it a frame word; 在 before it the deed's setting)."""
    raw = ("　　九华经开区现有小学4所。计划2026年在九华经开区新建小学2所。"
           "全市经开区现有企业120家。\n")
    ms = document_by_number(raw, date(2025, 6, 18))
    assert ms["4所"].subject == "九华经开区" and ms["4所"].indicator == "小学"
    assert ms["2所"].subject == "九华经开区" and ms["2所"].indicator == "新建小学"
    assert ms["120家"].subject != "全市经开区"


def test_in_and_a_places_one_character_name_inside_a_name_are_dropped():
    """外地游客平均在襄停留2.6天: 在 + the city's one-character name (襄 for 襄阳) inside the name
    says where, as 在蓉 at its head."""
    raw = "　　问卷调查显示，外地游客平均在襄停留2.6天。\n"
    m = document_by_number(raw, date(2025, 11, 18))["2.6天"]
    assert m.indicator == "外地游客平均停留"


def test_a_deed_after_a_means_keeps_its_verb():
    """通过“银龄讲学计划”招募退休教师60名: the deed is 招募 (the first verb after the means'
    nouns), not 退休 that opens its object."""
    raw = "　　今年，通过“银龄讲学计划”招募退休教师60名。\n"
    assert document_by_number(raw, date(2025, 6, 18))["60名"].indicator == "招募退休教师"


def test_a_bureaus_own_voice_and_this_edition_are_no_name():
    """我局计划招聘教师 (the bureau's letter speaking of itself, as 我市) and 本届 (this edition of
    an event, as 本月) open no name."""
    raw = ("　　2026年，我局计划招聘教师900名左右。\n"
           "　　11月16日，城市马拉松鸣枪开跑。本届全程马拉松完赛率为92.4%。\n")
    ms = document_by_number(raw, date(2025, 11, 18))
    assert ms["900名左右"].indicator == "招聘教师"
    assert ms["92.4%"].indicator == "全程马拉松完赛率"


def test_a_rate_per_head_a_rule_sets_is_its_parameter():
    """今年起…分别提高到每生每年720元、940元 and 另按每生每年200元标准增加公用经费: the rule's rates
    per pupil and year (other, undated: session 23), the list's later item too; a rate by a
    standard named by whom it is for and what it does, a grant by its noun."""
    raw = ("　　今年起，我市将小学、初中生均公用经费基准定额分别提高到每生每年720元、940元，"
           "寄宿制学校另按每生每年200元标准增加公用经费。2024年秋季共向民办学校购买学位1320个，"
           "财政按每生每年6000元标准给予补助。\n")
    ms = document_by_number(raw, date(2025, 6, 18))
    for quote in ("720元", "940元", "200元", "6000元"):
        assert ms[quote].kind == "other" and period_dates(ms[quote]) == (None, None), quote
    assert ms["200元"].indicator == "寄宿制学校增加公用经费"
    assert ms["6000元"].indicator == "补助"
    assert ms["1320个"].kind == "actual"  # (a purchase of a season: a flow)


def test_a_price_share_a_buyer_pays_by_a_deadline_is_the_sales_term():
    """在合同签订之日起1个月内缴纳出让价款的50%: a payment schedule's term (other, undated),
    named by the payment and its agent, the deadline (and 须) no part of the name."""
    raw = "　　竞得人须在合同签订之日起1个月内缴纳出让价款的50%，余款在6个月内缴清。\n"
    m = document_by_number(raw, date(2025, 7, 21))["50%"]
    assert m.kind == "other" and period_dates(m) == (None, None)
    assert m.indicator == "竞得人缴纳出让价款"  # (the agent kept, session 20)


def test_already_before_built_inside_a_name_is_dropped():
    """城区已建成投用公办中小学68所: 已 before 建成 inside the name goes, as at its head."""
    raw = "　　目前，城区已建成投用公办中小学68所。\n"
    assert document_by_number(raw, date(2025, 6, 18))["68所"].indicator == "城区建成投用公办中小学"


def test_those_of_a_group_who_said_so_name_the_share():
    """超过七成跑者表示明年还会再来: the share of the group that said so, named by the group and
    what it said (as 受访者表示…), not by the clause before."""
    raw = "　　外地跑者人均消费2860元，超过七成跑者表示明年还会再来。\n"
    m = document_by_number(raw, date(2025, 11, 18))["七成"]
    assert m.indicator == "跑者表示明年还会再来" and m.kind == "share"


def test_people_counted_by_what_they_did_are_named_by_it():
    """共有11.86万人报名 (the people the unit, their deed after them): named 报名; a change after
    the people (比第二季的3800人减少) names nothing of theirs."""
    raw = "　　自9月1日开启报名以来，共有11.86万人报名，较上届增长27.3%。\n"
    ms = document_by_number(raw, date(2025, 11, 18))
    assert ms["11.86万人"].indicator == "报名"
    assert ms["27.3%"].indicator == "报名"


def test_a_count_of_things_that_qualify_another_count_names_them_alone():
    """来自…等12个国家和地区的境外选手186人: 12 counts the countries (the noun after 的 has a
    count of its own), and 186 the runners, named without the 的 left before them."""
    raw = "　　另有来自肯尼亚、日本等12个国家和地区的境外选手186人。\n"
    ms = document_by_number(raw, date(2025, 11, 18))
    assert ms["12个"].indicator == "国家和地区"
    assert ms["186人"].indicator == "境外选手"


def test_a_verb_shared_by_a_list_after_a_route_frame():
    """沿线设置医疗点32个、补给站18个: 沿线 (along the route) is where, no name; 设置 governs the
    list's later item too."""
    raw = "　　为保障赛事顺利进行，沿线设置医疗点32个、补给站18个。\n"
    ms = document_by_number(raw, date(2025, 11, 18))
    assert ms["32个"].indicator == "设置医疗点"
    assert ms["18个"].indicator == "设置补给站"


def test_a_measure_kept_at_a_level_per_item_names_each_item():
    """生师比控制在小学19∶1、初中13.5∶1以内: each ratio its item's (小学生师比, 初中生师比), the
    bound after the last (以内) over both."""
    raw = "　　2026年，我局计划招聘教师900名左右，生师比控制在小学19∶1、初中13.5∶1以内。\n"
    ms = by_quote(analyse_document(raw, published_on=date(2025, 6, 18)).metrics)
    first, second = ms["19∶1"], ms["13.5∶1以内"]
    assert (first.indicator, second.indicator) == ("小学生师比", "初中生师比")
    assert first.qualifier == second.qualifier == "at_most"


def test_a_goal_adverb_left_before_a_lists_first_item_is_no_name():
    """我市将小学、初中生均公用经费基准定额分别提高到…: 将 (left after the home) opens no name."""
    raw = ("　　今年起，我市将小学、初中生均公用经费基准定额分别提高到每生每年720元、940元。\n")
    ms = document_by_number(raw, date(2025, 6, 18))
    assert ms["720元"].indicator == "小学生均公用经费基准定额"


def test_a_headline_figure_the_body_repeats_takes_its_period():
    """赛事带动综合消费4.62亿元 as a title line, repeated by the body with its days (赛事期间
    （11月14日至17日）…带动全市综合消费4.62亿元): the headline's figure is that figure, its days."""
    raw = ("城市马拉松“跑”出消费新热度\n赛事带动综合消费4.62亿元\n\n"
           "　　据测算，赛事期间（11月14日至17日），马拉松带动全市综合消费4.62亿元，"
           "同比增长18.9%。\n")
    found = analyse_document(raw, published_on=date(2025, 11, 18)).metrics
    amounts = [m for m in found if m.value == 4.62]
    assert len(amounts) == 2
    for m in amounts:
        assert period_dates(m) == (date(2025, 11, 14), date(2025, 11, 17)), m.quote


def test_land_sold_keeps_its_verb_and_a_notes_duty_its_plot():
    """出让三宗国有建设用地使用权: 出让 a flow verb (as 出让涉宅用地86宗); 注：1.2025-JK-17地块
    须配建…: the note's item number glued to the plot's code and the duty's 须 are no part of the
    name."""
    raw = ("　　市自然资源和规划局决定以挂牌方式出让三宗国有建设用地使用权。\n"
           "　　注：1.2025-JK-17地块须配建建筑面积不少于1500平方米的社区用房。\n")
    ms = document_by_number(raw, date(2025, 7, 21))
    assert ms["三宗"].indicator == "出让国有建设用地使用权"
    assert ms["1500平方米"].indicator == "2025-JK-17地块配建建筑面积"
