"""Session 28's fixes of known held-out misses (h158, h159, h167, h172, h175-h178), each class
pinned on short texts of its own through the whole extractor (and cleaning, for a headline's
parts)."""

from datetime import date

from pipelines.domain.analysis import analyse_document
from pipelines.domain.cleaning.document import clean_document
from tests.domain.metrics.support import document_by_number, period_dates

# a share change table whose columns are named by the event they stand before and after; a note
# dates the first, the text the day the event was done
BUYBACK = (
    "证券代码：600001　　　证券简称：某某股份　　　公告编号：2025-012\n\n"
    "某某股份有限公司\n关于股份回购实施结果暨股份变动的公告\n\n"
    "重要内容提示：\n"
    "实际回购股数　1,234,500股\n"
    "实际回购金额　23,456,789.10元\n\n"
    "一、回购实施情况\n"
    "（一）2025年2月10日，公司首次实施回购股份，当日回购股份56,700股，并于2025年2月11日披露了"
    "首次回购股份情况。\n"
    "（二）截至2025年3月10日，公司已完成本次回购，累计回购公司股份1,234,500股，支付的资金总额为"
    "人民币23,456,789.10元。\n\n"
    "二、股份变动表\n"
    "本次股份回购前后，公司股份变动情况如下：\n"
    "股份类别　　本次回购前　　　　回购完成后\n"
    "　　股份数量（股）　比例（%）　股份数量（股）　比例（%）\n"
    "有限售条件流通股份　5,000,000　5.00　5,100,000　5.10\n"
    "无限售条件流通股份　95,000,000　95.00　94,900,000　94.90\n"
    "注：上表中“本次回购前”为截至2024年12月31日的股本结构。\n\n"
    "某某股份有限公司董事会\n2025年3月12日\n"
)


def test_columns_named_by_an_event_take_the_days_the_text_gives_it():
    found = document_by_number(BUYBACK, date(2025, 3, 12))
    for quote in ("5,000,000", "5.00", "95,000,000", "95.00"):
        assert period_dates(found[quote]) == (date(2024, 12, 31), date(2024, 12, 31)), quote
    for quote in ("5,100,000", "5.10", "94,900,000", "94.90"):  # (回购完成后: 截至…已完成本次回购)
        assert period_dates(found[quote]) == (date(2025, 3, 10), date(2025, 3, 10)), quote
    assert found["5,000,000"].kind == "count_total"
    assert found["5.10"].kind == "share"


def test_a_notice_box_figure_the_body_repeats_dated_is_that_figure():
    found = analyse_document(BUYBACK, published_on=date(2025, 3, 12)).metrics
    box = {m.quote: m for m in found if m.char_start < BUYBACK.index("一、回购实施情况")}
    assert period_dates(box["1,234,500股"]) == (date(2025, 3, 10), date(2025, 3, 10))
    money = box["23,456,789.10元"]
    assert period_dates(money) == (date(2025, 3, 10), date(2025, 3, 10))
    assert money.kind == "count_total"  # (the body's 支付的资金总额, a running total to the day)


def test_a_day_after_a_list_items_mark_opens_its_account_and_that_days_count_is_a_flow():
    found = document_by_number(BUYBACK, date(2025, 3, 12))
    first = found["56,700股"]
    assert period_dates(first) == (date(2025, 2, 10), date(2025, 2, 10))
    assert first.kind == "actual"  # (当日回购: bought that day)


def test_no_event_column_is_dated_when_the_text_gives_no_day():
    raw = BUYBACK.replace("注：上表中“本次回购前”为截至2024年12月31日的股本结构。\n", "")
    found = document_by_number(raw, date(2025, 3, 12))
    assert period_dates(found["5,000,000"]) == (None, None)  # (before: the text must say)
    assert period_dates(found["5,100,000"]) == (date(2025, 3, 10), date(2025, 3, 10))


TEN_DAYS = (
    "2025年10月中旬重点统计钢铁企业生产和库存情况\n\n"
    "2025年10月中旬末，重点统计钢铁企业钢材库存量1502.11万吨。\n\n"
    "表1　2025年10月中旬末重点统计钢铁企业钢材库存\n"
    "单位：万吨\n"
    "项目　　本旬末　　上一旬末　　年初　　去年同旬末\n"
    "钢材库存量　　1502.11　　1478.20　　1320.45　　1530.66\n\n"
    "从累计看，2025年1月1日至10月中旬，重点统计钢铁企业累计生产粗钢6.02亿吨，同比下降0.8%；"
    "累计平均日产204.11万吨。协会调查的97家企业中，有58家本旬粗钢日产环比下降，21家持平，"
    "18家上升。预计10月下旬钢厂开工率维持低位，粗钢日产或在205万吨左右波动，旬末钢材库存有望"
    "回落至1480万吨以下。\n"
)


