from datetime import date

from pipelines.domain.docdate import detect_document_date, parse_date_text


def test_masthead_date_is_text():
    assert detect_document_date("正文", "2023年3月20日 星期一") == (date(2023, 3, 20), "text")
    assert parse_date_text("2024-05-06") == date(2024, 5, 6)


def test_printed_footer_date_is_text():
    text = "编辑：某某 032023年3月20日 星期一要闻 党报热线"
    assert detect_document_date(text, None) == (date(2023, 3, 20), "text")


def test_year_of_reported_results_plus_event_day():
    text = "2023年，全市地区生产总值增长6%。8月30日，市领导干部大会召开。"
    assert detect_document_date(text, None) == (date(2024, 8, 30), "inferred")


def test_year_range_reported_as_past():
    text = "从2010年到2023年，常住人口净增735万。4月30日，市委常委会召开会议。"
    assert detect_document_date(text, None) == (date(2024, 4, 30), "inferred")


def test_plan_anchor_years():
    text = "今年是“十四五”规划收官之年。12月9日，全会召开。"
    assert detect_document_date(text, None) == (date(2025, 12, 9), "inferred")
    text = "今年是全面贯彻党的二十大精神的开局之年。7月3日，全会召开。"
    assert detect_document_date(text, None) == (date(2023, 7, 3), "inferred")


def test_forward_plan_period_gives_year_before():
    text = "“十四五”时期，工业营收跨越千亿台阶。“十五五”时期要打造产业集群。12月10日召开发布会。"
    assert detect_document_date(text, None) == (date(2025, 12, 10), "inferred")


def test_future_dates_are_not_evidence():
    text = "博览会将于2030年10月1日开幕。"
    assert detect_document_date(text, None) == (None, "unknown")


def test_no_evidence_is_unknown():
    assert detect_document_date("坚持创新驱动发展。", None) == (None, "unknown")


def test_labelled_date_line_near_the_top_is_text():
    text = ("2025年上半年全市经济运行情况\n发布日期：2025-07-22 09:30 来源：潍坊市统计局\n"
            "上半年，全市增长。")
    assert detect_document_date(text, None) == (date(2025, 7, 22), "text")
    text = "某某公报 杭州市统计局 2025年3月10日\n2024年，全市增长4.7%。\n2025年，预期增长5.5%。"
    assert detect_document_date(text, None) == (date(2025, 3, 10), "text")


def test_date_line_under_a_title_wins_over_inferred_days():
    text = ("二〇二五年财政年度施政报告\n——二〇二四年十一月十二日在立法会全体会议上\n"
            "今年首三季增长9.2%。\n市民可于十二月三十一日前致电。")
    assert detect_document_date(text, None) == (date(2024, 11, 12), "text")
    assert detect_document_date("标题\n二〇二四年十一月十二日\n正文。", None) == (
        date(2024, 11, 12), "text")


def test_an_event_sentence_at_the_top_is_not_a_date_line():
    text = "标题\n2023年12月15日，市委召开全会。"
    assert detect_document_date(text, None) == (date(2023, 12, 15), "inferred")


def test_target_year_is_not_a_past_year():
    text = "2024年，全市实现地区生产总值21860亿元。\n2025年，全市地区生产总值预期增长5.5%左右。"
    assert detect_document_date(text, None) == (date(2025, 1, 1), "inferred")
    text = "2023年，全市超额完成目标任务。"
    assert detect_document_date(text, None) == (date(2024, 1, 1), "inferred")


def test_deadline_is_not_the_documents_day():
    text = "2023年，全市增长。\n居民可于12月31日前申请。\n6月3日，会议召开。"
    assert detect_document_date(text, None) == (date(2024, 6, 3), "inferred")
    text = "2024年，全市增长。\n请于2024年12月31日前提交。"
    assert detect_document_date(text, None) == (date(2025, 1, 1), "inferred")


def test_forward_looking_heading_gives_the_year():
    text = "主席：\n二〇二三年香港经济实质增长3.2%。\n二〇二四年展望\n我预测今年经济增长2.5%。"
    assert detect_document_date(text, None) == (date(2024, 1, 1), "inferred")
    text = "苏州市2025年重点工作安排\n一、主要预期目标\n地区生产总值增长5.5%左右。"
    assert detect_document_date(text, None) == (date(2025, 1, 1), "inferred")


