"""The binary files of tests/fixtures/hongyang_2024_2025/ (QA round 18), as the county's website
serves them: the 2024 government work report as a Word .docx and the 2025 one as a PDF with
hard-wrapped lines and a page footer. Invented, realistic texts. Regenerate with
``.venv/bin/python -m tests.support.hongyang_files`` (the PDF is byte-for-byte stable; the
.docx differs only by its zip entries' timestamps, which wordfiles.docx takes from the clock)."""

from __future__ import annotations

from pathlib import Path

from tests.support.pdffiles import pdf
from tests.support.wordfiles import docx, para, run, runs

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "hongyang_2024_2025"
LINE_CHARS = 40  # characters of a printed line of the PDF (11 pt on an A4 page)
PAGE_LINES = 18  # two pages: sentences run across the page break and its footer

REPORT_2024 = [  # (style, text): "title", "heading" (Word's outline numbering), or "body"
    ("title", "政府工作报告"),
    ("title", "——2024年1月10日在泓阳县第十七届人民代表大会第三次会议上"),
    ("title", "泓阳县县长 李建国"),
    ("body", "各位代表："),
    ("body", "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员"
             "提出意见。"),
    ("heading", "2023年工作回顾"),
    ("body", "过去一年，全县上下坚持稳中求进工作总基调，统筹抓好发展和安全，经济社会保持平稳"
             "健康发展。初步核算，全县地区生产总值完成291.4亿元，增长5.6%；一般公共预算收入"
             "12.36亿元，增长7.2%；固定资产投资增长8.1%；社会消费品零售总额98.6亿元，增长"
             "6.8%；城镇居民人均可支配收入34750元，增长4.8%；农村居民人均可支配收入17200元，"
             "增长7.6%。"),
    ("body", "粮食生产再获丰收。全年粮食总产量86.4万吨，连续8年稳定在80万吨以上；新建高标准"
             "农田7.5万亩，柳林镇、白集镇被评为全省粮食生产先进乡镇。"),
    ("body", "项目建设扎实推进。实施省市县重点项目112个，完成投资141.6亿元；新签约亿元以上"
             "项目28个，县产业集聚区食品加工、纺织服装两大主导产业集群加快壮大。"),
    ("body", "乡村振兴全面推进。脱贫攻坚成果持续巩固，没有发生规模性返贫；双庙乡、王营镇建成"
             "省级乡村振兴示范村12个，农村人居环境整治三年行动圆满收官。"),
    ("body", "民生福祉持续改善。城镇新增就业4820人，新建改扩建中小学校6所，县人民医院新院区"
             "投入使用。"),
    ("heading", "2024年主要目标和重点工作"),
    ("body", "2024年全县经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；一般公共预算"
             "收入增长7%；固定资产投资增长10%；社会消费品零售总额增长7%；城乡居民人均可支配"
             "收入分别增长6%和7%；粮食总产量稳定在85万吨以上。"),
    ("body", "重点抓好以下工作："),
    ("body", "（一）牢牢守住粮食安全底线。新建高标准农田8万亩，推广小麦玉米良种良法配套，"
             "发展农业社会化服务，做强优质小麦、花生、食用菌等特色产业。"),
    ("body", "（二）全力扩大有效投资。实施省市县重点项目120个，年度完成投资150亿元以上；新签约"
             "亿元以上项目30个以上，推动产业集聚区“二次创业”。"),
    ("body", "（三）做大做强县域经济。以县城为重要载体推进新型城镇化，完善县城市政设施和商贸"
             "物流体系，推动城关镇老旧小区改造，提升县城综合承载能力。"),
    ("body", "（四）扎实推进乡村振兴。发展乡村特色产业，深化农村改革，建设宜居宜业和美乡村。"),
    ("body", "（五）用心用情保障民生。城镇新增就业5000人，办好十项民生实事。"),
    ("body", "各位代表，让我们在市委、市政府和县委的坚强领导下，真抓实干，为建设现代化"
             "泓阳而努力奋斗！"),
]

