"""Rounds 20 and 21's blind misses on kinds and signs (h62-h64: a ministry's release on natural
disasters, a stock market's close report, an energy bureau's electricity release; h65-h67: a
health-insurance yearly bulletin, a procurement award notice, National Day box-office news),
each a class of phrasing stated on short sentences written for it."""

from datetime import date

from tests.domain.metrics.support import by_quote, metrics

_DOC = date(2025, 3, 18)


def _found(texts, home=None, doc=_DOC):
    return by_quote(metrics(texts, doc=doc, home=home))


def _kinds(found):
    return {q: (m.kind, m.value) for q, m in found.items()}


def test_a_close_moves_a_price_rise_or_fall_a_growth_with_its_sign():
    found = _found(["截至收盘，上证指数收涨0.4%，报3300.5点；北证50指数跌1.2%，恒生指数收跌0.8%。",
                    "两市成交额较上一交易日缩量312亿元，个股股价收涨3.5%。"])
    assert {q: k for q, k in _kinds(found).items() if q.endswith(("%", "亿元"))} == {
        "0.4%": ("growth_rate", 0.4), "1.2%": ("growth_rate", -1.2),
        "0.8%": ("growth_rate", -0.8), "312亿元": ("actual", -312.0),
        "3.5%": ("growth_rate", 3.5)}


def test_a_rate_moved_in_basis_points_is_its_change():
    found = _found(["人民币对美元汇率中间价报7.18，较前一交易日调升28个基点；",
                    "10年期国债收益率下行3.5个基点至1.79%，政策利率下调10个基点。"])
    assert {q: k for q, k in _kinds(found).items() if q.endswith("基点")} == {
        "28个基点": ("growth_rate", 28.0), "3.5个基点": ("growth_rate", -3.5),
        "10个基点": ("growth_rate", -10.0)}


def test_a_price_cut_on_average_is_a_fall():
    found = _found(["2024年开展第九批集中带量采购，41种药品平均降价58%；耗材平均降价60%左右。"],
                   doc=date(2025, 7, 1))
    assert (found["58%"].kind, found["58%"].value) == ("growth_rate", -58.0)
    assert (found["60%左右"].kind, found["60%左右"].value) == ("growth_rate", -60.0)


def test_a_disasters_toll_and_its_relief_are_flows_of_the_period():
    found = _found(["前三季度，灾害造成倒塌房屋2.1万间，严重损坏4.2万间；地质灾害共发生2810起。",
                    "前三季度，派出工作组76个，调拨中央救灾物资28.4万件，共成功避险地质灾害305起。"],
                   doc=date(2024, 10, 12))
    assert {q: m.kind for q, m in found.items()} == dict.fromkeys(
        ("2.1万间", "4.2万间", "2810起", "76个", "28.4万件", "305起"), "actual")
    # police stations hold the word of a dispatch, but stand
    assert _found(["全市共有派出所120个。"])["120个"].kind == "count_total"


def test_bids_received_and_people_aided_are_flows_investors_a_stock():
    found = _found(["开标当日，其中有效投标6家，两个标段各有有效投标人3家。",
                    "2024年，医疗救助资助参加基本医疗保险7600万人。",
                    "截至2月末，投资者总数达2.21亿，其中自然人投资者2.2亿。"],
                   doc=date(2025, 3, 10))
    assert {q: m.kind for q, m in found.items()} == {
        "6家": "actual", "3家": "actual", "7600万人": "actual",
        "达2.21亿": "count_total", "2.2亿": "count_total"}


def test_things_counted_before_what_they_did_in_the_period_are_a_flow():
    found = _found(["前三季度共有18个台风生成，其中5个登陆我国，共有7个热带气旋进入南海。",
                    "当日有2只新股上市，共有7家供应商递交投标文件。",
                    "档期内共有19部影片上映，共有15个省份发放电影消费券。",
                    "第一批1200个经济房屋单位已完成抽签。"], doc=date(2024, 10, 9))
    assert {q: m.kind for q, m in found.items()} == dict.fromkeys(
        ("18个", "5个", "7个", "2只", "7家", "19部", "15个", "1200个"), "actual")
    # a stock: cities above a level, listed companies, a state
    stocks = _found(["全省21个地级以上市中，CPI同比上涨的有13个。",
                     "全省共有86家上市公司，有320个县受灾。"], doc=date(2024, 10, 9))
    assert {q: m.kind for q, m in stocks.items()} == dict.fromkeys(
        ("21个", "13个", "86家", "320个"), "count_total")


def test_a_daily_mean_of_the_period_is_no_stock():
    found = _found(["国庆档期内全国日均营业影院12500家，日均放映场次140万场。"],
                   doc=date(2024, 10, 9))
    assert found["12500家"].kind == "actual"


def test_what_a_procurement_sets_is_its_parameter():
    found = _found(["本项目预算金额为960万元，最高限价912.5万元，改造建筑面积约5200平方米。",
                    "评标采用综合评分法，价格分值占20%，技术分值占70%。",
                    "本项目预留采购份额的比例为45%，授予中小企业合同金额占项目合同总金额的100%。",
                    "中标供应商应在签订合同后5个工作日内缴纳合同金额10%的履约保证金。"],
                   doc=date(2025, 6, 3))
    assert {q: (m.kind, m.period_start) for q, m in found.items()
            if q in ("960万元", "912.5万元", "20%", "70%", "45%", "10%")} == dict.fromkeys(
        ("960万元", "912.5万元", "20%", "70%", "45%", "10%"), ("other", None))
    assert found["100%"].kind == "share"  # what the award gave: a result
    # a plan raising a set-aside share is its goal
    plan = _found(["到2027年，工程项目中面向中小企业的预留份额提高至40%以上。"],
                  doc=date(2025, 6, 3))
    assert plan["40%以上"].kind == "target"


