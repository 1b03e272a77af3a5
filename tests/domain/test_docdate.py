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
