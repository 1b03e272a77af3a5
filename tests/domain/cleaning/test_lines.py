"""Line joining, headings, lists and furniture on small hand-made pages."""

from __future__ import annotations

from pipelines.domain.cleaning import clean_document

COLUMN = """严实工作作风。严格落实中央八
项规定精神，健全直接联系服务群众工
作制度，把构建狠抓落实管理闭环作为
推动工作的根本性举措，推动全面从
严治党向纵深发展，时刻对标对
表党中央精神。
"""


def kinds(raw: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in clean_document(raw).blocks]


def test_column_lines_broken_inside_words_are_joined():
    assert kinds(COLUMN) == [
        ("paragraph", "严实工作作风。严格落实中央八项规定精神，健全直接联系服务群众工作制度，"
         "把构建狠抓落实管理闭环作为推动工作的根本性举措，推动全面从严治党向纵深发展，"
         "时刻对标对表党中央精神。"),
    ]


def test_blank_line_inside_a_paragraph_does_not_split_it():
    raw = (
        "坚持把政治建设摆在首位，拥护“两个确\n\n"
        "立”作为最高政治原则和根本政治责\n\n"
        "任，落实到行动上。\n"
    )
    assert kinds(raw) == [
        ("paragraph", "坚持把政治建设摆在首位，拥护“两个确立”作为最高政治原则和根本政治责任，"
         "落实到行动上。")
    ]


def test_headings_bullets_and_markers_start_their_own_blocks():
    raw = (
        "政府工作报告\n\n"
        "一、2024年工作回顾\n\n"
        "过去一年，全省经济运行稳中有进，地区生产总值增长5.5%，\n"
        "城乡居民收入稳步增长。\n\n"
        "（一）坚持创新驱动\n\n"
        "▶加快建设现代化产业体系\n"
        "▶推动成渝地区双城经济圈建设\n\n"
        "## 主要目标\n\n"
        "全年经济增长5%左右。\n"
    )
    doc = clean_document(raw)
    got = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert got == [
        ("heading", 1, "政府工作报告"),
        ("heading", 2, "一、2024年工作回顾"),
        ("paragraph", None,
         "过去一年，全省经济运行稳中有进，地区生产总值增长5.5%，城乡居民收入稳步增长。"),
        ("heading", 3, "（一）坚持创新驱动"),
        ("list_item", None, "加快建设现代化产业体系"),
        ("list_item", None, "推动成渝地区双城经济圈建设"),
        ("heading", 2, "主要目标"),
        ("paragraph", None, "全年经济增长5%左右。"),
    ]
    body = [s for s in doc.sentences if not s.is_heading]
    assert body[0].heading_path == ("政府工作报告", "一、2024年工作回顾")
    assert body[-1].heading_path == ("政府工作报告", "主要目标")


def test_furniture_is_typed_not_deleted():
    raw = (
        "上接01版\n"
        "全会强调，要全面营造开放包容、高效协\n"
        "同、持续发展的创新环境。\n\n"
        "俯瞰天府新区。图据川观新闻\n\n"
        "2\n\n"
        "编辑：张三 李四 联系电话：028-12345678\n"
        "网址：http://www.example.com.cn\n"
        "2024年1月5日 星期五\n"
        "本报记者 王小明 李华\n"
    )
    doc = clean_document(raw)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("page_marker", "上接01版"),
        ("paragraph", "全会强调，要全面营造开放包容、高效协同、持续发展的创新环境。"),
        ("caption", "俯瞰天府新区。图据川观新闻"),
        ("section_number", "2"),
        ("editor_line", "编辑：张三 李四 联系电话：028-12345678"),
        ("url", "网址：http://www.example.com.cn"),
        ("masthead_date", "2024年1月5日 星期五"),
        ("byline", "本报记者 王小明 李华"),
    ]
    assert doc.masthead_date_text == "2024年1月5日 星期五"
    assert [s.text for s in doc.sentences] == [doc.blocks[1].text]