def test_month_day_dateline_takes_the_year_of_a_part_of_a_year():
    """A news item whose date line gives month and day only takes the year its text names with
    a part of that year, when the day can follow the part's end."""
    text = ("2024年前三季度西安经济运行稳中有进\n本报讯（记者 王磊）10月21日，记者从市统计局获悉，"
            "前三季度，全市地区生产总值同比增长4.8%。")
    assert detect_document_date(text, None) == (date(2024, 10, 21), "inferred")
    text = "全市经济运行平稳\n（10月8日）\n2024年1—8月，全市规模以上工业增加值增长6%。"
    assert detect_document_date(text, None) == (date(2024, 10, 8), "inferred")
    text = "2025年上半年全省外贸稳中向好\n本报讯 7月16日，记者从省商务厅获悉，进出口增长3%。"
    assert detect_document_date(text, None) == (date(2025, 7, 16), "inferred")
    # 3月12日 cannot report the first three quarters of 2024 in 2024: no date
    text = "2024年前三季度全市经济运行稳中有进\n本报讯 3月12日，记者从市统计局获悉，增长4.8%。"
    assert detect_document_date(text, None) == (None, "unknown")


def test_month_day_dateline_takes_the_year_after_reported_results():
    """A clause reporting a year's results (no comma after the year) dates the text from the
    next year; with a date line, on its day."""
    text = "本报讯 3月12日，记者从市统计局获悉，2024年全市地区生产总值实现增长5.2%。"
    assert detect_document_date(text, None) == (date(2025, 3, 12), "inferred")
    text = ("臺中市去年觀光人次創新高\n臺中市政府今（15）日公布統計，"
            "2023年全市觀光人次達4,200萬人次。今年將持續推動觀光振興方案。")
    assert detect_document_date(text, None) == (date(2024, 1, 1), "inferred")  # no month
    text = ("2020年以来，成渝地区双城经济圈建设全面起势。2024年成渝地区双城经济圈实现地区生产总值"
            "8.7万亿元，比2019年提高0.2个百分点。到2027年，地区生产总值将突破10万亿元。")
    assert detect_document_date(text, None) == (date(2025, 1, 1), "inferred")


def test_a_month_and_day_alone_never_make_a_date():
    for text in ("本报讯 3月12日，全市春耕生产有序推进。",
                 "本报讯 3月12日，全市工业产值比2023年增长5%。",  # a comparison base
                 "本报讯 3月12日，2025年全市力争实现地区生产总值增长5%。",  # a target
                 "本报讯 3月12日，到2027年全市常住人口城镇化率达到70%。"):
        assert detect_document_date(text, None) == (None, "unknown"), text


def test_a_dated_line_in_minguo_years():
    text = ("行政院主计总处新闻稿\n发布日期：114年11月28日\n发布单位：综合统计处\n"
            "114年第3季经济成长率概估为7.64%")
    assert detect_document_date(text, None) == (date(2025, 11, 28), "text")
    text = "民国113年1月15日\n台中市政府观光旅游局公布统计"
    assert detect_document_date(text, None) == (date(2024, 1, 15), "text")
    # the calendar's full name under a title (QA 15: a county's 施政报告 stayed undated)
    text = "新竹县政府\n113年度施政报告\n中华民国113年4月2日\n\n一、财政\n本县113年度总预算…"
    assert detect_document_date(text, None) == (date(2024, 4, 2), "text")
    # a count (114年) is no year without month and day; a four-digit year is not Minguo
    text = "发布日期：2025年11月28日\n该机构已成立114年。"
    assert detect_document_date(text, None) == (date(2025, 11, 28), "text")


def test_dated_header_line_read_from_the_raw_head():
    # cleaning deletes the full-width spaces that set the date apart: the raw head still has them
    clean = "报告标题\n发布单位：某行业协会（ABC）2025.07.24北京\n上半年产量增长5%。"
    raw = "报告标题\n发布单位：某行业协会（ABC）　2025.07.24　北京\n上半年产量增长5%。"
    assert detect_document_date(clean, None)[1] != "text"
    assert detect_document_date(clean, None, raw) == (date(2025, 7, 24), "text")


def test_raw_head_date_forms():
    for line, day in (("某协会　2025/7/24　北京", date(2025, 7, 24)),
                      ("某协会 2025-07-24", date(2025, 7, 24)),
                      ("某协会2025.7.4发布", date(2025, 7, 4)),
                      ("某协会　2025 年 7 月 24 日　北京", date(2025, 7, 24)),
                      ("发布时间：2025年7月24日 10:00", date(2025, 7, 24))):
        raw = f"标题\n{line}\n正文。"
        assert detect_document_date("标题\n正文。", None, raw) == (day, "text"), line


def test_raw_head_deadlines_and_ranges_are_not_dates():
    for line in ("请于2025.07.24前报送", "2024-2025年度报告", "版本1.2.3", "将于2025/8/1起施行"):
        raw = f"标题\n{line}\n正文。"
        assert detect_document_date("标题\n正文。", None, raw) == (None, "unknown"), line


