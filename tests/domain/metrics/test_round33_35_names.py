"""Names of blind rounds 33-35's classes of phrasing (tests/gold/heldout h101-h109; the
held-out README lists the misses): a class per test, on short sentences written for it in the
genre's manner."""

from datetime import date

from tests.domain.metrics.support import by_quote, document_by_number, metrics


def names(texts: list[str]) -> dict[str, str | None]:
    return {q: m.indicator for q, m in by_quote(metrics(texts, home=None)).items()}


def test_an_adverb_or_modal_before_the_verb_of_a_goal_is_no_part_of_the_name():
    found = names(["预计12月份全省公路日均通行车辆仍将保持在80万辆以上。",
                   "到2027年，乡镇（街道）综合养老服务中心覆盖率要达到65%。"])
    assert found["80万辆以上"] == "公路日均通行车辆"
    assert found["达到65%"] == "乡镇（街道）综合养老服务中心覆盖率"


def test_a_long_base_after_a_bound_leaves_the_name_before_it():
    found = names(["普惠性幼儿园保育教育费原则上不高于当地同等级公办幼儿园平均收费的80%。",
                   "公共租赁住房租金原则上不低于同地段同类型市场化租赁住房平均租金的60%。"])
    assert found["80%"] == "普惠性幼儿园保育教育费"
    assert found["60%"] == "公共租赁住房租金"


def test_each_of_the_doers_opening_a_name_is_no_part_of_it():
    found = names(["今年以来，各商业综合体新引进首店品牌42个。"])
    assert found["42个"] == "商业综合体新引进首店品牌"


def test_the_verb_of_having_between_a_class_and_what_it_has_is_dropped():
    found = names(["全省中等职业教育共有学校386所，在校生52.1万人。"])
    assert found["386所"] == "中等职业教育学校"


def test_kinds_of_social_insurance_share_the_measure_after_the_last():
    found = names(["截至6月末，全省基本养老、失业、工伤保险参保人数分别为3860万人、712万人、"
                   "905万人。"])
    assert found["3860万人"] == "基本养老保险参保人数"
    assert found["712万人"] == "失业保险参保人数"
    assert found["905万人"] == "工伤保险参保人数"


def test_levels_of_school_share_a_per_pupil_measure_after_the_last():
    found = names(["普通高中、中等职业学校生均校舍建筑面积分别为31.2平方米和28.6平方米。"])
    assert found["31.2平方米"] == "普通高中生均校舍建筑面积"
    assert found["28.6平方米"] == "中等职业学校生均校舍建筑面积"


def test_a_body_before_what_it_does_is_no_part_of_the_name():
    found = names(["2024年，南京海关监管跨境电商出口包裹1.2亿件。",
                   "1-9月，国家统计局共调查规模以上企业3.6万家。"])
    assert found["1.2亿件"] == "监管跨境电商出口包裹"
    assert found["3.6万家"] == "调查规模以上企业"


def test_a_rank_and_its_change_are_named_by_what_is_ranked():
    found = names(["佛山前三季度地区生产总值为9436.2亿元，增长2.1%，排名较上半年上升1位至第十七。"])
    assert found["1位"] == "地区生产总值"
    assert found["第十七"] == "地区生产总值"


def test_a_citys_urban_area_stays_in_the_name():
    found = names(["11月，广州市区（含增城、从化）商品住宅网签成交4210套。",
                   "11月，上海市区二手住宅成交2.1万套。"])
    assert found["4210套"] == "市区商品住宅网签成交"
    assert found["2.1万套"] == "市区二手住宅成交"


def test_a_bound_before_the_noun_it_bounds_stays_in_the_name():
    found = names(["从面积段看，建筑面积90平方米以下的刚需住房成交占比为41.2%。",
                   "其中，总价500万元以上的房源占成交总量的12.6%。",
                   "目标在6%及以上的有4个。"])
    assert found["41.2%"] == "建筑面积90平方米以下的刚需住房成交占比"
    assert found["12.6%"] == "总价500万元以上的房源占成交总量"
    assert found["4个"] != "在6%及以上"


def test_a_rule_by_a_standard_is_named_by_what_it_grants_or_builds():
    found = names(["对新建养老床位按每张5000元的标准给予一次性建设补贴。",
                   "新建住宅小区按照每百户不少于30个车位的标准配建公共充电设施。"])
    assert found["5000元"] == "一次性建设补贴"
    assert found["不少于30个"] == "新建住宅小区配建公共充电设施"


def test_a_part_the_count_includes_opens_no_name():
    found = names(["全年受理申请约5200宗（包括长者申请约1300宗）。"])
    assert found["约1300宗"] == "长者申请"


def test_a_firm_or_venue_named_after_its_city_keeps_the_city():
    found = names(["广州局集团公司发送旅客1820.6万人次，同比增长5.1%。",
                   "三亚国际免税城单日最高销售额突破1.8亿元。"])
    assert found["1820.6万人次"] == "广州局集团公司发送旅客"
    assert found["突破1.8亿元"] == "三亚国际免税城单日最高销售额"


def test_the_whole_society_after_a_length_of_days_keeps_its_whole():
    found = document_by_number("2026年春运（2月2日至3月13日，共40天）圆满结束。\n据统计，2026年春运"
                               "40天全社会跨区域人员流动量累计92.6亿人次，同比增长2.7%。\n",
                               date(2026, 3, 14))
    assert found["92.6亿人次"].indicator == "全社会跨区域人员流动量"


def test_a_record_day_keeps_its_day_in_the_name():
    found = names(["售票组织方面，单日最高售票1860.2万张。", "10月3日单日接待游客7.9万人次。"])
    assert found["1860.2万张"] == "单日最高售票"
    assert found["7.9万人次"] == "接待游客"


def test_success_before_the_deed_stays_in_the_name():
    found = names(["候补购票服务持续优化，累计成功兑现候补订单3120万张。"])
    assert found["3120万张"] == "成功兑现候补订单"


def test_places_given_as_examples_of_directions_name_nothing():
    found = names(["假期在北京、上海、广州等方向安排开行夜间高铁列车216列。",
                   "成都市安排新增专项债券89.6亿元。"])
    assert found["216列"] == "开行夜间高铁列车"
    assert found["89.6亿元"] == "安排新增专项债券"


def test_a_deeds_rate_keeps_the_deed():
    found = names(["全年帮扶困难毕业生1.2万人，帮扶率为96.3%。"])
    assert found["96.3%"] == "帮扶率"


def test_a_modal_before_the_cap_leaves_the_last_name():
    found = names(["首次购买自住住房的，住房公积金贷款最高额度上浮20%，最高可达120万元。"])
    assert found["达120万元"] == "住房公积金贷款最高额度"


def test_at_once_before_the_verb_of_the_figure_is_no_name():
    found = names(["9月28日，该店在三亚开业，当月即实现销售额0.8亿元。"])
    assert found["0.8亿元"] == "销售额"


def test_per_head_per_year_terms_inside_a_quotas_name_are_dropped():
    found = names(["境内居民个人每人每年便利化购汇额度为5万美元。"])
    assert found["5万美元"] == "境内居民个人便利化购汇额度"


def test_a_plans_level_written_inside_its_share_is_of_the_last_name():
    found = names(["1—9月，全省城镇新增就业61.2万人，完成全年70万人目标任务的87.4%。"])
    assert found["70万人"] == "城镇新增就业"
    assert found["87.4%"] == "城镇新增就业"
