"""Paragraph breaks lost (a web page copied without its <p>, a PDF giving a page as one line:
tests/support/DAMAGE.md, kind k): a long line that runs several paragraphs and headings
together is parted again where the text itself shows the seam; offsets stay raw offsets."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document

BODY = ("全年全社会用电量4758.3亿千瓦时，同比增长6.2%。分产业看，第一产业用电量82.6亿千瓦时，"
        "增长9.8%；第二产业用电量3126.4亿千瓦时，增长4.9%。")


def blocks(raw: str) -> list[tuple[str, str]]:
    doc = clean_document(raw)
    for b in doc.blocks:  # quotes still point at the raw characters
        assert raw[b.raw_start:b.raw_end].replace(" ", "").startswith(b.text[:4].replace(" ", ""))
    return [(b.kind, b.text) for b in doc.blocks]


def test_a_heading_run_into_the_text_after_a_sentence_end():
    raw = ("2024年全省能源电力发展情况\n\n现将有关情况通报如下。一、电力消费" + BODY
           + "二、电力供应截至2024年底，全省发电装机容量达到15236万千瓦，比上年末增长12.8%。"
           + "六、2025年主要目标2025年，全省全社会用电量增长5.5%左右。\n")
    got = blocks(raw)
    assert ("heading", "一、电力消费") in got
    assert ("heading", "二、电力供应") in got
    assert ("heading", "六、2025年主要目标") in got
    assert any(kind == "paragraph" and text.startswith("全年全社会用电量") for kind, text in got)
    assert any(text.startswith("2025年，全省全社会用电量") for _, text in got)


def test_paragraphs_run_together_with_one_space():
    raw = ("关于2024年度市级预算执行的审计工作报告\n\n我受市人民政府委托，"
           "报告2024年度市级预算执行情况，请予审议。 根据审计法，"
           "市审计局依法审计了2024年度市级预算执行情况，共审计了86个单位，"
           "查出问题金额23.67亿元。 一、市级预算执行审计情况 审计结果表明，2024年市级一般公共预算"
           "收入完成98.6亿元，为预算的101.2%，增长3.4%。 二、部门预算执行审计情况 对市教育局等32个"
           "部门进行了审计，查出问题金额2.95亿元。\n")
    got = blocks(raw)
    assert ("heading", "一、市级预算执行审计情况") in got
    assert ("heading", "二、部门预算执行审计情况") in got
    texts = [t for _, t in got]
    assert any(t.startswith("根据审计法") for t in texts)
    assert any(t.startswith("审计结果表明") for t in texts)


def test_a_run_in_list_item_and_short_lines_stay():
    raw = ("（一）粮食综合生产能力稳步提升。粮食播种面积稳定在81万亩以上，"
           "粮食总产量稳定在39万吨以上。（二）乡村产业提质增效。力争农产品加工业产值与农业总产值之比达到2.8:1。\n"
           "新 时 代 中 国 特 色 社 会 主 义。 全 面 贯 彻。\n")
    got = blocks(raw)
    assert got[0][1].startswith("（一）粮食综合生产能力稳步提升。粮食播种面积")
    assert not any(kind == "heading" for kind, _ in got)


def test_a_title_and_a_dated_byline_run_into_the_text():
    raw = ("长沙市雨花区2024年国民经济和社会发展统计公报长沙市雨花区统计局2025年4月10日2024年，面对"
           "复杂严峻的外部环境，全区经济运行总体平稳。一、综合初步核算，全年地区生产总值2108.6亿元，"
           "比上年增长5.2%，增速比上年回落0.6个百分点。二、工业全年规模以上工业增加值增长6.8%，增速比上年"
           "回落1.1个百分点。\n")
    got = blocks(raw)
    assert got[0] == ("heading", "长沙市雨花区2024年国民经济和社会发展统计公报")
    assert any(text.startswith("2024年，面对") for _, text in got)
    assert ("heading", "一、综合") in got


# Third round (DAMAGE.md): list items after a colon, unmarked lines apart by spaces, web page
# widgets glued to the lead.

GOALS = ("“十五五”时期全市经济社会发展的主要目标是：——经济实力迈上新台阶。地区生产总值年均增长5.5%"
         "左右，到2030年总量达到八千亿元以上。——城乡区域更加协调。常住人口城镇化率提高3个百分点，"
         "农村居民人均可支配收入增速高于城镇居民。——生态环境持续改善。森林覆盖率稳定在60%以上，"
         "单位地区生产总值能耗下降13.5%。")


def test_dash_items_after_a_colon_are_lines_of_their_own():
    for sep in ("", " "):
        raw = "第二章 主要目标\n\n" + GOALS.replace("：——", "：" + sep + "——").replace(
            "。——", "。" + sep + "——") + "\n"
        got = [t for _, t in blocks(raw)]
        assert got[1].endswith("主要目标是："), (sep, got)
        assert [t[:8] for t in got[2:5]] == ["——经济实力迈上", "——城乡区域更加", "——生态环境持续"]


LEAD = ("到2027年，乡村全面振兴取得阶段性成效；到2028年，农业农村现代化迈上新台阶。"
        "具体目标如下：")


def test_numbered_items_after_a_colon_are_lines_of_their_own():
    raw = ("二、主要目标\n\n" + LEAD +
           "1.粮食播种面积稳定在81万亩以上，粮食总产量稳定在39万吨以上，累计新建高标准农田12万亩。"
           "2.农产品加工转化率达到72%，县级以上农业产业化龙头企业达到65家以上，比上年增加2.5%。"
           "3.农村自来水普及率达到95%，农村卫生厕所普及率稳定在98%以上。\n")
    got = [t for _, t in blocks(raw)]
    assert got[1].endswith("具体目标如下：")
    assert [t[:6] for t in got[2:5]] == ["1.粮食播种", "2.农产品加", "3.农村自来"]
    assert "比上年增加2.5%。" in got[3]  # (2.5 is no item)


def test_bracketed_items_after_a_colon():
    raw = ("二、主要目标\n\n" + LEAD +
           "（一）粮食综合生产能力稳步提升。粮食播种面积稳定在81万亩以上，粮食总产量稳定在39万吨以上。"
           "（二）乡村产业提质增效。农产品加工转化率达到72%，县级以上农业产业化龙头企业达到65家以上。"
           "（三）农民收入持续较快增长。农村居民人均可支配收入年均增长6.5%以上。\n")
    got = blocks(raw)
    assert got[1][1].endswith("具体目标如下：")
    assert got[2][1].startswith("（一）粮食综合生产能力稳步提升。")


def test_an_inline_enumeration_in_a_short_line_stays():
    raw = "主要任务包括：1.稳定粮食生产；2.发展乡村产业。\n"
    assert [t for _, t in blocks(raw)] == ["主要任务包括：1.稳定粮食生产；2.发展乡村产业。"]


def test_unmarked_lines_apart_by_spaces_where_paragraphs_join_with_a_space():
    plan = "某县推进乡村全面振兴实施方案（2026—2028年）"
    raw = (f"某县人民政府办公室关于印发《{plan}》的通知 各乡镇人民政府，县直各单位： "
           f"《{plan}》已经县人民政府常务会议审议通过，现印发给你们，请认真组织实施。 "
           f"某县人民政府办公室2025年12月8日 （此件公开发布） {plan} "
           "为深入贯彻落实中央农村工作会议精神，扎实推进乡村全面振兴，结合我县实际，"
           "制定本方案。 一、发展基础 全县粮食播种面积稳定在80万亩以上。\n")
    got = blocks(raw)
    assert ("heading", "某县推进乡村全面振兴实施方案（2026-2028年）") in got, got
    assert any(t.startswith("为深入贯彻落实") for _, t in got)
    assert ("heading", "一、发展基础") in got


def test_page_widgets_glued_to_the_lead():
    raw = ("2024年全省能源电力发展情况\n发布时间：2025-02-20 09:00\u3000\u3000来源：省能源局\n"
           "【字体：大 中 小】\u3000【打印】\u3000【关闭】2024年，"
           "全省能源系统坚持稳供保供与绿色转型并重，全社会用电量4758.3亿千瓦时，同比增长6.2%。\n")
    got = blocks(raw)
    assert got[-1] == ("paragraph", "2024年，全省能源系统坚持稳供保供与绿色转型并重，"
                       "全社会用电量4758.3亿千瓦时，同比增长6.2%。"), got
    assert got[-2][0] == "furniture"


def test_a_title_run_into_the_breadcrumb():
    pages = (("河北省发展和改革委员会 > 新闻动态 > 工作动态", "2024年全省能源电力发展情况"),
             ("首页 > 政务公开 > 规划计划 > 发展规划", "绵阳市“十四五”规划纲要实施中期评估报告"))
    for crumbs, title in pages:
        raw = (crumbs + title + "\n发布时间：2024-04-26 15:20\u3000\u3000来源：省能源局\n"
               "根据有关规定，现将评估情况报告如下。\n")
        got = blocks(raw)
        assert got[1] == ("heading", title), got


def test_a_title_and_the_lines_under_it_on_one_short_line():
    raw = ("某省国民经济和社会发展第十五个五年规划纲要 "
           "（2026年1月26日某省第十四届人民代表大会第五次会议批准） 某府发〔2026〕3号\n"
           "第一章 发展基础\n“十四五”时期，全省地区生产总值年均增长5.6%左右。\n")
    got = blocks(raw)
    assert got[0] == ("heading", "某省国民经济和社会发展第十五个五年规划纲要"), got


def test_widgets_spaced_out_stay_one_line():
    raw = ("2024年全省能源电力发展情况\n【字 体：大 中 小】\u3000【打 印】\u3000【关 闭】\n"
           "2024年，全省能源系统坚持稳供保供与绿色转型并重。\n")
    got = blocks(raw)
    assert got[1] == ("furniture", "【字 体：大中小】 【打 印】 【关 闭】"), got


def test_a_masthead_is_not_a_title_run_into_its_lines():  # (大公报 ends like 公报)
    raw = ("大公报　2025年8月6日　星期三　A12 | 大湾区\n\n某市制造业上半年稳中向好\n\n"
           "某市上半年工业增加值增长6.8%。\n")
    assert blocks(raw)[1] == ("heading", "某市制造业上半年稳中向好")


def test_a_heading_run_into_a_year_is_or_its_first_item():
    raw = ("关于某市2025年计划执行情况的报告\n\n"
           "一、2025年国民经济和社会发展计划执行情况2025年是“十四五”规划收官之年。全市地区生产总值达到14280亿元，增长5.6%，高于预期目标0.1个百分点。三、2026年主要任务"
           "（一）扩大有效投资。全年实施市级重点项目850个，完成投资2400亿元以上。（二）提振消费。全年举办"
           "促消费活动300场以上。\n")
    got = blocks(raw)
    assert ("heading", "一、2025年国民经济和社会发展计划执行情况") in got, got
    assert ("heading", "三、2026年主要任务") in got, got
    assert any(t.startswith("2025年是“十四五”规划收官之年") for _, t in got)
    assert any(t.startswith("（一）扩大有效投资。") for _, t in got)


def test_a_heading_run_into_its_sections_time_or_scope():
    """A level-1 heading run into a section that opens with when or where its figures stand:
    a month or months and a comma (1-10月，, 10月末，, 前十个月，), the year's end (年末全区…),
    a year and a comma after 到, five years (五年来，), a plan's period (“十四五”以来，), or the
    year the heading opens with, again (二、二〇二五年财政预算二〇二五年特区政府…)."""
    raw = ("2025年1-10月全省经济运行情况\n\n"
           "现将有关情况通报如下。一、工业生产稳中有升1-10月，全省规模以上工业增加值同比增长7.1%。"
           "二、金融运行总体平稳10月末，全省金融机构本外币各项存款余额25.6万亿元，同比增长8.2%。"
           "三、对外贸易前十个月，全省进出口总额4.35万亿元，同比增长6.9%。"
           "四、教育和卫生年末全区共有各级各类学校218所，其中普通中学42所。"
           "五、主要目标到2027年，乡村全面振兴取得阶段性成效，农村居民人均可支配收入增长6%以上。"
           "六、发展基础“十四五”以来，全县粮食播种面积稳定在80万亩以上。"
           "七、成就回顾五年来，全市地区生产总值年均增长5.9%。"
           "八、二〇二五年财政预算二〇二五年特区政府财政预算总收入为1,206亿澳门元，"
           "其中博彩直接税收入预算为882亿澳门元。\n")
    got = blocks(raw)
    for heading in ("一、工业生产稳中有升", "二、金融运行总体平稳", "三、对外贸易",
                    "四、教育和卫生", "五、主要目标", "六、发展基础", "七、成就回顾",
                    "八、二〇二五年财政预算"):
        assert ("heading", heading) in got, heading
    for lead in ("1-10月，全省", "10月末，全省", "前十个月，全省", "年末全区", "到2027年，",
                 "“十四五”以来，", "五年来，", "二〇二五年特区政府"):
        assert any(kind == "paragraph" and text.startswith(lead) for kind, text in got), lead


def test_a_year_inside_a_heading_stays_in_it():
    """A year, a month or a scope inside the heading, with no clause mark after it, is no
    section's opener (三、扎实做好2025年财政工作, 二、全省1-10月工业生产)."""
    raw = ("2025年财政预算报告\n\n现将有关情况报告如下。三、扎实做好2025年财政工作" + BODY * 2
           + "四、全省1-10月工业生产情况规模以上工业增加值同比增长7.1%。" + BODY + "\n")
    got = blocks(raw)
    assert any(text.startswith("三、扎实做好2025年财政工作") for _, text in got)
    assert not any(text.startswith(("2025年财政工作", "1-10月工业")) for _, text in got)


