"""Names of blind rounds 27 and 28's classes of phrasing (tests/gold/heldout h83-h88; the
held-out README lists the misses): a class per test, on short sentences written for it in the
genre's manner."""

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts, home=None)).items()}


def test_a_list_item_joined_by_ji_keeps_the_shared_head_off_the_other_items():
    found = names(["1—9月，铁路、公路、水运及管道运输量分别占全部货物运输量的"
                   "12.4%、75.1%和12.5%。"])
    assert found["12.4%"] == "铁路运输量占全部货物运输量"
    assert found["75.1%"] == "公路运输量占全部货物运输量"


def test_respectively_inside_a_name_is_no_part_of_it():
    found = document_by_number("其中，省内、省外旅客发送量分别占全部旅客发送量的58.2%和41.8%；"
                               "票务收入分别占全部客运收入的49.1%和50.9%。\n", date(2025, 11, 10))
    assert found["49.1%"].indicator == "票务收入占全部客运收入"


def test_the_items_taken_together_share_of_a_whole():
    found = names(["报告病例数居前两位的是水痘和流行性腮腺炎，分别为320例和126例，"
                   "两者占丙类传染病报告病例总数的85.2%。"])
    assert found["85.2%"] == "占丙类传染病报告病例总数"


def test_the_main_item_before_its_bracketed_figure():
    found = names(["本月报告其他感染性腹泻病1120例，病原以诺如病毒为主（436例）。"])
    assert found["436例"] == "诺如病毒"


def test_an_authority_named_in_several_words_before_its_verb_names_nothing():
    found = names(["1—6月，全区各级市场监管部门共开展双随机抽查3,512家次，同比增长8.4%。",
                   "2025年，民政局预计全年新增养老床位2000张。"])
    assert found["3,512家次"] == "开展双随机抽查"
    assert found["2000张"] == "新增养老床位"


def test_the_campaign_a_work_is_done_around_names_nothing():
    found = names(["二季度，围绕“消防安全集中整治”开展夜查行动326次，检查单位1.1万家。",
                   "三季度，围绕重点行业领域开展专项执法检查120次。"])
    assert found["326次"] == "开展夜查行动"
    assert found["120次"] == "开展专项执法检查"


def test_a_share_right_after_the_main_part_is_that_parts():
    found = names(["门诊病例以60岁以上老人为主，占72.4%。",
                   "共检测标本326份，阳性率为21.2%，以乙型流感病毒为主，占阳性标本的64.1%。"])
    assert found["72.4%"] == "60岁以上老人占比"
    assert found["64.1%"] == "乙型流感病毒占阳性标本"


def test_a_share_after_items_listed_without_figures_is_of_them_together():
    found = names(["全年受理消费投诉1.2万件。",
                   "投诉量居前三位的行业依次为房地产、汽车和教育培训，占投诉总量的58.3%。"])
    assert found["58.3%"] == "占投诉总量"


def test_an_adverb_after_a_count_is_no_noun_counted():
    found = names(["本月报告重症病例14例。", "死亡2例均为80岁以上老人。"])
    assert found["2例"] == "死亡"


def test_the_harm_listed_after_a_fields_events_is_of_that_field():
    found = names(["1—6月，全省水上交通领域发生事故12起、死亡9人，同比分别下降7.7%和10.0%。",
                   "1—6月，全省共发生生产安全事故80起、死亡61人。"])
    assert found["9人"] == "水上交通领域死亡"
    assert found["10.0%"] == "水上交通领域死亡"
    assert found["61人"] == "死亡"


def test_rates_against_a_second_base_are_of_the_same_figures_in_order():
    found = names(["上半年，全市共发生火灾事故320起、死亡6人，同比分别下降8.1%和14.3%，"
                   "环比分别下降3.2%和25.0%。"])
    assert found["3.2%"] == "发生火灾事故"
    assert found["25.0%"] == "死亡"


def test_rates_rising_respectively_are_of_the_figures_before_in_order():
    found = names(["其中，涉及老年人的诈骗案件120起、涉案金额860万元，同比分别上升5.2%和7.4%。"])
    assert found["5.2%"] == "涉及老年人的诈骗案件"
    assert found["7.4%"] == "涉案金额"