def test_paragraph_continues_after_an_interrupting_caption():
    raw = (
        "将培育一批领军型、根植性的优质企业，支持链主企业提能级，推动企业满园、满楼、满产，打造更多“镇园之宝”，"
        "助力特色园区拔节生长，构建以先进制造业为骨干的现代化产业体系，推进申建一批国省开发区、"
        "化工园区和\n\n\n国家超级计算成都中心。图据川观新闻\n\n"
        "特色产业园区。\n"
    )
    blocks = clean_document(raw).blocks
    assert [b.kind for b in blocks] == ["paragraph", "caption"]
    assert blocks[0].text.endswith("化工园区和特色产业园区。")


def test_dateline_gives_date_text_and_source():
    raw = "人民网成都2月1日电 四川省统计局发布数据，2023年全省地区生产总值60132.9亿元，增长6.0%。\n"
    doc = clean_document(raw)
    assert doc.masthead_date_text == "人民网成都2月1日电"
    assert doc.source_hint == "人民网"


def test_sentences_split_on_chinese_punctuation_with_closing_quotes():
    raw = "“此次全会主题鲜明，目标明确。”他说，要加快发展；确保完成任务！你准备好了吗？好……下一步\n"
    texts = [s.text for s in clean_document(raw).sentences]
    assert texts == ["“此次全会主题鲜明，目标明确。”", "他说，要加快发展；", "确保完成任务！",
                     "你准备好了吗？", "好……", "下一步"]


def _columns_reference(widths: list[float]) -> list[float]:
    """The per-line definition of ``columns`` (sorted window, quantile of the near widths)."""
    from bisect import bisect_left, bisect_right

    from pipelines.domain.cleaning import widths as L

    out = []
    for i, own in enumerate(widths):
        floor = max(L.MIN_NEIGHBOUR_WIDTH, 0.5 * own)
        window = sorted(widths[max(0, i - L.NEIGHBOURS) : i + 1 + L.NEIGHBOURS])
        near = window[bisect_left(window, floor) : bisect_right(window, 2.0 * own)]
        if floor <= own:
            near.remove(own)
        out.append(near[round(L.COLUMN_QUANTILE * (len(near) - 1))] if near else own)
    return out


def test_vectorised_widths_and_columns_equal_the_per_line_definitions():
    import random

    from pipelines.domain.cleaning.widths import columns, width, widths

    texts = ["", " ", "中文 text 12", "㐀豈a", "全角，标点。", "abc def"]
    assert widths(texts) == [width(t) for t in texts]
    rng = random.Random(3)
    for n in (1, 2, 5, 9, 40):
        ws = [rng.choice([0.5, 2.0, 3.5, 8.0, 12.5, 17.0, 18.0, 19.5, 36.0]) for _ in range(n)]
        assert columns(ws) == _columns_reference(ws)


def _split_reference(norm: str) -> list[tuple]:
    """The per-row definition of ``split_lines``: (blanks, start, end, text, indent, md_level,
    bullet, kind, blank_before) of each line; on a page whose every line is indented, only an
    indent deeper than the least counts."""
    import re

    from pipelines.domain.cleaning.lexicon import punctuation

    bullets = punctuation().bullets
    out: list[tuple] = []
    blanks, last_blanks, offset = 0, -1, 0
    leads: list[int | None] = []  # display width of each line's indent (None: a split piece)
    for row in norm.split("\n"):
        row_start = offset
        offset += len(row) + 1
        stripped = row.strip()
        if not stripped or (stripped[0] == "*" and not stripped.strip("*")):
            blanks += 1
            continue
        start = row_start + len(row) - len(row.lstrip())
        end = start + len(stripped)
        indent, md, bullet, text, first = start > row_start, None, False, stripped, stripped[0]
        if first == "#" and (m := re.match(r"^(#{1,6})\s+", stripped)):
            md, start = len(m.group(1)), start + m.end()
        elif first in bullets:
            bullet, start = True, start + 1
            while start < end and norm[start] == " ":
                start += 1
        text = norm[start:end]
        if (first == "*" or md is not None or bullet) and not text.strip("* "):
            blanks += 1
            continue
        m = re.match(r"^(.{4,}[。！？；”’])\s*(\d{1,2})$", text) if md is None else None
        cut = start + len(m.group(1)) if m else end
        lead = row[: len(row) - len(row.lstrip())]
        leads.append(len(lead) + lead.count("\u3000"))
        out.append((blanks, start, cut, norm[start:cut], indent, md, bullet, None,
                    blanks > last_blanks))
        last_blanks = blanks
        if m:
            num = start + m.start(2)
            out.append((blanks, num, end, norm[num:end], False, None, False, "section_number",
                        False))
            leads.append(None)
    rows = [k for k, lead in enumerate(leads) if lead is not None]
    if len(rows) > 1 and all(out[k][4] for k in rows):  # every line indented: only what is
        least = min(leads[k] for k in rows)  # deeper than the least is an indent
        for k in rows:
            out[k] = (*out[k][:4], leads[k] > least, *out[k][5:])
    return _tickers_cut(out, bullets)