def test_a_title_with_a_note_in_brackets_and_a_headline_run_into_the_lead():
    """The page's head run into the text: a title's bracketed note goes with the title
    (…施政报告（摘要）, …演辞（节录）: the title was cut inside the brackets, or not at all), and
    a headline naming no kind of document ends where a year opens the lead's first clause
    (…迈上新台阶2020年以来，…; not 2025年上半年全市经济运行情况发布日期：…)."""
    body = "今年是澳门回归祖国二十五周年。" + BODY * 3
    got = blocks("二〇二五年财政年度施政报告（摘要）主席、各位议员：" + body + "\n")
    assert got[0] == ("heading", "二〇二五年财政年度施政报告（摘要）")
    got = blocks("二〇二四至二五年度财政预算案演辞（节录）主席：我谨动议二读"
                 "《2024年拨款条例草案》。" + body + "\n")
    assert got[0] == ("heading", "二〇二四至二五年度财政预算案演辞（节录）")
    got = blocks("川渝携手唱好“双城记”经济圈建设迈上新台阶2020年以来，"
                 "成渝地区双城经济圈建设全面起势。" + body + "\n")
    assert got[0][1] == "川渝携手唱好“双城记”经济圈建设迈上新台阶"
    got = blocks("2025年上半年全市经济运行情况发布日期：2025-07-22 来源：潍坊市统计局。"
                 + body + "\n")
    assert not any(text == "2025年上半年" for _, text in got)