REPORT_2025 = [  # paragraphs, hard-wrapped on print
    "政府工作报告",
    "——2025年1月8日在泓阳县第十七届人民代表大会第四次会议上",
    "泓阳县县长 李建国",
    "各位代表：",
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出"
    "意见。",
    "一、2024年工作回顾",
    "2024年，面对复杂严峻的外部环境，全县上下迎难而上，全年经济社会发展主要目标任务较好"
    "完成。初步核算，全县地区生产总值达到312.6亿元，增长5.8%；一般公共预算收入13.05亿元，"
    "增长5.6%；固定资产投资增长10.3%；社会消费品零售总额105.2亿元，增长6.7%；城镇、农村居民"
    "人均可支配收入分别达到36520元、18460元，分别增长5.1%、7.3%。",
    "农业基础更加稳固。粮食总产量87.1万吨，再创历史新高；新建高标准农田8.2万亩，柳林镇"
    "食用菌产业园入选省级现代农业产业园。",
    "项目建设成效明显。实施省市县重点项目126个，完成投资158.3亿元；新签约亿元以上项目"
    "32个，县产业集聚区晋升为省级开发区。",
    "县城承载能力持续提升。县城建成区面积扩大到32.5平方公里，常住人口城镇化率达到47.8%，"
    "城关镇12个老旧小区改造全面完成。",
    "民生保障更加有力。城镇新增就业5260人，白集镇中心卫生院建成投用。",
    "二、2025年主要目标和重点工作",
    "2025年是“十四五”规划收官之年。全县经济社会发展的主要预期目标是：地区生产总值增长6%"
    "左右；一般公共预算收入增长6%；固定资产投资增长9%；社会消费品零售总额增长6.5%；城乡"
    "居民人均可支配收入增长与经济增长基本同步；粮食总产量稳定在86万吨以上。",
    "重点抓好以下工作：",
    "（一）扛稳粮食安全重任。新建高标准农田6万亩，实施粮食单产提升工程，推进农业机械化"
    "和社会化服务。",
    "（二）持续扩大有效投资。实施重点项目130个以上，年度完成投资160亿元；新签约亿元以上"
    "项目35个。",
    "（三）加快发展县域经济。推进以县城为重要载体的城镇化建设，做强食品加工、纺织服装"
    "主导产业，发展县城商贸物流。",
    "（四）全面推进乡村振兴。巩固拓展脱贫攻坚成果，培育双庙乡、王营镇等乡村振兴示范乡镇，"
    "壮大村级集体经济。",
    "（五）保障和改善民生。城镇新增就业5000人以上，新建改扩建幼儿园4所。",
    "各位代表，让我们团结一心、苦干实干，奋力谱写现代化泓阳建设新篇章！",
]


def report_2024_docx() -> bytes:
    """The 2024 report as Word saves it: headings numbered by Word (一、 二、), lines in runs."""
    body = []
    for style, text in REPORT_2024:
        if style == "title":
            body.append(para(run(text), ppr='<w:jc w:val="center"/>'))
        elif style == "heading":
            body.append(para(run(text), style="1", num=(1, 0)))
        else:
            pieces = (text[:6], text[6:12], text[12:]) if len(text) > 12 else (text,)
            body.append(para(runs(*pieces)))
    return docx("".join(body), title="泓阳县2024年政府工作报告")


def printed_lines(paragraphs: list[str]) -> list[str]:
    """Paragraphs as a PDF prints them: indented two ideographic spaces, cut every LINE_CHARS."""
    lines = []
    for text in paragraphs:
        text = "\u3000\u3000" + text
        lines.extend(text[i:i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS))
    return lines


def report_2025_pdf() -> bytes:
    """The 2025 report as a PDF: hard-wrapped lines, pages of PAGE_LINES, a page-number footer."""
    lines = printed_lines(REPORT_2025)
    pages = [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)]
    return pdf(*pages, footer="— {n} —")


def main() -> None:
    (FIXTURE / "gov_report_2024.docx").write_bytes(report_2024_docx())
    (FIXTURE / "gov_report_2025.pdf").write_bytes(report_2025_pdf())


if __name__ == "__main__":
    main()
