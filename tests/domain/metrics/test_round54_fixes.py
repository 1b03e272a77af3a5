"""Blind round 54's misses (tests/gold/heldout/README.md, round 54), a class of phrasing per
test, each on short texts written for it in the genre's manner: a budget's publication (its
figures of its year are plans), a budget classification's level in brackets, 预算 / 预算数
after a budgeted item, money carried over from the year before, a case decision's places."""

from datetime import date

from pipelines.domain.metrics.home import settled_home
from pipelines.evaluate import analyse_document
from tests.domain.metrics.support import document_by_number as _by_quote

BUDGET = ("西岭师范学院2025年部门预算\n\n"
          "一、收支预算总体情况\n"
          "2025年收支总预算52,360.20万元，比2024年增加1,208.40万元，增长2.36%。\n\n"
          "二、收入预算情况\n"
          "2025年收入预算52,360.20万元，其中：上年结转2,100.00万元，占4.01%；"
          "事业收入18,420.50万元，占35.18%。\n\n"
          "三、一般公共预算支出预算情况\n"
          "2025年一般公共预算支出31,839.70万元，其中：教育支出（类）29,612.30万元，占93.00%。\n\n"
          "四、“三公”经费支出预算情况\n"
          "2025年“三公”经费预算数为48.60万元，比上年减少2.10万元。\n\n"
          "五、国有资产占用情况\n"
          "截至2024年12月31日，学校共有车辆6辆，单价100万元以上专用设备37台（套）。"
          "2025年部门预算安排购置单价100万元以上专用设备4台（套）。\n")


def test_a_budgets_figures_of_its_year_are_plans():
    """X年部门预算 (a budget's publication): what it states of its year is planned, its shares
    and its changes on the year before too, and a part of another year a sentence naming the
    year's 预算 holds (上年结转); the stocks it reports at a day stay stocks, a count it provides
    for (安排购置…4台（套）) is planned."""
    m = _by_quote(BUDGET, date(2025, 2, 20))
    for quote in ("52,360.20万元", "1,208.40万元", "2.36%", "2,100.00万元", "4.01%",
                  "18,420.50万元", "35.18%", "29,612.30万元", "48.60万元", "2.10万元",
                  "4台"):
        assert m[quote].kind == "target", quote
    assert m["6辆"].kind == "count_total"
    assert m["37台"].kind == "count_total"


def test_a_budgets_stock_with_no_time_of_its_own_is_undated():
    """学校设有18个学院 under 西岭师范学院2025年部门预算: the title's year is the plan's, not the
    day a stock stands at; a stock with no time of its own stays undated (the README's rule)."""
    raw = ("西岭师范学院2025年部门预算\n\n第一部分  概况\n学校设有18个学院。\n\n"
           "一、收支预算总体情况\n2025年收支总预算52,360.20万元。\n")
    m = _by_quote(raw, date(2025, 2, 20))
    assert (m["18个"].kind, m["18个"].period_start) == ("count_total", None)
    assert m["52,360.20万元"].period_start == date(2025, 1, 1)


def test_a_yearly_account_is_no_budget():
    """A report on a budget carried out (2024年预算执行情况) reports results: the budget rule
    reads a budget's publication only."""
    raw = ("关于2024年预算执行情况的报告\n\n"
           "2024年一般公共预算收入完成682.4亿元，为预算的102.3%，比上年增长3.6%。\n")
    m = _by_quote(raw, date(2025, 1, 15))
    assert m["682.4亿元"].kind == "actual"


def test_a_budget_classifications_level_in_brackets_is_no_part_of_the_name():
    """教育支出（类）29,612.30万元: （类） says which level of the classification the line is,
    no other kind counted with it (unlike 社区卫生服务中心（站）)."""
    m = _by_quote(BUDGET, date(2025, 2, 20))
    assert m["29,612.30万元"].indicator == "教育支出"
    assert m["93.00%"].indicator == "教育支出占比"


def test_budget_words_after_a_budgeted_item_are_dropped():
    """2025年收入预算…, “三公”经费预算数为…: the item budgeted names the figure, the kind says it
    is a plan (session 25's rule, 预算数 as 预算); 上年结转 keeps its year in the name."""
    m = _by_quote(BUDGET, date(2025, 2, 20))
    assert m["48.60万元"].indicator == "三公经费"
    assert m["2,100.00万元"].indicator == "上年结转"
    assert m["4.01%"].indicator == "上年结转占比"
    found = [x for x in _by_quote(BUDGET, date(2025, 2, 20)).values()
             if x.quote == "52,360.20万元" and x.indicator == "收入"]
    assert found, "收入预算 -> 收入"


