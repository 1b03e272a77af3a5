"""Names of blind rounds 40 and 41's classes of phrasing (tests/gold/heldout h122-h127; the
held-out README lists the misses): a class per test, on short sentences written for it in the
genre's manner (a price release in Traditional script, a hearing notice, an inspection report)."""

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts, home=None)).items()}


def release(raw: str) -> dict[str, str | None]:
    """A whole release's names by number (Traditional script is cleaned to Simplified)."""
    return {q: m.indicator for q, m in document_by_number(raw, date(2025, 11, 15)).items()}


def test_a_rate_against_the_period_before_is_named_by_what_changed():
    found = release("5月WPI為101.52，月增率為-0.36%，年增率為-1.84%。"
                    "5月底貨幣總計數M1B年增率為3.16%。\n")
    assert found["-0.36%"] == "WPI"
    assert found["-1.84%"] == "WPI"
    assert found["3.16%"] == "货币总计数M1B"


def test_a_seasonal_adjustment_says_how_a_rate_is_measured():
    found = release("5月CPI為108.21，較上月漲0.22%，經調整季節變動因素後漲0.05%。"
                    "第1季經季節調整後之實質GDP較上季增加0.86%。\n")
    assert found["0.05%"] == "CPI"
    assert found["0.86%"] == "实质GDP"


def test_the_item_that_moved_most_of_a_group_and_its_causes():
    found = release("七大類中以醫藥保健類漲2.12%最多，主因掛號費漲4.1%，"
                    "蔬菜因豪雨過後供給減少仍漲7.3%，惟肉類因進口增加跌1.9%。\n")
    assert found["2.12%"] == "医药保健类"
    assert found["4.1%"] == "挂号费"
    assert found["7.3%"] == "蔬菜"
    assert found["1.9%"] == "肉类"


def test_the_currency_a_price_is_reckoned_in_is_no_part_of_its_name():
    found = release("進口物價以新臺幣計價年減3.25%，以美元計價則年增1.12%。\n")
    assert found["3.25%"] == "进口物价"
    assert found["1.12%"] == "进口物价"


def test_a_definition_by_exclusion_and_an_excluding_note_name_nothing():
    found = release("不含蔬果及能源之核心CPI年增1.58%。同月美國CPI年增2.7%，"
                    "日本（不含生鮮食品）年增3.4%。\n")
    assert found["1.58%"] == "核心CPI"
    assert found["3.4%"] == "CPI"


def test_a_release_forecasting_in_its_own_name():
    found = release("本處預測全年CPI年增率為1.92%，明年為1.71%。\n")
    assert found["1.92%"] == "CPI"
    assert found["1.71%"] == "CPI"


def test_a_section_topic_before_a_colon_names_no_figure():
    found = release("五、國際比較：同月美國CPI年增2.7%，南韓年增1.9%。\n"
                    "（三）旁聽及新聞媒體：設旁聽席12個。\n")
    assert found["2.7%"] == "CPI"
    assert found["1.9%"] == "CPI"
    assert found["12個"] == "设旁听席"


def test_every_level_before_a_counted_noun_is_kept():
    found = names(["全市各级食品安全委员会成员单位达到326个。",
                   "全市各级慈善组织接收社会捐赠款物3.2亿元。"])
    assert found["达到326个"] == "各级食品安全委员会成员单位"
    assert found["3.2亿元"] == "慈善组织接收社会捐赠款物"  # (a doer and its deed: 各级 goes)


def test_a_price_set_anew_is_named_by_what_is_priced():
    found = names(["第一阶梯综合水价每立方米3.10元（含污水处理费每立方米1.35元）。",
                   "第二阶梯由每立方米4.10元调整为4.75元，上调0.65元。",
                   "同步调整非居民用水价格，由每立方米4.20元调整为4.95元。"])
    assert found["3.10元"] == "第一阶梯综合水价"
    assert found["1.35元"] == "污水处理费"
    assert found["4.10元"] == "第二阶梯"
    assert found["4.75元"] == "第二阶梯"
    assert found["0.65元"] == "第二阶梯"
    assert found["4.20元"] == "非居民用水价格"
    assert found["4.95元"] == "非居民用水价格"