def test_a_year_start_column_is_the_stock_on_the_years_first_day():
    found = document_by_number(TEN_DAYS, date(2025, 10, 24))
    assert period_dates(found["1320.45"]) == (date(2025, 1, 1), date(2025, 1, 1))
    assert period_dates(found["1478.20"]) == (date(2025, 10, 10), date(2025, 10, 10))


def test_a_running_mean_per_day_is_the_spans_mean_named_by_the_thing_produced():
    mean = document_by_number(TEN_DAYS, date(2025, 10, 24))["204.11万吨"]
    assert mean.kind == "actual"
    assert period_dates(mean) == (date(2025, 1, 1), date(2025, 10, 20))
    assert mean.indicator == "重点统计钢铁企业粗钢平均日产"


def test_a_bare_ten_days_end_after_the_ten_days_its_sentence_names_is_that_ones_end():
    found = document_by_number(TEN_DAYS, date(2025, 10, 24))
    assert period_dates(found["1480万吨以下"]) == (date(2025, 10, 31), date(2025, 10, 31))
    assert found["205万吨左右"].indicator == "粗钢日产"  # (或在: perhaps, no part of the name)


def test_members_named_without_the_ten_days_and_by_a_state_tagged_a_noun():
    found = document_by_number(TEN_DAYS, date(2025, 10, 24))
    assert found["58家"].indicator == "粗钢日产环比下降的企业"
    assert found["21家"].indicator == "持平的企业"


def test_or_between_two_bounds_stays_in_a_name():
    raw = "2024年天气回顾\n\n全年日雨量达到或超过100毫米的日子有6天，较常年偏多。\n"
    assert "达到或超过" in document_by_number(raw, date(2025, 1, 10))["6天"].indicator


HEADLINE = (
    "南方日报　2025年09月26日　第A03版：要闻\n\n"
    "台风“海葵”登陆湛江　我省紧急转移12.4万人\n"
    "直接经济损失约8.6亿元　九成以上停电用户已恢复供电\n\n"
    "本报讯　据省应急管理厅统计，截至9月25日18时，全省紧急转移安置12.4万人，"
    "直接经济损失约8.6亿元。\n"
)


def test_a_headlines_parts_set_apart_by_ideographic_spaces_are_sentences_of_their_own():
    texts = [s.text for s in clean_document(HEADLINE).sentences]
    assert "我省紧急转移12.4万人" in texts
    assert "直接经济损失约8.6亿元" in texts
    found = analyse_document(HEADLINE, published_on=date(2025, 9, 26)).metrics
    head = next(m for m in found if m.quote == "12.4万人")
    assert head.indicator == "紧急转移"
    assert period_dates(head) == (date(2025, 9, 25), date(2025, 9, 25))  # (the body's 安置)


def test_ideographic_spaces_of_a_pages_labelled_fields_are_left_as_they_were():
    raw = "某县政府新闻稿\n\n发布日期：114年10月28日　发布单位：主计处\n\n今年岁入编列398.2亿元。\n"
    texts = [s.text for s in clean_document(raw).sentences]
    assert "发布单位：主计处" not in texts and len(texts) == 3  # (one line, as before)


def test_a_fiscal_year_written_without_year_is_that_year():
    raw = ("某某集团有限公司\n截至二零二五年六月三十日止六個月之中期業績公告\n\n"
           "於二零二五年六月三十日，本集團共有僱員3,218名。本集團預計二零二五財政年度之資本開支約為"
           "人民幣180百萬元。\n\n香港，二零二五年八月二十六日\n")
    spend = document_by_number(raw, date(2025, 8, 26))["約為人民幣180百萬元"]
    assert period_dates(spend) == (date(2025, 1, 1), date(2025, 12, 31))
    assert spend.kind == "target"
    assert spend.indicator == "资本开支"