def test_a_case_decision_has_no_home():
    """A judgment or a penalty decision (…民事判决书, …行政处罚决定书): its figures are its
    parties', the places it names their addresses and the court's seat, no home."""
    judgment = ["四川省成都市锦江区人民法院", "民 事 判 决 书", "（2025）川0104民初88号",
                "原告：王某，男，1980年1月2日出生，住四川省成都市锦江区。"]
    assert settled_home("成都市", judgment) is None
    decision = ["中国证监会行政处罚决定书（某某科技、张某等3名责任主体）", "〔2025〕12号",
                "当事人：某某科技股份有限公司，住所：四川省绵阳市。"]
    assert settled_home("四川省", decision) is None
    report = ["四川省高级人民法院工作报告", "全省法院共受理案件186.2万件。"]
    assert settled_home("四川省", report) == "四川省"


TABLES = ("西岭师范学院2025年部门预算\n\n"
          "表1  收支预算总表\n单位：万元\n"
          "项    目\t预算数\t项    目\t预算数\n"
          "一、一般公共预算拨款收入\t31,839.70\t一、教育支出\t48,120.10\n"
          "二、事业收入\t18,420.50\t二、住房保障支出\t2,140.10\n"
          "\t\t三、科学技术支出\t2,100.00\n"
          "本年收入合计\t50,260.20\t本年支出合计\t52,360.20\n"
          "上年结转\t2,100.00\t\t\n"
          "收入总计\t52,360.20\t支出总计\t52,360.20\n\n"
          "表2  一般公共预算支出表\n单位：万元\n"
          "科目编码\t科目名称\t合计\t基本支出\t项目支出\n"
          "205\t教育支出\t29,612.30\t21,004.60\t8,607.70\n"
          "206\t科学技术支出\t1,087.30\t\t1,087.30\n"
          "221\t住房保障支出\t1,140.10\t1,140.10\t\n"
          "\t合    计\t31,839.70\t22,144.70\t9,695.00\n")


def _cells(raw: str) -> dict[tuple[int, str], tuple[str, str, str | None]]:
    found = analyse_document(raw, published_on=date(2025, 2, 20)).metrics
    return {(m.char_start, m.quote): (m.indicator, m.kind, m.period_text) for m in found}


def test_a_two_sided_budget_account_is_read_side_by_side():
    """项目  预算数  项目  预算数 (收入 left, 支出 right, a blank where one side has no line):
    each figure named by the item on its own side, the list number dropped, the title's 万元;
    the budget's plans of its year; 上年结转 and 本年收入合计 keep their year in the name."""
    found = {q: (name, kind, period) for (_, q), (name, kind, period) in _cells(TABLES).items()
             if TABLES.index(q) < TABLES.index("表2")}
    assert found["48,120.10"][0] == "教育支出"
    assert found["2,140.10"][0] == "住房保障支出"
    assert found["18,420.50"] == ("事业收入", "target", "2025年")
    assert found["50,260.20"][0] == "本年收入合计"
    names = {n for (_, q), (n, _, _) in _cells(TABLES).items() if q == "2,100.00"}
    assert names == {"科学技术支出", "上年结转"}
    assert {n for (_, q), (n, _, _) in _cells(TABLES).items() if q == "52,360.20"} == {
        "本年支出合计", "收入总计", "支出总计"}
    assert all(k == "target" for (_, q), (_, k, _) in _cells(TABLES).items())


def test_a_budget_table_by_classification_code_keeps_its_blank_cells():
    """科目编码  科目名称  合计  基本支出  项目支出, parted by tabs, a blank cell where a line has
    no part: each figure in its own column (教育支出基本支出), the 合计 column by the line alone,
    the 合计 line by the column alone and its 合计 cell by the table's title."""
    cells = _cells(TABLES)
    second = {n for (_, q), (n, _, _) in cells.items() if q == "1,087.30"}
    assert second == {"科学技术支出", "科学技术支出项目支出"}
    assert {n for (_, q), (n, _, _) in cells.items() if q == "1,140.10"} == {
        "住房保障支出", "住房保障支出基本支出"}
    assert {n for (_, q), (n, _, _) in cells.items() if q == "21,004.60"} == {"教育支出基本支出"}
    assert {n for (_, q), (n, _, _) in cells.items() if q == "22,144.70"} == {"基本支出"}
    assert {n for (_, q), (n, _, _) in cells.items() if q == "31,839.70"} == {
        "一般公共预算拨款收入", "一般公共预算支出"}