def test_a_share_of_the_class_a_bound_makes_is_named_by_its_clause():
    found = names(["全市一户一表居民用户98.6万户，其中年用水量在200立方米以内的占81.5%。"])
    assert found["81.5%"] == "年用水量在200立方米以内"


def test_every_one_of_a_measured_thing_and_a_list_closed_by_examples():
    found = names(["每增加1人，各阶梯年用水量基数增加30立方米。",
                   "其中消费者参加人9名、其他利益相关方代表等6名。"])
    assert found["30立方米"] == "各阶梯年用水量基数"
    assert found["6名"] == "其他利益相关方代表"


def test_an_inspection_s_visits_and_whom_it_entrusted():
    found = names(["执法检查组深入12个县（市、区），同时委托其他5个市州人大常委会对本行政区域内"
                   "法律实施情况开展检查。"])
    assert found["12个"] == "深入县（市、区）"
    assert found["5个"] == "委托市州人大常委会"


def test_a_noun_ending_in_a_link_character_keeps_it():
    found = names(["全年查处违法行为2.35万项，罚款1.86亿元。"])
    assert found["2.35万项"] == "查处违法行为"


def test_the_verbs_before_listed_titles_stay():
    found = names(["省人大常委会制定修订《安全生产条例》《消防条例》等地方性法规5部。"])
    assert found["5部"] == "制定修订地方性法规"


def test_members_of_a_group_written_as_a_scope():
    found = names(["检查组抽查的120家企业中，有37家存在安全培训流于形式问题。",
                   "查价之368个项群中，价格上涨者有215项，下跌者121项。",
                   "重要民生物资17项，其中11项价格上涨。"])
    assert found["37家"] == "存在安全培训流于形式问题的企业"
    assert found["215项"] == "价格上涨的项群"
    assert found["121项"] == "下跌的项群"
    assert found["11项"] == "价格上涨的重要民生物资"


def test_an_event_counted_keeps_its_verb_and_a_bare_verb_item_its_own_name():
    found = names(["全年共发生森林火灾23起、草原火灾5起，出现区域性高温过程3次。",
                   "1—9月，全市共发生生产安全事故98起、死亡104人。"])
    assert found["23起"] == "发生森林火灾"
    assert found["5起"] == "发生草原火灾"  # (the verb shared by the list)
    assert found["3次"] == "出现区域性高温过程"
    assert found["98起"] == "发生生产安全事故"
    assert found["104人"] == "死亡"


def test_a_part_of_a_scoped_whole_taking_a_bare_share():
    found = names(["在全部外出务工人员中，女性占38.2%，比上年提高0.3个百分点。",
                   "购物占旅客总消费的46.1%，住宿占21.7%。",
                   "评标采用综合评分法，价格分值占30%，技术分值占60%。"])
    assert found["38.2%"] == "女性占比"
    assert found["21.7%"] == "住宿占比"
    assert found["30%"] == "价格分值"  # (a rule's weights: no whole anywhere)
    assert found["60%"] == "技术分值"


def test_members_of_a_scope_are_named_by_its_noun():
    found = release("10月份，70个大中城市中，新建商品住宅销售价格环比下降的城市有58个，"
                    "比上月增加2个；持平的有3个；上涨的有9个。\n")
    assert found["58个"] == "新建商品住宅销售价格环比下降的大中城市"
    assert found["3个"] == "持平的大中城市"
    assert found["9个"] == "上涨的大中城市"