def test_a_breakdown_after_a_part_goes_on_at_the_figures_time():
    raw = (
        "蜀山商务\n\n"
        "今年前三季度，全区实现社会消费品零售总额486.3亿元，同比增长6.8%。\n\n"
        "其中，限额以上单位消费品零售额213.7亿元，同比增长8.2%。\n\n"
        "分行业看，批发业销售额增长5.1%，住宿业营业额增长6.3%。\n"
    )
    found = document_by_number(raw, date(2025, 10, 28))
    for quote in ("5.1%", "6.3%"):
        assert period_dates(found[quote]) == (date(2025, 1, 1), date(2025, 9, 30)), quote


def test_what_is_set_up_for_an_event_is_a_flow_of_it():
    raw = ("2025襄阳马拉松鸣枪开跑\n\n为保障赛事顺利进行，沿线设置医疗点32个、补给站18个，"
           "配备AED（自动体外除颤器）120台。\n\n截至10月31日，全市共设置流感疫苗接种门诊126家。\n")
    found = document_by_number(raw, date(2025, 11, 18))
    for quote in ("32个", "18个", "120台"):
        assert found[quote].kind == "actual", quote
    assert found["126家"].kind == "count_total"  # (standing at a day)


def test_a_period_naming_the_things_counted_after_an_as_of_day_dates_nothing():
    raw = ("赣州市第三季度食品安全监督抽检情况通报\n\n截至10月15日，第三季度不合格食品已完成"
           "核查处置162批次，核查处置率为93.6%；立案查处41件。\n")
    found = document_by_number(raw, date(2025, 10, 21))
    for quote in ("162批次", "93.6%", "41件"):
        assert period_dates(found[quote]) == (date(2025, 10, 15), date(2025, 10, 15)), quote
    assert found["162批次"].kind == "count_total"
    assert "第三季度" not in found["162批次"].indicator


def test_a_bare_running_total_of_a_year_reported_after_it_ends_is_at_its_last_day():
    raw = ("政府工作报告\n\n——2026年1月8日在某县第十七届人民代表大会第六次会议上\n\n"
           "一、2025年工作回顾\n\n"
           "乡村振兴扎实推进。累计识别纳入防止返贫监测对象1986户，已消除风险1412户。\n")
    found = document_by_number(raw, date(2026, 1, 8))
    assert period_dates(found["1986户"]) == (date(2025, 12, 31), date(2025, 12, 31))


def test_a_second_bound_after_qie_shares_the_first_ones_name_and_this_times_deed_names():
    raw = ("某某股份有限公司关于回购股份方案的公告\n\n公司拟以集中竞价交易方式回购公司股份，"
           "回购资金总额不低于人民币3,000万元（含）且不超过人民币6,000万元（含），本次回购股份"
           "价格上限为不超过15.00元/股（含）。\n")
    found = document_by_number(raw, date(2025, 6, 3))
    assert found["人民币6,000万元"].indicator == "回购资金总额"
    assert found["15.00元/股"].indicator == "回购股份价格上限"


def test_a_day_and_hour_opening_a_clause_date_the_reading_after_them():
    raw = ("台风“海葵”登陆湛江\n\n登陆后，“海葵”向西偏北方向移动，强度逐渐减弱，14日5时在广西境内"
           "减弱为热带风暴，中心最低气压升至992百帕。\n")
    found = document_by_number(raw, date(2025, 9, 15))
    assert period_dates(found["992百帕"]) == (date(2025, 9, 14), date(2025, 9, 14))


def test_a_rank_within_the_year_after_a_streak_ranks_what_had_the_streak_in_its_own_period():
    raw = ("2025年11月上旬重点统计钢铁企业生产情况\n\n从前三旬看，重点统计钢铁企业粗钢日产已连续3旬"
           "环比下降，本旬降至年内第二低水平。\n")
    rank = next(m for m in analyse_document(raw, published_on=date(2025, 11, 14)).metrics
                if m.kind == "rank")
    assert rank.value == 2
    assert rank.indicator == "重点统计钢铁企业粗钢日产"
    assert period_dates(rank) == (date(2025, 11, 1), date(2025, 11, 10))  # (本旬, not 年内)


def test_a_companys_cash_and_orders_on_hand_at_a_day_are_stocks():
    raw = ("某某集团有限公司\n截至二零二五年六月三十日止六個月之中期業績公告\n\n"
           "於二零二五年六月三十日，本集團現金及現金等價物約為人民幣986.4百萬元，在手訂單約為"
           "人民幣3,210百萬元。\n\n香港，二零二五年八月二十六日\n")
    found = analyse_document(raw, published_on=date(2025, 8, 26)).metrics
    kinds = {m.indicator: m.kind for m in found}
    assert kinds["现金及现金等价物"] == "count_total"
    assert kinds["在手订单"] == "count_total"


