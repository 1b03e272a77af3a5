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


def multiplier(unit_raw: str | None) -> float:
    if not unit_raw:
        return 1.0
    return next((m for p, m in MULT if unit_raw.startswith(p)), 1.0)


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
    row("粮食产量[558.6亿斤]", 558.6, "亿斤", "斤", "粮食产量", "actual", H24),
    row(
        "稳定在[500亿斤以上]",
        500,
        "亿斤",
        "斤",
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
    row("稳定在[550亿斤以上]", 550, "亿斤", "斤", "粮食产量", "target", T25, "at_least", "以上"),
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
    row("结构为[3.0]∶", 3.0, None, None, "三次产业结构", "share", A23),
    row("∶[36.9]∶", 36.9, None, None, "三次产业结构", "share", A23),
    row("∶[60.1]。", 60.1, None, None, "三次产业结构", "share", A23),
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
    row("增长[1.4倍]", 1.4, "倍", "倍", "新能源汽车产量", "growth_rate", A23),
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
HK5 = P("未來五年", "2024-01-01", "2028-12-31")
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
    row("開支[約900億元]", 900, "億元", "元", "基本工程开支", "target", HK5, "about", "約"),
    row("預計為[7,478億元]", 7478, "億元", "元", "政府开支", "target", HK24),
    row("收入預計為[5,460億元]", 5460, "億元", "元", "收入", "target", HK24),
    row("赤字為[1,016億元]", 1016, "億元", "元", "综合赤字", "target", HK24),
    row(
        "預計為[7,334億元]",
        7334,
        "億元",
        "元",
        "财政储备",
        "target",
        P("截至今年三月底", "2024-03-31", "2024-03-31"),
    ),
    row("預計為[約17.2萬個]", 17.2, "萬個", "个", "公营房屋建屋量", "target", HK5, "about", "約"),
    row("增加[約七成]", 7, "成", "成", "公营房屋建屋量", "target", HK5, "about", "約"),
    row("撥款[10億元]", 10, "億元", "元", "拨款", "target", HK24),
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
    row("[51.6 亿斤]", 51.6, "亿斤", "斤", "粮食总产量", "actual", L23),
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
    row("比重[超过八成]", 8, "成", "成", "新能源汽车产量占全省的比重", "share", M9, "over", "超过"),
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
    row("比重为[6.5%]", 6.5, "%", "%", "占全国的比重", "share", C24, subject=CIRCLE),
    row(
        "提高[0.2个百分点]",
        0.2,
        "个百分点",
        "百分点",
        "占全国的比重",
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
        "元",
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
        "新臺幣[600億元]，創", 600, "億元", "元", "观光产值", "actual", T23, "break_through", "突破"
    ),
    row("旅客[約65萬人次]", 65, "萬人次", "人次", "外籍旅客", "actual", T23, "about", "約"),
    row("年增率[高達2.1倍]", 2.1, "倍", "倍", "外籍旅客", "growth_rate", T23, "reach", "高達"),
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
        "元",
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
        8,
        "成",
        "成",
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
    row("面积的[6.6%]", 6.6, "%", "%", "占全省国土面积", "share"),
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
