"""Repairs of the damage text pulled out of printed pages carries (tests/support/DAMAGE.md), on
short hand-made inputs: invisible characters, lone CR line ends, OCR spaces inside numbers, OCR
letters read for digits, a wrapped year range, a wrapped title, a title repeated as the running
header; a printed line cut by a page break, a web page's source line cut by a wrap, a month cut
from its number after a sentence end, thousands separators in an OCR-spaced number. Every repair
keeps the exact offset map."""

from __future__ import annotations

from pipelines.domain.analysis import analyse_document
from pipelines.domain.cleaning import clean_document
from pipelines.domain.cleaning.aligned import _one_number
from pipelines.domain.cleaning.normalize import normalize_chars

BODY = ("全市经济运行总体平稳，质量效益稳步提升，各项事业取得新进展，人民生活持续改善。"
        "全年完成了各项目标任务，为下一步发展打下了坚实基础。\n")


def blocks(raw: str) -> list[tuple[str, str]]:
    doc = clean_document(raw)
    for s in doc.sentences:  # no clean character but a kept space points at a deleted one
        assert all(raw[k] not in " \u200b\ufeff\u00ad\r"
                   for ch, k in zip(s.text, s.raw_index, strict=True) if ch != " ")
    return [(b.kind, b.text) for b in doc.blocks]


def body(raw: str) -> str:
    return "".join(t for k, t in blocks(raw) if k in ("paragraph", "list_item"))


def test_invisible_characters_are_deleted_without_a_space():
    raw = "高技术制造业增加值增长1\u200b2.5%，投资增长1\u00ad2.5%，城镇\ufeff调查失业率5%以内。\n"
    assert body(raw) == "高技术制造业增加值增长12.5%，投资增长12.5%，城镇调查失业率5%以内。"


def test_invisible_characters_in_a_spaced_line_and_a_heading():
    assert body("全年新建充电桩 6\u200b0 万个，累计 2.6 万列，城\u200b镇新增就业 7 万人。\n") == (
        "全年新建充电桩60万个，累计2.6万列，城镇新增就业7万人。")
    assert ("heading", "一、2024年工作回顾") in blocks("一、20\u200b24年工作回顾\n\n" + BODY)


def test_a_lone_cr_ends_a_line_and_a_crlf_is_one_line_end():
    assert normalize_chars("第一段。\r第二段。\r\n第三段") == "第一段。\n第二段。 \n第三段"
    kinds = blocks("一、总体要求\r\r" + BODY.replace("\n", "\r\n"))
    assert kinds[0] == ("heading", "一、总体要求")
    assert kinds[1][1].startswith("全市经济运行")


def test_ocr_spaces_inside_a_number_of_chinese_text_go():
    raw = ("全年新增就业13 00万人，增长6 .3 %，高技术制造业增加值增长 1 2.5 %，森林覆盖率63. 35 %，"
           "进出口总额120 8.7亿元。\n")
    assert body(raw) == ("全年新增就业1300万人，增长6.3%，高技术制造业增加值增长12.5%，"
                         "森林覆盖率63.35%，进出口总额1208.7亿元。")
    spaced = "新 增 就 业 1 2 万 人 ，比 上 年 增 长 6 . 3 % ，完 成 全 年 目 标 任 务 。\n"
    assert body(spaced) == "新增就业12万人，比上年增长6.3%，完成全年目标任务。"


def test_spaces_between_separate_numbers_stay():
    raw = "见图1 2024年数据，两组数据分别为2023 2024年，比值为1.5 2.5倍，各项指标均已完成。\n"
    assert body(raw) == raw.strip()
    assert any("3875.6 5.9" in t for _, t in blocks("地区生产总值 亿元 3875.6 5.9\n" + BODY))


def test_a_spaced_out_year_in_a_heading_is_joined():
    assert ("heading", "一、2024年工作回顾") in blocks("一、20 24年工作回顾\n\n" + BODY)


def test_ocr_letters_read_for_digits_inside_numbers():
    cases = {"2O24年": "2024年", "增长l2.5%": "增长12.5%", "1O0亿元": "100亿元",
             "202O年": "2020年", "达到1O%": "达到10%", "1-l0月": "1-10月", "l14年": "114年",
             "增加O.61万人": "增加0.61万人", "提高3.O%": "提高3.0%", "下降l.5个": "下降1.5个",
             "1.O5万": "1.05万", "面积8l.7万亩": "面积81.7万亩", "流转率4O.3%": "流转率40.3%"}
    for raw, want in cases.items():
        assert normalize_chars(raw) == want, raw


def test_ocr_letters_opening_a_table_cell_or_a_base_after_an_equals_sign():
    cases = {"北京\t99.4\tl03.1\n": "北京 99.4 103.1\n", "成都  l03.1  115.4": "成都  103.1  115.4",
             "环比（上月=l00）": "环比（上月=100）", "定基（2020年=I00）\t": "定基（2020年=100） "}
    for raw, want in cases.items():
        assert normalize_chars(raw) == want, raw
    for raw in ("Route I9a", "I 0 I 1", "IPv6 l0T", "\tO.5\n"):
        assert normalize_chars(raw) == raw.replace("\t", " ")