def test_the_first_part_of_money_compared_after_it_takes_the_releases_period():
    raw = ("某某集团有限公司\n截至二零二五年六月三十日止六個月\n中期業績公告\n\n財務摘要\n"
           "截至六月三十日止六個月\n二零二五年 二零二四年 變動\n人民幣千元 人民幣千元 %\n"
           "收益 2,846,315 2,531,872 12.4\n毛利 742,908 628,105 18.3\n\n– 3 –\n\n分部資料\n"
           "鋰電池生產設備收益為人民幣1,512.7百萬元，佔總收益約53.1%；光伏設備收益為人民幣781.4百萬\n"
           "元，較去年同期減少6.8%。\n\n香港，二零二五年八月二十六日\n")
    found = document_by_number(raw, date(2025, 8, 26))
    assert period_dates(found["1,512.7百萬元"]) == (date(2025, 1, 1), date(2025, 6, 30))


def test_a_figure_inside_brackets_with_a_name_there_is_named_by_it():
    raw = ("某某股份有限公司关于调整回购价格上限的公告\n\n因公司实施2024年年度权益分派（每股"
           "派发现金红利0.15元），本次回购股份价格上限由不超过18.00元/股（含）调整为不超过"
           "17.85元/股（含）。\n")
    found = document_by_number(raw, date(2025, 6, 30))
    assert found["0.15元"].indicator == "每股派发现金红利"


def test_a_bounds_or_closing_a_name_in_brackets_is_dropped():
    raw = ("2024年天气回顾\n\n全年共有38个酷热天气日数（日最高气温达到或超过摄氏33.0度），"
           "较常年偏多。\n")
    found = document_by_number(raw, date(2025, 1, 10))
    assert found["33.0度"].indicator == "日最高气温"


def test_a_headline_share_told_in_a_passage_of_the_body_takes_its_period():
    raw = ("南方日报　2025年09月26日　第A03版：要闻\n\n"
           "台风“海葵”登陆湛江　我省紧急转移12.4万人\n"
           "直接经济损失约8.6亿元　八成以上停电用户已恢复供电\n\n"
           "本报讯　电力方面，截至25日20时，台风造成全省停电用户86.5万户，其中湛江41.2万户；"
           "经全力抢修，已恢复供电72.3万户，恢复率83.6%。\n")
    share = next(m for m in analyse_document(raw, published_on=date(2025, 9, 26)).metrics
                 if m.quote == "八成以上")
    assert period_dates(share) == (date(2025, 9, 25), date(2025, 9, 25))


def test_a_years_plan_level_in_brackets_is_of_the_whole_year():
    raw = ("某市2025年第三季度食品安全监督抽检情况通告\n\n1—9月，全市累计完成食品安全监督抽检"
           "1.86万批次，完成年度任务（2.5万批次）的74.4%。\n")
    found = document_by_number(raw, date(2025, 10, 21))
    plan = found["2.5万批次"]
    assert plan.kind == "target"
    assert period_dates(plan) == (date(2025, 1, 1), date(2025, 12, 31))
    assert period_dates(found["1.86万批次"]) == (date(2025, 1, 1), date(2025, 9, 30))


# 本月 in a monthly release whose title names the month (or the months from January) it reports
# on, published after it: the release's last month, not the month it is published in
def test_this_month_in_a_release_of_months_over_is_its_last_month():
    profits = document_by_number(
        "2024年1—9月份全省规模以上服务业企业营业收入增长6.1%\n\n"
        "　　本月全省规模以上服务业企业数量为8.6万家。\n", date(2024, 10, 28))
    assert period_dates(profits["8.6万家"]) == (date(2024, 9, 1), date(2024, 9, 30))
    land = document_by_number(
        "8月份土地市场月报\n\n本月住宅用地平均楼面价为5120元/平方米。\n", date(2024, 9, 6))
    assert period_dates(land["5120元/平方米"]) == (date(2024, 8, 1), date(2024, 8, 31))


def test_this_month_without_a_month_in_the_title_is_the_texts_month():
    found = document_by_number("本市就业形势保持稳定\n\n本月城镇新增就业1.2万人。\n",
                               date(2024, 9, 20))
    assert period_dates(found["1.2万人"]) == (date(2024, 9, 1), date(2024, 9, 30))