def test_a_headline_over_paragraphs_one_a_line():
    """A headline, a byline, then each paragraph on a line of its own with no blank line
    between (a web page copied without its breaks): the headline stands apart (it was joined to
    the lead as a full line, so its figures read under no heading)."""
    raw = ("川渝携手唱好“双城记”  经济圈建设迈上新台阶\n本报记者  李  丹\n"
           "2020年以来，成渝地区双城经济圈建设全面起势。记者从市发展改革委获悉，2024年成渝地区"
           "双城经济圈实现地区生产总值8.7万亿元，占全国的比重为6.5%。两地规模以上工业增加值分别"
           "增长7.3%和6.8%。\n")
    got = blocks(raw)
    assert got[0] == ("heading", "川渝携手唱好“双城记” 经济圈建设迈上新台阶")
    assert any(kind == "paragraph" and text.startswith("2020年以来，") for kind, text in got)


def test_a_title_run_into_the_breadcrumb_opening_with_a_longer_place():
    """A title opening with a place of three or four characters (石家庄市, 呼和浩特市) starts
    at the place's first character (it was cut at 家庄市, its first character left in the
    crumb); a two-character place is read as before."""
    pages = (("河北省人民政府 > 政务公开 > 发展规划", "石家庄市“十四五”规划纲要实施中期评估报告"),
             ("首页 > 政务公开 > 统计信息", "呼和浩特市2024年国民经济和社会发展统计公报"),
             ("首页 > 政务公开 > 规划计划 > 发展规划", "绵阳市“十四五”规划纲要实施中期评估报告"))
    for crumbs, title in pages:
        raw = (crumbs + title + "\n发布时间：2024-04-26 15:20\u3000\u3000来源：市发展改革委\n"
               "根据有关规定，现将评估情况报告如下。\n")
        got = blocks(raw)
        assert got[1] == ("heading", title), got