def test_a_bracket_pair_read_half_one_way_is_full_width():
    assert normalize_chars("环比(上月=100)\t") == "环比（上月=100） "
    assert normalize_chars("定基(2020年=100）") == "定基（2020年=100）"
    assert normalize_chars("f(x)=1，见（注）") == "f(x)=1，见（注）"


def test_letters_of_latin_words_stay():
    for raw in ("O2O模式", "IPv6地址", "l0T设备", "COVID-19疫情", "第I季度", "Al0%", "H2O",
                "v2.O%", "H2O.5%", "A3l.2万"):
        assert normalize_chars(raw) == raw


def test_ocr_letters_give_the_metric_back():
    (m,) = analyse_document("全年规模以上工业增加值增长l2.5%。\n").metrics
    assert m.value == 12.5 and m.quote == "l2.5%"


def test_a_year_range_cut_by_a_line_break_is_one_range():
    raw = ("为深入贯彻落实中央和省委市委农村工作会议精神扎实推进（2026—202\n8年）乡村全面振兴，"
           "结合我县实际，制定本方案。为深入贯彻落实中央和省委市委农村工作会议精神扎实推\n进乡村全面"
           "振兴，结合我县实际。\n")
    assert "推进（2026-2028年）乡村" in body(raw)


def test_a_title_cut_by_the_column_edge_is_a_heading():
    column = "为深入贯彻落实中央和省委市委农村工作会\n"  # 20 wide, as the title's first line
    raw = ("攸县推进乡村全面振兴实施方案（2026—2028\n年）\n\n" + column * 3
           + "兴，结合我县实际，制定本方案。\n")
    kinds = blocks(raw)
    assert kinds[0] == ("heading", "攸县推进乡村全面振兴实施方案（2026-2028年）")


def test_a_short_two_line_sentence_stays_a_paragraph():
    column = "为深入贯彻落实中央和省委市委农村工作会议精神扎实推进乡村全面振\n"
    raw = "全年地区生产总值增长百分之五点二，居民人均可支配收入稳步\n增长。\n\n" + column * 3
    assert blocks(raw)[0][0] == "paragraph"


def test_the_title_repeated_as_running_header_stays_the_title():
    title = "长沙市雨花区2024年国民经济和社会发展统计公报"
    page = BODY * 3
    raw = f"{title}\n\n{page}— 1 —\n{title}\n{page}— 2 —\n{title}\n{page}"
    kinds = blocks(raw)
    assert kinds[0] == ("heading", title)
    assert [k for k, t in kinds[1:] if t == title] == ["page_marker", "page_marker"]


def test_a_gazette_header_laid_out_with_a_gap_is_furniture_on_the_first_page_too():
    header = "泉州市人民政府公报　　　　　　2025年第2期"
    page = BODY * 3
    raw = f"{header}\n政府工作报告\n\n{page}— 1 —\n{header}\n{page}— 2 —\n{header}\n{page}"
    kinds = blocks(raw)
    assert kinds[0][0] == "page_marker"


def test_figures_of_a_table_row_stay_apart():
    rows = ("粮食总产量\t万吨\t38.6\t39以上\t约束性\n"
            "农村居民人均可支配收入\t元\t28960\t37000\t预期性\n")
    texts = [t for _, t in blocks("指标\t单位\t2024年基期值\t2028年目标值\t属性\n" + rows + BODY)]
    assert "粮食总产量 万吨 38.6 39以上 约束性" in texts
    assert "农村居民人均可支配收入 元 28960 37000 预期性" in texts


def test_a_spaced_out_year_opening_a_title_or_paragraph_is_joined():
    body_text = "全省空气质量优良天数比例为92.5%，比上年下降0.8个百分点。"
    raw = f"202 3年江西省生态环境状况公报\n\n202 3年，{body_text}\n"
    assert [t for _, t in blocks(raw)] == ["2023年江西省生态环境状况公报", f"2023年，{body_text}"]


def test_a_spaced_out_number_after_a_range_dash_is_joined():
    assert "1-10月，全省规模以上工业增加值增长6.4%" in body(
        "1-1 0月，全省规模以上工业增加值增长6. 4 %，比前三季度加快0.1个百分点，高于全国水平。\n")


# A hard-wrapped newspaper column (lines of about 17 characters)
COLUMN = ("一是创新动能持续增强。科技创\n"
          "新是形成新质生产力的核心要素，在推\n"
          "动产业结构优化升级、构建现代化产业\n"
          "体系中具有关键性作用。当前，成都已\n"
          "初步形成支撑引领高质量发展的科技\n"
          "创新体{cut}系。创新资源加速聚集，拥有65\n"
          "所高校、30余家国家级科研机构、146个\n"
          "国家级创新平台，人才总量达到622万\n"
          "人、全国排名第4。\n")