def _tickers_cut(rows: list[tuple], bullets: str) -> list[tuple]:
    """A short line of bulleted items (a headline ticker, ``page._ticker``) cut before each
    bullet: each later item a line of its own after a blank row, opening as a bullet's line (its
    mark off), and the line after the ticker apart (a blank row before it)."""
    from pipelines.domain.cleaning.page import _ticker

    marks = frozenset(bullets)
    out: list[tuple] = []
    bump, apart = 0, False  # blank rows the cuts added; the line after a ticker starts apart
    for blanks, start, end, text, indent, md, bullet, kind, before in rows:
        blanks += bump
        if apart and not before:
            bump, blanks, before = bump + 1, blanks + 1, True
        apart = False
        cuts = [k for k in range(1, len(text)) if text[k] in marks]
        if md is not None or kind is not None or not cuts or not _ticker(text, marks):
            out.append((blanks, start, end, text, indent, md, bullet, kind, before))
            continue
        for n, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(text)], strict=True)):
            piece = text[a:b]
            a += len(piece) - len(piece.lstrip(" "))
            b = a + len(piece.strip(" "))
            opens = n > 0 and text[a:a + 1] in marks and text[a + 1:b].strip() != ""
            if opens:
                a += len(text[a:b]) - len(text[a + 1:b].lstrip(" "))
            out.append((blanks + n, start + a, start + b, text[a:b], indent and n == 0, md,
                        bullet if n == 0 else opens, kind, before if n == 0 else True))
        bump += len(cuts)
        apart = True
    return out


def test_split_lines_equals_the_per_row_definition():
    import random

    from pipelines.domain.cleaning.page import split_lines

    pieces = ["推进科技创新", "  ", "\u3000", "\t", "\r", "\n", "\n\n", "**", "# ", "## 标题",
              "• ", "▶", "。2", "。12", "3", "a b", "𠀀", "——", "１", "“十四五”。", " * "]
    rng = random.Random(5)
    for _ in range(400):
        norm = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        page = split_lines(norm)
        got = list(zip(page.blanks, page.start, page.end, page.text, page.indent,
                       page.md_level, page.bullet, page.kind, page.blank_before, strict=True))
        assert got == _split_reference(norm), norm


def test_lines_taken_in_runs_are_planned_as_one_by_one():
    """``plan_blocks`` takes runs of lines whose joining is certain (``Page.settled``) and lines
    that certainly open a block (``Page.opens``) without testing them: the plans must be those
    of deciding every line."""
    import random

    from pipelines.domain.cleaning.lines import annotate, plan_blocks
    from pipelines.domain.cleaning.normalize import normalize_chars
    from pipelines.domain.cleaning.page import split_lines
    from pipelines.domain.segmentation import default_segmenter

    from .conftest import SEED_FILES

    seg = default_segmenter()
    rng = random.Random(11)
    texts = [COLUMN] + [f.read_text(encoding="utf-8") for f in SEED_FILES]
    texts += ["".join(c + ("\n" if rng.random() < 0.05 else "") for c in t) for t in texts]
    taken = 0
    for raw in texts:
        plans = []
        for one_by_one in (False, True):
            page = split_lines(normalize_chars(raw))
            annotate(page)
            if one_by_one:
                page.settled = list(range(len(page)))
                page.opens = [False] * len(page)
            else:
                taken += sum(s > i for i, s in enumerate(page.settled)) + sum(page.opens)
            plans.append([(p.lines, p.seps, p.kind, p.heading_group)
                          for p in plan_blocks(page, seg)])
        assert plans[0] == plans[1]
    assert taken > 1000  # the runs are used at all


