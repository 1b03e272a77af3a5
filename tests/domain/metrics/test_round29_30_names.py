"""Indicator names of blind rounds 29 and 30's genres (an exam's admissions news, a charging
alliance's report, insurance and tax releases): short sentences written for each class of
phrasing, not the rounds' documents."""

from __future__ import annotations

from tests.domain.metrics.support import by_quote, metrics


def _names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts)).items()}


def test_a_note_explaining_a_grade_or_giving_the_unit_counted_is_no_part_of_the_name() -> None:
    """第一批次（省级示范性高中）录取控制线, 充电基础设施（枪）总数: the note explains the grade or
    says what is counted; 县（市、区）, 执业（助理）医师 (alternatives) stay."""
    assert _names(["第二批次（市级示范性高中）录取控制线为556分。",
                   "全国充电基础设施（枪）总数达到920.4万台。",
                   "每千人口执业（助理）医师3.4人。"]) == {
        "556分": "第二批次录取控制线", "达到920.4万台": "充电基础设施总数",
        "3.4人": "每千人口执业（助理）医师"}


def test_the_top_n_of_a_ranking_keeps_its_qian() -> None:
    """前5家运营商, 前10个省份: the top N is a class, its 前 part of the name; 前10个月 stays a
    period."""
    assert _names(["前8家运营企业占全国公共充电桩总量的61.5%。",
                   "前10个月完成投资35亿元。"]) == {
        "61.5%": "前8家运营企业占全国公共充电桩总量", "35亿元": "完成投资"}


def test_an_exams_candidates_and_mean_score_are_nouns() -> None:
    """残疾考生, 考生平均分: 考生 and 平均分 are nouns (the segmenter tagged 考生 a verb and cut
    平均|分为), so a name no longer stops before them."""
    assert _names(["全市考生平均分为472.5分，其中视力障碍考生5名。"]) == {
        "472.5分": "考生平均分", "5名": "视力障碍考生"}


def test_counted_beneficiaries_are_named_alone_and_the_deed_for_them_names_its_amount() -> None:
    """为N名X设置/提供/办理Y M: the count after 为 is of whom the deed is for (X, no deed: as h31's
    劳动者, h44's 农民工); the amount after is the deed's (设置单独考场, 追发工资等待遇)."""
    assert _names(["全市为35名残疾考生设置单独考场9个。",
                   "为860名农民工追回欠薪3100万元。"]) == {
        "35名": "残疾考生", "9个": "设置单独考场", "860名": "农民工", "3100万元": "追回欠薪"}


def test_a_part_after_qizhong_taking_a_bare_zhan_is_named_as_a_share() -> None:
    """其中X占N%: the part singled out, with no whole written, is X占比 (as ，占N% after X's
    amount), a rough fraction too (占六成: session 25 settled h11's and h77's 内地旅客占比); a
    headless 的 phrase (其中具有研究生学位的占) stays bare."""
    assert _names(["共受理投诉3820件，其中涉及退保纠纷的投诉占27.3%。",
                   "其中具有本科学历的占64.2%。", "其中内地旅客占六成。"]) == {
        "3820件": "受理投诉", "27.3%": "涉及退保纠纷的投诉占比", "64.2%": "具有本科学历",
        "六成": "内地旅客占比"}


def test_the_levels_of_places_a_count_covers_stay_in_brackets() -> None:
    """试点县（市、区）9个, 覆盖全部82个县（市）: the kinds of places counted stay in the name, a
    single level beside another too; a trailing note (地区生产总值（初步核算）) still goes."""
    assert _names(["全省新增普惠保险试点县（市、区）7个，覆盖全部65个县（市）。",
                   "地区生产总值（初步核算）增长5.2%。"]) == {
        "7个": "新增普惠保险试点县（市、区）", "65个": "县（市）", "5.2%": "地区生产总值"}


def test_the_list_the_counted_stand_among_is_named_without_its_frame() -> None:
    """在X榜单中上榜企业: 在 … 中 frames the list, the list and the verb name the counted; a
    share's whole (在电信业务收入中占比) keeps its frame."""
    assert _names(["全省营业收入稳步增长，在财富500强榜单中上榜企业达到12家。",
                   "新兴业务收入86亿元，在电信业务收入中占比达24.9%。"]) == {
        "达到12家": "财富500强榜单上榜企业", "86亿元": "新兴业务收入",
        "达24.9%": "新兴业务收入在电信业务收入中占比"}


def test_a_surveys_answer_of_those_who_expect_keeps_its_expecting_verb() -> None:
    """预期减少者占N%: those who expect a fall (a survey's answer); 预期 is theirs, no forecast cue
    (预计全年增长5% still names nothing)."""
    found = _names(["其中受访企业预期订单增加者占41.5%，预期减少者占12.3%。"])
    assert found["12.3%"] == "预期减少者占比"


def test_a_per_head_amount_after_a_grant_received_is_the_grants_rate() -> None:
    """享受X，每生每年N元: the per-head amount (每生 a student, as 每人) is the grant's rate."""
    found = _names(["全县约900名困难学生将享受生活补助，每生每年1500元。"])
    assert found["1500元"] == "生活补助"


def test_what_the_counted_will_do_names_them_past_its_jiang() -> None:
    """N名X将享受Y (the clause ends there): the counted and what they will do (X享受Y), as
    11项指标达到序时进度 names its counted by their doing; 将 is no part of it."""
    found = _names(["全市约820名农村学生将享受营养膳食补助。"])
    assert found["约820名"] == "农村学生享受营养膳食补助"


def test_an_entitys_bare_measure_after_a_count_of_those_entities_is_theirs() -> None:
    """X公司共有N家，总市值…: the measure (总市值, 营业收入) of the firms just counted."""
    found = _names(["全省控股上市公司共有62家，总市值约1.8万亿元。"])
    assert found["约1.8万亿元"] == "控股上市公司总市值"


def test_additions_to_a_stock_keep_their_xinzeng_after_the_noun() -> None:
    """X新增N: the additions to X (a flow), apart from X's stock (X总数); 5G基站累计建成N个 still
    drops its verb."""
    assert _names(["10月当月，全国充电桩新增12.4万台。", "5G基站累计建成4.2万个。"]) == {
        "12.4万台": "充电桩新增", "4.2万个": "5G基站"}


def test_a_list_items_bare_verb_takes_the_object_written_before_the_list() -> None:
    """…所运营充电桩数量超过1万台的共有N家，分别为：A运营N台、B运营N台: each item's 运营 is of the
    object the sentence wrote with it (A运营充电桩: the firm names it, no subject)."""
    found = by_quote(metrics(["全省换电运营企业所运营换电站数量超过100座的共有3家，分别为：奥动运营"
                              "412座、蔚来运营386座。"]))
    assert {q: m.indicator for q, m in found.items() if q.endswith("座")} == {
        "超过100座": "换电运营企业所运营换电站数量", "412座": "奥动运营换电站",
        "386座": "蔚来运营换电站"}


def test_the_figures_of_a_thing_counted_are_named_by_the_thing() -> None:
    """访港旅客数字恢复至…的N% (Hong Kong's and Macau's 数字, "the figures of"): the visitors."""
    found = _names(["访港旅客数字恢复至2018年同月的92.5%。"])
    assert found["92.5%"] == "访港旅客"


def test_a_plan_after_the_verb_it_plans_is_the_quota_named() -> None:
    """补录计划约为88人: 计划 after a bare verb is the quota (a noun), no link word to cut."""
    found = _names(["征集志愿将于7月25日开始，补录计划约为120人。"])
    assert found["约为120人"] == "补录计划"