def test_a_labelled_publication_line_below_a_portals_menu_dates_the_page():
    menu = "".join(f"{w}\n" for w in ("首页", "政务公开", "政务服务", "互动交流", "走进某市",
                                       "专题专栏", "新闻中心", "信息公开"))
    text = (menu + "当前位置：首页>政务公开>政务动态>正文\n某市发布营商环境评价结果\n"
            "发布时间：2025-03-12 10:30 来源：某市发展和改革局\n"
            "3月11日，某市召开优化营商环境大会。2024年全市营商环境综合得分86.7分。\n")
    assert detect_document_date(text, None) == (date(2025, 3, 12), "text")
    # a date in a body sentence is no publication date, even when labelled
    body = (menu + "某市召开优化营商环境大会。\n"
            "报名时间：2025-04-30前提交材料。\n")
    assert detect_document_date(body, None)[1] != "text"


def test_a_yearbook_speaks_from_its_edition_year_start():
    text = ("工业和信息化\n《某市某区年鉴（2024）》第六篇·经济\n概况\n"
            "2023年，某区规模以上工业增加值增长7.8%。全年新建标准厂房21.5万平方米。\n"
            "大事记\n3月18日，国际服装节开幕。\n9月6日，产业园二期开工。\n")
    assert detect_document_date(text, None) == (date(2024, 1, 1), "inferred")
    # a sentence citing a yearbook does not make the text one
    cited = ("某市秋粮收购工作会议召开\n据《中国统计年鉴2024》，2023年，全国粮食产量稳定。\n"
             "9月6日，某市召开秋粮收购工作会议。\n")
    assert detect_document_date(cited, None) == (date(2024, 9, 6), "inferred")


def test_the_raw_pages_header_dates_it_when_cleaning_left_the_line_out():
    # the labelled line was taken as furniture (no sentence): the raw page still has it
    nav = "\n".join(" " * 20 for _ in range(30))  # a web page's blanked head and menu
    raw = (nav + "\n首页 > 政务公开 > 正文\n某区召开招商引资推进会\n"
           "发布日期：2025-06-03  来源：某区投资促进局\n"
           "6月2日，某区召开招商引资推进会。全区新签约项目46个。\n")
    clean = "某区召开招商引资推进会\n6月2日，某区召开招商引资推进会。全区新签约项目46个。\n"
    assert detect_document_date(clean, None, raw) == (date(2025, 6, 3), "text")
    # a meeting's time is no publication date
    notice = ("关于召开招商引资推进会的通知\n" + "\n".join(["各单位"] * 8)
              + "\n时间：2025年6月30日 9:00\n地点：区政府三楼会议室\n请准时参加。\n")
    assert detect_document_date(notice, None, notice)[1] != "text"


def test_a_labelled_publication_date_wins_over_the_drafting_and_signature_date():
    # a government document prints both dates under its title and signs at its foot on the day
    # it was drafted (成文): it is published, and speaks to its readers, on the later day
    body = ("\n某省人民政府办公厅关于推进物流降本增效的通知\n各市人民政府：\n"
            "现就有关事项通知如下。\n某省人民政府办公厅\n2024年9月3日")
    published, drafted = "发布日期：2024年9月10日", "成文日期：2024年9月3日"
    expected = (date(2024, 9, 10), "text")
    # the signature's date is what cleaning hands over as the masthead's
    for line in (published + "　　" + drafted, drafted + "　　" + published):
        assert detect_document_date(line + body, "2024年9月3日") == expected, line
        assert detect_document_date(line + body, None) == expected, line
    # with no publication label, the drafting and signature date stays the text's
    assert detect_document_date(drafted + body, "2024年9月3日") == (date(2024, 9, 3), "text")


def test_a_dateline_with_its_weekday_in_brackets_is_the_date():
    # a Hong Kong government release's dateline under its title
    text = ("政府统计处公布零售业销货额临时估计\n二〇二五年十二月二日（星期二）\n"
            "政府统计处今日发表数字。")
    assert detect_document_date(text, None) == (date(2025, 12, 2), "text")


def test_a_signature_s_dateline_after_its_other_lines_on_one():
    """承董事会命 …公司 主席 香港，二零二五年八月二十六日: cleaning may set a signature's lines on
    one; the place's dateline at its end (Chinese numerals too) is still the text's date, and a
    payment day announced in the body (将于…派付) is not."""
    text = ("中期股息\n董事会已议决宣派中期股息每股港币6.0仙，将于二零二五年十月十日（星期五）"
            "派付予于二零二五年九月十九日名列本公司股东名册之股东。\n"
            "承董事会命 华晟智能装备控股有限公司 主席 香港，二零二五年八月二十六日")
    assert detect_document_date(text, None) == (date(2025, 8, 26), "text")


def test_a_fund_report_s_sending_date_wins_over_its_period_end_under_the_title():
    """A fund's periodic report prints its period's end alone under the title and labels the
    day it is sent out (报告送出日期): that label is its publication date."""
    text = ("某某混合型证券投资基金\n2025年第3季度报告\n2025年9月30日\n"
            "基金管理人：某某基金管理有限公司\n报告送出日期：2025年10月27日\n本报告期自2025年7月1日起至9月30日止。")
    assert detect_document_date(text, None) == (date(2025, 10, 27), "text")