def test_a_tier_of_cities_is_no_part_of_its_places_figures():
    found = names(["一线城市新建商品住宅销售价格环比下降0.3%。其中，北京、上海分别下降0.5%和0.2%。",
                   "三线城市新建商品住宅销售价格环比下降0.4%，二手住宅销售价格环比下降0.7%，"
                   "降幅均比上月扩大0.2个百分点。"])
    assert found["0.5%"] == "新建商品住宅销售价格"
    assert found["0.2%"] == "新建商品住宅销售价格"
    assert found["0.2个百分点"] == "降幅"  # (均: the rates of both)


def test_a_real_growth_rate_is_named_by_what_grew():
    found = names(["第三季本地生产总值实质增长率由早前公布的3.8%修订为4.1%。",
                   "上半年经济实质增长率相应修订为4.6%。"])
    assert found["3.8%"] == "本地生产总值"
    assert found["4.1%"] == "本地生产总值"
    assert found["4.6%"] == "经济"


def test_a_level_above_its_datum_measured_at_a_station():
    found = names(["二〇二四年维多利亚港（鲗鱼涌潮汐站）的年平均海平面为海图基准面以上1.49米。",
                   "年内录得的最高潮位为海图基准面以上3.02米。"])
    assert found["1.49米"] == "年平均海平面"
    assert found["3.02米"] == "最高潮位"


def test_a_toll_after_the_disaster_a_sentence_opens_with():
    found = names(["干旱灾害主要发生在西北地区，农作物受灾面积1216.4千公顷。",
                   "地质灾害共发生2865起，因灾死亡失踪51人。",
                   "各种自然灾害共造成5120.6万人次不同程度受灾。",
                   "前三季度西北太平洋和南海共有18个台风生成。"])
    assert found["1216.4千公顷"] == "干旱灾害农作物受灾面积"
    assert found["51人"] == "地质灾害因灾死亡失踪"
    assert found["5120.6万人次"] == "受灾"  # (every kind: no one disaster's)
    assert found["18个"] == "台风生成"  # (台风, tagged a place by jieba, and its deed)


def test_a_class_rising_year_on_year_and_its_share_of_the_rise():
    found = release("10月服務類年增2.15%，影響CPI上漲1.02個百分點，占總漲幅約三分之二。\n")
    assert found["2.15%"] == "服务类"  # (年增 one word: not 服务|类年|增)
    assert found["1.02個百分點"] == "服务类影响CPI"
    assert found["約三分之二"] == "服务类占总涨幅"


def test_the_day_a_rule_applies_from_names_nothing():
    found = release("另115年7月1日起基本工資時薪調升至196元。\n")
    assert found["196元"] == "基本工资时薪"


def test_the_currency_a_growth_is_reckoned_in():
    found = names(["前10个月，全省货物贸易进出口总值3215.6亿元，同比增长2.8%"
                   "（以美元计增长2.4%）。"])
    assert found["2.4%"] == "货物贸易进出口总值"


def test_a_tier_of_cities_is_every_listed_item_s_scope():
    found = names(["二线城市新建商品住宅和二手住宅销售价格同比分别下降3.4%和5.6%。"])
    assert found["3.4%"] == "二线城市新建商品住宅销售价格"
    assert found["5.6%"] == "二线城市二手住宅销售价格"


def test_members_counted_with_a_bare_state_are_the_group_s():
    found = names(["列入年度计划的24项主要指标中，预计20项完成或超额完成，4项未达到预期。",
                   "截至2023年底，12项指标达到序时进度，7项符合预期，2项进展滞后。"])
    assert found["20项"] == "完成或超额完成的主要指标"
    assert found["4项"] == "未达到预期的主要指标"
    assert found["7项"] == "符合预期的指标"
    assert found["2项"] == "进展滞后的指标"


def test_the_head_after_a_respectively_list_is_every_item_s():
    found = names(["锂离子电池、工业机器人产量分别增长41.2%和35.6%。"])
    assert found["41.2%"] == "锂离子电池产量"
    assert found["35.6%"] == "工业机器人产量"