def test_a_mean_paid_per_head_is_a_years_level_not_a_rules_rate():
    found = _found(["2023年，居民医保人均财政补助标准达到640元，比上年提高30元。"],
                   doc=date(2024, 7, 1))
    assert {q: (m.kind, m.period_start) for q, m in found.items()} == {
        "达到640元": ("actual", date(2023, 1, 1)), "30元": ("actual", date(2023, 1, 1))}
    # a rule's rate per recipient stays the rule's
    rule = _found(["城乡居民基础养老金最低标准提高到每人每月163元。"], doc=date(2024, 7, 1))
    assert rule["163元"].kind == "other"


def test_times_a_response_was_started_are_no_plans_scope():
    found = _found(["前三季度共启动应急响应41次，其中国家防总针对防汛防台启动IV级应急响应16次、"
                    "III级应急响应4次；汛期共成功避险地质灾害290起，避免可能伤亡0.9万人。"],
                   doc=date(2024, 10, 12))
    assert {q: m.kind for q, m in found.items()} == dict.fromkeys(
        ("41次", "16次", "4次", "290起", "0.9万人"), "actual")
    assert found["16次"].period_start == date(2024, 1, 1)
    # a plan's scope stays one
    plan = _found(["下半年要聚焦8个重点领域，推动产业升级。"], doc=date(2024, 7, 12))
    assert plan["8个"].kind == "other"


def test_a_price_earnings_ratio_in_multiples_is_its_level():
    found = _found(["截至3月18日收盘，沪深300指数市盈率为12.1倍，是五年前的1.3倍。"])
    assert found["12.1倍"].kind == "actual"
    assert found["1.3倍"].kind == "other"


def test_a_count_going_on_with_the_flow_before_and_a_part_of_a_level_reached():
    found = _found(["共有7家供应商递交投标文件，其中有效投标6家，1家因未提供投标保证金被否决。",
                    "目前，全国银幕总数已达8.6万块，其中今年新增银幕2400块。"],
                   doc=date(2024, 10, 9))
    assert {q: m.kind for q, m in found.items()} == {
        "7家": "actual", "6家": "actual", "1家": "actual",
        "达8.6万块": "count_total", "2400块": "actual"}


def test_sales_up_to_a_day_are_a_running_total_a_balance_a_stock():
    # (session 25: a flow run up to a day with no start of its own is a running total at the day)
    found = _found(["预售方面，截至9月30日24时，国庆档预售总票房突破2.5亿元。",
                    "截至2024年末，公司应收补贴款余额为280.6亿元。"], doc=date(2025, 3, 9))
    assert found["突破2.5亿元"].kind == "count_total"
    assert found["280.6亿元"].kind == "count_total"


def test_a_level_reached_across_the_unit_it_is_set_per():
    found = _found(["2025年，补助标准再提高30元，达到每人每年700元；床位数达每千人口6.2张。"],
                   doc=date(2025, 7, 14))
    assert (found["700元"].qualifier, found["700元"].qualifier_text) == ("reach", "达到")
    assert (found["6.2张"].qualifier, found["6.2张"].indicator) == ("reach", "床位数")
    assert found["30元"].qualifier == "none"


def test_the_floor_area_buildings_have_is_a_stock():
    found = _found(["全省中小学校舍建筑面积3862.3万平方米，比上年增长1.5%。",
                    "2024年新建校舍建筑面积52万平方米。"],
                   doc=date(2025, 4, 1))
    assert found["3862.3万平方米"].kind == "count_total"
    assert found["52万平方米"].kind == "actual"


def test_lines_open_are_a_stock_and_a_years_surplus_a_flow():
    found = _found(["两地已开通跨省城际公交线路18条。",
                    "2024年社会保险基金收入完成286.1亿元，当年结余23.4亿元，年末滚存结余312.8亿元。"],
                   doc=date(2025, 4, 1))
    assert {q: m.kind for q, m in found.items()} == {
        "18条": "count_total", "286.1亿元": "actual", "23.4亿元": "actual",
        "312.8亿元": "count_total"}


def test_an_exchange_rate_quoted_with_no_unit_is_a_level():
    found = _found(["当日人民币对美元汇率中间价报7.1698，较前一交易日调升14个基点。"])
    assert found["7.1698"].kind == "actual"


def test_a_stocks_change_and_those_who_drew_on_a_fund_are_flows():
    found = _found(["2024年，地下水储存量增加12.5亿立方米，12.6万名缴存职工提取住房公积金。"],
                   doc=date(2025, 4, 1))
    assert {q: m.kind for q, m in found.items()} == {"12.5亿立方米": "actual", "12.6万名": "actual"}
    stock = _found(["截至2024年底，全市机动车保有量达到310万辆。"], doc=date(2025, 4, 1))
    assert stock["达到310万辆"].kind == "count_total"


def test_the_distance_to_a_goal_names_no_goal_of_the_figure_after_it():
    found = _found(["研发经费投入强度距目标还差0.3个百分点，每万人口高价值发明专利拥有量为5.8件。"],
                   doc=date(2024, 4, 1))
    assert found["5.8件"].kind == "actual"