def test_a_partner_alone_after_partners_named_is_the_figures_name():
    found = names(["10月，来自美国接单243.7亿美元，年增42.5%；来自日本接单41.5亿美元，年增3.1%；"
                   "欧洲86.1亿美元，年增18.4%；东协80.3亿美元，年增27.6%。",
                   "全省21个地级以上市中，CPI同比上涨的有13个。"])
    assert found["86.1亿美元"] == "欧洲"
    assert found["18.4%"] == "欧洲"
    assert found["80.3亿美元"] == "东协"
    assert found["21个"] != "全省"


def test_a_banks_terms_stay_whole_after_a_year_and_a_rank():
    found = names(["该行2024年净息差为1.92%，同比收窄15个基点。",
                   "截至报告期末，前十大股东合计持股比例为48.20%。"])
    assert found["1.92%"] == "净息差"
    assert found["48.20%"] == "前十大股东持股比例"


def test_a_label_names_what_a_verb_alone_after_it_recorded():
    found = names(["丙类传染病：共报告5种3120例，报告发病率为58.20/10万。"])
    assert found["5种"] == "丙类传染病"
    assert found["58.20/10万"] == "报告发病率"


def test_what_is_done_to_the_counted_after_de_is_no_head_noun():
    found = names(["12月15日前，要完成对全区860家重点企业的全覆盖检查。",
                   "今年将实施20项可感可及的民生实事。"])
    assert found["860家"] == "重点企业"
    assert found["20项"].endswith("民生实事")


def test_the_listed_company_a_report_is_about_is_no_part_of_its_names():
    own = document_by_number(
        "江城银行2024年净利润32.5亿元\n\n3月27日晚间，江城银行（601999）披露2024年年度报告。截至2024年末，"
        "江城银行资产总额6210.4亿元，较年初增长9.6%。江城银行按一级资本排名第315位。\n",
        date(2025, 3, 28))
    assert own["6210.4亿元"].indicator == "资产总额"
    assert own["第315位"].indicator == "一级资本"
    market = document_by_number(
        "三大指数集体收涨\n\n3月18日，江城银行（601999）收涨1.15%，报12.30元；江城银行成交额8.2亿元。\n",
        date(2025, 3, 18))
    assert market["8.2亿元"].indicator == "江城银行成交额"
    # the same report in Traditional script (names are Simplified; the title is not)
    traditional = document_by_number(
        "江城銀行2024年淨利潤32.5億元\n\n3月27日晚間，江城銀行（601999）披露2024年年度報告。"
        "截至2024年末，江城銀行資產總額6210.4億元，較年初增長9.6%。\n", date(2025, 3, 28))
    assert traditional["6210.4億元"].indicator == "资产总额"


def test_a_holder_of_a_share_is_no_agent_and_a_rates_base_is_no_name():
    found = names(["截至报告期末，第二大股东市国资委持股比例为12.40%。",
                   "其中有效投诉312件，有效投诉率为每万件业务量1.8件。"])
    assert found["12.40%"] == "第二大股东市国资委持股比例"
    assert found["1.8件"] == "有效投诉率"


def test_a_recording_verb_after_the_disease_is_no_part_of_its_name():
    found = names(["本月基孔肯雅热报告8例，均为境外输入病例。"])
    assert found["8例"] == "基孔肯雅热"


def test_a_surveys_share_is_named_by_who_said_what():
    found = names(["调查显示，近八成受访企业认为营商环境明显改善，"
                   "超过70%的受访者表示“办事更方便了”。"])
    assert found["近八成"] == "受访企业认为营商环境明显改善"
    assert found["超过70%"] == "受访者表示办事更方便了"


def test_places_left_unnamed_are_no_part_of_a_name():
    found = names(["今年以来，有的地方会议文件数量比上年压减超过四成。"])
    assert found["超过四成"] == "会议文件数量"


def test_a_count_cut_from_one_figure_to_another_keeps_the_things_name():
    found = names(["推行“一网通办”后，企业需要提交的材料由42份精简至12份。"])
    assert found["42份"] == "企业需要提交的材料"
    assert found["12份"] == "企业需要提交的材料"