JUDGMENT = ("四川省成都市武侯区人民法院\n民 事 判 决 书\n（2025）川0107民初456号\n\n"
            "王某向本院提出诉讼请求：1.判令赵某偿还借款本金80,000元；2.判令赵某支付律师费"
            "5,000元。事实和理由：2024年3月2日，赵某因资金周转需要向王某借款100,000元，"
            "双方约定的月利率为1.2%。\n\n"
            "判决如下：\n一、被告赵某于本判决生效之日起十日内偿还原告王某借款本金80,000元；\n"
            "二、被告赵某于本判决生效之日起十日内支付原告王某律师费5,000元。\n")


def test_a_judgments_parties_and_frames_are_no_part_of_a_name():
    """判令赵某偿还借款本金, 于本判决生效之日起十日内偿还原告王某借款本金, 双方约定的月利率: the
    parties (anonymised X某, with their role), the claim's 判令, the judgment's time limit and
    what the parties agreed frame the figure; the deed names it (偿还借款本金, 支付律师费)."""
    found = analyse_document(JUDGMENT, published_on=date(2025, 6, 3)).metrics
    names = {(m.quote, m.indicator) for m in found}
    assert ("80,000元", "偿还借款本金") in names
    assert ("5,000元", "支付律师费") in names
    assert ("1.2%", "月利率") in names
    assert not any("某" in (m.indicator or "") or "判决" in (m.indicator or "") for m in found
                   if m.quote != "100,000元")  # (向王某借款: still named by its doer, 赵某)


def test_a_need_given_as_a_reason_is_no_goal():
    """赵某因资金周转需要向王某借款100,000元: 需要 is the reason for the loan (a noun), not "must":
    the loan is a result, not a goal."""
    found = analyse_document(JUDGMENT, published_on=date(2025, 6, 3)).metrics
    loan = next(m for m in found if m.quote == "100,000元")
    assert loan.kind == "actual"


def test_years_summed_by_their_length_take_the_paragraphs_span():
    """2021年至2023年，…。其中，2021年…；2023年…。三年累计虚增营业收入…，虚增利润总额…: the three
    years the paragraph opened with, not its last year named; the coordinated clause is the same
    running total."""
    raw = ("中国证监会行政处罚决定书\n\n"
           "2021年至2023年，某某科技通过虚构业务虚增营业收入。其中，2021年虚增营业收入1.20亿元；"
           "2022年虚增营业收入1.50亿元；2023年虚增营业收入0.90亿元。"
           "三年累计虚增营业收入3.60亿元，虚增利润总额1.10亿元。\n")
    m = _by_quote(raw, date(2025, 9, 1))
    for quote in ("3.60亿元", "1.10亿元"):
        assert (m[quote].period_start, m[quote].period_end) == (
            date(2021, 1, 1), date(2023, 12, 31)), quote
        assert m[quote].kind == "count_total", quote
    assert m["0.90亿元"].period_start == date(2023, 1, 1)


def test_a_day_after_a_label_dates_the_account_it_opens():
    """事实和理由：2023年9月1日，李某…借款350,000元: the day opens the account after its label (as a
    day opening a sentence does), and dates the loan; 当日 after it is the same day."""
    raw = ("民 事 判 决 书\n\n"
           "事实和理由：2023年9月1日，李某向张某借款350,000元，双方签订《借款合同》，约定借款期限"
           "6个月，月利率1.5%。张某当日通过银行转账向李某交付借款350,000元。\n")
    found = analyse_document(raw, published_on=date(2025, 5, 20)).metrics
    loans = [m for m in found if m.quote == "350,000元"]
    assert len(loans) == 2
    assert all((m.period_start, m.period_end) == (date(2023, 9, 1), date(2023, 9, 1))
               for m in loans)