def test_rows_of_a_table_printed_as_text_are_blocks_of_their_own():
    # lines with two or more column gaps (runs of spaces, ideographic spaces or tabs) next to
    # each other are table rows: not joined to each other nor to the lines around them, and
    # their cells kept apart by one space (clean-19)
    raw = ("单位：亿元\u3000币种：人民币\n"
           "项目\u3000\u3000\u3000\u30002024年\u3000\u3000\u30002023年\u3000\u3000\u3000增减（%）\n"
           "营业收入\u3000\u3000486.32\u3000\u3000\u3000378.15\u3000\u3000\u300028.60\n"
           "归属于上市公司股东的净利润\u300021.47\u3000\u3000\u300015.21\u3000\u3000\u300041.16\n"
           "总资产\u3000\u3000712.08\u3000\u3000\u3000603.44\u3000\u3000\u300018.00\n")
    assert kinds(raw)[1:] == [
        ("paragraph", "项目 2024年 2023年 增减（%）"),
        ("paragraph", "营业收入 486.32 378.15 28.60"),
        # one ideographic space is no column gap (王　强): the name that filled its column
        # stays joined to the first figure
        ("paragraph", "归属于上市公司股东的净利润21.47 15.21 41.16"),
        ("paragraph", "总资产 712.08 603.44 18.00"),
    ]
    tabs = "指标\t1-9月\t增速\n营业收入\t4126.5\t12.7\n营收\t1180.3\t15.2\n"
    assert [t for _, t in kinds(tabs)] == [
        "指标 1-9月 增速", "营业收入 4126.5 12.7", "营收 1180.3 15.2"]


def test_one_line_with_column_gaps_alone_is_no_table_row():
    raw = ("全市经济运行稳中有进，地区生产总值\n"
           "增长5.5%，  规上工业  增加值增长6.1%，\n"
           "城乡居民收入稳步增长。\n")
    assert [t for _, t in kinds(raw)] == [
        "全市经济运行稳中有进，地区生产总值增长5.5%，规上工业增加值增长6.1%，城乡居民收入稳步增长。"]


def test_a_marked_heading_cut_by_the_column_inside_a_word_is_one_heading():
    """A numbered heading as wide as the column, its last character on the next line (a word
    across the cut: 执行情⏎况): one heading (it was two, and `况`, a heading of its own, stood in
    the heading path for the year the first part gives its section). A marked heading that fits
    its line stays apart from the line under it."""
    raw = ("受市人民政府委托，现将济南市2025年国民\n经济和社会发展计划执行情况与2026年国民\n"
           "经济和社会发展计划草案提请大会审议，并\n请市政协委员提出意见。\n\n"
           "一、2025年国民经济和社会发展计划执行情\n况\n\n"
           "2025年是“十四五”规划收官之年。按照市十\n八届人大四次会议批准的计划，全市经济运\n"
           "行稳中有进，主要指标总体符合预期。\n\n"
           "二、2026年主要目标\n全市地区生产总值增长5.5%左右。\n")
    assert kinds(raw)[1:] == [
        ("heading", "一、2025年国民经济和社会发展计划执行情况"),
        ("paragraph", "2025年是“十四五”规划收官之年。按照市十八届人大四次会议批准的计划，"
         "全市经济运行稳中有进，主要指标总体符合预期。"),
        ("heading", "二、2026年主要目标"),
        ("paragraph", "全市地区生产总值增长5.5%左右。"),
    ]


