"""Session 26's second naming pass, each class stated on sentences written for it: 完成 opening a
phrase before an output (产值, 发电量) is a verb of result, dropped; after who produced it, and
before investment always, it is the statistics' name and stays."""

from datetime import date

from tests.domain.metrics.support import document_by_number

_DOC = date(2025, 3, 10)


def _names(raw: str) -> dict[str, str | None]:
    return {q: m.indicator for q, m in document_by_number(raw, _DOC).items()}


def test_done_opening_an_output_is_a_verb_of_result():
    names = _names("某镇2024年工作总结\n全年完成工业总产值7.42亿元，同比增长3.3%。"
                   "全年完成固定资产投资2.15亿元。\n")
    assert names["7.42亿元"] == "工业总产值"
    assert names["3.3%"] == "工业总产值"
    assert names["2.15亿元"] == "完成固定资产投资"


def test_done_after_the_producer_names_the_output():
    names = _names("2024年全区建筑业发展情况\n全年全区建筑业企业完成总产值315.6亿元，增长2.8%。\n")
    assert names["315.6亿元"] == "建筑业企业完成总产值"


def test_a_bare_output_keeps_its_done():
    assert _names("某镇2024年工作总结\n全年完成产值42.5亿元。\n")["42.5亿元"] == "完成产值"


def test_the_share_of_a_groups_members_in_a_state_names_the_members():
    names = _names("某市2024年志愿服务情况\n"
                   "全市注册志愿者中35岁以下的占62.5%，同比提高1.4个百分点。"
                   "全年受理投诉件中涉及物业服务的占28.3%。\n")
    assert names["62.5%"] == "35岁以下的注册志愿者"
    assert names["1.4个百分点"] == "35岁以下的注册志愿者"
    assert names["28.3%"] == "涉及物业服务的受理投诉件"


def test_a_group_set_apart_by_a_comma_is_a_scope():
    names = _names("某市2024年农民工监测调查报告\n外出农民工中，在省内就业的占58.2%。\n")
    assert names["58.2%"] == "在省内就业"


_TRADE = ("2025年10月对外商品贸易\n"
          "来自本区内个别主要供应地的进口货值上升，特别是泰国（上升12.3%）、马来西亚（上升8.8%）"
          "及内地（上升5.7%）。当中输往荷兰（上升21.7%）及美国（上升3.9%）的货值上升。"
          "入境旅客以韩国（12,105人次）、菲律宾（7,862人次）及泰国（4,633人次）旅客较多。\n")


def test_places_listed_with_their_change_in_brackets_name_their_figures():
    names = _names(_TRADE)
    assert names["12.3%"] == "泰国"
    assert names["8.8%"] == "马来西亚"


def test_a_head_after_the_bracketed_list_is_every_items():
    names = _names(_TRADE)
    assert names["21.7%"] == "输往荷兰的货值"
    assert names["3.9%"] == "输往美国的货值"
    assert names["7,862人次"] == "菲律宾旅客"


def test_a_bare_share_after_a_semicolon_goes_on_with_the_parts_before():
    names = _names("某市2024年人口发展报告\n年末60岁以上人口为98.2万人，占总人口22.4%；"
                   "0至14岁人口占13.1%，15至59岁人口占64.5%。"
                   "按行业看，批发和零售业吸纳就业最多，占24.6%；住宿和餐饮业、建筑业分别占12.8%和"
                   "10.3%，居第二、三位。\n")
    assert names["13.1%"] == "0至14岁人口占比"
    assert names["64.5%"] == "15至59岁人口占比"
    assert names["12.8%"] == "住宿和餐饮业占比"
    assert names["10.3%"] == "建筑业占比"
    assert names["三位"] == "建筑业"


def test_a_rules_weights_with_no_whole_stay_bare():
    names = _names("某项目招标公告\n"
                   "评标采用综合评分法，价格分值占30%，技术分值占60%，商务分值占10%。\n")
    assert names["60%"] == "技术分值"


def test_an_adverb_of_the_whole_before_the_change_is_no_name():
    names = _names("2025年10月对外商品贸易\n输往欧洲的整体出口货值整体上升8.4%。"
                   "经陆路口岸入境的旅客占整体52.6%。\n")
    assert names["8.4%"] == "输往欧洲的整体出口货值"
    assert names["52.6%"] == "经陆路口岸入境的旅客占整体"


def test_an_improvement_against_a_base_is_the_change_of_the_index():
    names = _names("2025年1-10月全省环境空气质量状况\n全省空气质量综合指数为4.36，同比改善5.1%。"
                   "廊坊、保定综合指数分别同比改善10.2%、8.7%。\n")
    assert names["5.1%"] == "空气质量综合指数"
    assert names["8.7%"] == "综合指数"


def test_whom_a_provision_is_for_names_nothing():
    names = _names("某市2024年就业工作总结\n"
                   "全年为离校未就业高校毕业生等青年群体提供见习岗位3200个。"
                   "为来访企业家提供政策咨询、项目对接、人才招聘等15项服务。"
                   "市人社局为重点企业提供用工指导860次。\n")
    assert names["3200个"] == "提供见习岗位"
    assert names["15项"] == "提供服务"
    assert names["860次"] == "提供用工指导"


def test_what_a_body_won_keeps_its_verb_funds_received_do_not():
    names = _names("某集团2024年科技创新情况\n全年获得国家级科技奖励6项，获得授权发明专利318件。"
                   "与5家银行签署战略合作协议，获得意向授信额度80亿元。\n")
    assert names["6项"] == "获得国家级科技奖励"
    assert names["318件"] == "获得授权发明专利"
    assert names["80亿元"] == "意向授信额度"


def test_a_count_before_a_slight_change_keeps_the_name_before_it():
    names = _names("某市2024年统计公报\n"
                   "总就业人数由上一个三个月的3698500人微跌至最新的3695400人。\n")
    assert names["3698500人"] == "总就业人数"
    assert names["3695400人"] == "总就业人数"


def test_a_bound_written_before_its_figure_defines_the_class_named():
    names = _names("某市2024年气候公报\n全年日最高气温高于35℃的天数为18天。"
                   "全年能见度低于5公里的时数（不包括雨、雾）合共为230小时。\n")
    assert names["18天"] == "日最高气温高于35℃的天数"
    assert names["230小时"] == "能见度低于5公里的时数"


def test_members_counted_after_have_are_named_by_the_bound_they_pass():
    assert _names("某市2024年统计公报\n全市12个县（市、区）中，有7个粮食平均单产超过400公斤。\n")[
        "7个"] == "粮食平均单产超过400公斤的县（市、区）"
    assert _names("某市2024年统计公报\n11个城市中，有8个城市PM10浓度同比降幅超过6%。\n")[
        "8个"] == "PM10浓度同比降幅超过6%的城市"


def test_a_reported_allocation_keeps_its_payer_a_yearly_commitment_does_not():
    assert _names("某县2025年春播工作总结\n2025年，县财政统筹安排资金5600万元。\n")[
        "5600万元"] == "县财政统筹安排资金"
    assert _names("某县推进乡村振兴的若干措施\n县财政每年安排乡村振兴专项资金不少于1.2亿元。\n")[
        "1.2亿元"] == "安排乡村振兴专项资金"