def test_a_page_break_inside_a_printed_line_does_not_end_the_paragraph():
    clean = blocks(COLUMN.format(cut=""))
    assert [k for k, _ in clean] == ["paragraph"]
    for cut in ("\n2\n", "\n— 2 —\n", "\n- 2 -\n"):
        damaged = blocks(COLUMN.format(cut=cut))
        assert [b for b in damaged if b[0] == "paragraph"] == clean, cut


def test_a_web_source_line_cut_by_a_wrap_stays_furniture():
    title = "2025年10月份广东居民消费价格和工业生产者价格变动情况"
    source = "来源：国家统计局广东调查总队　　发布时间"
    for line in (f"{source}\n：2025-11-12 09:30　　【字体：大 中 小】",
                 f"{source}：\n2025-11-12 09:30　　【打印本页】"):
        raw = (f"{title}\n\n{line}\n\n一、居民消费价格情况\n\n"
               "10月份，全省居民消费价格同比上涨0.3%。\n")
        got = blocks(raw)
        assert [k for k, _ in got] == ["heading", "furniture", "furniture", "heading", "paragraph"]
        doc = clean_document(raw)
        assert doc.sentences[-1].heading_path == (title, "一、居民消费价格情况")


def test_a_month_cut_after_a_sentence_end_is_no_section_number():
    raw = (BODY + "全省城镇新增就业98.6万人，完成全年目标任务的109.6%。10\n"
           "月份，全省城镇调查失业率为4.5%，与上月持平。\n")
    assert "section_number" not in [k for k, _ in blocks(raw)]
    assert "完成全年目标任务的109.6%。10月份，全省城镇调查失业率为4.5%" in body(raw)
    short = "是城市应有之义。7\n月15日，四川省委召开全会。\n"  # not full: joined all the same
    assert body(BODY + short).endswith("是城市应有之义。7月15日，四川省委召开全会。")
    glued = BODY + "加快建设现代化产业体系。2\n要坚持以高水平保护支撑高质量发展。\n"
    assert ("section_number", "2") in blocks(glued)


def test_an_ocr_space_inside_a_number_with_thousands_separators_goes():
    raw = "第3季出口达1,6 58亿美元，平均每人GDP为4 0,112美元，岁出新台币3兆0,1 25亿元。\n"
    assert body(raw) == "第3季出口达1,658亿美元，平均每人GDP为40,112美元，岁出新台币3兆0,125亿元。"
    # separators three digits apart only: 1, 2 (two numbers) is not joined as one
    assert _one_number(["1,6", "58"]) and _one_number(["4", "0,112"])
    assert not _one_number(["1,", "2"]) and not _one_number(["12,3", "4"])


def test_an_invisible_character_inside_a_number_grouped_by_spaces():
    """Hong Kong's figures are grouped by spaces (3 845 600人): an invisible character inside a
    group or before the number (a zero-width space, a BOM, a soft hyphen a web page carried)
    leaves the number whole."""
    raw = ("劳动人口由3 842 300人微升至最新的3 845 60\ufeff0人，总就业人数由3 7\u200b03 500人上升。"
           "约访问了\u00ad26 000个住户。\n")
    assert body(raw) == ("劳动人口由3842300人微升至最新的3845600人，总就业人数由3703500人上升。"
                         "约访问了26000个住户。")


def test_a_space_after_a_heading_markers_comma_goes():
    """A tab or spaces after a heading marker's 、 (a text layer's tab stop, Windows line ends
    with a tab: 一、\\t2024年预算执行情况) are no separator between phrases: the heading reads
    as without them."""
    raw = "关于2024年预算执行情况的报告\r\n\r\n一、\t2024年预算执行情况\r\n\r\n" + BODY
    assert ("heading", "一、2024年预算执行情况") in blocks(raw)


def test_a_percent_in_full_width_brackets_closed_half_width():
    assert normalize_chars("投入强度（%)\n2.74") == "投入强度（%）\n2.74"
    assert normalize_chars("Growth (%)") == "Growth (%)"


def test_an_invisible_character_in_a_gap_between_figures_keeps_them_apart():
    """A zero-width space or a BOM inside the gap between two cells of a text table (or two
    figures) leaves the gap a gap: the figures stay apart as without it."""
    rows = ("一般公共预算收入    亿元    1055  \ufeff  1086.5    1130\n"
            "地区生产总值增长    %       5.5    5.6 \u200b   5.5\n")
    texts = [t for _, t in blocks("指标    单位    2024年    2025年    2026年目标\n" + rows + BODY)]
    assert "一般公共预算收入 亿元 1055 1086.5 1130" in texts, texts
    assert "地区生产总值增长 % 5.5 5.6 5.5" in texts, texts