def test_a_day_in_brackets_opening_a_wrapped_line_is_no_item_marker():
    """今（15）日 (a news report's day, as Taiwan and Hong Kong papers write it) cut by the
    column after 今: the line opening with （15）日 goes on the sentence, it opens no item (the
    line above became a heading, and the report's figures lost their year)."""
    raw = ("臺中市去年觀光人次創新高\n\n【記者林志明／臺中報導】臺中市政府觀光旅遊局今\n"
           "（15）日公布統計，2023年全市觀光人次達4,200萬\n人次，較前一年成長18.5%；觀光產值突破新臺幣600\n"
           "億元，創歷史新高。\n\n其中，外籍旅客約65萬人次，年增率高達2.1倍；國\n"
           "內旅客平均停留1.8天。全市旅宿業平均住房率為62.\n3%，較2022年提升9.4個百分點。\n\n"
           "各項目如下：\n（1）外籍旅客約65萬人次。\n（2）國內旅客平均停留1.8天。\n")
    got = kinds(raw)
    assert got[1] == ("paragraph", "【记者林志明/台中报导】台中市政府观光旅游局今（15）日公布统计，"
                      "2023年全市观光人次达4,200万人次，较前一年成长18.5%；"
                      "观光产值突破新台币600亿元，创历史新高。")
    assert ("list_item", "（1）外籍旅客约65万人次。") in got


def test_a_title_of_two_lines_the_second_cut_by_the_column():
    """A title set in two lines, the second cut by a narrow column (three lines: the author's
    break, then the column's): one heading (it was a paragraph, and the plan's period it names
    was lost to a chapter)."""
    raw = ("贵州省国民经济和社会发展\n第十五个五年规划和二〇三五年远景目\n标纲要\n\n"
           "（2026年1月26日贵州省第十四届人民\n代表大会第五次会议批准）\n\n"
           "第一章  发展基础\n\n    \"十四五\"时期，面对错综复杂的国\n"
           "内外形势，全省上下深刻领悟\"两个确\n"
           "立\"的决定性意义，经济社会发展取得新\n的重大成就。全省地区生产总值突破二万\n"
           "三千亿元，年均增长5.6%左右。\n")
    got = kinds(raw)
    assert got[0] == ("heading", "贵州省国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要")


def test_a_headline_run_into_the_dateline_of_its_lead():
    """A PDF's text layer gives no blank line between a headline and the lead under it: the
    headline, as wide as the column, was joined to the lead. A dateline (本报讯, 新华社…电)
    opens a paragraph; 新华社 inside a wrapped sentence does not."""
    raw = ("全省上半年外贸进出口增长6.1%\n本报讯 记者从省商务厅获悉，上半年全省货\n"
           "物贸易进出口总值4821.6亿元，同比增长6.1%，\n增速高于全国2.3个百分点。其中出口3015.2亿\n"
           "元，增长8.4%；进口1806.4亿元，增长2.5%。据\n新华社报道，全国进出口增长2.9%。\n")
    got = kinds(raw)
    assert got[0] == ("heading", "全省上半年外贸进出口增长6.1%")
    assert got[1][1].startswith("本报讯记者从省商务厅获悉") and got[1][1].endswith(
        "据新华社报道，全国进出口增长2.9%。")


WRAPPED_AT_A_SENTENCE_END = """三、重点领域贷款增长较快

10月末，全省制造业中长期贷款余额2163亿元，同比增长18.4%，高于
各项贷款增速9.7个百分点；普惠小微贷款余额5386亿元，增长15.2%；
绿色贷款余额6720亿元，比年初增加958亿元，增长21.6%；涉农贷款余
额1.12万亿元，增长9.3%。科技型中小企业贷款余额412亿元，贷款户
数达到3.8万户。

四、存款平稳增长

10月末，全省本外币各项存款余额5.61万亿元，同比增长8.9%。其中，
住户存款余额3.98万亿元，增长10.2%，比年初增加3106亿元。
"""


def test_a_line_cut_by_the_column_right_after_a_sentence_end_goes_on():
    """On a page whose paragraphs are parted by blank rows, a line that fills its column and
    happens to end with a sentence or clause end (；, 。) is followed by more of its paragraph
    when no blank row comes after it: one block (the paragraph's 10月末 still heads it). The
    paragraph's last line before a blank row, and a heading, still end it."""
    got = kinds(WRAPPED_AT_A_SENTENCE_END)
    assert [kind for kind, _ in got] == ["heading", "paragraph", "heading", "paragraph"], got
    assert got[1][1].startswith("10月末") and got[1][1].endswith("贷款户数达到3.8万户。")
    assert "增长15.2%；绿色贷款余额" in got[1][1]


