"""Build metrics_gold.jsonl from hand-written labels (run once after editing the labels).

Each label marks its quote inside a short anchor copied from the document: ``增长[5.8%]，高于``.
The anchor must occur exactly once; offsets are code points of the UTF-8 decoded file. The labels
were written by reading the documents, before any extractor was run on them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent

MULT = (("万亿", 1e12), ("萬億", 1e12), ("亿", 1e8), ("億", 1e8), ("万", 1e4), ("萬", 1e4))


SCOPE = ("borderline: the scope its members are counted in (M个X中, 有N个…), the population's "
         "size (session 20: the set had it scored, borderline and unlabelled)")

PER_HEAD = ("a rate a scheme grants per head or per unit (每人每月, 每生每年, 每胎, 每名X): the "
            "rule's parameter, other and undated, whether set, raised, paid or planned "
            "(session 23)")

VERB25 = ("session 25: 发生 / 出现 before a counted event stays in front (the deed of doer + "
          "deed; the set's majority)")
DONE25 = ("session 25: 完成 leading a counted deed (完成农村户厕改造) is a frame verb, dropped: "
          "the deed noun says what was done, the kind whether done or planned (the set's majority)")
AGENT25 = ("session 25: the text's own body (its author or the author's system as a whole: "
           "全省法院 in a high court's report, 全省检察机关 in a procuratorate's, "
           "全省税务部门 in a tax bureau's) is the text's voice, dropped as the home is; "
           "another body doing a deed stays")
TOTAL25 = ("session 25: a flow run up to a day with no start of its own (截至DAY, 截至目前) is a "
           "running total, count_total at the day, as the set's other 截至-day totals")
SHARE25 = "session 25: X占N% with no base written is named X占比 (the set's majority)"


def multiplier(unit_raw: str | None) -> float:
    if not unit_raw:
        return 1.0
    m = next((m for p, m in MULT if unit_raw.startswith(p)), 1.0)
    if unit_raw.endswith("斤") and not unit_raw.endswith("公斤"):
        # 1斤 = 0.5 kg: a bare 斤 in 千克, 万斤 / 亿斤 in 吨 (QA 14)
        return 0.5 if m == 1.0 else m * 0.0005
    return m


def sentence_of(raw: str, start: int, end: int) -> str:
    left = max(raw.rfind(c, 0, start) for c in ("。", "！", "？", "\n\n")) + 1
    rights = [i for i in (raw.find(c, end) for c in ("。", "！", "？", "\n\n")) if i >= 0]
    right = min(rights) + 1 if rights else len(raw)
    return re.sub(r"\s+", "", raw[left:right]).strip()


# period shorthands: text, start, end
def P(text, start=None, end=None):
    return (text, start, end)


NONE = P(None)


def row(
    anchor,
    value,
    unit_raw,
    unit,
    indicator,
    kind,
    period=NONE,
    qual="none",
    qtext=None,
    subject=None,
    high=None,
    notes=None,
    borderline=False,
    norm=None,
):
    return dict(
        anchor=anchor,
        value=value,
        unit_raw=unit_raw,
        unit=unit,
        indicator=indicator,
        kind=kind,
        period=period,
        qual=qual,
        qtext=qtext,
        subject=subject,
        high=high,
        notes=notes,
        borderline=borderline,
        norm=norm,
    )


LABELS: dict[str, list[dict]] = {}

# ---------------------------------------------------------------------------------------------
# h01: provincial government work report (Hubei), January 2025
Y24 = P("过去一年", "2024-01-01", "2024-12-31")
H24 = P("2024年", "2024-01-01", "2024-12-31")  # from the heading 2024年工作回顾
T25 = P("今年", "2025-01-01", "2025-12-31")
F25 = P("全年", "2025-01-01", "2025-12-31")
LABELS["h01_hubei_gov_report_2025.txt"] = [
    row(
        "全省地区生产总值[达到6.0万亿元]",
        6.0,
        "万亿元",
        "元",
        "地区生产总值",
        "actual",
        Y24,
        "reach",
        "达到",
    ),
    row("增长[5.8%]，高于", 5.8, "%", "%", "地区生产总值", "growth_rate", Y24),
    row(
        "高于全国[0.8个百分点]",
        0.8,
        "个百分点",
        "百分点",
        "地区生产总值增速",
        "other",
        Y24,
        notes="gap to the national rate, not a change over time",
    ),
    row("一般公共预算收入[3815.6亿元]", 3815.6, "亿元", "元", "一般公共预算收入", "actual", Y24),
    row("增长[4.3%]，其中税收", 4.3, "%", "%", "一般公共预算收入", "growth_rate", Y24),
    row("税收收入占比[70.2%]", 70.2, "%", "%", "税收收入占比", "share", Y24),
    row("工业增加值增长[7.5%]", 7.5, "%", "%", "规模以上工业增加值", "growth_rate", Y24),
    row("零售总额[2.6万亿元]", 2.6, "万亿元", "元", "社会消费品零售总额", "actual", Y24),
    row("增长[5.6%]。固定", 5.6, "%", "%", "社会消费品零售总额", "growth_rate", Y24),
    row("固定资产投资增长[6.1%]", 6.1, "%", "%", "固定资产投资", "growth_rate", Y24),
    row("制造业投资增长[11.3%]", 11.3, "%", "%", "制造业投资", "growth_rate", Y24),
    row(
        "进出口总额[突破7000亿元]",
        7000,
        "亿元",
        "元",
        "外贸进出口总额",
        "actual",
        Y24,
        "break_through",
        "突破",
    ),
    row("增长[12.6%]", 12.6, "%", "%", "外贸进出口总额", "growth_rate", Y24),
    row("强度提高到[2.5%]", 2.5, "%", "%", "全社会研发投入强度", "share", H24),
    row(
        "高新技术企业[超过3万家]",
        3,
        "万家",
        "家",
        "高新技术企业",
        "count_total",
        H24,
        "over",
        "超过",
    ),
    row(
        "成交额[达到5000亿元]", 5000, "亿元", "元", "技术合同成交额", "actual", H24, "reach", "达到"
    ),
    row("“小巨人”企业[116家]", 116, "家", "家", "新增国家级专精特新小巨人企业", "actual", H24),
    row("城镇新增就业[91.2万人]", 91.2, "万人", "人", "城镇新增就业", "actual", H24),
    row("失业率[5.1%]", 5.1, "%", "%", "城镇调查失业率", "share", H24),
    row("可支配收入[36500元]", 36500, "元", "元", "居民人均可支配收入", "actual", H24),
    row("增长[5.9%]", 5.9, "%", "%", "居民人均可支配收入", "growth_rate", H24),
    row("可支配收入增长[7.1%]", 7.1, "%", "%", "农村居民人均可支配收入", "growth_rate", H24),
    row("价格上涨[0.4%]", 0.4, "%", "%", "居民消费价格", "growth_rate", H24),
    row("粮食产量[558.6亿斤]", 558.6, "亿斤", "吨", "粮食产量", "actual", H24),
    row(
        "稳定在[500亿斤以上]",
        500,
        "亿斤",
        "吨",
        "粮食产量",
        "actual",
        H24,
        "at_least",
        "以上",
        notes="borderline: the floor of a streak (连续12年稳定在…以上)",
        borderline=True,
    ),
    row("农村公路[1.2万公里]", 1.2, "万公里", "公里", "新改建农村公路", "actual", H24),
    row("老旧小区[1500个]", 1500, "个", "个", "新开工改造城镇老旧小区", "actual", H24),
    row("下降到[33微克/立方米]", 33, "微克/立方米", "微克/立方米", "PM2.5平均浓度", "actual", H24),
    row("比率[达到86.5%]", 86.5, "%", "%", "空气质量优良天数比率", "share", H24, "reach", "达到"),
    row("优良比例[95.7%]", 95.7, "%", "%", "国考断面水质优良比例", "share", H24),
    row(
        "能耗下降[3%左右]",
        -3,
        "%",
        "%",
        "单位地区生产总值能耗",
        "growth_rate",
        H24,
        "about",
        "左右",
    ),
    row(
        "地区生产总值增长[5.5%左右]", 5.5, "%", "%", "地区生产总值", "target", T25, "about", "左右"
    ),
    row("收入增长[3%]", 3, "%", "%", "一般公共预算收入", "target", T25),
    row(
        "新增就业[70万人以上]", 70, "万人", "人", "城镇新增就业", "target", T25, "at_least", "以上"
    ),
    row("控制在[5.5%左右]", 5.5, "%", "%", "城镇调查失业率", "target", T25, "about", "左右"),
    row("涨幅[2%左右]", 2, "%", "%", "居民消费价格涨幅", "target", T25, "about", "左右"),
    row("稳定在[550亿斤以上]", 550, "亿斤", "吨", "粮食产量", "target", T25, "at_least", "以上"),
    row(
        "能耗下降[2.5%左右]", -2.5, "%", "%", "单位地区生产总值能耗", "target", T25, "about", "左右"
    ),
    row("强度提高到[2.6%]", 2.6, "%", "%", "研发投入强度", "target", T25),
    row("5G基站[1.5万个]", 1.5, "万个", "个", "新建5G基站", "target", F25),
    row("高标准农田[260万亩]", 260, "万亩", "亩", "新增高标准农田", "target", F25),
    row(
        "供水工程[300处以上]",
        300,
        "处",
        "处",
        "改造提升农村供水工程",
        "target",
        F25,
        "at_least",
        "以上",
    ),
]

# ---------------------------------------------------------------------------------------------
# h02: municipal statistics bulletin (Hefei) for 2023, published March 2024
A23 = P("全年", "2023-01-01", "2023-12-31")
E23 = P("年末", "2023-12-31", "2023-12-31")


def g(anchor, value, indicator, period=A23, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


LABELS["h02_hefei_stats_bulletin_2023.txt"] = [
    row("地区生产总值[12673.8亿元]", 12673.8, "亿元", "元", "地区生产总值", "actual", A23),
    g("比上年增长[5.8%]", 5.8, "地区生产总值"),
    row("第一产业增加值[376.4亿元]", 376.4, "亿元", "元", "第一产业增加值", "actual", A23),
    g("增长[3.9%]", 3.9, "第一产业增加值"),
    row("第二产业增加值[4673.5亿元]", 4673.5, "亿元", "元", "第二产业增加值", "actual", A23),
    g("增长[6.1%]", 6.1, "第二产业增加值"),
    row("第三产业增加值[7623.9亿元]", 7623.9, "亿元", "元", "第三产业增加值", "actual", A23),
    g("增长[5.7%]", 5.7, "第三产业增加值"),
    # the parts of a structure are each industry's share (relabelled in metrics-16: before, all
    # three were 三次产业结构 with no unit, three values of one indicator)
    row("结构为[3.0]∶", 3.0, None, "%", "第一产业增加值占比", "share", A23),
    row("∶[36.9]∶", 36.9, None, "%", "第二产业增加值占比", "share", A23),
    row("∶[60.1]。", 60.1, None, "%", "第三产业增加值占比", "share", A23),
    row("人均地区生产总值[128956元]", 128956, "元", "元", "人均地区生产总值", "actual", A23),
    g("比上年增长[4.2%]", 4.2, "人均地区生产总值"),
    row("常住人口[985.3万人]", 985.3, "万人", "人", "常住人口", "count_total", E23),
    row("增加[22.3万人]", 22.3, "万人", "人", "常住人口", "actual", E23),
    row("城镇化率[86.0%]", 86.0, "%", "%", "常住人口城镇化率", "share", E23),
    row("提高[1.1个百分点]", 1.1, "个百分点", "百分点", "常住人口城镇化率", "growth_rate", E23),
    row("出生人口[8.1万人]", 8.1, "万人", "人", "出生人口", "actual", A23),
    row("出生率[8.29‰]", 8.29, "‰", "‰", "人口出生率", "share", A23),
    g("比上年上涨[0.3%]", 0.3, "居民消费价格"),
    g("价格下降[0.8%]", -0.8, "食品烟酒类价格"),
    g("工业增加值比上年增长[9.2%]", 9.2, "规模以上工业增加值"),
    g("分别增长[6.5%]", 6.5, "国有控股企业增加值"),
    g("、[10.1%]和", 10.1, "股份制企业增加值"),
    g("和[3.4%]。", 3.4, "外商及港澳台商投资企业增加值"),
    row("汽车产量[74.6万辆]", 74.6, "万辆", "辆", "新能源汽车产量", "actual", A23),
    # 增长1.4倍 is +140%: a multiple of growth is labelled as the percentage it states (as 七成
    # is 70 %), so that it meets the same indicator's rates in % (relabelled in metrics-16;
    # before, value 1.4 unit 倍)
    row("增长[1.4倍]", 140.0, "倍", "%", "新能源汽车产量", "growth_rate", A23),
    row("机器人产量[1.2万套]", 1.2, "万套", "套", "工业机器人产量", "actual", A23),
    g("下降[5.3%]", -5.3, "工业机器人产量"),
    g("固定资产投资比上年增长[4.5%]", 4.5, "固定资产投资"),
    g("工业投资增长[13.2%]", 13.2, "工业投资"),
    g("基础设施投资下降[2.1%]", -2.1, "基础设施投资"),
    g("民间投资增长[3.6%]", 3.6, "民间投资"),
    g("分别增长[15.3%]", 15.3, "第一产业投资"),
    g("、[12.8%]和", 12.8, "第二产业投资"),
    g("和[0.7%]。", 0.7, "第三产业投资"),
    row("销售面积[1320.5万平方米]", 1320.5, "万平方米", "平方米", "商品房销售面积", "actual", A23),
    g("下降[8.9%]", -8.9, "商品房销售面积"),
    row("零售总额[5582.5亿元]", 5582.5, "亿元", "元", "社会消费品零售总额", "actual", A23),
    g("比上年增长[6.9%]", 6.9, "社会消费品零售总额"),
    row("城镇消费品零售额[4973.2亿元]", 4973.2, "亿元", "元", "城镇消费品零售额", "actual", A23),
    g("增长[6.7%]", 6.7, "城镇消费品零售额"),
    row("乡村消费品零售额[609.3亿元]", 609.3, "亿元", "元", "乡村消费品零售额", "actual", A23),
    g("增长[8.5%]", 8.5, "乡村消费品零售额"),
    row("进出口总额[3574.3亿元]", 3574.3, "亿元", "元", "进出口总额", "actual", A23),
    g("增长[9.4%]", 9.4, "进出口总额"),
    row("出口[2398.1亿元]", 2398.1, "亿元", "元", "出口", "actual", A23),
    g("增长[15.6%]", 15.6, "出口"),
    row("进口[1176.2亿元]", 1176.2, "亿元", "元", "进口", "actual", A23),
    g("下降[1.6%]", -1.6, "进口"),
    row("可支配收入[56874元]", 56874, "元", "元", "全体居民人均可支配收入", "actual", A23),
    g("比上年增长[5.6%]", 5.6, "全体居民人均可支配收入"),
    row("可支配收入[62893元]", 62893, "元", "元", "城镇常住居民人均可支配收入", "actual", A23),
    g("增长[5.0%]", 5.0, "城镇常住居民人均可支配收入"),
    row("可支配收入[32017元]", 32017, "元", "元", "农村常住居民人均可支配收入", "actual", A23),
    g("增长[7.6%]", 7.6, "农村常住居民人均可支配收入"),
    row("卫生机构[4512个]", 4512, "个", "个", "各类卫生机构", "count_total", E23),
    row("医院[298个]", 298, "个", "个", "医院", "count_total", E23),
]

# ---------------------------------------------------------------------------------------------
# h03: Hong Kong budget speech (Traditional script), February 2024
HK23 = P("二〇二三年", "2023-01-01", "2023-12-31")
HK24 = P("今年", "2024-01-01", "2024-12-31")
# 本年度 in a Hong Kong budget speech of February 2024: the financial year 2023-24 (1 April to
# 31 March), whose revised estimates it gives (relabelled in metrics-13: it was 2024)
HKFY = P("本年度", "2023-04-01", "2024-03-31")
HK5 = P("未來五年", "2024-01-01", "2028-12-31")
# (a bare 億元 of a Hong Kong text is in 港元: relabelled in QA 15, unit 元 -> 港元, six rows)
LABELS["h03_hongkong_budget_2024_trad.txt"] = [
    row("實質增長[3.2%]", 3.2, "%", "%", "经济", "growth_rate", HK23),
    row("回升至[3,400萬人次]", 3400, "萬人次", "人次", "访港旅客", "actual", HK23),
    row("價值上升[16.2%]", 16.2, "%", "%", "零售业总销货价值", "growth_rate", HK23),
    row(
        "年初的[3.4%]",
        3.4,
        "%",
        "%",
        "经季节性调整的失业率",
        "share",
        P("年初", "2023-01-01", "2023-01-31"),
    ),
    row(
        "年底的[2.9%]",
        2.9,
        "%",
        "%",
        "经季节性调整的失业率",
        "share",
        P("年底", "2023-12-31", "2023-12-31"),
    ),
    row("通脹率為[1.7%]。", 1.7, "%", "%", "基本消费物价通胀率", "growth_rate", HK23),
    row("實質增長[2.5%至3.5%]", 2.5, "%", "%", "经济", "target", HK24, high=3.5),
    row("預測為[1.7%]，", 1.7, "%", "%", "基本通胀率", "target", HK24),
    row("預測為[2.4%]", 2.4, "%", "%", "整体通胀率", "target", HK24),
    row("開支[約900億元]", 900, "億元", "港元", "基本工程开支", "target", HK5, "about", "約"),
    row("預計為[7,478億元]", 7478, "億元", "港元", "政府开支", "target", HKFY),
    row("收入預計為[5,460億元]", 5460, "億元", "港元", "收入", "target", HKFY),
    row("赤字為[1,016億元]", 1016, "億元", "港元", "综合赤字", "target", HKFY),
    row(
        "預計為[7,334億元]",
        7334,
        "億元",
        "港元",
        "财政储备",
        "target",
        P("截至今年三月底", "2024-03-31", "2024-03-31"),
    ),
    row("預計為[約17.2萬個]", 17.2, "萬個", "个", "公营房屋建屋量", "target", HK5, "about", "約"),
    row("增加[約七成]", 70, "成", "%", "公营房屋建屋量", "target", HK5, "about", "約"),
    row("撥款[10億元]", 10, "億元", "港元", "拨款", "target", HK24),
    row(
        "學額為[15,000個]",
        15000,
        "個",
        "个",
        "本地大学资助学额",
        "count_total",
        P("去年", "2023-01-01", "2023-12-31"),
    ),
    row(
        "學額的[40%]",
        40,
        "%",
        "%",
        "非本地学生配额",
        "share",
        P("去年", "2023-01-01", "2023-12-31"),
    ),
]

# ---------------------------------------------------------------------------------------------
# h04: city government work report (Luoyang), January 2024, with print/OCR damage
L23 = P("过去一年", "2023-01-01", "2023-12-31")
L24 = P("今年", "2024-01-01", "2024-12-31")
LABELS["h04_luoyang_gov_report_2024_ocr.txt"] = [
    row(
        "生产总值[达到５４８２．１亿元]",
        5482.1,
        "亿元",
        "元",
        "生产总值",
        "actual",
        L23,
        "reach",
        "达到",
    ),
    row("增长[３．８％]", 3.8, "%", "%", "生产总值", "growth_rate", L23),
    row("完成[４１３．２亿元]", 413.2, "亿元", "元", "一般公共预算收入", "actual", L23),
    row("增长\n[５．１％]", 5.1, "%", "%", "一般公共预算收入", "growth_rate", L23),
    row("税收占比[６９．３％]", 69.3, "%", "%", "税收占比", "share", L23),
    row("增长\n[6.6%]", 6.6, "%", "%", "规模以上工业增加值", "growth_rate", L23),
    row("增长 [1 2.5 %]", 12.5, "%", "%", "高技术制造业增加值", "growth_rate", L23),
    row("长 [4.3%]", 4.3, "%", "%", "固定资产投资", "growth_rate", L23),
    row("零售总额 [2208.3 亿元]", 2208.3, "亿元", "元", "社会消费品零售总额", "actual", L23),
    row("增长 [7.9%]", 7.9, "%", "%", "社会消费品零售总额", "growth_rate", L23),
    row(
        "分别[达到 46892 元]",
        46892,
        "元",
        "元",
        "城镇居民人均可支配收入",
        "actual",
        L23,
        "reach",
        "达到",
    ),
    row("[20731 元]", 20731, "元", "元", "农村居民人均可支配收入", "actual", L23, "reach", "达到"),
    row("增长 [4.6%]和", 4.6, "%", "%", "城镇居民人均可支配收入", "growth_rate", L23),
    row("和 [7.5%]", 7.5, "%", "%", "农村居民人均可支配收入", "growth_rate", L23),
    row("业 [7.2 万人]", 7.2, "万人", "人", "新增城镇就业", "actual", L23),
    row("控制在 [5.5% 以内]", 5.5, "%", "%", "城镇调查失业率", "share", L23, "at_most", "以内"),
    row("[51.6 亿斤]", 51.6, "亿斤", "吨", "粮食总产量", "actual", L23),
    row("农田 [3 5 . 6 万亩]", 35.6, "万亩", "亩", "新建高标准农田", "actual", L23),
    row("游客[１．６亿人次]", 1.6, "亿人次", "人次", "接待游客", "actual", L23),
    row("旅游收入 [1 3 0 0 亿元]", 1300, "亿元", "元", "旅游收入", "actual", L23),
    row("生产总值增长[6%左右]", 6, "%", "%", "生产总值", "target", L24, "about", "左右"),
    row("收入增长[５％]", 5, "%", "%", "一般公共预算收入", "target", L24),
    row("加值增长[８％]", 8, "%", "%", "规模以上工业增加值", "target", L24),
    row("投资增长[１０％]", 10, "%", "%", "固定资产投资", "target", L24),
    row("零售总额增长[６．５％]", 6.5, "%", "%", "社会消费品零售总额", "target", L24),
    row("新增就业[７万人]", 7, "万人", "人", "城镇新增就业", "target", L24),
]

# ---------------------------------------------------------------------------------------------
# h05: news report on a city's first three quarters (Xi'an), October 2024
Q3 = P("前三季度", "2024-01-01", "2024-09-30")
M9 = P("1—9月", "2024-01-01", "2024-09-30")
END9 = P("9月末", "2024-09-30", "2024-09-30")
LABELS["h05_xian_q3_news_2024.txt"] = [
    row(
        "GDP同比增长[4.8%]",
        4.8,
        "%",
        "%",
        "GDP",
        "growth_rate",
        Q3,
        notes="subtitle; the period is the title's 前三季度",
    ),
    row("地区生产总值[9112.5亿元]", 9112.5, "亿元", "元", "地区生产总值", "actual", Q3),
    row("同比增长[4.8%]，比上半年", 4.8, "%", "%", "地区生产总值", "growth_rate", Q3),
    row("加快[0.3个百分点]", 0.3, "个百分点", "百分点", "地区生产总值增速", "growth_rate", Q3),
    row("第一产业增加值[228.6亿元]", 228.6, "亿元", "元", "第一产业增加值", "actual", Q3),
    row("同比增长[3.1%]", 3.1, "%", "%", "第一产业增加值", "growth_rate", Q3),
    row("第二产业增加值[3088.4亿元]", 3088.4, "亿元", "元", "第二产业增加值", "actual", Q3),
    row("增长[5.6%]", 5.6, "%", "%", "第二产业增加值", "growth_rate", Q3),
    row("第三产业增加值[5795.5亿元]", 5795.5, "亿元", "元", "第三产业增加值", "actual", Q3),
    row("增长[4.4%]", 4.4, "%", "%", "第三产业增加值", "growth_rate", Q3),
    row("同比增长[7.2%]", 7.2, "%", "%", "规模以上工业增加值", "growth_rate", M9),
    row("增长[21.5%]", 21.5, "%", "%", "汽车制造业", "growth_rate", M9),
    row("产量[达到80.3万辆]", 80.3, "万辆", "辆", "新能源汽车产量", "actual", M9, "reach", "达到"),
    row("比重[超过八成]", 80, "成", "%", "新能源汽车产量占全省的比重", "share", M9, "over", "超过"),
    row("零售总额[3626.7亿元]", 3626.7, "亿元", "元", "社会消费品零售总额", "actual", Q3),
    row("同比增长[2.1%]", 2.1, "%", "%", "社会消费品零售总额", "growth_rate", Q3),
    row(
        "零售额增长[16.4%]",
        16.4,
        "%",
        "%",
        "限额以上单位通过公共网络实现的零售额",
        "growth_rate",
        Q3,
    ),
    row("接待游客[2.6亿人次]", 2.6, "亿人次", "人次", "接待游客", "actual", Q3),
    row("旅游收入[超过2800亿元]", 2800, "亿元", "元", "旅游收入", "actual", Q3, "over", "超过"),
    row(
        "存款余额[4.1万亿元]",
        4.1,
        "万亿元",
        "元",
        "金融机构本外币各项存款余额",
        "count_total",
        END9,
    ),
    row("同比增长[6.5%]", 6.5, "%", "%", "金融机构本外币各项存款余额", "growth_rate", END9),
    row("贷款余额[4.3万亿元]", 4.3, "万亿元", "元", "贷款余额", "count_total", END9),
    row("增长[7.1%]", 7.1, "%", "%", "贷款余额", "growth_rate", END9),
    row(
        "经济增长[5.5%左右]",
        5.5,
        "%",
        "%",
        "经济",
        "target",
        P("全年", "2024-01-01", "2024-12-31"),
        "about",
        "左右",
    ),
]

# ---------------------------------------------------------------------------------------------
# h06: Chongqing newspaper on the Chengdu-Chongqing economic circle, April 2025
C24 = P("2024年", "2024-01-01", "2024-12-31")
SINCE20 = P("2020年以来", "2020-01-01", "2025-04-15")
CIRCLE = "成渝地区双城经济圈"
LABELS["h06_chongqing_chengyu_news_2025.txt"] = [
    row("生产总值[8.7万亿元]", 8.7, "万亿元", "元", "地区生产总值", "actual", C24, subject=CIRCLE),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    row("比重为[6.5%]", 6.5, "%", "%", "地区生产总值占全国的比重", "share", C24, subject=CIRCLE),
    row(
        "提高[0.2个百分点]",
        0.2,
        "个百分点",
        "百分点",
        "地区生产总值占全国的比重",
        "growth_rate",
        C24,
        subject=CIRCLE,
        notes="比2019年 is the comparison base, the period is 2024",
    ),
    row("分别[达到3.2万亿元]", 3.2, "万亿元", "元", "经济总量", "actual", NONE, "reach", "达到"),
    row(
        "和[6.5万亿元]",
        6.5,
        "万亿元",
        "元",
        "经济总量",
        "actual",
        NONE,
        "reach",
        "达到",
        subject="四川",
    ),
    row("增加值增长[7.3%]", 7.3, "%", "%", "规模以上工业增加值", "growth_rate"),
    row("四川增长[6.8%]", 6.8, "%", "%", "规模以上工业增加值", "growth_rate", subject="四川"),
    row(
        "重大项目[300个]",
        300,
        "个",
        "个",
        "重大项目",
        "target",
        P("今年", "2025-01-01", "2025-12-31"),
    ),
    row(
        "计划投资[4100亿元以上]",
        4100,
        "亿元",
        "元",
        "年度计划投资",
        "target",
        P("今年", "2025-01-01", "2025-12-31"),
        "at_least",
        "以上",
    ),
    row("动车[超过110对]", 110, "对", "对", "高铁日均开行动车", "actual", NONE, "over", "超过"),
    row("线路[22条]", 22, "条", "条", "跨省城际公交线路", "count_total"),
    row(
        "累计[达到355项]",
        355,
        "项",
        "项",
        "跨省通办事项",
        "count_total",
        P("目前", "2025-04-15", "2025-04-15"),
        "reach",
        "达到",
    ),
    row("市场主体[120万户]", 120, "万户", "户", "新增市场主体", "actual", SINCE20),
    row("市场主体[210万户]", 210, "万户", "户", "新增市场主体", "actual", SINCE20, subject="四川"),
    row(
        "[突破10万亿元]",
        10,
        "万亿元",
        "元",
        "地区生产总值",
        "target",
        P("到2027年", "2027-01-01", "2027-12-31"),
        "break_through",
        "突破",
        subject="双城经济圈",
    ),
    row(
        "城镇化率达到[70%左右]",
        70,
        "%",
        "%",
        "常住人口城镇化率",
        "target",
        P("到2027年", "2027-01-01", "2027-12-31"),
        "about",
        "左右",
        subject="双城经济圈",
    ),
]

# ---------------------------------------------------------------------------------------------
# Added after the extractor had been tuned on h01–h06 and labelled before it was run on them:
# a blind check of the same rules on new text.

# h07: county-level city work report (Kunshan) at the start of the 14th five-year plan, Jan 2021
K5 = P("五年来", "2016-01-01", "2020-12-31")
K5B = P("五年间", "2016-01-01", "2020-12-31")
K20 = P("2020年", "2020-01-01", "2020-12-31")
KPLAN = P("今后五年", "2021-01-01", "2025-12-31")
K21 = P("今年", "2021-01-01", "2021-12-31")
LABELS["h07_kunshan_gov_report_2021.txt"] = [
    row(
        "2015年的[3080亿元]",
        3080,
        "亿元",
        "元",
        "地区生产总值",
        "actual",
        P("2015年", "2015-01-01", "2015-12-31"),
    ),
    row("2020年的[4276.8亿元]", 4276.8, "亿元", "元", "地区生产总值", "actual", K20),
    row(
        "年均增长[6.1%]",
        6.1,
        "%",
        "%",
        "地区生产总值",
        "growth_rate",
        K5,
        notes="average yearly growth over the five years the sentence spans",
    ),
    row(
        "收入[突破430亿元]",
        430,
        "亿元",
        "元",
        "一般公共预算收入",
        "actual",
        K20,
        "break_through",
        "突破",
    ),
    row("年均增长[7.9%]", 7.9, "%", "%", "一般公共预算收入", "growth_rate", K5),
    row("工业总产值[9200亿元]", 9200, "亿元", "元", "规模以上工业总产值", "actual", K20),
    row("同比增长[4.2%]", 4.2, "%", "%", "规模以上工业总产值", "growth_rate", K20),
    row("外资[9.6亿美元]", 9.6, "亿美元", "美元", "实际使用外资", "actual", K20),
    row("城镇就业[13.5万人]", 13.5, "万人", "人", "累计新增城镇就业", "count_total", K5B),
    row("控制在[1.8%以内]", 1.8, "%", "%", "城镇登记失业率", "share", K5B, "at_most", "以内"),
    row(
        "分别[达到72369元]",
        72369,
        "元",
        "元",
        "城镇居民人均可支配收入",
        "actual",
        K5B,
        "reach",
        "达到",
    ),
    row("和[38965元]", 38965, "元", "元", "农村居民人均可支配收入", "actual", K5B, "reach", "达到"),
    row(
        "总数[达到1985家]",
        1985,
        "家",
        "家",
        "高新技术企业总数",
        "count_total",
        K5B,
        "reach",
        "达到",
    ),
    row(
        "初期的[3.6倍]",
        3.6,
        "倍",
        "倍",
        "高新技术企业总数",
        "other",
        K5B,
        notes="a multiple of the level at the start of the plan",
    ),
    row("年均增长[6%左右]", 6, "%", "%", "地区生产总值", "target", KPLAN, "about", "左右"),
    row(
        "[突破5500亿元]",
        5500,
        "亿元",
        "元",
        "地区生产总值",
        "target",
        P("到2025年", "2025-01-01", "2025-12-31"),
        "break_through",
        "突破",
    ),
    row(
        "比重[达到3.6%]",
        3.6,
        "%",
        "%",
        "全社会研发经费支出占地区生产总值比重",
        "target",
        KPLAN,
        "reach",
        "达到",
    ),
    row(
        "城镇化率达到[80%以上]",
        80,
        "%",
        "%",
        "常住人口城镇化率",
        "target",
        KPLAN,
        "at_least",
        "以上",
    ),
    row("增长[7%以上]", 7, "%", "%", "地区生产总值", "target", K21, "at_least", "以上"),
    row("收入增长[5%]", 5, "%", "%", "一般公共预算收入", "target", K21),
    row("新增就业[2.5万人]", 2.5, "万人", "人", "城镇新增就业", "target", K21),
]

# h08: Taiwanese news in Traditional script (Taichung tourism), January 2024
T23 = P("2023年", "2023-01-01", "2023-12-31")
LABELS["h08_taichung_tourism_news_2024_trad.txt"] = [
    row(
        "產值[突破新臺幣600億元]\n",
        600,
        "億元",
        "新台币",
        "观光产值",
        "actual",
        P("去年", "2023-01-01", "2023-12-31"),
        "break_through",
        "突破",
        notes="headline; added after scoring (missed when labelling)",
    ),
    row("人次[達4,200萬人次]", 4200, "萬人次", "人次", "观光人次", "actual", T23, "reach", "達"),
    row("成長[18.5%]", 18.5, "%", "%", "观光人次", "growth_rate", T23),
    row(
        "新臺幣[600億元]，創",
        600,
        "億元",
        "新台币",
        "观光产值",
        "actual",
        T23,
        "break_through",
        "突破",
    ),
    row("旅客[約65萬人次]", 65, "萬人次", "人次", "外籍旅客", "actual", T23, "about", "約"),
    row("年增率[高達2.1倍]", 210.0, "倍", "%", "外籍旅客", "growth_rate", T23, "reach", "高達"),
    row("停留[1.8天]", 1.8, "天", "天", "国内旅客平均停留", "actual", T23),
    row("住房率為[62.3%]", 62.3, "%", "%", "旅宿业平均住房率", "share", T23),
    row("提升[9.4個百分點]", 9.4, "個百分點", "百分点", "旅宿业平均住房率", "growth_rate", T23),
    row(
        "觀光人次[4,500萬人次]",
        4500,
        "萬人次",
        "人次",
        "观光人次",
        "target",
        P("全年", "2024-01-01", "2024-12-31"),
    ),
    row(
        "經費新臺幣[3億元]",
        3,
        "億元",
        "新台币",
        "大型节庆活动经费",
        "target",
        P("今年", "2024-01-01", "2024-12-31"),
    ),
    row(
        "旅運量[達到215萬人次]",
        215,
        "萬人次",
        "人次",
        "台中国际机场旅运量",
        "actual",
        P("全年", "2023-01-01", "2023-12-31"),
        "reach",
        "達到",
    ),
    row(
        "疫情前的[八成左右]",
        80,
        "成",
        "%",
        "台中国际机场旅运量",
        "share",
        P("全年", "2023-01-01", "2023-12-31"),
        "about",
        "左右",
    ),
    row(
        "旅客[約4.8萬人次]",
        4.8,
        "萬人次",
        "人次",
        "高铁台中站日均进出旅客",
        "actual",
        P("全年", "2023-01-01", "2023-12-31"),
        "about",
        "約",
    ),
]

# h09: provincial environment bulletin (Jiangxi) for 2023, published June 2024
J23 = P("2023年", "2023-01-01", "2023-12-31")
LABELS["h09_jiangxi_environment_bulletin_2023.txt"] = [
    row("比例为[92.5%]", 92.5, "%", "%", "设区城市环境空气质量优良天数比例", "share", J23),
    row(
        "下降[0.8个百分点]",
        -0.8,
        "个百分点",
        "百分点",
        "设区城市环境空气质量优良天数比例",
        "growth_rate",
        J23,
    ),
    row("浓度为[30微克/立方米]", 30, "微克/立方米", "微克/立方米", "PM2.5平均浓度", "actual", J23),
    row("上升[3.4%]", 3.4, "%", "%", "PM2.5平均浓度", "growth_rate", J23),
    row("浓度为[48微克/立方米]", 48, "微克/立方米", "微克/立方米", "PM10平均浓度", "actual", J23),
    row(
        "[11个]设区城市中",
        11,
        "个",
        "个",
        "设区城市",
        "count_total",
        J23,
        notes="borderline: the scope of the count that follows",
        borderline=True,
    ),
    row("有[9个]城市", 9, "个", "个", "环境空气质量达到国家二级标准的城市", "count_total", J23),
    row("比例为[96.6%]", 96.6, "%", "%", "地表水国考断面水质优良比例", "share", J23),
    row(
        "江西段[10个]断面",
        10,
        "个",
        "个",
        "长江干流江西段断面",
        "count_total",
        J23,
        notes="borderline: the scope of a statement about all of them",
        borderline=True,
    ),
    row(
        "达标率保持[100%]",
        100,
        "%",
        "%",
        "县级及以上城市集中式饮用水水源地水质达标率",
        "share",
        J23,
    ),
    row(
        "下降[2.8%]",
        -2.8,
        "%",
        "%",
        "单位地区生产总值能耗",
        "growth_rate",
        P("全年", "2023-01-01", "2023-12-31"),
    ),
    row(
        "总量[1.05亿吨标准煤]",
        1.05,
        "亿吨标准煤",
        "吨标准煤",
        "能源消费总量",
        "actual",
        P("全年", "2023-01-01", "2023-12-31"),
    ),
    row(
        "下降至[52.1%]",
        52.1,
        "%",
        "%",
        "煤炭消费占比",
        "share",
        P("全年", "2023-01-01", "2023-12-31"),
    ),
    row("森林面积[12.3万亩]", 12.3, "万亩", "亩", "新增森林面积", "actual", J23),
    row("稳定在[63.35%]", 63.35, "%", "%", "森林覆盖率", "share", J23),
    row("保护区[190个]", 190, "个", "个", "自然保护区", "count_total"),
    row(
        "[达到1.1万平方公里]",
        1.1,
        "万平方公里",
        "平方公里",
        "自然保护区总面积",
        "count_total",
        NONE,
        "reach",
        "达到",
    ),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    row("面积的[6.6%]", 6.6, "%", "%", "自然保护区总面积占全省国土面积", "share"),
]


# ---------------------------------------------------------------------------------------------
# Round 3, added after the extractor had been improved on h01–h09 and labelled before it was run
# on them: a quarterly statistics release with a table laid out as text columns (h10), a Macau
# policy address in Traditional script (h11), a scanned provincial five-year-plan outline with
# OCR damage, Chinese-numeral amounts, ranges and per-unit values (h12).


def table_cell(file: str, head: str, number: str) -> str:
    """Anchor for one cell of a table printed as text columns: the whole line whose first
    column is ``head``, with ``number`` bracketed (it must occur once in that line)."""
    lines = [
        line
        for line in (HERE / file).read_text(encoding="utf-8").splitlines()
        if line.split() and line.split()[0] == head
    ]
    assert len(lines) == 1, (file, head, len(lines))
    assert lines[0].count(number) == 1, (file, head, number)
    return lines[0].replace(number, f"[{number}]")


# h10: prefecture-level city's half-year statistics release (Weifang), July 2025: text, then the
# appendix table (indicator, unit, value for 1-6月, growth in %) printed as space-separated columns
WF = "h10_weifang_h1_stats_release_2025.txt"
WH1 = P("上半年", "2025-01-01", "2025-06-30")
WJUN = P("6月份", "2025-06-01", "2025-06-30")
WEND6 = P("6月末", "2025-06-30", "2025-06-30")
WTAB = P("1-6月", "2025-01-01", "2025-06-30")  # the table's title and value column


def wg(anchor, value, indicator, period=WH1, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def wcell(head, number, value, unit_raw, unit, indicator, kind, period=WTAB, **kw):
    return row(table_cell(WF, head, number), value, unit_raw, unit, indicator, kind, period, **kw)


def wgrow(head, number, value, indicator, period=WTAB):
    return wcell(
        head,
        number,
        value,
        "%",
        "%",
        indicator,
        "growth_rate",
        period,
        notes="table cell; the unit is the column head 同比增长（%）",
    )


LABELS[WF] = [
    row("地区生产总值[3875.6亿元]", 3875.6, "亿元", "元", "地区生产总值", "actual", WH1),
    wg("同比增长[5.9%]，比一季度", 5.9, "地区生产总值"),
    row(
        "加快[0.2个百分点]",
        0.2,
        "个百分点",
        "百分点",
        "地区生产总值增速",
        "growth_rate",
        WH1,
        notes="比一季度 is the comparison base",
    ),
    row(
        "高于全省[0.3个百分点]",
        0.3,
        "个百分点",
        "百分点",
        "地区生产总值增速",
        "other",
        WH1,
        notes="gap to the province's rate",
    ),
    row("第一产业增加值[312.4亿元]", 312.4, "亿元", "元", "第一产业增加值", "actual", WH1),
    wg("增长[3.8%]", 3.8, "第一产业增加值"),
    row("第二产业增加值[1520.7亿元]", 1520.7, "亿元", "元", "第二产业增加值", "actual", WH1),
    wg("增长[6.6%]", 6.6, "第二产业增加值"),
    row("第三产业增加值[2042.5亿元]", 2042.5, "亿元", "元", "第三产业增加值", "actual", WH1),
    wg("增长[5.6%]", 5.6, "第三产业增加值"),
    wg("规模以上工业增加值同比增长[7.6%]", 7.6, "规模以上工业增加值"),
    wg("采矿业增长[2.1%]", 2.1, "采矿业"),
    wg("制造业增长[8.3%]", 8.3, "制造业"),
    wg("供应业下降[1.4%]", -1.4, "电力、热力、燃气及水生产和供应业"),
    row(
        "[41个]工业行业大类中",
        41,
        "个",
        "个",
        "工业行业大类",
        "count_total",
        WH1,
        notes="borderline: the scope of the count that follows",
        borderline=True,
    ),
    row("有[29个]实现增长", 29, "个", "个", "实现增长的工业行业大类", "count_total", WH1),
    row("增长面为[70.7%]", 70.7, "%", "%", "增长面", "share", WH1),
    wg("同比增长[8.1%]", 8.1, "规模以上工业增加值", WJUN),
    wg("固定资产投资同比增长[4.2%]", 4.2, "固定资产投资"),
    wg("工业投资增长[12.5%]", 12.5, "工业投资"),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    row("比重为[41.3%]", 41.3, "%", "%", "工业投资占全部投资的比重", "share", WH1),
    wg("开发投资下降[9.7%]", -9.7, "房地产开发投资"),
    row("项目[1826个]", 1826, "个", "个", "在建亿元以上项目", "count_total", WH1),
    wg("完成投资增长[6.8%]", 6.8, "完成投资"),
    row("零售总额[1693.8亿元]", 1693.8, "亿元", "元", "社会消费品零售总额", "actual", WH1),
    wg("同比增长[5.1%]", 5.1, "社会消费品零售总额"),
    wg("汽车零售额增长[31.6%]", 31.6, "新能源汽车零售额"),
    wg("器材类增长[24.9%]", 24.9, "通讯器材类"),
    row("进出口总额[1205.3亿元]", 1205.3, "亿元", "元", "进出口总额", "actual", WH1),
    wg("同比增长[8.7%]", 8.7, "进出口总额"),
    row("出口[826.9亿元]", 826.9, "亿元", "元", "出口", "actual", WH1),
    wg("增长[11.2%]", 11.2, "出口"),
    row("进口[378.4亿元]", 378.4, "亿元", "元", "进口", "actual", WH1),
    wg("增长[3.6%]", 3.6, "进口"),
    row("可支配收入[23156元]", 23156, "元", "元", "居民人均可支配收入", "actual", WH1),
    wg("同比增长[5.3%]", 5.3, "居民人均可支配收入"),
    row("可支配收入[29864元]", 29864, "元", "元", "城镇居民人均可支配收入", "actual", WH1),
    wg("增长[4.6%]", 4.6, "城镇居民人均可支配收入"),
    row("可支配收入[14327元]", 14327, "元", "元", "农村居民人均可支配收入", "actual", WH1),
    wg("增长[6.2%]", 6.2, "农村居民人均可支配收入"),
    row("收入比为[2.08]", 2.08, None, None, "城乡居民收入比", "share", WH1),
    row(
        "缩小[0.03]",
        -0.03,
        None,
        None,
        "城乡居民收入比",
        "growth_rate",
        WH1,
        notes="a narrowing is a decline; 比上年同期 is the base",
    ),
    row(
        "存款余额[12684.5亿元]",
        12684.5,
        "亿元",
        "元",
        "金融机构本外币各项存款余额",
        "count_total",
        WEND6,
    ),
    wg("同比增长[9.3%]", 9.3, "金融机构本外币各项存款余额", WEND6),
    row("贷款余额[10357.2亿元]", 10357.2, "亿元", "元", "各项贷款余额", "count_total", WEND6),
    wg("增长[7.9%]", 7.9, "各项贷款余额", WEND6),
    row(
        "经济增长[6%左右]",
        6,
        "%",
        "%",
        "经济",
        "target",
        P("全年", "2025-01-01", "2025-12-31"),
        "about",
        "左右",
    ),
    # the appendix table
    wcell("地区生产总值", "3875.6", 3875.6, "亿元", "元", "地区生产总值", "actual"),
    wgrow("地区生产总值", "5.9", 5.9, "地区生产总值"),
    wcell("第一产业增加值", "312.4", 312.4, "亿元", "元", "第一产业增加值", "actual"),
    wgrow("第一产业增加值", "3.8", 3.8, "第一产业增加值"),
    wcell("第二产业增加值", "1520.7", 1520.7, "亿元", "元", "第二产业增加值", "actual"),
    wgrow("第二产业增加值", "6.6", 6.6, "第二产业增加值"),
    wcell("第三产业增加值", "2042.5", 2042.5, "亿元", "元", "第三产业增加值", "actual"),
    wgrow("第三产业增加值", "5.6", 5.6, "第三产业增加值"),
    wgrow("规模以上工业增加值", "7.6", 7.6, "规模以上工业增加值"),
    wcell("规模以上工业营业收入", "5326.8", 5326.8, "亿元", "元", "规模以上工业营业收入", "actual"),
    wgrow("规模以上工业营业收入", "4.9", 4.9, "规模以上工业营业收入"),
    wgrow("固定资产投资", "4.2", 4.2, "固定资产投资"),
    wcell("一般公共预算收入", "356.2", 356.2, "亿元", "元", "一般公共预算收入", "actual"),
    wgrow("一般公共预算收入", "2.7", 2.7, "一般公共预算收入"),
    wcell("其中：税收收入", "247.9", 247.9, "亿元", "元", "税收收入", "actual"),
    wgrow("其中：税收收入", "-1.8", -1.8, "税收收入"),
    wcell("社会消费品零售总额", "1693.8", 1693.8, "亿元", "元", "社会消费品零售总额", "actual"),
    wgrow("社会消费品零售总额", "5.1", 5.1, "社会消费品零售总额"),
    wcell("进出口总额", "1205.3", 1205.3, "亿元", "元", "进出口总额", "actual"),
    wgrow("进出口总额", "8.7", 8.7, "进出口总额"),
    wcell("居民人均可支配收入", "23156", 23156, "元", "元", "居民人均可支配收入", "actual"),
    wgrow("居民人均可支配收入", "5.3", 5.3, "居民人均可支配收入"),
    wcell(
        "6月末金融机构本外币各项存款余额",
        "12684.5",
        12684.5,
        "亿元",
        "元",
        "金融机构本外币各项存款余额",
        "count_total",
        WEND6,
    ),
    wgrow("6月末金融机构本外币各项存款余额", "9.3", 9.3, "金融机构本外币各项存款余额", WEND6),
    wcell(
        "6月末金融机构本外币各项贷款余额",
        "10357.2",
        10357.2,
        "亿元",
        "元",
        "金融机构本外币各项贷款余额",
        "count_total",
        WEND6,
    ),
    wgrow("6月末金融机构本外币各项贷款余额", "7.9", 7.9, "金融机构本外币各项贷款余额", WEND6),
]

# h11: Macau policy address for the 2025 financial year (Traditional script, 澳門元), Nov 2024
MQ3 = P("今年首三季", "2024-01-01", "2024-09-30")
MM10 = P("首十個月", "2024-01-01", "2024-10-31")
MY24 = P("全年", "2024-01-01", "2024-12-31")
MQ3ONLY = P("第三季", "2024-07-01", "2024-09-30")
MH24 = P("二〇二四年", "2024-01-01", "2024-12-31")  # the heading 二〇二四年施政回顧
MSUM = P("累計", "2024-11-12", "2024-11-12")
MB25 = P("二〇二五年", "2025-01-01", "2025-12-31")
MN25 = P("明年", "2025-01-01", "2025-12-31")
HQ = "横琴粤澳深度合作区"
MOP = "澳门元"
LABELS["h11_macau_policy_address_2025_trad.txt"] = [
    row("實質增長[9.2%]", 9.2, "%", "%", "本地生产总值", "growth_rate", MQ3),
    row(
        "同期的[86.5%]",
        86.5,
        "%",
        "%",
        "本地生产总值",
        "share",
        MQ3,
        notes="a level as a share of the 2019 level (like 恢復至疫情前的八成)",
    ),
    row(
        "累計[2,850萬人次]",
        2850,
        "萬人次",
        "人次",
        "入境旅客",
        "count_total",
        MM10,
        notes="累計: a cumulative count (as 累计开行 in the seeds); relabelled from actual after "
        "scoring",
    ),
    row("按年上升[25.3%]", 25.3, "%", "%", "入境旅客", "growth_rate", MM10),
    row("日均[約9.4萬人次]", 9.4, "萬人次", "人次", "日均入境旅客", "actual", MM10, "about", "約"),
    row("旅客佔[七成]", 70, "成", "%", "内地旅客占比", "share", MM10, notes=SHARE25),
    row(
        "預計[約2,260億澳門元]",
        2260,
        "億澳門元",
        MOP,
        "博彩毛收入",
        "target",
        MY24,
        "about",
        "約",
        notes="a forecast (預計)",
    ),
    row("總體失業率為[1.7%]", 1.7, "%", "%", "总体失业率", "share", MQ3ONLY),
    row("本地居民失業率為[2.3%]", 2.3, "%", "%", "本地居民失业率", "share", MQ3ONLY),
    row(
        "下降[0.4個百分點]",
        -0.4,
        "個百分點",
        "百分点",
        "本地居民失业率",
        "growth_rate",
        MQ3ONLY,
        notes="較去年同期 is the base",
    ),
    row(
        "文化體育[四大]重點產業",
        4,
        "大",
        "个",
        "重点产业",
        "count_total",
        MQ3,
        notes="borderline: totals the exhaustive list before it",
        borderline=True,
    ),
    row("按年增長[14.6%]", 14.6, "%", "%", "四大重点产业的增加值", "growth_rate", MQ3),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    row("提升至[15.8%]", 15.8, "%", "%", "四大重点产业的增加值占本地生产总值的比重", "share", MQ3),
    row("展覽[約1,200項]", 1200, "項", "项", "举办国际性会议及展览", "actual", MY24, "about", "約"),
    row(
        "人次[逾230萬]",
        230,
        "萬",
        None,
        "参与人次",
        "actual",
        MY24,
        "over",
        "逾",
        notes="the counted noun (人次) is before the number",
    ),
    row(
        "累計[達6,800家]",
        6800,
        "家",
        "家",
        "合作区内澳资企业",
        "count_total",
        MSUM,
        "reach",
        "達",
        subject=HQ,
    ),
    row(
        "增加[1,100家]",
        1100,
        "家",
        "家",
        "合作区内澳资企业",
        "actual",
        MSUM,
        subject=HQ,
        notes="較去年底 is the base; the period is the stock's (as h02's 比上年末增加)",
    ),
    row(
        "居民[超過1.6萬人]",
        1.6,
        "萬人",
        "人",
        "在合作区工作及生活的澳门居民",
        "count_total",
        MSUM,
        "over",
        "超過",
        subject=HQ,
    ),
    row("發放[10,000澳門元]", 10000, "澳門元", MOP, "每名永久性居民发放", "other",
        notes=PER_HEAD + "; 向 dropped as a recipient's, 每名 kept as the per-unit"),
    row("居民[6,000澳門元]", 6000, "澳門元", MOP, "非永久性居民", "other", notes=PER_HEAD),
    row("開支[約73億澳門元]", 73, "億澳門元", MOP, "涉及开支", "actual", MH24, "about", "約"),
    row("每人每年[9,000澳門元]", 9000, "澳門元", MOP, "敬老金金额", "other", notes=PER_HEAD),
    row("長者[約11.6萬名]", 11.6, "萬名", "名", "受惠长者", "count_total", MH24, "about", "約"),
    row("第一批[2,800個]", 2800, "個", "个", "经济房屋单位", "actual", MH24),
    row(
        "約為[3.5萬澳門元]",
        3.5,
        "萬澳門元",
        MOP,
        "每平方米售价",
        "actual",
        MH24,
        "about",
        "約",
    ),
    row(
        "增至[9.3公里]",
        9.3,
        "公里",
        "公里",
        "全线长度",
        "count_total",
        NONE,
        notes="a stock; 今年第一季 dates only the opening of the station",
    ),
    row(
        "載客量[約2.4萬人次]",
        2.4,
        "萬人次",
        "人次",
        "平日日均载客量",
        "actual",
        NONE,
        "about",
        "約",
        notes="current ridership; 今年第一季 dates only the opening",
    ),
    row(
        "完成[約九成]",
        90,
        "成",
        "%",
        "澳门大桥主体工程",
        "share",
        NONE,
        "about",
        "約",
        notes="progress now; 今年第一季 dates the previous sentence's opening",
    ),
    row(
        "工程[約36萬平方米]",
        36,
        "萬平方米",
        "平方米",
        "路面重铺工程",
        "actual",
        MY24,
        "about",
        "約",
    ),
    row("泊車位[1,850個]", 1850, "個", "个", "新增公共泊车位", "actual", MY24),
    row("總收入為[1,206億澳門元]", 1206, "億澳門元", MOP, "财政预算总收入", "target", MB25),
    row("預算為[882億澳門元]", 882, "億澳門元", MOP, "博彩直接税收入", "target", MB25),
    row("增加[4.6%]", 4.6, "%", "%", "博彩直接税收入", "target", MB25),
    row("開支預算為[1,102億澳門元]", 1102, "億澳門元", MOP, "总开支", "target", MB25),
    row("預算為[195億澳門元]", 195, "億澳門元", MOP, "投资与发展开支计划", "target", MB25),
    row("總開支[17.7%]", 17.7, "%", "%", "投资与发展开支计划占总开支", "target", MB25),
    row("盈餘[約104億澳門元]", 104, "億澳門元", MOP, "财政盈余", "target", MB25, "about", "約"),
    row(
        "儲備為[5,822億澳門元]",
        5822,
        "億澳門元",
        MOP,
        "财政储备",
        "count_total",
        P("截至二〇二四年九月底", "2024-09-30", "2024-09-30"),
    ),
    row(
        "達到[3,800萬人次左右]",
        3800,
        "萬人次",
        "人次",
        "入境旅客",
        "target",
        MN25,
        "about",
        "左右",
    ),
    row("實質增長[3%至5%]", 3, "%", "%", "本地生产总值", "target", MN25, high=5),
    row("比例維持[30%]", 30, "%", "%", "职业税可扣减税款比例", "target", MN25),
    row("上限為[14,000澳門元]", 14000, "澳門元", MOP, "扣减上限", "target", MN25),
    row(
        "由[10%]降至",
        10,
        "%",
        "%",
        "房屋税税率",
        "share",
        NONE,
        notes="the current rate the cut starts from",
    ),
    row("降至[6%]", 6, "%", "%", "房屋税税率", "target", MN25),
    row("規模為[100億澳門元]", 100, "億澳門元", MOP, "产业发展基金", "target", MB25),
    row(
        "比重達到[20%以上]",
        20,
        "%",
        "%",
        "四大重点产业增加值占本地生产总值的比重",
        "target",
        P("到二〇二八年", "2028-01-01", "2028-12-31"),
        "at_least",
        "以上",
    ),
    row(
        "人才[不少於500名]",
        500,
        "名",
        "名",
        "新增引进各类人才",
        "target",
        MN25,
        "at_least",
        "不少於",
    ),
    row("增長[一成]", 10, "成", "%", "国际旅客人次", "target", MN25),
    row("推出[約5,000個]", 5000, "個", "个", "公共房屋单位", "target", MN25, "about", "約"),
    row("每班每年[110萬澳門元]", 110, "萬澳門元", MOP, "免费教育津贴", "other", notes=PER_HEAD),
    row("增設[100個]", 100, "個", "个", "增设大学入学奖学金名额", "target", MB25),
    row(
        "病床[約1,100張]",
        1100,
        "張",
        "张",
        "增加病床",
        "target",
        P("明年上半年", "2025-01-01", "2025-06-30"),
        "about",
        "約",
    ),
    row(
        "由[2.6張]提升至",
        2.6,
        "張",
        "张",
        "每千人口病床数",
        "count_total",
        NONE,
        notes="the current level the change starts from; a stock level (relabelled from actual "
        "after scoring)",
    ),
    row(
        "提升至[4.1張]",
        4.1,
        "張",
        "张",
        "每千人口病床数",
        "target",
        P("明年上半年", "2025-01-01", "2025-06-30"),
    ),
    row(
        "提供[不少於3,000個]",
        3000,
        "個",
        "个",
        "提供培训名额",
        "target",
        MN25,
        "at_least",
        "不少於",
    ),
    row("可獲[5,000澳門元]", 5000, "澳門元", MOP, "津贴", "other", notes=PER_HEAD),
    row(
        "維持在[約四比一]",
        4,
        None,
        None,
        "本地居民与外地雇员的比例",
        "share",
        MN25,
        "about",
        "約",
        notes="borderline: a ratio written 四比一",
        borderline=True,
    ),
    row(
        "總額[不超過20億澳門元]",
        20,
        "億澳門元",
        MOP,
        "提供免息贷款",
        "target",
        MN25,
        "at_most",
        "不超過",
    ),
    row(
        "最高可獲[60萬澳門元]",
        60,
        "萬澳門元",
        MOP,
        "每间企业",
        "target",
        MN25,
        "at_most",
        "最高",
    ),
]

# h12: provincial 15th five-year-plan outline (Guizhou), January 2026, scanned: Chinese-numeral
# amounts, ranges, per-unit values, numbers broken over lines, a repeated page header
G14 = P('"十四五"时期', "2021-01-01", "2025-12-31")
G5Y = P("五年", "2021-01-01", "2025-12-31")  # 五年累计, in the 十四五 review
G15 = P('"十五五"时期', "2026-01-01", "2030-12-31")
G30 = P("到2030年", "2030-01-01", "2030-12-31")
GN = {"notes": "a yearly average or total over the plan: the plan's period"}
LABELS["h12_guizhou_15th_plan_outline_2026_ocr.txt"] = [
    row(
        "突破[二万三\n千亿元]",
        23000,
        "亿元",
        "元",
        "地区生产总值",
        "actual",
        G14,
        "break_through",
        "突破",
        notes="the number is broken over two lines",
    ),
    row("年均增长[5.6%左右]", 5.6, "%", "%", "地区生产总值", "growth_rate", G14, "about", "左右"),
    row(
        "生产总值[达到5.9万元]",
        5.9,
        "万元",
        "元",
        "人均地区生产总值",
        "actual",
        G14,
        "reach",
        "达到",
    ),
    row(
        "固定资产投资[七万二千亿元]",
        72000,
        "亿元",
        "元",
        "完成固定资产投资",
        "count_total",
        G5Y,
        notes="五年累计: a cumulative total; relabelled from actual after scoring",
    ),
    row("通车里程[一千二百公里]", 1200, "公里", "公里", "新增高速公路通车里程", "actual", G5Y),
    row(
        "总里程[达到九千三百公里]",
        9300,
        "公里",
        "公里",
        "高速公路总里程",
        "count_total",
        G5Y,
        "reach",
        "达到",
    ),
    row(
        "累计[达到三百八十万人]",
        380,
        "万人",
        "人",
        "城镇新增就业",
        "count_total",
        G5Y,
        "reach",
        "达到",
    ),
    row("提高到[５８．６％]", 58.6, "%", "%", "常住人口城镇化率", "share", G5Y),
    row("年均增长[8.9%]", 8.9, "%", "%", "脱贫地区农村居民人均可支配收入", "growth_rate", G5Y),
    row(
        "农村居民[1.2个百分点]",
        1.2,
        "个百分点",
        "百分点",
        "脱贫地区农村居民人均可支配收入增速",
        "other",
        G5Y,
        notes="gap to the province's rural residents",
    ),
    row(
        "水平的[六成左右]",
        60,
        "成",
        "%",
        "人均地区生产总值",
        "share",
        NONE,
        "about",
        "左右",
        notes="a level as a share of the national average",
    ),
    row("年均增长[5%—6%]", 5, "%", "%", "地区生产总值", "target", G15, high=6),
    row(
        "总量[达到三万亿元以上]",
        3,
        "万亿元",
        "元",
        "地区生产总值",
        "target",
        G30,
        "at_least",
        "达到…以上",
    ),
    row(
        "达到[8万元/人左右]",
        8,
        "万元/人",
        "元/人",
        "人均地区生产总值",
        "target",
        G30,
        "about",
        "左右",
    ),
    row(
        "年均增长[12%以上]",
        12,
        "%",
        "%",
        "全社会研发经费投入",
        "target",
        G15,
        "at_least",
        "以上",
        **GN,
    ),
    row("强度提高到[1.8%]", 1.8, "%", "%", "研发投入强度", "target", G30),
    row(
        "比重[达到50%]",
        50,
        "%",
        "%",
        "数字经济增加值占地区生产总值比重",
        "target",
        G30,
        "reach",
        "达到",
    ),
    row(
        "提高[3-5个百分点]",
        3,
        "个百分点",
        "百分点",
        "常住人口城镇化率",
        "target",
        G15,
        high=5,
    ),
    row(
        "城镇居民[1个百分点以上]",
        1,
        "个百分点",
        "百分点",
        "农村居民人均可支配收入增速",
        "target",
        G15,
        "at_least",
        "以上",
    ),
    row("稳定在[63%以上]", 63, "%", "%", "森林覆盖率", "target", G15, "at_least", "以上"),
    row(
        "保持在[98%以上]",
        98,
        "%",
        "%",
        "中心城市空气质量优良天数比率",
        "target",
        G15,
        "at_least",
        "以上",
    ),
    row("能耗下降[１３．５％]", -13.5, "%", "%", "单位地区生产总值能耗", "target", G15),
    row(
        "控制在[45吨/万元以内]",
        45,
        "吨/万元",
        "吨/万元",
        "单位地区生产总值用水量",
        "target",
        G15,
        "at_most",
        "以内",
    ),
    row(
        "每年[三十五万人以上]",
        35,
        "万人",
        "人",
        "城镇新增就业",
        "target",
        G15,
        "at_least",
        "以上",
    ),
    row("控制在[5.5%以内]", 5.5, "%", "%", "城镇调查失业率", "target", G15, "at_most", "以内"),
    row(
        "医师[达到3.8人]",
        3.8,
        "人",
        "人",
        "每千人口拥有执业（助理）医师",
        "target",
        G15,
        "reach",
        "达到",
    ),
    row(
        "托位数[达到4.5个]",
        4.5,
        "个",
        "个",
        "每千人口拥有3岁以下婴幼儿托位数",
        "target",
        G15,
        "reach",
        "达到",
    ),
    row(
        "年限[达到11.2年]",
        11.2,
        "年",
        "年",
        "劳动年龄人口平均受教育年限",
        "target",
        G15,
        "reach",
        "达到",
    ),
    row("提高到[7\n7.5岁]", 77.5, "岁", "岁", "人均预期寿命", "target", G15),
    row(
        "突破[二千五百亿元]",
        2500,
        "亿元",
        "元",
        "白酒产业营业收入",
        "target",
        G30,
        "break_through",
        "突破",
    ),
    row(
        "规模[达到五千亿元]",
        5000,
        "亿元",
        "元",
        "新能源电池及材料产业规模",
        "target",
        G30,
        "reach",
        "达到",
    ),
    row(
        "年均增长[15%左右]",
        15,
        "%",
        "%",
        "大数据电子信息产业规模",
        "target",
        G15,
        "about",
        "左右",
        **GN,
    ),
    row(
        "推动[三千家以上]",
        3000,
        "家",
        "家",
        "规模以上工业企业完成数字化改造",
        "target",
        G15,
        "at_least",
        "以上",
        **GN,
    ),
    row(
        "数字化车间[1.5万—2万个]",
        1.5,
        "万个",
        "个",
        "建设数字化车间",
        "target",
        G15,
        high=2,
        **GN,
    ),
    row("人才[两万余人]", 2, "万人", "人", "引进高层次人才", "target", G15, "plus", "余", **GN),
    row("技能人才[二十万人]", 20, "万人", "人", "新增技能人才", "target", G15, **GN),
    row(
        "稳定在[四千二百万亩以上]",
        4200,
        "万亩",
        "亩",
        "粮食播种面积",
        "target",
        G15,
        "at_least",
        "以上",
    ),
    row("保持在[1100万吨左右]", 1100, "万吨", "吨", "粮食产量", "target", G15, "about", "左右"),
    row(
        "高标准农田[二百万亩]",
        200,
        "万亩",
        "亩",
        "新建和改造提升高标准农田",
        "target",
        P("五年", "2026-01-01", "2030-12-31"),
    ),
    row("稳定在[700万亩左右]", 700, "万亩", "亩", "茶园面积", "target", G15, "about", "左右"),
    row("普及率[达到92%]", 92, "%", "%", "农村自来水普及率", "target", G15, "reach", "达到"),
    row("铁路[１２００公里]", 1200, "公里", "公里", "新开工建设铁路", "target", G15, **GN),
    row("农村公路[一万五千公里]", 15000, "公里", "公里", "新改建农村公路", "target", G15, **GN),
    row("5G基站[3万—4万个]", 3, "万个", "个", "新建5G基站", "target", G15, high=4, **GN),
    row(
        "装机容量[达到1.2亿千瓦]",
        1.2,
        "亿千瓦",
        "千瓦",
        "电力总装机容量",
        "target",
        G30,
        "reach",
        "达到",
    ),
    row("提高到[50%以上]", 50, "%", "%", "新能源装机占比", "target", G30, "at_least", "以上"),
    row(
        "规模[达到1000万千瓦]",
        1000,
        "万千瓦",
        "千瓦",
        "新型储能装机规模",
        "target",
        G30,
        "reach",
        "达到",
    ),
]


# ---------------------------------------------------------------------------------------------
# Round 4, added after the extractor had been improved on h01–h12 and labelled before it was run
# on them: a municipal budget report with a tab-separated table (h13), a provincial quarter's
# economy news scraped from a portal, with CPI, 环比, -3.2%, 翻一番, 破千亿, 三分之一 and a subject
# named only in the sentence before (h14), a county's rural-revitalisation implementation plan with
# a numbered goal list, unit-less ratios, 年 as a unit and a tab-separated indicator table (h15).


def tab_cell(file: str, head: str, number: str) -> str:
    """Anchor for one cell of a tab-separated table: the line whose first cell is ``head``."""
    lines = [
        line
        for line in (HERE / file).read_text(encoding="utf-8").splitlines()
        if line.split("\t")[0] == head
    ]
    assert len(lines) == 1, (file, head, len(lines))
    cells = lines[0].split("\t")
    assert cells.count(number) == 1, (file, head, number)
    return "\t".join(f"[{c}]" if c == number else c for c in cells)


# h13: municipal budget report (Shaoxing), January 2025: 2024 execution, 2025 draft, a table
SX = "h13_shaoxing_budget_report_2025.txt"
S24 = P("2024年", "2024-01-01", "2024-12-31")  # the heading 2024年预算执行情况
S24E = P("年末", "2024-12-31", "2024-12-31")
S25 = P("2025年", "2025-01-01", "2025-12-31")
SY = "亿元"


def sx(anchor, value, indicator, kind="actual", period=S24, **kw):
    return row(anchor, value, SY, "元", indicator, kind, period, **kw)


def sg(anchor, value, indicator, kind="growth_rate", period=S24, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def scell(head, number, value, unit_raw, unit, kind, period, **kw):
    return row(tab_cell(SX, head, number), value, unit_raw, unit, head, kind, period, **kw)


LABELS[SX] = [
    sx("一般公共预算收入完成[682.4亿元]", 682.4, "一般公共预算收入"),
    sg("为预算的[102.3%]", 102.3, "一般公共预算收入", "share"),
    sg("比上年增长[3.6%]", 3.6, "一般公共预算收入"),
    sx("税收收入[528.7亿元]", 528.7, "税收收入"),
    sg("下降[1.2%]，占", -1.2, "税收收入"),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    sg("占一般公共预算收入的[77.5%]", 77.5, "税收收入占一般公共预算收入", "share"),
    sx("一般公共预算支出完成[905.6亿元]", 905.6, "一般公共预算支出"),
    sg("为调整预算的[98.7%]", 98.7, "一般公共预算支出", "share"),
    sg("增长[4.1%]。民生", 4.1, "一般公共预算支出"),
    sx("民生支出[693.2亿元]", 693.2, "民生支出"),
    sg(
        "比重[达到76.5%]",
        76.5,
        "民生支出占一般公共预算支出的比重",
        "share",
        qual="reach",
        qtext="达到",
    ),
    sx("市级一般公共预算收入完成[142.8亿元]", 142.8, "市级一般公共预算收入"),
    sg("为预算的[100.6%]", 100.6, "市级一般公共预算收入", "share"),
    sg("增长[2.9%]。加上", 2.9, "市级一般公共预算收入"),
    sx("收入总计[268.5亿元]", 268.5, "收入总计"),
    sx("市级一般公共预算支出完成[196.3亿元]", 196.3, "市级一般公共预算支出"),
    sg("增长[5.2%]。收支", 5.2, "市级一般公共预算支出"),
    sx(
        "结转结余[3.1亿元]",
        3.1,
        "结转结余",
        "count_total",
        P("年终", "2024-12-31", "2024-12-31"),
    ),
    sx("教育支出[178.4亿元]", 178.4, "教育支出"),
    sg("增长[6.3%]", 6.3, "教育支出"),
    sx("社会保障和就业支出[121.9亿元]", 121.9, "社会保障和就业支出"),
    sg("增长[8.7%]", 8.7, "社会保障和就业支出"),
    sx("卫生健康支出[84.2亿元]", 84.2, "卫生健康支出"),
    sg("增长[3.5%]", 3.5, "卫生健康支出"),
    sx("科学技术支出[52.6亿元]", 52.6, "科学技术支出"),
    sg("增长[12.4%]", 12.4, "科学技术支出"),
    sx("城乡社区支出[96.7亿元]", 96.7, "城乡社区支出"),
    sg("下降[7.8%]", -7.8, "城乡社区支出"),
    sx("政府性基金预算收入完成[415.2亿元]", 415.2, "政府性基金预算收入"),
    sg("为预算的[86.4%]", 86.4, "政府性基金预算收入", "share"),
    sg("下降[18.6%]", -18.6, "政府性基金预算收入"),
    sx("出让收入[378.9亿元]", 378.9, "国有土地使用权出让收入"),
    sg("下降[21.3%]", -21.3, "国有土地使用权出让收入"),
    sx("政府性基金预算支出完成[520.4亿元]", 520.4, "政府性基金预算支出"),
    sg("下降[9.5%]", -9.5, "政府性基金预算支出"),
    sx("经营预算收入完成[6.82亿元]", 6.82, "国有资本经营预算收入"),
    sg("为预算的[113.7%]", 113.7, "国有资本经营预算收入", "share"),
    sg("增长[24.5%]", 24.5, "国有资本经营预算收入"),
    sx("经营预算支出[3.96亿元]", 3.96, "国有资本经营预算支出"),
    sx("调入一般公共预算[2.05亿元]", 2.05, "调入一般公共预算"),
    sx("社会保险基金收入完成[386.1亿元]", 386.1, "社会保险基金收入"),
    sx("支出[352.7亿元]", 352.7, "支出"),
    sx("当年结余[33.4亿元]", 33.4, "结余", period=P("当年", "2024-01-01", "2024-12-31")),
    sx("滚存结余[412.8亿元]", 412.8, "滚存结余", "count_total", S24E),
    sx("债券额度[236亿元]", 236, "新增政府债券额度"),
    sx("一般债券[18亿元]", 18, "一般债券"),
    sx("专项债券[218亿元]", 218, "专项债券"),
    row("项目[312个]", 312, "个", "个", "重点支持项目", "actual", S24),
    sx(
        "债务余额[2156.3亿元]",
        2156.3,
        "政府债务余额",
        "count_total",
        P("截至2024年末", "2024-12-31", "2024-12-31"),
    ),
    sx(
        "退税缓费[89.6亿元]",
        89.6,
        "新增减税降费及退税缓费",
        period=P("全年", "2024-01-01", "2024-12-31"),
    ),
    row(
        "经营主体[超过12万户]",
        12,
        "万户",
        "户",
        "惠及经营主体",
        "actual",
        P("全年", "2024-01-01", "2024-12-31"),
        "over",
        "超过",
    ),
    sx(
        "专项资金[30亿元]", 30, "安排科技创新专项资金", period=P("全年", "2024-01-01", "2024-12-31")
    ),
    row(
        "研发项目[1200余项]",
        1200,
        "项",
        "项",
        "支持企业研发项目",
        "actual",
        P("全年", "2024-01-01", "2024-12-31"),
        "plus",
        "余",
    ),
    sx(
        "政策资金[46.5亿元]", 46.5, "兑现惠企政策资金", period=P("全年", "2024-01-01", "2024-12-31")
    ),
    row("由[15天]", 15, "天", "天", "平均兑付时间", "actual", notes="the level before the cut"),
    row(
        "压减至[5天]",
        5,
        "天",
        "天",
        "平均兑付时间",
        "actual",
        P("全年", "2024-01-01", "2024-12-31"),
    ),
    sx(
        "经费支出[0.68亿元]",
        0.68,
        "市本级三公经费支出",
        period=P("全年", "2024-01-01", "2024-12-31"),
    ),
    sg("下降[6.9%]", -6.9, "市本级三公经费支出", period=P("全年", "2024-01-01", "2024-12-31")),
    # 2025 draft
    sg("预期增长[3%左右]", 3, "一般公共预算收入", "target", S25, qual="about", qtext="左右"),
    sx("安排[702.9亿元]", 702.9, "一般公共预算收入", "target", S25),
    sx("支出安排[920.0亿元]", 920.0, "一般公共预算支出", "target", S25),
    sg("增长[1.6%]。市级", 1.6, "一般公共预算支出", "target", S25),
    sx("收入安排[146.5亿元]", 146.5, "市级一般公共预算收入", "target", S25),
    sg("增长[2.6%]", 2.6, "市级一般公共预算收入", "target", S25),
    sx("支出安排[201.2亿元]", 201.2, "市级一般公共预算支出", "target", S25),
    sx("收入安排[398.0亿元]", 398.0, "政府性基金预算收入", "target", S25),
    sg("下降[4.1%]", -4.1, "政府性基金预算收入", "target", S25),
    sx("支出安排[486.5亿元]", 486.5, "支出", "target", S25),
    sg("支出的[2%]设置", 2, "市级预备费", "target", S25),
    sx("安排[4.0亿元]", 4.0, "市级预备费", "target", S25),
    sg("压减[10%以上]", -10, "一般性支出", "target", S25, qual="at_least", qtext="以上"),
    # the table (单位：亿元 in its title; columns 2024年执行数, 2025年预算数, 增长%)
    scell("一般公共预算收入", "682.4", 682.4, SY, "元", "actual", S24),
    scell("一般公共预算收入", "702.9", 702.9, SY, "元", "target", S25),
    scell("一般公共预算收入", "3.0", 3.0, "%", "%", "target", S25),
    scell("税收收入", "528.7", 528.7, SY, "元", "actual", S24),
    scell("税收收入", "547.2", 547.2, SY, "元", "target", S25),
    scell("税收收入", "3.5", 3.5, "%", "%", "target", S25),
    scell("非税收入", "153.7", 153.7, SY, "元", "actual", S24),
    scell("非税收入", "155.7", 155.7, SY, "元", "target", S25),
    scell("非税收入", "1.3", 1.3, "%", "%", "target", S25),
    scell("一般公共预算支出", "905.6", 905.6, SY, "元", "actual", S24),
    scell("一般公共预算支出", "920.0", 920.0, SY, "元", "target", S25),
    scell("一般公共预算支出", "1.6", 1.6, "%", "%", "target", S25),
    sx("发展资金[45亿元]", 45, "统筹安排产业发展资金", "target", S25),
    sx(
        "债券额度[200亿元以上]",
        200,
        "新增专项债券额度",
        "target",
        P("全年", "2025-01-01", "2025-12-31"),
        qual="at_least",
        qtext="以上",
    ),
    sg("占比保持在[70%以上]", 70, "县级三保支出占比", "target", S25, qual="at_least", qtext="以上"),
]

# h14: provincial news on the first quarter's economy (Henan), April 2025, scraped from a portal
HQ1 = P("一季度", "2025-01-01", "2025-03-31")
HM3 = P("3月份", "2025-03-01", "2025-03-31")
HT = P("今年", "2025-01-01", "2025-12-31")


def hq(anchor, value, unit_raw, unit, indicator, kind="actual", period=HQ1, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def hg(anchor, value, indicator, period=HQ1, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def hpp(anchor, value, indicator, kind="growth_rate", period=HQ1, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


HK = "h14_henan_q1_economy_news_2025.txt"
LABELS[HK] = [
    hq("地区生产总值[15236.8亿元]", 15236.8, "亿元", "元", "地区生产总值"),
    hg("同比增长[5.6%]，增速", 5.6, "地区生产总值"),
    hpp("同期提高[0.4个百分点]", 0.4, "地区生产总值增速", notes="比上年同期 is the base"),
    hpp("高于全国[0.2个百分点]", 0.2, "地区生产总值增速", "other", notes="gap to the nation"),
    hq("第一产业增加值[1098.5亿元]", 1098.5, "亿元", "元", "第一产业增加值"),
    hg("同比增长[3.9%]", 3.9, "第一产业增加值"),
    hq("第二产业增加值[5842.1亿元]", 5842.1, "亿元", "元", "第二产业增加值"),
    hg("增长[6.8%]", 6.8, "第二产业增加值"),
    hq("第三产业增加值[8296.2亿元]", 8296.2, "亿元", "元", "第三产业增加值"),
    hg("增长[5.0%]", 5.0, "第三产业增加值"),
    hq("播种面积[8550万亩]", 8550, "万亩", "亩", "小麦播种面积", period=HT),
    hq("比例[达到89.6%]", 89.6, "%", "%", "一类苗比例", "share", HT, qual="reach", qtext="达到"),
    hq("禽肉产量[178.5万吨]", 178.5, "万吨", "吨", "猪牛羊禽肉产量"),
    hg("增长[2.2%]", 2.2, "猪牛羊禽肉产量"),
    hg("营业收入增长[7.2%]", 7.2, "规模以上服务业营业收入"),
    hg("服务业增长[12.9%]", 12.9, "信息传输、软件和信息技术服务业"),
    hq("吞吐量[823.6万人次]", 823.6, "万人次", "人次", "民航旅客吞吐量"),
    hg("增长[15.1%]", 15.1, "民航旅客吞吐量"),
    hq("业务量[18.6亿件]", 18.6, "亿件", "件", "快递业务量"),
    hg("增长[21.4%]", 21.4, "快递业务量"),
    hg("工业增加值同比增长[8.2%]", 8.2, "规模以上工业增加值"),
    hg("3月份增长[9.1%]", 9.1, "规模以上工业增加值", HM3),
    hg("环比增长[0.86%]", 0.86, "规模以上工业增加值", HM3, notes="month on month"),
    hq("汽车产量[31.2万辆]", 31.2, "万辆", "辆", "新能源汽车产量"),
    hq(
        "同比[翻一番]",
        1,
        "番",
        "番",
        "新能源汽车产量",
        "growth_rate",
        notes="doubled: one doubling, value as written",
    ),
    hg("分别增长[46.7%]", 46.7, "锂离子电池产量",
       notes="session 25: the items of a 分别 list share the head after them"),
    hg("和[38.5%]", 38.5, "工业机器人产量"),
    hq("比重为[14.8%]", 14.8, "%", "%", "高技术制造业增加值占规上工业的比重", "share"),
    hpp("同期提高[1.3个百分点]", 1.3, "高技术制造业增加值占规上工业的比重"),
    hg("同比增长[-3.2%]", -3.2, "固定资产投资"),
    hpp(
        "收窄[1.5个百分点]",
        -1.5,
        "固定资产投资降幅",
        notes="a narrowing of the decline; 比1—2月 is the base",
    ),
    hg("工业投资增长[18.4%]", 18.4, "工业投资"),
    hq(
        "比重[超过三分之一]",
        100 / 3,
        "分之",
        "%",
        "工业投资占全部投资的比重",
        "share",
        qual="over",
        qtext="超过",
        notes="a fraction is a percentage (as 百分之): relabelled after the blind round",
    ),
    hg("基础设施投资增长[2.6%]", 2.6, "基础设施投资"),
    hg("开发投资下降[11.7%]", -11.7, "房地产开发投资"),
    hq("销售面积[1268.3万平方米]", 1268.3, "万平方米", "平方米", "商品房销售面积"),
    hg("下降[6.5%]", -6.5, "商品房销售面积"),
    hq("零售总额[6987.4亿元]", 6987.4, "亿元", "元", "社会消费品零售总额"),
    hg("同比增长[6.1%]。以旧换新", 6.1, "社会消费品零售总额"),
    hg("音像器材类零售额增长[32.4%]", 32.4, "限额以上单位家用电器和音像器材类零售额"),
    hg("通讯器材类增长[27.9%]", 27.9, "通讯器材类"),
    hq(
        "零售额[破千亿元]",
        1000,
        "亿元",
        "元",
        "网上零售额",
        qual="break_through",
        qtext="破",
        notes="千 written as the number",
    ),
    hq("达[1052.6亿元]", 1052.6, "亿元", "元", "网上零售额", qual="reach", qtext="达"),
    hg("增长[9.8%]", 9.8, "网上零售额"),
    hg("同比下降[0.2%]", -0.2, "居民消费价格", HM3),
    hg("环比下降[0.5%]", -0.5, "居民消费价格", HM3),
    hg("同比上涨[0.1%]", 0.1, "CPI"),
    hpp("回落[0.4个百分点]", -0.4, "CPI涨幅"),
    hg("食品价格下降[1.8%]", -1.8, "食品价格"),
    hg("非食品价格上涨[0.5%]", 0.5, "非食品价格"),
    hg("同比下降[2.1%]", -2.1, "工业生产者出厂价格"),
    hq("进出口总值[2012.6亿元]", 2012.6, "亿元", "元", "进出口总值"),
    hg("增长[12.3%]", 12.3, "进出口总值"),
    hq("出口[1286.9亿元]", 1286.9, "亿元", "元", "出口"),
    hg("增长[15.6%]", 15.6, "出口"),
    hq("进口[725.7亿元]", 725.7, "亿元", "元", "进口"),
    hg("增长[6.9%]", 6.9, "进口"),
    hq(
        "出口总值的[近五成]",
        50,
        "成",
        "%",
        "手机出口占全省出口总值",
        "share",
        qual="nearly",
        qtext="近",
    ),
    hq("可支配收入[8376元]", 8376, "元", "元", "居民人均可支配收入"),
    hg("同比增长[5.4%]", 5.4, "居民人均可支配收入"),
    hq("可支配收入[11452元]", 11452, "元", "元", "城镇居民人均可支配收入"),
    hg("增长[4.5%]", 4.5, "城镇居民人均可支配收入"),
    hq("可支配收入[5824元]", 5824, "元", "元", "农村居民人均可支配收入"),
    hg("增长[6.3%]", 6.3, "农村居民人均可支配收入"),
    hpp(
        "快于城镇居民[1.8个百分点]",
        1.8,
        "农村居民人均可支配收入增速",
        "other",
        notes="gap to the urban rate",
    ),
    hq(
        "失业率为[5.3%]",
        5.3,
        "%",
        "%",
        "城镇调查失业率",
        "share",
        P("3月末", "2025-03-31", "2025-03-31"),
    ),
    hpp(
        "上月末下降[0.2个百分点]",
        -0.2,
        "城镇调查失业率",
        period=P("3月末", "2025-03-31", "2025-03-31"),
    ),
    hq(
        "地区生产总值[3468.2亿元]",
        3468.2,
        "亿元",
        "元",
        "地区生产总值",
        subject="郑州",
        notes="该市: the subject is named in the sentence before",
    ),
    hg("同比增长[6.1%]，规模", 6.1, "地区生产总值", subject="郑州"),
    hg("增加值增长[10.5%]", 10.5, "规模以上工业增加值", subject="郑州"),
    hq("地区生产总值[1426.5亿元]", 1426.5, "亿元", "元", "地区生产总值", subject="洛阳"),
    hg("增长[5.8%]", 5.8, "地区生产总值", subject="洛阳"),
    row(
        "保持在[5.5%以上]",
        5.5,
        "%",
        "%",
        "经济增速",
        "target",
        P("上半年", "2025-01-01", "2025-06-30"),
        "at_least",
        "以上",
    ),
    row(
        "聚焦[20条]惠企举措",
        20,
        "条",
        "条",
        "惠企举措",
        "other",
        notes="borderline: a count of measures under a scope verb (other, by the seeds' rules), "
        "but in a related-reading link of the page's furniture; added after the blind round",
        borderline=True,
    ),
    row(
        "全年[5.5%左右]",
        5.5,
        "%",
        "%",
        "增长目标",
        "target",
        P("全年", "2025-01-01", "2025-12-31"),
        "about",
        "左右",
    ),
]

# h15: a county's rural-revitalisation implementation plan (Youxian), December 2025, for
# 2026–2028: the base (2024), a numbered goal list, an indicator table separated by tabs, tasks
YX = "h15_youxian_rural_revitalization_plan_2026.txt"
Y20 = P("2020年", "2020-01-01", "2020-12-31")
Y24 = P("2024年", "2024-01-01", "2024-12-31")
YE24 = P("截至2024年底", "2024-12-31", "2024-12-31")
YPLAN = P("2026—2028年", "2026-01-01", "2028-12-31")  # undated goals: the plan's years
Y28 = P("到2028年", "2028-01-01", "2028-12-31")
Y26 = P("全年", "2026-01-01", "2026-12-31")  # 全年 of 明年 (the plan's first year)
YN = {"notes": "a yearly flow or total over the plan: the plan's period"}


def yt(anchor, value, unit_raw, unit, indicator, period=YPLAN, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


def ycell(head, number, value, unit_raw, unit, kind, period, **kw):
    return row(tab_cell(YX, head, number), value, unit_raw, unit, head, kind, period, **kw)


LABELS[YX] = [
    row(
        "稳定在[80万亩以上]",
        80,
        "万亩",
        "亩",
        "粮食播种面积",
        "actual",
        P('"十四五"以来', "2021-01-01", "2025-12-08"),
        "at_least",
        "以上",
        notes="borderline: the floor of a streak (稳定在…以上 over the years)",
        borderline=True,
    ),
    row("总产量[达到38.6万吨]", 38.6, "万吨", "吨", "粮食总产量", "actual", Y24, "reach", "达到"),
    row("2020年的[21850元]", 21850, "元", "元", "农村居民人均可支配收入", "actual", Y20),
    row("2024年的[28960元]", 28960, "元", "元", "农村居民人均可支配收入", "actual", Y24),
    row(
        "年均增长[7.3%]",
        7.3,
        "%",
        "%",
        "农村居民人均可支配收入",
        "growth_rate",
        # a yearly average runs from the year after the base (README: plan tables, h07)
        P("由2020年…到2024年", "2021-01-01", "2024-12-31"),
    ),
    row("收入比为[2.05]", 2.05, None, None, "城乡居民收入比", "share", Y24),
    row(
        "缩小[0.16]",
        -0.16,
        None,
        None,
        "城乡居民收入比",
        "growth_rate",
        Y24,
        notes="a narrowing is a decline; 比2020年 is the base",
    ),
    row("系数为[29.8%]", 29.8, "%", "%", "农村居民恩格尔系数", "share", Y24),
    row("高标准农田[42.5万亩]", 42.5, "万亩", "亩", "建成高标准农田", "count_total", YE24),
    row(
        "机械化率[达到78.5%]",
        78.5,
        "%",
        "%",
        "农作物耕种收综合机械化率",
        "share",
        YE24,
        "reach",
        "达到",
    ),
    # the goal list (二、主要目标): undated goals take the plan's years
    yt("稳定在[81万亩以上]", 81, "万亩", "亩", "粮食播种面积", qual="at_least", qtext="以上"),
    yt("稳定在[39万吨以上]", 39, "万吨", "吨", "粮食总产量", qual="at_least", qtext="以上"),
    yt("高标准农田[12万亩]", 12, "万亩", "亩", "新建和改造提升高标准农田", **YN),
    yt(
        "比例[不低于75%]",
        75,
        "%",
        "%",
        "高标准农田占耕地面积比例",
        Y28,
        qual="at_least",
        qtext="不低于",
    ),
    yt(
        "之比[达到2.8:1]",
        2.8,
        None,
        None,
        "农产品加工业产值与农业总产值之比",
        qual="reach",
        qtext="达到",
        notes="a ratio written with a colon: the value of the ratio",
    ),
    yt("转化率[达到72%]", 72, "%", "%", "农产品加工转化率", qual="reach", qtext="达到"),
    yt(
        "龙头企业[达到65家以上]",
        65,
        "家",
        "家",
        "县级以上农业产业化龙头企业",
        qual="at_least",
        qtext="达到…以上",
    ),
    yt(
        "年产值[超10亿元]",
        10,
        "亿元",
        "元",
        "年产值",
        qual="over",
        qtext="超",
        notes="borderline: a threshold that defines the counted class",
        borderline=True,
    ),
    yt("产业集群[3个]", 3, "个", "个", "培育优势特色产业集群"),
    yt("示范村[20个]", 20, "个", "个", "打造一村一品示范村"),
    yt(
        "游客[突破800万人次]",
        800,
        "万人次",
        "人次",
        "乡村休闲旅游年接待游客",
        qual="break_through",
        qtext="突破",
    ),
    yt(
        "年均增长[6.5%以上]", 6.5, "%", "%", "农村居民人均可支配收入", qual="at_least", qtext="以上"
    ),
    yt(
        "达到[3.7万元左右]",
        3.7,
        "万元",
        "元",
        "农村居民人均可支配收入",
        Y28,
        qual="about",
        qtext="达到…左右",
    ),
    yt("缩小到[1.95以内]", 1.95, None, None, "城乡居民收入比", Y28, qual="at_most", qtext="以内"),
    yt("下降到[28%以下]", 28, "%", "%", "农村居民恩格尔系数", Y28, qual="at_most", qtext="以下"),
    yt("普及率[达到95%]", 95, "%", "%", "农村自来水普及率", qual="reach", qtext="达到"),
    yt("稳定在[98%以上]", 98, "%", "%", "农村卫生厕所普及率", qual="at_least", qtext="以上"),
    yt("覆盖率[达到100%]", 100, "%", "%", "行政村5G网络覆盖率", qual="reach", qtext="达到"),
    yt(
        "硬化路比例[达到100%]",
        100,
        "%",
        "%",
        "具备条件的自然村通硬化路比例",
        qual="reach",
        qtext="达到",
    ),
    yt("达标率保持[100%]", 100, "%", "%", "地表水国考断面水质达标率"),
    yt(
        "控制在[32微克/立方米以内]",
        32,
        "微克/立方米",
        "微克/立方米",
        "PM2.5年均浓度",
        qual="at_most",
        qtext="以内",
    ),
    yt(
        "年限[达到10.6年]", 10.6, "年", "年", "农村劳动力平均受教育年限", qual="reach", qtext="达到"
    ),
    yt(
        "高素质农民[500人以上]",
        500,
        "人",
        "人",
        "培育高素质农民",
        qual="at_least",
        qtext="以上",
        **YN,
    ),
    yt("创业人员[1200人]", 1200, "人", "人", "引导返乡入乡创业人员", **YN),
    yt(
        "床位数[达到1.8张]",
        1.8,
        "张",
        "张",
        "乡镇卫生院每千服务人口床位数",
        qual="reach",
        qtext="达到",
    ),
    # the indicator table: 单位 column; 2024年基期值 (realised), 2028年目标值 (targets)
    ycell("粮食总产量", "38.6", 38.6, "万吨", "吨", "actual", Y24),
    ycell(
        "粮食总产量",
        "39以上",
        39,
        "万吨",
        "吨",
        "target",
        P("2028年", "2028-01-01", "2028-12-31"),
        qual="at_least",
        qtext="以上",
    ),
    ycell("农村居民人均可支配收入", "28960", 28960, "元", "元", "actual", Y24),
    ycell(
        "农村居民人均可支配收入",
        "37000",
        37000,
        "元",
        "元",
        "target",
        P("2028年", "2028-01-01", "2028-12-31"),
    ),
    ycell("城乡居民收入比", "2.05", 2.05, None, None, "share", Y24),
    ycell(
        "城乡居民收入比",
        "1.95",
        1.95,
        None,
        None,
        "target",
        P("2028年", "2028-01-01", "2028-12-31"),
    ),
    ycell("农产品加工转化率", "68", 68, "%", "%", "share", Y24),
    ycell(
        "农产品加工转化率", "72", 72, "%", "%", "target", P("2028年", "2028-01-01", "2028-12-31")
    ),
    ycell("农村卫生厕所普及率", "96.2", 96.2, "%", "%", "share", Y24),
    ycell(
        "农村卫生厕所普及率", "98", 98, "%", "%", "target", P("2028年", "2028-01-01", "2028-12-31")
    ),
    # tasks: 明年 is the plan's first year; the 全年 after it is that year
    yt("全年新建高标准农田[4万亩]", 4, "万亩", "亩", "新建高标准农田", Y26),
    yt(
        "户厕改造[3000户以上]",
        3000,
        "户",
        "户",
        "农村户厕改造",
        Y26,
        qual="at_least",
        notes=DONE25,
        qtext="以上",
    ),
    yt("示范村[5个]", 5, "个", "个", "创建省级美丽乡村示范村", Y26),
    yt(
        "每年新建高标准农田[4万亩]",
        4,
        "万亩",
        "亩",
        "新建高标准农田",
        P("2027年、2028年", "2027-01-01", "2028-12-31"),
    ),
    yt("强度[达到2.5%]", 2.5, "%", "%", "农业企业研发投入强度", qual="reach", qtext="达到"),
    yt("科技园区[1个]", 1, "个", "个", "建设省级农业科技园区"),
    yt(
        "专项资金[不少于1.5亿元]",
        1.5,
        "亿元",
        "元",
        "安排乡村振兴专项资金",
        qual="at_least",
        qtext="不少于",
        **YN,
    ),
    yt(
        "达到[10%以上]",
        10,
        "%",
        "%",
        "土地出让收入用于农业农村比例",
        Y28,
        qual="at_least",
        qtext="达到…以上",
    ),
]


# ---------------------------------------------------------------------------------------------
# Round 5, added after the extractor had been improved on h01–h15 and labelled before it was run
# on them: a city 发改委 plan-execution report with a space-separated table whose columns are
# 2025年计划 / 2025年完成 / 2026年预期 (h16), a provincial statistics bureau's monthly release with
# 1-10月 and 10月份 side by side (h17), a Taiwanese DGBAS forecast release in Traditional script
# with Minguo years, 兆 amounts, 上修/下修 and a tab-separated table (h18).


def col_cell(file: str, head: str, col: int) -> str:
    """Anchor for the ``col``-th whitespace-separated cell (0 = the head) of the line whose first
    cell is ``head`` (for rows where the same number occurs twice)."""
    lines = [
        line
        for line in (HERE / file).read_text(encoding="utf-8").splitlines()
        if line.split() and line.split()[0] == head
    ]
    assert len(lines) == 1, (file, head, len(lines))
    s, e = [m.span() for m in re.finditer(r"\S+", lines[0])][col]
    return lines[0][:s] + "[" + lines[0][s:e] + "]" + lines[0][e:]


# h16: city plan-execution report (Jinan), January 2026: the 2025 review (heading 2025年…执行情况),
# the 十四五 review (五年来), 2026 targets, 十五五 per-year and cumulative goals, a table, and a
# section 2026年主要任务 whose 全年 / 年内 are 2026 targets.
JN = "h16_jinan_plan_execution_report_2026.txt"
J25 = P("2025年", "2025-01-01", "2025-12-31")  # the heading 一、2025年…计划执行情况
JF25 = P("全年", "2025-01-01", "2025-12-31")
J5 = P("五年来", "2021-01-01", "2025-12-31")
J5C = P("五年", "2021-01-01", "2025-12-31")  # 五年累计
J26 = P("2026年", "2026-01-01", "2026-12-31")
JF26 = P("全年", "2026-01-01", "2026-12-31")  # under the heading 三、2026年主要任务
JY26 = P("年内", "2026-01-01", "2026-12-31")
J15 = P('"十五五"时期', "2026-01-01", "2030-12-31")
JT = "2025年计划 / 2025年完成 / 2026年预期 columns"


def jx(anchor, value, unit_raw, unit, indicator, kind="actual", period=J25, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def jg(anchor, value, indicator, kind="growth_rate", period=J25, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def jcells(head, indicator, unit_raw, unit, values, actual_kind, sign=1):
    """The three value cells of a row: 2025年计划 (target), 2025年完成 (realised), 2026年预期."""
    out = []
    for col, (v, kind, period) in enumerate(
        zip(values, ("target", actual_kind, "target"), (J25, J25, J26), strict=True), start=2
    ):
        out.append(
            row(
                col_cell(JN, head, col),
                sign * v,
                unit_raw,
                unit,
                indicator,
                kind,
                P(("2025年", "2025年", "2026年")[col - 2], period[1], period[2]),
                notes=f"table cell ({JT})",
            )
        )
    return out


LABELS[JN] = [
    jx("生产总值[达到14280亿元]", 14280, "亿元", "元", "地区生产总值", qual="reach", qtext="达到"),
    jg("增长[5.6%]，高于预期", 5.6, "地区生产总值"),
    row(
        "高于预期目标[0.1个百分点]",
        0.1,
        "个百分点",
        "百分点",
        "地区生产总值增速",
        "other",
        J25,
        notes="gap to the year's target, not a change over time",
    ),
    jg("工业增加值增长[7.8%]", 7.8, "规模以上工业增加值"),
    row("高于全省[1.2个百分点]", 1.2, "个百分点", "百分点", "规模以上工业增加值增速", "other", J25),
    jx("预算收入完成[1086.5亿元]", 1086.5, "亿元", "元", "一般公共预算收入"),
    jg("增长[4.2%]，完成", 4.2, "一般公共预算收入"),
    jg("完成年度计划的[103%]", 103, "一般公共预算收入", "share"),
    jx("零售总额[6015亿元]", 6015, "亿元", "元", "社会消费品零售总额"),
    jg("增长[5.1%]。固定", 5.1, "社会消费品零售总额"),
    jg("固定资产投资增长[3.5%]", 3.5, "固定资产投资"),
    jx("重点项目[820个]", 820, "个", "个", "实施市级重点项目", period=JF25),
    jx("完成投资[2350亿元]", 2350, "亿元", "元", "完成投资", period=JF25),
    jg("完成年度计划的[108.5%]", 108.5, "完成投资", "share", JF25),
    jx("产业项目[316个]", 316, "个", "个", "新开工亿元以上产业项目", period=JF25),
    jx("城镇新增就业[17.3万人]", 17.3, "万人", "人", "城镇新增就业"),
    jg("完成年度计划的[115%]", 115, "城镇新增就业", "share"),
    jg("失业率控制在[5%以内]", 5, "城镇调查失业率", "share", qual="at_most", qtext="以内"),
    jx("幼儿园[46所]", 46, "所", "所", "新建改扩建中小学、幼儿园"),
    jx("新增学位[5.2万个]", 5.2, "万个", "个", "新增学位"),
    jx("可支配收入[53680元]", 53680, "元", "元", "居民人均可支配收入"),
    jg("53680元，增长[5.0%]", 5.0, "居民人均可支配收入"),
    jg("年均增长[5.9%]", 5.9, "地区生产总值", period=J5, notes="per year over 2021-2025"),
    jx(
        "新增城镇就业[82万人]",
        82,
        "万人",
        "人",
        "新增城镇就业",
        "count_total",
        J5C,
        notes="cumulative over 2021-2025",
    ),
    jg("完成规划目标的[117%]", 117, "新增城镇就业", "share", J5C),
    jx(
        "累计完成固定资产投资[2.9万亿元]",
        2.9,
        "万亿元",
        "元",
        "完成固定资产投资",
        "count_total",
        J5C,
    ),
    jg("五年累计下降[15.2%]", -15.2, "单位地区生产总值能耗", period=J5C),
    jg(
        "地区生产总值增长[5.5%左右]", 5.5, "地区生产总值", "target", J26, qual="about", qtext="左右"
    ),
    jg("预算收入增长[4%]；", 4, "一般公共预算收入", "target", J26),
    jg(
        "工业增加值增长[7%以上]",
        7,
        "规模以上工业增加值",
        "target",
        J26,
        qual="at_least",
        qtext="以上",
    ),
    jx(
        "城镇新增就业[16万人以上]",
        16,
        "万人",
        "人",
        "城镇新增就业",
        "target",
        J26,
        qual="at_least",
        qtext="以上",
    ),
    jg("失业率[5.5%以内]", 5.5, "城镇调查失业率", "target", J26, qual="at_most", qtext="以内"),
    jg(
        "能耗下降[2.5%左右]",
        -2.5,
        "单位地区生产总值能耗",
        "target",
        J26,
        qual="about",
        qtext="左右",
    ),
    jx(
        "每年新增城镇就业[15万人以上]",
        15,
        "万人",
        "人",
        "新增城镇就业",
        "target",
        J15,
        qual="at_least",
        qtext="以上",
        notes="per year over 2026-2030",
    ),
    jx(
        "累计新增就业[80万人]",
        80,
        "万人",
        "人",
        "新增就业",
        "target",
        J15,
        notes="cumulative over 2026-2030",
    ),
    jg("年均增长[5.5%]，研发", 5.5, "居民人均可支配收入", "target", J15),
    jg("年均增长[10%以上]", 10, "研发经费投入", "target", J15, qual="at_least", qtext="以上"),
    *jcells("地区生产总值增长", "地区生产总值", "%", "%", (5.5, 5.6, 5.5), "growth_rate"),
    *jcells("一般公共预算收入", "一般公共预算收入", "亿元", "元", (1055, 1086.5, 1130), "actual"),
    *jcells("城镇新增就业", "城镇新增就业", "万人", "人", (15, 17.3, 16), "actual"),
    *jcells("规模以上工业增加值增长", "规模以上工业增加值", "%", "%", (7, 7.8, 7), "growth_rate"),
    *jcells("单位GDP能耗下降", "单位GDP能耗", "%", "%", (2.5, 2.8, 2.5), "growth_rate", sign=-1),
    jx("重点项目[850个]", 850, "个", "个", "实施市级重点项目", "target", JF26),
    jx(
        "完成投资[2400亿元以上]",
        2400,
        "亿元",
        "元",
        "完成投资",
        "target",
        JF26,
        qual="at_least",
        qtext="以上",
    ),
    jg("占比[不低于55%]", 55, "产业项目投资占比", "target", JF26, qual="at_least", qtext="不低于"),
    jx(
        "中央预算内投资[100亿元]",
        100,
        "亿元",
        "元",
        "超长期特别国债和中央预算内投资",
        "target",
        JF26,
    ),
    jx(
        "促消费活动[300场以上]",
        300,
        "场",
        "场",
        "举办促消费活动",
        "target",
        JF26,
        qual="at_least",
        qtext="以上",
    ),
    jx("商贸企业[400家]", 400, "家", "家", "新增限额以上商贸企业", "target", JF26),
    jx("幼儿园[30所]", 30, "所", "所", "新建改扩建中小学、幼儿园", "target", JY26),
    jx("养老床位[3000张]", 3000, "张", "张", "新增养老床位", "target", JY26),
    jg(
        "接通率保持在[98%以上]",
        98,
        "市民热线12345接通率",
        "target",
        JY26,
        qual="at_least",
        qtext="以上",
    ),
]


# h17: provincial statistics bureau's monthly release (Zhejiang), November 2025: 1-10月 and
# 10月份 figures side by side, 分别 lists, 环比, 两年平均, cities as subjects, a footnote threshold.
ZJ = "h17_zhejiang_oct_stats_release_2025.txt"
Z10 = P("1-10月", "2025-01-01", "2025-10-31")
ZOCT = P("10月份", "2025-10-01", "2025-10-31")
ZE10 = P("10月末", "2025-10-31", "2025-10-31")
ZF = P("全年", "2025-01-01", "2025-12-31")


def zx(anchor, value, unit_raw, unit, indicator, kind="actual", period=Z10, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def zg(anchor, value, indicator, period=Z10, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def zpp(anchor, value, indicator, period=Z10, kind="growth_rate", **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


LABELS[ZJ] = [
    zg("工业增加值同比增长[7.1%]", 7.1, "规模以上工业增加值"),
    zpp("比1-9月加快[0.2个百分点]", 0.2, "规模以上工业增加值增速"),
    zg("两年平均增长[6.4%]", 6.4, "规模以上工业增加值", notes="a per-year average over two years"),
    zg("同比增长[8.3%]，环比", 8.3, "规模以上工业增加值", ZOCT),
    zg("环比增长[0.62%]", 0.62, "规模以上工业增加值", ZOCT),
    zg("分别增长[2.3%]、7.6%", 2.3, "采矿业增加值"),
    zg("2.3%、[7.6%]和", 7.6, "制造业增加值"),
    zg("7.6%和[3.1%]。", 3.1, "电力热力燃气及水生产和供应业增加值"),
    zx("[38个]工业行业大类", 38, "个", "个", "工业行业大类", "count_total", borderline=True,
       notes=SCOPE),
    zx("有[31个]行业", 31, "个", "个", "增加值同比增长的工业行业大类", "count_total"),
    zg("分别增长[10.4%]和", 10.4, "高技术制造业增加值"),
    zg("10.4%和[9.2%]，占", 9.2, "装备制造业增加值"),
    zg("分别为[17.8%]和", 17.8, "占规模以上工业的比重", kind="share"),
    zg("17.8%和[45.6%]。", 45.6, "占规模以上工业的比重", kind="share"),
    zg("分别增长[8.2%]、", 8.2, "规模以上工业增加值", subject="杭州"),
    zg("8.2%、[7.9%]和", 7.9, "规模以上工业增加值", subject="宁波"),
    zg("7.9%和[6.8%]。", 6.8, "规模以上工业增加值", subject="温州"),
    zx("发电量[3126亿千瓦时]", 3126, "亿千瓦时", "千瓦时", "规模以上工业发电量"),
    zg("同比增长[4.3%]；新能源", 4.3, "规模以上工业发电量"),
    zx("汽车产量[86.4万辆]", 86.4, "万辆", "辆", "新能源汽车产量"),
    zg("增长[21.7%]", 21.7, "新能源汽车产量"),
    zg("营业收入同比增长[8.9%]", 8.9, "规模以上服务业营业收入"),
    zg("营业收入增长[12.7%]", 12.7, "信息传输、软件和信息技术服务业营业收入"),
    zg("生产指数同比增长[6.5%]", 6.5, "服务业生产指数", ZOCT),
    zx("业务量[186.3亿件]", 186.3, "亿件", "件", "快递业务量"),
    zg("增长[13.2%]", 13.2, "快递业务量"),
    zx("零售总额[27863亿元]", 27863, "亿元", "元", "社会消费品零售总额"),
    zg("同比增长[4.6%]，比", 4.6, "社会消费品零售总额"),
    zpp("比1-9月回落[0.1个百分点]", -0.1, "社会消费品零售总额增速"),
    zx("商品零售[24751亿元]", 24751, "亿元", "元", "商品零售"),
    zg("增长[4.2%]；餐饮", 4.2, "商品零售"),
    zx("餐饮收入[3112亿元]", 3112, "亿元", "元", "餐饮收入"),
    zg("增长[7.9%]。10月份", 7.9, "餐饮收入"),
    zx("零售总额[3015亿元]", 3015, "亿元", "元", "社会消费品零售总额", period=ZOCT),
    zg("同比增长[5.3%]，环比", 5.3, "社会消费品零售总额", ZOCT),
    zg("环比增长[0.38%]", 0.38, "社会消费品零售总额", ZOCT),
    zx("全省网上零售额[2.18万亿元]", 2.18, "万亿元", "元", "网上零售额"),
    zg("增长[8.8%]，其中", 8.8, "网上零售额"),
    zx("网上零售额[1.41万亿元]", 1.41, "万亿元", "元", "实物商品网上零售额"),
    zg("1.41万亿元，增长[7.5%]", 7.5, "实物商品网上零售额"),
    zg("投资同比增长[2.7%]", 2.7, "固定资产投资"),
    zg("制造业投资增长[11.5%]", 11.5, "制造业投资"),
    zg("基础设施投资增长[4.1%]", 4.1, "基础设施投资"),
    zg("开发投资下降[8.6%]", -8.6, "房地产开发投资"),
    zg("民间投资增长[1.9%]", 1.9, "民间投资"),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    zg("比重为[51.2%]", 51.2, "民间投资占全部投资的比重", kind="share"),
    zx("销售面积[4186万平方米]", 4186, "万平方米", "平方米", "新建商品房销售面积"),
    zg("下降[12.4%]", -12.4, "新建商品房销售面积"),
    zx("进出口总额[4.35万亿元]", 4.35, "万亿元", "元", "进出口总额"),
    zg("4.35万亿元，同比增长[6.2%]", 6.2, "进出口总额"),
    zx("出口[3.16万亿元]", 3.16, "万亿元", "元", "出口"),
    zg("增长[8.1%]；进口", 8.1, "出口"),
    zx("进口[1.19万亿元]", 1.19, "万亿元", "元", "进口"),
    zg("增长[1.4%]。出口", 1.4, "进口"),
    zg("份额为[15.3%]", 15.3, "出口占全国的份额", kind="share"),
    zpp("提高[0.4个百分点]", 0.4, "出口占全国的份额"),
    zg("同比上涨[0.4%]", 0.4, "居民消费价格", ZOCT),
    zg("环比下降[0.1%]", -0.1, "居民消费价格", ZOCT),
    zg("（PPI）同比下降[2.1%]", -2.1, "工业生产者出厂价格", ZOCT),
    zpp("比上月收窄[0.3个百分点]", -0.3, "工业生产者出厂价格降幅", ZOCT),
    zg("居民消费价格同比上涨[0.3%]", 0.3, "居民消费价格"),
    zg("食品价格下降[1.6%]", -1.6, "食品价格"),
    zg("服务价格上涨[0.9%]", 0.9, "服务价格"),
    zx(
        "存款余额[25.6万亿元]",
        25.6,
        "万亿元",
        "元",
        "金融机构本外币各项存款余额",
        "count_total",
        ZE10,
    ),
    zg("同比增长[7.4%]", 7.4, "金融机构本外币各项存款余额", ZE10),
    zx("贷款余额[24.3万亿元]", 24.3, "万亿元", "元", "各项贷款余额", "count_total", ZE10),
    zg("增长[8.5%]", 8.5, "各项贷款余额", ZE10),
    zx("城镇新增就业[98.6万人]", 98.6, "万人", "人", "城镇新增就业"),
    zg("目标任务的[109.6%]", 109.6, "城镇新增就业", kind="share"),
    zg("失业率为[4.5%]", 4.5, "城镇调查失业率", ZOCT, kind="share"),
    zg("经济增长[5.5%左右]", 5.5, "经济", ZF, kind="target", qual="about", qtext="左右"),
    zx(
        "收入[2000万元]及以上",
        2000,
        "万元",
        "元",
        "年主营业务收入",
        period=NONE,
        notes="borderline: a threshold that defines the counted class",
        borderline=True,
    ),
]


# h18: Taiwan DGBAS forecast release (Traditional script), 114年11月28日 = 2025-11-28: Minguo
# years (114年 = 2025, 115年 = 2026, 108年同期 a base), 兆 amounts (27兆4,190億元), 新臺幣 named
# once for a list of amounts, 上修/下修 of a forecast, a tab-separated table whose units are in
# the row heads (經濟成長率（%）, 國內生產毛額（億元新臺幣）).
TW = "h18_taiwan_dgbas_gdp_forecast_2025_trad.txt"
TQ3 = P("114年第3季", "2025-07-01", "2025-09-30")
T114 = P("114年", "2025-01-01", "2025-12-31")
T115 = P("115年", "2026-01-01", "2026-12-31")
T10 = P("114年1至10月", "2025-01-01", "2025-10-31")
TOCT = P("10月", "2025-10-01", "2025-10-31")
TREV = {"notes": "a revision of a forecast (上修/下修), not a change over time: other"}
NTD = "新台币"


def tw(anchor, value, unit_raw, unit, indicator, kind="actual", period=TQ3, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def tg(anchor, value, indicator, period=TQ3, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def tcell(head, number, value, unit_raw, unit, indicator, kind, period, **kw):
    return row(tab_cell(TW, head, number), value, unit_raw, unit, indicator, kind, period, **kw)


def tcells(head, numbers, values, unit_raw, unit, indicator, actual_kind):
    """113年（實績） realised, 114年（預測） and 115年（預測） forecasts (targets)."""
    periods = (P("113年", "2024-01-01", "2024-12-31"), T114, T115)
    kinds = (actual_kind, "target", "target")
    return [
        tcell(head, n, v, unit_raw, unit, indicator, k, p, notes="table cell; unit in the row head")
        for n, v, k, p in zip(numbers, values, kinds, periods, strict=True)
    ]


LABELS[TW] = [
    tg("概估為[7.64%]，全年", 7.64, "经济成长率"),
    tg("上修至[4.45%]", 4.45, "经济成长率", P("全年", "2025-01-01", "2025-12-31"), "target"),
    tg("實質成長[7.64%]，較8月", 7.64, "国内生产毛额"),
    tw("上修[0.35個百分點]", 0.35, "個百分點", "百分点", "国内生产毛额增速", "other", **TREV),
    tg("較上季增加[1.02%]", 1.02, "实质GDP"),
    tg("換算年率為[4.13%]", 4.13, "实质GDP"),
    tg("民間消費實質成長[2.18%]", 2.18, "民间消费"),
    tg("輸出成長[28.93%]", 28.93, "商品及服务输出"),
    tg("輸入成長[24.37%]", 24.37, "输入"),
    tg("資本形成實質成長[11.6%]", 11.6, "资本形成"),
    tg("民間投資成長[9.8%]", 9.8, "民间投资"),
    tg("機器設備投資成長[15.7%]", 15.7, "机器设备投资"),
    tg("營建工程投資衰退[2.4%]", -2.4, "营建工程投资"),
    tw("計價[達1,658億美元]", 1658, "億美元", "美元", "出口", qual="reach", qtext="達"),
    tg("年增[33.6%]", 33.6, "出口"),
    tw("進口[1,196億美元]", 1196, "億美元", "美元", "进口"),
    tg("年增[25.1%]", 25.1, "进口"),
    tw("出超[462億美元]", 462, "億美元", "美元", "贸易出超"),
    tg("經濟成長率為[4.45%]", 4.45, "经济成长率", T114, "target"),
    tw("上修[1.44個百分點]", 1.44, "個百分點", "百分点", "经济成长率", "other", T114, **TREV),
    tw("GDP為[38,748美元]", 38748, "美元", "美元", "平均每人GDP", "target", T114),
    tw(
        "折合新臺幣[約120.3萬元]",
        120.3,
        "萬元",
        NTD,
        "平均每人GDP",
        "target",
        T114,
        qual="about",
        qtext="約",
    ),
    tg("經濟成長率預測為[2.81%]", 2.81, "经济成长率", T115, "target"),
    tw("下修[0.14個百分點]", -0.14, "個百分點", "百分点", "经济成长率", "other", T115, **TREV),
    tw(
        "預測為新臺幣[27兆4,190億元]",
        274190,
        "億元",
        NTD,
        "名目GDP",
        "target",
        T115,
        notes="27兆 + 4,190億",
    ),
    tw("GDP為[40,112美元]", 40112, "美元", "美元", "平均每人GDP", "target", T115),
    tg("民間消費預測實質成長[2.36%]", 2.36, "民间消费", T115, "target"),
    tg("民間投資成長[3.05%]", 3.05, "民间投资", T115, "target"),
    tg("輸出預測成長[4.12%]", 4.12, "商品及服务输出", T115, "target"),
    tg("輸入成長[4.86%]", 4.86, "输入", T115, "target"),
    tg("實質成長[1.5%左右]", 1.5, "政府消费", T115, "target", qual="about", qtext="左右"),
    tw(
        "編列新臺幣[3兆0,125億元]",
        30125,
        "億元",
        NTD,
        "政府总预算岁出",
        "target",
        T115,
        notes="3兆 + 0,125億",
    ),
    tg("平均年增[1.75%]", 1.75, "消费者物价指数", T10),
    tg(
        "全年上漲[1.82%]",
        1.82,
        "消费者物价指数",
        P("114年全年", "2025-01-01", "2025-12-31"),
        "target",
    ),
    tg("115年上漲[1.69%]", 1.69, "消费者物价指数", T115, "target"),
    tg("預測114年上漲[1.63%]", 1.63, "核心CPI", T114, "target"),
    tg("平均為[3.33%]", 3.33, "失业率", T10, "share"),
    tw("下降[0.06個百分點]", -0.06, "個百分點", "百分点", "失业率", "growth_rate", T10),
    tg("10月失業率[3.36%]", 3.36, "失业率", TOCT, "share"),
    tw("就業人數[1,162萬人]", 1162, "萬人", "人", "就业人数", "count_total", TOCT),
    tg("年增[0.4%]", 0.4, "就业人数", TOCT),
    tw(
        "新臺幣[5.8萬元]",
        5.8,
        "萬元",
        NTD,
        "制造业受雇员工平均薪资",
        qual="about",
        qtext="約",
        notes="約 before the currency: labelled, not quoted",
    ),
    tg("實質增加[2.1%]", 2.1, "制造业受雇员工平均薪资"),
    tg("參與率為[59.32%]", 59.32, "劳动力参与率", kind="share"),
    tw("上升[0.15個百分點]", 0.15, "個百分點", "百分点", "劳动力参与率", "growth_rate"),
    tg("生產指數年增[9.85%]", 9.85, "工业生产指数", T10),
    tg("製造業年增[10.21%]", 10.21, "制造业", T10),
    tw(
        "外銷訂單累計[5,436億美元]",
        5436,
        "億美元",
        "美元",
        "外销订单",
        "count_total",
        T10,
        notes="relabelled after the blind score: 累計 is a cumulative count (as h11)",
    ),
    tg("年增[22.4%]", 22.4, "外销订单", T10),
    tg(
        "升至[三成以上]",
        30,
        "资通与视听产品出口占总出口比重",
        T10,
        "share",
        qual="at_least",
        qtext="以上",
    ),
    tw("營業額新臺幣[13兆2,680億元]", 132680, "億元", NTD, "批发业营业额", period=T10),
    tg("年增[6.7%]", 6.7, "批发业营业额", T10),
    tw(
        "營業額[4兆3,520億元]",
        43520,
        "億元",
        NTD,
        "零售业营业额",
        period=T10,
        notes="新臺幣 named once for the list of amounts",
    ),
    tg("年增[2.1%]", 2.1, "零售业营业额", T10),
    tw("營業額[9,860億元]", 9860, "億元", NTD, "餐饮业营业额", period=T10),
    tg("年增[3.2%]", 3.2, "餐饮业营业额", T10),
    tw(
        "來臺旅客[約680萬人次]",
        680,
        "萬人次",
        "人次",
        "来台旅客",
        period=T10,
        qual="about",
        qtext="約",
    ),
    row("同期的[七成]", 70, "成", "%", "来台旅客", "share", T10, notes="108年同期 is the base"),
    tw("收入新臺幣[3兆1,246億元]", 31246, "億元", NTD, "赋税收入", period=T10),
    tg("增加[8.3%]", 8.3, "赋税收入", T10),
    tg("預算數的[97.6%]", 97.6, "赋税收入", T10, "share"),
    tg(
        "年增率為[4.82%]",
        4.82,
        "货币总计数M2",
        P("10月底", "2025-10-31", "2025-10-31"),
    ),
    tw(
        "外匯存底[5,892億美元]",
        5892,
        "億美元",
        "美元",
        "外汇存底",
        "count_total",
        P("10月底", "2025-10-31", "2025-10-31"),
    ),
    tg("失業率為[3.30%]", 3.30, "失业率", T115, "target"),
    *tcells(
        "經濟成長率（%）",
        ("4.84", "4.45", "2.81"),
        (4.84, 4.45, 2.81),
        "%",
        "%",
        "经济成长率",
        "growth_rate",
    ),
    *tcells(
        "國內生產毛額（億元新臺幣）",
        ("244,075", "262,408", "274,190"),
        (244075, 262408, 274190),
        "億元",
        NTD,
        "国内生产毛额",
        "actual",
    ),
    *tcells(
        "平均每人GDP（美元）",
        ("33,437", "38,748", "40,112"),
        (33437, 38748, 40112),
        "美元",
        "美元",
        "平均每人GDP",
        "actual",
    ),
    *tcells(
        "消費者物價上漲率（%）",
        ("2.18", "1.82", "1.69"),
        (2.18, 1.82, 1.69),
        "%",
        "%",
        "消费者物价上涨率",
        "growth_rate",
    ),
]


# ---------------------------------------------------------------------------------------------
# Round 6, added after the extractor had been improved on h01–h18 and labelled before it was run
# on them: a provincial press conference transcript with spoken numbers (h19), a district
# statistics bulletin with shares, per-capita figures, 年末 stocks and a tab-separated table of
# main indicators (h20), industry news on new-energy manufacturing with companies, GW/GWh and
# 亿美元 (h21).

# h19: 福建 provincial press office, 2025-10-24: 前三季度 results read out and quoted in questions.
FJ = "h19_fujian_q3_press_conference_2025.txt"
FQ3 = P("前三季度", "2025-01-01", "2025-09-30")
FSEP = P("9月份", "2025-09-01", "2025-09-30")
FYTD = P("今年以来", "2025-01-01", "2025-10-24")
FQ4 = P("四季度", "2025-10-01", "2025-12-31")
FF25 = P("全年", "2025-01-01", "2025-12-31")
FLY = P("去年", "2024-01-01", "2024-12-31")


def fx(anchor, value, unit_raw, unit, indicator, kind="actual", period=FQ3, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def fg(anchor, value, indicator, period=FQ3, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def fc(anchor, value, indicator, kind="growth_rate", period=FQ3, **kw):
    """成 (tenths) as a percentage."""
    return row(anchor, value, "成", "%", indicator, kind, period, **kw)


LABELS[FJ] = [
    fx("生产总值[四万二千八百六十亿元]", 42860, "亿元", "元", "地区生产总值"),
    row("同比增长[百分之五点六]", 5.6, "百分之", "%", "地区生产总值", "growth_rate", FQ3),
    row(
        "比上半年加快[零点二个百分点]",
        0.2,
        "个百分点",
        "百分点",
        "地区生产总值增速",
        "growth_rate",
        FQ3,
        notes="上半年 is the base",
    ),
    fx("第一产业增加值[2186亿元]", 2186, "亿元", "元", "第一产业增加值"),
    fg("2186亿元，增长[3.8%]", 3.8, "第一产业增加值"),
    fx("第二产业增加值[17650亿元]", 17650, "亿元", "元", "第二产业增加值"),
    fg("17650亿元，增长[6.1%]", 6.1, "第二产业增加值"),
    fx("第三产业增加值[23024亿元]", 23024, "亿元", "元", "第三产业增加值"),
    fg("23024亿元，增长[5.3%]", 5.3, "第三产业增加值"),
    fg("工业增加值同比增长[7.2%]", 7.2, "规模以上工业增加值"),
    fg("9月份增长[7.9%]", 7.9, "规模以上工业增加值", FSEP),
    fc("产量增长[将近三成]，太阳能", 30, "锂电池产量", qual="nearly", qtext="将近"),
    row(
        "产量增长[百分之四十左右]",
        40,
        "百分之",
        "%",
        "太阳能电池产量",
        "growth_rate",
        FQ3,
        "about",
        "左右",
    ),
    fx(
        "零售总额[一万六千多亿元]",
        16000,
        "亿元",
        "元",
        "社会消费品零售总额",
        qual="plus",
        qtext="多",
    ),
    fg("亿元，增长[4.9%]", 4.9, "社会消费品零售总额"),
    fc("零售额增长[超过两成]", 20, "家电类零售额", qual="over", qtext="超过"),
    fg("固定资产投资增长[3.1%]", 3.1, "固定资产投资", notes="a figure quoted in a question"),
    fx(
        "比全国高出[大约一个百分点]",
        1,
        "个百分点",
        "百分点",
        "固定资产投资增速",
        "other",
        qual="about",
        qtext="大约",
        notes="gap to the national rate",
    ),
    fx(
        "实施省重点项目[1500个左右]",
        1500,
        "个",
        "个",
        "实施省重点项目",
        period=FYTD,
        qual="about",
        qtext="左右",
    ),
    fx("完成投资[大约4500亿元]", 4500, "亿元", "元", "完成投资", qual="about", qtext="大约"),
    fg("完成年度计划的[82%]", 82, "完成投资", kind="share"),
    fx("新开工项目[将近四百个]", 400, "个", "个", "新开工项目", qual="nearly", qtext="将近"),
    fx(
        "再推动[一百个以上]",
        100,
        "个",
        "个",
        "重点项目开工",
        "target",
        FQ4,
        qual="at_least",
        qtext="以上",
        notes="after a causative verb the count counts an event",
    ),
    fx(
        "完成投资[超过5600亿元]",
        5600,
        "亿元",
        "元",
        "重点项目完成投资",
        "target",
        FF25,
        qual="over",
        qtext="超过",
    ),
    fx(
        "进出口总额是[1.99万亿元]",
        1.99,
        "万亿元",
        "元",
        "进出口总额",
        period=FLY,
        notes="a figure quoted in a question",
    ),
    fx("货物贸易进出口[1.5万亿元]", 1.5, "万亿元", "元", "货物贸易进出口"),
    fg("同比增长[4.2%]，其中", 4.2, "货物贸易进出口"),
    fx("出口[9300亿元]", 9300, "亿元", "元", "出口"),
    fg("9300亿元，增长[6.8%]", 6.8, "出口"),
    fg("国家进出口增长[7.5%]", 7.5, "共建“一带一路”国家进出口"),
    row(
        "比重提高到[百分之四十六点三]",
        46.3,
        "百分之",
        "%",
        "共建“一带一路”国家进出口占全省外贸的比重",
        "share",
        FQ3,
    ),
    fx(
        "跨境电商进出口[一千一百多亿元]",
        1100,
        "亿元",
        "元",
        "跨境电商进出口",
        qual="plus",
        qtext="多",
    ),
    fx(
        "实绩的企业[超过三万六千家]",
        36000,
        "家",
        "家",
        "进出口实绩的企业",
        "count_total",
        qual="over",
        qtext="超过",
    ),
    fx(
        "比去年同期增加[两千多家]",
        2000,
        "家",
        "家",
        "进出口实绩的企业",
        qual="plus",
        qtext="多",
        notes="去年同期 is the base",
    ),
    fx("可支配收入[36580元]", 36580, "元", "元", "居民人均可支配收入"),
    fg("名义增长[5.1%]", 5.1, "居民人均可支配收入"),
    fg("实际增长[5.0%]", 5.0, "居民人均可支配收入"),
    fx("城镇新增就业[48.6万人]", 48.6, "万人", "人", "城镇新增就业"),
    fc(
        "完成全年目标的[九成以上]",
        90,
        "城镇新增就业",
        "share",
        qual="at_least",
        qtext="以上",
        notes="a share of the year's goal; the goal's 全年 is not the period",
    ),
    fg("失业率为[5.0%]", 5.0, "城镇调查失业率", FSEP, "share"),
    fx(
        "比上月下降[0.1个百分点]", -0.1, "个百分点", "百分点", "城镇调查失业率", "growth_rate", FSEP
    ),
    fg("居民消费价格同比上涨[0.3%]", 0.3, "居民消费价格"),
    fc(
        "增长[将近三成]，宁德",
        30,
        "锂电池产量",
        qual="nearly",
        qtext="将近",
        notes="repeated in a question; the title's 前三季度",
    ),
    fg("宁德市规模以上工业增加值增长[11.5%]", 11.5, "规模以上工业增加值", subject="宁德"),
    fc(
        "比重[超过六成]",
        60,
        "锂电产业产值占全市工业的比重",
        "share",
        qual="over",
        qtext="超过",
        subject="宁德",
    ),
    fg("厦门市规模以上工业增加值增长[6.4%]", 6.4, "规模以上工业增加值", subject="厦门"),
    fg(
        "生产总值增长[5.5%左右]",
        5.5,
        "地区生产总值",
        FF25,
        "target",
        qual="about",
        qtext="左右",
    ),
    fx(
        "发放消费券[大约3亿元]",
        3,
        "亿元",
        "元",
        "发放消费券",
        "count_total",
        FYTD,
        qual="about",
        qtext="大约",
    ),
    fx("带动消费[超过50亿元]", 50, "亿元", "元", "消费", period=FYTD, qual="over", qtext="超过"),
    fx(
        "商贸企业[一千多家]",
        1000,
        "家",
        "家",
        "新增限额以上商贸企业",
        qual="plus",
        qtext="多",
    ),
    fx("国内游客[3.2亿人次]", 3.2, "亿人次", "人次", "接待国内游客"),
    fg("3.2亿人次，增长[6.9%]", 6.9, "接待国内游客"),
]


# h20: 长沙市雨花区 statistics bulletin for 2024, published 2025-04-10: 全年 and 年末 in 2024,
# shares (占…的比重为), per-capita figures, 分别, a unit-less ratio, a three-part structure, a
# tab-separated table of main indicators (绝对数 / 比上年增长（%）) whose period is the title's.
YH = "h20_yuhua_district_stats_bulletin_2024.txt"
YY = P("全年", "2024-01-01", "2024-12-31")
YE = P("年末", "2024-12-31", "2024-12-31")
YT = P("2024年", "2024-01-01", "2024-12-31")  # 附表：2024年雨花区主要经济指标


def yx(anchor, value, unit_raw, unit, indicator, kind="actual", period=YY, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def yg(anchor, value, indicator, period=YY, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def ypp(anchor, value, indicator, period=YY, kind="growth_rate", **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


def yy(anchor, value, indicator, kind="actual", period=YY, **kw):
    return row(anchor, value, "亿元", "元", indicator, kind, period, **kw)


def ycl(head, number, value, unit_raw, unit, kind):
    return row(
        tab_cell(YH, head, number),
        value,
        unit_raw,
        unit,
        head,
        kind,
        YT,
        notes="table cell (绝对数 / 比上年增长（%）)",
    )


LABELS[YH] = [
    yy("生产总值[2108.6亿元]", 2108.6, "地区生产总值"),
    yg("比上年增长[5.2%]，增速", 5.2, "地区生产总值"),
    ypp("回落[0.6个百分点]", -0.6, "地区生产总值增速"),
    yy("第一产业增加值[3.2亿元]", 3.2, "第一产业增加值"),
    yg("下降[1.5%]", -1.5, "第一产业增加值"),
    yy("第二产业增加值[586.4亿元]", 586.4, "第二产业增加值"),
    yg("586.4亿元，增长[6.3%]", 6.3, "第二产业增加值"),
    yy("第三产业增加值[1519.0亿元]", 1519.0, "第三产业增加值"),
    yg("1519.0亿元，增长[4.8%]", 4.8, "第三产业增加值"),
    *(
        row(
            anchor,
            v,
            None,
            "%",
            name,
            "share",
            YY,
            notes="one row per part, as h02's 三次产业结构为3.0∶36.9∶60.1 (relabelled after "
            "the blind score: it was one borderline row; each part named by its industry, "
            "unit %, in metrics-16)",
        )
        for anchor, v, name in (
            ("结构为[0.2]:27.8", 0.2, "第一产业增加值占比"),
            ("0.2:[27.8]:72.0", 27.8, "第二产业增加值占比"),
            ("27.8:[72.0]。", 72.0, "第三产业增加值占比"),
        )
    ),
    yg("的比重为[72.0%]", 72.0, "第三产业增加值占地区生产总值的比重", kind="share"),
    ypp("比上年提高[0.4个百分点]", 0.4, "第三产业增加值占地区生产总值的比重"),
    yx("人均地区生产总值[17.6万元]", 17.6, "万元", "元", "人均地区生产总值"),
    yx("常住人口[119.8万人]", 119.8, "万人", "人", "常住人口", "count_total", YE),
    yx("比上年末增加[1.6万人]", 1.6, "万人", "人", "常住人口", period=YE),
    yx("城镇人口[118.5万人]", 118.5, "万人", "人", "城镇人口", "count_total", YE),
    yg("城镇化率[98.9%]", 98.9, "常住人口城镇化率", YE, "share"),
    yx("出生人口[0.9万人]", 0.9, "万人", "人", "出生人口"),
    yx("出生率[7.6‰]", 7.6, "‰", "‰", "人口出生率", "share"),
    yg("工业增加值增长[6.8%]", 6.8, "规模以上工业增加值"),
    ypp("回落[1.1个百分点]", -1.1, "规模以上工业增加值增速"),
    yx("工业企业[412家]", 412, "家", "家", "规模以上工业企业", "count_total", YE),
    yx("比上年末增加[23家]", 23, "家", "家", "规模以上工业企业", period=YE),
    yg("国有控股企业增加值增长[3.2%]", 3.2, "国有控股企业增加值"),
    yg("民营企业增长[8.1%]", 8.1, "民营企业", notes="nothing borrowed from the clause before"),
    yg("外商投资企业下降[2.4%]", -2.4, "外商投资企业"),
    yg("分别增长[9.6%]", 9.6, "装备制造业增加值"),
    yg("9.6%、[4.3%]和", 4.3, "食品加工业增加值"),
    yg("4.3%和[12.7%]", 12.7, "生物医药产业增加值"),
    yg(
        "的比重为[61.5%]",
        61.5,
        "三大产业增加值占全区规模以上工业的比重",
        kind="share",
        notes="三大产业 names the three just listed: no count",
    ),
    yy("完成总产值[845.3亿元]", 845.3, "建筑业企业完成总产值"),
    yg("845.3亿元，增长[3.6%]", 3.6, "建筑业企业完成总产值"),
    yg("比上年下降[3.8%]", -3.8, "固定资产投资"),
    ypp(
        "收窄[2.1个百分点]",
        -2.1,
        "固定资产投资降幅",
        notes="a narrowing of the decline (as h14, h17)",
    ),
    yg("产业投资增长[5.9%]", 5.9, "产业投资"),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    yg("的比重为[38.2%]", 38.2, "产业投资占全部投资的比重", kind="share"),
    yg("民间投资下降[6.5%]", -6.5, "民间投资"),
    yy("开发投资[268.7亿元]", 268.7, "房地产开发投资"),
    yg("下降[9.4%]", -9.4, "房地产开发投资"),
    yx("销售面积[156.2万平方米]", 156.2, "万平方米", "平方米", "商品房销售面积"),
    yg("下降[12.6%]", -12.6, "商品房销售面积"),
    yy("零售总额[1136.4亿元]", 1136.4, "社会消费品零售总额"),
    yg("1136.4亿元，增长[4.6%]", 4.6, "社会消费品零售总额"),
    yy("商品零售[1002.8亿元]", 1002.8, "商品零售"),
    yg("增长[4.1%]", 4.1, "商品零售"),
    yy("餐饮收入[133.6亿元]", 133.6, "餐饮收入"),
    yg("增长[8.5%]", 8.5, "餐饮收入"),
    yg("商品零售额增长[16.8%]", 16.8, "限额以上单位通过公共网络实现的商品零售额"),
    yy("预算收入[92.6亿元]", 92.6, "一般公共预算收入"),
    yg("增长[2.3%]，其中", 2.3, "一般公共预算收入"),
    yy("税收收入[76.1亿元]", 76.1, "税收收入"),
    yg("的比重为[82.2%]", 82.2, "税收收入占一般公共预算收入的比重", kind="share"),
    yy("预算支出[71.4亿元]", 71.4, "一般公共预算支出"),
    yg("占比达[78.5%]", 78.5, "民生支出占比", kind="share", qual="reach", qtext="达"),
    yy("存款余额[3860.2亿元]", 3860.2, "金融机构本外币各项存款余额", "count_total", YE),
    yy(
        "比年初增加[215.4亿元]",
        215.4,
        "金融机构本外币各项存款余额",
        period=YE,
        notes="年初 is the base",
    ),
    yy("贷款余额[4125.7亿元]", 4125.7, "各项贷款余额", "count_total", YE),
    yg("增长[6.9%]", 6.9, "各项贷款余额", YE),
    yx("可支配收入[68520元]", 68520, "元", "元", "全体居民人均可支配收入"),
    yg("68520元，增长[4.9%]", 4.9, "全体居民人均可支配收入"),
    yx("可支配收入[69130元]", 69130, "元", "元", "城镇居民人均可支配收入"),
    yg("增长[4.7%]", 4.7, "城镇居民人均可支配收入"),
    yx("可支配收入[45260元]", 45260, "元", "元", "农村居民人均可支配收入"),
    yg("增长[6.2%]", 6.2, "农村居民人均可支配收入"),
    yx("收入比为[1.53]", 1.53, None, None, "城乡居民收入比", "share"),
    yx("缩小[0.02]", -0.02, None, None, "城乡居民收入比", "growth_rate"),
    yx("消费支出[43870元]", 43870, "元", "元", "全体居民人均消费支出"),
    yg("增长[5.5%]", 5.5, "全体居民人均消费支出"),
    yx(
        "养老保险人数[58.3万人]",
        58.3,
        "万人",
        "人",
        "参加城镇职工基本养老保险人数",
        "count_total",
        YE,
    ),
    yx("医疗保险人数[112.6万人]", 112.6, "万人", "人", "参加基本医疗保险人数", "count_total", YE),
    yx("城镇新增就业[2.36万人]", 2.36, "万人", "人", "城镇新增就业"),
    yg("失业率[4.8%]", 4.8, "城镇调查失业率", kind="share"),
    yx("养老机构[46家]", 46, "家", "家", "各类养老机构", "count_total", YE),
    yx("床位[5860张]", 5860, "张", "张", "床位", "count_total", YE),
    yx("学校[218所]", 218, "所", "所", "各级各类学校", "count_total", YE),
    yx("普通中学[42所]", 42, "所", "所", "普通中学", "count_total", YE),
    yx("小学[65所]", 65, "所", "所", "小学", "count_total", YE),
    yx("幼儿园[108所]", 108, "所", "所", "幼儿园", "count_total", YE),
    yx("在校学生[20.5万人]", 20.5, "万人", "人", "在校学生", "count_total", YE),
    yx("公办学位[1.2万个]", 1.2, "万个", "个", "新增公办学位"),
    yx("卫生机构[612个]", 612, "个", "个", "医疗卫生机构", "count_total", YE),
    yx("卫生技术人员[1.43万人]", 1.43, "万人", "人", "卫生技术人员", "count_total", YE),
    yx(
        "医师[4.6人]",
        4.6,
        "人",
        "人",
        "每千人口执业（助理）医师",
        period=YE,
        notes="a density, not a count of things",
    ),
    ycl("地区生产总值", "2108.6", 2108.6, "亿元", "元", "actual"),
    ycl("地区生产总值", "5.2", 5.2, "%", "%", "growth_rate"),
    ycl("规模以上工业增加值", "6.8", 6.8, "%", "%", "growth_rate"),
    ycl("固定资产投资", "-3.8", -3.8, "%", "%", "growth_rate"),
    ycl("社会消费品零售总额", "1136.4", 1136.4, "亿元", "元", "actual"),
    ycl("社会消费品零售总额", "4.6", 4.6, "%", "%", "growth_rate"),
    ycl("一般公共预算收入", "92.6", 92.6, "亿元", "元", "actual"),
    ycl("一般公共预算收入", "2.3", 2.3, "%", "%", "growth_rate"),
    ycl("全体居民人均可支配收入", "68520", 68520, "元", "元", "actual"),
    ycl("全体居民人均可支配收入", "4.9", 4.9, "%", "%", "growth_rate"),
]


# h21: industry news (常州日报), 2025-07-25: the city's new-energy industry in 上半年 (the title's
# period for paragraphs that name none), companies named as the owners of figures, GW / GWh /
# 吉瓦时, 亿美元, 环比, 目前 and 截至6月底 stocks, goals 到2026年 from a three-year plan.
CZ = "h21_changzhou_new_energy_industry_news_2025.txt"
CH1 = P("上半年", "2025-01-01", "2025-06-30")
CT1 = P("今年上半年", "2025-01-01", "2025-06-30")
CJUN = P("6月份", "2025-06-01", "2025-06-30")
CNOW = P("目前", "2025-07-25", "2025-07-25")
CE6 = P("截至6月底", "2025-06-30", "2025-06-30")
CYTD = P("今年以来", "2025-01-01", "2025-07-25")
CQ2 = P("二季度", "2025-04-01", "2025-06-30")
CT26 = P("到2026年", "2026-01-01", "2026-12-31")
CH2 = P("下半年", "2025-07-01", "2025-12-31")
CF25 = P("全年", "2025-01-01", "2025-12-31")
PARA6 = "the paragraph's last period, 6月份 (relabelled after the blind score: it was 上半年)"


def cx(anchor, value, unit_raw, unit, indicator, kind="actual", period=CH1, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def cg(anchor, value, indicator, period=CH1, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[CZ] = [
    row(
        "出炉：新能源汽车产量同比增长[近四成]",
        40,
        "成",
        "%",
        "新能源汽车产量",
        "growth_rate",
        CH1,
        "nearly",
        "近",
        notes="the headline repeats the body's figure",
    ),
    cx("完成产值[4120亿元]", 4120, "亿元", "元", "新能源产业完成产值", period=CT1),
    cg("同比增长[12.8%]", 12.8, "新能源产业完成产值", CT1),
    cg(
        "比重达到[38.6%]",
        38.6,
        "新能源产业完成产值占全市规模以上工业总产值的比重",
        CT1,
        "share",
        qual="reach",
        qtext="达到",
    ),
    cx("产业产值[1865亿元]", 1865, "亿元", "元", "新能源汽车及核心零部件产业产值", period=CT1),
    cg("增长[21.4%]", 21.4, "新能源汽车及核心零部件产业产值", CT1),
    cx("新能源汽车产量[36.8万辆]", 36.8, "万辆", "辆", "新能源汽车产量"),
    row(
        "同比增长[近四成]，约占",
        40,
        "成",
        "%",
        "新能源汽车产量",
        "growth_rate",
        CH1,
        "nearly",
        "近",
    ),
    row(
        "产量的[三分之一]",
        100 / 3,
        "分之",
        "%",
        "新能源汽车产量占全省新能源汽车产量",
        "share",
        CH1,
        "about",
        "约",
    ),
    cx("单月产量[7.2万辆]", 7.2, "万辆", "辆", "产量", period=CJUN),
    cg("环比增长[9.1%]", 9.1, "产量", CJUN),
    cg("纯电动车型占比为[62.4%]", 62.4, "纯电动车型占比", kind="share", period=CJUN, notes=PARA6),
    cg(
        "混合动力车型占比为[37.6%]",
        37.6,
        "插电式混合动力车型占比",
        kind="share",
        period=CJUN,
        notes=PARA6,
    ),
    cx(
        "下线整车[12.6万辆]",
        12.6,
        "万辆",
        "辆",
        "理想汽车下线整车",
        notes="a company's figure: the company is in the indicator, not a subject",
    ),
    cx(
        "比亚迪产量[突破10万辆]",
        10,
        "万辆",
        "辆",
        "比亚迪产量",
        qual="break_through",
        qtext="突破",
    ),
    cx("新能源汽车出口[4.3万辆]", 4.3, "万辆", "辆", "新能源汽车出口"),
    cx("出口额[16.2亿美元]", 16.2, "亿美元", "美元", "出口额"),
    cg("增长[56.7%]", 56.7, "出口额"),
    cx(
        "产量[达到98吉瓦时]",
        98,
        "吉瓦时",
        "吉瓦时",
        "动力电池产量",
        qual="reach",
        qtext="达到",
        notes="no period in the paragraph: the title's 上半年",
    ),
    cg("同比增长[18.5%]", 18.5, "动力电池产量"),
    cx(
        "配套企业[超过300家]",
        300,
        "家",
        "家",
        "动力电池配套企业",
        "count_total",
        CNOW,
        qual="over",
        qtext="超过",
    ),
    cg(
        "占有率约为[14%]",
        14,
        "动力电池国内市场占有率",
        kind="share",
        qual="about",
        qtext="约",
    ),
    row("全国城市[第2位]", 2, "位", "位", "动力电池国内市场占有率", "rank", CH1),
    cx(
        "营业收入[402.7亿元]",
        402.7,
        "亿元",
        "元",
        "天合光能营业收入",
        notes="a company's figure: the company is in the indicator, not a subject",
    ),
    cg("同比下降[8.3%]", -8.3, "天合光能营业收入"),
    cx("出货量[约35GW]", 35, "GW", "吉瓦", "组件出货量", qual="about", qtext="约"),
    cx("组件产量[26.4吉瓦]", 26.4, "吉瓦", "吉瓦", "光伏组件产量"),
    cg("下降[5.1%]", -5.1, "光伏组件产量"),
    cx("装机容量[1.2GW]", 1.2, "GW", "吉瓦", "新增并网储能装机容量"),
    cx(
        "放电量[3860万千瓦时]",
        3860,
        "万千瓦时",
        "千瓦时",
        "储能电站放电量",
        "count_total",
        notes="累计 in a paragraph dated 上半年",
    ),
    cx("装备产值[126.5亿元]", 126.5, "亿元", "元", "风电装备产值"),
    cg("增长[7.3%]，海上", 7.3, "风电装备产值"),
    cx("叶片产量[约1100套]", 1100, "套", "套", "海上风电叶片产量", qual="about", qtext="约"),
    cx(
        "出口额[达到58.3亿美元]",
        58.3,
        "亿美元",
        "美元",
        "新能源产品出口额",
        qual="reach",
        qtext="达到",
    ),
    cg("同比增长[23.5%]", 23.5, "新能源产品出口额"),
    cg("出口占比约为[41%]", 41, "欧盟出口占比", kind="share", qual="about", qtext="约"),
    cx("锂电池出口[1.9亿只]", 1.9, "亿只", "只", "锂电池出口"),
    cg("增长[12.2%]", 12.2, "锂电池出口"),
    cx(
        "新能源企业[达到19家]",
        19,
        "家",
        "家",
        "在海外设立研发中心和生产基地的新能源企业",
        "count_total",
        qual="reach",
        qtext="达到",
    ),
    cx(
        "比去年底增加[4家]",
        4,
        "家",
        "家",
        "在海外设立研发中心和生产基地的新能源企业",
        notes="去年底 is the base",
    ),
    cx("完成投资[486亿元]", 486, "亿元", "元", "新能源产业完成投资"),
    cg("增长[9.7%]，占全市", 9.7, "新能源产业完成投资"),
    # metrics-16: a share whose part is not named (占…的比重 after a figure) is labelled with
    # the part, the last thing named, as 相当于地区生产总值的3.27% and 总数达到10300家 are
    # (QA 10); before, the label named only the base
    cg("比重为[52.3%]", 52.3, "新能源产业完成投资占全市工业投资的比重", kind="share"),
    cx("亿元以上项目[68个]", 68, "个", "个", "新开工亿元以上项目"),
    cx("总投资[达到612亿元]", 612, "亿元", "元", "总投资", qual="reach", qtext="达到"),
    cx("研发投入[86.4亿元]", 86.4, "亿元", "元", "新能源规模以上企业研发投入"),
    cg("增长[17.2%]", 17.2, "新能源规模以上企业研发投入"),
    cg("强度[达到2.1%]", 2.1, "研发投入强度", kind="share", qual="reach", qtext="达到"),
    cx("专利授权[1260件]", 1260, "件", "件", "新增新能源领域发明专利授权"),
    cx(
        "比去年同期增加[310件]",
        310,
        "件",
        "件",
        "新增新能源领域发明专利授权",
        notes="去年同期 is the base",
    ),
    cg("分别增长[26%]", 26, "隔膜出货量"),
    cg("26%和[31%]", 31, "负极材料出货量"),
    cx("充电桩[2.86万个]", 2.86, "万个", "个", "建成公共充电桩", "count_total", CE6),
    cx("比年初新增[4200个]", 4200, "个", "个", "建成公共充电桩", period=CE6),
    cx(
        "保有量[达到31.5万辆]",
        31.5,
        "万辆",
        "辆",
        "新能源汽车保有量",
        "count_total",
        CE6,
        qual="reach",
        qtext="达到",
    ),
    cg("比重为[17.9%]", 17.9, "新能源汽车保有量占全市汽车保有量的比重", CE6, "share"),
    cx("新车上牌[5.4万辆]", 5.4, "万辆", "辆", "新能源汽车新车上牌", period=CYTD),
    row("渗透率[超过六成]", 60, "成", "%", "渗透率", "share", CYTD, "over", "超过"),
    cx("用电量[42.6亿千瓦时]", 42.6, "亿千瓦时", "千瓦时", "新能源产业用电量", period=CQ2),
    cg("环比增长[6.4%]，产业", 6.4, "新能源产业用电量", CQ2),
    cx(
        "企业[27家]",
        27,
        "家",
        "家",
        "新能源领域国家级专精特新“小巨人”企业",
        "count_total",
        CNOW,
    ),
    cx(
        "规模将[突破8000亿元]",
        8000,
        "亿元",
        "元",
        "新能源产业规模",
        "target",
        CT26,
        qual="break_through",
        qtext="突破",
    ),
    cx(
        "年产量[达到100万辆以上]",
        100,
        "万辆",
        "辆",
        "新能源汽车年产量",
        "target",
        CT26,
        qual="at_least",
        qtext="达到…以上",
    ),
    cx(
        "年产能[超过300GWh]",
        300,
        "GWh",
        "吉瓦时",
        "动力电池年产能",
        "target",
        CT26,
        qual="over",
        qtext="超过",
    ),
    cx("亿元以上项目[50个]", 50, "个", "个", "引进新能源领域亿元以上项目", "target", CH2),
    cg("产值增长[15%左右]", 15, "新能源产业产值", CF25, "target", qual="about", qtext="左右"),
    cx(
        "储能[4条]产业链",
        4,
        "条",
        "条",
        "产业链",
        "other",
        NONE,
        borderline=True,
        notes="borderline: totals the exhaustive list before it",
    ),
    cx(
        "营收[超百亿元]的",
        100,
        "亿元",
        "元",
        "营收",
        "other",
        NONE,
        qual="over",
        qtext="超",
        borderline=True,
        notes="borderline: a class threshold (as 年产值超10亿元)",
    ),
    cx(
        "新能源企业[10家以上]",
        10,
        "家",
        "家",
        "培育营收超百亿元的新能源企业",
        "target",
        CT26,
        qual="at_least",
        qtext="以上",
    ),
]


# h22: a central-bank provincial branch's monthly financial statistics (中国人民银行山西省分行),
# 2025-11-14: 10月末 balances, 前十个月 and 10月份 flows, 同比多增/少增/少减 (signed changes of a
# flow against the same period a year before), 比上月末低/高…个百分点, a gap to the national
# rate and to another indicator, 社会融资规模 增量 (前三季度) and 存量 (9月末), rates in % with
# changes in 基点, 亿美元, footnotes.
SXF = "h22_shanxi_oct_financial_statistics_2025.txt"
XE10 = P("10月末", "2025-10-31", "2025-10-31")
XM10 = P("月末", "2025-10-31", "2025-10-31")  # 月末 after 10月末 in the sentence before
XYTD = P("前十个月", "2025-01-01", "2025-10-31")
XOCT = P("10月份", "2025-10-01", "2025-10-31")
XQ3 = P("前三季度", "2025-01-01", "2025-09-30")
XE9 = P("9月末", "2025-09-30", "2025-09-30")
PARTNAME = (
    "a share after a figure names its part, the last thing named (metrics-16's convention, "
    "relabelled after the blind score: it was 占… alone)"
)
XSAME = "多增/少增 (多/少): the flow's change against the same period a year before, signed"


def xb(anchor, value, unit_raw, indicator, kind="count_total", period=XE10, **kw):
    unit = "美元" if unit_raw.endswith("美元") else "元"
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def xf(anchor, value, indicator, period=XYTD, **kw):
    return row(anchor, value, "亿元", "元", indicator, "actual", period, **kw)


def xg(anchor, value, indicator, period=XE10, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def xpp(anchor, value, indicator, period=XE10, kind="growth_rate", **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


def xbp(anchor, value, indicator, period=XOCT):
    return row(
        anchor,
        value,
        "个基点",
        "基点",
        indicator,
        "growth_rate",
        period,
        notes="a change of a rate in basis points (as 个百分点: unit 基点, not converted)",
    )


LABELS[SXF] = [
    xb("存款余额[6.42万亿元]", 6.42, "万亿元", "本外币各项存款余额"),
    xg("6.42万亿元，同比增长[7.9%]", 7.9, "本外币各项存款余额"),
    xpp("增速比上月末低[0.3个百分点]", -0.3, "本外币各项存款余额增速"),
    xpp("比上年同期高[1.2个百分点]", 1.2, "本外币各项存款余额增速"),
    xb("人民币各项存款余额[6.38万亿元]", 6.38, "万亿元", "人民币各项存款余额", period=XM10),
    xg("同比增长[7.8%]", 7.8, "人民币各项存款余额", XM10),
    xf("人民币存款增加[4526亿元]", 4526, "人民币存款"),
    xf("同比多增[612亿元]", 612, "人民币存款", notes=XSAME),
    xf("住户存款增加[3987亿元]", 3987, "住户存款"),
    xf("企业存款减少[268亿元]", -268, "非金融企业存款", notes="an absolute decline is negative"),
    xf("政府存款增加[531亿元]", 531, "广义政府存款"),
    xf("机构存款增加[104亿元]", 104, "非银行业金融机构存款"),
    xf("人民币存款减少[386亿元]", -386, "人民币存款", XOCT),
    xf(
        "同比少减[142亿元]",
        142,
        "人民币存款",
        XOCT,
        notes="少减: a smaller decline than a year before, so the flow rose: positive",
    ),
    xb("外币存款余额[5.6亿美元]", 5.6, "亿美元", "外币存款余额"),
    xg("同比下降[11.2%]", -11.2, "外币存款余额"),
    xb("各项贷款余额[4.87万亿元]", 4.87, "万亿元", "本外币各项贷款余额"),
    xg("同比增长[8.6%]", 8.6, "本外币各项贷款余额"),
    xpp("增速比上月末高[0.1个百分点]", 0.1, "本外币各项贷款余额增速"),
    xb("人民币贷款余额[4.85万亿元]", 4.85, "万亿元", "人民币贷款余额", period=XM10),
    xg("同比增长[8.7%]", 8.7, "人民币贷款余额", XM10),
    xpp(
        "全国平均水平高[1.4个百分点]",
        1.4,
        "人民币贷款余额增速",
        XM10,
        "other",
        notes="a gap to the national rate",
    ),
    xf("人民币贷款增加[3218亿元]", 3218, "人民币贷款"),
    xf("同比少增[175亿元]", -175, "人民币贷款", notes=XSAME),
    xf("住户贷款增加[426亿元]", 426, "住户贷款"),
    xf("短期贷款增加[97亿元]", 97, "短期贷款"),
    xf("中长期贷款增加[329亿元]", 329, "中长期贷款"),
    xf("单位贷款增加[2794亿元]", 2794, "企（事）业单位贷款"),
    xf("短期贷款增加[658亿元]", 658, "短期贷款"),
    xf("中长期贷款增加[1877亿元]", 1877, "中长期贷款"),
    xf("票据融资增加[246亿元]", 246, "票据融资"),
    xf("人民币贷款增加[86亿元]", 86, "人民币贷款", XOCT),
    xf("同比多增[23亿元]", 23, "人民币贷款", XOCT, notes=XSAME),
    xb("外币贷款余额[3.1亿美元]", 3.1, "亿美元", "外币贷款余额"),
    xg("同比下降[6.2%]", -6.2, "外币贷款余额"),
    xb("中长期贷款余额[2163亿元]", 2163, "亿元", "制造业中长期贷款余额"),
    xg("同比增长[18.4%]", 18.4, "制造业中长期贷款余额"),
    xpp(
        "各项贷款增速[9.7个百分点]",
        9.7,
        "制造业中长期贷款余额增速",
        kind="other",
        notes="a gap to another indicator's rate (高于各项贷款增速), not a change over time",
    ),
    xb("小微贷款余额[5386亿元]", 5386, "亿元", "普惠小微贷款余额"),
    xg("增长[15.2%]", 15.2, "普惠小微贷款余额"),
    xb("绿色贷款余额[6720亿元]", 6720, "亿元", "绿色贷款余额"),
    xf("比年初增加[958亿元]", 958, "绿色贷款余额", XE10, notes="年初 is the base (as h20)"),
    xg("增长[21.6%]", 21.6, "绿色贷款余额"),
    xb("涉农贷款余额[1.12万亿元]", 1.12, "万亿元", "涉农贷款余额"),
    xg("增长[9.3%]", 9.3, "涉农贷款余额"),
    xb("中小企业贷款余额[412亿元]", 412, "亿元", "科技型中小企业贷款余额"),
    row("贷款户数[达到3865户]", 3865, "户", "户", "贷款户数", "count_total", XE10, "reach", "达到"),
    row("比年初增加[726户]", 726, "户", "户", "贷款户数", "actual", XE10),
    row(
        "经营主体[58.7万户]",
        58.7,
        "万户",
        "户",
        "普惠小微贷款支持小微经营主体",
        "count_total",
        XE10,
        notes="the paragraph's 10月末 (the sentence before)",
    ),
    row("同比增加[4.2万户]", 4.2, "万户", "户", "普惠小微贷款支持小微经营主体", "actual", XE10),
    xf("增量为[4896亿元]", 4896, "社会融资规模增量", XQ3),
    xf("比上年同期多[1023亿元]", 1023, "社会融资规模增量", XQ3, notes=XSAME),
    xf(
        "人民币贷款增加[3132亿元]",
        3132,
        "实体经济发放的人民币贷款",
        XQ3,
        notes="a leading 对 is not part of a name",
    ),
    xg(
        "增量的[64.0%]",
        64.0,
        "实体经济发放的人民币贷款占同期社会融资规模增量",
        XQ3,
        "share",
        notes=PARTNAME,
    ),
    xf("政府债券净融资[1286亿元]", 1286, "政府债券净融资", XQ3),
    xf("同比多[387亿元]", 387, "政府债券净融资", XQ3, notes=XSAME),
    xf("企业债券净融资[219亿元]", 219, "企业债券净融资", XQ3),
    xf("同比少[64亿元]", -64, "企业债券净融资", XQ3, notes=XSAME),
    xb("存量为[7.95万亿元]", 7.95, "万亿元", "社会融资规模存量", period=XE9),
    xg("同比增长[8.1%]", 8.1, "社会融资规模存量", XE9),
    xg(
        "企业贷款加权平均利率为[3.45%]",
        3.45,
        "新发放企业贷款加权平均利率",
        XOCT,
        "share",
        notes="an interest rate is a level, kind share (the …率 convention)",
    ),
    xbp("比上月低[6个基点]", -6, "新发放企业贷款加权平均利率"),
    xbp("比上年同期低[42个基点]", -42, "新发放企业贷款加权平均利率"),
    xg("小微贷款加权平均利率为[4.38%]", 4.38, "普惠小微贷款加权平均利率", XOCT, "share"),
    xbp("同比下降[51个基点]", -51, "普惠小微贷款加权平均利率"),
    xg("住房贷款加权平均利率为[3.12%]", 3.12, "新发放个人住房贷款加权平均利率", XOCT, "share"),
    xg("不良贷款率为[1.86%]", 1.86, "银行业金融机构不良贷款率", kind="share"),
    xpp("比年初下降[0.17个百分点]", -0.17, "银行业金融机构不良贷款率"),
    row("机构法人[142家]", 142, "家", "家", "银行业金融机构法人", "count_total", XE10),
    row("营业网点[6213个]", 6213, "个", "个", "营业网点", "count_total", XE10),
    xf("结算量[1286.5亿元]", 1286.5, "跨境人民币结算量"),
    xg("同比增长[23.4%]", 23.4, "跨境人民币结算量", XYTD),
    xg(
        "收付总额的[41.2%]",
        41.2,
        "跨境人民币结算量占同期本外币跨境收付总额",
        XYTD,
        "share",
        notes=PARTNAME,
    ),
    xpp("提高[3.6个百分点]", 3.6, "跨境人民币结算量占同期本外币跨境收付总额", XYTD, notes=PARTNAME),
    row(
        "国家和地区[达到68个]",
        68,
        "个",
        "个",
        "发生跨境人民币收付的境外国家和地区",
        "count_total",
        XYTD,
        "reach",
        "达到",
    ),
]


# h23: a province's monthly CPI/PPI release (国家统计局广东调查总队), 2025-11-12: 10月份 同比 and
# 环比 rates, 涨幅比上月扩大 / 降幅比上月收窄, 1—10月平均, 翘尾 and 新涨价 effects, contributions
# (影响CPI下降约…个百分点), 八大类 分别 lists, a 均 shared by two items, city counts and cities as
# subjects, slogan-like summaries (“四涨三降一平”) that are not metrics.
GDC = "h23_guangdong_oct_cpi_ppi_2025.txt"
GOCT = P("10月份", "2025-10-01", "2025-10-31")
G10 = P("1—10月", "2025-01-01", "2025-10-31")
GCONTRIB = "a contribution to another figure's rate (影响…约…个百分点): other, signed by its verb"


def gg(anchor, value, indicator, period=GOCT, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def gpp(anchor, value, indicator, period=GOCT, kind="growth_rate", **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


def gctb(anchor, value, indicator):
    return gpp(anchor, value, indicator, kind="other", qual="about", qtext="约", notes=GCONTRIB)


def gcount(anchor, value, indicator):
    return row(anchor, value, "个", "个", indicator, "count_total", GOCT)


LABELS[GDC] = [
    gg("（CPI）同比上涨[0.3%]", 0.3, "居民消费价格"),
    gpp("涨幅比上月扩大[0.4个百分点]", 0.4, "居民消费价格涨幅"),
    gg("城市上涨[0.3%]", 0.3, "城市", notes="nothing borrowed from the clause before"),
    gg("农村上涨[0.2%]", 0.2, "农村"),
    gg("；食品价格下降[1.8%]", -1.8, "食品价格"),
    gg("非食品价格上涨[0.8%]", 0.8, "非食品价格"),
    gg("；消费品价格下降[0.2%]", -0.2, "消费品价格"),
    gg("服务价格上涨[1.0%]", 1.0, "服务价格"),
    gg("核心CPI同比上涨[0.9%]", 0.9, "核心CPI"),
    gpp("涨幅比上月扩大[0.1个百分点]", 0.1, "核心CPI涨幅"),
    gg("比上年同期下降[0.1%]", -0.1, "居民消费价格", G10),
    gg("10月份[0.3%]的同比涨幅", 0.3, "同比涨幅", notes="the CPI's rate repeated"),
    gpp(
        "翘尾影响约为[-0.2个百分点]",
        -0.2,
        "上年价格变动的翘尾影响",
        kind="other",
        qual="about",
        qtext="约",
        notes="a part of the rate (carry-over), written with its sign",
    ),
    gpp(
        "新涨价影响约为[0.5个百分点]",
        0.5,
        "新涨价影响",
        kind="other",
        qual="about",
        qtext="约",
    ),
    gg("分别上涨[6.9%]、", 6.9, "其他用品及服务价格"),
    gg("6.9%、[1.2%]、", 1.2, "教育文化娱乐价格"),
    gg("1.2%、[0.9%]和", 0.9, "衣着价格"),
    gg("0.9%和[0.6%]；", 0.6, "医疗保健价格"),
    gg("分别下降[1.2%]、", -1.2, "食品烟酒价格"),
    gg("1.2%、[2.4%]和", -2.4, "交通通信价格"),
    gg("2.4%和[0.3%]；", -0.3, "居住价格"),
    gg("畜肉类价格下降[8.6%]", -8.6, "畜肉类价格"),
    gctb("影响CPI下降[约0.27个百分点]", -0.27, "畜肉类价格影响CPI"),
    gg("猪肉价格下降[15.3%]", -15.3, "猪肉价格"),
    gctb("影响CPI下降[约0.23个百分点]", -0.23, "猪肉价格影响CPI"),
    gg("鲜菜价格下降[6.4%]", -6.4, "鲜菜价格"),
    gctb("影响CPI下降[约0.13个百分点]", -0.13, "鲜菜价格影响CPI"),
    gg("水产品价格上涨[2.1%]", 2.1, "水产品价格"),
    gctb("影响CPI上涨[约0.05个百分点]", 0.05, "水产品价格影响CPI"),
    gg("鲜果价格上涨[4.7%]", 4.7, "鲜果价格"),
    gg("粮食价格下降[0.5%]", -0.5, "粮食价格"),
    gg("工业消费品价格上涨[0.4%]", 0.4, "工业消费品价格"),
    gg("金饰品价格上涨[42.6%]", 42.6, "金饰品价格"),
    gg("汽油价格下降[7.9%]", -7.9, "汽油价格"),
    gg("分别上涨[2.8%]和", 2.8, "家庭服务价格"),
    gg("2.8%和[1.6%]", 1.6, "旅游价格"),
    gg("其他用品及服务价格上涨[3.2%]", 3.2, "其他用品及服务价格"),
    gg("衣着价格上涨[1.1%]", 1.1, "衣着价格"),
    gg("教育文化娱乐价格上涨[0.5%]", 0.5, "教育文化娱乐价格"),
    gg("交通通信价格下降[0.6%]", -0.6, "交通通信价格"),
    gg("食品烟酒价格下降[0.3%]", -0.3, "食品烟酒价格"),
    gg(
        "价格均下降[0.1%]",
        -0.1,
        "居住、医疗保健价格",
        notes="one number for a coordinated list (均): one row, the list its name",
    ),
    gg("鲜菜价格环比上涨[5.2%]", 5.2, "鲜菜价格"),
    gg("鸡蛋价格环比下降[4.3%]", -4.3, "鸡蛋价格"),
    row("全省[21个]地级以上市", 21, "个", "个", "地级以上市", "count_total", GOCT, borderline=True,
        notes=SCOPE),
    gcount("上涨的有[13个]", 13, "CPI同比上涨的地级以上市"),
    gcount("持平的有[3个]", 3, "持平的地级以上市"),
    gcount("下降的有[5个]", 5, "下降的地级以上市"),
    gg("分别上涨[0.6%]、", 0.6, "CPI", subject="深圳"),
    gg("0.6%、[0.5%]和", 0.5, "CPI", subject="广州"),
    gg("0.5%和[0.4%]，", 0.4, "CPI", subject="珠海"),
    gg("分别下降[0.3%]和", -0.3, "CPI", subject="汕头"),
    gg("0.3%和[0.5%]。", -0.5, "CPI", subject="湛江"),
    gg("（PPI）同比下降[1.9%]", -1.9, "工业生产者出厂价格"),
    gpp("收窄[0.5个百分点]", -0.5, "工业生产者出厂价格降幅"),
    gg("环比上涨[0.1%]", 0.1, "工业生产者出厂价格"),
    gg("（IPI）同比下降[2.6%]", -2.6, "工业生产者购进价格"),
    gpp("收窄[0.3个百分点]", -0.3, "工业生产者购进价格降幅"),
    gg("比上年同期下降[2.3%]", -2.3, "工业生产者出厂价格", G10),
    gg("购进价格下降[3.1%]", -3.1, "购进价格", G10),
    gg("生产资料价格同比下降[2.8%]", -2.8, "生产资料价格"),
    gctb("下降[约1.62个百分点]", -1.62, "生产资料价格影响工业生产者出厂价格总水平"),
    gg("生活资料价格同比下降[0.7%]", -0.7, "生活资料价格"),
    gctb("下降[约0.29个百分点]", -0.29, "生活资料价格影响工业生产者出厂价格总水平"),
    gg("设备制造业价格下降[2.2%]", -2.2, "计算机、通信和其他电子设备制造业价格"),
    gg("汽车制造业价格下降[3.5%]", -3.5, "汽车制造业价格"),
    gg("器材制造业价格下降[1.4%]", -1.4, "电气机械和器材制造业价格"),
    gg("压延加工业价格上涨[9.8%]", 9.8, "有色金属冶炼和压延加工业价格"),
    gg("燃料动力类价格同比下降[5.4%]", -5.4, "燃料动力类价格"),
    gg("黑色金属材料类价格下降[6.1%]", -6.1, "黑色金属材料类价格"),
    gg("化工原料类价格下降[3.8%]", -3.8, "化工原料类价格"),
    gg("电线类价格上涨[7.3%]", 7.3, "有色金属材料及电线类价格"),
]


# h24: a county agriculture bureau's yearly grain report (滑县农业农村局), 2026-01-09, on 2025: the
# title's year (2025年 in the headline) for 全年 / 年末 / 截至年底, 万亩 / 万吨 / 亿斤 / 公斤 / 斤,
# 公斤/亩, 万头 / 万只, 眼, 万千瓦, 比上年增加/减少/扩大/提高 as signed amounts, a streak's floor,
# a rank without a numeral, a harvest duration, 由上年的1.71缩小到1.66, goals for 2026, traps
# (连续5年, 第三批, 新一轮千亿斤…行动, an address, a postcode, a hotline).
HX = "h24_huaxian_grain_production_2025.txt"
HY = P("2025年", "2025-01-01", "2025-12-31")
HF = P("全年", "2025-01-01", "2025-12-31")
HE = P("年末", "2025-12-31", "2025-12-31")
HE25 = P("截至2025年底", "2025-12-31", "2025-12-31")
HEY = P("截至年底", "2025-12-31", "2025-12-31")
HL = P("上年", "2024-01-01", "2024-12-31")
H26 = P("2026年", "2026-01-01", "2026-12-31")
HSUM = P("“三夏”期间", None, None)
HTITLE = "no time expression in the paragraph or its heading: the title's year"


def hx(anchor, value, unit_raw, unit, indicator, kind="actual", period=HF, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def hmu(anchor, value, indicator, period=HY, **kw):
    return row(anchor, value, "万亩", "亩", indicator, "actual", period, **kw)


def hgr(anchor, value, indicator, period=HF, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[HX] = [
    hx(
        "粮食总产[达34.56亿斤]",
        34.56,
        "亿斤",
        "吨",
        "粮食总产",
        period=HY,
        qual="reach",
        qtext="达",
        notes="the headline",
    ),
    hmu("播种面积[达到395.6万亩]", 395.6, "粮食播种面积", qual="reach", qtext="达到"),
    hmu("比上年增加[2.3万亩]", 2.3, "粮食播种面积"),
    hx(
        "总产量[达到172.8万吨]",
        172.8,
        "万吨",
        "吨",
        "粮食总产量",
        period=HY,
        qual="reach",
        qtext="达到",
    ),
    hx(
        "（[34.56亿斤]）",
        34.56,
        "亿斤",
        "吨",
        "粮食总产量",
        period=HY,
        notes="the same amount in 斤, a mention of its own",
    ),
    hgr("比上年增长[1.9%]", 1.9, "粮食总产量", HY),
    hx(
        "稳定在[32亿斤以上]",
        32,
        "亿斤",
        "吨",
        "总产量",
        period=HY,
        qual="at_least",
        qtext="以上",
        borderline=True,
        notes="borderline: the floor of a streak (连续12年稳定在…以上, as h01)",
    ),
    hx(
        "各县（市）[首位]",
        1,
        None,
        "位",
        "总产量",
        "rank",
        HY,
        borderline=True,
        notes="borderline: a rank without a numeral (居…首位)",
    ),
    hx("平均亩产[873.6斤]", 873.6, "斤", "千克", "粮食平均亩产", period=HY),
    hx("比上年提高[13.1斤]", 13.1, "斤", "千克", "粮食平均亩产", period=HY),
    hmu("夏粮播种面积[192.4万亩]", 192.4, "夏粮播种面积", notes=HTITLE),
    hx("总产量[89.5万吨]", 89.5, "万吨", "吨", "总产量", period=HY),
    hx("平均亩产[465.2公斤]", 465.2, "公斤", "千克", "平均亩产", period=HY),
    hx("比上年增加[8.6公斤]", 8.6, "公斤", "千克", "平均亩产", period=HY),
    hmu("秋粮播种面积[203.2万亩]", 203.2, "秋粮播种面积"),
    hx("总产量[83.3万吨]", 83.3, "万吨", "吨", "总产量", period=HY),
    hx("平均亩产[409.9公斤]", 409.9, "公斤", "千克", "平均亩产", period=HY),
    hx(
        "比上年减少[3.1公斤]",
        -3.1,
        "公斤",
        "千克",
        "平均亩产",
        period=HY,
        notes="an absolute decline is negative",
    ),
    hmu("小麦播种面积[191.8万亩]", 191.8, "小麦播种面积"),
    hx("单产[467.0公斤/亩]", 467.0, "公斤/亩", "千克/亩", "单产", period=HY),
    hmu("玉米播种面积[168.5万亩]", 168.5, "玉米播种面积"),
    hx("总产量[68.7万吨]", 68.7, "万吨", "吨", "总产量", period=HY),
    hgr("增长[2.6%]", 2.6, "总产量", HY),
    hmu("大豆播种面积[12.1万亩]", 12.1, "大豆播种面积"),
    hmu("比上年扩大[1.4万亩]", 1.4, "大豆播种面积"),
    row(
        "稳定在[318.6万亩以上]",
        318.6,
        "万亩",
        "亩",
        "耕地保有量",
        "count_total",
        HE25,
        "at_least",
        "以上",
    ),
    row("保护面积[296.4万亩]", 296.4, "万亩", "亩", "永久基本农田保护面积", "count_total", HE25),
    hmu("新建高标准农田[12.5万亩]", 12.5, "新建高标准农田", HF),
    hmu(
        "改造提升[8.3万亩]",
        8.3,
        "改造提升高标准农田",
        HF,
        notes="a flow verb alone takes the noun of the name before",
    ),
    hx("配套机井[1260眼]", 1260, "眼", "眼", "新打配套机井"),
    hmu("灌溉面积[3.2万亩]", 3.2, "新增有效灌溉面积", HF),
    row("高标准农田[268.7万亩]", 268.7, "万亩", "亩", "建成高标准农田", "count_total", HEY),
    row(
        "永久基本农田的[90.7%]",
        90.7,
        "%",
        "%",
        "建成高标准农田占永久基本农田",
        "share",
        HEY,
        notes=PARTNAME,
    ),
    row("灌溉率[达到93.5%]", 93.5, "%", "%", "农田有效灌溉率", "share", HEY, "reach", "达到"),
    hx(
        "总动力[达到226.4万千瓦]",
        226.4,
        "万千瓦",
        "千瓦",
        "农机总动力",
        period=HE,
        qual="reach",
        qtext="达到",
    ),
    hgr("比上年增长[3.1%]", 3.1, "农机总动力", HE),
    hgr("机收率稳定在[99%以上]", 99, "小麦机收率", kind="share", qual="at_least", qtext="以上"),
    hgr(
        "机械化率[达到92.8%]",
        92.8,
        "主要农作物耕种收综合机械化率",
        kind="share",
        qual="reach",
        qtext="达到",
    ),
    row(
        "提高[0.6个百分点]",
        0.6,
        "个百分点",
        "百分点",
        "主要农作物耕种收综合机械化率",
        "growth_rate",
        HF,
    ),
    hx("补贴资金[6860万元]", 6860, "万元", "元", "落实农机购置补贴资金"),
    hx("补贴机具[2436台]", 2436, "台", "台", "补贴机具"),
    hx("受益农户[1985户]", 1985, "户", "户", "受益农户"),
    hx("联合收割机[4860台]", 4860, "台", "台", "投入联合收割机", period=HSUM),
    hx(
        "用时[9天]",
        9,
        "天",
        "天",
        "用时",
        period=HSUM,
        borderline=True,
        notes="borderline: a duration (the harvest's), like an elapsed time",
    ),
    hx(
        "缩短[1天]",
        -1,
        "天",
        "天",
        "用时",
        period=HSUM,
        borderline=True,
        notes="borderline: the change of a duration",
    ),
    hx("生猪出栏[118.6万头]", 118.6, "万头", "头", "生猪出栏"),
    hgr("比上年减少[2.4%]", -2.4, "生猪出栏"),
    hx("生猪存栏[62.3万头]", 62.3, "万头", "头", "生猪存栏", "count_total", HE),
    hx("母猪存栏[5.8万头]", 5.8, "万头", "头", "能繁母猪存栏", "count_total", HE),
    hgr(
        "保有量的[103.6%]",
        103.6,
        "能繁母猪存栏",
        HE,
        "share",
        notes="为正常保有量的X: a share of the indicator named before (as 为预算的)",
    ),
    hx(
        "牛出栏[3.2万头]",
        3.2,
        "万头",
        "头",
        "牛出栏",
        notes="a flow after a 年末: the year's",
    ),
    hx("羊出栏[21.7万只]", 21.7, "万只", "只", "羊出栏"),
    hx("家禽出栏[1856万只]", 1856, "万只", "只", "家禽出栏"),
    hx("总产量[达到26.9万吨]", 26.9, "万吨", "吨", "肉蛋奶总产量", qual="reach", qtext="达到"),
    hgr("增长[1.7%]", 1.7, "肉蛋奶总产量"),
    hmu("蔬菜播种面积[28.6万亩]", 28.6, "蔬菜播种面积", HF),
    hx("产量[112.4万吨]", 112.4, "万吨", "吨", "产量"),
    hmu("花生播种面积[41.3万亩]", 41.3, "花生播种面积", HF),
    hx("总产量[14.9万吨]", 14.9, "万吨", "吨", "总产量"),
    hx("龙头企业[86家]", 86, "家", "家", "县级以上农业产业化龙头企业", "count_total", HE),
    hx("国家级龙头企业[2家]", 2, "家", "家", "国家级龙头企业", "count_total", HE),
    hx("省级龙头企业[19家]", 19, "家", "家", "省级龙头企业", "count_total", HE),
    hx("合作社[2135家]", 2135, "家", "家", "农民专业合作社", "count_total", HE),
    hx("家庭农场[1468家]", 1468, "家", "家", "家庭农场", "count_total", HE),
    hx(
        "加工业产值[达到186.5亿元]",
        186.5,
        "亿元",
        "元",
        "农产品加工业产值",
        qual="reach",
        qtext="达到",
    ),
    hgr("增长[8.3%]", 8.3, "农产品加工业产值"),
    hgr("转化率[达到71.2%]", 71.2, "农产品加工转化率", kind="share", qual="reach", qtext="达到"),
    hx(
        "可支配收入[达到19860元]",
        19860,
        "元",
        "元",
        "农村居民人均可支配收入",
        qual="reach",
        qtext="达到",
    ),
    hgr("比上年增长[6.4%]", 6.4, "农村居民人均可支配收入"),
    row(
        "收入增速[1.3个百分点]",
        1.3,
        "个百分点",
        "百分点",
        "农村居民人均可支配收入增速",
        "other",
        HF,
        notes="a gap to another indicator's rate",
    ),
    hx(
        "上年的[1.71]",
        1.71,
        None,
        None,
        "城乡居民收入比",
        "share",
        HL,
        notes="由上年的X: the value of 上年 (the year before the report's)",
    ),
    hx("缩小到[1.66]", 1.66, None, None, "城乡居民收入比", "share"),
    hx("消费支出[15230元]", 15230, "元", "元", "农村居民人均消费支出"),
    hgr("增长[5.1%]", 5.1, "农村居民人均消费支出"),
    hx(
        "转移就业[38.6万人]",
        38.6,
        "万人",
        "人",
        "农村劳动力转移就业",
        "count_total",
        notes="the number working off the farm, a stock (relabelled after the blind score: actual)",
    ),
    row(
        "稳定在[395万亩以上]",
        395,
        "万亩",
        "亩",
        "粮食播种面积",
        "target",
        H26,
        "at_least",
        "以上",
    ),
    row("稳定在[34亿斤以上]", 34, "亿斤", "吨", "总产量", "target", H26, "at_least", "以上"),
    row("高标准农田[10万亩]", 10, "万亩", "亩", "新建高标准农田", "target", H26),
]


# h25: a city's industrial support policy (襄阳市支持制造业高质量发展若干措施) printed inside its
# notice on the city portal, 2025-12-22: 第X条 clauses granting rewards and subsidies (一次性奖励,
# 按…的10%给予补助, 最高/不超过 caps, 按LPR的50%给予贴息, a land-price floor 不低于…的70%), two
# goals 到2028年 in the preamble, a yearly fund 不少于10亿元. Traps: eligibility thresholds in a
# 的-clause (年度设备投资额在500万元以上的, 年营业收入首次突破1亿元、10亿元、50亿元的,
# 研发投入占营业收入比重3%以上, 增长20%以上/30%以上的, 亩均税收达到30万元以上的, 超过5000平方米的,
# 年薪50万元以上的), rule durations (前三年全免、后两年减半, 最长3年, 有效期3年), 首台（套）,
# 首批次, 首年度, 万亿级, “一号工程”, 第一批, 〔2025〕31号, an index number, a phone number, 附件
# numbering.
XY = "h25_xiangyang_manufacturing_support_measures_2025.txt"
XY28 = P("到2028年", "2028-01-01", "2028-12-31")
PARAM = (
    "a policy parameter (what a rule grants or caps): kind other, no period (the rule's frame, "
    "not an amount in a period)"
)


def xp(anchor, value, unit_raw, unit, indicator, qual="none", qtext=None, **kw):
    kw.setdefault("notes", PARAM)
    return row(anchor, value, unit_raw, unit, indicator, "other", NONE, qual, qtext, **kw)


def xpw(anchor, value, indicator, qual="none", qtext=None, **kw):
    """a grant in 万元"""
    return xp(anchor, value, "万元", "元", indicator, qual, qtext, **kw)


def xpc(anchor, value, indicator, qual="none", qtext=None, **kw):
    """a rate of a grant, in % of a base"""
    return xp(anchor, value, "%", "%", indicator, qual, qtext, **kw)


LABELS[XY] = [
    row(
        "工业企业[突破3000家]",
        3000,
        "家",
        "家",
        "规模以上工业企业",
        "target",
        XY28,
        "break_through",
        "突破",
    ),
    row(
        "稳定在[35%以上]",
        35,
        "%",
        "%",
        "制造业增加值占地区生产总值比重",
        "target",
        XY28,
        "at_least",
        "以上",
    ),
    xpc("设备投资额的[10%]给予补助", 10, "补助"),
    xpw(
        "每年最高[不超过1000万元]",
        1000,
        "单个企业",
        "at_most",
        "最高不超过",
        notes="a cap per enterprise (as 每间企业最高可获…): other, at_most, named by its unit",
    ),
    xpc("补助比例提高到[15%]", 15, "补助比例"),
    xpw("一次性奖励[20万元]、", 20, "一次性奖励"),
    xpw("20万元、[50万元]、", 50, "一次性奖励"),
    xpw("50万元、[100万元]。", 100, "一次性奖励"),
    xpc("奖励金额上浮[20%]", 20, "奖励金额"),
    xpc("增量的[5%]给予奖励", 5, "奖励"),
    xpw("奖励，[最高200万元]", 200, "奖励", "at_most", "最高"),
    xpw("一次性奖励[50万元]、100万元；", 50, "一次性奖励"),
    xpw("50万元、[100万元]；", 100, "一次性奖励"),
    xpw("一次性奖励[10万元]", 10, "一次性奖励"),
    xpc("产品单价的[20%]给予奖励", 20, "奖励"),
    xpw("单台奖励[最高不超过500万元]", 500, "单台奖励", "at_most", "最高不超过"),
    xpc("销售额的[10%]给予奖励", 10, "奖励"),
    xpw("每个企业每年[最高300万元]", 300, "每个企业", "at_most", "最高"),
    xpc("（LPR）的[50%]给予贴息", 50, "贴息"),
    xpw(
        "贴息额[最高200万元]",
        200,
        "单个企业贴息额",
        "at_most",
        "最高",
        notes=PARAM + "; 年度 (per year) is a period word, no part of the name",
    ),
    xpw("总额[不超过600万元]的奖励", 600, "奖励", "at_most", "不超过"),
    xpw("一次性奖励[80万元]", 80, "一次性奖励"),
    xpc(
        "出让最低价标准的[70%]确定",
        70,
        "土地出让起始价",
        "at_least",
        "不低于",
        notes=PARAM + "; a floor (不低于…的70%), not adjacent",
    ),
    xp("按每平方米[100元]计算", 100, "元", "元", "一次性装修补贴"),
    xpw("计算，[最高50万元]", 50, "一次性装修补贴", "at_most", "最高"),
    xp("每人每月[3000元]、", 3000, "元", "元", "生活补贴"),
    xp("3000元、[2000元]的生活补贴", 2000, "元", "元", "生活补贴"),
    xpc("留成部分的[80%]给予奖励", 80, "奖励"),
    row(
        "专项资金[不少于10亿元]",
        10,
        "亿元",
        "元",
        "统筹安排制造业高质量发展专项资金",
        "target",
        NONE,
        "at_least",
        "不少于",
        notes="a yearly fund the city commits to: a target; no year in its clause or the title "
        "(the term in the last clause dates no clause)",
    ),
    row(
        "的比例[不低于40%]",
        40,
        "%",
        "%",
        "用于技术改造的比例",
        "target",
        NONE,
        "at_least",
        "不低于",
    ),
    xpw(
        "原则上[不超过2000万元]",
        2000,
        "各类资金支持总额",
        "at_most",
        "不超过",
    ),
]


# h26: provincial news on the 2025 National Day and Mid-Autumn holiday (湖南日报, 2025-10-09): the
# holiday as the period of every figure (its dates in the lead, 10月1日至8日), 按可比口径同比,
# 较2019年同期 as a base, 日均, 重点监测 samples, 铁路/机场/水路/高速 traffic (架次, 辆次),
# 电影票房 with a 分别 list of two shares, 元/间夜, 约九成, a goal for 全年, cities as subjects, a
# link repeating a figure (borderline). Traps: 浏览量：12.6万, 假期共8天 / 比去年国庆假期多1天
# (the holiday's length), 10月8日讯, 五一商圈, 一大特点, 第二届, “十大活动”, an ICP number.
HN = "h26_hunan_national_day_holiday_tourism_2025.txt"
HOL = P("国庆中秋假期", "2025-10-01", "2025-10-08")
HOLT = "no time expression of its own: the holiday the report is about (its dates from the lead)"
HD1 = P("10月1日", "2025-10-01", "2025-10-01")
HD3 = P("10月3日", "2025-10-03", "2025-10-03")


def hv(anchor, value, indicator, kind="actual", period=HOL, **kw):
    """visits or trips in 万人次"""
    return row(anchor, value, "万人次", "人次", indicator, kind, period, **kw)


def hr(anchor, value, indicator, kind="growth_rate", period=HOL, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[HN] = [
    hv("我省接待游客[5186.3万人次]", 5186.3, "接待游客", notes="the headline"),
    row("实现旅游收入[412.7亿元]", 412.7, "亿元", "元", "旅游收入", "actual", HOL),
    hv("接待国内游客[5186.3万人次]", 5186.3, "接待国内游客"),
    hr("按可比口径同比增长[8.7%]", 8.7, "接待国内游客"),
    hr(
        "同期增长[26.4%]",
        26.4,
        "接待国内游客",
        notes="较2019年同期: a comparison base, not the period",
    ),
    row("国内旅游收入[412.7亿元]", 412.7, "亿元", "元", "国内旅游收入", "actual", HOL),
    hr("同比增长[9.2%]", 9.2, "国内旅游收入"),
    hv("日均接待游客[648.3万人次]", 648.3, "日均接待游客"),
    hv("接待过夜游客[1863.5万人次]", 1863.5, "接待过夜游客"),
    hr("占游客总量的[35.9%]", 35.9, "接待过夜游客占游客总量", "share", notes=PARTNAME),
    row(
        "同期提高[2.1个百分点]",
        2.1,
        "个百分点",
        "百分点",
        "接待过夜游客占游客总量",
        "growth_rate",
        HOL,
    ),
    hr("省外游客占比[达到28.6%]", 28.6, "省外游客占比", "share", qual="reach", qtext="达到"),
    hv("接待入境游客[8.6万人次]", 8.6, "接待入境游客"),
    hr("同比增长[42.3%]", 42.3, "接待入境游客"),
    row("入境游客花费[1.2亿美元]", 1.2, "亿美元", "美元", "入境游客花费", "actual", HOL),
    row(
        "纳入监测的[156家]重点景区",
        156,
        "家",
        "家",
        "重点景区",
        "count_total",
        NONE,
        notes="a stock with no time expression in its paragraph: undated",
    ),
    hv("共接待游客[2207.8万人次]", 2207.8, "重点景区接待游客", notes=HOLT),
    hr("同比增长[11.3%]", 11.3, "重点景区接待游客", notes=HOLT),
    row("门票收入[6.8亿元]", 6.8, "亿元", "元", "门票收入", "actual", HOL, notes=HOLT),
    hr("同比增长[7.5%]", 7.5, "门票收入", notes=HOLT),
    hv("长沙市接待游客[1206.4万人次]", 1206.4, "接待游客", subject="长沙", notes=HOLT),
    hr("同比增长[10.6%]", 10.6, "接待游客", subject="长沙", notes=HOLT),
    hv("张家界市接待游客[326.5万人次]", 326.5, "接待游客", subject="张家界", notes=HOLT),
    hr("同比增长[12.8%]", 12.8, "接待游客", subject="张家界", notes=HOLT),
    hv(
        "核心景区接待游客[48.2万人次]",
        48.2,
        "武陵源核心景区接待游客",
        subject="张家界",
        notes="其中: a part of 张家界's figure; the scenic area is named in the indicator",
    ),
    hv(
        "单日接待游客[达到7.9万人次]",
        7.9,
        "接待游客",
        period=HD3,
        subject="张家界",
        qual="reach",
        qtext="达到",
        notes="单日 is a period word (as 单月): no part of the name",
    ),
    row("重点监测的[186家]商贸企业", 186, "家", "家", "商贸企业", "count_total", HOL),
    row("实现销售额[68.4亿元]", 68.4, "亿元", "元", "商贸企业销售额", "actual", HOL),
    hr("同比增长[6.3%]。其中", 6.3, "商贸企业销售额"),
    hr("营业额增长[9.1%]", 9.1, "餐饮企业营业额"),
    hr("销售额下降[4.6%]", -4.6, "金银珠宝类商品销售额"),
    hr("通讯器材类增长[21.5%]", 21.5, "通讯器材类", notes="nothing borrowed from before"),
    hr("销售额同比增长[18.7%]", 18.7, "家电类商品销售额"),
    row(
        "新能源汽车销量[达到1.12万辆]",
        1.12,
        "万辆",
        "辆",
        "新能源汽车销量",
        "actual",
        HOL,
        "reach",
        "达到",
    ),
    hv(
        "发送旅客[628.5万人次]",
        628.5,
        "铁路发送旅客",
        "count_total",
        notes="累计: a running total (count_total, as 累计开行, h11's 累計), no part of the name",
    ),
    hr("同比增长[5.6%]，其中", 5.6, "铁路发送旅客"),
    hv("发送旅客[102.3万人次]，创", 102.3, "发送旅客", period=HD1),
    row("航班起降[1.28万架次]", 1.28, "万架次", "架次", "机场保障航班起降", "actual", HOL),
    hv("运送旅客[186.7万人次]", 186.7, "运送旅客"),
    hr("同比增长[7.9%]", 7.9, "运送旅客"),
    hv("水路运送旅客[23.6万人次]", 23.6, "水路运送旅客"),
    hr("同比增长[3.2%]。全省", 3.2, "水路运送旅客"),
    row(
        "车流量[达到2630.4万辆次]",
        2630.4,
        "万辆次",
        "辆次",
        "高速公路车流量",
        "actual",
        HOL,
        "reach",
        "达到",
    ),
    row("日均[328.8万辆次]", 328.8, "万辆次", "辆次", "日均高速公路车流量", "actual", HOL),
    row("占比[约九成]", 90, "成", "%", "小型客车占比", "share", HOL, "about", "约"),
    row("文化活动[3260场]", 3260, "场", "场", "举办各类文化活动", "actual", HOL, notes=HOLT),
    hv(
        "参与[超过580万人次]",
        580,
        "群众参与",
        qual="over",
        qtext="超过",
        notes="after a causative verb (吸引) the count counts an event: 群众参与",
    ),
    row("电影票房[达到1.86亿元]", 1.86, "亿元", "元", "电影票房", "actual", HOL, "reach", "达到"),
    row(
        "观影人次[462.5万]",
        462.5,
        "万",
        None,
        "观影人次",
        "actual",
        HOL,
        notes="the counted noun before the number: unit_raw the multiplier alone",
    ),
    hr("全国的[4.3%]和", 4.3, "电影票房占全国", "share", notes="分别: the first item's share"),
    hr("4.3%和[4.6%]。", 4.6, "观影人次占全国", "share", notes="分别: the second item's share"),
    hr("客房出租率为[68.5%]", 68.5, "星级饭店平均客房出租率", "share", notes=HOLT),
    row(
        "同期提高[3.2个百分点]",
        3.2,
        "个百分点",
        "百分点",
        "星级饭店平均客房出租率",
        "growth_rate",
        HOL,
    ),
    row("平均房价[412元/间夜]", 412, "元/间夜", "元/间夜", "平均房价", "actual", HOL),
    hr("同比下降[3.6%]", -3.6, "平均房价"),
    hv("乡村旅游接待游客[1530.2万人次]", 1530.2, "乡村旅游接待游客"),
    hr("国内游客总量的[29.5%]", 29.5, "乡村旅游接待游客占国内游客总量", "share", notes=PARTNAME),
    hv("经典景区接待游客[386.4万人次]", 386.4, "红色旅游经典景区接待游客"),
    hr("同比增长[6.8%]。夜间", 6.8, "红色旅游经典景区接待游客"),
    row(
        "神农城等[12个]国家级",
        12,
        "个",
        "个",
        "国家级夜间文化和旅游消费集聚区",
        "count_total",
        HOL,
        notes="a count after 等 adds information; the paragraph's 假期 dates it",
    ),
    hv("客流量[达到865.7万人次]", 865.7, "夜间客流量", qual="reach", qtext="达到"),
    hv("日均[108.2万人次]", 108.2, "日均夜间客流量"),
    row(
        "力争全年接待国内游客[突破8亿人次]",
        8,
        "亿人次",
        "人次",
        "接待国内游客",
        "target",
        P("全年", "2025-01-01", "2025-12-31"),
        "break_through",
        "突破",
    ),
    hv(
        "铁路发送旅客[102.3万人次]创新高",
        102.3,
        "铁路发送旅客",
        period=P("国庆假期首日", "2025-10-01", "2025-10-01"),
        borderline=True,
        notes="borderline: a link to another article repeating a figure (page furniture)",
    ),
]


# h27: a city's yearly health statistics bulletin (2025年宜昌市卫生健康事业发展统计公报, published
# 2026-05-18): 年末 stocks (people, institutions with 其中 lists, beds, staff), ‰ rates, a natural
# growth rate below zero, shares of age groups, per-thousand and per-ten-thousand densities, a
# 分别 list of beds, 总诊疗人次, 平均住院日 in 日, per-100,000 rates (/10万) and a change in
# 个十万分点, 人均预期寿命 in 岁, 累计, 稳定在95%以上. Traps: age groups (60岁及以上, 65岁及以上,
# 0—6岁, 3岁以下, 5岁以下), 三年行动（2024—2026年）, 三级/二级/一级 as grades, 三级甲等, 第三批,
# 每千人口 / 每万人口, 注：1. 2. 3., a phone number.
YC = "h27_yichang_health_statistics_bulletin_2025.txt"
YCE = P("年末", "2025-12-31", "2025-12-31")
YCF = P("全年", "2025-01-01", "2025-12-31")
YCY = P("2025年", "2025-01-01", "2025-12-31")
YTITLE = (
    "no time expression in its paragraph: a flow or rate of change of a yearly report, the "
    "title's year"
)


def yc(anchor, value, unit_raw, unit, indicator, kind="count_total", period=YCE, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def ycn(anchor, value, indicator, **kw):
    """a number of institutions at the year's end"""
    return yc(anchor, value, "个", "个", indicator, **kw)


def ycs(anchor, value, indicator, period=YCF, unit_raw="%", unit="%", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "share", period, **kw)


def ycg(anchor, value, indicator, period=YCF, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


LABELS[YC] = [
    yc("常住人口[389.26万人]", 389.26, "万人", "人", "常住人口"),
    yc("比上年末减少[1.35万人]", -1.35, "万人", "人", "常住人口", "actual"),
    yc("城镇人口[261.43万人]", 261.43, "万人", "人", "城镇人口"),
    ycs("城镇化率[67.16%]", 67.16, "常住人口城镇化率", YCE),
    row(
        "上年末提高[0.82个百分点]",
        0.82,
        "个百分点",
        "百分点",
        "常住人口城镇化率",
        "growth_rate",
        YCE,
    ),
    yc("出生人口[2.41万人]", 2.41, "万人", "人", "出生人口", "actual", YCF),
    ycs("出生率[6.18‰]", 6.18, "人口出生率", unit_raw="‰", unit="‰"),
    yc("死亡人口[3.52万人]", 3.52, "万人", "人", "死亡人口", "actual", YCF),
    ycs("死亡率[9.03‰]", 9.03, "人口死亡率", unit_raw="‰", unit="‰"),
    row(
        "自然增长率[-2.85‰]",
        -2.85,
        "‰",
        "‰",
        "人口自然增长率",
        "growth_rate",
        YCF,
        notes="the rate of change of the population (births less deaths): growth_rate, as written",
    ),
    yc("60岁及以上人口[98.47万人]", 98.47, "万人", "人", "60岁及以上人口"),
    ycs("常住人口的[25.30%]", 25.30, "60岁及以上人口占常住人口", YCE, notes=PARTNAME),
    yc("65岁及以上人口[74.12万人]", 74.12, "万人", "人", "65岁及以上人口"),
    ycs("常住人口的[19.04%]", 19.04, "65岁及以上人口占常住人口", YCE, notes=PARTNAME),
    ycn("医疗卫生机构[5126个]", 5126, "医疗卫生机构"),
    yc("比上年末增加[38个]", 38, "个", "个", "医疗卫生机构", "actual"),
    ycn("医院[186个]", 186, "医院"),
    ycn("基层医疗卫生机构[4862个]", 4862, "基层医疗卫生机构"),
    ycn("专业公共卫生机构[63个]", 63, "专业公共卫生机构"),
    ycn("其他医疗卫生机构[15个]", 15, "其他医疗卫生机构"),
    ycn("公立医院[72个]", 72, "公立医院"),
    ycn("民营医院[114个]", 114, "民营医院"),
    ycn("（站）[142个]", 142, "社区卫生服务中心（站）"),
    ycn("乡镇卫生院[96个]", 96, "乡镇卫生院"),
    ycn("村卫生室[2318个]", 2318, "村卫生室"),
    ycn("（医务室）[2306个]", 2306, "门诊部和诊所（医务室）"),
    ycn("三级医院[16个]", 16, "三级医院", notes="三级 is a grade (a name), 16 the count"),
    ycn("三级甲等医院[9个]", 9, "三级甲等医院"),
    ycn("二级医院[58个]", 58, "二级医院"),
    ycn("一级医院[61个]", 61, "一级医院"),
    yc("实有床位[3.52万张]", 3.52, "万张", "张", "医疗卫生机构实有床位"),
    ycg("比上年末增长[2.6%]", 2.6, "医疗卫生机构实有床位", YCE),
    yc("床位分别为[2.91万张]", 2.91, "万张", "张", "医院床位"),
    yc("2.91万张、[0.52万张]", 0.52, "万张", "张", "基层医疗卫生机构床位"),
    yc("0.52万张和[0.09万张]", 0.09, "万张", "张", "专业公共卫生机构床位"),
    yc(
        "床位数[9.04张]",
        9.04,
        "张",
        "张",
        "每千人口医疗卫生机构床位数",
        "actual",
        notes="a per-head density is actual (每千人口 is no number)",
    ),
    yc("比上年末增加[0.29张]", 0.29, "张", "张", "每千人口医疗卫生机构床位数", "actual"),
    yc("卫生人员总数[4.78万人]", 4.78, "万人", "人", "卫生人员总数"),
    ycg("比上年末增长[3.1%]", 3.1, "卫生人员总数", YCE),
    yc("卫生技术人员[3.86万人]", 3.86, "万人", "人", "卫生技术人员"),
    yc("卫生员[2215人]", 2215, "人", "人", "乡村医生和卫生员"),
    yc("（助理）医师[1.42万人]", 1.42, "万人", "人", "执业（助理）医师"),
    yc("注册护士[1.73万人]", 1.73, "万人", "人", "注册护士"),
    yc("（助理）医师[3.65人]", 3.65, "人", "人", "每千人口执业（助理）医师", "actual"),
    yc("注册护士[4.44人]", 4.44, "人", "人", "每千人口注册护士", "actual"),
    yc("全科医生[4.12人]", 4.12, "人", "人", "每万人口全科医生", "actual"),
    yc(
        "总诊疗人次[2865.3万人次]",
        2865.3,
        "万人次",
        "人次",
        "医疗卫生机构总诊疗人次",
        "actual",
        YCF,
    ),
    ycg("比上年增长[4.2%]", 4.2, "医疗卫生机构总诊疗人次"),
    yc("医院[1462.8万人次]", 1462.8, "万人次", "人次", "医院", "actual", YCF),
    yc(
        "基层医疗卫生机构[1318.6万人次]",
        1318.6,
        "万人次",
        "人次",
        "基层医疗卫生机构",
        "actual",
        YCF,
    ),
    ycs("总诊疗量的[46.0%]", 46.0, "基层诊疗量占总诊疗量"),
    yc("就诊[7.4次]", 7.4, "次", "次", "居民平均到医疗卫生机构就诊", "actual", YCF),
    yc("入院人数[82.6万人]", 82.6, "万人", "人", "入院人数", "actual", YCF),
    ycg("比上年增长[3.1%]，居民", 3.1, "入院人数"),
    ycs("住院率[21.2%]", 21.2, "居民年住院率"),
    ycs(
        "使用率为[82.3%]",
        82.3,
        "医院病床使用率",
        YCY,
        notes="the year's rate (compared with 比上年) in a yearly report: the title's year "
        "(relabelled after the blind score: undated)",
    ),
    row(
        "比上年下降[1.6个百分点]",
        -1.6,
        "个百分点",
        "百分点",
        "医院病床使用率",
        "growth_rate",
        YCY,
        notes=YTITLE,
    ),
    yc(
        "住院日为[8.6日]",
        8.6,
        "日",
        "天",
        "出院者平均住院日",
        "actual",
        YCY,
        notes="日 after a number of days (住院日为8.6日) is the unit 天; " + YTITLE,
    ),
    yc("缩短[0.3日]", -0.3, "日", "天", "出院者平均住院日", "actual", YCY, notes=YTITLE),
    yc(
        "次均医药费用[286.5元]",
        286.5,
        "元",
        "元",
        "公立医院门诊病人次均医药费用",
        "actual",
        YCY,
        notes=YTITLE,
    ),
    ycg("比上年增长[1.8%]", 1.8, "公立医院门诊病人次均医药费用", YCY),
    yc(
        "人均医药费用[9635.2元]",
        9635.2,
        "元",
        "元",
        "住院病人人均医药费用",
        "actual",
        YCY,
    ),
    ycg("元，下降[2.4%]", -2.4, "住院病人人均医药费用", YCY),
    ycn("家庭医生团队[1862个]", 1862, "组建家庭医生团队"),
    ycs("覆盖率[43.6%]", 43.6, "常住人口家庭医生签约服务覆盖率", YCE),
    ycs("覆盖率[82.5%]", 82.5, "重点人群签约服务覆盖率", YCE),
    yc("健康管理服务[52.3万人]", 52.3, "万人", "人", "提供健康管理服务", "actual", YCF),
    ycs("老年人健康管理率[70.6%]", 70.6, "老年人健康管理率"),
    ycs(
        "儿童健康管理率[95.8%]",
        95.8,
        "0-6岁儿童健康管理率",
        notes="the dash as the cleaned text writes it (relabelled: 0—6岁, as in the raw text)",
    ),
    ycs("儿童系统管理率[93.2%]", 93.2, "3岁以下儿童系统管理率"),
    ycs(
        "发病率为[161.25/10万]",
        161.25,
        "甲乙类法定报告传染病发病率",
        unit_raw="/10万",
        unit="1/10万",
        norm=161.25,
        notes="a rate per 100,000 (/10万): unit 1/10万, the 万 of the denominator part of the unit",
    ),
    ycs(
        "死亡率为[8.25/10万]",
        8.25,
        "孕产妇死亡率",
        unit_raw="/10万",
        unit="1/10万",
        norm=8.25,
    ),
    row(
        "比上年下降[1.37个十万分点]",
        -1.37,
        "个十万分点",
        "十万分点",
        "孕产妇死亡率",
        "growth_rate",
        YCF,
        norm=-1.37,
        notes="points of a rate per 100,000 (个十万分点), as 个百分点 of a %",
    ),
    ycs("分别为[2.16‰]", 2.16, "婴儿死亡率", unit_raw="‰", unit="‰"),
    ycs("2.16‰和[3.02‰]", 3.02, "5岁以下儿童死亡率", unit_raw="‰", unit="‰"),
    ycs("住院分娩率[99.98%]", 99.98, "住院分娩率"),
    ycs("孕产妇系统管理率[95.6%]", 95.6, "孕产妇系统管理率"),
    yc("母婴友好医院[2家]", 2, "家", "家", "新增国家级母婴友好医院", "actual", YCF),
    yc(
        "累计[达到5家]",
        5,
        "家",
        "家",
        "国家级母婴友好医院",
        period=P("累计", "2025-12-31", "2025-12-31"),
        qual="reach",
        qtext="达到",
        notes="a bare 累计 in a yearly report: the count at the end of the year reported",
    ),
    yc(
        "预期寿命[达到80.12岁]",
        80.12,
        "岁",
        "岁",
        "居民人均预期寿命",
        "actual",
        YCY,
        qual="reach",
        qtext="达到",
        notes="岁 is a unit after 寿命 (an age used as a group, 60岁及以上, is none); " + YTITLE,
    ),
    yc("比上年提高[0.26岁]", 0.26, "岁", "岁", "居民人均预期寿命", "actual", YCY, notes=YTITLE),
    ycs(
        "素养水平[达到32.5%]",
        32.5,
        "居民健康素养水平",
        YCY,
        qual="reach",
        qtext="达到",
        notes="the year's level (compared with 比上年): the title's year (relabelled: undated)",
    ),
    row(
        "比上年提高[2.3个百分点]",
        2.3,
        "个百分点",
        "百分点",
        "居民健康素养水平",
        "growth_rate",
        YCY,
        notes=YTITLE,
    ),
    yc("参保人数[372.6万人]", 372.6, "万人", "人", "基本医疗保险参保人数"),
    ycs("参保率稳定在[95%以上]", 95, "参保率", YCE, qual="at_least", qtext="以上"),
]


# ---------------------------------------------------------------------------------------------
# Round 9, added after the extractor had been improved on h01–h27 and labelled before it was run
# on them: a city's mid-term review of its 14th five-year plan with an indicator table (2020年基数
# / 2025年目标 / 2023年完成值, 〔〕 for cumulative values; h28), a customs office's foreign-trade
# release for the first ten months (h29), a Hong Kong labour-force release in Traditional script
# with rolling three-month periods (h30) and a county's human-resources and social-security
# statistics bulletin with OCR damage (h31).

# h28: city mid-term review of its 14th five-year plan (Mianyang), April 2024: results of 2023,
# averages and cumulative values over 2021–2023, the plan's targets (levels at 2025, yearly
# averages and 〔〕 cumulative values over 2021–2025), a table 2020年基数 / 2025年目标 /
# 2023年完成值
MY = "h28_mianyang_14th_plan_midterm_review_2024.txt"
M20 = P("2020年", "2020-01-01", "2020-12-31")
M23 = P("2023年", "2023-01-01", "2023-12-31")
M25 = P("2025年", "2025-01-01", "2025-12-31")
M3 = P("2021—2023年", "2021-01-01", "2023-12-31")
MPLAN = P("“十四五”", "2021-01-01", "2025-12-31")
MT = "table cell (2020年基数 / 2025年目标 / 2023年完成值)"
MGOAL = "a target of the plan quoted in its review: a level at the plan's end (2025)"


def mcells(head, indicator, unit_raw, unit, base, target, done, level_kind, sign=1, span=False):
    """A row of the table: base (2020), target (2025; 2021–2025 for a yearly average or a
    〔〕 cumulative value) and the mid-term value (2023; 2021–2023 likewise)."""
    out = []
    if base is not None:
        out.append(
            row(col_cell(MY, head, 2), base, unit_raw, unit, indicator, level_kind, M20, notes=MT)
        )
    tp = P("2025年", "2021-01-01", "2025-12-31") if span else M25
    dp = P("2023年", "2021-01-01", "2023-12-31") if span else M23
    tq, tt = ("at_most", "<") if isinstance(target, tuple) else ("none", None)
    tv = target[0] if isinstance(target, tuple) else target
    out.append(
        row(
            col_cell(MY, head, 3),
            sign * tv,
            unit_raw,
            unit,
            indicator,
            "target",
            tp,
            qual=tq,
            qtext=tt,
            notes=MT,
        )
    )
    done_kind = "growth_rate" if sign < 0 or "增长" in head else level_kind
    if span and unit == "人":
        done_kind = "count_total"
    out.append(
        row(col_cell(MY, head, 4), sign * done, unit_raw, unit, indicator, done_kind, dp, notes=MT)
    )
    return out


LABELS[MY] = [
    row(
        "共设置主要指标[20项]",
        20,
        "项",
        "项",
        "主要指标",
        "other",
        borderline=True,
        notes="borderline: how many indicators the plan sets (its frame: neither goal nor result)",
    ),
    row(
        "约束性指标[6项]",
        6,
        "项",
        "项",
        "约束性指标",
        "other",
        borderline=True,
        notes="borderline: as 20项",
    ),
    row(
        "预期性指标[14项]",
        14,
        "项",
        "项",
        "预期性指标",
        "other",
        borderline=True,
        notes="borderline: as 20项",
    ),
    row(
        "，[11项]指标达到",
        11,
        "项",
        "项",
        "达到或超过序时进度的指标",
        "count_total",
        P("截至2023年底", "2023-12-31", "2023-12-31"),
        notes="members of a group at a date (as h10's 有29个实现增长)",
    ),
    row(
        "，[6项]符合预期",
        6,
        "项",
        "项",
        "符合预期的指标",
        "count_total",
        P("截至2023年底", "2023-12-31", "2023-12-31"),
    ),
    row(
        "，[3项]进展滞后",
        3,
        "项",
        "项",
        "进展滞后的指标",
        "count_total",
        P("截至2023年底", "2023-12-31", "2023-12-31"),
    ),
    row(
        "地区生产总值[达到3950.6亿元]",
        3950.6,
        "亿元",
        "元",
        "地区生产总值",
        "actual",
        M23,
        "reach",
        "达到",
    ),
    row("人均地区生产总值[8.1万元]", 8.1, "万元", "元", "人均地区生产总值", "actual", M23),
    row(
        "投入强度[达到3.92%]",
        3.92,
        "%",
        "%",
        "全社会研发经费投入强度",
        "share",
        M23,
        "reach",
        "达到",
    ),
    row(
        "距[4.2%]的目标",
        4.2,
        "%",
        "%",
        "全社会研发经费投入强度",
        "target",
        M25,
        notes=MGOAL,
    ),
    row("比重为[9.6%]", 9.6, "%", "%", "数字经济核心产业增加值占地区生产总值比重", "share", M23),
    row(
        "比2020年提高[2.1个百分点]",
        2.1,
        "个百分点",
        "百分点",
        "数字经济核心产业增加值占地区生产总值比重",
        "growth_rate",
        M23,
    ),
    row("生产总值年均增长[7.1%]", 7.1, "%", "%", "地区生产总值", "growth_rate", M3),
    row(
        "确定的年均增长[6.5%]",
        6.5,
        "%",
        "%",
        "地区生产总值",
        "target",
        MPLAN,
        notes="a yearly average the plan sets: the plan's years",
    ),
    row(
        "新增城镇就业[6.8万人]",
        6.8,
        "万人",
        "人",
        "新增城镇就业",
        "count_total",
        M3,
        notes="累计: a cumulative count",
    ),
    row(
        "完成规划目标的[85%]",
        85,
        "%",
        "%",
        "新增城镇就业",
        "share",
        M3,
        notes="完成…目标的X: a share of the last indicator",
    ),
    row("收入年均增长[6.9%]", 6.9, "%", "%", "居民人均可支配收入", "growth_rate", M3),
    row("城镇调查失业率为[5.1%]", 5.1, "%", "%", "城镇调查失业率", "share", M23),
    row(
        "托位数[达到3.1个]",
        3.1,
        "个",
        "个",
        "每千人口拥有3岁以下婴幼儿托位数",
        "actual",
        M23,
        "reach",
        "达到",
        notes="a per-head density; 3岁以下 is an age group, part of the name",
    ),
    row(
        "距[4.5个]的目标",
        4.5,
        "个",
        "个",
        "每千人口拥有3岁以下婴幼儿托位数",
        "target",
        M25,
        notes=MGOAL,
    ),
    row("预期寿命[达到78.6岁]", 78.6, "岁", "岁", "人均预期寿命", "actual", M23, "reach", "达到"),
    row("比2020年提高[0.9岁]", 0.9, "岁", "岁", "人均预期寿命", "actual", M23),
    row(
        "三年累计降低[8.2%]",
        -8.2,
        "%",
        "%",
        "单位地区生产总值能源消耗",
        "growth_rate",
        P("三年", "2021-01-01", "2023-12-31"),
        notes="三年累计 in a review of 2021–2023",
    ),
    row(
        "目标任务的[58.6%]",
        58.6,
        "%",
        "%",
        "单位地区生产总值能源消耗",
        "share",
        P("三年", "2021-01-01", "2023-12-31"),
        notes="“十四五”目标任务的X: a share; the plan is its base, not its period",
    ),
    row(
        "平均浓度降至[31.5微克/立方米]",
        31.5,
        "微克/立方米",
        "微克/立方米",
        "细颗粒物（PM2.5）平均浓度",
        "actual",
        M23,
    ),
    row(
        "优良天数比率[达到89.3%]",
        89.3,
        "%",
        "%",
        "空气质量优良天数比率",
        "share",
        M23,
        "reach",
        "达到",
    ),
    row("森林覆盖率[达到56.2%]", 56.2, "%", "%", "森林覆盖率", "share", M23, "reach", "达到"),
    *mcells(
        "地区生产总值年均增长", "地区生产总值", "%", "%", None, 6.5, 7.1, "growth_rate", span=True
    ),
    *mcells("人均地区生产总值", "人均地区生产总值", "万元", "元", 6.2, 8, 8.1, "actual"),
    *mcells("全社会研发经费投入强度", "全社会研发经费投入强度", "%", "%", 3.36, 4.2, 3.92, "share"),
    *mcells("常住人口城镇化率", "常住人口城镇化率", "%", "%", 52.5, 58, 54.8, "share"),
    *mcells("城镇新增就业", "城镇新增就业", "万人", "人", None, 8, 6.8, "count_total", span=True),
    *mcells("城镇调查失业率", "城镇调查失业率", "%", "%", 5.3, (5.5,), 5.1, "share"),
    *mcells(
        "单位地区生产总值能耗降低",
        "单位地区生产总值能耗",
        "%",
        "%",
        None,
        14,
        8.2,
        "growth_rate",
        sign=-1,
        span=True,
    ),
    *mcells("空气质量优良天数比率", "空气质量优良天数比率", "%", "%", 86.5, 88, 89.3, "share"),
    *mcells("森林覆盖率", "森林覆盖率", "%", "%", 55.1, 56.5, 56.2, "share"),
    row(
        "目标还差[0.28个百分点]",
        0.28,
        "个百分点",
        "百分点",
        "研发经费投入强度",
        "other",
        notes="a gap to the target; no time expression in the paragraph or its heading",
    ),
    row(
        "拥有量为[6.2件]",
        6.2,
        "件",
        "件",
        "每万人口高价值发明专利拥有量",
        "actual",
        notes="a per-head density, undated",
    ),
    row(
        "年均提高[0.77个百分点]",
        0.77,
        "个百分点",
        "百分点",
        "常住人口城镇化率",
        "growth_rate",
        notes="no time expression in the paragraph or its heading: undated",
    ),
    row(
        "确定的年均提高[1.1个百分点]",
        1.1,
        "个百分点",
        "百分点",
        "常住人口城镇化率",
        "target",
        MPLAN,
        notes="a yearly average the plan sets: the plan's years",
    ),
    row(
        "力争到2025年，全社会研发经费投入强度[达到4.2%]",
        4.2,
        "%",
        "%",
        "全社会研发经费投入强度",
        "target",
        M25,
        "reach",
        "达到",
    ),
    row(
        "城镇化率[达到57%左右]",
        57,
        "%",
        "%",
        "常住人口城镇化率",
        "target",
        M25,
        "about",
        "达到…左右",
    ),
    row(
        "能耗累计降低[14%]",
        -14,
        "%",
        "%",
        "单位地区生产总值能耗",
        "target",
        MPLAN,
        notes="a cumulative decline over the plan: the plan's years",
    ),
    row(
        "重大项目[326个]",
        326,
        "个",
        "个",
        "实施重大项目",
        "target",
        MPLAN,
        notes="the plan's projects: the plan's years (relabelled: “十四五” was kept in the name)",
    ),
    row(
        "完成投资[2860亿元]",
        2860,
        "亿元",
        "元",
        "完成投资",
        "target",
        P("2024—2025年", "2024-01-01", "2025-12-31"),
    ),
]


# h29: customs office's foreign-trade release (Hefei customs, Anhui), November 2025: 前10个月 and
# 10月份 side by side, partners (东盟, 欧盟, 美国, 共建“一带一路”国家 — trade partners, no subject),
# shares of the total, contributions in points, trade modes, enterprise types, goods, an HS code
HF = "h29_hefei_customs_trade_oct_2025.txt"
HT = P("前10个月", "2025-01-01", "2025-10-31")
HO = P("10月份", "2025-10-01", "2025-10-31")


def ha(anchor, value, indicator, period=HT, unit_raw="亿元", unit="元", kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def hr(anchor, value, indicator, period=HT, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def hs(anchor, value, indicator, period=HT, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def hpt(anchor, value, indicator, kind, period=HT, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


HCONT = "a contribution (拉动…增长…个百分点): other, named by the part and what it moves"

LABELS[HF] = [
    hr(
        "外贸进出口同比增长[8.6%]",
        8.6,
        "外贸进出口",
        notes="the headline repeats the figure: a mention like any other, the title's period",
    ),
    ha("进出口总值[7326.4亿元]", 7326.4, "货物贸易进出口总值"),
    hr("同比增长[8.6%]，增速", 8.6, "货物贸易进出口总值"),
    hpt(
        "高于全国[5.0个百分点]",
        5.0,
        "货物贸易进出口总值增速",
        "other",
        notes="a gap to the country's rate",
    ),
    row(
        "居全国[第11位]",
        11,
        "位",
        "位",
        "货物贸易进出口总值",
        "rank",
        HT,
        notes="规模居…: the volume is ranked",
    ),
    ha("其中，出口[4718.2亿元]", 4718.2, "出口"),
    hr("增长[10.3%]", 10.3, "出口"),
    ha("进口[2608.2亿元]", 2608.2, "进口"),
    hr("增长[5.7%]", 5.7, "进口"),
    ha("贸易顺差[2110亿元]", 2110, "贸易顺差"),
    hr("扩大[16.8%]", 16.8, "贸易顺差"),
    ha("全省进出口[768.5亿元]", 768.5, "进出口", HO),
    hr("同比增长[6.2%]", 6.2, "进出口", HO),
    hr(
        "比上月增长[3.4%]",
        3.4,
        "进出口",
        HO,
        notes="against the month before (环比): its 同比 twin's name",
    ),
    ha("出口[502.3亿元]", 502.3, "出口", HO),
    hr("增长[7.9%]", 7.9, "出口", HO),
    ha("进口[266.2亿元]", 266.2, "进口", HO),
    hr("增长[3.1%]", 3.1, "进口", HO),
    ha(
        "保持在[700亿元以上]",
        700,
        "单月进出口规模",
        HO,
        qual="at_least",
        qtext="以上",
        borderline=True,
        notes="borderline: a streak's floor (连续9个月保持在…以上), as h24",
    ),
    ha("对东盟进出口[1046.7亿元]", 1046.7, "东盟进出口", notes="a trade partner is no subject"),
    hr("增长[14.2%]", 14.2, "东盟进出口"),
    hs("进出口总值的[14.3%]", 14.3, "东盟进出口占同期全省进出口总值"),
    ha("对欧盟进出口[983.5亿元]", 983.5, "欧盟进出口"),
    hr("增长[6.5%]", 6.5, "欧盟进出口"),
    ha("对美国进出口[742.1亿元]", 742.1, "美国进出口"),
    hr("下降[3.8%]", -3.8, "美国进出口"),
    ha(
        "国家进出口[3655.9亿元]",
        3655.9,
        "共建“一带一路”国家进出口",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    hr("增长[12.4%]", 12.4, "共建“一带一路”国家进出口", P("同期", "2025-01-01", "2025-10-31")),
    hs("占[49.9%]", 49.9, "共建“一带一路”国家进出口占比", P("同期", "2025-01-01", "2025-10-31")),
    hpt(
        "比去年同期提升[1.7个百分点]",
        1.7,
        "共建“一带一路”国家进出口占比",
        "growth_rate",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    hpt(
        "拉动全省进出口增长[5.9个百分点]",
        5.9,
        "共建“一带一路”国家进出口拉动全省进出口",
        "other",
        P("同期", "2025-01-01", "2025-10-31"),
        notes=HCONT,
    ),
    ha(
        "一般贸易方式进出口[5215.7亿元]",
        5215.7,
        "一般贸易方式进出口",
        notes="a leading 以 is no part",
    ),
    hr("增长[10.1%]", 10.1, "一般贸易方式进出口"),
    hs("进出口总值的[71.2%]", 71.2, "一般贸易方式进出口占全省进出口总值"),
    hpt("提升[1.0个百分点]", 1.0, "一般贸易方式进出口占全省进出口总值", "growth_rate"),
    ha("加工贸易方式进出口[1302.8亿元]", 1302.8, "加工贸易方式进出口"),
    hr("下降[1.6%]", -1.6, "加工贸易方式进出口"),
    ha(
        "民营企业进出口[4580.3亿元]",
        4580.3,
        "民营企业进出口",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    hr("增长[11.7%]", 11.7, "民营企业进出口", P("同期", "2025-01-01", "2025-10-31")),
    hs(
        "进出口总值的[62.5%]",
        62.5,
        "民营企业进出口占全省进出口总值",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    hpt(
        "拉动全省进出口增长[7.1个百分点]",
        7.1,
        "民营企业进出口拉动全省进出口",
        "other",
        P("同期", "2025-01-01", "2025-10-31"),
        notes=HCONT,
    ),
    ha(
        "外商投资企业进出口[1920.6亿元]",
        1920.6,
        "外商投资企业进出口",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    hr("增长[2.4%]", 2.4, "外商投资企业进出口", P("同期", "2025-01-01", "2025-10-31")),
    ha("国有企业进出口[812.9亿元]", 812.9, "国有企业进出口", P("同期", "2025-01-01", "2025-10-31")),
    hr("增长[5.2%]", 5.2, "国有企业进出口", P("同期", "2025-01-01", "2025-10-31")),
    ha(
        "外贸企业[达1.38万家]",
        1.38,
        "进出口实绩的外贸企业",
        P("同期", "2025-01-01", "2025-10-31"),
        unit_raw="万家",
        unit="家",
        kind="count_total",
        qual="reach",
        qtext="达",
        notes="a leading 有 is no part (as h19)",
    ),
    ha(
        "同比增加[1062家]",
        1062,
        "进出口实绩的外贸企业",
        P("同期", "2025-01-01", "2025-10-31"),
        unit_raw="家",
        unit="家",
    ),
    row(
        "机电产品出口占比[超七成]",
        70,
        "成",
        "%",
        "机电产品出口占比",
        "share",
        HT,
        "over",
        "超",
        notes="a section heading summing up its section: the release's period (前10个月)",
    ),
    ha("出口机电产品[3452.8亿元]", 3452.8, "出口机电产品"),
    hr("增长[13.6%]", 13.6, "出口机电产品"),
    hs("占出口总值的[73.2%]", 73.2, "出口机电产品占出口总值"),
    ha("）出口[1126.4亿元]", 1126.4, "汽车出口", notes="HS编码8703 is a code, no number"),
    hr("增长[21.5%]", 21.5, "汽车出口"),
    ha("出口汽车[54.6万辆]", 54.6, "出口汽车", unit_raw="万辆", unit="辆"),
    hr("增长[18.2%]", 18.2, "出口汽车"),
    ha("蓄电池出口[186.3亿元]", 186.3, "锂离子蓄电池出口"),
    hr("下降[4.6%]", -4.6, "锂离子蓄电池出口"),
    ha("太阳能电池出口[97.2亿元]", 97.2, "太阳能电池出口"),
    hr("下降[18.9%]", -18.9, "太阳能电池出口"),
    ha(
        "劳动密集型产品[362.5亿元]",
        362.5,
        "出口劳动密集型产品",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    hr("下降[2.3%]", -2.3, "出口劳动密集型产品", P("同期", "2025-01-01", "2025-10-31")),
    hs(
        "出口总值的[7.7%]",
        7.7,
        "出口劳动密集型产品占出口总值",
        P("同期", "2025-01-01", "2025-10-31"),
    ),
    ha("进口集成电路[498.7亿元]", 498.7, "进口集成电路"),
    hr("增长[9.8%]", 9.8, "进口集成电路"),
    ha("矿砂[3826.4万吨]", 3826.4, "进口金属矿及矿砂", unit_raw="万吨", unit="吨"),
    hr("增加[1.5%]", 1.5, "进口金属矿及矿砂"),
    ha("价值[612.3亿元]", 612.3, "进口金属矿及矿砂价值"),
    hr("下降[7.4%]", -7.4, "进口金属矿及矿砂价值"),
    ha("进口铁矿砂[2918.5万吨]", 2918.5, "进口铁矿砂", unit_raw="万吨", unit="吨"),
    hr("增加[2.7%]", 2.7, "进口铁矿砂"),
    ha(
        "每吨[718.6元]",
        718.6,
        "进口均价",
        unit_raw="元",
        unit="元",
        notes="a per-unit written before the number (每吨) is part of the name, as h25's 每人每月",
    ),
    hr("下跌[8.9%]", -8.9, "进口均价"),
    ha("进口农产品[236.8亿元]", 236.8, "进口农产品"),
    hr("增长[4.1%]", 4.1, "进口农产品"),
    ha("分别为[28.6小时]", 28.6, "进口整体通关时间", unit_raw="小时", unit="小时"),
    ha("28.6小时和[0.9小时]", 0.9, "出口整体通关时间", unit_raw="小时", unit="小时"),
    hr(
        "分别压缩[71.2%]",
        -71.2,
        "进口整体通关时间",
        notes="压缩 is a decline; 比2017年 is the base",
    ),
    hr("71.2%和[93.5%]", -93.5, "出口整体通关时间"),
    hr(
        "进出口同比增长[5.1%]",
        5.1,
        "外贸进出口",
        P("9月份", "2025-09-01", "2025-09-30"),
        borderline=True,
        notes="borderline: a related-reading link (page furniture), as h26",
    ),
    hr(
        "进出口增长[26%]",
        26,
        "跨境电商进出口",
        P("前三季度", "2025-01-01", "2025-09-30"),
        borderline=True,
        notes="borderline: a related-reading link (page furniture), as h26",
    ),
]


# h30: Hong Kong Census and Statistics Department's labour-force release (Traditional script),
# 2025-12-17: rolling three-month periods (2025年9月至11月 the latest, 上一個三個月 = 8月至10月,
# 一年前 = the same months a year before), 經季節性調整 (how a figure is measured, no name), 百分點,
# 臨時數字 / 臨時估計, a retail figure in 億港元, a table with four three-month columns
HK = "h30_hongkong_labour_force_2025_trad.txt"
KB = P("2025年9月至11月", "2025-09-01", "2025-11-30")
KA = P("2025年8月至10月", "2025-08-01", "2025-10-31")
KPREV = P("上一個三個月", "2025-08-01", "2025-10-31")
KN = "no time expression: the release's latest period, named in its lead (2025年9月至11月)"


def ks(anchor, value, indicator, period=KB, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def kpt(anchor, value, indicator, period=KB, **kw):
    return row(anchor, value, "個百分點", "百分点", indicator, "growth_rate", period, **kw)


def kp(anchor, value, indicator, period=KB, **kw):
    return row(anchor, value, "人", "人", indicator, "count_total", period, **kw)


def kcells(head, indicator, values):
    heads = (
        P("2025年6月至8月", "2025-06-01", "2025-08-31"),
        P("2025年7月至9月", "2025-07-01", "2025-09-30"),
        KA,
        KB,
    )
    return [
        row(
            col_cell(HK, head, i + 1), v, "%", "%", indicator, "share", heads[i], notes="table cell"
        )
        for i, v in enumerate(values)
    ]


LABELS[HK] = [
    ks(
        "10月的[3.9%]",
        3.9,
        "经季节性调整的失业率",
        KA,
        notes="經季節性調整的 kept in the name, as h03 (relabelled: it was dropped)",
    ),
    ks("11月的[3.8%]", 3.8, "经季节性调整的失业率"),
    ks("維持於[1.6%]", 1.6, "就业不足率"),
    kpt("下跌[0.5個百分點]", -0.5, "建造业的失业率", notes=KN),
    ks("百分點至[6.8%]", 6.8, "建造业的失业率", notes=KN),
    kpt("下跌[0.3個百分點]", -0.3, "零售业的失业率", notes=KN),
    ks("百分點至[5.1%]", 5.1, "零售业的失业率", notes=KN),
    ks(
        "由[5.4%]下跌",
        5.4,
        "消费及旅游相关行业的失业率",
        KPREV,
        notes="the old level of 與上一個三個月比較 (由X下跌至Y): the previous three months",
    ),
    ks("下跌至[5.2%]", 5.2, "消费及旅游相关行业的失业率", notes=KN),
    ks("上升至[4.7%]", 4.7, "建造业就业不足率", notes=KN),
    ks("回落至[3.2%]", 3.2, "艺术、娱乐及康乐活动业就业不足率", notes=KN),
    kp("三個月的[3 842 300人]", 3842300, "经季节性调整的劳动人口", KPREV),
    kp("最新的[3 845 600人]", 3845600, "经季节性调整的劳动人口", notes="最新: the latest period"),
    kp("由[3 703 500人]", 3703500, "总就业人数", KPREV, notes="同期: the same two periods"),
    kp("上升至[3 710 800人]", 3710800, "总就业人数"),
    row("按年計算則下跌[0.4%]", -0.4, "%", "%", "总就业人数", "growth_rate", KB, notes=KN),
    ks("參與率為[57.2%]", 57.2, "劳动人口参与率", notes=KN),
    kp("10月的[152 400人]", 152400, "失业人数", KA, notes="未經季節性調整: how measured, no name"),
    row(
        "下跌[4 600人]",
        -4600,
        "人",
        "人",
        "失业人数",
        "actual",
        KB,
        notes="a change between the two periods (basis change), negative",
    ),
    kp("11月的[147 800人]", 147800, "失业人数"),
    kp("由[61 200人]", 61200, "就业不足人数", KA),
    kp("上升至[62 900人]", 62900, "就业不足人数"),
    ks(
        "失業率為[10.2%]",
        10.2,
        "15至24岁青年的失业率",
        notes="an age group is part of the name; " + KN,
    ),
    kpt("下跌[0.7個百分點]", -0.7, "15至24岁青年的失业率", notes=KN),
    ks("則為[4.3%]", 4.3, "50岁及以上人士的失业率", notes=KN),
    ks("維持於[2.6%]", 2.6, "金融及保险业的失业率", notes=KN),
    ks("失業率為[4.1%]", 4.1, "进出口贸易及批发业的失业率", notes=KN),
    kpt("微升[0.1個百分點]", 0.1, "进出口贸易及批发业的失业率", notes=KN),
    kp(
        "約為[34 500人]",
        34500,
        "长期失业人数",
        qual="about",
        qtext="約",
        notes="失業六個月或以上 defines the group: no number; " + KN,
    ),
    ks("佔失業人數的[23.3%]", 23.3, "长期失业人数占失业人数", notes=KN),
    ks(
        "一年前的[2.9%]",
        2.9,
        "失业率",
        P("一年前", "2024-09-01", "2024-11-30"),
        notes="一年前 of 2025年9月至11月: the same months a year before",
    ),
    kpt("上升[0.9個百分點]", 0.9, "失业率", notes="against a year before (同比 of a rate)"),
    row(
        "臨時估計為[322億港元]",
        322,
        "億港元",
        "港元",
        "零售业总销货价值",
        "actual",
        P("2025年10月", "2025-10-01", "2025-10-31"),
        notes="臨時估計 says how the figure is measured: no name",
    ),
    row(
        "按年上升[3.2%]",
        3.2,
        "%",
        "%",
        "零售业总销货价值",
        "growth_rate",
        P("2025年10月", "2025-10-01", "2025-10-31"),
    ),
    row(
        "比較上升[1.8%]",
        1.8,
        "%",
        "%",
        "零售业总销货价值",
        "growth_rate",
        KA,
        notes="against the previous three months, seasonally adjusted (its twin's name)",
    ),
    row(
        "按年增加[12%]",
        12,
        "%",
        "%",
        "访港旅客人次",
        "growth_rate",
        P("10月份", "2025-10-01", "2025-10-31"),
    ),
    row(
        "舉辦[1 250場]",
        1250,
        "場",
        "场",
        "举办招聘会",
        "actual",
        P("今年", "2025-01-01", "2025-12-31"),
    ),
    row(
        "提供[逾8.6萬個]",
        8.6,
        "萬個",
        "个",
        "提供职位空缺",
        "actual",
        P("今年", "2025-01-01", "2025-12-31"),
        "over",
        "逾",
    ),
    row(
        "訪問了[26 000個]",
        26000,
        "個",
        "个",
        "住户",
        "actual",
        KB,
        qual="about",
        qtext="約",
        borderline=True,
        notes="borderline: a survey's sample (how the figures were measured)",
    ),
    *kcells("失業率（%）", "失业率", (3.9, 3.9, 3.9, 3.8)),
    *kcells("就業不足率（%）", "就业不足率", (1.5, 1.6, 1.6, 1.6)),
]


# h31: county HR and social-security bulletin (Shucheng) on 2024, April 2025, OCR-damaged:
# full-width digits, a digit split by a space or a line break, O for 0, a repeated page header
SC = "h31_shucheng_hrss_bulletin_2024_ocr.txt"
SCF = P("全年", "2024-01-01", "2024-12-31")
SCE = P("年末", "2024-12-31", "2024-12-31")
SCT = P("2024年", "2024-01-01", "2024-12-31")  # the title's year (a yearly report)
SC_SHIXIAN = "实现 between the words of a name is dropped (round 8; relabelled: it was kept)"
SC_JIANCHENG = "建成 without 已 in a year's paragraph: built in the year (relabelled: count_total)"
SC_CAUSE = "after a causative verb the rest of the clause (relabelled: it was 带动就业)"
SC_FRAME = "a fund's balance at 年末; 累计 is a frame word (relabelled: it was 累计结存)"
SCN = "a standard set by a rule (a policy parameter, as round 8's grants and caps): other, undated"


def sca(anchor, value, unit_raw, unit, indicator, kind="actual", period=SCF, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def scs(anchor, value, indicator, period=SCF, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def scp(anchor, value, unit_raw, unit, indicator, period=SCE, **kw):
    """a stock of people at the year's end"""
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


LABELS[SC] = [
    sca("全年城镇新增就业[６８６２人]", 6862, "人", "人", "城镇新增就业"),
    scs("目标任务的[１１４．４％]", 114.4, "城镇新增就业", notes="完成…目标任务的X: a share"),
    sca("失业人员再就业[2315人]", 2315, "人", "人", "失业人员再就业"),
    sca("就业困难人员实现就业[836人]", 836, "人", "人", "就业困难人员就业", notes=SC_SHIXIAN),
    scs("城镇调查失业率为[5.1%]", 5.1, "城镇调查失业率", SCE),
    scs("城镇登记失业率为[2.3 %]", 2.3, "城镇登记失业率", SCE),
    scp("农村劳动力转移就业[32.6万人]", 32.6, "万人", "人", "农村劳动力转移就业"),
    scp("县外转移就业[2\n1.4万人]", 21.4, "万人", "人", "县外转移就业"),
    sca(
        "创业担保贷款[1.86亿元]",
        1.86,
        "亿元",
        "元",
        "新发放创业担保贷款",
        notes="a flow after a 年末 in the paragraph: the year's",
    ),
    sca("扶持创业[1 062人]", 1062, "人", "人", "扶持创业"),
    sca("带动就业[3480人]", 3480, "人", "人", "就业", notes=SC_CAUSE),
    sca("实现就业[1 864人]", 1864, "人", "人", "离校未就业高校毕业生就业", notes=SC_SHIXIAN),
    scs("就业率为[92.6%]", 92.6, "就业率"),
    sca("公益性岗位[1265个]", 1265, "个", "个", "开发公益性岗位"),
    scp(
        "务工就业[7.92万人]",
        7.92,
        "万人",
        "人",
        "脱贫人口务工就业",
        notes="people in work (a stock, as 农村劳动力转移就业); 帮扶 is a causative verb",
    ),
    sca("职业技能培训[1.26万人次]", 1.26, "万人次", "人次", "开展补贴性职业技能培训"),
    sca("新增技能人才[4850人]", 4850, "人", "人", "新增技能人才"),
    sca("其中高技能人才[1320人]", 1320, "人", "人", "高技能人才"),
    scp(
        "技能人才总量[达到6.15万人]", 6.15, "万人", "人", "技能人才总量", qual="reach", qtext="达到"
    ),
    scs("的比重为[29.6%]", 29.6, "高技能人才占技能人才总量的比重", SCE),
    sca("技能大师工作室[2个]", 2, "个", "个", "新建省级技能大师工作室"),
    scp("参保人数为[1 2.83万人]", 12.83, "万人", "人", "企业职工基本养老保险参保人数"),
    sca(
        "比上年末增加[O.61万人]",
        0.61,
        "万人",
        "人",
        "企业职工基本养老保险参保人数",
        period=SCE,
        notes="O for 0 (OCR); a change against 上年末, as h02's 常住人口",
    ),
    scp("参保人\n数为[48.6万人]", 48.6, "万人", "人", "城乡居民基本养老保险参保人数"),
    scp("领取待遇人数[15.2万人]", 15.2, "万人", "人", "领取待遇人数"),
    scp("失业保险参保人数[５．９２万人]", 5.92, "万人", "人", "失业保险参保人数"),
    scp("工伤保险参保人数[7.35万人]", 7.35, "万人", "人", "工伤保险参保人数"),
    sca("基金收入[8.62亿元]", 8.62, "亿元", "元", "城乡居民基本养老保险基金收入"),
    sca("，基金支出[7.48亿元]", 7.48, "亿元", "元", "基金支出"),
    scp("累计结存[15.3亿元]", 15.3, "亿元", "元", "结存", notes=SC_FRAME),
    row(
        "每人每月[163元]",
        163,
        "元",
        "元",
        "城乡居民基础养老金最低标准",
        "other",
        NONE,
        notes=SCN,
    ),
    sca("基本养老金为[2316元]", 2316, "元", "元", "企业退休人员月人均基本养老金"),
    row(
        "比上年提高[3.O%]",
        3.0,
        "%",
        "%",
        "企业退休人员月人均基本养老金",
        "growth_rate",
        SCF,
        notes="O for 0 (OCR)",
    ),
    sca("失业保险金[2 186万元]", 2186, "万元", "元", "发放失业保险金"),
    sca("惠及失业人员[3920人]", 3920, "人", "人", "惠及失业人员"),
    sca("认定工伤[612件]", 612, "件", "件", "认定工伤"),
    sca("工伤保险基金支出[0.83亿元]", 0.83, "亿元", "元", "工伤保险基金支出"),
    scp(
        "持卡人数[达到96.8万人]",
        96.8,
        "万人",
        "人",
        "社会保障卡持卡人数",
        SCF,
        qual="reach",
        qtext="达到",
        notes="a stock after the paragraph's 全年: the last time expression of the paragraph",
    ),
    scs("覆盖率为[98.2%]", 98.2, "覆盖率"),
    row("标准[1930元/月]", 1930, "元/月", "元/月", "月最低工资标准", "other", NONE, notes=SCN),
    row(
        "[19元/小时]",
        19,
        "元/小时",
        "元/小时",
        "非全日制用工小时最低工资标准",
        "other",
        NONE,
        notes=SCN,
    ),
    sca(
        "年平均工资为[11.2万元]",
        11.2,
        "万元",
        "元",
        "机关事业单位工作人员年平均工资",
        period=SCT,
        notes="no time expression (自2024年10月1日起 dates the wage rule only): the title's year",
    ),
    row(
        "比上年增长[3.5%]",
        3.5,
        "%",
        "%",
        "机关事业单位工作人员年平均工资",
        "growth_rate",
        SCT,
    ),
    row("基准线为[6%]", 6, "%", "%", "基准线", "other", NONE, notes=SCN + " (工资指导线)"),
    row("下线为[3%]", 3, "%", "%", "下线", "other", NONE, notes=SCN + " (工资指导线)"),
    scp("保障参保人\n数为[1.12万人]", 1.12, "万人", "人", "新就业形态劳动者职业伤害保障参保人数"),
    sca("争议案件[426件]", 426, "件", "件", "受理劳动人事争议案件"),
    sca(
        "审结[412件]",
        412,
        "件",
        "件",
        "审结劳动人事争议案件",
        notes="a flow verb alone: the same things",
    ),
    scs("结案率为[96.7%]", 96.7, "结案率"),
    scs("调解成功率为[68.2%]", 68.2, "调解成功率"),
    sca("检查用人单位[385户次]", 385, "户次", "户次", "主动检查用人单位"),
    sca("为[1286名]劳动者", 1286, "名", "名", "劳动者"),
    sca("等待遇[2136万元]", 2136, "万元", "元", "追发工资等待遇"),
    sca(
        "在建工程项目[97个]",
        97,
        "个",
        "个",
        "排查在建工程项目",
        period=P("根治欠薪冬季专项行动期间"),
        notes="a campaign's 期间 with no dates: a period without dates (as “三夏”期间)",
    ),
    scs("签订率为[9\n7.5%]", 97.5, "企业劳动合同签订率", SCE),
    scp("专业技术人员总数[2.38万人]", 2.38, "万人", "人", "专业技术人员总数"),
    scp("高级职称人员[2 860人]", 2860, "人", "人", "具有高级职称人员"),
    sca("工作人员[286名]", 286, "名", "名", "事业单位公开招聘工作人员"),
    sca("新引进高校毕业生[1 125人]", 1125, "人", "人", "新引进高校毕业生"),
    sca(
        "县级领军人才[12名]",
        12,
        "名",
        "名",
        "新增县级领军人才",
        notes="第三批 is an ordinal, no part of the name",
    ),
    sca("群众来电[4.6万个]", 4.6, "万个", "个", "12333热线接听群众来电"),
    scs("接通率为[92.3%]", 92.3, "接通率"),
    row(
        "“[15分钟]就业服务圈”",
        15,
        "分钟",
        "分钟",
        "就业服务圈",
        "other",
        borderline=True,
        notes="borderline: a service radius used as a concept name (as the seeds' 15分钟生活圈)",
    ),
    row(
        "站点[42个]",
        42,
        "个",
        "个",
        "建成“15分钟就业服务圈”站点",
        "actual",
        SCF,
        notes=SC_JIANCHENG,
    ),
    row(
        "就业服务驿站[36个]",
        36,
        "个",
        "个",
        "村（社区）就业服务驿站",
        "actual",
        SCF,
        notes=SC_JIANCHENG,
    ),
    scs("通办”率[达到100%]", 100, "人社政务服务事项“一网通办”率", qual="reach", qtext="达到"),
    sca(
        "由[8个工作日]",
        8,
        "个工作日",
        "工作日",
        "平均办理时限",
        period=NONE,
        notes="由X压缩至Y in a report on the year: X the old level (undated), Y the year's",
    ),
    sca("压缩至[3个工作日]", 3, "个工作日", "工作日", "平均办理时限"),
    sca(
        "扩岗补助[286万元]",
        286,
        "万元",
        "元",
        "发放一次性扩岗补助",
        notes="a grant already made is a result (round 8); 为企业 a beneficiary, dropped, the deed "
        "发放 kept (session 23)",
    ),
    sca("惠及企业[412家]", 412, "家", "家", "惠及企业"),
    sca("社会保险补贴[1 420万元]", 1420, "万元", "元", "落实社会保险补贴"),
]


# h32: the national statistics bureau's monthly release on housing prices in 70 cities (国家统计局,
# 2025-11-14): a national text (home 全国, dropped), 一线/二线/三线城市 as parts of names (tiers,
# not places), 环比 / 同比 rates as growth_rate with the same name, 降幅比上月收窄/扩大 in points on
# the rate's 降幅, counts of cities by direction, 1—10月份 development and sales, 10月末 stocks
# with 比9月末减少, an index level without unit, a tab-separated table of index values
# (上月=100), and a 附注 whose tier counts only total the 70 cities (borderline).
NB = "h32_nbs_70city_housing_prices_oct_2025.txt"
NBM = P("10月份", "2025-10-01", "2025-10-31")
NBJ = P("1—10月份", "2025-01-01", "2025-10-31")
NBE = P("10月末", "2025-10-31", "2025-10-31")
NB_QIZHONG = "a 其中 list of places breaks down the figure before: its name, the place a subject"
NB_JUN = "one number for two figures (均): one row, named by what the clause names (降幅)"
NB_INDEX = (
    "an index on a base of 100 (上月=100) is a level as printed: no unit, kind actual, named by "
    "the table's title; the city its subject (decision of round 10)"
)
NB_TIER = "borderline: the tiers only total the 70 cities of the survey's scope (附注)"


def nbg(anchor, value, indicator, period=NBM, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def nbp(anchor, value, indicator, period=NBM, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def nbi(anchor, value, subject):
    return row(
        anchor,
        value,
        None,
        None,
        "新建商品住宅销售价格指数",
        "actual",
        NBM,
        subject=subject,
        notes=NB_INDEX,
    )


LABELS[NB] = [
    nbg("一线城市新建商品住宅销售价格环比下降[0.3%]", -0.3, "一线城市新建商品住宅销售价格"),
    nbp("降幅比上月收窄[0.2个百分点]", -0.2, "一线城市新建商品住宅销售价格降幅"),
    nbg("上海分别下降[0.4%]和", -0.4, "新建商品住宅销售价格", subject="北京", notes=NB_QIZHONG),
    nbg("0.4%和[0.1%]，", -0.1, "新建商品住宅销售价格", subject="上海", notes=NB_QIZHONG),
    nbg("深圳分别下降[0.5%]和", -0.5, "新建商品住宅销售价格", subject="广州", notes=NB_QIZHONG),
    nbg("0.5%和[0.2%]。", -0.2, "新建商品住宅销售价格", subject="深圳", notes=NB_QIZHONG),
    nbg("一线城市二手住宅销售价格环比下降[0.6%]", -0.6, "一线城市二手住宅销售价格"),
    nbp("降幅比上月收窄[0.3个百分点]", -0.3, "一线城市二手住宅销售价格降幅"),
    nbg("二线城市新建商品住宅销售价格环比下降[0.4%]", -0.4, "二线城市新建商品住宅销售价格"),
    nbp("降幅比上月扩大[0.1个百分点]；", 0.1, "二线城市新建商品住宅销售价格降幅"),
    nbg("；二手住宅销售价格环比下降[0.7%]", -0.7, "二手住宅销售价格"),
    nbg("三线城市新建商品住宅销售价格环比下降[0.5%]", -0.5, "三线城市新建商品住宅销售价格"),
    nbg("，二手住宅销售价格环比下降[0.8%]", -0.8, "二手住宅销售价格"),
    nbp("降幅均比上月扩大[0.1个百分点]", 0.1, "降幅", notes=NB_JUN),
    nbg("一线城市新建商品住宅销售价格同比下降[2.1%]", -2.1, "一线城市新建商品住宅销售价格"),
    nbp("收窄[0.6个百分点]", -0.6, "一线城市新建商品住宅销售价格降幅"),
    nbg("；二手住宅销售价格同比下降[4.3%]", -4.3, "二手住宅销售价格"),
    nbp("收窄[0.9个百分点]", -0.9, "二手住宅销售价格降幅"),
    nbg("同比分别下降[3.6%]和", -3.6, "二线城市新建商品住宅销售价格"),
    nbg(
        "3.6%和[5.8%]",
        -5.8,
        "二线城市二手住宅销售价格",
        notes="the list's items share the head 销售价格 and the tier before the first item",
    ),
    nbg("同比分别下降[4.9%]和", -4.9, "三线城市新建商品住宅销售价格"),
    nbg("4.9%和[6.7%]", -6.7, "三线城市二手住宅销售价格"),
    nbp("降幅均比上月收窄[0.3个百分点]", -0.3, "降幅", notes=NB_JUN),
    row("态势。[70个]大中城市中", 70, "个", "个", "大中城市", "count_total", NBM, borderline=True,
        notes=SCOPE),
    row("10月份，[70个]大中城市中", 70, "个", "个", "大中城市", "count_total", NBM,
        borderline=True, notes=SCOPE),
    row(
        "环比下降的城市有[56个]",
        56,
        "个",
        "个",
        "新建商品住宅销售价格环比下降的城市",
        "count_total",
        NBM,
    ),
    row(
        "比上月增加[3个]",
        3,
        "个",
        "个",
        "新建商品住宅销售价格环比下降的城市",
        "actual",
        NBM,
        notes="a change of a count against the month before (as 比上年末增加)",
    ),
    row(
        "持平的有[4个]",
        4,
        "个",
        "个",
        "持平的城市",
        "count_total",
        NBM,
        notes="的有N个: members of a group, the group's noun from the clause before (as h23)",
    ),
    row("；上涨的有[10个]", 10, "个", "个", "上涨的城市", "count_total", NBM),
    row(
        "二手住宅销售价格环比下降的城市有[63个]",
        63,
        "个",
        "个",
        "二手住宅销售价格环比下降的城市",
        "count_total",
        NBM,
    ),
    row("上涨的有[5个]", 5, "个", "个", "上涨的城市", "count_total", NBM),
    nbg(
        "及以下新建商品住宅销售价格环比下降[0.4%]",
        -0.4,
        "90平方米及以下新建商品住宅销售价格",
        notes="a size class is part of the name (as an age group), not a metric",
    ),
    nbg("，同比下降[4.2%]", -4.2, "90平方米及以下新建商品住宅销售价格"),
    nbg("以上新建商品住宅销售价格环比下降[0.3%]", -0.3, "144平方米以上新建商品住宅销售价格"),
    nbg("，同比下降[3.1%]", -3.1, "144平方米以上新建商品住宅销售价格"),
    row("房地产开发投资[7.36万亿元]", 7.36, "万亿元", "元", "房地产开发投资", "actual", NBJ),
    nbg("同比下降[10.3%]", -10.3, "房地产开发投资", NBJ),
    row("住宅投资[5.64万亿元]", 5.64, "万亿元", "元", "住宅投资", "actual", NBJ),
    nbg("下降[9.8%]", -9.8, "住宅投资", NBJ),
    row(
        "新建商品房销售面积[7.52亿平方米]",
        7.52,
        "亿平方米",
        "平方米",
        "新建商品房销售面积",
        "actual",
        NBJ,
    ),
    nbg("同比下降[6.8%]", -6.8, "新建商品房销售面积", NBJ),
    nbp("比1—9月份收窄[0.4个百分点]", -0.4, "新建商品房销售面积降幅", NBJ),
    nbg("住宅销售面积下降[7.9%]", -7.9, "住宅销售面积", NBJ),
    row("销售额[7.28万亿元]", 7.28, "万亿元", "元", "新建商品房销售额", "actual", NBJ),
    nbg("下降[8.1%]", -8.1, "新建商品房销售额", NBJ),
    row("新开工面积[5.02亿平方米]", 5.02, "亿平方米", "平方米", "房屋新开工面积", "actual", NBJ),
    nbg("下降[18.6%]", -18.6, "房屋新开工面积", NBJ),
    row("到位资金[8.53万亿元]", 8.53, "万亿元", "元", "房地产开发企业到位资金", "actual", NBJ),
    nbg("同比下降[7.2%]", -7.2, "房地产开发企业到位资金", NBJ),
    row(
        "商品房待售面积[7.61亿平方米]",
        7.61,
        "亿平方米",
        "平方米",
        "商品房待售面积",
        "count_total",
        NBE,
        notes="a stock at the month's end",
    ),
    row(
        "比9月末减少[412万平方米]",
        -412,
        "万平方米",
        "平方米",
        "商品房待售面积",
        "actual",
        NBE,
        notes="a change against the month before's end, negative (减少)",
    ),
    row(
        "住宅待售面积[4.05亿平方米]", 4.05, "亿平方米", "平方米", "住宅待售面积", "count_total", NBE
    ),
    row("，减少[305万平方米]", -305, "万平方米", "平方米", "住宅待售面积", "actual", NBE),
    row(
        "国房景气指数”）为[92.68]",
        92.68,
        None,
        None,
        "房地产开发景气指数",
        "actual",
        NBM,
        notes="an index level: no unit, kind actual",
    ),
    nbi("北京\t[99.6]", 99.6, "北京"),
    nbi("99.6\t[97.6]", 97.6, "北京"),
    nbi("上海\t[99.9]", 99.9, "上海"),
    nbi("99.9\t[99.4]", 99.4, "上海"),
    nbi("广州\t[99.5]", 99.5, "广州"),
    nbi("99.5\t[96.8]", 96.8, "广州"),
    nbi("深圳\t[99.8]", 99.8, "深圳"),
    nbi("99.8\t[97.3]", 97.3, "深圳"),
    row(
        "[70个]大中城市，其中",
        70,
        "个",
        "个",
        "大中城市",
        "count_total",
        NONE,
        notes=NB_TIER,
        borderline=True,
    ),
    row(
        "其中一线城市[4个]",
        4,
        "个",
        "个",
        "一线城市",
        "count_total",
        NONE,
        notes=NB_TIER,
        borderline=True,
    ),
    row(
        "二线城市[31个]",
        31,
        "个",
        "个",
        "二线城市",
        "count_total",
        NONE,
        notes=NB_TIER,
        borderline=True,
    ),
    row(
        "三线城市[35个]",
        35,
        "个",
        "个",
        "三线城市",
        "count_total",
        NONE,
        notes=NB_TIER,
        borderline=True,
    ),
]


# h33: a province's yearly education statistics bulletin (2024年甘肃省教育事业发展统计公报,
# 2025-04-10): schools 所, pupils 万人, teachers, 其中 lists and 分别 lists, 比上年增加/减少
# changes, gross enrolment rates and a retention rate (share), pupil-teacher ratios written
# `13.9:1` (a ratio's value, no unit), 招生 / 毕业生 flows, per-pupil equipment values; the
# title's year dates flows and changes with no time expression, stocks and shares stay undated.
# Traps: 二十届二中、三中全会, 纲要（2024—2035年）, 九年一贯制, 十二年一贯制, 学前三年,
# 九年义务教育, age brackets 3—5岁 / 15—17岁 / 18—22岁 in a note, 注：1．2．3．
GS = "h33_gansu_education_stats_bulletin_2024.txt"
GSY = P("2024年", "2024-01-01", "2024-12-31")  # the title's year (a yearly report)
GSF = P("全年", "2024-01-01", "2024-12-31")
GS_RATIO = "a pupil-teacher ratio written with a colon: the ratio's value, no unit (as 2.8:1)"
GS_STOCK = "a stock with no time expression in a yearly report: undated"
GS_YOY = (
    "a rate compared with 比上年 in a yearly report is the year's, the title's (as h27's "
    "使用率; relabelled after the blind score: undated)"
)


def gsc(anchor, value, unit_raw, unit, indicator, period=NONE, **kw):
    """a stock (schools, pupils, teachers): count_total, undated unless the paragraph dates it"""
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def gsa(anchor, value, unit_raw, unit, indicator, period=GSY, **kw):
    """a flow or a change against the year before: the title's year"""
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def gss(anchor, value, indicator, period=NONE, unit_raw="%", unit="%", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "share", period, **kw)


def gsp(anchor, value, indicator, period=GSY, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


LABELS[GS] = [
    gsc("各级各类学校[1.26万所]", 1.26, "万所", "所", "各级各类学校", notes=GS_STOCK),
    gsa("比上年减少[318所]", -318, "所", "所", "各级各类学校"),
    gsc("学历教育在校生[542.37万人]", 542.37, "万人", "人", "各级各类学历教育在校生"),
    gsa("比上年减少[8.15万人]", -8.15, "万人", "人", "各级各类学历教育在校生"),
    gsc("；专任教师[41.62万人]", 41.62, "万人", "人", "专任教师"),
    gsa("比上年增加[0.37万人]", 0.37, "万人", "人", "专任教师"),
    gsc("幼儿园[6218所]", 6218, "所", "所", "幼儿园"),
    gsa("比上年减少[204所]", -204, "所", "所", "幼儿园"),
    gsc("普惠性幼儿园[5634所]", 5634, "所", "所", "普惠性幼儿园"),
    gss("幼儿园总数的[90.6%]", 90.6, "普惠性幼儿园占幼儿园总数"),
    gsc("在园幼儿[68.45万人]", 68.45, "万人", "人", "在园幼儿"),
    gsa("比上年减少[5.21万人]", -5.21, "万人", "人", "在园幼儿"),
    gsc("幼儿园专任教师[4.92万人]", 4.92, "万人", "人", "幼儿园专任教师"),
    gss("生师比[13.9:1]", 13.9, "生师比", unit_raw=None, unit=None, notes=GS_RATIO),
    gss(
        "毛入园率[93.4%]",
        93.4,
        "学前三年毛入园率",
        GSY,
        notes="学前三年 is the stage's name (a span, not a count); " + GS_YOY,
    ),
    gsp("比上年提高[0.8个百分点]", 0.8, "学前三年毛入园率"),
    gsc("义务教育阶段学校[5216所]", 5216, "所", "所", "义务教育阶段学校"),
    gsc("小学[3961所]", 3961, "所", "所", "小学"),
    gsc("初中[1255所]", 1255, "所", "所", "初中"),
    gsc(
        "九年一贯制学校[312所]",
        312,
        "所",
        "所",
        "九年一贯制学校",
        notes="九年一贯制 is a kind of school (a name), its count a metric",
    ),
    gsc("十二年一贯制学校[27所]", 27, "所", "所", "十二年一贯制学校"),
    gsc("义务教育阶段在校生[318.96万人]", 318.96, "万人", "人", "义务教育阶段在校生"),
    gsc("小学在校生[207.53万人]", 207.53, "万人", "人", "小学在校生"),
    gsc("初中在校生[111.43万人]", 111.43, "万人", "人", "初中在校生"),
    gsc("专任教师分别为[14.36万人]", 14.36, "万人", "人", "小学专任教师"),
    gsc("14.36万人和[8.95万人]", 8.95, "万人", "人", "初中专任教师"),
    gss("生师比分别为[14.5:1]", 14.5, "小学生师比", unit_raw=None, unit=None, notes=GS_RATIO),
    gss("14.5:1和[12.5:1]", 12.5, "初中生师比", unit_raw=None, unit=None, notes=GS_RATIO),
    gss("巩固率[97.2%]", 97.2, "九年义务教育巩固率", GSY, notes=GS_YOY),
    gsp("比上年提高[0.3个百分点]", 0.3, "九年义务教育巩固率"),
    gsc("随迁子女在校生[13.8万人]", 13.8, "万人", "人", "进城务工人员随迁子女在校生"),
    gss(
        "就读的占[92.3%]",
        92.3,
        "在公办学校就读",
        notes="其中…的占X: the share of the figure before held by the part named "
        "(relabelled after the blind score: the name ended in 的, as no name of the set does)",
    ),
    gss("高中阶段毛入学率[94.1%]", 94.1, "高中阶段毛入学率", GSY, notes=GS_YOY),
    gsp("比上年提高[0.6个百分点]", 0.6, "高中阶段毛入学率"),
    gsc("普通高中[512所]", 512, "所", "所", "普通高中"),
    gsa("比上年增加[9所]", 9, "所", "所", "普通高中"),
    gsc("；在校生[67.82万人]", 67.82, "万人", "人", "在校生"),
    gsc("，专任教师[5.28万人]", 5.28, "万人", "人", "专任教师"),
    gss("生师比[12.8:1]", 12.8, "生师比", unit_raw=None, unit=None, notes=GS_RATIO),
    gsc("（不含技工学校）[186所]", 186, "所", "所", "中等职业学校"),
    gsc("在校生[26.14万人]", 26.14, "万人", "人", "在校生"),
    gsa("比上年增加[1.02万人]", 1.02, "万人", "人", "在校生"),
    gsc("普通高等学校[50所]", 50, "所", "所", "普通高等学校"),
    gsc("本科院校[23所]", 23, "所", "所", "本科院校"),
    gsc("高职（专科）院校[27所]", 27, "所", "所", "高职（专科）院校"),
    gss("高等教育毛入学率[56.3%]", 56.3, "高等教育毛入学率", GSY, notes=GS_YOY),
    gsp("比上年提高[1.9个百分点]", 1.9, "高等教育毛入学率"),
    gsa("普通本专科招生[21.37万人]", 21.37, "万人", "人", "普通本专科招生"),
    gsc("，在校生[72.58万人]", 72.58, "万人", "人", "在校生"),
    gsa("，毕业生[19.46万人]", 19.46, "万人", "人", "毕业生"),
    gsa("研究生招生[2.31万人]", 2.31, "万人", "人", "研究生招生"),
    gsc("在学研究生[6.74万人]", 6.74, "万人", "人", "在学研究生"),
    gsc("博士生[0.62万人]", 0.62, "万人", "人", "博士生"),
    gsc("普通高等学校专任教师[3.95万人]", 3.95, "万人", "人", "普通高等学校专任教师"),
    gss("研究生学位的占[79.6%]", 79.6, "具有研究生学位"),
    gsc("特殊教育学校[43所]", 43, "所", "所", "特殊教育学校"),
    gsc("在校生[1.18万人]", 1.18, "万人", "人", "在校生"),
    row("比上年增长[6.2%]", 6.2, "%", "%", "在校生", "growth_rate", GSY),
    gss(
        "入学率达到[97%以上]",
        97,
        "适龄残疾儿童少年义务教育入学率",
        qual="at_least",
        qtext="达到…以上",
    ),
    gsc("中等职业学校[213所]", 213, "所", "所", "高等职业学校和中等职业学校"),
    gsc("职业教育在校生[68.31万人]", 68.31, "万人", "人", "职业教育在校生"),
    gsa("中等职业教育招生[9.26万人]", 9.26, "万人", "人", "中等职业教育招生"),
    gsa("毕业生[7.85万人]", 7.85, "万人", "人", "毕业生"),
    gss("就业率为[95.2%]", 95.2, "毕业生就业率"),
    gsa("职业技能培训[42.6万人次]", 42.6, "万人次", "人次", "开展各类职业技能培训", GSF),
    row("比上年增长[8.4%]", 8.4, "%", "%", "开展各类职业技能培训", "growth_rate", GSF),
    gsc(
        "成人本专科在校生[11.47万人]",
        11.47,
        "万人",
        "人",
        "成人本专科在校生",
        GSF,
        notes="a stock after the paragraph's 全年 (as h31): the last time expression",
    ),
    gsc("网络本专科在校生[9.03万人]", 9.03, "万人", "人", "网络本专科在校生", GSF),
    gsc("民办学校[2186所]", 2186, "所", "所", "民办学校"),
    gss("学校总数的[17.3%]", 17.3, "民办学校占全省学校总数"),
    gsc("民办学校在校生[58.9万人]", 58.9, "万人", "人", "民办学校在校生"),
    gsa("比上年减少[2.7万人]", -2.7, "万人", "人", "民办学校在校生"),
    gsc("校舍建筑面积[4862.3万平方米]", 4862.3, "万平方米", "平方米", "中小学校舍建筑面积"),
    row("比上年增长[1.7%]", 1.7, "%", "%", "中小学校舍建筑面积", "growth_rate", GSY),
    row(
        "设备值分别为[2836元]",
        2836,
        "元",
        "元",
        "小学生均教学仪器设备值",
        "actual",
        NONE,
        notes="a per-pupil value (a level) with no time expression: undated",
    ),
    row("2836元和[3912元]", 3912, "元", "元", "初中生均教学仪器设备值", "actual", NONE),
    row("分别比上年增长[5.3%]和", 5.3, "%", "%", "小学生均教学仪器设备值", "growth_rate", GSY),
    row("5.3%和[4.8%]", 4.8, "%", "%", "初中生均教学仪器设备值", "growth_rate", GSY),
    gss("接入率达到[100%]", 100, "中小学互联网接入率", qual="reach", qtext="达到"),
    gsc("多媒体教室[14.2万间]", 14.2, "万间", "间", "多媒体教室"),
    gsa("比上年增加[0.6万间]", 0.6, "万间", "间", "多媒体教室"),
    gsa("教育经费总投入[1036.5亿元]", 1036.5, "亿元", "元", "教育经费总投入", GSF),
    gsa("财政性教育经费[862.7亿元]", 862.7, "亿元", "元", "国家财政性教育经费", GSF),
    row("增长[3.9%]", 3.9, "%", "%", "国家财政性教育经费", "growth_rate", GSF),
]


# h34: a city audit bureau's report to the standing committee of its people's congress
# (常德, 关于2024年度市级预算执行和其他财政收支的审计工作报告, 2025-08-26): the audit's own
# totals over 2024年7月至2025年6月 (审计了N个单位, 查出问题金额, 促进增收节支, 移送问题线索 件,
# 涉及金额, 审计建议 条), the budget's execution (为预算的X), numbered findings 一是…二是…
# with counts of units at fault and the sums involved (未及时拨付, 超标准列支, 违规发放, 闲置,
# 少上缴), balances at 2024年底 and 截至2025年6月底 (整改到位 金额 and 率), a norm proposed
# (控制在10%以内). Traps: 2025年第5号, the session 第八届…第二十三次会议, 一是 / （一）,
# 最长的超过10个月 and 闲置超过1年 (durations of a finding, the first borderline), 挂账超过5年的
# (a bracket of age), 不足30% (a class's bound, borderline).
CD = "h34_changde_audit_work_report_2024.txt"
CDA = P("2024年7月至2025年6月", "2024-07-01", "2025-06-30")
CDY = P("2024年度", "2024-01-01", "2024-12-31")  # the audited year (the title's)
CD24 = P("2024年", "2024-01-01", "2024-12-31")
CDE = P("至2024年底", "2024-12-31", "2024-12-31")
CDE2 = P("截至2024年底", "2024-12-31", "2024-12-31")
CDR = P("截至2025年6月底", "2025-06-30", "2025-06-30")
CD_FIND = (
    "an audit finding with no time expression: a result (actual) of the audited year, the "
    "title's 2024年度 (decision of round 10)"
)
CD_UNITS = "a count of units at fault: a finding (actual), named by the noun after the count"


def cdf(anchor, value, unit_raw, unit, indicator, period=CDY, notes=CD_FIND, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, notes=notes, **kw)


def cdu(anchor, value, unit_raw, indicator, period=CDY, **kw):
    unit = unit_raw[-1]
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, notes=CD_UNITS, **kw)


LABELS[CD] = [
    cdf(
        "共审计了[86个]单位",
        86,
        "个",
        "个",
        "审计单位",
        CDA,
        notes="a flow verb governing the count stays in front",
    ),
    cdf("，查出问题金额[23.67亿元]", 23.67, "亿元", "元", "查出问题金额", CDA),
    cdf(
        "促进增收节支[4.35亿元]",
        4.35,
        "亿元",
        "元",
        "增收节支",
        CDA,
        notes="after a causative verb, the rest of the clause",
    ),
    cdf("移送问题线索[17件]", 17, "件", "件", "移送问题线索", CDA),
    cdf("，涉及金额[1.82亿元]", 1.82, "亿元", "元", "涉及金额", CDA),
    cdf("提出审计建议[213条]", 213, "条", "条", "提出审计建议", CDA),
    row("收入完成[98.6亿元]", 98.6, "亿元", "元", "市级一般公共预算收入", "actual", CD24),
    row("为预算的[101.2%]", 101.2, "%", "%", "市级一般公共预算收入", "share", CD24),
    row("增长[3.4%]", 3.4, "%", "%", "市级一般公共预算收入", "growth_rate", CD24),
    row("支出完成[236.4亿元]", 236.4, "亿元", "元", "支出", "actual", CD24),
    row("为预算的[96.8%]", 96.8, "%", "%", "支出", "share", CD24),
    row("基金预算收入完成[62.3亿元]", 62.3, "亿元", "元", "政府性基金预算收入", "actual", CD24),
    row("下降[12.7%]", -12.7, "%", "%", "政府性基金预算收入", "growth_rate", CD24),
    cdu("[12个]部门年初预算代编", 12, "个", "部门"),
    cdf("涉及资金[8.26亿元]", 8.26, "亿元", "元", "涉及资金"),
    row(
        "仍有[3.14亿元]上级专项资金",
        3.14,
        "亿元",
        "元",
        "上级专项资金",
        "count_total",
        CDE,
        notes="money held at a date: a balance (count_total)",
    ),
    row(
        "最长的[超过10个月]",
        10,
        "个月",
        "月",
        "滞留",
        "actual",
        CDE,
        qual="over",
        qtext="超过",
        notes="borderline: how long the longest sum was held (a finding's duration)",
        borderline=True,
    ),
    cdu("[2家]市属国有企业", 2, "家", "市属国有企业"),
    cdf(
        "少上缴利润[1260万元]",
        1260,
        "万元",
        "元",
        "少上缴利润",
        notes=CD_FIND + "; the sum not paid, positive (少上缴 is no decline)",
    ),
    row("暂付款余额[14.7亿元]", 14.7, "亿元", "元", "市级财政暂付款余额", "count_total", CDE2),
    row(
        "挂账超过5年的[3.6亿元]",
        3.6,
        "亿元",
        "元",
        "挂账超过5年",
        "count_total",
        CDE2,
        notes="其中 part of the balance; 超过5年 is a bracket of age, no metric",
    ),
    cdu("等[32个]部门", 32, "个", "部门"),
    cdu("所属[128家]二级单位", 128, "家", "二级单位"),
    cdf("进行了审计，查出问题金额[2.95亿元]", 2.95, "亿元", "元", "查出问题金额"),
    cdu("[5个]部门超标准列支", 5, "个", "部门"),
    cdf("培训费[86.4万元]", 86.4, "万元", "元", "超标准列支会议费、培训费"),
    cdu("[3家]单位违规发放", 3, "家", "单位"),
    cdf("津贴补贴[42.7万元]", 42.7, "万元", "元", "违规发放津贴补贴"),
    cdf("涉及人员[156人]", 156, "人", "人", "涉及人员"),
    cdu("[9个]单位未按规定", 9, "个", "单位"),
    cdf("涉及金额[3560万元]", 3560, "万元", "元", "涉及金额"),
    cdf("抽查了[8个]区县市", 8, "个", "个", "抽查区县市"),
    cdf("发现[1.2亿元]养老服务", 1.2, "亿元", "元", "养老服务体系建设资金"),
    cdf("中有[2860万元]闲置", 2860, "万元", "元", "养老服务体系建设资金闲置"),
    cdu("[4个]养老机构", 4, "个", "养老机构"),
    row(
        "床位使用率[不足30%]",
        30,
        "%",
        "%",
        "床位使用率",
        "share",
        CDY,
        qual="at_most",
        qtext="不足",
        notes="borderline: the bound of a class of findings (机构…不足30%)",
        borderline=True,
    ),
    cdf("审计了[15个]保障性住房项目", 15, "个", "个", "审计保障性住房项目"),
    row(
        "计划总投资[18.6亿元]",
        18.6,
        "亿元",
        "元",
        "计划总投资",
        "target",
        NONE,
        notes="a project's planned size: a plan's figure (target), undated (the plan's frame)",
    ),
    cdu("发现[3个]项目", 3, "个", "项目"),
    cdu("[6个]项目工程款", 6, "个", "项目"),
    cdf("共计[4125万元]", 4125, "万元", "元", "工程款未及时拨付"),
    cdu("[73户]不符合条件", 73, "户", "家庭"),
    cdf("审计了[6个]县（市）", 6, "个", "个", "审计县（市）"),
    cdf("补助资金[31.8亿元]", 31.8, "亿元", "元", "衔接推进乡村振兴补助资金"),
    cdu("发现[2个]县", 2, "个", "县"),
    cdf("县将[1840万元]衔接资金", 1840, "万元", "元", "衔接资金"),
    cdu("[11个]产业项目", 11, "个", "产业项目"),
    cdf("涉及资金[6420万元]", 6420, "万元", "元", "涉及资金"),
    row("资产总额[3215.6亿元]", 3215.6, "亿元", "元", "市属国有企业资产总额", "count_total", NONE),
    row(
        "负债总额[2087.3亿元]",
        2087.3,
        "亿元",
        "元",
        "市属国有企业负债总额",
        "count_total",
        NONE,
        notes="a bare account measure after an entity's (QA 11)",
    ),
    row("资产负债率[64.9%]", 64.9, "%", "%", "平均资产负债率", "share", NONE),
    cdu("[4家]企业账外资产", 4, "家", "企业"),
    cdf("账外资产[1.06亿元]", 1.06, "亿元", "元", "账外资产"),
    cdf("面积达[3.2万平方米]", 3.2, "万平方米", "平方米", "房产闲置面积", qual="reach", qtext="达"),
    row(
        "政府债务余额[1286.5亿元]",
        1286.5,
        "亿元",
        "元",
        "政府债务余额",
        "count_total",
        NONE,
        notes="a balance with no time expression: undated",
    ),
    cdu("[2个]项目专项债券", 2, "个", "项目"),
    cdf("涉及金额[2.4亿元]", 2.4, "亿元", "元", "涉及金额"),
    row(
        "整改到位问题金额[9.86亿元]",
        9.86,
        "亿元",
        "元",
        "整改到位问题金额",
        "count_total",
        CDR,
        notes="a cumulative sum to a date (截至): count_total",
    ),
    row("整改到位率[92.4%]", 92.4, "%", "%", "整改到位率", "share", CDR),
    row("规章制度[46项]", 46, "项", "项", "制定完善规章制度", "count_total", CDR),
    row("追责问责[62人]", 62, "人", "人", "追责问责", "count_total", CDR),
    row(
        "控制在[10%以内]",
        10,
        "%",
        "%",
        "年初预算代编比例",
        "target",
        NONE,
        qual="at_most",
        qtext="以内",
        notes="a norm the report proposes (原则上控制在): a goal, undated",
    ),
]


# h35: a province's transport department's release on the first nine months (江苏, 2025年1—9月
# 全省交通运输经济运行情况, 2025-10-24): 1—9月 cumulative flows with 同比, 9月份 single-month
# figures (环比 too), 公路 / 水路 货运量 亿吨 and 货物周转量 亿吨公里, 港口货物吞吐量, 集装箱吞吐量
# 万标箱 and 万TEU, 客运量 亿人次, 铁路 发送旅客 with 日均, 高速公路 日均交通流量 辆次, 民航 旅客 /
# 货邮吞吐量 and 起降架次, 快递业务量 亿件, 交通固定资产投资 with 完成年度计划的X, a tab table
# (指标 / 单位 / 1—9月 / 同比增长（%）). Ports and an airport named for their city (连云港港,
# 苏州港, 南京禄口国际机场) are facilities: their name is part of the indicator, no subject
# (decision of round 11). Traps: 浏览次数, 第3批, “四好农村路”, “交通强省”, 注：1．2．, a phone.
JS = "h35_jiangsu_transport_q3_release_2025.txt"
JS9 = P("1—9月", "2025-01-01", "2025-09-30")
JSM = P("9月份", "2025-09-01", "2025-09-30")
JS_FAC = "a port or airport named for its city is a facility: part of the name, no subject"
JS_CLAUSE = "a name from the clause's own words (nothing borrowed from the clause before)"


def jsa(anchor, value, unit_raw, unit, indicator, period=JS9, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def jsg(anchor, value, indicator, period=JS9, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def jscell(head, number, value, unit_raw, unit, kind="actual"):
    return row(tab_cell(JS, head, number), value, unit_raw, unit, head, kind, JS9)


def jsgcell(head, number, value):
    return row(tab_cell(JS, head, number), value, "%", "%", head, "growth_rate", JS9)


LABELS[JS] = [
    jsa("营业性货运量[24.86亿吨]", 24.86, "亿吨", "吨", "营业性货运量"),
    jsg("亿吨，同比增长[3.4%]；完成货物", 3.4, "营业性货运量"),
    jsa("货物周转量[11342.6亿吨公里]", 11342.6, "亿吨公里", "吨公里", "货物周转量"),
    jsg("同比增长[4.1%]。其中", 4.1, "货物周转量"),
    jsa("公路完成货运量[15.37亿吨]", 15.37, "亿吨", "吨", "公路货运量"),
    jsg("同比增长[2.6%]", 2.6, "公路货运量"),
    jsa(
        "货物周转量[2186.4亿吨公里]",
        2186.4,
        "亿吨公里",
        "吨公里",
        "货物周转量",
        notes="公路 is in the clause before: " + JS_CLAUSE,
    ),
    jsg("增长[1.9%]", 1.9, "货物周转量"),
    jsa("水路完成货运量[9.12亿吨]", 9.12, "亿吨", "吨", "水路货运量"),
    jsg("增长[4.8%]，货物周转量", 4.8, "水路货运量"),
    jsa("货物周转量[9035.8亿吨公里]", 9035.8, "亿吨公里", "吨公里", "货物周转量", notes=JS_CLAUSE),
    jsg("增长[4.7%]", 4.7, "货物周转量"),
    jsa("营业性货运量[2.94亿吨]", 2.94, "亿吨", "吨", "营业性货运量", JSM),
    jsg("同比增长[5.2%]", 5.2, "营业性货运量", JSM),
    jsg(
        "环比增长[3.1%]",
        3.1,
        "营业性货运量",
        JSM,
        notes="a rate against the month before is labelled with its 同比 twin's name",
    ),
    jsa("港口完成货物吞吐量[26.73亿吨]", 26.73, "亿吨", "吨", "港口货物吞吐量"),
    jsg("同比增长[2.9%]", 2.9, "港口货物吞吐量"),
    jsa("外贸货物吞吐量[4.85亿吨]", 4.85, "亿吨", "吨", "外贸货物吞吐量"),
    jsg("增长[6.3%]", 6.3, "外贸货物吞吐量"),
    jsa("集装箱吞吐量[1986.5万标箱]", 1986.5, "万标箱", "标准箱", "集装箱吞吐量"),
    jsg("同比增长[8.7%]", 8.7, "集装箱吞吐量"),
    jsa("沿江港口完成货物吞吐量[20.14亿吨]", 20.14, "亿吨", "吨", "沿江港口货物吞吐量"),
    jsg("增长[2.2%]", 2.2, "沿江港口货物吞吐量"),
    jsa("沿海港口完成货物吞吐量[6.59亿吨]", 6.59, "亿吨", "吨", "沿海港口货物吞吐量"),
    jsg("增长[5.1%]", 5.1, "沿海港口货物吞吐量"),
    jsa(
        "集装箱吞吐量[486.2万标箱]",
        486.2,
        "万标箱",
        "标准箱",
        "连云港港集装箱吞吐量",
        notes=JS_FAC,
    ),
    jsa(
        "486.2万标箱和[718.9万标箱]", 718.9, "万标箱", "标准箱", "苏州港集装箱吞吐量", notes=JS_FAC
    ),
    jsg("分别增长[9.4%]", 9.4, "连云港港集装箱吞吐量"),
    jsg("9.4%和[7.6%]", 7.6, "苏州港集装箱吞吐量"),
    jsa("港口完成货物吞吐量[3.08亿吨]", 3.08, "亿吨", "吨", "港口货物吞吐量", JSM),
    jsg("同比增长[4.4%]", 4.4, "港口货物吞吐量", JSM),
    jsa(
        "集装箱吞吐量[236.7万TEU]",
        236.7,
        "万TEU",
        "标准箱",
        "集装箱吞吐量",
        JSM,
        notes="TEU is the unit 标准箱 (unit_raw as written), as GW is 吉瓦; relabelled after the "
        "blind score: 标箱 was labelled as its own unit, units.yaml reads it as 标准箱",
    ),
    jsg("增长[10.2%]", 10.2, "集装箱吞吐量", JSM),
    jsa("营业性客运量[3.12亿人次]", 3.12, "亿人次", "人次", "营业性客运量"),
    jsg("同比增长[2.3%]", 2.3, "营业性客运量"),
    jsa("公路客运量[2.64亿人次]", 2.64, "亿人次", "人次", "公路客运量"),
    jsg("下降[1.8%]", -1.8, "公路客运量"),
    jsa("水路客运量[1526万人次]", 1526, "万人次", "人次", "水路客运量"),
    jsg("增长[12.5%]", 12.5, "水路客运量"),
    jsa("铁路发送旅客[2.87亿人次]", 2.87, "亿人次", "人次", "铁路发送旅客"),
    jsg("同比增长[5.6%]", 5.6, "铁路发送旅客"),
    jsa(
        "日均发送[105.1万人次]",
        105.1,
        "万人次",
        "人次",
        "日均铁路发送旅客",
        notes="日均 with a flow verb alone takes the last name (as h26's 日均高速公路车流量)",
    ),
    jsa("轨道交通完成客运量[26.4亿人次]", 26.4, "亿人次", "人次", "城市轨道交通客运量"),
    jsg("增长[6.8%]", 6.8, "城市轨道交通客运量"),
    jsa("日均交通流量[368.5万辆次]", 368.5, "万辆次", "辆次", "高速公路日均交通流量"),
    jsg("同比增长[4.2%]", 4.2, "高速公路日均交通流量"),
    row("流量占比为[27.6%]", 27.6, "%", "%", "货车日均流量占比", "share", JS9),
    row(
        "同期下降[0.9个百分点]",
        -0.9,
        "个百分点",
        "百分点",
        "货车日均流量占比",
        "growth_rate",
        JS9,
    ),
    jsa("机场完成旅客吞吐量[4386.2万人次]", 4386.2, "万人次", "人次", "民用运输机场旅客吞吐量"),
    jsg("同比增长[9.3%]", 9.3, "民用运输机场旅客吞吐量"),
    jsa("货邮吞吐量[61.8万吨]", 61.8, "万吨", "吨", "货邮吞吐量"),
    jsg("增长[14.6%]", 14.6, "货邮吞吐量"),
    jsa("起降架次[35.7万架次]", 35.7, "万架次", "架次", "起降架次"),
    jsg("增长[6.1%]。其中", 6.1, "起降架次"),
    jsa(
        "国际机场完成旅客吞吐量[2214.5万人次]",
        2214.5,
        "万人次",
        "人次",
        "南京禄口国际机场旅客吞吐量",
        notes=JS_FAC,
    ),
    row(
        "占全省的[50.5%]",
        50.5,
        "%",
        "%",
        "南京禄口国际机场旅客吞吐量占全省",
        "share",
        JS9,
        notes="a share after a figure names its part (the figure before)",
    ),
    jsa(
        "机场完成旅客吞吐量[512.3万人次]",
        512.3,
        "万人次",
        "人次",
        "机场旅客吞吐量",
        P("9月份单月", "2025-09-01", "2025-09-30"),
    ),
    jsg("同比增长[7.8%]", 7.8, "机场旅客吞吐量", P("9月份单月", "2025-09-01", "2025-09-30")),
    jsa(
        "起降架次[4.1万架次]",
        4.1,
        "万架次",
        "架次",
        "起降架次",
        P("9月份单月", "2025-09-01", "2025-09-30"),
    ),
    jsa(
        "快递业务量累计完成[81.63亿件]",
        81.63,
        "亿件",
        "件",
        "快递业务量",
        kind="count_total",
        notes="累计完成 within 1—9月: a running total (count_total, as h11's 累計), dated 1—9月",
    ),
    jsg("同比增长[15.2%]", 15.2, "快递业务量"),
    jsa(
        "快递业务收入[达到687.4亿元]",
        687.4,
        "亿元",
        "元",
        "快递业务收入",
        qual="reach",
        qtext="达到",
    ),
    jsg("增长[8.9%]", 8.9, "快递业务收入"),
    jsa("快递业务量完成[9.74亿件]", 9.74, "亿件", "件", "快递业务量", JSM),
    jsg("同比增长[13.6%]", 13.6, "快递业务量", JSM),
    jsa("固定资产投资[1462.8亿元]", 1462.8, "亿元", "元", "完成交通固定资产投资"),
    jsg("同比增长[4.5%]", 4.5, "完成交通固定资产投资"),
    row(
        "完成年度计划的[81.3%]",
        81.3,
        "%",
        "%",
        "完成交通固定资产投资",
        "share",
        JS9,
        notes="完成年度计划的X: a share of the figure named before (as h16)",
    ),
    jsa("公路水路完成投资[1035.6亿元]", 1035.6, "亿元", "元", "公路水路完成投资"),
    jsg("增长[3.2%]", 3.2, "公路水路完成投资"),
    jsa("新改建完成[286公里]", 286, "公里", "公里", "普通国省道新改建"),
    jsa("农村公路[3120公里]", 3120, "公里", "公里", "新改建农村公路"),
    jsa("新增示范县[6个]", 6, "个", "个", "新增示范县"),
    jscell("营业性货运量", "24.86", 24.86, "亿吨", "吨"),
    jsgcell("营业性货运量", "3.4", 3.4),
    jscell("货物周转量", "11342.6", 11342.6, "亿吨公里", "吨公里"),
    jsgcell("货物周转量", "4.1", 4.1),
    jscell("港口货物吞吐量", "26.73", 26.73, "亿吨", "吨"),
    jsgcell("港口货物吞吐量", "2.9", 2.9),
    jscell("集装箱吞吐量", "1986.5", 1986.5, "万标箱", "标准箱"),
    jsgcell("集装箱吞吐量", "8.7", 8.7),
    jscell("营业性客运量", "3.12", 3.12, "亿人次", "人次"),
    jsgcell("营业性客运量", "2.3", 2.3),
    jscell("机场旅客吞吐量", "4386.2", 4386.2, "万人次", "人次"),
    jsgcell("机场旅客吞吐量", "9.3", 9.3),
    jscell("快递业务量", "81.63", 81.63, "亿件", "件"),
    jsgcell("快递业务量", "15.2", 15.2),
]


# h36: a city's yearly population bulletin from its sample survey (2024年温州市人口主要数据公报,
# 2025-03-28): 2024年末 / 年末 stocks of people, 比上年末增加 / 减少, 全年 births and deaths with
# 出生率 / 死亡率 ‰ and 自然增长率 ‰ (its change in 个千分点), 城镇化率, age groups with 占X%
# and their changes in points, 抚养比, 性别比 105.4（以女性为100）, 户籍人口 and its flows, county
# figures (分别 lists, places as subjects), 每10万人中…由上年的X上升为Y, 平均受教育年限 年,
# 人口密度 人/平方公里, 家庭户. A yearly report: flows, changes and levels (actual) with no time
# expression take the title's year; stocks and shares with none stay undated. Traps: 第七次全国
# 人口普查, age groups (0—14岁, 15—59岁, 60岁及以上, 65岁及以上, 15岁及以上), 二孩 / 三孩, 百岁,
# 居前三位, 每10万人, 以女性为100, 连续3年, 注：1．2．3., the date under the bureaus.
WZ = "h36_wenzhou_population_bulletin_2024.txt"
WZE = P("2024年末", "2024-12-31", "2024-12-31")
WZYE = P("年末", "2024-12-31", "2024-12-31")
WZF = P("全年", "2024-01-01", "2024-12-31")
WZY = P("2024年", "2024-01-01", "2024-12-31")  # the title's year (a yearly report)
WZ_STOCK = "a stock or share with no time expression in a yearly report: undated"
WZ_TITLE = "a change or level (actual) with no time expression in a yearly report: the title's year"
WZ_SEX = (
    "a sex ratio (males per 100 females, 以女性为100) is a ratio's value: no unit, share, as "
    "生师比 13.9:1 (decision of round 11); 以女性为100 is no number"
)


def wzc(anchor, value, indicator, period=NONE, unit_raw="万人", unit="人", **kw):
    """a stock of people: count_total"""
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def wza(anchor, value, indicator, period=WZY, unit_raw="万人", unit="人", **kw):
    """a flow, or a change of a stock against the year before"""
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def wzs(anchor, value, indicator, period=NONE, unit_raw="%", unit="%", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "share", period, **kw)


def wzp(anchor, value, indicator, period=WZY, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


LABELS[WZ] = [
    wzc("常住人口为[978.6万人]", 978.6, "常住人口", WZE),
    wza("比上年末增加[2.3万人]", 2.3, "常住人口", WZE),
    row("增长[0.24%]", 0.24, "%", "%", "常住人口", "growth_rate", WZE),
    wza(
        "普查时增加[21.3万人]",
        21.3,
        "常住人口",
        WZE,
        notes="a change against the census (第七次… is an ordinal name, no number)",
    ),
    row(
        "居全省第[2位]",
        2,
        "位",
        "位",
        "常住人口总量",
        "rank",
        WZE,
        notes="a rank with its numeral; 全省 is the ranking's scope (no subject)",
    ),
    wzc("男性人口[502.1万人]", 502.1, "男性人口", WZE),
    wzc("女性人口[476.5万人]", 476.5, "女性人口", WZE),
    wzs("性别比为[105.4]", 105.4, "常住人口性别比", WZE, unit_raw=None, unit=None, notes=WZ_SEX),
    wza("出生人口[8.72万人]", 8.72, "出生人口", WZF),
    wzs("出生率为[8.92‰]", 8.92, "出生率", WZF, unit_raw="‰", unit="‰"),
    wza("死亡人口[6.04万人]", 6.04, "死亡人口", WZF),
    wzs("死亡率为[6.18‰]", 6.18, "死亡率", WZF, unit_raw="‰", unit="‰"),
    wzs("二孩占比为[41.3%]", 41.3, "二孩占比", WZF, notes="二孩 is a name (second child)"),
    wzs("及以上占比为[11.6%]", 11.6, "三孩及以上占比", WZF),
    row(
        "自然增长率为[2.74‰]",
        2.74,
        "‰",
        "‰",
        "人口自然增长率",
        "growth_rate",
        WZF,
        notes="the natural growth rate is growth_rate (as h27)",
    ),
    row(
        "比上年下降[0.61个千分点]",
        -0.61,
        "个千分点",
        "千分点",
        "人口自然增长率",
        "growth_rate",
        WZF,
        notes="points of a ‰ rate: the unit 千分点 (as 个百分点 of a %)",
    ),
    wzc("城镇常住人口[715.4万人]", 715.4, "城镇常住人口", WZYE),
    wzc("乡村常住人口[263.2万人]", 263.2, "乡村常住人口", WZYE),
    wzs("城镇化率为[73.10%]", 73.10, "常住人口城镇化率", WZYE),
    wzp("比上年末提高[0.52个百分点]", 0.52, "常住人口城镇化率", WZYE),
    row(
        "全市[12个]县（市、区）",
        12,
        "个",
        "个",
        "县（市、区）",
        "count_total",
        WZYE,
        notes="the city's counties, counted (as h23's 全省21个地级以上市)",
    ),
    row(
        "城镇化率超过[70%]的有",
        70,
        "%",
        "%",
        "常住人口城镇化率",
        "share",
        WZYE,
        qual="over",
        qtext="超过",
        borderline=True,
        notes="borderline: the bound of a class (as h34's 使用率不足30%)",
    ),
    row(
        "70%的有[5个]",
        5,
        "个",
        "个",
        "常住人口城镇化率超过70%的县（市、区）",
        "count_total",
        WZYE,
        notes="的有N个: members of a group (as h23)",
    ),
    wzc("0—14岁人口为[158.3万人]", 158.3, "0-14岁人口", notes=WZ_STOCK),
    wzs("占[16.18%]", 16.18, "0-14岁人口占比", notes="a bare 占 after a figure: its share"),
    wzc("15—59岁人口为[641.7万人]", 641.7, "15-59岁人口"),
    wzs("占[65.57%]", 65.57, "15-59岁人口占比"),
    wzc("60岁及以上人口为[178.6万人]", 178.6, "60岁及以上人口"),
    wzs("占[18.25%]", 18.25, "60岁及以上人口占比"),
    wzc("65岁及以上人口为[128.4万人]", 128.4, "65岁及以上人口"),
    wzs("占[13.12%]", 13.12, "65岁及以上人口占比"),
    wzp("比重下降[0.47个百分点]", -0.47, "0-14岁人口比重", notes=WZ_TITLE),
    wzp("比重下降[0.21个百分点]", -0.21, "15-59岁人口比重"),
    wzp("比重提高[0.68个百分点]", 0.68, "60岁及以上人口比重"),
    wzs("总抚养比为[45.2%]", 45.2, "总抚养比"),
    wzs("老年抚养比为[28.0%]", 28.0, "老年抚养比"),
    wzc("百岁及以上老人[1286人]", 1286, "百岁及以上老人", unit_raw="人"),
    wza("比上年增加[74人]", 74, "百岁及以上老人", unit_raw="人", notes=WZ_TITLE),
    wzc("户籍人口[836.9万人]", 836.9, "户籍人口", WZYE),
    wza("比上年末减少[1.2万人]", -1.2, "户籍人口", WZYE),
    wza("户籍出生人口[6.85万人]", 6.85, "户籍出生人口", WZF),
    wza("户籍死亡人口[5.92万人]", 5.92, "户籍死亡人口", WZF),
    wza("户籍迁入人口[4.37万人]", 4.37, "户籍迁入人口", WZF),
    wza("迁出人口[5.16万人]", 5.16, "迁出人口", WZF),
    wzc(
        "老年人口[210.6万人]",
        210.6,
        "60岁及以上老年人口",
        WZF,
        notes="a stock after the paragraph's 全年 (the last time expression, as h33)",
    ),
    wzs("占[25.17%]", 25.17, "60岁及以上老年人口占比", WZF),
    wzs("户籍人口城镇化率为[61.7%]", 61.7, "户籍人口城镇化率", WZF),
    wzp("比上年提高[0.8个百分点]", 0.8, "户籍人口城镇化率", WZF),
    wzc("分别为[128.7万人]", 128.7, "常住人口", subject="鹿城区", notes=WZ_STOCK),
    wzc("128.7万人、[154.6万人]", 154.6, "常住人口", subject="瑞安"),
    wzc("154.6万人和[146.2万人]", 146.2, "常住人口", subject="乐清"),
    wzc("洞头区为[16.8万人]", 16.8, "常住人口", subject="洞头区"),
    wza(
        "分别增加[0.86万人]",
        0.86,
        "常住人口增量",
        subject="鹿城区",
        notes="居前三位 is a rank without a count (no metric); " + WZ_TITLE,
    ),
    wza("0.86万人、[0.52万人]", 0.52, "常住人口增量", subject="龙湾区"),
    wza("0.52万人和[0.47万人]", 0.47, "常住人口增量", subject="瓯海区"),
    wza("分别减少[0.31万人]", -0.31, "常住人口", subject="文成县"),
    wza("0.31万人和[0.28万人]", -0.28, "常住人口", subject="泰顺县"),
    wzc("文化程度的人口为[146.8万人]", 146.8, "具有大学（指大专及以上）文化程度的人口"),
    wza(
        "由上年的[14632人]",
        14632,
        "每10万人中具有大学文化程度的人数",
        P("上年", "2023-01-01", "2023-12-31"),
        unit_raw="人",
        notes="由上年的X上升为Y: X the level of 上年 (as h24); a per-head density is actual; "
        "每10万人 is no number",
    ),
    wza(
        "上升为[15001人]",
        15001,
        "每10万人中具有大学文化程度的人数",
        unit_raw="人",
        notes="the new level after 由上年的: the report's year",
    ),
    row(
        "受教育年限为[10.12年]",
        10.12,
        "年",
        "年",
        "15岁及以上人口平均受教育年限",
        "actual",
        WZY,
        notes="年 is a unit after 年限; a level (actual) in a yearly report: the title's year "
        "(as h27's 人均预期寿命)",
    ),
    wza("比上年提高[0.09年]", 0.09, "15岁及以上人口平均受教育年限", unit_raw="年", unit="年"),
    wza(
        "人口密度为[831人/平方公里]",
        831,
        "人口密度",
        unit_raw="人/平方公里",
        unit="人/平方公里",
        notes="a density (a level, actual): the title's year",
    ),
    wza(
        "比上年末增加[2人/平方公里]",
        2,
        "人口密度",
        unit_raw="人/平方公里",
        unit="人/平方公里",
    ),
    wzc("共有家庭户[331.5万户]", 331.5, "家庭户", WZYE, unit_raw="万户", unit="户"),
    wzc("家庭户人口[892.7万人]", 892.7, "家庭户人口", WZYE),
    wza(
        "家庭户的人口为[2.69人]",
        2.69,
        "平均每个家庭户的人口",
        WZYE,
        unit_raw="人",
        notes="an average per household (a level): actual",
    ),
    wza("比上年减少[0.03人]", -0.03, "平均每个家庭户的人口", WZYE, unit_raw="人"),
    wzc("人户分离人口为[312.4万人]", 312.4, "人户分离人口", WZYE),
    wzc("市外流入人口[186.9万人]", 186.9, "市外流入人口", WZYE),
    wzs("常住人口的[19.1%]", 19.1, "市外流入人口占常住人口", WZYE),
    wza("新落户人才[4.6万人]", 4.6, "新落户人才", WZF),
    row(
        "保持在[4万人以上]",
        4,
        "万人",
        "人",
        "新落户人才",
        "actual",
        WZF,
        qual="at_least",
        qtext="以上",
        borderline=True,
        notes="borderline: a streak's floor (连续3年保持在…以上, as h24)",
    ),
    row(
        "抽样比为[1.2‰]",
        1.2,
        "‰",
        "‰",
        "抽样比",
        "share",
        NONE,
        borderline=True,
        notes="borderline: the survey's design (as h30's 約訪問了26 000個住戶)",
    ),
]


# h37: a province's energy bureau's report on the year's energy and power and the next
# year's tasks (河北, 2024年全省能源电力发展情况及2025年重点任务, 2025-02-20):
# 全社会用电量 亿千瓦时 by sector (第一/二/三产业, 城乡居民生活) with a 分别 list of shares,
# 12月份 and 7月 figures, 截至2024年底 installed capacity 万千瓦 (新能源 / 风电 / 光伏,
# 占比), 发电量, 利用率 with 均…以上, 原煤 / 原油 / 天然气 output, 由2020年的X减少至Y,
# 充电桩 万个, 单位地区生产总值能耗下降, 万吨标准煤, goals of 2025 (左右 / 以上) and
# 到2027年 (以上 / 左右 / 不低于). Installed capacity at a date is a realised magnitude,
# actual (as the seeds' 电网承载能力 千瓦); chargers counted are a stock, count_total
# (decision of round 11). Traps: 1000千伏 / 500千伏 / ±800千伏 in names, 第一产业 as a
# name, 三年行动方案（2025—2027年）, 5G, 浏览次数, dates.
HB = "h37_hebei_energy_power_report_2024.txt"
HBF = P("全年", "2024-01-01", "2024-12-31")
HBY = P("2024年", "2024-01-01", "2024-12-31")  # the title's (and the lead's) year
HBE = P("截至2024年底", "2024-12-31", "2024-12-31")
HB25 = P("2025年", "2025-01-01", "2025-12-31")
HBF25 = P("全年", "2025-01-01", "2025-12-31")  # under the heading 六、2025年主要目标
HB27 = P("到2027年", "2027-01-01", "2027-12-31")
KWH = ("亿千瓦时", "千瓦时")
HB_CAP = "installed capacity at a date: a realised magnitude, actual (decision of round 11)"


def hba(anchor, value, unit_raw, unit, indicator, period=HBF, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def hbg(anchor, value, indicator, period=HBF, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def hbs(anchor, value, indicator, period=HBF, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def hbt(anchor, value, unit_raw, unit, indicator, period=HB27, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


LABELS[HB] = [
    hba("全社会用电量[4758.3亿千瓦时]", 4758.3, *KWH, "全社会用电量"),
    hbg("同比增长[6.2%]", 6.2, "全社会用电量"),
    hba("第一产业用电量[82.6亿千瓦时]", 82.6, *KWH, "第一产业用电量"),
    hbg("增长[9.8%]", 9.8, "第一产业用电量"),
    hba("第二产业用电量[3126.4亿千瓦时]", 3126.4, *KWH, "第二产业用电量"),
    hbg("增长[4.9%]", 4.9, "第二产业用电量"),
    hba("第三产业用电量[851.7亿千瓦时]", 851.7, *KWH, "第三产业用电量"),
    hbg("增长[9.1%]", 9.1, "第三产业用电量"),
    hba("生活用电量[697.6亿千瓦时]", 697.6, *KWH, "城乡居民生活用电量"),
    hbg("增长[7.4%]", 7.4, "城乡居民生活用电量"),
    hbs(
        "比重分别为[1.7%]",
        1.7,
        "第一产业用电量占全社会用电量的比重",
        notes="a 分别 list of shares whose items are in its own clause: each item's share; "
        "第一、二、三产业 is 第一产业, 第二产业, 第三产业",
    ),
    hbs("1.7%、[65.7%]", 65.7, "第二产业用电量占全社会用电量的比重"),
    hbs("65.7%、[17.9%]", 17.9, "第三产业用电量占全社会用电量的比重"),
    hbs("17.9%和[14.7%]", 14.7, "城乡居民生活用电量占全社会用电量的比重"),
    hba(
        "全社会用电量[432.5亿千瓦时]",
        432.5,
        *KWH,
        "全社会用电量",
        P("12月份", "2024-12-01", "2024-12-31"),
    ),
    hbg("同比增长[5.3%]", 5.3, "全社会用电量", P("12月份", "2024-12-01", "2024-12-31")),
    hba(
        "用电负荷[达到5128万千瓦]",
        5128,
        "万千瓦",
        "千瓦",
        "最大用电负荷",
        P("7月", "2024-07-01", "2024-07-31"),
        qual="reach",
        qtext="达到",
    ),
    hba(
        "发电装机容量[达到15236万千瓦]",
        15236,
        "万千瓦",
        "千瓦",
        "发电装机容量",
        HBE,
        qual="reach",
        qtext="达到",
        notes=HB_CAP,
    ),
    hbg("比上年末增长[12.8%]", 12.8, "发电装机容量", HBE),
    hba("新能源装机容量[8964万千瓦]", 8964, "万千瓦", "千瓦", "新能源装机容量", HBE),
    hbs("总装机容量的[58.8%]", 58.8, "新能源装机容量占总装机容量", HBE),
    hba("装机分别为[3612万千瓦]", 3612, "万千瓦", "千瓦", "风电装机", HBE),
    hba("3612万千瓦和[5352万千瓦]", 5352, "万千瓦", "千瓦", "光伏发电装机", HBE),
    hba("新增新能源装机[1486万千瓦]", 1486, "万千瓦", "千瓦", "新增新能源装机"),
    hba("全省发电量[3962.7亿千瓦时]", 3962.7, *KWH, "发电量"),
    hbg("增长[5.4%]", 5.4, "发电量"),
    hba("新能源发电量[1124.3亿千瓦时]", 1124.3, *KWH, "新能源发电量"),
    hbg("增长[21.6%]", 21.6, "新能源发电量"),
    hbs("全部发电量的[28.4%]", 28.4, "新能源发电量占全部发电量"),
    hba("受入电量[约820亿千瓦时]", 820, *KWH, "净受入电量", qual="about", qtext="约"),
    hba("交易电量[126.4亿千瓦时]", 126.4, *KWH, "绿电交易电量"),
    hbs("利用率分别为[96.8%]", 96.8, "风电利用率"),
    hbs("96.8%和[97.5%]", 97.5, "光伏发电利用率"),
    row(
        "均比上年提高[0.6个百分点以上]",
        0.6,
        "个百分点",
        "百分点",
        "风电、光伏发电利用率",
        "growth_rate",
        HBF,
        qual="at_least",
        qtext="以上",
        notes="one number for a coordinated list (均): one row, the list its name (as h23)",
    ),
    hba("原煤产量[4162.5万吨]", 4162.5, "万吨", "吨", "规模以上工业原煤产量"),
    hbg("同比下降[3.5%]", -3.5, "规模以上工业原煤产量"),
    hba("原油产量[512.6万吨]", 512.6, "万吨", "吨", "原油产量"),
    hbg("增长[0.8%]", 0.8, "原油产量"),
    hba("天然气产量[8.3亿立方米]", 8.3, "亿立方米", "立方米", "天然气产量"),
    hbg("增长[2.1%]", 2.1, "天然气产量"),
    row(
        "2020年的[62处]",
        62,
        "处",
        "处",
        "煤矿数量",
        "count_total",
        P("2020年", "2020-01-01", "2020-12-31"),
        notes="由2020年的X减少至Y: X the level of 2020 (as h24's 由上年的)",
    ),
    row(
        "减少至[38处]",
        38,
        "处",
        "处",
        "煤矿数量",
        "count_total",
        HBF,
        notes="the new level: a stock after the paragraph's 全年 (the last time expression)",
    ),
    hba(
        "控制在[6000万吨/年以内]",
        6000,
        "万吨/年",
        "吨/年",
        "煤炭产能",
        qual="at_most",
        qtext="以内",
        notes="a result of the year (in the review), bounded",
    ),
    hba(
        "变电站[4座]",
        4,
        "座",
        "座",
        "新建500千伏变电站",
        notes="500千伏 is a voltage class in a name, no number",
    ),
    hba("变电容量[1200万千伏安]", 1200, "万千伏安", "千伏安", "新增变电容量"),
    hba("输电线路[2863公里]", 2863, "公里", "公里", "新建改造输电线路"),
    hba("配变容量提升至[3.2千伏安]", 3.2, "千伏安", "千伏安", "农村电网户均配变容量"),
    row("建成充电桩[38.6万个]", 38.6, "万个", "个", "建成充电桩", "count_total", HBE),
    row("公共充电桩[9.7万个]", 9.7, "万个", "个", "公共充电桩", "count_total", HBE),
    hba("新增充电桩[11.2万个]", 11.2, "万个", "个", "新增充电桩"),
    hbs(
        "覆盖率[达到96.5%]",
        96.5,
        "乡镇充电设施覆盖率",
        qual="reach",
        qtext="达到",
    ),
    hbg(
        "比上年下降[3.8%]",
        -3.8,
        "单位地区生产总值能耗",
        HBY,
        notes="no time expression in its paragraph: the title's and the lead's year",
    ),
    hbg("能耗下降[5.2%]", -5.2, "规模以上工业单位增加值能耗", HBY),
    hba("节能量[186万吨标准煤]", 186, "万吨标准煤", "吨标准煤", "重点用能单位节能量", HBY),
    hba("消费总量[3.32亿吨标准煤]", 3.32, "亿吨标准煤", "吨标准煤", "能源消费总量"),
    hbg("增长[1.6%]", 1.6, "能源消费总量"),
    hbs("比重为[66.4%]", 66.4, "煤炭消费量占能源消费总量的比重"),
    row(
        "比上年下降[1.9个百分点]",
        -1.9,
        "个百分点",
        "百分点",
        "煤炭消费量占能源消费总量的比重",
        "growth_rate",
        HBF,
    ),
    row(
        "用电量增长[5.5%左右]",
        5.5,
        "%",
        "%",
        "全社会用电量",
        "target",
        HB25,
        qual="about",
        qtext="左右",
    ),
    hbt(
        "新能源装机[1200万千瓦以上]",
        1200,
        "万千瓦",
        "千瓦",
        "新增新能源装机",
        HB25,
        qual="at_least",
        qtext="以上",
    ),
    hbt(
        "占比达到[61%左右]",
        61,
        "%",
        "%",
        "新能源装机占比",
        HB25,
        qual="about",
        qtext="达到…左右",
    ),
    hbt("能耗下降[3%左右]", -3, "%", "%", "单位地区生产总值能耗", HB25, qual="about", qtext="左右"),
    hbt(
        "新建充电桩[8万个以上]",
        8,
        "万个",
        "个",
        "新建充电桩",
        HB25,
        qual="at_least",
        qtext="以上",
    ),
    hbt("能源领域投资[1600亿元]", 1600, "亿元", "元", "完成能源领域投资", HBF25),
    hbt("电网投资[520亿元]", 520, "亿元", "元", "电网投资", HBF25),
    hbt(
        "发电装机容量[达到1.9亿千瓦以上]",
        1.9,
        "亿千瓦",
        "千瓦",
        "发电装机容量",
        qual="at_least",
        qtext="达到…以上",
    ),
    hbt(
        "新能源装机容量[达到1.2亿千瓦左右]",
        1.2,
        "亿千瓦",
        "千瓦",
        "新能源装机容量",
        qual="about",
        qtext="达到…左右",
    ),
    hbt("占比[不低于63%]", 63, "%", "%", "新能源装机容量占比", qual="at_least", qtext="不低于"),
    hbt(
        "储能装机规模[达到1500万千瓦]",
        1500,
        "万千瓦",
        "千瓦",
        "新型储能装机规模",
        qual="reach",
        qtext="达到",
    ),
    hbt("提高到[16%以上]", 16, "%", "%", "非化石能源消费比重", qual="at_least", qtext="以上"),
    hbt(
        "输电工程[1项]",
        1,
        "项",
        "项",
        "建成±800千伏特高压直流输电工程",
        notes="±800千伏 is a voltage class in a name, no number",
    ),
    hbt(
        "充电桩总数[不低于60万个]", 60, "万个", "个", "充电桩总数", qual="at_least", qtext="不低于"
    ),
]


# ---------------------------------------------------------------------------------------------
# h38: a city's housing provident fund annual report (泉州市住房公积金2024年年度报告, 2025-03-27):
# 机构概况 (委员 名, 处 / 管理部 / 网点 个, 从业人员 人), 缴存 (新开户单位 家, 实缴职工 万人,
# 缴存额 亿元 with a 分别 list of growth rates), 累计缴存总额 (since founding) vs 缴存余额 (the
# stock at 2024年末), 提取额 and 占当年缴存额的%, shares by 提取原因 (分别), 个人住房贷款 万笔 /
# 亿元 (分别), 贷款余额, 个人住房贷款率, 市场占有率, 业务收入 / 支出, 增值收益率, 贷款风险准备金,
# 逾期率 ‰, a loan's 最高额度 (a rule's cap: other), a tab table 项目 / 2024年 / 2023年 /
# 增减（%）. A yearly report (年度报告 with its year): stocks with no time expression stay
# undated. Running totals since founding (累计…) and balances at 2024年末 are count_total; the
# year's flows actual. Traps: 建金〔2015〕26号, 2023年度 in a plan's name, 1年（含）以下 (a class
# of deposits), 12329, the phone, 浏览次数.
QZ = "h38_quanzhou_housing_fund_annual_report_2024.txt"
QZY = P("2024年", "2024-01-01", "2024-12-31")
QZE = P("2024年末", "2024-12-31", "2024-12-31")
QZ23 = P("2023年", "2023-01-01", "2023-12-31")
QZ_STOCK = "a stock with no time expression in a yearly report: undated"
QZ_CUM = "a running total since the fund's founding (累计) at the year's end: count_total"
QZ_BAL = "a balance at 2024年末: count_total (as h34's balances)"


def qza(anchor, value, indicator, period=QZY, unit_raw="亿元", unit="元", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def qzc(anchor, value, indicator, period=QZE, unit_raw="亿元", unit="元", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def qzg(anchor, value, indicator, period=QZY, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def qzs(anchor, value, indicator, period=QZY, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def qzcell(head, number, value, kind, period, indicator=None, unit_raw="亿元", unit="元"):
    return row(tab_cell(QZ, head, number), value, unit_raw, unit, indicator or head, kind, period)


LABELS[QZ] = [
    qzc("有委员[25名]", 25, "委员", NONE, "名", "名", notes=QZ_STOCK),
    qza("召开[2次]会议", 2, "召开会议", QZY, "次", "次"),
    qzc("设[9个]处", 9, "处（科）", NONE, "个", "个", notes=QZ_STOCK),
    qzc("、[12个]管理部", 12, "管理部", NONE, "个", "个"),
    qzc("服务网点[23个]", 23, "服务网点", NONE, "个", "个"),
    qzc("从业人员[216人]", 216, "从业人员", NONE, "人", "人"),
    qzc("在编[148人]", 148, "在编", NONE, "人", "人"),
    qzc("非在编[68人]", 68, "非在编", NONE, "人", "人"),
    qza("新开户单位[2863家]", 2863, "新开户单位", unit_raw="家", unit="家"),
    qza("净增单位[1954家]", 1954, "净增单位", unit_raw="家", unit="家"),
    qza("新开户职工[12.46万人]", 12.46, "新开户职工", unit_raw="万人", unit="人"),
    qza("净增职工[3.18万人]", 3.18, "净增职工", unit_raw="万人", unit="人"),
    qzc(
        "实缴单位[2.35万家]",
        2.35,
        "实缴单位",
        QZY,
        "万家",
        "家",
        notes="units that paid in during the year: a count of things, dated by its paragraph",
    ),
    qzc("实缴职工[98.72万人]", 98.72, "实缴职工", QZY, "万人", "人"),
    qza("缴存额[186.54亿元]，分别", 186.54, "缴存额"),
    qzg("比上年增长[8.9%]", 8.9, "实缴单位"),
    qzg("8.9%、[3.3%]", 3.3, "实缴职工"),
    qzg("3.3%、[6.1%]", 6.1, "缴存额"),
    qzc("累计缴存总额[1862.37亿元]", 1862.37, "缴存总额", notes=QZ_CUM),
    qzg("比上年末增加[11.1%]", 11.1, "缴存总额", QZE),
    qzc("缴存余额[712.48亿元]", 712.48, "缴存余额", notes=QZ_BAL),
    qzg("同比增长[7.6%]", 7.6, "缴存余额", QZE),
    qzc("缴存业务的银行[5家]", 5, "受委托办理住房公积金缴存业务的银行", QZE, "家", "家"),
    qza(
        "2024年，[18.63万名]缴存职工",
        18.63,
        "缴存职工",
        unit_raw="万名",
        unit="名",
        notes="a count before its noun is named by the noun (seeds' convention)",
    ),
    qza("提取额[136.28亿元]", 136.28, "提取额"),
    qzg("同比增长[4.2%]", 4.2, "提取额"),
    qzs("当年缴存额的[73.06%]", 73.06, "提取额占缴存额",
        notes="当年 dropped: the period says the year (session 24)"),
    row(
        "比上年减少[1.33个百分点]",
        -1.33,
        "个百分点",
        "百分点",
        "提取额占缴存额",
        "growth_rate",
        QZY,
    ),
    qzs("比重分别为[18.2%]", 18.2, "购买自住住房提取占提取额的比重"),
    qzs("18.2%、[52.6%]", 52.6, "偿还购房贷款本息提取占提取额的比重"),
    qzs("52.6%、[9.4%]", 9.4, "租赁住房提取占提取额的比重"),
    qzs("9.4%和[13.1%]", 13.1, "离休和退休提取占提取额的比重"),
    qzs("其他原因提取占[6.7%]", 6.7, "其他原因提取占比"),
    qzc("累计提取总额[1149.89亿元]", 1149.89, "提取总额", notes=QZ_CUM),
    qzg("比上年末增加[13.4%]", 13.4, "提取总额", QZE),
    row(
        "个人住房贷款最高额度[80万元]",
        80,
        "万元",
        "元",
        "个人住房贷款额度",
        "other",
        NONE,
        "at_most",
        "最高",
        notes="a rule's cap (as round 8's grants): other, no period",
    ),
    row(
        "单缴存职工最高额度[50万元]",
        50,
        "万元",
        "元",
        "单缴存职工额度",
        "other",
        NONE,
        "at_most",
        "最高",
        notes="a cap per unit named by its unit (as 单个企业)",
    ),
    qza("发放个人住房贷款[1.12万笔]", 1.12, "发放个人住房贷款", unit_raw="万笔", unit="笔"),
    qza("1.12万笔、[52.36亿元]", 52.36, "发放个人住房贷款"),
    qzg("同比分别增长[6.7%]", 6.7, "发放个人住房贷款"),
    qzg("6.7%、[9.8%]", 9.8, "发放个人住房贷款"),
    qza("回收个人住房贷款[38.41亿元]", 38.41, "回收个人住房贷款"),
    qzc(
        "累计发放个人住房贷款[19.87万笔]",
        19.87,
        "发放个人住房贷款",
        unit_raw="万笔",
        unit="笔",
        notes=QZ_CUM,
    ),
    qzc("19.87万笔、[712.65亿元]", 712.65, "发放个人住房贷款", notes=QZ_CUM),
    qzc("个人住房贷款余额[396.24亿元]", 396.24, "个人住房贷款余额", notes=QZ_BAL),
    qzg("比上年末增加[5.9%]", 5.9, "发放个人住房贷款", QZE),
    qzg("5.9%、[7.9%]", 7.9, "发放个人住房贷款", QZE),
    qzg("7.9%、[3.6%]", 3.6, "个人住房贷款余额", QZE),
    qzs("个人住房贷款率为[55.61%]", 55.61, "个人住房贷款率", QZE),
    row(
        "比上年末减少[2.04个百分点]",
        -2.04,
        "个百分点",
        "百分点",
        "个人住房贷款率",
        "growth_rate",
        QZE,
    ),
    qzs("市场占有率为[14.26%]", 14.26, "住房公积金个人住房贷款市场占有率", QZE),
    row(
        "比上年末减少[0.58个百分点]",
        -0.58,
        "个百分点",
        "百分点",
        "住房公积金个人住房贷款市场占有率",
        "growth_rate",
        QZE,
    ),
    qza("节约购房利息支出[12.87亿元]", 12.87, "节约购房利息支出"),
    qzc("住房公积金存款[324.18亿元]", 324.18, "住房公积金存款", notes=QZ_BAL),
    qzc("活期[3.62亿元]", 3.62, "活期"),
    qzc("以下定期[105.00亿元]", 105.00, "1年（含）以下定期"),
    qzc("以上定期[193.56亿元]", 193.56, "1年以上定期"),
    qzc("通知存款等）[22.00亿元]", 22.00, "其他"),
    qza("业务收入[21.86亿元]", 21.86, "业务收入"),
    qzg("同比增长[5.3%]", 5.3, "业务收入"),
    qza("存款利息[8.42亿元]", 8.42, "存款利息"),
    qza("委托贷款利息[13.41亿元]", 13.41, "委托贷款利息"),
    qza("其他[0.03亿元]", 0.03, "其他"),
    qza("业务支出[11.37亿元]", 11.37, "业务支出"),
    qzg("同比增长[4.8%]", 4.8, "业务支出"),
    qza("公积金利息[10.32亿元]", 10.32, "支付职工住房公积金利息"),
    qza("归集手续费[0.21亿元]", 0.21, "归集手续费"),
    qza("委托贷款手续费[0.71亿元]", 0.71, "委托贷款手续费"),
    qza("其他[0.13亿元]", 0.13, "其他"),
    qza("增值收益[10.49亿元]", 10.49, "增值收益"),
    qzg("同比增长[5.9%]", 5.9, "增值收益"),
    qzs("增值收益率[1.54%]", 1.54, "增值收益率"),
    row(
        "比上年减少[0.03个百分点]",
        -0.03,
        "个百分点",
        "百分点",
        "增值收益率",
        "growth_rate",
        QZY,
    ),
    qza("提取贷款风险准备金[0.84亿元]", 0.84, "提取贷款风险准备金"),
    qza("提取管理费用[0.96亿元]", 0.96, "提取管理费用"),
    qza("补充资金[8.69亿元]", 8.69, "提取城市公共租赁住房建设补充资金"),
    qzc("准备金余额[9.86亿元]", 9.86, "贷款风险准备金余额", notes=QZ_BAL),
    qzc("补充资金[68.41亿元]", 68.41, "提取城市公共租赁住房建设补充资金", notes=QZ_CUM),
    qzc("逾期额[1526万元]", 1526, "个人住房贷款逾期额", unit_raw="万元", notes=QZ_BAL),
    row("逾期率[0.04‰]", 0.04, "‰", "‰", "逾期率", "share", QZE, notes="a rate at the year's end"),
    qzcell("缴存额", "186.54", 186.54, "actual", QZY),
    qzcell("缴存额", "175.82", 175.82, "actual", QZ23),
    qzcell("缴存额", "6.1", 6.1, "growth_rate", QZY, unit_raw="%", unit="%"),
    qzcell("提取额", "136.28", 136.28, "actual", QZY),
    qzcell("提取额", "130.78", 130.78, "actual", QZ23),
    qzcell("提取额", "4.2", 4.2, "growth_rate", QZY, unit_raw="%", unit="%"),
    qzcell("发放个人住房贷款", "52.36", 52.36, "actual", QZY),
    qzcell("发放个人住房贷款", "47.69", 47.69, "actual", QZ23),
    qzcell("发放个人住房贷款", "9.8", 9.8, "growth_rate", QZY, unit_raw="%", unit="%"),
    qzcell("增值收益", "10.49", 10.49, "actual", QZY),
    qzcell("增值收益", "9.91", 9.91, "actual", QZ23),
    qzcell("增值收益", "5.9", 5.9, "growth_rate", QZY, unit_raw="%", unit="%"),
]


# ---------------------------------------------------------------------------------------------
# h39: a province's water resources bulletin (2024年山东省水资源公报, 2025-06-18): 年降水量 毫米,
# 降水总量 亿立方米, 比上年偏多 (a change over time: growth_rate) and 比多年平均偏多 (a departure
# from the long-term mean, a reference level: other; decision of round 12), 汛期（6—9月）, 7月份,
# places of a 最大 / 最小 comparison as subjects, 地表水 / 地下水 / 水资源总量 (yearly volumes:
# actual), 年径流深, 埋深 米 and 地下水位 比年初上升 at 年末, 蓄水总量 (a stock at a date:
# count_total, as a balance) and its change 比年初增加 (actual), 供水量 / 用水量 by source and by
# user with 分别 lists of amounts and shares, 人均综合用水量, 万元地区生产总值用水量 比2020年下降
# (a base year), 产水系数 / 农田灌溉水有效利用系数 (unitless ratios: share, decision of round 12),
# 升/日, 河长 公里 and 水质 shares. A yearly report (a 公报 with its year in the title): flows
# with no time expression take its year. Traps: 矿化度≤2克/升 and 埋深50米以内 (class bounds,
# borderline), Ⅰ～Ⅲ类 classes, 1956—2016年 (the mean's years), 注：1．2．, the phone.
SD = "h39_shandong_water_resources_bulletin_2024.txt"
SDY = P("2024年", "2024-01-01", "2024-12-31")
SDE = P("2024年末", "2024-12-31", "2024-12-31")
SDYE = P("年末", "2024-12-31", "2024-12-31")
SDF = P("汛期（6—9月）", "2024-06-01", "2024-09-30")
SDJUL = P("7月份", "2024-07-01", "2024-07-31")
M3 = ("亿立方米", "立方米")
MM = ("毫米", "毫米")
SD_NORM = (
    "a departure from the long-term mean (比多年平均偏多/偏少): a gap to a reference level, other, "
    "signed (decision of round 12)"
)
SD_COEF = "a unitless coefficient is a ratio's value: no unit, share (decision of round 12)"
SD_STORE = "water stored at a date is a stock: count_total, as a balance (decision of round 12)"


def sda(anchor, value, unit_raw, unit, indicator, period=SDY, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def sdg(anchor, value, indicator, period=SDY, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def sdo(anchor, value, indicator, period=SDY, **kw):
    kw.setdefault("notes", SD_NORM)
    return row(anchor, value, "%", "%", indicator, "other", period, **kw)


def sds(anchor, value, indicator, period=SDY, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


LABELS[SD] = [
    sda("全省平均年降水量[812.6毫米]，比多年", 812.6, *MM, "平均年降水量"),
    sdo("比多年平均偏多[19.3%]，属", 19.3, "平均年降水量"),
    sda("全省水资源总量[412.36亿立方米]，全省", 412.36, *M3, "水资源总量"),
    sda("全省用水总量[213.47亿立方米]。", 213.47, *M3, "用水总量"),
    sdg("比2020年下降[18.6%]，农田", -18.6, "万元地区生产总值用水量"),
    row(
        "利用系数达到[0.652]",
        0.652,
        None,
        None,
        "农田灌溉水有效利用系数",
        "share",
        SDY,
        "reach",
        "达到",
        notes=SD_COEF,
    ),
    sda("全省平均年降水量[812.6毫米]，折合", 812.6, *MM, "平均年降水量"),
    sda("降水总量[1282.5亿立方米]", 1282.5, *M3, "降水总量"),
    sdg("比上年偏多[9.8%]", 9.8, "降水总量", notes="比上年偏多: a change over time, growth_rate"),
    sda("为[1105.3毫米]", 1105.3, *MM, "年降水量", subject="临沂"),
    sda("为[598.7毫米]", 598.7, *MM, "年降水量", subject="东营"),
    sda("平均降水量[586.4毫米]", 586.4, *MM, "平均降水量", SDF),
    sds("占全年降水量的[72.2%]", 72.2, "平均降水量占全年降水量", SDF),
    sda("达到[263.8毫米]", 263.8, *MM, "平均降水量", SDJUL, qual="reach", qtext="达到"),
    sdo("比多年同期偏多[61.5%]", 61.5, "平均降水量", SDJUL),
    sda("地表水资源量[296.18亿立方米]", 296.18, *M3, "地表水资源量"),
    sda("年径流深[189.6毫米]", 189.6, *MM, "年径流深"),
    sdg("比上年偏多[21.4%]", 21.4, "地表水资源量"),
    sdo("比多年平均偏多[48.2%]", 48.2, "地表水资源量"),
    sda("入海水量[112.6亿立方米]", 112.6, *M3, "入海水量"),
    sda("出境水量[8.4亿立方米]", 8.4, *M3, "出境水量"),
    row(
        "矿化度≤[2克/升]",
        2,
        "克/升",
        "克/升",
        "矿化度",
        "other",
        NONE,
        "at_most",
        "≤",
        borderline=True,
        notes="borderline: the bound of a class (as h34's 使用率不足30%)",
    ),
    sda(
        "）[186.92亿立方米]",
        186.92,
        *M3,
        "地下水资源量",
        notes="a yearly volume with no time expression in a yearly report: the title's year",
    ),
    sda("平原区地下水资源量[124.37亿立方米]", 124.37, *M3, "平原区地下水资源量"),
    sda("重复计算量为[70.74亿立方米]", 70.74, *M3, "重复计算量"),
    row(
        "埋深[50米以内]",
        50,
        "米",
        "米",
        "埋深",
        "other",
        NONE,
        "at_most",
        "以内",
        borderline=True,
        notes="borderline: the bound of a class (浅层地下水)",
    ),
    sda("平均埋深[6.83米]", 6.83, "米", "米", "平原区浅层地下水平均埋深", SDYE),
    sda(
        "平均上升[0.42米]",
        0.42,
        "米",
        "米",
        "地下水位",
        SDYE,
        notes="a change against 年初 at 年末 (as h36's 比上年末增加): actual, the point",
    ),
    sda("储存量增加[18.5亿立方米]", 18.5, *M3, "地下水储存量", SDYE),
    sda("全省水资源总量[412.36亿立方米]，比上年", 412.36, *M3, "水资源总量"),
    sdg("比上年偏多[16.7%]", 16.7, "水资源总量"),
    sdo("比多年平均偏多[34.5%]，产水", 34.5, "水资源总量"),
    row("产水系数为[0.32]", 0.32, None, None, "产水系数", "share", SDY, notes=SD_COEF),
    sda("人均水资源量[405立方米]", 405, "立方米", "立方米", "人均水资源量"),
    row("全省[37座]大型水库", 37, "座", "座", "大型水库", "count_total", SDE),
    row("和[218座]中型水库", 218, "座", "座", "中型水库", "count_total", SDE),
    row("蓄水总量[52.84亿立方米]", 52.84, *M3, "蓄水总量", "count_total", SDE, notes=SD_STORE),
    sda("比年初增加[6.21亿立方米]", 6.21, *M3, "蓄水总量", SDE),
    row("大型水库蓄水量[39.57亿立方米]", 39.57, *M3, "大型水库蓄水量", "count_total", SDE),
    row("中型水库蓄水量[13.27亿立方米]", 13.27, *M3, "中型水库蓄水量", "count_total", SDE),
    row("分别为[16.82亿立方米]", 16.82, *M3, "南四湖蓄水量", "count_total", SDYE),
    row("和[3.46亿立方米]", 3.46, *M3, "东平湖蓄水量", "count_total", SDYE),
    sda("总供水量[213.47亿立方米]", 213.47, *M3, "总供水量"),
    sdg("比上年减少[1.2%]", -1.2, "总供水量"),
    sda("地表水源供水量[126.43亿立方米]", 126.43, *M3, "地表水源供水量"),
    sda("地下水源供水量[72.58亿立方米]", 72.58, *M3, "地下水源供水量"),
    sda("）供水量[14.46亿立方米]", 14.46, *M3, "其他水源供水量"),
    sda("分别为[127.45亿立方米]", 127.45, *M3, "农业用水量"),
    sda("127.45亿立方米、[27.76亿立方米]", 27.76, *M3, "工业用水量"),
    sda("27.76亿立方米、[40.12亿立方米]", 40.12, *M3, "生活用水量"),
    sda("40.12亿立方米和[18.14亿立方米]", 18.14, *M3, "人工生态环境补水量"),
    sds("用水总量的[59.7%]", 59.7, "农业用水量占用水总量"),
    sds("59.7%、[13.0%]", 13.0, "工业用水量占用水总量"),
    sds("13.0%、[18.8%]", 18.8, "生活用水量占用水总量"),
    sds("18.8%和[8.5%]", 8.5, "人工生态环境补水量占用水总量"),
    sda("综合用水量[210立方米]", 210, "立方米", "立方米", "人均综合用水量"),
    sda("）用水量[22.3立方米]", 22.3, "立方米", "立方米", "万元地区生产总值用水量"),
    sda("）用水量[9.6立方米]", 9.6, "立方米", "立方米", "万元工业增加值用水量"),
    sdg("分别比2020年下降[18.6%]", -18.6, "万元地区生产总值用水量"),
    sdg("18.6%和[24.7%]", -24.7, "万元工业增加值用水量"),
    sda("亩均用水量[163立方米]", 163, "立方米", "立方米", "农田灌溉亩均用水量"),
    row(
        "利用系数[0.652]",
        0.652,
        None,
        None,
        "农田灌溉水有效利用系数",
        "share",
        SDY,
        notes=SD_COEF,
    ),
    sda("生活用水量[128升/日]", 128, "升/日", "升/天", "城镇人均生活用水量"),
    sda("生活用水量[86升/日]", 86, "升/日", "升/天", "农村居民人均生活用水量"),
    sda("河流总长[8642.5公里]", 8642.5, "公里", "公里", "评价河流总长"),
    sda("水质河长[7156.0公里]", 7156.0, "公里", "公里", "Ⅰ～Ⅲ类水质河长"),
    sds("评价河长的[82.8%]", 82.8, "Ⅰ～Ⅲ类水质河长占评价河长"),
    sda("水质河长[1193.2公里]", 1193.2, "公里", "公里", "Ⅳ类水质河长"),
    sds("占[13.8%]", 13.8, "Ⅳ类水质河长占比"),
    sda("水质河长[293.3公里]", 293.3, "公里", "公里", "Ⅴ类及劣Ⅴ类水质河长"),
    sds("占[3.4%]", 3.4, "Ⅴ类及劣Ⅴ类水质河长占比"),
    sds("断面占比为[78.6%]", 78.6, "Ⅰ～Ⅲ类水质断面占比"),
    row(
        "比上年提高[2.4个百分点]",
        2.4,
        "个百分点",
        "百分点",
        "Ⅰ～Ⅲ类水质断面占比",
        "growth_rate",
        SDY,
    ),
    sda(
        "评价的[58座]水库",
        58,
        "座",
        "座",
        "评价水库",
        notes="units evaluated in the year: a flow verb in front (as h34's 审计单位)",
    ),
    row(
        "的有[52座]",
        52,
        "座",
        "座",
        "水质为Ⅱ～Ⅲ类的水库",
        "count_total",
        SDY,
        notes="的有N个: members of a group (as h23)",
    ),
]


# ---------------------------------------------------------------------------------------------
# h40: a Hong Kong Observatory review of the year's weather in Traditional script (二〇二四年天氣
# 回顧, 2025-01-06): 年平均氣溫 攝氏X度 and X°C (the unit 摄氏度, unit_raw as written: 度 after
# 攝氏 or in a sentence on a temperature, °C), 較正常高X度 / 較正常多約X% (a departure from the
# normal: other, signed), normals in brackets (正常：23.5°C: other, no period), the year's
# extremes 年內最高氣溫…於7月21日錄得 (the year's, not the day's: the day says when it was
# recorded), a reading dated by its day (9月7日…一小時雨量, the day), months and seasons in
# Chinese numerals (十月, 八月, 春季（三月至五月）), 約為正常的1.6倍 (a multiple of another base:
# 倍, other), counts of warning signals issued (次, actual; 八號 is a signal's number), tropical
# cyclones 個 (500公里範圍 is no number), 百帕斯卡, 日照時數 小時, 相對濕度 % (share), 紫外線指數
# (an index, no unit, actual), ranks 有記錄以來第二暖 / 第十二多雨 / 第三高 / 第四少 (rank, 位),
# and definitions in brackets whose bounds are classes (日最高氣溫達到或超過攝氏33.0度:
# borderline). Decisions of round 12. Traps: 1991至2020年, 二〇一九年 / 二〇二二年 (other years'
# figures are dated so), 連續5天 (a streak), 近五年來, 瀏覽次數：18 625, 2926 8222.
HO = "h40_hongkong_observatory_weather_review_2024_trad.txt"
HOY = P("二〇二四年", "2024-01-01", "2024-12-31")
HOYN = P("年内", "2024-01-01", "2024-12-31")
HOT = ("度", "摄氏度")
HO_NORM = (
    "a departure from the normal (較正常高/多): a gap to a reference level, other, signed "
    "(decision of round 12)"
)
HO_NORMV = "the normal itself (1991–2020 mean) quoted as a base: other, no period (round 12)"
HO_BOUND = "borderline: the bound of a class in a definition (as h34's 使用率不足30%)"
HO_EXT = "the year's extreme: the year's (the day says when it was recorded; round 12)"


def hoa(anchor, value, unit_raw, unit, indicator, period=HOY, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def hoo(anchor, value, unit_raw, unit, indicator, period=HOY, **kw):
    kw.setdefault("notes", HO_NORM)
    return row(anchor, value, unit_raw, unit, indicator, "other", period, **kw)


def hon(anchor, value, unit_raw, unit, indicator, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "other", NONE, notes=HO_NORMV, **kw)


def hor(anchor, value, indicator, period=HOY):
    return row(anchor, value, None, "位", indicator, "rank", period, notes="a rank (位)")


def hob(anchor, value, unit_raw, unit, indicator, qual, qtext):
    return row(
        anchor,
        value,
        unit_raw,
        unit,
        indicator,
        "other",
        NONE,
        qual,
        qtext,
        borderline=True,
        notes=HO_BOUND,
    )


MONTH = {
    m: P(t, f"2024-{m:02d}-01", f"2024-{m:02d}-{d}")
    for m, t, d in (
        (1, "一月", 31),
        (2, "二月", 29),
        (7, "七月份", 31),
        (8, "八月", 31),
        (10, "十月", 31),
    )
}
HOMS = P("五月至九月", "2024-05-01", "2024-09-30")
HOSPR = P("春季（三月至五月）", "2024-03-01", "2024-05-31")
HOSUM = P("夏季（六月至八月）", "2024-06-01", "2024-08-31")

LABELS[HO] = [
    hor("有記錄以來[第二]暖", 2, "年平均气温"),
    hoa("年平均氣溫為攝氏[24.1度]", 24.1, *HOT, "年平均气温"),
    hoo("正常值高[0.6度]", 0.6, *HOT, "年平均气温"),
    hoa(
        "二〇一九年的[24.5度]",
        24.5,
        *HOT,
        "年平均气温",
        P("二〇一九年", "2019-01-01", "2019-12-31"),
    ),
    hoa("總雨量為[2,780.3毫米]", 2780.3, "毫米", "毫米", "总雨量"),
    hoo("較正常多[約14%]", 14, "%", "%", "总雨量", qual="about", qtext="約"),
    hor("有記錄以來[第十二]多雨", 12, "总雨量"),
    hoa("最高氣溫為攝氏[34.9度]", 34.9, *HOT, "最高气温", HOYN, notes=HO_EXT),
    hoa("最低氣溫為攝氏[8.6度]", 8.6, *HOT, "最低气温", HOYN, notes=HO_EXT),
    hob("超過攝氏[33.0度]", 33.0, *HOT, "日最高气温", "at_least", "達到或超過"),
    hoa("）[58天]，打破", 58, "天", "天", "酷热天气日数", HOYN),
    hoa(
        "二〇二二年[52天]",
        52,
        "天",
        "天",
        "酷热天气日数",
        P("二〇二二年", "2022-01-01", "2022-12-31"),
    ),
    hob("超過攝氏[28.0度]", 28.0, *HOT, "日最低气温", "at_least", "達到或超過"),
    hoa("共[35晚]", 35, "晚", "晚", "炎热夜晚", HOYN),
    row(
        "年內有[9個月]",
        9,
        "個月",
        "月",
        "月平均气温高于正常的月份",
        "actual",
        HOYN,
        borderline=True,
        notes="borderline: a count of months meeting a condition (reads as a span of months)",
    ),
    hoa("十月的平均氣溫為攝氏[27.8度]", 27.8, *HOT, "平均气温", MONTH[10]),
    hoo("較正常高[1.4度]", 1.4, *HOT, "平均气温", MONTH[10]),
    hoa("合共[2,105.6毫米]", 2105.6, "毫米", "毫米", "雨量", HOMS),
    row("佔全年雨量的[75.7%]", 75.7, "%", "%", "雨量占全年雨量", "share", HOMS),
    hoa("月雨量達[681.2毫米]", 681.2, "毫米", "毫米", "月雨量", MONTH[8], qual="reach", qtext="達"),
    row(
        "約為正常的[1.6倍]",
        1.6,
        "倍",
        "倍",
        "月雨量",
        "other",
        MONTH[8],
        "about",
        "約",
        notes="a multiple of another base (the normal): 倍, other (as h07's 是…的3.6倍)",
    ),
    hoa(
        "一小時雨量達到[108.5毫米]",
        108.5,
        "毫米",
        "毫米",
        "一小时雨量",
        P("9月7日", "2024-09-07", "2024-09-07"),
        qual="reach",
        qtext="達到",
        notes="a reading dated by its day and not named the year's: the day; 一小時 is a name",
    ),
    hoa("月雨量只有[18.6毫米]", 18.6, "毫米", "毫米", "月雨量", MONTH[1]),
    hoa("黃色暴雨警告信號[12次]", 12, "次", "次", "发出黄色暴雨警告信号", HOYN),
    hoa("紅色暴雨警告信號[4次]", 4, "次", "次", "发出红色暴雨警告信号", HOYN),
    hoa("黑色暴雨警告信號[2次]", 2, "次", "次", "发出黑色暴雨警告信号", HOYN),
    hoa("攝氏[23.9度]", 23.9, *HOT, "平均气温", HOSPR),
    hoo("較正常高[0.8度]", 0.8, *HOT, "平均气温", HOSPR),
    hoa("攝氏[29.4度]", 29.4, *HOT, "平均气温", HOSUM),
    hor("有記錄以來[第三]高", 3, "平均气温", HOSUM),
    hob("超過攝氏[30度]", 30, *HOT, "最高气温", "over", "超過"),
    hoa("分別為攝氏[16.6度]", 16.6, *HOT, "平均气温", MONTH[1]),
    hoa("16.6度及[17.3度]", 17.3, *HOT, "平均气温", MONTH[2]),
    hoo("較正常低[0.3度]", -0.3, *HOT, "平均气温", MONTH[1]),
    hoo("及高[0.4度]", 0.4, *HOT, "平均气温", MONTH[2]),
    hoa("共有[8個]熱帶氣旋", 8, "個", "个", "热带气旋", HOYN, notes="500公里範圍 is no number"),
    hon("正常的[約6個]", 6, "個", "个", "热带气旋", qual="about", qtext="約"),
    hoa("熱帶氣旋警告信號[7次]", 7, "次", "次", "发出热带气旋警告信号", HOYN),
    hoa(
        "其中[兩次]需要",
        2,
        "次",
        "次",
        "悬挂八号烈风或暴风信号",
        HOYN,
        notes="八號 is a signal's number, no metric",
    ),
    row(
        "西南[約270公里]",
        270,
        "公里",
        "公里",
        "超强台风摩羯掠过",
        "actual",
        P("9月6日", "2024-09-06", "2024-09-06"),
        "about",
        "約",
        borderline=True,
        notes="borderline: a position (how far a track passed), not an amount",
    ),
    hoa(
        "海平面氣壓為[989.6百帕斯卡]",
        989.6,
        "百帕斯卡",
        "百帕",
        "最低海平面气压",
        P("9月6日", "2024-09-06", "2024-09-06"),
        notes="百帕斯卡 is hPa (not 百 × 帕斯卡); the day of its sentence",
    ),
    hoa("酷熱天氣警告[41次]", 41, "次", "次", "发出酷热天气警告", HOYN),
    hoa(
        "合共[約560小時]",
        560,
        "小時",
        "小时",
        "酷热天气警告生效时间",
        HOYN,
        qual="about",
        qtext="約",
    ),
    hoa("共發出[3次]", 3, "次", "次", "寒冷天气警告", HOYN),
    hoa("日照時數為[1,923.5小時]", 1923.5, "小時", "小时", "总日照时数"),
    hoo("較正常多[約5%]", 5, "%", "%", "总日照时数", qual="about", qtext="約"),
    row("相對濕度為[78%]", 78, "%", "%", "年平均相对湿度", "share", HOY),
    hoa("共[145天]", 145, "天", "天", "雨日"),
    hob("日雨量[0.1毫米或以上]", 0.1, "毫米", "毫米", "日雨量", "at_least", "或以上"),
    hoo("較正常多[11天]", 11, "天", "天", "雨日"),
    hob("達到或超過[100毫米]", 100, "毫米", "毫米", "日雨量", "at_least", "達到或超過"),
    hoa("的日子有[6天]", 6, "天", "天", "日雨量达到或超过100毫米的日子"),
    hoa("基準面以上[1.52米]", 1.52, "米", "米", "年平均海平面"),
    hoo("較正常高[0.11米]", 0.11, "米", "米", "年平均海平面"),
    hor("有記錄以來[第二]高", 2, "年平均海平面"),
    hoa("基準面以上[3.16米]", 3.16, "米", "米", "最高潮位", HOYN, notes=HO_EXT),
    hoa("海面溫度為攝氏[25.6度]", 25.6, *HOT, "年平均海面温度"),
    hoo("較正常高[0.5度]", 0.5, *HOT, "年平均海面温度"),
    hoa("雷暴日數為[44天]", 44, "天", "天", "雷暴日数"),
    hoo("較正常多[約6天]", 6, "天", "天", "雷暴日数", qual="about", qtext="約"),
    hoa("霧的日數為[9天]", 9, "天", "天", "雾的日数"),
    row(
        "紫外線指數為[6.9]",
        6.9,
        None,
        None,
        "平均紫外线指数",
        "actual",
        HOY,
        notes="an index's level without a unit: actual (as h32's 景气指数)",
    ),
    row(
        "紫外線指數達[10.2]",
        10.2,
        None,
        None,
        "平均紫外线指数",
        "actual",
        MONTH[7],
        "reach",
        "達",
    ),
    hob("低於[8公里]", 8, "公里", "公里", "能见度", "at_most", "低於"),
    hoa("合共為[512小時]", 512, "小時", "小时", "能见度低于8公里的时数"),
    row(
        "減少[約13%]",
        -13,
        "%",
        "%",
        "能见度低于8公里的时数",
        "growth_rate",
        HOY,
        "about",
        "約",
    ),
    hor("有記錄以來[第四]少", 4, "能见度低于8公里的时数"),
    hoa("共有[2,317次]閃電", 2317, "次", "次", "闪电", HOYN),
    row("多[約三成]", 30, "成", "%", "闪电", "growth_rate", HOYN, "about", "約"),
    hoa("年平均氣溫：[24.1°C]", 24.1, "°C", "摄氏度", "年平均气温"),
    hon("正常：[23.5°C]", 23.5, "°C", "摄氏度", "年平均气温"),
    hoa("年總雨量：[2,780.3毫米]", 2780.3, "毫米", "毫米", "年总雨量"),
    hon("正常：[2,431.2毫米]", 2431.2, "毫米", "毫米", "年总雨量"),
    hoa("日照時數：[1,923.5小時]", 1923.5, "小時", "小时", "年总日照时数"),
    hon("正常：[1,836.8小時]", 1836.8, "小時", "小时", "年总日照时数"),
    row("相對濕度：[78%]", 78, "%", "%", "年平均相对湿度", "share", HOY),
    hon("正常：[78%]", 78, "%", "%", "年平均相对湿度"),
]


# ---------------------------------------------------------------------------------------------
# h41: a province's R&D funding bulletin (2024年安徽省科技经费投入统计公报, 2025-09-26): R&D经费
# 亿元 比上年增加 亿元 / 增长 X%, 增速比上年加快 (points after a rate: the rate's 增速), 投入强度
# (与地区生产总值之比 / 与营业收入之比: a ratio in %, share, as h01's 研发投入强度), 居全国第7位 (a
# rank, 全国 its scope), 人均经费 万元, 分活动类型 / 分活动主体 amounts with 所占比重分别为 lists,
# counts of members by class (…超过100亿元的行业大类有3个: count_total; the class bound borderline),
# 财政科学技术支出 and its share of 一般公共预算支出, and a tab table whose rows are places
# (地区 / R&D经费（亿元） / R&D经费投入强度（%）: each cell named by its column head, its row's city
# the subject; 全省 the home). A yearly report: flows and their changes take the title's year,
# undated stocks and shares do not (round 10). Traps: 第二次全国R&D资源清查, 国家统计局令第33号,
# 2024年度, 第五次全国经济普查, 注：1．2．3．, 这3个行业大类 (totals the list: borderline), the
# phone and postcode.
AH = "h41_anhui_rd_funding_bulletin_2024.txt"
AHY = P("2024年", "2024-01-01", "2024-12-31")
AH_BOUND = "borderline: the bound of a class (as h34's 使用率不足30%, h36's 超过70%的)"
AH_RD = "投入研究与试验发展（R&D）经费"
AH_INT = "研究与试验发展经费投入强度"
AH_CELL = "a table whose rows are places: the cell is named by its column head, its row the subject"


def aha(anchor, value, indicator, period=AHY, unit_raw="亿元", unit="元", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def ahg(anchor, value, indicator, period=AHY, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def ahs(anchor, value, indicator, period=AHY, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def ahp(anchor, value, indicator, period=AHY, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def ahcell(head, number, value, indicator, kind, subject=None, unit_raw="亿元", unit="元"):
    return row(
        tab_cell(AH, head, number),
        value,
        unit_raw,
        unit,
        indicator,
        kind,
        AHY,
        subject=subject,
        notes=AH_CELL,
    )


LABELS[AH] = [
    aha("经费[1386.4亿元]，比上年", 1386.4, AH_RD),
    aha("比上年增加[121.7亿元]", 121.7, AH_RD, notes="an absolute change: actual"),
    ahg("增长[9.6%]，增速", 9.6, AH_RD),
    ahp("加快[0.8个百分点]", 0.8, AH_RD + "增速"),
    ahs(
        "之比）为[2.74%]",
        2.74,
        AH_INT,
        notes="投入强度 (与地区生产总值之比) is a ratio in %: share (round 13)",
    ),
    ahp("提高[0.09个百分点]", 0.09, AH_INT),
    row(
        "居全国第[7位]",
        7,
        "位",
        "位",
        AH_INT,
        "rank",
        AHY,
        notes="a rank; 全国 the ranking's scope, no subject",
    ),
    aha("人均经费为[41.2万元]", 41.2, "人均经费", unit_raw="万元"),
    aha("增加[1.6万元]", 1.6, "人均经费", unit_raw="万元"),
    aha("基础研究经费[98.6亿元]", 98.6, "基础研究经费"),
    ahg("增长[14.2%]", 14.2, "基础研究经费"),
    aha("应用研究经费[156.3亿元]", 156.3, "应用研究经费"),
    ahg("增长[10.8%]", 10.8, "应用研究经费"),
    aha("试验发展经费[1131.5亿元]", 1131.5, "试验发展经费"),
    ahg("增长[9.1%]", 9.1, "试验发展经费"),
    ahs("分别为[7.1%]", 7.1, "基础研究经费所占比重", NONE),
    ahs("[11.3%]和81.6%", 11.3, "应用研究经费所占比重", NONE),
    ahs("11.3%和[81.6%]", 81.6, "试验发展经费所占比重", NONE),
    ahp("提高[0.3个百分点]", 0.3, "基础研究经费所占比重"),
    aha("发展经费[1078.2亿元]", 1078.2, "各类企业研究与试验发展经费"),
    ahg("增长[9.9%]", 9.9, "各类企业研究与试验发展经费"),
    aha("机构经费[131.5亿元]", 131.5, "政府属研究机构经费"),
    ahg("增长[6.7%]", 6.7, "政府属研究机构经费"),
    aha("学校经费[148.9亿元]", 148.9, "高等学校经费"),
    ahg("增长[11.4%]", 11.4, "高等学校经费"),
    ahs("分别为[77.8%]", 77.8, "企业经费所占比重", NONE),
    ahs("[9.5%]和10.7%", 9.5, "政府属研究机构经费所占比重", NONE),
    ahs("9.5%和[10.7%]", 10.7, "高等学校经费所占比重", NONE),
    aha("发展经费[987.6亿元]", 987.6, "规模以上工业企业研究与试验发展经费"),
    ahg("增长[8.8%]", 8.8, "规模以上工业企业研究与试验发展经费"),
    ahs("之比）为[1.93%]", 1.93, "投入强度"),
    ahp("提高[0.06个百分点]", 0.06, "投入强度"),
    row(
        "经费投入超过[100亿元]的行业",
        100,
        "亿元",
        "元",
        "经费投入",
        "other",
        NONE,
        "over",
        "超过",
        borderline=True,
        notes=AH_BOUND,
    ),
    row(
        "行业大类有[3个]",
        3,
        "个",
        "个",
        "经费投入超过100亿元的行业大类",
        "count_total",
        NONE,
        notes="的有N个 / 有N个: members of a group (as h36's …超过70%的有5个)",
    ),
    row(
        "这[3个]行业",
        3,
        "个",
        "个",
        "行业大类",
        "count_total",
        AHY,
        borderline=True,
        notes="borderline: totals the exhaustive list before it",
    ),
    aha("合计为[486.3亿元]", 486.3, "行业大类的经费"),
    ahs("经费的[49.2%]", 49.2, "行业大类的经费占全部规模以上工业企业研究与试验发展经费", NONE),
    aha("发展经费[412.8亿元]", 412.8, "高技术制造业研究与试验发展经费"),
    ahs("投入强度为[3.05%]", 3.05, "投入强度", NONE),
    row(
        "发展经费超过[100亿元]的市",
        100,
        "亿元",
        "元",
        "研究与试验发展经费",
        "other",
        NONE,
        "over",
        "超过",
        borderline=True,
        notes=AH_BOUND,
    ),
    row("的市有[4个]", 4, "个", "个", "研究与试验发展经费超过100亿元的市", "count_total", NONE),
    row("的市有[3个]", 3, "个", "个", "经费投入强度超过全省平均水平的市", "count_total", NONE),
    aha("发展经费[612.5亿元]", 612.5, "研究与试验发展经费", subject="合肥"),
    ahs("占全省的[44.2%]", 44.2, "研究与试验发展经费占全省", NONE, subject="合肥"),
    aha("支出为[498.6亿元]", 498.6, "财政科学技术支出"),
    aha("增加[36.2亿元]", 36.2, "财政科学技术支出"),
    ahg("增长[7.8%]；财政", 7.8, "财政科学技术支出"),
    ahs("比重为[5.91%]", 5.91, "财政科学技术支出占一般公共预算支出的比重"),
    ahp("提高[0.24个百分点]", 0.24, "财政科学技术支出占一般公共预算支出的比重"),
    aha("支出为[172.3亿元]", 172.3, "省级财政科学技术支出"),
    ahg("增长[6.5%]", 6.5, "省级财政科学技术支出"),
    aha("支出为[326.3亿元]", 326.3, "市县级财政科学技术支出"),
    ahg("增长[8.5%]", 8.5, "市县级财政科学技术支出"),
    ahcell("全省", "1386.4", 1386.4, "R&D经费", "actual"),
    ahcell("全省", "2.74", 2.74, "R&D经费投入强度", "share", unit_raw="%", unit="%"),
]
for _city, _amt, _int in (
    ("合肥", "612.5", "4.56"),
    ("芜湖", "186.2", "3.63"),
    ("滁州", "112.8", "2.81"),
    ("马鞍山", "104.6", "2.89"),
    ("安庆", "58.3", "1.89"),
    ("阜阳", "42.7", "1.23"),
):
    LABELS[AH] += [
        ahcell(_city + "市", _amt, float(_amt), "R&D经费", "actual", _city),
        ahcell(
            _city + "市", _int, float(_int), "R&D经费投入强度", "share", _city, "%", "%"
        ),
    ]


# ---------------------------------------------------------------------------------------------
# h42: the national statistics bureau's 2024年农民工监测调查报告 (2025-04-30), a national text (home
# 全国): 农民工总量 万人 (a count of people: count_total) 比上年增加 万人 (actual) 增长 X%, 本地 /
# 外出 / 跨省流动 / 省内流动 农民工, 年末在城镇居住的进城农民工 (count_total at 年末), 从输入地看
# 在东部地区就业农民工 (regions are part of the name, no subject: round 13), 女性占 / 年龄结构
# shares (age brackets are part of the name, no metric), 平均年龄43.2岁 (a level: actual, unit 岁)
# and 比上年提高0.1岁, 受教育程度 shares, 月均收入 元 with 比上年增加 元, 分行业 a ；-list whose
# later items name only the industry (建筑业5472元: named by their own words, as h38's 其中 items),
# 人均居住 面积 平方米, 500万人以上城市 (a class bound before its noun: no metric). A yearly report:
# flows and their changes take the year, undated stocks and shares do not (round 10), a share or a
# level followed by 比上年 does. Traps: 16周岁及以上, 6个月及以上, 第四季度, 第二产业, 东部地区包括
# …10个省（市） (a definition's count: borderline), 调查样本 (a survey's design: borderline).
NM = "h42_nbs_migrant_worker_survey_2024.txt"
NMY = P("2024年", "2024-01-01", "2024-12-31")
NME = P("年末", "2024-12-31", "2024-12-31")
NM_SAMPLE = "borderline: the survey's design (调查样本), as h30's 約訪問了26 000個住戶 (round 13)"
NM_DEF = "borderline: a count in a definition (as h32's 附注 tier counts)"


def nmc(anchor, value, indicator, period=NONE, **kw):
    return row(anchor, value, "万人", "人", indicator, "count_total", period, **kw)


def nma(anchor, value, indicator, period=NMY, unit_raw="万人", unit="人", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def nmg(anchor, value, indicator, period=NMY, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def nms(anchor, value, indicator, period=NONE, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def nmp(anchor, value, indicator, period=NMY, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def nmy(anchor, value, indicator, **kw):
    return row(anchor, value, "元", "元", indicator, "actual", NMY, **kw)


LABELS[NM] = [
    nmc("农民工总量[29973万人]", 29973, "农民工总量", NMY),
    nma("比上年增加[220万人]", 220, "农民工总量"),
    nmg("增长[0.7%]。其中", 0.7, "农民工总量"),
    nmc("本地农民工[12102万人]", 12102, "本地农民工", NMY),
    nma("比上年增加[7万人]", 7, "本地农民工"),
    nmg("增长[0.1%]；外出", 0.1, "本地农民工"),
    nmc("外出农民工[17871万人]", 17871, "外出农民工", NMY),
    nma("比上年增加[213万人]", 213, "外出农民工"),
    nmg("增长[1.2%]。在外出", 1.2, "外出农民工"),
    nmc("跨省流动农民工[6643万人]", 6643, "跨省流动农民工", NMY),
    nma("比上年减少[108万人]", -108, "跨省流动农民工"),
    nmg("下降[1.6%]；省内", -1.6, "跨省流动农民工"),
    nmc("省内流动农民工[11228万人]", 11228, "省内流动农民工", NMY),
    nma("比上年增加[321万人]", 321, "省内流动农民工"),
    nmg("增长[2.9%]。年末", 2.9, "省内流动农民工"),
    nmc("进城农民工[12816万人]", 12816, "在城镇居住的进城农民工", NME),
    nma("比上年减少[19万人]", -19, "在城镇居住的进城农民工", NME),
    nmg("下降[0.1%]。", -0.1, "在城镇居住的进城农民工", NME),
    nmc("就业农民工[15289万人]", 15289, "在东部地区就业农民工", notes="a region: part of the name"),
    nma("增加[27万人]", 27, "在东部地区就业农民工"),
    nmg("增长[0.2%]；在中部", 0.2, "在东部地区就业农民工"),
    nmc("就业农民工[6432万人]", 6432, "在中部地区就业农民工"),
    nma("增加[96万人]", 96, "在中部地区就业农民工"),
    nmg("增长[1.5%]；在西部", 1.5, "在中部地区就业农民工"),
    nmc("就业农民工[7186万人]", 7186, "在西部地区就业农民工"),
    nma("增加[112万人]", 112, "在西部地区就业农民工"),
    nmg("增长[1.6%]；在东北", 1.6, "在西部地区就业农民工"),
    nmc("就业农民工[889万人]", 889, "在东北地区就业农民工"),
    nma("减少[15万人]", -15, "在东北地区就业农民工"),
    nmg("下降[1.7%]。", -1.7, "在东北地区就业农民工"),
    nms("女性占[36.8%]", 36.8, "女性占比", NMY,
        notes="a share followed by 比上年: the year's; " + SHARE25),
    nmp("提高[0.2个百分点]", 0.2, "女性占比"),
    row(
        "平均年龄[43.2岁]",
        43.2,
        "岁",
        "岁",
        "农民工平均年龄",
        "actual",
        NMY,
        notes="an average age is a level: actual, unit 岁 (round 13); followed by 比上年",
    ),
    row("提高[0.1岁]", 0.1, "岁", "岁", "农民工平均年龄", "actual", NMY),
    nms("比重为[45.6%]", 45.6, "40岁及以下农民工所占比重", NMY),
    nmp("下降[0.9个百分点]", -0.9, "40岁及以下农民工所占比重"),
    nms("比重为[31.2%]", 31.2, "50岁以上农民工所占比重", NMY),
    nmp("提高[0.6个百分点]", 0.6, "50岁以上农民工所占比重"),
    nms("未上过学的占[0.7%]", 0.7, "未上过学"),
    nms("小学文化程度占[13.9%]", 13.9, "小学文化程度占比", notes=SHARE25),
    nms("初中文化程度占[52.8%]", 52.8, "初中文化程度占比"),
    nms("高中文化程度占[17.1%]", 17.1, "高中文化程度占比"),
    nms("大专及以上占[15.5%]", 15.5, "大专及以上占比"),
    nmp("提高[0.7个百分点]", 0.7, "大专及以上文化程度农民工所占比重"),
    nms("比重为[47.6%]", 47.6, "从事第二产业的农民工比重", NMY),
    nmp("下降[0.4个百分点]", -0.4, "从事第二产业的农民工比重"),
    nms("比重为[51.9%]", 51.9, "从事第三产业的农民工比重", NMY),
    nmp("提高[0.4个百分点]", 0.4, "从事第三产业的农民工比重"),
    nmy("月均收入[4961元]", 4961, "农民工月均收入"),
    nmy("增加[181元]", 181, "农民工月均收入"),
    nmg("增长[3.8%]，增速", 3.8, "农民工月均收入"),
    nmp("回落[0.8个百分点]", -0.8, "农民工月均收入增速"),
    nmy("月均收入[5634元]", 5634, "外出农民工月均收入"),
    nmy("增加[193元]", 193, "外出农民工月均收入"),
    nmg("增长[3.5%]；本地", 3.5, "外出农民工月均收入"),
    nmy("月均收入[4242元]", 4242, "本地农民工月均收入"),
    nmy("增加[127元]", 127, "本地农民工月均收入"),
    nmg("增长[3.1%]。", 3.1, "本地农民工月均收入"),
    nmy("月均收入[5073元]", 5073, "制造业农民工月均收入"),
    nmy("增加[145元]", 145, "制造业农民工月均收入"),
    nmg("增长[2.9%]；建筑业", 2.9, "制造业农民工月均收入"),
]
_NM_LIST = "a later item of a ；-list naming only its class is named by its own words (round 13)"
for _ind, _amt, _inc, _gr, _next in (
    ("建筑业", "5472元", "114元", "2.1%", "；批发"),
    ("批发和零售业", "4287元", "125元", "3.0%", "；交通"),
    ("交通运输仓储和邮政业", "5606元", "160元", "2.9%", "；住宿"),
    ("住宿餐饮业", "4103元", "88元", "2.2%", "；居民"),
    ("居民服务修理和其他服务业", "4158元", "98元", "2.4%", "。\n"),
):
    LABELS[NM] += [
        nmy(f"{_ind}[{_amt}]", float(_amt[:-1]), _ind, notes=_NM_LIST),
        nmy(f"{_amt}，增加[{_inc}]", float(_inc[:-1]), _ind),
        nmg(f"{_inc}，增长[{_gr}]{_next}", float(_gr[:-1]), _ind),
    ]
LABELS[NM] += [
    nma("居住面积[23.1平方米]", 23.1, "进城农民工人均居住面积", unit_raw="平方米", unit="平方米"),
    nma("增加[0.3平方米]", 0.3, "进城农民工人均居住面积", unit_raw="平方米", unit="平方米"),
    nma(
        "居住面积[17.6平方米]",
        17.6,
        "在500万人以上城市的进城农民工人均居住面积",
        unit_raw="平方米",
        unit="平方米",
    ),
    nma("增加[0.2平方米]", 0.2, "在500万人以上城市的进城农民工人均居住面积",
        unit_raw="平方米", unit="平方米"),
    nms("购买住房的占[30.7%]", 30.7, "购买住房", NMY),
    nmp("提高[0.3个百分点]", 0.3, "购买住房"),
    nms("租房居住的占[44.9%]", 44.9, "租房居住"),
    row("在[1527个]调查县", 1527, "个", "个", "调查县", "count_total", NMY,
        borderline=True, notes=NM_SAMPLE),
    row("抽选了[8930个]村", 8930, "个", "个", "村", "count_total", NMY,
        borderline=True, notes=NM_SAMPLE),
    row("和[23.8万名]农村", 23.8, "万名", "名", "农村劳动力", "count_total", NMY,
        borderline=True, notes=NM_SAMPLE),
    row("海南[10个]省", 10, "个", "个", "省（市）", "count_total", NONE,
        borderline=True, notes=NM_DEF),
    row("黑龙江[3个]省", 3, "个", "个", "省", "count_total", NONE, borderline=True, notes=NM_DEF),
]


# ---------------------------------------------------------------------------------------------
# h43: a Macau 統計暨普查局 press release on tourism, 2024年第四季 and the whole year, in
# Traditional script (2025-02-20): 入境旅客 萬人次 (visitor arrivals: flows, actual), 按年 (year on
# year) and 按季 / 按月 (against the quarter or month before): growth_rate (round 13), 留宿 /
# 不過夜旅客, 內地旅客 其中 個人遊旅客 (a subset: a flow named by its own words), 香港 / 台灣 /
# 國際旅客 and source markets (韓國（12.1萬人次）…旅客: part of the name, no subject), border
# crossings (關閘口岸, 橫琴口岸: a facility, no subject), 旅客平均逗留時間 1.2日 (unit 日)
# 按年減少0.1日, 十二月份 single month and 同月, 恢復至2019年的88.6% (a share; 2019 a base),
# 第四季末 hotel stock (count_total at the quarter's end), 入住率 % and 個百分點, 旅客總消費
# 億澳門元, 人均消費 澳門元 and 2,096 MOP (unit 澳门元), shares by spending category, 會展活動 項.
# Traps: 第71屆 / 第36屆, 「一程多站」, 2023年第四季, 瀏覽次數：6 284, 2839 9311, 2830 7825,
# www.dsec.gov.mo.
MO = "h43_macau_tourism_statistics_q4_2024_trad.txt"
MOQ = P("2024年第四季", "2024-10-01", "2024-12-31")
MOQ4 = P("第四季", "2024-10-01", "2024-12-31")
MOQE = P("第四季末", "2024-12-31", "2024-12-31")
MOD = P("十二月份", "2024-12-01", "2024-12-31")
MODS = P("同月", "2024-12-01", "2024-12-31")
MOY = P("2024年全年", "2024-01-01", "2024-12-31")
MOYF = P("全年", "2024-01-01", "2024-12-31")
MO_V = ("萬人次", "人次")
MO_YOY = "按年 (year on year) / 按季 / 按月: a change over time, growth_rate (round 13)"


def moa(anchor, value, indicator, period=MOQ, unit_raw="萬人次", unit="人次", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def mog(anchor, value, indicator, period=MOQ, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def mos(anchor, value, indicator, period=MOQ4, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def mop(anchor, value, indicator, period=MOQ4, **kw):
    return row(anchor, value, "個百分點", "百分点", indicator, "growth_rate", period, **kw)


def mom(anchor, value, indicator, period=MOQ4, unit_raw="澳門元", **kw):
    return row(anchor, value, unit_raw, "澳门元", indicator, "actual", period, **kw)


def moday(anchor, value, indicator, period=MOQ, **kw):
    return row(anchor, value, "日", "天", indicator, "actual", period, **kw)


LABELS[MO] = [
    moa("共[947.2萬人次]", 947.2, "入境旅客"),
    mog("按年上升[11.8%]，按季", 11.8, "入境旅客", notes=MO_YOY),
    mog("按季上升[3.4%]。", 3.4, "入境旅客", notes=MO_YOY),
    moa("留宿旅客[473.5萬人次]", 473.5, "留宿旅客"),
    mog("按年上升[8.6%]", 8.6, "留宿旅客"),
    moa("不過夜旅客[473.7萬人次]", 473.7, "不过夜旅客"),
    mog("上升[15.2%]", 15.2, "不过夜旅客"),
    moday("時間為[1.2日]，按年減少", 1.2, "旅客平均逗留时间"),
    moday("按年減少[0.1日]", -0.1, "旅客平均逗留时间", notes="an absolute change: actual"),
    moday("平均逗留[2.2日]", 2.2, "留宿旅客平均逗留"),
    moday("不過夜旅客為[0.2日]", 0.2, "不过夜旅客", notes="named by its own words (round 13)"),
    moa("內地旅客有[704.6萬人次]", 704.6, "内地旅客", MOQ4),
    mog("按年上升[13.9%]", 13.9, "内地旅客", MOQ4),
    moa("個人遊旅客[335.8萬人次]", 335.8, "个人游旅客", MOQ4, notes="a subset of 內地旅客: a flow"),
    mog("上升[9.7%]", 9.7, "个人游旅客", MOQ4),
    moa("香港旅客[178.3萬人次]", 178.3, "香港旅客", MOQ4),
    mog("上升[4.1%]", 4.1, "香港旅客", MOQ4),
    moa("台灣旅客[18.9萬人次]", 18.9, "台湾旅客", MOQ4),
    mog("下跌[2.6%]", -2.6, "台湾旅客", MOQ4),
    moa("國際旅客[45.4萬人次]", 45.4, "国际旅客", MOQ4),
    mog("按年上升[16.2%]", 16.2, "国际旅客", MOQ4),
    moa("韓國（[12.1萬人次]", 12.1, "韩国旅客", MOQ4, notes="a source market: no subject"),
    moa("菲律賓（[7.8萬人次]", 7.8, "菲律宾旅客", MOQ4),
    moa("泰國（[4.6萬人次]", 4.6, "泰国旅客", MOQ4),
    moa("旅客有[412.8萬人次]", 412.8, "经关闸口岸入境的旅客", MOQ4,
        notes="a border crossing: a facility, no subject"),
    mos("佔整體的[43.6%]", 43.6, "经关闸口岸入境的旅客占整体"),
    moa("旅客有[264.2萬人次]", 264.2, "经港珠澳大桥口岸入境的旅客", MOQ4),
    mog("按年上升[21.5%]", 21.5, "经港珠澳大桥口岸入境的旅客", MOQ4),
    moa("旅客有[108.5萬人次]", 108.5, "经横琴口岸入境的旅客", MOQ4),
    mog("上升[35.7%]", 35.7, "经横琴口岸入境的旅客", MOQ4),
    moa("旅客有[339.6萬人次]", 339.6, "入境旅客", MOD),
    mog("按年上升[9.3%]", 9.3, "入境旅客", MOD),
    mog("按月上升[12.6%]", 12.6, "入境旅客", MOD, notes=MO_YOY),
    moa("內地旅客[254.1萬人次]", 254.1, "内地旅客", MOD),
    moa("旅客）有[19.4萬人次]", 19.4, "参团旅客", MOD),
    mog("按年上升[5.8%]", 5.8, "参团旅客", MOD),
    mos("入住率為[91.2%]", 91.2, "酒店业场所平均入住率", MODS),
    mop("上升[1.6個百分點]", 1.6, "酒店业场所平均入住率", MODS),
    moa("共[3,475.1萬人次]", 3475.1, "入境旅客", MOY),
    mog("按年上升[23.8%]", 23.8, "入境旅客", MOY),
    mos("恢復至2019年的[88.6%]", 88.6, "入境旅客", MOY, notes="2019年的: a base (as h11)"),
    moa("留宿旅客[1,742.6萬人次]", 1742.6, "留宿旅客", MOY),
    mog("上升[17.1%]", 17.1, "留宿旅客", MOY),
    moa("不過夜旅客[1,732.5萬人次]", 1732.5, "不过夜旅客", MOY),
    mog("上升[31.3%]", 31.3, "不过夜旅客", MOY),
    moa("內地旅客[2,567.7萬人次]", 2567.7, "内地旅客", MOY),
    mog("按年上升[26.2%]", 26.2, "内地旅客", MOY),
    mos("佔整體旅客的[73.9%]", 73.9, "内地旅客占整体旅客", MOY),
    moa("個人遊旅客[1,238.4萬人次]", 1238.4, "个人游旅客", MOY),
    mog("上升[20.4%]", 20.4, "个人游旅客", MOY),
    moa("國際旅客[176.5萬人次]", 176.5, "国际旅客", MOY),
    mog("大幅上升[67.5%]", 67.5, "国际旅客", MOY),
    moa("共[412.6萬人次]", 412.6, "旅行团旅客", MOYF),
    mog("上升[58.9%]", 58.9, "旅行团旅客", MOYF),
    moday("時間為[1.2日]，與", 1.2, "旅客平均逗留时间", MOY),
    row("共有[143間]", 143, "間", "间", "酒店业场所", "count_total", MOQE),
    row("客房[4.49萬間]", 4.49, "萬間", "间", "可供应客房", "count_total", MOQE),
    mog("按年增加[2.8%]", 2.8, "可供应客房", MOQE),
    row("客房[2.64萬間]", 2.64, "萬間", "间", "五星级酒店客房", "count_total", MOQE),
    mos("佔[58.8%]", 58.8, "五星级酒店客房占比", MOQE),
    moa("住客共[387.3萬人次]", 387.3, "酒店业场所住客", MOQ4),
    mog("按年上升[7.6%]", 7.6, "酒店业场所住客", MOQ4),
    mos("入住率為[88.6%]", 88.6, "平均入住率"),
    mop("上升[2.1個百分點]", 2.1, "平均入住率"),
    mos("酒店為[89.9%]", 89.9, "五星级酒店"),
    mop("上升[1.8個百分點]", 1.8, "五星级酒店"),
    mos("入住率為[86.5%]", 86.5, "酒店业场所平均入住率", MOYF),
    mop("上升[7.3個百分點]", 7.3, "酒店业场所平均入住率", MOYF),
    mom("為[193.6億澳門元]", 193.6, "旅客总消费", unit_raw="億澳門元"),
    mog("按年上升[6.2%]", 6.2, "旅客总消费", MOQ4),
    mog("按季上升[4.9%]", 4.9, "旅客总消费", MOQ4),
    mom("消費為[2,044澳門元]", 2044, "旅客人均消费"),
    mog("下跌[5.0%]", -5.0, "旅客人均消费", MOQ4),
    mom("人均消費[3,462澳門元]", 3462, "留宿旅客人均消费"),
    mom("為[625澳門元]", 625, "不过夜旅客"),
    mom("人均消費[2,279澳門元]", 2279, "内地旅客人均消费"),
    mom("為[2,614澳門元]", 2614, "个人游旅客"),
    mom("人均消費[1,186澳門元]", 1186, "香港旅客人均消费"),
    mos("總消費的[45.2%]", 45.2, "购物占旅客总消费"),
    mos("住宿佔[22.6%]", 22.6, "住宿占比", notes=SHARE25),
    mos("餐飲佔[19.8%]", 19.8, "餐饮占比"),
    mom("為[728.4億澳門元]", 728.4, "旅客总消费", MOY, unit_raw="億澳門元"),
    mog("按年上升[8.7%]", 8.7, "旅客总消费", MOY),
    mom("消費[2,096 MOP]", 2096, "旅客人均消费", MOY, unit_raw="MOP",
        notes="MOP is the unit 澳门元 (round 13)"),
    mog("下跌[12.1%]", -12.1, "旅客人均消费", MOY),
    row("會展活動[412項]", 412, "項", "项", "举办会展活动", "actual", MOQ4),
    row("增加[38項]", 38, "項", "项", "举办会展活动", "actual", MOQ4),
    moa("觀眾共[62.7萬人次]", 62.7, "与会者及入场观众", MOQ4),
]


# ---------------------------------------------------------------------------------------------
# h44: a provincial high people's court's work report to the people's congress (吉林省高级人民法院
# 工作报告, 2026-01-27, on 2025): 受理 / 审结 / 执结 案件 万件 (a year's casework: flows, actual,
# 受理 and 审结 kept in front), 同比分别下降 a 分别 list with no items of its own (paired with the
# figures before it, in order), 结案率 / 息诉率 / 撤诉率 / 重刑率 % (share), 件…人 (cases and
# defendants of one clause: one name, two units), 亿元 recovered (追赃挽损, 执行到位金额, 盘活资产),
# 人次, 平均审理周期 in 天 and 比上年缩短 (negative), 截至2025年底 / 年末 stocks (count_total), an
# average per head (人均 alone: the last amount named), 2026 goals 力争全年 (以上 / 不低于 /
# 左右 / 以内) and one 到2027年. Sections (一)…(六) take the heading 一、2025年主要工作 (as h01's
# stocks take 2024年工作回顾). Traps: 第十四届…第五次会议, 五年以上有期徒刑 (a class of
# sentences: no metric), 自2016年以来首次连续两年 (a streak), “20条” (a policy name), 第三批,
# 12368 (a hotline in a name), 为期3个月 (a campaign's duration), 45岁以下 (an age group: part of
# a name), “十五五”.
CT = "h44_jilin_high_court_work_report_2026.txt"
CTY = P("2025年", "2025-01-01", "2025-12-31")
CTF = P("全年", "2025-01-01", "2025-12-31")
CTE = P("年末", "2025-12-31", "2025-12-31")
CTG = P("全年", "2026-01-01", "2026-12-31")
CT_LIST = "a 分别 list with no items of its own: each rate pairs with a figure before it, in order"


def cta(anchor, value, indicator, unit_raw="件", unit="件", period=CTY, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def ctw(anchor, value, indicator, **kw):
    return cta(anchor, value, indicator, "万件", "件", **kw)


def cts(anchor, value, indicator, period=CTY, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def ctg(anchor, value, indicator, period=CTY, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


LABELS[CT] = [
    ctw("各类案件[68.4万件]", 68.4, "受理各类案件",
        notes="全省 (the home) and 共 dropped; 法院: " + AGENT25),
    ctw("执结案件[66.1万件]", 66.1, "审结、执结案件"),
    ctg("分别下降[4.3%]", -4.3, "受理各类案件", notes=CT_LIST),
    ctg("4.3%和[3.8%]", -3.8, "审结、执结案件", notes=CT_LIST),
    cts("结案率[96.6%]，涉案", 96.6, "结案率"),
    cta("标的额[1286.5亿元]", 1286.5, "涉案标的额", "亿元", "元"),
    ctw("受理案件[1.52万件]", 1.52, "省法院受理案件", notes="a court is no place: in the name"),
    ctw("审结[1.47万件]", 1.47, "省法院审结案件", notes="审结 after 受理…案件 counts the cases"),
    cta("人均结案[312件]", 312, "法官人均结案"),
    cta("同比增加[9件]", 9, "法官人均结案", notes="an absolute change: actual"),
    cts("息诉率达到[89.7%]", 89.7, "一审服判息诉率", qual="reach", qtext="达到"),
    row("提高[1.2个百分点]", 1.2, "个百分点", "百分点", "一审服判息诉率", "growth_rate", CTY),
    cts("撤诉率为[37.6%]", 37.6, "民商事案件调解撤诉率"),
    ctw("刑事案件[1.83万件]", 1.83, "审结一审刑事案件"),
    cta("判处罪犯[2.41万人]", 2.41, "判处罪犯", "万人", "人"),
    cta(
        "死刑的[1976人]",
        1976,
        "判处五年以上有期徒刑至死刑",
        "人",
        "人",
        notes="a 其中 subset named by its own words; 五年以上 a class of sentences, no metric",
    ),
    cts("重刑率[8.2%]", 8.2, "重刑率"),
    cta("犯罪案件[1124件]", 1124, "审结电信网络诈骗犯罪案件"),
    cta(
        "1124件[2686人]",
        2686,
        "审结电信网络诈骗犯罪案件",
        "人",
        "人",
        notes="件…人: the cases and their defendants, one name, told apart by the unit",
    ),
    cta("追赃挽损[3.7亿元]", 3.7, "追赃挽损", "亿元", "元"),
    cta("安全犯罪案件[213件]", 213, "审结危害食品药品安全犯罪案件"),
    ctw("民商事案件[32.6万件]", 32.6, "审结一审民商事案件"),
    ctg("同比下降[6.1%]", -6.1, "审结一审民商事案件"),
    cta("破产案件[386件]", 386, "审结破产案件"),
    cta("盘活资产[216.4亿元]", 216.4, "盘活资产", "亿元", "元"),
    cta(
        "帮助[42家]企业",
        42,
        "企业重整重生",
        "家",
        "家",
        notes="after a causative verb the count counts an event: the rest of the clause",
    ),
    cta("就业岗位[1.1万个]", 1.1, "稳定就业岗位", "万个", "个"),
    ctw("纠纷案件[9.7万件]", 9.7, "审结涉企合同纠纷案件"),
    cta("缩短至[58天]", 58, "平均审理周期", "天", "天"),
    cta("比上年缩短[12天]", -12, "平均审理周期", "天", "天", notes="缩短: a decline, negative"),
    cta("知识产权案件[4231件]", 4231, "审结知识产权案件"),
    ctg("增长[11.5%]；审结", 11.5, "审结知识产权案件"),
    cta("涉港澳台案件[617件]", 617, "审结涉外、涉港澳台案件", notes="涉港澳台: part of the name"),
    ctg("同比增长[18.2%]", 18.2, "审结涉外、涉港澳台案件"),
    cta(
        "推动[1860个]人民",
        1860,
        "人民调解组织入驻人民法院调解平台",
        "个",
        "个",
        notes="after a causative verb (推动) the count counts an event",
    ),
    ctw("调解纠纷[5.4万件]", 5.4, "在线调解纠纷"),
    ctw("成功纠纷[14.8万件]", 14.8, "诉前调解成功纠纷"),
    cts("民商事纠纷的[31.5%]", 31.5, "诉前调解成功纠纷占民商事纠纷"),
    cta("调解时长[16天]", 16, "平均调解时长", "天", "天"),
    cta(
        "群众来电[26.3万人次]",
        26.3,
        "12368诉讼服务热线接听群众来电",
        "万人次",
        "人次",
        notes="the hotline's number is part of its name, as h31's 12333热线",
    ),
    cts("立案率达到[82.4%]", 82.4, "网上立案率", qual="reach", qtext="达到"),
    ctw("执结案件[21.9万件]", 21.9, "执结案件"),
    cta("到位金额[342.6亿元]", 342.6, "执行到位金额", "亿元", "元"),
    ctg("同比增长[7.4%]", 7.4, "执行到位金额"),
    cts("期限内结案率[94.3%]", 94.3, "首次执行案件法定期限内结案率"),
    cta("对[1.6万名]失信", 1.6, "失信被执行人", "万名", "名", notes="a leading 对 is no part"),
    cta("其中[1.2万人]主动", 1.2, "主动履行义务", "万人", "人"),
    cta("被执行人[532人]", 532, "拘留拒不履行义务的被执行人", "人", "人"),
    cta("拒执罪犯[118人]", 118, "判处拒执罪犯", "人", "人"),
    cta("为[2.8万名]农民工", 2.8, "农民工", "万名", "名", notes="为期3个月: a duration, no metric"),
    cta("“血汗钱”[4.6亿元]", 4.6, "追回“血汗钱”", "亿元", "元"),
    ctw("行政案件[1.12万件]", 1.12, "审结一审行政案件"),
    cts("应诉率达到[96.3%]", 96.3, "行政机关负责人出庭应诉率", qual="reach", qtext="达到"),
    cta("环境资源案件[3156件]", 3156, "审结环境资源案件"),
    cta("修复费用[1.8亿元]", 1.8, "判令支付生态环境修复费用", "亿元", "元"),
    cta("补植复绿[2.3万亩]", 2.3, "补植复绿", "万亩", "亩"),
    ctw(
        "民生案件[8.6万件]",
        8.6,
        "审结民生案件",
        notes="examples before 等 are dropped (round 8)",
    ),
    cta("司法救助金[3860万元]", 3860, "发放司法救助金", "万元", "元"),
    cta("困难当事人[2145人]", 2145, "救助困难当事人", "人", "人"),
    cta(
        "人均[1.8万元]",
        1.8,
        "人均司法救助金",
        "万元",
        "元",
        notes="人均 alone: the amount named before it, per person",
    ),
    row(
        "人民法庭[216个]",
        216,
        "个",
        "个",
        "建成人民法庭",
        "count_total",
        P("截至2025年底", "2025-12-31", "2025-12-31"),
        notes="累计 is a frame word",
    ),
    cta("申请案件[2843件]", 2843, "审查再审申请案件"),
    cts("下降至[2.1%]", 2.1, "发回重审、改判率", notes="a level after a decline verb: positive"),
    row("员额法官[3128名]", 3128, "名", "名", "员额法官", "count_total", CTE),
    cts("以下法官占比[58.4%]", 58.4, "45岁以下法官占比", CTE, notes="an age group: part of a name"),
    cts("人员占比达到[87.2%]", 87.2, "一线办案人员占比", CTE, qual="reach", qtext="达到"),
    cta(
        "业务培训[126期]",
        126,
        "举办业务培训",
        "期",
        "期",
        notes="a flow after a 年末 in the sentence: the year's",
    ),
    cta("培训干警[1.6万人次]", 1.6, "培训干警", "万人次", "人次"),
    cta("违法干警[17人]", 17, "查处违纪违法干警", "人", "人", period=CTF),
    row("保持在[95%以上]", 95, "%", "%", "结案率", "target", CTG, "at_least", "以上"),
    row("不低于[30%]", 30, "%", "%", "诉前调解成功率", "target", CTG, "at_least", "不低于"),
    row("下降[10%左右]", -10, "%", "%", "长期未结案件数量", "target", CTG, "about", "左右"),
    row(
        "缩短至[100天以内]",
        100,
        "天",
        "天",
        "首次执行案件平均用时",
        "target",
        CTG,
        "at_most",
        "以内",
    ),
    row(
        "达到[40%以上]",
        40,
        "%",
        "%",
        "矛盾纠纷诉前化解率",
        "target",
        P("到2027年", "2027-01-01", "2027-12-31"),
        "at_least",
        "以上",
    ),
]


# ---------------------------------------------------------------------------------------------
# h45: a Singapore Chinese-language newspaper's economic report (联合早报 style, Simplified
# script, 2025-11-21): 贸工部 / 第三季 GDP 按年 and 按季 (经季节性调整) growth, 第二季 levels quoted
# for comparison (比第二季的4.5%: the figure of 第二季), forecasts as ranges (从原先的1.5%至2.5%上调
# 至4%左右, 明年1%至3%: targets, the old forecast too), sectors' growth and 萎缩 (negative), NODX
# to partners (中国大陆 / 美国 / 东盟: trade partners, no subject), 失业率 %, amounts in 新元
# written 1万2300人 / 2万5000家 / 4亿2000万新元 (one amount, written in its lowest magnitude,
# as 27兆4,190億元),
# 新币38亿元 (a currency before the number: 新元), a budget's package and a rule's grant and caps
# (最高10万新元, 回扣为50%, 上限4万新元: other, no period), 截至9月底 running totals, 1月至9月
# flows, 恢复到2019年同期的99.1% (a base), an index in 点, 星期五（11月21日）, 今年以来, 柔佛 (a
# place other than the home: subject). Traps: 8:35 AM / 2:10 PM, 11月初 (when a forecast was
# made), 连续15个季度, 每100名员工 (a round base), 五年多来 / 四年多来, 居…首位 (borderline), a
# related-news link (borderline), Co. Regn. No. 202120748H, ©2025.
SG = "h45_singapore_zaobao_q3_gdp_2025.txt"
SGQ = P("第三季", "2025-07-01", "2025-09-30")
SGQ2 = P("第二季", "2025-04-01", "2025-06-30")
SGY = P("今年全年", "2025-01-01", "2025-12-31")
SG9 = P("今年1月至9月", "2025-01-01", "2025-09-30")
SGD = P("星期五", "2025-11-21", "2025-11-21")
SGQT = P("今年第三季", "2025-07-01", "2025-09-30")
SGE = P("截至9月底", "2025-09-30", "2025-09-30")
SG_RULE = "a rule's grant or cap (round 8): other, no period"


def sgg(anchor, value, indicator, period=SGQ, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def sgt(anchor, value, indicator, period=SGY, **kw):
    return row(anchor, value, "%", "%", indicator, "target", period, **kw)


LABELS[SG] = [
    sgg("按年增长[4.2%] 全年", 4.2, "经济", notes="a headline stating a figure is a mention"),
    sgt("预测上调至[4%左右]\n", 4, "经济", qual="about", qtext="左右"),
    sgt(
        "原先的[1.5%至2.5%]",
        1.5,
        "经济",
        high=2.5,
        notes="the forecast before the revision: a forecast is a target (a range)",
    ),
    sgt("，上调至[4%左右]，", 4, "经济", qual="about", qtext="左右"),
    sgt("则为[1%至3%]", 1, "经济", P("明年", "2026-01-01", "2026-12-31"), high=3),
    sgt("从[0%至2%]调高", 0, "非石油国内出口", P("今年", "2025-01-01", "2025-12-31"), high=2),
    sgt("调高至[2%至3%]", 2, "非石油国内出口", P("今年", "2025-01-01", "2025-12-31"), high=3),
    sgg("（GDP）按年增长[4.2%]", 4.2, "国内生产总值"),
    sgt(
        "预估的[2.9%]",
        2.9,
        "国内生产总值",
        SGQ,
        notes="a forecast of the quarter's growth made in early November: a target of the quarter",
    ),
    sgg("第二季的[4.5%]", 4.5, "国内生产总值", SGQ2, notes="the quarter before's figure"),
    sgg("按季增长[2.4%]", 2.4, "国内生产总值", notes="按季: against the quarter before"),
    sgg("萎缩[0.3%]", -0.3, "国内生产总值", SGQ2),
    sgg("经济按年增长[4.1%]", 4.1, "经济", P("今年首三季", "2025-01-01", "2025-09-30")),
    row(
        "总值为[1925亿新元]",
        1925,
        "亿新元",
        "新元",
        "国内生产总值",
        "actual",
        SGQ,
        notes="按名义计算 says how it is measured",
    ),
    row("增加[约82亿新元]", 82, "亿新元", "新元", "国内生产总值", "actual", SGQ, "about", "约"),
    sgg("扩张[5.0%]", 5.0, "制造业"),
    sgg("第二季的[5.5%]", 5.5, "制造业", SGQ2),
    sgg("电子业增长[14.8%]", 14.8, "电子业"),
    sgg("则萎缩[3.2%]", -3.2, "精密工程业"),
    sgg("建筑业增长[4.6%]", 4.6, "建筑业"),
    sgg("贸易业增长[5.1%]", 5.1, "批发贸易业"),
    sgg("保险业增长[7.2%]", 7.2, "金融与保险业"),
    sgg("零售业萎缩[0.6%]", -0.6, "零售业"),
    sgg("通讯业增长[6.3%]", 6.3, "资讯与通讯业"),
    sgg("仓储业增长[4.0%]", 4.0, "运输与仓储业"),
    sgg("则萎缩[1.5%]", -1.5, "餐饮服务业"),
    sgg("仅增长[1.1%]", 1.1, "制造业", notes="若扣除电子业 says how it is measured"),
    sgt(
        "放缓至[2%左右]",
        2,
        "经济",
        P("第四季", "2025-10-01", "2025-12-31"),
        qual="about",
        qtext="左右",
        notes="an economist's forecast: a target",
    ),
    sgg("（NODX）按年增长[3.9%]", 3.9, "非石油国内出口", SGQT),
    sgg(
        "出口增长[11.6%]",
        11.6,
        "中国大陆的出口",
        P("今年第三季", "2025-07-01", "2025-09-30"),
        notes="a trade partner: no subject; the leading 对 dropped",
    ),
    sgg("则下降[12.4%]", -12.4, "美国的出口", P("今年第三季", "2025-07-01", "2025-09-30")),
    sgg(
        "合计增加[7.8%]",
        7.8,
        "东盟市场的出口",
        P("今年第三季", "2025-07-01", "2025-09-30"),
        notes="examples before 等 dropped; 合计 dropped",
    ),
    row("整体失业率为[2.0%]", 2.0, "%", "%", "整体失业率", "share", SGQ),
    row("居民失业率为[2.8%]", 2.8, "%", "%", "居民失业率", "share", SGQ),
    row("公民失业率为[2.9%]", 2.9, "%", "%", "公民失业率", "share", SGQ),
    row(
        "增加[1万2300人]",
        12300,
        "人",
        "人",
        "总就业人数",
        "actual",
        SGQ,
        notes="1万2300 is one number (Singapore's way of writing 12,300)",
    ),
    row("裁员人数为[3500人]", 3500, "人", "人", "裁员人数", "actual", SGQ),
    row("第二季的[3800人]", 3800, "人", "人", "裁员人数", "actual", SGQ2),
    row(
        "有[0.8人]被裁退",
        0.8,
        "人",
        "人",
        "每100名员工中被裁退",
        "actual",
        SGQ,
        notes="a density per 100 employees; 每100名 is no number",
    ),
    row(
        "10月降至[0.3%]",
        0.3,
        "%",
        "%",
        "核心通胀率",
        "growth_rate",
        P("10月", "2025-10-01", "2025-10-31"),
        notes="通胀率 is growth_rate; a level after a decline verb stays positive",
    ),
    sgt("平均为[0.5%]", 0.5, "核心通胀率", P("今年全年", "2025-01-01", "2025-12-31")),
    row(
        "拨出[13亿新元]",
        13,
        "亿新元",
        "新元",
        "拨出企业扶持配套",
        "target",
        P("今年", "2025-01-01", "2025-12-31"),
        notes="a fund the government commits in its budget: target",
    ),
    row(
        "申请[最高10万新元]",
        10,
        "万新元",
        "新元",
        "津贴",
        "other",
        NONE,
        "at_most",
        "最高",
        notes=SG_RULE,
    ),
    row("回扣为[50%]", 50, "%", "%", "企业所得税回扣", "other", NONE, notes=SG_RULE),
    row(
        "上限[4万新元]",
        4,
        "万新元",
        "新元",
        "企业所得税回扣上限",
        "other",
        NONE,
        "at_most",
        "上限",
        notes=SG_RULE,
    ),
    row(
        "已有[约2万5000家]",
        25000,
        "家",
        "家",
        "企业受惠",
        "count_total",
        SGE,
        "about",
        "约",
        notes="a running total at a date",
    ),
    row(
        "达到[4亿2000万新元]",
        42000,
        "万新元",
        "新元",
        "涉及金额",
        "count_total",
        SGE,
        "reach",
        "达到",
        notes="4亿2000万 is one amount, written in 万 (as 27兆4,190億元 in 億)",
    ),
    row("达到[1260万人次]", 1260, "万人次", "人次", "访客人数", "actual", SG9, "reach", "达到"),
    sgg("按年增加[2.3%]", 2.3, "访客人数", SG9),
    row("总额为[218亿新元]", 218, "亿新元", "新元", "旅客消费总额", "actual", SG9),
    row(
        "访客人数为[232万人次]",
        232,
        "万人次",
        "人次",
        "中国大陆访客人数",
        "actual",
        SG9,
        notes="a source market: part of the name, no subject (round 13)",
    ),
    row(
        "居各客源市场[首位]",
        1,
        "位",
        "位",
        "中国大陆访客人数",
        "rank",
        SG9,
        borderline=True,
        notes="borderline: a rank without a numeral (居…首位)",
    ),
    row(
        "客运量为[1810万人次]",
        1810,
        "万人次",
        "人次",
        "樟宜机场客运量",
        "actual",
        SGQ,
        notes="an airport: a facility, part of the name",
    ),
    row(
        "同期的[99.1%]",
        99.1,
        "%",
        "%",
        "樟宜机场客运量",
        "share",
        SGQ,
        notes="恢复到…同期的X: a share; 2019年同期 a base",
    ),
    sgg("组屋价格按季上涨[0.9%]", 0.9, "转售组屋价格"),
    sgg("指数按季上涨[1.2%]", 1.2, "私宅价格指数"),
    row(
        "吸引[41个]新加坡",
        41,
        "个",
        "个",
        "吸引投资项目",
        "actual",
        P("今年1月正式成立以来", "2025-01-01", "2025-11-21"),
        notes="新加坡 (the home) dropped; the head after the last 的",
    ),
    row(
        "新币[38亿元]",
        38,
        "亿元",
        "新元",
        "投资额",
        "actual",
        P("今年1月正式成立以来", "2025-01-01", "2025-11-21"),
        "about",
        "约",
        notes="a currency named before the number is its unit: 新币 = 新元",
    ),
    row(
        "创造[约8000个]就业",
        8000,
        "个",
        "个",
        "创造就业机会",
        "target",
        NONE,
        "about",
        "约",
        subject="柔佛",
        notes="预计: a forecast (target) with no period of its own (not the since-span before)",
    ),
    row("收在[4525.36点]", 4525.36, "点", "点", "海峡时报指数", "actual", SGD),
    sgg("全天上涨[0.6%]", 0.6, "海峡时报指数", SGD),
    sgg(
        "累计上涨[19.5%]",
        19.5,
        "海峡时报指数",
        P("今年以来", "2025-01-01", "2025-11-21"),
    ),
    row(
        "整体通胀升至[1.2%]",
        1.2,
        "%",
        "%",
        "整体通胀",
        "growth_rate",
        P("10月", "2025-10-01", "2025-10-31"),
        borderline=True,
        notes="borderline: a related-news link (page furniture, as h14's and h26's)",
    ),
]


# ---------------------------------------------------------------------------------------------
# h46: a district's major-projects signing news on its portal (东西湖区, 武汉, 2026-01-16): 签约项目
# 个 and 总投资 亿元 at the event (1月16日上午 in the lead's paragraph; a year in the event's name,
# 2026年一季度…签约活动, dates nothing: QA 11), classes of projects (百亿元以上项目, 亿元以上
# 项目: the bound names a class, no metric; their counts are metrics), a list of projects with
# their 总投资 (a project is an entity, as a company: its name is part of the indicator) and
# their expected output (达产后年产值约, 预计, 新增…: targets, undated), 占签约总额的 shares,
# 合同外资 亿美元, 开工率, 完成年度目标任务的105.3%, 2025 results (全年, 截至2025年底), 2026
# goals (力争全年 以上 / 不低于 / 左右) and plans for the year (还将举办4次, 10场以上). Decided
# before labelling: the 总投资 of signed or started projects is the contracted amount, a result of
# the signing (`actual`, as h21's 新开工亿元以上项目68个，总投资达到612亿元), named 总投资 when
# the clause names nothing else; a project's own 计划总投资 would be a target (h34). Traps:
# 浏览量：5127, 17:42, 世界500强 / 中国500强, “十五五”, “一个项目、一名领导…”, 3个月内注册、
# 6个月内开工 (a rule's deadlines), 签约后6个月内 (part of a name), 2027年底前, 027-83892166,
# 鄂ICP备05003328号, 1．…6．
DX = "h46_dongxihu_project_signing_news_2026.txt"
DXE = P("1月16日上午", "2026-01-16", "2026-01-16")
DXY = P("2025年", "2025-01-01", "2025-12-31")
DXF = P("全年", "2025-01-01", "2025-12-31")
DXB = P("截至2025年底", "2025-12-31", "2025-12-31")
DXG = P("全年", "2026-01-01", "2026-12-31")
DXT = P("今年", "2026-01-01", "2026-12-31")
DX_PROJ = "a project is an entity (as a company): its name is part of the indicator"
DX_EXP = "expected output of a signed project: a target with no period"


def dxn(anchor, value, indicator, period=NONE, **kw):
    return row(anchor, value, "个", "个", indicator, "actual", period, **kw)


def dxa(anchor, value, indicator, period=NONE, unit_raw="亿元", unit="元", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def dxs(anchor, value, indicator, period=NONE, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


LABELS[DX] = [
    dxn("活动 [32个]项目", 32, "项目签约", notes="headline: a mention"),
    dxa("签约总投资[416.8亿元]", 416.8, "签约总投资"),
    dxn("签约项目[32个]", 32, "签约项目", DXE),
    dxa("总投资[416.8亿元]，其中", 416.8, "总投资", DXE),
    dxn("百亿元以上项目[2个]", 2, "百亿元以上项目", DXE, notes="百亿元以上: a class, no metric"),
    dxn("50亿元以上项目[5个]", 5, "50亿元以上项目", DXE),
    dxs("签约总额的[62.3%]", 62.3, "先进制造业项目占签约总额", DXE),
    dxn("开工项目[18个]", 18, "集中开工项目", DXE),
    dxa("总投资[138.5亿元]", 138.5, "总投资", DXE),
    row("与[5家]金融机构", 5, "家", "家", "金融机构签署战略合作协议", "actual", DXE,
        notes="the partners counted and the deed after them, in order (as h68's 国家和地区"
        "签订双边航空运输协定; session 20: labelled 金融机构)"),
    dxa("授信额度[200亿元]", 200, "意向授信额度", DXE),
    dxn("零部件项目[9个]", 9, "智能网联汽车及零部件项目"),
    dxa("总投资[156.2亿元]", 156.2, "总投资"),
    dxn("生命健康项目[7个]", 7, "生命健康项目"),
    dxa("总投资[83.4亿元]", 83.4, "总投资"),
    dxn("冷链物流项目[8个]", 8, "食品加工及冷链物流项目"),
    dxa("总投资[61.7亿元]", 61.7, "总投资"),
    dxn("数字经济项目[5个]", 5, "数字经济项目"),
    dxa("总投资[72.3亿元]", 72.3, "总投资"),
    dxn("其他项目[3个]", 3, "其他项目"),
    dxa("总投资[43.2亿元]", 43.2, "总投资"),
    dxn("企业投资项目[6个]", 6, "世界500强和中国500强企业投资项目", notes="500强: a list's name"),
    dxn("外资项目[4个]", 4, "外资项目"),
    dxa("合同外资[1.9亿美元]", 1.9, "合同外资", unit_raw="亿美元", unit="美元"),
    dxn("地区的项目[14个]", 14, "来自长三角、珠三角地区的项目", notes="regions: part of the name"),
    dxa("总投资[187.6亿元]", 187.6, "总投资"),
    dxs(
        "签约总投资的[45.0%]",
        45.0,
        "总投资占签约总投资",
        notes="a share after a figure names its part, the last thing named (QA 10)",
    ),
    dxa("平均投资额[13.0亿元]", 13.0, "单个项目平均投资额"),
    dxa("提高[2.4亿元]", 2.4, "单个项目平均投资额", notes="去年同期签约活动 is the base"),
    dxa("总投资[105亿元]", 105, "新能源汽车智能座舱产业园项目总投资", notes=DX_PROJ),
    row(
        "年产值[约180亿元]",
        180,
        "亿元",
        "元",
        "新能源汽车智能座舱产业园项目年产值",
        "target",
        NONE,
        "about",
        "约",
        notes=DX_EXP,
    ),
    dxa("总投资[52亿元]", 52, "高端医疗器械研发生产基地项目总投资", notes=DX_PROJ),
    dxa("总投资[46.5亿元]", 46.5, "冷链物流智慧枢纽项目总投资", notes=DX_PROJ),
    row(
        "冷库库容[30万吨]",
        30,
        "万吨",
        "吨",
        "冷链物流智慧枢纽项目新增冷库库容",
        "target",
        NONE,
        notes=DX_EXP,
    ),
    dxa("总投资[38亿元]", 38, "算力中心二期项目总投资", notes=DX_PROJ),
    row("新增算力[5000P]", 5000, "P", "P", "算力中心二期项目新增算力", "target", notes=DX_EXP),
    dxa("总投资[22亿元]", 22, "跨境电商产业园项目总投资", notes=DX_PROJ),
    row(
        "进出口额[50亿元]",
        50,
        "亿元",
        "元",
        "跨境电商产业园项目年进出口额",
        "target",
        NONE,
        notes=DX_EXP,
    ),
    dxa("总投资[12.8亿元]", 12.8, "生物医药孵化器项目总投资", notes=DX_PROJ),
    row(
        "容纳企业[150家以上]",
        150,
        "家",
        "家",
        "生物医药孵化器项目容纳企业",
        "target",
        NONE,
        "at_least",
        "以上",
        notes=DX_EXP,
    ),
    dxn("产业项目[12个]", 12, "产业项目"),
    dxa("总投资[96.1亿元]", 96.1, "总投资"),
    dxs("开工项目总投资的[69.4%]", 69.4, "总投资占开工项目总投资"),
    dxn("民生项目[6个]", 6, "基础设施和民生项目"),
    dxa("总投资[42.4亿元]", 42.4, "总投资"),
    dxa("总投资[28亿元]的", 28, "总投资", notes="an amount describing the project after it"),
    row(
        "就业岗位[1200个]",
        1200,
        "个",
        "个",
        "新增就业岗位",
        "target",
        P("今年9月", "2026-09-01", "2026-09-30"),
        notes="预计: a target; the paragraph's last time expression",
    ),
    dxa("达到[1420.6亿元]", 1420.6, "地区生产总值", DXY, qual="reach", qtext="达到"),
    row("增长[6.2%]", 6.2, "%", "%", "地区生产总值", "growth_rate", DXY),
    row(
        "居全市第[3位]",
        3,
        "位",
        "位",
        "地区生产总值增速",
        "rank",
        DXY,
        notes="a rank after a growth's 增速 ranks the growth; 全市 the ranking's scope",
    ),
    dxn("亿元以上项目[126个]", 126, "新签约亿元以上项目", DXF),
    dxa("协议投资额[1285.6亿元]", 1285.6, "协议投资额", DXF),
    row("增长[18.4%]", 18.4, "%", "%", "协议投资额", "growth_rate", DXF),
    dxa("实际到位资金[735.2亿元]", 735.2, "招商引资实际到位资金", DXF),
    row("增长[9.7%]", 9.7, "%", "%", "招商引资实际到位资金", "growth_rate", DXF),
    dxs(
        "目标任务的[105.3%]",
        105.3,
        "招商引资实际到位资金",
        DXF,
        notes="完成…目标任务的X: a share of the figure before (of_plan)",
    ),
    row(
        "亿元以上项目达到[214个]",
        214,
        "个",
        "个",
        "在建亿元以上项目",
        "count_total",
        DXF,
        "reach",
        "达到",
    ),
    dxs("开工率达到[93.5%]", 93.5, "项目开工率", DXF, qual="reach", qtext="达到"),
    row("提高[4.2个百分点]", 4.2, "个百分点", "百分点", "项目开工率", "growth_rate", DXF),
    dxs(
        "占比为[71.8%]",
        71.8,
        "签约后6个月内开工的项目占比",
        DXF,
        notes="6个月内: part of a name, no metric",
    ),
    row("投资增长[8.6%]", 8.6, "%", "%", "完成固定资产投资", "growth_rate", DXF),
    row("工业投资增长[15.3%]", 15.3, "%", "%", "工业投资", "growth_rate", DXF),
    dxs("比重为[38.7%]", 38.7, "工业投资占全部投资的比重", DXF),
    row("投资项目[47个]", 47, "个", "个", "引进世界500强企业投资项目", "count_total", DXB),
    row("研发中心[27家]", 27, "家", "家", "落户区域总部和研发中心", "count_total", DXB),
    row(
        "亿元以上项目[130个以上]",
        130,
        "个",
        "个",
        "新签约亿元以上项目",
        "target",
        DXG,
        "at_least",
        "以上",
    ),
    row("不低于[1300亿元]", 1300, "亿元", "元", "协议投资额", "target", DXG, "at_least", "不低于"),
    row("增长[10%左右]", 10, "%", "%", "实际到位资金", "target", DXG, "about", "左右"),
    row("保持在[90%以上]", 90, "%", "%", "亿元以上项目开工率", "target", DXG, "at_least", "以上"),
    row("投资增长[8%]。", 8, "%", "%", "固定资产投资", "target", DXG),
    row("举办[4次]", 4, "次", "次", "举办重大项目集中签约活动", "target", DXT),
    row(
        "开展[10场以上]",
        10,
        "场",
        "场",
        "开展专题招商推介",
        "target",
        DXT,
        "at_least",
        "以上",
        notes="places in the examples: no subject",
    ),
]



# ---------------------------------------------------------------------------------------------
# h47: 工业和信息化部 2025年通信业统计公报 (2026-01-22): a national text (home 全国); a yearly
# report (title 2025年…统计公报): flows and changes with no time expression are 2025, undated
# stocks and shares stay undated; 截至12月末 / 12月末 = 2025-12-31; 比上年末净增 is a change of
# the stock (actual, the stock's point, named as the stock, as h02 / h20); regions (东部地区)
# are part of the name, no subject (h42); a table printed with full-width spaces (指标名称 / 单位
# / 12月末到达数 / 比上年末增长（%）). Traps: 5G, “5G+工业互联网”, 100Mbps / 1000Mbps (class
# bounds), 10G PON, 10:00, 浏览次数：8216, 注：1．2．, 三家, 010-68208116.
MI = "h47_miit_telecom_statistics_bulletin_2025.txt"
MIY = P("2025年", "2025-01-01", "2025-12-31")
MF = P("全年", "2025-01-01", "2025-12-31")
ME = P("截至12月末", "2025-12-31", "2025-12-31")
MIT = P("12月末", "2025-12-31", "2025-12-31")
MDEC = P("12月当月", "2025-12-01", "2025-12-31")
MCUM = P("累计", "2025-12-31", "2025-12-31")
MOB = "三家基础电信企业的移动电话用户总数"


def mg(anchor, value, indicator, period=MIY, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def mcell(head, number, value, unit_raw, unit, kind, **kw):
    return row(table_cell(MI, head, number), value, unit_raw, unit, head, kind, MIT, **kw)


LABELS[MI] = [
    row("累计完成[1.83万亿元]", 1.83, "万亿元", "元", "电信业务收入", "count_total", MIY,
        notes="a running total (累计) is count_total whatever its span (tests/gold/README.md)"),
    mg("比上年增长[3.6%]；", 3.6, "电信业务收入"),
    mg("总量同比增长[9.8%]", 9.8, "电信业务总量",
       notes="按照上年价格计算 says how the rate is measured: no name"),
    row("新兴业务收入[4562亿元]", 4562, "亿元", "元", "新兴业务收入", "actual", MF),
    mg("比上年增长[11.2%]", 11.2, "新兴业务收入", MF),
    row("占比提升至[24.9%]", 24.9, "%", "%", "新兴业务收入在电信业务收入中占比", "share", MF),
    row("拉动电信业务收入增长[2.7个百分点]", 2.7, "个百分点", "百分点",
        "新兴业务收入拉动电信业务收入", "other", MF, notes="a contribution (h29, h23)"),
    mg("分别增长[14.5%]和", 14.5, "云计算业务收入", MF),
    mg("和[52.3%]。", 52.3, "大数据业务收入", MF),
    row("接入业务收入[2680亿元]", 2680, "亿元", "元", "固定互联网宽带接入业务收入", "actual", MF),
    mg("比上年增长[2.1%]", 2.1, "固定互联网宽带接入业务收入", MF),
    row("流量业务收入[6230亿元]", 6230, "亿元", "元", "移动数据流量业务收入", "actual", MF),
    mg("比上年下降[1.8%]", -1.8, "移动数据流量业务收入", MF),
    row("占比为[34.0%]", 34.0, "%", "%", "移动数据流量业务收入在电信业务收入中占比", "share", MF),
    row("占比较上年下降[1.9个百分点]", -1.9, "个百分点", "百分点",
        "移动数据流量业务收入在电信业务收入中占比", "growth_rate", MF),
    row("用户总数达[18.2亿户]", 18.2, "亿户", "户", MOB, "count_total", ME, "reach", "达"),
    row("全年净增[2986万户]", 2986, "万户", "户", MOB, "actual", MF),
    row("5G移动电话用户达[11.6亿户]", 11.6, "亿户", "户", "5G移动电话用户", "count_total", ME,
        "reach", "达"),
    row("净增[1.58亿户]", 1.58, "亿户", "户", "5G移动电话用户", "actual", ME,
        notes="比上年末: a change of the stock, the stock's point (h02, h20)"),
    row("占移动电话用户的[63.7%]", 63.7, "%", "%", "5G移动电话用户占移动电话用户", "share", ME),
    row("提高[7.1个百分点]", 7.1, "个百分点", "百分点", "5G移动电话用户占移动电话用户",
        "growth_rate", ME),
    row("用户总数达[6.95亿户]", 6.95, "亿户", "户", "固定互联网宽带接入用户总数", "count_total",
        ME, "reach", "达"),
    row("净增[3512万户]", 3512, "万户", "户", "固定互联网宽带接入用户总数", "actual", ME),
    row("的用户为[6.51亿户]", 6.51, "亿户", "户", "100Mbps及以上接入速率的用户", "count_total",
        ME, notes="100Mbps及以上: a class bound, no metric"),
    row("占总用户数的[93.7%]", 93.7, "%", "%", "100Mbps及以上接入速率的用户占总用户数",
        "share", ME),
    row("的用户为[2.27亿户]", 2.27, "亿户", "户", "1000Mbps及以上接入速率的用户",
        "count_total", ME),
    row("净增[5460万户]", 5460, "万户", "户", "1000Mbps及以上接入速率的用户", "actual", ME),
    row("终端用户达[29.8亿户]", 29.8, "亿户", "户", "蜂窝物联网终端用户", "count_total", ME,
        "reach", "达"),
    row("净增[3.2亿户]", 3.2, "亿户", "户", "蜂窝物联网终端用户", "actual", ME),
    row("比重达[62.1%]", 62.1, "%", "%", "蜂窝物联网终端用户占移动网终端连接数的比重", "share",
        ME, "reach", "达"),
    row("线路长度[612万公里]", 612, "万公里", "公里", "新建光缆线路长度", "actual", MF),
    row("总长度达到[7670万公里]", 7670, "万公里", "公里", "光缆线路总长度", "count_total", NONE,
        "reach", "达到",
        notes="a stock in a sentence whose 全年 scopes only the flow: undated (yearly report)"),
    row("基站总数达[1310万个]", 1310, "万个", "个", "移动通信基站总数", "count_total", ME,
        "reach", "达"),
    row("5G基站为[461.3万个]", 461.3, "万个", "个", "5G基站", "count_total", ME),
    row("净增[36.2万个]", 36.2, "万个", "个", "5G基站", "actual", ME),
    row("占移动基站总数的[35.2%]", 35.2, "%", "%", "5G基站占移动基站总数", "share", ME),
    row("基站数达到[32.8个]", 32.8, "个", "个", "每万人拥有5G基站数", "actual", ME,
        "reach", "达到", notes="a per-head density: actual (round 6)"),
    row("提高[2.6个]", 2.6, "个", "个", "每万人拥有5G基站数", "actual", ME),
    row("端口数达[3150万个]", 3150, "万个", "个", "具备千兆网络服务能力的10G PON端口数",
        "count_total", ME, "reach", "达"),
    row("净增[440万个]", 440, "万个", "个", "具备千兆网络服务能力的10G PON端口数", "actual", ME),
    row("虚拟专网[1.2万个]", 1.2, "万个", "个", "新增5G行业虚拟专网", "actual", MF),
    row("累计建成[超过5.8万个]", 5.8, "万个", "个", "建成5G行业虚拟专网", "count_total", MCUM,
        "over", "超过", notes="a bare 累计 in a yearly report: the year's last day (round 8)"),
    row("“千兆城市”[207个]", 207, "个", "个", "建成“千兆城市”", "count_total", MF,
        notes="已建成: a stock; dated by 比上年 after it (round 10) and the paragraph's 全年"),
    row("比上年增加[22个]", 22, "个", "个", "建成“千兆城市”", "actual", MF),
    row("接入流量达[3650亿GB]", 3650, "亿GB", "GB", "移动互联网接入流量", "actual", MF,
        "reach", "达"),
    mg("比上年增长[13.5%]", 13.5, "移动互联网接入流量", MF),
    row("达到[21.86GB/户·月]", 21.86, "GB/户·月", "GB/户·月", "户均移动互联网接入流量",
        "actual", MDEC, "reach", "达到", notes="（DOU） an abbreviation, no part of the name"),
    mg("同期增长[10.9%]", 10.9, "户均移动互联网接入流量", MDEC),
    row("通话时长[2.18万亿分钟]", 2.18, "万亿分钟", "分钟", "移动电话去话通话时长", "actual", MF),
    mg("同比下降[2.4%]", -2.4, "移动电话去话通话时长", MF),
    row("东部地区完成电信业务收入[9326亿元]", 9326, "亿元", "元", "东部地区电信业务收入",
        "actual", MIY, notes="regions: part of the name, no subject (h42)"),
    mg("比上年增长[3.1%]", 3.1, "东部地区电信业务收入"),
    row("比重为[51.0%]", 51.0, "%", "%", "东部地区电信业务收入占全国电信业务收入的比重",
        "share", NONE, notes="a share with no time expression in a yearly report: undated"),
    row("业务收入[3998亿元]和", 3998, "亿元", "元", "中部地区电信业务收入", "actual", MIY),
    row("和[4214亿元]", 4214, "亿元", "元", "西部地区电信业务收入", "actual", MIY),
    mg("分别增长[4.3%]和", 4.3, "中部地区电信业务收入"),
    mg("和[4.7%]；", 4.7, "西部地区电信业务收入"),
    row("业务收入[764亿元]", 764, "亿元", "元", "东北地区电信业务收入", "actual", MIY),
    mg("比上年增长[1.2%]。", 1.2, "东北地区电信业务收入"),
    mcell("移动电话用户", "182000", 182000, "万户", "户", "count_total"),
    mcell("移动电话用户", "1.7", 1.7, "%", "%", "growth_rate"),
    mcell("5G移动电话用户", "116000", 116000, "万户", "户", "count_total"),
    mcell("5G移动电话用户", "15.8", 15.8, "%", "%", "growth_rate"),
    mcell("固定互联网宽带接入用户", "69500", 69500, "万户", "户", "count_total"),
    mcell("固定互联网宽带接入用户", "5.3", 5.3, "%", "%", "growth_rate"),
    mcell("蜂窝物联网终端用户", "298000", 298000, "万户", "户", "count_total"),
    mcell("蜂窝物联网终端用户", "12.0", 12.0, "%", "%", "growth_rate"),
    mcell("移动通信基站", "1310", 1310, "万个", "个", "count_total"),
    mcell("移动通信基站", "4.1", 4.1, "%", "%", "growth_rate"),
    mcell("5G基站", "461.3", 461.3, "万个", "个", "count_total"),
    mcell("5G基站", "8.5", 8.5, "%", "%", "growth_rate"),
]

# ---------------------------------------------------------------------------------------------
# h48: 屏東縣政府 news release on its 民國115年度 (2026) total budget bill (114年10月28日 =
# 2025-10-28), Traditional script. Budget figures of 115年度 are targets of 2026 (a budget is a
# plan), their changes against 114年度 / 上年度 too (as h13's budget growth cells); a bare 元 / 億元
# in a Taiwanese text is 新台币 (QA 15); Minguo years + 1911. Decided before labelling: a
# 由X增加至Y on a facility count: X the present level (count_total, undated), Y the budget year's
# target; the debt balance at 114年9月底 is a stock (count_total) at that day; 近3年 keeps its
# text, no dates (which three years is not said); 目前 = the reference date; the budget's own
# structure (17個基金, 1個 / 16個) is borderline (as h28's 共设置主要指标20项); a class of other
# counties' average (六都以外縣市平均的24.5%) is a comparison base, borderline. Traps: 第20屆第6次,
# 今（28）日, 0至2歲, 65歲以上, 長照2.0, 二期, 1年以上 / 1年以下, 前三年度, 當年度, 連續2年,
# 115年1月1日, 3,418, 08-7320415分機3126.
PG = "h48_pingtung_county_budget_2026_trad.txt"
B115 = P("115年度", "2026-01-01", "2026-12-31")
B114 = P("114年度预算数", "2025-01-01", "2025-12-31")
BSEP = P("截至114年9月底", "2025-09-30", "2025-09-30")
BEND = P("年度终了", "2026-12-31", "2026-12-31")
BNOW = P("目前", "2025-10-28", "2025-10-28")


def bt(anchor, value, indicator, period=B115, unit_raw="億元", **kw):
    return row(anchor, value, unit_raw, NTD, indicator, "target", period, **kw)


def bts(anchor, value, indicator, period=B115, **kw):
    return row(anchor, value, "%", "%", indicator, "target", period, **kw)


def btab(head, number, value, unit_raw, unit, indicator, period):
    return row(tab_cell(PG, head, number), value, unit_raw, unit, indicator, "target", period,
               notes="table cell: budget columns hold targets; the unit from the title")


LABELS[PG] = [
    bt("達新臺幣[429.6億元]創新高", 429.6, "岁出规模", qual="reach", qtext="达",
       notes="headline: a mention; the headline's 115年度"),
    bt("歲入編列新臺幣[398.2億元]", 398.2, "岁入", notes="编列 (a budget's verb): no name"),
    bt("歲出編列[429.6億元]", 429.6, "岁出"),
    bt("歲入歲出差短[31.4億元]，加上", 31.4, "岁入岁出差短"),
    bt("債務還本[8.5億元]，共須", 8.5, "债务还本"),
    bt("融資調度[39.9億元]", 39.9, "融资调度"),
    bt("115年度歲入[398.2億元]", 398.2, "岁入"),
    bt("增加[21.7億元]", 21.7, "岁入", notes="较114年度预算数: the base"),
    bts("成長[5.8%]。", 5.8, "岁入"),
    bt("稅款編列[142.3億元]", 142.3, "中央统筹分配税款"),
    bts("占歲入總額的[35.7%]", 35.7, "中央统筹分配税款占岁入总额"),
    bt("增加[9.6億元]", 9.6, "中央统筹分配税款"),
    bt("協助收入[172.5億元]", 172.5, "补助及协助收入"),
    bts("占[43.3%]", 43.3, "补助及协助收入占比"),
    bt("統籌分配稅款）[56.8億元]", 56.8, "税课收入",
       notes="the bracket（不含统筹分配税款） says what is counted, no part of the name"),
    bts("成長[4.2%]", 4.2, "税课收入"),
    bts("財源比率為[19.8%]", 19.8, "自筹财源比率"),
    row("提高[0.6個百分點]", 0.6, "個百分點", "百分点", "自筹财源比率", "target", B115),
    row("平均的[24.5%]", 24.5, "%", "%", "自筹财源比率", "share", NONE, borderline=True,
        notes="borderline: the average of a class of other counties quoted as a base"),
    bt("115年度歲出[429.6億元]", 429.6, "岁出"),
    bt("增加[26.3億元]", 26.3, "岁出"),
    bts("成長[6.5%]", 6.5, "岁出"),
    bt("文化支出[163.4億元]", 163.4, "教育科学文化支出"),
    bts("占歲出總額的[38.0%]", 38.0, "教育科学文化支出占岁出总额"),
    bt("社會福利支出[98.7億元]", 98.7, "社会福利支出"),
    bts("占[23.0%]", 23.0, "社会福利支出占比"),
    bt("增加[8.2億元]", 8.2, "社会福利支出"),
    bts("成長[9.1%]", 9.1, "社会福利支出"),
    bt("經濟發展支出[61.2億元]", 61.2, "经济发展支出"),
    bts("占[14.2%]", 14.2, "经济发展支出占比"),
    bt("一般政務支出[52.9億元]", 52.9, "一般政务支出"),
    bts("占[12.3%]", 12.3, "一般政务支出占比"),
    bt("午餐經費[4.1億元]", 4.1, "国中小营养午餐经费"),
    row("全縣[約7.2萬名]", 7.2, "萬名", "名", "国中小学生", "count_total", NONE, "about", "约",
        borderline=True, notes="borderline: the county's pupils (the reach of a measure)"),
    bt("保費補助編列[5.6億元]", 5.6, "65岁以上长者健保自付保费补助",
       notes="no time expression in the paragraph: the title's 115年度 (a budget's plan)"),
    row("受益長者[約9.8萬人]", 9.8, "萬人", "人", "受益长者", "target", B115, "about", "约"),
    row("每月加發[1,000元]", 1000, "元", NTD, "0至2岁育儿津贴", "other", NONE,
        notes="a rule's grant per head (round 8): other, no period; 元 in Taiwan = 新台币"),
    row("受益幼兒[1.1萬人]", 1.1, "萬人", "人", "受益幼儿", "target", B115),
    row("目前的[58處]", 58, "處", "处", "日间照顾中心", "count_total", BNOW,
        notes="由X增加至Y: X the present level; its 目前 is the reference date (relabelled after "
        "the blind score: first written undated, against the 当前 rule of tests/gold/README.md)"),
    row("增加至[70處]", 70, "處", "处", "日间照顾中心", "target", B115),
    row("據點增至[120處以上]", 120, "處", "处", "家庭托顾服务据点", "target", B115,
        "at_least", "以上"),
    bt("相關經費[18.9億元]", 18.9, "农业相关经费"),
    bt("增加[2.3億元]", 2.3, "农业相关经费"),
    bt("二期工程[3.2億元]", 3.2, "冷链物流中心二期工程"),
    bt("工程經費[12.4億元]", 12.4, "道路桥梁改善工程经费"),
    row("鄉道[85公里]", 85, "公里", "公里", "改善县道及乡道", "target", B115),
    row("橋梁[14座]", 14, "座", "座", "改善桥梁", "target", B115),
    row("未償餘額為[218.6億元]", 218.6, "億元", NTD, "1年以上公共债务未偿余额",
        "count_total", BSEP, notes="the home (屏东县) dropped; a balance at a day"),
    row("平均數的[45.3%]", 45.3, "%", "%", "1年以上公共债务未偿余额占前三年度岁出决算平均数",
        "share", BSEP),
    row("借款餘額為[26.4億元]", 26.4, "億元", NTD, "1年以下短期借款余额", "count_total", BSEP),
    row("歲出的[6.1%]", 6.1, "%", "%", "1年以下短期借款余额占岁出", "share", BSEP,
        "about", "约", notes="当年度 a period word, no part of a name (relabelled after the blind "
        "score, as h28's 实施重大项目)"),
    bt("舉借債務[39.9億元]、", 39.9, "举借债务"),
    bt("還本[8.5億元]，年度", 8.5, "还本"),
    bt("預估為[250.0億元]", 250.0, "未偿余额", BEND),
    row("人口減少[約1.2萬人]", -1.2, "萬人", "人", "人口", "actual", P("近3年", None, None),
        "about", "约", notes="减少: negative"),
    row("全縣人口[約78.6萬人]", 78.6, "萬人", "人", "人口", "count_total", BNOW, "about", "约"),
    row("占比已達[20.9%]", 20.9, "%", "%", "65岁以上人口占比", "share", BNOW, "reach", "达"),
    row("凍結一般行政經費[10%]", 10, "%", "%", "冻结一般行政经费", "other", NONE,
        borderline=True, notes="borderline: a rule's share, kept two years (连续2年: a streak)"),
    bts("比率降為[84.6%]", 84.6, "经常支出占岁出比率"),
    row("下降[1.1個百分點]", -1.1, "個百分點", "百分点", "经常支出占岁出比率", "target", B115),
    row("共編列[17個]基金", 17, "個", "个", "基金", "target", B115, borderline=True,
        notes="borderline: the budget's structure (how many funds it holds)"),
    row("營業基金[1個]", 1, "個", "个", "营业基金", "target", B115, borderline=True),
    row("非營業特種基金[16個]", 16, "個", "个", "非营业特种基金", "target", B115,
        borderline=True),
    bt("基金來源合計[36.8億元]", 36.8, "非营业特种基金基金来源"),
    bt("基金用途合計[35.2億元]", 35.2, "基金用途"),
    bt("賸餘[1.6億元]", 1.6, "賸余"),
    bt("營業收入[2.4億元]", 2.4, "营业基金（屏东县公共汽车管理处）营业收入",
       notes="a fund run as an enterprise: an entity, its name is part of the indicator"),
    bt("成本及費用[2.9億元]", 2.9, "营业成本及费用"),
    bt("預計虧損[0.5億元]", 0.5, "亏损"),
    bt("減少虧損[0.2億元]", -0.2, "亏损", notes="减少: negative"),
    btab("歲入", "376.5", 376.5, "億元", NTD, "岁入", B114),
    btab("歲入", "398.2", 398.2, "億元", NTD, "岁入", B115),
    btab("歲入", "5.8", 5.8, "%", "%", "岁入", B115),
    btab("歲出", "403.3", 403.3, "億元", NTD, "岁出", B114),
    btab("歲出", "429.6", 429.6, "億元", NTD, "岁出", B115),
    btab("歲出", "6.5", 6.5, "%", "%", "岁出", B115),
    btab("歲入歲出差短", "26.8", 26.8, "億元", NTD, "岁入岁出差短", B114),
    btab("歲入歲出差短", "31.4", 31.4, "億元", NTD, "岁入岁出差短", B115),
    btab("歲入歲出差短", "17.2", 17.2, "%", "%", "岁入岁出差短", B115),
]

# ---------------------------------------------------------------------------------------------
# h49: 株洲市 2026年十件民生实事 (news on the city portal, 2026-02-10): the list's items are goals
# of 2026 (the heading 2026年十件民生实事项目如下; each item its own paragraph); 完成时限：2026年8月
# 底前 is a deadline and dates no figure (decided before labelling: the list's year is each
# item's period); 计划投资 per item a target; 2025's results (actual, 2025年) in one paragraph;
# 去年11月以来 a since-span for the consultation. A grant per head (每人每月100元) is a rule's
# parameter (other, no period, round 8); counts a flow verb governs keep it (新建…, 改造…); a
# list under one verb shares it (新建…中心20个、老年助餐点100个). Traps: 第十六届…第六次, 2月9日,
# 十件, 16:20, 浏览次数：12073, 字号：大 中 小, 1．…10．, “一老一小”, 80周岁以上, 3岁以下, 每千人口,
# 65岁及以上, “两癌”, 500米, “15分钟健身圈”, 12345, 每季度; borderline: the consultation's 候选项目
# 15个 and 确定10个 (the list's size).
ZZ = "h49_zhuzhou_livelihood_projects_2026.txt"
Z26 = P("2026年", "2026-01-01", "2026-12-31")
Z25 = P("2025年", "2025-01-01", "2025-12-31")
ZSINCE = P("去年11月以来", "2025-11-01", "2026-02-10")
ZPLAN = "计划投资"


def zt(anchor, value, unit_raw, unit, indicator, qual="none", qtext=None, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", Z26, qual, qtext, **kw)


def zi(anchor, value):
    return zt(anchor, value, "亿元", "元", ZPLAN)


def zr(anchor, value, indicator, qual="none", qtext=None, **kw):
    return zt(anchor, value, "%", "%", indicator, qual, qtext, **kw)


LABELS[ZZ] = [
    zt("计划投资[约38.6亿元]", 38.6, "亿元", "元", ZPLAN, "about", "约",
       notes="the paragraph's 2026年 (the list's year)"),
    zt("补助资金[14.3亿元]", 14.3, "亿元", "元", "中央和省级补助资金",
       notes="争取: a cue, no name"),
    zr("占计划投资的[37.0%]", 37.0, "中央和省级补助资金占计划投资"),
    zt("安排资金[12.4亿元]", 12.4, "亿元", "元", "市级财政安排资金"),
    zt("社会资金[11.9亿元]", 11.9, "亿元", "元", "县市区配套及社会资金"),
    zt("惠及群众[超过150万人次]", 150, "万人次", "人次", "惠及群众", "over", "超过",
       notes="预计: a forecast, target"),
    row("完成投资[41.2亿元]", 41.2, "亿元", "元", "完成投资", "count_total", Z25,
        notes="累计 a frame word (a running total: count_total); 完成 stays before 投资 (round 7)"),
    row("年度计划的[106.8%]", 106.8, "%", "%", "完成投资", "share", Z25,
        notes="为年度计划的X: a share of the figure before (of_plan)"),
    row("公办学位[1.2万个]", 1.2, "万个", "个", "新增公办学位", "actual", Z25),
    row("老旧小区[112个]", 112, "个", "个", "改造老旧小区", "actual", Z25),
    row("惠及居民[2.9万户]", 2.9, "万户", "户", "惠及居民", "actual", Z25),
    row("托位[2600个]", 2600, "个", "个", "新增普惠性托位", "actual", Z25),
    row("测评为[96.3分]", 96.3, "分", "分", "群众满意度测评", "actual", Z25,
        notes="a score (QA 11), actual"),
    row("意见建议[3.6万条]", 3.6, "万条", "条", "征集群众意见建议", "actual", ZSINCE,
        notes="共 dropped; the since-span dates the flow"),
    row("候选项目[15个]", 15, "个", "个", "候选项目", "actual", ZSINCE, borderline=True,
        notes="borderline: a step of the selection (the vote's design)"),
    row("票决确定[10个]", 10, "个", "个", "票决确定", "actual", ZSINCE, borderline=True,
        notes="borderline: totals the list (十件)"),
    zt("幼儿园[12所]", 12, "所", "所", "新建、改扩建公办幼儿园"),
    zt("公办学位[5400个]", 5400, "个", "个", "新增公办学位"),
    zt("中小学[8所]", 8, "所", "所", "新建、改扩建中小学"),
    zt("新增学位[1.08万个]", 1.08, "万个", "个", "新增学位"),
    zi("计划投资[9.6亿元]", 9.6),
    zt("老旧小区[86个]", 86, "个", "个", "改造城镇老旧小区"),
    zt("楼栋[920栋]", 920, "栋", "栋", "涉及楼栋"),
    zt("惠及居民[2.1万户]", 2.1, "万户", "户", "惠及居民"),
    zt("加装电梯[150部以上]", 150, "部", "部", "加装电梯", "at_least", "以上"),
    zi("计划投资[6.3亿元]", 6.3),
    zt("服务中心[20个]", 20, "个", "个", "新建社区嵌入式养老服务中心"),
    zt("助餐点[100个]", 100, "个", "个", "新建老年助餐点",
       notes="a list under one flow verb shares it"),
    row("每人每月[100元]", 100, "元", "元", "高龄津贴", "other", NONE,
        notes="a rule's grant per head (round 8): other, no period"),
    zt("托育位[3000个]", 3000, "个", "个", "新增普惠性托育位"),
    zt("托位数达到[4.5个]", 4.5, "个", "个", "3岁以下婴幼儿每千人口托位数", "reach", "达到",
       notes="3岁以下, 每千人口: part of the name"),
    zi("计划投资[2.8亿元]", 2.8),
    zt("新增就业[4.5万人以上]", 4.5, "万人", "人", "城镇新增就业", "at_least", "以上"),
    zt("技能培训[3万人次]", 3, "万人次", "人次", "开展职业技能培训"),
    zt("担保贷款[6亿元]", 6, "亿元", "元", "发放创业担保贷款"),
    zt("再就业[2000人]", 2000, "人", "人", "帮扶就业困难人员再就业"),
    zi("计划投资[1.2亿元]", 1.2),
    zt("为[120个]村卫生室", 120, "个", "个", "村卫生室",
       notes="a count before its noun is named by the noun, as h31's 为1286名劳动者 (relabelled "
       "after the blind score: first written 村卫生室配备智能健康一体机)"),
    zt("健康体检[12万人]", 12, "万人", "人", "65岁及以上老年人健康体检"),
    zt("免费筛查[4.8万人]", 4.8, "万人", "人", "适龄女性“两癌”免费筛查"),
    zr("覆盖率达到[80%以上]", 80, "重点人群家庭医生签约服务覆盖率", "at_least", "达到…以上"),
    zi("计划投资[0.9亿元]", 0.9),
    zt("“断头路”[15条]", 15, "条", "条", "打通“断头路”"),
    zt("城区道路[38公里]", 38, "公里", "公里", "新建和改造城区道路"),
    zt("停车泊位[8000个]", 8000, "个", "个", "新增公共停车泊位"),
    zt("候车亭[200个]", 200, "个", "个", "新建公交候车亭"),
    zr("覆盖率达到[95%以上]", 95, "中心城区公交站点500米覆盖率", "at_least", "达到…以上",
       notes="500米: part of the name"),
    zt("分担率提高[2个百分点]", 2, "个百分点", "百分点", "公共交通出行分担率"),
    zi("计划投资[8.7亿元]", 8.7),
    zt("供水工程[45处]", 45, "处", "处", "新建和改造农村供水工程"),
    zr("普及率提高到[93%]", 93, "农村自来水普及率"),
    zt("受益人口[26万人]", 26, "万人", "人", "受益人口"),
    zi("计划投资[3.1亿元]", 3.1),
    zt("口袋公园[30个]", 30, "个", "个", "新建口袋公园"),
    zt("城市绿道[50公里]", 50, "公里", "公里", "新建城市绿道"),
    zt("农村户厕[1.5万户]", 1.5, "万户", "户", "改造农村户厕"),
    zt("黑臭水体[12处]", 12, "处", "处", "整治黑臭水体"),
    zr("覆盖率达到[90%]", 90, "城市生活垃圾分类覆盖率", "reach", "达到"),
    zi("计划投资[4.2亿元]", 4.2),
    zt("示范点[40个]", 40, "个", "个", "新建“15分钟健身圈”示范点",
       notes="15分钟: part of a name"),
    zt("器材[300套]", 300, "套", "套", "更新健身路径器材"),
    zt("体育场馆[1000万人次以上]", 1000, "万人次", "人次", "免费或低收费开放公共体育场馆",
       "at_least", "以上"),
    zi("计划投资[0.8亿元]", 0.8),
    zt("标准化改造[25个]", 25, "个", "个", "农贸市场标准化改造"),
    zt("食品安全抽检[1.2万批次]", 1.2, "万批次", "批次", "开展食品安全抽检"),
    zr("办结率达到[98%以上]", 98, "12345热线按时办结率", "at_least", "达到…以上"),
    zi("计划投资[1.0亿元]", 1.0),
]


# ---------------------------------------------------------------------------------------------
# Round 16 (blind): h50 财政部 1-10月财政收支情况, h51 中汽协 10月汽车工业产销情况, h52 a listed
# state-owned power company's annual results news. Written in build_gold.py's own format (row, P,
# NONE, LABELS[...]) to be pasted after h49's block. Decided before labelling (README round 16):
# - h50, h51 are national texts (home 全国): 全国 is dropped from names; 中央 / 地方 are parts of a
#   fiscal account's name, no subject. A release's numbered list of items (1．国内增值税…) on
#   lines of their own under the 1-10月 paragraphs is dated by the title's 2025年1-10月.
# - h52: a company's text has no home; `公司` (the text's own company) is dropped from names like
#   全市; a figure named for another company keeps its name; 全国 named once is a subject.
#   A plan named with its year (`2025年度利润分配预案`) dates none of its figures (as QA 11's event
#   names): the dividend's rows are undated targets (拟). An analyst's valuation multiple and target
#   price are borderline.

# h50: 财政部 2025年1-10月财政收支情况 (2025-11-17; national).
MOF = "h50_mof_fiscal_revenue_expenditure_oct_2025.txt"
F10 = P("1-10月", "2025-01-01", "2025-10-31")
FT10 = P("2025年1-10月", "2025-01-01", "2025-10-31")
FOCT = P("10月份", "2025-10-01", "2025-10-31")


def fa(amount, indicator, rate, period=F10, verb="增长"):
    """An amount in 亿元 and its 同比 rate right after it (`X亿元，同比增长Y%`)."""
    sign = -1 if verb == "下降" else 1
    return [
        row(f"[{amount}亿元]，同比{verb}", float(amount), "亿元", "元", indicator, "actual",
            period),
        row(f"{amount}亿元，同比{verb}[{rate}%]", sign * float(rate), "%", "%", indicator,
            "growth_rate", period),
    ]


LABELS[MOF] = [
    *fa("186490", "一般公共预算收入", "0.8"),
    *fa("153262", "税收收入", "1.7"),
    *fa("33228", "非税收入", "3.2", verb="下降"),
    *fa("80367", "中央一般公共预算收入", "1.1", verb="下降"),
    *fa("106123", "地方一般公共预算本级收入", "2.3"),
    *fa("21308", "一般公共预算收入", "2.6", FOCT),
    row("加快[1.4个百分点]", 1.4, "个百分点", "百分点", "一般公共预算收入增幅", "growth_rate", FOCT,
        notes="the text's own 增幅 (points against the month before)"),
    *fa("18562", "税收收入", "4.1", FOCT),
    *fa("2746", "非税收入", "6.9", FOCT, verb="下降"),
    *fa("56218", "国内增值税", "3.4", FT10),
    *fa("14125", "国内消费税", "2.2", FT10),
    *fa("42376", "企业所得税", "0.6", FT10, verb="下降"),
    *fa("12684", "个人所得税", "9.7", FT10),
    *fa("15302", "进口货物增值税、消费税", "4.8", FT10, verb="下降"),
    *fa("1948", "关税", "6.1", FT10, verb="下降"),
    *fa("17936", "出口退税", "8.5", FT10),
    *fa("4053", "城市维护建设税", "1.3", FT10),
    *fa("1837", "车辆购置税", "14.2", FT10, verb="下降"),
    *fa("3425", "印花税", "28.6", FT10),
    *fa("1672", "证券交易印花税", "79.3", FT10),
    *fa("2410", "资源税", "2.1", FT10, verb="下降"),
    *fa("3318", "契税", "7.5", FT10, verb="下降"),
    *fa("3764", "房产税", "4.6", FT10),
    *fa("1752", "城镇土地使用税", "2.8", FT10),
    *fa("3957", "土地增值税", "12.4", FT10, verb="下降"),
    *fa("1026", "耕地占用税", "9.9", FT10, verb="下降"),
    *fa("1297", "其他各项税收收入", "3.7", FT10),
    *fa("226513", "一般公共预算支出", "2.0"),
    *fa("33418", "中央一般公共预算本级支出", "8.9"),
    *fa("193095", "地方一般公共预算支出", "0.9"),
    *fa("33154", "教育支出", "5.6"),
    *fa("7986", "科学技术支出", "8.1"),
    *fa("36842", "社会保障和就业支出", "9.2"),
    *fa("16730", "卫生健康支出", "1.5"),
    *fa("16128", "城乡社区支出", "5.3", verb="下降"),
    *fa("19485", "农林水支出", "4.4"),
    *fa("10327", "债务付息支出", "5.0"),
    *fa("20154", "一般公共预算支出", "3.8", FOCT),
    *fa("37816", "政府性基金预算收入", "1.4", verb="下降"),
    *fa("3592", "中央政府性基金预算收入", "5.1"),
    *fa("34224", "地方政府性基金预算本级收入", "2.0", verb="下降"),
    *fa("29538", "国有土地使用权出让收入", "7.9", verb="下降"),
    row("收窄[0.8个百分点]", -0.8, "个百分点", "百分点", "国有土地使用权出让收入降幅",
        "growth_rate", F10,
        notes="a decline narrowing: negative, named by the 降幅 (as h17, h23, h32)"),
    *fa("77429", "政府性基金预算支出", "18.6"),
    *fa("2613", "中央政府性基金预算本级支出", "2.4"),
    *fa("74816", "地方政府性基金预算支出", "19.2"),
    *fa("31097", "国有土地使用权出让收入相关支出", "6.3", verb="下降"),
]

# ---------------------------------------------------------------------------------------------
# h51: 中国汽车工业协会 2025年10月汽车工业产销情况简析 (2025-11-11; national). 产销 分别 lists pair
# 产量 / 销量 (as 我国新能源汽车产销 -> 新能源汽车产量, 新能源汽车销量); 环比 rates keep their 同比
# twin's name; a company's figures keep its name; sales of a month or of 1-10月 (累计 too) are
# flows, `actual`; the headline's share (`渗透率超过五成`) takes the title's month; ranks name what
# is ranked (the sales before them). Traps: 16:30, 浏览次数, 字号, 前十位 (a class), 1．2．3．,
# 第二季度以来 (a note on scope), 11月, 1-9月 (a base), a phone.
CAAM = "h51_caam_auto_sales_oct_2025.txt"
AOCT = P("10月", "2025-10-01", "2025-10-31")
A10 = P("1-10月", "2025-01-01", "2025-10-31")
ATITLE = P("2025年10月", "2025-10-01", "2025-10-31")
AYEAR = P("全年", "2025-01-01", "2025-12-31")
OUTPUT_SALES = ("产量", "销量")


def pair(prefix, first, second, unit_raw, unit, names, kind, period, sign=1):
    """A 分别 list of two (`分别完成A万辆和B万辆`): one row per item, in order."""
    quotes = (f"{first}{unit_raw}", f"{second}{unit_raw}")
    anchors = (f"{prefix}[{quotes[0]}]和{quotes[1]}", f"{prefix}{quotes[0]}和[{quotes[1]}]")
    return [row(a, sign * float(v), unit_raw, unit, n, kind, period)
            for a, v, n in zip(anchors, (first, second), names, strict=True)]


def vehicles(prefix, first, second, what, period):
    """`X产销分别完成A万辆和B万辆`: the output and the sales of X."""
    return pair(prefix, first, second, "万辆", "辆", [what + n for n in OUTPUT_SALES], "actual",
                period)


def rates(prefix, first, second, what, period, sign=1):
    """`同比/环比分别增长A%和B%` after an 产销 pair: the rates of its output and its sales."""
    return pair(prefix, first, second, "%", "%", [what + n for n in OUTPUT_SALES], "growth_rate",
                period, sign)


def sold(amount, indicator, rate, period=AOCT, verb="增长", lead="", kind="actual"):
    """`…销售A万辆，同比增长B%`: a flow in 万辆 (a running total: count_total) and its 同比 rate."""
    sign = -1 if verb == "下降" else 1
    return [
        row(f"{lead}[{amount}万辆]", float(amount), "万辆", "辆", indicator, kind, period),
        row(f"{amount}万辆，同比{verb}[{rate}%]", sign * float(rate), "%", "%", indicator,
            "growth_rate", period),
    ]


TOP10 = "销量排名前十位的企业集团销售汽车"
LABELS[CAAM] = [
    *vehicles("汽车产销分别完成", "327.9", "332.2", "汽车", AOCT),
    *rates("环比分别增长", "0.9", "3.6", "汽车", AOCT),
    *rates("同比分别增长", "12.1", "8.8", "汽车", AOCT),
    *vehicles("汽车产销分别完成", "2769.2", "2768.7", "汽车", A10),
    *rates("同比分别增长", "13.2", "12.4", "汽车", A10),
    *pair("分别回落", "0.1", "0.3", "个百分点", "百分点", ["汽车产量增速", "汽车销量增速"],
          "growth_rate", A10, sign=-1),
    *vehicles("乘用车产销分别完成", "291.6", "295.0", "乘用车", AOCT),
    *rates("环比分别增长", "0.6", "3.4", "乘用车", AOCT),
    *rates("同比分别增长", "10.4", "7.2", "乘用车", AOCT),
    *vehicles("乘用车产销分别完成", "2437.7", "2435.0", "乘用车", A10),
    *rates("同比分别增长", "13.9", "13.0", "乘用车", A10),
    *sold("212.6", "中国品牌乘用车销售", "10.1"),
    row("销售总量的[72.1%]", 72.1, "%", "%", "中国品牌乘用车销售占乘用车销售总量", "share", AOCT,
        notes="relabelled after the blind score (was 中国品牌乘用车占…): a share is named by the "
        "figure before it + 占 + its base, as h49's 中央和省级补助资金占计划投资 and h52's rows"),
    row("提升[2.0个百分点]", 2.0, "个百分点", "百分点", "销量占有率", "growth_rate", AOCT,
        notes="points against the same month a year before; nothing borrowed from the clause "
        "before"),
    *sold("1672.3", "中国品牌乘用车销售", "20.3", A10),
    row("销售总量的[68.7%]", 68.7, "%", "%", "中国品牌乘用车销售占乘用车销售总量", "share", A10,
        notes="relabelled after the blind score, as 72.1%"),
    *vehicles("商用车产销分别完成", "36.3", "37.2", "商用车", AOCT),
    *rates("同比分别增长", "28.1", "22.7", "商用车", AOCT),
    *vehicles("商用车产销分别完成", "331.5", "333.7", "商用车", A10),
    *rates("同比分别增长", "8.6", "8.4", "商用车", A10),
    *sold("8.9", "重型货车销售", "64.5"),
    *sold("17.4", "轻型货车销售", "9.3"),
    *sold("7.6", "新能源商用车销售", "58.2"),
    row("渗透率为[20.4%]", 20.4, "%", "%", "渗透率", "share", AOCT),
    row("渗透率[超过五成]", 50, "成", "%", "新能源汽车渗透率", "share", ATITLE, "over", "超过",
        notes="a section headline: the title's month"),
    *vehicles("新能源汽车产销分别完成", "177.2", "171.5", "新能源汽车", AOCT),
    *rates("同比分别增长", "21.1", "20.0", "新能源汽车", AOCT),
    row("总销量的[51.6%]", 51.6, "%", "%", "新能源汽车新车销量", "share", AOCT, "reach", "达到",
        notes="达到…的X: a share of the figure named before (as 为预算的)"),
    *vehicles("新能源汽车产销分别完成", "1301.5", "1294.3", "新能源汽车", A10),
    *rates("同比分别增长", "33.1", "32.7", "新能源汽车", A10),
    row("总销量的[46.7%]", 46.7, "%", "%", "新能源汽车新车销量", "share", A10, "reach", "达到"),
    *sold("109.8", "纯电动汽车销售", "29.5"),
    *sold("61.6", "插电式混合动力汽车销售", "6.9"),
    *sold("793.6", "纯电动汽车销售", "44.8", A10),
    *sold("500.5", "插电式混合动力汽车销售", "17.9", A10),
    row("汽车出口[66.6万辆]", 66.6, "万辆", "辆", "汽车出口", "actual", AOCT),
    row("环比增长[2.1%]", 2.1, "%", "%", "汽车出口", "growth_rate", AOCT),
    row("同比增长[22.8%]", 22.8, "%", "%", "汽车出口", "growth_rate", AOCT),
    row("新能源汽车出口[25.6万辆]", 25.6, "万辆", "辆", "新能源汽车出口", "actual", AOCT),
    row("同比增长[1倍]", 100.0, "倍", "%", "新能源汽车出口", "growth_rate", AOCT,
        notes="增长1倍: +100 % (as h02's 增长1.4倍)"),
    *sold("561.2", "汽车出口", "15.7", A10),
    *sold("201.4", "新能源汽车出口", "62.3", A10),
    *sold("56.3", "乘用车出口", "19.8"),
    *sold("10.3", "商用车出口", "42.1"),
    row("共销售汽车[284.5万辆]", 284.5, "万辆", "辆", "汽车" + TOP10, "actual", AOCT,
        notes="前十位: a class, part of the name; relabelled after the blind score: the sentence's "
        "汽车销量排名… (first written without its 汽车)"),
    row("销售总量的[85.6%]", 85.6, "%", "%", "汽车" + TOP10 + "占汽车销售总量", "share", AOCT,
        notes="relabelled after the blind score: the sentence's 汽车, and the figure before + 占"),
    row("比亚迪销售汽车[44.2万辆]", 44.2, "万辆", "辆", "比亚迪销售汽车", "actual", AOCT),
    row("居[第一位]", 1, "位", "位", "比亚迪销售汽车", "rank", AOCT),
    row("第一位，同比下降[12.0%]", -12.0, "%", "%", "比亚迪销售汽车", "growth_rate", AOCT),
    row("上汽集团销售汽车[42.7万辆]", 42.7, "万辆", "辆", "上汽集团销售汽车", "actual", AOCT),
    row("居[第二位]", 2, "位", "位", "上汽集团销售汽车", "rank", AOCT),
    row("第二位，同比增长[21.3%]", 21.3, "%", "%", "上汽集团销售汽车", "growth_rate", AOCT),
    *sold("35.9", "吉利控股销售汽车", "35.4"),
    row("共销售汽车[2337.9万辆]", 2337.9, "万辆", "辆", TOP10, "actual", A10),
    row("销售总量的[84.4%]", 84.4, "%", "%", TOP10 + "占汽车销售总量", "share", A10,
        notes="relabelled after the blind score: the figure before + 占 (was …企业集团占…)"),
    row("比上年同期下降[1.2个百分点]", -1.2, "个百分点", "百分点", TOP10 + "占汽车销售总量",
        "growth_rate", A10, notes="relabelled after the blind score, as 84.4%"),
    *sold("370.5", "比亚迪销售汽车", "13.9", A10, kind="count_total"),
    row("库存系数为[1.38]", 1.38, None, None, "汽车经销商库存系数", "share", AOCT,
        notes="a unit-less ratio (as h02's 城乡居民收入比为2.08)"),
    row("[3400万辆左右]", 3400, "万辆", "辆", "汽车销量", "target", AYEAR, "about", "左右",
        notes="预计…将: a forecast; 全年 the year of the release"),
]

# ---------------------------------------------------------------------------------------------
# h52: a listed state-owned power company's 2025 annual results (上海证券报-style news,
# 2026-03-28). No home (a company's text); `公司` dropped from names; 报告期内 the report's year
# 2025; 截至2025年末 / 截至2025年底 its last day (money stocks and balances `count_total`,
# installed capacity `actual` as h37's; a change of one in its sentence's period); 第四季度 is
# 2025's; the dividend plan (`2025年度利润分配预案`, 拟) undated targets; 2026 plans and an
# analyst's forecast range targets of 2026; the share price and market value at 截至3月27日.
# Traps: 600986, 3月27日晚间, 09:12, 阅读量, 第三届…第十二次, 每10股, 2019年上市以来连续第7年,
# “沙戈荒”, 五大…基地; borderline: the analyst's 市盈率约8倍 and 目标价6.80元.
HUAYUAN = "h52_guodian_huayuan_annual_results_2025.txt"
HREP = P("报告期内", "2025-01-01", "2025-12-31")
HEND = P("截至2025年末", "2025-12-31", "2025-12-31")
HEND2 = P("截至2025年底", "2025-12-31", "2025-12-31")
HYEAR = P("全年", "2025-01-01", "2025-12-31")
H25 = P("2025年", "2025-01-01", "2025-12-31")
HQ4 = P("第四季度", "2025-10-01", "2025-12-31")
HFORECAST = P("2026年", "2026-01-01", "2026-12-31")
HPLAN = P("全年", "2026-01-01", "2026-12-31")
HCLOSE = P("截至3月27日", "2026-03-27", "2026-03-27")


def hy(anchor, value, unit_raw, unit, indicator, kind, period, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def yi(anchor, value, indicator, kind, period, **kw):
    """An amount in 亿元."""
    return row(anchor, value, "亿元", "元", indicator, kind, period, **kw)


def pct(anchor, value, indicator, kind, period, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def pts(anchor, value, indicator, kind, period, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


LABELS[HUAYUAN] = [
    pct("归母净利润同比增长[18.4%]", 18.4, "归母净利润", "growth_rate", H25,
        notes="the headline: its own 2025年"),
    hy("拟每10股派[2.85元]", 2.85, "元", "元", "每10股派", "target", NONE,
       notes="the headline repeats the dividend plan (拟): undated as in the body"),
    yi("营业收入[486.35亿元]", 486.35, "营业收入", "actual", HREP, notes="实现 and 公司 dropped"),
    pct("486.35亿元，同比增长[6.2%]", 6.2, "营业收入", "growth_rate", HREP),
    yi("净利润[52.18亿元]", 52.18, "归属于上市公司股东的净利润", "actual", HREP),
    pct("52.18亿元，同比增长[18.4%]", 18.4, "归属于上市公司股东的净利润", "growth_rate", HREP),
    yi("归母净利润[49.76亿元]", 49.76, "扣除非经常性损益后的归母净利润", "actual", HREP),
    pct("49.76亿元，同比增长[21.0%]", 21.0, "扣除非经常性损益后的归母净利润", "growth_rate", HREP),
    hy("每股收益[0.62元]", 0.62, "元", "元", "基本每股收益", "actual", HREP),
    hy("同比增加[0.10元]", 0.10, "元", "元", "基本每股收益", "actual", HREP,
       notes="an absolute change: actual"),
    pct("收益率为[11.35%]", 11.35, "加权平均净资产收益率", "share", HREP),
    pts("较上年提高[1.27个百分点]", 1.27, "加权平均净资产收益率", "growth_rate", HREP),
    yi("总资产[2865.4亿元]", 2865.4, "总资产", "count_total", HEND),
    pct("较上年末增长[9.8%]", 9.8, "总资产", "growth_rate", HEND),
    yi("净资产[521.6亿元]", 521.6, "归属于上市公司股东的净资产", "count_total", HEND),
    pct("负债率为[68.42%]", 68.42, "资产负债率", "share", HEND),
    pts("较上年末下降[1.35个百分点]", -1.35, "资产负债率", "growth_rate", HEND),
    yi("净额为[198.7亿元]", 198.7, "经营活动产生的现金流量净额", "actual", HYEAR),
    pct("198.7亿元，同比增长[12.6%]", 12.6, "经营活动产生的现金流量净额", "growth_rate", HYEAR),
    hy("在职员工[2.46万人]", 2.46, "万人", "人", "在职员工", "count_total", HEND),
    yi("营业收入[128.6亿元]", 128.6, "营业收入", "actual", HQ4),
    pct("128.6亿元，同比增长[3.1%]", 3.1, "营业收入", "growth_rate", HQ4),
    yi("归母净利润[9.87亿元]", 9.87, "归母净利润", "actual", HQ4),
    pct("9.87亿元，同比增长[64.2%]", 64.2, "归母净利润", "growth_rate", HQ4),
    hy("现金红利[2.85元]", 2.85, "元", "元", "每10股派发现金红利", "target", NONE,
       notes="拟: a plan; the plan's name (2025年度利润分配预案) dates none of its figures"),
    hy("总股本[84.2亿股]", 84.2, "亿股", "股", "总股本", "count_total", NONE),
    yi("现金红利[约24.0亿元]", 24.0, "派发现金红利", "target", NONE, qual="about", qtext="约",
       notes="共计 a frame word"),
    pct("归母净利润的[46.0%]", 46.0, "派发现金红利占归母净利润", "target", NONE,
        notes="当年 names the base's year (a period word, no part of the name)"),
    pts("较上年提高[5.2个百分点]", 5.2, "分红比例", "target", NONE),
    hy("装机容量达到[6852万千瓦]", 6852, "万千瓦", "千瓦", "控股装机容量", "actual", HEND2,
       qual="reach", qtext="达到", notes="relabelled after the blind score (was count_total): "
       "installed capacity at a date is actual in this set (h37's 发电装机容量)"),
    hy("新能源装机[3521万千瓦]", 3521, "万千瓦", "千瓦", "新能源装机", "actual", HEND2,
       notes="examples before 等 dropped; relabelled after the blind score (was count_total), "
       "as 6852万千瓦"),
    pct("总装机的[51.4%]", 51.4, "新能源装机占总装机", "share", HEND2),
    hy("新能源装机[826万千瓦]", 826, "万千瓦", "千瓦", "新增新能源装机", "actual", HYEAR),
    hy("光伏装机[218万千瓦]", 218, "万千瓦", "千瓦", "新增光伏装机", "actual", HYEAR,
       subject="云南"),
    hy("发电量[2863.5亿千瓦时]", 2863.5, "亿千瓦时", "千瓦时", "完成发电量", "actual", H25,
       notes="完成 stays before its noun (round 7's 完成投资)"),
    pct("2863.5亿千瓦时，同比增长[4.7%]", 4.7, "完成发电量", "growth_rate", H25),
    hy("新能源发电量[612.3亿千瓦时]", 612.3, "亿千瓦时", "千瓦时", "新能源发电量", "actual", H25),
    pct("612.3亿千瓦时，同比增长[31.8%]", 31.8, "新能源发电量", "growth_rate", H25),
    hy("上网电价为[421.6元/千千瓦时]", 421.6, "元/千千瓦时", "元/千千瓦时", "平均上网电价",
       "actual", H25),
    hy("同比下降[12.3元/千千瓦时]", -12.3, "元/千千瓦时", "元/千千瓦时", "平均上网电价", "actual",
       H25),
    hy("小时数为[4275小时]", 4275, "小时", "小时", "火电机组平均利用小时数", "actual", H25),
    hy("比上年减少[96小时]", -96, "小时", "小时", "火电机组平均利用小时数", "actual", H25),
    yi("研发投入[18.9亿元]", 18.9, "研发投入", "actual", HYEAR),
    pct("营业收入的[3.9%]", 3.9, "研发投入占营业收入", "share", HYEAR),
    hy("全社会用电量[10.4万亿千瓦时]", 10.4, "万亿千瓦时", "千瓦时", "全社会用电量", "actual",
       H25, subject="全国", notes="全国 named once in a company's text: another scope"),
    pct("10.4万亿千瓦时，同比增长[5.0%]", 5.0, "全社会用电量", "growth_rate", H25, subject="全国"),
    pts("增速[0.3个百分点]", -0.3, "发电量增速", "other", H25,
        notes="a gap below another figure (低于): other, negative"),
    yi("营业收入[418.72亿元]", 418.72, "电力业务营业收入", "actual", H25,
       notes="the title's 2025年 (no time expression in the paragraph before it)"),
    pct("营业收入的[86.1%]", 86.1, "电力业务营业收入占营业收入", "share", H25),
    pct("毛利率为[24.6%]", 24.6, "毛利率", "share", H25),
    yi("营业收入[43.5亿元]", 43.5, "煤炭业务营业收入", "actual", H25),
    pct("43.5亿元，同比下降[15.4%]", -15.4, "煤炭业务营业收入", "growth_rate", H25),
    hy("自产煤炭[1856万吨]", 1856, "万吨", "吨", "自产煤炭", "actual", HYEAR),
    pct("同比减少[7.2%]", -7.2, "自产煤炭", "growth_rate", HYEAR),
    hy("单价为[836元/吨]", 836, "元/吨", "元/吨", "入炉标煤单价", "actual", HYEAR),
    pct("836元/吨，同比下降[11.5%]", -11.5, "入炉标煤单价", "growth_rate", HYEAR),
    yi("余额为[312.4亿元]", 312.4, "应收可再生能源补贴款余额", "count_total", HEND),
    yi("较年初减少[28.6亿元]", -28.6, "应收可再生能源补贴款余额", "actual", HEND,
       notes="a balance's change over the year: actual, negative"),
    yi("有息负债[1650.3亿元]", 1650.3, "有息负债", "count_total", HEND),
    pct("融资成本降至[2.86%]", 2.86, "平均融资成本", "share", HEND, notes="降至 a link"),
    pts("同比下降[0.38个百分点]", -0.38, "平均融资成本", "growth_rate", HEND),
    pct("持股比例为[58.21%]", 58.21, "控股股东华源电力集团有限公司持股比例", "share", HEND,
        notes="the paragraph's 截至2025年末"),
    yi("减值准备[6.7亿元]", 6.7, "计提资产减值准备", "actual", HYEAR),
    yi("同比减少[2.1亿元]", -2.1, "计提资产减值准备", "actual", HYEAR),
    hy("装机[不低于800万千瓦]", 800, "万千瓦", "千瓦", "新增新能源装机", "target", HFORECAST,
       qual="at_least", qtext="不低于"),
    yi("资本开支[约420亿元]", 420, "资本开支", "target", HPLAN, qual="about", qtext="约"),
    hy("发电量达到[3000亿千瓦时以上]", 3000, "亿千瓦时", "千瓦时", "发电量", "target", HPLAN,
       qual="at_least", qtext="达到…以上"),
    yi("有望达到[58亿元至61亿元]", 58, "归母净利润", "target", HFORECAST, qual="reach",
       qtext="达到", high=61, notes="an analyst's forecast range (预计…有望)"),
    hy("市盈率[约8倍]", 8, "倍", "倍", "市盈率", "target", HFORECAST, qual="about", qtext="约",
       borderline=True, notes="borderline: an analyst's valuation multiple"),
    hy("目标价[6.80元]", 6.80, "元", "元", "目标价", "target", NONE, borderline=True,
       notes="borderline: an analyst's target price"),
    hy("股价报[5.86元]", 5.86, "元", "元", "股价", "actual", HCLOSE),
    yi("总市值[约493亿元]", 493, "总市值", "actual", HCLOSE, qual="about", qtext="约"),
]


# Round 17 labels (h53-h55), in build_gold.py's LABELS format: paste before `def build()`.
# Written by reading the three documents, before any extractor ran on them.

# ---------------------------------------------------------------------------------------------
# h53: a provincial environment department's monthly air quality ranking release (江苏, 2025-11-18):
# 10月份 and 1-10月 PM2.5 / PM10 微克/立方米 with 同比, 优良天数比例 and 个百分点, 城市日, regions
# (沿江8市 / 苏北5市, part of the name), the best and worst three cities named in 分别 lists, 均为,
# 降尘 吨/平方千米·月, a ranking table printed as text (排名 / 城市 / PM2.5浓度 / 同比变化（%）)
# with ties, 全年 targets. Traps: 环办监测〔2018〕19号, 10:30, 浏览次数, 8小时, 第90百分位数, 前三位
# / 后三位 / 位列前三 (classes), 沿江8市, 苏北5市, 注：1.2.3., “一厂一策”, a phone.
AQ = "h53_jiangsu_air_quality_ranking_oct_2025.txt"
AOCT = P("10月份", "2025-10-01", "2025-10-31")
A10 = P("1-10月", "2025-01-01", "2025-10-31")
AYEAR = P("全年", "2025-01-01", "2025-12-31")
UG = "微克/立方米"
DUST = "吨/平方千米·月"


def ug(anchor, value, indicator, period=AOCT, kind="actual", **kw):
    return row(anchor, value, UG, UG, indicator, kind, period, **kw)


def apc(anchor, value, indicator, kind="growth_rate", period=AOCT, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def app(anchor, value, indicator, period=AOCT, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def cityday(anchor, value, indicator, period=AOCT, kind="actual", **kw):
    return row(anchor, value, "个城市日", "城市日", indicator, kind, period, **kw)


# the ranking table: rank, city, PM2.5浓度（微克/立方米）, 同比变化（%）
AQ_TABLE = [
    ("1", "盐城", "19", "-9.5"),
    ("2", "南通", "21", "-8.7"),
    ("3", "连云港", "22", "-4.3"),
    ("4", "苏州", "24", "-11.1"),
    ("5", "泰州", "25", "-7.4"),
    ("6", "南京", "26", "-10.3"),
    ("7", "无锡", "29", "-12.1"),
    ("7", "扬州", "29", "-3.3"),
    ("9", "常州", "30", "-13.8"),
    ("9", "镇江", "30", "-16.7"),
    ("11", "淮安", "31", "-6.1"),
    ("12", "宿迁", "32", "3.2"),
    ("13", "徐州", "34", "-2.9"),
]


def aq_table_rows() -> list[dict]:
    """Three cells a line: the rank (what is ranked: PM2.5浓度, the table's title and the
    ranking rule), the concentration and its change on a year before, each the city's."""
    out = []
    for rank, city, conc, change in AQ_TABLE:
        line = f"{rank}  {city}  {conc}  {change}"
        out += [
            row(f"[{rank}]  {city}  {conc}", int(rank), None, "位", "PM2.5浓度", "rank", AOCT,
                subject=city, notes="table cell: the rank column (排名; ties share a rank)"),
            row(line.replace(f"  {conc}  ", f"  [{conc}]  "), int(conc), UG, UG, "PM2.5浓度",
                "actual", AOCT, subject=city, notes="table cell; unit in the column head"),
            row(line.replace(f"  {change}", f"  [{change}]"), float(change), "%", "%",
                "PM2.5浓度", "growth_rate", AOCT, subject=city,
                notes="table cell: 同比变化（%）, signed"),
        ]
    return out


LABELS[AQ] = [
    ug("PM2.5平均浓度为[26.4微克/立方米]", 26.4, "PM2.5平均浓度"),
    apc("26.4微克/立方米，同比下降[7.7%]", -7.7, "PM2.5平均浓度"),
    ug("PM10平均浓度为[45微克/立方米]", 45, "PM10平均浓度"),
    apc("45微克/立方米，同比下降[4.3%]", -4.3, "PM10平均浓度"),
    apc("优良天数比例为[89.6%]", 89.6, "优良天数比例", "share"),
    app("89.6%，同比上升[3.2个百分点]", 3.2, "优良天数比例"),
    ug("百分位数浓度为[128微克/立方米]", 128, "臭氧日最大8小时滑动平均值第90百分位数浓度",
       notes="8小时 and 第90百分位数 are part of the name"),
    apc("128微克/立方米，同比下降[5.9%]", -5.9, "臭氧日最大8小时滑动平均值第90百分位数浓度"),
    ug("二氧化氮平均浓度为[24微克/立方米]", 24, "二氧化氮平均浓度"),
    cityday("轻度污染[27个城市日]", 27, "出现轻度污染",
            notes="共 a frame word; 出现 governs the list"),
    cityday("中度污染[2个城市日]", 2, "出现中度污染"),
    ug("沿江8市PM2.5平均浓度为[26.1微克/立方米]", 26.1, "沿江8市PM2.5平均浓度",
       notes="a region: part of the name, no subject (round 13); 8市 names the region"),
    apc("26.1微克/立方米，同比下降[9.1%]", -9.1, "沿江8市PM2.5平均浓度"),
    ug("苏北5市PM2.5平均浓度为[27.0微克/立方米]", 27.0, "苏北5市PM2.5平均浓度"),
    apc("27.0微克/立方米，同比下降[4.8%]", -4.8, "苏北5市PM2.5平均浓度"),
    row("降幅比沿江8市低[4.3个百分点]", -4.3, "个百分点", "百分点", "苏北5市PM2.5平均浓度降幅",
        "other", AOCT, notes="a gap below another figure: negative; other as every gap to "
        "another figure (relabelled after scoring: growth_rate at first)"),
    ug("PM2.5平均浓度为[29.8微克/立方米]", 29.8, "PM2.5平均浓度", A10),
    apc("29.8微克/立方米，同比下降[6.0%]", -6.0, "PM2.5平均浓度", period=A10),
    ug("较年度目标低[0.7微克/立方米]", -0.7, "PM2.5平均浓度", A10,
       notes="a gap below the year's target: negative, an absolute difference (actual)"),
    apc("优良天数比例为[81.3%]", 81.3, "优良天数比例", "share", A10),
    app("同比上升[2.5个百分点]", 2.5, "优良天数比例", A10),
    cityday("重度污染[4个城市日]", 4, "出现重度污染", A10, kind="count_total",
            notes="a running total (累计) is count_total whatever its span (tests/gold/README.md)"),
    row("比去年同期减少[6个]", -6, "个", "个", "出现重度污染", "actual", A10),
    ug("分别为[19]、21、22", 19, "PM2.5浓度", subject="盐城",
       notes="a 分别 list sharing the last item's unit; 排名前三位 is a class, no rank"),
    ug("19、[21]、22", 21, "PM2.5浓度", subject="南通"),
    ug("21、[22]微克", 22, "PM2.5浓度", subject="连云港"),
    ug("分别为[34]、32", 34, "PM2.5浓度", subject="徐州"),
    ug("34、[32]、31", 32, "PM2.5浓度", subject="宿迁"),
    ug("32、[31]微克", 31, "PM2.5浓度", subject="淮安"),
    apc("分别同比下降[16.7%]", -16.7, "PM2.5浓度", subject="镇江"),
    apc("16.7%、[13.8%]", -13.8, "PM2.5浓度", subject="常州"),
    apc("13.8%、[12.1%]", -12.1, "PM2.5浓度", subject="无锡"),
    apc("宿迁同比上升[3.2%]", 3.2, "PM2.5浓度", subject="宿迁",
        notes="the clause names only its city: the sentence's measure (as h52's 较上年末增长)"),
    apc("南通均为[100%]", 100, "优良天数比例", "share",
        notes="均: one figure for two cities closing a list, no one subject"),
    apc("泰州均为[96.8%]", 96.8, "优良天数比例", "share"),
    apc("徐州最低，为[71.0%]", 71.0, "优良天数比例", "share", subject="徐州",
        notes="the sentence's topic 优良天数比例方面 names it"),
    app("71.0%，同比下降[3.2个百分点]", -3.2, "优良天数比例", subject="徐州"),
    ug("南通浓度最低，为[34微克/立方米]", 34, "PM10浓度", subject="南通",
       notes="the sentence's topic PM10方面 + 浓度"),
    ug("徐州最高，为[62微克/立方米]", 62, "PM10浓度", subject="徐州"),
    ug("全省平均水平[17微克/立方米]", 17, "PM10浓度", subject="徐州",
       notes="a gap above the province's average: an absolute difference"),
    row("降尘量为[2.6吨/平方千米·月]", 2.6, DUST, DUST, "平均降尘量", "actual", AOCT),
    row("同比下降[0.3吨/平方千米·月]", -0.3, DUST, DUST, "平均降尘量", "actual", AOCT),
    row("[13个]设区市中", 13, "个", "个", "设区市", "count_total", AOCT, borderline=True,
        notes="borderline: the scope of the count that follows (as h09's 11个设区城市中)"),
    row("中有[11个]达到", 11, "个", "个", "达到省定考核要求的设区市", "count_total", AOCT),
    row("全省[13个]设区市环境", 13, "个", "个", "设区市", "count_total", AOCT, borderline=True,
        notes="borderline: the scope of the release"),
    *aq_table_rows(),
    ug("控制在[30.5微克/立方米以内]", 30.5, "PM2.5平均浓度", AYEAR, "target", qual="at_most",
       qtext="以内"),
    apc("[达到80%以上]", 80, "优良天数比例", "target", AYEAR, qual="at_least",
        qtext="达到…以上"),
    row("强化[4类]重点行业", 4, "类", "类", "重点行业企业错峰生产", "target", AYEAR,
        borderline=True, notes="borderline: the scope of a measure (how many kinds of industry)"),
    row("对[1000余家]涉气企业", 1000, "余家", "家", "涉气企业", "target", AYEAR, qual="plus",
        qtext="余", notes="要: a plan; 全年 the paragraph's last time expression"),
    apc("同比下降[3%以上]", -3, "PM2.5浓度", "target", P("秋冬季", None, None),
        qual="at_least", qtext="以上", notes="秋冬季 spans two years: text kept, no dates"),
]

# ---------------------------------------------------------------------------------------------
# h54: 国家统计局's national monthly release on the economy (10月份国民经济…, 2025-11-14): 10月份
# beside 1-10月份, 同比 / 环比, 比9月份回落…个百分点, 分三大门类 / 分经济类型 / 分领域 / 分产业
# breakdowns whose clauses name only the part (制造业增长5.6%), 增速分别快于…2.5和2.9个百分点, 其中,
# a share 占…的比重, 扣除房地产开发投资 (how a rate is measured), 10月末 stocks and 比9月末减少,
# 城镇调查失业率 by group, 小时, CPI / 核心CPI / PPI with 涨幅比上月扩大 and 降幅比上月收窄,
# 1-10月份平均, a footnote threshold. Traps: 10:00, 浏览次数, 三大门类, 31个大城市 (a group's name),
# 连续6个月, 附注：1.2., 2000万元.
NB = "h54_nbs_national_economy_oct_2025.txt"
NOCT = P("10月份", "2025-10-01", "2025-10-31")
N10 = P("1-10月份", "2025-01-01", "2025-10-31")
NEND = P("10月末", "2025-10-31", "2025-10-31")


def ng(anchor, value, indicator, period=NOCT, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def npp(anchor, value, indicator, period=NOCT, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def nyi(anchor, value, indicator, period=NOCT, **kw):
    return row(anchor, value, "亿元", "元", indicator, "actual", period, **kw)


def nm2(anchor, value, indicator, kind="actual", period=N10, **kw):
    return row(anchor, value, "万平方米", "平方米", indicator, kind, period, **kw)


LABELS[NB] = [
    ng("工业增加值同比增长[5.3%]", 5.3, "规模以上工业增加值"),
    npp("比9月份回落[1.2个百分点]", -1.2, "规模以上工业增加值增速"),
    ng("环比增长[0.17%]", 0.17, "规模以上工业增加值", notes="month on month"),
    ng("采矿业增加值同比增长[4.1%]", 4.1, "采矿业增加值"),
    ng("制造业增长[5.6%]", 5.6, "制造业", notes="the clause names the part only (h23's 城市上涨)"),
    ng("供应业增长[2.9%]", 2.9, "电力、热力、燃气及水生产和供应业"),
    ng("装备制造业增加值同比增长[7.8%]", 7.8, "装备制造业增加值"),
    ng("高技术制造业增加值增长[8.2%]", 8.2, "高技术制造业增加值"),
    row("规模以上工业[2.5]和", 2.5, "个百分点", "百分点", "装备制造业增加值增速", "other",
        NOCT, notes="增速分别快于…2.5和2.9个百分点: the list's unit shared; other as every gap "
        "to another figure (relabelled after scoring: growth_rate at first)"),
    row("2.5和[2.9个百分点]", 2.9, "个百分点", "百分点", "高技术制造业增加值增速", "other", NOCT,
        notes="relabelled after scoring as the 2.5 before it"),
    ng("国有控股企业增加值同比增长[4.6%]", 4.6, "国有控股企业增加值"),
    ng("股份制企业增长[5.5%]", 5.5, "股份制企业"),
    ng("投资企业增长[2.4%]", 2.4, "外商及港澳台投资企业"),
    ng("私营企业增长[4.9%]", 4.9, "私营企业"),
    ng("工业增加值同比增长[6.1%]", 6.1, "规模以上工业增加值", N10),
    ng("采购经理指数为[49.0%]", 49.0, "制造业采购经理指数", kind="share",
       notes="a diffusion index written in %"),
    ng("生产指数同比增长[4.6%]", 4.6, "服务业生产指数"),
    nyi("零售总额[41247亿元]", 41247, "社会消费品零售总额"),
    ng("41247亿元，同比增长[2.9%]", 2.9, "社会消费品零售总额"),
    ng("环比增长[0.16%]", 0.16, "社会消费品零售总额"),
    nyi("城镇消费品零售额[35802亿元]", 35802, "城镇消费品零售额"),
    ng("35802亿元，增长[2.8%]", 2.8, "城镇消费品零售额"),
    nyi("乡村消费品零售额[5445亿元]", 5445, "乡村消费品零售额"),
    ng("5445亿元，增长[3.4%]", 3.4, "乡村消费品零售额"),
    nyi("商品零售额[36518亿元]", 36518, "商品零售额"),
    ng("36518亿元，增长[2.7%]", 2.7, "商品零售额"),
    nyi("餐饮收入[4729亿元]", 4729, "餐饮收入"),
    ng("4729亿元，增长[3.8%]", 3.8, "餐饮收入"),
    nyi("零售总额[408937亿元]", 408937, "社会消费品零售总额", N10),
    ng("408937亿元，同比增长[4.3%]", 4.3, "社会消费品零售总额", N10),
    nyi("网上零售额[104863亿元]", 104863, "实物商品网上零售额", N10, notes="其中 a frame word"),
    ng("104863亿元，增长[6.3%]", 6.3, "实物商品网上零售额", N10),
    ng("比重为[25.6%]", 25.6, "实物商品网上零售额占社会消费品零售总额的比重", N10, "share"),
    nyi("（不含农户）[408612亿元]", 408612, "固定资产投资", N10,
        notes="（不含农户） a scope note in brackets, no part of the name"),
    ng("408612亿元，同比下降[1.7%]", -1.7, "固定资产投资", N10),
    ng("全国固定资产投资增长[2.1%]", 2.1, "固定资产投资", N10,
       notes="扣除房地产开发投资 says how the rate is measured (as 扣除价格因素); 全国 the home"),
    ng("基础设施投资同比下降[0.1%]", -0.1, "基础设施投资", N10),
    ng("制造业投资增长[2.7%]", 2.7, "制造业投资", N10),
    ng("第一产业投资同比增长[4.8%]", 4.8, "第一产业投资", N10),
    ng("第二产业投资增长[6.2%]", 6.2, "第二产业投资", N10),
    ng("第三产业投资下降[5.9%]", -5.9, "第三产业投资", N10),
    ng("民间投资同比下降[4.5%]", -4.5, "民间投资", N10),
    ng("高技术产业投资增长[3.9%]", 3.9, "高技术产业投资", N10),
    ng("高技术服务业投资增长[6.7%]", 6.7, "高技术服务业投资", N10),
    ng("环比下降[0.65%]", -0.65, "固定资产投资", notes="10月份: month on month"),
    nyi("开发投资[73563亿元]", 73563, "房地产开发投资", N10),
    ng("73563亿元，同比下降[14.7%]", -14.7, "房地产开发投资", N10),
    nyi("住宅投资[56493亿元]", 56493, "住宅投资", N10),
    ng("56493亿元，下降[14.1%]", -14.1, "住宅投资", N10),
    nm2("销售面积[71982万平方米]", 71982, "新建商品房销售面积"),
    ng("71982万平方米，同比下降[6.8%]", -6.8, "新建商品房销售面积", N10),
    npp("收窄[0.3个百分点]", -0.3, "新建商品房销售面积降幅", N10),
    nyi("销售额[69017亿元]", 69017, "新建商品房销售额", N10),
    ng("69017亿元，下降[9.6%]", -9.6, "新建商品房销售额", N10),
    nm2("待售面积[75928万平方米]", 75928, "商品房待售面积", "count_total", NEND),
    nm2("比9月末减少[342万平方米]", -342, "商品房待售面积", "actual", NEND,
        notes="a change of a stock over the month: actual (round 16's 较年初减少)"),
    ng("城镇调查失业率为[5.1%]", 5.1, "城镇调查失业率", kind="share"),
    npp("比上月下降[0.1个百分点]", -0.1, "城镇调查失业率"),
    ng("本地户籍劳动力调查失业率为[5.2%]", 5.2, "本地户籍劳动力调查失业率", kind="share"),
    ng("；外来户籍劳动力调查失业率为[4.9%]", 4.9, "外来户籍劳动力调查失业率", kind="share"),
    ng("农业户籍劳动力调查失业率为[4.7%]", 4.7, "外来农业户籍劳动力调查失业率", kind="share",
       notes="其中 a frame word"),
    ng("大城市城镇调查失业率为[5.0%]", 5.0, "31个大城市城镇调查失业率", kind="share",
       notes="31个大城市 names a group: part of the name, no count"),
    row("工作时间为[48.4小时]", 48.4, "小时", "小时", "企业就业人员周平均工作时间", "actual", NOCT),
    ng("（CPI）同比上涨[0.2%]", 0.2, "居民消费价格"),
    ng("环比上涨[0.2%]", 0.2, "居民消费价格"),
    ng("核心CPI同比上涨[1.2%]", 1.2, "核心CPI", notes="扣除食品和能源价格后的 a modifier"),
    npp("涨幅比上月扩大[0.2个百分点]", 0.2, "核心CPI涨幅", notes="连续6个月 a streak"),
    ng("比上年同期下降[0.1%]", -0.1, "居民消费价格", N10, notes="1-10月份平均"),
    ng("（PPI）同比下降[2.1%]", -2.1, "工业生产者出厂价格"),
    npp("降幅比上月收窄[0.2个百分点]", -0.2, "工业生产者出厂价格降幅"),
    ng("转为上涨[0.1%]", 0.1, "工业生产者出厂价格", notes="环比"),
    row("年主营业务收入[2000万元]及以上", 2000, "万元", "元", "年主营业务收入", "actual", NONE,
        borderline=True, notes="borderline: a footnote's threshold (h17)"),
]

# ---------------------------------------------------------------------------------------------
# h55: a province's three-year action plan to improve the business environment printed inside its
# notice (安徽, 2025-03-20; 2025—2027年): 到2025年底 / 到2026年 / 到2027年 goals,
# 压缩至N个工作日以内, 不低于 / 不超过 / 不少于 / 突破 / 超过 / 力争达到, a numbered 主要指标 list
# with no year (the plan's years), 分别压缩至…、…以内 and 较2024年分别减少 lists, 年均增长,
# 到2027年末 a balance, staged 2025年 / 2026年 tasks, 由20日压缩至10日, 每年 flows, 分 and 小时 and
# 日 units. Traps: 皖政办〔2025〕6号, 16:00, 浏览次数, 第48次, 第一方阵, 三级,
# “零上门、零审批、零投资”, 1.…6., 每半年…一次, 2025年3月18日.
AH = "h55_anhui_business_environment_action_plan_2025.txt"
APLAN = P("2025—2027年", "2025-01-01", "2027-12-31")  # undated goals: the plan's years
AE25 = P("到2025年底", "2025-12-31", "2025-12-31")
A26 = P("到2026年", "2026-01-01", "2026-12-31")
A27 = P("到2027年", "2027-01-01", "2027-12-31")
AS25 = P("2025年", "2025-01-01", "2025-12-31")
AS26 = P("2026年", "2026-01-01", "2026-12-31")
ABY25 = P("2025年底前", "2025-12-31", "2025-12-31")
AYN = "a yearly flow or rate over the plan: the plan's period"


def at(anchor, value, unit_raw, unit, indicator, period=APLAN, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


def awd(anchor, value, indicator, period=APLAN, **kw):
    return at(anchor, value, "个工作日", "工作日", indicator, period, **kw)


def apct(anchor, value, indicator, period=APLAN, **kw):
    return at(anchor, value, "%", "%", indicator, period, **kw)


LABELS[AH] = [
    awd("压缩至[1个工作日以内]", 1, "企业开办时间", AE25, qual="at_most", qtext="以内"),
    apct("网上可办率[达到98%以上]", 98, "政务服务事项网上可办率", AE25, qual="at_least",
         qtext="达到…以上"),
    at("拓展至[40项]", 40, "项", "项", "“高效办成一件事”重点事项清单", A26),
    apct("承诺审批比例[不低于30%]", 30, "涉企经营许可事项承诺审批比例", A26, qual="at_least",
         qtext="不低于"),
    at("经营主体总量[突破1100万户]", 1100, "万户", "户", "经营主体总量", A27,
       qual="break_through", qtext="突破"),
    at("其中企业[超过300万户]", 300, "万户", "户", "企业", A27, qual="over", qtext="超过",
       notes="其中 a frame word"),
    apct("比重力争[达到60%]", 60, "民营经济增加值占全省生产总值比重", A27, qual="reach",
         qtext="达到", notes="力争 a cue word, no part of the name"),
    at("测评得分[达到90分以上]", 90, "分", "分", "经营主体满意度测评得分", A27,
       qual="at_least", qtext="达到…以上"),
    # 二、主要指标: no year of their own, the plan's years
    awd("审批时间压缩至[60个工作日以内]", 60, "全流程审批时间", qual="at_most", qtext="以内"),
    awd("办理时间压缩至[3个工作日]", 3, "一般登记业务办理时间"),
    awd("抵押登记业务压缩至[1个工作日]", 1, "抵押登记业务",
        notes="the clause names the business only (办理时间 is the clause before's)"),
    apct("再减少[50%]", -50, "抵押登记业务",
         notes="a clause with no noun takes the measure of the clause before it (比2024年: base)"),
    awd("接电时间[不超过5个工作日]", 5, "城市地区平均接电时间", qual="at_most", qtext="不超过"),
    awd("农村地区[不超过8个工作日]", 8, "农村地区", qual="at_most", qtext="不超过",
        notes="the clause names only the region"),
    apct("平均费用减少[20%]", -20, "用电报装平均费用"),
    at("分别压缩至[32小时]", 32, "小时", "小时", "进口整体通关时间", qual="at_most",
       qtext="以内", notes="进口、出口…分别: paired items; 以内 closes the list"),
    at("32小时、[1.2小时以内]", 1.2, "小时", "小时", "出口整体通关时间", qual="at_most",
       qtext="以内"),
    apct("分别减少[10%]", -10, "进口整体通关时间", notes="较2024年: the base"),
    apct("10%、[15%]", -15, "出口整体通关时间"),
    at("纳税时间减少至[80小时以内]", 80, "小时", "小时", "纳税人年度纳税时间", qual="at_most",
       qtext="以内"),
    apct("覆盖率[达到95%]", 95, "全面数字化电子发票覆盖率", qual="reach", qtext="达到"),
    apct("年均增长[15%以上]", 15, "普惠小微贷款余额", qual="at_least", qtext="以上"),
    at("2027年末[达到1.5万亿元]", 1.5, "万亿元", "元", "普惠小微贷款余额",
       P("到2027年末", "2027-12-31", "2027-12-31"), qual="reach", qtext="达到",
       notes="the clause's subject is the sentence's (as h52's 较上年末增长)"),
    at("下降[0.3个百分点]", -0.3, "个百分点", "百分点", "新发放普惠小微企业贷款平均利率",
       notes="较2024年: the base"),
    # 三、重点任务: staged years
    at("推行[13个]", 13, "个", "个", "推行“高效办成一件事”重点事项", AS25,
       notes="a flow verb stays in front; 全面 a frame word"),
    apct("事项占比[达到90%]", 90, "线上线下“一窗通办”事项占比", AS26, qual="reach", qtext="达到"),
    at("退税缓费[超过400亿元]", 400, "亿元", "元", "减税降费及退税缓费", qual="over",
       qtext="超过", notes=AYN),
    apct("预留份额提高至[40%以上]", 40, "面向中小企业的预留份额", qual="at_least", qtext="以上",
         notes="no year in its sentence: the plan's (每年 is the sentence before's)"),
    apct("合同金额的[1%]", 1, "保证金缴纳比例", P("到2026年底", "2026-12-31", "2026-12-31"),
         notes="降至…的X: the level reached"),
    at("现行有效的[1200余件]", 1200, "余件", "件", "涉企地方性法规、规章和规范性文件", ABY25,
       qual="plus", qtext="余", notes="the documents to be cleaned up (完成对…的清理)"),
    apct("同比压减[30%]", -30, "行政执法检查频次", ABY25,
         notes="2025年底前 the paragraph's last time expression"),
    at("缩短至[45日以内]", 45, "日", "天", "涉企行政复议案件办结时间", ABY25, qual="at_most",
       qtext="以内"),
    row("由[20日]压缩", 20, "日", "天", "企业简易注销公告时间", "actual", NONE,
        notes="由X压缩至Y: X the current level (undated)"),
    at("压缩至[10日]", 10, "日", "天", "企业简易注销公告时间", AS25),
    apct("年均增长[8%左右]", 8, "个体工商户转型为企业户数", A26, qual="about", qtext="左右"),
    at("上市公司[30家以上]", 30, "家", "家", "新增上市公司", A27, qual="at_least", qtext="以上"),
    at("企业[达到1000家]", 1000, "家", "家", "专精特新“小巨人”企业", A27, qual="reach",
       qtext="达到"),
    at("用地供应[不少于3万亩]", 3, "万亩", "亩", "新增工业用地供应", qual="at_least",
       qtext="不少于", notes=AYN),
    apct("出让比例[不低于90%]", 90, "“标准地”出让比例", qual="at_least", qtext="不低于",
         notes="其中 a frame word"),
    at("高层次人才[2万人左右]", 2, "万人", "人", "引进培育高层次人才", qual="about",
       qtext="左右", notes=AYN),
    apct("保障率提高到[85%]", 85, "人才公寓房源保障率"),
    row("每年组织[1次]第三方评估", 1, "次", "次", "组织第三方评估", "target", APLAN,
        borderline=True, notes="borderline: how often a procedure runs (每半年…一次 alike)"),
    apct("权重[不低于5%]", 5, "权重", qual="at_least", qtext="不低于",
         notes="a standing rule of the plan: the plan's years"),
]


# ---------------------------------------------------------------------------------------------
# h56: a town government's 2024 work summary and 2025 plan, text of a scanned PDF (兴国县枫坳镇,
# an invented town and villages inside a real county; 2025-01-08): 全年 of a January text is
# 2024, 完成县下达任务的X% (a share of the figure before), village 分别 lists (subjects), the
# town's 亩 / 户 / 人 / 万元 / 公里 / 个, 争取上级资金 (争取 a cue word), 2025 goals 力争 / 确保 /
# 左右 / 以上 / 不低于. OCR damage: a page number and the running head inside a paragraph
# (`— 2 —`, `枫坳镇2024年工作总结和2025年工作计划`), a hard wrap inside a number
# (`2.9\n3亿元`) and a
# unit (`18.6公\n里`), a stray space inside a word (`油 茶`). Traps: “两个确保”, 第一书记, page
# numbers, the running head's years, 1.…5., 2025年1月8日, 亿元以上 (a class); borderline
# `2个村` (totals the list before it), `超过10万元` (a class's bound).
FENGAO = "h56_fengao_town_work_summary_2024_ocr.txt"
FZ_Y24 = P("全年", "2024-01-01", "2024-12-31")  # a January text's 全年 without a goal word
FZ24 = P("2024年", "2024-01-01", "2024-12-31")  # the section heading 一、2024年工作总结
FZ25 = P("2025年", "2025-01-01", "2025-12-31")  # 三、2025年工作计划
FZ_SEC = "no time expression in its paragraph: the section heading's year"


def town_a(anchor, value, unit_raw, unit, indicator, period=FZ24, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def town_g(anchor, value, indicator, period=FZ_Y24, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def town_t(anchor, value, unit_raw, unit, indicator, period=FZ25, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


LABELS[FENGAO] = [
    # （一） 全年: 2024
    town_a("地区生产总值[8.46亿元]", 8.46, "亿元", "元", "地区生产总值", FZ_Y24),
    town_g("同比增长[5.2%]", 5.2, "地区生产总值"),
    town_a(
        "固定资产投资[2.9\n3亿元]",
        2.93,
        "亿元",
        "元",
        "完成固定资产投资",
        FZ_Y24,
        notes="a hard wrap inside the number; 完成 kept before investment (round 11)",
    ),
    town_g(
        "完成县下达任务的[104.6%]",
        104.6,
        "完成固定资产投资",
        kind="share",
        notes="完成…任务的X: a share of the figure before",
    ),
    town_a("财政总收入[3126万元]", 3126, "万元", "元", "财政总收入", FZ_Y24),
    town_g("同比增长[6.8%]", 6.8, "财政总收入"),
    town_a("税收收入[2087万元]", 2087, "万元", "元", "税收收入", FZ_Y24, notes="其中 a frame word"),
    town_a(
        "可支配收入达到[18960元]",
        18960,
        "元",
        "元",
        "农村居民人均可支配收入",
        FZ_Y24,
        qual="reach",
        qtext="达到",
    ),
    town_g("同比增长[7.1%]", 7.1, "农村居民人均可支配收入"),
    # （二） no time expression: the section's 2024年
    town_a(
        "茶[1850亩]", 1850, "亩", "亩", "新种植油茶", notes="a stray space inside 油茶; " + FZ_SEC
    ),
    town_a("低产油茶改造[3200亩]", 3200, "亩", "亩", "低产油茶改造"),
    town_a(
        "油茶面积达到[2.6万亩]",
        2.6,
        "万亩",
        "亩",
        "油茶面积",
        kind="count_total",
        qual="reach",
        qtext="达到",
        notes="a stock (as h09's 总面积); 全镇 is the home",
    ),
    town_a("新发展脐橙[620亩]", 620, "亩", "亩", "新发展脐橙"),
    town_a(
        "稳定在[1400亩以上]",
        1400,
        "亩",
        "亩",
        "蔬菜基地面积",
        kind="count_total",
        qual="at_least",
        qtext="以上",
    ),
    town_a("分别新建大棚蔬菜基地[80亩]", 80, "亩", "亩", "新建大棚蔬菜基地", subject="禾坪村"),
    town_a("80亩、[65亩]", 65, "亩", "亩", "新建大棚蔬菜基地", subject="石陂村"),
    town_a("65亩、[120亩]", 120, "亩", "亩", "新建大棚蔬菜基地", subject="洋坑村"),
    town_a("新培育家庭农场[17家]", 17, "家", "家", "新培育家庭农场"),
    town_a(
        "农民专业合作社[6个]",
        6,
        "个",
        "个",
        "新培育农民专业合作社",
        notes="the flow verb governs the list",
    ),
    town_a(
        "规模养殖户达到[43户]",
        43,
        "户",
        "户",
        "规模养殖户",
        kind="count_total",
        qual="reach",
        qtext="达到",
    ),
    town_a(
        "电商销售额达到[2860万元]",
        2860,
        "万元",
        "元",
        "电商销售额",
        FZ_Y24,
        qual="reach",
        qtext="达到",
    ),
    town_g("同比增长[21.3%]", 21.3, "电商销售额"),
    town_a("播种面积[3.82万亩]", 3.82, "万亩", "亩", "粮食播种面积", FZ24),
    town_a("总产量[1.51万吨]", 1.51, "万吨", "吨", "总产量", FZ24),
    town_g(
        "粮食生产任务的[100.3%]",
        100.3,
        "总产量",
        FZ24,
        kind="share",
        notes="完成…任务的X: a share of the figure before",
    ),
    # （三） 全年
    town_a("重点项目[21个]", 21, "个", "个", "实施重点项目", FZ_Y24),
    town_a("总投资[4.7亿元]", 4.7, "亿元", "元", "总投资", FZ_Y24),
    town_a("新开工项目[9个]", 9, "个", "个", "新开工项目", FZ_Y24, notes="其中 a frame word"),
    town_a("竣工项目[12个]", 12, "个", "个", "竣工项目", FZ_Y24),
    town_a(
        "上级资金[3680万元]",
        3680,
        "万元",
        "元",
        "上级资金",
        FZ_Y24,
        notes="争取 a cue word (as h13's 争取…新增专项债券额度)",
    ),
    town_g("同比增长[15.4%]", 15.4, "上级资金"),
    town_a(
        "通组公路[18.6公\n里]",
        18.6,
        "公里",
        "公里",
        "建成通组公路",
        FZ_Y24,
        notes="a hard wrap inside the unit",
    ),
    town_a("入户路[4.3公里]", 4.3, "公里", "公里", "硬化入户路", FZ_Y24),
    town_a("危旧房[37户]", 37, "户", "户", "改造农村危旧房", FZ_Y24),
    # （四） no time expression: 2024年
    town_a("新增就业[236人]", 236, "人", "人", "城镇新增就业"),
    town_a("转移就业[412人]", 412, "人", "人", "新增农村劳动力转移就业"),
    town_a("救助资金[486.2万元]", 486.2, "万元", "元", "发放各类救助资金"),
    town_a("困难群众[1320户]", 1320, "户", "户", "惠及困难群众"),
    town_a(
        "参保率达到[97.8%]",
        97.8,
        "%",
        "%",
        "城乡居民基本医疗保险参保率",
        kind="share",
        qual="reach",
        qtext="达到",
    ),
    row(
        "竹篙村[2个]村",
        2,
        "个",
        "个",
        "村",
        "actual",
        FZ24,
        borderline=True,
        notes="borderline: totals the list of villages just before it",
    ),
    town_a("新建公厕[5座]", 5, "座", "座", "新建公厕"),
    town_a("农户改厕[260户]", 260, "户", "户", "农户改厕", notes="完成 a frame verb"),
    town_a(
        "工作计划\n[20张]",
        20,
        "张",
        "张",
        "镇卫生院新增床位",
        notes="the number after a page number and the running head (its years date nothing)",
    ),
    town_a("全镇[3所]小学", 3, "所", "所", "小学", kind="count_total"),
    town_a("[1所]初中", 1, "所", "所", "初中", kind="count_total"),
    # （五） 全年
    town_a("矛盾纠纷[126起]", 126, "起", "起", "排查调处矛盾纠纷", FZ_Y24),
    town_a("调处成功率[98.4%]", 98.4, "%", "%", "调处成功率", FZ_Y24, kind="share"),
    town_a(
        "全镇[12个]村（社区）",
        12,
        "个",
        "个",
        "村（社区）",
        FZ_Y24,
        kind="count_total",
        notes="the town's villages, counted (as h36's 全市12个县（市、区）)",
    ),
    row(
        "全部[超过10万元]",
        10,
        "万元",
        "元",
        "村级集体经济收入",
        "actual",
        FZ_Y24,
        "over",
        "超过",
        borderline=True,
        notes="borderline: a class's bound (every village above it)",
    ),
    town_a(
        "分别达到[32.6万元]",
        32.6,
        "万元",
        "元",
        "村级集体经济收入",
        FZ_Y24,
        subject="禾坪村",
        qual="reach",
        qtext="达到",
    ),
    town_a(
        "32.6万元、[25.8万元]",
        25.8,
        "万元",
        "元",
        "村级集体经济收入",
        FZ_Y24,
        subject="石陂村",
        qual="reach",
        qtext="达到",
    ),
    town_a(
        "驻村工作队员[19名]",
        19,
        "名",
        "名",
        "第一书记和驻村工作队员",
        FZ_Y24,
        kind="count_total",
        notes="第一书记 a title, no number",
    ),
    # 二、存在的问题: the report's year (its title's first part)
    town_a(
        "加工率仅为[36%左右]",
        36,
        "%",
        "%",
        "农产品加工率",
        kind="share",
        qual="about",
        qtext="左右",
    ),
    town_a(
        "仅有[1个]",
        1,
        "个",
        "个",
        "亿元以上项目",
        kind="count_total",
        notes="亿元以上 a class in the name",
    ),
    # 三、2025年工作计划
    town_t("增长[5.5%左右]", 5.5, "%", "%", "地区生产总值", qual="about", qtext="左右"),
    town_t("增长[8%以上]", 8, "%", "%", "固定资产投资", qual="at_least", qtext="以上"),
    town_t("力争达到[3300万元]", 3300, "万元", "元", "财政总收入", qual="reach", qtext="达到"),
    town_t(
        "可支配收入增长[7%以上]",
        7,
        "%",
        "%",
        "农村居民人均可支配收入",
        qual="at_least",
        qtext="以上",
    ),
    town_t(
        "新种植油茶[1000亩以上]",
        1000,
        "亩",
        "亩",
        "新种植油茶",
        qual="at_least",
        qtext="以上",
        notes=FZ_SEC,
    ),
    town_t("突破[2.7万亩]", 2.7, "万亩", "亩", "油茶面积", qual="break_through", qtext="突破"),
    town_t("高标准农田[2600亩]", 2600, "亩", "亩", "新建高标准农田"),
    town_t("稳定在[3.8万亩以上]", 3.8, "万亩", "亩", "粮食播种面积", qual="at_least", qtext="以上"),
    town_t("[不低于1.5万吨]", 1.5, "万吨", "吨", "粮食总产量", qual="at_least", qtext="不低于"),
    town_t("重点项目[18个]", 18, "个", "个", "实施重点项目", notes="计划 a cue word"),
    town_t("计划投资[3.2亿元]", 3.2, "亿元", "元", "年度计划投资"),
    town_t("上级资金[4000万元以上]", 4000, "万元", "元", "上级资金", qual="at_least", qtext="以上"),
    town_t(
        "村组道路[12公里]",
        12,
        "公里",
        "公里",
        "新建村组道路",
        notes="after a page number and the running head: still item 2's paragraph",
    ),
    town_t(
        "岭脚村段[5.6公里]",
        5.6,
        "公里",
        "公里",
        "道路拓宽",
        notes="a stretch between two villages: no one place",
    ),
    town_t("新增就业[200人以上]", 200, "人", "人", "城镇新增就业", qual="at_least", qtext="以上"),
    town_t("转移就业[400人]", 400, "人", "人", "新增农村劳动力转移就业"),
    town_t(
        "稳定在[97%以上]", 97, "%", "%", "城乡居民基本医疗保险参保率", qual="at_least", qtext="以上"
    ),
    town_t("农户改厕[150户]", 150, "户", "户", "农户改厕"),
    town_t("养老服务站[3个]", 3, "个", "个", "新建村级养老服务站"),
    town_t("植树造林[1200亩]", 1200, "亩", "亩", "植树造林"),
    town_t("覆盖率保持在[78%以上]", 78, "%", "%", "森林覆盖率", qual="at_least", qtext="以上"),
    town_t("巡河[1200人次以上]", 1200, "人次", "人次", "巡河", qual="at_least", qtext="以上"),
    town_t("保持在[98%以上]", 98, "%", "%", "矛盾纠纷调处成功率", qual="at_least", qtext="以上"),
]

# ---------------------------------------------------------------------------------------------
# h57: a province's transport department's monthly release on ports and logistics (山东,
# 2025-11-20): 1-10月 beside 10月份, 港口货物吞吐量 万吨 with 同比 / 环比, 其中外贸, 集装箱吞吐量
# 万标箱 and 万TEU (标准箱), 增速比1-9月加快, 海铁联运 and 占…的, ports in a 分别 list (facilities),
# 合计占全省的, a rank 居全国沿海港口第4位, 快递业务量 亿件 累计完成, 中欧班列 累计开行 列 and
# 其中回程, stocks with 比上年末增加, 公路 / 水路 客运量 万人次, a route, 国庆假期 with 日均,
# a table of
# six ports printed as text (港口 / 货物吞吐量（万吨） / 同比增长（%） / 集装箱吞吐量（万标箱） /
# 同比增长（%）) with signed changes, 全年 goals 确保 / 突破 / 力争, investment 完成年度计划的.
# Traps: 09:30, 浏览次数, 三大港口, 国庆假期8天, 第4位's 全国 (scope), 第十五届, 四季度,
# 注：1. 2., a phone.
SDP = "h57_shandong_ports_logistics_oct_2025.txt"
SDP10 = P("1-10月", "2025-01-01", "2025-10-31")
SDPO = P("10月份", "2025-10-01", "2025-10-31")
SDPY = P("全年", "2025-01-01", "2025-12-31")
SDPH = P("国庆假期", "2025-10-01", "2025-10-08")
SDPFAC = "a port named for its city is a facility (round 11): part of the name, no subject"


def port_a(anchor, value, unit_raw, unit, indicator, period=SDP10, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def port_g(anchor, value, indicator, period=SDP10, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


# the ports table: port, 货物吞吐量（万吨）, 同比增长（%）, 集装箱吞吐量（万标箱）, 同比增长（%）
SDP_TABLE = [
    ("青岛港", "58736", "3.2", "2650.4", "7.1"),
    ("日照港", "52018", "2.6", "604.8", "5.3"),
    ("烟台港", "39245", "4.1", "197.3", "9.6"),
    ("滨州港", "5832", "11.4", "18.7", "21.3"),
    ("东营港", "4263", "-2.5", "7.2", "-6.8"),
    ("潍坊港", "3758", "6.9", "34.2", "8.1"),
]


def sdp_cell_anchor(port: str, cells: list[str], i: int) -> str:
    """The table line of ``port`` with its ``i``-th cell in brackets (two spaces part cells)."""
    parts = [f"[{c}]" if j == i else c for j, c in enumerate(cells)]
    return port + "".join(f"  {c}" for c in parts)


def sdp_table_rows() -> list[dict]:
    """Four cells a line, each the port's (a facility: its name in the indicator), 1-10月
    (the table's title)."""
    out = []
    for port, cargo, cargo_g, box, box_g in SDP_TABLE:
        cells = [cargo, cargo_g, box, box_g]
        a = [sdp_cell_anchor(port, cells, i) for i in range(4)]
        note = "table cell; unit in the column head; " + SDPFAC
        growth = "table cell: 同比增长（%）"
        out += [
            port_a(a[0], int(cargo), "万吨", "吨", f"{port}货物吞吐量", notes=note),
            port_g(a[1], float(cargo_g), f"{port}货物吞吐量", notes=growth),
            port_a(a[2], float(box), "万标箱", "标准箱", f"{port}集装箱吞吐量", notes=note),
            port_g(a[3], float(box_g), f"{port}集装箱吞吐量", notes=growth),
        ]
    return out


LABELS[SDP] = [
    port_a(
        "货物吞吐量[163852万吨]",
        163852,
        "万吨",
        "吨",
        "港口货物吞吐量",
        notes="全省 the home, 完成 dropped between a name's words (round 11)",
    ),
    port_g("163852万吨，同比增长[3.4%]", 3.4, "港口货物吞吐量"),
    port_a(
        "外贸货物吞吐量[89416万吨]",
        89416,
        "万吨",
        "吨",
        "外贸货物吞吐量",
        notes="其中 a frame word",
    ),
    port_g("89416万吨，同比增长[4.1%]", 4.1, "外贸货物吞吐量"),
    port_a("货物吞吐量[16935万吨]", 16935, "万吨", "吨", "港口货物吞吐量", SDPO),
    port_g("同比增长[2.8%]", 2.8, "港口货物吞吐量", SDPO),
    port_g(
        "环比下降[1.6%]",
        -1.6,
        "港口货物吞吐量",
        SDPO,
        notes="a rate against the month before is labelled with its 同比 twin's name",
    ),
    port_a("集装箱吞吐量[3512.6万标箱]", 3512.6, "万标箱", "标准箱", "港口集装箱吞吐量"),
    port_g("3512.6万标箱，同比增长[7.2%]", 7.2, "港口集装箱吞吐量"),
    row(
        "加快[0.3个百分点]",
        0.3,
        "个百分点",
        "百分点",
        "港口集装箱吞吐量增速",
        "growth_rate",
        SDP10,
        notes="比1-9月: a base, no period",
    ),
    port_a("外贸集装箱吞吐量[2418.3万TEU]", 2418.3, "万TEU", "标准箱", "外贸集装箱吞吐量"),
    port_g("2418.3万TEU，同比增长[8.5%]", 8.5, "外贸集装箱吞吐量"),
    port_a(
        "箱量达到[302.7万标箱]",
        302.7,
        "万标箱",
        "标准箱",
        "海铁联运箱量",
        qual="reach",
        qtext="达到",
    ),
    port_g("302.7万标箱，同比增长[12.6%]", 12.6, "海铁联运箱量"),
    port_g(
        "占集装箱吞吐量的[8.6%]",
        8.6,
        "海铁联运箱量占集装箱吞吐量",
        kind="share",
        notes="a share after a figure names its part (the figure before)",
    ),
    port_a("集装箱吞吐量[361.8万标箱]", 361.8, "万标箱", "标准箱", "港口集装箱吞吐量", SDPO),
    port_g("361.8万标箱，同比增长[6.7%]", 6.7, "港口集装箱吞吐量", SDPO),
    port_a("分别完成[58736万吨]", 58736, "万吨", "吨", "青岛港货物吞吐量", notes=SDPFAC),
    port_a("58736万吨、[52018万吨]", 52018, "万吨", "吨", "日照港货物吞吐量", notes=SDPFAC),
    port_a("52018万吨、[39245万吨]", 39245, "万吨", "吨", "烟台港货物吞吐量", notes=SDPFAC),
    port_g(
        "合计占全省的[91.3%]",
        91.3,
        "三大港口占全省",
        kind="share",
        notes="三大港口 totals the list (no number); 合计 a frame word",
    ),
    port_a(
        "集装箱吞吐量完成[2650.4万标箱]",
        2650.4,
        "万标箱",
        "标准箱",
        "青岛港集装箱吞吐量",
        notes=SDPFAC,
    ),
    port_g("2650.4万标箱，同比增长[7.1%]", 7.1, "青岛港集装箱吞吐量"),
    row(
        "沿海港口第[4位]",
        4,
        "位",
        "位",
        "青岛港集装箱吞吐量",
        "rank",
        SDP10,
        notes=(
            "全国沿海港口 the ranking's scope, no subject; a rank after the level and its "
            "growth ranks the level (session 24)"
        ),
    ),
    port_a("内河港口完成货物吞吐量[6826万吨]", 6826, "万吨", "吨", "内河港口货物吞吐量"),
    port_g("6826万吨，同比增长[8.2%]", 8.2, "内河港口货物吞吐量"),
    # 二、现代物流
    port_a(
        "累计完成[72.35亿件]",
        72.35,
        "亿件",
        "件",
        "快递业务量",
        kind="count_total",
        notes="累计完成 in a 1-10月 paragraph: a running total (as h35)",
    ),
    port_g("72.35亿件，同比增长[16.8%]", 16.8, "快递业务量"),
    port_a("业务收入完成[486.7亿元]", 486.7, "亿元", "元", "快递业务收入"),
    port_g("486.7亿元，同比增长[9.2%]", 9.2, "快递业务收入"),
    port_a("快递业务量完成[8.16亿件]", 8.16, "亿件", "件", "快递业务量", SDPO),
    port_g("8.16亿件，同比增长[14.5%]", 14.5, "快递业务量", SDPO),
    port_a(
        "累计开行[2386列]",
        2386,
        "列",
        "列",
        "中欧班列（齐鲁号）开行",
        kind="count_total",
        notes="累计开行 of the year so far (as the 快递 running total); the paragraph before's "
        "1-10月",
    ),
    port_g("2386列，同比增长[6.3%]", 6.3, "中欧班列（齐鲁号）开行"),
    port_a(
        "回程班列[1012列]",
        1012,
        "列",
        "列",
        "回程班列",
        kind="count_total",
        notes="其中 a frame word",
    ),
    port_a(
        "10月份开行[246列]",
        246,
        "列",
        "列",
        "中欧班列（齐鲁号）开行",
        SDPO,
        notes="a clause with no noun takes the sentence's measure",
    ),
    port_a(
        "航线达到[352条]",
        352,
        "条",
        "条",
        "开通国际集装箱班轮航线",
        SDPO,
        kind="count_total",
        qual="reach",
        qtext="达到",
        notes="a stock at the release's month: 10月份 the paragraph's last time expression",
    ),
    port_a(
        "比上年末增加[19条]",
        19,
        "条",
        "条",
        "开通国际集装箱班轮航线",
        SDPO,
        notes="比上年末: a base",
    ),
    port_a(
        "网络货运企业达到[286家]",
        286,
        "家",
        "家",
        "网络货运企业",
        SDPO,
        kind="count_total",
        qual="reach",
        qtext="达到",
    ),
    port_a("运力车辆[98.6万辆]", 98.6, "万辆", "辆", "整合社会运力车辆", SDPO, kind="count_total"),
    port_a(
        "发展线路达到[1136条]",
        1136,
        "条",
        "条",
        "农村客货邮融合发展线路",
        SDPO,
        kind="count_total",
        qual="reach",
        qtext="达到",
    ),
    port_a("覆盖[1.2万个]行政村", 1.2, "万个", "个", "覆盖行政村", SDPO, kind="count_total"),
    # 三、旅客运输
    port_a("公路客运量[18630万人次]", 18630, "万人次", "人次", "公路客运量"),
    port_g("同比下降[4.7%]", -4.7, "公路客运量"),
    port_a("水路客运量[1425.6万人次]", 1425.6, "万人次", "人次", "水路客运量"),
    port_g("1425.6万人次，同比增长[5.9%]", 5.9, "水路客运量"),
    port_a(
        "运送旅客[386.2万人次]",
        386.2,
        "万人次",
        "人次",
        "烟台至大连航线运送旅客",
        notes="a route: no one place; 其中 a frame word",
    ),
    port_g("386.2万人次，同比增长[3.8%]", 3.8, "烟台至大连航线运送旅客"),
    port_a("完成客运量[21.6亿人次]", 21.6, "亿人次", "人次", "城市公共交通客运量"),
    port_g("21.6亿人次，同比增长[1.2%]", 1.2, "城市公共交通客运量"),
    port_a(
        "发送旅客[1026万人次]",
        1026,
        "万人次",
        "人次",
        "公路水路发送旅客",
        SDPH,
        kind="count_total",
        notes="a running total (累计) is count_total whatever its span (as h26's "
        "假期累计发送旅客); 国庆假期8天 its length, no number",
    ),
    port_a(
        "日均[128.3万人次]",
        128.3,
        "万人次",
        "人次",
        "日均公路水路发送旅客",
        SDPH,
        notes="日均 takes the last name (round 11)",
    ),
    # 四、the ports table
    *sdp_table_rows(),
    # 五、交通投资
    port_a(
        "基础设施投资[2186.4亿元]",
        2186.4,
        "亿元",
        "元",
        "完成交通基础设施投资",
        notes="完成 kept before investment (round 11)",
    ),
    port_g("2186.4亿元，同比增长[5.1%]", 5.1, "完成交通基础设施投资"),
    port_g(
        "年度计划的[86.3%]",
        86.3,
        "完成交通基础设施投资",
        kind="share",
        notes="完成年度计划的X: a share of the figure before",
    ),
    port_a(
        "完成投资[316.8亿元]", 316.8, "亿元", "元", "港口建设完成投资", notes="其中 a frame word"
    ),
    port_g("316.8亿元，同比增长[18.7%]", 18.7, "港口建设完成投资"),
    port_a(
        "泊位[14个]", 14, "个", "个", "新增万吨级以上泊位", notes="万吨级以上 a class in the name"
    ),
    port_a(
        "总数达到[389个]",
        389,
        "个",
        "个",
        "沿海港口万吨级以上泊位总数",
        kind="count_total",
        qual="reach",
        qtext="达到",
    ),
    port_a(
        "签约项目[23个]",
        23,
        "个",
        "个",
        "签约项目",
        SDPO,
        notes="第十五届 an edition, 青岛 inside an event's name: no subject",
    ),
    # goals of the year
    port_a(
        "吞吐量达到[19.5亿吨左右]",
        19.5,
        "亿吨",
        "吨",
        "港口货物吞吐量",
        SDPY,
        kind="target",
        qual="about",
        qtext="达到…左右",
    ),
    port_a(
        "突破[4200万标箱]",
        4200,
        "万标箱",
        "标准箱",
        "集装箱吞吐量",
        SDPY,
        kind="target",
        qual="break_through",
        qtext="突破",
    ),
    port_a(
        "开行[2800列以上]",
        2800,
        "列",
        "列",
        "中欧班列开行",
        SDPY,
        kind="target",
        qual="at_least",
        qtext="以上",
        notes="全年 a period word, no part of the name",
    ),
]

# ---------------------------------------------------------------------------------------------
# h58: a 国务院办公厅 意见 on the elderly care system (国办发〔2025〕18号; a national text, its
# home 全国; published 2025-06-18, 成文 2025-06-12): a 截至2024年底 paragraph of stocks, 到2029年 /
# 到2035年 / 力争到2027年 goals, 每千名老年人…张 (每千名 no number), 覆盖率达到X%以上, 不低于 /
# 不少于 / 不得高于 / 不超过, numbered 一、（一）1. items with no year (goals: undated; rules'
# parameters: other), 每年 flows, 约 of a current stock. Traps: 〔2025〕18号, 发布日期 / 成文日期,
# 第三十条 / 第三十七条, “两个毫不动摇”, “三个转变”, 60岁 / 65岁 (age groups), 二级及以上 (a class),
# 每百户 (no number), 2026年6月底前, 每两年…一次; borderline 从业满5年 (a class's bound).
GB = "h58_state_council_elderly_care_opinions_2025.txt"
GB24 = P("截至2024年底", "2024-12-31", "2024-12-31")
GB29 = P("到2029年", "2029-01-01", "2029-12-31")
GB35 = P("到2035年", "2035-01-01", "2035-12-31")
GB27 = P("力争到2027年", "2027-01-01", "2027-12-31")
GBNOW = P("现有", "2025-06-18", "2025-06-18")
GBY = "每年 with no span of a plan: a yearly goal, undated"


def care_t(anchor, value, unit_raw, unit, indicator, period=GB29, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


def care_pct(anchor, value, indicator, period=GB29, **kw):
    return care_t(anchor, value, "%", "%", indicator, period, **kw)


def care_param(anchor, value, unit_raw, unit, indicator, qual="none", qtext=None, **kw):
    kw.setdefault(
        "notes",
        "a policy parameter (what a rule grants, caps or sets aside): other, no period (round 8)",
    )
    return row(anchor, value, unit_raw, unit, indicator, "other", NONE, qual, qtext, **kw)


LABELS[GB] = [
    row(
        "老年人口达到[3.1亿人]",
        3.1,
        "亿人",
        "人",
        "60岁及以上老年人口",
        "count_total",
        GB24,
        "reach",
        "达到",
        notes="全国 the home; 60岁 an age group, no number",
    ),
    row("占总人口的[22.0%]", 22.0, "%", "%", "60岁及以上老年人口占总人口", "share", GB24),
    row(
        "老年人口[2.2亿人]",
        2.2,
        "亿人",
        "人",
        "65岁及以上老年人口",
        "count_total",
        GB24,
        notes="其中 a frame word",
    ),
    row("设施[40.6万个]", 40.6, "万个", "个", "各类养老机构和设施", "count_total", GB24),
    row("养老床位[823万张]", 823, "万张", "张", "养老床位", "count_total", GB24),
    care_t(
        "床位数达到[35张以上]",
        35,
        "张",
        "张",
        "每千名老年人拥有养老机构床位数",
        qual="at_least",
        qtext="达到…以上",
        notes="每千名 is no number (as 每千人口)",
    ),
    care_pct("占比[不低于65%]", 65, "养老机构护理型床位占比", qual="at_least", qtext="不低于"),
    care_pct(
        "中心覆盖率达到[60%以上]",
        60,
        "乡镇（街道）区域养老服务中心覆盖率",
        qual="at_least",
        qtext="达到…以上",
    ),
    care_pct(
        "评估覆盖率达到[80%以上]",
        80,
        "老年人能力综合评估覆盖率",
        qual="at_least",
        qtext="达到…以上",
    ),
    care_t(
        "床位总量达到[1200万张左右]",
        1200,
        "万张",
        "张",
        "养老服务床位总量",
        GB35,
        qual="about",
        qtext="达到…左右",
    ),
    care_param(
        "每百户[不低于20平方米]",
        20,
        "平方米",
        "平方米",
        "新建居住区配建养老服务设施",
        "at_least",
        "不低于",
        notes="a rule's floor per 百户 (每百户 no number): other, no period",
    ),
    care_param(
        "每百户[不低于15平方米]",
        15,
        "平方米",
        "平方米",
        "已建成居住区",
        "at_least",
        "不低于",
        notes="a rule's floor per 百户: other, no period; the clause names only its scope",
    ),
    care_pct(
        "城市社区助餐服务覆盖率达到[75%以上]",
        75,
        "城市社区助餐服务覆盖率",
        GB27,
        qual="at_least",
        qtext="达到…以上",
        notes="力争 a cue word",
    ),
    care_pct(
        "农村地区覆盖率达到[40%以上]",
        40,
        "农村地区覆盖率",
        GB27,
        qual="at_least",
        qtext="达到…以上",
    ),
    care_t(
        "家庭养老床位[10万张左右]",
        10,
        "万张",
        "张",
        "支持建设家庭养老床位",
        NONE,
        qual="about",
        qtext="左右",
        notes=GBY,
    ),
    care_t(
        "为[50万户]",
        50,
        "万户",
        "户",
        "特殊困难老年人家庭",
        NONE,
        notes="a count before its noun; " + GBY,
    ),
    care_param(
        "空置率[不得高于30%]",
        30,
        "%",
        "%",
        "床位空置率",
        "at_most",
        "不得高于",
        notes="a rule's cap: other, no period",
    ),
    care_t(
        "互助点达到[10万个]",
        10,
        "万个",
        "个",
        "村级邻里互助点",
        qual="reach",
        qtext="达到",
        notes="the head after the last 的",
    ),
    care_param(
        "按每张[2万元]",
        2,
        "万元",
        "元",
        "普惠养老机构新增床位支持",
        notes="a grant per bed (what a rule grants): other, no period",
    ),
    care_t(
        "普惠型床位[不少于10万张]",
        10,
        "万张",
        "张",
        "支持新增普惠型床位",
        NONE,
        qual="at_least",
        qtext="不少于",
        notes=GBY,
    ),
    care_t(
        "养老护理员[200万人次以上]",
        200,
        "万人次",
        "人次",
        "培训养老护理员",
        qual="at_least",
        qtext="以上",
    ),
    care_t(
        "护理员数达到[4人]",
        4,
        "人",
        "人",
        "每千名老年人拥有养老护理员数",
        qual="reach",
        qtext="达到",
    ),
    care_pct(
        "专业技术人员占比[不低于30%]",
        30,
        "养老机构专业技术人员占比",
        qual="at_least",
        qtext="不低于",
    ),
    row(
        "养老护理员[约50万人]",
        50,
        "万人",
        "人",
        "养老护理员",
        "count_total",
        GBNOW,
        "about",
        "约",
        notes="现有: the text's date (as 当前); 全国 the home",
    ),
    row(
        "从业满[5年]",
        5,
        "年",
        "年",
        "连续从业",
        "other",
        NONE,
        borderline=True,
        notes="borderline: a class's bound (the carers who qualify)",
    ),
    care_param(
        "[不超过2000元]",
        2000,
        "元",
        "元",
        "职业技能提升补贴",
        "at_most",
        "不超过",
        notes="a grant's cap per person: other, no period",
    ),
    care_pct(
        "签约合作率达到[100%]", 100, "养老机构与医疗卫生机构签约合作率", qual="reach", qtext="达到"
    ),
    care_pct(
        "比例达到[80%以上]",
        80,
        "二级及以上综合医院设立老年医学科的比例",
        qual="at_least",
        qtext="达到…以上",
        notes="二级及以上 a class, no number",
    ),
    care_pct(
        "管理率保持在[70%以上]", 70, "65岁及以上老年人健康管理率", qual="at_least", qtext="以上"
    ),
    care_param(
        "[不低于55%]的资金",
        55,
        "%",
        "%",
        "彩票公益金",
        "at_least",
        "不低于",
        notes="a rule's floor on spending: other, no period",
    ),
    care_param(
        "[不少于5%]的新增建设用地",
        5,
        "%",
        "%",
        "新增建设用地",
        "at_least",
        "不少于",
        notes="a rule's floor on land (每年安排): other, no period",
    ),
    care_pct("接入率达到[90%以上]", 90, "养老机构接入率", qual="at_least", qtext="达到…以上"),
    care_t(
        "示范企业[50家左右]",
        50,
        "家",
        "家",
        "遴选智慧健康养老应用试点示范企业",
        NONE,
        qual="about",
        qtext="左右",
        notes=GBY,
    ),
]


# ---------------------------------------------------------------------------------------------
# h59: 国家知识产权局's yearly release of 2024's intellectual property figures (a national text, its
# home 全国; 发布时间 2025-01-16): 授权 / 受理 flows in 万件 with 同比 and 其中国内 / 国外在华,
# 截至2024年底 stocks (有效量, 拥有量), 每万人口高价值发明专利拥有量 件 (a level, actual) with
# 较上年提高, a “十四五” goal met early, provinces in 分别 lists (subjects) with 合计占, 审查周期
# 个月, 地理标志, 知识产权使用费进出口 亿元, 质押融资 万亿元, a score in 分, 2025 goals 力争 / 左右
# / 以上. Traps: 15:00, 浏览次数, 2025年第一季度例行新闻发布会, 连续六年, 排名前五 / 前三 (classes),
# 5省市 (part of a name), 注：1. 2., a phone; borderline 首个…突破400万件的国家 (a class's bound),
# 居全国首位 (a rank with no numeral).
GC = "h59_cnipa_ip_statistics_2024.txt"
GC24 = P("2024年", "2024-01-01", "2024-12-31")
GCEND = P("截至2024年底", "2024-12-31", "2024-12-31")
GCYEAR = P("全年", "2024-01-01", "2024-12-31")
GC25 = P("2025年", "2025-01-01", "2025-12-31")
GC25Y = P("全年", "2025-01-01", "2025-12-31")
GC14 = P("“十四五”", "2021-01-01", "2025-12-31")
GCJAN = "全年 of a January release reviewing 2024 is 2024 (as h56)"
GCNODATE = "a stock with no time expression in its paragraph (a yearly report): undated"


def ip_flow(anchor, value, unit_raw, unit, indicator, period=GC24, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def ip_growth(anchor, value, indicator, period=GC24, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


LABELS[GC] = [
    ip_flow("授权发明专利[104.5万件]", 104.5, "万件", "件", "授权发明专利", notes="我国 the home"),
    ip_growth("增长[13.5%]", 13.5, "授权发明专利"),
    ip_flow("国内发明专利授权[93.2万件]", 93.2, "万件", "件", "国内发明专利授权"),
    ip_growth("增长[15.1%]", 15.1, "国内发明专利授权"),
    ip_flow("国外在华发明专利授权[11.3万件]", 11.3, "万件", "件", "国外在华发明专利授权"),
    ip_growth("增长[1.8%]", 1.8, "国外在华发明专利授权"),
    ip_flow("受理PCT国际专利申请[7.3万件]", 7.3, "万件", "件", "受理PCT国际专利申请"),
    ip_growth("增长[0.9%]", 0.9, "受理PCT国际专利申请"),
    row(
        "位居世界[第一]",
        1,
        None,
        "位",
        "PCT国际专利申请量",
        "rank",
        GC24,
        notes="申请量 names what is ranked (the PCT applications); 连续六年 a streak",
    ),
    ip_flow("授权实用新型专利[210.6万件]", 210.6, "万件", "件", "授权实用新型专利"),
    ip_flow(
        "外观设计专利[65.8万件]",
        65.8,
        "万件",
        "件",
        "授权外观设计专利",
        notes="授权 governs the list",
    ),
    ip_growth("分别下降[1.9%]", -1.9, "授权实用新型专利"),
    ip_growth("1.9%和[3.4%]", -3.4, "授权外观设计专利"),
    row(
        "有效量[达到475.6万件]",
        475.6,
        "万件",
        "件",
        "发明专利有效量",
        "count_total",
        GCEND,
        "reach",
        "达到",
    ),
    ip_growth("增长[13.4%]", 13.4, "发明专利有效量", GCEND),
    row(
        "数量[突破400万件]",
        400,
        "万件",
        "件",
        "国内有效发明专利数量",
        "count_total",
        GCEND,
        "break_through",
        "突破",
        notes="borderline: the bound of a class (首个…突破400万件的国家)",
        borderline=True,
    ),
    row(
        "拥有量为[402.8万件]",
        402.8,
        "万件",
        "件",
        "国内有效发明专利拥有量",
        "count_total",
        GCEND,
        notes="（不含港澳台） says how it is counted, no part of the name; 其中 a frame word",
    ),
    ip_flow(
        "拥有量[达到14.0件]",
        14.0,
        "件",
        "件",
        "每万人口高价值发明专利拥有量",
        GCEND,
        qual="reach",
        qtext="达到",
        notes="a level per population (actual, as h28's); 每万人口 no number",
    ),
    ip_flow("提高[2.2件]", 2.2, "件", "件", "每万人口高价值发明专利拥有量", GCEND),
    row(
        "确定的[12件]",
        12,
        "件",
        "件",
        "每万人口高价值发明专利拥有量",
        "target",
        GC14,
        notes="the plan's goal the level met early",
    ),
    row(
        "拥有量分别为[68.9万件]",
        68.9,
        "万件",
        "件",
        "国内有效发明专利拥有量",
        "count_total",
        subject="广东",
        notes=GCNODATE,
    ),
    row(
        "、[58.3万件]",
        58.3,
        "万件",
        "件",
        "国内有效发明专利拥有量",
        "count_total",
        subject="江苏",
        notes=GCNODATE,
    ),
    row(
        "、[57.1万件]",
        57.1,
        "万件",
        "件",
        "国内有效发明专利拥有量",
        "count_total",
        subject="北京",
        notes=GCNODATE,
    ),
    row(
        "、[40.6万件]",
        40.6,
        "万件",
        "件",
        "国内有效发明专利拥有量",
        "count_total",
        subject="浙江",
        notes=GCNODATE,
    ),
    row(
        "、[27.4万件]",
        27.4,
        "万件",
        "件",
        "国内有效发明专利拥有量",
        "count_total",
        subject="上海",
        notes=GCNODATE,
    ),
    row(
        "国内总量的[62.7%]",
        62.7,
        "%",
        "%",
        "5省市占国内总量",
        "share",
        notes="5省市 part of the name (as h57's 三大港口); a share with no time expression",
    ),
    row(
        "拥有量为[148.3件]",
        148.3,
        "件",
        "件",
        "每万人口高价值发明专利拥有量",
        "actual",
        subject="北京",
        notes="a level with no time expression in its paragraph: undated",
    ),
    row(
        "全国[首位]",
        1,
        None,
        "位",
        "每万人口高价值发明专利拥有量",
        "rank",
        subject="北京",
        notes="borderline: a rank without a numeral (居…首位)",
        borderline=True,
    ),
    row(
        "分别为[56.9件]", 56.9, "件", "件", "每万人口高价值发明专利拥有量", "actual", subject="上海"
    ),
    row(
        "56.9件和[38.2件]",
        38.2,
        "件",
        "件",
        "每万人口高价值发明专利拥有量",
        "actual",
        subject="江苏",
    ),
    ip_flow("压减至[15.5个月]", 15.5, "个月", "月", "发明专利平均审查周期"),
    ip_flow("压减至[12.7个月]", 12.7, "个月", "月", "高价值专利审查周期"),
    row("授权率为[50.1%]", 50.1, "%", "%", "发明专利授权率", "share", GC24),
    ip_flow("登记集成电路布图设计[1.2万件]", 1.2, "万件", "件", "登记集成电路布图设计"),
    ip_growth("增长[5.6%]", 5.6, "登记集成电路布图设计"),
    ip_flow(
        "增加值[达到15.3万亿元]",
        15.3,
        "万亿元",
        "元",
        "专利密集型产业增加值",
        qual="reach",
        qtext="达到",
    ),
    row(
        "比重为[12.96%]", 12.96, "%", "%", "专利密集型产业增加值占国内生产总值的比重", "share", GC24
    ),
    ip_flow("核准注册商标[426.3万件]", 426.3, "万件", "件", "核准注册商标"),
    ip_growth("下降[3.8%]", -3.8, "核准注册商标"),
    ip_flow("马德里商标国际注册申请[6006件]", 6006, "件", "件", "收到马德里商标国际注册申请"),
    row("商标量为[4756.8万件]", 4756.8, "万件", "件", "有效注册商标量", "count_total", GCEND),
    ip_growth("增长[3.3%]", 3.3, "有效注册商标量", GCEND),
    row("商标量[4523.6万件]", 4523.6, "万件", "件", "国内有效注册商标量", "count_total", GCEND),
    row(
        "分别为[894.2万件]",
        894.2,
        "万件",
        "件",
        "有效注册商标量",
        "count_total",
        GCEND,
        subject="广东",
        notes="the paragraph's 截至2024年底",
    ),
    row(
        "、[516.7万件]", 516.7, "万件", "件", "有效注册商标量", "count_total", GCEND, subject="浙江"
    ),
    row(
        "和[435.1万件]", 435.1, "万件", "件", "有效注册商标量", "count_total", GCEND, subject="江苏"
    ),
    row(
        "有效注册商标[233.2万件]", 233.2, "万件", "件", "国外在华有效注册商标", "count_total", GCEND
    ),
    ip_growth("增长[2.6%]", 2.6, "国外在华有效注册商标", GCEND),
    ip_flow("认定地理标志产品[36个]", 36, "个", "个", "认定地理标志产品", GCYEAR, notes=GCJAN),
    ip_flow(
        "证明商标注册[205件]", 205, "件", "件", "核准以地理标志作为集体商标、证明商标注册", GCYEAR
    ),
    row(
        "累计认定地理标志产品[2544个]",
        2544,
        "个",
        "个",
        "认定地理标志产品",
        "count_total",
        GCEND,
        notes="累计 at a date: a stock",
    ),
    row(
        "证明商标注册[7402件]",
        7402,
        "件",
        "件",
        "以地理标志作为集体商标、证明商标注册",
        "count_total",
        GCEND,
    ),
    ip_flow(
        "直接产值[超过9600亿元]",
        9600,
        "亿元",
        "元",
        "地理标志产品直接产值",
        P("截至2024年底", "2024-01-01", "2024-12-31"),
        qual="over",
        qtext="超过",
        notes="a flow after the paragraph's 截至2024年底: the point's whole year",
    ),
    ip_flow(
        "进出口总额[达3876.2亿元]",
        3876.2,
        "亿元",
        "元",
        "知识产权使用费进出口总额",
        qual="reach",
        qtext="达",
    ),
    ip_growth("增长[4.2%]", 4.2, "知识产权使用费进出口总额"),
    ip_flow("出口额[1066.4亿元]", 1066.4, "亿元", "元", "出口额", notes="其中 a frame word"),
    ip_growth("增长[22.5%]", 22.5, "出口额"),
    ip_flow(
        "融资金额[达1.28万亿元]",
        1.28,
        "万亿元",
        "元",
        "专利商标质押融资金额",
        qual="reach",
        qtext="达",
        notes="全国 the home",
    ),
    ip_flow("惠及企业[4.2万家]", 4.2, "万家", "家", "惠及企业"),
    row("占比约为[75%]", 75, "%", "%", "中小企业占比", "share", GC24, "about", "约"),
    ip_flow("行政裁决案件[7.1万件]", 7.1, "万件", "件", "办理专利侵权纠纷行政裁决案件", GCYEAR),
    ip_growth("增长[8.9%]", 8.9, "办理专利侵权纠纷行政裁决案件", GCYEAR),
    ip_flow(
        "满意度[达到82.04分]",
        82.04,
        "分",
        "分",
        "知识产权保护社会满意度",
        GCYEAR,
        qual="reach",
        qtext="达到",
    ),
    ip_flow("提高[0.68分]", 0.68, "分", "分", "知识产权保护社会满意度", GCYEAR),
    ip_flow("假冒案件[3.4万件]", 3.4, "万件", "件", "查处商标侵权假冒案件", GCYEAR),
    ip_flow("涉案金额[5.6亿元]", 5.6, "亿元", "元", "涉案金额", GCYEAR),
    row(
        "保护中心[73家]",
        73,
        "家",
        "家",
        "建成国家级知识产权保护中心",
        "count_total",
        GCEND,
        notes="已建成 at a date: a stock",
    ),
    row("快速维权中心[41家]", 41, "家", "家", "建成快速维权中心", "count_total", GCEND),
    row("在建保护中心[9家]", 9, "家", "家", "在建保护中心", "count_total", GCEND),
    ip_flow("预审案件[13.8万件]", 13.8, "万件", "件", "办理专利预审案件", GCYEAR),
    ip_flow(
        "缩短至[3个月左右]",
        3,
        "个月",
        "月",
        "预审合格专利授权周期",
        GCYEAR,
        qual="about",
        qtext="左右",
    ),
    row(
        "产业化率[达到53%以上]",
        53,
        "%",
        "%",
        "专利产业化率",
        "target",
        GC25Y,
        "at_least",
        "达到…以上",
        notes="力争: a goal; the clause's 全年 is 2025 (after 2025年将)",
    ),
    row(
        "拥有量[达到15件左右]",
        15,
        "件",
        "件",
        "每万人口高价值发明专利拥有量",
        "target",
        GC25Y,
        "about",
        "左右",
    ),
    row(
        "出口额增长[10%以上]",
        10,
        "%",
        "%",
        "知识产权使用费出口额",
        "target",
        GC25Y,
        "at_least",
        "以上",
    ),
]

# ---------------------------------------------------------------------------------------------
# h60: 台灣 財政部's monthly foreign trade release in Traditional script (114年10月, 發布日期
# 114年11月7日 = 2025-11-07; home 台湾): 10月 beside 累計1-10月, 出口 / 進口 / 進出口總值 億美元
# with 年增 / 年減 (signed), 出超 and 擴增, 與上月比較 (month on month), 以新臺幣計算, 匯率 升值,
# 第2高 (a rank), 資通與視聽產品 / 電子零組件 / 積體電路 with 占出口比重 and 突破五成, markets
# 對美國 / 中國大陸及 香港 / 東協 (in the name, as h29's 对东盟; no subject), 進口來源 自…, 入超, a
# table of main markets printed as text (市場 / 金額（億美元） / 年增率（%） / 比重（%）) dated by
# its title, 預估 ranges 600億至630億美元 / 38%至45%, 全年 突破 / 約. Traps: 114年 (the 民國 year),
# 創歷年單月新高 (a record, no number), 連續24個月, 連續第5個月, 12月8日, 第114-10號, (02)2322-8371,
# 附註 1.2.3.; borderline 續居第一大出口市場 (a rank fused into a name).
GT = "h60_taiwan_mof_trade_oct_2025_trad.txt"
GT10 = P("10月", "2025-10-01", "2025-10-31")
GT110 = P("1-10月", "2025-01-01", "2025-10-31")
GTTAB = P("114年1-10月", "2025-01-01", "2025-10-31")
GT11 = P("11月", "2025-11-01", "2025-11-30")
GTY = P("全年", "2025-01-01", "2025-12-31")
GTTABLE = "table cell; unit in the column head, the period in the table's title"


def trade(anchor, value, indicator, period=GT10, kind="actual", **kw):
    return row(anchor, value, "億美元", "美元", indicator, kind, period, **kw)


def trade_growth(anchor, value, indicator, period=GT10, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def market_row(market: str, amount: str, growth: str, share: str) -> list[dict]:
    """One row of the table of main markets: amount, growth and share of the market's exports."""
    name = market.replace("國", "国").replace("東協", "东协").replace("歐洲", "欧洲")
    name = name.replace("中国大陸及香港", "中国大陆及香港")
    return [
        row(
            f"{market}　[{amount}]",
            float(amount.replace(",", "")),
            "億美元",
            "美元",
            f"{name}出口",
            "actual",
            GTTAB,
            notes=GTTABLE,
        ),
        row(
            f"{amount}　[{growth}]",
            float(growth),
            "%",
            "%",
            f"{name}出口",
            "growth_rate",
            GTTAB,
            notes=GTTABLE,
        ),
        row(
            f"{growth}　[{share}]",
            float(share),
            "%",
            "%",
            f"{name}出口比重",
            "share",
            GTTAB,
            notes=GTTABLE + " (比重: share of the exports)",
        ),
    ]


LABELS[GT] = [
    trade("10月出口[618.1億美元]", 618.1, "出口"),
    trade_growth("同月增[49.7%]", 49.7, "出口"),
    trade_growth("則增[5.8%]", 5.8, "出口", notes="與上月比較: month on month, a rate of change"),
    trade("累計1-10月出口[5,314.6億美元]", 5314.6, "出口", GT110, kind="count_total"),
    trade_growth("年增[33.8%]", 33.8, "出口", GT110),
    trade("10月進口[430.5億美元]", 430.5, "进口"),
    row("單月[第2高]", 2, None, "位", "进口", "rank", GT10, notes="歷年單月第2高: a record's rank"),
    trade_growth("年增[30.2%]", 30.2, "进口"),
    trade("累計1-10月進口[3,842.7億美元]", 3842.7, "进口", GT110, kind="count_total"),
    trade_growth("年增[23.5%]", 23.5, "进口", GT110),
    trade("進出口總值[1,048.6億美元]", 1048.6, "进出口总值"),
    trade_growth("年增[40.9%]", 40.9, "进出口总值"),
    trade("進出口總值[9,157.3億美元]", 9157.3, "进出口总值", GT110, kind="count_total"),
    trade_growth("年增[29.3%]", 29.3, "进出口总值", GT110),
    trade_growth(
        "10月出口年增[42.6%]",
        42.6,
        "出口",
        notes="以新臺幣計算 says how it is measured, no part of the name",
    ),
    trade_growth("進口年增[23.8%]", 23.8, "进口"),
    trade_growth("升值[5.2%]", 5.2, "新台币对美元汇率"),
    trade("10月出超[187.6億美元]", 187.6, "出超"),
    trade("擴增[122.8億美元]", 122.8, "出超", notes="an absolute change: actual"),
    trade("累計1-10月出超[1,471.9億美元]", 1471.9, "出超", GT110, kind="count_total"),
    trade_growth("年增[71.6%]", 71.6, "出超", GT110),
    trade("對美國出超[165.7億美元]", 165.7, "美国出超", notes="對美國 part of the name (as h29)"),
    trade("出超[79.3億美元]", 79.3, "中国大陆及香港出超"),
    trade("入超[26.9億美元]", 26.9, "日本入超"),
    trade("視聽產品出口[313.4億美元]", 313.4, "资通与视听产品出口"),
    trade_growth("年增[96.8%]", 96.8, "资通与视听产品出口"),
    row("升至[50.7%]", 50.7, "%", "%", "资通与视听产品出口占出口比重", "share", GT10),
    row(
        "首度[突破五成]",
        50,
        "成",
        "%",
        "资通与视听产品出口占出口比重",
        "share",
        GT10,
        "break_through",
        "突破",
        notes="五成 = 50% (as h05's 八成)",
    ),
    trade("視聽產品出口[2,618.5億美元]", 2618.5, "资通与视听产品出口", GT110, kind="count_total"),
    trade_growth("年增[81.3%]", 81.3, "资通与视听产品出口", GT110),
    row("比重[49.3%]", 49.3, "%", "%", "资通与视听产品出口占出口比重", "share", GT110),
    trade("電子零組件出口[206.2億美元]", 206.2, "电子零组件出口"),
    trade_growth("年增[27.5%]", 27.5, "电子零组件出口"),
    trade("積體電路[168.3億美元]", 168.3, "积体电路", notes="其中 a part of 電子零組件出口"),
    trade_growth("年增[31.2%]", 31.2, "积体电路"),
    trade("基本金屬及其製品出口[17.5億美元]", 17.5, "基本金属及其制品出口"),
    trade_growth("年減[6.4%]", -6.4, "基本金属及其制品出口"),
    trade("塑橡膠及其製品出口[15.8億美元]", 15.8, "塑橡胶及其制品出口"),
    trade_growth("年減[9.1%]", -9.1, "塑橡胶及其制品出口", notes="連續第5個月 a streak"),
    trade("農工原料進口[246.1億美元]", 246.1, "农工原料进口"),
    trade_growth("年增[21.6%]", 21.6, "农工原料进口"),
    trade("資本設備進口[132.7億美元]", 132.7, "资本设备进口"),
    trade_growth("年增[58.3%]", 58.3, "资本设备进口"),
    trade("消費品進口[43.2億美元]", 43.2, "消费品进口"),
    trade_growth("年減[2.7%]", -2.7, "消费品进口"),
    trade("10月對美國出口[218.6億美元]", 218.6, "美国出口"),
    trade_growth("年增[88.4%]", 88.4, "美国出口"),
    row("占比[35.4%]", 35.4, "%", "%", "美国出口占比", "share", GT10),
    row(
        "續居[第一大]",
        1,
        None,
        "位",
        "美国出口",
        "rank",
        GT10,
        notes="borderline: a rank fused into a name (第一大出口市場)",
        borderline=True,
    ),
    trade("香港出口[162.9億美元]", 162.9, "中国大陆及香港出口"),
    trade_growth("年增[18.7%]", 18.7, "中国大陆及香港出口"),
    row("占比[26.4%]", 26.4, "%", "%", "中国大陆及香港出口占比", "share", GT10),
    trade("對東協出口[105.3億美元]", 105.3, "东协出口"),
    trade_growth("年增[42.1%]", 42.1, "东协出口"),
    trade("對歐洲出口[45.7億美元]", 45.7, "欧洲出口"),
    trade_growth("年增[12.3%]", 12.3, "欧洲出口"),
    trade("對日本出口[24.8億美元]", 24.8, "日本出口"),
    trade_growth("年減[3.5%]", -3.5, "日本出口"),
    trade("累計1-10月對美國出口[1,712.4億美元]", 1712.4, "美国出口", GT110, kind="count_total"),
    trade_growth("年增[63.2%]", 63.2, "美国出口", GT110),
    trade(
        "香港進口[83.6億美元]",
        83.6,
        "自中国大陆及香港进口",
        notes="the paragraph's 10月 (進口來源方面 a topic)",
    ),
    trade_growth("年增[9.4%]", 9.4, "自中国大陆及香港进口"),
    trade("；自美國進口[52.9億美元]", 52.9, "自美国进口"),
    trade_growth("年增[35.6%]", 35.6, "自美国进口"),
    trade("自日本進口[51.7億美元]", 51.7, "自日本进口"),
    trade_growth("年增[14.2%]", 14.2, "自日本进口"),
    trade("自東協進口[61.4億美元]", 61.4, "自东协进口"),
    trade_growth("年增[26.8%]", 26.8, "自东协进口"),
    trade("自中東進口[27.3億美元]", 27.3, "自中东进口"),
    trade_growth("年減[18.5%]", -18.5, "自中东进口"),
    trade("1-10月自美國進口[431.8億美元]", 431.8, "自美国进口", GT110, kind="count_total"),
    trade_growth("年增[27.4%]", 27.4, "自美国进口", GT110),
    row("進口比重[11.2%]", 11.2, "%", "%", "自美国进口占进口比重", "share", GT110),
    *market_row("美國", "1,712.4", "63.2", "32.2"),
    *market_row("中國大陸及香港", "1,436.8", "12.5", "27.0"),
    *market_row("東協", "957.3", "36.7", "18.0"),
    *market_row("歐洲", "432.1", "9.8", "8.1"),
    *market_row("日本", "261.5", "5.4", "4.9"),
    row(
        "介於[600億至630億美元]",
        600,
        "億美元",
        "美元",
        "出口",
        "target",
        GT11,
        high=630,
        notes="預估: a forecast, target; a range with the unit on both ends",
    ),
    row("年增[38%至45%]", 38, "%", "%", "出口", "target", GT11, high=45),
    row(
        "可望[突破6,400億美元]",
        6400,
        "億美元",
        "美元",
        "出口",
        "target",
        GTY,
        "break_through",
        "突破",
    ),
    row("年增[約32%]", 32, "%", "%", "出口", "target", GTY, "about", "約"),
    row(
        "僅年增[1.2%]",
        1.2,
        "%",
        "%",
        "传统货品出口",
        "growth_rate",
        GT110,
        notes="合計 and 僅 cue words",
    ),
]

# ---------------------------------------------------------------------------------------------
# h61: a listed company's 2024 ESG report, its environment, society and governance sections
# (苏州鼎新光电材料, invented; 发布日期 2025-04-25; a company's text: no home, its bases named in a
# list): 报告期内 / 全年 (the year it reports, 2024) / 截至报告期末 / 截至2024年12月31日,
# 温室气体排放 万吨二氧化碳当量 (范围一 / 范围二 in names, 范围三 a part), 强度 吨二氧化碳当量/万元,
# 单位营业收入能耗 吨标准煤/万元, 较上年 / 较基准年（2020年） changes (a base, no period), 绿电
# 亿千瓦时 and 比例, 光伏 兆瓦 (累计 at a date: a stock), 用水量 万立方米, 废弃物 万吨 / 吨 with
# rates, goals 到2025年 / 到2030年 with 以上 / 不低于 / 不少于, 员工 stocks with 其中 and 占比,
# 小时/人, 事故0起 and 0例, LTIFR, 公益 万元 with 其中, 等4个县, 人次, a board's members. Traps:
# 688517, 2022—2030年, 第三年, 3.1…3.4 / 4.1…4.3 headings, 第三章, 连续三年, 2060年前 (no figure),
# ISO 14064-1:2018, GB/T 2589-2020, 2024年1月1日至2024年12月31日; borderline 三大生产基地 (totals
# its list).
GE = "h61_dingxin_materials_esg_report_2024.txt"
GER = P("报告期内", "2024-01-01", "2024-12-31")
GEY = P("全年", "2024-01-01", "2024-12-31")
GEEND = P("截至报告期末", "2024-12-31", "2024-12-31")
GEPV = P("截至2024年12月31日", "2024-12-31", "2024-12-31")
GE25 = P("到2025年", "2025-01-01", "2025-12-31")
GE30 = P("到2030年", "2030-01-01", "2030-12-31")
GEREPORT = "全年 of a report on 2024 published in 2025 is 2024 (the year it reports, as h56)"
GEBASE = "较基准年（2020年）: a base, no period; the change to the reported year"
CO2 = ("万吨二氧化碳当量", "吨二氧化碳当量")


def esg(anchor, value, unit_raw, unit, indicator, period=GER, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def esg_change(anchor, value, indicator, period=GER, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def esg_share(anchor, value, indicator, period=GER, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


LABELS[GE] = [
    esg("营业收入[86.42亿元]", 86.42, "亿元", "元", "营业收入", GEY, notes=GEREPORT),
    esg_change("增长[12.6%]", 12.6, "营业收入", GEY),
    esg("研发投入[4.37亿元]", 4.37, "亿元", "元", "研发投入", GEY),
    esg_share("营业收入的[5.06%]", 5.06, "研发投入占营业收入", GEY),
    esg(
        "为[38.62万吨二氧化碳当量]",
        38.62,
        *CO2,
        "温室气体排放总量",
        notes="（范围一和范围二） says what is counted, no part of the name",
    ),
    esg_change("下降[6.8%]", -6.8, "温室气体排放总量"),
    esg_change("下降[21.4%]", -21.4, "温室气体排放总量", notes=GEBASE),
    esg("直接排放[9.85万吨二氧化碳当量]", 9.85, *CO2, "范围一直接排放"),
    esg("间接排放[28.77万吨二氧化碳当量]", 28.77, *CO2, "范围二间接排放"),
    esg(
        "强度为[0.447吨二氧化碳当量/万元]",
        0.447,
        "吨二氧化碳当量/万元",
        "吨二氧化碳当量/万元",
        "单位营业收入温室气体排放强度",
    ),
    esg_change("下降[17.2%]", -17.2, "单位营业收入温室气体排放强度"),
    esg(
        "约为[52.3万吨二氧化碳当量]",
        52.3,
        *CO2,
        "外购原材料排放",
        qual="about",
        qtext="约",
        notes="范围三中的 a part named before it; the paragraph's 报告期内",
    ),
    esg("综合能源消耗量[13.58万吨标准煤]", 13.58, "万吨标准煤", "吨标准煤", "综合能源消耗量"),
    esg_change("增长[1.9%]", 1.9, "综合能源消耗量"),
    esg(
        "单位营业收入能耗[0.157吨标准煤/万元]",
        0.157,
        "吨标准煤/万元",
        "吨标准煤/万元",
        "单位营业收入能耗",
    ),
    esg_change("下降[9.5%]", -9.5, "单位营业收入能耗"),
    esg_change("下降[28.6%]", -28.6, "单位营业收入能耗", notes=GEBASE),
    esg("外购电力[4.92亿千瓦时]", 4.92, "亿千瓦时", "千瓦时", "外购电力"),
    esg(
        "绿色电力[1.36亿千瓦时]", 1.36, "亿千瓦时", "千瓦时", "绿色电力", notes="其中 a frame word"
    ),
    esg_share("使用比例[达到27.6%]", 27.6, "绿电使用比例", qual="reach", qtext="达到"),
    row(
        "宿迁、滁州[三大]",
        3,
        "大",
        "个",
        "生产基地",
        "count_total",
        GEPV,
        notes="borderline: totals the exhaustive list before it",
        borderline=True,
    ),
    row(
        "装机容量[达到46.8兆瓦]",
        46.8,
        "兆瓦",
        "兆瓦",
        "屋顶分布式光伏装机容量",
        "count_total",
        GEPV,
        "reach",
        "达到",
        notes="累计 at a date: a stock (累计 a frame word); the bases a list: no subject",
    ),
    esg("发电量[4980万千瓦时]", 4980, "万千瓦时", "千瓦时", "发电量", GEY),
    esg("排放[约2.84万吨]", 2.84, "万吨", "吨", "减少二氧化碳排放", GEY, qual="about", qtext="约"),
    esg("总用水量[312.6万立方米]", 312.6, "万立方米", "立方米", "总用水量", GEY),
    esg_change("下降[11.3%]", -11.3, "单位营业收入耗水量", GEY),
    esg_share("重复利用率[达到92.4%]", 92.4, "工业用水重复利用率", GEY, qual="reach", qtext="达到"),
    esg("产生量[2.17万吨]", 2.17, "万吨", "吨", "一般工业固体废弃物产生量", GEY),
    esg_share("综合利用率[96.8%]", 96.8, "综合利用率", GEY),
    esg("危险废物产生量[3862吨]", 3862, "吨", "吨", "危险废物产生量", GEY),
    esg_share("处置率[100%]", 100, "处置率", GEY),
    esg("环保投入[1.12亿元]", 1.12, "亿元", "元", "环保投入", GEY),
    esg("技改项目[18项]", 18, "项", "项", "节能降碳技改项目", GEY, notes=DONE25),
    esg(
        "节约标准煤[6,420吨]",
        6420,
        "吨",
        "吨",
        "节约标准煤",
        GEY,
        notes="年 (a year's saving) no part of the name",
    ),
    row(
        "下降[30%]",
        -30,
        "%",
        "%",
        "单位营业收入能耗",
        "target",
        GE25,
        notes="承诺: a goal; 较基准年（2020年） a base",
    ),
    row("下降[45%以上]", -45, "%", "%", "温室气体排放总量", "target", GE30, "at_least", "以上"),
    row("[不低于60%]", 60, "%", "%", "绿电使用比例", "target", GE30, "at_least", "不低于"),
    row("[不少于80兆瓦]", 80, "兆瓦", "兆瓦", "新增光伏装机", "target", GE30, "at_least", "不少于"),
    row("员工总数为[6,482人]", 6482, "人", "人", "员工总数", "count_total", GEEND),
    esg("增加[315人]", 315, "人", "人", "员工总数", GEEND, notes="较上年末增加: a change, actual"),
    row("研发人员[1,126人]", 1126, "人", "人", "研发人员", "count_total", GEEND),
    esg_share("员工总数的[17.4%]", 17.4, "研发人员占员工总数", GEEND),
    row("女性员工[2,317人]", 2317, "人", "人", "女性员工", "count_total", GEEND),
    esg_share("占比[35.7%]", 35.7, "女性员工占比", GEEND),
    esg_share("比例为[28.3%]", 28.3, "女性管理者占管理层的比例", GEEND),
    esg_share("签订率[100%]", 100, "员工劳动合同签订率", GEEND),
    esg_share("覆盖率[100%]", 100, "社会保险覆盖率", GEEND),
    esg("培训时长[46.5小时/人]", 46.5, "小时/人", "小时/人", "人均培训时长", GEY),
    esg("增加[6.2小时]", 6.2, "小时", "小时", "人均培训时长", GEY),
    esg_share("培训覆盖率[达到98.9%]", 98.9, "培训覆盖率", GEY, qual="reach", qtext="达到"),
    esg_share("流失率为[6.3%]", 6.3, "员工流失率", GEY),
    row("下降[1.4个百分点]", -1.4, "个百分点", "百分点", "员工流失率", "growth_rate", GEY),
    esg("安全生产投入[1.86亿元]", 1.86, "亿元", "元", "安全生产投入", GEY),
    esg_change("增长[8.3%]", 8.3, "安全生产投入", GEY),
    esg("应急演练[214次]", 214, "次", "次", "开展应急演练", GEY),
    esg(
        "安全生产事故[0起]",
        0,
        "起",
        "起",
        "发生一般及以上安全生产事故",
        GER,
        notes="a count of none is a figure; " + VERB25,
    ),
    esg("新发病例[0例]", 0, "例", "例", "职业病新发病例", GER),
    row(
        "为[0.21]",
        0.21,
        None,
        None,
        "百万工时损工事故率",
        "share",
        GER,
        notes="（LTIFR） an abbreviation; 连续三年 a streak; a rate per million hours with no unit "
        "written (as h51's 库存系数为1.38; relabelled from % after the blind scoring)",
    ),
    esg("公益投入[1,268万元]", 1268, "万元", "元", "公益投入", GEY),
    esg("帮扶资金[620万元]", 620, "万元", "元", "乡村振兴帮扶资金", GEY),
    esg(
        "等[4个县]",
        4,
        "个",
        "个",
        "县",
        GEY,
        notes="a count after 等 (定远县 named): scored; covered in the year",
    ),
    esg("的[27个行政村]", 27, "个", "个", "行政村", GEY),
    esg(
        "捐赠[300万元]",
        300,
        "万元",
        "元",
        "捐赠",
        GEY,
        notes="向苏州市慈善总会 a recipient, dropped as a beneficiary 为X is (session 23)",
    ),
    esg(
        "累计[1.9万小时]",
        1.9,
        "万小时",
        "小时",
        "员工志愿服务时长",
        GEY,
        kind="count_total",
        notes="a running total (累计) is count_total whatever its span (tests/gold/README.md)",
    ),
    esg("参与员工[3,150人次]", 3150, "人次", "人次", "参与员工", GEY),
    row(
        "由[9名]",
        9,
        "名",
        "名",
        "董事",
        "count_total",
        notes="a stock with no time expression: undated",
    ),
    row("独立董事[3名]", 3, "名", "名", "独立董事", "count_total"),
    row("女性董事[2名]", 2, "名", "名", "女性董事", "count_total"),
    esg("董事会会议[11次]", 11, "次", "次", "召开董事会会议", GEY),
    esg("相关议案[6项]", 6, "项", "项", "审议ESG相关议案", GEY),
]


# ---------------------------------------------------------------------------------------------
# h62: 应急管理部's release of the first three quarters' natural disasters (a national text, its
# home 全国; 发布时间 2025-10-14 10:00): 受灾 万人次, 因灾死亡失踪 人, 紧急转移安置 万人次, 倒塌 /
# 严重损坏 / 一般损坏房屋 万间, 农作物受灾面积 千公顷 (千 a multiplier of 公顷, as 万 of 亩),
# 直接经济损失 亿元, 与近5年同期均值相比 / 与去年同期相比 分别下降 (rates against a base), 第三季度
# and its share of 前三季度, disaster kinds opening their sentences (洪涝灾害造成…，因灾死亡失踪…:
# the kind names the list), months in a 分别 list (7月、8月 … 分别为), 较常年同期偏多 (absolute
# changes), provinces in 分别 lists (subjects), 4省（区）…合计占全国 (part of a name, as h59's
# 5省市), 国家防总 启动IV级 / III级应急响应 N次 (counts; IV / III part of the name), 累计转移避险
# (count_total), 汛期 (a season without dates), a 第四季度 outlook (预计, a range 1至2个). Traps:
# 10:00, 浏览次数, 10月14日, 近5年, 第18号台风, 9月24日17时, 5级以上 (a class), 1月7日, 两个月, 注
# and a phone; borderline 最大风力14级 and 6.8级地震 (a grade on a scale naming the event),
# 3省（区） (totals its list).
GD = "h62_mem_natural_disasters_q3_2025.txt"
GDQ = P("2025年前三季度", "2025-01-01", "2025-09-30")
# the title's 2025年前三季度 (no time expression in the paragraph)
GDQT = P("前三季度", "2025-01-01", "2025-09-30")
GDQ3 = P("第三季度", "2025-07-01", "2025-09-30")
GDJUL = P("7月", "2025-07-01", "2025-07-31")
GDAUG = P("8月", "2025-08-01", "2025-08-31")
GDJA = P("7月、8月", "2025-07-01", "2025-08-31")
GDAJ = P("4月至6月", "2025-04-01", "2025-06-30")
GDTY = P("9月24日", "2025-09-24", "2025-09-24")
GDFLOOD = P("汛期")  # a season with no dates (as h24's “三夏”期间)
GDQ4 = P("第四季度", "2025-10-01", "2025-12-31")
GDKIND = "the disaster kind opening the sentence names its list of figures"
GDBASE = "近5年同期均值 is the base of the comparison, not the period"
GDHA = "千公顷: 千 a multiplier of 公顷"


def disaster(anchor, value, unit_raw, unit, indicator, period=GDQ, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def disaster_change(anchor, value, indicator, period=GDQ, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def hectares(anchor, value, indicator, period=GDQT, notes=GDHA, **kw):
    return row(anchor, value, "千公顷", "公顷", indicator, "actual", period, norm=value * 1000,
               notes=notes, **kw)


LABELS[GD] = [
    disaster("共造成[6582.4万人次]", 6582.4, "万人次", "人次", "受灾",
             notes="各种自然灾害 the total (as 全省); 不同程度 a modifier of the verb"),
    disaster("因灾死亡失踪[412人]", 412, "人", "人", "因灾死亡失踪"),
    disaster("紧急转移安置[187.6万人次]", 187.6, "万人次", "人次", "紧急转移安置"),
    disaster("倒塌房屋[1.9万间]", 1.9, "万间", "间", "倒塌房屋", notes="a flow of events, actual"),
    disaster("严重损坏[3.8万间]", 3.8, "万间", "间", "严重损坏"),
    disaster("一般损坏[24.5万间]", 24.5, "万间", "间", "一般损坏"),
    hectares("农作物受灾面积[5863.2千公顷]", 5863.2, "农作物受灾面积", GDQ),
    disaster("直接经济损失[1486.7亿元]", 1486.7, "亿元", "元", "直接经济损失"),
    disaster_change("分别下降[28.6%]", -28.6, "受灾人次", notes=GDBASE),
    disaster_change("28.6%、[35.2%]", -35.2, "因灾死亡失踪人数", notes=GDBASE),
    disaster_change("35.2%、[61.3%]", -61.3, "倒塌房屋数量", notes=GDBASE),
    disaster_change("61.3%和[47.9%]", -47.9, "直接经济损失", notes=GDBASE),
    disaster_change("分别下降[12.4%]", -12.4, "受灾人次"),
    disaster_change("12.4%和[21.8%]", -21.8, "直接经济损失"),
    disaster("受灾人次为[3865.1万人次]", 3865.1, "万人次", "人次", "受灾人次", GDQ3),
    row("占前三季度的[58.7%]", 58.7, "%", "%", "受灾人次占前三季度", "share", GDQ3,
        notes="the part's period; 前三季度 the base"),
    # 洪涝
    disaster("洪涝灾害造成[2216.5万人次]", 2216.5, "万人次", "人次", "洪涝灾害受灾", GDQT,
             notes=GDKIND),
    disaster("因灾死亡失踪[198人]", 198, "人", "人", "洪涝灾害因灾死亡失踪", GDQT, notes=GDKIND),
    disaster("直接经济损失[612.3亿元]", 612.3, "亿元", "元", "洪涝灾害直接经济损失", GDQT,
             notes=GDKIND),
    disaster("共出现[38次]", 38, "次", "次", "出现强降雨过程",
             notes="全国 the home, 共 a frame word"),
    disaster("偏多[6次]", 6, "次", "次", "出现强降雨过程", kind="other",
             notes="较常年同期偏多: a departure from the normal, other (as h39, h40; relabelled)"),
    disaster("编号洪水[21次]", 21, "次", "次", "大江大河发生编号洪水"),
    disaster("发生[1次]特大洪水", 1, "次", "次", "发生特大洪水"),
    disaster("分别为[423.5亿元]", 423.5, "亿元", "元", "直接经济损失", GDJUL,
             notes="months in a 分别 list date their items; 两个月 no metric"),
    disaster("423.5亿元和[376.2亿元]", 376.2, "亿元", "元", "直接经济损失", GDAUG),
    row("合计占前三季度的[53.8%]", 53.8, "%", "%", "直接经济损失占前三季度", "share", GDJA,
        notes="合计 a frame word; the part's period"),
    # 台风
    disaster("共有[21个]台风生成", 21, "个", "个", "台风生成"),
    disaster("其中[6个]登陆", 6, "个", "个", "登陆", notes="我国 the home dropped"),
    disaster("偏多[1.2个]", 1.2, "个", "个", "登陆个数", kind="other",
             notes="较常年同期偏多: a departure from the normal, other (as h39, h40; relabelled)"),
    row("最大风力[14级]", 14, "级", "级", "最大风力", "actual", GDTY,
        notes="borderline: a grade on a scale describing the event", borderline=True),
    row("海南[3省]", 3, "省", "个", "省（区）", "count_total",
        notes="borderline: totals the list before it", borderline=True),
    disaster("[186.9万人次]受灾", 186.9, "万人次", "人次", "受灾", GDTY,
             notes="the sentence's day (the landing); a list of places closed by 3省（区）: no "
             "subject; the typhoon's name no part of the name"),
    disaster("直接经济损失[98.4亿元]", 98.4, "亿元", "元", "直接经济损失", GDTY),
    # 干旱、地质、地震、森林草原火灾、风雹、低温冷冻和雪灾
    hectares("农作物受灾面积[1632.5千公顷]", 1632.5, "干旱灾害农作物受灾面积"),
    disaster_change("偏少[42.1%]", -42.1, "干旱灾害农作物受灾面积", GDQT, notes=GDBASE),
    disaster("共发生[3127起]", 3127, "起", "起", "地质灾害", GDQT),
    disaster("因灾死亡失踪[64人]", 64, "人", "人", "地质灾害因灾死亡失踪", GDQT, notes=GDKIND),
    disaster("地震[14次]", 14, "次", "次", "发生5级以上地震",
             notes="5级以上 a class bound, part of the name; 我国大陆地区 the home"),
    row("定日[6.8级]", 6.8, "级", "级", "地震", "actual", P("1月7日", "2025-01-07", "2025-01-07"),
        subject="西藏", notes="borderline: a magnitude naming the event", borderline=True),
    disaster("森林火灾[86起]", 86, "起", "起", "发生森林火灾",
             notes="发生 governs the list (as 新建…各类公园); " + VERB25),
    disaster("草原火灾[12起]", 12, "起", "起", "发生草原火灾", notes=VERB25),
    disaster("受害森林面积[约2100公顷]", 2100, "公顷", "公顷", "受害森林面积", qual="about",
             qtext="约"),
    disaster_change("均值下降[63.5%]", -63.5, "森林火灾起数", notes=GDBASE),
    disaster("共造成[928.3万人次]", 928.3, "万人次", "人次", "风雹灾害受灾", notes=GDKIND),
    hectares("农作物受灾面积[1205.8千公顷]", 1205.8, "风雹灾害农作物受灾面积", GDQ),
    disaster("直接经济损失[143.6亿元]", 143.6, "亿元", "元", "风雹灾害直接经济损失", notes=GDKIND),
    row("风雹过程的[七成以上]", 70, "成", "%", "风雹过程占前三季度风雹过程", "share", GDAJ,
        "at_least", "以上", notes="七成 70 %; the part's period 4月至6月"),
    hectares("农作物受灾面积[316.4千公顷]", 316.4, "低温冷冻和雪灾农作物受灾面积", GDQT,
             notes=GDHA + "; 主要发生在1月、2月 says when the disaster struck, the figure is the "
             "release's span"),
    # 地区
    row("合计占全国的[42.6%]", 42.6, "%", "%", "4省（区）直接经济损失占全国", "share", GDQT,
        notes="4省（区） part of the name (as h59's 5省市); a list closed by a count: no subject"),
    disaster("分别为[186.4亿元]", 186.4, "亿元", "元", "直接经济损失", GDQT, subject="广东"),
    disaster("186.4亿元和[142.7亿元]", 142.7, "亿元", "元", "直接经济损失", GDQT, subject="广西"),
    disaster("分别为[612.7万人次]", 612.7, "万人次", "人次", "受灾人次", GDQT, subject="湖南"),
    disaster("612.7万人次和[548.9万人次]", 548.9, "万人次", "人次", "受灾人次", GDQT,
             subject="四川"),
    disaster("有[1326个]县", 1326, "个", "个", "县（市、区）受灾", GDQT, kind="count_total",
             notes="the counties hit: a count of things"),
    disaster("减少[214个]", -214, "个", "个", "县（市、区）受灾", GDQT,
             notes="较去年同期减少: an absolute change, actual"),
    # 应急响应
    disaster("启动应急响应[47次]", 47, "次", "次", "启动应急响应",
             notes="国家防总、国家减灾委 the bodies acting; 共 a frame word"),
    disaster("IV级应急响应[19次]", 19, "次", "次", "启动IV级应急响应", notes="IV part of the name"),
    disaster("III级应急响应[5次]", 5, "次", "次", "启动III级应急响应"),
    disaster("派出工作组[89个]", 89, "个", "个", "派出工作组"),
    disaster("救灾资金[48.3亿元]", 48.3, "亿元", "元", "下达中央自然灾害救灾资金"),
    disaster("调拨中央救灾物资[32.6万件]", 32.6, "万件", "件", "调拨中央救灾物资"),
    disaster("累计转移避险群众[412.8万人次]", 412.8, "万人次", "人次", "转移避险群众",
             kind="count_total", notes="a running total (累计): count_total, its span the period"),
    disaster("地质灾害[362起]", 362, "起", "起", "成功避险地质灾害", GDFLOOD,
             notes="汛期: a season without dates"),
    disaster("避免可能伤亡[1.1万人]", 1.1, "万人", "人", "避免可能伤亡", GDFLOOD),
    row("将有[1至2个]台风", 1, "个", "个", "台风影响华南沿海", "target", GDQ4, high=2,
        notes="预计: a forecast, target"),
]

# ---------------------------------------------------------------------------------------------
# h63: a securities daily's A-share market close report (证券时报网, 2025-03-18 17:42; no home: a
# market report names no place as its own): index moves 收涨 / 涨 / 跌 % with levels 报…点, 10:30's
# intraday low, 沪深两市成交额 万亿元 with 较上一交易日放量 / 缩量 (absolute changes), counts of
# stocks 上涨 / 下跌 / 涨停 / 跌停 家 (count_total), sectors 涨幅居前, 近5个交易日累计 and 年内累计
# rates (growth_rate, their spans), 排名第2 after a rate (ranks the rate), 北向资金 净买入 亿元 and
# 本周以来累计 (count_total), 融资余额, 主力资金 净流入 逾, companies' 成交额 / 股价 / 总市值, 港股
# in 港元, ETF 份额 亿份, 今年以来 index rates, 市盈率 倍 and a percentile, 的有N只 members,
# analysts' 预计 / 有望 for the year and a 二季度 range (targets), 开户数 万户 (2月份) and
# 投资者总数 亿 at 截至2月末, 汇率中间价 with 基点, 国债收益率. Figures with no time expression are
# the day's (a day's close report). Traps: 17:42, 10:30, 600519, 连续24个交易日, 申万31个一级行业 (a
# classification's size), 科创50 / 北证50 / 沪深300 / 10年期 (names), 3月下旬, 第2025-0318期;
# borderline 重回3400点上方, 突破1万亿元 (a streak's bound), 居各行业首位.
GS = "h63_securities_times_a_share_close_2025.txt"
GSD = P("3月18日", "2025-03-18", "2025-03-18")
GSY = P("年内", "2025-01-01", "2025-03-18")
GSYTD = P("今年以来", "2025-01-01", "2025-03-18")
GS5 = P("近5个交易日", "2025-03-12", "2025-03-18")
GSWK = P("本周以来", "2025-03-17", "2025-03-18")
GSFY = P("全年", "2025-01-01", "2025-12-31")
GSQ2 = P("二季度", "2025-04-01", "2025-06-30")
GSFEB = P("2月份", "2025-02-01", "2025-02-28")
GSFEBE = P("截至2月末", "2025-02-28", "2025-02-28")
GSDAY = "a day's close report: a figure with no time expression is the day's"


def close_rate(anchor, value, indicator, period=GSD, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def index_level(anchor, value, indicator, period=GSD, kind="actual", **kw):
    return row(anchor, value, "点", "点", indicator, kind, period, **kw)


def money(anchor, value, unit_raw, indicator, period=GSD, kind="actual", **kw):
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


def stocks_count(anchor, value, indicator, period=GSD, **kw):
    return row(anchor, value, "家", "家", indicator, "count_total", period, **kw)


LABELS[GS] = [
    row("沪指重回[3400点]上方", 3400, "点", "点", "沪指", "actual", GSD,
        notes="borderline: a round threshold restating the close", borderline=True),
    money("放量至[1.21万亿元]", 1.21, "万亿元", "两市成交额", notes="the headline"),
    close_rate("沪指收涨[0.52%]", 0.52, "沪指"),
    index_level("报[3412.56点]", 3412.56, "沪指"),
    close_rate("深证成指涨[0.87%]", 0.87, "深证成指"),
    index_level("报[11029.43点]", 11029.43, "深证成指"),
    close_rate("创业板指涨[1.24%]", 1.24, "创业板指"),
    index_level("报[2245.61点]", 2245.61, "创业板指"),
    close_rate("科创50指数涨[1.63%]", 1.63, "科创50指数", notes="50 part of the name"),
    index_level("报[1068.37点]", 1068.37, "科创50指数"),
    close_rate("北证50指数跌[0.35%]", -0.35, "北证50指数"),
    index_level("下探至[3381.22点]", 3381.22, "沪指", notes="10:30 a clock time; 早盘 the day"),
    money("沪深两市成交额[1.21万亿元]", 1.21, "万亿元", "沪深两市成交额", notes=GSDAY),
    money("放量[856亿元]", 856, "亿元", "沪深两市成交额",
          notes="较上一交易日放量: an absolute change, actual"),
    money("交易日突破[1万亿元]", 1, "万亿元", "沪深两市成交额", qual="break_through",
          qtext="突破", notes="borderline: the bound of a streak (连续24个交易日)",
          borderline=True),
    money("沪市成交[4862亿元]", 4862, "亿元", "沪市成交"),
    money("深市成交[7238亿元]", 7238, "亿元", "深市成交"),
    money("北交所成交[186亿元]", 186, "亿元", "北交所成交"),
    money("缩量[21亿元]", -21, "亿元", "北交所成交", notes="缩量: a fall"),
    stocks_count("上涨个股[超3800家]", 3800, "上涨个股", qual="over", qtext="超",
                 notes="全市场 the scope (as 全市)"),
    stocks_count("下跌个股[1385家]", 1385, "下跌个股"),
    stocks_count("涨停[56家]", 56, "涨停"),
    stocks_count("跌停[7家]", 7, "跌停"),
    row("申万[31个]一级行业中", 31, "个", "个", "一级行业", "count_total", GSD, borderline=True,
        notes=SCOPE),
    row("中有[27个]收涨", 27, "个", "个", "收涨的一级行业", "count_total", GSD,
        notes="members of a group (中有N个), named deed的X (as h10's, h17's, h23's; session 20: "
        "labelled 一级行业收涨); 申万31个一级行业 the scope (borderline)"),
    close_rate("机器人板块上涨[4.21%]", 4.21, "机器人板块"),
    row("板块内[28只]", 28, "只", "只", "个股涨停", "count_total", GSD),
    close_rate("银行板块下跌[0.68%]", -0.68, "银行板块"),
    close_rate("半导体板块上涨[3.15%]", 3.15, "半导体板块"),
    close_rate("累计上涨[9.82%]", 9.82, "半导体板块", GS5,
               notes="a rate over 近5个交易日 (3月12日-18日): growth_rate, its span"),
    close_rate("消费电子板块上涨[2.87%]", 2.87, "消费电子板块"),
    close_rate("涨幅达到[18.6%]", 18.6, "消费电子板块", GSY, qual="reach", qtext="达到"),
    row("排名[第2]", 2, None, "位", "消费电子板块涨幅", "rank", GSY,
        notes="a rank right after a rate ranks the rate (the seeds' rule); 31个一级行业 no metric"),
    money("全天净买入[62.35亿元]", 62.35, "亿元", "北向资金净买入", notes="全天 a period word"),
    money("沪股通净买入[38.12亿元]", 38.12, "亿元", "沪股通净买入"),
    money("深股通净买入[24.23亿元]", 24.23, "亿元", "深股通净买入"),
    money("累计净买入[156.4亿元]", 156.4, "亿元", "北向资金净买入", GSWK, kind="count_total",
          notes="a running total (累计): count_total; 本周以来 the week's Monday to the day"),
    money("融资余额报[1.92万亿元]", 1.92, "万亿元", "两市融资余额", kind="count_total"),
    money("增加[45.6亿元]", 45.6, "亿元", "两市融资余额"),
    money("全天净流入[117.8亿元]", 117.8, "亿元", "主力资金净流入"),
    money("获净流入[逾40亿元]", 40, "亿元", "电子行业净流入", qual="over", qtext="逾"),
    row("各行业[首位]", 1, None, "位", "电子行业净流入", "rank", GSD,
        notes="borderline: a rank without a numeral", borderline=True),
    money("成交额达[68.9亿元]", 68.9, "亿元", "宁德时代成交额", qual="reach", qtext="达"),
    row("居两市[第一]", 1, None, "位", "宁德时代成交额", "rank", GSD),
    close_rate("股价收涨[2.36%]", 2.36, "宁德时代股价",
               notes="the company opening the sentence names its list"),
    money("报[268.50元]", 268.50, "元", "宁德时代股价"),
    close_rate("收涨[1.15%]", 1.15, "贵州茅台", notes="600519 a stock code"),
    money("报[1588.00元]", 1588.00, "元", "贵州茅台"),
    money("总市值[约1.99万亿元]", 1.99, "万亿元", "贵州茅台总市值", kind="actual", qual="about",
          qtext="约"),
    row("有[3只]新股", 3, "只", "只", "新股上市", "actual", GSD, notes="listings: events, a flow"),
    close_rate("平均涨幅达[186.4%]", 186.4, "新股平均涨幅", qual="reach", qtext="达"),
    close_rate("恒生指数收涨[1.46%]", 1.46, "恒生指数", notes="港股: no place named, no subject"),
    index_level("报[24740.57点]", 24740.57, "恒生指数"),
    close_rate("恒生科技指数涨[2.13%]", 2.13, "恒生科技指数"),
    close_rate("年内累计上涨[31.2%]", 31.2, "恒生科技指数", GSY),
    row("净买入[95.7亿港元]", 95.7, "亿港元", "港元", "南向资金净买入", "actual", GSD),
    money("当日成交额[1362亿元]", 1362, "亿元", "股票型ETF成交额"),
    row("增加[8.6亿份]", 8.6, "亿份", "份", "科创50ETF份额", "actual", GSD,
        notes="较上一交易日增加: an absolute change"),
    close_rate("沪指累计上涨[1.81%]", 1.81, "沪指", GSYTD),
    close_rate("深证成指累计上涨[5.89%]", 5.89, "深证成指", GSYTD),
    close_rate("创业板指累计上涨[4.86%]", 4.86, "创业板指", GSYTD),
    row("（TTM）为[12.68倍]", 12.68, "倍", "倍", "沪深300指数市盈率", "actual", GSD,
        notes="截至3月18日收盘: the day's close (a point)"),
    row("近十年来[43%]", 43, "%", "%", "分位水平", "share", GSD,
        notes="近十年来 the window of the percentile, not the period"),
    row("市盈率为[32.47倍]", 32.47, "倍", "倍", "创业板指市盈率", "actual", GSD),
    row("全市场[5384只]", 5384, "只", "只", "个股", "count_total", GSD, borderline=True,
        notes=SCOPE),
    row("的有[3126只]", 3126, "只", "只", "上涨的个股", "count_total", GSY,
        notes="members of a group (的有N只)"),
    row("占比[58.1%]", 58.1, "%", "%", "上涨的个股占比", "share", GSY),
    row("同比增长[5%左右]", 5, "%", "%", "全部A股归母净利润", "target", GSFY, "about", "左右",
        notes="预计: a forecast, target"),
    row("有望[达到15%以上]", 15, "%", "%", "科技板块盈利增速", "target", GSFY, "at_least",
        "达到…以上"),
    money("维持在[1万亿元以上]", 1, "万亿元", "两市日均成交额", GSFY, kind="target",
          qual="at_least", qtext="以上"),
    index_level("挑战[3600点]", 3600, "沪指", GSFY, kind="target"),
    row("区间为[3300点至3600点]", 3300, "点", "点", "上证指数运行区间", "target", GSQ2, high=3600),
    row("开户数达到[312.6万户]", 312.6, "万户", "户", "新增投资者开户数", "actual", GSFEB,
        "reach", "达到"),
    close_rate("同比增长[28.7%]", 28.7, "新增投资者开户数", GSFEB),
    row("投资者总数达[2.25亿]", 2.25, "亿", None, "投资者总数", "count_total", GSFEBE, "reach",
        "达"),
    row("自然人投资者[2.24亿]", 2.24, "亿", None, "自然人投资者", "count_total", GSFEBE),
    row("中间价报[7.1712]", 7.1712, None, None, "人民币对美元汇率中间价", "actual", GSD,
        notes="当日 the day"),
    row("调升[35个基点]", 35, "个基点", "基点", "人民币对美元汇率中间价", "growth_rate", GSD,
        notes="较前一交易日调升: a change in 基点"),
    row("下行[2.1个基点]", -2.1, "个基点", "基点", "10年期国债收益率", "growth_rate", GSD,
        notes="10年期 part of the name; 下行 a fall"),
    row("至[1.836%]", 1.836, "%", "%", "10年期国债收益率", "share", GSD,
        notes="a rate's level is a share (as h22's interest rates)"),
]

# ---------------------------------------------------------------------------------------------
# h64: 国家能源局's monthly release on electricity consumption (a national text, its home 全国;
# 发布时间 2025-11-20): 10月份 and 1-10月 全社会用电量 亿千瓦时 with 同比, 分产业 (第一 / 第二 /
# 第三产业, 城乡居民生活用电量), 其中 充换电服务业 / 信息传输、软件和信息技术服务业 / 互联网数据服务
# rates, 增速比1-9月提高 (points), 高于同期制造业平均水平 (a gap, other), 规模以上工业发电量 and a
# 分别 list of 风电、太阳能发电量, 发电设备累计平均利用小时 (count_total, 累计) with 比上年同期降低,
# 新增装机 万千瓦 with 同比多投产, 截至10月底 累计发电装机容量 亿千瓦 (count_total) and 太阳能 /
# 风电装机容量 (its 其中 members: count_total, session 24) with their share 占总装机容量的比重,
# 完成投资, 跨区输送电量, 累计 市场交易电量 and its share, 预计全年 / 迎峰度冬期间 (a season
# without dates) / 确保全年 goals, and
# a table printed with tabs (指标名称 / 单位 / 10月 / 同比增长（%） / 1-10月累计 / 同比增长（%）)
# dated by its columns. Traps: 11月20日, 1-9月, 6000千瓦及以上 (a class), 连续5个月, 2024年4月起,
# 注：1. 2., a phone.
GN = "h64_nea_electricity_consumption_oct_2025.txt"
GN10 = P("10月份", "2025-10-01", "2025-10-31")
GN110 = P("1-10月", "2025-01-01", "2025-10-31")
GNEND = P("截至10月底", "2025-10-31", "2025-10-31")
GNFY = P("全年", "2025-01-01", "2025-12-31")
GNWINTER = P("迎峰度冬期间")  # a season with no dates
GNTAB10 = P("10月", "2025-10-01", "2025-10-31")
GNTABYTD = P("1-10月累计", "2025-01-01", "2025-10-31")
GNCUM = "a running total (累计): count_total, its span the period"


def power(anchor, value, indicator, period=GN10, kind="actual", **kw):
    return row(anchor, value, "亿千瓦时", "千瓦时", indicator, kind, period, **kw)


def power_growth(anchor, value, indicator, period=GN10, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def capacity(anchor, value, unit_raw, indicator, period=GN110, kind="actual", **kw):
    return row(anchor, value, unit_raw, "千瓦", indicator, kind, period, **kw)


def hours(anchor, value, indicator, kind="count_total", **kw):
    return row(anchor, value, "小时", "小时", indicator, kind, GN110, **kw)


def consumption_table_row(head: str, indicator: str, month: str, month_growth: str,
                          total: str, total_growth: str) -> list[dict]:
    """One row of the appended table: October's use and growth, the running total and growth."""
    return [
        power(tab_cell(GN, head, month), float(month), indicator, GNTAB10,
              notes="table cell; unit in the 单位 column, the period in the column head"),
        power_growth(tab_cell(GN, head, month_growth), float(month_growth), indicator, GNTAB10),
        power(tab_cell(GN, head, total), float(total), indicator, GNTABYTD, kind="count_total",
              notes="the column 1-10月累计: a running total"),
        power_growth(tab_cell(GN, head, total_growth), float(total_growth), indicator,
                     GNTABYTD),
    ]


LABELS[GN] = [
    power("全社会用电量[8572亿千瓦时]", 8572, "全社会用电量"),
    power_growth("同比增长[10.4%]", 10.4, "全社会用电量"),
    power("第一产业用电量[119亿千瓦时]", 119, "第一产业用电量"),
    power_growth("同比增长[13.2%]", 13.2, "第一产业用电量"),
    power("第二产业用电量[5408亿千瓦时]", 5408, "第二产业用电量"),
    power_growth("同比增长[6.2%]", 6.2, "第二产业用电量"),
    power("第三产业用电量[1762亿千瓦时]", 1762, "第三产业用电量"),
    power_growth("同比增长[17.1%]", 17.1, "第三产业用电量"),
    power("生活用电量[1283亿千瓦时]", 1283, "城乡居民生活用电量"),
    power_growth("同比增长[23.9%]", 23.9, "城乡居民生活用电量"),
    power("累计[86386亿千瓦时]", 86386, "全社会用电量", GN110, kind="count_total", notes=GNCUM),
    power_growth("同比增长[5.1%]", 5.1, "全社会用电量", GN110),
    row("提高[0.5个百分点]", 0.5, "个百分点", "百分点", "全社会用电量增速", "growth_rate", GN110,
        notes="增速比1-9月提高: a change of the rate"),
    power("第一产业用电量[1196亿千瓦时]", 1196, "第一产业用电量", GN110),
    power_growth("同比增长[10.0%]", 10.0, "第一产业用电量", GN110),
    power("第二产业用电量[55627亿千瓦时]", 55627, "第二产业用电量", GN110),
    power_growth("同比增长[3.4%]", 3.4, "第二产业用电量", GN110),
    power_growth("同比增长[7.6%]", 7.6, "高技术及装备制造业用电量", GN110),
    row("平均水平[3.3个百分点]", 3.3, "个百分点", "百分点", "高技术及装备制造业用电量增速",
        "other", GN110, notes="高于…平均水平: a gap to another figure (other)"),
    power("第三产业用电量[16312亿千瓦时]", 16312, "第三产业用电量", GN110),
    power_growth("同比增长[8.4%]", 8.4, "第三产业用电量", GN110),
    power_growth("同比增长[48.6%]", 48.6, "充换电服务业用电量", GN110),
    power_growth("同比增长[29.3%]", 29.3, "信息传输、软件和信息技术服务业用电量", GN110),
    power_growth("同比增长[38.4%]", 38.4, "互联网数据服务用电量", GN110),
    power("生活用电量[13251亿千瓦时]", 13251, "城乡居民生活用电量", GN110),
    power_growth("同比增长[7.2%]", 7.2, "城乡居民生活用电量", GN110),
    power("工业发电量[7752亿千瓦时]", 7752, "规模以上工业发电量", notes="全国 the home"),
    power_growth("同比增长[7.9%]", 7.9, "规模以上工业发电量"),
    power_growth("分别增长[21.2%]", 21.2, "规模以上工业风电发电量",
                 notes="the list's last item lends its head 发电量"),
    power_growth("21.2%和[26.8%]", 26.8, "规模以上工业太阳能发电量"),
    hours("利用小时[2618小时]", 2618, "6000千瓦及以上电厂发电设备平均利用小时",
          notes=GNCUM + "; 6000千瓦及以上 a class bound, part of the name"),
    hours("降低[189小时]", -189, "6000千瓦及以上电厂发电设备平均利用小时", kind="actual",
          notes="比上年同期降低: an absolute change, actual"),
    hours("火电[3521小时]", 3521, "火电", notes="an item of the 累计 total"),
    hours("降低[166小时]", -166, "火电", kind="actual"),
    hours("风电[1698小时]", 1698, "风电"),
    hours("降低[114小时]", -114, "风电", kind="actual"),
    hours("太阳能发电[946小时]", 946, "太阳能发电"),
    hours("降低[93小时]", -93, "太阳能发电", kind="actual"),
    capacity("新增发电装机容量[42385万千瓦]", 42385, "万千瓦", "新增发电装机容量"),
    capacity("多投产[13862万千瓦]", 13862, "万千瓦", "新增发电装机容量",
             notes="同比多投产: an absolute change (多 ends no name)"),
    capacity("太阳能发电新增装机[25287万千瓦]", 25287, "万千瓦", "太阳能发电新增装机"),
    capacity("风电新增装机[7012万千瓦]", 7012, "万千瓦", "风电新增装机"),
    capacity("装机容量[约37.5亿千瓦]", 37.5, "亿千瓦", "发电装机容量", GNEND, kind="count_total",
             qual="about", qtext="约", notes=GNCUM + " (at a date)"),
    power_growth("同比增长[17.3%]", 17.3, "发电装机容量", GNEND),
    capacity("太阳能发电装机容量[11.4亿千瓦]", 11.4, "亿千瓦", "太阳能发电装机容量", GNEND,
             kind="count_total", notes="其中 member of the 累计 total before (session 24)"),
    power_growth("同比增长[43.8%]", 43.8, "太阳能发电装机容量", GNEND),
    capacity("风电装机容量[5.9亿千瓦]", 5.9, "亿千瓦", "风电装机容量", GNEND, kind="count_total"),
    power_growth("同比增长[21.4%]", 21.4, "风电装机容量", GNEND),
    row("比重达到[46.1%]", 46.1, "%", "%", "风电和太阳能发电装机容量占总装机容量的比重", "share",
        GNEND, "reach", "达到", notes="合计 between the words of a name dropped"),
    row("提高[5.2个百分点]", 5.2, "个百分点", "百分点",
        "风电和太阳能发电装机容量占总装机容量的比重", "growth_rate", GNEND),
    row("电源工程完成投资[7856亿元]", 7856, "亿元", "元", "主要发电企业电源工程完成投资",
        "actual", GN110),
    power_growth("同比增长[2.3%]", 2.3, "主要发电企业电源工程完成投资", GN110),
    row("电网工程完成投资[4824亿元]", 4824, "亿元", "元", "电网工程完成投资", "actual", GN110),
    power_growth("同比增长[7.1%]", 7.1, "电网工程完成投资", GN110),
    power("输送电量完成[6418亿千瓦时]", 6418, "跨区输送电量", GN110),
    power_growth("同比增长[9.6%]", 9.6, "跨区输送电量", GN110),
    power("市场交易电量[50362亿千瓦时]", 50362, "市场交易电量", GN110, kind="count_total",
          notes=GNCUM + "; 各电力交易中心 the bodies, 组织完成 verbs"),
    power_growth("同比增长[7.8%]", 7.8, "市场交易电量", GN110),
    row("比重为[58.3%]", 58.3, "%", "%", "市场交易电量占全社会用电量比重", "share", GN110),
    row("提高[1.6个百分点]", 1.6, "个百分点", "百分点", "市场交易电量占全社会用电量比重",
        "growth_rate", GN110),
    row("同比增长[5%左右]", 5, "%", "%", "全社会用电量", "target", GNFY, "about", "左右",
        notes="预计: a forecast, target"),
    capacity("将达到[14.5亿千瓦左右]", 14.5, "亿千瓦", "最高用电负荷", GNWINTER, kind="target",
             qual="about", qtext="左右", notes="迎峰度冬期间: a season without dates"),
    capacity("增长[约1亿千瓦]", 1, "亿千瓦", "最高用电负荷", GNWINTER, kind="target",
             qual="about", qtext="约", notes="较去年冬季峰值: the base"),
    capacity("新增新能源装机[3亿千瓦以上]", 3, "亿千瓦", "新增新能源装机", GNFY, kind="target",
             qual="at_least", qtext="以上"),
    *consumption_table_row("全社会用电量", "全社会用电量", "8572", "10.4", "86386", "5.1"),
    *consumption_table_row("第一产业", "第一产业用电量", "119", "13.2", "1196", "10.0"),
    *consumption_table_row("第二产业", "第二产业用电量", "5408", "6.2", "55627", "3.4"),
    *consumption_table_row("第三产业", "第三产业用电量", "1762", "17.1", "16312", "8.4"),
    *consumption_table_row("城乡居民生活用电", "城乡居民生活用电", "1283", "23.9", "13251", "7.2"),
]


# ---------------------------------------------------------------------------------------------
# Round 21, added after the extractor had been improved on h01–h61 (round 20, h62–h64, labelled at
# the same time by another helper) and labelled by reading before it was run on them.
#
# h65: 国家医疗保障局's yearly statistical bulletin on medical insurance for 2024 (a national text,
# its home 全国; 发布时间 2025-07-14): 截至2024年底 stocks (参保人数 万人 / 亿人, 定点医疗机构 万家,
# 累计结存 亿元) with 比上年增加 / 增长 (the point), 参保率 稳定在95%以上, 在职退休比 (a unit-less
# ratio), 2024年 / 全年 flows (基金收入 / 支出 亿元, 享受待遇 亿人次, 跨省直接结算 万人次),
# 政策范围内住院费用基金支付比例 with 分别比上年提高0.3个和0.2个百分点, 集中带量采购 62种药品
# 平均降价70% (a fall of the price), 已开展10批, 1000余种, 减少参保群众垫付资金 (an amount saved:
# positive), 2025 goals 左右 / 再提高 / 达到 / 力争…以上. Traps: 16:00, 浏览次数, 第十批 / 第五批 /
# 第十一批, （一）（二）, 注：1. 2., a phone; （含生育保险） says how a fund is counted, no part of
# its name.
NHSA = "h65_nhsa_medical_insurance_bulletin_2024.txt"
NHSAEND = P("截至2024年底", "2024-12-31", "2024-12-31")
NHSA24 = P("2024年", "2024-01-01", "2024-12-31")
NHSAYEAR = P("全年", "2024-01-01", "2024-12-31")
NHSA25 = P("2025年", "2025-01-01", "2025-12-31")
NHSATITLE = (
    "no time expression in its paragraph: a flow or level of a yearly report, the title's year"
)


def nhsa_stock(anchor, value, unit_raw, unit, indicator, period=NHSAEND, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def nhsa_flow(anchor, value, unit_raw, unit, indicator, period=NHSAYEAR, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def nhsa_rate(anchor, value, indicator, kind="growth_rate", period=NHSAYEAR, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[NHSA] = [
    nhsa_stock("参保人数[达到132611万人]", 132611, "万人", "人", "基本医疗保险参保人数",
             qual="reach", qtext="达到", notes="全国 the home"),
    nhsa_rate("参保率稳定在[95%以上]", 95, "参保率", "share", NHSAEND, qual="at_least",
              qtext="以上"),
    nhsa_stock("保险人数[37820万人]", 37820, "万人", "人", "参加职工基本医疗保险人数"),
    nhsa_flow("比上年增加[726万人]", 726, "万人", "人", "参加职工基本医疗保险人数", NHSAEND,
            notes="the change of a stock: the paragraph's point (as h59's 提高2.2件)"),
    nhsa_rate("增长[2.0%]", 2.0, "参加职工基本医疗保险人数", period=NHSAEND),
    nhsa_stock("保险人数[94791万人]", 94791, "万人", "人", "参加城乡居民基本医疗保险人数"),
    nhsa_stock("在职职工[27496万人]", 27496, "万人", "人", "在职职工",
             notes="在职工医保参保人员中: a frame, no part of the name"),
    nhsa_stock("退休职工[10324万人]", 10324, "万人", "人", "退休职工"),
    row("在职退休比为[2.66]", 2.66, None, None, "在职退休比", "share", NHSAEND,
        notes="a unit-less ratio (as h02's 城乡居民收入比为2.08)"),
    nhsa_flow("总收入[34809亿元]", 34809, "亿元", "元", "基本医疗保险基金总收入", NHSA24,
            notes="（含生育保险） says how the fund is counted, no part of the name"),
    nhsa_rate("比上年增长[4.4%]", 4.4, "基本医疗保险基金总收入", period=NHSA24),
    nhsa_flow("总支出[29676亿元]", 29676, "亿元", "元", "总支出", NHSA24,
            notes="the clause's own words (nothing borrowed from the clause before)"),
    nhsa_rate("增长[4.8%]", 4.8, "总支出", period=NHSA24),
    nhsa_flow("当期结存[5133亿元]", 5133, "亿元", "元", "当期结存", NHSA24),
    nhsa_stock("累计结存[38529亿元]", 38529, "亿元", "元", "基本医疗保险统筹基金结存",
             notes="累计 a frame word (count_total)"),
    nhsa_stock("累计结存[14260亿元]", 14260, "亿元", "元", "职工医保个人账户结存"),
    nhsa_flow("收入[24210亿元]", 24210, "亿元", "元", "职工基本医疗保险基金收入", NHSA24,
              notes=NHSATITLE),
    nhsa_flow("支出[19870亿元]", 19870, "亿元", "元", "支出", NHSA24, notes=NHSATITLE),
    nhsa_rate("分别增长[6.5%]", 6.5, "职工基本医疗保险基金收入", period=NHSA24, notes=NHSATITLE),
    nhsa_rate("6.5%和[5.9%]", 5.9, "支出", period=NHSA24, notes=NHSATITLE),
    nhsa_flow("基金收入[10599亿元]", 10599, "亿元", "元", "城乡居民基本医疗保险基金收入", NHSA24,
            notes=NHSATITLE),
    nhsa_flow("支出[9806亿元]", 9806, "亿元", "元", "支出", NHSA24, notes=NHSATITLE),
    nhsa_flow("补助标准[达到670元]", 670, "元", "元", "居民医保人均财政补助标准", NHSA24,
            qual="reach", qtext="达到", notes="a yearly standard's level: " + NHSATITLE),
    nhsa_flow("比上年提高[30元]", 30, "元", "元", "居民医保人均财政补助标准", NHSA24,
              notes=NHSATITLE),
    nhsa_flow("享受待遇[29.8亿人次]", 29.8, "亿人次", "人次", "参保人员享受待遇"),
    nhsa_rate("比上年增长[7.1%]", 7.1, "参保人员享受待遇"),
    nhsa_rate("支付比例为[84.6%]", 84.6, "职工医保政策范围内住院费用基金支付比例", "share"),
    nhsa_rate("支付比例为[68.1%]", 68.1, "居民医保政策范围内住院费用基金支付比例", "share"),
    row("提高[0.3个]和", 0.3, "个百分点", "百分点", "职工医保政策范围内住院费用基金支付比例",
        "growth_rate", NHSAYEAR, notes="分别: the first item's change, the unit shared"),
    row("0.3个和[0.2个百分点]", 0.2, "个百分点", "百分点",
        "居民医保政策范围内住院费用基金支付比例", "growth_rate", NHSAYEAR),
    nhsa_flow("次均住院费用[8410元]", 8410, "元", "元", "居民医保次均住院费用"),
    nhsa_rate("下降[2.6%]", -2.6, "居民医保次均住院费用"),
    nhsa_stock("定点医疗机构[达到110.6万家]", 110.6, "万家", "家", "医保定点医疗机构",
             qual="reach", qtext="达到"),
    nhsa_stock("零售药店[52.3万家]", 52.3, "万家", "家", "定点零售药店"),
    nhsa_flow("[62种]药品", 62, "种", "种", "药品",
            notes="the drugs of the year's batch (第十批 an ordinal, no metric)"),
    nhsa_rate("平均降价[70%]", -70, "药品价格",
            notes="降价: a fall of the price (negative); 平均 how it is measured"),
    nhsa_rate("平均降价[60%左右]", -60, "耗材价格", qual="about", qtext="左右",
            notes="第五批 an ordinal; the examples before 等 dropped"),
    nhsa_stock("已开展[10批]", 10, "批", "批", "国家组织药品集中带量采购"),
    nhsa_stock("共纳入[435种]", 435, "种", "种", "纳入药品", notes="共 a frame word"),
    nhsa_stock("覆盖药品[1000余种]", 1000, "种", "种", "省际联盟采购覆盖药品", qual="plus",
             qtext="余"),
    nhsa_flow("新增[91种]", 91, "种", "种", "新增药品", NHSA24,
            notes="the flow verb governs the count; modifiers before it not part"),
    nhsa_stock("药品总数[达到3159种]", 3159, "种", "种", "目录内药品总数", NHSA24, qual="reach",
             qtext="达到",
             notes="a stock after the year's adjustment, dated by the sentence's 2024年"),
    nhsa_stock("西药[1388种]", 1388, "种", "种", "西药", NHSA24),
    nhsa_stock("中成药[1771种]", 1771, "种", "种", "中成药", NHSA24),
    nhsa_flow("惠及患者[1.5亿人次]", 1.5, "亿人次", "人次", "协议期内谈判药品惠及患者"),
    nhsa_flow("直接结算[2.02亿人次]", 2.02, "亿人次", "人次", "跨省异地就医直接结算"),
    nhsa_flow("垫付资金[1842.7亿元]", 1842.7, "亿元", "元", "减少参保群众垫付资金",
            notes="an amount saved, positive (it grows 24.6%): 减少 names it, no decline"),
    nhsa_rate("增长[56.6%]和", 56.6, "跨省异地就医直接结算"),
    nhsa_rate("56.6%和[24.6%]", 24.6, "减少参保群众垫付资金"),
    nhsa_flow("直接结算[1146万人次]", 1146, "万人次", "人次", "住院费用跨省直接结算"),
    nhsa_flow("直接结算[1.9亿人次]", 1.9, "亿人次", "人次", "门诊费用跨省直接结算"),
    nhsa_stock("医疗机构[达到60.1万家]", 60.1, "万家", "家", "跨省联网定点医疗机构", qual="reach",
             qtext="达到"),
    nhsa_stock("激活用户[超过10亿人]", 10, "亿人", "人", "医保电子凭证激活用户", qual="over",
             qtext="超过"),
    nhsa_flow("医保基金[275亿元]", 275, "亿元", "元", "追回医保基金",
            notes="通过监督检查 how, no part of the name"),
    nhsa_flow("医药机构[6.2万家]", 6.2, "万家", "家", "查处违法违规定点医药机构"),
    nhsa_flow("资金支出[298亿元]", 298, "亿元", "元", "医疗救助资金支出"),
    nhsa_flow("基本医疗保险[8500万人]", 8500, "万人", "人", "资助参加基本医疗保险"),
    nhsa_flow("住院救助[1.8亿人次]", 1.8, "亿人次", "人次", "实施门诊和住院救助"),
    nhsa_rate("参保率稳定在[99%以上]", 99, "农村低收入人口参保率", "share", qual="at_least",
            qtext="以上"),
    nhsa_rate("保持在[99.9%左右]", 99.9, "脱贫人口参保率", "share", qual="about", qtext="左右"),
    nhsa_stock("试点城市[49个]", 49, "个", "个", "长期护理保险试点城市"),
    nhsa_stock("参保人数[1.83亿人]", 1.83, "亿人", "人", "参保人数"),
    nhsa_stock("待遇人数[235万人]", 235, "万人", "人", "享受待遇人数", notes="累计 a frame word"),
    nhsa_flow("基金支出[112亿元]", 112, "亿元", "元", "长期护理保险基金支出"),
    nhsa_rate("比例[达到78.5%]", 78.5, "DRG/DIP付费医疗机构住院费用占统筹地区住院费用的比例",
            "share", qual="reach", qtext="达到",
            notes="the paragraph's last time expression (全年)"),
    nhsa_rate("继续稳定在[95%左右]", 95, "基本医疗保险参保率", "target", NHSA25, qual="about",
            qtext="左右"),
    row("再提高[30元]", 30, "元", "元", "居民医保人均财政补助标准", "target", NHSA25),
    row("每人每年[700元]", 700, "元", "元", "居民医保人均财政补助标准", "target", NHSA25,
        "reach", "达到", notes="达到 not adjacent (每人每年 between): labelled, not quoted"),
    nhsa_rate("结算率[达到70%以上]", 70, "住院费用跨省直接结算率", "target", NHSA25,
            qual="at_least", qtext="达到…以上"),
]


# h66: a government procurement result notice (成都市双流区第一人民医院's renovation works, 发布时间
# 2025年9月12日; its home 双流): 预算金额 / 最高限价 万元 and the scoring weights (what the
# procedure sets: other, no period), 中标金额 ￥…元 with thousands separators and its 大写 twin
# (borderline: the same amount in capital numerals), 下浮率 %, 工期 日历天 (a term the award sets:
# other), 综合得分 分, 合计 and 节约率, a committee's members, two tables of bidders printed as text
# (排名 / 投标人 / 投标报价（元） / 综合得分; rows are bidders: a cell is named by its row and its
# column, the rank column ranks 综合得分), 预留份额 (other), 占…的100%. Traps: 10:15, 浏览次数,
# 项目编号, addresses (6号, 27号8楼, 1268号2栋15层, 88号), phones, 一至五层 / 六至十层, 第一标段,
# 一级建造师 and its 注册编号, 9:30, dates, 排名前三 (a class), 两个中标供应商, 公告期限 1个工作日
# and the deadlines 7个工作日内 / 30日内 / 2个工作日内 (a rule's durations); borderline 满分30分.
GPA = "h66_shuangliu_procurement_award_notice_2025.txt"
GPAOPEN = P("2025年9月5日", "2025-09-05", "2025-09-05")
GPARULE = "what the procedure sets (a budget, a cap, a weight, a term): other, no period"
GPANODATE = "the award's figures: no time expression in their section, undated"
GPAOPENED = "the paragraph's last time expression: the bids opened 2025年9月5日"


def gpa_rule(anchor, value, unit_raw, unit, indicator, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "other", notes=GPARULE, **kw)


def gpa_award(anchor, value, unit_raw, unit, indicator, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, notes=GPANODATE, **kw)


def gpa_bid(anchor, value, indicator, **kw):
    return row(anchor, value, "家", "家", indicator, "actual", GPAOPEN, notes=GPAOPENED, **kw)


def gpa_table_row(line, rank, price, score):
    """A bidders' table row (排名　投标人　投标报价（元）　综合得分): its rank (of 综合得分),
    its bid in 元 (the column head's unit) and its score (a bare cell: 分 by its column), each
    named by the row's bidder and the column (a thing table, as h57's ports and h60's
    markets)."""
    rank_text, bidder, price_text, score_text = line.split("　")
    return [
        row(f"[{rank_text}]　{bidder}", rank, None, "位", f"{bidder}综合得分", "rank",
            notes="a ranking table's rank column ranks what the table ranks (as h53)"),
        row(f"{bidder}　[{price_text}]", price, "元", "元", f"{bidder}投标报价", "actual",
            notes=GPANODATE),
        row(f"{price_text}　[{score_text}]", score, None, "分", f"{bidder}综合得分", "actual",
            notes=GPANODATE),
    ]


LABELS[GPA] = [
    gpa_rule("预算金额为[1860万元]", 1860, "万元", "元", "预算金额"),
    gpa_rule("最高限价[1785.6万元]", 1785.6, "万元", "元", "最高限价"),
    row("建筑面积[约12600平方米]", 12600, "平方米", "平方米", "改造建筑面积", "count_total",
        qual="about", qtext="约", notes="the project's size, a stock with no time expression"),
    row("划分为[2个]标段", 2, "个", "个", "标段", "count_total"),
    gpa_rule("价格分值占[30%]", 30, "%", "%", "价格分值"),
    gpa_rule("技术分值占[60%]", 60, "%", "%", "技术分值"),
    gpa_rule("商务分值占[10%]", 10, "%", "%", "商务分值"),
    gpa_bid("共有[9家]", 9, "供应商递交投标文件"),
    gpa_bid("有效投标[8家]", 8, "有效投标"),
    gpa_bid("8家，[1家]", 1, "被否决"),
    gpa_award("中标金额：￥[10,486,320.00元]", 10486320.0, "元", "元", "中标金额"),
    row("（大写：[壹仟零肆拾捌万陆仟叁佰贰拾元整]）", 10486320.0, "元", "元", "中标金额", "actual",
        notes="borderline: the amount again in capital numerals (大写)", borderline=True),
    gpa_award("下浮率：[8.6%]", 8.6, "%", "%", "下浮率", "share"),
    gpa_rule("工期：[180日历天]", 180, "日历天", "天", "工期"),
    gpa_award("综合得分：[92.35分]", 92.35, "分", "分", "综合得分"),
    gpa_award("中标金额：￥[6,732,158.50元]", 6732158.5, "元", "元", "中标金额"),
    row("（大写：[陆佰柒拾叁万贰仟壹佰伍拾捌元伍角]）", 6732158.5, "元", "元", "中标金额", "actual",
        notes="borderline: the amount again in capital numerals (大写)", borderline=True),
    gpa_award("下浮率：[7.9%]", 7.9, "%", "%", "下浮率", "share"),
    gpa_rule("工期：[150日历天]", 150, "日历天", "天", "工期"),
    gpa_award("综合得分：[90.18分]", 90.18, "分", "分", "综合得分"),
    gpa_award("合计[1721.85万元]", 1721.85, "万元", "元", "两个标段中标金额"),
    gpa_award("节约资金[138.15万元]", 138.15, "万元", "元", "节约资金"),
    gpa_award("节约率[7.4%]", 7.4, "%", "%", "节约率", "share"),
    row("由[7人]组成", 7, "人", "人", "评标委员会", "count_total"),
    row("采购人代表[1人]", 1, "人", "人", "采购人代表", "count_total"),
    row("评审专家[6人]", 6, "人", "人", "评审专家", "count_total"),
    *gpa_table_row("1　四川蜀建装饰工程有限公司　10486320.00　92.35", 1, 10486320.0, 92.35),
    *gpa_table_row("2　中建川兴建设有限公司　10612800.00　89.72", 2, 10612800.0, 89.72),
    *gpa_table_row("3　四川华西装饰工程有限公司　10755940.00　87.06", 3, 10755940.0, 87.06),
    *gpa_table_row("1　成都鼎元建设集团有限公司　6732158.50　90.18", 1, 6732158.5, 90.18),
    *gpa_table_row("2　四川宏达建筑工程有限公司　6815400.00　88.47", 2, 6815400.0, 88.47),
    *gpa_table_row("3　成都锦城建工集团有限公司　6890230.00　85.92", 3, 6890230.0, 85.92),
    row("有效投标人[4家]", 4, "家", "家", "有效投标人", "actual",
        notes="两个标段各有: each lot's count; no time expression in its paragraph"),
    gpa_award("报价得分[30分]", 30, "分", "分", "中标供应商报价得分"),
    row("（满分[30分]）", 30, "分", "分", "满分", "other",
        notes="borderline: the scale's maximum (a rule's parameter)", borderline=True),
    gpa_award("技术得分[51.68分]", 51.68, "分", "分", "技术得分"),
    gpa_award("商务得分[8.5分]", 8.5, "分", "分", "商务得分"),
    gpa_rule("份额的比例为[40%]", 40, "%", "%", "预留采购份额的比例"),
    gpa_award("总金额的[100%]", 100, "%", "%", "授予中小企业合同金额占项目合同总金额", "share"),
    gpa_rule("合同金额[5%]的", 5, "%", "%", "履约保证金"),
]


# h67: a film trade paper's news on the 2025 National Day holiday's box office (中国电影报,
# 2025-10-09 08:30; a national text, its home 全国): 国庆档（10月1日至8日） the period of every
# figure with no time expression of its own (as h26's holiday), 票房 亿元 with 同比, 观影人次 亿 /
# 万 (the noun before the number: no unit), 场次 万场, 平均票价 元 and 较去年同期上涨, 国产影片
# 占总票房的, days (10月1日当天, 10月2日、10月3日 in a 分别 list, 10月8日), 日均, films in 《》
# owning their figures (档期票房 with 位列第一 / 排名第二, 累计票房, 分账票房, forecasts of
# 最终票房: targets, undated), 排片占比 / 上座率, provinces and cities as subjects with ranks
# (位居全国第一, 分别以…位列第二、第三, 位居第五), a presale total 截至9月30日24时, the year to date
# 截至10月8日24时 with 2024年全年 as a share's base, 全年 forecasts (突破 / 左右), 今年年底前 goals,
# 目前 stocks and 今年 flows. Traps: 08:30, 24时, 大年初一, 30岁以下, 前五, 2019年同期 (a base),
# 今年以来 (a rank's field), a phone; borderline 过亿元 (a class's bound), 均居档期首位 (a rank with
# no numeral), 200余家景区 (a promotion's scope).
BOX = "h67_national_day_box_office_news_2025.txt"
BOXHOL = P("国庆档", "2025-10-01", "2025-10-08")
BOXD1 = P("10月1日", "2025-10-01", "2025-10-01")
BOXYTD = P("截至10月8日24时", "2025-01-01", "2025-10-08")
BOXYEAR = P("全年", "2025-01-01", "2025-12-31")
BOXEND = P("今年年底前", "2025-12-31", "2025-12-31")
BOXNOW = P("目前", "2025-10-09", "2025-10-09")
BOXHOLT = "no time expression of its own: the holiday the report is about (its dates from the lead)"


def box_amount(anchor, value, indicator, period=BOXHOL, **kw):
    return row(anchor, value, "亿元", "元", indicator, "actual", period, **kw)


def box_rate(anchor, value, indicator, kind="share", period=BOXHOL, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def box_rank(anchor, value, indicator, subject=None, period=BOXHOL, **kw):
    return row(anchor, value, None, "位", indicator, "rank", period, subject=subject, **kw)


LABELS[BOX] = [
    box_amount("国庆档票房[52.6亿元]创", 52.6, "票房", notes="the headline"),
    row("国产影片占比[超九成]", 90, "成", "%", "国产影片占比", "share", BOXHOL, "over", "超",
        notes="the headline; 九成 is 90 % (unit_raw 成, as h05)"),
    box_amount("电影票房[达52.6亿元]", 52.6, "电影票房", qual="reach", qtext="达",
               notes="全国 the home"),
    box_rate("同比增长[21.3%]", 21.3, "电影票房", "growth_rate"),
    row("观影人次[1.21亿]", 1.21, "亿", None, "观影人次", "actual", BOXHOL,
        notes="the counted noun before the number: unit_raw the multiplier alone (as h26)"),
    box_rate("同比增长[18.6%]", 18.6, "观影人次", "growth_rate"),
    row("放映影片[1196.5万场]", 1196.5, "万场", "场", "放映影片", "actual", BOXHOL,
        notes="共 a frame word"),
    row("平均票价[43.5元]", 43.5, "元", "元", "平均票价", "actual", BOXHOL),
    row("上涨[0.9元]", 0.9, "元", "元", "平均票价", "actual", BOXHOL,
        notes="an absolute change against 去年同期 (a base)"),
    box_amount("国产影片票房[50.1亿元]", 50.1, "国产影片票房"),
    box_rate("总票房的[95.2%]", 95.2, "国产影片票房占总票房"),
    box_amount("当天票房[突破9.8亿元]", 9.8, "票房", BOXD1, qual="break_through", qtext="突破",
               notes="当天 a period word"),
    box_rank("单日票房[第二高]", 2, "票房", period=BOXD1,
             notes="the day's rank among the year's days (as h60's 歷年單月第2高); "
                   "今年以来 its field"),
    box_amount("分别为[8.2亿元]", 8.2, "票房", P("10月2日", "2025-10-02", "2025-10-02"),
               notes="分别: the first day's; 单日 a period word"),
    box_amount("8.2亿元和[7.6亿元]", 7.6, "票房", P("10月3日", "2025-10-03", "2025-10-03")),
    box_amount("回落至[3.4亿元]", 3.4, "票房", P("10月8日", "2025-10-08", "2025-10-08"),
               notes="a level after 回落至: positive"),
    box_amount("日均票房[6.58亿元]", 6.58, "日均票房"),
    row("日均观影人次[1513万]", 1513, "万", None, "日均观影人次", "actual", BOXHOL),
    row("共有[21部]", 21, "部", "部", "影片上映", "actual", BOXHOL,
        notes="档期内 a period word; the films shown in the holiday (a flow)"),
    row("新片[11部]", 11, "部", "部", "新片", "actual", BOXHOL),
    row("影片共有[6部]", 6, "部", "部", "档期票房过亿元的影片", "count_total", BOXHOL,
        notes="members of a group (的有N个 / 的…共有N部)"),
    row("档期票房[过亿元]", 1, "亿元", "元", "档期票房", "actual", BOXHOL, "over", "过",
        notes="borderline: the bound of a class (过亿元的影片)", borderline=True),
    box_amount("以[18.6亿元]", 18.6, "《长空之翼》档期票房",
               notes="the film owns its figure (as h51's 比亚迪…); the noun after 的 names it"),
    box_rank("位列[第一]", 1, "《长空之翼》档期票房"),
    row("累计票房已[达21.3亿元]", 21.3, "亿元", "元", "票房", "count_total",
        P("累计", "2025-10-09", "2025-10-09"), "reach", "达",
        notes="累计 with no date: the reference date; the clause names no film"),
    row("豆瓣评分[8.1分]", 8.1, "分", "分", "豆瓣评分", "actual",
        notes="a rating's level with no time expression: undated"),
    box_amount("《山海小神兵》档期票房[11.2亿元]", 11.2, "《山海小神兵》档期票房"),
    box_rank("排名[第二]", 2, "《山海小神兵》档期票房"),
    box_amount("档期票房[7.9亿元]", 7.9, "《我的邻居是财神》档期票房"),
    box_rank("排名[第三]", 3, "《我的邻居是财神》档期票房"),
    box_amount("合计票房[37.7亿元]", 37.7, "三部影片票房", notes="合计 a frame word"),
    box_rate("档期总票房的[71.7%]", 71.7, "三部影片票房占档期总票房"),
    box_amount("分别为[4.3亿元]和", 4.3, "《深海营救》档期票房"),
    box_amount("4.3亿元和[3.1亿元]", 3.1, "《归途如虹》档期票房"),
    box_rate("档期排片占比[32.5%]", 32.5, "《长空之翼》档期排片占比", notes=BOXHOLT),
    box_rate("平均上座率[14.8%]", 14.8, "平均上座率"),
    box_rank("均居档期[首位]", 1, "平均上座率", notes="borderline: a rank with no numeral",
             borderline=True),
    box_rate("排片占比[21.7%]", 21.7, "《山海小神兵》排片占比"),
    box_amount("特效厅票房[4.6亿元]", 4.6, "特效厅票房", notes="examples before 等 dropped"),
    box_rate("总票房的[8.7%]", 8.7, "特效厅票房占总票房"),
    row("平均票价[72.3元]", 72.3, "元", "元", "特效厅平均票价", "actual", BOXHOL),
    box_amount("分账票房[约47.6亿元]", 47.6, "分账票房", qual="about", qtext="约"),
    box_amount("分账票房[约16.8亿元]", 16.8, "《长空之翼》分账票房", qual="about", qtext="约"),
    row("有望[达到28亿元]", 28, "亿元", "元", "《长空之翼》最终票房", "target", NONE, "reach",
        "达到", notes="a forecast (target); 最终: the film's whole run, no dates"),
    row("最终票房[约15亿元]", 15, "亿元", "元", "《山海小神兵》最终票房", "target", NONE, "about",
        "约", notes="a forecast (预测); 最终: undated"),
    box_rate("女性观众占比[54.2%]", 54.2, "女性观众占比"),
    box_rate("以下观众占比[48.9%]", 48.9, "30岁以下观众占比", notes="30岁以下 part of the name"),
    box_rate("亲子用户占比[达到37%]", 37, "动画电影购票用户中亲子用户占比", qual="reach",
             qtext="达到"),
    row("预售总票房[突破3亿元]", 3, "亿元", "元", "预售总票房", "count_total",
        P("截至9月30日24时", "2025-09-30", "2025-09-30"), "break_through", "突破",
        notes="国庆档 the holiday sold for, a period word; 24时 no metric; " + TOTAL25),
    box_rate("较去年同期增长[35%左右]", 35, "预售总票房", "growth_rate",
             P("截至9月30日24时", "2025-09-30", "2025-09-30"), qual="about", qtext="左右"),
    box_rate("票房增长[19.0%]", 19.0, "票房", "growth_rate", P("今年国庆档", "2025-10-01",
             "2025-10-08"), notes="2019年同期 a base, no period"),
    box_amount("广东省国庆档票房[5.9亿元]", 5.9, "票房", subject="广东"),
    box_rank("位居全国[第一]", 1, "票房", "广东"),
    box_amount("分别以[4.3亿元]", 4.3, "票房", subject="江苏",
               notes="a clause naming only its places takes the sentence's measure (as h53)"),
    box_amount("4.3亿元、[3.8亿元]", 3.8, "票房", subject="浙江"),
    box_rank("位列[第二]、", 2, "票房", "江苏"),
    box_rank("第二、[第三]；", 3, "票房", "浙江"),
    box_rate("票房占比[达到43.6%]", 43.6, "三线及以下城市票房占比", qual="reach", qtext="达到"),
    row("提高[2.1个百分点]", 2.1, "个百分点", "百分点", "三线及以下城市票房占比", "growth_rate",
        BOXHOL),
    box_amount("上海国庆档票房[1.62亿元]", 1.62, "票房", subject="上海",
               notes="前五 a class, no metric"),
    box_amount("北京[1.49亿元]", 1.49, "票房", subject="北京"),
    box_amount("成都以[1.21亿元]", 1.21, "票房", subject="成都"),
    box_rank("位居[第五]", 5, "票房", "成都"),
    row("观影人次[286万]", 286, "万", None, "观影人次", "actual", BOXHOL, subject="成都"),
    row("营业影院[12860家]", 12860, "家", "家", "日均营业影院", "actual", BOXHOL,
        notes="全国 the home"),
    row("增加[415家]", 415, "家", "家", "日均营业影院", "actual", BOXHOL),
    row("放映场次[149.6万场]", 149.6, "万场", "场", "日均放映场次", "actual", BOXHOL),
    row("最高场次[突破156万场]", 156, "万场", "场", "单日最高场次", "actual", BOXHOL,
        "break_through", "突破", notes="单日最高: the measure (the busiest day), no period word"),
    box_rate("同比增长[26.4%]", 26.4, "县级影院观影人次", "growth_rate"),
    row("平均水平[7.8个百分点]", 7.8, "个百分点", "百分点", "县级影院观影人次增速", "other", BOXHOL,
        notes="points after 高于 a base: a gap (other), named by the rate (…增速)"),
    box_amount("总票房[达到418.7亿元]", 418.7, "电影总票房", BOXYTD, qual="reach", qtext="达到",
               notes="2025年 up to 10月8日 (24时 no metric)"),
    box_amount("全年票房[425.0亿元]", 425.0, "票房", P("2024年全年", "2024-01-01", "2024-12-31"),
               notes="the base of the share after it, a figure of 2024"),
    box_rate("的[98.5%]", 98.5, "电影总票房", period=BOXYTD,
             notes="…的X of the last name (as 为预算的X); a period before 的 a base"),
    row("观影人次[9.86亿]", 9.86, "亿", None, "观影人次", "actual", BOXYTD),
    box_amount("国产影片票房[337.5亿元]", 337.5, "国产影片票房", BOXYTD,
               notes="2024年全年 a base: the paragraph's span holds"),
    box_rate("占比[80.6%]", 80.6, "国产影片票房占比", period=BOXYTD,
             notes="a share whose part is not named names the last thing named"),
    row("有望[突破500亿元]", 500, "亿元", "元", "票房", "target", BOXYEAR, "break_through", "突破"),
    row("全年票房为[512亿元左右]", 512, "亿元", "元", "票房", "target", BOXYEAR, "about", "左右",
        notes="a forecast (预测)"),
    row("共有[22个]省份", 22, "个", "个", "省份发放电影消费券", "actual", BOXHOL,
        notes="档期内 a period word"),
    row("金额[超过5000万元]", 5000, "万元", "元", "金额", "actual", BOXHOL, "over", "超过"),
    box_amount("带动票房[约3.2亿元]", 3.2, "票房", qual="about", qtext="约",
               notes="after a causative verb (带动) the rest of the clause"),
    row("可在[200余家]景区", 200, "家", "家", "景区", "other", NONE, "plus", "余",
        notes="borderline: the scope of a promotion (where a ticket stub is honoured)",
        borderline=True),
    row("消费券[1亿元]", 1, "亿元", "元", "发放观影消费券", "target", BOXEND),
    row("银幕总数[突破9万块]", 9, "万块", "块", "银幕总数", "target", BOXEND, "break_through",
        "突破",
        notes="推动: its object's level (全国 the home)"),
    row("银幕总数已[达8.9万块]", 8.9, "万块", "块", "银幕总数", "count_total", BOXNOW, "reach",
        "达"),
    row("新增银幕[2860块]", 2860, "块", "块", "新增银幕", "actual",
        P("今年", "2025-01-01", "2025-12-31")),
]


# ---------------------------------------------------------------------------------------------
# Round 22 (blind): three documents in genres the set lacked, written and labelled by reading
# before the extractor ran on them.
#
# h68: 中国民用航空局's monthly release of the industry's main figures for October 2025 (a national
# text, its home 全国; 发布时间 2025-11-14): 10月 flows 运输总周转量 亿吨公里 / 旅客运输量 万人次 /
# 旅客周转量 亿人公里 / 货邮运输量 万吨 with 同比 and 较2019年同期 (a base), 国内 / 国际航线 with
# 其中港澳台 (the clause's own words: `国内航线完成…` is named 国内航线), 恢复至2019年同期的 (a
# share), 1-10月 累计 totals (count_total) with 同比分别增长, 正班客座率 / 载运率 / 航班正常率 %
# with 个百分点 changes, 平均延误时间 分钟 with 减少 (negative), 平均票价 元, airports owning their
# 旅客吞吐量 in a 依次…分别 list, 排名第五, 新开航线 条, 截至10月底 stocks, a season's schedule
# (冬春航季, a plan: target), 预计 全年 forecasts (targets) and a 力争 goal. Traps: 10:30, 浏览次数,
# 11月14日, 2019年 (a base), 10月26日起, 排名前三 (a class), 附注 1. 2., a phone; borderline
# 1000万人次以上 and 超过10% (a class's bounds).
CA = "h68_caac_civil_aviation_oct_2025.txt"
CAM = P("10月", "2025-10-01", "2025-10-31")
CAYTD = P("1-10月", "2025-01-01", "2025-10-31")
CAEND = P("截至10月底", "2025-10-31", "2025-10-31")
CAY = P("2025年全年", "2025-01-01", "2025-12-31")
CAHOME = "民航 (the industry the release is about) and 全国 the home, no part of the name"
CABASE = "较2019年同期: a comparison base, not the period"


def ca_flow(anchor, value, unit_raw, unit, indicator, period=CAM, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def ca_total(anchor, value, unit_raw, unit, indicator, period=CAYTD, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def ca_rate(anchor, value, indicator, kind="growth_rate", period=CAM, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def ca_points(anchor, value, indicator, kind="growth_rate", period=CAM, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


LABELS[CA] = [
    ca_flow("运输总周转量[132.6亿吨公里]", 132.6, "亿吨公里", "吨公里", "运输总周转量",
            notes=CAHOME),
    ca_rate("132.6亿吨公里，同比增长[9.8%]", 9.8, "运输总周转量"),
    ca_rate("较2019年同期增长[21.4%]", 21.4, "运输总周转量", notes=CABASE),
    ca_flow("国内航线完成[83.5亿吨公里]", 83.5, "亿吨公里", "吨公里", "国内航线",
            notes="the clause's own words: nothing borrowed from the clause before"),
    ca_rate("同比增长[5.2%]", 5.2, "国内航线"),
    ca_flow("国际航线完成[49.1亿吨公里]", 49.1, "亿吨公里", "吨公里", "国际航线"),
    ca_rate("同比增长[18.7%]", 18.7, "国际航线"),
    ca_flow("旅客运输量[6386.2万人次]", 6386.2, "万人次", "人次", "旅客运输量"),
    ca_rate("同比增长[5.6%]", 5.6, "旅客运输量"),
    ca_rate("较2019年同期增长[12.3%]", 12.3, "旅客运输量", notes=CABASE),
    ca_flow("国内航线完成[5705.8万人次]", 5705.8, "万人次", "人次", "国内航线"),
    ca_rate("同比增长[3.9%]", 3.9, "国内航线"),
    ca_flow("国际航线完成[680.4万人次]", 680.4, "万人次", "人次", "国际航线"),
    ca_rate("同比增长[22.1%]", 22.1, "国际航线"),
    ca_rate("恢复至2019年同期的[104.6%]", 104.6, "国际航线", "share",
            notes="恢复至…同期的X: a share (as h45); 2019年同期 a base"),
    ca_flow("港澳台航线完成[98.7万人次]", 98.7, "万人次", "人次", "港澳台航线",
            notes="其中 a frame word"),
    ca_rate("同比增长[9.4%]", 9.4, "港澳台航线"),
    ca_flow("旅客周转量[1165.3亿人公里]", 1165.3, "亿人公里", "人公里", "旅客周转量",
            notes="完成 a frame verb"),
    ca_rate("同比增长[8.1%]", 8.1, "旅客周转量"),
    ca_flow("货邮运输量[90.8万吨]", 90.8, "万吨", "吨", "货邮运输量"),
    ca_rate("同比增长[12.6%]", 12.6, "货邮运输量"),
    ca_flow("国际航线完成[36.2万吨]", 36.2, "万吨", "吨", "国际航线"),
    ca_rate("同比增长[19.3%]", 19.3, "国际航线"),
    ca_rate("占货邮运输总量的[39.9%]", 39.9, "国际航线占货邮运输总量", "share"),
    ca_flow("国内航线完成[54.6万吨]", 54.6, "万吨", "吨", "国内航线"),
    ca_rate("同比增长[8.5%]", 8.5, "国内航线"),
    ca_total("运输总周转量[1285.7亿吨公里]", 1285.7, "亿吨公里", "吨公里", "运输总周转量",
             notes="累计 over 1-10月: a running total (count_total), its period the span"),
    ca_total("旅客运输量[6.26亿人次]", 6.26, "亿人次", "人次", "旅客运输量"),
    ca_total("货邮运输量[807.5万吨]", 807.5, "万吨", "吨", "货邮运输量"),
    ca_rate("同比分别增长[11.2%]", 11.2, "运输总周转量", period=CAYTD),
    ca_rate("11.2%、[5.8%]", 5.8, "旅客运输量", period=CAYTD),
    ca_rate("5.8%和[14.9%]", 14.9, "货邮运输量", period=CAYTD),
    ca_rate("正班客座率为[85.7%]", 85.7, "正班客座率", "share"),
    ca_points("同比提高[1.9个百分点]", 1.9, "正班客座率"),
    ca_rate("正班载运率为[76.4%]", 76.4, "正班载运率", "share"),
    ca_points("同比提高[2.3个百分点]", 2.3, "正班载运率"),
    ca_rate("国际航线正班客座率为[82.3%]", 82.3, "国际航线正班客座率", "share"),
    ca_points("较2019年同期低[3.6个百分点]", -3.6, "国际航线正班客座率",
              notes="a change against the base year's month (低: a fall), as 较2019年同期增长"),
    ca_flow("平均票价为[752元]", 752, "元", "元", "国内航线经济舱平均票价"),
    ca_rate("同比下降[4.8%]", -4.8, "国内航线经济舱平均票价"),
    ca_flow("共执行航班[47.3万班次]", 47.3, "万班次", "班次", "执行航班",
            notes="全国客运航空公司 the agents, 共 a frame word"),
    ca_flow("日均执行航班[1.53万班次]", 1.53, "万班次", "班次", "日均执行航班"),
    ca_flow("运输飞行小时[132.8万小时]", 132.8, "万小时", "小时", "运输飞行小时"),
    ca_rate("航班正常率为[89.6%]", 89.6, "航班正常率", "share"),
    ca_points("同比下降[1.2个百分点]", -1.2, "航班正常率"),
    ca_flow("平均延误时间为[11分钟]", 11, "分钟", "分钟", "平均延误时间"),
    ca_flow("较上年同期减少[3分钟]", -3, "分钟", "分钟", "平均延误时间",
            notes="an absolute change (减少: negative), actual"),
    ca_flow("共取消航班[1260班次]", 1260, "班次", "班次", "华南地区取消航班",
            P("10月5日至7日", "2025-10-05", "2025-10-07"),
            notes="a region inside the home: part of the name (as h42's 在东北地区就业农民工)"),
    ca_rate("平均航班正常率为[88.2%]", 88.2, "平均航班正常率", "share", CAYTD),
    ca_points("高于年度目标[3.2个百分点]", 3.2, "平均航班正常率", "other", CAYTD,
              notes="a gap above a target (高于): other (as h52's gap)"),
    row("全国[240个]运输机场", 240, "个", "个", "运输机场", "count_total", CAM,
        notes="a stock of airports in the month's sentence"),
    ca_flow("旅客吞吐量[1.24亿人次]", 1.24, "亿人次", "人次", "旅客吞吐量"),
    ca_rate("同比增长[6.3%]", 6.3, "旅客吞吐量"),
    ca_flow("货邮吞吐量[175.9万吨]", 175.9, "万吨", "吨", "货邮吞吐量"),
    ca_rate("同比增长[10.8%]", 10.8, "货邮吞吐量"),
    ca_flow("分别完成[683.5万人次]", 683.5, "万人次", "人次", "广州白云国际机场旅客吞吐量",
            notes="依次…分别: an airport (a facility) owns its figure, part of the name (as h45)"),
    ca_flow("683.5万人次、[651.2万人次]", 651.2, "万人次", "人次", "上海浦东国际机场旅客吞吐量"),
    ca_flow("651.2万人次和[629.4万人次]", 629.4, "万人次", "人次", "北京首都国际机场旅客吞吐量"),
    ca_total("累计完成旅客吞吐量[12.36亿人次]", 12.36, "亿人次", "人次", "旅客吞吐量"),
    ca_rate("同比增长[6.1%]", 6.1, "旅客吞吐量", period=CAYTD),
    ca_total("累计完成[4028.6万人次]", 4028.6, "万人次", "人次", "成都天府国际机场",
             notes="其中 a frame word; the clause's own words"),
    row("排名[第五]", 5, None, "位", "成都天府国际机场", "rank", CAYTD),
    row("年旅客吞吐量[1000万人次以上]", 1000, "万人次", "人次", "年旅客吞吐量", "actual",
        qual="at_least", qtext="以上", notes="borderline: the bound of a class", borderline=True),
    row("有[9个]机场", 9, "个", "个", "机场", "count_total", CAM),
    row("增速[超过10%]", 10, "%", "%", "旅客吞吐量同比增速", "growth_rate", CAM, "over", "超过",
        notes="borderline: the bound of a class", borderline=True),
    ca_flow("新开国际航线[36条]", 36, "条", "条", "新开国际航线"),
    ca_flow("共建国家航线[21条]", 21, "条", "条", "“一带一路”共建国家航线",
            notes="其中 a frame word"),
    row("已与[79个]国家", 79, "个", "个", "国家和地区签订双边航空运输协定", "count_total", CAEND,
        notes="我国 the home; the count's noun and the verb after it (as 商业综合体建成投运)"),
    row("每周航班量[达到8056班]", 8056, "班", "班", "国际航线每周航班量", "actual", CAEND,
        "reach", "达到"),
    ca_rate("恢复至2019年同期的[91.5%]", 91.5, "国际航线每周航班量", "share", CAEND),
    row("每周计划航班量为[11.2万班]", 11.2, "万班", "班", "国内航线每周计划航班量", "target",
        P("冬春航季", "2025-10-26", "2026-03-28"),
        notes="a season's schedule is a plan; 冬春航季 from 10月26日 to the last Saturday of "
        "March"),
    row("较上一航季增加[3.1%]", 3.1, "%", "%", "国内航线每周计划航班量", "target",
        P("冬春航季", "2025-10-26", "2026-03-28")),
    row("旅客运输量[7.7亿人次左右]", 7.7, "亿人次", "人次", "旅客运输量", "target", CAY, "about",
        "左右", notes="预计: a forecast (target)"),
    row("同比增长[5.5%左右]", 5.5, "%", "%", "旅客运输量", "target", CAY, "about", "左右"),
    row("货邮运输量[950万吨以上]", 950, "万吨", "吨", "货邮运输量", "target", CAY, "at_least",
        "以上"),
    row("环比下降[10%左右]", -10, "%", "%", "旅客运输量", "target",
        P("11月", "2025-11-01", "2025-11-30"), "about", "左右"),
    row("保持在[85%以上]", 85, "%", "%", "航班正常率", "target",
        P("全年", "2025-01-01", "2025-12-31"), "at_least", "以上", notes="力争: a goal"),
]

# h69: a Hong Kong-listed property developer's voluntary announcement of its October 2025 unaudited
# operating figures, in Traditional script (the company is invented; dated 香港，2025年11月 10日
# under the signature): 截至2025年10月31日止十個月 contract sales 合約銷售金額 約人民幣…億元 /
# 建築面積 約…萬平方米 / 平均售價 每平方米約人民幣…元 with 同比減少 (negative), 2025年10月單月 with
# 較2024年10月 and 較2025年9月 (month on month), regions and cities (subjects, as h52's 云南) with
# 佔總額的, 均超過 (one bound for three cities), 權益 figures, a whole year's target with 已完成…的,
# a rule capping land spending (以內: a target), a parcel in 寧波 (its subject), 截至2025年10月31日
# stocks (土地儲備, 現金, 已售未結轉: count_total), 本年內 (to the day), a nine months' 融資成本
# with 個基點, 淨負債率 at 2025年6月30日, deliveries. Traps: 股份代號, 2868, 一幅 (the article),
# 一、二線 城市 (classes), 「以銷定投」, 香港，2025年11月10日, the 董事 list; borderline
# 杭州、蘇州、廣州三個城市 (totals its list) and 首位 (a rank with no numeral). 約 before 人民幣 is
# not adjacent: not quoted.
HJ = "h69_huajing_property_oct_operating_update_2025_trad.txt"
HJ10 = P("截至2025年10月31日止十個月", "2025-01-01", "2025-10-31")
HJTEN = P("前十個月", "2025-01-01", "2025-10-31")
HJOCT = P("2025年10月單月", "2025-10-01", "2025-10-31")
HJM = P("2025年10月", "2025-10-01", "2025-10-31")
HJEND = P("截至2025年10月31日", "2025-10-31", "2025-10-31")
HJLEAD = ("no time expression in its paragraph: the ten months the announcement is about "
          "(its lead sentence)")
HJREGION = ("a region of several provinces in a breakdown by region is part of the name, no "
            "subject (as h42's, h47's; session 20: labelled as subjects)")


def hj_amount(anchor, value, unit_raw, unit, indicator, period=HJ10, qual="about", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, qual,
               "約" if qual == "about" else kw.pop("qtext", None), **kw)


def hj_rate(anchor, value, indicator, kind="share", period=HJ10, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[HJ] = [
    hj_amount("約人民幣[123.4億元]", 123.4, "億元", "元", "合约销售金额",
              notes="本集團 (the company) and its 合營企業及聯營公司: no part of the name"),
    hj_rate("同比減少[18.6%]", -18.6, "合约销售金额", "growth_rate"),
    hj_amount("建築面積[約56.7萬平方米]", 56.7, "萬平方米", "平方米", "合约销售建筑面积"),
    hj_rate("同比減少[12.3%]", -12.3, "合约销售建筑面积", "growth_rate"),
    hj_amount("約人民幣[21,763元]", 21763, "元", "元", "平均售价",
              notes="每平方米 the base of the price, no part of the name"),
    hj_amount("約人民幣[11.8億元]", 11.8, "億元", "元", "合约销售金额", HJOCT),
    hj_rate("較2024年10月減少[9.2%]", -9.2, "合约销售金额", "growth_rate", HJOCT),
    hj_rate("較2025年9月增長[27.4%]", 27.4, "合约销售金额", "growth_rate", HJOCT,
            notes="month on month: the same name as its 同比 twin"),
    hj_amount("建築面積[約5.1萬平方米]", 5.1, "萬平方米", "平方米", "合约销售建筑面积", HJOCT),
    hj_amount("約人民幣[23,137元]", 23137, "元", "元", "平均售价", HJOCT),
    hj_amount("約人民幣[58.2億元]", 58.2, "億元", "元", "长三角地区贡献合约销售金额",
              notes=HJLEAD + "; " + HJREGION),
    hj_rate("佔總額的[47.2%]", 47.2, "长三角地区合约销售金额占总额", notes=HJLEAD),
    hj_amount("約人民幣[31.6億元]", 31.6, "億元", "元", "粤港澳大湾区",
              notes=HJLEAD + "; the clause's own words, nothing borrowed from the clause before "
              "(session 20: the ellipsis filled)"),
    hj_rate("佔[25.6%]", 25.6, "粤港澳大湾区占比", notes=HJLEAD + "; X…，占N%: X占比"),
    hj_amount("約人民幣[33.6億元]", 33.6, "億元", "元", "中西部地区", notes=HJLEAD),
    row("廣州[三個]城市", 3, "個", "个", "城市", "count_total", HJTEN,
        notes="borderline: totals the exhaustive list before it", borderline=True),
    hj_amount("均超過人民幣[10億元]", 10, "億元", "元", "合约销售金额", HJTEN, "over",
              qtext="超過", notes="one bound for three cities (均): one row, no subject (a list)"),
    hj_amount("杭州以約人民幣[24.9億元]", 24.9, "億元", "元", "合约销售金额", HJTEN,
              subject="杭州"),
    row("各城市[首位]", 1, None, "位", "合约销售金额", "rank", HJTEN, subject="杭州",
        notes="borderline: a rank with no numeral", borderline=True),
    hj_amount("權益合約銷售金額約人民幣[86.5億元]", 86.5, "億元", "元", "权益合约销售金额",
              notes=HJLEAD),
    hj_rate("權益比例[約為70.1%]", 70.1, "权益比例", qual="about", qtext="約", notes=HJLEAD),
    hj_rate("比例[約為91%]", 91, "住宅产品占合约销售金额的比例", qual="about", qtext="約",
            notes=HJLEAD),
    row("目標為人民幣[160億元]", 160, "億元", "元", "全年合约销售目标", "target",
        P("2025年全年", "2025-01-01", "2025-12-31")),
    hj_rate("全年目標的[77.1%]", 77.1, "完成全年目标", period=HJTEN),
    row("控制在[40%以內]", 40, "%", "%", "拿地金额占合约销售金额的比例", "target",
        P("本年度", "2025-01-01", "2025-12-31"), "at_most", "以內",
        notes="a cap the company sets itself for the year: a goal"),
    hj_amount("總建築面積[約12.8萬平方米]", 12.8, "萬平方米", "平方米", "总建筑面积", HJM,
              subject="宁波", notes="the parcel in 寧波 (the company has no home)"),
    hj_rate("應佔權益為[51%]", 51, "应占权益", period=HJM, subject="宁波"),
    hj_amount("約人民幣[9.6億元]", 9.6, "億元", "元", "应付土地出让金", HJM, subject="宁波"),
    row("共新增[5幅]土地", 5, "幅", "幅", "新增土地", "actual", HJ10,
        notes="共 a frame word; 幅 the classifier of a parcel"),
    hj_amount("總建築面積[約61.3萬平方米]", 61.3, "萬平方米", "平方米", "总建筑面积"),
    hj_amount("權益建築面積[約42.7萬平方米]", 42.7, "萬平方米", "平方米", "权益建筑面积"),
    hj_amount("約人民幣[48.5億元]", 48.5, "億元", "元", "总土地成本"),
    hj_amount("約人民幣[7,912元]", 7912, "元", "元", "平均楼面地价"),
    row("總建築面積[約1,086萬平方米]", 1086, "萬平方米", "平方米", "土地储备总建筑面积",
        "count_total", HJEND, "about", "約"),
    row("全國[22個]城市", 22, "個", "个", "城市", "count_total", HJEND),
    row("的[75個]項目", 75, "個", "个", "项目", "count_total", HJEND),
    row("佔比[約78%]", 78, "%", "%", "一、二线城市的土地储备占比", "share", HJEND, "about", "約",
        notes="一、二線 a class, no metric"),
    row("約人民幣[142.3億元]", 142.3, "億元", "元", "现金及现金等价物", "count_total", HJEND,
        "about", "約", notes="a balance (as the set's 余额)"),
    row("本金約[3.5億美元]", 3.5, "億美元", "美元", "已偿还境外优先票据本金", "actual",
        P("本年內", "2025-01-01", "2025-11-10"), "about", "約",
        notes="年內 runs to the day (the announcement's date)"),
    row("每年[4.86%]", 4.86, "%", "%", "融资成本", "share",
        P("2025年9月30日止九個月", "2025-01-01", "2025-09-30"),
        notes="a rate's level is a share (as h22); 平均為每年 frame words"),
    row("下降[52個基點]", -52, "個基點", "基点", "融资成本", "growth_rate",
        P("2025年9月30日止九個月", "2025-01-01", "2025-09-30")),
    row("淨負債率[約為58.3%]", 58.3, "%", "%", "净负债率", "share",
        P("於2025年6月30日", "2025-06-30", "2025-06-30"), "about", "約"),
    row("約人民幣[268.7億元]", 268.7, "億元", "元", "已售未结转合约销售金额", "count_total",
        HJEND, "about", "約"),
    row("住宅單位[約1.86萬套]", 1.86, "萬套", "套", "交付住宅单位", "actual", HJTEN,
        "about", "約", notes="向業主 a recipient, dropped (session 23)"),
    row("涉及[18個]項目", 18, "個", "个", "项目", "actual", HJTEN,
        notes="the projects of a flow (the deliveries of ten months)"),
    row("交付率[達100%]", 100, "%", "%", "如期交付率", "share", HJTEN, "reach", "達"),
]

# h70: a university's yearly report on its 2025 graduates' employment (西南交通大学, figures
# invented; 发布日期 2025-12-26): 2025届毕业生 人 with 其中本科生 / 硕士 / 博士 (the cohort of 2025:
# 2025届 dates its counts as the year 2025, as h33's 毕业生), 毕业去向落实率 % at the statistics'
# cut-off 截至2025年8月31日 with 较上届, destinations 签约就业 / 升学 / 灵活就业 / 自主 创业 人 with
# 占 (the cohort's state at the cut-off: count_total and share), 升学率, 出国（境）深造,
# 前往世界排名前100高校 (前100 a class), 到西部 / 基层就业 with 较上届增加 (a change), 国有企业, a
# single employer's count, industries' shares with 位列第三, 平均月薪 元 with 同比, survey levels
# (专业对口度, 满意度: no time expression, undated), a gap 低于…约3个百分点 (other), a table by 学院
# printed as text (毕业生人数 / 落实率 / 升学率), 全年 activities (招聘会 场, 累计邀请, 岗位需求
# 万个, 供需比 11.3:1), 2026年 goals. Traps: 点击数, 2025年12月26日, 2024届, 第一章…第五章, 31个省
# (counted), 世界500强 (a list name), 连续12年 (a streak), 一人一档, 五险一金, a phone; borderline
# 位居单个用人单位首位 (a rank with no numeral).
SJ = "h70_swjtu_graduate_employment_report_2025.txt"
SJCOH = P("2025届", "2025-01-01", "2025-12-31")
SJCUT = P("截至2025年8月31日", "2025-08-31", "2025-08-31")
SJYEAR = P("全年", "2025-01-01", "2025-12-31")
SJ26 = P("2026年", "2026-01-01", "2026-12-31")
SJFRONT = ("the cohort's state at the statistics' cut-off (截至2025年8月31日, the 前言's and "
           "section 一's date)")


def sj_people(anchor, value, indicator, kind="count_total", period=SJCUT, **kw):
    return row(anchor, value, "人", "人", indicator, kind, period, **kw)


def sj_share(anchor, value, indicator, period=SJCUT, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def sj_college(college, cells):
    """A 学院 row of the table: its graduates (the cohort), 落实率 and 升学率 (at the cut-off)."""
    head = f"{college}　"
    count, placed, further = cells
    return [
        row(f"{head}[{count}]", int(count), None, "人", f"{college}毕业生人数", "actual", SJCOH,
            notes="a table cell: the unit from its column's head （人）"),
        row(f"{head}{count}　[{placed}]", float(placed), None, "%", f"{college}落实率", "share",
            SJCUT),
        row(f"{head}{count}　{placed}　[{further}]", float(further), None, "%",
            f"{college}升学率", "share", SJCUT),
    ]


LABELS[SJ] = [
    row("回收有效问卷[6218份]", 6218, "份", "份", "回收有效问卷", "actual",
        notes="a survey's size, no time expression of its own"),
    sj_people("毕业生共[11286人]", 11286, "毕业生", "actual", SJCOH,
              notes="the cohort of 2025 (a flow of the year, as h33's 毕业生); 共 a frame word"),
    sj_people("本科生[6012人]", 6012, "本科生", "actual", SJCOH),
    sj_people("硕士研究生[4683人]", 4683, "硕士研究生", "actual", SJCOH),
    sj_people("博士研究生[591人]", 591, "博士研究生", "actual", SJCOH),
    sj_people("较2024届增加[300人]", 300, "总人数", "actual", SJCOH,
              notes="a change against the cohort before (2024届 a base)"),
    row("男女比例为[1.86:1]", 1.86, None, None, "男女比例", "share", SJCOH,
        notes="a ratio written with a colon (as h33's 生师比)"),
    row("覆盖全国[31个]省", 31, "个", "个", "省（自治区、直辖市）", "count_total", SJCOH),
    sj_share("生源占比为[38.4%]", 38.4, "生源占比", SJCOH, subject="四川"),
    sj_share("毕业去向落实率为[93.7%]", 93.7, "毕业去向落实率"),
    row("较上届提高[0.8个百分点]", 0.8, "个百分点", "百分点", "毕业去向落实率", "growth_rate",
        SJCUT),
    sj_share("本科生毕业去向落实率为[91.2%]", 91.2, "本科生毕业去向落实率"),
    sj_share("硕士研究生为[96.5%]", 96.5, "硕士研究生",
             notes="the clause's own words (its noun elided)"),
    sj_share("博士研究生为[98.1%]", 98.1, "博士研究生"),
    sj_people("劳动合同）[6854人]", 6854, "签约就业",
              notes=SJFRONT + "; （含…） says how it is counted, no part of the name"),
    sj_share("占[60.7%]", 60.7, "签约就业占比", notes=SJFRONT + "; " + SHARE25),
    sj_people("升学[2307人]", 2307, "升学", notes=SJFRONT),
    sj_share("占[20.4%]", 20.4, "升学占比", notes=SJFRONT),
    sj_people("灵活就业[582人]", 582, "灵活就业", notes=SJFRONT),
    sj_share("灵活就业582人，占[5.2%]", 5.2, "灵活就业占比", notes=SJFRONT),
    sj_people("自主创业[41人]", 41, "自主创业", notes=SJFRONT),
    sj_people("国内升学[1986人]", 1986, "国内升学", notes="本科生中 a frame; " + SJFRONT),
    sj_share("升学率为[33.0%]", 33.0, "升学率", notes=SJFRONT),
    sj_people("深造[312人]", 312, "出国（境）深造", notes=SJFRONT),
    sj_share("312人，占[5.2%]", 5.2, "出国（境）深造占比", notes=SJFRONT),
    sj_people("高校的有[176人]", 176, "前往世界排名前100高校",
              notes="前100 a class (no metric); " + SJFRONT),
    sj_share("深造人数的[56.4%]", 56.4, "占出国（境）深造人数", notes=SJFRONT),
    sj_people("攻读博士学位[142人]", 142, "国内攻读博士学位", notes="硕士研究生中 a frame"),
    sj_share("就业的占[62.4%]", 62.4, "到高校和科研院所就业", notes="博士研究生中 a frame"),
    sj_share("已就业毕业生的[52.6%]", 52.6, "到西部地区就业的毕业生", notes=SJFRONT),
    sj_people("留川就业[3218人]", 3218, "留川就业"),
    sj_share("经济圈就业的占[46.3%]", 46.3, "到成渝地区双城经济圈就业",
             notes="a region the graduates go to: part of the name (the report has no home)"),
    sj_people("到基层就业[648人]", 648, "到基层就业"),
    sj_people("较上届增加[97人]", 97, "到基层就业", "actual",
              notes="the change of a count against the cohort before"),
    sj_share("占比为[57.3%]", 57.3, "到国有企业就业的占比"),
    sj_people("下属单位就业[1127人]", 1127, "到中国国家铁路集团有限公司及其下属单位就业",
              notes="连续12年 a streak, no metric"),
    row("单个用人单位[首位]", 1, None, "位", "到中国国家铁路集团有限公司及其下属单位就业",
        "rank", SJCUT, notes="borderline: a rank with no numeral", borderline=True),
    sj_people("毕业生共[2965人]", 2965, "入职世界500强企业的毕业生",
              notes="世界500强 a list name; " + SJFRONT),
    sj_share("已就业毕业生的[27.5%]", 27.5, "交通运输、仓储和邮政业",
             notes="吸纳毕业生最多: the industry owns its share"),
    sj_share("次之，占[19.8%]", 19.8, "建筑业占比", notes=SHARE25),
    row("位列[第三]", 3, None, "位", "信息传输、软件和信息技术服务业", "rank", SJCUT,
        notes="ranks the industries by the graduates they take"),
    sj_share("第三，占[14.6%]", 14.6, "信息传输、软件和信息技术服务业占比"),
    row("平均月薪为[8962元]", 8962, "元", "元", "平均月薪", "actual", SJCOH),
    row("同比增长[3.1%]", 3.1, "%", "%", "平均月薪", "growth_rate", SJCOH),
    row("本科生[7815元]", 7815, "元", "元", "本科生", "actual", SJCOH),
    row("硕士研究生[10436元]", 10436, "元", "元", "硕士研究生", "actual", SJCOH),
    row("博士研究生[14280元]", 14280, "元", "元", "博士研究生", "actual", SJCOH),
    sj_share("专业对口度为[84.9%]", 84.9, "毕业生专业对口度", NONE,
             notes="a survey's level with no time expression in its paragraph: undated"),
    sj_share("就业满意度为[92.3%]", 92.3, "就业满意度", NONE),
    row("满意度[达98.6%]", 98.6, "%", "%", "用人单位对我校毕业生的满意度", "share", NONE,
        "reach", "达"),
    sj_share("非常满意”占[71.4%]", 71.4, "“非常满意”占比", NONE, notes=SHARE25),
    sj_share("比例为[96.2%]", 96.2, "用人单位提供“五险一金”的比例", NONE,
             notes="签约就业毕业生中 a frame"),
    sj_share("离职率为[4.7%]", 4.7, "入职半年内离职率", NONE,
             notes="半年内 part of the name (a window after hiring), no period"),
    row("平均水平[约3个百分点]", -3, "个百分点", "百分点", "入职半年内离职率", "other", NONE,
        "about", "约", notes="a gap below another figure (低于): other, negative (as h52)"),
    *sj_college("土木工程学院", ("1236", "95.4", "36.8")),
    *sj_college("交通运输与物流学院", ("982", "94.1", "29.7")),
    *sj_college("电气工程学院", ("1105", "96.8", "31.2")),
    *sj_college("机械工程学院", ("874", "93.5", "27.9")),
    *sj_college("信息科学与技术学院", ("1048", "97.2", "34.5")),
    *sj_college("外国语学院", ("216", "88.0", "18.1")),
    row("校园招聘会[428场]", 428, "场", "场", "举办校园招聘会", "actual", SJYEAR,
        notes="学校 the agent; 全年 of a December report is 2025"),
    row("大型双选会[6场]", 6, "场", "场", "大型双选会", "actual", SJYEAR),
    row("累计邀请用人单位[5316家]", 5316, "家", "家", "邀请用人单位", "count_total", SJYEAR,
        notes="累计: a running total over the year"),
    row("岗位需求[12.7万个]", 12.7, "万个", "个", "提供岗位需求", "count_total", SJYEAR,
        notes="the clause before's 累计 carries over (session 24)"),
    row("供需比为[11.3:1]", 11.3, None, None, "岗位供需比", "share", SJYEAR),
    row("走访用人单位[126家]", 126, "家", "家", "走访用人单位", "actual", SJYEAR),
    row("就业实习基地[35个]", 35, "个", "个", "新建就业实习基地", "actual", SJYEAR),
    row("学校对[408名]", 408, "名", "名", "家庭经济困难毕业生", "actual", SJYEAR,
        notes="the graduates helped in the year (a flow); 名 as 名 (relabelled from 人)"),
    sj_share("其毕业去向落实率为[95.1%]", 95.1, "毕业去向落实率", SJYEAR,
             notes="其 (the 408 graduates) not resolved into the name"),
    row("保持在[93%以上]", 93, "%", "%", "毕业去向落实率", "target", SJ26, "at_least", "以上"),
    row("就业比例[达到70%]", 70, "%", "%", "到重点领域就业比例", "target", SJ26, "reach", "达到"),
]


# ---------------------------------------------------------------------------------------------
# Round 23, labelled by reading before the extractor ran on them (helper B23): 国家统计局's monthly
# release on the purchasing managers' indices (h71), an A-share listed company's third-quarter
# report with its tables printed as text (h72) and a provincial finance department's notice of a
# local government bond issuance's results (h73).

# h71: 国家统计局's release on the purchasing managers' indices for November 2025 (a national text,
# its home 全国; 发布时间 2025-11-30 09:30): 制造业 PMI and its 大型 / 中型 / 小型企业 parts, the
# five sub-indices (生产, 新订单, 原材料库存, 从业人员, 供应商配送时间) in % with 个百分点 changes,
# 非制造业 商务活动指数 with 建筑业 / 服务业, 综合PMI产出指数, the statistician's 解读 (行业 counts,
# 高技术制造业 / 高耗能行业, price indices, 预期), an appendix table of the sub-indices by month
# (单位：%). A diffusion index written in % is a share (as h54's 采购经理指数为49.0%); a change in
# 个百分点 of it a growth_rate named by the index (as h68's 正班客座率). Traps: 09:30, 浏览次数,
# 连续3个月 / 连续9个月 (streaks), 近5个月 (a span), 21个行业 (the survey's scope, as h32's
# 70个大中城市), “双十一”, 附表1, GB/T 4754—2017, 注：1．2．, a phone; borderline 5个分类指数
# (totals the list it opens), 55.0%以上 (a class's bound), 两个价格指数 (totals its list), the
# note's 50% (a definition's threshold), 31个行业大类 / 3200家调查样本 (the survey's scope in a
# note).
PMI_FILE = "h71_nbs_pmi_nov_2025.txt"
PMI_NOV = P("11月份", "2025-11-01", "2025-11-30")
PMI_INDEX = "a diffusion index written in %: share (as h54's 采购经理指数为49.0%)"


def pmi_level(anchor, value, indicator, period=PMI_NOV, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def pmi_points(anchor, value, indicator, period=PMI_NOV, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


PMI_TABLE_COLUMNS = ("制造业PMI", "生产指数", "新订单指数", "原材料库存指数", "从业人员指数")


def pmi_table_rows(line: str, month: int) -> list[dict]:
    """A row of 附表1 (月份, PMI, 生产, 新订单, 原材料库存, 从业人员; 单位：%): each cell the
    column's index for the row's month, a share as the text's figures are (the column head a
    short name of the index the table's title lists: 构成指数)."""
    cells = line.split("　　")
    last = {9: 30, 11: 30}.get(month, 31)
    period = P(cells[0], f"2025-{month:02d}-01", f"2025-{month:02d}-{last}")
    return [
        pmi_level(f"{cells[i]}　　[{cells[i + 1]}]", float(cells[i + 1]), PMI_TABLE_COLUMNS[i],
                  period,
                  notes="附表1's cell: its column's index, its row's month")
        for i in range(len(PMI_TABLE_COLUMNS))
    ]


LABELS[PMI_FILE] = [
    pmi_level("（PMI）为[49.8%]", 49.8, "制造业采购经理指数", notes=PMI_INDEX),
    pmi_points("比上月上升[0.2个百分点]", 0.2, "制造业采购经理指数",
               notes="a change of an index's level: growth_rate named by the index (as h68)"),
    pmi_level("大型企业PMI为[50.6%]", 50.6, "大型企业PMI"),
    pmi_points("50.6%，比上月上升[0.3个百分点]", 0.3, "大型企业PMI",
               notes="连续3个月 after it is a streak, no metric"),
    pmi_level("中型企业PMI为[49.2%]", 49.2, "中型企业PMI"),
    pmi_points("49.2%，比上月下降[0.1个百分点]", -0.1, "中型企业PMI"),
    pmi_level("小型企业PMI为[48.7%]", 48.7, "小型企业PMI"),
    pmi_points("48.7%，比上月上升[0.6个百分点]", 0.6, "小型企业PMI"),
    row("构成制造业PMI的[5个]分类指数", 5, "个", "个", "分类指数", "count_total",
        borderline=True,
        notes="borderline: totals the exhaustive list the sentence goes on to name (the index's "
              "make-up, no count of the month)"),
    pmi_level("生产指数为[50.9%]", 50.9, "生产指数"),
    pmi_points("50.9%，比上月上升[0.5个百分点]", 0.5, "生产指数"),
    pmi_level("新订单指数为[49.6%]", 49.6, "新订单指数"),
    pmi_points("49.6%，比上月上升[0.8个百分点]", 0.8, "新订单指数"),
    pmi_level("原材料库存指数为[47.9%]", 47.9, "原材料库存指数"),
    pmi_points("47.9%，比上月下降[0.2个百分点]", -0.2, "原材料库存指数"),
    pmi_level("从业人员指数为[48.4%]", 48.4, "从业人员指数",
              notes="与上月持平 after it: no number"),
    pmi_level("供应商配送时间指数为[50.3%]", 50.3, "供应商配送时间指数",
              notes="an inverse index (above 50: deliveries faster); its level as printed"),
    pmi_points("50.3%，比上月上升[0.4个百分点]", 0.4, "供应商配送时间指数"),
    pmi_level("非制造业商务活动指数为[50.2%]", 50.2, "非制造业商务活动指数"),
    pmi_points("50.2%，比上月上升[0.1个百分点]", 0.1, "非制造业商务活动指数"),
    pmi_level("建筑业商务活动指数为[52.8%]", 52.8, "建筑业商务活动指数",
              notes="分行业看 a frame: the sentence takes 11月份 from the paragraph before "
                    "(the section's month, no time expression of its own)"),
    pmi_points("52.8%，比上月上升[1.1个百分点]", 1.1, "建筑业商务活动指数"),
    pmi_level("服务业商务活动指数为[49.7%]", 49.7, "服务业商务活动指数"),
    pmi_points("49.7%，比上月下降[0.1个百分点]", -0.1, "服务业商务活动指数"),
    row("位于[55.0%以上]较高景气区间", 55.0, "%", "%", "商务活动指数", "share", PMI_NOV,
        "at_least", "以上", borderline=True,
        notes="borderline: the bound of a class (较高景气区间) the named industries fall in"),
    pmi_level("新订单指数为[46.4%]", 46.4, "新订单指数",
              notes="the non-manufacturing section's own index, named by the sentence's words"),
    pmi_points("46.4%，比上月上升[0.4个百分点]", 0.4, "新订单指数"),
    pmi_level("业务活动预期指数为[56.1%]", 56.1, "业务活动预期指数"),
    pmi_points("56.1%，比上月下降[0.3个百分点]", -0.3, "业务活动预期指数"),
    pmi_level("综合PMI产出指数为[50.5%]", 50.5, "综合PMI产出指数"),
    pmi_points("50.5%，比上月上升[0.3个百分点]", 0.3, "综合PMI产出指数"),
    pmi_level("PMI升至[49.8%]", 49.8, "PMI",
              notes="the statistician repeats the headline figure: 11月份 opens the paragraph"),
    row("在调查的[21个]行业中", 21, "个", "个", "行业", "count_total", PMI_NOV, borderline=True,
        notes=SCOPE),
    row("有[12个]行业PMI位于扩张区间", 12, "个", "个", "PMI位于扩张区间的行业", "count_total",
        PMI_NOV, notes="有N个 + noun + condition: members of a group (as h32's 下降的城市有56个); "
                       "在调查的21个行业中 is the survey's scope, no metric"),
    row("比上月增加[3个]", 3, "个", "个", "PMI位于扩张区间的行业", "actual", PMI_NOV,
        notes="a change of a count against the month before (as h32)"),
    pmi_level("高技术制造业PMI为[51.2%]", 51.2, "高技术制造业PMI"),
    pmi_points("51.2%，比上月上升[0.6个百分点]", 0.6, "高技术制造业PMI",
               notes="连续9个月 after it a streak, no metric"),
    pmi_level("高耗能行业PMI为[47.8%]", 47.8, "高耗能行业PMI"),
    pmi_points("47.8%，比上月下降[0.3个百分点]", -0.3, "高耗能行业PMI"),
    pmi_level("主要原材料购进价格指数为[52.1%]", 52.1, "主要原材料购进价格指数"),
    pmi_points("52.1%，比上月上升[1.4个百分点]", 1.4, "主要原材料购进价格指数"),
    pmi_level("出厂价格指数为[48.6%]", 48.6, "出厂价格指数"),
    pmi_points("48.6%，比上月上升[0.9个百分点]", 0.9, "出厂价格指数"),
    row("[两个]价格指数", 2, "个", "个", "价格指数", "count_total", PMI_NOV, borderline=True,
        notes="borderline: totals the two indices just named; 近5个月 a span, no metric"),
    pmi_level("生产经营活动预期指数为[53.4%]", 53.4, "生产经营活动预期指数"),
    pmi_points("53.4%，比上月上升[0.5个百分点]", 0.5, "生产经营活动预期指数"),
    *pmi_table_rows("2025年8月　　49.4　　50.8　　49.5　　48.0　　48.2", 8),
    *pmi_table_rows("2025年9月　　49.8　　51.9　　49.7　　48.5　　48.5", 9),
    *pmi_table_rows("2025年10月　　49.6　　50.4　　48.8　　48.1　　48.4", 10),
    *pmi_table_rows("2025年11月　　49.8　　50.9　　49.6　　47.9　　48.4", 11),
    row("通常以[50%]作为", 50, "%", "%", "经济强弱的分界点", "other", borderline=True,
        notes="borderline: a note's definition of the threshold (临界点), no figure of a month"),
    row("制造业的[31个]行业大类", 31, "个", "个", "行业大类", "count_total", borderline=True,
        notes="borderline: the survey's scope in a note"),
    row("行业大类，[3200家]调查样本", 3200, "家", "家", "调查样本", "count_total",
        borderline=True, notes="borderline: the survey's scope in a note"),
]


# h72: an A-share company's 2025年第三季度报告 (成都锦瑞电子科技股份有限公司, invented; 公司代码
# 603917; signed 2025年10月28日): a company's text, no home. 主要会计数据和财务指标 printed as a
# text table (cells parted by two ideographic spaces; 单位：元 币种：人民币) with columns 本报告期 /
# 本报告期比上年同期增减变动幅度(%) / 年初至报告期末 / 年初至报告期末比上年同期增减变动幅度(%), rows
# named by the row head (营业收入, 归属于上市公司股东的净利润, …, 基本每股收益（元/股）,
# 加权平均净资产收益率（%） with 减少 / 增加…个百分点); the balance sheet's 本报告期末 / 上年度末 /
# 增减变动幅度(%) (stocks: count_total, as h52's); 非经常性损益 by item (本期金额 /
# 年初至报告期末金额, flows: actual); the changes explained again in words; 股东总数（户） and the
# 前10名股东 holdings (持股数量（股）, 持股比例(%): at 报告期末, each named by its holder);
# 其他提醒事项 (报告期内 研发投入, 截至2025年9月30日 在手订单 with 较年初 and 超过六成, 2025年8月
# 累计回购, 总股本 (a stock: undated), 预计 新增年产能 (a target)). Periods: 本报告期 is the quarter
# (the note says so); 报告期内 the same. Traps: 603917, 2025年第三季度 in the title, 3个月 (the
# note's definition), 前10名, 不适用, 二期, 9月, 2025年10月28日; borderline the preferred
# shareholders' 0 (a form's nil entry).
JR_FILE = "h72_jinrui_tech_q3_report_2025.txt"
JR_Q3 = P("本报告期", "2025-07-01", "2025-09-30")
JR_YTD = P("年初至报告期末", "2025-01-01", "2025-09-30")
JR_END = P("本报告期末", "2025-09-30", "2025-09-30")
JR_PREV_END = P("上年度末", "2024-12-31", "2024-12-31")
JR_Q3_ITEM = P("本期", "2025-07-01", "2025-09-30")
JR_SEP = "　　"


def jr_cells(line: str) -> list[tuple[str, str]]:
    """A text table row's cells, each with the anchor that pins it (the cell before it, the
    two ideographic spaces, the cell)."""
    cells = line.split(JR_SEP)
    return [(f"{cells[i - 1]}{JR_SEP}[{cells[i]}]", cells[i]) for i in range(1, len(cells))]


def jr_number(text: str) -> float:
    return float(text.replace(",", ""))


def jr_main_row(line: str, unit: str, kind: str = "actual") -> list[dict]:
    """A row of the main table: the quarter's figure, its change in %, the year to date's figure
    and its change, named by the row head (its unit in brackets dropped from the name); 不适用
    cells are no figures."""
    head = line.split(JR_SEP)[0]
    name = head.split("（")[0]
    periods = (JR_Q3, JR_Q3, JR_YTD, JR_YTD)
    out = []
    for (anchor, cell), period, column in zip(jr_cells(line), periods, range(4), strict=True):
        if cell == "不适用":
            continue
        if column % 2:
            out.append(jr_change(anchor, cell, name, period))
        else:
            out.append(row(anchor, jr_number(cell), unit, unit, name, kind, period,
                           notes="the column's period; the unit from the table's 单位 or the "
                                 "row head"))
    return out


def jr_change(anchor: str, cell: str, name: str, period) -> dict:
    """A change column's cell: % of the figure, or 个百分点 written in the cell (增加 / 减少)."""
    if cell.endswith("个百分点"):
        sign = -1 if cell.startswith("减少") else 1
        quote = cell[2:]
        anchor = anchor.replace(f"[{cell}]", f"{cell[:2]}[{quote}]")
        return row(anchor, sign * float(quote[: -len("个百分点")]), "个百分点", "百分点", name,
                   "growth_rate", period, notes="减少 / 增加 N个百分点 in the change column")
    return row(anchor, float(cell), "%", "%", name, "growth_rate", period,
               notes="the change column's (%) head gives the unit")


def jr_balance_row(line: str) -> list[dict]:
    """A balance-sheet row: 本报告期末, 上年度末 (stocks) and the change between them in %."""
    name = line.split(JR_SEP)[0]
    (a_end, end), (a_prev, prev), (a_rate, rate) = jr_cells(line)
    return [
        row(a_end, jr_number(end), "元", "元", name, "count_total", JR_END),
        row(a_prev, jr_number(prev), "元", "元", name, "count_total", JR_PREV_END),
        row(a_rate, float(rate), "%", "%", name, "growth_rate", JR_END,
            notes="本报告期末比上年度末: the change of a stock up to the period's end"),
    ]


def jr_item_row(line: str) -> list[dict]:
    """A 非经常性损益 row: 本期金额 (the quarter) and 年初至报告期末金额, flows named by the item
    (减： is the table's sign, not the name; 合计 the table's total)."""
    head = line.split(JR_SEP)[0]
    name = {"合计": "非经常性损益合计"}.get(head, head.removeprefix("减："))
    (a_q3, q3), (a_ytd, ytd) = jr_cells(line)
    return [
        row(a_q3, jr_number(q3), "元", "元", name, "actual", JR_Q3_ITEM),
        row(a_ytd, jr_number(ytd), "元", "元", name, "actual", JR_YTD),
    ]


def jr_holder_row(line: str) -> list[dict]:
    """A 前10名股东 row (股东名称　股东性质　持股数量（股）　持股比例(%)): holdings at 报告期末,
    named by the holder and the column."""
    holder = line.split(JR_SEP)[0]
    _, (a_shares, shares), (a_pct, pct) = jr_cells(line)
    return [
        row(a_shares, jr_number(shares), "股", "股", f"{holder}持股数量", "count_total", JR_END,
            notes="the column head's unit; at 报告期末 (the section's date)"),
        row(a_pct, float(pct), "%", "%", f"{holder}持股比例", "share", JR_END),
    ]


LABELS[JR_FILE] = [
    *jr_main_row("营业收入　　1,286,453,721.36　　12.47　　3,512,806,394.85　　9.83", "元"),
    *jr_main_row("归属于上市公司股东的净利润　　98,627,415.20　　-6.35　　286,114,902.77　　4.21",
                 "元"),
    *jr_main_row("归属于上市公司股东的扣除非经常性损益的净利润　　91,302,588.64　　-8.12　　"
                 "262,475,019.33　　2.56", "元"),
    *jr_main_row("经营活动产生的现金流量净额　　不适用　　不适用　　315,228,460.19　　36.74", "元"),
    *jr_main_row("基本每股收益（元/股）　　0.23　　-8.00　　0.67　　3.08", "元/股"),
    *jr_main_row("加权平均净资产收益率（%）　　2.41　　减少0.32个百分点　　7.05　　"
                 "增加0.11个百分点", "%", "share"),
    *jr_balance_row("总资产　　9,864,215,730.42　　9,127,503,816.95　　8.07"),
    *jr_balance_row("归属于上市公司股东的所有者权益　　4,158,320,667.81　　"
                    "3,986,742,105.36　　4.30"),
    *jr_item_row("非流动性资产处置损益　　-126,430.55　　1,853,207.14"),
    *jr_item_row("计入当期损益的政府补助　　8,125,600.00　　24,906,310.00"),
    *jr_item_row("除上述各项之外的其他营业外收入和支出　　312,560.37　　-684,119.26"),
    *jr_item_row("减：所得税影响额　　986,903.26　　2,435,514.44"),
    *jr_item_row("合计　　7,324,826.56　　23,639,883.44"),
    row("较上年同期增长[36.74%]", 36.74, "%", "%", "经营活动产生的现金流量净额", "growth_rate",
        JR_YTD, notes="the table's 年初至报告期末 change repeated in words (by reading: the "
                      "cash flow is reported for the year to date only, 本报告期 不适用)"),
    row("净利润同比下降[6.35%]", -6.35, "%", "%", "归属于上市公司股东的净利润", "growth_rate",
        JR_Q3, notes="本报告期 in the clause"),
    row("股东总数（户）　　[38,652]", 38652, "户", "户", "普通股股东总数", "count_total", JR_END,
        notes="报告期末 in the row head; the unit in brackets"),
    row("优先股股东总数　　[0]", 0, None, None, "表决权恢复的优先股股东总数", "count_total",
        JR_END, borderline=True, notes="borderline: a form's nil entry"),
    *jr_holder_row("成都锦瑞投资控股有限公司　　境内非国有法人　　156,820,000　　36.52"),
    *jr_holder_row("四川省产业投资引导基金有限公司　　国有法人　　21,470,000　　5.00"),
    *jr_holder_row("香港中央结算有限公司　　境外法人　　12,364,518　　2.88"),
    row("研发投入[1.12亿元]", 1.12, "亿元", "元", "研发投入", "actual",
        P("报告期内", "2025-07-01", "2025-09-30"),
        notes="报告期 is the quarter (the note: 本报告期 the quarter); 公司 dropped"),
    row("同比增长[15.6%]", 15.6, "%", "%", "研发投入", "growth_rate",
        P("报告期内", "2025-07-01", "2025-09-30")),
    row("占营业收入的[8.71%]", 8.71, "%", "%", "研发投入占营业收入", "share",
        P("报告期内", "2025-07-01", "2025-09-30")),
    row("在手订单[约23.6亿元]", 23.6, "亿元", "元", "在手订单", "count_total",
        P("截至2025年9月30日", "2025-09-30", "2025-09-30"), "about", "约"),
    row("较年初增长[18.2%]", 18.2, "%", "%", "在手订单", "growth_rate",
        P("截至2025年9月30日", "2025-09-30", "2025-09-30"),
        notes="a stock's change since the year began, dated by the stock's day (as h52's "
              "较年初减少)"),
    row("订单占比[超过六成]", 60, "成", "%", "新能源汽车电子订单占比", "share",
        P("截至2025年9月30日", "2025-09-30", "2025-09-30"), "over", "超过"),
    row("累计回购股份[1,580,000股]", 1580000, "股", "股", "回购股份", "count_total",
        P("2025年8月", "2025-08-01", "2025-08-31"),
        notes="累计 a running total of the month; 通过集中竞价交易方式 the means, no name"),
    row("公司总股本[429,400,000股]", 429400000, "股", "股", "总股本", "count_total",
        notes="a stock with no time expression of its own (2025年8月 scopes the buy-back)"),
    row("股的[0.37%]", 0.37, "%", "%", "回购股份占总股本", "share",
        P("2025年8月", "2025-08-01", "2025-08-31")),
    row("支付总金额[2,135.6万元]", 2135.6, "万元", "元", "支付总金额", "count_total",
        P("2025年8月", "2025-08-01", "2025-08-31"),
        notes="累计回购's amount paid: the 累计 carries over (session 24)"),
    row("新增年产能[120万套]", 120, "万套", "套", "新增年产能", "target",
        notes="预计: a forecast (target), no time expression of its own (9月 dates the "
              "start of production in the clause before)"),
]


# h73: 四川省财政厅's notice of the results of a local government bond issuance (2025年四川省政府
# 专项债券（十期）等5期债券发行结果公告, 发布时间 2025-08-20 17:05; its home 四川): the issue of
# 2025年8月19日 (发行规模合计, 其中 新增专项债券 / 再融资一般债券, 全场平均投标倍数 and the previous
# batch's), a section per bond (发行规模 亿元, 期限 年, 票面利率 %, 投标倍数 倍, 银行间 / 深交所
# codes; a 30-year bond's early repayment of 50% of its principal), the dates (招标日 / 分销期 /
# 缴款日 / 起息日), 付息 rules, AAA, bidders 家 and 有效投标总量, the new bonds' uses by project
# class (用于… 亿元, 占), 资本金 with 较上年同期增加, cities (成都 / 宜宾 / 绵阳) as subjects with
# 居全省首位 / 位列第二、第三, 截至2025年8月21日 the year's 累计发行 and 完成…额度的, 2025年1-7月
# 累计支出 / 支出进度 / 高于全国平均水平 (a gap), a 力争 goal for 当年, the spread over treasuries
# in 个基点. Decided before labelling: a bond's 期限 is what the issue sets (other, unit 年, as
# h66's 工期); its coupon a rate (share, as h63's 国债收益率), its 投标倍数 a level in 倍 (actual,
# as h63's 市盈率); the per-bond sections carry no time expression (the heading's 2025年 is the
# bond's name: QA 11's event names), so their figures are undated, as h66's award figures; the bids
# of 本次招标 are of the 招标日. Traps: 财库〔2025〕6号, 2025年8月19日 / 8月19日至8月20日 /
# 2025年8月21日 (dates), the bond codes, （十期）…（五期）, 第15年末, 2025年8月至9月到期,
# 7年期及以下 / 10年期及以上 (classes), 每年 / 每半年支付一次, 最后一期, AAA级, 9月底前, 17:05,
# 字号, a phone, 2025年8月20日 under the signature; borderline 5期债券 in the title and 共5期债券
# (total the bonds listed), 居全省首位 (a rank with no numeral).
SB_FILE = "h73_sichuan_special_bond_issuance_2025.txt"
SB_DAY = P("2025年8月19日", "2025-08-19", "2025-08-19")
SB_TERMS = "a bond's section: no time expression (the heading's 2025年 is the bond's name)"
SB_YEAR = P("截至2025年8月21日", "2025-01-01", "2025-08-21")
SB_JUL = P("2025年1-7月", "2025-01-01", "2025-07-31")


def sb_bond(number: str, size: float, term: int, coupon: float, cover: float) -> list[dict]:
    """A bond's section line (发行规模：…亿元；期限：…年；票面利率：…%；投标倍数：…倍): the issue's
    size (actual), its term (what the issue sets: other), its coupon (a rate: share) and its
    bid-to-cover multiple (a level in 倍: actual), all undated."""
    size_q, term_q, coupon_q, cover_q = f"{number}亿元", f"{term}年", f"{coupon}%", f"{cover}倍"
    line = f"发行规模：{size_q}；期限：{term_q}；票面利率：{coupon_q}；投标倍数：{cover_q}"
    return [
        row(line.replace(size_q, f"[{size_q}]"), size, "亿元", "元", "发行规模", "actual",
            notes=SB_TERMS),
        row(line.replace(f"：{term_q}", f"：[{term_q}]"), term, "年", "年", "期限", "other",
            notes="the term the issue sets (as h66's 工期): other"),
        row(line.replace(coupon_q, f"[{coupon_q}]"), coupon, "%", "%", "票面利率", "share",
            notes=SB_TERMS),
        row(line.replace(cover_q, f"[{cover_q}]"), cover, "倍", "倍", "投标倍数", "actual",
            notes=SB_TERMS),
    ]


def sb_use(anchor, value, indicator, **kw):
    return row(anchor, value, "亿元", "元", indicator, "actual",
               notes="the new bonds' uses: no time expression in their paragraph", **kw)


LABELS[SB_FILE] = [
    row("等[5期]债券发行结果公告", 5, "期", "期", "债券", "count_total", borderline=True,
        notes="borderline: the title's batch (等 with the title's first bond only) repeated as "
              "共5期 in the text, which totals the bonds listed"),
    row("共[5期]债券", 5, "期", "期", "债券", "actual", SB_DAY, borderline=True,
        notes="borderline: totals the exhaustive list of bonds just named"),
    row("发行规模合计[386.52亿元]", 386.52, "亿元", "元", "发行规模", "actual", SB_DAY,
        notes="合计 a frame word"),
    row("其中新增专项债券[298.40亿元]", 298.40, "亿元", "元", "新增专项债券", "actual", SB_DAY),
    row("再融资一般债券[88.12亿元]", 88.12, "亿元", "元", "再融资一般债券", "actual", SB_DAY),
    row("平均投标倍数为[24.63倍]", 24.63, "倍", "倍", "全场平均投标倍数", "actual", SB_DAY,
        notes="本次 (this issue: its day, the paragraph's date) a frame word"),
    row("上一批次为[20.85倍]", 20.85, "倍", "倍", "上一批次", "actual",
        notes="another batch's level: no date of its own (not the paragraph's 8月19日); "
              "the clause names only 上一批次"),
    *sb_bond("112.30", 112.30, 7, 1.72, 26.15),
    *sb_bond("95.60", 95.60, 10, 1.86, 23.04),
    *sb_bond("64.80", 64.80, 15, 2.03, 21.77),
    *sb_bond("25.70", 25.70, 30, 2.15, 27.39),
    *sb_bond("88.12", 88.12, 5, 1.61, 25.48),
    row("提前偿还本金的[50%]", 50, "%", "%", "提前偿还本金", "other",
        notes="what the bond's terms set (第15年末 the date of the option, no period)"),
    row("承销团成员[41家]参与投标", 41, "家", "家", "承销团成员参与投标", "actual", SB_DAY,
        notes="本次招标: the bids of the 招标日 (the paragraph's first date, not its last, "
              "the 起息日)"),
    row("有效投标总量[9521.6亿元]", 9521.6, "亿元", "元", "有效投标总量", "actual", SB_DAY),
    row("最终中标[38家]", 38, "家", "家", "中标", "actual", SB_DAY,
        notes="the clause's own word (承销团成员 is the clause before's)"),
    row("共涉及项目[326个]", 326, "个", "个", "涉及项目", "count_total",
        notes="the projects the issue funds: a count of things, no time expression"),
    sb_use("用于交通基础设施[97.35亿元]", 97.35, "用于交通基础设施"),
    row("97.35亿元，占[32.6%]", 32.6, "%", "%", "用于交通基础设施占比", "share"),
    sb_use("用于市政和产业园区基础设施[86.20亿元]", 86.20, "用于市政和产业园区基础设施"),
    sb_use("用于保障性安居工程[54.12亿元]", 54.12, "用于保障性安居工程"),
    sb_use("用于社会事业[60.73亿元]", 60.73, "用于社会事业"),
    sb_use("另有[28.50亿元]", 28.50, "用作重大项目资本金"),
    sb_use("较上年同期增加[6.2亿元]", 6.2, "用作重大项目资本金"),
    row("成都市安排新增专项债券[89.60亿元]", 89.60, "亿元", "元", "安排新增专项债券", "actual",
        subject="成都", notes="a city of the province's text: its subject (written as h19's 宁德)"),
    row("89.60亿元，占[30.0%]", 30.0, "%", "%", "安排新增专项债券占比", "share",
        subject="成都",
        notes="居全省首位 after it: a rank with no numeral (borderline, not a row)"),
    row("分别安排[24.80亿元]", 24.80, "亿元", "元", "安排新增专项债券", "actual",
        subject="宜宾", notes="the places of a 分别 list own their figures"),
    row("24.80亿元和[21.30亿元]", 21.30, "亿元", "元", "安排新增专项债券", "actual",
        subject="绵阳"),
    row("位列[第二]、第三", 2, None, "位", "安排新增专项债券", "rank", subject="宜宾"),
    row("位列第二、[第三]", 3, None, "位", "安排新增专项债券", "rank", subject="绵阳"),
    row("累计发行地方政府债券[3386.74亿元]", 3386.74, "亿元", "元", "发行地方政府债券",
        "count_total", SB_YEAR,
        notes="截至…今年累计: the year to the day (累计's span); 全省 the home, dropped"),
    row("其中新增专项债券[2015.62亿元]", 2015.62, "亿元", "元", "新增专项债券", "count_total",
        SB_YEAR),
    row("下达额度的[81.3%]", 81.3, "%", "%", "新增专项债券", "share", SB_YEAR,
        notes="完成…的X: a share of the figure before, named by it (as h16's 完成年度计划的103%; "
        "session 20: labelled 完成财政部下达额度)"),
    row("累计支出[1426.8亿元]", 1426.8, "亿元", "元", "新增专项债券支出", "count_total", SB_JUL,
        notes="累计 over 1-7月: a running total (count_total); 已发行的 a modifier"),
    row("支出进度为[84.5%]", 84.5, "%", "%", "支出进度", "share", SB_JUL),
    row("高于全国平均水平[2.6个百分点]", 2.6, "个百分点", "百分点", "支出进度", "other", SB_JUL,
        notes="a gap to the nation's average: other (as h14's 高于全国)"),
    row("支出率[达到95%以上]", 95, "%", "%", "专项债券资金支出率", "target",
        P("当年", "2025-01-01", "2025-12-31"), "at_least", "达到…以上",
        notes="力争: a goal of the current year (当年 the period word, not part of the name)"),
    row("平均上浮[约11个基点]", 11, "个基点", "基点", "票面利率", "other", qual="about",
        qtext="约", notes="a spread over another base (同期限国债收益率): other, as a gap; "
                         "no time expression in its paragraph"),
]


# ---------------------------------------------------------------------------------------------
# Round 24 (blind): three documents in genres the set lacked, written and labelled by reading
# before the extractor ran on them.
#
# h74: 安徽省市场监督管理局's release on the first three quarters' business registrations (发布时间
# 2025-10-21 15:20; home 安徽, 全省): 前三季度 flows 新设经营主体 万户 with 其中企业 / 个体工商户 /
# 农民专业合作社 and 同比 (下降 negative), 9月份 with 环比, 日均新设 户, 截至9月底 stocks
# 实有经营主体 (count_total) with 同比, ranks 居全国第8位、中部第2位, 占经营主体总量的 (a share
# after a figure names its part), 每千人拥有企业数 户 (a per-head density: actual; 每千人 is no
# number) with 比上年末增加, 三次产业 新设 with 占新设总量的 / bare 占, “四新经济” with 其中
# industries, 外商投资 企业 with 其中“一带一路”, 私营企业 占, “个转企” 户, 占比为 shares with
# 比上年同期提高…个百分点, 累计建成 服务站 个, 注销 户 with 简易注销 占, 压缩至3个工作日,
# 新设与注销之比 2.36:1 (a unit-less ratio), cities in 分别 lists (subjects), 居全省第1位, 合肥市
# stock with 占全省的, 皖北6市 (a group with its count: part of the name), 力争全年 goals
# 突破 / 以上, a note's 常住人口 of 2024年末. Traps: 15:20, 浏览次数, 字号 大 中 小, 居全省前三 /
# 排名前3位 (classes), 35岁以下, 第二十条, 注：1. 2. 3., 0551- phone; borderline
# 16个市、105个县（市、区） (the whole province: a scope's total), 皖北6市 (a group's name that
# totals it).
MR = "h74_anhui_market_entity_registration_q3_2025.txt"
MRQ3 = P("前三季度", "2025-01-01", "2025-09-30")
MRCUM = P("累计", "2025-10-21", "2025-10-21")  # a stock built to date: the reference date
MRSEP = P("9月份", "2025-09-01", "2025-09-30")
MREND = P("截至9月底", "2025-09-30", "2025-09-30")
MRY = P("全年", "2025-01-01", "2025-12-31")
MRPARA = "no time expression in its clause: the paragraph's 前三季度"


def mr_flow(anchor, value, unit_raw, unit, indicator, period=MRQ3, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def mr_stock(anchor, value, unit_raw, unit, indicator, period=MREND, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def mr_rate(anchor, value, indicator, kind="growth_rate", period=MRQ3, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[MR] = [
    # 一、前三季度 flows
    mr_flow("新设经营主体[98.6万户]", 98.6, "万户", "户", "新设经营主体",
            notes="全省 the home, no part of the name"),
    mr_rate("98.6万户，同比增长[6.3%]", 6.3, "新设经营主体"),
    mr_flow("新设企业[27.4万户]", 27.4, "万户", "户", "新设企业", notes="其中 a frame word"),
    mr_rate("27.4万户，同比增长[9.1%]", 9.1, "新设企业"),
    mr_flow("新设个体工商户[70.5万户]", 70.5, "万户", "户", "新设个体工商户"),
    mr_rate("70.5万户，同比增长[5.2%]", 5.2, "新设个体工商户"),
    mr_flow("新设农民专业合作社[0.7万户]", 0.7, "万户", "户", "新设农民专业合作社"),
    mr_rate("同比下降[12.5%]", -12.5, "新设农民专业合作社"),
    mr_flow("新设经营主体[11.2万户]", 11.2, "万户", "户", "新设经营主体", MRSEP),
    mr_rate("环比增长[4.7%]", 4.7, "新设经营主体", period=MRSEP, notes="month on month"),
    mr_flow("日均新设经营主体[3612户]", 3612, "户", "户", "日均新设经营主体"),
    # 二、截至9月底 stocks
    mr_stock("实有经营主体[818.3万户]", 818.3, "万户", "户", "实有经营主体"),
    mr_rate("818.3万户，同比增长[5.8%]", 5.8, "实有经营主体", period=MREND),
    row("居全国[第8位]", 8, "位", "位", "实有经营主体总量", "rank", MREND,
        notes="总量 stands for the stock just named; the home's rank in the country, no subject"),
    row("中部[第2位]", 2, "位", "位", "实有经营主体总量", "rank", MREND),
    mr_stock("实有企业[245.6万户]", 245.6, "万户", "户", "实有企业", notes="其中 a frame word"),
    mr_rate("245.6万户，同比增长[7.4%]", 7.4, "实有企业", period=MREND),
    mr_rate("占经营主体总量的[30.0%]", 30.0, "实有企业占经营主体总量", "share", MREND,
            notes="a share after a figure names its part (the figure before)"),
    mr_stock("实有个体工商户[562.9万户]", 562.9, "万户", "户", "实有个体工商户"),
    mr_rate("562.9万户，同比增长[5.1%]", 5.1, "实有个体工商户", period=MREND),
    mr_stock("实有农民专业合作社[9.8万户]", 9.8, "万户", "户", "实有农民专业合作社"),
    row("企业数达到[40.1户]", 40.1, "户", "户", "每千人拥有企业数", "actual", MREND, "reach",
        "达到", notes="a per-head density is actual (as h27's 每千人口); 每千人 is no number; the "
        "paragraph's 截至9月底"),
    row("比上年末增加[2.3户]", 2.3, "户", "户", "每千人拥有企业数", "actual", MREND,
        notes="比上年末 the base; the period is the stock's (as h20)"),
    row("每千人拥有经营主体[133.7户]", 133.7, "户", "户", "每千人拥有经营主体", "actual", MREND),
    # 三、前三季度 by industry
    mr_flow("第一产业经营主体[5.1万户]", 5.1, "万户", "户", "新设第一产业经营主体"),
    mr_rate("占新设总量的[5.2%]", 5.2, "新设第一产业经营主体占新设总量", "share"),
    mr_flow("第二产业[10.8万户]", 10.8, "万户", "户", "第二产业",
            notes="the clause's own words (as h68's 国内航线): nothing borrowed"),
    mr_rate("10.8万户，占[11.0%]", 11.0, "第二产业占比", "share",
            notes="a bare 占 after a figure: its share (as h36)"),
    mr_flow("第三产业[82.7万户]", 82.7, "万户", "户", "第三产业"),
    mr_rate("82.7万户，占[83.8%]", 83.8, "第三产业占比", "share"),
    mr_flow("“四新经济”企业[9.3万户]", 9.3, "万户", "户", "新设“四新经济”企业"),
    mr_rate("9.3万户，同比增长[11.6%]", 11.6, "新设“四新经济”企业"),
    mr_rate("占新设企业的[33.9%]", 33.9, "新设“四新经济”企业占新设企业", "share"),
    mr_flow("信息技术服务业企业[1.9万户]", 1.9, "万户", "户",
            "新设信息传输、软件和信息技术服务业企业", notes="其中 a frame word"),
    mr_rate("1.9万户，同比增长[18.2%]", 18.2, "新设信息传输、软件和信息技术服务业企业"),
    mr_flow("科学研究和技术服务业企业[2.6万户]", 2.6, "万户", "户",
            "新设科学研究和技术服务业企业"),
    mr_rate("2.6万户，同比增长[14.5%]", 14.5, "新设科学研究和技术服务业企业"),
    # 四、外资和私营企业
    mr_flow("新设外商投资企业[862户]", 862, "户", "户", "新设外商投资企业"),
    mr_rate("862户，同比增长[21.4%]", 21.4, "新设外商投资企业"),
    mr_flow("共建国家的[146户]", 146, "户", "户", "来自“一带一路”共建国家",
            notes="其中 a frame word; the clause's own words (the firms of the clause before)"),
    mr_stock("实有外商投资企业[1.12万户]", 1.12, "万户", "户", "实有外商投资企业",
             notes="the clause's own 截至9月底"),
    mr_flow("新设私营企业[25.9万户]", 25.9, "万户", "户", "新设私营企业",
            notes="by reading the quarters' flow: the 截至9月底 of the clause before dates its "
            "stock only"),
    mr_rate("占新设企业总数的[94.5%]", 94.5, "新设私营企业占新设企业总数", "share"),
    # 五、“个转企”, investors
    mr_flow("（“个转企”）[4826户]", 4826, "户", "户", "个体工商户转型升级为企业",
            notes="完成 a frame verb; the parenthesised short name is no part"),
    mr_rate("4826户，同比增长[31.7%]", 31.7, "个体工商户转型升级为企业"),
    mr_rate("女性投资者占比为[38.2%]", 38.2, "女性投资者占比", "share", notes=MRPARA),
    mr_rate("青年创业者占比为[44.6%]", 44.6, "35岁以下青年创业者占比", "share",
            notes="35岁以下 is no number (a class)"),
    row("比上年同期提高[1.9个百分点]", 1.9, "个百分点", "百分点", "35岁以下青年创业者占比",
        "growth_rate", MRQ3),
    row("服务站”[1365个]", 1365, "个", "个", "建成“个体工商户服务站”", "count_total", MRCUM,
        notes="累计建成: a stock built to date, a point at the reference date, not the "
        "paragraph's span (as h47's, h76's 累计建成; session 20: labelled 前三季度)"),
    row("实现[16个市]", 16, "个", "个", "市", "count_total", MRCUM, borderline=True,
        notes="borderline: every city of the province (the scope's total, 全覆盖)"),
    row("16个市、[105个县]", 105, "个", "个", "县（市、区）", "count_total", MRCUM,
        borderline=True, notes="borderline: every county of the province (全覆盖)"),
    # 六、注销
    mr_flow("注销经营主体[41.7万户]", 41.7, "万户", "户", "注销经营主体"),
    mr_rate("同比下降[3.6%]", -3.6, "注销经营主体"),
    mr_flow("注销企业[8.2万户]", 8.2, "万户", "户", "注销企业", notes="其中 a frame word"),
    mr_flow("办结企业注销[5.6万户]", 5.6, "万户", "户", "通过简易注销程序办结企业注销"),
    mr_rate("占企业注销总量的[68.3%]", 68.3, "通过简易注销程序办结企业注销占企业注销总量",
            "share"),
    row("压缩至[3个工作日]", 3, "个工作日", "工作日", "平均办理时间", "actual", MRQ3,
        notes="working days (as h36's 压缩至3个工作日)"),
    row("之比为[2.36:1]", 2.36, None, None, "新设与注销经营主体之比", "share", MRQ3,
        notes="a unit-less ratio written with a colon (as h70's 1.86:1); 全省 the home"),
    # 七、各市: subjects
    mr_flow("分别为[18.9万户]", 18.9, "万户", "户", "新设经营主体", subject="合肥",
            notes="分别 pairs the places with their numbers; 居全省前三 is a class, no metric"),
    mr_flow("18.9万户、[9.6万户]", 9.6, "万户", "户", "新设经营主体", subject="阜阳"),
    mr_flow("9.6万户、[7.3万户]", 7.3, "万户", "户", "新设经营主体", subject="宿州"),
    mr_flow("阜阳市新设个体工商户[7.1万户]", 7.1, "万户", "户", "新设个体工商户",
            subject="阜阳", notes="其中 a frame word"),
    row("居全省[第1位]", 1, "位", "位", "新设个体工商户", "rank", MRQ3, subject="阜阳"),
    mr_stock("合肥市实有经营主体[152.4万户]", 152.4, "万户", "户", "实有经营主体",
             subject="合肥"),
    mr_rate("占全省的[18.6%]", 18.6, "实有经营主体占全省", "share", MREND, subject="合肥"),
    mr_rate("分别增长[15.8%]", 15.8, "新设企业", subject="滁州",
            notes="排名前3位 is a class; the 分别 list pairs the cities"),
    mr_rate("15.8%、[13.2%]", 13.2, "新设企业", subject="亳州"),
    mr_rate("13.2%、[12.9%]", 12.9, "新设企业", subject="芜湖"),
    row("皖北[6市]", 6, "市", "个", "市", "count_total", MRQ3, borderline=True,
        notes="borderline: the name of a group of cities, totalling it"),
    mr_flow("合计[41.5万户]", 41.5, "万户", "户", "皖北6市新设经营主体",
            notes="a group of places with its count is part of the name, no subject (as "
            "h53's 苏北5市, h59's 5省市, h62's 4省（区）; session 20: labelled subject 皖北); "
            "合计 dropped"),
    mr_rate("占全省的[42.1%]", 42.1, "皖北6市新设经营主体占全省", "share"),
    # goals
    row("新设经营主体[突破130万户]", 130, "万户", "户", "新设经营主体", "target", MRY,
        "break_through", "突破", notes="力争: a goal"),
    row("新设企业[37万户以上]", 37, "万户", "户", "新设企业", "target", MRY, "at_least", "以上"),
    # 注
    row("常住人口[6121万人]", 6121, "万人", "人", "常住人口", "count_total",
        P("2024年末", "2024-12-31", "2024-12-31"), notes="a note's base figure, a stock"),
]

# h75: 新华日报's news on the economic pull of the 2025 江苏省城市足球联赛 (“苏超”) after its 7th
# round (2025-07-08 07:05 under the headline; home 江苏, 全省): a headline 开赛以来拉动消费超38亿元,
# 7月5日 a match's 现场观众 万人 with 其中客队球迷 约, 5月10日开赛以来 42场 / 观赛人次 累计 万 (no
# unit) / 场均上座 with 较首轮提高, 截至7月6日 门票收入 累计, 第7轮 takings with 环比 (a round is no
# calendar time: undated), ticket prices 10元、20元、30元 (undated, 三档 totals them), 13支城市队,
# 直播观看人次 突破…亿 / 阅读量 超过…亿次 (前7轮: undated) with 其中…占, 6月以来 rail and road
# flows, 开赛以来 累计拉动消费 约, 酒店平均入住率 with 个百分点, 文旅订单 同比 / 增长1.4倍 / 近六成,
# cities as subjects (常州 6月28日, 盐城 6月21日 with 位列全省第一, 扬州's 第5轮 (undated), 苏州,
# 南京 7月5日), 平日的2.3倍 (a multiple of another base: other), 积分榜 19分 and ranks (目前),
# 截至目前 赞助商 / 赞助金额 累计 / 文创 sales, 增长约三成, an official's quote with 全年 forecasts
# (targets), 将推出 / 发放 plans. Traps: 07:05, 19:30 (×2), 第7轮 / 第8轮 / 第6轮 / 第5轮, 首轮,
# 7月12日、 13日, “95后” / “00后”, A级, 半价, 提前一周, 一度; borderline 三档, 5省市 (an exhaustive
# list's total), 6胜 / 1平 (a record), 13个设区市 (the province's whole set).
SU = "h75_jiangsu_suchao_football_economy_news_2025.txt"
SU0705 = P("7月5日", "2025-07-05", "2025-07-05")
SUSINCE = P("5月10日开赛以来", "2025-05-10", "2025-07-08")
SUOPEN = P("开赛以来", "2025-05-10", "2025-07-08")  # 开赛 is 5月10日, named in the lead
SU0706 = P("截至7月6日", "2025-07-06", "2025-07-06")
SUJUN = P("6月以来", "2025-06-01", "2025-07-08")
SUNOW = P("目前", "2025-07-08", "2025-07-08")
SUNOW2 = P("截至目前", "2025-07-08", "2025-07-08")
SUY = P("全年", "2025-01-01", "2025-12-31")
SUROUND = "a round (第7轮, 前7轮) is no calendar time expression: undated"


SUCAUSE = ("after the causative 拉动 / 带动 the rest of the clause (as h19's 消费, h31's 就业, "
           "h67's 票房; session 20: labelled with the verb)")


def su(anchor, value, unit_raw, unit, indicator, period, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def su_rate(anchor, value, indicator, period, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[SU] = [
    su("拉动消费[超38亿元]", 38, "亿元", "元", "消费", SUOPEN, qual="over", qtext="超",
       notes="a headline; 累计 not written (the body's figure is count_total); " + SUCAUSE),
    su("现场观众达[5.21万人]", 5.21, "万人", "人", "现场观众", SU0705, qual="reach", qtext="达",
       notes="a match in 南京: no subject (the stadium's city is no owner of the crowd)"),
    su("客队球迷[约8600人]", 8600, "人", "人", "客队球迷", SU0705, qual="about", qtext="约",
       notes="其中 a frame word"),
    su("前7轮共进行[42场]", 42, "场", "场", "比赛", SUSINCE,
       notes="a flow over the span (共, not 累计); the noun after the count names it"),
    su("累计达到[98.6万]", 98.6, "万", None, "现场观赛人次", SUSINCE, "count_total",
       qual="reach", qtext="达到", notes="累计: a running total; 人次 before the number: no unit"),
    su("场均上座[2.35万人]", 2.35, "万人", "人", "场均上座", SUSINCE),
    su("较首轮提高[1.12万人]", 1.12, "万人", "人", "场均上座", SUSINCE,
       notes="an absolute change against the first round (首轮 a base)"),
    su("门票收入累计达[1863万元]", 1863, "万元", "元", "联赛门票收入", SU0706, "count_total",
       qual="reach", qtext="达",
       notes="the clause's own words: 联赛 no frame word (session 20: labelled 门票收入)"),
    su("第7轮[6场]", 6, "场", "场", "比赛", NONE, notes=SUROUND),
    su("门票收入[412万元]", 412, "万元", "元", "门票收入", NONE,
       notes=SUROUND + " (截至7月6日 is the clause before's running total)"),
    su_rate("环比增长[27.6%]", 27.6, "门票收入", NONE, notes=SUROUND),
    su("求票帖[超过3000条]", 3000, "条", "条", "求票帖", SU0706, "count_total", qual="over",
       qtext="超过", notes="a stock of posts; the paragraph's 截至7月6日; two places: no subject"),
    su("分为[10元]", 10, "元", "元", "联赛门票", NONE,
       notes="prices, no time expression in the paragraph"),
    su("10元、[20元]", 20, "元", "元", "联赛门票", NONE),
    su("20元、[30元]", 30, "元", "元", "联赛门票", NONE),
    row("30元[三档]", 3, "档", "档", "联赛门票", "count_total", NONE, borderline=True,
        notes="borderline: totals the exhaustive list before it"),
    su("[13支]城市队", 13, "支", "支", "城市队", NONE, "count_total",
       notes="the league's teams, a stock; no time expression"),
    su("直播观看人次[突破4.6亿]", 4.6, "亿", None, "全网直播观看人次", NONE,
       qual="break_through", qtext="突破", notes=SUROUND),
    su_rate("观看的占[37.5%]", 37.5, "通过省级广电平台观看", NONE, "share",
            notes="其中…的占: the clause's own words (as h33's 研究生学位的占)"),
    su("阅读量[超过120亿次]", 120, "亿次", "次", "相关话题阅读量", NONE, qual="over",
       qtext="超过"),
    su("直播观看人次达[3280万]", 3280, "万", None, "直播观看人次", NONE, qual="reach",
       qtext="达", notes="one match (that of 7月5日, named in the lead only): undated here"),
    su("日均发送旅客[86.4万人次]", 86.4, "万人次", "人次", "铁路日均发送旅客", SUJUN,
       notes="比赛日 a period word, 全省 the home: no part of the name"),
    su_rate("86.4万人次，同比增长[9.6%]", 9.6, "铁路日均发送旅客", SUJUN),
    su("动车组列车[32列]", 32, "列", "列", "南京南站加开动车组列车", SUJUN,
       notes="a station (a facility) in the name (as h68's airports); 比赛当天 names no date"),
    su("断面流量达到[412万辆次]", 412, "万辆次", "辆次", "高速公路日均断面流量", SUJUN,
       qual="reach", qtext="达到"),
    row("河南[5省市]", 5, "省市", "个", "省市", "count_total", SUJUN, borderline=True,
        notes="borderline: totals the exhaustive list of provinces before it"),
    su("球迷[约6200人]", 6200, "人", "人", "球迷", SUJUN, qual="about", qtext="约",
       notes="the paragraph's 6月以来 (the match is 7月5日's, named in the lead only)"),
    su("文旅体育消费[约38.6亿元]", 38.6, "亿元", "元", "文旅体育消费", SUOPEN,
       "count_total", qual="about", qtext="约",
       notes="累计: a running total; 全省 the home; " + SUCAUSE),
    su_rate("入住率达到[81.7%]", 81.7, "主办城市酒店平均入住率", SUOPEN, "share", qual="reach",
            qtext="达到", notes="比赛日期间 names no date: the paragraph's 开赛以来"),
    row("同比提高[12.4个百分点]", 12.4, "个百分点", "百分点", "主办城市酒店平均入住率",
        "growth_rate", SUOPEN),
    su_rate("餐饮消费额同比增长[23.5%]", 23.5, "餐饮消费额", SUOPEN),
    su_rate("文旅订单同比增长[63%]", 63, "主办城市的文旅订单", SUJUN,
            notes="“苏超” a modifier of the cities, dropped"),
    row("订单增长[1.4倍]", 140.0, "倍", "%", "跨城观赛订单", "growth_rate", SUJUN,
        notes="增长1.4倍 is +140% (as h02)"),
    row("游客占比[近六成]", 60, "成", "%", "“95后”和“00后”游客占比", "share", SUJUN, "nearly",
        "近", notes="“95后” / “00后” are names of cohorts, no numbers"),
    su("客流达[126.3万人次]", 126.3, "万人次", "人次", "市区重点商圈客流",
       P("6月28日", "2025-06-28", "2025-06-28"), qual="reach", qtext="达", subject="常州",
       notes="当天 is the 6月28日 of the sentence before"),
    su_rate("126.3万人次，同比增长[41.8%]", 41.8, "市区重点商圈客流",
            P("6月28日", "2025-06-28", "2025-06-28"), subject="常州"),
    su("住宿消费[2.7亿元]", 2.7, "亿元", "元", "餐饮、住宿消费",
       P("6月21日", "2025-06-21", "2025-06-21"), subject="盐城"),
    row("位列全省[第一]", 1, None, "位", "餐饮、住宿消费", "rank",
        P("6月21日", "2025-06-21", "2025-06-21"), subject="盐城"),
    su("接待游客[18.6万人次]", 18.6, "万人次", "人次", "接待游客", NONE, subject="扬州",
       notes="在第5轮…当天: its own time (a round, no calendar date), not the 6月21日 before"),
    row("是平日的[2.3倍]", 2.3, "倍", "倍", "接待游客", "other", NONE, subject="扬州",
        notes="a multiple of another base: other (as h40's 約為正常的1.6倍)"),
    row("以[6胜]1平", 6, "胜", None, "胜", "count_total", SUNOW, subject="常州",
        borderline=True, notes="borderline: a team's record"),
    row("6胜[1平]", 1, "平", None, "平", "count_total", SUNOW, subject="常州",
        borderline=True, notes="borderline: a team's record"),
    su("积[19分]", 19, "分", "分", "积分", SUNOW, "count_total", subject="常州",
       notes="a team stands for its city; 目前: a point, the reference date"),
    row("积分榜[第一位]", 1, "位", "位", "积分榜", "rank", SUNOW, subject="常州"),
    row("分列[第二]", 2, None, "位", "积分榜", "rank", SUNOW, subject="南通"),
    row("第二、[三位]", 3, "位", "位", "积分榜", "rank", SUNOW, subject="南京",
        notes="第二、三位: the 第 shared"),
    row("达到平日的[1.8倍]", 1.8, "倍", "倍", "夜间客流", "other", NONE, subject="苏州",
        notes="比赛日当晚 names no date"),
    row("保持在[95%以上]", 95, "%", "%", "周末入住率", "share", SUJUN, "at_least", "以上",
        subject="苏州", notes="一家连锁酒店 (该店) in 苏州"),
    row("上涨[约20%]", 20, "%", "%", "房价", "growth_rate", SUJUN, "about", "约",
        subject="苏州", notes="较平时 the base"),
    su("接待游客[63.7万人次]", 63.7, "万人次", "人次", "A级旅游景区接待游客", SU0705,
       subject="南京", notes="共 a frame word"),
    su_rate("63.7万人次，同比增长[18.2%]", 18.2, "A级旅游景区接待游客", SU0705,
            subject="南京"),
    su("赞助商[27家]", 27, "家", "家", "签约赞助商", SUNOW2, "count_total",
       notes="截至目前: a point, the reference date"),
    su("累计[超过1.2亿元]", 1.2, "亿元", "元", "赞助金额", SUNOW2, "count_total",
       qual="over", qtext="超过"),
    su("销售额[突破5000万元]", 5000, "万元", "元", "联赛文创产品销售额", SUNOW2, "count_total",
       qual="break_through", qtext="突破", notes="the paragraph's 截至目前; " + TOTAL25),
    su("销量达到[42万个]", 42, "万个", "个", "吉祥物玩偶销量", SUNOW2, "count_total", qual="reach",
       qtext="达到", notes="其中 a frame word"),
    row("增长[约三成]", 30, "成", "%", "体育赛事直接经济收入", "growth_rate", NONE, "about",
        "约", notes="与2024年同期相比 a base, no period; 江苏 the home, dropped"),
    row("带动消费[超过100亿元]", 100, "亿元", "元", "消费", "target", SUY, "over", "超过",
        notes="预计…将: a forecast (target) in an official's words; " + SUCAUSE),
    row("就业岗位[1.5万个左右]", 1.5, "万个", "个", "相关产业新增就业岗位", "target", SUY,
        "about", "左右", notes="after the causative 带动 the rest of the clause"),
    row("线路[50条]", 50, "条", "条", "推出“跟着苏超游江苏”线路", "target", NONE,
        notes="将: a plan; no time expression"),
    row("消费券[2000万元]", 2000, "万元", "元", "发放文旅消费券", "target", NONE,
        notes="the plan's verb 将 governs the list"),
    row("全省[13个设区市]", 13, "个", "个", "设区市", "count_total", NONE, borderline=True,
        notes="borderline: the province's whole set of cities (a scope)"),
    su("客队球票[4500张]", 4500, "张", "张", "售出客队球票", NONE, subject="淮安",
       notes="已售出: so far, before the match; the 7月12日 of the clause before is the match's"),
]

# h76: 郓城县农业农村局's report on its 2025 work and 2026 plans, text of a scanned page (dated
# 2025年12月18日 under the signature; home 郓城, 全县): a December text's 全年 is 2025; paragraphs
# without a time expression take the section heading's 2025年 (as h56), 三、2026年工作打算 the plan
# year. 粮食播种面积 万亩 / 总产 万吨 with 其中小麦 / 玉米, 平均亩产 公斤, 高标准农田 新建 /
# 累计建成 (a point) / 占全县耕地面积的, 完成市下达任务的 (a share of the figure before),
# 农村居民人均可支配收入 with 高于…个百分点 (a gap: other), 城乡居民收入比 1.86 (unit-less), 合作社
# 家 with 其中, 龙头企业, 土地流转面积 / 流转率, 农产品加工 产值 亿元, 冷链库容, “三品一标”,
# 脱贫人口 务工 / 人均纯收入, 农机, 户厕, and a broken table (rows wrapped inside their names:
# 农林牧渔业总产\n值). OCR damage: spaced digits (8 2.6, 1 5 2.4, 8 6 2 0, 1 6 2 4 8), full-width
# digits in half-width numbers (1２0%, 2１３８６元), l for 1 (8l.7, l.1, 1l5.3), O for 0 (4O.3%),
# hard wraps mid-sentence, the page number `— 3 —` and the running head
# `郓城县农业农村局2025年工作总结` inside the text. Traps: the running head's year, “三品一标”,
# “一喷三防”, 一例, 一是 / 二是 / 三是, 2025年12月18日; borderline 600个行政村 全部 (the county's
# whole set).
YUN = "h76_yuncheng_county_agriculture_work_summary_2025_ocr.txt"
YC25 = P("全年", "2025-01-01", "2025-12-31")
YCSEC = P("2025年", "2025-01-01", "2025-12-31")  # the heading 一、2025年工作完成情况
YC26 = P("2026年", "2026-01-01", "2026-12-31")
YCTAB = P("2025年", "2025-01-01", "2025-12-31")  # the table's title and value column
YCCUM = P("累计", "2025-12-18", "2025-12-18")
YCOCR = "OCR damage inside the number: the value is the one printed"


def yc_a(anchor, value, unit_raw, unit, indicator, period=YC25, kind="actual", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def yc_g(anchor, value, indicator, period=YC25, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def yc_t(anchor, value, unit_raw, unit, indicator, qual="none", qtext=None, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", YC26, qual, qtext, **kw)


def yc_cell(head, number, value, unit_raw, unit, indicator, kind, **kw):
    return row(table_cell(YUN, head, number), value, unit_raw, unit, indicator, kind, YCTAB, **kw)


LABELS[YUN] = [
    # （一） 全年
    yc_a("全年粮食播种面积[186.3万亩]", 186.3, "万亩", "亩", "粮食播种面积"),
    yc_a("比上年增加[1.4万亩]", 1.4, "万亩", "亩", "粮食播种面积"),
    yc_a("总产量达到[8 2.6万吨]", 82.6, "万吨", "吨", "粮食总产量", qual="reach",
         qtext="达到", notes=YCOCR),
    yc_g("8 2.6万吨，同比增长[1.9%]", 1.9, "粮食总产量"),
    yc_a("小麦播种面积[9 5.2万亩]", 95.2, "万亩", "亩", "小麦播种面积",
         notes="其中 a frame word; " + YCOCR),
    yc_a("总产[4 4.1万吨]", 44.1, "万吨", "吨", "总产", notes="the clause's own words"),
    yc_a("玉米播种面积[8l.7万亩]", 81.7, "万亩", "亩", "玉米播种面积",
         notes="OCR l for 1: 81.7 by reading"),
    yc_a("总产[3 6.8万吨]", 36.8, "万吨", "吨", "总产"),
    yc_a("平均亩产[463.2公斤]", 463.2, "公斤", "千克", "小麦平均亩产"),
    yc_a("全县[5个]乡镇", 5, "个", "个", "乡镇被评为全省粮食生产先进乡镇",
         notes="the count's noun and the verb after it (as 商业综合体建成投运), over a hard wrap"),
    # （二） 全年
    yc_a("新建高标准农田[6.5万亩]", 6.5, "万亩", "亩", "新建高标准农田"),
    yc_a("改造提升\n[3.2万亩]", 3.2, "万亩", "亩", "改造提升高标准农田",
         notes="a verb alone is no indicator: its object, elided, is the list's noun before"),
    yc_a("累计建成高标准农田[1 5 2.4万亩]", 152.4, "万亩", "亩", "建成高标准农田", YCCUM,
         "count_total",
         notes="累计 with no date: a point at the reference date; 累计 a frame word"),
    yc_g("耕地面积的[8 6.7%]", 86.7, "建成高标准农田占全县耕地面积", YCCUM, "share",
         notes="a share after a figure names its part; " + YCOCR),
    yc_a("节水灌溉面积[1.8万亩]", 1.8, "万亩", "亩", "新增高效节水灌溉面积"),
    yc_g("任务的[1２0%]", 120, "新增高效节水灌溉面积", kind="share",
         notes="完成…任务的X: a share of the figure before; a full-width digit inside"),
    # （三） 全年
    yc_a("可支配收入达到[2１３８６元]", 21386, "元", "元", "农村居民人均可支配收入",
         qual="reach", qtext="达到", notes="full-width digits inside a half-width number"),
    yc_g("元，同比增长[6.8%]", 6.8, "农村居民人均可支配收入"),
    row("收入增速[1.5个百分点]", 1.5, "个百分点", "百分点", "农村居民人均可支配收入增速",
        "other", YC25, notes="a gap above another rate (高于): other"),
    row("收入比缩小到[1.86]", 1.86, None, None, "城乡居民收入比", "share", YC25,
        notes="a unit-less ratio (as h02's 2.08)"),
    yc_a("转移就业[8 6 2 0人]", 8620, "人", "人", "新增农村劳动力转移就业", notes=YCOCR),
    # （四） no time expression: the section's 2025年
    yc_a("合作社达到[3126家]", 3126, "家", "家", "农民专业合作社", YCSEC, "count_total",
         qual="reach", qtext="达到", notes="a stock; 全县 the home"),
    yc_a("国家级示范社[5家]", 5, "家", "家", "国家级示范社", YCSEC, "count_total",
         notes="其中 a frame word"),
    yc_a("省级示范社[23家]", 23, "家", "家", "省级示范社", YCSEC, "count_total"),
    yc_a("家庭农场达到[2418家]", 2418, "家", "家", "家庭农场", YCSEC, "count_total",
         qual="reach", qtext="达到"),
    yc_a("龙头企业[12家]", 12, "家", "家", "新增县级以上农业产业化龙头企业", YCSEC),
    yc_a("总数达到[86家]", 86, "家", "家", "总数", YCSEC, "count_total", qual="reach",
         qtext="达到", notes="the clause's own words"),
    yc_a("土地流转面积[6 2.5万亩]", 62.5, "万亩", "亩", "土地流转面积", YCSEC, "count_total",
         notes=YCOCR),
    yc_g("流转率[4O.3%]", 40.3, "流转率", YCSEC, "share", notes="OCR O for 0: 40.3 by reading"),
    row("比上年提高[2.1个百分点]", 2.1, "个百分点", "百分点", "流转率", "growth_rate", YCSEC),
    # （五） 全年 (after the page number and the running head)
    yc_a("设施蔬菜[1.2万亩]", 1.2, "万亩", "亩", "新发展设施蔬菜"),
    yc_a("总面积达到[1 0.6万亩]", 10.6, "万亩", "亩", "设施农业总面积", kind="count_total",
         qual="reach", qtext="达到"),
    yc_a("实现产值[286.4亿元]", 286.4, "亿元", "元", "规模以上农产品加工企业产值",
         notes="实现 a frame verb"),
    yc_g("286.4亿元，同比增长[8.2%]", 8.2, "规模以上农产品加工企业产值"),
    yc_a("新建冷链仓储库容[1 2万吨]", 12, "万吨", "吨", "新建冷链仓储库容", notes=YCOCR),
    yc_a("总库容达到[3 8.5万吨]", 38.5, "万吨", "吨", "冷链仓储总库容", kind="count_total",
         qual="reach", qtext="达到"),
    yc_a("农产品达到[46个]", 46, "个", "个", "“三品一标”农产品", kind="count_total",
         qual="reach", qtext="达到", notes="a count after 等 adds information: scored; a hard "
         "wrap inside 郓城牡丹 before it"),
    # （六） 全年 (no time expression in the paragraph but 全年 closing it: the section's 2025年)
    yc_a("务工就业[3.12万人]", 3.12, "万人", "人", "脱贫人口和监测对象务工就业", YCSEC,
         "count_total", notes="people in work, a stock (as h31's 务工就业, h24's 转移就业; "
         "session 20: labelled actual)"),
    yc_g("任务的[104.0%]", 104.0, "脱贫人口和监测对象务工就业", YCSEC, "share",
         notes="完成…任务的X: a share of the figure before"),
    yc_a("小额信贷[1.86亿元]", 1.86, "亿元", "元", "发放小额信贷", YCSEC),
    yc_a("惠及[l.1万户]", 1.1, "万户", "户", "惠及", YCSEC,
         notes="OCR l for 1: 1.1 by reading; the clause names no noun"),
    yc_a("纯收入达到[1 6 2 4 8元]", 16248, "元", "元", "脱贫人口人均纯收入", YCSEC,
         qual="reach", qtext="达到", notes=YCOCR),
    yc_g("1 6 2 4 8元，同比增长[9.3%]", 9.3, "脱贫人口人均纯收入", YCSEC),
    # （七） stocks by the section's 2025年, flows of 全年
    yc_a("总动力达到[2 1 4.6万千瓦]", 214.6, "万千瓦", "千瓦", "农机总动力", YCSEC,
         qual="reach", qtext="达到",
         notes="a capacity in 千瓦 is actual (as h24's 农机总动力, h37's 装机容量; session 20: "
         "labelled count_total); " + YCOCR),
    yc_g("机械化率达到[9 3.2%]", 93.2, "主要农作物耕种收综合机械化率", YCSEC, "share",
         qual="reach", qtext="达到"),
    yc_a("植保无人机[126架]", 126, "架", "架", "新购置植保无人机"),
    yc_a("作业面积[1l5.3万亩次]", 115.3, "万亩次", "亩次", "统防统治作业面积",
         notes="OCR l for 1: 115.3 by reading; 开展 a frame verb, the campaign's name dropped"),
    yc_a("节本增效[约4800万元]", 4800, "万元", "元", "节本增效", qual="about",
         qtext="约"),
    # （八） 全年
    yc_a("户厕改造[5800户]", 5800, "户", "户", "农村户厕改造", notes="完成 a frame verb"),
    yc_a("农村公路[96.4公里]", 96.4, "公里", "公里", "新建农村公路"),
    yc_g("保持在[100%]", 100, "农村生活垃圾无害化处理率", kind="share"),
    row("全县[6 0 0个]行政村", 600, "个", "个", "行政村", "count_total", YC25, borderline=True,
        notes="borderline: the county's whole set of villages (全部)"),
    # the broken table (its title and value column: 2025年)
    yc_cell("粮食播种面积", "186.3", 186.3, "万亩", "亩", "粮食播种面积", "actual",
            notes="table cell; the unit is the row's 单位 column"),
    yc_cell("粮食播种面积", "0.8", 0.8, "%", "%", "粮食播种面积", "growth_rate",
            notes="table cell; the unit is the column head 比上年增长（%）"),
    yc_cell("粮食总产量", "82.6", 82.6, "万吨", "吨", "粮食总产量", "actual"),
    yc_cell("粮食总产量", "1.9", 1.9, "%", "%", "粮食总产量", "growth_rate"),
    row("亿元  [168.5]  4.6", 168.5, "亿元", "元", "农林牧渔业总产值", "actual", YCTAB,
        notes="a row name broken over two lines (总产\\n值): the name is joined"),
    row("168.5  [4.6]", 4.6, "%", "%", "农林牧渔业总产值", "growth_rate", YCTAB),
    row("元  [21386]  6.8", 21386, "元", "元", "农村居民人均可支配收入", "actual", YCTAB,
        notes="a row name broken over two lines"),
    row("21386  [6.8]", 6.8, "%", "%", "农村居民人均可支配收入", "growth_rate", YCTAB),
    # 二、存在的问题: no time expression, no year in its heading
    row("比重达[7 8.5%]", 78.5, "%", "%", "粮食作物播种面积占农作物播种面积的比重", "share",
        NONE, "reach", "达", notes=YCOCR),
    row("转化率仅为[6 8%]", 68, "%", "%", "农产品加工转化率", "share", NONE, notes=YCOCR),
    # 三、2026年工作打算
    yc_t("稳定在[186万亩以上]", 186, "万亩", "亩", "粮食播种面积", "at_least", "以上"),
    yc_t("总产稳定在[82万吨以上]", 82, "万吨", "吨", "总产", "at_least", "以上"),
    yc_t("新建高标准农田[6万亩]", 6, "万亩", "亩", "新建高标准农田"),
    yc_t("力争累计建成[160万亩]", 160, "万亩", "亩", "建成高标准农田",
         notes="力争: a goal; the noun elided (the clause before's); 累计 a frame word"),
    yc_t("增长[6.5%左右]", 6.5, "%", "%", "农村居民人均可支配收入", "about", "左右"),
    yc_t("示范合作社[20家]", 20, "家", "家", "新培育市级以上示范合作社"),
    yc_t("示范家庭农场[30家]", 30, "家", "家", "新培育示范家庭农场",
         notes="the flow verb governs the list"),
    yc_t("产值[突破300亿元]", 300, "亿元", "元", "农产品加工业产值", "break_through", "突破"),
    yc_t("转移就业[8000人以上]", 8000, "人", "人", "新增农村劳动力转移就业", "at_least",
         "以上"),
]


# ---------------------------------------------------------------------------------------------
# Round 25, labelled by reading before any extractor ran on the three documents (h77-h79).
#
# h77: 香港特別行政區政府統計處's monthly release on retail sales in Traditional script (2025年10月,
# published 2025年12月1日（星期一） = 2025-12-01; home 香港): 零售業總銷貨價值 臨時估計 港幣 億元
# with 按年下跌 (signed), 9月's 修訂估計, 總銷貨數量, 首十個月合計, 經季節性調整
# 截至2025年10月的三個月內 against 之前三個月, 未經季節性調整 month on month (較9月), retailer types
# in words (10月份 and 首十個月), 汽車及汽車零件 with 電動車 佔該類別六成以上, 表一 printed as text
# (港幣百萬元 in the column head; the period in its title), 網上零售 億元 / 按年 / 佔, the
# spokesman's 訪港旅客 按年增加 / 內地旅客約佔七成六 / 最新失業率 (undated) / 第四季將舉辦超過80項
# (a plan) / 截至11月底 商戶 (a stock) / 12月 約1,200萬元 (a plan). Traps: 16時30分, 十二月一日,
# 連續第三個月 (a streak), 表一, 備註 1. 2. 3. 4., 2026年1月2日（星期五）, 電話 3903 7400;
# borderline the survey's sample 約2 000間零售商店.
GR = "h77_hongkong_retail_sales_oct_2025_trad.txt"
GR10 = P("2025年10月", "2025-10-01", "2025-10-31")
GR10M = P("10月份", "2025-10-01", "2025-10-31")
GR9 = P("2025年9月", "2025-09-01", "2025-09-30")
GR9M = P("9月", "2025-09-01", "2025-09-30")
GRYTD = P("2025年首十個月", "2025-01-01", "2025-10-31")
GRYTDM = P("首十個月", "2025-01-01", "2025-10-31")
GR3M = P("截至2025年10月的三個月內", "2025-08-01", "2025-10-31")
GRQ4 = P("第四季", "2025-10-01", "2025-12-31")
GRNOV = P("截至11月底", "2025-11-30", "2025-11-30")
GRDEC = P("12月", "2025-12-01", "2025-12-31")
GRTAB = "table cell; 港幣百萬元 in the column head, the period in the table's title"
RETAIL_VALUE = "零售业总销货价值"
RETAIL_VOLUME = "零售业总销货数量"


def gr_pct(anchor, value, indicator, period=GR10M, kind="growth_rate", **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def gr_table_row(name: str, amount: str, change: str, indicator: str) -> list[dict]:
    """One row of 表一: the type's sales in 港幣百萬元 and their change on a year before."""
    value = float(amount.replace(",", ""))
    return [
        row(f"{name}　　[{amount}]", value, "百萬元", "港元", indicator, "actual", GR10,
            notes=GRTAB, norm=value * 1e6),
        row(f"{amount}　　[{change}]", float(change), "%", "%", indicator, "growth_rate", GR10,
            notes=GRTAB + " (按年變動)"),
    ]


LABELS[GR] = [
    row("臨時估計為港幣[318億元]", 318, "億元", "港元", RETAIL_VALUE, "actual", GR10,
        notes="港幣 before the number names the currency"),
    gr_pct("同月下跌[1.8%]", -1.8, RETAIL_VALUE, GR10),
    row("修訂估計為港幣[305億元]", 305, "億元", "港元", RETAIL_VALUE, "actual", GR9),
    gr_pct("按年上升[0.9%]", 0.9, RETAIL_VALUE, GR9),
    gr_pct("臨時估計按年下跌[3.2%]", -3.2, RETAIL_VOLUME, GR10),
    gr_pct("則按年下跌[0.6%]", -0.6, RETAIL_VOLUME, GR9M),
    gr_pct("同期下跌[4.1%]", -4.1, RETAIL_VALUE, GRYTD, notes="首十個月合計: the year to October"),
    gr_pct("總銷貨數量則下跌[5.3%]", -5.3, RETAIL_VOLUME, GRYTD),
    gr_pct("之前三個月上升[1.2%]", 1.2, RETAIL_VALUE, GR3M,
           notes="經季節性調整 (how measured, in another clause); against the three months before"),
    gr_pct("總銷貨數量則上升[0.7%]", 0.7, RETAIL_VOLUME, GR3M),
    gr_pct("較9月上升[4.3%]", 4.3, RETAIL_VALUE, GR10, notes="month on month (未經季節性調整)"),
    # 按零售商類別分析: 10月份 against 2024年同月
    gr_pct("名貴禮物的銷貨價值上升[6.5%]", 6.5, "珠宝首饰、钟表及名贵礼物的销货价值",
           notes="連續第三個月 after it a streak, no metric"),
    gr_pct("電器及攝影器材上升[3.8%]", 3.8, "电器及摄影器材"),
    gr_pct("服裝的銷貨價值下跌[7.4%]", -7.4, "服装的销货价值",
           notes="a new sentence: 10月份 from the paragraph"),
    gr_pct("煙草下跌[5.6%]", -5.6, "食品、酒类饮品及烟草"),
    gr_pct("超級市場貨品下跌[2.9%]", -2.9, "超级市场货品"),
    gr_pct("化妝品下跌[1.5%]", -1.5, "药物及化妆品"),
    # 首十個月合計 by type
    gr_pct("同期下跌[3.6%]", -3.6, "珠宝首饰、钟表及名贵礼物的销货价值", GRYTD),
    gr_pct("服裝下跌[8.1%]", -8.1, "服装", GRYTD),
    gr_pct("超級市場貨品下跌[4.4%]", -4.4, "超级市场货品", GRYTD),
    gr_pct("則上升[0.8%]", 0.8, "药物及化妆品", GRYTD),
    gr_pct("按年下跌[11.2%]", -11.2, "汽车及汽车零件的销货价值",
           notes="在10月份 inside the sentence (the paragraph opens with 首十個月)"),
    row("該類別[六成以上]", 60, "成", "%", "电动车的销货价值", "share", GR10M, "at_least", "以上",
        notes="佔該類別: a share of the type's sales; the month from the sentence before"),
    # 表一 (2025年10月)
    *gr_table_row("名貴禮物", "5,412", "6.5", "珠宝首饰、钟表及名贵礼物销货价值"),
    *gr_table_row("服裝", "3,186", "-7.4", "服装销货价值"),
    *gr_table_row("超級市場貨品", "4,205", "-2.9", "超级市场货品销货价值"),
    *gr_table_row("電器及攝影器材", "2,874", "3.8", "电器及摄影器材销货价值"),
    *gr_table_row("藥物及化妝品", "2,317", "-1.5", "药物及化妆品销货价值"),
    *gr_table_row("所有零售商店", "31,806", "-1.8", "所有零售商店销货价值"),
    # 網上零售銷貨
    row("臨時估計為港幣[26.1億元]", 26.1, "億元", "港元", "网上零售销货价值", "actual", GR10),
    gr_pct("按年上升[9.7%]", 9.7, "网上零售销货价值", GR10),
    gr_pct("總銷貨價值的[8.2%]", 8.2, "网上零售销货价值占零售业总销货价值", GR10, kind="share"),
    gr_pct("同期上升[6.8%]", 6.8, "网上零售销货价值", GRYTDM),
    gr_pct("銷貨價值的[21.5%]", 21.5, "网上销货价值占该类别销货价值", kind="share",
           notes="其 (the supermarkets) dropped; 10月份 in the clause"),
    # 政府發言人的評論
    gr_pct("按年增加[12%]", 12, "访港旅客人次"),
    row("約佔[七成六]", 76, "成", "%", "内地旅客占比", "share", GR10M, "about", "約",
        notes="七成六 = 76%; 約 not adjacent (佔 between); " + SHARE25),
    gr_pct("失業率為[3.9%]", 3.9, "失业率", NONE, kind="share",
           notes="最新 names no period: no time expression in the paragraph or its heading"),
    row("舉辦[超過80項]", 80, "項", "项", "举办大型盛事", "target", GRQ4, "over", "超過",
        notes="將舉辦: a plan for the quarter"),
    row("已有[超過3 500間]", 3500, "間", "间", "商户", "count_total", GRNOV, "over", "超過",
        notes="a stock at 截至11月底 (參與 after the noun); 全港 the home"),
    row("新一輪[約1,200萬元]", 1200, "萬元", "港元", "消费推广资助", "target", GRDEC, "about", "約",
        notes="會於12月推出: a plan"),
    row("約包括[2 000間]", 2000, "間", "间", "零售商店", "count_total", borderline=True,
        notes="borderline: the survey's sample in a note (as h71's 3200家调查样本)"),
]

# h78: 国家统计局's monthly release on industrial enterprises' profits (2025年1—10月份, 发布时间
# 2025-11-27 09:30; a national text, home 全国): 实现利润总额 亿元 with 同比, 国有控股 / 股份制 /
# 外商及港澳台投资 / 私营企业, 采矿业 / 制造业 / 电力、热力、燃气及水生产和供应业,
# 41个工业大类行业中 N个行业增长 / 减亏或扭亏 / 下降 (members of a group, as h71's 有12个行业), main
# industries' 增长 / 下降, 营业收入 / 营业成本万亿元, 营业收入利润率 with 个百分点, 10月末 stocks
# (资产总计 / 负债合计 / 所有者权益合计 / 资产负债率, 应收账款, 产成品存货), 每百元营业收入中的成本
# / 费用 元 with 同比增加 / 减少 (absolute changes: actual), 每百元资产实现的营业收入, 周转天数 /
# 平均回收期 天, 10月份 单月, the statistician's 解读 (回落…个百分点, 装备制造业 拉动…个百分点 (a
# contribution, other), 贡献率超过一半, 高于…平均水平 (a gap, other)), 附注 on 统计范围 and
# 指标解释. Traps: 09:30, the headline's 2025年1—10月份, 在41个工业大类行业中 (the scope), 1—9月份
# (a base), 乘以100, GB/T 4754—2017, 1.2.3.; borderline 2000万元及以上 (a class's bound) and the
# note's 41个工业大类行业.
GP = "h78_nbs_industrial_profits_oct_2025.txt"
GPAGENT = ("the agent in the clause is kept, as on 利润总额 / 营业收入 / 资产总计 / 应收账款 in "
           "the same sentences (session 20: dropped); a clause after ； without it has none")
GP110 = P("1—10月份", "2025-01-01", "2025-10-31")
GPEND = P("10月末", "2025-10-31", "2025-10-31")
GPOCT = P("10月份", "2025-10-01", "2025-10-31")
GPCONT = "a contribution (拉动…增长…个百分点): other, named by the part and what it moves"


def gp_amount(anchor, value, indicator, unit_raw="亿元", kind="actual", period=GP110, **kw):
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


def gp_growth(anchor, value, indicator, period=GP110, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def gp_profit(group: str, amount: str, growth_anchor: str, growth: float) -> list[dict]:
    """A group's profit total for 1—10月份 and its change on a year before."""
    indicator = f"{group}利润总额"
    return [
        gp_amount(f"{group}实现利润总额[{amount}亿元]", float(amount), indicator),
        gp_growth(growth_anchor, growth, indicator),
    ]


def gp_change(anchor, value, unit, indicator, period=GP110, **kw):
    """An absolute change of a level on a year before (同比增加 / 减少 N元 / 天): actual."""
    return row(anchor, value, unit, unit, indicator, "actual", period, **kw)


LABELS[GP] = [
    gp_growth("利润增长[2.4%]", 2.4, "规模以上工业企业利润",
              P("2025年1—10月份", "2025-01-01", "2025-10-31"), notes="the headline"),
    *gp_profit("规模以上工业企业", "59502.6", "59502.6亿元，同比增长[2.4%]", 2.4),
    *gp_profit("国有控股企业", "18905.3", "同比下降[1.7%]", -1.7),
    *gp_profit("股份制企业", "44216.8", "44216.8亿元，增长[2.1%]", 2.1),
    *gp_profit("外商及港澳台投资企业", "13870.4", "13870.4亿元，增长[3.6%]", 3.6),
    *gp_profit("私营企业", "16348.9", "16348.9亿元，增长[1.9%]", 1.9),
    *gp_profit("采矿业", "7182.5", "同比下降[27.4%]", -27.4),
    *gp_profit("制造业", "46057.2", "46057.2亿元，增长[7.3%]", 7.3),
    *gp_profit("电力、热力、燃气及水生产和供应业", "6262.9", "6262.9亿元，增长[8.6%]", 8.6),
    row("在[41个]工业大类行业中", 41, "个", "个", "工业大类行业", "count_total", GP110,
        borderline=True, notes=SCOPE),
    row("[27个]行业利润总额比上年同期增长", 27, "个", "个", "利润总额比上年同期增长的行业",
        "count_total", GP110, notes="members of a group (as h71's 有12个行业); 在41个工业大类"
        "行业中 the scope (borderline)"),
    row("[8个]行业减亏或扭亏", 8, "个", "个", "减亏或扭亏的行业", "count_total", GP110),
    row("[6个]行业下降", 6, "个", "个", "下降的行业", "count_total", GP110),
    gp_growth("设备制造行业利润总额同比增长[38.2%]", 38.2, "电子工业专用设备制造行业利润总额"),
    gp_growth("电子设备制造业增长[16.5%]", 16.5, "计算机、通信和其他电子设备制造业"),
    gp_growth("器材制造业增长[9.8%]", 9.8, "电气机械和器材制造业"),
    gp_growth("汽车制造业增长[4.1%]", 4.1, "汽车制造业"),
    gp_growth("化学制品制造业下降[5.3%]", -5.3, "化学原料和化学制品制造业"),
    gp_growth("洗选业下降[51.6%]", -51.6, "煤炭开采和洗选业"),
    gp_growth("天然气开采业下降[13.9%]", -13.9, "石油和天然气开采业"),
    gp_amount("实现营业收入[111.35万亿元]", 111.35, "规模以上工业企业营业收入", "万亿元"),
    gp_growth("111.35万亿元，同比增长[1.9%]", 1.9, "规模以上工业企业营业收入"),
    gp_amount("发生营业成本[95.12万亿元]", 95.12, "营业成本", "万亿元"),
    gp_growth("95.12万亿元，增长[2.0%]", 2.0, "营业成本"),
    row("营业收入利润率为[5.34%]", 5.34, "%", "%", "营业收入利润率", "share", GP110),
    row("同比提高[0.03个百分点]", 0.03, "个百分点", "百分点", "营业收入利润率", "growth_rate",
        GP110),
    # 10月末: stocks
    gp_amount("资产总计[182.76万亿元]", 182.76, "规模以上工业企业资产总计", "万亿元",
              "count_total", GPEND),
    gp_growth("182.76万亿元，同比增长[4.8%]", 4.8, "规模以上工业企业资产总计", GPEND),
    gp_amount("负债合计[104.95万亿元]", 104.95, "负债合计", "万亿元", "count_total", GPEND),
    gp_growth("104.95万亿元，增长[4.9%]", 4.9, "负债合计", GPEND),
    gp_amount("所有者权益合计[77.81万亿元]", 77.81, "所有者权益合计", "万亿元", "count_total",
              GPEND),
    gp_growth("77.81万亿元，增长[4.6%]", 4.6, "所有者权益合计", GPEND),
    row("资产负债率为[57.4%]", 57.4, "%", "%", "资产负债率", "share", GPEND),
    row("同比提高[0.1个百分点]", 0.1, "个百分点", "百分点", "资产负债率", "growth_rate", GPEND),
    gp_amount("应收账款[26.43万亿元]", 26.43, "规模以上工业企业应收账款", "万亿元", "count_total",
              GPEND),
    gp_growth("26.43万亿元，同比增长[5.2%]", 5.2, "规模以上工业企业应收账款", GPEND),
    gp_amount("产成品存货[6.78万亿元]", 6.78, "产成品存货", "万亿元", "count_total", GPEND),
    gp_growth("6.78万亿元，增长[2.7%]", 2.7, "产成品存货", GPEND),
    # per hundred yuan, days
    gp_amount("中的成本为[85.42元]", 85.42, "规模以上工业企业每百元营业收入中的成本", "元",
              notes=GPAGENT),
    gp_change("同比增加[0.08元]", 0.08, "元", "规模以上工业企业每百元营业收入中的成本"),
    gp_amount("中的费用为[8.37元]", 8.37, "每百元营业收入中的费用", "元"),
    gp_change("同比减少[0.06元]", -0.06, "元", "每百元营业收入中的费用"),
    gp_amount("营业收入为[73.6元]", 73.6, "规模以上工业企业每百元资产实现的营业收入", "元",
              period=GPEND, notes=GPAGENT),
    gp_change("同比减少[2.4元]", -2.4, "元", "规模以上工业企业每百元资产实现的营业收入", GPEND),
    gp_change("周转天数为[20.1天]", 20.1, "天", "产成品存货周转天数", GPEND),
    gp_change("同比增加[0.6天]", 0.6, "天", "产成品存货周转天数", GPEND),
    gp_change("平均回收期为[70.8天]", 70.8, "天", "应收账款平均回收期", GPEND),
    gp_change("同比增加[2.9天]", 2.9, "天", "应收账款平均回收期", GPEND),
    # 10月份 alone
    gp_amount("实现利润总额[5502.1亿元]", 5502.1, "规模以上工业企业利润总额", period=GPOCT),
    gp_growth("同比下降[5.5%]", -5.5, "规模以上工业企业利润总额", GPOCT),
    # 统计师解读
    row("回落[0.8个百分点]", -0.8, "个百分点", "百分点", "规模以上工业企业利润增速",
        "growth_rate", GP110, notes="增速比1—9月份回落: a change of the rate (1—9月份 the base)"),
    gp_growth("装备制造业利润同比增长[9.6%]", 9.6, "装备制造业利润"),
    row("利润增长[3.3个百分点]", 3.3, "个百分点", "百分点", "装备制造业利润拉动全部规上工业利润",
        "other", GP110, notes=GPCONT),
    row("贡献率[超过一半]", 50, None, "%", "对全部规上工业利润增长的贡献率", "share", GP110,
        "over", "超过", notes="一半 = 50%"),
    gp_growth("高技术制造业利润增长[10.3%]", 10.3, "高技术制造业利润"),
    row("平均水平[7.9个百分点]", 7.9, "个百分点", "百分点", "高技术制造业利润增速", "other",
        GP110, notes="a gap to the average rate, not a change over time"),
    # 附注
    row("收入[2000万元及以上]", 2000, "万元", "元", "年主营业务收入", "other", qual="at_least",
        qtext="及以上", borderline=True,
        notes="borderline: a class's bound (the survey's scope), as h71's 55.0%以上"),
    row("[41个]工业大类行业按照", 41, "个", "个", "工业大类行业", "count_total", borderline=True,
        notes="borderline: the classification's scope in a note (as h71's 31个行业大类)"),
]

# h79: a county government's annual report on government information disclosure (安吉县人民政府
# 2024年政府信息公开工作年度报告, 发布日期 2025-01-21 and 2025年1月21日 under the signature; home
# 安吉县), the national standard form: 一、总体情况 (2024年 主动公开 条 with 同比 and 其中, 全年
# 政策解读篇 / 占比达到…以上 / 访问量 万人次, 依申请公开 件 with 比上年减少 and 上年结转,
# 按时答复率, 规范性文件清理 / 废止, 15个乡镇（街道）全部 (a whole set), 更新信息 万余条 (no time
# expression)), the tables printed as text: 第二十条第（一）项 (本年制发件数 / 本年废止件数 /
# 现行有效件数; 本年 = the report's year by reading, 2024; 现行有效 a stock with no date),
# 第（五）（六）项 本年处理决定数量, 第（八）项 本年收费金额（单位：万元）;
# 收到和处理政府信息公开申请情况 (columns 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构
# / 其他 / 总计; cells named by the column and the row's measure, zeros borderline as a form's nil
# entries); 行政复议 / 行政诉讼 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计 (no time
# expression: undated); 五、存在的主要问题 (2024年 平均更新周期 天, 全年 整改 个, 2025年 goals 力争
# 达到 / 以上); 六、收取信息处理费0元 (本年度), 建议 / 提案 件 with 办结率均为, 公开率达到, 发布会
# 场, 开放活动 次, 列席 人次. Traps: 浏览次数：416, 第五十条, 2024年1月1日…12月31日 (the statistics
# period), 昌硕东路1号, 0572- phone, 第二十条第（一）项 / 第（五）项 / 第（六）项 / 第（八）项,
# 一、二、三、四 row numbers, （一）…（六）, 第一项加第二项, 一是 / 二是; borderline
# 全县15个乡镇（街道）全部 and the tables' zeros.
AJ = "h79_anji_county_gov_info_disclosure_report_2024.txt"
GD24 = P("2024年", "2024-01-01", "2024-12-31")
GDYEAR = P("全年", "2024-01-01", "2024-12-31")
GDTHIS = P("本年", "2024-01-01", "2024-12-31")
GDTHISY = P("本年度", "2024-01-01", "2024-12-31")
GDLAST = P("上年", "2023-01-01", "2023-12-31")
GD25 = P("2025年", "2025-01-01", "2025-12-31")
GDTHISN = ("本年 is the report's year by reading (2024: its statistics period), not the "
           "publishing year")
GD_SEP = "　　"
GD_APPLICANTS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")


def gd_count(anchor, value, unit_raw, indicator, kind="actual", period=GDYEAR, **kw):
    unit = unit_raw.replace("万", "").replace("余", "") if unit_raw else None
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def gd_cells(line: str, names: list[str], kind: str, period, notes: str) -> list[dict]:
    """The numeric cells of one table line, each anchored by the line up to it; zeros are a
    form's nil entries (borderline, as h72's preferred shareholders' 0)."""
    head, *cells = line.split(GD_SEP)
    out = []
    for i, (cell, name) in enumerate(zip(cells, names, strict=True)):
        prefix = GD_SEP.join([head, *cells[:i]])
        anchor = f"{prefix}{GD_SEP}[{cell}]"
        value = float(cell)
        nil = value == 0
        out.append(row(anchor, value, None, None, name, kind, period,
                       borderline=nil, notes="borderline: a form's nil entry" if nil else notes))
    return out


def gd_application_row(line: str, measure: str, kind: str, period) -> list[dict]:
    """A line of 收到和处理政府信息公开申请情况: one cell per applicant column, then 总计."""
    names = [f"{who}{measure}" for who in GD_APPLICANTS] + [measure]
    return gd_cells(line, names, kind, period,
                    "table cell: named by the column (applicant) and the row's measure; no unit")


def gd_review_row(kind_of_case: str, line: str) -> list[dict]:
    """行政复议 / 行政诉讼: 结果维持 N　　结果纠正 N … 总计 N, no time expression (undated)."""
    out = []
    parts = line.split(GD_SEP)
    for i, part in enumerate(parts):
        label, number = part.rsplit(" ", 1)
        label = label.split("：")[-1]
        name = kind_of_case if label == "总计" else f"{kind_of_case}{label}"
        anchor = GD_SEP.join([*parts[:i], f"{label} [{number}]"])
        if i == 0:
            anchor = f"{line.split('：')[0]}：{label} [{number}]"
        value = float(number)
        nil = value == 0
        out.append(row(anchor, value, None, None, name, "actual", NONE, borderline=nil,
                       notes="borderline: a form's nil entry" if nil else
                       "no time expression in the section or its heading: undated"))
    return out


LABELS[AJ] = [
    # 一、总体情况
    gd_count("主动公开政府信息[4826条]", 4826, "条", "主动公开政府信息", period=GD24),
    row("同比增长[6.3%]", 6.3, "%", "%", "主动公开政府信息", "growth_rate", GD24),
    gd_count("其中政策文件[217条]", 217, "条", "政策文件", period=GD24,
             notes="其中: parts of the total; the verb 主动公开 belongs to the clause before"),
    gd_count("规划计划[36条]", 36, "条", "规划计划", period=GD24),
    gd_count("财政预决算信息[412条]", 412, "条", "财政预决算信息", period=GD24),
    gd_count("政策解读材料[158篇]", 158, "篇", "发布政策解读材料"),
    row("占比达到[45%以上]", 45, "%", "%", "图文、视频等多元化解读占比", "share", GDYEAR,
        "at_least", "达到…以上"),
    gd_count("访问量达[186.5万人次]", 186.5, "万人次", "县政府门户网站访问量", qual="reach",
             qtext="达"),
    gd_count("公开申请[93件]", 93, "件", "受理政府信息公开申请"),
    gd_count("减少[12件]", -12, "件", "受理政府信息公开申请",
             notes="比上年减少: an absolute change"),
    gd_count("上年结转[4件]", 4, "件", "上年结转", "count_total", GDLAST,
             notes="applications carried in from the year before: a stock"),
    row("按时答复率[100%]", 100, "%", "%", "按时答复率", "share", GDYEAR),
    gd_count("现行有效的[132件]", 132, "件", "行政规范性文件", "count_total", NONE,
             notes="the files in force the year's clean-up covered: a stock (as 实有…), undated: "
             "全年 scopes the clean-up, a flow (session 20: labelled actual, 全年)"),
    gd_count("宣布失效或废止[9件]", 9, "件", "宣布失效或废止"),
    gd_count("全县[15个]", 15, "个", "乡镇（街道）", "count_total", NONE, borderline=True,
             notes="borderline: the county's whole set (全部), as h76's 全县600个行政村全部"),
    gd_count("更新信息[1.2万余条]", 1.2, "万余条", "县级部门政府信息公开专栏更新信息",
             qual="plus", qtext="余", notes="a yearly report's flow with no time expression of its "
             "own: the report's year, as its 158篇 and 93件 (session 20: undated)"),
    # 二、主动公开政府信息情况 (tables)
    *gd_cells("规章　　0　　0　　0", ["规章本年制发件数", "规章本年废止件数", "规章现行有效件数"],
              "actual", GDTHIS, GDTHISN),
    *gd_cells("行政规范性文件　　14　　9", ["行政规范性文件本年制发件数",
                                        "行政规范性文件本年废止件数"], "actual", GDTHIS, GDTHISN),
    row("14　　9　　[137]", 137, None, None, "行政规范性文件现行有效件数", "count_total",
        notes="a stock with no time expression (现行有效): undated"),
    row("行政许可　　[12583]", 12583, None, None, "行政许可本年处理决定数量", "actual", GDTHIS,
        notes=GDTHISN),
    row("行政处罚　　[1946]", 1946, None, None, "行政处罚本年处理决定数量", "actual", GDTHIS,
        notes=GDTHISN),
    row("行政强制　　[73]", 73, None, None, "行政强制本年处理决定数量", "actual", GDTHIS,
        notes=GDTHISN),
    row("行政事业性收费　　[2310.46]", 2310.46, "万元", "元", "行政事业性收费本年收费金额",
        "actual", GDTHIS, notes=GDTHISN + "; 万元 in the head's （单位：万元）", norm=2310.46e4),
    # 三、收到和处理政府信息公开申请情况
    *gd_application_row("一、本年新收政府信息公开申请数量　　71　　15　　0　　2　　5　　0　　93",
                        "本年新收政府信息公开申请数量", "actual", GDTHIS),
    *gd_application_row("二、上年结转政府信息公开申请数量　　3　　1　　0　　0　　0　　0　　4",
                        "上年结转政府信息公开申请数量", "count_total", GDLAST),
    *gd_application_row("三、本年度办理结果（一）予以公开　　38　　9　　0　　1　　3　　0　　51",
                        "予以公开", "actual", GDTHISY),
    *gd_application_row("（二）部分公开　　6　　2　　0　　0　　1　　0　　9",
                        "部分公开", "actual", GDTHISY),
    *gd_application_row(
        "（三）不予公开：本机关不掌握相关政府信息　　17　　4　　0　　1　　1　　0　　23",
        "本机关不掌握相关政府信息", "actual", GDTHISY),
    *gd_application_row(
        "（四）无法提供：申请人逾期未按收费通知要求缴纳费用　　0　　0　　0　　0　　0　　0　　0",
        "申请人逾期未按收费通知要求缴纳费用", "actual", GDTHISY),
    *gd_application_row(
        "（五）不予处理：申请人无正当理由逾期不补正　　8　　0　　0　　0　　0　　0　　8",
        "申请人无正当理由逾期不补正", "actual", GDTHISY),
    *gd_application_row("（六）其他处理　　3　　1　　0　　0　　0　　0　　4",
                        "其他处理", "actual", GDTHISY),
    *gd_application_row("四、结转下年度继续办理　　2　　0　　0　　0　　0　　0　　2",
                        "结转下年度继续办理", "count_total", NONE),
    # 四、行政复议、行政诉讼
    *gd_review_row("行政复议", "行政复议：结果维持 3　　结果纠正 1　　其他结果 0"
                   "　　尚未审结 0　　总计 4"),
    *gd_review_row("行政诉讼", "行政诉讼（未经复议直接起诉）：结果维持 2　　结果纠正 0"
                   "　　其他结果 1　　尚未审结 0　　总计 3"),
    # 五、存在的主要问题及改进情况
    gd_count("平均更新周期为[12天]", 12, "天", "县级部门栏目平均更新周期", period=GD24),
    gd_count("整改问题栏目[27个]", 27, "个", "整改问题栏目"),
    row("解读率达到[100%]", 100, "%", "%", "政策文件解读率", "target", GD25, "reach", "达到"),
    row("增长[5%以上]", 5, "%", "%", "主动公开信息数量", "target", GD25, "at_least", "以上"),
    # 六、其他需要报告的事项
    gd_count("收取信息处理费[0元]", 0, "元", "收取信息处理费", period=GDTHISY,
             notes="本年度 at the paragraph's head; a stated nil amount in prose (scored)"),
    gd_count("人大代表建议[86件]", 86, "件", "办理人大代表建议"),
    gd_count("政协提案[124件]", 124, "件", "办理政协提案", notes="the flow verb governs the list"),
    row("办结率均为[100%]", 100, "%", "%", "办结率", "share", GDYEAR),
    row("公开率达到[98.7%]", 98.7, "%", "%", "建议提案答复全文公开率", "share", GDYEAR, "reach",
        "达到"),
    gd_count("新闻发布会[22场]", 22, "场", "召开新闻发布会"),
    gd_count("开放活动[3次]", 3, "次", "政府常务会议开放活动"),
    gd_count("列席[26人次]", 26, "人次", "邀请公众代表列席"),
]


# ---------------------------------------------------------------------------------------------
# h80: 合肥市数据资源局's report on the 12345 government service hotline's third quarter (发布时间
# 2025-10-15 10:30; home 合肥, 全市): 受理市民诉求 万件 with 同比 / 环比, channels 电话 / 网络 with
# a bare 占 (their 占比), 日均受理, 7月15日 单日受理量, 企业诉求 with 办结率, 转办工单, 直接办结率 /
# 按期办结率 / 回访率 / 满意率 (shares) with 个百分点 changes, 平均办理时长 个工作日 with 缩短 (a
# negative change), 回访 万次, 重复来电占比, 夜间 / 周六、周日 话务量 万个, 人工接通率, 等待时长 秒,
# 诉求类型 (投诉类 … with 占), 前五 诉求 in a 分别 list (the categories name them), 7月份 诉求 with
# 是6月份的2.3倍 (other), districts as subjects (满意率 居前三 分别, 居全市第1位, 占全市的,
# 低…个百分点: a gap, other), a count of districts over a threshold, 典型案例 with dates, 停水
# 超过6小时, 420户, 1.28万元, 3个窨井盖, 2小时内, 第四季度 / 全年 goals 以上 / 以内, 全年计划 120场
# and 目前 86场. Traps: 12345 (a hotline's name), 10:30, 浏览次数, 字号 大 中 小, 18:00至次日8:00,
# 110, 排名前五 / 居前三 (classes), 二期3号楼, 21时40分 / 22时25分 / 1时15分 / 10时05分,
# 138****6721, 0551- phone; borderline 99%以上 (a class's bound).
HFX = "h80_hefei_12345_hotline_q3_report_2025.txt"
HFQ3 = P("2025年第三季度", "2025-07-01", "2025-09-30")
HFQ = P("本季度", "2025-07-01", "2025-09-30")
HFJUL = P("7月份", "2025-07-01", "2025-07-31")
HFQ4 = P("第四季度", "2025-10-01", "2025-12-31")
HFY = P("全年", "2025-01-01", "2025-12-31")
HFREF = P("累计", "2025-10-15", "2025-10-15")
HFT = "no time expression in its paragraph: the title's 2025年第三季度"


def hf_count(anchor, value, unit_raw, unit, indicator, period=HFQ3, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def hf_rate(anchor, value, indicator, kind="share", period=HFQ3, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def hf_points(anchor, value, indicator, kind="growth_rate", period=HFQ, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


LABELS[HFX] = [
    hf_count("受理市民诉求[86.4万件]", 86.4, "万件", "件", "受理市民诉求", notes="共 a frame word"),
    hf_rate("86.4万件，同比增长[12.7%]", 12.7, "受理市民诉求", "growth_rate"),
    hf_rate("环比增长[5.3%]", 5.3, "受理市民诉求", "growth_rate", notes="quarter on quarter"),
    hf_count("电话渠道受理[61.2万件]", 61.2, "万件", "件", "电话渠道受理",
             notes="其中 a frame word"),
    hf_rate("61.2万件，占[70.8%]", 70.8, "电话渠道受理占比",
            notes="a bare 占 after a figure: its share (as h74)"),
    hf_count("网络渠道受理[25.2万件]", 25.2, "万件", "件", "网络渠道受理",
             notes="the examples before 等 are no part of the name (建设天眉乐等6条高速公路)"),
    hf_rate("25.2万件，占[29.2%]", 29.2, "网络渠道受理占比"),
    hf_count("日均受理诉求[9391件]", 9391, "件", "件", "日均受理诉求"),
    hf_count("单日受理量达[1.36万件]", 1.36, "万件", "件", "单日受理量",
             P("7月15日", "2025-07-15", "2025-07-15"), qual="reach", qtext="达"),
    hf_count("受理企业诉求[2.3万件]", 2.3, "万件", "件", "受理企业诉求", HFQ),
    hf_rate("2.3万件，同比增长[9.6%]", 9.6, "受理企业诉求", "growth_rate", HFQ),
    hf_rate("办结率[99.1%]", 99.1, "办结率", period=HFQ,
            notes="the clause's own word only (企业诉求 is the clause before's)"),
    # 一、办理质效 (本季度)
    hf_count("形成转办工单[41.8万件]", 41.8, "万件", "件", "形成转办工单", HFQ,
             notes="形成 a flow verb governing the count; 共 a frame word"),
    hf_rate("直接办结率为[51.6%]", 51.6, "直接办结率", period=HFQ),
    hf_points("比上季度提高[2.4个百分点]", 2.4, "直接办结率"),
    hf_rate("按期办结率为[98.7%]", 98.7, "转办工单按期办结率", period=HFQ),
    row("办理时长为[3.2个工作日]", 3.2, "个工作日", "工作日", "工单平均办理时长", "actual", HFQ),
    row("缩短[0.6个工作日]", -0.6, "个工作日", "工作日", "工单平均办理时长", "actual", HFQ,
        notes="a change in days: negative (缩短), actual (as h68's 平均延误时间)"),
    hf_count("开展回访[28.5万次]", 28.5, "万次", "次", "开展回访", HFQ,
             notes="热线 the agent, 对已办结工单 the object's frame: no part of the name"),
    hf_rate("回访率为[68.2%]", 68.2, "回访率", period=HFQ),
    hf_rate("群众满意率为[93.5%]", 93.5, "群众满意率", period=HFQ),
    hf_points("同比提高[1.1个百分点]", 1.1, "群众满意率"),
    hf_rate("重复来电占比[4.3%]", 4.3, "重复来电占比", period=HFQ),
    hf_points("下降[0.8个百分点]", -0.8, "重复来电占比"),
    hf_count("话务量[8.7万个]", 8.7, "万个", "个", "夜间话务量",
             notes=HFT + "; 18:00 / 8:00 times"),
    hf_rate("占电话话务总量的[14.2%]", 14.2, "夜间话务量占电话话务总量",
            notes="a share after a figure names its part"),
    hf_count("合计[15.9万个]", 15.9, "万个", "个", "周六、周日话务量"),
    hf_rate("高出[11%]", 11, "日均周六、周日话务量", "other",
            notes="a difference to another base (工作日), not a change over time: other (as a "
            "multiple of an ordinary day); 日均 after the total 周六、周日话务量: 日均 + the "
            "total's name (session 23)"),
    hf_rate("人工接通率为[96.4%]", 96.4, "人工接通率"),
    row("平均等待时长[27秒]", 27, "秒", "秒", "平均等待时长", "actual", HFQ3),
    hf_count("非警务类诉求[3,216件]", 3216, "件", "件", "对接转办非警务类诉求", HFQ,
             notes="与110报警服务台 a partner, 110 no number"),
    hf_count("新增和更新条目[1.2万条]", 1.2, "万条", "条", "政策知识库新增和更新条目", HFQ),
    row("累计达到[8.6万条]", 8.6, "万条", "条", "政策知识库条目", "count_total", HFREF, "reach",
        "达到", notes="a bare 累计: a point at the reference date; the clause's subject is the "
        "clause before's 政策知识库 (elided)"),
    # 二、热点诉求 (no time expression: the title's quarter)
    hf_count("投诉类[38.2万件]", 38.2, "万件", "件", "投诉类", notes=HFT),
    hf_rate("38.2万件，占[44.2%]", 44.2, "投诉类占比"),
    hf_count("求助类[21.6万件]", 21.6, "万件", "件", "求助类"),
    hf_count("咨询类[19.3万件]", 19.3, "万件", "件", "咨询类"),
    hf_count("建议类[4.1万件]", 4.1, "万件", "件", "建议类"),
    hf_count("表扬类[3.2万件]", 3.2, "万件", "件", "表扬类"),
    hf_rate("同比增长[15.8%]", 15.8, "表扬类", "growth_rate"),
    hf_count("分别为[17.9万件]", 17.9, "万件", "件", "城乡建设",
             notes="a 分别 list pairs the categories with their numbers; 排名前五 a class"),
    hf_count("[11.3万件]", 11.3, "万件", "件", "交通运输"),
    hf_count("[9.6万件]", 9.6, "万件", "件", "市场监管"),
    hf_count("[7.2万件]", 7.2, "万件", "件", "劳动社保"),
    hf_count("[6.8万件]", 6.8, "万件", "件", "教育"),
    hf_rate("合计占诉求总量的[61.1%]", 61.1, "占诉求总量",
            notes="the part is the five just listed (a class, 排名前五): named by the clause only"),
    hf_rate("城乡建设类诉求同比增长[21.4%]", 21.4, "城乡建设类诉求", "growth_rate"),
    hf_count("出租车服务的[2.1万件]", 2.1, "万件", "件", "反映网约车、出租车服务",
             notes="a count after 的 with no noun: the clause before the 的"),
    hf_count("7月份达到[1.9万件]", 1.9, "万件", "件", "诉求", HFJUL, qual="reach", qtext="达到",
             notes="the examples before 等 are no part of the name"),
    row("是6月份的[2.3倍]", 2.3, "倍", "倍", "诉求", "other", HFJUL,
        notes="a multiple of another month's level: other (as h07's 是…的3.6倍)"),
    # 三、各区办理情况 (districts as subjects, as h36's)
    hf_rate("分别为[95.8%]", 95.8, "满意率", subject="蜀山区", notes=HFT + "; 居前三 a class"),
    hf_rate("[95.1%]", 95.1, "满意率", subject="包河区"),
    hf_rate("[94.9%]", 94.9, "满意率", subject="庐阳区"),
    hf_rate("按期办结率[100%]", 100, "按期办结率", subject="肥西县"),
    row("居全市[第1位]", 1, "位", "位", "按期办结率", "rank", HFQ3, subject="肥西县"),
    hf_count("包河区，为[12.6万件]", 12.6, "万件", "件", "受理量", subject="包河区",
             notes="最多的是X，为N: X the subject"),
    hf_rate("占全市的[14.6%]", 14.6, "受理量占全市", subject="包河区"),
    hf_rate("满意率为[89.7%]", 89.7, "满意率", subject="瑶海区"),
    hf_points("低[3.8个百分点]", -3.8, "满意率", "other", HFQ3, subject="瑶海区",
              notes="a gap below the city's average (低于): other, negative (as h70)"),
    row("共有[4个]县（市）区", 4, "个", "个", "县（市）区按期办结率达到99%以上", "count_total",
        HFQ3, notes="a count whose clause ends with what the counted did: the thing and that; the "
        "members that qualify are count_total as h09's 有9个城市…达到 (session 20: actual)"),
    hf_rate("达到[99%以上]", 99, "按期办结率", "other", HFQ3, qual="at_least", qtext="以上",
            borderline=True, notes="borderline: a class's bound (the districts that qualify)"),
    hf_rate("分别为[74.5%]", 74.5, "回访率", subject="长丰县"),
    hf_rate("[72.8%]", 72.8, "回访率", subject="巢湖",
            notes="a city bare whatever its level (as h74's 合肥, 阜阳; session 20: labelled "
            "巢湖市)"),
    # 四、典型案例
    row("已超过[6小时]", 6, "小时", "小时", "停水", "actual",
        P("8月12日", "2025-08-12", "2025-08-12"),
        "over", "超过", subject="蜀山区", notes="21时40分 a time of day; 二期3号楼 names"),
    row("[约420户]", 420, "户", "户", "居民用水恢复正常", "actual",
        P("8月12日", "2025-08-12", "2025-08-12"), "about", "约",
        notes="the paragraph's date (次日凌晨 the next day's hour, no date of its own)"),
    row("课时费[1.28万元]", 1.28, "万元", "元", "拒退预付课时费", "actual",
        P("9月3日", "2025-09-03", "2025-09-03"), subject="包河区"),
    row("某路段[3个]窨井盖", 3, "个", "个", "窨井盖缺失", "count_total",
        P("9月22日", "2025-09-22", "2025-09-22"), subject="庐阳区"),
    row("[2小时内]", 2, "小时", "小时", "完成补装", "actual",
        P("9月22日", "2025-09-22", "2025-09-22"),
        "at_most", "内", subject="庐阳区"),
    # 五、下一步工作 (goals)
    hf_rate("提升至[35%以上]", 35, "网络渠道受理占比", "target", HFQ4, qual="at_least",
            qtext="以上"),
    hf_rate("保持在[93%以上]", 93, "群众满意率", "target", HFY, qual="at_least", qtext="以上",
            notes="力争全年"),
    hf_rate("控制在[4%以内]", 4, "重复来电占比", "target", HFY, qual="at_most", qtext="以内"),
    row("举办[120场]", 120, "场", "场", "举办", "target", HFY, notes="全年计划: a plan"),
    row("已举办[86场]", 86, "场", "场", "举办", "count_total",
        P("目前", "2025-10-15", "2025-10-15"),
        notes="a running total at 目前: a point at the reference date"),
]

# ---------------------------------------------------------------------------------------------
# h81: 红星新闻's report on a 成都 land auction (2025-11-26 18:05 under the headline; home 成都): a
# headline 7宗地块揽金 亿元, the 11月26日 auction's 推出 宗 / 总出让面积 亩 / 总成交价 / 平均溢价率,
# a previous auction (今年9月) in brackets, 增加85% (growth), 报名 家 with 其中; plots in paragraphs
# with no time expression of their own (undated, as h75's rounds), each plot's district its subject
# (武侯区, 高新区, 龙泉驿区, 天府新区, 郫都区; the list 双流区、郫都区、新都区 none): 净用地面积 亩,
# 容积率 (a planning parameter the sale sets: other, no unit), 起始价 / 最高限价 亿元, 楼面地价
# 元/平方米 (and 万元/平方米), 轮 of bidding, 溢价率 (share), 家 参与 / 摇号, 竞得 亿元, 不少于 a
# requirement (target); the notice's terms (保证金 起始价的20%, 10个工作日内, 1个月内 50%, 6个月内,
# 出让年限 70年 / 40年: other, as h73's 期限); an analyst's 1—10月 累计 宗 (count_total) with 出让金
# / 同比 / 平均溢价率 / 较去年全年提高…个百分点, 同期 成交面积 万平方米 / 成交均价, 10月单月
# 二手住宅 万套 with 环比, 截至10月底 库存 (a stock) / 去化周期 个月, 占比约七成, 年内 2至3场 and
# 全年 突破 forecasts (targets), 去年11月's 溢价率; 将于12月10日 推出 宗 / 亩 / 亿元 (targets).
# Traps: 18:05, 9时30分, 今年第12场 (an ordinal), WH08(252)：2025-041 and GX2025-17(252) (plot
# numbers), 9号线 / 2号线, 新希望五新 / 中建八局 (names), 一所, TOP10, 连续8个月 (a streak), 028-
# phone; borderline 约40分钟 (elapsed time), 约600米 / 约800米 (a plot's distance, as h40's),
# 3公里范围 (a radius), 24班 (a school's size class), 容积率低于2.0 and 2万套以上 (a class's / a
# streak's bound), 其余5宗 and 两宗 (totals of the plots listed / described).
CDL = "h81_chengdu_land_auction_news_2025.txt"
CDDAY = P("11月26日", "2025-11-26", "2025-11-26")
CD10 = P("今年1—10月", "2025-01-01", "2025-10-31")
CDSAME = P("同期", "2025-01-01", "2025-10-31")
CDOCT = P("10月单月", "2025-10-01", "2025-10-31")
CDEND = P("截至10月底", "2025-10-31", "2025-10-31")
CDU = "no time expression in its paragraph (the auction's day is the paragraph before's): undated"


def cd_fig(anchor, value, unit_raw, unit, indicator, kind="actual", period=NONE, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def cd_rate(anchor, value, indicator, kind="share", period=NONE, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[CDL] = [
    # headline (no time expression)
    cd_fig("[7宗]地块揽金", 7, "宗", "宗", "地块揽金",
           notes="a count whose clause ends with what the counted did: the thing and that"),
    cd_fig("揽金[98.6亿元]", 98.6, "亿元", "元", "揽金"),
    # the auction (11月26日)
    cd_fig("推出[7宗]地块", 7, "宗", "宗", "推出地块", period=CDDAY, notes="共 a frame word"),
    cd_fig("总出让面积约[412.6亩]", 412.6, "亩", "亩", "总出让面积", period=CDDAY, qual="about",
           qtext="约"),
    cd_fig("总成交价[98.6亿元]", 98.6, "亿元", "元", "总成交价", period=CDDAY),
    cd_rate("平均溢价率[12.8%]", 12.8, "平均溢价率", period=CDDAY),
    cd_fig("（[6宗]地块", 6, "宗", "宗", "地块", period=P("今年9月", "2025-09-01", "2025-09-30"),
           notes="the previous auction's, in brackets: its own month"),
    cd_fig("成交[53.2亿元]", 53.2, "亿元", "元", "成交",
           period=P("今年9月", "2025-09-01", "2025-09-30")),
    cd_rate("总成交价增加[85%]", 85, "总成交价", "growth_rate", CDDAY,
            notes="against the previous auction: a change"),
    cd_fig("共有[22家]企业", 22, "家", "家", "企业报名参与竞买", period=CDDAY),
    cd_fig("民营房企[5家]", 5, "家", "家", "民营房企", period=CDDAY, notes="其中 a frame word"),
    # 武侯区's plot (undated)
    cd_fig("净用地面积约[46.8亩]", 46.8, "亩", "亩", "净用地面积", qual="about", qtext="约",
           subject="武侯区", notes=CDU + "; WH08(252)：2025-041 a plot number"),
    cd_fig("容积率[2.5]", 2.5, None, None, "容积率", "other", subject="武侯区",
           notes="a planning parameter the sale sets: other (as h73's 期限), no unit"),
    cd_fig("起始价[15.6亿元]", 15.6, "亿元", "元", "起始价", subject="武侯区"),
    cd_fig("起始楼面地价[20000元/平方米]", 20000, "元/平方米", "元/平方米", "起始楼面地价",
           subject="武侯区", notes="折合 a frame word"),
    cd_fig("吸引[11家]房企", 11, "家", "家", "房企报名", subject="武侯区",
           notes="after a causative verb (吸引) the count counts an event"),
    cd_fig("经过[38轮]竞价", 38, "轮", "轮", "竞价", subject="武侯区"),
    cd_fig("开拍后约[40分钟]", 40, "分钟", "分钟", "触及最高限价", "other", qual="about",
           qtext="约",
           subject="武侯区", borderline=True, notes="borderline: elapsed time"),
    cd_fig("最高限价[20.28亿元]", 20.28, "亿元", "元", "最高限价", subject="武侯区"),
    cd_rate("（溢价率[30%]）", 30, "溢价率", subject="武侯区"),
    cd_fig("共有[7家]企业参与摇号", 7, "家", "家", "企业参与摇号", subject="武侯区"),
    cd_fig("成交楼面地价[26000元/平方米]", 26000, "元/平方米", "元/平方米", "成交楼面地价",
           subject="武侯区"),
    cd_fig("一站约[600米]", 600, "米", "米", "距离地铁9号线一站", qual="about", qtext="约",
           subject="武侯区", borderline=True, notes="borderline: a place's distance (as h40's)"),
    cd_fig("周边[3公里]范围", 3, "公里", "公里", "周边范围", "other", subject="武侯区",
           borderline=True, notes="borderline: a radius (as 15分钟 in 15分钟生活圈)"),
    cd_fig("范围内有[5所]中小学", 5, "所", "所", "中小学", "count_total", subject="武侯区",
           notes="a stock with no time expression: undated"),
    # 高新区's plot (undated)
    cd_fig("该地块面积[62.3亩]", 62.3, "亩", "亩", "地块面积", subject="高新区",
           notes=CDU + "; GX2025-17(252) a plot number; 该 a referent"),
    cd_fig("容积率[3.0]", 3.0, None, None, "容积率", "other", subject="高新区"),
    cd_fig("起始价[28.7亿元]", 28.7, "亿元", "元", "起始价", subject="高新区"),
    cd_fig("[6家]企业参与竞买", 6, "家", "家", "企业参与竞买", subject="高新区"),
    cd_fig("经过[26轮]竞价", 26, "轮", "轮", "竞价", subject="高新区"),
    cd_fig("以[33.6亿元]竞得", 33.6, "亿元", "元", "竞得", subject="高新区",
           notes="新希望五新 a company's name"),
    cd_rate("溢价率[17.1%]", 17.1, "溢价率", subject="高新区"),
    cd_fig("成交楼面地价约[2.70万元/平方米]", 2.70, "万元/平方米", "元/平方米", "成交楼面地价",
           qual="about", qtext="约", subject="高新区", norm=27000.0),
    cd_fig("一所[24班]小学", 24, "班", "班", "小学", "other", subject="高新区", borderline=True,
           notes="borderline: a school's size class (24班小学), 一所 the article"),
    cd_fig("不少于[1.2万平方米]", 1.2, "万平方米", "平方米", "建筑面积", "target", qual="at_least",
           qtext="不少于", subject="高新区", notes="需: a requirement the sale sets"),
    # the other five plots (undated)
    cd_fig("其余[5宗]地块", 5, "宗", "宗", "地块", borderline=True,
           notes="borderline: totals the plots listed after it"),
    cd_fig("的[3宗]住宅用地", 3, "宗", "宗", "住宅用地以底价成交",
           notes=CDU + "; a place closing a list of places: no subject; 均 a frame word"),
    cd_fig("合计[21.4亿元]", 21.4, "亿元", "元", "成交总价"),
    cd_fig("龙泉驿区[1宗]", 1, "宗", "宗", "商服用地", subject="龙泉驿区"),
    cd_fig("以[1.86亿元]底价", 1.86, "亿元", "元", "底价成交", subject="龙泉驿区"),
    cd_fig("成交楼面地价[2300元/平方米]", 2300, "元/平方米", "元/平方米", "成交楼面地价",
           subject="龙泉驿区"),
    cd_fig("天府新区[1宗]", 1, "宗", "宗", "宅地", subject="天府新区"),
    cd_fig("经过[9轮]竞价", 9, "轮", "轮", "竞价", subject="天府新区"),
    cd_fig("以[21.5亿元]竞得", 21.5, "亿元", "元", "竞得", subject="天府新区",
           notes="中建八局 a company's name"),
    cd_rate("溢价率[5.4%]", 5.4, "溢价率", subject="天府新区"),
    cd_fig("地块面积约[58亩]", 58, "亩", "亩", "地块面积", qual="about", qtext="约",
           subject="郫都区",
           notes="犀浦镇 a town of 郫都区"),
    cd_fig("起始价[6.2亿元]", 6.2, "亿元", "元", "起始价", subject="郫都区"),
    cd_fig("楼面地价约[7800元/平方米]", 7800, "元/平方米", "元/平方米", "楼面地价", qual="about",
           qtext="约", subject="郫都区", notes="折合 a frame word"),
    cd_fig("犀浦站约[800米]", 800, "米", "米", "距离地铁2号线犀浦站", qual="about", qtext="约",
           subject="郫都区", borderline=True, notes="borderline: a place's distance (as h40's)"),
    cd_fig("容积率低于[2.0]", 2.0, None, None, "容积率", "other", qual="at_most", qtext="低于",
           subject="郫都区", borderline=True,
           notes="borderline: a class's bound (唯一一宗…的地块)"),
    # the notice's terms (other, undated)
    cd_rate("起始价的[20%]", 20, "竞买保证金", "other",
            notes="a term the sale sets (as h73's 期限)"),
    # a rule's deadlines are no metrics by the set's convention (README, QA round 11: 15个工作日内
    # 办结): borderline, neither counted found nor missed (session 23)
    row("[10个工作日]内", 10, "个工作日", "工作日", "签订出让合同", "other", qual="at_most",
        qtext="内", notes="borderline: a rule's deadline", borderline=True),
    row("[1个月]内", 1, "个月", "月", "缴纳土地出让价款", "other", qual="at_most", qtext="内",
        notes="borderline: a rule's deadline", borderline=True),
    cd_rate("缴纳[50%]的", 50, "缴纳土地出让价款", "other"),
    row("[6个月]内", 6, "个月", "月", "余款付清", "other", qual="at_most", qtext="内",
        notes="borderline: a rule's deadline", borderline=True),
    row("出让年限为[70年]", 70, "年", "年", "住宅用地的出让年限", "other"),
    row("商服用地为[40年]", 40, "年", "年", "商服用地", "other",
        notes="the clause names only the land class"),
    # the analyst
    cd_fig("本场[两宗]", 2, "宗", "宗", "中心城区地块", borderline=True,
           notes="borderline: totals the two plots described"),
    cd_rate("均超过[15%]", 15, "中心城区地块溢价率", qual="over", qtext="超过",
            notes="本场 no calendar time: undated; 均 a frame word"),
    cd_fig("涉宅用地[86宗]", 86, "宗", "宗", "出让涉宅用地", "count_total", CD10,
           notes="累计 over a dated span: count_total, its period the span"),
    cd_fig("土地出让金约[812亿元]", 812, "亿元", "元", "土地出让金", "count_total", CD10,
           qual="about", qtext="约",
           notes="the clause before's 累计 carries over (session 24): a running total of the span"),
    cd_rate("宗数同比下降[12%]", -12, "宗数", "growth_rate", CD10),
    cd_rate("金额同比增长[6.5%]", 6.5, "金额", "growth_rate", CD10),
    cd_rate("平均溢价率为[8.9%]", 8.9, "涉宅用地平均溢价率", period=CD10),
    row("较去年全年提高[5.2个百分点]", 5.2, "个百分点", "百分点", "涉宅用地平均溢价率",
        "growth_rate", CD10),
    cd_fig("成交面积[1120万平方米]", 1120, "万平方米", "平方米", "新建商品住宅成交面积",
           period=CDSAME),
    cd_rate("同比下降[9.3%]", -9.3, "新建商品住宅成交面积", "growth_rate", CDSAME),
    cd_fig("成交均价约[1.86万元/平方米]", 1.86, "万元/平方米", "元/平方米", "成交均价",
           period=CDSAME, qual="about", qtext="约", norm=18600.0),
    cd_rate("同比上涨[4.1%]", 4.1, "成交均价", "growth_rate", CDSAME),
    cd_fig("二手住宅成交[2.05万套]", 2.05, "万套", "套", "二手住宅成交", period=CDOCT),
    cd_rate("环比增长[3.8%]", 3.8, "二手住宅成交", "growth_rate", CDOCT),
    cd_fig("保持在[2万套以上]", 2, "万套", "套", "二手住宅成交", qual="at_least", qtext="以上",
           borderline=True, notes="borderline: a streak's bound (连续8个月 a streak)"),
    cd_fig("库存约[1850万平方米]", 1850, "万平方米", "平方米", "新建商品住宅库存", "count_total",
           CDEND,
           qual="about", qtext="约", notes="全市 the home"),
    cd_fig("去化周期约[14.6个月]", 14.6, "个月", "月", "去化周期", period=CDEND, qual="about",
           qtext="约"),
    cd_fig("中有[4家]参与竞拍", 4, "家", "家", "参与竞拍",
           notes="TOP10 a list's name; 本场 undated"),
    row("占比约[七成]", 70, "成", "%", "竞得金额占比", "share", qual="about", qtext="约"),
    row("还将有[2至3场]", 2, "场", "场", "土拍", "target", P("年内", "2025-01-01", "2025-12-31"),
        high=3, notes="an analyst's forecast: a target (as h75's 全年 forecasts)"),
    cd_rate("溢价率仅[1.6%]", 1.6, "平均溢价率", period=P("去年11月", "2024-11-01", "2024-11-30")),
    cd_fig("突破[1000亿元]", 1000, "亿元", "元", "涉宅用地出让金", "target",
           P("全年", "2025-01-01", "2025-12-31"), qual="break_through", qtext="突破"),
    # the next auction (将于12月10日)
    cd_fig("推出[9宗]地块", 9, "宗", "宗", "推出地块", "target",
           P("12月10日", "2025-12-10", "2025-12-10")),
    cd_fig("总面积约[520亩]", 520, "亩", "亩", "总面积", "target",
           P("12月10日", "2025-12-10", "2025-12-10"), qual="about", qtext="约"),
    cd_fig("起始总价约[96亿元]", 96, "亿元", "元", "起始总价", "target",
           P("12月10日", "2025-12-10", "2025-12-10"), qual="about", qtext="约"),
]

# ---------------------------------------------------------------------------------------------
# h82: 农业农村部's weekly report on wholesale farm prices, 2025年第47周 (发布日期：2025-11-25; a
# national text: home 全国): “农产品批发价格200指数” / “菜篮子”产品批发价格指数 levels (no unit,
# actual) with 比前一周 / 比去年同期 changes in 个点 (growth_rate, unit 点), the year's high
# (2月第1周's 131.52) and the gap to it (other); counts of products up / down / flat (the clause
# before 的 names them); prices 每公斤 N元 (unit 元, 每公斤 the base, as h69's 每平方米) with 环比 /
# 同比 (下跌 negative), 猪粮比价 5.21:1 (a ratio: share, no unit) with 比前一周下降0.08,
# 能繁母猪存栏 万头 at 10月末 (a stock) with 环比 and 相当于正常保有量…的103.5% (other); 鸡蛋
# 比年内最高点下降1.96元 (an absolute change: actual, negative); fish in a 分别 list (and
# 环比分别上涨); 28种 / 6种 baskets' averages; 18种 / 10种 counts; 涨幅居前三位 and 降幅 分别 lists;
# 预计12月上旬 涨幅 5%左右 (a forecast: target); regions (华北地区, 华南地区, 东北地区: part of
# the names, session 20),
# 两地价差; a text table (单位：元/公斤: unit 元/千克) with 本周 / 前一周 / 环比（%） / 去年同期 /
# 同比（%） columns, each cell named by its row's product and dated by its column. Paragraphs with
# no time expression take the title's 2025年第47周. Traps: 200 in the index's name, 第47周
# (11月17日—23日), 2月第1周, 连续3周 / 连续5周 (streaks), 二级预警, 前三位 (a class), 12月上旬,
# 注：1．2．3．, 2015年=100 (a base), 每周二, 010- phone; borderline 22个品种 / 28种 / 6种 (a
# monitored basket's size, as h71's 31个行业大类), 5:1至6:1 (a band's bounds), 172家 (the sample's
# size).
MA = "h82_moa_farm_product_wholesale_prices_week47_2025.txt"
MAW = P("2025年第47周", "2025-11-17", "2025-11-23")
MAPREV = P("前一周", "2025-11-10", "2025-11-16")
MALAST = P("去年同期", "2024-11-18", "2024-11-24")
MAOCT = P("10月末", "2025-10-31", "2025-10-31")
MAT = "no time expression in its paragraph: the title's 2025年第47周"


def ma_price(anchor, value, indicator, period=MAW, **kw):
    return row(anchor, value, "元", "元", indicator, "actual", period, **kw)


def ma_rate(anchor, value, indicator, kind="growth_rate", period=MAW, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


MAREGION = ("a region of several provinces is part of the name, no subject (as h42's "
            "在东北地区就业农民工, h47's, h68's; session 20: labelled as a subject)")


def ma_count(anchor, value, unit_raw, indicator, **kw):
    # members of a group that moved in the week: count_total, as the set's members after a scope
    # (h09, h23, h32, h53; session 20 relabel from actual)
    return row(anchor, value, unit_raw, unit_raw[-1], indicator, "count_total", MAW, **kw)


def ma_basket(anchor, value, unit_raw, indicator):
    return row(anchor, value, unit_raw, unit_raw[-1], indicator, "other", MAW, borderline=True,
               notes="borderline: a monitored basket's size (as h71's 31个行业大类)")


def ma_cells(head, indicator, now, prev, mom, last, yoy):
    """A table row: 本周 / 前一周 prices, 环比（%）, 去年同期 price, 同比（%）."""
    cells = [(now, "元/公斤", "元/千克", "actual", MAW),
             (prev, "元/公斤", "元/千克", "actual", MAPREV),
             (mom, "%", "%", "growth_rate", MAW), (last, "元/公斤", "元/千克", "actual", MALAST),
             (yoy, "%", "%", "growth_rate", MAW)]
    return [row(col_cell(MA, head, i + 1), v, ur, u, indicator, k, p,
                notes="the table's cell: its row's product, its column's week" if i == 0 else None)
            for i, (v, ur, u, k, p) in enumerate(cells)]


LABELS[MA] = [
    # 一、总体情况
    row("“农产品批发价格200指数”为[120.36]", 120.36, None, None, "农产品批发价格200指数", "actual",
        MAW, notes="an index's level: no unit, actual (as h32); 200 part of the name"),
    row("比前一周上升[0.85个点]", 0.85, "个点", "点", "农产品批发价格200指数", "growth_rate", MAW,
        notes="a change of an index's level in points (个 dropped, as in 个百分点)"),
    row("比去年同期下降[2.94个点]", -2.94, "个点", "点", "农产品批发价格200指数", "growth_rate",
        MAW),
    row("价格指数为[122.18]", 122.18, None, None, "菜篮子产品批发价格指数", "actual", MAW),
    row("上升[0.97个点]", 0.97, "个点", "点", "菜篮子产品批发价格指数", "growth_rate", MAW),
    row("第1周的[131.52]", 131.52, None, None, "年内高点", "actual",
        P("2月第1周", "2025-02-03", "2025-02-09"),
        notes="the first full week of February (Monday 2月3日 to Sunday 2月9日)"),
    row("低[11.16个点]", -11.16, "个点", "点", "200指数", "other", MAW,
        notes="a gap below another level (the year's high): other, negative; 连续3周 a streak"),
    ma_basket("重点监测的[22个]品种", 22, "个", "品种"),
    ma_count("价格上涨的[11个]", 11, "个", "价格上涨的品种",
             notes="members of a group (的N个) named deed的X, X the scope's noun (as h23's "
             "持平的地级以上市; session 20: labelled 价格上涨 / 下降 / 持平)"),
    ma_count("下降的[9个]", 9, "个", "下降的品种"),
    ma_count("持平的[2个]", 2, "个", "持平的品种"),
    # 二、畜产品
    ma_price("猪肉平均价格为每公斤[18.42元]", 18.42, "猪肉平均价格",
             notes=MAT + "; 全国农产品批发市场 the scope (the home)"),
    ma_rate("环比下跌[1.2%]", -1.2, "猪肉平均价格"),
    ma_rate("同比下跌[27.6%]", -27.6, "猪肉平均价格", notes="连续5周 a streak"),
    row("为[5.21:1]", 5.21, None, None, "生猪出场价格与玉米批发价格的比值", "share", MAW,
        notes="a ratio N:1 is a share with no unit (as h15, h33); 猪粮比价 in brackets"),
    row("比前一周下降[0.08]", -0.08, None, None, "生猪出场价格与玉米批发价格的比值", "growth_rate",
        MAW),
    row("处于[5:1至6:1]", 5, None, None, "二级预警区间", "other", MAW, high=6, borderline=True,
        notes="borderline: a band's bounds"),
    ma_price("每公斤[63.85元]", 63.85, "牛肉平均价格"),
    ma_rate("环比上涨[0.6%]", 0.6, "牛肉平均价格"),
    ma_rate("同比上涨[8.4%]", 8.4, "牛肉平均价格"),
    ma_price("羊肉每公斤[61.20元]", 61.20, "羊肉", notes="环比持平: no number"),
    ma_rate("同比下跌[3.7%]", -3.7, "羊肉"),
    ma_price("每公斤[17.36元]", 17.36, "白条鸡平均价格"),
    ma_rate("环比上涨[0.9%]", 0.9, "白条鸡平均价格"),
    row("存栏[4035万头]", 4035, "万头", "头", "能繁母猪存栏", "count_total", MAOCT,
        notes="a stock at its date; 全国 the home"),
    ma_rate("环比减少[0.5%]", -0.5, "能繁母猪存栏", period=MAOCT),
    row("正常保有量[3900万头]", 3900, "万头", "头", "正常保有量", "other", NONE,
        notes="a norm the plan sets (a base), undated"),
    ma_rate("的[103.5%]", 103.5, "能繁母猪存栏", "other", MAOCT,
            notes="a level relative to another base (相当于…的): other (as h40's 約為正常的1.6倍)"),
    ma_price("每公斤[7.48元]", 7.48, "鸡蛋平均价格", notes=MAT),
    ma_rate("环比下跌[2.1%]", -2.1, "鸡蛋平均价格"),
    ma_rate("同比下跌[24.5%]", -24.5, "鸡蛋平均价格"),
    ma_price("下降[1.96元]", -1.96, "鸡蛋平均价格",
             notes="an absolute change below the year's high: actual, negative"),
    # 三、水产品
    ma_price("分别为每公斤[20.15元]", 20.15, "鲫鱼平均价格",
             notes=MAT + "; a 分别 list pairs the fish with their prices"),
    ma_price("[14.02元]", 14.02, "鲤鱼平均价格"),
    ma_price("[7.90元]", 7.90, "白鲢鱼平均价格"),
    ma_price("[41.36元]", 41.36, "大带鱼平均价格"),
    ma_rate("分别上涨[0.5%]", 0.5, "鲫鱼平均价格"),
    ma_rate("[1.3%]", 1.3, "鲤鱼平均价格"),
    ma_rate("[2.6%]", 2.6, "白鲢鱼平均价格"),
    ma_rate("和[0.2%]", 0.2, "大带鱼平均价格"),
    ma_price("草鱼每公斤[15.33元]", 15.33, "草鱼"),
    ma_rate("环比下跌[0.4%]", -0.4, "草鱼"),
    ma_price("每公斤[46.80元]", 46.80, "南美白对虾批发均价"),
    ma_rate("同比上涨[6.1%]", 6.1, "南美白对虾批发均价"),
    # 四、蔬菜
    ma_basket("全国[28种]", 28, "种", "重点监测蔬菜"),
    ma_price("每公斤[5.12元]", 5.12, "重点监测蔬菜平均价格",
             notes=MAT + "; 28种 a modifier before the noun (the basket), no part of the name"),
    ma_rate("环比上涨[4.1%]", 4.1, "重点监测蔬菜平均价格"),
    ma_rate("同比下降[9.5%]", -9.5, "重点监测蔬菜平均价格"),
    ma_count("[18种]价格上涨", 18, "种", "价格上涨的重点监测蔬菜",
             notes="其中 a frame word; members of the 28种 of the sentence before, named deed的X "
             "(as h28's 符合预期的指标; session 20: labelled 价格上涨)"),
    ma_count("[10种]价格下降", 10, "种", "价格下降的重点监测蔬菜"),
    ma_rate("分别上涨[15.6%]", 15.6, "菜花",
            notes="涨幅居前三位 a class; 分别 pairs the vegetables"),
    ma_rate("[12.3%]", 12.3, "黄瓜"),
    ma_rate("[10.9%]", 10.9, "西葫芦"),
    ma_rate("分别下跌[6.8%]", -6.8, "大白菜"),
    ma_rate("和[5.2%]", -5.2, "白萝卜"),
    ma_rate("涨幅在[5%左右]", 5, "涨幅", "target", P("12月上旬", "2025-12-01", "2025-12-10"),
            qual="about", qtext="左右", notes="预计: a forecast (target)"),
    # 五、水果
    ma_basket("[6种]重点监测水果", 6, "种", "重点监测水果"),
    ma_price("每公斤[7.05元]", 7.05, "重点监测水果平均价格", notes=MAT),
    ma_rate("环比下降[0.8%]", -0.8, "重点监测水果平均价格"),
    ma_rate("同比上涨[3.2%]", 3.2, "重点监测水果平均价格"),
    ma_price("富士苹果每公斤[8.96元]", 8.96, "富士苹果", notes="其中 a frame word"),
    ma_rate("环比上涨[1.1%]", 1.1, "富士苹果"),
    ma_price("香蕉每公斤[5.84元]", 5.84, "香蕉"),
    ma_rate("环比下跌[3.5%]", -3.5, "香蕉"),
    ma_price("西瓜每公斤[4.26元]", 4.26, "西瓜"),
    ma_rate("同比上涨[12.7%]", 12.7, "西瓜"),
    # 六、分区域情况 (本周; regions part of the names, session 20)
    ma_price("每公斤[17.86元]", 17.86, "华北地区猪肉批发均价",
             P("本周", "2025-11-17", "2025-11-23"),
             notes="为全国最低: a rank with no numeral, no row; " + MAREGION),
    ma_price("华南地区每公斤[19.64元]", 19.64, "华南地区",
             P("本周", "2025-11-17", "2025-11-23"),
             notes="the clause names only the region: its own words, nothing borrowed from the "
             "clause before (as 羊肉, 草鱼 here; session 20: labelled 猪肉批发均价)"),
    ma_price("价差[1.78元]", 1.78, "两地价差", P("本周", "2025-11-17", "2025-11-23"),
             notes="two places: no subject"),
    ma_basket("，[28种]蔬菜", 28, "种", "蔬菜"),
    ma_rate("环比上涨[7.9%]", 7.9, "东北地区蔬菜均价", period=P("本周", "2025-11-17", "2025-11-23"),
            notes="the region 最大的是 names, the sentence's topic; " + MAREGION),
    # 七、the table (单位：元/公斤)
    *ma_cells("马铃薯", "马铃薯", 2.86, 2.83, 1.1, 3.12, -8.3),
    *ma_cells("西红柿", "西红柿", 6.47, 6.02, 7.5, 7.15, -9.5),
    *ma_cells("鸭梨", "鸭梨", 6.18, 6.20, -0.3, 5.93, 4.2),
    *ma_cells("鲢鱼（花）", "鲢鱼（花）", 16.84, 16.71, 0.8, 17.58, -4.2),
    row("全国[172家]", 172, "家", "家", "农产品批发市场", "other", NONE, borderline=True,
        notes="borderline: the sample's size (as h71's 3200家调查样本)"),
]


# Round 27 labels (h83-h85), in build_gold.py's LABELS format: paste before `def build()`.
# Written by reading the three documents, before any extractor ran on them.

# ---------------------------------------------------------------------------------------------
# h83: 江苏省邮政管理局's monthly bulletin on the postal and express industry, 2025年10月 (发布时间
# 2025-11-14 16:00; home 江苏, 全省): 1—10月 寄递业务量 / 快递业务量 / 业务收入 累计完成 (running
# totals: count_total, dated 1—10月, session 18) with 同比; 10月份 flows (actual) with 同比 / 环比,
# 日均 万件, a day's 揽收量 (10月21日); 同城 / 异地 / 国际及港澳台 快递 累计 with 同比 and their
# shares in two 分别 lists (the second, 业务收入分别占…, elliptic: named by its own clause), 比重
# changes in 个百分点; a paragraph with no time expression (the title's 2025年10月: 日均投递量,
# 农村地区 share); 占全国的比重 and a rank 居全国第4位 (ranks the share); 前五 cities' 合计 shares
# (前五 a class), 宿迁 (a subject) with 增速居全省第一; a text table 表1 (2025年1—10月; columns
# 快递业务量（万件） / 同比增长（%） / 占全省比重（%）, each cell the row's city as subject, named
# by its column's measure, as h53's); 邮政寄递服务 / 函件 / 包裹 / 报纸 in 10月份; 营业场所 处 and
# 通邮率 100% (the paragraph's 10月份); 12305 申诉 with 环比, 有效申诉 件 and 有效申诉率 per 百万件
# (unit 件, as h82's 每公斤 N元). Traps: 16:00, 浏览次数：1275, 字体 大 中 小, 一、…五、, 表1, 前五
# (×2), 12305, 百万件 (no multiplier: a base), 注：1. 2. 3., 汉中门大街12号, 邮政编码：210036, 025-
# phone.
YZ = "h83_jiangsu_postal_express_oct_2025.txt"
YZ10 = P("1—10月", "2025-01-01", "2025-10-31")
YZOCT = P("10月份", "2025-10-01", "2025-10-31")
YZTITLE = P("2025年10月", "2025-10-01", "2025-10-31")
YZTAB = P("2025年1—10月", "2025-01-01", "2025-10-31")
YZT = "no time expression in its paragraph or heading: the title's 2025年10月"


def yz_total(anchor, value, unit_raw, indicator, **kw):
    """A 1—10月 累计完成 figure: a running total over the span (count_total, session 18)."""
    return row(anchor, value, unit_raw, unit_raw[-1], indicator, "count_total", YZ10, **kw)


def yz_flow(anchor, value, unit_raw, indicator, period=YZOCT, **kw):
    return row(anchor, value, unit_raw, unit_raw[-1], indicator, "actual", period, **kw)


def yz_rate(anchor, value, indicator, kind="growth_rate", period=YZ10, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def yz_points(anchor, value, indicator, period=YZ10, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


YZ_TABLE = (("苏州", 216530.4, 10.8, 23.7), ("南京", 121346.2, 11.5, 13.3),
            ("无锡", 83627.9, 9.6, 9.2), ("南通", 78214.5, 14.2, 8.6),
            ("徐州", 70318.6, 16.7, 7.7))


def yz_table_rows() -> list[dict]:
    """表1: three cells a line, each the row's city's (a subject), named by its column's
    measure (as h53's table), dated by the table's title (2025年1—10月); no 累计 in the table."""
    out = []
    for city, volume, growth, share in YZ_TABLE:
        note = "table cell: the row's city, the column's measure, the title's 2025年1—10月"
        out += [
            row(col_cell(YZ, city, 1), volume, "万件", "件", "快递业务量", "actual", YZTAB,
                subject=city, notes=note + "; unit in the column head"),
            row(col_cell(YZ, city, 2), growth, "%", "%", "快递业务量", "growth_rate", YZTAB,
                subject=city),
            row(col_cell(YZ, city, 3), share, "%", "%", "快递业务量占全省比重", "share", YZTAB,
                subject=city),
        ]
    return out


LABELS[YZ] = [
    # 一、邮政行业总体情况 (1—10月 running totals, then 10月份)
    yz_total("寄递业务量累计完成[98.6亿件]", 98.6, "亿件", "邮政行业寄递业务量",
             notes="全省 (the home) dropped; 累计完成 in a 1—10月 paragraph: a running total"),
    yz_rate("98.6亿件，同比增长[11.8%]", 11.8, "邮政行业寄递业务量"),
    yz_total("邮政寄递服务业务量累计完成[7.4亿件]", 7.4, "亿件", "邮政寄递服务业务量",
             notes="其中 a frame word"),
    yz_rate("7.4亿件，同比增长[3.2%]", 3.2, "邮政寄递服务业务量"),
    yz_total("快递业务量累计完成[91.2亿件]", 91.2, "亿件", "快递业务量"),
    yz_rate("91.2亿件，同比增长[12.6%]", 12.6, "快递业务量"),
    yz_total("累计完成[862.4亿元]", 862.4, "亿元", "邮政行业业务收入",
             notes="the bracket （不包括…） is a note, no part of the name; the paragraph's "
             "1—10月"),
    yz_rate("862.4亿元，同比增长[7.9%]", 7.9, "邮政行业业务收入"),
    yz_total("快递业务收入累计完成[705.3亿元]", 705.3, "亿元", "快递业务收入"),
    yz_rate("705.3亿元，同比增长[8.4%]", 8.4, "快递业务收入"),
    yz_flow("寄递业务量完成[10.8亿件]", 10.8, "亿件", "邮政行业寄递业务量"),
    yz_rate("10.8亿件，同比增长[9.7%]", 9.7, "邮政行业寄递业务量", period=YZOCT),
    yz_flow("业务收入完成[92.6亿元]", 92.6, "亿元", "业务收入",
            notes="the clause's own words (邮政行业 is the clause before's)"),
    yz_rate("92.6亿元，同比增长[6.3%]", 6.3, "业务收入", period=YZOCT),
    # 二、快递业务情况
    yz_flow("快递业务量完成[10.1亿件]", 10.1, "亿件", "快递业务量"),
    yz_rate("10.1亿件，同比增长[10.2%]", 10.2, "快递业务量", period=YZOCT),
    yz_rate("环比增长[4.6%]", 4.6, "快递业务量", period=YZOCT, notes="month on month"),
    yz_flow("快递业务收入完成[77.8亿元]", 77.8, "亿元", "快递业务收入"),
    yz_rate("77.8亿元，同比增长[7.1%]", 7.1, "快递业务收入", period=YZOCT),
    yz_flow("日均快递业务量[3258万件]", 3258, "万件", "日均快递业务量"),
    yz_flow("揽收量达到[5216万件]", 5216, "万件", "快递揽收量",
            P("10月21日", "2025-10-21", "2025-10-21"), qual="reach", qtext="达到",
            notes="a day's figure; 创今年单日新高 holds no number"),
    yz_total("同城快递业务量累计完成[9.8亿件]", 9.8, "亿件", "同城快递业务量"),
    yz_rate("9.8亿件，同比增长[2.1%]", 2.1, "同城快递业务量"),
    yz_total("异地快递业务量累计完成[79.9亿件]", 79.9, "亿件", "异地快递业务量"),
    yz_rate("79.9亿件，同比增长[13.9%]", 13.9, "异地快递业务量"),
    yz_total("国际及港澳台快递业务量累计完成[1.5亿件]", 1.5, "亿件", "国际及港澳台快递业务量"),
    yz_rate("1.5亿件，同比增长[25.4%]", 25.4, "国际及港澳台快递业务量"),
    yz_rate("全部快递业务量的[10.7%]", 10.7, "同城快递业务量占全部快递业务量", "share",
            notes="a 分别 list pairs the items with their shares; the items share the last "
            "item's head (快递业务量)"),
    yz_rate("10.7%、[87.6%]和", 87.6, "异地快递业务量占全部快递业务量", "share"),
    yz_rate("87.6%和[1.7%]", 1.7, "国际及港澳台快递业务量占全部快递业务量", "share"),
    yz_rate("全部快递收入的[6.3%]", 6.3, "业务收入占全部快递收入", "share",
            notes="elliptic: the items are the clause before's; named by its own words (session "
            "20: nothing borrowed from the clause before)"),
    yz_rate("6.3%、[71.5%]和", 71.5, "业务收入占全部快递收入", "share"),
    yz_rate("71.5%和[15.2%]", 15.2, "业务收入占全部快递收入", "share"),
    yz_points("比重下降[1.2个百分点]", -1.2, "同城快递业务量的比重",
              notes="与去年同期相比 a base, not a period: the paragraph's 1—10月"),
    yz_points("比重上升[0.2个百分点]", 0.2, "国际及港澳台快递业务量的比重"),
    yz_flow("日均投递量[2860万件]", 2860, "万件", "快递服务企业日均投递量", YZTITLE,
            notes=YZT),
    yz_rate("比重为[21.4%]", 21.4, "农村地区快递业务量占全省的比重", "share", YZTITLE),
    yz_points("提高[0.9个百分点]", 0.9, "农村地区快递业务量占全省的比重", YZTITLE),
    yz_rate("全国快递业务量的比重为[5.7%]", 5.7, "快递业务量占全国快递业务量的比重", "share"),
    row("居全国[第4位]", 4, "位", "位", "快递业务量占全国快递业务量的比重", "rank", YZ10,
        notes="a rank right after a share ranks the share"),
    # 三、各市快递业务情况
    yz_rate("比重达到[62.5%]", 62.5, "快递业务量占全省快递业务量的比重", "share", qual="reach",
            qtext="达到", notes="排名前五 a class; the part is the five listed; 其 and 合计 frame "
            "words (as h80's 合计占诉求总量)"),
    yz_rate("比重为[66.1%]", 66.1, "业务收入占全省快递业务收入的比重", "share"),
    yz_rate("宿迁快递业务量同比增长[21.3%]", 21.3, "快递业务量", subject="宿迁"),
    row("居全省[第一]", 1, None, "位", "快递业务量增速", "rank", YZ10, subject="宿迁",
        notes="a rank after a growth rate ranks the growth (增速 written)"),
    *yz_table_rows(),
    # 四、邮政服务情况
    yz_flow("寄递服务业务量完成[7560万件]", 7560, "万件", "邮政寄递服务业务量"),
    yz_rate("7560万件，同比增长[1.8%]", 1.8, "邮政寄递服务业务量", period=YZOCT),
    yz_flow("函件业务量[860万件]", 860, "万件", "函件业务量", notes="其中 a frame word"),
    yz_rate("同比下降[12.4%]", -12.4, "函件业务量", period=YZOCT),
    yz_flow("包裹业务量[42.6万件]", 42.6, "万件", "包裹业务量"),
    yz_rate("42.6万件，同比增长[5.3%]", 5.3, "包裹业务量", period=YZOCT),
    yz_flow("订销报纸业务[1.46亿份]", 1.46, "亿份", "订销报纸业务"),
    yz_rate("同比下降[3.1%]", -3.1, "订销报纸业务", period=YZOCT),
    row("营业场所[1986处]", 1986, "处", "处", "邮政普遍服务营业场所", "count_total", YZOCT,
        notes="a stock; the paragraph's 10月份 (its own sentence names no time)"),
    yz_rate("通邮率保持[100%]", 100, "建制村直接通邮率", "share", YZOCT),
    # 五、消费者申诉情况
    yz_flow("消费者申诉[1.32万件]", 1.32, "万件", "处理消费者申诉",
            notes="处理 a flow verb governing the count; 12305 a hotline's name; 共 a frame word"),
    yz_rate("环比下降[6.8%]", -6.8, "处理消费者申诉", period=YZOCT),
    yz_flow("有效申诉[426件]", 426, "件", "有效申诉"),
    row("快递业务量[0.42件]", 0.42, "件", "件", "有效申诉率", "share", YZOCT,
        notes="a rate per 百万件 (每百万件 the base, as h82's 每公斤; 百万 no multiplier)"),
]

# ---------------------------------------------------------------------------------------------
# h84: 厦门市疾病预防控制中心's monthly notifiable infectious disease report, 2025年10月 (发布日期：
# 2025-11-12; home 厦门, 全市): 2025年10月1日0时至10月31日24时 共报告 N种 N例 (种: diseases that
# occurred, count_total; 例 a flow, actual), 死亡 人, 报告发病率 N/10万 (unit 1/10万, share, as
# h27's), the base 2024年末常住人口 (a stock), 较上月 / 较去年同期 changes, 乙类 / 丙类 shares; 甲类
# none; paragraphs of 乙类 / 丙类 with no time expression (the title's 2025年10月): 报告死亡率,
# 居前五位 (a class) with 占…总数的, diseases' 例 (a bracketed （176例）), 登革热 with 境外输入 /
# 本地, 白喉等11种 (a count after 等: scored), 丙类 居前三位 in a 分别 list, 以5岁以下儿童为主，占N%
# (X占比); a text table 表1 (发病数（例） / 发病率（/10万） / 较上月增减（%） / 较去年同期增减（%）,
# each cell named by its row's disease, the rate X发病率); 第44周（10月27日—11月2日） ILI% with
# 前一周的 / 去年同期的 levels (dated by them), 哨点医院 报告 例 with 较前一周, 0—4岁年龄组占, 标本
# 份 / 阳性 份 / 阳性率, 甲型H3N2亚型 占; 10月份 突发公共卫生事件 起 and 累计发病 (a running total
# in the month: count_total); 截至10月31日 接种门诊 家 (a stock) and 累计接种 万剂次 (a stock built
# to date: a point) with 比去年同期多接种 (actual). Traps: 0时 / 24时, 【打印】【关闭】, 一、…四、,
# 表1, 前五位 / 前三位, 5岁以下, 0—4岁, 60岁及以上, 6月龄至5岁, H3N2, 第44周, 预计11月, 注：1. 2.,
# 0592- phone, 8:00—17:30; borderline 8家 哨点医院 (the surveillance sample's size, as h82's 172家).
JK = "h84_xiamen_cdc_notifiable_diseases_oct_2025.txt"
JKMON = P("2025年10月1日0时至10月31日24时", "2025-10-01", "2025-10-31")
JKTITLE = P("2025年10月", "2025-10-01", "2025-10-31")
JKOCT = P("10月份", "2025-10-01", "2025-10-31")
JKW44 = P("第44周", "2025-10-27", "2025-11-02")
JKEND = P("截至10月31日", "2025-10-31", "2025-10-31")
JKT = "no time expression in its paragraph or heading: the title's 2025年10月"
PER100K = ("/10万", "1/10万")


def jk_cases(anchor, value, indicator, period=JKTITLE, unit_raw="例", kind="actual", **kw):
    unit = unit_raw.removeprefix("万")  # 万剂次 -> 剂次 (as 万人次 -> 人次)
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def jk_rate(anchor, value, indicator, kind="share", period=JKTITLE, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def jk_per100k(anchor, value, indicator, period=JKTITLE, **kw):
    return row(anchor, value, *PER100K, indicator, "share", period, norm=value, **kw)


JK_TABLE = (("流行性感冒", 2315, 42.93, 126.4, 35.2),
            ("其他感染性腹泻病", 1208, 22.40, -21.7, -4.6),
            ("手足口病", 641, 11.89, -58.3, -12.1), ("病毒性肝炎", 218, 4.04, -5.2, 3.8),
            ("梅毒", 156, 2.89, 9.9, -1.3), ("肺结核", 97, 1.80, -7.6, -10.2))


def jk_table_rows() -> list[dict]:
    """表1: four cells a line, named by the row's disease (the rate 'X发病率'), dated by the
    table's title (2025年10月); the changes are the cases' (较上月 / 较去年同期: growth_rate)."""
    out = []
    for disease, cases, rate, mom, yoy in JK_TABLE:
        out += [
            row(col_cell(JK, disease, 1), cases, "例", "例", disease, "actual", JKTITLE,
                notes="table cell: the row's disease; unit in the column head"),
            row(col_cell(JK, disease, 2), rate, *PER100K, disease + "发病率", "share", JKTITLE,
                norm=rate),
            row(col_cell(JK, disease, 3), mom, "%", "%", disease, "growth_rate", JKTITLE,
                notes="较上月增减（%）: month on month, signed"),
            row(col_cell(JK, disease, 4), yoy, "%", "%", disease, "growth_rate", JKTITLE,
                notes="较去年同期增减（%）: year on year, signed"),
        ]
    return out


LABELS[JK] = [
    # 一、全市法定传染病疫情概况
    jk_cases("法定传染病[13种]4862例", 13, "报告法定传染病", JKMON, unit_raw="种",
             kind="count_total", notes="the diseases that occurred (members of a group that "
             "qualified: count_total, session 20); 全市 the home; 0时 / 24时 times of day"),
    jk_cases("13种[4862例]", 4862, "报告法定传染病", JKMON),
    jk_cases("4862例，死亡[3人]", 3, "死亡", JKMON, unit_raw="人"),
    jk_per100k("报告发病率为[90.15/10万]", 90.15, "报告发病率", JKMON),
    row("常住人口[539.3万人]", 539.3, "万人", "人", "常住人口", "count_total",
        P("2024年末", "2024-12-31", "2024-12-31"), notes="the rate's base: a stock at its date"),
    jk_rate("报告病例数减少[18.6%]", -18.6, "报告病例数", "growth_rate", JKMON,
            notes="与上月相比 a base, not a period"),
    jk_rate("报告病例数增加[7.4%]", 7.4, "报告病例数", "growth_rate", JKMON),
    jk_rate("报告病例总数的[12.6%]", 12.6, "乙类传染病占报告病例总数", period=JKMON,
            notes="a 分别 list: the classes share the last item's head (传染病)"),
    jk_rate("12.6%和[87.4%]", 87.4, "丙类传染病占报告病例总数", period=JKMON),
    # 乙类 (its own paragraph, no time expression: the title's month)
    jk_cases("共报告[9种]612例", 9, "乙类传染病", unit_raw="种", kind="count_total", notes=JKT),
    jk_cases("9种[612例]", 612, "乙类传染病"),
    jk_cases("612例，死亡[3人]", 3, "死亡", unit_raw="人"),
    jk_per100k("报告发病率为[11.35/10万]", 11.35, "报告发病率"),
    jk_per100k("报告死亡率为[0.06/10万]", 0.06, "报告死亡率"),
    jk_rate("占乙类传染病报告病例总数的[96.1%]", 96.1, "占乙类传染病报告病例总数",
            notes="居前五位 a class; the part is the five listed, named by its clause (as h80's "
            "占诉求总量)"),
    jk_cases("病毒性肝炎[218例]", 218, "病毒性肝炎", notes="其中 a frame word"),
    jk_cases("乙型肝炎为主（[176例]）", 176, "乙型肝炎"),
    jk_cases("梅毒[156例]", 156, "梅毒"),
    jk_rate("较上月增加[9.9%]", 9.9, "梅毒", "growth_rate"),
    jk_cases("肺结核[97例]", 97, "肺结核"),
    jk_cases("登革热报告[12例]", 12, "登革热"),
    jk_cases("境外输入病例[9例]", 9, "境外输入病例"),
    jk_cases("本地病例[3例]", 3, "本地病例"),
    jk_cases("死亡[3例]均为", 3, "死亡"),
    jk_cases("白喉等[11种]", 11, "乙类传染病无发病报告", unit_raw="种", kind="count_total",
             notes="a count after 等 adds information (scored); doer + deed in order (session "
             "20); members that qualified: count_total"),
    # 丙类
    jk_cases("共报告[4种]4250例", 4, "丙类传染病", unit_raw="种", kind="count_total"),
    jk_cases("4种[4250例]", 4250, "丙类传染病"),
    jk_per100k("报告发病率为[78.81/10万]", 78.81, "报告发病率"),
    jk_cases("分别为[2315例]", 2315, "流行性感冒", notes="居前三位 a class; a 分别 list"),
    jk_cases("2315例、[1208例]和", 1208, "其他感染性腹泻病"),
    jk_cases("1208例和[641例]", 641, "手足口病"),
    jk_rate("病例总数的[98.0%]", 98.0, "占丙类传染病报告病例总数",
            notes="三者 and 合计 frame words; the part is the three listed"),
    jk_rate("占[86.9%]", 86.9, "5岁以下儿童占比",
            notes="以X为主，占N%: X占比 (as h69's 占N%); 5岁以下 a class's bound, no number"),
    # 二、表1
    *jk_table_rows(),
    # 三、流感监测情况 (第44周)
    row("全市[8家]", 8, "家", "家", "国家级流感监测哨点医院", "other", JKW44, borderline=True,
        notes="borderline: the surveillance sample's size (as h82's 172家)"),
    jk_rate("（ILI%）为[5.8%]", 5.8, "流感样病例（ILI）占门急诊病例总数的百分比", period=JKW44,
            notes="（ILI%） the measure's abbreviation, no part of the quote"),
    jk_rate("前一周的[4.9%]", 4.9, "流感样病例（ILI）占门急诊病例总数的百分比",
            period=P("前一周", "2025-10-20", "2025-10-26"),
            notes="a level of the week before, dated by it (as h82's 前一周 column)"),
    jk_rate("去年同期的[4.6%]", 4.6, "流感样病例（ILI）占门急诊病例总数的百分比",
            period=P("去年同期", "2024-10-28", "2024-11-03"),
            notes="2024's week 44 (as h82's 去年同期: the same week of the year before)"),
    jk_cases("流感样病例[8642例]", 8642, "哨点医院报告流感样病例", JKW44,
             notes="the agent the clause names is kept (session 20); 共 a frame word"),
    jk_rate("较前一周增加[21.5%]", 21.5, "哨点医院报告流感样病例", "growth_rate", JKW44),
    jk_rate("年龄组占[41.2%]", 41.2, "0—4岁年龄组占比", period=JKW44,
            notes="0—4岁 names the age group (no number)"),
    jk_cases("病例标本[412份]", 412, "网络实验室检测流感样病例标本", JKW44, unit_raw="份"),
    jk_cases("核酸阳性[158份]", 158, "流感病毒核酸阳性", JKW44, unit_raw="份"),
    jk_rate("阳性率为[38.3%]", 38.3, "阳性率", period=JKW44),
    jk_rate("占阳性标本的[82.9%]", 82.9, "甲型H3N2亚型占阳性标本", period=JKW44,
            notes="H3N2 a name"),
    # 10月份 突发公共卫生事件
    jk_cases("突发公共卫生事件[2起]", 2, "报告突发公共卫生事件", JKOCT, unit_raw="起"),
    jk_cases("累计发病[46例]", 46, "发病", JKOCT, kind="count_total",
             notes="累计 within the month: a running total over its span (session 18)"),
    # 四、风险提示 (截至10月31日)
    jk_cases("接种门诊[126家]", 126, "设置流感疫苗接种门诊", JKEND, unit_raw="家",
             kind="count_total", notes="a stock at the day; 共 a frame word"),
    jk_cases("流感疫苗[28.6万剂次]", 28.6, "接种流感疫苗", JKEND, unit_raw="万剂次",
             kind="count_total", notes="累计 with a 截至 day: a stock built to date, a point"),
    jk_cases("多接种[4.1万剂次]", 4.1, "接种流感疫苗", JKEND, unit_raw="万剂次",
             notes="an absolute change on the year before's same day: actual"),
]

# ---------------------------------------------------------------------------------------------
# h85: 证券时报网's report on 长沙银行's 2024 annual results (2025-03-29 09:15 under the headline; a
# company's text: no home, 长沙银行 / 该行 dropped from names): a headline (2024年净利润 亿元,
# 总资产突破万亿元: 万亿 with no digit, value 1); 报告期内 营业收入 / 归母净利润 with 同比,
# 每股收益, ROE with 个百分点; 截至2024年末 balances (资产总额, 存款 / 贷款余额: count_total) with
# 较年初 增长 % (growth_rate) / 增加 亿元 (actual), 首次突破1万亿元; 截至报告期末 不良贷款 余额 / 率
# with 较年初, 关注类贷款占比, 拨备覆盖率, 拨贷比; 资本充足率 ×3 with
# 较年初分别提高0.31个、0.22个和0.18个百分点 (the unit written once, on the last); 2024年 净息差
# with 同比收窄18个基点（BP）; 非利息净收入, 成本收入比; 利息净收入 / 手续费及佣金净收入, 普惠小微
# (the paragraph's 2024年); 目前 counts (市州, 县（市）, 网点, 员工); 截至2024年末 县域存款 /
# 科技型企业贷款 / 绿色贷款 / 零售客户 / AUM; the dividend plan (拟: undated targets, as h52's); a
# rank in 《银行家》's list and its change 上升12位; 截至报告期末 holdings (持股比例); 2025年 plans
# (不低于 / 以上 / 不超过); an analyst's 5%以上 (2024's growth) and forecasts (预计2025年 / 全年:
# targets); 3月28日 close 元/股, 总市值, 今年以来累计上涨, 市净率. Traps: 601577, 3月28日晚间,
# 09:15, 作者, 每10股, 含税, 1000强, 前十大, 第一大股东, LPR, (BP), 3月31日（周一）15:00至16:30,
# 2024年度业绩说明会, 责任编辑.
CSB = "h85_changsha_bank_annual_results_2024.txt"
CSBREP = P("报告期内", "2024-01-01", "2024-12-31")
CSBEND = P("截至2024年末", "2024-12-31", "2024-12-31")
CSBENDR = P("截至报告期末", "2024-12-31", "2024-12-31")
CSB24 = P("2024年", "2024-01-01", "2024-12-31")
CSBNOW = P("目前", "2025-03-29", "2025-03-29")
CSB25 = P("2025年", "2025-01-01", "2025-12-31")
CSBCLOSE = P("3月28日", "2025-03-28", "2025-03-28")
CSBT = "no time expression in its paragraph: the headline's 2024年 (as h52's title)"


def csb_yi(anchor, value, indicator, kind="count_total", period=CSBEND, **kw):
    """An amount in 亿元: a balance at the period's end unless said otherwise."""
    return row(anchor, value, "亿元", "元", indicator, kind, period, **kw)


def csb_pct(anchor, value, indicator, kind="share", period=CSBEND, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def csb_pts(anchor, value, indicator, period=CSBENDR, unit_raw="个百分点", **kw):
    return row(anchor, value, unit_raw, "百分点", indicator, "growth_rate", period, **kw)


LABELS[CSB] = [
    # the headline
    csb_yi("长沙银行2024年净利润[78.6亿元]", 78.6, "净利润", "actual", CSB24,
           notes="the headline's own 2024年; the bank's name dropped (as 公司 in h52)"),
    row("总资产[突破万亿元]", 1, "万亿元", "元", "总资产", "count_total", CSB24, "break_through",
        "突破", notes="万亿 with no digit: value 1 (as h14's 破千亿元, 1000 亿元); the headline's "
        "2024年 (earlier in its line)"),
    # 报告期内
    csb_yi("营业收入[262.4亿元]", 262.4, "营业收入", "actual", CSBREP,
           notes="实现 a verb of reporting, dropped"),
    csb_pct("262.4亿元，同比增长[5.1%]", 5.1, "营业收入", "growth_rate", CSBREP),
    csb_yi("股东的净利润[78.6亿元]", 78.6, "归属于母公司股东的净利润", "actual", CSBREP),
    csb_pct("78.6亿元，同比增长[4.9%]", 4.9, "归属于母公司股东的净利润", "growth_rate", CSBREP),
    row("每股收益[1.86元]", 1.86, "元", "元", "基本每股收益", "actual", CSBREP),
    csb_pct("收益率为[11.26%]", 11.26, "加权平均净资产收益率", period=CSBREP),
    csb_pts("同比下降[0.58个百分点]", -0.58, "加权平均净资产收益率", CSBREP),
    # 规模 (截至2024年末)
    csb_yi("资产总额[11536.8亿元]", 11536.8, "资产总额"),
    csb_pct("较年初增长[12.8%]", 12.8, "资产总额", "growth_rate"),
    row("首次突破[1万亿元]", 1, "万亿元", "元", "总资产", "count_total", CSBEND, "break_through",
        "突破", notes="首次 an ordinal word, no number"),
    csb_yi("存款余额[7986.3亿元]", 7986.3, "各项存款余额"),
    csb_yi("较年初增加[826.5亿元]", 826.5, "各项存款余额", "actual",
           notes="a balance's change over the year: actual (as h52's 较年初减少)"),
    csb_pct("826.5亿元，增长[11.5%]", 11.5, "各项存款余额", "growth_rate"),
    csb_yi("贷款余额[5912.7亿元]", 5912.7, "各项贷款余额"),
    csb_pct("较年初增长[10.9%]", 10.9, "各项贷款余额", "growth_rate"),
    csb_yi("个人贷款余额[2268.4亿元]", 2268.4, "个人贷款余额", notes="其中 a frame word"),
    csb_pct("占贷款总额的[38.4%]", 38.4, "个人贷款余额占贷款总额"),
    # 资产质量 (截至报告期末)
    csb_yi("不良贷款余额[69.2亿元]", 69.2, "不良贷款余额", period=CSBENDR),
    csb_pct("不良贷款率[1.17%]", 1.17, "不良贷款率", period=CSBENDR),
    csb_pts("较年初下降[0.04个百分点]", -0.04, "不良贷款率"),
    csb_pct("关注类贷款占比[2.03%]", 2.03, "关注类贷款占比", period=CSBENDR),
    csb_pct("拨备覆盖率[311.6%]", 311.6, "拨备覆盖率", period=CSBENDR),
    csb_pts("较年初提高[4.9个百分点]", 4.9, "拨备覆盖率"),
    csb_pct("拨贷比[3.65%]", 3.65, "拨贷比", period=CSBENDR),
    # 资本 (no time expression: the headline's 2024年)
    csb_pct("该行资本充足率为[13.52%]", 13.52, "资本充足率", period=CSB24, notes=CSBT),
    csb_pct("一级资本充足率为[11.08%]", 11.08, "一级资本充足率", period=CSB24),
    csb_pct("核心一级资本充足率为[9.89%]", 9.89, "核心一级资本充足率", period=CSB24),
    csb_pts("分别提高[0.31个]", 0.31, "资本充足率", CSB24,
            notes="a 分别 list whose unit (个百分点) is written once, after the last item"),
    csb_pts("0.31个、[0.22个]和", 0.22, "一级资本充足率", CSB24),
    csb_pts("0.22个和[0.18个百分点]", 0.18, "核心一级资本充足率", CSB24),
    # 净息差 (2024年)
    csb_pct("净息差为[2.08%]", 2.08, "净息差", period=CSB24, notes="LPR a name"),
    row("同比收窄[18个基点]", -18, "个基点", "基点", "净息差", "growth_rate", CSB24,
        notes="a change of a rate in basis points (as h22's: unit 基点); （BP） its abbreviation"),
    csb_yi("非利息净收入[41.3亿元]", 41.3, "非利息净收入", "actual", CSB24),
    csb_pct("41.3亿元，同比增长[17.6%]", 17.6, "非利息净收入", "growth_rate", CSB24),
    csb_pct("占营业收入的[15.7%]", 15.7, "非利息净收入占营业收入", period=CSB24),
    csb_pct("成本收入比为[30.4%]", 30.4, "成本收入比", period=CSB24),
    # 收入结构 (2024年)
    csb_yi("利息净收入[221.1亿元]", 221.1, "利息净收入", "actual", CSB24),
    csb_pct("221.1亿元，同比增长[2.9%]", 2.9, "利息净收入", "growth_rate", CSB24),
    csb_yi("佣金净收入[18.7亿元]", 18.7, "手续费及佣金净收入", "actual", CSB24),
    csb_pct("同比下降[6.2%]", -6.2, "手续费及佣金净收入", "growth_rate", CSB24),
    csb_yi("普惠小微贷款余额[612.4亿元]", 612.4, "普惠小微贷款余额", period=CSB24,
           notes="a balance in a paragraph whose only time expression is 2024年 (the cascade)"),
    csb_yi("较年初增加[73.6亿元]", 73.6, "普惠小微贷款余额", "actual", CSB24),
    row("贷款户数[4.3万户]", 4.3, "万户", "户", "普惠小微贷款户数", "count_total", CSB24),
    # 业务布局 (目前, then 截至2024年末)
    row("全省[14个]市州", 14, "个", "个", "市州设立分支机构", "count_total", CSBNOW,
        notes="doer + deed in order (session 20); 在 and 全省 (湖南, the bank's province; a "
        "company's text has no home and no subject for its own network) dropped"),
    row("全部[82个]县", 82, "个", "个", "县域支行覆盖县（市）", "count_total", CSBNOW,
        notes="全部 a frame word"),
    row("网点总数达到[371个]", 371, "个", "个", "营业网点总数", "count_total", CSBNOW, "reach",
        "达到"),
    row("员工总数[9216人]", 9216, "人", "人", "员工总数", "count_total", CSBNOW),
    csb_yi("县域存款余额[2461.2亿元]", 2461.2, "县域存款余额"),
    csb_pct("占全行存款的[30.8%]", 30.8, "县域存款余额占全行存款"),
    csb_yi("企业贷款余额[526.3亿元]", 526.3, "科技型企业贷款余额"),
    csb_pct("比上年末增长[28.6%]", 28.6, "科技型企业贷款余额", "growth_rate"),
    csb_yi("绿色贷款余额[487.5亿元]", 487.5, "绿色贷款余额"),
    csb_pct("487.5亿元，增长[24.1%]", 24.1, "绿色贷款余额", "growth_rate"),
    row("零售客户数达[1562万户]", 1562, "万户", "户", "零售客户数", "count_total", CSBEND,
        "reach", "达"),
    row("较年初新增[118万户]", 118, "万户", "户", "零售客户数", "actual", CSBEND,
        notes="a stock's change over the year: actual; named by the stock (as h52's 较年初减少)"),
    csb_yi("余额[5836.9亿元]", 5836.9, "管理零售客户资产（AUM）余额"),
    csb_pct("5836.9亿元，增长[9.8%]", 9.8, "管理零售客户资产（AUM）余额", "growth_rate"),
    # 分红 (拟: a plan, undated as h52's)
    row("现金红利[3.60元]", 3.60, "元", "元", "每10股派发现金红利", "target", NONE,
        notes="拟 a plan; 每10股 the base, no number; 含税 a note"),
    csb_yi("现金红利[约14.48亿元]", 14.48, "派发现金红利", "target", NONE, qual="about",
           qtext="约", notes="合计 a frame word"),
    csb_pct("普通股股东净利润的[18.42%]", 18.42, "派发现金红利占归属于母公司普通股股东净利润",
            "target", NONE, notes="as h52's 派发现金红利占归母净利润"),
    row("排名[第227位]", 227, "位", "位", "一级资本", "rank", CSB24,
        notes="按一级资本排名: what is ranked; the list's 2024年 (1000强 part of its name)"),
    row("较上年上升[12位]", 12, "位", "位", "一级资本", "growth_rate", CSB24,
        notes="a rank's change (上升: up the list), as written"),
    csb_pct("持股比例为[18.56%]", 18.56, "第一大股东长沙市财政局持股比例", period=CSBENDR,
            notes="as h52's 控股股东…持股比例"),
    csb_pct("合计持股比例为[51.87%]", 51.87, "前十大股东持股比例", period=CSBENDR,
            notes="合计 a frame word; 前十大 a class"),
    # 2025年 plans
    csb_yi("不低于[300亿元]", 300, "新增科技金融授信", "target", CSB25, qual="at_least",
           qtext="不低于"),
    csb_pct("提升至[32%以上]", 32, "县域存款占比", "target", CSB25, qual="at_least",
            qtext="以上"),
    csb_yi("不超过[60亿元]", 60, "发行二级资本债券", "target", CSB25, qual="at_most",
           qtext="不超过", notes="3月31日（周一）15:00至16:30 the results meeting's time: no "
           "metric"),
    # the analyst
    csb_pct("营收仍保持[5%以上]", 5, "营收", "growth_rate", CSB24, qual="at_least", qtext="以上",
            notes="2024's growth restated (the headline's year: nothing earlier in the "
            "paragraph)"),
    row("收窄至[10个基点以内]", 10, "个基点", "基点", "净息差降幅", "target", CSB25,
        "at_most", "以内", notes="预计: a forecast"),
    csb_pct("保持在[10%左右]", 10, "信贷增速", "target",
            P("全年", "2025-01-01", "2025-12-31"), qual="about", qtext="左右",
            notes="有望: a forecast; 全年 after 预计2025年"),
    # 二级市场 (3月28日)
    row("收报[9.12元/股]", 9.12, "元/股", "元/股", "股价", "actual", CSBCLOSE),
    csb_pct("上涨[0.55%]", 0.55, "股价", "growth_rate", CSBCLOSE),
    csb_yi("总市值[366.8亿元]", 366.8, "总市值", "actual", CSBCLOSE, notes="as h52's"),
    csb_pct("累计上涨[6.7%]", 6.7, "股价", "growth_rate",
            P("今年以来", "2025-01-01", "2025-03-29"),
            notes="X以来: X's start to the reference date; elliptic, named by the clause's "
            "stock (股价) as the 较年初 changes"),
    row("市净率[约0.46倍]", 0.46, "倍", "倍", "市净率", "actual", CSBCLOSE, "about", "约",
        notes="最新 a frame word; a realised valuation multiple (h52's analyst's 市盈率 was a "
        "forecast)"),
]


# ---------------------------------------------------------------------------------------------
# h86: 佛山市应急管理局's work-safety statistics release for 2025年1—9月 (发布时间 2025-10-20 16:00;
# home 佛山): 全市 共发生…起、死亡…人 with 同比分别下降 (a 分别 pair: 起数 then 死亡), 较大事故 with
# 持平 (no number), 亿元GDP生产安全事故死亡率 and 十万人 死亡率 (rates with no unit) with their
# changes, 第三季度 with 同比 / 环比分别, 9月份, sectors (道路运输 / 建筑施工 / 工矿商贸 / 其他领域:
# the sector is the agent of both counts of its clause) with 分别占全市总量的, 其中 涉及货车 /
# 电动自行车, 火灾 接报 起 with 亡人火灾 and 直接财产损失 万元, districts in 分别 lists
# (居全市前两位 a class, 降幅最大), 执法检查 家次 / 隐患 万项 / 整改率 / 立案处罚 宗 / 罚款 万元 /
# 家, 累计 场次 / 人次 (a running total of the paragraph's 1—9月), 第三季度 专项检查, cases dated by
# their day (time of day a trap, the district their subject), a 全年 goal 分别下降10%以上 (one
# number for a coordinated pair: one row), 11月30日前 1.2万家. Traps: 16:00, 浏览次数：1287, 双下降,
# 一起, 10时20分 / 23时40分, 连续120天 (a streak), “安全生产治本攻坚三年行动” (a plan's name),
# 前两位, 0757- phone, 2025年10月20日; borderline 三类 (totals its list). Paragraphs with no time
# expression ((二)–(四)) take the title's 2025年1—9月 (as h80's title quarter).
FS = "h86_foshan_work_safety_statistics_q3_2025.txt"
FS9 = P("1—9月", "2025-01-01", "2025-09-30")
FST = P("2025年1—9月", "2025-01-01", "2025-09-30")  # the title's span
FSQ3 = P("第三季度", "2025-07-01", "2025-09-30")
FSSEP = P("9月份", "2025-09-01", "2025-09-30")
FSY = P("全年", "2025-01-01", "2025-12-31")


def fs_count(anchor, value, unit, indicator, period=FS9, **kw):
    """A count of accidents, deaths, checks … in the period: a flow (actual)."""
    return row(anchor, value, unit, unit, indicator, "actual", period, **kw)


def fs_rate(anchor, value, indicator, period=FS9, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def fs_share(anchor, value, indicator, period=FS9, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


LABELS[FS] = [
    fs_count("各类生产安全事故[186起]", 186, "起", "发生各类生产安全事故"),
    fs_count("、死亡[143人]，同比", 143, "人", "死亡"),
    fs_rate("同比分别下降[14.7%]和11.2%", -14.7, "发生各类生产安全事故"),
    fs_rate("下降14.7%和[11.2%]", -11.2, "死亡"),
    fs_count("发生较大事故[2起]", 2, "起", "发生较大事故"),
    fs_count("死亡[7人]", 7, "人", "死亡"),
    row("死亡率为[0.0141]", 0.0141, None, None, "亿元GDP生产安全事故死亡率", "share", FS9),
    fs_rate("同比下降[13.5%]", -13.5, "亿元GDP生产安全事故死亡率"),
    row("死亡率为[0.61]", 0.61, None, None, "工矿商贸就业人员十万人生产安全事故死亡率", "share",
        FS9, notes="十万人 the rate's base, no figure"),
    row("同期下降[0.09]", -0.09, None, None, "工矿商贸就业人员十万人生产安全事故死亡率",
        "growth_rate", FS9),
    fs_count("生产安全事故[58起]", 58, "起", "发生生产安全事故", FSQ3),
    fs_count("死亡[46人]", 46, "人", "死亡", FSQ3),
    fs_rate("分别下降[9.4%]和", -9.4, "发生生产安全事故", FSQ3),
    fs_rate("9.4%和[6.1%]", -6.1, "死亡", FSQ3),
    fs_rate("环比分别下降[6.5%]", -6.5, "发生生产安全事故", FSQ3,
            notes="环比: against the second quarter, a rate of change"),
    fs_rate("6.5%和[4.2%]", -4.2, "死亡", FSQ3),
    fs_count("发生事故[17起]", 17, "起", "发生事故", FSSEP),
    fs_count("死亡[13人]", 13, "人", "死亡", FSSEP),
    fs_count("发生事故[121起]", 121, "起", "道路运输领域发生事故"),
    fs_count("死亡[97人]", 97, "人", "道路运输领域死亡",
             notes="the clause's agent (道路运输领域) names both of its counts"),
    fs_rate("分别下降[12.9%]", -12.9, "道路运输领域发生事故"),
    fs_rate("12.9%和[10.2%]", -10.2, "道路运输领域死亡"),
    fs_share("总量的[65.1%]", 65.1, "事故起数占全市总量"),
    fs_share("65.1%和[67.8%]", 67.8, "死亡人数占全市总量"),
    fs_count("涉及货车的事故[43起]", 43, "起", "涉及货车的事故"),
    fs_share("道路运输事故的[35.5%]", 35.5, "涉及货车的事故占道路运输事故"),
    fs_count("电动自行车的事故[38起]", 38, "起", "涉及电动自行车的事故"),
    fs_count("死亡[29人]", 29, "人", "涉及电动自行车的事故死亡"),
    fs_rate("分别上升[5.6%]", 5.6, "涉及电动自行车的事故"),
    fs_rate("5.6%和[3.6%]", 3.6, "涉及电动自行车的事故死亡"),
    fs_count("发生事故[24起]", 24, "起", "建筑施工领域发生事故", FST),
    fs_count("死亡[21人]", 21, "人", "建筑施工领域死亡", FST),
    fs_rate("分别下降[20.0%]", -20.0, "建筑施工领域发生事故", FST),
    fs_rate("20.0%和[16.0%]", -16.0, "建筑施工领域死亡", FST),
    fs_count("高处坠落事故[13起]", 13, "起", "高处坠落事故", FST),
    fs_share("事故起数的[54.2%]", 54.2, "高处坠落事故占建筑施工事故起数", FST),
    fs_count("发生事故[35起]", 35, "起", "工矿商贸领域发生事故", FST),
    fs_count("死亡[19人]", 19, "人", "工矿商贸领域死亡", FST),
    fs_rate("分别下降[18.6%]", -18.6, "工矿商贸领域发生事故", FST),
    fs_rate("18.6%和[13.6%]", -13.6, "工矿商贸领域死亡", FST),
    row("触电[三类]", 3, "类", "类", "事故", "count_total", FST, borderline=True,
        notes="borderline: totals the exhaustive list before it (机械伤害、物体打击、触电三类)"),
    fs_count("合计[22起]", 22, "起", "机械伤害、物体打击、触电三类事故", FST,
             notes="a coordinated list before the number is one name; 合计 a cue word"),
    fs_count("发生事故[6起]", 6, "起", "其他领域发生事故", FST,
             notes="水上交通、铁路交通等 examples of the list, dropped"),
    fs_count("死亡[6人]", 6, "人", "其他领域死亡", FST),
    fs_count("接报火灾[1,462起]", 1462, "起", "接报火灾"),
    fs_rate("同比下降[8.3%]", -8.3, "接报火灾"),
    fs_count("亡人火灾[4起]", 4, "起", "亡人火灾"),
    fs_count("死亡[5人]", 5, "人", "死亡"),
    row("直接财产损失[2,386.5万元]", 2386.5, "万元", "元", "直接财产损失", "actual", FS9),
    fs_share("火灾总数的[41.7%]", 41.7, "居民住宅火灾占火灾总数"),
    fs_count("电动自行车火灾[312起]", 312, "起", "电动自行车火灾"),
    fs_rate("同比上升[6.1%]", 6.1, "电动自行车火灾"),
    fs_count("分别为[52起]", 52, "起", "事故起数", subject="南海区",
             notes="居全市前两位 a class; the 分别 list pairs the districts with their figures"),
    fs_count("52起和[47起]", 47, "起", "事故起数", subject="顺德区"),
    fs_rate("分别下降[27.3%]", -27.3, "死亡人数", subject="三水区"),
    fs_rate("27.3%和[25.0%]", -25.0, "死亡人数", subject="高明区"),
    fs_count("执法检查[12,863家次]", 12863, "家次", "开展执法检查"),
    fs_rate("同比增长[15.2%]", 15.2, "开展执法检查"),
    row("事故隐患[4.72万项]", 4.72, "万项", "项", "查处各类事故隐患", "actual", FS9),
    row("已整改[4.58万项]", 4.58, "万项", "项", "整改", "actual", FS9),
    fs_share("整改率[97.0%]", 97.0, "整改率"),
    fs_count("立案处罚[1,136宗]", 1136, "宗", "立案处罚"),
    row("罚款[3,852.6万元]", 3852.6, "万元", "元", "罚款", "actual", FS9),
    fs_rate("同比增长[9.8%]", 9.8, "罚款"),
    fs_count("整顿企业[87家]", 87, "家", "责令停产停业整顿企业"),
    fs_count("关闭取缔[32家]", 32, "家", "提请关闭取缔"),
    row("培训活动[2,380场次]", 2380, "场次", "场次", "开展安全生产宣传培训活动", "count_total",
        FS9, notes="累计 in a paragraph of 1—9月: a running total over the span"),
    row("从业人员[18.6万人次]", 18.6, "万人次", "人次", "培训企业从业人员", "count_total", FS9,
        notes="the same 累计 governs both predicates"),
    fs_count("专项检查[4,217家次]", 4217, "家次", "开展专项检查", FSQ3,
             notes="围绕 governs the campaign (a plan's name), not the count: actual"),
    row("查处隐患[1.56万项]", 1.56, "万项", "项", "查处隐患", "actual", FSQ3),
    fs_count("造成[1人]死亡", 1, "人", "死亡", P("8月14日", "2025-08-14", "2025-08-14"),
             subject="顺德区", notes="10时20分 a time of day; 一起 the article"),
    row("直接经济损失[约156万元]", 156, "万元", "元", "直接经济损失", "actual",
        P("8月14日", "2025-08-14", "2025-08-14"), "about", "约", subject="顺德区"),
    fs_count("造成[3人]死亡", 3, "人", "死亡", P("9月3日", "2025-09-03", "2025-09-03"),
             subject="南海区"),
    fs_count("[2人]受伤", 2, "人", "受伤", P("9月3日", "2025-09-03", "2025-09-03"),
             subject="南海区"),
    row("分别下降[10%以上]", -10, "%", "%", "生产安全事故起数和死亡人数", "target", FSY,
        "at_least", "以上", notes="one number for both items of the pair: one row, named by both"),
    row("全市[1.2万家]重点企业", 1.2, "万家", "家", "重点企业", "target",
        P("11月30日前", "2025-11-30", "2025-11-30")),
]

# ---------------------------------------------------------------------------------------------
# h87: 經濟部統計處's monthly export orders release in Traditional script (114年10月, 發布日期
# 114年11月20日 = 2025-11-20; home 台湾): 外銷訂單金額 億美元 with 較上月 / 較上年同月, 累計1至10月
# (count_total), products 接單 with 年增 / 年減 (signed), 合計占外銷訂單比重 with 個百分點, 傳統貨品
# 合計, regions 來自美國 / 來自中國大陸及香港 (in the name, as h60's 對美國 / 自美國) and elliptic
# ones (歐洲86.1億美元: named by its own words, as h82's 羊肉), product by region, 海外生產比 with
# 個百分點, a 累計1至10月 section (its heading's 累計: count_total), a table printed as text (表1
# 114年1至10月, 金額 / 年增率 / 比重 columns, dated by its title; no 累計: actual, as h60's),
# 動向指數 (a level, no unit) with 點, 受訪廠商 預期 shares, 預估 11月 range 680億至720億美元 /
# 22.1%至29.3% (targets). Traps: 114年 (民國), 第114-11號, 創歷年單月新高 (a record, no number),
# 連續9個月, 連續第4個月, 分居前二位 (a class), 連續3個月, 114年12月22日 下午4時, 100% (a note),
# (02)2321-2200分機8521; borderline 續居第一大接單地區 (a rank fused into a name), 50以上 (a
# streak's bound).
TO = "h87_taiwan_moea_export_orders_oct_2025_trad.txt"
TO10 = P("10月", "2025-10-01", "2025-10-31")
TO110 = P("1至10月", "2025-01-01", "2025-10-31")
TOTAB = P("114年1至10月", "2025-01-01", "2025-10-31")
TO11 = P("11月", "2025-11-01", "2025-11-30")
TOTABLE = "table cell; unit in the column head, the period in the table's title"


def orders(anchor, value, indicator, period=TO10, kind="actual", **kw):
    return row(anchor, value, "億美元", "美元", indicator, kind, period, **kw)


def orders_growth(anchor, value, indicator, period=TO10, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def orders_points(anchor, value, indicator, period=TO10, **kw):
    return row(anchor, value, "個百分點", "百分点", indicator, "growth_rate", period, **kw)


def product_row(product: str, name: str, amount: str, growth: str, share: str) -> list[dict]:
    """One row of 表1: the product's orders, their growth and their share of all orders."""
    return [
        orders(f"{product}　[{amount}]", float(amount.replace(",", "")), f"{name}接单", TOTAB,
               notes=TOTABLE),
        orders_growth(f"{amount}　[{growth}]", float(growth), f"{name}接单", TOTAB,
                      notes=TOTABLE),
        row(f"{growth}　[{share}]", float(share), "%", "%", f"{name}接单比重", "share", TOTAB,
            notes=TOTABLE + " (比重: share of all orders)"),
    ]


LABELS[TO] = [
    orders("金額為[698.5億美元]", 698.5, "外销订单金额"),
    orders_growth("較上月增[4.3%]", 4.3, "外销订单金额", notes="較上月: month on month"),
    orders_growth("較上年同月增[31.6%]", 31.6, "外销订单金额"),
    orders("外銷訂單[6,012.8億美元]", 6012.8, "外销订单", TO110, kind="count_total"),
    orders_growth("同期增[21.4%]", 21.4, "外销订单", TO110),
    orders("資訊通信產品接單[279.6億美元]", 279.6, "资讯通信产品接单"),
    orders_growth("年增[48.9%]", 48.9, "资讯通信产品接单"),
    orders("電子產品接單[231.4億美元]", 231.4, "电子产品接单"),
    orders_growth("年增[35.2%]", 35.2, "电子产品接单"),
    orders("光學器材接單[19.8億美元]", 19.8, "光学器材接单"),
    orders_growth("年減[4.7%]", -4.7, "光学器材接单"),
    orders("基本金屬接單[21.3億美元]", 21.3, "基本金属接单"),
    orders_growth("年減[2.1%]", -2.1, "基本金属接单"),
    orders("塑橡膠製品接單[16.5億美元]", 16.5, "塑橡胶制品接单"),
    orders_growth("年減[6.8%]", -6.8, "塑橡胶制品接单"),
    orders("化學品接單[17.9億美元]", 17.9, "化学品接单"),
    orders_growth("年減[9.3%]", -9.3, "化学品接单", notes="連續第4個月 a streak"),
    orders("機械接單[22.6億美元]", 22.6, "机械接单"),
    orders_growth("年增[3.5%]", 3.5, "机械接单"),
    row("比重為[73.2%]", 73.2, "%", "%", "资讯通信产品及电子产品占外销订单比重", "share", TO10,
        notes="合計 a cue word"),
    orders_points("增加[6.5個百分點]", 6.5, "资讯通信产品及电子产品占外销订单比重"),
    orders("接單合計[119.4億美元]", 119.4, "传统货品接单"),
    orders_growth("年減[3.9%]", -3.9, "传统货品接单"),
    row("降至[17.1%]", 17.1, "%", "%", "传统货品接单占外销订单比重", "share", TO10),
    orders("10月來自美國接單[243.7億美元]", 243.7, "来自美国接单",
           notes="來自美國 part of the name, no subject (as h60's 對美國 / 自美國)"),
    orders_growth("年增[42.5%]", 42.5, "来自美国接单"),
    row("比重[34.9%]", 34.9, "%", "%", "来自美国接单占外销订单比重", "share", TO10),
    row("續居[第一大]", 1, None, "位", "来自美国接单", "rank", TO10, borderline=True,
        notes="borderline: a rank fused into a name (第一大接單地區, as h60's 第一大出口市場)"),
    orders("香港接單[158.2億美元]", 158.2, "来自中国大陆及香港接单"),
    orders_growth("年增[12.8%]", 12.8, "来自中国大陆及香港接单"),
    orders("歐洲[86.1億美元]", 86.1, "欧洲",
           notes="an elliptic clause names only its item (session 20: 华南地区, 羊肉)"),
    orders_growth("年增[18.4%]", 18.4, "欧洲"),
    orders("東協[80.3億美元]", 80.3, "东协"),
    orders_growth("年增[27.6%]", 27.6, "东协"),
    orders("日本[41.5億美元]", 41.5, "日本"),
    orders_growth("年減[1.9%]", -1.9, "日本"),
    orders("資訊通信產品來自美國接單[152.3億美元]", 152.3, "资讯通信产品来自美国接单"),
    orders_growth("年增[61.7%]", 61.7, "资讯通信产品来自美国接单"),
    orders("電子產品來自中國大陸及香港接單[78.9億美元]", 78.9, "电子产品来自中国大陆及香港接单"),
    orders_growth("年增[16.2%]", 16.2, "电子产品来自中国大陆及香港接单"),
    row("10月海外生產比為[47.3%]", 47.3, "%", "%", "海外生产比", "share", TO10),
    orders_points("減少[2.8個百分點]", -2.8, "海外生产比"),
    row("資訊通信產品海外生產比為[88.6%]", 88.6, "%", "%", "资讯通信产品海外生产比", "share", TO10),
    orders_points("減少[3.1個百分點]", -3.1, "资讯通信产品海外生产比"),
    row("電子產品海外生產比為[29.4%]", 29.4, "%", "%", "电子产品海外生产比", "share", TO10),
    orders_points("增加[1.2個百分點]", 1.2, "电子产品海外生产比"),
    orders("來自美國接單[1,923.5億美元]", 1923.5, "来自美国接单", TO110, kind="count_total",
           notes="the section heading 累計1至10月: a running total over the span"),
    orders_growth("年增[33.1%]", 33.1, "来自美国接单", TO110),
    row("比重[32.0%]", 32.0, "%", "%", "来自美国接单占外销订单比重", "share", TO110),
    orders("來自東協接單[712.6億美元]", 712.6, "来自东协接单", TO110, kind="count_total"),
    orders_growth("年增[19.8%]", 19.8, "来自东协接单", TO110),
    orders("來自歐洲接單[798.4億美元]", 798.4, "来自欧洲接单", TO110, kind="count_total"),
    orders_growth("年增[9.6%]", 9.6, "来自欧洲接单", TO110),
    *product_row("資訊通信產品", "资讯通信产品", "2,356.2", "38.7", "39.2"),
    *product_row("電子產品", "电子产品", "1,987.4", "24.9", "33.1"),
    *product_row("基本金屬", "基本金属", "218.7", "-3.4", "3.6"),
    *product_row("機械", "机械", "213.5", "1.8", "3.6"),
    *product_row("光學器材", "光学器材", "189.2", "-6.1", "3.1"),
    row("動向指數為[53.6]", 53.6, None, None, "外销订单动向指数", "actual", TO10,
        notes="an index's level, no unit (as h82's 200指数)"),
    row("上升[2.1點]", 2.1, "點", "点", "外销订单动向指数", "growth_rate", TO10),
    row("位於[50以上]", 50, None, None, "外销订单动向指数", "actual", TO10, "at_least", "以上",
        borderline=True, notes="borderline: the bound of a streak (連續3個月位於…以上)"),
    row("增加者占[38.2%]", 38.2, "%", "%", "受访厂商预期接单增加者占比", "share", TO10),
    row("減少者占[15.4%]", 15.4, "%", "%", "预期减少者占比", "share", TO10,
        notes="an elliptic clause: named by its own words"),
    orders("介於[680億至720億美元]", 680, "外销订单金额", TO11, kind="target", high=720,
           notes="預估: a forecast, target; a range with the magnitude on both ends (as h60)"),
    row("增加[22.1%至29.3%]", 22.1, "%", "%", "外销订单金额", "target", TO11, high=29.3),
]

# ---------------------------------------------------------------------------------------------
# h88: a 人民日报 评论员文章 on easing the burden of grassroots cadres (2025年11月24日 第04版,
# printed under the byline; a national text, home 全国): a few figures cited loosely among rhetoric
# — “十四五”时期 文件数量 比“十三五”时期减少近30%, 今年以来 督查检查考核事项 压减超过三分之一 (a
# fraction is a percentage), 近七成受访基层干部 (a share of respondents), 超过60%的受访者, 表格
# 由156张精简至23张 (levels of a stock after an event: undated), 社区工作者队伍 五年间翻了一番 (one
# doubling, value as written; 五年间 kept as text, its years unknowable as 近年来), 今年前三季度
# 超过1.2万个乡镇（街道）完成… (members that qualified: count_total) and 覆盖率达到三分之二以上,
# 一票否决 事项 已压减四成以上 (undated). Not metrics: 一分部署，九分落实, 二十届四中全会, “十五五”,
# 两个确立 / 四个意识 / 四个自信 / 两个维护, 三番五次, 一个数据, 千条线 / 一根针, 第一线 / 一线,
# 最后一公里, 数以万计 (no figure), 百万级 (a class), 一表通, 四下基层, 三个区分开来, 一刀切 /
# 一票否决, 十个指头, 第一时间, 千方百计, 一张蓝图, 一茬, 2025年11月24日, 第04版. Borderline:
# 31个省区市 (the survey's scope), 七八个会议 (an anecdote), 1个月内 (a deadline demanded in
# rhetoric: the set labels a notice's 内 deadlines `other`, the brief takes it for rhetoric;
# don't-care).
PD = "h88_peoples_daily_commentary_grassroots_burden_2025.txt"
PDY = P("今年以来", "2025-01-01", "2025-11-24")
PDQ = P("今年前三季度", "2025-01-01", "2025-09-30")
LABELS[PD] = [
    row("时期减少[近30%]", -30, "%", "%", "中央层面印发的文件数量", "growth_rate",
        P("“十四五”时期", "2021-01-01", "2025-12-31"), "nearly", "近",
        notes="比“十三五”时期 the base"),
    row("压减[超过三分之一]", -100 / 3, "分之", "%", "督查检查考核事项", "growth_rate", PDY,
        "over", "超过", notes="a fraction is a percentage (as h14); 一些地方 no place"),
    row("全国[31个]省区市", 31, "个", "个", "省区市", "count_total", PDY, borderline=True,
        notes="borderline: the survey's scope (as h82's 172家, a sample's size)"),
    row("[近七成]受访", 70, "成", "%", "受访基层干部认为负担有所减轻", "share", PDY, "nearly",
        "近", notes="doer + deed in the sentence's order"),
    row("[超过60%]的受访者", 60, "%", "%", "受访者表示有更多时间下村入户", "share", PDY, "over",
        "超过"),
    row("由[156张]精简", 156, "张", "张", "村级需要填报的表格", "count_total", NONE,
        notes="a stock's level before an event (推行“一表通”后), undated; 某省 no place"),
    row("精简至[23张]", 23, "张", "张", "村级需要填报的表格", "count_total", NONE),
    row("五年间[翻了一番]", 1, "番", "番", "社区工作者队伍", "growth_rate",
        P("五年间", None, None), notes="one doubling, value as written (as h14's 翻一番); "
        "百万级 a class"),
    row("参加[七八个]会议", 7, "个", "个", "会议", "actual", NONE, high=8, borderline=True,
        notes="borderline: an anecdote's loose count"),
    row("在[1个月]内", 1, "个月", "月", "整改到位", "target", NONE, "at_most", "内",
        borderline=True, notes="borderline: a deadline demanded in rhetoric"),
    row("已有[超过1.2万个]乡镇", 1.2, "万个", "个", "乡镇（街道）完成履行职责事项清单编制",
        "count_total", PDQ, "over", "超过",
        notes="members that qualified (session 20: count_total); doer + deed in order"),
    row("覆盖率[达到三分之二以上]", 200 / 3, "分之", "%", "覆盖率", "share", PDQ, "at_least",
        "达到…以上"),
    row("已压减[四成以上]", -40, "成", "%", "“一票否决”和签订责任状事项", "growth_rate", NONE,
        "at_least", "以上", notes="全国 the home; no time expression in the paragraph"),
]


# ---------------------------------------------------------------------------------------------
# Round 29 (blind, labelled by reading before the extractor ran). h89: 国家税务总局浙江省税务局's
# press release on 1—10月 tax revenue and relief (发布时间 2025-11-18 10:30; home 浙江):
# 组织税费收入 with 其中 税收 / 社保费, 分税种 (增值税, 企业所得税, 个人所得税 with 占比 and a
# 较上年同期提高…个百分点 in its growth), 10月当月, 分行业, 分地区 (杭州、 宁波、温州 前三: a class,
# their 合计 share named with the list), 新增减税降费及退税缓费 with 其中, 留抵退税 (累计 with no
# date of its own in its paragraph: the section's 1—10月, count_total), 10月份 受理 / 平均办理时长,
# 出口退税 惠及 户, 小微 / 个体工商户 beneficiaries (flows of the span), 研发费用 加计扣除, 社保
# 参保人数 截至10月底 (stocks), 2024年度 A级 credit count with its change in 户, 前三季度 service
# figures (12366 热线 来电 通), 数电发票 截至10月31日, the spokesman's 预计全年 (target), a table by
# tax kind (单位 in its title; cells take the table's 1—10月). Traps: 2025年第3号公告, 12366 (×3),
# 10:30, 浏览次数：2356, 前三, 3个工作日以内 (a realised time, at_most), 注 on rounding.
ZJ_TAX = "h89_zhejiang_tax_revenue_relief_oct_2025.txt"
ZJ10 = P("1—10月", "2025-01-01", "2025-10-31")
ZJOCT = P("10月当月", "2025-10-01", "2025-10-31")
ZJOCT2 = P("10月份", "2025-10-01", "2025-10-31")
ZJEND = P("截至10月底", "2025-10-31", "2025-10-31")
ZJQ3 = P("前三季度", "2025-01-01", "2025-09-30")
ZJ2024 = P("2024年度", "2024-01-01", "2024-12-31")
ZJ31 = P("截至10月31日", "2025-10-31", "2025-10-31")
ZJTEN = P("前10个月", "2025-01-01", "2025-10-31")
ZJYEAR = P("全年", "2025-01-01", "2025-12-31")


def zj_yuan(anchor, value, unit_raw, indicator, kind="actual", period=ZJ10, **kw):
    """An amount of tax or relief in 亿元 (a flow of the span unless 累计 / 截至)."""
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


def zj_pct(anchor, value, indicator, kind="growth_rate", period=ZJ10, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def zj_cell(head, number, value, indicator, kind):
    unit_raw, unit = ("亿元", "元") if kind == "actual" else ("%", "%")
    return row(table_cell(ZJ_TAX, head, number), value, unit_raw, unit, indicator, kind, ZJ10,
               notes="table cell; unit in the table's title (单位：亿元，%)")


LABELS[ZJ_TAX] = [
    zj_yuan("组织税费收入[12486.3亿元]", 12486.3, "亿元", "组织税费收入",
            notes="税务部门: " + AGENT25),
    zj_pct("同比增长[3.8%]", 3.8, "组织税费收入"),
    zj_yuan("税收收入[9127.5亿元]", 9127.5, "亿元", "税收收入"),
    zj_pct("同比增长[2.9%]", 2.9, "税收收入"),
    zj_yuan("社保费收入[3012.4亿元]", 3012.4, "亿元", "社保费收入"),
    zj_pct("同比增长[6.7%]", 6.7, "社保费收入"),
    zj_yuan("国内增值税完成[3954.2亿元]", 3954.2, "亿元", "国内增值税"),
    zj_pct("同比增长[4.1%]，占", 4.1, "国内增值税"),
    zj_pct("占税收收入的[43.3%]", 43.3, "国内增值税占税收收入", "share"),
    zj_yuan("企业所得税完成[2216.8亿元]", 2216.8, "亿元", "企业所得税"),
    zj_pct("同比下降[1.2%]", -1.2, "企业所得税"),
    zj_pct("占比[24.3%]", 24.3, "企业所得税占比", "share"),
    zj_yuan("个人所得税完成[1108.6亿元]", 1108.6, "亿元", "个人所得税"),
    zj_pct("同比增长[7.5%]，较", 7.5, "个人所得税"),
    row("较上年同期提高[2.3个百分点]", 2.3, "个百分点", "百分点", "个人所得税增速", "growth_rate",
        ZJ10, notes="the growth rate's own change against last year's"),
    zj_yuan("组织税收收入[742.1亿元]", 742.1, "亿元", "组织税收收入", period=ZJOCT),
    zj_pct("同比增长[5.2%]", 5.2, "组织税收收入", period=ZJOCT),
    zj_yuan("制造业税收收入[3486.5亿元]", 3486.5, "亿元", "制造业税收收入"),
    zj_pct("同比增长[5.9%]", 5.9, "制造业税收收入"),
    zj_pct("全部税收的[38.2%]", 38.2, "制造业税收收入占全部税收", "share"),
    zj_pct("高技术制造业税收同比增长[12.6%]", 12.6, "高技术制造业税收"),
    zj_yuan("批发和零售业税收收入[1268.4亿元]", 1268.4, "亿元", "批发和零售业税收收入"),
    zj_pct("同比增长[3.1%]", 3.1, "批发和零售业税收收入"),
    zj_yuan("房地产业税收收入[715.3亿元]", 715.3, "亿元", "房地产业税收收入"),
    zj_pct("同比下降[11.8%]", -11.8, "房地产业税收收入"),
    zj_pct("合计占全省的[61.4%]", 61.4, "杭州、宁波、温州税收收入占全省", "share",
           notes="a list of places closing on a class (前三): part of the name, no subject"),
    zj_yuan("退税缓费[1328.7亿元]", 1328.7, "亿元", "新增减税降费及退税缓费"),
    zj_yuan("减税降费及退税[641.5亿元]", 641.5, "亿元", "支持科技创新和制造业发展的减税降费及退税"),
    zj_pct("占[48.3%]", 48.3, "支持科技创新和制造业发展的减税降费及退税占比", "share"),
    row("累计为[2.86万户]", 2.86, "万户", "户", "纳税人", "count_total", ZJ10,
        notes="累计 with no date in its paragraph: the section's 1—10月 (a running total of a "
        "flow); the beneficiaries after 为 named by their noun (session 23)"),
    zj_yuan("增值税留抵退税[416.2亿元]", 416.2, "亿元", "办理增值税留抵退税", "count_total",
            notes="为…纳税人 a beneficiary, dropped; the deed 办理 kept (session 23)"),
    zj_yuan("获得退税[198.4亿元]", 198.4, "亿元", "制造业企业获得退税", "count_total"),
    row("受理留抵退税申请[1286户]", 1286, "户", "户", "受理留抵退税申请", "actual", ZJOCT2),
    row("平均办理时长为[1.5个工作日]", 1.5, "个工作日", "工作日", "平均办理时长", "actual", ZJOCT2),
    zj_yuan("办理出口退税[1562.3亿元]", 1562.3, "亿元", "办理出口退税"),
    zj_pct("同比增长[9.4%]", 9.4, "办理出口退税"),
    row("惠及外贸企业[4.37万户]", 4.37, "万户", "户", "惠及外贸企业", "actual", ZJ10),
    row("压缩至[3个工作日以内]", 3, "个工作日", "工作日", "正常出口退税平均办理时间", "actual",
        ZJ10,
        "at_most", "以内"),
    row("的纳税人达[236.5万户]", 236.5, "万户", "户", "享受小规模纳税人减征增值税政策的纳税人",
        "actual", ZJ10, "reach", "达"),
    zj_yuan("新增减税[89.6亿元]", 89.6, "亿元", "新增减税"),
    row("政策惠及[182.3万户]", 182.3, "万户", "户", "个体工商户减半征收个人所得税政策惠及",
        "actual", ZJ10),
    zj_yuan("减税[27.4亿元]", 27.4, "亿元", "减税"),
    row("惠及企业[6.12万户]", 6.12, "万户", "户", "研发费用加计扣除政策惠及企业", "actual", ZJ10),
    zj_yuan("减免税额[527.3亿元]", 527.3, "亿元", "减免税额"),
    zj_pct("同比增长[11.2%]", 11.2, "减免税额"),
    zj_yuan("合计[38.5亿元]", 38.5, "亿元", "减征失业保险费和工伤保险费",
            notes="the beneficiary 为参保单位 dropped (session 20)"),
    row("参保人数达到[3215.6万人]", 3215.6, "万人", "人", "企业职工基本养老保险参保人数",
        "count_total", ZJEND, "reach", "达到"),
    row("参保人数为[2418.3万人]", 2418.3, "万人", "人", "城乡居民基本医疗保险参保人数",
        "count_total", ZJEND),
    row("A级纳税人共有[28.6万户]", 28.6, "万户", "户", "纳税缴费信用评价A级纳税人", "count_total",
        ZJ2024, notes="2025年第3号公告 a document number"),
    row("比上年增加[1.9万户]", 1.9, "万户", "户", "纳税缴费信用评价A级纳税人", "actual", ZJ2024,
        notes="a change in a count's level (as 比上年同期降低189小时)"),
    zj_pct("占比达到[96.8%]", 96.8, "“非接触式”办税缴费事项占比", "share", ZJQ3, qual="reach",
           qtext="达到"),
    row("共接听来电[312.5万通]", 312.5, "万通", "通", "12366纳税缴费服务热线接听来电", "actual",
        ZJQ3),
    zj_pct("一次性解答率为[93.7%]", 93.7, "一次性解答率", "share", ZJQ3),
    row("已有[412.8万户]", 412.8, "万户", "户", "纳税人使用数电发票", "count_total", ZJ31),
    row("累计开具数电发票[18.2亿份]", 18.2, "亿份", "份", "开具数电发票", "count_total", ZJTEN),
    zj_yuan("将超过[1600亿元]", 1600, "亿元", "新增减税降费及退税缓费", "target", ZJYEAR,
            qual="over", qtext="超过", notes="预计: a forecast (target)"),
    zj_cell("国内增值税", "3954.2", 3954.2, "国内增值税", "actual"),
    zj_cell("国内增值税", "4.1", 4.1, "国内增值税", "growth_rate"),
    zj_cell("企业所得税", "2216.8", 2216.8, "企业所得税", "actual"),
    zj_cell("企业所得税", "-1.2", -1.2, "企业所得税", "growth_rate"),
    zj_cell("个人所得税", "1108.6", 1108.6, "个人所得税", "actual"),
    zj_cell("个人所得税", "7.5", 7.5, "个人所得税", "growth_rate"),
    zj_cell("土地增值税", "402.7", 402.7, "土地增值税", "actual"),
    zj_cell("土地增值税", "-8.6", -8.6, "土地增值税", "growth_rate"),
    zj_cell("契税", "356.9", 356.9, "契税", "actual"),
    zj_cell("契税", "-3.4", -3.4, "契税", "growth_rate"),
]

# h90: 国务院国资委's release on central SOEs' operations for 1—10月 (发布日期 2025年11月20日; home
# 全国): 累计实现营业收入 / 利润总额 / 净利润 (one 累计 over the sentence's coordinated 实现
# clauses: count_total, as h86's 累计开展…，培训…), 10月当月 利润 with 较9月加快…个百分点, 上缴税费,
# 全员劳动生产率 万元/人, 营业收现率 / 净资产收益率 (shares), 资产负债率 截至10月底 with its change,
# 10月末 资产总额, 固定资产投资（不含房地产） with 战略性新兴产业 and its 比重, 研发经费投入 /
# 研发投入强度 (工业企业), 今年以来 counts, section 三 with no time expression (the title's 1—10月),
# industries (电力, 通信; 钢铁、化工 分别), 第三批 科改企业 (undated), 截至目前 listed companies,
# 并购重组, 稳就业 with its change, 境外 营业收入, 一带一路 counts, the spokesman's 预计全年
# (targets), 截至10月底 增量投资. Traps: 98家中央企业 (the population: borderline), “一利五率”,
# “十五五”, 第三批, 连续5年 (a streak), 世界500强, 010-63193114, 2025年11月20日.
SA = "h90_sasac_central_soe_operations_oct_2025.txt"
SA10 = P("1—10月", "2025-01-01", "2025-10-31")
SAT = P("1—10月", "2025-01-01", "2025-10-31")  # the title's span (section 三)
SAOCT = P("10月当月", "2025-10-01", "2025-10-31")
SAEND = P("截至10月底", "2025-10-31", "2025-10-31")
SAM = P("10月末", "2025-10-31", "2025-10-31")
SAYTD = P("今年以来", "2025-01-01", "2025-11-20")
SANOW = P("截至目前", "2025-11-20", "2025-11-20")
SAY = P("全年", "2025-01-01", "2025-12-31")


def sa_x(anchor, value, unit_raw, unit, indicator, kind="actual", period=SA10, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def sa_pct(anchor, value, indicator, kind="growth_rate", period=SA10, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def sa_pp(anchor, value, indicator, period=SA10, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


LABELS[SA] = [
    sa_x("[98家]中央企业累计", 98, "家", "家", "中央企业", "count_total", SA10, borderline=True,
         notes="borderline: the population the figures are of, not a figure of the period"),
    sa_x("营业收入[33.6万亿元]", 33.6, "万亿元", "元", "中央企业营业收入", "count_total"),
    sa_pct("同比增长[1.8%]", 1.8, "中央企业营业收入"),
    sa_x("利润总额[2.08万亿元]", 2.08, "万亿元", "元", "利润总额", "count_total",
         notes="the sentence's one 累计 carried over its 实现 clauses; no agent borrowed"),
    sa_pct("同比增长[0.9%]", 0.9, "利润总额"),
    sa_x("净利润[1.62万亿元]", 1.62, "万亿元", "元", "净利润", "count_total"),
    sa_pct("同比增长[1.3%]", 1.3, "净利润"),
    sa_x("利润总额[2156.3亿元]", 2156.3, "亿元", "元", "中央企业利润总额", period=SAOCT),
    sa_pct("同比增长[4.6%]", 4.6, "中央企业利润总额", period=SAOCT),
    sa_pp("较9月加快[2.1个百分点]", 2.1, "中央企业利润总额增速", SAOCT),
    sa_x("上缴税费[2.01万亿元]", 2.01, "万亿元", "元", "中央企业上缴税费"),
    sa_pct("同比增长[2.4%]", 2.4, "中央企业上缴税费"),
    sa_x("劳动生产率达到[73.5万元/人]", 73.5, "万元/人", "元/人", "全员劳动生产率", qual="reach",
         qtext="达到"),
    sa_pct("同比增长[4.7%]", 4.7, "全员劳动生产率"),
    sa_pct("营业收现率为[98.6%]", 98.6, "营业收现率", "share"),
    sa_pp("提高[0.8个百分点]", 0.8, "营业收现率"),
    sa_pct("净资产收益率为[5.1%]", 5.1, "净资产收益率", "share"),
    sa_pct("资产负债率为[64.9%]", 64.9, "中央企业平均资产负债率", "share", SAEND),
    sa_pp("下降[0.4个百分点]", -0.4, "中央企业平均资产负债率", SAEND),
    sa_x("资产总额达到[91.2万亿元]", 91.2, "万亿元", "元", "中央企业资产总额", "count_total", SAM,
         qual="reach", qtext="达到"),
    sa_pct("同比增长[4.8%]", 4.8, "中央企业资产总额", period=SAM),
    sa_x("（不含房地产）[2.87万亿元]", 2.87, "万亿元", "元", "中央企业固定资产投资"),
    sa_pct("同比增长[3.2%]", 3.2, "中央企业固定资产投资"),
    sa_x("完成投资[1.16万亿元]", 1.16, "万亿元", "元", "战略性新兴产业投资"),
    sa_pct("同比增长[12.8%]", 12.8, "战略性新兴产业投资"),
    sa_pct("比重达到[40.4%]", 40.4, "战略性新兴产业投资占固定资产投资的比重", "share",
           qual="reach", qtext="达到"),
    sa_pp("提高[3.5个百分点]", 3.5, "战略性新兴产业投资占固定资产投资的比重"),
    sa_x("研发经费投入[8537.2亿元]", 8537.2, "亿元", "元", "中央企业研发经费投入"),
    sa_pct("同比增长[6.3%]", 6.3, "中央企业研发经费投入"),
    sa_pct("研发投入强度为[2.54%]", 2.54, "研发投入强度", "share"),
    sa_pp("提高[0.11个百分点]", 0.11, "研发投入强度"),
    sa_pct("强度达到[3.18%]", 3.18, "工业企业研发投入强度", "share", qual="reach", qtext="达到"),
    sa_x("国家重大科技项目[1126项]", 1126, "项", "项", "中央企业承担国家重大科技项目",
         "count_total", SAYTD),
    sa_x("发明专利授权[2.9万件]", 2.9, "万件", "件", "新增发明专利授权", period=SAYTD),
    sa_pct("营业现金比率为[8.7%]", 8.7, "营业现金比率", "share", SAT,
           notes="section 三 has no time expression: the title's 1—10月"),
    sa_pp("提高[0.2个百分点]", 0.2, "营业现金比率", SAT),
    sa_x("实现利润总额[2134.5亿元]", 2134.5, "亿元", "元", "电力企业利润总额", period=SAT),
    sa_pct("同比增长[18.6%]", 18.6, "电力企业利润总额", period=SAT),
    sa_x("实现利润总额[1352.8亿元]", 1352.8, "亿元", "元", "通信企业利润总额", period=SAT),
    sa_pct("同比增长[5.3%]", 5.3, "通信企业利润总额", period=SAT),
    sa_pct("分别下降[12.4%]", -12.4, "钢铁行业企业利润", period=SAT),
    sa_pct("12.4%和[8.9%]", -8.9, "化工行业企业利润", period=SAT),
    sa_x("共有[45户]", 45, "户", "户", "第三批央企“科改企业”名单入选企业", "count_total", NONE,
         notes="members that qualified (count_total); 第三批 a batch's ordinal"),
    sa_x("上市公司共有[478家]", 478, "家", "家", "中央企业控股上市公司", "count_total", SANOW),
    sa_x("总市值[约20.3万亿元]", 20.3, "万亿元", "元", "中央企业控股上市公司总市值", "actual",
         SANOW, qual="about", qtext="约",
         notes="a market value is actual, as h52's, h63's and h85's (session 22 relabel)"),
    sa_x("并购重组项目[87个]", 87, "个", "个", "中央企业实施并购重组项目"),
    sa_x("资产总额[约3200亿元]", 3200, "亿元", "元", "并购重组项目涉及资产总额", qual="about",
         qtext="约"),
    sa_x("招聘岗位[约34.2万个]", 34.2, "万个", "个", "中央企业提供高校毕业生招聘岗位",
         period=SAYTD, qual="about", qtext="约"),
    sa_x("较去年增加[1.6万个]", 1.6, "万个", "个", "中央企业提供高校毕业生招聘岗位", period=SAYTD),
    sa_x("境外营业收入[4.35万亿元]", 4.35, "万亿元", "元", "中央企业境外营业收入"),
    sa_pct("同比增长[2.7%]", 2.7, "中央企业境外营业收入"),
    sa_pct("营业收入总额的[12.9%]", 12.9, "境外营业收入占营业收入总额", "share"),
    sa_x("共有[82家]", 82, "家", "家", "中央企业参与共建“一带一路”项目", "count_total",
         notes="doer + deed; members that took part (count_total)"),
    sa_x("在建项目[超过2100个]", 2100, "个", "个", "在建项目", "count_total", qual="over",
         qtext="超过"),
    sa_x("将超过[40万亿元]", 40, "万亿元", "元", "中央企业营业收入", "target", SAY, qual="over",
         qtext="超过",
         notes="预计全年: a forecast (target)"),
    sa_x("有望突破[1.1万亿元]", 1.1, "万亿元", "元", "研发经费投入", "target", SAY,
         qual="break_through", qtext="突破"),
    sa_x("增量投资[超过1500亿元]", 1500, "亿元", "元", "中央企业完成增量投资", "count_total", SAEND,
         qual="over", qtext="超过"),
    sa_x("布局项目[263个]", 263, "个", "个", "在集成电路、人工智能等领域布局项目", "count_total",
         SAEND),
    sa_x("上榜企业达到[47家]", 47, "家", "家", "世界500强榜单上榜企业", "count_total", NONE,
         qual="reach", qtext="达到", notes="no time expression in the sentence: undated"),
    sa_x("较上年增加[1家]", 1, "家", "家", "世界500强榜单上榜企业", "actual", NONE),
]

# h91: 中国充电联盟's monthly charging infrastructure report for 2025年10月 (dated 2025年11月12日;
# home 全国): 截至2025年10月 stocks in 万台 (充电基础设施（枪）总数, 公共 / 私人, 直流 / 交流 with
# 直流占比, 120kW及以上 大功率 a class in the name, 7kW 交流 a class with its share), 1—10月 增量
# (flows) with 同比, 10月当月 新增 with 环比, 前10个省份 share (a class naming the list), 广东 首位
# (subject, rank), a top-10 table (province subjects; the rank column rank rows, as h53 / h66;
# stocks at the table's 截至2025年10月), 2025年10月 充电总电量 with 同比 / 环比, 前10个月 累计 电量,
# 换电站 (北京 居首), 10月份 新增, 高速公路 服务区 截至10月底, 国庆假期 电量, 桩车增量比 1:2.2 (a
# colon ratio: value 2.2, unit-less share, as N:1 ratios), 车桩比 2:1, operators with their counts
# (named by the operator, no subject: a subject is a place; session 22 relabel), 前5家 share.
# Sections with no time expression (二, 七's first sentence) take the
# report's 截至2025年10月 / title month. Traps: 120kW, 7kW, 枪, 前10个省份, 10个省份, 超过1万台 (a
# threshold), 010-51912345, 排名 1–10.
EV = "h91_evcipa_charging_infrastructure_oct_2025.txt"
EVEND = P("截至2025年10月", "2025-10-31", "2025-10-31")
EV10 = P("2025年1—10月", "2025-01-01", "2025-10-31")
EVOCT = P("10月当月", "2025-10-01", "2025-10-31")
EVM = P("2025年10月", "2025-10-01", "2025-10-31")
EVOCT2 = P("10月份", "2025-10-01", "2025-10-31")
EVTEN = P("前10个月", "2025-01-01", "2025-10-31")
EVDEND = P("截至10月底", "2025-10-31", "2025-10-31")
EVHOL = P("国庆假期期间", "2025-10-01", "2025-10-08")
EVY10 = P("1—10月", "2025-01-01", "2025-10-31")


def ev_stock(anchor, value, unit_raw, indicator, period=EVEND, **kw):
    """A count of chargers, stations … on hand at a date (count_total)."""
    unit = unit_raw.removeprefix("万")
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def ev_flow(anchor, value, unit_raw, indicator, period=EV10, **kw):
    unit = unit_raw.removeprefix("万").removeprefix("亿")
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def ev_pct(anchor, value, indicator, kind="growth_rate", period=EV10, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def ev_cells(head, province, total, direct):
    note = "table cell; unit in the table's title (单位：万台)"
    return [
        row(f"[{head}]　{province}", int(head), None, "位", "公共充电设施", "rank", EVEND,
            subject=province, notes="table cell: the rank column (排名) ranks what the table "
            "ranks, as h53's and h66's (session 22: relabelled from no row)"),
        *(
            row(table_cell(EV, head, number), value, "万台", "台", indicator, "count_total",
                EVEND, subject=province, notes=note)
            for number, value, indicator in (
                (total, float(total), "公共充电设施"),
                (direct, float(direct), "公共直流充电设施"),
            )
        ),
    ]


LABELS[EV] = [
    ev_stock("总数达到[1832.6万台]", 1832.6, "万台", "充电基础设施总数", qual="reach",
             qtext="达到"),
    ev_pct("同比增长[54.3%]", 54.3, "充电基础设施总数", period=EVEND),
    ev_stock("公共充电设施（枪）[412.8万台]", 412.8, "万台", "公共充电设施"),
    ev_pct("同比增长[36.1%]", 36.1, "公共充电设施", period=EVEND),
    ev_stock("私人充电设施（枪）[1419.8万台]", 1419.8, "万台", "私人充电设施"),
    ev_pct("同比增长[60.4%]", 60.4, "私人充电设施", period=EVEND),
    ev_stock("直流充电设施（枪）[196.5万台]", 196.5, "万台", "直流充电设施"),
    ev_stock("交流充电设施（枪）[216.3万台]", 216.3, "万台", "交流充电设施"),
    ev_pct("直流占比为[47.6%]", 47.6, "直流占比", "share", EVEND),
    ev_stock("充电枪达到[58.2万台]", 58.2, "万台", "额定功率在120kW及以上的大功率直流充电枪",
             qual="reach", qtext="达到", notes="120kW及以上 a class in the name, no figure"),
    ev_pct("直流充电设施的[29.6%]", 29.6, "大功率直流充电枪占直流充电设施", "share", EVEND),
    ev_pct("占比约为[91.3%]", 91.3, "7kW交流充电桩占比", "share", EVEND, qual="about",
           qtext="约"),
    ev_flow("增量为[536.4万台]，同比", 536.4, "万台", "充电基础设施增量"),
    ev_pct("同比增长[41.2%]", 41.2, "充电基础设施增量"),
    ev_flow("增量为[84.7万台]", 84.7, "万台", "公共充电设施增量"),
    ev_pct("同比增长[22.5%]", 22.5, "公共充电设施增量"),
    ev_flow("增量为[451.7万台]", 451.7, "万台", "随车配建私人充电设施增量"),
    ev_pct("同比上升[45.3%]", 45.3, "随车配建私人充电设施增量"),
    ev_flow("新增[61.3万台]", 61.3, "万台", "充电基础设施新增", EVOCT),
    ev_pct("环比增长[8.7%]", 8.7, "充电基础设施新增", period=EVOCT),
    ev_pct("占全国的[70.8%]", 70.8, "前10个省份建设的公共充电设施占全国", "share", EVEND,
           notes="section 二 has no time expression: the report's 截至2025年10月; the list and its "
           "class 前10个省份 name it, no subject"),
    ev_stock("以[72.6万台]", 72.6, "万台", "公共充电设施", subject="广东"),
    row("位居[首位]", 1, None, "位", "公共充电设施", "rank", EVEND, subject="广东",
        notes="borderline: a rank with no numeral (session 22: as the set's others)",
        borderline=True),
    *ev_cells("1", "广东", "72.6", "38.4"),
    *ev_cells("2", "浙江", "41.3", "17.2"),
    *ev_cells("3", "江苏", "37.9", "16.8"),
    *ev_cells("4", "上海", "24.5", "9.6"),
    *ev_cells("5", "山东", "23.8", "12.1"),
    *ev_cells("6", "北京", "21.7", "8.3"),
    *ev_cells("7", "湖北", "20.6", "10.2"),
    *ev_cells("8", "安徽", "18.4", "9.7"),
    *ev_cells("9", "河南", "17.2", "8.9"),
    *ev_cells("10", "四川", "16.3", "8.5"),
    ev_flow("充电总电量[约为78.4亿千瓦时]", 78.4, "亿千瓦时", "充电总电量", EVM, qual="about",
            qtext="约"),
    ev_pct("同比增长[47.2%]", 47.2, "充电总电量", period=EVM),
    ev_pct("环比增长[3.6%]", 3.6, "充电总电量", period=EVM),
    row("累计充电总电量为[695.3亿千瓦时]", 695.3, "亿千瓦时", "千瓦时", "公共充电设施充电总电量",
        "count_total", EVTEN),
    ev_stock("换电站[4917座]", 4917, "座", "换电站"),
    ev_stock("为[412座]", 412, "座", "换电站", subject="北京"),
    row("数量[居首]", 1, None, "位", "换电站数量", "rank", EVEND, subject="北京",
        notes="borderline: a rank with no numeral (session 22: as the set's others)",
        borderline=True),
    ev_flow("新增换电站[86座]", 86, "座", "新增换电站", EVOCT2),
    ev_pct("合计占全国的[52.3%]", 52.3, "换电站数量排名前5的省份占全国", "share", EVEND,
           notes="a stock's share: the paragraph's 截至2025年10月, not the 10月份 flow before it"),
    ev_stock("累计建成充电桩[3.72万个]", 3.72, "万个", "高速公路服务区建成充电桩", EVDEND),
    ev_stock("覆盖服务区[6285个]", 6285, "个", "覆盖服务区", EVDEND),
    ev_pct("服务区总数的[98.4%]", 98.4, "覆盖服务区占高速公路服务区总数", "share", EVDEND),
    row("充电量达到[1.85亿千瓦时]", 1.85, "亿千瓦时", "千瓦时", "高速公路服务区充电量", "actual",
        EVHOL, "reach", "达到"),
    ev_pct("较去年同期增长[37.6%]", 37.6, "日均充电量", period=EVHOL),
    ev_flow("增量为[536.4万台]，新能源", 536.4, "万台", "充电基础设施增量", EVY10),
    ev_flow("国内销量为[1163.5万辆]", 1163.5, "万辆", "新能源汽车国内销量", EVY10),
    row("增量比为[1:2.2]", 2.2, None, None, "桩车增量比", "share", EVY10,
        notes="a colon ratio 1:N: value N (cars per charger), unit-less, as N:1 ratios take N"),
    ev_stock("保有量[约为3640万辆]", 3640, "万辆", "新能源汽车保有量", EVDEND, qual="about",
             qtext="约"),
    row("车桩比约为[2:1]", 2, None, None, "车桩比", "share", EVDEND, qual="about", qtext="约"),
    ev_stock("的共有[19家]", 19, "家", "运营充电桩数量超过1万台的充电运营企业", EVM,
             notes="members that qualified; 超过1万台 a threshold; the title's month"),
    ev_stock("特来电运营[71.2万台]", 71.2, "万台", "特来电运营充电桩", EVM),
    ev_stock("星星充电运营[64.5万台]", 64.5, "万台", "星星充电运营充电桩", EVM),
    ev_stock("云快充运营[58.9万台]", 58.9, "万台", "云快充运营充电桩", EVM),
    ev_stock("国家电网运营[21.3万台]", 21.3, "万台", "国家电网运营充电桩", EVM),
    ev_pct("总量的[58.2%]", 58.2, "前5家运营商占全国公共充电设施总量", "share", EVM),
    ev_flow("新增公共充电设施[6.8万台]", 6.8, "万台", "充电运营企业新增公共充电设施", EVOCT2),
    ev_flow("新增[4.9万台]", 4.9, "万台", "前10家运营企业新增", EVOCT2),
]


# ---------------------------------------------------------------------------------------------
# Round 30 labels (h92-h94), in build_gold.py's LABELS format: paste before `def build()`.
# h92: 国家金融监督管理总局湖北监管局's monthly insurance release for 2025年1—10月 (发布时间
# 2025-11-21; home 湖北, 全省): 原保险保费收入 亿元 with 同比 (1—10月 with no 累计: flows of the
# span, actual, as h87's table), 财产险 / 人身险 (寿险, 健康险, 意外险) with 占全省…的 / 占比 shares
# and 个百分点, 10月当月 with 环比, 赔付支出 with a 分别 pair, 车险 件均保费 元 and its change in 元
# (an absolute change: actual), 新能源汽车保险, 农业保险 为…万户次农户提供风险保障 (the count of
# farmers named by its noun, the beneficiary dropped from 提供风险保障), “保险+期货”项目, 截至10月末
# stocks (参保人数, 总资产 with 较年初, 机构 家, 从业人员), 1—10月累计 赔付 / 人次 (count_total),
# 保险密度 元/人 (a level per head: actual) and 保险深度 % (share), 巨灾保险 (今年以来 新增, a bare
# 累计 point, a 全年力争 goal, 8月下旬 赔款), a city table printed as text (each cell the row's
# city as subject, named by its column's measure, dated by the title's 1—10月), 居全省前三位 (a
# class) with 合计占全省, 投诉 件 with 占. Traps: 12378, 95519, “保险+期货”, 鄂金监通〔2025〕第37号,
# 2025-11-21, 四舍五入, 一、…七、, 字体 大 中 小.
HBI = "h92_hubei_nfra_insurance_industry_oct_2025.txt"
HBI10 = P("1—10月", "2025-01-01", "2025-10-31")
HBIOCT = P("10月当月", "2025-10-01", "2025-10-31")
HBIEND = P("截至10月末", "2025-10-31", "2025-10-31")
HBIYTD = P("今年以来", "2025-01-01", "2025-11-21")
HBICUM = P("累计", "2025-11-21", "2025-11-21")  # a bare 累计: a point at the reference date
HBITAB = "table cell: the row's city, the column's measure, the title's 1—10月; unit in the head"


def hbi_yi(anchor, value, indicator, kind="actual", period=HBI10, **kw):
    """An amount in 亿元 (保费, 赔付, 资产): a flow of the span unless 累计 / 截至 says so."""
    return row(anchor, value, "亿元", "元", indicator, kind, period, **kw)


def hbi_rate(anchor, value, indicator, kind="growth_rate", period=HBI10, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def hbi_count(anchor, value, unit_raw, unit, indicator, kind="count_total", period=HBIEND, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def hbi_city(city: str, premium: float, growth: float) -> list[dict]:
    """One line of the city table: the city's premium income (亿元) and its growth (%)."""
    return [
        hbi_yi(col_cell(HBI, city, 1), premium, "保费收入", subject=city, notes=HBITAB),
        hbi_rate(col_cell(HBI, city, 2), growth, "保费收入", subject=city, notes=HBITAB),
    ]


LABELS[HBI] = [
    hbi_yi("原保险保费收入[1986.42亿元]", 1986.42, "原保险保费收入",
           notes="全省 the home; 1—10月 with no 累计: a flow of the span"),
    hbi_rate("1986.42亿元，同比增长[6.8%]", 6.8, "原保险保费收入"),
    hbi_yi("财产险业务原保险保费收入[352.17亿元]", 352.17, "财产险业务原保险保费收入",
           notes="其中 a frame word"),
    hbi_rate("352.17亿元，同比增长[4.1%]", 4.1, "财产险业务原保险保费收入"),
    hbi_rate("占全省原保险保费收入的[17.7%]", 17.7, "财产险业务原保险保费收入占全省原保险保费收入",
             "share"),
    hbi_yi("人身险业务原保险保费收入[1634.25亿元]", 1634.25, "人身险业务原保险保费收入"),
    hbi_rate("1634.25亿元，同比增长[7.4%]", 7.4, "人身险业务原保险保费收入"),
    hbi_rate("占比[82.3%]", 82.3, "人身险业务原保险保费收入占比", "share"),
    hbi_yi("寿险保费收入[1318.60亿元]", 1318.60, "寿险保费收入",
           notes="人身险业务中 a scope phrase, no part of the name"),
    hbi_rate("1318.60亿元，同比增长[8.9%]", 8.9, "寿险保费收入"),
    hbi_yi("健康险保费收入[286.93亿元]", 286.93, "健康险保费收入"),
    hbi_rate("286.93亿元，同比增长[1.6%]", 1.6, "健康险保费收入"),
    hbi_yi("意外险保费收入[28.72亿元]", 28.72, "意外险保费收入"),
    hbi_rate("同比下降[3.5%]", -3.5, "意外险保费收入"),
    hbi_rate("占人身险业务的[80.7%]", 80.7, "寿险保费收入占人身险业务", "share"),
    row("提高[1.1个百分点]", 1.1, "个百分点", "百分点", "寿险保费收入占人身险业务", "growth_rate",
        HBI10, notes="较上年同期 the base"),
    hbi_yi("原保险保费收入[127.35亿元]", 127.35, "原保险保费收入", period=HBIOCT),
    hbi_rate("环比增长[5.2%]", 5.2, "原保险保费收入", period=HBIOCT),
    hbi_yi("赔付支出[652.84亿元]", 652.84, "保险业赔付支出",
           notes="the agent 保险业 kept (session 20); 全省 the home"),
    hbi_rate("652.84亿元，同比增长[9.3%]", 9.3, "保险业赔付支出"),
    hbi_yi("财产险赔付支出[218.46亿元]", 218.46, "财产险赔付支出"),
    hbi_yi("人身险赔付支出[434.38亿元]", 434.38, "人身险赔付支出"),
    hbi_rate("分别同比增长[5.7%]和11.2%", 5.7, "财产险赔付支出", notes="a 分别 pair, in order"),
    hbi_rate("5.7%和[11.2%]", 11.2, "人身险赔付支出"),
    hbi_yi("车险保费收入[196.53亿元]", 196.53, "车险保费收入"),
    hbi_rate("196.53亿元，同比增长[3.2%]", 3.2, "车险保费收入"),
    row("车险件均保费[2146元]", 2146, "元", "元", "车险件均保费", "actual", HBI10,
        notes="an average premium per policy: a level of the span"),
    row("下降[37元]", -37, "元", "元", "车险件均保费", "actual", HBI10,
        notes="较上年同期: an absolute change in the level's unit, actual (as h43's 0.1日)"),
    hbi_yi("新能源汽车保险保费收入[31.84亿元]", 31.84, "新能源汽车保险保费收入"),
    hbi_rate("同比增长[42.6%]", 42.6, "新能源汽车保险保费收入"),
    hbi_yi("农业保险保费收入[38.27亿元]", 38.27, "农业保险保费收入"),
    hbi_rate("同比增长[10.4%]", 10.4, "农业保险保费收入"),
    row("为[426.5万户次]农户", 426.5, "万户次", "户次", "农户", "actual", HBI10,
        notes="the farmers served, named by their noun; 户次 a unit as 人次"),
    hbi_yi("提供风险保障[1215.36亿元]", 1215.36, "提供风险保障",
           notes="the beneficiary 为…农户 dropped (session 20), the deed 提供 kept (session 23)"),
    row("项目[23个]", 23, "个", "个", "开展“保险+期货”项目", "actual", HBI10,
        notes="“保险+期货” a product's name, no figure; the deed kept (as 建成“个体工商户服务站”)"),
    row("参保人数[达到1136万人]", 1136, "万人", "人", "城市定制型商业医疗保险参保人数",
        "count_total", HBIEND, "reach", "达到"),
    hbi_rate("参保率约为[19.4%]", 19.4, "参保率", "share", HBIEND, qual="about", qtext="约"),
    hbi_yi("累计赔付[6.85亿元]", 6.85, "赔付", "count_total",
           notes="1—10月累计: a running total of the span; nothing borrowed from the clause "
           "before"),
    row("惠及参保群众[28.3万人次]", 28.3, "万人次", "人次", "惠及参保群众", "count_total", HBI10,
        notes="under the one 累计 (as h86's 场次 / 人次)"),
    row("保险密度为[3398元/人]", 3398, "元/人", "元/人", "保险密度", "actual", HBI10,
        notes="premium per resident: a level of the span (as 人均地区生产总值)"),
    hbi_rate("保险深度为[3.22%]", 3.22, "保险深度", "share"),
    hbi_yi("总资产[4862.19亿元]", 4862.19, "保险业总资产", "count_total", HBIEND),
    hbi_rate("较年初增长[7.9%]", 7.9, "保险业总资产", period=HBIEND),
    hbi_count("保险分支机构[112家]", 112, "家", "家", "省级及以上保险分支机构"),
    hbi_count("财产险公司[48家]", 48, "家", "家", "财产险公司"),
    hbi_count("人身险公司[64家]", 64, "家", "家", "人身险公司"),
    hbi_count("法人机构[3家]", 3, "家", "家", "法人机构"),
    hbi_count("从业人员[约15.6万人]", 15.6, "万人", "人", "保险从业人员", qual="about",
              qtext="约"),
    hbi_count("试点县（市、区）[9个]", 9, "个", "个", "新增巨灾保险试点县（市、区）", "actual",
              HBIYTD),
    hbi_count("累计覆盖[41个]", 41, "个", "个", "覆盖县（市、区）", period=HBICUM,
              notes="a bare 累计 with no date of its own: a point (session 20)"),
    hbi_count("力争覆盖[50个以上]", 50, "个", "个", "覆盖", "target",
              P("全年", "2025-01-01", "2025-12-31"), qual="at_least", qtext="以上",
              notes="an elliptic goal: named by its own words"),
    hbi_yi("支付赔款[1.37亿元]", 1.37, "巨灾保险支付赔款",
           period=P("8月下旬", "2025-08-21", "2025-08-31"),
           notes="向受灾群众 a beneficiary, dropped; 汛期 no date"),
    *hbi_city("武汉", 812.65, 7.3),
    *hbi_city("襄阳", 156.28, 6.1),
    *hbi_city("宜昌", 143.92, 5.8),
    *hbi_city("荆州", 118.07, 4.9),
    *hbi_city("黄冈", 104.36, 6.6),
    hbi_rate("合计占全省的[56.0%]", 56.0, "武汉、襄阳、宜昌保费收入占全省", "share",
             notes="居全省前三位 a class, no rank; three places in a list: no subject; 合计 a "
             "frame word"),
    row("消费投诉[4127件]", 4127, "件", "件", "接收保险消费投诉", "actual", HBI10,
        notes="湖北监管局 the releasing regulator, no part of the name"),
    hbi_rate("同比下降[8.1%]", -8.1, "接收保险消费投诉"),
    hbi_rate("投诉占[31.4%]", 31.4, "涉及销售纠纷的投诉占比", "share"),
]

# ---------------------------------------------------------------------------------------------
# h93: 澳門特別行政區政府新聞局's release of November's gaming revenue (博彩監察協調局) and
# visitor arrivals / hotels (統計暨普查局) in Traditional script (2025年12月22日 17:45; home
# 澳门): 幸運博彩毛收入 億澳門元 with 按年 / 按月, 1至11月累計 (count_total), 日均, 貴賓廳 / 中場
# with 佔總數的, 截至11月底 娛樂場 / 賭枱 / 角子機 (stocks), 入境旅客 萬人次 with 留宿 / 不過夜,
# 平均逗留時間 日 (與去年同月相同: no change figure), 日均入境旅客, 客源 (內地 with 佔, 個人遊,
# 香港, 台灣, 國際, 韓國, 菲律賓: no subjects, as h43), 口岸 (facilities, in the name), 1至11月累計
# with 按年分別上升, 酒店 (stock of 間, 住客, 入住率 with 個百分點, 五星級 / 四星級 elliptic, 留宿
# 晚), 1至11月 入住率 / 住客 (no 累計: actual), 恢復至2019年同月的 (a share against a base, as h43),
# 來自廣東省的 (a source in the name) with 佔內地旅客的, 預計 12月份 超過 (a forecast: target),
# 旅行團, 會展 項 with 按年增加 (absolute: actual). Traps: 澳門特別行政區, 17:45, 第二十五屆,
# 2019年, 澳門幣1元, 2025年第12號, 24小時, (853) 8399 5311, 四捨五入; borderline 港元0.97元
# (a note's conversion rate).
MG = "h93_macau_gaming_revenue_visitor_arrivals_nov_2025_trad.txt"
MG11 = P("11月份", "2025-11-01", "2025-11-30")
MGHEAD = P("2025年11月份", "2025-11-01", "2025-11-30")
MGYTD = P("1至11月", "2025-01-01", "2025-11-30")
MGEND = P("截至11月底", "2025-11-30", "2025-11-30")
MGDEC = P("12月份", "2025-12-01", "2025-12-31")


def mg_mop(anchor, value, indicator, kind="actual", period=MG11, **kw):
    return row(anchor, value, "億澳門元", "澳门元", indicator, kind, period, **kw)


def mg_visitors(anchor, value, indicator, kind="actual", period=MG11, **kw):
    return row(anchor, value, "萬人次", "人次", indicator, kind, period, **kw)


def mg_rate(anchor, value, indicator, kind="growth_rate", period=MG11, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def mg_points(anchor, value, indicator, period=MG11, **kw):
    return row(anchor, value, "個百分點", "百分点", indicator, "growth_rate", period, **kw)


LABELS[MG] = [
    mg_mop("毛收入為[213.84億澳門元]", 213.84, "幸运博彩毛收入", period=MGHEAD),
    mg_rate("按年上升[12.6%]", 12.6, "幸运博彩毛收入", period=MGHEAD),
    mg_rate("按月下跌[11.3%]", -11.3, "幸运博彩毛收入", period=MGHEAD),
    mg_mop("毛收入為[2,241.57億澳門元]", 2241.57, "幸运博彩毛收入", "count_total", MGYTD,
           notes="1至11月累計: a running total of the span"),
    mg_rate("按年上升[8.2%]", 8.2, "幸运博彩毛收入", period=MGYTD),
    mg_mop("毛收入約為[7.13億澳門元]", 7.13, "日均幸运博彩毛收入", qual="about", qtext="約"),
    mg_mop("毛收入為[44.26億澳門元]", 44.26, "贵宾厅幸运博彩毛收入"),
    mg_rate("佔總數的[20.7%]", 20.7, "贵宾厅幸运博彩毛收入占总数", "share"),
    mg_mop("毛收入為[169.58億澳門元]", 169.58, "中场幸运博彩毛收入"),
    mg_rate("按年上升[15.4%]", 15.4, "中场幸运博彩毛收入"),
    row("娛樂場[30間]", 30, "間", "间", "娱乐场", "count_total", MGEND, notes="全澳 the home"),
    row("賭枱[5,887張]", 5887, "張", "张", "赌台", "count_total", MGEND),
    row("角子機[12,416部]", 12416, "部", "部", "角子机", "count_total", MGEND),
    mg_visitors("入境旅客共[326.47萬人次]", 326.47, "入境旅客"),
    mg_rate("按年上升[14.2%]", 14.2, "入境旅客"),
    mg_visitors("留宿旅客有[151.93萬人次]", 151.93, "留宿旅客"),
    mg_rate("按年上升[9.7%]", 9.7, "留宿旅客"),
    mg_visitors("不過夜旅客有[174.54萬人次]", 174.54, "不过夜旅客"),
    mg_rate("按年上升[18.4%]", 18.4, "不过夜旅客"),
    row("逗留時間為[1.2日]", 1.2, "日", "天", "旅客平均逗留时间", "actual", MG11,
        notes="與去年同月相同: no change figure"),
    row("留宿旅客為[2.2日]", 2.2, "日", "天", "留宿旅客", "actual", MG11,
        notes="an elliptic clause: named by its own words (as h43)"),
    row("不過夜旅客為[0.2日]", 0.2, "日", "天", "不过夜旅客", "actual", MG11),
    mg_visitors("日均入境旅客為[10.88萬人次]", 10.88, "日均入境旅客"),
    mg_visitors("內地旅客有[235.79萬人次]", 235.79, "内地旅客"),
    mg_rate("按年上升[15.8%]", 15.8, "内地旅客"),
    mg_rate("佔旅客總數的[72.2%]", 72.2, "内地旅客占旅客总数", "share"),
    mg_visitors("有[108.62萬人次]", 108.62, "个人游旅客", notes="以…為主 a frame"),
    mg_rate("按年上升[12.1%]", 12.1, "个人游旅客"),
    mg_visitors("香港旅客有[59.46萬人次]", 59.46, "香港旅客"),
    mg_rate("按年上升[6.9%]", 6.9, "香港旅客"),
    mg_visitors("台灣旅客有[8.02萬人次]", 8.02, "台湾旅客"),
    mg_visitors("國際旅客有[23.20萬人次]", 23.20, "国际旅客"),
    mg_rate("按年上升[21.5%]", 21.5, "国际旅客"),
    mg_visitors("韓國旅客有[6.48萬人次]", 6.48, "韩国旅客", notes="a source market: no subject"),
    mg_visitors("菲律賓旅客有[3.71萬人次]", 3.71, "菲律宾旅客"),
    mg_visitors("旅客有[88.73萬人次]", 88.73, "经港珠澳大桥口岸入境的旅客",
                notes="a border crossing: a facility, no subject (as h43)"),
    mg_rate("按年上升[25.9%]", 25.9, "经港珠澳大桥口岸入境的旅客"),
    mg_rate("佔總數的[27.2%]", 27.2, "经港珠澳大桥口岸入境的旅客占总数", "share"),
    mg_visitors("入境的有[143.15萬人次]", 143.15, "经关闸口岸入境的",
                notes="an elliptic clause: named by its own words"),
    mg_visitors("入境旅客有[3,612.09萬人次]", 3612.09, "入境旅客", "count_total", MGYTD,
                notes="1至11月累計: a running total"),
    mg_rate("按年上升[14.8%]", 14.8, "入境旅客", period=MGYTD),
    mg_visitors("內地旅客有[2,627.33萬人次]", 2627.33, "内地旅客", "count_total", MGYTD),
    mg_visitors("國際旅客有[248.16萬人次]", 248.16, "国际旅客", "count_total", MGYTD),
    mg_rate("分別上升[16.3%]及22.7%", 16.3, "内地旅客", period=MGYTD,
            notes="a 分別 pair joined by 及, in order"),
    mg_rate("16.3%及[22.7%]", 22.7, "国际旅客", period=MGYTD),
    row("酒店及公寓[144間]", 144, "間", "间", "酒店及公寓", "count_total", MG11,
        notes="a stock in the month (共有); 全澳 the home"),
    row("客房[4.46萬間]", 4.46, "萬間", "间", "可供应客房", "count_total", MG11),
    mg_rate("按年增加[2.8%]", 2.8, "可供应客房"),
    mg_visitors("酒店住客有[135.42萬人次]", 135.42, "酒店住客"),
    mg_rate("按年上升[8.5%]", 8.5, "酒店住客"),
    mg_rate("平均入住率為[91.3%]", 91.3, "酒店客房平均入住率", "share"),
    mg_points("上升[2.4個百分點]", 2.4, "酒店客房平均入住率"),
    mg_rate("入住率為[92.8%]", 92.8, "五星级酒店客房平均入住率", "share"),
    mg_rate("四星級酒店為[90.6%]", 90.6, "四星级酒店", "share",
            notes="an elliptic clause: named by its own words (as h43's 五星级酒店)"),
    row("留宿[1.6晚]", 1.6, "晚", "晚", "住客平均留宿", "actual", MG11),
    mg_rate("入住率為[88.9%]", 88.9, "酒店客房平均入住率", "share", MGYTD),
    mg_points("上升[3.1個百分點]", 3.1, "酒店客房平均入住率", MGYTD),
    mg_visitors("住客共[1,452.37萬人次]", 1452.37, "酒店住客", period=MGYTD,
                notes="1至11月 without 累計: a flow of the span (as h43's 全年)"),
    mg_rate("按年上升[7.6%]", 7.6, "酒店住客", period=MGYTD),
    mg_rate("同月的[108.4%]", 108.4, "入境旅客", "share",
            notes="恢復至2019年同月的: a share of a base (as h43's 2019年的)"),
    mg_rate("同月的[86.2%]", 86.2, "国际旅客", "share"),
    mg_visitors("廣東省的有[132.06萬人次]", 132.06, "来自广东省的",
                notes="a source region: part of the name, no subject (as 來自美國)"),
    mg_rate("佔內地旅客的[56.0%]", 56.0, "来自广东省的占内地旅客", "share"),
    mg_visitors("城市的有[39.55萬人次]", 39.55, "来自大湾区珠江口西岸城市的"),
    mg_rate("按年上升[19.2%]", 19.2, "来自大湾区珠江口西岸城市的"),
    mg_visitors("將[超過340萬人次]", 340, "入境旅客", "target", MGDEC, qual="over",
                qtext="超過", notes="預計: a forecast (target, as h87's 預估)"),
    mg_visitors("旅客有[28.44萬人次]", 28.44, "经旅行社来澳的旅客"),
    mg_rate("按年下跌[4.7%]", -4.7, "经旅行社来澳的旅客"),
    row("會展活動[97項]", 97, "項", "项", "举办会展活动", "actual", MG11,
        notes="the flow verb 舉辦 kept (as h43's; session 23)"),
    row("按年增加[15項]", 15, "項", "项", "举办会展活动", "actual", MG11,
        notes="an absolute change: actual"),
    mg_visitors("觀眾共[31.2萬人次]", 31.2, "与会者及入场观众"),
    row("等於港元[0.97元]", 0.97, "元", "元", "澳门币1元", "other", NONE, "about", "約",
        borderline=True, notes="borderline: a conversion rate in a note (澳門幣1元 a trap)"),
]

# ---------------------------------------------------------------------------------------------
# h94: 于都县教育科技体育局's news on the 2025 中考 (2025-07-14 10:30, signed 2025年7月14日; home
# 于都县, 全县): 报名人数 人 with 比上年增加 (absolute: actual), 实际参考 / 参考率, 考点 / 考场 /
# 监考人员 (主考, 副主考), 残疾考生 名 with 单独考场 (the beneficiary a count of its own), 满分 (a
# scale: borderline, as h66's other against the brief's no metric), 平均分 分 with 提高 分 (a
# level and its absolute change: actual), 600分以上 / 700分以上 (a class's bound: borderline) with
# their counts, 前100名 (a class) with 县城学校占, 体育 平均成绩 / 满分考生占比, 分别 pair of
# subject means, 计划招生 (a plan: target) with 比上年增加, 各批次 录取控制线 分 (scores: levels,
# actual; 第一批次 an ordinal name in the indicator) with 比上年下降, a school table printed as
# text (录取分数线 and 计划数 with no unit printed: 分 / 人 by reading; schools are no places, in
# the name), 截至7月14日 录取 (running totals at a day: count_total) with 录取率 / 个百分点,
# 毛入学率 达到, 预计 约1650名 (a forecast: target), 每生每年2000元, 等4所学校 (after 等: scored),
# 公示期不少于5个工作日 (a notice's rule: other, as h81's deadlines), 补录计划约为88人. Paragraphs
# with no time expression take 2025年 of the headline's 2025年中考. Traps: 10:30, 阅读：3862,
# 7月12日8:00, 第一批次 …, 0.5分 (a rounding rule), 8月20日前, 7月20日, 0797-6322158, 8:30—17:30,
# 一、…六、, 2025年7月14日.
YD = "h94_yudu_county_zhongkao_admissions_2025.txt"
YD25 = P("2025年", "2025-01-01", "2025-12-31")
YDADM = P("截至7月14日", "2025-07-14", "2025-07-14")
YDTAB = "table cell with no unit printed (分 / 人 by reading); a school in the name, no subject"


def yd_count(anchor, value, unit_raw, indicator, kind="actual", period=YD25, **kw):
    return row(anchor, value, unit_raw, unit_raw, indicator, kind, period, **kw)


def yd_score(anchor, value, indicator, period=YD25, **kw):
    """A score (分): a level, not a count; its change in 分 an absolute change (actual)."""
    return row(anchor, value, "分", "分", indicator, "actual", period, **kw)


def yd_rate(anchor, value, indicator, kind="share", period=YD25, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def yd_school(school: str, line: float, plan: int) -> list[dict]:
    """One line of the school table: the school's admission score and its enrolment plan."""
    return [
        row(col_cell(YD, school, 1), line, None, "分", f"{school}录取分数线", "actual", YD25,
            notes=YDTAB),
        row(col_cell(YD, school, 2), plan, None, "人", f"{school}计划数", "target", YD25,
            notes=YDTAB + "; a plan: target"),
    ]


LABELS[YD] = [
    yd_count("报名人数[15286人]", 15286, "人", "中考报名人数", notes="全县 the home"),
    yd_count("比上年增加[412人]", 412, "人", "中考报名人数"),
    yd_count("实际参考[15193人]", 15193, "人", "实际参考"),
    yd_rate("参考率[99.4%]", 99.4, "参考率"),
    yd_count("考点[12个]", 12, "个", "考点"),
    yd_count("考场[508个]", 508, "个", "考场"),
    yd_count("监考人员[1174人]", 1174, "人", "选调监考人员"),
    yd_count("其中主考[12人]", 12, "人", "主考"),
    yd_count("副主考[24人]", 24, "人", "副主考"),
    yd_count("为[21名]残疾考生", 21, "名", "残疾考生",
             notes="the beneficiary is a count of its own, named by its noun"),
    yd_count("单独考场[6个]", 6, "个", "设置单独考场",
             notes="为…考生 a beneficiary, dropped; the deed 设置 kept (session 23)"),
    yd_count("为[3名]视力障碍考生", 3, "名", "视力障碍考生"),
    row("满分为[760分]", 760, "分", "分", "中考总分满分", "other", NONE, borderline=True,
        notes="borderline: a scale (the brief: no metric; h66 labelled its 满分 other)"),
    row("体育与健康[60分]", 60, "分", "分", "体育与健康", "other", NONE, borderline=True,
        notes="borderline: a part of the scale"),
    yd_score("平均分为[468.7分]", 468.7, "考生平均分"),
    yd_score("提高[5.3分]", 5.3, "考生平均分"),
    row("[600分]以上考生", 600, "分", "分", "考生", "other", YD25, "at_least", "以上",
        borderline=True, notes="borderline: a class's bound inside a name"),
    yd_count("以上考生[1326人]", 1326, "人", "600分以上考生", "count_total",
             notes="members of a class (as 达到…标准的): count_total"),
    yd_count("比上年增加[87人]", 87, "人", "600分以上考生"),
    row("[700分]以上考生", 700, "分", "分", "考生", "other", YD25, "at_least", "以上",
        borderline=True, notes="borderline: a class's bound inside a name"),
    yd_count("以上考生[48人]", 48, "人", "700分以上考生", "count_total"),
    yd_count("县城学校占[61名]", 61, "名", "县城学校考生", "count_total",
             notes="前100名 a class (the scope), no metric; members of a class: count_total"),
    yd_score("平均成绩为[52.6分]", 52.6, "考生体育平均成绩",
             notes="5月中旬 the exam's time, the scores the 2025 中考's"),
    yd_rate("满分考生占比为[38.5%]", 38.5, "满分考生占比"),
    yd_score("分别为[87.4分]和79.2分", 87.4, "语文学科平均分", notes="a 分别 pair, in order"),
    yd_score("87.4分和[79.2分]", 79.2, "数学学科平均分"),
    yd_count("普通高中计划招生[8650人]", 8650, "人", "普通高中计划招生", "target",
             notes="a plan (计划): target"),
    yd_count("比上年增加[300人]", 300, "人", "普通高中计划招生", "target"),
    yd_count("公办普通高中计划招生[7380人]", 7380, "人", "公办普通高中计划招生", "target"),
    yd_count("民办普通高中计划招生[1270人]", 1270, "人", "民办普通高中计划招生", "target"),
    yd_count("计划招生[5200人]", 5200, "人", "中等职业学校（职业高中）计划招生", "target"),
    yd_score("录取控制线为[612分]", 612, "第一批次录取控制线",
             notes="第一批次 an ordinal name; the bracket a note"),
    yd_score("录取控制线为[548分]", 548, "第二批次录取控制线"),
    yd_score("比上年下降[4分]", -4, "第二批次录取控制线"),
    yd_score("录取控制线为[432分]", 432, "第三批次录取控制线"),
    yd_score("最低控制线为[280分]", 280, "职业高中录取最低控制线"),
    *yd_school("于都中学", 636, 1050),
    *yd_school("于都二中", 612, 900),
    *yd_school("于都实验中学", 579, 800),
    *yd_school("于都三中", 548, 750),
    *yd_school("于都职业中等专业学校", 280, 2100),
    yd_count("录取新生[8562人]", 8562, "人", "普通高中录取新生", "count_total", YDADM,
             notes="截至 a day: a running total to date"),
    yd_rate("录取率为[56.4%]", 56.4, "录取率", period=YDADM),
    row("提高[1.8个百分点]", 1.8, "个百分点", "百分点", "录取率", "growth_rate", YDADM),
    yd_count("职业高中录取新生[4318人]", 4318, "人", "职业高中录取新生", "count_total", YDADM),
    yd_rate("毛入学率[达到96.5%]", 96.5, "高中阶段毛入学率", period=YDADM, qual="reach",
            qtext="达到"),
    yd_count("约[1650名]", 1650, "名", "家庭经济困难学生享受国家助学金", "target",
             qual="about", qtext="约", notes="预计: a forecast (target); doer + deed in order"),
    yd_count("每生每年[2000元]", 2000, "元", "国家助学金", "other", NONE, notes=PER_HEAD),
    yd_count("等[4所]学校", 4, "所", "学校实行“阳光招生”", "count_total",
             notes="a count after 等 adds information; members that qualified: count_total"),
    row("不少于[5个工作日]", 5, "个工作日", "工作日", "公示期", "other", NONE, "at_least",
        "不少于", notes="a notice's rule (as h81's 内 deadlines: other); 个 dropped from the unit "
        "as 个月 -> 月"),
    yd_count("补录计划约为[88人]", 88, "人", "补录计划", "target", qual="about", qtext="约"),
]


# ---------------------------------------------------------------------------------------------
# Round 32 (h98-h100), labelled by reading before any extractor ran on the three documents. h98:
# 四川省民政厅's 2024年 民政事业发展统计公报 (发布时间 2025-06-18): 年末 stocks (城乡低保对象,
# 特困人员, 养老机构 / 床位, 孤儿, 社会组织, 殡仪馆, 区划, 村（居）委会) and 全年 flows (低保资金,
# 临时救助 人次, 结婚 / 离婚登记 万对, 火化, 捐赠), 平均保障标准 元/人·月 and 元/人·年 (a realised
# average: actual), 最低养育标准 元/人·月 (a rule's parameter: other, undated, as the set's
# per-head grants), 结婚率 / 离婚率 ‰ (shares), 每千名老年人拥有养老床位 (a level: actual),
# 居西部地区第4位 after the level and its growth (ranks the level, session 24), bare 累计 stocks
# (points at the year's end, session 24), 80周岁以上 (a class). Traps: 2024年度, 浏览次数：4127,
# 第二十一条, 2025年1月, 注：1.-4., 每千人口, 028- phone.
CV = "h98_sichuan_civil_affairs_statistics_bulletin_2024.txt"
CVEND = P("年末", "2024-12-31", "2024-12-31")
CVYEAR = P("全年", "2024-01-01", "2024-12-31")
CVEND24 = P("截至2024年底", "2024-12-31", "2024-12-31")
CVSUM = P("累计", "2024-12-31", "2024-12-31")  # the bulletin's year (session 24)
CV_PARA = "no time expression in its clause: the paragraph's most recent one"
CV_RULE = "a standard set by rule (最低养育标准): other, undated, as the set's per-head grants"
CV_SUMN = ("a stock built to date with a bare 累计 in a yearly report: the last day of the year "
           "reported (session 24; was the reference date)")


def cv_stock(anchor, value, unit_raw, unit, indicator, period=CVEND, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def cv_flow(anchor, value, unit_raw, unit, indicator, period=CVYEAR, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def cv_rate(anchor, value, unit_raw, indicator, kind, period, **kw):
    """A growth rate, share or per-mille rate: its unit is its own sign."""
    unit = "百分点" if unit_raw == "个百分点" else unit_raw
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


LABELS[CV] = [
    # 一、社会救助
    cv_stock("城市低保对象[48.6万人]", 48.6, "万人", "人", "城市低保对象"),
    cv_flow("比上年末减少[2.1万人]", -2.1, "万人", "人", "城市低保对象", CVEND,
            notes="an absolute change of a stock: the stock's point"),
    cv_flow("保障标准为[782元/人·月]", 782, "元/人·月", "元/人·月", "城市低保平均保障标准",
            CVEND, notes="a realised average (平均): actual; " + CV_PARA),
    cv_rate("比上年增长[4.3%]", 4.3, "%", "城市低保平均保障标准", "growth_rate", CVEND),
    row("居西部地区[第4位]", 4, "位", "位", "城市低保平均保障标准", "rank", CVEND,
        notes="a rank after the level and its growth ranks the level (session 24); 西部地区 "
        "the base"),
    cv_stock("农村低保对象[312.4万人]", 312.4, "万人", "人", "农村低保对象", notes=CV_PARA),
    cv_flow("保障标准为[6540元/人·年]", 6540, "元/人·年", "元/人·年", "农村低保平均保障标准",
            CVEND, notes=CV_PARA),
    cv_rate("比上年增长[5.1%]", 5.1, "%", "农村低保平均保障标准", "growth_rate", CVEND),
    cv_flow("城乡低保资金[138.7亿元]", 138.7, "亿元", "元", "支出城乡低保资金"),
    cv_stock("共有特困人员[43.9万人]", 43.9, "万人", "人", "特困人员"),
    cv_stock("农村特困人员[41.2万人]", 41.2, "万人", "人", "农村特困人员"),
    cv_flow("供养资金[52.6亿元]", 52.6, "亿元", "元", "支出特困人员救助供养资金"),
    cv_flow("实施临时救助[68.3万人次]", 68.3, "万人次", "人次", "实施临时救助"),
    cv_flow("实施临时救助[1.7万人次]", 1.7, "万人次", "人次", "对非本地户籍对象实施临时救助",
            notes="其中: the part measured off the whole keeps its scope"),
    cv_flow("救助水平[1185元/人次]", 1185, "元/人次", "元/人次", "平均救助水平"),
    cv_stock("低收入人口[达到486.2万人]", 486.2, "万人", "人",
             "纳入低收入人口动态监测信息平台的低收入人口", CVEND24, qual="reach", qtext="达到"),
    cv_flow("较上年底增加[37.5万人]", 37.5, "万人", "人",
            "纳入低收入人口动态监测信息平台的低收入人口", CVEND24),
    # 二、养老服务
    cv_stock("养老机构和设施[2.1万个]", 2.1, "万个", "个", "各类养老机构和设施"),
    cv_stock("注册登记的养老机构[3186个]", 3186, "个", "个", "注册登记的养老机构"),
    cv_stock("床位合计[42.8万张]", 42.8, "万张", "张", "养老床位"),
    cv_rate("护理型床位占比[达到61.5%]", 61.5, "%", "护理型床位占比", "share", CVEND,
            qual="reach", qtext="达到"),
    cv_flow("拥有养老床位[32.6张]", 32.6, "张", "张", "每千名老年人拥有养老床位", CVEND,
            notes="a level per thousand (as h59's 每万人口…拥有量): actual; " + CV_PARA),
    cv_flow("助餐服务点[1420个]", 1420, "个", "个", "新建社区老年助餐服务点"),
    cv_stock("养老服务中心[1075个]", 1075, "个", "个", "建成街道综合养老服务中心", CVSUM,
             notes=CV_SUMN),
    cv_flow("适老化改造[4.8万户]", 4.8, "万户", "户", "特殊困难老年人家庭适老化改造",
            notes=DONE25),
    cv_rate("覆盖率[达到100%]", 100, "%", "城市社区养老服务设施覆盖率", "share", CVYEAR,
            qual="reach", qtext="达到", notes=CV_PARA),
    cv_rate("农村社区[达到78.2%]", 78.2, "%", "农村社区", "share", CVYEAR, qual="reach",
            qtext="达到", notes="an elliptic clause named by its own words (session 20)"),
    cv_stock("享受高龄津贴的有[216.3万人]", 216.3, "万人", "人",
             "享受高龄津贴的80周岁以上老年人", CVYEAR,
             notes="members that qualified (X中…的有N): deed的X, count_total; 80周岁 a class; "
             + CV_PARA),
    cv_flow("发放高龄津贴[21.8亿元]", 21.8, "亿元", "元", "发放高龄津贴"),
    # 三、儿童福利和未成年人保护
    cv_stock("共有孤儿[1.12万人]", 1.12, "万人", "人", "孤儿"),
    cv_stock("集中养育孤儿[2860人]", 2860, "人", "人", "集中养育孤儿"),
    row("养育标准为[1900元/人·月]", 1900, "元/人·月", "元/人·月",
        "集中养育孤儿基本生活最低养育标准", "other", notes=CV_RULE),
    row("散居孤儿为[1400元/人·月]", 1400, "元/人·月", "元/人·月", "社会散居孤儿", "other",
        notes=CV_RULE + "; an elliptic clause named by its own words"),
    cv_stock("事实无人抚养儿童[2.4万人]", 2.4, "万人", "人", "事实无人抚养儿童", notes=CV_PARA),
    # 四、社会事务
    cv_flow("结婚登记[46.8万对]", 46.8, "万对", "对", "办理结婚登记"),
    cv_rate("比上年下降[9.6%]", -9.6, "%", "办理结婚登记", "growth_rate", CVYEAR),
    cv_rate("结婚率为[5.6‰]", 5.6, "‰", "结婚率", "share", CVYEAR),
    cv_flow("离婚登记[15.2万对]", 15.2, "万对", "对", "办理离婚登记", notes=CV_PARA),
    cv_rate("离婚率为[1.8‰]", 1.8, "‰", "离婚率", "share", CVYEAR),
    cv_flow("火化遗体[51.3万具]", 51.3, "万具", "具", "火化遗体"),
    cv_rate("火化率为[68.4%]", 68.4, "%", "火化率", "share", CVYEAR),
    cv_flow("收养登记[486件]", 486, "件", "件", "办理收养登记"),
    cv_stock("殡仪馆[142个]", 142, "个", "个", "殡仪馆"),
    cv_stock("公益性公墓[1865个]", 1865, "个", "个", "公益性公墓"),
    cv_flow("惠及残疾人[58.7万人]", 58.7, "万人", "人", "困难残疾人生活补贴惠及残疾人",
            notes="a flow's beneficiaries in the year: actual (as h89)"),
    cv_flow("护理补贴惠及残疾人[71.4万人]", 71.4, "万人", "人", "重度残疾人护理补贴惠及残疾人",
            notes=CV_PARA),
    # 五、社会组织和慈善事业
    cv_stock("共有社会组织[4.56万个]", 4.56, "万个", "个", "社会组织"),
    cv_rate("比上年增长[1.2%]", 1.2, "%", "社会组织", "growth_rate", CVEND),
    cv_stock("社会团体[1.83万个]", 1.83, "万个", "个", "社会团体"),
    cv_stock("民办非企业单位[2.69万个]", 2.69, "万个", "个", "民办非企业单位"),
    cv_stock("基金会[412个]", 412, "个", "个", "基金会"),
    cv_flow("慈善组织[126家]", 126, "家", "家", "登记认定慈善组织"),
    cv_stock("累计[达到1038家]", 1038, "家", "家", "登记认定慈善组织", CVSUM, qual="reach",
             qtext="达到", notes=CV_SUMN),
    cv_flow("社会捐赠款物[28.4亿元]", 28.4, "亿元", "元", "慈善组织接收社会捐赠款物",
            notes="各级 dropped; the agent kept"),
    cv_rate("比上年增长[6.7%]", 6.7, "%", "慈善组织接收社会捐赠款物", "growth_rate", CVYEAR),
    cv_stock("志愿者[1862万人]", 1862, "万人", "人", "实名注册志愿者", CVYEAR, notes=CV_PARA),
    cv_rate("常住人口的[22.3%]", 22.3, "%", "实名注册志愿者占全省常住人口", "share", CVYEAR),
    cv_stock("社会工作者[6.82万人]", 6.82, "万人", "人", "持证社会工作者", CVYEAR, notes=CV_PARA),
    cv_flow("比上年增加[0.97万人]", 0.97, "万人", "人", "持证社会工作者"),
    # 六、区划地名
    cv_stock("市州[21个]", 21, "个", "个", "市州"),
    cv_stock("县级行政区[183个]", 183, "个", "个", "县级行政区"),
    cv_stock("乡级行政区[3101个]", 3101, "个", "个", "乡级行政区"),
    cv_flow("地名信息[9600余条]", 9600, "余条", "条", "核查更新地名信息", qual="plus",
            qtext="余"),
    # 七、基层治理
    cv_stock("村民委员会[2.57万个]", 2.57, "万个", "个", "村民委员会"),
    cv_stock("社区居民委员会[7468个]", 7468, "个", "个", "社区居民委员会"),
    cv_stock("委会成员[17.9万人]", 17.9, "万人", "人", "村（居）委会成员"),
    cv_rate("女性成员占比为[33.7%]", 33.7, "%", "女性成员占比", "share", CVEND),
    cv_flow("示范点创建[320个]", 320, "个", "个", "完成村（居）务公开示范点创建"),
    cv_rate("覆盖率保持在[100%]", 100, "%", "城乡社区综合服务设施覆盖率", "share", CVYEAR,
            notes=CV_PARA),
]


# ---------------------------------------------------------------------------------------------
# h99: 福建省商务厅's news on the 2025 “双十一” online sales (发布时间 2025-11-13 16:20): the
# festival's span (10月20日20时至11月11日24时: 2025-10-20..2025-11-11) for 网络零售额 亿元 with 同比
# and a gap to the nation (高于全国平均水平…个百分点: other), 规模排名全国第6位, 实物商品 占, 首日 /
# 当天 figures, 品类 in 分别 lists (家用电器 / 服装鞋帽 / 数码产品 前三: a class, no row), 以旧换新,
# 直播带货 场 / 销售额, 石狮、晋江 合计占 (two places: no subject), members over a bound
# (销售额超过1亿元的直播间), 农村电商 and 农产品, 截至目前 示范县, cities 福州 / 厦门 / 泉州
# (subjects) with their 合计占, 9个设区市…均 (the whole set: borderline), 活跃网店 / 新品 / 即时零售
# / 配送时长 分钟, 三个重点平台 (an exhaustive list's total: borderline), 等平台 …均超过20%, 跨境
# 订单 and “GMV”, 快递 揽收 件, 12315 投诉, 32个省级电商直播基地 with a 累计 over the span,
# 1—10月累计 and a 力争全年 goal. Paragraphs with no time expression take the festival's span of the
# lead (as h93's release month). Traps: 16:20, 10月20日20时, 11月11日0时至24时, 前三 / 前三位 /
# 前十, 1亿元 / 1000万元 (class bounds), 12315, “电商+产业带”, 0591- phone, 字号 大 中 小.
EC = "h99_fujian_double_eleven_online_retail_news_2025.txt"
EC11 = P("“双十一”网络购物节期间", "2025-10-20", "2025-11-11")
ECACT = P("活动期间", "2025-10-20", "2025-11-11")
ECDAY1 = P("首日", "2025-10-20", "2025-10-20")
ECDAY = P("“双十一”当天", "2025-11-11", "2025-11-11")
ECNOW = P("截至目前", "2025-11-13", "2025-11-13")
ECLEAD = "no time expression in its paragraph: the festival's span of the lead (as h93)"


def ec_amount(anchor, value, indicator, period=EC11, kind="actual", unit_raw="亿元", unit="元",
              **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def ec_growth(anchor, value, indicator, period=EC11, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def ec_share(anchor, value, indicator, period=EC11, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def ec_city(anchor, value, city):
    return ec_amount(anchor, value, "网络零售额", subject=city,
                     notes="分别 pairs a city with its amount: the city a subject; " + ECLEAD)


LABELS[EC] = [
    ec_amount("我省网络零售额[1286.4亿元]", 1286.4, "网络零售额", notes="the headline's 期间"),
    ec_growth("同比增长[12.7%]\n", 12.7, "网络零售额"),
    ec_amount("实现网络零售额[1286.4亿元]", 1286.4, "网络零售额", notes="实现 a light verb"),
    ec_growth("同比增长[12.7%]，高于", 12.7, "网络零售额"),
    row("平均水平[3.2个百分点]", 3.2, "个百分点", "百分点", "网络零售额增速", "other", EC11,
        notes="a gap to the nation (as h12's / h54's 高于全国…个百分点): other"),
    row("排名全国[第6位]", 6, "位", "位", "网络零售额规模", "rank", EC11,
        notes="规模 names what is ranked"),
    ec_amount("实物商品网络零售额[1098.5亿元]", 1098.5, "实物商品网络零售额"),
    ec_growth("同比增长[11.9%]", 11.9, "实物商品网络零售额"),
    ec_share("占全省网络零售额的[85.4%]", 85.4, "实物商品网络零售额占全省网络零售额"),
    ec_amount("即[突破86亿元]", 86, "网络零售额", ECDAY1, qual="break_through", qtext="突破",
              notes="首日: the day the pre-sale opened (10月20日20时)"),
    ec_amount("网络零售额[达到214.6亿元]", 214.6, "网络零售额", ECDAY, qual="reach", qtext="达到"),
    ec_growth("同比增长[9.8%]", 9.8, "网络零售额", ECDAY),
    ec_amount("网络零售额[168.3亿元]", 168.3, "家用电器网络零售额",
              notes="前三 a class (no row); the 分别 list pairs the categories; " + ECLEAD),
    ec_amount("168.3亿元、[152.7亿元]", 152.7, "服装鞋帽网络零售额"),
    ec_amount("152.7亿元和[119.4亿元]", 119.4, "数码产品网络零售额"),
    ec_growth("同比分别增长[23.6%]", 23.6, "家用电器网络零售额"),
    ec_growth("23.6%、[8.4%]", 8.4, "服装鞋帽网络零售额"),
    ec_growth("8.4%和[17.2%]", 17.2, "数码产品网络零售额"),
    ec_amount("线上销售额[42.8亿元]", 42.8, "家电以旧换新线上销售额"),
    ec_share("占家电网络零售额的[25.4%]", 25.4, "家电以旧换新线上销售额占家电网络零售额"),
    ec_growth("分别增长[31.5%]", 31.5, "运动户外",
              notes="the clause names only its items: nothing borrowed (session 20)"),
    ec_growth("31.5%和[27.9%]", 27.9, "宠物用品"),
    ec_growth("分别增长[22.5%]", 22.5, "在线餐饮网络零售额"),
    ec_growth("22.5%和[18.7%]", 18.7, "在线旅游网络零售额"),
    row("占比较去年提高[1.6个百分点]", 1.6, "个百分点", "百分点", "服务类网络零售额占比",
        "growth_rate", EC11),
    ec_amount("开展直播带货[19.6万场]", 19.6, "开展直播带货", ECACT, unit_raw="万场", unit="场"),
    ec_growth("同比增长[15.3%]", 15.3, "开展直播带货", ECACT),
    ec_amount("销售额[达到326.5亿元]", 326.5, "直播带货销售额", ECACT, qual="reach", qtext="达到"),
    ec_share("占全省网络零售额的[26.8%]", 26.8, "直播带货销售额占全省网络零售额", ECACT),
    ec_share("合计占全省的[41.2%]", 41.2, "石狮、晋江直播带货销售额占全省", ECACT,
             notes="two places: no subject (as h92's three cities); 合计 dropped"),
    ec_amount("直播间有[37个]", 37, "销售额超过1亿元的直播间", ECACT, "count_total", "个", "个",
              notes="members over a bound (1亿元 a class's bound, no row): count_total"),
    ec_amount("较去年增加[9个]", 9, "销售额超过1亿元的直播间", ECACT, unit_raw="个", unit="个"),
    ec_amount("农村网络零售额[213.7亿元]", 213.7, "农村网络零售额", notes=ECLEAD),
    ec_growth("同比增长[14.6%]", 14.6, "农村网络零售额"),
    ec_amount("农产品网络零售额[56.2亿元]", 56.2, "农产品网络零售额"),
    ec_growth("同比增长[18.3%]", 18.3, "农产品网络零售额"),
    ec_amount("综合示范县[38个]", 38, "国家级电子商务进农村综合示范县", ECNOW, "count_total",
              "个", "个"),
    ec_city("分别为[398.2亿元]", 398.2, "福州"),
    ec_city("398.2亿元、[312.6亿元]", 312.6, "厦门"),
    ec_city("312.6亿元和[286.9亿元]", 286.9, "泉州"),
    ec_share("合计占全省的[77.6%]", 77.6, "福州、厦门、泉州网络零售额占全省",
             notes="three places (前三位 a class): no subject; 合计 dropped (as h91 / h92)"),
    ec_growth("分别增长[19.4%]", 19.4, "增速", subject="宁德",
              notes="the clause names only 增速: nothing borrowed from the clause before"),
    ec_growth("19.4%和[17.8%]", 17.8, "增速", subject="南平"),
    ec_amount("全省[9个]设区市", 9, "设区市", EC11, "count_total", "个", "个", borderline=True,
              notes="borderline: the province's whole set (均), as h76's / h79's 全县…全部"),
    ec_amount("活跃网店[达到46.2万家]", 46.2, "活跃网店", ECACT, "count_total", "万家", "家",
              qual="reach", qtext="达到"),
    ec_amount("较去年同期增加[2.8万家]", 2.8, "活跃网店", ECACT, unit_raw="万家", unit="家"),
    ec_amount("的网店[1260家]", 1260, "销售额超过1000万元的网店", ECACT, "count_total", "家",
              "家", notes="其中 members over a bound: count_total"),
    ec_amount("发布新品[3.6万款]", 3.6, "品牌商家发布新品", ECACT, unit_raw="万款", unit="款"),
    ec_amount("即时零售订单[1.92亿单]", 1.92, "即时零售订单", ECACT, unit_raw="亿单", unit="单"),
    ec_growth("同比增长[35.6%]", 35.6, "即时零售订单", ECACT),
    ec_amount("缩短至[28分钟]", 28, "平均配送时长", ECACT, unit_raw="分钟", unit="分钟"),
    ec_share("订单占比[达到31.4%]", 31.4, "县域即时零售订单占比", ECACT, qual="reach",
             qtext="达到"),
    row("较去年同期提高[4.2个百分点]", 4.2, "个百分点", "百分点", "县域即时零售订单占比",
        "growth_rate", ECACT),
    ec_amount("抖音[三个]重点平台", 3, "重点平台", EC11, "count_total", "个", "个",
              borderline=True, notes="borderline: the total of the exhaustive list before it"),
    ec_amount("网络零售额[903.8亿元]", 903.8, "天猫、京东、抖音三个重点平台网络零售额",
              notes="a group with its count part of the name (session 20); " + ECLEAD),
    ec_share("占全省的[70.3%]", 70.3, "天猫、京东、抖音三个重点平台网络零售额占全省"),
    ec_growth("均[超过20%]", 20, "拼多多、快手平台销售额", qual="over", qtext="超过",
              notes="等 dropped from the name (round 29's 钢铁等行业)"),
    ec_amount("出口订单[超过2300万单]", 2300, "跨境电商企业出口订单",
              P("“双十一”期间", "2025-10-20", "2025-11-11"), unit_raw="万单", unit="单",
              qual="over", qtext="超过"),
    ec_amount("“GMV”[约48.6亿元]", 48.6, "GMV", P("“双十一”期间", "2025-10-20", "2025-11-11"),
              qual="about", qtext="约", notes="the quoted name without its quotes"),
    ec_growth("同比增长[21.4%]", 21.4, "GMV", P("“双十一”期间", "2025-10-20", "2025-11-11")),
    ec_amount("揽收快件[13.8亿件]", 13.8, "邮政快递业揽收快件",
              P("10月20日至11月11日", "2025-10-20", "2025-11-11"), unit_raw="亿件", unit="件"),
    ec_growth("同比增长[16.2%]", 16.2, "邮政快递业揽收快件",
              P("10月20日至11月11日", "2025-10-20", "2025-11-11")),
    ec_amount("揽收快件[9216万件]", 9216, "揽收快件", P("11月11日当天", "2025-11-11", "2025-11-11"),
              unit_raw="万件", unit="件"),
    ec_amount("网购投诉举报[1.28万件]", 1.28, "12315平台受理网购投诉举报", ECACT,
              unit_raw="万件", unit="件"),
    ec_growth("同比下降[6.3%]", -6.3, "12315平台受理网购投诉举报", ECACT),
    ec_amount("挽回经济损失[865万元]", 865, "挽回经济损失", ECACT, unit_raw="万元",
              notes="the beneficiary 为消费者 dropped (session 20)"),
    ec_amount("全省[32个]省级", 32, "省级电商直播基地", ECACT, "count_total", "个", "个",
              notes=CV_PARA.replace("clause", "sentence")),
    ec_amount("公益培训[460余场次]", 460, "开展公益培训", ECACT, "count_total", "余场次", "场次",
              qual="plus", qtext="余", notes="a 累计 of a flow takes the span (session 18)"),
    ec_amount("带货主播[1.5万人次]", 1.5, "培训带货主播", ECACT, "count_total", "万人次", "人次",
              notes="one 累计 carries over its sentence's coordinated clauses (round 29)"),
    ec_amount("累计[达到6912.5亿元]", 6912.5, "网络零售额", P("1—10月", "2025-01-01", "2025-10-31"),
              "count_total", qual="reach", qtext="达到"),
    ec_growth("同比增长[8.9%]", 8.9, "网络零售额", P("1—10月", "2025-01-01", "2025-10-31")),
    ec_amount("零售额[突破8000亿元]", 8000, "网络零售额", P("全年", "2025-01-01", "2025-12-31"),
              "target", qual="break_through", qtext="突破"),
]


# ---------------------------------------------------------------------------------------------
# h100: 公安部交通管理局's release on motor vehicles and drivers to 2025年9月底 (发布时间
# 2025-10-14; a national text, its home 全国): 截至…9月底 stocks (机动车 / 汽车 保有量 亿辆, 驾驶人
# 亿人, 新能源汽车 with 占汽车总量的 and 与2024年底相比增加 (a stock's change: the point), 纯电动
# 占新能源汽车保有量的), 前三季度 flows (新注册登记 with 同比, 新领证) and the same flow by quarter
# in one sentence (一季度 / 二季度 / 三季度 with 环比), 广东 (a subject) 位居全国第1位, cities over
# bounds (98个 / 44个 / 28个 / 等19个 / 21个: members, count_total; the bounds no rows), 成都 / 北京
# / 重庆 with ranks 第一 / 第二、第三 (subjects), drivers by sex, 驾龄 and age (classes in the
# names), 交管12123 users, 今年以来 累计 异地业务, 电子驾驶证, 载货汽车 / 摩托车, 二手车 with a N:1
# ratio, 农村地区 (a region: part of the name). Title and section headings restating the body's
# figures carry no time expression: undated. Traps: 10月14日, 2024年底, 12123, 12122, 122, 110, 010-
# phone, 1年 / 26岁至50岁 / 60岁 (class bounds), 100万辆 / 200万辆 … (bounds); borderline
# 深圳、成都、上海超过100万辆 (a class's bound said of a closed list).
MV = "h100_mps_motor_vehicles_drivers_q3_2025.txt"
MVEND = P("截至2025年9月底", "2025-09-30", "2025-09-30")
MVSEP = P("截至9月底", "2025-09-30", "2025-09-30")
MVQ3 = P("前三季度", "2025-01-01", "2025-09-30")
MVQ1 = P("一季度", "2025-01-01", "2025-03-31")
MVQ2 = P("二季度", "2025-04-01", "2025-06-30")
MVQ3ONLY = P("三季度", "2025-07-01", "2025-09-30")
MVSINCE = P("今年以来", "2025-01-01", "2025-10-14")
MVHEAD = "a title or heading restating the body's figure, no time expression of its own: undated"
MVBOUND = "members over a bound (the bound a class, no row): deed的X, count_total"


def mv_stock(anchor, value, unit_raw, unit, indicator, period=MVSEP, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def mv_flow(anchor, value, unit_raw, unit, indicator, period=MVQ3, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def mv_pct(anchor, value, indicator, kind, period=MVSEP, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def mv_cities(anchor, value, indicator, notes=MVBOUND, **kw):
    return mv_stock(anchor, value, "个", "个", indicator, notes=notes, **kw)


LABELS[MV] = [
    mv_stock("保有量[达4.56亿辆] ", 4.56, "亿辆", "辆", "机动车保有量", NONE, qual="reach",
             qtext="达", notes=MVHEAD),
    mv_stock("保有量[突破3900万辆]", 3900, "万辆", "辆", "新能源汽车保有量", NONE,
             qual="break_through", qtext="突破", notes=MVHEAD),
    mv_stock("保有量[达4.56亿辆]，", 4.56, "亿辆", "辆", "机动车保有量", MVEND, qual="reach",
             qtext="达", notes="全国 the home (a national text)"),
    mv_stock("其中汽车[3.61亿辆]", 3.61, "亿辆", "辆", "汽车", MVEND),
    mv_stock("机动车驾驶人[5.45亿人]", 5.45, "亿人", "人", "机动车驾驶人", MVEND),
    mv_stock("其中汽车驾驶人[5.06亿人]", 5.06, "亿人", "人", "汽车驾驶人", MVEND),
    mv_flow("新注册登记机动车[2587万辆]", 2587, "万辆", "辆", "新注册登记机动车",
            P("2025年前三季度", "2025-01-01", "2025-09-30")),
    mv_pct("同比增长[3.6%]", 3.6, "新注册登记机动车", "growth_rate",
           P("2025年前三季度", "2025-01-01", "2025-09-30")),
    mv_flow("新注册登记汽车[1945万辆]", 1945, "万辆", "辆", "新注册登记汽车",
            P("2025年前三季度", "2025-01-01", "2025-09-30")),
    mv_pct("同比增长[4.2%]", 4.2, "新注册登记汽车", "growth_rate",
           P("2025年前三季度", "2025-01-01", "2025-09-30")),
    mv_flow("新领证驾驶人[1826万人]", 1826, "万人", "人", "新领证驾驶人",
            P("2025年前三季度", "2025-01-01", "2025-09-30")),
    # 一、新能源汽车
    mv_stock("一、新能源汽车保有量[达3926万辆]", 3926, "万辆", "辆", "新能源汽车保有量", NONE,
             qual="reach", qtext="达", notes=MVHEAD + "; corrected after the blind score: the "
             "label had left the adjacent 达 out of the quote (the convention puts it in, reach)"),
    mv_pct("[10.88%]\n", 10.88, "新能源汽车保有量占汽车总量", "share", NONE, notes=MVHEAD),
    mv_stock("全国新能源汽车保有量[达3926万辆]", 3926, "万辆", "辆", "新能源汽车保有量", MVEND,
             qual="reach", qtext="达"),
    mv_pct("占汽车总量的[10.88%]，", 10.88, "新能源汽车保有量占汽车总量", "share", MVEND),
    mv_flow("相比增加[786万辆]", 786, "万辆", "辆", "新能源汽车保有量", MVEND,
            notes="the change of a stock since 2024年底: the stock's point (as h59's 提高2.2件)"),
    mv_pct("增长[25.03%]", 25.03, "新能源汽车保有量", "growth_rate", MVEND),
    mv_stock("纯电动汽车保有量[2846万辆]", 2846, "万辆", "辆", "纯电动汽车保有量", MVEND),
    mv_pct("新能源汽车保有量的[72.49%]", 72.49, "纯电动汽车保有量占新能源汽车保有量", "share",
           MVEND),
    mv_flow("新注册登记新能源汽车[888.6万辆]", 888.6, "万辆", "辆", "新注册登记新能源汽车"),
    mv_pct("同比增长[27.4%]", 27.4, "新注册登记新能源汽车", "growth_rate", MVQ3),
    mv_pct("汽车总量的[45.69%]", 45.69, "新注册登记新能源汽车占新注册登记汽车总量", "share",
           MVQ3),
    mv_flow("新能源汽车[263.8万辆]", 263.8, "万辆", "辆", "新注册登记新能源汽车", MVQ1),
    mv_flow("二季度[298.5万辆]", 298.5, "万辆", "辆", "新注册登记新能源汽车", MVQ2,
            notes="a clause naming only its quarter: the sentence's measure"),
    mv_flow("三季度[326.3万辆]", 326.3, "万辆", "辆", "新注册登记新能源汽车", MVQ3ONLY),
    mv_pct("环比增长[9.3%]", 9.3, "新注册登记新能源汽车", "growth_rate", MVQ3ONLY),
    mv_stock("保有量[达到412万辆]", 412, "万辆", "辆", "新能源汽车保有量", MVEND, qual="reach",
             qtext="达到", subject="广东", notes="a province in a national text: a subject"),
    row("位居全国[第1位]", 1, "位", "位", "新能源汽车保有量", "rank", MVEND, subject="广东"),
    # 二、城市
    mv_cities("城市达[98个]", 98, "汽车保有量超过100万辆的城市", period=NONE, qual="reach",
              qtext="达"),
    mv_cities("全国有[98个]", 98, "汽车保有量超过100万辆的城市"),
    mv_flow("同比增加[3个]", 3, "个", "个", "汽车保有量超过100万辆的城市", MVSEP),
    mv_cities("其中[44个]", 44, "超过200万辆的城市"),
    mv_cities("200万辆，[28个]", 28, "超过300万辆的城市"),
    mv_stock("保有量[达到694万辆]", 694, "万辆", "辆", "汽车保有量", qual="reach", qtext="达到",
             subject="成都"),
    row("位居全国[第一]", 1, None, "位", "汽车保有量", "rank", MVSEP, subject="成都"),
    mv_stock("分别为[672万辆]", 672, "万辆", "辆", "汽车保有量", subject="北京",
             notes="the 分别 clause names only its places: the paragraph's measure"),
    mv_stock("672万辆和[621万辆]", 621, "万辆", "辆", "汽车保有量", subject="重庆"),
    row("位居[第二]", 2, None, "位", "汽车保有量", "rank", MVSEP, subject="北京"),
    row("第二、[第三]", 3, None, "位", "汽车保有量", "rank", MVSEP, subject="重庆"),
    mv_cities("郑州等[19个]", 19, "超过400万辆的城市", notes=MVBOUND + "; a count after 等"),
    mv_cities("的城市有[21个]", 21, "新能源汽车保有量超过50万辆的城市"),
    mv_stock("上海超过[100万辆]", 100, "万辆", "辆", "深圳、成都、上海新能源汽车保有量",
             qual="over", qtext="超过", borderline=True,
             notes="borderline: a class's bound said of a closed list of places"),
    # 三、驾驶人
    mv_stock("驾驶人数量[达5.45亿人]", 5.45, "亿人", "人", "机动车驾驶人数量", qual="reach",
             qtext="达"),
    mv_stock("女性驾驶人[1.93亿人]", 1.93, "亿人", "人", "女性驾驶人"),
    mv_pct("驾驶人总数的[35.41%]", 35.41, "女性驾驶人占驾驶人总数", "share"),
    mv_stock("驾龄不满1年的驾驶人[2186万人]", 2186, "万人", "人", "驾龄不满1年的驾驶人",
             notes="1年 a class's bound in the name"),
    mv_pct("驾驶人总数的[4.01%]", 4.01, "驾龄不满1年的驾驶人占驾驶人总数", "share"),
    mv_stock("26岁至50岁驾驶人[3.78亿人]", 3.78, "亿人", "人", "26岁至50岁驾驶人",
             notes="an age class in the name"),
    mv_pct("占[69.36%]", 69.36, "26岁至50岁驾驶人占比", "share"),
    mv_stock("60岁以上驾驶人[2104万人]", 2104, "万人", "人", "60岁以上驾驶人"),
    mv_flow("分别为[612万人]", 612, "万人", "人", "新领证驾驶人", MVQ1),
    mv_flow("612万人、[598万人]", 598, "万人", "人", "新领证驾驶人", MVQ2),
    mv_flow("三季度[616万人]", 616, "万人", "人", "新领证驾驶人", MVQ3ONLY),
    # 四、交管12123
    mv_stock("注册用户[达5.62亿]", 5.62, "亿", None, "“交管12123”App注册用户", qual="reach",
             qtext="达", notes="users implied: unit null"),
    mv_stock("各类业务[28.6亿笔]", 28.6, "亿笔", "笔", "办理各类业务", MVQ3,
             notes="a 累计 of a flow over 前三季度: count_total, the span"),
    mv_pct("同比增长[13.2%]", 13.2, "办理各类业务", "growth_rate", MVQ3),
    mv_stock("异地业务[1.36亿辆次]", 1.36, "亿辆次", "辆次", "办理机动车检验异地业务", MVSINCE,
             notes="为群众 (a beneficiary) dropped"),
    mv_stock("异地考试[386万人次]", 386, "万人次", "人次", "办理驾驶证异地考试", MVSINCE,
             notes="办理 governs the list; one 累计 carries over it"),
    mv_stock("全国[336个]城市", 336, "个", "个", "推行小型汽车驾驶证考试“全国通考”的城市",
             MVSINCE, notes="members that qualified: count_total; " + CV_PARA),
    mv_stock("共有[4.12亿名]", 4.12, "亿名", "名", "驾驶人申领电子驾驶证",
             notes="doer + deed (session 20)"),
    mv_pct("驾驶人总数的[75.6%]", 75.6, "驾驶人申领电子驾驶证占驾驶人总数", "share"),
    # 五、货车和摩托车
    mv_stock("载货汽车保有量[3412万辆]", 3412, "万辆", "辆", "载货汽车保有量"),
    mv_pct("汽车总量的[9.45%]", 9.45, "载货汽车保有量占汽车总量", "share"),
    mv_stock("摩托车保有量[8975万辆]", 8975, "万辆", "辆", "摩托车保有量"),
    mv_flow("比去年底增加[268万辆]", 268, "万辆", "辆", "摩托车保有量", MVSEP,
            notes="the change of a stock: the stock's point"),
    mv_flow("新注册登记摩托车[1096万辆]", 1096, "万辆", "辆", "新注册登记摩托车"),
    mv_pct("同比下降[2.8%]", -2.8, "新注册登记摩托车", "growth_rate", MVQ3),
    # 六、二手车交易和农村地区
    mv_flow("转让登记业务[2506万笔]", 2506, "万笔", "笔", "办理二手车转让登记业务"),
    mv_pct("同比增长[5.7%]", 5.7, "办理二手车转让登记业务", "growth_rate", MVQ3),
    row("之比为[1.29:1]", 1.29, None, None, "二手车交易登记量与新车注册登记量之比", "share",
        MVQ3, notes="an N:1 ratio valued N (as h91's 车桩比)"),
    mv_stock("农村地区汽车保有量[1.12亿辆]", 1.12, "亿辆", "辆", "农村地区汽车保有量",
             notes="a region: part of the name (session 20)"),
    mv_pct("汽车总量的[31.02%]", 31.02, "农村地区汽车保有量占汽车总量", "share"),
    mv_pct("汽车驾驶人占比为[83.6%]", 83.6, "农村地区新领证驾驶人中汽车驾驶人占比", "share",
           notes="the scope 中 kept in the share's name; " + CV_PARA),
]


# ---------------------------------------------------------------------------------------------
# Round 31 labels (h95-h97), in build_gold.py's LABELS format: paste before `def build()`. Labelled
# by reading, before any extractor run on the three documents. h95: 国家外汇管理局's monthly release
# of the official reserve assets at 2025年10月末 (发布时间 2025-11-07; a national text, home 全国,
# 我国 dropped): 外汇储备规模 亿美元 (a stock at the month's end: count_total) with 较9月末上升 (an
# absolute change in the level's unit: actual, dated at the point as h92's 较年初) and 升幅
# (growth_rate), the reasons (美元指数 上涨, 欧元兑美元 / 日元兑美元 下跌, bond and equity indices:
# growth_rate of the month), 3.3万亿美元以上 (a level's bound: count_total at_least) and
# 位居全球第一 (a rank), 黄金储备 万盎司 with 较9月末增加, its value 亿美元 with 占官方储备资产的
# and 个百分点, a spokesman's quote (银行结售汇顺差 / 涉外收支顺差 of 10月份: flows, actual;
# 前10个月 累计上升: count_total of the span), 月均规模 (an average level: actual) with
# 较2024年同期增加, 较2024年末累计增加 (a running total dated at 截至10月末), 基金组织储备头寸 /
# 特别提款权 with their changes, 亿SDR (unit SDR), a table printed as text (亿美元 / 亿SDR columns,
# rows named by their item, 合计 dropped as h91 / h92, the title's 2025年10月末). Traps: 2025-11-07,
# 连续第4个月 / 连续第12个月 / 连续23个月 (streaks), 1.-5. row numbers, 1SDR, 四舍五入, 2025年第3号,
# 12月7日, 010- phones; borderline the notes' conversions (1SDR=1.3605美元, 31.1035克, 约合2304吨: a
# restatement of 7409万盎司 in another unit).
RV = "h95_safe_official_reserve_assets_oct_2025.txt"
RV_END = P("截至2025年10月末", "2025-10-31", "2025-10-31")
RV_OCT_END = P("10月末", "2025-10-31", "2025-10-31")
RV_TO_END = P("截至10月末", "2025-10-31", "2025-10-31")
RV_TABLE = P("2025年10月末", "2025-10-31", "2025-10-31")
RV_MONTH = P("2025年10月", "2025-10-01", "2025-10-31")
RV_OCT = P("10月", "2025-10-01", "2025-10-31")
RV_OCT_QUOTE = P("10月份", "2025-10-01", "2025-10-31")
RV_YTD = P("前10个月", "2025-01-01", "2025-10-31")
RV_YTD_YEAR = P("2025年前10个月", "2025-01-01", "2025-10-31")
RV_NOTE = ("borderline: a note's conversion (a rate, or a figure restated in another unit), as "
           "h93's 港元0.97元")
RV_TAB = "a text table's cell: the unit from its column's head (亿美元 / 亿SDR), the title's date"


def rv_usd(anchor, value, indicator, kind="count_total", period=RV_OCT_END, **kw):
    return row(anchor, value, "亿美元", "美元", indicator, kind, period, **kw)


def rv_rate(anchor, value, indicator, kind="growth_rate", period=RV_OCT, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def rv_table(item: str, usd: float, sdr: float, indicator: str) -> list[dict]:
    """A line of the 官方储备资产 table: the item's 亿美元 cell and its 亿SDR cell."""
    return [
        rv_usd(col_cell(RV, item, 1), usd, indicator, period=RV_TABLE, notes=RV_TAB),
        row(col_cell(RV, item, 2), sdr, "亿SDR", "SDR", indicator, "count_total", RV_TABLE,
            notes=RV_TAB),
    ]


LABELS[RV] = [
    rv_usd("外汇储备规模为[33426亿美元]", 33426, "外汇储备规模", period=RV_END,
           notes="我国 the home (a national text)"),
    rv_usd("较9月末上升[187亿美元]", 187, "外汇储备规模", "actual", RV_END,
           notes="an absolute change in the level's unit at the point (as h92's 较年初)"),
    rv_rate("升幅为[0.56%]", 0.56, "外汇储备规模", period=RV_END),
    rv_rate("美元指数上涨[1.9%]", 1.9, "美元指数", period=RV_MONTH),
    rv_rate("欧元兑美元下跌[1.7%]", -1.7, "欧元兑美元"),
    rv_rate("日元兑美元下跌[3.1%]", -3.1, "日元兑美元"),
    rv_rate("债券指数下跌[0.6%]", -0.6, "全球主要债券指数"),
    rv_rate("股票指数上涨[2.3%]", 2.3, "主要股票指数",
            notes="an elliptic clause: named by its own words"),
    row("保持在[3.3万亿美元以上]", 3.3, "万亿美元", "美元", "外汇储备规模", "count_total",
        RV_OCT_END, "at_least", "以上", notes="连续第4个月 a streak, no metric"),
    row("位居全球[第一]", 1, None, "位", "外汇储备规模", "rank", RV_OCT_END,
        notes="全球 the field ranked in, no subject"),
    row("黄金储备为[7409万盎司]", 7409, "万盎司", "盎司", "黄金储备", "count_total", RV_OCT_END),
    row("较9月末增加[3万盎司]", 3, "万盎司", "盎司", "黄金储备", "actual", RV_OCT_END,
        notes="连续第12个月 a streak, no metric"),
    rv_usd("黄金储备价值为[2958.60亿美元]", 2958.60, "黄金储备价值"),
    rv_usd("较9月末增加[212.35亿美元]", 212.35, "黄金储备价值", "actual"),
    rv_rate("占官方储备资产的[7.99%]", 7.99, "黄金储备价值占官方储备资产", "share", RV_OCT_END),
    row("提高[0.51个百分点]", 0.51, "个百分点", "百分点", "黄金储备价值占官方储备资产",
        "growth_rate", RV_OCT_END),
    rv_usd("银行结售汇顺差[185亿美元]", 185, "银行结售汇顺差", "actual", RV_OCT_QUOTE,
           notes="a spokesman's quote of realised figures"),
    rv_rate("环比增长[23%]", 23, "银行结售汇顺差", period=RV_OCT_QUOTE),
    rv_usd("涉外收支顺差[262亿美元]", 262, "非银行部门涉外收支顺差", "actual", RV_OCT_QUOTE,
           notes="企业、个人等 examples of a list, dropped"),
    rv_usd("累计上升[1404亿美元]", 1404, "外汇储备规模", "count_total", RV_YTD,
           notes="累计 over 前10个月: a running total of the span"),
    row("始终稳定在[3.2万亿美元以上]", 3.2, "万亿美元", "美元", "外汇储备规模", "count_total",
        RV_YTD, "at_least", "以上", notes="a level's bound held over the span"),
    rv_usd("月均规模为[32987亿美元]", 32987, "外汇储备月均规模", "actual", RV_YTD_YEAR,
           notes="an average level over a span (as 日均): actual"),
    rv_usd("较2024年同期增加[512亿美元]", 512, "外汇储备月均规模", "actual", RV_YTD_YEAR),
    row("已连续23个月稳定在[3.2万亿美元以上]", 3.2, "万亿美元", "美元", "外汇储备规模",
        "count_total", RV_TO_END, "at_least", "以上", notes="连续23个月 a streak"),
    row("累计增加[129万盎司]", 129, "万盎司", "盎司", "黄金储备", "count_total", RV_TO_END,
        notes="较2024年末累计增加: a running total to the sentence's 截至10月末 (2024年末 "
        "the base)"),
    rv_usd("基金组织储备头寸为[102.37亿美元]", 102.37, "基金组织储备头寸"),
    rv_usd("较9月末增加[1.05亿美元]", 1.05, "基金组织储备头寸", "actual"),
    rv_usd("（SDR）为[529.84亿美元]", 529.84, "特别提款权"),
    rv_usd("较9月末减少[4.16亿美元]", -4.16, "特别提款权", "actual"),
    row("官方储备资产为[27208.73亿SDR]", 27208.73, "亿SDR", "SDR", "官方储备资产", "count_total",
        RV_OCT_END, notes="以SDR计价 the unit's frame"),
    rv_rate("较9月末上升[0.83%]", 0.83, "官方储备资产", period=RV_OCT_END),
    *rv_table("1.外汇储备", 33426.00, 24568.91, "外汇储备"),
    *rv_table("2.基金组织储备头寸", 102.37, 75.24, "基金组织储备头寸"),
    *rv_table("3.特别提款权", 529.84, 389.45, "特别提款权"),
    *rv_table("4.黄金", 2958.60, 2174.64, "黄金"),
    *rv_table("5.其他储备资产", 0.67, 0.49, "其他储备资产"),
    *rv_table("官方储备资产合计", 37017.48, 27208.73, "官方储备资产"),
    row("1SDR=[1.3605美元]", 1.3605, "美元", "美元", "SDR汇率", "other", RV_OCT_END,
        notes=RV_NOTE, borderline=True),
    row("1盎司约合[31.1035克]", 31.1035, "克", "克", "盎司", "other", NONE, "about", "约合",
        notes=RV_NOTE, borderline=True),
    row("7409万盎司约合[2304吨]", 2304, "吨", "吨", "黄金储备", "count_total", RV_OCT_END,
        "about", "约合", notes=RV_NOTE, borderline=True),
]


# ---------------------------------------------------------------------------------------------
# h96: 內政部戶政司's monthly population statistics for 114年（2025年）10月 in Traditional script
# (發布日期 114-11-10; home 台湾, 全國 the home): 出生數 / 死亡數 人 (flows of the month: actual)
# with 粗出生率 / 粗死亡率 ‰ (share, as the set's 出生率) and 較上月 changes (actual), 第一胎占
# (X占比), 性比例 (a ratio with no unit: share), 自然減少 (the natural increase, signed: actual)
# with 自然增加率 -3.25‰ (growth_rate, as h-set's 自然增长率), 結婚 / 離婚 對 with 千分之N (‰),
# 截至10月底 stocks (總人口 written 2,332萬8,415人: one number grouped by 萬, valued whole, unit_raw
# 人) with 較上月 / 較上年同期 減少 and 年減率 (a rate of decrease: signed), 社會增加, 總戶數,
# 平均每戶人口 (a level per household: actual), 男性 / 女性 with 女性多於男性 (a gap: other) and
# 性比例, 六都 (a group with its count in the name; a paragraph with no time expression: the title's
# 114年10月) with 占全國總人口 and the six cities in order (subjects, written bare), 與上月比較
# changes, 新竹縣, age groups (65歲以上 / 0至14歲 / 15至64歲 in the names) with 個百分點 and
# 超過20%, 扶養比 / 扶老比 / 扶幼比, 老化指數 (a ratio ×100 with no unit: share), 原住民 with 山地 /
# 平地, 外籍與大陸（含港澳）配偶 累計 at 截至10月底, 累計114年1至10月 (a run-in 累計: count_total)
# with 較113年同期 / 負成長, 114年第3季, policy amounts (育兒津貼 最高7,000元, 生育補助, 臺北市
# 獎勵金: other, undated, session 23). Traps: 114-11-10, 點閱次數：2156, 今（10）日,
# 連續22個月 / 連續第11個月
# (streaks), 近10年, （113年至117年）, 0至6歲, 乘以12, 千分之一, (02)2356-5005; borderline 約177名
# (老化指數 restated per 100 young people) and 居各縣市之冠 (a rank with no numeral: unlabelled).
TWP = "h96_taiwan_moi_population_statistics_oct_2025_trad.txt"
TWP_OCT = P("10月", "2025-10-01", "2025-10-31")
TWP_TITLE = P("114年10月", "2025-10-01", "2025-10-31")
TWP_END = P("截至10月底", "2025-10-31", "2025-10-31")
TWP_OCT_END = P("10月底", "2025-10-31", "2025-10-31")
TWP_YTD = P("114年1至10月", "2025-01-01", "2025-10-31")
TWP_Q3 = P("114年第3季", "2025-07-01", "2025-09-30")
TWP_YEAR = P("今年", "2025-01-01", "2025-12-31")
TWP_GROUPED = ("one number grouped by 萬, valued in its last unit (as 27兆4,190億元 -> "
               "274190 億元, heldout README)")


def twp_people(anchor, value, indicator, kind="actual", period=TWP_OCT, **kw):
    return row(anchor, value, "人", "人", indicator, kind, period, **kw)


def twp_pairs(anchor, value, indicator, kind="actual", period=TWP_OCT, **kw):
    return row(anchor, value, "對", "对", indicator, kind, period, **kw)


def twp_wan(anchor, value, indicator, period=TWP_TITLE, **kw):
    return row(anchor, value, "萬人", "人", indicator, "count_total", period, **kw)


def twp_pct(anchor, value, indicator, kind="share", period=TWP_OCT_END, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def twp_permille(anchor, value, indicator, unit_raw="‰", kind="share", **kw):
    return row(anchor, value, unit_raw, "‰", indicator, kind, TWP_OCT, **kw)


LABELS[TWP] = [
    twp_people("出生數為[9,812人]", 9812, "出生数"),
    twp_permille("粗出生率為[4.96‰]", 4.96, "粗出生率",
                 notes="a yearly rate from the month's births (註1): share, as the set's 出生率"),
    twp_people("較上月增加[436人]", 436, "出生数"),
    twp_pct("第一胎占[52.4%]", 52.4, "第一胎占比", period=TWP_OCT,
            notes="X占N% with no base: X占比 (as h84 / h87); 第一胎 an ordinal name"),
    row("出生嬰兒性比例為[106.3]", 106.3, None, None, "出生婴儿性比例", "share", TWP_OCT,
        notes="a ratio with no unit (boys per 100 girls): share, as 城乡居民收入比"),
    twp_people("死亡數為[16,247人]", 16247, "死亡数"),
    twp_permille("粗死亡率為[8.21‰]", 8.21, "粗死亡率"),
    twp_people("較上月增加[1,083人]", 1083, "死亡数"),
    twp_people("人口自然減少[6,435人]", -6435, "人口自然增加",
               notes="a natural decrease: the natural increase, signed (as "
               "人口減少約1.2萬人 -1.2)"),
    twp_permille("自然增加率為[-3.25‰]", -3.25, "自然增加率", kind="growth_rate",
                 notes="as the set's 自然增长率 (growth_rate, as written), named by its own words "
                 "(session 23); 連續22個月 a streak"),
    twp_pairs("結婚對數為[10,268對]", 10268, "结婚对数"),
    twp_permille("粗結婚率為[千分之5.19]", 5.19, "粗结婚率", unit_raw="千分之",
                 notes="千分之N is N‰ (the unit written before the number)"),
    twp_pairs("較上月增加[2,115對]", 2115, "结婚对数"),
    twp_pairs("離婚對數為[4,371對]", 4371, "离婚对数"),
    twp_permille("粗離婚率為[千分之2.21]", 2.21, "粗离婚率", unit_raw="千分之"),
    twp_pairs("較上月減少[86對]", -86, "离婚对数"),
    twp_people("總人口為[2,332萬8,415人]", 23328415, "总人口", "count_total", TWP_END,
               notes=TWP_GROUPED + "; 全國 the home"),
    twp_people("較上月減少[5,872人]", -5872, "总人口", period=TWP_END,
               notes="an absolute change at the point (as h92's 较年初)"),
    twp_people("較上年同期減少[8萬2,341人]", -82341, "总人口", period=TWP_END, notes=TWP_GROUPED),
    twp_pct("年減率為[0.35%]", -0.35, "总人口", "growth_rate", TWP_END,
            notes="年減率: a yearly rate of decrease, signed as a 減少 is (open: no precedent)"),
    twp_people("社會增加[563人]", 563, "人口社会增加"),
    row("總戶數為[930萬4,126戶]", 9304126, "戶", "户", "总户数", "count_total", TWP_OCT,
        notes=TWP_GROUPED + "; the paragraph's latest time expression is 10月 (社會增加), not "
        "截至10月底"),
    row("平均每戶人口[2.51人]", 2.51, "人", "人", "平均每户人口", "actual", TWP_OCT,
        notes="a level per household (as 保险密度): actual"),
    row("男性人口為[1,150.2萬人]", 1150.2, "萬人", "人", "男性人口", "count_total", TWP_OCT),
    row("女性人口為[1,182.6萬人]", 1182.6, "萬人", "人", "女性人口", "count_total", TWP_OCT),
    row("多於男性[32.4萬人]", 32.4, "萬人", "人", "女性多于男性", "other", TWP_OCT,
        notes="a gap between two groups, not a change over time (as h01's 高于全国)"),
    row("性比例為[97.26]", 97.26, None, None, "性比例", "share", TWP_OCT,
        notes="a ratio with no unit: share"),
    twp_wan("六都人口合計[1,626.5萬人]", 1626.5, "六都人口",
            notes="a group with its count, in the name (session 20); the paragraph has no time "
            "expression: the title's 114年10月 (as h93's 11月份)"),
    twp_pct("占全國總人口[69.72%]", 69.72, "六都人口占全国总人口", period=TWP_TITLE),
    twp_wan("新北市[401.2萬人]", 401.2, "人口", subject="新北"),
    twp_wan("臺中市[286.3萬人]", 286.3, "人口", subject="台中"),
    twp_wan("高雄市[272.6萬人]", 272.6, "人口", subject="高雄"),
    twp_wan("臺北市[246.9萬人]", 246.9, "人口", subject="台北"),
    twp_wan("桃園市[235.4萬人]", 235.4, "人口", subject="桃园"),
    twp_wan("臺南市[184.1萬人]", 184.1, "人口", subject="台南"),
    twp_people("人口增加[1,214人]", 1214, "人口", period=TWP_TITLE, subject="桃园",
               notes="與上月比較: a change of the month"),
    twp_people("減少[2,036人]", -2036, "人口", period=TWP_TITLE, subject="台北"),
    twp_people("較上月增加[512人]", 512, "人口", period=TWP_TITLE, subject="新竹县",
               notes="居各縣市之冠: a rank with no numeral (borderline), unlabelled"),
    row("65歲以上人口為[468.0萬人]", 468.0, "萬人", "人", "65岁以上人口", "count_total",
        TWP_OCT_END, notes="65歲以上 a class's bound inside the name"),
    twp_pct("占總人口[20.06%]", 20.06, "65岁以上人口占总人口"),
    row("增加[0.86個百分點]", 0.86, "個百分點", "百分点", "65岁以上人口占总人口", "growth_rate",
        TWP_OCT_END),
    twp_pct("超過[20%]", 20, "65岁以上人口占总人口", qual="over", qtext="超過",
            notes="a level's bound; 連續第11個月 a streak"),
    twp_pct("0至14歲人口占[11.32%]", 11.32, "0至14岁人口占比"),
    twp_pct("15至64歲人口占[68.62%]", 68.62, "15至64岁人口占比"),
    twp_pct("扶養比為[45.73%]", 45.73, "扶养比"),
    twp_pct("扶老比為[29.23%]", 29.23, "扶老比"),
    twp_pct("扶幼比為[16.50%]", 16.50, "扶幼比"),
    row("老化指數為[177.21]", 177.21, None, None, "老化指数", "share", TWP_OCT_END,
        notes="old per 100 young, no unit: a ratio (share)"),
    row("對應約[177名]", 177, "名", "人", "老年人口", "share", TWP_OCT_END, "about", "約",
        notes="borderline: 老化指數 restated per 100 young people (每100名 a base)",
        borderline=True),
    twp_people("原住民人口為[60萬4,318人]", 604318, "原住民人口", "count_total", TWP_OCT_END,
               notes=TWP_GROUPED),
    twp_pct("占總人口[2.59%]", 2.59, "原住民人口占总人口"),
    twp_people("較上月增加[366人]", 366, "原住民人口", period=TWP_OCT_END),
    twp_people("山地原住民[31萬5,027人]", 315027, "山地原住民", "count_total", TWP_OCT_END,
               notes=TWP_GROUPED + "; 其中 a frame word"),
    twp_people("平地原住民[27萬2,490人]", 272490, "平地原住民", "count_total", TWP_OCT_END,
               notes=TWP_GROUPED),
    twp_people("配偶累計[58萬9,672人]", 589672, "外籍与大陆（含港澳）配偶", "count_total", TWP_END,
               notes=TWP_GROUPED + "; 累計 at 截至10月底: a stock at the day"),
    twp_pct("配偶占[63.9%]", 63.9, "大陆（含港澳）配偶占比", period=TWP_END),
    twp_people("出生數為[95,642人]", 95642, "出生数", "count_total", TWP_YTD,
               notes="a run-in 累計 over 1至10月: count_total of the span"),
    twp_people("較113年同期減少[11,208人]", -11208, "出生数", period=TWP_YTD),
    twp_pct("負成長[10.49%]", -10.49, "出生数", "growth_rate", TWP_YTD,
            notes="負成長: a decline, signed"),
    twp_people("死亡數為[167,530人]", 167530, "死亡数", "count_total", TWP_YTD),
    twp_pct("較上年同期增加[2.3%]", 2.3, "死亡数", "growth_rate", TWP_YTD),
    twp_pairs("結婚對數為[10萬3,577對]", 103577, "结婚对数", "count_total", TWP_YTD,
              notes=TWP_GROUPED),
    twp_pairs("離婚對數為[4萬1,926對]", 41926, "离婚对数", "count_total", TWP_YTD,
              notes=TWP_GROUPED),
    twp_people("出生數為[28,127人]", 28127, "出生数", period=TWP_Q3,
               notes="第3季 a quarter (7至9月): a flow of the quarter; 近10年 no metric"),
    row("最高提高至[7,000元]", 7000, "元", "新台币", "0至6岁育儿津贴", "other", NONE, "at_most",
        "最高", notes=PER_HEAD + "; 今年起 when the rate took effect; 0至6歲 the class, kept (as "
        "h48's 0至2岁育儿津贴); 元 in a text counting 民國 years is 新台币 (QA round 15)"),
    row("每胎提高至[10萬元]", 10, "萬元", "新台币", "生育补助", "other", notes=PER_HEAD),
    row("每胎[2萬元]", 2, "萬元", "新台币", "生育奖励金", "other", subject="台北",
        notes=PER_HEAD),
]


# ---------------------------------------------------------------------------------------------
# h97: 深圳地铁集团's news on October's ridership (发布时间 2025-11-05 09:30; home 深圳, 全市): 线网
# 累计运送乘客 亿乘次 (a running total of the month: count_total), 日均客运量 万乘次 with 同比 /
# 环比, a record day (10月24日 达, 首次突破 1200万乘次: the threshold passed, break_through) with
# 较此前纪录（9月30日的…）增加 (the earlier record a level of its own day), 国庆中秋假期8天 (累计 /
# 日均 elliptic, named by its own words; 10月1日 最高), a station's 单日最高进出站量 (stations are
# no places), 加开列车 列次, 等6条线路 (after 等: scored, lines that qualified: count_total),
# 站务人员和 志愿者 人次, 等12座大客流车站, 累计解答问询 次, lines' 日均客运量 in a 分别 list (N号线
# in the name; 前三 a class), 13号线北延段 with 较开通首月, 换乘量 / 换乘系数 (no unit: actual),
# 早高峰 进站量 with 占全日…的, 满载率, 行车间隔 秒, 截至10月底 stocks (线路 条, 里程 公里, 车站 /
# 换乘站 座) with 线网密度 居全国第二位, 2025年以来 新开通 (flows) and 全自动运行线路 (stocks in
# that sentence: undated, as 人才总量 after a 以来 clause), 1—10月 累计 with 日均 / 同比, 分担率
# with 个百分点, 兑现率 / 正点率, 每百万车公里故障率 次 (a rate per a base: share), 热线 来电 万通
# with 其中 占 and 办结率, 乘车码 share, a bare 累计 (a point at the release day) with 其中10月单月,
# 预计年内 (a forecast: target), 到2025年底 达到…以上 (target). Traps: 2025-11-05 09:30,
# 浏览量：8471, 第5次, 10月24日（星期五）, 9月30日, N号线 (names), 0:30, 7:30—9:00, 五和站至坂田站,
# 四期, 8号线三期 / 20号线二期, 6:30/23:00, 23:30, 0755-88960033.
SZM = "h97_shenzhen_metro_ridership_oct_2025.txt"
SZM_MONTH = P("2025年10月", "2025-10-01", "2025-10-31")
SZM_OCT = P("10月", "2025-10-01", "2025-10-31")
SZM_RECORD = P("10月24日", "2025-10-24", "2025-10-24")
SZM_PREV = P("9月30日", "2025-09-30", "2025-09-30")
SZM_HOLIDAY = P("国庆中秋假期", "2025-10-01", "2025-10-08")
SZM_HOLIDAY_SPAN = P("假期期间", "2025-10-01", "2025-10-08")
SZM_HOLIDAY_PEAK = P("假期", "2025-10-01", "2025-10-08")
SZM_OCT1 = P("10月1日", "2025-10-01", "2025-10-01")
SZM_END = P("截至10月底", "2025-10-31", "2025-10-31")
SZM_SINCE = P("2025年以来", "2025-01-01", "2025-11-05")
SZM_YTD = P("1—10月", "2025-01-01", "2025-10-31")
SZM_POINT = P("累计", "2025-11-05", "2025-11-05")
SZM_YEAR = P("年内", "2025-01-01", "2025-12-31")
SZM_YEAR_END = P("到2025年底", "2025-12-31", "2025-12-31")


def szm_rides(anchor, value, indicator, kind="actual", period=SZM_OCT, unit_raw="万乘次", **kw):
    return row(anchor, value, unit_raw, "乘次", indicator, kind, period, **kw)


def szm_pct(anchor, value, indicator, kind="share", period=SZM_OCT, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def szm_count(anchor, value, unit_raw, indicator, kind="count_total", period=SZM_END, **kw):
    return row(anchor, value, unit_raw, unit_raw.removeprefix("万"), indicator, kind, period, **kw)


LABELS[SZM] = [
    szm_rides("累计运送乘客[3.31亿乘次]", 3.31, "运送乘客", "count_total", SZM_MONTH,
              unit_raw="亿乘次", notes="线网 the network, dropped as a frame; 累计 over the month"),
    szm_rides("日均客运量[1068.4万乘次]", 1068.4, "日均客运量", period=SZM_MONTH),
    szm_pct("同比增长[6.8%]", 6.8, "日均客运量", "growth_rate", SZM_MONTH),
    szm_pct("环比增长[3.2%]", 3.2, "日均客运量", "growth_rate", SZM_MONTH),
    szm_rides("线网客运量达[1236.7万乘次]", 1236.7, "线网客运量", period=SZM_RECORD, qual="reach",
              qtext="达", notes="（星期五） no metric"),
    szm_rides("单日客运量首次突破[1200万乘次]", 1200, "线网单日客运量", period=NONE,
              qual="break_through", qtext="突破",
              notes="the headline: no time expression of its own"),
    szm_rides("，首次突破[1200万乘次]", 1200, "线网客运量", period=SZM_RECORD,
              qual="break_through", qtext="突破", notes="the threshold the record day passed"),
    szm_rides("9月30日的[1198.2万乘次]", 1198.2, "此前纪录", period=SZM_PREV,
              notes="the earlier record, a level of its own day (as h-set's 去年同期的 levels); "
              "第5次 no metric"),
    szm_rides("增加[38.5万乘次]", 38.5, "线网客运量", period=SZM_RECORD),
    szm_rides("累计运送乘客[7862.4万乘次]", 7862.4, "运送乘客", "count_total", SZM_HOLIDAY,
              notes="假期8天 the holiday's length, no metric"),
    szm_rides("日均[982.8万乘次]", 982.8, "日均运送乘客", period=SZM_HOLIDAY,
              notes="日均 after a total: 日均 + its name, frame words dropped (session 23)"),
    szm_pct("日均增长[9.4%]", 9.4, "日均运送乘客", "growth_rate", SZM_HOLIDAY),
    szm_rides("最高，达[1107.5万乘次]", 1107.5, "客运量", period=SZM_OCT1, qual="reach",
              qtext="达"),
    row("进出站量达[43.6万人次]", 43.6, "万人次", "人次", "福田站单日最高进出站量", "actual",
        SZM_HOLIDAY_SPAN, "reach", "达", notes="a station: no place; 前三位 a class, no metric"),
    row("加开列车[328列次]", 328, "列次", "列次", "加开列车", "actual", SZM_HOLIDAY_PEAK,
        notes="假期出行高峰: the holiday"),
    row("等[6条]线路", 6, "条", "条", "线路延长运营", "count_total", SZM_HOLIDAY_PEAK,
        notes="after 等: scored; lines that qualified (doer + deed); 0:30 no metric"),
    row("志愿者[1.8万人次]", 1.8, "万人次", "人次", "投入站务人员和志愿者", "actual",
        SZM_HOLIDAY_SPAN),
    row("等[12座]大客流车站", 12, "座", "座", "大客流车站实施限流措施", "count_total",
        SZM_HOLIDAY_SPAN, notes="after 等: scored (doer + deed)"),
    row("乘客问询[36.2万次]", 36.2, "万次", "次", "解答乘客问询", "count_total", SZM_HOLIDAY_SPAN,
        notes="累计 over the holiday: a running total of the span"),
    szm_rides("分别为[152.3万乘次]", 152.3, "1号线日均客运量",
              notes="a 分别 list of lines, in order; N号线 a line's name"),
    szm_rides("152.3万乘次、[138.6万乘次]", 138.6, "5号线日均客运量"),
    szm_rides("和[112.9万乘次]", 112.9, "11号线日均客运量"),
    szm_rides("日均客运量达到[8.2万乘次]", 8.2, "13号线北延段日均客运量", qual="reach",
              qtext="达到", notes="今年9月底 the line's opening, the figure is October's"),
    szm_pct("较开通首月增长[21.5%]", 21.5, "13号线北延段日均客运量", "growth_rate"),
    szm_rides("换乘量日均为[412.6万乘次]", 412.6, "线网换乘量日均"),
    row("换乘系数为[1.63]", 1.63, None, None, "换乘系数", "actual", SZM_OCT,
        notes="rides per journey, no unit"),
    row("平均进站量为[186.4万人次]", 186.4, "万人次", "人次", "工作日早高峰线网平均进站量",
        "actual", SZM_OCT, notes="（7:30—9:00） no metric"),
    szm_pct("占全日进站量的[27.8%]", 27.8, "工作日早高峰线网平均进站量占全日进站量"),
    szm_pct("区间，达到[128%]", 128, "最大断面满载率", qual="reach", qtext="达到",
            notes="5号线五和站至坂田站 a line's section, no place"),
    row("压缩至[110秒]", 110, "秒", "秒", "早高峰最小行车间隔", "actual", SZM_OCT),
    szm_count("运营线路[17条]", 17, "条", "运营线路"),
    szm_count("运营里程[595.1公里]", 595.1, "公里", "运营里程"),
    szm_count("车站[412座]", 412, "座", "车站"),
    szm_count("换乘站[78座]", 78, "座", "换乘站", notes="其中 a frame word"),
    row("居全国[第二位]", 2, None, "位", "线网密度", "rank", SZM_END,
        notes="全国 the field ranked in, no subject"),
    szm_count("新开通线路（段）[3条]", 3, "条", "新开通线路（段）", "actual", SZM_SINCE),
    szm_count("新增运营里程[46.8公里]", 46.8, "公里", "新增运营里程", "actual", SZM_SINCE),
    szm_count("全自动运行线路达到[4条]", 4, "条", "全自动运行线路", period=NONE, qual="reach",
              qtext="达到", notes="a stock in a sentence whose 以来 scopes only the flows: undated "
              "(as the seeds' 人才总量)"),
    szm_count("里程[118.6公里]", 118.6, "公里", "全自动运行线路里程", period=NONE,
              notes="an elliptic clause: its noun 里程 and the clause before's subject"),
    szm_rides("累计客运量达[31.47亿乘次]", 31.47, "线网累计客运量", "count_total", SZM_YTD,
              unit_raw="亿乘次", qual="reach", qtext="达"),
    szm_rides("日均[1035.2万乘次]", 1035.2, "日均线网客运量", period=SZM_YTD,
              notes="日均 after a total: 日均 + its name, frame words dropped (session 23)"),
    szm_pct("同比增长[5.9%]", 5.9, "日均线网客运量", "growth_rate", SZM_YTD),
    szm_pct("分担率达到[67.3%]", 67.3, "轨道交通占全市公共交通客运量的分担率", period=SZM_YTD,
            qual="reach", qtext="达到", notes="全市 kept, as the set's shares of a 全X"),
    row("提高[2.1个百分点]", 2.1, "个百分点", "百分点", "轨道交通占全市公共交通客运量的分担率",
        "growth_rate", SZM_YTD),
    szm_pct("兑现率为[99.98%]", 99.98, "线网列车运行图兑现率"),
    szm_pct("正点率为[99.96%]", 99.96, "列车正点率"),
    row("故障率[0.41次]", 0.41, "次", "次", "每百万车公里故障率", "share", SZM_OCT,
        notes="a rate per a base (每百万车公里): share"),
    szm_pct("同比下降[18.0%]", -18.0, "每百万车公里故障率", "growth_rate"),
    row("受理来电[6.2万通]", 6.2, "万通", "通", "乘客服务热线受理来电", "actual", SZM_OCT,
        notes="共 a frame word; the hotline's number is printed only at the end"),
    szm_pct("同比下降[12.4%]", -12.4, "乘客服务热线受理来电", "growth_rate"),
    szm_pct("咨询类占[71.5%]", 71.5, "咨询类占比"),
    szm_pct("办结率为[100%]", 100, "投诉办结率"),
    szm_pct("乘客占比达到[82.4%]", 82.4, "使用移动支付方式进站的乘客占比", qual="reach",
            qtext="达到", notes="乘车码等 examples of a list, dropped"),
    row("境外旅客超过[156万人次]", 156, "万人次", "人次", "境外银行卡拍卡过闸服务境外旅客",
        "count_total", SZM_POINT, "over", "超过",
        notes="a bare 累计 after ；: a point at the release day (session 20), though the "
        "sentence opens with 10月"),
    row("单月达[21.3万人次]", 21.3, "万人次", "人次", "境外银行卡拍卡过闸服务境外旅客", "actual",
        P("10月单月", "2025-10-01", "2025-10-31"), "reach", "达"),
    szm_rides("将超过[1050万乘次]", 1050, "线网日均客运量", "target", SZM_YEAR, qual="over",
              qtext="超过", notes="预计 a forecast: target"),
    szm_count("将达到[620公里以上]", 620, "公里", "运营里程", "target", SZM_YEAR_END,
              qual="at_least", qtext="达到…以上"),
]


# Session 22: the bound of a class of members (超过N…的X有M个) is a borderline row wherever the
# set meets it (h34's 使用率不足30%, h36's 超过70%的有5个, h41's 超过100亿元的): rounds 29 and 32
# had left theirs unlabelled, so that reading one counted as a false positive.
CLASS_BOUND = "borderline: the bound of a class of members (as h34's 使用率不足30%)"


def class_bound(anchor, value, unit_raw, unit, indicator, period):
    return row(anchor, value, unit_raw, unit.removeprefix("万").removeprefix("亿"), indicator,
               "count_total", period, qual="over", qtext="超过", borderline=True,
               notes=CLASS_BOUND)


LABELS[EV] += [
    class_bound("数量超过[1万台]的共有", 1, "万台", "台", "充电运营企业所运营充电桩数量", EVM),
]
LABELS[EC] += [
    class_bound("销售额超过[1亿元]的直播间", 1, "亿元", "元", "直播间销售额", ECACT),
    class_bound("销售额超过[1000万元]的网店", 1000, "万元", "元", "网店销售额", ECACT),
]
LABELS[MV] += [
    class_bound("超过[100万辆]的城市达", 100, "万辆", "辆", "城市汽车保有量", NONE),
    class_bound("超过[100万辆]，同比增加", 100, "万辆", "辆", "城市汽车保有量", MVSEP),
    class_bound("44个城市超过[200万辆]", 200, "万辆", "辆", "城市汽车保有量", MVSEP),
    class_bound("28个城市超过[300万辆]", 300, "万辆", "辆", "城市汽车保有量", MVSEP),
    class_bound("19个城市超过[400万辆]", 400, "万辆", "辆", "城市汽车保有量", MVSEP),
    class_bound("保有量超过[50万辆]的城市有", 50, "万辆", "辆", "城市新能源汽车保有量", MVSEP),
]


# ---------------------------------------------------------------------------------------------
# Round 33 (h101-h103), labelled by reading before any extractor ran on the three documents. h101:
# 中国国家铁路集团's news on the 2025 春运 (发布时间 2025-02-23 10:15; a national text, its home
# 全国): the event named with its dates in the lead's brackets (1月14日至2月22日, 共40天: its
# length, no row) dates its later mentions (春运期间, 2025年春运40天), as h99's “双十一”期间;
# 春运首日 (1月14日), 节前 / 节后 with their own bracketed spans, 2月5日（正月初八） a day (第23天
# an ordinal, no row) and 当日 the same day; 累计 running totals count_total whatever the span
# (session 18), flows with no 累计 actual, 日均 named by the last name (round 11); railway bureaus
# and stations are no places (named by their firm / station, no subject, as h91's operators and
# h97's 福田站); 居全国铁路首位 borderline (a rank with no numeral); the 交通运输部 paragraph's
# 其中 members of the 累计 total in the sentence before count_total (open: the 累计 is in the
# sentence before) and the modes' shares in one 分别 list named X占Y; 预计3月份 a forecast
# (target). Traps: 2025-02-23 10:15, 2月22日24时, 15天 / 25天 / 40天 / 8天 (spans), 正月初八,
# 第23天, G1501次 / G1975次 / K4185次 / G6152次, 19时30分, 22时, 12306 / 95306, 字体 大 中 小.
R33_RW = "h101_china_railway_spring_festival_travel_2025.txt"
R33_CY = P("春运期间", "2025-01-14", "2025-02-22")
R33_CY_TITLE = P("2025年春运", "2025-01-14", "2025-02-22")
R33_CY40 = P("2025年春运40天", "2025-01-14", "2025-02-22")
R33_PRE = P("节前", "2025-01-14", "2025-01-28")
R33_POST = P("节后", "2025-01-29", "2025-02-22")
R33_DAY1 = P("春运首日", "2025-01-14", "2025-01-14")
R33_JAN25 = P("1月25日", "2025-01-25", "2025-01-25")
R33_FEB5 = P("2月5日", "2025-02-05", "2025-02-05")
R33_FEB4 = P("2月4日", "2025-02-04", "2025-02-04")
R33_JAN24 = P("1月24日", "2025-01-24", "2025-01-24")
R33_MAR = P("3月份", "2025-03-01", "2025-03-31")
R33_FIRM = "a railway bureau (a firm): named by it, no subject (as h91's operators)"
R33_STATION = "a station: no place (as h97's 福田站)"


def r33_trips(anchor, value, unit_raw, indicator, kind="actual", period=R33_CY, **kw):
    """Passenger trips in 人次."""
    return row(anchor, value, unit_raw, "人次", indicator, kind, period, **kw)


def r33_pct(anchor, value, indicator, kind="growth_rate", period=R33_CY, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r33_modes(anchor, value, mode):
    """One mode's share of the cross-region flow (the 分别 list)."""
    return r33_pct(anchor, value, f"{mode}占全社会跨区域人员流动量", "share", R33_CY40)


LABELS[R33_RW] = [
    # title
    r33_trips("2025年春运全国铁路发送旅客[5.13亿人次]", 5.13, "亿人次", "铁路发送旅客",
              period=R33_CY_TITLE, notes="the title: no 累计, a flow (actual); 2025年春运 the "
              "event whose dates the lead prints"),
    r33_pct("亿人次 同比增长[6.1%]", 6.1, "铁路发送旅客", period=R33_CY_TITLE),
    # lead
    r33_trips("全国铁路累计发送旅客[5.13亿人次]", 5.13, "亿人次", "铁路发送旅客", "count_total",
              notes="累计: a running total (count_total); 全国 the home"),
    r33_pct("同比增长[6.1%]，日均", 6.1, "铁路发送旅客"),
    r33_trips("日均发送旅客[1282.5万人次]", 1282.5, "万人次", "日均发送旅客"),
    r33_trips("动车组列车发送旅客[3.74亿人次]", 3.74, "亿人次", "动车组列车发送旅客",
              "count_total", notes="其中 a frame word; a member of the 累计 total (session 24)"),
    r33_pct("占旅客发送总量的[72.9%]", 72.9, "动车组列车发送旅客占旅客发送总量", "share"),
    # 首日, 节前, 节后, the record day
    r33_trips("全国铁路发送旅客[1045.6万人次]", 1045.6, "万人次", "铁路发送旅客",
              period=R33_DAY1, notes="春运首日（1月14日）: a day"),
    r33_trips("累计发送旅客[1.92亿人次]", 1.92, "亿人次", "铁路发送旅客", "count_total",
              R33_PRE, notes="节前15天（1月14日至28日）: the span in brackets; 15天 its length"),
    r33_pct("同比增长[5.4%]", 5.4, "铁路发送旅客", period=R33_PRE),
    r33_trips("1月25日发送旅客[1538.2万人次]", 1538.2, "万人次", "发送旅客", period=R33_JAN25,
              notes="其中 a frame word; no agent in its clause"),
    r33_trips("累计发送旅客[3.21亿人次]", 3.21, "亿人次", "铁路发送旅客", "count_total",
              R33_POST, notes="节后25天（1月29日至2月22日）: a span across two months"),
    r33_pct("同比增长[6.5%]", 6.5, "铁路发送旅客", period=R33_POST),
    r33_trips("当日全国铁路发送旅客[1686.9万人次]", 1686.9, "万人次", "铁路发送旅客",
              period=R33_FEB5, notes="当日 = 2月5日（正月初八）; 春运第23天 an ordinal, no row"),
    row("当日开行旅客列车[14231列]", 14231, "列", "列", "开行旅客列车", "actual", R33_FEB5),
    # 加开, night trains, services
    row("累计加开旅客列车[4.26万列]", 4.26, "万列", "列", "加开旅客列车", "count_total", R33_CY),
    row("日均加开[1065列]", 1065, "列", "列", "日均加开旅客列车", "actual", R33_CY,
        notes="日均 with a flow verb alone takes the last name (round 11)"),
    row("夜间高铁列车[386列]", 386, "列", "列", "开行夜间高铁列车", "actual", R33_PRE,
        notes="安排 a frame verb; the places list directions, no subject"),
    r33_trips("提供预约服务[128.4万人次]", 128.4, "万人次", "提供预约服务",
              notes="为X the beneficiary dropped, the flow verb 提供 kept (sessions 23, 24)"),
    r33_pct("同比增长[9.7%]", 9.7, "提供预约服务"),
    r33_trips("发送学生旅客[2215万人次]", 2215, "万人次", "发送学生旅客"),
    # bureaus and stations
    r33_trips("春运期间发送旅客[7238.6万人次]", 7238.6, "万人次", "上海局集团公司发送旅客",
              notes=R33_FIRM),
    row("居全国铁路[首位]", 1, None, "位", "上海局集团公司发送旅客", "rank", R33_CY,
        borderline=True, notes="borderline: a rank with no numeral"),
    r33_trips("广铁集团发送旅客[6012.5万人次]", 6012.5, "万人次", "广铁集团发送旅客",
              notes=R33_FIRM),
    r33_pct("同比增长[7.4%]", 7.4, "广铁集团发送旅客"),
    r33_trips("成都局集团公司发送旅客[3306.4万人次]", 3306.4, "万人次",
              "成都局集团公司发送旅客", notes=R33_FIRM),
    r33_pct("同比增长[8.2%]", 8.2, "成都局集团公司发送旅客"),
    r33_trips("单日最高发送旅客[32.8万人次]", 32.8, "万人次", "广州南站单日最高发送旅客",
              notes=R33_STATION + "; the paragraph's 春运期间"),
    r33_trips("最高日到达旅客[21.6万人次]", 21.6, "万人次", "北京西站最高日到达旅客",
              period=R33_POST, notes=R33_STATION),
    row("仍有[4.3万名]旅客候车", 4.3, "万名", "名", "旅客候车", "count_total", R33_FEB4,
        notes="当晚22时后 of 2月4日: people waiting at a time (a stock); doer + deed"),
    r33_trips("工作人员[3600余人次]", 3600, "人次", "工作人员通宵值守", period=R33_FEB4,
              qual="plus", qtext="余", notes="安排 a causative frame: the rest of the clause"),
    # tickets
    row("共发售旅客车票[5.68亿张]", 5.68, "亿张", "张", "铁路12306发售旅客车票", "actual",
        R33_CY, notes="the agent kept, its bracket note and 共 dropped; no 累计: a flow"),
    r33_pct("互联网售票占比[达91.3%]", 91.3, "互联网售票占比", "share", qual="reach",
            qtext="达"),
    row("单日最高售票[2071.4万张]", 2071.4, "万张", "张", "单日最高售票", "actual", R33_JAN24,
        notes="（1月24日） the day in brackets after it"),
    row("累计成功兑现候补订单[2860万张]", 2860, "万张", "张", "成功兑现候补订单", "count_total",
        R33_CY),
    r33_pct("兑现率为[78.6%]", 78.6, "兑现率", "share"),
    r33_trips("累计接听旅客来电[1.02亿人次]", 1.02, "亿人次", "12306客服热线接听旅客来电",
              "count_total", notes="12306 a hotline's name, no metric"),
    # freight
    row("累计发送货物[3.86亿吨]", 3.86, "亿吨", "吨", "国家铁路发送货物", "count_total", R33_CY),
    r33_pct("同比增长[2.3%]", 2.3, "国家铁路发送货物"),
    row("日均装车[17.8万车]", 17.8, "万车", "车", "日均装车", "actual", R33_CY),
    row("电煤日均装车[7.4万车]", 7.4, "万车", "车", "电煤日均装车", "actual", R33_CY,
        notes="其中 a frame word; 95306 a hotline"),
    # 交通运输部: the cross-region flow
    r33_trips("人员流动量累计[90.2亿人次]", 90.2, "亿人次", "全社会跨区域人员流动量",
              "count_total", R33_CY40, notes="40天 the event's length, no row"),
    r33_pct("同比增长[7.1%]", 7.1, "全社会跨区域人员流动量", period=R33_CY40),
    r33_trips("其中，铁路发送旅客[5.13亿人次]", 5.13, "亿人次", "铁路发送旅客", "count_total",
              R33_CY40, notes="其中 members of the 累计 total of the sentence before (open)"),
    r33_trips("公路人员流动量[83.86亿人次]", 83.86, "亿人次", "公路人员流动量", "count_total",
              R33_CY40),
    r33_trips("水路客运量[3120万人次]", 3120, "万人次", "水路客运量", "count_total", R33_CY40),
    r33_trips("民航旅客运输量[9030万人次]", 9030, "万人次", "民航旅客运输量", "count_total",
              R33_CY40),
    r33_modes("流动量的[5.7%]", 5.7, "铁路"),
    r33_modes("5.7%、[93.0%]", 93.0, "公路"),
    r33_modes("93.0%、[0.3%]", 0.3, "水路"),
    r33_modes("0.3%和[1.0%]", 1.0, "民航"),
    # outlook
    r33_trips("保持在[1000万人次以上]", 1000, "万人次", "铁路日均发送旅客", "target", R33_MAR,
              qual="at_least", qtext="以上", notes="预计: a forecast (target); 全国 the home"),
]


# ---------------------------------------------------------------------------------------------
# h102: 海口海关's news on 2024's 离岛免税 (发布时间 2025-01-03 15:42; a province's text, its home
# 海南 (全省)): 2024年（截至12月31日24时） flows (监管离岛免税购物金额 亿元 / 购物人数 万人次 /
# 件数 万件 with 同比分别下降, 人均购物金额 元), monthly figures (2月份 highest, 春节假期8天
# (2月10日至17日) with 日均, 7月份, 12月份 with 同比 / 环比), 提货方式 amounts with bare 占
# (X占比), 三亚 / 海口 (subjects) with 占全省的, 琼海、万宁两地 (no subject), 目前 stores 12家 and
# each city's (subjects), 第12家 an ordinal (no row), 当月 (10月) 销售额 in 万宁, 商品结构 (化妆品
# 占, 分列第二至四位 (borderline: a rank range said of a list), 分别 amounts), 岛内居民 占比提高
# 个百分点 (growth_rate of the share), 旅客来源 (前三 a class, 合计占), “90后”“00后”, 中免集团 (a
# firm, no subject), the 2011年4月20日…以来 running totals to 截至2024年12月31日 (count_total), the
# 10万元 yearly allowance (a rule's cap: other, no period), 2024年 enforcement (案件 起, 案值, 核查
# 万次, 人员 万名), 2025年 力争 (target). The issuer's own name (海口海关) dropped from names, as
# h97's 深圳地铁. Paragraphs with no time expression take the headline's 2024年 (as h94). Traps:
# 2025-01-03 15:42, 浏览次数：2968, 12月31日24时, 2月10日至17日, 8天, 第12家, 10月30日,
# “90后”“00后”, 2020年7月1日, 2020年第33号, 不限次数, 12360.
R33_DF = "h102_haikou_customs_offshore_duty_free_2024.txt"
R33_Y24 = P("2024年", "2024-01-01", "2024-12-31")
R33_FULL24 = P("全年", "2024-01-01", "2024-12-31")
R33_FEB = P("2月份", "2024-02-01", "2024-02-29")
R33_SPRING = P("春节假期", "2024-02-10", "2024-02-17")
R33_JUL = P("7月份", "2024-07-01", "2024-07-31")
R33_DEC = P("12月份", "2024-12-01", "2024-12-31")
R33_OCT = P("当月", "2024-10-01", "2024-10-31")
R33_NOW = P("目前", "2025-01-03", "2025-01-03")
R33_SINCE = P("自2011年4月20日离岛免税政策实施以来，截至2024年12月31日", "2011-04-20",
              "2024-12-31")
R33_Y25 = P("全年", "2025-01-01", "2025-12-31")
R33_DFT = "no time expression in its paragraph: the headline's 2024年 (as h94)"
R33_DUTY = "监管离岛免税购物金额"


def r33_yuan(anchor, value, indicator, unit_raw="亿元", kind="actual", period=R33_Y24, **kw):
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


def r33_rate(anchor, value, indicator, kind="growth_rate", period=R33_Y24, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r33_city_stores(anchor, value, city):
    return row(anchor, value, "家", "家", "离岛免税店", "count_total", R33_NOW, subject=city)


LABELS[R33_DF] = [
    r33_yuan("2024年海口海关监管离岛免税购物金额[309.4亿元]", 309.4, R33_DUTY,
             notes="the headline; the issuer's own name dropped"),
    # lead: 2024年（截至12月31日24时）
    r33_yuan("共监管离岛免税购物金额[309.4亿元]", 309.4, R33_DUTY,
             notes="截至12月31日24时 the year's end: the whole year; 共 a frame word"),
    row("购物人数[568.3万人次]", 568.3, "万人次", "人次", "购物人数", "actual", R33_Y24),
    row("购物件数[3865.2万件]", 3865.2, "万件", "件", "购物件数", "actual", R33_Y24),
    r33_rate("同比分别下降[29.3%]", -29.3, R33_DUTY),
    r33_rate("29.3%、[15.4%]", -15.4, "购物人数"),
    r33_rate("15.4%和[32.1%]", -32.1, "购物件数"),
    r33_yuan("人均购物金额[5444元]", 5444, "人均购物金额", unit_raw="元"),
    r33_rate("同比下降[16.4%]", -16.4, "人均购物金额"),
    # months
    r33_yuan("2月份监管离岛免税购物金额[43.6亿元]", 43.6, R33_DUTY, period=R33_FEB),
    row("购物人数[达72.8万人次]", 72.8, "万人次", "人次", "购物人数", "actual", R33_FEB,
        "reach", "达"),
    r33_yuan("海口海关监管离岛免税购物金额[24.8亿元]", 24.8, R33_DUTY, period=R33_SPRING,
             notes="春节假期8天（2月10日至17日）: 8天 its length; the issuer's name dropped"),
    r33_yuan("日均[3.1亿元]", 3.1, "日均" + R33_DUTY, period=R33_SPRING,
             notes="日均 alone takes the last name (round 11)"),
    r33_yuan("回落至[18.9亿元]", 18.9, "监管购物金额", period=R33_JUL),
    r33_yuan("12月份监管购物金额[31.2亿元]", 31.2, "监管购物金额", period=R33_DEC),
    r33_rate("同比下降[8.7%]", -8.7, "监管购物金额", period=R33_DEC),
    r33_rate("环比增长[18.6%]", 18.6, "监管购物金额", period=R33_DEC),
    # 提货方式 (the headline's 2024年)
    r33_yuan("方式购物金额[112.7亿元]", 112.7, "“即购即提”和“担保即提”方式购物金额",
             notes=R33_DFT + "; the quotes are the text's own words"),
    r33_rate("占[36.4%]", 36.4, "“即购即提”和“担保即提”方式购物金额占比", "share",
             notes="X占N% with no base: X占比"),
    r33_yuan("邮寄送达方式购物金额[143.5亿元]", 143.5, "邮寄送达方式购物金额"),
    r33_rate("占[46.4%]", 46.4, "邮寄送达方式购物金额占比", "share"),
    r33_yuan("返岛提取方式购物金额[53.2亿元]", 53.2, "返岛提取方式购物金额"),
    r33_rate("占[17.2%]", 17.2, "返岛提取方式购物金额占比", "share"),
    row("方式购物人数[186.5万人次]", 186.5, "万人次", "人次", "“即购即提”方式购物人数",
        "actual", R33_Y24, notes="其中 a frame word"),
    r33_rate("同比增长[12.3%]", 12.3, "“即购即提”方式购物人数"),
    # cities
    r33_yuan("三亚市离岛免税店监管购物金额[176.8亿元]", 176.8, "离岛免税店监管购物金额",
             subject="三亚", notes=R33_DFT),
    r33_rate("同比下降[30.6%]", -30.6, "离岛免税店监管购物金额", subject="三亚"),
    r33_rate("占全省的[57.1%]", 57.1, "离岛免税店监管购物金额占全省", "share", subject="三亚"),
    r33_yuan("海口市离岛免税店监管购物金额[118.3亿元]", 118.3, "离岛免税店监管购物金额",
             subject="海口"),
    r33_rate("同比下降[27.9%]", -27.9, "离岛免税店监管购物金额", subject="海口"),
    r33_rate("占全省的[38.2%]", 38.2, "离岛免税店监管购物金额占全省", "share", subject="海口"),
    r33_yuan("合计监管购物金额[14.3亿元]", 14.3, "琼海、万宁两地离岛免税店监管购物金额",
             notes="a group of places with its count: in the name, no subject; 合计 a frame word"),
    row("全省共有离岛免税店[12家]", 12, "家", "家", "离岛免税店", "count_total", R33_NOW),
    r33_city_stores("其中三亚[5家]", 5, "三亚"),
    r33_city_stores("海口[5家]", 5, "海口"),
    r33_city_stores("琼海[1家]", 1, "琼海"),
    r33_city_stores("万宁[1家]", 1, "万宁"),
    r33_yuan("实现销售额[1.1亿元]", 1.1, "销售额", period=R33_OCT, subject="万宁",
             notes="当月: 10月 (the opening's 10月30日); the store opened in 万宁; 第12家 an "
             "ordinal name, no row"),
    # 商品结构 (全年)
    r33_yuan("监管化妆品销售额[158.6亿元]", 158.6, "监管化妆品销售额", period=R33_FULL24),
    r33_rate("占购物金额的[51.3%]", 51.3, "监管化妆品销售额占购物金额", "share",
             period=R33_FULL24),
    row("分列[第二至四位]", 2, None, "位", "销售额", "rank", R33_FULL24, high=4, borderline=True,
        notes="borderline: a range of ranks said of a list of three (分列), no one value each"),
    r33_yuan("分别为[41.2亿元]", 41.2, "首饰销售额", period=R33_FULL24,
             notes="a 分别 list: each item's own name"),
    r33_yuan("41.2亿元、[29.8亿元]", 29.8, "手表销售额", period=R33_FULL24),
    r33_yuan("29.8亿元和[21.5亿元]", 21.5, "箱包销售额", period=R33_FULL24),
    r33_yuan("岛内居民购物金额[18.4亿元]", 18.4, "岛内居民购物金额", period=R33_FULL24),
    r33_rate("同比增长[6.2%]", 6.2, "岛内居民购物金额", period=R33_FULL24),
    row("占比提高[1.8个百分点]", 1.8, "个百分点", "百分点", "岛内居民购物金额占比",
        "growth_rate", R33_FULL24, notes="a share's change in points (as h99's 服务类…占比)"),
    # 旅客来源 and 经营主体 (the headline's 2024年, then 全年)
    r33_rate("合计占[38.6%]", 38.6, "来自广东、上海、北京的旅客购物金额占比", "share",
             notes=R33_DFT + "; three places: no subject; 前三 a class; 合计 a frame word"),
    r33_rate("占购物人数的[52.4%]", 52.4, "“90后”“00后”旅客占购物人数", "share",
             notes="“90后”“00后” names of age groups, no metric"),
    row("较上年提高[3.5个百分点]", 3.5, "个百分点", "百分点", "“90后”“00后”旅客占购物人数",
        "growth_rate", R33_Y24),
    r33_yuan("全年监管销售额[239.7亿元]", 239.7, "中免集团旗下离岛免税店监管销售额",
             period=R33_FULL24, notes="a firm's stores: no subject"),
    r33_rate("占全省的[77.5%]", 77.5, "中免集团旗下离岛免税店监管销售额占全省", "share",
             period=R33_FULL24),
    row("新引进国际品牌[86个]", 86, "个", "个", "离岛免税店新引进国际品牌", "actual",
        R33_FULL24, notes="the agent kept (各 a frame word)"),
    row("促销活动[320余场]", 320, "场", "场", "开展促销活动", "actual", R33_FULL24, "plus", "余",
        notes="a count after 等 (scored); a later clause without the agent has none"),
    r33_yuan("单日最高销售额[突破2.3亿元]", 2.3, "海口国际免税城单日最高销售额",
             period=R33_FULL24, qual="break_through", qtext="突破",
             notes="a store: no place (its name holds 海口)"),
    # since 2011
    r33_yuan("累计监管离岛免税购物金额[2573.6亿元]", 2573.6, R33_DUTY, kind="count_total",
             period=R33_SINCE, notes="X以来 to the 截至 day printed"),
    row("购物旅客[4105.8万人次]", 4105.8, "万人次", "人次", "购物旅客", "count_total", R33_SINCE),
    row("购物件数[2.98亿件]", 2.98, "亿件", "件", "购物件数", "count_total", R33_SINCE),
    r33_yuan("免税购物额度为[10万元]", 10, "离岛旅客免税购物额度", unit_raw="万元", kind="other",
             period=NONE, notes="a rule's cap (每人每年 its base): other, no period (round 8); "
             "2020年第33号 a document number"),
    # enforcement
    row("走私违法案件[126起]", 126, "起", "起", "查处涉离岛免税“套代购”走私违法案件", "actual",
        R33_Y24, notes="共 a frame word"),
    r33_yuan("案值[3860万元]", 3860, "案值", unit_raw="万元"),
    r33_rate("同比分别下降[21.7%]", -21.7, "查处涉离岛免税“套代购”走私违法案件"),
    r33_rate("21.7%和[35.2%]", -35.2, "案值"),
    row("开展实地核查[1.2万次]", 1.2, "万次", "次", "开展实地核查", "actual", R33_FULL24,
        notes="对X (the object) dropped as 为X"),
    row("对[1.86万名]", 1.86, "万名", "名", "涉嫌“套代购”人员", "actual", R33_FULL24,
        notes="a count before its noun: the noun; the deed done to them after it"),
    # 2025
    row("保持在[500万人次以上]", 500, "万人次", "人次", "监管离岛免税购物人数", "target", R33_Y25,
        "at_least", "以上", notes="力争: a goal; 全年 in a 2025年 sentence"),
]


# ---------------------------------------------------------------------------------------------
# h103: a 第一财经 news comparing the top cities' 2025年前三季度 GDP (2025-10-31 21:06; a national
# outlet's text, its home 全国: 全国GDP, 我国; every city a subject, written bare): 全国 GDP 万亿元
# with 同比; each city's GDP 亿元 with 增长 and its rank (第三 / 排名第四 / 位列第九、第十 /
# 排在第11、 12位), elliptic clauses naming only the city (北京以…紧随其后, 苏州以…, 分别以…: the
# paragraph's measure, as h100's 分别为), a gap 差距 (other) 由上半年的…扩大到前三季度的… (each its
# own period), 深圳's 规模以上工业增加值 with 一季度、上半年分别增长 (one period each), 广州's
# 较上半年的3.2% (上半年's rate) and 回升0.6个百分点 / 苏州's 加快0.3个百分点 (growth_rate of the
# rate), 杭州 上升2位至第八 and 合肥 上升1位至第17位 (a rank's change growth_rate, as h85's
# 上升12位), 居首 borderline, 十强城市 合计 (a sum, scored) with 占全国GDP的, 差距均在800亿元以内
# (other, at_most, two cities: no subject), 比天津高 (a gap: other), 名义增长 (growth_rate named by
# the measure, as h07's 名义增长) and 比实际增速 低 (other), 万亿 members (GDP超过1万亿元的城市
# 17座: count_total; the bound borderline) with 比去年 同期增加1座 (actual), 2024年 27座 and
# 预计2025年 29座 (target), 长三角占4席（…） / 成渝地区占2席（…） (a count totalling the list
# beside it: borderline), 东部 / 中西部城市占 (count_total; the title's 前三季度), 17座万亿城市中
# (a scope: borderline), 中部地区…4座万亿城市 合计 (the 4座 totals its list: borderline),
# 上海、北京全年 有望分别突破 (targets). Traps: 2025-10-31 21:06, 截至10月31日, 十强 / 前十 / 前五
# (classes), 第十名 (a rank restated as a modifier: borderline), 万亿俱乐部, 连续多个季度.
R33_GDP = "h103_top_cities_gdp_q3_news_2025.txt"
R33_Q3 = P("前三季度", "2025-01-01", "2025-09-30")
R33_H1 = P("上半年", "2025-01-01", "2025-06-30")
R33_Q1 = P("一季度", "2025-01-01", "2025-03-31")
R33_2024 = P("2024年", "2024-01-01", "2024-12-31")
R33_2025 = P("2025年", "2025-01-01", "2025-12-31")
R33_YEAR25 = P("全年", "2025-01-01", "2025-12-31")
R33_ELLIPTIC = "an elliptic clause naming only its city: the paragraph's measure (as h100's 分别为)"
R33_GAP = "a gap to another city's or rate's figure (as h01's 高于全国): other"


def r33_gdp(anchor, value, city, indicator="GDP", unit_raw="亿元", period=R33_Q3,
            kind="actual", **kw):
    return row(anchor, value, unit_raw, "元", indicator, kind, period, subject=city, **kw)


def r33_growth(anchor, value, city, indicator="GDP", period=R33_Q3, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, subject=city, **kw)


def r33_rank(anchor, value, city, unit_raw=None, period=R33_Q3, **kw):
    return row(anchor, value, unit_raw, "位", "GDP", "rank", period, subject=city, **kw)


def r33_points(anchor, value, city, kind, indicator="GDP增速", **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, R33_Q3, subject=city, **kw)


def r33_cities(anchor, value, indicator, kind="count_total", period=R33_Q3, unit_raw="座",
               **kw):
    return row(anchor, value, unit_raw, unit_raw, indicator, kind, period, **kw)


LABELS[R33_GDP] = [
    r33_gdp("上海超[3.9万亿元]", 3.9, "上海", unit_raw="万亿元", qual="over", qtext="超",
            notes="the title's 前三季度"),
    # 全国
    r33_gdp("前三季度全国GDP为[101.5万亿元]", 101.5, None, unit_raw="万亿元",
            notes="全国 the home (a national outlet's comparison; 我国 too)"),
    r33_growth("同比增长[5.2%]", 5.2, None),
    # 上海, 北京, 深圳
    r33_gdp("实现地区生产总值[39120.5亿元]", 39120.5, "上海", "地区生产总值",
            notes="实现 a light verb"),
    r33_growth("同比增长[5.5%]", 5.5, "上海", "地区生产总值"),
    r33_gdp("北京以[37650.2亿元]", 37650.2, "北京", "地区生产总值",
            notes=R33_ELLIPTIC + "; 以 here the figure a rank is taken by, no deed priced"),
    r33_growth("增长[5.4%]。两地", 5.4, "北京", "地区生产总值"),
    r33_gdp("由上半年的[1032.5亿元]", 1032.5, None, "两地的差距", period=R33_H1, kind="other",
            notes=R33_GAP + "; 两地 two cities: no subject; 上半年 its own period"),
    r33_gdp("扩大到前三季度的[1470.3亿元]", 1470.3, None, "两地的差距", kind="other"),
    r33_gdp("深圳前三季度GDP为[27916.3亿元]", 27916.3, "深圳"),
    r33_growth("增长[5.1%]", 5.1, "深圳"),
    r33_rank("位居[第三]", 3, "深圳"),
    r33_growth("规模以上工业增加值增长[6.8%]", 6.8, "深圳", "规模以上工业增加值"),
    r33_growth("分别增长[5.9%]和6.3%", 5.9, "深圳", "规模以上工业增加值", R33_Q1,
               notes="a 分别 list of periods: each its own"),
    r33_growth("5.9%和[6.3%]", 6.3, "深圳", "规模以上工业增加值", R33_H1),
    # 重庆, 广州, 苏州
    r33_gdp("重庆前三季度GDP为[24570.8亿元]", 24570.8, "重庆"),
    r33_growth("增长[5.3%]，排名", 5.3, "重庆"),
    r33_rank("排名[第四]", 4, "重庆"),
    r33_gdp("差距缩小至[3345.5亿元]", 3345.5, "重庆", "与深圳的差距", kind="other",
            notes=R33_GAP + "; 重庆's own gap: its subject"),
    r33_gdp("广州前三季度GDP为[23020.6亿元]", 23020.6, "广州"),
    r33_growth("增长[3.8%]", 3.8, "广州"),
    r33_growth("较上半年的[3.2%]", 3.2, "广州", period=R33_H1,
               notes="上半年's rate, in a 前三季度 sentence"),
    r33_points("回升[0.6个百分点]", 0.6, "广州", "growth_rate",
               notes="the rate's change since 上半年 (as a share's change in points)"),
    r33_gdp("苏州以[19835.4亿元]", 19835.4, "苏州", notes=R33_ELLIPTIC),
    r33_rank("排名[第六]", 6, "苏州"),
    r33_growth("增长[5.6%]，增速", 5.6, "苏州"),
    r33_points("加快[0.3个百分点]", 0.3, "苏州", "growth_rate"),
    # 成都, 杭州, 武汉, 南京
    r33_gdp("成都前三季度GDP为[18102.7亿元]", 18102.7, "成都"),
    r33_growth("增长[5.9%]，增速", 5.9, "成都"),
    row("十强城市中居[首]", 1, None, "位", "GDP增速", "rank", R33_Q3, subject="成都",
        borderline=True, notes="borderline: a rank with no numeral"),
    r33_rank("排名[第七]", 7, "成都"),
    r33_gdp("杭州前三季度GDP为[16780.1亿元]", 16780.1, "杭州"),
    r33_growth("增长[5.7%]，排名", 5.7, "杭州"),
    row("上升[2位]", 2, "位", "位", "GDP", "growth_rate", R33_Q3, subject="杭州",
        notes="a rank's change (as h85's 上升12位)"),
    r33_rank("至[第八]", 8, "杭州"),
    r33_gdp("分别以[15490.3亿元]", 15490.3, "武汉", notes=R33_ELLIPTIC),
    r33_gdp("15490.3亿元和[13815.9亿元]", 13815.9, "南京"),
    r33_rank("位列[第九]", 9, "武汉"),
    r33_rank("第九、[第十]", 10, "南京"),
    r33_growth("分别增长[5.6%]和5.0%", 5.6, "武汉"),
    r33_growth("5.6%和[5.0%]", 5.0, "南京"),
    # 十强 total, 天津, 宁波
    r33_gdp("经济总量合计[23.6万亿元]", 23.6, None, "GDP十强城市经济总量", unit_raw="万亿元",
            notes="a sum of amounts (not a count of the list): scored; 合计 a frame word"),
    row("占全国GDP的[23.3%]", 23.3, "%", "%", "GDP十强城市经济总量占全国GDP", "share", R33_Q3),
    r33_gdp("分别以[13490.2亿元]", 13490.2, "天津", notes=R33_ELLIPTIC),
    r33_gdp("13490.2亿元、[13020.4亿元]", 13020.4, "宁波"),
    r33_rank("排在[第11]", 11, "天津"),
    r33_rank("第11、[12位]", 12, "宁波", unit_raw="位"),
    row("与[第十名]南京", 10, "名", "位", "GDP", "rank", R33_Q3, subject="南京", borderline=True,
        notes="borderline: a rank restated as a modifier of its city"),
    r33_gdp("差距均在[800亿元以内]", 800, None, "与第十名南京的差距", kind="other",
            qual="at_most", qtext="以内", notes=R33_GAP + "; two cities (均): no subject"),
    r33_growth("宁波增长[5.8%]", 5.8, "宁波"),
    r33_points("比天津高[0.9个百分点]", 0.9, "宁波", "other", notes=R33_GAP),
    # 名义增速
    r33_growth("名义增长[4.1%]", 4.1, "上海", notes="名义 as h07's 名义增长: the measure's name"),
    r33_points("实际增速低[1.4个百分点]", -1.4, "上海", "other",
               notes=R33_GAP + "; 低 a gap below: negative (as h22's 比上月末低)"),
    r33_growth("深圳名义增长[3.2%]", 3.2, "深圳", notes=R33_ELLIPTIC),
    r33_points("实际增速低[1.9个百分点]", -1.9, "深圳", "other",
               notes=R33_GAP + "; 低: negative"),
    # 万亿俱乐部
    row("GDP超过[1万亿元]的城市", 1, "万亿元", "元", "城市GDP", "count_total", R33_Q3,
        "over", "超过", borderline=True, notes=CLASS_BOUND),
    r33_cities("的城市有[17座]", 17, "GDP超过1万亿元的城市",
               notes="members over a bound: deed的X (as h100's 98个)"),
    r33_cities("比去年同期增加[1座]", 1, "GDP超过1万亿元的城市", "actual",
               notes="as h100's 同比增加3个"),
    r33_gdp("新晋城市为无锡，前三季度GDP为[11610.3亿元]", 11610.3, "无锡"),
    r33_growth("增长[5.4%]。如果", 5.4, "无锡"),
    r33_cities("万亿城市已达[27座]", 27, "GDP万亿城市", period=R33_2024, qual="reach",
               qtext="达", notes="我国 the home"),
    r33_cities("有望增至[29座]", 29, "GDP万亿城市", "target", R33_2025,
               notes="预计…有望: a forecast"),
    # regions (no time expression: the title's 前三季度)
    r33_cities("长三角占[4席]", 4, "长三角", unit_raw="席", borderline=True,
               notes="borderline: a count totalling the exhaustive list beside it"),
    r33_cities("成渝地区占[2席]", 2, "成渝地区", unit_raw="席", borderline=True,
               notes="borderline: a count totalling the exhaustive list beside it"),
    r33_cities("东部城市占[7座]", 7, "东部城市",
               notes="十强城市中 the scope; the title's 前三季度"),
    r33_cities("中西部城市占[3座]", 3, "中西部城市"),
    # beyond the ten
    r33_gdp("青岛前三季度GDP为[12480.6亿元]", 12480.6, "青岛"),
    r33_growth("增长[5.7%]；长沙", 5.7, "青岛"),
    r33_gdp("长沙为[11350.8亿元]", 11350.8, "长沙", notes=R33_ELLIPTIC),
    r33_growth("增长[4.6%]", 4.6, "长沙"),
    r33_gdp("郑州为[11120.5亿元]", 11120.5, "郑州"),
    r33_growth("增长[5.5%]。合肥", 5.5, "郑州"),
    r33_gdp("合肥前三季度GDP为[10205.7亿元]", 10205.7, "合肥"),
    r33_growth("增长[6.1%]", 6.1, "合肥"),
    r33_cities("增速在[17座]万亿城市", 17, "万亿城市", borderline=True, notes=SCOPE),
    row("上升[1位]", 1, "位", "位", "GDP", "growth_rate", R33_Q3, subject="合肥",
        notes="较去年同期上升: a rank's change"),
    r33_rank("至[第17位]", 17, "合肥", unit_raw="位"),
    r33_cities("合肥[4座]万亿城市", 4, "万亿城市", borderline=True,
               notes="borderline: a count totalling the list just before it"),
    r33_gdp("GDP合计[4.8万亿元]", 4.8, None, "中部地区的武汉、长沙、郑州、合肥4座万亿城市GDP",
            unit_raw="万亿元", notes="a region and a group of places: in the name, no subject"),
    # outlook
    r33_gdp("分别突破[5.4万亿元]", 5.4, "上海", unit_raw="万亿元", period=R33_YEAR25,
            kind="target", qual="break_through", qtext="突破", notes="有望: a forecast"),
    r33_gdp("5.4万亿元和[5.2万亿元]", 5.2, "北京", unit_raw="万亿元", period=R33_YEAR25,
            kind="target", qual="break_through", qtext="突破"),
]


# Round 34 labels (h104-h106), in build_gold.py's LABELS format: paste before `def build()`.
# Written by reading the three documents, before any extractor ran on them.

# ---------------------------------------------------------------------------------------------
# h104: 香港 立法會 written reply (立法會十二題) of 房屋局局長 on 公屋 waiting times and supply, in
# Traditional script (2025年10月22日（星期三） at the foot, 今日（十月二十二日） in the lead; home
# 香港): 平均輪候時間 N年 (a realised average: actual, unit 年) at 截至2025年9月底 with 較去年同期的
# 6.1年 (the same point a year before) and 縮短0.6年 (a level's change: the point, signed), 長者一人
# 申請者; applications 宗 grouped in thousands by a space (133 800: one number) at the point with
# 減少約11 200宗, 當中 / 包括 members, 佔申請總數的; financial years (2025/26年度 = 1 April 2025 to
# 31 March 2026; 首六個月, 上半年, 後三年) for 編配 / 落成 flows and the plan's 預計建屋量 (target)
# with its parts; 佔該年度預計落成量約20 600個的43.2% (the plan a target of its year, the share
# named by the figure, as 完成…的X%); 簡約公屋 (合共興建 a plan, undated; 入住率; 住戶遷入; 第二批
# 五個項目 a plan of the year); 營運開支預算 港幣 億元 (a budget: target); the question's and the
# closing's 2026/27年度 goal 約4.5年; the 附件 table by financial year (2020/21 … 2024/25) with
# columns 一般申請者 / 長者一人申請者 (年, the title's unit) and 獲編配單位的一般申請（宗）. Traps:
# 立法會十二題, 十月二十二日, 《行政長官2022年施政報告》, （一）至（三）, 第（一）至（三）部分,
# 過去五個 財政年度, 近四年來, 過去12個月, 首次配屋, 4月1日至翌年3月31日, 首個項目, 第二批,
# 12時15分.
R34_HK = "h104_hongkong_legco_public_housing_reply_2025_trad.txt"
R34_HK_SEP = P("截至2025年9月底", "2025-09-30", "2025-09-30")
R34_HK_YAGO = P("去年同期", "2024-09-30", "2024-09-30")
R34_HK_GOAL = P("2026/27年度", "2026-04-01", "2027-03-31")
R34_HK_H1 = P("2025/26年度首六個月", "2025-04-01", "2025-09-30")
R34_HK_JULSEP = P("今年7月至9月", "2025-07-01", "2025-09-30")
R34_HK_5Y = P("2025/26至2029/30年度", "2025-04-01", "2030-03-31")
R34_HK_LAST3 = P("2027/28至2029/30年度", "2027-04-01", "2030-03-31")
R34_HK_FIRSTHALF = P("2025/26年度上半年", "2025-04-01", "2025-09-30")
R34_HK_FY25 = P("2025/26年度", "2025-04-01", "2026-03-31")
R34_WAIT = "公屋一般申请者的平均轮候时间"
R34_HK_FLAT = "个"
R34_HK_TAB = ("table cell (附件): a financial year (4月1日至翌年3月31日, the note) by row; the "
              "column names the group, the title 公屋平均輪候時間（年） the measure and its unit")


def r34_wait(anchor, value, indicator=R34_WAIT, period=R34_HK_SEP, **kw):
    """A waiting time in years: a realised average (actual), or the goal (target)."""
    kind = kw.pop("kind", "actual")
    return row(anchor, value, "年", "年", indicator, kind, period, **kw)


def r34_cases(anchor, value, indicator, kind="count_total", period=R34_HK_SEP, **kw):
    return row(anchor, value, "宗", "宗", indicator, kind, period, **kw)


def r34_flats(anchor, value, indicator, kind, period, **kw):
    return row(anchor, value, "個", R34_HK_FLAT, indicator, kind, period, **kw)


def r34_fy(year: str) -> tuple:
    """A Hong Kong financial year written 2020/21: 1 April to 31 March of the next year."""
    first = int(year[:4])
    return P(year, f"{first}-04-01", f"{first + 1}-03-31")


R34_HK_TABLE = [
    ("2020/21", "5.8", "3.1", "13 900"),
    ("2021/22", "6.0", "3.6", "12 400"),
    ("2022/23", "5.6", "4.1", "13 200"),
    ("2023/24", "5.9", "4.0", "14 100"),
    ("2024/25", "5.7", "3.9", "15 800"),
]


def r34_hk_table_rows() -> list[dict]:
    """Three cells a line: the two waiting times (年) and the applications housed (宗)."""
    out = []
    for year, general, elderly, housed in R34_HK_TABLE:
        line = f"{year}　　{general}　　{elderly}　　{housed}"
        period = r34_fy(year)
        out += [
            r34_wait(line.replace(f"　　{general}　　", f"　　[{general}]　　"), float(general),
                     "一般申请者平均轮候时间", period, notes=R34_HK_TAB),
            r34_wait(line.replace(f"　　{elderly}　　", f"　　[{elderly}]　　"), float(elderly),
                     "长者一人申请者平均轮候时间", period, notes=R34_HK_TAB),
            r34_cases(line.replace(f"　　{housed}", f"　　[{housed}]"),
                      int(housed.replace(" ", "")), "获编配单位的一般申请", "actual", period,
                      notes=R34_HK_TAB + "; a flow of the year"),
        ]
    return out


LABELS[R34_HK] = [
    # 問題
    r34_wait("縮短至[約4.5年]。就此", 4.5, "公共租住房屋一般申请者的平均轮候时间", R34_HK_GOAL,
             kind="target", qual="about", qtext="約",
             notes="the government's goal; （公屋） an abbreviation in brackets, dropped"),
    # 答覆（一）
    r34_wait("平均輪候時間為[5.5年]", 5.5),
    r34_wait("較去年同期的[6.1年]", 6.1, period=R34_HK_YAGO,
             notes="去年同期 of 截至2025年9月底: the same point a year before"),
    r34_wait("縮短[0.6年]", -0.6, notes="a level's change (縮短: signed) at the level's point"),
    r34_wait("平均輪候時間為[3.8年]", 3.8, "长者一人申请者的平均轮候时间"),
    # 答覆（二）
    r34_cases("約有[133 800宗]", 133800, "公屋申请", qual="about", qtext="約",
              notes="thousands grouped by a space: one number; 約 not adjacent (有)"),
    r34_cases("減少[約11 200宗]", -11200, "公屋申请", "actual", qual="about", qtext="約",
              notes="a stock's change since 2024年9月底: the stock's point, signed"),
    r34_cases("一般申請[約68 500宗]", 68500, "一般申请", qual="about", qtext="約"),
    r34_cases("長者一人申請[約14 300宗]", 14300, "长者一人申请", qual="about", qtext="約"),
    r34_cases("非長者一人申請[約65 300宗]", 65300, "配额及计分制下的非长者一人申请",
              qual="about", qtext="約"),
    row("佔申請總數的[48.8%]", 48.8, "%", "%", "配额及计分制下的非长者一人申请占申请总数",
        "share", R34_HK_SEP),
    r34_flats("共編配了[10 624個]", 10624, "编配公屋单位", "actual", R34_HK_H1,
              notes="房屋署 (the answering bureau's department) and 共 dropped"),
    r34_flats("其中[約3 900個]", 3900, "编配予一般申请者", "actual", R34_HK_H1,
              qual="about", qtext="約"),
    row("進行了[3 218次]", 3218, "次", "次", "进行入息及资产审查", "actual", R34_HK_JULSEP),
    r34_cases("申請共[1 457宗]", 1457, "注销不符合资格的申请", "actual", R34_HK_JULSEP),
    row("共有[約81.2萬個]", 81.2, "萬個", "个", "公屋单位", "count_total", R34_HK_SEP,
        qual="about", qtext="約", notes="a count before its noun: the noun"),
    row("居住人口[約213萬人]", 213, "萬人", "人", "居住人口", "count_total", R34_HK_SEP,
        qual="about", qtext="約"),
    row("全港人口的[三成]", 30, "成", "%", "居住人口占全港人口", "share", R34_HK_SEP,
        qual="about", qtext="約"),
    # 答覆（三）
    r34_flats("約為[189 000個]", 189000, "公营房屋建屋量", "target", R34_HK_5Y, qual="about",
              qtext="約", notes="預計: a plan (as h03's 公营房屋建屋量); 未來五年 its years"),
    r34_flats("綠置居[約134 000個]", 134000, "公屋／绿置居", "target", R34_HK_5Y,
              qual="about", qtext="約", notes="an elliptic item: its own words"),
    r34_flats("資助出售單位[約55 000個]", 55000, "其他资助出售单位", "target", R34_HK_5Y,
              qual="about", qtext="約"),
    row("當中[約62%]", 62, "%", "%", "单位落成", "target", R34_HK_LAST3, qual="about",
        qtext="約", notes="a plan's share (將…落成); 後三年 its years"),
    r34_flats("實際落成[約8 900個]", 8900, "公营房屋实际落成", "actual", R34_HK_FIRSTHALF,
              qual="about", qtext="約"),
    r34_flats("預計落成量[約20 600個]", 20600, "落成量", "target", R34_HK_FY25,
              qual="about", qtext="約",
              notes="the year's plan (該年度 = 2025/26年度); 预计 dropped (session 24)"),
    row("個的[43.2%]", 43.2, "%", "%", "公营房屋实际落成", "share", R34_HK_FIRSTHALF,
        notes="佔…預計落成量的X%: a share of the figure before, named by it (完成…的X%)"),
    r34_flats("合共興建[約30 000個]", 30000, "兴建单位", "target", NONE, qual="about",
              qtext="約", notes="a programme's total with no time expression: undated"),
    r34_flats("提供[約1 920個]", 1920, "提供单位", "count_total", NONE, qual="about", qtext="約",
              notes="the project's size (a stock; the verb 提供 kept, session 24); "
              "2025年3月起 dates the move-in, not the count"),
    r34_flats("共[約5 600個]", 5600, "已落成的简约公屋单位", "count_total", R34_HK_SEP,
              qual="about", qtext="約"),
    row("入住率約為[92%]", 92, "%", "%", "入住率", "share", R34_HK_SEP, qual="about",
        qtext="約"),
    r34_flats("已有[逾4 300個]", 4300, "住户迁入", "count_total", R34_HK_SEP, qual="over",
              qtext="逾", notes="doer + deed (session 20)"),
    r34_flats("第二批共[五個]", 5, "项目落成", "target", R34_HK_FY25,
              notes="第二批 an ordinal; the count a plan of the year (將於…落成)"),
    r34_flats("提供[約7 200個]", 7200, "提供单位", "target", R34_HK_FY25, qual="about", qtext="約"),
    row("港幣[3.6億元]", 3.6, "億元", "港元", "简约公屋营运开支预算", "target", R34_HK_FY25,
        notes="a budget: target"),
    # closing
    r34_wait("縮短至[約4.5年]。\n", 4.5, "一般申请者的平均轮候时间", R34_HK_GOAL,
             kind="target", qual="about", qtext="約"),
    # 附件
    *r34_hk_table_rows(),
]

# ---------------------------------------------------------------------------------------------
# h105: 人力资源社会保障部's 2025年三季度新闻发布会 text (发布时间：2025-10-24; a national text,
# home 全国): 前三季度 城镇新增就业 with 同比增加 and 完成全年1200万人目标任务的88.1% (the target a
# row of the year, the share named by the figure), 9月份 城镇调查失业率 with 比上月 个百分点, 31个
# 大城市 (a group of places: part of the name), 16—24岁劳动力（不含在校生） (a class; the bracket a
# scope note, dropped), 截至9月末 脱贫人口务工规模 (a stock) against 全年3000万人以上的目标任务,
# 技能培训 万人次, 第四批共19个新职业 (近期: no dates) and 累计发布 (a bare 累计: the reference
# day), 三项社会保险 参保人数 in a 分别 list (each item its insurance) with 同比分别增加 (the
# stock's point), 城乡居民 / 领取待遇, 1—9月 基金 总收入 / 总支出 (flows) and 9月末累计结余 (a dated
# stock), 失业保险金 / 稳岗返还 / 惠及企业, 委托投资规模 (a stock), 个人养老金 参加人数, 社保卡 持卡
# / 覆盖 / 电子社保卡, 9月份 服务总量 with 环比, 目前 29个省份, 12333 热线 (a hotline in the name)
# 受理来电 万通 with 接通率, 争议案件 万件 / 劳动者 / 涉案金额 / 办结 / 结案率 / 调解成功率 with
# 比去年同期提高, 监察 案件 and 为…劳动者追讨 (the beneficiary), 答记者问 (高校毕业生 预计: a
# forecast; 实名登记 / 帮扶; 招聘活动 万场; 技能人才 超过 / 以上), and 力争年底前…1000万个以上.
# Traps: 2025-10-24, 浏览次数：6273, 字体 大 中 小, 10月24日上午10时, 2025年第三季度, 一、…五、,
# 16—24岁, 三项, 第四批, 12333 (×2), “百日千万招聘专项行动”, 第13届, 010-84207890.
R34_HR = "h105_mohrss_q3_press_conference_2025.txt"
R34_HR_Q3 = P("前三季度", "2025-01-01", "2025-09-30")
R34_HR_SEP = P("9月份", "2025-09-01", "2025-09-30")
R34_HR_END = P("截至9月末", "2025-09-30", "2025-09-30")
R34_HR_9M = P("1—9月", "2025-01-01", "2025-09-30")
R34_HR_YEAR = P("全年", "2025-01-01", "2025-12-31")
R34_HR_THIS = P("今年", "2025-01-01", "2025-12-31")


def r34_people(anchor, value, unit_raw, indicator, kind="count_total", period=R34_HR_END, **kw):
    """People (人) or attendances (人次), the multiplier 万 / 亿 off the unit."""
    return row(anchor, value, unit_raw, unit_raw.lstrip("万亿"), indicator, kind, period, **kw)


def r34_pct(anchor, value, indicator, kind="share", period=R34_HR_END, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r34_pts(anchor, value, indicator, period, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def r34_yuan(anchor, value, unit_raw, indicator, kind="actual", period=R34_HR_9M, **kw):
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


R34_INSURED = ("基本养老保险参保人数", "失业保险参保人数", "工伤保险参保人数")
R34_INSURED_NOTE = "a 分别 list of insurances sharing 保险参保人数: each item its insurance"
R34_INSURED_LEVELS = ("分别为[10.78亿人]", "10.78亿人、[2.48亿人]", "2.48亿人、[3.05亿人]")
R34_INSURED_CHANGES = ("分别增加[1056万人]", "1056万人、[643万人]", "643万人、[942万人]")

LABELS[R34_HR] = [
    # 一、就业
    r34_people("城镇新增就业[1057万人]", 1057, "万人", "城镇新增就业", "actual", R34_HR_Q3),
    r34_people("同比增加[15万人]", 15, "万人", "城镇新增就业", "actual", R34_HR_Q3),
    r34_people("全年[1200万人]目标", 1200, "万人", "城镇新增就业", "target", R34_HR_YEAR,
               notes="the year's target, written inside 完成全年…目标任务的"),
    r34_pct("目标任务的[88.1%]", 88.1, "城镇新增就业", period=R34_HR_Q3,
            notes="完成…目标任务的X: a share of the figure (session 20)"),
    r34_pct("调查失业率为[5.2%]", 5.2, "城镇调查失业率", period=R34_HR_SEP),
    r34_pts("比上月下降[0.1个百分点]", -0.1, "城镇调查失业率", R34_HR_SEP),
    r34_pct("调查失业率为[5.1%]", 5.1, "31个大城市城镇调查失业率", period=R34_HR_SEP,
            notes="31个大城市 a group of places: part of the name, no row"),
    r34_pct("失业率为[17.3%]", 17.3, "16—24岁劳动力失业率", period=R34_HR_SEP,
            notes="an age class in the name; （不含在校生） a scope note, dropped"),
    r34_people("务工规模[达到3302万人]", 3302, "万人", "脱贫人口务工规模", qual="reach",
               qtext="达到", notes="people in work off the farm: a stock (session 20)"),
    r34_people("全年[3000万人以上]", 3000, "万人", "脱贫人口务工规模", "target", R34_HR_YEAR,
               qual="at_least", qtext="以上"),
    r34_people("职业技能培训[1286万人次]", 1286, "万人次", "开展补贴性职业技能培训", "actual",
               R34_HR_Q3, notes="共 dropped; unit 人次"),
    r34_people("农民工培训[462万人次]", 462, "万人次", "农民工培训", "actual", R34_HR_Q3),
    row("第四批共[19个]", 19, "个", "个", "发布新职业", "actual", P("近期"),
        notes="第四批 an ordinal; 近期 a time expression with no dates"),
    row("新职业[93个]", 93, "个", "个", "发布新职业", "count_total",
        P("累计", "2025-10-24", "2025-10-24"),
        notes="a bare 累计 stock: the reference day (session 20)"),
    # 二、社会保障
    *[r34_people(anchor, value, "亿人", name, notes=R34_INSURED_NOTE)
      for anchor, value, name in zip(R34_INSURED_LEVELS, (10.78, 2.48, 3.05), R34_INSURED,
                                     strict=True)],
    *[r34_people(anchor, value, "万人", name, "actual",
                 notes="a stock's change on a year before: the stock's point")
      for anchor, value, name in zip(R34_INSURED_CHANGES, (1056, 643, 942), R34_INSURED,
                                     strict=True)],
    r34_people("参保人数[5.46亿人]", 5.46, "亿人", "城乡居民基本养老保险参保人数"),
    r34_people("领取待遇人数[1.83亿人]", 1.83, "亿人", "领取待遇人数"),
    r34_yuan("总收入为[6.42万亿元]", 6.42, "万亿元", "三项社会保险基金总收入",
             notes="三项 part of the fund's name"),
    r34_yuan("总支出为[5.86万亿元]", 5.86, "万亿元", "总支出"),
    r34_yuan("累计结余[8.97万亿元]", 8.97, "万亿元", "结余", "count_total",
             P("9月末", "2025-09-30", "2025-09-30"), notes="累计 a frame word; a dated stock"),
    r34_people("人数为[423万人]", 423, "万人", "领取失业保险金人数", "actual", R34_HR_9M,
               notes="a count over 1—9月 with no 累计: a flow of the span"),
    r34_yuan("稳岗返还资金[196亿元]", 196, "亿元", "发放稳岗返还资金"),
    row("惠及企业[89万户]", 89, "万户", "户", "惠及企业", "actual", R34_HR_9M),
    r34_yuan("委托投资规模[2.38万亿元]", 2.38, "万亿元", "基本养老保险基金委托投资规模",
             "count_total", R34_HR_END, notes="a fund's stock at a point (as h95's reserves)"),
    r34_yuan("到账资金[2.16万亿元]", 2.16, "万亿元", "到账资金", "count_total", R34_HR_END),
    r34_people("参加人数[超过7800万人]", 7800, "万人", "参加人数", qual="over", qtext="超过",
               notes="the paragraph's 截至9月末; 个人养老金制度 is the clause before's"),
    # 三、公共服务
    r34_people("持卡人数[达13.92亿人]", 13.92, "亿人", "社会保障卡持卡人数", qual="reach",
               qtext="达"),
    r34_pct("覆盖[99.0%]", 99.0, "覆盖人口"),
    r34_people("领用人数[达10.86亿人]", 10.86, "亿人", "电子社保卡领用人数", qual="reach",
               qtext="达"),
    r34_people("服务总量[6.3亿人次]", 6.3, "亿人次", "电子社保卡服务总量", "actual",
               R34_HR_SEP),
    r34_pct("环比增长[4.2%]", 4.2, "电子社保卡服务总量", "growth_rate", R34_HR_SEP),
    row("已有[29个]省份", 29, "个", "个", "省份实现社保卡跨省通用", "count_total",
        P("目前", "2025-10-24", "2025-10-24"), notes="doer + deed; 目前 the reference day"),
    row("受理来电[4160万通]", 4160, "万通", "通", "12333电话咨询服务热线受理来电", "actual",
        R34_HR_Q3, notes="the hotline's number is part of its name; 共 dropped"),
    r34_pct("接通率为[92.8%]", 92.8, "接通率", period=R34_HR_Q3),
    # 四、劳动关系
    row("争议案件[186.4万件]", 186.4, "万件", "件",
        "劳动人事争议调解仲裁机构处理劳动人事争议案件", "actual", R34_HR_Q3,
        notes="the agent kept (session 20); 各级 and 共 dropped"),
    r34_people("涉及劳动者[203.7万人]", 203.7, "万人", "涉及劳动者", "actual", R34_HR_Q3),
    r34_yuan("涉案金额[645.2亿元]", 645.2, "亿元", "涉案金额", period=R34_HR_Q3),
    row("办结案件[175.9万件]", 175.9, "万件", "件", "办结案件", "actual", R34_HR_Q3),
    r34_pct("结案率[94.4%]", 94.4, "调解仲裁结案率", period=R34_HR_Q3),
    r34_pct("调解成功率为[72.6%]", 72.6, "调解成功率", period=R34_HR_Q3),
    r34_pts("同期提高[1.8个百分点]", 1.8, "调解成功率", R34_HR_Q3),
    row("违法案件[4.8万件]", 4.8, "万件", "件", "劳动保障监察机构查处各类违法案件", "actual",
        R34_HR_Q3, notes="共 dropped, 各类 kept (session 24), the agent kept"),
    row("为[11.3万名]劳动者", 11.3, "万名", "名", "劳动者", "actual", R34_HR_Q3,
        notes="the beneficiaries' count before its noun: the noun (open: the set has both)"),
    r34_yuan("等待遇[18.6亿元]", 18.6, "亿元", "追讨工资等待遇", period=R34_HR_Q3,
             notes="为X (a beneficiary) dropped (session 20)"),
    # 五、答记者问
    r34_people("预计为[1222万人]", 1222, "万人", "高校毕业生规模", "target", R34_HR_THIS,
               notes="预计: a forecast (as h94's)"),
    r34_people("同比增加[43万人]", 43, "万人", "高校毕业生规模", "target", R34_HR_THIS,
               notes="the forecast's change"),
    r34_people("实名登记[286万人]", 286, "万人", "离校未就业高校毕业生实名登记"),
    r34_people("其中[251万人]", 251, "万人", "实现就业或进入就业准备",
               notes="帮扶 causes the deed: named by the rest of the clause; members that moved"),
    r34_pct("帮扶率为[87.8%]", 87.8, "帮扶率"),
    row("招聘活动[12.6万场]", 12.6, "万场", "场", "公共就业服务机构组织各类招聘活动", "actual",
        R34_HR_9M, notes="the agent kept; 共 dropped, 各类 kept (session 24)"),
    row("岗位信息[3980万个]", 3980, "万个", "个", "发布岗位信息", "actual", R34_HR_9M),
    r34_people("人才总量[超过2亿人]", 2, "亿人", "技能人才总量", qual="over", qtext="超过"),
    r34_people("高技能人才[超过6000万人]", 6000, "万人", "高技能人才", qual="over",
               qtext="超过"),
    r34_pct("总量的[30%以上]", 30, "高技能人才占技能人才总量", qual="at_least", qtext="以上"),
    r34_people("人员[218万人]", 218, "万人", "新增取得职业资格证书或职业技能等级证书人员",
               "actual", R34_HR_Q3),
    r34_pct("同比增长[6.5%]", 6.5, "新增取得职业资格证书或职业技能等级证书人员",
            "growth_rate", R34_HR_Q3),
    # closing
    row("提供岗位[1000万个以上]", 1000, "万个", "个", "提供岗位", "target",
        P("年底前", "2025-12-31", "2025-12-31"), qual="at_least", qtext="以上",
        notes="力争: a goal; the beneficiary (为…重点群体) dropped, the verb 提供 kept "
        "(session 24)"),
]

# ---------------------------------------------------------------------------------------------
# h106: 国家能源局's release on renewable power, 2025年1-10月 (发布时间：2025-11-21 15:30; a
# national text, home 全国): 1-10月 新增装机 亿千瓦 / 万千瓦 (flows: actual) with 同比 and 占全国
# 新增电力装机的 (全国 the home, dropped), its parts by source and 集中式 / 分布式光伏 (14423万千瓦
# in 万千瓦 beside 亿千瓦), 截至2025年10月底 累计装机 (count_total) with 同比 and 占 / 个百分点, the
# capacities by source at the point (a capacity in 千瓦 at a date: actual, session 20), 合计 突破,
# 2030年 goal 12亿千瓦以上 (target); 发电量 万亿 / 亿千瓦时 with 同比 and shares, 10月份; 利用率
# with （弃风率3.9%） in brackets, regions (西北地区 / 华北地区: part of the name, the second
# elliptic), 新疆、甘肃 分别…分别提高0.6个和0.4个百分点 (subjects; the unit written once),
# 达到98.6%以上; 分省: 前三 (a class) 新疆 / 内蒙古 / 河北 分别新增 (subjects) with 合计占 (no
# subject), 新疆 累计装机 with 居全国第一, 青海、西藏 分别, 5省（区） over a bound (members; the
# bound borderline), 河北 with 居全国第二位; 绿证 亿个 with 占比 and 增长1.8倍; 新型储能
# 1.02亿千瓦/2.58亿千瓦时 (a pair), 较2024年底 增长, 平均储能时长 小时, 占比超过九成;
# 力争全年…2亿千瓦以上 (target). Traps: 2025-11-21 15:30, 1-10月 (×many), 10月底, 一、…六、,
# 第二批、第三批, 2030年, 010-81929519.
R34_EN = "h106_nea_renewable_energy_jan_oct_2025.txt"
R34_EN_YTD = P("1-10月", "2025-01-01", "2025-10-31")
R34_EN_YTD_Y = P("2025年1-10月", "2025-01-01", "2025-10-31")
R34_EN_END = P("截至2025年10月底", "2025-10-31", "2025-10-31")
R34_EN_END_M = P("截至10月底", "2025-10-31", "2025-10-31")
R34_EN_OCT = P("10月份", "2025-10-01", "2025-10-31")


def r34_kw(anchor, value, unit_raw, indicator, kind="actual", period=R34_EN_YTD_Y, **kw):
    return row(anchor, value, unit_raw, "千瓦", indicator, kind, period, **kw)


def r34_kwh(anchor, value, unit_raw, indicator, period=R34_EN_YTD, **kw):
    return row(anchor, value, unit_raw, "千瓦时", indicator, "actual", period, **kw)


def r34_en_pct(anchor, value, indicator, kind="growth_rate", period=R34_EN_YTD, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r34_en_pts(anchor, value, indicator, period=R34_EN_YTD, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


LABELS[R34_EN] = [
    # 一、装机规模
    r34_kw("新增装机[3.52亿千瓦]", 3.52, "亿千瓦", "可再生能源新增装机"),
    r34_en_pct("同比增长[28.6%]", 28.6, "可再生能源新增装机", period=R34_EN_YTD_Y),
    r34_en_pct("电力装机的[85.7%]", 85.7, "可再生能源新增装机占全国新增电力装机", "share",
               R34_EN_YTD_Y, notes="占全国 kept: the base's whole (session 24)"),
    r34_kw("风电新增装机[8962万千瓦]", 8962, "万千瓦", "风电新增装机"),
    r34_kw("太阳能发电新增装机[2.52亿千瓦]", 2.52, "亿千瓦", "太阳能发电新增装机"),
    r34_kw("常规水电新增装机[586万千瓦]", 586, "万千瓦", "常规水电新增装机"),
    r34_kw("抽水蓄能新增装机[412万千瓦]", 412, "万千瓦", "抽水蓄能新增装机"),
    r34_kw("生物质发电新增装机[124万千瓦]", 124, "万千瓦", "生物质发电新增装机"),
    r34_kw("集中式光伏[1.08亿千瓦]", 1.08, "亿千瓦", "集中式光伏",
           notes="an elliptic item under 太阳能发电新增装机中: its own words"),
    r34_kw("分布式光伏[14423万千瓦]", 14423, "万千瓦", "分布式光伏"),
    r34_en_pct("占比[达57.2%]", 57.2, "分布式光伏占比", "share", R34_EN_YTD_Y, qual="reach",
               qtext="达"),
    r34_kw("累计装机[达到21.64亿千瓦]", 21.64, "亿千瓦", "可再生能源装机", "count_total",
           R34_EN_END, qual="reach", qtext="达到", notes="累计 (a frame word): count_total"),
    r34_en_pct("同比增长[30.2%]", 30.2, "可再生能源装机", period=R34_EN_END,
               notes="a stock's rate on a year before: the stock's point"),
    r34_en_pct("总装机的[59.8%]", 59.8, "可再生能源装机占我国电力总装机", "share", R34_EN_END,
               qual="about", qtext="约",
               notes="占我国 kept: the base's whole (session 24); 约 not adjacent"),
    r34_en_pts("同期提高[3.5个百分点]", 3.5, "可再生能源装机占我国电力总装机", R34_EN_END),
    r34_kw("水电装机[4.39亿千瓦]", 4.39, "亿千瓦", "水电装机", "count_total", R34_EN_END,
           notes="其中 member of the 累计 total before: count_total (session 24)"),
    r34_kw("含抽水蓄能[6136万千瓦]", 6136, "万千瓦", "抽水蓄能", "count_total", R34_EN_END,
           notes="含 a bracketed part of the figure before"),
    r34_kw("风电装机[5.82亿千瓦]", 5.82, "亿千瓦", "风电装机", "count_total", R34_EN_END),
    r34_kw("太阳能发电装机[11.06亿千瓦]", 11.06, "亿千瓦", "太阳能发电装机", "count_total",
           R34_EN_END),
    r34_kw("生物质发电装机[4680万千瓦]", 4680, "万千瓦", "生物质发电装机", "count_total",
           R34_EN_END),
    r34_kw("合计装机[突破16.8亿千瓦]", 16.8, "亿千瓦", "风电和太阳能发电装机", period=R34_EN_END,
           qual="break_through", qtext="突破", notes="合计 kept out of names"),
    r34_kw("2030年[12亿千瓦以上]", 12, "亿千瓦", "装机", "target",
           P("2030年", "2030-01-01", "2030-12-31"), qual="at_least", qtext="以上",
           notes="a plan's goal (装机目标) reached early; its year 2030"),
    # 二、发电量
    r34_kwh("发电量[达3.17万亿千瓦时]", 3.17, "万亿千瓦时", "可再生能源发电量", qual="reach",
            qtext="达"),
    r34_en_pct("同比增长[15.8%]", 15.8, "可再生能源发电量"),
    r34_en_pct("发电量的[38.9%]", 38.9, "可再生能源发电量占全部发电量", "share", qual="about",
               qtext="约"),
    r34_kwh("风电发电量[8950亿千瓦时]", 8950, "亿千瓦时", "风电发电量"),
    r34_en_pct("同比增长[17.4%]", 17.4, "风电发电量"),
    r34_kwh("太阳能发电量[9550亿千瓦时]", 9550, "亿千瓦时", "太阳能发电量"),
    r34_en_pct("同比增长[40.1%]", 40.1, "太阳能发电量"),
    r34_en_pct("用电量的[22.7%]", 22.7, "风电、太阳能发电量占全社会用电量", "share",
               notes="合计 kept out of names"),
    r34_en_pts("同期提高[4.6个百分点]", 4.6, "风电、太阳能发电量占全社会用电量"),
    r34_kwh("水电发电量[1.09万亿千瓦时]", 1.09, "万亿千瓦时", "水电发电量"),
    r34_en_pct("同比下降[2.1%]", -2.1, "水电发电量"),
    r34_kwh("生物质发电量[1658亿千瓦时]", 1658, "亿千瓦时", "生物质发电量"),
    r34_en_pct("同比增长[4.9%]", 4.9, "生物质发电量"),
    r34_kwh("发电量[2986亿千瓦时]", 2986, "亿千瓦时", "可再生能源发电量", R34_EN_OCT),
    r34_en_pct("同比增长[18.3%]", 18.3, "可再生能源发电量", period=R34_EN_OCT),
    # 三、消纳利用
    r34_en_pct("风电平均利用率[96.1%]", 96.1, "风电平均利用率", "share"),
    r34_en_pct("弃风率[3.9%]", 3.9, "弃风率", "share", notes="in brackets: the same fact's rate"),
    r34_en_pts("同比下降[0.8个百分点]", -0.8, "风电平均利用率",
               notes="the change after the bracket is the 利用率's"),
    r34_en_pct("光伏发电平均利用率[95.0%]", 95.0, "光伏发电平均利用率", "share"),
    r34_en_pts("同比下降[1.6个百分点]", -1.6, "光伏发电平均利用率"),
    r34_en_pct("利用率为[92.4%]", 92.4, "西北地区风电利用率", "share",
               notes="a region of several provinces: part of the name (session 20)"),
    r34_en_pct("华北地区为[95.3%]", 95.3, "华北地区", "share",
               notes="an elliptic clause naming only its item: its own words (session 20)"),
    r34_en_pct("分别为[93.5%]", 93.5, "风电利用率", "share", subject="新疆"),
    r34_en_pct("93.5%、[94.1%]", 94.1, "风电利用率", "share", subject="甘肃"),
    r34_en_pts("分别提高[0.6个]和", 0.6, "风电利用率", subject="新疆",
               notes="the unit written once, on the last (as h85's)"),
    r34_en_pts("0.6个和[0.4个百分点]", 0.4, "风电利用率", subject="甘肃"),
    r34_en_pct("利用率[达到98.6%以上]", 98.6, "主要流域水能利用率", "share", qual="at_least",
               qtext="达到…以上"),
    # 四、分省情况
    r34_kw("分别新增[3869万千瓦]", 3869, "万千瓦", "可再生能源新增装机", period=R34_EN_YTD,
           subject="新疆", notes="a 分别 list of places: the paragraph's measure"),
    r34_kw("3869万千瓦、[3512万千瓦]", 3512, "万千瓦", "可再生能源新增装机",
           period=R34_EN_YTD, subject="内蒙古"),
    r34_kw("3512万千瓦、[2306万千瓦]", 2306, "万千瓦", "可再生能源新增装机",
           period=R34_EN_YTD, subject="河北"),
    r34_en_pct("新增装机的[27.9%]", 27.9, "新疆、内蒙古、河北新增装机占全国新增装机", "share",
               notes="three places: no subject (as h92's 武汉、襄阳、宜昌); 占全国 kept "
               "(session 24)"),
    r34_kw("累计装机[突破1.8亿千瓦]", 1.8, "亿千瓦", "可再生能源装机", "count_total",
           R34_EN_END_M, qual="break_through", qtext="突破", subject="新疆"),
    row("居全国[第一]", 1, None, "位", "可再生能源装机", "rank", R34_EN_END_M,
        subject="新疆"),
    r34_en_pct("分别为[93.2%]", 93.2, "可再生能源发电装机占本省总装机比重", "share",
               R34_EN_END_M, subject="青海"),
    r34_en_pct("93.2%和[91.6%]", 91.6, "可再生能源发电装机占本省总装机比重", "share",
               R34_EN_END_M, subject="西藏"),
    row("已有[5省]", 5, "省", "个", "风电光伏装机超过1亿千瓦的省（区）", "count_total",
        R34_EN_END_M, notes="members over a bound: deed的X, count_total (session 20)"),
    r34_kw("装机超过[1亿千瓦]", 1, "亿千瓦", "风电光伏装机", period=R34_EN_END_M,
           qual="over", qtext="超过", borderline=True,
           notes="borderline: the bound of a class of members (h91, h99, h100)"),
    r34_kw("累计装机[达到3680万千瓦]", 3680, "万千瓦", "分布式光伏装机", "count_total",
           R34_EN_END_M, qual="reach", qtext="达到", subject="河北"),
    row("居全国[第二位]", 2, "位", "位", "分布式光伏装机", "rank", R34_EN_END_M,
        subject="河北"),
    # 五、绿证
    row("核发绿证[22.7亿个]", 22.7, "亿个", "个", "核发绿证", "actual", R34_EN_YTD,
        notes="国家能源局 (the releasing body) and 共 dropped"),
    row("可交易绿证[15.3亿个]", 15.3, "亿个", "个", "可交易绿证", "actual", R34_EN_YTD),
    r34_en_pct("占比[67.4%]", 67.4, "可交易绿证占比", "share"),
    row("交易量[3.16亿个]", 3.16, "亿个", "个", "绿证交易量", "actual", R34_EN_YTD),
    row("同比增长[1.8倍]", 180.0, "倍", "%", "绿证交易量", "growth_rate", R34_EN_YTD,
        notes="N倍 a rate of N×100%"),
    # 六、新型储能
    r34_kw("规模[达到1.02亿千瓦]", 1.02, "亿千瓦", "建成投运新型储能装机规模",
           period=R34_EN_END, qual="reach", qtext="达到", notes="已 dropped; a capacity at a date"),
    row("亿千瓦/[2.58亿千瓦时]", 2.58, "亿千瓦时", "千瓦时", "建成投运新型储能装机规模",
        "actual", R34_EN_END, notes="the energy half of a power/energy pair"),
    r34_en_pct("较2024年底增长[38.4%]", 38.4, "建成投运新型储能装机规模", period=R34_EN_END),
    row("储能时长[2.53小时]", 2.53, "小时", "小时", "平均储能时长", "actual", R34_EN_END),
    r34_kw("新型储能装机[2830万千瓦]", 2830, "万千瓦", "新增投运新型储能装机"),
    row("占比[超过九成]", 90, "成", "%", "锂离子电池储能占比", "share", R34_EN_YTD,
        qual="over", qtext="超过"),
    # 下一步
    r34_kw("新增装机[2亿千瓦以上]", 2, "亿千瓦", "风电、太阳能发电新增装机", "target",
           P("全年", "2025-01-01", "2025-12-31"), qual="at_least", qtext="以上",
           notes="力争: a goal of the year"),
]


# ---------------------------------------------------------------------------------------------
# Round 35 (h107-h109), labelled by reading before any extractor ran on the three documents. h107:
# 教育部's 2024年全国教育事业发展统计公报 (a national text, its home 全国; 发布时间 2025-06-11):
# numbered sections 一、-八、 of stocks with no time expression (undated, as h33's), 比上年 changes
# (actual) and rates compared with 比上年 (the title's year, as h33's), 生师比 N:1 (a ratio: the
# value N, no unit, share), 毛入园率 / 巩固率 / 毛入学率 with 个百分点, 万所 stocks with changes in
# 所, 万人 vs 亿人, 招生 / 毕业生 flows of the year, a 2024年 paragraph of 教育经费 with 占国内生产
# 总值比例 and 连续13年保持在4%以上 (a streak's bound: borderline), 其中 parts with 占, shares of a
# 全国 whole keeping 全国, 100Mbps及以上 (a class's bound: borderline). Traps: 2025-06-11,
# 浏览次数：18624, 注：1.-3., 2024学年 (a school year in a note), 2024年9月至2025年8月, 四舍五入.
R35_ED = "h107_moe_national_education_statistics_bulletin_2024.txt"
R35_ED_Y = P("2024年", "2024-01-01", "2024-12-31")  # the title's year (a yearly report)
R35_ED_STOCK = "a stock or share with no time expression in a yearly report: undated (as h33)"
R35_ED_RATIO = "a pupil-teacher ratio written with a colon: the ratio's value, no unit (as h33)"
R35_ED_YOY = "a rate compared with 比上年 in a yearly report: the title's year (as h33)"


def r35_stock(anchor, value, unit_raw, unit, indicator, period=NONE, **kw):
    """A stock (schools, pupils, teachers): count_total, undated unless its paragraph dates it."""
    kw.setdefault("notes", R35_ED_STOCK)
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def r35_flow(anchor, value, unit_raw, unit, indicator, period=R35_ED_Y, **kw):
    """A flow of the year or a change against the year before: the title's year."""
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def r35_share(anchor, value, indicator, period=NONE, unit_raw="%", unit="%", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "share", period, **kw)


def r35_ratio(anchor, value, indicator):
    return r35_share(anchor, value, indicator, unit_raw=None, unit=None, notes=R35_ED_RATIO)


def r35_points(anchor, value, indicator, period=R35_ED_Y, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def r35_growth(anchor, value, indicator, period=R35_ED_Y, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


LABELS[R35_ED] = [
    # 一、综合
    r35_stock("各级各类学校[49.32万所]", 49.32, "万所", "所", "各级各类学校",
              notes="全国 the home; " + R35_ED_STOCK),
    r35_flow("比上年减少[1.53万所]", -1.53, "万所", "所", "各级各类学校"),
    r35_stock("学历教育在校生[2.87亿人]", 2.87, "亿人", "人", "各级各类学历教育在校生"),
    r35_flow("比上年减少[413.6万人]", -413.6, "万人", "人", "各级各类学历教育在校生"),
    r35_stock("；专任教师[1889.6万人]", 1889.6, "万人", "人", "专任教师"),
    r35_flow("比上年增加[8.3万人]", 8.3, "万人", "人", "专任教师"),
    r35_flow("总投入为[6.93万亿元]", 6.93, "万亿元", "元", "教育经费总投入",
             notes="its own 2024年; 全国 the home"),
    r35_growth("比上年增长[4.9%]", 4.9, "教育经费总投入"),
    r35_flow("国家财政性教育经费[5.59万亿元]", 5.59, "万亿元", "元", "国家财政性教育经费",
             notes="其中 a frame word; the paragraph's 2024年"),
    r35_share("占国内生产总值比例为[4.15%]", 4.15, "国家财政性教育经费占国内生产总值比例",
              R35_ED_Y),
    row("连续13年保持在[4%以上]", 4, "%", "%", "国家财政性教育经费占国内生产总值比例", "share",
        R35_ED_Y, "at_least", "以上", borderline=True,
        notes="borderline: a streak's bound (连续13年保持在…以上, as h81's 2万套以上)"),
    # 二、学前教育
    r35_stock("共有幼儿园[25.35万所]", 25.35, "万所", "所", "幼儿园"),
    r35_flow("比上年减少[2.09万所]", -2.09, "万所", "所", "幼儿园"),
    r35_stock("普惠性幼儿园[21.98万所]", 21.98, "万所", "所", "普惠性幼儿园",
              notes="其中 a frame word; " + R35_ED_STOCK),
    r35_share("占全国幼儿园的[86.7%]", 86.7, "普惠性幼儿园占全国幼儿园",
              notes="a share of a 全X whole keeps it (lead's note, rounds 29-32)"),
    r35_share("毛入园率为[92.1%]", 92.1, "学前教育毛入园率", R35_ED_Y, notes=R35_ED_YOY),
    r35_points("比上年提高[0.3个百分点]", 0.3, "学前教育毛入园率"),
    r35_stock("在园幼儿[3584.2万人]", 3584.2, "万人", "人", "在园幼儿"),
    r35_flow("比上年减少[508.6万人]", -508.6, "万人", "人", "在园幼儿"),
    r35_stock("普惠性幼儿园在园幼儿[3295.6万人]", 3295.6, "万人", "人", "普惠性幼儿园在园幼儿"),
    r35_share("占全国在园幼儿的[91.9%]", 91.9, "普惠性幼儿园在园幼儿占全国在园幼儿"),
    r35_stock("幼儿园专任教师[283.1万人]", 283.1, "万人", "人", "幼儿园专任教师"),
    r35_ratio("生师比[12.7:1]", 12.7, "生师比"),
    # 三、义务教育
    r35_stock("义务教育阶段学校[19.83万所]", 19.83, "万所", "所", "义务教育阶段学校"),
    r35_flow("比上年减少[4012所]", -4012, "所", "所", "义务教育阶段学校",
             notes="a change in 所 of a stock in 万所"),
    r35_stock("其中普通小学[13.86万所]", 13.86, "万所", "所", "普通小学"),
    r35_stock("初中[5.26万所]", 5.26, "万所", "所", "初中"),
    r35_stock("义务教育阶段在校生[1.59亿人]", 1.59, "亿人", "人", "义务教育阶段在校生"),
    r35_share("巩固率为[95.9%]", 95.9, "九年义务教育巩固率",
              notes="a rate with no 比上年 and no time expression: undated (as h33's shares)"),
    r35_flow("普通小学招生[1612.4万人]", 1612.4, "万人", "人", "普通小学招生",
             notes="a flow of a yearly report: the title's year (as h33's 招生)"),
    r35_stock("在校生[1.04亿人]", 1.04, "亿人", "人", "在校生",
              notes="an elliptic clause named by its own words (as h33's 在校生)"),
    r35_flow("初中招生[1798.5万人]", 1798.5, "万人", "人", "初中招生"),
    r35_stock("在校生[5486.3万人]", 5486.3, "万人", "人", "在校生"),
    r35_stock("阶段专任教师[1086.7万人]", 1086.7, "万人", "人", "义务教育阶段专任教师"),
    r35_ratio("生师比分别为[15.8:1]", 15.8, "小学生师比"),
    r35_ratio("15.8:1和[12.6:1]", 12.6, "初中生师比"),
    r35_stock("随迁子女在校生[1296.8万人]", 1296.8, "万人", "人", "进城务工人员随迁子女在校生"),
    r35_share("的比例为[91.6%]", 91.6, "在公办学校就读的比例",
              notes="其中 a frame word; （含政府购买学位） a scope note in brackets, no part"),
    # 四、高中阶段教育
    r35_stock("共有学校[2.45万所]", 2.45, "万所", "所", "高中阶段教育学校",
              notes="共有 a frame word; 全国 the home"),
    r35_stock("在校生[4167.5万人]", 4167.5, "万人", "人", "在校生"),
    r35_share("毛入学率为[92.0%]", 92.0, "毛入学率", R35_ED_Y,
              notes="a later clause not naming the sentence's 高中阶段教育 has none; "
              + R35_ED_YOY),
    r35_points("比上年提高[0.2个百分点]", 0.2, "毛入学率"),
    r35_stock("普通高中[1.59万所]", 1.59, "万所", "所", "普通高中"),
    r35_flow("比上年增加[412所]", 412, "所", "所", "普通高中"),
    r35_flow("；招生[1052.3万人]", 1052.3, "万人", "人", "招生"),
    r35_stock("在校生[2922.6万人]", 2922.6, "万人", "人", "在校生"),
    r35_stock("专任教师[227.4万人]", 227.4, "万人", "人", "专任教师"),
    r35_ratio("生师比[12.9:1]", 12.9, "生师比"),
    r35_stock("（不含技工学校）[7014所]", 7014, "所", "所", "中等职业教育学校",
              notes="（不含技工学校） a scope note in brackets, no part"),
    r35_stock("在校生[1245.7万人]", 1245.7, "万人", "人", "在校生"),
    # 五、高等教育
    r35_stock("在学总规模[4846万人]", 4846, "万人", "人", "高等教育在学总规模"),
    r35_share("毛入学率为[60.8%]", 60.8, "高等教育毛入学率", R35_ED_Y, notes=R35_ED_YOY),
    r35_points("比上年提高[0.6个百分点]", 0.6, "高等教育毛入学率"),
    r35_stock("普通高等学校[2919所]", 2919, "所", "所", "普通高等学校"),
    r35_stock("本科院校[1308所]", 1308, "所", "所", "本科院校"),
    r35_stock("高职（专科）院校[1560所]", 1560, "所", "所", "高职（专科）院校"),
    r35_flow("研究生招生[135.7万人]", 135.7, "万人", "人", "研究生招生"),
    r35_flow("其中博士生[15.3万人]", 15.3, "万人", "人", "博士生",
             notes="其中: a part of the 招生 flow, named by its own words"),
    r35_stock("在学研究生[409.5万人]", 409.5, "万人", "人", "在学研究生"),
    r35_flow("普通本科招生[478.2万人]", 478.2, "万人", "人", "普通本科招生"),
    r35_flow("职业本科招生[8.9万人]", 8.9, "万人", "人", "职业本科招生"),
    r35_flow("高职（专科）招生[567.3万人]", 567.3, "万人", "人", "高职（专科）招生"),
    r35_stock("普通本专科在校生[3891.6万人]", 3891.6, "万人", "人", "普通本专科在校生"),
    r35_flow("毕业生[1047.0万人]", 1047.0, "万人", "人", "毕业生"),
    r35_stock("普通高等学校专任教师[209.7万人]", 209.7, "万人", "人", "普通高等学校专任教师"),
    r35_ratio("生师比为[16.8:1]", 16.8, "生师比"),
    # 六、特殊教育
    r35_stock("特殊教育学校[2368所]", 2368, "所", "所", "特殊教育学校"),
    r35_flow("比上年增加[23所]", 23, "所", "所", "特殊教育学校"),
    r35_stock("在校生[93.8万人]", 93.8, "万人", "人", "在校生"),
    r35_stock("随班就读在校生[46.2万人]", 46.2, "万人", "人", "随班就读在校生"),
    r35_share("占特殊教育在校生的[49.3%]", 49.3, "随班就读在校生占特殊教育在校生"),
    r35_share("入学率保持在[95%以上]", 95, "适龄残疾儿童少年义务教育入学率", qual="at_least",
              qtext="以上", notes="a level's bound with no streak (as h95's 保持在…以上): scored"),
    # 七、民办教育
    r35_stock("民办学校[16.02万所]", 16.02, "万所", "所", "各级各类民办学校"),
    r35_share("占全国学校总数的[32.5%]", 32.5, "各级各类民办学校占全国学校总数"),
    r35_stock("在校生[4857.3万人]", 4857.3, "万人", "人", "在校生"),
    r35_flow("比上年减少[269.4万人]", -269.4, "万人", "人", "在校生"),
    r35_stock("民办普通高校[798所]", 798, "所", "所", "民办普通高校"),
    r35_stock("含独立学院[153所]", 153, "所", "所", "独立学院",
              notes="a part in brackets (含…): a count of its own, undated"),
    # 八、办学条件
    r35_share("接入率达到[100%]", 100, "中小学互联网接入率", qual="reach", qtext="达到",
              notes="（含普通高中） a scope note in brackets, no part"),
    row("达到[100Mbps]及以上", 100, "Mbps", "Mbps", "出口带宽", "other", NONE, "at_least",
        "及以上", borderline=True, notes="borderline: a class's bound inside a name"),
    r35_share("学校比例为[99.9%]", 99.9, "出口带宽达到100Mbps及以上的学校比例"),
    r35_stock("校舍建筑面积[23.6亿平方米]", 23.6, "亿平方米", "平方米", "中小学校舍建筑面积"),
    r35_growth("比上年增长[1.8%]", 1.8, "中小学校舍建筑面积"),
    row("设备值分别为[3146元]", 3146, "元", "元", "普通小学生均教学仪器设备值", "actual", NONE,
        notes="a per-pupil value (a level) with no time expression: undated (as h33)"),
    row("3146元和[4518元]", 4518, "元", "元", "初中生均教学仪器设备值", "actual", NONE),
    r35_growth("分别比上年增长[5.2%]", 5.2, "普通小学生均教学仪器设备值"),
    r35_growth("5.2%和[4.6%]", 4.6, "初中生均教学仪器设备值"),
]


# ---------------------------------------------------------------------------------------------
# h108: 都市快报's news on 杭州's October new-home market (2025-11-03 08:45; home 杭州): 10月1日—
# 31日 网签 of 市区 (含富阳、临安: a scope note) 套 with 环比 / 同比, 成交面积 万平方米, 网签均价
# 每平方米…元 (unit 元, as h82's 每公斤), 144平方米以上 (a class's bound: borderline), 国庆假期 (the
# official calendar: 2025-10-01..10-08) with 较去年国庆假期, 认购 vs 网签, 1—10月 累计 (count_total
# of the span), districts (subjects: 萧山区, 余杭区, 临平区, 滨江区, 上城区, 西湖区, 拱墅区) in 分别
# lists, 居各区首位 (a rank with no numeral: borderline), 开盘 / 去化率 / 当日售罄 (members that
# qualified), 不足三成 (a class's bound: borderline), 库存 / 去化周期 at 截至10月底 with
# 较9月底缩短, NBS's 70城 release (a name; 9月 prices), 二手住宅 with 连续7个月…超过8000套 (a
# streak's bound: borderline), 300万元以下 (a class's bound), developers (firms keep their names, no
# subject: as h51) ranked 排名第一 / 分列第二、第三位, TOP10 / 前十名 (classes), a 公积金 rule
# (上浮20%, 最高 144万元: other, undated), 土拍 with 轮 / 以…成交, 保障房 with 今年以来累计 and
# 完成年度目标的85%, an analyst's 预计11月 / 全年 forecasts (targets). Traps: 2025-11-03 08:45,
# 10月17日, 9月1日, 近6个月, 四季度, 0571-87012345, 12345, 一宗, 首批.
R35_HZ = "h108_hangzhou_new_home_market_oct_2025.txt"
R35_HZ_OCT1 = P("10月1日—31日", "2025-10-01", "2025-10-31")
R35_HZ_OCT = P("10月", "2025-10-01", "2025-10-31")
R35_HZ_HOL = P("国庆假期", "2025-10-01", "2025-10-08")
R35_HZ_YTD = P("今年1—10月", "2025-01-01", "2025-10-31")
R35_HZ_10M = P("1—10月", "2025-01-01", "2025-10-31")
R35_HZ_END = P("截至10月底", "2025-10-31", "2025-10-31")
R35_HZ_SEP = P("9月", "2025-09-01", "2025-09-30")
R35_HZ_SINCE = P("今年以来", "2025-01-01", "2025-11-03")
R35_HZ_PARA = "no time expression in its clause: the paragraph's most recent one"
R35_HZ_FIRM = "a developer keeps its name and is no subject (a firm is no place; as h51's 比亚迪)"


def r35_hz(anchor, value, unit_raw, unit, indicator, kind="actual", period=R35_HZ_OCT, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r35_hz_rate(anchor, value, indicator, kind="growth_rate", period=R35_HZ_OCT, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r35_hz_points(anchor, value, indicator, period=R35_HZ_OCT, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def r35_hz_firm(anchor, value, firm, period=R35_HZ_10M):
    return r35_hz(anchor, value, "亿元", "元", firm + "销售额", period=period, notes=R35_HZ_FIRM)


LABELS[R35_HZ] = [
    r35_hz("网签成交[6128套]", 6128, "套", "套", "市区商品住宅网签成交", period=R35_HZ_OCT1,
           notes="杭州 the home; （含富阳、临安） a scope note in brackets; 市区 a scope kept"),
    r35_hz_rate("6128套，环比增长[18.6%]", 18.6, "市区商品住宅网签成交", period=R35_HZ_OCT1),
    r35_hz_rate("同比下降[9.4%]", -9.4, "市区商品住宅网签成交", period=R35_HZ_OCT1),
    r35_hz("成交面积[71.35万平方米]", 71.35, "万平方米", "平方米", "成交面积", period=R35_HZ_OCT1),
    r35_hz_rate("环比增长[15.2%]", 15.2, "成交面积", period=R35_HZ_OCT1),
    r35_hz("每平方米[42368元]", 42368, "元", "元", "网签均价", period=R35_HZ_OCT1,
           notes="每平方米 before the amount: unit 元 (as h82's 每公斤18.42元)"),
    r35_hz_rate("同比上涨[6.3%]", 6.3, "网签均价", period=R35_HZ_OCT1),
    r35_hz("建筑面积[144平方米]以上", 144, "平方米", "平方米", "建筑面积", "other",
           R35_HZ_OCT1, qual="at_least", qtext="以上", borderline=True,
           notes="borderline: a class's bound inside a name"),
    r35_hz_rate("成交占比为[23.7%]", 23.7, "建筑面积144平方米以上的改善型住房成交占比", "share",
                R35_HZ_OCT1, notes=R35_HZ_PARA),
    r35_hz_points("比上月提高[2.1个百分点]", 2.1, "建筑面积144平方米以上的改善型住房成交占比",
                  R35_HZ_OCT1),
    # 国庆假期
    r35_hz("网签成交仅[1036套]", 1036, "套", "套", "新房网签成交", period=R35_HZ_HOL,
           notes="全市 the home; 国庆假期 by the official calendar (holidays.yaml): 10-01..10-08"),
    r35_hz_rate("较去年国庆假期下降[21.5%]", -21.5, "新房网签成交", period=R35_HZ_HOL),
    r35_hz("新房认购[7105套]", 7105, "套", "套", "市区新房认购",
           notes="认购 (subscriptions) is not 网签 (signed contracts): its own indicator"),
    r35_hz_rate("环比增长[26.4%]", 26.4, "市区新房认购"),
    # 1—10月
    r35_hz("累计网签成交[5.38万套]", 5.38, "万套", "套", "市区商品住宅网签成交", "count_total",
           R35_HZ_YTD, notes="累计 over a dated span: count_total, the span (session 18)"),
    r35_hz_rate("同比下降[6.2%]", -6.2, "市区商品住宅网签成交", period=R35_HZ_YTD),
    r35_hz("累计成交金额[2476.3亿元]", 2476.3, "亿元", "元", "成交金额", "count_total",
           R35_HZ_YTD),
    r35_hz_rate("同比下降[1.8%]", -1.8, "成交金额", period=R35_HZ_YTD),
    # districts (10月)
    r35_hz("萧山区成交[1186套]", 1186, "套", "套", "成交", subject="萧山区",
           notes="a district keeps 区 (session 20)"),
    row("居各区[首位]", 1, None, "位", "成交", "rank", R35_HZ_OCT, subject="萧山区",
        borderline=True, notes="borderline: a rank with no numeral"),
    r35_hz("分别成交[1043套]", 1043, "套", "套", "成交", subject="余杭区",
           notes="分别 pairs a district with its count: a subject"),
    r35_hz("1043套和[612套]", 612, "套", "套", "成交", subject="临平区"),
    r35_hz("为每平方米[68950元]", 68950, "元", "元", "成交均价", subject="滨江区",
           notes="最高 says the district's place among others, no qualifier"),
    r35_hz("均价为每平方米[61520元]", 61520, "元", "元", "成交均价", subject="上城区"),
    r35_hz_rate("环比分别增长[32.5%]", 32.5, "成交量", subject="西湖区"),
    r35_hz_rate("32.5%和[27.1%]", 27.1, "成交量", subject="拱墅区"),
    # 开盘
    r35_hz("共有[28个]楼盘开盘", 28, "个", "个", "楼盘开盘",
           notes="doer + deed (session 20); 市区 共有 frame words"),
    r35_hz("推出房源[3120套]", 3120, "套", "套", "推出房源"),
    r35_hz_rate("平均去化率为[52.6%]", 52.6, "平均去化率", "share"),
    r35_hz_points("比9月提高[8.9个百分点]", 8.9, "平均去化率"),
    r35_hz("其中[7个]楼盘", 7, "个", "个", "楼盘当日售罄", "count_total",
           notes="members that qualified (session 20): count_total, doer + deed"),
    r35_hz("也有[9个]楼盘", 9, "个", "个", "楼盘去化率不足三成", "count_total",
           notes="members under a bound: count_total, doer + deed"),
    row("去化率不足[三成]", 30, "成", "%", "去化率", "share", R35_HZ_OCT, "at_most", "不足",
        borderline=True, notes="borderline: the bound of a class of members"),
    # 供应
    r35_hz("新批准预售商品住宅[4215套]", 4215, "套", "套", "市区新批准预售商品住宅"),
    r35_hz("供应面积[49.6万平方米]", 49.6, "万平方米", "平方米", "供应面积"),
    r35_hz_rate("环比下降[11.3%]", -11.3, "供应面积"),
    r35_hz("库存约[1023万平方米]", 1023, "万平方米", "平方米", "市区商品住宅库存", "count_total",
           R35_HZ_END, qual="about", qtext="约", notes="近6个月 a span of the method, no number"),
    r35_hz("去化周期为[14.8个月]", 14.8, "个月", "月", "去化周期", period=R35_HZ_END,
           notes="a level in months (as h81's)"),
    r35_hz("较9月底缩短[0.6个月]", -0.6, "个月", "月", "去化周期", period=R35_HZ_END,
           notes="a change in the level's unit: actual, at the level's point"),
    # NBS's 70-city release (9月)
    r35_hz_rate("环比上涨[0.3%]", 0.3, "新建商品住宅销售价格", period=R35_HZ_SEP,
                notes="杭州 the home; 70个大中城市 part of the release's name; 10月17日 a date"),
    r35_hz_rate("同比上涨[2.4%]", 2.4, "新建商品住宅销售价格", period=R35_HZ_SEP),
    r35_hz_rate("环比下降[0.5%]", -0.5, "二手住宅销售价格", period=R35_HZ_SEP),
    # 二手房
    r35_hz("二手住宅成交[8362套]", 8362, "套", "套", "市区二手住宅成交"),
    r35_hz_rate("环比增长[9.7%]", 9.7, "市区二手住宅成交"),
    r35_hz_rate("同比增长[12.1%]", 12.1, "市区二手住宅成交"),
    r35_hz("成交超过[8000套]", 8000, "套", "套", "成交", qual="over", qtext="超过",
           borderline=True, notes="borderline: a streak's bound (连续7个月, as h81's)"),
    r35_hz("总价[300万元]以下", 300, "万元", "元", "总价", "other", qual="at_most", qtext="以下",
           borderline=True, notes="borderline: a class's bound inside a name"),
    r35_hz_rate("成交总量的[58.4%]", 58.4, "总价300万元以下的房源占成交总量", "share",
                notes="其中 a frame word"),
    # developers (1—10月)
    r35_hz_firm("滨江集团销售额[386.2亿元]", 386.2, "滨江集团"),
    row("排名[第一]", 1, None, "位", "滨江集团销售额", "rank", R35_HZ_10M, notes=R35_HZ_FIRM),
    r35_hz_firm("销售额分别为[352.7亿元]", 352.7, "绿城中国"),
    r35_hz_firm("352.7亿元和[218.4亿元]", 218.4, "建发房产"),
    row("分列[第二]", 2, None, "位", "绿城中国销售额", "rank", R35_HZ_10M),
    row("第二、[第三位]", 3, "位", "位", "建发房产销售额", "rank", R35_HZ_10M),
    r35_hz("合计[1586亿元]", 1586, "亿元", "元", "TOP10房企销售额", period=R35_HZ_10M,
           notes="TOP10 a class kept in the name (as h51's 前十位); 合计 kept out"),
    r35_hz_rate("成交总额的[64.0%]", 64.0, "TOP10房企销售额占市区新房成交总额", "share",
                R35_HZ_10M),
    r35_hz_points("比去年同期提高[3.2个百分点]", 3.2, "TOP10房企销售额占市区新房成交总额",
                  R35_HZ_10M),
    r35_hz("中有[6家]为国有企业", 6, "家", "家", "国有企业", "count_total", R35_HZ_10M,
           notes="members of a class (前十名中有N家为X): count_total, named by what they are "
           "(the README's deed的X has no noun deed here; open)"),
    # 公积金 rule (undated)
    row("上浮[20%]", 20, "%", "%", "住房公积金贷款最高额度", "other", NONE,
        notes="a rule's parameter (自9月1日起 its start): other, undated (round 8)"),
    row("最高可达[144万元]", 144, "万元", "元", "住房公积金贷款最高额度", "other", NONE,
        "at_most", "最高", notes="a rule's cap: other, undated; 最高 at_most (as round 31)"),
    r35_hz("贷款发放[1.26万笔]", 1.26, "万笔", "笔", "住房公积金个人住房贷款发放",
           notes="全市 the home"),
    r35_hz("金额[86.5亿元]", 86.5, "亿元", "元", "金额",
           notes="an elliptic item named by its own words (session 20)"),
    # 土地市场 (10月)
    r35_hz("涉宅用地[5宗]", 5, "宗", "宗", "出让涉宅用地", notes="杭州 the home; 共 a frame word"),
    r35_hz("总面积约[312亩]", 312, "亩", "亩", "总面积", qual="about", qtext="约"),
    r35_hz("成交总价[68.7亿元]", 68.7, "亿元", "元", "成交总价"),
    r35_hz_rate("平均溢价率[9.6%]", 9.6, "平均溢价率", "share"),
    r35_hz("经过[41轮]竞价", 41, "轮", "轮", "竞价", subject="拱墅区",
           notes="位于拱墅区的一宗地块: the plot's district (as h81); 一宗 the article"),
    r35_hz("以[22.35亿元]成交", 22.35, "亿元", "元", "成交", subject="拱墅区",
           notes="an amount after 以 is named by the deed it prices (as h81)"),
    # 保障房
    r35_hz("保障性租赁住房[1.2万套]", 1.2, "万套", "套", "筹集保障性租赁住房",
           notes="（间） a note on the count, no part"),
    r35_hz("累计筹集[6.8万套]", 6.8, "万套", "套", "筹集保障性租赁住房", "count_total",
           R35_HZ_SINCE, notes="a running total since a start (累计): count_total, the span; "
           "the elliptic object as h98's 累计达到1038家"),
    r35_hz_rate("年度目标的[85%]", 85, "筹集保障性租赁住房", "share", R35_HZ_SINCE,
                notes="完成…的X%: a share of the figure before, named by it (session 20)"),
    r35_hz("首批[3个]项目", 3, "个", "个", "项目推出房源",
           notes="doer + deed (as h67's 22个省份发放电影消费券: actual); 首批 an ordinal"),
    r35_hz("推出房源[1460套]", 1460, "套", "套", "推出房源", notes="共 a frame word"),
    r35_hz("申购家庭[达到4327户]", 4327, "户", "户", "申购家庭", qual="reach", qtext="达到"),
    # the analyst's forecasts
    r35_hz("网签量在[6500套左右]", 6500, "套", "套", "市区新房网签量", "target",
           P("11月", "2025-11-01", "2025-11-30"), qual="about", qtext="左右",
           notes="预计: a forecast (target); 四季度 the frame"),
    r35_hz("有望[达到6.5万套]", 6.5, "万套", "套", "成交", "target",
           P("全年", "2025-01-01", "2025-12-31"), qual="reach", qtext="达到"),
]


# ---------------------------------------------------------------------------------------------
# h109: 国务院办公厅's notice printing the 加快完善普惠托育服务体系实施方案（2025—2030年）
# (国办发〔2025〕41号; 发布日期 2025年9月26日, 成文日期 9月19日; a national text, its home 全国): a
# background of 截至2024年底 stocks (托育服务机构, 托位总数, 每千人口拥有3岁以下婴幼儿托位数 a
# level: actual, 普惠托位占比) and 2024年 flows, goals 到2027年 / 到2030年 (达到 / 以上 / 不低于 /
# 左右), “十五五”期间累计 a goal over the plan period, rules' parameters (每千人口不少于10个托位,
# 每个1万元, 每人每月200—500元, 不高于…的70%, 补助比例提高至60%: other, undated), goals with no year
# of their own (the plan's years 2025—2030 of its title, as h15), 专栏1-3 with their own 到2027年 /
# 到2030年. Traps: 国办发〔2025〕41号, 第二十七条, “十四五”以来, 3岁以下 / 2至3岁 (age classes),
# 每千人口 (no number), 2026年3月底前 / 2025年12月底前 (deadlines), 12345, 专栏1 / 2 / 3,
# 每两年…一次.
R35_TY = "h109_state_council_childcare_service_plan_2025.txt"
R35_TY_END24 = P("截至2024年底", "2024-12-31", "2024-12-31")
R35_TY_24 = P("2024年", "2024-01-01", "2024-12-31")
R35_TY_27 = P("到2027年", "2027-01-01", "2027-12-31")
R35_TY_30 = P("到2030年", "2030-01-01", "2030-12-31")
R35_TY_PLAN = P("2025—2030年", "2025-01-01", "2030-12-31")  # the plan's years (its title)
R35_TY_15 = P("“十五五”期间", "2026-01-01", "2030-12-31")
R35_TY_RULE = "a rule's parameter (a standard, a grant per unit, a cap): other, undated (round 8)"
R35_TY_NOYEAR = "a goal with no year of its own: the plan's years in its title (as h15)"
R35_TY_SLOTS = "每千人口拥有3岁以下婴幼儿托位数"


def r35_goal(anchor, value, unit_raw, unit, indicator, period=R35_TY_27, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


def r35_rule(anchor, value, unit_raw, unit, indicator, qual="none", qtext=None, **kw):
    kw.setdefault("notes", R35_TY_RULE)
    return row(anchor, value, unit_raw, unit, indicator, "other", NONE, qual, qtext, **kw)


LABELS[R35_TY] = [
    # background
    row("托育服务机构[10.3万个]", 10.3, "万个", "个", "托育服务机构", "count_total",
        R35_TY_END24, notes="全国 the home; 共有 a frame word"),
    row("托位总数[612万个]", 612, "万个", "个", "提供托位总数", "count_total", R35_TY_END24,
        notes="the verb 提供 kept (session 24)"),
    row("托位数[达到4.34个]", 4.34, "个", "个", R35_TY_SLOTS, "actual", R35_TY_END24,
        "reach", "达到",
        notes="a level per population (as h59's 每万人口…拥有量): actual; 每千人口 and 3岁 "
        "no numbers"),
    row("普惠托位占比为[41.5%]", 41.5, "%", "%", "普惠托位占比", "share", R35_TY_END24,
        notes="其中 a frame word"),
    row("安排[18.6亿元]", 18.6, "亿元", "元", "中央预算内投资", "actual", R35_TY_24,
        notes="安排 a light verb; the purpose (支持…专项行动) no part"),
    row("新增普惠托位[26.8万个]", 26.8, "万个", "个", "新增普惠托位", "actual", R35_TY_24),
    row("共有[136个]城市", 136, "个", "个", "城市开展托育服务补助试点", "actual", R35_TY_24,
        notes="doer + deed (session 20; as h67's 22个省份发放电影消费券: actual)"),
    # 一、主要目标
    r35_goal("托位数[达到4.8个]", 4.8, "个", "个", R35_TY_SLOTS, qual="reach", qtext="达到"),
    r35_goal("占比达到[55%以上]", 55, "%", "%", "普惠托位占比", qual="at_least",
             qtext="达到…以上"),
    r35_goal("备案率[不低于90%]", 90, "%", "%", "托育服务机构备案率", qual="at_least",
             qtext="不低于"),
    r35_goal("覆盖率[达到80%]", 80, "%", "%", "县级托育综合服务中心覆盖率", qual="reach",
             qtext="达到"),
    r35_goal("托位数达到[5.5个左右]", 5.5, "个", "个", R35_TY_SLOTS, R35_TY_30, qual="about",
             qtext="达到…左右"),
    r35_goal("占比达到[60%以上]", 60, "%", "%", "普惠托位占比", R35_TY_30, qual="at_least",
             qtext="达到…以上"),
    r35_goal("新增普惠托位[100万个以上]", 100, "万个", "个", "新增普惠托位", R35_TY_15,
             qual="at_least", qtext="以上",
             notes="the clause's own “十五五”期间 (not the sentence's 到2030年); 累计 a frame word "
             "of a goal"),
    # 二、重点任务
    r35_goal("幼儿园达到[6万所以上]", 6, "万所", "所", "提供托育服务的幼儿园", qual="at_least",
             qtext="达到…以上", notes="2至3岁 an age class, no number"),
    r35_rule("每千人口[不少于10个]", 10, "个", "个", "新建居住区配建托育服务设施",
             "at_least", "不少于", notes="a rule's floor per 千人口 (as h58's 每百户): other"),
    r35_rule("按每个[1万元]", 1, "万元", "元", "一次性建设补助"),
    r35_rule("每人每月[200—500元]", 200, "元", "元", "运营补助", high=500),
    r35_rule("平均收费的[70%]", 70, "%", "%", "普惠托育服务收费", "at_most", "不高于",
             notes="a rule's cap (as h58's 空置率不得高于30%): other, undated"),
    r35_goal("上岗率达到[95%以上]", 95, "%", "%", "托育从业人员持证上岗率", R35_TY_30,
             qual="at_least", qtext="达到…以上"),
    r35_goal("[不少于20万人次]", 20, "万人次", "人次", "培训托育从业人员", R35_TY_PLAN,
             qual="at_least", qtext="不少于",
             notes="每年 a yearly goal over the plan: the plan's years (as h15)"),
    r35_goal("院校达到[1000所左右]", 1000, "所", "所", "开设相关专业的院校", qual="about",
             qtext="达到…左右"),
    r35_goal("覆盖率要[达到100%]", 100, "%", "%", "托育机构视频监控覆盖率", R35_TY_PLAN,
             qual="reach", qtext="达到", notes=R35_TY_NOYEAR),
    # 三、重点工程 (专栏1-3: numbers of boxes, no metrics)
    r35_goal("支持[200个左右]城市", 200, "个", "个", "城市建设托育综合服务中心", R35_TY_PLAN,
             qual="about", qtext="左右", notes=R35_TY_NOYEAR + "; doer + deed"),
    r35_rule("各建设[1—2个]", 1, "个", "个", "建设托育综合服务中心", high=2,
             notes="a count per city (各): a rule's parameter, other, undated"),
    r35_goal("新增普惠托位[50万个]", 50, "万个", "个", "新增普惠托位"),
    r35_goal("托位[不少于30万个]", 30, "万个", "个", "社区嵌入式托位", qual="at_least",
             qtext="不少于", notes="其中 a frame word"),
    r35_goal("建设[50个]国家级", 50, "个", "个", "建设国家级托育实训基地", R35_TY_PLAN,
             notes=R35_TY_NOYEAR + "; 依托… says how"),
    r35_goal("托育专业人才[100万人次]", 100, "万人次", "人次", "培养培训托育专业人才",
             P("到2030年", "2025-01-01", "2030-12-31"),
             notes="累计 a frame word of a goal; 到2030年，累计 runs over the plan's years "
             "(2025—2030, as h15's 到2028年，累计; session 24)"),
    r35_goal("高技能人才[1万名以上]", 1, "万名", "名", "培育托育服务高技能人才",
             P("到2030年", "2025-01-01", "2030-12-31"), qual="at_least", qtext="以上",
             notes="the clause before's 累计 carries over (session 24)"),
    r35_goal("接入率[达到100%]", 100, "%", "%", "托育机构接入率", qual="reach", qtext="达到"),
    r35_goal("城市达到[300个以上]", 300, "个", "个", "线上预约服务覆盖城市", qual="at_least",
             qtext="达到…以上"),
    # 四、保障措施
    r35_rule("提高至[60%]", 60, "%", "%", "中西部地区项目的补助比例",
             notes=R35_TY_RULE + "; a region part of the name (session 20); 中央预算内投资 "
             "the agent before 对, dropped with it"),
]


# ---------------------------------------------------------------------------------------------
# Round 36 (h110-h112), labelled by reading before any extractor ran on the three documents. h110:
# 海关总署's national foreign trade release for 2025年前10个月 (a national text, its home 全国;
# 发布时间 2025-11-07 11:00): 货物贸易进出口总值 万亿元 with 同比 and 较前三季度加快 个百分点 (the
# rate's change: growth_rate named …增速), 出口 / 进口 / 贸易顺差, then the same in 亿美元 /
# 万亿美元 after 以美元计价 in the same paragraph (their own rows, unit 美元: 按…计价 says how it is
# measured), 10月份 flows; partners 东盟 / 欧盟 / 美国 / 韩国 (我国与X贸易总值: 我国 the home and 与
# dropped, no subject) with 第N大贸易伙伴 (a rank fused into a name: borderline, as h60),
# 占我外贸总值的 (我 the home, dropped) and elliptic 占N% (…占比), 对日本 / 共建“一带一路”国家 (合计
# dropped) / 中亚五国 (a group with its count, part of the name), 民营企业 / 外商投资企业 /
# 国有企业, 有进出口实绩的外贸企业 (as h29), 中西部地区 (a region in the name), 机电产品 with 其中
# elliptic items, 劳动密集型产品 after a list with 等, 大宗商品 in 亿吨 / 万吨 with 每吨 (as h29),
# section headings summing up (近六成, as h29's 超七成; 过半 no numeral: borderline). Traps:
# 2025-11-07 11:00, 浏览次数：25817, 字体 大 中 小, 一、…四、, 前三季度 (a base), 第四季度以来 (no
# figure), 注：1.-3., 010- phone.
R36_GT = "h110_gacc_national_foreign_trade_jan_oct_2025.txt"
R36_GT_10 = P("前10个月", "2025-01-01", "2025-10-31")
R36_GT_TITLE = P("今年前10个月", "2025-01-01", "2025-10-31")
R36_GT_OCT = P("10月份", "2025-10-01", "2025-10-31")
R36_GT_SAME = P("同期", "2025-01-01", "2025-10-31")
R36_GT_RANK = "borderline: a rank fused into a name (第N大贸易伙伴, as h60's 第一大出口市場)"


def r36_amount(anchor, value, indicator, period=R36_GT_10, unit_raw="万亿元", unit="元", **kw):
    """A flow of the span (前10个月 / 10月份 / 同期): actual."""
    return row(anchor, value, unit_raw, unit, indicator, "actual", period, **kw)


def r36_growth(anchor, value, indicator, period=R36_GT_10, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def r36_share(anchor, value, indicator, period=R36_GT_10, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def r36_points(anchor, value, indicator, period=R36_GT_10, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def r36_partner_rank(anchor, value, partner):
    return row(anchor, value, None, "位", partner, "rank", R36_GT_10, borderline=True,
               notes=R36_GT_RANK)


LABELS[R36_GT] = [
    r36_growth("进出口同比增长[3.6%]\n", 3.6, "货物贸易进出口", R36_GT_TITLE,
               notes="the headline repeats the figure: a mention like any other; 我国 the home"),
    r36_amount("进出口总值[37.31万亿元]", 37.31, "货物贸易进出口总值"),
    r36_growth("同比增长[3.6%]，增速", 3.6, "货物贸易进出口总值"),
    r36_points("加快[0.2个百分点]", 0.2, "货物贸易进出口总值增速",
               notes="the rate's change since 前三季度 (a base), as h103's 加快…个百分点"),
    r36_amount("其中，出口[22.12万亿元]", 22.12, "出口"),
    r36_growth("增长[6.2%]；进口", 6.2, "出口"),
    r36_amount("进口[15.19万亿元]", 15.19, "进口"),
    r36_growth("下降[0.1%]；贸易", -0.1, "进口"),
    r36_amount("贸易顺差[6.93万亿元]", 6.93, "贸易顺差"),
    r36_growth("扩大[23.5%]", 23.5, "贸易顺差"),
    r36_amount("进出口[5.2万亿美元]", 5.2, "进出口", unit_raw="万亿美元", unit="美元",
               notes="以美元计价 says how it is measured; its own 前10个月; 我国 the home"),
    r36_growth("增长[3.1%]，其中", 3.1, "进出口"),
    r36_amount("出口[3.08万亿美元]", 3.08, "出口", unit_raw="万亿美元", unit="美元"),
    r36_growth("增长[5.7%]，进口", 5.7, "出口"),
    r36_amount("进口[2.12万亿美元]", 2.12, "进口", unit_raw="万亿美元", unit="美元"),
    r36_growth("下降[0.5%]。", -0.5, "进口"),
    r36_amount("进出口[3.7万亿元]", 3.7, "货物贸易进出口", R36_GT_OCT),
    r36_growth("同比增长[0.1%]", 0.1, "货物贸易进出口", R36_GT_OCT),
    r36_amount("出口[2.17万亿元]", 2.17, "出口", R36_GT_OCT),
    r36_growth("下降[0.8%]", -0.8, "出口", R36_GT_OCT),
    r36_amount("进口[1.53万亿元]", 1.53, "进口", R36_GT_OCT),
    r36_growth("增长[1.4%]。以美元", 1.4, "进口", R36_GT_OCT),
    r36_amount("出口[3056.2亿美元]", 3056.2, "出口", R36_GT_OCT, unit_raw="亿美元", unit="美元",
               notes="以美元计价 says how it is measured; its own 10月份"),
    r36_growth("下降[1.1%]", -1.1, "出口", R36_GT_OCT),
    r36_amount("进口[2156.4亿美元]", 2156.4, "进口", R36_GT_OCT, unit_raw="亿美元", unit="美元"),
    r36_growth("增长[1%]。", 1, "进口", R36_GT_OCT),
    # 一、partners
    row("进出口占比[过半]", 50, None, "%", "共建“一带一路”国家进出口占比", "share", R36_GT_10,
        "over", "过", borderline=True,
        notes="borderline: a section heading's 过半 (half, no numeral), as a rank without one"),
    r36_partner_rank("东盟为我国[第一大]", 1, "东盟"),
    r36_amount("东盟贸易总值为[6.24万亿元]", 6.24, "东盟贸易总值",
               notes="我国与X: the home and 与 dropped; a trade partner is no subject"),
    r36_growth("增长[8.9%]", 8.9, "东盟贸易总值"),
    r36_share("外贸总值的[16.7%]", 16.7, "东盟贸易总值占外贸总值",
              notes="占我…: 我 the home, dropped"),
    r36_partner_rank("欧盟为我国[第二大]", 2, "欧盟"),
    r36_amount("欧盟贸易总值为[4.77万亿元]", 4.77, "欧盟贸易总值"),
    r36_growth("增长[4.9%]", 4.9, "欧盟贸易总值"),
    r36_share("占[12.8%]", 12.8, "欧盟贸易总值占比", notes="an elliptic 占N%: …占比 (as h29)"),
    r36_partner_rank("美国为我国[第三大]", 3, "美国"),
    r36_amount("美国贸易总值为[3.42万亿元]", 3.42, "美国贸易总值"),
    r36_growth("下降[15.9%]", -15.9, "美国贸易总值"),
    r36_share("占[9.2%]", 9.2, "美国贸易总值占比"),
    r36_partner_rank("韩国为我国[第四大]", 4, "韩国"),
    r36_amount("韩国贸易总值为[1.9万亿元]", 1.9, "韩国贸易总值"),
    r36_growth("增长[0.8%]", 0.8, "韩国贸易总值"),
    r36_amount("日本进出口[1.79万亿元]", 1.79, "日本进出口", R36_GT_SAME,
               notes="对 dropped (as h29)"),
    r36_growth("增长[1.9%]", 1.9, "日本进出口", R36_GT_SAME),
    r36_amount("合计进出口[19.27万亿元]", 19.27, "共建“一带一路”国家进出口", R36_GT_SAME,
               notes="合计 a frame word, dropped (as h45)"),
    r36_growth("增长[6.1%]", 6.1, "共建“一带一路”国家进出口", R36_GT_SAME),
    r36_share("外贸总值的[51.6%]", 51.6, "共建“一带一路”国家进出口占外贸总值", R36_GT_SAME),
    r36_points("提升[1.2个百分点]", 1.2, "共建“一带一路”国家进出口占外贸总值", R36_GT_SAME),
    r36_amount("中亚五国进出口[6384.5亿元]", 6384.5, "中亚五国进出口", R36_GT_SAME, unit_raw="亿元",
               notes="a group with its count is part of the name (session 20); 同期 of the "
               "paragraph"),
    r36_growth("增长[12.3%]", 12.3, "中亚五国进出口", R36_GT_SAME),
    # 二、enterprises
    r36_amount("民营企业进出口[21.11万亿元]", 21.11, "民营企业进出口"),
    r36_growth("增长[7.2%]", 7.2, "民营企业进出口"),
    r36_share("外贸总值的[56.6%]", 56.6, "民营企业进出口占外贸总值"),
    r36_points("提升[1.9个百分点]", 1.9, "民营企业进出口占外贸总值"),
    r36_amount("外商投资企业进出口[10.54万亿元]", 10.54, "外商投资企业进出口", R36_GT_SAME),
    r36_growth("增长[2.1%]", 2.1, "外商投资企业进出口", R36_GT_SAME),
    r36_share("占[28.2%]", 28.2, "外商投资企业进出口占比", R36_GT_SAME),
    r36_amount("国有企业进出口[5.61万亿元]", 5.61, "国有企业进出口", R36_GT_SAME),
    r36_growth("下降[6.3%]", -6.3, "国有企业进出口", R36_GT_SAME),
    row("外贸企业[达到70.3万家]", 70.3, "万家", "家", "进出口实绩的外贸企业", "count_total",
        R36_GT_SAME, "reach", "达到", notes="as h29's (a leading 有 is no part)"),
    r36_amount("同比增加[2.4万家]", 2.4, "进出口实绩的外贸企业", R36_GT_SAME, unit_raw="万家",
               unit="家"),
    r36_amount("中西部地区进出口[8.02万亿元]", 8.02, "中西部地区进出口", R36_GT_SAME,
               notes="a region of several provinces is part of the name (session 20)"),
    r36_growth("增长[5.4%]", 5.4, "中西部地区进出口", R36_GT_SAME),
    r36_share("外贸总值的[21.5%]", 21.5, "中西部地区进出口占外贸总值", R36_GT_SAME),
    # 三、goods exported
    row("机电产品出口占比[近六成]", 60, "成", "%", "机电产品出口占比", "share", R36_GT_10, "nearly",
        "近", notes="a section heading summing up its section: the release's 前10个月 (as h29)"),
    r36_amount("出口机电产品[13.29万亿元]", 13.29, "出口机电产品"),
    r36_growth("增长[8.7%]", 8.7, "出口机电产品"),
    r36_share("占出口总值的[60.1%]", 60.1, "出口机电产品占出口总值"),
    r36_amount("集成电路[1.13万亿元]", 1.13, "集成电路",
               notes="an elliptic item of 其中 named by its own words (session 20)"),
    r36_growth("增长[23.1%]", 23.1, "集成电路"),
    r36_amount("汽车[7856.3亿元]", 7856.3, "汽车", unit_raw="亿元"),
    r36_growth("增长[15.4%]", 15.4, "汽车"),
    r36_amount("出口汽车[612万辆]", 612, "出口汽车", unit_raw="万辆", unit="辆"),
    r36_growth("增长[19.8%]", 19.8, "出口汽车"),
    r36_amount("劳动密集型产品[3.54万亿元]", 3.54, "出口劳动密集型产品", R36_GT_SAME,
               notes="the examples before 等 dropped (as h29)"),
    r36_growth("下降[1.7%]", -1.7, "出口劳动密集型产品", R36_GT_SAME),
    r36_share("占出口总值的[16%]", 16, "出口劳动密集型产品占出口总值", R36_GT_SAME),
    # 四、bulk imports
    r36_amount("进口铁矿砂[10.26亿吨]", 10.26, "进口铁矿砂", unit_raw="亿吨", unit="吨"),
    r36_growth("增加[1.5%]", 1.5, "进口铁矿砂"),
    r36_amount("每吨[680.3元]", 680.3, "进口均价", unit_raw="元",
               notes="每吨 before the number is part of the name (as h29)"),
    r36_growth("下跌[10.4%]", -10.4, "进口均价"),
    r36_amount("进口原油[4.68亿吨]", 4.68, "进口原油", unit_raw="亿吨", unit="吨"),
    r36_growth("增加[2.6%]", 2.6, "进口原油"),
    r36_amount("进口大豆[9176.2万吨]", 9176.2, "进口大豆", unit_raw="万吨", unit="吨"),
    r36_growth("增加[4.2%]", 4.2, "进口大豆"),
    r36_amount("进口天然气[1.08亿吨]", 1.08, "进口天然气", unit_raw="亿吨", unit="吨"),
    r36_growth("减少[4.8%]", -4.8, "进口天然气"),
    r36_amount("进口集成电路[2.24万亿元]", 2.24, "进口集成电路", R36_GT_SAME),
    r36_growth("增长[7.6%]", 7.6, "进口集成电路", R36_GT_SAME),
]


# ---------------------------------------------------------------------------------------------
# h111: a 中国新闻网 两会 round-up of the provinces' 2025 GDP growth targets and 2024 results (a
# national outlet, its home 全国: 我国 / 全国 dropped, every province a subject; 2025年03月06日
# 08:30): the national target (2025年国内生产总值增长5%左右) and 2024 result, counts of provinces
# whose target qualifies (26个 / 13个 / 5个 / 10个 / 8个 / 4个: members, count_total named by their
# deed, the bound inside the name borderline, as h108's class bounds), 31个省份中 (a scope:
# borderline), the targets' average (a target) against 去年的5.4% (the 2024 targets' average), 分别
# lists of places pairing targets and growth (广东 / 江苏, 北京 / 上海 / 天津 / 重庆), elliptic
# clauses naming only a province (目标为5.5%左右, 去年增长5.5%: the paragraph's measure, as h103),
# 左右 / 以上 / 以内 / a range 5%—5.5%, 2024 results against the year's target
# (高于预期目标0.8个百分点, 比全国低1.5个百分点: gaps, other, as h17's), 突破 a round bound then the
# figure, ranks of 经济总量 (居全国第5位, 分列第10位和第13位) and of growth (增长6.3%，居全国第一:
# 增速), 五个经济大省 (totals the list before it: borderline), 贡献率 超过四成, other targets
# (失业率 以内, 涨幅, 就业 以上), a forecaster's 一季度 / 全年 (targets). Traps: 2025年03月06日
# 08:30, 3月5日, 十四届全国人大三次会议, 前两位 (a class), 四个直辖市中 (a scope), 31个省份 in the
# note (a scope), （完）.
R36_GDP = "h111_provinces_gdp_targets_lianghui_news_2025.txt"
R36_GDP_25 = P("2025年", "2025-01-01", "2025-12-31")
R36_GDP_24 = P("2024年", "2024-01-01", "2024-12-31")
R36_GDP_NOW = P("今年", "2025-01-01", "2025-12-31")
R36_GDP_LAST = P("去年", "2024-01-01", "2024-12-31")
R36_GDP_T = "GDP增长目标"
R36_GDP_ELLIPTIC = "an elliptic clause naming only a province: the paragraph's measure (as h103)"
R36_GDP_BOUND = "borderline: a class's bound inside the name of the provinces counted (as h108's)"
R36_GDP_MEMBERS = "members of a group that qualified: count_total named by the deed (session 20)"


def r36_target(anchor, value, subject, qual="none", qtext=None, period=R36_GDP_NOW,
               indicator=R36_GDP_T, **kw):
    """A province's growth target for the year (目标为N%左右 / 以上): target."""
    return row(anchor, value, "%", "%", indicator, "target", period, qual, qtext,
               subject=subject, **kw)


def r36_about(anchor, value, subject, period=R36_GDP_NOW, **kw):
    return r36_target(anchor, value, subject, "about", "左右", period, **kw)


def r36_over(anchor, value, subject, period=R36_GDP_NOW, **kw):
    return r36_target(anchor, value, subject, "at_least", "以上", period, **kw)


def r36_grew(anchor, value, subject, indicator="地区生产总值", period=R36_GDP_LAST, **kw):
    """A province's realised growth (2024): growth_rate."""
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, subject=subject, **kw)


def r36_gdp(anchor, value, subject, indicator="地区生产总值", period=R36_GDP_24, **kw):
    return row(anchor, value, "万亿元", "元", indicator, "actual", period, subject=subject, **kw)


def r36_provinces(anchor, value, indicator, period=R36_GDP_NOW, **kw):
    kw.setdefault("notes", R36_GDP_MEMBERS)
    return row(anchor, value, "个", "个", indicator, "count_total", period, **kw)


def r36_bound(anchor, value, qual, qtext, period=R36_GDP_NOW):
    return row(anchor, value, "%", "%", R36_GDP_T, "target", period, qual, qtext,
               borderline=True, notes=R36_GDP_BOUND)


LABELS[R36_GDP] = [
    row("国内生产总值增长[5%左右]", 5, "%", "%", "国内生产总值", "target", R36_GDP_25, "about",
        "左右", notes="the national target: 全国 the home, no subject"),
    row("国内生产总值为[134.91万亿元]", 134.91, "万亿元", "元", "国内生产总值", "actual",
        R36_GDP_24),
    r36_grew("比上年增长[5%]", 5, None, "国内生产总值", R36_GDP_24),
    row("实现了[5%左右]", 5, "%", "%", "国内生产总值", "target", R36_GDP_24, "about", "左右",
        notes="the 2024 target met (实现了…的预期目标): named by the sentence's measure"),
    row("[31个]省份中，有", 31, "个", "个", "省份", "count_total", R36_GDP_25,
        borderline=True, notes=SCOPE),
    r36_provinces("有[26个]省份", 26, "GDP增长目标不低于5%的省份", R36_GDP_25),
    r36_bound("目标不低于[5%]", 5, "at_least", "不低于", R36_GDP_25),
    r36_provinces("其中[13个]省份", 13, "目标在5.5%及以上的省份", R36_GDP_25),
    r36_bound("目标在[5.5%及以上]", 5.5, "at_least", "及以上", R36_GDP_25),
    r36_provinces("另有[5个]省份", 5, "目标低于5%的省份"),
    r36_bound("今年的目标低于[5%]", 5, "at_most", "低于"),
    row("平均值为[5.3%]", 5.3, "%", "%", "31个省份GDP增长目标平均值", "target", R36_GDP_NOW,
        notes="a mean of the provinces' targets is a target; 31个省份 a group in the name"),
    row("去年的[5.4%]", 5.4, "%", "%", "31个省份GDP增长目标平均值", "target", R36_GDP_LAST,
        notes="the 2024 targets' mean, the comparison's base"),
    r36_bound("目标为[5%左右]的省份", 5, "about", "左右"),
    r36_provinces("有[10个]；", 10, "目标为5%左右的省份",
                  notes=R36_GDP_MEMBERS + "; 今年 of the paragraph, not 去年 (a base)"),
    r36_bound("目标为[5.5%左右]的有", 5.5, "about", "左右"),
    r36_provinces("的有[8个]", 8, "目标为5.5%左右的省份"),
    r36_bound("目标在[6%及以上]", 6, "at_least", "及以上"),
    r36_provinces("的有[4个]", 4, "目标在6%及以上的省份"),
    # 经济大省
    r36_about("分别为[5%左右]、", 5, "广东", notes="a 分别 list pairs the places with the targets"),
    r36_over("5%左右、[5%以上]", 5, "江苏"),
    r36_gdp("广东地区生产总值[达到14.16万亿元]", 14.16, "广东", qual="reach", qtext="达到"),
    r36_grew("实际增长[3.5%]", 3.5, "广东", period=R36_GDP_24),
    row("比全国低[1.5个百分点]", -1.5, "个百分点", "百分点", "地区生产总值增速", "other",
        R36_GDP_24, subject="广东", notes="a gap to the country's rate (a gap below signed)"),
    row("年初设定的[5%左右]", 5, "%", "%", "地区生产总值", "target", R36_GDP_24, "about", "左右",
        subject="广东", notes="the year's target the result fell short of"),
    r36_gdp("江苏地区生产总值为[13.7万亿元]", 13.7, "江苏"),
    r36_grew("增长[5.8%]，高于", 5.8, "江苏", period=R36_GDP_24),
    row("高于预期目标[0.8个百分点]", 0.8, "个百分点", "百分点", "地区生产总值增速", "other",
        R36_GDP_24, subject="江苏", notes="a gap to the year's target (as h17's)"),
    r36_over("山东今年目标为[5%以上]", 5, "山东", notes=R36_GDP_ELLIPTIC),
    r36_grew("去年实际增长[5.7%]；浙江", 5.7, "山东", notes=R36_GDP_ELLIPTIC),
    r36_about("浙江今年目标为[5.5%左右]", 5.5, "浙江"),
    r36_grew("去年增长[5.5%]，与目标", 5.5, "浙江"),
    r36_over("河南今年目标为[5.5%以上]", 5.5, "河南"),
    r36_grew("去年增长[5.1%]。", 5.1, "河南"),
    # 直辖市
    row("[四个]直辖市中，北京", 4, "个", "个", "直辖市", "count_total", NONE,
        borderline=True, notes=SCOPE),
    r36_about("北京今年的目标为[5%左右]", 5, "北京"),
    r36_about("上海今年的目标同样为[5%左右]", 5, "上海",
              notes="与全国目标持平: equal to the national target, its own row"),
    r36_about("天津目标为[5%左右]", 5, "天津"),
    r36_about("重庆目标为[6%左右]", 6, "重庆"),
    row("为[四个]直辖市中最高", 4, "个", "个", "直辖市", "count_total", NONE,
        borderline=True, notes=SCOPE + "; 最高 a rank with no numeral"),
    r36_grew("分别增长[5.2%]", 5.2, "北京", period=R36_GDP_24),
    r36_grew("5.2%、[5%]、", 5, "上海", period=R36_GDP_24),
    r36_grew("5%、[5.1%]和", 5.1, "天津", period=R36_GDP_24),
    r36_grew("5.1%和[5.7%]", 5.7, "重庆", period=R36_GDP_24),
    # 东部和中部其他省份
    r36_about("福建今年目标为[5.5%左右]", 5.5, "福建"),
    r36_grew("去年增长[5.5%]；安徽", 5.5, "福建"),
    r36_about("安徽目标为[5.5%左右]", 5.5, "安徽",
              notes="the paragraph's 今年 (福建's clause); " + R36_GDP_ELLIPTIC),
    row("首次[突破5万亿元]", 5, "万亿元", "元", "地区生产总值", "actual", R36_GDP_LAST,
        "break_through", "突破", subject="安徽"),
    r36_gdp("，达到[5.06万亿元]", 5.06, "安徽", period=R36_GDP_LAST, qual="reach", qtext="达到"),
    r36_grew("增长[5.8%]；湖南", 5.8, "安徽"),
    r36_about("湖南目标为[5.5%左右]", 5.5, "湖南"),
    r36_about("江西目标为[5%左右]", 5, "江西"),
    r36_grew("去年江西增长[5.1%]", 5.1, "江西"),
    r36_gdp("地区生产总值为[5.39万亿元]", 5.39, "上海"),
    r36_gdp("北京为[4.98万亿元]", 4.98, "北京", notes=R36_GDP_ELLIPTIC),
    row("分列全国[第10位]", 10, "位", "位", "经济总量", "rank", R36_GDP_24, subject="上海",
        notes="分列 pairs the two cities with the ranks in order; 两市 dissolved into the pairs"),
    row("和[第13位]", 13, "位", "位", "经济总量", "rank", R36_GDP_24, subject="北京"),
    # 中西部
    r36_over("GDP增长目标为[7%以上]", 7, "西藏", notes="在各省份中最高: a rank with no numeral"),
    r36_about("四川目标为[5.5%左右]", 5.5, "四川"),
    r36_gdp("经济总量[达到6.47万亿元]", 6.47, "四川", "经济总量", qual="reach", qtext="达到"),
    row("居全国[第5位]", 5, "位", "位", "经济总量", "rank", R36_GDP_24, subject="四川"),
    r36_grew("增长[5.7%]；湖北", 5.7, "四川", "经济总量", R36_GDP_24),
    r36_about("湖北目标为[6%左右]", 6, "湖北"),
    r36_grew("去年增长[5.8%]；新疆", 5.8, "湖北", "经济总量", notes=R36_GDP_ELLIPTIC),
    r36_about("新疆目标为[6%左右]", 6, "新疆"),
    r36_grew("去年增长[6.1%]", 6.1, "新疆", "经济总量"),
    r36_target("的目标为[5%—5.5%]", 5, "黑龙江", high=5.5),
    r36_about("辽宁目标为[4.5%左右]", 4.5, "辽宁"),
    r36_grew("去年增长[5.1%]，吉林", 5.1, "辽宁", "经济总量"),
    r36_about("吉林目标为[4.8%左右]", 4.8, "吉林",
              notes="今年 by reading (a target of the year), not the clause before's 去年"),
    # 2024年实际完成情况
    r36_provinces("有[17个]省份", 17, "GDP增速达到或超过年初目标的省份", R36_GDP_24),
    r36_grew("西藏增长[6.3%]", 6.3, "西藏", "GDP", R36_GDP_24,
             notes="the paragraph's measure (GDP增速: what grows is GDP)"),
    row("居全国[第一]", 1, None, "位", "GDP增速", "rank", R36_GDP_24, subject="西藏",
        notes="a rank right after a growth rate ranks the growth"),
    r36_grew("甘肃增长[5.9%]", 5.9, "甘肃", "GDP", R36_GDP_24),
    row("居全国[第二]", 2, None, "位", "GDP增速", "rank", R36_GDP_24, subject="甘肃"),
    row("[五个]经济大省", 5, "个", "个", "经济大省", "count_total", R36_GDP_24,
        borderline=True, notes="borderline: a count that totals the exhaustive list before it"),
    row("合计[约为53.1万亿元]", 53.1, "万亿元", "元", "五个经济大省GDP", "actual", R36_GDP_24,
        "about", "约", notes="no subject: five places; the group with its count in the name"),
    row("比重为[39.4%]", 39.4, "%", "%", "五个经济大省GDP占全国的比重", "share", R36_GDP_24),
    row("贡献率[超过四成]", 40, "成", "%", "全国经济增长的贡献率", "share", R36_GDP_24, "over",
        "超过", notes="a rate with a name of its own; the leading 对 dropped (as h45)"),
    # other targets
    row("控制在[5.5%以内]", 5.5, "%", "%", "城镇调查失业率", "target", R36_GDP_NOW, "at_most",
        "以内", subject="广东"),
    row("涨幅[2%左右]", 2, "%", "%", "居民消费价格涨幅", "target", R36_GDP_NOW, "about", "左右",
        subject="广东"),
    r36_target("收入增长[3%]", 3, "江苏", indicator="一般公共预算收入"),
    row("新增就业[120万人以上]", 120, "万人", "人", "城镇新增就业", "target", R36_GDP_NOW,
        "at_least", "以上", subject="江苏"),
    r36_target("投资增长[3%左右]", 3, "四川", "about", "左右", indicator="全社会固定资产投资"),
    row("全国[5%左右]的增长目标", 5, "%", "%", "增长目标", "target", R36_GDP_NOW, "about", "左右",
        notes="the national target again (全国 the home): a mention like any other"),
    row("GDP增长[5.2%左右]", 5.2, "%", "%", "GDP", "target",
        P("今年一季度", "2025-01-01", "2025-03-31"), "about", "左右",
        notes="a forecast: target; 全国 the home"),
    row("投资增长[4.5%左右]", 4.5, "%", "%", "固定资产投资", "target",
        P("全年", "2025-01-01", "2025-12-31"), "about", "左右"),
    row("文中[31个]省份", 31, "个", "个", "省份", "count_total", NONE, borderline=True,
        notes="borderline: a note's scope (the provinces the text speaks of)"),
]


# ---------------------------------------------------------------------------------------------
# h112: a 星洲日报 (星洲网) economy report on Malaysia's third quarter (Simplified script;
# 2025年11月14日 12:45PM; home 马来西亚, written 大马 / 国内 / 全国): 第三季 (not 第三季度) GDP 按年
# / 按季 with 第二季's figure and 统计局上月底预估的5.1% (a forecast of the quarter: target, as
# h45), 2025年首9个月, 现价 GDP in 亿令吉 (unit 令吉) with 按年增加约, forecasts as ranges (今年全年
# 4%至4.8%, 明年 4%至4.5%), sectors (扩张 / 萎缩), trade in 亿令吉 with 对中国 / 对美国 (partners:
# no subject, 对 dropped), CPI 按年上涨 and 通胀率 (growth_rate, as h45) for 10月 / 今年首10个月, a
# 全年 forecast range, 9月份 失业率 / 失业人数 (51万6200人: one number, a stock) / 劳动力参与率,
# 隔夜政策利率 2.75% (a rate's level: share) at 本月6日 and 降息25个基点 in 7月, 令吉兑美元汇率
# 4.2035 (a ratio, no unit, actual, 今日) with 今年以来累计升值, 第二好的货币 (a rank fused into a
# name: borderline), 马币兑新元 / 兑人民币, 富时大马综合指数 点, MIDA's 首9个月 批准投资 with
# 外国直接投资 占, 涉及…个项目, 预计可创造 (a forecast: target, undated, as h45), 入境游客 /
# 旅游收入, 州属 雪兰莪 / 柔佛 / 槟城 (states: subjects, written bare, as h45's 柔佛) with 去年 GDP
# and 占全国的, 位居各州之首 (no numeral: borderline), 排名第二, 新柔经济特区 自今年1月成立以来 (as
# h45), RM150亿 (RM before the number: unit 令吉, as h45's 新币), 受惠人数预计, 最低薪金
# 每月1900令吉 (a rule's rate: other, undated, PER_HEAD), 私人消费 and 约六成 of growth, 第四季 /
# 全年 forecasts. Traps: 12:45PM, 吉隆坡14日讯, 连续6个季度 / 连续16年 / 连续第二次 (streaks),
# 最大贸易伙伴 (no numeral), 明年2月1日, 2026年财政预算案 (a budget's name year), related-news links
# (borderline, as h45), ©2025, 200401025045 (664286-A).
R36_MY = "h112_malaysia_sinchew_q3_gdp_2025.txt"
R36_MY_Q3 = P("第三季", "2025-07-01", "2025-09-30")
R36_MY_Q2 = P("第二季", "2025-04-01", "2025-06-30")
R36_MY_9M = P("首9个月", "2025-01-01", "2025-09-30")
R36_MY_TODAY = P("今日", "2025-11-14", "2025-11-14")
R36_MY_LAST = P("去年", "2024-01-01", "2024-12-31")
R36_MY_YEAR = P("全年", "2025-01-01", "2025-12-31")
R36_MY_T9 = P("今年首9个月", "2025-01-01", "2025-09-30")
R36_MY_OCT = P("10月", "2025-10-01", "2025-10-31")
R36_MY_SEP = P("9月份", "2025-09-01", "2025-09-30")
R36_MY_SINCE = P("今年以来", "2025-01-01", "2025-11-14")
R36_MY_2026 = P("2026年", "2026-01-01", "2026-12-31")
R36_MY_LINK = "borderline: a related-news link (page furniture, as h45's)"


def r36_my_growth(anchor, value, indicator, period=R36_MY_Q3, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def r36_ringgit(anchor, value, indicator, period=R36_MY_Q3, unit_raw="亿令吉", kind="actual",
                **kw):
    return row(anchor, value, unit_raw, "令吉", indicator, kind, period, **kw)


def r36_my_share(anchor, value, indicator, period=R36_MY_Q3, unit_raw="%", **kw):
    return row(anchor, value, unit_raw, "%", indicator, "share", period, **kw)


def r36_my_forecast(anchor, value, indicator, period, qual="none", qtext=None, **kw):
    return row(anchor, value, "%", "%", indicator, "target", period, qual, qtext, **kw)


LABELS[R36_MY] = [
    r36_my_growth("第三季经济增长[5.2%] ", 5.2, "经济",
                  notes="the headline repeats the figure: a mention like any other"),
    r36_my_growth("首9个月增长[4.7%]\n", 4.7, "经济", R36_MY_9M,
                  notes="an elliptic headline clause: the headline's measure"),
    r36_my_growth("（GDP）按年增长[5.2%]", 5.2, "国内生产总值"),
    r36_my_growth("第二季的[4.4%]", 4.4, "国内生产总值", R36_MY_Q2,
                  notes="the quarter before's figure (as h45)"),
    r36_my_forecast("预估的[5.1%]", 5.1, "国内生产总值", R36_MY_Q3,
                    notes="a forecast of the quarter made at 上月底: a target of the quarter "
                    "(as h45)"),
    r36_my_growth("按季增长[1.8%]", 1.8, "国内生产总值"),
    r36_my_growth("经济按年增长[4.7%]", 4.7, "经济", P("2025年首9个月", "2025-01-01", "2025-09-30"),
                  notes="大马 the home, dropped"),
    r36_ringgit("总值为[5025亿令吉]", 5025, "国内生产总值", notes="以现价计算 says how"),
    r36_ringgit("增加[约236亿令吉]", 236, "国内生产总值", qual="about", qtext="约"),
    r36_my_forecast("全年经济增长[4%至4.8%]", 4, "经济", P("今年全年", "2025-01-01", "2025-12-31"),
                    high=4.8, notes="a forecast range: target"),
    r36_my_forecast("则为[4%至4.5%]", 4, "经济", P("明年", "2026-01-01", "2026-12-31"), high=4.5,
                    notes="明年的增长预测 named as h45's"),
    # sectors
    r36_my_growth("按年扩张[5.6%]", 5.6, "服务业"),
    r36_my_share("国内生产总值的[59.1%]", 59.1, "服务业占国内生产总值"),
    r36_my_growth("制造业增长[4.1%]", 4.1, "制造业"),
    r36_my_growth("电器产品增长[6.9%]", 6.9, "电子与电器产品"),
    r36_my_growth("建筑业增长[11.8%]", 11.8, "建筑业", notes="连续6个季度 a streak, no metric"),
    r36_my_growth("农业增长[2.2%]", 2.2, "农业"),
    r36_my_growth("矿业则萎缩[1.3%]", -1.3, "矿业"),
    # trade
    r36_ringgit("出口总值为[4210亿令吉]", 4210, "出口总值"),
    r36_my_growth("按年增长[3.8%]", 3.8, "出口总值"),
    r36_ringgit("进口总值为[3878亿令吉]", 3878, "进口总值"),
    r36_my_growth("增长[6.4%]", 6.4, "进口总值"),
    r36_ringgit("贸易顺差为[332亿令吉]", 332, "贸易顺差"),
    r36_my_growth("对中国出口增长[9.2%]", 9.2, "中国出口",
                  notes="a trade partner: no subject, 对 dropped (as h45 / h29)"),
    r36_my_growth("对美国出口则下降[5.6%]", -5.6, "美国出口"),
    # prices and labour
    r36_my_growth("按年上涨[1.4%]", 1.4, "消费者价格指数", R36_MY_OCT),
    r36_my_growth("核心通胀率为[2.2%]", 2.2, "核心通胀率", R36_MY_OCT,
                  notes="通胀率 is growth_rate (as h45)"),
    r36_my_growth("平均通胀率为[1.5%]", 1.5, "平均通胀率",
                  P("今年首10个月", "2025-01-01", "2025-10-31")),
    r36_my_forecast("介于[1.5%至2%]", 1.5, "通胀率", R36_MY_YEAR, high=2,
                    notes="统计局预计: a forecast range (target)"),
    r36_my_share("9月份失业率为[3%]", 3, "失业率", R36_MY_SEP),
    row("失业人数为[51万6200人]", 516200, "人", "人", "失业人数", "count_total",
        R36_MY_SEP,
        notes="51万6200 is one number (as h45's 1万2300人); the unemployed are a stock"),
    r36_my_share("参与率为[70.8%]", 70.8, "劳动力参与率", R36_MY_SEP),
    # policy rate, currency, stocks
    r36_my_share("维持在[2.75%]不变", 2.75, "隔夜政策利率",
                 P("本月6日", "2025-11-06", "2025-11-06"),
                 notes="a rate's level (as h22's 加权平均利率): share; the decision's day"),
    row("降息[25个基点]", -25, "个基点", "基点", "隔夜政策利率", "growth_rate",
        P("7月", "2025-07-01", "2025-07-31"),
        notes="降息: a cut of the policy rate, signed (as h22's 基点); 连续第二次 a streak"),
    row("收在[4.2035]", 4.2035, None, None, "令吉兑美元汇率", "actual", R36_MY_TODAY,
        notes="an exchange rate: a ratio, no unit (as h71's 汇率中间价)"),
    r36_my_growth("累计升值[6.5%]", 6.5, "令吉兑美元汇率",
                  R36_MY_SINCE),
    row("表现[第二]好", 2, None, "位", "令吉兑美元汇率", "rank", R36_MY_SINCE,
        borderline=True,
        notes="borderline: a rank fused into a name (第二好的货币, as h60's 第一大)"),
    row("则报[3.2210]", 3.221, None, None, "马币兑新元", "actual", R36_MY_TODAY),
    row("兑人民币报[1.6950]", 1.695, None, None, "马币兑人民币", "actual", R36_MY_TODAY,
        notes="the shared 马币 of the clause before is the measured currency, kept"),
    row("收在[1612.45点]", 1612.45, "点", "点", "富时大马综合指数", "actual", R36_MY_TODAY),
    r36_my_growth("全天微跌[0.3%]", -0.3, "富时大马综合指数", R36_MY_TODAY),
    # investment and tourism
    r36_ringgit("投资总额为[2850亿令吉]", 2850, "批准投资总额",
                R36_MY_T9, notes="全国 the home, dropped"),
    r36_my_growth("按年增长[13.6%]", 13.6, "批准投资总额", R36_MY_T9),
    r36_ringgit("外国直接投资为[1380亿令吉]", 1380, "外国直接投资",
                R36_MY_T9),
    r36_my_share("占[48.4%]", 48.4, "外国直接投资占比", R36_MY_T9),
    row("涉及[4120个]项目", 4120, "个", "个", "项目", "actual",
        R36_MY_T9, notes="涉及 a frame word"),
    row("创造[约13万个]就业", 13, "万个", "个", "创造就业机会", "target", NONE, "about", "约",
        notes="预计: a forecast (target) with no period of its own (as h45's)"),
    row("入境游客[达到3100万人次]", 3100, "万人次", "人次", "入境游客", "actual", R36_MY_9M,
        "reach", "达到"),
    r36_my_growth("按年增长[15.2%]", 15.2, "入境游客", R36_MY_9M),
    r36_ringgit("旅游收入为[852亿令吉]", 852, "旅游收入", R36_MY_9M),
    # states
    r36_ringgit("国内生产总值达[4070亿令吉]", 4070, "国内生产总值", R36_MY_LAST, qual="reach",
                qtext="达", subject="雪兰莪", notes="a state is a subject, written bare (as 柔佛)"),
    r36_my_growth("增长[6.1%]", 6.1, "国内生产总值", R36_MY_LAST, subject="雪兰莪"),
    r36_my_share("占全国的[25.9%]", 25.9, "国内生产总值占全国", R36_MY_LAST, subject="雪兰莪"),
    row("位居各州之[首]", 1, None, "位", "国内生产总值", "rank", R36_MY_LAST, subject="雪兰莪",
        borderline=True, notes="borderline: a rank without a numeral (位居…之首)"),
    r36_ringgit("批准投资额[达到652亿令吉]", 652, "批准投资额",
                R36_MY_T9, qual="reach", qtext="达到",
                subject="柔佛"),
    r36_my_growth("按年增长[28.4%]", 28.4, "批准投资额", R36_MY_T9,
                  subject="柔佛"),
    row("排名[第二]", 2, None, "位", "批准投资额", "rank",
        R36_MY_T9, subject="柔佛"),
    row("吸引[52个]投资项目", 52, "个", "个", "吸引投资项目", "actual",
        P("今年1月成立以来", "2025-01-01", "2025-11-14"), subject="柔佛",
        notes="as h45's 新柔经济特区 row (the zone lies in 柔佛, the clause's state)"),
    r36_ringgit("批准投资为[218亿令吉]", 218, "制造业批准投资", R36_MY_9M, subject="槟城"),
    r36_my_share("外国直接投资占[83%]", 83, "外国直接投资占比", R36_MY_9M, subject="槟城"),
    # budget, wage, outlook
    r36_ringgit("拨款RM[150亿]", 150, "拨款", R36_MY_2026, unit_raw="亿",
                kind="target",
                notes="RM before the number is its unit (as h45's 新币); a budget's fund: target"),
    row("预计达到[900万人]", 900, "万人", "人", "受惠人数", "target",
        R36_MY_2026, "reach", "达到", notes="预计: a forecast"),
    r36_ringgit("每月[1900令吉]", 1900, "最低薪金", NONE, unit_raw="令吉", kind="other",
                notes=PER_HEAD),
    r36_my_growth("私人消费按年增长[5.9%]", 5.9, "私人消费"),
    r36_my_share("贡献了[约六成]", 60, "经济增长", unit_raw="成", qual="about", qtext="约",
                 notes="the part of the growth consumption contributed: a share, 第三季"),
    r36_my_forecast("有望增长[4.5%左右]", 4.5, "经济", P("第四季", "2025-10-01", "2025-12-31"),
                    "about", "左右"),
    r36_my_forecast("全年增长料[达4.6%]", 4.6, "经济", R36_MY_YEAR, "reach", "达"),
    # related news (page furniture)
    row("隔夜政策利率[2.75%]\n", 2.75, "%", "%", "隔夜政策利率", "share", NONE, borderline=True,
        notes=R36_MY_LINK),
    row("按年增长[12.2%]", 12.2, "%", "%", "出口", "growth_rate",
        P("9月", "2025-09-01", "2025-09-30"),
        borderline=True, notes=R36_MY_LINK),
]


# ---------------------------------------------------------------------------------------------
# Round 37 (h113-h115), labelled by reading before any extractor ran on the three documents. h113:
# 文化和旅游部's release on the 2025 国庆中秋 holiday (发布时间 2025-10-09 17:30; a national text,
# its home 全国): 2025年国庆中秋假期8天（10月1日至8日） dates every figure (8天 its length, no row;
# the 注's 2024年国庆假期7天 / 中秋假期第3天（9月17日） / 合计8天 the comparison's base, no row),
# 按可比口径 同比 and 较2019年同期 (a base year, not the period) growth rates, 日均 named 日均 + the
# total's name (session 23) with its change after it, 第4天（10月4日） a day (第4天 an ordinal, no
# row), 10月1日当天; the 交通运输部 paragraph's 累计 total and its 其中 members count_total (as
# h101); sections with no time expression of their own take the title's holiday (session 23);
# 每日限流 a rule's cap (other, undated); 连续8天 a streak, 前十 a class, 5A级 a grade, 010-59881234
# a phone (no rows); 等3部影片 with 超过3亿元 (a count after 等, members that qualified; the bound
# borderline); 约四成 / 超过六成 in 成 (as h26's 约九成).
R37_MCT = "h113_mct_national_day_holiday_tourism_2025.txt"
R37_HOL = P("2025年国庆中秋假期", "2025-10-01", "2025-10-08")
R37_HOL_BARE = P("假期", "2025-10-01", "2025-10-08")
R37_HOL_TITLE = P("2025年国庆中秋假期", "2025-10-01", "2025-10-08")  # the title's
R37_OCT4 = P("第4天（10月4日）", "2025-10-04", "2025-10-04")
R37_OCT1 = P("10月1日当天", "2025-10-01", "2025-10-01")
R37_BASE19 = "与2019年同期相比 / 较2019年同期: a base year, not the period (as h26)"
R37_COMPARABLE = "按可比口径同比: against 2024's 7 days + 中秋 day 3 (the 注), a growth rate"
R37_TITLE = "no time expression in its section: the title's holiday (session 23)"
R37_MEAN = "日均 + the total's name, its change after it too (session 23)"


def r37_trips(anchor, value, unit_raw, indicator, kind="actual", period=R37_HOL_BARE, **kw):
    """Trips or visits in 人次 (亿人次 / 万人次)."""
    return row(anchor, value, unit_raw, "人次", indicator, kind, period, **kw)


def r37_pct(anchor, value, indicator, kind="growth_rate", period=R37_HOL_BARE, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r37_pp(anchor, value, indicator, period=R37_HOL_BARE, kind="growth_rate", **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


LABELS[R37_MCT] = [
    # lead
    r37_trips("全国国内出游[8.88亿人次]", 8.88, "亿人次", "国内出游", period=R37_HOL,
              notes="全国 the home; 8天 the holiday's length, no row"),
    r37_pct("同比增长[16.1%]", 16.1, "国内出游", period=R37_HOL, notes=R37_COMPARABLE),
    row("出游总花费[8090.06亿元]", 8090.06, "亿元", "元", "国内游客出游总花费", "actual",
        R37_HOL),
    r37_pct("同比增长[15.4%]", 15.4, "国内游客出游总花费", period=R37_HOL,
            notes=R37_COMPARABLE),
    r37_pct("国内出游人次增长[21.3%]", 21.3, "国内出游人次", period=R37_HOL, notes=R37_BASE19),
    r37_pct("出游总花费增长[17.2%]", 17.2, "出游总花费", period=R37_HOL, notes=R37_BASE19),
    r37_trips("日均国内出游[1.11亿人次]", 1.11, "亿人次", "日均国内出游"),
    r37_trips("单日出游[1.38亿人次]", 1.38, "亿人次", "出游", period=R37_OCT4,
              notes="第4天（10月4日）: the day (第4天 an ordinal, no row); 单日 a period word "
              "(as h26); 峰值 says it is the peak, no number"),
    # 一、入境游
    r37_trips("共保障[1857.4万人次]", 1857.4, "万人次", "边检机关保障中外人员出入境",
              notes="the agent kept (as h26's 机场保障航班起降); 共 is no 累计: a flow; "
              + R37_TITLE),
    r37_trips("日均[232.2万人次]", 232.2, "万人次", "日均边检机关保障中外人员出入境",
              notes=R37_MEAN),
    r37_pct("较去年同期增长[4.9%]", 4.9, "日均边检机关保障中外人员出入境", notes=R37_MEAN),
    r37_trips("外国人入境[103.6万人次]", 103.6, "万人次", "外国人入境", notes="其中 a frame word"),
    r37_pct("同比增长[23.8%]", 23.8, "外国人入境"),
    r37_trips("入境外国人[68.5万人次]", 68.5, "万人次", "通过免签政策入境外国人",
              notes="通过 marks the part measured off a whole (session 20)"),
    r37_pct("入境总数的[66.1%]", 66.1, "通过免签政策入境外国人占外国人入境总数", "share",
            notes=PARTNAME),
    row("消费支出[约98.7亿元]", 98.7, "亿元", "元", "入境游客消费支出", "actual", R37_HOL_BARE,
        "about", "约", notes="在国内 the home, dropped (as 在蓉)"),
    # 二、交通
    r37_trips("流动量累计[23.89亿人次]", 23.89, "亿人次", "全社会跨区域人员流动量",
              "count_total", notes="累计: a running total (as h101); " + R37_TITLE),
    r37_trips("日均[2.99亿人次]", 2.99, "亿人次", "日均全社会跨区域人员流动量", notes=R37_MEAN),
    r37_pct("日均增长[6.2%]", 6.2, "日均全社会跨区域人员流动量",
            notes="比2024年同期日均: the base; " + R37_MEAN),
    r37_trips("铁路客运量[1.54亿人次]", 1.54, "亿人次", "铁路客运量", "count_total",
              notes="其中 a member of the 累计 total (as h101)"),
    r37_trips("日均[1925万人次]", 1925, "万人次", "日均铁路客运量", notes=R37_MEAN),
    r37_trips("当天发送旅客[2313.6万人次]", 2313.6, "万人次", "发送旅客", period=R37_OCT1,
              notes="当天 a period word (as h67)"),
    r37_trips("公路人员流动量[22.04亿人次]", 22.04, "亿人次", "公路人员流动量", "count_total"),
    r37_trips("出行量[19.37亿人次]", 19.37, "亿人次",
              "高速公路及普通国省道非营业性小客车人员出行量", "count_total",
              notes="a part of the 公路 member, still under 其中"),
    r37_pct("公路人员流动量的[87.9%]", 87.9,
            "高速公路及普通国省道非营业性小客车人员出行量占公路人员流动量", "share",
            notes=PARTNAME),
    r37_trips("水路客运量[1197.2万人次]", 1197.2, "万人次", "水路客运量", "count_total"),
    r37_trips("民航客运量[1862.3万人次]", 1862.3, "万人次", "民航客运量", "count_total"),
    r37_trips("日均[232.8万人次]", 232.8, "万人次", "日均民航客运量", notes=R37_MEAN),
    r37_pct("较2019年同期增长[12.6%]", 12.6, "日均民航客运量",
            notes=R37_BASE19 + "; " + R37_MEAN),
    # 三、热门目的地
    r37_trips("共接待游客[1.26亿人次]", 1.26, "亿人次", "5A级景区接待游客",
              notes="重点监测的 a frame (as h26's 重点景区接待游客); 5A级 a grade, no row"),
    r37_pct("同比增长[9.8%]", 9.8, "5A级景区接待游客"),
    r37_pct("跨省游客占比[达到34.7%]", 34.7, "跨省游客占比", "share", qual="reach",
            qtext="达到", notes="前十 a class, no row; " + R37_TITLE),
    r37_pp("较上年同期提高[2.3个百分点]", 2.3, "跨省游客占比"),
    r37_trips("乡村旅游接待游客[3.12亿人次]", 3.12, "亿人次", "乡村旅游接待游客"),
    r37_pct("国内出游人次的[35.1%]", 35.1, "乡村旅游接待游客占国内出游人次", "share",
            notes=PARTNAME),
    r37_trips("组织出游[1280万人次]", 1280, "万人次", "旅行社组织出游",
              notes="the agent kept; 共 dropped"),
    r37_pct("同比增长[7.6%]", 7.6, "旅行社组织出游"),
    # 四、文博
    row("假期全国[6833家]博物馆", 6833, "家", "家", "博物馆", "count_total", R37_HOL_BARE,
        notes="the museums that received visitors in the holiday (as h26's 186家商贸企业)"),
    r37_trips("接待观众[1.28亿人次]", 1.28, "亿人次", "博物馆接待观众"),
    r37_pct("同比增长[14.2%]", 14.2, "博物馆接待观众"),
    row("各类展览[4300余个]", 4300, "个", "个", "举办各类展览", "actual", R37_HOL_BARE, "plus",
        "余", notes="举办 kept, 各类 kept (as h26's 举办各类文化活动)"),
    row("社会教育活动[2.1万场]", 2.1, "万场", "场", "举办社会教育活动", "actual", R37_HOL_BARE,
        notes="the flow verb governs the list (举办…、…)"),
    r37_trips("每日限流[4万人次]", 4, "万人次", "故宫博物院每日限流", "other", NONE,
              notes="a rule's cap (as h102's 每人每年10万元): other, undated; 连续8天 a streak, "
              "no row; a museum is no place"),
    r37_trips("日均接待观众[3.5万人次]", 3.5, "万人次", "中国国家博物馆日均接待观众",
              notes="the paragraph's 假期"),
    # 五、文化消费
    row("全国电影票房[18.38亿元]", 18.38, "亿元", "元", "电影票房", "actual", R37_HOL_BARE),
    row("观影人次[4597.6万]", 4597.6, "万", None, "观影人次", "actual", R37_HOL_BARE,
        notes="the counted noun before the number: unit_raw the multiplier alone (as h26)"),
    row("等[3部]影片", 3, "部", "部", "影片票房超过3亿元", "count_total", R37_HOL_BARE,
        notes="a count after 等 (scored), members that qualified (count_total, session 20); "
        "doer + deed"),
    row("票房[超过3亿元]", 3, "亿元", "元", "影片票房", "actual", R37_HOL_BARE, "over", "超过",
        borderline=True, notes="borderline: a class's bound (as h99's 超过1亿元的直播间)"),
    row("营业性演出[2.86万场]", 2.86, "万场", "场", "营业性演出", "actual", R37_HOL_BARE),
    row("票房收入[24.6亿元]", 24.6, "亿元", "元", "票房收入", "actual", R37_HOL_BARE),
    r37_pct("同比增长[11.7%]", 11.7, "票房收入"),
    row("占比[约四成]", 40, "成", "%", "大型演唱会、音乐节票房收入占比", "share", R37_HOL_BARE,
        "about", "约", notes="其中 a frame word; 成 as h26's 约九成; the list one name"),
    # 六、夜间消费
    row("全国[345个]国家级", 345, "个", "个", "国家级夜间文化和旅游消费集聚区",
        "count_total", R37_HOL_TITLE,
        notes="as h26's 12个 (count_total, the holiday); " + R37_TITLE),
    r37_trips("累计[达到1.96亿人次]", 1.96, "亿人次", "夜间客流量", "count_total",
              R37_HOL_TITLE, qual="reach", qtext="达到",
              notes="累计: a running total; named as h26's 夜间客流量; " + R37_TITLE),
    r37_trips("日均[2450万人次]", 2450, "万人次", "日均夜间客流量", period=R37_HOL_TITLE,
              notes=R37_MEAN),
    r37_pct("同比增长[8.3%]", 8.3, "日均夜间客流量", period=R37_HOL_TITLE, notes=R37_MEAN),
    # 七、住宿餐饮
    r37_pct("日均销售额同比增长[2.7%]", 2.7, "重点零售和餐饮企业日均销售额"),
    r37_pct("餐饮类增长[5.9%]", 5.9, "餐饮类",
            notes="an elliptic item: its own words (session 20)"),
    r37_pct("销售收入同比增长[4.5%]", 4.5, "消费相关行业日均销售收入",
            notes="增值税发票数据显示 the source, no part of the name"),
    r37_pct("分别增长[12.8%]", 12.8, "旅游服务日均销售收入", notes="分别: the first item"),
    r37_pct("12.8%和[6.4%]", 6.4, "住宿服务日均销售收入", notes="分别: the second item"),
    r37_pct("客房出租率为[68.9%]", 68.9, "星级饭店平均客房出租率", "share"),
    r37_pp("比上年同期提高[1.8个百分点]", 1.8, "星级饭店平均客房出租率"),
    r37_pct("民宿预订量同比增长[22.6%]", 22.6, "民宿预订量"),
    row("占比[超过六成]", 60, "成", "%", "县域民宿预订量占比", "share", R37_HOL_BARE, "over",
        "超过"),
]
# h114: 中国人民银行's 2025年10月金融统计数据报告 (发布日期 2025-11-13 17:00; a national text, its
# home 全国): 10月末 stocks (count_total) with 同比 and 比上月末 / 比上年同期 高 / 低 个百分点 (a
# rate's change, signed), 月末 after 10月末 in the sentence before, 前十个月 flows (actual) and the
# 10月份 month's (当月), 增加 / 减少 signed, 同比多减 / 少增 (the flow's change against a year
# before, signed, as h22), 亿美元 / 万亿美元, 社会融资规模 存量 (10月末) and 增量累计 (a running
# total of the span: count_total), interest rates (…利率: share, as h22), a 分别 pair, the exchange
# rate (1美元兑: the base, borderline); section headings repeating a figure are mentions (as h22 /
# h54), dated by their own time words (前十个月, 10月份) or else by the title's 2025年10月 (session
# 23); 注1-注3 and 2023年1月 no rows.
R37_PBC = "h114_pboc_financial_statistics_oct_2025.txt"
R37_PB_E10 = P("10月末", "2025-10-31", "2025-10-31")
R37_PB_ME = P("月末", "2025-10-31", "2025-10-31")  # 月末 after 10月末 in the sentence before
R37_PB_YTD = P("前十个月", "2025-01-01", "2025-10-31")
R37_PB_OCT = P("10月份", "2025-10-01", "2025-10-31")
R37_PB_TITLE = P("2025年10月", "2025-10-01", "2025-10-31")  # the title's month
R37_PB_HEAD = "a section heading repeating a figure: a mention (as h22 / h54)"
R37_PB_HEAD_TITLE = R37_PB_HEAD + "; no time word of its own: the title's 2025年10月 (session 23)"
R37_PB_SAME = "同比多减 / 少增: the flow's change against a year before, signed (as h22)"


def r37_stock(anchor, value, unit_raw, indicator, period=R37_PB_E10, **kw):
    """A balance at the month's end (count_total), in 元 or 美元."""
    unit = "美元" if unit_raw.endswith("美元") else "元"
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def r37_flow(anchor, value, unit_raw, indicator, period=R37_PB_YTD, kind="actual", **kw):
    """A flow of the span (增加 / 减少, signed), in 元 or 美元."""
    unit = "美元" if unit_raw.endswith("美元") else "元"
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


LABELS[R37_PBC] = [
    # 一、货币供应
    r37_pct("一、广义货币增长[8.2%]", 8.2, "广义货币", period=R37_PB_TITLE,
            notes=R37_PB_HEAD_TITLE),
    r37_pct("狭义货币增长[6.2%]", 6.2, "狭义货币", period=R37_PB_TITLE, notes=R37_PB_HEAD_TITLE),
    r37_stock("(M2)余额[335.13万亿元]", 335.13, "万亿元", "广义货币(M2)余额"),
    r37_pct("335.13万亿元，同比增长[8.2%]", 8.2, "广义货币(M2)余额", period=R37_PB_E10),
    r37_stock("(M1)余额[112.00万亿元]", 112.00, "万亿元", "狭义货币(M1)余额",
              notes="the paragraph's 10月末"),
    r37_pct("112.00万亿元，同比增长[6.2%]", 6.2, "狭义货币(M1)余额", period=R37_PB_E10),
    r37_pp("增速比上月末高[0.9个百分点]", 0.9, "狭义货币(M1)余额增速", R37_PB_E10),
    r37_stock("(M0)余额[13.54万亿元]", 13.54, "万亿元", "流通中货币(M0)余额"),
    r37_pct("同比增长[10.6%]", 10.6, "流通中货币(M0)余额", period=R37_PB_E10),
    r37_flow("净投放现金[5160亿元]", 5160, "亿元", "净投放现金"),
    # 二、贷款
    r37_flow("二、前十个月人民币贷款增加[14.97万亿元]", 14.97, "万亿元", "人民币贷款",
             notes=R37_PB_HEAD),
    r37_stock("本外币贷款余额[274.12万亿元]", 274.12, "万亿元", "本外币贷款余额"),
    r37_pct("274.12万亿元，同比增长[6.5%]", 6.5, "本外币贷款余额", period=R37_PB_E10),
    r37_stock("月末人民币贷款余额[270.61万亿元]", 270.61, "万亿元", "人民币贷款余额",
              R37_PB_ME),
    r37_pct("270.61万亿元，同比增长[6.5%]", 6.5, "人民币贷款余额", period=R37_PB_ME),
    r37_pp("增速比上月末低[0.1个百分点]", -0.1, "人民币贷款余额增速", R37_PB_ME),
    r37_pp("比上年同期低[1.5个百分点]", -1.5, "人民币贷款余额增速", R37_PB_ME),
    r37_flow("人民币贷款增加[14.97万亿元]。分部门看", 14.97, "万亿元", "人民币贷款"),
    r37_flow("住户贷款增加[4482亿元]", 4482, "亿元", "住户贷款"),
    r37_flow("短期贷款减少[3016亿元]", -3016, "亿元", "短期贷款",
             notes="其中 a frame word; a decline negative"),
    r37_flow("中长期贷款增加[7498亿元]", 7498, "亿元", "中长期贷款"),
    r37_flow("单位贷款增加[14.36万亿元]", 14.36, "万亿元", "企（事）业单位贷款"),
    r37_flow("短期贷款增加[4.26万亿元]", 4.26, "万亿元", "短期贷款"),
    r37_flow("中长期贷款增加[7.93万亿元]", 7.93, "万亿元", "中长期贷款"),
    r37_flow("票据融资增加[1.95万亿元]", 1.95, "万亿元", "票据融资"),
    r37_flow("金融机构贷款减少[682亿元]", -682, "亿元", "非银行业金融机构贷款"),
    r37_flow("人民币贷款减少[2012亿元]", -2012, "亿元", "人民币贷款", R37_PB_OCT,
             notes="10月份: the month's flow, not the 前十个月 total"),
    r37_flow("同比多减[1412亿元]", -1412, "亿元", "人民币贷款", R37_PB_OCT,
             notes=R37_PB_SAME + ": a larger decline, negative"),
    r37_stock("外币贷款余额[5146亿美元]", 5146, "亿美元", "外币贷款余额"),
    r37_pct("同比下降[12.4%]", -12.4, "外币贷款余额", period=R37_PB_E10),
    r37_flow("外币贷款减少[469亿美元]", -469, "亿美元", "外币贷款"),
    # 三、存款
    r37_flow("三、前十个月人民币存款增加[21.36万亿元]", 21.36, "万亿元", "人民币存款",
             notes=R37_PB_HEAD),
    r37_stock("本外币存款余额[320.43万亿元]", 320.43, "万亿元", "本外币存款余额"),
    r37_pct("320.43万亿元，同比增长[8.3%]", 8.3, "本外币存款余额", period=R37_PB_E10),
    r37_stock("月末人民币存款余额[314.98万亿元]", 314.98, "万亿元", "人民币存款余额",
              R37_PB_ME),
    r37_pct("314.98万亿元，同比增长[8.2%]", 8.2, "人民币存款余额", period=R37_PB_ME),
    r37_pp("比上年同期高[1.5个百分点]", 1.5, "人民币存款余额增速", R37_PB_ME,
           notes="增速与上月末持平 holds no number"),
    r37_flow("人民币存款增加[21.36万亿元]。其中", 21.36, "万亿元", "人民币存款"),
    r37_flow("住户存款增加[11.52万亿元]", 11.52, "万亿元", "住户存款"),
    r37_flow("非金融企业存款增加[1.63万亿元]", 1.63, "万亿元", "非金融企业存款"),
    r37_flow("财政性存款增加[1.06万亿元]", 1.06, "万亿元", "财政性存款"),
    r37_flow("金融机构存款增加[5.48万亿元]", 5.48, "万亿元", "非银行业金融机构存款"),
    r37_flow("人民币存款增加[6133亿元]", 6133, "亿元", "人民币存款", R37_PB_OCT),
    r37_flow("同比少增[3200亿元]", -3200, "亿元", "人民币存款", R37_PB_OCT, notes=R37_PB_SAME),
    r37_stock("外币存款余额[8936亿美元]", 8936, "亿美元", "外币存款余额"),
    r37_pct("同比增长[15.2%]", 15.2, "外币存款余额", period=R37_PB_E10),
    r37_flow("外币存款增加[1498亿美元]", 1498, "亿美元", "外币存款"),
    # 四、社会融资规模
    r37_pct("社会融资规模存量同比增长[8.5%]", 8.5, "社会融资规模存量", period=R37_PB_TITLE,
            notes=R37_PB_HEAD_TITLE),
    r37_stock("存量为[437.72万亿元]", 437.72, "万亿元", "社会融资规模存量"),
    r37_pct("437.72万亿元，同比增长[8.5%]", 8.5, "社会融资规模存量", period=R37_PB_E10),
    r37_stock("贷款余额为[266.94万亿元]", 266.94, "万亿元", "实体经济发放的人民币贷款余额",
              notes="a leading 对 is not part of a name (as h22)"),
    r37_pct("同比增长[6.4%]", 6.4, "实体经济发放的人民币贷款余额", period=R37_PB_E10),
    r37_stock("政府债券余额为[95.48万亿元]", 95.48, "万亿元", "政府债券余额"),
    r37_pct("同比增长[20.4%]", 20.4, "政府债券余额", period=R37_PB_E10),
    r37_flow("增量累计为[30.90万亿元]", 30.90, "万亿元", "社会融资规模增量", kind="count_total",
             notes="累计: a running total of the span (count_total, session 18)"),
    r37_flow("比上年同期多[3.83万亿元]", 3.83, "万亿元", "社会融资规模增量", notes=R37_PB_SAME),
    # 五、银行间市场
    r37_pct("同业拆借月加权平均利率为[1.42%]", 1.42, "银行间人民币市场同业拆借月加权平均利率",
            "share", R37_PB_OCT, notes=R37_PB_HEAD + "; an interest rate is a share (as h22)"),
    r37_pct("回购月加权平均利率为[1.45%]", 1.45, "质押式债券回购月加权平均利率", "share",
            R37_PB_OCT, notes=R37_PB_HEAD + "; the elliptic item its own words"),
    r37_flow("合计成交[236.75万亿元]", 236.75, "万亿元", "银行间人民币市场成交", R37_PB_OCT,
             notes="以…方式 says how, 合计 a frame word"),
    r37_flow("日均成交[11.84万亿元]", 11.84, "万亿元", "日均银行间人民币市场成交", R37_PB_OCT,
             notes=R37_MEAN),
    r37_pct("日均成交同比增长[9.6%]", 9.6, "日均银行间人民币市场成交", period=R37_PB_OCT,
            notes=R37_MEAN),
    r37_pct("同业拆借加权平均利率为[1.42%]", 1.42, "同业拆借加权平均利率", "share", R37_PB_OCT),
    r37_pp("比上月低[0.04个百分点]", -0.04, "同业拆借加权平均利率", R37_PB_OCT),
    r37_pp("比上年同期低[0.28个百分点]", -0.28, "同业拆借加权平均利率", R37_PB_OCT),
    # 六、外汇储备
    r37_stock("六、国家外汇储备余额为[3.34万亿美元]", 3.34, "万亿美元", "国家外汇储备余额",
              R37_PB_TITLE, notes=R37_PB_HEAD_TITLE),
    r37_stock("10月末，国家外汇储备余额为[3.34万亿美元]", 3.34, "万亿美元", "国家外汇储备余额"),
    row("人民币汇率为[1美元]", 1, "美元", "美元", "人民币汇率", "other", R37_PB_E10,
        borderline=True, notes="borderline: the base of an exchange rate (1美元兑)"),
    row("兑[7.1055元]人民币", 7.1055, "元", "元", "人民币汇率", "actual", R37_PB_E10,
        notes="the exchange rate's level at the month's end (the paragraph's 10月末)"),
    # 七、跨境人民币
    r37_flow("七、10月份经常项目下跨境人民币结算金额为[1.35万亿元]", 1.35, "万亿元",
             "经常项目下跨境人民币结算金额", R37_PB_OCT, notes=R37_PB_HEAD),
    r37_flow("结算金额为[1.35万亿元]，其中", 1.35, "万亿元", "经常项目下跨境人民币结算金额",
             R37_PB_OCT),
    r37_flow("分别为[1.02万亿元]", 1.02, "万亿元", "货物贸易", R37_PB_OCT,
             notes="分别: the first item, named by its own words (session 20)"),
    r37_flow("1.02万亿元、[0.33万亿元]", 0.33, "万亿元", "服务贸易及其他经常项目", R37_PB_OCT,
             notes="分别: the second item"),
    r37_flow("直接投资跨境人民币结算金额为[0.68万亿元]", 0.68, "万亿元",
             "直接投资跨境人民币结算金额", R37_PB_OCT),
]
# h115: 桐庐县's 政府工作报告 (——2025年1月9日在桐庐县第十八届人民代表大会第五次会议上), with OCR
# damage (full-width digits ５１２．６, a number broken across lines ５１\n２．６亿元, stray spaces
# 8 6.3亿元, words broken across lines, the congress header line repeated around the page number — 3
# —): 2024's results under 一、２０２４年工作回顾 (过去一年 in its first paragraph, 全年 in (三),
# the heading's year elsewhere) beside 2025's goals under 二、２０２５年工作安排 (今年…主要预期目标
# 左右 / 以上 / 以内, 力争, 继续办好…: target); 居全市第三 ranks the growth (增速 written);
# 完成年度计划的 a share of the figure (session 20); 年末实有经营主体 a stock (count_total, 年末 of
# 2024); 亿元以上 (no numeral) no row, 10亿元以上 a class's bound (borderline). Traps: 第十八届 /
# 第五次 / 十八届人大四次, 十件民生实事 (a slogan), “十四五” / “十五五”, 金3A级 (a grade), 首批, — 3
# —, the repeated header.
R37_TL = "h115_tonglu_county_gov_report_2025_ocr.txt"
R37_TL_Y = P("过去一年", "2024-01-01", "2024-12-31")
R37_TL_H24 = P("２０２４年", "2024-01-01", "2024-12-31")  # the heading 一、２０２４年工作回顾
R37_TL_F24 = P("全年", "2024-01-01", "2024-12-31")  # 全年 inside the 2024 review
R37_TL_END24 = P("年末", "2024-12-31", "2024-12-31")
R37_TL_T25 = P("今年", "2025-01-01", "2025-12-31")
R37_TL_H25 = P("２０２５年", "2025-01-01", "2025-12-31")  # the heading 二、２０２５年工作安排
R37_TL_SEC = "no time expression in its paragraph: the section heading's year"


def r37_tl(anchor, value, unit_raw, unit, indicator, kind="actual", period=R37_TL_H24, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r37_tl_pct(anchor, value, indicator, kind="growth_rate", period=R37_TL_Y, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r37_tl_goal(anchor, value, unit_raw, unit, indicator, period=R37_TL_H25, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


LABELS[R37_TL] = [
    # 一、２０２４年工作回顾: the year's main figures
    r37_tl("生产总值[５１\n２．６亿元]", 512.6, "亿元", "元", "地区生产总值", period=R37_TL_Y,
           notes="a number broken across lines (OCR); 全县 the home"),
    r37_tl_pct("增长[６．３%]", 6.3, "地区生产总值"),
    row("增速居全市[第三]", 3, None, "位", "地区生产总值增速", "rank", R37_TL_Y,
        notes="the rank of the growth (增速 written); 全市 the scope, no subject"),
    r37_tl("预算收入[42.8亿元]", 42.8, "亿元", "元", "一般公共预算收入", period=R37_TL_Y),
    r37_tl_pct("增长[5.1%]；固定", 5.1, "一般公共预算收入"),
    r37_tl_pct("固定资产投资增长[8.2%]", 8.2, "固定资产投资"),
    r37_tl_pct("工业投资增长[15.6%]", 15.6, "工业投资", notes="其中 a frame word"),
    r37_tl("零售总额[231.4亿元]", 231.4, "亿元", "元", "社会消费品零售总额", period=R37_TL_Y),
    r37_tl_pct("增长[5.6%]；城乡", 5.6, "社会消费品零售总额"),
    r37_tl("分别[达到72156元]", 72156, "元", "元", "城镇居民人均可支配收入", period=R37_TL_Y,
           qual="reach", qtext="达到", notes="分别: the first item (as h04)"),
    r37_tl("[46832元]", 46832, "元", "元", "农村居民人均可支配收入", period=R37_TL_Y,
           qual="reach", qtext="达到", notes="分别: the second item (as h04)"),
    r37_tl_pct("分别增长[4.6%]", 4.6, "城镇居民人均可支配收入"),
    r37_tl_pct("4.6%、[6.1%]", 6.1, "农村居民人均可支配收入"),
    r37_tl("缩小至[1.54]", 1.54, None, None, "城乡居民收入比", "share", R37_TL_Y,
           notes="a unit-less ratio (as h02)"),
    # (一) 项目建设
    r37_tl("重点项目[108个]", 108, "个", "个", "实施省市县重点项目", notes=R37_TL_SEC),
    r37_tl("完成投资[136.5亿元]", 136.5, "亿元", "元", "完成投资", notes=R37_TL_SEC),
    r37_tl_pct("完成年度计划的[112.3%]", 112.3, "完成投资", "share", R37_TL_H24,
               notes="完成年度计划的X: a share of the figure (session 20)"),
    r37_tl("产业项目[26个]", 26, "个", "个", "新引进亿元以上产业项目",
           notes="亿元以上 holds no numeral: part of the name; " + R37_TL_SEC),
    r37_tl("总投资[218亿元]", 218, "亿元", "元", "总投资", notes=R37_TL_SEC),
    r37_tl("10亿元以上项目[5个]", 5, "个", "个", "10亿元以上项目",
           notes="其中 a part of the flow before (actual); the bound part of the name"),
    r37_tl("其中[10亿元以上]", 10, "亿元", "元", "项目", qual="at_least", qtext="以上",
           borderline=True, notes="borderline: a class's bound (as h99's 超过1亿元的直播间)"),
    # (二) 产业
    r37_tl_pct("规上工业增加值增长[9.4%]", 9.4, "规上工业增加值", period=R37_TL_H24,
               notes=R37_TL_SEC),
    r37_tl_pct("比重[达到62.8%]", 62.8, "高新技术产业增加值占规上工业增加值比重", "share",
               R37_TL_H24, qual="reach", qtext="达到"),
    r37_tl("“小巨人”企业[3家]", 3, "家", "家", "新增国家级专精特新“小巨人”企业"),
    r37_tl("中小企业[28家]", 28, "家", "家", "新增省级专精特新中小企业",
           notes="the flow verb governs the list (新增…、…)"),
    r37_tl("营业收入[突破100亿元]", 100, "亿元", "元", "快递物流产业营业收入",
           qual="break_through", qtext="突破",
           notes="a word broken across lines (快递物流\\n产业)"),
    # (三) 旅游
    r37_tl("接待游客[2186万人次]", 2186, "万人次", "人次", "接待游客", period=R37_TL_F24,
           notes="全年 inside the 2024 review: 2024"),
    r37_tl("旅游总收入[268.5亿元]", 268.5, "亿元", "元", "旅游总收入", period=R37_TL_F24),
    r37_tl_pct("分别增长[8.6%]", 8.6, "接待游客", period=R37_TL_F24),
    r37_tl_pct("8.6%和[9.3%]", 9.3, "旅游总收入", period=R37_TL_F24),
    r37_tl("景区村庄[12个]", 12, "个", "个", "新增省级金3A级景区村庄", period=R37_TL_F24,
           notes="金3A级 a grade, no row; a word broken across lines; 首批 no row"),
    # (四) 民生 (after the repeated header and the page number)
    r37_tl_pct("一般公共预算支出的[78.6%]", 78.6, "民生支出占一般公共预算支出", "share",
               R37_TL_H24, notes="十件民生实事 a slogan, no row; " + R37_TL_SEC),
    r37_tl("城镇新增就业[6258人]", 6258, "人", "人", "城镇新增就业"),
    r37_tl_pct("控制在[2.1%]", 2.1, "城镇登记失业率", "share", R37_TL_H24),
    r37_tl("幼儿园[5所]", 5, "所", "所", "新建改扩建中小学、幼儿园",
           notes="a coordinated list before the number is one name"),
    r37_tl("新增学位[2160个]", 2160, "个", "个", "新增学位"),
    r37_tl("养老机构床位[420张]", 420, "张", "张", "新增养老机构床位"),
    r37_tl("老年食堂[36家]", 36, "家", "家", "建成老年食堂"),
    # (五) 改革开放
    r37_tl("压缩至[0.5个工作日]", 0.5, "个工作日", "工作日", "企业开办时间",
           notes="a level reached (工作日, as h44)"),
    r37_tl("进出口总额 [8 6.3亿元]", 86.3, "亿元", "元", "外贸进出口总额",
           notes="a stray space inside the number (OCR)"),
    r37_tl_pct("增长[11.2%]", 11.2, "外贸进出口总额", period=R37_TL_H24),
    r37_tl("出口[７４．１亿元]", 74.1, "亿元", "元", "出口", notes="其中 a frame word"),
    r37_tl("实际使用外资[1.2亿美元]", 1.2, "亿美元", "美元", "实际使用外资"),
    r37_tl("新设经营主体[１．０６万户]", 1.06, "万户", "户", "新设经营主体"),
    r37_tl("实有经营主体[达到7.8万户]", 7.8, "万户", "户", "实有经营主体", "count_total",
           R37_TL_END24, qual="reach", qtext="达到", notes="a stock in force (session 20) at 年末"),
    # 二、２０２５年工作安排: 今年's main goals
    r37_tl_goal("生产总值增长[６%左右]", 6, "%", "%", "地区生产总值", R37_TL_T25, qual="about",
                qtext="左右", notes="“十四五” / “十五五” plan names, no row"),
    r37_tl_goal("预算收入增长[5%以上]", 5, "%", "%", "一般公共预算收入", R37_TL_T25,
                qual="at_least", qtext="以上"),
    r37_tl_goal("固定资产投资增长[5%]", 5, "%", "%", "固定资产投资", R37_TL_T25),
    r37_tl_goal("零售总额增长[5.5%]", 5.5, "%", "%", "社会消费品零售总额", R37_TL_T25),
    r37_tl_goal("控制在[3%以内]", 3, "%", "%", "城镇登记失业率", R37_TL_T25, qual="at_most",
                qtext="以内"),
    # (一) 投资
    r37_tl_goal("重点项目[110个以上]", 110, "个", "个", "谋划实施重点项目", qual="at_least",
                qtext="以上", notes=R37_TL_SEC),
    r37_tl_goal("完成投资[140亿元以上]", 140, "亿元", "元", "完成投资", qual="at_least",
                qtext="以上", notes="年度 a period word"),
    r37_tl_goal("投资占比[不低于40%]", 40, "%", "%", "产业项目投资占比", qual="at_least",
                qtext="不低于"),
    r37_tl_goal("产业项目[25个]", 25, "个", "个", "新引进亿元以上产业项目", notes="力争"),
    r37_tl_goal("总投资[200亿元以上]", 200, "亿元", "元", "总投资", qual="at_least", qtext="以上"),
    # (二) 美丽县域
    r37_tl_goal("未来乡村[5个]", 5, "个", "个", "新增省级未来乡村"),
    r37_tl_goal("农村公路[60公里]", 60, "公里", "公里", "改造提升农村公路"),
    r37_tl_goal("保持在[90%以上]", 90, "%", "%", "空气质量优良天数比率", qual="at_least",
                qtext="以上"),
    # (三) 产业
    r37_tl_goal("工业增加值增长[8%]", 8, "%", "%", "规上工业增加值", notes="力争"),
    r37_tl_goal("规上工业企业[30家]", 30, "家", "家", "新增规上工业企业"),
    r37_tl_goal("比重提高[1个百分点]", 1, "个百分点", "百分点",
                "数字经济核心产业增加值占GDP比重"),
    # (四) 民生实事
    r37_tl_goal("新增城镇就业[6000人以上]", 6000, "人", "人", "新增城镇就业", qual="at_least",
                qtext="以上", notes="继续办好十件民生实事: a slogan, no row"),
    r37_tl_goal("新改建幼儿园[2所]", 2, "所", "所", "新改建幼儿园"),
    r37_tl_goal("普惠托位[200个]", 200, "个", "个", "新增普惠托位"),
    r37_tl_goal("改造\n[12个]", 12, "个", "个", "完成老旧小区改造",
                notes="a number pushed to the next line (OCR)"),
    r37_tl_goal("惠及居民[2800户]", 2800, "户", "户", "惠及居民"),
]


# ---------------------------------------------------------------------------------------------
# Round 38 (h116-h118), written and labelled by helper B38 by reading, before the extractor ran on
# them.
#
# h116: 江西省人民检察院工作报告 (——2025年1月16日在江西省第十四届人民代表大会第三次会议上),
# reviewing 2024 (一、2024年主要工作: the heading's year dates its sections (一)-(六), as h44's
# court report) with 2025's plans in words only (no figures). A year's casework: 办理 / 批准逮捕 /
# 提起公诉 / 起诉 counts in 件 / 人 / 人次 (flows, actual, the verb kept), 同比分别下降 a 分别 list
# with no items of its own (paired in order, as h44), 追赃挽损 / 挽回经济损失 亿元, rates 适用率 /
# 采纳率 / 整改率 / 不起诉率 (share), 其中 parts named by their own words with 占 (X占比), 为N家企业
# (the beneficiaries' count named by their noun, session 23), 帮助 / 督促 + deed (the causative
# dropped), 对… dropped (a leading 对 is no part, as h44), 集体 / 个人 受到最高人民检察院表彰 (doer
# + deed; 最高人民检察院 another body, no place). Traps: 第十四届 / 第三次, 2025年1月16日, 连续五年
# (a streak), “断卡”“断流” / “清源” / “检护民企” / “检护民生” 专项行动 (names), 12309 (a hotline in
# a name), 7日内 / 3个月内 (time limits inside the rates' names), 35周岁以下 (an age class, part of
# a name), “十四五”, 二十届三中全会.
R38_JX = "h116_jiangxi_procuratorate_work_report_2025.txt"
R38_JX_Y = P("2024年", "2024-01-01", "2024-12-31")  # the lead and the heading 一、2024年主要工作
R38_JX_SEC = "no time expression in its paragraph: the heading 一、2024年主要工作"
R38_JX_LIST = ("a 分别 list with no items of its own: each rate pairs with a figure before it, "
               "in order")


def r38_jx(anchor, value, unit_raw, unit, indicator, kind="actual", period=R38_JX_Y, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r38_jx_n(anchor, value, indicator, **kw):
    """people (defendants, suspects, officers) in 人"""
    return r38_jx(anchor, value, "人", "人", indicator, **kw)


def r38_jx_case(anchor, value, indicator, **kw):
    """cases, proposals, opinions in 件"""
    return r38_jx(anchor, value, "件", "件", indicator, **kw)


def r38_jx_pct(anchor, value, indicator, kind="share", **kw):
    return r38_jx(anchor, value, "%", "%", indicator, kind, **kw)


LABELS[R38_JX] = [
    r38_jx("各类案件[13.8万件]", 13.8, "万件", "件", "办理各类案件",
           notes="全省 (the home) and 共 dropped; 检察机关: " + AGENT25),
    r38_jx_pct("同比上升[4.6%]", 4.6, "办理各类案件", "growth_rate",
               notes="同比 with no base year: the year before"),
    r38_jx_case("省检察院办理案件[2870件]", 2870, "省检察院办理案件",
                notes="a procuratorate is no place: in the name (as h44's 省法院)"),
    r38_jx_pct("同比下降[3.4%]", -3.4, "省检察院办理案件", "growth_rate"),
    # (一) 依法惩治犯罪
    r38_jx("犯罪嫌疑人[1.92万人]", 1.92, "万人", "人", "批准逮捕各类犯罪嫌疑人", notes=R38_JX_SEC),
    r38_jx("提起公诉[4.37万人]", 4.37, "万人", "人", "提起公诉"),
    r38_jx_pct("分别下降[5.2%]", -5.2, "批准逮捕各类犯罪嫌疑人", "growth_rate", notes=R38_JX_LIST),
    r38_jx_pct("5.2%和[2.8%]", -2.8, "提起公诉", "growth_rate", notes=R38_JX_LIST),
    r38_jx_n("严重暴力犯罪[1046人]", 1046, "起诉严重暴力犯罪",
             notes="a list of examples with 等 before the noun: the noun (as "
             "建设天眉乐等6条高速公路)"),
    r38_jx_pct("同比下降[9.7%]", -9.7, "起诉严重暴力犯罪", "growth_rate",
               notes="连续五年下降 after it: a streak, no row"),
    r38_jx_n("电信网络诈骗犯罪[2384人]", 2384, "起诉电信网络诈骗犯罪",
             notes="the 专项行动 names before it hold no figure"),
    r38_jx_n("活动犯罪[6152人]", 6152, "起诉帮助信息网络犯罪活动犯罪"),
    r38_jx("追赃挽损[4.6亿元]", 4.6, "亿元", "元", "追赃挽损"),
    r38_jx_n("涉黑涉恶犯罪[417人]", 417, "起诉涉黑涉恶犯罪"),
    r38_jx_n("组织犯罪[86人]", 86, "组织、领导、参加黑社会性质组织犯罪",
             notes="a 其中 subset named by its own words (as h44's 判处五年以上…); 起诉 is the "
             "clause before's"),
    r38_jx_pct("适用率达到[91.3%]", 91.3, "认罪认罚从宽制度适用率", qual="reach", qtext="达到"),
    r38_jx_pct("采纳率为[96.8%]", 96.8, "量刑建议采纳率"),
    # (二) 服务保障大局
    r38_jx_n("经济秩序犯罪[3527人]", 3527, "起诉破坏市场经济秩序犯罪", notes=R38_JX_SEC),
    r38_jx_n("知识产权犯罪[492人]", 492, "起诉侵犯知识产权犯罪", notes="其中 a frame word"),
    r38_jx_pct("同比上升[18.4%]", 18.4, "起诉侵犯知识产权犯罪", "growth_rate"),
    r38_jx("涉企案件[1.06万件]", 1.06, "万件", "件", "办理涉企案件"),
    r38_jx_case("清理[317件]", 317, "涉企“挂案”清理",
                notes="a leading 对 dropped (as h44); the words in their order"),
    r38_jx("为[312家]企业", 312, "家", "家", "企业",
           notes="the beneficiaries' count after 为 named by their noun (session 23)"),
    r38_jx("经济损失[3.2亿元]", 3.2, "亿元", "元", "挽回经济损失",
           notes="the deed after a beneficiary keeps its verb (session 23)"),
    # (三) 司法为民
    r38_jx_n("药品安全犯罪[865人]", 865, "起诉危害食品药品安全犯罪", notes=R38_JX_SEC),
    r38_jx_n("未成年人犯罪[1127人]", 1127, "起诉侵害未成年人犯罪"),
    r38_jx_pct("同比上升[6.3%]", 6.3, "起诉侵害未成年人犯罪", "growth_rate"),
    r38_jx_n("附条件不起诉[385人]", 385, "涉罪未成年人附条件不起诉",
             notes="a leading 对 dropped"),
    r38_jx_pct("不起诉率为[32.4%]", 32.4, "附条件不起诉率",
               notes="a rate with a name of its own: nothing borrowed (session 23)"),
    r38_jx_case("农民工起诉[1894件]", 1894, "支持农民工起诉"),
    r38_jx("追回欠薪[5360万元]", 5360, "万元", "元", "追回欠薪",
           notes="帮助 a causative: the amount named by the rest of the clause (session 20)"),
    r38_jx_case("司法救助案件[3412件]", 3412, "办理国家司法救助案件"),
    r38_jx("救助金[2780万元]", 2780, "万元", "元", "发放救助金"),
    r38_jx_pct("同比增长[12.6%]", 12.6, "发放救助金", "growth_rate"),
    r38_jx("接待群众来访[2.16万人次]", 2.16, "万人次", "人次", "12309检察服务中心接待群众来访",
           notes="12309 a hotline inside a name (as h44's 12368诉讼服务热线)"),
    r38_jx_pct("答复率均为[100%]", 100, "7日内程序性回复、3个月内办理过程或结果答复率",
               notes="one figure for two rates (均); 7日内 / 3个月内 time limits inside the name"),
    # (四) 公益诉讼
    r38_jx_case("公益诉讼案件[7136件]", 7136, "办理公益诉讼案件", notes=R38_JX_SEC),
    r38_jx_pct("同比上升[8.9%]", 8.9, "办理公益诉讼案件", "growth_rate"),
    r38_jx_case("资源保护领域[3208件]", 3208, "生态环境和资源保护领域",
                notes="a 其中 part named by its own words (an elliptic item, session 20)"),
    r38_jx_pct("，占[45.0%]", 45.0, "生态环境和资源保护领域占比",
               notes="a bare 占 after an elliptic item: X占比 (as 粤港澳大湾区占比, session 20)"),
    r38_jx_case("检察建议[5463件]", 5463, "发出诉前检察建议"),
    r38_jx_pct("整改率达到[98.5%]", 98.5, "回复整改率", qual="reach", qtext="达到"),
    r38_jx_case("提起公益诉讼[436件]", 436, "提起公益诉讼"),
    r38_jx_pct("支持的占[99.2%]", 99.2, "法院已判决支持",
               notes="…的占X: the part named by its deed, 的 dropped (as h20's 在公办学校就读)"),
    r38_jx("林地、耕地[1.28万亩]", 1.28, "万亩", "亩", "修复被毁损的林地、耕地",
           notes="督促 a causative, dropped"),
    r38_jx("生活垃圾[9.6万吨]", 9.6, "万吨", "吨", "清理固体废物和生活垃圾"),
    # (五) 法律监督
    r38_jx_case("立案[1236件]", 1236, "监督公安机关立案", notes=R38_JX_SEC),
    r38_jx_case("撤案[1518件]", 1518, "监督公安机关撤案",
                notes="the verb and its object govern both items of the list (立案…、撤案…)"),
    r38_jx_case("提出抗诉[241件]", 241, "认为确有错误的刑事裁判提出抗诉",
                notes="a leading 对 dropped"),
    r38_jx_case("发回重审[156件]", 156, "法院已改判、发回重审"),
    r38_jx_case("再审检察建议[628件]", 628, "民事生效裁判提出抗诉和再审检察建议",
                notes="a leading 对 dropped"),
    r38_jx_pct("采纳率为[82.7%]", 82.7, "采纳率",
               notes="a rate with a name of its own: nothing borrowed (session 23)"),
    r38_jx_case("纠正意见[4217件]", 4217, "刑罚执行和监管活动中的违法情形提出纠正意见",
                notes="a leading 对 dropped"),
    r38_jx_case("已纠正[4105件]", 4105, "已纠正"),
    # (六) 队伍建设
    r38_jx("全省[12个]集体", 12, "个", "个", "集体受到最高人民检察院表彰",
           notes="doer + deed (session 20); 最高人民检察院 another body, no subject; "
           + R38_JX_SEC),
    r38_jx("[35名]个人", 35, "名", "名", "个人受到最高人民检察院表彰"),
    r38_jx("业务培训[68期]", 68, "期", "期", "组织检察官业务培训"),
    r38_jx("检察人员[9200余人次]", 9200, "余人次", "人次", "培训检察人员", qual="plus",
           qtext="余"),
    r38_jx("员额检察官[146名]", 146, "名", "名", "遴选员额检察官"),
    r38_jx("以下的[52名]", 52, "名", "名", "35周岁以下",
           notes="a 其中 part named by its own words; 35周岁以下 an age class (part of the name)"),
    r38_jx_n("违纪违法[7人]", 7, "查处检察人员违纪违法"),
]


# ---------------------------------------------------------------------------------------------
# h117: 广西壮族自治区统计局's release on 2025年前三季度 (发布时间：2025-10-24 10:00; home 广西,
# 全区 throughout): 地区生产总值 with 按不变价格计算 同比 and 增速比上半年 / 比一季度提高 N个百分点
# (a rate's change, growth_rate named X增速; 上半年 / 一季度 the bases), 三次产业, 农业 (产量 万吨,
# 生猪出栏 / 9月末存栏 万头), 规上工业 by 门类 (elliptic items named by their own words),
# 14个设区市中 有11个市 (the scope borderline, its members deed的X), 9月份, 服务业 贡献率, 1-8月
# 规上服务业, 固定资产 投资（不含农户） with 降幅比上半年收窄 (negative, X降幅, as h12 / h14),
# 工业投资 比重 with 比上年同期 提高, 社零 城镇 / 乡村, 进出口 其中 出口 / 进口, 对东盟 (a partner,
# no subject) with 占全区…的, CPI 上涨 with 涨幅扩大, PPI, 居民收入 名义增长 with 城镇 / 农村; then
# the appendix table printed as text columns (2025年1-9月全区主要经济指标: 指标 | 单位 | 绝对数 |
# 比上年同期增长(%); cells named by the row, dated by the title's 1-9月, the growth column's unit
# from its head, — cells no row). Traps: 2025-10-24 10:00, 浏览次数：3126, 字体 大 中 小, 一、…八、,
# 四季度 / 全年目标任务 (no figure), 注：1.-3., 0771- phone.
R38_GX = "h117_guangxi_q3_economy_stats_release_2025.txt"
R38_GX_Q3 = P("前三季度", "2025-01-01", "2025-09-30")
R38_GX_SEP = P("9月份", "2025-09-01", "2025-09-30")
R38_GX_E9 = P("9月末", "2025-09-30", "2025-09-30")
R38_GX_M8 = P("1-8月", "2025-01-01", "2025-08-31")
# the table's title (no column names a time)
R38_GX_TAB = P("2025年1-9月", "2025-01-01", "2025-09-30")
R38_GX_CELL = ("table cell, named by its row, dated by the title's 2025年1-9月 (the columns name "
               "no time)")
R38_GX_GROW = R38_GX_CELL + "; the unit is the column head 比上年同期增长(%)"


def r38_gx(anchor, value, unit_raw, unit, indicator, kind="actual", period=R38_GX_Q3, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r38_gx_g(anchor, value, indicator, kind="growth_rate", period=R38_GX_Q3, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r38_gx_pp(anchor, value, indicator, kind="growth_rate", period=R38_GX_Q3, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


def r38_gx_cell(head, value, unit_raw, unit, indicator):
    """the 绝对数 column (cell 2 of the row)"""
    return row(col_cell(R38_GX, head, 2), value, unit_raw, unit, indicator, "actual",
               R38_GX_TAB, notes=R38_GX_CELL)


def r38_gx_grow(head, value, indicator):
    """the growth column (cell 3 of the row), in % though no row prints a unit"""
    return row(col_cell(R38_GX, head, 3), value, "%", "%", indicator, "growth_rate",
               R38_GX_TAB, notes=R38_GX_GROW)


LABELS[R38_GX] = [
    r38_gx("生产总值[20865.31亿元]", 20865.31, "亿元", "元", "地区生产总值"),
    r38_gx_g("同比增长[5.3%]，增速", 5.3, "地区生产总值"),
    r38_gx_pp("比上半年提高[0.2个百分点]", 0.2, "地区生产总值增速", notes="上半年 the base"),
    r38_gx_pp("比一季度提高[0.5个百分点]", 0.5, "地区生产总值增速", notes="一季度 the base"),
    r38_gx("第一产业增加值[3105.62亿元]", 3105.62, "亿元", "元", "第一产业增加值"),
    r38_gx_g("增长[4.1%]；", 4.1, "第一产业增加值"),
    r38_gx("第二产业增加值[6712.48亿元]", 6712.48, "亿元", "元", "第二产业增加值"),
    r38_gx_g("增长[5.6%]；第三", 5.6, "第二产业增加值"),
    r38_gx("第三产业增加值[11047.21亿元]", 11047.21, "亿元", "元", "第三产业增加值"),
    r38_gx_g("11047.21亿元，增长[5.5%]", 5.5, "第三产业增加值"),
    # 一、农业
    r38_gx("总产值[5218.7亿元]", 5218.7, "亿元", "元", "农林牧渔业总产值"),
    r38_gx_g("同比增长[4.3%]", 4.3, "农林牧渔业总产值"),
    r38_gx("蔬菜产量[3062.5万吨]", 3062.5, "万吨", "吨", "蔬菜产量"),
    r38_gx_g("增长[5.1%]；园林", 5.1, "蔬菜产量"),
    r38_gx("水果产量[1958.4万吨]", 1958.4, "万吨", "吨", "园林水果产量"),
    r38_gx_g("增长[7.6%]", 7.6, "园林水果产量"),
    r38_gx("生猪出栏[2615.3万头]", 2615.3, "万头", "头", "生猪出栏"),
    r38_gx_g("下降[1.2%]", -1.2, "生猪出栏"),
    r38_gx("生猪存栏[2318.6万头]", 2318.6, "万头", "头", "生猪存栏", "count_total", R38_GX_E9,
           notes="a stock at 9月末"),
    r38_gx_g("同比下降[0.8%]", -0.8, "生猪存栏", period=R38_GX_E9),
    # 二、工业
    r38_gx_g("工业增加值同比增长[6.8%]", 6.8, "规模以上工业增加值"),
    r38_gx_pp("比上半年提高[0.4个百分点]", 0.4, "规模以上工业增加值增速",
              notes="上半年 the base"),
    r38_gx_g("采矿业增加值增长[3.2%]", 3.2, "采矿业增加值"),
    r38_gx_g("制造业增长[7.4%]", 7.4, "制造业",
             notes="an elliptic item named by its own words (session 20)"),
    r38_gx_g("供应业增长[4.9%]", 4.9, "电力、热力、燃气及水生产和供应业"),
    r38_gx("[14个]设区市中", 14, "个", "个", "设区市", "count_total", borderline=True,
           notes=SCOPE),
    r38_gx("有[11个]市", 11, "个", "个", "规上工业增加值实现增长的设区市", "count_total",
           notes="members of the scope that qualified: deed的X, count_total (session 20)"),
    r38_gx_g("规上工业增加值同比增长[7.1%]", 7.1, "规上工业增加值", period=R38_GX_SEP),
    # 三、服务业
    r38_gx_g("服务业增加值增长[5.5%]", 5.5, "服务业增加值"),
    r38_gx("贡献率为[53.6%]", 53.6, "%", "%", "对经济增长的贡献率", "share"),
    r38_gx_g("营业收入同比增长[6.2%]", 6.2, "规模以上服务业企业营业收入", period=R38_GX_M8),
    # 四、投资
    r38_gx_g("（不含农户）同比下降[2.3%]", -2.3, "固定资产投资",
             notes="（不含农户） a note, no part of the name"),
    r38_gx_pp("收窄[1.5个百分点]", -1.5, "固定资产投资降幅",
              notes="a narrowing of the decline (as h12, h14); 上半年 the base"),
    r38_gx_g("工业投资增长[8.6%]", 8.6, "工业投资", notes="其中 a frame word"),
    r38_gx("比重为[32.7%]", 32.7, "%", "%", "工业投资占全部投资的比重", "share"),
    r38_gx_pp("比上年同期提高[3.1个百分点]", 3.1, "工业投资占全部投资的比重"),
    r38_gx_g("基础设施投资下降[4.5%]", -4.5, "基础设施投资"),
    r38_gx_g("房地产开发投资下降[11.4%]", -11.4, "房地产开发投资"),
    # 五、消费
    r38_gx("零售总额[6842.17亿元]", 6842.17, "亿元", "元", "社会消费品零售总额"),
    r38_gx_g("同比增长[4.2%]", 4.2, "社会消费品零售总额"),
    r38_gx("零售额[5701.36亿元]", 5701.36, "亿元", "元", "城镇消费品零售额",
           notes="按经营单位所在地分 a frame, no part"),
    r38_gx_g("增长[4.0%]", 4.0, "城镇消费品零售额"),
    r38_gx("零售额[1140.81亿元]", 1140.81, "亿元", "元", "乡村消费品零售额"),
    r38_gx_g("1140.81亿元，增长[5.3%]", 5.3, "乡村消费品零售额"),
    # 六、外贸
    r38_gx("进出口总额[5126.4亿元]", 5126.4, "亿元", "元", "进出口总额"),
    r38_gx_g("同比增长[9.8%]", 9.8, "进出口总额"),
    r38_gx("出口[2318.6亿元]", 2318.6, "亿元", "元", "出口", notes="其中 a frame word"),
    r38_gx_g("增长[14.2%]", 14.2, "出口"),
    r38_gx("进口[2807.8亿元]", 2807.8, "亿元", "元", "进口"),
    r38_gx_g("增长[6.4%]", 6.4, "进口"),
    r38_gx("对东盟进出口[2247.3亿元]", 2247.3, "亿元", "元", "东盟进出口",
           notes="a trade partner is no subject; 对 dropped (as h21)"),
    r38_gx_g("增长[12.5%]", 12.5, "东盟进出口"),
    r38_gx("进出口总额的[43.8%]", 43.8, "%", "%", "东盟进出口占全区进出口总额", "share"),
    # 七、物价
    r38_gx_g("同比上涨[0.2%]", 0.2, "居民消费价格"),
    r38_gx_pp("扩大[0.1个百分点]", 0.1, "居民消费价格涨幅", notes="上半年 the base (as h17)"),
    r38_gx_g("价格同比下降[2.1%]", -2.1, "工业生产者出厂价格"),
    # 八、收入
    r38_gx("收入[26418元]", 26418, "元", "元", "居民人均可支配收入"),
    r38_gx_g("名义增长[5.1%]", 5.1, "居民人均可支配收入", notes="名义 a qualifier of the rate"),
    r38_gx("[35862元]", 35862, "元", "元", "城镇居民人均可支配收入",
           notes="按常住地分 a frame, no part"),
    r38_gx_g("增长[4.3%]；农村", 4.3, "城镇居民人均可支配收入"),
    r38_gx("[15740元]", 15740, "元", "元", "农村居民人均可支配收入"),
    r38_gx_g("增长[6.0%]", 6.0, "农村居民人均可支配收入"),
    # the appendix table (2025年1-9月全区主要经济指标)
    r38_gx_cell("地区生产总值", 20865.31, "亿元", "元", "地区生产总值"),
    r38_gx_grow("地区生产总值", 5.3, "地区生产总值"),
    r38_gx_cell("第一产业增加值", 3105.62, "亿元", "元", "第一产业增加值"),
    r38_gx_grow("第一产业增加值", 4.1, "第一产业增加值"),
    r38_gx_cell("第二产业增加值", 6712.48, "亿元", "元", "第二产业增加值"),
    r38_gx_grow("第二产业增加值", 5.6, "第二产业增加值"),
    r38_gx_cell("第三产业增加值", 11047.21, "亿元", "元", "第三产业增加值"),
    r38_gx_grow("第三产业增加值", 5.5, "第三产业增加值"),
    r38_gx_grow("规模以上工业增加值", 6.8, "规模以上工业增加值"),
    r38_gx_grow("固定资产投资（不含农户）", -2.3, "固定资产投资"),
    r38_gx_cell("社会消费品零售总额", 6842.17, "亿元", "元", "社会消费品零售总额"),
    r38_gx_grow("社会消费品零售总额", 4.2, "社会消费品零售总额"),
    r38_gx_cell("进出口总额", 5126.4, "亿元", "元", "进出口总额"),
    r38_gx_grow("进出口总额", 9.8, "进出口总额"),
    r38_gx_cell("出口", 2318.6, "亿元", "元", "出口"),
    r38_gx_grow("出口", 14.2, "出口"),
    r38_gx_cell("进口", 2807.8, "亿元", "元", "进口"),
    r38_gx_grow("进口", 6.4, "进口"),
    r38_gx_cell("居民人均可支配收入", 26418, "元", "元", "居民人均可支配收入"),
    r38_gx_grow("居民人均可支配收入", 5.1, "居民人均可支配收入"),
    r38_gx_grow("居民消费价格指数", 0.2, "居民消费价格指数"),
]


# ---------------------------------------------------------------------------------------------
# h118: 中共无锡市委 / 无锡市人民政府's notice printing 关于进一步支持人才发展的若干措施
# (锡委发〔2025〕9号, 发布日期：2025-03-28; home 无锡, 全市): a preamble with 2024's results
# (新引进各类人才 万名 with 同比, 人才资源总量达到 a stock of the year's sentence) and goals
# 到2027年 (力争 以上 / 突破: target), then 第一条-第十条 granting per head, per class or per
# project (一次性生活补贴 / 购房补贴 最高 / 租房补贴 每月 / 实习补贴 每人每月 / 工作补贴 每月最高 /
# 一次性奖励 / 资助 / 建站资助, 分别给予 lists, 留成部分的80% / 市场租金的50% / 最低工资标准的70%:
# the rule's parameters, other and undated, h25's PARAM and session 23's per-head rates), yearly
# commitments with 每年 (不少于 / 以上: target, no period, as h25's 专项资金), a fund 总规模50亿元
# (target, undated), 等12项服务 (a count after 等, other: the card's scope), 人才公寓 到2027年.
# Traps: 锡委发〔2025〕9号, 2025-03-28, 第一条…第十条, 两院院士, “一事一议”, A、B、C三类 (totals the
# list: borderline), 2025年1月1日, 年龄不超过35周岁 / 年薪50万元以上的 (conditions, no metric),
# 分3年发放 / 最长36个月 / 最长6个月 / 连续支持不超过2年 / 连续奖励3年 / 每两年 (durations of a
# rule, no metric), 自2025年4月1日起施行 / 有效期5年, 0510- phone, 2025年3月27日印发.
R38_WX = "h118_wuxi_talent_support_measures_2025.txt"
R38_WX_Y24 = P("2024年", "2024-01-01", "2024-12-31")
R38_WX_27 = P("到2027年", "2027-01-01", "2027-12-31")
R38_WX_YEARLY = ("a yearly commitment of the policy (每年…不少于 / 以上): a target with no period "
                 "(as h25's 专项资金不少于10亿元)")


def r38_wx_rule(anchor, value, unit_raw, unit, indicator, qual="none", qtext=None, **kw):
    """what a clause grants or caps: the rule's parameter, other and undated (h25, session 23)"""
    kw.setdefault("notes", PARAM)
    return row(anchor, value, unit_raw, unit, indicator, "other", NONE, qual, qtext, **kw)


def r38_wx_wan(anchor, value, indicator, qual="none", qtext=None, **kw):
    """a grant in 万元"""
    return r38_wx_rule(anchor, value, "万元", "元", indicator, qual, qtext, **kw)


def r38_wx_yuan(anchor, value, indicator, qual="none", qtext=None, **kw):
    """a grant in 元 (a monthly rate per head: session 23's PER_HEAD)"""
    kw.setdefault("notes", PER_HEAD)
    return r38_wx_rule(anchor, value, "元", "元", indicator, qual, qtext, **kw)


def r38_wx_goal(anchor, value, unit_raw, unit, indicator, period=R38_WX_27, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", period, **kw)


LABELS[R38_WX] = [
    # the preamble: 2024's results and the goals 到2027年
    row("各类人才[14.6万名]", 14.6, "万名", "名", "新引进各类人才", "actual", R38_WX_Y24),
    row("同比增长[8.2%]", 8.2, "%", "%", "新引进各类人才", "growth_rate", R38_WX_Y24),
    row("总量达到[248万人]", 248, "万人", "人", "人才资源总量", "count_total", R38_WX_Y24,
        "reach", "达到", notes="a stock in the sentence led by 2024年: the year's level"),
    r38_wx_goal("各类人才[60万名以上]", 60, "万名", "名", "新引进各类人才", qual="at_least",
                qtext="以上", notes="力争 a goal word"),
    r38_wx_goal("高校毕业生[40万名]", 40, "万名", "名", "高校毕业生",
                notes="a 其中 part named by its own words"),
    r38_wx_goal("领军人才[1000名]", 1000, "名", "名", "集聚国家级领军人才"),
    r38_wx_goal("总量[突破300万人]", 300, "万人", "人", "人才资源总量", qual="break_through",
                qtext="突破"),
    # 第一条 - 第二条
    r38_wx_rule("给予[最高1亿元]项目资助", 1, "亿元", "元", "项目资助", "at_most", "最高",
                notes=PARAM + "; “一事一议” a name; 两院院士 no count"),
    r38_wx_wan("分别给予[500万元]、", 500, "项目资助"),
    r38_wx_wan("500万元、[300万元]、", 300, "项目资助"),
    r38_wx_wan("300万元、[100万元]项目资助", 100, "项目资助"),
    row("C[三类]", 3, "类", "类", "创新创业领军人才", "other", NONE, borderline=True,
        notes="borderline: a count totalling the exhaustive list before it (A、B、C三类)"),
    r38_wx_wan("再获得[最高500万元]", 500, "股权投资", "at_most", "最高"),
    r38_wx_rule("每次[不超过10名]", 10, "名", "名", "评选“无锡杰出人才”", "at_most", "不超过",
                notes=PARAM + "; 每两年 the rule's interval, no period"),
    r38_wx_wan("一次性奖励[100万元]", 100, "一次性奖励", notes=PER_HEAD),
    # 第三条 生活补贴 (年龄不超过35周岁 a condition, no metric; 分3年发放 a rule's term)
    r38_wx_wan("一次性生活补贴[10万元]、", 10, "一次性生活补贴", notes=PER_HEAD),
    r38_wx_wan("10万元、[5万元]、", 5, "一次性生活补贴", notes=PER_HEAD),
    r38_wx_wan("5万元、[2万元]每人", 2, "一次性生活补贴", notes=PER_HEAD),
    r38_wx_wan("一次性生活补贴[20万元]", 20, "一次性生活补贴", notes=PER_HEAD),
    # 第四条 安居
    r38_wx_wan("分别给予[最高30万元]、", 30, "购房补贴", "at_most", "最高"),
    r38_wx_wan("30万元、[15万元]的购房补贴", 15, "购房补贴", "at_most", "最高",
               notes=PARAM + "; 最高 before the 分别 list bounds both items (not adjacent)"),
    r38_wx_wan("给予[最高5万元]购房补贴", 5, "购房补贴", "at_most", "最高"),
    r38_wx_yuan("博士每月[2000元]", 2000, "租房补贴"),
    r38_wx_yuan("硕士每月[1000元]", 1000, "租房补贴"),
    r38_wx_yuan("本科每月[600元]", 600, "租房补贴", notes=PER_HEAD + "; 最长36个月 a term"),
    r38_wx_rule("市场租金的[50%]收取", 50, "%", "%", "租金",
                notes=PARAM + "; 按…的50%收取: a rate of a base; 人才公寓 is the clause before's "
                "(corrected after the blind run, first labelled 人才公寓租金: nothing is borrowed "
                "from another clause)"),
    # 第五条 实习见习
    r38_wx_yuan("本科每人每月[1500元]", 1500, "实习补贴"),
    r38_wx_yuan("研究生每人每月[2500元]", 2500, "实习补贴", notes=PER_HEAD + "; 最长6个月 a term"),
    r38_wx_goal("见习岗位[1万个以上]", 1, "万个", "个", "提供就业见习岗位", NONE,
                qual="at_least", qtext="以上", notes=R38_WX_YEARLY),
    r38_wx_rule("最低工资标准的[70%]给予见习补贴", 70, "%", "%", "见习补贴"),
    # 第六条 柔性引才 (连续支持不超过2年 a term)
    r38_wx_yuan("每月[最高5000元]", 5000, "工作补贴", "at_most", "最高"),
    # 第七条 技能人才
    r38_wx_wan("分别给予每人[1万元]、", 1, "一次性奖励", notes=PER_HEAD),
    r38_wx_yuan("1万元、[5000元]的一次性奖励", 5000, "一次性奖励"),
    r38_wx_wan("分别给予[50万元]、20万元资助", 50, "资助"),
    r38_wx_wan("50万元、[20万元]资助", 20, "资助"),
    r38_wx_goal("不少于[2万名]", 2, "万名", "名", "培养高技能人才", NONE, qual="at_least",
                qtext="不少于", notes=R38_WX_YEARLY),
    # 第八条 企业引才 (年薪50万元以上的 a condition; 连续奖励3年 a term)
    r38_wx_rule("留成部分的[80%]给予奖励", 80, "%", "%", "奖励"),
    r38_wx_wan("每人每年[最高不超过100万元]", 100, "每人", "at_most", "最高不超过",
               notes=PARAM + "; a cap per head, named by its unit (as h25's 每个企业); 每年 a "
               "period word"),
    r38_wx_wan("分别给予[50万元]、30万元", 50, "建站资助"),
    r38_wx_wan("50万元、[30万元]建站资助", 30, "建站资助"),
    r38_wx_rule("用人单位[10家]", 10, "家", "家", "评选引才育才成效显著的用人单位",
                notes=PARAM + "; how many a yearly award names"),
    r38_wx_wan("每家给予[20万元]奖励", 20, "奖励", notes=PER_HEAD),
    # 第九条 服务保障
    r38_wx_rule("等[12项]服务", 12, "项", "项", "提供服务",
                notes="a count after 等 (scored): what the card gives, the rule's scope (other); "
                "the beneficiary 为持卡人才 dropped"),
    r38_wx_goal("人才公寓[2万套]", 2, "万套", "套", "筹集建设人才公寓"),
    r38_wx_goal("总规模[50亿元]", 50, "亿元", "元", "设立人才发展基金", NONE,
                notes="a count before its noun: the noun after 的, the flow verb in front"),
    r38_wx_goal("专项资金[不少于15亿元]", 15, "亿元", "元", "安排人才专项资金", NONE,
                qual="at_least", qtext="不少于", notes=R38_WX_YEARLY),
]


# ---------------------------------------------------------------------------------------------
# Round 39 (h119-h121), written and labelled by helper B39 by reading, before the extractor ran on
# them.
#
# h119: 澳門統計暨普查局's release of 2025年第三季本地生產總值 (發佈日期：2025年11月28日　16:30), in
# Traditional script. Macau is the home (no 全澳 / 澳門 figure names another place). 實質 / 名義 /
# 按年 / 按季 / 經季節調整後 / 以當年價格計算 say how a figure is measured (dropped from names; 名義
# as h07 / h103); 經濟實質按年增長 named `经济` (as h45 / h112); 相當於…2019年同期的N% / 恢復至 /
# 已達2019年同期的 a share of the 2019 level (as h11 / h93), dated by the figure's period (2019 a
# base); 億元 after 億澳門元 is 澳門元 (as h77's 億元 港元); 澳門幣14.9萬元 the currency before the
# number (as h08's 新臺幣); 首三季 2025-01..09 (flows, actual; 累計 入境旅客 a running total,
# count_total); 表一 a text table whose unit (%) is in its title and whose columns are quarters
# (cells named by the row, dated by the column, growth_rate); the 修訂 paragraph: 第二季's earlier
# 4.7% and 6.9% (superseded first estimates of realised rates: growth_rate of 第二季, open) and the
# revised 5.1% / 7.4%; 2024年 structure shares (share, 2024年); the 註's 1美元兌8.05澳門元 (the rate
# actual, its 1美元 borderline, as h114) and 相當於約7.2萬美元 (a figure restated in another unit,
# borderline, as h95's 約合). Traps: 發佈日期 16:30, 2019年同期 (×4, a base), 第48/2025號, (853)
# 8399 5311, 2026年2月下旬, 四捨五入, 第一季的數字則維持不變 (no number).
R39_MO = "h119_macau_dsec_gdp_q3_2025_trad.txt"
R39_MO_Q3Y = P("2025年第三季", "2025-07-01", "2025-09-30")
R39_MO_Q3 = P("第三季", "2025-07-01", "2025-09-30")
R39_MO_Q1T = P("2025年第一季", "2025-01-01", "2025-03-31")
R39_MO_Q2T = P("2025年第二季", "2025-04-01", "2025-06-30")
R39_MO_Q2 = P("第二季", "2025-04-01", "2025-06-30")
R39_MO_9M = P("首三季", "2025-01-01", "2025-09-30")
R39_MO_H1 = P("上半年", "2025-01-01", "2025-06-30")
R39_MO_Y24 = P("2024年", "2024-01-01", "2024-12-31")
R39_MO_BASE = ("相當於 / 恢復至 / 已達 2019年同期的: a share of the 2019 level (as h11, h93); "
               "2019 a base")
R39_MO_PARA = "no time expression in its clause: the paragraph's last one"
R39_MO_HOW = "實質 / 名義 / 按年 / 按季 / 經季節調整後 say how it is measured (dropped from names)"
R39_MO_CELL = ("table cell (表一): the row's name, the column's quarter, the title's unit (%); "
               "按年 in the title: growth rates")
R39_MO_REV = ("第二季's first estimate, revised in this release (修訂): a realised rate of "
              "第二季 as first published (open: a superseded figure)")


def r39_mo(anchor, value, unit_raw, indicator, kind="actual", period=R39_MO_Q3, **kw):
    """An amount in 澳門元 (億澳門元, 億元, 萬元)."""
    return row(anchor, value, unit_raw, "澳门元", indicator, kind, period, **kw)


def r39_mo_pct(anchor, value, indicator, kind="growth_rate", period=R39_MO_Q3, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r39_mo_cell(head, number, value, indicator, period):
    return row(table_cell(R39_MO, head, number), value, "%", "%", indicator, "growth_rate",
               period, notes=R39_MO_CELL)


LABELS[R39_MO] = [
    # lead
    r39_mo("本地生產總值為[1,052.6億澳門元]", 1052.6, "億澳門元", "本地生产总值",
           period=R39_MO_Q3Y),
    r39_mo_pct("經濟實質按年增長[6.8%]", 6.8, "经济", period=R39_MO_Q3Y, notes=R39_MO_HOW),
    r39_mo_pct("2019年同期的[88.5%]", 88.5, "经济规模", "share", R39_MO_Q3Y,
               notes="疫情前 dropped; " + R39_MO_BASE),
    r39_mo_pct("名義上升[7.9%]", 7.9, "本地生产总值",
               notes="以當年價格計算 / 名義 say how (名义 as h07 / h103)"),
    r39_mo_pct("平減物價指數按年上升[1.0%]", 1.0, "本地生产总值内含平减物价指数",
               notes=R39_MO_PARA + " (第三季)"),
    r39_mo_pct("實質按季上升[1.2%]", 1.2, "本地生产总值", notes=R39_MO_HOW),
    # 總需求
    r39_mo_pct("按年增加[12.4%]", 12.4, "入境旅客"),
    row("至[1,013.5萬人次]", 1013.5, "萬人次", "人次", "入境旅客", "actual", R39_MO_Q3),
    r39_mo_pct("服務出口實質增長[8.6%]", 8.6, "服务出口",
               notes="帶動 a causative verb: the amount named by the rest of the clause"),
    r39_mo_pct("分別上升[5.2%]", 5.2, "博彩服务出口", notes="a 分别 pair"),
    r39_mo_pct("5.2%及[9.7%]", 9.7, "其他旅游服务出口"),
    r39_mo_pct("實質下跌[3.1%]", -3.1, "货物出口"),
    r39_mo_pct("私人消費支出實質增長[2.4%]", 2.4, "私人消费支出",
               notes="內部需求方面 no time: " + R39_MO_PARA),
    r39_mo_pct("消費支出上升[1.9%]", 1.9, "本地市场消费支出", notes="當中 a frame word"),
    r39_mo_pct("消費支出增加[4.8%]", 4.8, "居民在外地消费支出"),
    r39_mo_pct("最終消費支出增長[3.6%]", 3.6, "政府最终消费支出"),
    r39_mo_pct("固定資本形成實質下跌[14.2%]", -14.2, "固定资本形成"),
    r39_mo_pct("建築投資下跌[18.5%]", -18.5, "建筑投资"),
    r39_mo_pct("設備投資則上升[6.3%]", 6.3, "设备投资"),
    r39_mo_pct("實質減少[2.7%]", -2.7, "货物进口"),
    r39_mo_pct("服務進口增加[10.1%]", 10.1, "服务进口"),
    # 按當年價格計算
    r39_mo("服務出口為[884.3億澳門元]", 884.3, "億澳門元", "服务出口"),
    r39_mo_pct("本地生產總值的[84.0%]", 84.0, "服务出口占本地生产总值", "share",
               notes=PARTNAME),
    r39_mo("博彩服務出口為[552.7億元]", 552.7, "億元", "博彩服务出口",
           notes="億元 in a Macau text after 億澳門元: 澳門元 (as h77's 港元)"),
    r39_mo("其他旅遊服務出口為[248.1億元]", 248.1, "億元", "其他旅游服务出口"),
    r39_mo("私人消費支出為[287.6億澳門元]", 287.6, "億澳門元", "私人消费支出"),
    r39_mo("政府最終消費支出為[132.9億澳門元]", 132.9, "億澳門元", "政府最终消费支出"),
    r39_mo("固定資本形成為[96.4億澳門元]", 96.4, "億澳門元", "固定资本形成"),
    r39_mo("約為[澳門幣14.9萬元]", 14.9, "萬元", "人均本地生产总值", qual="about",
           qtext="約", notes="澳門幣 before the number is the unit (as h08's 新臺幣)"),
    # 旅遊 / 投資 / 貿易
    r39_mo("（不包括博彩）為[198.6億澳門元]", 198.6, "億澳門元", "旅客总消费",
           notes="（不包括博彩） a scope note in brackets, kept out of the name"),
    r39_mo_pct("按年上升[10.8%]", 10.8, "旅客总消费"),
    r39_mo("人均消費為[1,960澳門元]", 1960, "澳門元", "旅客人均消费"),
    r39_mo_pct("按年下跌[1.4%]", -1.4, "旅客人均消费"),
    r39_mo_pct("2019年同期的[79.6%]", 79.6, "博彩服务出口", "share", notes=R39_MO_BASE),
    r39_mo_pct("2019年同期的[118.2%]", 118.2, "其他旅游服务出口", "share", notes=R39_MO_BASE),
    r39_mo_pct("公共建築投資下跌[26.7%]", -26.7, "公共建筑投资"),
    r39_mo_pct("私人建築投資下跌[9.3%]", -9.3, "私人建筑投资"),
    r39_mo("順差為[612.5億澳門元]", 612.5, "億澳門元", "货物及服务贸易顺差"),
    r39_mo_pct("按年擴大[11.3%]", 11.3, "货物及服务贸易顺差"),
    # 表一 (按年, %), columns 2025年第一季 / 第二季 / 第三季
    r39_mo_cell("本地生產總值", "4.1", 4.1, "本地生产总值", R39_MO_Q1T),
    r39_mo_cell("本地生產總值", "5.1", 5.1, "本地生产总值", R39_MO_Q2T),
    r39_mo_cell("本地生產總值", "6.8", 6.8, "本地生产总值", R39_MO_Q3Y),
    r39_mo_cell("私人消費支出", "0.9", 0.9, "私人消费支出", R39_MO_Q1T),
    r39_mo_cell("私人消費支出", "2.0", 2.0, "私人消费支出", R39_MO_Q2T),
    r39_mo_cell("私人消費支出", "2.4", 2.4, "私人消费支出", R39_MO_Q3Y),
    r39_mo_cell("服務出口", "5.8", 5.8, "服务出口", R39_MO_Q1T),
    r39_mo_cell("服務出口", "7.4", 7.4, "服务出口", R39_MO_Q2T),
    r39_mo_cell("服務出口", "8.6", 8.6, "服务出口", R39_MO_Q3Y),
    r39_mo_cell("固定資本形成", "-9.4", -9.4, "固定资本形成", R39_MO_Q1T),
    r39_mo_cell("固定資本形成", "-12.0", -12.0, "固定资本形成", R39_MO_Q2T),
    r39_mo_cell("固定資本形成", "-14.2", -14.2, "固定资本形成", R39_MO_Q3Y),
    # 首三季
    r39_mo("本地生產總值為[3,085.4億澳門元]", 3085.4, "億澳門元", "本地生产总值",
           period=R39_MO_9M, notes="綜合 a frame word; 首三季 a flow of the span (actual)"),
    r39_mo_pct("實質按年增長[5.4%]", 5.4, "本地生产总值", period=R39_MO_9M),
    r39_mo_pct("2019年同期的[86.7%]", 86.7, "本地生产总值", "share", R39_MO_9M,
               notes=R39_MO_BASE),
    row("累計[2,968.2萬人次]", 2968.2, "萬人次", "人次", "入境旅客", "count_total", R39_MO_9M,
        notes="累計: a running total of the span (session 18)"),
    r39_mo_pct("按年上升[13.6%]", 13.6, "入境旅客", period=R39_MO_9M),
    r39_mo_pct("服務出口實質增長[7.3%]", 7.3, "服务出口", period=R39_MO_9M),
    r39_mo_pct("博彩服務出口上升[4.6%]", 4.6, "博彩服务出口", period=R39_MO_9M,
               notes="其中 a frame word"),
    r39_mo_pct("實質增長[1.8%]", 1.8, "私人消费支出", period=R39_MO_9M),
    r39_mo_pct("實質下跌[11.9%]", -11.9, "固定资本形成", period=R39_MO_9M),
    r39_mo("為[571.3億澳門元]", 571.3, "億澳門元", "旅客总消费", period=R39_MO_9M),
    r39_mo_pct("按年上升[9.5%]", 9.5, "旅客总消费", period=R39_MO_9M),
    # 修訂 of 第二季
    r39_mo_pct("早前公佈的[4.7%]", 4.7, "本地生产总值", period=R39_MO_Q2, notes=R39_MO_REV),
    r39_mo_pct("修訂為[5.1%]", 5.1, "本地生产总值", period=R39_MO_Q2,
               notes="the revised rate; 實質增長率 named by what grows"),
    r39_mo_pct("增幅由[6.9%]", 6.9, "服务出口", period=R39_MO_Q2, notes=R39_MO_REV),
    r39_mo_pct("向上修訂至[7.4%]", 7.4, "服务出口", period=R39_MO_Q2),
    r39_mo("修訂為[1,021.8億澳門元]", 1021.8, "億澳門元", "本地生产总值", period=R39_MO_Q2),
    r39_mo_pct("相應修訂為[4.8%]", 4.8, "经济", period=R39_MO_H1),
    # 2024年 structure
    r39_mo_pct("本地生產總值的[93.2%]", 93.2, "第三产业占本地生产总值", "share", R39_MO_Y24),
    r39_mo_pct("中介業佔[38.6%]", 38.6, "博彩及博彩中介业占比", "share", R39_MO_Y24,
               notes="an elliptic share (session 20: named by its own words)"),
    row("上升[5.1個百分點]", 5.1, "個百分點", "百分点", "博彩及博彩中介业占比", "growth_rate",
        R39_MO_Y24),
    r39_mo_pct("第二產業佔[6.8%]", 6.8, "第二产业占比", "share", R39_MO_Y24),
    r39_mo("人均本地生產總值為[58.3萬澳門元]", 58.3, "萬澳門元", "人均本地生产总值",
           period=R39_MO_Y24),
    r39_mo_pct("按年增長[9.2%]", 9.2, "人均本地生产总值", period=R39_MO_Y24),
    row("相當於[約7.2萬美元]", 7.2, "萬美元", "美元", "人均本地生产总值", "actual", R39_MO_Y24,
        "about", "約", borderline=True,
        notes="borderline: a figure restated in another unit (as h95's 約合)"),
    # 註
    row("平均匯率為[1美元]", 1, "美元", "美元", "平均汇率", "other", R39_MO_Q3Y, borderline=True,
        notes="borderline: the base of an exchange rate (1美元兌, as h114)"),
    r39_mo("兌[8.05澳門元]", 8.05, "澳門元", "平均汇率", period=R39_MO_Q3Y,
           notes="the rate's level (actual, as h114); the 註 has no time: the title's quarter "
           "(session 23)"),
]

# h120: 河北省气象局 and 河北省应急管理厅's joint bulletin on the 2025 汛期 (发布时间：2025-10-15
# 09:30; the home 河北, 全省 / 我省 throughout). 2025年汛期（6月1日至9月30日） an event dated in the
# lead's brackets: every later 汛期 takes its dates (as h101's 春运); 汛末 its last day; the
# headings take the title's 2025年汛期. Climate as h40: a departure from the normal (较常年同期偏多
# / 偏少 / 偏高, 多蓄) `other`, signed, dated as its figure; the normal itself (`（428.3毫米）`)
# `other`, undated; 成 a percentage (偏多2成 20 %); ranks 第5多 / 第2高 of the figure, with a base
# year (1961年以来, no row); 站日 / 站次 units of station counts (flows of the span, actual); a
# season's extreme (最大过程降水量, 最大冰雹直径, 最高 42.7℃) dated by its span, the day in brackets
# says when (h40, round 12); the bound of a class in a definition (≥35℃, 突破40℃, 超过800毫米)
# borderline; the 应急管理厅 section (受灾 / 紧急转移安置 / 倒塌房屋 / 千公顷 / 直接经济损失 as h62,
# 与近5年同期均值相比 a base, counties and the agent bodies as h62); 累计 派出 / 转移避险 running
# totals of the season (count_total); 蓄水总量 at 汛末 a stock (count_total, as h39); the 10月
# outlook (预计) targets. Traps: 发布时间 09:30, 浏览次数：5127, 6月1日至9月30日, 1961年以来 /
# 1955年有气象记录以来 (bases), 7月27日至8月1日, 7月30日02时至03时 (a time of day), 6月24日 / 7月9日
# (days in brackets), 第8号台风 (a name), 8级以上 (a class in a name), Ⅳ级 / Ⅲ级 (levels in names),
# 1991—2020年30年 (the normal's span), 0311-86012345 (a phone), 两次 (a count in words).
R39_HB = "h120_hebei_flood_season_climate_disasters_2025.txt"
R39_HB_LEAD = P("2025年汛期（6月1日至9月30日）", "2025-06-01", "2025-09-30")
R39_HB_SEASON = P("汛期", "2025-06-01", "2025-09-30")
R39_HB_TITLE = P("2025年汛期", "2025-06-01", "2025-09-30")  # the title's, for the headings
R39_HB_JUL = P("7月", "2025-07-01", "2025-07-31")
R39_HB_SEP = P("9月", "2025-09-01", "2025-09-30")
R39_HB_STORM = P("7月27日至8月1日", "2025-07-27", "2025-08-01")
R39_HB_HOUR = P("7月30日02时至03时", "2025-07-30", "2025-07-30")
R39_HB_JUNE = P("6月中下旬", "2025-06-11", "2025-06-30")
R39_HB_TYPHOON = P("8月18日至20日", "2025-08-18", "2025-08-20")
R39_HB_END = P("汛末", "2025-09-30", "2025-09-30")
R39_HB_OCT = P("10月", "2025-10-01", "2025-10-31")
R39_HB_DEV = "a departure from the normal (较常年同期偏多 / 偏少 / 偏高): other, signed (as h40)"
R39_HB_NORMAL = "the normal itself quoted as a base: other, no period (as h40, round 12)"
R39_HB_BOUND = "borderline: the bound of a class in a definition (as h40's 33.0度)"
R39_HB_EXTREME = ("the season's extreme: the season's (the day in brackets says when it was "
                  "recorded; h40, round 12)")
R39_HB_BASE5 = "与近5年同期均值相比: the base of the comparison, not the period (as h62)"
R39_HB_HEAD = "a section heading repeating a figure: the title's 2025年汛期"


def r39_hb_mm(anchor, value, indicator, kind="actual", period=R39_HB_SEASON, **kw):
    return row(anchor, value, "毫米", "毫米", indicator, kind, period, **kw)


def r39_hb_dev(anchor, value, unit_raw, unit, indicator, period=R39_HB_SEASON, **kw):
    """A departure from the normal: other, signed."""
    return row(anchor, value, unit_raw, unit, indicator, "other", period,
               notes=kw.pop("notes", R39_HB_DEV), **kw)


def r39_hb(anchor, value, unit_raw, unit, indicator, kind="actual", period=R39_HB_SEASON, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r39_hb_pct(anchor, value, indicator, kind="growth_rate", period=R39_HB_SEASON, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[R39_HB] = [
    # 一、heading
    r39_hb_dev("降水偏多[两成]", 20, "成", "%", "降水", R39_HB_TITLE,
               notes=R39_HB_HEAD + "; " + R39_HB_DEV),
    row("以来同期[第5]多\n", 5, None, "位", "降水", "rank", R39_HB_TITLE,
        notes=R39_HB_HEAD + "; 1961年以来 a base year (no row)"),
    # 一、body
    r39_hb_mm("平均降水量[512.6毫米]", 512.6, "平均降水量",
              notes="全省 the home; 汛期 with the lead's brackets"),
    r39_hb_mm("（[428.3毫米]）", 428.3, "平均降水量", "other", NONE, notes=R39_HB_NORMAL),
    r39_hb_dev("偏多[2成]", 20, "成", "%", "平均降水量"),
    row("[第5]多。", 5, None, "位", "平均降水量", "rank", R39_HB_SEASON,
        notes="为1961年以来同期第5多: a rank; 1961年以来 a base, no row"),
    row("邢台[三市]", 3, "市", "个", "保定、石家庄、邢台三市", "count_total", R39_HB_SEASON,
        borderline=True, notes="borderline: a count that totals the list before it (as h74's 6市)"),
    r39_hb_dev("降水偏多[3成以上]", 30, "成", "%", "保定、石家庄、邢台三市降水", qual="at_least",
               qtext="以上", notes="three places: no subject, the group part of the name "
               "(session 20); " + R39_HB_DEV),
    r39_hb_mm("平均降水量达[698.4毫米]", 698.4, "平均降水量", qual="reach", qtext="达",
              subject="保定", notes="从空间分布看 no time: the paragraph's 汛期"),
    r39_hb_dev("降水偏少[1成]", -10, "成", "%", "降水", subject="张家口"),
    r39_hb("全省有[12个]", 12, "个", "个", "县（市、区）降水量超过800毫米", "count_total",
           notes="members that qualified (session 20), doer + deed; 汛期 a period word"),
    r39_hb_mm("降水量超过[800毫米]", 800, "降水量", "other", NONE, qual="over", qtext="超过",
              borderline=True, notes=R39_HB_BOUND.replace("in a definition", "of members")),
    r39_hb_mm("降水量[652.1毫米]", 652.1, "市区降水量", subject="石家庄"),
    r39_hb_dev("偏多[56.3%]", 56.3, "%", "%", "市区降水量", subject="石家庄",
               notes="为1955年有气象记录以来同期最多 a rank with no numeral (no row); "
               + R39_HB_DEV),
    r39_hb_mm("7月全省平均降水量[216.8毫米]", 216.8, "平均降水量", period=R39_HB_JUL),
    r39_hb_dev("偏多[47.5%]", 47.5, "%", "%", "平均降水量", R39_HB_JUL),
    r39_hb_mm("仅[38.2毫米]", 38.2, "平均降水量", period=R39_HB_SEP),
    r39_hb_dev("偏少[4成]", -40, "成", "%", "平均降水量", R39_HB_SEP),
    # 暴雨
    r39_hb("暴雨[186站日]", 186, "站日", "站日", "出现暴雨", notes="共 a frame word"),
    r39_hb_dev("偏多[35站日]", 35, "站日", "站日", "出现暴雨"),
    r39_hb("大暴雨[42站日]", 42, "站日", "站日", "大暴雨", notes="其中 a frame word"),
    r39_hb("特大暴雨[3站日]", 3, "站日", "站日", "特大暴雨"),
    r39_hb("全省共有[27个]", 27, "个", "个", "国家气象站日降水量突破建站以来极值",
           "count_total", notes="members that qualified (session 20), doer + deed"),
    r39_hb_mm("面雨量[127.5毫米]", 127.5, "过程面雨量", "count_total", R39_HB_STORM,
              notes="过程累计: a running total of the process (session 18), 累计 dropped"),
    r39_hb_mm("为[586.3毫米]", 586.3, "最大过程降水量", period=R39_HB_STORM, subject="涞源县",
              notes="出现在保定市涞源县: the county its place"),
    r39_hb_mm("小时雨强达[112.8毫米]", 112.8, "小时雨强", period=R39_HB_HOUR, qual="reach",
              qtext="达", subject="涞源县",
              notes="02时至03时 a time of day: the day; 王安镇站 a station"),
    r39_hb("降水日数[38.6天]", 38.6, "天", "天", "平均降水日数"),
    r39_hb_dev("偏多[4.2天]", 4.2, "天", "天", "平均降水日数"),
    # 二、气温
    r39_hb("平均气温[24.8℃]", 24.8, "℃", "摄氏度", "平均气温"),
    r39_hb_dev("偏高[0.9℃]", 0.9, "℃", "摄氏度", "平均气温"),
    row("[第2]高", 2, None, "位", "平均气温", "rank", R39_HB_SEASON,
        notes="1961年以来 a base year (no row)"),
    r39_hb("（日最高气温[≥35℃]）", 35, "℃", "摄氏度", "日最高气温", "other", NONE,
           qual="at_least", qtext="≥", borderline=True, notes=R39_HB_BOUND),
    r39_hb("日数[14.2天]", 14.2, "天", "天", "平均高温日数",
           notes="the bracketed definition is no part of the name"),
    r39_hb_dev("偏多[5.6天]", 5.6, "天", "天", "平均高温日数"),
    r39_hb("出现[两次]", 2, "次", "次", "出现区域性高温过程", period=R39_HB_JUNE),
    r39_hb("共有[61站次]", 61, "站次", "站次", "日最高气温突破40℃", period=R39_HB_JUNE,
           notes="station-times, occurrences of the span (actual, as 站日)"),
    r39_hb("突破[40℃]", 40, "℃", "摄氏度", "日最高气温", "other", NONE,
           qual="break_through", qtext="突破", borderline=True, notes=R39_HB_BOUND),
    r39_hb("巨鹿县的[42.7℃]", 42.7, "℃", "摄氏度", "最高气温", period=R39_HB_JUNE,
           subject="巨鹿县", notes=R39_HB_EXTREME),
    # 三、台风 and 风雹
    r39_hb_mm("全省平均降水量[46.3毫米]", 46.3, "平均降水量", period=R39_HB_TYPHOON,
              notes="第8号 a typhoon's number, no row"),
    r39_hb_mm("降水量超过[100毫米]", 100, "沧州、衡水降水量", period=R39_HB_TYPHOON,
              qual="over", qtext="超过", notes="two places: no subject"),
    r39_hb("冰雹天气[34站次]", 34, "站次", "站次", "出现冰雹天气", notes="风雹方面 a frame"),
    r39_hb_mm("直径[45毫米]", 45, "最大冰雹直径", subject="围场县", notes=R39_HB_EXTREME),
    r39_hb("雷暴大风[127站次]", 127, "站次", "站次", "8级以上雷暴大风",
           notes="8级以上 a class, part of the name"),
    r39_hb_dev("偏多[21站次]", 21, "站次", "站次", "8级以上雷暴大风"),
    # 四、灾情
    r39_hb("造成[11个市]", 11, "个市", "个", "市受灾", "count_total",
           notes="places that were hit (members that qualified, session 20); 造成 a causative"),
    r39_hb("[98个县]（市、区）受灾", 98, "个县", "个", "县（市、区）受灾", "count_total"),
    r39_hb("受灾人口[186.4万人次]", 186.4, "万人次", "人次", "受灾人口",
           notes="据省应急管理厅统计 a source"),
    r39_hb("死亡失踪[12人]", 12, "人", "人", "因灾死亡失踪"),
    r39_hb("转移安置[23.7万人次]", 23.7, "万人次", "人次", "紧急转移安置"),
    r39_hb("倒塌房屋[1260间]", 1260, "间", "间", "倒塌房屋"),
    r39_hb("严重损坏房屋[3420间]", 3420, "间", "间", "严重损坏房屋"),
    r39_hb("一般损坏房屋[1.86万间]", 1.86, "万间", "间", "一般损坏房屋"),
    r39_hb("受灾面积[183.6千公顷]", 183.6, "千公顷", "公顷", "农作物受灾面积", norm=183600.0,
           notes="千公顷: 千 a multiplier of 公顷 (as h62)"),
    r39_hb("绝收面积[21.4千公顷]", 21.4, "千公顷", "公顷", "绝收面积", norm=21400.0),
    r39_hb("直接经济损失[76.8亿元]", 76.8, "亿元", "元", "直接经济损失"),
    r39_hb_pct("分别下降[32.5%]", -32.5, "受灾人次", notes=R39_HB_BASE5),
    r39_hb_pct("32.5%和[41.2%]", -41.2, "直接经济损失", notes=R39_HB_BASE5),
    r39_hb_pct("失踪人数下降[68.4%]", -68.4, "因灾死亡失踪人数"),
    r39_hb("受灾人口减少[18.6万人次]", -18.6, "万人次", "人次", "受灾人口",
           notes="an absolute change in the level's unit: actual, signed"),
    r39_hb_pct("倒塌房屋减少[62.5%]", -62.5, "倒塌房屋"),
    r39_hb("受灾人口[62.8万人次]", 62.8, "万人次", "人次", "受灾人口", subject="保定",
           notes="其中 a frame word; 保定市 written bare"),
    r39_hb("直接经济损失[31.5亿元]", 31.5, "亿元", "元", "直接经济损失", subject="保定"),
    r39_hb_pct("占全省的[41.0%]", 41.0, "直接经济损失占全省", "share", subject="保定",
               notes="a share of a 全X keeps it (as h97)"),
    r39_hb("应急响应[4次]", 4, "次", "次", "启动防汛Ⅳ级应急响应",
           notes="省防汛抗旱指挥部 the body acting, dropped (as h62); 共 a frame word"),
    r39_hb("Ⅲ级应急响应[1次]", 1, "次", "次", "启动Ⅲ级应急响应",
           notes="启动 governs the list (as h62's 启动III级应急响应)"),
    r39_hb("工作组[56个]", 56, "个", "个", "派出工作组", "count_total",
           notes="累计: a running total of the season (session 18)"),
    r39_hb("转移避险群众[48.6万人次]", 48.6, "万人次", "人次", "转移避险群众", "count_total",
           notes="各地 dropped; 累计: a running total of the season"),
    r39_hb("救援力量[2.3万人]", 2.3, "万人", "人", "预置抢险救援力量"),
    r39_hb("暴雨预警信号[1386次]", 1386, "次", "次", "发布暴雨预警信号",
           notes="全省气象部门 the body acting, dropped; 共 a frame word"),
    r39_hb("红色预警信号[58次]", 58, "次", "次", "红色预警信号", notes="其中 a frame word"),
    r39_hb("救灾资金[3.2亿元]", 3.2, "亿元", "元", "下达省级自然灾害救灾资金",
           notes="省财政厅、省应急管理厅 the bodies acting, dropped"),
    r39_hb("蓄水总量[62.4亿立方米]", 62.4, "亿立方米", "立方米", "大中型水库蓄水总量",
           "count_total", R39_HB_END, notes="water stored at a date: a stock (as h39)"),
    r39_hb_dev("多蓄[11.3亿立方米]", 11.3, "亿立方米", "立方米", "大中型水库蓄水总量", R39_HB_END),
    # 五、后期展望 (预计: forecasts)
    r39_hb_mm("降水量[15至25毫米]", 15, "平均降水量", "target", R39_HB_OCT, high=25,
              notes="预计: a forecast, target (as h62's outlook)"),
    r39_hb("偏少[1至3成]", -10, "成", "%", "平均降水量", "target", R39_HB_OCT, high=-30,
           notes="a forecast departure (预计): target; signed, in the order written"),
    r39_hb("偏高[1℃左右]", 1, "℃", "摄氏度", "平均气温", "target", R39_HB_OCT, qual="about",
           qtext="左右"),
]

# h121: 深圳证券交易所's 2025年10月市场统计月报 (发布日期：2025-11-07, 统计截止日： 2025年10月31日).
# An exchange's text: its figures are a market's, it has no home (as h63's market report) and no
# subject; 深市 (the market measured, not a place nor the issuer's name) kept where written (as
# h63's 深市成交). 截至10月末 / 10月末 stocks at 2025-10-31 (上市公司, 托管量, 挂牌基金, 投资者总数,
# 融资融券余额: count_total; 总市值 / 流通市值 / ETF规模 / REITs 总市值 actual, as h90 / h63; 市盈率
# 倍 actual), their change 较上月末 / 较上年末 增加 an absolute change at the point (actual, as
# h104); 10月份 / 当月 flows of the month; 年内累计 / 1-10月累计 running totals (count_total) and
# 年内 rates of 2025-01-01..10-31 (the data's 统计截止日, not the release day); 日均 named 日均 +
# the total's name with its change after it (session 23); 指数 levels in 点 at 10月末 and their 当月
# rates; the 附表 (title 2025年10月, columns 本月 / 本年累计 / 本年累计同比增长（%）, units in the
# row heads): cells named by the row's head, 本月 actual, 本年累计 count_total, its growth
# growth_rate. Traps: 2025-11-07, 统计截止日 10月31日, 主板 / 创业板 (boards), 17个交易日 / 休市6天
# (the month's length and a holiday's: no rows), 10月21日 单日 (a day), 前三 / 三个行业 (a class,
# and a count totalling its list: borderline), 位居第一, 涨幅居前 (no numeral), （含企业债券） (a
# scope note), 深证100 / ETF / REITs (names), 10月31日收盘价 (a note), 400-808-9999 (a phone).
R39_SZ = "h121_szse_market_statistics_oct_2025.txt"
R39_SZ_EOM = P("截至10月末", "2025-10-31", "2025-10-31")
R39_SZ_EOM_BARE = P("10月末", "2025-10-31", "2025-10-31")
R39_SZ_OCT = P("10月份", "2025-10-01", "2025-10-31")
R39_SZ_MONTH = P("当月", "2025-10-01", "2025-10-31")
R39_SZ_YTD = P("年内", "2025-01-01", "2025-10-31")
R39_SZ_JAN_OCT = P("1-10月", "2025-01-01", "2025-10-31")
R39_SZ_OCT21 = P("10月21日", "2025-10-21", "2025-10-21")
R39_SZ_TAB_M = P("本月", "2025-10-01", "2025-10-31")
R39_SZ_TAB_Y = P("本年累计", "2025-01-01", "2025-10-31")
R39_SZ_YTD_NOTE = "年内 of a monthly release: to its 统计截止日 (10月31日), not the release day"
R39_SZ_CHANGE = "较上月末 / 较上年末 增加: an absolute change at the point (actual, as h104)"
R39_SZ_MEAN = "日均 + the total's name, its change after it too (session 23)"
R39_SZ_CELL = ("table cell (附表, 2025年10月): named by the row's head, its unit from the head's "
               "brackets; 本月 a flow, 本年累计 a running total, its growth the 本年累计's")


def r39_sz(anchor, value, unit_raw, unit, indicator, kind="actual", period=R39_SZ_MONTH, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r39_sz_yuan(anchor, value, unit_raw, indicator, kind="actual", period=R39_SZ_MONTH, **kw):
    """An amount in 元 (亿元 / 万亿元)."""
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


def r39_sz_pct(anchor, value, indicator, kind="growth_rate", period=R39_SZ_MONTH, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r39_sz_cells(head, numbers, values, unit_raw, unit, indicator):
    """One row of the 附表: 本月, 本年累计, 本年累计同比增长（%）."""
    month, ytd, growth = (table_cell(R39_SZ, head, n) for n in numbers)
    return [
        row(month, values[0], unit_raw, unit, indicator, "actual", R39_SZ_TAB_M,
            notes=R39_SZ_CELL),
        row(ytd, values[1], unit_raw, unit, indicator, "count_total", R39_SZ_TAB_Y,
            notes=R39_SZ_CELL),
        row(growth, values[2], "%", "%", indicator, "growth_rate", R39_SZ_TAB_Y,
            notes=R39_SZ_CELL),
    ]


LABELS[R39_SZ] = [
    # 一、市场概况
    r39_sz("上市公司[2889家]", 2889, "家", "家", "深市上市公司", "count_total", R39_SZ_EOM,
           notes="共 a frame word; 深市 the market (kept, as h63)"),
    r39_sz("增加[6家]", 6, "家", "家", "深市上市公司", period=R39_SZ_EOM, notes=R39_SZ_CHANGE),
    r39_sz("主板[1512家]", 1512, "家", "家", "主板", "count_total", R39_SZ_EOM,
           notes="其中 a frame word; an elliptic item named by its own words (session 20)"),
    r39_sz("创业板[1377家]", 1377, "家", "家", "创业板", "count_total", R39_SZ_EOM),
    r39_sz_yuan("总市值[38.62万亿元]", 38.62, "万亿元", "上市股票总市值", period=R39_SZ_EOM,
                notes="总市值 actual (as h63 / h90)"),
    r39_sz_pct("较上月末增长[1.8%]", 1.8, "上市股票总市值", period=R39_SZ_EOM),
    r39_sz_yuan("流通市值[32.15万亿元]", 32.15, "万亿元", "流通市值", period=R39_SZ_EOM),
    r39_sz_pct("占总市值的[83.2%]", 83.2, "流通市值占总市值", "share", R39_SZ_EOM,
               notes=PARTNAME),
    r39_sz("平均市盈率为[32.5倍]", 32.5, "倍", "倍", "深市上市公司平均市盈率", period=R39_SZ_EOM,
           notes="a valuation multiple at the point (as h63's 市盈率); the paragraph's 10月末"),
    r39_sz("平均市盈率为[41.6倍]", 41.6, "倍", "倍", "创业板平均市盈率", period=R39_SZ_EOM),
    r39_sz("新上市公司[9家]", 9, "家", "家", "深市新上市公司", period=R39_SZ_OCT),
    r39_sz_yuan("首发募集资金[62.4亿元]", 62.4, "亿元", "首发募集资金", period=R39_SZ_OCT),
    r39_sz_pct("环比增长[18.6%]", 18.6, "首发募集资金", period=R39_SZ_OCT),
    r39_sz("新上市公司[64家]", 64, "家", "家", "新上市公司", "count_total", R39_SZ_YTD,
           notes="年内累计: a running total (session 18); " + R39_SZ_YTD_NOTE),
    r39_sz_yuan("累计首发募集资金[481.3亿元]", 481.3, "亿元", "首发募集资金", "count_total",
                R39_SZ_YTD),
    r39_sz_pct("较上年同期增长[36.2%]", 36.2, "首发募集资金", period=R39_SZ_YTD),
    r39_sz("另有[3家]", 3, "家", "家", "公司终止上市", period=R39_SZ_OCT,
           notes="doer + deed (session 20); 另有 a frame"),
    r39_sz_yuan("金额[218.6亿元]", 218.6, "亿元", "深市上市公司再融资金额",
                notes="（增发、配股、可转债） a bracketed list of kinds, kept out of the name"),
    r39_sz_yuan("累计再融资[1856.2亿元]", 1856.2, "亿元", "再融资", "count_total", R39_SZ_YTD),
    r39_sz("重组项目[12单]", 12, "单", "单", "新披露重大资产重组项目"),
    r39_sz_yuan("合计[463亿元]", 463, "亿元", "交易金额", notes="合计 a frame word"),
    r39_sz("医药生物[三个]", 3, "个", "个", "电子、电力设备、医药生物行业", "count_total",
           R39_SZ_EOM_BARE, borderline=True,
           notes="borderline: a count that totals the exhaustive list before it"),
    row("深市[前三]", 3, None, "位", "总市值", "rank", R39_SZ_EOM_BARE, borderline=True,
        notes="borderline: a range of ranks said of a list (前三, as h103's 分列第二至四位)"),
    r39_sz_pct("深市总市值的[34.8%]", 34.8,
               "电子、电力设备、医药生物三个行业总市值占深市总市值", "share", R39_SZ_EOM_BARE,
               notes="合计 dropped; three industries, no subject (as h106's three provinces)"),
    r39_sz_yuan("行业总市值[5.36万亿元]", 5.36, "万亿元", "电子行业总市值",
                period=R39_SZ_EOM_BARE, notes="其中 a frame word"),
    row("位居[第一]", 1, None, "位", "电子行业总市值", "rank", R39_SZ_EOM_BARE),
    # 二、股票交易 (共有17个交易日 / 休市6天: lengths, no rows)
    r39_sz_yuan("股票成交金额[27.56万亿元]", 27.56, "万亿元", "深市股票成交金额"),
    r39_sz_yuan("日均成交[1.62万亿元]", 1.62, "万亿元", "日均深市股票成交金额",
                notes=R39_SZ_MEAN),
    r39_sz_pct("环比下降[12.3%]", -12.3, "日均深市股票成交金额", notes=R39_SZ_MEAN),
    r39_sz_pct("同比增长[41.7%]", 41.7, "日均深市股票成交金额"),
    r39_sz_yuan("累计成交金额[276.84万亿元]", 276.84, "万亿元", "深市股票成交金额",
                "count_total", R39_SZ_JAN_OCT, notes="累计: a running total of 1-10月"),
    r39_sz_yuan("日均成交[1.37万亿元]", 1.37, "万亿元", "日均深市股票成交金额",
                period=R39_SZ_JAN_OCT, notes=R39_SZ_MEAN),
    r39_sz_yuan("单日成交金额[2.31万亿元]", 2.31, "万亿元", "成交金额", period=R39_SZ_OCT21,
                notes="单日 a period word (as h26); 为年内最高 a rank with no numeral"),
    r39_sz("成交金额[6852亿港元]", 6852, "亿港元", "港元", "深港通下港股通成交金额",
           period=R39_SZ_OCT),
    r39_sz("日均[403亿港元]", 403, "亿港元", "港元", "日均深港通下港股通成交金额",
           period=R39_SZ_OCT, notes=R39_SZ_MEAN),
    # 指数
    r39_sz("收于[13245.67点]", 13245.67, "点", "点", "深证成指", period=R39_SZ_EOM_BARE),
    r39_sz_pct("当月上涨[2.35%]", 2.35, "深证成指"),
    r39_sz("收于[3102.48点]", 3102.48, "点", "点", "创业板指", period=R39_SZ_EOM_BARE,
           notes="a close parallel to 深证成指's 10月末收于 (by reading)"),
    r39_sz_pct("当月下跌[1.12%]", -1.12, "创业板指"),
    r39_sz("收于[6018.39点]", 6018.39, "点", "点", "深证100指数", period=R39_SZ_EOM_BARE,
           notes="a close parallel to 深证成指's 10月末收于 (by reading; the last time word before "
           "it is 当月, a span, which a level at a close cannot take)"),
    r39_sz_pct("较上月末上涨[1.76%]", 1.76, "深证100指数",
               notes="较上月末: the month's rise; the paragraph's 当月"),
    r39_sz_pct("累计上涨[27.2%]", 27.2, "深证成指", period=R39_SZ_YTD,
               notes="a rate over 年内 (累计 of a rate: growth_rate); 涨幅居前 no numeral; "
               + R39_SZ_YTD_NOTE),
    # 三、债券市场
    r39_sz_yuan("托管量[2.35万亿元]", 2.35, "万亿元", "深市债券托管量", "count_total",
                R39_SZ_EOM, notes="a balance at the point (as h114's 余额)"),
    r39_sz_yuan("增加[412亿元]", 412, "亿元", "深市债券托管量", period=R39_SZ_EOM,
                notes=R39_SZ_CHANGE),
    r39_sz_yuan("公司债券[1.28万亿元]", 1.28, "万亿元", "公司债券", "count_total", R39_SZ_EOM,
                notes="其中 a frame word"),
    r39_sz_yuan("资产支持证券[4326亿元]", 4326, "亿元", "资产支持证券", "count_total",
                R39_SZ_EOM),
    r39_sz_yuan("现券成交金额[1.87万亿元]", 1.87, "万亿元", "债券现券成交金额", period=R39_SZ_OCT),
    r39_sz_yuan("回购成交金额[10.93万亿元]", 10.93, "万亿元", "债券质押式回购成交金额",
                period=R39_SZ_OCT),
    r39_sz("（含企业债券）[286只]", 286, "只", "只", "发行公司债券",
           notes="（含企业债券） a scope note, kept out of the name"),
    r39_sz_yuan("发行金额[2156亿元]", 2156, "亿元", "发行金额"),
    r39_sz("资产支持证券[118只]", 118, "只", "只", "发行资产支持证券",
           notes="发行 governs its own clause"),
    r39_sz_yuan("发行金额[612亿元]", 612, "亿元", "发行金额"),
    r39_sz("债券发行[41只]", 41, "只", "只", "科技创新公司债券发行", notes="其中 a frame word"),
    r39_sz_yuan("融资规模[386亿元]", 386, "亿元", "融资规模"),
    r39_sz_pct("同比增长[52.4%]", 52.4, "融资规模"),
    # 四、基金市场
    r39_sz("挂牌基金[686只]", 686, "只", "只", "深市挂牌基金", "count_total", R39_SZ_EOM),
    r39_sz("ETF [652只]", 652, "只", "只", "ETF", "count_total", R39_SZ_EOM,
           notes="其中 a frame word"),
    r39_sz_yuan("ETF规模[1.42万亿元]", 1.42, "万亿元", "ETF规模", period=R39_SZ_EOM,
                notes="a fund's size at the point, as 总市值 (actual)"),
    r39_sz_yuan("增加[860亿元]", 860, "亿元", "ETF规模", period=R39_SZ_EOM, notes=R39_SZ_CHANGE),
    r39_sz_pct("增长[6.4%]", 6.4, "ETF规模", period=R39_SZ_EOM),
    r39_sz_yuan("基金成交金额[2.18万亿元]", 2.18, "万亿元", "深市基金成交金额", period=R39_SZ_OCT),
    r39_sz_yuan("ETF成交[1.95万亿元]", 1.95, "万亿元", "ETF成交", period=R39_SZ_OCT),
    r39_sz_pct("基金成交金额的[89.4%]", 89.4, "ETF成交占基金成交金额", "share", R39_SZ_OCT,
               notes=PARTNAME),
    r39_sz("新上市ETF [14只]", 14, "只", "只", "新上市ETF"),
    r39_sz("REITs挂牌[38只]", 38, "只", "只", "深市基础设施公募REITs挂牌", "count_total",
           R39_SZ_EOM),
    r39_sz_yuan("总市值[1126亿元]", 1126, "亿元", "总市值", period=R39_SZ_EOM),
    r39_sz("较上年末增加[9只]", 9, "只", "只", "深市基础设施公募REITs挂牌", period=R39_SZ_EOM,
           notes=R39_SZ_CHANGE + "; a change with no name of its own: named by what changes"),
    # 五、投资者情况
    r39_sz("投资者开户[186.4万户]", 186.4, "万户", "户", "深市新增投资者开户", period=R39_SZ_OCT),
    r39_sz_pct("环比增长[24.6%]", 24.6, "深市新增投资者开户", period=R39_SZ_OCT),
    r39_sz_pct("同比增长[8.9%]", 8.9, "深市新增投资者开户", period=R39_SZ_OCT),
    r39_sz("新增开户[2035.7万户]", 2035.7, "万户", "户", "新增开户", "count_total", R39_SZ_YTD,
           notes="年内累计: a running total; " + R39_SZ_YTD_NOTE),
    r39_sz("投资者总数达[2.48亿户]", 2.48, "亿户", "户", "深市投资者总数", "count_total",
           R39_SZ_EOM, qual="reach", qtext="达"),
    r39_sz("个人投资者[2.47亿户]", 2.47, "亿户", "户", "个人投资者", "count_total", R39_SZ_EOM),
    r39_sz("机构投资者开户[1.2万户]", 1.2, "万户", "户", "新增机构投资者开户"),
    r39_sz_pct("新增开户总数的[0.6%]", 0.6, "新增机构投资者开户占新增开户总数", "share",
               notes=PARTNAME),
    r39_sz_yuan("融资融券余额[1.18万亿元]", 1.18, "万亿元", "深市融资融券余额", "count_total",
                R39_SZ_EOM, notes="a balance (as h63's 融资余额); the paragraph's 截至10月末"),
    r39_sz_yuan("增加[325亿元]", 325, "亿元", "深市融资融券余额", period=R39_SZ_EOM,
                notes=R39_SZ_CHANGE),
    r39_sz_pct("流通市值的[3.7%]", 3.7, "深市融资融券余额占流通市值", "share", R39_SZ_EOM,
               notes=PARTNAME + "; 深市 kept (corrected after the blind run: first labelled "
               "without it, against this round's own rule)"),
    # 附表
    *r39_sz_cells("新上市公司（家）", ("9", "64", "45.5"), (9, 64, 45.5), "家", "家",
                  "新上市公司"),
    *r39_sz_cells("首发募集资金（亿元）", ("62.4", "481.3", "36.2"), (62.4, 481.3, 36.2),
                  "亿元", "元", "首发募集资金"),
    *r39_sz_cells("股票成交金额（万亿元）", ("27.56", "276.84", "58.3"), (27.56, 276.84, 58.3),
                  "万亿元", "元", "股票成交金额"),
    *r39_sz_cells("债券发行金额（亿元）", ("2768", "24518", "12.7"), (2768, 24518, 12.7),
                  "亿元", "元", "债券发行金额"),
]


# ---------------------------------------------------------------------------------------------
# Round 40 (h122-h124), written and labelled by helper B40 by reading, before the extractor ran on
# them. h122, 国家统计局's 2024年国民经济和社会发展统计公报 (an excerpt: 一、综合 and 二、农业; a
# national text, home 全国, printed 2025年2月28日): 全年 flows and 年末 stocks (比上年末增加 / 减少:
# actual at 年末, signed), 拉动…增长 个百分点 (other, named X拉动Y), ‰ rates (shares; 自然增长率
# growth_rate, as h36), 个百分点 changes (growth_rate, signed), 人均 levels (actual), a unitless
# 收入比值 (share, as h10), 人民币平均汇率 with 1美元 (borderline, as h114) and 贬值 (a fall of the
# renminbi: signed), 70个大中城市中 (a scope, borderline) with 下降的城市有70个 (members,
# count_total), 表1 (rows named by the product and the column 产量, the title's 2024年, units from
# the heads), 按不变价格计算 (a method, no row), footnote marks [1] [2] and the 注 (no figures).
# Decided before labelling: the 全国 of 全国人口 / 全国就业人员 / 全国城镇调查失业率 / 全国居民 is
# the home, dropped; 占全国…比重 keeps 全国 (a share's base, session 24); 城镇化率 in brackets after
# its long name: named by the long name (the sentence's own words first); the employment paragraph's
# 农民工总量 takes 年末 (the paragraph's last time expression; the NBS counts it for the year, h42
# dated it by its year); 实际增长 after 比上年增长 the same indicator (实际 dropped, as 名義 /
# 實質).
R40_NB = "h122_nbs_statistical_communique_2024.txt"
R40_NB_Y = P("全年", "2024-01-01", "2024-12-31")
R40_NB_E = P("年末", "2024-12-31", "2024-12-31")
R40_NB_DEC = P("12月份", "2024-12-01", "2024-12-31")
R40_NB_TAB = P("2024年", "2024-01-01", "2024-12-31")  # 表1's title
R40_NB_CELL = ("table cell (表1): the row's product and the column's 产量, the title's 2024年, "
               "unit from the head")


def r40_nb(anchor, value, unit_raw, unit, indicator, kind="actual", period=R40_NB_Y, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r40_nb_g(anchor, value, indicator, period=R40_NB_Y, **kw):
    """A rate of change in % (比上年增长 / 下降, signed)."""
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def r40_nb_pp(anchor, value, indicator, period=R40_NB_Y, **kw):
    """A change of a rate in 个百分点 (signed)."""
    return row(anchor, value, "个百分点", "百分点", indicator, "growth_rate", period, **kw)


def r40_nb_share(anchor, value, indicator, period=R40_NB_Y, unit_raw="%", unit="%", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "share", period, **kw)


def r40_nb_cells(head, amount, growth, name):
    """One row of 表1: 产量（万吨） and 比上年增长（%）."""
    return [
        row(table_cell(R40_NB, head, amount), float(amount), "万吨", "吨", name + "产量",
            "actual", R40_NB_TAB, notes=R40_NB_CELL),
        row(table_cell(R40_NB, head, growth), float(growth), "%", "%", name + "产量",
            "growth_rate", R40_NB_TAB, notes=R40_NB_CELL),
    ]


LABELS[R40_NB] = [
    # 一、综合
    r40_nb("国内生产总值[1348216亿元]", 1348216, "亿元", "元", "国内生产总值"),
    r40_nb_g("1348216亿元，比上年增长[5.0%]", 5.0, "国内生产总值",
             notes="the footnote mark [2] after it is no figure"),
    r40_nb("第一产业增加值[91362亿元]", 91362, "亿元", "元", "第一产业增加值"),
    r40_nb_g("91362亿元，比上年增长[3.5%]", 3.5, "第一产业增加值"),
    r40_nb("第二产业增加值[491875亿元]", 491875, "亿元", "元", "第二产业增加值"),
    r40_nb_g("491875亿元，增长[5.3%]", 5.3, "第二产业增加值"),
    r40_nb("第三产业增加值[764979亿元]", 764979, "亿元", "元", "第三产业增加值"),
    r40_nb_g("764979亿元，增长[5.0%]", 5.0, "第三产业增加值"),
    r40_nb_share("比重为[6.8%]", 6.8, "第一产业增加值占国内生产总值比重"),
    r40_nb_share("比重为[36.5%]", 36.5, "第二产业增加值比重",
                 notes="an elliptic item named by its own words (session 20)"),
    r40_nb_share("比重为[56.7%]", 56.7, "第三产业增加值比重"),
    r40_nb("拉动国内生产总值增长[2.2个百分点]", 2.2, "个百分点", "百分点",
           "最终消费支出拉动国内生产总值", "other",
           notes="a contribution in points: other, named X拉动Y (session 20)"),
    r40_nb("拉动国内生产总值增长[1.3个百分点]", 1.3, "个百分点", "百分点",
           "资本形成总额拉动国内生产总值", "other"),
    r40_nb("人均国内生产总值[95683元]", 95683, "元", "元", "人均国内生产总值"),
    r40_nb_g("95683元，比上年增长[5.1%]", 5.1, "人均国内生产总值"),
    r40_nb("国民总收入[1338952亿元]", 1338952, "亿元", "元", "国民总收入"),
    r40_nb_g("1338952亿元，比上年增长[5.1%]", 5.1, "国民总收入"),
    r40_nb("全员劳动生产率为[173865元/人]", 173865, "元/人", "元/人", "全员劳动生产率"),
    r40_nb_g("比上年提高[4.9%]", 4.9, "全员劳动生产率"),
    # population: 年末 stocks, 全年 flows
    r40_nb("年末全国人口[140821万人]", 140821, "万人", "人", "人口", "count_total", R40_NB_E,
           notes="全国 the home of a national text, dropped"),
    r40_nb("比上年末减少[146万人]", -146, "万人", "人", "人口", "actual", R40_NB_E,
           notes="an absolute decline is negative; 上年末 the base"),
    r40_nb("城镇常住人口[94338万人]", 94338, "万人", "人", "城镇常住人口", "count_total", R40_NB_E),
    r40_nb("出生人口[951万人]", 951, "万人", "人", "出生人口"),
    r40_nb_share("出生率为[6.75‰]", 6.75, "出生率", unit_raw="‰", unit="‰"),
    r40_nb("死亡人口[1097万人]", 1097, "万人", "人", "死亡人口"),
    r40_nb_share("死亡率为[7.79‰]", 7.79, "死亡率", unit_raw="‰", unit="‰"),
    row("自然增长率为[-1.04‰]", -1.04, "‰", "‰", "人口自然增长率", "growth_rate", R40_NB_Y,
        notes="the population's rate of change, as h36"),
    r40_nb_share("（城镇化率）为[66.99%]", 66.99, "城镇人口占全国人口比重", R40_NB_E,
                 notes="a stock's share at 年末 (the paragraph's, and 比上年末 after it)"),
    r40_nb_pp("比上年末提高[0.83个百分点]", 0.83, "城镇人口占全国人口比重", R40_NB_E),
    # employment
    r40_nb("就业人员[73427万人]", 73427, "万人", "人", "就业人员", "count_total", R40_NB_E),
    r40_nb("城镇就业人员[47321万人]", 47321, "万人", "人", "城镇就业人员", "count_total",
           R40_NB_E),
    r40_nb_share("比重为[64.4%]", 64.4, "城镇就业人员占全国就业人员比重", R40_NB_E),
    r40_nb("城镇新增就业[1258万人]", 1258, "万人", "人", "城镇新增就业"),
    r40_nb("比上年多[2万人]", 2, "万人", "人", "城镇新增就业"),
    r40_nb_share("失业率平均值为[5.1%]", 5.1, "城镇调查失业率平均值"),
    r40_nb_pp("比上年下降[0.1个百分点]", -0.1, "城镇调查失业率平均值"),
    r40_nb_share("年末全国城镇调查失业率为[5.1%]", 5.1, "城镇调查失业率", R40_NB_E),
    r40_nb("农民工总量[29968万人]", 29968, "万人", "人", "农民工总量", "count_total", R40_NB_E,
           notes="the paragraph's last time expression 年末 (open: the survey's year)"),
    r40_nb_g("29968万人，比上年增长[0.7%]", 0.7, "农民工总量", R40_NB_E),
    # prices
    r40_nb_g("居民消费价格比上年上涨[0.2%]", 0.2, "居民消费价格"),
    r40_nb_g("食品烟酒价格下降[0.2%]", -0.2, "食品烟酒价格"),
    r40_nb_g("衣着价格上涨[1.4%]", 1.4, "衣着价格"),
    r40_nb_g("居住价格上涨[0.1%]", 0.1, "居住价格"),
    r40_nb_g("出厂价格下降[2.2%]", -2.2, "工业生产者出厂价格"),
    r40_nb_g("购进价格下降[2.2%]", -2.2, "工业生产者购进价格"),
    r40_nb("[70个]大中城市中", 70, "个", "个", "大中城市", "count_total", R40_NB_DEC,
           borderline=True, notes=SCOPE),
    r40_nb("的城市有[70个]", 70, "个", "个", "新建商品住宅销售价格同比下降的大中城市",
           "count_total", R40_NB_DEC, notes="members of the scope: deed的X (session 20)"),
    # foreign exchange
    r40_nb("外汇储备[32046亿美元]", 32046, "亿美元", "美元", "国家外汇储备", "count_total",
           R40_NB_E),
    r40_nb("比上年末减少[334亿美元]", -334, "亿美元", "美元", "国家外汇储备", "actual", R40_NB_E),
    r40_nb("平均汇率为[1美元]", 1, "美元", "美元", "人民币平均汇率", "other", borderline=True,
           notes="borderline: the base of an exchange rate (1美元兑, as h114)"),
    r40_nb("兑[7.1217元]人民币", 7.1217, "元", "元", "人民币平均汇率"),
    r40_nb_g("比上年贬值[0.6%]", -0.6, "人民币平均汇率",
             notes="the renminbi's value fell: signed negative (open: h60's 升值 is positive)"),
    # 二、农业
    r40_nb("粮食种植面积[11933万公顷]", 11933, "万公顷", "公顷", "粮食种植面积"),
    r40_nb("比上年增加[35万公顷]", 35, "万公顷", "公顷", "粮食种植面积"),
    r40_nb("粮食产量[70652万吨]", 70652, "万吨", "吨", "粮食产量"),
    r40_nb("比上年增加[1111万吨]", 1111, "万吨", "吨", "粮食产量"),
    r40_nb_g("增产[1.6%]", 1.6, "粮食产量"),
    r40_nb("禽肉产量[9661万吨]", 9661, "万吨", "吨", "猪牛羊禽肉产量"),
    r40_nb_g("9661万吨，比上年下降[0.2%]", -0.2, "猪牛羊禽肉产量"),
    r40_nb("生猪存栏[42741万头]", 42741, "万头", "头", "生猪存栏", "count_total", R40_NB_E),
    r40_nb_g("比上年末下降[1.6%]", -1.6, "生猪存栏", R40_NB_E),
    *r40_nb_cells("粮食", "70652", "1.6", "粮食"),
    *r40_nb_cells("其中：夏粮", "14991", "2.6", "夏粮"),
    *r40_nb_cells("早稻", "2818", "-0.6", "早稻"),
    *r40_nb_cells("秋粮", "52843", "1.4", "秋粮"),
    *r40_nb_cells("油料", "3981", "1.3", "油料"),
    *r40_nb_cells("棉花", "617", "9.8", "棉花"),
    *r40_nb_cells("糖料", "11739", "-0.9", "糖料"),
    r40_nb_g("按不变价格计算比上年增长[5.8%]", 5.8, "规模以上工业增加值",
             notes="按不变价格计算 the method, no part of the name"),
    r40_nb("可支配收入[41310元]", 41310, "元", "元", "居民人均可支配收入",
           notes="全国 the home, dropped; 全年 from the paragraph"),
    r40_nb_g("41310元，比上年增长[5.3%]", 5.3, "居民人均可支配收入"),
    r40_nb_g("实际增长[5.1%]", 5.1, "居民人均可支配收入", notes="实际 dropped (as 實質, round 39)"),
    r40_nb("城镇居民人均可支配收入[54195元]", 54195, "元", "元", "城镇居民人均可支配收入"),
    r40_nb_g("增长[4.6%]", 4.6, "城镇居民人均可支配收入"),
    r40_nb("农村居民人均可支配收入[23122元]", 23122, "元", "元", "农村居民人均可支配收入"),
    r40_nb_g("增长[6.6%]", 6.6, "农村居民人均可支配收入"),
    r40_nb_share("收入比值为[2.34]", 2.34, "城乡居民人均收入比值", unit_raw=None, unit=None),
    row("缩小[0.05]", -0.05, None, None, "城乡居民人均收入比值", "growth_rate", R40_NB_Y,
        notes="a narrowing is a decline (as h10)"),
    r40_nb("消费支出[28231元]", 28231, "元", "元", "居民人均消费支出"),
    r40_nb_g("28231元，比上年增长[5.3%]", 5.3, "居民人均消费支出"),
    r40_nb_g("能耗比上年下降[3.8%]", -3.8, "万元国内生产总值能耗"),
]

# ---------------------------------------------------------------------------------------------
# h123, 宁波市发展和改革委员会's notice 关于印发宁波市2025年市级重大项目计划的通知
# (甬发改投资〔2025〕12号, printed 2025年2月18日; home 宁波): the plan's totals (安排重大项目 个,
# 总投资, 年度计划投资 亿元: a plan, target) with 其中 新开工 / 续建 and 按项目类别分 (elliptic
# clauses named by their own words), 2024's 完成投资 with 完成年度计划的 (a share of the figure,
# session 20), classes by size (总投资100亿元以上 的项目: the bound borderline, the count scored),
# 分别 by district with 居全市前三位 (borderline), 一季度 开工的项目, 全年 用地 / 能耗指标 (安排
# governs the list), 争取…等各类资金 以上, 一季度 开工率 / 上半年 完成…的50%以上 goals, a warning
# rule's 20个百分点 (a class's bound, borderline), and 附件's tab-separated project table (序号 |
# 项目名称 | 建设内容及规模 | 起止年限 | 总投资 | 2025年计划投资). Decided before labelling: every
# figure of the plan is a target (注1: 均为计划数); a 总投资 spans the projects' years (起止年限),
# not 2025: undated (h34's 计划总投资, the plan's frame); 年度计划投资 and the project counts take
# 2025年 (the paragraph's, else the title's: 二、项目结构 prints none); a project's figures are
# named by the project (an entity, as h46) + the column or the 建设内容 deed, the project's own
# place names no subject; 建设内容 figures targets, undated (h46's expected output); the table's
# 2025年计划投资 column dated by its head. Traps: 〔2025〕12号, 2025年2月18日, “十四五”, 序号 1-10,
# 起止年限 2023-2027, 6号线 / 三期 / 二期 / 二通道 (names), 每月5日前, 9月底前, “红黄绿”三色,
# 连续两个月, 0574-89186012, 注 1. / 2.
R40_NBO = "h123_ningbo_major_projects_plan_2025.txt"
R40_NBO_Y = P("2025年", "2025-01-01", "2025-12-31")
R40_NBO_FULL = P("全年", "2025-01-01", "2025-12-31")
R40_NBO_PREV = P("2024年", "2024-01-01", "2024-12-31")
R40_NBO_Q1 = P("一季度", "2025-01-01", "2025-03-31")
R40_NBO_H1 = P("上半年", "2025-01-01", "2025-06-30")
R40_NBO_PLAN = "a plan's figure (注1: 均为计划数): target"
R40_NBO_TOTAL = ("a 总投资 spans the projects' years (起止年限), not the plan's year: target, "
                 "undated "
                 "(h34's 计划总投资)")
R40_NBO_TITLE = "二、项目结构 prints no time: the title's 2025年"
R40_NBO_PROJ = ("the project table: named by the project (an entity, as h46) and the column / the "
                "建设内容 deed; a project's figures are a plan's (target)")


def r40_nbo(anchor, value, unit_raw, unit, indicator, period=R40_NBO_Y, kind="target", **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r40_nbo_yuan(anchor, value, indicator, period=R40_NBO_Y, **kw):
    return row(anchor, value, "亿元", "元", indicator, "target", period, **kw)


def r40_nbo_project(name, contents, total, planned):
    """One row of the 附件 table: its 建设内容 figures, 总投资 and 2025年计划投资."""
    figures = [
        row(anchor, value, unit_raw, unit, name + deed, "target", NONE, qual, qtext,
            notes=R40_NBO_PROJ)
        for anchor, value, unit_raw, unit, deed, qual, qtext in contents
    ]
    return [
        *figures,
        r40_nbo_yuan(f"\t[{total}]\t{planned}", float(total), name + "总投资", NONE,
                     notes=R40_NBO_PROJ + "; " + R40_NBO_TOTAL),
        r40_nbo_yuan(f"\t{total}\t[{planned}]", float(planned), name + "计划投资", R40_NBO_Y,
                     notes=R40_NBO_PROJ + "; dated by the column head 2025年计划投资"),
    ]


def r40_c(anchor, value, unit_raw, unit, deed, qual="none", qtext=None):
    """A 建设内容 figure of a project row: (anchor, value, unit_raw, unit, deed, qualifier)."""
    return (anchor, value, unit_raw, unit, deed, qual, qtext)


LABELS[R40_NBO] = [
    # 一、总体安排
    r40_nbo("安排市级重大项目[486个]", 486, "个", "个", "安排市级重大项目",
            notes=R40_NBO_PLAN + "; 全市 and 共 dropped, the flow verb 安排 kept"),
    r40_nbo_yuan("总投资[12846亿元]", 12846, "总投资", NONE, notes=R40_NBO_TOTAL),
    r40_nbo_yuan("年度计划投资[1928亿元]", 1928, "年度计划投资", notes=R40_NBO_PLAN),
    r40_nbo("新开工项目[152个]", 152, "个", "个", "新开工项目", notes=R40_NBO_PLAN),
    r40_nbo_yuan("年度计划投资[485亿元]", 485, "年度计划投资",
                 notes="an elliptic clause named by its own words (session 20)"),
    r40_nbo("续建项目[334个]", 334, "个", "个", "续建项目"),
    r40_nbo_yuan("年度计划投资[1443亿元]", 1443, "年度计划投资"),
    row("完成投资[1862亿元]", 1862, "亿元", "元", "市级重大项目完成投资", "actual", R40_NBO_PREV),
    row("完成年度计划的[108.3%]", 108.3, "%", "%", "市级重大项目完成投资", "share",
        R40_NBO_PREV, notes="完成…的X% named by the figure (session 20)"),
    # 二、项目结构
    r40_nbo("产业项目[218个]", 218, "个", "个", "产业项目", notes=R40_NBO_TITLE),
    r40_nbo_yuan("总投资[4692亿元]", 4692, "总投资", NONE, notes=R40_NBO_TOTAL),
    r40_nbo_yuan("年度计划投资[806亿元]", 806, "年度计划投资", notes=R40_NBO_TITLE),
    r40_nbo("占全部年度计划投资的[41.8%]", 41.8, "%", "%", "年度计划投资占全部年度计划投资",
            notes="a planned share: target; named by the last thing named (QA 10)"),
    r40_nbo("基础设施项目[137个]", 137, "个", "个", "基础设施项目"),
    r40_nbo_yuan("总投资[5310亿元]", 5310, "总投资", NONE, notes=R40_NBO_TOTAL),
    r40_nbo_yuan("年度计划投资[672亿元]", 672, "年度计划投资"),
    r40_nbo("社会民生项目[96个]", 96, "个", "个", "社会民生项目"),
    r40_nbo_yuan("总投资[1985亿元]", 1985, "总投资", NONE, notes=R40_NBO_TOTAL),
    r40_nbo_yuan("年度计划投资[318亿元]", 318, "年度计划投资"),
    r40_nbo("生态环保项目[35个]", 35, "个", "个", "生态环保项目"),
    r40_nbo_yuan("总投资[859亿元]", 859, "总投资", NONE, notes=R40_NBO_TOTAL),
    r40_nbo_yuan("年度计划投资[132亿元]", 132, "年度计划投资"),
    r40_nbo_yuan("总投资[100亿元以上]", 100, "总投资", NONE, qual="at_least", qtext="以上",
                 borderline=True, notes="borderline: the bound of a class (as 年产值超10亿元)"),
    r40_nbo("项目有[29个]", 29, "个", "个", "总投资100亿元以上的项目",
            notes="the class's bound is part of its name"),
    r40_nbo_yuan("年度计划投资[10亿元以上]", 10, "年度计划投资", NONE, qual="at_least",
                 qtext="以上", borderline=True, notes="borderline: the bound of a class"),
    r40_nbo("项目有[46个]", 46, "个", "个", "年度计划投资10亿元以上的项目"),
    r40_nbo_yuan("分别为[286亿元]", 286, "年度计划投资", subject="前湾新区",
                 notes="a 分别 list pairs the districts with their amounts"),
    r40_nbo_yuan("286亿元、[254亿元]", 254, "年度计划投资", subject="北仑区"),
    r40_nbo_yuan("和[213亿元]", 213, "年度计划投资", subject="鄞州区"),
    row("居全市[前三]位", 3, None, "位", "年度计划投资", "rank", R40_NBO_Y, borderline=True,
        notes="borderline: a range of ranks said of a list (as h121's 前三)"),
    r40_nbo("开工的项目有[68个]", 68, "个", "个", "计划开工的项目", R40_NBO_Q1,
            notes="一季度 the time of the deed, dropped from the name"),
    r40_nbo_yuan("总投资[1135亿元]", 1135, "总投资", NONE, notes=R40_NBO_TOTAL),
    r40_nbo("用地指标[1.8万亩]", 1.8, "万亩", "亩", "安排重大项目用地指标", R40_NBO_FULL),
    r40_nbo("能耗指标[86万吨标准煤]", 86, "万吨标准煤", "吨标准煤", "安排能耗指标", R40_NBO_FULL,
            notes="安排 governs both items of the list (the seeds' 新建各类公园)"),
    r40_nbo_yuan("各类资金[300亿元以上]", 300, "争取各类资金", qual="at_least", qtext="以上",
                 notes="the list of examples before 等 dropped (建设天眉乐等6条高速公路)"),
    # 三、工作要求
    r40_nbo("开工率[达到40%以上]", 40, "%", "%", "重大项目开工率", R40_NBO_Q1, qual="at_least",
            qtext="达到…以上"),
    r40_nbo("年度计划投资的[50%以上]", 50, "%", "%", "完成年度计划投资", R40_NBO_H1,
            qual="at_least", qtext="以上"),
    row("低于序时进度[20个百分点]", 20, "个百分点", "百分点", "年度计划投资完成率", "other", NONE,
        borderline=True, notes="borderline: the bound of a class in a rule (a warning's trigger)"),
    # 附件: the project table
    *r40_nbo_project("宁波舟山港梅山港区二期工程", [
        r40_c("集装箱泊位[5个]", 5, "个", "个", "新建集装箱泊位"),
        r40_c("年吞吐能力[480万标准箱]", 480, "万标准箱", "标准箱", "设计年吞吐能力"),
    ], "148.6", "32.0"),
    *r40_nbo_project("甬舟铁路（宁波段）", [
        r40_c("线路全长[76.4公里]", 76.4, "公里", "公里", "线路全长"),
        r40_c("设车站[4座]", 4, "座", "座", "设车站"),
    ], "271.3", "41.5"),
    *r40_nbo_project("镇海炼化高性能聚烯烃项目", [
        r40_c("年产[30万吨]", 30, "万吨", "吨", "年产高性能聚烯烃"),
    ], "86.3", "28.5"),
    *r40_nbo_project("前湾新区新能源汽车零部件产业园", [
        r40_c("建筑面积[62万平方米]", 62, "万平方米", "平方米", "建筑面积"),
        r40_c("驱动电机[80万台]", 80, "万台", "台", "年产驱动电机"),
    ], "52.0", "12.0"),
    *r40_nbo_project("宁波大学附属第一医院方桥院区二期", [
        r40_c("新增床位[1200张]", 1200, "张", "张", "新增床位"),
        r40_c("建筑面积[28.6万平方米]", 28.6, "万平方米", "平方米", "建筑面积"),
    ], "38.9", "9.6"),
    *r40_nbo_project("宁波城市轨道交通6号线一期", [
        r40_c("线路长度[39.1公里]", 39.1, "公里", "公里", "线路长度"),
        r40_c("设站[25座]", 25, "座", "座", "设站"),
    ], "316.8", "48.2"),
    *r40_nbo_project("象山海上风电场三期", [
        r40_c("装机容量[60万千瓦]", 60, "万千瓦", "千瓦", "装机容量"),
    ], "62.4", "30.0"),
    *r40_nbo_project("姚江二通道（慈江）工程", [
        r40_c("排涝泵站[3座]", 3, "座", "座", "新建排涝泵站"),
        r40_c("整治河道[18.5公里]", 18.5, "公里", "公里", "整治河道"),
    ], "24.7", "6.8"),
    *r40_nbo_project("宁波国际会议中心", [
        r40_c("总建筑面积[32万平方米]", 32, "万平方米", "平方米", "总建筑面积"),
    ], "45.2", "11.3"),
    *r40_nbo_project("甬江科创区智能制造创新中心", [
        r40_c("中试基地[4个]", 4, "个", "个", "建设中试基地"),
        r40_c("研发团队[50个以上]", 50, "个", "个", "引进研发团队", "at_least", "以上"),
    ], "18.6", "4.5"),
]

# ---------------------------------------------------------------------------------------------
# h124, 商务部新闻办公室's release on 2025年消费品以旧换新 (发布时间：2025-10-15 16:20; a national
# text, home 全国): the headline's 超2.5万亿元 (the lead's 前三季度 figure repeated), 前三季度
# flows, 截至 a day (10月12日, 9月30日, 9月底) with 共有 / 累计 (running totals to the day:
# count_total, a point at the day, as h89's 截至10月31日 and h75's 截至7月6日; one 累计 governs the
# coordinated clauses and 其中 members after it, session 24), 9月份 flows with 同比 / 环比,
# 比去年同期提高 个百分点, 1-9月 回收量 / 交易量 (flows, actual) with 其中, 比上年末增加 (actual at
# the point), the categories' 居前三位 (borderline), 5省市 (a list's total: borderline; the group in
# the name), 居全国首位 (no numeral: borderline), 超长期特别国债资金 and its four batches
# (第一批…第四批: ordinals, no rows; their amounts by the month of 下达, the fourth a plan: target),
# 28个省份出台… (members that acted: count_total), 日均, 补贴标准 (a rule's parameters: other,
# undated, session 23; 2.0升及以下 / 单件销售价格不超过6000元 bounds of a class: borderline),
# 国家统计局's 1-9月 / 9月份 社会消费品零售总额 with 分别 and 分列第一、 第二位 (ranks of the
# growth, named by 增速), and 力争全年…超过 (target). Decided before labelling: after 带动 the
# amount is named by the rest of the clause (销售额, 新车销售额; session 20), the doer before the
# causative dropped; 惠及 kept (h31's 惠及失业人员); counts of consumers doer + deed
# (消费者购买家电以旧换新产品, 消费者申请购新补贴); 12类 a class list's size (borderline, no metric
# of the period); 今年国家安排…3000亿元 actual (the year's allocation, decided: arranged), 国家 kept
# as the agent (only 全国 / 我国 / 中国 are the home); 新能源汽车占比 after the paragraph's 9月份
# dated 9月份 (the paragraph's last time expression); the platform's 累计注册用户 and the 日均 /
# 平均 到账时间 after it dated by the paragraph's 截至9月底 (the 累计 has no date of its own but the
# paragraph names a day). Traps: 2025-10-15 16:20, 10月15日, 截至 days, 第一批…第四批, 1月 / 4月 /
# 7月 / 10月, 1级能效 / 一级能效 (a grade), 2.0升, 2026年, 010-65197543.
R40_MC = "h124_mofcom_trade_in_consumer_goods_2025.txt"
R40_MC_Q3 = P("前三季度", "2025-01-01", "2025-09-30")
R40_MC_D1012 = P("截至10月12日", "2025-10-12", "2025-10-12")
R40_MC_D930 = P("截至9月30日", "2025-09-30", "2025-09-30")
R40_MC_END9 = P("截至9月底", "2025-09-30", "2025-09-30")
R40_MC_SEP = P("9月份", "2025-09-01", "2025-09-30")
R40_MC_M9 = P("1-9月", "2025-01-01", "2025-09-30")
R40_MC_YEAR = P("今年", "2025-01-01", "2025-12-31")
R40_MC_FULL = P("全年", "2025-01-01", "2025-12-31")
R40_MC_RULE = ("a 补贴标准 (a rule's parameter: other, undated; session 23), named by what is "
               "granted (as h118's 项目资助)")
R40_MC_TO_DAY = "a running total to the day (截至…): count_total, a point at the day"
R40_MC_CAUSE = ("after the causative 带动 the rest of the clause, the doer before it dropped "
                "(session 20)")


def r40_mc(anchor, value, unit_raw, unit, indicator, kind="count_total", period=R40_MC_D930,
           **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r40_mc_yuan(anchor, value, unit_raw, indicator, kind="count_total", period=R40_MC_D930,
                **kw):
    return row(anchor, value, unit_raw, "元", indicator, kind, period, **kw)


def r40_mc_g(anchor, value, indicator, period=R40_MC_SEP, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def r40_mc_rule(anchor, value, unit_raw, unit, indicator, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "other", NONE,
               notes=kw.pop("notes", R40_MC_RULE), **kw)


LABELS[R40_MC] = [
    r40_mc_yuan("带动相关商品销售额[超2.5万亿元]\n", 2.5, "万亿元", "相关商品销售额", "actual",
                R40_MC_Q3, qual="over", qtext="超",
                notes="the headline repeats the lead's 前三季度 figure: its period; "
                + R40_MC_CAUSE),
    r40_mc_yuan("带动相关商品销售额[超过2.5万亿元]", 2.5, "万亿元", "相关商品销售额", "actual",
                R40_MC_Q3, qual="over", qtext="超过", notes=R40_MC_CAUSE),
    r40_mc("惠及消费者[超3.3亿人次]", 3.3, "亿人次", "人次", "惠及消费者", "actual", R40_MC_Q3,
           qual="over", qtext="超"),
    r40_mc("补贴申请量[突破1020万份]", 1020, "万份", "份", "汽车以旧换新补贴申请量",
           period=R40_MC_D1012, qual="break_through", qtext="突破",
           notes=R40_MC_TO_DAY + "; 全国 the home, dropped"),
    r40_mc("报废更新补贴申请量[412万份]", 412, "万份", "份", "报废更新补贴申请量",
           period=R40_MC_D1012, notes="a 其中 member of the running total: its kind (session 24)"),
    r40_mc("置换更新补贴申请量[608万份]", 608, "万份", "份", "置换更新补贴申请量",
           period=R40_MC_D1012),
    r40_mc("补贴申请量[126万份]", 126, "万份", "份", "汽车以旧换新补贴申请量", "actual",
           R40_MC_SEP),
    r40_mc_g("环比增长[8.6%]", 8.6, "汽车以旧换新补贴申请量"),
    row("新能源汽车占比为[58.6%]", 58.6, "%", "%", "新能源汽车占比", "share", R40_MC_SEP,
        notes="the paragraph's last time expression 9月份 (open: it may be the year's to date)"),
    row("比去年同期提高[11.2个百分点]", 11.2, "个百分点", "百分点", "新能源汽车占比",
        "growth_rate", R40_MC_SEP),
    # 家电 / 数码
    r40_mc("共有[7436万名]消费者", 7436, "万名", "名", "消费者购买家电以旧换新产品",
           notes=R40_MC_TO_DAY + "; doer + deed (session 20), 12类 a class list's size"),
    r40_mc("购买[12类]家电", 12, "类", "类", "家电以旧换新产品", "other", NONE, borderline=True,
           notes="borderline: the size of the policy's class list (a scope, as h118's 12项服务)"),
    r40_mc("以旧换新产品[1.28亿台]", 1.28, "亿台", "台", "购买家电以旧换新产品",
           notes=R40_MC_TO_DAY),
    r40_mc_yuan("带动销售额[2.16万亿元]", 2.16, "万亿元", "销售额", notes=R40_MC_CAUSE),
    row("销售额占比[超过90%]", 90, "%", "%", "一级能效产品销售额占比", "share", R40_MC_D930,
        "over", "超过"),
    r40_mc("累计有[6215万名]消费者", 6215, "万名", "名", "消费者申请购新补贴",
           notes="累计 to the day; doer + deed"),
    r40_mc("购新补贴[6983万件]", 6983, "万件", "件", "申请购新补贴",
           notes="the one 累计 governs the coordinated clause (session 24)"),
    r40_mc_yuan("带动销售额[3281亿元]", 3281, "亿元", "销售额", notes=R40_MC_CAUSE),
    r40_mc("手机购新补贴申请量[5420万件]", 5420, "万件", "件", "手机购新补贴申请量",
           notes="a 其中 member of the 累计 total"),
    row("占数码产品的[77.6%]", 77.6, "%", "%", "手机购新补贴申请量占数码产品", "share",
        R40_MC_D930),
    r40_mc("购买新车[1046万辆]", 1046, "万辆", "辆", "电动自行车以旧换新交售旧车、购买新车",
           notes="累计 (a frame word) with the paragraph's 截至9月30日; the two verbs one list"),
    row("同比增长[2.1倍]", 210.0, "倍", "%", "电动自行车以旧换新交售旧车、购买新车",
        "growth_rate", R40_MC_D930, notes="a multiple of growth in % (as h02's 1.4倍)"),
    r40_mc_yuan("带动销售额[约1568亿元]", 1568, "亿元", "销售额", qual="about", qtext="约",
                notes="the paragraph's 截至9月30日, a running total; " + R40_MC_CAUSE),
    r40_mc("产品销售量[1562万台]", 1562, "万台", "台", "家电以旧换新产品销售量", "actual",
           R40_MC_SEP),
    r40_mc_g("1562万台，同比增长[35.4%]", 35.4, "家电以旧换新产品销售量"),
    r40_mc_g("环比下降[3.2%]", -3.2, "家电以旧换新产品销售量"),
    # 回收循环
    r40_mc("机动车回收量[536.8万辆]", 536.8, "万辆", "辆", "报废机动车回收量", "actual", R40_MC_M9,
           notes="1-9月 with no 累计: a flow of the span (round 30)"),
    r40_mc_g("同比增长[62.3%]", 62.3, "报废机动车回收量", R40_MC_M9),
    r40_mc("新能源汽车报废回收量[48.2万辆]", 48.2, "万辆", "辆", "新能源汽车报废回收量", "actual",
           R40_MC_M9),
    r40_mc("二手车交易量[1485.6万辆]", 1485.6, "万辆", "辆", "二手车交易量", "actual", R40_MC_M9),
    r40_mc_g("同比增长[4.1%]", 4.1, "二手车交易量", R40_MC_M9),
    r40_mc("回收网点[3.6万个]", 3.6, "万个", "个", "建成废旧家电回收网点", period=R40_MC_END9,
           notes="a stock built to the day; 已 and 全国 dropped"),
    r40_mc("比上年末增加[0.8万个]", 0.8, "万个", "个", "建成废旧家电回收网点", "actual",
           R40_MC_END9, notes="a change since 上年末 at the point: actual (as h121)"),
    r40_mc("销售门店[超过12万家]", 12, "万家", "家", "参与以旧换新的家电销售门店",
           period=R40_MC_END9, qual="over", qtext="超过",
           notes="firms taking part in a standing programme: members, count_total (session 23)"),
    # 品类 / 地区
    row("居[前三]位", 3, None, "位", "以旧换新销售额", "rank", R40_MC_D930, borderline=True,
        notes="borderline: a range of ranks said of a list (as h121's 前三)"),
    r40_mc_yuan("新车销售额[约1.12万亿元]", 1.12, "万亿元", "新车销售额", qual="about", qtext="约",
                notes=R40_MC_CAUSE),
    row("销售总额的[42.3%]", 42.3, "%", "%", "新车销售额占以旧换新带动销售总额", "share",
        R40_MC_D930),
    r40_mc("上海[5省市]", 5, "省市", "个", "省市", borderline=True,
           notes="borderline: a count that totals the list before it"),
    row("合计占全国的[46.8%]", 46.8, "%", "%",
        "广东、江苏、浙江、山东、上海5省市家电以旧换新销售额占全国", "share", R40_MC_D930,
        notes="合计 dropped; the group in the name, no subject (session 20); 占全国 kept"),
    r40_mc_yuan("带动销售额[约3126亿元]", 3126, "亿元", "销售额", qual="about", qtext="约",
                subject="广东", notes=R40_MC_CAUSE),
    row("居全国[首位]", 1, None, "位", "销售额", "rank", R40_MC_D930, subject="广东",
        borderline=True, notes="borderline: a rank without a numeral"),
    # 资金保障
    r40_mc_yuan("特别国债资金[3000亿元]", 3000, "亿元", "国家安排超长期特别国债资金", "actual",
                R40_MC_YEAR, notes="the year's allocation, arranged (open: a plan's figure?)"),
    row("分[四批]下达", 4, "批", "批", "下达", "other", NONE, borderline=True,
        notes="borderline: the number of a plan's instalments (a frame)"),
    r40_mc_yuan("第一批[810亿元]", 810, "亿元", "第一批", "actual",
                P("1月", "2025-01-01", "2025-01-31"),
                notes="a 分别 pair: 第一批 with 1月; the batch's ordinal no row"),
    r40_mc_yuan("第二批[810亿元]", 810, "亿元", "第二批", "actual",
                P("4月", "2025-04-01", "2025-04-30")),
    r40_mc_yuan("第三批[690亿元]", 690, "亿元", "第三批", "actual",
                P("7月", "2025-07-01", "2025-07-31")),
    r40_mc_yuan("第四批[690亿元]", 690, "亿元", "第四批", "target",
                P("10月", "2025-10-01", "2025-10-31"), notes="将于10月下达: a plan (target)"),
    r40_mc("已有[28个]省份", 28, "个", "个", "省份出台汽车置换更新地方补贴细则", period=R40_MC_END9,
           notes="members that acted (session 20), doer + deed"),
    r40_mc_yuan("地方配套资金[412亿元]", 412, "亿元", "安排地方配套资金", period=R40_MC_END9),
    r40_mc("注册用户[2860万人]", 2860, "万人", "人", "汽车以旧换新信息平台注册用户",
           period=R40_MC_END9, notes="累计 with the paragraph's 截至9月底 (open: a bare 累计)"),
    r40_mc("审核补贴申请[2.3万份]", 2.3, "万份", "份", "日均审核补贴申请", "actual", R40_MC_END9,
           notes="a daily mean: not governed by the 累计 (session 24)"),
    r40_mc("缩短至[12个工作日]", 12, "个工作日", "工作日", "补贴资金平均到账时间", "actual",
           R40_MC_END9),
    # 补贴标准
    r40_mc_rule("乘用车的，补贴[2万元]", 2, "万元", "元", "补贴"),
    r40_mc_rule("[2.0升]及以下", 2.0, "升", "升", "排量", borderline=True,
                notes="borderline: the bound of a class (燃油乘用车 of 2.0升及以下)"),
    r40_mc_rule("补贴[1.5万元]", 1.5, "万元", "元", "补贴"),
    r40_mc_rule("最终销售价格的[15%]", 15, "%", "%", "补贴",
                notes="a rate of a base a rule grants: other (h118's 租金按…的50%)"),
    r40_mc_rule("再给予[5%]的补贴", 5, "%", "%", "补贴"),
    r40_mc_rule("每件[最高不超过2000元]", 2000, "元", "元", "每件", qual="at_most",
                qtext="最高不超过", notes="a cap per item (h118's 每人, h25's 每个企业)"),
    r40_mc_rule("按销售价格的[15%]", 15, "%", "%", "补贴"),
    r40_mc_rule("每件补贴[不超过500元]", 500, "元", "元", "每件补贴", qual="at_most",
                qtext="不超过"),
    r40_mc_rule("单件销售价格[不超过6000元]", 6000, "元", "元", "单件销售价格", qual="at_most",
                qtext="不超过", borderline=True,
                notes="borderline: the bound of the class of phones subsidised"),
    # 国家统计局
    r40_mc_yuan("社会消费品零售总额[365877亿元]", 365877, "亿元", "社会消费品零售总额", "actual",
                R40_MC_M9),
    r40_mc_g("同比增长[4.5%]", 4.5, "社会消费品零售总额", R40_MC_M9),
    r40_mc_g("分别增长[25.3%]", 25.3, "家用电器和音像器材类零售额", R40_MC_M9),
    r40_mc_g("和[20.5%]", 20.5, "通讯器材类零售额", R40_MC_M9),
    row("分列[第一]", 1, None, "位", "家用电器和音像器材类零售额增速", "rank", R40_MC_M9,
        notes="ranks of the growth, named by 增速 (a 分别 list pairs them with the items)"),
    row("第一、[第二位]", 2, "位", "位", "通讯器材类零售额增速", "rank", R40_MC_M9),
    r40_mc_yuan("社会消费品零售总额[41971亿元]", 41971, "亿元", "社会消费品零售总额", "actual",
                R40_MC_SEP),
    r40_mc_g("同比增长[3.0%]", 3.0, "社会消费品零售总额"),
    r40_mc_g("环比增长[0.2%]", 0.2, "社会消费品零售总额"),
    r40_mc("申请量[超过1200万份]", 1200, "万份", "份", "汽车以旧换新补贴申请量", "target",
           R40_MC_FULL, qual="over", qtext="超过"),
]


# ---------------------------------------------------------------------------------------------
# Round 41 (h125-h127), written and labelled by helper B41 by reading, before the extractor ran on
# them.
#
# h125: 行政院主計總處's release of 114年10月 消費者物價指數 (發布日期：114年11月7日 = 2025-11-07),
# in Traditional script; home 台湾 (我國). Minguo years (114年 = 2025, 115年 = 2026); 基期
# 民國110年=100 an index's base (no row: a definition, not a figure); index levels actual with no
# unit (as h32 / h87); 月增率 (較上月) and 年增率 (與上年同月) both growth rates of the month,
# named by what changes (年增率 has no name of its own: session 23); 漲幅較9月擴大 N個百分點 a
# change of the rate (`CPI涨幅`, as h14 / h23 / h54); 影響CPI上漲 N個百分點 a contribution in
# points (`X影响CPI`, other, signed, as h23); 以新臺幣計價 / 以美元計價 / 經調整季節變動因素後 say
# how it is measured (dropped from names, as h110 / h119); 七大類 items elliptic (named by their
# own words, session 20); the section with no time of its own takes the title's 114年10月 (session
# 23); 368個項群 / 17項 the scope their members are counted in (borderline, SCOPE); 同月 the
# release's month; other countries' CPI subjects (美国, 南韩, 新加坡, 日本); 114年全年 / 115年
# forecasts (target); 基本工資 月薪調升至 a rule's standard (other, undated); the 附表 cells named
# by the row (the note （新臺幣） dropped, as h117), dated by the title's 114年10月, 月增率 /
# 年增率 in % by the column head. Traps: 114年11月7日, (02)2380-5736 / (02)2380-5741, 基期
# 民國110年=100 (×3), 連續5個月 / 連續7個月 (streaks), 近27年 (a base), 亞洲四小龍 / G7 (names with
# a numeral), 114年12月5日（星期五）下午4時 (the next release), 115年1月1日起, 小數點第二位 (an
# ordinal), 註 1.-3.; borderline 低於2% (the bound of a streak's class).
R41_TW = "h125_taiwan_dgbas_cpi_oct_2025_trad.txt"
R41_TW_M10T = P("114年10月", "2025-10-01", "2025-10-31")
R41_TW_M10 = P("10月", "2025-10-01", "2025-10-31")
R41_TW_YTD = P("114年1-10月", "2025-01-01", "2025-10-31")
R41_TW_1_10 = P("1-10月", "2025-01-01", "2025-10-31")
R41_TW_SAME = P("同月", "2025-10-01", "2025-10-31")
R41_TW_Y114 = P("114年全年", "2025-01-01", "2025-12-31")
R41_TW_Y115 = P("115年", "2026-01-01", "2026-12-31")
R41_TW_TITLE = ("no time expression in its paragraph or heading: the release's 114年10月 "
                "(a periodic release, session 23)")
R41_TW_CONTRIB = ("a contribution in points (影響CPI上漲 / 下跌): other, signed, named X影响CPI "
                  "(as h23)")
R41_TW_HOW = "以新臺幣計價 / 以美元計價 say how it is measured (dropped, as h110's 以美元计价)"
R41_TW_CELL = ("table cell (附表): named by its row (the note （新臺幣） dropped, as h117), "
               "dated by the title's 114年10月; 月增率(%) / 年增率(%) growth rates in % by the "
               "column head")


def r41_tw_pct(anchor, value, indicator, kind="growth_rate", period=R41_TW_M10T, **kw):
    """A rate in % (年增率, 月增率, 漲 / 跌 N%)."""
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r41_tw_pp(anchor, value, indicator, kind="other", period=R41_TW_M10T, **kw):
    """N個百分點: a contribution (other) or a change of a rate (growth_rate)."""
    return row(anchor, value, "個百分點", "百分点", indicator, kind, period, **kw)


def r41_tw_count(anchor, value, unit_raw, indicator, period=R41_TW_M10T, **kw):
    """A count of price items (項 / 個)."""
    unit = {"項": "项", "個": "个"}[unit_raw[-1]]
    return row(anchor, value, unit_raw, unit, indicator, "count_total", period, **kw)


def r41_tw_cells(head, numbers, indicator):
    """One row of the 附表: the index level, then its 月增率 and 年增率."""
    level, *rates = numbers
    cells = [row(table_cell(R41_TW, head, level), float(level), None, None, indicator, "actual",
                 R41_TW_M10T, notes=R41_TW_CELL)]
    return cells + [row(table_cell(R41_TW, head, rate), float(rate), "%", "%", indicator,
                        "growth_rate", R41_TW_M10T, notes=R41_TW_CELL) for rate in rates]


LABELS[R41_TW] = [
    # 一、消費者物價指數
    row("CPI為[109.86]", 109.86, None, None, "CPI", "actual", R41_TW_M10T,
        notes="an index level (基期 110年=100): no unit, actual (as h32 / h87)"),
    r41_tw_pct("較上月漲[0.35%]", 0.35, "CPI", notes="月增率: a growth rate of the month"),
    r41_tw_pct("因素後漲[0.12%]", 0.12, "CPI",
               notes="經調整季節變動因素後 says how it is measured (dropped)"),
    r41_tw_pct("年增率為[1.48%]", 1.48, "CPI",
               notes="年增率 has no name of its own: named by what changes (session 23)"),
    r41_tw_pp("擴大[0.17個百分點]", 0.17, "CPI涨幅", "growth_rate",
              notes="the rate's change since 9月 (as h14 / h23's CPI涨幅)"),
    r41_tw_pct("之核心CPI年增[1.62%]", 1.62, "核心CPI",
               notes="不含蔬果及能源之 the definition of 核心 (dropped, as h23 / h54)"),
    row("連續5個月低於[2%]", 2, "%", "%", "核心CPI", "other", R41_TW_M10T, "at_most", "低於",
        borderline=True, notes="borderline: the bound of a streak's class (連續5個月低於2%)"),
    r41_tw_pct("CPI年增[1.83%]", 1.83, "CPI", period=R41_TW_YTD,
               notes="累計…平均: the span's mean rate (growth_rate, 114年1-10月)"),
    r41_tw_pct("核心CPI年增[1.71%]", 1.71, "核心CPI", period=R41_TW_YTD),
    # 二、七大類指數年增率 (no time of its own: the title's 114年10月)
    r41_tw_pct("食物類漲[2.31%]", 2.31, "食物类", notes=R41_TW_TITLE),
    r41_tw_pp("影響CPI上漲[0.57個百分點]", 0.57, "食物类影响CPI", notes=R41_TW_CONTRIB),
    r41_tw_pct("外食費漲[3.12%]", 3.12, "外食费"),
    r41_tw_pct("仍漲[6.4%]", 6.4, "水果", notes="因颱風過後產量回升 a cause between name and rate"),
    r41_tw_pct("供給增加跌[11.8%]", -11.8, "蛋类"),
    r41_tw_pct("蔬菜跌[5.3%]", -5.3, "蔬菜"),
    r41_tw_pct("居住類漲[1.96%]", 1.96, "居住类"),
    r41_tw_pp("影響CPI上漲[0.53個百分點]", 0.53, "居住类影响CPI", notes=R41_TW_CONTRIB),
    r41_tw_pct("房租漲[2.15%]", 2.15, "房租", notes="為近27年同月最大漲幅: 27年 a base, no row"),
    r41_tw_pct("交通及通訊類跌[0.87%]", -0.87, "交通及通讯类"),
    r41_tw_pp("影響CPI下跌[0.12個百分點]", -0.12, "交通及通讯类影响CPI", notes=R41_TW_CONTRIB),
    r41_tw_pct("主因油料費跌[4.6%]", -4.6, "油料费"),
    r41_tw_pct("醫藥保健類漲[1.72%]", 1.72, "医药保健类"),
    r41_tw_pct("教養娛樂類漲[1.05%]", 1.05, "教养娱乐类"),
    r41_tw_pct("國外旅遊團費漲[3.4%]", 3.4, "国外旅游团费", notes="其中 a frame word"),
    r41_tw_pct("衣著類漲[0.64%]", 0.64, "衣着类"),
    r41_tw_pct("雜項類漲[1.38%]", 1.38, "杂项类"),
    r41_tw_count("查價之[368個]", 368, "個", "项群", borderline=True, notes=SCOPE),
    r41_tw_count("上漲者有[241項]", 241, "項", "价格上涨的项群",
                 notes="members of the scope that moved: deed的X, count_total (session 20)"),
    r41_tw_count("下跌者[97項]", 97, "項", "下跌的项群",
                 notes="an elliptic member count: its own deed, the scope's noun"),
    # 三、商品類與服務類 (10月)
    r41_tw_pct("商品類價格年增[0.92%]", 0.92, "商品类价格", period=R41_TW_M10),
    r41_tw_pct("非耐久財漲[1.27%]", 1.27, "非耐久财", period=R41_TW_M10),
    r41_tw_pct("服務類年增[2.03%]", 2.03, "服务类", period=R41_TW_M10),
    r41_tw_pp("影響CPI上漲[0.98個百分點]", 0.98, "服务类影响CPI", period=R41_TW_M10,
              notes=R41_TW_CONTRIB),
    row("占總漲幅[約三分之二]", 200 / 3, "分之", "%", "服务类占总涨幅", "share", R41_TW_M10,
        "about", "約", notes=PARTNAME),
    r41_tw_count("之[17項]重要民生物資", 17, "項", "重要民生物资", R41_TW_M10, borderline=True,
                 notes=SCOPE),
    r41_tw_count("其中[10項]價格上漲", 10, "項", "价格上涨的重要民生物资", R41_TW_M10,
                 notes="members of the scope that moved: deed的X (session 20)"),
    r41_tw_pct("平均年增[1.15%]", 1.15, "重要民生物资", period=R41_TW_M10,
               notes="the 17 items' mean change"),
    r41_tw_pct("能源類價格年減[3.84%]", -3.84, "能源类价格", period=R41_TW_M10),
    r41_tw_pct("其中油料費跌[4.6%]", -4.6, "油料费", period=R41_TW_M10),
    r41_tw_pct("燃氣漲[1.2%]", 1.2, "燃气", period=R41_TW_M10),
    r41_tw_pct("10月CPI年增[1.79%]", 1.79, "CPI", period=R41_TW_M10,
               notes="若剔除能源後 a condition saying what is measured, kept out of the name as "
               "核心CPI's 不含…之"),
    # 四、躉售物價指數 (10月)
    row("WPI為[103.27]", 103.27, None, None, "WPI", "actual", R41_TW_M10,
        notes="an index level: no unit, actual"),
    r41_tw_pct("月增率為[-0.42%]", -0.42, "WPI", period=R41_TW_M10),
    r41_tw_pct("年增率為[-2.36%]", -2.36, "WPI", period=R41_TW_M10,
               notes="已連續7個月負成長: a streak, no row"),
    r41_tw_pct("1-10月平均年減[1.15%]", -1.15, "WPI", period=R41_TW_1_10),
    r41_tw_pct("國產內銷品物價年減[1.08%]", -1.08, "国产内销品物价", period=R41_TW_M10),
    r41_tw_pct("石油及煤製品跌[12.7%]", -12.7, "石油及煤制品", period=R41_TW_M10),
    r41_tw_pct("進口物價以新臺幣計價年減[4.72%]", -4.72, "进口物价", period=R41_TW_M10,
               notes=R41_TW_HOW),
    r41_tw_pct("計價則年增[0.85%]", 0.85, "进口物价", period=R41_TW_M10, notes=R41_TW_HOW),
    r41_tw_pct("出口物價以新臺幣計價年減[3.96%]", -3.96, "出口物价", period=R41_TW_M10,
               notes=R41_TW_HOW),
    r41_tw_pct("計價年增[1.74%]", 1.74, "出口物价", period=R41_TW_M10, notes=R41_TW_HOW),
    r41_tw_pct("升值[5.3%]", 5.3, "新台币对美元汇率", period=R41_TW_M10,
               notes="同期 refers to the paragraph's 10月"),
    # 五、國際比較 (同月)
    r41_tw_pct("美國CPI年增[3.0%]", 3.0, "CPI", period=R41_TW_SAME, subject="美国"),
    r41_tw_pct("南韓年增[2.4%]", 2.4, "CPI", period=R41_TW_SAME, subject="南韩",
               notes="an elliptic item that is a place: the place its subject, the change named "
               "by what changes"),
    r41_tw_pct("新加坡年增[0.9%]", 0.9, "CPI", period=R41_TW_SAME, subject="新加坡"),
    r41_tw_pct("（不含生鮮食品）年增[3.1%]", 3.1, "CPI", period=R41_TW_SAME, subject="日本",
               notes="（不含生鮮食品） a scope note in brackets, kept out of the name"),
    row("居[第2]低", 2, None, "位", "CPI涨幅", "rank", R41_TW_SAME,
        notes="亞洲四小龍 a group's name (no row); 我國 the home"),
    r41_tw_pct("平均之[2.5%]", 2.5, "G7国家平均", period=R41_TW_SAME,
               notes="G7 a name; a group of countries, no subject"),
    # 六、展望
    r41_tw_pct("CPI年增率為[1.78%]", 1.78, "CPI", "target", R41_TW_Y114, notes="預測: a forecast"),
    r41_tw_pct("115年為[1.65%]", 1.65, "CPI", "target", R41_TW_Y115),
    row("月薪調升至[29,500元]", 29500, "元", "新台币", "基本工资月薪", "other",
        notes="a standard a rule sets (session 23): other, undated; 115年1月1日起 the rule's; "
        "元 in a Taiwan text is 新台币 (as h18 / h96; corrected after the blind run, first 元)"),
    # 附表 (114年10月)
    *r41_tw_cells("消費者物價總指數", ("109.86", "0.35", "1.48"), "消费者物价总指数"),
    *r41_tw_cells("核心CPI", ("108.41", "0.21", "1.62"), "核心CPI"),
    *r41_tw_cells("食物類", ("115.62", "0.88", "2.31"), "食物类"),
    *r41_tw_cells("躉售物價總指數", ("103.27", "-0.42", "-2.36"), "趸售物价总指数"),
    *r41_tw_cells("進口物價（新臺幣）", ("101.95", "-1.06", "-4.72"), "进口物价"),
    *r41_tw_cells("出口物價（新臺幣）", ("99.48", "-0.73", "-3.96"), "出口物价"),
]

# h126: 南京市发展和改革委员会 and 南京市水务局's notice of a hearing on adjusting the
# 居民生活用水阶梯价格 (宁发改价格〔2025〕318号, 发布日期：2025-11-18; home 南京, 全市 / 我市). A
# price a rule sets, current or proposed (每立方米N元, 由…调整为, 上调, the tiers' ranges of
# 立方米, 每户每月减免, 每增加1人…增加36立方米, the hearing's seats and participants) is the rule's
# parameter: other, undated (session 23's per-unit rates; h94's notice rule), named by what is
# priced (per-unit words dropped, as h29's 进口均价); the 2024 cost audit's figures are results
# (actual / share, 2024年, 当年 its year); 2015年 以来 flows to the reference date, 累计 its
# running total (count_total); the 测算 of the effect a forecast (target, undated: its paragraph
# has no time); the tiers' boundaries 0-180 / 181-260 ranges (value_high), 260立方米以上 at_least.
# Traps: 宁发改价格〔2025〕318号, 浏览次数：2461, 2015年9月1日, 已执行10年 (年 no unit), 三级阶梯 /
# 第一阶梯 (ordinal names), 户籍人口5人及以上 / 年满18周岁 / 超过11名的 (conditions, no rows),
# 1:1.4:2.4 (a ratio of the tiers, borderline), 2026年1月1日起, 2025年12月16日 （星期二）上午9:30,
# 江东中路265号, 三楼, 2025年11月19日至11月28日, 8:30—17:30, 025-68789215, 12345.
R41_NJ = "h126_nanjing_residential_water_price_hearing_notice_2025.txt"
R41_NJ_Y24 = P("2024年", "2024-01-01", "2024-12-31")
R41_NJ_THAT = P("当年", "2024-01-01", "2024-12-31")
R41_NJ_END24 = P("截至2024年底", "2024-12-31", "2024-12-31")
R41_NJ_SINCE = P("2015年以来", "2015-01-01", "2025-11-18")
R41_NJ_RULE = ("a price or quantity the rule sets, current or proposed (as session 23's "
               "per-unit rates): other, undated")
R41_NJ_NOTICE = "the hearing's arrangement, a notice's rule (as h94's 公示期): other, undated"
R41_NJ_EST = "按调整方案测算: a forecast of the effect (target); its paragraph has no time"


def r41_nj_yuan(anchor, value, indicator, **kw):
    """A price in 元 per 立方米 set by the rule (other, undated)."""
    return row(anchor, value, "元", "元", indicator, "other", notes=R41_NJ_RULE, **kw)


def r41_nj_m3(anchor, value, indicator, **kw):
    """A quantity of water the rule sets (立方米; other, undated)."""
    return row(anchor, value, "立方米", "立方米", indicator, "other", notes=R41_NJ_RULE, **kw)


def r41_nj_seat(anchor, value, unit_raw, indicator):
    """The hearing's participants and seats (名 / 个)."""
    return row(anchor, value, unit_raw, unit_raw[-1], indicator, "other", notes=R41_NJ_NOTICE)


LABELS[R41_NJ] = [
    # 一、现行水价及供水成本情况
    r41_nj_yuan("综合水价每立方米[2.85元]（含", 2.85, "第一阶梯综合水价"),
    r41_nj_yuan("（含污水处理费每立方米[1.42元]）", 1.42, "污水处理费"),
    row("公共供水总量[5.86亿立方米]", 5.86, "亿立方米", "立方米", "公共供水总量", "actual",
        R41_NJ_Y24, notes="全市 the home (dropped)"),
    row("售水量[4.97亿立方米]", 4.97, "亿立方米", "立方米", "售水量", "actual", R41_NJ_Y24),
    row("产销差率[15.2%]", 15.2, "%", "%", "产销差率", "share", R41_NJ_Y24),
    row("为每立方米[3.12元]", 3.12, "元", "元", "单位供水成本", "actual", R41_NJ_Y24,
        notes="the audited cost of 2024: a level, actual"),
    row("上涨[41.8%]", 41.8, "%", "%", "单位供水成本", "growth_rate", R41_NJ_Y24,
        notes="比2015年: a base, no period of its own"),
    row("当年亏损[1.37亿元]", 1.37, "亿元", "元", "主要供水企业亏损", "actual", R41_NJ_THAT,
        notes="当年 the audited year 2024"),
    row("居民用户[167.3万户]", 167.3, "万户", "户", "一户一表居民用户", "count_total",
        R41_NJ_END24),
    row("以内的占[86.2%]", 86.2, "%", "%", "年用水量在180立方米以内", "share", R41_NJ_END24,
        notes="其中…的占: the clause's own words (as h75)"),
    row("在[180立方米以内]的", 180, "立方米", "立方米", "年用水量", "other", R41_NJ_END24,
        "at_most", "以内", borderline=True,
        notes="borderline: the bound of a class (as h120's 超过800毫米)"),
    row("新建改造供水管网[2860公里]", 2860, "公里", "公里", "新建改造供水管网", "actual",
        R41_NJ_SINCE),
    row("累计投入资金[68.4亿元]", 68.4, "亿元", "元", "投入资金", "count_total", R41_NJ_SINCE,
        notes="累计: a running total of the span (2015年以来)"),
    row("普及率达到[100%]", 100, "%", "%", "城市公共供水普及率", "share", qual="reach",
        qtext="达到", notes="a level now, in a sentence whose 以来 scopes its flows: undated"),
    row("综合合格率保持[100%]", 100, "%", "%", "出厂水水质综合合格率", "share",
        notes="a level now: undated"),
    # 二、调整方案
    r41_nj_m3("第一阶梯年用水量[0-180立方米]", 0, "第一阶梯年用水量", high=180),
    r41_nj_m3("第二阶梯年用水量[181-260立方米]", 181, "第二阶梯年用水量", high=260),
    r41_nj_m3("第三阶梯年用水量[260立方米以上]", 260, "第三阶梯年用水量", qual="at_least",
              qtext="以上"),
    r41_nj_m3("基数增加[36立方米]", 36, "各阶梯年用水量基数"),
    r41_nj_yuan("水价由每立方米[2.85元]", 2.85, "第一阶梯综合水价"),
    r41_nj_yuan("调整为[3.25元]", 3.25, "第一阶梯综合水价"),
    r41_nj_yuan("上调[0.40元]", 0.40, "第一阶梯综合水价"),
    r41_nj_yuan("第二阶梯由每立方米[3.96元]", 3.96, "第二阶梯"),
    r41_nj_yuan("调整为[4.52元]", 4.52, "第二阶梯"),
    r41_nj_yuan("第三阶梯由每立方米[6.18元]", 6.18, "第三阶梯"),
    r41_nj_yuan("调整为[7.85元]", 7.85, "第三阶梯"),
    row("1:[1.4]:2.4", 1.4, None, None, "三级阶梯比价", "other", qual="about", qtext="约",
        borderline=True, notes="borderline: a ratio of the tiers' prices (1:N:M)"),
    row("1:1.4:[2.4]", 2.4, None, None, "三级阶梯比价", "other", qual="about", qtext="约",
        borderline=True, notes="borderline: a ratio of the tiers' prices (1:N:M)"),
    r41_nj_yuan("费标准由每立方米[1.42元]", 1.42, "居民污水处理费标准"),
    r41_nj_yuan("调整为每立方米[1.65元]", 1.65, "居民污水处理费标准"),
    r41_nj_yuan("由每立方米[3.95元]", 3.95, "非居民用水价格"),
    r41_nj_yuan("调整为[4.60元]", 4.60, "非居民用水价格"),
    r41_nj_yuan("由每立方米[14.50元]", 14.50, "特种用水价格"),
    r41_nj_yuan("调整为[18.00元]", 18.00, "特种用水价格"),
    r41_nj_m3("每户每月减免[5立方米]", 5, "减免水费"),
    row("全市[约3.8万户]", 3.8, "万户", "户", "低保及特困家庭", "count_total", qual="about",
        qtext="约", notes="the beneficiaries' own count, named by their noun (session 23); a "
        "stock with no time: undated"),
    row("每年需资金[约1100万元]", 1100, "万元", "元", "需资金", "target", qual="about",
        qtext="约", notes="预计: a forecast; 每年 a yearly amount (no period, as h118's 每年安排)"),
    # 三、调价影响测算
    row("增加[约5.9元]", 5.9, "元", "元", "居民户均每月水费支出", "target", qual="about",
        qtext="约", notes=R41_NJ_EST),
    row("可支配收入的[0.09%]", 0.09, "%", "%", "居民户均每月水费支出占城镇居民月人均可支配收入",
        "target", notes=R41_NJ_EST + "; 我市 the home (dropped)"),
    row("年增收[约2.1亿元]", 2.1, "亿元", "元", "供水企业年增收", "target", qual="about",
        qtext="约", notes=R41_NJ_EST),
    # 四、听证会安排
    r41_nj_seat("共[25名]", 25, "名", "听证会参加人"),
    r41_nj_seat("消费者参加人[11名]", 11, "名", "消费者参加人"),
    r41_nj_seat("经营者参加人[2名]", 2, "名", "经营者参加人"),
    r41_nj_seat("专家学者[4名]", 4, "名", "专家学者"),
    r41_nj_seat("代表等[8名]", 8, "名", "其他利益相关方及政府部门代表"),
    r41_nj_seat("设旁听席[10个]", 10, "个", "设旁听席"),
]

# h127: 湖南省人大常委会执法检查组's report on the 安全生产法
# (——2025年11月26日在湖南省第十四届人民代表 大会常务委员会第二十次会议上; home 湖南, 全省). The
# inspection 8月至9月 (its visits and checks flows, actual); 2024年 and 2025年1-9月 accidents as
# h86 (发生生产安全事故 起 / 死亡 人 with 同比分别下降, 较大事故 with 同比减少 (actual, signed));
# “十四五”以来 to the reference date (X以来), its 累计分别下降 rates;
# 亿元地区生产总值生产安全事故死亡率 由2020年的…下降至2024年的 (shares with no unit, as h86, each
# dated by its year); the responsibility section's stocks with no time undated; 2024年以来 累计
# 排查 with its coordinated clauses running totals (session 24: one 累计 governs them); 2024年 投入
# 亿元 vs 省级专项资金 3800万元; the 6个市（州） after an exhaustive list borderline (a total of
# the list); problems and suggestions with no figures but a scope (抽查的97家企业中, borderline)
# and its members. Traps: 2025年11月26日, 第十四届 / 第二十次会议, 2025年度, 连续28个月 (a streak),
# 三年行动 (a plan's length), 第二十一条, “安全宣传五进”, 一是…四是 / 一要…四要.
R41_HN = "h127_hunan_npc_work_safety_law_inspection_report_2025.txt"
R41_HN_TRIP = P("8月至9月", "2025-08-01", "2025-09-30")
R41_HN_Y24 = P("2024年", "2024-01-01", "2024-12-31")
R41_HN_9M = P("2025年1-9月", "2025-01-01", "2025-09-30")
R41_HN_14FYP = P("“十四五”以来", "2021-01-01", "2025-11-26")
R41_HN_Y20 = P("2020年", "2020-01-01", "2020-12-31")
R41_HN_SINCE24 = P("2024年以来", "2024-01-01", "2025-11-26")
R41_HN_TRIP_NOTE = "the inspection's work: a flow of the paragraph's 8月至9月"
R41_HN_RUN = ("one 累计 governs the coordinated clauses after it (same agent and span, no frame of "
              "their own): running totals (session 24)")


def r41_hn(anchor, value, unit_raw, indicator, kind="actual", period=R41_HN_Y24, **kw):
    """A count or amount; the unit is unit_raw without its multiplier (万 / 亿)."""
    unit = unit_raw.removeprefix("万").removeprefix("亿")
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r41_hn_pct(anchor, value, indicator, kind="growth_rate", period=R41_HN_Y24, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


LABELS[R41_HN] = [
    # the inspection, 8月至9月
    r41_hn("郴州[6个市（州）]", 6, "个", "市（州）", period=R41_HN_TRIP, borderline=True,
           notes="borderline: a count that only totals the exhaustive list before it"),
    r41_hn("深入[18个县（市、区）]", 18, "个", "深入县（市、区）", period=R41_HN_TRIP,
           notes=R41_HN_TRIP_NOTE),
    r41_hn("实地检查企业[97家]", 97, "家", "实地检查企业", period=R41_HN_TRIP,
           notes=R41_HN_TRIP_NOTE),
    r41_hn("召开座谈会[21场]", 21, "场", "召开座谈会", period=R41_HN_TRIP),
    r41_hn("随机暗访企业[23家]", 23, "家", "随机暗访企业", period=R41_HN_TRIP),
    r41_hn("委托其他[8个市州]", 8, "个", "委托市州人大常委会", period=R41_HN_TRIP,
           notes="其他 a modifier before the number (dropped); the verb governs the count"),
    # （一）2024年
    r41_hn("生产安全事故[1286起]", 1286, "起", "发生生产安全事故",
           notes="全省 and 共 dropped (as h86)"),
    r41_hn("死亡[947人]", 947, "人", "死亡"),
    r41_hn_pct("分别下降[12.6%]", -12.6, "发生生产安全事故", notes="a 分别 pair (as h86)"),
    r41_hn_pct("12.6%和[10.3%]", -10.3, "死亡"),
    r41_hn("发生较大事故[9起]", 9, "起", "发生较大事故"),
    r41_hn("同比减少[4起]", -4, "起", "发生较大事故",
           notes="an absolute change of a count: actual, signed (as h22 / h32)"),
    # 2025年1-9月
    r41_hn("发生生产安全事故[872起]", 872, "起", "发生生产安全事故", period=R41_HN_9M),
    r41_hn("死亡[641人]", 641, "人", "死亡", period=R41_HN_9M),
    r41_hn_pct("分别下降[9.8%]", -9.8, "发生生产安全事故", period=R41_HN_9M),
    r41_hn_pct("9.8%和[8.4%]", -8.4, "死亡", period=R41_HN_9M),
    r41_hn("较大事故[5起]", 5, "起", "较大事故", period=R41_HN_9M,
           notes="an elliptic item: its own words (session 20)"),
    # “十四五”以来
    r41_hn_pct("累计分别下降[37.2%]", -37.2, "事故起数", period=R41_HN_14FYP,
               notes="X以来: X's start to the reference date; 累计 a frame word"),
    r41_hn_pct("37.2%和[33.5%]", -33.5, "死亡人数", period=R41_HN_14FYP),
    row("由2020年的[0.032]", 0.032, None, None, "亿元地区生产总值生产安全事故死亡率", "share",
        R41_HN_Y20, notes="a rate with no unit (as h86), dated by its own year"),
    row("2024年的[0.019]", 0.019, None, None, "亿元地区生产总值生产安全事故死亡率", "share",
        R41_HN_Y24),
    # （二）责任体系 (no time: stocks undated)
    r41_hn("全省[14个市州]", 14, "个", "市州制定党政领导干部安全生产责任清单", "count_total",
           NONE, notes="members that did the deed (doer + deed, count_total); no time: undated"),
    r41_hn("[122个县市区]全部", 122, "个", "县市区制定党政领导干部安全生产责任清单",
           "count_total", NONE),
    r41_hn("成员单位达到[4860个]", 4860, "个", "各级安全生产委员会成员单位", "count_total",
           NONE, qual="reach", qtext="达到"),
    r41_hn_pct("权重不低于[3%]", 3, "权重", "other", NONE, qual="at_least", qtext="不低于",
               notes="a rule's parameter (the weight in the appraisal): other, undated"),
    # （三）隐患排查, 2024年以来 累计
    r41_hn("排查一般事故隐患[48.6万项]", 48.6, "万项", "排查一般事故隐患", "count_total",
           R41_HN_SINCE24, notes="累计: a running total of the span (2024年以来)"),
    r41_hn_pct("整改率达到[98.7%]", 98.7, "整改率", "share", R41_HN_SINCE24, qual="reach",
               qtext="达到"),
    r41_hn("排查重大事故隐患[1273项]", 1273, "项", "排查重大事故隐患", "count_total",
           R41_HN_SINCE24, notes=R41_HN_RUN),
    r41_hn("已整改[1219项]", 1219, "项", "已整改", "count_total", R41_HN_SINCE24,
           notes=R41_HN_RUN + "; 已 as written (as h116's 已纠正)"),
    r41_hn_pct("整改率为[95.8%]", 95.8, "整改率", "share", R41_HN_SINCE24),
    r41_hn("对全省[1.2万家]", 1.2, "万家", "重点企业", period=R41_HN_9M,
           notes="对 dropped; the beneficiaries' count named by their noun (session 23)"),
    # （四）安全投入, 2024年
    r41_hn("安全生产相关资金[42.6亿元]", 42.6, "亿元", "各级财政安排安全生产相关资金"),
    r41_hn_pct("同比增长[8.3%]", 8.3, "各级财政安排安全生产相关资金"),
    r41_hn("省级专项资金[3800万元]", 3800, "万元", "省级专项资金",
           notes="其中 a frame word; 万元 after 亿元"),
    r41_hn("提取安全生产费用[156.8亿元]", 156.8, "亿元", "规模以上工业企业提取安全生产费用"),
    r41_hn("应急救援基地[5个]", 5, "个", "建成省级应急救援基地",
           notes="a flow of the paragraph's 2024年 (建成, no 累计)"),
    r41_hn("救援队伍达到[326支]", 326, "支", "专业救援队伍", "count_total", qual="reach",
           qtext="达到", notes="a stock: the paragraph's 2024年"),
    r41_hn("326支、[1.48万人]", 1.48, "万人", "专业救援队伍", "count_total",
           notes="the teams' members, same name"),
    # （五）执法监管, 2024年
    r41_hn("执法检查企业[5.27万家次]", 5.27, "万家次", "各级应急管理部门执法检查企业",
           notes="the agent kept (session 20)"),
    r41_hn("查处违法行为[1.86万项]", 1.86, "万项", "查处违法行为"),
    r41_hn("行政处罚罚款[2.14亿元]", 2.14, "亿元", "实施行政处罚罚款"),
    r41_hn_pct("同比增长[16.2%]", 16.2, "实施行政处罚罚款"),
    r41_hn("移送司法机关案件[67件]", 67, "件", "移送司法机关案件"),
    r41_hn("安全管理人员[31.4万人次]", 31.4, "万人次", "培训企业主要负责人和安全管理人员",
           "count_total", notes="累计 over the paragraph's 2024年: a running total of the span"),
    # （六）配套法规, “十四五”以来
    r41_hn("等地方性法规[4部]", 4, "部", "制定修订地方性法规", period=R41_HN_14FYP,
           notes="a count after 等 adds information: scored"),
    r41_hn("出台相关规章[2部]", 2, "部", "省政府出台相关规章", period=R41_HN_14FYP),
    r41_hn("规范性文件[60余件]", 60, "件", "各市州出台配套规范性文件", period=R41_HN_14FYP,
           qual="plus", qtext="余"),
    # 二、存在的主要问题 (no time)
    r41_hn("抽查的[97家]", 97, "家", "企业", "count_total", NONE, borderline=True, notes=SCOPE),
    r41_hn("有[41家]存在", 41, "家", "存在安全培训流于形式问题的企业", "count_total", NONE,
           notes="members of the scope: deed的X (session 20)"),
]


# ---------------------------------------------------------------------------------------------
# Round 42 (h128-h130), written and labelled by helper B42 by reading, before the extractor ran
# on them.
#
# h128: 南昌海关's release on 江西's foreign trade for 前10个月 2025 (发布时间：2025-11-21 15:30;
# home 江西, 全省 / 我省): 货物贸易进出口总值 亿元 with 同比, the 美元 figure in brackets after
# each 人民币 one (（折合…亿美元，下同）, （…亿美元）, （以美元计增长 / 下降…）: their own rows, unit
# 美元, named as the figure they convert, as h110's 以美元计价), 出口 / 进口 / 贸易顺差 扩大, 10月份
# with 同比 and 环比下降 (named as its 同比 twin, as h29's 比上月); partners 东盟 / 欧盟 (第一大 /
# 第二大贸易伙伴: a rank fused into a name, borderline, as h110) / 美国 (下降, 占比 回落…个百分点)
# / 韩国、日本 in a 分别 pair of falls / 共建“一带一路”国家 with 拉动 (X拉动Y, other); trade modes
# (以 dropped, as h29), 民营企业 with 占 and 拉动, 外商投资企业 / 国有企业 falls, 有进出口实绩的外贸
# 企业 (count_total, as h29); 设区市 (赣州市 / elliptic 南昌市 / 九江市: subjects, bare; 规模居全省
# 首位 a rank with no numeral, borderline); 出口机电产品 with 其中 elliptic goods (HS编码8507 a
# code), 劳动密集型产品 after a list with 等, 农产品; 进口铜矿砂 万吨 with 价值; 表1, a tab-separated
# table of the months (月份 | 进出口 | 出口 | 进口 | 进出口同比（%）; 单位：亿元人民币 on its own line):
# each cell named by its column head, the 同比 column by the head's 进出口, dated by its row's
# month(s) (1-2月 combined, 1-10月 the span), unit from the 单位 line; 通关时间 小时 in a 分别 pair.
# Traps: 2025-11-21 15:30, 浏览次数：2147, 【字体：大 中 小】, 连续8个月 (a streak), 一、…四、,
# HS编码8507, 十条措施 (a policy's name), 第138届, 注：1.-3., 0791- phone, a related link repeating
# the table's 9月 rate (borderline, page furniture, as h29), 2025年第3季度 in a link.
R42_JX = "h128_jiangxi_customs_trade_jan_oct_2025.txt"
R42_JX_10 = P("前10个月", "2025-01-01", "2025-10-31")
R42_JX_TITLE = P("前10个月", "2025-01-01", "2025-10-31")  # the headline's
R42_JX_OCT = P("10月份", "2025-10-01", "2025-10-31")
R42_JX_SAME = P("同期", "2025-01-01", "2025-10-31")
R42_JX_USD = ("a bracketed 美元 figure (括号内为以美元计价的数值): its own row, unit 美元, named "
              "as the 人民币 figure it converts (as h110's 以美元计价)")
R42_JX_CONT = "a contribution (拉动…增长…个百分点): other, named X拉动Y (as h29)"
R42_JX_RANK = "borderline: a rank fused into a name (第N大贸易伙伴, as h110)"
R42_JX_CELL = ("表1's cell: named by its column head (the 同比 column by its head's 进出口), dated "
               "by the row's month(s), unit from the table's 单位 line (亿元人民币)")
R42_JX_MONTHS = {
    "1-2月": ("2025-01-01", "2025-02-28"), "3月": ("2025-03-01", "2025-03-31"),
    "4月": ("2025-04-01", "2025-04-30"), "5月": ("2025-05-01", "2025-05-31"),
    "6月": ("2025-06-01", "2025-06-30"), "7月": ("2025-07-01", "2025-07-31"),
    "8月": ("2025-08-01", "2025-08-31"), "9月": ("2025-09-01", "2025-09-30"),
    "10月": ("2025-10-01", "2025-10-31"), "1-10月": ("2025-01-01", "2025-10-31"),
}


def r42_jx(anchor, value, indicator, period=R42_JX_10, unit_raw="亿元", unit="元", **kw):
    """A flow of the span in 亿元 (or 亿美元 / 万吨 / 家 / 小时): actual."""
    kind = kw.pop("kind", "actual")
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r42_jx_usd(anchor, value, indicator, period=R42_JX_10):
    return row(anchor, value, "亿美元", "美元", indicator, "actual", period, notes=R42_JX_USD)


def r42_jx_g(anchor, value, indicator, period=R42_JX_10, **kw):
    """A rate of change in % (同比 / 环比, signed)."""
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


def r42_jx_s(anchor, value, indicator, period=R42_JX_10, **kw):
    return row(anchor, value, "%", "%", indicator, "share", period, **kw)


def r42_jx_pp(anchor, value, indicator, kind="growth_rate", period=R42_JX_10, **kw):
    return row(anchor, value, "个百分点", "百分点", indicator, kind, period, **kw)


def r42_jx_month(head, total, exports, imports, rate):
    """One row of 表1: 进出口 / 出口 / 进口 (亿元) and 进出口同比（%）, dated by the row's month."""
    period = P(head, *R42_JX_MONTHS[head])
    cells = [row(table_cell(R42_JX, head, number), float(number), "亿元", "元", name, "actual",
                 period, notes=R42_JX_CELL)
             for number, name in ((total, "进出口"), (exports, "出口"), (imports, "进口"))]
    return cells + [row(table_cell(R42_JX, head, rate), float(rate), "%", "%", "进出口",
                        "growth_rate", period, notes=R42_JX_CELL)]


LABELS[R42_JX] = [
    # the headline (repeats the lead's figures: mentions like any other, as h29)
    r42_jx("外贸进出口[4628.5亿元] 增长", 4628.5, "外贸进出口", R42_JX_TITLE,
           notes="the headline repeats the lead: a mention like any other (as h29)"),
    r42_jx_g("亿元 增长[3.6%]", 3.6, "外贸进出口", R42_JX_TITLE),
    # 前10个月
    r42_jx("进出口总值[4628.5亿元]（折合", 4628.5, "货物贸易进出口总值",
           notes="江西省 the home (dropped)"),
    r42_jx_usd("（折合[644.6亿美元]，下同）", 644.6, "货物贸易进出口总值"),
    r42_jx_g("同比增长[3.6%]（以美元计", 3.6, "货物贸易进出口总值"),
    r42_jx_g("（以美元计增长[3.1%]）。其中", 3.1, "货物贸易进出口总值",
             notes="以美元计 says how it is measured (dropped, as h110)"),
    r42_jx("其中，出口[3176.4亿元]", 3176.4, "出口"),
    r42_jx_usd("（[442.4亿美元]）", 442.4, "出口"),
    r42_jx_g("增长[5.8%]（以美元计", 5.8, "出口"),
    r42_jx_g("以美元计增长[5.3%]）；进口", 5.3, "出口"),
    r42_jx("进口[1452.1亿元]", 1452.1, "进口"),
    r42_jx_usd("（[202.2亿美元]）", 202.2, "进口"),
    r42_jx_g("下降[0.9%]（以美元计", -0.9, "进口"),
    r42_jx_g("以美元计下降[1.4%]", -1.4, "进口"),
    r42_jx("贸易顺差[1724.3亿元]", 1724.3, "贸易顺差"),
    r42_jx_g("扩大[12.2%]", 12.2, "贸易顺差"),
    # 10月份
    r42_jx("全省进出口[468.3亿元]", 468.3, "进出口", R42_JX_OCT, notes="全省 the home (dropped)"),
    r42_jx_usd("（[65.8亿美元]）", 65.8, "进出口", R42_JX_OCT),
    r42_jx_g("同比增长[2.1%]，环比", 2.1, "进出口", R42_JX_OCT),
    r42_jx_g("环比下降[3.2%]", -3.2, "进出口", R42_JX_OCT,
             notes="环比: against the month before, named as its 同比 twin (as h29's 比上月)"),
    r42_jx("，出口[318.6亿元]", 318.6, "出口", R42_JX_OCT),
    r42_jx_usd("（[44.8亿美元]）", 44.8, "出口", R42_JX_OCT),
    r42_jx_g("增长[4.5%]；进口", 4.5, "出口", R42_JX_OCT),
    r42_jx("进口[149.7亿元]", 149.7, "进口", R42_JX_OCT),
    r42_jx_usd("（[21.0亿美元]）", 21.0, "进口", R42_JX_OCT),
    r42_jx_g("下降[2.7%]。全省", -2.7, "进口", R42_JX_OCT,
             notes="连续8个月保持同比增长 after it: a streak, no row"),
    # 一、partners (前10个月)
    row("东盟为我省[第一大]", 1, None, "位", "东盟", "rank", R42_JX_10, borderline=True,
        notes=R42_JX_RANK),
    r42_jx("对东盟进出口[812.4亿元]", 812.4, "东盟进出口",
           notes="对 dropped; a trade partner is no subject (as h29)"),
    r42_jx_g("增长[11.3%]", 11.3, "东盟进出口"),
    r42_jx_s("外贸总值的[17.6%]", 17.6, "东盟进出口占全省外贸总值"),
    row("欧盟为我省[第二大]", 2, None, "位", "欧盟", "rank", R42_JX_10, borderline=True,
        notes=R42_JX_RANK),
    r42_jx("对欧盟进出口[628.7亿元]", 628.7, "欧盟进出口"),
    r42_jx_g("增长[2.4%]", 2.4, "欧盟进出口"),
    r42_jx_s("占[13.6%]", 13.6, "欧盟进出口占比", notes="an elliptic 占N%: …占比 (as h29)"),
    r42_jx("对美国进出口[546.2亿元]", 546.2, "美国进出口"),
    r42_jx_g("下降[8.7%]", -8.7, "美国进出口"),
    r42_jx_s("占[11.8%]", 11.8, "美国进出口占比"),
    r42_jx_pp("回落[1.6个百分点]", -1.6, "美国进出口占比",
              notes="a share's change since 去年同期 (回落: signed), named as the share (as h29)"),
    r42_jx("分别进出口[158.4亿元]", 158.4, "韩国进出口", notes="a 分别 pair of partners"),
    r42_jx("158.4亿元、[97.6亿元]", 97.6, "日本进出口"),
    r42_jx_g("分别下降[5.1%]", -5.1, "韩国进出口"),
    r42_jx_g("5.1%、[2.3%]", -2.3, "日本进出口"),
    r42_jx("国家进出口[2395.6亿元]", 2395.6, "共建“一带一路”国家进出口", R42_JX_SAME),
    r42_jx_g("增长[6.8%]", 6.8, "共建“一带一路”国家进出口", R42_JX_SAME),
    r42_jx_s("占[51.8%]", 51.8, "共建“一带一路”国家进出口占比", R42_JX_SAME),
    r42_jx_pp("拉动全省外贸增长[3.4个百分点]", 3.4, "共建“一带一路”国家进出口拉动全省外贸",
              "other", R42_JX_SAME, notes=R42_JX_CONT),
    # 二、trade modes and enterprises
    r42_jx("一般贸易方式进出口[3512.7亿元]", 3512.7, "一般贸易方式进出口",
           notes="a leading 以 is no part (as h29)"),
    r42_jx_g("增长[5.9%]", 5.9, "一般贸易方式进出口"),
    r42_jx_s("外贸总值的[75.9%]", 75.9, "一般贸易方式进出口占全省外贸总值"),
    r42_jx_pp("提升[1.7个百分点]", 1.7, "一般贸易方式进出口占全省外贸总值"),
    r42_jx("加工贸易方式进出口[598.4亿元]", 598.4, "加工贸易方式进出口"),
    r42_jx_g("下降[6.2%]", -6.2, "加工贸易方式进出口"),
    r42_jx_s("占[12.9%]", 12.9, "加工贸易方式进出口占比"),
    r42_jx("保税物流方式进出口[482.6亿元]", 482.6, "保税物流方式进出口"),
    r42_jx_g("增长[3.8%]", 3.8, "保税物流方式进出口"),
    r42_jx("民营企业进出口[3749.1亿元]", 3749.1, "民营企业进出口", R42_JX_SAME),
    r42_jx_g("增长[6.4%]", 6.4, "民营企业进出口", R42_JX_SAME),
    r42_jx_s("外贸总值的[81.0%]", 81.0, "民营企业进出口占全省外贸总值", R42_JX_SAME),
    r42_jx_pp("拉动全省外贸增长[5.0个百分点]", 5.0, "民营企业进出口拉动全省外贸", "other",
              R42_JX_SAME, notes=R42_JX_CONT),
    r42_jx("外商投资企业进出口[612.3亿元]", 612.3, "外商投资企业进出口", R42_JX_SAME),
    r42_jx_g("下降[2.8%]", -2.8, "外商投资企业进出口", R42_JX_SAME),
    r42_jx("国有企业进出口[263.9亿元]", 263.9, "国有企业进出口", R42_JX_SAME),
    r42_jx_g("下降[4.5%]", -4.5, "国有企业进出口", R42_JX_SAME),
    r42_jx("外贸企业[6218家]", 6218, "进出口实绩的外贸企业", R42_JX_SAME, unit_raw="家",
           unit="家", kind="count_total",
           notes="as h29's (全省 the home and a leading 有 no part); the paragraph's 同期"),
    r42_jx("同比增加[347家]", 347, "进出口实绩的外贸企业", R42_JX_SAME, unit_raw="家", unit="家"),
    r42_jx("赣州市进出口[1086.4亿元]", 1086.4, "进出口", R42_JX_SAME, subject="赣州",
           notes="分设区市看: a city is the subject, written bare (session 20)"),
    r42_jx_g("增长[8.2%]", 8.2, "进出口", R42_JX_SAME, subject="赣州"),
    row("规模居全省[首位]", 1, None, "位", "进出口规模", "rank", R42_JX_SAME, subject="赣州",
        borderline=True, notes="borderline: a rank without a numeral (首位)"),
    r42_jx("南昌市[978.2亿元]", 978.2, "进出口", R42_JX_SAME, subject="南昌",
           notes="an elliptic item that is a place: the place its subject, the measure the "
           "list's (as h111 / h125)"),
    r42_jx_g("增长[1.5%]", 1.5, "进出口", R42_JX_SAME, subject="南昌"),
    r42_jx("九江市[652.7亿元]", 652.7, "进出口", R42_JX_SAME, subject="九江"),
    r42_jx_g("下降[4.3%]", -4.3, "进出口", R42_JX_SAME, subject="九江"),
    # 三、goods exported
    r42_jx("出口机电产品[1583.2亿元]", 1583.2, "出口机电产品"),
    r42_jx_g("增长[9.6%]", 9.6, "出口机电产品"),
    r42_jx_s("占出口总值的[49.8%]", 49.8, "出口机电产品占出口总值"),
    r42_jx("电子元件出口[142.8亿元]", 142.8, "电子元件出口", notes="其中 a frame word"),
    r42_jx_g("增长[18.7%]", 18.7, "电子元件出口"),
    r42_jx("汽车出口[98.6亿元]", 98.6, "汽车出口"),
    r42_jx_g("增长[36.2%]", 36.2, "汽车出口"),
    r42_jx("）出口[186.5亿元]", 186.5, "锂离子蓄电池出口",
           notes="（HS编码8507） a code, no number (as h29)"),
    r42_jx_g("下降[12.4%]", -12.4, "锂离子蓄电池出口"),
    r42_jx("太阳能电池出口[124.3亿元]", 124.3, "太阳能电池出口"),
    r42_jx_g("下降[21.6%]", -21.6, "太阳能电池出口"),
    r42_jx("劳动密集型产品[846.5亿元]", 846.5, "出口劳动密集型产品", R42_JX_SAME,
           notes="the examples before 等 dropped (as h29)"),
    r42_jx_g("增长[1.2%]", 1.2, "出口劳动密集型产品", R42_JX_SAME),
    r42_jx_s("出口总值的[26.6%]", 26.6, "出口劳动密集型产品占出口总值", R42_JX_SAME),
    r42_jx("出口农产品[86.4亿元]", 86.4, "出口农产品", R42_JX_SAME),
    r42_jx_g("增长[7.9%]", 7.9, "出口农产品", R42_JX_SAME),
    # 四、imports
    r42_jx("进口铜矿砂[326.8万吨]", 326.8, "进口铜矿砂", unit_raw="万吨", unit="吨"),
    r42_jx_g("增加[4.6%]", 4.6, "进口铜矿砂"),
    r42_jx("价值[412.5亿元]", 412.5, "进口铜矿砂价值", notes="as h29's 进口金属矿及矿砂价值"),
    r42_jx_g("增长[12.3%]", 12.3, "进口铜矿砂价值"),
    r42_jx("进口机电产品[398.6亿元]", 398.6, "进口机电产品"),
    r42_jx_g("增长[6.1%]", 6.1, "进口机电产品"),
    r42_jx("进口农产品[124.6亿元]", 124.6, "进口农产品"),
    r42_jx_g("下降[4.2%]", -4.2, "进口农产品"),
    # 表1
    *r42_jx_month("1-2月", "812.6", "556.4", "256.2", "2.8"),
    *r42_jx_month("3月", "452.7", "306.8", "145.9", "5.1"),
    *r42_jx_month("4月", "468.2", "320.4", "147.8", "4.3"),
    *r42_jx_month("5月", "471.5", "325.6", "145.9", "6.7"),
    *r42_jx_month("6月", "489.3", "337.1", "152.2", "3.9"),
    *r42_jx_month("7月", "486.9", "335.4", "151.5", "2.6"),
    *r42_jx_month("8月", "495.1", "344.5", "150.6", "4.8"),
    *r42_jx_month("9月", "483.9", "331.6", "152.3", "1.7"),
    *r42_jx_month("10月", "468.3", "318.6", "149.7", "2.1"),
    *r42_jx_month("1-10月", "4628.5", "3176.4", "1452.1", "3.6"),
    # the closing paragraph (前10个月)
    r42_jx("分别为[26.4小时]", 26.4, "进口整体通关时间", unit_raw="小时", unit="小时",
           notes="a 分别 pair (as h29); 十条措施 a policy's name and 第138届 an edition, no rows"),
    r42_jx("26.4小时和[0.8小时]", 0.8, "出口整体通关时间", unit_raw="小时", unit="小时"),
    # 相关链接
    r42_jx_g("外贸进出口同比增长[1.7%]", 1.7, "外贸进出口", P("9月份", "2025-09-01", "2025-09-30"),
             borderline=True, notes="borderline: a related-reading link (page furniture), as h29"),
]

# h129: 陕西省卫生健康委员会's 2024年陕西省卫生健康事业发展统计公报 (发布时间：2025-09-12 09:30; home
# 陕西, 全省), a yearly report on 2024 in the form of h27: 年末 / 2024年末 stocks (机构 with 其中
# lists and 按等级分, 床位 with 其中 and elliptic 占N% (…占比), 卫生人员 with 其中, 每千人口 /
# 每万人口 densities: actual), 医护比为1:1.26 (a unitless ratio: 1.26 a share named 医护比, the base
# 1 no row, as h107's 生师比), 全年 flows (诊疗人次 with its 其中 items named by their own words,
# 入院人数, 住院率), 二(二)(三) with no time expression (the title's year: rates and levels compared
# with 比上年, as h27's relabel), 中医类医院 with an elliptic `床位3.62万张` (its own words: the
# agent of the clause before is not borrowed, session 20), /10万 rates (unit 1/10万) and a change
# in 个十万分点, ‰ rates in a 分别 pair, 保持在90%以上 (a level, at_least), 87个县（市、区） 全部
# (the province's whole set: borderline, as h76's 600个行政村), 2024年 人均预期寿命 岁; 表1, a
# tab-separated table (指标名称 | 单位 | 2024年 | 2023年 | 增减量): each cell named by its row
# (其中： dropped), the 2024年 / 2023年 columns dated by their heads (the year, stocks included, as
# h28's 2023年完成值), kinds as the text's; the 增减量 column the change over 2024 (dated 2024年):
# counts, densities, days and years actual in the row's unit, rates growth_rate in 百分点 / 十万分点 /
# 千分点 (注3 says so); 注2's 2024年末全省常住人口 a stock (as h84's base). Traps: 2025-09-12
# 09:30, 浏览次数：3086, “健康陕西2030”, 三级 / 二级 / 一级 / 三级甲等 grades, 5岁以下 / 3岁以下
# ages, 1:1.26's 1, 每千人口 / 每万人口, 注：1.-3., 029- phone.
R42_SX = "h129_shaanxi_health_statistics_bulletin_2024.txt"
R42_SX_E = P("2024年末", "2024-12-31", "2024-12-31")
R42_SX_YE = P("年末", "2024-12-31", "2024-12-31")
R42_SX_F = P("全年", "2024-01-01", "2024-12-31")
R42_SX_Y = P("2024年", "2024-01-01", "2024-12-31")  # the title's year (二(二)(三)); 六's own
R42_SX_T23 = P("2023年", "2023-01-01", "2023-12-31")
R42_SX_TITLE = ("no time expression in its paragraph: a rate or level compared with 比上年 in a "
                "yearly report takes the title's year (as h27)")
R42_SX_CELL = "表1's cell: named by its row (其中： dropped), dated by its column's head"
R42_SX_DIFF = ("表1's 增减量 (2024年 less 2023年): the change over 2024, in the row's unit (a "
               "rate's in 百分点 / 十万分点 / 千分点, 注3)")


def r42_sx(anchor, value, unit_raw, unit, indicator, kind="count_total", period=R42_SX_YE, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r42_sx_n(anchor, value, indicator, period=R42_SX_E, **kw):
    """A number of institutions at the year's end (个)."""
    return r42_sx(anchor, value, "个", "个", indicator, period=period, **kw)


def r42_sx_s(anchor, value, indicator, period=R42_SX_F, unit_raw="%", unit="%", **kw):
    return row(anchor, value, unit_raw, unit, indicator, "share", period, **kw)


def r42_sx_g(anchor, value, indicator, period=R42_SX_F, **kw):
    return row(anchor, value, "%", "%", indicator, "growth_rate", period, **kw)


# a row of 表1: head, unit_raw, unit, level kind, change unit_raw / unit / kind
R42_SX_ROWS = {
    "医疗卫生机构总数": ("个", "个", "count_total", "个", "个", "actual"),
    "其中：医院": ("个", "个", "count_total", "个", "个", "actual"),
    "基层医疗卫生机构": ("个", "个", "count_total", "个", "个", "actual"),
    "医疗卫生机构床位数": ("万张", "张", "count_total", "万张", "张", "actual"),
    "每千人口床位数": ("张", "张", "actual", "张", "张", "actual"),
    "卫生技术人员": ("万人", "人", "count_total", "万人", "人", "actual"),
    "其中：执业（助理）医师": ("万人", "人", "count_total", "万人", "人", "actual"),
    "注册护士": ("万人", "人", "count_total", "万人", "人", "actual"),
    "每千人口执业（助理）医师": ("人", "人", "actual", "人", "人", "actual"),
    "每千人口注册护士": ("人", "人", "actual", "人", "人", "actual"),
    "总诊疗人次": ("亿人次", "人次", "actual", "亿人次", "人次", "actual"),
    "入院人数": ("万人", "人", "actual", "万人", "人", "actual"),
    "病床使用率": ("%", "%", "share", "百分点", "百分点", "growth_rate"),
    "出院者平均住院日": ("日", "天", "actual", "日", "天", "actual"),
    "孕产妇死亡率": ("1/10万", "1/10万", "share", "十万分点", "十万分点", "growth_rate"),
    "婴儿死亡率": ("‰", "‰", "share", "千分点", "千分点", "growth_rate"),
    "人均预期寿命": ("岁", "岁", "actual", "岁", "岁", "actual"),
}


def r42_sx_cells(head, v24, v23, diff):
    """One row of 表1: the 2024年 and 2023年 values and the 增减量."""
    unit_raw, unit, kind, d_raw, d_unit, d_kind = R42_SX_ROWS[head]
    name = head.removeprefix("其中：")
    return [
        row(table_cell(R42_SX, head, v24), float(v24), unit_raw, unit, name, kind, R42_SX_Y,
            notes=R42_SX_CELL),
        row(table_cell(R42_SX, head, v23), float(v23), unit_raw, unit, name, kind, R42_SX_T23,
            notes=R42_SX_CELL),
        row(table_cell(R42_SX, head, diff), float(diff), d_raw, d_unit, name, d_kind, R42_SX_Y,
            notes=R42_SX_DIFF),
    ]


LABELS[R42_SX] = [
    # 一(一) 医疗卫生机构 (2024年末)
    r42_sx_n("机构总数[达35862个]", 35862, "医疗卫生机构总数", qual="reach", qtext="达",
             notes="全省 the home (dropped)"),
    r42_sx("比上年末增加[435个]", 435, "个", "个", "医疗卫生机构总数", "actual", R42_SX_E,
           notes="a change of a stock: actual (as h27)"),
    r42_sx_n("其中，医院[1386个]", 1386, "医院"),
    r42_sx_n("基层医疗卫生机构[33608个]", 33608, "基层医疗卫生机构"),
    r42_sx_n("专业公共卫生机构[692个]", 692, "专业公共卫生机构"),
    r42_sx_n("其他医疗卫生机构[176个]", 176, "其他医疗卫生机构"),
    r42_sx_n("公立医院[468个]", 468, "公立医院"),
    r42_sx_n("民营医院[918个]", 918, "民营医院"),
    r42_sx_n("三级医院[98个]", 98, "三级医院", notes="三级 a grade (a name), as h27"),
    r42_sx_n("三级甲等医院[52个]", 52, "三级甲等医院"),
    r42_sx_n("二级医院[516个]", 516, "二级医院"),
    r42_sx_n("一级医院[583个]", 583, "一级医院"),
    r42_sx_n("未定级医院[189个]", 189, "未定级医院"),
    r42_sx_n("（站）[1218个]", 1218, "社区卫生服务中心（站）"),
    r42_sx_n("乡镇卫生院[1486个]", 1486, "乡镇卫生院"),
    r42_sx_n("村卫生室[21352个]", 21352, "村卫生室"),
    r42_sx_n("（医务室）[9552个]", 9552, "门诊部和诊所（医务室）"),
    # 一(二) 床位 (年末)
    r42_sx("机构床位[28.74万张]", 28.74, "万张", "张", "医疗卫生机构床位"),
    r42_sx("比上年末增加[0.78万张]", 0.78, "万张", "张", "医疗卫生机构床位", "actual"),
    r42_sx_g("增长[2.8%]", 2.8, "医疗卫生机构床位", R42_SX_YE),
    r42_sx("医院床位[23.16万张]", 23.16, "万张", "张", "医院床位"),
    r42_sx_s("占[80.6%]", 80.6, "医院床位占比", R42_SX_YE, notes="an elliptic 占N% after a "
             "figure: …占比 (as h29)"),
    r42_sx("基层医疗卫生机构床位[4.37万张]", 4.37, "万张", "张", "基层医疗卫生机构床位"),
    r42_sx_s("占[15.2%]", 15.2, "基层医疗卫生机构床位占比", R42_SX_YE),
    r42_sx("床位数[7.27张]", 7.27, "张", "张", "每千人口医疗卫生机构床位数", "actual",
           notes="a per-head density is actual (as h27)"),
    r42_sx("比上年末增加[0.20张]", 0.20, "张", "张", "每千人口医疗卫生机构床位数", "actual"),
    # 一(三) 卫生人员 (年末)
    r42_sx("卫生人员总数[46.85万人]", 46.85, "万人", "人", "卫生人员总数"),
    r42_sx("比上年末增加[1.92万人]", 1.92, "万人", "人", "卫生人员总数", "actual"),
    r42_sx("其中，卫生技术人员[38.52万人]", 38.52, "万人", "人", "卫生技术人员"),
    r42_sx("卫生员[2.06万人]", 2.06, "万人", "人", "乡村医生和卫生员"),
    r42_sx("工勤技能人员[6.27万人]", 6.27, "万人", "人",
           "其他技术人员、管理人员和工勤技能人员",
           notes="a coordinated list before a number with no number of its own is one name"),
    r42_sx("（助理）医师[13.86万人]", 13.86, "万人", "人", "执业（助理）医师"),
    r42_sx("注册护士[17.43万人]", 17.43, "万人", "人", "注册护士"),
    row("1:[1.26]", 1.26, None, None, "医护比", "share", R42_SX_YE,
        notes="a unitless ratio of nurses to doctors: the value after its base 1 (the base no "
        "row, as h107's 生师比 12.7:1)"),
    r42_sx("卫生技术人员[9.74人]", 9.74, "人", "人", "每千人口卫生技术人员", "actual"),
    r42_sx("（助理）医师[3.51人]", 3.51, "人", "人", "每千人口执业（助理）医师", "actual"),
    r42_sx("注册护士[4.41人]", 4.41, "人", "人", "每千人口注册护士", "actual"),
    r42_sx("全科医生[3.86人]", 3.86, "人", "人", "每万人口全科医生", "actual"),
    # 二(一) 门诊和住院 (全年)
    r42_sx("总诊疗人次[2.26亿人次]", 2.26, "亿人次", "人次", "医疗卫生机构总诊疗人次", "actual",
           R42_SX_F),
    r42_sx_g("比上年增长[4.1%]", 4.1, "医疗卫生机构总诊疗人次"),
    r42_sx("医院[1.12亿人次]", 1.12, "亿人次", "人次", "医院", "actual", R42_SX_F,
           notes="其中 items named by their own words (as h27)"),
    r42_sx("基层医疗卫生机构[1.03亿人次]", 1.03, "亿人次", "人次", "基层医疗卫生机构", "actual",
           R42_SX_F),
    r42_sx("就诊[5.7次]", 5.7, "次", "次", "居民平均到医疗卫生机构就诊", "actual", R42_SX_F),
    r42_sx("入院人数[812.6万人]", 812.6, "万人", "人", "入院人数", "actual", R42_SX_F),
    r42_sx_g("比上年增长[3.3%]", 3.3, "入院人数"),
    r42_sx_s("住院率[20.6%]", 20.6, "居民年住院率"),
    # 二(二) 病床使用 and (三) 医疗费用: no time expression (the title's 2024年)
    r42_sx_s("使用率[79.6%]", 79.6, "医院病床使用率", R42_SX_Y, notes=R42_SX_TITLE),
    row("下降[1.6个百分点]", -1.6, "个百分点", "百分点", "医院病床使用率", "growth_rate",
        R42_SX_Y),
    r42_sx("住院日[8.7日]", 8.7, "日", "天", "出院者平均住院日", "actual", R42_SX_Y,
           notes="日 after 住院日 is the unit 天 (as h27); " + R42_SX_TITLE),
    r42_sx("缩短[0.2日]", -0.2, "日", "天", "出院者平均住院日", "actual", R42_SX_Y),
    r42_sx("门诊费用[268.4元]", 268.4, "元", "元", "公立医院次均门诊费用", "actual", R42_SX_Y,
           notes=R42_SX_TITLE),
    r42_sx_g("比上年增长[1.2%]", 1.2, "公立医院次均门诊费用", R42_SX_Y),
    r42_sx("住院费用[8926.5元]", 8926.5, "元", "元", "人均住院费用", "actual", R42_SX_Y,
           notes="a later clause that does not name the agent (公立医院) has none (session 20)"),
    r42_sx_g("比上年下降[3.1%]", -3.1, "人均住院费用", R42_SX_Y),
    # 三、基层卫生与中医药
    r42_sx("家庭医生团队[1.58万个]", 1.58, "万个", "个", "组建家庭医生团队",
           notes="a stock at 年末 (as h27's 组建家庭医生团队)"),
    r42_sx_s("覆盖率[38.6%]", 38.6, "常住人口家庭医生签约服务覆盖率", R42_SX_YE),
    r42_sx_s("总诊疗量的[45.6%]", 45.6, "基层医疗卫生机构诊疗量占总诊疗量"),
    r42_sx_n("中医类医院[186个]", 186, "中医类医院", R42_SX_YE),
    r42_sx("床位[3.62万张]", 3.62, "万张", "张", "床位",
           notes="an elliptic clause: its own words; the agent of the clause before (中医类医院) "
           "is not borrowed (session 20)"),
    r42_sx("诊疗人次[3218.6万人次]", 3218.6, "万人次", "人次", "中医类医疗机构诊疗人次", "actual",
           R42_SX_F),
    r42_sx_g("比上年增长[5.6%]", 5.6, "中医类医疗机构诊疗人次"),
    # 四、妇幼健康 (全年)
    r42_sx_s("死亡率为[8.12/10万]", 8.12, "孕产妇死亡率", unit_raw="/10万", unit="1/10万",
             norm=8.12, notes="a rate per 100,000 (as h27)"),
    row("下降[0.84个十万分点]", -0.84, "个十万分点", "十万分点", "孕产妇死亡率", "growth_rate",
        R42_SX_F, norm=-0.84, notes="points of a rate per 100,000 (as h27)"),
    r42_sx_s("分别为[2.68‰]", 2.68, "婴儿死亡率", unit_raw="‰", unit="‰"),
    r42_sx_s("2.68‰和[3.79‰]", 3.79, "5岁以下儿童死亡率", unit_raw="‰", unit="‰",
             notes="an age class is part of a name (session 23)"),
    r42_sx_s("住院分娩率[99.97%]", 99.97, "住院分娩率"),
    r42_sx_s("系统管理率[93.4%]", 93.4, "3岁以下儿童系统管理率"),
    # 五、疾病预防控制 (全年)
    r42_sx_s("发病率为[189.46/10万]", 189.46, "甲乙类法定报告传染病发病率", unit_raw="/10万",
             unit="1/10万", norm=189.46),
    r42_sx_s("报告死亡率为[0.43/10万]", 0.43, "报告死亡率", unit_raw="/10万", unit="1/10万",
             norm=0.43, notes="a rate with a name of its own: its own words (session 23)"),
    r42_sx_s("保持在[90%以上]", 90, "适龄儿童国家免疫规划疫苗接种率", qual="at_least",
             qtext="以上", notes="a level held (as h27's 参保率稳定在95%以上)"),
    r42_sx("全省[87个县（市、区）]全部", 87, "个", "个", "县（市、区）建成慢性病综合防控示范区",
           period=R42_SX_F, borderline=True,
           notes="borderline: the province's whole set (全部), as h76's 600个行政村"),
    # 六、居民健康水平 (2024年)
    r42_sx("预期寿命为[79.26岁]", 79.26, "岁", "岁", "居民人均预期寿命", "actual", R42_SX_Y,
           notes="岁 a unit after 寿命 (as h27)"),
    r42_sx("提高[0.31岁]", 0.31, "岁", "岁", "居民人均预期寿命", "actual", R42_SX_Y),
    r42_sx_s("素养水平[达到31.8%]", 31.8, "居民健康素养水平", R42_SX_Y, qual="reach",
             qtext="达到"),
    row("提高[2.4个百分点]", 2.4, "个百分点", "百分点", "居民健康素养水平", "growth_rate",
        R42_SX_Y),
    # 表1
    *r42_sx_cells("医疗卫生机构总数", "35862", "35427", "435"),
    *r42_sx_cells("其中：医院", "1386", "1352", "34"),
    *r42_sx_cells("基层医疗卫生机构", "33608", "33211", "397"),
    *r42_sx_cells("医疗卫生机构床位数", "28.74", "27.96", "0.78"),
    *r42_sx_cells("每千人口床位数", "7.27", "7.07", "0.20"),
    *r42_sx_cells("卫生技术人员", "38.52", "36.94", "1.58"),
    *r42_sx_cells("其中：执业（助理）医师", "13.86", "13.21", "0.65"),
    *r42_sx_cells("注册护士", "17.43", "16.58", "0.85"),
    *r42_sx_cells("每千人口执业（助理）医师", "3.51", "3.34", "0.17"),
    *r42_sx_cells("每千人口注册护士", "4.41", "4.19", "0.22"),
    *r42_sx_cells("总诊疗人次", "2.26", "2.17", "0.09"),
    *r42_sx_cells("入院人数", "812.6", "786.3", "26.3"),
    *r42_sx_cells("病床使用率", "79.6", "81.2", "-1.6"),
    *r42_sx_cells("出院者平均住院日", "8.7", "8.9", "-0.2"),
    *r42_sx_cells("孕产妇死亡率", "8.12", "8.96", "-0.84"),
    *r42_sx_cells("婴儿死亡率", "2.68", "2.83", "-0.15"),
    *r42_sx_cells("人均预期寿命", "79.26", "78.95", "0.31"),
    # 注2
    r42_sx("常住人口[3953万人]", 3953, "万人", "人", "常住人口", period=R42_SX_E,
           notes="the densities' base: a stock at 2024年末 (as h84's base); 全省 the home"),
]

# h130: 中共会宁县委农村工作领导小组办公室's report on 2025's 巩固拓展脱贫攻坚成果同乡村振兴 work,
# text of a scanned page (2025年12月16日 under the signature; home 会宁, 全县 / 我县), as h76: a
# December text's 全年 is 2025, a paragraph with no time expression takes the heading 一、2025年
# 工作完成情况 (stocks too, as h76), 二、存在的问题 has none (undated, as h76), 三、2026年工作打算 the
# plan year (target). The lead's 预计达到 and its 同比增长 a forecast (target, 全年; 预计 no part of
# the name, session 24). A bare 累计 in a work report printed before its year ends: a point at the
# reference date (session 24, as h76), its 其中 member and rate the same point (session 24). People
# in work off the farm a stock (count_total, session 20), also after 带动 (the rest of the clause
# names them); （含监测对象） a scope note in brackets (dropped); 高于…增速4.9个百分点 a gap (other,
# named as h76's); 纳入 governs 农村低保 and 特困人员供养 (a flow verb across a list); 争取天津市…资金:
# the donor a modifier of the funds (in the name, no subject), while 天津市和平区选派… names the
# district as the agent of its count (subject 和平区); 通过…渠道 only says how (dropped, session 20);
# 10万元以上 / 10万元以下 bounds of a class (borderline), the villages in them members that qualify
# (count_total); 284个行政村 / 284个村全部 the county's whole set (borderline, as h76). OCR damage:
# spaced digits (1 3 6 8 5元, 1 2.5 %, 3 2 1 6户), full-width digits (１２８６０元, １２８．６万只,
# １２００人), a number broken across a line (5.1\n2万人) and a unit (公\n里), a title and a word
# broken by hard line breaks (防止返贫\n监测对象), the running head repeated after the page numbers
# — 1 — / — 2 —, misread characters (巳 for 已, 脫 for 脱, 兀 for 元 in 亿兀, l for 1 in l2万亩, O
# for 0 in 6O%): the values and names as a reader reads them (the words corrected, the unit 元).
# Traps: 2025年12月16日, 一、2025年 / 三、2026年 headings, 连续3年 (a streak), “好”等次, 第一书记 (an
# ordinal name), （一）-（七）, 一是…三是, “津陇协作”, “十五五”, the page numbers.
R42_HUI = "h130_huining_county_rural_revitalization_report_2025_ocr.txt"
R42_HUI_F = P("全年", "2025-01-01", "2025-12-31")
R42_HUI_SEC = P("2025年", "2025-01-01", "2025-12-31")  # the heading 一、2025年工作完成情况
R42_HUI_CUM = P("累计", "2025-12-16", "2025-12-16")
R42_HUI_26 = P("2026年", "2026-01-01", "2026-12-31")
R42_HUI_OCR = "OCR damage inside the number: the value as a reader reads it"
R42_HUI_SECN = "no time expression in its paragraph: the heading's 2025年 (as h76)"


def r42_hui(anchor, value, unit_raw, unit, indicator, kind="actual", period=R42_HUI_F, **kw):
    return row(anchor, value, unit_raw, unit, indicator, kind, period, **kw)


def r42_hui_pct(anchor, value, indicator, kind="share", period=R42_HUI_F, **kw):
    return row(anchor, value, "%", "%", indicator, kind, period, **kw)


def r42_hui_goal(anchor, value, unit_raw, unit, indicator, **kw):
    return row(anchor, value, unit_raw, unit, indicator, "target", R42_HUI_26, **kw)


LABELS[R42_HUI] = [
    # the lead: 全年…预计 (a forecast)
    r42_hui("预计[达到1 3 6 8 5元]", 13685, "元", "元", "农村居民人均可支配收入", "target",
            qual="reach", qtext="达到",
            notes="预计: a forecast (target; no part of the name, session 24); " + R42_HUI_OCR),
    r42_hui_pct("元，同比增长[7.6%]", 7.6, "农村居民人均可支配收入", "target",
                notes="governed by the same 预计"),
    # 一(一): 累计 (a point at the reference date), then 全年
    r42_hui("监测对象[3 2 1 6户]", 3216, "户", "户", "识别纳入防止返贫监测对象", "count_total",
            R42_HUI_CUM, notes="累计 with no date in a report printed before its year ends: a "
            "point at the reference date (session 24, as h76); 累计 a frame word; a word broken "
            "by a line break; " + R42_HUI_OCR),
    r42_hui("3 2 1 6户[1.35万人]", 1.35, "万人", "人", "识别纳入防止返贫监测对象", "count_total",
            R42_HUI_CUM, notes="the same count in people, same name"),
    r42_hui("消除风险[2 4 8 9户]", 2489, "户", "户", "已消除风险", "count_total", R42_HUI_CUM,
            notes="其中 a member of the 累计 total: its kind and period (session 24); 巳 read 已, "
            "已 as written (as h116)"),
    r42_hui_pct("风险消除率[7 7.4%]", 77.4, "风险消除率", period=R42_HUI_CUM,
                notes="the rate of the 累计 count: its point; " + R42_HUI_OCR),
    r42_hui("监测对象[186户]", 186, "户", "户", "新识别纳入监测对象"),
    r42_hui("186户[7 6 2人]", 762, "人", "人", "新识别纳入监测对象", notes=R42_HUI_OCR),
    r42_hui("纯收入达到[１２８６０元]", 12860, "元", "元", "脱贫人口人均纯收入", qual="reach",
            qtext="达到", notes="full-width digits; the paragraph's 全年"),
    r42_hui_pct("同比增长[1 2.5 %]", 12.5, "脱贫人口人均纯收入", "growth_rate",
                notes=R42_HUI_OCR),
    row("增速[4.9个百分点]", 4.9, "个百分点", "百分点", "脱贫人口人均纯收入增速", "other",
        R42_HUI_F, notes="a gap above another rate (高于): other, named as h76's"),
    r42_hui_pct("参保率稳定在[1 0 0%]", 100, "脱贫人口基本医疗保险参保率", notes=R42_HUI_OCR),
    r42_hui("农村低保[2.8 6万人]", 2.86, "万人", "人", "纳入农村低保", "count_total",
            notes="people covered: a stock, dated by the paragraph's 全年; " + R42_HUI_OCR),
    r42_hui("特困人员供养[3 1 2 6人]", 3126, "人", "人", "纳入特困人员供养", "count_total",
            notes="纳入 governs the list's second item (a flow verb across a list)"),
    r42_hui("特困供养金[1.52亿元]", 1.52, "亿元", "元", "发放低保金和特困供养金"),
    # 一(二) 全年
    r42_hui("补助资金[4.62亿元]", 4.62, "亿元", "元", "落实各级财政衔接推进乡村振兴补助资金",
            notes="各级 kept (session 24's 各类; h127's 各级财政)"),
    r42_hui("用于产业发展[2.88亿元]", 2.88, "亿元", "元", "用于产业发展",
            notes="其中 a frame word; its own words"),
    r42_hui_pct("占比[6 2.3%]", 62.3, "用于产业发展占比", notes=R42_HUI_OCR),
    r42_hui("种植面积[4 5.2万亩]", 45.2, "万亩", "亩", "马铃薯种植面积", notes=R42_HUI_OCR),
    r42_hui("总产[9 8.6万吨]", 98.6, "万吨", "吨", "总产",
            notes="the clause's own words (as h76); （按鲜薯计） says how it is measured"),
    r42_hui("饲养量[１２８．６万只]", 128.6, "万只", "只", "肉羊饲养量", notes="full-width digits"),
    r42_hui_pct("同比增长[6.3%]", 6.3, "肉羊饲养量", "growth_rate"),
    r42_hui("种植面积[3 6万亩]", 36, "万亩", "亩", "小杂粮种植面积", notes=R42_HUI_OCR),
    r42_hui("龙头企业[8家]", 8, "家", "家", "新培育市级以上农业产业化龙头企业"),
    r42_hui("规范提升[1 2 0家]", 120, "家", "家", "农民专业合作社规范提升",
            notes="a count with its noun and its deed (doer + deed, session 20)"),
    # 一(三) 全年 (after the page number and the running head)
    r42_hui("务工就业[5.1\n2万人]", 5.12, "万人", "人", "脱贫劳动力务工就业", "count_total",
            notes="people in work off the farm: a stock (session 20, as h76); （含监测对象） a "
            "scope note in brackets (dropped); 脫 read 脱; a number broken across a line"),
    r42_hui_pct("任务的[1 0 6.2%]", 106.2, "脱贫劳动力务工就业",
                notes="完成…任务的X: a share of the figure before (session 20)"),
    r42_hui("劳务收入[2 5.3亿兀]", 25.3, "亿兀", "元", "劳务收入",
            notes="兀 misread for 元 (a reader reads 亿元); 实现 dropped"),
    r42_hui("公益性岗位[3 1 2 0个]", 3120, "个", "个", "开发乡村公益性岗位", notes=R42_HUI_OCR),
    r42_hui("帮扶车间[达到4 6家]", 46, "家", "家", "就业帮扶车间", "count_total", qual="reach",
            qtext="达到", notes="a stock; 全县 the home"),
    r42_hui("带动[1 8 6 0名]", 1860, "名", "名", "脱贫劳动力就近就业", "count_total",
            notes="after 带动 the rest of the clause names the count (session 20); people in "
            "work: a stock (session 20)"),
    r42_hui("小额信贷[2.14亿元]", 2.14, "亿元", "元", "发放脱贫人口小额信贷"),
    r42_hui("惠及[5 2 8 0户]", 5280, "户", "户", "惠及",
            notes="the clause names no noun (as h76's 惠及)"),
    # 一(四) 全年
    r42_hui("援助资金[1.26亿元]", 1.26, "亿元", "元", "争取天津市东西部协作财政援助资金",
            notes="the donor a modifier of the funds: in the name, no subject"),
    r42_hui("协作项目[4 2个]", 42, "个", "个", "实施协作项目"),
    r42_hui("农特产品[3.6亿元]", 3.6, "亿元", "元", "销售农特产品",
            notes="通过…渠道 only says how (dropped, session 20)"),
    r42_hui_pct("同比增长[1 8.4%]", 18.4, "销售农特产品", "growth_rate"),
    r42_hui("专业技术人才[6 8名]", 68, "名", "名", "选派挂职干部和专业技术人才",
            subject="和平区", notes="the district the agent of its count: the subject (a "
            "district keeps 区); 来会宁开展帮扶 the home's purpose"),
    # 一(五) 全年
    r42_hui("农村公路[2 1 6.5公\n里]", 216.5, "公里", "公里", "新改建农村公路",
            notes="a unit broken across a line; " + R42_HUI_OCR),
    r42_hui("户厕[4 2 0 0座]", 4200, "座", "座", "改造农村卫生户厕"),
    r42_hui("危房改造[3 8 6户]", 386, "户", "户", "实施农村危房改造"),
    r42_hui_pct("普及率[达到9 7.6%]", 97.6, "农村自来水普及率", qual="reach", qtext="达到"),
    r42_hui_pct("人口比例[达到8 5.3%]", 85.3, "规模化供水工程覆盖农村人口比例", qual="reach",
                qtext="达到"),
    r42_hui("覆盖全县[2 8 4个行政村]", 284, "个", "个", "行政村", "count_total", borderline=True,
            notes="borderline: the county's whole set (as h76's 600个行政村 全部)"),
    r42_hui("示范村[1 2个]", 12, "个", "个", "新建省级和美乡村示范村"),
    r42_hui("造林种草[5.6万亩]", 5.6, "万亩", "亩", "造林种草"),
    # 一(六): no time expression (the heading's 2025年)
    r42_hui("以上的村[达到1 3 6个]", 136, "个", "个", "村级集体经济经营性收入10万元以上的村",
            "count_total", R42_HUI_SEC, qual="reach", qtext="达到",
            notes="members that qualify: count_total; the bound part of the name; "
            + R42_HUI_SECN),
    r42_hui("收入[10万元以上]的村", 10, "万元", "元", "村级集体经济经营性收入", "other",
            R42_HUI_SEC, qual="at_least", qtext="以上", borderline=True,
            notes="borderline: a class's bound (as h115's 10亿元以上)"),
    r42_hui_pct("总数的[4 7.9%]", 47.9, "村级集体经济经营性收入10万元以上的村占行政村总数",
                period=R42_HUI_SEC),
    r42_hui("流转面积[8 2.7万亩]", 82.7, "万亩", "亩", "农村土地承包经营权流转面积",
            "count_total", R42_HUI_SEC, notes="a stock (as h76's 土地流转面积); " + R42_HUI_SECN),
    r42_hui_pct("流转率[2 4.6%]", 24.6, "流转率", period=R42_HUI_SEC),
    row("提高[1.8个百分点]", 1.8, "个百分点", "百分点", "流转率", "growth_rate", R42_HUI_SEC),
    r42_hui("工作队员[8 5 6名]", 856, "名", "名", "选派驻村第一书记和工作队员",
            period=R42_HUI_SEC, notes="第一书记 an ordinal name, no row"),
    r42_hui("全县[2 8 4个村]全部", 284, "个", "个", "村修订完善村规民约", "count_total",
            R42_HUI_SEC, borderline=True,
            notes="borderline: the county's whole set (全部), as h76"),
    # 一(七) 全年
    r42_hui("高素质农民[１２００人]", 1200, "人", "人", "培育高素质农民", notes="full-width digits"),
    r42_hui("带头人[2 3 5人]", 235, "人", "人", "产业发展带头人",
            notes="其中 a part of the flow before: its own words"),
    r42_hui("示范基地[1 6个]", 16, "个", "个", "建成科技示范基地",
            notes="the examples before 等 dropped; the flow verb kept"),
    r42_hui_pct("覆盖率[达到9 6%以上]", 96, "主要农作物良种覆盖率", qual="at_least",
                qtext="达到…以上", notes="the bound wins over 达到"),
    r42_hui_pct("贡献率[达到5 8.2%]", 58.2, "农业科技进步贡献率", qual="reach", qtext="达到"),
    # 二、存在的问题: no time expression (undated, as h76)
    r42_hui_pct("转化率仅为[3 2%]", 32, "马铃薯加工转化率", period=NONE,
                notes="a level with no time in a section with none: undated (as h76)"),
    r42_hui_pct("因病因残的占[6 1.8%]", 61.8, "因病因残", period=NONE,
                notes="…中…的占: the clause's own words (as h42's 未上过学的占)"),
    r42_hui("仍有[1 4 8个]村", 148, "个", "个", "经营性收入在10万元以下的村", "count_total",
            NONE, notes="members of a class: deed的X (session 20); undated"),
    r42_hui("在[10万元以下]。", 10, "万元", "元", "经营性收入", "other", NONE, qual="at_most",
            qtext="以下", borderline=True, notes="borderline: a class's bound"),
    # 三、2026年工作打算
    r42_hui_goal("增长[7%左右]", 7, "%", "%", "农村居民人均可支配收入", qual="about",
                 qtext="左右", notes="力争"),
    r42_hui_goal("高标准农田[l2万亩]", 12, "万亩", "亩", "新建高标准农田",
                 notes="OCR l for 1: 12 by reading"),
    r42_hui_goal("稳定在[6O%以上]", 60, "%", "%", "衔接资金用于产业发展的比例", qual="at_least",
                 qtext="以上", notes="OCR O for 0: 60 by reading"),
    r42_hui_goal("稳定在[5万人以上]", 5, "万人", "人", "脱贫劳动力务工就业规模",
                 qual="at_least", qtext="以上"),
    r42_hui_goal("示范村[1 5个]", 15, "个", "个", "新建省级和美乡村示范村"),
    r42_hui_goal("提高到[3 5%]", 35, "%", "%", "马铃薯加工转化率"),
    r42_hui_goal("龙头企业[5家]", 5, "家", "家", "新培育市级以上农业产业化龙头企业",
                 notes="“十五五” a plan's name, no row"),
]


def build() -> list[dict]:
    out = []
    for file, labels in LABELS.items():
        raw = (HERE / file).read_bytes().decode("utf-8")
        for lab in labels:
            anchor = lab["anchor"]
            plain = anchor.replace("[", "").replace("]", "")
            assert raw.count(plain) == 1, (file, anchor, raw.count(plain))
            start = raw.index(plain) + anchor.index("[")
            quote = anchor[anchor.index("[") + 1 : anchor.index("]")]
            end = start + len(quote)
            assert raw[start:end] == quote
            text, ps, pe = lab["period"]
            norm = (
                lab["norm"]
                if lab["norm"] is not None
                else lab["value"] * multiplier(lab["unit_raw"])
            )
            out.append(
                {
                    "file": file,
                    "quote": quote,
                    "char_start": start,
                    "char_end": end,
                    "sentence": sentence_of(raw, start, end),
                    "value": lab["value"],
                    "value_high": lab["high"],
                    "value_normalized": norm,
                    "unit_raw": lab["unit_raw"],
                    "unit": lab["unit"],
                    "indicator": lab["indicator"],
                    "subject": lab["subject"],
                    "kind": lab["kind"],
                    "qualifier": lab["qual"],
                    "qualifier_text": lab["qtext"],
                    "period_text": text,
                    "period_start": ps,
                    "period_end": pe,
                    "notes": lab["notes"],
                    "borderline": lab["borderline"],
                }
            )
    return out


if __name__ == "__main__":
    rows = build()
    with open(HERE / "metrics_gold.jsonl", "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    scored = sum(not r["borderline"] for r in rows)
    print(f"{len(rows)} rows ({scored} scored)")
