"""Names of blind rounds 25 and 26's classes of phrasing (tests/gold/heldout h77-h82; the
held-out README lists the misses): a class per test, on short sentences written for it in the
genre's manner."""

from pipelines.domain.metrics import extract_metrics
from pipelines.domain.records import Sentence
from pipelines.domain.segmentation import default_segmenter
from tests.domain.metrics.support import by_quote, metrics


def names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts, home=None)).items()}


def test_a_government_and_the_means_it_acts_by_name_nothing():
    # a disclosure report: the government acts, by a channel; what it did is the name
    found = names(["2023年，区政府通过政务网站主动公开政府信息3120条。",
                   "市政府全年召开新闻发布会18场。"])
    assert found["3120条"] == "主动公开政府信息"
    assert found["18场"] == "召开新闻发布会"


def test_a_place_spoken_of_as_ours_with_its_goal_words_names_nothing():
    found = names(["2026年，我区将力争行政复议纠错率达到10%。",
                   "2026年，我县将力争重点政策解读率达到95%。"])
    assert found["达到10%"] == "行政复议纠错率"
    assert found["达到95%"] == "重点政策解读率"


def test_this_period_opening_a_name_is_when_not_what():
    found = names(["本季度受理投诉举报1.8万件，同比增长4.2%。", "本周办结工单3.6万件。"])
    assert found["1.8万件"] == "受理投诉举报"
    assert found["3.6万件"] == "办结工单"


def test_a_channel_keeps_the_verb_of_what_came_through_it():
    # the channel is not what is counted: the requests it took are
    found = names(["其中，微信渠道受理12.4万件，占21.3%。"])
    assert found["12.4万件"] == "微信渠道受理"
    assert found["21.3%"] == "微信渠道受理占比"


def test_a_statement_line_keeps_its_total_word():
    # a balance sheet's lines are named with their total; a sum of items before is not
    found = names(["9月末，全省规模以上工业企业资产总计8.6万亿元；负债合计4.9万亿元；"
                   "所有者权益合计3.7万亿元。", "三个标段中标金额合计860万元。"])
    assert found["8.6万亿元"] == "规模以上工业企业资产总计"
    assert found["4.9万亿元"] == "负债合计"
    assert found["3.7万亿元"] == "所有者权益合计"
    assert found["860万元"] == "三个标段中标金额"


def test_each_after_a_rate_is_no_part_of_it():
    # 率均 is tagged as one adverb: the rate's suffix is the name's
    found = names(["全年办理群众来信215件，办结率均为100%。", "近郊地块溢价率均在12%以上。"])
    assert found["100%"] == "办结率"
    assert found["12%以上"] == "近郊地块溢价率"


def test_a_revised_estimate_is_of_the_thing_estimated():
    # a Hong Kong release: 的修订估计 / 的临时估计 say which estimate, not what is measured
    found = names(["2025年8月零售业总销货价值的修订估计为港币298亿元，按年上升1.2%。"])
    assert found["298亿元"] == "零售业总销货价值"
    assert found["1.2%"] == "零售业总销货价值"


def test_a_list_shares_its_average_price_whole():
    # a weekly price release: the list's shared head is the average price, not the price
    found = names(["草鱼、鲢鱼、鲈鱼平均价格分别为每公斤16.20元、8.35元和38.60元。"])
    assert found["16.20元"] == "草鱼平均价格"
    assert found["8.35元"] == "鲢鱼平均价格"


def test_a_price_paid_is_named_by_the_deal_not_by_who_paid():
    found = names(["经过31轮竞价，最终由某某置业有限公司以18.4亿元竞得，溢价率12.5%。",
                   "成都以1.21亿元位居第五。"])
    assert found["18.4亿元"] == "竞得"
    assert found["1.21亿元"] != "位居第五"  # (a rank verb: what is ranked is named before)


def test_counted_bidders_are_named_with_the_verbs_they_did():
    found = names(["本场共有15家企业报名参与竞买。", "区政府与5家银行签署战略合作协议。",
                   "在1200个村抽选了8.6万名农村劳动力作为调查样本。"])
    assert found["15家"] == "企业报名参与竞买"
    assert found["5家"] == "银行"  # the agent's partners did nothing of their own
    assert found["8.6万名"] == "农村劳动力"  # what they serve as, no doing


def test_members_of_a_group_written_as_the_scope_are_named_by_their_state():
    # an industrial profits release: the group is the sentence's scope, members clause by clause
    found = names(["在31个制造业行业中，19个行业利润总额比上年同期增长，7个行业减亏或扭亏，"
                   "5个行业下降。"])
    assert found["19个"] == "利润总额比上年同期增长的行业"
    assert found["7个"] == "减亏或扭亏的行业"
    assert found["5个"] == "下降的行业"


def test_the_market_a_price_is_observed_at_is_no_part_of_its_name():
    found = names(["全国农产品批发市场牛肉平均价格为每公斤63.85元，环比上涨0.6%。",
                   "数据来自全国172家农产品批发市场。"])
    assert found["63.85元"] == "牛肉平均价格"
    assert found["172家"] == "农产品批发市场"  # (the markets counted, not a price)


def test_a_level_against_its_base_with_the_base_amount_inside():
    # 相当于…N万头的103.5%: the amount inside is the base's, as with 占…N股的0.37%
    found = names(["9月末能繁母猪存栏4100万头，相当于正常保有量3900万头的105.1%。"])
    assert found["3900万头"] == "正常保有量"


def test_a_pronoun_or_latest_opening_a_name_names_nothing():
    found = names(["发言人表示，最新失业率为3.8%。", "10月份其网上销货价值按年上升9.7%。"])
    assert found["3.8%"] == "失业率"
    assert found["9.7%"] == "网上销货价值"