def test_bullets_run_together_are_items_again():
    """Bulleted lines run together (▶…谱写新篇章▶…): each bullet opens an item again, its mark
    off the text, as on a line of its own."""
    raw = ("五个新篇章▶要聚焦打造西部地区重要增长极，在促进区域协调发展上谱写新篇章▶要聚焦建设"
           "现代化产业体系，在因地制宜发展新质生产力上谱写新篇章▶要聚焦增强发展动力活力，在进一步"
           "全面深化改革上谱写新篇章。" + BODY + "\n")
    got = blocks(raw)
    assert ("list_item", "要聚焦建设现代化产业体系，在因地制宜发展新质生产力上谱写新篇章") in got
    assert ("list_item", "要聚焦打造西部地区重要增长极，在促进区域协调发展上谱写新篇章") in got


def test_a_heading_ending_in_a_sections_word_run_into_its_first_sentence():
    """A level-1 heading that ends in a word a section heading ends with (工作回顾, 施政重点,
    执行情况: ``heading_endings``) run into a section whose first sentence opens with no time
    or scope (经济持续复苏。, 明年预计…): the heading ends after that word. A list item whose
    clause goes on after such a word (一、加强预算管理，…) stays whole."""
    raw = ("某特区二〇二五年施政报告（摘要）\n\n"
           "各位议员：今年是第五届特区政府任期的最后一年，各项施政取得积极成效。"
           "一、二〇二四年施政回顾经济持续复苏。今年首三季，本地生产总值实质增长9.2%，"
           "恢复至二〇一九年同期的86.5%。二、明年施政重点明年预计入境旅客达到3,800万人次左右，"
           "本地生产总值实质增长3%至5%。三、保障措施（一）加强预算管理，严控一般性支出，"
           "全年压减非刚性支出10%。\n")
    got = blocks(raw)
    assert ("heading", "一、二〇二四年施政回顾") in got, got
    assert ("heading", "二、明年施政重点") in got, got
    assert any(kind == "paragraph" and text.startswith("经济持续复苏。") for kind, text in got)
    assert any(kind == "paragraph" and text.startswith("明年预计入境旅客") for kind, text in got)
    assert any(text.startswith("（一）加强预算管理，严控") for _, text in got), got