def test_a_full_line_ending_a_sentence_on_a_page_without_blank_rows_ends_its_paragraph():
    """Where paragraphs follow each other with no blank row or indent (each a line of text),
    a line ending a sentence still ends its paragraph, however wide it is."""
    raw = WRAPPED_AT_A_SENTENCE_END.replace("\n\n", "\n")
    got = kinds(raw)
    assert any(text.startswith("绿色贷款余额") for _, text in got), got


def test_a_point_after_a_percent_at_a_paragraphs_end_ends_it():
    """OCR gave a paragraph's final 。 back as a point after a figure's % (…下降0.1%.): the line
    still ends a sentence, so the paragraph after the blank row stays its own; a decimal point
    cut by the column's edge (增长2.⏎5%) ends nothing."""
    raw = ("1—10月平均，全省居民消费价格比上年同期下降0.1%.\n\n"
           "据测算，在10月份0.3%的同比涨幅中，上年价格变动的翘尾影响约为-0.2个百分点，"
           "新涨价影响约为0.5个百分点。全年全省工业增加值增长2.\n5%。\n")
    got = kinds(raw)
    assert len(got) == 2 and got[1][1].startswith("据测算，"), got
    assert got[1][1].endswith("增长2.5%。")


def test_a_short_line_ending_with_a_verb_before_its_figure_goes_on():
    """OCR'd text cut short of the column after a verb whose figure opens the next line
    (…完成⏎413.2亿元，增长⏎5.1%): one sentence, one paragraph; a line opening with a year
    after such a verb is no figure of it."""
    raw = ("过去一年，全市生产总值达到5482.1亿元，\n增长3.8%；一般公共预算收入完成\n"
           "413.2亿元，增长\n5.1%，税收占比69.3%。\n")
    assert kinds(raw) == [("paragraph", "过去一年，全市生产总值达到5482.1亿元，增长3.8%；"
                           "一般公共预算收入完成413.2亿元，增长5.1%，税收占比69.3%。")]


def test_a_title_over_a_far_wider_paragraph_is_not_joined_to_it():
    """Section titles with no number, each right above its paragraph (no blank row between):
    the titles, of about the same width, make each other's column, which they fill; the
    paragraph line under one is far wider than that column, so it is no wrapped line of it. A
    narrow column's lines, as wide as each other, still join."""
    raw = ("大气污染物排放管理\n本年度，集团二氧化硫排放量126.4吨，同比下降8.2%；氮氧化物排放量"
           "352.7吨，同比下降5.6%。\n\n水资源与固体废物\n年内总取水量85.3万立方米，单位产值取水量"
           "同比下降6.9%；危险废物合规处置率100%。\n\n能源使用与管理\n报告期内，集团综合能源消费量"
           "4.72万吨标准煤，同比增长2.1%。\n")
    texts = [text for _, text in kinds(raw)]
    assert "水资源与固体废物" in texts and "能源使用与管理" in texts, texts
    assert kinds(COLUMN)[0][1].startswith("严实工作作风。严格落实中央八项规定精神")


def test_a_word_across_a_title_and_the_far_wider_line_under_it_does_not_join_them():
    """过半⏎年报: 半年 spans the break, but the line under the title is far wider than the
    title's column: the title stays apart. A paragraph's last line cut inside a word (可支配收⏎
    入) is no title: it goes on."""
    raw = ("利润分配提升\n董事会审议通过年度利润分配预案，拟向全体股东每10股派发现金红利2.5元，"
           "合计派发现金红利21.3亿元。\n\n风电装机占比过半\n年报显示，截至2025年底，公司风电装机"
           "容量达到3521万千瓦，占总装机的51.4%。\n")
    texts = [text for _, text in kinds(raw)]
    assert "风电装机占比过半" in texts, texts
    assert texts[-1].startswith("年报显示，")