def test_a_counted_plot_ends_at_the_preposition_after_it():
    # a land auction: 经过 / 以 say how it went, not what was counted; 以N元底价成交 names the
    # price by the deal with its manner
    found = names(["高新区1宗宅地经过12轮竞价，由某公司竞得。",
                   "温江区2宗住宅用地以3.2亿元底价成交。"])
    assert found["1宗"] == "宅地"
    assert found["3.2亿元"] == "底价成交"


def test_a_list_sharing_one_figure_is_one_name_before_its_comparison():
    # the comparison with an earlier time after the list does not make it too long to be one
    found = names(["2025年首十个月合计，珠宝首饰、钟表及名贵礼物的销货价值较2024年同期下跌3.6%。"])
    assert found["3.6%"] == "珠宝首饰、钟表及名贵礼物的销货价值"


def test_a_level_set_as_a_share_of_a_base_after_is_named_before_it():
    # an auction's terms: 为起始价的20% (the base after 为 names nothing, as after 降至)
    found = names(["按照出让公告，竞买保证金为起始价的20%。"])
    assert found["20%"] == "竞买保证金"


def test_a_superlative_holder_clause_names_its_measure():
    # 受理量最多的是X区，为N件: the measure the superlative is of, not the last name before
    found = names(["全市按期办结率为99.2%。受理量最多的是瑶海区，为10.4万件，占全市的12.1%。"])
    assert found["10.4万件"] == "受理量"
    assert found["12.1%"] == "受理量占全市"


def test_a_headline_label_is_its_topic_not_the_figures_owner():
    # a news headline 成都土拍：…: the label says what the story is about
    text = "西安土拍：5宗地块揽金42.3亿元"
    sent = Sentence(sent_no=0, block_no=0, text=text, raw_start=0, raw_end=len(text),
                    is_heading=True)
    found = extract_metrics([sent], {0: default_segmenter().tag(text)}, None, None)
    assert {m.quote: m.indicator for m in found}["5宗"] == "地块揽金"


def test_an_unnamed_party_and_who_told_of_it_are_no_part_of_what_happened():
    # a hotline report's cases: 某小区, 某培训机构 (anonymised), the caller who reported it
    found = names(["瑶海区某小区5号楼停电4小时。", "一位市民反映某健身机构拒退会员费6800元。"])
    assert found["4小时"] == "停电"
    assert found["6800元"] == "拒退会员费"


def test_a_list_of_items_handled_shares_its_verb():
    # a disclosure report: 办理 over 人大代表建议 and 政协提案, as 新建 over a list of works
    found = names(["全年办理人大代表建议64件、政协提案97件。"])
    assert found["97件"] == "办理政协提案"


def test_an_amount_of_the_noun_after_it():
    # 推出…约N万元的X: the amount is X's (the verb right before the amount stays); a threshold
    # defining a class (N万元及以上的企业) keeps the name before it
    found = names(["政府将于明年推出新一轮约800万元的消费推广资助。",
                   "政府在预算案中拨出5亿元的企业扶持配套。",
                   "规模以上工业统计范围为年主营业务收入2000万元及以上的工业企业。"])
    assert found["约800万元"] == "消费推广资助"
    assert found["5亿元"] == "拨出企业扶持配套"
    assert found["2000万元及以上"] != "工业企业"


def test_this_ones_thing_stays_before_a_bare_measure_word():
    # 该地块面积: 面积 alone names nothing, the plot stays (该店周末入住率: the rest names it)
    found = names(["该地块面积45.6亩，起始价12.3亿元。", "该店周末入住率达95%。"])
    assert found["45.6亩"] == "地块面积"
    assert found["达95%"] == "周末入住率"


def test_that_one_opening_a_name_names_nothing():
    found = names(["与去年9月那场平均溢价率仅2.3%的土拍相比，市场明显回暖。"])
    assert found["2.3%"] == "平均溢价率"


def test_the_time_it_took_before_then_names_nothing():
    found = names(["开拍后约25分钟即触及最高限价15.6亿元，随后转入摇号环节。"])
    assert found["15.6亿元"] == "最高限价"


def test_whom_an_act_was_done_with_names_nothing():
    found = names(["本季度与110报警服务台对接转办非警务类诉求2,850件。",
                   "养老机构与医疗卫生机构签约合作率达到100%。"])
    assert found["2,850件"] == "对接转办非警务类诉求"
    assert found["达到100%"] == "养老机构与医疗卫生机构签约合作率"  # (both do it)


def test_a_revised_estimate_alone_is_of_the_thing_named_before():
    # 则按年 (按|年: a link word cut in two) after the estimate words: nothing named, the last
    found = names(["2025年8月零售业总销货数量的临时估计按年下跌2.1%，"
                   "而7月的修订估计则按年下跌1.4%。"])
    assert found["1.4%"] == "零售业总销货数量"


def test_a_contribution_rate_keeps_what_it_contributes_to():
    found = names(["电子行业利润同比增长12.1%，对全部规上工业利润增长的贡献率为28.4%。"])
    assert found["28.4%"] == "对全部规上工业利润增长的贡献率"


def test_a_cost_incurred_is_named_without_its_light_verb():
    # a profits release: 实现营业收入…；发生营业成本… (发生洪水, an event, keeps its verb)
    found = names(["1—9月份，规模以上工业企业实现营业收入100.1万亿元，增长1.6%；"
                   "发生营业成本83.40万亿元，增长1.9%。"])
    assert found["83.40万亿元"] == "营业成本"