def test_a_title_naming_things_in_a_series_run_into_its_source_line_and_text():
    """A company report's title holds 、 (环境、社会及公司治理报告): it was no title to the page's
    head (cut at its first body punctuation), so the report's year was lost to every 全年."""
    lead = ("2024年是公司实施减排行动方案的第三年。全年实现营业收入86.42亿元，同比增长12.6%，"
            "研发投入4.37亿元，占营业收入的5.06%。")
    title = "苏州某某光电材料股份有限公司2024年度环境、社会及公司治理（ESG）报告（节选）"
    source = "证券代码：688517　证券简称：某某材料　发布日期：2025年4月25日"
    for joint in ("", " "):
        got = blocks(joint.join([title, source, "董事长致辞（摘要）" + lead, "第三章　环境 "
                                 "全年总用水量312.6万立方米，同比下降11.3%。" * 3]) + "\n")
        assert got[0] == ("heading", title)
        assert not any(title in text and kind != "heading" for kind, text in got)
        assert any(text.startswith("董事长致辞") or text.startswith("2024年是") for _, text in got)


def test_a_section_numbered_by_its_chapter_run_into_its_text():
    """3.3 水资源与废弃物 run into its text after a sentence end: the marker's own pattern wants
    the title up to the line's end, so the heading stayed in the sentence (its indicator read
    3.3水资源与废弃物总用水量); a decimal before a unit is a figure and opens no section."""
    raw = ("某公司2024年度可持续发展报告\n\n" + BODY
           + "3.3 水资源与废弃物全年总用水量312.6万立方米，同比下降11.3%。"
           "4.2安全生产报告期内，安全生产投入1.86亿元，同比增长8.3%。"
           "投入中3.5亿元用于技改，其中2.6万吨标准煤的节能量来自余热回收。\n")
    got = blocks(raw)
    assert ("heading", "3.3 水资源与废弃物") in got
    assert ("heading", "4.2安全生产") in got
    assert any(text.startswith("全年总用水量") for _, text in got)
    assert any(text.startswith("报告期内，安全生产投入") for _, text in got)
    assert not any(text.startswith(("3.5亿元", "2.6万吨")) for _, text in got)