def test_a_rate_the_parties_agreed_is_a_term_of_no_period():
    """约定借款期限6个月，月利率1.5%: the contract's rate is its term (as a bond's 票面利率), of no
    period, not of the day the contract was signed."""
    raw = ("民 事 判 决 书\n\n"
           "事实和理由：2023年9月1日，李某向张某借款350,000元，双方签订《借款合同》，约定借款期限"
           "6个月，月利率1.5%。\n")
    rate = next(m for m in analyse_document(raw, published_on=date(2025, 5, 20)).metrics
                if m.quote == "1.5%")
    assert rate.kind == "share"
    assert rate.period_start is None and rate.period_end is None


def test_a_view_counter_and_a_publication_day_are_no_figure_and_no_name():
    """浏览：326次 (中国裁判文书网's view counter, the label without 次数) is the page's furniture;
    2023年8月21日发布的一年期贷款市场报价利率: the day it was published is no part of its name."""
    raw = ("中国裁判文书网\n张某、李某借款合同纠纷一审民事判决书\n"
           "发布日期：2025-07-14　　浏览：326次\n\n"
           "本院认为，2023年8月21日发布的一年期贷款市场报价利率为3.45%。\n")
    found = analyse_document(raw, published_on=date(2025, 5, 20)).metrics
    assert [m.quote for m in found] == ["3.45%"]
    assert found[0].indicator == "一年期贷款市场报价利率"


def test_present_governs_the_bare_clause_after_it():
    """学校设有18个学院，现有全日制在校生31,256人，教职工2,468人: 现有 (a stock at the text's
    date) governs the clause after it that names only its noun."""
    raw = "西岭师范学院概况\n\n学校设有18个学院，现有全日制在校生31,256人，教职工2,468人。\n"
    m = _by_quote(raw, date(2025, 2, 20))
    for quote in ("31,256人", "2,468人"):
        assert (m[quote].period_start, m[quote].period_end) == (
            date(2025, 2, 20), date(2025, 2, 20)), quote


def test_a_share_after_a_list_of_periods_is_the_one_names_and_the_firm_owns_no_base():
    """2022年末、2023年末占用余额分别为…、…，分别占公司最近一期经审计净资产的9.84%、14.52%: the
    periods are listed, the name is one (占用余额, whose 占用 is no share), so each share is its
    share of the base; 公司 (the text's own company) owning the base is dropped, as 公司
    opening a name is."""
    raw = ("中国证监会行政处罚决定书\n\n二、资金占用\n\n"
           "2022年末、2023年末占用余额分别为1.36亿元、2.08亿元，"
           "分别占公司最近一期经审计净资产的9.84%、14.52%。\n")
    m = _by_quote(raw, date(2025, 9, 19))
    for quote in ("9.84%", "14.52%"):
        assert m[quote].indicator == "占用余额占最近一期经审计净资产", quote


def test_a_fee_charged_at_half_and_a_cap_written_as_a_yearly_rate():
    """案件受理费5,980元，减半收取计2,990元: the fee charged at half is named by the fee;
    本案利率上限为年利率13.8%: the cap (本案, the judgment's own case, dropped; the yearly rate is
    how it is written, no name)."""
    raw = ("民 事 判 决 书\n\n"
           "本院认为，本案利率上限为年利率13.8%。\n\n"
           "案件受理费5,980元，减半收取计2,990元，保全费2,080元，均由被告负担。\n")
    m = _by_quote(raw, date(2025, 5, 20))
    assert m["2,990元"].indicator == "案件受理费"
    assert m["13.8%"].indicator == "利率上限"


def test_shares_traded_in_a_period_are_a_flow():
    """2023年3月买入锦程智能股票12.6万股: shares bought in the month are a trade (a flow), not a
    holding."""
    raw = ("三、短线交易\n\n2023年3月，某某买入某某科技股票12.6万股，成交金额186.35万元。\n")
    m = _by_quote(raw, date(2025, 9, 19))
    assert m["12.6万股"].kind == "actual"


def test_a_change_after_a_bracket_of_parts_is_the_wholes():
    """公务用车购置及运行费45.00万元（其中：公务用车购置费0万元，公务用车运行费45.00万元），比上年
    减少3.20万元: the change after the bracket is the whole item's, not its last part's."""
    raw = ("“三公”经费支出预算情况\n\n公务用车购置及运行费45.00万元（其中：公务用车购置费0万元，"
           "公务用车运行费45.00万元），比上年减少3.20万元。\n")
    m = _by_quote(raw, date(2025, 2, 20))
    assert m["3.20万元"].indicator == "公务用车购置及运行费"