def test_a_periodic_reports_title_run_into_its_source_line():
    # (周报, 月报, 通报…: a kind of document as 公报 and 报告 are; the week the title names dates
    # the report's 本周)
    for title in ("2025年第47周农产品批发市场价格周报", "2025年10月全市空气质量月报",
                  "2025年第三季度运行情况通报"):
        raw = (title + "发布日期：2025-11-25　来源：某某市统计局一、总体情况" + BODY + BODY + "\n")
        assert blocks(raw)[0] == ("heading", title)


def test_a_release_sections_appraisal_heading_run_into_its_first_sentence():
    """A statistics release's sections are headed by how the sector fared (一、经济运行稳中有进,
    二、工业生产较快增长): on a page whose paragraphs run together the appraisal ends the heading,
    so that the first sentence's figures are not named after it (经济运行稳中有进GDP)."""
    raw = ("某市前三季度经济运行情况\n\n"
           "前三季度全市经济运行总体平稳，主要指标好于预期。一、经济运行稳中有进GDP增长4.8%，"
           "比上半年加快0.2个百分点。二、工业生产较快增长规模以上工业增加值增长6.1%，"
           "其中制造业增长6.8%。三、消费市场持续回暖社会消费品零售总额1326.4亿元，增长5.2%。"
           "四、投资结构持续优化全市固定资产投资增长3.9%，其中工业投资增长12.4%。\n")
    got = blocks(raw)
    assert ("heading", "一、经济运行稳中有进") in got, got
    assert ("heading", "二、工业生产较快增长") in got, got
    assert any(kind == "paragraph" and text.startswith("GDP增长4.8%") for kind, text in got)
    assert any(kind == "paragraph" and text.startswith("社会消费品零售总额") for kind, text in got)
